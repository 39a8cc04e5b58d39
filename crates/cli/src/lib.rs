//! dutycheck checks the reports in which Chinese city and county governments
//! account for their education duties (政府履行教育职责评价, 典型工作案例)
//! against declarative YAML rules.
//!
//! This crate is the facade over the pipeline
//!
//! ```text
//! read (dutycheck-read) → parse (dutycheck-parse) → extract (dutycheck-extract)
//!   → evaluate (dutycheck-engine, with rules from dutycheck-rules) → render (dutycheck-render)
//! ```
//!
//! and the `dutycheck` command line. A Rust user checks a report in a few
//! lines and gets a serialisable [`CheckRun`], the same value `--format json`
//! prints:
//!
//! ```
//! let checker = dutycheck::Checker::builder().build().expect("bundled rules are valid");
//! let (run, _sources) = checker.check_paths(&["../../tests/fixtures/reports/shandong-2020-city-cases.txt"]);
//! assert_eq!(run.reports[0].sections.len(), 16);
//! assert_eq!(run.summary.errors, 0);
//! ```

pub mod cli;
pub mod discover;

use std::path::{Path, PathBuf};

use dutycheck_catalog::Catalog;
use dutycheck_engine::{EvalOptions, evaluate};
use dutycheck_extract::Extractor;
use dutycheck_model::{
    CheckRun, Diagnostic, Finding, Report, ReportResult, SectionResult, SectionStatus,
};
use dutycheck_read::{ReadOptions, read_path};
use dutycheck_render::Sources;
use dutycheck_rules::{Loader, RuleSet};

pub use dutycheck_model as model;

/// Builds a [`Checker`]: which rules, which catalog, which year.
#[derive(Debug, Default)]
pub struct CheckerBuilder {
    rule_paths: Vec<PathBuf>,
    year: Option<i32>,
    read: ReadOptions,
}

impl CheckerBuilder {
    /// Adds a rule file or directory. Without any, the bundled default packs
    /// are used.
    pub fn rules(mut self, path: impl Into<PathBuf>) -> Self {
        self.rule_paths.push(path.into());
        self
    }

    /// Judges every report as if it were about `year`, whatever its title says.
    pub fn year(mut self, year: Option<i32>) -> Self {
        self.year = year;
        self
    }

    /// How report files are read (size limit, forced encoding).
    pub fn read_options(mut self, read: ReadOptions) -> Self {
        self.read = read;
        self
    }

    /// Loads and validates the rules. Fails with every error in the rule set.
    pub fn build(self) -> Result<Checker, Vec<Diagnostic>> {
        let catalog = Catalog::bundled();
        let loader = Loader::new(&catalog);
        let loader = if self.rule_paths.is_empty() {
            loader.bundled()
        } else {
            loader.paths(&self.rule_paths)
        };
        let rules = loader.load()?;
        Ok(Checker {
            extractor: Extractor::new(&catalog),
            catalog,
            rules,
            options: EvalOptions { year: self.year },
            read: self.read,
        })
    }
}

/// Checks reports. Cheap to share: it holds the compiled rules and catalog.
#[derive(Debug)]
pub struct Checker {
    catalog: Catalog,
    extractor: Extractor,
    rules: RuleSet,
    options: EvalOptions,
    read: ReadOptions,
}

impl Checker {
    pub fn builder() -> CheckerBuilder {
        CheckerBuilder::default()
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Reads, parses and extracts one report, returning it with its decoded
    /// text.
    pub fn parse_path(&self, path: &Path) -> Result<(Report, String), Diagnostic> {
        let doc = read_path(path, &self.read)?;
        let mut report = dutycheck_parse::parse(&doc)?;
        self.extractor.extract(&mut report);
        Ok((report, doc.text))
    }

    /// Checks files and directories (searched for reports). A report that
    /// cannot be read or parsed gets an `error` in its [`ReportResult`]; the
    /// others are checked as usual. Returns the run and the decoded text of
    /// each report, for quoting source lines.
    pub fn check_paths<P: AsRef<Path>>(&self, paths: &[P]) -> (CheckRun, Sources) {
        let mut reports = Vec::new();
        let mut findings = Vec::new();
        let mut sources = Sources::new();
        for path in discover::reports(paths) {
            let shown = path.display().to_string();
            match self.parse_path(&path) {
                Ok((report, text)) => {
                    let (result, found) = self.check_report(&report);
                    reports.push(result);
                    findings.extend(found);
                    sources.insert(shown, text);
                }
                Err(error) => reports.push(ReportResult {
                    path: shown,
                    title: String::new(),
                    year: None,
                    error: Some(error_text(&error)),
                    sections: Vec::new(),
                }),
            }
        }
        (CheckRun::new(reports, findings), sources)
    }

    /// Evaluates the rules on one parsed report.
    pub fn check_report(&self, report: &Report) -> (ReportResult, Vec<Finding>) {
        let evaluation = evaluate(report, &self.rules, &self.catalog, &self.options);
        let sections = evaluation
            .sections
            .into_iter()
            .map(|s| SectionResult {
                name: s.name,
                status: if s.status == dutycheck_model::Status::Fail {
                    SectionStatus::Fail
                } else {
                    SectionStatus::Pass
                },
                results: s.results,
            })
            .collect();
        let result = ReportResult {
            path: report.path.clone(),
            title: report.title.clone(),
            year: self.options.year.or(report.year),
            error: None,
            sections,
        };
        (result, evaluation.findings)
    }
}

/// A report error as one line, with the advice when there is one.
fn error_text(d: &Diagnostic) -> String {
    match &d.help {
        Some(help) => format!("{} ({help})", d.message),
        None => d.message.clone(),
    }
}
