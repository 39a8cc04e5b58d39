//! What the CI and reviewer formats (SARIF, JUnit, GitHub, Markdown, HTML)
//! need besides the [`CheckRun`]: rule metadata, the report text and the
//! measured values.
//!
//! The run itself only names rules by id, and the JSON contract must not grow
//! a copy of every rule's title and references in every result. SARIF needs
//! them (`tool.driver.rules`), and so do people reading Markdown or HTML. The
//! renderers stay independent of the rule language (`dutycheck-rules`):
//! the caller describes each rule in a small [`RuleInfo`], which keeps this
//! crate a pure function of plain data, as easy to test as the text renderer.

use dutycheck_model::{CheckRun, Finding, Severity};

use crate::Sources;

/// What a renderer shows of a rule.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleInfo {
    pub id: String,
    /// One line, in the report's language: `普惠性幼儿园覆盖率达到80%`.
    pub title: String,
    /// Why the rule exists and how it judges, when the author wrote it.
    pub description: Option<String>,
    /// Where the target comes from: policy documents, with their year.
    pub references: Vec<String>,
    /// The rule's default severity; `None` when it is switched off.
    pub severity: Option<Severity>,
    /// The rule kind: `threshold`, `detail`, `structure` …
    pub kind: String,
    pub tags: Vec<String>,
    /// For threshold rules: the indicator and the target, for charts.
    pub threshold: Option<ThresholdInfo>,
    /// Where the rule is documented ([`crate::help::help_uri`]).
    pub help_uri: Option<String>,
}

/// The target of a threshold rule, as drawn on the HTML charts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThresholdInfo {
    /// The indicator id: `preschool-inclusive-coverage`.
    pub indicator: String,
    /// The indicator's name in the report's language: `普惠性幼儿园覆盖率`.
    pub name: String,
    /// `value`, `change.percent` or `change.value`.
    pub measure: String,
    /// The unit the measure is written in: `%`, `个百分点`, `元`.
    pub unit: String,
    /// Lower bound (`min`, or `above` for a strict one).
    pub min: Option<f64>,
    /// Upper bound (`max`, or `below` for a strict one).
    pub max: Option<f64>,
}

pub use dutycheck_model::{Measured, Values};

/// Everything the CI and reviewer formats render.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub run: &'a CheckRun,
    /// The decoded text of each report, for quoting the source.
    pub sources: &'a Sources,
    /// The rules in force, in any order (renderers sort by id).
    pub rules: &'a [RuleInfo],
    /// Measured values for the HTML charts; may be empty.
    pub values: &'a Values,
}

impl<'a> Input<'a> {
    /// The metadata of rule `id`, when the caller described it. Findings of
    /// plugin checks (`plugin/check`) may have none.
    pub fn rule(&self, id: &str) -> Option<&'a RuleInfo> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Every rule id to describe: the rules given, and any other id a
    /// finding or a compliance matrix names, sorted and without duplicates.
    pub fn rule_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.rules.iter().map(|r| r.id.clone()).collect();
        ids.extend(self.run.findings.iter().map(|f| f.rule.clone()));
        ids.extend(self.run.waived.iter().map(|w| w.finding.rule.clone()));
        for r in &self.run.reports {
            for s in &r.sections {
                ids.extend(s.results.keys().cloned());
            }
        }
        ids.sort();
        ids.dedup();
        ids
    }

    /// The source line a finding points at, without its line ending.
    pub fn source_line(&self, f: &Finding) -> Option<&'a str> {
        self.sources
            .get(&f.path)
            .and_then(|s| s.split('\n').nth(f.line.checked_sub(1)? as usize))
            .map(|l| l.trim_end_matches('\r'))
    }
}

/// Where in the report a finding is, for people: `东河县 · 案例 1`, or
/// `东河县 · 导语` for the text before a section's first numbered case (its
/// lead-in, case 0), which is no case of the report's.
pub fn place(f: &Finding) -> Option<String> {
    place_of(f.section.as_deref(), f.case)
}

/// [`place`] from a section's name and a case's number.
pub fn place_of(section: Option<&str>, case: Option<u32>) -> Option<String> {
    let mut out = String::with_capacity(section.map_or(0, str::len) + 16);
    if let Some(s) = section {
        out.push_str(s);
        if case.is_some() {
            out.push_str(" · ");
        }
    }
    match case {
        Some(0) => out.push_str("导语"),
        Some(c) => {
            use std::fmt::Write as _;
            let _ = write!(out, "案例 {c}");
        }
        None if section.is_none() => return None,
        None => {}
    }
    Some(out)
}

/// Escapes text for XML and HTML, in element content and in quoted
/// attributes alike. Characters XML 1.0 forbids (C0 controls other than tab
/// and line breaks) are dropped: a report with a stray control byte must
/// still produce a file that parsers accept.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// `2 errors, 1 warning, 0 infos`: the counts every summary line shows.
pub(crate) fn severity_counts(s: &dutycheck_model::Summary) -> String {
    format!(
        "{} error{}, {} warning{}, {} info{}",
        s.errors,
        plural(s.errors),
        s.warnings,
        plural(s.warnings),
        s.infos,
        plural(s.infos)
    )
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escaping_covers_markup_quotes_and_controls() {
        assert_eq!(
            escape_xml("<script>alert('x&y')</script>\u{1}\"ok\""),
            "&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;&quot;ok&quot;"
        );
    }
}
