//! Finding report files: paths given on the command line, and directories
//! searched for reports.
//!
//! Only the paths the user names are read. Files named are taken as given
//! (whatever their extension). Directories are walked by `dutycheck_walk`,
//! the one walk of dutycheck, with its rules:
//!
//! - files with a report extension ([`REPORT_EXTENSIONS`]) are taken;
//!   hidden files and directories are skipped;
//! - links are followed only to files: a link to a directory inside a
//!   walked directory is not entered (a note says so; name it as a path to
//!   check it), so that a tree with links back to itself is walked once;
//! - each file is checked once, by its canonical path, however many names
//!   reach it (a note says which were merged);
//! - like ripgrep, `.gitignore` (inside a git repository), `.ignore` and
//!   git's exclude files are honoured unless [`Search::no_ignore`]
//!   (`--no-ignore`), and [`Search::globs`] (`--glob`, `!` to exclude)
//!   select files by their path inside the walked directory;
//! - each directory's files are sorted, so that runs are reproducible.

use std::path::{Path, PathBuf};

use dutycheck_walk::{Found, GlobError, Options, Walker};

/// Extensions of files taken when a directory is searched: text and
/// Markdown, Word documents and PDF (see `dutycheck_read::Format`).
pub const REPORT_EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "docx", "pdf"];

/// How directories are searched for reports (`--no-ignore`, `--glob`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Do not read `.gitignore`, `.ignore` or git's exclude files.
    pub no_ignore: bool,
    /// ripgrep's `--glob` patterns over paths relative to the walked
    /// directory; `!GLOB` excludes.
    pub globs: Vec<String>,
}

/// Whether a file found in a directory is a report, by its extension.
fn is_report_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| REPORT_EXTENSIONS.iter().any(|r| e.eq_ignore_ascii_case(r)))
}

/// The report files under `paths`, with what the walk noted and the
/// directories it could not read. Fails only on an invalid glob.
pub fn find<P: AsRef<Path>>(paths: &[P], search: &Search) -> Result<Found, GlobError> {
    let options = Options {
        take: is_report_name,
        skip_dirs: &[],
        ignore_files: !search.no_ignore,
    };
    Ok(Walker::new(options)
        .globs(&search.globs)?
        .paths(paths)
        .finish())
}

/// Expands the given paths with the default [`Search`]: files are kept as
/// given (even with another extension, and even when missing, so that the
/// error names them), directories are searched. A directory that cannot be
/// read is passed on as a path, so that reading it reports the error with
/// its name.
pub fn reports<P: AsRef<Path>>(paths: &[P]) -> Vec<PathBuf> {
    match find(paths, &Search::default()) {
        Ok(found) => {
            let mut files = found.files;
            files.extend(found.errors.into_iter().map(|e| e.path));
            files
        }
        // The default search has no globs.
        Err(_) => paths.iter().map(|p| p.as_ref().to_path_buf()).collect(),
    }
}
