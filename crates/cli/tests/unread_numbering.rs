//! No silent loss (issue 12, item 2): a numbered line that is not read as
//! a case is shown by `parse` (text and JSON) and reported by `check` as a
//! finding of `structure.unread-numbering` (case-quality pack); a report in
//! which no case at all could be read is an input error (exit 2) naming
//! the file.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn dutycheck(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `text` written to `name` in a scratch directory of its own, removed when
/// the returned guard drops.
fn scratch(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("scratch dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

/// A county's report as county offices write it: cases that open with a
/// year, a figure wrapped onto the line where case 4 was due, and a
/// region numbered in another style, from 2 (no case one).
const COUNTY: &str = "某县2021年履行教育职责自评报告\n一、教育投入\n1.2020年以来，全县累计投入1.2亿元。\n2.2019年底，全县大班额全部消除。\n3.全县累计培训教师\n4.5万人次。\n二、队伍建设\n（2）招聘教师120名。\n三、条件保障\n1.新建学校2所。\n";

#[test]
fn parse_shows_unread_numbering_in_text_and_json() {
    let (_dir, path) = scratch("county.txt", COUNTY);
    let shown = path.display().to_string();
    let out = dutycheck(&["parse", &shown]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // Cases that open with a year are cases.
    assert!(
        out.stdout.contains("case 1 (line 3): 2020年以来"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("case 2 (line 4): 2019年底"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(&format!(
            "  ! {shown}:6:1: 编号“4.”未读作案例：上一行没有结束句子，本行按以数字4.5开头的续行处理"
        )),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(&format!(
            "  ! {shown}:8:1: 编号“（2）”未读作案例：本报告的案例编号样式为“1.”，本地区没有读到案例"
        )),
        "{}",
        out.stdout
    );

    let out = dutycheck(&["parse", &shown, "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let first = &v["sections"][0]["unread_numbering"][0];
    assert_eq!(first["marker"], "4.");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(6), Some(1))
    );
    assert_eq!(first["reason"]["kind"], "figure");
    assert_eq!(first["reason"]["figure"], "4.5");
    let second = &v["sections"][1]["unread_numbering"][0];
    assert_eq!(second["reason"]["kind"], "other-style");
    assert_eq!(second["reason"]["case_style"], "1.");
    // A section with nothing unread has no such key.
    assert!(v["sections"][2].get("unread_numbering").is_none());
}

#[test]
fn check_reports_unread_numbering_as_findings() {
    let (_dir, path) = scratch("county-check.txt", COUNTY);
    let shown = path.display().to_string();
    let out = dutycheck(&["check", &shown, "--format", "json"]);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let findings: Vec<(String, u64, u64)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "structure.unread-numbering")
        .map(|f| {
            (
                f["message"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
                f["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(findings.len(), 2, "{findings:?}");
    assert_eq!((findings[0].1, findings[0].2), (6, 1));
    assert!(
        findings[0].0.starts_with("教育投入：编号“4.”未读作案例"),
        "{}",
        findings[0].0
    );
    assert_eq!((findings[1].1, findings[1].2), (8, 1));
    assert!(findings[1].0.starts_with("队伍建设："), "{}", findings[1].0);
}

/// A report of paragraphs, with no numbered case, is read: its figures
/// are checked, and the case-quality pack says that it numbers no case and
/// which numbered line it did not read. It was an input error.
#[test]
fn a_report_of_paragraphs_is_checked_and_said_to_number_no_case() {
    let (_dir, path) = scratch(
        "no-cases.txt",
        "某县2023年自评报告\n一、教育投入\n全县投入持续增长。\n二、队伍建设\n（2）招聘教师。\n三、学前教育\n普惠性幼儿园覆盖率为76.1%。\n",
    );
    let shown = path.display().to_string();
    let out = dutycheck(&["check", "--format", "json", &shown]);
    assert_eq!(out.code, Some(1), "{}\n{}", out.stdout, out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let rules: Vec<(String, u64)> = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    for expected in [
        ("structure.unread-numbering", 5),
        ("preschool.inclusive-coverage-2020", 7),
    ] {
        assert!(
            rules.iter().any(|(r, l)| (r.as_str(), *l) == expected),
            "{expected:?} in {rules:?}"
        );
    }
    assert!(
        rules.iter().any(|(r, _)| r == "structure.min-cases"),
        "{rules:?}"
    );
}

/// Headings with no text under any of them: nothing was read, an input
/// error naming the file.
#[test]
fn a_report_with_no_text_under_its_headings_is_an_input_error() {
    let (_dir, path) = scratch("no-text.txt", "某县自评报告\n一、教育投入\n二、队伍建设\n");
    let shown = path.display().to_string();
    let out = dutycheck(&["check", &shown]);
    assert_eq!(out.code, Some(2), "{}\n{}", out.stdout, out.stderr);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains(&shown), "{all}");
    assert!(
        all.contains("no cases found: 2 sections (教育投入、队伍建设) but no text"),
        "{all}"
    );
}
