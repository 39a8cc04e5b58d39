//! End-to-end tests of the rule author's commands: `init`, `rules
//! list|explain|validate`, `test`, and the configuration and rule flags of
//! `check`, run as a user runs them (the real binary, in a project directory).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use dutycheck::testing::{Expect, boundary_cases};
use dutycheck_rules::{Bounds, Measure, RuleSeverity, ThresholdRule};

const SAMPLE: &str = "tests/fixtures/reports/shandong-2020-city-cases.txt";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace root exists")
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn dutycheck(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// A fresh, empty directory for one test (removed when it passes).
fn scratch(name: &str) -> support::Scratch {
    support::tempdir(&format!("e2e-{name}"))
}

fn sample() -> String {
    root().join(SAMPLE).display().to_string()
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[test]
fn init_creates_a_working_project_and_never_overwrites() {
    let dir = scratch("init");
    let out = run_in(&dir, &["init"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for f in [
        "dutycheck.yaml",
        "rules/custom/example.yaml",
        "rules/custom/example.test.yaml",
        "rules/custom/__snapshots__/example.preschool-gross-enrollment-shandong-2020.snap",
    ] {
        assert!(
            dir.join(f).is_file(),
            "{f} missing; stdout:\n{}",
            out.stdout
        );
        assert!(out.stdout.contains(f), "{f} not announced:\n{}", out.stdout);
    }
    let config = std::fs::read_to_string(dir.join("dutycheck.yaml")).expect("read");
    // A second init refuses, names the files, and changes nothing.
    std::fs::write(dir.join("dutycheck.yaml"), "packs: [rules/custom]\n").expect("write");
    let again = run_in(&dir, &["init"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("would overwrite"), "{}", again.stderr);
    assert!(again.stderr.contains("dutycheck.yaml"), "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.join("dutycheck.yaml")).expect("read"),
        "packs: [rules/custom]\n"
    );
    std::fs::write(dir.join("dutycheck.yaml"), config).expect("write");

    // The example's tests pass as written, found through the config.
    let out = run_in(&dir, &["test"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("PASS example.preschool-gross-enrollment-shandong-2020 (4 snippets)")
    );
    assert!(
        out.stdout.contains("test result: ok. 2 passed; 0 failed"),
        "{}",
        out.stdout
    );

    // The config is found from a subdirectory, and the custom rule is listed
    // with its source, next to the bundled packs.
    let sub = dir.join("reports");
    std::fs::create_dir_all(&sub).expect("mkdir");
    let out = run_in(&sub, &["rules", "list"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let line = out
        .stdout
        .lines()
        .find(|l| l.starts_with("example.preschool-gross-enrollment-shandong-2020"))
        .unwrap_or_else(|| panic!("custom rule not listed:\n{}", out.stdout));
    assert!(
        line.contains(" off ")
            && line.contains("2020..2024")
            && line.contains("（示例）学前三年毛入园率达到90%"),
        "the example is off and says it is one: {line}"
    );
    assert!(
        line.contains("custom (") && line.ends_with("rules/custom/example.yaml)"),
        "{line}"
    );
    assert!(out.stdout.contains("\n39 rules\n"), "{}", out.stdout);

    // Off, the example judges nothing; switched on, `check` uses it: the
    // sample states 学前三年毛入园率 in two cities (126% and 96.72%), both
    // above the Shandong target and its warn line.
    let id = "example.preschool-gross-enrollment-shandong-2020";
    let statuses = |args: &[&str]| -> Vec<String> {
        let out = run_in(&sub, args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        json(&out.stdout)["reports"][0]["sections"]
            .as_array()
            .expect("sections")
            .iter()
            .filter_map(|s| s["results"][id].as_str().map(str::to_string))
            .collect()
    };
    let off = statuses(&["check", &sample(), "--format", "json"]);
    assert_eq!(off.len(), 16);
    assert!(off.iter().all(|s| s == "not-applicable"), "{off:?}");
    let on = statuses(&["check", &sample(), "--format", "json", "--error", id]);
    assert_eq!(on.iter().filter(|s| *s == "pass").count(), 2);
    assert_eq!(on.iter().filter(|s| *s == "missing").count(), 14);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn rules_list_is_a_stable_table() {
    let out = dutycheck(&["rules", "list"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("rules_list", out.stdout);
    let out = dutycheck(&[
        "rules",
        "list",
        "--format",
        "json",
        "--filter",
        "^preschool\\.",
    ]);
    let v = json(&out.stdout);
    let ids: Vec<&str> = v
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 6, "{ids:?}");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted by id: {ids:?}");
}

#[test]
fn rules_explain_shows_everything_and_suggests() {
    let out = dutycheck(&["rules", "explain", "preschool.inclusive-coverage-2020"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("rules_explain", out.stdout);
    let out = dutycheck(&["rules", "explain", "preschool.inclusive-coverage-2002"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: unknown rule `preschool.inclusive-coverage-2002`\n  = help: did you mean `preschool.inclusive-coverage-2020`?\n"
    );
}

#[test]
fn rules_validate_reports_every_error_or_one_ok_line() {
    let out = dutycheck(&["rules", "validate", "rules/packs"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "OK: 41 rules in 4 files (4 packs), 42 rule tests\n"
    );
    let dir = scratch("validate");
    std::fs::write(
        dir.join("a.yaml"),
        "id: a\ntitle: t\nindicator: compulsory-retention\nmeasure: change.value\nthreshold: {min: 1, unit: percent}\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("b.yaml"),
        "- id: b\n  title: t\n  severity: eror\n  requires: compulsory-retention\n- id: a\n  title: t\n  requires: compulsory-retention\n",
    )
    .expect("write");
    let out = run_in(&dir, &["rules", "validate", "."]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    insta::assert_snapshot!("rules_validate_errors", out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `rules validate dutycheck.yaml` validates a configuration as one (not as
/// a rule file that has `packs` where `pack` was meant), with the rules it
/// puts in force; a misspelt message placeholder gets a did-you-mean; a
/// bracket left open is reported where it opens.
#[test]
fn validate_knows_configs_placeholders_and_unclosed_brackets() {
    let dir = scratch("validate-config");
    std::fs::create_dir_all(dir.join("rules")).expect("mkdir");
    std::fs::write(
        dir.join("dutycheck.yaml"),
        "packs: [builtin:national-2020, rules]\nrules:\n  preschool.inclusive-coverage-2020: {threshold: {min: 85}}\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("rules/local.yaml"),
        "pack: {name: local}\nrules:\n  - id: local.a\n    title: t\n    indicator: preschool-gross-enrollment\n    threshold: {min: 90}\n",
    )
    .expect("write");
    let out = run_in(&dir, &["rules", "validate", "dutycheck.yaml"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("OK: config dutycheck.yaml: ") && out.stdout.contains("1 override"),
        "{}",
        out.stdout
    );
    // `rules explain` shows what the config changes and the tests, wherever
    // they are written: a bundled pack's test file, a test file beside a
    // project rule.
    std::fs::write(
        dir.join("rules/local.test.yaml"),
        "- rule: local.a\n  year: 2020\n  pass: [学前三年毛入园率达到95%。]\n  fail: [学前三年毛入园率达到85%。]\n",
    )
    .expect("write");
    let out = run_in(
        &dir,
        &["rules", "explain", "preschool.inclusive-coverage-2020"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("  overrides    dutycheck.yaml:3:3: threshold ≥ 85 (min, inclusive)\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("  tests        builtin:national-2020.test.yaml:"),
        "{}",
        out.stdout
    );
    // The override's bound is what every title says (`{min}` in the title).
    assert!(
        out.stdout.contains("\n普惠性幼儿园覆盖率达到85%\n"),
        "{}",
        out.stdout
    );
    let list = run_in(&dir, &["rules", "list"]);
    let line = list
        .stdout
        .lines()
        .find(|l| l.starts_with("preschool.inclusive-coverage-2020"))
        .expect("listed");
    assert!(line.contains("普惠性幼儿园覆盖率达到85%"), "{line}");
    let sarif = run_in(&dir, &["check", &sample(), "--format", "sarif"]);
    let sarif = json(&sarif.stdout);
    let described = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .find(|r| r["id"] == "preschool.inclusive-coverage-2020")
        .expect("described")
        .clone();
    assert_eq!(
        described["shortDescription"]["text"],
        "普惠性幼儿园覆盖率达到85%"
    );
    let out = run_in(
        &dir,
        &["rules", "explain", "local.a", "--warning", "local.a"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("  overrides    command line: --warning local.a\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("rules/local.test.yaml:1: 1 pass, 1 fail"),
        "{}",
        out.stdout
    );
    // Recognised by its keys under another name too, and its mistakes are
    // reported with the overrides that name no rule.
    std::fs::write(
        dir.join("ci.yaml"),
        "packs: [builtin:national-2020]\nyear: 20255\nrules:\n  preschool.inclusive-coverage-2002: off\n",
    )
    .expect("write");
    let out = run_in(&dir, &["rules", "validate", "ci.yaml"]);
    assert_eq!(out.code, 2);
    assert!(
        !out.stderr.contains("did you mean `pack`"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("ci.yaml:2:7"), "{}", out.stderr);
    assert!(out.stderr.contains("ci.yaml:4:3"), "{}", out.stderr);
    assert!(out.stderr.contains("2 errors"), "{}", out.stderr);

    std::fs::write(
        dir.join("rules/local.yaml"),
        "pack: {name: local}\nrules:\n  - id: local.a\n    title: t\n    indicator: preschool-gross-enrollment\n    threshold: {min: 90}\n    message: \"{section}为{valeu}%\"\n",
    )
    .expect("write");
    let out = run_in(&dir, &["rules", "validate", "rules"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("unknown placeholder `{valeu}`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("did you mean `{value}`?"),
        "{}",
        out.stderr
    );

    std::fs::write(
        dir.join("rules/local.yaml"),
        "pack: {name: local}\nrules:\n  - id: local.a\n    title: t\n    tags: [a, b\n    indicator: preschool-gross-enrollment\n    threshold: {min: 90}\n  - id: local.b\n    title: t\n",
    )
    .expect("write");
    let out = run_in(&dir, &["rules", "validate", "rules"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("error: unclosed `[`"), "{}", out.stderr);
    assert!(out.stderr.contains("local.yaml:5:11"), "{}", out.stderr);
    assert!(out.stderr.contains("close it with `]`"), "{}", out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_bundled_packs_pass_their_tests() {
    let out = dutycheck(&["test", "rules/"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("running the tests of 41 rules"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("boundary cases of 27 threshold rules"));
    assert!(out.stdout.contains("test result: ok. 68 passed; 0 failed"));
}

#[test]
fn rule_tests_report_noisy_missing_and_snapshot_diffs() {
    let dir = scratch("ruletest");
    let rule = |message: &str| {
        format!(
            "id: my.coverage\ntitle: 普惠率达到80%\nseverity: error\napplies: {{years: 2020..}}\nindicator: preschool-inclusive-coverage\nthreshold: {{min: 80}}\nmessage: \"{message}\"\n"
        )
    };
    std::fs::write(dir.join("r.yaml"), rule("{section}普惠率为{value}%")).expect("write");
    // One wrong expectation each way.
    std::fs::write(
        dir.join("r.test.yaml"),
        "rule: my.coverage\npass: [普惠性幼儿园覆盖率为76%。]\nfail: [普惠性幼儿园覆盖率达到86.5%。]\n",
    )
    .expect("write");
    let out = run_in(&dir, &["test", "."]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(
        out.stdout.contains("FAIL my.coverage (2 snippets)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("[Noisy] my.coverage: ./r.test.yaml:2: a `pass:` snippet got 1 finding:\n    error[my.coverage] 3:13 测试县普惠率为76%"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("[Missing] my.coverage: ./r.test.yaml:3: a `fail:` snippet got no finding"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("test result: FAILED. 1 passed; 1 failed")
    );

    // Correct tests: the snapshot must be accepted once.
    std::fs::write(
        dir.join("r.test.yaml"),
        "rule: my.coverage\npass: [普惠性幼儿园覆盖率达到86.5%。]\nfail: [普惠性幼儿园覆盖率为76%。]\n",
    )
    .expect("write");
    let out = run_in(&dir, &["test", "."]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("no snapshot yet"), "{}", out.stdout);
    let out = run_in(&dir, &["test", ".", "--update"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("1 snapshot written"));
    let snap = dir.join("__snapshots__/my.coverage.snap");
    assert!(
        std::fs::read_to_string(&snap)
            .expect("snapshot")
            .contains("error[my.coverage] 3:13 测试县普惠率为76%\n")
    );
    assert_eq!(run_in(&dir, &["test", "."]).code, 0);

    // A changed message shows as a diff, and fails until accepted.
    std::fs::write(
        dir.join("r.yaml"),
        rule("{section}普惠性幼儿园覆盖率为{value}%"),
    )
    .expect("write");
    let out = run_in(&dir, &["test", "."]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("    -error[my.coverage] 3:13 测试县普惠率为76%\n    +error[my.coverage] 3:13 测试县普惠性幼儿园覆盖率为76%"),
        "{}",
        out.stdout
    );
    assert_eq!(run_in(&dir, &["test", ".", "-u"]).code, 0);
    assert_eq!(run_in(&dir, &["test", "."]).code, 0);
    // A test of an unknown rule is a load error (exit 2).
    std::fs::write(dir.join("x.test.yaml"), "rule: my.coverag\npass: [x]\n").expect("write");
    let out = run_in(&dir, &["test", "."]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("did you mean `my.coverage`?"),
        "{}",
        out.stderr
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn threshold(bounds: Bounds, warn: Option<Bounds>) -> ThresholdRule {
    ThresholdRule {
        indicator: "preschool-inclusive-coverage".into(),
        bounds,
        warn,
        measure: Measure::Value,
        unit: None,
        missing: RuleSeverity::Off,
    }
}

/// The generated boundary cases say what inclusive and exclusive bounds
/// mean: the engine is held against these.
#[test]
fn boundary_cases_follow_inclusive_and_exclusive_bounds() {
    let got = |t: &ThresholdRule| -> Vec<(String, Expect)> {
        boundary_cases(t)
            .into_iter()
            .map(|c| (dutycheck_vocab::format_number(c.value), c.expect))
            .collect()
    };
    let min = Bounds {
        min: Some(80.0),
        ..Bounds::default()
    };
    let warn = Bounds {
        min: Some(85.0),
        ..Bounds::default()
    };
    use Expect::*;
    assert_eq!(
        got(&threshold(min, Some(warn))),
        [
            ("79.99".into(), Fail),
            ("80".into(), Warn),
            ("80.01".into(), Warn),
            ("84.99".into(), Warn),
            ("85".into(), Pass),
            ("85.01".into(), Pass),
        ]
    );
    let above = Bounds {
        above: Some(0.0),
        ..Bounds::default()
    };
    assert_eq!(
        got(&threshold(above, None)),
        [
            ("-0.01".into(), Fail),
            ("0".into(), Fail),
            ("0.01".into(), Pass)
        ]
    );
    let range = Bounds {
        min: Some(40.0),
        below: Some(60.0),
        ..Bounds::default()
    };
    assert_eq!(
        got(&threshold(range, None)),
        [
            ("39.99".into(), Fail),
            ("40".into(), Pass),
            ("40.01".into(), Pass),
            ("59.99".into(), Pass),
            ("60".into(), Fail),
            ("60.01".into(), Fail),
        ]
    );
}

#[test]
fn config_overrides_and_rule_flags() {
    let dir = scratch("config");
    std::fs::write(
        dir.join("dutycheck.yaml"),
        "packs: [builtin:national-2020, builtin:case-quality]\nrules:\n  detail.case-has-results: {severity: error}\n  preschool.inclusive-coverage-2020:\n    threshold: {min: 90}\n    warn: {min: 95}\noverrides:\n  - files: [\"*shandong*\"]\n    rules:\n      structure.min-cases: off\n",
    )
    .expect("write");
    let out = run_in(&dir, &["check", &sample(), "--format", "json"]);
    assert_eq!(
        out.code, 1,
        "the stricter threshold fails cities: {}",
        out.stderr
    );
    let v = json(&out.stdout);
    let findings = v["findings"].as_array().expect("findings");
    let of = |id: &'static str| findings.iter().filter(move |f| f["rule"] == id);
    // 85.83% is now below the overridden 90%: an error at the figure.
    assert!(
        of("preschool.inclusive-coverage-2020")
            .any(|f| f["value"] == 85.83 && f["severity"] == "error"),
        "{findings:?}"
    );
    assert!(of("detail.case-has-results").all(|f| f["severity"] == "error"));
    assert_eq!(of("structure.min-cases").count(), 0, "off for this path");
    // Only the configured packs: no 2025 rules.
    let results = &v["reports"][0]["sections"][0]["results"];
    assert!(
        results.get("preschool.gross-enrollment-2025").is_none(),
        "{results}"
    );

    // Flags come last, and --filter keeps only matching ids.
    let out = run_in(
        &dir,
        &[
            "check",
            &sample(),
            "--format",
            "json",
            "--off",
            "preschool.inclusive-coverage-2020",
            "--filter",
            "^(preschool|detail)\\.",
            "--warning",
            "detail.case-has-results",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    let results = v["reports"][0]["sections"][0]["results"]
        .as_object()
        .expect("results");
    assert!(
        results
            .keys()
            .all(|k| k.starts_with("preschool.") || k.starts_with("detail.")),
        "{results:?}"
    );
    assert_eq!(
        results["preschool.inclusive-coverage-2020"],
        "not-applicable"
    );
    assert!(
        v["findings"]
            .as_array()
            .expect("f")
            .iter()
            .all(|f| f["severity"] != "error")
    );

    // --no-config ignores the file; --year chooses the 2025 pack.
    let out = run_in(
        &dir,
        &[
            "check",
            &sample(),
            "--format",
            "json",
            "--no-config",
            "--year",
            "2025",
        ],
    );
    let v = json(&out.stdout);
    let results = &v["reports"][0]["sections"][0]["results"];
    assert_eq!(
        results["preschool.inclusive-coverage-2020"],
        "not-applicable"
    );
    assert_ne!(
        results["preschool.inclusive-coverage-2025"],
        "not-applicable"
    );

    // --year reads the report as about that year, not only judges it so: a
    // 工作要点 titled 2024 that reviews 2023 (`2023年，…比上年下降2.9%`) was read
    // under its title's year, and the fall was another period's, unread.
    let plan = dir.join("yaodian.txt");
    std::fs::write(
        &plan,
        "青溪县教育局2024年工作要点\n一、2023年工作回顾\n2023年，全县一般公共预算教育支出4.63亿元，比上年下降2.9%。\n",
    )
    .expect("write");
    let plan = plan.to_str().unwrap_or_default();
    let growth = |args: &[&str]| {
        let out = run_in(&dir, args);
        json(&out.stdout)["reports"][0]["sections"][0]["results"]["finance.expenditure-growth"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        growth(&["check", plan, "--format", "json", "--no-config"]),
        "unread"
    );
    assert_eq!(
        growth(&[
            "check",
            plan,
            "--format",
            "json",
            "--no-config",
            "--year",
            "2023"
        ]),
        "fail"
    );

    // Unknown ids and conflicts are errors (exit 2) naming what is wrong.
    let out = run_in(
        &dir,
        &["check", &sample(), "--error", "detail.case-has-result"],
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("unknown rule `detail.case-has-result` given to --error"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("did you mean `detail.case-has-results`?")
    );
    let out = run_in(
        &dir,
        &[
            "check",
            &sample(),
            "--error",
            "structure.min-cases",
            "--off",
            "structure.min-cases",
        ],
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("is given both --off and --error"),
        "{}",
        out.stderr
    );
    let out = run_in(&dir, &["check", &sample(), "--filter", "("]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("invalid regex `(` given to --filter"),
        "{}",
        out.stderr
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn config_errors_are_located_and_reported_together() {
    let dir = scratch("badconfig");
    std::fs::write(
        dir.join("my.yaml"),
        "packs: [builtin:national-2021, missing/dir]\nyaer: 2025\nrules:\n  preschool.inclusive-coverage-2020: {threshold: {min: 90}, severty: error}\n  preschool.inclusive-coverage-2002: off\n",
    )
    .expect("write");
    let out = run_in(&dir, &["check", &sample(), "--config", "my.yaml"]);
    assert_eq!(out.code, 2);
    // One round: the file's own mistakes and the override that names no
    // rule (found only once the rules are loaded) together, in file order.
    insta::assert_snapshot!("config_errors", out.stderr);
    // Errors found when applying: unknown rule ids, threshold on a non-threshold rule.
    std::fs::write(
        dir.join("my.yaml"),
        "rules:\n  preschool.inclusive-coverage-2002: off\n  detail.case-has-results: {threshold: {min: 1}}\n",
    )
    .expect("write");
    let out = run_in(&dir, &["rules", "list", "--config", "my.yaml"]);
    assert_eq!(out.code, 2);
    insta::assert_snapshot!("config_apply_errors", out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}
