//! `plugin: NAME/CHECK` rules: the engine hands the target to the plugin
//! check resolved for the rule (see [`crate::PluginChecks`]), which answers
//! with the same [`Outcome`] as a built-in kind.

use dutycheck_model::Status;
use dutycheck_rules::PluginRule;

use crate::check::{CheckContext, Outcome, Target};

pub(super) fn check(cx: &CheckContext<'_>, _rule: &PluginRule, target: Target<'_>) -> Outcome {
    match cx.plugin {
        Some(check) => check.check(cx, target),
        // Not loaded: the engine has said so once for the rule already.
        None => Outcome::new(Status::NotApplicable),
    }
}
