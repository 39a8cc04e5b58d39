//! Finding figures: `2138084万元`, `2.5万余人`, `70%以上`, `两所`, `10个百分点`.
//!
//! One grammar reads a figure with everything that changes its meaning: a
//! qualifier before it (约, 近, 超过, 不足), the number (Arabic with an
//! optional 万/亿/千 multiplier, or Chinese numerals), a qualifier between
//! number and unit (余, 多, with the multiplier after it when the number has
//! none: `1300余万元`), the unit, and a qualifier after it (以上, 以下,
//! 左右). The unit decides the [`QuantityKind`]; a number without a unit is
//! not a figure (`1+X` is a name, not a result). The grammar is written as a
//! regular expression (kept in the tests as the specification) and read by a
//! hand-written scanner (`scan`), which the tests check against it.
//!
//! Things that look like figures but are not:
//! - masked placeholders in templates (`*%`, `****个`, `20__年`, `X%`): the
//!   digits touch a mask character, or there are none;
//! - ordinals (`第3`, `第一`);
//! - a plain `一` before a measure word (`一批`, `一个中心`), which is an
//!   article far more often than a count;
//! - set phrases that only look like counts (`五位一体`).
//!
//! # Ranges
//!
//! `600元至1000元`, `200-300万元` and `3至5所` state a range. A range becomes
//! **two quantities**, its bounds: the lower one with the qualifier
//! [`Qualifier::MoreThan`] (the value is at least this) and the upper one
//! with [`Qualifier::AtMost`]. Rules already read qualifiers that way (a
//! minimum is met by an at-least figure above it), so a range needs no new
//! field in the model and no new case in every rule kind. A lower bound
//! written without its unit (`200-300万元`) takes the unit and multiplier of
//! the upper one: it is 2,000,000 元, not a bare 200. The connectors are
//! `至`, `到`, `-`, `~`, `～` and `—`, standing directly between the two
//! numbers. Years are left alone: `2019至2020年` names two years, not an
//! amount between them.

use dutycheck_model::{Case, Qualifier, Quantity, QuantityKind, Text};
use dutycheck_vocab::changes::REACHED;
use dutycheck_vocab::links::{
    ARROWS, BETWEEN, MASKS, RANGE_CONNECTORS, RESPECTIVELY, is_list_separator, joins_range,
};
use dutycheck_vocab::numerals::{self, MULTIPLIERS, multiplier_exponent};
use dutycheck_vocab::qualifiers::{AFTER, BEFORE, INSIDE};
use dutycheck_vocab::units::{self, UNITS, may_start_unit, unit_of};
use dutycheck_vocab::{plans, search};

use crate::CaseText;

/// The figure grammar as a regular expression, with the indices of its
/// named groups. This is the **specification** of what a figure looks like;
/// [`scan`] implements it by hand for speed, and a test checks the two
/// against each other on random text.
#[cfg(test)]
pub(crate) struct FigureRegex {
    pub(crate) regex: regex::Regex,
    /// Group index of `pre`, `arabic`, `mult`, `pct`, `chinese`, `approx`,
    /// `unit`, `post`, `late`, in that order.
    pub(crate) groups: [usize; 9],
}

#[cfg(test)]
const GROUP_NAMES: [&str; 9] = [
    "pre", "arabic", "mult", "pct", "chinese", "approx", "unit", "post", "late",
];

#[cfg(test)]
pub(crate) fn figure_regex() -> &'static FigureRegex {
    use std::sync::OnceLock;
    static RE: OnceLock<FigureRegex> = OnceLock::new();
    RE.get_or_init(|| {
        let units: Vec<String> = UNITS.iter().map(|(u, _)| regex::escape(u)).collect();
        let pattern = format!(
            concat!(
                r"(?P<pre>{pre})?",
                r"(?:",
                r"(?P<arabic>[0-9]{{1,3}}(?: [0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?: ?(?P<mult>万|亿|千))?",
                r"|百分之(?P<pct>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)",
                r"|(?P<chinese>[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)",
                r")",
                r"(?P<approx>{inside})?",
                r"(?: {{0,{gap}}}(?P<late>万|亿)?(?P<unit>{units}))?",
                r"(?P<post>{after})?"
            ),
            units = units.join("|"),
            pre = BEFORE.join("|"),
            inside = INSIDE.join("|"),
            after = AFTER.join("|"),
            gap = UNIT_GAP,
        );
        let regex = regex::Regex::new(&pattern).unwrap_or_else(|e| panic!("figure regex: {e}"));
        let groups = GROUP_NAMES.map(|name| {
            regex
                .capture_names()
                .position(|n| n == Some(name))
                .unwrap_or_else(|| panic!("figure regex has no group {name}"))
        });
        FigureRegex { regex, groups }
    })
}

/// One figure as the grammar reads it: byte ranges into the normalised
/// text. Plain data (no allocation per match), read with [`Spans::get`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Spans<'t> {
    pub(crate) haystack: &'t str,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// By [`Group`].
    pub(crate) groups: [Option<(usize, usize)>; 9],
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Pre = 0,
    Arabic,
    Mult,
    Pct,
    Chinese,
    Approx,
    Unit,
    Post,
    /// A multiplier after 余 or 多, before the unit (`1300余万元`, `三千多万元`):
    /// the number's, as if it stood before them.
    Late,
}

impl<'t> Spans<'t> {
    /// The number's multiplier (`万`, `亿`, `千`), before 余 or 多 or after
    /// them (`1300万余元`, `1300余万元`).
    fn multiplier(&self) -> Option<&'t str> {
        self.get(Group::Mult).or_else(|| self.get(Group::Late))
    }

    fn get(&self, group: Group) -> Option<&'t str> {
        let (a, b) = self.groups[group as usize]?;
        self.haystack.get(a..b)
    }

    fn has(&self, group: Group) -> bool {
        self.groups[group as usize].is_some()
    }
}

/// Every figure in `haystack`, in order, read by hand.
///
/// This is the grammar of the module documentation (and of the regular
/// expression the tests keep as its specification): an optional qualifier,
/// a number (Arabic digits with thousands spaces or commas, a decimal part and a 万/亿/千
/// multiplier; 百分之 and a Chinese numeral; or a Chinese numeral), then
/// optional 余/多, a unit (the first of [`UNITS`] that the text starts with)
/// and 以上/以下/以内/左右. Like the regex, it takes the leftmost figure and,
/// at each step, the first alternative that matches, greedily; since every
/// part after the number is optional, no choice ever needs to be undone.
///
/// Only ASCII digits count (the text is normalised, so full-width digits
/// are ASCII by now); the regex's `\d` would also take Devanagari or Arabic-
/// Indic digits, which no report uses and which would not parse as numbers.
///
/// Written by hand because the regex, with its captures, was the largest
/// single cost of checking a report: the scan looks at each character once
/// and allocates nothing.
#[cfg(test)]
pub(crate) fn scan(haystack: &str) -> Vec<Spans<'_>> {
    scan_at(
        haystack,
        haystack
            .char_indices()
            .filter(|(_, c)| may_start_figure(*c))
            .map(|(b, _)| b),
    )
}

/// [`scan`], trying the grammar only at `starts` (byte offsets, in order):
/// the characters a figure can start with, which the one pass over a case
/// ([`crate::scan`]) notes as it folds the text. Every other character
/// fails the grammar's first step, so the figures found are the same.
pub(crate) fn scan_at(haystack: &str, starts: impl IntoIterator<Item = usize>) -> Vec<Spans<'_>> {
    let mut out = Vec::new();
    // The end of the last figure: a start inside it is part of it.
    let mut at = 0;
    for start in starts {
        if start < at {
            continue;
        }
        if let Some(marker) = item_before_year(haystack, start) {
            // `1.2022年，…`: an item's number, then the year it opens with.
            at = start + marker;
            continue;
        }
        if let Some(spans) = figure_at(haystack, start) {
            out.push(spans);
            at = spans.end;
        }
    }
    out
}

/// The byte length of an item's number (`1.`) at `at`, when a year and
/// `年` follow it (`1.2022年，全县…`, `3.2021年底…`): a list inside a case,
/// whose items open with their year. Read as a decimal it would be "1.2022
/// years", which no report writes; the parser reads a line that opens so as
/// an item ([`dutycheck_parse::Certainty::BeforeYear`]), and here, inside a
/// case's text, the number is not a figure and the year is. A digit or a
/// letter right before it makes it part of something else.
fn item_before_year(h: &str, at: usize) -> Option<usize> {
    // Most figures are not one: one or two digits, a dot and a year's first
    // digit first, before the marker grammar is asked.
    let b = h.as_bytes().get(at..)?;
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits)
        || b.get(digits) != Some(&b'.')
        || !matches!(b.get(digits + 1), Some(b'1' | b'2'))
        || h[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '.')
    {
        return None;
    }
    let m = dutycheck_parse::marker(&h[at..])?;
    // The marker is ASCII: its characters are its bytes.
    (m.style == dutycheck_parse::Style::ArabicDot
        && m.certainty == dutycheck_parse::Certainty::BeforeYear)
        .then_some(m.len)
}

/// Whether character `start` is the year right after an item's number
/// (`2022` in `1.2022年`, see [`item_before_year`]), not the tail of a
/// dotted number.
fn after_item_number(text: &CaseText<'_>, start: usize) -> bool {
    let digits = text.chars[..start.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let number = start.saturating_sub(1 + digits);
    match (text.byte_at_char.get(number), text.byte_at_char.get(start)) {
        (Some(&at), Some(&year)) => {
            item_before_year(&text.normal, at as usize) == Some((year - at) as usize)
        }
        _ => false,
    }
}

/// Whether a figure can start with `c`: a qualifier's first character, a
/// digit, or a Chinese numeral (百 of 百分之 included).
pub(crate) fn may_start_figure(c: char) -> bool {
    c.is_ascii_digit()
        || dutycheck_vocab::qualifiers::may_start_before(c)
        || numerals::is_figure_numeral(c)
}

/// How many spaces may stand between a number and its unit: one, as tables
/// and PDF text leave it, and two more where a Markdown report's bold ends
/// (`**0.21** 亿元`: the fold blanks the `**`).
const UNIT_GAP: usize = 3;

/// The multipliers that may stand after 余 or 多, before the unit
/// ([`Group::Late`]).
const LATE_MULTIPLIERS: [&str; 2] = ["万", "亿"];

#[test]
fn late_multipliers_open_with_one_byte() {
    for m in LATE_MULTIPLIERS {
        assert_eq!(m.as_bytes().first(), Some(&0xE4), "{m}");
    }
}

/// The figure starting exactly at byte `at`, if any.
fn figure_at(h: &str, at: usize) -> Option<Spans<'_>> {
    let mut groups = [None; 9];
    // A qualifier counts only when a number follows it. (Most figures
    // open with a digit: one look at the first character rules every
    // qualifier out.)
    let after_qualifier = h[at..]
        .chars()
        .next()
        .filter(|c| dutycheck_vocab::qualifiers::may_start_before(*c))
        .and_then(|_| BEFORE.iter().find(|w| search::opens_with(&h[at..], w)))
        .and_then(|w| {
            let end = number(h, at + w.len(), &mut groups)?;
            groups[Group::Pre as usize] = Some((at, at + w.len()));
            Some(end)
        });
    let mut end = match after_qualifier {
        Some(end) => end,
        None => number(h, at, &mut groups)?,
    };
    for (group, words) in [
        (Group::Approx, &INSIDE[..]),
        (Group::Unit, &[][..]),
        (Group::Post, &AFTER[..]),
    ] {
        let rest = &h[end..];
        // A unit may stand a few spaces after its number (`51.6 %`, `12 所`),
        // as tables and PDF extraction often leave it, and as a Markdown
        // report's bold number does (`**0.21** 亿元` reads `0.21   亿元`).
        let (gap, rest) = match group {
            Group::Unit => {
                let n = rest.bytes().take_while(|b| *b == b' ').count();
                if n <= UNIT_GAP {
                    (n, &rest[n..])
                } else {
                    (0, rest)
                }
            }
            _ => (0, rest),
        };
        // `1300余万元`: a multiplier after 余 or 多 stands before the unit,
        // and counts only with one after it.
        let unit_of = |rest: &str| -> Option<&'static str> {
            if !rest.chars().next().is_some_and(may_start_unit) {
                return None;
            }
            UNITS
                .iter()
                .map(|(u, _)| *u)
                .find(|u| search::opens_with(rest, u))
        };
        // (Both multipliers are three bytes that open with 0xE4: one look
        // rules out most units.)
        if group == Group::Unit
            && rest.as_bytes().first() == Some(&0xE4)
            && let Some(m) = LATE_MULTIPLIERS.iter().find(|m| rest.starts_with(**m))
            && let Some(unit) = unit_of(&rest[m.len()..])
        {
            let from = end + gap;
            groups[Group::Late as usize] = Some((from, from + m.len()));
            groups[Group::Unit as usize] = Some((from + m.len(), from + m.len() + unit.len()));
            end = from + m.len() + unit.len();
            continue;
        }
        let word = match group {
            // Most numerals in running text have no unit after them: look
            // at the first character before comparing with every unit.
            Group::Unit => unit_of(rest),
            _ => words.iter().copied().find(|w| search::opens_with(rest, w)),
        };
        if let Some(w) = word {
            groups[group as usize] = Some((end + gap, end + gap + w.len()));
            end += gap + w.len();
        }
    }
    Some(Spans {
        haystack: h,
        start: at,
        end,
        groups,
    })
}

/// The number starting at byte `at`: fills the `arabic` (and `mult`),
/// `pct` or `chinese` group and returns where the number ends.
fn number(h: &str, at: usize, groups: &mut [Option<(usize, usize)>; 9]) -> Option<usize> {
    let b = h.as_bytes();
    let digits_from = |i: usize| {
        b.get(i..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    let lead = digits_from(at);
    if lead > 0 {
        // `1 122 000`, `12,360`: one to three digits, then groups of a
        // separator and three digits (at least one group, one separator
        // throughout: a space, or a comma, full-width or not, as the text is
        // folded); otherwise a plain run of digits.
        let mut end = at + lead;
        if lead <= 3
            && let Some(&sep) = b.get(end).filter(|s| matches!(s, b' ' | b','))
        {
            let mut j = end;
            while b.get(j) == Some(&sep) && digits_from(j + 1) >= 3 {
                j += 4;
            }
            end = j;
        }
        if b.get(end) == Some(&b'.') && digits_from(end + 1) > 0 {
            end += 1 + digits_from(end + 1);
        }
        groups[Group::Arabic as usize] = Some((at, end));
        // `12.6 亿元`: the multiplier may stand one space after the digits.
        let gap = usize::from(
            h[end..]
                .strip_prefix(' ')
                .is_some_and(|r| MULTIPLIERS.iter().any(|(m, _)| search::opens_with(r, m))),
        );
        if let Some((m, _)) = MULTIPLIERS
            .iter()
            .find(|(m, _)| search::opens_with(&h[end + gap..], m))
        {
            groups[Group::Mult as usize] = Some((end + gap, end + gap + m.len()));
            end += gap + m.len();
        }
        return Some(end);
    }
    if let Some(after) = h[at..].strip_prefix("百分之")
        && let Some(len) = chinese_numeral(after, numerals::is_percent_numeral)
    {
        let from = at + "百分之".len();
        groups[Group::Pct as usize] = Some((from, from + len));
        return Some(from + len);
    }
    let len = chinese_numeral(&h[at..], numerals::is_figure_numeral)?;
    groups[Group::Chinese as usize] = Some((at, at + len));
    Some(at + len)
}

/// The length in bytes of a Chinese numeral at the start of `s`: one or more
/// characters accepted by `integer`, then optionally 点 and one or more
/// digits (`三点五`). `None` when `s` does not start with one.
fn chinese_numeral(s: &str, integer: fn(char) -> bool) -> Option<usize> {
    let int: usize = s
        .chars()
        .take_while(|c| integer(*c))
        .map(char::len_utf8)
        .sum();
    if int == 0 {
        return None;
    }
    let fraction: usize = s[int..].strip_prefix('点').map_or(0, |after| {
        let digits: usize = after
            .chars()
            .take_while(|c| numerals::is_fraction_digit(*c))
            .map(char::len_utf8)
            .sum();
        if digits > 0 {
            '点'.len_utf8() + digits
        } else {
            0
        }
    });
    Some(int + fraction)
}

/// Every figure of a case's (normalised) text, for [`find`].
///
/// Most figures found in running text are not figures at all: a lone
/// Chinese numeral inside a word (统一, 进一步, 一体化, 十三五). They are
/// dropped here, unless a range connector follows (`三至五所`), so that the
/// range logic only ever sees neighbours that can matter.
fn matches<'t>(text: &'t CaseText<'_>) -> Vec<Spans<'t>> {
    let haystack: &str = &text.normal;
    let mut all = scan_at(haystack, text.figure_starts.iter().copied());
    all.retain(|m| {
        let bare_numeral = m.groups[Group::Chinese as usize].is_some()
            && m.groups.iter().filter(|g| g.is_some()).count() == 1;
        let opens_range = haystack[m.end..]
            .chars()
            .next()
            .is_some_and(|c| RANGE_CONNECTORS.contains(&c));
        !bare_numeral || opens_range || is_stated_zero(m)
    });
    all
}

/// `大班额比例为零`, `降至零`, `超大班额比例为0`: the numeral 零 or the
/// digit 0 alone, right after a word that states a level and right before
/// the end of its clause, is the figure 0. It has no unit: zero is zero in
/// any unit, so it states an indicator of any kind (see
/// `dutycheck_extract::indicators`). Anywhere else (`零星`, `清零`,
/// `零距离`) 零 is part of a word, and a bare number other than 0 is no
/// figure.
fn is_stated_zero(m: &Spans<'_>) -> bool {
    let h = m.haystack;
    (m.get(Group::Chinese) == Some("零") || m.get(Group::Arabic) == Some("0"))
        && m.groups.iter().filter(|g| g.is_some()).count() == 1
        && REACHED.iter().any(|w| h[..m.start].ends_with(w))
        && h[m.end..]
            .chars()
            .next()
            .is_none_or(dutycheck_vocab::punctuation::is_clause_end)
}

/// Whether a figure is a stated zero (see [`is_stated_zero`]): the value 0
/// with no unit. (A unit-less figure is otherwise a count with a multiplier,
/// `3.3万`, never 0.)
pub(crate) fn is_zero(q: &Quantity) -> bool {
    q.value == 0.0 && q.unit.is_empty()
}

/// Finds every figure in a case, in order. Ranges give both bounds (see the
/// module documentation).
pub fn find(text: &CaseText<'_>, case: &Case) -> Vec<Quantity> {
    let all = matches(text);
    let mut out = Vec::with_capacity(all.len());
    let mut lower_done = usize::MAX; // index of a match already used as a lower bound
    for (i, caps) in all.iter().enumerate() {
        if i == lower_done {
            continue;
        }
        let Some(mut q) = figure(text, case, caps) else {
            // A unit-less number may be the lower bound of a range, or an
            // item of a list that shares the unit of its last item.
            if let Some((lower, upper)) = all
                .get(i + 1)
                .and_then(|next| range(text, case, caps, next))
            {
                out.push(lower);
                out.push(upper);
                lower_done = i + 1;
            } else if let Some(q) =
                list_item(text, case, &all, i).or_else(|| in_declared_unit(text, case, caps))
            {
                out.push(q);
            }
            continue;
        };
        if let Some(next) = all.get(i + 1)
            && let Some((lower, upper)) = range(text, case, caps, next)
        {
            q = lower;
            out.push(q);
            out.push(upper);
            lower_done = i + 1;
            continue;
        }
        out.push(q);
    }
    points_listed_with_their_measure(text, &mut out);
    out
}

/// `分别比上年提高1.4个和0.9个百分点`: in a list after `分别`, an item may
/// keep the measure word of the unit it shares with the last item and leave
/// the rest out. `1.4个` before `0.9个百分点` is 1.4 points, not a count
/// (the changes of both were lost).
fn points_listed_with_their_measure(text: &CaseText<'_>, out: &mut [Quantity]) {
    for i in 1..out.len() {
        let (head, tail) = out.split_at_mut(i);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        if a.kind == QuantityKind::Count
            && b.kind == QuantityKind::PercentagePoints
            && b.unit.starts_with(a.unit.as_str())
            && !a.unit.is_empty()
            && is_list_separator(text.slice(a.end, b.start))
            && search::contains(
                text.slice(a.start.saturating_sub(12), a.start),
                RESPECTIVELY,
            )
        {
            a.kind = b.kind;
            a.unit = b.unit.clone();
        }
    }
}

/// The bounds of a range when `lower` and `upper` are its two ends: one
/// connector stands between them, the upper end is a figure with a unit,
/// and the lower one is either a figure of the same unit or a bare number
/// that takes the upper end's unit and multiplier.
fn range(
    text: &CaseText<'_>,
    case: &Case,
    lower: &Spans<'_>,
    upper: &Spans<'_>,
) -> Option<(Quantity, Quantity)> {
    let gap = text.normal.get(lower.end..upper.start)?;
    let before = text.normal.get(..lower.start)?;
    let after = text.normal.get(upper.end..)?;
    if !joins_range(before, gap, after) {
        return None;
    }
    // The upper bound must not carry its own qualifier before the number.
    if upper.has(Group::Pre) {
        return None;
    }
    let mut high = figure(text, case, upper)?;
    if matches!(high.kind, QuantityKind::Year) {
        return None;
    }
    let mut low = match figure(text, case, lower) {
        Some(q) if q.unit == high.unit && q.kind == high.kind => q,
        Some(_) => return None,
        None => with_unit_of(text, case, lower, Unit::of(upper, &high))?,
    };
    if low.value > high.value {
        return None;
    }
    if low.qualifier == Qualifier::Exact {
        low.qualifier = Qualifier::MoreThan;
    }
    if high.qualifier == Qualifier::Exact {
        high.qualifier = Qualifier::AtMost;
    }
    Some((low, high))
}

/// The upper end of the range whose lower end is `lower`, one of
/// `quantities` (the case's figures, in order): the figure after it, an
/// upper bound, joined to it as [`range`] joins them when it reads them
/// (`在3%到4%之间`, `介于4%和6%之间`).
pub(crate) fn upper_end<'q>(
    text: &CaseText<'_>,
    quantities: &'q [Quantity],
    lower: &Quantity,
) -> Option<&'q Quantity> {
    if lower.qualifier != Qualifier::MoreThan {
        return None;
    }
    let next = quantities.iter().find(|q| q.start >= lower.end)?;
    // As far as the longest word of the frame reaches.
    let frame = BETWEEN
        .opens
        .iter()
        .chain([&BETWEEN.closes])
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    (next.qualifier == Qualifier::AtMost
        && next.unit == lower.unit
        && joins_range(
            text.slice(lower.start.saturating_sub(frame), lower.start),
            text.slice(lower.end, next.start),
            text.slice(next.end, next.end + frame),
        ))
    .then_some(next)
}

/// The unit a bare number is read in: a multiplier, the base unit and the
/// kind (`万元` is 10⁴ 元, money).
struct Unit {
    exponent: i32,
    unit: Text,
    kind: QuantityKind,
}

impl Unit {
    /// The unit of `figure`, as `like` (the match it was read from) wrote it.
    fn of(like: &Spans<'_>, figure: &Quantity) -> Unit {
        Unit {
            exponent: like.multiplier().map_or(0, multiplier_exponent),
            unit: figure.unit.clone(),
            kind: figure.kind,
        }
    }

    /// A unit as a table declares it (`万元`, `%`, `元/生`, `所`): read by the
    /// figure grammar itself, as the unit after a number, so that a table's
    /// units are the units of running text. A rate (`元/生`) is read in the
    /// unit before its slash. `None` for words that are no unit, and for
    /// units of time and tenths, which a table's cells never state alone.
    fn declared(word: &str) -> Option<Unit> {
        let word = word.split('/').next().unwrap_or(word).trim();
        let probe = format!("1{word}");
        let like = figure_at(&probe, 0).filter(|l| l.end == probe.len() && !l.has(Group::Pre))?;
        let (base, kind) = units::word(like.get(Group::Unit)?)?;
        if base == units::TENTHS || !kind.is_result() {
            return None;
        }
        let unit = match kind {
            QuantityKind::PercentagePoints => unit_of(kind),
            _ => base,
        };
        Some(Unit {
            exponent: like.multiplier().map_or(0, multiplier_exponent),
            unit: Text::from_static(unit),
            kind,
        })
    }
}

/// A bare number (`200` of `200-300万元`, `3.1` of `3.1、2.7个百分点`, `650`
/// under a table's `（元）`) read in `unit`: only Arabic digits (or a
/// Chinese numeral, with no multiplier to apply) with no unit and no
/// multiplier of its own.
fn with_unit_of(
    text: &CaseText<'_>,
    case: &Case,
    bare: &Spans<'_>,
    unit: Unit,
) -> Option<Quantity> {
    if bare.has(Group::Unit) || bare.multiplier().is_some() || bare.has(Group::Pct) {
        return None;
    }
    let exp = unit.exponent;
    let value = match (bare.get(Group::Arabic), bare.get(Group::Chinese)) {
        (Some(a), _) => decimal(a, exp)?,
        (None, Some(c)) if exp == 0 => numerals::parse_decimal(c)?,
        _ => return None,
    };
    let start = text.char_offset(bare.start);
    let end = text.char_offset(bare.end);
    let (line, column) = case.position(start);
    Some(Quantity {
        text: text.original_text(start, end),
        value,
        unit: unit.unit,
        kind: unit.kind,
        qualifier: Qualifier::Exact,
        line,
        column,
        start,
        end,
    })
}

/// `| 生均公用经费（元） | 650 | 700 |`: a number alone in a table's cell,
/// in the unit its row, its column or the table's caption declares (see
/// [`crate::tables::declared_unit`]). Only Arabic digits, with nothing of
/// a figure's around them: such a table's rows were all `no-figure`, read
/// as if their cells were no figures at all.
fn in_declared_unit(text: &CaseText<'_>, case: &Case, bare: &Spans<'_>) -> Option<Quantity> {
    if bare.has(Group::Pre) || bare.has(Group::Approx) || bare.has(Group::Post) {
        return None;
    }
    bare.get(Group::Arabic)?;
    let start = text.char_offset(bare.start);
    let end = text.char_offset(bare.end);
    // `| -2.7 |` in a column of the change: the sign is the figure's.
    let signed = start
        .checked_sub(1)
        .filter(|&i| matches!(text.chars.get(i), Some('-' | '−' | '+')));
    let unit = crate::tables::declared_unit(text, signed.unwrap_or(start), end)?;
    let mut q = with_unit_of(text, case, bare, Unit::declared(unit)?)?;
    if let Some(sign) = signed {
        if text.chars.get(sign) != Some(&'+') {
            q.value = -q.value;
        }
        q.start = sign;
        q.text = text.original_text(sign, end);
        (q.line, q.column) = case.position(sign);
    }
    Some(q)
}

/// `分别较上年提高3.1、2.7个百分点`: in a list of figures after `分别`, the
/// items before the last may leave out the unit they share with it. The
/// bare number at `all[i]` is read in the unit of the first figure with a
/// unit after it, when only list separators stand between them and `分别`
/// opens the clause before the list. Elsewhere a bare number stays no
/// figure (`1、2号楼`).
fn list_item(text: &CaseText<'_>, case: &Case, all: &[Spans<'_>], i: usize) -> Option<Quantity> {
    let h = &text.normal;
    let separated =
        |a: &Spans<'_>, b: &Spans<'_>| h.get(a.end..b.start).is_some_and(is_list_separator);
    let mut j = i + 1;
    let last = loop {
        let next = all.get(j)?;
        if !separated(&all[j - 1], next) {
            return None;
        }
        match figure(text, case, next) {
            Some(q) => break (next, q),
            None => j += 1,
        }
    };
    let (like, q) = last;
    if like.has(Group::Pre) || q.kind == QuantityKind::Year {
        return None;
    }
    // `分别` in the same clause, at most a few words before the list.
    let before = &h[..all[i].start];
    let clause = before
        .rfind(|c: char| dutycheck_vocab::punctuation::is_clause_end(c))
        .map_or(before, |p| &before[p..]);
    let near: String = clause
        .chars()
        .rev()
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if !near.contains(RESPECTIVELY) {
        return None;
    }
    with_unit_of(text, case, &all[i], Unit::of(like, &q))
}

/// The most digits of a whole part cut from its fraction by a blank after
/// the point (`88. 4%`): more is no figure's whole part a report writes so.
const WHOLE_PART_DIGITS: usize = 6;

fn figure(text: &CaseText<'_>, case: &Case, caps: &Spans<'_>) -> Option<Quantity> {
    let mut start = text.char_offset(caps.start);
    let mut end = text.char_offset(caps.end);
    // `八成多`, `七成余`: more than so many tenths, the word of "more"
    // standing after the unit where 以上 would.
    let mut tenths_more = false;
    // `九成五以上`: the qualifier after a digit of hundredths.
    let mut tenths_post: Option<&str> = None;
    let before = start
        .checked_sub(1)
        .and_then(|i| text.chars.get(i))
        .copied();
    // `不超过5%` is a bound, the opposite of `超过5%`: a qualifier word after
    // 不 is not the figure's. It is left out of the figure, so that the
    // words before it (`不超过`, a requirement's bound, see
    // `dutycheck_vocab::plans::BOUNDS`) decide what the figure states.
    let dropped = before == Some('不') && caps.has(Group::Pre);
    if dropped {
        start += caps.get(Group::Pre).map_or(0, |w| w.chars().count());
    }
    // `＞80%`, `＜5%` (folded `>`, `<`): a sign right before the number, read
    // beside the grammar ([`qualifiers::ASCII_SIGNS`]), is the figure's
    // bound; the head of an arrow (`83.6%->86.1%`, [`ARROWS`]) is none.
    let sign = before
        .filter(|c| dutycheck_vocab::qualifiers::ASCII_SIGNS.contains(c) && !caps.has(Group::Pre))
        .filter(|c| {
            let shaft = start.checked_sub(2).and_then(|i| text.chars.get(i));
            !shaft.is_some_and(|shaft| {
                ARROWS
                    .iter()
                    .any(|a| a.strip_suffix(*c).is_some_and(|s| s.ends_with(*shaft)))
            })
        });
    if sign.is_some() {
        start -= 1;
    }
    let after = text.chars.get(end).copied();
    // Masked placeholders, ordinals, and digits glued to Latin letters
    // (`G20`, `5G`) are not figures.
    if before.is_some_and(|c| MASKS.contains(&c) || c == '第' || c.is_ascii_alphabetic())
        || after.is_some_and(|c| MASKS.contains(&c))
    {
        return None;
    }
    // Hierarchical numbers (`1.1.1条款`, `第2.3节`) are references, not
    // figures: the match is the tail of a dotted number when a dot and a
    // digit stand right before it.
    let before2 = start
        .checked_sub(2)
        .and_then(|i| text.chars.get(i))
        .copied();
    if before == Some('.')
        && before2.is_some_and(|c| c.is_ascii_digit())
        && !after_item_number(text, start)
    {
        return None;
    }
    // `覆盖率为8 6.2%`, `由上年的1 2,430元…`: one digit after a word, then a
    // blank, then the rest (a PDF's text cuts a number so): the rest is a
    // piece of a number, not a figure (6.2% failed the rule, and 2,430元
    // made a fall a rise of 393%).
    let before3 = start
        .checked_sub(3)
        .and_then(|i| text.chars.get(i))
        .copied();
    if before == Some(' ')
        && before2.is_some_and(|c| c.is_ascii_digit())
        && before3.is_some_and(dutycheck_vocab::regions::is_ideograph)
    {
        return None;
    }
    // `达到88. 4%`, `6. 48亿元`: a PDF's justified text puts a blank after
    // the point. The digits before it, after a word, are the figure's
    // whole part (88. 4% was read as 4%, and failed; 6. 48亿元 as 48亿元).
    let mut whole_part = None;
    if before == Some(' ')
        && before2 == Some('.')
        && let Some(fraction) = caps.get(Group::Arabic)
        && fraction.bytes().all(|b| b.is_ascii_digit())
    {
        let point = start - 2;
        let digits = text.chars[..point]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let from = point - digits;
        if (1..=WHOLE_PART_DIGITS).contains(&digits)
            && from
                .checked_sub(1)
                .and_then(|i| text.chars.get(i))
                .is_some_and(|c| dutycheck_vocab::regions::is_ideograph(*c))
        {
            let whole: String = text.chars[from..point].iter().collect();
            whole_part = Some(format!("{whole}.{fraction}"));
            start = from;
        }
    }
    let unit_text = caps.get(Group::Unit);
    let (value, mut kind, unit): (f64, QuantityKind, &'static str) =
        if let Some(pct) = caps.get(Group::Pct) {
            (
                numerals::parse_decimal(pct)?,
                QuantityKind::Percent,
                unit_of(QuantityKind::Percent),
            )
        } else {
            let multiplier_exp = caps.multiplier().map_or(0, multiplier_exponent);
            let (number, chinese) = match (caps.get(Group::Arabic), caps.get(Group::Chinese)) {
                _ if is_stated_zero(caps) => {
                    let (line, column) = case.position(start);
                    return Some(Quantity {
                        text: text.original_text(start, end),
                        value: 0.0,
                        unit: Text::EMPTY,
                        kind: QuantityKind::Count,
                        qualifier: Qualifier::Exact,
                        line,
                        column,
                        start,
                        end,
                    });
                }
                (Some(a), _) => (
                    decimal(whole_part.as_deref().unwrap_or(a), multiplier_exp)?,
                    false,
                ),
                (None, Some(c)) => {
                    let v = numerals::parse_decimal(c)?;
                    // A lone 一 before a measure word is an article (一批, 一个).
                    if v < 2.0 && c.chars().count() == 1 {
                        return None;
                    }
                    // `三千余万元`: the multiplier after 余 is the numeral's.
                    let late = caps.get(Group::Late).map_or(0, multiplier_exponent);
                    (v * 10f64.powi(late), true)
                }
                (None, None) => return None,
            };
            // Arabic numbers arrive scaled already; Chinese numerals carry their
            // own 万 and 亿 and have no separate multiplier.
            let value = number;
            let multiplier_applied = multiplier_exp > 0;
            match unit_text {
                Some(u) => {
                    let (word, kind) = dutycheck_vocab::units::word(u)?;
                    if word == units::TENTHS {
                        // `九成以上`: tenths, as a percent. A word of 成
                        // (`成为`, `成效`) makes it no unit.
                        let unit_end = caps.groups[Group::Unit as usize].map_or(caps.end, |u| u.1);
                        let next = text.chars.get(text.char_offset(unit_end)).copied();
                        if next.is_some_and(|c| units::NOT_AFTER_TENTHS.contains(&c)) {
                            return None;
                        }
                        let mut percent = value * 10.0;
                        if !caps.has(Group::Post) {
                            match tenths_digit(text, end, value) {
                                // `八成五`, `五成半`, `九成五以上`.
                                Some((d, post)) => {
                                    percent += d;
                                    end += 1;
                                    if let Some(w) = post {
                                        tenths_post = Some(w);
                                        end += w.chars().count();
                                    }
                                }
                                None if next
                                    .is_some_and(|c| INSIDE.iter().any(|w| w.starts_with(c))) =>
                                {
                                    tenths_more = true;
                                    end += 1;
                                }
                                None => {}
                            }
                        }
                        (percent, kind, unit_of(kind))
                    } else {
                        // 百分点 and 个百分点 are one unit.
                        let unit = match kind {
                            QuantityKind::PercentagePoints => unit_of(kind),
                            _ => word,
                        };
                        (value, kind, unit)
                    }
                }
                // 3.3万 with no measure word is still a number of things.
                None if multiplier_applied && !chinese => (value, QuantityKind::Count, ""),
                None => return None,
            }
        };
    // A Chinese numeral with 位 followed by 一体 is a set phrase (五位一体).
    if unit == "位" && text.slice(end, end + 2) == "一体" {
        return None;
    }
    // `2023学年` (of `2023-2024学年`) is a calendar year too, not three
    // thousand school years.
    if kind == QuantityKind::Duration
        && (unit == "年" || unit == "学年")
        && caps.multiplier().is_none()
        && is_calendar_year(value)
    {
        kind = QuantityKind::Year;
    }
    if kind == QuantityKind::Year && caps.has(Group::Approx) {
        kind = QuantityKind::Duration; // 10多年 is a span of time
    }
    // A required bound before the figure (`不低于650元`) makes it a bound
    // unless the figure carries its own qualifier (`不低于90%以上`).
    let qualifier = match qualifier(caps, dropped) {
        Qualifier::Exact if let Some(sign) = sign => {
            dutycheck_vocab::qualifiers::meaning(sign.encode_utf8(&mut [0; 4]))
        }
        Qualifier::Exact if tenths_more => Qualifier::MoreThan,
        Qualifier::Exact if tenths_post.is_some() => {
            tenths_post.map_or(Qualifier::Exact, dutycheck_vocab::qualifiers::meaning)
        }
        Qualifier::Exact => {
            // The few characters before the figure, compared by byte: no
            // word's characters are counted for each figure.
            let before = text.slice(start.saturating_sub(plans::BOUND_CHARS), start);
            plans::BOUNDS
                .iter()
                .find(|w| before.ends_with(**w))
                .map_or(Qualifier::Exact, |w| {
                    dutycheck_vocab::qualifiers::meaning(w)
                })
        }
        own => own,
    };
    // `增幅为-2.1%`, `增长-1.3%`: a minus sign right before the number makes
    // it negative, unless a number stands before the sign (`200-300人` is a
    // range, `2020-2022年` a span of years).
    // `增幅为负1.2%`: 负 says it in words.
    let minus = (matches!(before, Some('-' | '−'))
        && !caps.has(Group::Pre)
        && !before2.is_some_and(numerals::is_digit_or_numeral))
        || (before == Some('负') && !caps.has(Group::Pre) && caps.has(Group::Arabic));
    let (value, start) = if minus {
        (-value, start - 1)
    } else {
        (value, start)
    };
    let (line, column) = case.position(start);
    Some(Quantity {
        text: text.original_text(start, end),
        value,
        unit: Text::from_static(unit),
        kind,
        qualifier,
        line,
        column,
        start,
        end,
    })
}

/// The digit after `成` at character `at` that gives a figure in tenths its
/// hundredths (`八成五` is 85%, `五成半` 55%), with a qualifier after it
/// (`九成五以上`): only after a whole number of tenths, and only when no
/// word goes on after the digit (`七成一般…` is no 71%).
fn tenths_digit(
    text: &CaseText<'_>,
    at: usize,
    tenths: f64,
) -> Option<(f64, Option<&'static str>)> {
    if tenths.fract() != 0.0 {
        return None;
    }
    let c = *text.chars.get(at)?;
    let d = match c {
        '半' => 5,
        c => numerals::digit(c).filter(|d| *d > 0)?,
    };
    let post = AFTER
        .iter()
        .copied()
        .find(|w| text.slice(at + 1, at + 1 + w.chars().count()) == *w);
    let after = text
        .chars
        .get(at + 1 + post.map_or(0, |w| w.chars().count()));
    let ends = after.is_none_or(|&c| {
        !('\u{4e00}'..='\u{9fff}').contains(&c)
            || matches!(c, '的' | '和' | '及' | '与' | '或' | '至' | '到')
    });
    ends.then_some((f64::from(d), post))
}

fn is_calendar_year(value: f64) -> bool {
    value.fract() == 0.0 && (1900.0..2100.0).contains(&value)
}

/// The qualifier of a figure: the first word that makes it inexact (not
/// a word before the number left out of it, `dropped`: `不超过5%`, `->5%`).
fn qualifier(caps: &Spans<'_>, dropped: bool) -> Qualifier {
    let words = [
        caps.get(Group::Pre).filter(|_| !dropped),
        caps.get(Group::Approx),
        caps.get(Group::Post),
    ];
    words
        .into_iter()
        .flatten()
        .map(dutycheck_vocab::qualifiers::meaning)
        .next()
        .unwrap_or(Qualifier::Exact)
}

/// Parses an Arabic number (with optional thousands spaces or commas) scaled by
/// `10^exp`, in decimal: `68.1` × 10⁸ is computed as 681 × 10⁷, so it is
/// exactly 6810000000 and not 6809999999.999999.
fn decimal(written: &str, exp: i32) -> Option<f64> {
    // Digits (thousands spaces and commas dropped) as one integer mantissa, and the
    // number of them after the point.
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut frac_len = 0i32;
    let mut after_point = false;
    for b in written.bytes() {
        match b {
            b'0'..=b'9' => {
                // Wraps only past 19 digits, where the value is not used.
                mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
                digits += 1;
                frac_len += i32::from(after_point);
            }
            b'.' if !after_point => after_point = true,
            b' ' | b',' if !after_point => {}
            _ => return None,
        }
    }
    // Up to 15 digits the integer is exactly an f64, as parsing the digit
    // string would give; longer ones go through the string.
    let mantissa = if digits <= 15 {
        mantissa as f64
    } else {
        let all: String = written.chars().filter(|c| c.is_ascii_digit()).collect();
        all.parse().ok()?
    };
    let scale = exp - frac_len;
    Some(if scale >= 0 {
        mantissa * 10f64.powi(scale)
    } else {
        mantissa / 10f64.powi(-scale)
    })
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    /// The figures the specification regex finds, as [`Spans`].
    fn by_regex(haystack: &str) -> Vec<Spans<'_>> {
        let re = figure_regex();
        re.regex
            .captures_iter(haystack)
            .filter_map(|caps| {
                let whole = caps.get(0)?;
                Some(Spans {
                    haystack,
                    start: whole.start(),
                    end: whole.end(),
                    groups: re.groups.map(|g| caps.get(g).map(|m| (m.start(), m.end()))),
                })
            })
            .collect()
    }

    /// Pieces of figures and their neighbours: runs of digits of every
    /// length that matters (thousands groups need exactly three), the
    /// separators, every qualifier, numeral and unit (and their prefixes),
    /// and a few characters that are none of these.
    const PIECES: &[&str] = &[
        "1",
        "12",
        "123",
        "1234",
        "0",
        " ",
        " ",
        ",",
        ".",
        ".",
        "约",
        "接近",
        "将近",
        "近",
        "超过",
        "突破",
        "逾",
        "不足",
        "不到",
        "不",
        "百分之",
        "百分",
        "百",
        "点",
        "零",
        "〇",
        "一",
        "两",
        "三",
        "九",
        "十",
        "千",
        "万",
        "亿",
        "余",
        "多",
        "个",
        "个百分点",
        "百分点",
        "个月",
        "%",
        "‰",
        "元",
        "年",
        "学年",
        "人次",
        "次",
        "平方公里",
        "平方",
        "公里",
        "连冠",
        "以上",
        "以下",
        "以内",
        "左右",
        "以",
        "至",
        "-",
        "的",
        "x",
        "。",
    ];

    #[test]
    fn the_scanner_reads_as_the_specification_regex() {
        // A fixed linear congruential sequence: reproducible, and many more
        // cases than a property test's default.
        let mut state: u64 = 0x2020_1231;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        let mut figures = 0;
        for _ in 0..200_000 {
            let len = 1 + next() % 10;
            let text: String = (0..len).map(|_| PIECES[next() % PIECES.len()]).collect();
            let expected = by_regex(&text);
            figures += expected.len();
            assert_eq!(scan(&text), expected, "{text:?}");
        }
        assert!(
            figures > 300_000,
            "only {figures} figures: the pieces are too thin"
        );
    }

    /// The integer path must give exactly what parsing the digit string
    /// gave, including numbers too long for it.
    #[test]
    fn decimals_parse_exactly() {
        let reference = |written: &str, exp: i32| -> Option<f64> {
            let digits: String = written
                .chars()
                .filter(|c| !matches!(c, ' ' | ','))
                .collect();
            let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
            let mantissa: f64 = format!("{int}{frac}").parse().ok()?;
            let scale = exp - i32::try_from(frac.len()).ok()?;
            Some(if scale >= 0 {
                mantissa * 10f64.powi(scale)
            } else {
                mantissa / 10f64.powi(-scale)
            })
        };
        for (written, exp) in [
            ("68.1", 8),
            ("2138084", 4),
            ("1 122", 0),
            ("12,360", 4),
            ("1,234,567.5", 0),
            ("93.37", 0),
            ("0.5", 0),
            ("007", 0),
            ("123456789012345", 0),
            ("1234567890123456789", 4),
            ("12345678901234567890123", 0),
            ("3.14159265358979323846", 0),
        ] {
            assert_eq!(decimal(written, exp), reference(written, exp), "{written}");
        }
        assert_eq!(decimal("68.1", 8), Some(6_810_000_000.0));
    }

    #[test]
    fn the_scanner_reads_the_documented_forms() {
        for text in [
            "投入2138084万元，增长14.80%",
            "招聘1 122个，近百分之九十点五以上",
            "2.5万余人、7500多名、70%以上、两所、十三点五个百分点",
            "约600元至1000元，3至5所，超过三成",
            "覆盖率达*%，****个，20__年",
        ] {
            assert_eq!(scan(text), by_regex(text), "{text}");
        }
    }
}
