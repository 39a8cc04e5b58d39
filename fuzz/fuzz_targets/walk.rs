//! Directory walks (`dutycheck_walk`, behind `dutycheck check DIR` and rule
//! directories) on generated trees of directories, files and links: links
//! back to an ancestor, to a sibling, to a file, to nowhere, chains of links
//! — the shapes that made the hand-written walks loop forever (issue 13).
//!
//! The input is a list of operations of three bytes (what, where, which),
//! applied in a scratch directory that is emptied for every input; at most
//! 48 operations, so a tree has at most about 50 entries. Then the tree is
//! walked from its root (and, by the first byte, also from one of its
//! directories, to reach "the same directory twice"), with or without
//! ignore files and a glob. What must hold:
//!
//! - the walk ends (libFuzzer's `-timeout` catches a loop);
//! - each file is taken once by its canonical path;
//! - every taken file lies under a walked root, by the path it was taken as;
//! - no more files are taken than entries were created;
//! - every `DirectoryLink` note is a link to a directory.
#![no_main]

use std::collections::HashSet;
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use dutycheck_walk::{Note, Options, Walker};
use libfuzzer_sys::fuzz_target;

/// Entry names: report names, other names, hidden ones and a skipped
/// directory name.
const NAMES: [&str; 8] = ["a", "b", "r.txt", "s.md", ".h", "__snapshots__", "t.txt", "x.csv"];
/// Link targets besides the tree's own directories and files.
const TARGETS: [&str; 4] = [".", "..", "../..", "missing.txt"];
const GLOBS: [&str; 3] = ["*.txt", "!a/**", "**/b/*"];

fn scratch() -> PathBuf {
    std::env::temp_dir().join(format!("dutycheck-fuzz-walk-{}", std::process::id()))
}

fuzz_target!(|data: &[u8]| {
    let Some((&header, ops)) = data.split_first() else {
        return;
    };
    let root = scratch();
    let _ = fs::remove_dir_all(&root);
    if fs::create_dir_all(&root).is_err() {
        return;
    }
    let mut dirs: Vec<PathBuf> = vec![root.clone()];
    let mut files: Vec<PathBuf> = Vec::new();
    let mut created = 0usize;
    for op in ops.chunks_exact(3).take(48) {
        let parent = dirs[op[1] as usize % dirs.len()].clone();
        let path = parent.join(NAMES[op[2] as usize % NAMES.len()]);
        if fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        let made = match op[0] % 4 {
            0 => fs::create_dir(&path).map(|()| dirs.push(path.clone())),
            1 => fs::write(&path, "一、某县\n").map(|()| files.push(path.clone())),
            // A link to one of the tree's directories, by absolute path.
            2 => symlink(&dirs[op[2] as usize % dirs.len()], &path),
            // A link to a file of the tree, or a relative target.
            _ => match files.get(op[2] as usize % (files.len() + TARGETS.len())) {
                Some(file) => symlink(file, &path),
                None => symlink(TARGETS[op[2] as usize % TARGETS.len()], &path),
            },
        };
        if made.is_ok() {
            created += 1;
        }
    }

    let options = Options {
        take: |n| n.ends_with(".txt") || n.ends_with(".md"),
        skip_dirs: &["__snapshots__"],
        ignore_files: header & 1 != 0,
    };
    let globs: Vec<String> = if header & 2 != 0 {
        vec![GLOBS[(header as usize >> 2) % GLOBS.len()].to_string()]
    } else {
        Vec::new()
    };
    let mut roots: Vec<PathBuf> = vec![root.clone()];
    if header & 0x80 != 0 {
        roots.push(dirs[(header as usize >> 4) % dirs.len()].clone());
    }
    let walker = Walker::new(options)
        .globs(&globs)
        .expect("the fixed globs are valid");
    let found = walker.paths(&roots).finish();

    let mut canonical = HashSet::new();
    for file in &found.files {
        let key = fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        assert!(canonical.insert(key), "{file:?} taken twice");
        assert!(
            roots.iter().any(|r| file.starts_with(r)),
            "{file:?} is under no walked root"
        );
    }
    assert!(
        found.files.len() <= created,
        "{} files taken from {created} entries",
        found.files.len()
    );
    for note in &found.notes {
        if let Note::DirectoryLink { link } = note {
            assert!(is_dir_link(link), "{link:?} noted as a link to a directory");
        }
    }
    let _ = fs::remove_dir_all(&root);
});

fn is_dir_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && fs::metadata(path).is_ok_and(|m| m.is_dir())
}
