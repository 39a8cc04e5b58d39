//! The corpus generator is deterministic, covers every figure style of
//! `domain.md`, and produces reports that dutycheck reads as intended:
//! sections and cases, wrapped lines repaired, values that pass and values
//! that fail.

use std::path::PathBuf;

use xtask::corpus::{DEFAULT_SEED, file_name, report};
use xtask::{rules, write_corpus};

/// A path named `name` that does not exist yet, in a scratch directory of its
/// own that is removed when the returned guard drops.
fn scratch(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("scratch dir");
    let path = tmp.path().join(name);
    (tmp, path)
}

#[test]
fn the_same_seed_writes_the_same_bytes_and_another_seed_does_not() {
    let ((_ta, a), (_tb, b), (_tc, c)) = (scratch("a"), scratch("b"), scratch("c"));
    let bytes_a = write_corpus(&a, 20, DEFAULT_SEED).expect("write a");
    let bytes_b = write_corpus(&b, 20, DEFAULT_SEED).expect("write b");
    write_corpus(&c, 20, DEFAULT_SEED + 1).expect("write c");
    assert_eq!(bytes_a, bytes_b);
    let mut differing = 0;
    for i in 0..20 {
        let read = |d: &PathBuf| std::fs::read(d.join(file_name(i))).expect("generated file");
        assert_eq!(read(&a), read(&b), "report {i} differs with the same seed");
        if read(&a) != read(&c) {
            differing += 1;
        }
    }
    assert_eq!(differing, 20, "another seed must give other reports");
    for d in [a, b, c] {
        let _ = std::fs::remove_dir_all(d);
    }
}

#[test]
fn a_report_depends_only_on_the_seed_and_its_index() {
    // The 1,000-report corpus is the prefix of the 10,000-report one, so the
    // two sizes compare the same kind of work.
    let (_tmp_small, small) = scratch("small");
    write_corpus(&small, 3, DEFAULT_SEED).expect("write");
    for i in 0..3 {
        let on_disk = std::fs::read_to_string(small.join(file_name(i))).expect("file");
        assert_eq!(on_disk, report(DEFAULT_SEED, i));
    }
    let _ = std::fs::remove_dir_all(small);
}

#[test]
fn every_figure_style_of_the_domain_table_occurs() {
    let all: String = (0..60).map(|i| report(DEFAULT_SEED, i)).collect();
    for style in [
        "万元",
        "亿元",
        "万个",
        "万余人",
        "多名",
        "近",
        "%以上",
        "约",
        "两所",
        "三连冠",
        "十条规定",
        "％",
        "．",
        "****个",
        "*%",
        "20__年",
        "个百分点",
        "比上年",
        "分别达",
        "分别达到",
        "连续",
        "次",
        "左右",
    ] {
        assert!(all.contains(style), "no `{style}` in the corpus");
    }
    // `1 122个`: a space as a thousands separator.
    assert!(
        all.as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b' ' && w[2].is_ascii_digit()),
        "no space-separated thousands"
    );
    // Full-width digits.
    assert!(all.chars().any(|c| ('０'..='９').contains(&c)));
}

#[test]
fn ten_thousand_reports_are_at_least_100_mb() {
    // Sizes are a property of the seed; estimate from a sample of 200.
    let sample: usize = (0..200).map(|i| report(DEFAULT_SEED, i).len()).sum();
    assert!(
        sample * 50 >= 100_000_000,
        "200 reports are {sample} bytes; 10,000 would be under 100 MB"
    );
}

/// What the generator wrote, counted from the text: section headings
/// (`一、济南市`, `（一）东河县`: short lines ending in a region suffix), case
/// markers (`1.`, `1、`, `（1）`) and continuation lines (a wrap: any other
/// non-empty line after the title).
fn outline(text: &str) -> (usize, usize, usize) {
    let (mut sections, mut cases, mut wraps) = (0, 0, 0);
    for line in text.lines().skip(1).filter(|l| !l.is_empty()) {
        let heading =
            !line.contains('。') && line.chars().count() <= 9 && line.ends_with(['市', '县', '区']);
        let first = line.chars().next().unwrap_or(' ');
        let second = line.chars().nth(1).unwrap_or(' ');
        if heading {
            sections += 1;
        } else if first.is_ascii_digit() || (first == '（' && second.is_ascii_digit()) {
            cases += 1;
        } else {
            wraps += 1;
        }
    }
    (sections, cases, wraps)
}

#[test]
fn dutycheck_reads_sections_cases_and_wraps_and_finds_passes_and_failures() {
    let (_tmp_dir, dir) = scratch("check");
    write_corpus(&dir, 40, DEFAULT_SEED).expect("write");
    let checker = dutycheck::Checker::builder()
        .build()
        .expect("bundled rules");
    let mut total_wraps = 0;
    for i in 0..40 {
        let path = dir.join(file_name(i));
        let (parsed, _) = checker
            .parse_path(&path)
            .expect("a generated report parses");
        let (sections, cases, wraps) = outline(&report(DEFAULT_SEED, i));
        assert_eq!(parsed.sections.len(), sections, "report {i}: sections");
        let parsed_cases: usize = parsed.sections.iter().map(|s| s.cases.len()).sum();
        // Wrapped lines are joined back into their case, never read as one.
        assert_eq!(parsed_cases, cases, "report {i}: cases");
        total_wraps += wraps;
    }
    assert!(total_wraps > 20, "only {total_wraps} wrapped lines");
    let (run, _) = checker.check_paths(&[&dir]);
    assert_eq!(run.reports.len(), 40);
    use dutycheck::model::Status;
    let statuses: Vec<Status> = run
        .reports
        .iter()
        .flat_map(|r| &r.sections)
        .flat_map(|s| s.results.values().copied())
        .collect();
    assert!(statuses.contains(&Status::Pass), "no rule passes");
    assert!(statuses.contains(&Status::Fail), "no rule fails");
    assert!(run.summary.errors > 0 && run.summary.warnings > 0);
    let _ = std::fs::remove_dir_all(dir);
}

/// Loose rules are the realistic case (most values pass); strict ones fail
/// about half of the values. On the same reports, loose rules must give far
/// fewer findings, or the "many rules" benchmark measures printing.
#[test]
fn loose_rules_fail_few_values_and_strict_ones_many() {
    let (_tmp_dir, dir) = scratch("bounds-corpus");
    write_corpus(&dir, 30, DEFAULT_SEED).expect("write corpus");
    let mut findings = Vec::new();
    for bounds in [rules::Bounds::Loose, rules::Bounds::Strict] {
        let (_tmp_path, path) = scratch("bounds.yaml");
        std::fs::write(&path, rules::threshold_rules(200, DEFAULT_SEED, bounds))
            .expect("write rules");
        let checker = dutycheck::Checker::builder()
            .rules(&path)
            .build()
            .expect("generated rules are valid");
        let (run, _) = checker.check_paths(&[&dir]);
        let generated = run
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("gen."))
            .count();
        findings.push(generated);
        let _ = std::fs::remove_file(path);
    }
    let _ = std::fs::remove_dir_all(dir);
    let (loose, strict) = (findings[0], findings[1]);
    assert!(loose > 0, "loose rules never fail: they judge nothing");
    assert!(
        loose * 5 < strict,
        "loose {loose} vs strict {strict} findings"
    );
}

#[test]
fn generated_rules_load_and_names_cover_the_catalog() {
    for bounds in [rules::Bounds::Loose, rules::Bounds::Strict] {
        let (_tmp_path, path) = scratch("rules.yaml");
        std::fs::write(&path, rules::threshold_rules(25, DEFAULT_SEED, bounds))
            .expect("write rules");
        let checker = dutycheck::Checker::builder()
            .rules(&path)
            .build()
            .expect("generated rules are valid");
        assert_eq!(checker.rules().rules().len(), 25);
        let _ = std::fs::remove_file(path);
    }
    let names = rules::names();
    for n in [
        "学前三年毛入园率",
        "毛入园率",
        "普惠率",
        "课后服务",
        "比例",
        "职普比",
    ] {
        assert!(names.lines().any(|l| l == n), "{n} missing from names");
    }
}
