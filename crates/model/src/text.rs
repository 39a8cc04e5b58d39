//! [`Text`]: a string of the model that borrows from the report's text.
//!
//! A report's figures, mentions and claims are pieces of its cases' text,
//! and its indicator ids and names are pieces of the catalog. Owned
//! `String`s made every one of them an allocation and a copy, per figure
//! and per statement, and cloned them again into every finding that named
//! them. A `Text` is instead a span of a buffer that is shared: the cases of
//! one report live in one buffer (built once by the parser), and each case,
//! figure, mention and claim is a range of it. Slicing and cloning cost a
//! reference count, not a copy.
//!
//! Why not `&'a str` with a lifetime through `Report`? Because the model is
//! also the plugin SDK's model and the JSON contract: a `Report<'a>` would
//! change the type every plugin compiles against and could not be
//! deserialized from the wire without a buffer to borrow from. A `Text`
//! serializes as a plain JSON string, deserializes from one, dereferences to
//! `&str` and compares with `str` and `String`, so the JSON output, the wire
//! format and most code written against `String` fields are unchanged. Owned
//! strings are made only at the edges that need them: findings, which are
//! rendered, and the history, which outlives the report.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that is a span of a shared buffer (or a `'static` word, such as
/// a unit). Clones and slices share the buffer. Equality, order and hashing
/// are those of the `str` it spans.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    /// A word of the program (`元`, `%`): no buffer at all.
    Static(&'static str),
    /// `buf[start..end]`, byte offsets on character boundaries (checked
    /// when the span is made). The buffer is an `Arc<String>`, not an
    /// `Arc<str>`, so that a `String` becomes a buffer without a copy, and
    /// a `Text` is as small as a `String` (24 bytes).
    Shared {
        buf: Arc<String>,
        start: usize,
        end: usize,
    },
}

impl Text {
    /// The empty text.
    pub const EMPTY: Text = Text(Repr::Static(""));

    /// A word of the program, with no buffer.
    pub const fn from_static(s: &'static str) -> Text {
        Text(Repr::Static(s))
    }

    /// The whole of a shared buffer.
    pub fn shared(buf: Arc<String>) -> Text {
        let end = buf.len();
        Text(Repr::Shared { buf, start: 0, end })
    }

    /// The string spanned.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Shared { buf, start, end } => buf.get(*start..*end).unwrap_or_default(),
        }
    }

    /// The bytes `range` of this text, sharing its buffer. A range that is
    /// out of bounds or not on character boundaries gives the empty text
    /// (callers slice at offsets they read from this same text).
    pub fn slice(&self, range: Range<usize>) -> Text {
        let whole = self.as_str();
        if range.start > range.end
            || range.end > whole.len()
            || !whole.is_char_boundary(range.start)
            || !whole.is_char_boundary(range.end)
        {
            return Text::EMPTY;
        }
        match &self.0 {
            Repr::Static(s) => Text(Repr::Static(s.get(range).unwrap_or_default())),
            Repr::Shared { buf, start, .. } => Text(Repr::Shared {
                buf: Arc::clone(buf),
                start: start + range.start,
                end: start + range.end,
            }),
        }
    }

    /// `piece`, which must be a slice of [`Text::as_str`] (as a `trim()` or
    /// a sub-slice of it is), as a span of the same buffer. Any other string
    /// is copied into a buffer of its own: the result is always equal to
    /// `piece`.
    pub fn slice_ref(&self, piece: &str) -> Text {
        // A `&str` that lies within this text's bytes starts and ends on
        // its character boundaries (valid UTF-8 neither starts nor ends
        // inside a character), so only the bounds need checking.
        let whole = self.as_str();
        let offset = (piece.as_ptr() as usize).checked_sub(whole.as_ptr() as usize);
        match (&self.0, offset) {
            (Repr::Static(s), Some(at)) if at + piece.len() <= s.len() => Text(Repr::Static(
                s.get(at..at + piece.len()).unwrap_or_default(),
            )),
            (Repr::Shared { buf, start, .. }, Some(at)) if at + piece.len() <= whole.len() => {
                Text(Repr::Shared {
                    buf: Arc::clone(buf),
                    start: start + at,
                    end: start + at + piece.len(),
                })
            }
            _ => Text::from(piece),
        }
    }

    /// Whether two texts span the same buffer (for tests of sharing).
    pub fn shares_buffer_with(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            (Repr::Shared { buf: a, .. }, Repr::Shared { buf: b, .. }) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Text {
    /// Whether the two are the very same span: one buffer (or one `'static`
    /// word) and one range, not merely equal strings.
    pub fn same_span(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            (
                Repr::Shared { buf: a, start, end },
                Repr::Shared {
                    buf: b,
                    start: s,
                    end: e,
                },
            ) => Arc::ptr_eq(a, b) && start == s && end == e,
            (Repr::Static(a), Repr::Static(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

/// A text's fold (full-width forms as ASCII: `dutycheck_read::normalize`)
/// kept beside the span it folds. [`Folded::of`] gives the fold only for
/// that very span ([`Text::same_span`]), so a text that was replaced after
/// it was folded is never read through the fold of the old one: a `Text`
/// cannot change, only be replaced.
#[derive(Clone, Default, Debug, PartialEq)]
pub struct Folded {
    of: Text,
    normal: Text,
}

impl Folded {
    /// `normal`, the fold of `of`.
    pub fn new(of: Text, normal: Text) -> Folded {
        Folded { of, normal }
    }

    /// The fold, if it is the fold of `text`.
    pub fn of(&self, text: &Text) -> Option<&str> {
        self.of.same_span(text).then_some(self.normal.as_str())
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::EMPTY
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        if s.is_empty() {
            return Text::EMPTY;
        }
        Text::shared(Arc::new(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::from(s.to_string())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::from(s.as_str())
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.as_str().to_string()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<Text> for $other {
            fn eq(&self, other: &Text) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_with!(str, String);

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

/// In JSON, a string: the same schema as `String`, so that the contract is
/// unchanged by the model borrowing.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        <String as schemars::JsonSchema>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <String as schemars::JsonSchema>::json_schema(generator)
    }
}

/// Character offsets of a text to byte offsets, in one walk forward: each
/// offset asked is at or after the one before (a smaller one restarts the
/// walk from the text's start). Positions in a [`crate::Case`] are
/// characters, the text is UTF-8: the parser cuts a line's cases with
/// this, and the engine the words around a case's figures, without mapping
/// every character of a text they read a few places of.
#[derive(Debug, Clone)]
pub struct CharWalk<'t> {
    text: &'t str,
    /// A character offset and its byte offset, where the walk stands.
    at: (usize, usize),
}

impl<'t> CharWalk<'t> {
    pub fn new(text: &'t str) -> Self {
        CharWalk { text, at: (0, 0) }
    }

    /// The byte offset where the walk stands.
    pub fn position(&self) -> usize {
        self.at.1
    }

    /// The byte offset of character `n` (the text's end past it;
    /// `usize::MAX`, the rest of a text, with no walk).
    pub fn byte(&mut self, n: usize) -> usize {
        if n == usize::MAX {
            return self.text.len();
        }
        if n < self.at.0 {
            self.at = (0, 0);
        }
        let rest = &self.text[self.at.1..];
        // Past the end, the walk stands at the end as if it were `n` (a
        // later offset between the last character and `n` walks again,
        // rather than every miss counting the rest). `Chars::nth` skips
        // characters by counting their lead bytes, with no decoding, which
        // `CharIndices::nth` does not.
        let mut chars = rest.chars();
        if let Some(k) = (n - self.at.0).checked_sub(1) {
            chars.nth(k);
        }
        self.at = (n, self.text.len() - chars.as_str().len());
        self.at.1
    }

    /// The characters `range` (an end past the text is its end).
    pub fn slice(&mut self, range: Range<usize>) -> &'t str {
        let start = self.byte(range.start);
        let end = self.byte(range.end).max(start);
        &self.text[start..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(s: &str) -> Text {
        Text::shared(Arc::new(s.to_string()))
    }

    #[test]
    fn slices_share_the_buffer_and_read_as_written() {
        let case = shared("全市普惠性幼儿园覆盖率达93.4%。");
        let figure = case.slice_ref(&case[case.find("93").unwrap_or(0)..case.len() - "。".len()]);
        assert_eq!(figure, "93.4%");
        assert!(figure.shares_buffer_with(&case));
        let inner = figure.slice(0..2);
        assert_eq!(inner, "93");
        assert!(inner.shares_buffer_with(&case));
    }

    #[test]
    fn a_string_from_elsewhere_is_copied_not_misread() {
        let case = shared("一是加大投入");
        let other = String::from("加大");
        let t = case.slice_ref(&other);
        assert_eq!(t, "加大");
        assert!(!t.shares_buffer_with(&case));
    }

    #[test]
    fn bad_ranges_give_the_empty_text() {
        let t = shared("教育");
        assert_eq!(t.slice(0..1), ""); // inside a character
        assert_eq!(t.slice(2..100), "");
        assert_eq!(Text::from_static("元").slice(0..3), "元");
        assert_eq!(Text::from_static("元").slice(1..3), "");
    }

    #[test]
    fn equality_order_and_hash_are_the_strings() {
        use std::collections::HashMap;
        let whole = shared("xabx");
        let a = whole.slice(1..3);
        assert_eq!(a, Text::from("ab"));
        assert_eq!(a, "ab");
        assert_eq!("ab", a);
        assert_eq!(a, String::from("ab"));
        assert!(a < Text::from_static("b"));
        let mut map = HashMap::new();
        map.insert(a, 1);
        assert_eq!(map.get("ab"), Some(&1));
    }

    #[test]
    fn json_is_a_plain_string() -> Result<(), serde_json::Error> {
        let t = shared("“不低于”要求\n").slice(0.."“不低于”要求".len());
        let json = serde_json::to_string(&t)?;
        assert_eq!(json, "\"“不低于”要求\"");
        let back: Text = serde_json::from_str(&json)?;
        assert_eq!(back, t);
        Ok(())
    }

    /// A fold is given for its own span only: not for an equal string in
    /// another buffer, another range of the same buffer, or a clone of the
    /// span sliced again.
    #[test]
    fn a_fold_is_the_fold_of_one_span() {
        let buf = shared("毛入园率达９０％毛入园率达９０％");
        let first = buf.slice(0..24);
        let fold = Folded::new(first.clone(), Text::from("毛入园率达90%"));
        assert_eq!(fold.of(&first), Some("毛入园率达90%"));
        assert_eq!(fold.of(&first.clone()), Some("毛入园率达90%"));
        assert_eq!(fold.of(&first.slice(0..24)), Some("毛入园率达90%"));
        let second = buf.slice(24..48);
        assert_eq!(first, second);
        assert_eq!(fold.of(&second), None);
        assert_eq!(fold.of(&shared("毛入园率达９０％")), None);
        assert_eq!(fold.of(&first.slice(0..21)), None);
        assert_eq!(Folded::default().of(&Text::EMPTY), Some(""));
        assert_eq!(Folded::default().of(&first), None);
        static YUAN: &str = "元";
        assert!(Text::from_static(YUAN).same_span(&Text::from_static(YUAN)));
        assert!(!Text::from_static(YUAN).same_span(&Text::from("元")));
    }

    #[test]
    fn a_walk_turns_characters_into_bytes() {
        let mut w = CharWalk::new("全县a达到90%");
        assert_eq!(w.byte(2), 6);
        assert_eq!(w.byte(3), 7);
        assert_eq!(w.slice(3..5), "达到");
        // Back: the walk starts again; past the end: the end.
        assert_eq!(w.byte(1), 3);
        assert_eq!(w.byte(99), "全县a达到90%".len());
        assert_eq!(w.byte(usize::MAX), "全县a达到90%".len());
    }
}
