//! Renderers as sinks, in the manner of ripgrep's `Sink`: a run is handed to
//! an output format one report at a time, as soon as the report is checked,
//! in input order, and the format writes its file at the end.
//!
//! ```text
//! begin → report(piece) × N → end(tail, out)
//! ```
//!
//! A [`Piece`] is one report's result, its findings, its waived findings, its
//! text (for quoting lines) and its measured values; it is dropped after
//! `report` returns, so a sink that must print something later (text prints
//! every finding before the first compliance table) writes it to a spill
//! file ([`crate::spill`]) and copies it out in `end`. What a sink keeps in
//! memory is per-report aggregates only (counts, one index entry per report),
//! so memory does not grow with the findings or the text of a corpus.
//!
//! One dispatch: [`Format::sink`](crate::Format::sink) makes the sink of a
//! format, and [`render_run`] feeds a whole [`CheckRun`] through it (the
//! library's `check_*` functions use that). Every format streams: SARIF
//! fills in its rule indices and fingerprints when it copies its spilled
//! results out, HTML keeps the page's totals and spills each report's part.
//! The formats themselves, their enum and their dispatch are in
//! [`crate::formats`].

use std::collections::BTreeMap;
use std::io::{self, Write};

use dutycheck_model::{
    BaselineComparison, CheckRun, Finding, History, ReportResult, Summary, WaivedFinding,
    WaiverNote,
};

use crate::{Format, RuleInfo, Sources, Values};

/// How the formats for people look.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// ANSI colours in text output.
    pub color: bool,
    /// `--quiet`: only error findings in the formats meant to be read in a
    /// terminal or a log (text, github, markdown). The data formats (json,
    /// sarif, junit, html) are always complete: a file for a machine or an
    /// archive must not depend on how chatty the console was asked to be.
    pub quiet: bool,
    /// `--junit-skipped include`: JUnit writes the cells that were not
    /// judged (missing, not applicable) as skipped testcases. Off by
    /// default: in a typical run they are two thirds of the testcases, and
    /// a CI page full of skipped tests hides the ones that failed.
    pub junit_skipped: bool,
}

/// One checked report, as a sink sees it.
#[derive(Debug, Clone, Copy)]
pub struct Piece<'a> {
    pub result: &'a ReportResult,
    /// The report's findings, sorted by line, column, rule and message.
    pub findings: &'a [Finding],
    /// The report's waived findings (with `--waivers`).
    pub waived: &'a [&'a WaivedFinding],
    /// The report's decoded text; `None` when it could not be read.
    pub source: Option<&'a str>,
    /// Rule id → section → the value the rule measured, when the format
    /// [wants values](Format::wants_values).
    pub values: Option<&'a BTreeMap<String, BTreeMap<String, crate::Measured>>>,
}

/// What is known only at the end of a run.
#[derive(Debug, Clone, Copy)]
pub struct Tail<'a> {
    /// The counted findings by severity.
    pub summary: Summary,
    /// How many findings were waived. The waived findings themselves came
    /// with their reports ([`Piece::waived`]): a sink that lists them at the
    /// end spills them as they arrive, so that memory does not grow with
    /// them.
    pub waived: usize,
    pub waiver_notes: &'a [WaiverNote],
    pub baseline: Option<&'a BaselineComparison>,
    /// The run's histories, when it has reports of several years (the HTML
    /// report's line charts).
    pub history: Option<&'a History>,
}

/// An output format fed one report at a time.
pub trait Sink {
    /// Before the first report.
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// One report, in input order.
    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()>;
    /// After the last report: writes the output.
    fn end(&mut self, tail: &Tail<'_>, out: &mut dyn Write) -> io::Result<()>;
}

/// Feeds a whole run through `sink` into `out`: each report with its
/// findings (the run's, grouped by path), waived findings and text. A path
/// given twice gets all of its findings with its first report.
pub fn feed_run(
    sink: &mut dyn Sink,
    run: &CheckRun,
    sources: &Sources,
    values: &Values,
    out: &mut dyn Write,
) -> io::Result<()> {
    // The run's findings are sorted by path: one range per path.
    let mut ranges: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, f) in run.findings.iter().enumerate() {
        ranges
            .entry(f.path.as_str())
            .and_modify(|r| r.1 = i + 1)
            .or_insert((i, i + 1));
    }
    let mut waived: BTreeMap<&str, Vec<&WaivedFinding>> = BTreeMap::new();
    for w in &run.waived {
        waived.entry(w.finding.path.as_str()).or_default().push(w);
    }
    let none: Vec<&WaivedFinding> = Vec::new();
    sink.begin()?;
    for r in &run.reports {
        let findings = ranges
            .remove(r.path.as_str())
            .map_or(&[][..], |(a, b)| &run.findings[a..b]);
        let w = waived.remove(r.path.as_str());
        sink.report(&Piece {
            result: r,
            findings,
            waived: w.as_deref().unwrap_or(&none),
            source: sources.get(&r.path).map(String::as_str),
            values: values.get(&r.path),
        })?;
    }
    sink.end(
        &Tail {
            summary: run.summary,
            waived: run.waived.len(),
            waiver_notes: &run.waiver_notes,
            baseline: run.baseline.as_ref(),
            history: run.history.as_ref(),
        },
        out,
    )
}

/// Renders a whole run in `format`, as a string.
pub fn render_run(
    format: Format,
    run: &CheckRun,
    sources: &Sources,
    rules: &[RuleInfo],
    values: &Values,
    options: RenderOptions,
) -> String {
    let mut sink = format.sink(rules.to_vec(), options);
    let mut out = Vec::new();
    // Writing to a Vec fails only on a full spill disk; the error is then
    // the output, as for any other renderer bug.
    if let Err(e) = feed_run(sink.as_mut(), run, sources, values, &mut out) {
        return format!("error: cannot render {format:?}: {e}\n");
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `value`, pretty JSON, with every line indented by `indent` spaces: the
/// bytes of `serde_json::to_string_pretty` with a margin, as an element of a
/// document that is written piece by piece (the JSON and SARIF outputs).
///
/// The margin is written by the formatter as it goes ([`Margined`]), not
/// added afterwards line by line: on a run with a thousand rules the
/// compliance matrix is most of the output, and a second pass over it was
/// a third of the instructions of `--format json`.
pub(crate) fn indented_json<T: serde::Serialize>(value: &T, indent: usize) -> String {
    let mut out = Vec::with_capacity(256);
    append_indented_json(value, indent, &mut out);
    // serde_json writes valid UTF-8 (its strings are Rust strings).
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`indented_json`] appended to `out` as bytes: what the sinks write.
/// Turning the bytes into a `String` checked every byte of the output
/// again (serde_json has already written valid UTF-8): 1.4% of the
/// instructions of `--format json`.
pub(crate) fn append_indented_json<T: serde::Serialize>(
    value: &T,
    indent: usize,
    out: &mut Vec<u8>,
) {
    let start = out.len();
    out.resize(start + indent, b' ');
    let mut ser = serde_json::Serializer::with_formatter(
        &mut *out,
        Margined {
            margin: indent,
            depth: 0,
            has_value: false,
        },
    );
    if let Err(e) = value.serialize(&mut ser) {
        out.truncate(start);
        out.extend_from_slice(format!("{}{{\"error\": \"{e}\"}}", " ".repeat(indent)).as_bytes());
    }
}

/// serde_json's pretty layout (two spaces a level, `": "` between a key and
/// its value, `[]` and `{}` for empty containers) with every line after the
/// first indented by `margin` more spaces.
struct Margined {
    margin: usize,
    depth: usize,
    has_value: bool,
}

impl Margined {
    fn newline<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        const SPACES: &[u8; 64] = &[b' '; 64];
        w.write_all(b"\n")?;
        let mut n = self.margin + 2 * self.depth;
        while n > 0 {
            let k = n.min(SPACES.len());
            w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }
}

impl Margined {
    /// `[` or `{`: one level deeper, nothing written inside yet.
    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }
    /// `]` or `}`: on its own line unless the container is empty (`[]`).
    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }
    /// Before an array element or an object key: a comma after the first,
    /// then a new line.
    fn item<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl serde_json::ser::Formatter for Margined {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{append_indented_json, indented_json};

    /// The margin is what the old line-by-line indentation gave: every line
    /// of `to_string_pretty`, the first included, behind `indent` spaces.
    #[test]
    fn indented_json_is_pretty_json_with_a_margin() {
        let value = serde_json::json!({
            "a": [1, 2, {"b": [], "c": {}}],
            "d": "x\ny",
            "e": {"f": [[]], "g": null},
            "h": [],
        });
        for indent in [0, 2, 4, 70] {
            let pad = " ".repeat(indent);
            let expected: Vec<String> = serde_json::to_string_pretty(&value)
                .unwrap()
                .split('\n')
                .map(|l| format!("{pad}{l}"))
                .collect();
            assert_eq!(
                indented_json(&value, indent),
                expected.join("\n"),
                "indent {indent}"
            );
        }
        // Appended after what the buffer holds, byte for byte the same; a
        // value serde cannot write leaves an error in its place, not half
        // an element.
        let mut buf = b"head".to_vec();
        append_indented_json(&value, 4, &mut buf);
        assert_eq!(buf[4..], *indented_json(&value, 4).as_bytes());
        let bad: std::collections::BTreeMap<(u8, u8), u8> = [((1, 2), 3)].into();
        let mut buf = b"head".to_vec();
        append_indented_json(&bad, 2, &mut buf);
        let text = String::from_utf8(buf).unwrap();
        assert!(
            text.starts_with("head  {\"error\": \"key must be a string"),
            "{text}"
        );
        assert_eq!(indented_json(&serde_json::json!([]), 4), "    []");
        assert_eq!(indented_json(&serde_json::json!(1.5), 2), "  1.5");
    }
}
