//! A run over several years reads its reports once for the histories and
//! keeps them (within a bound) for the check, instead of reading them
//! again (`kept.rs`). The check must be the same either way.

use std::fs;
use std::path::{Path, PathBuf};

use dutycheck::Checker;
use dutycheck_render::{Format, RenderOptions};

fn fixture(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    fs::read_to_string(root.join(path)).expect("fixture")
}

/// Two years of two regions' reports, in a temporary directory.
fn two_years() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("tempdir");
    for year in ["2021", "2022"] {
        for name in ["qinghe-city-cases.txt", "yunling-county-selfeval.txt"] {
            let text = fixture(&format!("tests/fixtures/history/{year}/{name}"));
            fs::write(dir.path().join(format!("{year}-{name}")), text).expect("write");
        }
    }
    let files = dutycheck::discover::reports(&[dir.path().to_path_buf()]);
    assert_eq!(files.len(), 4);
    (dir, files)
}

fn json_of(checker: &Checker, files: &[PathBuf]) -> String {
    let (run, sources) = checker.check_paths(files);
    assert!(run.history.is_some(), "a run over two years has histories");
    dutycheck::outputs::render(
        Format::Json,
        checker,
        &run,
        &sources,
        RenderOptions::default(),
    )
}

#[test]
fn a_check_is_the_same_whether_reports_are_kept_or_read_again() {
    let (_dir, files) = two_years();
    let size = |p: &PathBuf| fs::metadata(p).expect("size").len() as usize;
    let all: usize = files.iter().map(size).sum();
    let kept = json_of(&Checker::builder().build().expect("rules"), &files);
    let read_twice = json_of(
        &Checker::builder()
            .keep_read_reports(0)
            .build()
            .expect("rules"),
        &files,
    );
    // Room for some reports and not the others.
    let some = json_of(
        &Checker::builder()
            .keep_read_reports(all / 2)
            .build()
            .expect("rules"),
        &files,
    );
    assert!(kept.contains("qinghe"), "{kept}");
    assert_eq!(kept, read_twice);
    assert_eq!(some, read_twice);
}

/// What the check judges is what the history pass read: a report changed
/// between the two passes is judged as it was read, when it was kept, and
/// as it is now, when it was not (a bound of 0).
#[test]
fn a_kept_report_is_not_read_again() {
    for (limit, judged_as_read) in [(None, true), (Some(0), false)] {
        let (_dir, files) = two_years();
        let mut builder = Checker::builder();
        if let Some(limit) = limit {
            builder = builder.keep_read_reports(limit);
        }
        let checker = builder.build().expect("rules");
        checker.history_of(&files).expect("a run over two years");
        let path = &files[0];
        let title = fs::read_to_string(path).expect("read");
        let title = title.lines().next().expect("a title").to_string();
        fs::write(
            path,
            "2021年某县履行教育职责自评报告\n\n一、某县\n1.新建幼儿园3所。\n",
        )
        .expect("rewrite");
        let checked = checker.check_file_in(path, false, None);
        assert_eq!(
            checked.result.title == title,
            judged_as_read,
            "limit {limit:?}: judged {:?}",
            checked.result.title
        );
        // Taken once: a second check reads the file as it is now.
        let again = checker.check_file_in(path, false, None);
        assert_eq!(again.result.title, "2021年某县履行教育职责自评报告");
    }
}
