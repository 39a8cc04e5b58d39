//! The JSON Schemas of the two JSON contracts, derived from the types that
//! are serialised: `check --format json` is a [`CheckRun`], `parse --format
//! json` is a [`Report`]. The doc comments of the fields are the
//! descriptions, so the schema and the types cannot say different things.
//!
//! The files in `docs/schema/` are these schemas, checked in for people and
//! for tools that validate a result; a test (`crates/cli/tests/json_schema.rs`)
//! fails when they are stale and validates real outputs against them.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::{CHECK_FORMAT_VERSION, CheckRun, Report};

/// The schema of `dutycheck check --format json`.
pub fn check_schema() -> Schema {
    let mut schema = schema_of::<CheckRun>("dutycheck check --format json");
    // `version` is a constant of the format: a consumer that validates
    // against this file learns at once when the format broke.
    if let Some(version) = schema
        .get_mut("properties")
        .and_then(|p| p.get_mut("version"))
        .and_then(|v| v.as_object_mut())
    {
        version.insert("const".into(), CHECK_FORMAT_VERSION.into());
    }
    schema
}

/// The schema of `dutycheck parse --format json`.
pub fn parse_schema() -> Schema {
    schema_of::<Report>("dutycheck parse --format json")
}

/// The schema of `dutycheck history --format json`.
pub fn history_schema() -> Schema {
    schema_of::<crate::History>("dutycheck history --format json")
}

/// A schema as the checked-in file holds it: pretty JSON with a final newline.
pub fn schema_text(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

fn schema_of<T: JsonSchema>(title: &str) -> Schema {
    let mut schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    schema
}
