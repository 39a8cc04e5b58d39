//! `requires:` rules: an indicator must be reported in the target.

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind, explain_indicator};
use crate::load::{Cx, Entry, RawRule, indicator_id};
use crate::schema::Scope;

/// `requires:` rules: an indicator must be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiresRule {
    pub indicator: String,
}

impl KindRule for RequiresRule {
    const SPEC: KindSpec = KindSpec {
        key: "requires",
        keys: &[],
        placeholders: &["indicator", "name"],
        scopes: &Scope::ALL,
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn indicators(&self) -> Vec<&str> {
        vec![self.indicator.as_str()]
    }

    fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        vec![("requires", explain_indicator(catalog, &self.indicator))]
    }
}

/// The keys of a `requires:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    /// A catalog id that must be reported.
    requires: String,
}

fn parse(cx: &mut Cx<'_>, _raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let indicator = indicator_id(cx, src, e.value, "`requires`")?;
    Some(RuleKind::Requires(RequiresRule { indicator }))
}
