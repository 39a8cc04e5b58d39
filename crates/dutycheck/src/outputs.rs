//! Output formats for people and CI, several per run, and the steps between
//! checking and rendering: waivers and the baseline.
//!
//! `dutycheck check` renders its main format to stdout (or `--output`), and
//! each `--also FORMAT=FILE` to a file, all from the same run, so a CI job
//! checks once and gets a terminal log, a SARIF upload and a JUnit report.
//! [`render`] is public: a library user can produce any format from a
//! [`CheckRun`] they got from [`Checker::check_path`].

use std::path::{Path, PathBuf};
use std::str::FromStr;

use dutycheck_catalog::Catalog;
use dutycheck_model::{BaselineComparison, CheckRun, Diagnostic, Report, WaiverNote};
use dutycheck_render::{Measured, RuleInfo, Sources, ThresholdInfo, render_run};
use dutycheck_rules::{Measure, RuleKind, RuleSet};

use crate::Checker;
use crate::baseline::Baseline;
use crate::waivers::{Date, Waivers};

pub use dutycheck_render::{Format, RenderOptions};

/// `--also FORMAT=FILE`: one more output of the same run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Also {
    pub format: Format,
    pub path: PathBuf,
}

impl FromStr for Also {
    type Err = String;
    fn from_str(s: &str) -> Result<Also, String> {
        let Some((format, path)) = s.split_once('=') else {
            return Err(format!(
                "`{s}` is not FORMAT=FILE (for example json=results.json)"
            ));
        };
        if path.trim().is_empty() {
            return Err(format!("`{s}` names no file after `=`"));
        }
        Ok(Also {
            format: format.parse()?,
            path: PathBuf::from(path),
        })
    }
}

/// Renders a run in `format`. `sources` (the report text) is quoted by
/// text, SARIF and HTML; the checker supplies rule metadata. The HTML
/// charts draw the values the run carries ([`CheckRun::values`], filled by
/// [`Checker::check_paths`] as it checks): no report is read again. A run
/// read back from JSON carries none; its charts show the targets only.
pub fn render(
    format: Format,
    checker: &Checker,
    run: &CheckRun,
    sources: &Sources,
    options: RenderOptions,
) -> String {
    let rules = rule_infos(checker.rules(), checker.catalog());
    render_run(format, run, sources, &rules, &run.values, options)
}

/// What the renderers show of each rule.
pub fn rule_infos(rules: &RuleSet, catalog: &Catalog) -> Vec<RuleInfo> {
    rules
        .rules()
        .iter()
        .map(|r| RuleInfo {
            id: r.id.clone(),
            title: r.title.clone(),
            description: r.description.clone(),
            references: r.references.clone(),
            severity: r.severity.severity(),
            kind: r.kind.name().to_string(),
            tags: r.tags.clone(),
            help_uri: Some(dutycheck_render::help_uri(&r.id, is_bundled(r))),
            threshold: match &r.kind {
                RuleKind::Threshold(t) => {
                    let indicator = catalog.get(&t.indicator);
                    let unit = indicator.map_or("", |i| t.measure.unit(i.kind));
                    Some(ThresholdInfo {
                        indicator: t.indicator.clone(),
                        name: indicator.map_or_else(String::new, |i| i.name.to_string()),
                        measure: t.measure.as_str().to_string(),
                        unit: unit.to_string(),
                        min: t.bounds.min.or(t.bounds.above),
                        max: t.bounds.max.or(t.bounds.below),
                    })
                }
                _ => None,
            },
        })
        .collect()
}

/// Whether a rule comes from a bundled pack unchanged in where it is
/// documented: `docs/rules.md` has an entry for it.
pub fn is_bundled(rule: &dutycheck_rules::Rule) -> bool {
    rule.origin.starts_with("builtin:")
}

/// The reference of the bundled rules, `docs/rules.md`: for each rule of
/// the bundled packs, sorted by id, an anchor named after the id (what the
/// rules' SARIF `helpUri` points at), its help ([`dutycheck_render::rule_help`],
/// the text SARIF and `rules explain` show) and its kind, severity, years
/// and pack. Generated, and checked by a test, so that it cannot drift.
pub fn bundled_rules_markdown(rules: &RuleSet, catalog: &Catalog) -> String {
    let mut infos = rule_infos(rules, catalog);
    infos.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = String::from(
        "# The bundled rules\n\n\
         Generated from `rules/packs/` by `DUTYCHECK_BLESS=1 cargo test -p dutycheck --test rules_doc`;\n\
         do not edit by hand. `dutycheck rules explain ID` prints the same help, with the\n\
         overrides and tests in force. How to write rules: [writing-rules.md](writing-rules.md).\n",
    );
    for info in &infos {
        let Some(rule) = rules.get(&info.id) else {
            continue;
        };
        let help = dutycheck_render::rule_help(&RuleInfo {
            help_uri: None,
            ..info.clone()
        });
        out.push_str(&format!(
            "\n<a id=\"{id}\"></a>\n\n## `{id}`\n\n{}\n\n\
             | kind | severity | years | pack |\n|---|---|---|---|\n| {} | {} | {} | {} |\n",
            help.markdown,
            rule.kind.name(),
            rule.severity.as_str(),
            rule.years
                .as_ref()
                .map_or_else(|| "all".to_string(), ToString::to_string),
            rule.pack.as_deref().unwrap_or("-"),
            id = info.id,
        ));
    }
    out
}

/// The value each threshold rule measured in each section of `report`, for
/// the HTML charts: the first value of the indicator that the section
/// reports (in reading order) that has the rule's measure. Taken while the
/// report is checked ([`Checker::check_file_with`]).
pub(crate) fn report_values(
    rules: &RuleSet,
    report: &Report,
) -> std::collections::BTreeMap<String, std::collections::BTreeMap<String, Measured>> {
    let mut by_rule = std::collections::BTreeMap::new();
    for rule in rules.rules() {
        let RuleKind::Threshold(t) = &rule.kind else {
            continue;
        };
        let mut by_section = std::collections::BTreeMap::new();
        for section in &report.sections {
            let first = section
                .cases
                .iter()
                .flat_map(|c| &c.indicators)
                .filter(|v| v.indicator == t.indicator)
                .find_map(|v| match t.measure {
                    // A level keeps its qualifier (`近90%`); a change has
                    // none of its own.
                    Measure::Value => v.value.map(|value| Measured {
                        value,
                        qualifier: v.qualifier,
                    }),
                    Measure::ChangePercent => v.change.as_ref()?.percent.map(Measured::exact),
                    Measure::ChangeValue => v.change.as_ref()?.value.map(Measured::exact),
                });
            if let Some(v) = first {
                by_section.insert(section.name.to_string(), v);
            }
        }
        if !by_section.is_empty() {
            by_rule.insert(rule.id.clone(), by_section);
        }
    }
    by_rule
}

/// Waivers and a baseline, read before checking so that a mistake in them
/// stops the run at once (exit 2), not after a long check. The baseline is
/// kept as its findings' fingerprints and what a fixed finding shows
/// ([`Baseline`]), not as the whole earlier run.
#[derive(Debug, Default)]
pub struct Extras {
    pub waivers: Option<Waivers>,
    pub baseline: Option<Baseline>,
}

impl Extras {
    pub fn load(
        checker: &Checker,
        waivers: Option<&Path>,
        baseline: Option<&Path>,
    ) -> Result<Extras, Vec<Diagnostic>> {
        let ids: Vec<&str> = checker
            .rules()
            .rules()
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        let mut errors = Vec::new();
        let waivers = match waivers
            .map(|p| Waivers::load_as(p, &checker.shown(p), &ids))
            .transpose()
        {
            Ok(w) => w,
            Err(e) => {
                errors.extend(e);
                None
            }
        };
        let baseline = match baseline
            .map(|p| crate::baseline::load(p).map(|b| Baseline::new(&checker.shown(p), &b)))
            .transpose()
        {
            Ok(b) => b,
            Err(e) => {
                errors.push(e);
                None
            }
        };
        if errors.is_empty() {
            Ok(Extras { waivers, baseline })
        } else {
            Err(errors)
        }
    }

    /// Applies the waivers (as of `today`), then the baseline.
    pub fn apply(&self, mut run: CheckRun, today: Date) -> CheckRun {
        if let Some(w) = &self.waivers {
            run = w.apply(run, today);
        }
        if let Some(b) = &self.baseline {
            run = b.compare(run);
        }
        run
    }
}

/// The lines `check` prints to stderr about waivers and the baseline.
/// Expired waivers are warnings, unused ones notes; with `quiet` neither is
/// printed (they stay in every output format).
pub fn stderr_notes(run: &CheckRun, quiet: bool) -> Vec<String> {
    notes_lines(&run.waiver_notes, run.baseline.as_ref(), quiet)
}

/// [`stderr_notes`] from the waiver notes and the baseline comparison of a
/// run (streamed runs have no [`CheckRun`]).
pub fn notes_lines(
    waiver_notes: &[WaiverNote],
    baseline: Option<&BaselineComparison>,
    quiet: bool,
) -> Vec<String> {
    if quiet {
        return Vec::new();
    }
    let mut lines: Vec<String> = waiver_notes
        .iter()
        .map(|n| {
            let level = match n.kind {
                dutycheck_model::WaiverNoteKind::Expired => "warning",
                dutycheck_model::WaiverNoteKind::Unused => "note",
            };
            format!("{level}: {}: {}", n.origin, n.message)
        })
        .collect();
    if let Some(b) = baseline {
        lines.push(format!(
            "baseline {}: {} new, {} unchanged (not shown), {} fixed",
            b.path,
            b.new,
            b.unchanged,
            b.fixed.len()
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn also_parses_format_and_file() {
        let a: Also = "sarif=out/results.sarif".parse().expect("valid");
        assert_eq!(a.format, Format::Sarif);
        assert_eq!(a.path, PathBuf::from("out/results.sarif"));
        assert!("results.sarif".parse::<Also>().is_err());
        assert!(
            "pdf=x.pdf"
                .parse::<Also>()
                .unwrap_err()
                .contains("unknown format `pdf`")
        );
        assert!("json=".parse::<Also>().is_err());
    }
}
