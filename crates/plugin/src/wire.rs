//! The JSON that crosses the boundary: the manifest, the request and the
//! findings.
//!
//! Both sides use these types (the SDK to produce them, the host to read
//! them), so there is one definition of each field. Field names are part of
//! the ABI: they may be added, never renamed. Unknown fields are ignored on
//! both sides, which is what lets a newer plugin talk to an older host.

use dutycheck_model::Severity;
use serde::{Deserialize, Serialize};

/// What a plugin says about itself: returned by [`crate::abi::ManifestFn`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The plugin's name, used in rules as `plugin: NAME/CHECK`. Lowercase
    /// words joined by `-` by convention.
    pub name: String,
    /// The plugin's own version (semver by convention).
    pub version: String,
    #[serde(default)]
    pub description: String,
    /// The checks the plugin offers, in the order it lists them.
    pub checks: Vec<CheckManifest>,
}

impl Manifest {
    /// The check with this id, if the plugin has one.
    pub fn check(&self, id: &str) -> Option<&CheckManifest> {
        self.checks.iter().find(|c| c.id == id)
    }
}

/// One check of a plugin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckManifest {
    /// The check's id, unique within the plugin.
    pub id: String,
    #[serde(default)]
    pub description: String,
    /// The severity of its findings unless a finding or a rule says
    /// otherwise.
    pub severity: Severity,
    /// A JSON Schema (draft 2020-12 subset) for the check's options. A
    /// missing schema means the check takes no options: `{}` is the only
    /// valid value.
    #[serde(default = "no_options_schema")]
    pub options_schema: serde_json::Value,
}

/// The schema of a check that takes no options: an object with no
/// properties.
pub fn no_options_schema() -> serde_json::Value {
    serde_json::json!({ "type": "object", "additionalProperties": false })
}

/// The request passed to [`crate::abi::RunFn`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The id of the check to run.
    pub check: String,
    /// The rule's options, already validated by the host against the
    /// check's schema. `{}` when the rule gives none.
    #[serde(default = "empty_object")]
    pub options: serde_json::Value,
    /// Facts about the report, so that a check need not parse the document
    /// for them.
    pub report: ReportMeta,
    /// The version of this request's JSON ([`WIRE_MINOR`] of the host that
    /// sent it); `0` from hosts older than the field.
    #[serde(default)]
    pub wire_minor: u32,
    /// The catalog the run reads reports with: the bundled one merged with
    /// what the configuration and the packs declare (a province's own
    /// indicators, added aliases, requirements). `None` from hosts before
    /// wire 1.1. A check that looks indicators up by id finds the user's
    /// own ones here, and the requirements that `claims[]` in the document
    /// name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<CatalogView>,
    /// The histories of the report's regions, when the run holds reports
    /// of more than one year (wire 1.2); `None` otherwise, and from older
    /// hosts. See [`RunHistory`] and `Request::region_history`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<RunHistory>,
}

/// What the run's other reports say about the regions of this report
/// (wire 1.2): each region's values by year, with their sources.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunHistory {
    /// For each section of the report, in order: the index in `regions`
    /// of the region it is about, or `None` (a section that names no
    /// region, in a report whose title names none).
    pub sections: Vec<Option<usize>>,
    /// The regions, each with every year of the run (this report's year
    /// included).
    pub regions: Vec<dutycheck_model::RegionHistory>,
}

/// The minor version of the wire format (the request and document JSON),
/// which grows by appending fields only, so that a plugin built for an
/// older minor keeps working (serde ignores fields it does not know) and a
/// newer plugin sees `None` or empty lists from an older host:
///
/// - 1.0: `check`, `options`, `report`; the document is the parsed report.
/// - 1.1: `wire_minor` and `catalog` in the request; every case of the
///   document has `claims[]` (`dutycheck_model::Claim`).
/// - 1.2: `history` in the request (the histories of the report's regions,
///   in runs of more than one year); a change in the document may carry
///   its `base` (`dutycheck_model::Base`).
///
/// This is not the table's [`crate::abi::ABI_MINOR`]: the `#[repr(C)]`
/// table did not change, so plugins built against ABI 1.0 still load.
pub const WIRE_MINOR: u32 = 2;

/// The merged catalog, as plugins see it (wire 1.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CatalogView {
    pub indicators: Vec<CatalogIndicator>,
    pub requirements: Vec<CatalogRequirement>,
}

/// One indicator of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogIndicator {
    pub id: String,
    pub name: String,
    /// The kind of figure that states it (`percent`, `money`, `count` …).
    pub kind: dutycheck_model::QuantityKind,
    /// Every name reports use for it, its name included.
    pub aliases: Vec<String>,
}

/// One requirement of the catalog: what reports claim (`claims[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogRequirement {
    pub id: String,
    pub name: String,
    /// The phrases that claim it (`…` is a gap within one clause).
    pub phrases: Vec<String>,
    /// The indicators whose figures evidence it.
    pub indicators: Vec<String>,
}

impl CatalogView {
    /// The indicator with id `id`.
    pub fn indicator(&self, id: &str) -> Option<&CatalogIndicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The requirement with id `id`.
    pub fn requirement(&self, id: &str) -> Option<&CatalogRequirement> {
        self.requirements.iter().find(|r| r.id == id)
    }
}

fn empty_object() -> serde_json::Value {
    serde_json::Value::Object(serde_json::Map::new())
}

/// The report's metadata, as in the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportMeta {
    pub path: String,
    pub title: String,
    pub year: Option<i32>,
}

/// What [`crate::abi::RunFn`] returns on success.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunOutput {
    pub findings: Vec<PluginFinding>,
}

/// A character span in a case's `text`: `start..end`, counted in Unicode
/// scalar values (not bytes), `start <= end <= text.chars().count()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One finding as a plugin reports it.
///
/// A finding is placed by *indices*, not by line and column: `section` is the
/// 0-based index into the document's `sections`, `case` the 0-based index
/// into that section's `cases`, and `span` a character range in that case's
/// `text`. The host maps these to the original file's line and column (the
/// plugin cannot: line wraps were repaired before it saw the text), and
/// rejects a finding that points outside the document.
///
/// * no `section`: the finding concerns the whole report;
/// * `section` only: it points at the section heading;
/// * `section` and `case`: at the case marker, or at `span` within it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PluginFinding {
    /// The check that produced it. Optional; when present it must be the
    /// check that was run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
    /// Overrides the check's default severity for this finding. The host
    /// caps it at the severity of the rule that runs the check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The indicator the finding is about, if any (a catalog id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The value the finding is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    // There is deliberately no free-form `data` field: everything here is
    // shown by every output format, and a field that no output shows would
    // be a promise the host cannot keep. Computed figures go in `message`.
    // Unknown keys (such as a `data` from an older plugin) are ignored.
}

impl PluginFinding {
    /// A finding about the whole report.
    pub fn document(message: impl Into<String>) -> PluginFinding {
        PluginFinding {
            check: None,
            severity: None,
            message: message.into(),
            section: None,
            case: None,
            span: None,
            indicator: None,
            value: None,
        }
    }

    /// A finding at a character span of a case (indices as in the document).
    pub fn at(
        section: usize,
        case: usize,
        start: usize,
        end: usize,
        message: impl Into<String>,
    ) -> PluginFinding {
        PluginFinding {
            section: Some(section),
            case: Some(case),
            span: Some(Span { start, end }),
            ..PluginFinding::document(message)
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = Some(severity);
        self
    }

    pub fn with_indicator(mut self, indicator: impl Into<String>) -> Self {
        self.indicator = Some(indicator.into());
        self
    }

    pub fn with_value(mut self, value: f64) -> Self {
        self.value = Some(value);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_finding_json_is_accepted() {
        let f: PluginFinding = serde_json::from_str(r#"{"message":"m"}"#).unwrap();
        assert_eq!(f, PluginFinding::document("m"));
    }

    #[test]
    fn finding_serialises_indices_and_span() {
        let f = PluginFinding::at(1, 2, 3, 5, "x").with_severity(Severity::Warning);
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"severity":"warning","message":"x","section":1,"case":2,"span":{"start":3,"end":5}})
        );
    }

    #[test]
    fn manifest_without_schema_takes_no_options() {
        let m: Manifest = serde_json::from_str(
            r#"{"name":"p","version":"1","checks":[{"id":"c","severity":"info"}]}"#,
        )
        .unwrap();
        assert_eq!(m.check("c").unwrap().options_schema, no_options_schema());
        assert!(m.check("d").is_none());
    }
}
