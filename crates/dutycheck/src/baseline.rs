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

use std::collections::HashSet;
use std::path::Path;

use dutycheck_model::{
    BaselineComparison, CHECK_FORMAT_VERSION, CheckRun, Diagnostic, Finding, FixedFinding, Summary,
};
use dutycheck_render::fingerprints;

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
    all.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.rule, &a.message)
            .cmp(&(&b.path, b.line, b.column, &b.rule, &b.message))
    });
    all
}

/// Compares `run` with `baseline` (shown as `baseline_path`): keeps only new
/// findings, recounts the summary and records the comparison.
pub fn compare(mut run: CheckRun, baseline: &CheckRun, baseline_path: &str) -> CheckRun {
    let old_all = all_findings(baseline);
    let old_fps = fingerprints(old_all.iter().copied());
    let old: HashSet<&str> = old_fps.iter().map(String::as_str).collect();

    let current_all = all_findings(&run);
    let current_fps = fingerprints(current_all.iter().copied());
    let now: HashSet<&str> = current_fps.iter().map(String::as_str).collect();
    // Which current findings are unchanged, by identity of the finding
    // (pointer into the run), since equal findings may occur twice.
    let unchanged_ptrs: HashSet<*const Finding> = current_all
        .iter()
        .zip(&current_fps)
        .filter(|(_, fp)| old.contains(fp.as_str()))
        .map(|(f, _)| *f as *const Finding)
        .collect();
    let fixed: Vec<FixedFinding> = old_all
        .iter()
        .zip(&old_fps)
        .filter(|(_, fp)| !now.contains(fp.as_str()))
        .map(|(f, fp)| FixedFinding {
            fingerprint: fp.clone(),
            rule: f.rule.clone(),
            path: f.path.clone(),
            section: f.section.clone(),
            case: f.case,
            message: f.message.clone(),
        })
        .collect();

    let before = run.findings.len();
    let findings = std::mem::take(&mut run.findings);
    let kept: Vec<Finding> = findings
        .iter()
        .filter(|f| !unchanged_ptrs.contains(&(*f as *const Finding)))
        .cloned()
        .collect();
    let unchanged = before - kept.len();
    run.findings = kept;
    run.summary = Summary::of(&run.findings);
    run.baseline = Some(BaselineComparison {
        path: baseline_path.to_string(),
        new: run.findings.len(),
        unchanged,
        fixed,
    });
    run
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
