//! A focused JSON Schema validator for plugin options.
//!
//! Plugin checks declare their options as JSON Schema (derived with
//! `schemars` by the SDK), and the host validates a rule's `options:` against
//! it when the rule is loaded, so that a typo in a rule file is reported
//! with the rule's file and line instead of failing later inside a plugin.
//!
//! Why not the `jsonschema` crate: it is built for the whole specification
//! (remote `$ref`s over HTTP, formats, dynamic scopes), which costs more
//! compile time than the rest of the engine, and its messages are phrased for
//! schema authors. Option schemas are small and local; this validator covers
//! the keywords `schemars` emits and rule authors need, and phrases errors
//! for rule authors ("`tolerance` is not an option; did you mean
//! `tolerance_percent_points`?").
//!
//! Supported: boolean schemas, `type` (string or list; `integer` accepts
//! whole floats), `enum`, `const`, `properties`, `required`,
//! `additionalProperties` (boolean or schema), `items`, `minItems`,
//! `maxItems`, `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`,
//! `minLength`, `maxLength`, `allOf`, `anyOf`, `oneOf`, `not`, and local
//! `$ref`s (`#`, `#/$defs/…`, `#/definitions/…`). Unknown keywords
//! (`format`, `description`, `default`, `pattern` …) are ignored, as the
//! specification says for annotations; a plugin still validates its options
//! itself when it deserialises them.

use dutycheck_model::did_you_mean;
use serde_json::{Map, Value};

/// How deep `$ref`s may nest before the schema is taken to be cyclic.
const MAX_DEPTH: usize = 64;

/// Validates `value` against `schema`. The error names the offending path
/// (`options.targets[0].min`) and what was expected.
pub fn validate(schema: &Value, value: &Value) -> Result<(), String> {
    Validator { root: schema }.check(schema, value, "options", 0)
}

struct Validator<'a> {
    root: &'a Value,
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

fn is_type(value: &Value, ty: &str) -> bool {
    match ty {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value
            .as_f64()
            .is_some_and(|f| value.is_i64() || value.is_u64() || f.fract() == 0.0),
        _ => true,
    }
}

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

fn show(value: &Value) -> String {
    let s = value.to_string();
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

impl<'a> Validator<'a> {
    fn resolve(&self, reference: &str) -> Result<&'a Value, String> {
        let pointer = reference
            .strip_prefix('#')
            .ok_or_else(|| format!("the plugin's schema uses a non-local $ref `{reference}`"))?;
        self.root
            .pointer(pointer)
            .ok_or_else(|| format!("the plugin's schema has a dangling $ref `{reference}`"))
    }

    fn check(
        &self,
        schema: &'a Value,
        value: &Value,
        path: &str,
        depth: usize,
    ) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err("the plugin's schema nests $refs too deeply (a cycle?)".into());
        }
        let schema = match schema {
            Value::Bool(true) => return Ok(()),
            Value::Bool(false) => return Err(format!("`{path}` is not allowed")),
            Value::Object(map) => map,
            _ => return Err("the plugin's schema is not a JSON Schema object".into()),
        };
        if let Some(Value::String(reference)) = schema.get("$ref") {
            let target = self.resolve(reference)?;
            self.check(target, value, path, depth + 1)?;
        }
        self.check_type(schema, value, path)?;
        if let Some(Value::Array(options)) = schema.get("enum")
            && !options.contains(value)
        {
            let list: Vec<String> = options.iter().map(show).collect();
            return Err(format!(
                "`{path}` must be one of {}, not {}",
                list.join(", "),
                show(value)
            ));
        }
        if let Some(expected) = schema.get("const")
            && expected != value
        {
            return Err(format!(
                "`{path}` must be {}, not {}",
                show(expected),
                show(value)
            ));
        }
        self.check_number(schema, value, path)?;
        self.check_string(schema, value, path)?;
        if let Value::Object(object) = value {
            self.check_object(schema, object, path, depth)?;
        }
        if let Value::Array(items) = value {
            self.check_array(schema, items, path, depth)?;
        }
        self.check_combinators(schema, value, path, depth)
    }

    fn check_type(
        &self,
        schema: &Map<String, Value>,
        value: &Value,
        path: &str,
    ) -> Result<(), String> {
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => return Ok(()),
        };
        if types.is_empty() || types.iter().any(|t| is_type(value, t)) {
            return Ok(());
        }
        let wanted: Vec<&str> = types.iter().map(|t| article(t)).collect();
        Err(format!(
            "`{path}` must be {}, not {} ({})",
            wanted.join(" or "),
            type_name(value),
            show(value)
        ))
    }

    fn check_number(
        &self,
        schema: &Map<String, Value>,
        value: &Value,
        path: &str,
    ) -> Result<(), String> {
        let Some(x) = value.as_f64() else {
            return Ok(());
        };
        let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
        if let Some(min) = bound("minimum")
            && x < min
        {
            return Err(format!("`{path}` must be at least {min}, not {x}"));
        }
        if let Some(max) = bound("maximum")
            && x > max
        {
            return Err(format!("`{path}` must be at most {max}, not {x}"));
        }
        if let Some(min) = bound("exclusiveMinimum")
            && x <= min
        {
            return Err(format!("`{path}` must be more than {min}, not {x}"));
        }
        if let Some(max) = bound("exclusiveMaximum")
            && x >= max
        {
            return Err(format!("`{path}` must be less than {max}, not {x}"));
        }
        Ok(())
    }

    fn check_string(
        &self,
        schema: &Map<String, Value>,
        value: &Value,
        path: &str,
    ) -> Result<(), String> {
        let Some(s) = value.as_str() else {
            return Ok(());
        };
        let len = s.chars().count() as u64;
        if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
            && len < min
        {
            return Err(format!("`{path}` must have at least {min} characters"));
        }
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
            && len > max
        {
            return Err(format!("`{path}` must have at most {max} characters"));
        }
        Ok(())
    }

    fn check_object(
        &self,
        schema: &'a Map<String, Value>,
        object: &Map<String, Value>,
        path: &str,
        depth: usize,
    ) -> Result<(), String> {
        let properties = schema.get("properties").and_then(Value::as_object);
        if let Some(Value::Array(required)) = schema.get("required") {
            for key in required.iter().filter_map(Value::as_str) {
                if !object.contains_key(key) {
                    return Err(format!("`{path}` lacks the required `{key}`"));
                }
            }
        }
        for (key, item) in object {
            let item_path = format!("{path}.{key}");
            match properties.and_then(|p| p.get(key)) {
                Some(sub) => self.check(sub, item, &item_path, depth + 1)?,
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => {
                        let known =
                            properties.map(|p| p.keys().map(String::as_str).collect::<Vec<_>>());
                        let mut message = format!("`{item_path}` is not an option of this check");
                        if let Some(known) = known {
                            if let Some(close) = did_you_mean(key, known.iter().copied()) {
                                message.push_str(&format!("; did you mean `{close}`?"));
                            } else if !known.is_empty() {
                                message.push_str(&format!(" (it has: {})", known.join(", ")));
                            }
                        }
                        return Err(message);
                    }
                    Some(sub @ Value::Object(_)) => self.check(sub, item, &item_path, depth + 1)?,
                    _ => {}
                },
            }
        }
        Ok(())
    }

    fn check_array(
        &self,
        schema: &'a Map<String, Value>,
        items: &[Value],
        path: &str,
        depth: usize,
    ) -> Result<(), String> {
        let n = items.len() as u64;
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
            && n < min
        {
            return Err(format!("`{path}` must have at least {min} items"));
        }
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
            && n > max
        {
            return Err(format!("`{path}` must have at most {max} items"));
        }
        if let Some(item_schema) = schema.get("items")
            && (item_schema.is_object() || item_schema.is_boolean())
        {
            for (i, item) in items.iter().enumerate() {
                self.check(item_schema, item, &format!("{path}[{i}]"), depth + 1)?;
            }
        }
        Ok(())
    }

    fn check_combinators(
        &self,
        schema: &'a Map<String, Value>,
        value: &Value,
        path: &str,
        depth: usize,
    ) -> Result<(), String> {
        if let Some(Value::Array(all)) = schema.get("allOf") {
            for sub in all {
                self.check(sub, value, path, depth + 1)?;
            }
        }
        if let Some(Value::Array(any)) = schema.get("anyOf") {
            let mut first_error = None;
            let matched = any
                .iter()
                .any(|sub| match self.check(sub, value, path, depth + 1) {
                    Ok(()) => true,
                    Err(e) => {
                        first_error.get_or_insert(e);
                        false
                    }
                });
            if !matched {
                // With `Option<T>` (anyOf [T, null]) the first alternative's
                // complaint is the useful one.
                return Err(first_error
                    .unwrap_or_else(|| format!("`{path}` matches none of the allowed forms")));
            }
        }
        if let Some(Value::Array(one)) = schema.get("oneOf") {
            let mut errors = Vec::new();
            let matches = one
                .iter()
                .filter(|sub| match self.check(sub, value, path, depth + 1) {
                    Ok(()) => true,
                    Err(e) => {
                        errors.push(e);
                        false
                    }
                })
                .count();
            match matches {
                1 => {}
                0 if errors.len() == 1 => return Err(errors.remove(0)),
                0 => {
                    return Err(format!(
                        "`{path}` matches none of the allowed forms ({})",
                        show(value)
                    ));
                }
                _ => {
                    return Err(format!(
                        "`{path}` matches more than one of the allowed forms"
                    ));
                }
            }
        }
        if let Some(not) = schema.get("not")
            && self.check(not, value, path, depth + 1).is_ok()
        {
            return Err(format!(
                "`{path}` has a form that is not allowed ({})",
                show(value)
            ));
        }
        Ok(())
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
            "$defs": {"Target": {"type": "object", "required": ["min"], "properties": {"min": {"type": "number"}}}}
        })
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
        assert!(
            err(json!({"level": 1, "target": {"min": "x"}}))
                .contains("`options.target.min` must be a number")
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
    }

    #[test]
    fn broken_schemas_are_errors_not_panics() {
        assert!(
            validate(&json!({"$ref": "#/nope"}), &json!(1))
                .unwrap_err()
                .contains("dangling")
        );
        assert!(
            validate(&json!({"$ref": "http://x"}), &json!(1))
                .unwrap_err()
                .contains("non-local")
        );
        assert!(
            validate(&json!({"$ref": "#"}), &json!(1))
                .unwrap_err()
                .contains("too deeply")
        );
        assert!(validate(&json!(3), &json!(1)).is_err());
        assert!(validate(&json!(false), &json!(1)).is_err());
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
