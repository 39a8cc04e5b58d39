//! The fixture corpus (`tests/fixtures/corpus/`): small reports that cover
//! the encodings, formats, numbering styles and ways of writing figures that
//! real reports use, run through the `dutycheck` binary as a user runs it.
//!
//! - Each report's `dutycheck parse` output is an insta snapshot
//!   (`corpus__<file>.snap`), reviewed line by line when accepted.
//! - Each report has a hand-written sidecar, `<file>.expected.json`, with the
//!   statements a person reads in it: levels, changes against the year
//!   before, and targets (see `expected.py` there, the one source of the
//!   sidecars and of the reading conventions).
//!   [`statement_precision_and_recall_by_kind`] counts what dutycheck read
//!   against them, kind by kind, and fails below 0.99 for any kind.
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

/// The corpus's notes on the public documents its phrasing was studied in:
/// Markdown, but not a report.
const NOTES: &str = "SOURCES.md";

/// Every report of the corpus, by file name, sorted.
fn reports() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join(CORPUS))
        .expect("the corpus exists")
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n != NOTES)
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

/// A figure as compared: in hundredths, so that 93.37 and 93.370000001 are
/// the same figure; `None` when absent.
fn hundredths(v: &serde_json::Value) -> Option<i64> {
    v.as_f64().map(|f| (f * 100.0).round() as i64)
}

/// A level or a target as compared: section, case, indicator, value.
type Binding = (String, u64, String, Option<i64>);

/// A change as compared: section, case, indicator, percent, value and the
/// value's unit (the unit only with a value).
type Change = (
    String,
    u64,
    String,
    Option<i64>,
    Option<i64>,
    Option<String>,
);

/// The three kinds of statement the corpus measures, each a set of what was
/// stated. The sidecars and dutycheck's `parse --format json` are both read
/// into it.
#[derive(Default)]
struct Statements {
    levels: BTreeSet<Binding>,
    changes: BTreeSet<Change>,
    targets: BTreeSet<Binding>,
}

fn change_key(section: &str, case: u64, indicator: &str, c: &serde_json::Value) -> Change {
    let value = hundredths(&c["value"]);
    (
        section.to_string(),
        case,
        indicator.to_string(),
        hundredths(&c["percent"]),
        value,
        value.and(c["unit"].as_str().map(str::to_string)),
    )
}

/// What dutycheck read, by the JSON contract of issue 12: an `indicators[]`
/// entry is a level when its `statement` is `level` or `from-to` (an output
/// without `statement`, from before statements had kinds, counts every entry
/// as a level); its `change`, unless `derived` from a from→to, is a stated
/// change; a case's `targets[]` are its plans and requirements.
fn found_statements(report: &serde_json::Value) -> Statements {
    let mut out = Statements::default();
    for s in report["sections"].as_array().into_iter().flatten() {
        let section = s["name"].as_str().unwrap_or_default();
        for c in s["cases"].as_array().into_iter().flatten() {
            let case = c["number"].as_u64().unwrap_or_default();
            for i in c["indicators"].as_array().into_iter().flatten() {
                let indicator = i["indicator"].as_str().unwrap_or_default();
                let level = match i["statement"].as_str() {
                    None => true,
                    Some(kind) => kind == "level" || kind == "from-to",
                };
                if level {
                    out.levels.insert((
                        section.to_string(),
                        case,
                        indicator.to_string(),
                        hundredths(&i["value"]),
                    ));
                }
                let change = &i["change"];
                if change.is_object() && change["derived"].as_bool() != Some(true) {
                    out.changes
                        .insert(change_key(section, case, indicator, change));
                }
            }
            for t in c["targets"].as_array().into_iter().flatten() {
                out.targets.insert((
                    section.to_string(),
                    case,
                    t["indicator"].as_str().unwrap_or_default().to_string(),
                    hundredths(&t["value"]),
                ));
            }
        }
    }
    out
}

/// The levels dutycheck read in one report.
fn found(report: &serde_json::Value) -> BTreeSet<Binding> {
    found_statements(report).levels
}

/// What a person reads in one report: its sidecar (see `expected.py`).
fn expected(name: &str) -> Statements {
    let path = root().join(CORPUS).join(format!("{name}.expected.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{name} has no sidecar {}: {e}", path.display()));
    let v: serde_json::Value = serde_json::from_str(&text).expect("sidecar JSON");
    let key = |b: &serde_json::Value| {
        (
            b["section"].as_str().unwrap_or_default().to_string(),
            b["case"].as_u64().unwrap_or_default(),
            b["indicator"].as_str().unwrap_or_default().to_string(),
        )
    };
    let bindings = |field: &str| -> BTreeSet<Binding> {
        v[field]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: sidecar without {field}"))
            .iter()
            .map(|b| {
                let (s, c, i) = key(b);
                (s, c, i, hundredths(&b["value"]))
            })
            .collect()
    };
    Statements {
        levels: bindings("bindings"),
        targets: bindings("targets"),
        changes: v["changes"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: sidecar without changes"))
            .iter()
            .map(|b| {
                let (s, c, i) = key(b);
                change_key(&s, c, &i, b)
            })
            .collect(),
    }
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

/// Right, wrong and missed statements of one kind, over the whole corpus.
#[derive(Default)]
struct Tally {
    right: usize,
    wrong: usize,
    missed: usize,
    misses: Vec<String>,
}

impl Tally {
    fn add<T: Ord + std::fmt::Debug>(&mut self, name: &str, got: &BTreeSet<T>, want: &BTreeSet<T>) {
        self.right += got.intersection(want).count();
        for wrong in got.difference(want) {
            self.wrong += 1;
            self.misses.push(format!("{name}: wrong {wrong:?}"));
        }
        for missing in want.difference(got) {
            self.missed += 1;
            self.misses.push(format!("{name}: missed {missing:?}"));
        }
    }

    /// Precision and recall; a kind with nothing found (or nothing to find)
    /// has precision (recall) 0, not a division by zero.
    fn precision_recall(&self) -> (f64, f64) {
        let ratio = |a: usize, b: usize| {
            if a + b == 0 {
                0.0
            } else {
                a as f64 / (a + b) as f64
            }
        };
        (
            ratio(self.right, self.wrong),
            ratio(self.right, self.missed),
        )
    }
}

/// Precision and recall of each kind of statement (levels, changes against
/// the year before, targets), over the whole corpus, against the
/// hand-written sidecars. Issue 12 sets the bar: 0.99 for each kind
/// separately, so that reading plans as achievements or missing a stated
/// decline cannot hide behind many right levels.
#[test]
fn statement_precision_and_recall_by_kind() {
    let (mut levels, mut changes, mut targets) =
        (Tally::default(), Tally::default(), Tally::default());
    for name in reports() {
        let got = found_statements(&json(&name));
        let want = expected(&name);
        levels.add(&name, &got.levels, &want.levels);
        changes.add(&name, &got.changes, &want.changes);
        targets.add(&name, &got.targets, &want.targets);
    }
    let mut report = String::new();
    let mut failed = Vec::new();
    for (kind, tally) in [
        ("levels", &levels),
        ("changes", &changes),
        ("targets", &targets),
    ] {
        let (precision, recall) = tally.precision_recall();
        report.push_str(&format!(
            "{kind}: {} right, {} wrong, {} missed; precision {precision:.3}, recall {recall:.3}\n",
            tally.right, tally.wrong, tally.missed
        ));
        if precision < 0.99 || recall < 0.99 {
            failed.push(format!("{kind}:\n  {}", tally.misses.join("\n  ")));
        }
    }
    eprintln!("statements on the corpus, by kind\n{report}");
    // What the sidecars hold, so that emptying one cannot pass the bar.
    for (kind, tally, least) in [
        ("levels", &levels, 250),
        ("changes", &changes, 70),
        ("targets", &targets, 40),
    ] {
        assert!(
            tally.right + tally.missed >= least,
            "the corpus states at least {least} {kind}"
        );
    }
    assert!(
        failed.is_empty(),
        "{report}below 0.99:\n{}",
        failed.join("\n")
    );
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
