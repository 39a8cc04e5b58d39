//! A title that quotes a rule's bound is built from the bound (`{min}` in
//! titles), so that an override in `dutycheck.yaml` or an `extends` pack
//! changes what every listing, SARIF rule and HTML chart says: never "80%"
//! while the rule checks 85%.

use std::path::Path;

use dutycheck_catalog::Catalog;
use dutycheck_rules::*;

fn one(src: &str) -> Result<RuleSet, Vec<dutycheck_model::Diagnostic>> {
    RuleSet::from_sources(&[("r.yaml", src)], &Catalog::bundled())
}

const RULE: &str = "id: a.b\ntitle: 覆盖率达到{min}%（{name}）\nindicator: preschool-inclusive-coverage\nthreshold: {min: 80}\n";

#[test]
fn a_title_template_is_rendered_and_follows_config_overrides() {
    let catalog = Catalog::bundled();
    let mut set = one(RULE).expect("valid");
    assert_eq!(
        set.get("a.b").expect("rule").title,
        "覆盖率达到80%（普惠性幼儿园覆盖率）"
    );
    let config = Config::parse(
        "dutycheck.yaml",
        "rules:\n  a.b: {threshold: {min: 85.5}}\noverrides:\n  - files: [\"*county*\"]\n    rules:\n      a.b: {threshold: {min: 90}}\n",
        Path::new("."),
    )
    .expect("valid config");
    config.apply(&mut set, &catalog).expect("applies");
    assert_eq!(
        set.get("a.b").expect("rule").title,
        "覆盖率达到85.5%（普惠性幼儿园覆盖率）"
    );
    let county = config
        .rules_for(&set, Path::new("reports/county.txt"), &catalog)
        .expect("matches");
    assert_eq!(
        county.get("a.b").expect("rule").title,
        "覆盖率达到90%（普惠性幼儿园覆盖率）"
    );
}

#[test]
fn title_placeholders_are_checked_like_message_placeholders() {
    let errors = one(&RULE.replace("{min}", "{valeu}")).expect_err("unknown");
    let shown = errors[0].to_string();
    assert!(
        shown.contains("unknown placeholder `{valeu}` in title"),
        "{shown}"
    );
    // A title is the same for every report: no per-finding value in it.
    let errors = one(&RULE.replace("{min}", "{value}")).expect_err("per finding");
    assert!(
        errors[0]
            .to_string()
            .contains("not available in the title of threshold rules"),
        "{}",
        errors[0]
    );
    let errors =
        one(&RULE.replace("（{name}）", "").replace("{min}", "{min")).expect_err("unclosed");
    assert!(
        errors[0].to_string().contains("unclosed `{` in title"),
        "{}",
        errors[0]
    );
    // Other kinds have only `{id}`.
    let errors =
        one("id: a.b\ntitle: 至少{min}条\nstructure: {min_cases: 3}\n").expect_err("no bounds");
    assert!(errors[0].to_string().contains("{min}"), "{}", errors[0]);
}

/// Every bundled threshold rule that quotes its bound in its title does it
/// through a placeholder.
#[test]
fn bundled_titles_quote_bounds_through_placeholders() {
    let set = RuleSet::bundled(&Catalog::bundled()).expect("bundled packs are valid");
    let mut checked = 0;
    for rule in set.rules() {
        let RuleKind::Threshold(t) = &rule.kind else {
            continue;
        };
        for bound in [t.bounds.min, t.bounds.max, t.bounds.above, t.bounds.below]
            .into_iter()
            .flatten()
        {
            let written = format!("{}%", dutycheck_vocab::format_number(bound));
            let literal = rule
                .title_template
                .as_ref()
                .map_or(rule.title.as_str(), Template::source);
            assert!(
                !literal.contains(&written),
                "{}: the title `{literal}` writes the bound {written} as text; write {{min}}/{{max}}",
                rule.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "{checked}");
}
