//! The check of `detail:` rules (see `dutycheck_rules::DetailRule`).

use dutycheck_vocab::search;
use dutycheck_model::{
    Case, CharWalk, Quantity, QuantityKind, StatementKind, Status, UnreadMentionReason,
};
use dutycheck_rules::{CasePart, CaseParts, DetailRule};
use dutycheck_vocab::{changes, is_clause_end, links, qualifiers, units};

use super::per_case;
use crate::check::{CheckContext, Outcome, Target};

/// `detail:` rules: judged per case. A section's lead-in (case 0) is not a
/// written-up case, and a section of problems, plans or requirements
/// reports no work: both not applicable.
///
/// First the counts (`min_chars`, `min_figures`), then the parts
/// (`require:`, see [`parts_of`]); a case that fails the counts is reported
/// for them alone. With `if_has:`, a case without those parts is not
/// applicable.
pub(super) fn check(cx: &CheckContext<'_>, rule: &DetailRule, target: Target<'_>) -> Outcome {
    let DetailRule {
        min_chars,
        min_figures,
        require,
        if_has,
    } = *rule;
    per_case(cx, target, |section, case| {
        if case.is_lead_in() {
            return Outcome::new(Status::NotApplicable);
        }
        // Problems, plans and requirements are not written up as work
        // with results (see `holds_no_work`), nor is a bulletin or a
        // feedback (the inspectors' words) or a rectification report (the
        // answer to them, item by item): see `genres::written_as_cases`.
        if cx.holds_no_work(section) || !cx.written_as_cases
        {
            return Outcome::new(Status::NotApplicable);
        }
        // The parts are read only when the rule asks about them.
        let parts = (!require.is_empty() || !if_has.is_empty()).then(|| cx.parts_of(section, case));
        if let Some(parts) = parts
            && !if_has.without(parts).is_empty()
        {
            return Outcome::new(Status::NotApplicable);
        }
        let missing = parts.map_or_else(CaseParts::default, |p| require.without(p));
        // Blanks are layout, not content. Counting stops at the minimum
        // unless the case fails: a long case is not read to its end.
        let content = || case.text.chars().filter(|c| !c.is_whitespace());
        let figures = case.result_figures().count();
        let counts_met =
            figures >= min_figures && content().take(min_chars).count() >= min_chars;
        if counts_met && missing.is_empty() {
            return Outcome::new(Status::Pass);
        }
        let chars = content().count();
        let mut vars = cx.vars(Some(section), Some(case));
        vars.insert("chars", chars.to_string());
        vars.insert("min_chars", min_chars.to_string());
        vars.insert("figures", figures.to_string());
        vars.insert("min_figures", min_figures.to_string());
        vars.insert(
            "missing",
            missing
                .iter()
                .map(CasePart::words)
                .collect::<Vec<_>>()
                .join("、"),
        );
        vars.insert("missing_parts", missing.names());
        vars.insert("require", require.names());
        let default = if figures < min_figures {
            "{section}第{case}条案例结果数字{figures}个，至少需要{min_figures}个"
        } else if !counts_met {
            "{section}第{case}条案例只有{chars}字，至少需要{min_chars}字"
        } else {
            "{section}第{case}条案例没有写明{missing}"
        };
        let f = cx.finding(
            Some(section),
            Some(case),
            cx.spot_of(Some(section), Some(case)),
            cx.message(default, &vars),
        );
        Outcome::new(Status::Fail).with(vec![f])
    })
}

/// The parts a case has, from its statements and the words around its
/// figures:
///
/// - **result-figure**: a level or from→to stated for an indicator, or a
///   result figure ([`QuantityKind::is_result`]) that is not itself a change
///   and not a plan's figure (`新建幼儿园6所`, `投入1.2亿元`, `覆盖率达86%`);
/// - **baseline**: a change or from→to statement of an indicator; a figure
///   that states a change (`比上年增加300个`, `提高2.3个百分点`, `增幅14.8%`);
///   a from→to between two figures (`从74%提升至81.5%`); or a figure whose
///   clause, or the clause after it, compares with the year before (`同比`,
///   `较2020年`) or with a target, a standard or an average
///   (`，高于全省平均水平`, `比国家标准高`); or a claim to meet a named
///   requirement (`实现“不低于”要求`, `全覆盖`; [`Case::claims`], not a plan);
///   or a change against the year before said in words only
///   (`较上年有所下降`, an unread mention of reason `unsized-change`);
/// - **scale**: a count of schools, pupils or teachers
///   ([`units::SCALE_UNITS`]) that is not a change.
///
/// A plan (`力争到2025年…达到92%`) is no result and no baseline: its figure
/// is skipped. The words are the vocabulary's (`dutycheck_vocab`), so a
/// change verb added there is a baseline here too.
pub(crate) fn parts_of(case: &Case) -> CaseParts {
    let mut parts = CaseParts::default();
    for v in &case.indicators {
        if v.value.is_some() {
            parts.insert(CasePart::ResultFigure);
        }
        if v.change.is_some() || matches!(v.statement, StatementKind::Change | StatementKind::FromTo)
        {
            parts.insert(CasePart::Baseline);
        }
    }
    // A claim to meet a named requirement (`实现“不低于”要求`, `只增不减`,
    // `全覆盖`) measures the case against that requirement: a baseline. A
    // plan claims nothing yet.
    if case.claims.iter().any(|c| !c.plan) {
        parts.insert(CasePart::Baseline);
    }
    // A change against the year before said in words only
    // (`较上年有所下降`): the case compares with the year before, though
    // by no figure.
    if case
        .unread
        .iter()
        .any(|u| u.reason == UnreadMentionReason::UnsizedChange)
    {
        parts.insert(CasePart::Baseline);
    }
    // Figures are placed by character; the words around them are borrowed
    // from the text by byte, never collected into strings. Figures come in
    // order, so one walk forward turns their characters into bytes (a map
    // of every character was built for each case, and most cases stop
    // after a few figures).
    let text = case.text.as_str();
    let mut walk = CharWalk::new(text);
    // The byte after the last clause end before byte `b` (0 when none).
    let clause_from = |b: usize| {
        text[..b]
            .char_indices()
            .rev()
            .find(|(_, ch)| is_clause_end(*ch))
            .map_or(0, |(i, ch)| i + ch.len_utf8())
    };
    // The first clause end at or after byte `b` (the end when none).
    let clause_to = |b: usize| {
        text[b..]
            .char_indices()
            .find(|(_, ch)| is_clause_end(*ch))
            .map_or(text.len(), |(i, _)| b + i)
    };
    let planned = |q: &Quantity| case.targets.iter().any(|t| t.start <= q.start && q.end <= t.end);
    let figures: Vec<&Quantity> = case
        .quantities
        .iter()
        .filter(|q| q.kind.is_result() && !planned(q))
        .collect();
    let mut previous_end: Option<usize> = None;
    for (i, q) in figures.iter().enumerate() {
        // Every part a figure can add is known: the rest cannot change the
        // answer. (Most cases state a change early; without this, every
        // figure's clause was searched for comparison words again.)
        if CasePart::ALL.iter().all(|(_, p)| parts.contains(*p)) {
            break;
        }
        let (start, end) = (walk.byte(q.start), walk.byte(q.end));
        let clause_start = clause_from(start);
        let clause_end = clause_to(end);
        let lead_start = previous_end
            .filter(|e| *e > clause_start && *e <= start)
            .unwrap_or(clause_start);
        previous_end = Some(end);
        let change = q.kind == QuantityKind::PercentagePoints
            || states_change(&text[lead_start..start]);
        if change {
            parts.insert(CasePart::Baseline);
        } else {
            parts.insert(CasePart::ResultFigure);
            if q.kind == QuantityKind::Count && units::SCALE_UNITS.contains(&q.unit.as_str()) {
                parts.insert(CasePart::Scale);
            }
        }
        // What follows only finds a baseline.
        if parts.contains(CasePart::Baseline) {
            continue;
        }
        // The comparison may stand in the clause after the figure's
        // (`生均公用经费1350元，高于全省平均水平`).
        let next_end = match text[clause_end..].chars().next() {
            Some(c) => clause_to(clause_end + c.len_utf8()),
            None => text.len(),
        };
        if compares(&text[clause_start..next_end]) {
            parts.insert(CasePart::Baseline);
        }
        // From→to: `从74%` then `提升至81.5%` in the same clause.
        let from = text[clause_start..start].contains(links::FROM);
        if from
            && let Some(next) = figures.get(i + 1)
            && let next_start = walk.byte(next.start)
            && next_start < clause_end
            && text.get(end..next_start).is_some_and(|w| w.contains(links::REACH))
        {
            parts.insert(CasePart::Baseline);
        }
    }
    parts
}

/// Whether the words right before a figure make it a change (`比上年增加`,
/// `提高`, `增幅`), not a level (`提高至`, `增长到`).
fn states_change(lead: &str) -> bool {
    let lead = lead.trim_end();
    changes::direction(lead).is_some() && !lead.ends_with(changes::TO)
}

/// Whether a clause compares with the year before or with another value: a
/// comparison word ([`changes::COMPARISONS`]: `比`, `较`, `同比`) followed by
/// its base (`上年`, a year, `全省平均`, `国家标准`) or by a change
/// (`同比增长`); or a comparison word such as `高于`, `超过`
/// ([`changes::OTHER_COMPARISONS`]) with a base that is not the year before
/// (`全省平均`, `目标`). `占比`, `比例` are no comparison: no base follows.
fn compares(clause: &str) -> bool {
    // Asked of every figure's clause: most hold no first character of any
    // comparison word, and one look at each character says so.
    static LEADS: std::sync::OnceLock<search::Leads> = std::sync::OnceLock::new();
    let leads = LEADS.get_or_init(|| {
        search::Leads::of(
            changes::COMPARISONS
                .iter()
                .chain(&changes::OTHER_COMPARISONS)
                .chain(&qualifiers::SHORT_OF)
                .copied(),
        )
    });
    if !clause.chars().any(|c| leads.is_lead(c)) {
        return false;
    }
    let based = changes::COMPARISONS.iter().any(|w| {
        search::starts(clause, w).any(|i| {
            let rest = &clause[i + w.len()..];
            changes::YEAR_BEFORE.iter().any(|y| rest.starts_with(y))
                || rest.starts_with(char::is_numeric)
                || changes::OTHER_BASES
                    .iter()
                    .any(|b| rest.starts_with(b) || rest.starts_with("国家") && search::contains(rest, b))
                || changes::verbs().any(|v| rest.starts_with(v))
        })
    });
    // `高于全省平均`, and `未达到85%的国家标准`: falling short of a
    // standard compares with it as much as exceeding it does.
    based
        || (search::contains_any(clause, changes::OTHER_COMPARISONS)
            || search::contains_any(clause, qualifiers::SHORT_OF))
            && search::contains_any(clause, changes::OTHER_BASES)
}
