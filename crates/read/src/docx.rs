//! Word documents (.docx): a zip archive of XML parts.
//!
//! A report written in Word does not hold its numbering in the text: the
//! `一、` before `济南市` and the `1.` before each case are drawn by Word from
//! `word/numbering.xml`. Reading only the `<w:t>` runs would lose every
//! section and case marker, and the parser would find no structure at all.
//! So this module rebuilds each numbered paragraph's label the way Word
//! does:
//!
//! - a paragraph's `<w:numPr>` (or the one of its paragraph style, from
//!   `word/styles.xml`) names a numbering instance (`w:numId`) and a level
//!   (`w:ilvl`);
//! - the instance points to an abstract definition (`w:abstractNumId`) whose
//!   level gives the start value (`w:start`), the number format (`w:numFmt`:
//!   `decimal`, `chineseCounting`, `decimalEnclosedCircle` …) and the label
//!   template (`w:lvlText`, such as `%1、` or `（%1）`);
//! - counters run per instance: a paragraph at level *n* advances level *n*
//!   and restarts every deeper level.
//!
//! # Lines
//!
//! The text has **one line per paragraph** of the body, in document order,
//! so that line *n* of a finding is the *n*-th paragraph. A line break
//! inside a paragraph (Shift+Enter, `<w:br/>`; `<w:cr/>`) starts a line too,
//! as it does on the page: writers put a region's name and its first case
//! on two lines of one paragraph, and joined they were one heading. Lines
//! then count paragraphs and breaks. A table row counts
//! as one paragraph: its cells are joined with a tab, so a row such as
//! `普惠性幼儿园覆盖率 | 93.37%` reads as one line of text. Paragraphs nested
//! in a text box or a cell continue the line they stand in. Columns count
//! characters in that line, with the rebuilt label included.
//!
//! Deleted text (`<w:delText>` of tracked changes) and field codes
//! (`<w:instrText>`) are not text and are skipped; inserted text is kept.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Why a .docx could not be read: the message of the diagnostic.
pub type Error = String;

/// Extracts the text of a .docx, one line per paragraph, with Word's
/// automatic numbering written out. `limit` caps the size of each XML part
/// once decompressed, so that a zip bomb is refused instead of filling
/// memory.
pub fn text(bytes: &[u8], limit: u64) -> Result<String, Error> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        format!("not a readable .docx (the zip archive is damaged or truncated: {e})")
    })?;
    let document = part(&mut archive, "word/document.xml", limit)?
        .ok_or("not a Word document: the archive has no word/document.xml")?;
    let numbering = match part(&mut archive, "word/numbering.xml", limit)? {
        Some(xml) => Numbering::parse(&xml)?,
        None => Numbering::default(),
    };
    let styles = match part(&mut archive, "word/styles.xml", limit)? {
        Some(xml) => style_numbering(&xml)?,
        None => HashMap::new(),
    };
    body(&document, &numbering, &styles)
}

/// Reads one part of the archive as UTF-8, or `None` when it is absent.
fn part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Result<Option<String>, Error> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot open {name} in the .docx: {e}")),
    };
    let mut out = Vec::new();
    // Read one byte past the limit to tell "exactly at the limit" from "over".
    file.take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("cannot read {name} in the .docx (damaged or truncated: {e})"))?;
    if out.len() as u64 > limit {
        return Err(format!(
            "{name} in the .docx is larger than the limit of {limit} bytes once decompressed"
        ));
    }
    String::from_utf8(out).map(Some).map_err(|e| {
        format!(
            "{name} in the .docx is not UTF-8 XML (byte offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The local name of an element or attribute (`w:p` → `p`), as a string.
fn local(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|b| *b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// The value of the attribute with local name `key` (`w:val` → `val`).
fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == key)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn xml_error(part: &str, reader: &Reader<&[u8]>, e: &quick_xml::Error) -> Error {
    format!(
        "{part} in the .docx is not well-formed XML at byte {}: {e}",
        reader.buffer_position()
    )
}

/// One level of an abstract numbering definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// `word/numbering.xml`: abstract definitions and the instances that use them.
#[derive(Debug, Clone, Default)]
struct Numbering {
    /// abstractNumId → level index → level.
    abstracts: HashMap<String, HashMap<u8, Level>>,
    /// numId → (abstractNumId, start overrides per level).
    instances: HashMap<String, (String, HashMap<u8, u32>)>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, Error> {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<u8> = None;
        let mut override_level: Option<u8> = None;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| xml_error("word/numbering.xml", &reader, &e))?;
            match &event {
                Event::Start(e) | Event::Empty(e) => {
                    let empty = matches!(event, Event::Empty(_));
                    match local(e.name().as_ref()) {
                        b"abstractNum" if !empty => abstract_id = attr(e, b"abstractNumId"),
                        b"num" if !empty => {
                            num_id = attr(e, b"numId");
                        }
                        b"lvl" if !empty => {
                            level = attr(e, b"ilvl").and_then(|v| v.parse().ok());
                            if let (Some(a), Some(l)) = (&abstract_id, level) {
                                n.abstracts.entry(a.clone()).or_default().insert(
                                    l,
                                    Level {
                                        start: 1,
                                        format: "decimal".into(),
                                        text: String::new(),
                                    },
                                );
                            }
                        }
                        b"lvlOverride" if !empty => {
                            override_level = attr(e, b"ilvl").and_then(|v| v.parse().ok());
                        }
                        b"abstractNumId" => {
                            if let (Some(num), Some(a)) = (&num_id, attr(e, b"val")) {
                                n.instances.entry(num.clone()).or_default().0 = a;
                            }
                        }
                        b"startOverride" => {
                            if let (Some(num), Some(l), Some(v)) = (
                                &num_id,
                                override_level,
                                attr(e, b"val").and_then(|v| v.parse().ok()),
                            ) {
                                n.instances.entry(num.clone()).or_default().1.insert(l, v);
                            }
                        }
                        name @ (b"start" | b"numFmt" | b"lvlText") => {
                            let slot = abstract_id
                                .as_ref()
                                .zip(level)
                                .and_then(|(a, l)| n.abstracts.get_mut(a)?.get_mut(&l));
                            if let (Some(slot), Some(v)) = (slot, attr(e, b"val")) {
                                match name {
                                    b"start" => slot.start = v.parse().unwrap_or(1),
                                    b"numFmt" => slot.format = v,
                                    _ => slot.text = v,
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) => match local(e.name().as_ref()) {
                    b"abstractNum" => abstract_id = None,
                    b"num" => num_id = None,
                    b"lvl" => level = None,
                    b"lvlOverride" => override_level = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(n)
    }

    fn level(&self, num_id: &str, ilvl: u8) -> Option<Level> {
        let (abstract_id, overrides) = self.instances.get(num_id)?;
        let mut level = self.abstracts.get(abstract_id)?.get(&ilvl)?.clone();
        if let Some(start) = overrides.get(&ilvl) {
            level.start = *start;
        }
        Some(level)
    }
}

/// Paragraph styles that carry numbering (`标题 1` numbered `一、`): style id →
/// (numId, ilvl). A style without its own `w:ilvl` is at level 0.
fn style_numbering(xml: &str) -> Result<HashMap<String, (String, u8)>, Error> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut style: Option<String> = None;
    let mut num: Option<String> = None;
    let mut ilvl: u8 = 0;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error("word/styles.xml", &reader, &e))?;
        match &event {
            Event::Start(e) | Event::Empty(e) => match local(e.name().as_ref()) {
                b"style" if matches!(event, Event::Start(_)) => {
                    style = attr(e, b"styleId");
                    num = None;
                    ilvl = 0;
                }
                b"numId" if style.is_some() => num = attr(e, b"val"),
                b"ilvl" if style.is_some() => {
                    ilvl = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0);
                }
                _ => {}
            },
            Event::End(e) if local(e.name().as_ref()) == b"style" => {
                if let (Some(s), Some(n)) = (style.take(), num.take()) {
                    out.insert(s, (n, ilvl));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Formats one counter value in a Word number format. Formats without a
/// faithful rendering here fall back to decimal, which the parser still
/// reads as a numbering marker.
fn format_number(value: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "ideographDigital" => chinese(value),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&value) => {
            char::from_u32('①' as u32 + value - 1).map_or_else(|| value.to_string(), String::from)
        }
        "decimalFullWidth" | "decimalFullWidth2" => value
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
            .collect(),
        "lowerLetter" | "upperLetter" if (1..=26).contains(&value) => {
            let base = if format == "lowerLetter" { b'a' } else { b'A' };
            char::from(base + (value - 1) as u8).to_string()
        }
        "none" => String::new(),
        _ => value.to_string(),
    }
}

/// A whole number in Chinese counting form, as Word writes it: 1 一,
/// 10 十, 16 十六, 20 二十, 105 一百零五.
fn chinese(value: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if value == 0 {
        return "零".into();
    }
    if value >= 10_000 {
        return value.to_string();
    }
    let digits = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10];
    let units = ["千", "百", "十", ""];
    let mut out = String::new();
    let mut zero = false;
    for (i, d) in digits.iter().enumerate() {
        if *d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // 十六, not 一十六, when ten is the leading unit.
        if !(i == 2 && *d == 1 && out.is_empty()) {
            out.push(DIGITS[*d as usize]);
        }
        out.push_str(units[i]);
    }
    out
}

/// Walks `word/document.xml` and writes one line per body paragraph.
fn body(
    xml: &str,
    numbering: &Numbering,
    styles: &HashMap<String, (String, u8)>,
) -> Result<String, Error> {
    let mut reader = Reader::from_str(xml);
    let mut lines: Vec<String> = Vec::new();
    // Counters per numbering instance, one per level.
    let mut counters: HashMap<String, [Option<u32>; 9]> = HashMap::new();
    let mut line = String::new();
    let mut paragraph_depth = 0usize; // nested w:p (text boxes)
    let mut table_depth = 0usize;
    let mut cell_count = 0usize; // cells so far in the current row
    let mut in_text = false; // inside <w:t>
    let mut num_id: Option<String> = None;
    let mut ilvl: Option<u8> = None;
    let mut style: Option<String> = None;
    let mut label_done = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error("word/document.xml", &reader, &e))?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match local(e.name().as_ref()) {
                    b"p" => {
                        if paragraph_depth == 0 {
                            num_id = None;
                            ilvl = None;
                            style = None;
                            label_done = false;
                        }
                        if !empty {
                            paragraph_depth += 1;
                        } else if paragraph_depth == 0 && table_depth == 0 {
                            lines.push(String::new());
                        }
                    }
                    b"numId" if paragraph_depth == 1 => num_id = attr(e, b"val"),
                    b"ilvl" if paragraph_depth == 1 => {
                        ilvl = attr(e, b"val").and_then(|v| v.parse().ok());
                    }
                    b"pStyle" if paragraph_depth == 1 => style = attr(e, b"val"),
                    b"t" if !empty => {
                        if !label_done && paragraph_depth == 1 {
                            label(
                                &mut line,
                                num_id.as_deref(),
                                ilvl,
                                style.as_deref(),
                                numbering,
                                styles,
                                &mut counters,
                            );
                            label_done = true;
                        }
                        in_text = true;
                    }
                    b"tab" if paragraph_depth > 0 => line.push('\t'),
                    // A line break starts a line, outside a table (a row is
                    // one line: its cells' breaks run on).
                    b"br" | b"cr" if paragraph_depth > 0 && table_depth == 0 => {
                        lines.push(std::mem::take(&mut line));
                    }
                    b"tbl" if !empty => table_depth += 1,
                    b"tr" if !empty && table_depth == 1 => cell_count = 0,
                    b"tc" if !empty && table_depth == 1 => {
                        if cell_count > 0 {
                            line.push('\t');
                        }
                        cell_count += 1;
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                let text = t
                    .unescape()
                    .map_err(|e| xml_error("word/document.xml", &reader, &e))?;
                // A line break inside a run would break "one line per
                // paragraph"; Chinese needs no space in its place.
                line.extend(text.chars().filter(|c| *c != '\n' && *c != '\r'));
            }
            Event::End(e) => match local(e.name().as_ref()) {
                b"t" => in_text = false,
                b"p" => {
                    paragraph_depth = paragraph_depth.saturating_sub(1);
                    if paragraph_depth == 0 {
                        if !label_done {
                            // A numbered paragraph with no text still counts.
                            label(
                                &mut line,
                                num_id.as_deref(),
                                ilvl,
                                style.as_deref(),
                                numbering,
                                styles,
                                &mut counters,
                            );
                        }
                        // Inside a table, the paragraphs of a cell run on
                        // in the row's line, which ends with the row.
                        if table_depth == 0 {
                            lines.push(std::mem::take(&mut line));
                        }
                    }
                }
                b"tr" if table_depth == 1 => lines.push(std::mem::take(&mut line)),
                b"tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Ok(lines.join("\n"))
}

/// Writes the numbering label of the current paragraph, if it has one, and
/// advances the counters.
fn label(
    line: &mut String,
    num_id: Option<&str>,
    ilvl: Option<u8>,
    style: Option<&str>,
    numbering: &Numbering,
    styles: &HashMap<String, (String, u8)>,
    counters: &mut HashMap<String, [Option<u32>; 9]>,
) {
    let from_style = style.and_then(|s| styles.get(s));
    let (num_id, ilvl) = match (num_id, from_style) {
        (Some(n), _) => (n.to_string(), ilvl.unwrap_or(0)),
        (None, Some((n, l))) => (n.clone(), ilvl.unwrap_or(*l)),
        (None, None) => return,
    };
    // numId 0 means "numbering removed" in Word.
    if num_id == "0" || ilvl > 8 {
        return;
    }
    let Some(level) = numbering.level(&num_id, ilvl) else {
        return;
    };
    if level.format == "bullet" {
        return;
    }
    let slots = counters.entry(num_id.clone()).or_insert([None; 9]);
    let i = usize::from(ilvl);
    slots[i] = Some(slots[i].map_or(level.start, |v| v.saturating_add(1)));
    for deeper in slots.iter_mut().skip(i + 1) {
        *deeper = None;
    }
    let mut text = level.text.clone();
    for l in 0..=ilvl {
        let placeholder = format!("%{}", l + 1);
        if text.contains(&placeholder) {
            let lvl = numbering.level(&num_id, l).unwrap_or_default();
            let value = slots[usize::from(l)].unwrap_or(lvl.start);
            text = text.replace(&placeholder, &format_number(value, &lvl.format));
        }
    }
    if !text.is_empty() {
        line.push_str(&text);
        // Word separates the label from the text with a tab by default;
        // a space keeps `1.` apart from a text that starts with a digit.
        line.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counting() {
        let got: Vec<String> = [1, 2, 10, 11, 16, 20, 21, 100, 105, 110]
            .iter()
            .map(|v| chinese(*v))
            .collect();
        assert_eq!(
            got,
            [
                "一",
                "二",
                "十",
                "十一",
                "十六",
                "二十",
                "二十一",
                "一百",
                "一百零五",
                "一百一十"
            ]
        );
    }

    #[test]
    fn formats() {
        assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
        assert_eq!(format_number(12, "decimalFullWidth"), "１２");
        assert_eq!(format_number(2, "lowerLetter"), "b");
        assert_eq!(format_number(7, "decimal"), "7");
        assert_eq!(format_number(4, "chineseCounting"), "四");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(text(b"PK\x03\x04garbage", 1 << 20).is_err());
        assert!(text(b"", 1 << 20).is_err());
    }
}
