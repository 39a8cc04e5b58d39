//! Stage two of the pipeline: **parse**. Text in, a [`Report`] skeleton out:
//! title, year, sections and numbered cases, with line wraps repaired.
//! Figures are filled in by the next stage, `dutycheck-extract`.
//!
//! # How structure is found
//!
//! A report numbers its regions and, inside each, its cases. Styles vary
//! (`一、`, `（一）`, `1.`, `1、`, `(1)`, `1)`, `①`, `第一部分`, `第一，`, `一是`), so the parser does not
//! assume any: the style of the first numbered line is the **section** style,
//! and the first *other* style that starts at 1 inside a section is the
//! **case** style (except `一是`, which is decided section by section: see
//! *Enumerations* below). Lines of any third style (sub-items) stay inside
//! their case.
//!
//! A marker only opens a section or case when its number comes next in
//! sequence. That is what keeps a line wrapped by PDF extraction from being
//! read as a case: `2.5万余人` does not even look like a marker (a digit
//! follows the dot), and a wrapped line that happens to start with `3、`
//! inside case 1 is not case 3. A marker that skips numbers (`4.` after `2.`)
//! is still accepted when the line before it ended a sentence, and the gap is
//! recorded in [`Section::numbering_gaps`] for the `structure` rules. A
//! section whose first case goes on from the last case of the sections
//! before (`二、义务教育` + `4.` after `一、学前教育`'s `3.`) is numbered through
//! the report, a common style, and has no gap.
//!
//! # Regions below the first level
//!
//! Bulletins (通报) and feedback (反馈意见) often put the regions one level
//! down, under a heading that names none:
//!
//! ```text
//! 一、总体情况
//! 二、各县（市、区）情况
//! （一）河东区
//! 1.教育投入持续增长。……
//! （二）河西县
//! 三、存在的问题
//! ```
//!
//! When no first-level heading names a region
//! (`dutycheck_vocab::regions::of_heading`) and the sub-headings of one do
//! (more than half of them; each a region's name alone, or over numbered
//! items of its own), each region heading is a section, and the next style
//! below the regions gives their cases. It works the same whatever the
//! styles (`一、` + `（一）` + `1.`, `第二部分` + `（一）`, Markdown `##` +
//! `###` + `1.`, `一、` + `1.` + `（1）`). The heading over the regions is a
//! section only for its own text before its first region (read as a
//! lead-in); the other first-level sections (`一、总体情况`,
//! `三、存在的问题`) are sections as in any report, named as written and
//! read, their figures checked. Naming no region, they are not taken for
//! one: the count of a region's cases leaves them out, and a history links
//! them only to the region the title names, if any, as it links any
//! section that names none. Reports whose regions are the first level read
//! as they always did. See [`regions_below`].
//!
//! # Markers followed by digits
//!
//! `1.2020年以来，…`, `2.2019年底，…` and `1.100%的学校…` open cases, but
//! `…培训教师` + `1.5万人次` is a figure wrapped onto the next line. The
//! marker alone cannot tell them apart ([`Certainty`]); the context does:
//!
//! - **A year and `年` after the dot** (`1.2020年`): as a decimal it would be
//!   "1.2020 years", which no report writes. It is a marker, held to the
//!   same sequence as any other.
//! - **Other digits after the dot** (`1.100%`, `1.5万`): a marker only when
//!   its number comes next **and** the line before ended a sentence (or is
//!   the heading). Otherwise the line starts with a figure.
//! - When the case style is chosen, such a doubtful `1.` counts only if it
//!   is the first line of its section or a `2.` of its style follows; a
//!   sure marker anywhere in the report wins over it.
//!
//! `1.1.5万名` reads as the clause number `1.1.5` (no marker), like `1.1.1 总则`.
//!
//! # No silent loss
//!
//! A numbered line of the case style (or of the section style) that is not
//! read as a case (or a section) is recorded in
//! [`Section::unread_numbering`] with the reason: out of sequence after a
//! line that goes on, a number already used, a figure where the next case
//! was due. A section left with no cases records every numbered line in
//! it, whatever its style. `dutycheck parse` shows them and the `structure`
//! rules with `unread_numbering: true` report them. A report whose
//! sections are paragraphs with no numbered case (a bulletin's summary of
//! each region, a county's self-evaluation by topic) is read section by
//! section as lead-ins (see below), and `structure.min-cases` says that it
//! numbers none. A report with no text under any heading is an error, like
//! one without sections: nothing that a rule could judge was read. (The
//! preamble before the first section is not read and holds no notes.)
//!
//! # Enumerations: 一是…二是
//!
//! Many reports list a region's cases in words, inside one paragraph:
//! `主要做法：一是加大投入……；二是优化布局……；三是强化师资……。` A section
//! is **enumerated** when
//!
//! - a `一是` at the start of a line comes before any case 1 of the
//!   document's case style (as in a report that puts each point on its own
//!   line), or
//! - the section has no case 1 of the document's case style, and its text
//!   holds a run `一是` … `二是` (in this order; at line starts or inline).
//!
//! In an enumerated section every `一是`, `二是` … opens a case, wherever it
//! stands in a line, as long as:
//!
//! - **it follows a clause boundary**: the start of a line or one of
//!   `：` `:` `；` `;` `。` `，` `,` `！` `？` or a blank. In `统一是`, `唯一是`,
//!   `第一是` and `其中一是` the numeral is part of a word: none is a marker.
//! - **inline, it is the next number**: `一是…三是` keeps `三是` inside case 1
//!   (a line-start marker may skip after a sentence end, as for `1.` above).
//!
//! A lone `一是` inline, with no `二是` after it, is prose, not a list, and
//! splits nothing (a `一是` on a line of its own still opens case 1). In a section that has numbered cases (`1.`, `（一）`),
//! `一是`, `二是` inside a case are its sub-points and stay inside it.
//!
//! The case text starts right after the marker, as for every style, and the
//! case's line and column are those of the marker: a figure in case 2 maps
//! back to its own column in the shared line. **The lead-in** (the text
//! between the section heading and `一是`, such as `主要做法：` or a
//! sentence with the region's overall figures) **opens case 1**: in a list
//! in words the lead-in is the start of the sentence that `一是` continues,
//! and a figure in it must be checked, not dropped. (In a section numbered
//! `1.`, text before case 1 is the section's introduction: it becomes the
//! section's **lead-in case**, number 0, see below.)
//! The same report with each `一是` on its own line parses to the same
//! sections, cases and figures.
//!
//! # The lead-in case (number 0)
//!
//! Self-evaluation reports are organised by topic, and a topic often opens
//! with a paragraph before its `（一）`, or has no numbered points at all
//! (`四、高中阶段教育` followed by one paragraph). Such text states figures
//! as much as any case does (`学前三年毛入园率较上年提高1.2个百分点，达到93.4%`),
//! and dropping it would be silent loss. So, in a section whose cases are
//! numbered (`1.`, `（一）`, line-start `一是` after a numbered style), the
//! text before the first case, or the whole text of a section without one,
//! becomes a case numbered **0** ([`Case::is_lead_in`]), first in
//! `cases`. Extract reads it like any case; `structure` rules do not count
//! it (it is not a numbered case) and `detail` rules do not judge it (it
//! is not a written-up case). The preamble before the first section stays
//! unread: it belongs to no region or topic.
//!
//! # Line wraps
//!
//! A line that does not end a sentence continues onto the next one with no
//! separator (Chinese has no spaces between words): `…政策,教` + `育经费…` reads
//! `…政策,教育经费…`. A line that ends a sentence is joined with a newline.
//! [`Case::segments`] records where each original line lands in the repaired
//! text, so every later position maps back to the original line and column.
//! A row of a table turned into text (`| 指标 | 2021年 | 2022年 |`, or cells
//! separated by blanks) is never a wrap: it keeps a line of its own, so that
//! its columns can be read.

/// Chinese numerals live in the vocabulary; re-exported here for the
/// parser's callers that read markers.
pub use dutycheck_vocab::numerals;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use dutycheck_model::{
    Case, CharWalk, Diagnostic, Folded, NumberingGap, Report, Section, Segment, Text,
    UnreadNumbering, UnreadReason,
};
use dutycheck_read::{Document, Format, normalize};
use dutycheck_vocab::numerals::{is_enumeration_numeral, is_heading_numeral as is_section_numeral};
use dutycheck_vocab::{periods, plans, regions};
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
    /// `第一，`, `第一、`, `第一：`: an ordinal then a pause, as a 汇报
    /// numbers its points (`第一，坚持优先发展…`)
    Ordinal,
    /// `1.` (not followed by a digit, so `2.5万` is not a marker)
    ArabicDot,
    /// `1、`
    ArabicComma,
    /// `（1）` or `(1)`
    ArabicParen,
    /// `1)` or `1）`: a closing parenthesis alone
    ArabicHalfParen,
    /// `①`
    Circled,
    /// `案例一：`, `案例1`: the cases of a collection of typical cases
    /// (典型案例汇编), one region's each.
    Case,
    /// `一是`, `二是`: enumeration in words, as in 一是加大投入…二是…
    ChineseIs,
    /// A Markdown heading of this level (`## 济南市`) that carries no
    /// numbering of its own: numbered by its place among its siblings.
    Heading(u8),
}

impl Style {
    /// The first marker of this style, as an example in messages.
    pub fn example(self) -> &'static str {
        match self {
            Style::ChineseComma => "一、",
            Style::ChineseParen => "（一）",
            Style::Part => "第一部分",
            Style::Ordinal => "第一，",
            Style::ArabicDot => "1.",
            Style::ArabicComma => "1、",
            Style::ArabicParen => "（1）",
            Style::ArabicHalfParen => "1）",
            Style::Circled => "①",
            Style::Case => "案例一",
            Style::ChineseIs => "一是",
            Style::Heading(_) => "#",
        }
    }
}

/// A numbering marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    pub number: u32,
    /// Length of the marker in characters, so the heading text starts after it.
    pub len: usize,
    /// How sure it is that this is a marker and not the start of a figure.
    pub certainty: Certainty,
}

/// Whether a marker could also be the start of a figure.
///
/// Only `1.` followed by a digit is in doubt: `1.2020年以来` is case 1 and a
/// year, `1.5万人` is a figure wrapped to the start of a line. The marker
/// alone cannot tell; the context does (see *Markers followed by digits* in
/// the crate documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certainty {
    /// A marker whatever follows it.
    Sure,
    /// `1.` followed by a year and `年` (`1.2020年`, `2.2019年底`): read as a
    /// decimal it would be "1.2020 years", which no report writes, so it is a
    /// marker like a sure one.
    BeforeYear,
    /// `1.` followed by other digits (`1.100%的学校`, `1.5万人`): a marker only
    /// when its number comes next **and** the line before ended a sentence;
    /// otherwise the line starts with the figure.
    Decimal,
}

/// The marker grammar as a regular expression: the **specification** that
/// [`marker`] implements by hand, and that a test checks it against.
#[cfg(test)]
pub(crate) fn marker_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"^(?:",
            r"(?P<cc>[一二三四五六七八九十百千万零〇]+)[、]",
            r"|[(](?P<cp>[一二三四五六七八九十百千万零〇]+)[)]",
            r"|(?P<pc>[㈠-㈩])",
            r"|第(?P<part>[一二三四五六七八九十百千万零〇]+|[0-9]{1,3})部分[、:.]?",
            r"|[第其](?P<ord>[一二三四五六七八九十]{1,3})[,、:]",
            r"|(?P<ad>[0-9]{1,9})\.(?:(?P<year>(?:19|20)[0-9]{2}年)|(?P<dec>[0-9]+(?:[^0-9.]|$))|[^0-9]|$)",
            r"|(?P<ac>[0-9]{1,9})、",
            r"|[(](?P<ap>[0-9]{1,9})[)]",
            r"|(?P<ah>[0-9]{1,9})[)]",
            r"|(?P<ci>[①-⑳])",
            r"|(?P<is>[一二三四五六七八九十]{1,3})是",
            r"|[【\[](?:典型)?(?:案例|做法|经验)(?P<caseb>[一二三四五六七八九十百千万零〇]+|[0-9]{1,3})[】\]][:、. ]?",
            r"|(?:典型)?(?:案例|做法|经验)(?P<case>[一二三四五六七八九十百千万零〇]+|[0-9]{1,3})(?:[:、. ]|$)",
            r")"
        ))
        .unwrap_or_else(|e| panic!("marker regex: {e}"))
    })
}

/// Recognises a numbering marker at the start of `line`, which must already
/// be normalised (full-width forms folded to ASCII).
///
/// The grammar, first alternative that matches wins:
///
/// | style | form |
/// |---|---|
/// | `一、` | Chinese numerals (一…十 百 千 万 零 〇), then `、` |
/// | `(一)` | `(`, Chinese numerals, `)`; or one of ㈠…㈩, the same in one character |
/// | `第一部分` | `第`, Chinese numerals or 1–3 digits, `部分`, then an optional `、` `:` `.` |
/// | `第一，` | `第` or `其`, 1–3 of 一…十, then `,` `、` or `:` (counted in the marker) |
/// | `1.` | 1–9 digits, `.`, then a character that is not a digit, or the end; or digits that do not go on with another `.` (`1.1.1` is no marker), as a [`Certainty::BeforeYear`] marker when they are a year and `年`, as a [`Certainty::Decimal`] one otherwise |
/// | `1、` | 1–9 digits, `、` |
/// | `案例一` | `案例` (or `做法`, `经验`, each maybe after `典型`), Chinese numerals or 1–3 digits, then `:` `、` `.` or a blank (one of them, counted in the marker), or the line's end; or all of it in brackets (`【案例一】`, `[案例1]`), then maybe one of those |
/// | `(1)` | `(`, 1–9 digits, `)` |
/// | `1)` | 1–9 digits, `)` |
/// | `①` | one of ①…⑳ |
/// | `一是` | 1–3 of 一…十, then `是` |
///
/// Read by hand: it runs on every line, and a regex with captures cost more
/// than the rest of parsing. The tests keep the grammar as a regex and
/// check this function against it. Digits are ASCII (the line is
/// normalised).
pub fn marker(line: &str) -> Option<Marker> {
    let (style, digits, whole, certainty) = marker_parts(line)?;
    let number = match style {
        Style::ArabicDot | Style::ArabicComma | Style::ArabicParen | Style::ArabicHalfParen => {
            digits.parse().ok()?
        }
        Style::Part | Style::Case => digits
            .parse()
            .ok()
            .or_else(|| numerals::parse_integer(digits))?,
        Style::Circled => {
            let c = digits.chars().next()?;
            u64::from(c) - u64::from('①') + 1
        }
        // `㈡`: `（二）` in one character.
        Style::ChineseParen
            if digits
                .chars()
                .next()
                .is_some_and(|c| PARENTHESIZED.contains(&c)) =>
        {
            let c = digits.chars().next()?;
            u64::from(c) - u64::from(*PARENTHESIZED.start()) + 1
        }
        _ => numerals::parse_integer(digits)?,
    };
    Some(Marker {
        style,
        number: u32::try_from(number).ok()?,
        len: whole,
        certainty,
    })
}

/// The style, the number as written, the marker's length in characters and
/// how sure it is.
fn marker_parts(line: &str) -> Option<(Style, &str, usize, Certainty)> {
    marker_style(line).map(|(style, digits, whole)| {
        let certainty = match style {
            Style::ArabicDot => digit_certainty(&line[digits.len() + 1..]),
            _ => Certainty::Sure,
        };
        (style, digits, whole, certainty)
    })
}

/// The certainty of a `1.` marker from what follows its dot.
fn digit_certainty(after: &str) -> Certainty {
    let digits = prefix_len(after, |c| c.is_ascii_digit());
    if digits == 0 {
        Certainty::Sure
    } else if digits == 4
        && (after.starts_with("19") || after.starts_with("20"))
        && after[4..].starts_with('年')
    {
        Certainty::BeforeYear
    } else {
        Certainty::Decimal
    }
}

/// The style, the number as written, and the marker's length in characters.
fn marker_style(line: &str) -> Option<(Style, &str, usize)> {
    let chars = |s: &str| s.chars().count();
    let first = line.chars().next()?;
    // `一、`, then `一是`: both start with Chinese numerals.
    if numerals::is_numeral_char(first) {
        let run = prefix_len(line, is_section_numeral);
        if run > 0 && line[run..].starts_with('、') {
            return Some((Style::ChineseComma, &line[..run], chars(&line[..run]) + 1));
        }
        let run = prefix_len(line, is_enumeration_numeral);
        let count = chars(&line[..run]);
        if (1..=3).contains(&count) && line[run..].starts_with('是') {
            return Some((Style::ChineseIs, &line[..run], count + 1));
        }
        return None;
    }
    if let Some(rest) = line.strip_prefix('(') {
        let run = prefix_len(rest, is_section_numeral);
        if run > 0 && rest[run..].starts_with(')') {
            return Some((Style::ChineseParen, &rest[..run], chars(&rest[..run]) + 2));
        }
        let run = prefix_len(rest, |c| c.is_ascii_digit());
        if (1..=MAX_DIGITS).contains(&run) && rest[run..].starts_with(')') {
            return Some((Style::ArabicParen, &rest[..run], run + 2));
        }
        return None;
    }
    // `其一，…其二，…`: ordinals too.
    if let Some(rest) = line.strip_prefix('其') {
        let ordinal = prefix_len(rest, is_enumeration_numeral);
        let count = chars(&rest[..ordinal]);
        if (1..=3).contains(&count) && rest[ordinal..].starts_with([',', '、', ':']) {
            return Some((Style::Ordinal, &rest[..ordinal], 1 + count + 1));
        }
        return None;
    }
    if let Some(rest) = line.strip_prefix('第') {
        let run = named_number(rest)?;
        // `第一，坚持…`: an ordinal and a pause, not `第一批`, `第一次`.
        let ordinal = prefix_len(rest, is_enumeration_numeral);
        let count = chars(&rest[..ordinal]);
        if (1..=3).contains(&count) && rest[ordinal..].starts_with([',', '、', ':']) {
            return Some((Style::Ordinal, &rest[..ordinal], 1 + count + 1));
        }
        let after = rest[run..].strip_prefix("部分")?;
        let punct = usize::from(after.starts_with(['、', ':', '.']));
        return Some((
            Style::Part,
            &rest[..run],
            1 + chars(&rest[..run]) + 2 + punct,
        ));
    }
    // (Most lines open with another character: asked only of these.)
    if matches!(first, '【' | '[' | '典') || CASE_LABELS.iter().any(|w| w.starts_with(first)) {
        return case_label(line);
    }
    if ('①'..='⑳').contains(&first) {
        return Some((Style::Circled, &line[..first.len_utf8()], 1));
    }
    // `㈠2024年，…`: a bulletin's `（一）` in one character. (Written so, the
    // whole section was one text, and an item opening with an earlier year
    // no longer opened its sentence with it: 2023's figure failed 2024.)
    if PARENTHESIZED.contains(&first) {
        return Some((Style::ChineseParen, &line[..first.len_utf8()], 1));
    }
    let digits = prefix_len(line, |c| c.is_ascii_digit());
    if !(1..=MAX_DIGITS).contains(&digits) {
        return None;
    }
    let rest = &line[digits..];
    if let Some(after) = rest.strip_prefix('.') {
        // `1.1.1 总则` is a numbered clause of a regulation, not case 1.
        let fraction = prefix_len(after, |c| c.is_ascii_digit());
        if fraction > 0 && after[fraction..].starts_with('.') {
            return None;
        }
        return Some((Style::ArabicDot, &line[..digits], digits + 1));
    }
    if rest.starts_with('、') {
        return Some((Style::ArabicComma, &line[..digits], digits + 1));
    }
    if rest.starts_with(')') {
        return Some((Style::ArabicHalfParen, &line[..digits], digits + 1));
    }
    None
}

/// The parenthesized ideographs ㈠…㈩: `（一）`…`（十）` in one character each.
const PARENTHESIZED: std::ops::RangeInclusive<char> = '㈠'..='㈩';

/// Words that label the cases of a collection, before their number:
/// `案例一：`, `做法一：`, `经验一：` (`典型` may stand before them).
const CASE_LABELS: [&str; 3] = ["案例", "做法", "经验"];

/// A case's label (`案例一：`, `案例1.`, `典型案例2 `, `做法一：`), or one in
/// brackets (`【案例一】`, `【典型案例1】`, `[案例2]`), at the start of `line`:
/// the style, the number's text and the marker's length in characters. Out
/// of brackets the number is followed by `:` `、` `.` or a blank (counted in
/// the marker), or ends the line; in brackets, by the closing bracket and
/// maybe one of those. (A bracketed label was no case: the collection read
/// as one lead-in, and its cases were said to be missing.)
fn case_label(line: &str) -> Option<(Style, &str, usize)> {
    let (bracket, rest) = match line.strip_prefix(['【', '[']) {
        Some(rest) => (1, rest),
        None => (0, line),
    };
    let (typical, rest) = rest.strip_prefix("典型").map_or((0, rest), |r| (2, r));
    let rest = CASE_LABELS.iter().find_map(|w| rest.strip_prefix(w))?;
    let run = named_number(rest)?;
    let number = &rest[..run];
    let mut after = &rest[run..];
    let mut len = bracket + typical + 2 + number.chars().count();
    if bracket == 1 {
        after = after.strip_prefix(['】', ']'])?;
        len += 1;
    }
    let punct = usize::from(after.starts_with([':', '、', '.', ' ']));
    if bracket == 0 && punct == 0 && !after.is_empty() {
        return None;
    }
    Some((Style::Case, number, len + punct))
}

/// The length in bytes of the number that opens `rest`, after a word that
/// names what is numbered (`第一部分`, `案例12`): Chinese numerals, or one
/// to three digits.
fn named_number(rest: &str) -> Option<usize> {
    let chinese = prefix_len(rest, is_section_numeral);
    if chinese > 0 {
        return Some(chinese);
    }
    let digits = prefix_len(rest, |c| c.is_ascii_digit());
    (1..=3).contains(&digits).then_some(digits)
}

/// The most digits of an Arabic marker (`(1)`, `1.`, `1、`): case 40,000
/// of a long list is a case. Numbers from [`BIG`] on only open in sequence.
const MAX_DIGITS: usize = 9;

/// From this number on a marker opens only as the number due: `2020、2021年`
/// at a line start is two years, not a skip to case 2020.
const BIG: u32 = 1_000;

/// What the sequence says about a marker of the right style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Opens a case (or section): the next number, or a skip after a
    /// sentence end (`gap`).
    Open { gap: bool },
    /// Read as text of what comes before, for this reason.
    Text(Rejection),
    /// Not a marker at all: `2.5万余人` inside a case where case 5 is not
    /// due, a figure like any other. Not worth a word.
    Figure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rejection {
    /// A later number without a sentence end before it: a wrapped line.
    Ahead,
    /// A number already used.
    Behind,
    /// `1.5万人` where case 1 is due, but the line before goes on.
    Figure,
}

/// Decides whether a marker opens the next case (or section).
///
/// - A [`Certainty::Sure`] or [`Certainty::BeforeYear`] marker opens when
///   its number is `expected`, or higher right after a sentence end (a
///   gap in the numbering).
/// - A marker numbered [`BIG`] or more opens only as the number due.
/// - A [`Certainty::Decimal`] one (`1.100%的学校`) opens only when its
///   number is `expected` **and** the line before ended a sentence. Where
///   the number is due but the line before goes on, it is a figure that
///   wrapped (`…培训教师` + `1.5万人`), which is worth a diagnostic; any other
///   number makes it a figure like any other.
fn verdict(m: Marker, expected: u32, previous_ended: bool) -> Verdict {
    if m.number >= BIG && m.number != expected {
        return Verdict::Figure;
    }
    match m.certainty {
        Certainty::Decimal if m.number != expected => Verdict::Figure,
        Certainty::Decimal if previous_ended => Verdict::Open { gap: false },
        Certainty::Decimal => Verdict::Text(Rejection::Figure),
        _ if m.number == expected => Verdict::Open { gap: false },
        _ if m.number < expected => Verdict::Text(Rejection::Behind),
        _ if previous_ended => Verdict::Open { gap: true },
        _ => Verdict::Text(Rejection::Ahead),
    }
}

/// Whether a marker that may be a figure (`2.6万名随迁子女…`, a
/// [`Certainty::Decimal`] one) is followed, in `later` (the markers of the
/// lines after it, in the section), by a sure marker of its style and
/// number (`2.推进学前教育…`) before any of a higher number: then the number
/// is that case's, and this line starts with a figure. (Read as case 2, the
/// line lost the figure's `2.` and the real case 2 was read as its text.)
fn sure_marker_follows(later: &[Option<Marker>], m: Marker) -> bool {
    m.certainty == Certainty::Decimal
        && later
            .iter()
            .flatten()
            .filter(|l| l.style == m.style && l.certainty != Certainty::Decimal)
            .take_while(|l| l.number <= m.number)
            .any(|l| l.number == m.number)
}

/// Whether a marker that may be a figure (`3.6亿元专项资金…`, a
/// [`Certainty::Decimal`] one, at line `idx`) has no blank after it, where
/// every marker of its style on the lines before it in the section has
/// one (`1. 职普协调`, `2. 学前教育`): the writer puts a blank after a
/// case's number, so this is a figure that opens a line. (Read as case 3,
/// the figure lost its `3.`.)
fn unspaced_among_spaced(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    idx: usize,
    m: Marker,
) -> bool {
    let blank_after = |line: &Line<'_>, m: &Marker| {
        line.text
            .chars()
            .nth(m.len)
            .is_some_and(|c| c == ' ' || c == '\u{3000}' || c == '\t')
    };
    if m.certainty != Certainty::Decimal || lines.get(idx).is_none_or(|l| blank_after(l, &m)) {
        return false;
    }
    let mut earlier = lines
        .iter()
        .zip(markers)
        .take(idx)
        .filter_map(|(l, k)| {
            k.filter(|k| k.style == m.style && k.certainty != Certainty::Decimal)
                .map(|k| (l, k))
        })
        .peekable();
    earlier.peek().is_some() && earlier.all(|(l, k)| blank_after(l, &k))
}

/// The marker as written at the start of `line`.
fn marker_text(line: &Line<'_>, m: Marker) -> String {
    char_slice(line.text, 0..m.len).to_string()
}

/// The figure a [`Certainty::Decimal`] marker is read as instead (`1.5`).
fn figure_text(line: &Line<'_>, m: Marker) -> String {
    let marker = char_slice(line.normal, 0..m.len);
    let after = &line.normal[marker.len()..];
    let fraction = prefix_len(after, |c| c.is_ascii_digit());
    format!("{marker}{}", &after[..fraction])
}

/// Records a numbered line that is read as text, and why.
fn unread(line: &Line<'_>, m: Marker, reason: UnreadReason) -> UnreadNumbering {
    UnreadNumbering {
        marker: marker_text(line, m),
        number: m.number,
        line: line.number,
        column: line.column,
        reason,
    }
}

/// The byte length of the longest prefix of `s` whose characters satisfy `f`.
fn prefix_len(s: &str, f: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|(_, c)| !f(*c))
        .map_or(s.len(), |(i, _)| i)
}

/// Whether a line ends a sentence, so that the next line starts a new one.
///
/// A closing quote ends a sentence only when a sentence end stands inside
/// it (`…。”`): `探索推行“党建+”` + `模式` is one sentence wrapped after the
/// quote, as PDF extraction often leaves it.
fn ends_sentence(line: &str) -> bool {
    let mut rev = line.trim_end().chars().rev();
    let is_end = dutycheck_vocab::punctuation::ends_line_sentence;
    match rev.next() {
        Some('”' | '」' | '’') => rev.next().is_some_and(is_end),
        Some(c) => is_end(c),
        None => false,
    }
}

/// Whether the next line starts a new sentence after `line`: it ends one,
/// or it is a row of a table (see [`is_table_row`]).
fn ends_line(line: &Line<'_>) -> bool {
    ends_sentence(line.text) || is_table_row(line.normal)
}

/// Whether a line (folded) is an item of a list marked by a bullet, not by
/// a number: `- 九年义务教育巩固率：96.4%` (Markdown's `-`, `*`, `+` and a
/// blank), `• …`, `● …`. The line before it ends there, as a sentence would:
/// it was glued to the item (`…90.7%（全市92.0%）- 九年…`), and the item's
/// figure was read as the city's.
fn is_bulleted(normal: &str) -> bool {
    let line = normal.trim_start();
    ["- ", "* ", "+ "].iter().any(|b| line.starts_with(b)) || line.starts_with(BULLETS)
}

/// The marks that open a bulleted line (`● 全县…`), or a region's label
/// (`■青溪县`). Not `○`, which is also a zero: `二○二三年` may wrap after `二`.
const BULLETS: [char; 10] = ['•', '●', '■', '◆', '▪', '◇', '□', '·', '▲', '★'];

/// The longest line that may be a region's label, in bytes: a name of ten
/// characters with a grade's note (`青溪县（评价等次：基本合格）`), its brackets
/// and blanks.
const LABEL_BYTES: usize = 72;

/// The brackets a region's label stands in on a line of its own:
/// `【青溪县】`, `〔青溪县〕`, `[青溪县]`, `［青溪县］`, `〖青溪县〗`.
const LABEL_BRACKETS: [(char, char); 5] = [
    ('【', '】'),
    ('〔', '〕'),
    ('[', ']'),
    ('［', '］'),
    ('〖', '〗'),
];

/// The region's name when `line` is a region's label with no number, alone
/// on its line: in brackets (`【青溪县】`, [`LABEL_BRACKETS`]), after a
/// bullet (`■青溪县`, [`BULLETS`]) or a Markdown heading's marks in a text
/// file (`## 青溪县`), before a colon (`青溪县：`), or bare (`青溪县`,
/// `青溪县（优秀）`). Collections of cases and bulletins head their regions
/// this way as often as with `一、`; read as text, the first region's cases
/// became the sections and every figure under them was lost (`missing`).
///
/// The name must be a region's ([`regions::is_region`], after a grade note)
/// and of three characters at least, so that `城区` or `全县` alone on a line
/// is not a heading. The line is then a heading ([`Line::heading`]), and
/// numbered as Markdown headings are ([`number_headings`]).
fn region_label(line: &str) -> Option<&str> {
    // (Asked of every line: a label is short, and most lines are a
    // paragraph, which its length rules out before any character is read.)
    if line.len() > LABEL_BYTES {
        return None;
    }
    let line = line.trim_end();
    let first = line.chars().next()?;
    let last = line.chars().next_back()?;
    let inner = if let Some((inner, after)) = in_label_brackets(line) {
        // (Words after the brackets: `split_inline_labels` reads them.)
        if !after.is_empty() {
            return None;
        }
        inner
    } else if BULLETS.contains(&first) || first == '#' {
        line.trim_start_matches(|c: char| c == first || c.is_whitespace())
    } else if matches!(last, '：' | ':') {
        line.strip_suffix(last)?
    } else if regions::REGION_ENDS.contains(&last) || matches!(last, '）' | ')') {
        line
    } else {
        return None;
    };
    let name = inner.trim();
    names_labelled_region(name).then_some(name)
}

/// The words inside the brackets of [`LABEL_BRACKETS`] that open `line`
/// (`青溪县` of `【青溪县】…`), and the words after the closing bracket.
fn in_label_brackets(line: &str) -> Option<(&str, &str)> {
    let first = line.chars().next()?;
    let &(_, close) = LABEL_BRACKETS.iter().find(|(open, _)| *open == first)?;
    line[first.len_utf8()..].split_once(close)
}

/// Whether a label's words name a region (with a grade's note at most) of
/// three characters at least: `城区` or `全县` alone heads nothing.
fn names_labelled_region(name: &str) -> bool {
    name.chars().count() >= 3 && regions::is_region(regions::without_note(name))
}

/// Whether a numbered line with no stop at its end is a title on a line of
/// its own (`（一）化解大班额` over `2022年底，全县大班额比例为6.3%；…`), not
/// the first line of a wrapped paragraph. PDF text breaks lines anywhere
/// (`1.认真落实教育投入保障政策,教` + `育经费持续增长`, `2.普惠性幼儿园覆盖率
/// 提高至` + `90%`), so length alone cannot tell; a title is short (at most
/// [`TITLE_LIMIT`] characters, and well short of the widest line of its
/// section, which `widest` counts), has no clause mark inside, and the line after it
/// opens a sentence of its own: with a year (`2022年底，`, `截至2021年底，`)
/// or with the region by its level (`全县`, `我市`). The next line then starts a
/// sentence, so its opening still dates and places what it states.
fn is_title_line(
    line: &Line<'_>,
    marker: Option<Marker>,
    next: Option<&Line<'_>>,
    mut widest: impl FnMut() -> usize,
) -> bool {
    let Some((marker, next)) = marker.zip(next) else {
        return false;
    };
    // At most TITLE_LIMIT characters of at most four bytes each.
    if line.text.len() > 4 * TITLE_LIMIT {
        return false;
    }
    let chars = line.text.chars().count();
    if chars > TITLE_LIMIT {
        return false;
    }
    // `（一）整改意见`, `（二）存在的问题`, `下一步工作打算`: a heading of
    // plans, demands, problems or background is a title whatever follows
    // and however short its section's lines (glued to its first line, a
    // demand's figures were read as levels).
    let heading = || {
        let opening = line.normal.trim_start();
        let after_marker = opening
            .char_indices()
            .nth(marker.len)
            .map_or("", |(at, _)| &opening[at..]);
        plans::holds_no_work(after_marker.trim())
    };
    if chars * 10 > widest() * 6 && !heading() {
        return false;
    }
    let next = next.normal.trim_start();
    let mut opening = next.chars();
    let dated = next.len() > 4
        && next.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && next[4..].starts_with('年');
    // `全县…`, `我区…`, or the level alone, as a district writes of itself
    // (`区义务教育教师…`, `县教育局…`).
    // A place within it opens one too (`青石镇公办园…`, `城区学校…`,
    // `农村学校…`): glued to the title, the place was no longer at the
    // start of its clause, and its figure was read as the region's.
    let placed = match (opening.next(), opening.next()) {
        (Some(by), Some(level)) if regions::BY_LEVEL.contains(&by) => regions::is_level(level),
        (Some(level), _) => regions::is_level(level),
        _ => false,
    } || next
        .chars()
        .take(7)
        .take_while(|c| regions::is_ideograph(*c))
        .skip(2)
        .any(regions::is_level)
        || regions::names_subdistrict(
            next.char_indices()
                .nth(8)
                .map_or(next, |(end, _)| &next[..end]),
        )
        || regions::URBAN
            .iter()
            .chain(&regions::RURAL)
            .any(|w| next.starts_with(w));
    // A plan opens a sentence too (`下一步，…`, `力争…`, `到2025年底，…`,
    // `到“十四五”末，…`): glued to the title, it was read as an achievement.
    let deadline = next.strip_prefix('到').is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '“' | '"'))
    });
    // `截至2021年底，…`, `自2021年以来，…`: a date that opens a sentence.
    let as_of = periods::UP_TO
        .iter()
        .chain(&["自"])
        .filter_map(|w| next.strip_prefix(w))
        .any(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let opened = periods::BEFORE_REMEDY
        .iter()
        .chain(&periods::AFTER_REMEDY)
        .chain(&SENTENCE_OPENERS)
        .chain(&plans::PLAN_OPENERS)
        .chain(&plans::SENTENCE_PLANS)
        .any(|w| next.starts_with(w))
        || deadline;
    // A title names a topic; a line that ends on a word that needs what
    // follows (`由`, `提高到`, `的`) was broken by the page.
    let ends_open = line
        .normal
        .trim_end()
        .ends_with(|c: char| UNFINISHED.contains(&c));
    // The marker's length is in characters (and may start after blanks).
    // A quote or a bracket left open (`探索推行“党建+`) goes on.
    let mut open = 0i32;
    let mut commas = false;
    let mut figures = false;
    let marked = line.normal.trim_start().chars().skip(marker.len).any(|c| {
        match c {
            '(' | '“' | '《' => open += 1,
            ')' | '”' | '》' => open -= 1,
            ',' => commas = true,
            _ => figures |= c.is_ascii_digit(),
        }
        (dutycheck_vocab::punctuation::is_clause_end(c) && c != ',') || c == '、'
    });
    // A title of two phrases (`（一）强化保障，确保教育投入只增不减` over `2023年…`):
    // a comma with no figure, before a line that opens a sentence of its
    // own. (Glued to it, the title's `确保` made the year's fall a plan.)
    // `【背景】2022年，…`, `〔做法〕…`, `背景情况：…`: a label opens a
    // paragraph of its own. (Glued to the title, `扩充学前资源【背景】2022年，`
    // no longer opened with its year, and 2022's figures were read as the
    // report year's.)
    let labelled = || {
        plans::after_label(next).len() < next.len()
            || LABEL_BRACKETS.iter().any(|(open, close)| {
                next.strip_prefix(*open).is_some_and(|rest| {
                    rest.get(..rest.floor_char_boundary(3 * LABEL_CHARS))
                        .is_some_and(|near| near.contains(*close))
                })
            })
    };
    let marked = marked || (commas && (figures || !(dated || as_of || placed || labelled())));
    // `（一）高中阶段教育`, `（二）教师队伍建设`: a short line that ends on a
    // word of a topic names it (glued to its first line, `高中阶段教育高中
    // 阶段毛入学率…` read the stage before the name as a part).
    let topic = || {
        TOPIC_ENDS
            .iter()
            .any(|w| line.normal.trim_end().ends_with(w))
    };
    !ends_open
        && !marked
        && open == 0
        && (dated || as_of || placed || opened || heading() || topic() || labelled())
}

/// How many characters a paragraph's label in brackets may hold
/// (`【案例背景】`, `〔主要做法〕`).
const LABEL_CHARS: usize = 8;

/// Whether the blank line `idx` stands in the middle of a sentence, as text
/// copied out of a PDF has them at a page's end (`…支出8.1亿元，比上年` / blank
/// / `下降3.5%。`: the change was lost): the line of text before it stops
/// mid-sentence, after a clause mark or as a long line does (a title is
/// short, and ends its sentence: `教育投入保障` / blank / `全县…`), and the
/// line of text after it opens no number. (Whether the line before ended a
/// sentence is the caller's to know; this is asked only when it did not.)
fn blank_in_sentence(lines: &[Line<'_>], markers: &[Option<Marker>], idx: usize) -> bool {
    let kept = |l: &&Line<'_>| !l.furniture && !l.text.is_empty();
    let Some(before) = lines.get(..idx).and_then(|b| b.iter().rev().find(kept)) else {
        return false;
    };
    let Some(after) = lines
        .get(idx + 1..)
        .and_then(|a| a.iter().position(|l| kept(&l)))
        .map(|i| idx + 1 + i)
    else {
        return false;
    };
    let mid_clause = before.normal.trim_end().ends_with([',', '、', ':']);
    let long = before.text.chars().count() > TITLE_LIMIT;
    (mid_clause || long) && markers.get(after).is_some_and(Option::is_none)
}

/// Marks as page furniture each line that repeats the report's title
/// (folded: `title`), alone or with a page number after it: a PDF's running
/// header, copied with its text (`…比上年` / `澜溪市…自查自评报告   — 2 —` /
/// `下降1.6%。`: the header was read inside the sentence, and the change
/// was lost). Titles of a few characters are not looked for.
fn mark_running_headers(lines: &mut [Line<'_>], title: &str) {
    const SHORTEST: usize = 8;
    let title = title.trim();
    let Some(first) = title.chars().next() else {
        return;
    };
    if title.chars().count() < SHORTEST {
        return;
    }
    for line in lines {
        // Most lines open with another character: no string is compared.
        if !line.normal.starts_with(first) {
            continue;
        }
        let Some(rest) = line.normal.strip_prefix(title) else {
            continue;
        };
        let page_number = rest.chars().all(|c| {
            c.is_ascii_digit()
                || c.is_whitespace()
                || matches!(c, '-' | '—' | '–' | '－' | '第' | '页' | '共' | '/')
        });
        if page_number {
            line.text = "";
            line.normal = "";
            line.furniture = true;
        }
    }
}

/// Marks as page furniture each line that holds only a page's number
/// (`2`, `- 3 -`, `－２－`, `—4—`, `第2页`: [`is_page_number`]) between two
/// lines of one sentence: the
/// line before it stops mid-sentence, and a line of text follows. A PDF's
/// text copied with one page break, or with bare numbers, keeps them
/// there; joined to the figure after it, the number became its first digits
/// (`为` / `2` / `78.2%` was read as 278.2%, and passed), or a range with it
/// (`2`到`51.6%`). A number line after a sentence's end may be the
/// report's own, and is left.
fn mark_page_numbers(lines: &mut [Line<'_>]) {
    let kept = |l: &Line<'_>| !l.furniture && !l.text.trim().is_empty();
    for i in 0..lines.len() {
        // (Most lines are no number: asked first, and the lines around only
        // then.)
        if lines[i].furniture || !is_page_number(lines[i].normal) {
            continue;
        }
        let page = lines[..i]
            .iter()
            .rev()
            .find(|l| kept(l))
            .is_some_and(|b| !ends_sentence(b.normal))
            && lines[i + 1..].iter().any(kept);
        if page {
            let line = &mut lines[i];
            line.text = "";
            line.normal = "";
            line.furniture = true;
        }
    }
}

/// Whether folded `line` is a page's number alone, as the reader marks a
/// PDF's ([`dutycheck_read::pdf::layout::is_page_number`]), asked only of a
/// short line that holds a digit and opens as a page number can.
fn is_page_number(line: &str) -> bool {
    line.len() <= PAGE_NUMBER_BYTES
        && line.trim_start().starts_with(|c: char| {
            c.is_ascii_digit() || matches!(c, '-' | '—' | '–' | '－' | '第' | 'P' | 'p')
        })
        && line.bytes().any(|b| b.is_ascii_digit())
        && dutycheck_read::pdf::layout::is_page_number(line)
}

/// The most bytes of a line that may be a page's number (`第 12 页 共 40 页`).
const PAGE_NUMBER_BYTES: usize = 32;

/// The next line after `idx` that holds text (not a blank, not page
/// furniture).
fn next_kept<'l, 'a>(lines: &'l [Line<'a>], idx: usize) -> Option<&'l Line<'a>> {
    lines
        .get(idx + 1..)?
        .iter()
        .find(|l| !l.furniture && !l.text.is_empty())
}

/// Whether a line (folded) opens the attachments of a document: `附件：…`,
/// `附件1`, `附件`, `附件一`.
fn opens_attachments(normal: &str) -> bool {
    normal
        .trim_start()
        .strip_prefix("附件")
        .is_some_and(|rest| {
            let rest = rest.trim();
            rest.is_empty()
                || rest.starts_with(|c: char| {
                    c == ':' || c.is_ascii_digit() || numerals::digit(c).is_some()
                })
        })
}

/// The longest numbered line that may be a title on a line of its own
/// ([`is_title_line`]).
const TITLE_LIMIT: usize = 24;

/// Words that open the sentence after a case's title (besides a year, the
/// region by its level and the words of a rectification): what the work
/// was, or its time (`近年来，…`, `县政府高度重视…`, `通过…`).
const SENTENCE_OPENERS: [&str; 13] = [
    "近年来",
    "今年",
    "去年",
    "本年",
    "全年",
    "县委",
    "县政府",
    "市委",
    "市政府",
    "区委",
    "区政府",
    "通过",
    "按照",
];

/// Words a topic's heading ends on (`高中阶段教育`, `经费投入保障`,
/// `教师队伍建设`, `控辍保学工作`): a short numbered line that ends on one
/// is a title, whatever opens the line after it.
const TOPIC_ENDS: [&str; 10] = [
    "教育", "保障", "工作", "建设", "发展", "管理", "改革", "机制", "体系", "攻坚",
];

/// Characters a title does not end on: they need the words that follow
/// (`由` + `2022年的90%…`, `提高到` + `92%`, `的`, `和`).
const UNFINISHED: [char; 16] = [
    '由', '从', '自', '至', '到', '为', '达', '的', '和', '及', '与', '在', '将', '对', '比', '较',
];

/// Whether a line (normalised) is a row of a table turned into text: cells
/// between `|` (Markdown), or at least three cells separated by tabs or
/// blanks (Word, a PDF's text) with no clause punctuation and a figure or a
/// year in two of them at least, after the first (`学前三年毛入园率 ≥85% 92.1% 93.6% 达标`,
/// `指标 国家标准 2021年 2022年`).
///
/// A row keeps a line of its own in the case text: it is joined neither to
/// the line before (a caption `表1 主要指标` does not end a sentence) nor
/// to the line after, as a wrapped sentence would be. Glued together, the
/// rows of a table lose their columns, and the extractor reads a table by
/// its columns (see `dutycheck_extract::tables`).
fn is_table_row(normal: &str) -> bool {
    let t = normal.trim();
    if t.len() > 1 && t.starts_with('|') && t.ends_with('|') {
        return true;
    }
    if t.chars().any(dutycheck_vocab::punctuation::is_clause_end) {
        return false;
    }
    // Cells between tabs (a Word table): a header of words alone
    // (`指标	完成情况	目标值`) or a row under a merged cell (`2022年	2023年`)
    // is a row too. Glued to the next, `目标值` + `2022年` made one cell,
    // and the columns after it moved by one.
    if t.split('\t').filter(|c| !c.trim().is_empty()).count() >= 2 {
        return true;
    }
    // A blank inside a figure does not separate cells: `2 520个` (digits
    // grouped by thousands), `51.6 %`, `26.4 亿元` (a unit set apart).
    let mut cells: Vec<String> = Vec::new();
    for token in t.split_whitespace() {
        let joins = cells.last().is_some_and(|last| {
            let grouped = last.bytes().all(|b| b.is_ascii_digit())
                && token.bytes().take_while(u8::is_ascii_digit).count() == 3;
            let unit = last.ends_with(|c: char| c.is_ascii_digit())
                && (dutycheck_vocab::units::UNITS
                    .iter()
                    .any(|(u, _)| token.starts_with(u))
                    || numerals::MULTIPLIERS
                        .iter()
                        .any(|(m, _)| token.starts_with(m)));
            grouped || unit
        });
        match cells.last_mut() {
            Some(last) if joins => last.push_str(token),
            _ => cells.push(token.to_string()),
        }
    }
    // The first cell is the row's label (or a case marker and text).
    cells.len() >= 3
        && cells[1..]
            .iter()
            .filter(|c| c.bytes().any(|b| b.is_ascii_digit()))
            .count()
            >= 2
}

/// One line of the original, with its leading and trailing blanks removed.
#[derive(Clone, Copy)]
struct Line<'a> {
    number: u32,
    /// Column (1-based, in characters) of the first kept character.
    column: u32,
    text: &'a str,
    /// `text` folded: the same characters of the report's folded text
    /// ([`normalize`], done once per report), which markers are read in.
    normal: &'a str,
    /// The level of a Markdown heading (`## 济南市` is 2); the `#` marks are
    /// not part of `text` but are counted in `column`.
    heading: Option<u8>,
    /// Page furniture of a PDF or of its text dump (a running header, a
    /// footer, a page number, marked by the reader with
    /// [`dutycheck_read::PAGE_FURNITURE`]): it
    /// keeps its line number but is not read, and has no text.
    furniture: bool,
}

/// Splits the text into lines. In Markdown, the `#` marks of a heading and
/// the `**` around a bold line are markup, not text: they are skipped like
/// leading blanks, so that `## 一、济南市` is the heading `一、济南市` and
/// columns still count from the start of the original line. In any format,
/// a region's label alone on a line (`【青溪县】`, [`region_label`]) is a
/// heading too, named by the region without its brackets.
///
/// A line that starts with [`dutycheck_read::PAGE_FURNITURE`] is page
/// furniture (the reader marks it so in a PDF's text, or in a text dump of
/// one with form feeds between pages): see [`Line`].
///
/// `normal` is `text` folded ([`normalize`]): folding keeps every
/// character (and so every line) where it is, so each line's folded text
/// is a slice of it, cut at the same characters.
fn lines<'a>(text: &'a str, normal: &'a str, markdown: bool) -> Vec<Line<'a>> {
    text.split('\n')
        .zip(normal.split('\n'))
        .enumerate()
        .map(|(i, (raw, folded))| {
            work(raw.len());
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let folded = folded.strip_suffix('\r').unwrap_or(folded);
            if raw.starts_with(dutycheck_read::PAGE_FURNITURE) {
                return Line {
                    number: u32::try_from(i + 1).unwrap_or(u32::MAX),
                    column: 1,
                    text: "",
                    normal: "",
                    heading: None,
                    furniture: true,
                };
            }
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
            if heading.is_none()
                && let Some(name) = region_label(rest)
            {
                heading = Some(1);
                rest = name;
            }
            // `rest` is a slice of `raw`: the characters before it are the
            // leading blanks and markup, whatever was trimmed at its end.
            let offset = (rest.as_ptr() as usize).saturating_sub(raw.as_ptr() as usize);
            let lead = raw.get(..offset).map_or(0, |l| l.chars().count());
            let text = rest.trim_end();
            // The folded line less the same characters: `lead` at its start
            // and those after `text` at its end (blanks and markup, a few).
            let normal = if folded.len() == raw.len() {
                // Nothing on the line was folded: the bytes are the same.
                folded.get(offset..offset + text.len()).unwrap_or_default()
            } else {
                let tail = raw
                    .get(offset + text.len()..)
                    .map_or(0, |t| t.chars().count());
                let start = folded
                    .char_indices()
                    .nth(lead)
                    .map_or(folded.len(), |(b, _)| b);
                let end = match tail.checked_sub(1) {
                    None => folded.len(),
                    Some(k) => folded.char_indices().rev().nth(k).map_or(0, |(b, _)| b),
                };
                folded.get(start..end.max(start)).unwrap_or_default()
            };
            Line {
                number: u32::try_from(i + 1).unwrap_or(u32::MAX),
                column: u32::try_from(lead + 1).unwrap_or(u32::MAX),
                text,
                normal,
                heading,
                furniture: false,
            }
        })
        .collect()
}

/// Numbers the headings that carry no numbering of their own: Markdown's,
/// and a region's label in any format ([`region_label`]).
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
                certainty: Certainty::Sure,
            });
        }
    }
}

/// The most characters a region's heading in a stray style may hold
/// ([`adopt_stray_region_headings`]): a name and a title.
const STRAY_HEADING_LIMIT: usize = 40;

/// Gives the section style to a region's heading written in another style
/// than the sections': `一、白沙县` `二、东岭县`, then `（三）南湖区`,
/// `案例三：南湖区“县管校聘”…` (even where `案例一` `案例二` were the cases of
/// the section before), or a region's name alone on its line (`北塘县`), as
/// a collection put together from the regions' own texts heads them. Read
/// in the style it was written in, the region's cases were the section
/// before's, and its figures that region's.
///
/// A line is adopted only when all of these hold, so that a case is never
/// taken for a region:
/// - every section heading before it names a region ([`regions::of_heading`]),
///   and it names another one, at its start, as a heading does (alone, or
///   before a colon, a dash or a quote that opens a title, or as a title's
///   subject: [`regions::named_at_start`]);
/// - it is not a case of the section it would end: its style is not the
///   cases' there (the style of the first numbered line after that
///   section's heading: a city's `（三）南湖区新建…` under `一、青石市` with
///   cases `（一）` `（二）` is its case 3), or, if it is, its number was
///   used already (`案例二：西山县…` after that section's `案例二`);
/// - its number comes after the section before's (a compilation keeps the
///   numbers its parts were sent with, so one may be skipped). A name with
///   no number is given the next one, and only where the next section's
///   heading leaves that number free (or no heading follows), so that no
///   section after it is pushed out of sequence;
/// - it is a heading: it holds no sentence's end and no figure
///   ([`states_figures`]), at most [`STRAY_HEADING_LIMIT`] characters, and
///   the line before ended a sentence.
fn adopt_stray_region_headings(
    lines: &[Line<'_>],
    markers: &mut [Option<Marker>],
    from: usize,
    style: Style,
) {
    // The last section heading's number and region; the style of the first
    // numbered line after it, and the highest number of that style since.
    let mut last: Option<(u32, String)> = None;
    let mut case_style: Option<(Style, u32)> = None;
    let mut regions_only = true;
    // The last line of text before this one, and whether a blank line
    // stood after it: whether it ended a sentence is asked only of the
    // lines before a numbered one.
    let mut previous: Option<usize> = None;
    let mut blank_since = true;
    for idx in from..lines.len() {
        let Some(line) = lines.get(idx) else { break };
        if line.furniture {
            continue;
        }
        if line.text.is_empty() {
            blank_since = true;
            continue;
        }
        let before = previous.replace(idx);
        let blank = std::mem::replace(&mut blank_since, false);
        let Some(m) = markers.get(idx).copied().flatten() else {
            continue;
        };
        let ended = blank || before.and_then(|i| lines.get(i)).is_none_or(ends_line);
        // (Asked only of headings and of lines the cheap questions below
        // leave: most numbered lines are cases.)
        let name = || heading_name(line.text, m.len);
        if m.style == style {
            let region = regions::of_heading(&name()).map(str::to_string);
            regions_only &= region.is_some();
            last = Some((m.number, region.unwrap_or_default()));
            case_style = None;
            continue;
        }
        let Some((number, region)) = last.as_ref() else {
            continue;
        };
        // A name with no number of its own (a label, `北塘县`) takes the
        // next one.
        let unnumbered = m.len == 0;
        let wanted = if unnumbered {
            number.saturating_add(1)
        } else {
            m.number
        };
        let a_case = match case_style {
            None => {
                case_style = Some((m.style, m.number));
                false
            }
            Some((case, highest)) if case == m.style => {
                let used = m.number <= highest;
                case_style = Some((case, highest.max(m.number)));
                !used
            }
            Some(_) => false,
        };
        if !regions_only
            || !ended
            || a_case
            || m.certainty == Certainty::Decimal
            || wanted <= *number
            || line.text.len() > 4 * (STRAY_HEADING_LIMIT + m.len)
            || ends_line(line)
            || line.text.contains(['。', '；', ';'])
            || states_figures(line.normal)
            || (unnumbered && !number_free(markers, idx, style, wanted))
        {
            continue;
        }
        let name = name();
        if name.chars().count() > STRAY_HEADING_LIMIT {
            continue;
        }
        let named = regions::of_heading(&name).or_else(|| {
            regions::named_at_start(&name).filter(|head| regions::opens_as_subject(&name, head))
        });
        let Some(named) = named.filter(|n| regions::key(n) != regions::key(region)) else {
            continue;
        };
        let named = named.to_string();
        if let Some(slot) = markers.get_mut(idx) {
            *slot = Some(Marker {
                style,
                number: wanted,
                ..m
            });
        }
        last = Some((wanted, named));
        case_style = None;
    }
}

/// Whether the first heading of `style` after line `idx` leaves `number`
/// free: it is numbered higher, or there is none.
fn number_free(markers: &[Option<Marker>], idx: usize, style: Style, number: u32) -> bool {
    markers
        .iter()
        .skip(idx + 1)
        .flatten()
        .find(|m| m.style == style)
        .is_none_or(|m| m.number > number)
}

/// Parses a decoded document into a [`Report`] with empty quantities and
/// indicators.
///
/// Fails only when no section can be found: a report without sections has
/// nothing that rules could be applied to, and saying so beats a silent pass.
pub fn parse(doc: &Document) -> Result<Report, Diagnostic> {
    let markdown = Format::is_markdown_path(&doc.path);
    // The one fold of the report's text: lines, markers, the title and
    // every case's folded text (`Case::normal`, which extraction reads) are
    // pieces of it.
    let normal = normalize(&doc.text);
    let lines = lines(&doc.text, &normal, markdown);
    let Some(title) = title_lines(&lines) else {
        return Err(Diagnostic::file(
            &doc.path,
            "the file holds only blank lines: there is no report to check",
        ));
    };
    let year = year_of(&lines, &title);
    let Title {
        text: title,
        normal: title_normal,
        body_start,
    } = title;

    let mut lines = lines;
    mark_running_headers(&mut lines[body_start..], &title_normal);
    mark_page_numbers(&mut lines[body_start..]);
    let mut markers: Vec<Option<Marker>> = lines.iter().map(|l| marker(l.normal)).collect();
    split_inline_labels(&mut lines, &mut markers, body_start);
    number_headings(&lines, &mut markers, body_start);
    split_inline_headings(&mut lines, &mut markers, body_start);
    split_inline_ordinals(&mut lines, &mut markers, body_start);
    // A marker that may be a figure (`1.5万人`) does not set the style.
    let style = markers[body_start..]
        .iter()
        .flatten()
        .find(|m| m.number == 1 && m.certainty != Certainty::Decimal)
        .map(|m| m.style);
    // A report with no numbered line at all (a press conference's
    // transcript, a reply to a deputy, a short note) under a title that
    // names one region: its body is that region's one section, as a
    // preamble's figures are (it was refused, and nothing was checked).
    let whole = match style {
        Some(_) => None,
        None => titled_head(&lines, body_start..lines.len(), &title, 1).map(|(head, _)| head),
    };
    let Some(section_style) = style.or(whole.as_ref().map(|_| Style::ChineseComma)) else {
        return Err(no_sections(&doc.path));
    };
    // The list of attachments after the report (`附件：1.各县评价指标完成情况表`
    // / `2.问题清单`) numbers its own items: from the last line that opens
    // with `附件`, after the last section heading's style, nothing is a
    // case. Their text stays with the case before them, as every
    // unnumbered line does. (An attachment with sections of its own, `一、`
    // again, is read as before.)
    let last_section = markers
        .iter()
        .rposition(|m| m.is_some_and(|m| m.style == section_style))
        .unwrap_or(body_start);
    if let Some(at) = lines[last_section..]
        .iter()
        .position(|l| opens_attachments(l.normal))
    {
        for m in &mut markers[last_section + at..] {
            *m = None;
        }
    }

    adopt_stray_region_headings(&lines, &mut markers, body_start, section_style);

    // Pass 1: the section headings. A heading is a marker of the section
    // style that comes next in sequence (or skips ahead after a sentence
    // end); one out of sequence is recorded in the section it falls in.
    let first = headings(&lines, &markers, body_start..lines.len(), section_style);
    // Regions one level down (`二、各县（市、区）情况` + `（一）河东区`): their
    // headings become the sections (see *Regions below the first level*).
    let mut heads = regions_below(first, &lines, &markers, section_style);
    heads.splice(0..0, whole);
    // The preamble (Section::is_preamble): figures between the title and
    // the first heading are the titled region's, and were dropped unread.
    let preamble = preamble_head(&lines, body_start, &heads, &title).map(|(head, region)| {
        heads.insert(0, head);
        region
    });

    // Pass 2: the cases of each section, from the lines up to the next heading.
    let ends: Vec<usize> = heads
        .iter()
        .skip(1)
        .map(|h| h.idx)
        .chain([lines.len()])
        .collect();
    let bodies: Vec<Body<'_, '_>> = heads
        .iter()
        .zip(&ends)
        .map(|(h, end)| Body::new(&lines[h.idx + 1..*end], &markers[h.idx + 1..*end]))
        .collect();
    collect_titled_regions(&mut heads, &bodies, section_style, &title_normal);
    // The case style of each level: one for the first-level sections, and
    // one per group of regions below the first level, over its regions.
    let mut levels: HashMap<Option<usize>, Vec<&Body<'_, '_>>> = HashMap::new();
    for (h, b) in heads.iter().zip(&bodies) {
        levels.entry(h.below.map(|(g, _)| g)).or_default().push(b);
    }
    let of_level = |group: Option<usize>| levels.get(&group).map_or(&[][..], Vec::as_slice);
    let top_case_style = case_style(of_level(None), &[section_style]);
    let mut group_case_styles: HashMap<usize, Option<Style>> = HashMap::new();
    for h in &heads {
        if let Some((group, own)) = h.below
            && !group_case_styles.contains_key(&group)
        {
            let style = case_style(of_level(Some(group)), &[section_style, own]);
            group_case_styles.insert(group, style);
        }
    }
    let mut sections: Vec<Section> = Vec::with_capacity(heads.len());
    // The cases' text is the report's, less markers and line breaks: one
    // allocation holds it.
    let mut texts = CaseTexts {
        buf: String::with_capacity(doc.text.len()),
        normal: String::with_capacity(normal.len()),
        ..CaseTexts::default()
    };
    // The last numbered case so far, and its style: numbering may go on
    // from one section to the next (`一、学前教育` 1–3, `二、义务教育` 4–6).
    let mut carried: Option<(Style, u32)> = None;
    for (head, body) in heads.into_iter().zip(&bodies) {
        let mut section = head.section;
        let style = match head.below {
            Some((group, own)) => {
                let style = group_case_styles.get(&group).copied().flatten();
                let outer = [section_style, own];
                read_cases(
                    &mut section,
                    &mut texts,
                    body,
                    &outer,
                    (style, carried),
                    head.collected,
                )
            }
            None => read_cases(
                &mut section,
                &mut texts,
                body,
                &[section_style],
                (top_case_style, carried),
                head.collected,
            ),
        };
        if let Some(last) = section.cases.last().filter(|c| !c.is_lead_in()) {
            carried = style.map(|style| (style, last.number));
        }
        // A heading over regions with no text of its own is only a
        // heading: its regions are the sections.
        if head.over_regions && section.cases.is_empty() && section.unread_numbering.is_empty() {
            continue;
        }
        sections.push(section);
    }

    texts.give(&mut sections);
    // A preamble of the region the first heading names too (`石湾县…` /
    // `全县…` / `一、石湾县`) is that section's lead-in.
    if let Some(Some(region)) = preamble
        && sections.first().is_some_and(Section::is_preamble)
        && sections
            .get(1)
            .is_some_and(|s| regions::of_heading(&s.name) == Some(region))
    {
        let pre = sections.remove(0);
        sections[0].cases.splice(0..0, pre.cases);
        sections[0]
            .unread_numbering
            .splice(0..0, pre.unread_numbering);
    }
    if section_style == Style::Case {
        one_regions_cases(&mut sections, &title);
    }
    if sections.is_empty() {
        return Err(no_sections(&doc.path));
    }
    // A report may write each section as paragraphs, with no numbered case:
    // a bulletin its summary of each region (`二、北塘县` + `该县…`), a
    // county its self-evaluation by topic (`一、学前教育` + `全县…`). Each
    // section's text is its lead-in, read and judged; the `structure` rules
    // say that no case is numbered, and list any numbered line not read.
    // Only a report with no text under any heading is an error.
    if sections.iter().all(|s| s.cases.is_empty()) {
        return Err(no_cases(&doc.path, &sections));
    }
    Ok(Report {
        path: doc.path.clone(),
        title,
        year,
        sections,
    })
}

/// A report of one region's typical cases headed by their labels
/// (`石湾县2023年…典型工作案例` / `【案例一】保障教育投入` / `【案例二】…`): the
/// labels head cases, not regions (none names one), so the sections are
/// one, the region the title names, and each labelled case is its case by
/// its number (the preamble's text is its lead-in). Each case was a section
/// of its own, named by its title: a claim in one was never held against
/// the figures of another, and the region's cases were never counted.
fn one_regions_cases(sections: &mut Vec<Section>, title: &str) {
    let Some(region) = regions::of_title(title) else {
        return;
    };
    if sections.len() < 2
        || sections
            .iter()
            .any(|s| !s.is_preamble() && (!s.collected || regions::of_heading(&s.name).is_some()))
    {
        return;
    }
    let labelled = sections.iter().position(|s| !s.is_preamble()).unwrap_or(0);
    let mut merged = Section {
        name: region.into(),
        number: 1,
        collected: false,
        cases: Vec::new(),
        numbering_gaps: Vec::new(),
        unread_numbering: Vec::new(),
        ..sections[labelled].clone()
    };
    for section in sections.drain(..) {
        let number = section.number;
        merged
            .cases
            .extend(section.cases.into_iter().map(|mut case| {
                case.number = number;
                case
            }));
        merged.numbering_gaps.extend(section.numbering_gaps);
        merged.unread_numbering.extend(section.unread_numbering);
    }
    sections.push(merged);
}

/// The head of the report's preamble (section 0, [`Section::is_preamble`])
/// and the region the title names, if it names one: when the lines between
/// the title and the first heading (`heads`' first) state a figure
/// ([`states_figures`]). The section is the title's region (`石湾县2023年…`,
/// [`regions::of_title`]); under a title that names none (`关于2023年度县级
/// 人民政府履行教育职责评价结果的通报`), the whole region the figures are said
/// of (`全市一般公共预算教育支出58.6亿元`, [`regions::whole_by_level`]): its
/// figures were dropped without a word. A preamble of words only
/// (`根据…，现将有关情况报告如下。`) stays unread, as before: it states nothing
/// to judge; so does one of figures of no region named at all.
fn preamble_head<'t>(
    lines: &[Line<'_>],
    body_start: usize,
    heads: &[Head],
    title: &'t str,
) -> Option<(Head, Option<&'t str>)> {
    let first = heads.first()?.idx;
    titled_head(lines, body_start..first, title, 0)
}

/// The head of a section numbered `number` over the lines `body` (after
/// the title) that state a figure: the title's region, or under a title
/// that names none, the whole region the figures are said of (see
/// [`preamble_head`], whose section is number 0). The region the title
/// names, if it names one.
fn titled_head<'t>(
    lines: &[Line<'_>],
    body: std::ops::Range<usize>,
    title: &'t str,
    number: u32,
) -> Option<(Head, Option<&'t str>)> {
    let body_start = body.start;
    let body = lines.get(body)?;
    let opening = body.iter().find(|l| !l.furniture && !l.text.is_empty())?;
    let figures = || {
        body.iter()
            .filter(|l| !l.furniture && states_figures(l.normal))
    };
    if body_start == 0 {
        return None;
    }
    let titled = regions::of_title(title);
    let name = match titled {
        Some(region) => {
            figures().next()?;
            region
        }
        // (`我县以优秀等次通过…` over `市政府评价组对全市9个县…。全县…`: the
        // level the title speaks of as its own, before the first named; the
        // city's was the report's section, and the county's figures parts.)
        None => regions::own_level(title)
            .and_then(|own| figures().find_map(|l| regions::whole_of_level(l.text, Some(own))))
            .or_else(|| figures().find_map(|l| regions::whole_by_level(l.text)))?,
    };
    let head = Head {
        idx: body_start - 1,
        section: Section {
            name: name.into(),
            number,
            line: opening.number,
            column: opening.column,
            heading_length: 0,
            cases: Vec::new(),
            numbering_gaps: Vec::new(),
            unread_numbering: Vec::new(),
            collected: false,
        },
        below: None,
        over_regions: false,
        collected: false,
    };
    Some((head, titled))
}

/// Whether a line (folded) states a figure with a unit: a digit before a
/// unit of the vocabulary's ([`dutycheck_vocab::units::may_start_unit`]) or
/// a multiplier (`83.6%`, `3.2万人`, `56所`). A year (`2023年`) or a
/// document's number (`〔2018〕82号`) is none.
fn states_figures(line: &str) -> bool {
    let unit = |c: char| {
        (dutycheck_vocab::units::may_start_unit(c) && c != '年') || matches!(c, '万' | '亿')
    };
    let mut after_digit = false;
    for c in line.chars() {
        if after_digit && unit(c) {
            return true;
        }
        after_digit = c.is_ascii_digit() || (after_digit && c == '.');
    }
    false
}

/// A section heading found in pass 1, or a region's one level below.
struct Head {
    /// The line of the heading.
    idx: usize,
    section: Section,
    /// For a region below the first level: the index (among the first-level
    /// headings) of the heading it stands under, and the style of the
    /// region headings.
    below: Option<(usize, Style)>,
    /// A first-level heading whose sub-headings are regions (`二、各县（市、
    /// 区）情况`): a section only for its own text before its first region.
    over_regions: bool,
    /// A region's one case in a collection grouped by theme (`一、学前教育类`
    /// + `（一）青山区：…`, see [`Below::Titled`]): its body is the case.
    collected: bool,
}

/// The headings of `style` among the lines `range`: a marker of the style
/// that comes next in sequence (or skips ahead after a sentence end); one out
/// of sequence is recorded in the section it falls in. Text before the first
/// heading is not read here (the preamble, or the text of the heading above).
fn headings(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    range: std::ops::Range<usize>,
    style: Style,
) -> Vec<(usize, Section)> {
    let mut heads: Vec<(usize, Section)> = Vec::new();
    let mut previous_ended = true; // whether the previous kept line ended a sentence
    for idx in range {
        let line = &lines[idx];
        if line.furniture {
            continue;
        }
        if line.text.is_empty() {
            // A blank line ends whatever sentence was open, unless the
            // sentence goes on across it (`blank_in_sentence`).
            previous_ended |= !blank_in_sentence(lines, markers, idx);
            continue;
        }
        if let Some(m) = markers[idx].filter(|m| m.style == style) {
            let expected = heads.last().map_or(1, |(_, s)| s.number + 1);
            match verdict(m, expected, previous_ended) {
                Verdict::Open { .. } => {
                    heads.push((
                        idx,
                        Section {
                            name: heading_name(line.text, m.len).into(),
                            number: m.number,
                            line: line.number,
                            column: line.column,
                            heading_length: u32::try_from(line.text.chars().count())
                                .unwrap_or(u32::MAX),
                            cases: Vec::new(),
                            numbering_gaps: Vec::new(),
                            unread_numbering: Vec::new(),
                            collected: false,
                        },
                    ));
                    previous_ended = true;
                    continue;
                }
                // The preamble between the title and the first section is
                // not read, and has no section to hold a note.
                Verdict::Text(_) => {
                    if let Some((_, section)) = heads.last_mut() {
                        section.unread_numbering.push(unread(
                            line,
                            m,
                            UnreadReason::SectionOutOfSequence { expected },
                        ));
                    }
                }
                Verdict::Figure => {}
            }
        }
        // The preamble between the title and the first section is not read.
        if !heads.is_empty() {
            previous_ended = ends_line(line);
        }
    }
    heads
}

/// Turns the first-level headings into the report's sections, with the
/// regions one level below them when the report puts them there.
///
/// When no first-level heading names a region ([`regions::of_heading`]),
/// each first-level section is looked into: the first other style that
/// numbers a line 1 in it ([`case_style`], as for cases) gives its
/// sub-headings, and these are **regions** when more than half of them name
/// one, and either each region heading is a region's name alone
/// (`（一）河东区`) or the regions number items of a style of their own
/// below them (`1.`). Then each sub-heading is a section (named as written,
/// numbered as written), and the style below them gives their cases. Region
/// headings with a title and no numbered items under them
/// (`（一）白河市：以“两个只增不减”托底教育投入` + a paragraph) are a
/// collection grouped by theme when the report's titled items name two
/// regions or more ([`names_several_regions`]): each is its region's one
/// case, a `collected` section; naming one region throughout, they are a
/// topic's cases. Under a heading of problems, plans or
/// requirements (`三、存在的问题`, `四、整改要求`:
/// `dutycheck_vocab::plans::holds_problems_or_plans`), items that name
/// regions stay that section's items.
///
/// The first-level heading over the regions (`二、各县（市、区）情况`) stays
/// a section only for its own text before its first region (an
/// introduction is read like any lead-in); with none, it is only a heading
/// and gives no section. The other first-level sections (`一、总体情况`,
/// `三、存在的问题`) are read as they would be in any report: sections of
/// their own, named as written, whose figures are read and checked; they
/// name no region, so the rules on a region's cases do not count them (see
/// the engine's `structure` kind). A numbered line of the first-level style
/// out of sequence is noted in the region it falls in.
fn regions_below(
    first: Vec<(usize, Section)>,
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    section_style: Style,
) -> Vec<Head> {
    let top = |first: Vec<(usize, Section)>| {
        first
            .into_iter()
            .map(|(idx, section)| Head {
                idx,
                section,
                below: None,
                over_regions: false,
                collected: false,
            })
            .collect()
    };
    if first
        .iter()
        .any(|(_, s)| regions::of_heading(&s.name).is_some())
    {
        return top(first);
    }
    let ends: Vec<usize> = first
        .iter()
        .skip(1)
        .map(|(idx, _)| *idx)
        .chain([lines.len()])
        .collect();
    // Under plans or requirements, items that name regions (`三、下一步工作`
    // + `（一）河东区`) are that section's points, not the regions' sections:
    // what they plan is no region's level. Under problems, bare region
    // names (`二、存在问题` + `（一）北塘县`) are each region's problems, a
    // section of that region, so that a shortfall names its region (it was
    // the problems section's, which names none); titled items
    // (`（一）河东区大班额问题突出`) stay the section's points.
    let below = |(idx, s): &(usize, Section), end: usize, style: Option<Style>| {
        if dutycheck_vocab::plans::is_plan_title(&s.name) {
            return None;
        }
        let sub = sub_regions(lines, markers, idx + 1..end, section_style, style)?;
        let problems = dutycheck_vocab::plans::holds_problems_or_plans(&s.name);
        let bare = sub.1.iter().all(|(_, r)| {
            regions::of_heading(&r.name).is_none()
                || regions::is_region(regions::without_note(&r.name))
        });
        (!problems || bare).then_some(sub)
    };
    let mut found: Vec<Option<Regions>> = first
        .iter()
        .zip(&ends)
        .map(|(head, &end)| below(head, end, None))
        .collect();
    // `二、评价等次为“合格”的县` over `（三）黎川县`: a group numbered on from
    // the one before has no item 1 to show its style; the regions of the
    // groups before show it (黎川县 was lost in a section named by the
    // group).
    if let Some(style) = found
        .iter()
        .flatten()
        .find(|(_, _, kind)| *kind == Below::Regions)
        .map(|(style, _, _)| *style)
    {
        for ((head, &end), sub) in first.iter().zip(&ends).zip(found.iter_mut()) {
            if sub.is_none() {
                *sub = below(head, end, Some(style)).filter(|(_, _, kind)| *kind == Below::Regions);
            }
        }
    }
    let collection = names_several_regions(&found);
    let found: Vec<Option<Regions>> = found
        .into_iter()
        .map(|sub| sub.filter(|(_, _, kind)| *kind == Below::Regions || collection))
        .collect();
    if found.iter().all(Option::is_none) {
        return top(first);
    }
    let mut heads = Vec::with_capacity(first.len());
    for (group, ((idx, mut section), sub)) in first.into_iter().zip(found).enumerate() {
        let Some((style, regions, kind)) = sub else {
            heads.push(Head {
                idx,
                section,
                below: None,
                over_regions: false,
                collected: false,
            });
            continue;
        };
        // A first-level marker out of sequence is noted where it stands:
        // in the region it falls in, or the heading's own text.
        let notes = std::mem::take(&mut section.unread_numbering);
        let mut regions = regions;
        for note in notes {
            let after = regions.partition_point(|(_, r)| r.line < note.line);
            match after.checked_sub(1).and_then(|i| regions.get_mut(i)) {
                Some((_, region)) => region.unread_numbering.push(note),
                None => section.unread_numbering.push(note),
            }
        }
        heads.push(Head {
            idx,
            section,
            below: None,
            over_regions: true,
            collected: false,
        });
        heads.extend(regions.into_iter().map(|(idx, section)| Head {
            idx,
            section,
            below: Some((group, style)),
            over_regions: false,
            collected: kind == Below::Titled,
        }));
    }
    name_each_group(&mut heads);
    heads
}

/// A region that stands under two headings (`一、主要成效` + `（二）北塘县`,
/// `二、存在问题` + `（二）北塘县`) has a section under each; the one under
/// problems is named with its heading as a note (`北塘县（存在问题）`), so
/// that a table does not show `北塘县` twice, once passing and once
/// failing. The region read from the name is the same (a note is left out).
fn name_each_group(heads: &mut [Head]) {
    let key = |h: &Head| regions::without_note(&h.section.name).to_string();
    let mut groups: HashMap<String, HashSet<usize>> = HashMap::new();
    for h in heads.iter() {
        if let Some((group, _)) = h.below {
            groups.entry(key(h)).or_default().insert(group);
        }
    }
    if groups.values().all(|g| g.len() < 2) {
        return;
    }
    let mut over = None;
    for h in heads.iter_mut() {
        if h.over_regions {
            over = dutycheck_vocab::plans::holds_problems_or_plans(&h.section.name)
                .then(|| h.section.name.to_string());
            continue;
        }
        if let Some(over) = &over
            && h.below.is_some()
            && groups.get(&key(h)).is_some_and(|g| g.len() > 1)
        {
            h.section.name = format!("{}（{over}）", h.section.name).into();
        }
    }
}

/// The style of the region headings under a first-level heading, each
/// one's line and section, and what they are.
type Regions = (Style, Vec<(usize, Section)>, Below);

/// The region headings one level below a first-level heading, among its
/// lines `range`, with their style (see [`regions_below`]; `style` when the
/// caller knows it from the groups before); `None` when its sub-headings are
/// not regions.
fn sub_regions(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    range: std::ops::Range<usize>,
    section_style: Style,
    style: Option<Style>,
) -> Option<Regions> {
    let body = Body::new(&lines[range.clone()], &markers[range.clone()]);
    let style = match style {
        Some(style) => style,
        None => case_style(&[&body], &[section_style])?,
    };
    let heads = headings(lines, markers, range.clone(), style);
    let named = heads
        .iter()
        .filter(|(_, s)| regions::of_heading(&s.name).is_some())
        .count();
    if named * 2 <= heads.len() {
        return None;
    }
    // Bare names (`（一）河东区`, or graded: `（一）河东区（优秀）`) are regions
    // whatever follows them; titled ones (`（一）白河市：…`) only over
    // numbered items of their own.
    let bare = heads
        .iter()
        .filter(|(_, s)| regions::of_heading(&s.name).is_some())
        .all(|(_, s)| regions::is_region(regions::without_note(&s.name)));
    let from = heads.first().map_or(range.end, |(idx, _)| *idx) - range.start;
    let numbered_below = body.markers.iter().enumerate().skip(from).any(|(i, m)| {
        m.is_some_and(|m| {
            m.number == 1 && m.style != section_style && m.style != style && body.counts(i, &m)
        })
    });
    let kind = if bare || numbered_below {
        Below::Regions
    } else {
        Below::Titled
    };
    Some((style, heads, kind))
}

/// A collection of typical cases whose regions are its first-level
/// headings, each titled, with paragraphs below it (`一、青溪县：“强园补短”推动
/// 普惠扩容` + a paragraph, `二、白河县：…`; `（一）`, `1.`, `…——青溪县`,
/// `青溪县篇：…` alike): each such heading is its region's one case, a
/// `collected` section, as `案例一：青溪县：…` is. Its body was a lead-in
/// (the detail rules skipped it) and the region was said to have no case.
///
/// Only when the title names typical cases
/// (`dutycheck_vocab::genres::names_typical_cases`: not a self-evaluation
/// or a bulletin, whose counties are summed up in paragraphs), and the
/// titled headings name two regions or more (one region throughout is a
/// county's topics). A region's name
/// alone or as its part (`一、青溪县`, `青溪县（优秀）`, `青溪县篇`) is no
/// case's title, and a heading over numbered items (`1.` `2.`) heads that
/// region's cases.
fn collect_titled_regions(
    heads: &mut [Head],
    bodies: &[Body<'_, '_>],
    section_style: Style,
    title: &str,
) {
    if !dutycheck_vocab::genres::names_typical_cases(title) {
        return;
    }
    let titled: Vec<usize> = heads
        .iter()
        .enumerate()
        .filter(|(_, h)| h.below.is_none() && !h.over_regions && is_titled_region(&h.section.name))
        .map(|(i, _)| i)
        .collect();
    let mut named = titled
        .iter()
        .filter_map(|&i| regions::of_heading(&heads[i].section.name));
    let several = named
        .next()
        .is_some_and(|first| named.any(|other| other != first));
    if !several {
        return;
    }
    for i in titled {
        if let Some(body) = bodies.get(i)
            && !numbers_items(body, &[section_style])
        {
            heads[i].collected = true;
        }
    }
}

/// Whether a heading names a region and a title of its own
/// (`青溪县：“强园补短”推动普惠扩容`, `…——青溪县`), not the region's name alone,
/// with a note (`青溪县（优秀）`) or as its part (`青溪县篇`, `青溪县人民政府`).
fn is_titled_region(name: &str) -> bool {
    // (The bare name first: most region headings are one, and it is the
    // cheapest question.)
    !regions::is_region(regions::without_note(name))
        && regions::of_heading(name).is_some()
        && !regions::is_part_of_region(name)
}

/// Whether a body numbers items of its own below its heading: a line
/// numbered 1 of a style other than `outer` (the headings' above), that
/// may stand for a case ([`Body::counts`]).
fn numbers_items(body: &Body<'_, '_>, outer: &[Style]) -> bool {
    body.markers.iter().enumerate().any(|(i, m)| {
        m.is_some_and(|m| m.number == 1 && !outer.contains(&m.style) && body.counts(i, &m))
    })
}

/// What the sub-headings of a first-level heading are, when most of them
/// name a region (see [`regions_below`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Below {
    /// Regions' sections: bare names (`（一）河东区`), or titled ones over
    /// numbered items of their own.
    Regions,
    /// Titled items with no numbered items below them (`（一）青山区：扩充
    /// 普惠资源`): a collection's cases, one region's each, when the report's
    /// titled items name two regions or more; a topic's cases otherwise.
    Titled,
}

/// Whether the titled sub-headings of `found` name two regions or more:
/// then the report is a collection of typical cases grouped by theme
/// (`一、学前教育类` + `（一）青山区：…`, `（二）柳河县：…`), and each item is
/// its region's one case. One region named throughout (`（一）白河市：以“两个
/// 只增不减”托底教育投入` in 白河市's own report) is a topic's case.
fn names_several_regions(found: &[Option<Regions>]) -> bool {
    let mut named = found
        .iter()
        .flatten()
        .filter(|(_, _, kind)| *kind == Below::Titled)
        .flat_map(|(_, heads, _)| heads)
        .filter_map(|(_, s)| regions::of_heading(&s.name));
    named
        .next()
        .is_some_and(|first| named.any(|other| other != first))
}

/// The title starting at line `at`, and the line after it.
///
/// A title wrapped onto two lines (`某市2021年度各区县履行教育职责` +
/// `典型工作案例汇编`, as a narrow title block in a PDF leaves it) is joined
/// when the second line directly follows (page furniture aside), both are
/// short (at most [`TITLE_LINE`] characters), neither has clause or
/// sentence punctuation, the second is no numbered heading, and what comes
/// after it is a blank line, a numbered heading, the addressee of an
/// official document (`各县（市、区）人民政府：`) or the end. A line of prose
/// after the title (`根据……，现将有关情况报告如下。`) has punctuation and
/// stays out.
/// The title of the report whose lines are `lines`, and the line its body
/// starts at; `None` when every line is blank. The title is the first
/// non-empty line (page furniture has no text) unless that line is itself
/// a numbered heading, with the line after it when the title is wrapped
/// ([`title_of`]).
fn title_lines(lines: &[Line<'_>]) -> Option<Title> {
    let at = lines.iter().position(|l| !l.text.is_empty())?;
    Some(match marker(lines[at].normal) {
        Some(_) => Title {
            text: String::new(),
            normal: String::new(),
            body_start: at,
        },
        None => title_of(lines, at),
    })
}

/// A report's title as written and folded, and the line its body starts at.
struct Title {
    text: String,
    normal: String,
    body_start: usize,
}

/// The year of `doc`'s title, as [`parse`] reads it ([`Report::year`]),
/// from the first lines of the text only. A run over several years asks
/// every report its year before it decides to build histories; parsing the
/// whole report for its first lines cost a third of the run's parsing.
///
/// The title is read from its first non-blank line and the two lines that
/// are not page furniture after it ([`title_of`]), and each line is read
/// alone ([`lines`]), so these lines read the same in a prefix of the text
/// as in the whole of it. The prefix grows until it holds them.
pub fn title_year(doc: &Document) -> Option<i32> {
    let markdown = Format::is_markdown_path(&doc.path);
    let mut take = 16;
    loop {
        let end = doc
            .text
            .match_indices('\n')
            .nth(take - 1)
            .map_or(doc.text.len(), |(i, _)| i);
        let whole = end == doc.text.len();
        let prefix = &doc.text[..end];
        let normal = normalize(prefix);
        let lines = lines(prefix, &normal, markdown);
        let enough = lines
            .iter()
            .position(|l| !l.text.is_empty())
            .is_some_and(|at| lines[at + 1..].iter().filter(|l| !l.furniture).count() >= 2);
        if whole {
            return year_of(&lines, &title_lines(&lines)?);
        }
        // A rectification report's year may stand anywhere in its text
        // (`rectified_year`): read it all.
        if enough
            && let Some(title) = title_lines(&lines)
            && dutycheck_vocab::genres::rectification(&title.normal)
        {
            take = usize::MAX;
            continue;
        }
        if enough && let Some(title) = title_lines(&lines) {
            // The preamble must be whole too: up to its end, a numbered
            // line or PREAMBLE_LINES lines of text.
            let read = preamble(&lines[title.body_start..]);
            if read.ended {
                return year_of(&lines, &title);
            }
        }
        take *= 2;
    }
}

/// The year a report is about ([`Report::year`]): its title's
/// (`东岭县2022年度履行教育职责自评报告`), or the year its preamble says it
/// evaluates (`对2022年度履行教育职责情况进行了自查自评`) when the title names
/// none or names the year after, when the report was written
/// (`石门县2024年…自评报告` over `对2023年度履行教育职责情况进行了全面自评`).
///
/// A rectification report's title names the year evaluated
/// (`关于2023年度履行教育职责督导反馈问题整改情况的报告`), and the work it
/// reports was done the year after: when its text names that year
/// (`2024年全县义务教育教师平均工资收入水平10.8万元，已落实“不低于”要求`), the
/// report is about it ([`rectified_year`]). Read by the title's year, its
/// results were plans for a later year, and its claims plans.
fn year_of(lines: &[Line<'_>], title: &Title) -> Option<i32> {
    let titled = find_year(&title.normal);
    let year = match (titled, preamble(&lines[title.body_start..]).year) {
        (Some(y), Some(p)) if p == y - 1 => Some(p),
        (None, p) => p,
        (y, _) => y,
    };
    year.map(|y| rectified_year(lines, title, y).unwrap_or(y))
}

/// The year after `evaluated`, for a rectification report
/// ([`dutycheck_vocab::genres::rectification`]) whose text after the title
/// names it (`2024年`, `截至2024年6月`) and dates nothing in the year
/// evaluated (`2023年` other than `2023年度`, the evaluation's name): the
/// year its rectification was done and reported in. `None` for any other
/// report, and for one that dates its results in the year evaluated
/// (`2023年秋季学期，…` / `计划2024年底前达到55%`: the later year is its plans').
fn rectified_year(lines: &[Line<'_>], title: &Title, evaluated: i32) -> Option<i32> {
    if !dutycheck_vocab::genres::rectification(&title.normal) {
        return None;
    }
    let dates = |line: &str, year: i32| {
        let named = format!("{year}年");
        line.match_indices(&named)
            .any(|(i, _)| !line[i + named.len()..].starts_with('度'))
    };
    let next = evaluated + 1;
    // (A signature's date, `2025年3月10日` on a line of its own, dates the
    // report, not its figures.)
    let body = || {
        lines[title.body_start..]
            .iter()
            .filter(|l| !l.furniture && !is_date_line(l.normal))
    };
    (!body().any(|l| dates(l.normal, evaluated)) && body().any(|l| dates(l.normal, next)))
        .then_some(next)
}

/// Whether `line` is a date and nothing else (`2025年3月10日`, as under a
/// signature).
fn is_date_line(line: &str) -> bool {
    let mut rest = line.trim();
    for (unit, digits) in [('年', 4..=4), ('月', 1..=2), ('日', 1..=2)] {
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !digits.contains(&n) || !rest[n..].starts_with(unit) {
            return false;
        }
        rest = &rest[n + unit.len_utf8()..];
    }
    rest.is_empty()
}

/// What the preamble of a report says: the year it evaluates, if it says
/// one (`YYYY年度` followed within a few characters by `履行教育职责`, not
/// in a document's title in `《》`), and whether the preamble ended within
/// `lines` (at a numbered line or after [`PREAMBLE_LINES`] lines of text).
struct Preamble {
    year: Option<i32>,
    ended: bool,
}

/// How many lines of text after the title are read as its preamble, at
/// most.
const PREAMBLE_LINES: usize = 8;

/// How far after `YYYY年度` the words `履行教育职责` may stand
/// (`2022年度县级人民政府履行教育职责`), in characters.
const EVALUATED_REACH: usize = 12;

fn preamble(lines: &[Line<'_>]) -> Preamble {
    let text = lines.iter().filter(|l| !l.furniture && !l.text.is_empty());
    for (read, line) in text.enumerate() {
        if read == PREAMBLE_LINES || marker(line.normal).is_some() {
            return Preamble {
                year: None,
                ended: true,
            };
        }
        if let Some(year) = evaluated_year(line.normal) {
            return Preamble {
                year: Some(year),
                ended: true,
            };
        }
    }
    Preamble {
        year: None,
        ended: false,
    }
}

/// `对2022年度履行教育职责情况进行了自查自评`: the year of a `YYYY年度`
/// followed closely by `履行教育职责`, outside any `《》`.
fn evaluated_year(line: &str) -> Option<i32> {
    line.match_indices("年度").find_map(|(at, _)| {
        let digits = line[..at]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits != 4 {
            return None;
        }
        let quoted = dutycheck_vocab::punctuation::in_book_title(&line[..at - 4]);
        let after: String = line[at..].chars().take(EVALUATED_REACH).collect();
        (!quoted && after.contains("履行教育职责"))
            .then(|| line[at - 4..at].parse().ok())
            .flatten()
            .filter(|y| (1949..2100).contains(y))
    })
}

fn title_of(lines: &[Line<'_>], at: usize) -> Title {
    let one = |body_start: usize| Title {
        text: lines[at].text.to_string(),
        normal: lines[at].normal.to_string(),
        body_start,
    };
    let next_text = |from: usize| (from..lines.len()).find(|&i| !lines[i].furniture);
    let short = |l: &Line<'_>| {
        l.text.chars().count() <= TITLE_LINE
            && !l.normal.chars().any(|c| is_clause_boundary(c) && c != ' ')
    };
    let Some(next) = next_text(at + 1) else {
        return one(at + 1);
    };
    let second = &lines[next];
    // The addressee of an official document (`各县（市、区）人民政府：`)
    // follows its title directly.
    let addressee = |l: &Line<'_>| {
        l.text.chars().count() <= TITLE_LINE
            && l.normal.trim_end().ends_with(':')
            && !l
                .normal
                .chars()
                .any(dutycheck_vocab::punctuation::is_sentence_end)
    };
    let after_ok = next_text(next + 1).is_none_or(|i| {
        lines[i].text.is_empty() || marker(lines[i].normal).is_some() || addressee(&lines[i])
    });
    if short(&lines[at])
        && !second.text.is_empty()
        && short(second)
        && marker(second.normal).is_none()
        && second.heading.is_none()
        && after_ok
    {
        return Title {
            text: format!("{}{}", lines[at].text, second.text),
            normal: format!("{}{}", lines[at].normal, second.normal),
            body_start: next + 1,
        };
    }
    one(at + 1)
}

/// The longest line that may be half of a title wrapped onto two lines.
const TITLE_LINE: usize = 40;

/// Whether `c` (normalised) ends a sentence or a clause, so that an
/// enumeration word may follow it: `主要做法：一是`, `；二是`, `。三是`, `，四是`.
fn is_clause_boundary(c: char) -> bool {
    dutycheck_vocab::is_clause_end(c) || c == ':' || c.is_whitespace()
}

/// The `一是`, `二是` … markers inside a (normalised) line, after its first
/// character, with their character offsets. A marker must follow a clause
/// boundary ([`is_clause_boundary`]): in `统一是`, `唯一是`, `第一是` and
/// `其中一是` the numeral is part of a word, and none is a marker.
fn inline_markers(normal: &str) -> Vec<(usize, Marker)> {
    work(normal.len());
    let mut out = Vec::new();
    if !normal.contains('是') {
        return out;
    }
    let mut previous: Option<char> = None;
    // The numeral run being read: start in characters and in bytes.
    let mut run: Option<(usize, usize)> = None;
    for (pos, (byte, c)) in normal.char_indices().enumerate() {
        if is_enumeration_numeral(c) {
            if run.is_none() && previous.is_some_and(is_clause_boundary) {
                run = Some((pos, byte));
            }
        } else {
            if let Some((start, start_byte)) = run.take() {
                let len = pos - start;
                let number = numerals::parse_integer(&normal[start_byte..byte])
                    .and_then(|n| u32::try_from(n).ok());
                if let (true, Some(number)) = (c == '是' && len <= 3, number) {
                    out.push((
                        start,
                        Marker {
                            style: Style::ChineseIs,
                            number,
                            len: len + 1,
                            certainty: Certainty::Sure,
                        },
                    ));
                }
            }
        }
        previous = Some(c);
    }
    out
}

/// Whether the section's enumeration markers (at line starts and inline, in
/// order) hold a `一是` followed later by a `二是`.
fn has_enumeration_run(markers: &[Option<Marker>], inline: &[Vec<(usize, Marker)>]) -> bool {
    let mut seen_first = false;
    let line_start = markers
        .iter()
        .map(|m| m.filter(|m| m.style == Style::ChineseIs));
    for (start, within) in line_start.zip(inline) {
        for m in start.iter().chain(within.iter().map(|(_, m)| m)) {
            match m.number {
                1 => seen_first = true,
                2 if seen_first => return true,
                _ => {}
            }
        }
    }
    false
}

/// Text of a section before its first case: the lead-in before `一是`
/// (`主要做法：`) of an enumerated section, or the introduction of any
/// other section (which becomes its lead-in case 0).
struct LeadIn {
    text: String,
    /// `text` folded: the same characters of the line's folded text.
    normal: String,
    line: u32,
    column: u32,
    new_sentence: bool,
}

/// Reads the cases of one section from its lines (the heading excluded).
///
/// `case_style` is the document's case style (see [`case_style`]), with
/// the last numbered case of the sections before and its style: a first
/// case that goes on from it (`4.` after a section's `3.`) is no gap.
/// Returns the style of the section's cases.
///
/// A section is **enumerated** (its cases are `一是`, `二是` …) when a
/// `一是` at a line start comes before any case 1 of the document's case
/// style, or when the section has no such case 1 and its text holds a run
/// `一是` … `二是` at line starts or inline. In an enumerated section the
/// markers inline in a paragraph open cases too, and the lead-in before
/// `一是` opens case 1. In any other section, `一是` … `二是` are sub-points
/// and stay inside their case.
fn read_cases(
    section: &mut Section,
    texts: &mut CaseTexts,
    body: &Body<'_, '_>,
    outer: &[Style],
    (case_style, carried): (Option<Style>, Option<(Style, u32)>),
    collected: bool,
) -> Option<Style> {
    let (lines, markers) = (body.lines, body.markers);
    let counts = |idx: usize, m: &Marker| body.counts(idx, m);
    let first_of = |style: Style| {
        markers.iter().enumerate().position(|(i, m)| {
            m.is_some_and(|m| m.style == style && m.number == 1 && counts(i, &m))
        })
    };
    // A section headed `案例一：青溪县：…` (a collection of typical cases,
    // one region's each) is one case: its body, with whatever it numbers
    // inside (`（1）…（2）…`), is the case, which the detail rules judge;
    // so is a region's item in a collection grouped by theme (`collected`).
    let whole = collected || outer.last() == Some(&Style::Case);
    section.collected = whole;
    let case_style = case_style.filter(|_| !whole);
    let numbered_at = case_style.and_then(first_of);
    let mut enumerated = false;
    let mut inline: Vec<Vec<(usize, Marker)>> = Vec::new();
    if !outer.contains(&Style::ChineseIs) && !whole {
        enumerated = match (first_of(Style::ChineseIs), numbered_at) {
            (Some(is), Some(numbered)) => is < numbered,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if enumerated || numbered_at.is_none() {
            let found: Vec<Vec<(usize, Marker)>> =
                lines.iter().map(|l| inline_markers(l.normal)).collect();
            if has_enumeration_run(markers, &found) {
                enumerated = true;
                inline = found;
            }
        }
    }
    // A section with no case 1 in the document's case style numbers its
    // own items (`三、存在问题` with `1.` `2.` in a report whose cases are
    // `（一）`): with no case of the document's style to nest in, they are
    // its cases, chosen as the document's style is, within the section.
    let style = if whole {
        None
    } else if enumerated {
        Some(Style::ChineseIs)
    } else if numbered_at.is_none() {
        self::case_style(&[body], outer).or(case_style)
    } else {
        case_style
    };

    let mut lead_in: Vec<LeadIn> = Vec::new();
    let mut previous_ended = true; // whether the previous kept line ended a sentence
    let mut items = Items::default();
    // The widest line of the section, counted when a title is first in
    // question ([`is_title_line`]).
    let mut widest: Option<usize> = None;
    for (idx, line) in lines.iter().enumerate() {
        if line.furniture {
            // Page furniture (a PDF's running header or page number) is
            // not there: it neither ends nor continues a sentence.
            continue;
        }
        if line.text.is_empty() {
            // A blank line ends whatever sentence was open, unless the
            // sentence goes on across it (`blank_in_sentence`).
            previous_ended |= !blank_in_sentence(lines, markers, idx);
            continue;
        }
        work(1);
        if whole && section.cases.is_empty() {
            open_case(section, 1, line.number, line.column, &mut lead_in, texts);
        }
        // The character offset up to which the line has been read, and a
        // walker that turns character offsets into byte offsets in one pass
        // over the line, however many cases share it.
        let mut cursor = 0;
        let mut walk = LineWalker::new(line);
        if let Some(m) = markers[idx].filter(|m| Some(m.style) == style) {
            let expected = match section.cases.last() {
                Some(case) if !case.is_lead_in() => case.number + 1,
                // Numbering that goes on from the section before (`二、义务
                // 教育` + `4.` after `3.`) is a common style, not a gap. (Not
                // a `4.5万人` that may be a figure.)
                _ => carried
                    .filter(|&(carried, last)| {
                        carried == m.style
                            && m.number == last.saturating_add(1)
                            && m.certainty != Certainty::Decimal
                    })
                    .map_or(1, |(_, last)| last.saturating_add(1)),
            };
            let verdict = match verdict(m, expected, previous_ended) {
                Verdict::Open { .. }
                    if sure_marker_follows(&markers[idx + 1..], m)
                        || unspaced_among_spaced(lines, markers, idx, m) =>
                {
                    Verdict::Figure
                }
                verdict => verdict,
            };
            let reason = match verdict {
                Verdict::Open { gap } => {
                    if gap {
                        section.numbering_gaps.push(NumberingGap {
                            expected,
                            found: m.number,
                            line: line.number,
                            column: line.column,
                        });
                    }
                    if !enumerated {
                        open_lead_in(section, &mut lead_in, texts);
                    }
                    open_case(
                        section,
                        m.number,
                        line.number,
                        line.column,
                        &mut lead_in,
                        texts,
                    );
                    cursor = m.len;
                    None
                }
                Verdict::Text(Rejection::Ahead) => Some(UnreadReason::OutOfSequence { expected }),
                Verdict::Text(Rejection::Behind) => Some(UnreadReason::Behind { expected }),
                Verdict::Text(Rejection::Figure) => Some(UnreadReason::Figure {
                    figure: figure_text(line, m),
                }),
                Verdict::Figure => None,
            };
            if let Some(reason) = reason {
                section.unread_numbering.push(unread(line, m, reason));
            }
        }
        // Text of this line goes on the open case (or the lead-in) after a
        // line end when the previous line ended a sentence, and directly
        // once a piece of this line has been placed.
        // A line that opens with the next number of a list inside the case
        // (`（一）学前教育` over `1.2022年，…`, `2.2023年，…`) starts a
        // sentence, even when the line before (a heading) ended without a
        // stop. A number out of sequence (`补充教师` + `3、所学校`) is a
        // wrap, and so is a `1.` that may be a figure (`1.5万人`).
        let opens_item = markers[idx]
            .filter(|m| m.certainty != Certainty::Decimal)
            .is_some_and(|m| items.next(m));
        let mut new_sentence = previous_ended || opens_item || is_table_row(line.normal);
        for &(at, m) in inline.get(idx).into_iter().flatten() {
            // Inline, only the next number opens a case: `一是…三是` keeps
            // `三是` inside case 1.
            let expected = section.cases.last().map_or(1, |c| c.number + 1);
            if at < cursor || m.number != expected {
                continue;
            }
            let (text, normal) = walk.slice(cursor..at);
            let piece = Piece {
                line,
                text,
                normal,
                start: cursor,
                new_sentence,
            };
            place(section, &mut lead_in, &piece, texts);
            new_sentence = false;
            let column = line.column + u32::try_from(at).unwrap_or(u32::MAX);
            open_case(section, m.number, line.number, column, &mut lead_in, texts);
            cursor = at + m.len;
        }
        let (text, normal) = walk.slice(cursor..usize::MAX);
        let piece = Piece {
            line,
            text,
            normal,
            start: cursor,
            new_sentence,
        };
        place(section, &mut lead_in, &piece, texts);
        previous_ended = ends_line(line)
            || next_kept(lines, idx).is_some_and(|next| is_bulleted(next.normal))
            || (markers[idx].is_some()
                && is_title_line(line, markers[idx], next_kept(lines, idx), || {
                    *widest.get_or_insert_with(|| {
                        lines
                            .iter()
                            .map(|l| l.text.chars().count())
                            .max()
                            .unwrap_or(0)
                    })
                }));
    }
    open_lead_in(section, &mut lead_in, texts);
    if section.cases.iter().all(Case::is_lead_in) {
        explain_empty(section, lines, markers, outer, style, counts);
    }
    style
}

/// The numbers of the lists inside a section's cases, per style: the last
/// number of each style that came in sequence.
#[derive(Default)]
struct Items(Vec<(Style, u32)>);

impl Items {
    /// Whether `m` comes next in its style's list (its first item, or the
    /// one after the last), and if so, counts it.
    fn next(&mut self, m: Marker) -> bool {
        let last = self.0.iter_mut().find(|(style, _)| *style == m.style);
        let follows = m.number == 1 || last.as_ref().is_some_and(|(_, n)| m.number == n + 1);
        if follows {
            match last {
                Some((_, n)) => *n = m.number,
                None => self.0.push((m.style, m.number)),
            }
        }
        follows
    }
}

/// The lines of one section after its heading, with their markers.
struct Body<'l, 'a> {
    lines: &'l [Line<'a>],
    markers: &'l [Option<Marker>],
    /// Per line: whether its marker is followed by one with the next number.
    confirmed: Vec<bool>,
    /// The first line with text.
    first: Option<usize>,
}

impl<'l, 'a> Body<'l, 'a> {
    fn new(lines: &'l [Line<'a>], markers: &'l [Option<Marker>]) -> Self {
        Body {
            lines,
            markers,
            confirmed: followed_by_next(markers),
            first: lines.iter().position(|l| !l.text.is_empty()),
        }
    }

    /// Whether the marker on line `idx` may stand for a case when the
    /// case style is chosen. A `1.` that may be a figure (`1.100%的学校`)
    /// counts only on the first line after the heading, or when a `2.` of
    /// its style follows in the section.
    fn counts(&self, idx: usize, m: &Marker) -> bool {
        m.certainty != Certainty::Decimal || self.confirmed[idx] || self.first == Some(idx)
    }
}

/// The document's case style: the first style other than the styles of the
/// headings above (`outer`: the section style, and the style of the regions
/// when they are below the first level) and other than `一是` that numbers
/// a line 1 inside a section. A sure marker anywhere wins over a `1.` that
/// may be a figure, and any style over `第一，`.
fn case_style(bodies: &[&Body<'_, '_>], outer: &[Style]) -> Option<Style> {
    let candidates = || {
        bodies.iter().copied().flat_map(|b| {
            b.markers
                .iter()
                .enumerate()
                .filter_map(move |(i, m)| Some((b, i, (*m)?)))
        })
    };
    let eligible =
        |m: &Marker| !outer.contains(&m.style) && m.style != Style::ChineseIs && m.number == 1;
    // `第一，` is as often a point of a lead-in paragraph (`第一，…第二，…`
    // before `1.`) as a case: it numbers the cases only when no other
    // style does.
    let strong = |m: &Marker| eligible(m) && m.style != Style::Ordinal;
    candidates()
        .find(|(_, _, m)| strong(m) && m.certainty != Certainty::Decimal)
        .or_else(|| candidates().find(|(b, i, m)| strong(m) && b.counts(*i, m)))
        .or_else(|| candidates().find(|(_, _, m)| eligible(m)))
        .map(|(_, _, m)| m.style)
}

/// For each marker, whether a marker of its style with the next number
/// follows it (in one backward pass, so that a section of many figures
/// like `1.5万人` stays linear).
fn followed_by_next(markers: &[Option<Marker>]) -> Vec<bool> {
    let mut later: HashSet<(Style, u32)> = HashSet::new();
    let mut out = vec![false; markers.len()];
    for (idx, m) in markers.iter().enumerate().rev() {
        if let Some(m) = m {
            out[idx] = later.contains(&(m.style, m.number.saturating_add(1)));
            later.insert((m.style, m.number));
        }
    }
    out
}

/// A section with no case loses all its text: every numbered line in it
/// (but figures such as `2.5万余人`, and sub-points of the section's own
/// style, already recorded) gets a note saying why it is not a case.
fn explain_empty(
    section: &mut Section,
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    outer: &[Style],
    case_style: Option<Style>,
    counts: impl Fn(usize, &Marker) -> bool,
) {
    let recorded: HashSet<u32> = section.unread_numbering.iter().map(|u| u.line).collect();
    for (idx, (line, m)) in lines.iter().zip(markers).enumerate() {
        let Some(m) = *m else { continue };
        if outer.contains(&m.style) || !counts(idx, &m) || recorded.contains(&line.number) {
            continue;
        }
        let reason = match case_style {
            Some(style) => UnreadReason::OtherStyle {
                case_style: style.example().to_string(),
            },
            None => UnreadReason::NoCaseOne,
        };
        section.unread_numbering.push(unread(line, m, reason));
    }
    section.unread_numbering.sort_by_key(|u| (u.line, u.column));
}

/// The characters `range` of `text` (an end past the text is its end).
fn char_slice(text: &str, range: std::ops::Range<usize>) -> &str {
    Walker::new(text).slice(range)
}

/// Turns increasing character offsets of a line into byte offsets, walking
/// the line once: a line that holds many cases (`一是…二是…`, inline) is
/// not walked again from its start for each of them. The walk is the
/// model's ([`CharWalk`]); this counts the bytes it walks (see `work`).
struct Walker<'a> {
    walk: CharWalk<'a>,
    text: &'a str,
}

impl<'a> Walker<'a> {
    fn new(text: &'a str) -> Self {
        Walker {
            walk: CharWalk::new(text),
            text,
        }
    }

    /// The byte offset of character `n` (the text's end past it).
    fn byte(&mut self, n: usize) -> usize {
        if n == usize::MAX {
            // The rest of the line (the last piece of almost every line):
            // its end, with no walk to count its characters.
            return self.text.len();
        }
        let from = self.walk.position();
        let byte = self.walk.byte(n);
        work(byte.saturating_sub(from));
        byte
    }

    /// The characters `range` (an end past the text is its end).
    fn slice(&mut self, range: std::ops::Range<usize>) -> &'a str {
        let start = self.byte(range.start);
        let end = self.byte(range.end).max(start);
        &self.text[start..end]
    }
}

/// A [`Walker`] over a line's text and its folded text together: the same
/// characters of each. Most lines hold a full-width form (`，`), so the two
/// differ in bytes and each is walked; a line without one is the same
/// bytes in both, and is walked once.
struct LineWalker<'a> {
    text: Walker<'a>,
    /// `None` when the folded text is the same bytes as the text.
    normal: Option<Walker<'a>>,
    same: &'a str,
}

impl<'a> LineWalker<'a> {
    fn new(line: &Line<'a>) -> Self {
        LineWalker {
            text: Walker::new(line.text),
            normal: (line.normal.len() != line.text.len()).then(|| Walker::new(line.normal)),
            same: line.normal,
        }
    }

    /// The characters `range` of the text and of the folded text.
    fn slice(&mut self, range: std::ops::Range<usize>) -> (&'a str, &'a str) {
        let text = self.text.slice(range.clone());
        let normal = match &mut self.normal {
            Some(walker) => walker.slice(range),
            None => {
                let at = (text.as_ptr() as usize).saturating_sub(self.text.text.as_ptr() as usize);
                self.same.get(at..at + text.len()).unwrap_or_default()
            }
        };
        (text, normal)
    }
}

/// Turns the text waiting before the first case (if any) into the
/// section's lead-in case, number 0, at the position of its first piece.
fn open_lead_in(section: &mut Section, lead_in: &mut Vec<LeadIn>, texts: &mut CaseTexts) {
    if section.cases.is_empty()
        && let Some(first) = lead_in.first()
    {
        let (line, column) = (first.line, first.column);
        open_case(section, 0, line, column, lead_in, texts);
    }
}

/// Opens a case at a marker; the lead-in waiting for it (if any) starts its text.
fn open_case(
    section: &mut Section,
    number: u32,
    line: u32,
    column: u32,
    lead_in: &mut Vec<LeadIn>,
    texts: &mut CaseTexts,
) {
    let mut case = Case {
        number,
        line,
        column,
        text: Text::EMPTY,
        quantities: Vec::new(),
        indicators: Vec::new(),
        claims: Vec::new(),
        targets: Vec::new(),
        unread: Vec::new(),
        segments: Vec::new(),
        normal: Folded::default(),
    };
    texts.open();
    for piece in lead_in.drain(..) {
        append(
            &mut case,
            texts,
            (&piece.text, &piece.normal),
            piece.line,
            piece.column,
            piece.new_sentence,
        );
    }
    section.cases.push(case);
}

/// A run of one line's text, to be placed on a case.
struct Piece<'l, 'a> {
    line: &'l Line<'a>,
    text: &'a str,
    /// `text` folded: the same characters of the line's folded text.
    normal: &'a str,
    /// Its first character's offset in the line.
    start: usize,
    /// Whether it starts a new sentence (joined with a newline).
    new_sentence: bool,
}

/// Places a piece of a line: on the open case, or, before the first case,
/// in the section's lead-in (which starts case 1 of an enumerated section
/// and is the lead-in case 0 of any other).
fn place(
    section: &mut Section,
    lead_in: &mut Vec<LeadIn>,
    piece: &Piece<'_, '_>,
    texts: &mut CaseTexts,
) {
    let rest = piece.text.trim_start();
    let lead = piece.text[..piece.text.len() - rest.len()].chars().count();
    let line = piece.line;
    let column = line
        .column
        .saturating_add(u32::try_from(piece.start + lead).unwrap_or(u32::MAX));
    let text = piece.text.trim();
    // Folding keeps blanks blanks (U+3000 is ' ') and nothing else becomes
    // one, so the same characters are trimmed from both.
    let normal = piece.normal.trim();
    if text.is_empty() {
        return;
    }
    if let Some(case) = section.cases.last_mut() {
        append(
            case,
            texts,
            (text, normal),
            line.number,
            column,
            piece.new_sentence,
        );
    } else {
        lead_in.push(LeadIn {
            text: text.to_string(),
            normal: normal.to_string(),
            line: line.number,
            column,
            new_sentence: piece.new_sentence,
        });
    }
}

/// A report with sections but no text under any: nothing that rules could
/// judge was read, which must never pass as a report without problems.
fn no_cases(path: &str, sections: &[Section]) -> Diagnostic {
    let names: Vec<&str> = sections.iter().take(3).map(|s| s.name.as_str()).collect();
    let more = if sections.len() > 3 { " …" } else { "" };
    Diagnostic::file(
        path,
        format!(
            "no cases found: {} section{} ({}{more}) but no text under any of them",
            sections.len(),
            if sections.len() == 1 { "" } else { "s" },
            names.join("、"),
        ),
    )
    .with_help(
        "write each region's cases (1. 2. 3., （一）（二） or 案例一 案例二) or paragraphs under its heading (一、青州市); see `dutycheck parse` for what was read",
    )
}

fn no_sections(path: &str) -> Diagnostic {
    Diagnostic::file(path, "no sections found: expected headings such as 一、济南市 or （一）历下区")
        .with_help("each region must start on its own line with a numbered heading; see `dutycheck parse` for what was read")
}

/// `（一）临江市（优秀）。该市义务教育…`, `一、青溪县：全县…。`: a region's
/// numbered heading and its first paragraph on one line, as bulletins
/// write their counties. The line is split in two, the heading and a line
/// of text after it at the same line number, so that every later pass
/// reads the heading as it reads one on its own line. (Before, the whole
/// line was the heading's name: the region was lost and its figures
/// went unread or to the section before.)
///
/// Only a region's name (with a bracketed note at most) before the
/// separator counts, and what follows must read as text, not as a case's
/// title: after `。` anything; after `：`, `，` or a space, a sentence end,
/// a figure, or the region by its level (`该市`, `全县`). A collection's
/// titled case (`（一）白河市：以“两个只增不减”托底教育投入`) stays one
/// line.
fn split_inline_headings<'a>(
    lines: &mut Vec<Line<'a>>,
    markers: &mut Vec<Option<Marker>>,
    from: usize,
) {
    let splits: Vec<(usize, usize)> = (from..lines.len())
        .filter_map(|i| {
            let m = markers[i].filter(|m| m.certainty != Certainty::Decimal)?;
            inline_heading_end(lines[i].normal, m.len).map(|at| (i, at))
        })
        .collect();
    // From the last, so that earlier indices stay put.
    for (i, at) in splits.into_iter().rev() {
        // The separator and blanks after it are no text of either.
        let skip = lines[i]
            .normal
            .chars()
            .skip(at)
            .take_while(|c| INLINE_HEADING_ENDS.contains(c) || c.is_whitespace())
            .count();
        if let Some((head, body)) = split_line(&lines[i], at, skip) {
            lines[i] = Line {
                heading: lines[i].heading,
                ..head
            };
            lines.insert(i + 1, body);
            markers.insert(i + 1, marker(body.normal));
        }
    }
}

/// `【东篱县】公办园在园幼儿占比为46.1%，…`: a region's label in brackets
/// that opens its paragraph on the same line, as bulletins list their
/// counties. The line is split in two, the label (a heading named by the
/// region, as [`region_label`] reads one alone on its line) and the text
/// after it at the same line number. (Before, the figures were the
/// section's around it, and said `part` because they named another region.)
/// Only the brackets of [`LABEL_BRACKETS`] count: a bullet or a colon after
/// a name opens many a sentence (`青溪县：全县…` is the county's own line).
fn split_inline_labels<'a>(
    lines: &mut Vec<Line<'a>>,
    markers: &mut Vec<Option<Marker>>,
    from: usize,
) {
    for i in (from..lines.len()).rev() {
        let line = lines[i];
        if line.heading.is_some() || markers[i].is_some() {
            continue;
        }
        let Some((inner, after)) = in_label_brackets(line.normal) else {
            continue;
        };
        if after.is_empty() || !names_labelled_region(inner.trim()) {
            continue;
        }
        // The label's characters: the name and its two brackets.
        let name_len = inner.chars().count();
        let at = name_len + 2;
        let skip = line
            .normal
            .chars()
            .skip(at)
            .take_while(|c| INLINE_HEADING_ENDS.contains(c) || c.is_whitespace())
            .count();
        let Some((head, body)) = split_line(&line, at, skip) else {
            continue;
        };
        // The heading is the name inside the brackets.
        let Some((name, _)) =
            split_line(&head, 1, 0).and_then(|(_, inside)| split_line(&inside, name_len, 0))
        else {
            continue;
        };
        lines[i] = Line {
            heading: Some(1),
            ..name
        };
        lines.insert(i + 1, body);
        markers.insert(i + 1, marker(body.normal));
    }
}

/// `第一，推进集团化办学，…。第二，保障教师待遇，…。第三，…`, `其一，…。其二，…`:
/// cases numbered by ordinals, run on in one paragraph. The line that opens
/// with the first is split before each next one that follows a sentence's
/// end, in sequence, so that each opens a line as `第一，` does (only the
/// first was read: the others stayed in its text).
fn split_inline_ordinals<'a>(
    lines: &mut Vec<Line<'a>>,
    markers: &mut Vec<Option<Marker>>,
    from: usize,
) {
    let mut i = from;
    while i < lines.len() {
        let Some(m) = markers[i].filter(|m| m.style == Style::Ordinal) else {
            i += 1;
            continue;
        };
        let normal = lines[i].normal;
        let lead = normal.chars().next();
        let mut previous = None;
        let next = normal.char_indices().enumerate().find(|&(n, (byte, c))| {
            let after_sentence = matches!(previous, Some('。' | ';' | '；'));
            previous = Some(c);
            n > 0
                && after_sentence
                && Some(c) == lead
                && marker(&normal[byte..])
                    .is_some_and(|o| o.style == Style::Ordinal && o.number == m.number + 1)
        });
        if let Some((at, _)) = next
            && let Some((head, rest)) = split_line(&lines[i], at, 0)
        {
            lines[i] = head;
            lines.insert(i + 1, rest);
            markers.insert(i + 1, marker(rest.normal));
        }
        i += 1;
    }
}

/// `line` cut before its character `at`, the second part starting `skip`
/// characters later (a separator neither part holds): two lines of the
/// same line number, the second at its own column.
fn split_line<'a>(line: &Line<'a>, at: usize, skip: usize) -> Option<(Line<'a>, Line<'a>)> {
    let byte_of = |s: &str, n: usize| {
        s.char_indices()
            .nth(n)
            .map(|(b, _)| b)
            .or((n == s.chars().count()).then_some(s.len()))
    };
    let (text_at, normal_at) = (byte_of(line.text, at)?, byte_of(line.normal, at)?);
    let (text, rest) = line.text.split_at(text_at);
    let (normal, normal_rest) = line.normal.split_at(normal_at);
    let (rest_at, normal_rest_at) = (byte_of(rest, skip)?, byte_of(normal_rest, skip)?);
    let body = Line {
        column: line.column + u32::try_from(at + skip).unwrap_or(u32::MAX),
        text: &rest[rest_at..],
        normal: &normal_rest[normal_rest_at..],
        heading: None,
        ..*line
    };
    let head = Line {
        text,
        normal,
        ..*line
    };
    Some((head, body))
}

/// The separators after a region's name that may open its paragraph on the
/// heading's line ([`split_inline_headings`]), as written and as folded.
const INLINE_HEADING_ENDS: [char; 7] = ['。', '：', ':', '，', ',', ' ', '\u{3000}'];

/// Where the heading ends on a line (`normal`, folded, whose marker is
/// `marker_len` characters) that holds a region's heading and its first
/// paragraph, in characters; `None` when the line is a heading alone or a
/// title ([`split_inline_headings`]).
fn inline_heading_end(normal: &str, marker_len: usize) -> Option<usize> {
    let start = normal.char_indices().nth(marker_len).map(|(b, _)| b)?;
    // A grade before the name (`（一）良好：柳塘县。该县…`) is the heading's.
    let graded = &normal[start..];
    let rest = regions::without_grade(graded);
    let grade = graded[..graded.len() - rest.len()].chars().count();
    // The name, and a note in brackets after it (which may hold `：`); the
    // character before the separator ends a region's name or its note.
    let mut depth = 0u32;
    let mut found = None;
    let mut last = None;
    for (n, (b, c)) in rest.char_indices().enumerate() {
        if n > 24 {
            return None;
        }
        match c {
            c if regions::opens_note(c) => depth += 1,
            c if regions::closes_note(c) => depth = depth.saturating_sub(1),
            c if depth == 0 && INLINE_HEADING_ENDS.contains(&c) => {
                found = Some((n, b, c));
                break;
            }
            _ => {}
        }
        last = Some(c);
    }
    let (chars, at, sep) = found?;
    if !last.is_some_and(|c| regions::REGION_ENDS.contains(&c) || regions::closes_note(c)) {
        return None;
    }
    if !regions::is_region(regions::without_note(&rest[..at])) {
        return None;
    }
    let body = rest[at..]
        .trim_start_matches(|c: char| INLINE_HEADING_ENDS.contains(&c) || c.is_whitespace());
    let text = sep == '。'
        || regions::opening_by_level(body).is_some()
        || body.contains('。')
        || body.bytes().any(|b| b.is_ascii_digit());
    (!body.is_empty() && text).then_some(marker_len + grade + chars)
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

/// The text of every case of a report, in one buffer: each case's text
/// is a span of it ([`Text`]), and so is every figure, mention and claim
/// that extraction reads from the case. Cases are read in document order
/// and only the case opened last grows, so a case's text is one run of the
/// buffer.
#[derive(Default)]
struct CaseTexts {
    buf: String,
    /// The same texts folded (`Case::normal`), from the report's one fold.
    normal: String,
    /// Each case's bytes in `buf` and in `normal`, in the order the cases
    /// were opened (the order of `sections[..].cases[..]`).
    spans: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
    /// The open case's length in characters, so that appending a line
    /// costs the line, not the case.
    open_len: usize,
}

impl CaseTexts {
    /// Starts the text of a new case.
    fn open(&mut self) {
        let (at, folded_at) = (self.buf.len(), self.normal.len());
        self.spans.push((at..at, folded_at..folded_at));
        self.open_len = 0;
    }

    fn open_is_empty(&self) -> bool {
        self.spans.last().is_none_or(|(r, _)| r.is_empty())
    }

    /// Appends `text` and its folded text (the same characters).
    fn push_str(&mut self, (text, normal): (&str, &str)) {
        self.buf.push_str(text);
        self.normal.push_str(normal);
        if let Some((r, n)) = self.spans.last_mut() {
            r.end = self.buf.len();
            n.end = self.normal.len();
        }
    }

    /// Gives every case its text and its folded text: one shared buffer
    /// for each, per report.
    fn give(self, sections: &mut [Section]) {
        let buf = Text::from(self.buf);
        let normal = Text::from(self.normal);
        let cases = sections.iter_mut().flat_map(|s| s.cases.iter_mut());
        for (case, (span, folded)) in cases.zip(self.spans) {
            case.text = buf.slice(span);
            case.normal = Folded::new(case.text.clone(), normal.slice(folded));
        }
    }
}

/// Appends one original line to the open case, joined by a newline when
/// the line before ended a sentence and directly otherwise (a repaired
/// wrap). Its segment maps the line's first character back to the file.
fn append(
    case: &mut Case,
    texts: &mut CaseTexts,
    (text, normal): (&str, &str),
    line: u32,
    column: u32,
    new_sentence: bool,
) {
    if text.is_empty() {
        return;
    }
    if !texts.open_is_empty() && new_sentence {
        texts.push_str(("\n", "\n"));
        texts.open_len += 1;
    }
    case.segments.push(Segment {
        offset: texts.open_len,
        line,
        column,
    });
    texts.push_str((text, normal));
    let added = text.chars().count();
    work(text.len());
    texts.open_len += added;
}

/// Counts work (characters walked, lines read) for the test that parsing
/// is linear in its input: a test hook, a no-op outside tests.
#[cfg(test)]
fn work(n: usize) {
    tests::WORK.with(|w| w.set(w.get() + n as u64));
}

#[cfg(not(test))]
#[inline(always)]
fn work(_: usize) {}

/// The year a title names (1949–2099): the first `YYYY年度`, the year
/// evaluated, before any other (`澜江市人民政府2025年对2024年度履行教育职责
/// 情况的自评报告` is on 2024); else the first year. A range of years
/// (`2021—2023年`, `2021年至2023年`, `2021-2023年度`) stands for its last
/// year: a report over three years reports the state at their end, and its
/// earlier years' figures are earlier years'.
fn find_year(title: &str) -> Option<i32> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)").unwrap_or_else(|e| panic!("{e}"))
    });
    // Each year with the byte its words after start at, ranges joined.
    let mut years: Vec<(i32, usize)> = Vec::new();
    let mut at = 0;
    while let Some(c) = title.get(at..).and_then(|rest| re.captures(rest)) {
        let Some(m) = c.get(1) else { break };
        let (start, end) = (at + m.start(), at + m.end());
        at = end;
        let Some(year) = m.as_str().parse().ok().filter(|y| (1949..2100).contains(y)) else {
            continue;
        };
        match years.last_mut() {
            Some(last) if joins_range(&title[last.1..start]) => *last = (year, end),
            _ => years.push((year, end)),
        }
    }
    years
        .iter()
        .find(|(_, end)| title[*end..].starts_with("年度"))
        .or(years.first())
        .map(|(year, _)| *year)
}

/// Whether `between`, the words between two years, make them a range:
/// `—`, `-`, `~`, `至`, `到`, after `年` or `年度` or not.
fn joins_range(between: &str) -> bool {
    let rest = between
        .strip_prefix("年度")
        .or_else(|| between.strip_prefix('年'))
        .unwrap_or(between);
    matches!(
        rest,
        "—" | "——" | "–" | "-" | "－" | "~" | "～" | "至" | "到"
    )
}

#[cfg(test)]
mod tests;
