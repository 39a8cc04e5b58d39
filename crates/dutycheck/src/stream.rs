//! Checking a large corpus with flat memory: `dutycheck check` in text
//! format, report by report.
//!
//! [`crate::Checker::check_paths`] returns the whole [`dutycheck_model::CheckRun`]
//! and every source text, which is what renderers that need the whole run
//! (JSON) and library users want. For 10,000 reports that is hundreds of
//! megabytes: every decoded text (kept only to quote one line per finding),
//! every compliance matrix, every finding, then the rendered output as one
//! string. Memory then grows with the corpus, and a province checking ten
//! years of county reports runs out of it.
//!
//! Here each report is read, checked **and rendered** by a worker thread,
//! while its text is still in memory, so the text is dropped as soon as the
//! report is done: nothing but the rendered pieces leaves the worker. Reports
//! are taken in chunks of a few per thread, so at most one chunk of reports
//! is in flight whatever the size of the corpus.
//!
//! # Same bytes as `check_text`
//!
//! Text output is ordered: every unreadable report's error line first, then
//! every finding (sorted by path, line, column, rule and message, as
//! [`dutycheck_model::CheckRun::new`] sorts them), then one compliance table
//! per report in input order, then the summary. A stream cannot print a
//! finding before it knows that no later report is unreadable, so findings
//! and tables go to two spill files (anonymous temporary files), and are
//! copied to the output after the error lines at the end. Only the error
//! lines, the counts and one small index entry per report stay in memory.
//!
//! Findings of different reports are ordered by path. Input order is
//! directory order (sorted by [`std::path::PathBuf`], component by component),
//! which is not always the string order of the shown paths, so each report's
//! block of findings is indexed in the spill file and the blocks are copied
//! in path order. When one path occurs twice (`check a.txt a.txt`), the
//! global sort interleaves the two reports' findings line by line; that case
//! is left to the non-streaming path ([`check_text_streaming`] returns
//! `None` before doing any work).
//!
//! Because each report is checked independently and output is assembled in
//! input order, the bytes do not depend on the number of threads.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use dutycheck_model::Severity;
use dutycheck_render::{
    SourceLines, TextOptions, Totals, finding_block_text, report_error_text, summary_text,
    table_text,
};
use rayon::prelude::*;

use crate::progress::{NoProgress, Progress};
use crate::{Checker, discover};

/// What a streamed run found, for the exit code and for stderr.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Streamed {
    /// The counts of the summary line.
    pub totals: Totals,
    /// The highest severity of any finding.
    pub worst: Option<Severity>,
    /// Unreadable reports: (path, error), in input order.
    pub errors: Vec<(String, String)>,
}

/// Reports per thread in one chunk. Large enough that threads rarely wait
/// for the slowest report of a chunk, small enough that a chunk's rendered
/// output is a few megabytes at most.
const REPORTS_PER_THREAD: usize = 16;

/// One report, rendered by a worker.
struct Piece {
    shown: String,
    error: Option<String>,
    error_text: String,
    findings_text: String,
    table_text: String,
    totals: Totals,
    worst: Option<Severity>,
}

/// Checks the reports under `paths` and writes the text output to `out`:
/// the same bytes as [`dutycheck_render::check_text`] on
/// [`Checker::check_paths`], with memory that does not grow with the number
/// of reports. Runs on rayon's current thread pool.
///
/// Returns `Ok(None)`, having written nothing, when a path occurs twice (see
/// the module documentation); the caller then uses the non-streaming path.
pub fn check_text_streaming<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    options: &TextOptions,
    out: &mut dyn Write,
) -> io::Result<Option<Streamed>> {
    check_text_streaming_with(checker, paths, options, out, &NoProgress)
}

/// [`check_text_streaming`], telling `progress` how the run advances.
pub fn check_text_streaming_with<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    options: &TextOptions,
    out: &mut dyn Write,
    progress: &dyn Progress,
) -> io::Result<Option<Streamed>> {
    let files: Vec<PathBuf> = discover::reports(paths);
    let shown: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut sorted: Vec<&String> = shown.iter().collect();
    sorted.sort();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return Ok(None);
    }
    drop(sorted);

    let mut findings_spill = Spill::new()?;
    let mut tables_spill = Spill::new()?;
    // (index into `shown`, offset, length) of each report's findings block.
    let mut blocks: Vec<(usize, u64, u64)> = Vec::with_capacity(files.len());
    let mut offset = 0u64;
    let mut streamed = Streamed::default();
    let mut errors_text = String::new();

    let chunk = rayon::current_num_threads().max(1) * REPORTS_PER_THREAD;
    let mut index = 0usize;
    progress.start(files.len());
    for part in files.chunks(chunk) {
        if let Some(first) = part.first() {
            progress.checking(first);
        }
        let pieces: Vec<Piece> = part
            .par_iter()
            .map(|path| render_one(checker, path, options))
            .collect();
        progress.checked(part.len());
        for piece in pieces {
            errors_text.push_str(&piece.error_text);
            if let Some(e) = piece.error {
                streamed.errors.push((piece.shown, e));
            }
            let len = piece.findings_text.len() as u64;
            findings_spill.write_all(piece.findings_text.as_bytes())?;
            blocks.push((index, offset, len));
            offset += len;
            tables_spill.write_all(piece.table_text.as_bytes())?;
            add_totals(&mut streamed.totals, &piece.totals);
            streamed.worst = streamed.worst.max(piece.worst);
            index += 1;
        }
    }

    progress.finish();

    let written = (|| -> io::Result<()> {
        out.write_all(errors_text.as_bytes())?;
        // Stable: equal paths cannot occur (checked above).
        blocks.sort_by(|a, b| shown[a.0].cmp(&shown[b.0]));
        let mut findings = findings_spill.into_reader()?;
        let mut position = 0u64;
        for &(_, start, len) in &blocks {
            if len == 0 {
                continue;
            }
            if start != position {
                findings.seek(SeekFrom::Start(start))?;
            }
            io::copy(&mut (&mut findings).take(len), out)?;
            position = start + len;
        }
        io::copy(&mut tables_spill.into_reader()?, out)?;
        let mut summary = String::new();
        summary_text(&mut summary, &streamed.totals, options);
        out.write_all(summary.as_bytes())?;
        out.flush()
    })();
    match written {
        // A closed pipe (`dutycheck check … | head`) is not an error: the
        // run is complete, only its output was cut short.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
        _ => {}
    }
    Ok(Some(streamed))
}

/// Reads, checks and renders one report; its text is dropped on return.
fn render_one(checker: &Checker, path: &Path, options: &TextOptions) -> Piece {
    let checked = checker.check_file(path);
    let mut findings = checked.findings;
    // The order of `CheckRun::new`, within one path.
    findings.sort_by(|a, b| {
        (a.line, a.column, &a.rule, &a.message).cmp(&(b.line, b.column, &b.rule, &b.message))
    });
    let mut findings_text = String::new();
    let lines = checked.text.as_deref().map(SourceLines::new);
    for f in &findings {
        finding_block_text(&mut findings_text, f, lines.as_ref(), options);
    }
    let mut error_text = String::new();
    report_error_text(&mut error_text, &checked.result, options);
    let mut table = String::new();
    table_text(&mut table, &checked.result, options);
    let mut totals = Totals::default();
    totals.add(&checked.result, &findings);
    Piece {
        shown: checked.shown,
        error: checked.result.error.clone(),
        error_text,
        findings_text,
        table_text: table,
        totals,
        worst: findings.iter().map(|f| f.severity).max(),
    }
}

fn add_totals(into: &mut Totals, t: &Totals) {
    into.reports += t.reports;
    into.sections += t.sections;
    into.failing += t.failing;
    into.unreadable += t.unreadable;
    into.summary.errors += t.summary.errors;
    into.summary.warnings += t.summary.warnings;
    into.summary.infos += t.summary.infos;
}

/// A temporary file that is written once, then read back, and removed when
/// dropped (also on error paths).
struct Spill {
    path: PathBuf,
    file: BufWriter<File>,
}

impl Spill {
    fn new() -> io::Result<Spill> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir();
        // A fresh name: the process id, a counter and the clock; `create_new`
        // refuses to reuse a file that exists, so retry a few times.
        let mut last = None;
        for _ in 0..16 {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = dir.join(format!(
                "dutycheck-spill-{}-{n}-{nanos}.tmp",
                std::process::id()
            ));
            match File::options()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => {
                    return Ok(Spill {
                        path,
                        file: BufWriter::with_capacity(1 << 16, file),
                    });
                }
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("cannot create a spill file")))
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file.write_all(bytes)
    }

    /// Flushes and rewinds; the file is still removed on drop.
    fn into_reader(mut self) -> io::Result<SpillReader> {
        self.file.flush()?;
        let mut file = self.file.get_ref().try_clone()?;
        file.seek(SeekFrom::Start(0))?;
        Ok(SpillReader {
            file: io::BufReader::with_capacity(1 << 16, file),
            _spill: self,
        })
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Reads a [`Spill`] back; keeps it alive so that it is removed afterwards.
struct SpillReader {
    file: io::BufReader<File>,
    _spill: Spill,
}

impl Read for SpillReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.file.read(buf)
    }
}

impl Seek for SpillReader {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.file.seek(pos)
    }
}
