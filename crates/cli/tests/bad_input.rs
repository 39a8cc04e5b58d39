//! Bad input never loses results: each kind of unreadable report gets a
//! clear error naming it, never a panic, and every good report in the same
//! run is still checked (exit 2: the run finished, but not everything could
//! be read).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Output {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn dutycheck(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A fresh scratch directory for one test (removed when it passes, kept
/// when it fails).
fn scratch(name: &str) -> support::Scratch {
    support::tempdir(&format!("bad-input-{name}"))
}

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/corpus").join(name)).expect("fixture")
}

/// A 200 MB file without writing 200 MB: a sparse file of that length.
fn sparse(path: &Path, len: u64) {
    let f = std::fs::File::create(path).expect("create");
    f.set_len(len).expect("set_len");
}

#[test]
fn a_directory_of_good_and_bad_reports() {
    let dir = scratch("mixed");
    std::fs::write(dir.join("a-good.txt"), corpus("styles-dot.txt")).expect("write");
    std::fs::write(dir.join("b-good.docx"), corpus("styles.docx")).expect("write");
    std::fs::write(dir.join("c-empty.txt"), b"").expect("write");
    std::fs::write(
        dir.join("d-binary.txt"),
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
    )
    .expect("write");
    std::fs::write(
        dir.join("e-no-sections.md"),
        "只是一段文字，没有编号。\n第二行。\n",
    )
    .expect("write");
    let docx = corpus("styles.docx");
    std::fs::write(dir.join("f-truncated.docx"), &docx[..docx.len() / 2]).expect("write");
    std::fs::write(dir.join("g-not-a.pdf"), b"%PDF-1.7\n% truncated here").expect("write");
    sparse(&dir.join("h-huge.txt"), 200 * 1024 * 1024);
    std::fs::write(dir.join("i-good.md"), corpus("styles.md")).expect("write");

    let shown = dir.display().to_string();
    let out = dutycheck(&["check", &shown, "--format", "json"]);
    assert_eq!(out.code, Some(2), "input errors exit 2\n{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let reports = v["reports"].as_array().expect("reports");
    assert_eq!(reports.len(), 9, "{reports:#?}");
    let by_file = |file: &str| {
        reports
            .iter()
            .find(|r| r["path"].as_str().is_some_and(|p| p.ends_with(file)))
            .unwrap_or_else(|| panic!("{file} not in the run"))
    };
    for good in ["a-good.txt", "b-good.docx", "i-good.md"] {
        let r = by_file(good);
        assert!(r["error"].is_null(), "{good}: {r}");
        assert_eq!(r["sections"].as_array().map(Vec::len), Some(2), "{good}");
    }
    for (bad, message) in [
        ("c-empty.txt", "empty file"),
        ("d-binary.txt", "binary file"),
        (
            "e-no-sections.md",
            "no sections found: expected headings such as 一、",
        ),
        ("f-truncated.docx", "not a readable .docx"),
        ("g-not-a.pdf", "cannot read the PDF"),
        ("h-huge.txt", "larger than the limit of"),
    ] {
        let error = by_file(bad)["error"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(error.contains(message), "{bad}: {error}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_size_limit_is_clear_and_can_be_raised() {
    let dir = scratch("huge");
    let huge = dir.join("huge.txt");
    sparse(&huge, 200 * 1024 * 1024);
    let shown = huge.display().to_string();
    let out = dutycheck(&["parse", &shown]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .contains("file is 209715200 bytes, larger than the limit of 67108864 bytes"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--max-bytes"), "{}", out.stderr);
    // Raised, the file is read, and refused for what it is (zeros).
    let out = dutycheck(&["parse", &shown, "--max-bytes", "300000000"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("binary file"), "{}", out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_forced_wrong_encoding_names_the_byte_offset() {
    let out = dutycheck(&[
        "parse",
        "tests/fixtures/corpus/fullwidth-gbk.txt",
        "--encoding",
        "utf-8",
    ]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .contains("invalid UTF-8 at byte offset 4 (line 1)"),
        "{}",
        out.stderr
    );
    // Detected, the same file reads as GB18030.
    let out = dutycheck(&["parse", "tests/fixtures/corpus/fullwidth-gbk.txt"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("东城区"), "{}", out.stdout);
    // Forced, it reads the same.
    let out = dutycheck(&[
        "parse",
        "tests/fixtures/corpus/fullwidth-gbk.txt",
        "--encoding",
        "gbk",
    ]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("东城区"), "{}", out.stdout);
}

/// The sample PDF with its first font dictionary's `/BaseFont` key renamed:
/// `pdf-extract` panics on it (`deref`, in `get_name_string`), found by
/// mangling the fixture. The panic is contained and the file reported.
fn pdf_that_panics_the_reader() -> Vec<u8> {
    let mut pdf = corpus("shandong-2020-city-cases.pdf");
    let at = pdf
        .windows(9)
        .position(|w| w == b"/BaseFont")
        .expect("the fixture has fonts");
    pdf[at..at + 9].copy_from_slice(b"/BaseFonX");
    pdf
}

/// Runs the binary with backtraces asked for, so that a panic message that
/// slipped through would be loud.
fn dutycheck_backtraced(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("the binary runs");
    Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_pdf_that_panics_the_reader_is_one_clean_error() {
    let dir = scratch("pdf-panic");
    let damaged = dir.join("damaged.pdf");
    std::fs::write(&damaged, pdf_that_panics_the_reader()).expect("write");
    let shown = damaged.display().to_string();

    let out = dutycheck_backtraced(&["parse", &shown]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "{shown}: cannot read the PDF: it is damaged or uses a feature the PDF reader does not support"
            )
            .as_str(),
            "  = help: export the report as text or .docx from the program that made the PDF",
        ],
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty(), "{}", out.stdout);

    // In a run over a directory, on worker threads: the good report is
    // checked, the damaged one reported, and stderr holds no panic.
    std::fs::write(dir.join("good.txt"), corpus("styles-dot.txt")).expect("write");
    let shown = dir.display().to_string();
    for threads in ["1", "2"] {
        let out = dutycheck_backtraced(&["check", &shown, "-j", threads, "--format", "json"]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        for noise in ["panicked", "backtrace", "pdf-extract", "deref"] {
            assert!(!out.stderr.contains(noise), "{noise}: {}", out.stderr);
        }
        let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
        let reports = v["reports"].as_array().expect("reports");
        assert_eq!(reports.len(), 2, "{reports:#?}");
        let error = |file: &str| {
            reports
                .iter()
                .find(|r| r["path"].as_str().is_some_and(|p| p.ends_with(file)))
                .map(|r| r["error"].clone())
                .unwrap_or_else(|| panic!("{file} not in the run"))
        };
        assert!(error("good.txt").is_null());
        assert!(
            error("damaged.pdf")
                .as_str()
                .is_some_and(|e| e.contains("it is damaged")),
            "{}",
            error("damaged.pdf")
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
