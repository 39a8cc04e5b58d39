//! A case's text prepared for matching.

use dutycheck_read::normalize;

/// The normalised text of a case, with a map from byte offsets (what regexes
/// and automata report) to character offsets (what positions are counted in).
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
}

impl<'a> CaseText<'a> {
    pub fn new(original: &'a str) -> CaseText<'a> {
        let normal = normalize(original);
        let chars: Vec<char> = normal.chars().collect();
        let mut char_at_byte = vec![0u32; normal.len() + 1];
        let mut index = 0u32;
        for (b, c) in normal.char_indices() {
            for slot in &mut char_at_byte[b..b + c.len_utf8()] {
                *slot = index;
            }
            index += 1;
        }
        char_at_byte[normal.len()] = index;
        CaseText {
            original,
            normal,
            chars,
            char_at_byte,
        }
    }

    /// The character offset of a byte offset into [`CaseText::normal`].
    pub fn char_offset(&self, byte: usize) -> usize {
        self.char_at_byte
            .get(byte)
            .map_or(self.chars.len(), |c| *c as usize)
    }

    /// The original text between two character offsets.
    pub fn original_slice(&self, start: usize, end: usize) -> String {
        self.original
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect()
    }

    /// The normalised text between two character offsets.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars
            .get(start..end.min(self.chars.len()))
            .map(|s| s.iter().collect())
            .unwrap_or_default()
    }
}
