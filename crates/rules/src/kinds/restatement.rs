//! `restatement:` rules: what a report states about an earlier year must
//! agree with that year's own report, judged across the reports of a run
//! (see `dutycheck_model::History`).
//!
//! Two checks, each within the rounding of the figures as written plus
//! `tolerance`:
//! - a restated value (`由2021年的86.1%提高到…`, `比2021年的73.12亿元增长…`,
//!   `上年为…`) against the level the earlier year's report states;
//! - with `growth` (the default), a stated change against the year before
//!   (`比上年增长6.3%`, `增加0.8亿元`) against the two years' levels.

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind, explain_indicator};
use crate::load::{Cx, Entry, RawRule, indicator_id, map_fields};
use crate::schema::Scope;
use crate::node::Node;

/// `restatement:` rules.
#[derive(Debug, Clone, PartialEq)]
pub struct RestatementRule {
    /// The indicators judged; empty: every indicator.
    pub indicators: Vec<String>,
    /// Percent of the earlier level two figures may differ by beyond their
    /// rounding. Default 0.
    pub tolerance: f64,
    /// Whether stated changes are held against the two years' levels.
    pub growth: bool,
}

impl RestatementRule {
    /// Whether the rule judges `indicator`.
    pub fn judges(&self, indicator: &str) -> bool {
        self.indicators.is_empty() || self.indicators.iter().any(|i| i == indicator)
    }
}

impl KindRule for RestatementRule {
    const SPEC: KindSpec = KindSpec {
        key: "restatement",
        keys: &[],
        placeholders: &[
            "name",
            "value",
            "where",
            "earlier_year",
            "earlier_value",
            "earlier_where",
            "stated",
            "computed",
        ],
        scopes: &[Scope::Section],
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn indicators(&self) -> Vec<&str> {
        self.indicators.iter().map(String::as_str).collect()
    }

    fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        let indicators = if self.indicators.is_empty() {
            "all".to_string()
        } else {
            self.indicators
                .iter()
                .map(|i| explain_indicator(catalog, i))
                .collect::<Vec<_>>()
                .join(", ")
        };
        vec![
            ("indicators", indicators),
            ("tolerance", format!("{}%", dutycheck_vocab::format_number(self.tolerance))),
            ("growth", self.growth.to_string()),
        ]
    }
}

/// The keys of a `restatement:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    restatement: RestatementKeys,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RestatementKeys {
    /// `all` (the default) or a list of catalog ids.
    indicators: Option<IndicatorsValue>,
    /// Percent of the earlier level two figures may differ by beyond their
    /// rounding (default 0).
    tolerance: Option<f64>,
    /// Also hold stated changes against the two years' levels (default true).
    growth: Option<bool>,
}

struct IndicatorsValue;

impl JsonSchema for IndicatorsValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "restatementIndicators".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"anyOf": [{"const": "all"}, {"type": "array", "items": {"type": "string"}}]})
    }
}

fn parse(cx: &mut Cx<'_>, _raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let fields = map_fields(
        cx,
        src,
        e.value,
        &["indicators", "tolerance", "growth"],
        "`restatement`",
    )?;
    let mut ok = true;
    let mut rule = RestatementRule {
        indicators: Vec::new(),
        tolerance: 0.0,
        growth: true,
    };
    for (key, value) in &fields {
        match *key {
            "indicators" => match &value.value {
                Node::Str(s) if s == "all" => {}
                Node::Seq(items) => {
                    for item in items {
                        match indicator_id(cx, src, item, "an item of `indicators`") {
                            Some(id) => rule.indicators.push(id),
                            None => ok = false,
                        }
                    }
                }
                other => {
                    cx.err(
                        src,
                        &value.referenced,
                        format!("`indicators` must be `all` or a list of catalog ids, found {}", other.describe()),
                    );
                    ok = false;
                }
            },
            "tolerance" => match super::tolerance(cx, src, value) {
                Some(t) => rule.tolerance = t,
                None => ok = false,
            },
            _ => match super::switch(cx, src, "growth", value) {
                Some(b) => rule.growth = b,
                None => ok = false,
            },
        }
    }
    ok.then_some(RuleKind::Restatement(rule))
}
