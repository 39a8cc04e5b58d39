//! The JSON Schema of rule files (`rules/schema/rule.schema.json`),
//! generated from the types.
//!
//! Editors use the schema for completion, hovers and early errors; the
//! loader ([`crate::load`]) stays the judge, with checks a schema cannot
//! express (indicator ids against the catalog, regexes, placeholders per
//! kind, `min` below `max`, units against the measure). The schema is built
//! from the same places the loader reads: the common keys below, and each
//! kind's keys from its module (`KindSpec::schema`, a `Keys` type deriving
//! [`JsonSchema`] next to the kind's parser), so that a registered kind is in
//! the schema without anyone editing JSON. The "exactly one kind" and "this
//! key needs that kind" constraints are derived from the registry too.
//!
//! `crates/rules/tests/schema.rs` fails when the checked-in file differs
//! from [`rule_file_schema`] and says how to regenerate it.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use crate::kinds::KINDS;
use crate::schema::{RuleSeverity, Scope};

/// A severity as written: `error | warning | info | off`.
pub(crate) struct Level;

impl JsonSchema for Level {
    fn schema_name() -> Cow<'static, str> {
        "severity".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "error | warning | info | off (a plain YAML `off` reads as false, which means off).",
            "oneOf": [{"enum": RuleSeverity::NAMES}, {"const": false}]
        })
    }
}

/// One text or a list of texts (`tags: x` or `tags: [x, y]`).
pub(crate) struct Texts;

impl JsonSchema for Texts {
    fn schema_name() -> Cow<'static, str> {
        "texts".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
        })
    }
}

/// A title: text, or a number read as text.
struct Title;

impl JsonSchema for Title {
    fn schema_name() -> Cow<'static, str> {
        "title".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": ["string", "number"]})
    }
}

/// `applies: {years: …}`.
struct Years;

impl JsonSchema for Years {
    fn schema_name() -> Cow<'static, str> {
        "years".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "2020..2024 (inclusive), 2021.., ..2020, 2020, or a list [2020, 2022].",
            "oneOf": [
                {"type": "integer", "minimum": 1900, "maximum": 2100},
                {"type": "string", "pattern": "^\\s*(\\d{4})?\\s*(\\.\\.\\s*(\\d{4})?)?\\s*$"},
                {"type": "array", "minItems": 1, "items": {"type": "integer", "minimum": 1900, "maximum": 2100}}
            ]
        })
    }
}

/// Which report years a rule applies to.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Applies {
    years: Option<Years>,
}

/// Which sections (by name, with `*` and `?` globs) a rule applies to.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Sections {
    include: Option<Texts>,
    exclude: Option<Texts>,
}

/// One rule test: snippets on which the rule must report nothing (`pass`)
/// and snippets on which it must report something (`fail`).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{"required": ["pass"]}, {"required": ["fail"]}]))]
#[allow(dead_code)]
struct Test {
    name: Option<String>,
    #[schemars(range(min = 1900, max = 2100))]
    year: Option<i64>,
    /// The region's reports of earlier years, by year (`2021: "…"`): the
    /// snippets are judged within the history they form.
    earlier: Option<std::collections::BTreeMap<String, String>>,
    /// Snippets on which the rule must report nothing.
    pass: Option<Texts>,
    /// Snippets on which the rule must report something.
    fail: Option<Texts>,
}

/// One test or a list of tests.
struct Tests;

impl JsonSchema for Tests {
    fn schema_name() -> Cow<'static, str> {
        "tests".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let one = generator.subschema_for::<Test>();
        json_schema!({"oneOf": [one, {"type": "array", "items": one}]})
    }
}

/// The keys every rule may have, whatever its kind.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct CommonKeys {
    /// Unique in a rule set: lowercase letters, digits, `.`, `-` and `_`.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9._-]*$"))]
    id: String,
    /// One line, shown in listings.
    title: Option<Title>,
    description: Option<String>,
    severity: Option<Level>,
    /// The unit one result is given for; the default depends on the kind.
    scope: Option<Scope>,
    applies: Option<Applies>,
    sections: Option<Sections>,
    /// The finding message, with {placeholders}; see docs/writing-rules.md
    /// for those of each kind.
    message: Option<String>,
    references: Option<Texts>,
    tags: Option<Texts>,
    tests: Option<Tests>,
}

/// A pack header.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct PackHeader {
    /// The pack's name, unique among loaded packs.
    #[schemars(length(min = 1))]
    name: String,
    description: Option<String>,
    /// Packs this one builds on: a loaded pack's name, a bundled pack
    /// (builtin:national-2025) or a path relative to this file, under the
    /// rule directories. A rule here with the id of a rule there overrides
    /// it key by key.
    extends: Option<Texts>,
}

/// A rule in a pack's `rules:` list.
struct RuleRef;

impl JsonSchema for RuleRef {
    fn schema_name() -> Cow<'static, str> {
        "ruleRef".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"$ref": "#/$defs/rule"})
    }
}

/// A pack's `catalog:`, defined by the catalog crate
/// ([`dutycheck_catalog::schema::schema_defs`]).
struct CatalogRef;

impl JsonSchema for CatalogRef {
    fn schema_name() -> Cow<'static, str> {
        "catalogRef".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"$ref": "#/$defs/catalog"})
    }
}

/// A pack file: `{pack: {name, …}, rules: […], catalog: …}`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct PackFile {
    pack: PackHeader,
    rules: Option<Vec<RuleRef>>,
    catalog: Option<CatalogRef>,
}

/// `Option<T>` fields are optional keys, not nullable ones: a rule file's
/// `title:` with no value is an error. Removes the `null` schemars adds.
fn strip_null(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            let null = json!({"type": "null"});
            if let Some(Value::Array(any)) = map.get("anyOf")
                && any.len() == 2
                && any.contains(&null)
            {
                let kept = any.iter().find(|s| **s != null).cloned();
                map.remove("anyOf");
                if let Some(Value::Object(kept)) = kept {
                    for (k, v) in kept {
                        map.entry(k).or_insert(v);
                    }
                }
            }
            for v in map.values_mut() {
                strip_null(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_null),
        _ => {}
    }
}

/// The object under `properties` of a generated object schema.
fn properties(schema: &mut Value) -> Option<&mut Map<String, Value>> {
    schema.get_mut("properties")?.as_object_mut()
}

/// The JSON Schema of rule files, as checked in at
/// `rules/schema/rule.schema.json`.
pub fn rule_file_schema() -> Value {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let mut rule = CommonKeys::json_schema(&mut generator).to_value();
    let keys: Vec<&str> = KINDS.iter().map(|k| k.key).collect();
    for kind in KINDS {
        let mut own = (kind.schema)(&mut generator).to_value();
        if let (Some(props), Some(own)) = (properties(&mut rule), properties(&mut own)) {
            for (key, schema) in std::mem::take(own) {
                props.entry(key).or_insert(schema);
            }
        }
    }
    // Exactly one kind: no two kind keys together. (An override of an
    // extended pack's rule may give none, so none is not an error here.)
    let mut pairs = Vec::new();
    for (i, a) in keys.iter().enumerate() {
        for b in &keys[i + 1..] {
            pairs.push(json!({"required": [a, b]}));
        }
    }
    // A key that belongs to one kind needs that kind's key.
    let mut dependent = Map::new();
    for kind in KINDS {
        for key in kind.keys {
            if crate::kinds::kinds_owning(key).len() == 1 {
                dependent.insert((*key).to_string(), json!([kind.key]));
            }
        }
    }
    if let Value::Object(map) = &mut rule {
        map.insert(
            "description".into(),
            json!(format!(
                "One rule. `title` and exactly one kind key ({}) are required, except in a rule that overrides a rule of an extended pack (same id), which may give only the keys it changes.",
                keys.join(", ")
            )),
        );
        map.insert("dependentRequired".into(), Value::Object(dependent));
        map.insert("not".into(), json!({"anyOf": pairs}));
        map.remove("title");
    }
    let mut pack = PackFile::json_schema(&mut generator).to_value();
    if let Value::Object(map) = &mut pack {
        map.remove("title");
    }
    let mut defs: Map<String, Value> = generator.take_definitions(true).into_iter().collect();
    defs.insert("rule".into(), rule);
    defs.insert("packFile".into(), pack);
    defs.extend(dutycheck_catalog::schema::schema_defs());
    let mut root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.invalid/dutycheck/rules/schema/rule.schema.json",
        "title": "dutycheck rule file",
        "description": "A dutycheck rule file: one rule, a list of rules, or a pack ({pack, rules}). See docs/writing-rules.md. Generated from the rule types (crates/rules/src/file_schema.rs and each kind's module); dutycheck itself validates more than this schema can (indicator ids against the catalog, regexes, message placeholders per kind, min below max, units against the measure).",
        "oneOf": [
            {"$ref": "#/$defs/rule"},
            {"type": "array", "items": {"$ref": "#/$defs/rule"}},
            {"$ref": "#/$defs/packFile"},
            {"type": "null"}
        ],
        "$defs": Value::Object(defs.into_iter().collect()),
    });
    if let Some(defs) = root.get_mut("$defs") {
        strip_null(defs);
    }
    root
}

/// `value` with every object's keys in sorted order, whether or not
/// serde_json preserves insertion order in this build (a feature another
/// crate of the workspace may turn on): the checked-in text must not depend
/// on which crates were compiled together.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// The schema as the checked-in file holds it: pretty JSON with sorted
/// keys, one newline.
pub fn rule_file_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&sorted(rule_file_schema())).unwrap_or_default();
    text.push('\n');
    text
}
