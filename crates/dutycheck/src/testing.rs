//! The rule-test runner behind `dutycheck test [PATH]... [--update]`: rule
//! tests, as `ast-grep test` and `semgrep --test` run them, plus boundary cases no one has to write.
//!
//! **Written tests.** A rule's `tests:` and the tests of sibling
//! `*.test.yaml` files hold `pass:` snippets, on which the rule must report
//! nothing, and `fail:` snippets, on which it must report something. A
//! finding on a `pass:` snippet is *noisy* (a false positive); a `fail:`
//! snippet without a finding is *missing* (a false negative). Each is named
//! with the rule, the file and line of the snippet, and what was found.
//!
//! **Snapshots.** What a rule says on its `fail:` snippets matters too: the
//! message an inspector reads, the line and column, the severity. These are
//! written to `__snapshots__/RULE-ID.snap` next to the tests. A run compares
//! them and shows a mismatch as a diff; `--update` accepts the new output. A
//! missing snapshot is a failure too (run `--update` once to create it), so
//! that CI never passes on output nobody has looked at.
//!
//! **Boundary cases.** For every threshold rule the runner also builds
//! reports stating the indicator exactly at each bound, just below and just
//! above it, and checks the status the rule's bounds promise: `min` and
//! `max` include the bound, `above` and `below` exclude it; a value in the
//! warn zone passes with a warning. These need no test written by hand, and
//! catch a rule whose bounds do not say what its title says — and any
//! change in the engine's reading of bounds.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use dutycheck_catalog::Catalog;
use dutycheck_engine::{EvalOptions, NoPlugins, evaluate, evaluate_in};
use dutycheck_extract::Extractor;
use dutycheck_model::{
    Case, Change, Diagnostic, Finding, IndicatorValue, Qualifier, QuantityKind, Report, Section,
    Segment, StatementKind, Status,
};
use dutycheck_rules::{
    Bounds, Config, ConfigPack, Loader, Measure, Rule, RuleKind, RuleSet, RuleSeverity, RuleTest,
    Snippet, ThresholdRule, YearRange, load_test_files,
};

/// The section name snippets that are single cases are wrapped in.
pub const SNIPPET_SECTION: &str = "测试县";

/// The rule paths `dutycheck test` runs without paths: those given, else the
/// path packs of `config`, else `./rules` when it is a directory.
pub fn default_paths(
    given: &[PathBuf],
    config: Option<Config>,
) -> Result<Vec<PathBuf>, Diagnostic> {
    if !given.is_empty() {
        return Ok(given.to_vec());
    }
    let from_config: Vec<PathBuf> = config
        .map(|c| {
            c.packs
                .into_iter()
                .filter_map(|p| match p {
                    ConfigPack::Path(p) => Some(p),
                    ConfigPack::Builtin(_) => None,
                })
                .collect()
        })
        .unwrap_or_default();
    if !from_config.is_empty() {
        return Ok(from_config);
    }
    let rules = PathBuf::from("rules");
    if rules.is_dir() {
        return Ok(vec![rules]);
    }
    Err(
        Diagnostic::file("rules", "no rules to test: give a PATH").with_help(
            "run `dutycheck test rules/custom`, or `dutycheck init` to create a rule with a test",
        ),
    )
}

/// The result of a test run: the text to print and the number of failures.
pub struct TestOutcome {
    pub text: String,
    pub passed: usize,
    pub failed: usize,
}

/// One failure, for the details section.
struct Failure {
    rule: String,
    kind: &'static str,
    detail: String,
}

/// Runs every test of the rules in `paths`. `Err` when rules or tests do not
/// load (with what failed to load, for the summary line).
pub fn run_tests(
    paths: &[PathBuf],
    update: bool,
) -> Result<TestOutcome, (&'static str, Vec<Diagnostic>)> {
    run_tests_with(paths, None, update)
}

/// [`run_tests`], with the indicators and requirements that `config`
/// declares (`catalog:`) merged into the catalog the rules and their tests
/// see, as `check` does.
pub fn run_tests_with(
    paths: &[PathBuf],
    config: Option<&Config>,
    update: bool,
) -> Result<TestOutcome, (&'static str, Vec<Diagnostic>)> {
    let mut loader = Loader::new(&Catalog::bundled()).paths(paths);
    if let Some(config) = config {
        loader = loader.config_catalog(config);
    }
    let set = loader.load().map_err(|e| ("rules", e))?;
    let catalog = set.catalog().clone();
    let file_tests = load_test_files(paths, &set, &catalog).map_err(|e| ("rule tests", e))?;
    let extractor = Extractor::new(&catalog);

    let mut by_rule: BTreeMap<&str, Vec<&RuleTest>> = BTreeMap::new();
    for rule in set.rules() {
        for t in &rule.tests {
            by_rule.entry(rule.id.as_str()).or_default().push(t);
        }
    }
    for t in &file_tests {
        by_rule.entry(t.rule.as_str()).or_default().push(t);
    }

    let mut out = String::new();
    let mut failures: Vec<Failure> = Vec::new();
    let mut passed = 0;
    let mut failed = 0;
    let mut snapshots_written = 0;

    // Written tests, rule by rule, in id order.
    let _ = writeln!(
        out,
        "running the tests of {} rule{}",
        by_rule.len(),
        plural(by_rule.len())
    );
    for (id, tests) in &by_rule {
        let Some(rule) = set.get(id) else { continue };
        let one = single(&set, rule);
        let before = failures.len();
        // Snapshot text per snapshot file (tests from several directories
        // snapshot next to their own files).
        let mut snaps: BTreeMap<PathBuf, String> = BTreeMap::new();
        let mut cases = 0;
        for test in tests {
            let snap_path = snapshot_path(&test.origin, id);
            let snap = snaps.entry(snap_path).or_default();
            for (expect_fail, snippet) in test
                .pass
                .iter()
                .map(|s| (false, s))
                .chain(test.fail.iter().map(|s| (true, s)))
            {
                cases += 1;
                let where_ = format!("{}:{}", test.origin, snippet.line);
                let findings = match run_snippet(&one, rule, test, snippet, &catalog, &extractor) {
                    Ok(f) => f,
                    Err(d) => {
                        failures.push(Failure {
                            rule: id.to_string(),
                            kind: "Invalid",
                            detail: format!(
                                "{where_}: the snippet is not a report dutycheck can read: {}",
                                d.message
                            ),
                        });
                        continue;
                    }
                };
                match (expect_fail, findings.is_empty()) {
                    (false, false) => failures.push(Failure {
                        rule: id.to_string(),
                        kind: "Noisy",
                        detail: format!(
                            "{where_}: a `pass:` snippet got {} finding{}:\n{}\n  snippet: {}",
                            findings.len(),
                            plural(findings.len()),
                            indent(&finding_lines(&findings)),
                            one_line(&snippet.text)
                        ),
                    }),
                    (true, true) => failures.push(Failure {
                        rule: id.to_string(),
                        kind: "Missing",
                        detail: format!(
                            "{where_}: a `fail:` snippet got no finding\n  snippet: {}",
                            one_line(&snippet.text)
                        ),
                    }),
                    _ => {}
                }
                if expect_fail {
                    let _ = writeln!(snap, "--- {}", one_line(&snippet.text));
                    snap.push_str(&finding_lines(&findings));
                    snap.push('\n');
                }
            }
        }
        // Snapshots of the fail snippets' findings.
        for (path, body) in &snaps {
            if body.is_empty() {
                continue;
            }
            let content = format!(
                "# dutycheck rule test snapshot: the findings of `{id}` on its `fail:` snippets.\n# Review changes, then accept them with `dutycheck test --update`.\n{body}"
            );
            let existing = std::fs::read_to_string(path).ok();
            if existing.as_deref() == Some(content.as_str()) {
                continue;
            }
            if update {
                let written = path
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|()| std::fs::write(path, &content));
                match written {
                    Ok(()) => snapshots_written += 1,
                    Err(e) => failures.push(Failure {
                        rule: id.to_string(),
                        kind: "Snapshot",
                        detail: format!("cannot write {}: {e}", path.display()),
                    }),
                }
                continue;
            }
            let detail = match existing {
                None => format!(
                    "{}: no snapshot yet; review the findings below and accept them with `--update`\n{}",
                    path.display(),
                    indent(&content)
                ),
                Some(old) => format!(
                    "{}: the findings differ from the snapshot (- snapshot, + now); accept with `--update`\n{}",
                    path.display(),
                    diff(&old, &content)
                ),
            };
            failures.push(Failure {
                rule: id.to_string(),
                kind: "Snapshot",
                detail,
            });
        }
        let ok = failures.len() == before;
        if ok {
            passed += 1;
        } else {
            failed += 1;
        }
        let _ = writeln!(
            out,
            "{} {id} ({cases} snippet{})",
            if ok { "PASS" } else { "FAIL" },
            plural(cases)
        );
    }

    // Generated boundary cases for every threshold rule.
    let thresholds: Vec<(&Rule, &ThresholdRule)> = set
        .rules()
        .iter()
        .filter_map(|r| match &r.kind {
            RuleKind::Threshold(t) => Some((r, t)),
            _ => None,
        })
        .collect();
    let _ = writeln!(
        out,
        "\nboundary cases of {} threshold rule{}",
        thresholds.len(),
        plural(thresholds.len())
    );
    for (rule, t) in thresholds {
        let one = single(&set, rule);
        let cases = boundary_cases(t);
        let before = failures.len();
        for case in &cases {
            let got = judge_generated(&one, rule, t, case.value, &catalog);
            if got != case.expect {
                failures.push(Failure {
                    rule: rule.id.clone(),
                    kind: "Boundary",
                    detail: format!(
                        "{} = {} ({}): expected {}, got {}",
                        t.measure.as_str(),
                        dutycheck_vocab::format_number(case.value),
                        case.label,
                        case.expect.describe(),
                        got.describe()
                    ),
                });
            }
        }
        let ok = failures.len() == before;
        if ok {
            passed += 1;
        } else {
            failed += 1;
        }
        let _ = writeln!(
            out,
            "{} {} ({} boundary case{})",
            if ok { "PASS" } else { "FAIL" },
            rule.id,
            cases.len(),
            plural(cases.len())
        );
    }

    if !failures.is_empty() {
        let _ = writeln!(out, "\n---- failures ----");
        for f in &failures {
            let _ = writeln!(out, "[{}] {}: {}", f.kind, f.rule, f.detail);
        }
    }
    if snapshots_written > 0 {
        let _ = writeln!(
            out,
            "\n{snapshots_written} snapshot{} written",
            plural(snapshots_written)
        );
    }
    let _ = writeln!(
        out,
        "\ntest result: {}. {passed} passed; {failed} failed",
        if failed == 0 { "ok" } else { "FAILED" }
    );
    Ok(TestOutcome {
        text: out,
        passed,
        failed,
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The rule set with only `rule`, switched on: a test of a rule that is
/// `off` in its pack still tests what the rule would say (at `warning`).
fn single(set: &RuleSet, rule: &Rule) -> RuleSet {
    let mut one = set.clone();
    one.retain(|r| r.id == rule.id);
    if let Some(r) = one.get_mut(&rule.id)
        && r.severity == RuleSeverity::Off
    {
        r.severity = RuleSeverity::Warning;
    }
    one
}

/// `__snapshots__/ID.snap` in the directory of the test's file.
fn snapshot_path(origin: &str, id: &str) -> PathBuf {
    Path::new(origin)
        .parent()
        .unwrap_or(Path::new(""))
        .join("__snapshots__")
        .join(format!("{id}.snap"))
}

/// The first year a rule applies to: the year snippets are judged for when
/// neither the test nor the snippet gives one.
fn first_year(rule: &Rule) -> Option<i32> {
    match &rule.years {
        None => None,
        Some(YearRange::Between { from: Some(f), .. }) => Some(*f),
        Some(YearRange::Between { from: None, to }) => *to,
        Some(YearRange::List(ys)) => ys.first().copied(),
    }
}

/// Whether a snippet is a whole report: a title line and a section heading
/// of the outermost style (`一、…`, `（一）…`, `第一部分`, or a Markdown `#`).
fn is_full_report(text: &str) -> bool {
    text.lines().skip(1).any(|l| {
        let l = l.trim_start();
        let numeral = |s: &str| {
            s.chars()
                .next()
                .is_some_and(dutycheck_vocab::numerals::is_enumeration_numeral)
        };
        (numeral(l) && l.chars().take(4).any(|c| c == '、'))
            || l.starts_with("（一")
            || l.starts_with("第一部分")
            || l.starts_with('#')
    })
}

/// The report a snippet stands for: the snippet itself when it is a whole
/// report, else the snippet as case 1 of section [`SNIPPET_SECTION`] under
/// a title with the year.
fn snippet_source(text: &str, year: Option<i32>) -> String {
    if is_full_report(text) {
        return text.to_string();
    }
    let title = match year {
        Some(y) => format!("{y}年典型工作案例"),
        None => "典型工作案例".to_string(),
    };
    let body = text.trim();
    let numbered = body.chars().next().is_some_and(|c| c.is_ascii_digit())
        && body
            .chars()
            .take(4)
            .any(|c| c == '.' || c == '、' || c == '．');
    let body = if numbered {
        body.to_string()
    } else {
        format!("1.{body}")
    };
    format!("{title}\n一、{SNIPPET_SECTION}\n{body}\n")
}

/// A snippet read as the report it stands for (see [`snippet_source`]).
fn snippet_report(
    path: &str,
    text: &str,
    year: Option<i32>,
    extractor: &Extractor,
) -> Result<dutycheck_model::Report, Diagnostic> {
    let source = snippet_source(text, year);
    let doc = dutycheck_read::decode(path, source.as_bytes(), &Default::default())?;
    let mut report = dutycheck_parse::parse(&doc)?;
    // A single case says `全市` or `全省` of whatever region it is about,
    // not of the section made up to hold it.
    if is_full_report(text) {
        extractor.extract(&mut report);
    } else {
        extractor.extract_unplaced(&mut report);
    }
    Ok(report)
}

/// The findings of `rule` on one snippet.
fn run_snippet(
    one: &RuleSet,
    rule: &Rule,
    test: &RuleTest,
    snippet: &Snippet,
    catalog: &Catalog,
    extractor: &Extractor,
) -> Result<Vec<Finding>, Diagnostic> {
    let year = test.year.or_else(|| first_year(rule));
    let report = snippet_report("snippet.txt", &snippet.text, year, extractor)?;
    let year = test.year.or(report.year).or_else(|| first_year(rule));
    // `earlier:` reports: the snippet is judged within the history they
    // form with it, as a run over several years would judge it.
    let history = if test.earlier.is_empty() {
        None
    } else {
        let mut builder = dutycheck_engine::history::HistoryBuilder::new(BTreeMap::new());
        for (y, earlier) in &test.earlier {
            let path = format!("earlier-{y}.txt");
            let earlier = snippet_report(&path, &earlier.text, Some(*y), extractor)?;
            builder.add(dutycheck_engine::history::summarise(
                &earlier,
                Some(*y),
                &BTreeMap::new(),
            ));
        }
        builder.add(dutycheck_engine::history::summarise(
            &report,
            year,
            &BTreeMap::new(),
        ));
        Some(builder.finish())
    };
    let eval = evaluate_in(
        &report,
        one,
        catalog,
        &EvalOptions::for_year(year),
        &NoPlugins,
        history.as_ref(),
    );
    Ok(eval
        .findings
        .into_iter()
        .filter(|f| f.rule == rule.id)
        .collect())
}

fn finding_lines(findings: &[Finding]) -> String {
    let mut s = String::new();
    for f in findings {
        let _ = writeln!(
            s,
            "{}[{}] {}:{} {}",
            f.severity.as_str(),
            f.rule,
            f.line,
            f.column,
            f.message
        );
    }
    s
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line diff, `-` for the snapshot and `+` for the new output.
fn diff(old: &str, new: &str) -> String {
    let d = similar::TextDiff::from_lines(old, new);
    let mut s = String::new();
    for change in d.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-",
            similar::ChangeTag::Insert => "+",
            similar::ChangeTag::Equal => " ",
        };
        let _ = write!(s, "    {sign}{change}");
        if change.missing_newline() {
            s.push('\n');
        }
    }
    s.trim_end().to_string()
}

/// What a generated case expects, or what it got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Status pass and no finding.
    Pass,
    /// Status pass, with a warn-zone finding.
    Warn,
    /// Status fail.
    Fail,
    /// Anything else (missing, not applicable): never expected.
    Other,
}

impl Expect {
    fn describe(self) -> &'static str {
        match self {
            Expect::Pass => "pass",
            Expect::Warn => "pass with a warning (warn zone)",
            Expect::Fail => "fail",
            Expect::Other => "no result (missing or not applicable)",
        }
    }
}

/// One generated case.
pub struct Boundary {
    pub value: f64,
    pub label: String,
    pub expect: Expect,
}

/// A step small against the bound yet far above float noise: 0.01 for
/// percentages, a millionth of the amount for large sums.
fn step(bound: f64) -> f64 {
    (bound.abs() * 1e-6).max(0.01)
}

/// Whether `v` satisfies `b`, by the documented semantics: `min`/`max`
/// inclusive, `above`/`below` exclusive. This is the specification the
/// engine is checked against, written independently of it.
fn satisfies(b: &Bounds, v: f64) -> bool {
    b.min.is_none_or(|m| v >= m)
        && b.max.is_none_or(|m| v <= m)
        && b.above.is_none_or(|a| v > a)
        && b.below.is_none_or(|l| v < l)
}

/// Cases at, just below and just above every bound of the threshold and of
/// the warn zone, each with the outcome the bounds promise.
pub fn boundary_cases(t: &ThresholdRule) -> Vec<Boundary> {
    let mut points: Vec<(f64, String)> = Vec::new();
    let mut add = |zone: &str, b: &Bounds| {
        for (name, v, inclusive) in [
            ("min", b.min, true),
            ("max", b.max, true),
            ("above", b.above, false),
            ("below", b.below, false),
        ] {
            let Some(v) = v else { continue };
            let kind = if inclusive { "inclusive" } else { "exclusive" };
            let s = step(v);
            let f = dutycheck_vocab::format_number;
            points.push((v - s, format!("just below {zone} {name} {} ({kind})", f(v))));
            points.push((v, format!("exactly at {zone} {name} {} ({kind})", f(v))));
            points.push((v + s, format!("just above {zone} {name} {} ({kind})", f(v))));
        }
    };
    add("threshold", &t.bounds);
    if let Some(w) = &t.warn {
        add("warn", w);
    }
    points
        .into_iter()
        .map(|(value, label)| {
            let expect = if !satisfies(&t.bounds, value) {
                Expect::Fail
            } else if t.warn.as_ref().is_some_and(|w| !satisfies(w, value)) {
                Expect::Warn
            } else {
                Expect::Pass
            };
            Boundary {
                value,
                label,
                expect,
            }
        })
        .collect()
}

/// Evaluates `one` (holding only `rule`) on a one-case report that states
/// the rule's indicator with `value` in the rule's measure, exactly.
fn judge_generated(
    one: &RuleSet,
    rule: &Rule,
    t: &ThresholdRule,
    value: f64,
    catalog: &Catalog,
) -> Expect {
    let report = generated_report(rule, t, value, catalog);
    let year = first_year(rule);
    let eval = evaluate(&report, one, catalog, &EvalOptions::for_year(year));
    let status = eval
        .sections
        .first()
        .and_then(|s| s.results.get(&rule.id))
        .copied();
    // A passing value with a finding is in the warn zone.
    let warned = eval.findings.iter().any(|f| f.rule == rule.id);
    match status {
        Some(Status::Fail) => Expect::Fail,
        Some(Status::Pass) if warned => Expect::Warn,
        Some(Status::Pass) => Expect::Pass,
        _ => Expect::Other,
    }
}

/// A report with one section and one case in which the indicator is stated
/// once: as its value, or as a base value with the change the rule measures.
fn generated_report(rule: &Rule, t: &ThresholdRule, value: f64, catalog: &Catalog) -> Report {
    let ind = catalog.get(&t.indicator);
    let name = ind.map_or(t.indicator.clone(), |i| i.name.to_string());
    let kind = ind.map_or(QuantityKind::Percent, |i| i.kind);
    let unit = dutycheck_vocab::units::unit_of(kind).to_string();
    let shown = dutycheck_vocab::format_number(value);
    let (stated, change) = match t.measure {
        Measure::Value => (value, None),
        Measure::ChangePercent => (
            100.0,
            Some(Change {
                value: None,
                unit: None,
                percent: Some(value),
                derived: false,
                base: None,
                ..Change::default()
            }),
        ),
        Measure::ChangeValue => (
            100.0,
            Some(Change {
                value: Some(value),
                unit: Some(unit.clone().into()),
                percent: None,
                derived: false,
                base: None,
                ..Change::default()
            }),
        ),
    };
    let text = format!("{name}为{shown}{unit}。");
    let start = name.chars().count() + 1;
    let end = start + shown.chars().count() + unit.chars().count();
    let year = first_year(rule);
    Report {
        path: "generated.txt".to_string(),
        title: year.map_or_else(
            || "典型工作案例".to_string(),
            |y| format!("{y}年典型工作案例"),
        ),
        year,
        sections: vec![Section {
            name: SNIPPET_SECTION.into(),
            number: 1,
            line: 2,
            column: 1,
            heading_length: 0,
            cases: vec![Case {
                number: 1,
                line: 3,
                column: 1,
                text: text.into(),
                quantities: Vec::new(),
                indicators: vec![IndicatorValue {
                    indicator: t.indicator.clone().into(),
                    name: name.clone().into(),
                    mention: name.into(),
                    statement: StatementKind::Level,
                    value: Some(stated),
                    unit: unit.into(),
                    qualifier: Qualifier::Exact,
                    upper: None,
                    change,
                    line: 3,
                    column: u32::try_from(start + 3).unwrap_or(1),
                    start,
                    end,
                    year: None,
                }],
                claims: Vec::new(),
                targets: Vec::new(),
                unread: Vec::new(),
                segments: vec![Segment {
                    offset: 0,
                    line: 3,
                    column: 3,
                }],
                normal: Default::default(),
            }],
            numbering_gaps: Vec::new(),
            unread_numbering: Vec::new(),
            collected: false,
        }],
    }
}
