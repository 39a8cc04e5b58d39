//! The built-in checks, one per rule kind.

use dutycheck_model::{Case, IndicatorValue, QuantityKind, Section, Severity, Status};
use dutycheck_rules::{
    Bounds, CompareRule, DetailRule, Measure, Must, PatternRule, RuleKind, RuleSeverity,
    StructureRule, ThresholdRule,
};

use crate::check::{
    Check, CheckContext, Entry, Found, Outcome, Spot, Target, Vars, builtin, num, section_spot,
};
use crate::judge::{Miss, judge};

/// The built-in check for a rule kind; `None` for plugin rules.
pub(crate) fn check_for(kind: &RuleKind) -> Option<&'static dyn Check> {
    match kind {
        RuleKind::Threshold(_) => Some(&ThresholdCheck),
        RuleKind::Detail(_) => Some(&DetailCheck),
        RuleKind::Structure(_) => Some(&StructureCheck),
        RuleKind::Requires(_) => Some(&RequiresCheck),
        RuleKind::Pattern(_) => Some(&PatternCheck),
        RuleKind::Compare(_) => Some(&CompareCheck),
        RuleKind::Plugin(_) => None,
    }
}

/// Judges case-level checks on bigger targets case by case.
fn per_case(
    cx: &CheckContext<'_>,
    target: Target<'_>,
    one: impl Fn(&Section, &Case) -> Outcome,
) -> Outcome {
    Outcome::combined(target.cases(cx.report).into_iter().map(|(s, c)| one(s, c)))
}

/// The values of `indicator` reported in the target, with where they are,
/// in document order.
fn values<'a>(
    cx: &CheckContext<'a>,
    target: Target<'a>,
    indicator: &str,
) -> std::borrow::Cow<'a, [Entry<'a>]> {
    cx.values
        .of(cx.indicator_position(indicator), target, indicator)
}

/// Where a value's figure is written.
fn value_spot(v: &IndicatorValue) -> Spot {
    let length = u32::try_from(v.end.saturating_sub(v.start)).unwrap_or(1);
    Spot {
        line: v.line,
        column: v.column,
        length,
    }
}

/// The figure as written in the case (`近90%`), for messages.
fn figure_text(case: &Case, v: &IndicatorValue) -> String {
    case.text
        .chars()
        .skip(v.start)
        .take(v.end.saturating_sub(v.start))
        .collect()
}

/// The finding for an unreported indicator, at the `missing` level.
fn missing_finding(
    cx: &CheckContext<'_>,
    target: Target<'_>,
    level: RuleSeverity,
    message: String,
) -> Vec<Found> {
    let Some(severity) = level.severity() else {
        return Vec::new();
    };
    let (section, case) = (target.section(), target.case());
    let mut f = cx.finding(section, case, cx.spot_of(section, case), message);
    f.severity = severity;
    vec![f]
}

fn bound_vars(vars: &mut Vars, b: &Bounds) {
    for (name, v) in [
        ("min", b.min),
        ("max", b.max),
        ("above", b.above),
        ("below", b.below),
    ] {
        vars.insert(name, v.map(num).unwrap_or_default());
    }
}

/// `threshold:` rules.
///
/// Each reported value is judged; the target fails if any value does, with one
/// finding per failing value at the figure. No value: `missing`, with a
/// finding at the rule's `missing` level. A value in the warn zone (inside
/// the threshold, outside `warn`) passes, with a finding at `warning` (or
/// `info` when the rule itself is only `info`): the region meets the target
/// but is close to missing it, which deserves attention, not a failure.
pub struct ThresholdCheck;

impl Check for ThresholdCheck {
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
        let RuleKind::Threshold(rule) = &cx.rule.kind else {
            return Outcome::new(Status::NotApplicable);
        };
        let indicator = cx
            .indicator_position(&rule.indicator)
            .and_then(|position| cx.catalog.indicators().get(position));
        let name = indicator.map_or(rule.indicator.as_str(), |i| i.name.as_str());
        let percent = indicator.is_some_and(|i| i.kind == QuantityKind::Percent);
        let found = values(cx, target, &rule.indicator);
        // The target-level placeholders are only needed for a `missing`
        // message; built on demand for the same reason as below.
        let target_vars = || {
            let mut vars = cx.vars(target.section(), target.case());
            vars.insert("indicator", rule.indicator.clone());
            vars.insert("name", name.to_string());
            vars.insert("measure", rule.measure.as_str().to_string());
            bound_vars(&mut vars, &rule.bounds);
            vars
        };

        if found.is_empty() {
            if rule.missing.severity().is_none() {
                return Outcome::new(Status::Missing);
            }
            let vars = target_vars();
            let msg = builtin("{section}没有报告{name}（{title}）", &vars);
            return Outcome::new(Status::Missing).with(missing_finding(
                cx,
                target,
                rule.missing,
                msg,
            ));
        }
        let mut findings = Vec::new();
        let mut judged = 0;
        let mut failed = false;
        for &(section, case, v) in found.iter() {
            let Some((value, unit)) = measured(rule, v, percent) else {
                continue;
            };
            judged += 1;
            let fail_zone = judge(&rule.bounds, value, v.qualifier);
            // Most values pass: decide before building the message
            // placeholders, which cost a dozen allocations per value and, with
            // many rules, dominated evaluation (see README, "Performance").
            let warned = fail_zone.is_none()
                && rule
                    .warn
                    .as_ref()
                    .is_some_and(|w| judge(w, value, v.qualifier).is_some());
            if fail_zone.is_none() && !warned {
                continue;
            }
            let mut vars = cx.vars(Some(section), Some(case));
            vars.insert("indicator", rule.indicator.clone());
            vars.insert("name", name.to_string());
            vars.insert("measure", rule.measure.as_str().to_string());
            vars.insert("value", num(value));
            vars.insert("unit", unit.to_string());
            vars.insert("text", figure_text(case, v));
            bound_vars(&mut vars, &rule.bounds);
            let (message, severity) = match fail_zone {
                Some(miss) => {
                    failed = true;
                    // A shortfall reads as the rule's message; a figure whose
                    // qualifier decides (不足90%, 近80%) gets an explanation,
                    // because "为90%，低于80%" would be nonsense.
                    let message = match miss {
                        Miss::Low | Miss::High
                            if judge(&rule.bounds, value, dutycheck_model::Qualifier::Exact)
                                .is_some() =>
                        {
                            cx.message(default_threshold_message(miss, &rule.bounds), &vars)
                        }
                        _ => builtin(qualifier_message(miss, &rule.bounds), &vars),
                    };
                    (message, cx.severity)
                }
                None => match rule
                    .warn
                    .as_ref()
                    .and_then(|w| judge(w, value, v.qualifier).map(|m| (w, m)))
                {
                    Some((warn, _)) => {
                        let mut wv = vars.clone();
                        bound_vars(&mut wv, warn);
                        let line = warn_bound_text(warn);
                        wv.insert("warn", line);
                        let msg = builtin(
                            "{section}{name}为{value}{unit}，达到目标但处于预警区间（{warn}）",
                            &wv,
                        );
                        (msg, cx.severity.min(Severity::Warning))
                    }
                    None => continue,
                },
            };
            let mut f = cx.finding(Some(section), Some(case), value_spot(v), message);
            f.severity = severity;
            f.indicator = Some(rule.indicator.clone());
            f.value = Some(value);
            findings.push(f);
        }
        if judged == 0 {
            // Reported, but never with the change this rule measures.
            if rule.missing.severity().is_none() {
                return Outcome::new(Status::Missing);
            }
            let vars = target_vars();
            let msg = builtin(
                "{section}报告了{name}，但没有写明与上年相比的变化（{title}）",
                &vars,
            );
            return Outcome::new(Status::Missing).with(missing_finding(
                cx,
                target,
                rule.missing,
                msg,
            ));
        }
        Outcome::new(if failed { Status::Fail } else { Status::Pass }).with(findings)
    }
}

/// The measured number and its unit, or `None` when the value has no change
/// for a change measure. The absolute change of a percent indicator is in
/// percentage points.
/// Borrowed: every reported value is measured, and only a failing one needs
/// its unit as a string of its own.
fn measured<'v>(
    rule: &ThresholdRule,
    v: &'v IndicatorValue,
    percent: bool,
) -> Option<(f64, &'v str)> {
    match rule.measure {
        Measure::Value => Some((v.value, v.unit.as_str())),
        Measure::ChangePercent => v.change.as_ref()?.percent.map(|p| (p, "%")),
        Measure::ChangeValue => {
            let change = v.change.as_ref()?;
            let unit = if percent {
                Measure::ChangeValue.unit(QuantityKind::Percent)
            } else {
                change.unit.as_deref().unwrap_or(v.unit.as_str())
            };
            change.value.map(|x| (x, unit))
        }
    }
}

fn default_threshold_message(miss: Miss, b: &Bounds) -> &'static str {
    match miss {
        Miss::Low if b.min.is_some() => "{section}{name}为{value}{unit}，低于{min}{unit}的目标",
        Miss::Low => "{section}{name}为{value}{unit}，没有超过{above}{unit}",
        Miss::High if b.max.is_some() => "{section}{name}为{value}{unit}，高于{max}{unit}的上限",
        _ => "{section}{name}为{value}{unit}，没有低于{below}{unit}",
    }
}

fn qualifier_message(miss: Miss, b: &Bounds) -> &'static str {
    match miss {
        Miss::OnlyUpperBound if b.min.is_some() => {
            "{section}{name}写作“{text}”，只给出了上限，不能证明达到{min}{unit}的目标"
        }
        Miss::OnlyUpperBound => {
            "{section}{name}写作“{text}”，只给出了上限，不能证明超过{above}{unit}"
        }
        Miss::OnlyLowerBound if b.max.is_some() => {
            "{section}{name}写作“{text}”，只给出了下限，不能证明不超过{max}{unit}"
        }
        Miss::OnlyLowerBound => {
            "{section}{name}写作“{text}”，只给出了下限，不能证明低于{below}{unit}"
        }
        _ => "{section}{name}写作“{text}”，实际略低于{value}{unit}，没有达到{min}{unit}的目标",
    }
}

fn warn_bound_text(w: &Bounds) -> String {
    let mut parts = Vec::new();
    if let Some(v) = w.min {
        parts.push(format!("预警线不低于{}", num(v)));
    }
    if let Some(v) = w.above {
        parts.push(format!("预警线高于{}", num(v)));
    }
    if let Some(v) = w.max {
        parts.push(format!("预警线不高于{}", num(v)));
    }
    if let Some(v) = w.below {
        parts.push(format!("预警线低于{}", num(v)));
    }
    parts.join("，")
}

/// `detail:` rules: judged per case.
pub struct DetailCheck;

impl Check for DetailCheck {
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
        let RuleKind::Detail(DetailRule {
            min_chars,
            min_figures,
        }) = cx.rule.kind
        else {
            return Outcome::new(Status::NotApplicable);
        };
        per_case(cx, target, |section, case| {
            // Blanks are layout, not content. Counting stops at the minimum
            // unless the case fails: a long case is not read to its end.
            let content = || case.text.chars().filter(|c| !c.is_whitespace());
            let figures = case.result_figures().count();
            if figures >= min_figures && content().take(min_chars).count() >= min_chars {
                return Outcome::new(Status::Pass);
            }
            let chars = content().count();
            let mut vars = cx.vars(Some(section), Some(case));
            vars.insert("chars", chars.to_string());
            vars.insert("min_chars", min_chars.to_string());
            vars.insert("figures", figures.to_string());
            vars.insert("min_figures", min_figures.to_string());
            let default = if figures < min_figures {
                "{section}第{case}条案例结果数字{figures}个，至少需要{min_figures}个"
            } else {
                "{section}第{case}条案例只有{chars}字，至少需要{min_chars}字"
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
}

/// `structure:` rules: the number of cases of a section and numbering gaps.
/// A document target judges every section.
pub struct StructureCheck;

impl StructureCheck {
    fn section(cx: &CheckContext<'_>, rule: StructureRule, section: &Section) -> Outcome {
        let too_few = section.cases.len() < rule.min_cases;
        let unread = rule.unread_numbering && !section.unread_numbering.is_empty();
        if !too_few && !unread && (!rule.sequential || section.numbering_gaps.is_empty()) {
            return Outcome::new(Status::Pass);
        }
        let mut findings = Vec::new();
        let mut vars = cx.vars(Some(section), None);
        vars.insert("cases", section.cases.len().to_string());
        vars.insert("min_cases", rule.min_cases.to_string());
        if too_few {
            let msg = cx.message(
                "{section}只有{cases}条典型案例，至少需要{min_cases}条",
                &vars,
            );
            findings.push(cx.finding(Some(section), None, section_spot(section), msg));
        }
        if rule.sequential {
            for gap in &section.numbering_gaps {
                let mut v = vars.clone();
                v.insert("expected", gap.expected.to_string());
                v.insert("found", gap.found.to_string());
                // Always the built-in text: the rule's message is about counts.
                let msg = builtin(
                    "{section}案例编号不连续：此处应为第{expected}条，写的是第{found}条",
                    &v,
                );
                let length = u32::try_from(gap.found.to_string().len()).unwrap_or(1) + 1;
                findings.push(cx.finding(
                    Some(section),
                    None,
                    Spot {
                        line: gap.line,
                        column: gap.column,
                        length,
                    },
                    msg,
                ));
            }
        }
        if rule.unread_numbering {
            for u in &section.unread_numbering {
                let mut v = vars.clone();
                v.insert("marker", u.marker.clone());
                v.insert("reason", u.explain());
                // Always the built-in text, as for gaps: the parser's reason
                // is the message.
                let msg = builtin("{section}：{reason}", &v);
                let length = u32::try_from(u.marker.chars().count()).unwrap_or(1);
                findings.push(cx.finding(
                    Some(section),
                    None,
                    Spot {
                        line: u.line,
                        column: u.column,
                        length,
                    },
                    msg,
                ));
            }
        }
        let status = if findings.is_empty() {
            Status::Pass
        } else {
            Status::Fail
        };
        Outcome::new(status).with(findings)
    }
}

impl Check for StructureCheck {
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
        let RuleKind::Structure(rule) = cx.rule.kind else {
            return Outcome::new(Status::NotApplicable);
        };
        match target {
            Target::Section(s) => StructureCheck::section(cx, rule, s),
            Target::Document => Outcome::combined(
                cx.report
                    .sections
                    .iter()
                    .map(|s| StructureCheck::section(cx, rule, s)),
            ),
            Target::Case(..) => Outcome::new(Status::NotApplicable),
        }
    }
}

/// `requires:` rules: the indicator is reported somewhere in the target.
pub struct RequiresCheck;

impl Check for RequiresCheck {
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
        let RuleKind::Requires(rule) = &cx.rule.kind else {
            return Outcome::new(Status::NotApplicable);
        };
        if !values(cx, target, &rule.indicator).is_empty() {
            return Outcome::new(Status::Pass);
        }
        let (section, case) = (target.section(), target.case());
        let mut vars = cx.vars(section, case);
        vars.insert("indicator", rule.indicator.clone());
        let name = cx
            .catalog
            .get(&rule.indicator)
            .map_or(rule.indicator.clone(), |i| i.name.clone());
        vars.insert("name", name);
        let msg = cx.message("{section}没有报告{name}", &vars);
        let mut f = cx.finding(section, case, cx.spot_of(section, case), msg);
        f.indicator = Some(rule.indicator.clone());
        Outcome::new(Status::Fail).with(vec![f])
    }
}

/// `pattern:` rules: a regex over each case's text.
pub struct PatternCheck;

impl Check for PatternCheck {
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
        let RuleKind::Pattern(rule) = &cx.rule.kind else {
            return Outcome::new(Status::NotApplicable);
        };
        per_case(cx, target, |section, case| {
            pattern_case(cx, rule, section, case)
        })
    }
}

fn pattern_case(
    cx: &CheckContext<'_>,
    rule: &PatternRule,
    section: &Section,
    case: &Case,
) -> Outcome {
    if rule.unless.as_ref().is_some_and(|u| u.is_match(&case.text)) {
        return Outcome::new(Status::Pass);
    }
    let mut vars = cx.vars(Some(section), Some(case));
    vars.insert("regex", rule.regex.as_str().to_string());
    let found = rule.regex.find(&case.text);
    match (rule.must, found) {
        (Must::Appear, Some(_)) | (Must::NotAppear, None) => Outcome::new(Status::Pass),
        (Must::Appear, None) => {
            let msg = cx.message(
                "{section}第{case}条案例没有出现要求的内容（{title}）",
                &vars,
            );
            let f = cx.finding(
                Some(section),
                Some(case),
                cx.spot_of(Some(section), Some(case)),
                msg,
            );
            Outcome::new(Status::Fail).with(vec![f])
        }
        (Must::NotAppear, Some(m)) => {
            vars.insert("match", m.as_str().to_string());
            let start = case.text[..m.start()].chars().count();
            let (line, column) = case.position(start);
            let length = u32::try_from(m.as_str().chars().count()).unwrap_or(1);
            let msg = cx.message("{section}第{case}条案例出现了“{match}”（{title}）", &vars);
            let f = cx.finding(
                Some(section),
                Some(case),
                Spot {
                    line,
                    column,
                    length,
                },
                msg,
            );
            Outcome::new(Status::Fail).with(vec![f])
        }
    }
}

/// `compare:` rules: the first reported value of each side, in the same
/// target.
pub struct CompareCheck;

impl Check for CompareCheck {
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
        let RuleKind::Compare(rule) = &cx.rule.kind else {
            return Outcome::new(Status::NotApplicable);
        };
        compare(cx, rule, target)
    }
}

fn compare(cx: &CheckContext<'_>, rule: &CompareRule, target: Target<'_>) -> Outcome {
    let name = |id: &str| {
        cx.catalog
            .get(id)
            .map_or(id.to_string(), |i| i.name.clone())
    };
    let left = values(cx, target, &rule.left).first().copied();
    let right = values(cx, target, &rule.right).first().copied();
    let mut vars = cx.vars(target.section(), target.case());
    vars.insert("left", rule.left.clone());
    vars.insert("right", rule.right.clone());
    vars.insert("left_name", name(&rule.left));
    vars.insert("right_name", name(&rule.right));
    vars.insert("op", rule.op.as_str().to_string());
    let (Some((section, case, l)), Some((_, _, r))) = (left, right) else {
        let msg = builtin(
            "{section}没有同时报告{left_name}和{right_name}（{title}）",
            &vars,
        );
        return Outcome::new(Status::Missing).with(missing_finding(cx, target, rule.missing, msg));
    };
    if rule.op.holds(l.value, r.value) {
        return Outcome::new(Status::Pass);
    }
    vars.insert("left_value", num(l.value));
    vars.insert("right_value", num(r.value));
    vars.insert("unit", l.unit.clone());
    let msg = cx.message(
        "{section}{left_name}（{left_value}）与{right_name}（{right_value}）不满足 {left_name} {op} {right_name}",
        &vars,
    );
    let mut f = cx.finding(Some(section), Some(case), value_spot(l), msg);
    f.indicator = Some(rule.left.clone());
    f.value = Some(l.value);
    Outcome::new(Status::Fail).with(vec![f])
}
