//! A case's text prepared for matching.

use dutycheck_read::normalize;

/// The normalised text of a case, with maps between byte offsets (what
/// regexes and automata report) and character offsets (what positions are
/// counted in), so that a slice by characters is a borrowed `&str` and not a
/// new string: extraction slices the text around every figure and mention.
pub struct CaseText<'a> {
    /// The original text, for quoting figures as written.
    pub original: &'a str,
    /// The normalised text: same characters, full-width forms folded.
    pub normal: String,
    /// The normalised text's characters, for looking around a match.
    pub chars: Vec<char>,
    /// `char_at_byte[b]` is the character offset of byte `b` of `normal`
    /// (one more entry for the end).
    char_at_byte: Vec<u32>,
    /// `byte_at_char[c]` is the byte offset of character `c` of `normal`
    /// (one more entry for the end).
    byte_at_char: Vec<u32>,
    /// The same for `original`, when its bytes differ from `normal`'s
    /// (full-width forms are longer); `None` when the two are equal.
    original_byte_at_char: Option<Vec<u32>>,
}

impl<'a> CaseText<'a> {
    pub fn new(original: &'a str) -> CaseText<'a> {
        let normal = normalize(original);
        let mut chars = Vec::with_capacity(normal.len() / 2);
        let mut char_at_byte = vec![0u32; normal.len() + 1];
        let mut byte_at_char = Vec::with_capacity(normal.len() / 2 + 1);
        for (index, (b, c)) in normal.char_indices().enumerate() {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            char_at_byte[b..b + c.len_utf8()].fill(index);
            byte_at_char.push(u32::try_from(b).unwrap_or(u32::MAX));
            chars.push(c);
        }
        let count = u32::try_from(chars.len()).unwrap_or(u32::MAX);
        char_at_byte[normal.len()] = count;
        byte_at_char.push(u32::try_from(normal.len()).unwrap_or(u32::MAX));
        let original_byte_at_char = (original != normal).then(|| {
            original
                .char_indices()
                .map(|(b, _)| u32::try_from(b).unwrap_or(u32::MAX))
                .chain(std::iter::once(
                    u32::try_from(original.len()).unwrap_or(u32::MAX),
                ))
                .collect()
        });
        CaseText {
            original,
            normal,
            chars,
            char_at_byte,
            byte_at_char,
            original_byte_at_char,
        }
    }

    /// The character offset of a byte offset into [`CaseText::normal`].
    pub fn char_offset(&self, byte: usize) -> usize {
        self.char_at_byte
            .get(byte)
            .map_or(self.chars.len(), |c| *c as usize)
    }

    /// The original text between two character offsets (clamped to the
    /// text; empty when `end <= start`).
    pub fn original_slice(&self, start: usize, end: usize) -> &'a str {
        let map = self
            .original_byte_at_char
            .as_deref()
            .unwrap_or(&self.byte_at_char);
        slice_by(self.original, map, start, end)
    }

    /// The normalised text between two character offsets (clamped to the
    /// text; empty when `end <= start`).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        slice_by(&self.normal, &self.byte_at_char, start, end)
    }
}

/// `text` between characters `start` and `end`, through `byte_at_char`.
fn slice_by<'t>(text: &'t str, byte_at_char: &[u32], start: usize, end: usize) -> &'t str {
    let last = byte_at_char.len().saturating_sub(1);
    let (start, end) = (start.min(last), end.min(last));
    if end <= start {
        return "";
    }
    match (byte_at_char.get(start), byte_at_char.get(end)) {
        (Some(&a), Some(&b)) => text.get(a as usize..b as usize).unwrap_or(""),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The maps must slice exactly as counting characters does, for text
    /// with and without full-width forms.
    #[test]
    fn slices_by_characters_like_chars_skip_take() {
        for original in [
            "普惠率达９０．５％，增长３个百分点",
            "覆盖率达90.5%",
            "",
            "ａ",
        ] {
            let text = CaseText::new(original);
            let n = original.chars().count();
            for start in 0..=n + 1 {
                for end in 0..=n + 2 {
                    let expected: String = original
                        .chars()
                        .skip(start)
                        .take(end.saturating_sub(start))
                        .collect();
                    assert_eq!(text.original_slice(start, end), expected);
                    let normal: String = text
                        .normal
                        .chars()
                        .skip(start)
                        .take(end.saturating_sub(start))
                        .collect();
                    assert_eq!(text.slice(start, end), normal);
                }
            }
        }
    }
}
