//! A rule's help: what a reviewer reads to judge a finding of it. One text,
//! built here from the rule's title, description and references, shown by
//! SARIF (`tool.driver.rules[].help`, next to `helpUri`), by `dutycheck
//! rules explain ID`, and in `docs/rules.md` for the bundled rules, so that
//! code scanning, the terminal and the docs say the same thing.

use crate::context::RuleInfo;

/// Where the project lives: the workspace's `repository` (Cargo.toml).
/// SARIF's `informationUri` and the `helpUri` of bundled rules point here;
/// a fork sets its own URL in one place, the workspace `Cargo.toml`.
pub const PROJECT_URL: &str = env!("CARGO_PKG_REPOSITORY");

/// The page that documents the bundled rules, one anchor per rule id.
pub(crate) const RULES_DOC: &str = "docs/rules.md";

/// The page that documents the rule language, for rules of a project's own.
pub(crate) const WRITING_RULES_DOC: &str = "docs/writing-rules.md";

/// A rule's help, as plain text and as Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleHelp {
    pub text: String,
    pub markdown: String,
}

/// The link for a rule: its entry in `docs/rules.md` for a bundled rule,
/// else the guide to the rule language.
pub fn help_uri(id: &str, bundled: bool) -> String {
    if bundled {
        format!("{PROJECT_URL}/blob/main/{RULES_DOC}#{id}")
    } else {
        format!("{PROJECT_URL}/blob/main/{WRITING_RULES_DOC}")
    }
}

/// The help of a rule: its title, its description (when written), its
/// references, and the link.
///
/// ```text
/// 普惠性幼儿园覆盖率达到80%
///
/// 普惠性幼儿园（公办园和普惠性民办园）在园幼儿占比……
///
/// References:
/// - 第三期学前教育行动计划（教育部等4部门，2017）：……
///
/// More: https://…/docs/rules.md#preschool.inclusive-coverage-2020
/// ```
pub fn rule_help(rule: &RuleInfo) -> RuleHelp {
    let title = if rule.title.is_empty() {
        rule.id.as_str()
    } else {
        rule.title.as_str()
    };
    let mut text = title.to_string();
    let mut markdown = format!("**{}**", crate::formats::markdown::escape_inline(title));
    if let Some(d) = rule
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        text.push_str("\n\n");
        text.push_str(d);
        markdown.push_str("\n\n");
        markdown.push_str(&crate::formats::markdown::escape_inline(d));
    }
    if !rule.references.is_empty() {
        text.push_str("\n\nReferences:");
        markdown.push_str("\n\nReferences:\n");
        for r in &rule.references {
            text.push_str(&format!("\n- {r}"));
            markdown.push_str(&format!(
                "\n- {}",
                crate::formats::markdown::escape_inline(r)
            ));
        }
    }
    if let Some(uri) = &rule.help_uri {
        text.push_str(&format!("\n\nMore: {uri}"));
        markdown.push_str(&format!("\n\n[More]({uri})"));
    }
    RuleHelp { text, markdown }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_has_title_description_references_and_link() {
        let rule = RuleInfo {
            id: "a.b".into(),
            title: "覆盖率达到80%".into(),
            description: Some("  为什么。\n".into()),
            references: vec!["文件（2017）".into()],
            help_uri: Some(help_uri("a.b", true)),
            ..RuleInfo::default()
        };
        let help = rule_help(&rule);
        assert_eq!(
            help.text,
            format!(
                "覆盖率达到80%\n\n为什么。\n\nReferences:\n- 文件（2017）\n\nMore: {PROJECT_URL}/blob/main/docs/rules.md#a.b"
            )
        );
        assert!(help.markdown.starts_with("**覆盖率达到80%**"));
        let bare = rule_help(&RuleInfo {
            id: "x".into(),
            ..RuleInfo::default()
        });
        assert_eq!(bare.text, "x");
    }
}
