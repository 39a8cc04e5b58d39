//! Text that goes to a terminal, made safe to print.
//!
//! A report is untrusted input: its text can hold escape sequences (`ESC [
//! 2 J` clears the screen, `ESC ] 0 ; … BEL` sets the window title, OSC 8
//! makes links, some terminals answer queries by typing into the shell).
//! Anything dutycheck prints for a terminal that came from a report, a rule,
//! a waiver file or a plugin passes through [`terminal_safe`], whatever
//! `--color` says: colours are the only escapes dutycheck writes itself, and
//! they are added after the text was made safe.
//!
//! Control characters are shown, not dropped, so that a reviewer sees that
//! the report holds them: `\x1b`, `\x07`, `\u{9b}`. Tabs and line breaks are
//! kept (they are layout, not commands); a carriage return is shown, because
//! it moves the cursor back over what was printed.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Whether `c` is shown as an escape rather than printed: C0 controls other
/// than tab and line feed, DEL, and C1 controls (U+0080–U+009F; U+009B is a
/// one-character CSI on some terminals).
pub(crate) fn is_terminal_control(c: char) -> bool {
    (c < ' ' && c != '\t' && c != '\n') || ('\u{7f}'..='\u{9f}').contains(&c)
}

/// `s` with every control character ([`is_terminal_control`]) replaced by a
/// visible escape: `\x1b` for ASCII controls, `\u{9b}` for C1 controls.
/// Borrowed, without a copy, when there is nothing to replace (the common
/// case).
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    if !has_terminal_control(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_safe(&mut out, c);
    }
    Cow::Owned(out)
}

/// Whether `s` holds a character [`is_terminal_control`] escapes, found by
/// looking at bytes rather than decoding characters: every finding's
/// message, path and quoted line passes through [`terminal_safe`], and
/// decoding each character cost more than the rest of printing it. In
/// UTF-8 the C0 controls and DEL are the bytes 0x00–0x1F and 0x7F (never
/// part of a longer character), and the C1 controls U+0080–U+009F are
/// 0xC2 followed by 0x80–0x9F (0xC2 only ever leads a character).
///
/// Text holds none of the three bytes a control can start with almost
/// always, so they are looked for a chunk at a time with no early exit (a
/// loop the compiler turns into vector instructions), and only a chunk that
/// has one is looked at byte by byte.
pub(crate) fn has_terminal_control(s: &str) -> bool {
    const CHUNK: usize = 32;
    let bytes = s.as_bytes();
    let suspect = |b: u8| b < 0x20 || b == 0x7f || b == 0xc2;
    bytes.chunks(CHUNK).enumerate().any(|(k, chunk)| {
        chunk.iter().fold(false, |seen, &b| seen | suspect(b))
            && (k * CHUNK..k * CHUNK + chunk.len()).any(|i| match bytes[i] {
                b'\t' | b'\n' => false,
                0x00..=0x1f | 0x7f => true,
                0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
                _ => false,
            })
    })
}

/// Appends `c` as [`terminal_safe`] shows it.
fn push_safe(out: &mut String, c: char) {
    if !is_terminal_control(c) {
        out.push(c);
    } else if (c as u32) < 0x80 {
        out.push_str(&format!("\\x{:02x}", c as u32));
    } else {
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
    }
}

/// The terminal columns `c` takes once made safe: its escape's length for a
/// control character, else its display width. Keeps carets under the
/// characters they mark when a quoted line holds controls.
#[inline]
pub(crate) fn safe_width(c: char) -> usize {
    // The characters a report is made of, answered without the width
    // table's lookup (a test holds these ranges to the table for every
    // character): printable ASCII, the CJK unified ideographs, CJK
    // punctuation (、。「」) and the full-width forms (，：（）).
    match c {
        ' '..='~' => return 1,
        '\u{3000}'..='\u{3029}' | '\u{4e00}'..='\u{9fff}' | '\u{ff01}'..='\u{ff60}' => return 2,
        _ => {}
    }
    if !is_terminal_control(c) {
        c.width().unwrap_or(0)
    } else if (c as u32) < 0x80 {
        4
    } else {
        // `\u{` + hex digits + `}`
        4 + format!("{:x}", c as u32).len()
    }
}

/// The terminal columns of text that is already safe (for tests that check
/// alignment).
#[cfg(test)]
pub(crate) fn terminal_width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_osc_sequences_become_visible() {
        assert_eq!(
            terminal_safe("a\x1b]0;pwned\x07b\x1b[2J\r\u{9b}c"),
            "a\\x1b]0;pwned\\x07b\\x1b[2J\\x0d\\u{9b}c"
        );
        assert_eq!(terminal_safe("制表\t与\n换行"), "制表\t与\n换行");
        assert!(matches!(terminal_safe("普通文本"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_byte_scan_finds_the_controls_the_characters_hold() {
        // Every character alone, and next to a 0xC2-led character that is
        // not a control (U+00A0…U+00BF), before and after.
        for u in 0..=0x10ffff_u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let mut buf = [0u8; 4];
            let one = c.encode_utf8(&mut buf);
            assert_eq!(has_terminal_control(one), is_terminal_control(c), "{c:?}");
            if u % 97 == 0 || is_terminal_control(c) {
                let pair = format!("\u{a0}{c}\u{bf}");
                assert_eq!(
                    has_terminal_control(&pair),
                    pair.chars().any(is_terminal_control),
                    "{pair:?}"
                );
                // At every place across a chunk's end (32 bytes).
                for lead in 28..36 {
                    let long = format!("{}{c}{}", "a".repeat(lead), "普".repeat(12));
                    assert_eq!(
                        has_terminal_control(&long),
                        is_terminal_control(c),
                        "{long:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_width_shortcuts_agree_with_the_width_table() {
        for u in 0..=0x10ffff_u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let table = if is_terminal_control(c) {
                let mut s = String::new();
                push_safe(&mut s, c);
                s.len()
            } else {
                c.width().unwrap_or(0)
            };
            assert_eq!(safe_width(c), table, "{c:?} U+{u:04X}");
        }
    }

    #[test]
    fn widths_match_what_is_printed() {
        for c in ['\x1b', '\x07', '\u{7f}', '\u{9b}', 'a', '普'] {
            let mut s = String::new();
            push_safe(&mut s, c);
            let printed: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
            assert_eq!(safe_width(c), printed, "{c:?}");
        }
    }
}
