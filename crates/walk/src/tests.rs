use std::fs;
use std::path::{Path, PathBuf};

use super::*;

fn reports() -> Options {
    Options {
        take: |n| n.ends_with(".txt") || n.ends_with(".md"),
        skip_dirs: &["__snapshots__"],
        ignore_files: false,
    }
}

fn walk(options: Options, paths: &[&Path]) -> Found {
    Walker::new(options).paths(paths).finish()
}

/// The files found, relative to `root`, with `/` separators.
fn names(found: &Found, root: &Path) -> Vec<String> {
    found
        .files
        .iter()
        .map(|p| {
            p.strip_prefix(root)
                .unwrap_or(p)
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

fn write(root: &Path, rel: &str) -> PathBuf {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().expect("a file has a parent")).expect("mkdir");
    fs::write(&p, "一、某县\n").expect("write");
    p
}

#[test]
fn sorted_files_with_wanted_names_hidden_and_skipped_dirs_left_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    for rel in [
        "b.txt",
        "a/z.md",
        "a/y.txt",
        "notes.csv",
        ".hidden.txt",
        ".git/x.txt",
        "__snapshots__/s.txt",
    ] {
        write(root, rel);
    }
    let found = walk(reports(), &[root]);
    assert_eq!(names(&found, root), ["a/y.txt", "a/z.md", "b.txt"]);
    assert!(found.notes.is_empty(), "{:?}", found.notes);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
}

#[test]
fn named_files_are_kept_as_given_even_missing_and_with_other_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = write(dir.path(), "table.csv");
    let missing = dir.path().join("missing.txt");
    let found = walk(reports(), &[&csv, &missing]);
    assert_eq!(found.files, [csv, missing]);
}

#[test]
fn a_file_named_twice_is_taken_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "a.txt");
    let found = walk(reports(), &[&a, &a]);
    assert_eq!(found.files, std::slice::from_ref(&a));
    assert_eq!(
        found.notes,
        [Note::SameFile {
            path: a.clone(),
            first: a
        }]
    );
}

#[test]
fn a_directory_inside_a_named_directory_is_walked_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "sub/a.txt");
    write(root, "b.txt");
    let sub = root.join("sub");
    let found = walk(reports(), &[root, &sub]);
    assert_eq!(names(&found, root), ["b.txt", "sub/a.txt"]);
    assert_eq!(
        found.notes,
        [Note::SameDirectory {
            path: sub.clone(),
            first: sub
        }]
    );
    // The other way round: the named subdirectory first, then not again
    // inside its parent.
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "sub/a.txt");
    write(root, "b.txt");
    let sub = root.join("sub");
    let found = walk(reports(), &[&sub, root]);
    assert_eq!(names(&found, root), ["sub/a.txt", "b.txt"]);
    assert_eq!(found.notes.len(), 1, "{:?}", found.notes);
}

#[test]
fn globs_select_and_exclude_as_in_ripgrep() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    for rel in ["2020/a.txt", "2020/b.md", "old/c.txt", "d.txt"] {
        write(root, rel);
    }
    let found = Walker::new(reports())
        .globs(&["*.txt".into(), "!old/**".into()])
        .expect("valid globs")
        .paths(&[root])
        .finish();
    assert_eq!(names(&found, root), ["2020/a.txt", "d.txt"]);
}

#[test]
fn an_invalid_glob_is_an_error_naming_it() {
    let e = Walker::new(reports())
        .globs(&["{a,b".into()])
        .expect_err("an unclosed brace");
    assert_eq!(e.glob, "{a,b");
    assert!(e.to_string().starts_with("invalid glob `{a,b`: "), "{e}");
}

#[test]
fn notes_say_what_happened_to_which_path() {
    let a = PathBuf::from("r/a.txt");
    let b = PathBuf::from("r/b.txt");
    let twice = Note::SameFile {
        path: a.clone(),
        first: a.clone(),
    };
    assert_eq!(twice.to_string(), "r/a.txt: named twice: taken once");
    let linked = Note::SameFile { path: b, first: a };
    assert_eq!(
        linked.to_string(),
        "r/b.txt: the same file as r/a.txt: taken once"
    );
    let link = Note::DirectoryLink {
        link: PathBuf::from("r/old"),
    };
    assert_eq!(link.path(), Path::new("r/old"));
    assert!(link.message().contains("name it as a path"));
}

#[test]
fn gitignore_is_honoured_in_a_git_repository_only_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::create_dir(root.join(".git")).expect("mkdir .git");
    fs::write(root.join(".gitignore"), "drafts/\n").expect("write");
    write(root, "drafts/a.txt");
    write(root, "final/b.txt");
    let mut options = reports();
    assert_eq!(
        names(&walk(options.clone(), &[root]), root),
        ["drafts/a.txt", "final/b.txt"]
    );
    options.ignore_files = true;
    assert_eq!(names(&walk(options, &[root]), root), ["final/b.txt"]);
}

#[cfg(unix)]
mod links {
    use std::os::unix::fs::symlink;

    use super::*;

    /// The attack of issue 13: two links back to the root. A walk that
    /// follows them never ends; this one takes each report once and says
    /// which links it did not follow.
    #[test]
    fn two_loops_end_and_take_each_report_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        write(root, "report.txt");
        write(root, "a/one.txt");
        write(root, "b/two.txt");
        symlink("..", root.join("a/up")).expect("symlink");
        symlink("..", root.join("b/up")).expect("symlink");
        let found = walk(reports(), &[root]);
        assert_eq!(
            names(&found, root),
            ["a/one.txt", "b/two.txt", "report.txt"]
        );
        assert_eq!(
            found.notes,
            [
                Note::DirectoryLink {
                    link: root.join("a/up")
                },
                Note::DirectoryLink {
                    link: root.join("b/up")
                },
            ]
        );
    }

    /// One loop: the report was checked 41 times (once per level until the
    /// path was too long).
    #[test]
    fn one_loop_takes_the_report_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        write(root, "report.txt");
        symlink(".", root.join("again")).expect("symlink");
        let found = walk(reports(), &[root]);
        assert_eq!(names(&found, root), ["report.txt"]);
        assert_eq!(found.notes.len(), 1, "{:?}", found.notes);
    }

    /// A ladder of levels where every level links twice to the next: a
    /// walk that follows links visits 2^depth paths. Not following them,
    /// the walk sees each entry once.
    #[test]
    fn a_ladder_of_links_is_walked_in_linear_time() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let depth = 40;
        let mut level = root.to_path_buf();
        for i in 0..depth {
            write(&level, &format!("r{i}.txt"));
            let next = level.join("next");
            fs::create_dir(&next).expect("mkdir");
            symlink("next", level.join("left")).expect("symlink");
            symlink("next", level.join("right")).expect("symlink");
            level = next;
        }
        let found = walk(reports(), &[root]);
        assert_eq!(found.files.len(), depth);
        assert_eq!(found.notes.len(), 2 * depth);
    }

    #[test]
    fn a_link_to_a_file_is_taken_once_with_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        write(root, "r.txt");
        symlink("r.txt", root.join("latest.txt")).expect("symlink");
        // A link to a file outside the walked directory is taken too.
        let outside = tempfile::tempdir().expect("tempdir");
        let far = write(outside.path(), "far.txt");
        symlink(&far, root.join("far.txt")).expect("symlink");
        let found = walk(reports(), &[root]);
        assert_eq!(names(&found, root), ["far.txt", "latest.txt"]);
        assert_eq!(
            found.notes,
            [Note::SameFile {
                path: root.join("r.txt"),
                first: root.join("latest.txt")
            }]
        );
    }

    #[test]
    fn a_broken_link_with_a_wanted_name_is_taken_so_that_reading_names_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        symlink("nowhere.txt", root.join("gone.txt")).expect("symlink");
        symlink("gone.csv", root.join("gone.csv")).expect("symlink");
        let found = walk(reports(), &[root]);
        assert_eq!(names(&found, root), ["gone.txt"]);
    }

    #[test]
    fn a_named_link_to_a_directory_is_followed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        write(root, "archive/a.txt");
        symlink("archive", root.join("current")).expect("symlink");
        let found = walk(reports(), &[&root.join("current")]);
        assert_eq!(found.files, [root.join("current").join("a.txt")]);
        assert!(found.notes.is_empty(), "{:?}", found.notes);
    }

    #[test]
    fn a_fifo_is_noted_not_taken() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let fifo = root.join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        write(root, "r.txt");
        let found = walk(reports(), &[root]);
        assert_eq!(names(&found, root), ["r.txt"]);
        assert_eq!(found.notes, [Note::NotAFile { path: fifo }]);
    }

    #[test]
    fn an_unreadable_directory_is_an_error_naming_it() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        write(root, "locked/a.txt");
        write(root, "b.txt");
        let locked = root.join("locked");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
        // Root reads every directory: nothing to test then.
        let readable = fs::read_dir(&locked).is_ok();
        let found = walk(reports(), &[root]);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod");
        if readable {
            return;
        }
        assert_eq!(names(&found, root), ["b.txt"]);
        assert_eq!(found.errors.len(), 1, "{:?}", found.errors);
        assert_eq!(found.errors[0].path, locked);
        assert!(
            found.errors[0]
                .message
                .starts_with("cannot read directory: "),
            "{}",
            found.errors[0].message
        );
    }
}
