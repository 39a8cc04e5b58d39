//! The CI and reviewer formats on a hand-built run that has everything a run
//! can have: findings of every severity, a waived finding, expired and
//! unused waivers, a baseline, an unreadable report, and report text full of
//! markup (`<script>`, quotes, `&`, `|`, `%`, line breaks) that every format
//! must escape. The sample report's snapshots are in crates/cli/tests.

use std::collections::BTreeMap;

use dutycheck_model::{
    BaselineComparison, CheckRun, Finding, FixedFinding, ReportResult, SectionResult,
    SectionStatus, Severity, Status, WaivedFinding, WaiverNote, WaiverNoteKind, WaiverRef,
};
use dutycheck_render::{
    Input, Measured, RuleInfo, Sources, ThresholdInfo, Values, check_github, check_html,
    check_junit, check_markdown, check_sarif,
};

const PATH: &str = "reports/evil <b>&\"report\".txt";
const SOURCE: &str = "2021年<script>alert('x')</script>报告\n（一）东河县<i>\n1、普惠性幼儿园覆盖率达76%，公办率48%|<b>粗</b>。\n";

fn finding(rule: &str, severity: Severity, line: u32, column: u32, message: &str) -> Finding {
    Finding {
        rule: rule.into(),
        severity,
        path: PATH.into(),
        section: Some("东河县<i>".into()),
        case: Some(1),
        line,
        column,
        length: 3,
        message: message.into(),
        indicator: None,
        value: None,
    }
}

fn run() -> CheckRun {
    let mut results = BTreeMap::new();
    results.insert("coverage".to_string(), Status::Fail);
    results.insert("share".to_string(), Status::Fail);
    results.insert("detail".to_string(), Status::Pass);
    results.insert("later".to_string(), Status::NotApplicable);
    let report = ReportResult {
        path: PATH.into(),
        title: "2021年<script>alert('x')</script>报告".into(),
        year: Some(2021),
        error: None,
        sections: vec![SectionResult {
            name: "东河县<i>".into(),
            status: SectionStatus::Fail,
            notes: Vec::new(),
            results: results.into_iter().collect(),
        }],
    };
    let broken = ReportResult {
        path: "reports/empty.txt".into(),
        title: String::new(),
        year: None,
        error: Some("the file is empty <nothing>".into()),
        sections: vec![],
    };
    let mut coverage = finding(
        "coverage",
        Severity::Error,
        3,
        13,
        "东河县<i>普惠性幼儿园覆盖率为76%，低于80%的目标\n<script>x</script>",
    );
    coverage.indicator = Some("preschool-inclusive-coverage".into());
    coverage.value = Some(76.0);
    let mut run = CheckRun::new(
        vec![report, broken],
        vec![
            coverage,
            finding("detail", Severity::Info, 3, 1, "a|b, c: 100% \"quoted\""),
            finding("plugin/check", Severity::Warning, 2, 1, "from a plugin"),
        ],
    );
    run.waived.push(WaivedFinding {
        finding: finding("share", Severity::Error, 3, 20, "公办率48%<b>"),
        waiver: WaiverRef {
            reason: "新园开园 <soon> & \"later\"".into(),
            approver: "王<b>局长".into(),
            expires: "2099-12-31".into(),
            origin: "waivers.yaml:2:5".into(),
        },
    });
    run.waiver_notes.push(WaiverNote {
        kind: WaiverNoteKind::Unused,
        origin: "waivers.yaml:9:5".into(),
        rule: "detail".into(),
        section: "西山区".into(),
        message: "matched <no> finding".into(),
    });
    run.baseline = Some(BaselineComparison {
        path: "last-year.json".into(),
        new: 3,
        unchanged: 1,
        fixed: vec![FixedFinding {
            fingerprint: "0123456789abcdef:1".into(),
            rule: "coverage".into(),
            path: PATH.into(),
            section: Some("西山区".into()),
            case: None,
            message: "fixed <em>now</em>".into(),
        }],
    });
    run
}

fn rules() -> Vec<RuleInfo> {
    vec![
        RuleInfo {
            id: "coverage".into(),
            title: "普惠性幼儿园覆盖率达到80% <script>".into(),
            description: Some("Why: <because>".into()),
            references: vec!["第三期学前教育行动计划 & <2017>".into()],
            severity: Some(Severity::Error),
            kind: "threshold".into(),
            tags: vec!["preschool".into()],
            threshold: Some(ThresholdInfo {
                indicator: "preschool-inclusive-coverage".into(),
                name: "普惠性幼儿园覆盖率<x>".into(),
                measure: "value".into(),
                unit: "%".into(),
                min: Some(80.0),
                max: None,
            }),
            help_uri: Some(dutycheck_render::help_uri("coverage", true)),
        },
        RuleInfo {
            id: "later".into(),
            title: "off rule".into(),
            severity: None,
            kind: "detail".into(),
            ..RuleInfo::default()
        },
    ]
}

fn with_input<T>(f: impl FnOnce(&Input<'_>) -> T) -> T {
    let run = run();
    let mut sources = Sources::new();
    sources.insert(PATH.into(), SOURCE.into());
    let rules = rules();
    let mut values = Values::new();
    values
        .entry(PATH.into())
        .or_default()
        .entry("coverage".into())
        .or_default()
        .insert("东河县<i>".into(), Measured::exact(76.0));
    f(&Input {
        run: &run,
        sources: &sources,
        rules: &rules,
        values: &values,
    })
}

fn schema(name: &str) -> serde_json::Value {
    let path = format!("{}/tests/sarif-schema/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Validates a SARIF log against the vendored schema; returns the errors.
pub fn sarif_errors(log: &serde_json::Value) -> Vec<String> {
    let mut errors = Vec::new();
    let name = "sarif-2.1.0.json";
    {
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema(name))
            .unwrap_or_else(|e| panic!("{name} is a valid schema: {e}"));
        errors.extend(
            validator
                .iter_errors(log)
                .map(|e| format!("{name}: {} at {}", e, e.instance_path())),
        );
    }
    errors
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let text = with_input(check_sarif);
    let log: serde_json::Value = serde_json::from_str(&text).expect("SARIF is JSON");
    let errors = sarif_errors(&log);
    assert!(errors.is_empty(), "{errors:#?}\n{text}");

    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    // Every rule described, including ids only a finding or the matrix names.
    assert_eq!(
        ids,
        ["coverage", "detail", "later", "plugin/check", "share"]
    );
    let coverage = &rules[0];
    assert_eq!(
        coverage["shortDescription"]["text"],
        "普惠性幼儿园覆盖率达到80% <script>"
    );
    assert_eq!(coverage["fullDescription"]["text"], "Why: <because>");
    assert_eq!(coverage["defaultConfiguration"]["level"], "error");
    assert_eq!(
        coverage["properties"]["references"][0],
        "第三期学前教育行动计划 & <2017>"
    );
    assert_eq!(rules[2]["defaultConfiguration"]["enabled"], false);

    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 4, "three findings and one waived");
    let first = &results[0];
    assert_eq!(first["ruleId"], "plugin/check");
    assert_eq!(first["ruleIndex"], 3);
    assert_eq!(first["level"], "warning");
    let cov = results
        .iter()
        .find(|r| r["ruleId"] == "coverage")
        .expect("coverage");
    let loc = &cov["locations"][0];
    assert_eq!(loc["physicalLocation"]["region"]["startLine"], 3);
    assert_eq!(loc["physicalLocation"]["region"]["startColumn"], 13);
    assert_eq!(loc["physicalLocation"]["region"]["endColumn"], 16);
    assert_eq!(loc["physicalLocation"]["region"]["snippet"]["text"], "76%");
    assert_eq!(
        loc["logicalLocations"][1]["fullyQualifiedName"],
        "东河县<i>/案例 1"
    );
    assert!(
        cov["partialFingerprints"]["dutycheck/v1"]
            .as_str()
            .is_some_and(|f| f.len() == 18)
    );
    let info = results
        .iter()
        .find(|r| r["ruleId"] == "detail")
        .expect("detail");
    assert_eq!(info["level"], "note");
    let waived = results
        .iter()
        .find(|r| r["ruleId"] == "share")
        .expect("waived");
    assert_eq!(waived["suppressions"][0]["kind"], "external");
    assert!(waived.get("baselineState").is_none());
    assert_eq!(cov["baselineState"], "new");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    assert_eq!(
        run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "the unreadable report and the unused waiver"
    );
}

#[test]
fn a_broken_sarif_log_fails_the_schema() {
    // The validation itself must be able to fail: a level SARIF does not
    // know and a missing message are caught.
    let text = with_input(check_sarif);
    let mut log: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!sarif_errors(&log).is_empty());
    let mut log: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    if let Some(r) = log["runs"][0]["results"][0].as_object_mut() {
        r.remove("message");
    }
    assert!(!sarif_errors(&log).is_empty());
}

#[test]
fn html_escapes_everything_and_loads_nothing() {
    let html = with_input(check_html);
    for raw in [
        "<script",
        "<b>&",
        "<b>粗",
        "王<b>",
        "48%<b>",
        "<i>",
        "<em>",
        "<soon>",
        "<because>",
        "<nothing>",
        "<x>",
    ] {
        assert!(!html.contains(raw), "unescaped `{raw}` in the HTML");
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("王&lt;b&gt;局长"));
    // The span is marked inside the escaped line.
    assert!(
        html.contains("覆盖率达<mark>76%</mark>，公办率48%|&lt;b&gt;粗&lt;/b&gt;。"),
        "{html}"
    );
    // Self-contained: no scripts, no external resources of any kind.
    for external in ["src=", "href=", "@import", "url(", "http://", "https://"] {
        let allowed = external == "http://"
            && html.matches(external).count() == html.matches("http://www.w3.org/2000/svg").count();
        assert!(
            allowed || !html.contains(external),
            "`{external}` in the HTML"
        );
    }
    assert!(html.contains("Content-Security-Policy"));
    // The chart: a bar for the section, the target line labelled 80%.
    assert!(html.contains("<svg"), "no chart");
    assert!(html.contains(">80%</text>"), "no target label");
    assert!(html.contains(">76%</text>"), "no value label");
    // A rule not applicable to any section is named, not drawn as a row.
    assert!(html.contains("Not applicable to this report"));
    assert!(html.contains("matched &lt;no&gt; finding"));
    assert!(html.contains("fixed &lt;em&gt;now&lt;/em&gt;"));
    assert!(html.contains("the file is empty &lt;nothing&gt;"));
}

#[test]
fn junit_is_well_formed_and_counts() {
    // Every cell (`--junit-skipped include`).
    let xml = with_input(|input| {
        dutycheck_render::render_run(
            dutycheck_render::Format::Junit,
            input.run,
            input.sources,
            input.rules,
            input.values,
            dutycheck_render::RenderOptions {
                junit_skipped: true,
                ..Default::default()
            },
        )
    });
    assert!(!xml.contains("<script") && !xml.contains("<b>") && !xml.contains("<i>"));
    // Crude well-formedness: every opened element is closed, in order.
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml.as_str();
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map(|e| start + e)
            .expect("tag closes");
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.ends_with('/') {
            continue;
        }
        let name = tag.split_whitespace().next().unwrap_or("").to_string();
        if let Some(closing) = name.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(closing), "{xml}");
        } else {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert!(
        xml.contains(
            "<testsuites name=\"dutycheck\" tests=\"6\" failures=\"2\" errors=\"1\" skipped=\"2\">"
        ),
        "{xml}"
    );
    assert!(
        xml.contains("<skipped message=\"waived: 新园开园 &lt;soon&gt; &amp; &quot;later&quot;"),
        "{xml}"
    );
    assert!(xml.contains("<skipped message=\"not applicable\"/>"));
    assert!(xml.contains("classname=\"东河县&lt;i&gt;\""));
    // By default the cell that was not judged is left out; the waived one stays.
    let omitted = with_input(check_junit);
    assert!(
        omitted.contains(
            "<testsuites name=\"dutycheck\" tests=\"5\" failures=\"2\" errors=\"1\" skipped=\"1\">"
        ),
        "{omitted}"
    );
    assert!(!omitted.contains("not applicable"), "{omitted}");
    assert!(omitted.contains("<skipped message=\"waived: "), "{omitted}");
}

#[test]
fn github_commands_escape_data_and_properties() {
    let out = with_input(check_github);
    let lines: Vec<&str> = out.lines().collect();
    // One command per line: the message's line break is escaped.
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("::") || l.starts_with("dutycheck: ")),
        "{out}"
    );
    assert!(out.contains("file=reports/evil <b>&\"report\".txt,line=3,col=13,endColumn=16,title=coverage::东河县<i>普惠性幼儿园覆盖率为76%25，低于80%25的目标%0A<script>x</script> (东河县<i> · 案例 1)"), "{out}");
    assert!(out.contains("::notice file=reports/evil <b>&\"report\".txt,line=3,col=1,endColumn=4,title=detail::a|b, c: 100%25 \"quoted\""), "{out}");
    assert!(out.contains("title=waived share::"), "{out}");
    assert!(
        out.contains(
            "::error file=reports/empty.txt,title=dutycheck%3A report could not be read::"
        ),
        "{out}"
    );
    assert!(
        out.contains("::notice file=waivers.yaml,line=9,title=unused waiver::"),
        "{out}"
    );
    assert!(out.ends_with("dutycheck: 1 error, 1 warning, 1 info, 1 waived; against the baseline last-year.json: 3 new, 1 unchanged, 1 fixed\n"), "{out}");
}

#[test]
fn markdown_escapes_and_shows_the_matrix_then_findings() {
    let md = with_input(check_markdown);
    // Outside code spans (whose content Markdown shows literally) no markup
    // from the report survives.
    let prose: String = md.split('`').step_by(2).collect();
    assert!(
        !prose.contains("<script") && !prose.contains("<b>") && !prose.contains("<i>"),
        "{md}"
    );
    assert!(
        md.contains("`reports/evil <b>&\"report\".txt`"),
        "paths are code: {md}"
    );
    let matrix = md.find("| rule |").expect("matrix");
    let findings = md.find("## Findings").expect("findings");
    assert!(matrix < findings);
    assert!(
        md.contains("| `coverage` 普惠性幼儿园覆盖率达到80% &lt;script&gt; | ❌ |"),
        "{md}"
    );
    assert!(md.contains("| `share` | 🔕 |"), "{md}");
    assert!(md.contains("a\\|b, c: 100% \"quoted\""), "{md}");
    assert!(md.contains("## Waived findings"));
    assert!(md.contains("**Could not be checked:** the file is empty &lt;nothing&gt;"));
}

/// The streamed JSON (reports, findings and waived findings spilled as they
/// arrive, the frame filled at the end) is serde's pretty JSON of the whole
/// run, byte for byte, on a run with waived findings, waiver notes and a
/// baseline: the waived findings go after the summary, where `CheckRun`'s
/// fields put them.
#[test]
fn json_is_the_whole_runs_pretty_json() {
    let mut run = run();
    // Two waived findings of two reports, given in the other path order.
    let mut other = run.waived[0].clone();
    other.finding.path = "reports/empty.txt".into();
    run.waived.insert(0, other);
    let expected = serde_json::to_string_pretty(&run).expect("serialises") + "\n";
    assert!(expected.contains("\"waived\": ["));
    assert_eq!(dutycheck_render::check_json(&run), expected);
    run.waived.clear();
    let expected = serde_json::to_string_pretty(&run).expect("serialises") + "\n";
    assert_eq!(dutycheck_render::check_json(&run), expected);
}

#[test]
fn every_format_is_deterministic() {
    for render in [
        check_sarif,
        check_junit,
        check_github,
        check_markdown,
        check_html,
    ] {
        assert_eq!(with_input(render), with_input(render));
    }
}

/// SARIF streams (issue 11): its results are written as reports arrive,
/// with the rule index, the fingerprint's occurrence number and the baseline
/// state filled in at the end. Two reports that share a file name, given out
/// of path order, share fingerprint counters as `fingerprints` counts them
/// over the whole run in path order; a plugin rule that no `RuleInfo` names
/// gets its index among the sorted ids; waived results carry no baseline state.
#[test]
fn sarif_fills_indices_fingerprints_and_baseline_state_over_the_whole_run() {
    let at = |path: &str, rule: &str, line: u32| Finding {
        path: path.into(),
        ..finding(rule, Severity::Error, line, 1, "m")
    };
    let report = |path: &str| ReportResult {
        path: path.into(),
        title: String::new(),
        year: Some(2021),
        error: None,
        sections: vec![],
    };
    // Input order: b before a (path order is a, b).
    let mut run = CheckRun::new(
        vec![report("b/county.txt"), report("a/county.txt")],
        vec![
            at("b/county.txt", "coverage", 2),
            at("b/county.txt", "coverage", 5),
            at("a/county.txt", "coverage", 3),
            at("a/county.txt", "zz-plugin/check", 4),
        ],
    );
    run.waived.push(WaivedFinding {
        finding: at("a/county.txt", "coverage", 1),
        waiver: WaiverRef {
            reason: "r".into(),
            approver: "a".into(),
            expires: "2099-12-31".into(),
            origin: "w.yaml:2:5".into(),
        },
    });
    run.baseline = Some(BaselineComparison {
        path: "old.json".into(),
        new: 4,
        unchanged: 0,
        fixed: vec![],
    });
    let rules = vec![RuleInfo {
        id: "coverage".into(),
        ..Default::default()
    }];
    let sarif = dutycheck_render::render_run(
        dutycheck_render::Format::Sarif,
        &run,
        &Sources::new(),
        &rules,
        &Values::new(),
        Default::default(),
    );
    let log: serde_json::Value = serde_json::from_str(&sarif).expect("valid JSON");
    let sarif_run = &log["runs"][0];
    let ids: Vec<&str> = sarif_run["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["coverage", "zz-plugin/check"]);
    // The reference: every finding, counted and waived, in reading order.
    let mut all: Vec<(&Finding, bool)> = run
        .findings
        .iter()
        .map(|f| (f, false))
        .chain(run.waived.iter().map(|w| (&w.finding, true)))
        .collect();
    all.sort_by(|(a, _), (b, _)| {
        (&a.path, a.line, a.column, &a.rule, &a.message)
            .cmp(&(&b.path, b.line, b.column, &b.rule, &b.message))
    });
    let fps = dutycheck_render::fingerprints(all.iter().map(|(f, _)| *f));
    let results = sarif_run["results"].as_array().expect("results");
    assert_eq!(results.len(), all.len());
    for ((r, (f, waived)), fp) in results.iter().zip(&all).zip(&fps) {
        assert_eq!(r["ruleId"], f.rule.as_str());
        assert_eq!(
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            f.line
        );
        assert_eq!(r["partialFingerprints"]["dutycheck/v1"], fp.as_str());
        let index = r["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(ids[index], f.rule.as_str());
        assert_eq!(r.get("baselineState").is_none(), *waived, "{r}");
    }
    // a/county.txt's three coverage findings come first: 1, 2, 3; then b's.
    let ends: Vec<&str> = fps.iter().map(|f| &f[f.len() - 2..]).collect();
    assert_eq!(ends, [":1", ":2", ":1", ":3", ":4"]);
}

/// `run` rendered for people, with no sources, rules or values: the text,
/// the Markdown and the HTML.
fn for_people(run: &CheckRun) -> (String, String, String) {
    let sources = Sources::new();
    let input = Input {
        run,
        sources: &sources,
        rules: &[],
        values: &Values::new(),
    };
    (
        dutycheck_render::check_text(run, &sources, &Default::default()),
        check_markdown(&input),
        check_html(&input),
    )
}

/// One row of a compliance matrix: the section, its status, its notes and
/// its cells.
fn row(
    name: &str,
    status: SectionStatus,
    notes: &[&str],
    cells: &[(&str, Status)],
) -> SectionResult {
    SectionResult {
        name: name.into(),
        status,
        notes: notes.iter().map(|n| n.to_string()).collect(),
        results: cells.iter().map(|(id, st)| (id.to_string(), *st)).collect(),
    }
}

/// A section whose only failing rules are at `warning` is `warn`, one whose
/// only failing rule is at `info` passes with that rule as a note, and each
/// format for people says so the same way (issue 16.7): never a red `fail`
/// for a warning, never a silent pass beside a failing rule.
#[test]
fn warn_sections_and_notes_read_the_same_in_every_format() {
    let report = ReportResult {
        path: "r.txt".into(),
        title: "2021年报告".into(),
        year: Some(2021),
        error: None,
        sections: vec![
            row(
                "北塘县",
                SectionStatus::Warn,
                &["advice"],
                &[("advice", Status::Fail), ("cases", Status::Fail)],
            ),
            row(
                "南湖区",
                SectionStatus::Pass,
                &["advice"],
                &[("advice", Status::Fail), ("cases", Status::Pass)],
            ),
        ],
    };
    let mut cases = finding("cases", Severity::Warning, 2, 1, "北塘县只有1条典型案例");
    cases.path = "r.txt".into();
    cases.section = Some("北塘县".into());
    let run = CheckRun::new(vec![report], vec![cases]);
    let (text, md, html) = for_people(&run);
    assert!(
        text.contains(
            "  北塘县   warn       0     1      1        0    0  cases (notes: advice)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("  南湖区   pass       1     0      1        0    0  (notes: advice)\n"),
        "{text}"
    );
    assert!(
        text.contains("2 sections: 1 pass, 1 warn, 0 fail"),
        "{text}"
    );

    assert!(md.contains("| **section** | **warn** | pass |\n"), "{md}");
    assert!(md.contains("| `advice` | ℹ️ | ℹ️ |\n"), "{md}");
    assert!(md.contains("| `cases` | ❌ | ✅ |\n"), "{md}");

    assert!(html.contains("<th class=\"s-warn\" title=\"北塘县 · warn\">北塘县</th>"));
    assert!(html.contains("<th class=\"s-pass\" title=\"南湖区 · pass\">南湖区</th>"));
    assert_eq!(html.matches(">ℹ 提示</td>").count(), 2, "{html}");
    assert!(html.contains("<div class=\"card warning\"><b>1</b>sections warn · 预警</div>"));
    assert!(html.contains("<div class=\"card error\"><b>0</b>sections fail · 未达标</div>"));

    // The JSON names the notes, and omits them when there are none.
    let json = serde_json::to_value(&run).expect("serialises");
    assert_eq!(json["reports"][0]["sections"][0]["status"], "warn");
    assert_eq!(json["reports"][0]["sections"][1]["notes"][0], "advice");
    let none = serde_json::to_value(row("x", SectionStatus::Pass, &[], &[])).expect("json");
    assert!(none.get("notes").is_none(), "{none}");
}

/// A section no rule judged (a section of demands, or a region whose figures
/// could not be read) is `unchecked` in every format for people, never a
/// silent `pass`: the text table widens its status column for it and the
/// summary line counts it, Markdown and HTML name it, and the JSON says it.
#[test]
fn unchecked_sections_read_the_same_in_every_format() {
    let report = ReportResult {
        path: "r.txt".into(),
        title: "2021年通报".into(),
        year: Some(2021),
        error: None,
        sections: vec![
            row("南湖区", SectionStatus::Pass, &[], &[("cov", Status::Pass)]),
            row(
                "整改要求",
                SectionStatus::Unchecked,
                &[],
                &[("cov", Status::Missing)],
            ),
        ],
    };
    let run = CheckRun::new(vec![report], Vec::new());
    let (text, md, html) = for_people(&run);
    assert!(
        text.contains("  section   status     pass  fail  missing  n/a  failing rules\n"),
        "{text}"
    );
    assert!(
        text.contains("  南湖区    pass          1     0        0    0  \n"),
        "{text}"
    );
    assert!(
        text.contains("  整改要求  unchecked     0     0        1    0  \n"),
        "{text}"
    );
    assert!(
        text.contains("2 sections: 1 pass, 0 warn, 0 fail, 1 unchecked ·"),
        "{text}"
    );

    assert!(md.contains("| **section** | pass | unchecked |\n"), "{md}");
    assert!(
        html.contains("<th class=\"s-unchecked\" title=\"整改要求 · unchecked\">整改要求</th>")
    );
    assert!(html.contains("<div class=\"card \"><b>1</b>sections unchecked · 未能评判</div>"));
    assert!(
        html.contains("<span class=\"s-unchecked\">unchecked 未能评判"),
        "{html}"
    );
    let json = serde_json::to_value(&run).expect("serialises");
    assert_eq!(json["reports"][0]["sections"][1]["status"], "unchecked");
}
