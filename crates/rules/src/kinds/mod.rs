//! The rule kinds: one module per kind, registered once.
//!
//! A rule's kind is chosen by its kind key (`threshold:`, `detail:` …).
//! Everything the loader knows about a kind lives in that kind's module:
//! the typed rule, the rule-level keys it owns besides its kind key, the
//! scopes it accepts and its default scope, the message placeholders it
//! fills, how its YAML is parsed and validated, and how `rules explain`
//! shows it. This module only registers them, in [`with_rule_kinds!`]: the
//! [`RuleKind`] enum, the list the loader searches ([`KINDS`]), the help
//! text for a rule without a kind and the keys offered by "did you mean" are
//! all derived from that one list, and so is the engine's dispatch to each
//! kind's check (which receives the typed rule).
//!
//! # Adding a kind
//!
//! 1. `crates/rules/src/kinds/<kind>.rs`: the typed rule, its [`KindRule`]
//!    impl (with its [`KindSpec`]) and its parser;
//! 2. one line in [`with_rule_kinds!`] below;
//! 3. `crates/engine/src/kinds/<kind>.rs`: `pub(super) fn check(cx, rule,
//!    target) -> Outcome`;
//!
//! plus a test. The compiler finds every other place that must know about
//! the new kind (the `match`es on [`RuleKind`] that are really about one
//! kind, such as configuration overrides of a threshold).

use dutycheck_catalog::Catalog;

use crate::load::{Cx, Entry, RawRule, number};
use crate::node::Node;
use crate::schema::Scope;
use serde_saphyr::Spanned;

/// Lists every rule kind as `key: Variant(TypedRule)`, in the order they
/// are documented, and hands the list to macro `$then`. The rules crate
/// declares [`RuleKind`] and [`KINDS`] from it, the engine its dispatch to
/// `crates/engine/src/kinds/<key>.rs`. **This is the one place a kind is
/// registered.**
#[macro_export]
macro_rules! with_rule_kinds {
    ($then:ident) => {
        $then! {
            threshold: Threshold(ThresholdRule),
            detail: Detail(DetailRule),
            structure: Structure(StructureRule),
            requires: Requires(RequiresRule),
            pattern: Pattern(PatternRule),
            compare: Compare(CompareRule),
            claim: Claim(ClaimRule),
            trend: Trend(TrendRule),
            restatement: Restatement(RestatementRule),
            plugin: Plugin(PluginRule),
        }
    };
}

/// Parses a kind's entry (and the kind's own rule-level keys from `raw`)
/// into the typed rule. Reports its errors in `cx` and returns `None` when
/// there are any.
pub(crate) type Parse = fn(&mut Cx<'_>, &RawRule<'_>, &Entry<'_>) -> Option<RuleKind>;

/// What the loader and the help texts know about one rule kind.
pub struct KindSpec {
    /// The kind key as written in rule files: `threshold`.
    pub key: &'static str,
    /// The rule-level keys that belong to this kind besides its kind key
    /// (`indicator`, `warn`, `measure`, `missing` for thresholds). A key may
    /// belong to several kinds (`missing`).
    pub keys: &'static [&'static str],
    /// The placeholders its messages may use, besides the common ones
    /// (`section`, `case`, `year`, `id`, `title`).
    pub placeholders: &'static [&'static str],
    /// The scopes it accepts.
    pub scopes: &'static [Scope],
    /// Its scope when the rule gives none.
    pub default_scope: Scope,
    pub(crate) parse: Parse,
    /// The JSON Schema of the kind's keys (its kind key and its own
    /// rule-level keys), from a type deriving `JsonSchema` in its module:
    /// merged into the rule schema (see `file_schema`).
    pub(crate) schema: fn(&mut schemars::SchemaGenerator) -> schemars::Schema,
}

impl std::fmt::Debug for KindSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KindSpec")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

/// Implemented by each kind's typed rule.
pub trait KindRule {
    /// The kind's registration.
    const SPEC: KindSpec;

    /// The indicator ids the rule reads, for `rules explain`, catalogs and
    /// the engine's lookups.
    fn indicators(&self) -> Vec<&str> {
        Vec::new()
    }

    /// The kind's fields for `rules explain`: `(name, value)` in order.
    fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)>;
}

/// `id (name, kind)` for an indicator id in `rules explain`.
pub(crate) fn explain_indicator(catalog: &Catalog, id: &str) -> String {
    match catalog.get(id) {
        Some(i) => format!("{id} ({}, {})", i.name, i.kind.as_str()),
        None => id.to_string(),
    }
}

// The keys several kinds share, parsed one way with one message each.

/// A kind's `tolerance:`: a percent (of the earlier level, for `trend` and
/// `restatement`), a number that is not negative.
pub(crate) fn tolerance(cx: &mut Cx<'_>, src: usize, value: &Spanned<Node>) -> Option<f64> {
    let t = number(cx, src, value, "`tolerance`")?;
    if t < 0.0 {
        cx.err(src, &value.referenced, "`tolerance` must not be negative");
        return None;
    }
    Some(t)
}

/// A kind's switch (`sequential: true`, `growth: false`): `true` or `false`.
pub(crate) fn switch(
    cx: &mut Cx<'_>,
    src: usize,
    key: &str,
    value: &Spanned<Node>,
) -> Option<bool> {
    match &value.value {
        Node::Bool(b) => Some(*b),
        other => {
            cx.err(
                src,
                &value.referenced,
                format!("`{key}` must be true or false, found {}", other.describe()),
            );
            None
        }
    }
}

/// Reports each of `keys` that the kind's mapping `fields` lacks
/// (`` `trend` needs `direction` ``), at the mapping, with `help`.
pub(crate) fn required_keys(
    cx: &mut Cx<'_>,
    e: &Entry<'_>,
    fields: &[(&'static str, &Spanned<Node>)],
    keys: &[&str],
    help: &str,
) {
    for key in keys {
        if !fields.iter().any(|(k, _)| k == key) {
            cx.err(
                e.src,
                &e.value.referenced,
                format!("`{}` needs `{key}`", e.name),
            );
            cx.help(help);
        }
    }
}

macro_rules! declare_kinds {
    ($($key:ident: $variant:ident($ty:ident)),* $(,)?) => {
        $(
            mod $key;
            pub use self::$key::$ty;
        )*

        /// What a rule checks. Exactly one kind key is given in the file;
        /// each variant's rule type lives in `kinds/<key>.rs`.
        #[derive(Debug, Clone, PartialEq)]
        pub enum RuleKind {
            $($variant($ty),)*
        }

        impl RuleKind {
            /// The kind's registration.
            pub fn spec(&self) -> &'static KindSpec {
                match self {
                    $(RuleKind::$variant(_) => &<$ty as KindRule>::SPEC,)*
                }
            }

            /// The indicator ids the rule reads.
            pub fn indicators(&self) -> Vec<&str> {
                match self {
                    $(RuleKind::$variant(rule) => rule.indicators(),)*
                }
            }

            /// The kind's fields for `rules explain`.
            pub fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
                match self {
                    $(RuleKind::$variant(rule) => rule.explain(catalog),)*
                }
            }
        }

        /// Every kind, in the order they are documented.
        pub(crate) const KINDS: &[&KindSpec] = &[$(&<$ty as KindRule>::SPEC,)*];
    };
}

crate::with_rule_kinds!(declare_kinds);

pub use self::compare::CompareOp;
pub use self::detail::{CasePart, CaseParts};
pub use self::pattern::Must;
pub use self::threshold::{Measure, Unit, bounds_text};
pub use self::trend::Direction;

impl RuleKind {
    /// The kind key as written in rule files.
    pub fn name(&self) -> &'static str {
        self.spec().key
    }
}

/// The kind registered under `key`.
pub(crate) fn by_key(key: &str) -> Option<&'static KindSpec> {
    KINDS.iter().copied().find(|k| k.key == key)
}

/// Whether `key` is a kind key.
pub(crate) fn is_kind_key(key: &str) -> bool {
    by_key(key).is_some()
}

/// Whether `key` is a rule-level key owned by some kind (`indicator`).
pub(crate) fn is_kind_specific_key(key: &str) -> bool {
    KINDS.iter().any(|k| k.keys.contains(&key))
}

/// The kinds that own rule-level key `key`, in registration order.
pub(crate) fn kinds_owning(key: &str) -> Vec<&'static str> {
    KINDS
        .iter()
        .filter(|k| k.keys.contains(&key))
        .map(|k| k.key)
        .collect()
}

/// Every kind-specific rule-level key, in registration order, each once.
pub(crate) fn kind_specific_keys() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for k in KINDS {
        for key in k.keys {
            if !out.contains(key) {
                out.push(key);
            }
        }
    }
    out
}

/// "add one of: threshold, detail, …", for a rule without a kind.
pub(crate) fn kinds_help() -> String {
    let keys: Vec<&str> = KINDS.iter().map(|k| k.key).collect();
    format!("add one of: {}", keys.join(", "))
}
