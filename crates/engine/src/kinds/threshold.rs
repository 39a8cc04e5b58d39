//! The check of `threshold:` rules (see `dutycheck_rules::ThresholdRule`).

use dutycheck_model::{
    Direction, IndicatorValue, Qualifier, QuantityKind, Severity, Status, UnreadMentionReason,
};
use dutycheck_rules::{Bounds, Measure, ThresholdRule};

use super::{mention_spot, missing_finding, span_spot, value_spot, values};
use crate::check::{CheckContext, Entry, Outcome, Target, builtin, num};
use crate::judge::{Miss, judge, judge_range, range_misses_whole};

/// The status of a cell whose target holds neither a value nor an unread
/// mention of the rule's indicator, when that needs no check: `missing` for
/// a rule at `missing: off` (nothing to say, so no finding to build).
/// `None` when the check must run: it writes the `missing` finding. The
/// first lines of [`check`] give the same answer; the compiled rules
/// ([`crate::compiled`]) give it from a table, without calling the check.
pub(super) fn when_vacant(rule: &ThresholdRule) -> Option<Status> {
    rule.missing.severity().is_none().then_some(Status::Missing)
}

/// The status of a section-scope cell whose values (`values`: the section's
/// values of the rule's indicator, `percent` when it is a percent
/// indicator) all pass, outside any warn zone: `pass`, with no finding to
/// build. `None` when the check must run: a value fails or warns (a finding
/// to write), or none can be measured (`unread` or `missing`, maybe said).
/// This is [`check`]'s answer for such a cell; the compiled rules
/// ([`crate::compiled`]) ask it first, so that the cells where a region
/// meets its targets cost a judgement per value and no more.
pub(super) fn when_passing(
    rule: &ThresholdRule,
    values: &[Entry<'_>],
    percent: bool,
    year: Option<i32>,
) -> Option<Status> {
    let mut judged = false;
    for &(_, _, v) in values {
        // A change stated as an amount only, against a rule on the rate:
        // its sign decides, as in [`check`] (a fall beside a rise in the
        // same section passed here, unjudged).
        match by_sign(rule, v) {
            Some(SignVerdict::Fails { .. }) => return None,
            Some(SignVerdict::Passes) => {
                judged = true;
                continue;
            }
            None => {}
        }
        let Some((value, _)) = measured(rule, v, percent, year) else {
            continue;
        };
        if judge_figure(rule, &rule.bounds, value, v).is_some()
            || rule
                .warn
                .as_ref()
                .is_some_and(|w| judge_figure(rule, w, value, v).is_some())
        {
            return None;
        }
        judged = true;
    }
    judged.then_some(Status::Pass)
}

/// `threshold:` rules.
///
/// Each reported value is judged; the target fails if any value does, with one
/// finding per failing value at the figure. No value: `missing`, with a
/// finding at the rule's `missing` level; `unread` instead when the
/// indicator is mentioned but no value could be read (see
/// `super::unread_outcome`). A value in the warn zone (inside
/// the threshold, outside `warn`) passes, with a finding at `warning` (or
/// `info` when the rule itself is only `info`): the region meets the target
/// but is close to missing it, which deserves attention, not a failure.
///
/// A part within the region whose figure misses a bound that every part
/// must meet for the region to (no super-large class left, full coverage)
/// fails the region too, by its own finding ([`part_misses`]).
pub(super) fn check(cx: &CheckContext<'_>, rule: &ThresholdRule, target: Target<'_>) -> Outcome {
    let outcome = check_values(cx, rule, target);
    let parts = part_misses(cx, rule, target);
    if parts.is_empty() {
        return outcome;
    }
    match outcome.status {
        // The region's own figure is unknown: the part's miss is all there is.
        Status::Unread | Status::Missing => Outcome::new(Status::Fail).with(parts),
        _ => {
            let mut outcome = outcome;
            outcome.status = Status::Fail;
            outcome.findings.extend(parts);
            outcome
        }
    }
}

/// Whether every part of a region must meet `bounds` for the region to:
/// an upper bound of 0 (no super-large class left in any school) or a lower
/// bound of 100% (every school covered). Any other bound holds of the
/// whole, and a part may miss it while the region meets it.
fn holds_in_every_part(rule: &ThresholdRule, percent: impl FnOnce() -> bool) -> bool {
    let b = &rule.bounds;
    rule.measure == Measure::Value
        && ((b.max == Some(0.0) && b.min.is_none() && b.above.is_none())
            || (b.min == Some(100.0) && b.max.is_none() && b.below.is_none() && percent()))
}

/// `全市已全面消除超大班额，白石县仍有超大班额2个`: the figures of parts within
/// the region (`UnreadMention::value`) that miss a bound that holds in
/// every part ([`holds_in_every_part`]), each a finding: the region misses
/// it too, though its own figure is not stated (the part was unread, and
/// the city passed).
fn part_misses(cx: &CheckContext<'_>, rule: &ThresholdRule, target: Target<'_>) -> Vec<crate::Found> {
    // (Asked of every cell: the bounds first, then the catalog.)
    let position = || cx.indicator_position(&rule.indicator);
    let indicator = || position().and_then(|p| cx.catalog.indicators().get(p));
    let percent = || indicator().is_some_and(|i| i.kind == QuantityKind::Percent);
    if !holds_in_every_part(rule, percent) || !cx.values.may_have_unread(position(), target) {
        return Vec::new();
    }
    let indicator = indicator();
    let name = indicator.map_or(rule.indicator.as_str(), |i| i.name.as_str());
    let unit = indicator.map_or("", |i| dutycheck_vocab::units::unit_of(i.kind));
    let mut found = Vec::new();
    for (section, case) in target.cases(cx.report) {
        for u in &case.unread {
            let Some(value) = u
                .value
                .filter(|_| u.reason == UnreadMentionReason::Part && u.indicator == rule.indicator)
            else {
                continue;
            };
            if judge(&rule.bounds, value, Qualifier::Exact).is_none() {
                continue;
            }
            let mut vars = cx.vars(Some(section), Some(case));
            vars.insert("indicator", rule.indicator.clone());
            vars.insert("name", name.to_string());
            vars.insert("value", num(value));
            vars.insert("unit", unit.to_string());
            vars.insert("text", super::sentence_of(case, u.start, u.end));
            super::bound_vars(&mut vars, &rule.bounds);
            let message = builtin(
                "{section}的一部分{name}为{value}{unit}（“{text}”），{section}整体也没有做到“{title}”",
                &vars,
            );
            let mut f = cx.finding(Some(section), Some(case), super::mention_spot(u), message);
            f.indicator = Some(rule.indicator.clone());
            f.value = Some(value);
            found.push(f);
        }
    }
    found
}

fn check_values(cx: &CheckContext<'_>, rule: &ThresholdRule, target: Target<'_>) -> Outcome {
    // Most cells of a large rule set are indicators a region does not
    // report: answered from the value index before anything is built.
    if let Some(status) = when_vacant(rule)
        && cx.vacant(target)
    {
        return Outcome::new(status);
    }
    let indicator = cx
        .indicator_position(&rule.indicator)
        .and_then(|position| cx.catalog.indicators().get(position));
    let name = indicator.map_or(rule.indicator.as_str(), |i| i.name.as_str());
    let percent = indicator.is_some_and(|i| i.kind == QuantityKind::Percent);
    let mut found = values(cx, target, &rule.indicator);
    // A value rule reads levels; a change stated alone (no value) is
    // for the change measures, such as the growth rule.
    if rule.measure == Measure::Value && found.iter().any(|e| e.2.value.is_none()) {
        found = found
            .iter()
            .filter(|e| e.2.value.is_some())
            .copied()
            .collect();
    }
    // The target-level placeholders are only needed for a `missing`
    // message; built on demand for the same reason as below.
    let target_vars = || {
        let mut vars = cx.vars(target.section(), target.case());
        vars.insert("indicator", rule.indicator.clone());
        vars.insert("name", name.to_string());
        vars.insert("measure", rule.measure.as_str().to_string());
        super::bound_vars(&mut vars, &rule.bounds);
        vars
    };

    // Nothing to judge, but the indicator is mentioned: `unread`, said.
    // A change said in words only (`较上年有所下降`) may still decide.
    let unread = || {
        by_direction(cx, rule, target, name).or_else(|| {
            super::unread_outcome(cx, target, &[rule.indicator.as_str()], rule.missing.severity())
        })
    };
    if found.is_empty() {
        if let Some(outcome) = unread() {
            return outcome;
        }
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
    // `{text}` (the figure as written, cut out of the case) is only built
    // for the messages that quote it.
    let user_quotes_text = cx
        .rule
        .message
        .as_ref()
        .is_some_and(|t| t.placeholders().any(|p| p == "text"));
    for &(section, case, v) in found.iter() {
        // `比上年减少236元` against a rule on the growth rate: the rate is
        // not written, but its sign is the change's.
        if let Some(verdict) = by_sign(rule, v) {
            judged += 1;
            let SignVerdict::Fails { change, unit } = verdict else {
                continue;
            };
            failed = true;
            let mut vars = cx.vars(Some(section), Some(case));
            vars.insert("indicator", rule.indicator.clone());
            vars.insert("name", name.to_string());
            vars.insert("measure", rule.measure.as_str().to_string());
            // In the unit the report wrote the change in (`减少0.18亿元`),
            // as restatement findings write it, never raw 元.
            // Where the change is written: its amount, or its rate when
            // only the rate is.
            let at = v.change.as_ref().and_then(|c| c.value_at.or(c.percent_at));
            let like = at.map_or_else(
                || super::figure_text(case, v),
                |at| case.slice(at.start, at.end),
            );
            let (scaled, unit) = dutycheck_vocab::scaled_like(change, unit, &like);
            vars.insert("value", num(scaled));
            vars.insert("change", dutycheck_vocab::format_change(scaled, &unit, unit == "%"));
            vars.insert("unit", unit);
            vars.insert("text", super::figure_text(case, v));
            super::bound_vars(&mut vars, &rule.bounds);
            let message = cx.message(
                match rule.measure {
                    Measure::ChangeValue => {
                        "{section}{name}{change}，变化量没有写明，但为负数，不符合“{title}”"
                    }
                    _ => "{section}{name}{change}，增幅没有写明，但为负数，不符合“{title}”",
                },
                &vars,
            );
            let spot = at.map_or_else(|| value_spot(v), span_spot);
            let mut f = cx.finding(Some(section), Some(case), spot, message);
            f.severity = cx.severity;
            f.indicator = Some(rule.indicator.clone());
            findings.push(f);
            continue;
        }
        let Some((value, unit)) = measured(rule, v, percent, cx.report.year) else {
            continue;
        };
        judged += 1;
        let fail_zone = judge_figure(rule, &rule.bounds, value, v);
        // Most values pass: decide before building the message
        // placeholders, which cost a dozen allocations per value and, with
        // many rules, dominated evaluation (see README, "Performance").
        let warned = fail_zone.is_none()
            && rule
                .warn
                .as_ref()
                .is_some_and(|w| judge_figure(rule, w, value, v).is_some());
        if fail_zone.is_none() && !warned {
            continue;
        }
        let mut vars = cx.vars(Some(section), Some(case));
        vars.insert("indicator", rule.indicator.clone());
        vars.insert("name", name.to_string());
        vars.insert("measure", rule.measure.as_str().to_string());
        vars.insert("value", num(value));
        vars.insert("unit", unit.to_string());
        // A change with its direction in words (`下降2.6%`): `增长{value}%`
        // reads `增长-2.6%` for a decline.
        if rule.measure != Measure::Value {
            let rate = rule.measure == Measure::ChangePercent || unit == "个百分点";
            // A change computed from two levels (`分别为12.6亿元、12.1亿元`)
            // is an estimate: two decimals (`下降3.97%`), not six.
            let derived = v.change.as_ref().is_some_and(|c| c.derived);
            let shown = if derived {
                (value * 100.0).round() / 100.0
            } else {
                value
            };
            vars.insert("change", dutycheck_vocab::format_change(shown, unit, rate));
        }
        // A shortfall reads as the rule's message; a figure whose
        // qualifier decides (不足90%, 近80%) gets an explanation, because
        // "为90%，低于80%" would be nonsense.
        // A bound that falls short (`80%以上` against 85%, `6%以下` against
        // 5%) is no level either: "为80%，低于85%" would state a level the
        // report did not.
        let by_qualifier = fail_zone.is_some_and(|miss| {
            !(matches!(miss, Miss::Low | Miss::High)
                && judge(&rule.bounds, value, dutycheck_model::Qualifier::Exact).is_some())
                || is_bound(miss, v.qualifier)
        });
        if by_qualifier || user_quotes_text {
            vars.insert("text", super::figure_text(case, v));
        }
        super::bound_vars(&mut vars, &rule.bounds);
        let range = range_of(rule, v);
        if let Some(high) = range {
            vars.insert("upper", num(high));
        }
        let (message, severity) = match fail_zone {
            Some(miss) => {
                failed = true;
                let message = if let Some(high) = range {
                    let whole = range_misses_whole(&rule.bounds, value, high);
                    builtin(&range_message(miss, whole, &rule.bounds), &vars)
                } else if by_qualifier {
                    builtin(qualifier_message(miss, v.qualifier, &rule.bounds), &vars)
                } else {
                    cx.message(default_threshold_message(miss, &rule.bounds), &vars)
                };
                (message, cx.severity)
            }
            None => match rule
                .warn
                .as_ref()
                .and_then(|w| judge_figure(rule, w, value, v).map(|m| (w, m)))
            {
                Some((warn, _)) => {
                    let mut wv = vars.clone();
                    super::bound_vars(&mut wv, warn);
                    let line = warn_bound_text(warn);
                    wv.insert("warn", line);
                    let msg = builtin(
                        &if range.is_some() {
                            format!("{RANGE_OPENING}达到目标但处于预警区间（{{warn}}）")
                        } else {
                            "{section}{name}为{value}{unit}，达到目标但处于预警区间（{warn}）".to_string()
                        },
                        &wv,
                    );
                    (msg, cx.severity.min(Severity::Warning))
                }
                None => continue,
            },
        };
        // A finding about a change points at the change (`下降1.8%`), not
        // at the level it follows; at the level when the change's place is
        // not known (a change derived from a from→to).
        let at = match rule.measure {
            Measure::Value => None,
            Measure::ChangePercent => v.change.as_ref().and_then(|c| c.percent_at),
            Measure::ChangeValue => v.change.as_ref().and_then(|c| c.value_at),
        };
        let spot = at.map_or_else(|| value_spot(v), span_spot);
        let mut f = cx.finding(Some(section), Some(case), spot, message);
        f.severity = severity;
        f.indicator = Some(rule.indicator.clone());
        f.value = Some(value);
        findings.push(f);
    }
    if judged == 0 {
        // Reported, but never with the change this rule measures; an unread
        // mention may have held it.
        if let Some(outcome) = unread() {
            return outcome;
        }
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

/// What the sign of a change decides about a rule on the growth rate whose
/// rate is not written (`比上年减少236元`, no `下降x%`).
enum SignVerdict<'v> {
    /// Every rate of that sign meets the bounds (a rise against `min: 0`).
    Passes,
    /// Every rate of that sign misses them (a fall against `above: 0`):
    /// the change as stated, and its unit.
    Fails { change: f64, unit: &'v str },
}

/// A rule on the growth rate (`measure: change.percent`) and a value whose
/// change is stated as an amount only: a fall is a negative rate and a rise
/// a positive one, whatever the base. And the mirror: a rule on the amount
/// (`measure: change.value`, the points of a share) and a change stated as
/// a rate only (`占一般公共预算支出的比例为16.2%，比上年下降0.7%`: a fall of the
/// share, which left the rule `missing`). `None` when the measure is
/// written, the other is not, or the sign does not decide (a rise against
/// `min: 5`).
fn by_sign<'v>(rule: &ThresholdRule, v: &'v IndicatorValue) -> Option<SignVerdict<'v>> {
    let change = v.change.as_ref()?;
    let (stated, unit) = match rule.measure {
        Measure::ChangePercent if change.percent.is_none() => (
            change.value?,
            change.unit.as_deref().unwrap_or(v.unit.as_str()),
        ),
        Measure::ChangeValue if change.value.is_none() => (change.percent?, "%"),
        _ => return None,
    };
    match sign_decides(&rule.bounds, stated)? {
        true => Some(SignVerdict::Passes),
        false => Some(SignVerdict::Fails {
            change: stated,
            unit,
        }),
    }
}

/// What the sign alone of a change decides about `bounds` on it: `true`
/// when every change of that sign meets them (a rise against `min: 0`),
/// `false` when none does (a fall against `above: 0`, a rise against
/// `max: 0`), `None` when the size would decide (a rise against `min: 5`)
/// or the sign is 0.
fn sign_decides(b: &Bounds, sign: f64) -> Option<bool> {
    if sign < 0.0 {
        // Every negative change misses a lower bound of at least 0; meets
        // the bounds when they have no lower bound and an upper one of at
        // least 0.
        if b.min.is_some_and(|m| m >= 0.0) || b.above.is_some_and(|a| a >= 0.0) {
            return Some(false);
        }
        let passes = b.min.is_none()
            && b.above.is_none()
            && b.max.is_none_or(|m| m >= 0.0)
            && b.below.is_none_or(|x| x >= 0.0);
        passes.then_some(true)
    } else if sign > 0.0 {
        // Every positive change misses an upper bound of at most 0; meets
        // the bounds when they ask for no more than a rise.
        if b.max.is_some_and(|m| m <= 0.0) || b.below.is_some_and(|x| x <= 0.0) {
            return Some(false);
        }
        let passes = b.min.is_none_or(|m| m <= 0.0)
            && b.above.is_none_or(|a| a <= 0.0)
            && b.max.is_none()
            && b.below.is_none();
        passes.then_some(true)
    } else {
        None
    }
}

/// A rule on the change (`change.percent`, `change.value`) and, in the
/// target, a change of its indicator said in words only (`较上年有所下降`,
/// an [`UnreadMentionReason::UnsizedChange`] mention): its size is not
/// written, but its direction is, and the direction alone may decide
/// ([`sign_decides`]): `只增不减` fails on any fall. Every such mention that
/// misses the bounds is a finding at the name; when none misses and one
/// meets them, the cell passes. `None` when there is no such mention or
/// the direction does not decide: the cell is then `unread`, as before.
fn by_direction(
    cx: &CheckContext<'_>,
    rule: &ThresholdRule,
    target: Target<'_>,
    name: &str,
) -> Option<Outcome> {
    if rule.measure == Measure::Value
        || !cx
            .values
            .may_have_unread(cx.indicator_position(&rule.indicator), target)
    {
        return None;
    }
    let mut findings = Vec::new();
    let mut met = false;
    for (section, case) in target.cases(cx.report) {
        for u in &case.unread {
            if u.indicator != rule.indicator || u.reason != UnreadMentionReason::UnsizedChange {
                continue;
            }
            let Some(direction) = u.direction else {
                continue;
            };
            match sign_decides(&rule.bounds, direction.sign()) {
                Some(true) => met = true,
                Some(false) => {
                    let mut vars = cx.vars(Some(section), Some(case));
                    vars.insert("name", name.to_string());
                    // Said as a rate's change (增长 / 下降): the words gave no
                    // amount.
                    let verb = dutycheck_vocab::change_verb(direction == Direction::Up, true);
                    vars.insert("direction", verb.to_string());
                    let message = builtin(
                        "{section}{name}与上年相比{direction}（报告只用文字写出，没有写明幅度），不符合“{title}”",
                        &vars,
                    );
                    let mut f = cx.finding(Some(section), Some(case), mention_spot(u), message);
                    f.severity = cx.severity;
                    f.indicator = Some(rule.indicator.clone());
                    findings.push(f);
                }
                None => {}
            }
        }
    }
    if !findings.is_empty() {
        Some(Outcome::new(Status::Fail).with(findings))
    } else if met {
        Some(Outcome::new(Status::Pass))
    } else {
        None
    }
}

/// The measured number and its unit, or `None` when the value has no change
/// for a change measure. The absolute change of a percent indicator is in
/// percentage points.
/// Borrowed: every reported value is measured, and only a failing one needs
/// its unit as a string of its own.
/// The figure of `v` that `rule` measures. A change measures the year's
/// growth, against the year before: one from an earlier base, written
/// (`由2021年的12.6亿元调整到2023年的12.1亿元` in a report on 2023), is a
/// change over two years and judges nothing here. (It was judged as the
/// year's, and a rise over two years passed `只增不减` whatever the year did.)
fn measured<'v>(
    rule: &ThresholdRule,
    v: &'v IndicatorValue,
    percent: bool,
    year: Option<i32>,
) -> Option<(f64, &'v str)> {
    let earlier_base = |c: &dutycheck_model::Change| {
        c.base
            .as_ref()
            .and_then(|b| b.year)
            .zip(year)
            .is_some_and(|(from, now)| from < now - 1)
    };
    if rule.measure != Measure::Value && v.change.as_ref().is_some_and(earlier_base) {
        return None;
    }
    match rule.measure {
        Measure::Value => Some((v.value?, v.unit.as_str())),
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

/// The upper end of `v` when it is a range and `rule` judges its level.
fn range_of(rule: &ThresholdRule, v: &IndicatorValue) -> Option<f64> {
    v.upper.filter(|_| rule.measure == Measure::Value)
}

/// Judges the figure `value` that `rule` measures in `v` against `bounds`:
/// a range by both its ends ([`judge_range`]), any other figure with its
/// qualifier.
fn judge_figure(rule: &ThresholdRule, bounds: &Bounds, value: f64, v: &IndicatorValue) -> Option<Miss> {
    match range_of(rule, v) {
        Some(high) => judge_range(bounds, value, high),
        None => judge(bounds, value, v.qualifier),
    }
}

/// The message for a range that misses: the whole of it (`6%到8%` against a
/// ceiling of 5%), or one end, so that it proves nothing. The range opens
/// every one; the rest says which bound it missed, and how.
fn range_message(miss: Miss, whole: bool, b: &Bounds) -> String {
    let low = matches!(miss, Miss::Low | Miss::OnlyUpperBound | Miss::NearlyLow);
    let rest = match (low, whole) {
        (true, true) if b.min.is_some() => "低于{min}{unit}的目标",
        (true, true) => "没有超过{above}{unit}",
        (true, false) if b.min.is_some() => "不能证明达到{min}{unit}的目标",
        (true, false) => "不能证明超过{above}{unit}",
        (false, true) if b.max.is_some() => "高于{max}{unit}的上限",
        (false, true) => "没有低于{below}{unit}",
        (false, false) if b.max.is_some() => "不能证明不超过{max}{unit}",
        (false, false) => "不能证明低于{below}{unit}",
    };
    format!("{RANGE_OPENING}{rest}")
}

/// How a range's messages open: `青溪县大班额比例在4%到6%之间，`.
const RANGE_OPENING: &str = "{section}{name}在{value}{unit}到{upper}{unit}之间，";

fn default_threshold_message(miss: Miss, b: &Bounds) -> &'static str {
    match miss {
        Miss::Low if b.min.is_some() => "{section}{name}为{value}{unit}，低于{min}{unit}的目标",
        Miss::Low => "{section}{name}为{value}{unit}，没有超过{above}{unit}",
        Miss::High if b.max.is_some() => "{section}{name}为{value}{unit}，高于{max}{unit}的上限",
        _ => "{section}{name}为{value}{unit}，没有低于{below}{unit}",
    }
}

/// Whether a figure missed a bound as a bound of its own: a lower bound
/// (`80%以上`) below a target, an upper bound (`6%以下`) above a ceiling.
fn is_bound(miss: Miss, qualifier: Qualifier) -> bool {
    matches!(
        (miss, qualifier),
        (Miss::Low, Qualifier::MoreThan) | (Miss::High, Qualifier::AtMost)
    )
}

fn qualifier_message(miss: Miss, qualifier: Qualifier, b: &Bounds) -> &'static str {
    if is_bound(miss, qualifier) {
        return match miss {
            Miss::Low if b.min.is_some() => {
                "{section}{name}写作“{text}”，只说明不低于{value}{unit}，不能证明达到{min}{unit}的目标"
            }
            Miss::Low => {
                "{section}{name}写作“{text}”，只说明不低于{value}{unit}，不能证明超过{above}{unit}"
            }
            _ if b.max.is_some() => {
                "{section}{name}写作“{text}”，只说明不高于{value}{unit}，不能证明不超过{max}{unit}"
            }
            _ => "{section}{name}写作“{text}”，只说明不高于{value}{unit}，不能证明低于{below}{unit}",
        };
    }
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


#[cfg(test)]
mod tests {
    use super::*;

    /// What the sign decides is what judging every change of that sign
    /// decides: over every combination of bounds at a few places that the
    /// rule loader accepts (one lower bound at most, one upper at most,
    /// some value between them), and
    /// changes of each sign from tiny to huge, `Some(true)` exactly when
    /// all of them pass, `Some(false)` exactly when none does.
    #[test]
    fn the_sign_decides_exactly_when_every_change_of_it_agrees() {
        let places = [None, Some(-5.0), Some(-1.0), Some(0.0), Some(1.0), Some(5.0)];
        let sizes = [0.001, 0.5, 1.0, 3.0, 5.0, 10.0, 1e6];
        for min in places {
            for max in places {
                for above in places {
                    for below in places {
                        let (lower, upper) = (min.or(above), max.or(below));
                        // No value between the bounds: `min: 1, max: 0`, `above: 1, max: 1`.
                        let empty = match (lower, upper) {
                            (Some(l), Some(u)) => {
                                l > u || (l == u && (min.is_none() || max.is_none()))
                            }
                            _ => false,
                        };
                        if (min.is_some() && above.is_some()) || (max.is_some() && below.is_some()) || empty {
                            continue;
                        }
                        let b = Bounds {
                            min,
                            max,
                            above,
                            below,
                        };
                        for sign in [-1.0, 1.0] {
                            let passes: Vec<bool> = sizes
                                .iter()
                                .map(|s| {
                                    judge(&b, sign * s, dutycheck_model::Qualifier::Exact).is_none()
                                })
                                .collect();
                            let want = if passes.iter().all(|p| *p) {
                                Some(true)
                            } else if passes.iter().all(|p| !*p) {
                                Some(false)
                            } else {
                                None
                            };
                            assert_eq!(sign_decides(&b, sign), want, "{b:?} sign {sign}");
                        }
                    }
                }
            }
        }
        assert_eq!(sign_decides(&Bounds::default(), 0.0), None);
    }
}
