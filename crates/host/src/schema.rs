//! Plugin option schemas: validated by the `jsonschema` crate, phrased for
//! rule authors.
//!
//! Plugin checks declare their options as JSON Schema (derived with
//! `schemars` by the SDK, or written by hand in C), and the host validates a
//! rule's `options:` against it when the rule is loaded, so that a typo in a
//! rule file is reported with the rule's file and line instead of failing
//! later inside a plugin.
//!
//! The validation itself is the `jsonschema` crate's (every keyword of the
//! drafts it implements, `$ref`s and `$defs` included, maintained against
//! the official test suite), built without its HTTP and file resolvers: a
//! plugin's schema can only refer to itself. A schema is compiled once,
//! when the plugin is loaded; one that does not compile makes the manifest
//! invalid, so a broken plugin is found at load time rather than at the
//! first rule that uses it.
//!
//! What this module adds is the wording. The crate's messages are phrased
//! for schema authors (`"tolerance" was unexpected`, `2 is not of type
//! "string"`); a rule author needs the option's place in the rule
//! (`options.targets[0].min`), what was expected in words, and a
//! suggestion for a misspelt option name. So the first error is rephrased
//! from its kind; kinds without a phrasing here keep the crate's message,
//! after the option's place.

use std::fmt::Write as _;

use dutycheck_model::did_you_mean;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

/// A check's option schema, compiled.
pub(crate) struct OptionsSchema {
    schema: Value,
    validator: Validator,
}

impl std::fmt::Debug for OptionsSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OptionsSchema")
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

impl OptionsSchema {
    /// Compiles `schema`; the error says why it is not a usable schema.
    pub fn compile(schema: &Value) -> Result<OptionsSchema, String> {
        if !(schema.is_object() || schema.is_boolean()) {
            return Err("it is not a JSON Schema (an object or a boolean)".into());
        }
        let validator = jsonschema::validator_for(schema).map_err(|e| e.to_string())?;
        Ok(OptionsSchema {
            schema: schema.clone(),
            validator,
        })
    }

    /// Validates `options`. The error names the offending place
    /// (`options.targets[0].min`) and what was expected.
    pub fn validate(&self, options: &Value) -> Result<(), String> {
        match self.validator.validate(options) {
            Ok(()) => Ok(()),
            Err(error) => Err(self.phrase(&error)),
        }
    }

    fn phrase(&self, error: &ValidationError<'_>) -> String {
        let path = place(error);
        let instance = error.instance();
        match error.kind() {
            ValidationErrorKind::Type { kind } => {
                let wanted: Vec<&str> = match kind {
                    TypeKind::Single(t) => vec![article(t.as_str())],
                    TypeKind::Multiple(ts) => ts.iter().map(|t| article(t.as_str())).collect(),
                };
                format!(
                    "`{path}` must be {}, not {} ({})",
                    wanted.join(" or "),
                    type_name(instance),
                    show(instance)
                )
            }
            ValidationErrorKind::Required { property } => format!(
                "`{path}` lacks the required `{}`",
                property.as_str().unwrap_or_default()
            ),
            ValidationErrorKind::AdditionalProperties { unexpected } => {
                let key = unexpected.first().map_or("", String::as_str);
                let mut message = format!("`{path}.{key}` is not an option of this check");
                let known = self.known_properties(error);
                if let Some(close) = did_you_mean(key, known.iter().map(String::as_str)) {
                    let _ = write!(message, "; did you mean `{close}`?");
                } else if !known.is_empty() {
                    let _ = write!(message, " (it has: {})", known.join(", "));
                }
                message
            }
            ValidationErrorKind::FalseSchema => format!("`{path}` is not allowed"),
            ValidationErrorKind::Enum { options } => {
                let list: Vec<String> = options
                    .as_array()
                    .map(|o| o.iter().map(show).collect())
                    .unwrap_or_default();
                format!(
                    "`{path}` must be one of {}, not {}",
                    list.join(", "),
                    show(instance)
                )
            }
            ValidationErrorKind::Constant { expected_value } => format!(
                "`{path}` must be {}, not {}",
                show(expected_value),
                show(instance)
            ),
            ValidationErrorKind::Minimum { limit } => {
                format!("`{path}` must be at least {limit}, not {}", show(instance))
            }
            ValidationErrorKind::Maximum { limit } => {
                format!("`{path}` must be at most {limit}, not {}", show(instance))
            }
            ValidationErrorKind::ExclusiveMinimum { limit } => {
                format!("`{path}` must be more than {limit}, not {}", show(instance))
            }
            ValidationErrorKind::ExclusiveMaximum { limit } => {
                format!("`{path}` must be less than {limit}, not {}", show(instance))
            }
            ValidationErrorKind::MinLength { limit } => {
                format!("`{path}` must have at least {limit} characters")
            }
            ValidationErrorKind::MaxLength { limit } => {
                format!("`{path}` must have at most {limit} characters")
            }
            ValidationErrorKind::MinItems { limit } => {
                format!("`{path}` must have at least {limit} items")
            }
            ValidationErrorKind::MaxItems { limit } => {
                format!("`{path}` must have at most {limit} items")
            }
            // `Option<T>` is `anyOf [T, null]`: the first alternative's
            // complaint is the useful one.
            ValidationErrorKind::AnyOf { context } => match context.first().and_then(|c| c.first())
            {
                Some(first) => self.phrase(first),
                None => format!("`{path}` matches none of the allowed forms"),
            },
            ValidationErrorKind::OneOfNotValid { context } => match context.as_slice() {
                [only] if !only.is_empty() => self.phrase(&only[0]),
                _ => format!(
                    "`{path}` matches none of the allowed forms ({})",
                    show(instance)
                ),
            },
            ValidationErrorKind::OneOfMultipleValid { .. } => {
                format!("`{path}` matches more than one of the allowed forms")
            }
            ValidationErrorKind::Not { .. } => format!(
                "`{path}` has a form that is not allowed ({})",
                show(instance)
            ),
            _ => format!("`{path}`: {error}"),
        }
    }

    /// The property names the schema object holding the failed
    /// `additionalProperties` declares, for "did you mean".
    fn known_properties(&self, error: &ValidationError<'_>) -> Vec<String> {
        let keyword = error.schema_path().as_str();
        let parent = keyword
            .strip_suffix("/additionalProperties")
            .unwrap_or(keyword);
        let mut known: Vec<String> = self
            .schema
            .pointer(parent)
            .and_then(|s| s.get("properties"))
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        known.sort();
        known
    }
}

/// The failed value's place in the rule: `options`, `options.level`,
/// `options.targets[0].min`.
fn place(error: &ValidationError<'_>) -> String {
    let mut path = String::from("options");
    for segment in error.instance_path().segments() {
        match segment {
            LocationSegment::Property(name) => {
                let _ = write!(path, ".{name}");
            }
            LocationSegment::Index(i) => {
                let _ = write!(path, "[{i}]");
            }
        }
    }
    path
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// A JSON Schema type in the words rule files use (YAML's "mapping" and
/// "list").
fn article(ty: &str) -> &str {
    match ty {
        "object" => "a mapping",
        "array" => "a list",
        "integer" => "an integer",
        "null" => "null",
        "boolean" => "a boolean",
        "number" => "a number",
        "string" => "a string",
        other => other,
    }
}

/// A value, cut to 40 characters.
fn show(value: &Value) -> String {
    let s = value.to_string();
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({
            "type": "object",
            "additionalProperties": false,
            "required": ["level"],
            "properties": {
                "level": {"type": "integer", "minimum": 1, "maximum": 3},
                "tolerance_percent_points": {"type": "number", "exclusiveMinimum": 0},
                "mode": {"enum": ["strict", "lax"]},
                "names": {"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 2},
                "target": {"anyOf": [{"$ref": "#/$defs/Target"}, {"type": "null"}]}
            },
            "$defs": {"Target": {
                "type": "object",
                "required": ["min"],
                "additionalProperties": false,
                "properties": {"min": {"type": "number"}, "max": {"type": "number"}}
            }}
        })
    }

    fn validate(schema: &Value, value: &Value) -> Result<(), String> {
        OptionsSchema::compile(schema)?.validate(value)
    }

    fn err(value: Value) -> String {
        validate(&schema(), &value).unwrap_err()
    }

    #[test]
    fn valid_options_pass() {
        validate(&schema(), &json!({"level": 2})).unwrap();
        validate(
            &schema(),
            &json!({"level": 2.0, "mode": "lax", "names": ["a"], "target": null}),
        )
        .unwrap();
        validate(&schema(), &json!({"level": 1, "target": {"min": 80}})).unwrap();
        validate(&json!(true), &json!({"anything": 1})).unwrap();
    }

    #[test]
    fn each_keyword_is_enforced_with_a_path() {
        assert_eq!(err(json!({})), "`options` lacks the required `level`");
        assert_eq!(
            err(json!({"level": "x"})),
            "`options.level` must be an integer, not a string (\"x\")"
        );
        assert_eq!(
            err(json!({"level": 1.5})),
            "`options.level` must be an integer, not a number (1.5)"
        );
        assert_eq!(
            err(json!({"level": 9})),
            "`options.level` must be at most 3, not 9"
        );
        assert!(err(json!({"level": 0})).contains("at least 1"));
        assert!(err(json!({"level": 1, "tolerance_percent_points": 0})).contains("more than 0"));
        assert!(err(json!({"level": 1, "mode": "x"})).contains("one of \"strict\", \"lax\""));
        assert!(
            err(json!({"level": 1, "names": ["a", ""]}))
                .contains("`options.names[1]` must have at least 1")
        );
        assert!(err(json!({"level": 1, "names": ["a", "b", "c"]})).contains("at most 2 items"));
        assert_eq!(
            err(json!({"level": 1, "target": {"min": "x"}})),
            "`options.target.min` must be a number, not a string (\"x\")"
        );
        assert!(err(json!([])).contains("must be a mapping, not a list"));
    }

    #[test]
    fn unknown_options_get_a_suggestion() {
        assert_eq!(
            err(json!({"level": 1, "tolerance_percent_point": 1})),
            "`options.tolerance_percent_point` is not an option of this check; did you mean `tolerance_percent_points`?"
        );
        assert!(
            err(json!({"level": 1, "zzz": 1}))
                .ends_with("(it has: level, mode, names, target, tolerance_percent_points)")
        );
        // Inside a `$ref`, the suggestion comes from the referenced schema.
        assert_eq!(
            err(json!({"level": 1, "target": {"min": 1, "mx": 2}})),
            "`options.target.mx` is not an option of this check; did you mean `max`?"
        );
    }

    #[test]
    fn keywords_the_hand_written_validator_ignored_are_enforced() {
        let s = json!({"properties": {
            "code": {"type": "string", "pattern": "^[0-9]{6}$"},
            "step": {"type": "number", "multipleOf": 0.5},
            "ids": {"type": "array", "uniqueItems": true}
        }});
        let pattern = validate(&s, &json!({"code": "12a"})).unwrap_err();
        assert!(pattern.starts_with("`options.code`: "), "{pattern}");
        assert!(pattern.contains("^[0-9]{6}$"), "{pattern}");
        assert!(validate(&s, &json!({"step": 0.3})).is_err());
        assert!(validate(&s, &json!({"ids": [1, 1]})).is_err());
        validate(&s, &json!({"code": "250000", "step": 1.5, "ids": [1, 2]})).unwrap();
    }

    #[test]
    fn broken_schemas_are_refused_when_compiled() {
        for broken in [
            json!({"$ref": "#/nope"}),
            json!({"$ref": "http://example.invalid/schema.json"}),
            json!({"type": 3}),
            json!(3),
        ] {
            assert!(OptionsSchema::compile(&broken).is_err(), "{broken}");
        }
        assert_eq!(
            validate(&json!(false), &json!(1)).unwrap_err(),
            "`options` is not allowed"
        );
        // A schema that refers to itself constrains nothing, and neither
        // loops nor overflows the stack.
        validate(&json!({"$ref": "#"}), &json!(1)).unwrap();
        let nested = json!({"properties": {"a": {"$ref": "#"}}, "type": "object"});
        assert!(validate(&nested, &json!({"a": {"a": {"a": 1}}})).is_err());
    }

    #[test]
    fn one_of_and_not() {
        let s = json!({"oneOf": [{"type": "integer"}, {"type": "number"}]});
        assert!(
            validate(&s, &json!(1))
                .unwrap_err()
                .contains("more than one")
        );
        validate(&s, &json!(1.5)).unwrap();
        let s = json!({"not": {"type": "string"}});
        assert!(validate(&s, &json!("x")).is_err());
        validate(&s, &json!(1)).unwrap();
    }
}
