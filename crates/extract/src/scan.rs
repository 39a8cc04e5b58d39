//! The one pass over a case's text.
//!
//! Extraction looks for four things in a case: the catalog's names and
//! aliases (indicator mentions), the phrases that claim a requirement, the
//! statement words binding asks about around a figure ([`STATEMENT_WORDS`]:
//! the plan words so far), and the places a figure can start. It used to look for each in its own scan,
//! after a fourth pass had folded the text: an Aho–Corasick search per word
//! list and a walk over every character for the figures. Here one loop does
//! all four. For each character of the case it
//!
//! 1. reads it folded and records where it stands in the folded and in the
//!    original text (the maps of [`CaseText`]). The fold is the parser's
//!    ([`dutycheck_model::Case::normal`]: the report's text is folded once,
//!    when it is parsed, and each case's fold is a piece of that); a case
//!    with none (built in code, read from JSON, or its text replaced since)
//!    is folded here first ([`dutycheck_read::normalize`]) and read the same way;
//! 2. notes it when a figure can start with it ([`figures::may_start_figure`]),
//!    so that the figure grammar is tried only there;
//! 3. steps one automaton, built from **every** word of the three word
//!    lists, over the folded character's bytes, and records each word that
//!    ends there.
//!
//! After the loop, a note in brackets between two ideographs
//! (`义务教育教师（含特岗教师）平均工资`) is stepped over: the automaton is run
//! again from the words before it, and on from its state past the note
//! ([`bridge`]), so that a name it interrupts is still found. Brackets are
//! looked for by byte, not asked about at every character of the loop.
//!
//! The statement words were searched for in each stretch a question named
//! (`memchr` on a word's last byte, per word and per question): seventeen
//! plan words asked about for every statement and claim cost 4% of all
//! instructions on the benchmark slice. Recorded by the pass, a question is
//! a binary search among the words found in the case.
//!
//! The automaton is a DFA ([`aho_corasick::dfa::DFA`]) stepped by hand, one
//! table lookup per byte, in the standard (overlapping) semantics: it reports
//! every occurrence of every word. Each list then keeps what its own search
//! kept before, the leftmost-longest words that do not overlap
//! ([`leftmost_longest`]), so `学前三年毛入园率` still wins over its suffix
//! `毛入园率` and a claim phrase may still lie inside a name (the claims
//! module decides what that means).
//!
//! A DFA costs more to build than to run on a report: about 50 million
//! instructions for the bundled catalog, which is as much as its extra
//! speed over an NFA saves on 2 MB of text. A run over one report (the
//! common case) would spend most of its time building it. So the pass
//! starts with the same words as a contiguous NFA, which builds in a
//! seventh of the time and steps a little slower, and builds the DFA once
//! the run has scanned [`DFA_AFTER`] bytes with it: the break-even point,
//! so that a run never pays more than twice what the better of the two
//! would have cost it (the rent-or-buy argument), and a long run pays for
//! the DFA once. Both find the same words ([`tests`]). A catalog too
//! large for a DFA of reasonable size ([`DFA_LIMIT`]) keeps the NFA.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind, StartKind, dfa};
use dutycheck_model::Text;

use crate::CaseText;
use crate::figures::may_start_figure;
use crate::indicators::{NOTE_CLOSE, NOTE_OPEN};
use dutycheck_vocab::{changes, periods, plans, regions};

/// The word lists the automaton holds, in the order [`Vocabulary::new`]
/// takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lexicon {
    /// The catalog's names and aliases (pieces of gap aliases included).
    Indicators = 0,
    /// The phrases that claim a requirement.
    Requirements = 1,
    /// The statement words binding asks about around a figure
    /// ([`STATEMENT_WORDS`]). Every occurrence is kept, not the
    /// leftmost-longest: each question asks about its own stretch of the
    /// case ([`CaseText::plan_words`]).
    Statements = 2,
    /// The words of a time before a remedy ([`remedy_words`]), asked about
    /// in the first clause of every statement's sentence. Every occurrence
    /// is kept ([`CaseText::remedy_words`]).
    Remedies = 3,
    /// The words whose presence in a case turns on a question about it
    /// ([`markers`]): every occurrence is kept, and read into the flags and
    /// positions of [`CaseText`].
    Markers = 4,
}

const LEXICONS: usize = 5;

/// What a marker word ([`markers`]) says a case holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// A remedy (`整改`, [`periods::REMEDY`]): only then may a sentence
    /// open with one.
    Remedy,
    /// An example (`为例`, [`regions::EXAMPLE`]) or a view of other
    /// regions (`看`, [`regions::VIEWPOINT`]).
    Example,
    /// An adjusted basis (`扣除`, `剔除`…, [`changes::ADJUSTED`]).
    Adjusted,
}

/// The marker words, each with what it marks. They are found by the one
/// pass, as the other words are, instead of by a search of the whole case
/// each (two searches per case, before).
pub(crate) fn markers() -> &'static [(Marker, &'static str)] {
    static WORDS: std::sync::OnceLock<Vec<(Marker, &'static str)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        [
            (Marker::Remedy, periods::REMEDY),
            (Marker::Example, regions::EXAMPLE.1),
            (Marker::Example, regions::VIEWPOINT.1),
        ]
        .into_iter()
        .chain(changes::ADJUSTED.iter().map(|w| (Marker::Adjusted, *w)))
        .collect()
    })
}

/// The words of a time before a remedy (`整改前`, `反馈意见指出`, `原为`,
/// `实施前`: [`periods::remedy_words`]) that the pass records, so that the
/// first clause of each statement's sentence is looked up, not searched
/// for each of them: searched, they cost 2% of all instructions on the
/// benchmark slice.
pub(crate) fn remedy_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| periods::remedy_words().collect())
}

/// The statement words of the vocabulary that the pass records, so that
/// binding looks them up among the words found in the case instead of
/// searching each stretch it asks about: the plan words
/// ([`plans::PLAN_WORDS`], asked about for every statement and claim).
/// They are the same for every catalog.
pub(crate) const STATEMENT_WORDS: &[&str] = &plans::PLAN_WORDS;

/// Above this many bytes of words, the automaton is built as a contiguous
/// NFA instead of a DFA. A DFA has about one state per byte of its words and
/// a row of transitions per state (one entry per class of bytes, about 150
/// classes for Chinese text): the bundled catalog's 6 KB of words make a DFA
/// of a few megabytes, and a user catalog fifty times larger would make one
/// of hundreds.
const DFA_LIMIT: usize = 64 * 1024;

/// How many bytes of case text a run scans with the NFA before it builds
/// the DFA (see the module documentation). Measured on the benchmark slice
/// with the bundled catalog: the DFA's build costs about 46 million
/// instructions more than the NFA's, and the NFA about 20 more per byte
/// scanned, so they break even at about 2.3 MB; this is a little before.
const DFA_AFTER: usize = 2 * 1024 * 1024;

/// How many characters a note in brackets inside a name may hold and still
/// be stepped over to the rest of the name ([`bridge`]).
const NAME_NOTE_LIMIT: usize = 16;

/// A word found across a note in brackets (`义务教育教师（含特岗教师）平均
/// 工资`): the pattern, where the note opens and where it ends (characters
/// of the case), and where the word ends.
#[derive(Debug, Clone, Copy)]
struct Bridged {
    pattern: usize,
    open: usize,
    close_end: usize,
    end: usize,
}

/// One word of a lexicon found in a case: characters `start..end` of its
/// text, and the index of the word in the list it was given as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub word: usize,
    pub start: usize,
    pub end: usize,
}

/// The automaton over every word extraction looks for.
#[derive(Debug, Clone)]
pub(crate) struct Vocabulary {
    machine: Option<Arc<Machine>>,
    /// For each pattern of the automaton: its lexicon and its index there.
    owners: Vec<(Lexicon, usize)>,
    /// For each pattern, its length in characters (a match is reported at
    /// its end; its start is this much before).
    chars: Vec<usize>,
    /// The longest name's length in characters: how far past a note in
    /// brackets the rest of a name is looked for ([`bridge`]).
    reach: usize,
}

/// The automaton over every word, as an NFA from the start and as a DFA
/// once the run has scanned [`DFA_AFTER`] bytes (see the module
/// documentation).
#[derive(Debug)]
struct Machine {
    nfa: contiguous::NFA,
    /// The words, kept to build the DFA from; none when they are too many
    /// for one ([`DFA_LIMIT`]).
    words: Vec<Box<str>>,
    dfa: OnceLock<Option<dfa::DFA>>,
    /// The bytes scanned with the NFA so far, by every thread of the run.
    scanned: AtomicUsize,
    /// [`DFA_AFTER`], or less in tests.
    dfa_after: usize,
}

/// The automaton a scan steps.
#[derive(Clone, Copy)]
enum Stepper<'m> {
    Dfa(&'m dfa::DFA),
    Nfa(&'m contiguous::NFA),
}

impl Machine {
    /// The automaton to scan `bytes` more bytes with: the DFA once it is
    /// built, or once the NFA has scanned enough to pay for building it.
    fn for_scan(&self, bytes: usize) -> Stepper<'_> {
        if let Some(dfa) = self.dfa.get() {
            return dfa.as_ref().map_or(Stepper::Nfa(&self.nfa), Stepper::Dfa);
        }
        if self.words.is_empty() {
            return Stepper::Nfa(&self.nfa);
        }
        let scanned = self.scanned.fetch_add(bytes, Ordering::Relaxed);
        if scanned < self.dfa_after {
            return Stepper::Nfa(&self.nfa);
        }
        // Building fails only for absurd pattern sets; the NFA, which was
        // built, goes on.
        let dfa = self.dfa.get_or_init(|| {
            dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .start_kind(StartKind::Unanchored)
                .prefilter(false)
                .byte_classes(true)
                .build(self.words.iter().map(|w| w.as_bytes()))
                .ok()
        });
        dfa.as_ref().map_or(Stepper::Nfa(&self.nfa), Stepper::Dfa)
    }
}

/// What one pass finds in a case: its text, prepared for matching, and the
/// words of each lexicon, leftmost-longest and in order.
pub(crate) struct Scanned<'a> {
    pub text: CaseText<'a>,
    hits: [Vec<Hit>; LEXICONS],
}

impl Scanned<'_> {
    /// The words of `lexicon` found in the case.
    pub fn hits(&self, lexicon: Lexicon) -> &[Hit] {
        self.hits
            .get(lexicon as usize)
            .map_or(&[][..], Vec::as_slice)
    }
}

impl Vocabulary {
    /// An automaton over `indicators`, `requirements` (each a list of
    /// words, as given: a word may be in both) and the
    /// [`STATEMENT_WORDS`].
    pub fn new(indicators: &[String], requirements: &[String]) -> Vocabulary {
        let mut owners = Vec::new();
        let mut chars = Vec::new();
        let mut patterns: Vec<&str> = Vec::new();
        let lists: [(Lexicon, Vec<&str>); LEXICONS] = [
            (
                Lexicon::Indicators,
                indicators.iter().map(String::as_str).collect(),
            ),
            (
                Lexicon::Requirements,
                requirements.iter().map(String::as_str).collect(),
            ),
            (Lexicon::Statements, STATEMENT_WORDS.to_vec()),
            (Lexicon::Remedies, remedy_words().to_vec()),
            (
                Lexicon::Markers,
                markers().iter().map(|(_, w)| *w).collect(),
            ),
        ];
        for (lexicon, words) in lists {
            for (i, word) in words.into_iter().enumerate() {
                owners.push((lexicon, i));
                chars.push(word.chars().count());
                patterns.push(word);
            }
        }
        let size: usize = patterns.iter().map(|p| p.len()).sum();
        // Building fails only for absurd pattern sets (more states than a
        // state id can count); without an automaton no word is found, which
        // the catalog tests would reveal. An empty word would match
        // everywhere; the catalog refuses them, and so does this.
        let machine = if patterns.is_empty() || patterns.iter().any(|p| p.is_empty()) {
            None
        } else {
            contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(&patterns)
                .ok()
                .map(|nfa| Machine {
                    nfa,
                    words: if size <= DFA_LIMIT {
                        patterns.iter().map(|p| Box::from(*p)).collect()
                    } else {
                        Vec::new()
                    },
                    dfa: OnceLock::new(),
                    scanned: AtomicUsize::new(0),
                    dfa_after: DFA_AFTER,
                })
        };
        let reach = owners
            .iter()
            .zip(&chars)
            .filter(|((lexicon, _), _)| *lexicon == Lexicon::Indicators)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0);
        Vocabulary {
            machine: machine.map(Arc::new),
            owners,
            chars,
            reach,
        }
    }

    /// [`Vocabulary::new`], whose DFA is built once `dfa_after` bytes are
    /// scanned (0: before the first scan), so that tests read both
    /// automata.
    #[cfg(test)]
    fn with_dfa_after(
        indicators: &[String],
        requirements: &[String],
        dfa_after: usize,
    ) -> Vocabulary {
        let mut vocabulary = Vocabulary::new(indicators, requirements);
        if let Some(machine) = vocabulary.machine.as_mut().and_then(Arc::get_mut) {
            machine.dfa_after = dfa_after;
        }
        vocabulary
    }

    /// A vocabulary with no catalog: the pass prepares the text, finds
    /// where figures can start and records the statement words.
    pub fn empty() -> Vocabulary {
        Vocabulary::new(&[], &[])
    }

    /// [`Vocabulary::scan`] of a case's text, whose quotes
    /// ([`CaseText::quote`]) are spans of it. `folded` is the parser's fold
    /// of it ([`dutycheck_model::Case::normal`]), which the pass reads
    /// instead of folding the text again; without one, or with one that is
    /// not the same characters as `text`, the pass folds `text` itself.
    pub fn scan_text<'a>(&self, text: &'a Text, folded: Option<&'a str>) -> Scanned<'a> {
        let mut scanned = self.scan_with(text.as_str(), folded);
        scanned.text.source = text.clone();
        scanned
    }

    /// The one pass over `original` (see the module documentation).
    pub fn scan<'a>(&self, original: &'a str) -> Scanned<'a> {
        self.scan_with(original, None)
    }

    /// The pass over `original`, reading its fold from `folded` when one is
    /// given and agrees with it.
    fn scan_with<'a>(&self, original: &'a str, folded: Option<&'a str>) -> Scanned<'a> {
        // Sized for a word every 64 bytes or so (most cases hold fewer), so
        // that a case's words do not grow it one by one.
        let mut ends = Vec::with_capacity(original.len() / 64 + 4);
        let mut bridged = Vec::new();
        let reach = self.reach;
        let automaton = self.machine.as_deref().map(|m| m.for_scan(original.len()));
        let run = |normal: Cow<'a, str>,
                   ends: &mut Vec<(usize, usize)>,
                   bridged: &mut Vec<Bridged>| match automaton {
            Some(Stepper::Dfa(a)) => pass(original, normal, Some(a), ends, bridged, reach),
            Some(Stepper::Nfa(a)) => pass(original, normal, Some(a), ends, bridged, reach),
            None => pass::<dfa::DFA>(original, normal, None, ends, bridged, reach),
        };
        let given = folded.and_then(|normal| run(Cow::Borrowed(normal), &mut ends, &mut bridged));
        let text = match given {
            Some(text) => text,
            None => {
                // No fold, or one of other characters: whatever the pass
                // found in it is forgotten, and the text is folded here. A
                // fold made here is always in step with its text.
                ends.clear();
                bridged.clear();
                let normal = Cow::Owned(dutycheck_read::normalize(original));
                // (Tests hold the two to the same text: a fold made here
                // is never refused, so nothing is read as an empty case.)
                run(normal, &mut ends, &mut bridged).unwrap_or_else(|| CaseText::empty(original))
            }
        };
        let mut hits: [Vec<Hit>; LEXICONS] = Default::default();
        for (pattern, end) in ends {
            let (Some((lexicon, word)), Some(len)) =
                (self.owners.get(pattern), self.chars.get(pattern))
            else {
                continue;
            };
            if let Some(list) = hits.get_mut(*lexicon as usize) {
                list.push(Hit {
                    word: *word,
                    start: end - len,
                    end,
                });
            }
        }
        // A name across a note in brackets starts before the note: its
        // length in characters, less what follows the note, is what stands
        // before it. (Only names: a note inside a claim's phrase or a
        // statement word is something else.)
        for b in bridged {
            let (Some((Lexicon::Indicators, word)), Some(&len)) =
                (self.owners.get(b.pattern), self.chars.get(b.pattern))
            else {
                continue;
            };
            let Some(before) = len.checked_sub(b.end - b.close_end).filter(|n| *n > 0) else {
                continue;
            };
            if let (Some(start), Some(list)) = (
                b.open.checked_sub(before),
                hits.get_mut(Lexicon::Indicators as usize),
            ) {
                list.push(Hit {
                    word: *word,
                    start,
                    end: b.end,
                });
            }
        }
        let [
            indicators,
            requirements,
            mut statements,
            mut remedies,
            marks,
        ] = hits;
        statements.sort_unstable_by_key(|h| (h.start, h.end));
        remedies.sort_unstable_by_key(|h| (h.start, h.end));
        let mut text = text;
        // A plan word that is the end of another word (`申请`, `主要落实`)
        // is none.
        statements.retain(|h| {
            STATEMENT_WORDS.get(h.word).is_some_and(|w| {
                let before = h.start.checked_sub(1).and_then(|i| text.chars.get(i));
                plans::stands_alone(w, before.copied())
            })
        });
        text.plan_words = statements;
        text.remedy_words = remedies;
        for hit in marks {
            match markers().get(hit.word).map(|(m, _)| *m) {
                Some(Marker::Remedy) => text.names_remedy = true,
                Some(Marker::Example) => text.names_example = true,
                Some(Marker::Adjusted) => text.adjusted_at.push(hit.start),
                None => {}
            }
        }
        text.adjusted_at.sort_unstable();
        Scanned {
            text,
            hits: [
                leftmost_longest(indicators),
                leftmost_longest(requirements),
                Vec::new(),
                Vec::new(),
                Vec::new(),
            ],
        }
    }
}

/// The loop itself, over `original` and its fold `normal` (the parser's,
/// or one made by [`dutycheck_read::normalize`]): records where each
/// character stands in both texts (the maps of [`CaseText`]), notes where
/// figures can start, and pushes `(pattern, end)` (in characters) for each
/// word of `automaton` that ends at a character. Each character of `normal`
/// stands for one of `original`, of the same bytes or (a full-width form)
/// three bytes for one ASCII byte. The loop follows the original by those
/// lengths, so a fold of other characters (the case's text was changed
/// after it was parsed) ends out of step with it and gives `None`.
///
/// At a note in brackets that opens in the middle of a word (the automaton
/// is not at its start), the rest of the word is also looked for after the
/// note ([`bridge`]), and what is found pushed to `bridged`.
fn pass<'a, A: Automaton>(
    original: &'a str,
    normal: Cow<'a, str>,
    automaton: Option<&A>,
    ends: &mut Vec<(usize, usize)>,
    bridged: &mut Vec<Bridged>,
    reach: usize,
) -> Option<CaseText<'a>> {
    crate::text::work(original.len());
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut chars = Vec::with_capacity(normal.len() / 2);
    let mut byte_at_char = Vec::with_capacity(normal.len() / 2 + 1);
    let folds = normal.len() != original.len();
    let mut original_at_char = Vec::with_capacity(if folds { normal.len() / 2 + 1 } else { 0 });
    // A figure can start at about one character in six of a report's text
    // (digits and numerals, on the benchmark slice; a character is about
    // 2.6 bytes); sized so that it rarely grows.
    let mut figure_starts = Vec::with_capacity(normal.len() / 16 + 4);
    let mut state = automaton.and_then(|a| a.start_state(Anchored::No).ok().map(|s| (a, s)));
    let start = state.map(|(_, s)| s);
    let from = original.as_bytes();
    // Where the original's character for the next folded one starts.
    let mut o = 0;
    for (b, n) in normal.char_indices() {
        let len = n.len_utf8();
        // Only an ASCII character may stand for a longer one (a
        // full-width form, three bytes); any other is its own bytes, and
        // starts with the same byte.
        let original_len = match (len, from.get(o)) {
            (1, Some(0x00..=0x7F)) => 1,
            (1, Some(0xE0..=0xEF)) => 3,
            (2.., Some(lead)) if normal.as_bytes().get(b) == Some(lead) => len,
            _ => return None,
        };
        byte_at_char.push(to_u32(b));
        if folds {
            original_at_char.push(to_u32(o));
        }
        o += original_len;
        chars.push(n);
        if may_start_figure(n) {
            figure_starts.push(b);
        }
        if let Some((a, sid)) = &mut state {
            let bytes = normal.as_bytes().get(b..b + len).unwrap_or_default();
            step(*a, sid, bytes, chars.len(), ends);
        }
    }
    if o != original.len() {
        return None;
    }
    // Notes in brackets inside names: looked for by byte after the loop,
    // not asked of every character in it (a bracket is rare). The
    // automaton's state at a bracket is found again from the words before
    // it, as far back as the longest name reaches.
    if let (Some(a), Some(start)) = (automaton, start) {
        let bytes = normal.as_bytes();
        for open_byte in memchr::memchr_iter(NOTE_OPEN as u8, bytes) {
            // Inside a name, a note stands between two ideographs
            // (`教师（含…）平均`): not after a figure or a clause's end (a
            // list's `（一）`), nor before one (`为86%（国家标准）。`).
            let before = normal[..open_byte].chars().next_back();
            let after = || {
                let inside = normal.get(open_byte + 1..)?;
                // (A year's note, `（2022年为…）`, dates; it is no note of a
                // name's, and the most common of notes.)
                if inside.as_bytes().iter().take(4).all(u8::is_ascii_digit) {
                    return None;
                }
                let near = inside
                    .as_bytes()
                    .get(..inside.len().min(4 * NAME_NOTE_LIMIT + 1));
                let close = memchr::memchr(NOTE_CLOSE as u8, near.unwrap_or_default())?;
                inside.get(close + 1..)?.chars().next()
            };
            if !before.is_some_and(regions::is_ideograph)
                || !after().is_some_and(regions::is_ideograph)
            {
                continue;
            }
            let Ok(open) = byte_at_char.binary_search(&to_u32(open_byte)) else {
                continue;
            };
            let from = byte_at_char
                .get(open.saturating_sub(reach))
                .map_or(0, |&b| b as usize);
            let mut sid = start;
            for &byte in bytes.get(from..open_byte).unwrap_or_default() {
                sid = a.next_state(Anchored::No, sid, byte);
            }
            if sid != start {
                let rest = normal.get(open_byte + 1..).unwrap_or_default();
                bridge(a, sid, rest, open, reach, bridged);
            }
        }
    }
    byte_at_char.push(to_u32(normal.len()));
    original_at_char.push(to_u32(original.len()));
    Some(CaseText {
        original,
        source: Text::EMPTY,
        normal,
        chars,
        byte_at_char,
        original_byte_at_char: folds.then_some(original_at_char),
        figure_starts,
        plan_words: Vec::new(),
        remedy_words: Vec::new(),
        names_remedy: false,
        names_example: false,
        adjusted_at: Vec::new(),
    })
}

/// `义务教育教师（含特岗教师）平均工资`, `残疾儿童少年（6—15周岁）义务教育入学
/// 率`: a note in brackets inside a name says what it counts, and the name
/// goes on after it. At a note that opens at `open` (characters of the
/// case; `rest` is the folded text after the bracket) with the automaton
/// in state `sid` (in the middle of some word), this steps the automaton
/// on from `sid` over the words after the note, as if the note were not
/// there, for at most `reach` characters and within the clause, and pushes
/// each word that ends there. A note of at most [`NAME_NOTE_LIMIT`]
/// characters, closed within its clause and holding no other bracket, is
/// stepped over; any other is not a note inside a name.
#[cold]
fn bridge<A: Automaton>(
    automaton: &A,
    mut sid: aho_corasick::automaton::StateID,
    rest: &str,
    open: usize,
    reach: usize,
    bridged: &mut Vec<Bridged>,
) {
    let mut inside = 0;
    let mut chars = rest.char_indices();
    let close = loop {
        match chars.next() {
            Some((i, NOTE_CLOSE)) => break i,
            Some((_, c))
                if inside < NAME_NOTE_LIMIT
                    && c != NOTE_OPEN
                    && !dutycheck_vocab::punctuation::is_clause_end(c) =>
            {
                inside += 1
            }
            _ => return,
        }
    };
    let close_end = open + inside + 2;
    let after = rest
        .get(close + NOTE_CLOSE.len_utf8()..)
        .unwrap_or_default();
    // (`end`: the characters of the case read once `c` is.)
    for (end, c) in (close_end + 1..).zip(after.chars().take(reach)) {
        if dutycheck_vocab::punctuation::is_clause_end(c) || c == NOTE_OPEN {
            break;
        }
        let mut buf = [0; 4];
        for &byte in c.encode_utf8(&mut buf).as_bytes() {
            sid = automaton.next_state(Anchored::No, sid, byte);
        }
        if automaton.is_special(sid) && automaton.is_match(sid) {
            for i in 0..automaton.match_len(sid) {
                bridged.push(Bridged {
                    pattern: automaton.match_pattern(sid, i).as_usize(),
                    open,
                    close_end,
                    end,
                });
            }
        }
    }
}

/// Steps `automaton` from `sid` over one folded character's `bytes`, and
/// pushes `(pattern, end)` for each word that ends with it (`end`: the
/// characters read so far).
#[inline(always)]
fn step<A: Automaton>(
    automaton: &A,
    sid: &mut aho_corasick::automaton::StateID,
    bytes: &[u8],
    end: usize,
    ends: &mut Vec<(usize, usize)>,
) {
    for &byte in bytes {
        *sid = automaton.next_state(Anchored::No, *sid, byte);
    }
    // Words and text are UTF-8, so a word ends only where a character
    // does: the state after a character's last byte is the only one to ask.
    if automaton.is_special(*sid) && automaton.is_match(*sid) {
        for i in 0..automaton.match_len(*sid) {
            ends.push((automaton.match_pattern(*sid, i).as_usize(), end));
        }
    }
}

/// The hits a leftmost-longest search keeps, from every hit (in any order):
/// from the start of the text, the hit that starts first, the longest of
/// those, then the same again from its end. Sorting by start, longest first,
/// and keeping each hit that starts at or after the end of the last one
/// kept does exactly that.
fn leftmost_longest(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut reach = 0;
    hits.retain(|h| {
        let keep = h.start >= reach;
        if keep {
            reach = h.end;
        }
        keep
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;
    use proptest::prelude::*;

    /// Words and text over a few characters, so that words overlap, nest
    /// and repeat often.
    fn word() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec!['学', '前', '率', 'a', '９']),
            1..5,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    fn leftmost_longest_by_aho_corasick(words: &[String], text: &str) -> Vec<Hit> {
        let normal = dutycheck_read::normalize(text);
        let Ok(ac) = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(words)
        else {
            return Vec::new();
        };
        let at = |byte: usize| normal[..byte].chars().count();
        ac.find_iter(&normal)
            .map(|m| Hit {
                word: m.pattern().as_usize(),
                start: at(m.start()),
                end: at(m.end()),
            })
            .collect()
    }

    proptest! {
        /// Each lexicon keeps exactly what its own leftmost-longest search
        /// kept, whatever the other lexicon holds.
        #[test]
        fn each_lexicon_is_searched_leftmost_longest(
            indicators in proptest::collection::vec(word(), 1..8),
            requirements in proptest::collection::vec(word(), 1..4),
            text in proptest::collection::vec(proptest::sample::select(vec!['学', '前', '率', 'a', '９', '9', '，']), 0..40)
                .prop_map(|cs| cs.into_iter().collect::<String>()),
        ) {
            // Each list's words are distinct (the callers merge equal
            // words); the two lists may share some.
            let mut indicators = indicators;
            let mut seen = std::collections::HashSet::new();
            indicators.retain(|w| seen.insert(w.clone()));
            let mut seen = std::collections::HashSet::new();
            let mut requirements = requirements;
            requirements.retain(|w| seen.insert(w.clone()));
            // The words are searched for as given, in the folded text (a
            // word holding `９` is never found), as each list's own search did.
            let want_i = leftmost_longest_by_aho_corasick(&indicators, &text);
            let want_r = leftmost_longest_by_aho_corasick(&requirements, &text);
            // By the NFA a run starts with, and by the DFA it builds later.
            for dfa_after in [usize::MAX, 0] {
                let vocabulary = Vocabulary::with_dfa_after(&indicators, &requirements, dfa_after);
                let scanned = vocabulary.scan(&text);
                prop_assert_eq!(scanned.hits(Lexicon::Indicators), &want_i[..]);
                prop_assert_eq!(scanned.hits(Lexicon::Requirements), &want_r[..]);
            }
        }

        /// The statement words the pass records answer every question of
        /// a stretch as searching that stretch for each word does: the
        /// same starts of the same words, whatever the catalog holds.
        #[test]
        fn statement_words_are_what_searching_finds(
            indicators in proptest::collection::vec(word(), 1..6),
            text in proptest::collection::vec(
                proptest::sample::select(vec!["计划", "力争", "目标", "可实现", "实现", "可", "将", "将于", "达到", "有望", "望", "，", "率", "拟"]),
                0..24,
            )
            .prop_map(|ws| ws.concat()),
            cut in (0usize..60, 0usize..60),
        ) {
            let mut indicators = indicators;
            let mut seen = std::collections::HashSet::new();
            indicators.retain(|w| seen.insert(w.clone()));
            let scanned = Vocabulary::new(&indicators, &[]).scan(&text);
            let t = &scanned.text;
            let n = t.chars.len();
            let (a, b) = (cut.0.min(n), cut.1.min(n));
            let (a, b) = (a.min(b), a.max(b));
            let stretch = t.slice(a, b);
            let mut want: Vec<(usize, &str)> = STATEMENT_WORDS
                .iter()
                .flat_map(|w| {
                    dutycheck_vocab::search::starts(stretch, w)
                        .map(move |i| (a + stretch[..i].chars().count(), *w))
                })
                .collect();
            want.sort();
            let mut got: Vec<(usize, &str)> = t.plan_words(a, b).collect();
            got.sort();
            prop_assert_eq!(got, want);
        }

        /// The first clause's words of a time before a remedy, looked up
        /// among those the pass recorded, answer as searching the words
        /// before a name does ([`dutycheck_vocab::periods::before_remedy`]).
        #[test]
        fn before_remedy_is_read_from_the_pass(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "整改前", "原为", "反馈的", "督导组指出", "实施前", "改革之初", "针对", "与",
                    "较", "问题已整改", "经核查", "目前", "全县", "覆盖率", "为", "，", "。", "92%",
                    "有家长反映", "网传", "账面反映",
                ]),
                0..16,
            )
            .prop_map(|ws| ws.concat()),
            cut in (0usize..60, 0usize..60),
        ) {
            let scanned = Vocabulary::empty().scan(&text);
            let t = &scanned.text;
            let n = t.chars.len();
            let (a, b) = (cut.0.min(n), cut.1.min(n));
            let (a, b) = (a.min(b), a.max(b));
            prop_assert_eq!(
                crate::indicators::before_remedy(t, a, b),
                dutycheck_vocab::periods::before_remedy(t.slice(a, b)),
                "{}", t.slice(a, b)
            );
        }

        /// Reading the parser's fold gives what folding gives: the same
        /// text, maps, figure starts and words. A fold of other characters
        /// is not read: the pass folds the text itself.
        #[test]
        fn reading_the_fold_is_folding(
            text in proptest::collection::vec(proptest::sample::select(vec!['学', '前', '率', 'a', '９', '9', '，', '\u{3000}', '∶', '𠀀']), 0..40)
                .prop_map(|cs| cs.into_iter().collect::<String>()),
            other in proptest::collection::vec(proptest::sample::select(vec!['学', 'a', '９', '，']), 0..40)
                .prop_map(|cs| cs.into_iter().collect::<String>()),
        ) {
            let vocabulary = Vocabulary::new(&["学前".to_string(), "a9".to_string()], &["率,".to_string()]);
            let source = Text::from(text.as_str());
            let folded = vocabulary.scan(&text);
            let normal = dutycheck_read::normalize(&text);
            let read = vocabulary.scan_text(&source, Some(&normal));
            prop_assert!(matches!(read.text.normal, std::borrow::Cow::Borrowed(_)));
            prop_assert_eq!(&*read.text.normal, &*folded.text.normal);
            prop_assert_eq!(&read.text.chars, &folded.text.chars);
            prop_assert_eq!(&read.text.byte_at_char, &folded.text.byte_at_char);
            prop_assert_eq!(&read.text.original_byte_at_char, &folded.text.original_byte_at_char);
            prop_assert_eq!(&read.text.figure_starts, &folded.text.figure_starts);
            prop_assert_eq!(read.hits(Lexicon::Indicators), folded.hits(Lexicon::Indicators));
            prop_assert_eq!(read.hits(Lexicon::Requirements), folded.hits(Lexicon::Requirements));
            // The fold of another text: when it is out of step with this
            // one, the text is folded here, and reads as folding does.
            let wrong = dutycheck_read::normalize(&other);
            let read = vocabulary.scan_text(&source, Some(&wrong));
            if matches!(read.text.normal, std::borrow::Cow::Owned(_)) {
                prop_assert_eq!(&*read.text.normal, &*folded.text.normal);
                prop_assert_eq!(read.hits(Lexicon::Indicators), folded.hits(Lexicon::Indicators));
                prop_assert_eq!(&read.text.figure_starts, &folded.text.figure_starts);
            }
        }

        /// The figure starts noted in the pass are every character a
        /// figure can start with, and the text is prepared as without
        /// words.
        #[test]
        fn figure_starts_are_every_possible_start(
            text in proptest::collection::vec(proptest::sample::select(vec!['学', '约', '三', '百', '9', '９', '%', '，', 'a']), 0..40)
                .prop_map(|cs| cs.into_iter().collect::<String>()),
        ) {
            let scanned = Vocabulary::new(&["学".to_string()], &[]).scan(&text);
            let normal = dutycheck_read::normalize(&text);
            let want: Vec<usize> = normal
                .char_indices()
                .filter(|(_, c)| may_start_figure(*c))
                .map(|(b, _)| b)
                .collect();
            prop_assert_eq!(&scanned.text.figure_starts, &want);
            prop_assert_eq!(&scanned.text.normal, &normal);
        }
    }

    /// The words of both lexicons, an indicator's name holding a claim
    /// phrase, full-width text: the hits are where the words stand, in
    /// characters.
    #[test]
    fn finds_the_words_of_both_lexicons_in_characters() {
        let vocabulary = Vocabulary::new(
            &["学前三年毛入园率".into(), "毛入园率".into()],
            &["毛入园".into(), "全覆盖".into()],
        );
        let scanned = vocabulary.scan("全县学前三年毛入园率达９０％，实现全覆盖");
        assert_eq!(
            scanned.hits(Lexicon::Indicators),
            &[Hit {
                word: 0,
                start: 2,
                end: 10
            }]
        );
        assert_eq!(
            scanned.hits(Lexicon::Requirements),
            &[
                Hit {
                    word: 0,
                    start: 6,
                    end: 9
                },
                Hit {
                    word: 1,
                    start: 17,
                    end: 20
                }
            ]
        );
        assert_eq!(scanned.text.normal, "全县学前三年毛入园率达90%,实现全覆盖");
    }

    /// A fold out of step with the text (shorter, longer, or a character
    /// of other bytes where none can fold) is not read.
    /// A run scans with the NFA until it has scanned [`DFA_AFTER`] bytes,
    /// then builds the DFA once and scans with it; the two find the same
    /// words, names across notes in brackets and statement words included.
    #[test]
    fn the_dfa_is_built_once_the_nfa_has_scanned_enough() {
        let names: Vec<String> = ["义务教育教师平均工资", "毛入园率", "学前三年毛入园率"]
            .map(String::from)
            .to_vec();
        let claims = vec!["不低于".to_string()];
        let text = "全县义务教育教师（含特岗教师）平均工资不低于公务员，学前三年毛入园率计划达到95%，毛入园率。";
        let vocabulary = Vocabulary::with_dfa_after(&names, &claims, 2 * text.len());
        let machine = vocabulary.machine.as_deref().expect("an automaton");
        let read = |v: &Vocabulary| {
            let s = v.scan(text);
            let plan: Vec<_> = s
                .text
                .plan_words
                .iter()
                .map(|h| (h.word, h.start))
                .collect();
            (
                s.hits(Lexicon::Indicators).to_vec(),
                s.hits(Lexicon::Requirements).to_vec(),
                plan,
            )
        };
        let by_nfa = read(&vocabulary);
        assert!(machine.dfa.get().is_none());
        assert_eq!(read(&vocabulary), by_nfa);
        assert!(
            machine.dfa.get().is_none(),
            "two scans of the text are 2× its bytes"
        );
        let by_dfa = read(&vocabulary);
        assert!(
            matches!(machine.dfa.get(), Some(Some(_))),
            "the third builds it"
        );
        assert_eq!(by_dfa, by_nfa);
        // The name across the note, the longer name over its suffix, the
        // claim and the plan word.
        let (names_found, claims_found, plans_found) = by_dfa;
        assert_eq!(
            names_found
                .iter()
                .map(|h| (h.word, h.start, h.end))
                .collect::<Vec<_>>(),
            vec![(0, 2, 19), (2, 26, 34), (1, 42, 46)]
        );
        assert_eq!(claims_found.len(), 1);
        assert!(!plans_found.is_empty());
    }

    #[test]
    fn a_fold_of_other_characters_is_not_read() {
        let vocabulary = Vocabulary::new(&["毛入园率".into()], &[]);
        let source = Text::from("毛入园率达９０％");
        for wrong in [
            "毛入园率达90",
            "毛入园率达90%%",
            "毛入园率达90é",
            "毛入园率达9𠀀",
            "一入园率达90%",
        ] {
            let read = vocabulary.scan_text(&source, Some(wrong));
            assert!(
                matches!(read.text.normal, std::borrow::Cow::Owned(_)),
                "{wrong}"
            );
            assert_eq!(read.text.normal, "毛入园率达90%");
            assert_eq!(read.hits(Lexicon::Indicators).len(), 1);
        }
        let read = vocabulary.scan_text(&source, Some("毛入园率达90%"));
        assert!(matches!(read.text.normal, std::borrow::Cow::Borrowed(_)));
    }

    /// A vocabulary too large for a DFA is searched by the NFA, with the
    /// same hits.
    #[test]
    fn a_large_vocabulary_finds_the_same_words() {
        let mut words: Vec<String> = (0..6000).map(|i| format!("指标{i:05}名称")).collect();
        words.push("毛入园率".into());
        assert!(words.iter().map(String::len).sum::<usize>() > DFA_LIMIT);
        // (Asked for a DFA before its first scan, the large one keeps
        // the NFA; the small one builds one.)
        let large = Vocabulary::with_dfa_after(&words, &[], 0);
        let small = Vocabulary::with_dfa_after(&words[5999..], &[], 0);
        let text = "毛入园率达90%，指标05999名称为3所";
        let _ = small.scan(text);
        let hits = large.scan(text);
        let dfa = |v: &Vocabulary| v.machine.as_deref().and_then(|m| m.dfa.get()).is_some();
        assert!(!dfa(&large));
        assert!(dfa(&small));
        assert_eq!(
            hits.hits(Lexicon::Indicators),
            &[
                Hit {
                    word: 6000,
                    start: 0,
                    end: 4
                },
                Hit {
                    word: 5999,
                    start: 9,
                    end: 18
                }
            ]
        );
        let small_hits = small.scan(text);
        assert_eq!(
            small_hits.hits(Lexicon::Indicators),
            &[
                Hit {
                    word: 1,
                    start: 0,
                    end: 4
                },
                Hit {
                    word: 0,
                    start: 9,
                    end: 18
                }
            ]
        );
    }
}
