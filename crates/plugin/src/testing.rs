//! Building reports by hand and running a plugin on them, for plugin tests.
//!
//! A plugin's unit tests should not depend on the parser and extractor
//! getting every figure right, so they build the [`Report`] themselves:
//! [`CaseBuilder`] places each figure at its real character offsets in the
//! text (by searching for it), which keeps the spans honest. [`run`] then
//! drives the plugin through the same JSON round trip the host uses, so a
//! field the plugin reads but the JSON lacks shows up in the test.

use dutycheck_model::{
    Case, Claim, IndicatorValue, Quantity, QuantityKind, Report, Section, StatementKind,
};

use crate::sdk::{Error, Plugin};
use crate::wire::{CatalogView, PluginFinding, ReportMeta, Request, RunHistory, WIRE_MINOR};

/// Builds a [`Case`] from its text and the figures in it.
pub struct CaseBuilder {
    case: Case,
    /// Where the next figure search starts (a character offset).
    cursor: usize,
}

impl CaseBuilder {
    /// A case with this number and text, at line `number + 1`, column 1.
    pub fn new(number: u32, text: &str) -> CaseBuilder {
        CaseBuilder {
            case: Case {
                number,
                line: number + 1,
                column: 1,
                text: text.into(),
                quantities: Vec::new(),
                indicators: Vec::new(),
                claims: Vec::new(),
                targets: Vec::new(),
                unread: Vec::new(),
                segments: Vec::new(),
                normal: Default::default(),
            },
            cursor: 0,
        }
    }

    /// The character offsets of the next occurrence of `figure` at or after
    /// the cursor. Panics if it is not there: this is test code, and a
    /// figure that is not in the text is a broken test.
    fn locate(&mut self, figure: &str) -> (usize, usize) {
        let text: Vec<char> = self.case.text.chars().collect();
        let needle: Vec<char> = figure.chars().collect();
        let start = (self.cursor..=text.len().saturating_sub(needle.len()))
            .find(|&i| text[i..].starts_with(&needle))
            .unwrap_or_else(|| {
                panic!(
                    "`{figure}` is not in the case text after offset {}",
                    self.cursor
                )
            });
        let end = start + needle.len();
        self.cursor = end;
        (start, end)
    }

    /// Adds the next occurrence of `figure` as a quantity.
    pub fn quantity(mut self, figure: &str, value: f64, unit: &str, kind: QuantityKind) -> Self {
        let (start, end) = self.locate(figure);
        let qualifier = dutycheck_vocab::qualifiers::of_written(figure);
        self.case.quantities.push(Quantity {
            text: figure.into(),
            value,
            unit: unit.into(),
            kind,
            qualifier,
            line: self.case.line,
            column: self.case.column + start as u32,
            start,
            end,
        });
        self
    }

    /// Binds the most recently added quantity to an indicator.
    pub fn indicator(mut self, id: &str, name: &str) -> Self {
        let Some(q) = self.case.quantities.last() else {
            panic!("add the quantity before binding it to `{id}`");
        };
        self.case.indicators.push(IndicatorValue {
            indicator: id.into(),
            name: name.into(),
            mention: name.into(),
            statement: StatementKind::Level,
            value: Some(q.value),
            unit: q.unit.clone(),
            qualifier: q.qualifier,
            upper: None,
            change: None,
            line: q.line,
            column: q.column,
            start: q.start,
            end: q.end,
            year: None,
        });
        self
    }

    /// Records the next occurrence of `phrase` as a claim of
    /// `requirement` (its clause is the phrase itself here).
    pub fn claim(mut self, requirement: &str, phrase: &str) -> Self {
        let (start, end) = self.locate(phrase);
        self.case.claims.push(Claim {
            requirement: requirement.into(),
            text: phrase.into(),
            phrase: phrase.into(),
            line: self.case.line,
            column: self.case.column + start as u32,
            start,
            end,
            plan: false,
            denied: false,
            partial: false,
            indicator: None,
        });
        self
    }

    pub fn build(self) -> Case {
        self.case
    }
}

/// A report with one section per `(name, cases)`.
pub fn report(year: Option<i32>, sections: Vec<(&str, Vec<Case>)>) -> Report {
    Report {
        path: "test.txt".to_string(),
        title: "test report".to_string(),
        year,
        sections: sections
            .into_iter()
            .enumerate()
            .map(|(i, (name, cases))| Section {
                name: name.into(),
                number: i as u32 + 1,
                line: 1,
                column: 1,
                heading_length: 0,
                cases,
                numbering_gaps: Vec::new(),
                unread_numbering: Vec::new(),
                collected: false,
            })
            .collect(),
    }
}

/// Runs `check` of plugin `P` on `report` the way the host would: the
/// report goes through its JSON form first. The request has no catalog.
pub fn run<P: Plugin>(
    check: &str,
    options: serde_json::Value,
    report: &Report,
) -> Result<Vec<PluginFinding>, Error> {
    run_with_catalog::<P>(check, options, report, None)
}

/// [`run`] with the catalog a host sends (wire 1.1): the merged catalog of
/// the run, with a province's own indicators and the requirements.
pub fn run_with_catalog<P: Plugin>(
    check: &str,
    options: serde_json::Value,
    report: &Report,
    catalog: Option<CatalogView>,
) -> Result<Vec<PluginFinding>, Error> {
    run_with_history::<P>(check, options, report, catalog, None)
}

/// [`run_with_catalog`] with the histories of the report's regions a host
/// sends in a run of several years (wire 1.2).
pub fn run_with_history<P: Plugin>(
    check: &str,
    options: serde_json::Value,
    report: &Report,
    catalog: Option<CatalogView>,
    history: Option<RunHistory>,
) -> Result<Vec<PluginFinding>, Error> {
    let json = serde_json::to_string(report).map_err(|e| Error::Check(e.to_string()))?;
    let seen: Report = serde_json::from_str(&json).map_err(|e| Error::Check(e.to_string()))?;
    let request = Request {
        check: check.to_string(),
        options,
        report: ReportMeta {
            path: report.path.clone(),
            title: report.title.clone(),
            year: report.year,
        },
        wire_minor: WIRE_MINOR,
        catalog,
        history,
    };
    P::default().run(&request, &seen)
}
