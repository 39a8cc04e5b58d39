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
    if !s.chars().any(is_terminal_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_safe(&mut out, c);
    }
    Cow::Owned(out)
}

/// Appends `c` as [`terminal_safe`] shows it.
pub(crate) fn push_safe(out: &mut String, c: char) {
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
pub(crate) fn safe_width(c: char) -> usize {
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
    fn widths_match_what_is_printed() {
        for c in ['\x1b', '\x07', '\u{7f}', '\u{9b}', 'a', '普'] {
            let mut s = String::new();
            push_safe(&mut s, c);
            let printed: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
            assert_eq!(safe_width(c), printed, "{c:?}");
        }
    }
}
