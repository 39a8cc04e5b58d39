//! Page layout: what a PDF page holds besides the report's text, and what
//! a "line" of a PDF is.
//!
//! # Lines
//!
//! A line of a PDF is a line of the text dutycheck extracts from it: the
//! visual lines of the pages, in order, page after page, without blank
//! lines. **Page furniture keeps its line**: a running header, a running
//! footer or a page number is not dropped from the text but marked with a
//! leading form feed ([`FURNITURE`]), and the parser skips such a line as if
//! it were not there (it neither ends a sentence nor starts a case). So the
//! line numbers of findings do not depend on whether a header was
//! recognised, and a finding's quoted line is the line it points at.
//!
//! # Furniture
//!
//! - **Running headers and footers**: a line among the first or last three
//!   of a page whose text (with its digits taken as one) stands at the same
//!   height (within 3 points) on more than half of the pages, and on two
//!   pages at least (`XX市教育督导室 督导简报（第3期）`).
//! - **Page numbers**: among the first or last two lines of a page, a line
//!   that is only a page number: `- 2 -`, `—2—`, `2`, `第2页`, `第2页 共5页`,
//!   `2/5`, `Page 2`.
//!
//! A page of one line is never all furniture: a one-page PDF's only line is
//! its text.

use std::collections::HashMap;

use super::clean_line;

/// The first character of a line that is page furniture.
pub(crate) const FURNITURE: char = crate::PAGE_FURNITURE;

/// One visual line of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Distance of the line's first character from the top of the page,
    /// in points.
    pub top: f64,
    pub text: String,
}

/// How many lines at each edge of a page may be a running header or footer.
const EDGE: usize = 3;
/// How many lines at each edge of a page may be a page number.
const NUMBER_EDGE: usize = 2;
/// How far apart, in points, two lines may be and still stand "at the same
/// height".
const SAME_HEIGHT: f64 = 3.0;

/// The text of the pages, one line each, furniture marked.
pub(crate) fn assemble(pages: &[Vec<Line>]) -> String {
    let pages: Vec<Vec<(f64, String)>> = pages
        .iter()
        .map(|page| {
            page.iter()
                .filter_map(|l| {
                    let text = clean_line(&l.text);
                    (!text.is_empty()).then_some((l.top, text))
                })
                .collect()
        })
        .collect();
    let furniture = furniture(&pages);
    let mut out = String::new();
    for (page, marks) in pages.iter().zip(&furniture) {
        for ((_, text), furniture) in page.iter().zip(marks) {
            if *furniture {
                out.push(FURNITURE);
            }
            out.push_str(text);
            out.push('\n');
        }
    }
    out
}

/// A text dump of a PDF (`pdftotext`'s output, or any text with form feeds
/// between its pages), with its page furniture marked as [`assemble`] marks
/// a PDF's.
///
/// `pdftotext` starts each page after the first with a form feed, at the
/// start of the page's first line. Such a dump repeats the running header
/// on every page and keeps the page numbers (`- 1 -`), which otherwise end
/// up inside the case text, in the middle of a figure's sentence (`比上年增长`
/// `- 1 -` `3.9%`), and the first page's header becomes the report's title.
///
/// A text line has no height, so its position on the page stands in for it:
/// the first half of a page's lines count from the page's top, the rest
/// from its bottom, a line apart being far more than [`SAME_HEIGHT`]. The
/// running header is then the line at the same place on most pages, as in
/// a PDF. Every line keeps its place and its text; the form feeds that only
/// separated pages go (so the first line of a page is one column shorter
/// than in the file), and a furniture line starts with [`FURNITURE`].
/// A text copied out of a PDF without its form feeds, with the pages'
/// numbers still on lines of their own (`- 2 -`, `—3—`, `第4页`): the same
/// text with a form feed after each such line, for [`mark_text_pages`]
/// (`None` when fewer than two lines are page numbers). A page number
/// left in the text broke a sentence in two (`比上年下降` `- 2 -` `1.8%`),
/// and its digits became a figure of the sentence: `-1.8%` turned a fall
/// into a rise. A bare number on a line (`2`) is not taken for one here:
/// with no page break around it, it may be the report's own.
pub(crate) fn split_at_page_numbers(text: &str) -> Option<String> {
    // Cheap first: short lines that open as a page number can.
    let numbered = |line: &str| {
        let t = line.trim();
        t.len() <= 32
            && t.starts_with(['-', '—', '–', '－', '第', 'P', 'p'])
            // (Full-width digits too: `－２－`, as government documents print.)
            && t.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
            && is_page_number(t)
    };
    // Line by line with the vectorised `memchr` (`str::lines` searched
    // every report's text at several times the cost).
    let lines = || {
        let mut from = 0;
        memchr::memchr_iter(b'\n', text.as_bytes())
            .chain(std::iter::once(text.len()))
            .map(move |end| {
                let line = text.get(from..end).unwrap_or_default();
                from = end + 1;
                line
            })
    };
    lines().filter(|l| numbered(l)).nth(1)?;
    let mut out = String::with_capacity(text.len() + 16);
    let mut after_number = false;
    for line in text.split_inclusive('\n') {
        if after_number {
            out.push(FURNITURE);
        }
        out.push_str(line);
        after_number = numbered(line);
    }
    Some(out)
}

pub(crate) fn mark_text_pages(text: &str) -> String {
    /// A line apart, in the stand-in for points.
    const LINE: f64 = 100.0;
    // Every line without its end and its page-break form feeds, its end,
    // and per page the indices of its lines with text.
    let mut lines: Vec<(&str, &str)> = Vec::new();
    let mut pages: Vec<Vec<usize>> = vec![Vec::new()];
    for raw in text.split_inclusive('\n') {
        let body_len = raw.trim_end_matches(['\n', '\r']).len();
        let (mut body, end) = raw.split_at(body_len);
        while let Some(rest) = body.strip_prefix(FURNITURE) {
            pages.push(Vec::new());
            body = rest;
        }
        if !body.trim().is_empty()
            && let Some(page) = pages.last_mut()
        {
            page.push(lines.len());
        }
        lines.push((body, end));
    }
    pages.retain(|p| !p.is_empty());
    let placed: Vec<Vec<(f64, String)>> = pages
        .iter()
        .map(|page| {
            let n = page.len();
            page.iter()
                .enumerate()
                .map(|(i, &l)| {
                    let top = if i < n.div_ceil(2) {
                        i as f64 * LINE
                    } else {
                        1e9 - (n - i) as f64 * LINE
                    };
                    (top, lines[l].0.trim().to_string())
                })
                .collect()
        })
        .collect();
    let mut marked = vec![false; lines.len()];
    for (page, marks) in pages.iter().zip(furniture(&placed)) {
        for (&l, mark) in page.iter().zip(marks) {
            marked[l] = mark;
        }
    }
    let mut out = String::with_capacity(text.len());
    for ((body, end), mark) in lines.iter().zip(marked) {
        if mark {
            out.push(FURNITURE);
        }
        out.push_str(body);
        out.push_str(end);
    }
    out
}

/// Whether `i` is among the first or last `n` of `len` lines.
fn at_edge(i: usize, len: usize, n: usize) -> bool {
    i < n || i + n >= len
}

/// For each line of each page, whether it is furniture.
fn furniture(pages: &[Vec<(f64, String)>]) -> Vec<Vec<bool>> {
    let mut marks: Vec<Vec<bool>> = pages.iter().map(|p| vec![false; p.len()]).collect();
    // Running lines: the edge lines grouped by their text with digits as
    // one, then, by height, those on enough pages.
    let mut by_key: HashMap<String, Vec<(f64, usize, usize)>> = HashMap::new();
    for (p, page) in pages.iter().enumerate() {
        for (i, (top, text)) in page.iter().enumerate() {
            if page.len() > 1 && at_edge(i, page.len(), EDGE) {
                by_key.entry(key(text)).or_default().push((*top, p, i));
            }
        }
    }
    let needed = (pages.len() / 2 + 1).max(2);
    for mut lines in by_key.into_values() {
        if lines.len() < needed {
            continue;
        }
        lines.sort_by(|a, b| a.0.total_cmp(&b.0));
        // A sliding window of the lines within SAME_HEIGHT of each other.
        let mut from = 0;
        for to in 0..lines.len() {
            while lines[to].0 - lines[from].0 > SAME_HEIGHT {
                from += 1;
            }
            if to + 1 - from >= needed {
                for &(_, p, i) in &lines[from..=to] {
                    marks[p][i] = true;
                }
            }
        }
    }
    for (p, page) in pages.iter().enumerate() {
        for (i, (_, text)) in page.iter().enumerate() {
            if page.len() > 1 && at_edge(i, page.len(), NUMBER_EDGE) && is_page_number(text) {
                marks[p][i] = true;
            }
        }
    }
    marks
}

/// The text with each run of digits as one `#` and without blanks: the
/// header `督导简报（第3期）` is the same on every page, and so is a footer
/// with the page's number in it.
fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::normalize(text)
        .chars()
        .filter(|c| !c.is_whitespace())
    {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a line is nothing but a page number: `- 2 -`, `—2—`, `2`,
/// `第2页`, `第2页 共5页`, `第 2 页，共 5 页`, `2/5`, `2 / 5`, `Page 2`,
/// `Page 2 of 5`. At most four digits in a number. (The parser asks it of a
/// line inside a sentence too: `dutycheck_parse`'s page-number lines.)
pub fn is_page_number(text: &str) -> bool {
    let normal = crate::normalize(text);
    let t: String = normal.chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.trim_matches(|c| matches!(c, '-' | '—' | '–' | '－' | '·'));
    let number = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if number(t) {
        return true;
    }
    if let Some((a, b)) = t.split_once('/') {
        return number(a) && number(b);
    }
    let lower = t.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("page") {
        return match rest.split_once("of") {
            Some((a, b)) => number(a) && number(b),
            None => number(rest),
        };
    }
    let page = |s: &str| {
        s.strip_prefix('第')
            .and_then(|s| s.strip_suffix('页'))
            .is_some_and(number)
    };
    if page(t) {
        return true;
    }
    // 第2页共5页, 第2页,共5页
    if let Some((a, b)) = t.split_once("页") {
        let b = b.trim_start_matches([',', '，', '/']);
        return page(&format!("{a}页"))
            && b.strip_prefix('共')
                .and_then(|s| s.strip_suffix('页'))
                .is_some_and(number);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[(f64, &str)]) -> Vec<Line> {
        lines
            .iter()
            .map(|(top, text)| Line {
                top: *top,
                text: (*text).to_string(),
            })
            .collect()
    }

    #[test]
    fn a_pdftotext_dump_has_its_furniture_marked_and_keeps_its_lines() {
        let text = "某市教育督导室    督导简报（第3期）\n关于2021年度的通报\n一、东城区\n1.支出比上年增长\n- 1 -\n\u{c}某市教育督导室    督导简报（第3期）\n3.9%。\n2.新建学校。\n- 2 -\n\u{c}某市教育督导室    督导简报（第3期）\n二、西城区\n1.完成。\n- 3 -\n\u{c}";
        let marked = mark_text_pages(text);
        let lines: Vec<&str> = marked.split('\n').collect();
        assert_eq!(lines.len(), text.split('\n').count(), "{marked}");
        let furniture: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].starts_with(FURNITURE))
            .collect();
        assert_eq!(furniture, [0, 4, 5, 8, 9, 12], "{marked}");
        // The text of a line is kept as it is, blanks included.
        assert_eq!(lines[0], "\u{c}某市教育督导室    督导简报（第3期）");
        // A page's first line that is text loses only its form feed.
        assert_eq!(lines[6], "3.9%。");
        assert_eq!(lines[1], "关于2021年度的通报");
        // The trailing form feed of the dump is no line of text.
        assert_eq!(lines[13], "");
    }

    /// A PDF's text copied without its form feeds: the page numbers on lines
    /// of their own still break the pages, and they and the running header
    /// after them are furniture. `- 2 -` in the middle of `比上年下降` `1.8%`
    /// was read as the figure `-1.8%` of a rise.
    #[test]
    fn page_numbers_on_lines_of_their_own_break_a_text_into_pages() {
        let text = "督导简报\n关于2023年度的通报\n一、白沙县\n支出比上年下降\n- 1 -\n督导简报\n1.8%。\n- 2 -\n督导简报\n二、东坡县\n完成。\n- 3 -\n";
        let paged = split_at_page_numbers(text).expect("three page numbers");
        let marked = mark_text_pages(&paged);
        let lines: Vec<&str> = marked.split('\n').collect();
        assert_eq!(lines.len(), text.split('\n').count(), "{marked}");
        let furniture: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].starts_with(FURNITURE))
            .collect();
        assert_eq!(furniture, [0, 4, 5, 7, 8, 11], "{marked}");
        assert_eq!(lines[6], "1.8%。");
        // One page number, or bare numbers, break nothing.
        assert_eq!(
            split_at_page_numbers("一、甲市\n支出增长\n- 1 -\n3.9%。\n"),
            None
        );
        assert_eq!(split_at_page_numbers("一、甲市\n2\n3\n"), None);
    }

    #[test]
    fn a_text_without_pages_repeating_nothing_is_left_alone() {
        // One page break; no line repeats and no page number: nothing marked.
        let text = "标题\n一、甲市\n1.做法。\n\u{c}2.成效。\n";
        assert_eq!(
            mark_text_pages(text),
            "标题\n一、甲市\n1.做法。\n2.成效。\n"
        );
    }

    #[test]
    fn page_numbers_of_every_form() {
        for yes in [
            "- 2 -",
            "—2—",
            "2",
            "第2页",
            "第 2 页",
            "第2页 共5页",
            "第 2 页，共 5 页",
            "2/5",
            "2 / 5",
            "Page 2",
            "page 2 of 5",
            "－３－",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "2020年",
            "第2条",
            "1.做法",
            "12345",
            "2/5万",
            "共5页",
            "第二部分",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn running_headers_and_page_numbers_are_marked_not_dropped() {
        let pages = vec![
            page(&[
                (40.0, "某市教育督导室 督导简报（第3期）"),
                (90.0, "某市2021年典型案例"),
                (140.0, "一、东城区"),
                (162.0, "1.普惠率达93."),
                (812.0, "- 1 -"),
            ]),
            page(&[
                (40.0, "某市教育督导室 督导简报（第3期）"),
                (90.0, "37%。"),
                (112.0, "2.新建学校。"),
                (812.0, "- 2 -"),
            ]),
            page(&[
                (40.0, "某市教育督导室 督导简报（第3期）"),
                (90.0, "3.完成。"),
                (812.0, "- 3 -"),
            ]),
        ];
        let text = assemble(&pages);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 12, "every line keeps its place: {text}");
        // (The space next to Chinese text goes, as in every line.)
        assert_eq!(lines[0], "\u{c}某市教育督导室督导简报（第3期）");
        assert_eq!(lines[1], "某市2021年典型案例");
        assert_eq!(lines[4], "\u{c}- 1 -");
        assert_eq!(lines[6], "37%。");
        assert_eq!(lines[11], "\u{c}- 3 -");
    }

    #[test]
    fn a_line_repeated_at_another_height_is_text() {
        // The same words at the top of one page and in the middle of the
        // next: no running header.
        let pages = vec![
            page(&[
                (40.0, "加强领导"),
                (90.0, "甲"),
                (120.0, "乙"),
                (150.0, "丙"),
                (180.0, "丁"),
            ]),
            page(&[
                (40.0, "戊"),
                (90.0, "己"),
                (300.0, "加强领导"),
                (330.0, "庚"),
                (360.0, "辛"),
                (390.0, "壬"),
                (420.0, "癸"),
            ]),
        ];
        let text = assemble(&pages);
        assert!(!text.contains('\u{c}'), "{text:?}");
    }

    #[test]
    fn a_single_line_page_is_text() {
        let text = assemble(&[page(&[(40.0, "2")])]);
        assert_eq!(text, "2\n");
    }
}
