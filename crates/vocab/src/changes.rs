//! Words of change: a figure compared with an earlier year.
//!
//! `比上年增长14.80%`, `较2020年提高1.2个百分点`, `同比减少0.8亿元`: a
//! comparison ([`COMPARISONS`]) names what the figure is measured against,
//! and a verb ([`UP`], [`DOWN`]) says which way it went. [`direction`] reads
//! the sign of the words between a comparison and its figure.

/// Words that compare a figure with an earlier year: `比上年`, `较2020年`,
/// `同比`.
pub const COMPARISONS: [&str; 3] = ["比", "较", "同比"];

/// Words naming the year before as the base of a comparison: `比上年`,
/// `较去年`.
pub const YEAR_BEFORE: [&str; 3] = ["上年", "去年", "上一年"];

/// Words that compare a figure with another value (a target, an average):
/// `高于全省平均`, `超过国家标准`. With [`COMPARISONS`] and the growth
/// nouns ([`GROWTH_NOUNS`]), they stop a figure from being read as the
/// level of the name before it.
pub const OTHER_COMPARISONS: [&str; 4] = ["高于", "低于", "超过", "超出"];

/// Words naming a base that is not the year before: a change against an
/// average, a standard or a target is a difference, not growth
/// (`比全省平均高3.5个百分点`).
pub const OTHER_BASES: [&str; 7] = ["平均", "标准", "目标", "要求", "全国", "全省", "全市"];

/// Words after a change that state the level it reached: `提高1.2个百分点，
/// 达到93.4%`.
pub const REACHED: [&str; 5] = ["达到", "达", "为", "至", "到"];

/// Verbs of a rise.
pub(crate) const UP: [&str; 6] = ["增加", "增长", "提高", "提升", "上升", "高出"];

/// Verbs of a fall.
pub(crate) const DOWN: [&str; 4] = ["减少", "下降", "降低", "回落"];

/// Nouns of a relative change: `增幅14.8%` (up), `降幅4.1%` (down).
pub const GROWTH_NOUNS: [(&str, f64); 2] = [("增幅", 1.0), ("降幅", -1.0)];

/// Single characters that state a change when they end the words before a
/// figure: `比上年增3%`, `比上年多1200人`, `比上年少0.8亿元`.
pub const SHORT: [(char, f64); 4] = [('增', 1.0), ('多', 1.0), ('减', -1.0), ('少', -1.0)];

/// Every change verb and growth noun, for telling a change (`提高5%`) from a
/// level (`提高至5%`): the word is a change unless a [`TO`] word follows it.
pub fn verbs() -> impl Iterator<Item = &'static str> + Clone {
    UP.iter()
        .chain(DOWN.iter())
        .copied()
        .chain(GROWTH_NOUNS.iter().map(|(w, _)| *w))
}

/// Words after a change verb that turn it into a level: `提高至90%`,
/// `提高到90%`, `下降为3%`.
pub const TO: [char; 3] = ['至', '到', '为'];

/// The sign of the change the words state: `+1.0` for a rise (`增长`,
/// `提高`, `增幅`, a trailing `增`/`多`), `-1.0` for a fall (`减少`,
/// `下降`, `降幅`, a trailing `减`/`少`), `None` when they state no change.
/// A fall wins when both stand (`减少…增长` does not occur; `下降` inside a
/// longer phrase should not be outvoted).
pub fn direction(words: &str) -> Option<f64> {
    let words = words.trim_end();
    if DOWN.iter().any(|w| words.contains(w))
        || GROWTH_NOUNS
            .iter()
            .any(|(w, s)| *s < 0.0 && words.contains(w))
    {
        return Some(-1.0);
    }
    if UP.iter().any(|w| words.contains(w))
        || GROWTH_NOUNS
            .iter()
            .any(|(w, s)| *s > 0.0 && words.contains(w))
    {
        return Some(1.0);
    }
    let last = words.chars().last()?;
    SHORT.iter().find(|(c, _)| *c == last).map(|(_, s)| *s)
}

/// Whether `words` open with a comparison against an earlier year, after
/// any commas and spaces (`，比上年`, `同比`, `较2020年`).
pub fn opens_comparison(words: &str) -> bool {
    let words = words.trim_start_matches([',', '，', ' ']);
    COMPARISONS.iter().any(|w| words.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions() {
        assert_eq!(direction("比上年增长"), Some(1.0));
        assert_eq!(direction("较上年提高"), Some(1.0));
        assert_eq!(direction("增幅"), Some(1.0));
        assert_eq!(direction("比上年减少"), Some(-1.0));
        assert_eq!(direction("，下降"), Some(-1.0));
        assert_eq!(direction("降幅"), Some(-1.0));
        assert_eq!(direction("比上年多"), Some(1.0));
        assert_eq!(direction("比上年少"), Some(-1.0));
        assert_eq!(direction("比2019年增"), Some(1.0));
        assert_eq!(direction("比上年"), None);
        assert_eq!(direction(""), None);
        assert!(opens_comparison("，比上年"));
        assert!(opens_comparison("同比增长"));
        assert!(!opens_comparison("增长"));
        assert!(verbs().any(|w| w == "降幅"));
    }
}
