//! Two reports for the same region and year: the history `dutycheck
//! history` prints lists each pair (`History::conflicts`), while a check
//! keeps no list and finds a report's conflicts when it judges it
//! (`dutycheck_engine::history::conflicts`), so that its memory does not
//! grow with the corpus. The two must give the same pairs, in the same
//! order.

use std::fs;
use std::path::{Path, PathBuf};

use dutycheck::Checker;

fn fixture(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    fs::read_to_string(root.join(path)).expect("fixture")
}

#[test]
fn a_check_finds_the_conflicts_the_history_lists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let y2021 = fixture("tests/fixtures/history/2021/qinghe-city-cases.txt");
    let y2022 = fixture("tests/fixtures/history/2022/qinghe-city-cases.txt");
    let write = |name: &str, text: &str| fs::write(dir.path().join(name), text).expect("write");
    write("a2021.txt", &y2021);
    write("b2022.txt", &y2022);
    // A second copy of 2022: a conflict for each of its three regions.
    write("c2022-again.txt", &y2022);
    // A 2022 report of one of those regions, written twice in it (one
    // conflict, not two), and of a region nobody else reports (none).
    write(
        "d2022-one.txt",
        "2022年青禾市部分县区履行教育职责典型工作案例\n\n（一）西山区\n1.教育投入。全区一般公共预算教育支出9.2亿元。\n\n（二）西山区\n1.学前教育。学前三年毛入园率达到92.6%。\n\n（三）北岭县\n1.教育投入。全县一般公共预算教育支出3.1亿元。\n",
    );
    // A 2021 report that sorts before the fixture's: it is kept, and the
    // fixture's 2021 report is the one in conflict.
    write("0early2021.txt", &y2021);

    let files: Vec<PathBuf> = dutycheck::discover::reports(&[dir.path().to_path_buf()]);
    assert_eq!(files.len(), 5);
    let checker = Checker::builder().build().expect("bundled rules");
    let listed = checker.history_all(&files).conflicts;

    let history = checker.history_of(&files).expect("a run over two years");
    assert!(history.conflicts.is_empty(), "a check keeps no list");
    let mut found = Vec::new();
    let mut sorted = files.clone();
    sorted.sort_by_key(|p| checker.shown(p));
    for path in &sorted {
        let (report, _) = checker.parse_path(path).expect("parses");
        found.extend(dutycheck_engine::history::conflicts(
            &history,
            &report,
            report.year,
        ));
    }
    assert_eq!(found, listed);

    let pairs: Vec<(String, &str, &str, i32)> = listed
        .iter()
        .map(|c| (c.region.clone(), c.kept.as_str(), c.other.as_str(), c.year))
        .collect();
    let shown = |name: &str| checker.shown(&dir.path().join(name));
    let (early, a, b, c, d) = (
        shown("0early2021.txt"),
        shown("a2021.txt"),
        shown("b2022.txt"),
        shown("c2022-again.txt"),
        shown("d2022-one.txt"),
    );
    assert_eq!(
        pairs,
        [
            ("东河".to_string(), early.as_str(), a.as_str(), 2021),
            ("西山".to_string(), early.as_str(), a.as_str(), 2021),
            ("南湖".to_string(), early.as_str(), a.as_str(), 2021),
            ("东河".to_string(), b.as_str(), c.as_str(), 2022),
            ("西山".to_string(), b.as_str(), c.as_str(), 2022),
            ("南湖".to_string(), b.as_str(), c.as_str(), 2022),
            ("西山".to_string(), b.as_str(), d.as_str(), 2022),
        ]
    );
}
