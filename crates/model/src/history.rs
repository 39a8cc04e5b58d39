//! Histories: what the reports of several years say about each region.
//!
//! A run that holds reports of more than one year (or reads earlier years
//! with `--history DIR`) first builds a [`History`]: for each region (its
//! name normalised, or the name an alias of the configuration maps it to),
//! for each year, the indicator values its report states, each with its
//! source (path, line, column). It keeps no report text: a run streams its
//! reports one at a time, and the history is what stays of them.
//!
//! `trend` and `restatement` rules read it; plugins receive the history of
//! the regions of the report they judge (wire format 1.1); `dutycheck
//! history` prints it.

use serde::{Deserialize, Serialize};

use crate::{Change, Qualifier, StatementKind};

/// The histories of a run: every region, each year, every value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct History {
    /// Every region, sorted by key.
    pub regions: Vec<RegionHistory>,
    /// Two reports for the same region and year: kept apart, never merged
    /// (the first by path stays in the history; each pair is reported).
    /// Sorted by `other`, the report left out. Listed for `dutycheck
    /// history` only: a check finds a report's conflicts when it judges
    /// it, and keeps none for the run.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Reports whose year is not known: they cannot join a history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub undated: Vec<String>,
    /// `aliases:` of the configuration, as keys: an old or merged region's
    /// key → the key of the region it is matched as.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub aliases: std::collections::BTreeMap<String, String>,
    /// The catalog's name of each indicator the history has a value of
    /// (id → name), for people: the captions of the HTML report's line
    /// charts. Not in the JSON, where the ids stand alone (`dutycheck
    /// catalog list` names them).
    #[serde(skip)]
    pub names: std::collections::BTreeMap<String, String>,
}

/// One region across the years.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RegionHistory {
    /// The region's key: its name without the suffix `市`, `县`, `区` or
    /// `省` (`济南`), or the name an alias maps it to.
    pub region: String,
    /// The years, oldest first, one entry each.
    pub years: Vec<YearEntry>,
}

/// What one report says about a region for its year.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct YearEntry {
    pub year: i32,
    /// The report, as outputs show its path.
    pub path: String,
    /// The region's name as the report writes it (`济南市`).
    pub name: String,
    /// The values, in document order.
    pub values: Vec<HistoryValue>,
}

/// One statement about an indicator, as the history keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HistoryValue {
    pub indicator: String,
    /// The figure as written (`12.6亿元`).
    pub text: String,
    pub statement: StatementKind,
    /// The level; `None` for a change stated alone.
    pub value: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    /// Half a unit of the last digit written (`12.6亿元`: 0.05亿元), in the
    /// base unit: how far the true value may lie from the one written.
    /// Zero when it cannot be told.
    #[serde(default)]
    pub precision: f64,
    /// The change against the year before, with its base when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// The base figure as written (`86.1%`), when there is one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub base_text: String,
    /// [`HistoryValue::precision`] of the base, when there is one.
    #[serde(default)]
    pub base_precision: f64,
    /// Position of the figure in the report.
    pub line: u32,
    pub column: u32,
}

/// Two reports for the same region and year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Conflict {
    pub region: String,
    pub year: i32,
    /// The report kept in the history (first by path).
    pub kept: String,
    /// The report left out of it.
    pub other: String,
    /// The region's name as `other` writes it, and where.
    pub name: String,
    pub line: u32,
    pub column: u32,
}

impl History {
    /// Whether the history holds more than one year (of any region):
    /// the condition for year-on-year rules.
    pub fn spans_years(&self) -> bool {
        let mut first = None;
        for r in &self.regions {
            for y in &r.years {
                match first {
                    None => first = Some(y.year),
                    Some(f) if f != y.year => return true,
                    _ => {}
                }
            }
        }
        false
    }

    /// The region with key `key`.
    pub fn region(&self, key: &str) -> Option<&RegionHistory> {
        self.regions
            .binary_search_by(|r| r.region.as_str().cmp(key))
            .ok()
            .and_then(|i| self.regions.get(i))
    }

    /// Every year any region has, ascending, each once.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .regions
            .iter()
            .flat_map(|r| r.years.iter().map(|y| y.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}

impl RegionHistory {
    /// The entry for `year`.
    pub fn year(&self, year: i32) -> Option<&YearEntry> {
        self.years.iter().find(|y| y.year == year)
    }

    /// The latest year before `year` that states a level of `indicator`,
    /// with that level (the first in its report).
    pub fn level_before(&self, year: i32, indicator: &str) -> Option<(&YearEntry, &HistoryValue)> {
        self.years
            .iter()
            .rev()
            .filter(|y| y.year < year)
            .find_map(|y| y.level(indicator).map(|v| (y, v)))
    }
}

impl YearEntry {
    /// The first level of `indicator` stated for this year.
    pub fn level(&self, indicator: &str) -> Option<&HistoryValue> {
        self.values
            .iter()
            .find(|v| v.indicator == indicator && v.value.is_some())
    }
}
