//! Finding indicator mentions and binding each to the figure that states it.
//!
//! # Mentions
//!
//! Every name and alias in the catalog goes into one Aho–Corasick automaton
//! (leftmost-longest, so `学前三年毛入园率` wins over its suffix `毛入园率`). An
//! alias with a gap, `课后服务…比例`, contributes its head and its tail; a tail
//! becomes a mention when a head stands before it in the same clause, at most
//! [`GAP_LIMIT`] characters away.
//!
//! # Binding
//!
//! A mention is bound only when the words say so. Being close is not enough:
//! `招聘教师6940人,占事业单位招聘总数的91.6%` holds a percentage, but no
//! indicator. The forms understood are:
//!
//! - `A达93.37%`, `A为…`, `A提高至90%`, `A2138084万元`: the first figure of the
//!   indicator's kind after the mention, in the same clause, with only linking
//!   words between (no comparison such as 比/高于, no bare change such as
//!   `提高5%`, which is a change and not a level);
//! - `A由X提高到Y`, `A从X提升至Y`: the level is Y, the figure the
//!   indicator reached; X is where it came from and is never bound;
//! - `A、B分别达X、Y`: a list of mentions and a list of figures of equal
//!   length, bound in order;
//! - `分别达到X和Y的A、B`: the same with the figures first.
//!
//! A figure of the wrong kind is never bound: a percent indicator ignores
//! `10155个`, and `10个百分点` is a difference, not a rate.
//!
//! After a value is bound, a change against the year before may follow in the
//! same sentence (`比2019年增加275709万元,增长14.80%`); it is captured into
//! [`Change`].

use aho_corasick::{AhoCorasick, MatchKind};
use dutycheck_catalog::{Catalog, GAP};
use dutycheck_model::{Change, IndicatorValue, Quantity, QuantityKind};
use dutycheck_vocab::changes;
use dutycheck_vocab::links::{FROM, REACH, RESPECTIVELY, is_list_separator};
use dutycheck_vocab::punctuation::{
    is_clause_end as ends_clause, is_sentence_end as ends_sentence,
};

use crate::CaseText;

/// How far apart, in characters, the head and tail of a gap alias may be.
pub const GAP_LIMIT: usize = 24;

/// How many characters of linking words may stand between a mention and its
/// figure (`达到`, `提高至`, `为`, `2020年达到`).
const LINK_LIMIT: usize = 12;

#[derive(Debug, Clone, Copy)]
enum Pattern {
    /// A whole alias of the indicator at this index.
    Whole(usize),
    /// The head of gap alias `alias` of the indicator.
    Head { indicator: usize, alias: usize },
    /// The tail of gap alias `alias` of the indicator.
    Tail { indicator: usize, alias: usize },
}

/// The automaton over every name and alias of a catalog.
#[derive(Debug, Clone)]
pub struct MentionFinder {
    automaton: Option<AhoCorasick>,
    /// The roles of each automaton pattern. One text can play several: two
    /// gap aliases may share a tail (`课后服务…全覆盖`, `公办幼儿园…全覆盖`), and
    /// the automaton reports only one pattern per match.
    patterns: Vec<Vec<Pattern>>,
}

/// An indicator mentioned in a case: characters `start..end` of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the indicator in the catalog (of the group, for
    /// [`MentionFinder::from_groups`]).
    pub indicator: usize,
    pub start: usize,
    pub end: usize,
}

impl MentionFinder {
    pub fn new(catalog: &Catalog) -> MentionFinder {
        MentionFinder::from_groups(catalog.indicators().iter().map(|i| i.aliases.as_slice()))
    }

    /// A finder over groups of phrases, written as aliases are (`…` for a
    /// gap within a clause). A match is a [`Mention`] whose `indicator` is
    /// the index of its group: the claims of requirements are found this way
    /// too (see [`crate::claims`]).
    pub fn from_groups<'g>(groups: impl IntoIterator<Item = &'g [String]>) -> MentionFinder {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Vec<Pattern>> = Vec::new();
        let mut add = |text: &str, role: Pattern| match texts.iter().position(|t| t == text) {
            Some(p) => {
                if let Some(roles) = patterns.get_mut(p) {
                    roles.push(role);
                }
            }
            None => {
                texts.push(text.to_string());
                patterns.push(vec![role]);
            }
        };
        for (i, aliases) in groups.into_iter().enumerate() {
            for (a, alias) in aliases.iter().enumerate() {
                match alias.split_once(GAP) {
                    None => add(alias, Pattern::Whole(i)),
                    Some((head, tail)) => {
                        add(
                            head,
                            Pattern::Head {
                                indicator: i,
                                alias: a,
                            },
                        );
                        add(
                            tail,
                            Pattern::Tail {
                                indicator: i,
                                alias: a,
                            },
                        );
                    }
                }
            }
        }
        // Building fails only for absurd pattern sets; without an automaton
        // no mention is found, which the catalog tests would reveal.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&texts)
            .ok();
        MentionFinder {
            automaton,
            patterns,
        }
    }

    /// Every mention in the text, in order.
    pub fn find(&self, text: &CaseText<'_>) -> Vec<Mention> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut mentions = Vec::new();
        // Open heads of gap aliases: (indicator, alias, start).
        let mut heads: Vec<(usize, usize, usize)> = Vec::new();
        for m in automaton.find_iter(&text.normal) {
            let start = text.char_offset(m.start());
            let end = text.char_offset(m.end());
            let roles = self.patterns.get(m.pattern().as_usize());
            for role in roles.into_iter().flatten() {
                match role {
                    Pattern::Whole(indicator) => mentions.push(Mention {
                        indicator: *indicator,
                        start,
                        end,
                    }),
                    Pattern::Head { indicator, alias } => heads.push((*indicator, *alias, start)),
                    Pattern::Tail { indicator, alias } => {
                        // The nearest head of the same alias, in the same clause.
                        let head = heads.iter().rev().find(|(i, a, s)| {
                            i == indicator
                                && a == alias
                                && start - s <= GAP_LIMIT
                                && !text.chars[*s..start].iter().any(|c| ends_clause(*c))
                        });
                        if let Some((_, _, head_start)) = head {
                            mentions.push(Mention {
                                indicator: *indicator,
                                start: *head_start,
                                end,
                            });
                        }
                    }
                }
            }
        }
        mentions.sort_by_key(|m| m.start);
        mentions
    }
}

/// Whether two indicators' figures can be compared: the kind of figure an
/// indicator of `kind` is stated in.
fn states(kind: QuantityKind, q: &Quantity) -> bool {
    q.kind == kind
}

/// Whether the words between a mention and a figure link the two as
/// "indicator = value". Comparisons and bare changes do not.
fn links(between: &str) -> bool {
    if between.chars().count() > LINK_LIMIT || between.chars().any(ends_clause) {
        return false;
    }
    let comparison = changes::COMPARISONS
        .iter()
        .chain(&changes::OTHER_COMPARISONS)
        .chain(changes::GROWTH_NOUNS.iter().map(|(w, _)| w));
    if contains_any(between, comparison) {
        return false;
    }
    // 提高5% is a change; 提高至5%, 提高到5% state the level.
    match last_end_of_any(between, changes::verbs().chain(["增"])) {
        Some(after_verb) => between[after_verb..].contains(changes::TO),
        None => true,
    }
}

/// Whether any of `words` occurs in `hay`. The words between a mention and
/// its figure are a few characters long: comparing at each character beats
/// setting up a substring searcher per word, which `str::contains` does.
fn contains_any<'w>(hay: &str, words: impl Iterator<Item = &'w &'w str> + Clone) -> bool {
    hay.char_indices()
        .any(|(i, _)| words.clone().any(|w| hay[i..].starts_with(w)))
}

/// The byte offset just past the last occurrence of any of `words` in
/// `hay` (the largest end of any match), as the maximum over
/// `hay.rfind(w) + w.len()` would give.
fn last_end_of_any<'w>(hay: &str, words: impl Iterator<Item = &'w str> + Clone) -> Option<usize> {
    hay.char_indices()
        .flat_map(|(i, _)| {
            words
                .clone()
                .filter(move |w| hay[i..].starts_with(*w))
                .map(move |w| i + w.len())
        })
        .max()
}

/// Binds mentions (from [`MentionFinder::find`]) to figures. `quantities`
/// are the case's figures, in order.
pub fn bind(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    catalog: &Catalog,
) -> Vec<IndicatorValue> {
    let indicators = catalog.indicators();
    let kind_of = |m: &Mention| indicators.get(m.indicator).map(|i| i.kind);
    let mut bound: Vec<IndicatorValue> = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        // A group of mentions joined by list separators: A、B、C.
        let mut j = i + 1;
        while j < mentions.len()
            && is_list_separator(text.slice(mentions[j - 1].end, mentions[j].start))
        {
            j += 1;
        }
        let group = &mentions[i..j];
        let figures = if group.len() == 1 {
            single_after(text, quantities, &group[0], kind_of(&group[0])).map(|q| vec![q])
        } else {
            list_after(text, quantities, group, &kind_of)
                .or_else(|| list_before(text, quantities, group, &kind_of))
        };
        if let Some(figures) = figures {
            for (mention, figure) in group.iter().zip(figures) {
                let Some(indicator) = indicators.get(mention.indicator) else {
                    continue;
                };
                let change = change_after(text, quantities, figure, indicator.kind);
                bound.push(IndicatorValue {
                    indicator: indicator.id.clone(),
                    name: indicator.name.clone(),
                    mention: text.original_slice(mention.start, mention.end).to_string(),
                    value: figure.value,
                    unit: figure.unit.clone(),
                    qualifier: figure.qualifier,
                    change,
                    line: figure.line,
                    column: figure.column,
                    start: figure.start,
                    end: figure.end,
                });
            }
        }
        i = j;
    }
    bound
}

/// The figure stating a single mention: the first figure after it, in the
/// same clause, when only linking words stand between. Figures of other
/// kinds in between (a year: `2020年达到90%`) are stepped over.
fn single_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: Option<QuantityKind>,
) -> Option<&'q Quantity> {
    let kind = kind?;
    let candidate = quantities
        .iter()
        .find(|q| q.start >= mention.end && states(kind, q))?;
    let between = text.slice(mention.end, candidate.start);
    // Another figure of a result kind in between means the candidate belongs
    // to something else (`A投入1.2亿元,覆盖率…`).
    let interloper = quantities.iter().any(|q| {
        q.start >= mention.end && q.end <= candidate.start && q.kind != QuantityKind::Year
    });
    if interloper || !links(between) {
        return None;
    }
    // `A由78.2%提高到86.7%`, `A从45%提升至52%`: the first figure is where
    // the indicator came from; the level it states is the one it went to.
    // Without a "to" part, a "from" figure states nothing.
    let trimmed = between.trim_start();
    if trimmed.starts_with(FROM) {
        let to = quantities
            .iter()
            .find(|q| q.start >= candidate.end && states(kind, q))?;
        let words = text.slice(candidate.end, to.start);
        let reaches = words.chars().count() <= LINK_LIMIT
            && !words.chars().any(ends_clause)
            && words.contains(REACH);
        return reaches.then_some(to);
    }
    Some(candidate)
}

/// `A、B分别达X、Y`: as many figures as mentions, right after the group,
/// separated only by list separators.
fn list_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    group: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
) -> Option<Vec<&'q Quantity>> {
    let last = group.last()?;
    let first_index = quantities.iter().position(|q| q.start >= last.end)?;
    let figures = quantities.get(first_index..first_index + group.len())?;
    let lead = text.slice(last.end, figures.first()?.start);
    if !lead.contains(RESPECTIVELY) || !links(&lead.replace(RESPECTIVELY, "")) {
        return None;
    }
    chain(text, group, figures, kind_of)
}

/// `分别达到X和Y的A、B`: the figures before the group, followed by 的.
fn list_before<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    group: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
) -> Option<Vec<&'q Quantity>> {
    let first = group.first()?;
    let end_index = quantities.iter().rposition(|q| q.end <= first.start)?;
    let start_index = (end_index + 1).checked_sub(group.len())?;
    let figures = quantities.get(start_index..=end_index)?;
    if text.slice(figures.last()?.end, first.start).trim() != "的" {
        return None;
    }
    chain(text, group, figures, kind_of)
}

/// Checks that `figures` form a list (separated only by list separators) and
/// that each is of the kind of its mention.
fn chain<'q>(
    text: &CaseText<'_>,
    group: &[Mention],
    figures: &'q [Quantity],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
) -> Option<Vec<&'q Quantity>> {
    for pair in figures.windows(2) {
        if !is_list_separator(text.slice(pair[0].end, pair[1].start)) {
            return None;
        }
    }
    for (mention, figure) in group.iter().zip(figures) {
        if !states(kind_of(mention)?, figure) {
            return None;
        }
    }
    Some(figures.iter().collect())
}

/// A change against an earlier year right after a bound figure, in the same
/// sentence: `,比2019年增加275709万元,增长14.80%`, `,比上年增长10.4%`,
/// `,同比增长5%`.
fn change_after(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    figure: &Quantity,
    kind: QuantityKind,
) -> Option<Change> {
    let sentence_end = text
        .chars
        .iter()
        .skip(figure.end)
        .position(|c| ends_sentence(*c))
        .map_or(text.chars.len(), |p| figure.end + p);
    let later: Vec<&Quantity> = quantities
        .iter()
        .filter(|q| q.start >= figure.end && q.end <= sentence_end && q.kind != QuantityKind::Year)
        .collect();
    let mut change = Change {
        value: None,
        unit: None,
        percent: None,
    };
    let mut cursor = figure.end;
    let mut seen_comparison = false;
    for q in later.into_iter().take(2) {
        let between = text.slice(cursor, q.start);
        let words = between.trim_start_matches([',', '，', ' ']);
        let comparison = changes::opens_comparison(words);
        // The first part must open with 比/较/同比; a second part (`,增长14.80%`)
        // follows the first closely.
        let continues = seen_comparison && words.chars().count() <= 6;
        if !(comparison || continues) {
            break;
        }
        // Between the comparison and the figure: the base year and one verb.
        let Some(sign) = changes::direction(words) else {
            break;
        };
        if words.chars().count() > 16 {
            break;
        }
        seen_comparison = true;
        match q.kind {
            QuantityKind::Percent => change.percent = Some(sign * q.value),
            QuantityKind::PercentagePoints if kind == QuantityKind::Percent => {
                change.value = Some(sign * q.value);
                change.unit = Some(q.unit.clone());
            }
            k if k == kind => {
                change.value = Some(sign * q.value);
                change.unit = Some(q.unit.clone());
            }
            _ => break,
        }
        cursor = q.end;
    }
    (change.value.is_some() || change.percent.is_some()).then_some(change)
}

#[cfg(test)]
mod word_tests {
    use super::*;

    #[test]
    fn word_search_agrees_with_str_search() {
        const WORDS: [&str; 4] = ["提高", "增", "增长", "比"];
        for hay in [
            "",
            "达",
            "比上年增长",
            "提高至",
            "增增长提高",
            "由78%提高到86%",
            "较",
        ] {
            assert_eq!(
                contains_any(hay, WORDS.iter()),
                WORDS.iter().any(|w| hay.contains(w)),
                "{hay}"
            );
            assert_eq!(
                last_end_of_any(hay, WORDS.iter().copied()),
                WORDS
                    .iter()
                    .filter_map(|w| hay.rfind(w).map(|i| i + w.len()))
                    .max(),
                "{hay}"
            );
        }
    }
}
