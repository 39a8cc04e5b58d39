//! How paths appear in outputs: relative to a root (`--root DIR`).
//!
//! A report given as `/home/ci/checkout/reports/a.txt` and one given as
//! `reports/a.txt` are the same file to a reviewer, and a snapshot of the
//! JSON, SARIF or JUnit output must not change with the machine or the
//! checkout directory. So every path an output shows (a report, a finding's
//! file, a waiver's origin, the baseline) goes through one function,
//! [`Root::shown`]: relative to the root when the file is under it, else as
//! given (an absolute path outside the root cannot be made portable, and
//! `../..` chains would only hide where it is).
//!
//! The comparison is lexical (`.` and `..` are resolved on the text of the
//! path, symbolic links are not followed), so it needs no file to exist and
//! gives the same answer for a path that could not be read.

use std::path::{Component, Path, PathBuf};

/// The directory paths are shown relative to, absolute and normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    /// `None` when the current directory is unknown: paths are then shown
    /// as given.
    dir: Option<PathBuf>,
}

impl Root {
    /// `dir` (relative to the current directory when relative).
    pub fn new(dir: &Path) -> Root {
        Root { dir: absolute(dir) }
    }

    /// The current directory.
    pub fn current_dir() -> Root {
        Root::new(Path::new(""))
    }

    /// The root directory, when known.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// `path` as outputs show it: relative to the root, with `/` between
    /// components, when it is under the root; else as given.
    pub fn shown(&self, path: &Path) -> String {
        let as_given = path.display().to_string();
        let (Some(root), Some(abs)) = (&self.dir, absolute(path)) else {
            return as_given;
        };
        match abs.strip_prefix(root) {
            Ok(rel) if rel.as_os_str().is_empty() => as_given,
            Ok(rel) => {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                parts.join("/")
            }
            Err(_) => as_given,
        }
    }

    /// A file the user named (`path` as shown) resolved back to a file to
    /// read: relative to the root when relative.
    pub fn resolve(&self, shown: &str) -> PathBuf {
        let p = Path::new(shown);
        match &self.dir {
            Some(root) if p.is_relative() => root.join(p),
            _ => p.to_path_buf(),
        }
    }
}

/// `p` made absolute against the current directory and normalised
/// lexically; `None` when the current directory is unknown.
fn absolute(p: &Path) -> Option<PathBuf> {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(p)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_under_the_root_are_relative_and_others_as_given() {
        let root = Root::new(Path::new("/srv/ci/checkout"));
        assert_eq!(
            root.shown(Path::new("/srv/ci/checkout/reports/东河县.txt")),
            "reports/东河县.txt"
        );
        assert_eq!(
            root.shown(Path::new("/srv/ci/checkout/./reports/../a.txt")),
            "a.txt"
        );
        assert_eq!(root.shown(Path::new("/tmp/a.txt")), "/tmp/a.txt");
        assert_eq!(
            root.shown(Path::new("/srv/ci/checkout-2/a.txt")),
            "/srv/ci/checkout-2/a.txt",
            "a sibling with a common prefix is not under the root"
        );
        assert_eq!(
            root.resolve("reports/a.txt"),
            PathBuf::from("/srv/ci/checkout/reports/a.txt")
        );
        assert_eq!(root.resolve("/tmp/a.txt"), PathBuf::from("/tmp/a.txt"));
    }

    #[test]
    fn relative_paths_are_taken_from_the_current_directory() {
        let here = Root::current_dir();
        assert_eq!(here.shown(Path::new("./reports/a.txt")), "reports/a.txt");
        assert_eq!(here.shown(Path::new("reports/a.txt")), "reports/a.txt");
        let cwd = std::env::current_dir().expect("cwd");
        assert_eq!(here.shown(&cwd.join("b.txt")), "b.txt");
    }
}
