//! `trend:` rules: an indicator's level must not fall (or must not rise)
//! from one year to the next, judged across the reports of a run (see
//! `dutycheck_model::History`).

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind, explain_indicator};
use crate::load::{Cx, Entry, RawRule, indicator_id, keyword, map_fields};
use crate::schema::Scope;

/// Which way a level may not go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `not-decreasing`: 只增不减 (expenditure, coverage rates).
    NotDecreasing,
    /// `not-increasing`: must not rise again (大班额比例).
    NotIncreasing,
}

impl Direction {
    pub(crate) const NAMES: [&'static str; 2] = ["not-decreasing", "not-increasing"];

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::NotDecreasing => "not-decreasing",
            Direction::NotIncreasing => "not-increasing",
        }
    }

    fn parse(s: &str) -> Option<Direction> {
        match s {
            "not-decreasing" => Some(Direction::NotDecreasing),
            "not-increasing" => Some(Direction::NotIncreasing),
            _ => None,
        }
    }
}

/// `trend:` rules. The level of the report's year is compared with the
/// level of the latest earlier year another report of the run states for
/// the same region; a change stated alone (`比上年减少0.8亿元`) is judged by
/// its sign when an earlier report exists. Not applicable where the region
/// has no earlier year in the run.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRule {
    pub indicator: String,
    pub direction: Direction,
    /// How far, in percent of the earlier level, the level may move the
    /// wrong way and still pass. Default 0.
    pub tolerance: f64,
}

impl KindRule for TrendRule {
    const SPEC: KindSpec = KindSpec {
        key: "trend",
        keys: &[],
        placeholders: &[
            "name",
            "value",
            "where",
            "earlier_year",
            "earlier_value",
            "earlier_where",
            "direction",
        ],
        scopes: &[Scope::Section],
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn indicators(&self) -> Vec<&str> {
        vec![self.indicator.as_str()]
    }

    fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        vec![
            ("indicator", explain_indicator(catalog, &self.indicator)),
            ("direction", self.direction.as_str().to_string()),
            ("tolerance", format!("{}%", dutycheck_vocab::format_number(self.tolerance))),
        ]
    }
}

/// The keys of a `trend:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    trend: TrendKeys,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TrendKeys {
    /// A catalog id.
    indicator: String,
    /// `not-decreasing` (只增不减) or `not-increasing`.
    direction: DirectionName,
    /// Percent of the earlier level the level may move the wrong way
    /// (default 0).
    tolerance: Option<f64>,
}

struct DirectionName;

impl JsonSchema for DirectionName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "trendDirection".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"enum": Direction::NAMES})
    }
}

fn parse(cx: &mut Cx<'_>, _raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let fields = map_fields(
        cx,
        src,
        e.value,
        &["indicator", "direction", "tolerance"],
        "`trend`",
    )?;
    let mut indicator = None;
    let mut direction = None;
    let mut tolerance = Some(0.0);
    for (key, value) in &fields {
        match *key {
            "indicator" => indicator = indicator_id(cx, src, value, "`indicator`"),
            "direction" => {
                direction = keyword(cx, src, value, "`direction`", &Direction::NAMES)
                    .as_deref()
                    .and_then(Direction::parse);
            }
            _ => tolerance = super::tolerance(cx, src, value),
        }
    }
    super::required_keys(
        cx,
        e,
        &fields,
        &["indicator", "direction"],
        "write `trend: {indicator: ID, direction: not-decreasing}`",
    );
    Some(RuleKind::Trend(TrendRule {
        indicator: indicator?,
        direction: direction?,
        tolerance: tolerance?,
    }))
}
