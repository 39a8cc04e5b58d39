//! Reports the history pass read, kept for the check pass.
//!
//! A run over several years reads every report twice: once to build the
//! region histories (every report's values must be known before the first
//! report is judged against its earlier years), and once to judge it.
//! Reading, parsing and extracting is most of the work a report costs
//! (two thirds of a run over the benchmark slice), so a report the history
//! pass read is kept, and the check pass takes it instead of reading it
//! again.
//!
//! Kept reports are whole models (figures, statements and values as owned
//! data, about ten times the text's size), so what is kept is bounded:
//! [`KEEP_TEXT`] bytes of report text at most, unless the builder sets
//! another bound. Past the bound, reports are
//! read twice, as before, and peak memory stays flat however many reports a
//! run holds. A county's or a province's reports over a few years fit; a
//! national run over many years keeps its first reports only.
//!
//! The check pass gets the same report either way: reading is
//! deterministic, and the tests compare the outputs of runs with and
//! without keeping.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use dutycheck_model::Report;

/// The most report text kept at once by default, in bytes of decoded text
/// ([`crate::CheckerBuilder::keep_read_reports`] sets another). The model
/// built from a text weighs about ten times as much: 8 MiB of text, about
/// 550 generated reports, added 90 MB to the peak memory of a run.
pub(crate) const KEEP_TEXT: usize = 8 << 20;

/// Reports read by the history pass and not yet checked, by path.
pub(crate) struct Kept {
    /// The most text kept, in bytes.
    limit: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    reports: HashMap<PathBuf, (Report, String)>,
    /// The bytes of text of the reports in `reports`.
    bytes: usize,
}

impl Kept {
    pub(crate) fn new(limit: usize) -> Kept {
        Kept {
            limit,
            inner: Mutex::default(),
        }
    }

    /// Forgets every report kept (a new run starts).
    pub(crate) fn clear(&self) {
        if let Ok(mut inner) = self.inner.lock() {
            *inner = Inner::default();
        }
    }

    /// Keeps the report read from `path` when it fits in the limit; drops
    /// it otherwise (the check pass then reads it again).
    pub(crate) fn keep(&self, path: &Path, report: Report, text: String) {
        if let Ok(mut inner) = self.inner.lock()
            && inner.bytes + text.len() <= self.limit
        {
            inner.bytes += text.len();
            if let Some((_, old)) = inner.reports.insert(path.to_path_buf(), (report, text)) {
                inner.bytes -= old.len();
            }
        }
    }

    /// The report kept for `path`, taken out: each is checked once.
    pub(crate) fn take(&self, path: &Path) -> Option<(Report, String)> {
        let mut inner = self.inner.lock().ok()?;
        let (report, text) = inner.reports.remove(path)?;
        inner.bytes -= text.len();
        Some((report, text))
    }
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (n, bytes) = self
            .inner
            .lock()
            .map_or((0, 0), |i| (i.reports.len(), i.bytes));
        write!(f, "Kept({n} reports, {bytes} bytes of text)")
    }
}
