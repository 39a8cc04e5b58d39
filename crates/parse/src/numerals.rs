//! Chinese numerals: `十六` is 16, `两` is 2, `一百零五` is 105, `三点五` is 3.5.

/// The value of one Chinese digit character.
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

/// Whether `c` can be part of a Chinese numeral.
pub fn is_numeral_char(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some()
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
                total = (total + section).checked_mul(u)?;
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
}
