//! Writing a number for people.
//!
//! Every message, table and chart that shows a figure goes through
//! [`format_number`], so that the same value reads the same everywhere:
//! `93.37` in the text table, in a finding's message and in the HTML chart.
//! Binary floating point cannot hold most decimals exactly (`0.1 + 0.2` is
//! `0.30000000000000004`, and `93.37` computed as `9337 / 100` may print as
//! `93.36999999999999`); rounding to a fixed number of decimals before
//! trimming hides that noise, while the value used for judging stays exact.

/// Formats a number for people: no trailing zeros (`93.37`, `126`), whole
/// integers for large amounts (`21380840000`, never `2.138084e10`), and at
/// most six decimals, so that float noise (`0.30000000000000004`,
/// `93.36999999999999`) never shows.
pub fn format_number(value: f64) -> String {
    format_decimals(value, 6)
}

/// [`format_number`] with at most `decimals` decimals: rounded to that many,
/// then trailing zeros (and a bare point) dropped. `-0` is written `0`.
/// For values computed by a check and shown as an estimate (`2` decimals).
pub fn format_decimals(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    // Whole numbers (most targets: 90, 85, 2020) print as integers, without
    // the costlier fixed-point formatting below. -0 falls through.
    if value.fract() == 0.0 && value.abs() < 1e15 && value != 0.0 {
        return (value as i64).to_string();
    }
    if let Some(s) = few_decimals(value, decimals) {
        return s;
    }
    fixed_point(value, decimals)
}

/// The figures of a report have a few decimals (`93.1`, `12.65`): when
/// `value` is the double nearest to `m / 10^k` for some `k ≤ decimals`,
/// `m` written with a point `k` digits from its end is what
/// [`fixed_point`] writes, without its float formatting (a tenth of the
/// cost of a finding with many rules). Below 1e9 a double is within 6e-8 of
/// that decimal, far inside the 5e-7 the rounding to six places allows, so
/// the two agree; a test compares them on 800,000 values.
fn few_decimals(value: f64, decimals: usize) -> Option<String> {
    if value.abs() >= 1e9 {
        return None;
    }
    let mut scale = 1.0;
    for k in 1..=decimals.min(6) {
        scale *= 10.0;
        let m = (value * scale).round();
        if m / scale == value {
            // `m` fits: |m| < 1e9 × 1e6. Built by hand: `format!` costs
            // as much as the float formatting it replaces.
            let mut digits = (m.abs() as u64).to_string();
            while digits.len() <= k {
                digits.insert(0, '0');
            }
            let (whole, fraction) = digits.split_at(digits.len() - k);
            let fraction = fraction.trim_end_matches('0');
            let mut out = String::with_capacity(digits.len() + 2);
            if m < 0.0 && (whole != "0" || !fraction.is_empty()) {
                out.push('-');
            }
            out.push_str(whole);
            if !fraction.is_empty() {
                out.push('.');
                out.push_str(fraction);
            }
            return Some(out);
        }
    }
    None
}

/// [`format_decimals`] by the standard fixed-point formatting.
fn fixed_point(value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s.as_str()
    };
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// `value`, in base unit `unit` (`元`), written in the unit figure `like`
/// is written in: with `like`'s multiplier of [`MULTIPLIERS`] before `unit`
/// (`12.1亿元`: 亿), `80000000` is `0.8亿元`; without one (`12 260元`,
/// `86.1%`), [`format_number`] and `unit`. A figure a check computes
/// (a difference of two levels) then reads in the report's own unit, never
/// as raw 元 (`80000000元`).
///
/// [`MULTIPLIERS`]: crate::numerals::MULTIPLIERS
pub fn format_like(value: f64, unit: &str, like: &str) -> String {
    let (scaled, unit) = scaled_like(value, unit, like);
    format!("{}{unit}", format_number(scaled))
}

/// `value` in base unit `unit` scaled to the unit `like` is written in, and
/// that unit with its multiplier (`(0.8, "亿元")`): for [`format_like`], and
/// for [`format_change`] of an amount in the report's unit.
pub fn scaled_like(value: f64, unit: &str, like: &str) -> (f64, String) {
    let multiplier = (!unit.is_empty())
        .then(|| like.find(unit))
        .flatten()
        .and_then(|at| {
            crate::numerals::MULTIPLIERS
                .iter()
                .find(|(m, _)| like[..at].ends_with(m))
        });
    match multiplier {
        Some((m, exp)) => (value / 10f64.powi(*exp), format!("{m}{unit}")),
        None => (value, unit.to_string()),
    }
}

/// Writes a change for people, with its direction in words rather than a
/// sign: `增长2.6%`, `下降2.6%`, `减少0.8亿元`, `持平`. A report never writes
/// `增长-2.6%`, and a message that does reads as a contradiction.
/// `percent` chooses the verbs: a rate grows or falls (增长 / 下降), an
/// amount is added or cut (增加 / 减少).
pub fn format_change(value: f64, unit: &str, percent: bool) -> String {
    let magnitude = format_number(value.abs());
    if magnitude == "0" {
        return "持平".to_string();
    }
    format!("{}{magnitude}{unit}", change_verb(value > 0.0, percent))
}

/// The verb of a change that rises (`rise`) or falls: a rate grows or
/// falls (增长 / 下降), an amount is added or cut (增加 / 减少). Also for a
/// change whose size is not written (`较上年有所下降`).
pub fn change_verb(rise: bool, rate: bool) -> &'static str {
    match (rise, rate) {
        (true, true) => "增长",
        (false, true) => "下降",
        (true, false) => "增加",
        (false, false) => "减少",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_in_the_unit_the_report_wrote() {
        assert_eq!(format_like(80_000_000.0, "元", "9.2亿元"), "0.8亿元");
        assert_eq!(format_like(-50_000_000.0, "元", "5000万元"), "-5000万元");
        assert_eq!(format_like(1_210_000_000.0, "元", "12.1亿元"), "12.1亿元");
        // Float noise of the division never shows.
        assert_eq!(format_like(1.0e8 * 0.7, "元", "1亿元"), "0.7亿元");
        assert_eq!(format_like(25_000.0, "人", "约2.5万人"), "2.5万人");
        // No multiplier: the number in the base unit.
        assert_eq!(format_like(12_260.0, "元", "12 260元"), "12260元");
        assert_eq!(format_like(0.5, "%", "86.1%"), "0.5%");
        assert_eq!(format_like(1.2, "个百分点", "1.2个百分点"), "1.2个百分点");
        assert_eq!(format_like(3.0, "", "3所"), "3");
        assert_eq!(
            scaled_like(-80_000_000.0, "元", "12.6亿元"),
            (-0.8, "亿元".to_string())
        );
    }

    #[test]
    fn a_change_is_written_with_its_direction_in_words() {
        assert_eq!(format_change(-2.6, "%", true), "下降2.6%");
        assert_eq!(format_change(14.8, "%", true), "增长14.8%");
        assert_eq!(format_change(-0.8, "亿元", false), "减少0.8亿元");
        assert_eq!(format_change(3.0, "个百分点", false), "增加3个百分点");
        assert_eq!(format_change(0.0, "%", true), "持平");
        assert_eq!(format_change(-0.0000001, "%", true), "持平");
    }

    #[test]
    fn whole_numbers_print_as_the_general_path_would() {
        let general = |v: f64| {
            let s = format!("{v:.6}");
            let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
            if s == "-0" { "0".to_string() } else { s }
        };
        for v in [
            1.0,
            90.0,
            -12.0,
            2020.0,
            21_380_840_000.0,
            999_999_999_999_999.0,
            0.0,
            -0.0,
        ] {
            assert_eq!(format_number(v), general(v), "{v}");
        }
    }

    #[test]
    fn numbers_have_no_trailing_zeros_and_no_float_noise() {
        assert_eq!(format_number(93.37), "93.37");
        assert_eq!(format_number(9337.0 / 100.0), "93.37");
        assert_eq!(format_number(93.369_999_999_999_99), "93.37");
        assert_eq!(format_number(126.0), "126");
        assert_eq!(format_number(21_380_840_000.0), "21380840000");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(-2.5), "-2.5");
        assert_eq!(format_number(f64::NAN), "NaN");
    }

    #[test]
    fn few_decimals_write_what_fixed_point_writes() {
        // Decimals as reports write them (m / 10^k), doubles near them, and
        // arbitrary doubles, for every number of decimals.
        let mut seed: u64 = 0x2020_1231;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed >> 11
        };
        for i in 0..200_000u64 {
            let r = next();
            let k = (r % 9) as i32;
            let m = (next() % 2_000_000_000) as f64 - 1_000_000_000.0;
            let value = match i % 4 {
                0 | 1 => m / 10f64.powi(k),
                2 => f64::from_bits(f64::to_bits(m / 10f64.powi(k)).wrapping_add(next() % 3)),
                _ => f64::from_bits(next() << 11) * 1e-300,
            };
            if !value.is_finite() {
                continue;
            }
            for decimals in [0, 1, 2, 6] {
                assert_eq!(
                    format_decimals(value, decimals),
                    fixed_point(value, decimals),
                    "{value:e} at {decimals} decimals"
                );
            }
        }
        for v in [
            0.05,
            -0.05,
            -0.5,
            0.1 + 0.2,
            -0.0,
            999_999_999.999_999,
            1e-7,
        ] {
            assert_eq!(format_number(v), fixed_point(v, 6), "{v:e}");
        }
    }

    #[test]
    fn fewer_decimals_round_then_trim() {
        assert_eq!(format_decimals(14.805, 2), "14.8");
        assert_eq!(format_decimals(33.333_333, 2), "33.33");
        assert_eq!(format_decimals(2.0, 2), "2");
        assert_eq!(format_decimals(-0.001, 2), "0");
        assert_eq!(format_decimals(7.25, 0), "7");
    }
}
