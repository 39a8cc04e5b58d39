//! The check of `detail:` rules (see `dutycheck_rules::DetailRule`).

use dutycheck_model::Status;
use dutycheck_rules::DetailRule;

use super::per_case;
use crate::check::{CheckContext, Outcome, Target};

/// `detail:` rules: judged per case.
pub(super) fn check(cx: &CheckContext<'_>, rule: &DetailRule, target: Target<'_>) -> Outcome {
    let DetailRule {
        min_chars,
        min_figures,
    } = *rule;
    {
        per_case(cx, target, |section, case| {
            // A section's lead-in is not a written-up case.
            if case.is_lead_in() {
                return Outcome::new(Status::NotApplicable);
            }
            // Problems, plans and requirements are not written up as work
            // with results (see `holds_no_work`).
            if dutycheck_vocab::plans::holds_no_work(&section.name) {
                return Outcome::new(Status::NotApplicable);
            }
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

