//! One name, one figure per stage of schooling.
//!
//! **What it does.** Reports state an indicator that the catalog keeps per
//! stage (`小学生均公用经费`, `初中生均公用经费`) under its generic name, with
//! the stages beside it:
//!
//! - `小学、初中生均公用经费分别达到800元、1000元` (the stages listed before
//!   the name: the last of them is found as the stage's own name);
//! - `生均公用经费小学、初中分别为720元、940元`, `生均公用经费小学720元、初中
//!   920元`, `生均公用经费小学为730元，初中为950元` (the stages after it);
//! - `小学生均公用经费为780元，初中为990元` (a stage's name, then the next
//!   stage by its word alone).
//!
//! This module turns each stage word there into a mention of the stage's own
//! indicator, so that binding reads `M(小学)、M(初中…)分别达到800元、1000元`
//! as it reads any list of names.
//!
//! **Why it matters.** Without it the figures were of no indicator: the
//! generic name's figure is none of them (it is unread, reason `part` or
//! `ambiguous`), and a rule on a stage (`初中生均公用经费不低于基准定额`) could
//! not judge. Worse, `小学、初中生均公用经费分别不低于650元、850元` gave the
//! junior stage the primary stage's bound.
//!
//! **What it does not do.** A stage is split off only when the catalog has a
//! name for it: the stage word followed by the generic name (`小学` +
//! `生均公用经费` is an alias of `per-student-public-funds-primary`). A list
//! of stages of which one has no such name (`初中、高中…分别为…` without a
//! `高中生均公用经费` in the catalog) is left as it was: its figures stay
//! unread, with their reason, rather than given to the wrong stage.

use std::collections::HashMap;

use dutycheck_catalog::Catalog;
use dutycheck_vocab::{is_clause_end, is_sentence_end, links, search};

use crate::CaseText;
use dutycheck_model::{Quantity, QuantityKind};

use crate::indicators::{self, Mention};

/// How far after a split name (in characters, within its sentence) a later
/// stage of the same name may stand: `…小学为730元，初中为950元`.
const REACH: usize = 40;

/// The catalog's names per stage, by the generic name they extend.
#[derive(Debug, Clone, Default)]
pub(crate) struct StageNames {
    /// Generic name (`生均公用经费`) → for each stage word, the indicator of
    /// the stage word followed by that name.
    by_generic: HashMap<String, Vec<(&'static str, usize)>>,
    /// A stage's own name (`初中生均公用经费`) → the generic name it
    /// extends.
    by_name: HashMap<String, String>,
    /// Whether an indicator has any name of either map: mentions of the
    /// others are passed over before any string is looked up.
    involved: Vec<bool>,
}

impl StageNames {
    pub fn new(catalog: &Catalog) -> StageNames {
        let indicators = catalog.indicators();
        let mut owner: HashMap<&str, usize> = HashMap::new();
        for (i, indicator) in indicators.iter().enumerate() {
            for alias in &indicator.aliases {
                owner.entry(alias.as_str()).or_insert(i);
            }
        }
        let mut names = StageNames {
            involved: vec![false; indicators.len()],
            ..StageNames::default()
        };
        // Longest words first: `普通高中` before `高中`, `义务教育教师`
        // before `教师`.
        let mut words: Vec<&'static str> = links::STAGES
            .iter()
            .chain(&links::SUBJECTS)
            .copied()
            .collect();
        words.sort_by_key(|s| std::cmp::Reverse(s.len()));
        for (j, indicator) in indicators.iter().enumerate() {
            for alias in &indicator.aliases {
                let Some((word, generic)) = words
                    .iter()
                    .find_map(|s| alias.strip_prefix(s).map(|rest| (*s, rest)))
                else {
                    continue;
                };
                // A stage splits a name of its own (`生均公用经费`); a
                // subject needs none (`年平均工资` is nobody's indicator).
                let generic_of = owner.get(generic).copied().filter(|&i| i != j);
                if generic.is_empty() || (generic_of.is_none() && !links::SUBJECTS.contains(&word))
                {
                    continue;
                }
                let entry = names.by_generic.entry(generic.to_string()).or_default();
                if !entry.iter().any(|(s, _)| *s == word) {
                    entry.push((word, j));
                }
                names.by_name.insert(alias.clone(), generic.to_string());
                for k in generic_of.into_iter().chain([j]) {
                    if let Some(flag) = names.involved.get_mut(k) {
                        *flag = true;
                    }
                }
            }
        }
        // Longest first, so that a stage word is read whole where one holds
        // another (`普通高中`, `高中`).
        for stages in names.by_generic.values_mut() {
            stages.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        }
        names
    }

    /// Whether indicator `stage`'s name is a stage word of schooling
    /// followed by a name of indicator `generic` (`小学生均公用经费` of
    /// `生均公用经费`): a claim that names the generic one names every stage.
    pub(crate) fn extends(&self, catalog: &Catalog, generic: usize, stage: usize) -> bool {
        catalog.indicators().get(generic).is_some_and(|g| {
            g.aliases.iter().any(|alias| {
                self.by_generic.get(alias).is_some_and(|stages| {
                    stages
                        .iter()
                        .any(|(word, j)| *j == stage && links::STAGES.contains(word))
                })
            })
        })
    }

    /// The indicator of `stage` followed by `generic`, if the catalog has it.
    fn of(&self, generic: &str, stage: &str) -> Option<usize> {
        self.by_generic
            .get(generic)?
            .iter()
            .find(|(s, _)| *s == stage)
            .map(|(_, j)| *j)
    }

    /// The stage word of `generic` that `text` starts at `at` with, and
    /// its indicator.
    fn stage_at(&self, text: &CaseText<'_>, at: usize, generic: &str) -> Option<(usize, usize)> {
        self.by_generic.get(generic)?.iter().find_map(|(s, j)| {
            let n = s.chars().count();
            (text.slice(at, at + n) == *s).then_some((n, *j))
        })
    }

    /// The stage (any of them) or the subject of `generic` that `text`
    /// starts at `at` with.
    fn word_at(&self, text: &CaseText<'_>, at: usize, generic: &str) -> Option<&'static str> {
        let subjects = self.by_generic.get(generic).into_iter().flatten();
        links::STAGES
            .iter()
            .copied()
            .chain(subjects.map(|(s, _)| *s))
            .find(|s| text.slice(at, at + s.chars().count()) == *s)
    }

    /// The stage word of `generic` that ends at `at`, and its indicator.
    fn stage_before(
        &self,
        text: &CaseText<'_>,
        at: usize,
        generic: &str,
    ) -> Option<(usize, usize)> {
        self.by_generic.get(generic)?.iter().find_map(|(s, j)| {
            let n = s.chars().count();
            (at >= n && text.slice(at - n, at) == *s).then_some((n, *j))
        })
    }

    /// `mentions` (in order) with each stage word beside a name of this
    /// catalog's stages turned into a mention of its stage (see the module
    /// documentation).
    pub fn split(
        &self,
        text: &CaseText<'_>,
        quantities: &[Quantity],
        mentions: Vec<Mention>,
    ) -> Vec<Mention> {
        if !mentions
            .iter()
            .any(|m| self.involved.get(m.indicator).copied().unwrap_or(false))
        {
            return mentions;
        }
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len() + 2);
        for (k, m) in mentions.iter().enumerate() {
            if !self.involved.get(m.indicator).copied().unwrap_or(false) {
                out.push(m.clone());
                continue;
            }
            let name = text.slice(m.start, m.end);
            let floor = out.last().map_or(0, |p| p.end);
            let next = mentions.get(k + 1).map_or(text.chars.len(), |n| n.start);
            let split = if let Some(generic) = self.by_name.get(name) {
                // `小学、初中生均公用经费`: the stages listed before it;
                // `小学生均公用经费为780元，初中为990元`: those after it.
                let first = m.clone();
                let before = self.listed_before(text, m.start, floor, generic);
                let later = self
                    .later(text, quantities, m.end, next, generic)
                    .unwrap_or_default();
                (before.is_some() || !later.is_empty()).then(|| {
                    let mut all = before.unwrap_or_default();
                    all.push(first);
                    all.extend(later);
                    all
                })
            } else if self.by_generic.contains_key(name) {
                // `生均公用经费小学、初中分别为…`: the stages after it.
                self.stage_at(text, m.end, name).and_then(|(n, j)| {
                    let later = self.later(text, quantities, m.end + n, next, name)?;
                    let mut all = vec![Mention::at(j, m.start, m.end + n)];
                    all.extend(later);
                    Some(all)
                })
            } else {
                None
            };
            match split {
                Some(all) => out.extend(all),
                None => out.push(m.clone()),
            }
        }
        out
    }

    /// The stages listed right before a stage's own name at `at`
    /// (`小学、` before `初中生均公用经费`), as mentions of their stages, in
    /// order; `None` when there are none, or when one of them has no name
    /// in the catalog (the list is then left to say what it cannot read).
    fn listed_before(
        &self,
        text: &CaseText<'_>,
        at: usize,
        floor: usize,
        generic: &str,
    ) -> Option<Vec<Mention>> {
        let mut listed = Vec::new();
        let mut end = at;
        while end > floor + 1 {
            let join = text.chars.get(end - 1).copied()?;
            if !links::JOINS.contains(&join) {
                break;
            }
            match self.stage_before(text, end - 1, generic) {
                Some((n, j)) if end > floor + n => {
                    listed.push(Mention::at(j, end - 1 - n, end - 1));
                    end -= 1 + n;
                }
                // `高中、初中…` with no `高中` name, or a join after
                // something else (`学校和初中…`).
                _ if links::STAGES.iter().any(|s| {
                    let n = s.chars().count();
                    end > n && text.slice(end - 1 - n, end - 1) == *s
                }) =>
                {
                    return None;
                }
                _ => break,
            }
        }
        listed.reverse();
        (!listed.is_empty()).then_some(listed)
    }

    /// The stages of `generic` after a split name ending at `from`, up to
    /// `limit` (the next mention) and within its sentence (a semicolon does
    /// not end it here: `小学…为780元；初中为990元`): each stage word that
    /// opens a list item or a clause (after `、`, `，`, `和`…) and is followed
    /// by what states its figure (`初中920元`, `初中为950元`, `初中、高中分别…`).
    /// `None` when one such stage word has no name in the catalog: a list
    /// of stages is read whole or not at all, so that no figure is given to
    /// the wrong stage.
    fn later(
        &self,
        text: &CaseText<'_>,
        quantities: &[Quantity],
        from: usize,
        limit: usize,
        generic: &str,
    ) -> Option<Vec<Mention>> {
        let mut found = Vec::new();
        let end = limit.min(from + REACH).min(text.chars.len());
        let mut at = from;
        while at < end {
            let c = text.chars[at];
            if is_sentence_end(c) && !matches!(c, ';' | '；') {
                break;
            }
            let opens = links::JOINS.contains(&c) || is_clause_end(c);
            at += 1;
            if !opens {
                continue;
            }
            // `，当地公务员为10.06万元`, `，同期当地公务员为…`: where or when
            // (one word or two), then the word; `，高于当地公务员（11.71万元）`:
            // a comparison before them, whose other side's figure is in
            // brackets.
            let mut start = at;
            if let Some(w) = COMPARED
                .iter()
                .find(|w| text.slice(start, start + w.chars().count()) == **w)
            {
                start += w.chars().count();
            }
            for _ in 0..2 {
                let Some(n) = links::SUBJECT_QUALIFIERS
                    .iter()
                    .map(|q| q.chars().count())
                    .find(|&n| links::SUBJECT_QUALIFIERS.contains(&text.slice(start, start + n)))
                else {
                    break;
                };
                start += n;
            }
            // Every stage, so that a stage of no name here refuses the
            // list; the subjects of this measure only.
            let word = self
                .word_at(text, start, generic)
                .filter(|s| states_after(text, quantities, limit, start + s.chars().count()));
            let Some(word) = word else {
                continue;
            };
            let n = word.chars().count();
            let j = self.of(generic, word)?;
            if start + n > end {
                break;
            }
            found.push(Mention::at(j, start, start + n));
            at = start + n;
        }
        Some(found)
    }
}

/// Whether the characters at `at` go on as a stage's figure does: the next
/// figure of the sentence, before the next mention (`limit`), is linked to
/// it by at most [`WORD_LINK`] characters (`920元`, `为950元`, `达到1000元`,
/// as binding links a name to its figure), or `分别` follows, or the next
/// stage of a list. A longer link holds a noun of its own (`初中学校建设
/// 经费为320万元`, `教师培训经费为320万元`): the figure is that noun's.
fn states_after(text: &CaseText<'_>, quantities: &[Quantity], limit: usize, at: usize) -> bool {
    let Some(&c) = text.chars.get(at) else {
        return false;
    };
    if links::JOINS.contains(&c) || text.slice(at, at + 2) == links::RESPECTIVELY {
        return true;
    }
    let next = quantities[quantities.partition_point(|q| q.start < at)..]
        .iter()
        .find(|q| !matches!(q.kind, QuantityKind::Year | QuantityKind::Duration));
    next.is_some_and(|q| {
        // (`小学每生每年650元`, `初中为每生每年950元`: a rate per pupil, not
        // counted in the link.)
        let rate = links::EACH_PUPIL
            .iter()
            .find(|w| search::contains(text.slice(at, q.start.min(limit)), w))
            .map_or(0, |w| w.chars().count());
        q.start <= limit
            && q.start <= at + rate + WORD_LINK
            && (indicators::links(text.slice(at, q.start))
                // `公务员（11.71万元）`: the figure in brackets right after it.
                || (q.start == at + 1 && matches!(c, '（' | '(')))
    })
}

/// Words of comparison before a subject in a later clause, stepped over:
/// `教师…11.62万元，高于当地公务员（11.71万元）` (the civil servants' pay was
/// unread, and a false parity claim only unbacked).
const COMPARED: [&str; 5] = ["略高于", "不低于", "高于", "低于", "持平于"];

/// How many characters may link a stage or a subject, standing alone, to
/// its figure: `为`, `达到`, `也达到`, `平均为`.
const WORD_LINK: usize = 3;
