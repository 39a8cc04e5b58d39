//! End-to-end tests of the `dutycheck` binary, run from the workspace root on
//! the fixtures in `tests/fixtures/`, as a user would run them.

mod support;

use support::*;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[test]
fn parse_sample_json() {
    let out = dutycheck(&["parse", SAMPLE, "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    assert_eq!(v["year"], 2020);
    assert_eq!(v["sections"].as_array().map(Vec::len), Some(16));
    insta::assert_snapshot!("parse_sample_json", out.stdout);
}

#[test]
fn check_sample_json() {
    let out = dutycheck(&["check", SAMPLE, "--format", "json"]);
    assert_eq!(
        out.code, 0,
        "warnings only: exit 0 with --fail-on error\n{}",
        out.stderr
    );
    let v = json(&out.stdout);
    assert_eq!(
        v["summary"]["errors"], 0,
        "no threshold failures on the sample"
    );
    let flagged: Vec<(String, i64)> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == "detail.case-has-results")
        .map(|f| {
            (
                f["section"].as_str().unwrap_or("").to_string(),
                f["case"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    for must in [("淄博市", 1), ("潍坊市", 1), ("济宁市", 1), ("菏泽市", 2)] {
        assert!(
            flagged.iter().any(|(s, c)| s == must.0 && *c == must.1),
            "{must:?} not flagged: {flagged:?}"
        );
    }
    for must_not in [("济南市", 1), ("潍坊市", 3), ("临沂市", 1)] {
        assert!(
            !flagged
                .iter()
                .any(|(s, c)| s == must_not.0 && *c == must_not.1),
            "{must_not:?} flagged"
        );
    }
    insta::assert_snapshot!("check_sample_json", out.stdout);
}

#[test]
fn check_sample_text() {
    let out = dutycheck(&["check", SAMPLE]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("check_sample_text", out.stdout);
}

#[test]
fn failing_report_text_and_json() {
    let out = dutycheck(&["check", FAILING]);
    assert_eq!(out.code, 1, "threshold errors exit 1\n{}", out.stdout);
    insta::assert_snapshot!("check_failing_text", out.stdout);
    let out = dutycheck(&["check", FAILING, "--format", "json"]);
    assert_eq!(out.code, 1);
    insta::assert_snapshot!("check_failing_json", out.stdout);
}

#[test]
fn fail_on_levels() {
    assert_eq!(
        dutycheck(&["check", SAMPLE, "--fail-on", "warning"]).code,
        1
    );
    assert_eq!(dutycheck(&["check", FAILING, "--fail-on", "never"]).code, 0);
}

#[test]
fn a_bad_file_does_not_lose_the_others() {
    let dir = tempdir("bad-file");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let no_sections = dir.join("prose.txt");
    std::fs::write(&no_sections, "只是一段文字，没有任何编号。\n").expect("write");
    let missing = dir.join("missing.txt");
    let args = [
        "check",
        "--format",
        "json",
        SAMPLE,
        missing.to_str().unwrap_or_default(),
        empty.to_str().unwrap_or_default(),
        no_sections.to_str().unwrap_or_default(),
    ];
    let out = dutycheck(&args);
    assert_eq!(out.code, 2, "input errors exit 2");
    let v = json(&out.stdout);
    let reports = v["reports"].as_array().cloned().unwrap_or_default();
    assert_eq!(reports.len(), 4);
    assert_eq!(
        reports[0]["sections"].as_array().map(Vec::len),
        Some(16),
        "the good report is still checked"
    );
    assert!(
        reports[1]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("cannot read file")),
        "{}",
        reports[1]
    );
    assert!(
        reports[2]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("empty file")),
        "{}",
        reports[2]
    );
    assert!(
        reports[3]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("no sections found: expected headings such as 一、")),
        "{}",
        reports[3]
    );
    // Each error is also one line on stderr, naming the file.
    assert!(
        out.stderr
            .contains(&format!("error: {}: cannot read file", missing.display())),
        "{}",
        out.stderr
    );

    let text = dutycheck(&["check", SAMPLE, missing.to_str().unwrap_or_default()]);
    assert_eq!(text.code, 2);
    assert!(
        text.stdout.contains("济南市"),
        "the good report is in the text output"
    );
    assert!(
        text.stdout
            .contains(&format!("error: {}: cannot read file", missing.display()))
    );
}

#[test]
fn a_directory_is_searched_for_reports() {
    let out = dutycheck(&[
        "check",
        "tests/fixtures/reports",
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    let paths: Vec<&str> = v["reports"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["path"].as_str())
        .collect();
    assert!(
        paths.contains(&SAMPLE) && paths.contains(&FAILING),
        "{paths:?}"
    );
}

#[test]
fn a_rule_file_with_a_type_error_names_line_and_column() {
    let dir = tempdir("bad-rule");
    let rule = dir.join("bad.yaml");
    std::fs::write(
        &rule,
        "id: my.rule\ntitle: 测试\nindicator: preschool-inclusive-coverage\nthreshold: {min: eighty}\n",
    )
    .expect("write");
    let out = dutycheck(&[
        "check",
        SAMPLE,
        "--rules",
        rule.to_str().unwrap_or_default(),
    ]);
    assert_eq!(out.code, 2);
    let location = format!("{}:4:", rule.display());
    assert!(out.stderr.contains(&location), "{}", out.stderr);
    assert!(
        out.stdout.is_empty(),
        "nothing is checked with broken rules"
    );
}

#[test]
fn parse_errors_exit_2_with_one_line() {
    let out = dutycheck(&["parse", "no/such/report.txt"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("no/such/report.txt: cannot read file"),
        "{}",
        out.stderr
    );
}

/// A growth finding points at the change it judges (issue 16.9b): the caret
/// is under `下降1.8%`, not under the amount the change follows
/// (`98765.4万元` at column 35 of the same line).
#[test]
fn a_growth_finding_points_at_the_change_not_the_amount() {
    let out = dutycheck(&[
        "check",
        "tests/fixtures/reports/city-2020-labels.txt",
        "--format",
        "json",
        "--filter",
        "^finance.expenditure-growth$",
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let run: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let findings = run["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{findings:?}");
    let f = &findings[0];
    assert_eq!(
        (&f["line"], &f["column"], &f["length"]),
        (
            &serde_json::json!(8),
            &serde_json::json!(48),
            &serde_json::json!(6)
        ),
        "{f}"
    );
    let text = dutycheck(&[
        "check",
        "tests/fixtures/reports/city-2020-labels.txt",
        "--filter",
        "^finance.expenditure-growth$",
    ]);
    assert!(
        text.stdout.contains(
            " 8 | …65.4万元，比上年下降1.8%，小学生均公用经费为580元。\n   |                  ^^^^^^^^\n"
        ),
        "{}",
        text.stdout
    );
}
