//! Checking a corpus with flat memory: each report is read, checked and
//! handed to the output formats' sinks ([`dutycheck_render::Sink`]) as soon
//! as it is done, in input order, whatever the number of threads.
//!
//! [`crate::Checker::check_paths`] returns the whole [`dutycheck_model::CheckRun`]
//! and every source text, which is what library users and runs with waivers
//! or a baseline want. For 10,000 reports that is hundreds of megabytes:
//! every decoded text (kept only to quote one line per finding), every
//! compliance matrix, every finding. Here reports are taken in chunks of a
//! few per thread, checked in parallel, and given to the sinks one by one in
//! input order; a report's text and findings are dropped once every sink has
//! seen it. What the sinks keep is theirs to bound (see
//! `dutycheck_render::sink`): spill files and per-report counts.
//!
//! # Same bytes as the whole run
//!
//! Every format orders findings by path (as [`dutycheck_model::CheckRun::new`]
//! sorts them), and the sinks copy each report's block in path order at the
//! end. A path given twice (`check a.txt a.txt`, or a file reached through
//! a link too) is checked once: the search ([`discover`]) keeps each file
//! once, by its canonical path, so no two reports share a path.
//!
//! Because each report is checked independently and handed on in input
//! order, the bytes do not depend on the number of threads.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use dutycheck_model::{CheckRun, Severity, Summary, WaivedFinding};
use dutycheck_render::{Piece, RenderOptions, Sink, Sources, Tail, TextOptions, Totals, Values};
use rayon::prelude::*;

use crate::progress::{NoProgress, Progress};
use crate::{CheckedFile, Checker, discover};

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
/// for the slowest report of a chunk, small enough that a chunk's reports
/// are a few megabytes at most.
const REPORTS_PER_THREAD: usize = 16;

/// Checks the reports under `paths` on rayon's current thread pool and
/// calls `each` with every checked report, in input order. With `values`,
/// each report carries the values its threshold rules measured.
pub fn check_each<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    values: bool,
    progress: &dyn Progress,
    each: &mut dyn FnMut(CheckedFile) -> io::Result<()>,
) -> io::Result<()> {
    let files: Vec<PathBuf> = discover::reports(paths);
    // Reports of several years: their histories first (see
    // `Checker::history_of`), kept while the reports stream.
    let history = checker.history_of(&files);
    let chunk = rayon::current_num_threads().max(1) * REPORTS_PER_THREAD;
    progress.start(files.len());
    let result = (|| {
        for part in files.chunks(chunk) {
            if let Some(first) = part.first() {
                progress.checking(first);
            }
            let checked: Vec<CheckedFile> = part
                .par_iter()
                .map(|path| {
                    let mut c = checker.check_file_in(path, values, history.as_ref());
                    // The order of `CheckRun::new`, within one path.
                    c.findings.sort_by(|a, b| {
                        (a.line, a.column, &a.rule, &a.message)
                            .cmp(&(b.line, b.column, &b.rule, &b.message))
                    });
                    c
                })
                .collect();
            progress.checked(part.len());
            for c in checked {
                each(c)?;
            }
        }
        Ok(())
    })();
    progress.finish();
    result
}

/// One output of a run: a format's sink and where it writes.
pub struct Output<'a> {
    pub sink: Box<dyn Sink + Send>,
    pub out: &'a mut (dyn Write + Send),
    /// Whether the sink shows measured values (HTML).
    pub values: bool,
}

/// Checks the reports under `paths` and streams them through every output:
/// the same bytes as rendering [`Checker::check_paths`]' run, with memory
/// that does not grow with the number of reports.
pub fn check_streaming<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    outputs: &mut [Output<'_>],
    progress: &dyn Progress,
) -> io::Result<Streamed> {
    let values = outputs.iter().any(|o| o.values);
    let mut streamed = Streamed::default();
    let mut summary = Summary::default();
    for o in outputs.iter_mut() {
        o.sink.begin()?;
    }
    let none: [&WaivedFinding; 0] = [];
    check_each(checker, paths, values, progress, &mut |c| {
        if let Some(e) = &c.result.error {
            streamed.errors.push((c.shown.clone(), e.clone()));
        }
        streamed.totals.add(&c.result, &c.findings);
        streamed.worst = streamed
            .worst
            .max(c.findings.iter().map(|f| f.severity).max());
        let s = Summary::of(&c.findings);
        summary.errors += s.errors;
        summary.warnings += s.warnings;
        summary.infos += s.infos;
        let piece = Piece {
            result: &c.result,
            findings: &c.findings,
            waived: &none,
            source: c.text.as_deref(),
            values: Some(&c.values),
        };
        for o in outputs.iter_mut() {
            o.sink.report(&piece)?;
        }
        Ok(())
    })?;
    let tail = Tail {
        summary,
        waived: &[],
        waiver_notes: &[],
        baseline: None,
    };
    for o in outputs.iter_mut() {
        match o.sink.end(&tail, o.out) {
            // A closed pipe (`dutycheck check … | head`) is not an error: the
            // run is complete, only its output was cut short.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    Ok(streamed)
}

/// Checks the reports under `paths` into a whole run, with the measured
/// values when `values` is set: [`Checker::check_paths`] with progress, for
/// runs that need every finding before rendering (waivers, a baseline, a
/// repeated path).
pub fn check_whole<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    values: bool,
    progress: &dyn Progress,
) -> (CheckRun, Sources, Values) {
    let mut reports = Vec::new();
    let mut findings = Vec::new();
    let mut sources = Sources::new();
    let mut all_values = Values::new();
    // `each` never fails here: it only collects.
    let _ = check_each(checker, paths, values, progress, &mut |c| {
        if let Some(text) = c.text {
            sources.insert(c.shown.clone(), text);
        }
        if !c.values.is_empty() {
            all_values.insert(c.shown.clone(), c.values);
        }
        reports.push(c.result);
        findings.extend(c.findings);
        Ok(())
    });
    (CheckRun::new(reports, findings), sources, all_values)
}

/// Text output of the reports under `paths`, streamed to `out` (see
/// [`check_streaming`]).
pub fn check_text_streaming<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    options: &TextOptions,
    out: &mut (dyn Write + Send),
) -> io::Result<Streamed> {
    let sink = dutycheck_render::Format::Text.sink(
        Vec::new(),
        RenderOptions {
            color: options.color,
            quiet: options.quiet,
            ..Default::default()
        },
    );
    check_streaming(
        checker,
        paths,
        &mut [Output {
            sink,
            out,
            values: false,
        }],
        &NoProgress,
    )
}
