//! `docs/rules.md`, the reference of the bundled rules that their SARIF
//! `helpUri` points into, is generated from the bundled packs
//! ([`dutycheck::outputs::bundled_rules_markdown`]); this test fails when the
//! checked-in page is stale. Regenerate it with
//! `DUTYCHECK_BLESS=1 cargo test -p dutycheck --test rules_doc`.

use std::path::Path;

#[test]
fn docs_rules_md_is_generated_from_the_bundled_packs() {
    let checker = dutycheck::Checker::builder()
        .build()
        .expect("the bundled rules are valid");
    // With the year-on-year pack, which runs of several years add.
    let rules = checker.history_rules();
    let generated = dutycheck::outputs::bundled_rules_markdown(rules, checker.catalog());
    for rule in rules.rules() {
        assert!(
            generated.contains(&format!("<a id=\"{}\"></a>", rule.id)),
            "no anchor for {}",
            rule.id
        );
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    if std::env::var_os("DUTYCHECK_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write docs/rules.md");
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "docs/rules.md is stale: it is generated from rules/packs/. Regenerate it with\n\n    \
         DUTYCHECK_BLESS=1 cargo test -p dutycheck --test rules_doc\n\nand commit the result."
    );
}
