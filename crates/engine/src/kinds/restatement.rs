//! The check of `restatement:` rules (see `dutycheck_rules::RestatementRule`).

use dutycheck_model::{Base, Case, HistoryValue, IndicatorValue, Qualifier, Section, Status};
use dutycheck_rules::RestatementRule;

use super::{here, indicator_name, value_spot, where_in};
use crate::check::{CheckContext, Found, Outcome, Spot, Target};
use crate::history::{precision, precision_of_number};
use dutycheck_vocab::{format_decimals, format_like, format_number};

/// `restatement:` rules, per region: every value of the judged indicators
/// in the section that restates an earlier year (its change's base) or
/// states a change against the year before, held against the earlier
/// year's own report. Pass when something was compared and agreed; not
/// applicable when nothing could be (no earlier year in the run, no
/// restated value, no stated change).
pub(super) fn check(cx: &CheckContext<'_>, rule: &RestatementRule, target: Target<'_>) -> Outcome {
    let (Some(section), Some(year)) = (target.section(), cx.year) else {
        return Outcome::new(Status::NotApplicable);
    };
    let Some(region) = cx.region_history(section) else {
        return Outcome::new(Status::NotApplicable);
    };
    if !region.years.iter().any(|y| y.year < year) {
        return Outcome::new(Status::NotApplicable);
    }
    let mut compared = false;
    let mut findings = Vec::new();
    for case in &section.cases {
        for v in case.indicators.iter().filter(|v| rule.judges(&v.indicator)) {
            let Some(change) = &v.change else { continue };
            // A restated earlier value: the base, for a year whose report
            // is in the run.
            if let Some(base) = &change.base
                && let Some(by) = base.year.filter(|y| *y < year)
                && let Some(entry) = region.year(by)
                && let Some(then) = entry.level(&v.indicator)
                && let Some(then_value) = then.value
                && exact(base.qualifier, then.qualifier)
            {
                compared = true;
                let base_text = case.slice(base.start, base.end);
                let slack = precision(&base_text, base.value)
                    + then.precision
                    + then_value.abs() * rule.tolerance / 100.0;
                if (base.value - then_value).abs() > slack + 1e-9 * then_value.abs().max(1.0) {
                    findings.push(restated(cx, rule, section, case, v, base, &base_text, by, &entry.path, then));
                }
            }
            // A stated change against the year before, with the two levels.
            if rule.growth
                && !change.derived
                && let (Some(now), Some(entry)) = (v.value, region.year(year - 1))
                && let Some(then) = entry.level(&v.indicator)
                && let Some(then_value) = then.value
                && exact(v.qualifier, then.qualifier)
                && then_value != 0.0
            {
                let now_precision = precision(&super::figure_text(case, v), now);
                let lo = (now - now_precision) - (then_value + then.precision);
                let hi = (now + now_precision) - (then_value - then.precision);
                let tolerance = then_value.abs() * rule.tolerance / 100.0;
                let mut wrong = None;
                // The amount: `增加0.8亿元` against the difference of levels
                // (for a rate: `提高1.2个百分点`).
                if let Some(amount) = change.value {
                    compared = true;
                    let p = precision_of_number(amount) + tolerance;
                    if amount + p < lo || amount - p > hi {
                        // Both in the unit the report wrote the change in
                        // (`增加5000万元`: 万元), else its level's (`亿元`).
                        let unit = change.unit.as_deref().unwrap_or("");
                        let like = change.value_at.map_or_else(
                            || super::figure_text(case, v),
                            |at| case.slice(at.start, at.end),
                        );
                        wrong = Some((
                            format_like(amount, unit, &like),
                            format_like(now - then_value, unit, &like),
                        ));
                    }
                }
                // The rate of growth, for amounts (a rate's change in percent
                // is ambiguous: relative, or points).
                if let Some(percent) = change.percent
                    && v.unit != "%"
                    && wrong.is_none()
                    && then_value - then.precision > 0.0
                {
                    compared = true;
                    let low = lo / (then_value + then.precision) * 100.0;
                    let high = hi / (then_value - then.precision) * 100.0;
                    let p = precision_of_number(percent) + rule.tolerance;
                    if percent + p < low.min(high) || percent - p > high.max(low) {
                        let computed = (now - then_value) / then_value * 100.0;
                        wrong = Some((
                            format!("{}%", format_number(percent)),
                            format!("{}%", format_decimals(computed, 2)),
                        ));
                    }
                }
                if let Some((stated, computed)) = wrong {
                    findings.push(growth(cx, section, case, v, year - 1, &entry.path, then, stated, computed));
                }
            }
        }
    }
    let status = if !findings.is_empty() {
        Status::Fail
    } else if compared {
        Status::Pass
    } else {
        Status::NotApplicable
    };
    Outcome::new(status).with(findings)
}

fn exact(a: Qualifier, b: Qualifier) -> bool {
    a == Qualifier::Exact && b == Qualifier::Exact
}

#[allow(clippy::too_many_arguments)]
fn restated(
    cx: &CheckContext<'_>,
    _rule: &RestatementRule,
    section: &Section,
    case: &Case,
    v: &IndicatorValue,
    base: &Base,
    base_text: &str,
    by: i32,
    path: &str,
    then: &HistoryValue,
) -> Found {
    let mut vars = cx.vars(Some(section), Some(case));
    vars.insert("name", indicator_name(cx, &v.indicator));
    vars.insert("value", base_text.to_string());
    vars.insert("where", here(cx, base.line, base.column));
    vars.insert("earlier_year", by.to_string());
    vars.insert("earlier_value", then.text.clone());
    vars.insert("earlier_where", where_in(path, then));
    let message = cx.message(
        "{section}本报告写{earlier_year}年{name}为{value}（{where}），{earlier_year}年报告为{earlier_value}（{earlier_where}），前后不一致（{title}）",
        &vars,
    );
    let spot = Spot {
        line: base.line,
        column: base.column,
        length: u32::try_from(base.end.saturating_sub(base.start)).unwrap_or(1),
    };
    let mut f = cx.finding(Some(section), Some(case), spot, message);
    f.indicator = Some(v.indicator.to_string());
    f.value = Some(base.value);
    f
}

#[allow(clippy::too_many_arguments)]
fn growth(
    cx: &CheckContext<'_>,
    section: &Section,
    case: &Case,
    v: &IndicatorValue,
    earlier_year: i32,
    path: &str,
    then: &HistoryValue,
    stated: String,
    computed: String,
) -> Found {
    let mut vars = cx.vars(Some(section), Some(case));
    vars.insert("name", indicator_name(cx, &v.indicator));
    vars.insert("value", super::figure_text(case, v));
    vars.insert("where", here(cx, v.line, v.column));
    vars.insert("earlier_year", earlier_year.to_string());
    vars.insert("earlier_value", then.text.clone());
    vars.insert("earlier_where", where_in(path, then));
    vars.insert("stated", stated);
    vars.insert("computed", computed);
    let message = cx.message(
        "{section}{year}年{name}{value}（{where}）比上年变化{stated}，但{earlier_year}年报告为{earlier_value}（{earlier_where}），按两年数值计算为{computed}（{title}）",
        &vars,
    );
    let mut f = cx.finding(Some(section), Some(case), value_spot(v), message);
    f.indicator = Some(v.indicator.to_string());
    f.value = v.value;
    f
}
