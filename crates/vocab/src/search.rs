//! Finding the vocabulary's words in the short stretches of text that
//! extraction and the rules look at.
//!
//! Almost every question the reader asks is "does one of these words stand
//! between the name and its figure?": a haystack of a few characters and a
//! list of a few words. `str::contains` answers it correctly but sets up a
//! Two-Way searcher for every word it is asked about (a critical
//! factorisation of the needle, then a shift table), which on such a
//! haystack costs more than the search itself: in a profile of `check`,
//! the setup alone was 7% of all instructions (issue 17). These functions
//! need no setup: `memchr` finds each place where the word's last byte
//! stands (the last byte of a Chinese character is one of 64 values, so
//! such places are few), and the word is compared there.
//!
//! Every function answers exactly what its `str` counterpart answers; the
//! tests hold them to it on every split of a set of texts.

/// The byte offset of the first occurrence of `word` in `hay` at or after
/// byte `from`, as `hay[from..].find(word).map(|i| from + i)` gives.
///
/// `from` must lie on a character boundary of `hay` (as every offset a
/// search returns does), or be past its end.
#[inline]
pub fn find_from(hay: &str, word: &str, from: usize) -> Option<usize> {
    let h = hay.as_bytes().get(from..)?;
    let w = word.as_bytes();
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return Some(from);
    };
    let n = w.len();
    // `at` is where the next candidate's last byte may stand.
    let mut at = n - 1;
    while at < h.len() {
        let end = at + memchr::memchr(last, &h[at..])?;
        let start = end + 1 - n;
        // Both `hay` and `word` are UTF-8, so a match of all of `word`'s
        // bytes starts and ends on character boundaries.
        if h[start] == first && h[start..=end] == *w {
            return Some(from + start);
        }
        at = end + 1;
    }
    None
}

/// The byte offset of the first occurrence of `word` in `hay`.
#[inline]
pub fn find(hay: &str, word: &str) -> Option<usize> {
    find_from(hay, word, 0)
}

/// Whether `word` occurs in `hay`, as `hay.contains(word)`.
#[inline]
pub fn contains(hay: &str, word: &str) -> bool {
    find(hay, word).is_some()
}

/// Whether any of `words` occurs in `hay`, as
/// `words.iter().any(|w| hay.contains(w))`. Takes a list (`changes::UP`) or
/// any iterator of words (two lists chained).
#[inline]
pub fn contains_any<W: AsRef<str>>(hay: &str, words: impl IntoIterator<Item = W>) -> bool {
    words.into_iter().any(|w| contains(hay, w.as_ref()))
}

/// The first characters of a list of words. A stretch of text in which none
/// of them stands holds none of the words: one look at each character (or
/// one byte search per lead, [`Leads::in_text`]) rules most stretches out
/// before any word is searched for. Built from the list itself, once, so it
/// cannot drift from it.
#[derive(Debug, Clone)]
pub struct Leads {
    chars: Vec<char>,
    strs: Vec<String>,
    /// One bit per lead, at its code point modulo 64: a character whose
    /// bit is clear is no lead, found without comparing it to each.
    mask: u64,
}

impl Leads {
    /// The leads of `words`, each once.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Leads {
        let mut chars: Vec<char> = Vec::new();
        for c in words.into_iter().filter_map(|w| w.chars().next()) {
            if !chars.contains(&c) {
                chars.push(c);
            }
        }
        let strs = chars.iter().map(char::to_string).collect();
        let mask = chars.iter().fold(0, |m, c| m | Leads::bit(*c));
        Leads { chars, strs, mask }
    }

    #[inline]
    fn bit(c: char) -> u64 {
        1 << (u32::from(c) % 64)
    }

    /// Whether any of `chars` is a lead.
    #[inline]
    pub fn any(&self, chars: &[char]) -> bool {
        chars.iter().any(|c| self.is_lead(*c))
    }

    /// Whether `c` is a lead.
    #[inline]
    pub fn is_lead(&self, c: char) -> bool {
        self.mask & Leads::bit(c) != 0 && self.chars.contains(&c)
    }

    /// Whether a lead stands in `hay`, by a byte search for each (cheaper
    /// than decoding a long stretch character by character).
    #[inline]
    pub fn in_text(&self, hay: &str) -> bool {
        contains_any(hay, &self.strs)
    }

    /// The byte offset of the first lead in `hay`.
    #[inline]
    pub fn find_in(&self, hay: &str) -> Option<usize> {
        hay.find(&self.chars[..])
    }
}

/// The byte offset just past the last occurrence of any of `words` in
/// `hay` (the largest end of any match), as the maximum over
/// `hay.rfind(w) + w.len()` gives.
pub fn last_end_of_any<W: AsRef<str>>(
    hay: &str,
    words: impl IntoIterator<Item = W>,
) -> Option<usize> {
    words
        .into_iter()
        .filter_map(|w| {
            let w = w.as_ref();
            // The last start of `w`: `rfind` has no setup cost worth
            // avoiding for the one or two words found at all.
            find(hay, w).and_then(|_| hay.rfind(w)).map(|i| i + w.len())
        })
        .max()
}

/// `hay` after `word`, when it opens with it: `hay.strip_prefix(word)`,
/// with the first two bytes compared first, inline. Most words a clause is
/// asked for do not open it, and a CJK word's first two bytes tell most of
/// them apart: a call to compare each whole word (`memcmp`) cost more than
/// the answer, in the lists that `indicators` asks of every clause.
#[inline]
pub fn after_word<'h>(hay: &'h str, word: &str) -> Option<&'h str> {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    match (h, w) {
        (_, []) => Some(hay),
        ([a, ..], [b]) if a == b => hay.get(1..),
        ([a, c, ..], [b, d, ..]) if a == b && c == d => hay.strip_prefix(word),
        _ => None,
    }
}

/// Whether `hay` opens with `word` (`hay.starts_with(word)`, as
/// [`after_word`] compares).
#[inline]
pub fn opens_with(hay: &str, word: &str) -> bool {
    after_word(hay, word).is_some()
}

/// `hay` after the first of `words` (in the list's order) that opens it.
#[inline]
pub fn after_any<'h>(hay: &'h str, words: &[&str]) -> Option<&'h str> {
    words.iter().find_map(|w| after_word(hay, w))
}

/// The first of `words` (in the list's order) that occurs in `hay`.
#[inline]
pub fn first_in<'w>(hay: &str, words: &[&'w str]) -> Option<&'w str> {
    words.iter().copied().find(|w| contains(hay, w))
}

/// Every start of `word` in `hay`, left to right and not overlapping, as
/// `hay.match_indices(word).map(|(i, _)| i)` gives.
pub fn starts<'h, 'w>(hay: &'h str, word: &'w str) -> impl Iterator<Item = usize> + use<'h, 'w> {
    let step = word.len().max(1);
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let at = find_from(hay, word, from?)?;
        // An empty word matches at every character boundary; `str` steps
        // over one character then, and so does this.
        let next = if word.is_empty() {
            hay[at..].chars().next().map(|c| at + c.len_utf8())
        } else {
            Some(at + step)
        };
        from = next;
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_are_the_first_characters_of_the_words() {
        let leads = Leads::of(["拨付", "下拨", "拨款", "投入"]);
        assert!(leads.any(&['甲', '下']));
        assert!(!leads.any(&['付', '款']));
        assert!(leads.in_text("全年投入"));
        assert!(!leads.in_text("付款"));
        assert_eq!(leads.find_in("资金下拨"), Some("资金".len()));
    }

    const WORDS: [&str; 9] = [
        "提高",
        "增",
        "增长",
        "比",
        "上年",
        "a",
        "ab",
        "",
        "较上年增长",
    ];

    fn texts() -> Vec<String> {
        let mut texts: Vec<String> = [
            "",
            "达",
            "比上年增长",
            "提高至",
            "增增长提高",
            "由78%提高到86%",
            "较",
            "aab比ab",
            "较上年增长3.2%，比上年提高",
        ]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
        // A longer one, with the words near its end.
        texts.push(format!("{}较上年增长", "全县学校".repeat(12)));
        texts
    }

    #[test]
    fn answers_as_str_does_from_every_boundary() {
        for hay in texts() {
            for word in WORDS {
                assert_eq!(contains(&hay, word), hay.contains(word), "{hay} / {word}");
                let boundaries = hay.char_indices().map(|(i, _)| i).chain([hay.len()]);
                for from in boundaries {
                    assert_eq!(
                        find_from(&hay, word, from),
                        hay[from..].find(word).map(|i| from + i),
                        "{hay} / {word} from {from}"
                    );
                }
                assert_eq!(
                    starts(&hay, word).collect::<Vec<_>>(),
                    hay.match_indices(word).map(|(i, _)| i).collect::<Vec<_>>(),
                    "{hay} / {word}"
                );
            }
            assert_eq!(
                contains_any(&hay, &WORDS[..5]),
                WORDS[..5].iter().any(|w| hay.contains(w))
            );
            assert_eq!(
                last_end_of_any(&hay, WORDS[..5].iter()),
                WORDS[..5]
                    .iter()
                    .filter_map(|w| hay.rfind(w).map(|i| i + w.len()))
                    .max(),
                "{hay}"
            );
            for word in WORDS {
                assert_eq!(
                    after_word(&hay, word),
                    hay.strip_prefix(word),
                    "{hay} / {word}"
                );
                for tail in 0..hay.len() {
                    if let Some(rest) = hay.get(tail..) {
                        assert_eq!(after_word(rest, word), rest.strip_prefix(word));
                    }
                }
            }
            assert_eq!(
                after_any(&hay, &WORDS),
                WORDS.iter().find_map(|w| hay.strip_prefix(w))
            );
            assert_eq!(
                first_in(&hay, &WORDS[..5]),
                WORDS[..5].iter().copied().find(|w| hay.contains(w))
            );
        }
    }

    #[test]
    fn a_start_past_the_end_finds_nothing() {
        assert_eq!(find_from("比上年", "比", 10), None);
        assert_eq!(find_from("比上年", "", 9), Some(9));
    }
}
