//! The check of `compare:` rules (see `dutycheck_rules::CompareRule`).

use dutycheck_model::Status;
use dutycheck_rules::CompareRule;

use super::{missing_finding, value_spot, values};
use crate::check::{CheckContext, Outcome, Target, builtin, num};

/// `compare:` rules: the first reported value of each side, in the same
/// target. A side with no value is `missing`, or `unread` when it is
/// mentioned but no value could be read.
pub(super) fn check(cx: &CheckContext<'_>, rule: &CompareRule, target: Target<'_>) -> Outcome {
    let name = |id: &str| super::indicator_name(cx, id);
    // The first level of each side: a change stated alone has no value to
    // compare.
    let first_level = |indicator: &str| {
        values(cx, target, indicator)
            .iter()
            .find_map(|&(s, c, v)| v.value.map(|x| (s, c, v, x)))
    };
    let left = first_level(&rule.left);
    let right = first_level(&rule.right);
    let mut vars = cx.vars(target.section(), target.case());
    vars.insert("left", rule.left.clone());
    vars.insert("right", rule.right.clone());
    vars.insert("left_name", name(&rule.left));
    vars.insert("right_name", name(&rule.right));
    vars.insert("op", rule.op.as_str().to_string());
    let (Some((section, case, l, lv)), Some((_, _, _, rv))) = (left, right) else {
        // A side without a level that is mentioned unread: `unread`.
        let sides: Vec<&str> = [(&left, &rule.left), (&right, &rule.right)]
            .into_iter()
            .filter(|(found, _)| found.is_none())
            .map(|(_, id)| id.as_str())
            .collect();
        if let Some(outcome) = super::unread_outcome(cx, target, &sides, rule.missing.severity()) {
            return outcome;
        }
        let msg = builtin(
            "{section}没有同时报告{left_name}和{right_name}（{title}）",
            &vars,
        );
        return Outcome::new(Status::Missing).with(missing_finding(cx, target, rule.missing, msg));
    };
    if rule.op.holds(lv, rv) {
        return Outcome::new(Status::Pass);
    }
    vars.insert("left_value", num(lv));
    vars.insert("right_value", num(rv));
    vars.insert("unit", l.unit.to_string());
    let msg = cx.message(
        "{section}{left_name}（{left_value}）与{right_name}（{right_value}）不满足 {left_name} {op} {right_name}",
        &vars,
    );
    let mut f = cx.finding(Some(section), Some(case), value_spot(l), msg);
    f.indicator = Some(rule.left.clone());
    f.value = Some(lv);
    Outcome::new(Status::Fail).with(vec![f])
}
