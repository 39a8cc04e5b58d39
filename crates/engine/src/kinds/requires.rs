//! The check of `requires:` rules (see `dutycheck_rules::RequiresRule`).

use dutycheck_model::Status;
use dutycheck_rules::RequiresRule;

use super::values;
use crate::check::{CheckContext, Outcome, Target};

/// `requires:` rules: the indicator is reported somewhere in the target.
///
/// Mentioned but not read: `unread`, with its finding at the rule's own
/// severity. The requirement is not shown to be met, so the run gates as it
/// would on a failure; the cell says that the reason may be the reading,
/// not the report.
pub(super) fn check(cx: &CheckContext<'_>, rule: &RequiresRule, target: Target<'_>) -> Outcome {
    if !values(cx, target, &rule.indicator).is_empty() {
        return Outcome::new(Status::Pass);
    }
    if let Some(outcome) = super::unread_outcome(cx, target, &[rule.indicator.as_str()], Some(cx.severity)) {
        return outcome;
    }
    let (section, case) = (target.section(), target.case());
    let mut vars = cx.vars(section, case);
    vars.insert("indicator", rule.indicator.clone());
    vars.insert("name", super::indicator_name(cx, &rule.indicator));
    let msg = cx.message("{section}没有报告{name}", &vars);
    let mut f = cx.finding(section, case, cx.spot_of(section, case), msg);
    f.indicator = Some(rule.indicator.clone());
    Outcome::new(Status::Fail).with(vec![f])
}

