//! A progress bar for long runs: `dutycheck check reports/` over hundreds of
//! files should show that it is working, on stderr, so that stdout stays
//! clean for the output.
//!
//! The bar appears only when stderr is a terminal (a CI log or a redirect
//! gets no escape codes), when `--quiet` is not given, and when there are at
//! least [`MIN_FILES`] reports: for a handful of files it would only flicker.
//! Files are checked in chunks through [`Checker::check_paths`], so that the
//! bar advances while checking keeps whatever parallelism `check_paths` has;
//! the chunks' results are merged into one run, identical to a single call
//! (reports keep their order, and [`CheckRun::new`] sorts the findings).

use std::io::IsTerminal;
use std::path::Path;

/// Fewer reports than this get no bar.
pub const MIN_FILES: usize = 8;

/// Whether a run over `files` reports shows a progress bar on stderr.
pub fn wanted(files: usize, quiet: bool) -> bool {
    !quiet && files >= MIN_FILES && std::io::stderr().is_terminal()
}

/// A progress bar over `files` reports on stderr, or `None` when it is not
/// [`wanted`]. Shared by the whole-run path below and the streaming text
/// path (`dutycheck::stream`, through [`Bar`]), so that both look the same.
pub fn bar(files: usize, quiet: bool) -> Option<indicatif::ProgressBar> {
    if !wanted(files, quiet) {
        return None;
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} checking {pos}/{len} reports [{bar:30}] {elapsed} {wide_msg}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    Some(bar)
}

/// The bar as a [`dutycheck::progress::Progress`], for the streaming path:
/// created when the run says how many reports it has, if [`wanted`].
pub struct Bar {
    quiet: bool,
    bar: std::sync::OnceLock<Option<indicatif::ProgressBar>>,
}

impl Bar {
    pub fn new(quiet: bool) -> Bar {
        Bar {
            quiet,
            bar: std::sync::OnceLock::new(),
        }
    }

    fn get(&self) -> Option<&indicatif::ProgressBar> {
        self.bar.get().and_then(Option::as_ref)
    }
}

impl dutycheck::progress::Progress for Bar {
    fn start(&self, reports: usize) {
        let _ = self.bar.set(bar(reports, self.quiet));
    }

    fn checking(&self, first: &Path) {
        if let Some(bar) = self.get() {
            bar.set_message(first.display().to_string());
        }
    }

    fn checked(&self, n: usize) {
        if let Some(bar) = self.get() {
            bar.inc(n as u64);
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.get() {
            bar.finish_and_clear();
        }
    }
}
