//! Units and the kind of figure each states.
//!
//! The unit decides a figure's [`QuantityKind`]: `%` a rate, `个百分点` a
//! difference of rates, `元` money, `所` a count, `次` how often, `年` a
//! duration (or a calendar year when the number is one). [`UNITS`] is the
//! one table of written units; [`unit_of`] is the one table the other way,
//! from a kind to the unit its values are written in, which every message,
//! chart and generated test uses.

use dutycheck_model::QuantityKind;

/// The units of a count that says how big a case's field is: how many
/// schools (`所`), pupils or teachers (`人`, `名`). A `detail` rule's
/// `require: [scale]` looks for one.
pub const SCALE_UNITS: [&str; 3] = ["所", "人", "名"];

/// `成`, tenths: `九成以上` is 90% or more. A figure in tenths is read as a
/// percent (its value times ten, its unit `%`), so that rules compare it
/// with their thresholds in percent; its text stays as written.
pub const TENTHS: &str = "成";

/// What an amount is per, written after a slash (`13200元/生`, `10.2万元/年`,
/// `元/生·年`): the measure the name already says, so the figure's clause
/// goes on after it (`，比上年减少2.6%` is the figure's change). Longest first.
pub const PER_UNITS: [&str; 8] = ["生·年", "人·年", "生/年", "人/年", "学年", "生", "人", "年"];

/// The slashes that open a [`PER_UNITS`] word.
pub const PER_SLASHES: [char; 2] = ['/', '／'];

/// Characters that make a word of [`TENTHS`] with it (`5所学校成为…`, `成效`,
/// `成果`, `成立`): after one of them, `成` is no unit. Any other may follow
/// a figure in tenths (`九成以上`, `不足六成提高到…`).
pub const NOT_AFTER_TENTHS: [char; 24] = [
    '为', '效', '果', '绩', '本', '员', '立', '功', '就', '长', '熟', '型', '交', '品', '年', '才',
    '人', '都', '套', '批', '片', '败', '分', '全',
];

/// Units, longest first where one is a prefix of another, with their kind.
pub const UNITS: &[(&str, QuantityKind)] = &[
    ("个百分点", QuantityKind::PercentagePoints),
    ("百分点", QuantityKind::PercentagePoints),
    ("%", QuantityKind::Percent),
    (TENTHS, QuantityKind::Percent), // read as ten times as many %
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

/// The kind a written unit of [`UNITS`] states.
pub fn kind_of(unit: &str) -> Option<QuantityKind> {
    word(unit).map(|(_, k)| k)
}

/// A written unit as the entry of [`UNITS`] it is: the table's own word
/// (a figure's unit is that word, with no string made for it) and its kind.
pub fn word(unit: &str) -> Option<(&'static str, QuantityKind)> {
    UNITS.iter().find(|(u, _)| *u == unit).copied()
}

/// Whether a unit of [`UNITS`] can start with `c`. Most numerals in running
/// text have no unit after them; looking at one character first saves
/// comparing with every unit (a test checks that the list and this agree).
pub fn may_start_unit(c: char) -> bool {
    matches!(
        c,
        '个' | '百'
            | '%'
            | '成'
            | '‰'
            | '元'
            | '小'
            | '学'
            | '年'
            | '天'
            | '周'
            | '人'
            | '次'
            | '场'
            | '届'
            | '轮'
            | '平'
            | '公'
            | '千'
            | '亩'
            | '吨'
            | '连'
            | '所'
            | '名'
            | '位'
            | '辆'
            | '条'
            | '套'
            | '项'
            | '家'
            | '门'
            | '座'
            | '间'
            | '台'
            | '支'
            | '批'
            | '处'
            | '件'
            | '户'
            | '册'
            | '本'
            | '张'
            | '节'
            | '班'
            | '块'
            | '份'
            | '篇'
            | '种'
            | '组'
            | '队'
            | '倍'
    )
}

/// The unit a value of `kind` is written in, after extraction normalised it:
/// `%`, `个百分点`, `‰`, `元` (money is always in 元, `68.1亿元` included).
/// Empty for kinds whose unit is the figure's own word (`所`, `人`, `亩`).
pub fn unit_of(kind: QuantityKind) -> &'static str {
    match kind {
        QuantityKind::Percent => "%",
        QuantityKind::PercentagePoints => "个百分点",
        QuantityKind::Permille => "‰",
        QuantityKind::Money => "元",
        _ => "",
    }
}

/// The kind of the absolute change of a figure of `kind`: the difference of
/// two rates is in percentage points (`提高了3个百分点`), not percent;
/// anything else changes in its own kind (`增加275709万元`).
pub fn change_kind(kind: QuantityKind) -> QuantityKind {
    match kind {
        QuantityKind::Percent => QuantityKind::PercentagePoints,
        k => k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_starts_with_a_unit_start() {
        for (unit, _) in UNITS {
            let first = unit.chars().next().unwrap_or(' ');
            assert!(may_start_unit(first), "{unit}");
        }
    }

    /// A unit listed after one of its prefixes could never be matched.
    #[test]
    fn longer_units_come_first() {
        for (i, (a, _)) in UNITS.iter().enumerate() {
            for (b, _) in &UNITS[i + 1..] {
                assert!(!b.starts_with(a), "{b} is shadowed by {a}");
            }
        }
    }

    #[test]
    fn kinds_and_units_agree() {
        for kind in [
            QuantityKind::Percent,
            QuantityKind::PercentagePoints,
            QuantityKind::Permille,
            QuantityKind::Money,
        ] {
            assert_eq!(kind_of(unit_of(kind)), Some(kind));
        }
        assert_eq!(unit_of(change_kind(QuantityKind::Percent)), "个百分点");
        assert_eq!(unit_of(change_kind(QuantityKind::Money)), "元");
    }
}
