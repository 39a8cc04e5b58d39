//! Markdown output (`--format markdown`), for a pull-request comment or a
//! job summary (`>> $GITHUB_STEP_SUMMARY`).
//!
//! First the totals, then for each report its compliance matrix, then the
//! findings. The matrix puts rules in rows and sections in columns: rule ids
//! are long and section names (济南市, 东河县) short, so this way round the
//! table stays narrow enough for a comment. The first row is each section's
//! status (pass, **warn** when only rules at `warning` fail, **fail** when a
//! rule at `error` does). Cells are symbols with a legend: ✅ pass, ❌ fail,
//! ℹ️ a failing rule at `info` (a note), 🔕 fail but every finding waived,
//! ⚠️ unread (the indicator is mentioned, but no value could be read), ❔
//! missing (not reported), `–` not applicable.
//!
//! Everything taken from a report or a rule is escaped: `|` would break a
//! table, `<`/`&` could smuggle HTML into a comment (GitHub sanitises it, but
//! a job summary viewer may not), and `*`, `_`, `` ` ``, `[` … would turn a
//! figure such as `2*3` into emphasis. Line breaks become spaces.

use std::fmt::Write;

use std::io;

use dutycheck_model::{Finding, ReportResult, SectionStatus, Severity, Status, WaivedFinding};

use crate::RuleInfo;
use crate::context::{Input, place, plural, severity_counts};
use crate::sink::{Piece, Sink, Tail};
use crate::spill::{PathOrdered, Spill};

/// `dutycheck check --format markdown`: [`MarkdownSink`] fed the whole run.
/// Under `--quiet` the caller passes a run with only its errors.
pub fn check_markdown(input: &Input<'_>) -> String {
    crate::sink::render_run(
        crate::Format::Markdown,
        input.run,
        input.sources,
        input.rules,
        input.values,
        crate::RenderOptions::default(),
    )
}

/// `--format markdown` as a [`Sink`]. The totals open the document, so each
/// report's matrix goes to a spill file and its findings' rows to another
/// (ordered by path); the totals are counted on the way.
pub(crate) struct MarkdownSink {
    rules: Vec<RuleInfo>,
    quiet: bool,
    matrices: Option<Spill>,
    findings: Option<PathOrdered>,
    /// The waived findings' rows, in the table after the findings.
    waived: Option<PathOrdered>,
    reports: usize,
    sections: usize,
}

impl MarkdownSink {
    pub fn new(rules: Vec<RuleInfo>, options: crate::RenderOptions) -> MarkdownSink {
        MarkdownSink {
            rules,
            quiet: options.quiet,
            matrices: None,
            findings: None,
            waived: None,
            reports: 0,
            sections: 0,
        }
    }
}

impl Sink for MarkdownSink {
    fn begin(&mut self) -> io::Result<()> {
        self.matrices = Some(Spill::new()?);
        self.findings = Some(PathOrdered::new()?);
        self.waived = Some(PathOrdered::new()?);
        Ok(())
    }

    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()> {
        let (Some(matrices), Some(rows), Some(waived)) =
            (&mut self.matrices, &mut self.findings, &mut self.waived)
        else {
            return Err(io::Error::other("MarkdownSink::report before begin"));
        };
        self.reports += 1;
        self.sections += piece.result.sections.len();
        // `--quiet` shows only errors, and judges waived cells on them.
        let shown: Vec<&Finding> = piece
            .findings
            .iter()
            .filter(|f| !self.quiet || f.severity == Severity::Error)
            .collect();
        let mut text = String::new();
        report(&mut text, &self.rules, piece.result, &shown, piece.waived);
        matrices.write_all(text.as_bytes())?;
        let mut block = String::new();
        for f in shown {
            let _ = writeln!(
                block,
                "| {} | `{}` | {} | {} |",
                f.severity.as_str(),
                code(&f.rule),
                location(f),
                escape_inline(&f.message)
            );
        }
        rows.push(&piece.result.path, block.as_bytes())?;
        let mut block = String::new();
        for w in piece.waived {
            waived_row(&mut block, w);
        }
        waived.push(&piece.result.path, block.as_bytes())
    }

    fn end(&mut self, run: &Tail<'_>, out: &mut dyn io::Write) -> io::Result<()> {
        let (Some(matrices), Some(rows), Some(waived)) =
            (&mut self.matrices, &mut self.findings, &mut self.waived)
        else {
            return Err(io::Error::other("MarkdownSink::end before begin"));
        };
        let mut head = String::from("# dutycheck results\n\n");
        let (reports, sections) = (self.reports, self.sections);
        let _ = write!(
            head,
            "**{} report{}, {sections} section{}: {}",
            reports,
            plural(reports),
            plural(sections),
            severity_counts(&run.summary)
        );
        if run.waived > 0 {
            let _ = write!(head, ", {} waived", run.waived);
        }
        head.push_str("**\n\n");
        if let Some(b) = run.baseline {
            let _ = writeln!(
                head,
                "Compared with the baseline `{}`: **{} new**, {} unchanged (not shown), {} fixed.\n",
                code(&b.path),
                b.new,
                b.unchanged,
                b.fixed.len()
            );
        }
        out.write_all(head.as_bytes())?;
        matrices.copy_to(out)?;
        if !rows.is_empty() {
            out.write_all(
                "## Findings\n\n| | rule | where | message |\n|---|---|---|---|\n".as_bytes(),
            )?;
            rows.copy_to(out, 0)?;
            out.write_all(b"\n")?;
        }
        if !waived.is_empty() {
            out.write_all("## Waived findings\n\nNot counted; shown so that the waivers stay under review.\n\n| rule | where | message | reason | approver | until |\n|---|---|---|---|---|---|\n".as_bytes())?;
            waived.copy_to(out, 0)?;
            out.write_all(b"\n")?;
        }
        let mut rest = String::new();
        tail_text(&mut rest, run);
        out.write_all(rest.as_bytes())?;
        out.flush()
    }
}

/// A waived finding's row in the table of waived findings.
fn waived_row(out: &mut String, w: &WaivedFinding) {
    let f = &w.finding;
    let _ = writeln!(
        out,
        "| `{}` | {} | {} | {} | {} | {} |",
        code(&f.rule),
        location(f),
        escape_inline(&f.message),
        escape_inline(&w.waiver.reason),
        escape_inline(&w.waiver.approver),
        escape_inline(&w.waiver.expires)
    );
}

/// Waivers to review and what the baseline had that is fixed, after the
/// waived findings.
fn tail_text(out: &mut String, run: &Tail<'_>) {
    if !run.waiver_notes.is_empty() {
        out.push_str("## Waivers to review\n\n");
        for n in run.waiver_notes {
            let _ = writeln!(
                out,
                "- **{}** `{}`: {}",
                n.kind.as_str(),
                code(&n.origin),
                escape_inline(&n.message)
            );
        }
        out.push('\n');
    }
    if let Some(b) = run.baseline.filter(|b| !b.fixed.is_empty()) {
        out.push_str("## Fixed since the baseline\n\n");
        for f in &b.fixed {
            let place = match &f.section {
                Some(_) => crate::context::place_of(f.section.as_deref(), f.case)
                    .map_or_else(String::new, |p| format!(" ({})", escape_inline(&p))),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "- `{}`{place}: {}",
                code(&f.rule),
                escape_inline(&f.message)
            );
        }
        out.push('\n');
    }
}

fn report(
    out: &mut String,
    infos: &[RuleInfo],
    r: &ReportResult,
    findings: &[&Finding],
    waived: &[&WaivedFinding],
) {
    let year = r
        .year
        .map_or_else(|| "year unknown".into(), |y| y.to_string());
    let title = if r.title.is_empty() {
        "(untitled)"
    } else {
        &r.title
    };
    let _ = writeln!(
        out,
        "## {} ({year})\n\n`{}`\n",
        escape_inline(title),
        code(&r.path)
    );
    if let Some(e) = &r.error {
        let _ = writeln!(out, "**Could not be checked:** {}\n", escape_inline(e));
        return;
    }
    if r.sections.is_empty() {
        return;
    }
    let mut rules: Vec<&String> = r.sections.iter().flat_map(|s| s.results.keys()).collect();
    rules.sort();
    rules.dedup();
    out.push_str("| rule |");
    for s in &r.sections {
        let _ = write!(out, " {} |", escape_inline(&s.name));
    }
    out.push_str("\n|---|");
    for _ in &r.sections {
        out.push_str(":-:|");
    }
    out.push('\n');
    // The section's own status first: fail (a rule at error fails), warn
    // (only rules at warning do), unchecked (no rule judged it) or pass.
    out.push_str("| **section** |");
    for s in &r.sections {
        let cell = match s.status {
            SectionStatus::Pass => "pass",
            SectionStatus::Warn => "**warn**",
            SectionStatus::Fail => "**fail**",
            SectionStatus::Unchecked => "unchecked",
        };
        let _ = write!(out, " {cell} |");
    }
    out.push('\n');
    for rule in rules {
        let title = infos
            .iter()
            .find(|i| i.id == *rule)
            .map(|i| i.title.as_str())
            .filter(|t| !t.is_empty());
        match title {
            Some(t) => {
                let _ = write!(out, "| `{}` {} |", code(rule), escape_inline(t));
            }
            None => {
                let _ = write!(out, "| `{}` |", code(rule));
            }
        }
        for s in &r.sections {
            let cell = match s.results.get(rule) {
                Some(Status::Pass) => "✅",
                Some(f) if f.fails() && all_waived(findings, waived, &s.name, rule) => "🔕",
                Some(f) if f.fails() && s.is_note(rule) => "ℹ️",
                Some(Status::Fail) => "❌",
                Some(Status::Unread) => "⚠️",
                Some(Status::Missing) => "❔",
                Some(Status::NotApplicable) | None => "–",
                Some(Status::Evidenced) => "☑️",
                Some(Status::Claimed) => "💬",
                Some(Status::Contradicted) => "⛔",
                Some(Status::Denied) => "🚫",
            };
            let _ = write!(out, " {cell} |");
        }
        out.push('\n');
    }
    out.push_str("\n✅ pass · ❌ fail · ℹ️ note (a rule at info failed: advice, the section does not fail) · 🔕 fail, waived · ⚠️ mentioned, not read · ❔ not reported · – not applicable");
    // Claim rows have their own words, explained when the report has one.
    if r.has_any(&Status::CLAIMS) {
        out.push_str(" · ☑️ claim backed by a figure · 💬 claimed, no figure backs it · ⛔ claim contradicted by a figure · 🚫 the report says it is not met");
    }
    out.push_str("\n\n");
}

/// Whether a failing cell failed only through waived findings: none of the
/// report's (shown) findings is in the cell, and a waived one is. Looks at
/// one report's findings only, so a run costs time linear in its findings.
fn all_waived(findings: &[&Finding], waived: &[&WaivedFinding], section: &str, rule: &str) -> bool {
    let hit = |f: &Finding| f.rule == rule && f.section.as_deref() == Some(section);
    !findings.iter().any(|f| hit(f)) && waived.iter().any(|w| hit(&w.finding))
}

fn location(f: &Finding) -> String {
    let at = format!("`{}:{}:{}`", code(&f.path), f.line, f.column);
    match place(f) {
        Some(p) => format!("{} {at}", escape_inline(&p)),
        None => at,
    }
}

/// Text for inside a code span: backticks cannot be escaped there, so they
/// become a look-alike; `|` must still be escaped inside a table.
fn code(s: &str) -> String {
    s.replace('`', "ˋ")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Escapes Markdown's and HTML's active characters in plain text, for a
/// paragraph or a table cell.
pub(crate) fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '!' | '|'
            | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_table_breakers_are_escaped() {
        assert_eq!(
            escape_inline("<script>a|b</script> *x* [l](u)\nnext"),
            "&lt;script&gt;a\\|b&lt;/script&gt; \\*x\\* \\[l\\]\\(u\\) next"
        );
        assert_eq!(code("a`b|c"), "aˋb\\|c");
    }
}
