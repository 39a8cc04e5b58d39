//! The plugin host end to end: real plugins, a C plugin, and every failure
//! mode, in both isolation modes where the mode can survive it.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use dutycheck_host::{
    Document, HostOptions, Isolation, LoadedPlugin, PluginError, PluginErrorKind, PluginHost,
    WorkerCommand,
};
use dutycheck_model::Severity;
use serde_json::json;
use support::{built, report};

const MODES: [Isolation; 2] = [Isolation::Worker, Isolation::InProcess];

fn options(isolation: Isolation) -> HostOptions {
    HostOptions {
        isolation,
        timeout: Duration::from_secs(20),
        worker: Some(WorkerCommand::new(&built().worker, Vec::<String>::new())),
        ..HostOptions::default()
    }
}

fn rust(name: &str) -> &'static Path {
    &built().rust[name]
}

fn c(name: &str) -> &'static Path {
    &built().c[name]
}

fn load(path: &Path, isolation: Isolation) -> LoadedPlugin {
    LoadedPlugin::load(path, &options(isolation)).unwrap_or_else(|e| panic!("{e}"))
}

fn load_err(path: &Path, isolation: Isolation) -> PluginError {
    match LoadedPlugin::load(path, &options(isolation)) {
        Ok(p) => panic!("{} loaded but should not have", p.name()),
        Err(e) => e,
    }
}

fn misbehave(isolation: Isolation) -> LoadedPlugin {
    load(rust("dutycheck-test-plugin"), isolation)
}

/// Runs a check that must fail and checks that the error names the plugin,
/// the check and the report.
fn run_err(plugin: &LoadedPlugin, check: &str, options: serde_json::Value) -> PluginError {
    let e = plugin
        .run(check, &options, &report())
        .expect_err("the check should fail");
    let shown = e.to_string();
    assert!(
        shown.contains(&format!("plugin `{}`", plugin.name())),
        "{shown}"
    );
    assert!(shown.contains(&format!("check `{check}`")), "{shown}");
    assert!(shown.contains("report `reports/hand-made.txt`"), "{shown}");
    e
}

#[test]
fn real_plugins_load_and_describe_themselves() {
    for mode in MODES {
        for (name, checks) in [
            ("growth-consistency", &["growth", "growth-vs-last-year"][..]),
            ("part-whole", &["subtotal", "share", "rate-range"][..]),
            ("target-claims", &["implied-target", "case-evidence"][..]),
        ] {
            let p = load(rust(name), mode);
            assert_eq!(p.name(), name);
            assert_eq!(p.abi(), (1, 0));
            assert_eq!(p.isolation(), mode);
            let ids: Vec<&str> = p.manifest().checks.iter().map(|c| c.id.as_str()).collect();
            assert_eq!(ids, checks);
            assert_eq!(p.manifest().version, env!("CARGO_PKG_VERSION"));
        }
    }
}

#[test]
fn findings_are_mapped_to_lines_and_columns() {
    for mode in MODES {
        let p = misbehave(mode);
        let findings = p.run("ok", &json!(null), &report()).unwrap();
        assert_eq!(findings.len(), 2, "{findings:?}");
        let f = &findings[0];
        assert_eq!(f.rule, "misbehave/ok");
        assert_eq!(f.path, "reports/hand-made.txt");
        assert_eq!(f.section.as_deref(), Some("甲市"));
        assert_eq!(f.case, Some(1));
        // Span 0..2 of case 1 starts at its first segment, line 3 column 3.
        assert_eq!((f.line, f.column, f.length), (3, 3, 2));
        assert_eq!(
            f.severity,
            Severity::Warning,
            "the check's default severity"
        );
        assert_eq!(f.value, Some(2.0));
        let d = &findings[1];
        assert_eq!(
            (d.section.as_deref(), d.case, d.line, d.column),
            (None, None, 1, 1)
        );
        assert_eq!(d.severity, Severity::Info, "a finding's own severity wins");
        assert_eq!(d.message, "report 2020年测试报告");
    }
}

/// Wire 1.1: the request carries the run's merged catalog and the document
/// carries `claims[]`, in both modes. On the sample, 青岛市's
/// `实现“不低于”要求` and 济南市's `生均公用经费均高于省定标准` have no
/// figure in their case; 潍坊市's `到2024年…实现全覆盖` is a plan.
#[test]
fn plugins_see_the_catalog_and_the_claims() {
    let path = support::workspace().join("tests/fixtures/reports/shandong-2020-city-cases.txt");
    let doc = dutycheck_read::read_path(&path, &dutycheck_read::ReadOptions::default()).unwrap();
    let mut parsed = dutycheck_parse::parse(&doc).unwrap();
    let catalog = dutycheck_catalog::Catalog::bundled();
    dutycheck_extract::Extractor::new(&catalog).extract(&mut parsed);
    let view = dutycheck_host::catalog_view(&catalog);
    for mode in MODES {
        let p = load(rust("target-claims"), mode);
        let found = p
            .run_with_catalog("case-evidence", &json!({}), &parsed, Some(&view))
            .unwrap();
        let at: Vec<(Option<&str>, u32, u32)> = found
            .iter()
            .map(|f| (f.section.as_deref(), f.line, f.column))
            .collect();
        assert_eq!(
            at,
            [(Some("济南市"), 4, 18), (Some("青岛市"), 11, 49)],
            "{mode:?}: {found:#?}"
        );
        // Without the catalog (an older host), the check says what it lacks.
        assert!(p.run("case-evidence", &json!({}), &parsed).is_err());
    }
}

#[test]
fn real_plugins_agree_with_the_sample_in_both_modes() {
    let path = support::workspace().join("tests/fixtures/reports/shandong-2020-city-cases.txt");
    let doc = dutycheck_read::read_path(&path, &dutycheck_read::ReadOptions::default()).unwrap();
    let mut parsed = dutycheck_parse::parse(&doc).unwrap();
    dutycheck_extract::Extractor::new(&dutycheck_catalog::Catalog::bundled()).extract(&mut parsed);
    let jinan = &parsed.sections[0].cases[0];
    assert!(
        jinan.quantities.iter().any(|q| q.text == "14.80%"),
        "extraction found the figures"
    );
    for (plugin, check, quiet) in [
        ("growth-consistency", "growth", "济南市"),
        ("target-claims", "implied-target", "青岛市"),
        ("part-whole", "subtotal", "济南市"),
    ] {
        let mut results = Vec::new();
        for mode in MODES {
            let p = load(rust(plugin), mode);
            results.push(p.run(check, &json!({}), &parsed).unwrap());
        }
        assert_eq!(
            results[0], results[1],
            "both modes agree on {plugin}/{check}"
        );
        // 济南市's total, change and rate agree (275709 / 1862375 = 14.80%),
        // and 青岛市's "90%, 10 points above target" implies the real 80%.
        assert!(
            results[0]
                .iter()
                .all(|f| f.section.as_deref() != Some(quiet)),
            "{plugin}/{check} on {quiet}: {:?}",
            results[0]
        );
    }
    // Not vacuous: with the rate misstated, 济南市 is flagged.
    let rate = parsed.sections[0].cases[0]
        .quantities
        .iter_mut()
        .find(|q| q.text == "14.80%")
        .unwrap();
    rate.value = 18.4;
    rate.text = "18.40%".into();
    let p = load(rust("growth-consistency"), Isolation::InProcess);
    let f = p.run("growth", &json!({}), &parsed).unwrap();
    assert!(
        f.iter()
            .any(|f| f.section.as_deref() == Some("济南市") && f.line == 4),
        "{f:?}"
    );
}

#[test]
fn spans_crossing_a_line_wrap_underline_to_the_end_of_the_line() {
    // growth-consistency on a hand-made wrapped case: the finding starts on
    // line 3 and its underline stops where the line does.
    use dutycheck_model::{Qualifier, Quantity, QuantityKind, Segment};
    let mut r = report();
    let text = "支出100万元，比上年增加50万元，增长10%。";
    let q = |t: &str, v: f64, unit: &str, kind| {
        let start = text.find(t).map(|b| text[..b].chars().count()).unwrap();
        Quantity {
            text: t.into(),
            value: v,
            unit: unit.into(),
            kind,
            qualifier: Qualifier::Exact,
            line: 0,
            column: 0,
            start,
            end: start + t.chars().count(),
        }
    };
    let case = &mut r.sections[0].cases[0];
    case.text = text.into();
    case.quantities = vec![
        q("100万元", 1e6, "元", QuantityKind::Money),
        q("50万元", 5e5, "元", QuantityKind::Money),
        q("10%", 10.0, "%", QuantityKind::Percent),
    ];
    case.segments = vec![
        Segment {
            offset: 0,
            line: 3,
            column: 3,
        },
        Segment {
            offset: 8,
            line: 4,
            column: 1,
        },
    ];
    for mode in MODES {
        let p = load(rust("growth-consistency"), mode);
        let f = p.run("growth", &json!({}), &r).unwrap();
        assert_eq!(f.len(), 1, "50 / (100 − 50) = 100%, not 10%: {f:?}");
        // "100万元" starts at offset 2: line 3, column 5; the line holds
        // offsets 2..8, so 6 characters are underlined.
        assert_eq!((f[0].line, f[0].column, f[0].length), (3, 5, 6));
        assert_eq!(f[0].rule, "growth-consistency/growth");
        assert_eq!(f[0].severity, Severity::Error);
    }
}

#[test]
fn a_plugin_written_in_c_works_in_both_modes() {
    for mode in MODES {
        let p = load(c("minimal"), mode);
        assert_eq!(p.name(), "c-minimal");
        let f = p.run("placeholder", &json!({}), &report()).unwrap();
        assert_eq!(f.len(), 1, "case 2 has a masked figure: {f:?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].rule, "c-minimal/placeholder");
        let mut clean = report();
        clean.sections[0].cases.truncate(1);
        assert!(p.run("placeholder", &json!({}), &clean).unwrap().is_empty());
        assert!(p.validate_options("placeholder", &json!({"x": 1})).is_err());
    }
}

#[test]
fn a_missing_file_is_a_load_error() {
    for mode in MODES {
        let e = load_err(Path::new("/nonexistent/libnothing.so"), mode);
        assert!(
            matches!(e.kind, PluginErrorKind::Load(ref m) if m == "no such file"),
            "{e}"
        );
        assert_eq!(
            e.to_string(),
            "plugin `libnothing.so` (/nonexistent/libnothing.so): cannot load: no such file"
        );
    }
}

#[test]
fn a_file_that_is_not_a_library_is_a_load_error() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("libnot-a-library.so");
    std::fs::write(&path, "this is text, not ELF").unwrap();
    for mode in MODES {
        let e = load_err(&path, mode);
        assert!(
            e.to_string().contains("not a loadable shared library"),
            "{e}"
        );
    }
}

#[test]
fn a_library_without_the_entry_symbol_is_refused() {
    for mode in MODES {
        let e = load_err(c("no-entry"), mode);
        assert!(
            e.to_string()
                .contains("does not export `dutycheck_plugin_v1`"),
            "{e}"
        );
    }
}

#[test]
fn a_different_abi_major_is_refused_before_anything_is_called() {
    for mode in MODES {
        let e = load_err(c("abi2"), mode);
        assert!(e.to_string().contains("built for plugin ABI 2.0"), "{e}");
        assert!(e.to_string().contains("speaks ABI 1.0"), "{e}");
    }
}

#[test]
fn a_manifest_that_is_not_json_is_refused() {
    for mode in MODES {
        let e = load_err(c("bad-manifest"), mode);
        assert!(matches!(e.kind, PluginErrorKind::InvalidManifest(_)), "{e}");
        assert!(e.to_string().contains("not valid manifest JSON"), "{e}");
    }
}

#[test]
fn options_are_validated_against_the_plugins_schema() {
    for mode in MODES {
        let p = misbehave(mode);
        assert_eq!(p.validate_options("level", &json!({"level": 2})), Ok(()));
        assert_eq!(
            p.validate_options("level", &json!({"level": 7})),
            Err("`options.level` must be at most 3, not 7".into())
        );
        assert!(
            p.validate_options("level", &json!(null))
                .unwrap_err()
                .contains("lacks the required `level`")
        );
        assert!(
            p.validate_options("leve", &json!({}))
                .unwrap_err()
                .contains("did you mean `level`?")
        );
        let e = run_err(&p, "level", json!({"level": "high"}));
        assert!(matches!(e.kind, PluginErrorKind::InvalidOptions(_)), "{e}");
        assert!(
            e.to_string().contains("`options.level` must be an integer"),
            "{e}"
        );
        let ok = p.run("level", &json!({"level": 3}), &report()).unwrap();
        assert_eq!(ok[0].message, "level 3");
    }
}

#[test]
fn the_host_validates_rule_options_for_the_rules_crate() {
    use dutycheck_rules::PluginSchemas;
    let mut host = PluginHost::new(options(Isolation::InProcess));
    host.add(rust("growth-consistency")).unwrap();
    host.add(rust("dutycheck-test-plugin")).unwrap();
    assert_eq!(
        host.validate(
            "growth-consistency",
            "growth",
            &json!({"tolerance_percent_points": 0.05})
        ),
        Ok(())
    );
    assert!(
        host.validate("growth-consistency", "growth", &json!({"tolerance": 1}))
            .unwrap_err()
            .contains("is not an option")
    );
    assert!(
        host.validate("growth-consistncy", "growth", &json!({}))
            .unwrap_err()
            .contains("did you mean `growth-consistency`")
    );
    assert!(
        host.validate("growth-consistency", "nope", &json!({}))
            .unwrap_err()
            .contains("has no check `nope`")
    );
    let names: Vec<&str> = host.plugins().map(|p| p.name()).collect();
    assert_eq!(names, ["growth-consistency", "misbehave"]);
    let again = host.add(rust("growth-consistency")).unwrap_err();
    assert!(again.to_string().contains("already loaded"), "{again}");
}

#[test]
fn an_unknown_check_is_an_error() {
    for mode in MODES {
        let p = misbehave(mode);
        let e = run_err(&p, "no-such-check", json!({}));
        assert!(
            matches!(e.kind, PluginErrorKind::UnknownCheck { .. }),
            "{e}"
        );
        assert!(
            e.to_string().contains("the plugin has: ok, level, panic"),
            "{e}"
        );
    }
}

#[test]
fn a_panic_is_caught_and_the_plugin_keeps_working() {
    for mode in MODES {
        let p = misbehave(mode);
        let pid = p.worker_pid();
        let e = run_err(&p, "panic", json!({}));
        assert!(
            matches!(e.kind, PluginErrorKind::Panicked(ref m) if m.contains("deliberate panic in `panic`")),
            "{e}"
        );
        assert_eq!(p.run("ok", &json!({}), &report()).unwrap().len(), 2);
        assert_eq!(
            p.worker_pid(),
            pid,
            "a caught panic does not cost the worker"
        );
    }
}

#[test]
fn an_abort_kills_only_the_worker_which_is_respawned() {
    let p = misbehave(Isolation::Worker);
    let first = p.worker_pid().expect("a worker runs");
    let e = run_err(&p, "abort", json!({}));
    assert!(matches!(e.kind, PluginErrorKind::Crashed(_)), "{e}");
    #[cfg(unix)]
    assert!(e.to_string().contains("SIGABRT"), "{e}");
    assert_eq!(p.worker_pid(), None, "the dead worker is gone");
    assert_eq!(p.run("ok", &json!({}), &report()).unwrap().len(), 2);
    let second = p.worker_pid().expect("a new worker runs");
    assert_ne!(first, second);
}

#[test]
fn a_segfault_kills_only_the_worker() {
    let p = load(c("broken"), Isolation::Worker);
    let e = run_err(&p, "segfault", json!({}));
    #[cfg(unix)]
    assert!(e.to_string().contains("SIGSEGV"), "{e}");
    assert!(matches!(e.kind, PluginErrorKind::Crashed(_)), "{e}");
    assert!(p.run("fine", &json!({}), &report()).unwrap().is_empty());
}

#[test]
fn a_hang_is_stopped_at_the_time_limit() {
    let mut opts = options(Isolation::Worker);
    opts.timeout = Duration::from_millis(800);
    let p = LoadedPlugin::load(rust("dutycheck-test-plugin"), &opts).unwrap();
    let started = std::time::Instant::now();
    let e = run_err(&p, "hang", json!({}));
    assert!(matches!(e.kind, PluginErrorKind::TimedOut(_)), "{e}");
    assert!(e.to_string().contains("no answer within 0.8s"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(
        p.run("ok", &json!({}), &report()).unwrap().len(),
        2,
        "a new worker answers"
    );
}

#[test]
fn invalid_json_and_unknown_statuses_are_invalid_output() {
    for mode in MODES {
        let p = load(c("broken"), mode);
        let e = run_err(&p, "invalid-json", json!({}));
        assert!(
            matches!(e.kind, PluginErrorKind::InvalidOutput(ref m) if m.contains("not valid findings JSON")),
            "{e}"
        );
        let e = run_err(&p, "bad-status", json!({}));
        assert!(
            e.to_string().contains("unknown status 42: what is 42?"),
            "{e}"
        );
    }
}

#[test]
fn findings_outside_the_document_are_refused() {
    for mode in MODES {
        let p = misbehave(mode);
        let e = run_err(&p, "outside-span", json!({}));
        assert!(matches!(e.kind, PluginErrorKind::OutsideDocument(_)), "{e}");
        assert!(
            e.to_string()
                .contains("span 0..20 in case 1 of `甲市`, whose text has 15 characters"),
            "{e}"
        );
        let e = run_err(&p, "outside-case", json!({}));
        assert!(
            e.to_string()
                .contains("case index 99 in section 0 (`甲市`), which has 2 cases"),
            "{e}"
        );
    }
}

#[test]
fn a_plugin_printing_to_stdout_does_not_break_the_worker_protocol() {
    let p = misbehave(Isolation::Worker);
    for _ in 0..3 {
        assert_eq!(p.run("print", &json!({}), &report()).unwrap().len(), 2);
    }
}

#[test]
fn one_document_serves_many_checks_and_reports() {
    let p = misbehave(Isolation::Worker);
    let r1 = report();
    let mut r2 = report();
    r2.title = "另一份报告".into();
    let d1 = Document::new(&r1).unwrap();
    let d2 = Document::new(&r2).unwrap();
    for _ in 0..2 {
        let a = p.run_document("ok", &json!({}), &d1, None).unwrap();
        assert_eq!(a[1].message, "report 2020年测试报告");
        let b = p.run_document("ok", &json!({}), &d2, None).unwrap();
        assert_eq!(
            b[1].message, "report 另一份报告",
            "the worker must not reuse the wrong document"
        );
    }
}

#[test]
fn other_results_are_kept_when_a_plugin_fails_during_evaluation() {
    let mut host = PluginHost::new(options(Isolation::Worker));
    host.add(rust("dutycheck-test-plugin")).unwrap();
    let catalog = dutycheck_catalog::Catalog::bundled();
    let rules = "- id: t.ok\n  title: ok\n  severity: warning\n  scope: case\n  plugin: misbehave/ok\n\
                 - id: t.abort\n  title: abort\n  severity: error\n  scope: document\n  plugin: misbehave/abort\n\
                 - id: t.level\n  title: level\n  severity: info\n  scope: document\n  plugin: misbehave/level\n  options: { level: 2 }\n";
    let rules = dutycheck_rules::Loader::new(&catalog)
        .sources(&[("custom.yaml", rules)])
        .plugins(&host)
        .load()
        .unwrap_or_else(|d| panic!("{d:?}"));
    let eval =
        dutycheck_engine::evaluate_with(&report(), &rules, &catalog, &Default::default(), &host);
    let by_rule = |id: &str| {
        eval.findings
            .iter()
            .filter(|f| f.rule == id)
            .collect::<Vec<_>>()
    };
    // The case finding, and the report finding that a case-scope rule has
    // no cell for, attached to the report (it used to be dropped).
    let ok = by_rule("t.ok");
    assert_eq!(ok.len(), 2, "{:?}", eval.findings);
    assert_eq!(ok[0].case, None, "sorted by line: the report's first");
    assert_eq!(ok[0].message, "report 2020年测试报告");
    assert_eq!(ok[1].case, Some(1));
    assert_eq!(by_rule("t.level").len(), 1);
    let abort = by_rule("t.abort");
    assert_eq!(abort.len(), 1);
    assert_eq!(abort[0].severity, Severity::Error);
    assert!(
        abort[0].message.contains("plugin `misbehave`"),
        "{}",
        abort[0].message
    );
    assert!(
        abort[0].message.contains("check `abort`"),
        "{}",
        abort[0].message
    );
    assert!(
        abort[0].message.contains("report `reports/hand-made.txt`"),
        "{}",
        abort[0].message
    );
    let errors = host.take_errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        eval.sections[0].results["t.ok"],
        dutycheck_model::Status::Fail
    );
}

#[test]
fn rule_options_failing_the_schema_are_rule_errors() {
    let mut host = PluginHost::new(options(Isolation::InProcess));
    host.add(rust("dutycheck-test-plugin")).unwrap();
    let catalog = dutycheck_catalog::Catalog::bundled();
    let rules = "id: t.level\ntitle: level\nseverity: info\nscope: document\nplugin: misbehave/level\noptions: { level: 9 }\n";
    let errors = dutycheck_rules::Loader::new(&catalog)
        .sources(&[("custom.yaml", rules)])
        .plugins(&host)
        .load()
        .expect_err("level 9 is out of range");
    let shown: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
    assert!(
        shown.iter().any(|s| s.contains("must be at most 3")),
        "{shown:?}"
    );
}

#[test]
fn plugins_list_and_info_describe_checks_and_schemas() {
    use dutycheck_host::describe;
    let mut host = PluginHost::new(options(Isolation::Worker));
    assert!(describe::list(host.plugins()).starts_with("no plugins loaded"));
    host.add(rust("growth-consistency")).unwrap();
    host.add(c("minimal")).unwrap();
    let list = describe::list(host.plugins());
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 5, "{list}");
    assert!(
        lines[0].starts_with(&format!(
            "growth-consistency {} (ABI 1.0, worker)  ",
            env!("CARGO_PKG_VERSION")
        )),
        "{list}"
    );
    assert!(
        lines[1].starts_with("  growth-consistency/growth  error  "),
        "{list}"
    );
    assert!(
        lines[2].starts_with("  growth-consistency/growth-vs-last-year  warning  "),
        "{list}"
    );
    assert!(
        lines[3].starts_with("c-minimal 0.1.0 (ABI 1.0, worker)"),
        "{list}"
    );
    assert!(
        lines[4].starts_with("  c-minimal/placeholder  warning  "),
        "{list}"
    );
    let info = describe::info(host.get("growth-consistency").unwrap());
    assert!(
        info.contains("check growth-consistency/growth (default severity: error)"),
        "{info}"
    );
    assert!(info.contains("\"tolerance_percent_points\": {"), "{info}");
    assert!(
        info.contains("in a rule:  plugin: growth-consistency/growth"),
        "{info}"
    );
}

#[test]
fn the_worker_loads_only_the_path_it_is_given() {
    // A bare name means a file in the current directory, never a search of
    // the system library path: here there is no such file, so the worker
    // reports "no such file" in its hello and exits with 3.
    use std::io::Write;
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let mut worker = std::process::Command::new(&built().worker)
        .arg("libc.so.6")
        .current_dir(&dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The host's greeting: a frame of `H` and the hello's nonce.
    let mut greeting = 9u32.to_le_bytes().to_vec();
    greeting.push(b'H');
    greeting.extend_from_slice(&7u64.to_le_bytes());
    worker.stdin.take().unwrap().write_all(&greeting).unwrap();
    let out = worker.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("NotFound"), "{text}");
}

/// Runs the real `dutycheck` on the sample with one plugin, in-process, and
/// a rule for one of its checks.
fn dutycheck_in_process(plugin: &Path, check: &str) -> std::process::Output {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("exit-{check}"));
    std::fs::create_dir_all(&dir).unwrap();
    let rules = dir.join("rules.yaml");
    std::fs::write(
        &rules,
        format!("- {{id: t.plugin, title: 插件, severity: error, plugin: {check}}}\n"),
    )
    .unwrap();
    let output = dir.join("out.json");
    std::process::Command::new(support::dutycheck())
        .current_dir(support::workspace())
        .args([
            "check",
            "tests/fixtures/reports/shandong-2020-city-cases.txt",
        ])
        .args(["--plugin-isolation", "none", "--format", "json", "--output"])
        .arg(&output)
        .arg("--rules")
        .arg(&rules)
        .arg("--plugin")
        .arg(plugin)
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn an_in_process_plugin_calling_exit_ends_the_run_with_code_2_and_says_which() {
    // In a check: the run must not end "successfully" (issue 13, item 2).
    for (plugin, check) in [
        (c("exits"), "exits/exit"),
        (rust("dutycheck-test-plugin"), "misbehave/exit"),
    ] {
        let out = dutycheck_in_process(plugin, check);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{check}: {stderr}");
        let (name, id) = check.split_once('/').unwrap();
        assert!(
            stderr.contains(&format!("while running plugin `{name}`"))
                && stderr.contains(&format!("check `{id}`"))
                && stderr.contains("shandong-2020-city-cases.txt"),
            "names the plugin, check and report: {stderr}"
        );
    }
    // In a library constructor, before the host has read anything.
    let out = dutycheck_in_process(c("exits-on-load"), "exits/exit");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("while loading the plugin library") && stderr.contains("libexits-on-load"),
        "names the library being loaded: {stderr}"
    );
}

#[test]
fn in_a_worker_a_plugin_calling_exit_is_a_crash_of_the_worker() {
    let p = misbehave(Isolation::Worker);
    let e = run_err(&p, "exit", json!({}));
    assert!(
        matches!(e.kind, PluginErrorKind::Crashed(ref m) if m.contains("exited with code 0")),
        "{e}"
    );
    let e = load_err(c("exits-on-load"), Isolation::Worker);
    assert!(e.to_string().contains("exited with code 0"), "{e}");
}

#[test]
fn a_500_mb_answer_is_refused_naming_the_limit() {
    for mode in MODES {
        let p = load(c("broken"), mode);
        let e = run_err(&p, "huge-answer", json!({}));
        let shown = e.to_string();
        assert!(
            matches!(e.kind, PluginErrorKind::InvalidOutput(_))
                && shown.contains("its answer is 500000000 bytes")
                && shown.contains("the limit of 67108864 bytes (64 MiB) for one plugin answer"),
            "{mode:?}: {shown}"
        );
        assert!(
            p.run("fine", &json!({}), &report()).unwrap().is_empty(),
            "the plugin keeps working"
        );
    }
}

#[test]
fn plugin_errors_name_the_plugin_once() {
    let p = misbehave(Isolation::Worker);
    let e = run_err(&p, "panic", json!({}));
    let shown = e.to_string();
    assert!(shown.starts_with("plugin `misbehave` ("), "{shown}");
    assert_eq!(shown.matches("plugin `").count(), 1, "{shown}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_forged_answer_is_rejected_and_later_answers_are_not_shifted() {
    let p = misbehave(Isolation::Worker);
    let e = run_err(&p, "forge", json!({}));
    assert!(matches!(e.kind, PluginErrorKind::Forged), "{e}");
    assert!(e.to_string().contains("nonce"), "{e}");
    // The next call gets its own answer, not the forged one's successor.
    for _ in 0..2 {
        let findings = p.run("ok", &json!({}), &report()).unwrap();
        assert_eq!(findings.len(), 2, "{findings:?}");
    }
}

/// Whether process `pid` has ended (gone, or a zombie nobody reaped yet).
/// A process whose thread group leader is a zombie while its other threads
/// are still exiting (an abort from a background thread) has not: the
/// parent cannot reap it yet, and a call sent then met the death inside
/// the call (a flaky `Crashed` for the next report). So every thread must
/// be gone but the leader.
#[cfg(target_os = "linux")]
fn ended(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => {
            let zombie = stat
                .rsplit_once(')')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with(['Z', 'X']));
            let threads =
                std::fs::read_dir(format!("/proc/{pid}/task")).map_or(0, |tasks| tasks.count());
            zombie && threads <= 1
        }
    }
}

#[cfg(target_os = "linux")]
fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "timed out: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_crash_between_calls_is_not_blamed_on_the_next_report() {
    let p = misbehave(Isolation::Worker);
    assert_eq!(
        p.run("crash-later", &json!({}), &report()).unwrap().len(),
        2
    );
    let pid = p.worker_pid().expect("a worker runs");
    wait_until("the worker's background thread aborts", || ended(pid));
    // The next report's call goes to a fresh worker and succeeds.
    let findings = p.run("ok", &json!({}), &report()).unwrap();
    assert_eq!(findings.len(), 2, "{findings:?}");
    assert_ne!(p.worker_pid(), Some(pid));
    // The crash is reported, as between calls, naming no check or report.
    let incidents = p.take_incidents();
    assert_eq!(incidents.len(), 1, "{incidents:?}");
    let e = &incidents[0];
    assert!(matches!(e.kind, PluginErrorKind::BetweenCalls(_)), "{e}");
    assert_eq!((e.check.as_deref(), e.report.as_deref()), (None, None));
    let shown = e.to_string();
    assert!(
        shown.contains("between calls (no check was running)") && shown.contains("SIGABRT"),
        "{shown}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_child_the_plugin_forks_does_not_outlive_the_host() {
    // Dropped normally.
    let p = misbehave(Isolation::Worker);
    let findings = p.run("fork", &json!({}), &report()).unwrap();
    let child = findings[0].value.expect("the child's pid") as u32;
    assert!(!ended(child), "the child runs while the worker does");
    drop(p);
    wait_until("the forked child ends with the worker", || ended(child));
    // Killed at the time limit.
    let mut opts = options(Isolation::Worker);
    opts.timeout = Duration::from_millis(500);
    let p = LoadedPlugin::load(rust("dutycheck-test-plugin"), &opts).unwrap();
    let child = p.run("fork", &json!({}), &report()).unwrap()[0]
        .value
        .expect("the child's pid") as u32;
    let e = run_err(&p, "hang", json!({}));
    assert!(matches!(e.kind, PluginErrorKind::TimedOut(_)), "{e}");
    wait_until("the forked child ends with the stopped worker", || {
        ended(child)
    });
}

#[test]
fn a_plugin_that_keeps_timing_out_is_disabled_after_three_failures() {
    let mut opts = options(Isolation::Worker);
    opts.timeout = Duration::from_millis(300);
    let p = LoadedPlugin::load(rust("dutycheck-test-plugin"), &opts).unwrap();
    for _ in 0..3 {
        let e = run_err(&p, "hang", json!({}));
        assert!(matches!(e.kind, PluginErrorKind::TimedOut(_)), "{e}");
    }
    assert!(p.disabled());
    assert!(p.take_disabled_notice(), "reported once");
    assert!(!p.take_disabled_notice(), "and only once");
    // Every later call, of any check, is refused at once.
    for check in ["hang", "ok"] {
        let e = run_err(&p, check, json!({}));
        assert!(
            matches!(e.kind, PluginErrorKind::Disabled { failures: 3 }),
            "{e}"
        );
        assert!(
            e.to_string().contains("disabled for the rest of the run"),
            "{e}"
        );
    }
    // In-process plugins cannot time out or crash survivably: never disabled.
    assert!(!misbehave(Isolation::InProcess).disabled());
}

/// Evaluates the hand-made report with the given rules and plugins.
fn evaluate(plugins: &[&Path], rules: &str) -> dutycheck_engine::Evaluation {
    let mut host = PluginHost::new(options(Isolation::Worker));
    for plugin in plugins {
        host.add(plugin).unwrap();
    }
    let catalog = dutycheck_catalog::Catalog::bundled();
    let rules = dutycheck_rules::Loader::new(&catalog)
        .sources(&[("custom.yaml", rules)])
        .plugins(&host)
        .load()
        .unwrap_or_else(|d| panic!("{d:?}"));
    let eval =
        dutycheck_engine::evaluate_with(&report(), &rules, &catalog, &Default::default(), &host);
    assert!(host.take_errors().is_empty());
    eval
}

#[test]
fn a_report_finding_of_a_section_scope_plugin_rule_is_kept() {
    // The bundled C example flags the report as a whole. Loaded with
    // --plugin it runs as a section-scope rule, which has no cell for a
    // finding about the report: it used to be dropped, with every cell
    // `pass` (issue 13, item 1).
    let eval = evaluate(
        &[c("minimal")],
        "- {id: t.placeholder, title: 占位符, severity: warning, scope: section, plugin: c-minimal/placeholder}\n",
    );
    let found: Vec<_> = eval
        .findings
        .iter()
        .filter(|f| f.rule == "t.placeholder")
        .collect();
    assert_eq!(found.len(), 1, "{:?}", eval.findings);
    assert!(found[0].message.contains("template placeholders"));
    assert_eq!((found[0].section.as_deref(), found[0].line), (None, 1));
    assert_eq!(found[0].severity, Severity::Warning);
}

#[test]
fn a_section_finding_of_a_case_scope_plugin_rule_fails_its_section() {
    let eval = evaluate(
        &[rust("dutycheck-test-plugin")],
        "- {id: t.section, title: 段, severity: error, scope: case, plugin: misbehave/section-only}\n",
    );
    let found: Vec<_> = eval
        .findings
        .iter()
        .filter(|f| f.rule == "t.section")
        .collect();
    assert_eq!(found.len(), 1, "{:?}", eval.findings);
    assert_eq!(found[0].section.as_deref(), Some("甲市"));
    assert_eq!(found[0].case, None);
    assert_eq!(
        eval.sections[0].results["t.section"],
        dutycheck_model::Status::Fail,
        "a cell with a finding is never pass"
    );
}

#[test]
fn the_c_example_reports_its_finding_when_loaded_with_the_plugin_flag() {
    // End to end, as a user runs it: no rule names the plugin, so it runs
    // under its default rule.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("c-example");
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("placeholders.txt");
    std::fs::write(
        &report,
        "某市2020年履行教育职责自评报告\n一、甲市\n1.新建学校10所，学位增长*%。\n2.教师培训覆盖率达到****。\n",
    )
    .unwrap();
    let out = std::process::Command::new(support::dutycheck())
        .args(["check", "--format", "json", "--plugin"])
        .arg(c("minimal"))
        .arg(&report)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let found: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("template placeholders"))
        })
        .collect();
    assert_eq!(found.len(), 1, "{stdout}");
}
