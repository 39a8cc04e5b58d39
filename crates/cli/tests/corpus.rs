//! The fixture corpus (`tests/fixtures/corpus/`): small reports that cover
//! the encodings, formats, numbering styles and ways of writing figures that
//! real reports use, run through the `dutycheck` binary as a user runs it.
//!
//! - Each report's `dutycheck parse` output is an insta snapshot
//!   (`corpus__<file>.snap`), reviewed line by line when accepted.
//! - Each report has a hand-written sidecar, `<file>.expected.json`, with the
//!   indicator values a person reads in it (see `expected.py` there).
//!   [`binding_precision_and_recall`] counts dutycheck's bindings against
//!   them and fails when precision or recall drops below what was measured.
//! - The `styles*` reports are one report written in every numbering style
//!   and format (`styles-shi-inline.txt`: the `一是` style inline, a city's
//!   cases in one paragraph); [`every_style_parses_to_the_same_structure`]
//!   says so.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const CORPUS: &str = "tests/fixtures/corpus";

/// Every report of the corpus, by file name, sorted.
fn reports() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join(CORPUS))
        .expect("the corpus exists")
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| {
            [".txt", ".md", ".docx", ".pdf"]
                .iter()
                .any(|ext| n.ends_with(ext))
        })
        .collect();
    names.sort();
    names
}

fn parse(name: &str, format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(["parse", &format!("{CORPUS}/{name}"), "--format", format])
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json(name: &str) -> serde_json::Value {
    serde_json::from_str(&parse(name, "json")).expect("JSON")
}

/// A binding as compared: section, case, indicator, value (in hundredths,
/// so that 93.37 and 93.370000001 are the same figure).
type Binding = (String, u64, String, i64);

fn found(report: &serde_json::Value) -> BTreeSet<Binding> {
    let mut out = BTreeSet::new();
    for s in report["sections"].as_array().into_iter().flatten() {
        for c in s["cases"].as_array().into_iter().flatten() {
            for i in c["indicators"].as_array().into_iter().flatten() {
                out.insert((
                    s["name"].as_str().unwrap_or_default().to_string(),
                    c["number"].as_u64().unwrap_or_default(),
                    i["indicator"].as_str().unwrap_or_default().to_string(),
                    (i["value"].as_f64().unwrap_or(f64::NAN) * 100.0).round() as i64,
                ));
            }
        }
    }
    out
}

fn expected(name: &str) -> BTreeSet<Binding> {
    let path = root().join(CORPUS).join(format!("{name}.expected.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{name} has no sidecar {}: {e}", path.display()));
    let v: serde_json::Value = serde_json::from_str(&text).expect("sidecar JSON");
    v["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| {
            (
                b["section"].as_str().unwrap_or_default().to_string(),
                b["case"].as_u64().unwrap_or_default(),
                b["indicator"].as_str().unwrap_or_default().to_string(),
                (b["value"].as_f64().unwrap_or(f64::NAN) * 100.0).round() as i64,
            )
        })
        .collect()
}

#[test]
fn the_corpus_has_at_least_fifteen_reports_with_sidecars() {
    let names = reports();
    assert!(names.len() >= 15, "{names:?}");
    for name in &names {
        assert!(
            root()
                .join(CORPUS)
                .join(format!("{name}.expected.json"))
                .exists(),
            "{name} has no expected values"
        );
    }
}

#[test]
fn parse_output_of_every_report() {
    for name in reports() {
        insta::assert_snapshot!(name.clone(), parse(&name, "text"));
    }
}

/// Precision and recall of indicator binding over the whole corpus, against
/// the hand-written sidecars. The bounds are the measured values: a change
/// that loses a correct binding or adds a wrong one fails here.
#[test]
fn binding_precision_and_recall() {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for name in reports() {
        let got = found(&json(&name));
        let want = expected(&name);
        tp += got.intersection(&want).count();
        for wrong in got.difference(&want) {
            fp += 1;
            misses.push(format!("{name}: wrong {wrong:?}"));
        }
        for missing in want.difference(&got) {
            fn_ += 1;
            misses.push(format!("{name}: missed {missing:?}"));
        }
    }
    let precision = tp as f64 / (tp + fp) as f64;
    let recall = tp as f64 / (tp + fn_) as f64;
    eprintln!(
        "indicator binding on the corpus: {tp} right, {fp} wrong, {fn_} missed; \
         precision {precision:.3}, recall {recall:.3}\n{}",
        misses.join("\n")
    );
    assert!(tp >= 80, "the corpus states at least 80 values: {tp}");
    assert!(
        precision >= 0.97,
        "precision {precision:.3}\n{}",
        misses.join("\n")
    );
    assert!(recall >= 0.97, "recall {recall:.3}\n{}", misses.join("\n"));
}

/// A section's name and its cases' numbers and texts.
type Outline = (String, Vec<(u64, String)>);

/// Sections, case numbers, case texts (line ends aside: a Word paragraph
/// holds what a text file wraps) and bound values of one report.
fn structure(name: &str) -> (Vec<Outline>, BTreeSet<Binding>) {
    let report = json(name);
    let sections = report["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| {
            let cases = s["cases"]
                .as_array()
                .expect("cases")
                .iter()
                .map(|c| {
                    let text: String = c["text"]
                        .as_str()
                        .unwrap_or_default()
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect();
                    (c["number"].as_u64().unwrap_or_default(), text)
                })
                .collect();
            (s["name"].as_str().unwrap_or_default().to_string(), cases)
        })
        .collect();
    (sections, found(&report))
}

#[test]
fn every_style_parses_to_the_same_structure() {
    let base = structure("styles-dot.txt");
    assert_eq!(base.0.len(), 2);
    assert_eq!(base.1.len(), 5);
    for name in [
        "styles-comma.txt",
        "styles-fullparen.txt",
        "styles-halfparen.txt",
        "styles-part-circled.txt",
        "styles-shi.txt",
        "styles-shi-inline.txt",
        "styles.md",
        "styles.docx",
    ] {
        assert_eq!(structure(name), base, "{name}");
    }
}

/// The PDF made from the Shandong sample by LibreOffice reads like the
/// sample: same sections, cases, figures and bindings. Case texts differ
/// only where the PDF's page width wrapped a line after `；`, which the wrap
/// repair joins with a line end instead of nothing.
#[test]
fn the_sample_as_pdf_reads_like_the_sample() {
    let pdf = structure("shandong-2020-city-cases.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args([
            "parse",
            "tests/fixtures/reports/shandong-2020-city-cases.txt",
            "--format",
            "json",
        ])
        .current_dir(root())
        .output()
        .expect("the binary runs");
    let txt: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(found(&txt), pdf.1);
    assert_eq!(pdf.0.len(), 16);
    let names: Vec<&str> = txt["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(
        pdf.0.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        names
    );
    for (section, (_, cases)) in txt["sections"].as_array().expect("s").iter().zip(&pdf.0) {
        for (c, (number, text)) in section["cases"].as_array().expect("c").iter().zip(cases) {
            let original: String = c["text"]
                .as_str()
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert_eq!((c["number"].as_u64(), &original), (Some(*number), text));
        }
    }
}
