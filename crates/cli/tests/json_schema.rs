//! The two JSON contracts, `check --format json` and `parse --format json`,
//! have JSON Schemas in `docs/schema/` (documented in `docs/json.md`). The
//! schemas are derived from the serialised types
//! (`dutycheck_model::schema`); these tests fail when a checked-in schema is
//! stale, and validate what the real binary prints against them: every
//! fixture parsed, and check runs with findings, waivers, a baseline and an
//! unreadable report.

mod support;

use std::path::{Path, PathBuf};

use support::{FAILING, SAMPLE, dutycheck, root, tempdir};

fn schema_path(name: &str) -> PathBuf {
    root().join("docs/schema").join(name)
}

/// Regenerate with `DUTYCHECK_BLESS=1 cargo test -p dutycheck-cli --test json_schema`.
fn fresh(name: &str, generated: &schemars::Schema) {
    let path = schema_path(name);
    let text = dutycheck_model::schema::schema_text(generated);
    if std::env::var_os("DUTYCHECK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("docs/schema")).expect("mkdir");
        std::fs::write(&path, &text).expect("write the schema");
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == text,
        "docs/schema/{name} is stale: it is generated from the types in crates/model. \
         Regenerate it with\n\n    DUTYCHECK_BLESS=1 cargo test -p dutycheck-cli --test json_schema\n\n\
         describe the change in docs/json.md, and commit both."
    );
}

#[test]
fn the_checked_in_schemas_are_generated_from_the_types() {
    fresh(
        "check.schema.json",
        &dutycheck_model::schema::check_schema(),
    );
    fresh(
        "parse.schema.json",
        &dutycheck_model::schema::parse_schema(),
    );
    fresh(
        "history.schema.json",
        &dutycheck_model::schema::history_schema(),
    );
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(schema_path(name)).expect("the schema is in docs/schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn assert_valid(v: &jsonschema::Validator, what: &str, json: &str) {
    let value: serde_json::Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{what}: not JSON ({e}):\n{json}"));
    let errors: Vec<String> = v
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
}

/// Every report fixture (text, Markdown, Word, PDF) that parses.
fn fixtures() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures/reports", "tests/fixtures/corpus"] {
        for entry in std::fs::read_dir(root().join(dir)).expect("fixtures") {
            let path = entry.expect("entry").path();
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ["txt", "md", "docx", "pdf"].contains(&ext) {
                out.push(Path::new(dir).join(path.file_name().expect("name")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn parse_json_of_every_fixture_fits_the_schema() {
    let v = validator("parse.schema.json");
    let mut checked = 0;
    for path in fixtures() {
        let path = path.to_string_lossy().into_owned();
        let out = dutycheck(&["parse", &path, "--format", "json"]);
        if out.code != 0 {
            // A fixture of an unreadable report: its error is tested elsewhere.
            continue;
        }
        assert_valid(&v, &path, &out.stdout);
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} fixtures parsed");
}

#[test]
fn check_json_fits_the_schema_with_findings_waivers_baselines_and_errors() {
    let v = validator("check.schema.json");
    let dir = tempdir("check");
    let missing = dir.join("missing.txt");
    let missing = missing.to_string_lossy();
    let out = dutycheck(&["check", SAMPLE, FAILING, &missing, "--format", "json"]);
    assert_eq!(out.code, 2, "an unreadable report is an input error");
    assert!(out.stdout.contains("\"error\": \""), "{}", out.stdout);
    assert_valid(&v, "sample + failing + missing", &out.stdout);

    let waivers = dir.join("waivers.yaml");
    std::fs::write(
        &waivers,
        "waivers:\n  - rule: preschool.public-share-2020\n    section: 东河县\n    reason: 新园秋季开园\n    approver: 王局长\n    expires: 2099-12-31\n  - rule: finance.expenditure-growth\n    section: 不存在\n    reason: r\n    approver: a\n    expires: 2099-12-31\n",
    )
    .expect("write");
    let baseline = dir.join("baseline.json");
    let first = dutycheck(&[
        "check",
        FAILING,
        "--format",
        "json",
        "--off",
        "preschool.public-share-2020",
    ]);
    std::fs::write(&baseline, &first.stdout).expect("write");
    assert_valid(&v, "failing, one rule off", &first.stdout);
    let out = dutycheck(&[
        "check",
        FAILING,
        "--format",
        "json",
        "--waivers",
        &waivers.to_string_lossy(),
        "--baseline",
        &baseline.to_string_lossy(),
    ]);
    assert!(out.stdout.contains("\"waived\""), "{}", out.stdout);
    assert!(out.stdout.contains("\"waiver_notes\""), "{}", out.stdout);
    assert!(out.stdout.contains("\"baseline\""), "{}", out.stdout);
    assert_valid(&v, "waivers + baseline", &out.stdout);
}

#[test]
fn the_schemas_reject_what_the_contract_forbids() {
    let v = validator("check.schema.json");
    let ok = dutycheck(&["check", FAILING, "--format", "json"]).stdout;
    let mut value: serde_json::Value = serde_json::from_str(&ok).expect("JSON");
    value["version"] = 2.into();
    assert!(!v.is_valid(&value), "another version is another format");
    let mut value: serde_json::Value = serde_json::from_str(&ok).expect("JSON");
    value["findings"][0]["severity"] = "fatal".into();
    assert!(!v.is_valid(&value), "severities are error, warning, info");
    let mut value: serde_json::Value = serde_json::from_str(&ok).expect("JSON");
    value["reports"][0]["sections"][0]["results"]["x"] = "maybe".into();
    assert!(!v.is_valid(&value), "statuses are a closed set");
}
