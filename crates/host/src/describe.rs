//! Text for `dutycheck plugins list` and `dutycheck plugins info PATH`.
//!
//! Kept next to the host rather than in the CLI so that the wording of a
//! plugin's description has one home, and so that it is tested with real
//! manifests.

use std::fmt::Write as _;

use super::{Isolation, LoadedPlugin};

/// One line per plugin and one per check: what `plugins list` prints.
///
/// ```text
/// growth-consistency 0.1.0 (ABI 1.0, worker)  target/release/libgrowth_consistency.so
///   growth-consistency/growth  error  Flags a total, …
/// ```
pub fn list<'a>(plugins: impl IntoIterator<Item = &'a LoadedPlugin>) -> String {
    let mut out = String::new();
    for p in plugins {
        let _ = writeln!(out, "{}  {}", header(p), p.path().display());
        for c in &p.manifest().checks {
            let _ = writeln!(
                out,
                "  {}/{}  {}  {}",
                p.name(),
                c.id,
                c.severity.as_str(),
                c.description
            );
        }
    }
    if out.is_empty() {
        out.push_str("no plugins loaded (pass --plugin PATH, or list them under `plugins:` in dutycheck.yaml)\n");
    }
    out
}

fn header(p: &LoadedPlugin) -> String {
    let (major, minor) = p.abi();
    let mode = match p.isolation() {
        Isolation::Worker => "worker",
        Isolation::InProcess => "in-process",
    };
    format!(
        "{} {} (ABI {major}.{minor}, {mode})",
        p.name(),
        p.manifest().version
    )
}

/// Everything about one plugin: what `plugins info PATH` prints. Includes
/// each check's options schema, pretty-printed, because that is what a rule
/// author writes `options:` against.
pub fn info(p: &LoadedPlugin) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", header(p));
    let _ = writeln!(out, "path: {}", p.path().display());
    if !p.manifest().description.is_empty() {
        let _ = writeln!(out, "{}", p.manifest().description);
    }
    for c in &p.manifest().checks {
        let _ = writeln!(
            out,
            "\ncheck {}/{} (default severity: {})",
            p.name(),
            c.id,
            c.severity.as_str()
        );
        if !c.description.is_empty() {
            let _ = writeln!(out, "  {}", c.description);
        }
        let schema = serde_json::to_string_pretty(&c.options_schema).unwrap_or_default();
        let _ = writeln!(out, "  options schema:");
        for line in schema.lines() {
            let _ = writeln!(out, "    {line}");
        }
        let _ = writeln!(out, "  in a rule:  plugin: {}/{}", p.name(), c.id);
    }
    out
}
