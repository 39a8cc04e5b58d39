//! SARIF 2.1.0 output (`--format sarif`), for GitHub code scanning and every
//! other tool that reads the OASIS Static Analysis Results Interchange Format.
//!
//! The mapping, chosen so that a code-scanning alert reads like our text
//! output:
//!
//! - `tool.driver.rules[]`: every rule in force (and any other rule id a
//!   result names, such as a plugin check), sorted by id, with the title as
//!   `shortDescription`, the description (or the title) as
//!   `fullDescription`, the help text of [`crate::help::rule_help`] (title,
//!   description, references: what a reviewer needs to judge the finding;
//!   the same text `rules explain` prints) as `help`, its link as `helpUri`
//!   (a bundled rule's entry in `docs/rules.md`), the references also in
//!   `properties.references`, and the default severity as
//!   `defaultConfiguration.level`; a rule switched off is `enabled: false`.
//! - `tool.driver.informationUri` is the project's URL
//!   ([`crate::help::PROJECT_URL`], the workspace's `repository`).
//! - `results[]`: one per finding, with `level` (`error`, `warning`, `note`
//!   for info), the message, a physical location (file, line, column and the
//!   span's end column) and the section and case as logical locations
//!   (`东河县` of kind `namespace`, `东河县/案例 1` of kind `member`).
//! - Columns count Unicode code points, as everywhere in dutycheck, so the
//!   run declares `columnKind: unicodeCodePoints` (SARIF's default would be
//!   UTF-16 code units, which differ for characters outside the BMP).
//! - `partialFingerprints["dutycheck/v1"]` holds the stable fingerprint (see
//!   [`crate::fingerprint`]), so that code scanning tracks an alert across
//!   edits that move lines.
//! - Waived findings are results too, with an external `suppressions` entry
//!   that carries the waiver's reason, approver and expiry: code scanning
//!   shows them as dismissed instead of hiding them.
//! - With a baseline, results carry `baselineState: new`.
//! - Reports that could not be read and waiver notes (expired, unused) are
//!   `invocations[0].toolExecutionNotifications`; `executionSuccessful` is
//!   false when a report could not be read.

use dutycheck_model::{Finding, Severity, WaiverNoteKind, WaiverRef};
use serde_json::{Map, Value, json};

use crate::context::{Input, RuleInfo};
use crate::fingerprint::fingerprints;
use crate::help::{PROJECT_URL, rule_help};

/// The `$schema` written into the log: the SARIF 2.1.0 schema as published
/// by the OASIS technical committee.
pub const SARIF_SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// `dutycheck check --format sarif`: a SARIF 2.1.0 log with one run.
pub fn check_sarif(input: &Input<'_>) -> String {
    let ids = input.rule_ids();
    let rules: Vec<Value> = ids
        .iter()
        .map(|id| rule_descriptor(id, input.rule(id)))
        .collect();

    // Fingerprints are counted over every finding of the run, counted or
    // waived, in reading order, exactly as the command line counts them for
    // baselines.
    let mut all: Vec<(&Finding, Option<&WaiverRef>)> = input
        .run
        .findings
        .iter()
        .map(|f| (f, None))
        .chain(
            input
                .run
                .waived
                .iter()
                .map(|w| (&w.finding, Some(&w.waiver))),
        )
        .collect();
    all.sort_by(|(a, _), (b, _)| {
        (&a.path, a.line, a.column, &a.rule, &a.message)
            .cmp(&(&b.path, b.line, b.column, &b.rule, &b.message))
    });
    let fps = fingerprints(all.iter().map(|(f, _)| *f));
    let results: Vec<Value> = all
        .iter()
        .zip(fps)
        .map(|((f, waiver), fp)| {
            let index = ids.iter().position(|id| *id == f.rule);
            result(input, f, *waiver, index, &fp)
        })
        .collect();

    let mut notifications = Vec::new();
    for r in &input.run.reports {
        if let Some(error) = &r.error {
            notifications.push(json!({
                "level": "error",
                "message": { "text": format!("{}: {error}", r.path) },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact(&r.path) } }],
            }));
        }
    }
    for note in &input.run.waiver_notes {
        let level = match note.kind {
            WaiverNoteKind::Expired => "warning",
            WaiverNoteKind::Unused => "note",
        };
        notifications.push(json!({
            "level": level,
            "message": { "text": format!("{}: {}", note.origin, note.message) },
        }));
    }
    let mut invocation = Map::new();
    invocation.insert(
        "executionSuccessful".into(),
        Value::Bool(!input.run.has_input_errors()),
    );
    if !notifications.is_empty() {
        invocation.insert(
            "toolExecutionNotifications".into(),
            Value::Array(notifications),
        );
    }

    let mut run = Map::new();
    run.insert(
        "tool".into(),
        json!({
            "driver": {
                "name": "dutycheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": PROJECT_URL,
                "rules": rules,
            }
        }),
    );
    run.insert("invocations".into(), json!([invocation]));
    run.insert("columnKind".into(), json!("unicodeCodePoints"));
    run.insert("results".into(), Value::Array(results));
    if let Some(b) = &input.run.baseline {
        run.insert(
            "properties".into(),
            json!({ "baseline": { "path": b.path, "new": b.new, "unchanged": b.unchanged, "fixed": b.fixed.len() } }),
        );
    }
    let log = json!({
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [Value::Object(run)],
    });
    let mut out =
        serde_json::to_string_pretty(&log).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

/// SARIF's level for a severity.
pub fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule_descriptor(id: &str, info: Option<&RuleInfo>) -> Value {
    let mut d = Map::new();
    d.insert("id".into(), json!(id));
    match info {
        Some(r) => {
            let title = if r.title.is_empty() { id } else { &r.title };
            d.insert("shortDescription".into(), json!({ "text": title }));
            let full = r.description.as_deref().unwrap_or(title);
            d.insert("fullDescription".into(), json!({ "text": full }));
            if let Some(uri) = &r.help_uri {
                d.insert("helpUri".into(), json!(uri));
            }
            // The same text `dutycheck rules explain ID` starts with.
            let help = rule_help(r);
            d.insert(
                "help".into(),
                json!({ "text": help.text, "markdown": help.markdown }),
            );
            let config = match r.severity {
                Some(s) => json!({ "enabled": true, "level": sarif_level(s) }),
                None => json!({ "enabled": false, "level": "none" }),
            };
            d.insert("defaultConfiguration".into(), config);
            let mut props = Map::new();
            props.insert("kind".into(), json!(r.kind));
            if !r.tags.is_empty() {
                props.insert("tags".into(), json!(r.tags));
            }
            if !r.references.is_empty() {
                props.insert("references".into(), json!(r.references));
            }
            d.insert("properties".into(), Value::Object(props));
        }
        None => {
            d.insert("shortDescription".into(), json!({ "text": id }));
        }
    }
    Value::Object(d)
}

fn result(
    input: &Input<'_>,
    f: &Finding,
    waiver: Option<&WaiverRef>,
    index: Option<usize>,
    fingerprint: &str,
) -> Value {
    let mut r = Map::new();
    r.insert("ruleId".into(), json!(f.rule));
    if let Some(i) = index {
        r.insert("ruleIndex".into(), json!(i));
    }
    r.insert("level".into(), json!(sarif_level(f.severity)));
    r.insert("message".into(), json!({ "text": f.message }));

    let mut region = Map::new();
    region.insert("startLine".into(), json!(f.line.max(1)));
    region.insert("startColumn".into(), json!(f.column.max(1)));
    region.insert("endColumn".into(), json!(f.column.max(1) + f.length.max(1)));
    if let Some(line) = input.source_line(f) {
        let span: String = line
            .chars()
            .skip(f.column.saturating_sub(1) as usize)
            .take(f.length.max(1) as usize)
            .collect();
        if !span.is_empty() {
            region.insert("snippet".into(), json!({ "text": span }));
        }
    }
    let mut location = Map::new();
    location.insert(
        "physicalLocation".into(),
        json!({ "artifactLocation": artifact(&f.path), "region": region }),
    );
    let mut logical = Vec::new();
    if let Some(section) = &f.section {
        logical
            .push(json!({ "name": section, "fullyQualifiedName": section, "kind": "namespace" }));
        if let Some(case) = f.case {
            let name = format!("案例 {case}");
            logical.push(json!({ "name": name, "fullyQualifiedName": format!("{section}/{name}"), "kind": "member" }));
        }
    } else if let Some(case) = f.case {
        let name = format!("案例 {case}");
        logical.push(json!({ "name": name, "fullyQualifiedName": name, "kind": "member" }));
    }
    if !logical.is_empty() {
        location.insert("logicalLocations".into(), Value::Array(logical));
    }
    r.insert("locations".into(), json!([location]));
    r.insert(
        "partialFingerprints".into(),
        json!({ "dutycheck/v1": fingerprint }),
    );
    if let Some(w) = waiver {
        r.insert(
            "suppressions".into(),
            json!([{
                "kind": "external",
                "status": "accepted",
                "justification": format!("{} (approved by {}, until {})", w.reason, w.approver, w.expires),
                "location": { "physicalLocation": { "artifactLocation": artifact(origin_path(&w.origin)) } },
                "properties": { "approver": w.approver, "expires": w.expires, "origin": w.origin },
            }]),
        );
    }
    if input.run.baseline.is_some() && waiver.is_none() {
        r.insert("baselineState".into(), json!("new"));
    }
    let mut props = Map::new();
    if let Some(section) = &f.section {
        props.insert("section".into(), json!(section));
    }
    if let Some(case) = f.case {
        props.insert("case".into(), json!(case));
    }
    if let Some(indicator) = &f.indicator {
        props.insert("indicator".into(), json!(indicator));
    }
    if let Some(value) = f.value.filter(|v| v.is_finite()) {
        props.insert("value".into(), json!(value));
    }
    if !props.is_empty() {
        r.insert("properties".into(), Value::Object(props));
    }
    Value::Object(r)
}

/// The file part of a waiver origin `waivers.yaml:12:5`.
fn origin_path(origin: &str) -> &str {
    let mut s = origin;
    for _ in 0..2 {
        match s.rsplit_once(':') {
            Some((head, tail)) if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => {
                s = head;
            }
            _ => break,
        }
    }
    s
}

/// An `artifactLocation` for a report path: a relative URI reference
/// against `%SRCROOT%` (how code scanning resolves files in the checkout)
/// or a `file://` URI for an absolute path.
fn artifact(path: &str) -> Value {
    let slashed = path.replace('\\', "/");
    if slashed.starts_with('/') {
        json!({ "uri": format!("file://{}", percent_encode(&slashed)) })
    } else {
        let rel = slashed.strip_prefix("./").unwrap_or(&slashed);
        json!({ "uri": percent_encode(rel), "uriBaseId": "%SRCROOT%" })
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters and `/`,
/// so that paths with spaces or Chinese names are valid URI references.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded_and_relative_to_the_source_root() {
        assert_eq!(
            artifact("reports/东河 县.txt"),
            json!({ "uri": "reports/%E4%B8%9C%E6%B2%B3%20%E5%8E%BF.txt", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact("/tmp/a.txt"),
            json!({ "uri": "file:///tmp/a.txt" })
        );
        assert_eq!(artifact(r".\a\b.txt")["uri"], "a/b.txt");
    }

    #[test]
    fn waiver_origins_lose_line_and_column() {
        assert_eq!(origin_path("w/waivers.yaml:12:5"), "w/waivers.yaml");
        assert_eq!(origin_path("waivers.yaml"), "waivers.yaml");
    }
}
