//! Changes on an adjusted basis: `扣除一次性项目后，比上年下降2.1%`,
//! `剔除上年一次性支出因素后增长5.1%`.
//!
//! A report that leaves something out of a figure before comparing it with
//! the year before states another change than the indicator's: the rules
//! judge the indicator as the statistics count it (`一般公共预算教育支出` is
//! the whole budget line, bonds and one-off items included). Binding reads
//! a comparison after an adjusted basis as another base and keeps it out
//! of the level's change; this pass makes sure it is never lost without a
//! word, nor read as the change when the basis opens the sentence
//! (`扣除债券资金后，全县A比上年下降2.1%` was read as the indicator's fall).
//!
//! For each basis word the one pass found ([`CaseText::adjusted_at`]) that
//! opens an adjusted basis ([`changes::strip_basis`]), in the sentence it
//! stands in, up to a basis of the whole (`按总量计算`, which restores it):
//!
//! - a change stated alone after the basis becomes an unread mention,
//!   [`UnreadMentionReason::Adjusted`];
//! - a level whose change stands after the basis keeps its level, and its
//!   change becomes the unread mention. A level is never set apart: after
//!   a basis it is often the figure corrected (`经核查，剔除未认定的民办园后
//!   实际为47.6%`), and no rule judges a level of the amounts that reports
//!   adjust;
//! - a level before the basis with no change, when the words after the basis
//!   compare with the year before (`A12.3亿元，扣除…后，比上年下降2.1%`: the
//!   change binding set aside), gets the unread mention beside it, so that a
//!   rule on the change says it could not judge instead of saying nothing.
//!
//! A change before the basis (`比上年增长3.2%，剔除…后增长5.1%`, or the part of
//! one before it: `较上年减少212元，剔除…后增长3.2%`) is the indicator's own,
//! and the adjusted one after it adds nothing to judge.

use dutycheck_catalog::Catalog;
use dutycheck_model::{Quantity, UnreadMention, UnreadMentionReason};
use dutycheck_vocab::{changes, links, search};

use crate::CaseText;
use crate::indicators::{Mention, Statements, change_from};
use dutycheck_vocab::punctuation::{is_clause_end, is_sentence_end};

/// Sets apart the statements of `out` on an adjusted basis (see the module
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
    for &at in &text.adjusted_at {
        let sentence_end = text.end_from(at, is_sentence_end);
        let Some((true, rest)) = changes::strip_basis(text.slice(at, sentence_end)) else {
            continue;
        };
        // Where the basis ends (after its `后`), and where the basis of the
        // whole takes over again, if it does.
        let basis_end = sentence_end - rest.chars().count();
        let sentence_start = text
            .find_backward(0, at, is_sentence_end)
            .map_or(0, |p| p + 1);
        if takes_out_overstatement(text.slice(at, basis_end), text.slice(sentence_start, at)) {
            continue;
        }
        let until = changes::whole_basis_in(text.slice(basis_end, sentence_end))
            .map_or(sentence_end, |i| {
                basis_end + text.slice(basis_end, sentence_end)[..i].chars().count()
            });
        let adjusted = |pos: usize| (basis_end..until).contains(&pos);
        // (figure, indicator) of each statement whose change is set apart.
        let mut set_apart: Vec<(usize, usize)> = Vec::new();
        out.indicators.retain_mut(|v| {
            let Some(index) = catalog.position(&v.indicator) else {
                return true;
            };
            if !(sentence_start..sentence_end).contains(&v.start) {
                return true;
            }
            let change_at = v
                .change
                .as_ref()
                .and_then(|c| c.percent_at.or(c.value_at))
                .map(|s| s.start);
            // `较上年减少212元，剔除…后增长3.2%`: one part before the basis,
            // one after it. The part before is the indicator's own change
            // (the whole change was set apart, and the fall was never
            // judged); the part after is dropped.
            if let Some(c) = v.change.as_mut()
                && let (Some(percent), Some(value)) = (c.percent_at, c.value_at)
                && adjusted(percent.start) != adjusted(value.start)
            {
                if adjusted(percent.start) {
                    (c.percent, c.percent_at) = (None, None);
                } else {
                    (c.value, c.unit, c.value_at) = (None, None, None);
                }
                return true;
            }
            // A change stated alone stands where its change is written (its
            // `start` may be another figure of the sentence).
            let change_alone_adjusted = v.value.is_none() && adjusted(change_at.unwrap_or(v.start));
            if change_alone_adjusted || change_at.is_some_and(adjusted) {
                // A change on the basis: the whole's after it, if the
                // sentence goes on to one, is the indicator's
                // (`剔除…后，A比上年增长1.2%，按总量计算比上年下降0.8%`).
                let whole = (until < sentence_end)
                    .then(|| catalog.indicators().get(index))
                    .flatten()
                    .and_then(|i| change_from(text, quantities, until, i.kind, year));
                let Some(change) = whole else {
                    set_apart.push((v.start, index));
                    v.change = None;
                    return v.value.is_some();
                };
                if v.value.is_none()
                    && let Some(at) = change.percent_at.or(change.value_at)
                {
                    // Placed again by the caller, at the new figure.
                    (v.start, v.end, v.line, v.column) = (at.start, at.end, 0, 0);
                }
                v.change = Some(change);
            } else if v.change.is_none()
                && v.value.is_some()
                && v.start < at
                && compares_after(text, basis_end, until)
            {
                set_apart.push((v.start, index));
            }
            true
        });
        for (figure, indicator) in set_apart {
            let Some(mention) = mention_before(mentions, indicator, sentence_start, figure) else {
                continue;
            };
            if out.unread.iter().any(|u| u.start == mention.start) {
                continue;
            }
            let Some(catalogued) = catalog.indicators().get(indicator) else {
                continue;
            };
            insert_beside(
                text,
                out,
                mention,
                (catalogued.id.clone(), catalogued.name.clone()),
                UnreadMentionReason::Adjusted,
            );
        }
    }
}

/// Whether the `basis` (`扣除后`, `扣除虚增部分后`) takes out an amount
/// overstated ([`links::OVERSTATED`]), named in it or, when it names
/// nothing (`扣除后`, `剔除上述因素后`), in its sentence `before` it: an
/// audit's `虚增…2650万元，扣除后教育支出比上年减少1.6%`. The change on
/// that basis is the true one, the indicator's own (it was set apart, and
/// the fall was never judged).
fn takes_out_overstatement(basis: &str, before: &str) -> bool {
    let named = basis.chars().count() > BARE_BASIS;
    search::contains_any(if named { basis } else { before }, links::OVERSTATED)
}

/// How many characters a basis that names nothing holds: `扣除后`,
/// `剔除上述后`.
const BARE_BASIS: usize = 5;

/// The last mention of `indicator` in `from..to`: the name the statement
/// whose figure is at `to` was read for. (`crate::spans` asks it too.)
pub(crate) fn mention_before(
    mentions: &[Mention],
    indicator: usize,
    from: usize,
    to: usize,
) -> Option<&Mention> {
    mentions[..mentions.partition_point(|m| m.start < to)]
        .iter()
        .rev()
        .take_while(|m| m.start >= from)
        .find(|m| m.indicator == indicator)
}

/// Puts an unread mention of `reason` at `mention`, for the indicator
/// `(id, name)`, in order among `out`'s: beside a statement read from the
/// same name, for a rule that the statement cannot serve. (`crate::spans`
/// puts its own the same way.)
pub(crate) fn insert_beside(
    text: &CaseText<'_>,
    out: &mut Statements,
    mention: &Mention,
    (indicator, name): (dutycheck_model::Text, dutycheck_model::Text),
    reason: UnreadMentionReason,
) {
    let at = out.unread.partition_point(|u| u.start < mention.start);
    out.unread.insert(
        at,
        UnreadMention {
            indicator,
            name,
            mention: text.original_text(mention.start, mention.end),
            reason,
            direction: None,
            value: None,
            line: 0,
            column: 0,
            start: mention.start,
            end: mention.end,
        },
    );
}

/// Whether the clause that opens at `from` (after an adjusted basis)
/// compares with the year before: the change binding set aside.
fn compares_after(text: &CaseText<'_>, from: usize, until: usize) -> bool {
    let end = text.end_from(from, is_clause_end).min(until);
    let clause = text.slice(from, end);
    changes::opens_comparison(clause) || changes::direction(clause).is_some()
}
