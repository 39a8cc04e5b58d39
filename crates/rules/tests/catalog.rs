//! Indicators and requirements declared beside rules: in a pack's `catalog:`,
//! in a catalog file a pack or the config names, and in the config's
//! `catalog:`. The rules, and everything that reads the rule set, see the
//! merged catalog.

use std::path::Path;

use dutycheck_catalog::Catalog;
use dutycheck_model::Diagnostic;
use dutycheck_rules::*;

const PACK: &str = "pack: {name: jb}
catalog:
  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money, aliases: [乡村教师补助]}
  - {extends: preschool-inclusive-coverage, aliases: [普惠性资源占比]}
rules:
  - id: jb.subsidy
    title: 乡村教师生活补助不低于每月500元
    indicator: jb.rural-teacher-subsidy
    threshold: {min: 500, unit: yuan}
";

#[test]
fn a_pack_declares_the_indicator_its_rule_uses() {
    let set = RuleSet::from_sources(&[("jb.yaml", PACK)], &Catalog::bundled()).expect("valid");
    let ind = set
        .catalog()
        .get("jb.rural-teacher-subsidy")
        .expect("merged");
    assert_eq!(ind.defined_at, "jb.yaml:3:5");
    assert!(set.get("jb.subsidy").is_some());
    let ext = set
        .catalog()
        .get("preschool-inclusive-coverage")
        .expect("bundled");
    assert!(ext.aliases.iter().any(|a| a == "普惠性资源占比"));
}

#[test]
fn without_the_declaration_the_rule_names_an_unknown_indicator() {
    let without = PACK.replace("  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money, aliases: [乡村教师补助]}\n", "");
    let errors =
        RuleSet::from_sources(&[("jb.yaml", without.as_str())], &Catalog::bundled()).unwrap_err();
    assert!(
        errors[0].message.contains("jb.rural-teacher-subsidy"),
        "{errors:#?}"
    );
}

#[test]
fn catalog_errors_of_a_pack_are_located_in_the_pack() {
    let bad = PACK.replace("kind: money", "kind: mony");
    let errors: Vec<Diagnostic> =
        RuleSet::from_sources(&[("jb.yaml", bad.as_str())], &Catalog::bundled()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].location(), "jb.yaml:3:58");
    assert_eq!(errors[0].message, "unknown indicator kind `mony`");
    assert_eq!(errors[0].help.as_deref(), Some("did you mean `money`?"));
}

#[test]
fn two_packs_declaring_one_id_is_a_duplicate() {
    let other = "pack: {name: other}\ncatalog:\n  - {id: jb.rural-teacher-subsidy, name: 补助, kind: money}\n";
    let errors = RuleSet::from_sources(
        &[("jb.yaml", PACK), ("other.yaml", other)],
        &Catalog::bundled(),
    )
    .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].location(), "other.yaml:3:10");
    assert_eq!(
        errors[0].message,
        "duplicate id `jb.rural-teacher-subsidy`, already defined at jb.yaml:3:5"
    );
}

#[test]
fn the_config_declares_indicators_and_names_catalog_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("extra.yaml"),
        "indicators:\n  - {id: jb.teacher-rotation, name: 教师交流轮岗比例, kind: percent}\n",
    )
    .expect("write");
    let config_text = "catalog:\n  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money}\n  - extra.yaml\n";
    let config = Config::parse("dutycheck.yaml", config_text, dir.path()).expect("config");
    let rules = "pack: {name: jb}\nrules:\n  - {id: jb.rotation, title: 轮岗, indicator: jb.teacher-rotation, threshold: {min: 10}}\n  - {id: jb.subsidy, title: 补助, indicator: jb.rural-teacher-subsidy, threshold: {min: 500}}\n";
    let set = Loader::new(&Catalog::bundled())
        .config_catalog(&config)
        .source("jb.yaml", rules)
        .load()
        .expect("valid");
    let shown = dir.path().join("extra.yaml").display().to_string();
    assert_eq!(
        set.catalog()
            .get("jb.teacher-rotation")
            .map(|i| i.defined_at.clone()),
        Some(format!("{shown}:2:5"))
    );
    assert_eq!(
        set.catalog()
            .get("jb.rural-teacher-subsidy")
            .map(|i| i.defined_at.as_str()),
        Some("dutycheck.yaml:2:5")
    );
}

#[test]
fn a_missing_catalog_file_is_an_error_at_its_name() {
    let config = Config::parse(
        "dutycheck.yaml",
        "catalog: [nowhere.yaml]\n",
        Path::new("."),
    )
    .expect("config");
    let errors = Loader::new(&Catalog::bundled())
        .config_catalog(&config)
        .load()
        .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].location(), "dutycheck.yaml:1:11");
    assert_eq!(
        errors[0].message,
        "catalog file `nowhere.yaml` does not exist"
    );
}

/// A catalog file outside the config's directory and the rule directories
/// is refused at its name, unread, as an `extends` outside them is.
#[test]
fn a_catalog_file_outside_the_rule_directories_is_not_read() {
    let outside = tempfile::tempdir().expect("tempdir");
    let secret = outside.path().join("secret.yaml");
    std::fs::write(
        &secret,
        "indicators: [{id: x, name: SECRET-VALUE, kind: mony}]\n",
    )
    .expect("write");
    let project = tempfile::tempdir().expect("tempdir");
    let text = format!("catalog: [{}]\n", secret.display());
    let config = Config::parse("dutycheck.yaml", &text, project.path()).expect("config");
    let errors = Loader::new(&Catalog::bundled())
        .root(project.path())
        .config_catalog(&config)
        .load()
        .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].location(), "dutycheck.yaml:1:11");
    assert!(
        errors[0]
            .message
            .contains("is outside the rule directories"),
        "{errors:#?}"
    );
    assert!(!format!("{errors:?}").contains("SECRET-VALUE"));
    // Allowed on purpose, it is read (and its own mistake reported).
    let errors = Loader::new(&Catalog::bundled())
        .root(project.path())
        .allow_extends_outside(true)
        .config_catalog(&config)
        .load()
        .unwrap_err();
    assert_eq!(errors[0].message, "unknown indicator kind `mony`");
}

/// A file that is not YAML by name or not text is never quoted: it may be
/// any file (a key, the environment).
#[test]
fn a_catalog_file_that_is_not_yaml_is_never_quoted() {
    let project = tempfile::tempdir().expect("tempdir");
    std::fs::write(project.path().join("notes.txt"), "TOKEN=SECRET-VALUE\n").expect("write");
    let config =
        Config::parse("dutycheck.yaml", "catalog: notes.txt\n", project.path()).expect("config");
    let errors = Loader::new(&Catalog::bundled())
        .config_catalog(&config)
        .load()
        .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].message.ends_with("is not a catalog file"),
        "{errors:#?}"
    );
    assert_eq!(errors[0].line, None);
    assert!(!format!("{errors:?}").contains("SECRET-VALUE"));
}

/// `claim:` rules name a requirement of the merged catalog; a requirement
/// no indicator can evidence cannot require evidence. Both are located.
#[test]
fn claim_rules_are_validated_against_the_merged_catalog() {
    let ok = "pack: {name: jb}
catalog:
  - {id: jb.subsidy-paid, name: 补助足额发放, phrases: [补助…足额发放], indicators: [preschool-public-share]}
rules:
  - {id: jb.claim, title: 补助, claim: jb.subsidy-paid, contradiction: warning}
";
    let set = RuleSet::from_sources(&[("jb.yaml", ok)], &Catalog::bundled()).expect("valid");
    let Some(RuleKind::Claim(rule)) = set.get("jb.claim").map(|r| &r.kind) else {
        panic!("a claim rule");
    };
    assert_eq!(rule.requirement, "jb.subsidy-paid");
    assert_eq!(
        rule.evidence,
        RuleSeverity::Warning,
        "`required` by default"
    );
    assert_eq!(rule.contradiction, RuleSeverity::Warning);

    let bad = "- {id: a, title: t, claim: teacher-pay-parit}
- {id: b, title: t, claim: residential-kindergarten-rectification}
- {id: c, title: t, claim: teacher-pay-parity, evidence: requird}
";
    let errors = RuleSet::from_sources(&[("r.yaml", bad)], &Catalog::bundled()).unwrap_err();
    let got: Vec<(String, &str, Option<&str>)> = errors
        .iter()
        .map(|d| (d.location(), d.message.as_str(), d.help.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "r.yaml:1:28".to_string(),
                "unknown requirement `teacher-pay-parit`",
                Some("did you mean `teacher-pay-parity`?")
            ),
            (
                "r.yaml:2:28".to_string(),
                "requirement `residential-kindergarten-rectification` names no indicator, so no figure can evidence its claims",
                Some(
                    "write `evidence: optional` to record its claims only, or use a requirement whose `indicators` can back it"
                )
            ),
            (
                "r.yaml:3:58".to_string(),
                "invalid `evidence` `requird`",
                Some("did you mean `required`?")
            ),
        ],
        "{errors:#?}"
    );
}
