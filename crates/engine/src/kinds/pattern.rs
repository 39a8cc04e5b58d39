//! The check of `pattern:` rules (see `dutycheck_rules::PatternRule`).

use dutycheck_model::{Case, Section, Status};
use dutycheck_rules::{Must, PatternRule};

use super::per_case;
use crate::check::{CheckContext, Outcome, Spot, Target};

/// `pattern:` rules: a regex over each case's text.
pub(super) fn check(cx: &CheckContext<'_>, rule: &PatternRule, target: Target<'_>) -> Outcome {
    per_case(cx, target, |section, case| {
        pattern_case(cx, rule, section, case)
    })
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

