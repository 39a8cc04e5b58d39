//! The result of a `check` run. Serialising a [`CheckRun`] with serde_json
//! *is* the `--format json` output, so these types are that contract: one
//! object with `version` ([`CHECK_FORMAT_VERSION`]), `reports`, `findings`
//! (sorted by path, line, column and rule), `summary`, and `waived`,
//! `waiver_notes` and `baseline` only when they apply. Fields may be added;
//! renaming or removing one is a breaking change and bumps the version.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    BaselineComparison, Finding, Qualifier, RuleStatuses, Severity, Status, WaivedFinding,
    WaiverNote,
};

/// The version of the check JSON format. Bumped only for breaking changes.
pub const CHECK_FORMAT_VERSION: u32 = 1;

/// Everything one `dutycheck check` run found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CheckRun {
    /// The version of this format ([`CHECK_FORMAT_VERSION`]); it changes
    /// only for a breaking change.
    pub version: u32,
    /// One entry per report, in the order the paths were given (directories
    /// sorted by path).
    pub reports: Vec<ReportResult>,
    /// All findings of all reports, sorted by path, line, column and rule.
    pub findings: Vec<Finding>,
    pub summary: Summary,
    /// Findings accepted by a waiver (`--waivers`): kept out of `findings`
    /// and `summary`, so they neither count nor gate, but shown by every
    /// format. Omitted from the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waived: Vec<WaivedFinding>,
    /// Expired and unused waivers. Omitted from the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waiver_notes: Vec<WaiverNote>,
    /// The comparison with `--baseline FILE`: `findings` then holds only the
    /// new ones. Omitted from the JSON without a baseline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineComparison>,
    /// The value each threshold rule measured in each section, by report
    /// path, for the HTML charts (passing values included, which findings
    /// do not carry). Filled by the checker as it checks, so that rendering
    /// reads no report again. Not part of the JSON contract: a run read
    /// back from JSON has none, and its charts show the targets only.
    #[serde(skip)]
    pub values: Values,
    /// The run's histories, when it holds reports of several years (or
    /// reads earlier ones with `--history`): each region's values by year,
    /// no text. The HTML report draws them as line charts. Not in the JSON
    /// (`dutycheck history --format json` prints them).
    #[serde(skip)]
    pub history: Option<crate::History>,
}

/// Measured values for the charts: report path → rule id → section name →
/// the value the rule measured (the first one the section reports).
pub type Values = BTreeMap<String, BTreeMap<String, BTreeMap<String, Measured>>>;

/// One value a rule measured, as a chart draws it: the number and the
/// qualifier it was written with (`近90%` is 90, nearly: the label says
/// so, and a plain `90%` would not).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    pub value: f64,
    pub qualifier: Qualifier,
}

impl Measured {
    /// A value written without a qualifier.
    pub fn exact(value: f64) -> Measured {
        Measured {
            value,
            qualifier: Qualifier::Exact,
        }
    }
}

/// The compliance of one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReportResult {
    /// The report file, relative to the run's root (`--root`) when it is
    /// under it, else as given.
    pub path: String,
    /// The report's title line.
    pub title: String,
    /// The year the report was judged as: `--year`, the config's `year:`,
    /// or the year in the title.
    pub year: Option<i32>,
    /// Why the report could not be checked (unreadable, no sections …).
    pub error: Option<String>,
    pub sections: Vec<SectionResult>,
}

impl ReportResult {
    /// Whether any cell of the matrix has one of `statuses`: renderers
    /// show a column or a legend entry only for the statuses a report has
    /// (an `unread` column, the words of `claim` rows).
    pub fn has_any(&self, statuses: &[Status]) -> bool {
        self.sections
            .iter()
            .any(|s| s.results.values().any(|v| statuses.contains(v)))
    }
}

/// One row of the compliance matrix: a section and each rule's status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SectionResult {
    /// The section's name (a region: `济南市`).
    pub name: String,
    /// `fail` when a rule at `error` failed for the section, `warn` when
    /// only rules at `warning` did, `unchecked` when no rule judged it (no
    /// cell passes or fails: every one is missing, unread, claimed or not
    /// applicable), else `pass`. A failing `info` rule is advice: its cell
    /// is `fail`, the section is not, and the rule is named in `notes`.
    pub status: SectionStatus,
    /// The rules at `info` whose cell fails (`fail`, `contradicted`) in this
    /// section, sorted by id: advice, shown as notes; they neither fail nor
    /// warn the section. Omitted from the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Rule id → status, for every rule in force (sorted by id).
    pub results: RuleStatuses,
}

/// The status of a section: what its worst failing rule makes it, or that
/// no rule could judge it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SectionStatus {
    /// No rule at `warning` or `error` fails (rules at `info` may: notes),
    /// and at least one rule passed or failed.
    Pass,
    /// A rule at `warning` fails, none at `error`: worth a look, and it
    /// gates the exit code only with `--fail-on warning`, as its findings do.
    Warn,
    /// A rule at `error` fails.
    Fail,
    /// No rule judged the section: no cell passes or fails, every one is
    /// `missing`, `unread`, `claimed` or `not-applicable`. A section of
    /// demands (`整改要求`), of plans (`下一步打算`) or of a region whose
    /// figures could not be read is not a pass: nothing was checked, and the
    /// table says so rather than lending it the word of a region that met
    /// its targets. It fails nothing and gates no exit code.
    Unchecked,
}

impl SectionStatus {
    /// The status of a section whose failing rules' worst severity is
    /// `worst` (`None`: no rule fails), when `judged` says whether any
    /// cell passed or failed.
    pub fn of(worst: Option<Severity>, judged: bool) -> SectionStatus {
        match worst {
            Some(Severity::Error) => SectionStatus::Fail,
            Some(Severity::Warning) => SectionStatus::Warn,
            Some(Severity::Info) | None if !judged => SectionStatus::Unchecked,
            Some(Severity::Info) | None => SectionStatus::Pass,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SectionStatus::Pass => "pass",
            SectionStatus::Warn => "warn",
            SectionStatus::Fail => "fail",
            SectionStatus::Unchecked => "unchecked",
        }
    }
}

/// How many sections have each status: the totals every format for people
/// prints (the text summary line, the HTML cards).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SectionCounts {
    pub pass: usize,
    pub warn: usize,
    pub fail: usize,
    pub unchecked: usize,
}

impl SectionCounts {
    /// Counts `sections` in.
    pub fn add(&mut self, sections: &[SectionResult]) {
        for s in sections {
            match s.status {
                SectionStatus::Pass => self.pass += 1,
                SectionStatus::Warn => self.warn += 1,
                SectionStatus::Fail => self.fail += 1,
                SectionStatus::Unchecked => self.unchecked += 1,
            }
        }
    }

    /// Every section counted.
    pub fn total(&self) -> usize {
        self.pass + self.warn + self.fail + self.unchecked
    }
}

impl SectionResult {
    /// Whether the failing cell of `rule` is a note (a rule at `info`):
    /// renderers show it as advice, not as a failure.
    pub fn is_note(&self, rule: &str) -> bool {
        self.notes.iter().any(|n| n == rule)
    }
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}

impl CheckRun {
    /// Assembles a run: sorts findings deterministically and counts them.
    pub fn new(reports: Vec<ReportResult>, mut findings: Vec<Finding>) -> CheckRun {
        findings.sort_by(|a, b| {
            (&a.path, a.line, a.column, &a.rule, &a.message)
                .cmp(&(&b.path, b.line, b.column, &b.rule, &b.message))
        });
        let summary = Summary::of(&findings);
        CheckRun {
            version: CHECK_FORMAT_VERSION,
            reports,
            findings,
            summary,
            waived: Vec::new(),
            waiver_notes: Vec::new(),
            baseline: None,
            values: Values::new(),
            history: None,
        }
    }

    /// Whether any report could not be checked (exit code 2).
    pub fn has_input_errors(&self) -> bool {
        self.reports.iter().any(|r| r.error.is_some())
    }

    /// The highest severity among the findings, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}
