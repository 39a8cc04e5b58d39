//! Finding indicator mentions and binding each to the figure that states it.
//!
//! # Mentions
//!
//! Every name and alias in the catalog is a word of the one automaton that
//! the pass over a case steps ([`crate::scan`]); its hits come here
//! leftmost-longest, so `学前三年毛入园率` wins over its suffix `毛入园率`. An
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

use dutycheck_catalog::{Catalog, GAP, SHARE_AFTER};
use dutycheck_model::{
    Base, Change, Direction, IndicatorValue, Qualifier, Quantity, QuantityKind, Span,
    StatementKind, Text, UnreadMention, UnreadMentionReason,
};
use dutycheck_vocab::changes;
use dutycheck_vocab::links::{FROM, RANGE_CONNECTORS, REACH, RESPECTIVELY, is_list_separator};
use dutycheck_vocab::periods;
use dutycheck_vocab::punctuation::{
    is_clause_end as ends_clause, is_sentence_end as ends_sentence,
};
use dutycheck_vocab::search;
use dutycheck_vocab::{links, numerals, plans, qualifiers, regions, units};

use crate::scan::Hit;
use crate::text::{SCAN_LIMIT, work};
use crate::{CaseText, tables};

/// Words in the gap of a gap alias that name the people who take part
/// (`参加课后服务的学生比例`, `课后服务教师参与比例`): the figure is a share of
/// them, not the measure the alias names.
/// (Its people; its verbs are [`PARTICIPATING`].)
const PARTICIPANTS: [&str; 3] = ["学生", "教师", "家长"];

/// Words in the gap of a gap alias that name another measure of what the
/// head names (`课后服务中开设体育艺术类课程的学校比例`, `课后服务收费学校比例`,
/// `课后服务满意度比例`): the figure is that measure's, not the alias's (each
/// was read as the coverage, failed it, and contradicted the claim of it).
/// (Not its hours: `课后服务时间达标的义务教育学校比例达100%` counts the
/// schools that provide it in full.)
const OTHER_MEASURES: [&str; 4] = ["开设", "收费", "满意", "课程"];

/// Verbs of taking part, right before the head of a gap alias (`学生参加
/// 课后服务的比例`): the share is of those who take part.
const PARTICIPATING: [&str; 2] = ["参加", "参与"];

/// How many characters before a head [`PARTICIPATING`] is looked for
/// (`自愿参加`).
const PARTICIPATION_REACH: usize = 4;

/// Words right before a name that narrow whom it counts to a part: the
/// teachers of kindergartens or of the countryside, those outside the
/// establishment (`幼儿园教师平均工资`, `乡村教师平均工资`, `非在编教师…`).
const NARROWING_BEFORE: [&str; 6] = ["幼儿园", "幼儿", "乡村", "非在编", "编外", "代课"];

/// How far apart, in characters, the head and tail of a gap alias may be.
pub(crate) const GAP_LIMIT: usize = 24;

/// How many characters of linking words may stand between a mention and its
/// figure (`达到`, `提高至`, `为`, `2020年达到`).
const LINK_LIMIT: usize = 12;

/// How many characters of linking words may open the clause after a name
/// that ends its own clause, and still link the name to the figure after
/// them (`A较上年有所提高，为93.1%`, `仍存在超大班额，共4个`): a word or two
/// of being. A longer opening says more (`，其中城区为…`).
pub(crate) const NEXT_CLAUSE_LINK: usize = 3;

/// How long a bracketed note right after a name may be (`（含公办园和普惠性
/// 民办园）`, or a definition: `（公办园和普惠性民办园在园幼儿占在园幼儿总数的
/// 比例）`) and still be stepped over to the name's figure.
const NOTE_LIMIT: usize = 32;

/// How far into a note [`skip_note`] looks for a comparison that opens it
/// (`（同比下降3.5%）`, `（与上年相比减少…）`).
const COMPARISON_LIMIT: usize = 10;

#[derive(Debug, Clone, Copy)]
enum Pattern {
    /// A whole alias of the indicator at this index.
    Whole(usize),
    /// The head of gap alias `alias` of the indicator.
    Head { indicator: usize, alias: usize },
    /// The tail of gap alias `alias` of the indicator.
    Tail { indicator: usize, alias: usize },
    /// A share named by its denominator alone (`占一般公共预算支出的比例`):
    /// a mention of `indicator` only right after one of `numerator`.
    Elliptical { indicator: usize, numerator: usize },
    /// What a share counts, after its figure and `的` (`的随迁子女在公办学校
    /// 就读`: an alias that opens with [`SHARE_AFTER`]): a mention of
    /// `indicator` only right after a percent ([`follows_share`]), starting
    /// after the `的`, so that the percent before it is the indicator's
    /// level ([`value_before`]). (The figure before its name was silent.)
    OfShare(usize),
}

/// Whether the text before `start` (where [`SHARE_AFTER`] stands) ends
/// with a percent figure: `95.6%`, or `95%` and a qualifier after it
/// ([`qualifiers::AFTER`], [`qualifiers::INSIDE`]: `95%以上的`, `90%多的`).
fn follows_share(text: &CaseText<'_>, start: usize) -> bool {
    let before = text.slice(start.saturating_sub(3), start);
    let before = qualifiers::AFTER
        .iter()
        .chain(&qualifiers::INSIDE)
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    before.ends_with('%')
}

/// Every name and alias of a catalog, as the words the automaton looks for
/// ([`MentionFinder::words`]) and what each word means.
#[derive(Debug, Clone)]
pub(crate) struct MentionFinder {
    /// The distinct texts looked for: whole aliases and the heads and tails
    /// of gap aliases.
    words: Vec<String>,
    /// The roles of each word. One text can play several: two gap aliases
    /// may share a tail (`课后服务…全覆盖`, `公办幼儿园…全覆盖`), and the
    /// search reports one word per match.
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
    /// Where the words of the name start: `start`, or for a share named
    /// after its numerator's figure in the next clause (`大班额38个，占比5.9%`,
    /// whose mention is `占比`), where the numerator's name starts, so that
    /// the words before it say whose the share is.
    pub head: usize,
}

impl Mention {
    /// A mention of `indicator` at `start..end`, its words starting there.
    pub fn at(indicator: usize, start: usize, end: usize) -> Mention {
        Mention {
            indicator,
            start,
            end,
            head: start,
        }
    }
}

impl MentionFinder {
    pub fn new(catalog: &Catalog) -> MentionFinder {
        let indicators = catalog.indicators();
        // A share's aliases that open with `占` name it only right after its
        // numerator (see `Catalog::numerator` and `place_share`).
        let numerators: Vec<Option<usize>> = (0..indicators.len())
            .map(|i| catalog.numerator(i))
            .collect();
        MentionFinder::build(
            indicators.iter().map(|i| i.aliases.as_slice()),
            |indicator, alias| {
                alias
                    .starts_with(links::SHARE_OF)
                    .then(|| numerators.get(indicator).copied().flatten())
                    .flatten()
            },
        )
    }

    /// A finder over groups of phrases, written as aliases are (`…` for a
    /// gap within a clause). A match is a [`Mention`] whose `indicator` is
    /// the index of its group: the claims of requirements are found this way
    /// too (see [`crate::claims`]).
    pub(crate) fn from_groups<'g>(groups: impl IntoIterator<Item = &'g [String]>) -> MentionFinder {
        MentionFinder::build(groups, |_, _| None)
    }

    /// [`MentionFinder::from_groups`], with `elliptical(group, alias)` the
    /// numerator of an alias that names its group only after the
    /// numerator (see [`MentionFinder::new`]).
    fn build<'g>(
        groups: impl IntoIterator<Item = &'g [String]>,
        elliptical: impl Fn(usize, &str) -> Option<usize>,
    ) -> MentionFinder {
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
                    None => match elliptical(i, alias) {
                        Some(numerator) => add(
                            alias,
                            Pattern::Elliptical {
                                indicator: i,
                                numerator,
                            },
                        ),
                        None if alias.starts_with(SHARE_AFTER) => add(alias, Pattern::OfShare(i)),
                        None => add(alias, Pattern::Whole(i)),
                    },
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
        MentionFinder {
            words: texts,
            patterns,
        }
    }

    /// The texts to look for, in the order [`MentionFinder::find`]'s hits
    /// number them.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Every mention in the text, in order, from the leftmost-longest
    /// `hits` of [`MentionFinder::words`] in it.
    pub fn find(&self, text: &CaseText<'_>, hits: &[Hit]) -> Vec<Mention> {
        let mut mentions = Vec::new();
        // Open heads of gap aliases: (indicator, alias, start, end).
        let mut heads: Vec<(usize, usize, usize, usize)> = Vec::new();
        // Elliptical shares, placed once every other mention is known.
        let mut shares: Vec<(usize, Mention)> = Vec::new();
        for &Hit { word, start, end } in hits {
            let roles = self.patterns.get(word);
            for role in roles.into_iter().flatten() {
                match role {
                    Pattern::Whole(indicator) => mentions.push(Mention::at(*indicator, start, end)),
                    Pattern::OfShare(indicator) => {
                        if follows_share(text, start) {
                            mentions.push(Mention::at(*indicator, start + 1, end));
                        }
                    }
                    Pattern::Elliptical {
                        indicator,
                        numerator,
                    } => shares.push((*numerator, Mention::at(*indicator, start, end))),
                    Pattern::Head { indicator, alias } => {
                        heads.push((*indicator, *alias, start, end))
                    }
                    Pattern::Tail { indicator, alias } => {
                        // The nearest head of the same alias, in the same
                        // clause. Heads are in text order: only the last few
                        // are close enough, so the walk back stops at the
                        // first too far.
                        // A tail that opens with `占` may follow its head
                        // in the next clause, after the head's own figure
                        // (`中职招生3200人，占高中阶段招生总数的41.2%`): the
                        // tail alone is then the mention, so that the
                        // count stays a figure of its own.
                        // (`大班额20个，所占比例为3.1%`: `所占` too.) So
                        // may a tail that opens its clause, the subject
                        // left to the clause before (`课后服务实现全覆盖，
                        // 覆盖率100%`: the figure was dropped, and the claim
                        // said unbacked).
                        // (Asked only of a head in an earlier clause.)
                        // (`超大班额已化解5个，实现动态清零`: a claim's tail
                        // after the verbs of a claim, the subject left to
                        // the clause before, whose removal it completes.)
                        let claimed = || opens_clause_claimed(text, start);
                        let elliptical = || {
                            self.words.get(word).is_some_and(|w| {
                                w.starts_with(links::SHARE_OF) || w.starts_with(links::SHARE_OF_ITS)
                            }) || opens_clause_reported(text, start)
                                || opens_clause_share_of(text, start)
                                || claimed()
                        };
                        let head = heads
                            .iter()
                            .rev()
                            .take_while(|(_, _, s, _)| start - s <= 2 * GAP_LIMIT)
                            .find_map(|(i, a, s, head_end)| {
                                if i != indicator || a != alias {
                                    return None;
                                }
                                // Farther than a gap: only over the change
                                // of the head's figure (below).
                                let far = start - s > GAP_LIMIT;
                                // `与当地公务员相比，教师平均工资仍有差距`: a
                                // head whose clause is a comparison (`与…
                                // 相比`) scopes the next clause, where the
                                // tail stands, whoever that clause names
                                // (the denial was lost).
                                if text.find_forward(*head_end, start, ends_clause).is_some_and(
                                    |end| {
                                        text.slice(*head_end, end).ends_with(changes::COMPARED)
                                            && start - end <= GAP_LIMIT
                                            && text
                                                .find_forward(end + 1, start, ends_clause)
                                                .is_none()
                                    },
                                )
                                {
                                    return Some((*s, *s));
                                }
                                // `参加课后服务的学生比例`, `课后服务教师参与比例`:
                                // the gap names the people who take part,
                                // and the figure is theirs, not the
                                // schools' the alias counts.
                                let gap = text.slice(*head_end, start);
                                if search::contains_any(gap, PARTICIPANTS)
                                    || search::contains_any(gap, PARTICIPATING)
                                    || search::contains_any(gap, OTHER_MEASURES)
                                {
                                    return None;
                                }
                                // `学生参加课后服务的比例`, `学生自愿参与课后服务比例`:
                                // the people who take part, named before
                                // the head (the pupils' share was read as
                                // the schools' coverage, and failed it).
                                if search::contains_any(
                                    text.slice(s.saturating_sub(PARTICIPATION_REACH), *s),
                                    PARTICIPATING,
                                ) {
                                    return None;
                                }
                                match text.find_forward(*s, start, ends_clause) {
                                    None if far => None,
                                    None => Some((*s, *s)),
                                    Some(end_of_clause)
                                        if elliptical()
                                            && next_clause_or_change(text, end_of_clause, start, far)
                                            && text
                                                .find_forward(*s, start, ends_sentence)
                                                .is_none()
                                            // `大班额42个、超大班额2个，分别占…的
                                            // 3.6%、0.2%`: one tail for two
                                            // heads, each the first figure's
                                            // (both read 3.6); left unread.
                                            && !text
                                                .slice(end_of_clause + 1, start)
                                                .starts_with(links::RESPECTIVELY)
                                            // `化解大班额120个，占比40%`: the
                                            // share of the classes removed.
                                            && (claimed()
                                                || !search::contains_any(
                                                text.slice(
                                                    text.find_backward(0, *s, ends_clause)
                                                        .map_or(0, |p| p + 1),
                                                    *s,
                                                ),
                                                links::REMOVED,
                                            )) =>
                                    {
                                        Some((start, *s))
                                    }
                                    Some(_) => None,
                                }
                            });
                        if let Some((start, head)) = head {
                            mentions.push(Mention {
                                indicator: *indicator,
                                start,
                                end,
                                head,
                            });
                        }
                    }
                }
            }
        }
        mentions.sort_by_key(|m| m.start);
        // `普惠性幼儿园覆盖率（公办园和普惠性民办园在园幼儿占在园幼儿总数的比例）
        // 为78.4%`: a note right after a name that names the same indicator
        // again defines it; it is not a second mention (the two made the
        // figure ambiguous).
        let mut last: Option<(usize, usize)> = None;
        mentions.retain(|m| {
            if let Some((indicator, close)) = last
                && indicator == m.indicator
                && m.end <= close
            {
                return false;
            }
            last = (text.chars.get(m.end) == Some(&NOTE_OPEN))
                .then(|| {
                    text.find_forward(m.end + 1, m.end + 1 + NOTE_LIMIT, |c| {
                        c == NOTE_CLOSE || ends_sentence(c)
                    })
                })
                .flatten()
                .filter(|&p| text.chars.get(p) == Some(&NOTE_CLOSE))
                .map(|p| (m.indicator, p));
            true
        });
        // `非普惠性幼儿园在园幼儿占比`, `非公办园在园幼儿占比`: the name of the
        // rest, not of the indicator (its figure was read as the coverage,
        // and 12% of children outside inclusive kindergartens failed 85%).
        mentions.retain(|m| {
            m.start
                .checked_sub(1)
                .and_then(|i| text.chars.get(i))
                .is_none_or(|c| *c != links::OTHER_THAN)
        });
        // `学前教育支出`, `义务教育支出`: a kind of education's own spending,
        // a part of the whole the bare `教育支出` names (preschool's fall
        // failed the county's 只增不减).
        // (A name of education opens with its first character: most do not.)
        let first = links::EDUCATION.chars().next();
        mentions.retain(|m| {
            text.chars.get(m.start).copied() != first
                || !text.slice(m.start, m.end).starts_with(links::EDUCATION)
                || !links::KINDS_OF_EDUCATION
                    .iter()
                    .any(|k| text.slice(m.start.saturating_sub(k.chars().count()), m.start) == *k)
        });
        for (numerator, share) in shares {
            place_share(text, &mut mentions, numerator, share);
        }
        mentions
    }
}

/// Whether a gap alias's tail at `start` opens its clause, or follows a
/// word of the self-report that opens it (`课后服务实现全覆盖，覆盖率100%`,
/// `…全部开展课后服务，自评覆盖率100%`: the figure was dropped, unsaid).
fn opens_clause_reported(text: &CaseText<'_>, start: usize) -> bool {
    let comma = |i: usize| text.chars.get(i).is_some_and(|c| matches!(c, ',' | '，'));
    start.checked_sub(1).is_some_and(comma)
        || plans::REPORTED.iter().any(|w| {
            let n = w.chars().count();
            start
                .checked_sub(n + 1)
                .is_some_and(|i| comma(i) && text.slice(i + 1, start) == *w)
        })
}

/// How many characters may stand between [`links::SHARE_OF`] and a share's
/// whole (`占全县义务教育学校`: 9).
const SHARE_WHOLE_REACH: usize = 10;

/// Whether a gap alias's tail at `start` (`班级总数的`) follows, in its
/// clause, [`links::SHARE_OF`] and the words that name whose whole it is:
/// `大班额24个，占义务教育学校班级总数的3.1%` (the county's), `…，占小学班级
/// 总数的6.3%` (a stage's, which the part's reading says). Each was silent:
/// only the tails that open with `占` crossed the comma, and no list of
/// them holds every whole.
fn opens_clause_share_of(text: &CaseText<'_>, start: usize) -> bool {
    text.find_backward(
        start.saturating_sub(SHARE_WHOLE_REACH + 2),
        start,
        ends_clause,
    )
    .is_some_and(|comma| {
        let opening = text.slice(comma + 1, start);
        opening.starts_with(links::SHARE_OF) || opening.starts_with(links::SHARE_OF_ITS)
    })
}

/// Whether a gap alias's tail at `start` follows only the verbs of a claim
/// ([`plans::CLAIM_LEADS`], at most [`CLAIM_LEAD_WORDS`] of them) after a
/// comma: `超大班额已化解5个，实现清零`, `…，实现动态清零`, `…，已全部清零`. The
/// subject is the clause before's (the claim was lost, and its section
/// went unchecked).
fn opens_clause_claimed(text: &CaseText<'_>, start: usize) -> bool {
    let mut at = start;
    for _ in 0..CLAIM_LEAD_WORDS {
        let Some(n) = plans::CLAIM_LEADS.iter().find_map(|w| {
            let n = w.chars().count();
            at.checked_sub(n)
                .filter(|&i| text.slice(i, at) == *w)
                .map(|_| n)
        }) else {
            break;
        };
        at -= n;
    }
    let comma = |i: usize| matches!(text.chars.get(i), Some(',' | '，'));
    if at < start && at > 0 && comma(at - 1) {
        return true;
    }
    // `全县有超大班额12个，2023年底全部消除`, `…，年底前已全部化解`: the time it
    // was done by opens the clause. (Any year: a later one makes the claim a
    // plan, which the claim's reading says.)
    // `超大班额问题，已于2020年底全面消除`: after a word of done. The time
    // now opens it too (`…56个，目前已全部清零`, `…，现已全部消除`), before the
    // verbs of the claim.
    let Some(clause) = text.find_backward(at.saturating_sub(TIME_LEAD_REACH), at, ends_clause)
    else {
        return false;
    };
    comma(clause)
        && (periods::after_time_done(claim_leads_off(text.slice(clause + 1, at)), Some(i32::MAX))
            .is_some_and(str::is_empty)
            || periods::after_now(text.slice(clause + 1, start))
                .is_some_and(|rest| claim_leads_off(rest).is_empty()))
}

/// `words` without the [`plans::CLAIM_LEADS`] that open them, at most
/// [`CLAIM_LEAD_WORDS`].
fn claim_leads_off(mut words: &str) -> &str {
    for _ in 0..CLAIM_LEAD_WORDS {
        match plans::CLAIM_LEADS
            .iter()
            .find_map(|w| words.strip_prefix(w))
        {
            Some(rest) => words = rest,
            None => break,
        }
    }
    words
}

/// How many characters the time that opens a claim's clause may hold before
/// its verbs (`截至2023年底前`: 9).
const TIME_LEAD_REACH: usize = 12;

/// How many of [`plans::CLAIM_LEADS`] may open a claim's clause before its
/// tail: `已` `全部`, `实现` `动态`.
const CLAIM_LEAD_WORDS: usize = 3;

/// Whether the part that `mention` names, stating figure `q`, lies within
/// the section's region (a county of a city, a town or a school of a
/// county: [`regions::names_part_within`]) and states the report's time:
/// no year but the report's, no state before the work, in its sentence up
/// to the figure. Only such a part's figure can be the region's miss (a
/// neighbour's, or the background's, says nothing of it).
fn part_now(text: &CaseText<'_>, mention: &Mention, q: &Quantity, cx: Context<'_>) -> bool {
    let Some(own) = cx.region else {
        return false;
    };
    let sentence = sentence_start(text, mention.start);
    let clause = text
        .find_backward(sentence, mention.start, ends_clause)
        .map_or(sentence, |p| p + 1);
    let upto = text.slice(sentence, q.start);
    regions::names_part_within(text.slice(clause, mention.start), own)
        && years_in(upto).all(|(_, y, _)| Some(y) == cx.year)
        && !periods::names_earlier_state(upto)
        && !before_remedy(text, sentence, mention.start)
}

/// Whether the clause that opens after `end_of_clause` runs to `start`, or
/// is the change of the figure before it and the next one does:
/// `公办幼儿园在园幼儿7010人，比上年增加320人，占全县在园幼儿总数的46.3%`, the
/// shape of every statistics bulletin (the share after the change was lost,
/// and its target with it).
/// A head `far` from its tail (past [`GAP_LIMIT`]) is taken only over a
/// change.
fn next_clause_or_change(
    text: &CaseText<'_>,
    end_of_clause: usize,
    start: usize,
    far: bool,
) -> bool {
    match text.find_forward(end_of_clause + 1, start, ends_clause) {
        None => !far,
        Some(end) => {
            changes::opens_comparison(text.slice(end_of_clause + 1, end))
                && text.find_forward(end + 1, start, ends_clause).is_none()
        }
    }
}

/// Places an elliptical share (`占一般公共预算支出的19.8%`) among the
/// mentions: it names the share only when the mention before it, in the
/// same sentence, is its numerator (`一般公共预算教育支出12.6亿元，占…`), and
/// no `其中` makes it the share of a part. Right after the numerator's name
/// (`一般公共预算教育支出占一般公共预算支出的19.8%`) the two are one name.
/// Anywhere else (`民生支出占一般公共预算支出的75%`) it names nothing.
fn place_share(text: &CaseText<'_>, mentions: &mut Vec<Mention>, numerator: usize, share: Mention) {
    let at = mentions.partition_point(|m| m.start < share.start);
    let Some(before) = at.checked_sub(1).and_then(|i| mentions.get(i)) else {
        return;
    };
    if before.indicator != numerator || before.end > share.start {
        return;
    }
    let between = text.slice(before.end, share.start);
    if between.chars().any(ends_sentence) || search::contains(between, links::PART_OF) {
        return;
    }
    if between.is_empty() {
        let whole = Mention {
            start: before.start,
            head: before.start,
            ..share
        };
        mentions[at - 1] = whole;
    } else {
        mentions.insert(at, share);
    }
}

/// Whether a clause opens with the section's own region by its level and a
/// word of reaching at most (`，全县为51%`, `，我市达到94.6%`, `，全市…`,
/// `，青溪县仅为76.3%`): the region's own figure, the name not repeated.
fn states_own(opening: &str, own: &str) -> bool {
    regions::after_own(opening, own).is_some_and(changes::only_reached)
}

/// The change stated alone in the clause after figure `at` when the clause
/// opens with the section's own region `own` (`，而我县比上年下降2.1%`, `，青溪县
/// 同比减少1.3%`): the own change after a part's or another region's.
fn own_change_next<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    at: &Quantity,
    own: &str,
    kind: QuantityKind,
    cx: Context<'_>,
) -> Option<Read<'q>> {
    if !matches!(text.chars.get(at.end), Some(',' | '，')) {
        return None;
    }
    let from = at.end + 1;
    let clause = text.slice(from, text.end_from(from, ends_clause));
    let rest = regions::after_own(clause, own)?;
    let pseudo = Mention::at(
        usize::MAX,
        from,
        from + clause.chars().count() - rest.chars().count(),
    );
    change_first(text, quantities, &pseudo, kind, cx.year)
        .filter(|r| r.level.is_none() && r.change.is_some())
}

/// `普惠性幼儿园覆盖率全市为86.4%，我县为76.5%` in a county's report: another
/// region named between the name and its figure (`全市`, `全省平均水平的`)
/// makes the figure that region's, not the section's (86.4 was read as the
/// county's, and the county's own 76.5 was lost).
fn other_between(text: &CaseText<'_>, mention: &Mention, at: &Quantity, cx: Context<'_>) -> bool {
    let Some(own) = cx.region else {
        return false;
    };
    // Most figures follow their name with a verb alone: no level between.
    let window = text.chars.get(mention.end..at.start).unwrap_or_default();
    if !window.iter().any(|c| regions::is_level(*c) || *c == '国') {
        return false;
    }
    // The figure's own clause: `低于全省平均水平，为76.3%` compares, then
    // states the region's level.
    let from = text
        .find_backward(mention.end, at.start, ends_clause)
        .map_or(mention.end, |p| p + 1);
    let between = text.chars.get(from..at.start).unwrap_or_default();
    // (`一般公共预算教育支出市本级12.36亿元、全市68.42亿元`: the city's own
    // budget is a part, `names_own_level_only`.)
    between.len() <= OTHER_BETWEEN
        && (regions::names_nation(text.slice(from, at.start))
            || regions::names_own_level_only(between)
            || (between.iter().any(|c| regions::is_level(*c))
                && regions::names_other(text.slice(from, at.start), own)))
}

/// `全省A为91%，B为86%`, `城关镇A为89%，B为44%`, `北塘县A、B分别为89%、78%`:
/// a name that opens its clause with no subject of its own (right after
/// the clause before, which states the name before it), or follows the
/// name before it in a list, continues that name's statement and shares
/// its subject. The first name of the chain, when the mention continues
/// one in its sentence. (B was read as the region's level now.)
fn chain_head<'m>(
    text: &CaseText<'_>,
    mentions: &'m [Mention],
    mention: &Mention,
) -> Option<&'m Mention> {
    // Most names have words of their own before them (`全县…`): only one
    // right after a comma or a list separator may continue a chain.
    let continues_at = |at: usize| {
        at.checked_sub(1)
            .and_then(|i| text.chars.get(i))
            .is_some_and(|c| matches!(c, ',' | '，' | '、' | '和' | '及'))
    };
    // `，当地公务员…`: a word of the same place, then the name.
    let opening = links::SAME_PLACE
        .iter()
        .map(|w| w.chars().count())
        .find(|&n| {
            mention.start >= n
                && links::SAME_PLACE.contains(&text.slice(mention.start - n, mention.start))
                && continues_at(mention.start - n)
        })
        .map_or(mention.start, |n| mention.start - n);
    if !continues_at(opening) {
        return None;
    }
    let index = mentions.partition_point(|m| m.start < mention.start);
    let mut head = None;
    let mut start = opening;
    // A chain of more names than reports write (a table flattened into one
    // sentence) has no head found: each name would walk back to it.
    for (n, prev) in mentions[..index].iter().rev().enumerate() {
        work(1);
        if n == CHAIN_NAMES {
            return None;
        }
        if prev.end > start {
            continue;
        }
        let between = text.slice(prev.end, start);
        // Within the sentence: a comma ends the clause, a stop the chain.
        let continues = !between.contains(ends_sentence)
            && (links::is_list_separator(between)
                || (between.chars().count() <= CHAIN_GAP
                    && between.ends_with(ends_clause)
                    && between.chars().filter(|c| ends_clause(*c)).count() == 1));
        if !continues {
            break;
        }
        head = Some(prev);
        start = prev.start;
        if !continues_at(start) {
            break;
        }
    }
    head
}

/// `公办园在园幼儿占比达到50%以上的乡镇有5个`: the figure is a threshold that
/// a group of regions or schools passes, not the level of the region; so
/// is one the regions listed after it fall short of (`未达到50%的有北塘县、
/// 西岭县等4个县`, `在95%以下的有东坡县`).
fn threshold_of_a_group(text: &CaseText<'_>, at: &Quantity) -> bool {
    let after = text.slice(at.end, at.end + 12);
    let after = qualifiers::AFTER
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let Some(group) = after.strip_prefix('的') else {
        return false;
    };
    match group.strip_prefix('有') {
        // `的有北塘县、西岭县`: the first region named, up to a mark.
        Some(names) => names
            .chars()
            .take(6)
            .take_while(|c| regions::is_ideograph(*c))
            .any(regions::is_level),
        // `的乡镇有5个`, `的县市区`, `的学校有12所`.
        None => {
            let near = group
                .char_indices()
                .nth(5)
                .map_or(group, |(i, _)| &group[..i]);
            // (`98%的市定目标`, `85%的省定标准`: a standard, set by a level.)
            (near.chars().take(3).any(regions::is_level)
                || search::contains_any(near, links::GROUPS))
                && !search::contains_any(near, plans::STANDARDS)
        }
    }
}

/// How many of the latest unread mentions are looked through for the head
/// of a chain (read just before the names that continue it).
const CHAIN_LOOKBACK: usize = 8;

/// The most names before one in a chain.
const CHAIN_NAMES: usize = 8;

/// The most characters between two names of a chain (`为91%，`).
const CHAIN_GAP: usize = 16;

/// `2023年，全县A为52.4%；B为78.2%`: where the run of clauses starts that
/// `sentence` (holding `mention`) goes on after a semicolon, when the words
/// before the name date nothing of their own: the year that opens the run
/// dates its every clause, as it does across commas ([`earlier_opening`]:
/// 78.2% was the report's year's level, and failed). At most
/// [`RUN_OF_CLAUSES`] sentences back.
fn run_of_clauses(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    sentence: usize,
    mention: &Mention,
) -> Option<usize> {
    let after_semicolon = |at: usize| {
        at.checked_sub(1)
            .and_then(|i| text.chars.get(i))
            .is_some_and(|c| matches!(c, '；' | ';'))
    };
    if !after_semicolon(sentence) {
        return None;
    }
    // The clause's own time (`；2024年…`, `；目前…`) is its own.
    let lead = text.slice(sentence, mention.start);
    let first = quantities.partition_point(|q| q.start < sentence);
    if quantities
        .get(first)
        .is_some_and(|q| q.start < mention.start && q.kind == QuantityKind::Year)
        || periods::after_now(lead.trim_start()).is_some()
        || search::contains_any(lead, changes::THIS_YEAR)
    {
        return None;
    }
    let mut start = sentence;
    for _ in 0..RUN_OF_CLAUSES {
        if !after_semicolon(start) {
            break;
        }
        start = sentence_start(text, start - 1);
    }
    (start < sentence).then_some(start)
}

/// How many sentences a run of clauses joined by semicolons is followed
/// back ([`run_of_clauses`]).
const RUN_OF_CLAUSES: usize = 4;

/// Whether `lead` (the words before a sentence's first name) is a year
/// before `year` or the year before, with at most a subject after it
/// (`2022年`, `2022年底全县`, `去年全县`; not `2022年以来`, nor `2019年底，县政府
/// 出台…，全县`: an event of that year, see [`earlier_opening`]).
fn opens_earlier_year(lead: &str, year: i32) -> bool {
    let lead = lead.trim_start();
    let rest = match changes::YEAR_BEFORE
        .iter()
        .find_map(|w| lead.strip_prefix(w))
    {
        Some(rest) => rest,
        None => match after_year(lead) {
            Some(rest)
                if lead
                    .get(..4)
                    .and_then(|y| y.parse::<i32>().ok())
                    .is_some_and(|y| y < year) =>
            {
                rest.trim_start_matches('度')
            }
            _ => return false,
        },
    };
    rest.chars().count() <= 3 && !rest.chars().any(ends_clause)
}

/// How many characters between a name and its figure may name another
/// region (`仅相当于全省平均水平的`).
const OTHER_BETWEEN: usize = 12;

/// `城区公办园在园幼儿占比为62%，全县为51%`: the region's urban area, then the
/// region itself in the next clause. The urban area's figure is read as the
/// region's own where it stands alone (`城区学校大班额比例`, as reports state
/// the large classes of a region); beside the region's, or the
/// countryside's, it is a part: followed by them (`城区…100%，农村学校为87%`,
/// `…，农村学校课后服务覆盖率为91.2%`), or after them in its sentence
/// (`全县A为51.3%，城区A为38.5%`, `A为53.1%，城区A为41.7%`: the region's, then
/// its urban area's).
fn urban_then_own(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    mention: &Mention,
    at: &Quantity,
    kind: QuantityKind,
    cx: Context<'_>,
) -> bool {
    let Some(own) = cx.region else {
        return false;
    };
    let opening = clause_before(text, mention.start.saturating_sub(8), mention.start);
    if !opening.contains(&'城') && !opening.contains(&'市') {
        return false;
    }
    let clause = mention.start - opening.len();
    if !search::contains_any(text.slice(clause, mention.start), regions::URBAN) {
        return false;
    }
    // A clause that opens with the region or its countryside.
    let beside = |o: &str| {
        let o = o.trim_start_matches([',', '，', ';', '；', ' ']);
        regions::after_own(o, own).is_some() || regions::RURAL.iter().any(|w| o.starts_with(w))
    };
    if let Some((_, between)) = figure_after(text, quantities, at, kind) {
        let next = between.rsplit(ends_clause).next().unwrap_or(between);
        if next.len() != between.len() && beside(next) {
            return true;
        }
    }
    // The same indicator stated earlier in the sentence for the region
    // (`全县A为51.3%，城区A为38.5%`, or with no place: `A为53.1%，城区A为41.7%`)
    // or its countryside, not for the urban area.
    let sentence = sentence_start(text, mention.start);
    mentions
        .iter()
        .take_while(|m| m.end <= clause)
        .filter(|m| m.start >= sentence && m.indicator == mention.indicator)
        .any(|m| {
            let from = text
                .find_backward(sentence, m.start, ends_clause)
                .map_or(sentence, |p| p + 1);
            let opening = text.slice(from, m.start);
            beside(opening) || !search::contains_any(opening, regions::URBAN)
        })
}

/// Whether money figure `at`, read for per-head `mention`, is a sum paid
/// under the name rather than the amount per head: a payment verb before
/// the name in its clause (`全年拨付农村义务教育生均公用经费3.2亿元`), a
/// total right after it (`生均公用经费总额1.2亿元`), or a sum no head is
/// paid in a year (`全县生均公用经费3.2亿元`, [`links::PER_HEAD_CEILING`]).
/// `拨付资金保障生均公用经费达到800元` pays for the amount and states it.
fn sum_paid(text: &CaseText<'_>, mention: &Mention, at: &Quantity) -> bool {
    let name = text.slice(mention.start, mention.end);
    if !links::PER_HEAD_NAMES.iter().any(|w| name.contains(w)) {
        return false;
    }
    if at.value >= links::PER_HEAD_CEILING {
        return true;
    }
    let after = text.slice(mention.end, at.start);
    if links::TOTALS.iter().any(|w| after.starts_with(w)) {
        return true;
    }
    // The verb and the words between, at most.
    let window = mention.start.saturating_sub(links::PAYMENT_REACH + 2);
    let clause_start = text
        .find_backward(window, mention.start, ends_clause)
        .map_or(window, |p| p + 1);
    if !links::payment_leads().any(&text.chars[clause_start..mention.start]) {
        return false;
    }
    let before = text.slice(clause_start, mention.start);
    search::last_end_of_any(before, links::PAYMENTS).is_some_and(|end| {
        let between = &before[end..];
        between.chars().count() <= links::PAYMENT_REACH
            && !search::contains_any(between, links::PAID_FOR)
    })
}

/// Whether the figure `at` of the amount named by `mention` is a portion of
/// it that the words around the name single out ([`links::PORTION_WORDS`]
/// before it in its clause or between it and the figure,
/// [`links::PORTION_AFTER`] between): `挤占挪用…教育支出1860万元`,
/// `…教育支出中的860万元`.
fn portion_of(text: &CaseText<'_>, mention: &Mention, at: &Quantity) -> bool {
    // (Most amounts have none of the words' first characters near them:
    // a look at each character says so before any word is searched for.)
    static LEADS: std::sync::OnceLock<(search::Leads, search::Leads)> = std::sync::OnceLock::new();
    let (before_leads, after_leads) = LEADS.get_or_init(|| {
        (
            search::Leads::of(portion_words().copied()),
            search::Leads::of(portion_words().chain(&links::PORTION_AFTER).copied()),
        )
    });
    let after = text.chars.get(mention.end..at.start).unwrap_or_default();
    if after.len() <= links::PORTION_REACH
        && after_leads.any(after)
        && search::contains_any(
            text.slice(mention.end, at.start),
            portion_words().chain(&links::PORTION_AFTER),
        )
    {
        return true;
    }
    let window = mention.start.saturating_sub(links::PORTION_REACH);
    if !before_leads.any(text.chars.get(window..mention.start).unwrap_or_default()) {
        return false;
    }
    let clause_start = text
        .find_backward(window, mention.start, ends_clause)
        .map_or(window, |p| p + 1);
    search::contains_any(text.slice(clause_start, mention.start), portion_words())
}

/// The words that single out a portion of an amount, an overstatement's
/// too.
fn portion_words() -> impl Iterator<Item = &'static &'static str> {
    links::PORTION_WORDS.iter().chain(&links::OVERSTATED)
}

/// Whether figure `q` can state an indicator of `kind`: it is of that
/// kind, or it is a stated zero (`大班额比例为零`), which is zero in any
/// unit.
fn states(kind: QuantityKind, q: &Quantity) -> bool {
    q.kind == kind || crate::figures::is_zero(q)
}

/// Whether `words`, opening the clause after a name that ends its own
/// (`仍存在超大班额，共4个`), link the name to the figure after them: a word
/// or two of being (at most [`NEXT_CLAUSE_LINK`] characters), and no name
/// of classes (`全县无超大班额，大班额12个`: the 12 are classes of another
/// size, and were read as super-large ones left).
pub(crate) fn links_next_clause(words: &str) -> bool {
    words.chars().count() <= NEXT_CLAUSE_LINK && !words.contains(links::CLASS)
}

/// Whether the words between a mention and a figure link the two as
/// "indicator = value". Comparisons and bare changes do not.
pub(crate) fn links(between: &str) -> bool {
    // `普惠性幼儿园覆盖率（含公办园和普惠性民办园）达到88.3%`: a note in
    // brackets right after the name says what it counts; the link is what
    // follows it.
    let between = after_note(between);
    // `低于全省平均水平，为76.3%`, `在全市排名第2，达到93.6%`: a clause that
    // compares with another base or ranks, with no figure, then the clause
    // that states the level.
    // `仍存在超大班额，共4个`, `A，达到89.4%`: a comma right after the name,
    // then a word or two of being (at most [`NEXT_CLAUSE_LINK`]
    // characters: `，其中城区为…` says whose). The figure was dropped, unsaid.
    let between = match between.split_once(ends_clause) {
        Some((first, rest)) if ranks_or_compares(first) => {
            if changes::ends_with_short_comparison(rest) {
                return false;
            }
            rest
        }
        Some(("", rest)) if links_next_clause(rest) => rest,
        _ => between,
    };
    if between.chars().count() > LINK_LIMIT || between.chars().any(ends_clause) {
        return false;
    }
    // `整改任务完成率100%`: the work's share done, not the indicator (two
    // characters hold none of these words).
    if between.len() > 6 && search::contains_any(between, links::WORK_DONE) {
        return false;
    }
    // Most links are a verb of being (`为`, `达到`): with no first character
    // of a bound, a comparison or a verb of change in it, none of the
    // searches below finds anything.
    if !between.chars().any(|c| link_word_leads().is_lead(c)) {
        return true;
    }
    // `不低于40%`, `不超过5%`: a required bound links its figure (as a
    // requirement, see `plan`), though it holds a comparison word.
    let unbounded;
    let between = if search::contains_any(between, plans::BOUNDS) {
        unbounded = plans::BOUNDS
            .iter()
            .fold(between.to_string(), |s, w| s.replace(w, "达"));
        unbounded.as_str()
    } else {
        between
    };
    let comparison = changes::COMPARISONS
        .iter()
        .chain(&changes::OTHER_COMPARISONS)
        .chain(changes::GROWTH_NOUNS.iter().map(|(w, _)| w));
    if search::contains_any(between, comparison) {
        // `较上年下降到76.5%`: the level the year before's moved to.
        return changes::moved_to(between)
            .is_some_and(|(_, before)| changes::against_year_before_only(before));
    }
    // 提高5% is a change; 提高至5%, 提高到5% state the level.
    match search::last_end_of_any(between, changes::verbs().chain(["增"])) {
        Some(after_verb) => between[after_verb..].contains(changes::TO),
        None => true,
    }
}

/// The first characters of every word [`links`] looks for between a name
/// and its figure: bounds, comparisons, growth nouns and verbs of change.
fn link_word_leads() -> &'static search::Leads {
    static LEADS: std::sync::OnceLock<search::Leads> = std::sync::OnceLock::new();
    LEADS.get_or_init(|| {
        search::Leads::of(
            plans::BOUNDS
                .iter()
                .chain(&changes::COMPARISONS)
                .chain(&changes::OTHER_COMPARISONS)
                .copied()
                .chain(changes::GROWTH_NOUNS.iter().map(|(w, _)| *w))
                .chain(changes::verbs())
                .chain(["增"]),
        )
    })
}

/// Whether the words `between` a name and a figure are a clause that
/// compares it with another base, then the size of the gap
/// (`高于当地公务员，实际高0.3万元`, `…，多出0.3万元`): the figure is the gap's,
/// no level (the teachers' pay was read as 3000元, and failed).
fn gap_after_comparison(between: &str) -> bool {
    between
        .split_once(ends_clause)
        .is_some_and(|(first, rest)| {
            ranks_or_compares(first) && changes::ends_with_short_comparison(rest)
        })
}

/// Whether a clause between a name and its figure only ranks it (`在全市
/// 排名第2`) or sets it against another base (`低于全省平均水平`), so that
/// the level may follow in the next clause.
fn ranks_or_compares(clause: &str) -> bool {
    search::contains_any(clause, links::RANKS)
        || (changes::OTHER_COMPARISONS
            .iter()
            .any(|w| clause.trim_start_matches(changes::DEGREES).starts_with(w))
            && search::contains_any(clause, changes::OTHER_BASES))
}

/// The brackets of a note, as the folded text writes them: folding
/// (`vocab::fold_width`) makes `（` and `）` their ASCII twins.
pub(crate) const NOTE_OPEN: char = '(';
pub(crate) const NOTE_CLOSE: char = ')';

/// Where a bracket opens in `words` that they do not close (the words
/// before a figure: the figure is then inside the note).
pub(crate) fn unclosed_note(words: &str) -> Option<usize> {
    let open = words.rfind(NOTE_OPEN)?;
    (!words[open..].contains(NOTE_CLOSE)).then_some(open)
}

/// The name's figure when the first figure after it, `inside`, stands in a
/// bracketed note (`note`: the words of the note before it): the figure of
/// `kind` linked to the name after the note closes. When the note gives an
/// earlier year's figure (`（2022年为86.1%）`, `（上年86.1%）`), it is the
/// "from" of the level; any other note (`（国家标准为85%）`) is stepped
/// over. `None` when no figure follows the note, linked as a level is.
fn after_bracketed_figure<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    inside: &'q Quantity,
    kind: QuantityKind,
    note: &str,
) -> Option<(Option<&'q Quantity>, &'q Quantity)> {
    let close = text.find_forward(inside.end, inside.end + NOTE_LIMIT, |c| {
        c == NOTE_CLOSE || ends_sentence(c)
    })?;
    if text.chars.get(close) != Some(&NOTE_CLOSE) {
        return None;
    }
    let first = quantities.partition_point(|q| q.start <= close);
    let to = quantities[first..]
        .iter()
        .inspect(|_| work(1))
        .take_while(|q| q.start <= close + 1 + LINK_LIMIT)
        .find(|q| states(kind, q))?;
    if !links(text.slice(close + 1, to.start)) {
        return None;
    }
    let dated = first_year(note).is_some()
        || changes::YEAR_BEFORE
            .iter()
            .any(|w| search::contains(note, w));
    Some((dated.then_some(inside), to))
}

/// Whether the words that open the mention's clause (after any mention
/// before it) name a part of the region as the subject of its figure: two
/// or more regions listed (`东岭县、西河区`), one region that is not the
/// section's own (`其中，东平县` in a report of 某某市, `历城区` in the
/// section `一、济南市`, `石泉县城区学校`; see [`regions::names_other`]; when the
/// section's region is not known, one region alone is taken for it), a
/// count of regions or schools (`有8个县区`), a region's own level
/// (`市本级`), or stages of schooling (`小学、初中专任教师`, `初中专任教师`;
/// not `中小学`, all of them). Urban schools (`城区学校大班额比例`) are not a
/// part here: reports state the large classes of their urban schools as the
/// region's, and the corpus reads them so.
fn names_a_part(
    text: &CaseText<'_>,
    mentions: &[Mention],
    mention: &Mention,
    region: Option<&str>,
) -> bool {
    let earlier = &mentions[..mentions.partition_point(|m| m.start < mention.start)];
    let from = earlier
        .iter()
        .rev()
        .find(|m| m.end <= mention.start)
        .map_or(0, |m| m.end);
    // `其中城关镇大班额38个，占比5.9%`: a share named after its numerator's
    // figure; the words before the numerator's name say whose the share is
    // (the town's was read as the county's).
    if mention.head < mention.start && opening_names_a_part(text, from, mention.head, region) {
        return true;
    }
    opening_names_a_part(text, from, mention.start, region)
}

/// Whether the words of the clause before `at` (from `from` on, at most
/// [`PART_OPENING`] characters) name a part of the region (see
/// [`names_a_part`]), or the sentence's earlier clause sets out an example
/// (`以白石镇为例，…`, [`regions::EXAMPLE`]): what `at` opens is a part's,
/// a figure's or a claim's alike.
pub(crate) fn opening_names_a_part(
    text: &CaseText<'_>,
    from: usize,
    at: usize,
    region: Option<&str>,
) -> bool {
    let earlier = from;
    let from = from.max(at.saturating_sub(PART_OPENING));
    // Most openings are a word or two (`全县`): a look at their characters
    // rules them out before any string is cut.
    let clause = clause_before(text, from, at);
    // The clause's words before `at`, cut only by the questions that need
    // them.
    let opening = || text.slice(at - clause.len(), at);
    if text.names_example && example_before(text, at - clause.len(), region) {
        return true;
    }
    if school_opens_sentence(text, at - clause.len(), clause) {
        return true;
    }
    if place_set_out_before(text, at - clause.len(), region) {
        return true;
    }
    let may_list = clause.iter().any(|c| {
        PART_LIST.contains(c)
            || *c == '有'
            || links::SCHOOL_STAGES.iter().any(|w| w.starts_with(*c))
    });
    // A level after a word that is not the region's own (`东平县`, `全省`
    // in a report of a city; not `全市`, `我市`).
    let may_name_other = region.is_some_and(|own| {
        clause
            .windows(2)
            .any(|w| regions::is_level(w[1]) && regions::may_name_other(w[0], w[1], own))
    });
    // `其中，南屏市本级…`: the city's own budget or schools, not the city.
    if regions::names_own_level_only(clause) {
        return true;
    }
    // `全国学前三年毛入园率为91.1%，该市为82.5%`: the nation's.
    if clause.contains(&'国') && regions::names_nation(opening()) {
        return true;
    }
    // `农村学校课后服务覆盖率…`, `新招聘教师中本科以上学历比例…`: a subgroup.
    // (Not one a note of the whole includes: `教师（含特岗教师）…`.)
    if regions::subgroup_leads().any(clause) && {
        let opening = opening();
        if search::contains(opening, plans::INCLUDING) {
            search::contains_any(&plans::without_inclusions(opening), regions::SUBGROUPS)
        } else {
            search::contains_any(opening, regions::SUBGROUPS)
        }
    } {
        return true;
    }
    // `农村学校中，80%的学校开展课后服务`, `新招聘教师中，本科以上学历教师占比
    // 95%`: a subgroup named in a clause of its own before, ending in `中`.
    if subgroup_clause_before(text, at - clause.len()) {
        return true;
    }
    // `桐坪县一般公共预算教育支出7.68亿元，…，公办园在园幼儿占比为47.1%`,
    // `芦湾县…。九年义务教育巩固率94.6%`, `金沙县方面，…`: a clause that names
    // no region goes on with the paragraph's, when the paragraph opens
    // with another region (its figures were the section's own).
    // (`县财政…` names no region of its own; `全市…`, `该县…` do.)
    // (`石门区生均…增长2.1%，青溪县生均…下降1.4%`: a clause that names the
    // section's own region is its own, whoever the paragraph opened with.)
    if let Some(own) = region
        && !clause
            .windows(2)
            .any(|w| regions::BY_LEVEL.contains(&w[0]) && regions::is_level(w[1]))
        && !(may_name_other && regions::names_other(opening(), own))
        && (paragraph_opens_with_other(text, at, own)
            || earlier_clause_names_other(text, earlier, at - clause.len(), own))
        && !regions::names_own(opening(), own)
    {
        return true;
    }
    // `幼儿园教师平均工资为6.2万元`, `乡村教师…`, `非在编教师…`: a word right
    // before the name that narrows whom it counts (the pay of kindergarten
    // teachers was read as the compulsory-education teachers').
    if clause
        .last()
        .is_some_and(|c| NARROWING_BEFORE.iter().any(|w| w.ends_with(*c)))
        && NARROWING_BEFORE.iter().any(|w| opening().ends_with(w))
    {
        return true;
    }
    // `城区普惠性幼儿园覆盖率为74%`, `县城学校…`: the urban area's figure,
    // a part (it failed or passed the region's rule). Its large classes too
    // (`城区学校大班额比例为8.2%`): many reports state a region's large
    // classes by its urban schools, where they are, but the target is the
    // region's, and the urban share beside the county's (`全县大班额比例为
    // 3.2%。县城学校大班额比例为6.1%`) failed it. Said unread, a part.
    if regions::may_name_urban_area(clause) && regions::opens_with_urban_area(opening()) {
        return true;
    }
    // `东城街道公办园在园幼儿占比为30%`: a subdistrict, named (as a town is,
    // by its level) before the name.
    if clause.contains(&'街') && regions::names_subdistrict(opening()) {
        return true;
    }
    // `桃源村普惠性幼儿园覆盖率为100%`, `阳光社区…`: a village, a community.
    if clause.last().is_some_and(|c| matches!(c, '村' | '区'))
        && regions::ends_with_village(opening())
    {
        return true;
    }
    // `全市13个县（区）A均达到80%以上`, `各县（区）A在…之间`: a floor or a spread
    // over several regions.
    if clause.iter().any(|c| matches!(c, '个' | '各')) && regions::several_regions(opening()) {
        return true;
    }
    // `城关二中…`, `县第一中学…`, `实验中学…`, `城关一小…`, `龙潭完小…`,
    // `县实验学校…`, `全校…`, `该校…`: a school, named.
    // (`我们园今年…`, `全园…`: a kindergarten.)
    if (clause.iter().any(|c| regions::SCHOOL_MARKS.contains(c))
        && search::contains_any(opening(), regions::SCHOOLS))
        || (clause.contains(&regions::KINDERGARTEN_MARK)
            && search::contains_any(opening(), regions::KINDERGARTENS))
    {
        return true;
    }
    // `外国语学校大班额比例为12%`, `育才学校…`, `县职教中心…`: a school named by
    // a name of its own right before the indicator's, as a sentence's
    // subject is ([`regions::opens_with_school`]; it was the region's).
    if clause
        .iter()
        .any(|c| matches!(c, '校' | '学' | '心' | '团'))
        && regions::opens_with_school(text.slice(at - clause.len(), at + 1))
    {
        return true;
    }
    if !may_list && !may_name_other {
        return false;
    }
    let opening = opening();
    if may_name_other && region.is_some_and(|own| regions::names_other(opening, own)) {
        return true;
    }
    if !may_list {
        return false;
    }
    let listed_regions = opening
        .split(PART_LIST)
        .filter(|w| {
            let w = w.trim_start();
            regions::is_region(w) && !w.starts_with(regions::BY_LEVEL)
        })
        .count()
        >= 2;
    // `有8个县区`, or a list closed by a count (`历城、章丘等4区`).
    let counted = ["有", "等"]
        .iter()
        .any(|w| search::starts(opening, w).any(|i| counted_after(&opening[i + w.len()..])));
    let stage = links::SCHOOL_STAGES.iter().any(|w| {
        search::starts(opening, w)
            .any(|i| !opening[..i].ends_with('中') || opening[..i].ends_with("其中"))
    });
    counted || listed_regions || stage
}

/// Whether the paragraph that `mention` stands in (its text after the last
/// line break, or the case's start, within [`PARAGRAPH_REACH`] bytes:
/// further back, no subject is carried) opens by naming another region
/// than `own` as its subject ([`regions::named_at_start`]: `桐坪县一般公共
/// 预算…`, `金沙县方面，`).
fn paragraph_opens_with_other(text: &CaseText<'_>, at: usize, own: &str) -> bool {
    let end = text.byte_at_char.get(at).map_or(0, |b| *b as usize);
    let from = end.saturating_sub(PARAGRAPH_REACH);
    let Some(bytes) = text.normal.as_bytes().get(from..end) else {
        return false;
    };
    // The case's start opens its first paragraph.
    let start = match memchr::memrchr(b'\n', bytes) {
        Some(newline) => text.char_offset(from + newline + 1),
        None if from == 0 => 0,
        None => return false,
    };
    // After the marks of a list item or a heading in Markdown (`- **金沙县**：`).
    let opens_with_other = |opening: &str| {
        let opening =
            opening.trim_start_matches(['*', '-', '#', '·', '•', ' ', '\u{3000}', '【', '[']);
        regions::named_at_start(opening).is_some_and(|head| {
            regions::opens_as_subject(opening, head) && regions::names_other(head, own)
        })
    };
    if opens_with_other(text.slice(start, (start + OPENING_REACH).min(at))) {
        return true;
    }
    // `（一）云岗区：“一园一策”扩充普惠资源` over the case's paragraphs: a case
    // titled with another region is about it (its figures were the city's).
    // (The case's title as the plans titles are read: `crate::title_of`.)
    start > 0 && crate::title_of(&text.normal).is_some_and(opens_with_other)
}

/// How far back, in characters, [`earlier_clause_names_other`] looks for
/// the clause that names the subject.
const SUBJECT_REACH: usize = 80;

/// `城关镇新建公办园2所，公办园在园幼儿占比为41.5%`, `其中，云岭彝族自治县7.95亿元，
/// 生均…比上年下降1.3%`, `全市…稳步提高，其中，白石县新建公办园5所，普惠性幼儿园
/// 覆盖率达到88.6%`: a clause that names no subject (the one at `start`) goes
/// on with the nearest earlier clause of its sentence that does. When
/// that clause opens with a region other than `own` (after `其中`, which
/// only says a part follows), the figure is that region's (it was the
/// section's: a town's 41.5% failed the county, a county's fall the city's
/// 只增不减). A clause that opens with the region by its level (`全市`) or
/// by its name is the section's own, and ends the walk; so does the end of
/// the mention before (at `earlier`), whose own reading placed its clauses.
/// So is the urban area as the subject of a stock (`城区共有幼儿园86所，公办园
/// 在园幼儿占比为31.6%`: the urban area's 31.6 failed the county), its large
/// classes too (see [`opening_names_a_part`]).
fn earlier_clause_names_other(
    text: &CaseText<'_>,
    earlier: usize,
    start: usize,
    own: &str,
) -> bool {
    let from = earlier.max(start.saturating_sub(SUBJECT_REACH));
    let mut at = start;
    // Each earlier clause, nearest first, while a comma ends the one before.
    while at > from && matches!(text.chars.get(at - 1), Some(',' | '，')) {
        let end = at - 1;
        let begin = text
            .find_backward(from, end, ends_clause)
            .map_or(from, |p| p + 1);
        if begin == from && from > 0 {
            return false;
        }
        let opening = text
            .slice(begin, end.min(begin + OPENING_REACH + 2))
            .trim_start();
        let opening = opening
            .strip_prefix(links::PART_OF)
            .map_or(opening, |rest| rest.trim_start_matches([':', ' ']));
        // (The own region named at the start is no other: the walk ends.)
        if opening.starts_with(regions::BY_LEVEL) {
            return false;
        }
        if let Some(head) =
            regions::named_at_start(opening).or_else(|| regions::town_at_start(opening))
            && regions::opens_as_subject(opening, head)
        {
            return regions::names_other(head, own);
        }
        // (`…达到53.2%，但城区共有幼儿园146所，…`: after a conjunction.)
        if text
            .chars
            .get(begin..end)
            .is_some_and(regions::may_name_urban_area)
            && regions::after_urban_area({
                let clause = text.slice(begin, end).trim_start();
                search::after_any(clause, &plans::BUT).unwrap_or(clause)
            })
            .is_some_and(periods::states_stock)
        {
            return true;
        }
        at = begin;
    }
    false
}

/// Whether the sentence that the clause at `start` (whose words before the
/// name are `opening`) stands in opens with a school named as its subject,
/// in an earlier clause (`红旗镇中心学校新建教学楼1栋，大班额比例降至3.1%`): the
/// figures and claims of its later clauses that name no subject of their own
/// are the school's (they were the county's). A clause that names one
/// (`全县…`, `我县…`) is its own.
fn school_opens_sentence(text: &CaseText<'_>, start: usize, opening: &[char]) -> bool {
    // (`全县`, `我县`, `本区`, a region's name: a word by level, or a
    // level.)
    if opening
        .iter()
        .any(|c| regions::BY_LEVEL.contains(c) || regions::is_level(*c))
    {
        return false;
    }
    // A clause that opens its sentence was read already; further back than
    // [`SCHOOL_REACH`], no subject is carried (and the walk is bounded).
    if start == 0 || text.chars.get(start - 1).is_none_or(|c| ends_sentence(*c)) {
        return false;
    }
    let Some(end) = text.find_backward(start.saturating_sub(SCHOOL_REACH), start, ends_sentence)
    else {
        if start > SCHOOL_REACH {
            return false;
        }
        return school_opens_sentence_at(text, 0, start);
    };
    school_opens_sentence_at(text, end + 1, start)
}

/// Whether the clause before the one that starts at `start` is a subgroup
/// among whom the figures after it count: `农村学校中，`, `新招聘教师中，`,
/// `从抽查的12所学校看，` (a word of [`regions::SUBGROUPS`], then `中` or the
/// `看` of a viewpoint, and a comma). The figures were the region's.
fn subgroup_clause_before(text: &CaseText<'_>, start: usize) -> bool {
    let Some(among) = start.checked_sub(2) else {
        return false;
    };
    if !text
        .chars
        .get(among)
        .is_some_and(|c| *c == '中' || regions::VIEWPOINT.1.starts_with(*c))
        || !text
            .chars
            .get(start - 1)
            .is_some_and(|c| matches!(c, '，' | ','))
    {
        return false;
    }
    let from = among.saturating_sub(PART_OPENING);
    let clause_start = text
        .find_backward(from, among, ends_clause)
        .map_or(from, |p| p + 1);
    search::contains_any(text.slice(clause_start, among), regions::SUBGROUPS)
}

/// How far back from a clause a school that opens its sentence is looked
/// for, in characters.
const SCHOOL_REACH: usize = 48;

/// Whether the sentence starting at `from` (before its item's number)
/// opens with a school, in a first clause that ends before `start`.
fn school_opens_sentence_at(text: &CaseText<'_>, from: usize, start: usize) -> bool {
    let lead = from + item_number(text, from, start);
    if lead >= start {
        return false;
    }
    // (The first clause ends at a comma: `、` lists.)
    text.find_forward(lead, start, ends_clause)
        .filter(|&end| matches!(text.chars[end], '，' | ','))
        .is_some_and(|end| regions::opens_with_school(text.slice(lead, end)))
}

/// How many characters before a name (or a claim's phrase) its clause's
/// opening is looked at for a part.
const PART_OPENING: usize = 16;

/// Whether the sentence that `clause` (the start of a clause) stands in
/// sets out an example before it (`以白石镇为例，…`, `以县实验小学为例：…`):
/// a town's, a school's or another region's figures and claims, not the
/// region's. `以我县为例` (or the region's own name) is the region itself.
/// So does a view of regions other than the section's own
/// (`从各县（市、区）看，…`, [`regions::views_others`]).
fn example_before(text: &CaseText<'_>, clause: usize, region: Option<&str>) -> bool {
    let lead = sentence_start(text, clause);
    let before = text.slice(lead, clause);
    let example = || {
        let end = search::find(before, regions::EXAMPLE.1)?;
        let open = before[..end].rfind(regions::EXAMPLE.0)?;
        let named = &before[open + regions::EXAMPLE.0.len()..end];
        Some(
            !named.is_empty()
                && region.is_none_or(|own| regions::after_own(named, own) != Some("")),
        )
    };
    example().unwrap_or(false) || regions::views_others(before, region)
}

/// Whether the words right after a figure that ends at `end`, after a
/// comma, refute it ([`plans::refutes_figure`], within
/// [`REFUTATION_REACH`] characters): `…为86.0%，与实际不一致`, `…，经核查不
/// 属实`.
fn refuted_after(text: &CaseText<'_>, end: usize) -> bool {
    if !matches!(text.chars.get(end), Some(',' | '，')) {
        return false;
    }
    let stop = (end + 1 + REFUTATION_REACH).min(text.chars.len());
    // (Each word holds `不`, `失` or `误`: one look at a few characters
    // rules most clauses out.)
    text.chars
        .get(end + 1..stop)
        .is_some_and(|words| words.iter().any(|c| matches!(c, '不' | '失' | '误')))
        && plans::refutes_figure(text.slice(end + 1, stop))
}

/// How many characters after a figure's comma a refutation is looked for:
/// `经核查不属实`, `与实际不一致`.
const REFUTATION_REACH: usize = 8;

/// How many characters a clause that sets out a place (`在白沙镇，`) may hold.
const PLACE_REACH: usize = 14;

/// Whether the clause right before the one at `clause` only sets out a
/// place that is a part of the region (`在白沙镇，普惠性幼儿园覆盖率达到95%`,
/// `在城关一小，课后服务…`: [`regions::place_set_out`]): what its sentence
/// says next is the place's (a town's 95% passed the county).
fn place_set_out_before(text: &CaseText<'_>, clause: usize, region: Option<&str>) -> bool {
    // (A place ends with its level or a school's mark, right before the
    // comma: one look rules most clauses out.)
    if clause < 3
        || !matches!(text.chars.get(clause - 1), Some(',' | '，'))
        || !text
            .chars
            .get(clause - 2)
            .is_some_and(|c| regions::is_level(*c) || regions::SCHOOL_MARKS.contains(c))
    {
        return false;
    }
    let end = clause - 1;
    let reach = end.saturating_sub(PLACE_REACH);
    let begin = match text.find_backward(reach, end, ends_clause) {
        Some(p) => p + 1,
        None if reach == 0 => 0,
        None => return false,
    };
    let begin = begin + item_number(text, begin, end);
    text.chars.get(begin) == Some(&regions::PLACE_SET_OUT)
        && regions::place_set_out(text.slice(begin, end))
            .is_some_and(|place| regions::names_part_within(place, region.unwrap_or_default()))
}

/// How far back, in bytes, a paragraph's opening is looked for.
const PARAGRAPH_REACH: usize = 900;

/// How many characters open a paragraph with its region.
const OPENING_REACH: usize = 10;

/// Whether `rest` opens with a count of regions or schools: `8个`, `4所`,
/// `4区`, `三县`.
fn counted_after(rest: &str) -> bool {
    let digits = rest
        .chars()
        .take_while(|c| numerals::is_digit_or_numeral(*c))
        .count();
    // (`有2个超大班额`, `有3个66人以上超大班额`: the count of the name right
    // after it, what is left, not regions counted; see [`count_before`].)
    let mut after = rest.chars().skip(digits);
    digits > 0
        && after.next().is_some_and(|c| {
            regions::is_level(c)
                || (matches!(c, '个' | '所')
                    && after
                        .next()
                        .is_some_and(|c| !numerals::is_digit_or_numeral(c)))
        })
}

/// What joins the regions of a list that names a part (`东岭县、西河区`).
const PART_LIST: [char; 3] = ['、', '和', '及'];

/// The characters of `from..at` after the last clause end among them (all
/// of them when there is none): the opening of the clause that `at` stands
/// in, when it starts within the window.
fn clause_before<'t>(text: &'t CaseText<'_>, from: usize, at: usize) -> &'t [char] {
    let window = text.chars.get(from..at).unwrap_or_default();
    window
        .iter()
        .rposition(|c| ends_clause(*c))
        .map_or(window, |end| &window[end + 1..])
}

/// `words` after a bracketed note that opens them (`（不含民办园）为`: `为`),
/// or all of them.
fn after_note(words: &str) -> &str {
    words
        .strip_prefix(NOTE_OPEN)
        .and_then(|inside| inside.split_once(NOTE_CLOSE))
        .map_or(words, |(_, after)| after)
}

/// Whether `mention` is what something is compared with: its clause opens
/// with the comparison (`，比当地公务员平均工资收入低0.3万元`), or it and the
/// mention before it stand in one clause, a few words apart, and the words
/// between them hold a comparison (`低于`, `高于`, `超过`, `比`, `较`):
/// `义务教育教师平均工资收入低于当地公务员平均工资收入约1800元`.
fn compared_with(text: &CaseText<'_>, mentions: &[Mention], mention: &Mention) -> bool {
    // `A为10.2万元，比当地公务员平均工资收入水平低0.3万元`: a clause that
    // opens by comparing with the name (`比`, `较`, a place word or two
    // between) makes it the base; the figure after it is the gap.
    let from = mention.start.saturating_sub(6);
    let opening = clause_before(text, from, mention.start);
    // With no clause end in the window, the clause opens further back
    // (unless the window reaches the start of the case).
    let opening = if from > 0 && opening.len() == mention.start - from {
        &[]
    } else {
        &opening[opening.iter().take_while(|c| c.is_whitespace()).count()..]
    };
    if opening.len() <= 4
        && matches!(opening.first(), Some('比' | '较'))
        // `比上年`, `较去年`: the year before, not the name, is the base.
        && !matches!(opening.get(1), Some('上' | '去'))
    {
        return true;
    }
    // `与当地公务员平均工资收入的差距由0.9万元缩小到0.3万元`: the gap with
    // the name, not its level.
    if opening.len() <= 4 && matches!(opening.first(), Some('与' | '同')) {
        let after = text.slice(mention.end, mention.end + 3);
        let after = after.strip_prefix('的').unwrap_or(after);
        if changes::OTHER_COMPARISONS
            .iter()
            .any(|w| after.starts_with(w))
        {
            return true;
        }
    }
    // `A达到11.8万元，高于当地公务员平均工资收入水平0.2万元`: a clause that
    // opens with `高于` (`低于`, `超过`; `略高于`, `均高于`) and the name.
    let degree = opening
        .iter()
        .take_while(|c| changes::DEGREES.contains(c))
        .count();
    let opening = &opening[degree..];
    if changes::OTHER_COMPARISONS.iter().any(|w| {
        let mut opening = opening.iter();
        w.chars().all(|c| opening.next() == Some(&c))
    }) {
        return true;
    }
    // Mentions are sorted by start: look back from this one, not from the
    // end of the case (that made a case of many mentions quadratic).
    let earlier = &mentions[..mentions.partition_point(|m| m.start < mention.start)];
    let Some(before) = earlier.iter().rev().find(|m| m.end <= mention.start) else {
        return false;
    };
    let between = text.slice(before.end, mention.start);
    let comparison = changes::COMPARISONS
        .iter()
        .chain(&changes::OTHER_COMPARISONS);
    between.chars().count() <= LINK_LIMIT
        && !between.chars().any(ends_clause)
        && search::contains_any(between, comparison)
}

/// Whether the figure `at` is the size of a gap, not a level: `尚有2730元
/// 差距`, `…2730元的差距`, `差距为2730元`, `相差2730元` (`教师年平均工资与当地
/// 公务员尚有2730元差距` read 2730 as both salaries, and passed the parity).
fn states_gap(text: &CaseText<'_>, at: &Quantity) -> bool {
    let after = text.slice(at.end, at.end + 3);
    let after = after.strip_prefix('的').unwrap_or(after);
    let before = text.slice(at.start.saturating_sub(3), at.start);
    let before = before.strip_suffix(['为', '是']).unwrap_or(before);
    changes::GAP_WORDS
        .iter()
        .any(|w| before.ends_with(w) || after.starts_with(w))
}

/// What the extractor knows about a case beyond its text: the report's
/// year (a change against an older year is not growth, and `到2025年` is a
/// plan only when 2025 is still ahead) and whether the case stands in a
/// section of plans (`下一步工作打算`), whose every figure is a target,
/// and the region the section is about (its heading's, or else the
/// title's), so that a figure of another region named in it (`其中，东平县…`)
/// is not read as the section's.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    pub year: Option<i32>,
    pub plan_section: bool,
    pub region: Option<&'a str>,
    /// The report answers the inspectors' feedback
    /// ([`dutycheck_vocab::genres::rectification`]): an item labelled as
    /// its problem (`问题：A为76.5%`) states the state found, even when its
    /// remedy is told in the next item.
    pub rectification: bool,
}

/// What a case states about its indicators: levels (and from→to and
/// change-only statements), targets, and the mentions nothing was read from.
#[derive(Debug, Default)]
pub struct Statements {
    pub indicators: Vec<IndicatorValue>,
    pub targets: Vec<IndicatorValue>,
    pub unread: Vec<UnreadMention>,
}

/// One statement read for one mention, before it is sorted into levels and
/// targets.
struct Read<'q> {
    kind: StatementKind,
    /// The figure stating the level (`None` for a change alone).
    level: Option<&'q Quantity>,
    change: Option<Change>,
    /// Where the statement is: the level's figure, or the first figure of a
    /// change stated alone.
    at: &'q Quantity,
    /// The change against the year before is said in words only
    /// (`较上年有所下降，为93.1%`): the level is read, the change is an
    /// unread mention ([`UnreadMentionReason::UnsizedChange`]) with the
    /// direction said.
    unsized_change: Option<Direction>,
    /// The figures were already placed in their years (a list stated for
    /// an earlier year, then again for the report's: see
    /// [`restated_list`]): the level is the report's year's, and the
    /// sentence's earlier year is its base's.
    dated: bool,
}

impl<'q> Read<'q> {
    /// A level stated by figure `q`, with the change read for it, if any.
    fn level(q: &'q Quantity, change: Option<Change>) -> Read<'q> {
        Read {
            kind: StatementKind::Level,
            level: Some(q),
            change,
            at: q,
            unsized_change: None,
            dated: false,
        }
    }

    /// A change stated alone (no level), at its first figure `at`.
    fn change_alone(at: &'q Quantity, change: Change) -> Read<'q> {
        Read {
            kind: StatementKind::Change,
            level: None,
            change: Some(change),
            at,
            unsized_change: None,
            dated: false,
        }
    }
}

/// Binds mentions (from [`MentionFinder::find`]) to figures, as statements.
/// `quantities` are the case's figures, in order.
///
/// Each mention is read by the first form that fits (see the module
/// documentation): a list (`A、B分别达X、Y`), a change first (`较上年提高1.2
/// 个百分点，达到93.4%`, or a change alone), a from→to, a level, a value
/// before the name (`86.5%的…`). A statement whose sentence is a plan or a
/// requirement becomes a target. A mention that no form fits is recorded as
/// unread, with the reason.
pub fn bind(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    catalog: &Catalog,
    cx: Context<'_>,
) -> Statements {
    let indicators = catalog.indicators();
    let kind_of = |m: &Mention| indicators.get(m.indicator).map(|i| i.kind);
    let mut out = Statements::default();
    // Names that open a row of a table are read by the table's columns.
    let rows = tables::rows(text, quantities, mentions, &kind_of, cx.year, cx.region);
    let mut in_table = vec![false; mentions.len()];
    for row in &rows {
        in_table[row.mention] = true;
    }
    let mut rows = rows.into_iter().peekable();
    let mut i = 0;
    while i < mentions.len() {
        if in_table[i] {
            while let Some(row) = rows.next_if(|r| r.mention <= i) {
                table_row(&mut out, text, quantities, mentions, catalog, &row, cx);
            }
            i += 1;
            continue;
        }
        // `A不低于当地B，2022年分别为X、Y`: the two names of a claim, then
        // their figures, in order.
        if let Some(pair) = mentions
            .get(i..i + 2)
            .filter(|_| !in_table.get(i + 1).copied().unwrap_or(true))
            && let Some((a, b)) = claimed_pair_then_figures(text, quantities, pair, &kind_of)
        {
            for (mention, q) in pair.iter().zip([a, b]) {
                let read = Read::level(q, None);
                state(
                    &mut out,
                    text,
                    quantities,
                    mentions,
                    catalog,
                    mention,
                    Some(read),
                    true,
                    cx,
                );
            }
            i += 2;
            continue;
        }
        // A group of mentions joined by list separators: A、B、C.
        let mut j = i + 1;
        while j < mentions.len()
            && !in_table[j]
            && joins_names(text.slice(mentions[j - 1].end, mentions[j].start))
        {
            j += 1;
        }
        let group = &mentions[i..j];
        let listed = if group.len() > 1 {
            list_after(text, quantities, group, &kind_of, cx.year).or_else(|| {
                list_before(text, quantities, group, &kind_of)
                    .map(|levels| ListFigures { levels, from: None })
            })
        } else {
            None
        };
        let reads: Vec<(&Mention, Option<Read<'_>>)> = match listed {
            Some(ListFigures { levels, from }) => {
                let kinds: Vec<QuantityKind> = group
                    .iter()
                    .zip(&levels)
                    .map(|(m, q)| kind_of(m).unwrap_or(q.kind))
                    .collect();
                // `2022年A、B分别为X、Y，2023年分别为Z、W`: the first list is
                // the earlier year's, the bases of the second.
                let (levels, from, statement) = match from {
                    Some((from, year)) => (levels, Some((from, year)), StatementKind::FromTo),
                    None => match restated_list(
                        text, quantities, mentions, group, &levels, &kinds, cx.year,
                    ) {
                        Some((again, Some(year))) => {
                            (again, Some((levels, Some(year))), StatementKind::Level)
                        }
                        // (The reported list is no base of the checked.)
                        Some((again, None)) => (again, None, StatementKind::Level),
                        None => (levels, None, StatementKind::Level),
                    },
                };
                let respective = levels
                    .last()
                    .map(|last| respective_changes(text, quantities, last, &kinds, cx.year));
                group
                    .iter()
                    .zip(&levels)
                    .zip(&kinds)
                    .enumerate()
                    .map(|(i, ((m, &q), &k))| {
                        let stated = match &respective {
                            Some(Respective::Each(changes)) => changes.get(i).cloned(),
                            // `分别…` whose figures do not line up: no
                            // figure's change is guessed.
                            Some(Respective::Unmatched) => None,
                            Some(Respective::None) | None if from.is_none() => {
                                change_after(text, quantities, q, k, cx.year)
                            }
                            Some(Respective::None) | None => None,
                        };
                        let read = match from.as_ref().and_then(|(f, y)| Some((*f.get(i)?, *y))) {
                            Some((base, year)) => Read {
                                kind: statement,
                                level: Some(q),
                                change: Some(with_base(stated, base, q, k, Base::of(base, year))),
                                at: q,
                                unsized_change: None,
                                dated: true,
                            },
                            None => Read::level(q, stated),
                        };
                        (m, Some(read))
                    })
                    .collect()
            }
            // A list whose figures do not line up binds nothing rather than
            // guessing: its mentions stay unread.
            None if group.len() > 1 => {
                match list_change_first(text, quantities, group, &kind_of, cx.year) {
                    Some(reads) => group.iter().zip(reads.into_iter().map(Some)).collect(),
                    None => {
                        let each = each_after(text, quantities, group, &kind_of);
                        group
                            .iter()
                            .map(|m| {
                                let read = each.map(|q| Read::level(q, None));
                                (m, read)
                            })
                            .collect()
                    }
                }
            }
            None => group
                .iter()
                .map(|m| {
                    (
                        m,
                        kind_of(m).and_then(|k| single(text, quantities, m, k, cx)),
                    )
                })
                .collect(),
        };
        for (mention, read) in reads {
            state(
                &mut out, text, quantities, mentions, catalog, mention, read, false, cx,
            );
        }
        i = j;
    }
    out.targets.sort_by_key(|t| t.start);
    respective_after_run(&mut out.indicators, text, quantities, cx.year);
    respective_after_pairs(&mut out.indicators, text, quantities, cx.year);
    levels_after_respective_changes(&mut out.indicators, text, quantities, catalog);
    give_growth_to_numerator(&mut out.indicators, catalog);
    out
}

/// `A6.1亿元、B10230元，同比分别增长2.1%、-1.3%`: two names, each with its
/// own level, then one change for each, in order (`，分别比上年减少1.7%、0.9%`,
/// which B's own reading does not take: no change of B's opens with `分别`). Read after B's figure
/// alone, the first change was B's (and A had none), so B's fall was a
/// rise. When the changes do not line up with the levels (`分别增加0.2亿元
/// 和减少136元`), neither level keeps one: a change that is some other
/// name's is no change of its own.
fn respective_after_pairs(
    values: &mut [IndicatorValue],
    text: &CaseText<'_>,
    quantities: &[Quantity],
    year: Option<i32>,
) {
    for i in 1..values.len() {
        let (a, b) = (&values[i - 1], &values[i]);
        if a.statement != StatementKind::Level
            || b.statement != StatementKind::Level
            || a.change.is_some()
            || b.change
                .as_ref()
                .is_some_and(|c| c.derived || c.base.is_some())
            || a.end >= b.start
            // With no change of B's own, only a `分别` right after B's figure
            // can give one to each.
            || b.change.is_none() && !search::contains(text.slice(b.end, b.end + 12), RESPECTIVELY)
            // The last two of a longer run (`A X，B Y，C Z，分别…`): the
            // changes are the run's, which `respective_after_run` gave or
            // found not to line up (B and C took the first two of three).
            || (i >= 2 && run_of_levels(text, &values[i - 2], a))
        {
            continue;
        }
        // B's name and words of reaching only between the two figures, after
        // a list separator.
        let between = text.slice(a.end, b.start);
        let Some(rest) = between.strip_prefix(['、', '，', ',', '和', '及']) else {
            continue;
        };
        if rest.chars().count() > PAIR_GAP || rest.chars().any(ends_clause) {
            continue;
        }
        // The figures by their start: quantities are in order.
        let at = |start: usize| {
            quantities
                .get(quantities.partition_point(|q| q.start < start))
                .filter(|q| q.start == start)
        };
        let (Some(x), Some(y)) = (at(a.start), at(b.start)) else {
            continue;
        };
        match respective_changes(text, quantities, y, &[x.kind, y.kind], year) {
            Respective::None => {}
            Respective::Each(mut changes) => {
                let for_b = changes.pop();
                let for_a = changes.pop();
                values[i - 1].change = for_a;
                values[i].change = for_b;
            }
            Respective::Unmatched => values[i].change = None,
        }
    }
}

/// `A为96.1%，B为91.3%，C为58.7%，三项指标较上年分别提高0.4、1.2、2.5个百分点`:
/// a run of three or more levels, each with no change, in clauses one after
/// the other, then a clause that names them all (`三项指标`, `上述指标`,
/// [`links::after_summary`]) or none, and lists one change for each, in
/// order, with `分别`. Each level takes its change. (The changes were lost
/// without a word.) A list of any other length leaves them alone; two
/// levels are [`respective_after_pairs`]'s.
fn respective_after_run(
    values: &mut [IndicatorValue],
    text: &CaseText<'_>,
    quantities: &[Quantity],
    year: Option<i32>,
) {
    let at = |start: usize| {
        quantities
            .get(quantities.partition_point(|q| q.start < start))
            .filter(|q| q.start == start)
    };
    let mut i = 0;
    while i < values.len() {
        let mut end = i;
        while end + 1 < values.len() && run_of_levels(text, &values[end], &values[end + 1]) {
            end += 1;
        }
        let run = i..=end;
        i = end + 1;
        if run.end() - run.start() < 2 {
            continue;
        }
        let figures: Option<Vec<&Quantity>> =
            values[run.clone()].iter().map(|v| at(v.start)).collect();
        let Some(figures) = figures else {
            continue;
        };
        let Some(last) = figures.last() else {
            continue;
        };
        if !search::contains(text.slice(last.end, last.end + 16), RESPECTIVELY) {
            continue;
        }
        let kinds: Vec<QuantityKind> = figures.iter().map(|q| q.kind).collect();
        if let Respective::Each(changes) = respective_changes(text, quantities, last, &kinds, year)
        {
            // Exactly one change for each: no further figure in the list.
            let used = changes
                .last()
                .and_then(|c| c.percent_at.or(c.value_at))
                .map_or(last.end, |s| s.end);
            let more = in_sentence_after(text, quantities, used)
                .next()
                .is_some_and(|q| links::is_list_separator(text.slice(used, q.start)));
            if !more {
                for (v, change) in values[run].iter_mut().zip(changes) {
                    v.change = Some(change);
                }
            }
        }
    }
}

/// Whether levels `a` and `b`, neither with a change, follow one another in
/// a run (`A为96.1%，B为91.3%`): a list mark, then at most [`PAIR_GAP`]
/// characters of `b`'s name and words, in one clause.
fn run_of_levels(text: &CaseText<'_>, a: &IndicatorValue, b: &IndicatorValue) -> bool {
    let bare = |v: &IndicatorValue| v.statement == StatementKind::Level && v.change.is_none();
    bare(a)
        && bare(b)
        && a.end < b.start
        // (A list mark and the gap, counted in characters: most levels stand
        // further apart, and are not sliced.)
        && b.start - a.end <= PAIR_GAP + 1
        && text
            .slice(a.end, b.start)
            .strip_prefix(['、', '，', ',', ';', '；'])
            .is_some_and(|rest| rest.chars().count() <= PAIR_GAP && !rest.chars().any(ends_clause))
}

/// `A较上年提高3.2个百分点、B下降1.5个百分点，分别达到84.6%、48.2%`: two
/// names, each with its own change, then a clause that opens with `分别` and
/// a word of being or reaching and lists one level for each, in order. The
/// levels were lost without a word (each name had its change only, and B's
/// target of 50% was never judged). The list must hold exactly two figures,
/// each of its name's kind; anything else leaves the changes alone.
fn levels_after_respective_changes(
    values: &mut [IndicatorValue],
    text: &CaseText<'_>,
    quantities: &[Quantity],
    catalog: &Catalog,
) {
    let kind = |v: &IndicatorValue| catalog.get(&v.indicator).map(|i| i.kind);
    for i in 1..values.len() {
        let (a, b) = (&values[i - 1], &values[i]);
        if a.statement != StatementKind::Change
            || b.statement != StatementKind::Change
            || a.end >= b.start
            || text.slice(a.end, b.start).chars().any(ends_sentence)
        {
            continue;
        }
        // The first figure after B's change, opening the next clause with
        // `分别` and a link (`，分别达到`, `，分别为`, `，分别提高到`).
        let next = quantities.partition_point(|q| q.start < b.end);
        let Some(first) = quantities.get(next) else {
            continue;
        };
        let opening = text.slice(b.end, first.start);
        let Some(link) = opening
            .strip_prefix([',', '，'])
            .and_then(|o| o.strip_prefix(RESPECTIVELY))
        else {
            continue;
        };
        if link.chars().count() > LINK_LIMIT || !(link.is_empty() || links(link)) {
            continue;
        }
        let listed = figures_listed(text, quantities, first);
        let (Some(x), Some(y)) = (
            quantities.get(listed.start),
            quantities.get(listed.start + 1),
        ) else {
            continue;
        };
        if listed.len() != 2
            || listed.start != next
            || kind(a) != Some(x.kind)
            || kind(b) != Some(y.kind)
        {
            continue;
        }
        for (v, q) in [(i - 1, x), (i, y)] {
            let v = &mut values[v];
            v.statement = StatementKind::Level;
            v.value = Some(q.value);
            v.unit = q.unit.clone();
            v.qualifier = q.qualifier;
            (v.start, v.end, v.line, v.column) = (q.start, q.end, 0, 0);
        }
    }
}

/// The most characters between the first name's figure and the second
/// name's in `A X、B Y`: the second name and its word of reaching.
const PAIR_GAP: usize = 24;

/// `一般公共预算教育支出12.6亿元，占一般公共预算支出的19.8%，比上年增长3.2%`:
/// the growth after a share named by its denominator alone is the
/// numerator's, the level the sentence is about. A share's own change is a
/// difference of rates, written in 个百分点; a relative change in % read for
/// it moves to the level right before, when that level has none.
fn give_growth_to_numerator(levels: &mut [IndicatorValue], catalog: &Catalog) {
    for i in 1..levels.len() {
        let (before, rest) = levels.split_at_mut(i);
        let (share, numerator) = (&mut rest[0], &mut before[i - 1]);
        let elliptical = share.mention.starts_with(links::SHARE_OF);
        let relative = share
            .change
            .as_ref()
            .is_some_and(|c| c.percent.is_some() && c.value.is_none() && c.base.is_none());
        // The catalog lookups last, and only when needed: `numerator` scans
        // the catalog, and this runs for every pair of levels of every case.
        let named = || match (
            catalog.position(&share.indicator),
            catalog.position(&numerator.indicator),
        ) {
            (Some(s), Some(n)) => catalog.numerator(s) == Some(n),
            _ => false,
        };
        if elliptical
            && relative
            && numerator.change.is_none()
            && numerator.end <= share.start
            && named()
        {
            numerator.change = share.change.take();
        }
    }
}

/// What a row of a table states (see [`tables`]): its level, read like any
/// other (a plan section's row is a target), its change (the change
/// column's, measured from the year before's column when there is one; or
/// the change from that column), and the standards and targets of its
/// columns. A row with no level column stays unread.
fn table_row(
    out: &mut Statements,
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    catalog: &Catalog,
    row: &tables::Row<'_>,
    cx: Context<'_>,
) {
    let Some(mention) = mentions.get(row.mention) else {
        return;
    };
    let Some(indicator) = catalog.indicators().get(mention.indicator) else {
        return;
    };
    // `| 大班额比例 | 2.3% | 7.0% |` under `| 项目 | 小学 | 初中 |`: the parts'
    // figures, said as a part's are.
    if row.parts {
        out.unread.push(UnreadMention {
            reason: UnreadMentionReason::Part,
            ..unread(
                text,
                quantities,
                mention,
                indicator,
                text.original_text(mention.start, mention.end),
            )
        });
        return;
    }
    let read = row.level.map(|q| {
        let change = match row.base {
            Some(b) => {
                let base = Base::of(b, cx.year.map(|y| y - 1));
                Some(with_base(row.change.clone(), b, q, indicator.kind, base))
            }
            None => row.change.clone(),
        };
        Read::level(q, change)
    });
    state(
        out, text, quantities, mentions, catalog, mention, read, false, cx,
    );
    for q in &row.targets {
        let base = IndicatorValue {
            indicator: indicator.id.clone(),
            name: indicator.name.clone(),
            mention: text.original_text(mention.start, mention.end),
            statement: StatementKind::Target,
            value: None,
            unit: Text::EMPTY,
            qualifier: Qualifier::Exact,
            upper: None,
            change: None,
            line: q.line,
            column: q.column,
            start: q.start,
            end: q.end,
            year: None,
        };
        out.targets
            .push(restated(&base, q, StatementKind::Target, None, None));
    }
}

/// Records what was read for one mention: its statement (a level, a
/// from→to, a change, or a target when its sentence is a plan), the
/// statements that follow it about the same indicator (the value actually
/// reached, a plan, a standard), or, when nothing was read, why.
#[allow(clippy::too_many_arguments)]
fn state(
    out: &mut Statements,
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    catalog: &Catalog,
    mention: &Mention,
    read: Option<Read<'_>>,
    paired: bool,
    cx: Context<'_>,
) {
    let indicators = catalog.indicators();
    let Some(indicator) = indicators.get(mention.indicator) else {
        return;
    };
    let mention_text = text.original_text(mention.start, mention.end);
    // `生均…教育支出`, `按在校学生人数平均的…`: a per-head figure is
    // another indicator than the total the name stands for.
    let before = text.slice(mention.start.saturating_sub(5), mention.start);
    // `校长本科以上学历比例`: the principals', not the teachers'. (A rate
    // is no sum: `全市平均公办园在园幼儿占比` is the city's, over its
    // counties; it was dropped, unsaid.)
    // (A name that is per head itself, `…平均的生均…支出`, is its own.)
    let per_head = indicator.kind != QuantityKind::Percent
        && links::PER_HEAD.iter().any(|w| before.ends_with(w))
        && !links::PER_HEAD_NAMES
            .iter()
            .any(|w| text.slice(mention.start, mention.end).starts_with(w));
    if per_head || links::OTHER_SUBJECTS.iter().any(|w| before.ends_with(w)) {
        return;
    }
    // `A低于当地公务员平均工资收入约1800元`, `A比B高出2300元`: B is what A
    // is measured against; the figure after B is the difference, never
    // B's level (nor B's growth). With no figure read (`A不低于B，…`), the
    // usual reason stands.
    // `A为10.6万元，低于当地公务员平均工资收入水平（11.2万元）`: the figure
    // that opens a bracket right after the base's name is the base's own
    // level, when the base is another indicator than what it is compared
    // with (`低于全省普惠性幼儿园覆盖率（85.2%）` is another region's).
    let bracketed = read.as_ref().is_some_and(|r| {
        text.chars.get(mention.end) == Some(&NOTE_OPEN)
            && r.at.start == mention.end + 1
            && mentions[..mentions.partition_point(|m| m.start < mention.start)]
                .last()
                .is_some_and(|m| m.indicator != mention.indicator)
    });
    if read.is_some()
        && !paired
        && !bracketed
        && (compared_with(text, mentions, mention)
            || read.as_ref().is_some_and(|r| states_gap(text, r.at)))
    {
        out.unread.push(UnreadMention {
            reason: UnreadMentionReason::Compared,
            ..unread(text, quantities, mention, indicator, mention_text)
        });
        return;
    }
    // The name this one continues, if any (`全省A为91%，B为86%`).
    let head = chain_head(text, mentions, mention);
    // An amount that is not the indicator's: `拨付生均公用经费3.2亿元`, the
    // sum paid under a per-head name, not the amount per student;
    // `挤占挪用一般公共预算教育支出1860万元`, the portion an audit found
    // misused, not the amount.
    if let Some(read) = read.as_ref()
        && indicator.kind == QuantityKind::Money
        && let Some(reason) = if sum_paid(text, mention, read.at) {
            Some(UnreadMentionReason::Total)
        } else if portion_of(text, mention, read.at) {
            Some(UnreadMentionReason::Portion)
        } else {
            None
        }
    {
        out.unread.push(UnreadMention {
            reason,
            ..unread(text, quantities, mention, indicator, mention_text)
        });
        return;
    }
    // `东岭县、西河区普惠性幼儿园覆盖率分别为…`, `有8个县区…`, `小学、初中专任
    // 教师…`, `城区学校…`: the figure is a part's, not the region's.
    // A plan or a requirement for a part (`要求各县（市、区）…不低于18%`) is
    // still a target: targets are not judged as the region's level.
    // (`东山县A比上年增长8.6%，而我县比上年下降2.1%`: the section's own change,
    // in the next clause, is then read as any change is.)
    let own_change = if let Some(read) = read.as_ref()
        && (names_a_part(text, mentions, mention, cx.region)
            // (Not the share before its name, `100%的学校开展课后服务`:
            // the group after it is what the share counts.)
            || (read.at.start > mention.start && threshold_of_a_group(text, read.at))
            // `A最低的乡镇为79.6%`, `A最高的学校为18.5%`: the one at an end,
            // a part (it was read as the county's level).
            || (text
                .chars
                .get(mention.end..read.at.start)
                .is_some_and(|between| between.contains(&links::EXTREME_MARK))
                && search::contains_any(text.slice(mention.end, read.at.start), links::EXTREMES))
            // `A下降的县占比为15.4%`: the share of counties, not A's.
            || (text
                .chars
                .get(mention.end..read.at.start)
                .is_some_and(|between| between.contains(&regions::COUNT_MARK))
                && regions::counts_by_name(text.slice(mention.end, read.at.start)))
            // The head was read before: a part then, a part now.
            || head.is_some_and(|head| {
                out.unread
                    .iter()
                    .rev()
                    .take(CHAIN_LOOKBACK)
                    .any(|u| u.start == head.start && u.reason == UnreadMentionReason::Part)
            })
            || other_between(text, mention, read.at, cx)
            // `一般公共预算教育支出中学前教育支出1.1亿元`, `…用于学前教育1.1亿元`:
            // an item of the total, not the total (its fall failed the
            // growth rule).
            || links::names_item_of(text.slice(mention.end, read.at.start))
            || urban_then_own(
                text,
                quantities,
                mentions,
                mention,
                read.at,
                indicator.kind,
                cx,
            ))
        && !(cx.plan_section
            || plan(
                text,
                sentence_start(text, mention.start),
                mention,
                mentions,
                read.at,
                cx,
                paired || read.change.as_ref().is_some_and(|c| !c.derived),
            )
            .is_some())
    {
        let at = read.at;
        // `石泉县城区学校大班额比例为6.3%，仍高于5%的控制目标`: the part's
        // figure is not the region's, but the standard it is measured
        // against is the region's too.
        let named = || {
            (
                indicator.id.clone(),
                indicator.name.clone(),
                mention_text.clone(),
            )
        };
        if let Some(q) = standard_after(text, quantities, mentions, at, indicator.kind) {
            out.targets.push(standard_target(named(), q));
        }
        // `全省学前三年毛入园率为91.8%，东川市达到94.6%`, `…，我市为94.6%`:
        // the next clause gives the section's own region's level, the name
        // not repeated.
        let mut own_change = None;
        if let Some(own) = cx.region
            && let Some(q) = next_clause(text, quantities, mentions, at, indicator.kind, |o| {
                states_own(o, own)
            })
        {
            let change = change_after(text, quantities, q, indicator.kind, cx.year);
            out.indicators
                .push(stated(named(), q, StatementKind::Level, change, None));
        } else if let Some(own) = cx.region
            && read.level.is_none()
        {
            // `东山县A比上年增长8.6%，而我县比上年下降2.1%`: the next clause
            // gives the section's own change, the name not repeated (the
            // county's fall was lost).
            own_change = own_change_next(text, quantities, at, own, indicator.kind, cx);
        }
        // `全市已全面消除超大班额，白石县仍有超大班额2个`: the figure of a part
        // within the region, of the report's time, is kept with it (see
        // `UnreadMention::value`).
        let value = read
            .level
            .filter(|q| {
                q.qualifier == Qualifier::Exact
                    && (q.kind == indicator.kind || crate::figures::is_zero(q))
                    && read.change.is_none()
            })
            .filter(|q| part_now(text, mention, q, cx))
            .map(|q| q.value);
        out.unread.push(UnreadMention {
            reason: UnreadMentionReason::Part,
            value,
            ..unread(text, quantities, mention, indicator, mention_text.clone())
        });
        let Some(own_change) = own_change else {
            return;
        };
        Some(own_change)
    } else {
        None
    };
    let Some(mut read) = own_change.or(read) else {
        let mut u = unread(text, quantities, mention, indicator, mention_text.clone());
        // `A高于当地B 1260元`: the figure is the gap, A's level no more than
        // B's. With no figure (`A不低于B，…`) the usual reason stands.
        if u.reason != UnreadMentionReason::NoFigure
            && let Some(next) = mentions.get(mentions.partition_point(|m| m.start < mention.end))
            && compared_with(text, mentions, next)
        {
            u.reason = UnreadMentionReason::Compared;
        }
        // `A比B高出2300元`: B, what A is measured against, with the gap
        // after it.
        if u.reason == UnreadMentionReason::Ambiguous && compared_with(text, mentions, mention) {
            u.reason = UnreadMentionReason::Compared;
        }
        // `A高于当地公务员，实际高0.3万元`: the gap, in the clause after.
        if u.reason == UnreadMentionReason::NoFigure
            && let Some(q) = in_sentence_after(text, quantities, mention.end).next()
            && gap_after_comparison(text.slice(mention.end, q.start))
        {
            u.reason = UnreadMentionReason::Compared;
        }
        // `其中，东平县生均…支出增长最快`: the change said in words is a
        // part's, and says nothing of the region's.
        if u.reason == UnreadMentionReason::UnsizedChange
            && names_a_part(text, mentions, mention, cx.region)
        {
            u.reason = UnreadMentionReason::Part;
            u.direction = None;
        }
        // `（一）关于“A下降”的问题` over `已整改。…`: the problem an item is
        // titled by, in a case that tells its remedy, is the state found,
        // not the year's fall (it contradicted the claim of the remedy).
        if u.reason == UnreadMentionReason::UnsizedChange && titled_by_problem(text, mention) {
            u.reason = UnreadMentionReason::OtherPeriod;
            u.direction = None;
        }
        // `2021年A略有下降，2023年已恢复增长`, `2021年，A有所减少` in a report
        // on 2023: a change in words of an earlier year, not the year's (it
        // failed 只增不减 as the year's fall).
        if u.reason == UnreadMentionReason::UnsizedChange
            && cx.year.is_some_and(|y| {
                earlier_year_before(text, quantities, mention, y).is_some()
                    || earlier_opening(
                        text,
                        mentions,
                        sentence_start(text, mention.start),
                        mention,
                        y,
                    )
                    .is_some()
            })
        {
            u.reason = UnreadMentionReason::OtherPeriod;
            u.direction = None;
        }
        // `下一步，确保A恢复增长`, `2024年力争A有所增长`: a change planned, in
        // words, is no change that happened (it was read as a rise, and
        // 只增不减 passed).
        if u.reason == UnreadMentionReason::UnsizedChange
            && (cx.plan_section || {
                let sentence = sentence_start(text, mention.start);
                text.plans_in(sentence, text.end_from(mention.end, ends_clause))
            })
        {
            u.reason = UnreadMentionReason::NoFigure;
            u.direction = None;
        }
        // `A与上年持平`: a change of zero, stated alone.
        if u.reason == UnreadMentionReason::NoFigure
            && let Some(value) = flat_alone(text, mentions, mention, indicator, &mention_text, cx)
        {
            out.indicators.push(value);
            return;
        }
        out.unread.push(u);
        return;
    };
    // `今年1-9月，全县财政教育支出4.37亿元`, `上半年…`: a running figure
    // for part of the year is not the year's level, nor its change.
    let sentence = sentence_start(text, mention.start);
    let lead = text.slice(sentence, read.at.start);
    // `上半年新建幼儿园5所，全年一般公共预算教育支出…`: `全年` says it
    // again for what follows.
    let part = periods::part_of_year(lead)
        && periods::part_of_year(lead.rsplit(periods::WHOLE_YEAR).next().unwrap_or(lead));
    // `教师平均工资收入每月9200元`: a month's, not the year's.
    let monthly = indicator.kind == QuantityKind::Money
        && (search::contains_any(text.slice(mention.end, read.at.start), periods::MONTHLY)
            || periods::PER_MONTH
                .iter()
                .chain(&periods::MONTHLY)
                .any(|w| text.slice(read.at.end, read.at.end + 4).starts_with(w)));
    // `近三年累计投入一般公共预算教育支出21.6亿元`, `“十三五”期间共新建…`: a sum
    // over several years is not the year's figure. Asked of the mention's
    // own clause and a short clause that opens the sentence (`近三年，`),
    // so that `近年来，…，2023年…支出7.4亿元` is still the year's.
    let total = matches!(indicator.kind, QuantityKind::Money | QuantityKind::Count)
        && read.kind == StatementKind::Level
        // The whole lead first: most name no span at all.
        && changes::names_total_span(lead)
        && spans_years(text, quantities, sentence, mention, read.at, cx.year);
    // `整改前，A为42.3%；整改后为50.6%`, `反馈意见指出，A仅为76.2%`: the state
    // before the rectification. The level is the one after it, when the
    // sentence goes on to state it.
    // `A整改前为44.6%，整改后为51.2%`, `A原为44.2%，现已达到51.0%`, `督导评价时，
    // A为44.2%，目前…`: a time before the work, named with the figure.
    let lead_words = text.slice(sentence, mention.start);
    // `春季学期…为95.3%，秋季学期…`: an earlier term of the school year.
    let earlier_term = || {
        periods::earlier_term(lead_words, || {
            text.slice(read.at.end, sentence_end(text, read.at.end))
        })
    };
    // `自评报告中A为86.0%，与实际不一致`, `…为100%，经核查不属实`: a figure the
    // next clause refutes (it was the level, and passed).
    // (Asked only of a figure no time dates: a dated one is read below.)
    let refuted = !read.dated && refuted_after(text, read.at.end);
    // `全县有超大班额12个，目前已消除8个`: the count before the work, and the
    // count removed after it (neither is what is left).
    let removed_next = || {
        read.kind == StatementKind::Level
            && indicator.kind == QuantityKind::Count
            && removed_next(text, read.at, cx.year)
    };
    // (`反馈意见指出：…下降1.9%；B比上年减少186元`: the problem found runs on
    // after a semicolon, as an earlier year does.)
    // (`督导发现，A为6.2%` in a 督学 summary that tells no remedy: the state
    // now, as its denials are: `periods::found_now`.)
    let before_remedy = || {
        (before_remedy(text, sentence, mention.start)
            || run_of_clauses(text, quantities, sentence, mention)
                .is_some_and(|first| before_remedy(text, first, mention.start)))
            && !periods::found_now(
                text.slice(sentence, mention.start),
                cx.rectification,
                text.slice(0, text.chars.len()),
            )
    };
    if !read.dated
        && (before_remedy()
            || refuted
            || earlier_term()
            || periods::names_earlier_state(text.slice(mention.end, read.at.start))
            || periods::background_label(lead_words)
            || (read.kind == StatementKind::Level
                && remedied_next(text, mentions, mention, read.at))
            || removed_next()
            || (text
                .chars
                .get(read.at.end..(read.at.end + 6).min(text.chars.len()))
                .is_some_and(|after| after.contains(&periods::PROBLEM_MARK))
                && periods::names_problem_after(text.slice(read.at.end, read.at.end + 6))
                && (search::contains(lead_words, periods::FEEDBACK)
                    // `针对督导指出的A达6.4%的问题，新建学校两所`: the problem
                    // the work answers (in a recommendation, `针对…的问题，要…`,
                    // the problem now).
                    || (!cx.plan_section
                        && search::contains_any(lead_words, periods::REMEDYING)
                        && !text.plans_in(read.at.end, sentence_end(text, read.at.end)))
                    || periods::states_after_remedy(
                        text.slice(read.at.end, sentence_end(text, read.at.end)),
                    )
                    // `关于A偏低（83%）的问题。整改情况：…`: an item titled by its
                    // problem, in a case that tells the remedy.
                    || (lead_words.trim_start().starts_with(periods::ITEM_ABOUT)
                        && periods::tells_what_was_done(text.slice(0, text.chars.len())))))
            || (periods::problem_label(lead_words)
                && (cx.rectification
                    || periods::tells_what_was_done(text.slice(0, text.chars.len())))))
    {
        let after =
            figure_after(text, quantities, read.at, indicator.kind).filter(|(q, between)| {
                read.kind == StatementKind::Level
                    && !removed_next()
                    && (periods::states_after_remedy(between)
                        || periods::names_later_term(between)
                        // `两年前，A为15200元，2025年为14800元` in a report on
                        // 2025: the report's year states the level.
                        || cx.year.is_some_and(|y| {
                            let last = between.rsplit(ends_clause).next().unwrap_or(between);
                            reaches_in_year(last, y) || opens_this_year(last)
                        }))
                    && between.chars().count() <= 2 * LINK_WINDOW
                    && !named_between(mentions, read.at, q)
            });
        match after {
            Some((q, _)) => {
                // The state before is no base of a change against the year
                // before: only a change stated after the level is one.
                read.change = change_after(text, quantities, q, indicator.kind, cx.year);
                read.level = Some(q);
                read.at = q;
            }
            None => {
                other_period(out, text, quantities, mentions, mention, indicator, read.at);
                // `有家长反映全县A只有85%`: what another says, not a time;
                // so is a figure refuted.
                if (refuted || periods::raised_by_others(lead_words))
                    && let Some(u) = out.unread.last_mut()
                {
                    u.reason = UnreadMentionReason::Quoted;
                }
                return;
            }
        }
    }
    // `“十三五”末，全县…达到88%` in a report on 2023: 2020's figure; and a
    // from→to whose to is an earlier year's (`从2019年的15.2%下降到2022年的
    // 4.8%`).
    let ended = periods::in_ended_plan(lead, cx.year)
        // `…为86.1%，上年A为78.1%`: a clause of the year before names the
        // indicator again (the base of the level before it, see
        // `named_again_for_year_before`).
        || (read.kind == StatementKind::Level
            && !read.dated
            && cx.year.is_some_and(|y| {
                // (The year before and at most three characters open the
                // clause: its start is looked for that close only.)
                let window = mention.start.saturating_sub(YEAR_BEFORE_OPENING).max(sentence);
                text.find_backward(window, mention.start, ends_clause)
                    .is_some_and(|p| opens_earlier_year(text.slice(p + 1, mention.start), y))
            }))
        // `2022年A为89%，B为78%`: B shares A's earlier year.
        || (read.kind == StatementKind::Level
            && !read.dated
            && cx.year.is_some_and(|y| {
                head.is_some_and(|head| {
                    opens_earlier_year(text.slice(sentence, head.start), y)
                        || earlier_opening(text, mentions, sentence, head, y).is_some()
                })
            }))
        || (read.kind == StatementKind::FromTo
            && !read.dated
            && cx.year.is_some_and(|y| {
                let from = read
                    .change
                    .as_ref()
                    .and_then(|c| c.base.as_ref())
                    .map_or(mention.end, |b| b.end);
                earlier_year_between(quantities, from, read.at.start, y).is_some()
            }));
    if part || monthly || total || ended {
        out.unread.push(UnreadMention {
            reason: UnreadMentionReason::OtherPeriod,
            ..unread(text, quantities, mention, indicator, mention_text.clone())
        });
        // `A2021—2023年累计30.1亿元，其中2023年9.97亿元，比上年下降1.8%`: the
        // sum, then the report's year's own figure (its fall was lost).
        let own = cx
            .year
            .filter(|_| total && !(part || monthly || ended))
            .and_then(|y| {
                next_clause(text, quantities, mentions, read.at, indicator.kind, |o| {
                    let o = o.strip_prefix(links::PART_OF).unwrap_or(o);
                    reaches_in_year(o.trim_start_matches([',', '，']), y)
                })
            });
        let Some(q) = own else {
            return;
        };
        read.change = change_after(text, quantities, q, indicator.kind, cx.year);
        read.level = Some(q);
        read.at = q;
        read.kind = StatementKind::Level;
    }
    // `2021年九年义务教育巩固率为96.2%，2022年为96.8%` in a report on 2022:
    // the first figure is the year before's; the level is the figure of
    // the report's year that follows.
    // `2022年，A由93.8%提高到94.6%；2023年，A进一步提高到95.4%`: a from→to
    // dated by its opening year is that year's too (the 94.6 was the
    // level of a report on 2023, and failed); its other dates (a year
    // between its figures) are read where it is.
    let from_to = read.kind == StatementKind::FromTo;
    let earlier = cx
        .year
        .filter(|_| (read.kind == StatementKind::Level || from_to) && !read.dated)
        .and_then(|year| {
            let opening = earlier_year_before(text, quantities, mention, year)
                .or_else(|| earlier_opening(text, mentions, sentence, mention, year))
                .or_else(|| {
                    let first = run_of_clauses(text, quantities, sentence, mention)?;
                    earlier_opening(text, mentions, first, mention, year)
                });
            if from_to {
                return opening.map(|earlier| (year, earlier, true));
            }
            // `A上年为86.2%`, `A2022年为86.2%`: the time written right after
            // the name dates the figure as surely as one opening the
            // sentence (not `A较2018年提高…，达到92.3%`, a comparison's).
            let named = year_before_between(text, mention.end, read.at.start, year).or_else(|| {
                // (`A：2022年5.6亿元，…`: after a colon; `A已于2018年达到
                // 90%`, `A在2018年就已达到…`: after a word of when.)
                let words = text
                    .slice(mention.end, read.at.start)
                    .trim_start_matches([':', ' '])
                    .trim_start_matches(WHEN_BEFORE_YEAR);
                // `A（2022年决算数）9.3亿元`: a note right after the name
                // that names an earlier year dates the figure.
                let noted = words
                    .strip_prefix(NOTE_OPEN)
                    .and_then(|n| n.split_once(NOTE_CLOSE))
                    .and_then(|(inside, _)| first_year(inside));
                after_year(words)
                    .filter(|rest| rest.is_empty() || reaches_within(rest, 3))
                    .and_then(|_| first_year(words))
                    .or(noted)
                    .or_else(|| year_noted_after(text, read.at.end))
                    .filter(|y| *y < year)
            });
            opening
                .or(named)
                .or_else(|| earlier_year_between(quantities, mention.end, read.at.start, year))
                .map(|earlier| (year, earlier, opening.is_some() || named.is_some()))
        });
    if let Some((year, earlier, opening)) = earlier {
        // `A2021年为41.3%，2022年为46.8%，2023年为52.6%`: a series steps over
        // the years between to the report's, and the last of them is the
        // base of the change (the report's year was lost, and the whole
        // series said another period's).
        let (from, earlier) = series_through(
            text,
            quantities,
            mentions,
            read.at,
            indicator.kind,
            (earlier, year),
        );
        let now = |o: &str| {
            reaches_in_year(o, year)
                || opens_this_year(o)
                // `，2023年进一步提高到86.5%`: a verb of change before the
                // word of reaching.
                || after_the_year(o, year)
                    .is_some_and(|rest| reaches_within(rest, 7) && changes::direction(rest).is_some())
                // `，现已降至6.3%`, `，目前为6.3%`: the level now (it was lost,
                // and the earlier year's figure said unread).
                || periods::after_now(o).is_some_and(|rest| {
                    rest.is_empty() || reaches_within(rest, 5)
                })
        };
        let next =
            next_clause(text, quantities, mentions, from, indicator.kind, now).or_else(|| {
                // `A为8%，经过两年努力，目前降至3.2%`: a clause of what was done
                // between, and the figure's own clause opens with the time now.
                figure_after(text, quantities, from, indicator.kind)
                    .filter(|(q, between)| {
                        let mut clauses = between.rsplit(ends_clause);
                        let last = clauses.next().unwrap_or(between);
                        clauses.next().is_some()
                            && last.chars().count() <= LINK_WINDOW
                            && between.chars().count() <= 2 * LINK_WINDOW
                            && now(last)
                            && !named_between(mentions, from, q)
                    })
                    .map(|(q, _)| q)
            });
        match next {
            Some(q) => {
                // The first figure is the earlier year's level: the base of
                // the change to the report's year.
                let base = Base::of(from, Some(earlier));
                let stated = change_after(text, quantities, q, indicator.kind, cx.year);
                read.change = Some(with_base(stated, from, q, indicator.kind, base));
                read.level = Some(q);
                read.at = q;
            }
            // `2021年生均一般公共预算教育支出14210.5元` alone, in a report on
            // 2022: that year's figure, not the report's. (A year between
            // the name and the figure may be a comparison's, `较2018年提高
            // 9.6个百分点，达到92.3%`: the figure stays the level.)
            None if opening => {
                other_period(out, text, quantities, mentions, mention, indicator, read.at);
                return;
            }
            None => {}
        }
    } else if read.kind == StatementKind::Level
        && !read.dated
        && matches!(text.chars.get(read.at.end), Some(',' | '，'))
        && text
            .chars
            .get(read.at.end + 1)
            .is_some_and(|c| opens_now(*c))
        && let Some(q) = next_clause(
            text,
            quantities,
            mentions,
            read.at,
            indicator.kind,
            now_reaches,
        )
        && text.plan_words(sentence, read.at.start).next().is_none()
    {
        // `A6.1%，经整改已降至4.3%`, `A为76.5%，现已提升至83.2%`, `A47.2%，整改后
        // 为51.3%`: the state found, then the state now in the next clause:
        // a from→to to the level now (the state found was read as the
        // level, and failed its rule again after the work that met it).
        // The state found has no time, so it is no base of a change against
        // the year before; only a change stated after the level is one. (Not
        // after a plan's figure: `A要达到55%，目前为51.8%` is the target, then
        // the level.)
        read.change = change_after(text, quantities, q, indicator.kind, cx.year);
        read.kind = StatementKind::FromTo;
        read.level = Some(q);
        read.at = q;
    }
    // `2021年A比上年增长3.4%，2022年比上年下降2.1%` in a report on 2022: a
    // change alone, in a sentence an earlier year opens, is that year's;
    // the report's year's change follows in a clause that opens with it.
    // (The earlier change was read as the year's, and the year's fall
    // lost.)
    // (`A2022年比上年减少186元，2023年比上年增加420元`: the year written
    // right after the name dates the change as surely.)
    if read.kind == StatementKind::Change
        && !read.dated
        && let Some(year) = cx.year
        && (earlier_year_before(text, quantities, mention, year).is_some()
            || earlier_opening(text, mentions, sentence, mention, year).is_some()
            || earlier_year_named(text.slice(mention.end, read.at.start), year)
            // (`2023年，A9.62亿元；B比上年减少186元` in a report on 2024: a run
            // of clauses after a semicolon, as a level's.)
            || run_of_clauses(text, quantities, sentence, mention)
                .and_then(|first| earlier_opening(text, mentions, first, mention, year))
                .is_some())
    {
        match change_of_year_after(text, quantities, read.at, indicator.kind, year) {
            Some((change, at)) => {
                read.change = Some(change);
                read.at = at;
            }
            None => {
                other_period(out, text, quantities, mentions, mention, indicator, read.at);
                return;
            }
        }
    }
    // `2022-2023学年，A为91.1%；2023-2024学年提高到92.4%`: the later
    // school year's figure is the level, the earlier one's its base.
    if earlier.is_none()
        && read.kind == StatementKind::Level
        && !read.dated
        && let Some((first, _)) = school_year(text.slice(sentence, mention.start).trim_start())
        && let Some(q) = next_clause(text, quantities, mentions, read.at, indicator.kind, |o| {
            school_year(o).is_some_and(|(later, rest)| later > first && reaches_within(rest, 4))
        })
    {
        let stated = change_after(text, quantities, q, indicator.kind, cx.year);
        let base = Base::of(read.at, Some(first));
        read.change = Some(with_base(stated, read.at, q, indicator.kind, base));
        read.level = Some(q);
        read.at = q;
    }
    // `2021年、2022年A分别为12.6亿元、12.1亿元`: the level is the report's
    // year's figure, the base the year before's.
    if read.kind == StatementKind::Level
        && let Some(listed) = year_list(text, quantities, mention, read.at, cx.year)
    {
        let Some((level, base)) = listed else {
            out.unread
                .push(unread(text, quantities, mention, indicator, mention_text));
            return;
        };
        read.change = base
            .map(|(from, y)| with_base(None, from, level, indicator.kind, Base::of(from, Some(y))));
        read.level = Some(level);
        read.at = level;
    }
    // `城乡学前三年毛入园率分别达到99%和95%以上`: one name, `分别` and a list
    // of figures, one per subject it does not name.
    if read.kind == StatementKind::Level
        && !read.dated
        && !paired
        && let Some(reason) = respective_alone(text, quantities, mention, read.at)
    {
        out.unread.push(UnreadMention {
            reason,
            ..unread(text, quantities, mention, indicator, mention_text)
        });
        return;
    }
    // `首次突破90%，达到91.6%`, `保持在97%以上，2023年为97.6%`: a bound, then
    // the level itself in the next clause.
    if read.kind == StatementKind::Level
        && read.change.is_none()
        && let Some(level) = read.level
        && level.qualifier == Qualifier::MoreThan
        && let Some(q) = next_clause(text, quantities, mentions, level, indicator.kind, |o| {
            changes::REACHED.iter().any(|w| o.starts_with(w))
                || cx.year.is_some_and(|y| reaches_in_year(o, y))
        })
        && q.qualifier == Qualifier::Exact
    {
        read.change = change_after(text, quantities, q, indicator.kind, cx.year);
        read.level = Some(q);
        read.at = q;
    }
    // `…为90.2%，上年为86.1%`: the year before's level, stated after the
    // level as the clause that follows.
    if read.kind == StatementKind::Level
        && read.change.as_ref().is_none_or(|c| c.base.is_none())
        && let Some(level) = read.level
        && let Some(q) = next_clause(text, quantities, mentions, level, indicator.kind, |o| {
            opens_year_before(o, cx.year)
        })
        .or_else(|| named_again_for_year_before(text, quantities, mentions, mention, level))
    {
        let base = Base::of(q, cx.year.map(|y| y - 1));
        read.change = Some(with_base(
            read.change.take(),
            q,
            level,
            indicator.kind,
            base,
        ));
    }
    // A bound with a change against the year before
    // (`控制在2.5%以内，较上年下降0.6个百分点`) is a level reached: a
    // requirement is not measured against last year. In a claimed pair
    // (`A不低于B，分别为X、Y`) the bound is the claim's, between the names,
    // not the figure's.
    let measured = paired || read.change.as_ref().is_some_and(|c| !c.derived);
    let plan_year = plan(text, sentence, mention, mentions, read.at, cx, measured);
    // `下一步，A在92.3%的基础上再提高1个百分点`: the figure a plan starts
    // from is where the region stands, no target (92.3% was the target).
    // (`A在92.3%的基础上提高到93.6%` is a from→to, read before.)
    let base_of_plan = read.kind == StatementKind::Level
        && matches!(text.chars.get(read.at.end), Some('的' | '基'))
        && text
            .slice(read.at.end, read.at.end + 5)
            .trim_start_matches('的')
            .starts_with(plans::ON_THE_BASIS);
    let planned = (cx.plan_section && !states_the_present(text, sentence, mention, read.at))
        || plan_year.is_some();
    // `A在92.3%的基础上又提高了1.2个百分点`, done: the figure it started from
    // is an earlier level, not the year's.
    if base_of_plan && !planned {
        other_period(out, text, quantities, mentions, mention, indicator, read.at);
        return;
    }
    let target = !base_of_plan && planned;
    // `2024年3月，全县A达到55%` in a report on 2023, no plan: the next year's
    // level, not the report's (it was read as the level).
    if !target
        && read.kind == StatementKind::Level
        && !read.dated
        && cx
            .year
            .is_some_and(|y| opens_later_year(text.slice(sentence, mention.start), y))
    {
        other_period(out, text, quantities, mentions, mention, indicator, read.at);
        return;
    }
    // `目标任务是…达到85%，实际完成86.4%`: the plan, then what was
    // reached; `填报为92.5%，核查结果为90.2%`: the figure the
    // inspectors found replaces the one reported.
    let mut reached = None;
    // The same indicator stated again in a later clause that opens with one
    // of `words` (after the region's own name, when given).
    // The next figure of the kind, found once for the questions below.
    let next = figure_after(text, quantities, read.at, indicator.kind);
    let again = |words: &[&str], own: Option<&str>| {
        followed_by(mentions, read.at, next, words, own, &|_| false)
    };
    // `将把A、B分别提高到90%、55%，目前两项指标分别为86.7%和49.2%`: a list's
    // plans, then what each reached, `分别`: the figure in the name's place
    // (B took 86.7%, and A none).
    let listed = || listed_place(text, mentions, mention);
    let respective_actual = |(index, count): (usize, usize)| {
        let last = quantities.get(figures_listed(text, quantities, read.at).end - 1)?;
        let (q, between) = figure_after(text, quantities, last, indicator.kind)?;
        let found = followed_by(
            mentions,
            last,
            Some((q, between)),
            &plans::ACTUAL,
            cx.region,
            &|_| false,
        )?;
        if !search::contains(text.slice(last.end, found.end), RESPECTIVELY) {
            return None;
        }
        // The list the figure found stands in, from its first figure
        // (`分别为900元和92.6%`: the rate's search found 92.6%).
        let figures = &quantities[figures_listed(text, quantities, found)];
        let mine = figures.get(index)?;
        (figures.len() == count && states(indicator.kind, mine)).then_some(mine)
    };
    // `年初确定…达到85%的目标，截至年底为82.6%`: the clause that opens as of
    // the report's year states where the region stands (a later year's
    // `截至2025年底` is the plan's own deadline); so does one that judges it
    // short (`未达到80%的目标，仅为76.5%`).
    let as_of_now = |o: &str| {
        (periods::UP_TO.iter().any(|w| o.starts_with(w)) && future_year(o, cx.year).is_none())
            || links::ONLY.iter().any(|w| o.starts_with(w))
    };
    // `尚未降至5%以内，目前仍为7.4%`, `未达到90%，仅有88.6%`: a level short
    // of a figure, then the level itself.
    // (Asked only of a level with a figure of its kind after it.)
    let shortfall = next.is_some()
        && read.kind == StatementKind::Level
        && read.level.is_some_and(|q| {
            let words = text.slice(mention.end, q.start);
            qualifiers::misses(words)
        });
    let actual = match target.then(listed).flatten() {
        Some(place) => respective_actual(place),
        None => again(&plans::ACTUAL, cx.region)
            .or_else(|| {
                (target || shortfall)
                    .then(|| followed_by(mentions, read.at, next, &[], cx.region, &as_of_now))
                    .flatten()
            })
            .filter(|q| {
                let clause = text.slice(read.at.end, q.start).rsplit(ends_clause).next();
                !clause.is_some_and(|c| measures_another(c, [&indicator.name, &mention_text]))
            }),
    };
    // A form's value, bare after its standard (`A≥80%：78.4%，未达标`, `| ≥80% |
    // 78.4% |`, `国家标准：80%；本县：78.4%`: after the region's own name), the
    // figure alone in its clause (not `，90%以上的乡镇…`).
    let actual = actual.or_else(|| {
        let bare = |o: &str| o.trim_start_matches(':').is_empty();
        target
            .then(|| followed_by(mentions, read.at, next, &[], cx.region, &bare))
            .flatten()
            .filter(|q| fills_clause(text, q))
    });
    let actual = actual.or_else(|| {
        // `调整预算14200元，完成13650元`: after a plan, what was done;
        // `国家目标为80%，我县为78.6%`: after a standard, the region's own;
        // `A是否达到50%。自评情况：否，全县为46.8%`: the value that answers it.
        target
            .then(|| {
                again(&plans::DONE_AFTER_PLAN, cx.region)
                    .or_else(|| {
                        // Not in a section of plans, nor a clause of plans
                        // (`力争…达到90%，全县将达到95%`).
                        let own = cx.region.filter(|_| !cx.plan_section)?;
                        next_clause(text, quantities, mentions, read.at, indicator.kind, |o| {
                            states_own(o, own)
                        })
                        .filter(|q| {
                            !text.plans_in(read.at.end, q.start)
                                && !text.slice(read.at.end, q.start).contains('将')
                        })
                    })
                    .or_else(|| {
                        answered_value(text, quantities, mentions, read.at, indicator.kind, cx)
                    })
            })
            .flatten()
    });
    if let Some(actual) = actual {
        // Reported in the words before the figure, or in the sentence's
        // words before the name (`自评报告称，全县A为52.3%`); or checked in the
        // words after it (`，经核查实际为47.6%`).
        let reported =
            search::contains_any(text.slice(mention.end, read.at.start), plans::REPORTED)
                || search::contains_any(text.slice(read.at.end, actual.start), plans::VERIFYING)
                || search::contains_any(text.slice(read.at.end, actual.start), plans::FOUND)
                || search::contains(text.slice(read.at.end, actual.start), plans::IN_FACT)
                || search::contains_any(
                    text.slice(sentence_start(text, mention.start), mention.start),
                    plans::REPORTED,
                );
        if target {
            reached = Some(actual);
        } else if reported || shortfall {
            read.level = Some(actual);
            read.at = actual;
            read.change = change_after(text, quantities, actual, indicator.kind, cx.year);
        }
    }
    // `达到92.8%，计划2025年达到95%以上`: a plan for the same
    // indicator right after its level.
    // `，2024年底前提高至52%以上`, `，2025年达到92%`, `，到2025年…`: a later
    // year opens the next clause (it was dropped, unsaid).
    let later_year = |o: &str| {
        future_year(o, cx.year).is_some()
            || (o.starts_with(|c: char| c.is_ascii_digit())
                && cx
                    .year
                    .is_some_and(|r| first_year(o).is_some_and(|y| y > r)))
    };
    let plan_next = (!target)
        .then(|| {
            // A reported figure that gave way to the one found after it
            // (`填报为92.5%，核查结果为90.2%`) moved the level on: the next
            // figure is then the one after that.
            let moved = next.is_some_and(|(q, _)| std::ptr::eq(read.at, q));
            let next = if moved {
                figure_after(text, quantities, read.at, indicator.kind)
            } else {
                next
            };
            followed_by(
                mentions,
                read.at,
                next,
                &plans::PLAN_WORDS,
                None,
                &later_year,
            )
        })
        .flatten();
    let later = target
        .then(|| later_plan(text, quantities, mentions, read.at, indicator.kind))
        .flatten();
    let mut value = IndicatorValue {
        indicator: indicator.id.clone(),
        name: indicator.name.clone(),
        mention: mention_text,
        statement: if target {
            StatementKind::Target
        } else {
            read.kind
        },
        value: read.level.map(|q| q.value),
        // A change alone, or a stated zero (`为零`), has no unit of its
        // own: the indicator's unit is the level's.
        unit: match read.level {
            Some(q) if !q.unit.is_empty() => q.unit.clone(),
            _ => {
                let unit = units::unit_of(indicator.kind);
                if unit.is_empty() {
                    read.at.unit.clone()
                } else {
                    Text::from_static(unit)
                }
            }
        },
        // `覆盖率未达到85%`: below the figure, not at it; `约为92%`: about it.
        qualifier: read.level.map_or(Qualifier::Exact, |q| {
            let words = text.slice(mention.end, q.start);
            if let Some(short) = qualifiers::short_of(words) {
                // `未达到95%以上`, `尚未降至5%以内`: the bound it missed.
                // `未达到5%以内的要求`: a reach that missed a ceiling stays
                // above it (it was read as at most 5, and passed).
                if short == Qualifier::AtMost && q.qualifier == Qualifier::AtMost {
                    Qualifier::MoreThan
                } else {
                    short
                }
            } else if q.qualifier == Qualifier::MoreThan && qualifiers::negated(words) {
                // `仍未突破80%`, `未超过80%`: below it.
                Qualifier::AtMost
            } else if q.qualifier != Qualifier::Exact {
                q.qualifier
            } else if qualifiers::distance_to(words) {
                Qualifier::AtMost
            } else {
                qualifiers::before_verb(words)
            }
        }),
        upper: None,
        change: read.change,
        line: read.at.line,
        column: read.at.column,
        start: read.at.start,
        end: read.at.end,
        year: plan_year.flatten(),
    };
    // `A距60%的目标还差3.2个百分点`: the distance's size is given, so the
    // level is the figure less it (60% was read as the level, at most), and
    // the figure itself is exact (a target, when the words name one).
    let distance = read
        .level
        .filter(|q| {
            value.qualifier == Qualifier::AtMost
                && qualifiers::distance_to(text.slice(mention.end, q.start))
        })
        .and_then(|q| Some((q, distance_after(text, quantities, q)?)));
    if distance.is_some() {
        value.qualifier = Qualifier::Exact;
    }
    // (Rounded to a millionth, so that `60%` less `10个百分点` is 50, not
    // 49.99999999999999.)
    let below = |v: &IndicatorValue| {
        distance.map(|(q, (gap, sign))| IndicatorValue {
            value: Some(((q.value + sign * gap.value) * 1e6).round() / 1e6),
            ..v.clone()
        })
    };
    // `在3%到4%之间`, `介于4%和6%之间`: a level that is a range keeps its
    // upper end (a bound the words turned, `未超过`, is no range).
    if value.qualifier == Qualifier::MoreThan {
        value.upper = read
            .level
            .and_then(|q| crate::figures::upper_end(text, quantities, q))
            .map(|u| u.value);
    }
    // A standard named after the level (`未达到80%的国家标准`) is a
    // target for the same indicator.
    if let Some(q) = standard_after(text, quantities, mentions, read.at, indicator.kind) {
        let named = (
            value.indicator.clone(),
            value.name.clone(),
            value.mention.clone(),
        );
        out.targets.push(standard_target(named, q));
    }
    // `覆盖率尚未达到80%的国家标准`, `距85%的目标还有差距`: the standard is the
    // target, and the region stands below it, a level said without its
    // figure (it was the target alone, and the rule found no level).
    if reached.is_none() && short_of_standard(text, mention, read.at, &plan_year, cx) {
        out.indicators.push(IndicatorValue {
            statement: StatementKind::Level,
            year: None,
            ..below(&value).unwrap_or_else(|| value.clone())
        });
    }
    // (`指标：九年义务教育巩固率` over `评价要点：巩固率是否达到95%。自评情况：否，
    // 为94.2%`: a form's heading names the indicator again, and its mention
    // reached the same value; one value, judged once.)
    if let Some(q) = reached.filter(|q| {
        !out.indicators
            .iter()
            .any(|v| v.start == q.start && v.indicator == value.indicator)
    }) {
        let change = change_after(text, quantities, q, indicator.kind, cx.year);
        out.indicators
            .push(restated(&value, q, StatementKind::Level, change, None));
    }
    // `A将由46%提高至53%`, `力争A由78.2%提高到85%`: a plan's from→to starts
    // where the region stands now, a figure of no other time: that figure
    // is the level (it was lost, and the rule found none).
    if target
        && reached.is_none()
        && read.kind == StatementKind::FromTo
        && let Some(base) = value.change.as_ref().and_then(|c| c.base.as_ref())
        && base.year.is_none()
        && let Some(from) = quantities.iter().find(|q| q.start == base.start)
    {
        out.indicators
            .push(restated(&value, from, StatementKind::Level, None, None));
    }
    if let Some((q, year)) = later {
        match (year, cx.year) {
            // `A2024年达到90%，2023年为86.1%` in a report on 2023: the plan,
            // then the level now (it was a plan for 2023).
            (Some(y), Some(r)) if y == r => {
                let change = change_after(text, quantities, q, indicator.kind, cx.year);
                out.indicators
                    .push(restated(&value, q, StatementKind::Level, change, None));
            }
            // An earlier year's figure, the base of the plan: no statement.
            (Some(y), Some(r)) if y < r => {}
            _ => out
                .targets
                .push(restated(&value, q, StatementKind::Target, None, year)),
        }
    }
    if let Some(q) = plan_next {
        let words = text.slice(read.at.end, q.start);
        let year = first_year(words);
        out.targets
            .push(restated(&value, q, StatementKind::Target, None, year));
    }
    // The change said in words (`有所下降`) has no size: a rule on the
    // change finds it unread, and says so. A plan's (`确保…降至5%以内`) is
    // no change that happened.
    if let Some(direction) = read.unsized_change.filter(|_| !target) {
        out.unread.push(UnreadMention {
            reason: UnreadMentionReason::UnsizedChange,
            direction: Some(direction),
            ..unread(text, quantities, mention, indicator, value.mention.clone())
        });
    }
    if target {
        out.targets.push(value);
    } else {
        out.indicators.push(below(&value).unwrap_or(value));
    }
}

/// Whether figure `q` ends its clause or cell (`：6.1%，未达标`, `| 78.4% |`,
/// `96.1%（自评）`): a value stated alone, not a figure that qualifies
/// something after it (`90%以上的乡镇`).
fn fills_clause(text: &CaseText<'_>, q: &Quantity) -> bool {
    text.chars
        .get(q.end)
        .is_none_or(|&c| ends_clause(c) || c == plans::CELL || c == NOTE_OPEN || c == ' ')
}

/// The value a form gives in reply to the standard `at` (a figure of
/// `kind`), in its sentence or the next: past the answer to it
/// (`：否，为94.2%`, `。自评情况：否，全县为46.8%`, `：□是 ☑否，全县为77.9%`, `| 否 |
/// 77.9% |`: [`plans::answered`]), or in the next sentence past a label of
/// the value (`标准：50%。自评值：44.7%`: [`plans::ACTUAL`]) or the region's
/// own name (`指标3：A达到50%。我县为48.7%`), the first figure
/// of the kind in that sentence, when its clause opens with the region's
/// own name, the report's year, a word of reaching or nothing, and no
/// other name stands between. Not in a section of plans. (`自评情况：未达标。`
/// gives none: the standard alone.)
fn answered_value<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    at: &Quantity,
    kind: QuantityKind,
    cx: Context<'_>,
) -> Option<&'q Quantity> {
    if cx.plan_section {
        return None;
    }
    // The reply stands in the standard's sentence or the next (past the
    // line breaks between: `…是否达到50%。\n自评情况：…`).
    let end = sentence_end(text, at.end);
    let next = (end..text.chars.len())
        .find(|&p| !ends_sentence(text.chars[p]) && !text.chars[p].is_whitespace())
        .unwrap_or(end);
    let rest = text.slice(at.end, sentence_end(text, next));
    let (from, labelled) = match plans::answered(rest) {
        Some((_, words)) => (
            at.end + rest[..rest.len() - words.len()].chars().count(),
            false,
        ),
        // (A label of the value opens the next sentence only after a
        // standard that ends its own.)
        // (`指标3：A达到50%。我县为48.7%`: or the region's own, by name.)
        None if next > end && end == at.end => {
            let opening = text.slice(next, sentence_end(text, next));
            if search::after_any(opening, &plans::ACTUAL).is_some() {
                (next, true)
            } else if cx
                .region
                .is_some_and(|own| regions::after_own(opening, own).is_some())
            {
                (next, false)
            } else {
                return None;
            }
        }
        None => return None,
    };
    let last = sentence_end(text, from);
    let first = quantities.partition_point(|q| q.start < from);
    let q = quantities[first..]
        .iter()
        .take_while(|q| q.end <= last)
        .find(|q| q.kind == kind)?;
    let opening = text.slice(from, q.start).trim();
    let opens = if labelled {
        // The label and its colon, in the figure's own clause.
        !opening.contains(ends_clause) && opening.chars().count() <= LINK_WINDOW
    } else {
        changes::only_reached(opening)
            || cx.region.is_some_and(|own| states_own(opening, own))
            || cx.year.is_some_and(|y| reaches_in_year(opening, y))
    };
    (opens && !named_between(mentions, at, q)).then_some(q)
}

/// Another statement about the indicator of `base`, stated by figure `q`
/// (the plan after a level, the standard it is held against, the value
/// actually reached after a plan).
fn restated(
    base: &IndicatorValue,
    q: &Quantity,
    statement: StatementKind,
    change: Option<Change>,
    year: Option<i32>,
) -> IndicatorValue {
    let named = (
        base.indicator.clone(),
        base.name.clone(),
        base.mention.clone(),
    );
    stated(named, q, statement, change, year)
}

/// The value of the indicator `named` (its id, its name and the mention as
/// written) that figure `q` states.
fn stated(
    (indicator, name, mention): (Text, Text, Text),
    q: &Quantity,
    statement: StatementKind,
    change: Option<Change>,
    year: Option<i32>,
) -> IndicatorValue {
    IndicatorValue {
        indicator,
        name,
        mention,
        statement,
        value: Some(q.value),
        unit: q.unit.clone(),
        qualifier: q.qualifier,
        upper: None,
        change,
        line: q.line,
        column: q.column,
        start: q.start,
        end: q.end,
        year,
    }
}

/// Records `mention`, whose figure `at` is for another period than the
/// report's (an earlier year, the state before a rectification), as unread;
/// the standard it was held against (`2022年…为86.4%，低于省定90%的目标`)
/// is a target all the same.
fn other_period(
    out: &mut Statements,
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mentions: &[Mention],
    mention: &Mention,
    indicator: &dutycheck_catalog::Indicator,
    at: &Quantity,
) {
    let mention_text = text.original_text(mention.start, mention.end);
    if let Some(q) = standard_after(text, quantities, mentions, at, indicator.kind) {
        let named = (
            indicator.id.clone(),
            indicator.name.clone(),
            mention_text.clone(),
        );
        out.targets.push(standard_target(named, q));
    }
    out.unread.push(UnreadMention {
        reason: UnreadMentionReason::OtherPeriod,
        ..unread(text, quantities, mention, indicator, mention_text)
    });
}

/// The statement of a single mention of an indicator of `kind`, by the
/// first form that fits: a change first (with the level after it, or
/// alone), a from→to or a level after the name, a value before the name.
fn single<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    cx: Context<'_>,
) -> Option<Read<'q>> {
    if let Some(read) = after_weak_growth(text, quantities, mention, kind, cx.year) {
        return Some(read);
    }
    // `95.6%的随迁子女在公办学校就读，…`: a name right after its share and
    // `的` is that share's, whatever figure follows it.
    if text.chars.get(mention.start.wrapping_sub(1)) == Some(&SHARE_AFTER)
        && kind == QuantityKind::Percent
        && let Some(read) = value_before(text, quantities, mention, kind, cx.year)
    {
        return Some(read);
    }
    change_first(text, quantities, mention, kind, cx.year)
        .or_else(|| flat_first(text, quantities, mention, kind, cx.year))
        .or_else(|| unsized_first(text, quantities, mention, kind, cx.year))
        .or_else(|| judged_first(text, quantities, mention, kind))
        .or_else(|| level_after(text, quantities, mention, kind, cx.year))
        .or_else(|| level_after_change(text, quantities, mention, kind, cx.year))
        // (After the forms above, which most mentions take: none of them
        // reads a figure after a clause of other words.)
        .or_else(|| trend_first(text, quantities, mention, kind, cx.year))
        .or_else(|| {
            // `一般公共预算教育支出下降2.1%`: a change alone.
            let (change, at) = implicit_change(text, quantities, mention.end, kind, cx.year)?;
            Some(Read::change_alone(at, change))
        })
        .or_else(|| value_before(text, quantities, mention, kind, cx.year))
}

/// `A增长乏力，同比下降0.8%`, `A增速放缓，增长1.2%`, `A增长受限，为4.1亿元，较上年
/// 下降1.1%`: the name's clause only judges its growth weak
/// ([`changes::weak_growth`]), and the next clause states the change, or
/// the level and its change, as if it followed the name. (The weak growth
/// was read as a rise said in words, and the fall after it was lost.)
fn after_weak_growth<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    // Most names are followed by a figure or a verb, not by `增`.
    if text.chars.get(mention.end) != Some(&'增') {
        return None;
    }
    let clause_end = text.end_from(mention.end, ends_clause);
    if text
        .chars
        .get(clause_end)
        .copied()
        .is_none_or(ends_sentence)
        || !changes::weak_growth(text.slice(mention.end, clause_end))
    {
        return None;
    }
    let next = Mention {
        end: clause_end + 1,
        ..mention.clone()
    };
    change_first(text, quantities, &next, kind, year)
        .or_else(|| {
            let (change, at) = implicit_change(text, quantities, next.end, kind, year)?;
            Some(Read::change_alone(at, change))
        })
        .or_else(|| {
            let q = level_in_next_clause(text, quantities, mention, clause_end, kind, year)?;
            Some(Read::level(
                q,
                change_after(text, quantities, q, kind, year),
            ))
        })
}

/// The next figure of `kind` in the sentence after `at` whose clause opens
/// with one of `words` (`，实际完成86.4%`, `，计划2025年达到95%以上`), with no
/// other mention between: the same indicator, stated again.
#[allow(clippy::too_many_arguments)]
/// `next` is the next figure of the kind after `at` with the words between
/// ([`figure_after`], found once by the caller for every question it asks
/// of it); `also` opens the clause as the words do.
fn followed_by<'q>(
    mentions: &[Mention],
    at: &Quantity,
    next: Option<(&'q Quantity, &str)>,
    words: &[&str],
    own: Option<&str>,
    also: &dyn Fn(&str) -> bool,
) -> Option<&'q Quantity> {
    // After the region's own name, when given (`，我县目前为46.3%`).
    let opens = |opening: &str| {
        let opening = own
            .and_then(|own| regions::after_own(opening, own))
            .unwrap_or(opening);
        // After the body that checked (`督导组核实为78.9%`).
        let checked = plans::after_inspectors(opening);
        // `完成率100%`, `执行率98%`: the rate of meeting the plan, not the
        // indicator.
        words.iter().any(|w| {
            search::after_word(checked, w).is_some_and(|rest| !rest.starts_with(links::RATE))
        }) || also(opening)
            || opens_after_basis(checked, words)
    };
    let (q, between) = next?;
    if stated_again(mentions, at, q, between, opens) {
        return Some(q);
    }
    // `为47.3%，下一步将通过新建公办园，确保2025年达到55%`: the figure's own
    // clause opens with the word, one clause of other words before it; or
    // the word is that clause (`为86.7%，经核查，剔除…后实际为79.1%`).
    // Or, after a clause that names a check and one of what it found, the
    // figure's own clause opens with the word (`达100%，但检查组抽查发现，有5所
    // 学校未开展，实际覆盖率为90.4%`: the 90.4 was dropped, unsaid, and 100
    // stood). Two clauses of other words are not enough: `为47.3%，下一步将新建
    // 公办园，扩大学位供给，确保2025年达到55%` may plan another thing.
    let clause_ends = between.chars().filter(|c| ends_clause(*c)).count();
    if !matches!(clause_ends, 2 | 3) || between.chars().count() > clause_ends * LINK_WINDOW {
        return None;
    }
    let last_opens = || between.rsplit(ends_clause).next().is_some_and(opens);
    let first = between.split(ends_clause).nth(1);
    let opens_again = if clause_ends == 2 {
        last_opens() || first.is_some_and(opens)
    } else {
        first.is_some_and(plans::names_check) && last_opens()
    };
    (opens_again && !named_between(mentions, at, q)).then_some(q)
}

/// How many characters of words a clause that states a figure again opens
/// with, at most ([`next_clause`]).
const LINK_WINDOW: usize = 16;

/// Whether a clause that opens with a word of what is so or of a check
/// measures another thing than `names` (the indicator's name and the
/// words that named it): `…覆盖率为87.3%，新增学位1200个，实际入园幼儿中留守
/// 儿童占比为36%` (the share of left-behind children was read as the
/// coverage, and failed it). Its measure ([`links::MEASURES`]) is another's
/// when the two characters before it are not the name's (`儿童占比`); the
/// measure alone (`实际比例为…`) or with the name's own words (`实际覆盖率为
/// 90.4%`, `核查发现毛入园率为…` after `学前三年毛入园率`) states the name again.
fn measures_another(clause: &str, names: [&str; 2]) -> bool {
    let Some((at, measure)) = links::MEASURES
        .iter()
        .filter_map(|m| Some((clause.find(m)?, *m)))
        .min_by_key(|(at, _)| *at)
    else {
        return false;
    };
    let before = &clause[..at];
    if before.is_empty() || plans::ACTUAL.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    let from = before.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let stem = &clause[from..at + measure.len()];
    !names.iter().any(|name| name.contains(stem))
}

/// Whether `checked` (a clause's opening, after whoever checked) opens
/// with one of `words` after the basis the check was made on
/// ([`changes::strip_basis`]): `剔除未移交的小区配套园后实际为47.9%`,
/// `检查组按省定口径重新核算为78.6%` (the figure reported passed). Asked last,
/// apart: few clauses open with a basis.
#[inline(never)]
fn opens_after_basis(checked: &str, words: &[&str]) -> bool {
    let Some((_, rest)) = changes::strip_basis(checked) else {
        return false;
    };
    let rest = plans::after_inspectors(rest);
    words
        .iter()
        .any(|w| search::after_word(rest, w).is_some_and(|after| !after.starts_with(links::RATE)))
}

/// `要求…将中职招生比例提高到45%以上，2022年达到50%左右`: after a plan, the
/// next clause may open with a year and a word of reaching (`2022年达到`):
/// the plan of the same indicator for that year. Returns the figure and
/// the year.
fn later_plan<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    at: &Quantity,
    kind: QuantityKind,
) -> Option<(&'q Quantity, Option<i32>)> {
    let q = next_clause(text, quantities, mentions, at, kind, |opening| {
        // `2022年达到`, `2023年降至`, `2025年提高到`: a word of reaching
        // within the few words after the year.
        after_year(opening).is_some_and(|rest| reaches_within(rest, 4))
    })?;
    Some((q, first_year(text.slice(at.end, q.start))))
}

/// `，2022年比上年下降2.1%` after an earlier year's change (ending at or
/// after figure `after`): the next clause of the sentence opens with the
/// report's `year` and states a change against the year before. The change
/// and its first figure.
fn change_of_year_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    after: &Quantity,
    kind: QuantityKind,
    year: i32,
) -> Option<(Change, &'q Quantity)> {
    let end = sentence_end(text, after.end);
    let first = quantities.partition_point(|q| q.start < after.end);
    let dated = quantities[first..]
        .iter()
        .take_while(|q| q.end <= end)
        .find(|q| q.kind == QuantityKind::Year)?;
    // The year opens its clause, with no other words before it; the change
    // follows it at once (`2022年B比上年…` names another indicator, and
    // [`change_parts`] reads no change after a name).
    let opens = text
        .chars
        .get(dated.start.checked_sub(1)?)
        .is_some_and(|c| ends_clause(*c));
    if dated.value as i32 != year || !opens {
        return None;
    }
    let (change, _) = change_parts(text, quantities, dated.end, kind, Some(year), false, false)?;
    let at = in_sentence_after(text, quantities, dated.end).next()?;
    Some((change?, at))
}

/// Whether the name `mention` is stated for a year before the report's
/// `year`: a year (`2021年`) stands right before it, a few words apart at
/// most in the same clause (`2021年全县…`), and not as the start of a span
/// (`2018年以来`, `2020年起`).
fn earlier_year_before(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mention: &Mention,
    year: i32,
) -> Option<i32> {
    let before = quantities
        .partition_point(|q| q.end <= mention.start)
        .checked_sub(1)
        .and_then(|i| quantities.get(i))?;
    let words = text.slice(before.end, mention.start);
    let earlier = before.value as i32;
    (before.kind == QuantityKind::Year
        && earlier < year
        && words.chars().count() <= 4
        && !words.chars().any(ends_clause)
        && !changes::SPAN_OR_DEADLINE
            .iter()
            .any(|w| words.starts_with(w)))
    .then_some(earlier)
}

/// `A2021年为12.6亿元，2022年为12.1亿元`: the year of the figure, written
/// between the name (ending at `from`) and the figure (starting at `to`),
/// when it is before the report's `year`.
fn earlier_year_between(quantities: &[Quantity], from: usize, to: usize, year: i32) -> Option<i32> {
    let first = quantities.partition_point(|q| q.start < from);
    quantities[first..]
        .iter()
        .take_while(|q| q.end <= to)
        .filter(|q| q.kind == QuantityKind::Year)
        .map(|q| q.value as i32)
        .find(|y| *y < year)
}

/// The level of a year list, and its base with the base's year.
type Listed<'q> = (&'q Quantity, Option<(&'q Quantity, i32)>);

/// Why one name followed by `分别` and a list of figures (`at` the first)
/// states none of them: the list is of subjects the name does not name.
/// `城乡学前三年毛入园率分别达到99%和95%以上` is town and country
/// (`part`: it was read as the level 99); `学龄儿童入学率和九年义务教育巩固率
/// 分别为99.9%、98.2%`, with the first subject not in the catalog, gives the
/// name the second figure, and which one is not said (`ambiguous`). `None`
/// when the name opens the list of subjects (`A和学龄儿童入学率分别为…`: the
/// first figure is its own), or no list follows.
fn respective_alone(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mention: &Mention,
    at: &Quantity,
) -> Option<UnreadMentionReason> {
    let between = text.slice(mention.end, at.start);
    let respectively = search::find(between, RESPECTIVELY)?;
    let next = quantities[quantities.partition_point(|q| q.start < at.end)..].first()?;
    if next.kind != at.kind || !is_list_separator(text.slice(at.end, next.start)) {
        return None;
    }
    if between[..respectively].contains(PART_LIST) {
        return None;
    }
    let from = text
        .find_backward(0, mention.start, ends_clause)
        .map_or(0, |p| p + 1);
    let opening = text.slice(from, mention.start);
    // Town and country (`城乡`, `城区和农村`), or stages and nothing else
    // (`小学、初中`; not `小学净入学率和`, another subject).
    let stages_only = || {
        let rest = links::STAGES
            .iter()
            .fold(opening.to_string(), |s, w| s.replace(w, ""));
        !rest.is_empty()
            && rest.len() < opening.len()
            && rest.chars().all(|c| PART_LIST.contains(&c))
    };
    let parts = regions::URBAN.iter().any(|w| search::contains(opening, w)) || stages_only();
    Some(if parts {
        UnreadMentionReason::Part
    } else {
        UnreadMentionReason::Ambiguous
    })
}

/// `2021年、2022年A分别为12.6亿元、12.1亿元`: the years listed right
/// before the name, and the figures listed after `分别`, one per year. In a
/// report on 2022 the level is the figure of 2022 and the base the one of
/// 2021. `Some(None)` when the years are listed but cannot be matched with
/// the figures (their numbers differ, or the report's year is not among
/// them): none of the figures is then the level, and the name stays unread
/// rather than bound to another year's figure.
fn year_list<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    at: &'q Quantity,
    year: Option<i32>,
) -> Option<Option<Listed<'q>>> {
    if !search::contains(text.slice(mention.end, at.start), RESPECTIVELY) {
        return None;
    }
    // The years, last first, each followed only by a separator. The last
    // one may close a clause of its own (`2021年至2023年，全县A分别为…`).
    let before = quantities.partition_point(|q| q.end <= mention.start);
    let mut listed: Vec<&Quantity> = Vec::new();
    let mut end = mention.start;
    for q in quantities[..before].iter().rev() {
        let gap = text.slice(q.end, end);
        let joined = if listed.is_empty() {
            let gap = gap.trim_start_matches([',', '，']);
            gap.chars().count() <= 4 && !gap.chars().any(ends_clause)
        } else {
            is_list_separator(gap)
        };
        if q.kind != QuantityKind::Year || !joined {
            break;
        }
        listed.push(q);
        end = q.start;
    }
    let mut years: Vec<i32> = match listed.as_slice() {
        // `2021年至2023年`, `2021—2023年`: a range of years lists each.
        [last] => year_range(text, last).unwrap_or_default(),
        _ => listed.iter().map(|q| q.value as i32).collect(),
    };
    if years.len() < 2 {
        return None;
    }
    if listed.len() > 1 {
        years.reverse();
    }
    // The figures, from `at` on, joined by separators.
    let first = quantities.partition_point(|q| q.start < at.start);
    let mut figures: Vec<&Quantity> = vec![at];
    for q in &quantities[first + 1..] {
        let Some(last) = figures.last() else { break };
        if q.kind != at.kind || !is_list_separator(text.slice(last.end, q.start)) {
            break;
        }
        figures.push(q);
    }
    let Some(year) = year else {
        return Some(None);
    };
    let k = years.iter().position(|y| *y == year);
    Some(match k {
        Some(k) if figures.len() == years.len() => {
            let base = k.checked_sub(1).map(|b| (figures[b], years[b]));
            Some((figures[k], base))
        }
        _ => None,
    })
}

/// The years of a range that ends with the year `last`: `2021年至2023年`,
/// `2021—2023年`, `2021-2023年` are 2021, 2022 and 2023. `None` when no
/// first year and connector ([`RANGE_CONNECTORS`]) stand right before it,
/// or the range does not run forward over at most ten years.
fn year_range(text: &CaseText<'_>, last: &Quantity) -> Option<Vec<i32>> {
    let to = last.value as i32;
    let before = text.slice(last.start.saturating_sub(7), last.start);
    let rest = before.strip_suffix(RANGE_CONNECTORS)?;
    let rest = rest.strip_suffix('年').unwrap_or(rest);
    let digits = rest.get(rest.len().checked_sub(4)?..)?;
    let lone = rest[..rest.len() - 4]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_ascii_digit());
    if !lone || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let from: i32 = digits.parse().ok()?;
    (from < to && to - from <= 10).then(|| (from..=to).collect())
}

/// `A去年为86.2%，今年为89.5%`, `A上年度为…`: the year before the report's
/// `year`, named as the time of the figure (not as the base of a
/// comparison, `比上年`) by the words between the name (ending at `from`)
/// and the figure (starting at `to`).
/// Words of when between a name and the year of its figure (`A已于2018年
/// 达到90%`, `A在2022年比上年下降…`, `A早在…`): the year dates the figure as
/// one right after the name does.
const WHEN_BEFORE_YEAR: [char; 4] = ['已', '于', '在', '早'];

/// Whether `words`, between a name and its change, open with a year before
/// the report's `year` (`2022年比上年减少`, `在2022年比上年下降`), not a span
/// or a deadline (`2019年以来`).
fn earlier_year_named(words: &str, year: i32) -> bool {
    let words = words.trim_start_matches(WHEN_BEFORE_YEAR);
    opening_year(words).is_some_and(|(y, rest)| {
        y < year
            && !changes::SPAN_OR_DEADLINE
                .iter()
                .any(|w| rest.starts_with(w))
    })
}

fn year_before_between(text: &CaseText<'_>, from: usize, to: usize, year: i32) -> Option<i32> {
    let words = text.slice(from, to).trim_start();
    changes::YEAR_BEFORE
        .iter()
        .any(|w| words.starts_with(w))
        .then_some(year - 1)
}

/// Whether the words after the year before (`上年为`, `上年：`, `去年`) state
/// that year's level: nothing, a colon, or a word of reaching.
fn states_the_years_level(rest: &str) -> bool {
    matches!(rest, "" | "：" | ":") || reaches_within(rest, 3)
}

/// Whether `opening` (the words that open a clause) names the year before
/// the report's and a word of reaching right after it: `上年为`, `去年为`,
/// `2021年为` in a 2022 report.
fn opens_year_before(opening: &str, year: Option<i32>) -> bool {
    // `，低于上年的6.3亿元`, `，高于2022年的86.1%`: the level set against the
    // year before's, which is the base. A colon may stand between the year
    // and its figure (`（2022年：700元）`).
    let compared = changes::OTHER_COMPARISONS
        .iter()
        .find_map(|w| opening.strip_prefix(w));
    let opening = compared.unwrap_or(opening);
    // After a comparison only `的` makes the figure the year's own level:
    // `高出上年0.5亿元` is a gap.
    // (Or a bracket: `，低于上年（38.5%）`.)
    let bare = |rest: &str| match compared {
        Some(_) => rest == "的" || rest.strip_prefix(NOTE_OPEN).is_some_and(str::is_empty),
        None => matches!(rest, "" | "：" | ":"),
    };
    // `上年同期8.2亿元`: the same period of the year before is the year's.
    let named = changes::YEAR_BEFORE
        .iter()
        .find_map(|w| opening.strip_prefix(w))
        .map(|rest| rest.strip_prefix("同期").unwrap_or(rest));
    // Or the year alone, right before the figure: `，上年86.1%`,
    // `（2021年86.1%）`.
    match named {
        Some(rest) if compared.is_none() => states_the_years_level(rest),
        Some(rest) => bare(rest),
        None => year.is_some_and(|y| {
            (compared.is_none() && reaches_in_year(opening, y - 1))
                || after_the_year(opening, y - 1).is_some_and(bare)
        }),
    }
}

/// The words that open a sentence (`lead`, up to a name), past what may
/// stand before its date: a label (`取得成效：`), a short clause of words
/// (`民办园占比较高，`), an as-of (`截至`, `到`, `早在`). [`earlier_opening`]
/// and [`opens_later_year`] read the date there.
fn dated_lead(lead: &str) -> &str {
    let lead = lead.trim_start();
    // `取得成效：2021年，…`, `【成效】2021年…`: past the label.
    let lead = plans::after_label(lead).trim_start_matches([' ', NOTE_OPEN]);
    // `截至2022年底，…`: as of then.
    // `民办园占比较高，2021年，全县…`, `县城学校学位紧张，2022年底全县…`: a short
    // clause of words (no figure) before the year that dates the rest.
    // (Asked of every statement: one byte search in the first characters
    // for the comma, which the fold writes as `,`, and a digit after it.)
    let bytes = lead.as_bytes();
    let first_end = memchr::memchr(b',', &bytes[..bytes.len().min(4 * LEAD_CLAUSE + 1)])
        .filter(|&end| bytes.get(end + 1).is_some_and(u8::is_ascii_digit));
    let lead = match first_end {
        Some(end)
            if !bytes[..end].iter().any(u8::is_ascii_digit)
                && lead[..end].chars().count() <= LEAD_CLAUSE =>
        {
            &lead[end + 1..]
        }
        _ => lead,
    };
    // `到2021年底，…` in a later year's report: as of then too (a later
    // year's `到…` is a deadline, left to the plans).
    // `早在2018年，…`, `在上一年度，…`: then, too. (Most leads open with
    // none of these words' first characters.)
    // `据2019年统计，…`, `按2019年统计口径，…`: the source's year.
    static AS_OF: [&[&str]; 4] = [
        &periods::UP_TO,
        &["到", "至"],
        &periods::AT_THE_TIME,
        &periods::BY_THE_SOURCE,
    ];
    static AS_OF_LEADS: std::sync::OnceLock<search::Leads> = std::sync::OnceLock::new();
    let leads =
        AS_OF_LEADS.get_or_init(|| search::Leads::of(AS_OF.iter().flat_map(|w| w.iter().copied())));
    match lead.chars().next() {
        Some(c) if leads.is_lead(c) => AS_OF
            .iter()
            .flat_map(|w| w.iter())
            .find_map(|w| lead.strip_prefix(w))
            .unwrap_or(lead),
        _ => lead,
    }
}

/// Whether `lead` (a sentence's words before a name) opens with a year
/// after the report's `year` that no plan took (a month or a term of it,
/// `2024年3月，…`, `2024年春季学期…`, `2024年以来…` in a report on 2023): a
/// level of the next year is not the report's (it was read as the level).
fn opens_later_year(lead: &str, year: i32) -> bool {
    // (Most leads hold no later year near their start: a byte walk says so.)
    let near = &lead.as_bytes()[..lead.len().min(4 * LEAD_CLAUSE + 8)];
    let later = near.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && (i == 0 || !near[i - 1].is_ascii_digit())
            && std::str::from_utf8(w)
                .ok()
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| y > year)
    });
    if !later {
        return false;
    }
    let lead = dated_lead(lead);
    lead.get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|y| y > year && lead[4..].starts_with('年'))
}

/// The earlier year that the sentence opens with, when it dates the
/// mention: `2022年，全县…`, `2022年底，…`, `2022年9月，…`, `上年度全县…`,
/// `去年…` in a report on 2023. A span or a deadline (`2021年以来`, `2022年起`,
/// `2022年至今`, `2024年前`) opens no earlier year, nor does a comparison
/// (`比上年…`).
fn earlier_opening(
    text: &CaseText<'_>,
    mentions: &[Mention],
    sentence: usize,
    mention: &Mention,
    year: i32,
) -> Option<i32> {
    let lead = dated_lead(text.slice(sentence, mention.start));
    let year_at = |s: &str| {
        s.get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|y| y.parse::<i32>().ok())
    };
    let opened = year_at(lead).and_then(|y| {
        let rest = &lead[4..];
        // `2019—2022年，A达到94.6%`, `2020年至2022年，…` in a report on 2023:
        // a span of years that ended before the report's is dated by its
        // last year, whose level it tells (it was read as the report's, and
        // failed). A span that reaches the report's year is no earlier one.
        let connector = rest.strip_prefix('年').unwrap_or(rest);
        let span = connector
            .strip_prefix(|c| RANGE_CONNECTORS.contains(&c) || c == '–')
            .and_then(|s| Some((year_at(s)?, s[4..].strip_prefix('年')?)));
        match span {
            Some((end, after)) if end > y => Some((end, after)),
            // `2019学年，…`: the school year that ends in the next.
            _ => match rest.strip_prefix(periods::SCHOOL_YEAR) {
                Some(after) => Some((y + 1, after)),
                None => Some((y, rest.strip_prefix('年')?)),
            },
        }
    });
    let (earlier, rest) = match opened {
        Some((y, rest)) => (y, rest),
        None => {
            let rest = changes::YEAR_BEFORE
                .iter()
                .chain(&periods::SCHOOL_YEAR_BEFORE)
                .find_map(|w| lead.strip_prefix(w))?;
            (year - 1, rest)
        }
    };
    if earlier >= year {
        return None;
    }
    let rest = rest.trim_start_matches(['底', '末', '度']);
    // `2018年前后`, `2018年左右`: about that year, not before it.
    let rest = periods::AROUND
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    // `2020年前，A为41%` in a report on 2023: before a year already past is
    // earlier still (`2025年前`, a later year's, is a deadline).
    let rest = rest.strip_prefix('前').unwrap_or(rest);
    // A span or a list of years (`2021—2023年`, `2021年、2022年`) is not
    // one year either.
    if changes::SPAN_OR_DEADLINE
        .iter()
        .chain(&["-", "—", "、", "和"])
        .any(|w| rest.starts_with(w))
    {
        return None;
    }
    // The mention is in the year's own clause, or in the one after a short
    // lead clause that only dates it (`2022年，`, `2022年9月，`,
    // `2022年秋季学期，`). A longer first clause is an event of that year
    // (`2019年县政府出台《…方案》，…，全县学前教育公办率56.8%`): what
    // follows is the result, as of the report; not after the year before
    // the report's, whose events and levels a report tells as that year's
    // (`2023年城北小学投入使用，全县大班额比例为6.2%` in a report on 2024: it
    // was the level, and failed).
    let last_year = earlier == year - 1;
    let (after_lead, long) = match rest.find(ends_clause) {
        Some(end) => {
            // (`2019年全县共有幼儿园86所，A为71.2%`: a stock of the year is
            // no event, however long.)
            let long =
                rest[..end].chars().count() > LEAD_CLAUSE && !periods::states_stock(&rest[..end]);
            if long && !last_year {
                return None;
            }
            (&rest[end..], long)
        }
        None => ("", false),
    };
    let after_lead = after_lead
        .get(after_lead.chars().next().map_or(0, char::len_utf8)..)
        .unwrap_or_default();
    // `2022年，全县A为78.3%，B为41.2%`: the year dates a run of clauses that
    // each state an indicator, until one names a time of its own (`2023年…`,
    // `今年…`, `目前…`). A clause of other words between (`2019年底，县政府
    // 出台《…方案》，…，A56.8%`) makes what follows the result as of the
    // report.
    let run_on = after_lead.chars().any(ends_clause);
    // `2021年已消除超大班额，但2023年秋季…仍有2个超大班额`: the clause of the
    // name dates itself later (the 2 left were the earlier year's).
    if first_year(after_lead).is_some_and(|y| y > earlier)
        || search::contains_any(after_lead, changes::THIS_YEAR)
    {
        return None;
    }
    if !long && !run_on {
        return Some(earlier);
    }
    // (`，虽比2022年增长1.3%，但…`: a base of a comparison names no time of
    // its own; the fall after it was read as the report's year's.)
    if years_in(after_lead).any(|(before, _, _)| !before.ends_with(BASE_BEFORE_YEAR))
        || search::contains_any(after_lead, changes::THIS_YEAR)
        || search::contains_any(after_lead, plans::ACTUAL)
    {
        return None;
    }
    // (A typical case opens with the year its work began; the year before
    // the report's dates every clause, as above.)
    if !run_on || last_year {
        return Some(earlier);
    }
    // `2021年，全县新建幼儿园3所，A为76%，2023年提高到86%`: a later year, or
    // the time now (`目前`, `今年`), further on in the sentence ends the
    // earlier year's account, which dates every clause before it (the 76%
    // was the report's year's level, and failed).
    let end = sentence_end(text, mention.end);
    let later_year_follows =
        text.slice(mention.end, end)
            .split(ends_clause)
            .skip(1)
            .any(|clause| {
                opening_year(clause).is_some_and(|(y, _)| y > earlier && y <= year)
                    || periods::after_now(clause).is_some()
                    || changes::THIS_YEAR.iter().any(|w| clause.starts_with(w))
            });
    if later_year_follows {
        return Some(earlier);
    }
    let ends: Vec<usize> = (sentence..mention.start)
        .filter(|&i| text.chars.get(i).is_some_and(|c| ends_clause(*c)))
        .collect();
    ends.windows(2)
        .all(|w| {
            let first = mentions.partition_point(|m| m.start <= w[0]);
            // `2022年，受疫情影响，A比上年下降2.4%`: a cause between dates
            // nothing of its own; `2019年，全县共有幼儿园86所，A为71.2%`: a
            // stock of the year is the year's state, as a mention's is.
            mentions.get(first).is_some_and(|m| m.start < w[1])
                || changes::gives_cause(text.slice(w[0] + 1, w[1]))
                || periods::states_stock(text.slice(w[0] + 1, w[1]))
        })
        .then_some(earlier)
}

/// The last figure of a series through the years after `earlier` and before
/// `year` that follows `at` (`A2021年为41.3%，2022年为46.8%，2023年…`), with
/// its year: each clause opens with a later year of the span and reaches a
/// figure of `kind`. `at` and `earlier` themselves when no such clause
/// follows.
fn series_through<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    at: &'q Quantity,
    kind: QuantityKind,
    (earlier, year): (i32, i32),
) -> (&'q Quantity, i32) {
    let (mut at, mut earlier) = (at, earlier);
    while let Some(q) = next_clause(text, quantities, mentions, at, kind, |o| {
        opening_year(o).is_some_and(|(y, rest)| {
            y > earlier && y < year && (rest.is_empty() || reaches_within(rest, 7))
        })
    }) {
        let between = text.slice(at.end, q.start);
        let Some(y) = first_year(between) else { break };
        (at, earlier) = (q, y);
    }
    (at, earlier)
}

/// The year that opens `words` (`2022年为`, `2022年底`) and the words after
/// it (see [`after_year`]).
fn opening_year(words: &str) -> Option<(i32, &str)> {
    let rest = after_year(words)?;
    Some((words.get(..4)?.parse().ok()?, rest))
}

/// The school year that opens `words` (`2022-2023学年`, `2022—2023学年度`,
/// `2022至2023学年`): the year it starts in, and the words after it. `None`
/// when no school year of two consecutive years opens them.
fn school_year(words: &str) -> Option<(i32, &str)> {
    let first: i32 = words.get(..4)?.parse().ok()?;
    let rest = words.get(4..)?;
    let rest = ['-', '—', '–', '~', '至']
        .iter()
        .find_map(|c| rest.strip_prefix(*c))?;
    let second: i32 = rest.get(..4)?.parse().ok()?;
    let rest = rest.get(4..)?.strip_prefix("学年")?;
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    (second == first + 1).then_some((first, rest))
}

/// Whether `opening` (the words that open a clause) name the report's own
/// year in words and reach a level: `本年度提高到`, `今年为`, `本年达到`.
fn opens_this_year(opening: &str) -> bool {
    changes::THIS_YEAR.iter().any(|w| {
        opening
            .strip_prefix(w)
            .is_some_and(|rest| reaches_within(rest, 4))
    })
}

/// The year a base figure is for, from the words of its comparison:
/// written (`比2021年的`), the year before the report's (`较上年的`), or
/// `None` when they name no year.
fn base_year(words: &str, year: Option<i32>) -> Option<i32> {
    first_year(words).or_else(|| {
        changes::YEAR_BEFORE
            .iter()
            .any(|w| search::contains(words, w))
            .then(|| year.map(|y| y - 1))
            .flatten()
    })
}

/// `stated` (or, when the text states no change, the change `from` → `to`
/// implies) measured from `base`.
fn with_base(
    stated: Option<Change>,
    from: &Quantity,
    to: &Quantity,
    kind: QuantityKind,
    base: Base,
) -> Change {
    // `12480元（上年12750元），比上年增长2.1%`: a stated change that the two
    // levels refute (they fell) gives way to theirs. The figures are what
    // the report states of the year; the rise was trusted, and passed
    // 只增不减.
    let levels = derived(from, to, kind);
    let mut change = match stated {
        Some(stated) if !refutes(&levels, &stated) => stated,
        _ => levels,
    };
    change.base = Some(base);
    change
}

/// Whether the change of two levels goes the other way from a `stated`
/// one: one rises where the other falls (no change, or none stated, is
/// no refutation).
fn refutes(levels: &Change, stated: &Change) -> bool {
    let direction = |c: &Change| c.percent.or(c.value).filter(|v| *v != 0.0).map(f64::signum);
    matches!((direction(levels), direction(stated)), (Some(a), Some(b)) if a != b)
}

/// Whether a word of reaching (`为`, `达到`, `降至`) stands within the
/// first `chars` characters of `words` (the words after a year, `上年`, `本年度`).
fn reaches_within(words: &str, chars: usize) -> bool {
    let end = words
        .char_indices()
        .nth(chars)
        .map_or(words.len(), |(i, _)| i);
    search::contains_any(&words[..end], changes::REACHED)
}

/// Whether `opening` (the words that open a clause) names the year `year`
/// and a word of reaching right after it: `2022年为`, `2022年达到`.
fn reaches_in_year(opening: &str, year: i32) -> bool {
    // (`A2022年5.6亿元，2023年5.4亿元`: the year's figure right after it.)
    after_the_year(opening, year).is_some_and(|rest| rest.is_empty() || reaches_within(rest, 4))
}

/// The words after the year `year` when it opens `words` (see
/// [`after_year`]), `None` when another year or none opens them.
fn after_the_year(words: &str, year: i32) -> Option<&str> {
    opening_year(words).and_then(|(y, rest)| (y == year).then_some(rest))
}

/// The words after a year that opens `words` (`2022年`, `2022年底`,
/// `2022年前`), or `None` when no year opens them.
fn after_year(words: &str) -> Option<&str> {
    let digits = words.bytes().take_while(u8::is_ascii_digit).count();
    let rest = words.get(digits..)?.strip_prefix('年')?;
    (digits == 4).then(|| rest.trim_start_matches(['底', '前', '末']))
}

/// The next figure of `kind` in the sentence after `at`, when it opens a
/// new clause (or a parenthesis: `为92.3%（2021年为90.8%）`) whose words
/// before it satisfy `opens` and no other name stands between: the same
/// indicator, stated again.
fn next_clause<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    at: &Quantity,
    kind: QuantityKind,
    opens: impl Fn(&str) -> bool,
) -> Option<&'q Quantity> {
    let (q, between) = figure_after(text, quantities, at, kind)?;
    stated_again(mentions, at, q, between, opens).then_some(q)
}

/// The next figure of `kind` after `at` in its sentence, or in the clause
/// after a semicolon (`2022年…为88.1%；2023年提高到91.7%`: it ends the
/// sentence but not the statement), with the words between the two.
fn figure_after<'q, 't>(
    text: &'t CaseText<'_>,
    quantities: &'q [Quantity],
    at: &Quantity,
    kind: QuantityKind,
) -> Option<(&'q Quantity, &'t str)> {
    let end = sentence_end(text, at.end);
    // After a semicolon, the next sentence too: one more end to find.
    let end = match text.chars.get(end) {
        Some(';' | '；') => sentence_end(text, end + 1),
        _ => end,
    };
    let first = quantities.partition_point(|q| q.start < at.end);
    let q = quantities[first..]
        .iter()
        .inspect(|_| work(1))
        .take_while(|q| q.end <= end)
        .find(|q| q.kind == kind && kind != QuantityKind::Year)?;
    Some((q, text.slice(at.end, q.start)))
}

/// Whether figure `q`, after `at` with the words `between`, opens a new
/// clause (or a parenthesis) whose words before it (at most
/// [`LINK_WINDOW`] characters) satisfy `opens`, with no other name between.
fn stated_again(
    mentions: &[Mention],
    at: &Quantity,
    q: &Quantity,
    between: &str,
    opens: impl Fn(&str) -> bool,
) -> bool {
    // (`对照国家标准（A50%），我县为46.5%`: the note closes before the clause;
    // `达到85%的目标，实际为82.6%`: so do the standard's words.)
    // What befell the standard, up to the clause, is stepped over too
    // (`95%以上的目标未能实现，实际为93.8%`).
    // (`76.1%（2023年数据），2024年达到84.5%`: a note that closes right
    // after the figure is stepped over.)
    let between = between
        .strip_prefix(NOTE_OPEN)
        .and_then(|b| b.split_once(NOTE_CLOSE))
        .map_or(between, |(_, rest)| rest);
    let between = match standard_named(between) {
        Some(n) => {
            let fate = &between[n..];
            match fate.find(['，', ',']) {
                Some(i) if fate[..i].chars().count() <= FATE_CHARS => &fate[i..],
                _ => fate,
            }
        }
        None => between,
    };
    let after_note = between.trim_start_matches([NOTE_CLOSE, '）']);
    // (A form's colon, cell or label opens its value's clause as a comma
    // does: `A≥80%：78.4%`, `| ≥80% | 78.4% |`, `【标准】80%【自评】78.4%`.)
    let opening = after_note.trim_start_matches([
        ',',
        '，',
        ' ',
        ';',
        '；',
        '(',
        '（',
        ':',
        plans::CELL,
        LABEL_OPEN,
    ]);
    let clause_break = after_note.len() != opening.len();
    // (`，但实际仅为84.1%`: a conjunction before the clause's words;
    // `，年底实际为48.3%`: the end of the year it is written of.)
    let opening = search::after_any(opening, &plans::BUT)
        .map_or(opening, |rest| rest.strip_prefix('是').unwrap_or(rest));
    let opening = search::after_any(opening, &periods::YEAR_END).unwrap_or(opening);
    clause_break
        && opening.chars().count() <= LINK_WINDOW
        && opens(opening)
        && !named_between(mentions, at, q)
}

/// How many characters open a clause of the year before, at most, before
/// the name it dates (`上一年度`, and three more: `上年全县`).
const YEAR_BEFORE_OPENING: usize = 7;

/// `A为86.1%，上年A为78.1%`, `A8.1亿元，上年A8.4亿元`: the next clause opens
/// with the year before and names the same indicator again, as written;
/// its figure is the year before's level.
fn named_again_for_year_before<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    mention: &Mention,
    level: &Quantity,
) -> Option<&'q Quantity> {
    // (Asked of every level: a clause break right after it, then `上` or
    // `去`, before anything is searched.)
    let next = text.chars.get(level.end..level.end + 2)?;
    if !ends_clause(next[0]) || !matches!(next[1], '上' | '去') {
        return None;
    }
    let (q, between) = figure_after(text, quantities, level, level.kind)?;
    let opening = between.trim_start_matches([',', '，', ';', '；']);
    if opening.len() == between.len() {
        return None;
    }
    let rest = changes::YEAR_BEFORE
        .iter()
        .find_map(|w| opening.strip_prefix(w))?;
    let rest = rest.trim_start_matches('度');
    let name = text.slice(mention.start, mention.end);
    let again = rest.strip_prefix(name)?;
    // The one mention between is the name written again.
    let between_names = mentions_from(mentions, level.end)
        .iter()
        .take_while(|m| m.start < q.start)
        .count();
    (between_names == 1 && states_the_years_level(again)).then_some(q)
}

/// How many characters may tell what befell a standard before the clause
/// that states the level (`未能实现`, `尚未完成`, `没有如期实现`).
const FATE_CHARS: usize = 6;

/// Whether a mention lies between figures `at` and `q`.
fn named_between(mentions: &[Mention], at: &Quantity, q: &Quantity) -> bool {
    mentions_from(mentions, at.end)
        .iter()
        .inspect(|_| work(1))
        .take_while(|m| m.start < q.start)
        .any(|m| m.end <= q.start)
}

/// `A、B分别比上年提高1.4个百分点和2.2个百分点，分别达到91.6%、87.3%`: a
/// list of changes, one per name, then (optionally) a list of levels.
fn list_change_first<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    group: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
    year: Option<i32>,
) -> Option<Vec<Read<'q>>> {
    let last = group.last()?;
    let after: Vec<&Quantity> = in_sentence_after(text, quantities, last.end).collect();
    let n = group.len();
    let deltas = after.get(..n)?;
    let lead = text.slice(last.end, deltas.first()?.start);
    // `A、B均为负增长，分别下降1.6%、3.2%`: a summary of the direction before
    // the list (the list was lost, and A's fall with it).
    let lead = match lead.split_once(['，', ',']) {
        Some((summary, rest))
            if summary.starts_with('均')
                && summary.chars().count() <= SUMMARY_REACH
                && changes::direction(summary).is_some() =>
        {
            rest
        }
        _ => lead,
    };
    // `分别比上年提高`, or a verb alone (`分别增长`, `分别提高了`): a change
    // with no comparison named is against the year before, as for one name
    // (`implicit_change`), unless the sentence names a span of years.
    let compared = search::contains_any(lead, changes::COMPARISONS);
    let implicit = || {
        lead.strip_prefix(RESPECTIVELY)
            .and_then(implicit_verb)
            .is_some()
            && !other_base_before(text, deltas[0].start, year)
    };
    if !search::contains(lead, RESPECTIVELY)
        || lead.chars().any(ends_clause)
        || !(if compared {
            against_year_before(lead, year)
        } else {
            implicit()
        })
    {
        return None;
    }
    let sign = changes::direction(lead)?;
    for pair in deltas.windows(2) {
        if !is_list_separator(text.slice(pair[0].end, pair[1].start)) {
            return None;
        }
    }
    let levels = after.get(n..2 * n).filter(|levels| {
        let words = text.slice(deltas[n - 1].end, levels[0].start);
        let words = words.trim_start_matches([',', '，', ' ']);
        words.chars().count() <= 8
            && (search::contains(words, RESPECTIVELY)
                || search::contains_any(words, changes::REACHED))
            && levels
                .windows(2)
                .all(|p| is_list_separator(text.slice(p[0].end, p[1].start)))
            && group
                .iter()
                .zip(levels.iter())
                .all(|(m, q)| kind_of(m) == Some(q.kind))
    });
    group
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let kind = kind_of(m)?;
            let d = deltas[i];
            let mut change = Change::default();
            // In a list the verb stands once, before the first figure: each
            // figure is marked alone.
            let at = Some(change_span("", d));
            match d.kind {
                QuantityKind::Percent => {
                    change.percent = Some(signed(sign, d.value));
                    change.percent_at = at;
                }
                k if k == units::change_kind(kind) => {
                    change.value = Some(signed(sign, d.value));
                    change.unit = Some(d.unit.clone());
                    change.value_at = at;
                }
                _ => return None,
            }
            Some(match levels {
                Some(levels) => Read::level(levels[i], Some(change)),
                None => Read::change_alone(d, change),
            })
        })
        .collect()
}

/// Whether `mention` stands in an item titled by a problem
/// ([`periods::titles_a_problem`]) in a case that tells what was done
/// about it ([`periods::tells_what_was_done`]).
fn titled_by_problem(text: &CaseText<'_>, mention: &Mention) -> bool {
    let lead = sentence_start(text, mention.start);
    let rest = text.slice(mention.end, text.end_from(mention.end, ends_clause));
    periods::titles_a_problem(text.slice(lead, mention.start), rest)
        && periods::tells_what_was_done(text.slice(0, text.chars.len()))
}

/// The end of the sentence that character `from` is in.
fn sentence_end(text: &CaseText<'_>, from: usize) -> usize {
    text.end_from(from, ends_sentence)
}

/// Whether the sentence after the one of figure `at` opens with the remedy
/// (`整改后，`, `经整改，`, `整改成效：`) and names `mention`'s indicator again:
/// `大班额比例为7.2%。整改后，大班额比例下降到3.1%。`, `仍有超大班额6个。整改后，
/// 超大班额已全部消除。`. The first figure is
/// the state the inspectors found, not the level now (it was a second
/// level, and failed).
fn remedied_next(
    text: &CaseText<'_>,
    mentions: &[Mention],
    mention: &Mention,
    at: &Quantity,
) -> bool {
    if !text.names_remedy {
        return false;
    }
    let end = sentence_end(text, at.end);
    let Some(next) = text
        .chars
        .get(end + 1..)
        .and_then(|rest| rest.iter().position(|c| !c.is_whitespace()))
        .map(|skip| end + 1 + skip)
    else {
        return false;
    };
    if !periods::AFTER_REMEDY
        .iter()
        .any(|w| text.slice(next, next + 6).starts_with(w))
    {
        return false;
    }
    let next_end = sentence_end(text, next);
    // `仍有超大班额6个。整改后，超大班额已全部消除。`: the name may open a claim
    // there, which names no count (`Extractor::counts_left` drops it), so
    // its words are looked for too, without the words of what is left.
    let words = text.slice(mention.start, mention.end);
    let words = plans::STILL_SOME
        .iter()
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words);
    mentions_from(mentions, next)
        .iter()
        .take_while(|m| m.start < next_end)
        .any(|m| m.indicator == mention.indicator)
        || search::contains(text.slice(next, next_end), words)
}

/// Whether the clause after count `at` opens with a removal and its count,
/// after the time it was done by or a word of now (`全县有超大班额12个，目前已消除
/// 8个`, `…12个，2023年化解8个`): the first count is what there was before the
/// work, not what is left (it was read as left, and every claim of the
/// section's was then contradicted by it). What is left is not written; the
/// count is said unread (a clause of what is left after, `，剩余4个`, is
/// read as the level: `Extractor::counts_left`).
pub(crate) fn removed_next(text: &CaseText<'_>, at: &Quantity, year: Option<i32>) -> bool {
    if !matches!(text.chars.get(at.end), Some(',' | '，')) {
        return false;
    }
    // (`，经过两年努力，目前已全部消除`, `，通过新建学校等措施，年底前全部完成化解`:
    // the means first. The whole removed after them is the state before
    // too, said unread: the claim after them is not read, so the count is
    // not left to it, as `Extractor::counts_left` leaves one right before.)
    let mut from = at.end + 1;
    let mut means = false;
    for _ in 0..MEANS_CLAUSES {
        let end = text.end_from(from, ends_clause);
        if !matches!(text.chars.get(end), Some(',' | '，'))
            || !plans::EFFORT_MADE
                .iter()
                .any(|w| text.slice(from, end).starts_with(w))
        {
            break;
        }
        (from, means) = (end + 1, true);
    }
    let next = text.slice(from, from + REMOVED_NEXT_REACH);
    // (`仍有超大班额3个，年内全部消除`: a deadline for what is still left.)
    if periods::deadline_after_still_left(
        text.slice(
            text.find_backward(0, at.start, ends_clause)
                .map_or(0, |p| p + 1),
            at.end,
        ),
        next,
    ) {
        return false;
    }
    let next = periods::after_time_done(next, year)
        .or_else(|| periods::after_now(next))
        .unwrap_or(next);
    let next = links::DONE_NOW
        .iter()
        .find_map(|w| next.strip_prefix(w))
        .unwrap_or(next);
    let partly = || {
        links::REMOVED
            .iter()
            .find_map(|w| next.strip_prefix(w))
            .and_then(|rest| rest.chars().next())
            .is_some_and(numerals::is_digit_or_numeral)
    };
    let wholly = || {
        let clause = next.split(ends_clause).next().unwrap_or(next);
        plans::ALL_OF.iter().any(|w| clause.starts_with(w))
            && search::contains_any(clause, links::REMOVED)
    };
    partly() || (means && wholly())
}

/// How many clauses of the means (`通过…措施，`, `经过两年攻坚，`) may stand
/// between a count and the clause of its removal ([`removed_next`]).
const MEANS_CLAUSES: usize = 2;

/// How many characters of the clause after a count [`removed_next`] reads:
/// the longest time (`截至2023年底前`), a word of now, `已`, the removal and
/// the first digit of its count.
const REMOVED_NEXT_REACH: usize = 16;

/// The mentions that start at or after character `from` (mentions are in
/// text order): a binary search, so that looking ahead from each mention
/// stays linear in a long case.
fn mentions_from(mentions: &[Mention], from: usize) -> &[Mention] {
    &mentions[mentions.partition_point(|m| m.start < from)..]
}

/// The figures after character `from` up to the end of its sentence, years
/// left out (`比2019年`, `2022年达到` stand between names and figures).
fn in_sentence_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    from: usize,
) -> impl Iterator<Item = &'q Quantity> {
    let end = sentence_end(text, from);
    let first = quantities.partition_point(|q| q.start < from);
    quantities[first..]
        .iter()
        .inspect(|_| work(1))
        .take_while(move |q| q.end <= end)
        .filter(|q| q.kind != QuantityKind::Year)
}

/// `A比上年减少0.8亿元，下降4.1%` (a change alone) and `A较上年提高1.2个百分点，
/// 达到93.4%` (a change, then the level it reached): the words right after
/// the name compare with the year before.
fn change_first<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    let first = in_sentence_after(text, quantities, mention.end).next()?;
    let between = text.slice(mention.end, first.start);
    if between.chars().count() > 16
        || between.chars().any(ends_clause)
        || !search::contains_any(between, changes::COMPARISONS)
    {
        return None;
    }
    let (change, last) = match change_parts(text, quantities, mention.end, kind, year, true, false)
    {
        Some(parts) => parts,
        // `A较全市平均低3.2个百分点，为84.1%`: a gap to another base (`高`
        // and `低` say its sign; they are no verbs of change), then the
        // level.
        None if search::contains_any(between, changes::OTHER_BASES)
            && first.kind == units::change_kind(kind) =>
        {
            (None, first)
        }
        None => return None,
    };
    // The level reached, right after the change: `，达到93.4%`; or after a
    // gap to another base (`，较全省平均水平低0.9个百分点，仅为94.1%`).
    let mut level = None;
    let mut from = last;
    for q in in_sentence_after(text, quantities, last.end).take(2) {
        let words = text.slice(from.end, q.start);
        let words = words.trim_start_matches([',', '，', ' ']);
        if q.kind == kind {
            // (`，两者差距拉大至0.5万元`: the gap, not the level.)
            // (`，目前仍有2个`: what is left, after a fall of a count.)
            level = (words.chars().count() <= 8
                && (search::contains_any(words, changes::REACHED)
                    || search::contains_any(words, plans::STILL_SOME)
                    || search::contains_any(words, changes::HELD_AT))
                && !search::contains_any(words, changes::COMPARISONS)
                && !search::contains_any(words, changes::OTHER_COMPARISONS))
            .then_some(q);
            break;
        }
        if q.kind != units::change_kind(kind)
            || words.chars().count() > 16
            || !search::contains_any(words, changes::OTHER_BASES)
        {
            break;
        }
        from = q;
    }
    // A change against another year than the one before is no statement
    // of growth, but the level after it still stands.
    Some(match level {
        Some(q) => Read {
            kind: StatementKind::Level,
            level: Some(q),
            // `同比增加8 650万元，达到13.74亿元，增长6.7%`: the rest of the
            // change may follow the level.
            change: change.map(|mut c| {
                if let Some((Some(more), _)) =
                    change_parts(text, quantities, q.end, kind, year, false, true)
                {
                    if c.value.is_none() {
                        (c.value, c.unit, c.value_at) = (more.value, more.unit, more.value_at);
                    }
                    if c.percent.is_none() {
                        (c.percent, c.percent_at) = (more.percent, more.percent_at);
                    }
                }
                c
            }),
            at: q,
            unsized_change: None,
            dated: false,
        },
        None => Read::change_alone(first, change?),
    })
}

/// `A提高了1.5个百分点至92.3%`, `A增长6.2%至13.4亿元`, `A提高了1.5个百分点，
/// 达到92.3%`: a change with no comparison named, then the level it
/// reached. The level is read, with the change as [`implicit_change`]
/// reads it: against the year before, unless the sentence names a span of
/// years or another base (`比上年提高…至…` is read by [`change_first`]).
fn level_after_change<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    let mut after = in_sentence_after(text, quantities, mention.end).peekable();
    // `A三年提高了12个百分点，达到88%`, `A近五年来提高…`: a span of years
    // between the name and the verb. The level is read; the change is the
    // span's, not the year's (the duration was taken for the change, and
    // the level was lost as `wrong-kind`).
    let span = after.next_if(|q| {
        q.kind == QuantityKind::Duration
            && changes::SPAN_BEFORE
                .iter()
                .any(|w| text.slice(mention.end, q.start) == *w)
    });
    let verb_from = span.map_or(mention.end, |q| q.end);
    let change = after.next()?;
    let level = after.next()?;
    let verb = text.slice(verb_from, change.start).trim_end_matches('了');
    let verb = match span {
        Some(_) => changes::SPAN_AFTER
            .iter()
            .find_map(|w| verb.strip_prefix(w))
            .unwrap_or(verb),
        None => verb,
    };
    // `A2019年以来提高了6.5个百分点`, `A从2019年以来累计提高了…`: a span since a
    // year before the verb (the change is then not against the year
    // before: `implicit_change` reads the span).
    // `累计提高了…` sums the years of the span.
    let verb = verb
        .rsplit_once(changes::SINCE)
        .filter(|(since, _)| first_year(since).is_some())
        .map_or(verb, |(_, v)| v)
        .trim_start_matches(changes::SUM);
    // `A年均增长5.6%，达到9.3亿元`: an average over years, no change of
    // the year's.
    let averaged = changes::AVERAGED.iter().find_map(|w| verb.strip_prefix(w));
    let verb = averaged.unwrap_or(verb);
    let to = text.slice(change.end, level.start);
    // (`提高12%，达到48.7%`: a rate's rise in percent, then its level.)
    let changes_kind = change.kind == units::change_kind(kind)
        || (matches!(kind, QuantityKind::Money | QuantityKind::Percent)
            && change.kind == QuantityKind::Percent);
    // `至92.3%`, or the next clause opening with a word of reaching
    // (`，达到92.3%`), or with the level now (`，目前为93.2%`, `，现为…`), or
    // with the move to it (`下降2.3个百分点，降至6.8%`, `，提高到94.2%`: the
    // level was lost, and its target with it).
    let reached = to.strip_prefix(['，', ',']).unwrap_or(to);
    // `，2023年达到9.3亿元`: the report's year's level.
    let reached = year
        .and_then(|y| after_the_year(reached, y))
        .unwrap_or(reached);
    let now = plans::ACTUAL
        .iter()
        .find_map(|w| reached.strip_prefix(w).map(|rest| (w, rest)));
    let reaches = changes::TO.iter().any(|c| to == c.to_string())
        || (reached.len() < to.len()
            && (changes::REACHED.contains(&reached)
                || changes::moved_to(reached).is_some_and(|(_, before)| before.is_empty())
                || now.is_some_and(|(w, rest)| {
                    changes::REACHED.contains(&rest)
                        || (rest.is_empty() && changes::REACHED.iter().any(|r| w.ends_with(r)))
                })));
    let worded = changes::verbs().any(|v| verb == v) && reaches;
    if !(changes_kind && worded && states(kind, level)) {
        return None;
    }
    let change = implicit_change(text, quantities, mention.end, kind, year)
        .filter(|(_, at)| averaged.is_none() && span.is_none() && std::ptr::eq(*at, change))
        .map(|(c, _)| c);
    Some(Read::level(level, change))
}

/// The level stated after a name (`A达93.37%`, `A：94.6%`, `A94.6%`), or a
/// from→to (`A由86.1%提高到90.2%`), with the change that follows it.
fn level_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    let (from, to) = single_after(text, quantities, mention, Some(kind))?;
    // (`9.84亿元，完成调整预算的101.3%，下降1.8%`: after the budget's share.)
    let cursor = match from {
        None => after_budget_share(text, quantities, to.end),
        Some(_) => to.end,
    };
    // After a from→to, the change may follow with no comparison of its own
    // (`由94.8%提高到96.4%，提高1.6个百分点`): the from→to is the comparison.
    let parts = change_parts(text, quantities, cursor, kind, year, false, from.is_some());
    Some(match from {
        None => {
            // After a note or what the figure is per (`15260元/生，与上年持平`).
            let after = skip_note(text, to.end);
            let change = match parts {
                Some((stated, _)) => stated,
                None => implicit_change(text, quantities, cursor, kind, year)
                    .map(|(c, _)| c)
                    .or_else(|| flat_after(text, after, kind, &to.unit, year))
                    .or_else(|| roughly_flat_then(text, quantities, after, kind, year))
                    .or_else(|| share_of_year_before(text, quantities, after, kind, year))
                    .or_else(|| worded_against_base(text, quantities, to, kind, year))
                    .or_else(|| change_before(text, quantities, mention, kind, year)),
            };
            // `A减少至11860元`: a fall to the level, its size not said; so is
            // a rise against the year before (`A比上年提高到86.5%`).
            let fell = changes::moved_unsized(text.slice(mention.end, to.start))
                .and_then(Direction::of_sign);
            Read {
                kind: StatementKind::Level,
                level: Some(to),
                unsized_change: unsized_after(text, after, kind, year)
                    .or(fell)
                    .filter(|_| change.is_none()),
                change,
                at: to,
                dated: false,
            }
        }
        Some(from) => {
            // `由1 2,430元减少到11,980元` (a digit cut off by a blank in a
            // PDF's text: from 2,430元): a verb that says the opposite of
            // the two figures is a misreading, and no statement is read
            // (it was a rise of 393%).
            let verb = changes::direction(text.slice(from.end, to.start));
            if verb.is_some_and(|sign| (to.value - from.value) * sign < 0.0) {
                return None;
            }
            // `从78.5%至95.6%不等`: a range over places, no change and no
            // level (the higher end was read as the region's, risen).
            if text
                .slice(to.end, to.end + 3)
                .trim_start()
                .starts_with(changes::RANGE)
            {
                return None;
            }
            let stated = parts.and_then(|(c, _)| c);
            // `A83.6%（2022年）、86.1%（2023年）`: the times are labelled. The
            // level is the report's year's (or the one after the remedy),
            // and its base the label's year.
            let labelled = if text.chars.get(from.end) == Some(&NOTE_OPEN) {
                let after = &quantities[quantities.partition_point(|q| q.start < from.end)..];
                later_labelled(text, after, from, kind)
                    .filter(|(q, _)| q.start == to.start)
                    .map(|(_, time)| time)
            } else {
                None
            };
            if let Some(time) = labelled {
                let base_year = match time {
                    LabelledTime::Year(y) if Some(y) == year => Some(y - 1),
                    LabelledTime::ThisYear => year.map(|y| y - 1),
                    _ => None,
                };
                // Labelled by two earlier years: neither is the level (left
                // to the reading of earlier years, below).
                if !matches!(time, LabelledTime::Year(y) if Some(y) != year) {
                    let base = Base::of(from, base_year);
                    return Some(Read {
                        kind: StatementKind::FromTo,
                        level: Some(to),
                        change: match time {
                            LabelledTime::Remedied => stated,
                            _ => Some(with_base(stated, from, to, kind, base)),
                        },
                        at: to,
                        unsized_change: None,
                        dated: true,
                    });
                }
            }
            // (The words from the `由` on: `2023年由84.2%…` is the year the
            // level moved in, not the base's.)
            let words = text.slice(mention.end, from.start);
            let words = links::from_after_lead(words).unwrap_or(words);
            let base = Base::of(from, base_year(words, year));
            // `近三年…从12800元减少到12600元`: over a span of years, the
            // difference is no change of the year's (it failed 只增不减).
            let span = stated.is_none()
                && base.year.is_none()
                && other_base_before(text, from.start, year);
            // `由整改前的13650元减少到13540元`, `从反馈时的7.05亿元…`: from the
            // state before the rectification, no change against the year
            // before (it failed 只增不减).
            let remedied = base.year.is_none()
                && periods::holds_earlier_state(text.slice(mention.end, from.start));
            Read {
                kind: StatementKind::FromTo,
                level: Some(to),
                change: if remedied {
                    stated
                } else {
                    (!span).then(|| with_base(stated, from, to, kind, base))
                },
                at: to,
                unsized_change: None,
                dated: false,
            }
        }
    })
}

/// `A在全省8个市中排名末位，为46.2%`, `A居全省第8位，为78.5%`: a clause that
/// ranks the name among others, with figures of its own (`8个市`, `第8位`),
/// then the level in the next clause. (The rank's figures stood between the
/// name and its level, which was lost.)
fn after_rank<'q>(
    text: &CaseText<'_>,
    after: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
) -> Option<(Option<&'q Quantity>, &'q Quantity)> {
    let clause_end = text.find_forward(mention.end, mention.end + RANK_CLAUSE, ends_clause)?;
    if !search::contains_any(text.slice(mention.end, clause_end), links::RANKS) {
        return None;
    }
    let level = after
        .iter()
        .skip_while(|q| q.start < clause_end)
        .take_while(|q| q.start <= clause_end + 1 + LINK_LIMIT)
        .find(|q| states(kind, q))?;
    let between = text.slice(clause_end + 1, level.start);
    let interloper = after
        .iter()
        .skip_while(|q| q.start < clause_end)
        .take_while(|q| q.end <= level.start)
        .any(|q| !matches!(q.kind, QuantityKind::Year | QuantityKind::Duration));
    (!interloper && !between.chars().any(ends_sentence) && links(between)).then_some((None, level))
}

/// The longest clause that ranks a name before its level ([`after_rank`]):
/// `在全省8个市中排名末位`.
const RANK_CLAUSE: usize = 16;

/// `以86.5%的普惠性幼儿园覆盖率`: a figure of the indicator's kind right
/// before the name, joined by `的`.
fn value_before<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    if kind == QuantityKind::Count
        && let Some(q) = count_before(text, quantities, mention.start)
    {
        return Some(Read::level(q, None));
    }
    let index = quantities.partition_point(|q| q.end <= mention.start);
    let q = quantities.get(index.checked_sub(1)?)?;
    if q.kind != kind || text.slice(q.end, mention.start).trim() != "的" {
        return None;
    }
    let change = change_after(text, quantities, q, kind, year);
    Some(Read::level(q, change))
}

/// `仍有2个超大班额`, `全县有3个66人以上超大班额`: a count that stands right
/// before the name starting at `name` (a class size, `66人以上`, may stand
/// between), after a word of having ([`links::HAVING`]): the count left.
pub(crate) fn count_before<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    name: usize,
) -> Option<&'q Quantity> {
    let index = quantities.partition_point(|q| q.end <= name);
    let mut q = quantities.get(index.checked_sub(1)?)?;
    if q.end != name {
        return None;
    }
    if q.unit == "人" {
        let size = q;
        q = quantities.get(index.checked_sub(2)?)?;
        if q.end != size.start {
            return None;
        }
    }
    (q.kind == QuantityKind::Count
        && q.unit == "个"
        && links::HAVING
            .iter()
            .any(|w| text.slice(q.start.saturating_sub(2), q.start).ends_with(w)))
    .then_some(q)
}

/// The change a from→to implies: the difference of the two values (in
/// percentage points for a rate), and for amounts the growth in percent.
fn derived(from: &Quantity, to: &Quantity, kind: QuantityKind) -> Change {
    let difference = to.value - from.value;
    let unit = match units::unit_of(units::change_kind(kind)) {
        "" => to.unit.clone(),
        unit => Text::from_static(unit),
    };
    let percent = (kind != QuantityKind::Percent && from.value > 0.0)
        .then(|| difference / from.value * 100.0);
    Change {
        value: Some(difference),
        unit: Some(unit),
        percent,
        derived: true,
        base: None,
        ..Change::default()
    }
}

/// Where the sentence holding character `at` starts (at most
/// [`SCAN_LIMIT`] back): the plan words, the period and the year that
/// open it are read from there. Looked up once per statement.
fn sentence_start(text: &CaseText<'_>, at: usize) -> usize {
    let start = text
        .find_backward(0, at, ends_sentence)
        .map_or(at.saturating_sub(SCAN_LIMIT), |p| p + 1);
    start + item_number(text, start, at)
}

/// Whether the words before `at` in its clause, or a short clause that
/// opens the sentence at `sentence` (at most [`LEAD_CLAUSE`] characters:
/// `近三年，`), name a span of several years ([`changes::names_total_span`]).
/// `累计` alone in a clause that names the report's year (`2023年累计投入`)
/// is that year's sum.
fn spans_years(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    sentence: usize,
    mention: &Mention,
    at: &Quantity,
    year: Option<i32>,
) -> bool {
    let clause = text
        .find_backward(sentence, mention.start, ends_clause)
        .map_or(sentence, |p| p + 1);
    // `A2021—2023年累计30.1亿元`: a range of years ending in the report's
    // (its last year was taken for the time of the sum, and the sum read as
    // the year's).
    let ranged = |words: &str| {
        words.contains(RANGE_CONNECTORS)
            && quantities[quantities.partition_point(|q| q.start < clause)..]
                .iter()
                .take_while(|q| q.end <= at.start)
                .any(|q| q.kind == QuantityKind::Year && year_range(text, q).is_some())
    };
    let spans = |words: &str| {
        changes::names_years_summed(words)
            || (search::contains(words, changes::SUM)
                && !changes::sums_the_year(words)
                && (year.is_none_or(|y| first_year(words) != Some(y)) || ranged(words)))
    };
    let own = text.slice(clause, at.start);
    if spans(own) {
        return true;
    }
    // A clause dated in the report's year is that year's, whatever span
    // opened the sentence.
    if year.is_some_and(|y| first_year(own) == Some(y)) {
        return false;
    }
    // `2021至2023年，全县…合计36.5亿元`: a total after a range of years
    // ([`year_range`]) anywhere before it, or right after a count of them
    // (`三年合计`).
    let before = text.slice(sentence, at.start);
    if search::contains_any(before, changes::ADDED_UP)
        && (changes::sums_counted_years(before)
            || quantities[quantities.partition_point(|q| q.start < sentence)..]
                .iter()
                .take_while(|q| q.end <= at.start)
                .any(|q| q.kind == QuantityKind::Year && year_range(text, q).is_some()))
    {
        return true;
    }
    let lead_end = text
        .find_forward(sentence, clause, ends_clause)
        .unwrap_or(sentence);
    lead_end > sentence
        && lead_end - sentence <= LEAD_CLAUSE
        && spans(text.slice(sentence, lead_end))
}

/// The longest clause that only dates a sentence (`近三年，`, `2022年9月，`,
/// `2022年秋季学期，`): [`earlier_opening`] and [`spans_years`] read the
/// statement after one as dated by it.
const LEAD_CLAUSE: usize = 8;

/// The length in characters of an item's number that opens a sentence at
/// `start` (before `at`): a list inside a case (`1.2022年，…`, `（2）全县…`,
/// `③`, `二是`), whose number is not a word of the sentence. The parser's
/// grammar of markers says what one is; a `1.` that may be a figure
/// (`1.5万人`) and a `一、` (`一、二年级`) are not taken for one.
pub(crate) fn item_number(text: &CaseText<'_>, start: usize, at: usize) -> usize {
    item_at(text, start, at).map_or(0, |m| m.len)
}

/// The item number that opens a sentence at `start` (before `at`), as
/// [`item_number`] reads one.
fn item_at(text: &CaseText<'_>, start: usize, at: usize) -> Option<dutycheck_parse::Marker> {
    use dutycheck_parse::{Certainty, Style};
    let opening = text.slice(start, at.min(start + ITEM_NUMBER_LIMIT));
    dutycheck_parse::marker(opening)
        .filter(|m| m.certainty != Certainty::Decimal && m.style != Style::ChineseComma)
}

/// Whether the statement whose sentence starts at `start` (after its item
/// number, as [`sentence_start`] gives it), with its name at `name`, is an
/// item of a list whose head announces plans ([`plans::announces_plans`],
/// or a year after the report's `year`):
/// `下一步，我县将重点做好以下工作：一是…；二是…普惠性幼儿园覆盖率达到90%`, or the
/// head on a line of its own and each item on the next lines. Only an item
/// with a plan word of its own was read as a plan; the others were levels
/// reached, and passed.
///
/// The head is the sentence before the colon that the list's first item
/// follows (or a plans title before a `。`: `下一步打算。一是…`). From an item
/// after the first, the walk goes back through the earlier items, across
/// lines only while each line it leaves opens with an item's number, at
/// most [`LIST_REACH`] characters. Only a sentence that opens with an item
/// number, or holds a colon before its name, is looked at.
pub(crate) fn in_list_of_plans(
    text: &CaseText<'_>,
    start: usize,
    name: usize,
    year: Option<i32>,
) -> bool {
    // (`2024年重点抓好三项工作：` in a report on 2023 announces them too.)
    let announces = |head: &str| plans::announces_plans(head) || future_year(head, year).is_some();
    let head = |colon: usize| {
        let from = text
            .find_backward(0, colon, ends_sentence)
            .map_or(colon.saturating_sub(SCAN_LIMIT), |p| p + 1);
        text.slice(from, colon)
    };
    let first_item_after = |p: usize| {
        let from = text
            .chars
            .get(p..)
            .and_then(|rest| rest.iter().position(|c| !c.is_whitespace()))
            .map_or(p, |skip| p + skip);
        item_at(text, from, from + ITEM_NUMBER_LIMIT).is_some_and(|m| m.number == 1)
    };
    // The head in the statement's own sentence: `…以下工作：一是…达到88%`.
    let own = text.slice(start, name);
    if let Some(i) = memchr::memchr(b':', own.as_bytes()) {
        let colon = start + own[..i].chars().count();
        if first_item_after(colon + 1) {
            return announces(text.slice(start, colon));
        }
    }
    // A sentence opened by an item's number: `start` was moved past it.
    if start == 0 || text.chars.get(start - 1).is_none_or(|c| ends_sentence(*c)) {
        return false;
    }
    let Some(raw) = text
        .find_backward(
            start.saturating_sub(ITEM_NUMBER_LIMIT),
            start,
            ends_sentence,
        )
        .map(|p| p + 1)
        .or((start <= ITEM_NUMBER_LIMIT).then_some(0))
    else {
        return false;
    };
    if item_at(text, raw, start).is_none_or(|m| raw + m.len != start) {
        return false;
    }
    let floor = raw.saturating_sub(LIST_REACH);
    let mut p = raw;
    while p > floor {
        p -= 1;
        match text.chars[p] {
            ':' if first_item_after(p + 1) => return announces(head(p)),
            // (`下一步，我们将重点做好以下工作。一是…`: a sentence that
            // announces the plans, as a head before a colon does.)
            '。' if first_item_after(p + 1) => {
                let head = head(p);
                return crate::short_title(head).is_some_and(plans::is_plan_title)
                    || announces(head);
            }
            // A title of plans on a line of its own, with no stop
            // (`下一步工作打算` over `1.…`, inside a case).
            '\n' if first_item_after(p + 1) && {
                let line = text
                    .find_backward(floor, p, |c| c == '\n')
                    .map_or(floor, |q| q + 1);
                crate::short_title(text.slice(line, p)).is_some_and(plans::is_plan_title)
            } =>
            {
                return true;
            }
            // The line the walk leaves must be an item of the list.
            '\n' if item_at(text, p + 1, p + 1 + ITEM_NUMBER_LIMIT).is_none() => return false,
            _ => {}
        }
    }
    false
}

/// How far back, in characters, [`in_list_of_plans`] looks for a list's
/// head: a list of a few items of a few sentences each.
const LIST_REACH: usize = 2000;

/// The longest item number [`item_number`] looks for, in characters
/// (`（十二）`, `12.` and the year after it).
const ITEM_NUMBER_LIMIT: usize = 12;

/// Whether the statement of `mention` at figure `at` is a plan: the
/// sentence holds a plan word (力争, 计划, 要求, 确保 …, `目标` unless
/// claimed as met), `到2025年` with a year after the report's, or `将`
/// right before the name. `Some(year)` when it is, with the year it names.
/// A bound (`控制在5%以内`) is a requirement unless an achievement word
/// stands before it or the statement is `measured` against the year before.
/// `start` is where the mention's sentence starts ([`sentence_start`]).
/// Whether the sentence opens with a label of a remedy's measures
/// (`整改措施：新建幼儿园5所，使A达到52%以上`, in `lead` or, with no clause
/// before the figure, `first`) in an item of a plan of remedies: one that
/// sets its deadline (`整改时限：`) and tells no result
/// ([`plans::remedy_planned`]). Its figures are what the measures are to
/// reach, not what they reached. (Asked of the case only after the label:
/// few sentences open with one.)
fn remedy_to_come(text: &CaseText<'_>, lead: &str, first: Option<&str>) -> bool {
    (plans::opens_with_remedy_measures(lead)
        || first.is_some_and(plans::opens_with_remedy_measures))
        && plans::remedy_planned(&text.normal)
}

fn plan(
    text: &CaseText<'_>,
    start: usize,
    mention: &Mention,
    mentions: &[Mention],
    at: &Quantity,
    cx: Context<'_>,
    measured: bool,
) -> Option<Option<i32>> {
    let end = at.start.max(mention.end);
    let context = text.slice(start, end);
    let deadline = future_year(context, cx.year);
    // Plan words count in the mention's own clause, and in a short lead-in
    // clause that opens the sentence (`力争，`, `下一步，`); a `要求` three
    // clauses earlier (`严格落实…政策要求,…,中职招生比例达47.38%`) is about
    // something else.
    let clause_start = text
        .find_backward(start, mention.start, ends_clause)
        .map_or(start, |p| p + 1);
    // `计划到2025年…达到92%，2023年普惠性幼儿园覆盖率为78.4%` in a 2023
    // report: a clause dated in the report's year (or before) says what
    // was, whatever plan or deadline opened the sentence.
    let own = text.slice(clause_start, end);
    // (The year of a from→to's base dates the base, not the clause: `到2025年，
    // A由2022年的46%提高到53%` is a plan.)
    // (Cut only when a year stands in the clause: few clauses hold one.)
    let dated = cx.year.is_some_and(|r| {
        first_year(own).is_some_and(|y| y <= r)
            && first_year(own.find(FROM).map_or(own, |i| &own[..i])).is_some()
    }) && future_year(own, cx.year).is_none();
    let deadline = deadline.filter(|_| !dated);
    let lead_end = text.find_forward(start, end, ends_clause).unwrap_or(start);
    let lead = if dated {
        ""
    } else {
        text.slice(start, lead_end)
    };
    let short = lead.chars().count() <= 16;
    // `下一步，…`: the sentence is what will be done, every clause of it,
    // until a clause says what was done (`plan_ended`). `【下一步】A达到55%，…`:
    // a label opens the first clause too, whose figure has no clause end
    // before it (and so no lead).
    // (Asked only of a sentence the lead opens as a plan: few are.)
    let ended = || clause_start > lead_end && plan_ended(text, lead, lead_end, clause_start);
    let first = (!dated && lead_end == start).then(|| text.slice(start, end));
    let opened = (plans::opens_with_plan_opener(lead)
        || plans::opens_sentence_of_plans(lead)
        // (A clause of a condition opens with `待` or `等`: asked first.)
        || (start..clause_start).any(|p| {
            plans::CONDITION.0.contains(&text.chars[p])
                && (p == start || ends_clause(text.chars[p - 1]))
        }) && plans::names_condition(text.slice(start, clause_start))
        || first.is_some_and(|f| {
            plans::opens_with_label_of_plans(f) || plans::opens_with_plan_opener(f)
        })
        // `2025年全县教育工作的主要预期目标是：A达到95%以上，B达到90%，C稳定在
        // 96%以上`: a head that announces plans, then its list after a colon,
        // item by comma, as a list of `一是…` is read (only the first was a
        // target, the others levels reached).
        || plans::heads_a_list_of_plans(lead))
        && !ended();
    // `下一步，我县将扩充公办学前资源，新建幼儿园3所；A达到55%`: a semicolon
    // ends a part of a sentence of plans, not the plans (the part after it
    // was a level reached), unless it says where the region stands now. So
    // does a later year that opens the sentence (`2024年重点抓好三项工作：
    // 一是…；二是A达到95%` in a report on 2023: the part was a level).
    // (`start` was moved past an item's number: `；二是…`.)
    let semicolon = (!dated)
        .then(|| {
            text.find_backward(
                start.saturating_sub(ITEM_NUMBER_LIMIT),
                start,
                ends_sentence,
            )
        })
        .flatten()
        .filter(|&p| {
            matches!(text.chars[p], ';' | '；')
                && (p + 1 == start
                    || item_at(text, p + 1, start).is_some_and(|m| p + 1 + m.len == start))
        });
    let carried = semicolon
        .map(|p| {
            let whole = text
                .find_backward(0, p, |c| ends_sentence(c) && !matches!(c, ';' | '；'))
                .map_or(0, |p| p + 1);
            let lead_end = text
                .find_forward(whole, start, ends_clause)
                .unwrap_or(start);
            text.slice(whole, lead_end)
        })
        .filter(|_| !search::contains_any(text.slice(start, end), plans::ACTUAL));
    let opened = opened
        || carried.is_some_and(|lead| {
            plans::opens_with_plan_opener(lead) || plans::opens_sentence_of_plans(lead)
        });
    let opened = opened || (remedy_to_come(text, lead, first) && !ended());
    let deadline = deadline.or_else(|| carried.and_then(|lead| future_year(lead, cx.year)));
    // The plan words are those the one pass found (`CaseText::plan_words`).
    // A plan word that opens the sentence, or a building it waits on
    // anywhere in its first clause (`城东学校投入使用后，…降至3%`).
    let opens_plan = !lead.is_empty()
        && (text
            .plan_words(start, lead_end)
            .any(|(at, w)| at == start || plans::is_building(w) || w.starts_with(plans::WILL))
            || lead.starts_with('到'));
    // `A（目标90%）达到88.7%`, `A（省定目标85%）83.1%`: a note right after the
    // name gives the standard's figure; its words plan nothing of the figure
    // after it (which was read as a target, and its shortfall lost).
    let note_close = (text.chars.get(mention.end) == Some(&NOTE_OPEN))
        .then(|| text.find_forward(mention.end, at.start, |c| c == NOTE_CLOSE))
        .flatten();
    let worded = match note_close {
        Some(close) => text.plans_in(clause_start, mention.end) || text.plans_in(close, end),
        None => text.plans_in(clause_start, end),
    } || (short && opens_plan && text.plans_in(start, lead_end) && !ended());
    // `将A提高到90%`, `将把A提高到90%`, `要把A提高到90%` will be; `已将A控制在
    // 5%以内` was. (`把` alone may tell what was done: `全县把A提高到了90%`.)
    let before_name = text.slice(clause_start, mention.start);
    let disposal = before_name.strip_suffix(['将', '把']);
    // A name listed after others (`将把A、B分别提高到90%、55%`) is acted on
    // by the words before the first of them.
    let before_list = if before_name.ends_with(links::JOINS) {
        text.slice(clause_start, list_head(text, mentions, mention))
    } else {
        before_name
    };
    let will = (before_list.ends_with('将') || plans::will_dispose(before_list))
        && !before_list
            .strip_suffix(['将', '把'])
            .is_some_and(plans::achieved);
    // `A控制在5%以内` is a requirement; `A已控制在5%以内`, `已将A控制在…` a
    // level reached.
    let between = text.slice(mention.end, at.start);
    // `A将突破55%`, `A年内将提升至92%`: will be (`将近90%` is nearly).
    let will = will
        || between
            .match_indices('将')
            .any(|(i, _)| !between[i..].starts_with("将近"));
    // `截至目前，全县大班额比例控制在5.8%`, `整改成效：…控制在…`: the bound
    // reached now, not a requirement.
    let now = || {
        let opening = text.slice(start, mention.start);
        search::contains_any(opening, plans::ACTUAL)
            || search::contains_any(opening, periods::AFTER_REMEDY)
            || search::contains_any(opening, periods::UP_TO)
    };
    let bound = !measured
        && plans::BOUNDS.iter().any(|w| {
            search::starts(between, w).any(|i| {
                let before = &between[..i];
                // (`尚未控制在5%以内`: a bound missed, a level above it.)
                !(plans::achieved(before)
                    || qualifiers::negated(before)
                    || (before.trim().is_empty() && disposal.is_some_and(plans::achieved)))
            })
        })
        && !now();
    // `距90%的目标还有差距`, `未达到80%的国家标准`: the figure is the
    // standard's, not what the indicator reached.
    // A note in brackets (`（国家标准为85%）达到88.3%`) is stepped over.
    // `A≥80%：78.4%`, `A是否达到50%`, `A：标准值80%`: a form's standard.
    let standard = names_standard(text, at)
        || standard_between(after_note(between))
        || standard_before(before_name)
        || form_standard(text, at, between);
    // `力争2026年A达到95%`: a plan dated by a year that no `到` or `前`
    // marks as a deadline is still for that year; so is every plan of a
    // sentence that opens with it (`2023年，…确保A稳定在86%以上，B达到52%`).
    // An item of a list whose head announces plans (`我县将重点做好以下工作：
    // 一是…；二是…`), unless its clause says where the region stands now
    // (`二是目前全县…为78%`).
    let listed = !(worded || opened || will || cx.plan_section || dated)
        && in_list_of_plans(text, start, mention.start, cx.year)
        && !search::contains_any(text.slice(clause_start, mention.start), plans::ACTUAL);
    let deadline = deadline.or_else(|| {
        (worded || opened || will || cx.plan_section || listed)
            .then(|| year_of_plan(context, cx.year))
            .flatten()
            .filter(|_| !dated)
    });
    // `A2025年达到55%`: a later year right after the name, then a word of
    // reaching: the plan for that year (it was read as the level now).
    let deadline = deadline.or_else(|| {
        let words = between.trim_start();
        if !words.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let y = first_year(words).filter(|y| cx.year.is_some_and(|r| *y > r))?;
        after_year(words)
            .is_some_and(|rest| words.starts_with(char::is_numeric) && reaches_within(rest, 4))
            .then_some(y)
    });
    // `对标2025年目标，全县A已达到78.2%`: reached already, whatever goal
    // frames the sentence (it was the 2025 target, and 78.2% passed).
    let already = between.trim_start().starts_with(plans::ALREADY)
        && !text.plans_in(clause_start, end)
        && future_year(own, cx.year).is_none();
    if already && !will && !standard {
        return None;
    }
    // `A达到85%，计划于2025年6月底前完成`, `A达到52%（预计2025年秋季学期实现）`:
    // the deadline by which the figure is to be reached.
    if let Some(year) = deadline_after(text, at, cx.year) {
        return Some(deadline.or(Some(year)));
    }
    // `A85%（2024年目标），实际完成78.4%`, `A52%（计划数），47.5%（实际数）`: a
    // note that labels the figure as a goal.
    if text.chars.get(at.end) == Some(&NOTE_OPEN)
        && let after = skip_note(text, at.end)
        && after > at.end
        && plans::labels_a_goal(text.slice(at.end + 1, after - 1))
    {
        return Some(deadline.or_else(|| first_year(text.slice(at.end + 1, after - 1))));
    }
    // `正在整改，年底前全县…达到52%`: by the end of the year being written in
    // (asked last: most statements are plans by other words, or hold no
    // `底`).
    let year_end = || !dated && plans::year_end_deadline(context);
    (deadline.is_some() || worded || opened || will || listed || bound || standard || year_end())
        .then_some(deadline)
}

/// The later year by which the figure `at` is to be reached, set by the
/// clause right after it ([`plans::deadline_for_the_above`]: `，计划于2025年6月底前完成`,
/// `（预计2025年秋季学期实现）`), when that year is after the report's.
fn deadline_after(text: &CaseText<'_>, at: &Quantity, year: Option<i32>) -> Option<i32> {
    // (Asked after every target-less figure: the comma or bracket, then the
    // first character of a word of planning, rule out nearly all first.)
    if !matches!(text.chars.get(at.end), Some(',' | &NOTE_OPEN))
        || !text
            .chars
            .get(at.end + 1)
            .is_some_and(|c| plans::opens_deadline(*c))
    {
        return None;
    }
    let from = at.end + 1;
    let end = text
        .find_forward(from, from + DEADLINE_REACH, |c| {
            ends_clause(c) || c == NOTE_CLOSE
        })
        .unwrap_or(from + DEADLINE_REACH);
    let clause = text.slice(from, end);
    if !plans::deadline_for_the_above(clause) {
        return None;
    }
    future_year(clause, year)
}

/// How many characters a clause that sets a deadline holds at most
/// ([`deadline_after`]).
const DEADLINE_REACH: usize = 24;

/// Whether a clause after `lead`, the first clause of a sentence of plans
/// (ending at `lead_end`), up to the clause of the statement (at
/// `clause_start`), says what was done, so that the plan ends there:
///
/// - a clause of what was spent or reached (`年初预算安排10亿元，全年执行9.8亿元，
///   全县…比上年下降2%`: [`plans::ACTUAL`], [`plans::DONE_AFTER_PLAN`]);
/// - a lead that plans a work with a count of its own, then a clause that
///   opens with the whole region (`计划新建幼儿园3所，全县普惠性幼儿园覆盖率
///   达到78.2%`): where the region stands, not what the work will bring.
///
/// Each was read as a target, and a fall or a failing level passed.
fn plan_ended(text: &CaseText<'_>, lead: &str, lead_end: usize, clause_start: usize) -> bool {
    let done_words = || plans::ACTUAL.iter().chain(&plans::DONE_AFTER_PLAN);
    let own = text.slice(clause_start, clause_start + 8);
    let says_done = |clause: &str| {
        // After a word of when or where (`全年执行`, `当年实际…`).
        clause
            .char_indices()
            .take(3)
            .any(|(i, _)| done_words().any(|w| clause[i..].starts_with(w)))
    };
    if text
        .slice(lead_end + 1, clause_start)
        .split(ends_clause)
        .chain([own])
        .any(says_done)
    {
        return true;
    }
    let counts = lead.char_indices().any(|(i, c)| {
        c.is_ascii_digit()
            && lead[i + 1..].chars().next().is_some_and(|n| {
                !n.is_ascii_digit() && !matches!(n, '.' | '年' | '月' | '日' | '%')
            })
    });
    counts
        && !lead.contains('%')
        && changes::direction(lead).is_none()
        && regions::opening_by_level(own).is_some_and(|(by, _, _)| matches!(by, '全' | '我' | '本'))
}

/// Whether a statement in a section of plans or recommendations states
/// where the region stands, not a goal: `目前全县公办园在园幼儿占比仅为45.6%，
/// 建议…`, `针对全县大班额比例为6.2%的问题`, `普惠性幼儿园覆盖率为78.3%，低于国家
/// 标准`. Inspectors open a recommendation with the problem it answers;
/// the problem's figure was read as the goal.
fn states_the_present(
    text: &CaseText<'_>,
    sentence: usize,
    mention: &Mention,
    at: &Quantity,
) -> bool {
    let opening = text.slice(sentence, mention.start);
    let between = text.slice(mention.end, at.start);
    let (_, next) = clause_after(text, at.end);
    search::contains_any(opening, plans::ACTUAL)
        || search::contains_any(opening, periods::UP_TO)
        || search::contains_any(between, links::ONLY)
        || text.slice(at.end, at.end + 3) == PROBLEM
        // `…为77.5%，比上年下降1.1个百分点`: a fall against the year before
        // has happened; no goal is one.
        || (changes::opens_comparison(next)
            && changes::YEAR_BEFORE.iter().any(|w| search::contains(next, w))
            && changes::direction(next) == Some(-1.0))
        || ((search::contains_any(next, changes::OTHER_COMPARISONS)
            || search::contains_any(next, qualifiers::SHORT_OF))
            && search::contains_any(next, changes::OTHER_BASES))
}

/// `…为6.2%的问题`: the figure is the problem's.
const PROBLEM: &str = "的问题";

/// The year a sentence of plans is for, when no deadline word marks it
/// ([`future_year`] reads `到2025年`, `2025年前`): `力争2026年…`,
/// `计划在2026年…`, `2026年力争…`. In a report of a known year, the first
/// year after it; in a report of unknown year, a year right before or
/// after a plan word ([`plans::PLAN_WORDS`]), where a year can only be
/// the plan's.
fn year_of_plan(context: &str, year: Option<i32>) -> Option<i32> {
    years_in(context).find_map(|(before, y, after)| {
        let next_to_plan_word = || {
            let before = before.trim_end_matches(['在', '于']);
            let rest = after.trim_start_matches(['底', '末', ',', '，', ' ']);
            // (What stands before a word that opens `rest`: the last
            // character stepped over, or the year's `年`.)
            let stepped = after
                .strip_suffix(rest)
                .and_then(|skipped| skipped.chars().next_back());
            plans::PLAN_WORDS.iter().any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|b| plans::stands_alone(w, b.chars().next_back()))
                    || (rest.starts_with(w) && plans::stands_alone(w, stepped.or(Some('年'))))
            })
        };
        match year {
            Some(r) => (y > r).then_some(y),
            None => next_to_plan_word().then_some(y),
        }
    })
}

/// A year ahead of the report's named as a deadline in `context`:
/// `到2025年`, `至2025年`, `2025年前`, `2025年底前`. Any such year counts
/// when the report's year is unknown.
pub(crate) fn future_year(context: &str, year: Option<i32>) -> Option<i32> {
    years_in(context).find_map(|(before, y, after)| {
        // `到2025年`, but not the "to" of a from→to (`提高到2021年的`).
        let to = before.strip_suffix(['到', '至']);
        let reached = to.is_some_and(|b| changes::verbs().any(|v| b.ends_with(v)));
        let deadline = (to.is_some() && !reached)
            || plans::AIMS.iter().any(|w| before.ends_with(w))
            || after.starts_with('前')
            || after.starts_with("底前");
        // A year that ends a span (`2021-2025年`), a document's title
        // (`《…规划（2021—2025年）》`) or a comparison's base (`比2024年`) is
        // no time of a statement.
        let named = !before.ends_with(links::RANGE_CONNECTORS)
            && !before.ends_with(['比', '较'])
            && !dutycheck_vocab::punctuation::in_book_title(before);
        // `2025年全县…提高到90%` in a report on 2023: a year two or more after
        // the report's is ahead of any report written about it.
        let far = named && year.is_some_and(|r| y >= r + 2);
        // `2024年，…要达到55%`, `2024年学前三年毛入园率达到96%`, `A2024年达到
        // 96%` in a report on 2023: the next whole year is ahead of the report
        // too. A month, a term or the start of it (`2024年1月`, `2024年春季
        // 学期`, `2024年初`, `2024年上半年`) may be done by the time the
        // report is written, unless a rule takes effect then (`从2024年秋季
        // 学期起`) or it is a deadline (`2024年6月底前`, `2024年秋季学期前`).
        let from_then = after
            .chars()
            .take(8)
            .take_while(|c| !ends_clause(*c))
            .any(|c| c == '起' || c == '前');
        let whole_year = !(after.starts_with(|c: char| c.is_ascii_digit())
            || periods::TERMS.iter().any(|w| after.starts_with(w)));
        // `2025年9月`, `2025年秋季学期`, `2025年下半年`, `2025年底` in a report on
        // 2024: a part of the next year that no report on the year, written
        // in its first half, has seen yet (each was read as a claim made
        // now, and contradicted).
        let late_part = periods::LATE_PARTS.iter().any(|w| after.starts_with(w))
            || after
                .split_once('月')
                .and_then(|(month, _)| month.parse::<u32>().ok())
                .is_some_and(|m| (periods::LATE_MONTH..=12).contains(&m));
        let whole_year = whole_year || late_part;
        let later = named && year.is_some() && (from_then || whole_year);
        ((deadline || later || far) && year.is_none_or(|r| y > r)).then_some(y)
    })
}

/// The characters right before a year that make it the base of a
/// comparison (`比2022年增长1.3%`, `较2022年`, `与2022年相比`), not a time the
/// words are dated by.
const BASE_BEFORE_YEAR: [char; 5] = ['比', '较', '与', '和', '同'];

/// Every four-digit year written in `words` (`2019年`, not the `019年` of
/// `12019年`), in order, with the words before it and after its `年`:
/// what each reader of years asks about.
pub(crate) fn years_in(words: &str) -> impl Iterator<Item = (&str, i32, &str)> {
    // By each `年` (found with the vectorised `memmem`; a report's sentences
    // hold more digits than years): a year is the four digits before it,
    // with no digit before them. (A walk over every run of digits cost more
    // than any other reader of words on the benchmark slice.)
    static NIAN: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let finder = NIAN.get_or_init(|| memchr::memmem::Finder::new("年"));
    let bytes = words.as_bytes();
    finder.find_iter(bytes).filter_map(move |at| {
        let start = at.checked_sub(4)?;
        let digits = bytes.get(start..at)?;
        let before = start.checked_sub(1).and_then(|i| bytes.get(i));
        if !digits.iter().all(u8::is_ascii_digit) || before.is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let y = words.get(start..at)?.parse().ok()?;
        Some((&words[..start], y, &words[at + '年'.len_utf8()..]))
    })
}

/// A figure of `kind` after `at` in the same sentence that names a standard
/// or requirement: `未达到80%的国家标准`, `超出国家5%的要求`.
fn standard_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    at: &Quantity,
    kind: QuantityKind,
) -> Option<&'q Quantity> {
    // Up to the next name: a standard after it is that name's.
    let next_name = mentions_from(mentions, at.end)
        .first()
        .map_or(usize::MAX, |m| m.start);
    in_sentence_after(text, quantities, at.end)
        .take_while(|q| q.end <= next_name)
        .filter(|q| q.kind == kind)
        .find(|q| names_standard(text, q))
}

/// The target that the standard named after a level states (`未达到80%的
/// 国家标准`, `超过5%的控制要求`), for the indicator `named` (its id, its
/// name and the mention as written), with the standard's own bound: the
/// comparison before its figure is the level's side of it
/// ([`qualifiers::of_standard`]).
fn standard_target(named: (Text, Text, Text), q: &Quantity) -> IndicatorValue {
    IndicatorValue {
        qualifier: qualifiers::of_standard(&q.text, q.qualifier),
        ..stated(named, q, StatementKind::Target, None, None)
    }
}

/// Whether the words between a name and its figure make the figure a
/// standard set above the region: `小学生均公用经费的省定标准为720元`,
/// `初中生均公用经费省定标准940元`, `按国家基准定额650元`. A standard with
/// no owner (`生均公用经费标准为800元`) is the region's own, its level.
fn standard_between(between: &str) -> bool {
    search::contains(between, plans::BASE_QUOTA)
        || search::starts(between, plans::STANDARDS[0]).any(|i| {
            plans::STANDARD_OWNERS
                .iter()
                .any(|o| *o != "的" && between[..i].ends_with(o))
        })
}

/// Whether the words before a name (in its clause) open a standard's
/// figures: `对照国家标准（普惠性幼儿园覆盖率85%）`, `省定标准：…`, or a form's
/// item (`评价要点：A是否达到50%`, `【指标】A达到95%`: a whole label of
/// [`plans::STANDARD_LABELS`], not `主要指标：`). The figure after the name is
/// the standard's, not the region's (it was read as the level, and passed
/// the rule it stated).
fn standard_before(before_name: &str) -> bool {
    before_name
        .trim_end()
        .strip_suffix([NOTE_OPEN, ':', LABEL_CLOSE])
        .is_some_and(|words| {
            plans::STANDARDS.iter().any(|s| words.ends_with(s))
                || plans::labels_a_standard(words.trim_start_matches(LABEL_OPEN))
        })
}

/// The brackets a form writes its labels in: `【标准】80%【自评】78.4%`.
const LABEL_OPEN: char = '【';
const LABEL_CLOSE: char = '】';

/// Whether figure `at`, after the words `between` it and its name, is the
/// standard a self-evaluation form holds the value to, not the value:
///
/// - written with a comparison sign (`A≥80%：78.4%`, `A≤5%：6.1%`, `A＜5%`:
///   [`qualifiers::signed`]);
/// - asked about, in its own clause (`A是否达到50%。自评情况：否，…`:
///   [`plans::WHETHER`]), or by the answer right after it (`A达到80%：□是
///   ☑否`: [`plans::answer_after`]);
/// - after a label of a standard (`A：标准值80%`, `A底线95%`, and after a
///   separator a word of [`plans::STANDARDS`]: `A【标准】80%`, `A 标准：80%`).
///
/// Each was read as the level, and passed the rule it states; the value
/// after it was lost (see [`answered_value`] and the clauses `state` reads
/// after a target). Not `A标准为800元`: a standard right after the name,
/// with no label, may be the region's own ([`standard_between`]).
fn form_standard(text: &CaseText<'_>, at: &Quantity, between: &str) -> bool {
    // (A sign is a qualifier: most figures have none.)
    if at.qualifier != Qualifier::Exact && qualifiers::signed(&at.text) {
        return true;
    }
    // A question's words hold `否` or `无`; a label is short.
    // (`| A | 是否逐年只增不减 | 2024年为38.62亿元 |`: a question in a cell of
    // its own asks about no figure.)
    let clause = between
        .rsplit(|c| ends_clause(c) || c == plans::CELL)
        .next()
        .unwrap_or(between);
    if clause.contains(['否', '无']) && search::contains_any(clause, plans::WHETHER) {
        return true;
    }
    if matches!(text.chars.get(at.end), Some(':' | '?'))
        && plans::answer_after(text.slice(at.end, at.end + plans::ANSWER_REACH)).is_some()
    {
        return true;
    }
    standard_label(between)
}

/// The most bytes of the words between a name and a labelled standard's
/// figure (`：【达标值】` is 18).
const STANDARD_LABEL_BYTES: usize = 24;

/// Whether `between` (a name's words up to its figure) are a label of a
/// standard alone ([`plans::STANDARD_LABELS`]), or after a separator a word
/// of [`plans::STANDARDS`]: `：标准值`, `底线`, `【标准】`, ` 标准：`, `：要求`.
fn standard_label(between: &str) -> bool {
    if between.is_empty() || between.len() > STANDARD_LABEL_BYTES {
        return false;
    }
    let opened = between.trim_start_matches([':', ' ', LABEL_OPEN, plans::CELL]);
    let label = opened.trim_end_matches([':', ' ', LABEL_CLOSE]);
    plans::labels_a_standard(label)
        || (opened.len() < between.len() && plans::STANDARDS.contains(&label))
}

/// Whether the region falls short of the standard figure `at` names, a
/// standard of no year and no plan (`plan_year`: the answer of [`plan`]):
/// `覆盖率尚未达到80%的国家标准`, `距85%的目标还有差距`, in no section of plans.
/// Not a relative clause (`未达到80%的国家标准的县区`: the counties that
/// did not), nor a remedy's target (`整改…未达到80%的目标的`).
fn short_of_standard(
    text: &CaseText<'_>,
    mention: &Mention,
    at: &Quantity,
    plan_year: &Option<Option<i32>>,
    cx: Context<'_>,
) -> bool {
    if cx.plan_section || !matches!(plan_year, Some(None)) {
        return false;
    }
    let words = text.slice(mention.end, at.start);
    // `距离国家要求的50%尚有1.4个百分点差距`: the distance to a standard named
    // before its figure, whose `要求` plans nothing (the level was lost).
    if qualifiers::distance_to(words) && plans::names_a_standard(words) {
        return true;
    }
    if !names_standard(text, at) || !qualifiers::misses(words) {
        return false;
    }
    let sentence = sentence_start(text, mention.start);
    if text.plans_in(sentence, at.start) {
        return false;
    }
    // The standard's words, then what follows them.
    let rest = text.slice(at.end, at.end + 12);
    standard_named(rest).is_some_and(|n| !rest[n..].starts_with('的'))
}

/// Whether figure `q` is a standard's or a target's, by the words right
/// after it: `80%的国家标准`, `90%的目标`, `85%的省定目标`, `95%（标准）`.
fn names_standard(text: &CaseText<'_>, q: &Quantity) -> bool {
    standard_named(text.slice(q.end, q.end + 10)).is_some()
}

/// The length of the words that open `rest` (right after a figure) and
/// name it a standard's, a target's or a pledge's: `的国家标准`, `的目标`,
/// `的整改任务`, or a form's note of nothing else (`（标准）`, `（国家标准）`:
/// `A：95%（标准），96.1%（自评）`; not `（国家标准85%）`, the standard's own
/// figure after the region's). A quotation that closes on the figure comes
/// first: `距“公办率达到50%”的目标`, `未完成“…达到50%”的整改任务` (the goal
/// quoted was the level, and passed).
fn standard_named(rest: &str) -> Option<usize> {
    // (Asked after every figure: its first byte rules out nearly all
    // before any character is decoded.)
    let unquoted = match rest.as_bytes().first() {
        Some(b'"') => &rest[1..],
        Some(0xE2 | 0xE3) => ["”", "」", "』"]
            .iter()
            .find_map(|q| rest.strip_prefix(q))
            .unwrap_or(rest),
        _ => rest,
    };
    let (mut tail, noted) = match unquoted.strip_prefix('的') {
        Some(tail) => (tail, false),
        None => (rest.strip_prefix(NOTE_OPEN)?, true),
    };
    while let Some(owner) = plans::STANDARD_OWNERS
        .iter()
        .find(|o| tail.starts_with(**o))
    {
        tail = &tail[owner.len()..];
    }
    let word = plans::STANDARDS
        .iter()
        .chain(&plans::PLEDGES)
        .find(|s| tail.starts_with(**s))?;
    let tail = &tail[word.len()..];
    let tail = if noted {
        tail.strip_prefix(NOTE_CLOSE)?
    } else {
        tail
    };
    Some(rest.len() - tail.len())
}

/// Why nothing was read for `mention`: its clause holds no figure, only
/// figures of another kind, a masked figure, or figures that no linking
/// word ties to it.
fn unread(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mention: &Mention,
    indicator: &dutycheck_catalog::Indicator,
    mention_text: Text,
) -> UnreadMention {
    let clause_end = text.end_from(mention.end, ends_clause);
    let clause = text.slice(mention.end, clause_end);
    let first = quantities.partition_point(|q| q.start < mention.end);
    // (`A连续三年下降`: the run of years is no figure of A's; the fall in
    // words is the report's year's, the last of the run.)
    let run_of_years = |q: &Quantity| {
        q.kind == QuantityKind::Duration && text.slice(q.start.saturating_sub(2), q.start) == "连续"
    };
    let figures: Vec<&Quantity> = quantities[first..]
        .iter()
        .inspect(|_| work(1))
        .take_while(|q| q.start < clause_end)
        .filter(|q| q.end <= clause_end && q.kind != QuantityKind::Year && !run_of_years(q))
        .collect();
    let masked = clause.char_indices().any(|(i, c)| {
        links::MASKS.contains(&c)
            && clause[i + c.len_utf8()..]
                .trim_start_matches(links::MASKS)
                .chars()
                .next()
                .is_some_and(|c| units::may_start_unit(c) || matches!(c, '万' | '亿'))
    });
    // (`A低于上年水平`, no figure: a fall said in words.)
    let worded = figures
        .is_empty()
        .then(|| {
            states_unsized_change(clause, None)
                .or_else(|| changes::beside_the_year_before(clause).and_then(Direction::of_sign))
        })
        .flatten();
    let reason = if masked {
        UnreadMentionReason::Masked
    } else if worded.is_some() {
        UnreadMentionReason::UnsizedChange
    } else if figures.is_empty() {
        UnreadMentionReason::NoFigure
    } else if !figures.iter().any(|q| q.kind == indicator.kind) {
        UnreadMentionReason::WrongKind
    } else {
        UnreadMentionReason::Ambiguous
    };
    UnreadMention {
        indicator: indicator.id.clone(),
        name: indicator.name.clone(),
        mention: mention_text,
        reason,
        direction: worded.filter(|_| reason == UnreadMentionReason::UnsizedChange),
        value: None,
        line: 0,
        column: 0,
        start: mention.start,
        end: mention.end,
    }
}

/// The figure stating a single mention: the first figure after it, in the
/// same clause, when only linking words stand between. Figures of other
/// kinds in between (a year: `2020年达到90%`) are stepped over. For a
/// from→to, the "from" figure comes first.
fn single_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: Option<QuantityKind>,
) -> Option<(Option<&'q Quantity>, &'q Quantity)> {
    let kind = kind?;
    let first = quantities.partition_point(|q| q.start < mention.end);
    let after = &quantities[first..];
    // `links` refuses more than LINK_LIMIT characters between the name and
    // its figure, so figures further away are not looked at (this keeps a
    // long case linear).
    // A bracketed note right after the name (see `links`) moves the reach
    // along by its length.
    let note = if text.chars.get(mention.end) == Some(&NOTE_OPEN) {
        let opening = text.slice(mention.end, mention.end + NOTE_LIMIT);
        opening.chars().count() - after_note(opening).chars().count()
    } else {
        // So does a cause before a from→to (`受民办园退出影响，由上年的…`).
        // (Most names are followed by no cause's first character.)
        let may_cause = text
            .chars
            .get(mention.end)
            .is_some_and(|c| links::CAUSES.iter().any(|w| w.starts_with(*c)));
        let opening = || text.slice(mention.end, mention.end + links::CAUSE_LEAD + 1);
        may_cause
            .then(opening)
            .filter(|opening| links::opens_cause(opening))
            .and_then(|opening| {
                links::from_after_lead(opening)
                    .map(|rest| opening.chars().count() - rest.chars().count())
            })
            .unwrap_or(0)
    };
    let Some(candidate) = after
        .iter()
        .inspect(|_| work(1))
        .take_while(|q| q.start <= mention.end + note + LINK_LIMIT)
        .find(|q| states(kind, q))
    else {
        return after_rank(text, after, mention, kind);
    };
    let between = text.slice(mention.end, candidate.start);
    // `A（2022年为86.1%）达到88.3%`: the figure stands in a bracketed note;
    // the name's own figure is the one after the note.
    // (`A（91.4%）`, the figure alone in brackets, is the name's own.)
    if let Some(open) = unclosed_note(between) {
        let note = &between[open..];
        let bare = note.chars().skip(1).all(char::is_whitespace)
            && text.chars.get(candidate.end) == Some(&NOTE_CLOSE);
        if !bare {
            return after_bracketed_figure(text, quantities, candidate, kind, note);
        }
    }
    // Another figure of a result kind in between means the candidate belongs
    // to something else (`A投入1.2亿元,覆盖率…`).
    // (A figure inside the note right after the name is none: `大班额比例
    // （56人以上班额占比）为6.2%` defines the name.)
    let interloper = after
        .iter()
        .inspect(|_| work(1))
        .take_while(|q| q.end <= candidate.start)
        .filter(|q| q.start >= mention.end + note)
        .any(|q| !matches!(q.kind, QuantityKind::Year | QuantityKind::Duration));
    // (A cause between the name and a from→to, `受…影响，由`, is read below.)
    if interloper || !(links(between) || from_after_lead(between.trim()).is_some()) {
        return after_rank(text, after, mention, kind);
    }
    // `生均公用经费小学720元、初中920元`, `生均…支出小学为11860元，…；初中
    // 16350元`: one figure per stage of schooling, none of them the name's
    // (a name per stage may be in the catalog).
    let opening = between.trim_start_matches([',', ':', ' ']);
    if links::STAGES
        .iter()
        .any(|w| between.ends_with(w) || opening.starts_with(w))
    {
        return None;
    }
    // `公办园在园幼儿占比首次超过50%` states the level as a lower bound, as
    // `达到50%以上` does: the figure's qualifier (`超过`, more-than) carries
    // it, and a rule judges it as such (it meets a minimum of 50, and
    // proves nothing against a maximum). A comparison with something else
    // (`比上年超过`, `超过全省平均`) never gets here: its words stand between.
    // `A 93.2% 94.1%`: two figures and no word saying which is meant.
    if between.trim().is_empty()
        && after
            .iter()
            .inspect(|_| work(1))
            .find(|q| q.start >= candidate.end)
            .is_some_and(|next| {
                next.kind == candidate.kind
                    && text.slice(candidate.end, next.start).trim().is_empty()
            })
    {
        return None;
    }
    // `A由78.2%提高到86.7%`, `A从45%提升至52%`: the first figure is where
    // the indicator came from; the level it states is the one it went to.
    // Without a "to" part, a "from" figure states nothing.
    // (`义务教育教师年平均工资收入由9.92万元…`, `教育支出总额由…`: a word
    // that ends the name stands before the `由`.)
    let trimmed = between.trim();
    // (`A拟由78.2%提高到85%`, `A力争由…`: a plan's word before the `由`;
    // the plan is read by `plan`.)
    let trimmed = links::NAME_ENDS
        .iter()
        .chain(&plans::SENTENCE_PLANS)
        .find_map(|w| trimmed.strip_prefix(w))
        .filter(|rest| rest.starts_with(FROM))
        .unwrap_or(trimmed);
    // `A已由…`, `A2023年由…`, `A逐步由…`, `A受民办园减少影响，由…`: a few words
    // (an adverb, the year, a cause) before the `由` (the from figure was
    // read as the level, and a cause's `减少` as the change).
    let trimmed = if trimmed.starts_with(FROM) {
        trimmed
    } else {
        from_after_lead(trimmed).unwrap_or(trimmed)
    };
    // `A在92.3%的基础上提高到93.6%`: the figure a change starts from.
    let on_basis = || {
        trimmed == "在"
            && matches!(text.chars.get(candidate.end), Some('的' | '基'))
            && text
                .slice(candidate.end, candidate.end + 5)
                .trim_start_matches('的')
                .starts_with(plans::ON_THE_BASIS)
    };
    let on_basis = on_basis();
    if trimmed.starts_with(FROM)
        || (trimmed.starts_with(links::FROM_BARE) && trimmed.chars().count() == 1)
        || on_basis
    {
        let to = after
            .iter()
            .inspect(|_| work(1))
            .skip_while(|q| q.start < candidate.end)
            .take_while(|q| q.start <= candidate.end + LINK_LIMIT)
            .find(|q| states(kind, q));
        // (`在92.3%的基础上再提高1个百分点`: with no figure reached, the
        // figure it starts from is where the region stands.)
        let to = match to {
            Some(to) => to,
            None if on_basis => return Some((None, candidate)),
            None => return None,
        };
        let words = text.slice(candidate.end, to.start);
        // `提高到`, `降至`, or a verb of change then `为` (`上升为`, `变为`).
        let reaches = words.chars().count() <= LINK_LIMIT
            && !words.chars().any(ends_clause)
            && (words.contains(REACH)
                || links::ARROWS.contains(&words.trim())
                || words.strip_suffix('为').is_some_and(|verb| {
                    verb.ends_with('变') || changes::direction(verb).is_some()
                }));
        return if reaches {
            Some((Some(candidate), to))
        } else if on_basis {
            Some((None, candidate))
        } else {
            None
        };
    }
    // `A83.6%（2022年）、86.1%（2023年）`, `A5.8%（整改前）、1.2%（整改后）`: two
    // figures labelled by their times, the earlier first: a from→to (the
    // earlier was read as the level).
    if text.chars.get(candidate.end) == Some(&NOTE_OPEN)
        && let Some((to, _)) = later_labelled(text, after, candidate, kind)
    {
        return Some((Some(candidate), to));
    }
    // `A83.6%→86.1%`: an arrow from the figure to the next one, the level
    // (83.6% was read as the level).
    if text
        .chars
        .get(candidate.end..)
        .and_then(|rest| rest.iter().find(|c| **c != ' '))
        .is_some_and(|c| matches!(c, '→' | '-' | '—' | '－' | '⟶' | '➔'))
        && let Some(to) = after.iter().find(|q| q.start >= candidate.end)
        && states(kind, to)
        && links::ARROWS.contains(&text.slice(candidate.end, to.start).trim())
    {
        return Some((Some(candidate), to));
    }
    Some((None, candidate))
}

/// [`links::from_after_lead`], but not after a gap or a comparison
/// ([`changes::OTHER_COMPARISONS`]): `A与B的差距由0.36万元缩小至0.12万元` is the
/// gap's from→to, not B's (the civil servants' pay was read as 1,200元, and
/// the teachers' passed the comparison).
fn from_after_lead(words: &str) -> Option<&str> {
    links::from_after_lead(words).filter(|rest| {
        !search::contains_any(
            &words[..words.len() - rest.len()],
            changes::OTHER_COMPARISONS,
        )
    })
}

/// Whether `opening`, the words that open the clause after a level and
/// reach the next figure, state the state now: a word of now or of the work
/// done ([`now_opening`]), then `为`, `达到`, or a verb that moves the level
/// to the figure: `经整改已降至`, `现已提高到`, `整改后为`, `今年已提升至`, `经过
/// 整改，已经提高到`.
fn now_reaches(opening: &str) -> bool {
    let Some((lead, rest)) = now_opening(opening) else {
        return false;
    };
    let rest = rest
        .trim_start_matches([',', '，', ' '])
        .trim_start_matches("已经")
        .trim_start_matches('已');
    !rest.chars().any(ends_clause)
        && ((rest.is_empty() && lead.ends_with('为'))
            || rest == "为"
            || rest == "达到"
            || changes::moved_to(rest).is_some_and(|(_, before)| before.is_empty()))
}

/// Whether `c` may open a word of [`now_opening`]: asked after every level
/// that a comma ends, before any words are cut.
fn opens_now(c: char) -> bool {
    static LEADS: std::sync::OnceLock<search::Leads> = std::sync::OnceLock::new();
    LEADS
        .get_or_init(|| search::Leads::of(now_words()))
        .is_lead(c)
}

/// The words of now or of the work done ([`now_opening`]).
fn now_words() -> impl Iterator<Item = &'static str> {
    periods::NOW
        .iter()
        .chain(&periods::AFTER_REMEDY)
        .chain(&changes::THIS_YEAR)
        .copied()
}

/// The word of now or of the work done that opens `words` (the state now:
/// [`periods::NOW`], [`periods::AFTER_REMEDY`], [`changes::THIS_YEAR`]), and
/// the words after it.
fn now_opening(words: &str) -> Option<(&str, &str)> {
    now_words().find_map(|w| words.strip_prefix(w).map(|rest| (w, rest)))
}

/// The figure after `first`, when each is labelled in brackets by its
/// time and the label of the second is the later (`83.6%（2022年）、86.1%
/// （2023年）`, `5.8%（整改前）、1.2%（整改后）`, `（上年）`, `（本年）`), with only
/// a list mark between them. With the second figure, the time its label
/// names.
fn later_labelled<'q>(
    text: &CaseText<'_>,
    after: &'q [Quantity],
    first: &Quantity,
    kind: QuantityKind,
) -> Option<(&'q Quantity, LabelledTime)> {
    /// The most characters of a label (`2022年`, `整改前`).
    const LABEL: usize = 6;
    let label = |at: usize| {
        let words = text.slice(at, at + LABEL + 2);
        let inside = words.strip_prefix(NOTE_OPEN)?;
        let (label, _) = inside.split_once(NOTE_CLOSE)?;
        Some((label.trim(), at + label.chars().count() + 2))
    };
    let (from_label, end) = label(first.end)?;
    let second = after.iter().find(|q| q.start >= end)?;
    let between = text.slice(end, second.start);
    if !matches!(between.trim(), "、" | "," | "，" | ";") || !states(kind, second) {
        return None;
    }
    let (to_label, _) = label(second.end)?;
    let time = |label: &str| -> Option<(LabelledTime, i32)> {
        if let Some(year) = label.strip_suffix('年').and_then(|y| y.parse::<i32>().ok()) {
            return Some((LabelledTime::Year(year), year));
        }
        if label == periods::REMEDY_BEFORE {
            return Some((LabelledTime::Remedied, 0));
        }
        if label == periods::REMEDY_AFTER {
            return Some((LabelledTime::Remedied, 1));
        }
        if changes::YEAR_BEFORE.contains(&label) {
            return Some((LabelledTime::ThisYear, 0));
        }
        changes::THIS_YEAR
            .contains(&label)
            .then_some((LabelledTime::ThisYear, 1))
    };
    let ((from, a), (to, b)) = (time(from_label)?, time(to_label)?);
    let same = matches!(
        (from, to),
        (LabelledTime::Year(_), LabelledTime::Year(_))
            | (LabelledTime::Remedied, LabelledTime::Remedied)
            | (LabelledTime::ThisYear, LabelledTime::ThisYear)
    );
    (same && a < b).then_some((second, to))
}

/// The time the label of the later of two labelled figures names
/// ([`later_labelled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelledTime {
    /// `（2023年）`.
    Year(i32),
    /// `（整改后）`, after `（整改前）`.
    Remedied,
    /// `（本年）`, after `（上年）`.
    ThisYear,
}

/// `义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平，2022年分别为
/// 9.82万元、9.65万元`: two names joined by a required bound (a claim), the
/// second ending its clause, then a clause that opens with `分别` (after a
/// year, maybe) and gives one figure for each name, in order. Before, both
/// names were unread and the claim was said to have no figures behind it.
fn claimed_pair_then_figures<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    pair: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
) -> Option<(&'q Quantity, &'q Quantity)> {
    /// The most characters around the names and before the figures.
    const NEAR: usize = 12;
    let [a, b] = pair else { return None };
    let between = text.slice(a.end, b.start);
    if between.chars().count() > NEAR
        || between.chars().any(ends_clause)
        || !search::contains_any(between, plans::BOUNDS)
    {
        return None;
    }
    let clause_end = text.end_from(b.end, ends_clause);
    if text.slice(b.end, clause_end).chars().count() > 4 {
        return None;
    }
    let mut after = in_sentence_after(text, quantities, b.end);
    let (x, y) = (after.next()?, after.next()?);
    let lead = text.slice(clause_end, x.start);
    let ok = x.start > clause_end
        && lead.chars().count() <= NEAR
        && search::contains(lead, RESPECTIVELY)
        && !lead
            .trim_start_matches([',', '，'])
            .chars()
            .any(ends_clause)
        && is_list_separator(text.slice(x.end, y.start))
        && kind_of(a).is_some_and(|k| states(k, x))
        && kind_of(b).is_some_and(|k| states(k, y));
    ok.then_some((x, y))
}

/// The run of `items` around the one at `at` that `joined` links, each to
/// the next (`A、B、C`; `900元和92.6%`): the indices of the first and past
/// the last, `at..at + 1` when it stands alone.
fn run_around<T>(
    items: &[T],
    at: usize,
    joined: impl Fn(&T, &T) -> bool,
) -> std::ops::Range<usize> {
    let linked =
        |i: usize| matches!((items.get(i), items.get(i + 1)), (Some(a), Some(b)) if joined(a, b));
    let first = (0..at)
        .rev()
        .take_while(|&i| linked(i))
        .last()
        .unwrap_or(at);
    let last = (at..items.len())
        .take_while(|&i| linked(i))
        .last()
        .map_or(at, |i| i + 1);
    first..last + 1
}

/// The names of the list `mention` stands in (`A、B、C`), as indices of
/// `mentions` ([`run_around`], joined by [`joins_names`]).
fn names_listed(
    text: &CaseText<'_>,
    mentions: &[Mention],
    mention: &Mention,
) -> std::ops::Range<usize> {
    let at = mentions.partition_point(|m| m.start < mention.start);
    run_around(mentions, at, |a, b| {
        a.end <= b.start && joins_names(text.slice(a.end, b.start))
    })
}

/// The figures of the list `q` stands in (`86.7%和49.2%`, `90%、55%`), as
/// indices of `quantities` ([`run_around`], joined by list separators).
fn figures_listed(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    q: &Quantity,
) -> std::ops::Range<usize> {
    let at = quantities.partition_point(|f| f.start < q.start);
    run_around(quantities, at, |a, b| {
        a.end <= b.start && is_list_separator(text.slice(a.end, b.start))
    })
}

/// `mention`'s place in the list of names it stands in (`A、B、C`: 1 for B)
/// and how many names the list holds; `None` when it stands alone.
fn listed_place(
    text: &CaseText<'_>,
    mentions: &[Mention],
    mention: &Mention,
) -> Option<(usize, usize)> {
    let run = names_listed(text, mentions, mention);
    let at = mentions.partition_point(|m| m.start < mention.start);
    (run.len() > 1).then(|| (at - run.start, run.len()))
}

/// [`periods::before_remedy`] of the words from `sentence` (its start) to
/// `at`, read from the words the one pass recorded: a word of a time before
/// a remedy in the sentence's first clause that opens the state before it
/// ([`periods::opens_before_remedy`]). A test holds the two to the same
/// answers.
pub(crate) fn before_remedy(text: &CaseText<'_>, sentence: usize, at: usize) -> bool {
    let mut found = text.remedy_words(sentence, at).peekable();
    if found.peek().is_none() {
        return false;
    }
    let lead = text.slice(sentence, at);
    found.any(|(start, word)| {
        let before = text.slice(sentence, start);
        !before.contains(ends_clause) && periods::opens_before_remedy(lead, before.len(), word)
    })
}

/// Where the list of names that `mention` ends stands: the start of the
/// first of the names joined to it by list separators (`A、B、C`: A's for
/// C), or its own start when it stands alone.
fn list_head(text: &CaseText<'_>, mentions: &[Mention], mention: &Mention) -> usize {
    let run = names_listed(text, mentions, mention);
    mentions.get(run.start).map_or(mention.start, |m| m.start)
}

/// Whether `words` join two names into one list (`A、B`, `A和B`): a list
/// separator, but not a comma, which ends a clause (`…公务员平均工资收入，高中
/// 阶段毛入学率恢复到92%以上` is two clauses, each with its own subject).
fn joins_names(words: &str) -> bool {
    is_list_separator(words) && !words.trim().chars().any(ends_clause)
}

/// The figures of a list of names, one per name, in the order of the names.
struct ListFigures<'q> {
    /// The level each name states: `分别为X、Y`, or the figures reached in
    /// `分别由X、Y提高到Z、W`.
    levels: Vec<&'q Quantity>,
    /// In a from→to list, where each came from (`由X、Y`), and the year
    /// the words give those figures (`由2021年的X、Y`), if any.
    from: Option<(Vec<&'q Quantity>, Option<i32>)>,
}

/// `A、B分别达X、Y`: as many figures as mentions, right after the group,
/// separated only by list separators. `A、B分别由X、Y提高到Z、W`: the first
/// list is where each came from, the second (after a word of reaching,
/// `提高到`, `降至`) the level; with no second list, nothing is read (the
/// first list is no level).
fn list_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    group: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
    year: Option<i32>,
) -> Option<ListFigures<'q>> {
    let last = group.last()?;
    let first_index = quantities.partition_point(|q| q.start < last.end);
    let figures = quantities.get(first_index..first_index + group.len())?;
    let lead = text.slice(last.end, figures.first()?.start);
    if !search::contains(lead, RESPECTIVELY) {
        return None;
    }
    let unlisted = lead.replace(RESPECTIVELY, "");
    if !links(&unlisted) {
        return None;
    }
    let figures = chain(text, group, figures, kind_of)?;
    if !unlisted.trim_start().starts_with(FROM) {
        return Some(ListFigures {
            levels: figures,
            from: None,
        });
    }
    let next = first_index + group.len();
    let to = quantities.get(next..next + group.len())?;
    let words = text.slice(figures.last()?.end, to.first()?.start);
    let reaches = words.chars().count() <= LINK_LIMIT
        && !words.chars().any(ends_clause)
        && words.contains(REACH);
    if !reaches {
        return None;
    }
    let levels = chain(text, group, to, kind_of)?;
    // `由2021年的X、Y`, `由上年的X、Y`: the year of the bases, when the
    // words name one.
    let year = base_year(&unlisted, year);
    Some(ListFigures {
        levels,
        from: Some((figures, year)),
    })
}

/// `2022年A、B分别为X、Y，2023年分别为Z、W` in a report on 2023: the list
/// `levels` that a sentence opening with an earlier year (or naming the
/// year before: `上年分别为`) gives the group, stated again for the
/// report's year or the time now in the next clause (`2023年分别为`,
/// `今年分别达到`, `目前分别为`), one figure per name in order; or the list
/// reported (`自评分别为`) and the one checked (`经核查分别为`). The second
/// list and the earlier year (none for a reported list), or `None` when no
/// such list follows.
fn restated_list<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mentions: &[Mention],
    group: &[Mention],
    levels: &[&'q Quantity],
    kinds: &[QuantityKind],
    year: Option<i32>,
) -> Option<(Vec<&'q Quantity>, Option<i32>)> {
    let year = year?;
    let first = group.first()?;
    let last = levels.last()?;
    // (Most lists are stated once: no `分别` follows the last figure.)
    if !search::contains(
        text.slice(last.end, last.end + 2 * LINK_WINDOW),
        RESPECTIVELY,
    ) {
        return None;
    }
    let sentence = sentence_start(text, first.start);
    // `A、B上年分别为…，今年分别为…`: the year before, by name; `A、B自评分别
    // 为…，经核查分别为…`: the figures reported, which the checked ones
    // replace, of no year (the first list was read, and the second gave
    // its first figure to the second name).
    let lead = group.last().map_or("", |m| {
        text.slice(m.end, levels.first().map_or(m.end, |q| q.start))
    });
    let (earlier, reported) = match earlier_year_before(text, quantities, first, year)
        .or_else(|| earlier_opening(text, mentions, sentence, first, year))
    {
        Some(y) => (Some(y), false),
        None if search::contains_any(lead, changes::YEAR_BEFORE) => (Some(year - 1), false),
        None if search::contains_any(lead, plans::REPORTED) => (None, true),
        None if matches!(lead.trim().trim_start_matches(RESPECTIVELY), "为" | "是") => {
            (None, false)
        }
        None => return None,
    };
    let (again, between) = figure_after(text, quantities, last, *kinds.first()?)?;
    if !stated_again(mentions, last, again, between, |o| {
        search::contains(o, RESPECTIVELY)
            && match (earlier, reported) {
                (_, true) => {
                    search::contains_any(o, plans::ACTUAL)
                        && !search::contains_any(o, plans::REPORTED)
                }
                (Some(_), false) => {
                    reaches_in_year(o, year)
                        || opens_this_year(o)
                        || periods::after_now(o).is_some()
                }
                // (`A、B分别为…，目前分别为…`: a first list of no time, of
                // being, then the time now; not a plan's, `将把A、B分别提高
                // 到…，目前分别为…`, which the plan's reading takes.)
                (None, false) => periods::after_now(o).is_some(),
            }
    }) {
        return None;
    }
    let at = quantities.partition_point(|q| q.start < again.start);
    let figures: Vec<&Quantity> = quantities.get(at..at + group.len())?.iter().collect();
    for pair in figures.windows(2) {
        if !is_list_separator(text.slice(pair[0].end, pair[1].start)) {
            return None;
        }
    }
    figures
        .iter()
        .zip(kinds)
        .all(|(q, k)| states(*k, q))
        .then_some((figures, earlier))
}

/// `A和B均在90%以上`, `A、B均达到92.5%`: one figure, after `均` and linking
/// words, stated for every name of the group. Not when a list of figures
/// follows (`均为90%、92%` says nothing of which is whose). A change after
/// it is not read: the words do not say whose it is.
fn each_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    group: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
) -> Option<&'q Quantity> {
    let last = group.last()?;
    let mut after = in_sentence_after(text, quantities, last.end);
    let q = after.next()?;
    let lead = text.slice(last.end, q.start);
    let rest = links::EACH.iter().find_map(|w| lead.strip_prefix(w))?;
    if !links(rest)
        || after
            .next()
            .is_some_and(|n| is_list_separator(text.slice(q.end, n.start)))
    {
        return None;
    }
    group
        .iter()
        .all(|m| kind_of(m).is_some_and(|k| states(k, q)))
        .then_some(q)
}

/// `分别达到X和Y的A、B`: the figures before the group, followed by 的.
fn list_before<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    group: &[Mention],
    kind_of: &dyn Fn(&Mention) -> Option<QuantityKind>,
) -> Option<Vec<&'q Quantity>> {
    let first = group.first()?;
    let end_index = quantities
        .partition_point(|q| q.end <= first.start)
        .checked_sub(1)?;
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

/// The year a note right after a figure dates it to: `76.1%（2023年数据）`,
/// `10.86万元（截至2023年底）`, `（2023年统计数）`. A note that compares
/// (`（较2023年提高1.2个百分点）`) dates nothing, nor one that gives that
/// year's figure (`（2020年96.2%）`): only a few words may follow its year,
/// none of change or comparison and no figure.
fn year_noted_after(text: &CaseText<'_>, at: usize) -> Option<i32> {
    if text.chars.get(at) != Some(&NOTE_OPEN) {
        return None;
    }
    let close = text.find_forward(at + 1, (at + 16).min(text.chars.len()), |c| c == NOTE_CLOSE)?;
    let inside = text.slice(at + 1, close);
    let inside = ["截至", "截止"]
        .iter()
        .find_map(|w| inside.strip_prefix(w))
        .unwrap_or(inside);
    let rest = after_year(inside)?;
    (rest.chars().count() <= 5
        && !rest.contains(|c: char| {
            c.is_ascii_digit() || ['比', '较', '增', '降', '提', '减', '高', '低'].contains(&c)
        }))
    .then(|| first_year(inside))
    .flatten()
}

/// A change against the year before right after a bound figure, in the
/// same sentence: `,比2019年增加275709万元,增长14.80%`, `,比上年增长10.4%`,
/// `,同比增长5%`.
fn change_after(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    figure: &Quantity,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Change> {
    let end = after_budget_share(text, quantities, figure.end);
    change_parts(text, quantities, end, kind, year, false, false)
        .map(|(c, _)| c)
        .unwrap_or_else(|| {
            implicit_change(text, quantities, end, kind, year)
                .map(|(c, _)| c)
                .or_else(|| flat_after(text, end, kind, &figure.unit, year))
        })
}

/// Where a level's change may start after `cursor`, when a clause of
/// concession that holds figures of its own follows the level and a `but`
/// opens the clause after it (`51.2%，虽达到50%的目标，但比上年下降1.5个
/// 百分点`): past it, at the comma before the `but`. Else `cursor`. The
/// fall was dropped, unsaid, behind the concession's figure.
fn past_concession(text: &CaseText<'_>, cursor: usize) -> usize {
    if !matches!(text.chars.get(cursor), Some(',' | '，'))
        || !text
            .chars
            .get(cursor + 1)
            .is_some_and(|c| changes::CONCESSIONS.iter().any(|w| w.starts_with(*c)))
    {
        return cursor;
    }
    let Some(end) = text.find_forward(cursor + 1, cursor + 1 + CONCESSION_REACH, ends_clause)
    else {
        return cursor;
    };
    let conceded = text.slice(cursor + 1, end);
    let next = text.slice(end + 1, end + 3);
    if changes::CONCESSIONS.iter().any(|w| conceded.starts_with(w))
        && !changes::opens_comparison(conceded)
        && matches!(text.chars.get(end), Some(',' | '，'))
        && (plans::BUT.iter().any(|w| next.starts_with(w)) || next.starts_with('却'))
    {
        end
    } else {
        cursor
    }
}

/// How many characters a clause of concession may hold ([`past_concession`]).
const CONCESSION_REACH: usize = 24;

/// Where a level's change may start after `cursor`, the level's end: after
/// the clause that states the share of the year's budget spent, when one
/// follows the level (`9.84亿元，完成调整预算的101.3%，下降1.8%`,
/// [`changes::share_of_budget`]: the fall was dropped, unsaid), or at once.
fn after_budget_share(text: &CaseText<'_>, quantities: &[Quantity], cursor: usize) -> usize {
    // (Asked after most levels: a comma, then a word of a budget's share
    // within its first characters, rule out nearly all first.)
    if text.chars.get(cursor) != Some(&',')
        || !text
            .chars
            .get(cursor + 1..(cursor + 1 + changes::BUDGET_REACH).min(text.chars.len()))
            .is_some_and(|near| near.contains(&changes::BUDGET))
    {
        return cursor;
    }
    let Some(q) = in_sentence_after(text, quantities, cursor).next() else {
        return cursor;
    };
    let words = text.slice(cursor + 1, q.start);
    if q.kind == QuantityKind::Percent && changes::share_of_budget(words) {
        q.end
    } else {
        cursor
    }
}

/// The part of a change that a figure states for an indicator of a kind:
/// a change in percent (`增长5.2%`), or in the indicator's own unit
/// (`提高1.2个百分点` of a rate, `增加0.3亿元` of an amount).
#[derive(Clone, Copy)]
pub(crate) enum ChangePart {
    Percent,
    Value,
}

/// The change a verb of `sign` (+1 a rise, −1 a fall) says of a figure of
/// `value`. A fall whose figure is signed too (`比上年下降-1.2%`,
/// `略有下降（-0.8%）`) is one fall, not a rise: writers sign both the verb
/// and the figure. A rise of a negative figure (`增长-0.8%`) is the figure's
/// own fall.
fn signed(sign: f64, value: f64) -> f64 {
    if sign < 0.0 {
        -value.abs()
    } else {
        sign * value
    }
}

impl ChangePart {
    /// The part figure `q` states of a change of an indicator of `kind`,
    /// if any (a count is no change of a rate).
    pub(crate) fn of(q: &Quantity, kind: QuantityKind) -> Option<ChangePart> {
        match q.kind {
            QuantityKind::Percent => Some(ChangePart::Percent),
            QuantityKind::PercentagePoints if kind == QuantityKind::Percent => {
                Some(ChangePart::Value)
            }
            k if k == kind && kind != QuantityKind::Percent => Some(ChangePart::Value),
            // `比上年减少800万`: a bare ten-thousand with no measure word is
            // an amount in the change of an amount.
            QuantityKind::Count if kind == QuantityKind::Money && q.unit.is_empty() => {
                Some(ChangePart::Value)
            }
            _ => None,
        }
    }

    /// Sets this part of `change` to `q`, signed by the verb's `sign`.
    pub(crate) fn set(self, change: &mut Change, q: &Quantity, sign: f64, at: Option<Span>) {
        match self {
            ChangePart::Percent => {
                change.percent = Some(signed(sign, q.value));
                change.percent_at = at;
            }
            ChangePart::Value => {
                change.value = Some(signed(sign, q.value));
                change.unit = Some(if q.kind == QuantityKind::Count && q.unit.is_empty() {
                    Text::from_static(units::unit_of(QuantityKind::Money))
                } else {
                    q.unit.clone()
                });
                change.value_at = at;
            }
        }
    }
}

/// How many characters after a list's last figure are looked at for a
/// summary of the list (`，上述三项指标`).
const SUMMARY_REACH: usize = 8;

/// What the clause after a list of levels says of their changes.
enum Respective {
    /// It says no change `分别`: each figure's change is read after it.
    None,
    /// `，分别比上年提高1.2、0.8个百分点`, `较上年分别提高0.3个百分点和1.1个百分点`:
    /// one change for each level, in order.
    Each(Vec<Change>),
    /// It says `分别` but its figures do not line up with the levels.
    Unmatched,
}

/// The changes that the clause after `last`, the last figure of a list of
/// levels (`A、B分别为X、Y`), states for each level in turn: `，分别比上年
/// 下降2.1%、3.4%`, `，较上年分别提高0.3个百分点和1.1个百分点`. Read after
/// the last figure alone, the first of them was taken for the last
/// level's change, though it is the first level's.
fn respective_changes(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    last: &Quantity,
    kinds: &[QuantityKind],
    year: Option<i32>,
) -> Respective {
    // `，三项指标较上年分别提高…`: the levels named again as one subject (whose
    // `三项` is no figure of the list).
    // (Most lists are followed by `分别` or a comparison, not a summary:
    // `，` then a character that may open one.)
    let may_sum = text
        .chars
        .get(last.end + 1)
        .is_some_and(|c| links::may_open_summary(*c));
    let from = if may_sum {
        let opening = text.slice(last.end, last.end + SUMMARY_REACH);
        links::after_summary(opening.trim_start_matches([',', '，', ' ']))
            .map_or(last.end, |rest| {
                last.end + opening[..opening.len() - rest.len()].chars().count()
            })
    } else {
        last.end
    };
    let mut figures = in_sentence_after(text, quantities, from);
    let Some(first) = figures.next() else {
        return Respective::None;
    };
    let words = text.slice(from, first.start);
    let words = words.trim_start_matches([',', '，', ' ']);
    if words.chars().count() > 16
        || words.chars().any(ends_clause)
        || !search::contains(words, RESPECTIVELY)
    {
        return Respective::None;
    }
    let (Some(mut sign), true) = (changes::direction(words), against_year_before(words, year))
    else {
        return Respective::Unmatched;
    };
    let mut changes = Vec::with_capacity(kinds.len());
    let mut previous: Option<&Quantity> = None;
    for (kind, q) in kinds.iter().zip(std::iter::once(first).chain(figures)) {
        if let Some(p) = previous {
            let between = text.slice(p.end, q.start);
            // `分别增长3.5%和下降0.4%`: a verb of its own after the separator.
            let verb = links::after_list_separator(between)
                .filter(|verb| verb.chars().count() <= 4)
                .and_then(changes::direction);
            match verb {
                Some(own) => sign = own,
                None if links::is_list_separator(between) => {}
                None => return Respective::Unmatched,
            }
        }
        let at = Some(if previous.is_none() {
            change_span(words, q)
        } else {
            Span {
                line: 0,
                column: 0,
                start: q.start,
                end: q.end,
            }
        });
        let Some(part) = ChangePart::of(q, *kind) else {
            return Respective::Unmatched;
        };
        let mut change = Change::default();
        part.set(&mut change, q, sign, at);
        changes.push(change);
        previous = Some(q);
    }
    if changes.len() == kinds.len() {
        Respective::Each(changes)
    } else {
        Respective::Unmatched
    }
}

/// `为95.0%，与上年持平`: the clause right after character `cursor` states
/// no change against the year before (see `changes::flat_against`): a
/// change of zero, in the change's unit and in percent. `基本持平` or a
/// base other than the year before states none.
fn flat_after(
    text: &CaseText<'_>,
    cursor: usize,
    kind: QuantityKind,
    unit: &Text,
    year: Option<i32>,
) -> Option<Change> {
    let (from, clause) = clause_after(text, cursor);
    flat(clause, from, kind, unit, year)
}

/// `8.1亿元，为上年的96.5%`, `相当于上年的103.2%`: a sum stated as a share of
/// the year before's, a change of its difference from 100% (−3.5%: it was
/// read as the level alone, and the fall passed 只增不减). Not of a rate,
/// whose share of last year's rate says nothing a reader would write.
fn share_of_year_before(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    cursor: usize,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Change> {
    if kind == QuantityKind::Percent {
        return None;
    }
    let q = in_sentence_after(text, quantities, cursor).next()?;
    if q.kind != QuantityKind::Percent {
        return None;
    }
    let words = text
        .slice(cursor, q.start)
        .trim_start_matches([',', '，', ' ']);
    let base = changes::AS_SHARE
        .iter()
        .find_map(|w| words.strip_prefix(w))?
        .strip_suffix('的')?;
    if base.chars().count() > 6 || !against_year_before(base, year) || !names_base(base) {
        return None;
    }
    // Worked out from the share, not written: derived, as a from→to's is
    // (rounded to the formatter's six places, so that 96.5% is −3.5%).
    Some(Change {
        percent: Some(((q.value - 100.0) * 1e6).round() / 1e6),
        percent_at: Some(change_span(words, q)),
        derived: true,
        ..Change::default()
    })
}

/// `8.02亿元，与上年基本持平（下降0.1%）`, `13480元，与上年基本持平，下降0.3%`:
/// about the same as the year before, then the change it rounds off. The
/// change was dropped, and the fall passed 只增不减.
fn roughly_flat_then(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    cursor: usize,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Change> {
    // Asked of every level with no change: `持平` first.
    if !search::contains(
        text.slice(cursor, cursor + AFTER_LEVEL_REACH),
        changes::FLAT,
    ) {
        return None;
    }
    let (from, _) = clause_after(text, cursor);
    let rest = text.slice(from, from + AFTER_LEVEL_REACH);
    let flat_end = search::find(rest, changes::FLAT)? + changes::FLAT.len();
    let said = &rest[..flat_end];
    let hedge = changes::ROUGHLY.iter().find(|w| said.contains(**w))?;
    let base = changes::flat_against(&said.replacen(hedge, "", 1)).map(str::to_string)?;
    if !against_year_before(&base, year) {
        return None;
    }
    let after = from + said.chars().count();
    let q = in_sentence_after(text, quantities, after).next()?;
    let verb = text
        .slice(after, q.start)
        .trim_start_matches([',', '，', '(', '（', ' ']);
    if verb.chars().count() > 4 {
        return None;
    }
    let sign = changes::direction(verb)?;
    let mut change = Change::default();
    ChangePart::of(q, kind)?.set(&mut change, q, sign, Some(change_span(verb, q)));
    Some(change)
}

/// The clause right after character `cursor` (a level), within
/// [`AFTER_LEVEL_REACH`] characters and the sentence, with the character it starts
/// at: what `，与上年持平` or `，较上年有所上升` is read from. The phrases are
/// short: a few characters are looked at after every level, not the rest of
/// the sentence.
fn clause_after<'t>(text: &'t CaseText<'_>, cursor: usize) -> (usize, &'t str) {
    let rest = text.slice(cursor, cursor + AFTER_LEVEL_REACH);
    let rest = rest.split(ends_sentence).next().unwrap_or(rest);
    let words = rest.trim_start_matches([',', '，', ' ', ';', '；']);
    // (The marks trimmed are counted, not the whole clause twice.)
    let from = cursor + rest[..rest.len() - words.len()].chars().count();
    (from, words.split(ends_clause).next().unwrap_or(words))
}

/// `为4.2%，较上年有所上升`, `达到92.6%，同比略有下降`: the clause right
/// after a level states its change against the year before in words only
/// ([`states_unsized_change`]), and names that year (`上年`, `去年`,
/// `同比`): after a level, `，有所提高` or `，提高了办学水平` may say
/// anything, and only a change against the year named is one. The level
/// stands; the change is unread ([`Read::unsized_change`]), not dropped.
fn unsized_after(
    text: &CaseText<'_>,
    cursor: usize,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Direction> {
    let (_, clause) = clause_after(text, cursor);
    // `9.65亿元，虽较上年略减，但…`: a concession opens the clause of the
    // change (the fall was dropped, with no word).
    // (Asked after every level: a concession's first character first.)
    let clause = if clause.starts_with(['虽', '尽', '即']) {
        changes::CONCESSIONS
            .iter()
            .find_map(|w| clause.strip_prefix(w))
            .unwrap_or(clause)
    } else {
        clause
    };
    // `4.31亿元，比上年下降0.5个百分点`: points of a sum are no size of its
    // change (its growth rate may have slowed, or a share fallen). The
    // change is said, and its size cannot be read.
    if kind != QuantityKind::Percent
        && search::contains(clause, "百分点")
        && changes::opens_comparison(clause)
        && against_year_before(clause, year)
    {
        return changes::direction(clause).and_then(Direction::of_sign);
    }
    // `，低于上年水平`, `，未达到上年水平`: below the year before's, by
    // no figure. `，不增反降`, `，连续两年减少`: a change and nothing else.
    if let Some(sign) =
        changes::beside_the_year_before(clause).or_else(|| changes::change_said_alone(clause))
    {
        return Direction::of_sign(sign);
    }
    // `，降幅比上年收窄1.1个百分点`: the rate of a fall moved, by points; the
    // level fell all the same, by a size not said (it was read as a level
    // and nothing more).
    if changes::GROWTH_NOUNS
        .iter()
        .any(|(w, sign)| *sign < 0.0 && clause.starts_with(w))
    {
        return Some(Direction::Down);
    }
    // The clause compares the level itself: it opens with the comparison
    // (`，较上年有所上升`, `，与上年相比…`, `，同比…`). A clause with a subject
    // of its own (`，参与学生比例较上年有所下降`) is about that subject.
    let opens = clause.starts_with("同比")
        || changes::YEAR_BEFORE.iter().any(|w| {
            search::find(clause, w).is_some_and(|at| {
                let opening = &clause[..at];
                changes::COMPARISONS.contains(&opening) || changes::EQUAL_TO.contains(&opening)
            })
        });
    if !opens {
        return None;
    }
    states_unsized_change(clause, year)
}

/// How many characters after a level the clause that says its change in
/// words (`，与上年持平`, `，较上年有所上升`) may reach.
const AFTER_LEVEL_REACH: usize = 16;

/// The change of zero that `clause` (starting at character `from`) states,
/// when it is a flat comparison with the year before (`与上年持平`).
fn flat(
    clause: &str,
    from: usize,
    kind: QuantityKind,
    unit: &Text,
    year: Option<i32>,
) -> Option<Change> {
    let clause = clause.trim_end();
    let base = changes::flat_against(clause)?;
    if !against_year_before(base, year) {
        return None;
    }
    let at = Span {
        line: 0,
        column: 0,
        start: from,
        end: from + clause.chars().count(),
    };
    Some(zero_change(at, kind, unit))
}

/// A change of zero of an indicator of `kind` whose level is in `unit`,
/// stated by the words `at` (`与上年持平`, a table's `持平`).
pub(crate) fn zero_change(at: Span, kind: QuantityKind, unit: &Text) -> Change {
    let unit = match units::unit_of(units::change_kind(kind)) {
        "" => unit.clone(),
        u => Text::from_static(u),
    };
    Change {
        value: Some(0.0),
        unit: Some(unit),
        percent: Some(0.0),
        percent_at: Some(at),
        value_at: Some(at),
        ..Change::default()
    }
}

/// `一般公共预算教育支出与上年持平`, `A同比持平`: no figure, and no change
/// against the year before, stated in the mention's own clause right after
/// it: a change of zero, stated alone (`statement: change`, no level), at
/// the words that state it. Before, the mention was unread (`no-figure`),
/// and a rule that the change decides (`只增不减`, which a change of zero
/// fails) could not judge it. Not for a part (`其中，东平县…持平`), nor in a
/// plan (`确保…与上年持平`), nor when the words hedge (`基本持平`: no base
/// is named right before `持平`).
fn flat_alone(
    text: &CaseText<'_>,
    mentions: &[Mention],
    mention: &Mention,
    indicator: &dutycheck_catalog::Indicator,
    mention_text: &Text,
    cx: Context<'_>,
) -> Option<IndicatorValue> {
    let (from, clause) = clause_after(text, mention.end);
    if from != mention.end {
        return None;
    }
    let unit = Text::from_static(units::unit_of(indicator.kind));
    let change = flat(clause, from, indicator.kind, &unit, cx.year)?;
    let sentence = sentence_start(text, mention.start);
    // `2022年，全县…与上年持平` in a report on 2023 is that year's.
    let earlier = cx
        .year
        .and_then(|y| earlier_opening(text, mentions, sentence, mention, y));
    if cx.plan_section
        || earlier.is_some()
        || text.plan_words(sentence, from).next().is_some()
        || names_a_part(text, mentions, mention, cx.region)
    {
        return None;
    }
    let at = change.value_at?;
    Some(IndicatorValue {
        indicator: indicator.id.clone(),
        name: indicator.name.clone(),
        mention: mention_text.clone(),
        statement: StatementKind::Change,
        value: None,
        unit,
        qualifier: Qualifier::Exact,
        upper: None,
        change: Some(change),
        // Placed by the caller, which knows the case's lines.
        line: 0,
        column: 0,
        start: at.start,
        end: at.end,
        year: None,
    })
}

/// `A与上年持平，为95.0%`, `A和去年持平，保持在95%以上`: no change against the
/// year before, then the level in the next clause, opened by a few linking
/// words.
fn flat_first<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    let clause_end = text.end_from(mention.end, ends_clause);
    let clause = text.slice(mention.end, clause_end);
    if !clause.ends_with(changes::FLAT) {
        return None;
    }
    let q = level_in_next_clause(text, quantities, mention, clause_end, kind, year)?;
    let change = flat(clause, mention.end, kind, &q.unit, year)?;
    Some(Read::level(q, Some(change)))
}

/// The level stated in the clause after the mention's own (which ends at
/// `clause_end` and holds no figure): the sentence's next figure, of the
/// indicator's kind, opened by at most a few linking words (`，为93.1%`,
/// `，达到5.2亿元`).
/// The report's `year` may open that clause (`逐年提高，2023年达到46.1%`).
fn level_in_next_clause<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    clause_end: usize,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<&'q Quantity> {
    let q = in_sentence_after(text, quantities, mention.end).next()?;
    let opening = text
        .slice(clause_end, q.start)
        .trim_start_matches([',', '，', ' ']);
    let opening = year
        .and_then(|y| after_the_year(opening, y))
        .unwrap_or(opening);
    // (`，2023年受土地出让收入减少影响为11.85亿元`: a cause before the link.)
    let opening = links::after_cause(opening).unwrap_or(opening);
    (q.start > clause_end
        && opening.chars().count() <= NEXT_CLAUSE_LINK
        && links(opening)
        && states(kind, q))
    .then_some(q)
}

/// `A较上年有所下降，为93.1%`, `A比去年略有增长，达到5.2亿元`: a change
/// against the year before said in words only, then the level in the next
/// clause, opened by a few linking words. The level is read; the change has
/// no size, and is said to be unread ([`Read::unsized_change`]).
fn unsized_first<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    let clause_end = text.end_from(mention.end, ends_clause);
    let clause = text.slice(mention.end, clause_end);
    // `A受民办园减少影响，由…`, `A因辍学人数减少，…`: the change is the
    // cause's, not the name's.
    if links::opens_cause(clause) {
        return None;
    }
    let direction = states_unsized_change(clause, year)?;
    let q = level_in_next_clause(text, quantities, mention, clause_end, kind, year)?;
    // `A逐年增长，2023年为11.85亿元，比上年下降1.7%`: the words said how it
    // went over the years; the year's change, when its figure follows the
    // level, is what it did this year (the words were read as this year's
    // rise, and 只增不减 passed over the fall).
    if let Some(change) = change_after(text, quantities, q, kind, year) {
        return Some(Read::level(q, Some(change)));
    }
    Some(Read {
        kind: StatementKind::Level,
        level: Some(q),
        change: None,
        at: q,
        unsized_change: Some(direction),
        dated: false,
    })
}

/// `A偏低，仅为38.5%`, `A较低，只有42.3%`: the name's clause only judges
/// its level ([`links::JUDGEMENTS`], a few words at most: `仍然偏低`), and
/// the level is the figure that opens the next clause, after a few linking
/// words. Inspectors and problem sections write levels this way.
fn judged_first<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
) -> Option<Read<'q>> {
    /// The most characters the judging clause has (`仍然明显偏低`).
    const LIMIT: usize = 6;
    let clause_end = text.end_from(mention.end, ends_clause);
    let clause = text.slice(mention.end, clause_end).trim();
    let judged = clause.chars().count() <= LIMIT
        && !clause.chars().any(|c| c.is_ascii_digit())
        && links::JUDGEMENTS.iter().any(|w| clause.ends_with(w));
    if !judged {
        return None;
    }
    let q = level_in_next_clause(text, quantities, mention, clause_end, kind, None)?;
    Some(Read::level(q, None))
}

/// The size of a distance to figure `to` (`距60%的目标还差3.2个百分点`,
/// `离90%的目标尚有2.6个百分点的差距`, `距15万元还差0.3万元`): the next
/// figure of its clause, in points for a percent and in the same kind
/// otherwise, after words that say what is missing (`差`, or `有` at
/// their end), with -1: the level is below. After words that say the level
/// is over it (`距5%的控制目标还高出1.2个百分点`: [`plans::ABOVE`],
/// [`OVER_BY`]), with +1 (5%
/// was read as the level, and passed). No figure of any other kind may
/// stand between.
fn distance_after<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    to: &Quantity,
) -> Option<(&'q Quantity, f64)> {
    /// The most characters between the figure and its distance
    /// (`的省定目标还差`, `的目标尚有`).
    const LIMIT: usize = 10;
    let gap = quantities[quantities.partition_point(|q| q.start < to.end)..].first()?;
    let words = text.slice(to.end, gap.start);
    let kind = match to.kind {
        QuantityKind::Percent => QuantityKind::PercentagePoints,
        kind => kind,
    };
    if gap.kind != kind
        || gap.qualifier != Qualifier::Exact
        || gap.value >= to.value
        || words.chars().count() > LIMIT
        || words.chars().any(ends_clause)
    {
        return None;
    }
    if words.contains('差') || words.ends_with('有') {
        Some((gap, -1.0))
    } else {
        plans::ABOVE
            .iter()
            .chain(&OVER_BY)
            .any(|w| words.ends_with(w))
            .then_some((gap, 1.0))
    }
}

/// Words of a distance that say the level is over the figure, ending the
/// words before the distance's size, besides those that state one side of a
/// comparison above the other ([`plans::ABOVE`]: `距5%的控制目标还高出1.2个
/// 百分点`): `还多出…`.
const OVER_BY: [&str; 1] = ["多出"];

/// `A总体平稳，2023年为11.85亿元，比上年下降1.7%`, `A保持高位，2023年达到
/// 98.6%`: the name's clause says, in a few words and no figure, how it
/// stands over time, and the next clause opens with the report's year and
/// states the level (and its change, when it follows). The year that opens
/// the clause makes it the name's figure for the year; without it the
/// clause may be of anything. (Both figures were lost, and a claim of
/// 只增不减 beside them was only unbacked.)
fn trend_first<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Read<'q>> {
    /// The most characters the name's clause has (`近年来稳步增长`).
    const LIMIT: usize = 8;
    let year = year?;
    let clause_end = text.end_from(mention.end, ends_clause);
    // (A sentence that ends with the name's clause states nothing more.)
    if text.chars.get(clause_end) != Some(&',') {
        return None;
    }
    let clause = text.slice(mention.end, clause_end);
    if clause.is_empty()
        || clause.chars().count() > LIMIT
        || clause
            .chars()
            .any(|c| c.is_ascii_digit() || changes::NEGATIONS.contains(&c))
        || links::opens_cause(clause)
    {
        return None;
    }
    let next = text.slice(clause_end + 1, text.end_from(clause_end + 1, ends_clause));
    after_the_year(next.trim_start(), year)?;
    let q = level_in_next_clause(text, quantities, mention, clause_end, kind, Some(year))?;
    Some(Read::level(
        q,
        change_after(text, quantities, q, kind, Some(year)),
    ))
}

/// Which way the change goes, when the clause after a name states its
/// change against the year before in words only: a verb of change
/// ([`changes::direction`]), no figure (the caller knows the clause holds
/// none, or checks that the figure comes after it), no negation
/// (`只增不减`), no other base (`高于全省平均`), and no span of years
/// (`2018年以来有所提高`). Short: `较上年有所下降`, `同比略有减少`, `稳步增长`;
/// a longer clause says more than a change. `None` when it does not.
fn states_unsized_change(clause: &str, year: Option<i32>) -> Option<Direction> {
    /// The most characters such a clause has (`与上年相比有较大幅度的下降`).
    const LIMIT: usize = 14;
    let said = clause.chars().count() <= LIMIT
        // `只增不减`, `不降低`, `未增长`: a requirement, a claim or a denial,
        // never a change that was measured.
        && !clause.chars().any(|c| c.is_ascii_digit() || changes::NEGATIONS.contains(&c))
        && !clause.ends_with(changes::TO)
        && !search::contains_any(clause, changes::OTHER_COMPARISONS)
        // `亟需增加`, `有待提高`: a need, not a change.
        && !search::contains_any(clause, changes::NEEDS)
        && !changes::weak_growth(clause)
        && !changes::names_span(clause)
        && against_year_before(clause, year);
    if !said {
        return None;
    }
    changes::direction(clause).and_then(Direction::of_sign)
}

/// `14.2亿元，下降2.1%`, `A增长-1.3%`: a verb of change and its figure, with
/// no comparison named. A report on one year states its changes against
/// the year before without saying so; read as such. Only the verb itself
/// (and `了`) may stand between `cursor` and the figure: any other word may
/// name another base (`高于全省平均`), which is no growth.
fn implicit_change<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    cursor: usize,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<(Change, &'q Quantity)> {
    let q = in_sentence_after(text, quantities, cursor).next()?;
    let words = text.slice(cursor, q.start);
    let sign = implicit_verb(words)?;
    if other_base_before(text, q.start, year) {
        return None;
    }
    let spaced = words.trim_end_matches(' ');
    let blanks = words.len() - spaced.len();
    let words = spaced.trim_end_matches('了');
    let mut change = Change::default();
    let mut span = change_span(words, q);
    span.start = span.start.saturating_sub(blanks);
    let at = Some(span);
    match q.kind {
        QuantityKind::Percent => {
            (change.percent, change.percent_at) = (Some(signed(sign, q.value)), at)
        }
        k if k == units::change_kind(kind) && k != QuantityKind::Percent => {
            change.value = Some(signed(sign, q.value));
            change.unit = Some(q.unit.clone());
            change.value_at = at;
        }
        _ => return None,
    }
    Some((change, q))
}

/// The growth rate itself, stated in the clause after the points it moved
/// by: the `-1.2%` of `增速较上年回落3.2个百分点，为-1.2%` (the rate was lost,
/// and the decline with it). Only a percent right after a linking word
/// ([`changes::RATE_IS`], or `仅为`, `只有`).
fn rate_after_its_move<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    moved: &Quantity,
) -> Option<&'q Quantity> {
    if moved.kind != QuantityKind::PercentagePoints {
        return None;
    }
    let r = in_sentence_after(text, quantities, moved.end).next()?;
    let words = text.slice(moved.end, r.start);
    let opens_clause = words.starts_with([',', '，']);
    let words = words.trim_start_matches([',', '，']).trim();
    let linked = changes::RATE_IS.contains(&words) || ["仅为", "只有"].contains(&words);
    (r.kind == QuantityKind::Percent && opens_clause && linked).then_some(r)
}

/// The sign of a change stated by its verb alone (`增长`, `，下降`,
/// `提高了`): no comparison and no other word, which might name another
/// base (`高于全省平均`).
fn implicit_verb(words: &str) -> Option<f64> {
    // (Blanks before the figure: a Markdown report's `下降 **1.6%**` reads
    // `下降   1.6%`.)
    // (`14920元、下降1.8%`: a list mark after the level, as dense case
    // collections join a level and its change.)
    let words = words
        .trim_start_matches([',', '，', '、', ' '])
        .trim_end_matches([' ', '了']);
    // `增速为4.2%`, `增幅达到6%`: a growth noun may be linked to its figure.
    let noun = changes::GROWTH_NOUNS.iter().find_map(|(w, _)| {
        let rest = words.strip_prefix(w)?;
        (rest.is_empty() || changes::RATE_IS.contains(&rest)).then_some(*w)
    });
    if noun.is_none() && !changes::verbs().any(|v| v == words) {
        return None;
    }
    changes::direction(noun.unwrap_or(words))
}

/// Whether the sentence up to character `at` names a span of years
/// (`2018年以来，`, `近三年`, `累计`) or another base than the year before
/// (`与2010年相比，`): a change with no comparison of its own is then
/// measured from it, not against the year before.
fn other_base_before(text: &CaseText<'_>, at: usize, year: Option<i32>) -> bool {
    let start = sentence_start(text, at);
    let lead = text.slice(start, at);
    changes::names_span(lead)
        || search::starts(lead, changes::COMPARED).any(|i| {
            let before = &lead[..i];
            let clause = before.rfind(ends_clause).map_or(before, |p| &before[p..]);
            !against_year_before(clause, year)
        })
}

/// The change read from character `at` on, where a basis of the whole
/// opens (`按总量计算比上年下降0.8%`, see [`change_parts`]): the indicator's
/// change after one on an adjusted basis that opened the sentence
/// (`crate::adjusted`).
pub(crate) fn change_from(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    at: usize,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Change> {
    change_parts(text, quantities, at, kind, year, false, false).and_then(|(c, _)| c)
}

/// Reads a change from character `cursor` on: up to two parts (an amount
/// and a rate: `比上年增加1.08亿元，增长7.5%`), the first opening with a
/// comparison with the year before (`比`, `较`, `同比`; with `lead`, the
/// comparison may follow other words, as after a name: `A2022年比上年…`).
/// `比上年的97.1%提高0.8个百分点` steps over the base figure. A comparison
/// with another year than the one before, or with an average or a standard,
/// is not a change. Returns the change and its last figure.
fn change_parts<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    cursor: usize,
    kind: QuantityKind,
    year: Option<i32>,
    lead: bool,
    opened: bool,
) -> Option<(Option<Change>, &'q Quantity)> {
    let mut change = Change::default();
    // `5.87亿元（含上级转移支付1.2亿元），比上年下降3.1%`: a note right after
    // the level says what it holds; the change follows it.
    let mut cursor = past_concession(text, skip_note(text, cursor));
    let mut last = None;
    let mut seen_comparison = opened;
    let mut other_base = false;
    let mut base = None;
    let mut parts = 0;
    // The growth noun of a rate stated from→to (`增幅由…回落至…`).
    let mut rate: Option<&(&str, f64)> = None;
    for q in in_sentence_after(text, quantities, cursor).take(3) {
        let between = text.slice(cursor, q.start);
        // (`（14.3亿元）比上年下降2.6%`: the level in brackets, then the change.)
        let words = between.trim_start_matches([',', '，', ' ', NOTE_OPEN, NOTE_CLOSE]);
        // `与当地公务员平均工资收入（12.1万元）相比低0.3万元`: the figure in
        // brackets inside `与…相比`, whose base was named before it: the
        // gap between the two, no change (it was read as the civil
        // servants' fall), unless that base is the year before
        // (`与上年（11.2万元）相比增长3.1%`).
        if parts == 0
            && between.starts_with(NOTE_CLOSE)
            && changes::compared_with(words)
            && !bracketed_base_is_year_before(text, cursor, year)
        {
            break;
        }

        // `，低于全市平均水平，较上年减少0.2亿元`: a comparison with no figure
        // of its own stands before the change; so does a rank
        // (`，居全市第3位，比上年下降2.1%`: the change was lost), and a cause
        // (`，因在校生增加较多，比上年减少230元`).
        // (`，虽高于全省县均水平，但比上年下降2.3%`, `，未达到年初预算，比上年
        // 下降2.3%`: a concession or a shortfall of no figure first.)
        let conceded = changes::CONCESSIONS
            .iter()
            .find_map(|w| words.strip_prefix(w))
            .unwrap_or(words);
        let words = if changes::OTHER_COMPARISONS
            .iter()
            .chain(&qualifiers::SHORT_OF)
            .any(|w| conceded.starts_with(w))
            || words.split_once([',', '，']).is_some_and(|(first, _)| {
                search::contains_any(first, links::RANKS) || changes::gives_cause(first)
            }) {
            words
                .rfind(['，', ','])
                .map_or(words, |p| words[p..].trim_start_matches([',', '，']))
        } else {
            words
        };
        // `扣除一次性因素后比上年增长1.6%，按总量计算比上年下降2.0%`: the basis
        // before a comparison; a change on an adjusted basis is not the
        // indicator's (as one against the budget is not), and the whole's
        // after it replaces it.
        let (adjusted, words) = match changes::strip_basis(words) {
            Some((adjusted, rest)) => (adjusted, rest),
            None => (false, words),
        };
        // `，2023年比上年下降2.3%` in a report on 2023: the report's year named
        // before its comparison, as `当年` is (another year's is not the
        // year's change).
        let words = year
            .filter(|_| words.starts_with(|c: char| c.is_ascii_digit()))
            .and_then(|y| after_the_year(words, y))
            .unwrap_or(words);
        let growth_noun = changes::GROWTH_NOUNS
            .iter()
            .any(|(w, _)| words.starts_with(w));
        let comparison = if lead && !seen_comparison {
            search::contains_any(words, changes::COMPARISONS)
        } else {
            changes::opens_comparison(words) || growth_noun
        } || (!seen_comparison && bracketed_base_compared(text, words, q));
        // `从11.2亿元增加到12.1亿元，年均增长3.9%`: an average over years,
        // no change of the year's.
        if changes::AVERAGED.iter().any(|w| words.starts_with(w)) {
            break;
        }
        // A second part (`,增长14.80%`) follows the first closely; a clause
        // that opens with a region's name is that region's
        // (`较上年提高1.2个百分点，西岭市下降0.8个百分点`: the second replaced the
        // first).
        // So is one that opens with a whole region (`…下降0.5个百分点，全市提高
        // 0.2个百分点`: the city's change replaced the county's fall).
        if seen_comparison
            && (regions::named_at_start(words).is_some()
                || regions::opening_by_level(words).is_some_and(|(by, _, _)| by == '全'))
        {
            break;
        }
        // `较上年下降到76.5%`: a verb that moves the level to the figure;
        // the figure is the level reached, and no change is stated.
        // (A growth noun's, `增幅回落至1.8%`, is the rate itself: below.)
        // So does a later clause that opens with such a verb
        // (`比上年提高0.6个百分点，提高到94.2%`: the level was read as a rise
        // of 94.2%, and lost).
        if changes::moved_to(words).is_some_and(|(_, before)| {
            changes::against_year_before_only(before)
                || (seen_comparison && rate.is_none() && before.is_empty())
        }) {
            break;
        }
        let continues = seen_comparison && words.chars().count() <= 6;
        if !(comparison || continues) || words.chars().count() > 16 {
            break;
        }
        if comparison && (adjusted || !against_year_before(words, year)) {
            // `比上年增加0.3亿元，比年初预算增长3%`: the change against the
            // year before is complete; what follows is another comparison.
            if parts > 0 && !other_base {
                break;
            }
            other_base = true;
        } else if comparison && other_base && seen_comparison {
            // `较调整预算增长1%，较上年下降0.8%`: after a change against
            // another base, one against the year before is the change.
            change = Change::default();
            other_base = false;
            parts = 0;
        }
        // `增幅回落至1.8%`, `增长率下降到1.8%`: the rate fell to a figure,
        // and that figure is the rate itself (a slower rise, no fall);
        // `增幅由上年的5.6%回落至-1.2%`: the year before's rate, then the
        // year's.
        if let Some(noun @ (word, noun_sign)) = changes::GROWTH_NOUNS
            .iter()
            .find(|(w, _)| words.starts_with(w))
            .or(rate)
        {
            let said = words.strip_prefix(word).unwrap_or(words);
            if said.starts_with(FROM) && rate.is_none() {
                rate = Some(noun);
                seen_comparison = true;
                cursor = q.end;
                continue;
            }
            if changes::direction(said).is_some() {
                // `增幅下降2.3%`: the rate moved by a figure, and the rate
                // itself is not said: no change of the level's. Unless the
                // next clause says it (`增速较上年回落3.2个百分点，为-1.2%`).
                if !said.trim_end().ends_with(changes::TO) {
                    if let Some(r) = rate_after_its_move(text, quantities, q) {
                        let words = text.slice(q.end, r.start);
                        if let Some(part) = ChangePart::of(r, kind) {
                            part.set(&mut change, r, *noun_sign, Some(change_span(words, r)));
                            last = Some(r);
                        }
                    }
                    break;
                }
                let Some(part) = ChangePart::of(q, kind) else {
                    break;
                };
                part.set(&mut change, q, *noun_sign, Some(change_span(words, q)));
                last = Some(q);
                break;
            }
        }
        // `同比-0.8%`, `同比（-0.8%）`, `比上年+2.1%`: the comparison alone,
        // then a figure signed: the change, by its sign.
        let bare = || {
            comparison
                && words.trim_end_matches(['(', '（', ' ']).chars().count() <= 5
                && changes::direction(words).is_none()
                && !names_base(words)
                && (q.value < 0.0 || q.text.starts_with(['+', '＋']))
        };
        let Some(sign) = changes::direction(words).or_else(|| bare().then_some(1.0)) else {
            // `比上年的97.1%`, `比上年6.52亿元增加0.32亿元`: the base of the
            // comparison, not the change.
            if comparison && !seen_comparison && q.kind == kind && names_base(words) {
                base = Some(Base::of(q, base_year(words, year)));
                seen_comparison = true;
                cursor = q.end;
                continue;
            }
            break;
        };
        seen_comparison = true;
        let at = Some(change_span(words, q));
        let Some(part) = ChangePart::of(q, kind) else {
            break;
        };
        // A second figure of a part already stated ends the change (a rate's
        // points may be restated).
        let taken = match part {
            ChangePart::Percent => change.percent.is_some(),
            ChangePart::Value => {
                change.value.is_some()
                    && !(q.kind == QuantityKind::PercentagePoints && kind == QuantityKind::Percent)
            }
        };
        if taken {
            break;
        }
        part.set(&mut change, q, sign, at);
        last = Some(q);
        cursor = q.end;
        parts += 1;
        if parts == 2 {
            break;
        }
    }
    let last = last?;
    if change.value.is_none() && change.percent.is_none() {
        return None;
    }
    change.base = base;
    Some(((!other_base).then_some(change), last))
}

/// `尽管较上年减少1.4%，全县一般公共预算教育支出仍达8.3亿元`: the change in the
/// clause that opens the sentence, before the name, when that clause is only
/// a comparison with the year before and its one figure (after a word of
/// concession or none): no subject of its own, so the name after it is the
/// subject. (It was lost, and 只增不减 passed.)
fn change_before(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    mention: &Mention,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Change> {
    /// The longest such clause (`尽管与上年相比减少了0.35亿元`).
    const LIMIT: usize = 20;
    // The mention's clause starts after a comma (not a sentence's end),
    // and the clause before it opens the sentence and is short. (Asked of
    // characters before any words are cut: most levels have no such
    // clause before them.)
    let comma = text.find_backward(
        mention.start.saturating_sub(LIMIT),
        mention.start,
        ends_clause,
    )?;
    if text.chars.get(comma).copied().is_some_and(ends_sentence) {
        return None;
    }
    let sentence = text
        .find_backward(comma.saturating_sub(LIMIT), comma, ends_clause)
        .map_or(0, |p| p + 1);
    if sentence > 0
        && !text
            .chars
            .get(sentence - 1)
            .copied()
            .is_some_and(ends_sentence)
    {
        return None;
    }
    if sentence == 0 && comma > LIMIT {
        return None;
    }
    let first = quantities.partition_point(|q| q.start < sentence);
    let mut figures = quantities[first..]
        .iter()
        .take_while(|q| q.end <= comma)
        .filter(|q| q.kind != QuantityKind::Year);
    // The figure ends the clause (`较上年减少1.4%的学校…` is about something else).
    let (q, None) = (figures.next()?, figures.next()) else {
        return None;
    };
    if !text.slice(q.end, comma).trim().is_empty() {
        return None;
    }
    let words = text.slice(sentence, q.start);
    if !changes::opens_comparison(words) || !against_year_before(words, year) {
        return None;
    }
    let sign = changes::direction(words)?;
    let part = ChangePart::of(q, kind)?;
    let mut change = Change::default();
    part.set(&mut change, q, sign, Some(change_span(words, q)));
    Some(change)
}

/// `6.1亿元，比上年6.3亿元有所减少`, `94.8%，较上年度的96.1%有所下降`: the year
/// before's level as the base, and the change said in words: the change
/// from the two levels. (Without the base the change is `unsized-change`;
/// with it, it was lost, and a fall passed `只增不减`.)
fn worded_against_base(
    text: &CaseText<'_>,
    quantities: &[Quantity],
    level: &Quantity,
    kind: QuantityKind,
    year: Option<i32>,
) -> Option<Change> {
    let q = in_sentence_after(text, quantities, level.end).next()?;
    let words = text.slice(level.end, q.start);
    let opening = words.trim_start_matches([',', '，', ' ']);
    if q.kind != kind
        || opening.chars().count() > 8
        || !changes::opens_comparison(opening)
        || !names_base(opening.trim_end_matches('度'))
        || !against_year_before(opening, year)
    {
        return None;
    }
    let end = text.end_from(q.end, ends_clause);
    let said = text.slice(q.end, end);
    let next_figure = in_sentence_after(text, quantities, q.end)
        .next()
        .is_some_and(|n| n.start < end);
    if next_figure || said.chars().count() > 8 || changes::direction(said).is_none() {
        return None;
    }
    let base = Base::of(q, year.map(|y| y - 1));
    Some(with_base(None, q, level, kind, base))
}

/// Whether the words of a comparison end where its base figure starts:
/// `比上年的`, `较2021年的`, and with no `的` right after the year itself
/// (`比上年`, `比2021年`), as statistics notices write it.
fn names_base(words: &str) -> bool {
    // `较上年（6.3亿元）减少0.2亿元`: the base in brackets.
    let words = words.trim_end_matches(['（', '(']);
    words.ends_with('的')
        || changes::YEAR_BEFORE.iter().any(|w| words.ends_with(w))
        // The last 7 bytes are a year (four digits and 年) and nothing after.
        || after_year(
            words
                .get(words.len().saturating_sub(7)..)
                .unwrap_or_default(),
        ) == Some("")
}

/// The character after a bracketed note that opens at `at` (at most
/// [`NOTE_LIMIT`] characters long), or after what the figure is per
/// (`13200元/生`, [`units::PER_UNITS`]), or `at` when neither opens there.
pub(crate) fn skip_note(text: &CaseText<'_>, at: usize) -> usize {
    match text.chars.get(at) {
        Some(&NOTE_OPEN) => {}
        Some(c) if units::PER_SLASHES.contains(c) => {
            return units::PER_UNITS
                .iter()
                .map(|w| w.chars().count())
                .find(|&n| units::PER_UNITS.contains(&text.slice(at + 1, at + 1 + n)))
                .map_or(at, |n| at + 1 + n);
        }
        _ => return at,
    }
    // `8.3亿元（同比下降3.5%）`: a note that compares is the change itself.
    if changes::opens_comparison(text.slice(at + 1, at + 1 + COMPARISON_LIMIT)) {
        return at;
    }
    text.find_forward(at + 1, at + 1 + NOTE_LIMIT, |c| {
        c == NOTE_CLOSE || ends_sentence(c)
    })
    .filter(|&p| text.chars.get(p) == Some(&NOTE_CLOSE))
    .map_or(at, |p| p + 1)
}

/// Where a change figure is written, in characters of the case text (the
/// line and column are filled in from the case's segments): the figure, and
/// the change verb right before it (`words` ends with it) when there is one:
/// `下降1.8%`, `增长6.3%`, `增3%`.
pub(crate) fn change_span(words: &str, q: &Quantity) -> Span {
    let verb = changes::verbs()
        .filter(|w| words.ends_with(w))
        .map(|w| w.chars().count())
        .max()
        .or_else(|| {
            let last = words.chars().last()?;
            changes::SHORT.iter().any(|(c, _)| *c == last).then_some(1)
        })
        .unwrap_or(0);
    Span {
        line: 0,
        column: 0,
        start: q.start.saturating_sub(verb),
        end: q.end,
    }
}

/// Whether `words` before the figure `q` open a comparison whose base's
/// figure is in brackets, with `相比` after them: `与上年（12.1亿元）相比增长
/// 2.5%`. (The change after the bracket was lost: `与上年（` is no
/// comparison until its `相比`.)
pub(crate) fn bracketed_base_compared(text: &CaseText<'_>, words: &str, q: &Quantity) -> bool {
    words.ends_with(NOTE_OPEN)
        && changes::EQUAL_TO.iter().any(|w| words.starts_with(w))
        && text
            .slice(q.end, q.end + 3)
            .strip_prefix(NOTE_CLOSE)
            .is_some_and(changes::compared_with)
}

/// Whether the base named between `与` (or `和`, `同`, `跟`) and the bracket
/// that holds the figure ending at `end` (`与上年（11.2万元）相比…`) is the
/// year before. `false` for another base (`与当地公务员平均工资收入（12.1万元）
/// 相比…`), or none found in the clause.
fn bracketed_base_is_year_before(text: &CaseText<'_>, end: usize, year: Option<i32>) -> bool {
    let Some(open) = text.find_backward(end.saturating_sub(LINK_WINDOW), end, |c| c == NOTE_OPEN)
    else {
        return false;
    };
    let clause = text
        .find_backward(open.saturating_sub(LINK_WINDOW * 2), open, ends_clause)
        .map_or(0, |p| p + 1);
    let words = text.slice(clause, open);
    let Some(base) = changes::EQUAL_TO
        .iter()
        .filter_map(|w| words.rfind(w).map(|i| &words[i + w.len()..]))
        .min_by_key(|b| b.len())
    else {
        return false;
    };
    changes::YEAR_BEFORE.contains(&base.trim())
        || (first_year(base).is_some() && against_year_before(base, year))
}

/// Whether the comparison in `words` is with the year before: `比上年`,
/// `同比`, `较2021年` in a 2022 report; not `比2019年` in a 2022 report, and
/// not a comparison with an average or a standard (`比全省平均`).
fn against_year_before(words: &str, year: Option<i32>) -> bool {
    if search::contains_any(words, changes::OTHER_BASES) || changes::names_other_base(words) {
        return false;
    }
    match (first_year(words), year) {
        (Some(base), Some(year)) => base == year - 1,
        _ => true,
    }
}

/// The first four-digit year (`2019年`) written in `words`.
fn first_year(words: &str) -> Option<i32> {
    years_in(words).next().map(|(_, y, _)| y)
}

#[cfg(test)]
mod years_tests {
    use super::years_in;
    use proptest::prelude::*;

    proptest! {
        /// The run-by-run scan finds exactly the positions where four digits,
        /// not after a digit, stand before 年.
        #[test]
        fn years_are_four_digit_runs_before_nian(
            text in proptest::collection::vec(
                proptest::sample::select(vec!["2", "0", "1", "9", "年", "至", "，", "a", "到"]),
                0..30,
            )
            .prop_map(|p| p.concat())
        ) {
            let b = text.as_bytes();
            let want: Vec<(usize, i32)> = (0..b.len().saturating_sub(3))
                .filter(|&i| {
                    b[i..i + 4].iter().all(u8::is_ascii_digit)
                        && (i == 0 || !b[i - 1].is_ascii_digit())
                        && text[i + 4..].starts_with('年')
                })
                .map(|i| (i, text[i..i + 4].parse().unwrap_or_default()))
                .collect();
            let got: Vec<(usize, i32)> = years_in(&text).map(|(before, y, _)| (before.len(), y)).collect();
            prop_assert_eq!(got, want);
        }
    }
}
