//! The checks of the rule kinds: one module per kind, each a
//! `check(cx, rule, target) -> Outcome` that receives its typed rule.
//!
//! The modules and the dispatch are declared from the one list of kinds,
//! [`dutycheck_rules::with_rule_kinds!`]: a kind registered there needs its
//! `kinds/<key>.rs` here, and nothing else in the engine.

use dutycheck_model::{Case, IndicatorValue, Section};
use dutycheck_rules::{Bounds, RuleKind, RuleSeverity};

use crate::check::{CheckContext, Entry, Found, Outcome, Spot, Target, Vars, num};

macro_rules! dispatch {
    ($($key:ident: $variant:ident($ty:ident)),* $(,)?) => {
        $(mod $key;)*

        /// Judges `target` by the rule's kind.
        pub(crate) fn check(cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
            match &cx.rule.kind {
                $(RuleKind::$variant(rule) => $key::check(cx, rule, target),)*
            }
        }
    };
}

dutycheck_rules::with_rule_kinds!(dispatch);

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
