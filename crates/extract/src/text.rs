//! A case's text prepared for matching.

use std::borrow::Cow;

use dutycheck_model::Text;

/// The normalised text of a case, with maps between byte offsets (what
/// regexes and automata report) and character offsets (what positions are
/// counted in), so that a slice by characters is a borrowed `&str` and not a
/// new string: extraction slices the text around every figure and mention.
pub struct CaseText<'a> {
    /// The original text, for quoting figures as written.
    pub original: &'a str,
    /// The case's own [`Text`], which `original` is: what is quoted from
    /// the case is a span of it, not a copy ([`CaseText::quote`]). Empty
    /// for a text scanned on its own (tests), whose quotes are copies.
    pub(crate) source: Text,
    /// The normalised text: same characters, full-width forms folded. The
    /// parser's fold of the case ([`dutycheck_model::Case::normal`]) when
    /// it has one, else folded by the pass.
    pub normal: Cow<'a, str>,
    /// The normalised text's characters, for looking around a match.
    pub chars: Vec<char>,
    /// `byte_at_char[c]` is the byte offset of character `c` of `normal`
    /// (one more entry for the end). Sorted, so it also maps bytes back to
    /// characters, by binary search: a table per byte would cost four bytes
    /// of memory traffic per byte of text, for a few lookups per figure.
    pub(crate) byte_at_char: Vec<u32>,
    /// The same for `original`, when its bytes differ from `normal`'s
    /// (full-width forms are longer); `None` when the two are equal.
    pub(crate) original_byte_at_char: Option<Vec<u32>>,
    /// The byte offsets in `normal` of every character a figure can start
    /// with ([`crate::figures::may_start_figure`]), in order.
    pub(crate) figure_starts: Vec<usize>,
    /// Every statement word the one pass found in the case
    /// ([`crate::scan::STATEMENT_WORDS`]: the plan words) that stands as
    /// that word ([`dutycheck_vocab::plans::stands_alone`]: not the `请` of
    /// `申请`), by start.
    pub(crate) plan_words: Vec<crate::scan::Hit>,
    /// Every word of a time before a remedy the one pass found
    /// ([`crate::scan::remedy_words`]), by start.
    pub(crate) remedy_words: Vec<crate::scan::Hit>,
    /// Whether the case names a remedy at all (`整改`): only then may a
    /// sentence open with one ([`dutycheck_vocab::periods::AFTER_REMEDY`]),
    /// which every level would otherwise look for.
    pub(crate) names_remedy: bool,
    /// Whether the case sets out an example (`为例`,
    /// [`dutycheck_vocab::regions::EXAMPLE`]) or may take a view of other
    /// regions (`看`, [`dutycheck_vocab::regions::VIEWPOINT`]): only then is
    /// a sentence's opening looked at for one.
    pub(crate) names_example: bool,
    /// Where each word of an adjusted basis starts (`扣除`, `剔除`…,
    /// [`dutycheck_vocab::changes::ADJUSTED`]), in order.
    pub(crate) adjusted_at: Vec<usize>,
}

impl<'a> CaseText<'a> {
    /// A text with no characters read: what the pass gives when it cannot
    /// follow a text, which a fold made by the pass itself never is.
    pub(crate) fn empty(original: &'a str) -> CaseText<'a> {
        CaseText {
            original,
            source: Text::EMPTY,
            normal: Cow::Borrowed(""),
            chars: Vec::new(),
            byte_at_char: vec![0],
            original_byte_at_char: None,
            figure_starts: Vec::new(),
            plan_words: Vec::new(),
            remedy_words: Vec::new(),
            names_remedy: false,
            names_example: false,
            adjusted_at: Vec::new(),
        }
    }

    /// Whether characters `from..to` hold a plan word that makes them a
    /// plan: one not right after a word that claims it met
    /// ([`dutycheck_vocab::plans::CLAIMED`]: `完成目标`, `实现目标` claim a
    /// target reached), nor right before `了` (`确保了“两个只增不减”`: done),
    /// nor a building whose sentence goes on as done (`城东小学建成投用后，
    /// 全县超大班额全部消除`: [`dutycheck_vocab::plans::waits`]).
    /// Asked of a statement's clause and of a claim's sentence alike.
    pub(crate) fn plans_in(&self, from: usize, to: usize) -> bool {
        self.plan_words(from, to).any(|(at, word)| {
            let before = self.slice(from, at);
            let end = at + word.chars().count();
            let done = self.chars.get(end) == Some(&'了')
                || dutycheck_vocab::plans::GOALS.contains(&word)
                    && dutycheck_vocab::plans::goal_met(word, self.slice(end, (end + 8).min(to)))
                || dutycheck_vocab::plans::effort_made(word, before, self.slice(end, end + 1))
                || dutycheck_vocab::plans::estimates_this_year(
                    word,
                    before,
                    self.slice(end, end + 2),
                );
            !done
                && !dutycheck_vocab::plans::CLAIMED
                    .iter()
                    .any(|c| before.ends_with(c))
                && !dutycheck_vocab::plans::requirement_followed(word, before)
                && (!dutycheck_vocab::plans::is_building(word)
                    || dutycheck_vocab::plans::names_condition(self.slice(from, end))
                    || {
                        let stop = self
                            .find_forward(end, self.chars.len(), dutycheck_vocab::is_sentence_end)
                            .unwrap_or(self.chars.len());
                        dutycheck_vocab::plans::waits(self.slice(end, stop))
                    })
        })
    }

    /// The plan words ([`dutycheck_vocab::plans::PLAN_WORDS`]) that lie
    /// within characters `start..end`, each as the character it starts at
    /// and the word, in order: what searching that stretch for each word
    /// finds, read from the words the one pass recorded.
    pub(crate) fn plan_words(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        words_within(&self.plan_words, crate::scan::STATEMENT_WORDS, start, end)
    }

    /// The words of a time before a remedy ([`crate::scan::remedy_words`])
    /// that lie within characters `start..end`, as [`CaseText::plan_words`].
    pub(crate) fn remedy_words(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        words_within(&self.remedy_words, crate::scan::remedy_words(), start, end)
    }

    /// Prepares `original` with no words looked for: the pass of
    /// [`crate::scan`] with an empty vocabulary.
    pub fn new(original: &'a str) -> CaseText<'a> {
        crate::scan::Vocabulary::empty().scan(original).text
    }

    /// The character offset of a byte offset into [`CaseText::normal`].
    /// A byte inside a character counts as that character; a byte past the
    /// end is the end.
    pub(crate) fn char_offset(&self, byte: usize) -> usize {
        let byte = u32::try_from(byte).unwrap_or(u32::MAX);
        // The last character whose first byte is at or before `byte`.
        self.byte_at_char
            .partition_point(|b| *b <= byte)
            .saturating_sub(1)
            .min(self.chars.len())
    }

    /// The original text between two character offsets, as a span of the
    /// case's text: a figure or a mention as written.
    pub(crate) fn original_text(&self, start: usize, end: usize) -> Text {
        self.quote(self.original_slice(start, end))
    }

    /// `piece` of [`CaseText::original`] (a trimmed slice of it) as a span
    /// of the case's text.
    pub(crate) fn quote(&self, piece: &str) -> Text {
        self.source.slice_ref(piece)
    }

    /// The original text between two character offsets (clamped to the
    /// text; empty when `end <= start`).
    pub(crate) fn original_slice(&self, start: usize, end: usize) -> &'a str {
        let map = self
            .original_byte_at_char
            .as_deref()
            .unwrap_or(&self.byte_at_char);
        slice_by(self.original, map, start, end)
    }

    /// The normalised text between two character offsets (clamped to the
    /// text; empty when `end <= start`).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        work(end.saturating_sub(start));
        slice_by(&self.normal, &self.byte_at_char, start, end)
    }

    /// The first character in `from..to` (looking at most [`SCAN_LIMIT`]
    /// characters ahead, and not past the text) for which `is` holds.
    pub(crate) fn find_forward(
        &self,
        from: usize,
        to: usize,
        is: impl Fn(char) -> bool,
    ) -> Option<usize> {
        let end = to
            .min(from.saturating_add(SCAN_LIMIT))
            .min(self.chars.len());
        let window = self.chars.get(from..end).unwrap_or_default();
        let found = window.iter().position(|c| is(*c));
        work(found.map_or(window.len(), |p| p + 1));
        found.map(|p| from + p)
    }

    /// The last character in `from..to` (looking at most [`SCAN_LIMIT`]
    /// characters back) for which `is` holds.
    pub(crate) fn find_backward(
        &self,
        from: usize,
        to: usize,
        is: impl Fn(char) -> bool,
    ) -> Option<usize> {
        let to = to.min(self.chars.len());
        let start = from.max(to.saturating_sub(SCAN_LIMIT));
        let window = self.chars.get(start..to).unwrap_or_default();
        let found = window.iter().rposition(|c| is(*c));
        work(found.map_or(window.len(), |p| window.len() - p));
        found.map(|p| start + p)
    }

    /// Where the sentence or clause ending at the first `is` character at or
    /// after `from` ends: that character's offset, else (no end within
    /// [`SCAN_LIMIT`]) the limit or the end of the text.
    pub(crate) fn end_from(&self, from: usize, is: impl Fn(char) -> bool) -> usize {
        self.find_forward(from, usize::MAX, is)
            .unwrap_or_else(|| from.saturating_add(SCAN_LIMIT).min(self.chars.len()))
    }
}

/// How far, in characters, a sentence or clause end is looked for around a
/// name. A statement's words and figures stand within one sentence of its
/// name, and real sentences are far shorter; a "sentence" of thousands of
/// characters without a stop (a table flattened into one line, a document
/// without punctuation) is cut here, so that reading a case stays linear in
/// its length instead of costing a full scan per name.
pub(crate) const SCAN_LIMIT: usize = 512;

/// Counts work (characters and figures looked at) for the test that
/// extraction is linear in the length of a case: a test hook, a no-op
/// outside tests.
#[cfg(test)]
pub(crate) fn work(n: usize) {
    WORK.with(|w| w.set(w.get() + n as u64));
}

#[cfg(not(test))]
#[inline(always)]
pub(crate) fn work(_: usize) {}

#[cfg(test)]
thread_local! {
    /// Work done by extraction on this thread (see [`work`]).
    pub(crate) static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// `text` between characters `start` and `end`, through `byte_at_char`.
/// The words of `list` that the one pass found (`hits`, by start) within
/// characters `start..end`: each as the character it starts at and the
/// word, in order.
fn words_within<'h>(
    hits: &'h [crate::scan::Hit],
    list: &'static [&'static str],
    start: usize,
    end: usize,
) -> impl Iterator<Item = (usize, &'static str)> + 'h {
    let first = hits.partition_point(|h| h.start < start);
    hits[first..]
        .iter()
        .take_while(move |h| h.start < end)
        .filter(move |h| h.end <= end)
        .filter_map(|h| Some((h.start, *list.get(h.word)?)))
}

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
    /// Byte offsets map to the character they fall in, as the per-byte
    /// table this replaced did.
    #[test]
    fn folds_as_normalize_does() {
        for original in [
            "普惠率达９０．５％，增长３个百分点",
            "覆盖率达90.5%",
            "",
            "ａ\u{3000}b∶",
        ] {
            assert_eq!(
                CaseText::new(original).normal,
                dutycheck_read::normalize(original)
            );
        }
    }

    #[test]
    fn byte_offsets_map_to_their_character() {
        let text = CaseText::new("a普９%");
        let normal = &text.normal;
        let mut expected = vec![0usize; normal.len() + 1];
        for (i, (b, c)) in normal.char_indices().enumerate() {
            expected[b..b + c.len_utf8()].fill(i);
        }
        expected[normal.len()] = normal.chars().count();
        for (byte, want) in expected.iter().enumerate() {
            assert_eq!(text.char_offset(byte), *want, "byte {byte}");
        }
        assert_eq!(text.char_offset(normal.len() + 10), 4);
    }

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
