//! The HTML report (`--format html`): one self-contained file for reviewers.
//!
//! Self-contained means it opens from an e-mail attachment or a CI artifact
//! on a machine without network: the styles are inline, the charts are
//! inline SVG, there is no script at all (collapsing uses `<details>`) and no
//! web font. Chinese text is set in the reader's system CJK fonts, named in a
//! font stack that covers Windows (Microsoft YaHei), macOS (PingFang SC),
//! Linux (Noto Sans CJK SC, Source Han Sans SC, WenQuanYi) and Android.
//!
//! The page holds, for each report:
//!
//! 1. the **compliance matrix**: rules in rows (id and title), sections in
//!    columns (each head coloured by the section's status: pass, warn when
//!    only rules at `warning` fail, fail when a rule at `error` does), each
//!    cell coloured and labelled pass / fail / note (a failing rule at
//!    `info`) / waived / unread / missing / n/a, so that it still reads when printed in grey
//!    (an unread cell, mentioned but not read, also has a dashed outline and
//!    says so in words in its `title`);
//! 2. for each **threshold rule** in force with at least one measured value,
//!    an SVG bar chart: one horizontal bar per section (names on the left,
//!    where Chinese labels have room), red when the section fails the rule
//!    (blue for a note, indigo when waived), green when it passes, labelled
//!    with the value and its qualifier (`近90%`), a grey "未报告" when it did not report the
//!    indicator ("未读出" when it mentioned it but no value was read); the target is a dashed line across the bars, labelled;
//! 3. the **findings**, each with its message, place, location and the
//!    source line with the span highlighted (`<mark>`); waived findings
//!    follow, greyed, with the waiver.
//!
//! After the reports, for a run with reports of several years (its
//! [`History`], in [`Tail::history`]): **regions across years**, a line
//! chart per region and indicator with a level in at least two years, a
//! point per year labelled with the value in the unit the report wrote it
//! in, and the targets of the threshold rules in force as dashed lines.
//!
//! Every piece of text from a report, a rule or a waiver goes through
//! [`escape_xml`]: a report that contains `<script>` shows it as text.
//! The output is deterministic: no timestamps, no random ids.

use std::fmt::Write;
use std::io;

use std::collections::BTreeSet;

use dutycheck_model::{
    CheckRun, Finding, History, HistoryValue, ReportResult, SectionCounts, SectionStatus, Severity,
    Status, WaiverRef,
};

use crate::context::{Input, Measured, RuleInfo, ThresholdInfo, escape_xml as x, place, plural};
use crate::sink::{Piece, Sink, Tail};
use crate::spill::Spill;
use dutycheck_vocab::{format_like, format_number};

/// How many characters of context are shown on each side of a span.
const CONTEXT_CHARS: usize = 48;

const STYLE: &str = r#"
:root { color-scheme: light; --fail: #c62828; --fail-bg: #fdecea; --pass: #2e7d32; --pass-bg: #e8f5e9;
  --missing: #8a6d00; --missing-bg: #fff7d6; --unread: #a64b00; --unread-bg: #ffe6cc; --na: #757575; --na-bg: #f3f3f3; --waived: #5c6bc0; --waived-bg: #e8eaf6;
  --warn: #8a5a00; --warn-bg: #fff1cc; --note: #1565c0; --note-bg: #e3f2fd;
  --ink: #1f2328; --muted: #59636e; --line: #d8dee4; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; color: var(--ink); background: #fff; line-height: 1.6;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif; font-size: 15px; }
code, .loc { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; font-size: 13px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 40px 0 4px; padding-top: 12px; border-top: 2px solid var(--line); }
h3 { font-size: 16px; margin: 28px 0 8px; }
.sub { color: var(--muted); margin: 0 0 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 8px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; min-width: 110px; }
.card b { display: block; font-size: 22px; }
.card.error b { color: var(--fail); } .card.warning b { color: var(--missing); } .card.ok b { color: var(--pass); }
.card.waived b { color: var(--waived); }
.scroll { overflow-x: auto; }
table.matrix { border-collapse: collapse; font-size: 13px; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: 4px 6px; }
.matrix thead th { background: #f6f8fa; white-space: nowrap; }
.matrix thead th:not(.rule) { white-space: normal; min-width: 4.5em; max-width: 9em; }
.matrix th.rule { text-align: left; font-weight: normal; max-width: 360px; position: sticky; left: 0; background: #fff; z-index: 1; }
.matrix th.rule code { font-weight: 600; }
.matrix th.rule span { display: block; color: var(--muted); }
.matrix td { text-align: center; white-space: nowrap; min-width: 52px; }
.s-pass { background: var(--pass-bg); color: var(--pass); }
.s-fail { background: var(--fail-bg); color: var(--fail); font-weight: 600; }
.s-warn { background: var(--warn-bg); color: var(--warn); font-weight: 600; }
.s-note { background: var(--note-bg); color: var(--note); }
.s-waived { background: var(--waived-bg); color: var(--waived); }
.s-missing { background: var(--missing-bg); color: var(--missing); }
.s-evidenced { background: var(--pass-bg); color: var(--pass); }
.s-claimed { background: var(--missing-bg); color: var(--missing); font-style: italic; }
.s-contradicted { background: var(--fail-bg); color: var(--fail); font-weight: 600; }
.s-unread { background: var(--unread-bg); color: var(--unread); font-weight: 600; outline: 1px dashed var(--unread); outline-offset: -3px; }
.s-na { background: var(--na-bg); color: var(--na); }
.s-unchecked { background: var(--na-bg); color: var(--na); font-style: italic; }
.legend { font-size: 13px; color: var(--muted); margin: 6px 0 0; }
.legend span { display: inline-block; padding: 0 6px; margin-right: 8px; border-radius: 3px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(600px, 100%), 1fr)); gap: 16px; }
figure { margin: 0; min-width: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
figcaption { font-weight: 600; }
figcaption span { display: block; font-weight: normal; color: var(--muted); font-size: 13px; }
.plot { overflow-x: auto; }
svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
svg text.v { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; font-weight: 600; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--na); border-radius: 6px; padding: 8px 14px; margin: 10px 0; }
.finding.error { border-left-color: var(--fail); } .finding.warning { border-left-color: #d4a000; }
.finding.info { border-left-color: #1e88e5; } .finding.waived { border-left-color: var(--waived); background: #fafbff; }
.finding .head { font-weight: 600; }
.badge { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 3px; margin-right: 6px; color: #fff; font-weight: 600; }
.badge.error { background: var(--fail); } .badge.warning { background: #b58900; } .badge.info { background: #1e88e5; }
.badge.waived { background: var(--waived); }
.meta { color: var(--muted); font-size: 13px; }
pre.src { margin: 6px 0 0; padding: 6px 10px; background: #f6f8fa; border-radius: 4px; white-space: pre-wrap;
  word-break: break-all; font-family: inherit; font-size: 14px; }
pre.src .ln { color: var(--muted); user-select: none; margin-right: 10px; font-family: ui-monospace, monospace; font-size: 12px; }
mark { background: #ffe08a; border-bottom: 2px solid var(--fail); padding: 0 1px; }
.waiver { font-size: 13px; color: var(--waived); margin-top: 4px; }
.notes li { margin: 4px 0; }
.error-box { border: 1px solid var(--fail); background: var(--fail-bg); padding: 8px 12px; border-radius: 6px; }
footer { margin-top: 48px; color: var(--muted); font-size: 12px; }
@media (max-width: 600px) { body { padding: 12px 12px 32px; } figure { padding: 8px; } h2 { margin-top: 28px; }
  .matrix th.rule { min-width: 150px; max-width: 170px; overflow-wrap: anywhere; } .card { min-width: 96px; padding: 6px 12px; } }
@media print { body { padding: 0; } .finding, figure { break-inside: avoid; } }
"#;

/// `dutycheck check --format html`: [`HtmlSink`] fed the whole run.
pub fn check_html(input: &Input<'_>) -> String {
    crate::sink::render_run(
        crate::Format::Html,
        input.run,
        input.sources,
        input.rules,
        input.values,
        crate::RenderOptions::default(),
    )
}

/// `--format html` as a [`Sink`]. The page opens with the run's totals, so
/// each report's part (heading, matrix, charts, findings) is written to a
/// spill file as the report arrives, in input order, and copied out after
/// the totals. The charts take the values the run measured
/// ([`Piece::values`]); no report is read twice. In memory: the totals
/// (reports, sections by status) and the first report's title (a page with
/// one report is named after it), never a finding or a report's text.
pub(crate) struct HtmlSink {
    rules: Vec<RuleInfo>,
    reports: Option<Spill>,
    totals: PageTotals,
    /// The threshold rules on an indicator's level: the targets a history
    /// chart may draw.
    level_rules: Vec<String>,
    /// Those of them that judged a section of some report of the run (not
    /// all `not-applicable`): the targets the history charts draw.
    in_force: BTreeSet<String>,
}

/// What the page's head shows of the whole run.
#[derive(Debug, Default)]
struct PageTotals {
    reports: usize,
    /// The title of the first report.
    first_title: String,
    /// Sections by status.
    sections: SectionCounts,
}

impl HtmlSink {
    pub fn new(rules: Vec<RuleInfo>) -> HtmlSink {
        let level_rules = rules
            .iter()
            .filter(|r| r.threshold.as_ref().is_some_and(|t| t.measure == "value"))
            .map(|r| r.id.clone())
            .collect();
        HtmlSink {
            rules,
            reports: None,
            totals: PageTotals::default(),
            level_rules,
            in_force: BTreeSet::new(),
        }
    }
}

impl Sink for HtmlSink {
    fn begin(&mut self) -> io::Result<()> {
        self.reports = Some(Spill::new()?);
        Ok(())
    }

    fn report(&mut self, piece: &Piece<'_>) -> io::Result<()> {
        let Some(reports) = &mut self.reports else {
            return Err(io::Error::other("HtmlSink::report before begin"));
        };
        let r = piece.result;
        let t = &mut self.totals;
        if t.reports == 0 {
            t.first_title = r.title.clone();
        }
        t.reports += 1;
        t.sections.add(&r.sections);
        for rule in &self.level_rules {
            if !self.in_force.contains(rule)
                && r.sections.iter().any(|s| {
                    matches!(
                        s.results.get(rule.as_str()),
                        Some(Status::Pass | Status::Fail | Status::Unread | Status::Missing)
                    )
                })
            {
                self.in_force.insert(rule.clone());
            }
        }
        // The report's part is drawn from a run of this one report: its
        // findings, waived findings, text and values.
        let mut run = CheckRun::new(vec![r.clone()], piece.findings.to_vec());
        run.waived = piece.waived.iter().map(|w| (*w).clone()).collect();
        let mut sources = crate::Sources::new();
        if let Some(text) = piece.source {
            sources.insert(r.path.clone(), text.to_string());
        }
        let mut values = crate::Values::new();
        if let Some(v) = piece.values.filter(|v| !v.is_empty()) {
            values.insert(r.path.clone(), v.clone());
        }
        let input = Input {
            run: &run,
            sources: &sources,
            rules: &self.rules,
            values: &values,
        };
        let mut text = String::new();
        report(&mut text, &input, r);
        reports.write_all(text.as_bytes())
    }

    fn end(&mut self, tail: &Tail<'_>, out: &mut dyn io::Write) -> io::Result<()> {
        let Some(reports) = &mut self.reports else {
            return Err(io::Error::other("HtmlSink::end before begin"));
        };
        let t = &self.totals;
        let mut head = String::new();
        let title = if t.reports == 1 && !t.first_title.is_empty() {
            format!("{} · dutycheck", t.first_title)
        } else {
            "dutycheck report".to_string()
        };
        let _ = write!(
            head,
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            x(&title)
        );
        let _ = writeln!(head, "<h1>dutycheck 检查结果 · results</h1>");
        summary_cards(&mut head, t, tail);
        if let Some(b) = tail.baseline {
            let _ = writeln!(
                head,
                "<p class=\"sub\">Compared with the baseline <code>{}</code>: <b>{} new</b> (shown), {} unchanged (not shown), {} fixed.</p>",
                x(&b.path),
                b.new,
                b.unchanged,
                b.fixed.len()
            );
        }
        out.write_all(head.as_bytes())?;
        reports.copy_to(out)?;
        if let Some(history) = tail.history {
            let mut charts = String::new();
            histories(&mut charts, history, &self.rules, &self.in_force);
            out.write_all(charts.as_bytes())?;
        }
        let mut foot = String::new();
        page_end(&mut foot, tail);
        out.write_all(foot.as_bytes())?;
        out.flush()
    }
}

/// Waivers to review, what the baseline had that is fixed, and the footer.
fn page_end(out: &mut String, run: &Tail<'_>) {
    if !run.waiver_notes.is_empty() {
        let _ = writeln!(out, "<h2>Waivers to review</h2>\n<ul class=\"notes\">");
        for n in run.waiver_notes {
            let _ = writeln!(
                out,
                "<li><span class=\"badge {}\">{}</span><code>{}</code> {}</li>",
                if n.kind == dutycheck_model::WaiverNoteKind::Expired {
                    "warning"
                } else {
                    "info"
                },
                n.kind.as_str(),
                x(&n.origin),
                x(&n.message)
            );
        }
        let _ = writeln!(out, "</ul>");
    }
    if let Some(b) = run.baseline.filter(|b| !b.fixed.is_empty()) {
        let _ = writeln!(
            out,
            "<h2>Fixed since the baseline</h2>\n<ul class=\"notes\">"
        );
        for f in &b.fixed {
            let place = match &f.section {
                Some(_) => crate::context::place_of(f.section.as_deref(), f.case)
                    .map_or_else(String::new, |p| x(&p)),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "<li><code>{}</code> {place}: {}</li>",
                x(&f.rule),
                x(&f.message)
            );
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(
        out,
        "<footer>dutycheck {} · rules and targets: see each rule's references · this file is self-contained and loads nothing from the network</footer>\n</body>\n</html>",
        env!("CARGO_PKG_VERSION")
    );
}

fn summary_cards(out: &mut String, t: &PageTotals, tail: &Tail<'_>) {
    let c = t.sections;
    let s = tail.summary;
    let _ = writeln!(out, "<div class=\"cards\">");
    let card = |out: &mut String, class: &str, n: usize, label: &str| {
        let _ = writeln!(
            out,
            "<div class=\"card {class}\"><b>{n}</b>{}</div>",
            x(label)
        );
    };
    card(out, "", t.reports, &format!("report{}", plural(t.reports)));
    card(out, "ok", c.pass, "sections pass · 达标");
    card(out, "warning", c.warn, "sections warn · 预警");
    card(out, "error", c.fail, "sections fail · 未达标");
    if c.unchecked > 0 {
        card(out, "", c.unchecked, "sections unchecked · 未能评判");
    }
    card(
        out,
        "error",
        s.errors,
        &format!("error{}", plural(s.errors)),
    );
    card(
        out,
        "warning",
        s.warnings,
        &format!("warning{}", plural(s.warnings)),
    );
    card(out, "", s.infos, &format!("info{}", plural(s.infos)));
    if tail.waived > 0 {
        card(out, "waived", tail.waived, "waived · 已豁免");
    }
    let _ = writeln!(out, "</div>");
}

fn report(out: &mut String, input: &Input<'_>, r: &ReportResult) {
    let title = if r.title.is_empty() {
        "(untitled report)"
    } else {
        &r.title
    };
    let year = r
        .year
        .map_or_else(|| "year unknown".into(), |y| format!("{y}年"));
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p class=\"sub\"><code>{}</code> · {}</p>",
        x(title),
        x(&r.path),
        x(&year)
    );
    if let Some(e) = &r.error {
        let _ = writeln!(
            out,
            "<p class=\"error-box\">This report could not be checked: {}</p>",
            x(e)
        );
        return;
    }
    matrix(out, input, r);
    charts(out, input, r);
    let findings: Vec<&Finding> = input
        .run
        .findings
        .iter()
        .filter(|f| f.path == r.path)
        .collect();
    let _ = writeln!(out, "<h3>Findings · 问题 ({})</h3>", findings.len());
    if findings.is_empty() {
        let _ = writeln!(out, "<p class=\"sub\">No findings.</p>");
    }
    for f in findings {
        finding(out, input, f, None);
    }
    let waived: Vec<_> = input
        .run
        .waived
        .iter()
        .filter(|w| w.finding.path == r.path)
        .collect();
    if !waived.is_empty() {
        let _ = writeln!(
            out,
            "<details open>\n<summary><b>Waived findings · 已豁免 ({})</b> — not counted</summary>",
            waived.len()
        );
        for w in waived {
            finding(out, input, &w.finding, Some(&w.waiver));
        }
        let _ = writeln!(out, "</details>");
    }
}

fn matrix(out: &mut String, input: &Input<'_>, r: &ReportResult) {
    if r.sections.is_empty() {
        return;
    }
    let mut rules: Vec<&String> = r.sections.iter().flat_map(|s| s.results.keys()).collect();
    rules.sort();
    rules.dedup();
    let _ = writeln!(
        out,
        "<h3>Compliance matrix · 达标情况</h3>\n<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th class=\"rule\">rule · 规则</th>"
    );
    for s in &r.sections {
        let class = match s.status {
            SectionStatus::Pass => "s-pass",
            SectionStatus::Warn => "s-warn",
            SectionStatus::Fail => "s-fail",
            SectionStatus::Unchecked => "s-unchecked",
        };
        let _ = write!(
            out,
            "<th class=\"{class}\" title=\"{} · {}\">{}</th>",
            x(&s.name),
            s.status.as_str(),
            x(&s.name)
        );
    }
    let _ = writeln!(out, "</tr></thead>\n<tbody>");
    // Rules that apply to no section (another year, switched off) would
    // fill the matrix with grey rows: they are named under it instead.
    let (rules, idle): (Vec<&String>, Vec<&String>) = rules.into_iter().partition(|rule| {
        r.sections.iter().any(|s| {
            !matches!(
                s.results.get(rule.as_str()),
                Some(Status::NotApplicable) | None
            )
        })
    });
    for rule in rules {
        let info = input.rule(rule);
        let _ = write!(out, "<tr><th class=\"rule\"><code>{}</code>", x(rule));
        if let Some(t) = info.map(|i| i.title.as_str()).filter(|t| !t.is_empty()) {
            let _ = write!(out, "<span>{}</span>", x(t));
        }
        out.push_str("</th>");
        for s in &r.sections {
            let (class, label) = match s.results.get(rule.as_str()) {
                Some(Status::Pass) => ("s-pass", "✓ pass"),
                Some(f) if f.fails() && all_waived(input, &r.path, &s.name, rule) => {
                    ("s-waived", "⊘ waived")
                }
                Some(f) if f.fails() && s.is_note(rule) => ("s-note", "ℹ 提示"),
                Some(Status::Fail) => ("s-fail", "✗ fail"),
                Some(Status::Unread) => ("s-unread", "⚠ 未读出"),
                Some(Status::Missing) => ("s-missing", "? 未报告"),
                Some(Status::NotApplicable) | None => ("s-na", "–"),
                Some(Status::Evidenced) => ("s-evidenced", "✓ 有据"),
                Some(Status::Claimed) => ("s-claimed", "… 仅声称"),
                Some(Status::Contradicted) => ("s-contradicted", "✗ 矛盾"),
                Some(Status::Denied) => ("s-contradicted", "✗ 自述未做到"),
            };
            // An unread cell says in words what it means, for a screen
            // reader and on hover: its label alone could be taken for a
            // warning about the region.
            let said = match class {
                "s-unread" => {
                    " · unread: mentioned, but no value could be read · 提到了指标，但没有读出数值"
                }
                "s-note" => {
                    " · note: an info rule failed; advice, the section does not fail · 提示"
                }
                _ => "",
            };
            let _ = write!(
                out,
                "<td class=\"{class}\" title=\"{} · {}{said}\">{label}</td>",
                x(&s.name),
                x(rule)
            );
        }
        let _ = writeln!(out, "</tr>");
    }
    let claims = if r.has_any(&Status::CLAIMS) {
        "<span class=\"s-evidenced\">✓ evidenced 有据</span><span class=\"s-claimed\">… claimed 仅声称（无数据佐证）</span><span class=\"s-contradicted\">✗ contradicted 与数据矛盾</span><span class=\"s-contradicted\">✗ denied 报告写明未做到</span>"
    } else {
        ""
    };
    // Shown only when a section has it, as the claims' words are.
    let unchecked = if r
        .sections
        .iter()
        .any(|s| s.status == SectionStatus::Unchecked)
    {
        "<span class=\"s-unchecked\">unchecked 未能评判（没有规则能判断）</span>"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "</tbody></table></div>\n<p class=\"legend\"><span class=\"s-pass\">✓ pass 达标</span><span class=\"s-fail\">✗ fail 未达标</span><span class=\"s-note\">ℹ note 提示（info 规则，不计为未达标）</span><span class=\"s-waived\">⊘ waived 已豁免</span><span class=\"s-unread\">⚠ unread 未读出（提到但没有读出数值）</span><span class=\"s-missing\">? not reported 未报告</span><span class=\"s-na\">– not applicable 不适用</span>{claims}</p>\n<p class=\"legend\">Sections (column heads): <span class=\"s-pass\">pass 达标</span><span class=\"s-warn\">warn 预警（仅 warning 规则未达标）</span><span class=\"s-fail\">fail 未达标（error 规则未达标）</span>{unchecked}</p>"
    );
    if !idle.is_empty() {
        let names: Vec<String> = idle
            .iter()
            .map(|id| format!("<code>{}</code>", x(id)))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"legend\">Not applicable to this report (not shown) · 不适用: {}</p>",
            names.join(", ")
        );
    }
}

fn charts(out: &mut String, input: &Input<'_>, r: &ReportResult) {
    let Some(values) = input.values.get(&r.path) else {
        return;
    };
    let mut drawn = String::new();
    for (rule_id, by_section) in values {
        let Some(info) = input.rule(rule_id) else {
            continue;
        };
        let Some(t) = &info.threshold else {
            continue;
        };
        let in_force = r.sections.iter().any(|s| {
            matches!(
                s.results.get(rule_id.as_str()),
                Some(Status::Pass | Status::Fail | Status::Unread | Status::Missing)
            )
        });
        if by_section.is_empty() || !in_force {
            continue;
        }
        chart(&mut drawn, input, r, info, t, by_section);
    }
    if !drawn.is_empty() {
        let _ = writeln!(
            out,
            "<h3>Indicators against their targets · 指标与目标</h3>\n<div class=\"charts\">\n{drawn}</div>"
        );
    }
}

/// The font size of chart text, in SVG units (`svg text` in [`STYLE`]).
const CHART_FONT: f64 = 12.0;

/// How wide `text` is drawn in a chart, in SVG units, at most: a Chinese
/// character (two terminal columns) as 1.05 em, anything narrower (a
/// digit, `%`, a Latin letter) as 0.7 em, bold as 10% wider. Fonts draw
/// digits about 0.55 em wide and Chinese 1 em, `%` up to 0.9 em: an
/// overestimate costs a little room, an underestimate would clip a label
/// at the edge of the drawing (measured in Chromium by
/// `crates/cli/tests/html_layout.rs`).
fn text_width(text: &str, bold: bool) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| {
            if dutycheck_model::display_width(c.encode_utf8(&mut [0; 4])) >= 2 {
                1.05
            } else {
                0.7
            }
        })
        .sum();
    ems * CHART_FONT * if bold { 1.1 } else { 1.0 }
}

/// A value as a chart labels it: its qualifier's words around the number
/// and the unit (`近90%`, `95%以上`).
fn value_label(m: Measured, unit: &str) -> String {
    let (before, after) = dutycheck_vocab::qualifiers::shown_with(m.qualifier);
    format!("{before}{}{unit}{after}", format_number(m.value))
}

/// How many terminal columns of a section's name a chart shows; a longer
/// name is cut with `…` (the bar's tooltip has it whole).
const NAME_COLUMNS: usize = 24;

/// One horizontal bar chart: a bar per section, the target as a dashed line.
/// The drawing is as wide as its labels need: the section names on the
/// left, then the plot, then the value labels past the longest bars and
/// the target's label, each measured ([`text_width`]), so that no label is
/// clipped at the edge of the drawing (the page scales the drawing to its
/// column).
fn chart(
    out: &mut String,
    input: &Input<'_>,
    r: &ReportResult,
    info: &RuleInfo,
    t: &ThresholdInfo,
    values: &std::collections::BTreeMap<String, Measured>,
) {
    const ROW: f64 = 24.0;
    const PLOT: f64 = 400.0;
    const TOP: f64 = 26.0;
    const GAP: f64 = 6.0;
    const MARGIN: f64 = 4.0;
    let finite: Vec<f64> = values
        .values()
        .map(|m| m.value)
        .filter(|v| v.is_finite())
        .collect();
    let targets: Vec<f64> = [t.min, t.max]
        .into_iter()
        .flatten()
        .filter(|v| v.is_finite())
        .collect();
    let lo = finite
        .iter()
        .chain(&targets)
        .copied()
        .fold(0.0_f64, f64::min);
    let mut hi = finite
        .iter()
        .chain(&targets)
        .copied()
        .fold(0.0_f64, f64::max);
    if hi <= lo {
        hi = lo + 1.0;
    }
    // A little headroom, so that the largest bar does not touch the edge.
    let span = (hi - lo) * 1.08;
    let lo = if lo < 0.0 { lo - (hi - lo) * 0.25 } else { lo };
    let rel = |v: f64| (v - lo) / span * PLOT;
    let unit = &t.unit;
    let names: Vec<String> = r
        .sections
        .iter()
        .map(|s| shorten(&s.name, NAME_COLUMNS))
        .collect();
    let name_width = names
        .iter()
        .map(|n| text_width(n, false))
        .fold(0.0_f64, f64::max);
    // The labels past the bars: a negative bar's label is left of it and
    // must not run into the names, a positive one's must fit on the right.
    let labels: Vec<Option<(f64, String)>> = r
        .sections
        .iter()
        .map(|s| {
            let m = values.get(&s.name).filter(|m| m.value.is_finite())?;
            Some((m.value, value_label(*m, unit)))
        })
        .collect();
    let left_room = labels
        .iter()
        .flatten()
        .filter(|(v, _)| *v < 0.0)
        .map(|(v, l)| GAP + text_width(l, true) - rel(*v))
        .fold(0.0_f64, f64::max);
    let origin = MARGIN + name_width + 2.0 * GAP + left_room;
    let xpos = |v: f64| origin + rel(v);
    let target_label = |v: f64| format!("{}{unit}", format_number(v));
    let right = labels
        .iter()
        .map(|l| match l {
            Some((v, l)) if *v >= 0.0 => xpos(*v) + GAP + text_width(l, true),
            Some(_) => origin,
            None => origin + GAP + text_width("未报告", false),
        })
        .chain(
            targets
                .iter()
                .map(|v| xpos(*v) + text_width(&target_label(*v), true) / 2.0),
        )
        .fold(origin + PLOT, f64::max);
    let width = (right + MARGIN).ceil();
    let height = TOP + ROW * r.sections.len() as f64 + 8.0;
    let target_text = match (t.min, t.max) {
        (Some(a), Some(b)) => format!("目标 {}–{}{unit}", format_number(a), format_number(b)),
        (Some(a), None) => format!("目标 ≥ {}{unit}", format_number(a)),
        (None, Some(b)) => format!("目标 ≤ {}{unit}", format_number(b)),
        (None, None) => String::new(),
    };
    // The indicator, then what is measured of it: `一般公共预算教育支出
    // 比上年增长`.
    let measure = match t.measure.as_str() {
        "change.percent" => " 比上年增长",
        "change.value" => " 比上年增加",
        _ => "",
    };
    let name = if t.name.is_empty() {
        &t.indicator
    } else {
        &t.name
    };
    let _ = writeln!(
        out,
        "<figure>\n<figcaption>{}{} <span><code>{}</code> · {}</span></figcaption>",
        x(name),
        x(measure),
        x(&info.id),
        x(&target_text)
    );
    // The drawing fills its column, but is never drawn below 80% of its
    // size: on a phone its text would be too small to read, so it scrolls
    // sideways in its frame instead.
    let _ = writeln!(
        out,
        "<div class=\"plot\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"min-width:{:.0}px\" role=\"img\" aria-label=\"{}\">",
        width * 0.8,
        x(&format!("{name}{measure} {target_text}"))
    );
    let zero = xpos(0.0);
    let _ = writeln!(
        out,
        "<line x1=\"{zero:.1}\" y1=\"{}\" x2=\"{zero:.1}\" y2=\"{:.1}\" stroke=\"#8c959f\" stroke-width=\"1\"/>",
        TOP - 4.0,
        height - 6.0
    );
    for ((i, s), (shown, label)) in r.sections.iter().enumerate().zip(names.iter().zip(&labels)) {
        let y = TOP + ROW * i as f64;
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            origin - left_room - GAP,
            y + ROW * 0.65,
            x(shown)
        );
        let status = s.results.get(info.id.as_str()).copied();
        match label {
            Some((v, label)) => {
                let v = *v;
                let (a, b) = if v >= 0.0 {
                    (zero, xpos(v))
                } else {
                    (xpos(v), zero)
                };
                let fill = match status {
                    Some(f) if f.fails() && all_waived(input, &r.path, &s.name, &info.id) => {
                        "#7986cb"
                    }
                    Some(f) if f.fails() && s.is_note(&info.id) => "#64b5f6",
                    Some(f) if f.fails() => "#e53935",
                    _ => "#43a047",
                };
                let _ = writeln!(
                    out,
                    "<rect x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\" rx=\"2\"><title>{}: {}</title></rect>",
                    y + 4.0,
                    (b - a).max(1.0),
                    ROW - 8.0,
                    x(&s.name),
                    x(label)
                );
                // The label goes past the bar's end: right of a positive
                // bar, left of a negative one.
                let (lx, anchor) = if v >= 0.0 {
                    (b + GAP, "start")
                } else {
                    (a - GAP, "end")
                };
                let _ = writeln!(
                    out,
                    "<text class=\"v\" x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
                    y + ROW * 0.65,
                    x(label)
                );
            }
            None => {
                let label = match status {
                    Some(Status::NotApplicable) => "不适用",
                    Some(Status::Unread) => "未读出",
                    _ => "未报告",
                };
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"#8c959f\" style=\"fill:#8c959f\">{label}</text>",
                    origin + GAP,
                    y + ROW * 0.65
                );
            }
        }
    }
    for target in &targets {
        let tx = xpos(*target);
        let _ = writeln!(
            out,
            "<line x1=\"{tx:.1}\" y1=\"{:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\" stroke=\"#1f2328\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>",
            TOP - 6.0,
            height - 4.0
        );
        let _ = writeln!(
            out,
            "<text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-weight=\"600\">{}</text>",
            TOP - 10.0,
            x(&target_label(*target))
        );
    }
    let _ = writeln!(out, "</svg></div>\n</figure>");
}

/// Section 4 of the page, for a run with reports of several years: each
/// region's values across the years, a line chart per region and indicator
/// with a level in at least two years ([`line_chart`]). Drawn from the run's
/// [`History`] (values and sources, no text), after every report's part.
fn histories(out: &mut String, history: &History, rules: &[RuleInfo], in_force: &BTreeSet<String>) {
    let mut drawn = String::new();
    for region in &history.regions {
        let name = region
            .years
            .last()
            .map_or(region.region.as_str(), |y| y.name.as_str());
        let mut ids: Vec<&str> = region
            .years
            .iter()
            .flat_map(|y| y.values.iter().map(|v| v.indicator.as_str()))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let mut charts = String::new();
        for id in ids {
            // The first level each year states, as the history table shows.
            let points: Vec<(i32, &HistoryValue, &str)> = region
                .years
                .iter()
                .filter_map(|y| y.level(id).map(|v| (y.year, v, y.path.as_str())))
                .filter(|(_, v, _)| v.value.is_some_and(f64::is_finite))
                .collect();
            if points.len() < 2 {
                continue;
            }
            let indicator = history.names.get(id).map_or(id, String::as_str);
            let targets = history_targets(id, rules, in_force);
            line_chart(&mut charts, name, id, indicator, &points, &targets);
        }
        if !charts.is_empty() {
            let _ = writeln!(
                drawn,
                "<h3>{}</h3>\n<div class=\"charts\">\n{charts}</div>",
                x(name)
            );
        }
    }
    if !drawn.is_empty() {
        let _ = writeln!(
            out,
            "<h2>Regions across years · 历年变化</h2>\n<p class=\"sub\">Each region's values in the reports of the run, year by year (the first level each report states); a dashed line is a target of the rules in force.</p>\n{drawn}"
        );
    }
}

/// The targets a history chart of `indicator` draws: the bounds of the
/// threshold rules on its level that judged some section of the run, each
/// once, with `≥` or `≤`.
fn history_targets(
    indicator: &str,
    rules: &[RuleInfo],
    in_force: &BTreeSet<String>,
) -> Vec<(f64, &'static str)> {
    let mut targets: Vec<(f64, &'static str)> = rules
        .iter()
        .filter(|r| r.severity.is_some() && in_force.contains(&r.id))
        .filter_map(|r| r.threshold.as_ref())
        .filter(|t| t.indicator == indicator && t.measure == "value")
        .flat_map(|t| [(t.min, "≥"), (t.max, "≤")])
        .filter_map(|(v, sign)| v.filter(|v| v.is_finite()).map(|v| (v, sign)))
        .collect();
    targets.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
    targets.dedup();
    targets
}

/// A level of the history as a chart labels it: the qualifier's words
/// around the number, in the unit the report wrote it in (`12.6亿元`, `近90%`).
fn history_label(v: &HistoryValue) -> String {
    let (before, after) = dutycheck_vocab::qualifiers::shown_with(v.qualifier);
    let value = v.value.unwrap_or_default();
    format!("{before}{}{after}", format_like(value, &v.unit, &v.text))
}

/// One line chart: a region's level of one indicator by year, a point per
/// year with its value above it, the years below, and each target as a
/// dashed horizontal line labelled on the right. Years are spaced by their
/// distance, each step wide enough for the labels either side of it; the
/// drawing is as wide as its labels need ([`text_width`]), as the bar
/// charts are.
fn line_chart(
    out: &mut String,
    region: &str,
    id: &str,
    indicator: &str,
    points: &[(i32, &HistoryValue, &str)],
    targets: &[(f64, &'static str)],
) {
    const TOP: f64 = 26.0;
    const PLOT_H: f64 = 140.0;
    // Room inside the plot above the highest point and below the lowest,
    // whose label may go under it.
    const INSET_TOP: f64 = 8.0;
    const INSET_BOTTOM: f64 = 28.0;
    const BOTTOM: f64 = 24.0;
    const GAP: f64 = 8.0;
    const MARGIN: f64 = 4.0;
    // The drawing is at least as wide as a bar chart's plot and labels, so
    // that side by side both are drawn at about the same scale.
    const MIN_WIDTH: f64 = 560.0;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return;
    };
    let (y0, y1) = (first.0, last.0);
    let labels: Vec<String> = points.iter().map(|(_, v, _)| history_label(v)).collect();
    let widths: Vec<f64> = labels
        .iter()
        .zip(points)
        .map(|(l, (year, _, _))| text_width(l, true).max(text_width(&year.to_string(), false)))
        .collect();
    // Each pair of neighbours needs half of each label and a gap between.
    let per_year = points
        .windows(2)
        .zip(widths.windows(2))
        .map(|(p, w)| (w[0] / 2.0 + w[1] / 2.0 + GAP) / f64::from((p[1].0 - p[0].0).max(1)))
        .fold(0.0_f64, f64::max);
    let span_years = f64::from((y1 - y0).max(1));
    let left = MARGIN + widths[0] / 2.0;
    // The unit and the multiplier of the latest figure, for the targets.
    let (unit, like) = (&last.1.unit, &last.1.text);
    let target_label =
        |(v, sign): (f64, &str)| format!("目标 {sign} {}", format_like(v, unit, like));
    // Right of the plot: half the last label, then the targets' labels.
    let last_half = widths.last().copied().unwrap_or(0.0) / 2.0;
    let right_room = targets
        .iter()
        .map(|t| last_half + GAP + text_width(&target_label(*t), true))
        .fold(last_half, f64::max);
    let plot_w = (per_year * span_years).max(MIN_WIDTH - left - right_room - MARGIN);
    let xpos = |year: i32| left + f64::from(year - y0) / span_years * plot_w;
    let plot_right = left + plot_w;
    let target_x = plot_right + last_half + GAP;
    let width = (plot_right + right_room + MARGIN).ceil();
    let height = TOP + PLOT_H + BOTTOM;
    // The scale: every level and target, with a tenth of room either side.
    let all: Vec<f64> = points
        .iter()
        .filter_map(|(_, v, _)| v.value)
        .chain(targets.iter().map(|t| t.0))
        .collect();
    let mut lo = all.iter().copied().fold(f64::INFINITY, f64::min);
    let mut hi = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if hi - lo <= 1e-9 * hi.abs().max(1.0) {
        let pad = hi.abs().max(1.0) * 0.05;
        (lo, hi) = (lo - pad, hi + pad);
    }
    let inner = PLOT_H - INSET_TOP - INSET_BOTTOM;
    let ypos = |v: f64| TOP + INSET_TOP + (hi - v) / (hi - lo) * inner;
    let years = format!("{y0}–{y1}");
    let target_text: Vec<String> = targets.iter().map(|t| target_label(*t)).collect();
    let mut sub = format!("<code>{}</code> · {} · {years}", x(id), x(region));
    for t in &target_text {
        let _ = write!(sub, " · {}", x(t));
    }
    let _ = writeln!(
        out,
        "<figure class=\"history\">\n<figcaption>{} <span>{sub}</span></figcaption>",
        x(indicator)
    );
    let said: Vec<String> = points
        .iter()
        .zip(&labels)
        .map(|((year, _, _), l)| format!("{year}年 {l}"))
        .collect();
    let _ = writeln!(
        out,
        "<div class=\"plot\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"min-width:{:.0}px\" role=\"img\" aria-label=\"{}\">",
        width * 0.8,
        x(&format!(
            "{region} {indicator} {years}: {}",
            said.join("，")
        ))
    );
    let base = TOP + PLOT_H;
    let _ = writeln!(
        out,
        "<line x1=\"{left:.1}\" y1=\"{base:.1}\" x2=\"{plot_right:.1}\" y2=\"{base:.1}\" stroke=\"#8c959f\" stroke-width=\"1\"/>"
    );
    for (t, label) in targets.iter().zip(&target_text) {
        let ty = ypos(t.0);
        let _ = writeln!(
            out,
            "<line x1=\"{left:.1}\" y1=\"{ty:.1}\" x2=\"{plot_right:.1}\" y2=\"{ty:.1}\" stroke=\"#1f2328\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>"
        );
        let _ = writeln!(
            out,
            "<text x=\"{target_x:.1}\" y=\"{:.1}\" font-weight=\"600\">{}</text>",
            ty + 4.0,
            x(label)
        );
    }
    let line: Vec<String> = points
        .iter()
        .filter_map(|(year, v, _)| {
            v.value
                .map(|v| format!("{:.1},{:.1}", xpos(*year), ypos(v)))
        })
        .collect();
    let _ = writeln!(
        out,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>",
        line.join(" ")
    );
    let levels: Vec<f64> = points
        .iter()
        .map(|(_, v, _)| v.value.unwrap_or_default())
        .collect();
    for (i, ((year, v, path), label)) in points.iter().zip(&labels).enumerate() {
        let (px, py) = (xpos(*year), ypos(levels[i]));
        // Above the point, unless the line comes down to it (a point
        // below its neighbours): then below, clear of the line.
        let neighbours: Vec<f64> = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| levels.get(j).copied())
            .collect();
        let below = neighbours.iter().all(|n| *n > levels[i]);
        let ly = if below { py + 19.0 } else { py - 9.0 };
        let _ = writeln!(
            out,
            "<circle cx=\"{px:.1}\" cy=\"{py:.1}\" r=\"4\" fill=\"#1565c0\"><title>{year}年: {} ({}:{})</title></circle>",
            x(label),
            x(path),
            v.line
        );
        let _ = writeln!(
            out,
            "<text class=\"v\" x=\"{px:.1}\" y=\"{ly:.1}\" text-anchor=\"middle\">{}</text>",
            x(label)
        );
        let _ = writeln!(
            out,
            "<text x=\"{px:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#59636e\" style=\"fill:#59636e\">{year}</text>",
            base + 17.0
        );
    }
    let _ = writeln!(out, "</svg></div>\n</figure>");
}

/// `s` cut to at most `columns` terminal columns, with `…` when cut.
fn shorten(s: &str, columns: usize) -> String {
    if dutycheck_model::display_width(s) <= columns {
        return s.to_string();
    }
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        let w = dutycheck_model::display_width(c.encode_utf8(&mut [0; 4]));
        if width + w + 1 > columns {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}

fn finding(out: &mut String, input: &Input<'_>, f: &Finding, waiver: Option<&WaiverRef>) {
    let class = if waiver.is_some() {
        "waived"
    } else {
        severity_class(f.severity)
    };
    let _ = writeln!(out, "<div class=\"finding {class}\">");
    let _ = write!(
        out,
        "<div class=\"head\"><span class=\"badge {}\">{}</span>",
        severity_class(f.severity),
        f.severity.as_str()
    );
    if waiver.is_some() {
        out.push_str("<span class=\"badge waived\">waived</span>");
    }
    let _ = writeln!(out, "{}</div>", x(&f.message));
    let mut meta = format!("<code>{}</code>", x(&f.rule));
    if let Some(title) = input
        .rule(&f.rule)
        .map(|i| i.title.as_str())
        .filter(|t| !t.is_empty())
    {
        let _ = write!(meta, " {}", x(title));
    }
    if let Some(p) = place(f) {
        let _ = write!(meta, " · {}", x(&p));
    }
    let _ = write!(
        meta,
        " · <span class=\"loc\">{}:{}:{}</span>",
        x(&f.path),
        f.line,
        f.column
    );
    let _ = writeln!(out, "<div class=\"meta\">{meta}</div>");
    if let Some(line) = input.source_line(f) {
        let _ = writeln!(
            out,
            "<pre class=\"src\"><span class=\"ln\">{}</span>{}</pre>",
            f.line,
            excerpt(line, f.column, f.length)
        );
    }
    if let Some(w) = waiver {
        let _ = writeln!(
            out,
            "<div class=\"waiver\">Waived by {}: {} · until {} · <code>{}</code></div>",
            x(&w.approver),
            x(&w.reason),
            x(&w.expires),
            x(&w.origin)
        );
    }
    let _ = writeln!(out, "</div>");
}

fn severity_class(s: Severity) -> &'static str {
    s.as_str()
}

/// The source line around the span, escaped, with the span in `<mark>`.
fn excerpt(line: &str, column: u32, length: u32) -> String {
    let chars: Vec<char> = line.chars().collect();
    let start = (column.max(1) as usize - 1).min(chars.len());
    let end = (start + length.max(1) as usize).min(chars.len());
    let from = start.saturating_sub(CONTEXT_CHARS);
    let to = (end + CONTEXT_CHARS).min(chars.len());
    let text = |a: usize, b: usize| x(&chars[a..b].iter().collect::<String>());
    format!(
        "{}{}<mark>{}</mark>{}{}",
        if from > 0 { "…" } else { "" },
        text(from, start),
        text(start, end),
        text(end, to),
        if to < chars.len() { "…" } else { "" }
    )
}

/// Whether a failing cell failed only through waived findings. The run's
/// findings are sorted by path, so the report's own are found by binary
/// search and only they are scanned: linear time over a run, where scanning
/// every finding for every cell was quadratic.
fn all_waived(input: &Input<'_>, path: &str, section: &str, rule: &str) -> bool {
    let findings = &input.run.findings;
    let from = findings.partition_point(|f| f.path.as_str() < path);
    let to = from + findings[from..].partition_point(|f| f.path == path);
    let hit = |f: &Finding| f.rule == rule && f.section.as_deref() == Some(section);
    !findings[from..to].iter().any(hit)
        && input
            .run
            .waived
            .iter()
            .any(|w| w.finding.path == path && hit(&w.finding))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dutycheck_model::{CheckRun, Qualifier, SectionResult, SectionStatus};

    /// Every value label of a chart fits in its drawing, by the widths the
    /// layout assumes (Chromium measures the real ones in
    /// `crates/cli/tests/html_layout.rs`): ten-digit amounts with a
    /// qualifier on the right, a negative growth on the left of its bar and
    /// clear of the section names.
    #[test]
    fn chart_labels_fit_in_the_drawing() {
        let section = |name: &str| SectionResult {
            name: name.into(),
            status: SectionStatus::Pass,
            notes: Vec::new(),
            results: [("spend".to_string(), Status::Pass)].into_iter().collect(),
        };
        let report = ReportResult {
            path: "r.txt".into(),
            title: "t".into(),
            year: Some(2021),
            error: None,
            sections: vec![
                section("东湖区"),
                section("北川羌族自治县高新技术产业开发区"),
            ],
        };
        let run = CheckRun::new(vec![report], Vec::new());
        let rule = RuleInfo {
            id: "spend".into(),
            threshold: Some(ThresholdInfo {
                indicator: "education-expenditure".into(),
                name: "一般公共预算教育支出".into(),
                measure: "value".into(),
                unit: "元".into(),
                min: Some(0.0),
                max: None,
            }),
            ..RuleInfo::default()
        };
        let mut values = crate::Values::new();
        let by_section = values
            .entry("r.txt".into())
            .or_default()
            .entry("spend".into())
            .or_default();
        by_section.insert(
            "东湖区".into(),
            Measured {
                value: 21_380_840_000.0,
                qualifier: Qualifier::MoreThan,
            },
        );
        by_section.insert(
            "北川羌族自治县高新技术产业开发区".into(),
            Measured::exact(-3_528_164_000.0),
        );
        let html = check_html(&Input {
            run: &run,
            sources: &crate::Sources::new(),
            rules: &[rule],
            values: &values,
        });
        let attr = |tag: &str, name: &str| -> f64 {
            let from = tag.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
            tag[from..from + tag[from..].find('"').expect("closed")]
                .parse()
                .expect("a number")
        };
        let svg = &html[html.find("<svg").expect("a chart")..];
        let view_box = &svg[svg.find("viewBox=\"0 0 ").expect("viewBox") + 13..];
        let width: f64 = view_box[..view_box.find(' ').expect("w h")]
            .parse()
            .expect("width");
        let texts: Vec<(&str, &str)> = svg
            .split("<text")
            .skip(1)
            .map(|t| {
                let tag_end = t.find('>').expect("tag");
                (
                    &t[..tag_end],
                    &t[tag_end + 1..t.find("</text>").expect("end")],
                )
            })
            .collect();
        let names_end = texts
            .iter()
            .filter(|(tag, _)| !tag.contains("class=\"v\"") && tag.contains("text-anchor=\"end\""))
            .map(|(tag, _)| attr(tag, "x"))
            .fold(0.0, f64::max);
        let mut seen = Vec::new();
        for (tag, label) in texts.iter().filter(|(tag, _)| tag.contains("class=\"v\"")) {
            let (x, w) = (attr(tag, "x"), text_width(label, true));
            if tag.contains("text-anchor=\"start\"") {
                assert!(x + w <= width, "{label} ends at {} of {width}", x + w);
            } else {
                assert!(
                    x - w >= names_end,
                    "{label} starts at {} under the names",
                    x - w
                );
            }
            seen.push(*label);
        }
        assert_eq!(seen, ["21380840000元以上", "-3528164000元"]);
        // The long name is cut, and whole in the bar's tooltip.
        assert!(svg.contains(">北川羌族自治县高新技术…</text>"));
        assert!(svg.contains("<title>北川羌族自治县高新技术产业开发区: -3528164000元</title>"));
    }

    /// A history chart: a point per year in the report's unit (万元), the
    /// level rules' targets that judged a section dashed, each label inside
    /// the drawing by the layout's widths; one year alone draws nothing.
    #[test]
    fn history_charts_label_points_in_the_reports_unit_and_fit() {
        let value = |text: &str, v: f64| HistoryValue {
            indicator: "spend".into(),
            text: text.into(),
            statement: dutycheck_model::StatementKind::default(),
            value: Some(v),
            unit: "元".into(),
            qualifier: Qualifier::Exact,
            precision: 0.0,
            change: None,
            base_text: String::new(),
            base_precision: 0.0,
            line: 3,
            column: 1,
        };
        let year = |y: i32, values: Vec<HistoryValue>| dutycheck_model::YearEntry {
            year: y,
            path: format!("{y}.txt"),
            name: "北川羌族自治县".into(),
            values,
        };
        let mut history = History::default();
        history.regions.push(dutycheck_model::RegionHistory {
            region: "北川羌族自治".into(),
            years: vec![
                year(2019, vec![value("2138084万元", 21_380_840_000.0)]),
                year(2020, vec![value("2100000万元", 21_000_000_000.0)]),
                year(2022, vec![value("2300000.5万元", 23_000_005_000.0)]),
            ],
        });
        history.regions.push(dutycheck_model::RegionHistory {
            region: "东湖".into(),
            years: vec![year(2022, vec![value("5亿元", 5e8)])],
        });
        history.names.insert("spend".into(), "教育支出".into());
        let rule = |id: &str, min: f64| RuleInfo {
            id: id.into(),
            severity: Some(Severity::Error),
            threshold: Some(ThresholdInfo {
                indicator: "spend".into(),
                measure: "value".into(),
                unit: "元".into(),
                min: Some(min),
                ..ThresholdInfo::default()
            }),
            ..RuleInfo::default()
        };
        let rules = [rule("in-force", 22_000_000_000.0), rule("idle", 1.0)];
        let in_force: BTreeSet<String> = ["in-force".to_string()].into_iter().collect();
        let mut html = String::new();
        histories(&mut html, &history, &rules, &in_force);
        assert_eq!(
            html.matches("<figure class=\"history\">").count(),
            1,
            "{html}"
        );
        assert!(html.contains("<h3>北川羌族自治县</h3>") && !html.contains("东湖"));
        assert!(html.contains("<figcaption>教育支出 <span><code>spend</code>"));
        for label in [
            "2138084万元",
            "2100000万元",
            "2300000.5万元",
            "目标 ≥ 2200000万元",
        ] {
            assert!(
                html.contains(&format!(">{label}</text>")),
                "{label}: {html}"
            );
        }
        assert!(
            !html.contains("目标 ≥ 0.0001万元"),
            "a rule that judged nothing: {html}"
        );
        let view_box = &html[html.find("viewBox=\"0 0 ").expect("viewBox") + 13..];
        let width: f64 = view_box[..view_box.find(' ').expect("w h")]
            .parse()
            .expect("width");
        for t in html.split("<text").skip(1) {
            let tag = &t[..t.find('>').expect("tag")];
            let label = &t[tag.len() + 1..t.find("</text>").expect("end")];
            let from = tag.find(" x=\"").expect("x") + 4;
            let x: f64 = tag[from..from + tag[from..].find('"').expect("x")]
                .parse()
                .expect("a number");
            let w = text_width(label, true);
            let (a, b) = if tag.contains("text-anchor=\"middle\"") {
                (x - w / 2.0, x + w / 2.0)
            } else {
                (x, x + w)
            };
            assert!(a >= 0.0 && b <= width, "{label} spans {a}..{b} of {width}");
        }
    }

    #[test]
    fn excerpts_mark_the_span_and_escape_around_it() {
        assert_eq!(
            excerpt("覆盖率达<b>76%</b>。", 8, 3),
            "覆盖率达&lt;b&gt;<mark>76%</mark>&lt;/b&gt;。"
        );
        let long = "一".repeat(200);
        let e = excerpt(&long, 100, 2);
        assert!(e.starts_with('…') && e.ends_with('…'), "{e}");
        // Spans past the end of the line stay inside it.
        assert_eq!(excerpt("ab", 9, 4), "ab<mark></mark>");
    }
}
