//! Small helpers for reading case text by character offsets.
//!
//! Every position in the model (`Quantity::start`, `IndicatorValue::end`,
//! a finding's span) is a *character* offset into `Case::text`, because
//! reports are Chinese and a byte offset would split characters. These
//! helpers do the conversions so that a plugin never slices a `str` by a
//! character offset by mistake (which would panic on the first CJK
//! character).

pub use dutycheck_vocab::{is_clause_end, is_sentence_end};

/// The characters `start..end` of `text`, clamped to its length. Never
/// panics, whatever the offsets.
pub fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// Whether the characters `start..end` contain a sentence end.
pub fn crosses_sentence(text: &str, start: usize, end: usize) -> bool {
    chars(text, start, end).chars().any(is_sentence_end)
}

/// Whether the characters `start..end` contain a clause end.
pub fn crosses_clause(text: &str, start: usize, end: usize) -> bool {
    chars(text, start, end).chars().any(is_clause_end)
}

/// How many digits follow the decimal point in the first number written in
/// `figure` (`14.80%` → 2, `２．５万` → 1, `144所` → 0).
pub fn written_decimals(figure: &str) -> u32 {
    let mut seen_digit = false;
    let mut after_point = false;
    let mut decimals = 0;
    for c in figure.chars().map(dutycheck_vocab::fold_width) {
        if c.is_ascii_digit() {
            seen_digit = true;
            if after_point {
                decimals += 1;
            }
        } else if c == '.' && seen_digit && !after_point {
            after_point = true;
        } else if seen_digit {
            break;
        }
    }
    decimals
}

/// Half a unit of the last digit written in `figure`, in the figure's own
/// written scale: `14.80%` → 0.005, `15%` → 0.5. A figure can be off by this
/// much from the truth through rounding alone, so a consistency check must
/// not call that an error.
pub fn rounding_slack(figure: &str) -> f64 {
    0.5 * 10f64.powi(-(written_decimals(figure) as i32))
}

/// The value of the first number written in `figure` (ASCII or full-width
/// digits, optional decimal point), ignoring units and multipliers:
/// `68.1亿元` → 68.1. `None` if there is none.
pub fn written_number(figure: &str) -> Option<f64> {
    let mut s = String::new();
    for c in figure.chars().map(dutycheck_vocab::fold_width) {
        if c.is_ascii_digit() || (c == '.' && !s.is_empty() && !s.contains('.')) {
            s.push(c);
        } else if c == ' ' && !s.is_empty() {
            // "1 122": a space as a thousands separator.
            continue;
        } else if !s.is_empty() {
            break;
        }
    }
    s.trim_end_matches('.').parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_slicing_is_by_characters_and_clamped() {
        let t = "增长14.80%。";
        assert_eq!(chars(t, 0, 2), "增长");
        assert_eq!(chars(t, 2, 8), "14.80%");
        assert_eq!(chars(t, 5, 100), "80%。");
        assert_eq!(chars(t, 9, 3), "");
        assert!(crosses_sentence(t, 0, 10));
        assert!(!crosses_sentence(t, 0, 8));
        assert!(crosses_clause("a，b", 0, 3));
    }

    #[test]
    fn decimals_and_slack_follow_the_written_figure() {
        assert_eq!(written_decimals("14.80%"), 2);
        assert_eq!(written_decimals("２．５万余人"), 1);
        assert_eq!(written_decimals("144所"), 0);
        assert!((rounding_slack("14.80%") - 0.005).abs() < 1e-12);
        assert!((rounding_slack("15%") - 0.5).abs() < 1e-12);
    }

    #[test]
    fn written_numbers_ignore_units() {
        assert_eq!(written_number("68.1亿元"), Some(68.1));
        assert_eq!(written_number("约６９．９７亿元"), Some(69.97));
        assert_eq!(written_number("1 122个"), Some(1122.0));
        assert_eq!(written_number("两所"), None);
    }
}
