//! JUnit XML output (`--format junit`), for CI systems that show test
//! reports (GitLab, Jenkins, Azure Pipelines, GitHub test-report actions).
//!
//! The compliance matrix maps onto tests naturally: one `<testsuite>` per
//! report, one `<testcase>` per (section, rule) cell, named after the rule
//! and classed by the section (`classname="东河县"`), so that a CI page groups
//! a region's results together. A cell's status decides the outcome:
//!
//! | status | testcase |
//! |---|---|
//! | pass | passed (findings of a passing rule, such as a warn-zone warning, in `<system-out>`) |
//! | fail | `<failure>` with every finding of the cell as `path:line:column: severity: message` |
//! | fail, every finding waived | `<skipped>` naming the waiver (not counted, still visible) |
//! | unread | `<skipped message="not read: …">` with the cell's finding (mentioned, but no value read: nothing judged, never a pass); `<failure>` when the rule's `missing` level makes it a warning or an error |
//! | missing | `<skipped message="not reported">` (nothing to judge) |
//! | not-applicable | `<skipped message="not applicable">` (another year, rule off) |
//! | evidenced (a `claim` rule) | passed, as pass |
//! | claimed (no figure backs the claim) | `<failure>` with its finding (a warning by default); `<skipped>` when the rule records claims only (`evidence: optional`) |
//! | contradicted | `<failure>`, as fail |
//!
//! Findings without a section (about the whole document) become testcases
//! of classname `(document)`. The `--show-unread` findings
//! (`engine.unread-mention`) become one skipped testcase per section, with
//! the first mention's reason. A report that could not be read is a suite
//! with one `<error>` testcase, so that CI shows it instead of an empty suite.
//! Counts (`tests`, `failures`, `errors`, `skipped`) are filled in on every
//! suite and on `<testsuites>`. No timestamps or durations are written: the
//! output stays a pure function of the run.

use std::collections::BTreeMap;
use std::fmt::Write;

use dutycheck_model::{Finding, ReportResult, Severity, Status, UNREAD_MENTION, WaivedFinding};

use std::io;

use crate::RenderOptions;
use crate::context::{Input, escape_xml as x};
use crate::sink::{Piece, Sink, Tail};
use crate::spill::Spill;

#[derive(Default)]
struct Counts {
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
}

/// `dutycheck check --format junit`: [`JunitSink`] fed the whole run, with
/// the default options (unjudged cells left out).
pub fn check_junit(input: &Input<'_>) -> String {
    crate::sink::render_run(
        crate::Format::Junit,
        input.run,
        input.sources,
        input.rules,
        input.values,
        crate::RenderOptions::default(),
    )
}

/// `--format junit` as a [`Sink`]: each report's testsuite is written to a
/// spill file as it arrives; the totals, which open the document, are
/// counted on the way and written with the suites at the end.
#[derive(Default)]
pub(crate) struct JunitSink {
    suites: Option<Spill>,
    total: Counts,
    /// Write the cells that were not judged (`--junit-skipped include`).
    skipped: bool,
}

impl JunitSink {
    pub fn new(options: RenderOptions) -> JunitSink {
        JunitSink {
            skipped: options.junit_skipped,
            ..JunitSink::default()
        }
    }
}

impl Sink for JunitSink {
    fn begin(&mut self) -> io::Result<()> {
        self.suites = Some(Spill::new()?);
        Ok(())
    }

    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()> {
        let Some(suites) = &mut self.suites else {
            return Err(io::Error::other("JunitSink::report before begin"));
        };
        let report = piece.result;
        let (body, counts) = suite(report, piece.findings, piece.waived, self.skipped);
        let mut text = String::new();
        let _ = writeln!(
            text,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">",
            x(&report.path),
            counts.tests,
            counts.failures,
            counts.errors,
            counts.skipped
        );
        text.push_str(&body);
        text.push_str("  </testsuite>\n");
        suites.write_all(text.as_bytes())?;
        self.total.tests += counts.tests;
        self.total.failures += counts.failures;
        self.total.errors += counts.errors;
        self.total.skipped += counts.skipped;
        Ok(())
    }

    fn end(&mut self, _tail: &Tail<'_>, out: &mut dyn io::Write) -> io::Result<()> {
        let Some(suites) = &mut self.suites else {
            return Err(io::Error::other("JunitSink::end before begin"));
        };
        let total = &self.total;
        let mut head = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            head,
            "<testsuites name=\"dutycheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">",
            total.tests, total.failures, total.errors, total.skipped
        );
        out.write_all(head.as_bytes())?;
        suites.copy_to(out)?;
        out.write_all(b"</testsuites>\n")?;
        out.flush()
    }
}

fn suite(
    report: &ReportResult,
    findings: &[Finding],
    waived: &[&WaivedFinding],
    unjudged: bool,
) -> (String, Counts) {
    let mut body = String::new();
    let mut c = Counts::default();
    let _ = writeln!(body, "    <properties>");
    let _ = writeln!(
        body,
        "      <property name=\"title\" value=\"{}\"/>",
        x(&report.title)
    );
    if let Some(year) = report.year {
        let _ = writeln!(body, "      <property name=\"year\" value=\"{year}\"/>");
    }
    let _ = writeln!(body, "    </properties>");
    if let Some(error) = &report.error {
        c.tests += 1;
        c.errors += 1;
        let _ = writeln!(
            body,
            "    <testcase name=\"read\" classname=\"{}\" file=\"{}\">\n      <error message=\"{}\" type=\"input\">{}</error>\n    </testcase>",
            x(&report.path),
            x(&report.path),
            x(error),
            x(error)
        );
        return (body, c);
    }
    // The findings and waived findings of this report, by (section, rule).
    type Cell<'a> = (Vec<&'a Finding>, Vec<&'a WaivedFinding>);
    let mut cells: BTreeMap<(Option<&str>, &str), Cell<'_>> = BTreeMap::new();
    for f in findings {
        cells
            .entry((f.section.as_deref(), f.rule.as_str()))
            .or_default()
            .0
            .push(f);
    }
    for &w in waived {
        cells
            .entry((w.finding.section.as_deref(), w.finding.rule.as_str()))
            .or_default()
            .1
            .push(w);
    }
    let empty: Cell<'_> = (Vec::new(), Vec::new());
    for section in &report.sections {
        for (rule, status) in &section.results {
            let cell = cells
                .get(&(Some(section.name.as_str()), rule.as_str()))
                .unwrap_or(&empty);
            let judged = match status {
                Status::NotApplicable => false,
                Status::Missing | Status::Claimed => !cell.0.is_empty() || !cell.1.is_empty(),
                _ => true,
            };
            if !judged && !unjudged {
                continue;
            }
            testcase(
                &mut body,
                &mut c,
                &report.path,
                &section.name,
                rule,
                *status,
                cell,
            );
        }
    }
    // Findings about the whole document (or about a section the matrix does
    // not list): one failing testcase per rule.
    for ((section, rule), cell) in &cells {
        let listed = section.is_some_and(|s| {
            report
                .sections
                .iter()
                .any(|x| x.name == s && x.results.contains_key(rule))
        });
        if listed {
            continue;
        }
        let class = section.unwrap_or("(document)");
        // `--show-unread` lists what was not read: skipped with the reason,
        // like an unread cell, never a failure.
        let status = if *rule == UNREAD_MENTION {
            Status::Unread
        } else {
            Status::Fail
        };
        testcase(&mut body, &mut c, &report.path, class, rule, status, cell);
    }
    (body, c)
}

fn testcase(
    body: &mut String,
    c: &mut Counts,
    path: &str,
    class: &str,
    rule: &str,
    status: Status,
    (findings, waived): &(Vec<&Finding>, Vec<&WaivedFinding>),
) {
    c.tests += 1;
    let open = format!(
        "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"",
        x(rule),
        x(class),
        x(path)
    );
    let skipped = |body: &mut String, c: &mut Counts, message: &str| {
        c.skipped += 1;
        let _ = writeln!(
            body,
            "{open}>\n      <skipped message=\"{}\"/>\n    </testcase>",
            x(message)
        );
    };
    match status {
        Status::Pass | Status::Evidenced if findings.is_empty() => {
            let _ = writeln!(body, "{open}/>");
        }
        Status::Pass | Status::Evidenced => {
            // The rule passed, with a remark (a value in the warn zone, an
            // info): not a failure, but kept in the test's output.
            let text = findings_text(findings);
            let _ = writeln!(
                body,
                "{open}>\n      <system-out>{}</system-out>\n    </testcase>",
                x(text.trim_end())
            );
        }
        Status::NotApplicable => skipped(body, c, "not applicable"),
        // A claim no figure backs, with `evidence: optional`: nothing was
        // judged, and nothing failed.
        Status::Claimed if findings.is_empty() && waived.is_empty() => {
            skipped(body, c, "claimed without evidence (evidence not required)");
        }
        Status::Missing if findings.is_empty() => skipped(body, c, "not reported"),
        // Mentioned, but no value read: nothing was judged, so not a pass;
        // skipped with the reason (the cell's finding says which mention
        // and why), unless the rule asks for more than `info` (`missing:
        // warning`), which fails as a missing value does.
        Status::Unread if findings.iter().all(|f| f.severity == Severity::Info) => {
            let mut why = findings.first().map_or_else(
                || "mentioned, but no value could be read".to_string(),
                |f| {
                    format!(
                        "not read: {}:{}:{}: {}",
                        f.path, f.line, f.column, f.message
                    )
                },
            );
            if findings.len() > 1 {
                let _ = write!(why, " (and {} more)", findings.len() - 1);
            }
            skipped(body, c, &why);
        }
        _ if findings.is_empty() && !waived.is_empty() => {
            let w = &waived[0].waiver;
            let message = format!(
                "waived: {} (approved by {}, until {}; {})",
                w.reason, w.approver, w.expires, w.origin
            );
            skipped(body, c, &message);
        }
        _ => {
            // A failing cell, or a missing cell with findings (a rule with
            // `missing: warning` reports the absence as a problem): the
            // findings are the failure text.
            c.failures += 1;
            let first = findings.first().map_or_else(
                || format!("{rule} failed in {class}"),
                |f| f.message.clone(),
            );
            let mut text = findings_text(findings);
            for w in waived {
                let f = &w.finding;
                let _ = writeln!(
                    text,
                    "{}:{}:{}: waived {}: {} ({})",
                    f.path,
                    f.line,
                    f.column,
                    f.severity.as_str(),
                    f.message,
                    w.waiver.reason
                );
            }
            let kind = findings
                .iter()
                .map(|f| f.severity)
                .max()
                .map_or("fail", |s| s.as_str());
            let _ = writeln!(
                body,
                "{open}>\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>",
                x(&first),
                kind,
                x(text.trim_end())
            );
        }
    }
}

/// The findings of one cell as lines of `path:line:column: severity: message`,
/// for `<failure>` and `<system-out>` bodies.
fn findings_text(findings: &[&Finding]) -> String {
    let mut text = String::new();
    for f in findings {
        let _ = writeln!(
            text,
            "{}:{}:{}: {}: {}",
            f.path,
            f.line,
            f.column,
            f.severity.as_str(),
            f.message
        );
    }
    text
}
