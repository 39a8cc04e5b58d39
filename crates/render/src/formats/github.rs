//! GitHub Actions workflow commands (`--format github`): each finding becomes
//! an annotation on the report file in the pull request,
//!
//! ```text
//! ::error file=reports/a.txt,line=4,col=45,endColumn=48,title=preschool.inclusive-coverage-2020::东河县普惠性幼儿园覆盖率为76%…
//! ```
//!
//! Levels: error → `::error`, warning → `::warning`, info → `::notice`.
//! Waived findings are `::notice` annotations titled `waived …`, so that they
//! stay visible without failing anything; expired waivers are `::warning`s and
//! unused ones `::notice`s. A last plain line gives the totals (plain lines
//! only appear in the log).
//!
//! Escaping follows GitHub's runner (`ActionCommand` in actions/runner and
//! `toCommandValue`/`escapeProperty` in @actions/core): in the message, `%`,
//! CR and LF become `%25`, `%0D`, `%0A`; in property values, `:` and `,`
//! are escaped too (`%3A`, `%2C`), because they delimit properties. `%` is
//! escaped first, so that an escape in the input is not decoded twice.

use std::fmt::Write;

use dutycheck_model::{Finding, Severity, WaivedFinding, WaiverNoteKind};

use std::io;

use crate::context::{Input, place, severity_counts};
use crate::sink::{Piece, Sink, Tail};
use crate::spill::PathOrdered;

/// `dutycheck check --format github`: [`GithubSink`] fed the whole run.
/// Under `--quiet` the caller passes a run with only its errors.
pub fn check_github(input: &Input<'_>) -> String {
    crate::sink::render_run(
        crate::Format::Github,
        input.run,
        input.sources,
        input.rules,
        input.values,
        crate::RenderOptions::default(),
    )
}

/// `--format github` as a [`Sink`]: the error lines of unreadable reports
/// first (kept in memory: one line per unreadable report), then every
/// finding by path (spilled), then the waived findings by path (spilled),
/// the waiver notes and the totals.
pub(crate) struct GithubSink {
    quiet: bool,
    errors: String,
    findings: Option<PathOrdered>,
    /// The waived findings' annotations, written after every finding.
    waived: Option<PathOrdered>,
}

impl GithubSink {
    pub fn new(options: crate::RenderOptions) -> GithubSink {
        GithubSink {
            quiet: options.quiet,
            errors: String::new(),
            findings: None,
            waived: None,
        }
    }
}

impl Sink for GithubSink {
    fn begin(&mut self) -> io::Result<()> {
        self.findings = Some(PathOrdered::new()?);
        self.waived = Some(PathOrdered::new()?);
        Ok(())
    }

    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()> {
        let (Some(findings), Some(waived)) = (&mut self.findings, &mut self.waived) else {
            return Err(io::Error::other("GithubSink::report before begin"));
        };
        let r = piece.result;
        if let Some(error) = &r.error {
            let _ = writeln!(
                self.errors,
                "::error file={},title={}::{}",
                property(&r.path),
                property("dutycheck: report could not be read"),
                data(error)
            );
        }
        let mut block = String::new();
        for f in piece.findings {
            if self.quiet && f.severity != Severity::Error {
                continue;
            }
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            annotation(&mut block, command, f, &f.rule, &message(f));
        }
        findings.push(&r.path, block.as_bytes())?;
        let mut block = String::new();
        for w in piece.waived {
            waived_annotation(&mut block, w);
        }
        waived.push(&r.path, block.as_bytes())
    }

    fn end(&mut self, tail: &Tail<'_>, out: &mut dyn io::Write) -> io::Result<()> {
        let (Some(findings), Some(waived)) = (&mut self.findings, &mut self.waived) else {
            return Err(io::Error::other("GithubSink::end before begin"));
        };
        out.write_all(self.errors.as_bytes())?;
        findings.copy_to(out, 0)?;
        waived.copy_to(out, 0)?;
        let mut rest = String::new();
        tail_text(&mut rest, tail);
        out.write_all(rest.as_bytes())?;
        out.flush()
    }
}

/// A waived finding: a notice titled `waived RULE`.
fn waived_annotation(out: &mut String, w: &WaivedFinding) {
    let f = &w.finding;
    let text = format!(
        "{} — waived: {} (approved by {}, until {})",
        message(f),
        w.waiver.reason,
        w.waiver.approver,
        w.waiver.expires
    );
    annotation(out, "notice", f, &format!("waived {}", f.rule), &text);
}

/// Waiver notes and the totals line, after the waived findings.
fn tail_text(out: &mut String, run: &Tail<'_>) {
    for note in run.waiver_notes {
        let (path, line) = origin_parts(&note.origin);
        let command = match note.kind {
            WaiverNoteKind::Expired => "warning",
            WaiverNoteKind::Unused => "notice",
        };
        let mut props = format!("file={}", property(path));
        if let Some(line) = line {
            let _ = write!(props, ",line={line}");
        }
        let _ = writeln!(
            out,
            "::{command} {props},title={}::{}",
            property(&format!("{} waiver", note.kind.as_str())),
            data(&note.message)
        );
    }
    let _ = write!(out, "dutycheck: {}", severity_counts(&run.summary));
    if run.waived > 0 {
        let _ = write!(out, ", {} waived", run.waived);
    }
    if let Some(b) = run.baseline {
        let _ = write!(
            out,
            "; against the baseline {}: {} new, {} unchanged, {} fixed",
            b.path,
            b.new,
            b.unchanged,
            b.fixed.len()
        );
    }
    out.push('\n');
}

fn message(f: &Finding) -> String {
    match place(f) {
        Some(p) => format!("{} ({p})", f.message),
        None => f.message.clone(),
    }
}

fn annotation(out: &mut String, command: &str, f: &Finding, title: &str, text: &str) {
    let _ = writeln!(
        out,
        "::{command} file={},line={},col={},endColumn={},title={}::{}",
        property(&f.path),
        f.line.max(1),
        f.column.max(1),
        f.column.max(1) + f.length.max(1),
        property(title),
        data(text)
    );
}

/// `waivers.yaml:12:5` → (`waivers.yaml`, Some(12)).
fn origin_parts(origin: &str) -> (&str, Option<&str>) {
    let mut parts = origin.rsplitn(3, ':');
    let (Some(col), Some(line), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
        return (origin, None);
    };
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if numeric(col) && numeric(line) {
        (path, Some(line))
    } else {
        (origin, None)
    }
}

/// Escapes a workflow command's message.
pub fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(data("50%\r\nnext"), "50%25%0D%0Anext");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
        // `::` in a message cannot start a new command: it is not at the
        // start of a line, and line breaks are escaped.
        assert_eq!(data("x\n::error::y"), "x%0A::error::y");
    }

    #[test]
    fn origins_split_into_file_and_line() {
        assert_eq!(
            origin_parts("w/waivers.yaml:12:5"),
            ("w/waivers.yaml", Some("12"))
        );
        assert_eq!(origin_parts("waivers.yaml"), ("waivers.yaml", None));
    }
}
