//! The check of `compare:` rules (see `dutycheck_rules::CompareRule`).

use dutycheck_model::{Case, IndicatorValue, Section, Status};
use dutycheck_rules::CompareRule;

use super::{missing_finding, value_spot, values};
use crate::check::{CheckContext, Outcome, Target, builtin, num};

/// `compare:` rules: each reported level of the left side against the
/// right side's level in the same case (the pair a case states together,
/// `教师…10.2万元，当地公务员…10.4万元`), or the section's first when its
/// case states none. The target fails if any pair does, with a finding at
/// each failing level. (Only the first pair was judged: a section that
/// stated the pay twice passed on the first pair, whatever the second
/// said.) A side with no value is `missing`, or `unread` when it is
/// mentioned but no value could be read.
pub(super) fn check(cx: &CheckContext<'_>, rule: &CompareRule, target: Target<'_>) -> Outcome {
    let name = |id: &str| super::indicator_name(cx, id);
    // The levels of each side: a change stated alone has no value to
    // compare.
    let levels = |indicator: &str| -> Vec<(&Section, &Case, &IndicatorValue, f64)> {
        values(cx, target, indicator)
            .iter()
            .filter_map(|&(s, c, v)| v.value.map(|x| (s, c, v, x)))
            .collect()
    };
    let lefts = levels(&rule.left);
    let rights = levels(&rule.right);
    let mut vars = cx.vars(target.section(), target.case());
    vars.insert("left", rule.left.clone());
    vars.insert("right", rule.right.clone());
    vars.insert("left_name", name(&rule.left));
    vars.insert("right_name", name(&rule.right));
    vars.insert("op", rule.op.as_str().to_string());
    let Some(&(_, _, _, first_right)) = rights.first().filter(|_| !lefts.is_empty()) else {
        // A side without a level that is mentioned unread: `unread`.
        let sides: Vec<&str> = [(lefts.is_empty(), &rule.left), (rights.is_empty(), &rule.right)]
            .into_iter()
            .filter(|(none, _)| *none)
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
    let mut findings = Vec::new();
    for &(section, case, l, lv) in &lefts {
        let rv = rights
            .iter()
            .find(|r| std::ptr::eq(r.1, case))
            .map_or(first_right, |r| r.3);
        if rule.op.holds(lv, rv) {
            continue;
        }
        let mut vars = vars.clone();
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
        findings.push(f);
    }
    if findings.is_empty() {
        Outcome::new(Status::Pass)
    } else {
        Outcome::new(Status::Fail).with(findings)
    }
}
