//! The JSON Schema of catalog entries, for `rules/schema/rule.schema.json`
//! (a pack's `catalog:`) and editors.
//!
//! Built from the same constants the reader checks against (the keys of each
//! entry, the kind names, the `meets` words, the `…` gap), so a key added to
//! the reader is in the schema without anyone editing JSON. The reader stays
//! the judge: it checks what a schema cannot (duplicate ids, an alias claimed
//! by two ids, `extends` of an unknown id).

use serde_json::{Map, Value, json};

use crate::GAP;
use crate::decl::{
    COMPARE_WORDS, EXTENDS_KEYS, FILE_KEYS, INDICATOR_KEYS, KINDS, MEETS_KEYS, REQUIREMENT_KEYS,
};

/// What an id looks like: lowercase kebab-case with optional `.` namespaces.
pub(crate) const ID_PATTERN: &str = r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$";

fn id(description: Option<&str>) -> Value {
    let mut v = json!({"type": "string", "pattern": ID_PATTERN});
    if let (Some(d), Value::Object(m)) = (description, &mut v) {
        m.insert("description".into(), json!(d));
    }
    v
}

/// An alias or a phrase: non-empty, at most one gap between a head and a tail.
fn words() -> Value {
    json!({
        "type": "array",
        "items": {
            "type": "string",
            "minLength": 1,
            "pattern": format!("^[^{GAP}]+({GAP}[^{GAP}]+)?$"),
        }
    })
}

fn bounds() -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {"min": {"type": "number"}, "max": {"type": "number"}}
    })
}

/// An object schema whose properties are exactly `keys`, each taken from
/// `props` (a key the reader knows but `props` lacks is a bug this catches
/// in the schema test).
fn object(keys: &[&str], required: &[&str], mut props: Map<String, Value>) -> Value {
    let mut properties = Map::new();
    for key in keys {
        properties.insert(
            (*key).to_string(),
            props.remove(*key).unwrap_or_else(|| json!({})),
        );
    }
    json!({
        "type": "object",
        "required": required,
        "additionalProperties": false,
        "properties": Value::Object(properties),
    })
}

fn map(entries: Vec<(&str, Value)>) -> Map<String, Value> {
    entries
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// The schema definitions of a catalog: `catalog` (the value of a
/// `catalog:` key), `catalogFile`, `indicator`, `extension`, `requirement`.
/// Each refers to the others as `#/$defs/NAME`.
pub fn schema_defs() -> Map<String, Value> {
    let kinds: Vec<&str> = KINDS.iter().map(|(name, _)| *name).collect();
    let mut defs = Map::new();
    let file_name = json!({"type": "string", "minLength": 1});
    defs.insert(
        "catalog".into(),
        json!({
            "description": "Indicators and requirements declared beside the rules that use them: a list of entries and catalog file names (relative to this file), one catalog file name, or a mapping with `indicators` and `requirements` (the layout of a catalog file). Merged onto the bundled catalog; see `dutycheck catalog list`.",
            "oneOf": [
                file_name,
                {"type": "array", "items": {"oneOf": [
                    file_name,
                    {"$ref": "#/$defs/indicator"},
                    {"$ref": "#/$defs/extension"},
                    {"$ref": "#/$defs/requirement"}
                ]}},
                {"$ref": "#/$defs/catalogFile"},
                {"type": "null"}
            ]
        }),
    );
    defs.insert(
        "catalogFile".into(),
        object(
            &FILE_KEYS,
            &[],
            map(vec![
                (
                    "indicators",
                    json!({"type": "array", "items": {"oneOf": [
                        {"$ref": "#/$defs/indicator"}, {"$ref": "#/$defs/extension"}
                    ]}}),
                ),
                (
                    "requirements",
                    json!({"type": "array", "items": {"oneOf": [
                        {"$ref": "#/$defs/requirement"}, {"$ref": "#/$defs/extension"}
                    ]}}),
                ),
            ]),
        ),
    );
    let mut aliases = words();
    if let Value::Object(m) = &mut aliases {
        m.insert("description".into(), json!(format!("Other names reports use. `{GAP}` allows a gap within one clause (课后服务{GAP}比例). An alias names one indicator only.")));
    }
    defs.insert(
        "indicator".into(),
        object(
            &INDICATOR_KEYS,
            &["id", "name", "kind"],
            map(vec![
                ("id", id(Some("Lowercase kebab-case, optionally with a `.` namespace (jb.rural-teacher-subsidy). Unique across indicators and requirements."))),
                ("name", json!({"type": "string", "minLength": 1})),
                ("kind", json!({"enum": kinds, "description": "The kind of figure that can state the indicator."})),
                ("may_exceed_100", json!({"type": "boolean", "description": "Gross rates (毛入园率) can pass 100%."})),
                ("aliases", aliases),
            ]),
        ),
    );
    defs.insert(
        "extension".into(),
        object(
            &EXTENDS_KEYS,
            &["extends"],
            map(vec![
                (
                    "extends",
                    id(Some(
                        "The id of an indicator (add `aliases`) or a requirement (add `phrases`).",
                    )),
                ),
                ("aliases", words()),
                ("phrases", words()),
            ]),
        ),
    );
    let mut phrases = words();
    if let Value::Object(m) = &mut phrases {
        m.insert("minItems".into(), json!(1));
        m.insert(
            "description".into(),
            json!(format!(
                "The words that claim the requirement is met (实现“不低于”要求, 超大班额{GAP}清零)."
            )),
        );
    }
    let meets: Vec<Value> = MEETS_KEYS
        .iter()
        .map(|key| {
            let inner = if *key == "compare" {
                json!({"enum": COMPARE_WORDS})
            } else {
                bounds()
            };
            object(&[key], &[key], map(vec![(key, inner)]))
        })
        .collect();
    defs.insert(
        "requirement".into(),
        object(
            &REQUIREMENT_KEYS,
            &["id", "name", "phrases"],
            map(vec![
                ("id", id(None)),
                ("name", json!({"type": "string", "minLength": 1})),
                ("description", json!({"type": "string"})),
                ("phrases", phrases),
                ("indicators", json!({"type": "array", "items": id(None), "description": "The indicators whose figures evidence it."})),
                ("meets", json!({"description": "What the figures must show for a claim to hold.", "oneOf": meets})),
            ]),
        ),
    );
    defs
}
