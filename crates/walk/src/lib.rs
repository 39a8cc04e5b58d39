//! Walking directories: the one place where dutycheck turns the paths a user
//! names into the files it reads, for reports (`dutycheck check reports/`)
//! and for rule files (`--rules rules/`, `packs:`, `dutycheck test`).
//!
//! # Why not `read_dir` recursion
//!
//! A hand-written recursion that asks `path.is_dir()` follows every symbolic
//! link to a directory. A tree with one link back to its parent was walked
//! until the path grew too long (the same report checked 41 times); a tree
//! with two such links never ended (the number of paths doubles at each
//! level: 100% CPU and growing memory, no output). The walk here is built on
//! `ignore`, ripgrep's walker, and keeps three rules:
//!
//! 1. **Links are followed only to files.** A link inside a walked directory
//!    that points to a file is taken like the file (under the link's name); a
//!    link that points to a directory is *not* entered, and a [`Note`] says
//!    so, so that nothing is skipped silently (name the linked directory on
//!    the command line to walk it: the paths given are always followed). Not
//!    following directory links is what makes the walk a walk of a tree: it
//!    ends, and it visits each directory entry once, so its cost is linear
//!    in the size of the tree whatever links it holds.
//! 2. **Each file once, by its canonical path.** A file reached twice — by a
//!    link and by its own name, or named twice on the command line — is
//!    taken the first time (in sorted order) and noted the second.
//! 3. **Each directory once, by its identity** (device and inode). Without
//!    followed links a tree can still hold itself through a bind mount; a
//!    directory met again is not entered again. The same rule makes
//!    `check reports reports/2020` walk `reports/2020` once.
//!
//! Hidden files and directories (names starting with `.`) are skipped. With
//! [`Options::ignore_files`], `.gitignore` (inside a git repository),
//! `.ignore` and git's exclude files are honoured as ripgrep honours them;
//! [`Walker::globs`] are ripgrep's `--glob` patterns (`!` excludes), matched
//! against paths relative to the walked directory.
//!
//! Only regular files are taken: a FIFO named `report.txt` would block the
//! reader forever, so it is noted instead. A broken link with a wanted name
//! *is* taken, so that reading it reports the error with its name.
//!
//! The result is sorted per walked directory, so that runs are
//! reproducible whatever order the file system lists entries in.

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use ignore::WalkBuilder;
use ignore::overrides::OverrideBuilder;

/// What a walk takes, and what it skips.
#[derive(Debug, Clone)]
pub struct Options {
    /// Whether a file found in a directory is taken, by its name (the link's
    /// name for a link). Files named directly ([`Walker::file`]) are taken
    /// whatever their name.
    pub take: fn(&str) -> bool,
    /// Names of directories never entered (besides hidden ones), such as
    /// `__snapshots__` in rule trees.
    pub skip_dirs: &'static [&'static str],
    /// Honour `.gitignore` (in a git repository), `.ignore` and git's
    /// exclude files, as ripgrep does.
    pub ignore_files: bool,
}

/// Something a walk skipped or merged that the user should know about.
/// None of them is an error: each is the rule of the walk applied, said
/// out loud.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Note {
    /// A link to a directory, inside a walked directory: not entered.
    DirectoryLink { link: PathBuf },
    /// A file reached again: taken once, as `first`.
    SameFile { path: PathBuf, first: PathBuf },
    /// A directory reached again (a bind mount, or a directory named inside
    /// another one named): walked once, as `first`.
    SameDirectory { path: PathBuf, first: PathBuf },
    /// A FIFO, socket or device with a wanted name: not read.
    NotAFile { path: PathBuf },
}

impl Note {
    /// The path the note is about.
    pub fn path(&self) -> &Path {
        match self {
            Note::DirectoryLink { link: path }
            | Note::SameFile { path, .. }
            | Note::SameDirectory { path, .. }
            | Note::NotAFile { path } => path,
        }
    }

    /// What happened to [`Note::path`], and what to do about it.
    pub fn message(&self) -> String {
        match self {
            Note::DirectoryLink { .. } => {
                "a link to a directory, which a walk does not follow: name it as a path to walk it"
                    .to_string()
            }
            Note::SameFile { path, first } if path == first => {
                "named twice: taken once".to_string()
            }
            Note::SameFile { first, .. } => {
                format!("the same file as {}: taken once", first.display())
            }
            Note::SameDirectory { path, first } if path == first => {
                "walked already: walked once".to_string()
            }
            Note::SameDirectory { first, .. } => {
                format!("the same directory as {}: walked once", first.display())
            }
            Note::NotAFile { .. } => {
                "not a regular file (a FIFO, socket or device): not read".to_string()
            }
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path().display(), self.message())
    }
}

/// A directory or entry that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for WalkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// A glob of [`Options::globs`] that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlobError {
    pub glob: String,
    pub message: String,
}

impl fmt::Display for GlobError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid glob `{}`: {}", self.glob, self.message)
    }
}

impl std::error::Error for GlobError {}

/// What a walk found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// The files taken, each once: named files in the order given, the
    /// files of each directory sorted.
    pub files: Vec<PathBuf>,
    pub notes: Vec<Note>,
    pub errors: Vec<WalkError>,
}

/// The identity of a directory: device and inode on Unix. Elsewhere
/// directories are not compared (without followed links and bind mounts a
/// walk cannot meet one twice there).
#[cfg(unix)]
type DirId = (u64, u64);
#[cfg(not(unix))]
type DirId = ();

#[cfg(unix)]
fn dir_id(meta: &fs::Metadata) -> Option<DirId> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn dir_id(_meta: &fs::Metadata) -> Option<DirId> {
    None
}

/// Directories walked so far, by identity, with the path they were first
/// walked as. Shared with the walker's entry filter, which runs inside
/// `ignore` and must be `'static`.
type SeenDirs = Arc<Mutex<HashMap<DirId, PathBuf>>>;

/// Walks the paths a user names, accumulating one [`Found`].
#[derive(Debug)]
pub struct Walker {
    options: Options,
    /// ripgrep-style globs over paths relative to the walked directory (see
    /// [`Walker::globs`]).
    globs: Vec<String>,
    /// Canonical path → the path the file was first taken as.
    seen_files: HashMap<PathBuf, PathBuf>,
    seen_dirs: SeenDirs,
    found: Found,
}

impl Walker {
    /// A walker with `options`.
    pub fn new(options: Options) -> Walker {
        Walker {
            options,
            globs: Vec::new(),
            seen_files: HashMap::new(),
            seen_dirs: Arc::default(),
            found: Found::default(),
        }
    }

    /// Selects files in walked directories with ripgrep's `--glob`
    /// patterns, matched against paths relative to the walked directory: a
    /// file must match one of the plain globs (when there are any) and none
    /// of the `!` globs; directories are entered unless a `!` glob excludes
    /// them. Files named directly are not filtered. The globs are checked
    /// here, once.
    pub fn globs(mut self, globs: &[String]) -> Result<Walker, GlobError> {
        overrides(Path::new("."), globs)?;
        self.globs = globs.to_vec();
        Ok(self)
    }

    /// Walks every path: directories with [`Walker::dir`], anything else
    /// (files, missing paths) with [`Walker::file`].
    pub fn paths<P: AsRef<Path>>(mut self, paths: &[P]) -> Self {
        for p in paths {
            let p = p.as_ref();
            if p.is_dir() {
                self.dir(p);
            } else {
                self.file(p);
            }
        }
        self
    }

    /// Takes a file named directly, whatever its name, and even when it does
    /// not exist (reading it then reports the error with its name). A link
    /// named directly is followed.
    pub fn file(&mut self, path: &Path) {
        self.take(path.to_path_buf());
    }

    /// Walks the directory `root` (followed if it is a link: it was named).
    pub fn dir(&mut self, root: &Path) {
        if let Ok(meta) = fs::metadata(root)
            && let Some(id) = dir_id(&meta)
        {
            let mut seen = self
                .seen_dirs
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if let Some(first) = seen.get(&id) {
                self.found.notes.push(Note::SameDirectory {
                    path: root.to_path_buf(),
                    first: first.clone(),
                });
                return;
            }
            seen.insert(id, root.to_path_buf());
        }
        let mut builder = WalkBuilder::new(root);
        builder
            .standard_filters(self.options.ignore_files)
            .hidden(true)
            .follow_links(false);
        if !self.globs.is_empty() {
            match overrides(root, &self.globs) {
                Ok(o) => {
                    builder.overrides(o);
                }
                // Checked by `new` against another root; a glob that parses
                // there parses here. Reported rather than walked unfiltered.
                Err(e) => {
                    self.found.errors.push(WalkError {
                        path: root.to_path_buf(),
                        message: e.to_string(),
                    });
                    return;
                }
            }
        }
        let skip = self.options.skip_dirs;
        let seen = Arc::clone(&self.seen_dirs);
        let again: Arc<Mutex<Vec<Note>>> = Arc::default();
        let again_in = Arc::clone(&again);
        builder.filter_entry(move |entry| {
            if entry.depth() == 0 || !entry.file_type().is_some_and(|t| t.is_dir()) {
                return true;
            }
            if entry
                .file_name()
                .to_str()
                .is_some_and(|n| skip.contains(&n))
            {
                return false;
            }
            let Some(id) = entry.metadata().ok().as_ref().and_then(dir_id) else {
                return true;
            };
            let mut seen = seen.lock().unwrap_or_else(PoisonError::into_inner);
            match seen.get(&id) {
                Some(first) => {
                    again_in
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(Note::SameDirectory {
                            path: entry.path().to_path_buf(),
                            first: first.clone(),
                        });
                    false
                }
                None => {
                    seen.insert(id, entry.path().to_path_buf());
                    true
                }
            }
        });
        let mut taken = Vec::new();
        let mut notes = Vec::new();
        for result in builder.build() {
            let entry = match result {
                Ok(entry) => entry,
                Err(e) => {
                    self.found.errors.push(walk_error(root, &e));
                    continue;
                }
            };
            // The root was named (and is followed if it is a link); its
            // entry says nothing more.
            if entry.depth() == 0 {
                continue;
            }
            let Some(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                continue;
            }
            let wanted = (self.options.take)(&entry.file_name().to_string_lossy());
            if kind.is_symlink() {
                match fs::metadata(entry.path()) {
                    Ok(target) if target.is_dir() => {
                        notes.push(Note::DirectoryLink {
                            link: entry.into_path(),
                        });
                        continue;
                    }
                    Ok(target) if !target.is_file() => {
                        if wanted {
                            notes.push(Note::NotAFile {
                                path: entry.into_path(),
                            });
                        }
                        continue;
                    }
                    // A file, or a broken link: taken when wanted (reading
                    // a broken one reports the error with its name).
                    _ => {}
                }
            } else if !kind.is_file() {
                if wanted {
                    notes.push(Note::NotAFile {
                        path: entry.into_path(),
                    });
                }
                continue;
            }
            if wanted {
                taken.push(entry.into_path());
            }
        }
        notes.append(&mut again.lock().unwrap_or_else(PoisonError::into_inner));
        // In a stable order, whatever order the file system lists entries in.
        notes.sort();
        self.found.notes.extend(notes);
        taken.sort();
        for path in taken {
            self.take(path);
        }
    }

    /// Adds `path` unless its canonical path was taken before.
    fn take(&mut self, path: PathBuf) {
        let key = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        match self.seen_files.get(&key) {
            Some(first) => self.found.notes.push(Note::SameFile {
                path,
                first: first.clone(),
            }),
            None => {
                self.seen_files.insert(key, path.clone());
                self.found.files.push(path);
            }
        }
    }

    /// What the walk found.
    pub fn finish(self) -> Found {
        self.found
    }
}

/// The `--glob` overrides for a walk of `root`.
fn overrides(root: &Path, globs: &[String]) -> Result<ignore::overrides::Override, GlobError> {
    let mut builder = OverrideBuilder::new(root);
    for glob in globs {
        builder.add(glob).map_err(|e| GlobError {
            glob: glob.clone(),
            message: glob_reason(&e),
        })?;
    }
    builder.build().map_err(|e| GlobError {
        glob: globs.join(" "),
        message: glob_reason(&e),
    })
}

/// The reason of a glob error, without the glob that `GlobError` names.
fn glob_reason(e: &ignore::Error) -> String {
    match e {
        ignore::Error::Glob { err, .. } => err.clone(),
        other => other.to_string(),
    }
}

/// A walk error with the path it concerns (the walked root when `ignore`
/// gives none).
fn walk_error(root: &Path, e: &ignore::Error) -> WalkError {
    let mut path = root.to_path_buf();
    let mut err = e;
    loop {
        match err {
            ignore::Error::WithPath {
                path: p,
                err: inner,
            } => {
                path = p.clone();
                err = inner;
            }
            ignore::Error::WithDepth { err: inner, .. }
            | ignore::Error::WithLineNumber { err: inner, .. } => err = inner,
            ignore::Error::Io(io) => {
                return WalkError {
                    path,
                    message: format!("cannot read directory: {io}"),
                };
            }
            other => {
                return WalkError {
                    path,
                    message: other.to_string(),
                };
            }
        }
    }
}

#[cfg(test)]
mod tests;
