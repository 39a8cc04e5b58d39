//! The check of the project's reports, snapshotted: a change of a rule, of
//! the catalog or of a report shows up as a snapshot diff in review.
//! (The Rust recipe of docs/ci.md.)

use std::path::Path;

use dutycheck::Checker;
use dutycheck::config::ConfigSource;

#[test]
fn the_reports_check_as_reviewed() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The project's dutycheck.yaml, as the command line would find it. Paths
    // in the run are relative to its directory, so the snapshot is the same
    // on every machine and from every working directory.
    let checker = Checker::builder()
        .config_source(&ConfigSource::File(project.join("dutycheck.yaml")))
        .expect("dutycheck.yaml is valid")
        .build()
        .expect("the rules are valid");
    let run = checker
        .check_path(project.join("reports"))
        .expect("every report can be read");
    insta::assert_json_snapshot!("reports", run);
}
