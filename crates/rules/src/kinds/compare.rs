//! `compare:` rules: two indicators reported in the same target stand in a
//! relation (`left op right`); `missing` says what a missing side is worth.

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind, explain_indicator};
use crate::load::{Cx, Entry, RawRule, indicator_id, keyword, level, map_fields};
use crate::schema::{RuleSeverity, Scope};

/// A comparison operator of `compare:` rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl CompareOp {
    pub fn as_str(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
            CompareOp::Eq => "==",
        }
    }

    pub(crate) const NAMES: [&'static str; 5] = ["<", "<=", ">", ">=", "=="];

    pub(crate) fn parse(s: &str) -> Option<CompareOp> {
        match s {
            "<" => Some(CompareOp::Lt),
            "<=" => Some(CompareOp::Le),
            ">" => Some(CompareOp::Gt),
            ">=" => Some(CompareOp::Ge),
            "==" => Some(CompareOp::Eq),
            _ => None,
        }
    }

    /// Applies the operator. `==` allows a relative tolerance of 1e-9, so
    /// that figures written with different precision do not differ by noise.
    pub fn holds(self, left: f64, right: f64) -> bool {
        match self {
            CompareOp::Lt => left < right,
            CompareOp::Le => left <= right,
            CompareOp::Gt => left > right,
            CompareOp::Ge => left >= right,
            CompareOp::Eq => (left - right).abs() <= 1e-9 * left.abs().max(right.abs()).max(1.0),
        }
    }
}

/// `compare:` rules: two indicators reported in the same unit stand in a
/// relation (`left op right`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRule {
    pub left: String,
    pub op: CompareOp,
    pub right: String,
    /// What a missing side is worth (as for thresholds).
    pub missing: RuleSeverity,
}

impl KindRule for CompareRule {
    const SPEC: KindSpec = KindSpec {
        key: "compare",
        keys: &["missing"],
        placeholders: &["left", "right", "left_name", "right_name", "left_value", "right_value", "op", "unit"],
        scopes: &Scope::ALL,
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn indicators(&self) -> Vec<&str> {
        vec![self.left.as_str(), self.right.as_str()]
    }

    fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        vec![
            (
                "compare",
                format!(
                    "{} {} {}",
                    explain_indicator(catalog, &self.left),
                    self.op.as_str(),
                    explain_indicator(catalog, &self.right)
                ),
            ),
            ("missing", self.missing.as_str().to_string()),
        ]
    }
}

/// The names an operator may also be written as (`op: le`).
const OP_ALIASES: [(&str, &str); 5] = [("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="), ("eq", "==")];

/// The keys of a `compare:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    compare: CompareKeys,
    /// What a missing side is worth.
    missing: Option<crate::file_schema::Level>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct CompareKeys {
    /// A catalog id.
    left: String,
    op: OpName,
    /// A catalog id.
    right: String,
}

/// `<`, `<=`, `>`, `>=`, `==`, or their names (`lt` …).
struct OpName;

impl JsonSchema for OpName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "compareOp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<&str> = CompareOp::NAMES
            .iter()
            .chain(OP_ALIASES.iter().map(|(a, _)| a))
            .copied()
            .collect();
        schemars::json_schema!({"enum": names})
    }
}

fn parse(cx: &mut Cx<'_>, raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let fields = map_fields(cx, src, e.value, &["left", "op", "right"], "`compare`")?;
    let mut left = None;
    let mut op = None;
    let mut right = None;
    for (key, value) in &fields {
        match *key {
            "left" => left = indicator_id(cx, src, value, "`left`"),
            "right" => right = indicator_id(cx, src, value, "`right`"),
            _ => {
                let names: Vec<&str> = CompareOp::NAMES
                    .iter()
                    .chain(OP_ALIASES.iter().map(|(a, _)| a))
                    .copied()
                    .collect();
                let word = keyword(cx, src, value, "`op`", &names);
                let word = word.map(|w| {
                    OP_ALIASES
                        .iter()
                        .find(|(a, _)| *a == w)
                        .map_or(w.clone(), |(_, s)| s.to_string())
                });
                op = word.as_deref().and_then(CompareOp::parse);
            }
        }
    }
    super::required_keys(
        cx,
        e,
        &fields,
        &["left", "op", "right"],
        "write `compare: {left: ID, op: \"<=\", right: ID}`",
    );
    let missing = match raw.get("missing") {
        Some(m) => level(cx, m.src, m.value, "`missing`")?,
        None => RuleSeverity::Off,
    };
    let (left, op, right) = (left?, op?, right?);
    if left == right {
        cx.err(
            src,
            &e.value.referenced,
            format!("`compare` compares `{left}` with itself"),
        );
        return None;
    }
    Some(RuleKind::Compare(CompareRule {
        left,
        op,
        right,
        missing,
    }))
}
