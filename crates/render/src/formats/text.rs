//! Text output for people at a terminal, in the manner of a compiler:
//!
//! ```text
//! warning[detail.case-has-results]: 淄博市第1条案例没有用数字说明成效
//!   --> report.txt:13:1
//!    |
//! 13 | 1.创新实施教育督导增值评价,结合实际制定对区县政府履行教育职责…
//!    | ^^
//!    = 淄博市 · 案例 1
//! ```
//!
//! followed by a compliance table per report and a summary. Widths are
//! measured in terminal columns: a Chinese character is two columns wide, so
//! carets stay under the characters they mark.

use std::borrow::Cow;
use std::fmt::Write;
use std::io;

use dutycheck_model::{
    CheckRun, Finding, Qualifier, Report, ReportResult, SectionCounts, SectionResult,
    SectionStatus, Severity, StatementKind, Status, display_width,
};
use dutycheck_vocab::format_number;

use crate::Sources;
use crate::sink::{Piece, Sink, Tail};
use crate::spill::{PathOrdered, Spill};
use crate::terminal::{safe_width, terminal_safe as safe};

/// Options for text output.
#[derive(Debug, Clone, Default)]
pub struct TextOptions {
    /// Use ANSI colours.
    pub color: bool,
    /// Print only error findings and the summary (`--quiet`).
    pub quiet: bool,
}

/// How many terminal columns of a source line are shown around a finding.
const EXCERPT_COLUMNS: usize = 72;
/// How many columns of context are kept before the marked span.
const LEAD_COLUMNS: usize = 16;

struct Paint {
    on: bool,
}

impl Paint {
    /// `s` in colour `code`; borrowed as it is when colour is off, which is
    /// the common case (files, pipes, CI) and saves a copy per piece.
    fn wrap<'s>(&self, code: &str, s: &'s str) -> Cow<'s, str> {
        if self.on {
            Cow::Owned(format!("\x1b[{code}m{s}\x1b[0m"))
        } else {
            Cow::Borrowed(s)
        }
    }
    fn severity<'s>(&self, severity: Severity, s: &'s str) -> Cow<'s, str> {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.wrap(code, s)
    }
    fn dim<'s>(&self, s: &'s str) -> Cow<'s, str> {
        self.wrap("2", s)
    }
    fn bold<'s>(&self, s: &'s str) -> Cow<'s, str> {
        self.wrap("1", s)
    }
    fn status(&self, status: SectionStatus) -> Cow<'static, str> {
        match status {
            SectionStatus::Pass => self.wrap("32", "pass"),
            SectionStatus::Warn => self.wrap("33", "warn"),
            SectionStatus::Fail => self.wrap("31", "fail"),
            SectionStatus::Unchecked => self.wrap("2", "unchecked"),
        }
    }
}

/// Renders a check run for a terminal: [`TextSink`] fed the whole run.
pub fn check_text(run: &CheckRun, sources: &Sources, options: &TextOptions) -> String {
    crate::sink::render_run(
        crate::Format::Text,
        run,
        sources,
        &[],
        &crate::Values::new(),
        crate::RenderOptions {
            color: options.color,
            quiet: options.quiet,
            ..Default::default()
        },
    )
}

/// `--format text` as a [`Sink`]. Text prints every unreadable report's
/// error line first, then every finding (by path), then the waived findings
/// (by path), the waiver notes and the baseline, then one compliance table
/// per report, then the summary: findings, waived findings and tables go to
/// spill files as reports arrive, and only the error lines and the counts
/// stay in memory.
pub(crate) struct TextSink {
    options: TextOptions,
    errors: String,
    findings: Option<PathOrdered>,
    /// The waived findings' blocks, printed after every finding.
    waived: Option<PathOrdered>,
    tables: Option<Spill>,
    totals: Totals,
}

impl TextSink {
    pub fn new(options: crate::RenderOptions) -> TextSink {
        TextSink {
            options: TextOptions {
                color: options.color,
                quiet: options.quiet,
            },
            errors: String::new(),
            findings: None,
            waived: None,
            tables: None,
            totals: Totals::default(),
        }
    }
}

impl Sink for TextSink {
    fn begin(&mut self) -> io::Result<()> {
        self.findings = Some(PathOrdered::new()?);
        self.waived = Some(PathOrdered::new()?);
        self.tables = Some(Spill::new()?);
        Ok(())
    }

    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()> {
        let (Some(findings), Some(waived), Some(tables)) =
            (&mut self.findings, &mut self.waived, &mut self.tables)
        else {
            return Err(io::Error::other("TextSink::report before begin"));
        };
        report_error_text(&mut self.errors, piece.result, &self.options);
        let lines = piece.source.map(SourceLines::new);
        // A finding's block is a few hundred bytes: reserved at once rather
        // than grown (and copied) a doubling at a time.
        let mut block = String::with_capacity(piece.findings.len() * 384);
        for f in piece.findings {
            finding_block_text(&mut block, f, lines.as_ref(), &self.options);
        }
        findings.push(&piece.result.path, block.as_bytes())?;
        let mut block = String::new();
        for w in piece.waived {
            crate::text_extras::waived_text(&mut block, w, self.options.quiet);
        }
        waived.push(&piece.result.path, block.as_bytes())?;
        let mut table = String::new();
        table_text(&mut table, piece.result, &self.options);
        tables.write_all(table.as_bytes())?;
        self.totals.add(piece.result, &[]);
        Ok(())
    }

    fn end(&mut self, tail: &Tail<'_>, out: &mut dyn io::Write) -> io::Result<()> {
        let (Some(findings), Some(waived), Some(tables)) =
            (&mut self.findings, &mut self.waived, &mut self.tables)
        else {
            return Err(io::Error::other("TextSink::end before begin"));
        };
        out.write_all(self.errors.as_bytes())?;
        findings.copy_to(out, 0)?;
        waived.copy_to(out, 0)?;
        let mut extras = String::new();
        crate::text_extras::notes_and_baseline(&mut extras, tail, self.options.quiet);
        out.write_all(extras.as_bytes())?;
        tables.copy_to(out)?;
        let mut totals = self.totals;
        totals.summary = tail.summary;
        let mut summary = String::new();
        summary_text(&mut summary, &totals, &self.options);
        out.write_all(summary.as_bytes())?;
        out.flush()
    }
}

/// A report's decoded text, split into lines once so that each finding
/// quotes its line without scanning the text from the top: a report with
/// thousands of findings (many rules) would otherwise be scanned thousands
/// of times.
pub struct SourceLines<'a> {
    text: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> SourceLines<'a> {
    pub fn new(text: &'a str) -> SourceLines<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceLines { text, starts }
    }

    /// Line `n` (1-based) without its line break, as `text.split('\n')`
    /// numbers them.
    pub fn line(&self, n: u32) -> Option<&'a str> {
        let i = (n as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.text.len(), |next| next - 1);
        self.text.get(start..end).map(|l| l.trim_end_matches('\r'))
    }
}

/// One finding as the text output prints it: the head, the place, the
/// source line with carets under the span, and the section and case.
/// Written piece by piece into `out` (no `format!` per line): printing a
/// finding was a fifth of the text sink's instructions in `fmt` alone.
fn finding_text(out: &mut String, f: &Finding, source: Option<&SourceLines<'_>>, paint: &Paint) {
    let mut head = String::with_capacity(f.rule.len() + 10);
    head.push_str(f.severity.as_str());
    head.push('[');
    head.push_str(&safe(&f.rule));
    head.push(']');
    out.push_str(&paint.severity(f.severity, &head));
    out.push_str(": ");
    out.push_str(&paint.bold(&safe(&f.message)));
    out.push_str("\n  ");
    out.push_str(&paint.dim("-->"));
    out.push(' ');
    out.push_str(&safe(&f.path));
    push_number(out, ':', f.line);
    push_number(out, ':', f.column);
    out.push('\n');
    // Line 0 (never produced) quotes line 1, as `split('\n').nth(0)` did.
    let line_text = source.and_then(|s| s.line(f.line.max(1)));
    let gutter = f.line.to_string();
    let pad = " ".repeat(gutter.len());
    // ` {pad} {mark} `: the gutter's blank, a mark and a space.
    let open = |out: &mut String, mark: &str| {
        out.push(' ');
        out.push_str(&pad);
        out.push(' ');
        out.push_str(&paint.dim(mark));
        out.push(' ');
    };
    if let Some(line_text) = line_text {
        let (shown, marker_pad, marker_width) = excerpt(line_text, f.column, f.length);
        out.push(' ');
        out.push_str(&pad);
        out.push(' ');
        out.push_str(&paint.dim("|"));
        out.push_str("\n ");
        out.push_str(&paint.dim(&gutter));
        out.push(' ');
        out.push_str(&paint.dim("|"));
        out.push(' ');
        out.push_str(&shown);
        out.push('\n');
        let carets = "^".repeat(marker_width.max(1));
        open(out, "|");
        out.extend(std::iter::repeat_n(' ', marker_pad));
        out.push_str(&paint.severity(f.severity, &carets));
        out.push('\n');
    }
    if f.section.is_some()
        && let Some(place) = crate::context::place(f)
    {
        open(out, "=");
        out.push_str(&safe(&place));
        out.push('\n');
    }
    out.push('\n');
}

/// Pushes `sep` and `n` onto `out`, as `write!(out, "{sep}{n}")` does.
fn push_number(out: &mut String, sep: char, n: u32) {
    out.push(sep);
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits: always a string.
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
}

/// Cuts a window of a long source line around the marked span. Returns the
/// text to show, the columns before the marker, and the marker's width.
/// Control characters in the line are shown as escapes
/// ([`crate::terminal`]), and measured as printed, so that a report cannot
/// send commands to the terminal and the carets stay in place.
fn excerpt(line: &str, column: u32, length: u32) -> (String, usize, usize) {
    let width = safe_width;
    // The marked span, by characters, clamped to the line; found without
    // collecting the line (a line can be a whole paragraph).
    let start_char = (column.max(1) - 1) as usize;
    let byte_at = |n: usize| line.char_indices().nth(n).map_or(line.len(), |(b, _)| b);
    let start = byte_at(start_char);
    let end = start
        + line[start..]
            .char_indices()
            .nth(length.max(1) as usize)
            .map_or(line.len() - start, |(b, _)| b);
    // Step back over at most LEAD_COLUMNS of context.
    let mut from = start;
    let mut lead_width = 0;
    for c in line[..start].chars().rev() {
        let w = width(c);
        if lead_width + w > LEAD_COLUMNS {
            break;
        }
        lead_width += w;
        from -= c.len_utf8();
    }
    // Then forward while the window fits in EXCERPT_COLUMNS.
    let marked_width: usize = line[start..end].chars().map(width).sum();
    let mut shown_width = lead_width + marked_width;
    let mut to = end;
    for c in line[end..].chars() {
        let w = width(c);
        if shown_width + w > EXCERPT_COLUMNS {
            break;
        }
        shown_width += w;
        to += c.len_utf8();
    }
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < line.len() { "…" } else { "" };
    let mut shown = String::with_capacity(to - from + 8);
    shown.push_str(lead);
    shown.push_str(&safe(&line[from..to]));
    shown.push_str(tail);
    let pad = display_width(lead) + lead_width;
    (shown, pad, marked_width.max(1))
}

/// The compliance table of one report: a row per section.
fn table(out: &mut String, report: &ReportResult, paint: &Paint) {
    let year = report
        .year
        .map_or_else(|| "year unknown".to_string(), |y| y.to_string());
    let _ = writeln!(
        out,
        "{} — {} ({year})",
        paint.bold(&safe(&report.path)),
        safe(&report.title)
    );
    let name_width = report
        .sections
        .iter()
        .map(|s| display_width(&safe(&s.name)))
        .max()
        .unwrap_or(0)
        .max(display_width("section"));
    // The `unread` column (mentioned, but no value read) and the `claimed`
    // column (claims no figure backs, from `claim` rules) are shown when a
    // cell of this report has that status: most tables have none, and stay
    // as narrow as they were. Their rules are named after the failing ones.
    // A claim backed by a figure counts as a pass, one contradicted by a
    // figure as a failure (named with `(contradicted)`). A failing rule at
    // `info` is advice: a `notes` column counts it (when a section has
    // one), and it is named after the failing rules as a note, so that a
    // `pass` row never names a failing rule without saying why.
    let any_unread = report.has_any(&[Status::Unread]);
    let any_claimed = report.has_any(&[Status::Claimed]);
    let any_notes = report.sections.iter().any(|s| !s.notes.is_empty());
    // The status column is as wide as its longest word: `unchecked` widens
    // it only in the tables that have such a section.
    let status_width = report
        .sections
        .iter()
        .map(|s| s.status.as_str().len())
        .max()
        .unwrap_or(0)
        .max("status".len());
    let _ = writeln!(
        out,
        "  {}  {}  pass  fail  {}{}{}missing  n/a  failing rules",
        pad_to("section", name_width),
        pad_to("status", status_width),
        if any_notes { "notes  " } else { "" },
        if any_unread { "unread  " } else { "" },
        if any_claimed { "claimed  " } else { "" }
    );
    for s in &report.sections {
        let row = Row::of(s);
        let mut failing = row.failing;
        failing.extend(
            row.contradicted
                .into_iter()
                .map(|k| Cow::Owned(format!("{k} (contradicted)"))),
        );
        failing.extend(
            row.denied
                .into_iter()
                .map(|k| Cow::Owned(format!("{k} (denied)"))),
        );
        let fail = failing.len();
        let mut rules = failing.join(", ");
        let notes = row.notes.len();
        let (unread, claimed) = (row.unread.len(), row.claimed.len());
        for (those, word) in [
            (row.notes, "notes"),
            (row.unread, "unread"),
            (row.claimed, "claimed"),
        ] {
            if !those.is_empty() {
                if !rules.is_empty() {
                    rules.push(' ');
                }
                let _ = write!(rules, "({word}: {})", those.join(", "));
            }
        }
        let mut optional = String::new();
        if any_notes {
            let _ = write!(optional, "{notes:>5}  ");
        }
        if any_unread {
            let _ = write!(optional, "{unread:>6}  ");
        }
        if any_claimed {
            let _ = write!(optional, "{claimed:>7}  ");
        }
        let _ = writeln!(
            out,
            "  {}  {}{}  {:>4}  {:>4}  {optional}{:>7}  {:>3}  {}",
            pad_to(&safe(&s.name), name_width),
            paint.status(s.status),
            " ".repeat(status_width - s.status.as_str().len()),
            row.pass,
            fail,
            row.missing,
            row.not_applicable,
            rules
        );
    }
    out.push('\n');
}

/// One row of the table, from one pass over the section's cells: with a
/// thousand rules a row has a thousand cells, and a pass per column (eight
/// of them) was most of the cost of printing the table. The named rules
/// keep the order of the cells (sorted by id).
struct Row<'a> {
    pass: usize,
    missing: usize,
    not_applicable: usize,
    /// Failing, not at `info`.
    failing: Vec<Cow<'a, str>>,
    /// Contradicted claims, not at `info`.
    contradicted: Vec<Cow<'a, str>>,
    /// Requirements the section says are not met, not at `info`.
    denied: Vec<Cow<'a, str>>,
    /// Failing or contradicted at `info` ([`SectionResult::is_note`]).
    notes: Vec<Cow<'a, str>>,
    unread: Vec<Cow<'a, str>>,
    claimed: Vec<Cow<'a, str>>,
}

impl<'a> Row<'a> {
    fn of(s: &'a SectionResult) -> Row<'a> {
        let mut row = Row {
            pass: 0,
            missing: 0,
            not_applicable: 0,
            failing: Vec::new(),
            contradicted: Vec::new(),
            denied: Vec::new(),
            notes: Vec::new(),
            unread: Vec::new(),
            claimed: Vec::new(),
        };
        for (k, v) in s.results.iter() {
            match *v {
                v if v.fails() && s.is_note(k) => row.notes.push(safe(k)),
                Status::Fail => row.failing.push(safe(k)),
                Status::Contradicted => row.contradicted.push(safe(k)),
                Status::Denied => row.denied.push(safe(k)),
                Status::Unread => row.unread.push(safe(k)),
                Status::Claimed => row.claimed.push(safe(k)),
                Status::Missing => row.missing += 1,
                Status::NotApplicable => row.not_applicable += 1,
                v if v.passes() => row.pass += 1,
                _ => {}
            }
        }
        row
    }
}

fn pad_to(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(display_width(s))))
}

/// What the summary line counts. [`check_text`] computes it from a whole
/// run; a streaming renderer (`dutycheck check` over a large corpus) adds
/// up one report at a time with [`Totals::add`], so that it never holds the
/// run, and prints the same line with [`summary_text`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub reports: usize,
    /// Sections by status.
    pub sections: SectionCounts,
    /// Reports that could not be read or parsed.
    pub unreadable: usize,
    /// Findings by severity.
    pub summary: dutycheck_model::Summary,
}

impl Totals {
    /// Counts one report and its findings.
    pub fn add(&mut self, report: &ReportResult, findings: &[Finding]) {
        self.reports += 1;
        self.sections.add(&report.sections);
        self.unreadable += usize::from(report.error.is_some());
        let s = dutycheck_model::Summary::of(findings);
        self.summary.errors += s.errors;
        self.summary.warnings += s.warnings;
        self.summary.infos += s.infos;
    }
}

/// The pieces of [`check_text`], for renderers that stream a run report by
/// report. Concatenated in [`check_text`]'s order (every report's error
/// line, every finding, every table, the summary) they give the same bytes.
pub fn report_error_text(out: &mut String, report: &ReportResult, options: &TextOptions) {
    if let Some(error) = &report.error {
        let paint = Paint { on: options.color };
        let _ = writeln!(
            out,
            "{}: {}: {}\n",
            paint.severity(Severity::Error, "error"),
            safe(&report.path),
            safe(error)
        );
    }
}

/// One finding as [`check_text`] prints it, quoting its line of `source` (the
/// report's decoded text, split with [`SourceLines::new`]). Skips non-errors under `quiet`, as [`check_text`]
/// does.
pub fn finding_block_text(
    out: &mut String,
    finding: &Finding,
    source: Option<&SourceLines<'_>>,
    options: &TextOptions,
) {
    if options.quiet && finding.severity != Severity::Error {
        return;
    }
    finding_text(out, finding, source, &Paint { on: options.color });
}

/// One report's compliance table as [`check_text`] prints it (nothing under
/// `quiet`, or for a report that could not be read).
pub fn table_text(out: &mut String, report: &ReportResult, options: &TextOptions) {
    if !options.quiet && report.error.is_none() {
        table(out, report, &Paint { on: options.color });
    }
}

/// The summary line, from [`Totals`].
pub fn summary_text(out: &mut String, totals: &Totals, options: &TextOptions) {
    summary_line(out, totals, &Paint { on: options.color });
}

fn summary_line(out: &mut String, totals: &Totals, paint: &Paint) {
    let Totals {
        reports,
        sections: c,
        unreadable,
        summary: s,
    } = *totals;
    let sections = c.total();
    let mut line = format!(
        "{reports} report{} checked, {sections} section{}: {} pass, {} warn, {} fail",
        plural(reports),
        plural(sections),
        c.pass,
        c.warn,
        c.fail
    );
    // Said only when there is one, so that a run where every section was
    // judged keeps the line it always had.
    if c.unchecked > 0 {
        let _ = write!(line, ", {} unchecked", c.unchecked);
    }
    if unreadable > 0 {
        let _ = write!(
            line,
            ", {unreadable} report{} could not be read",
            plural(unreadable)
        );
    }
    let _ = write!(line, " · {}", crate::context::severity_counts(&s));
    let _ = writeln!(out, "{}", paint.bold(&line));
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `dutycheck parse --format text`: the outline of a report with its figures
/// and indicator values, for rule authors.
pub fn parse_text(report: &Report) -> String {
    let mut out = String::new();
    let year = report
        .year
        .map_or_else(|| "year unknown".to_string(), |y| y.to_string());
    let _ = writeln!(
        out,
        "{} — {} ({year})",
        safe(&report.path),
        safe(&report.title)
    );
    for s in &report.sections {
        let _ = writeln!(out, "\n{}. {}  (line {})", s.number, safe(&s.name), s.line);
        for gap in &s.numbering_gaps {
            let _ = writeln!(
                out,
                "  ! case {} found where {} was expected (line {})",
                gap.found, gap.expected, gap.line
            );
        }
        for u in &s.unread_numbering {
            let _ = writeln!(
                out,
                "  ! {}:{}:{}: {}",
                report.path,
                u.line,
                u.column,
                u.explain()
            );
        }
        for c in &s.cases {
            let preview: String = c
                .text
                .chars()
                .take(40)
                .collect::<String>()
                .replace('\n', " ");
            let preview = safe(&preview);
            let more = if c.text.chars().count() > 40 {
                "…"
            } else {
                ""
            };
            if c.is_lead_in() {
                let _ = writeln!(out, "  lead-in (line {}): {preview}{more}", c.line);
            } else {
                let _ = writeln!(
                    out,
                    "  case {} (line {}): {preview}{more}",
                    c.number, c.line
                );
            }
            for q in &c.quantities {
                let _ = writeln!(
                    out,
                    "    {} {:<17} {} {} {}  {}:{}",
                    pad_to(&safe(&q.text), 14),
                    q.kind.as_str(),
                    format_number(q.value),
                    q.unit,
                    q.qualifier.as_str(),
                    q.line,
                    q.column
                );
            }
            // A level reads `⇒ id = value unit (mention)`, as it always
            // has (a bound adds its qualifier after the unit, a range reads
            // `= low to high unit`); other statements name their kind, a plan is `⊳`, a
            // mention that nothing was read from is `?` with the reason, and
            // a claim is `※`.
            for (arrow, i) in c
                .indicators
                .iter()
                .map(|i| ("⇒", i))
                .chain(c.targets.iter().map(|t| ("⊳", t)))
            {
                let change = i.change.as_ref().map(|ch| {
                    let v = ch.value.map(|v| {
                        format!(" {}{}", format_number(v), ch.unit.as_deref().unwrap_or(""))
                    });
                    let p = ch.percent.map(|p| format!(" {}%", format_number(p)));
                    // The earlier value it is measured from, with its year
                    // and position: `from 86.1 (2021) 3:12`.
                    let base = ch.base.as_ref().map(|b| {
                        let year = b.year.map(|y| format!(" ({y})")).unwrap_or_default();
                        format!(
                            "  from {}{year} {}:{}",
                            format_number(b.value),
                            b.line,
                            b.column
                        )
                    });
                    format!(
                        "  change{}:{}{}{}",
                        if ch.derived { " (derived)" } else { "" },
                        v.unwrap_or_default(),
                        p.unwrap_or_default(),
                        base.unwrap_or_default()
                    )
                });
                // A bound says so (`= 800 元 at-most` for `尚未提高到800元`):
                // without it the figure a level missed reads as reached.
                let value = match (i.value, i.qualifier) {
                    // A range: `= 3 to 4 %` (`在3%到4%之间`).
                    (Some(v), _) if let Some(upper) = i.upper => format!(
                        " = {} to {} {}",
                        format_number(v),
                        format_number(upper),
                        i.unit
                    ),
                    (Some(v), Qualifier::Exact) => format!(" = {} {}", format_number(v), i.unit),
                    (Some(v), q) => {
                        format!(" = {} {} {}", format_number(v), i.unit, q.as_str())
                    }
                    (None, _) => String::new(),
                };
                let kind = match (i.statement, i.year) {
                    (StatementKind::Level, _) => String::new(),
                    (k, Some(year)) => format!(" [{} {year}]", k.as_str()),
                    (k, None) => format!(" [{}]", k.as_str()),
                };
                let _ = writeln!(
                    out,
                    "    {arrow} {}{value} ({}){kind}{}  {}:{}",
                    i.indicator,
                    safe(&i.mention),
                    change.unwrap_or_default(),
                    i.line,
                    i.column
                );
            }
            // `unread: unsized-change (down)`: a change said in words only
            // shows its direction.
            for u in &c.unread {
                let direction = u
                    .direction
                    .map(|d| format!(" ({})", d.as_str()))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "    ? {} ({}) unread: {}{}  {}:{}",
                    u.indicator,
                    safe(&u.mention),
                    u.reason.as_str(),
                    direction,
                    u.line,
                    u.column
                );
            }
            // A claim that a requirement is met: `※ id claimed (phrase)`,
            // `[plan]` when the sentence is a plan, `[denied]` when its
            // words deny it, `[in part]` when they claim a part (none is
            // judged); `[of id]` when it names one indicator of its
            // requirement, the only one judged.
            for cl in &c.claims {
                let of = cl
                    .indicator
                    .as_ref()
                    .map_or_else(String::new, |i| format!(" [of {i}]"));
                let _ = writeln!(
                    out,
                    "    ※ {} claimed ({}){}{}{}{}  {}:{}",
                    cl.requirement,
                    safe(&cl.phrase),
                    of,
                    if cl.plan { " [plan]" } else { "" },
                    if cl.denied { " [denied]" } else { "" },
                    if cl.partial { " [in part]" } else { "" },
                    cl.line,
                    cl.column
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthChar;

    #[test]
    fn excerpt_keeps_carets_under_cjk() {
        let (shown, pad, width) = excerpt("1.普惠性幼儿园覆盖率达93.37%。", 13, 6);
        assert_eq!(shown, "…性幼儿园覆盖率达93.37%。");
        assert_eq!((pad, width), (1 + 16, 6));
    }

    /// The window used to be computed by re-measuring the whole window at
    /// every step; the running sums must cut it at the same characters.
    #[test]
    fn excerpt_window_matches_the_plain_definition() {
        let line = "一二三四五六七八九十abcdefghij一二三四五六七八九十abcdefghij一二三四五六七八九十abcdefghij一二三四五六七八九十";
        let chars: Vec<char> = line.chars().collect();
        let width = |cs: &[char]| cs.iter().map(|c| c.width().unwrap_or(0)).sum::<usize>();
        for column in 1..=chars.len() as u32 + 2 {
            for length in [1, 3, 10, 40] {
                let start = ((column - 1) as usize).min(chars.len());
                let end = (start + length as usize).min(chars.len());
                let mut from = start;
                while from > 0 && width(&chars[from - 1..start]) <= LEAD_COLUMNS {
                    from -= 1;
                }
                let mut to = end;
                while to < chars.len() && width(&chars[from..=to]) <= EXCERPT_COLUMNS {
                    to += 1;
                }
                let (shown, _, _) = excerpt(line, column, length);
                let body: String = chars[from..to].iter().collect();
                assert_eq!(
                    shown.trim_start_matches('…').trim_end_matches('…'),
                    body,
                    "column {column}, length {length}"
                );
            }
        }
    }

    /// A control character is shown as an escape (issue 13, item 8), and
    /// measured as printed: the carets stay under the marked span.
    #[test]
    fn excerpt_shows_controls_and_keeps_carets_in_place() {
        let line = "覆盖率\x1b[2J达\x1b]0;pwned\x07７６％。";
        let column = line.chars().position(|c| c == '７').unwrap() as u32 + 1;
        let (shown, pad, width) = excerpt(line, column, 3);
        // The lead context (16 columns) counts the escapes as printed.
        assert_eq!(shown, "…\\x1b]0;pwned\\x07７６％。");
        let before = &shown[..shown.find('７').unwrap()];
        assert_eq!(pad, crate::terminal::terminal_width(before));
        assert_eq!(width, 6);
    }

    #[test]
    fn source_lines_number_lines_as_split_does() {
        for text in ["a\nb\r\nc", "a\n\nc\n", "", "一行"] {
            let lines = SourceLines::new(text);
            for n in 1..=5u32 {
                let expected = text
                    .split('\n')
                    .nth(n as usize - 1)
                    .map(|l| l.trim_end_matches('\r'));
                assert_eq!(lines.line(n), expected, "{text:?} line {n}");
            }
        }
    }
}
