//! JSON output: the [`CheckRun`] serialised as one pretty-printed object,
//! which is the stable contract (fields are added, never renamed; see
//! `CHECK_FORMAT_VERSION`) that library users and baselines read.
//!
//! [`JsonSink`] streams it: each report is written as it arrives, findings
//! go to a spill file (they come after every report in the object, ordered
//! by path), and the object is closed with the summary and the waivers at
//! the end. The bytes are those of `serde_json::to_string_pretty` on the
//! whole run, because each element is serialised by serde and indented to
//! its depth.

use std::io::{self, Write};

use dutycheck_model::{CheckRun, Report};

use crate::sink::{Piece, Sink, Tail, append_indented_json, indented_json};
use crate::spill::{PathOrdered, Spill};

/// `dutycheck check --format json`: the run, pretty-printed, with a final
/// newline.
pub fn check_json(run: &CheckRun) -> String {
    crate::sink::render_run(
        crate::Format::Json,
        run,
        &crate::Sources::new(),
        &[],
        &crate::Values::new(),
        crate::RenderOptions::default(),
    )
}

/// `dutycheck parse --format json`: the parsed report with everything
/// extracted.
pub fn parse_json(report: &Report) -> String {
    to_json(report)
}

/// [`parse_json`] written to `out` as it is serialised, byte for byte the
/// same: a report of tens of megabytes has a JSON form several times larger,
/// which need not be held in memory beside the report.
pub fn write_parse_json(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising plain data with string keys cannot fail; an error here
    // would be a bug in a derive, so it is reported in the output itself.
    let mut out =
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

/// `--format json` as a [`Sink`].
#[derive(Default)]
pub(crate) struct JsonSink {
    reports: Option<Spill>,
    findings: Option<PathOrdered>,
    /// The waived findings, by path: the `waived` array after the summary.
    waived: Option<PathOrdered>,
}

/// Between two elements of an array, at depth 2.
const SEPARATOR: &str = ",\n";

impl Sink for JsonSink {
    fn begin(&mut self) -> io::Result<()> {
        self.reports = Some(Spill::new()?);
        self.findings = Some(PathOrdered::new()?);
        self.waived = Some(PathOrdered::new()?);
        Ok(())
    }

    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()> {
        let (Some(reports), Some(findings), Some(waived)) =
            (&mut self.reports, &mut self.findings, &mut self.waived)
        else {
            return Err(io::Error::other("JsonSink::report before begin"));
        };
        if !reports.is_empty() {
            reports.write_all(SEPARATOR.as_bytes())?;
        }
        let mut block = Vec::new();
        append_indented_json(piece.result, 4, &mut block);
        reports.write_all(&block)?;
        block.clear();
        for f in piece.findings {
            block.extend_from_slice(SEPARATOR.as_bytes());
            append_indented_json(f, 4, &mut block);
        }
        findings.push(&piece.result.path, &block)?;
        block.clear();
        for w in piece.waived {
            block.extend_from_slice(SEPARATOR.as_bytes());
            append_indented_json(w, 4, &mut block);
        }
        waived.push(&piece.result.path, &block)
    }

    fn end(&mut self, tail: &Tail<'_>, out: &mut dyn Write) -> io::Result<()> {
        let (Some(reports), Some(findings), Some(waived)) =
            (&mut self.reports, &mut self.findings, &mut self.waived)
        else {
            return Err(io::Error::other("JsonSink::end before begin"));
        };
        // The run without reports, findings and waived findings, serialised
        // whole: its text around the two empty arrays is the frame to fill,
        // and the waived findings (omitted when there are none) go right
        // after the summary, in the order of `CheckRun`'s fields.
        let mut frame = CheckRun::new(Vec::new(), Vec::new());
        frame.summary = tail.summary;
        frame.waiver_notes = tail.waiver_notes.to_vec();
        frame.baseline = tail.baseline.cloned();
        let frame = to_json(&frame);
        let (head, rest) = frame
            .split_once("\"reports\": []")
            .ok_or_else(|| io::Error::other("the JSON frame has no reports"))?;
        let (middle, end) = rest
            .split_once("\"findings\": []")
            .ok_or_else(|| io::Error::other("the JSON frame has no findings"))?;
        out.write_all(head.as_bytes())?;
        out.write_all(b"\"reports\": [")?;
        if !reports.is_empty() {
            out.write_all(b"\n")?;
            reports.copy_to(out)?;
            out.write_all(b"\n  ]")?;
        } else {
            out.write_all(b"]")?;
        }
        out.write_all(middle.as_bytes())?;
        out.write_all(b"\"findings\": [")?;
        if !findings.is_empty() {
            // The first element's separator becomes the line break.
            out.write_all(b"\n")?;
            findings.copy_to(out, SEPARATOR.len() as u64)?;
            out.write_all(b"\n  ]")?;
        } else {
            out.write_all(b"]")?;
        }
        if waived.is_empty() {
            out.write_all(end.as_bytes())?;
        } else {
            let summary = format!(
                "\"summary\": {}",
                indented_json(&tail.summary, 2).trim_start()
            );
            let at = end
                .find(&summary)
                .map(|i| i + summary.len())
                .ok_or_else(|| io::Error::other("the JSON frame has no summary"))?;
            out.write_all(&end.as_bytes()[..at])?;
            out.write_all(b",\n  \"waived\": [\n")?;
            waived.copy_to(out, SEPARATOR.len() as u64)?;
            out.write_all(b"\n  ]")?;
            out.write_all(&end.as_bytes()[at..])?;
        }
        out.flush()
    }
}
