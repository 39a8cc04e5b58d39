//! `detail:` rules: a case says enough (`min_chars`) and backs it with
//! result figures (`min_figures`). Judged per case; default scope `case`.

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind};
use crate::load::{Cx, Entry, RawRule, count, map_fields};
use crate::schema::Scope;

/// `detail:` rules: a case says enough and backs it with result figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailRule {
    /// Minimum characters of case text.
    pub min_chars: usize,
    /// Minimum result figures ([`dutycheck_model::Case::result_figures`]):
    /// years, durations and counts of meetings do not count.
    pub min_figures: usize,
}

impl KindRule for DetailRule {
    const SPEC: KindSpec = KindSpec {
        key: "detail",
        keys: &[],
        placeholders: &["chars", "min_chars", "figures", "min_figures"],
        scopes: &Scope::ALL,
        default_scope: Scope::Case,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn explain(&self, _catalog: &Catalog) -> Vec<(&'static str, String)> {
        vec![
            ("min_chars", self.min_chars.to_string()),
            (
                "min_figures",
                format!(
                    "{} (years, durations and meeting counts do not count)",
                    self.min_figures
                ),
            ),
        ]
    }
}

/// The keys of a `detail:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    detail: DetailKeys,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("minProperties" = 1))]
#[allow(dead_code)]
struct DetailKeys {
    /// Minimum characters of case text (blanks do not count).
    min_chars: Option<u64>,
    /// Minimum result figures (years, durations and meeting counts do not
    /// count).
    min_figures: Option<u64>,
}

fn parse(cx: &mut Cx<'_>, _raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let fields = map_fields(cx, src, e.value, &["min_chars", "min_figures"], "`detail`")?;
    let mut rule = DetailRule {
        min_chars: 0,
        min_figures: 0,
    };
    for (key, value) in &fields {
        let n = count(cx, src, value, &format!("`{key}`"))?;
        match *key {
            "min_chars" => rule.min_chars = n,
            _ => rule.min_figures = n,
        }
    }
    if fields.is_empty() {
        cx.err(
            src,
            &e.value.referenced,
            "`detail` needs `min_chars` or `min_figures`",
        );
        return None;
    }
    Some(RuleKind::Detail(rule))
}
