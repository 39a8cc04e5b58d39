//! Finding report files: paths given on the command line, and directories
//! searched for reports.
//!
//! Only the paths the user names are read. Inside a directory, files with a
//! report extension are taken, hidden files and directories are skipped, and
//! the result is sorted so that runs are reproducible.

use std::path::{Path, PathBuf};

/// Extensions of files taken when a directory is searched: text and
/// Markdown, Word documents and PDF (see `dutycheck_read::Format`).
pub const REPORT_EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "docx", "pdf"];

/// Expands the given paths: files are kept as given (even with another
/// extension, and even when missing, so that the error names them),
/// directories are searched recursively.
pub fn reports<P: AsRef<Path>>(paths: &[P]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        let p = p.as_ref();
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found);
            found.sort();
            out.extend(found);
        } else {
            out.push(p.to_path_buf());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // An unreadable directory is passed on as a path, so that reading it
        // reports the error with its name.
        out.push(dir.to_path_buf());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| REPORT_EXTENSIONS.iter().any(|r| e.eq_ignore_ascii_case(r)))
        {
            out.push(path);
        }
    }
}
