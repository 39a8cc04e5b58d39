//! `outputs::render` draws the HTML charts from the values the run carries
//! (`CheckRun::values`, filled by `Checker::check_paths`), not by reading the
//! reports again: the page is the same after the report file is gone, and
//! the same as `dutycheck check --format html` streams.

use std::path::Path;

use dutycheck::Checker;
use dutycheck::outputs::{Format, RenderOptions, render};
use dutycheck::stream::{Output, check_streaming};

#[test]
fn html_charts_come_from_the_run_not_from_the_reports() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/reports/county-2021-failing.txt");
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("county-2021-failing.txt");
    std::fs::copy(&fixture, &report).expect("copy");
    let checker = Checker::builder().build().expect("bundled rules");
    let (run, sources) = checker.check_paths(&[&report]);
    assert!(!run.values.is_empty(), "the run carries measured values");
    let html = render(
        Format::Html,
        &checker,
        &run,
        &sources,
        RenderOptions::default(),
    );
    assert!(html.contains("<svg"), "a chart is drawn");

    let mut streamed = Vec::new();
    check_streaming(
        &checker,
        &[&report],
        &mut [Output {
            sink: Format::Html.sink(
                dutycheck::outputs::rule_infos(checker.rules(), checker.catalog()),
                RenderOptions::default(),
            ),
            out: &mut streamed,
            values: true,
        }],
        &dutycheck::progress::NoProgress,
    )
    .expect("streams");
    assert_eq!(html, String::from_utf8(streamed).expect("utf-8"));

    std::fs::remove_file(&report).expect("remove");
    let again = render(
        Format::Html,
        &checker,
        &run,
        &sources,
        RenderOptions::default(),
    );
    assert_eq!(again, html, "no report is read again");
}
