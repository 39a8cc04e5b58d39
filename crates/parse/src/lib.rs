//! Stage two of the pipeline: **parse**. Text in, a [`Report`] skeleton out:
//! title, year, sections and numbered cases, with line wraps repaired.
//! Figures are filled in by the next stage, `dutycheck-extract`.
//!
//! # How structure is found
//!
//! A report numbers its regions and, inside each, its cases. Styles vary
//! (`一、`, `（一）`, `1.`, `1、`, `(1)`, `①`, `第一部分`), so the parser does not
//! assume any: the style of the first numbered line is the **section** style,
//! and the first *other* style inside a section is the **case** style. Lines
//! of any third style (sub-items) stay inside their case.
//!
//! A marker only opens a section or case when its number comes next in
//! sequence. That is what keeps a line wrapped by PDF extraction from being
//! read as a case: `2.5万余人` does not even look like a marker (a digit
//! follows the dot), and a wrapped line that happens to start with `3、`
//! inside case 1 is not case 3. A marker that skips numbers (`4.` after `2.`)
//! is still accepted when the line before it ended a sentence, and the gap is
//! recorded in [`Section::numbering_gaps`] for the `structure` rules.
//!
//! # Line wraps
//!
//! A line that does not end a sentence continues onto the next one with no
//! separator (Chinese has no spaces between words): `…政策,教` + `育经费…` reads
//! `…政策,教育经费…`. A line that ends a sentence is joined with a newline.
//! [`Case::segments`] records where each original line lands in the repaired
//! text, so every later position maps back to the original line and column.

pub mod numerals;

use std::sync::OnceLock;

use dutycheck_model::{Case, Diagnostic, NumberingGap, Report, Section, Segment};
use dutycheck_read::{Document, Format, normalize};
use regex::Regex;

/// A numbering style for sections and cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `一、`
    ChineseComma,
    /// `（一）` or `(一)`
    ChineseParen,
    /// `第一部分`
    Part,
    /// `1.` (not followed by a digit, so `2.5万` is not a marker)
    ArabicDot,
    /// `1、`
    ArabicComma,
    /// `（1）` or `(1)`
    ArabicParen,
    /// `①`
    Circled,
    /// `一是`, `二是`: enumeration in words, as in 一是加大投入…二是…
    ChineseIs,
    /// A Markdown heading of this level (`## 济南市`) that carries no
    /// numbering of its own: numbered by its place among its siblings.
    Heading(u8),
}

/// A numbering marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    pub number: u32,
    /// Length of the marker in characters, so the heading text starts after it.
    pub len: usize,
}

fn marker_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"^(?:",
            r"(?P<cc>[一二三四五六七八九十百零〇]+)[、]",
            r"|[(](?P<cp>[一二三四五六七八九十百零〇]+)[)]",
            r"|第(?P<part>[一二三四五六七八九十百零〇]+|\d{1,3})部分[、:.]?",
            r"|(?P<ad>\d{1,3})\.(?:[^\d]|$)",
            r"|(?P<ac>\d{1,3})、",
            r"|[(](?P<ap>\d{1,3})[)]",
            r"|(?P<ci>[①-⑳])",
            r"|(?P<is>[一二三四五六七八九十]{1,3})是",
            r")"
        ))
        .unwrap_or_else(|e| panic!("marker regex: {e}"))
    })
}

/// Recognises a numbering marker at the start of `line`, which must already
/// be normalised (full-width forms folded to ASCII).
pub fn marker(line: &str) -> Option<Marker> {
    // Most lines are not numbered: rule them out by their first character
    // before running the regex (every alternative starts with one of these).
    let first = line.chars().next()?;
    if !(first.is_ascii_digit()
        || matches!(first, '(' | '第' | '①'..='⑳')
        || numerals::is_numeral_char(first))
    {
        return None;
    }
    let caps = marker_regex().captures(line)?;
    let whole = caps.get(0)?;
    let (style, number, len) = if let Some(m) = caps.name("cc") {
        (
            Style::ChineseComma,
            numerals::parse_integer(m.as_str())?,
            whole.as_str().chars().count(),
        )
    } else if let Some(m) = caps.name("cp") {
        (
            Style::ChineseParen,
            numerals::parse_integer(m.as_str())?,
            whole.as_str().chars().count(),
        )
    } else if let Some(m) = caps.name("part") {
        let n = m
            .as_str()
            .parse()
            .ok()
            .or_else(|| numerals::parse_integer(m.as_str()))?;
        (Style::Part, n, whole.as_str().chars().count())
    } else if let Some(m) = caps.name("ad") {
        // The regex consumed the character after the dot; the marker ends at the dot.
        (
            Style::ArabicDot,
            m.as_str().parse().ok()?,
            m.as_str().chars().count() + 1,
        )
    } else if let Some(m) = caps.name("ac") {
        (
            Style::ArabicComma,
            m.as_str().parse().ok()?,
            whole.as_str().chars().count(),
        )
    } else if let Some(m) = caps.name("ap") {
        (
            Style::ArabicParen,
            m.as_str().parse().ok()?,
            whole.as_str().chars().count(),
        )
    } else if let Some(m) = caps.name("is") {
        (
            Style::ChineseIs,
            numerals::parse_integer(m.as_str())?,
            whole.as_str().chars().count(),
        )
    } else {
        let c = caps.name("ci")?.as_str().chars().next()?;
        (Style::Circled, c as u64 - '①' as u64 + 1, 1)
    };
    Some(Marker {
        style,
        number: u32::try_from(number).ok()?,
        len,
    })
}

/// Whether a line ends a sentence, so that the next line starts a new one.
///
/// A closing quote ends a sentence only when a sentence end stands inside
/// it (`…。”`): `探索推行“党建+”` + `模式` is one sentence wrapped after the
/// quote, as PDF extraction often leaves it.
fn ends_sentence(line: &str) -> bool {
    let mut rev = line.trim_end().chars().rev();
    let is_end = |c: char| {
        matches!(
            c,
            '。' | '！' | '？' | '；' | '!' | '?' | ';' | '…' | '：' | ':'
        )
    };
    match rev.next() {
        Some('”' | '」' | '’') => rev.next().is_some_and(is_end),
        Some(c) => is_end(c),
        None => false,
    }
}

/// One line of the original, with its leading and trailing blanks removed.
struct Line<'a> {
    number: u32,
    /// Column (1-based, in characters) of the first kept character.
    column: u32,
    text: &'a str,
    normal: String,
    /// The level of a Markdown heading (`## 济南市` is 2); the `#` marks are
    /// not part of `text` but are counted in `column`.
    heading: Option<u8>,
}

/// Splits the text into lines. In Markdown, the `#` marks of a heading and
/// the `**` around a bold line are markup, not text: they are skipped like
/// leading blanks, so that `## 一、济南市` is the heading `一、济南市` and
/// columns still count from the start of the original line.
fn lines(text: &str, markdown: bool) -> Vec<Line<'_>> {
    text.split('\n')
        .enumerate()
        .map(|(i, raw)| {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let mut rest = raw.trim_start_matches(|c: char| c.is_whitespace());
            let mut heading = None;
            if markdown {
                let hashes = rest.chars().take_while(|c| *c == '#').count();
                let after = &rest[hashes..];
                if (1..=6).contains(&hashes)
                    && (after.is_empty() || after.starts_with(|c: char| c.is_whitespace()))
                {
                    heading = u8::try_from(hashes).ok();
                    rest = after.trim_start_matches(|c: char| c.is_whitespace());
                    rest = rest.trim_end().trim_end_matches('#').trim_end();
                }
                if let Some(bold) = rest.strip_prefix("**").and_then(|r| r.strip_suffix("**")) {
                    rest = bold.trim_start_matches(|c: char| c.is_whitespace());
                }
            }
            let lead = raw.chars().count() - rest.chars().count();
            let text = rest.trim_end();
            Line {
                number: u32::try_from(i + 1).unwrap_or(u32::MAX),
                column: u32::try_from(lead + 1).unwrap_or(u32::MAX),
                text,
                normal: normalize(text),
                heading,
            }
        })
        .collect()
}

/// Numbers the Markdown headings that carry no numbering of their own.
///
/// A heading counts among the headings of its level since the last heading
/// of a shallower level, so `## 济南市` `## 青岛市` under one `#` are 1 and 2,
/// and their style is [`Style::Heading`] of their level. From then on they
/// are markers like any other: the outermost style gives the sections, the
/// next one the cases. Headings before `from` (the title) are not counted.
fn number_headings(lines: &[Line<'_>], markers: &mut [Option<Marker>], from: usize) {
    let mut counters = [0u32; 7];
    for (idx, line) in lines.iter().enumerate().skip(from) {
        let Some(level) = line.heading else { continue };
        let level = usize::from(level).min(6);
        counters[level] = counters[level].saturating_add(1);
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        if let Some(slot) = markers.get_mut(idx).filter(|m| m.is_none()) {
            *slot = Some(Marker {
                style: Style::Heading(u8::try_from(level).unwrap_or(6)),
                number: counters[level],
                len: 0,
            });
        }
    }
}

/// Parses a decoded document into a [`Report`] with empty quantities and
/// indicators.
///
/// Fails only when no section can be found: a report without sections has
/// nothing that rules could be applied to, and saying so beats a silent pass.
pub fn parse(doc: &Document) -> Result<Report, Diagnostic> {
    let markdown = Format::is_markdown_path(&doc.path);
    let lines = lines(&doc.text, markdown);
    let Some(title_idx) = lines.iter().position(|l| !l.text.is_empty()) else {
        return Err(Diagnostic::file(
            &doc.path,
            "the file holds only blank lines: there is no report to check",
        ));
    };
    // The title is the first non-empty line unless that line is itself a
    // numbered heading.
    let (title, body_start) = match marker(&lines[title_idx].normal) {
        Some(_) => (String::new(), title_idx),
        None => (lines[title_idx].text.to_string(), title_idx + 1),
    };
    let year = find_year(&normalize(&title));

    let mut markers: Vec<Option<Marker>> = lines.iter().map(|l| marker(&l.normal)).collect();
    if markdown {
        number_headings(&lines, &mut markers, body_start);
    }
    let Some(section_style) = markers[body_start..]
        .iter()
        .flatten()
        .find(|m| m.number == 1)
        .map(|m| m.style)
    else {
        return Err(no_sections(&doc.path));
    };

    let mut sections: Vec<Section> = Vec::new();
    let mut case_style: Option<Style> = None;
    let mut previous_ended = true; // whether the previous kept line ended a sentence
    for (idx, line) in lines.iter().enumerate().skip(body_start) {
        if line.text.is_empty() {
            // A blank line ends whatever sentence was open.
            previous_ended = true;
            continue;
        }
        let found = markers[idx];
        if let Some(m) = found.filter(|m| m.style == section_style) {
            let expected = sections.last().map_or(1, |s| s.number + 1);
            if m.number == expected || (previous_ended && m.number > expected) {
                sections.push(Section {
                    name: heading_name(line.text, m.len),
                    number: m.number,
                    line: line.number,
                    column: line.column,
                    heading_length: u32::try_from(line.text.chars().count()).unwrap_or(u32::MAX),
                    cases: Vec::new(),
                    numbering_gaps: Vec::new(),
                });
                previous_ended = true;
                continue;
            }
        }
        let Some(section) = sections.last_mut() else {
            continue; // preamble between the title and the first section
        };
        if let Some(m) = found.filter(|m| m.style != section_style) {
            // The first other style that starts at 1 inside a section is the
            // case style for the whole document.
            if case_style.is_none() && m.number == 1 {
                case_style = Some(m.style);
            }
            if case_style == Some(m.style) {
                let expected = section.cases.last().map_or(1, |c| c.number + 1);
                let in_sequence = m.number == expected;
                if in_sequence || (previous_ended && m.number > expected) {
                    if !in_sequence {
                        section.numbering_gaps.push(NumberingGap {
                            expected,
                            found: m.number,
                            line: line.number,
                            column: line.column,
                        });
                    }
                    let body: String = line.text.chars().skip(m.len).collect();
                    let lead = body.chars().count() - body.trim_start().chars().count();
                    let body_column = line.column + u32::try_from(m.len + lead).unwrap_or(0);
                    section.cases.push(Case {
                        number: m.number,
                        line: line.number,
                        column: line.column,
                        text: String::new(),
                        quantities: Vec::new(),
                        indicators: Vec::new(),
                        segments: Vec::new(),
                    });
                    if let Some(case) = section.cases.last_mut() {
                        append(case, body.trim(), line.number, body_column, false);
                    }
                    previous_ended = ends_sentence(line.text);
                    continue;
                }
            }
        }
        // A continuation line: part of the current case, or the section's
        // introduction before its first case (not checked).
        if let Some(case) = section.cases.last_mut() {
            append(case, line.text, line.number, line.column, previous_ended);
        }
        previous_ended = ends_sentence(line.text);
    }

    if sections.is_empty() {
        return Err(no_sections(&doc.path));
    }
    Ok(Report {
        path: doc.path.clone(),
        title,
        year,
        sections,
    })
}

fn no_sections(path: &str) -> Diagnostic {
    Diagnostic::file(path, "no sections found: expected headings such as 一、济南市 or （一）历下区")
        .with_help("each region must start on its own line with a numbered heading; see `dutycheck parse` for what was read")
}

/// The section's name: the heading without its marker and trailing
/// punctuation (`一、济南市：` → `济南市`).
fn heading_name(text: &str, marker_len: usize) -> String {
    let rest: String = text.chars().skip(marker_len).collect();
    rest.trim()
        .trim_end_matches(['：', ':', '。', ',', '，'])
        .trim()
        .to_string()
}

/// Appends one original line to a case, joined by a newline when the line
/// before ended a sentence and directly otherwise (a repaired wrap).
fn append(case: &mut Case, text: &str, line: u32, column: u32, new_sentence: bool) {
    if text.is_empty() {
        return;
    }
    if !case.text.is_empty() && new_sentence {
        case.text.push('\n');
    }
    let offset = case.text.chars().count();
    case.segments.push(Segment {
        offset,
        line,
        column,
    });
    case.text.push_str(text);
}

/// The first plausible year (1949–2099) in the title.
fn find_year(title: &str) -> Option<i32> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)").unwrap_or_else(|e| panic!("{e}"))
    });
    re.captures(title)?
        .get(1)?
        .as_str()
        .parse()
        .ok()
        .filter(|y| (1949..2100).contains(y))
}

#[cfg(test)]
mod tests;
