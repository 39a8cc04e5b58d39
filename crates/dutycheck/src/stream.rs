//! Checking a corpus with flat memory: each report is read, checked and
//! handed to the output formats' sinks ([`dutycheck_render::Sink`]) as soon
//! as it is done, in input order, whatever the number of threads.
//!
//! [`crate::Checker::check_paths`] returns the whole [`dutycheck_model::CheckRun`]
//! and every source text, which is what a library user who wants the run as
//! a value gets. For 10,000 reports that is hundreds of megabytes:
//! every decoded text (kept only to quote one line per finding), every
//! compliance matrix, every finding. Here reports are taken in chunks of a
//! few per thread, checked in parallel, and given to the sinks one by one in
//! input order; a report's text and findings are dropped once every sink has
//! seen it. What the sinks keep is theirs to bound (see
//! `dutycheck_render::sink`): spill files and per-report counts. Waivers
//! and a baseline are applied report by report ([`check_streaming_with`]),
//! and `--also` outputs are more sinks fed the same reports.
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

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use dutycheck_model::{
    BaselineComparison, CheckRun, History, Severity, Summary, WaivedFinding, WaiverNote,
};
use dutycheck_render::fingerprint::file_name;
use dutycheck_render::{
    Fingerprinter, Piece, RenderOptions, Sink, Sources, Tail, TextOptions, Totals, Values, feed_run,
};
use rayon::prelude::*;

use crate::baseline::Comparison;
use crate::outputs::Extras;
use crate::progress::{NoProgress, Progress};
use crate::waivers::{Date, Uses};
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
    /// Expired and unused waivers (with waivers).
    pub waiver_notes: Vec<WaiverNote>,
    /// The comparison with the baseline (with one).
    pub baseline: Option<BaselineComparison>,
}

/// Reports per thread in one chunk. Large enough that threads rarely wait
/// for the slowest report of a chunk, small enough that a chunk's reports
/// are a few megabytes at most.
const REPORTS_PER_THREAD: usize = 16;

/// Checks the reports under `paths` on rayon's current thread pool and
/// calls `each` with every checked report, in input order. With `values`,
/// each report carries the values its threshold rules measured. `each` is
/// called on one thread at a time, while the next reports are checked.
pub fn check_each<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    values: bool,
    progress: &dyn Progress,
    each: &mut (dyn FnMut(CheckedFile) -> io::Result<()> + Send),
) -> io::Result<()> {
    let files = discover::reports(paths);
    let history = checker.history_of(&files);
    check_files(checker, &files, history.as_ref(), values, progress, each)
}

/// [`check_each`] on the report files `files`, already searched, within a
/// run whose reports form `history` (reports of several years: their
/// histories are built first, see `Checker::history_of`, and kept while
/// the reports stream).
fn check_files(
    checker: &Checker,
    files: &[PathBuf],
    history: Option<&History>,
    values: bool,
    progress: &dyn Progress,
    each: &mut (dyn FnMut(CheckedFile) -> io::Result<()> + Send),
) -> io::Result<()> {
    let chunk = rayon::current_num_threads().max(1) * REPORTS_PER_THREAD;
    progress.start(files.len());
    let check_chunk = |part: &[PathBuf]| -> Vec<CheckedFile> {
        if let Some(first) = part.first() {
            progress.checking(first);
        }
        let checked = part
            .par_iter()
            .map(|path| {
                let mut c = checker.check_file_in(path, values, history);
                // The order of `CheckRun::new`, within one path.
                c.findings.sort_by(|a, b| {
                    (a.line, a.column, &a.rule, &a.message)
                        .cmp(&(b.line, b.column, &b.rule, &b.message))
                });
                c
            })
            .collect();
        progress.checked(part.len());
        checked
    };
    // The outputs take the reports of one chunk, in order, while the
    // threads check the next: handing a chunk to the sinks (rendering,
    // spilling) is a seventh of a report's work, and done between chunks
    // it left every other thread idle (2 threads ran 1.5x one).
    let result = (|| {
        let mut ready: Vec<CheckedFile> = Vec::new();
        for part in files.chunks(chunk) {
            let (handed, checked) = rayon::join(
                || ready.drain(..).try_for_each(&mut *each),
                || check_chunk(part),
            );
            handed?;
            ready = checked;
        }
        ready.into_iter().try_for_each(each)
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
    check_streaming_with(
        checker,
        paths,
        outputs,
        progress,
        &Extras::default(),
        Date::today(),
    )
}

/// [`check_streaming`] with waivers (as of `today`) and a baseline: the same
/// bytes as applying them to the whole run ([`Extras::apply`]), report by
/// report.
///
/// Waivers are known before the run: each report's findings are split into
/// counted and waived as the report arrives, and two counts per waiver give
/// the expired and unused notes at the end. The baseline is compared by
/// fingerprint ([`crate::baseline::Comparison`]): a flag per baseline
/// finding and two counts. Waived findings go to the sinks with their
/// report ([`Piece::waived`]), like the others: a format that lists them at
/// the end spills them, and the run counts them. What the run keeps in
/// memory besides the sinks' per-report aggregates: the baseline's
/// fingerprints, and the fingerprint counters of file names that several
/// reports share.
///
/// Fingerprints count repeats in path order over the whole run, and their
/// identity includes the report's file name. Reports with different file
/// names never share a count, so each report is counted on its own. When
/// several reports share a file name (`a/county.txt`, `b/county.txt`) and
/// arrive out of path order, a report's numbers would depend on a report
/// not checked yet: that run, with a baseline, is checked whole and then
/// rendered (the bytes are the same; only memory is not flat).
pub fn check_streaming_with<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    outputs: &mut [Output<'_>],
    progress: &dyn Progress,
    extras: &Extras,
    today: Date,
) -> io::Result<Streamed> {
    let files = discover::reports(paths);
    let values = outputs.iter().any(|o| o.values);
    // File name → reports still to come, for names several reports share.
    let mut shared: HashMap<String, (usize, Fingerprinter)> = HashMap::new();
    if extras.baseline.is_some() {
        let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
        for f in &files {
            let shown = checker.shown(f);
            by_name
                .entry(file_name(&shown).to_string())
                .or_default()
                .push(shown);
        }
        for (name, shown) in by_name {
            if shown.len() < 2 {
                continue;
            }
            if !shown.is_sorted() {
                return whole_with(checker, paths, outputs, progress, extras, today);
            }
            shared.insert(name, (shown.len(), Fingerprinter::default()));
        }
    }
    let mut uses = extras.waivers.as_ref().map(Uses::new);
    let mut comparison = extras.baseline.as_ref().map(Comparison::new);
    let mut waived_count = 0usize;
    let mut streamed = Streamed::default();
    let mut summary = Summary::default();
    let history = checker.history_of(&files);
    for o in outputs.iter_mut() {
        o.sink.begin()?;
    }
    check_files(
        checker,
        &files,
        history.as_ref(),
        values,
        progress,
        &mut |c| {
            if let Some(e) = &c.result.error {
                streamed.errors.push((c.shown.clone(), e.clone()));
            }
            let mut findings = c.findings;
            let mut waived = Vec::new();
            if let (Some(w), Some(uses)) = (&extras.waivers, &mut uses) {
                (findings, waived) = w.split(findings, today, uses);
            }
            if let Some(comparison) = &mut comparison {
                let name = file_name(&c.result.path);
                findings = match shared.get_mut(name) {
                    Some((left, fingerprinter)) => {
                        let kept = comparison.report(findings, &waived, fingerprinter);
                        *left -= 1;
                        if *left == 0 {
                            shared.remove(name);
                        }
                        kept
                    }
                    None => comparison.report(findings, &waived, &mut Fingerprinter::default()),
                };
            }
            streamed.totals.add(&c.result, &findings);
            streamed.worst = streamed
                .worst
                .max(findings.iter().map(|f| f.severity).max());
            let s = Summary::of(&findings);
            summary.errors += s.errors;
            summary.warnings += s.warnings;
            summary.infos += s.infos;
            let waived_refs: Vec<&WaivedFinding> = waived.iter().collect();
            let piece = Piece {
                result: &c.result,
                findings: &findings,
                waived: &waived_refs,
                source: c.text.as_deref(),
                values: Some(&c.values),
            };
            for o in outputs.iter_mut() {
                o.sink.report(&piece)?;
            }
            waived_count += waived.len();
            Ok(())
        },
    )?;
    if let (Some(w), Some(uses)) = (&extras.waivers, &uses) {
        streamed.waiver_notes = w.notes(uses);
    }
    streamed.baseline = comparison.map(Comparison::finish);
    let tail = Tail {
        summary,
        waived: waived_count,
        waiver_notes: &streamed.waiver_notes,
        baseline: streamed.baseline.as_ref(),
        history: history.as_ref(),
    };
    end_all(outputs, &tail)?;
    Ok(streamed)
}

/// Ends every output. A closed pipe (`dutycheck check … | head`) is not an
/// error: the run is complete, only its output was cut short.
fn end_all(outputs: &mut [Output<'_>], tail: &Tail<'_>) -> io::Result<()> {
    for o in outputs.iter_mut() {
        match o.sink.end(tail, o.out) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

/// [`check_streaming_with`] for the one run it cannot stream: the whole run
/// checked, the waivers and the baseline applied, then rendered.
fn whole_with<P: AsRef<Path>>(
    checker: &Checker,
    paths: &[P],
    outputs: &mut [Output<'_>],
    progress: &dyn Progress,
    extras: &Extras,
    today: Date,
) -> io::Result<Streamed> {
    let values = outputs.iter().any(|o| o.values);
    let (run, sources, values) = check_whole(checker, paths, values, progress);
    let run = extras.apply(run, today);
    for o in outputs.iter_mut() {
        match feed_run(o.sink.as_mut(), &run, &sources, &values, o.out) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    let mut streamed = Streamed {
        worst: run.worst(),
        waiver_notes: run.waiver_notes.clone(),
        baseline: run.baseline.clone(),
        ..Streamed::default()
    };
    for r in &run.reports {
        if let Some(e) = &r.error {
            streamed.errors.push((r.path.clone(), e.clone()));
        }
        streamed.totals.add(r, &[]);
    }
    streamed.totals.summary = run.summary;
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
    let files = discover::reports(paths);
    let history = checker.history_of(&files);
    // `each` never fails here: it only collects.
    let _ = check_files(
        checker,
        &files,
        history.as_ref(),
        values,
        progress,
        &mut |c| {
            if let Some(text) = c.text {
                sources.insert(c.shown.clone(), text);
            }
            if !c.values.is_empty() {
                all_values.insert(c.shown.clone(), c.values);
            }
            reports.push(c.result);
            findings.extend(c.findings);
            Ok(())
        },
    );
    let mut run = CheckRun::new(reports, findings);
    run.history = history;
    (run, sources, all_values)
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
