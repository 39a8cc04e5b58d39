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

use std::collections::HashMap;
use std::io::{self, Write};

use dutycheck_model::{Finding, Severity, WaiverNoteKind, WaiverRef};
use serde_json::{Map, Value, json};

use crate::context::{Input, RuleInfo};
use crate::fingerprint::{file_name, identity_hash};
use crate::help::{PROJECT_URL, rule_help};
use crate::sink::{Piece, Sink, Tail, indented_json};
use crate::spill::PathOrdered;

/// The `$schema` written into the log: the SARIF 2.1.0 schema as published
/// by the OASIS technical committee.
pub const SARIF_SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// `dutycheck check --format sarif`: [`SarifSink`] fed the whole run.
pub fn check_sarif(input: &Input<'_>) -> String {
    crate::sink::render_run(
        crate::Format::Sarif,
        input.run,
        input.sources,
        input.rules,
        input.values,
        crate::RenderOptions::default(),
    )
}

/// `--format sarif` as a [`Sink`].
///
/// The log's `results` are written as reports arrive, to a spill file
/// ordered by path, with three holes left in each result for what only the
/// whole run knows, filled when the blocks are copied out at the end:
///
/// - `ruleIndex`: a rule's index in `tool.driver.rules`, which lists every
///   rule in force (known at construction) **and** every other id a finding
///   or a compliance matrix names (a plugin check without a rule, say), sorted.
///   The sink keeps the set of ids seen (one entry per rule, not per
///   finding) and writes each result with the id's number in that set; the
///   number becomes the index once the set is complete.
/// - `partialFingerprints`: a fingerprint's occurrence number (`…:2`) counts
///   the earlier findings of the run, in path order, with the same identity
///   ([`crate::fingerprint`]). The identity includes the report's file name,
///   so only reports that share a file name (`a/county.txt`, `b/county.txt`)
///   share counters. The sink keeps the number of reports per file name
///   (one entry per report); at the end, while blocks are copied in path
///   order, it counts occurrences per identity for one file name at a time
///   and forgets a file name's counters after its last report. With unique
///   file names that is one report's identities at a time.
/// - `baselineState`: `new` on every unwaived result when the run was
///   compared with a baseline, which the sink learns at the end ([`Tail`]).
///
/// A hole is a NUL byte, a tag and a payload ended by another NUL:
/// serialised JSON never holds a raw NUL (control characters are escaped),
/// so a hole cannot be confused with a report's text.
///
/// Besides the spill file the sink keeps the unreadable reports' errors (for
/// `toolExecutionNotifications`), the rule-id set and the per-file-name
/// report counts: memory grows with the rules and by one small entry per
/// report, never with the findings or the text.
pub(crate) struct SarifSink {
    rules: Vec<RuleInfo>,
    /// Rule id → its number in order of first sight.
    ids: HashMap<String, u32>,
    /// Unreadable reports: (path, error), in input order.
    errors: Vec<(String, String)>,
    results: Option<PathOrdered>,
    /// File name → reports with a block of results.
    names: HashMap<String, u32>,
}

/// Between two results in the `results` array.
const SEPARATOR: &str = ",\n";
/// Indentation of a result in the log.
const INDENT: usize = 8;
const HOLE: u8 = 0;
const HOLE_INDEX: u8 = b'R';
const HOLE_FINGERPRINT: u8 = b'F';
const HOLE_BASELINE: u8 = b'B';

impl SarifSink {
    pub fn new(rules: Vec<RuleInfo>) -> SarifSink {
        let mut sink = SarifSink {
            rules: Vec::new(),
            ids: HashMap::new(),
            errors: Vec::new(),
            results: None,
            names: HashMap::new(),
        };
        for r in &rules {
            sink.id(&r.id);
        }
        sink.rules = rules;
        sink
    }

    /// The number of rule `id`, registering it on first sight.
    fn id(&mut self, id: &str) -> u32 {
        if let Some(n) = self.ids.get(id) {
            return *n;
        }
        let n = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(id.to_string(), n);
        n
    }
}

impl Sink for SarifSink {
    fn begin(&mut self) -> io::Result<()> {
        self.results = Some(PathOrdered::new()?);
        Ok(())
    }

    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()> {
        let r = piece.result;
        if let Some(error) = &r.error {
            self.errors.push((r.path.clone(), error.clone()));
        }
        for s in &r.sections {
            for id in s.results.keys() {
                self.id(id);
            }
        }
        // Counted and waived findings together, in reading order (stable:
        // a counted finding before an equal waived one), as fingerprints
        // are counted.
        let mut all: Vec<(&Finding, Option<&WaiverRef>)> = piece
            .findings
            .iter()
            .map(|f| (f, None))
            .chain(piece.waived.iter().map(|w| (&w.finding, Some(&w.waiver))))
            .collect();
        all.sort_by(|(a, _), (b, _)| {
            (&a.path, a.line, a.column, &a.rule, &a.message)
                .cmp(&(&b.path, b.line, b.column, &b.rule, &b.message))
        });
        let mut block = Vec::new();
        for (f, waiver) in all {
            let n = self.id(&f.rule);
            block.extend_from_slice(SEPARATOR.as_bytes());
            let text = indented_json(&result(piece.source, f, waiver), INDENT);
            with_holes(&mut block, &text, n, identity_hash(f), waiver.is_none())?;
        }
        if !block.is_empty() {
            *self
                .names
                .entry(file_name(&r.path).to_string())
                .or_insert(0) += 1;
        }
        let Some(results) = &mut self.results else {
            return Err(io::Error::other("SarifSink::report before begin"));
        };
        results.push(&r.path, &block)
    }

    fn end(&mut self, tail: &Tail<'_>, out: &mut dyn Write) -> io::Result<()> {
        let Some(results) = &mut self.results else {
            return Err(io::Error::other("SarifSink::end before begin"));
        };
        // Every id, sorted; the index of each id's number.
        let mut ids: Vec<(&str, u32)> = self.ids.iter().map(|(id, n)| (id.as_str(), *n)).collect();
        ids.sort();
        let mut index = vec![0usize; ids.len()];
        for (i, (_, n)) in ids.iter().enumerate() {
            if let Some(slot) = index.get_mut(*n as usize) {
                *slot = i;
            }
        }
        let rules: Vec<Value> = ids
            .iter()
            .map(|(id, _)| rule_descriptor(id, self.rules.iter().find(|r| r.id == *id)))
            .collect();

        let mut notifications = Vec::new();
        for (path, error) in &self.errors {
            notifications.push(json!({
                "level": "error",
                "message": { "text": format!("{path}: {error}") },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact(path) } }],
            }));
        }
        for note in tail.waiver_notes {
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
            Value::Bool(self.errors.is_empty()),
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
        run.insert("results".into(), Value::Array(Vec::new()));
        if let Some(b) = tail.baseline {
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
        let frame = serde_json::to_string_pretty(&log).map_err(io::Error::other)?;
        // Keys are unique and strings escape their quotes: the empty array
        // after the `results` key is the place for the results.
        let (head, rest) = frame
            .split_once("\"results\": []")
            .ok_or_else(|| io::Error::other("the SARIF frame has no results"))?;
        out.write_all(head.as_bytes())?;
        out.write_all(b"\"results\": [")?;
        if results.is_empty() {
            out.write_all(b"]")?;
        } else {
            out.write_all(b"\n")?;
            let mut fill = Fill {
                index: &index,
                baseline: tail.baseline.is_some(),
                names: &mut self.names,
                counters: HashMap::new(),
                first: true,
            };
            results.for_each_block(|path, bytes| fill.block(path, bytes, out))?;
            out.write_all(b"\n      ]")?;
        }
        out.write_all(rest.as_bytes())?;
        out.write_all(b"\n")?;
        out.flush()
    }
}

/// Appends `text` (one result, indented) to `block` with its holes: the
/// rule number in `ruleIndex`, the identity in the fingerprint, and, for an
/// unwaived result, the place of `baselineState` (the first key, before
/// `level`).
fn with_holes(
    block: &mut Vec<u8>,
    text: &str,
    number: u32,
    identity: u64,
    unwaived: bool,
) -> io::Result<()> {
    const INDEX: &str = "\"ruleIndex\": 0";
    const FINGERPRINT: &str = "\"dutycheck/v1\": \"\"";
    const LEVEL: &str = "\"level\": ";
    let missing = || io::Error::other("a SARIF result without its keys");
    let level = text.find(LEVEL).ok_or_else(missing)?;
    let fingerprint = text.find(FINGERPRINT).ok_or_else(missing)?;
    let index = text.find(INDEX).ok_or_else(missing)?;
    if !(level < fingerprint && fingerprint < index) {
        return Err(missing());
    }
    block.extend_from_slice(&text.as_bytes()[..level]);
    if unwaived {
        block.extend_from_slice(&[HOLE, HOLE_BASELINE, HOLE]);
    }
    block.extend_from_slice(&text.as_bytes()[level..fingerprint]);
    block.extend_from_slice(b"\"dutycheck/v1\": \"");
    block.extend_from_slice(&[HOLE, HOLE_FINGERPRINT]);
    block.extend_from_slice(format!("{identity:016x}").as_bytes());
    block.extend_from_slice(&[HOLE, b'"']);
    block.extend_from_slice(&text.as_bytes()[fingerprint + FINGERPRINT.len()..index]);
    block.extend_from_slice(b"\"ruleIndex\": ");
    block.extend_from_slice(&[HOLE, HOLE_INDEX]);
    block.extend_from_slice(number.to_string().as_bytes());
    block.push(HOLE);
    block.extend_from_slice(&text.as_bytes()[index + INDEX.len()..]);
    Ok(())
}

/// Fills the holes of the result blocks, copied out in path order.
struct Fill<'a> {
    /// Rule number → index in `tool.driver.rules`.
    index: &'a [usize],
    baseline: bool,
    /// File name → reports with results still to copy.
    names: &'a mut HashMap<String, u32>,
    /// File name → identity → occurrences so far.
    counters: HashMap<String, HashMap<u64, u32>>,
    first: bool,
}

impl Fill<'_> {
    fn block(&mut self, path: &str, bytes: &[u8], out: &mut dyn Write) -> io::Result<()> {
        let name = file_name(path);
        let bytes = if self.first {
            self.first = false;
            bytes.strip_prefix(SEPARATOR.as_bytes()).unwrap_or(bytes)
        } else {
            bytes
        };
        let counters = self.counters.entry(name.to_string()).or_default();
        let bad = || io::Error::other("a damaged SARIF spill file");
        let mut rest = bytes;
        while let Some(at) = rest.iter().position(|b| *b == HOLE) {
            out.write_all(&rest[..at])?;
            let tag = *rest.get(at + 1).ok_or_else(bad)?;
            let after = &rest[at + 2..];
            let end = after.iter().position(|b| *b == HOLE).ok_or_else(bad)?;
            let payload = std::str::from_utf8(&after[..end]).map_err(|_| bad())?;
            match tag {
                HOLE_INDEX => {
                    let n: usize = payload.parse().map_err(|_| bad())?;
                    let i = self.index.get(n).ok_or_else(bad)?;
                    write!(out, "{i}")?;
                }
                HOLE_FINGERPRINT => {
                    let identity = u64::from_str_radix(payload, 16).map_err(|_| bad())?;
                    let n = counters.entry(identity).or_insert(0);
                    *n += 1;
                    write!(out, "{payload}:{n}")?;
                }
                HOLE_BASELINE => {
                    if self.baseline {
                        write!(
                            out,
                            "\"baselineState\": \"new\",\n{}",
                            " ".repeat(INDENT + 2)
                        )?;
                    }
                }
                _ => return Err(bad()),
            }
            rest = &after[end + 1..];
        }
        out.write_all(rest)?;
        // A file name's counters are done after its last report.
        if let Some(left) = self.names.get_mut(name) {
            *left = left.saturating_sub(1);
            if *left == 0 {
                self.names.remove(name);
                self.counters.remove(name);
            }
        }
        Ok(())
    }
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

/// One result, with `ruleIndex` 0 and an empty fingerprint: the places of
/// the holes ([`SarifSink`]).
fn result(source: Option<&str>, f: &Finding, waiver: Option<&WaiverRef>) -> Value {
    let mut r = Map::new();
    r.insert("ruleId".into(), json!(f.rule));
    r.insert("ruleIndex".into(), json!(0));
    r.insert("level".into(), json!(sarif_level(f.severity)));
    r.insert("message".into(), json!({ "text": f.message }));

    let mut region = Map::new();
    region.insert("startLine".into(), json!(f.line.max(1)));
    region.insert("startColumn".into(), json!(f.column.max(1)));
    region.insert("endColumn".into(), json!(f.column.max(1) + f.length.max(1)));
    if let Some(line) = source_line(source, f) {
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
    r.insert("partialFingerprints".into(), json!({ "dutycheck/v1": "" }));
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

/// The source line a finding points at, without its line ending.
fn source_line<'a>(source: Option<&'a str>, f: &Finding) -> Option<&'a str> {
    source
        .and_then(|s| s.split('\n').nth(f.line.checked_sub(1)? as usize))
        .map(|l| l.trim_end_matches('\r'))
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
