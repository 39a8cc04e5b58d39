//! Unread mentions in `check` (issue 12, item 4): an indicator that a
//! section mentions, but whose value could not be read (a masked `**%`, two
//! candidate figures, no figure at all), is `unread` in every compliance
//! matrix, never `missing` and never `pass`; `--show-unread` (or
//! `show_unread: true` in the config) lists every such mention as an info
//! finding with its place and reason.
//!
//! The fixture, `tests/fixtures/unread/county-2022-unread.txt`, is a
//! county-level report of 2022 (read against the 2020 targets):
//!
//! - 南湖区 writes 普惠性幼儿园覆盖率 with a masked figure (`达**%`);
//! - 北塘县 writes 学前三年毛入园率 as a table row turned into a line, two
//!   figures and no linking word (`学前三年毛入园率 91.3% 93.8%`);
//! - 西岭县 mentions 普惠性幼儿园覆盖率 with no figure (`稳步提升`), and
//!   公办率 with no figure in case 1 while case 3 states 公办园在园幼儿占比:
//!   the read value decides that cell, and `--show-unread` still lists the
//!   unread mention.

mod support;

use support::*;

const REPORT: &str = "tests/fixtures/unread/county-2022-unread.txt";

/// `dutycheck check REPORT ARGS…` with the bundled rules, but without the
/// case-quality advice about baselines (`detail.case-has-baseline`), which
/// these cases, written to show unread figures, do not give: the findings
/// compared here are the unread ones.
fn check(args: &[&str]) -> Output {
    let mut all = vec!["check", REPORT, "--off", "detail.case-has-baseline"];
    all.extend_from_slice(args);
    dutycheck(&all)
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The matrix cell of `rule` in section `section` of the first report.
fn cell<'a>(v: &'a serde_json::Value, section: usize, rule: &str) -> &'a str {
    v["reports"][0]["sections"][section]["results"][rule]
        .as_str()
        .unwrap_or_else(|| panic!("no cell {section}/{rule}"))
}

#[test]
fn json_cells_are_unread_not_missing_or_pass() {
    let out = check(&["--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    // Masked, ambiguous, no figure: unread.
    assert_eq!(cell(&v, 0, "preschool.inclusive-coverage-2020"), "unread");
    assert_eq!(cell(&v, 1, "preschool.gross-enrollment-2020"), "unread");
    assert_eq!(cell(&v, 2, "preschool.inclusive-coverage-2020"), "unread");
    // Never mentioned: missing, as before.
    assert_eq!(cell(&v, 0, "preschool.gross-enrollment-2020"), "missing");
    // A read value and an unread mention of the same indicator: the value
    // decides (51.2% ≥ 50%).
    assert_eq!(cell(&v, 2, "preschool.public-share-2020"), "pass");
    // Read values around them are judged as usual.
    assert_eq!(cell(&v, 1, "preschool.inclusive-coverage-2020"), "pass");
    // Unread never fails a section.
    for s in v["reports"][0]["sections"].as_array().expect("sections") {
        assert_eq!(s["status"], "pass", "{s}");
    }
    // Each unread cell says so once, at the mention, at info level (the
    // national rules have `missing: off`).
    let said: Vec<(String, u64, u64, String)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
                f["column"].as_u64().unwrap_or_default(),
                f["severity"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            (
                "preschool.inclusive-coverage-2020".into(),
                4,
                42,
                "info".into()
            ),
            (
                "preschool.gross-enrollment-2020".into(),
                8,
                12,
                "info".into()
            ),
            (
                "preschool.inclusive-coverage-2020".into(),
                12,
                28,
                "info".into()
            ),
        ]
    );
    insta::assert_snapshot!("unread_check_json", out.stdout);
}

#[test]
fn text_table_has_an_unread_column_and_names_the_rules() {
    let out = check(&[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("unread_check_text", out.stdout);
}

#[test]
fn show_unread_lists_every_mention_with_place_and_reason() {
    let out = check(&["--show-unread", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    let listed: Vec<String> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "engine.unread-mention")
        .map(|f| {
            assert_eq!(f["severity"], "info");
            format!(
                "{}:{}:{}: {}",
                f["path"].as_str().unwrap_or_default(),
                f["line"],
                f["column"],
                f["message"].as_str().unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            format!(
                "{REPORT}:4:42: 南湖区第1条案例提到了普惠性幼儿园覆盖率，但数字被遮盖（如“**%”“XX%”），没有读出数值"
            ),
            format!(
                "{REPORT}:8:12: 北塘县第1条案例提到了学前三年毛入园率，但所在分句中有两个候选数字，没有连接词说明是哪一个，没有读出数值"
            ),
            format!(
                "{REPORT}:12:28: 西岭县第1条案例提到了普惠性幼儿园覆盖率，但与上年相比的变化只用文字写出（如“有所下降”“略有增长”），没有写明幅度，没有读出数值"
            ),
            // Listed although case 3's value decided the cell.
            format!(
                "{REPORT}:12:42: 西岭县第1条案例提到了公办园在园幼儿占比（写作“公办率”），但与上年相比的变化只用文字写出（如“有所下降”“略有增长”），没有写明幅度，没有读出数值"
            ),
        ]
    );
    // Without the flag, none.
    let out = check(&["--format", "json"]);
    assert!(!out.stdout.contains("engine.unread-mention"));
    // In text, each is a located info finding.
    let out = check(&["--show-unread"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("unread_show_unread_text", out.stdout);
}

#[test]
fn show_unread_from_the_config_file() {
    let dir = tempdir("config");
    std::fs::write(dir.join("dutycheck.yaml"), "show_unread: true\n").expect("config");
    let config = dir.join("dutycheck.yaml");
    let out = check(&[
        "--config",
        config.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.matches("\"engine.unread-mention\"").count(), 4);

    std::fs::write(dir.join("dutycheck.yaml"), "show_unread: yes please\n").expect("config");
    let out = check(&["--config", config.to_str().expect("utf-8")]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr.contains("dutycheck.yaml:1:14")
            && out.stderr.contains("`show_unread` must be true or false"),
        "{}",
        out.stderr
    );
}

#[test]
fn markdown_and_html_show_unread_cells_with_a_legend() {
    let out = check(&["--format", "markdown"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("unread_markdown", out.stdout);

    let out = check(&["--format", "html"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = &out.stdout;
    // Three unread cells, each labelled and explained in words.
    assert_eq!(html.matches("<td class=\"s-unread\"").count(), 3, "{html}");
    assert!(html.contains(
        "<td class=\"s-unread\" title=\"南湖区 · preschool.inclusive-coverage-2020 · unread: mentioned, but no value could be read · 提到了指标，但没有读出数值\">⚠ 未读出</td>"
    ));
    assert!(html.contains("<span class=\"s-unread\">⚠ unread 未读出（提到但没有读出数值）</span>"));
    assert!(html.contains(".s-unread {"));
}

#[test]
fn junit_skips_unread_cells_with_the_reason_and_ci_formats_say_it() {
    let out = check(&["--format", "junit"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let xml = &out.stdout;
    assert!(xml.contains(&format!(
        "<testcase name=\"preschool.inclusive-coverage-2020\" classname=\"南湖区\" file=\"{REPORT}\">\n      <skipped message=\"not read: {REPORT}:4:42: 南湖区提到了普惠性幼儿园覆盖率，但数字被遮盖（如“**%”“XX%”），没有读出数值，本规则未能判断（普惠性幼儿园覆盖率达到80%）\"/>"
    )), "{xml}");
    assert!(!xml.contains("<failure"), "{xml}");
    // --show-unread: one skipped testcase per section, not a failure.
    let out = check(&["--format", "junit", "--show-unread"]);
    assert!(!out.stdout.contains("<failure"), "{}", out.stdout);
    assert_eq!(
        out.stdout
            .matches("<testcase name=\"engine.unread-mention\"")
            .count(),
        3
    );
    assert!(out.stdout.contains("(and 1 more)"), "{}", out.stdout);

    // SARIF and GitHub show findings only: an unread cell is a note there,
    // never silence (which would read as a pass).
    let out = check(&["--format", "sarif"]);
    let log = json(&out.stdout);
    let notes: Vec<&serde_json::Value> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["level"] == "note")
        .collect();
    assert_eq!(notes.len(), 3);
    let out = check(&["--format", "github"]);
    assert!(
        out.stdout
            .contains(&format!("::notice file={REPORT},line=8,col=12,")),
        "{}",
        out.stdout
    );
}

#[test]
fn requires_rules_keep_their_severity_when_unread() {
    let dir = tempdir("requires");
    let rules = dir.join("rules.yaml");
    std::fs::write(
        &rules,
        "pack: {name: local}\nrules:\n  - id: report.preschool-gross-enrollment\n    title: 报告学前三年毛入园率\n    severity: error\n    requires: preschool-gross-enrollment\n",
    )
    .expect("rules");
    let out = dutycheck(&[
        "check",
        REPORT,
        "--rules",
        rules.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    // 南湖区 and 西岭县 never mention it (fail); 北塘县 does, unread: the
    // requirement is not shown to be met, so the error stays.
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v = json(&out.stdout);
    assert_eq!(cell(&v, 0, "report.preschool-gross-enrollment"), "fail");
    assert_eq!(cell(&v, 1, "report.preschool-gross-enrollment"), "unread");
    assert_eq!(v["summary"]["errors"], 3);
}
