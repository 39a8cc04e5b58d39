//! The check of `trend:` rules (see `dutycheck_rules::TrendRule`).

use dutycheck_model::{IndicatorValue, Qualifier, Status};
use dutycheck_rules::{Direction, TrendRule};

use super::{value_spot, values};
use crate::check::{CheckContext, Outcome, Target};

/// `trend:` rules, per region: the report's first level of the indicator
/// against the latest earlier year's level in another report of the run
/// (or, with no level, a change stated alone, by its sign). Not applicable
/// without an earlier year, or when either figure is not exact (`约`, `余`).
pub(super) fn check(cx: &CheckContext<'_>, rule: &TrendRule, target: Target<'_>) -> Outcome {
    let (Some(section), Some(year)) = (target.section(), cx.year) else {
        return Outcome::new(Status::NotApplicable);
    };
    let Some(region) = cx.region_history(section) else {
        return Outcome::new(Status::NotApplicable);
    };
    let Some((earlier, before)) = region.level_before(year, &rule.indicator) else {
        return Outcome::new(Status::NotApplicable);
    };
    let found = values(cx, target, &rule.indicator);
    let level = found.iter().find(|(_, _, v)| v.value.is_some());
    let (s, c, v, wrong_way) = match level {
        Some(&(s, c, v)) => {
            let (Some(now), Some(then)) = (v.value, before.value) else {
                return Outcome::new(Status::NotApplicable);
            };
            if v.qualifier != Qualifier::Exact || before.qualifier != Qualifier::Exact {
                return Outcome::new(Status::NotApplicable);
            }
            let allowed = then.abs() * rule.tolerance / 100.0;
            let wrong = match rule.direction {
                Direction::NotDecreasing => now < then - allowed,
                Direction::NotIncreasing => now > then + allowed,
            };
            (s, c, v, wrong)
        }
        // `比上年减少0.8亿元`: no level, a change against the year before.
        None => {
            let Some(&(s, c, v)) = found.iter().find(|(_, _, v)| stated_sign(v).is_some()) else {
                return Outcome::new(Status::NotApplicable);
            };
            let sign = stated_sign(v).unwrap_or(0.0);
            let wrong = match rule.direction {
                Direction::NotDecreasing => sign < 0.0,
                Direction::NotIncreasing => sign > 0.0,
            };
            (s, c, v, wrong)
        }
    };
    if !wrong_way {
        return Outcome::new(Status::Pass);
    }
    let mut vars = cx.vars(Some(s), Some(c));
    vars.insert("name", super::indicator_name(cx, &rule.indicator));
    // A change stated alone reads with its direction: `减少0.5亿元`.
    let verb = match stated_sign(v) {
        Some(sign) if v.value.is_none() && sign < 0.0 => "减少",
        Some(_) if v.value.is_none() => "增加",
        _ => "",
    };
    vars.insert("value", format!("{verb}{}", super::figure_text(c, v)));
    vars.insert("where", super::here(cx, v.line, v.column));
    vars.insert("earlier_year", earlier.year.to_string());
    vars.insert("earlier_value", before.text.clone());
    vars.insert("earlier_where", super::where_in(&earlier.path, before));
    vars.insert(
        "direction",
        match rule.direction {
            Direction::NotDecreasing => "只增不减",
            Direction::NotIncreasing => "只减不增",
        }
        .to_string(),
    );
    let default = if v.value.is_some() {
        "{section}{year}年{name}{value}（{where}），{earlier_year}年为{earlier_value}（{earlier_where}），不符合{direction}（{title}）"
    } else {
        "{section}{year}年{name}比上年{value}（{where}），{earlier_year}年为{earlier_value}（{earlier_where}），不符合{direction}（{title}）"
    };
    let message = cx.message(default, &vars);
    let mut f = cx.finding(Some(s), Some(c), value_spot(v), message);
    f.indicator = Some(rule.indicator.clone());
    f.value = v.value;
    Outcome::new(Status::Fail).with(vec![f])
}

/// The sign of a change stated alone (its amount, else its percent).
fn stated_sign(v: &IndicatorValue) -> Option<f64> {
    let c = v.change.as_ref().filter(|c| !c.derived)?;
    c.value.or(c.percent).map(f64::signum)
}
