//! `structure:` rules: a section has enough cases (`min_cases`), numbered
//! in sequence (`sequential`). Structure counts the cases of a section, so
//! a single case cannot be its unit: scope `section` (default) or
//! `document` (every section judged).

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind};
use crate::load::{Cx, Entry, RawRule, count, map_fields};
use crate::schema::Scope;

/// `structure:` rules: a section has enough cases, numbered in sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StructureRule {
    pub min_cases: usize,
    /// When true, every numbering gap the parser found is a failure.
    pub sequential: bool,
    /// When true, every numbered line the parser did not read as a case
    /// ([`dutycheck_model::Section::unread_numbering`]) is a failure, with
    /// the parser's reason: a case lost to a misread marker is reported,
    /// never silent.
    pub unread_numbering: bool,
}

impl KindRule for StructureRule {
    const SPEC: KindSpec = KindSpec {
        key: "structure",
        keys: &[],
        placeholders: &["cases", "min_cases"],
        scopes: &[Scope::Section, Scope::Document],
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn explain(&self, _catalog: &Catalog) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("min_cases", self.min_cases.to_string()),
            ("sequential", self.sequential.to_string()),
        ];
        if self.unread_numbering {
            out.push(("unread_numbering", "true".to_string()));
        }
        out
    }
}

/// The keys of a `structure:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    structure: StructureKeys,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct StructureKeys {
    /// Minimum number of cases in a section (default 1).
    min_cases: Option<u64>,
    /// Whether a numbering gap fails (default true).
    sequential: Option<bool>,
    /// Whether a numbered line not read as a case fails (default false).
    unread_numbering: Option<bool>,
}

fn parse(cx: &mut Cx<'_>, _raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let fields = map_fields(
        cx,
        src,
        e.value,
        &["min_cases", "sequential", "unread_numbering"],
        "`structure`",
    )?;
    let mut rule = StructureRule {
        min_cases: 1,
        sequential: true,
        unread_numbering: false,
    };
    for (key, value) in &fields {
        if *key == "min_cases" {
            rule.min_cases = count(cx, src, value, "`min_cases`")?;
            continue;
        }
        let b = super::switch(cx, src, key, value)?;
        match *key {
            "sequential" => rule.sequential = b,
            _ => rule.unread_numbering = b,
        }
    }
    Some(RuleKind::Structure(rule))
}
