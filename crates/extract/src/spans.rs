//! Changes over another span than the year: `A12.4亿元，较2021年下降2.1%`,
//! `A为89.4%，近三年提高2.1个百分点`, `A12.4亿元，2021年以来年均增长4.2%`,
//! `A为19.8%，比整改前下降0.6个百分点`.
//!
//! The rules on a change judge the change against the year before
//! (`一般公共预算教育支出逐年只增不减`). A change against an earlier year, over
//! a span of years, or averaged over them, is another figure: binding reads
//! none of them as the level's change, and rightly so. But a report that
//! gives the level and only such a change said nothing of the year's change,
//! and the rule on it said nothing either: a fall over two years
//! (`较2021年下降2.1%`) went by without a word.
//!
//! This pass, after binding, says so. For a level with no change whose next
//! words (the rest of its clause, or the clause right after it) state a
//! change of a size over another span, it puts an unread mention of
//! [`UnreadMentionReason::OtherPeriod`] beside the level, at the level's
//! name: the rule on the level judges the level; the rule on the change says
//! it could not judge, and why. A name stated with such a change alone
//! (`A较2021年下降2.1%`), unread because its figure is no level
//! (`wrong-kind`), is given the same reason, which is the true one.

use dutycheck_catalog::Catalog;
use dutycheck_model::{Quantity, QuantityKind, StatementKind, UnreadMentionReason};
use dutycheck_vocab::punctuation::{is_clause_end, is_sentence_end};
use dutycheck_vocab::{changes, periods, search};

use crate::CaseText;
use crate::adjusted::{insert_beside, mention_before};
use crate::indicators::{Mention, Statements, bracketed_base_compared, years_in};

/// How many characters may stand between a level and the figure of the
/// change after it (`，较2021年下降`, `，“十三五”以来年均增长`).
const REACH: usize = 16;

/// Whether a case may state a change over another span: it holds a count
/// of years (`近三年`, `三年来`) or an earlier year than the one before
/// (`较2021年`, `2021年以来`). Most cases do not, and are not looked at. (A
/// span with neither, `“十三五”以来年均增长…`, is left as binding reads it:
/// a word of its own for the one pass cost more than the pass saved.)
pub(crate) fn may_hold(quantities: &[Quantity], year: Option<i32>) -> bool {
    quantities.iter().any(|q| match q.kind {
        QuantityKind::Duration => true,
        QuantityKind::Year => year.is_some_and(|y| q.value < f64::from(y - 1)),
        _ => false,
    })
}

/// Marks the changes over another span in `out` (see the module
/// documentation). `quantities` and `mentions` are the case's, `year` the
/// report's.
pub(crate) fn set_apart(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    catalog: &Catalog,
    year: Option<i32>,
    out: &mut Statements,
) {
    for u in &mut out.unread {
        if u.reason == UnreadMentionReason::WrongKind
            && spans_after(text, quantities, mentions, u.end, year)
        {
            u.reason = UnreadMentionReason::OtherPeriod;
        }
    }
    let mut beside = Vec::new();
    for v in &out.indicators {
        if v.statement != StatementKind::Level
            || v.value.is_none()
            || v.change.is_some()
            || !spans_after(text, quantities, mentions, v.end, year)
        {
            continue;
        }
        let Some(index) = catalog.position(&v.indicator) else {
            continue;
        };
        let sentence_start = text
            .find_backward(0, v.start, is_sentence_end)
            .map_or(0, |p| p + 1);
        if let Some(mention) = mention_before(mentions, index, sentence_start, v.start) {
            beside.push((mention, (v.indicator.clone(), v.name.clone())));
        }
    }
    for (mention, named) in beside {
        if !out.unread.iter().any(|u| u.start == mention.start) {
            insert_beside(text, out, mention, named, UnreadMentionReason::OtherPeriod);
        }
    }
}

/// Whether the words from character `from` on (the rest of the clause, or
/// the whole clause after it) state a change of a size over another span
/// than the year: a verb of change, then its figure, after words that name
/// a span (`近三年`, `2021年以来`), an average over years (`年均`), or a
/// comparison with an earlier year than the one before (`较2021年`). No
/// other name stands between.
fn spans_after(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    from: usize,
    year: Option<i32>,
) -> bool {
    // The first figure after `from` that is no year or span, within reach
    // (a sentence end before it is caught below, with the clause marks).
    let first = quantities.partition_point(|q| q.start < from);
    let Some(q) = quantities[first..]
        .iter()
        .take_while(|q| q.start <= from + REACH)
        .find(|q| !matches!(q.kind, QuantityKind::Year | QuantityKind::Duration))
    else {
        return false;
    };
    if mentions[mentions.partition_point(|m| m.start < from)..]
        .first()
        .is_some_and(|m| m.start < q.start)
    {
        return false;
    }
    // At most one clause mark, right at the start: the clause after.
    let words = text
        .slice(from, q.start)
        .trim_start_matches([',', '，', ' ']);
    if words.chars().any(is_clause_end) {
        return false;
    }
    // `，与2021年（12.1亿元）相比增长2.5%`: the base's figure in brackets; the
    // change is the next figure, and the words are the base's and what
    // follows the bracket.
    let joined;
    let words = if bracketed_base_compared(text, words, q) {
        let Some(next) = quantities[first..]
            .iter()
            .skip_while(|n| n.start <= q.start)
            .find(|n| n.start <= q.end + REACH)
        else {
            return false;
        };
        joined = [words, text.slice(q.end + 1, next.start)].concat();
        joined.as_str()
    } else {
        words
    };
    // The span first (most levels are followed by none), the verb then.
    let span = changes::names_span(words)
        || search::contains_any(words, changes::AVERAGED)
        || (changes::opens_comparison(words)
            && (years_in(words)
                .next()
                .is_some_and(|(_, base, _)| year.is_some_and(|y| base < y - 1))
                // `，比整改前下降0.6个百分点`: against the time before the
                // remedy (it was dropped without a word).
                || search::contains_any(words, periods::BEFORE_REMEDY)));
    span && changes::direction(words).is_some()
}
