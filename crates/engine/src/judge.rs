//! Judging one figure against bounds, with its qualifier.
//!
//! A report rarely writes a bare number. `70%以上` says the true value is at
//! least 70; `近90%` says it is a little *below* 90; `不足5%` says at most 5.
//! What a figure proves depends on the bound it is held against:
//!
//! | qualifier | lower bound (`min`, `above`) | upper bound (`max`, `below`) |
//! |---|---|---|
//! | exact, about (约) | as written | as written |
//! | more-than (余/多/以上) | as written: the truth is ≥ the figure | **proves nothing**: only a lower bound is given |
//! | nearly (近) | passes `min` only if figure > min: the truth is below the figure | as written: the truth is below the figure |
//! | at-most (不足/以下) | **proves nothing**: only an upper bound is given | as written, but `below b` needs figure < b |
//!
//! "About" is read as written: `约80%` against a target of 80% passes,
//! because the target documents themselves say "80%左右". A figure that proves
//! nothing fails: the report claims a target it does not show.

use dutycheck_model::Qualifier;
use dutycheck_rules::Bounds;

/// Why a figure fails a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Miss {
    /// Below `min` (or not above `above`).
    Low,
    /// Above `max` (or not below `below`).
    High,
    /// The figure is only an upper bound (不足/以下) and cannot prove a lower
    /// bound.
    OnlyUpperBound,
    /// The figure is only a lower bound (余/以上) and cannot prove an upper
    /// bound.
    OnlyLowerBound,
    /// `近X` with X at or below the lower bound: the truth is below X.
    NearlyLow,
}

/// `None` when the figure `value` with `qualifier` satisfies `bounds`.
pub(crate) fn judge(bounds: &Bounds, value: f64, qualifier: Qualifier) -> Option<Miss> {
    use Qualifier::*;
    if bounds.has_lower() {
        if qualifier == AtMost {
            return Some(if below_lower(bounds, value) {
                Miss::Low
            } else {
                Miss::OnlyUpperBound
            });
        }
        if below_lower(bounds, value) {
            // 余 on the bound itself: "more than 80" passes `above: 80`.
            let saved =
                qualifier == MoreThan && bounds.above == Some(value) && bounds.min.is_none();
            if !saved {
                return Some(Miss::Low);
            }
        }
        if qualifier == Nearly {
            // The truth is a little below the figure: reaching `min` needs a
            // figure strictly above it.
            let short = bounds.min.is_some_and(|m| value <= m);
            if short {
                return Some(Miss::NearlyLow);
            }
        }
    }
    if bounds.has_upper() {
        if qualifier == MoreThan {
            return Some(if above_upper(bounds, value) {
                Miss::High
            } else {
                Miss::OnlyLowerBound
            });
        }
        let nearly_or_at_most_on_below = matches!(qualifier, Nearly) && bounds.below == Some(value);
        if above_upper(bounds, value) && !nearly_or_at_most_on_below {
            return Some(Miss::High);
        }
    }
    None
}

/// `None` when the range `low` to `high` (`在3%到4%之间`) satisfies
/// `bounds`: its lower end is held to a lower bound, as a figure with
/// `以上`, and its upper end to an upper bound, as a figure with `以下`. A
/// range below a ceiling passes; one that straddles a target proves
/// nothing, and misses as a bound does (see [`Miss`]).
pub(crate) fn judge_range(bounds: &Bounds, low: f64, high: f64) -> Option<Miss> {
    let lower = Bounds {
        max: None,
        below: None,
        ..*bounds
    };
    let upper = Bounds {
        min: None,
        above: None,
        ..*bounds
    };
    judge(&lower, low, Qualifier::MoreThan).or_else(|| judge(&upper, high, Qualifier::AtMost))
}

/// Whether the whole of a range misses `bounds` (`6%到8%` against a ceiling
/// of 5%), not only one end of it.
pub(crate) fn range_misses_whole(bounds: &Bounds, low: f64, high: f64) -> bool {
    below_lower(bounds, high) || above_upper(bounds, low)
}

fn below_lower(b: &Bounds, v: f64) -> bool {
    b.min.is_some_and(|m| v < m) || b.above.is_some_and(|a| v <= a)
}

fn above_upper(b: &Bounds, v: f64) -> bool {
    b.max.is_some_and(|m| v > m) || b.below.is_some_and(|l| v >= l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    #[test]
    fn a_range_holds_each_end_to_its_own_side() {
        let cap = Bounds {
            max: Some(5.0),
            ..Bounds::default()
        };
        assert_eq!(judge_range(&cap, 3.0, 4.0), None);
        assert_eq!(judge_range(&cap, 4.0, 6.0), Some(Miss::High));
        assert!(!range_misses_whole(&cap, 4.0, 6.0));
        assert!(range_misses_whole(&cap, 6.0, 8.0));
        let floor = min(95.0);
        assert_eq!(judge_range(&floor, 95.5, 97.0), None);
        assert_eq!(judge_range(&floor, 94.0, 96.0), Some(Miss::Low));
        assert!(!range_misses_whole(&floor, 94.0, 96.0));
        assert!(range_misses_whole(&floor, 90.0, 93.0));
        // Both sides: 80 to 90 inside 75..=95.
        let both = Bounds {
            min: Some(75.0),
            max: Some(95.0),
            ..Bounds::default()
        };
        assert_eq!(judge_range(&both, 80.0, 90.0), None);
        assert_eq!(judge_range(&both, 70.0, 90.0), Some(Miss::Low));
    }

    fn min(m: f64) -> Bounds {
        Bounds {
            min: Some(m),
            ..Bounds::default()
        }
    }
    fn max(m: f64) -> Bounds {
        Bounds {
            max: Some(m),
            ..Bounds::default()
        }
    }

    #[test]
    fn lower_bounds() {
        let b = min(80.0);
        assert_eq!(judge(&b, 80.0, Exact), None);
        assert_eq!(judge(&b, 79.9, Exact), Some(Miss::Low));
        assert_eq!(judge(&b, 80.0, About), None);
        assert_eq!(judge(&b, 80.0, MoreThan), None);
        assert_eq!(judge(&b, 79.0, MoreThan), Some(Miss::Low));
        assert_eq!(judge(&b, 80.0, Nearly), Some(Miss::NearlyLow));
        assert_eq!(judge(&b, 85.0, Nearly), None);
        assert_eq!(judge(&b, 90.0, AtMost), Some(Miss::OnlyUpperBound));
        assert_eq!(judge(&b, 70.0, AtMost), Some(Miss::Low));
    }

    #[test]
    fn exclusive_lower_bound() {
        let b = Bounds {
            above: Some(0.0),
            ..Bounds::default()
        };
        assert_eq!(judge(&b, 0.0, Exact), Some(Miss::Low));
        assert_eq!(judge(&b, 0.1, Exact), None);
        assert_eq!(judge(&b, 0.0, MoreThan), None);
    }

    #[test]
    fn upper_bounds_mirror() {
        let b = max(5.0);
        assert_eq!(judge(&b, 5.0, Exact), None);
        assert_eq!(judge(&b, 5.1, Exact), Some(Miss::High));
        assert_eq!(judge(&b, 5.0, AtMost), None);
        assert_eq!(judge(&b, 5.0, Nearly), None);
        assert_eq!(judge(&b, 3.0, MoreThan), Some(Miss::OnlyLowerBound));
        assert_eq!(judge(&b, 6.0, MoreThan), Some(Miss::High));
        let below = Bounds {
            below: Some(5.0),
            ..Bounds::default()
        };
        assert_eq!(judge(&below, 5.0, Exact), Some(Miss::High));
        assert_eq!(judge(&below, 5.0, Nearly), None);
        assert_eq!(judge(&below, 5.0, AtMost), Some(Miss::High));
    }

    #[test]
    fn ranges() {
        let b = Bounds {
            min: Some(40.0),
            max: Some(60.0),
            ..Bounds::default()
        };
        assert_eq!(judge(&b, 50.0, Exact), None);
        assert_eq!(judge(&b, 61.0, Exact), Some(Miss::High));
        assert_eq!(judge(&b, 50.0, MoreThan), Some(Miss::OnlyLowerBound));
        assert_eq!(judge(&b, 50.0, AtMost), Some(Miss::OnlyUpperBound));
    }
}
