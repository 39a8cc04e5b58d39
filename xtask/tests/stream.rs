//! `dutycheck check` output is the same bytes whatever the number of
//! threads, and the streaming renderer (flat memory) prints exactly what the
//! whole-run renderer prints: on the generated corpus, on the fixtures, with
//! an unreadable report, under `--quiet`, and with paths given out of order.

use std::path::{Path, PathBuf};

use dutycheck::Checker;
use dutycheck::stream::check_text_streaming;
use dutycheck_render::{TextOptions, check_text};
use xtask::corpus::DEFAULT_SEED;
use xtask::write_corpus;

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool")
}

fn streamed(checker: &Checker, paths: &[PathBuf], options: &TextOptions, threads: usize) -> String {
    let mut out = Vec::new();
    pool(threads)
        .install(|| check_text_streaming(checker, paths, options, &mut out))
        .expect("no i/o error");
    String::from_utf8(out).expect("utf-8 output")
}

fn whole(checker: &Checker, paths: &[PathBuf], options: &TextOptions, threads: usize) -> String {
    let (run, sources) = pool(threads).install(|| checker.check_paths(paths));
    check_text(&run, &sources, options)
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/reports")
}

#[test]
fn output_is_the_same_for_any_thread_count_and_streaming_matches_the_whole_run() {
    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    write_corpus(&dir, 80, DEFAULT_SEED).expect("corpus");
    // An unreadable report (no sections) in the middle of the corpus.
    std::fs::write(dir.join("report-000040x.txt"), "没有章节的文本\n").expect("write");
    let checker = Checker::builder().build().expect("bundled rules");
    // Given out of order: the fixture directory after the corpus, and one
    // fixture file first, so findings blocks must be reordered by path.
    let paths = vec![
        fixtures().join("shandong-2020-city-cases.txt"),
        dir.clone(),
        fixtures().join("county-2021-failing.txt"),
    ];
    for quiet in [false, true] {
        let options = TextOptions {
            color: false,
            quiet,
        };
        let reference = whole(&checker, &paths, &options, 1);
        assert!(reference.contains("error: ") && reference.contains("report-000040x.txt"));
        for threads in [1, 2, 4] {
            assert_eq!(
                whole(&checker, &paths, &options, threads),
                reference,
                "check_paths with {threads} threads"
            );
            assert_eq!(
                streamed(&checker, &paths, &options, threads),
                reference,
                "streaming with {threads} threads, quiet {quiet}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// A path given twice is one report, checked once (issue 13, item 6):
/// the same bytes as giving it once, streamed or whole.
#[test]
fn a_repeated_path_is_checked_once() {
    let checker = Checker::builder().build().expect("bundled rules");
    let file = fixtures().join("county-2021-failing.txt");
    let options = TextOptions::default();
    let once = streamed(&checker, std::slice::from_ref(&file), &options, 1);
    assert!(once.contains("county-2021-failing.txt"));
    let twice = [file.clone(), file];
    assert_eq!(streamed(&checker, &twice, &options, 2), once);
    assert_eq!(whole(&checker, &twice, &options, 1), once);
}

/// Every format streams (issue 11, item 5): report by report through its
/// sink gives the bytes of the whole run rendered at once, for any number
/// of threads, under `--quiet` too, with an unreadable report and paths out
/// of order.
#[test]
fn every_format_streams_the_bytes_of_the_whole_run() {
    use dutycheck::outputs::rule_infos;
    use dutycheck::progress::NoProgress;
    use dutycheck::stream::{Output, check_streaming, check_whole};
    use dutycheck_render::{Format, RenderOptions, render_run};

    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    write_corpus(&dir, 40, DEFAULT_SEED).expect("corpus");
    std::fs::write(dir.join("report-000020x.txt"), "没有章节的文本\n").expect("write");
    let checker = Checker::builder().build().expect("bundled rules");
    let rules = rule_infos(checker.rules(), checker.catalog());
    let paths = vec![
        fixtures().join("shandong-2020-city-cases.txt"),
        dir.clone(),
        fixtures().join("county-2021-failing.txt"),
    ];
    for (name, format) in Format::ALL {
        for quiet in [false, true] {
            let options = RenderOptions {
                color: false,
                quiet,
                // The larger JUnit output: every cell.
                junit_skipped: true,
            };
            let (run, sources, values) = pool(1)
                .install(|| check_whole(&checker, &paths, format.wants_values(), &NoProgress));
            let reference = render_run(format, &run, &sources, &rules, &values, options);
            for threads in [1, 3] {
                let mut out = Vec::new();
                pool(threads)
                    .install(|| {
                        check_streaming(
                            &checker,
                            &paths,
                            &mut [Output {
                                sink: format.sink(rules.clone(), options),
                                out: &mut out,
                                values: format.wants_values(),
                            }],
                            &NoProgress,
                        )
                    })
                    .expect("no i/o error");
                let streamed = String::from_utf8(out).expect("utf-8");
                assert!(
                    streamed == reference,
                    "{name}, quiet {quiet}, {threads} threads: streaming differs from the whole run"
                );
            }
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Waivers and a baseline stream too (issue 11): every format gets the bytes
/// of the whole run with the waivers and the baseline applied
/// (`Extras::apply`), for reports that share a file name given in path order
/// (streamed, with shared fingerprint counters) and out of path order
/// (checked whole, the same bytes).
#[test]
fn waivers_and_a_baseline_stream_the_bytes_of_the_whole_run() {
    use dutycheck::baseline::Baseline;
    use dutycheck::outputs::{Extras, rule_infos};
    use dutycheck::progress::NoProgress;
    use dutycheck::stream::{Output, check_streaming_with, check_whole};
    use dutycheck::waivers::{Date, Waivers};
    use dutycheck_render::{Format, RenderOptions, render_run};

    let tmp = tempfile::tempdir().expect("scratch dir");
    let dir = tmp.path().to_path_buf();
    write_corpus(&dir.join("c"), 30, DEFAULT_SEED).expect("corpus");
    // Two reports that share file names with reports of the corpus.
    std::fs::create_dir_all(dir.join("a")).expect("dir");
    std::fs::create_dir_all(dir.join("z")).expect("dir");
    for (from, to) in [
        ("c/report-000003.txt", "a/report-000003.txt"),
        ("c/report-000007.txt", "z/report-000007.txt"),
    ] {
        std::fs::copy(dir.join(from), dir.join(to)).expect("copy");
    }
    let checker = Checker::builder().build().expect("bundled rules");
    let rules = rule_infos(checker.rules(), checker.catalog());
    // The baseline: the corpus alone, checked whole.
    let (old, _) = checker.check_paths(&[dir.join("c")]);
    let baseline = Baseline::new("old.json", &old);
    // Waive what the corpus reports most: one waiver in force, one expired,
    // one unused.
    let mut counts = std::collections::BTreeMap::new();
    for f in &old.findings {
        if let Some(s) = &f.section {
            *counts.entry((f.rule.clone(), s.clone())).or_insert(0) += 1;
        }
    }
    let mut top: Vec<_> = counts.into_iter().collect();
    top.sort_by_key(|t| std::cmp::Reverse(t.1));
    let ids: Vec<&str> = checker
        .rules()
        .rules()
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let yaml = format!(
        "waivers:\n  - rule: {}\n    section: {}\n    reason: r\n    approver: a\n    expires: 2099-12-31\n  - rule: {}\n    section: {}\n    reason: r\n    approver: a\n    expires: 2020-01-01\n  - rule: {}\n    section: 无此县\n    reason: r\n    approver: a\n    expires: 2099-12-31\n",
        top[0].0.0, top[0].0.1, top[1].0.0, top[1].0.1, top[0].0.0
    );
    let waivers = Waivers::parse("waivers.yaml", &yaml, &ids).expect("valid waivers");
    let extras = Extras {
        waivers: Some(waivers),
        baseline: Some(baseline),
    };
    let today = Date::parse("2026-06-01").expect("date");
    // In path order (a, c, z), then out of it (z, c, a).
    let in_order = vec![dir.join("a"), dir.join("c"), dir.join("z")];
    let out_of_order = vec![dir.join("z"), dir.join("c"), dir.join("a")];
    for paths in [in_order, out_of_order] {
        for (name, format) in Format::ALL {
            let options = RenderOptions::default();
            let (run, sources, values) = pool(1)
                .install(|| check_whole(&checker, &paths, format.wants_values(), &NoProgress));
            let run = extras.apply(run, today);
            let b = run.baseline.as_ref().expect("compared");
            assert!(b.new > 0 && b.unchanged > 0, "{b:?}");
            assert!(!run.waived.is_empty() && run.waiver_notes.len() == 2);
            let reference = render_run(format, &run, &sources, &rules, &values, options);
            let mut out = Vec::new();
            let streamed = pool(2)
                .install(|| {
                    check_streaming_with(
                        &checker,
                        &paths,
                        &mut [Output {
                            sink: format.sink(rules.clone(), options),
                            out: &mut out,
                            values: format.wants_values(),
                        }],
                        &NoProgress,
                        &extras,
                        today,
                    )
                })
                .expect("no i/o error");
            assert_eq!(streamed.baseline.as_ref(), run.baseline.as_ref());
            assert_eq!(streamed.waiver_notes, run.waiver_notes);
            assert_eq!(streamed.worst, run.worst());
            let streamed = String::from_utf8(out).expect("utf-8");
            assert!(
                streamed == reference,
                "{name}, {paths:?}: streaming with waivers and a baseline differs from the whole run"
            );
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}
