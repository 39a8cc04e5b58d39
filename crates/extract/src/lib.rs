//! Stage three of the pipeline: **extract**. A parsed [`Report`] in, the same
//! report out with every case's figures ([`Quantity`]) and indicator values
//! ([`IndicatorValue`]) filled in.
//!
//! Extraction runs on a normalised copy of each case's text (full-width
//! digits folded to ASCII, see [`dutycheck_read::normalize`]) that has the
//! same character offsets as the original, so every position found maps back
//! to the original line and column through [`dutycheck_model::Case::position`].
//!
//! One pass over each case's text (`scan`) reads its fold (the parser's,
//! [`dutycheck_model::Case::normal`]: a report is folded once), notes where
//! figures can start, and steps one automaton over every name and alias of
//! the catalog and every phrase that claims a requirement. From what it
//! found:
//!
//! 1. [`figures`]: the figure grammar, tried where a figure can start, reads
//!    every figure with its qualifier and unit and classifies it (money,
//!    percent, count, year…).
//! 2. [`indicators`]: the names found are indicator mentions; each is then
//!    bound to the figure that states it, by looking at the words in
//!    between.
//! 3. [`claims`]: the phrases found are claims, read in their clause.
//!
//! The cost is one pass over the text, whatever the size of the catalog.

mod adjusted;
pub mod claims;
pub mod figures;
pub mod indicators;
mod scan;
mod spans;
mod stages;
mod tables;
mod text;

use dutycheck_catalog::Catalog;
use dutycheck_model::{Case, QuantityKind, Report, UnreadMention, UnreadMentionReason};
use dutycheck_vocab::{is_clause_end, links, search};

pub use text::CaseText;

/// Extracts figures and indicator values. Build it once per catalog; it
/// holds the compiled automaton.
#[derive(Debug, Clone)]
pub struct Extractor {
    mentions: indicators::MentionFinder,
    claims: claims::ClaimFinder,
    /// The one automaton over the words of both.
    vocabulary: scan::Vocabulary,
    /// The catalog's names per stage of schooling (`小学生均公用经费`).
    stages: stages::StageNames,
    catalog: Catalog,
}

impl Extractor {
    pub fn new(catalog: &Catalog) -> Extractor {
        let mentions = indicators::MentionFinder::new(catalog);
        let stages = stages::StageNames::new(catalog);
        let claims = claims::ClaimFinder::new(catalog, &stages);
        let vocabulary = scan::Vocabulary::new(mentions.words(), claims.words());
        Extractor {
            mentions,
            claims,
            vocabulary,
            stages,
            catalog: catalog.clone(),
        }
    }

    /// The catalog this extractor binds indicators from.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Fills in `quantities`, `indicators`, `targets`, `unread` and
    /// `claims` for every case of the report.
    pub fn extract(&self, report: &mut Report) {
        self.extract_placed(report, true);
    }

    /// [`Extractor::extract`], knowing no region for any section: for a
    /// case wrapped in a section made up for it (a rule test's snippet in
    /// `一、测试县`), whose `全市` or `全省` is not another region's.
    pub fn extract_unplaced(&self, report: &mut Report) {
        self.extract_placed(report, false);
    }

    fn extract_placed(&self, report: &mut Report, placed: bool) {
        let year = report.year;
        // The title's region is every section's only in a report of one
        // region by topic; a report of several regions may name its
        // sections in ways not recognised as regions, and then no region
        // is known for them.
        let title_region = dutycheck_vocab::regions::of_report(report).map(str::to_string);
        // Each section's region, read once.
        let headings: Vec<Option<String>> = report
            .sections
            .iter()
            .map(|s| dutycheck_vocab::regions::of_heading(&s.name).map(str::to_string))
            .collect();
        // A section that names no region in a report whose other sections
        // name theirs (`二、存在问题` after `一、河东区`): see
        // `regions::of_unnamed_section`. The preamble is left as it was.
        let unnamed_sections = report
            .sections
            .iter()
            .zip(&headings)
            .any(|(s, h)| h.is_none() && !s.is_preamble());
        let unnamed: Option<String> = (title_region.is_none() && unnamed_sections)
            .then(|| {
                let named: Vec<&str> = headings.iter().flatten().map(String::as_str).collect();
                dutycheck_vocab::regions::of_unnamed_section(
                    dutycheck_vocab::regions::of_title(&report.title),
                    &named,
                )
                .map(str::to_string)
            })
            .flatten();
        let rectification = dutycheck_vocab::genres::rectification(&report.title);
        for (section, heading) in report.sections.iter_mut().zip(&headings) {
            let unnamed = unnamed.as_deref().filter(|_| !section.is_preamble());
            let cx = indicators::Context {
                year,
                rectification,
                plan_section: dutycheck_vocab::plans::is_plan_title(&section.name),
                region: heading
                    .as_deref()
                    .or(title_region.as_deref())
                    .or(unnamed)
                    .filter(|_| placed),
            };
            // `一、2024年工作回顾` in a report on 2025: the earlier year's
            // work, whose figures are not the report's year's.
            let reviewed =
                year.and_then(|y| dutycheck_vocab::periods::reviews_earlier_year(&section.name, y));
            for case in &mut section.cases {
                self.extract_case_in(case, cx);
                if reviewed.is_some() {
                    of_another_year(case);
                }
            }
        }
        // The preamble is read for what it states (`全县学前三年毛入园率为
        // 83.6%`); one that states nothing of the catalog (`实地查看学校15所`)
        // is the inspection's account, and no part of the report to judge.
        report.sections.retain(|s| {
            !s.is_preamble()
                || s.cases.iter().any(|c| {
                    !(c.indicators.is_empty()
                        && c.targets.is_empty()
                        && c.claims.is_empty()
                        && c.unread.is_empty())
                })
        });
    }

    /// Fills in one case, knowing nothing of its report (no year, not a
    /// plan section).
    pub fn extract_case(&self, case: &mut Case) {
        self.extract_case_in(case, indicators::Context::default());
    }

    /// Fills in one case of a report whose year and section are known.
    pub fn extract_case_in(&self, case: &mut Case, cx: indicators::Context) {
        // The parser's fold of the case is read once, here, and dropped
        // with the scan (see `Case::normal`).
        let folded = std::mem::take(&mut case.normal);
        // `（三）下一步打算` over `全县…达到92%以上`: a case titled as plans
        // is read as a section of them (its text was read as levels
        // reached, and its claims as met).
        // So is one whose title is run in before its first stop, as a
        // bulletin writes a county's parts (`（三）整改要求。普惠性幼儿园覆盖率提高
        // 到85%，…`: it was a level reached).
        let cx = indicators::Context {
            plan_section: cx.plan_section
                || title_of(&case.text)
                    .or_else(|| run_in_heading(&case.text))
                    .is_some_and(dutycheck_vocab::plans::is_plan_title),
            ..cx
        };
        let scanned = self.vocabulary.scan_text(&case.text, folded.of(&case.text));
        let text = &scanned.text;
        let mentions = self
            .mentions
            .find(text, scanned.hits(scan::Lexicon::Indicators));
        // Numbers inside an indicator's name are part of the name: the 三年
        // of 学前三年毛入园率 is not a duration.
        let quantities = outside_mentions(figures::find(text, case), &mentions);
        // `小学、初中生均公用经费分别…`: a mention per stage.
        let mentions = self.stages.split(text, &quantities, mentions);
        let claim_hits = scanned.hits(scan::Lexicon::Requirements);
        let mentions = self.counts_left(text, &quantities, mentions, claim_hits, cx.year);
        let mut statements = indicators::bind(text, &quantities, &mentions, &self.catalog, cx);
        if !text.adjusted_at.is_empty() {
            adjusted::set_apart(
                text,
                &quantities,
                &mentions,
                &self.catalog,
                cx.year,
                &mut statements,
            );
        }
        // (`比整改前下降`: a word of the time before a remedy, recorded by the
        // one pass.)
        if spans::may_hold(&quantities, cx.year)
            || text.remedy_words(0, text.chars.len()).next().is_some()
        {
            spans::set_apart(
                text,
                &quantities,
                &mentions,
                &self.catalog,
                cx.year,
                &mut statements,
            );
        }
        for u in &mut statements.unread {
            (u.line, u.column) = case.position(u.start);
        }
        // A change stated in words alone (`与上年持平`) has no figure to be
        // placed by.
        for v in statements.indicators.iter_mut().filter(|v| v.line == 0) {
            (v.line, v.column) = case.position(v.start);
        }
        // Where each stated change is written, on the original lines.
        for change in statements
            .indicators
            .iter_mut()
            .chain(statements.targets.iter_mut())
            .filter_map(|v| v.change.as_mut())
        {
            for span in [&mut change.percent_at, &mut change.value_at]
                .into_iter()
                .flatten()
            {
                (span.line, span.column) = case.position(span.start);
            }
        }
        case.quantities = quantities;
        case.claims = self.claims.find(text, claim_hits, case, &mentions, cx);
        case.indicators = statements.indicators;
        case.targets = statements.targets;
        case.unread = statements.unread;
    }
}

impl Extractor {
    /// The mentions of `mentions` that may name a count left: a count's
    /// name (`超大班额`, `超大班额数`) after a word of removal in its clause
    /// (`化解大班额1015个、超大班额291个`, `消除超大班额23个`: the classes
    /// removed, [`links::REMOVED`]) names none, nor does one that opens or
    /// stands in a claim's phrase with no count after it in its clause, or
    /// right after it in the next (`超大班额全部清零`, `全县已无超大班额`: the
    /// claim speaks for it; `仍存在超大班额，共4个` names the 4). Without this, a county that removed 291
    /// classes would be read as having 291 left; and `超大班额` alone, which
    /// reports write before the count left (`全县超大班额3个`, `超大班额由12个
    /// 减少到3个`), could not be a name of the count. A word of removal after
    /// the name (`超大班额已消除4个`: [`removed_after`]) counts the removed too,
    /// and what is left in the clause after a removal or a fall (`，剩余1个`:
    /// [`left_after`]) is the count left.
    fn counts_left(
        &self,
        text: &text::CaseText<'_>,
        quantities: &[dutycheck_model::Quantity],
        mut mentions: Vec<indicators::Mention>,
        claim_hits: &[scan::Hit],
        year: Option<i32>,
    ) -> Vec<indicators::Mention> {
        let indicators = self.catalog.indicators();
        // The counts left after a removal (`，剩余1个`), named by the removal's
        // name: added once the others are known.
        let mut left = Vec::new();
        mentions.retain(|m| {
            if indicators
                .get(m.indicator)
                .is_none_or(|i| i.kind != QuantityKind::Count)
            {
                return true;
            }
            let clause = text
                .find_backward(0, m.start, is_clause_end)
                .map_or(0, |p| p + 1);
            let before = search::contains_any(text.slice(clause, m.start), links::REMOVED);
            let after = removed_after(text, m.end);
            if before || after.is_some() {
                left.extend(left_after(text, quantities, m));
            }
            // `全县有超大班额12个，已化解8个，剩余4个`: the count before the work,
            // a removal in the next clause, and what is left in the one
            // after (the 4 went unread).
            if let Some(q) = quantities
                .get(quantities.partition_point(|q| q.start < m.end))
                .filter(|q| q.start == m.end && indicators::removed_next(text, q, year))
            {
                left.extend(left_after(
                    text,
                    quantities,
                    &indicators::Mention::at(m.indicator, q.end + 1, q.end + 1),
                ));
            }
            // (`超大班额减少54个` states a change, and is read as one.)
            if before || after.is_some_and(|w| dutycheck_vocab::changes::direction(w).is_none()) {
                return false;
            }
            // `超大班额3个已全部化解`, `超大班额3个，已全部消除`, `…，经整改已全部
            // 消除`: the count, then its removal, done, in its clause or the
            // next: the classes removed (3 were read as left).
            if text
                .chars
                .get(m.end)
                .is_some_and(|c| dutycheck_vocab::numerals::is_digit_or_numeral(*c))
            {
                let end = text.end_from(m.end, is_clause_end);
                let removed = |words: &str| {
                    search::contains_any(words, links::REMOVED)
                        && search::contains_any(words, dutycheck_vocab::plans::ALL_OF)
                };
                let next = || {
                    let next = text.slice(end + 1, text.end_from(end + 1, is_clause_end));
                    // (`，经整改已全部消除`: the work before what is done.)
                    let next = dutycheck_vocab::periods::AFTER_REMEDY
                        .iter()
                        .find_map(|w| next.strip_prefix(w))
                        .unwrap_or(next);
                    // (`，2023年底全部消除`, `，年底前全部完成化解`: the time it
                    // was done by, then the whole of it done; not after a
                    // count still left, `仍有超大班额3个，年内全部消除`, whose
                    // time is a deadline.)
                    if dutycheck_vocab::periods::deadline_after_still_left(
                        text.slice(clause, end),
                        next,
                    ) {
                        return false;
                    }
                    let timed = dutycheck_vocab::periods::after_time_done(next, year);
                    let next = timed.unwrap_or(next);
                    matches!(text.chars.get(end), Some(',' | '，'))
                        && (links::DONE_NOW.iter().any(|w| next.starts_with(w))
                            || timed.is_some()
                                && dutycheck_vocab::plans::ALL_OF
                                    .iter()
                                    .any(|w| next.starts_with(w)))
                        // (`均已消除`: `均`, all of them.)
                        && (removed(next)
                            || next.starts_with('均')
                                && search::contains_any(next, links::REMOVED))
                };
                if removed(text.slice(m.end, end)) || next() {
                    return false;
                }
            }
            // (`仍存在超大班额，共4个`: a word or two open the next clause
            // before the count, as `indicators::links` reads them.)
            let (from, reach) = match text.chars.get(m.end) {
                Some(',' | '，') => (m.end + 1, indicators::NEXT_CLAUSE_LINK),
                _ => (m.end, usize::MAX),
            };
            let clause_end = text.end_from(from, is_clause_end);
            // (`仍有2个超大班额`: the count before the name.)
            indicators::count_before(text, quantities, m.start).is_some()
                || quantities[quantities.partition_point(|q| q.start < m.end)..]
                    .iter()
                    .take_while(|q| q.end <= clause_end)
                    .any(|q| {
                        q.kind == QuantityKind::Count
                            && q.start.saturating_sub(from) <= reach
                            && (reach == usize::MAX
                                || indicators::links_next_clause(text.slice(from, q.start)))
                    })
                || !claim_hits
                    .iter()
                    .any(|h| h.start <= m.start && m.end <= h.end)
        });
        if !left.is_empty() {
            mentions.extend(left);
            mentions.sort_by_key(|m| m.start);
        }
        mentions
    }
}

/// Dates every statement of `case` to an earlier year than the report's:
/// the case is in a section that reviews that year's work
/// ([`dutycheck_vocab::periods::reviews_earlier_year`]). Each value becomes
/// an unread mention of another period, said as every other such figure is
/// (a rule finds it unread, and `--year` judges the year it is about); a
/// claim of that year is dropped, as one dated by its own sentence is
/// (`claims::dated_earlier`). Targets and plans stay.
fn of_another_year(case: &mut Case) {
    for v in std::mem::take(&mut case.indicators) {
        // An unread mention stands where its name is: the last time the
        // name is written before the figure (the figure's place when the
        // value's name is not written so).
        let (start, end) =
            mention_before(&case.text, &v.mention, v.start).unwrap_or((v.start, v.end));
        let (line, column) = case.position(start);
        case.unread.push(UnreadMention {
            indicator: v.indicator,
            name: v.name,
            mention: v.mention,
            reason: UnreadMentionReason::OtherPeriod,
            direction: None,
            value: None,
            line,
            column,
            start,
            end,
        });
    }
    case.unread.sort_by_key(|u| u.start);
    case.claims.retain(|c| c.plan);
}

/// The character offsets of the last `mention` in `text` that starts
/// before character `before`.
fn mention_before(text: &str, mention: &str, before: usize) -> Option<(usize, usize)> {
    let head = &text[..dutycheck_model::CharWalk::new(text).byte(before)];
    let at = head.rfind(mention).filter(|_| !mention.is_empty())?;
    let start = head[..at].chars().count();
    Some((start, start + mention.chars().count()))
}

/// The word of removal that follows a count's name, a word or two of time
/// between ([`links::BEFORE_REMOVAL`]): `超大班额已消除4个`, `超大班额累计化解
/// 4个` count the classes removed, not those left (4 were read as left, and
/// failed).
fn removed_after(text: &text::CaseText<'_>, end: usize) -> Option<&'static str> {
    let after = text.slice(end, end + REMOVAL_REACH);
    let after = search::after_any(after, &links::BEFORE_REMOVAL).unwrap_or(after);
    links::REMOVED
        .iter()
        .copied()
        .find(|w| after.starts_with(w))
}

/// How many characters after a count's name its word of removal is looked
/// for ([`removed_after`]): the longest word of time, then the word.
const REMOVAL_REACH: usize = 4;

/// `已消除超大班额3个，剩余1个…`, `超大班额已化解4个，尚余1个`: the clause
/// after a removal opens with a word of what is left ([`links::LEFT`]) and
/// the count: a mention of the removal's name there, so that the count
/// left is read as its own (it was dropped, unsaid, and the county passed).
fn left_after(
    text: &text::CaseText<'_>,
    quantities: &[dutycheck_model::Quantity],
    removal: &indicators::Mention,
) -> Option<indicators::Mention> {
    let end = text.end_from(removal.end, is_clause_end);
    if !matches!(text.chars.get(end), Some(',' | '，')) {
        return None;
    }
    let from = end + 1;
    let opening = text.slice(from, from + REMOVAL_REACH);
    let word = links::LEFT
        .iter()
        .chain(&dutycheck_vocab::plans::STILL_SOME)
        .find(|w| opening.starts_with(**w))?;
    let word_end = from + word.chars().count();
    let count = quantities.get(quantities.partition_point(|q| q.start < word_end))?;
    (count.start == word_end && count.kind == QuantityKind::Count)
        .then(|| indicators::Mention::at(removal.indicator, from, word_end))
}

/// A case's title on a line of its own (`下一步打算` of `（三）下一步打算` over
/// `全县…`): the parser ends it with a line break, as it ends a sentence.
/// Its first line, when short ([`TITLE_CHARS`]: only the first characters
/// are looked at) and without a clause mark (a colon may end it); or a
/// title run in before a list (`下一步打算。一是…；二是…`, `下一步打算：1.…`:
/// [`run_in_title`]). `None` for a case whose first line is a sentence.
pub(crate) fn title_of(text: &str) -> Option<&str> {
    // By byte: a line break is one byte, and a title's characters are at
    // most four bytes each.
    let reach = text.len().min(4 * (TITLE_CHARS + 1));
    let bytes = &text.as_bytes()[..reach];
    let line = memchr::memchr(b'\n', bytes).and_then(|end| text.get(..end));
    line.and_then(short_title).or_else(|| run_in_title(text))
}

/// `title` without a colon at its end, when it is short and holds no
/// clause mark.
pub(crate) fn short_title(title: &str) -> Option<&str> {
    if title.chars().count() > TITLE_CHARS {
        return None;
    }
    let title = title.trim().trim_end_matches(['：', ':']);
    (!title.is_empty()
        && !title
            .chars()
            .any(|c| dutycheck_vocab::punctuation::is_clause_end(c) || c == '、'))
    .then_some(title)
}

/// A title run in before the list it heads: `下一步打算` of `下一步打算。一是
/// 力争…；二是…；三是…` and of `下一步打算：一是…` (only the first item was a
/// plan: the list's other items were read as levels). The words before the
/// first `。` or colon, short ([`short_title`]), when a list's first item
/// follows (`一是`, `1.`, `（1）`).
fn run_in_title(text: &str) -> Option<&str> {
    let (at, stop) = text
        .char_indices()
        .take(TITLE_CHARS + 1)
        .find(|(_, c)| matches!(c, '。' | '：' | ':'))?;
    // The title first (a few characters), the marker after it only then.
    let title = short_title(&text[..at])?;
    let rest = text[at + stop.len_utf8()..].trim_start();
    // The marker is read in folded text (`（1）` as `(1)`).
    let opening: String = rest
        .chars()
        .take(ITEM_CHARS)
        .map(dutycheck_vocab::punctuation::fold_width)
        .collect();
    let item = dutycheck_parse::marker(&opening)
        .is_some_and(|m| m.number == 1 && m.certainty != dutycheck_parse::Certainty::Decimal);
    item.then_some(title)
}

/// A title run in before the case's first `。` (`整改要求。…`, `存在问题。…`):
/// the words before it, when as short as a heading ([`RUN_IN_CHARS`]): a
/// longer first sentence (`全县认真谋划下一步打算。`) is a sentence.
fn run_in_heading(text: &str) -> Option<&str> {
    let (at, _) = text
        .char_indices()
        .take(RUN_IN_CHARS + 1)
        .find(|(_, c)| *c == '。')?;
    short_title(&text[..at])
}

/// The longest title run in before a stop (`下一步工作打算。`).
const RUN_IN_CHARS: usize = 8;

/// How many characters after a run-in title hold the first item's marker
/// and what tells it from a figure (`（一）`, `一是`, `1.2024年`).
const ITEM_CHARS: usize = 8;

/// The longest title on a line of its own: the parser's limit
/// (`is_title_line`).
const TITLE_CHARS: usize = 24;

/// The figures that overlap no mention. Both lists are in order of their
/// start and figures do not overlap each other, so one pass over both does
/// it: a figure overlaps a mention when a mention that starts before the
/// figure ends reaches past the figure's start (the furthest end of those
/// mentions is kept as the pass goes). Checking every mention for every
/// figure made a long case quadratic (issue 13, item 5).
fn outside_mentions(
    quantities: Vec<dutycheck_model::Quantity>,
    mentions: &[indicators::Mention],
) -> Vec<dutycheck_model::Quantity> {
    let mut next = 0;
    let mut reach = 0;
    quantities
        .into_iter()
        .filter(|q| {
            while let Some(m) = mentions.get(next).filter(|m| m.start < q.end) {
                reach = reach.max(m.end);
                next += 1;
            }
            reach <= q.start
        })
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod overlap_tests {
    use super::*;
    use dutycheck_model::{Qualifier, Quantity, QuantityKind};
    use proptest::prelude::*;

    fn quantity(start: usize, end: usize) -> Quantity {
        Quantity {
            text: String::new().into(),
            value: 0.0,
            unit: String::new().into(),
            kind: QuantityKind::Count,
            qualifier: Qualifier::Exact,
            line: 1,
            column: 1,
            start,
            end,
        }
    }

    proptest! {
        /// The one-pass filter keeps exactly the figures that the check of
        /// every pair keeps.
        #[test]
        fn the_one_pass_filter_is_the_pairwise_one(
            gaps in proptest::collection::vec((0usize..4, 1usize..4), 0..20),
            spans in proptest::collection::vec((0usize..60, 1usize..8), 0..10),
        ) {
            let mut at = 0;
            let quantities: Vec<Quantity> = gaps
                .iter()
                .map(|(gap, len)| {
                    at += gap;
                    let q = quantity(at, at + len);
                    at += len;
                    q
                })
                .collect();
            let mut mentions: Vec<indicators::Mention> = spans
                .iter()
                .map(|(start, len)| indicators::Mention::at(0, *start, start + len))
                .collect();
            mentions.sort_by_key(|m| m.start);
            let expected: Vec<Quantity> = quantities
                .iter()
                .filter(|q| !mentions.iter().any(|m| q.start < m.end && m.start < q.end))
                .cloned()
                .collect();
            prop_assert_eq!(outside_mentions(quantities, &mentions), expected);
        }
    }
}
