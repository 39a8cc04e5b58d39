//! Finding figures: `2138084万元`, `2.5万余人`, `70%以上`, `两所`, `10个百分点`.
//!
//! One regular expression matches a figure with everything that changes its
//! meaning: a qualifier before it (约, 近, 超过, 不足), the number (Arabic with
//! an optional 万/亿/千 multiplier, or Chinese numerals), a qualifier between
//! number and unit (余, 多), the unit, and a qualifier after it (以上, 以下,
//! 左右). The unit decides the [`QuantityKind`]; a number without a unit is
//! not a figure (`1+X` is a name, not a result).
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

use std::sync::OnceLock;

use dutycheck_model::{Case, Qualifier, Quantity, QuantityKind};
use dutycheck_parse::numerals;
use regex::Regex;

use crate::CaseText;

/// Units, longest first where one is a prefix of another, with their kind.
const UNITS: &[(&str, QuantityKind)] = &[
    ("个百分点", QuantityKind::PercentagePoints),
    ("百分点", QuantityKind::PercentagePoints),
    ("%", QuantityKind::Percent),
    ("‰", QuantityKind::Permille),
    ("元", QuantityKind::Money),
    ("个月", QuantityKind::Duration),
    ("小时", QuantityKind::Duration),
    ("学年", QuantityKind::Duration),
    ("年", QuantityKind::Duration), // a year when the number is one
    ("天", QuantityKind::Duration),
    ("周", QuantityKind::Duration),
    ("人次", QuantityKind::Count),
    ("次", QuantityKind::Occurrence),
    ("场", QuantityKind::Occurrence),
    ("届", QuantityKind::Occurrence),
    ("轮", QuantityKind::Occurrence),
    ("平方公里", QuantityKind::Measure),
    ("平方米", QuantityKind::Measure),
    ("公顷", QuantityKind::Measure),
    ("公里", QuantityKind::Measure),
    ("千米", QuantityKind::Measure),
    ("亩", QuantityKind::Measure),
    ("吨", QuantityKind::Measure),
    ("连冠", QuantityKind::Count),
    ("个", QuantityKind::Count),
    ("所", QuantityKind::Count),
    ("人", QuantityKind::Count),
    ("名", QuantityKind::Count),
    ("位", QuantityKind::Count),
    ("辆", QuantityKind::Count),
    ("条", QuantityKind::Count),
    ("套", QuantityKind::Count),
    ("项", QuantityKind::Count),
    ("家", QuantityKind::Count),
    ("门", QuantityKind::Count),
    ("座", QuantityKind::Count),
    ("间", QuantityKind::Count),
    ("台", QuantityKind::Count),
    ("支", QuantityKind::Count),
    ("批", QuantityKind::Count),
    ("处", QuantityKind::Count),
    ("件", QuantityKind::Count),
    ("户", QuantityKind::Count),
    ("册", QuantityKind::Count),
    ("本", QuantityKind::Count),
    ("张", QuantityKind::Count),
    ("节", QuantityKind::Count),
    ("班", QuantityKind::Count),
    ("块", QuantityKind::Count),
    ("份", QuantityKind::Count),
    ("篇", QuantityKind::Count),
    ("种", QuantityKind::Count),
    ("组", QuantityKind::Count),
    ("队", QuantityKind::Count),
    ("倍", QuantityKind::Count),
];

/// Characters that mark a figure as a masked placeholder when they touch it.
const MASKS: &[char] = &['*', '_', 'X', 'x', '×', '○', '□', '#'];

/// The figure regex and the indices of its named groups.
struct FigureRegex {
    regex: Regex,
    /// Group index of `pre`, `arabic`, `mult`, `pct`, `chinese`, `approx`,
    /// `unit`, `post`, in that order.
    groups: [usize; 8],
}

const GROUP_NAMES: [&str; 8] = [
    "pre", "arabic", "mult", "pct", "chinese", "approx", "unit", "post",
];

fn figure_regex() -> &'static FigureRegex {
    static RE: OnceLock<FigureRegex> = OnceLock::new();
    RE.get_or_init(|| {
        let units: Vec<String> = UNITS.iter().map(|(u, _)| regex::escape(u)).collect();
        let pattern = format!(
            concat!(
                r"(?P<pre>约|接近|将近|近|超过|逾|不足|不到)?",
                r"(?:",
                r"(?P<arabic>\d{{1,3}}(?: \d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<mult>万|亿|千)?",
                r"|百分之(?P<pct>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)",
                r"|(?P<chinese>[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)",
                r")",
                r"(?P<approx>余|多)?",
                r"(?P<unit>{units})?",
                r"(?P<post>以上|以下|以内|左右)?"
            ),
            units = units.join("|")
        );
        let regex = Regex::new(&pattern).unwrap_or_else(|e| panic!("figure regex: {e}"));
        let groups = GROUP_NAMES.map(|name| {
            regex
                .capture_names()
                .position(|n| n == Some(name))
                .unwrap_or_else(|| panic!("figure regex has no group {name}"))
        });
        FigureRegex { regex, groups }
    })
}

/// One match of the figure regex: byte ranges into the normalised text.
/// Plain data (no allocation per match, unlike `regex::Captures`), read
/// with [`Spans::get`].
#[derive(Debug, Clone, Copy)]
struct Spans<'t> {
    haystack: &'t str,
    start: usize,
    end: usize,
    groups: [Option<(usize, usize)>; 8],
}

#[derive(Clone, Copy)]
enum Group {
    Pre = 0,
    Arabic,
    Mult,
    Pct,
    Chinese,
    Approx,
    Unit,
    Post,
}

impl<'t> Spans<'t> {
    fn get(&self, group: Group) -> Option<&'t str> {
        let (a, b) = self.groups[group as usize]?;
        self.haystack.get(a..b)
    }

    fn has(&self, group: Group) -> bool {
        self.groups[group as usize].is_some()
    }
}

/// Every match of the figure regex in `haystack`, in order.
///
/// Most matches in running text are not figures at all: a lone Chinese
/// numeral inside a word (统一, 进一步, 一体化, 十三五) matches the numeral
/// alternative. Those are recognised from the match alone (only numeral
/// characters, so no unit, qualifier or multiplier was captured) and skipped
/// before asking for the groups, which costs a second, slower search. One
/// may still open a range (`三至五所`), so it is kept when a range connector
/// follows it.
fn matches(haystack: &str) -> Vec<Spans<'_>> {
    let re = figure_regex();
    let mut locations = re.regex.capture_locations();
    let mut out = Vec::new();
    for m in re.regex.find_iter(haystack) {
        let bare_numeral = m.as_str().chars().all(is_chinese_numeral_char);
        let opens_range = haystack[m.end()..]
            .chars()
            .next()
            .is_some_and(|c| RANGE_CONNECTORS.contains(&c));
        if bare_numeral && !opens_range {
            continue;
        }
        if re
            .regex
            .captures_read_at(&mut locations, haystack, m.start())
            .is_none_or(|again| again.range() != m.range())
        {
            continue;
        }
        out.push(Spans {
            haystack,
            start: m.start(),
            end: m.end(),
            groups: re.groups.map(|g| locations.get(g)),
        });
    }
    out
}

/// The characters of the regex's `chinese` alternative.
fn is_chinese_numeral_char(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '点'
    )
}

/// Finds every figure in a case, in order. Ranges give both bounds (see the
/// module documentation).
pub fn find(text: &CaseText<'_>, case: &Case) -> Vec<Quantity> {
    let all = matches(&text.normal);
    let mut out = Vec::with_capacity(all.len());
    let mut lower_done = usize::MAX; // index of a match already used as a lower bound
    for (i, caps) in all.iter().enumerate() {
        if i == lower_done {
            continue;
        }
        let Some(mut q) = figure(text, case, caps) else {
            // A unit-less number may be the lower bound of a range.
            if let Some((lower, upper)) = all
                .get(i + 1)
                .and_then(|next| range(text, case, caps, next))
            {
                out.push(lower);
                out.push(upper);
                lower_done = i + 1;
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
    out
}

/// The connectors of a range, between its two bounds.
const RANGE_CONNECTORS: &[char] = &['至', '到', '-', '~', '～', '—'];

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
    let mut gap_chars = gap.chars();
    if !gap_chars
        .next()
        .is_some_and(|c| RANGE_CONNECTORS.contains(&c))
        || gap_chars.next().is_some()
    {
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
        None => {
            // A bare lower bound: only Arabic digits (or a Chinese numeral)
            // with no unit and no multiplier of its own.
            if lower.has(Group::Unit) || lower.has(Group::Mult) || lower.has(Group::Pct) {
                return None;
            }
            let exp = match upper.get(Group::Mult) {
                Some("万") => 4,
                Some("亿") => 8,
                Some("千") => 3,
                _ => 0,
            };
            let value = match (lower.get(Group::Arabic), lower.get(Group::Chinese)) {
                (Some(a), _) => decimal(a, exp)?,
                (None, Some(c)) if exp == 0 => numerals::parse_decimal(c)?,
                _ => return None,
            };
            let start = text.char_offset(lower.start);
            let end = text.char_offset(lower.end);
            let (line, column) = case.position(start);
            Quantity {
                text: text.original_slice(start, end).to_string(),
                value,
                unit: high.unit.clone(),
                kind: high.kind,
                qualifier: Qualifier::Exact,
                line,
                column,
                start,
                end,
            }
        }
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

fn figure(text: &CaseText<'_>, case: &Case, caps: &Spans<'_>) -> Option<Quantity> {
    let start = text.char_offset(caps.start);
    let end = text.char_offset(caps.end);
    let before = start
        .checked_sub(1)
        .and_then(|i| text.chars.get(i))
        .copied();
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
    if before == Some('.') && before2.is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let unit_text = caps.get(Group::Unit);
    let (value, mut kind, unit): (f64, QuantityKind, String) = if let Some(pct) =
        caps.get(Group::Pct)
    {
        (
            numerals::parse_decimal(pct)?,
            QuantityKind::Percent,
            "%".into(),
        )
    } else {
        let multiplier_exp = match caps.get(Group::Mult) {
            Some("万") => 4,
            Some("亿") => 8,
            Some("千") => 3,
            _ => 0,
        };
        let (number, chinese) = match (caps.get(Group::Arabic), caps.get(Group::Chinese)) {
            (Some(a), _) => (decimal(a, multiplier_exp)?, false),
            (None, Some(c)) => {
                let v = numerals::parse_decimal(c)?;
                // A lone 一 before a measure word is an article (一批, 一个).
                if v < 2.0 && c.chars().count() == 1 {
                    return None;
                }
                (v, true)
            }
            (None, None) => return None,
        };
        // Arabic numbers arrive scaled already; Chinese numerals carry their
        // own 万 and 亿 and have no separate multiplier.
        let value = number;
        let multiplier_applied = multiplier_exp > 0;
        match unit_text {
            Some(u) => {
                let kind = UNITS.iter().find(|(name, _)| *name == u).map(|(_, k)| *k)?;
                let unit = match kind {
                    QuantityKind::PercentagePoints => "个百分点".to_string(),
                    _ => u.to_string(),
                };
                (value, kind, unit)
            }
            // 3.3万 with no measure word is still a number of things.
            None if multiplier_applied && !chinese => (value, QuantityKind::Count, String::new()),
            None => return None,
        }
    };
    // A Chinese numeral with 位 followed by 一体 is a set phrase (五位一体).
    if unit == "位" && text.slice(end, end + 2) == "一体" {
        return None;
    }
    if kind == QuantityKind::Duration
        && unit == "年"
        && !caps.has(Group::Mult)
        && is_calendar_year(value)
    {
        kind = QuantityKind::Year;
    }
    if kind == QuantityKind::Year && caps.has(Group::Approx) {
        kind = QuantityKind::Duration; // 10多年 is a span of time
    }
    let qualifier = qualifier(caps);
    let (line, column) = case.position(start);
    Some(Quantity {
        text: text.original_slice(start, end).to_string(),
        value,
        unit,
        kind,
        qualifier,
        line,
        column,
        start,
        end,
    })
}

fn is_calendar_year(value: f64) -> bool {
    value.fract() == 0.0 && (1900.0..2100.0).contains(&value)
}

/// The qualifier of a figure: the first word that makes it inexact.
fn qualifier(caps: &Spans<'_>) -> Qualifier {
    let words = [
        caps.get(Group::Pre),
        caps.get(Group::Approx),
        caps.get(Group::Post),
    ];
    words
        .into_iter()
        .flatten()
        .map(|m| match m {
            "约" | "左右" => Qualifier::About,
            "近" | "接近" | "将近" => Qualifier::Nearly,
            "不足" | "不到" | "以下" | "以内" => Qualifier::AtMost,
            _ => Qualifier::MoreThan, // 余 多 超过 逾 以上
        })
        .next()
        .unwrap_or(Qualifier::Exact)
}

/// Parses an Arabic number (with optional thousands spaces) scaled by
/// `10^exp`, in decimal: `68.1` × 10⁸ is computed as 681 × 10⁷, so it is
/// exactly 6810000000 and not 6809999999.999999.
fn decimal(written: &str, exp: i32) -> Option<f64> {
    let digits: String = written.chars().filter(|c| *c != ' ').collect();
    let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let mantissa: f64 = format!("{int}{frac}").parse().ok()?;
    let scale = exp - i32::try_from(frac.len()).ok()?;
    Some(if scale >= 0 {
        mantissa * 10f64.powi(scale)
    } else {
        mantissa / 10f64.powi(-scale)
    })
}
