//! Claims end to end (issue 14): a report of our own in which claims stand
//! next to figures. `做到“两个只增不减”` beside a stated decline and
//! `实现“不低于”要求` beside a teacher pay below the civil servants' are
//! contradicted (errors quoting both), `课后服务实现全覆盖` beside 100% is
//! evidenced, and `城区超大班额全面清零` with no figure is claimed without
//! evidence (a warning). The binary and the library agree.

mod support;

use dutycheck::Checker;
use dutycheck::config::ConfigSource;
use support::{dutycheck, root};

const REPORT: &str = "tests/fixtures/reports/county-2022-claims.txt";

/// (rule, severity, line, column) of the findings of the claim rules.
fn claim_findings(v: &serde_json::Value) -> Vec<(String, String, u64, u64)> {
    v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("claims.")))
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
                f["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

fn expected() -> Vec<(String, String, u64, u64)> {
    [
        ("claims.education-spending-growth", "error", 3, 23),
        ("claims.teacher-pay-parity", "error", 6, 18),
        ("claims.super-large-classes-eliminated", "warning", 7, 23),
    ]
    .iter()
    .map(|(r, s, l, c)| (r.to_string(), s.to_string(), *l, *c))
    .collect()
}

#[test]
fn contradicted_claims_are_errors_that_quote_both() {
    let out = dutycheck(&["check", REPORT, "--no-config", "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(claim_findings(&v), expected());
    let messages: Vec<&str> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["message"].as_str())
        .collect();
    // The claim and the figure, both quoted.
    assert!(
        messages.contains(
            &"南岭县声称“做到“两个只增不减””，但同一部分第3行写着“全县一般公共预算教育支出比上年减少0.3亿元”，与之矛盾"
        ),
        "{messages:#?}"
    );
    assert!(
        messages.contains(
            &"北河区声称“实现“不低于”要求”，但同一部分第6行写着“全区义务教育教师年平均工资9.1万元；公务员平均工资9.8万元”，与之矛盾"
        ),
        "{messages:#?}"
    );
    // The claim rows of the matrix.
    let cell = |section: usize, rule: &str| {
        v["reports"][0]["sections"][section]["results"][rule]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(cell(0, "claims.education-spending-growth"), "contradicted");
    assert_eq!(cell(0, "claims.after-school-full-coverage"), "evidenced");
    assert_eq!(cell(1, "claims.teacher-pay-parity"), "contradicted");
    assert_eq!(cell(1, "claims.super-large-classes-eliminated"), "claimed");
    assert_eq!(cell(1, "claims.after-school-full-coverage"), "missing");
    let text = dutycheck(&["check", REPORT, "--no-config"]);
    insta::assert_snapshot!("claims_check_text", text.stdout);
}

#[test]
fn the_library_judges_claims_as_the_cli_does() {
    let checker = Checker::builder()
        .config_source(&ConfigSource::None)
        .expect("no config")
        .build()
        .expect("bundled rules");
    let checked = checker.check_file(&root().join(REPORT));
    let found: Vec<(String, String, u64, u64)> = checked
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("claims."))
        .map(|f| {
            (
                f.rule.clone(),
                f.severity.as_str().to_string(),
                u64::from(f.line),
                u64::from(f.column),
            )
        })
        .collect();
    assert_eq!(found, expected());
}

/// The bundled sample: 青岛市's `实现“不低于”要求` has no pay figure beside it.
#[test]
fn the_samples_teacher_pay_claim_is_claimed_without_evidence() {
    let out = dutycheck(&["check", support::SAMPLE, "--no-config", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert!(
        claim_findings(&v).contains(&(
            "claims.teacher-pay-parity".to_string(),
            "warning".to_string(),
            11,
            49
        )),
        "{:#?}",
        claim_findings(&v)
    );
    assert_eq!(
        v["reports"][0]["sections"][1]["results"]["claims.teacher-pay-parity"],
        "claimed"
    );
}
