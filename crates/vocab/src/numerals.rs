//! Numerals: Chinese (`十六` is 16, `两` is 2, `一百零五` is 105, `三点五` is
//! 3.5, `二〇二〇` is 2020), Arabic multipliers (`2.5万`, `68.1亿`) and the
//! character sets each grammar accepts.
//!
//! [`parse_integer`] and [`parse_decimal`] are the one reader of Chinese
//! numerals: section markers (`十二、`), enumerations (`三是`) and figures
//! (`两所`, `百分之九十点五`) all go through them. The character sets differ
//! by grammar on purpose, and each is named for what it serves:
//!
//! | set | characters | used for |
//! |---|---|---|
//! | [`is_numeral_char`] | every digit and unit, financial forms (壹贰) too | anything [`parse_integer`] reads |
//! | [`is_figure_numeral`] | 零〇一二两三四五六七八九十百千万亿 | numbers in running text (`两所`, `三万人`) |
//! | [`is_percent_numeral`] | the above without 千万亿 | after 百分之 |
//! | [`is_fraction_digit`] | 零〇一…九 | after 点 (`三点五`) |
//! | [`is_heading_numeral`] | 一…十 百 千 万 零 〇 | `一、` and `（一）` markers |
//! | [`is_enumeration_numeral`] | 一…十 | `一是`, `十二是` |

/// The ten digits, 零 to 九, indexed by value: for writing a number in
/// Chinese (`chineseCounting` list numbers) and for generating test text.
pub const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The value of one Chinese digit character (`两` and the financial forms
/// included).
pub fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a Chinese numeral unit: 十 (拾) 10, 百 (佰) 100, 千 (仟)
/// 1,000, 万 10⁴, 亿 10⁸.
fn unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral that [`parse_integer`]
/// reads.
pub fn is_numeral_char(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some()
}

/// Whether `c` is an ASCII digit or can be part of a Chinese numeral
/// ([`is_numeral_char`]): where a count may be written either way (`3个`,
/// `三个`).
pub fn is_digit_or_numeral(c: char) -> bool {
    c.is_ascii_digit() || is_numeral_char(c)
}

/// The numerals of figures in running text: `两所`, `三万人`, `十三点五`.
/// No financial forms (壹贰), which reports never use for figures.
pub fn is_figure_numeral(c: char) -> bool {
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
    )
}

/// The integer characters after 百分之: the figure numerals without 千, 万,
/// 亿 (a percentage is below a thousand).
pub fn is_percent_numeral(c: char) -> bool {
    is_figure_numeral(c) && !matches!(c, '千' | '万' | '亿')
}

/// The digits after 点 in `三点五` (no 两, no units).
pub fn is_fraction_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// The numerals of `一、` and `（一）` headings, up to 万: a report of
/// more than 999 regions or cases goes on with `一千、`, `一千零一、` …
/// (issue 13, item 11).
pub fn is_heading_numeral(c: char) -> bool {
    // The figure numerals without 两 (a heading says 二) and 亿.
    is_figure_numeral(c) && !matches!(c, '两' | '亿')
}

/// The numerals that may number an enumeration (`一是` … `十二是`).
pub fn is_enumeration_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Multipliers written after Arabic digits (`2.5万`, `68.1亿`, `3千`), with
/// their power of ten.
pub const MULTIPLIERS: [(&str, i32); 3] = [("万", 4), ("亿", 8), ("千", 3)];

/// The power of ten of a multiplier of [`MULTIPLIERS`], 0 for anything else.
pub fn multiplier_exponent(word: &str) -> i32 {
    MULTIPLIERS
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(0, |(_, e)| *e)
}

/// Parses a whole-number Chinese numeral. Returns `None` for anything that
/// is not entirely a numeral, so callers can try it on candidate spans.
///
/// Handles the positional form (`十六`, `二十`, `一百零五`, `三万五千`) and the
/// digit-by-digit form (`二〇二〇`).
pub fn parse_integer(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    if chars.len() > 1 && chars.iter().all(|c| digit(*c).is_some()) {
        // Digit-by-digit, as in years: 二〇二〇.
        return chars.iter().try_fold(0u64, |acc, c| {
            acc.checked_mul(10)?.checked_add(u64::from(digit(*c)?))
        });
    }
    let mut total: u64 = 0; // completed 万/亿 groups
    let mut section: u64 = 0; // below 万
    let mut pending: Option<u64> = None; // a digit waiting for its unit
    // The 万 or 亿 last applied: a smaller one after it counts within the
    // group (`六亿八千万`: 8,000万 added to 6亿), a larger one multiplies all
    // (`一万亿`).
    let mut group_unit: u64 = 0;
    for c in chars {
        if let Some(d) = digit(c) {
            if d == 0 {
                continue; // 零 only holds a place: 一百零五
            }
            if pending.is_some() {
                return None; // two digits in a row in positional form
            }
            pending = Some(u64::from(d));
        } else if let Some(u) = unit(c) {
            if u >= 10_000 {
                section += pending.take().unwrap_or(0);
                if section == 0 && total == 0 {
                    return None;
                }
                total = if u < group_unit {
                    total.checked_add(section.checked_mul(u)?)?
                } else {
                    (total + section).checked_mul(u)?
                };
                group_unit = u;
                section = 0;
            } else {
                // 十 alone means 10 (十六 = 16).
                section += pending.take().unwrap_or(1) * u;
            }
        } else {
            return None;
        }
    }
    Some(total + section + pending.unwrap_or(0))
}

/// Parses a Chinese numeral that may have a decimal part written with 点
/// (`三点五` = 3.5).
pub fn parse_decimal(s: &str) -> Option<f64> {
    match s.split_once('点') {
        None => parse_integer(s).map(|v| v as f64),
        Some((int, frac)) => {
            let whole = parse_integer(int)? as f64;
            let mut scale = 0.1;
            let mut value = whole;
            for c in frac.chars() {
                value += f64::from(digit(c)?) * scale;
                scale /= 10.0;
            }
            (!frac.is_empty()).then_some(value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positional_numerals() {
        for (s, v) in [
            ("一", 1),
            ("十", 10),
            ("十六", 16),
            ("二十", 20),
            ("两", 2),
            ("十三", 13),
            ("一百零五", 105),
            ("三万五千", 35_000),
            ("二〇二〇", 2020),
            ("一千二百", 1200),
            ("壹佰", 100),
            ("六亿八千万", 680_000_000),
            ("一亿二千万", 120_000_000),
            ("二十亿零五百万", 2_005_000_000),
            ("三亿零五十万零八百", 300_500_800),
            ("一万亿", 1_000_000_000_000),
            ("十万", 100_000),
        ] {
            assert_eq!(parse_integer(s), Some(v), "{s}");
        }
    }

    #[test]
    fn not_numerals() {
        for s in ["", "大", "一大", "三三三点"] {
            assert_eq!(parse_integer(s), None, "{s}");
        }
    }

    #[test]
    fn decimals() {
        assert_eq!(parse_decimal("三点五"), Some(3.5));
        assert_eq!(parse_decimal("九十"), Some(90.0));
        assert_eq!(parse_decimal("三点"), None);
    }

    /// Every narrower set is inside what the parser reads, and the digits
    /// table agrees with [`digit`].
    #[test]
    fn the_sets_nest() {
        for c in "零〇一二两三四五六七八九十百千万亿壹贰拾佰仟大点".chars()
        {
            for (set, name) in [
                (is_figure_numeral as fn(char) -> bool, "figure"),
                (is_percent_numeral, "percent"),
                (is_fraction_digit, "fraction"),
                (is_heading_numeral, "heading"),
                (is_enumeration_numeral, "enumeration"),
            ] {
                assert!(!set(c) || is_numeral_char(c), "{name} {c}");
            }
        }
        for (value, c) in DIGITS.iter().enumerate() {
            assert_eq!(digit(*c), Some(value as u32));
        }
        assert_eq!(multiplier_exponent("亿"), 8);
        assert_eq!(multiplier_exponent("元"), 0);
    }
}
