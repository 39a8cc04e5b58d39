//! `dutycheck` with plugins, end to end: `--plugin`, both isolation modes,
//! `plugins list|info`, rules that name plugin checks, and failures that
//! cost only the plugin's own findings.
//!
//! The plugin libraries are built by this test binary itself (a nested
//! `cargo build`, once), so `cargo test --workspace` works on a fresh clone.

mod support;

use support::*;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Builds the plugins and returns their paths: (growth-consistency, misbehave).
fn plugins() -> &'static (PathBuf, PathBuf) {
    static BUILT: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let out = Command::new(cargo)
            .args([
                "build",
                "--lib",
                "-p",
                "growth-consistency",
                "-p",
                "dutycheck-test-plugin",
            ])
            .args([
                "--message-format=json-render-diagnostics",
                "--manifest-path",
            ])
            .arg(root().join("Cargo.toml"))
            .output()
            .expect("cargo runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut found = (None, None);
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let Ok(m) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let lib = m["filenames"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f.as_str())
                .find(|f| f.ends_with(".so") || f.ends_with(".dylib") || f.ends_with(".dll"))
                .map(PathBuf::from);
            match m["target"]["name"].as_str() {
                Some("growth_consistency") => found.0 = lib.or(found.0),
                Some("dutycheck_test_plugin") => found.1 = lib.or(found.1),
                _ => {}
            }
        }
        (
            found.0.expect("growth-consistency built"),
            found.1.expect("test plugin built"),
        )
    })
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

#[test]
fn a_plugin_given_with_flag_runs_its_checks_in_both_isolation_modes() {
    let (growth, _) = plugins();
    let worker = dutycheck(&["check", SAMPLE, "--plugin", s(growth), "--format", "json"]);
    assert_eq!(
        worker.code, 0,
        "济南市 and 滨州市 are consistent\n{}",
        worker.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&worker.stdout).expect("json");
    let jinan = &v["reports"][0]["sections"][0];
    assert_eq!(jinan["name"], "济南市");
    assert_eq!(
        jinan["results"]["growth-consistency.growth"], "pass",
        "{jinan}"
    );
    let in_process = dutycheck(&[
        "check",
        SAMPLE,
        "--plugin",
        s(growth),
        "--plugin-isolation",
        "none",
        "--format",
        "json",
    ]);
    assert_eq!(in_process.code, 0, "{}", in_process.stderr);
    assert_eq!(
        worker.stdout, in_process.stdout,
        "both modes give the same result"
    );
}

#[test]
fn an_inconsistent_growth_figure_is_flagged() {
    let (growth, _) = plugins();
    let dir = tempdir("growth");
    let report = dir.join("r.txt");
    std::fs::write(
        &report,
        "2020年案例\n一、甲市\n1.一般公共预算教育支出2138084万元,比2019年增加275709万元,增长18.40%。\n",
    )
    .expect("write");
    let out = dutycheck(&[
        "check",
        s(&report),
        "--plugin",
        s(growth),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let flagged: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == "growth-consistency.growth")
        .collect();
    assert_eq!(flagged.len(), 1, "{}", out.stdout);
    assert_eq!(flagged[0]["line"], 3);
    assert_eq!(out.code, 1, "the plugin's finding is an error");
}

#[test]
fn plugins_info_and_list() {
    let (growth, _) = plugins();
    let info = dutycheck(&["plugins", "info", s(growth)]);
    assert_eq!(info.code, 0, "{}", info.stderr);
    assert!(
        info.stdout.contains("growth-consistency"),
        "{}",
        info.stdout
    );
    assert!(info.stdout.contains("growth"), "{}", info.stdout);
    let list = dutycheck(&["plugins", "list", "--plugin", s(growth)]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(
        list.stdout.contains("growth-consistency"),
        "{}",
        list.stdout
    );
    let none = dutycheck(&["plugins", "list", "--no-config"]);
    assert!(
        none.stdout.starts_with("no plugins loaded"),
        "{}",
        none.stdout
    );
}

#[test]
fn a_missing_plugin_costs_only_its_own_findings() {
    let out = dutycheck(&[
        "check",
        SAMPLE,
        "--plugin",
        "no/such/libplugin.so",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 2, "a plugin error is exit 2");
    assert!(
        out.stderr.contains("no/such/libplugin.so"),
        "{}",
        out.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("the run still printed");
    assert_eq!(
        v["reports"][0]["sections"].as_array().map(Vec::len),
        Some(16)
    );
    // A rule naming the missing plugin is not applicable; the rest still runs.
    let dir = tempdir("missing");
    let rules = dir.join("rules.yaml");
    std::fs::write(
        &rules,
        "- {id: t.growth, title: 增长, severity: error, plugin: growth-consistency/growth}\n\
         - {id: t.detail, title: 案例, severity: warning, scope: case, detail: {min_chars: 1, min_figures: 1}}\n",
    )
    .expect("write");
    let out = dutycheck(&[
        "check",
        SAMPLE,
        "--rules",
        s(&rules),
        "--plugin",
        "no/such/libgrowth.so",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("the run still printed");
    let jinan = &v["reports"][0]["sections"][0]["results"];
    assert_eq!(jinan["t.growth"], "not-applicable", "{jinan}");
    assert_eq!(jinan["t.detail"], "pass", "{jinan}");

    let info = dutycheck(&[
        "plugins",
        "info",
        "tests/fixtures/reports/shandong-2020-city-cases.txt",
    ]);
    assert_eq!(info.code, 2);
    assert!(
        info.stderr.contains("not a loadable shared library"),
        "{}",
        info.stderr
    );
}

#[test]
fn a_crashing_plugin_in_a_worker_is_reported_and_the_rest_is_kept() {
    let (_, misbehave) = plugins();
    let dir = tempdir("crash");
    let rules = dir.join("rules.yaml");
    std::fs::write(
        &rules,
        "- {id: t.abort, title: 崩溃, severity: error, scope: section, plugin: misbehave/abort}\n\
         - {id: t.ok, title: 正常, severity: warning, scope: section, plugin: misbehave/ok}\n\
         - {id: t.detail, title: 案例, severity: warning, scope: case, detail: {min_chars: 1, min_figures: 1}}\n",
    )
    .expect("write");
    let out = dutycheck(&[
        "check",
        SAMPLE,
        "--rules",
        s(&rules),
        "--plugin",
        s(misbehave),
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    // The error names the plugin, the check and the report.
    assert!(
        out.stderr.contains("misbehave")
            && out.stderr.contains("abort")
            && out.stderr.contains(SAMPLE),
        "{}",
        out.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let rules_seen: Vec<&str> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert!(
        rules_seen.contains(&"t.ok"),
        "the other check's findings are kept: {rules_seen:?}"
    );
    assert!(
        rules_seen.contains(&"t.detail"),
        "built-in rules still run: {rules_seen:?}"
    );
    assert!(
        rules_seen.contains(&"t.abort"),
        "the failure is a finding too: {rules_seen:?}"
    );
    // The error names its plugin once (it said "plugin plugin `…`").
    assert!(
        out.stderr.contains("error: plugin `misbehave` (") && !out.stderr.contains("plugin plugin"),
        "{}",
        out.stderr
    );
}

#[test]
fn in_parallel_each_report_runs_a_plugin_check_once() {
    // Reports are checked on several threads; a plugin's run for one report
    // must not be evicted by another thread's report and run again (which
    // would also report its failure twice).
    let (_, misbehave) = plugins();
    let (_scratch, dir, rules) = copies_and_rules(
        "parallel",
        6,
        "- {id: t.abort, title: 崩溃, severity: error, scope: section, plugin: misbehave/abort}\n",
    );
    let out = dutycheck(&[
        "check",
        "-j",
        "2",
        s(&dir),
        "--rules",
        s(&rules),
        "--plugin",
        s(misbehave),
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let failures = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == "t.abort")
        .count();
    assert_eq!(failures, 6, "one failure per report:\n{}", out.stdout);
    // Three crashes, then the plugin is disabled for the rest of the run
    // with one summary error (issue 13, item 7): four errors, none twice.
    assert_eq!(
        out.stderr.matches("error: plugin `misbehave`").count(),
        4,
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("SIGABRT").count(), 3, "{}", out.stderr);
    assert_eq!(
        out.stderr
            .matches("disabled for the rest of the run after 3 timeouts or crashes")
            .count(),
        1,
        "{}",
        out.stderr
    );
}

/// `copies` copies of the sample in a scratch directory `name/reports`,
/// and `rules` in `name/rules.yaml`; returns (the scratch directory, which
/// lives as long as the test holds it, reports dir, rules file).
fn copies_and_rules(name: &str, copies: usize, rules: &str) -> (Scratch, PathBuf, PathBuf) {
    let dir = tempdir(name);
    let reports = dir.join("reports");
    std::fs::create_dir_all(&reports).expect("mkdir");
    let sample = std::fs::read(root().join(SAMPLE)).expect("sample");
    for i in 0..copies {
        std::fs::write(reports.join(format!("r{i}.txt")), &sample).expect("write");
    }
    let path = dir.join("rules.yaml");
    std::fs::write(&path, rules).expect("write");
    (dir, reports, path)
}

/// Five copies of the sample, a hanging plugin check and a built-in rule.
fn hanging_run(name: &str) -> (Scratch, PathBuf, PathBuf) {
    copies_and_rules(
        name,
        5,
        "- {id: t.hang, title: 挂起, severity: error, scope: section, plugin: misbehave/hang}\n\
         - {id: t.detail, title: 案例, severity: warning, scope: case, detail: {min_chars: 1, min_figures: 1}}\n",
    )
}

/// What a run with a plugin that hangs on every report must show: three
/// timeouts, one "disabled" error, every report still checked by the other
/// rules, and each report saying what was not checked.
fn assert_disabled_after_three_timeouts(out: &Output, limit: &str) {
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(
        out.stderr
            .matches(&format!("no answer within {limit}"))
            .count(),
        3,
        "{}",
        out.stderr
    );
    assert_eq!(
        out.stderr
            .matches("disabled for the rest of the run")
            .count(),
        1,
        "{}",
        out.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let count = |rule: &str| {
        v["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["rule"] == rule)
            .count()
    };
    assert_eq!(count("t.hang"), 5, "each report says the check did not run");
    assert_eq!(v["reports"].as_array().map(Vec::len), Some(5));
    assert!(count("t.detail") > 0, "the other rules still ran");
}

#[test]
fn a_hanging_plugin_is_disabled_after_three_timeouts() {
    let (_, misbehave) = plugins();
    let (_scratch, dir, rules) = hanging_run("timeout-flag");
    let out = dutycheck(&[
        "check",
        "-j",
        "1",
        s(&dir),
        "--rules",
        s(&rules),
        "--plugin",
        s(misbehave),
        "--plugin-timeout",
        "1",
        "--format",
        "json",
    ]);
    assert_disabled_after_three_timeouts(&out, "1.0s");
}

#[test]
fn the_plugin_timeout_can_be_set_in_the_config() {
    let (_, misbehave) = plugins();
    let (_scratch, dir, rules) = hanging_run("timeout-config");
    let config = rules.with_file_name("dutycheck.yaml");
    std::fs::write(&config, "plugin_timeout: 1.5\n").expect("write");
    let out = dutycheck(&[
        "check",
        s(&dir),
        "--config",
        s(&config),
        "--rules",
        s(&rules),
        "--plugin",
        s(misbehave),
        "--format",
        "json",
    ]);
    assert_disabled_after_three_timeouts(&out, "1.5s");

    std::fs::write(&config, "plugin_timeout: 0\n").expect("write");
    let out = dutycheck(&["check", SAMPLE, "--config", s(&config)]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("dutycheck.yaml:1:17")
            && out
                .stderr
                .contains("`plugin_timeout` must be a number of seconds above 0"),
        "{}",
        out.stderr
    );
    let out = dutycheck(&["check", SAMPLE, "--plugin-timeout", "soon"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("--plugin-timeout")
            && out
                .stderr
                .contains("must be a number of seconds, found `soon`"),
        "{}",
        out.stderr
    );
}
