//! The JSON Schema of the rule format (`rules/schema/rule.schema.json`),
//! which editors use for completion and early errors, must accept every
//! bundled rule file and reject the mistakes it can express. The schema is
//! generated from the rule types (`dutycheck_rules::rule_file_schema`);
//! the checked-in file must be what they generate.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("rules/schema/rule.schema.json"))
        .expect("the schema is in the repository");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// YAML → JSON the way an editor's YAML language server sees it.
fn yaml_to_json(text: &str) -> serde_json::Value {
    serde_saphyr::from_str::<serde_json::Value>(text).expect("valid YAML")
}

fn errors(v: &jsonschema::Validator, text: &str) -> Vec<String> {
    v.iter_errors(&yaml_to_json(text))
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Regenerate with `DUTYCHECK_BLESS=1 cargo test -p dutycheck-rules --test schema`.
#[test]
fn the_checked_in_schema_is_generated_from_the_types() {
    let path = root().join("rules/schema/rule.schema.json");
    let generated = dutycheck_rules::rule_file_schema_text();
    if std::env::var_os("DUTYCHECK_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write the schema");
        return;
    }
    let checked_in = std::fs::read_to_string(&path).expect("the schema is in the repository");
    assert!(
        checked_in == generated,
        "rules/schema/rule.schema.json is stale: it is generated from the rule types. Regenerate it with\n\n    DUTYCHECK_BLESS=1 cargo test -p dutycheck-rules --test schema\n\nand commit the result."
    );
}

#[test]
fn every_bundled_rule_file_validates() {
    let v = validator();
    let mut checked = 0;
    let mut dir: Vec<PathBuf> = std::fs::read_dir(root().join("rules/packs"))
        .expect("rules/packs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".yaml") && !n.ends_with(".test.yaml"))
        })
        .collect();
    dir.sort();
    for path in dir {
        let text = std::fs::read_to_string(&path).expect("read");
        let errs = errors(&v, &text);
        assert!(errs.is_empty(), "{}:\n{}", path.display(), errs.join("\n"));
        checked += 1;
    }
    assert_eq!(checked, dutycheck_rules::BUNDLED_PACKS.len());
}

#[test]
fn the_schema_rejects_what_it_can_express() {
    let v = validator();
    let ok = "id: a\ntitle: t\nindicator: compulsory-retention\nthreshold: {min: 95, unit: percent}\nwarn: {min: 97}\ntests: [{year: 2020, pass: [x], fail: 普惠率为70%。}]\n";
    assert!(errors(&v, ok).is_empty(), "{:?}", errors(&v, ok));
    for bad in [
        // unknown key
        "id: a\ntitle: t\nindicator: x\nthresold: {min: 80}\n",
        // two kinds
        "id: a\ntitle: t\ndetail: {min_chars: 1}\nstructure: {min_cases: 2}\n",
        // min and above together, a unit in warn, an unknown unit
        "id: a\ntitle: t\nindicator: x\nthreshold: {min: 80, above: 80}\n",
        "id: a\ntitle: t\nindicator: x\nthreshold: {min: 80}\nwarn: {min: 85, unit: percent}\n",
        "id: a\ntitle: t\nindicator: x\nthreshold: {min: 80, unit: points}\n",
        // a bound written with %
        "id: a\ntitle: t\nindicator: x\nthreshold: {min: 80%}\n",
        // bad severity, bad id, bad years
        "id: a\ntitle: t\nseverity: eror\nrequires: x\n",
        "id: A\ntitle: t\nrequires: x\n",
        "id: a\ntitle: t\napplies: {years: 2020-2024}\nrequires: x\n",
        // a test without snippets
        "id: a\ntitle: t\nrequires: x\ntests: [{year: 2020}]\n",
        // a pack without a name
        "pack: {description: d}\nrules: []\n",
    ] {
        assert!(!errors(&v, bad).is_empty(), "the schema accepts:\n{bad}");
    }
}

#[test]
fn the_schema_covers_catalog_entries_in_packs() {
    let v = validator();
    let ok = "pack: {name: jb}\ncatalog:\n  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money, aliases: [乡村教师补助]}\n  - {extends: preschool-inclusive-coverage, aliases: [普惠性资源占比]}\n  - {id: jb.subsidy-paid, name: 补助足额发放, phrases: [补助…足额发放], indicators: [jb.rural-teacher-subsidy], meets: {value: {min: 500}}}\n  - extra-catalog.yaml\nrules: []\n";
    assert!(errors(&v, ok).is_empty(), "{:?}", errors(&v, ok));
    for bad in [
        "pack: {name: jb}\ncatalog:\n  - {id: a, name: 甲, kind: mony}\n",
        "pack: {name: jb}\ncatalog:\n  - {id: a, name: 甲, kind: money, aliases: ['']}\n",
        "pack: {name: jb}\ncatalog:\n  - {extends: a, alias: [x]}\n",
        "pack: {name: jb}\ncatalog:\n  - {id: r, name: 甲, phrases: [x], meets: {compare: below}}\n",
    ] {
        assert!(!errors(&v, bad).is_empty(), "the schema accepts:\n{bad}");
    }
}
