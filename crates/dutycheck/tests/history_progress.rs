//! `dutycheck history` shows the progress bar of `check` on large runs: the
//! library tells a `Progress` how many reports it reads for the histories
//! and each one it has read (issue 15, item 3).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use dutycheck::Checker;
use dutycheck::progress::Progress;

#[derive(Default)]
struct Recorded(Mutex<(Vec<usize>, usize, usize)>);

impl Progress for Recorded {
    fn start(&self, reports: usize) {
        if let Ok(mut r) = self.0.lock() {
            r.0.push(reports);
        }
    }
    fn checked(&self, n: usize) {
        if let Ok(mut r) = self.0.lock() {
            r.1 += n;
        }
    }
    fn finish(&self) {
        if let Ok(mut r) = self.0.lock() {
            r.2 += 1;
        }
    }
}

#[test]
fn reading_histories_reports_its_progress() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/history");
    let files: Vec<PathBuf> = dutycheck::discover::reports(&[dir]);
    assert_eq!(files.len(), 4);
    let checker = Checker::builder().build().expect("bundled rules");
    let progress = Recorded::default();
    let history = checker.history_all_with(&files, &progress);
    assert!(history.spans_years());
    let (starts, checked, finished) = progress.0.into_inner().expect("not poisoned");
    assert_eq!((starts, checked, finished), (vec![4], 4, 1));
    // The same history as without progress.
    assert_eq!(checker.history_all(&files), history);
}
