//! The check of `claim:` rules (see `dutycheck_rules::ClaimRule`): each
//! claim of the requirement is held against the figures of its own section.
//!
//! What counts as evidence, and what contradicts, is the requirement's
//! `meets` (catalog data, `rules/catalog.yaml`):
//!
//! - no `meets`: any figure of the requirement's indicators evidences it;
//!   nothing can contradict it (`生均公用经费…高于省定标准`: the provincial
//!   standard is not in the report);
//! - `value: {min, max}`: a level within the bounds evidences it, a level
//!   outside contradicts it (`全覆盖` beside a coverage of 96%, `清零`
//!   beside 3 classes);
//! - `change: {min, max}`: a change against the year before (the percent
//!   when stated, else the amount) within the bounds evidences it, one
//!   outside contradicts it — also a change stated without a level
//!   (`只增不减` beside `比上年下降4.1%`);
//! - `compare: not-below`: the first indicator's level against the second's
//!   (`不低于` beside a teacher pay below the civil servants'). One side
//!   alone evidences nothing.
//!
//! A claim that is a plan (`到2024年…实现全覆盖`) claims nothing yet and is
//! not judged. A denial (`未落实“两个只增不减”要求`) claims the opposite: it
//! is no contradiction of a figure that agrees with it, but when the section
//! makes no claim of its own it fails the section (`denied`): the report
//! says the requirement is not met. Nor is a claim in part (`基本实现全覆盖`,
//! `农村学校…全覆盖`) judged, which does not claim the requirement the rule
//! asks about. Evidence is looked for in the claim's section only: a figure
//! of another city backs nothing.

use dutycheck_catalog::{Meets, Requirement};
use dutycheck_model::{
    Case, Claim, Direction, IndicatorValue, Section, Severity, Status, UnreadMention,
    UnreadMentionReason,
};
use dutycheck_rules::{ClaimRule, RuleSeverity};
use dutycheck_vocab::plans;
use dutycheck_vocab::punctuation::clause_around;

use super::{sentence_of, written};

use super::values;
use crate::check::{CheckContext, Found, Outcome, Spot, Target};

/// What the figures of a section say about one claim.
enum Verdict<'a> {
    /// A figure backs it.
    Evidenced,
    /// No figure of its indicators (or, for a comparison, not both).
    Unevidenced,
    /// A figure contradicts it: the figure, and the other side of a
    /// comparison.
    Contradicted(Figure<'a>, Option<Figure<'a>>),
    /// A change said in words only contradicts it (`只增不减` beside
    /// `生均…连续两年减少`, `…不增反降`): the case and the unread mention.
    ContradictedInWords(&'a Case, &'a UnreadMention),
}

/// A statement with the case it stands in.
#[derive(Clone, Copy)]
struct Figure<'a> {
    case: &'a Case,
    value: &'a IndicatorValue,
}

/// `claim:` rules: every section (or the one section) judged on its own.
pub(super) fn check(cx: &CheckContext<'_>, rule: &ClaimRule, target: Target<'_>) -> Outcome {
    // The loader checked the id against the merged catalog.
    let Some(requirement) = cx.catalog.requirement(&rule.requirement) else {
        return Outcome::new(Status::NotApplicable);
    };
    match target {
        Target::Document => Outcome::combined(
            cx.report
                .sections
                .iter()
                .map(|s| section(cx, rule, requirement, s)),
        ),
        Target::Section(s) | Target::Case(s, _) => section(cx, rule, requirement, s),
    }
}

fn section(
    cx: &CheckContext<'_>,
    rule: &ClaimRule,
    requirement: &Requirement,
    section: &Section,
) -> Outcome {
    let stated = || {
        section
            .cases
            .iter()
            .flat_map(|c| c.claims.iter().map(move |claim| (c, claim)))
            .filter(|(_, claim)| {
                claim.requirement == requirement.id && !claim.plan && !claim.partial
            })
    };
    let claims: Vec<(&Case, &Claim)> = stated().filter(|(_, c)| !c.denied).collect();
    if claims.is_empty() {
        let denials: Vec<(&Case, &Claim)> = stated().collect();
        if denials.is_empty() {
            return Outcome::new(Status::Missing);
        }
        return denied(cx, rule, requirement, section, &denials);
    }
    // Claims that each name one indicator of the requirement
    // (`实现了生均一般公共预算教育支出只增不减`) are judged on the figures of
    // those only: a fall of the total does not contradict a claim about the
    // per-student spending. (A comparison needs both sides.)
    let named: Option<Vec<&str>> = claims
        .iter()
        .map(|(_, c)| c.indicator.as_deref())
        .collect();
    let judged_on = |id: &str| {
        matches!(requirement.meets, Some(Meets::NotBelow))
            || named.as_ref().is_none_or(|n| n.contains(&id))
    };
    let figures: Vec<Vec<Figure<'_>>> = requirement
        .indicators
        .iter()
        .map(|id| {
            if !judged_on(id) {
                return Vec::new();
            }
            values(cx, Target::Section(section), id)
                .iter()
                .map(|&(_, case, value)| Figure { case, value })
                .collect()
        })
        .collect();
    let mut verdict = judge(requirement.meets, &figures);
    // `实现“两个只增不减”` beside the total's rise alone: the claim is of both
    // the total and the spending per student, and one has no change stated.
    // Half of it is backed, so the claim is not (it was evidenced by the
    // total). The sides with no figure are named in the finding.
    let measured = |f: &Figure<'_>| {
        f.value
            .change
            .as_ref()
            .and_then(|c| c.percent.or(c.value))
            .is_some()
    };
    let of_both = matches!(requirement.meets, Some(Meets::Change { .. }))
        && requirement.indicators.len() > 1
        && claims
            .iter()
            .all(|(_, c)| c.indicator.is_none() && c.text.contains(plans::BOTH));
    let unmeasured: Vec<&str> = requirement
        .indicators
        .iter()
        .zip(&figures)
        .filter(|(_, f)| of_both && !f.iter().any(measured))
        .map(|(id, _)| id.as_str())
        .collect();
    if matches!(verdict, Verdict::Evidenced) && !unmeasured.is_empty() {
        verdict = Verdict::Unevidenced;
    }
    if !matches!(verdict, Verdict::Contradicted(..))
        && let Some(Meets::Change { min, max }) = requirement.meets
        && let Some((case, u)) = fall_in_words(section, |id| {
            requirement.indicators.iter().any(|i| i == id) && judged_on(id)
        })
        .filter(|(_, u)| misses_by_sign(u, min, max))
    {
        verdict = Verdict::ContradictedInWords(case, u);
    }
    // `全市已全面消除超大班额，白石县仍有超大班额2个`: a requirement met by
    // every figure (全覆盖, 清零) is met in every part; a part within the
    // region whose figure misses it contradicts the claim of the whole (it
    // was only unbacked, and the part's figure unread).
    if !matches!(
        verdict,
        Verdict::Contradicted(..) | Verdict::ContradictedInWords(..)
    ) && let Some(Meets::Value { min, max }) = requirement.meets
        && let Some((case, u)) = part_missing(section, min, max, |id| {
            requirement.indicators.iter().any(|i| i == id) && judged_on(id)
        })
    {
        verdict = Verdict::ContradictedInWords(case, u);
    }
    // `…比当地公务员低0.42万元，已实现“不低于”要求`: no figure backs the
    // claim, and the sentence that makes it says the opposite. Its own
    // words fail it, as a denial does (it was only "claimed without
    // evidence"). So does a denial after it (`全县已实现课后服务全覆盖。…仍有
    // 4所学校未开展课后服务`: the report takes its claim back). A denial
    // before it (a rectification's problem, then its remedy) leaves the
    // claim to be judged on its figures.
    if matches!(verdict, Verdict::Unevidenced) {
        let index = |case: &Case| section.cases.iter().position(|c| std::ptr::eq(c, case));
        let denials: Vec<(&Case, &Claim)> = stated()
            .filter(|(case, d)| {
                d.denied
                    && claims.iter().any(|(c, claim)| {
                        let same = std::ptr::eq(*c, *case);
                        (same
                            && (d.start >= claim.end
                                || sentence_of(case, claim.start, claim.end)
                                    == sentence_of(case, d.start, d.end)))
                            || index(case) > index(c)
                    })
            })
            .collect();
        if !denials.is_empty() {
            return denied(cx, rule, requirement, section, &denials);
        }
    }
    let mut vars = cx.vars(Some(section), None);
    vars.insert("requirement", requirement.id.to_string());
    vars.insert("name", requirement.name.clone());
    let mut found = Vec::new();
    let status = match &verdict {
        Verdict::Evidenced => Status::Evidenced,
        Verdict::Unevidenced => {
            if let Some(severity) = capped(cx, rule.evidence) {
                // A comparison's sides with no figure, when one side has
                // one (`高出当地公务员0.2万元` beside the teachers' pay named
                // both as missing).
                let judged: Vec<&_> = requirement
                    .indicators
                    .iter()
                    .filter(|id| judged_on(id))
                    .collect();
                let lacking: Vec<&_> = requirement
                    .indicators
                    .iter()
                    .zip(&figures)
                    .filter(|(id, f)| {
                        matches!(requirement.meets, Some(Meets::NotBelow))
                            && judged_on(id)
                            && !f.iter().any(|f| f.value.value.is_some())
                    })
                    .map(|(id, _)| id)
                    .collect();
                let lacking = if lacking.is_empty() {
                    requirement
                        .indicators
                        .iter()
                        .filter(|id| unmeasured.contains(&id.as_str()))
                        .collect()
                } else {
                    lacking
                };
                let named = if lacking.is_empty() { judged } else { lacking };
                vars.insert("indicators", indicator_names(cx, named.into_iter()));
                for (case, claim) in &claims {
                    vars.insert("claim", claim.text.to_string());
                    let msg = cx.message(
                        "{section}声称“{claim}”（{name}），但同一部分没有{indicators}的数据佐证",
                        &vars,
                    );
                    found.push(at_claim(cx, section, case, claim, msg, severity));
                }
            }
            Status::Claimed
        }
        Verdict::Contradicted(figure, other) => {
            if let Some(severity) = capped(cx, rule.contradiction) {
                for (case, claim) in &claims {
                    vars.insert("claim", claim.text.to_string());
                    vars.insert("figure", quote(figure, other));
                    vars.insert("figure_line", figure.value.line.to_string());
                    let msg = cx.message(
                        "{section}声称“{claim}”，但同一部分第{figure_line}行写着“{figure}”，与之矛盾",
                        &vars,
                    );
                    let mut f = at_claim(cx, section, case, claim, msg, severity);
                    f.indicator = Some(figure.value.indicator.to_string());
                    f.value = figure.value.value;
                    found.push(f);
                }
            }
            Status::Contradicted
        }
        Verdict::ContradictedInWords(case, mention) => {
            if let Some(severity) = capped(cx, rule.contradiction) {
                for (claim_case, claim) in &claims {
                    vars.insert("claim", claim.text.to_string());
                    vars.insert("figure", sentence_of(case, mention.start, mention.end));
                    vars.insert("figure_line", mention.line.to_string());
                    let msg = cx.message(
                        "{section}声称“{claim}”，但同一部分第{figure_line}行写着“{figure}”，与之矛盾",
                        &vars,
                    );
                    let mut f = at_claim(cx, section, claim_case, claim, msg, severity);
                    f.indicator = Some(mention.indicator.to_string());
                    found.push(f);
                }
            }
            Status::Contradicted
        }
    };
    Outcome::new(status).with(found)
}

/// The first change said in words only (an
/// [`UnreadMentionReason::UnsizedChange`] mention with its direction) of an
/// indicator that `judged` takes, in the section's cases.
fn fall_in_words(
    section: &Section,
    judged: impl Fn(&str) -> bool,
) -> Option<(&Case, &UnreadMention)> {
    unread_where(section, |u| {
        u.reason == UnreadMentionReason::UnsizedChange
            && u.direction.is_some()
            && judged(&u.indicator)
    })
}

/// The first part within the section's region whose figure
/// (`UnreadMention::value`) of a judged indicator lies outside `min..=max`.
fn part_missing(
    section: &Section,
    min: Option<f64>,
    max: Option<f64>,
    judged: impl Fn(&str) -> bool,
) -> Option<(&Case, &UnreadMention)> {
    unread_where(section, |u| {
        u.reason == UnreadMentionReason::Part
            && u.value.is_some_and(|v| !Meets::within(min, max, v))
            && judged(&u.indicator)
    })
}

/// The first unread mention of the section's cases, in order, that `is`
/// holds of, with its case.
fn unread_where(
    section: &Section,
    is: impl Fn(&UnreadMention) -> bool,
) -> Option<(&Case, &UnreadMention)> {
    section
        .cases
        .iter()
        .find_map(|case| case.unread.iter().find(|u| is(u)).map(|u| (case, u)))
}

/// Whether the direction alone of a change said in words misses the bounds
/// on the change: any fall misses a lower bound of at least 0 (`只增不减`),
/// any rise an upper bound of at most 0. The size would decide any other.
fn misses_by_sign(u: &UnreadMention, min: Option<f64>, max: Option<f64>) -> bool {
    match u.direction {
        Some(Direction::Down) => min.is_some_and(|m| m >= 0.0),
        Some(Direction::Up) => max.is_some_and(|m| m <= 0.0),
        None => false,
    }
}

/// A section that claims nothing of the requirement and says it is not met
/// (`未实现“两个只增不减”`, `“不低于”要求尚未落实`): its own words fail it,
/// whatever its figures say, at the level of a contradiction. A section
/// that also claims it met (`去年未实现…，今年实现了…`, a rectification's
/// problem and its remedy) is judged on the claim instead, unless no
/// figure backs the claim and its own sentence denies it.
fn denied(
    cx: &CheckContext<'_>,
    rule: &ClaimRule,
    requirement: &Requirement,
    section: &Section,
    denials: &[(&Case, &Claim)],
) -> Outcome {
    let mut found = Vec::new();
    if let Some(severity) = capped(cx, rule.contradiction) {
        let mut vars = cx.vars(Some(section), None);
        vars.insert("requirement", requirement.id.to_string());
        vars.insert("name", requirement.name.clone());
        for (case, claim) in denials {
            // The whole sentence: the denial may follow the claim's clause
            // (`自评报告称已做到“两个只增不减”，与实际不符`).
            vars.insert("claim", sentence_of(case, claim.start, claim.end));
            let msg = cx.message("{section}的报告写明未做到“{name}”：“{claim}”", &vars);
            found.push(at_claim(cx, section, case, claim, msg, severity));
        }
    }
    Outcome::new(Status::Denied).with(found)
}

/// The verdict of the figures of a section (one list per indicator of the
/// requirement, in its order). A contradiction outweighs any evidence: a
/// claim beside one figure that backs it and one that denies it is not
/// backed.
fn judge<'a>(meets: Option<Meets>, figures: &[Vec<Figure<'a>>]) -> Verdict<'a> {
    let all = || figures.iter().flatten().copied();
    match meets {
        None => {
            if all().next().is_some() {
                Verdict::Evidenced
            } else {
                Verdict::Unevidenced
            }
        }
        Some(Meets::Value { min, max }) => by_each(all(), |v| v.value, min, max),
        Some(Meets::Change { min, max }) => by_each(
            all(),
            |v| v.change.as_ref().and_then(|c| c.percent.or(c.value)),
            min,
            max,
        ),
        // Each level of the first against the second's in the same case (or
        // the section's first), as the `compare` rule pairs them: the first
        // pair below contradicts, else any pair evidences.
        Some(Meets::NotBelow) => {
            let levels = |i: usize| -> Vec<(Figure<'a>, f64)> {
                figures.get(i).map_or_else(Vec::new, |f| {
                    f.iter()
                        .filter_map(|f| f.value.value.map(|v| (*f, v)))
                        .collect()
                })
            };
            let (lefts, rights) = (levels(0), levels(1));
            let Some(&first_right) = rights.first() else {
                return Verdict::Unevidenced;
            };
            if lefts.is_empty() {
                return Verdict::Unevidenced;
            }
            for &(left, l) in &lefts {
                let (right, r) = rights
                    .iter()
                    .find(|(f, _)| std::ptr::eq(f.case, left.case))
                    .copied()
                    .unwrap_or(first_right);
                if l < r {
                    return Verdict::Contradicted(left, Some(right));
                }
            }
            Verdict::Evidenced
        }
    }
}

/// Every figure that states the measured quantity (`measure`) is held to
/// the bounds: the first outside contradicts, else any inside evidences.
fn by_each<'a>(
    figures: impl Iterator<Item = Figure<'a>>,
    measure: impl Fn(&IndicatorValue) -> Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
) -> Verdict<'a> {
    let mut evidenced = false;
    for f in figures {
        let Some(x) = measure(f.value) else {
            continue;
        };
        if !Meets::within(min, max, x) {
            return Verdict::Contradicted(f, None);
        }
        evidenced = true;
    }
    if evidenced {
        Verdict::Evidenced
    } else {
        Verdict::Unevidenced
    }
}

/// The clause that states a figure, as written (`一般公共预算教育支出比上年
/// 减少0.8亿元`), and the other side of a comparison after `；` when it
/// stands in another clause (`分别为9.1万元、9.3万元` states both: once).
fn quote(figure: &Figure<'_>, other: &Option<Figure<'_>>) -> String {
    let clause = |f: &Figure<'_>| {
        let chars: Vec<char> = f.case.text.chars().collect();
        written(&chars, clause_around(&chars, f.value.start, f.value.end))
    };
    let first = clause(figure);
    match other.as_ref().map(clause) {
        Some(o) if o != first => format!("{first}；{o}"),
        _ => first,
    }
}

/// The names of indicators (of a requirement), joined with `、`.
fn indicator_names<'i>(cx: &CheckContext<'_>, ids: impl Iterator<Item = &'i String>) -> String {
    ids.map(|id| super::indicator_name(cx, id))
        .collect::<Vec<_>>()
        .join("、")
}

/// A level capped at the rule's severity; `None` when either is off.
fn capped(cx: &CheckContext<'_>, level: RuleSeverity) -> Option<Severity> {
    level.severity().map(|s| s.min(cx.severity))
}

/// A finding underlining the claim's phrase.
fn at_claim(
    cx: &CheckContext<'_>,
    section: &Section,
    case: &Case,
    claim: &Claim,
    message: String,
    severity: Severity,
) -> Found {
    let spot = Spot {
        line: claim.line,
        column: claim.column,
        length: u32::try_from(claim.end.saturating_sub(claim.start)).unwrap_or(1),
    };
    let mut f = cx.finding(Some(section), Some(case), spot, message);
    f.severity = severity;
    f
}
