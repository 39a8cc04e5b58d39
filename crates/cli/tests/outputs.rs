//! End-to-end tests of the CI and reviewer outputs (issue 5): every format on
//! the sample, `--also`, `--fail-on` across formats, `--quiet`, waivers,
//! baselines, and the HTML report in a real browser when one is installed.

mod support;

use support::*;

use std::path::Path;

const FORMATS: [&str; 7] = [
    "text", "json", "sarif", "junit", "github", "markdown", "html",
];

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

// ---- one snapshot per format on the sample --------------------------------

#[test]
fn sample_sarif() {
    let out = dutycheck(&["check", SAMPLE, "--format", "sarif"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let log = json(&out.stdout);
    let errors = sarif_errors(&log);
    assert!(errors.is_empty(), "{errors:#?}");
    insta::assert_snapshot!("sample_sarif", out.stdout);
}

#[test]
fn sample_junit() {
    let out = dutycheck(&["check", SAMPLE, "--format", "junit"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("sample_junit", out.stdout);
}

/// Every rule in SARIF has a `helpUri` (a bundled rule's entry in
/// docs/rules.md) and a `help` built from its title, description and
/// references; `rules explain ID` prints the same text, from the same
/// function. `informationUri` is the project's URL.
#[test]
fn sarif_help_is_what_rules_explain_prints() {
    let log = json(&dutycheck(&["check", SAMPLE, "--format", "sarif"]).stdout);
    let driver = &log["runs"][0]["tool"]["driver"];
    assert_eq!(driver["informationUri"], dutycheck_render::PROJECT_URL);
    let rules = driver["rules"].as_array().expect("rules");
    assert!(rules.len() > 10);
    for rule in rules {
        let id = rule["id"].as_str().expect("id");
        let uri = rule["helpUri"]
            .as_str()
            .unwrap_or_else(|| panic!("{id}: no helpUri"));
        assert_eq!(
            uri,
            format!(
                "{}/blob/main/docs/rules.md#{id}",
                dutycheck_render::PROJECT_URL
            )
        );
        let help = rule["help"]["text"]
            .as_str()
            .unwrap_or_else(|| panic!("{id}: no help"));
        assert!(help.contains(rule["shortDescription"]["text"].as_str().expect("title")));
        let docs = std::fs::read_to_string(root().join("docs/rules.md")).expect("docs/rules.md");
        assert!(
            docs.contains(&format!("<a id=\"{id}\"></a>")),
            "{id} not in docs/rules.md"
        );
    }
    for id in [
        "preschool.inclusive-coverage-2020",
        "detail.case-has-results",
    ] {
        let rule = rules.iter().find(|r| r["id"] == id).expect("rule");
        let help = rule["help"]["text"].as_str().expect("help");
        let explain = dutycheck(&["rules", "explain", id]);
        assert_eq!(explain.code, 0);
        assert!(
            explain.stdout.contains(help),
            "rules explain {id} does not print SARIF's help:\n{help}\n---\n{}",
            explain.stdout
        );
    }
}

/// `--junit-skipped include` writes every cell of the matrix; the default,
/// `omit`, leaves out the cells nothing was judged in (not reported, not
/// applicable), and the counts follow.
#[test]
fn junit_skipped_cells_are_omitted_unless_asked_for() {
    let include = dutycheck(&[
        "check",
        SAMPLE,
        "--format",
        "junit",
        "--junit-skipped",
        "include",
    ]);
    assert_eq!(include.code, 0, "{}", include.stderr);
    insta::assert_snapshot!("sample_junit_include", include.stdout);
    let omit = dutycheck(&[
        "check",
        SAMPLE,
        "--format",
        "junit",
        "--junit-skipped",
        "omit",
    ]);
    let default = dutycheck(&["check", SAMPLE, "--format", "junit"]);
    assert_eq!(omit.stdout, default.stdout, "omit is the default");
    assert!(
        include
            .stdout
            .contains("<skipped message=\"not reported\"/>")
    );
    assert!(!omit.stdout.contains("<skipped"), "{}", omit.stdout);
    let count = |text: &str, what: &str| text.matches(what).count();
    let head = |text: &str| text.lines().nth(1).unwrap_or_default().to_string();
    let skipped = count(&include.stdout, "<skipped");
    let tests_in = count(&include.stdout, "<testcase");
    assert!(skipped > 0);
    assert_eq!(count(&omit.stdout, "<testcase"), tests_in - skipped);
    assert!(
        head(&omit.stdout).contains(&format!("tests=\"{}\"", tests_in - skipped))
            && head(&omit.stdout).contains("skipped=\"0\""),
        "{}",
        head(&omit.stdout)
    );
    assert!(
        head(&include.stdout).contains(&format!("skipped=\"{skipped}\"")),
        "{}",
        head(&include.stdout)
    );
    // A wrong value is a usage error that lists the choices.
    let bad = dutycheck(&[
        "check",
        SAMPLE,
        "--format",
        "junit",
        "--junit-skipped",
        "some",
    ]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("include") && bad.stderr.contains("omit"),
        "{}",
        bad.stderr
    );
}

#[test]
fn sample_github() {
    let out = dutycheck(&["check", SAMPLE, "--format", "github"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("sample_github", out.stdout);
}

#[test]
fn sample_markdown() {
    let out = dutycheck(&["check", SAMPLE, "--format", "markdown"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("sample_markdown", out.stdout);
}

#[test]
fn sample_html() {
    let out = dutycheck(&["check", SAMPLE, "--format", "html"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("sample_html", out.stdout);
}

/// Validates against the SARIF 2.1.0 schemas vendored in crates/render/tests.
fn sarif_errors(log: &serde_json::Value) -> Vec<String> {
    let mut errors = Vec::new();
    let name = "sarif-2.1.0.json";
    {
        let path = root().join("crates/render/tests/sarif-schema").join(name);
        let text = std::fs::read_to_string(&path).expect("vendored schema");
        let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("valid schema");
        errors.extend(
            validator
                .iter_errors(log)
                .map(|e| format!("{name}: {e} at {}", e.instance_path())),
        );
    }
    errors
}

// ---- gates ------------------------------------------------------------------

#[test]
fn fail_on_gives_the_same_exit_code_in_every_format() {
    for (path, fail_on, expected) in [
        (SAMPLE, "error", 0),
        (SAMPLE, "warning", 1),
        (FAILING, "error", 1),
        (FAILING, "never", 0),
    ] {
        for format in FORMATS {
            let out = dutycheck(&["check", path, "--format", format, "--fail-on", fail_on]);
            assert_eq!(
                out.code, expected,
                "{path} --format {format} --fail-on {fail_on}\n{}",
                out.stderr
            );
        }
    }
}

#[test]
fn quiet_prints_only_errors() {
    let out = dutycheck(&["check", FAILING, "--format", "github", "--quiet"]);
    assert_eq!(out.code, 1);
    let commands: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(commands.len(), 4, "{}", out.stdout);
    assert!(
        commands.iter().all(|l| l.starts_with("::error ")),
        "{}",
        out.stdout
    );
    let out = dutycheck(&["check", FAILING, "--format", "markdown", "--quiet"]);
    assert!(!out.stdout.contains("| warning |"), "{}", out.stdout);
    assert!(out.stdout.contains("| error |"));
    // Data formats stay complete.
    let out = dutycheck(&["check", FAILING, "--format", "json", "--quiet"]);
    assert_eq!(
        json(&out.stdout)["findings"].as_array().map(Vec::len),
        Some(9)
    );
}

#[test]
fn also_writes_several_outputs_from_one_run() {
    let dir = tempdir("also");
    let (j, sarif, html) = (dir.join("r.json"), dir.join("r.sarif"), dir.join("r.html"));
    let out = dutycheck(&[
        "check",
        FAILING,
        "--format",
        "text",
        "--also",
        &format!("json={}", s(&j)),
        "--also",
        &format!("sarif={}", s(&sarif)),
        "--also",
        &format!("html={}", s(&html)),
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("error[preschool.public-share-2020]"));
    let direct = dutycheck(&["check", FAILING, "--format", "json"]).stdout;
    assert_eq!(std::fs::read_to_string(&j).expect("json written"), direct);
    let log = json(&std::fs::read_to_string(&sarif).expect("sarif written"));
    assert_eq!(log["runs"][0]["results"].as_array().map(Vec::len), Some(9));
    assert!(
        std::fs::read_to_string(&html)
            .expect("html written")
            .starts_with("<!DOCTYPE html>")
    );

    let bad = dutycheck(&["check", FAILING, "--also", "pdf=x.pdf"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("unknown format `pdf`"),
        "{}",
        bad.stderr
    );
}

// ---- waivers ------------------------------------------------------------------

const WAIVERS: &str = "waivers:
  - rule: preschool.public-share-2020
    section: 东河县
    case: 1
    reason: 新建公办园2021年秋季开园
    approver: 王局长
    expires: 2099-12-31
  - rule: finance.expenditure-growth
    section: 西山区
    reason: 一次性基建支出结束
    approver: 李科长
    expires: 2001-01-01
  - rule: structure.min-cases
    section: 北岭镇
    reason: 没有这个地区
    approver: 张三
    expires: 2099-12-31
";

#[test]
fn waivers_hide_count_expire_and_report_unused() {
    let dir = tempdir("waivers");
    let waivers = dir.join("waivers.yaml");
    std::fs::write(&waivers, WAIVERS).expect("write");
    let out = dutycheck(&[
        "check",
        FAILING,
        "--format",
        "json",
        "--waivers",
        s(&waivers),
    ]);
    assert_eq!(
        out.code, 1,
        "the expired waiver lets an error through\n{}",
        out.stderr
    );
    let v = json(&out.stdout);
    assert_eq!(v["summary"]["errors"], 3, "one error waived");
    assert_eq!(v["waived"][0]["rule"], "preschool.public-share-2020");
    assert_eq!(v["waived"][0]["waiver"]["approver"], "王局长");
    let origin = format!("{}:2:5", s(&waivers));
    assert_eq!(v["waived"][0]["waiver"]["origin"], origin.as_str());
    let notes = v["waiver_notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[0]["kind"], "expired");
    assert_eq!(notes[1]["kind"], "unused");
    assert!(
        out.stderr.contains("warning: ") && out.stderr.contains("expired on 2001-01-01"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("matched no finding"), "{}", out.stderr);

    // Waived findings stay visible in every format.
    for (format, mark) in [
        ("text", "waived error[preschool.public-share-2020]"),
        ("sarif", "\"suppressions\""),
        (
            "junit",
            "<skipped message=\"waived: 新建公办园2021年秋季开园",
        ),
        ("github", "title=waived preschool.public-share-2020::"),
        ("markdown", "## Waived findings"),
        ("html", "<span class=\"badge waived\">waived</span>"),
    ] {
        let out = dutycheck(&[
            "check",
            FAILING,
            "--format",
            format,
            "--waivers",
            s(&waivers),
        ]);
        assert!(
            out.stdout.contains(mark),
            "--format {format}: no `{mark}`\n{}",
            out.stdout
        );
        assert_eq!(out.code, 1, "--format {format}");
    }
    let sarif = dutycheck(&[
        "check",
        FAILING,
        "--format",
        "sarif",
        "--waivers",
        s(&waivers),
    ]);
    let errors = sarif_errors(&json(&sarif.stdout));
    assert!(errors.is_empty(), "{errors:#?}");

    // Without the expired one, every error that is left is waived or gone.
    let only = dir.join("only.yaml");
    std::fs::write(
        &only,
        WAIVERS.replace("expires: 2001-01-01", "expires: 2099-01-01"),
    )
    .expect("write");
    let v = json(&dutycheck(&["check", FAILING, "--format", "json", "--waivers", s(&only)]).stdout);
    assert_eq!(v["summary"]["errors"], 2);
}

#[test]
fn invalid_waivers_are_located_errors() {
    let dir = tempdir("bad-waivers");
    let waivers = dir.join("waivers.yaml");
    std::fs::write(
        &waivers,
        "waivers:\n  - rule: preschool.public-share-202\n    section: 东河县\n    reason: r\n    approver: a\n    expires: 2099-02-30\n",
    )
    .expect("write");
    let out = dutycheck(&["check", FAILING, "--waivers", s(&waivers)]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!("{}:2:11", s(&waivers))),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("did you mean `preschool.public-share-2020`?"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("{}:6:14", s(&waivers))),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.is_empty(),
        "nothing is checked with broken waivers"
    );
    let out = dutycheck(&["check", FAILING, "--waivers", "/nonexistent/waivers.yaml"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("cannot read the waivers file"),
        "{}",
        out.stderr
    );
}

// ---- baselines -----------------------------------------------------------------

#[test]
fn a_baseline_reports_only_new_findings_and_counts_fixed_ones() {
    let dir = tempdir("baseline");
    let baseline = dir.join("last-year.json");
    let out = dutycheck(&[
        "check",
        FAILING,
        "--format",
        "json",
        "--output",
        s(&baseline),
    ]);
    assert_eq!(out.code, 1);

    // The same report against itself: nothing new, exit 0.
    let out = dutycheck(&[
        "check",
        FAILING,
        "--format",
        "json",
        "--baseline",
        s(&baseline),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["baseline"]["unchanged"], 9);
    assert_eq!(v["baseline"]["new"], 0);

    // The report edited: two lines added at the top (every line moves), a
    // value corrected (76% → 78%, still failing: the same problem), the
    // spending fixed, and a new failing case.
    let text = std::fs::read_to_string(root().join(FAILING)).expect("fixture");
    let edited = text
        .replacen('\n', "\n说明：本报告于年底修订。\n\n", 1)
        .replace("覆盖率达７６％", "覆盖率达７８％")
        .replace("比上年下降2.3%", "比上年增长3.1%")
        .replace("2、加强组织领导", "2、学前三年毛入园率为80%，加强组织领导");
    let report = dir.join("county-2021-failing.txt");
    std::fs::write(&report, edited).expect("write");
    let out = dutycheck(&[
        "check",
        s(&report),
        "--format",
        "json",
        "--baseline",
        s(&baseline),
    ]);
    let v = json(&out.stdout);
    let new: Vec<(&str, i64)> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or(""),
                f["case"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    // Case 2 now states a result (with no baseline: the case-quality
    // advice is new too).
    assert_eq!(
        new,
        [
            ("detail.case-has-baseline", 2),
            ("preschool.gross-enrollment-2020", 2)
        ],
        "{}",
        out.stdout
    );
    let fixed: Vec<&str> = v["baseline"]["fixed"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    // The spending now grows, and 东河县 case 2 now states a figure.
    assert_eq!(
        fixed,
        ["detail.case-has-results", "finance.expenditure-growth"],
        "{}",
        out.stdout
    );
    // 76% → 78% is still the same shortfall: unchanged, not new and fixed
    // (with the three cases still without a baseline).
    assert_eq!(v["baseline"]["unchanged"], 7, "{}", out.stdout);
    assert_eq!(out.code, 1, "the new finding is an error");
    assert!(out.stderr.contains("baseline "), "{}", out.stderr);

    let out = dutycheck(&["check", FAILING, "--baseline", s(&dir.join("missing.json"))]);
    assert_eq!(out.code, 2);
    std::fs::write(dir.join("bad.json"), "{\"version\": 1,\n \"reports\": 5}").expect("write");
    let out = dutycheck(&["check", FAILING, "--baseline", s(&dir.join("bad.json"))]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("bad.json:2:"), "{}", out.stderr);
}

// ---- progress -----------------------------------------------------------------

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = tempdir("many");
    let text = std::fs::read_to_string(root().join(SAMPLE)).expect("fixture");
    for i in 0..10 {
        std::fs::write(dir.join(format!("r{i:02}.txt")), &text).expect("write");
    }
    let out = dutycheck(&["check", s(&dir), "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.is_empty(),
        "stderr is a pipe here: {:?}",
        out.stderr
    );
    assert_eq!(
        json(&out.stdout)["reports"].as_array().map(Vec::len),
        Some(10)
    );
}

// ---- the HTML report in a real browser ----------------------------------------

#[test]
fn html_report_loads_in_headless_chromium() {
    let Some(browser) = chromium("html_report_loads_in_headless_chromium") else {
        return;
    };
    let dir = tempdir("chromium");
    let html = dir.join("report.html");
    let out = dutycheck(&["check", FAILING, "--format", "html", "--output", s(&html)]);
    assert_eq!(out.code, 1);
    let dom = chromium_dom(&browser, &html, 1400, 2000, &dir.join("profile"));
    // The browser parsed the page into the structure we wrote: the matrix,
    // six charts, nine findings (4 errors, 2 warnings, 3 infos, as in the
    // text output) with marked spans, and no script element.
    assert!(dom.contains("<table class=\"matrix\">"), "{dom}");
    assert_eq!(dom.matches("<svg").count(), 6, "{dom}");
    assert_eq!(dom.matches("<div class=\"finding ").count(), 9);
    assert_eq!(dom.matches("<mark>").count(), 9);
    assert!(!dom.contains("<script"));
    assert!(dom.contains("东河县普惠性幼儿园覆盖率为76%，低于80%的目标"));
}

/// Chart labels say what the report says (issue 16.7): a qualified value
/// keeps its qualifier (`近90%` is not a plain 90%), a title names the
/// indicator and then the change it measures, and a negative growth is
/// labelled with its sign.
#[test]
fn html_chart_labels_keep_qualifiers_and_titles_read_naturally() {
    let out = dutycheck(&[
        "check",
        "tests/fixtures/reports/city-2020-labels.txt",
        "--format",
        "html",
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let html = &out.stdout;
    for label in ["近90%", "95%以上", "-1.8%", "126.35%", "1125.5元"] {
        assert!(
            html.contains(&format!(">{label}</text>")),
            "no chart label {label}"
        );
    }
    assert!(!html.contains(">90%</text>"), "近90% drawn as a plain 90%");
    assert!(html.contains("<figcaption>一般公共预算教育支出 比上年增长 <span>"));
    assert!(!html.contains("<figcaption>比上年增长"));
    // A long section name is cut in the chart and whole in the tooltip.
    assert!(html.contains(">北川羌族自治县高新技术…</text>"));
    assert!(html.contains("<title>北川羌族自治县高新技术产业开发区: -1.8%</title>"));
}
