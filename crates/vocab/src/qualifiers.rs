//! Words that make a figure inexact: `约90%`, `近百所`, `超过3万人`,
//! `2.5万余人`, `70%以上`, `300元左右`.
//!
//! A qualifier stands in one of three places: before the number
//! ([`BEFORE`]), between the number and its unit ([`INSIDE`]) or after the
//! unit ([`AFTER`]). The first one found, in that order, decides the
//! figure's [`Qualifier`]. Rules read a qualified figure as a bound: `70%以上`
//! meets a minimum of 70, `近90%` does not.

use dutycheck_model::Qualifier;

use crate::changes;

/// Qualifiers before the number, in the order the scanner tries them. The
/// signs `≥` and `≤` ([`SIGNS`]) stand for 以上 and 以下 in tables and forms
/// (`国家标准≥85%`). `＞` and `＜` (folded to `>`, `<`) do too, but are read
/// beside the grammar, not in it ([`ASCII_SIGNS`]).
/// (`跌破50%`: fallen below it, the way down of `突破`.)
pub const BEFORE: [&str; 12] = [
    "约", "接近", "将近", "近", "超过", "突破", "跌破", "逾", "不足", "不到", SIGNS[0], SIGNS[1],
];

/// The signs of [`SIGNS`] that the figure grammar leaves out: `>` and `<`
/// (folded from `＞`, `＜`) also stand in markup and arrows (`->`), and two
/// more alternatives before every number cost 2.5 instructions per byte of
/// every report. The figure reader takes one right before a number as its
/// qualifier (`dutycheck_extract::figures`).
pub const ASCII_SIGNS: [char; 2] = ['>', '<'];

/// The comparison signs a table or a form writes a bound with: `≥80%`,
/// `≤5%`, and `＞`, `＜` (folded to `>`, `<`). A figure written with one
/// states a requirement, never a level (`普惠性幼儿园覆盖率≥80%：78.4%`: the
/// standard, then the value; see [`signed`]).
pub const SIGNS: [&str; 4] = ["≥", "≤", ">", "<"];

/// Whether the figure `text` (as written, full-width or not: `＜5%`) opens
/// with a comparison sign of [`SIGNS`].
pub fn signed(text: &str) -> bool {
    let mut folded = [0; 4];
    text.chars().next().is_some_and(|c| {
        let c = crate::punctuation::fold_width(c).encode_utf8(&mut folded);
        SIGNS.contains(&&*c)
    })
}

/// Qualifiers between the number and its unit: `余`, `多`.
pub const INSIDE: [&str; 2] = ["余", "多"];

/// Qualifiers after the unit.
pub const AFTER: [&str; 4] = ["以上", "以下", "以内", "左右"];

/// Verbs that say a level fell short of the figure after them: `覆盖率未达到
/// 85%` is below 85 ([`Qualifier::AtMost`]), never the level 85. (`未达到
/// 80%的国家标准` names a standard instead, which the extractor reads as one.)
pub const SHORT_OF: [&str; 6] = ["未达到", "未能达到", "没有达到", "没达到", "未达", "达不到"];

/// Whether `words` (between a name and its figure) end with a verb of
/// [`SHORT_OF`].
pub fn falls_short(words: &str) -> bool {
    let words = words.trim_end();
    SHORT_OF.iter().any(|w| words.ends_with(w))
}

/// How many characters at the end of the words before a figure may hold
/// the negation of a shortfall (`没有降低到`, `未能达到`).
const SHORTFALL_TAIL: usize = 6;

/// What the words between a name and its figure say of a level that fell
/// short of the figure: below it (`未达到85%`, `尚未提高到50%`:
/// [`Qualifier::AtMost`]) or still above it (`尚未降至5%以内`:
/// [`Qualifier::MoreThan`]). `None` when they say no shortfall. (The
/// figure's own `以内` is the bound it missed, not the level.)
pub fn short_of(words: &str) -> Option<Qualifier> {
    // (Asked of every level: each shortfall holds `未`, `没` or `不` among
    // its last characters, before whose figure it is.)
    // (`尚未达到国家规定的50%`, `尚未控制在省定的5%以内`: the move missed, then
    // whose figure it is. Most words end with no owner: one look each.)
    let words = words.trim_end();
    let words = if words.ends_with(OWNER_ENDS) {
        without_owners(words, &[])
    } else {
        words
    };
    if !words
        .chars()
        .rev()
        .take(SHORTFALL_TAIL)
        .any(|c| matches!(c, '未' | '没' | '不'))
    {
        return None;
    }
    if falls_short(words) {
        return Some(Qualifier::AtMost);
    }
    // A move to the figure that was not made (`尚未提高到`, `没有降到`,
    // `仍未控制在`): the level stays on the side it started from.
    let (way, before) = changes::moved_to(words).or_else(|| {
        let before = words.strip_suffix(changes::HELD_WITHIN)?;
        Some((-1.0, before))
    })?;
    if !negated(before) {
        None
    } else if way > 0.0 {
        Some(Qualifier::AtMost)
    } else {
        Some(Qualifier::MoreThan)
    }
}

/// The qualifier a standard's or a target's figure keeps: its own bound
/// (`95%以上的目标`, `≥85%`), never a comparison written before the number
/// (`超过5%的控制要求`, `不足85%的省定目标`), which says on which side of the
/// standard the level stands, not what the standard is. `text` is the
/// figure as written.
pub fn of_standard(text: &str, qualifier: Qualifier) -> Qualifier {
    let compared = BEFORE
        .iter()
        .filter(|w| !SIGNS.contains(w))
        .any(|w| text.starts_with(w));
    if compared {
        Qualifier::Exact
    } else {
        qualifier
    }
}

/// Whether `words` (between a name and its figure) say the level missed
/// the figure: a shortfall ([`short_of`]) or a distance to it
/// ([`distance_to`]).
pub fn misses(words: &str) -> bool {
    short_of(words).is_some() || distance_to(words)
}

/// Whether `words` (between a name and its figure) end with a negation
/// (`仍未`, `没有`, `未能`), which turns a figure of more than (`突破80%`,
/// `超过80%`) into one of less than it.
pub fn negated(words: &str) -> bool {
    let words = words.trim_end();
    ["未", "没有", "未能", "没能", "没"]
        .iter()
        .any(|w| words.ends_with(w))
}

/// Whether `words` (between a name and its figure) end with a word of the
/// distance to it (`离80%还差…`, `距80%仍有…`, `距离`): the level is below the
/// figure (not after `差距`).
pub fn distance_to(words: &str) -> bool {
    // (Asked of every level's words: most hold neither word of distance.)
    if !words.contains(['离', '距']) {
        return false;
    }
    // (`距省定98%的目标`, `离国家85%的标准`: whose figure it is; `距离国家要求的
    // 50%`, `距离达到80%`: what it is, or the verb of reaching it.)
    let words = without_owners(words.trim_end(), &TO_REACH);
    (words.ends_with('离') || words.ends_with('距')) && !words.ends_with("差距")
}

/// The last characters of the words of whose a figure is
/// ([`crate::plans::STANDARD_OWNERS`]; a test holds the two together): one
/// look at a level's words says whether any may end them.
const OWNER_ENDS: [char; 12] = [
    '的', '家', '国', '级', '定', '省', '市', '本', '制', '估', '价', '导',
];

/// `words` without the words at their end that say whose the figure after
/// them is ([`crate::plans::STANDARD_OWNERS`]: `国家规定的`, `省定`) or, given
/// as `also`, what it is, at most [`DISTANCE_WORDS`] of them.
fn without_owners<'w>(mut words: &'w str, also: &[&str]) -> &'w str {
    for _ in 0..DISTANCE_WORDS {
        match crate::plans::STANDARD_OWNERS
            .iter()
            .chain(also)
            .find_map(|w| words.strip_suffix(w))
        {
            Some(rest) => words = rest,
            None => break,
        }
    }
    words
}

/// Words between a word of distance and its figure that say what the figure
/// is (`距离国家要求的50%`) or that it is to be reached (`距离达到80%`, `距
/// 实现100%`), stripped with whose it is ([`crate::plans::STANDARD_OWNERS`]).
const TO_REACH: [&str; 3] = ["要求", "达到", "实现"];

/// How many words of whose a figure is or what it is may stand between a
/// word of distance and the figure (`距离国家要求的`: 3).
const DISTANCE_WORDS: usize = 4;

/// The qualifier a word before the linking verb gives the figure after it,
/// for `words` between a name and its figure: `约为92%`, `约占`, `大约为`,
/// `近为`, `接近于` ([`BEFORE`] words the scanner reads only right before
/// a number). [`Qualifier::Exact`] when none stands there.
pub fn before_verb(words: &str) -> Qualifier {
    let words = words.trim_end();
    let Some(rest) = ["为", "占", "达", "于"]
        .iter()
        .find_map(|v| words.strip_suffix(v))
    else {
        return Qualifier::Exact;
    };
    BEFORE
        .iter()
        .find(|w| rest.ends_with(*w))
        .map_or(Qualifier::Exact, |w| meaning(w))
}

/// What a qualifier word means; [`Qualifier::Exact`] for any other word.
pub fn meaning(word: &str) -> Qualifier {
    match word {
        "约" | "左右" => Qualifier::About,
        "近" | "接近" | "将近" => Qualifier::Nearly,
        "不足" | "不到" | "跌破" | "以下" | "以内" | "≤" | "<" => Qualifier::AtMost,
        "余" | "多" | "超过" | "突破" | "逾" | "以上" | "≥" | ">" => Qualifier::MoreThan,
        // Required bounds before a figure (`crate::plans::BOUNDS`): a
        // minimum reads as "that much or more", as 以上 does.
        "不低于" | "不少于" | "不小于" => Qualifier::MoreThan,
        "不高于" | "不超过" | "不多于" | "不大于" => Qualifier::AtMost,
        _ => Qualifier::Exact,
    }
}

/// The words a figure with qualifier `q` is shown with when only its
/// meaning is kept (a chart's value label: `近90%`, `95%以上`): a word
/// before the number and a word after the unit. By meaning, not as
/// written: `超过95%`, `95%以上` and `不低于95%` are all "at least 95%"
/// ([`Qualifier::MoreThan`]) and show as `95%以上`.
pub fn shown_with(q: Qualifier) -> (&'static str, &'static str) {
    match q {
        Qualifier::Exact => ("", ""),
        Qualifier::About => ("约", ""),
        Qualifier::Nearly => ("近", ""),
        Qualifier::MoreThan => ("", "以上"),
        Qualifier::AtMost => ("", "以下"),
    }
}

/// Whether a figure can start with `c` because a qualifier of [`BEFORE`]
/// does (a test checks the two agree).
pub fn may_start_before(c: char) -> bool {
    matches!(
        c,
        '约' | '接' | '将' | '近' | '超' | '突' | '跌' | '逾' | '不' | '≥' | '≤'
    )
}

/// The qualifier of a figure as written (`约2.5万余人` → about): the first
/// qualifier word before the number, inside it or after the unit. Reads the
/// written text alone, for figures built by hand (plugin tests); the
/// extractor knows the parts and calls [`meaning`] on them.
pub fn of_written(figure: &str) -> Qualifier {
    let figure = figure.trim();
    let before = BEFORE
        .iter()
        .chain(&SIGNS)
        .find(|w| figure.starts_with(**w));
    let inside = INSIDE.iter().find(|w| figure.contains(**w));
    let after = AFTER.iter().find(|w| figure.ends_with(**w));
    before
        .or(inside)
        .or(after)
        .map_or(Qualifier::Exact, |w| meaning(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shortfall_says_on_which_side_the_level_stands() {
        for (words, want) in [
            ("尚未达到", Some(Qualifier::AtMost)),
            ("尚未提高到", Some(Qualifier::AtMost)),
            ("没有降到", Some(Qualifier::MoreThan)),
            ("仍未控制在", Some(Qualifier::MoreThan)),
            ("未增加到", Some(Qualifier::AtMost)),
            ("尚未减少到", Some(Qualifier::MoreThan)),
            ("没有压减至", Some(Qualifier::MoreThan)),
            // Whose the figure is, after the move missed (each was the
            // level itself, and passed).
            ("尚未达到国家规定的", Some(Qualifier::AtMost)),
            ("未达到省定", Some(Qualifier::AtMost)),
            ("尚未控制在国家规定的", Some(Qualifier::MoreThan)),
            ("降至", None),
            ("已提高到", None),
            ("达到国家规定的", None),
            ("不低于国家规定的", None),
        ] {
            assert_eq!(short_of(words), want, "{words}");
        }
    }

    #[test]
    fn every_owner_ends_with_a_listed_character() {
        for w in crate::plans::STANDARD_OWNERS {
            assert!(w.ends_with(OWNER_ENDS), "{w}");
        }
    }

    #[test]
    fn a_distance_names_whose_figure_it_is() {
        for words in ["距", "离", "距离", "距省定", "离国家", "距市定 "] {
            assert!(distance_to(words), "{words}");
        }
        for words in ["差距", "为", "距全省平均", "省定"] {
            assert!(!distance_to(words), "{words}");
        }
    }

    #[test]
    fn a_standard_keeps_its_own_bound_not_the_comparison_with_it() {
        assert_eq!(of_standard("超过5%", Qualifier::MoreThan), Qualifier::Exact);
        assert_eq!(of_standard("不足85%", Qualifier::AtMost), Qualifier::Exact);
        assert_eq!(
            of_standard("95%以上", Qualifier::MoreThan),
            Qualifier::MoreThan
        );
        assert_eq!(
            of_standard("≥85%", Qualifier::MoreThan),
            Qualifier::MoreThan
        );
        assert_eq!(of_standard("<5%", Qualifier::AtMost), Qualifier::AtMost);
    }

    /// `＞80%`, `＜5%` (folded to `>`, `<`) are bounds as `≥`, `≤` are, and
    /// every sign is one of the words before a number.
    #[test]
    fn signs_are_bounds_written_before_the_number() {
        for s in SIGNS {
            let ascii = s.chars().next().is_some_and(|c| ASCII_SIGNS.contains(&c));
            assert!(BEFORE.contains(&s) != ascii, "{s}");
            assert!(signed(&format!("{s}80%")), "{s}");
        }
        assert!(signed("＜5%") && signed("＞80%"));
        assert!(!signed("80%") && !signed("约80%"));
        assert_eq!(of_written(">80%"), Qualifier::MoreThan);
        assert_eq!(of_written("<5%"), Qualifier::AtMost);
    }

    #[test]
    fn a_qualifier_before_the_verb() {
        assert_eq!(before_verb("约为"), Qualifier::About);
        assert_eq!(before_verb("大约占"), Qualifier::About);
        assert_eq!(before_verb("接近于"), Qualifier::Nearly);
        assert_eq!(before_verb("为"), Qualifier::Exact);
        assert_eq!(before_verb("达到"), Qualifier::Exact);
    }

    #[test]
    fn every_word_has_a_meaning_and_a_start() {
        for w in BEFORE.iter().chain(&INSIDE).chain(&AFTER) {
            assert_ne!(meaning(w), Qualifier::Exact, "{w}");
        }
        for w in BEFORE {
            assert!(w.chars().next().is_some_and(may_start_before), "{w}");
        }
    }

    #[test]
    fn bounds_are_qualifiers_but_for_the_verb() {
        for w in crate::plans::BOUNDS {
            assert_eq!(meaning(w) == Qualifier::Exact, w == "控制在", "{w}");
        }
    }

    #[test]
    fn a_shown_figure_reads_back_with_its_meaning() {
        for q in [
            Qualifier::Exact,
            Qualifier::About,
            Qualifier::Nearly,
            Qualifier::MoreThan,
            Qualifier::AtMost,
        ] {
            let (before, after) = shown_with(q);
            assert_eq!(of_written(&format!("{before}90%{after}")), q, "{q:?}");
        }
    }

    #[test]
    fn written_figures() {
        assert_eq!(of_written("2.5万余人"), Qualifier::MoreThan);
        assert_eq!(of_written("约2.5万余人"), Qualifier::About);
        assert_eq!(of_written("70%以上"), Qualifier::MoreThan);
        assert_eq!(of_written("近90%"), Qualifier::Nearly);
        assert_eq!(of_written("不足5%"), Qualifier::AtMost);
        assert_eq!(of_written("300元左右"), Qualifier::About);
        assert_eq!(of_written("93.37%"), Qualifier::Exact);
        assert_eq!(of_written("≥85%"), Qualifier::MoreThan);
        assert_eq!(of_written("≤5%"), Qualifier::AtMost);
    }
}
