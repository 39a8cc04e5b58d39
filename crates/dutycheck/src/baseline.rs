//! Baselines (`--baseline FILE`): compare a run with an earlier JSON result
//! (`dutycheck check … --format json --output last-year.json`) and keep only
//! what is new, counting what was fixed.
//!
//! Findings are matched on their stable fingerprint (see
//! [`dutycheck_render::fingerprint`]): rule, report file name, section, case
//! and indicator, never the line, so that a report edited since the baseline
//! still matches. A current finding whose fingerprint the baseline has is
//! *unchanged* and dropped from `findings` (it no longer counts or gates);
//! the others are *new*; a baseline finding that the run no longer has is
//! *fixed* and listed in [`BaselineComparison::fixed`].
//!
//! Waivers are applied before the baseline: a waived finding stays visible
//! as waived whether or not the baseline had it. Fingerprints on both sides
//! are counted over every finding of the run, counted and waived together,
//! so that occurrence numbers agree however the findings were split.

use std::collections::HashMap;
use std::path::Path;

use dutycheck_model::{
    BaselineComparison, CHECK_FORMAT_VERSION, CheckRun, Diagnostic, Finding, FixedFinding, Summary,
    WaivedFinding,
};
use dutycheck_render::{Fingerprinter, fingerprints};

/// Reads an earlier `--format json` result.
pub fn load(path: &Path) -> Result<CheckRun, Diagnostic> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Diagnostic::file(shown.clone(), format!("cannot read the baseline: {e}")))?;
    parse(&shown, &text)
}

/// Parses an earlier result given as text (`path` names it in errors).
pub fn parse(path: &str, text: &str) -> Result<CheckRun, Diagnostic> {
    let run: CheckRun = serde_json::from_str(text).map_err(|e| {
        let message = format!("not a dutycheck JSON result: {e}");
        let help = "a baseline is the output of `dutycheck check … --format json`";
        if e.line() > 0 {
            let line = u32::try_from(e.line()).unwrap_or(u32::MAX);
            let column = u32::try_from(e.column()).unwrap_or(u32::MAX).max(1);
            Diagnostic::at(path, text, line, column, message).with_help(help)
        } else {
            Diagnostic::file(path, message).with_help(help)
        }
    })?;
    if run.version != CHECK_FORMAT_VERSION {
        return Err(Diagnostic::file(
            path,
            format!(
                "the baseline has format version {}, this dutycheck writes version {CHECK_FORMAT_VERSION}",
                run.version
            ),
        )
        .with_help("regenerate the baseline with this version of dutycheck"));
    }
    Ok(run)
}

/// Every finding of a run, counted and waived, in reading order.
fn all_findings(run: &CheckRun) -> Vec<&Finding> {
    let mut all: Vec<&Finding> = run
        .findings
        .iter()
        .chain(run.waived.iter().map(|w| &w.finding))
        .collect();
    all.sort_by(|a, b| reading_order(a, b));
    all
}

fn reading_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (&a.path, a.line, a.column, &a.rule, &a.message)
        .cmp(&(&b.path, b.line, b.column, &b.rule, &b.message))
}

/// Compares `run` with `baseline` (shown as `baseline_path`): keeps only new
/// findings, recounts the summary and records the comparison.
pub fn compare(run: CheckRun, baseline: &CheckRun, baseline_path: &str) -> CheckRun {
    Baseline::new(baseline_path, baseline).compare(run)
}

/// A baseline ready for comparing: each of its findings as its fingerprint
/// and what a fixed finding shows (rule, path, section, case, message), in
/// reading order. The baseline's reports, matrices and other fields are not
/// kept. This is the memory a run with `--baseline` keeps besides a streamed
/// run's: about one short record per finding **of the baseline**; the run's
/// own findings are not kept (see [`Comparison`]).
#[derive(Debug, Clone)]
pub struct Baseline {
    path: String,
    findings: Vec<FixedFinding>,
    /// Fingerprint → position in `findings` (fingerprints of a run are
    /// unique: repeats are numbered).
    index: HashMap<String, usize>,
}

impl Baseline {
    /// The baseline `run`, shown as `path`.
    pub fn new(path: &str, run: &CheckRun) -> Baseline {
        let all = all_findings(run);
        let fps = fingerprints(all.iter().copied());
        let findings: Vec<FixedFinding> = all
            .iter()
            .zip(fps)
            .map(|(f, fingerprint)| FixedFinding {
                fingerprint,
                rule: f.rule.clone(),
                path: f.path.clone(),
                section: f.section.clone(),
                case: f.case,
                message: f.message.clone(),
            })
            .collect();
        let index = findings
            .iter()
            .enumerate()
            .map(|(i, f)| (f.fingerprint.clone(), i))
            .collect();
        Baseline {
            path: path.to_string(),
            findings,
            index,
        }
    }

    /// The baseline file, as shown.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Compares a whole run: keeps only new findings, recounts the summary
    /// and records the comparison.
    pub fn compare(&self, mut run: CheckRun) -> CheckRun {
        let mut comparison = Comparison::new(self);
        let findings = std::mem::take(&mut run.findings);
        run.findings = comparison.report(findings, &run.waived, &mut Fingerprinter::default());
        run.summary = Summary::of(&run.findings);
        run.baseline = Some(comparison.finish());
        run
    }
}

/// A comparison with a [`Baseline`] under way, fed one report at a time
/// when a run is streamed. It keeps a flag per baseline finding (seen in
/// this run or not) and two counts; never the run's findings.
#[derive(Debug, Clone)]
pub struct Comparison<'a> {
    baseline: &'a Baseline,
    seen: Vec<bool>,
    new: usize,
    unchanged: usize,
}

impl<'a> Comparison<'a> {
    pub fn new(baseline: &'a Baseline) -> Comparison<'a> {
        Comparison {
            baseline,
            seen: vec![false; baseline.findings.len()],
            new: 0,
            unchanged: 0,
        }
    }

    /// Compares one report's findings (counted, and `waived`): returns the
    /// counted findings the baseline does not have, in the order given.
    /// Fingerprints are counted by `fingerprinter` over the findings in
    /// reading order; give the same one to every report that shares the
    /// report's file name, in path order, so that occurrence numbers are
    /// those of the whole run (a whole run may be given as one report).
    pub fn report(
        &mut self,
        findings: Vec<Finding>,
        waived: &[WaivedFinding],
        fingerprinter: &mut Fingerprinter,
    ) -> Vec<Finding> {
        // (finding, its position among the counted ones, if counted).
        let mut all: Vec<(&Finding, Option<usize>)> = findings
            .iter()
            .enumerate()
            .map(|(i, f)| (f, Some(i)))
            .chain(waived.iter().map(|w| (&w.finding, None)))
            .collect();
        all.sort_by(|(a, _), (b, _)| reading_order(a, b));
        let mut unchanged = vec![false; findings.len()];
        for (f, counted) in all {
            let fp = fingerprinter.next(f);
            if let Some(&i) = self.baseline.index.get(&fp) {
                self.seen[i] = true;
                if let Some(c) = counted {
                    unchanged[c] = true;
                }
            }
        }
        let before = findings.len();
        let kept: Vec<Finding> = findings
            .into_iter()
            .zip(unchanged)
            .filter_map(|(f, unchanged)| (!unchanged).then_some(f))
            .collect();
        self.unchanged += before - kept.len();
        self.new += kept.len();
        kept
    }

    /// The comparison, once every report went through [`Comparison::report`].
    pub fn finish(self) -> BaselineComparison {
        let fixed = self
            .baseline
            .findings
            .iter()
            .zip(&self.seen)
            .filter(|(_, seen)| !**seen)
            .map(|(f, _)| f.clone())
            .collect();
        BaselineComparison {
            path: self.baseline.path.clone(),
            new: self.new,
            unchanged: self.unchanged,
            fixed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dutycheck_model::Severity;

    fn finding(section: &str, line: u32) -> Finding {
        Finding {
            rule: "preschool.public-share-2020".into(),
            severity: Severity::Error,
            path: "reports/county.txt".into(),
            section: Some(section.into()),
            case: Some(1),
            line,
            column: 1,
            length: 1,
            message: format!("{section} m"),
            indicator: None,
            value: None,
        }
    }

    #[test]
    fn new_unchanged_and_fixed() {
        let old = CheckRun::new(vec![], vec![finding("东河县", 4), finding("西山区", 7)]);
        // The report was edited: 东河县 moved down two lines, 西山区 fixed,
        // 北岭镇 is new.
        let now = CheckRun::new(vec![], vec![finding("东河县", 6), finding("北岭镇", 12)]);
        let out = compare(now, &old, "old.json");
        let b = out.baseline.as_ref().expect("compared");
        assert_eq!((b.new, b.unchanged, b.fixed.len()), (1, 1, 1));
        assert_eq!(out.findings.len(), 1);
        assert_eq!(out.findings[0].section.as_deref(), Some("北岭镇"));
        assert_eq!(b.fixed[0].section.as_deref(), Some("西山区"));
        assert_eq!(out.summary.errors, 1);
    }

    #[test]
    fn bad_baselines_are_located_errors() {
        let e = parse("b.json", "{\n  \"version\": 1,\n  \"reports\": 3\n}").expect_err("bad");
        assert_eq!(e.line, Some(3), "{e:?}");
        let e = parse("b.json", "{\"version\": 7, \"reports\": [], \"findings\": [], \"summary\": {\"errors\": 0, \"warnings\": 0, \"infos\": 0}}")
            .expect_err("version");
        assert!(e.message.contains("version 7"), "{e:?}");
    }
}
