//! `pattern:` rules: a regex over each case's text, which must (or must
//! not) appear, unless another regex matches. Default scope `case`.

use dutycheck_catalog::Catalog;
use regex::Regex;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind};
use crate::load::{Cx, Entry, RawRule, compile, keyword, map_fields};
use crate::schema::Scope;

/// Whether a pattern must or must not appear in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Must {
    Appear,
    NotAppear,
}

impl Must {
    pub fn as_str(self) -> &'static str {
        match self {
            Must::Appear => "appear",
            Must::NotAppear => "not-appear",
        }
    }
}

/// `pattern:` rules: a regex over each case's text.
#[derive(Debug, Clone)]
pub struct PatternRule {
    pub regex: Regex,
    pub must: Must,
    /// When this regex matches the case, the rule passes whatever `regex`
    /// says: an escape hatch ("空话" is fine when a figure follows).
    pub unless: Option<Regex>,
}

impl PartialEq for PatternRule {
    fn eq(&self, other: &Self) -> bool {
        self.regex.as_str() == other.regex.as_str()
            && self.must == other.must
            && self.unless.as_ref().map(Regex::as_str) == other.unless.as_ref().map(Regex::as_str)
    }
}

impl KindRule for PatternRule {
    const SPEC: KindSpec = KindSpec {
        key: "pattern",
        keys: &[],
        placeholders: &["match", "regex"],
        scopes: &Scope::ALL,
        default_scope: Scope::Case,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn explain(&self, _catalog: &Catalog) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("regex", self.regex.as_str().to_string()),
            ("must", self.must.as_str().to_string()),
        ];
        if let Some(u) = &self.unless {
            out.push(("unless", u.as_str().to_string()));
        }
        out
    }
}

/// The keys of a `pattern:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    pattern: PatternKeys,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct PatternKeys {
    /// A regex (Rust `regex` syntax) over each case's text.
    regex: String,
    must: Option<Must>,
    /// When this regex matches the case, the rule passes.
    unless: Option<String>,
}

fn parse(cx: &mut Cx<'_>, _raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let fields = map_fields(cx, src, e.value, &["regex", "must", "unless"], "`pattern`")?;
    let mut regex = None;
    let mut must = Must::Appear;
    let mut unless = None;
    let mut ok = true;
    for (key, value) in &fields {
        match *key {
            "regex" => regex = compile(cx, src, value, "`regex`"),
            "unless" => {
                unless = compile(cx, src, value, "`unless`");
                ok &= unless.is_some();
            }
            _ => match keyword(cx, src, value, "`must`", &["appear", "not-appear"])
                .as_deref()
            {
                Some("appear") => must = Must::Appear,
                Some(_) => must = Must::NotAppear,
                None => ok = false,
            },
        }
    }
    if !fields.iter().any(|(k, _)| *k == "regex") {
        cx.err(src, &e.value.referenced, "`pattern` needs a `regex`");
    }
    if !ok {
        return None;
    }
    Some(RuleKind::Pattern(PatternRule {
        regex: regex?,
        must,
        unless,
    }))
}
