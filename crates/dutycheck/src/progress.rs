//! Progress of a long run, for whoever shows it.
//!
//! The library does not draw anything: the command line implements
//! [`Progress`] with a progress bar on stderr, a program embedding the
//! library may log, and [`NoProgress`] ignores it.

use std::path::Path;

/// Told how a run advances. Every method has an empty default.
pub trait Progress: Sync {
    /// The run will check `reports` reports.
    fn start(&self, _reports: usize) {}
    /// A batch of reports starting with `first` is being checked.
    fn checking(&self, _first: &Path) {}
    /// `n` more reports are checked.
    fn checked(&self, _n: usize) {}
    /// The run is done (also when its output failed).
    fn finish(&self) {}
}

/// Shows nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {}
