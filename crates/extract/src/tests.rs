use dutycheck_catalog::Catalog;
use dutycheck_model::{
    Case, IndicatorValue, Qualifier, Quantity, QuantityKind, Segment, StatementKind,
};

use crate::Extractor;

fn case(text: &str) -> Case {
    Case {
        number: 1,
        line: 1,
        column: 1,
        text: text.into(),
        quantities: Vec::new(),
        indicators: Vec::new(),
        claims: Vec::new(),
        targets: Vec::new(),
        unread: Vec::new(),
        segments: vec![Segment {
            offset: 0,
            line: 1,
            column: 3,
        }],
        normal: Default::default(),
    }
}

fn extracted(text: &str) -> Case {
    let mut c = case(text);
    Extractor::new(&Catalog::bundled()).extract_case(&mut c);
    c
}

fn figures(text: &str) -> Vec<Quantity> {
    extracted(text).quantities
}

fn one(text: &str) -> Quantity {
    let mut found = figures(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.remove(0)
}

fn values(text: &str) -> Vec<(String, f64)> {
    values_of(&extracted(text))
}

/// The levels of `c` (a change stated alone has no value).
fn values_of(c: &Case) -> Vec<(String, f64)> {
    c.indicators
        .iter()
        .filter_map(|i| Some((i.indicator.to_string(), i.value?)))
        .collect()
}

/// Asserts that `text`, a case of 青溪县's report on 2023, states nothing of
/// the county: its one mention is a part's.
fn assert_a_parts(text: &str) {
    let c = county_phrasing::in_2023(text);
    assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
    assert_eq!(
        c.unread.iter().map(|u| u.reason).collect::<Vec<_>>(),
        [dutycheck_model::UnreadMentionReason::Part],
        "{text}"
    );
}

fn pair(id: &str, v: f64) -> (String, f64) {
    (id.to_string(), v)
}

#[test]
fn money_is_normalised_to_yuan() {
    let q = one("一般公共预算教育支出2138084万元");
    assert_eq!(
        (q.value, q.unit.as_str(), q.kind),
        (21_380_840_000.0, "元", QuantityKind::Money)
    );
    assert_eq!(q.text, "2138084万元");
    assert_eq!(one("支出68.1亿元").value, 6_810_000_000.0);
    assert_eq!(one("约69.97亿元").qualifier, Qualifier::About);
    assert_eq!(one("投资1200万元").value, 12_000_000.0);
}

/// A Markdown report's bold figure (`较上年减少 **0.21** 亿元`, `下降 **1.6%**`):
/// the fold blanks the `**`, and the blanks stood between the number and
/// its unit, and between the verb and its figure. Both changes were lost,
/// unsaid, and 只增不减 passed.
#[test]
fn a_bold_figure_in_markdown() {
    // As the Markdown fold leaves it (`dutycheck_read`'s `unbold_figures`).
    let c = extracted(
        "全县一般公共预算教育支出9.82亿元，较上年减少   0.21   亿元；生均一般公共预算教育支出14230元，下降   1.6%  。",
    );
    let changes: Vec<(Option<f64>, Option<f64>)> = c
        .indicators
        .iter()
        .map(|v| {
            let change = v.change.as_ref();
            (change.and_then(|c| c.value), change.and_then(|c| c.percent))
        })
        .collect();
    assert_eq!(changes, [(Some(-21_000_000.0), None), (None, Some(-1.6))]);
    assert_eq!(one("减少   0.21   亿元").value, 21_000_000.0);
    // Four blanks are no gap a unit stands across: a number alone is no
    // figure.
    assert!(figures("减少0.21    亿元").is_empty());
}

/// A multiplier after 余 or 多 (`1300余万元`, `6300多万元`, `三千余万元`) is the
/// number's: the figure was not read at all, so `比上年减少1300余万元` lost
/// the fall, and `支出6300余万元` was said to hold no figure.
#[test]
fn a_multiplier_after_yu_or_duo() {
    for (text, value) in [
        ("比上年减少1300余万元", 13_000_000.0),
        ("支出6300多万元", 63_000_000.0),
        ("投入三千余万元", 30_000_000.0),
        ("投入1.2亿余元", 120_000_000.0),
        ("投入12余亿元", 1_200_000_000.0),
        ("投入300余 万元", 3_000_000.0),
    ] {
        let q = one(text);
        assert_eq!(
            (q.value, q.qualifier),
            (value, Qualifier::MoreThan),
            "{text}"
        );
        assert_eq!(&*q.unit, "元", "{text}");
    }
    // With no unit after it, the multiplier is not read: `3000多万` is no figure.
    assert!(figures("新增学位3000多万。").is_empty());
}

#[test]
fn qualifiers() {
    let q = one("累计补充教师2.5万余人");
    assert_eq!(
        (q.value, q.qualifier, q.unit.as_str()),
        (25_000.0, Qualifier::MoreThan, "人")
    );
    assert_eq!(one("7500多名教师").qualifier, Qualifier::MoreThan);
    assert_eq!(one("近10万名").qualifier, Qualifier::Nearly);
    assert_eq!(one("近10万名").value, 100_000.0);
    let q = one("70%以上的新录用教师");
    assert_eq!(
        (q.value, q.kind, q.qualifier, q.text.as_str()),
        (70.0, QuantityKind::Percent, Qualifier::MoreThan, "70%以上")
    );
    assert_eq!(one("补充教师4000人以上").qualifier, Qualifier::MoreThan);
    assert_eq!(one("不足80%").qualifier, Qualifier::AtMost);
    assert_eq!(one("超过90%").qualifier, Qualifier::MoreThan);
    // Fallen below it (it was the figure, exact, and passed).
    assert_eq!(one("跌破50%").qualifier, Qualifier::AtMost);
    // `不超过` is the opposite of `超过`: the 超过 is not the figure's.
    let q = one("不超过5%");
    assert_eq!(
        (q.text.as_str(), q.qualifier, q.start),
        ("5%", Qualifier::AtMost, 3)
    );
    assert_eq!(one("不逾3万人").qualifier, Qualifier::Exact);
    // A required bound is a bound, not an exact value (issue 16.9).
    assert_eq!(
        one("生均公用经费不低于650元").qualifier,
        Qualifier::MoreThan
    );
    assert_eq!(one("每人每月不少于400元").qualifier, Qualifier::MoreThan);
    assert_eq!(one("控制在5%以内").qualifier, Qualifier::AtMost);
    assert_eq!(one("控制在5%").qualifier, Qualifier::Exact);
}

#[test]
fn kinds_of_figures() {
    assert_eq!(one("2020年").kind, QuantityKind::Year);
    assert_eq!(one("全市2020年度").kind, QuantityKind::Year);
    assert_eq!(one("连续5年").kind, QuantityKind::Duration);
    assert_eq!(one("连续两年").kind, QuantityKind::Duration);
    assert_eq!(one("研究议题17次").kind, QuantityKind::Occurrence);
    assert_eq!(one("交流校长、教师2449人次").kind, QuantityKind::Count);
    let q = one("超目标10个百分点");
    assert_eq!(
        (q.kind, q.unit.as_str(), q.value),
        (QuantityKind::PercentagePoints, "个百分点", 10.0)
    );
    assert_eq!(one("新增学位9.02万个").value, 90_200.0);
    assert_eq!(one("1 122个").value, 1122.0);
    assert_eq!(one("８５％").value, 85.0);
    assert_eq!(one("６９．９７亿元").value, 6_997_000_000.0);
    // A school year is no span of thousands of years.
    assert!(
        figures("2023-2024学年，")
            .iter()
            .all(|q| q.kind != QuantityKind::Duration)
    );
    assert_eq!(one("连续3学年").kind, QuantityKind::Duration);
}

#[test]
fn chinese_numerals() {
    let q = one("两所学校成为省规范化中职学校");
    assert_eq!(
        (q.value, q.kind, q.text.as_str()),
        (2.0, QuantityKind::Count, "两所")
    );
    assert_eq!(one("三连冠").value, 3.0);
    assert_eq!(one("十条规定").value, 10.0);
    assert_eq!(one("百分之九十").value, 90.0);
    assert_eq!(one("百分之九十").kind, QuantityKind::Percent);
    assert_eq!(one("十三所").value, 13.0);
}

#[test]
fn things_that_are_not_figures() {
    for text in [
        "增长*%",
        "学位****个",
        "20__年",
        "X%",
        "构建“1+X”体系",
        "五位一体的学校体育",
        "涌现出一大批优秀青少年",
        "形成一批成果",
        "居全省第一",
        "第3名",
        "近年来",
        "实行月调度",
        "“十四五”规划",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
}

#[test]
fn positions_point_into_the_original() {
    let q = one("覆盖率达93.37%");
    // The segment starts at column 3 (after "1."), the figure 4 characters in.
    assert_eq!((q.line, q.column, q.start, q.end), (1, 7, 4, 10));
}

#[test]
fn simple_binding() {
    assert_eq!(
        values("学前三年毛入园率达126%,普惠性幼儿园覆盖率达93.09%。"),
        [
            pair("preschool-gross-enrollment", 126.0),
            pair("preschool-inclusive-coverage", 93.09)
        ]
    );
    assert_eq!(
        values("普惠性幼儿园覆盖率提高至90%,超国家、省规定目标10个百分点"),
        [pair("preschool-inclusive-coverage", 90.0)]
    );
    assert_eq!(
        values("全市本科以上学历教师占比93.3%"),
        [pair("teacher-bachelor-share", 93.3)]
    );
}

#[test]
fn list_binding_in_order() {
    assert_eq!(
        values("全市学前教育公办率、普惠性幼儿园覆盖率分别达77.54%、93.37%,有关经验"),
        [
            pair("preschool-public-share", 77.54),
            pair("preschool-inclusive-coverage", 93.37)
        ]
    );
    assert_eq!(
        values("分别达到86.5%和37.5%的普惠性幼儿园覆盖率、公办园在园幼儿占比"),
        [
            pair("preschool-inclusive-coverage", 86.5),
            pair("preschool-public-share", 37.5)
        ]
    );
    // A list whose lengths disagree binds nothing rather than guessing.
    assert_eq!(values("学前教育公办率、普惠性幼儿园覆盖率分别达77.54%"), []);
}

#[test]
fn gap_aliases() {
    let text = "建立作业公示制度、提供课后服务、落实教师课后服务补助、课后服务时间达标的义务教育学校比例达100%。";
    let found = extracted(text).indicators;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].indicator.as_str(), found[0].value),
        ("after-school-service-coverage", Some(100.0))
    );
    assert_eq!(found[0].mention, "课后服务时间达标的义务教育学校比例");
}

#[test]
fn no_binding_without_linking_words() {
    for text in [
        "招聘教师6940人,占事业单位招聘总数的91.6%",
        "严格落实职普比大体相当的政策要求,实行“四统一”,中职比例50%",
        "中职教育招生同比增长4.4%",
        "普惠性幼儿园覆盖率比上年提高5%",
        "普惠性幼儿园覆盖率高于全省平均水平3个百分点",
        "化解大班额10155个",
        "普惠性幼儿园覆盖率提高5%",
    ] {
        assert_eq!(values(text), [], "{text}");
    }
}

#[test]
fn changes_against_the_year_before() {
    let found: Vec<IndicatorValue> = extracted(
        "全市2020年度一般公共预算教育支出2138084万元,比2019年增加275709万元,增长14.80%。",
    )
    .indicators;
    assert_eq!(found.len(), 1);
    let change = found[0].change.clone().expect("change");
    assert_eq!(found[0].value, Some(21_380_840_000.0));
    assert_eq!(change.value, Some(2_757_090_000.0));
    assert_eq!(change.unit.as_deref(), Some("元"));
    assert_eq!(change.percent, Some(14.8));

    let found =
        extracted("财政一般公共预算教育支出68.1亿元,比2019年增长10.4%;投资4.7亿元新建").indicators;
    let change = found[0].change.clone().expect("change");
    assert_eq!(
        (found[0].value, change.value, change.percent),
        (Some(6_810_000_000.0), None, Some(10.4))
    );

    let found = extracted("一般公共预算教育支出50亿元,比上年下降3.2%。").indicators;
    assert_eq!(found[0].change.as_ref().and_then(|c| c.percent), Some(-3.2));

    // A later, unrelated figure in the same sentence is not a change.
    let found = extracted("一般公共预算教育支出50亿元,投资4.7亿元新建幼儿园。").indicators;
    assert_eq!(found[0].change, None);
}

#[test]
fn full_width_digits_and_punctuation() {
    let q = one("覆盖率达８５．３％");
    assert_eq!(
        (q.value, q.kind, q.text.as_str()),
        (85.3, QuantityKind::Percent, "８５．３％")
    );
    assert_eq!(
        values("普惠性幼儿园覆盖率达８５．３％，公办园在园幼儿占比为５２．６％。"),
        [
            pair("preschool-inclusive-coverage", 85.3),
            pair("preschool-public-share", 52.6)
        ]
    );
    // A full-width space as thousands separator is folded like an ASCII one.
    assert_eq!(one("新增学位３　０００个").value, 3000.0);
}

#[test]
fn space_thousands_separators() {
    assert_eq!(one("消除大班额1 122个").value, 1122.0);
    assert_eq!(one("投入12 345 678元").value, 12_345_678.0);
    // A space between two separate numbers is not a separator: 1 12 is no group of three.
    let found = figures("第1 12个");
    assert!(found.iter().all(|q| q.value != 112.0), "{found:?}");
}

#[test]
fn chinese_numerals_with_points_and_percent_words() {
    let q = one("生均面积增加三点五平方米");
    assert_eq!(
        (q.value, q.kind, q.unit.as_str()),
        (3.5, QuantityKind::Measure, "平方米")
    );
    assert_eq!(one("百分之八十五点五").value, 85.5);
    assert_eq!(
        values("普惠性幼儿园覆盖率达到百分之九十"),
        [pair("preschool-inclusive-coverage", 90.0)]
    );
    assert_eq!(one("两所学校").value, 2.0);
}

#[test]
fn ranges_are_two_bounds() {
    let found = figures("发放生均补助600元至1000元");
    let got: Vec<_> = found
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            ("600元", 600.0, Qualifier::MoreThan),
            ("1000元", 1000.0, Qualifier::AtMost)
        ]
    );
    // The lower bound takes the upper bound's unit and multiplier.
    let found = figures("投资200-300万元");
    let got: Vec<_> = found
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.unit.as_str(), q.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            ("200", 2_000_000.0, "元", Qualifier::MoreThan),
            ("300万元", 3_000_000.0, "元", Qualifier::AtMost)
        ]
    );
    let found = figures("每校3至5所");
    assert_eq!(
        found.iter().map(|q| q.value).collect::<Vec<_>>(),
        [3.0, 5.0]
    );
    // Years are not ranges of amounts; a reversed "range" is no range.
    assert!(
        figures("2019至2020年")
            .iter()
            .all(|q| q.qualifier == Qualifier::Exact)
    );
    assert!(
        figures("增加50元至10元")
            .iter()
            .all(|q| q.qualifier == Qualifier::Exact)
    );
}

#[test]
fn permille_and_percentage_points() {
    let q = one("近视率下降3‰");
    assert_eq!(
        (q.value, q.kind, q.unit.as_str()),
        (3.0, QuantityKind::Permille, "‰")
    );
    let q = one("提高了39.6个百分点");
    assert_eq!(
        (q.value, q.kind, q.unit.as_str()),
        (39.6, QuantityKind::PercentagePoints, "个百分点")
    );
    assert_eq!(one("提高5.6百分点").kind, QuantityKind::PercentagePoints);
    // Percentage points never state a rate.
    assert_eq!(values("普惠性幼儿园覆盖率提高了5.6个百分点"), []);
}

#[test]
fn every_qualifier_word() {
    for (text, qualifier) in [
        ("2.5万余人", Qualifier::MoreThan),
        ("7500多名", Qualifier::MoreThan),
        ("近10万名", Qualifier::Nearly),
        ("约1.5万人次", Qualifier::About),
        ("70%以上", Qualifier::MoreThan),
        ("5%以下", Qualifier::AtMost),
        ("超过200所", Qualifier::MoreThan),
        ("不足5%", Qualifier::AtMost),
        ("120所左右", Qualifier::About),
        ("逾300人", Qualifier::MoreThan),
        // A form's comparison signs, full-width or not.
        ("≥80%", Qualifier::MoreThan),
        ("≤5%", Qualifier::AtMost),
        ("＞80%", Qualifier::MoreThan),
        ("＜5%", Qualifier::AtMost),
        (">80%", Qualifier::MoreThan),
        ("<5%", Qualifier::AtMost),
    ] {
        assert_eq!(one(text).qualifier, qualifier, "{text}");
    }
    // The head of an arrow is no sign: `->86.1%` is the figure 86.1%.
    let to = figures("83.6%->86.1%");
    assert_eq!(
        to.iter()
            .map(|q| (q.text.as_str(), q.qualifier))
            .collect::<Vec<_>>(),
        [("83.6%", Qualifier::Exact), ("86.1%", Qualifier::Exact)]
    );
}

#[test]
fn values_before_names_with_three_items() {
    assert_eq!(
        values(
            "学前三年毛入园率、普惠性幼儿园覆盖率、公办园在园幼儿占比分别达95.1%、88.2%、55.6%。"
        ),
        [
            pair("preschool-gross-enrollment", 95.1),
            pair("preschool-inclusive-coverage", 88.2),
            pair("preschool-public-share", 55.6)
        ]
    );
}

#[test]
fn masked_placeholders_never_figures() {
    for text in [
        "覆盖率达*%",
        "新增学位****个",
        "比20__年增长",
        "占比达X%",
        "支出**万元",
        "增长x%",
        "达□□%",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    assert_eq!(values("普惠性幼儿园覆盖率达*%"), []);
}

mod properties {
    use proptest::prelude::*;

    use super::{figures, one};

    /// Chinese numerals of 1 to 9999, written the way reports write them.
    fn chinese(n: u32) -> String {
        const D: [char; 10] = dutycheck_vocab::numerals::DIGITS;
        let parts = [
            (n / 1000, "千"),
            (n / 100 % 10, "百"),
            (n / 10 % 10, "十"),
            (n % 10, ""),
        ];
        let mut out = String::new();
        let mut zero = false;
        for (i, (d, unit)) in parts.iter().enumerate() {
            if *d == 0 {
                zero = !out.is_empty();
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(i == 2 && *d == 1 && out.is_empty()) {
                out.push(D[*d as usize]);
            }
            out.push_str(unit);
        }
        out
    }

    fn full_width(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '0'..='9' | '.' | '%' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    proptest! {
        #[test]
        fn chinese_and_arabic_counts_agree(n in 2u32..10_000) {
            let arabic = one(&format!("新建学校{n}所"));
            let written = one(&format!("新建学校{}所", chinese(n)));
            prop_assert_eq!(arabic.value, f64::from(n));
            prop_assert_eq!(written.value, arabic.value);
            prop_assert_eq!(written.kind, arabic.kind);
        }

        #[test]
        fn percent_words_and_signs_agree(n in 1u32..100, tenth in 0u32..10) {
            let arabic = one(&format!("覆盖率达{n}.{tenth}%"));
            let words = if tenth == 0 {
                format!("覆盖率达百分之{}", chinese(n))
            } else {
                format!("覆盖率达百分之{}点{}", chinese(n), chinese(tenth))
            };
            let written = one(&words);
            prop_assert!((written.value - arabic.value).abs() < 1e-9, "{} vs {}", written.value, arabic.value);
            prop_assert_eq!(written.kind, arabic.kind);
        }

        #[test]
        fn full_width_and_ascii_agree(int in 0u32..100_000, frac in 0u32..100) {
            let ascii = format!("支出{int}.{frac:02}万元");
            let a = one(&ascii);
            let b = one(&full_width(&ascii));
            prop_assert_eq!(a.value, b.value);
            prop_assert_eq!((a.start, a.end), (b.start, b.end));
        }

        #[test]
        fn thousands_spaces_agree(n in 1_000u32..10_000_000) {
            let plain = one(&format!("学位{n}个"));
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(' ');
                }
                grouped.push(c);
            }
            let spaced = one(&format!("学位{grouped}个"));
            prop_assert_eq!(plain.value, spaced.value);
            // Commas, ASCII or full-width, group thousands as spaces do.
            for sep in [",", "，"] {
                let written = format!("学位{}个", grouped.replace(' ', sep));
                let commas = one(&written);
                prop_assert_eq!(plain.value, commas.value);
                prop_assert_eq!(commas.text, written.trim_start_matches("学位"));
            }
        }

        #[test]
        fn any_text_gives_figures_inside_it(s in "\\PC{0,40}") {
            let len = s.chars().count();
            for q in figures(&s) {
                prop_assert!(q.start < q.end && q.end <= len);
            }
        }
    }
}

#[test]
fn hierarchical_numbers_are_not_figures() {
    assert!(
        figures("认真落实《办法》1.1.1条款").is_empty(),
        "{:?}",
        figures("认真落实《办法》1.1.1条款")
    );
    assert_eq!(one("按1.1.2节规定新建学校3所").value, 3.0);
}

/// An item's number before its year (`1.2022年，…`, a list inside a case)
/// is no figure, and the year is one: read as a decimal it was "1.2022
/// years". A decimal before other digits, or glued to a word, stays one.
#[test]
fn an_items_number_before_its_year_is_not_a_figure() {
    let shown = |text: &str| -> Vec<(String, QuantityKind)> {
        figures(text)
            .into_iter()
            .map(|q| (q.text.to_string(), q.kind))
            .collect()
    };
    for (text, year) in [
        ("1.2022年，全县新建幼儿园3所", "2022年"),
        ("学前教育\n2.2023年，全县新建幼儿园3所", "2023年"),
        ("做法如下。12.2019年底，全县新建幼儿园3所", "2019年"),
        ("１．２０２２年，全县新建幼儿园3所", "２０２２年"),
    ] {
        assert_eq!(
            shown(text),
            [
                (year.to_string(), QuantityKind::Year),
                ("3所".to_string(), QuantityKind::Count)
            ],
            "{text}"
        );
    }
    assert_eq!(
        shown("新增学位\n1.5万个"),
        [("1.5万个".to_string(), QuantityKind::Count)]
    );
    assert!(
        figures("认真落实《办法》1.1.2022年条款")
            .iter()
            .all(|q| q.value != 1.2022)
    );
}

/// Tenths (`九成以上`, `不足六成`, `近九成`) are percent: 90% or more, less
/// than 60%, nearly 90%. They were not figures, and `达到九成以上` left the
/// indicator unread. `成` in a word (`成为`, `成效`, `一成不变`) is no unit.
/// `八成多` was read as exactly 80%.
#[test]
fn tenths_are_a_percent() {
    let read = |text: &str| -> Vec<(f64, QuantityKind, Qualifier)> {
        figures(text)
            .into_iter()
            .map(|q| (q.value, q.kind, q.qualifier))
            .collect()
    };
    assert_eq!(
        read("巩固率达到九成以上"),
        [(90.0, QuantityKind::Percent, Qualifier::MoreThan)]
    );
    assert_eq!(
        read("覆盖率从不足六成提高到"),
        [(60.0, QuantityKind::Percent, Qualifier::AtMost)]
    );
    assert_eq!(one("近九成的学校").unit, "%");
    assert_eq!(one("约8.5成").value, 85.0);
    // `八成多`: more than 80%, 多 standing after the unit as 以上 does.
    assert_eq!(
        read("覆盖率达到八成多，"),
        [(80.0, QuantityKind::Percent, Qualifier::MoreThan)]
    );
    assert_eq!(one("七成余的学校").text, "七成余");
    // A digit after 成 is hundredths: `八成五` was read as 80%.
    assert_eq!(
        read("覆盖率达到八成五，巩固率九成五以上，占比五成半。"),
        [
            (85.0, QuantityKind::Percent, Qualifier::Exact),
            (95.0, QuantityKind::Percent, Qualifier::MoreThan),
            (55.0, QuantityKind::Percent, Qualifier::Exact),
        ]
    );
    assert_eq!(one("九成二的学校").value, 92.0);
    // Not when a word goes on after the digit.
    assert_eq!(one("七成一般公共预算支出").value, 70.0);
    for text in [
        "全县有5所学校成为示范校",
        "教育成效显著",
        "一成不变",
        "3成果",
    ] {
        assert!(
            figures(text).iter().all(|q| q.unit != "%"),
            "{text}: {:?}",
            figures(text)
        );
    }
    assert_eq!(
        values("全县义务教育巩固率达到九成以上。"),
        [pair("compulsory-retention", 90.0)]
    );
}

#[test]
fn from_and_to_binds_the_level_reached() {
    assert_eq!(
        values(
            "全市普惠性幼儿园覆盖率由2019年的78.2%提高到2021年的86.7%,公办园在园幼儿占比从45%提升至52%。"
        ),
        [
            pair("preschool-inclusive-coverage", 86.7),
            pair("preschool-public-share", 52.0)
        ]
    );
    // A "from" with no "to" states no level.
    assert_eq!(values("普惠性幼儿园覆盖率由78.2%起步"), []);
}

fn claims(text: &str) -> Vec<(String, String)> {
    extracted(text)
        .claims
        .into_iter()
        .map(|c| (c.requirement.to_string(), c.text.to_string()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
        .collect()
}

/// A claim for other regions than the section's: the phrase sorts the
/// regions it counts (`超大班额清零的县达到12个`), the clause counts them (`全市
/// 有10个县实现了“两个只增不减”`) or names the others (`其他县均已实现超大班额
/// 清零`): a claim in part at most, which no rule judges as the whole. Each
/// was the section's whole claim, for a county that had not met it.
#[test]
fn a_claim_for_other_regions_is_not_the_sections() {
    let partial =
        |text: &str| -> Vec<bool> { extracted(text).claims.iter().map(|c| c.partial).collect() };
    for text in [
        "超大班额清零的县达到12个，鹤山县尚未清零。",
        "全市有10个县实现了“两个只增不减”，南溪区未实现。",
        "其他县均已实现超大班额清零，平川县仍有超大班额。",
    ] {
        assert_eq!(partial(text), [true], "{text}");
    }
    // The region's own claim, beside counts of other things, or as one of
    // the counties that met it.
    for text in [
        "全县消除大班额3个，实现超大班额清零。",
        "新建幼儿园3个，实现“两个只增不减”。",
        "是全市率先实现课后服务全覆盖的县之一。",
    ] {
        assert_eq!(partial(text), [false], "{text}");
    }
}

#[test]
fn claims_record_the_requirement_and_the_clause_that_claims_it() {
    // Patterns of the evaluation's shorthand; the texts are our own.
    assert_eq!(
        claims("落实教师待遇保障，发放乡村教师补助1.2亿元，实现“不低于”要求。"),
        pairs(&[("teacher-pay-parity", "实现“不低于”要求")])
    );
    assert_eq!(
        claims("全县小学、初中生均公用经费均高于省定标准，足额拨付到校。"),
        pairs(&[(
            "public-funds-standard",
            "全县小学、初中生均公用经费均高于省定标准"
        )])
    );
    assert_eq!(
        claims("城区学校66人以上超大班额全面清零，大班额比例降至3.2%。"),
        pairs(&[(
            "super-large-classes-eliminated",
            "城区学校66人以上超大班额全面清零"
        )])
    );
    // The verb first: `全面消除` was a piece of `超大班额…全面消除` and hid
    // the `消除` of `消除…超大班额`.
    assert_eq!(
        claims("2023年全面消除66人以上超大班额，大班额比例为2.1%。"),
        pairs(&[(
            "super-large-classes-eliminated",
            "2023年全面消除66人以上超大班额"
        )])
    );
    assert_eq!(
        claims("坚持教育优先，做到“两个只增不减”，一般公共预算教育支出只增不减。"),
        pairs(&[
            ("education-spending-growth", "做到“两个只增不减”"),
            ("education-spending-growth", "一般公共预算教育支出只增不减"),
        ])
    );
}

/// `只增不减` alone, in a clause after the spending's figures (`…比上年下降
/// 1.2%，做到了“只增不减”`, `…实现了逐年只增不减`), claims the spending's
/// requirement: no claim was read, so the fall beside it never contradicted
/// it.
#[test]
fn the_phrase_alone_after_the_spending_claims_it() {
    for text in [
        "全县一般公共预算教育支出8.1亿元，比上年下降1.2%，做到了“只增不减”。",
        "全县一般公共预算教育支出分别为8.21亿元、8.64亿元、8.97亿元，实现了逐年只增不减。",
    ] {
        let ids: Vec<String> = claims(text).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["education-spending-growth"], "{text}");
    }
}

#[test]
fn a_claim_in_a_plan_is_recorded_as_a_plan() {
    let plan =
        |text: &str| -> Vec<bool> { extracted(text).claims.iter().map(|c| c.plan).collect() };
    // A deadline ahead, a plan word before the phrase: plans.
    assert_eq!(
        plan("新建学位2.1万个，到2026年秋季开学前，全县超大班额全部清零。"),
        [true]
    );
    assert_eq!(plan("力争年内全区义务教育学校课后服务实现全覆盖。"), [true]);
    // Met, or a target claimed as met: claims.
    assert_eq!(plan("全区义务教育学校课后服务实现全覆盖。"), [false]);
    assert_eq!(plan("完成目标任务，城区超大班额全面清零。"), [false]);
    // `要求` inside the phrase itself is not a plan word.
    assert_eq!(plan("落实教师工资保障，实现“不低于”要求。"), [false]);
    // What is expected or possible is no claim yet.
    assert_eq!(
        plan("待绩效考核奖发放后可实现不低于当地公务员平均工资收入水平。"),
        [true]
    );
    assert_eq!(plan("年底前全县课后服务有望实现全覆盖。"), [true]);
    // `确保了` is done; `确保` alone aims.
    assert_eq!(
        plan("教育支出比上年下降2.3%，确保了“两个只增不减”。"),
        [false]
    );
    assert_eq!(plan("确保“两个只增不减”。"), [true]);
    // What the region will do, and a rule to follow (each was a claim met,
    // then contradicted by the figures).
    assert_eq!(
        plan("将进一步落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平的要求。"),
        [true]
    );
    assert_eq!(plan("须按照“不低于”要求核定绩效工资总量。"), [true]);
    assert_eq!(plan("县政府将继续做到“两个只增不减”。"), [true]);
}

#[test]
fn a_claim_is_positioned_at_its_phrase() {
    let c = extracted("全县义务教育学校课后服务实现全覆盖。");
    let claim = c.claims.first().expect("one claim");
    assert_eq!(claim.requirement, "after-school-full-coverage");
    assert_eq!(claim.phrase, "课后服务实现全覆盖");
    // The case text starts at column 3 of line 1.
    assert_eq!((claim.line, claim.column), (1, 3 + 8));
}

/// A per-head name after `平均的` (`按在校生人数平均的生均一般公共预算教育支出`)
/// is its own indicator: the rule that takes a total after `平均的` for
/// another, per-head one dropped it, unsaid.
#[test]
fn a_per_head_name_after_an_average_is_its_own() {
    let c = extracted("按在校生人数平均的生均一般公共预算教育支出比上年减少212元。");
    let read: Vec<_> = c.indicators.iter().map(|i| i.indicator.as_str()).collect();
    assert_eq!(read, ["per-student-expenditure"]);
}

/// The pay gap written the other way round (`比当地公务员低0.3万元`) denies
/// the parity, as `低于当地公务员` does; the gap's figure is no count of it.
#[test]
fn a_pay_below_written_with_bi_denies_parity() {
    for text in [
        "义务教育教师平均工资收入为8.6万元，比当地公务员低0.3万元。",
        "义务教育教师平均工资收入为8.6万元，比当地公务员平均工资收入低0.3万元。",
        // A bulletin's words, with no `当地`.
        "青溪县教师平均工资低于公务员。",
    ] {
        let c = extracted(text);
        assert_eq!(c.claims.len(), 1, "{text}: {:?}", c.claims);
        assert!(c.claims[0].denied, "{text}");
    }
}

/// A pay gap said in words (`与当地公务员相比仍有差距`, `存在倒挂`) denies the
/// parity (it was no claim at all, and a 人大 report's only word on the
/// parity was lost); a gap said to be gone (`消除了与当地公务员的差距`) or a
/// plan to narrow it does not.
#[test]
fn a_pay_gap_in_words_denies_parity() {
    for text in [
        "义务教育教师平均工资收入水平与当地公务员相比仍有差距。",
        "全县义务教育教师平均工资收入水平与当地公务员平均工资收入水平存在倒挂。",
        "教师平均工资与公务员仍有一定差距。",
        // The comparison in a clause of its own, before what it compares
        // (it was no claim).
        "与当地公务员相比，教师平均工资仍有差距。",
        "与当地公务员相比，全县义务教育教师平均工资收入水平仍存在一定差距。",
    ] {
        let c = extracted(text);
        assert_eq!(c.claims.len(), 1, "{text}: {:?}", c.claims);
        assert!(c.claims[0].denied, "{text}");
    }
    // A note of what the whole includes is no subgroup (it was a denial in
    // part, and judged nothing).
    let c = extracted("义务教育教师（含特岗教师）平均工资收入水平与当地公务员相比仍有差距。");
    assert_eq!(c.claims.len(), 1, "{:?}", c.claims);
    assert!(c.claims[0].denied && !c.claims[0].partial, "{:?}", c.claims);
    // The gap named again in the next clause is no second claim (it was a
    // claim of parity).
    let c = extracted("义务教育教师平均工资收入水平与当地公务员相比仍有差距，差距较上年有所缩小。");
    assert_eq!(c.claims.len(), 1, "{:?}", c.claims);
    assert!(c.claims[0].denied);
    // With its size, the gap is the figures' (the claim is the words').
    let c = extracted("教师平均工资与当地公务员的差距由0.52万元缩小到0.34万元。");
    assert!(c.claims.is_empty(), "{:?}", c.claims);
    let c = extracted("全县消除了教师平均工资与当地公务员的差距。");
    assert!(c.claims.iter().all(|c| !c.denied), "{:?}", c.claims);
    let c = extracted("下一步，将逐步缩小义务教育教师平均工资与当地公务员的差距。");
    assert!(
        c.claims.iter().all(|c| c.plan || !c.denied),
        "{:?}",
        c.claims
    );
}

/// A question left to the check (`是否落实有待进一步核实`) claims nothing and
/// denies nothing: it was a denial, and failed. (A question in doubt,
/// `能否实现…存在较大不确定性`, stays a denial: see
/// `claims_denied_doubted_or_under_way`.)
#[test]
fn a_question_left_to_the_check_is_no_claim() {
    assert!(claims("全县“两个只增不减”是否落实有待进一步核实。").is_empty());
    assert!(claims("课后服务是否实现全覆盖，需进一步核查。").is_empty());
    assert_eq!(claims("全县实现“两个只增不减”。").len(), 1);
}

/// A question (`是否`, `能否`, `有无`) neither claims nor denies: a
/// questionnaire's item (`评价要点：…是否全覆盖。自评情况：是`) and an
/// inspector's check (`核查了…是否全覆盖`) were each read as a denial, and
/// failed their section beside the figures that back the requirement. The
/// answer right after it decides: `是` (or the option ticked) the claim,
/// `否` its denial, and the other way round when what is asked is the lack
/// (`是否仍存在超大班额：否`, `有无超大班额：无`); with no answer there is no
/// claim at all.
#[test]
fn a_question_is_answered_by_its_answer() {
    let denied =
        |text: &str| -> Vec<bool> { extracted(text).claims.iter().map(|c| c.denied).collect() };
    for text in [
        "评价要点：义务教育学校课后服务是否全覆盖。",
        "核查组重点核查了义务教育学校课后服务是否全覆盖，全县课后服务覆盖率为100%。",
        "督导组实地查看了超大班额是否全部消除，抽查学校均未发现超大班额。",
        "是否全面消除超大班额。",
        "能否实现课后服务全覆盖，取决于新校投用进度。",
        "重点关注一般公共预算教育支出是否做到只增不减、教师工资是否不低于当地公务员。",
        "有无超大班额：□有 □无",
        "超大班额是否清零：是（ ）否（ ）",
    ] {
        assert_eq!(denied(text), Vec::<bool>::new(), "{text}");
    }
    for text in [
        "评价要点：义务教育学校课后服务是否全覆盖。自评情况：是，全县义务教育学校课后服务覆盖率为100%。",
        "评价要点：超大班额是否全部消除。自评情况：是，全县超大班额数为0。",
        "一般公共预算教育支出是否做到只增不减：是。",
        "是否实现“两个只增不减”：☑是 □否",
        "超大班额是否清零：是（√）否（ ）",
        "义务教育教师平均工资收入是否不低于当地公务员？是。",
        "| 课后服务 | 义务教育学校是否全覆盖 | 是 | 达标 |",
        "是否仍存在超大班额：否",
        // (`存在超大班额` is a phrase of what is still there, as `仍存在…` is:
        // asked, its answer decides.)
        "是否存在超大班额：否",
        "有无超大班额：无",
        "义务教育教师平均工资收入是否低于当地公务员：否",
    ] {
        assert_eq!(denied(text), [false], "{text}");
    }
    for text in [
        "是否实现“两个只增不减”：否",
        "是否实现“两个只增不减”：□是 ☑否",
        "超大班额是否全部消除。自评情况：否，全县仍有超大班额2个。",
        "超大班额是否全部消除？否。",
        "课后服务是否实现全覆盖：是（ ）否（√）",
        "是否仍存在超大班额：是",
        "是否存在超大班额：是",
        "有无超大班额：有",
    ] {
        assert_eq!(denied(text), [true], "{text}");
    }
    // No question: the claims and denials stand as written.
    assert_eq!(denied("全县义务教育学校课后服务实现全覆盖。"), [false]);
    assert_eq!(denied("全县已无超大班额。"), [false]);
    for text in [
        "尚未实现课后服务全覆盖。",
        "课后服务未实现全覆盖。",
        "全县超大班额尚未全部消除。",
        "全县仍存在超大班额。",
    ] {
        assert_eq!(denied(text), [true], "{text}");
    }
}

/// `超大班额` alone names the classes left before a count of them
/// (`全县超大班额3个`, `超大班额由12个减少到3个`): it was no name, and the
/// classes left went unseen. After a word of removal it counts the classes
/// removed; opening a claim with no count, it names nothing.
#[test]
fn super_large_classes_counted_are_the_classes_left() {
    let count = |text: &str| -> Vec<Option<f64>> {
        extracted(text)
            .indicators
            .iter()
            .filter(|i| i.indicator == "super-large-class-count")
            .map(|i| i.value)
            .collect()
    };
    assert_eq!(count("超大班额3个。"), [Some(3.0)]);
    assert_eq!(count("超大班额由12个减少到3个。"), [Some(3.0)]);
    assert_eq!(count("超大班额由3个增加到5个。"), [Some(5.0)]);
    assert_eq!(count("化解大班额1015个、超大班额291个。"), []);
    assert_eq!(count("消除超大班额23个。"), []);
    let c = extracted("超大班额全部清零。");
    assert!(c.indicators.is_empty() && c.unread.is_empty(), "{c:?}");
    assert_eq!(c.claims.len(), 1, "{:?}", c.claims);
    // The count before the name, after a word of having (the usual word
    // order): the classes left. They were no figure at all, and a claim of
    // clearing the classes beside them was merely unbacked.
    assert_eq!(count("全县仍有2个超大班额。"), [Some(2.0)]);
    assert_eq!(count("全县有3个66人以上超大班额。"), [Some(3.0)]);
    assert_eq!(count("全县尚存1个超大班额。"), [Some(1.0)]);
    assert_eq!(count("全县剩余1个超大班额。"), [Some(1.0)]);
    // Other words before it count something else.
    assert_eq!(count("新增2个超大班额。"), []);
    assert_eq!(count("消除了2个超大班额。"), []);
}

/// `仍存在超大班额，共4个`, `大班额比例，仅为4.1%`: the name ends its
/// clause and a word or two of being open the next, before the figure. The
/// figure was dropped (the count without a word; the share as no figure).
/// A longer opening says whose the figure is, and is not read as the name's.
#[test]
fn a_figure_opening_the_next_clause_after_a_word_of_being_is_the_names() {
    assert_eq!(
        values("全县仍存在超大班额，共4个。"),
        [pair("super-large-class-count", 4.0)]
    );
    assert_eq!(
        values("全县超大班额，共有4个。"),
        [pair("super-large-class-count", 4.0)]
    );
    assert_eq!(
        values("全县大班额比例，仅为4.1%。"),
        [pair("large-class-share", 4.1)]
    );
    assert_eq!(
        values("全县学前三年毛入园率、普惠性幼儿园覆盖率，分别为91.2%、86.4%。"),
        [
            pair("preschool-gross-enrollment", 91.2),
            pair("preschool-inclusive-coverage", 86.4)
        ]
    );
    assert_eq!(values("全县普惠性幼儿园覆盖率，其中城区为95%。"), []);
    assert_eq!(values("全县大班额比例，较上年下降1.2个百分点。"), []);
    // A count further into the next clause is another's: no name, no note.
    let c = extracted("针对超大班额，新建学校3所，新增学位4000个。");
    assert!(c.indicators.is_empty() && c.unread.is_empty(), "{c:?}");
}

/// Two names each with its change, then `，分别达到…、…`: one level for
/// each, in order, beside its change (the levels were lost without a word).
/// A list of another length leaves the changes alone.
#[test]
fn changes_then_respective_levels() {
    let read = |text: &str| -> Vec<(String, Option<f64>, Option<f64>)> {
        extracted(text)
            .indicators
            .iter()
            .map(|i| {
                let change = i.change.as_ref().and_then(|c| c.value.or(c.percent));
                (i.indicator.to_string(), i.value, change)
            })
            .collect()
    };
    assert_eq!(
        read(
            "普惠性幼儿园覆盖率较上年提高3.2个百分点、公办园在园幼儿占比下降1.5个百分点，分别达到84.6%、48.2%。"
        ),
        [
            (
                "preschool-inclusive-coverage".to_string(),
                Some(84.6),
                Some(3.2)
            ),
            ("preschool-public-share".to_string(), Some(48.2), Some(-1.5))
        ]
    );
    assert_eq!(
        read(
            "学前三年毛入园率较上年提高1.2个百分点、普惠性幼儿园覆盖率提高2.1个百分点，分别达到91.3%、86.2%和77%。"
        ),
        [
            ("preschool-gross-enrollment".to_string(), None, Some(1.2)),
            ("preschool-inclusive-coverage".to_string(), None, Some(2.1))
        ]
    );
}

/// A full coverage of a fund, a time or the pupils who need the service
/// (`课后服务经费保障实现全覆盖`, `有需求的学生课后服务全覆盖`) is no claim of
/// the schools' coverage: each was one, and a figure under 100% made it
/// false.
#[test]
fn a_coverage_of_something_else_is_no_claim() {
    for text in [
        "课后服务经费保障实现全覆盖。",
        "课后服务时间与当地下班时间衔接实现全覆盖。",
        "有需求的学生课后服务全覆盖。",
    ] {
        assert_eq!(extracted(text).claims.len(), 0, "{text}");
    }
    for text in [
        "全县义务教育学校课后服务实现全覆盖。",
        "课后服务实现全覆盖，惠及学生2.1万人。",
    ] {
        assert_eq!(extracted(text).claims.len(), 1, "{text}");
    }
}

/// `生均教育经费`, `生均财政教育支出`: shorter names of the per-student
/// spending; a fall said under them was lost without a word.
#[test]
fn short_names_of_the_per_student_spending() {
    for text in [
        "全县生均教育经费同比下降1.6%。",
        "全县生均财政教育支出同比下降1.6%。",
        "一般公共预算教育支出增长3.1%，生均支出同比下降1.6%。",
        "全县生均一般公共预算支出同比下降1.6%。",
    ] {
        let c = extracted(text);
        let c = Case {
            indicators: c
                .indicators
                .into_iter()
                .filter(|i| i.indicator == "per-student-expenditure")
                .collect(),
            ..c
        };
        assert_eq!(c.indicators.len(), 1, "{text}: {c:?}");
        assert_eq!(
            c.indicators[0].indicator, "per-student-expenditure",
            "{text}"
        );
        let change = c.indicators[0].change.as_ref().and_then(|c| c.percent);
        assert_eq!(change, Some(-1.6), "{text}");
    }
}

/// `教育支出` bare, as budget reports write the general budget's function
/// class, is the spending; `教育支出占比` is its share. A fall said under the
/// bare name was silent.
#[test]
fn bare_education_spending_and_its_share() {
    for (text, id, level, change) in [
        (
            "全县教育支出9.8亿元，比上年下降3.1%。",
            "education-expenditure",
            980000000.0,
            -3.1,
        ),
        (
            "民生支出中，教育支出12.6亿元，增长5.1%。",
            "education-expenditure",
            1260000000.0,
            5.1,
        ),
        (
            "教育支出占比18.2%，比上年下降0.3个百分点。",
            "education-share-of-budget",
            18.2,
            -0.3,
        ),
    ] {
        let c = extracted(text);
        assert_eq!(c.indicators.len(), 1, "{text}: {c:?}");
        let v = &c.indicators[0];
        assert_eq!(v.indicator, id, "{text}");
        assert_eq!(v.value, Some(level), "{text}");
        // A share's change in 个百分点 is its absolute change; money's is
        // relative.
        let stated = v.change.as_ref().and_then(|c| c.percent.or(c.value));
        assert_eq!(stated, Some(change), "{text}");
    }
    // A kind of education's own spending is not the whole's (preschool's
    // fall failed the county's 只增不减).
    for text in [
        "全县学前教育支出1.1亿元，比上年下降8.1%。",
        "义务教育支出6.2亿元，增长3%。",
    ] {
        assert_eq!(extracted(text).indicators, [], "{text}");
    }
}

/// `66人以上班级还有4个`, `56人以上班级占比为4.2%`: the classes named by
/// their size, not as 超大班额 or 大班额. The figures were dropped, unsaid.
#[test]
fn classes_named_by_their_size_are_the_class_size_indicators() {
    assert_eq!(
        values("全县66人以上班级还有4个。"),
        [pair("super-large-class-count", 4.0)]
    );
    assert_eq!(
        values("全县56人以上班级占比为4.2%。"),
        [pair("large-class-share", 4.2)]
    );
    for text in [
        "全县已无超大班额。",
        "全县已无66人以上超大班额。",
        "超大班额已全部化解。",
    ] {
        let c = extracted(text);
        assert!(
            c.indicators.is_empty() && c.unread.is_empty(),
            "{text}: {c:?}"
        );
        assert_eq!(c.claims.len(), 1, "{text}: {:?}", c.claims);
    }
    let c = extracted("66人以上班级已全部消除。");
    assert!(c.indicators.is_empty() && c.unread.is_empty(), "{c:?}");
    assert_eq!(c.claims.len(), 1, "{:?}", c.claims);
}

/// A level, then a change over several years or against an earlier year
/// than the one before: the level is read, with no change, and an unread
/// mention of reason `other-period` stands beside it at the name. A change
/// against the year before (`较2022年` in a report on 2023) is the change.
#[test]
fn a_change_over_another_span_after_a_level_stands_beside_it_unread() {
    use dutycheck_model::UnreadMentionReason;
    let spans = |text: &str| {
        let c = county_phrasing::in_2023(text);
        let changed = c.indicators.iter().any(|i| i.change.is_some());
        let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
        let levels: Vec<_> = c
            .indicators
            .iter()
            .filter_map(|i| Some((i.indicator.to_string(), i.value?)))
            .collect();
        (levels, changed, reasons)
    };
    let other = vec![UnreadMentionReason::OtherPeriod];
    for text in [
        "全县一般公共预算教育支出12.4亿元，较2021年下降2.1%。",
        "全县一般公共预算教育支出12.4亿元，2021年以来年均增长4.2%。",
        "全县一般公共预算教育支出12.4亿元，近三年提高8.5%。",
    ] {
        assert_eq!(
            spans(text),
            (
                vec![pair("education-expenditure", 1_240_000_000.0)],
                false,
                other.clone()
            ),
            "{text}"
        );
    }
    assert_eq!(
        spans("全县普惠性幼儿园覆盖率为89.4%，比2020年提高6.2个百分点。"),
        (
            vec![pair("preschool-inclusive-coverage", 89.4)],
            false,
            other.clone()
        )
    );
    // Against the year before: the year's change, nothing unread.
    assert_eq!(
        spans("全县一般公共预算教育支出12.4亿元，较2022年下降2.1%。"),
        (
            vec![pair("education-expenditure", 1_240_000_000.0)],
            true,
            vec![]
        )
    );
    // The year's change, then one over years: the year's stands.
    assert_eq!(
        spans("全县一般公共预算教育支出12.4亿元，比上年增长1.2%，较2020年增长8.5%。"),
        (
            vec![pair("education-expenditure", 1_240_000_000.0)],
            true,
            vec![]
        )
    );
    // Another name between: its own figure.
    assert_eq!(
        spans("全县普惠性幼儿园覆盖率为89.4%，学前三年毛入园率较2020年提高2.1个百分点。").2,
        vec![UnreadMentionReason::OtherPeriod]
    );
    // Alone: `other-period`, not `wrong-kind`.
    assert_eq!(spans("全县一般公共预算教育支出较2021年下降2.1%。").2, other);
    // Against the time before the remedy.
    assert_eq!(
        spans("全县教育支出占一般公共预算支出的比例为19.8%，比整改前下降0.6个百分点。"),
        (
            vec![pair("education-share-of-budget", 19.8)],
            false,
            other.clone()
        )
    );
    // The earlier year's figure in brackets inside `与…相比`.
    assert_eq!(
        spans("全县一般公共预算教育支出12.4亿元，与2021年（12.1亿元）相比增长2.5%。"),
        (
            vec![pair("education-expenditure", 1_240_000_000.0)],
            false,
            other.clone()
        )
    );
}

/// `与上年（12.1亿元）相比增长2.5%`: the year before's figure in brackets,
/// then `相比` and the change. The change is the level's, against that base
/// (it was lost without a word, so a fall said this way passed 只增不减).
#[test]
fn a_change_after_the_year_befores_figure_in_brackets_is_the_change() {
    for (text, percent) in [
        (
            "全县一般公共预算教育支出12.4亿元，与上年（12.1亿元）相比增长2.5%。",
            2.5,
        ),
        (
            "全县一般公共预算教育支出12.4亿元，与上年（12.9亿元）相比下降3.9%。",
            -3.9,
        ),
        (
            "全县一般公共预算教育支出12.4亿元，和2022年（12.9亿元）相较减少3.9%。",
            -3.9,
        ),
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(c.indicators.len(), 1, "{text}: {c:?}");
        let v = &c.indicators[0];
        assert_eq!(v.value, Some(1_240_000_000.0), "{text}");
        let change = v.change.as_ref().expect(text);
        assert_eq!(change.percent, Some(percent), "{text}");
        assert_eq!(
            change.base.as_ref().map(|b| b.value),
            Some(if percent > 0.0 {
                1_210_000_000.0
            } else {
                1_290_000_000.0
            }),
            "{text}"
        );
        assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
    }
}

#[test]
fn mentions_and_resolved_counts_are_not_claims() {
    assert!(claims("化解大班额1015个、超大班额291个，新增学位1.2万个。").is_empty());
    assert!(claims("课后服务覆盖率达到96%，普惠性幼儿园覆盖率达到88%。").is_empty());
}

#[test]
fn a_phrase_inside_an_indicator_name_is_not_a_claim() {
    let mut b = dutycheck_catalog::CatalogBuilder::new(Catalog::bundled());
    b.add_file(
        "mine.yaml",
        "requirements:\n  - {id: jb.retention, name: 巩固率达标, phrases: [巩固率, 义务教育巩固率…达标], indicators: [compulsory-retention]}\n",
    );
    let catalog = b.build().expect("valid");
    let run = |text: &str| {
        let mut c = case(text);
        Extractor::new(&catalog).extract_case(&mut c);
        c.claims.into_iter().map(|c| c.text).collect::<Vec<_>>()
    };
    // `巩固率` is inside the mention `九年义务教育巩固率`: no claim.
    assert!(run("九年义务教育巩固率达到99.1%。").is_empty());
    // The gap phrase reaches beyond the name: a claim.
    assert_eq!(
        run("九年义务教育巩固率全面达标。"),
        ["九年义务教育巩固率全面达标"]
    );
}

mod statements {
    use dutycheck_model::{
        Change, Direction, IndicatorValue, Span, StatementKind, UnreadMentionReason,
    };

    use super::extracted;

    /// (indicator, kind, value, change) of every statement of a case's
    /// `indicators[]`.
    fn stated(text: &str) -> Vec<(String, StatementKind, Option<f64>, Option<Change>)> {
        extracted(text)
            .indicators
            .into_iter()
            .map(|i| {
                // Where a change is written is tested on its own
                // (`a_change_is_located_at_its_verb_and_figure`).
                let change = i.change.map(|c| Change {
                    percent_at: None,
                    value_at: None,
                    ..c
                });
                (i.indicator.to_string(), i.statement, i.value, change)
            })
            .collect()
    }

    /// Where each part of a change is written (issue 16.9b): with its verb
    /// (`下降1.8%`, not the level it follows), each part apart
    /// (`增加21543.2万元`, `增长6.5%`), and each figure of a list of changes
    /// alone (the verb stands once, before the list).
    #[test]
    fn a_change_is_located_at_its_verb_and_figure() {
        type Places = Vec<(Option<(usize, usize)>, Option<(usize, usize)>)>;
        let at = |text: &str| -> Places {
            extracted(text)
                .indicators
                .into_iter()
                .map(|i| {
                    let c = i.change.expect("a change");
                    let span = |s: Option<Span>| s.map(|s| (s.start, s.end));
                    (span(c.percent_at), span(c.value_at))
                })
                .collect()
        };
        let spanned = |text: &str, s: (usize, usize)| -> String {
            text.chars().skip(s.0).take(s.1 - s.0).collect()
        };
        let text = "全区一般公共预算教育支出为98765.4万元，比上年下降1.8%。";
        let [(Some(p), None)] = at(text)[..] else {
            panic!("{:?}", at(text))
        };
        assert_eq!(spanned(text, p), "下降1.8%");
        let text = "一般公共预算教育支出352816.4万元，比上年增加21543.2万元，增长6.5%。";
        let [(Some(p), Some(v))] = at(text)[..] else {
            panic!("{:?}", at(text))
        };
        assert_eq!(
            (spanned(text, p).as_str(), spanned(text, v).as_str()),
            ("增长6.5%", "增加21543.2万元")
        );
        let text = "学前三年毛入园率、普惠性幼儿园覆盖率分别比上年提高1.4个百分点和2.2个百分点，分别达到91.6%、87.3%。";
        let spans = at(text);
        assert_eq!(spans.len(), 2, "{spans:?}");
        let figures: Vec<String> = spans
            .iter()
            .map(|(_, v)| spanned(text, v.expect("a value change")))
            .collect();
        assert_eq!(figures, ["1.4个百分点", "2.2个百分点"]);
        // A from→to's change is derived: no place of its own.
        let text = "学前三年毛入园率由86.1%提高到90.2%。";
        assert_eq!(at(text), [(None, None)]);
    }

    fn targets(text: &str) -> Vec<IndicatorValue> {
        extracted(text).targets
    }

    fn change(value: Option<f64>, unit: Option<&str>, percent: Option<f64>) -> Option<Change> {
        Some(Change {
            value,
            unit: unit.map(dutycheck_model::Text::from),
            percent,
            derived: false,
            base: None,
            ..Change::default()
        })
    }

    #[test]
    fn a_change_alone_is_a_statement_without_a_level() {
        assert_eq!(
            stated("一般公共预算教育支出比上年减少0.8亿元，下降4.1%。"),
            [(
                "education-expenditure".to_string(),
                StatementKind::Change,
                None,
                change(Some(-80_000_000.0), Some("元"), Some(-4.1))
            )]
        );
    }

    #[test]
    fn a_level_after_its_change() {
        assert_eq!(
            stated("高中阶段毛入学率较上年提高1.2个百分点，达到93.4%。"),
            [(
                "highschool-gross-enrollment".to_string(),
                StatementKind::Level,
                Some(93.4),
                change(Some(1.2), Some("个百分点"), None)
            )]
        );
    }

    #[test]
    fn from_to_states_the_later_value_and_derives_the_change() {
        let found = stated("学前三年毛入园率由2020年的86.1%提高到2021年的90.2%。");
        assert_eq!(found.len(), 1, "{found:?}");
        let (_, kind, value, change) = &found[0];
        assert_eq!((*kind, *value), (StatementKind::FromTo, Some(90.2)));
        let change = change.clone().expect("derived change");
        assert!(change.derived);
        assert_eq!(change.unit.as_deref(), Some("个百分点"));
        assert!((change.value.unwrap_or_default() - 4.1).abs() < 1e-9);
        // A change stated after the from→to is the stated one.
        // Its from is kept as the base (no year named).
        let found = stated("普惠性幼儿园覆盖率从74%提升至81.5%，提高7.5个百分点。");
        let mut stated_change = found[0].3.clone().expect("a change");
        let base = stated_change.base.take().expect("the from, as the base");
        assert_eq!((base.value, base.year), (74.0, None));
        assert_eq!(Some(stated_change), change_pp(7.5));
    }

    /// `超大班额较上年减少4个，目前仍有2个`: what is left after a fall of a
    /// count is its level (it was dropped, and the rule on the count said
    /// nothing).
    #[test]
    fn the_count_left_after_its_fall_is_the_level() {
        for text in [
            "全县超大班额较上年减少4个，目前仍有2个。",
            "全县超大班额比上年减少4个，尚有2个。",
        ] {
            let c = extracted(text);
            let read: Vec<_> = c
                .indicators
                .iter()
                .map(|i| (i.value, i.change.as_ref().and_then(|c| c.value)))
                .collect();
            assert_eq!(read, [(Some(2.0), Some(-4.0))], "{text}");
        }
    }

    /// A few words before the `由` (an adverb, the year, a cause in a clause
    /// of its own) leave the from→to a from→to: the from figure was read as
    /// the level (`已由82.4%提高到91.2%` failed 85% at 82.4), and a cause's
    /// `减少` as the change.
    #[test]
    fn a_from_to_after_a_lead_states_the_later_value() {
        for (text, value) in [
            ("学前三年毛入园率已由82.4%提高到91.2%。", 91.2),
            ("学前三年毛入园率现已由82.4%提高到91.2%。", 91.2),
            ("学前三年毛入园率逐步由82.4%提高到91.2%。", 91.2),
            ("学前三年毛入园率2023年由84.2%提高到90.1%。", 90.1),
            ("超大班额已由上年的15个减少至0个。", 0.0),
            (
                "一般公共预算教育支出已由8.1亿元增加到8.5亿元。",
                850_000_000.0,
            ),
            (
                "普惠性幼儿园覆盖率受民办园减少影响，由82.4%下降到78.6%。",
                78.6,
            ),
            (
                "九年义务教育巩固率因辍学人数减少，由94.1%提高到96.2%。",
                96.2,
            ),
            (
                "全县普惠性幼儿园覆盖率受民办园退出影响，由上年的86.2%回落至84.9%。",
                84.9,
            ),
        ] {
            let found = stated(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let (_, kind, level, change) = &found[0];
            assert_eq!(
                (*kind, *level),
                (StatementKind::FromTo, Some(value)),
                "{text}"
            );
            let change = change.clone().expect("derived change");
            let up = value > 80.0 && text.contains("提高");
            assert_eq!(
                change.value.unwrap_or_default() > 0.0,
                up || text.contains("增加"),
                "{text}"
            );
        }
        // The year before the `由` is the year the level moved in, not the
        // base's.
        let found = stated("学前三年毛入园率2023年由84.2%提高到90.1%。");
        let base = found[0]
            .3
            .clone()
            .and_then(|c| c.base)
            .expect("the from, as the base");
        assert_eq!((base.value, base.year), (84.2, None));
    }

    /// `较上年下降到76.5%`, `同比增加到10.3亿元`: a comparison with the year
    /// before, then a verb that moves the level to the figure. The figure is
    /// the level; the change has a direction and no size (it was read as a
    /// change of 76.5%, and the level lost).
    #[test]
    fn a_level_moved_to_against_the_year_before_is_the_level() {
        for (text, value, direction) in [
            (
                "普惠性幼儿园覆盖率较上年下降到76.5%。",
                76.5,
                Direction::Down,
            ),
            ("普惠性幼儿园覆盖率比上年提高到86.5%。", 86.5, Direction::Up),
            ("超大班额较上年减少到4个。", 4.0, Direction::Down),
            (
                "一般公共预算教育支出同比增加到10.3亿元。",
                1_030_000_000.0,
                Direction::Up,
            ),
        ] {
            let c = extracted(text);
            let levels: Vec<_> = c
                .indicators
                .iter()
                .map(|i| (i.value, i.change.is_some()))
                .collect();
            assert_eq!(levels, [(Some(value), false)], "{text}");
            let sizeless: Vec<_> = c.unread.iter().map(|u| (u.reason, u.direction)).collect();
            assert_eq!(
                sizeless,
                [(UnreadMentionReason::UnsizedChange, Some(direction))],
                "{text}"
            );
        }
        // Listed with `分别`: each name's level.
        let c = extracted("普惠性幼儿园覆盖率、公办园在园幼儿占比较上年分别提高到88.2%和53.1%。");
        let levels: Vec<_> = c
            .indicators
            .iter()
            .map(|i| (i.value, i.change.is_some()))
            .collect();
        assert_eq!(levels, [(Some(88.2), false), (Some(53.1), false)]);
    }

    fn change_pp(v: f64) -> Option<Change> {
        change(Some(v), Some("个百分点"), None)
    }

    #[test]
    fn plans_are_targets_never_levels() {
        for (text, value, year) in [
            ("力争到2025年学前三年毛入园率达到92%。", 92.0, Some(2025)),
            ("要求县域学前三年毛入园率达到90%。", 90.0, None),
            ("目标任务：普惠性幼儿园覆盖率达到85%。", 85.0, None),
            ("计划将高中阶段毛入学率提高到95%。", 95.0, None),
            ("确保大班额比例控制在5%以内。", 5.0, None),
            // Not "more than 5%": a bound, as 不低于 is.
            ("大班额比例不超过5%。", 5.0, None),
            (
                "预计2023年高中阶段毛入学率将达到93%以上。",
                93.0,
                Some(2023),
            ),
        ] {
            assert_eq!(stated(text), [], "{text}");
            let t = targets(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(t[0].statement, StatementKind::Target);
            assert_eq!((t[0].value, t[0].year), (Some(value), year), "{text}");
        }
        // A clause dated in the report's year after a plan is what was.
        let mut c = super::case(
            "计划到2025年全县普惠性幼儿园覆盖率达到92%，2023年普惠性幼儿园覆盖率为78.4%。",
        );
        crate::Extractor::new(&dutycheck_catalog::Catalog::bundled()).extract_case_in(
            &mut c,
            crate::indicators::Context {
                year: Some(2023),
                plan_section: false,
                region: None,
                rectification: false,
            },
        );
        assert_eq!(c.targets.len(), 1, "{:?}", c.targets);
        assert_eq!(c.targets[0].value, Some(92.0));
        assert_eq!(c.indicators.len(), 1, "{:?}", c.indicators);
        assert_eq!(c.indicators[0].value, Some(78.4));
        // A plan right after the level, and a standard named after it.
        let c = extracted("高中阶段毛入学率达到92.8%，计划2025年达到95%以上。");
        assert_eq!(c.indicators[0].value, Some(92.8));
        assert_eq!(c.targets[0].value, Some(95.0));
        let c = extracted("学前三年毛入园率为78%，未达到80%的国家标准。");
        assert_eq!(c.indicators[0].value, Some(78.0));
        assert_eq!(c.targets[0].value, Some(80.0));
        // The plan's clause after one clause of other words, the name not
        // repeated (the plan was lost); two clauses between, or another
        // name, and it is not the same indicator's.
        let c = extracted("公办园在园幼儿占比为47.3%，下一步将新建公办园，确保2025年达到55%。");
        assert_eq!(c.indicators[0].value, Some(47.3));
        assert_eq!(c.targets[0].value, Some(55.0));
        for text in [
            "公办园在园幼儿占比为47.3%，下一步将新建公办园，扩大学位供给，确保2025年达到55%。",
            "公办园在园幼儿占比为47.3%，普惠性幼儿园覆盖率较低，确保2025年达到55%。",
        ] {
            let c = extracted(text);
            assert!(
                c.targets
                    .iter()
                    .all(|t| t.indicator != "preschool-public-share"),
                "{text}: {:?}",
                c.targets
            );
        }
        // A claim of a target met is no plan.
        assert_eq!(
            stated("完成目标，普惠性幼儿园覆盖率达到91.5%。")[0].2,
            Some(91.5)
        );
    }

    #[test]
    fn levels_with_spaces_colons_parentheses_and_no_linking_word() {
        for (text, value) in [
            ("公办园在园幼儿占比 51.6 %。", 51.6),
            ("一般公共预算教育支出 12.6 亿元。", 1_260_000_000.0),
            ("义务教育巩固率94.6%。", 94.6),
            ("九年义务教育巩固率：97.5%。", 97.5),
            ("高中阶段毛入学率（含技工院校）达到92.8%。", 92.8),
        ] {
            let found = stated(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].2, Some(value), "{text}");
        }
    }

    #[test]
    fn a_change_against_an_older_year_or_an_average_is_no_growth() {
        let found = stated("普惠性幼儿园覆盖率比全省平均高3.5个百分点。");
        assert_eq!(found, [], "{found:?}");
    }

    #[test]
    fn unread_mentions_say_why() {
        for (text, reason) in [
            (
                "注：毛入园率按常住人口计算。",
                UnreadMentionReason::NoFigure,
            ),
            ("普惠性幼儿园覆盖率达**%。", UnreadMentionReason::Masked),
            (
                "普惠性幼儿园覆盖率达标的乡镇12个。",
                UnreadMentionReason::WrongKind,
            ),
            (
                "学前三年毛入园率 93.2% 94.1%（口径不一致）。",
                UnreadMentionReason::Ambiguous,
            ),
        ] {
            let c = extracted(text);
            assert_eq!(c.indicators, [], "{text}");
            assert_eq!(c.unread.len(), 1, "{text}: {:?}", c.unread);
            assert_eq!(c.unread[0].reason, reason, "{text}");
        }
        // A list whose figures do not line up is read as nothing, and said.
        let c = extracted("学前教育公办率、普惠性幼儿园覆盖率分别达77.54%");
        assert_eq!(c.unread.len(), 2);
    }

    /// `A不低于当地B，2022年分别为X、Y`: the claim's two names, then their
    /// figures. Before, both names were unread and the claim was said to
    /// have no figures behind it; the bound was read as the first figure's.
    #[test]
    fn a_claimed_pair_then_its_figures_reads_both() {
        for text in [
            "义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平，2022年分别为9.82万元、9.65万元。",
            "义务教育教师平均工资收入不低于当地公务员平均工资收入，分别为9.1万元、9.3万元。",
        ] {
            let c = extracted(text);
            let read: Vec<_> = c
                .indicators
                .iter()
                .map(|i| (i.indicator.as_str(), i.value, i.statement))
                .collect();
            assert_eq!(read.len(), 2, "{text}: {read:?} {:?}", c.unread);
            assert_eq!(read[0].0, "teacher-average-salary", "{text}");
            assert_eq!(read[1].0, "civil-servant-average-salary", "{text}");
            assert!(read.iter().all(|r| r.2 == StatementKind::Level), "{text}");
            assert_eq!(c.targets, [], "{text}");
            assert_eq!(c.unread, [], "{text}");
        }
        // One figure, or figures of another kind: nothing is paired.
        for text in [
            "义务教育教师平均工资收入不低于当地公务员平均工资收入，分别为9.1万元。",
            "义务教育教师平均工资收入不低于当地公务员平均工资收入，分别为95%、96%。",
        ] {
            let c = extracted(text);
            assert_eq!(c.indicators, [], "{text}");
        }
    }

    /// `计划到2025年A达到55%，目前为51.3%`: the level reached after a plan.
    /// Before, the plan was read and 51.3 was lost, with nothing said.
    /// `A控制在2.5%以内，较上年下降0.6个百分点`: a bound measured against the
    /// year before is a level reached, not a requirement.
    #[test]
    fn the_level_now_after_a_plan_and_a_bound_measured_against_last_year_are_levels() {
        let cx = crate::indicators::Context {
            year: Some(2023),
            plan_section: false,
            region: None,
            rectification: false,
        };
        let read = |text: &str| {
            let mut c = super::case(text);
            crate::Extractor::new(&dutycheck_catalog::Catalog::bundled())
                .extract_case_in(&mut c, cx);
            c
        };
        for text in [
            "计划到2025年公办园在园幼儿占比达到55%，目前为51.3%。",
            "力争2025年公办园在园幼儿占比达到55%，当前为51.3%。",
        ] {
            let c = read(text);
            let levels: Vec<_> = c.indicators.iter().filter_map(|i| i.value).collect();
            let targets: Vec<_> = c.targets.iter().filter_map(|i| i.value).collect();
            assert_eq!((levels, targets), (vec![51.3], vec![55.0]), "{text}");
        }
        let c = read("2023年全区大班额比例控制在2.5%以内，较上年下降0.6个百分点。");
        assert_eq!(c.targets, [], "{:?}", c.targets);
        assert_eq!(c.indicators.len(), 1);
        assert_eq!(c.indicators[0].value, Some(2.5));
        assert_eq!(
            c.indicators[0].qualifier,
            dutycheck_model::Qualifier::AtMost
        );
        // Without the change it stays a requirement.
        let c = read("全区大班额比例控制在2.5%以内。");
        assert_eq!(c.indicators, []);
        assert_eq!(c.targets.len(), 1);
    }

    /// `A较上年有所下降，为93.1%`: before, the whole mention was unread with
    /// "no figure in its clause" (there is one, in the next clause), and the
    /// level was lost. Now the level is read and the change, said in words
    /// only, is unread with its own reason, so a rule on the change says so.
    #[test]
    fn a_change_said_in_words_only_keeps_its_level_and_says_the_change_is_unsized() {
        for (text, id, level) in [
            (
                "全县学前三年毛入园率较上年有所下降，为93.1%。",
                "preschool-gross-enrollment",
                93.1,
            ),
            (
                "一般公共预算教育支出比上年略有减少，为5.2亿元。",
                "education-expenditure",
                5.2e8,
            ),
            (
                "高中阶段毛入学率同比稳步提高，达到92.6%。",
                "highschool-gross-enrollment",
                92.6,
            ),
            (
                "义务教育巩固率与上年相比有所下降，为95.4%。",
                "compulsory-retention",
                95.4,
            ),
            // The level first, then the change in words: the same.
            (
                "全县大班额比例为4.2%，较上年有所上升。",
                "large-class-share",
                4.2,
            ),
            (
                "高中阶段毛入学率达到92.6%，同比略有下降。",
                "highschool-gross-enrollment",
                92.6,
            ),
            (
                "一般公共预算教育支出5.2亿元，比去年有所减少。",
                "education-expenditure",
                5.2e8,
            ),
        ] {
            let c = extracted(text);
            assert_eq!(super::values(text), [super::pair(id, level)], "{text}");
            assert_eq!(c.indicators[0].change, None, "{text}");
            let reasons: Vec<_> = c
                .unread
                .iter()
                .map(|u| (u.indicator.as_str(), u.reason))
                .collect();
            assert_eq!(
                reasons,
                [(id, UnreadMentionReason::UnsizedChange)],
                "{text}"
            );
        }
        // No level after it: the reason is still the unsized change, not
        // "no figure".
        let c = extracted("生均一般公共预算教育经费有所增长。");
        let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
        assert_eq!(reasons, [UnreadMentionReason::UnsizedChange]);
        // Each says which way the change went; other reasons say none.
        for (text, direction) in [
            ("生均一般公共预算教育经费有所增长。", Direction::Up),
            (
                "义务教育巩固率与上年相比有所下降，为95.4%。",
                Direction::Down,
            ),
            ("全县大班额比例为4.2%，较上年有所上升。", Direction::Up),
            (
                "一般公共预算教育支出5.2亿元，比去年有所减少。",
                Direction::Down,
            ),
            ("一般公共预算教育支出同比略有减少。", Direction::Down),
        ] {
            let directions: Vec<_> = extracted(text).unread.iter().map(|u| u.direction).collect();
            assert_eq!(directions, [Some(direction)], "{text}");
        }
        let c = extracted("普惠性幼儿园覆盖率达**%。");
        assert_eq!(c.unread[0].reason, UnreadMentionReason::Masked);
        assert_eq!(c.unread[0].direction, None);
        // After a level, a clause that names no year before, a change with
        // its size, or no change: the level stands, alone.
        let after_a_level = [
            "高中阶段毛入学率达到92.6%，提高了办学水平。",
            "高中阶段毛入学率达到92.6%，稳步提高。",
            "高中阶段毛入学率达到92.6%，较上年提高1.2个百分点。",
            "高中阶段毛入学率达到92.6%，与上年持平。",
            "高中阶段毛入学率达到92.6%，较上年只增不减。",
        ];
        for text in after_a_level {
            assert_eq!(super::values(text).len(), 1, "{text}");
        }
        // Those, another base, a span of years, or an older year: no change
        // against the year before is said; nothing is read as one.
        for text in after_a_level.into_iter().chain([
            "高中阶段毛入学率高于全省平均，为92.6%。",
            "高中阶段毛入学率2018年以来稳步提高，为92.6%。",
            "高中阶段毛入学率较2019年有所提高，为92.6%。",
            "确保一般公共预算教育支出只增不减。",
            "一般公共预算教育支出未出现下降。",
        ]) {
            let mut c = super::case(text);
            let cx = crate::indicators::Context {
                year: Some(2023),
                plan_section: false,
                region: None,
                rectification: false,
            };
            crate::Extractor::new(&dutycheck_catalog::Catalog::bundled())
                .extract_case_in(&mut c, cx);
            assert!(
                c.unread
                    .iter()
                    .all(|u| u.reason != UnreadMentionReason::UnsizedChange),
                "{text}: {:?}",
                c.unread
            );
        }
    }

    /// The teachers' degree share under the names reports give it, and not
    /// the principals' (`校长本科以上学历比例`).
    #[test]
    fn the_teachers_degree_share_is_read_under_its_names_and_not_the_principals() {
        for text in [
            "全县专任教师本科及以上学历占比为78.6%。",
            "本科及以上学历教师所占比例达到78.6%。",
            "中小学教师本科以上学历占比78.6%。",
        ] {
            assert_eq!(
                super::values(text),
                [super::pair("teacher-bachelor-share", 78.6)],
                "{text}"
            );
        }
        for text in [
            "校长本科以上学历比例为95%。",
            "中小学校（园）长本科以上学历比例为95%。",
        ] {
            assert_eq!(super::values(text), [], "{text}");
        }
    }

    /// `A偏低，仅为38.5%`: a clause that only judges the level, then the
    /// level, as inspectors and problem sections write it (was: no figure
    /// in its clause, unread). A judging clause followed by no level, or a
    /// longer clause, reads nothing; a plan after it is a target.
    #[test]
    fn a_level_after_a_clause_that_judges_it_is_read() {
        for (text, id, level) in [
            (
                "中职招生比例偏低，仅为38.5%，低于国家要求。",
                "vocational-enrollment-share",
                38.5,
            ),
            (
                "公办园在园幼儿占比较低，只有42.3%。",
                "preschool-public-share",
                42.3,
            ),
            (
                "普惠性幼儿园覆盖率仍然偏低，为78.2%。",
                "preschool-inclusive-coverage",
                78.2,
            ),
            ("大班额比例偏高，达到6.1%。", "large-class-share", 6.1),
        ] {
            assert_eq!(super::values(text), [super::pair(id, level)], "{text}");
        }
        for text in [
            "中职招生比例偏低，全县共招生1200人。",
            "中职招生比例偏低的问题突出，全县为38.5%。",
        ] {
            assert_eq!(super::values(text), [], "{text}");
            let reasons: Vec<_> = extracted(text).unread.iter().map(|u| u.reason).collect();
            assert_eq!(reasons, [UnreadMentionReason::NoFigure], "{text}");
        }
        let c = extracted("中职招生比例偏低，目标为50%。");
        assert_eq!(c.indicators, []);
        assert_eq!(c.targets.len(), 1);
    }

    /// `A低于B约1800元`, `A比B高出2300元`: the figure is the gap between
    /// the two. Before, it was read as B's level (the civil servants'
    /// salary, 1800元) or as B's growth on the year before (+2300元).
    #[test]
    fn what_a_figure_is_compared_with_is_not_its_subject() {
        for text in [
            "义务教育教师平均工资收入低于当地公务员平均工资收入约1800元。",
            "义务教育教师平均工资收入比当地公务员平均工资收入高出2300元。",
            "全县义务教育教师平均工资收入较公务员平均工资收入少860元。",
            "教师年均工资高于公务员年均工资3200元。",
        ] {
            let c = extracted(text);
            assert_eq!(c.indicators, [], "{text}: {:?}", c.indicators);
            let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
            // Both sides: the figure is neither's level.
            assert_eq!(reasons, [UnreadMentionReason::Compared; 2], "{text}");
        }
        // Compared in a clause, the gap's size in the next (each was read
        // as the teachers' pay, 3000元 or 6000元, and failed).
        for text in [
            "经核查，教师平均工资高于当地公务员，实际高0.3万元。",
            "教师平均工资高于当地公务员，多出0.3万元。",
            "自评称教师平均工资高于当地公务员，实际低0.6万元。",
        ] {
            let c = extracted(text);
            assert_eq!(c.indicators, [], "{text}: {:?}", c.indicators);
            let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
            assert_eq!(reasons, [UnreadMentionReason::Compared], "{text}");
        }
        // Compared, but with no figure: the usual reason.
        let c = extracted(
            "义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平，全面完成目标。",
        );
        let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
        assert_eq!(reasons, [UnreadMentionReason::NoFigure; 2]);
        // Each stated in its own clause: both read.
        let c = extracted("义务教育教师平均工资收入9.8万元，当地公务员平均工资收入9.6万元。");
        assert_eq!(c.indicators.len(), 2, "{:?}", c.unread);
        assert_eq!(c.unread, []);
    }
}

/// Forms met in real reports (the corpus): tables by their columns, a
/// stated zero, lists sharing a unit, bounds crossed, sentences opened by
/// `下一步`, and a plan for a later year after a plan.
mod phrasing {
    use dutycheck_model::{StatementKind, UnreadMentionReason};

    use super::*;
    use crate::indicators::Context;

    fn in_report(text: &str, year: Option<i32>) -> Case {
        let mut c = case(text);
        Extractor::new(&Catalog::bundled()).extract_case_in(
            &mut c,
            Context {
                year,
                plan_section: false,
                region: None,
                rectification: false,
            },
        );
        c
    }

    fn levels(c: &Case) -> Vec<(String, Option<f64>)> {
        c.indicators
            .iter()
            .map(|i| (i.indicator.to_string(), i.value))
            .collect()
    }

    fn targets(c: &Case) -> Vec<(String, Option<f64>)> {
        c.targets
            .iter()
            .map(|i| (i.indicator.to_string(), i.value))
            .collect()
    }

    const TABLE: &str = "主要指标：\n指标 省定标准 2022年 2023年 备注\n普惠性幼儿园覆盖率 ≥80% 83.5% 86.1% 达标\n九年义务教育巩固率 ≥95% 96.2% 96.8% 达标";

    #[test]
    fn a_table_is_read_by_its_columns() {
        let c = in_report(TABLE, Some(2023));
        assert_eq!(
            levels(&c),
            [
                ("preschool-inclusive-coverage".to_string(), Some(86.1)),
                ("compulsory-retention".to_string(), Some(96.8)),
            ]
        );
        assert_eq!(
            targets(&c),
            [
                ("preschool-inclusive-coverage".to_string(), Some(80.0)),
                ("compulsory-retention".to_string(), Some(95.0)),
            ]
        );
        assert!(c.targets.iter().all(|t| t.qualifier == Qualifier::MoreThan));
        // With no report year, the latest year's column is the level.
        assert_eq!(levels(&in_report(TABLE, None))[0].1, Some(86.1));
        // Markdown, with the rule under its header.
        let md =
            "| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n| 高中阶段毛入学率 | 95.0% | 95.7% |";
        assert_eq!(
            levels(&in_report(md, Some(2023))),
            [("highschool-gross-enrollment".to_string(), Some(95.7))]
        );
    }

    /// A table that writes its unit once, in the row's name, the column's
    /// header or the caption, and its cells as bare numbers: every row was
    /// `no-figure`. The bare numbers are read in the declared unit, and a
    /// fall between the year columns is seen.
    #[test]
    fn a_table_declares_its_units_once() {
        let rows = "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 生均一般公共预算教育支出（元） | 14920 | 14650 |\n| 一般公共预算教育支出(万元) | 52,100 | 53400 |\n| 公办园在园幼儿占比（%） | 51.2 | 53.6 |";
        let c = in_report(rows, Some(2023));
        assert_eq!(
            levels(&c),
            [
                ("per-student-expenditure".to_string(), Some(14650.0)),
                ("education-expenditure".to_string(), Some(534_000_000.0)),
                ("preschool-public-share".to_string(), Some(53.6)),
            ]
        );
        let fall = c.indicators[0].change.as_ref().expect("a change");
        assert_eq!(fall.value, Some(-270.0));
        // In the columns' headers, tab-separated as Word's text is.
        let columns = "指标\t2022年（万元）\t2023年（万元）\n一般公共预算教育支出\t52100\t53400";
        assert_eq!(
            levels(&in_report(columns, Some(2023))),
            [("education-expenditure".to_string(), Some(534_000_000.0))]
        );
        // In the caption, before the header.
        let caption = "表1 教育经费投入情况（单位：万元）\n| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 一般公共预算教育支出 | 52100 | 53400 |";
        assert_eq!(
            levels(&in_report(caption, Some(2023))),
            [("education-expenditure".to_string(), Some(534_000_000.0))]
        );
        // The caption's stop or colon closes it; a row's unit beats its
        // column's, but for a column of the change.
        let caption = "教育经费投入情况如下表（单位：万元）：\n| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 一般公共预算教育支出 | 52100 | 53400 |";
        assert_eq!(
            levels(&in_report(caption, Some(2023))),
            [("education-expenditure".to_string(), Some(534_000_000.0))]
        );
        let both = "| 指标 | 2022年（万元） | 2023年（万元） |\n|---|---|---|\n| 生均一般公共预算教育支出（元） | 11200 | 10900 |";
        assert_eq!(
            levels(&in_report(both, Some(2023))),
            [("per-student-expenditure".to_string(), Some(10900.0))]
        );
        let change = "| 指标 | 2023年 | 增幅（%） |\n|---|---|---|\n| 生均一般公共预算教育支出（元） | 10900 | -2.7 |";
        let c = in_report(change, Some(2023));
        assert_eq!(
            c.indicators[0].change.as_ref().and_then(|c| c.percent),
            Some(-2.7),
            "{change}"
        );
        // A rate is read in the unit before its slash.
        let rate = "| 指标 | 2023年 |\n|---|---|\n| 生均一般公共预算教育支出（元/生） | 14650 |";
        assert_eq!(
            levels(&in_report(rate, Some(2023))),
            [("per-student-expenditure".to_string(), Some(14650.0))]
        );
    }

    /// What declares no unit declares none: a note that is no unit
    /// (`（含民办）`), the header's own numbers, a bare number in running
    /// text, and a cell that holds more than the number.
    #[test]
    fn a_bare_number_without_a_declared_unit_is_no_figure() {
        for text in [
            "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 生均一般公共预算教育支出（含民办） | 14920 | 14650 |",
            "| 指标（元） | 2022 | 2023 |\n|---|---|---|\n| 生均一般公共预算教育支出 | 14920 | 14650 |",
            "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 生均一般公共预算教育支出（元） | 约14920 | 14650左右 |",
            "生均一般公共预算教育支出（元）14650，排名第3。",
        ] {
            let c = in_report(text, Some(2023));
            assert!(
                c.quantities.iter().all(|q| q.unit != "元"),
                "{text}: {:?}",
                c.quantities
            );
        }
    }

    /// A column naming the region before the name (`| 北塘县 | 普惠性… |`):
    /// the row was read as running text, and its nearest figure (the year
    /// before's) was the level. The year before's column is the base of
    /// the level's change, so a fall is seen.
    #[test]
    fn a_table_with_a_region_column_and_the_year_before() {
        let md = "| 县（区） | 指标 | 2022年 | 2023年 |\n| 北塘县 | 普惠性幼儿园覆盖率 | 81.2% | 78.6% |\n| 北塘县 | 一般公共预算教育支出 | 6.3亿元 | 6.1亿元 |";
        let c = in_report(md, Some(2023));
        assert_eq!(
            levels(&c),
            [
                ("preschool-inclusive-coverage".to_string(), Some(78.6)),
                ("education-expenditure".to_string(), Some(610_000_000.0)),
            ]
        );
        let change = c.indicators[1].change.as_ref().expect("a change");
        assert_eq!(change.value, Some(-20_000_000.0));
        assert_eq!(change.base.as_ref().and_then(|b| b.year), Some(2022));
        // Two years back is no base.
        let md = "| 指标 | 2021年 | 2023年 |\n| 高中阶段毛入学率 | 95.0% | 95.7% |";
        assert_eq!(in_report(md, Some(2023)).indicators[0].change, None);
    }

    /// Columns of the province's average and the region's own (`全省平均 |
    /// 本县`, `全市平均 | 全县`): the region's column is the level. The
    /// average's was read as the level.
    #[test]
    fn a_table_with_an_average_and_the_regions_own() {
        for header in [
            "| 指标 | 全省平均 | 本县 |",
            "| 指标 | 全市平均 | 全县 |",
            "| 指标 | 全国 | 我县 |",
        ] {
            let md = format!("{header}\n|---|---|---|\n| 普惠性幼儿园覆盖率 | 86.1% | 78.6% |");
            let c = in_report(&md, Some(2023));
            assert_eq!(
                levels(&c),
                [("preschool-inclusive-coverage".to_string(), Some(78.6))],
                "{header}"
            );
        }
        // Two whole regions: either may be the report's, so neither is read
        // as the level.
        let md = "| 指标 | 全省 | 全县 |\n|---|---|---|\n| 普惠性幼儿园覆盖率 | 86.1% | 78.6% |";
        assert_eq!(levels(&in_report(md, Some(2023))), []);
    }

    /// A column named by the section's region beside the province's or
    /// another region's (`溪口县 | 全省`): the region's column is the level,
    /// the others' are compared (the province's was read as the county's).
    /// `目标值 | 实际值`: what was reached is the level (both were said
    /// ambiguous).
    #[test]
    fn a_table_with_the_regions_named_column() {
        for (header, region) in [
            ("| 指标 | 溪口县 | 全省 |", "溪口县"),
            ("| 指标 | 全市 | 溪口县 |", "溪口县"),
            ("| 指标 | 石门县 | 溪口县 |", "溪口县"),
            ("| 指标 | 目标值 | 实际值 |", "溪口县"),
        ] {
            let md = format!("{header}\n|---|---|---|\n| 公办园在园幼儿占比 | 57.3% | 48.6% |");
            let md = if header.contains("溪口县 | 全省") {
                md.replace("57.3% | 48.6%", "48.6% | 57.3%")
            } else {
                md
            };
            let mut c = case(&md);
            Extractor::new(&Catalog::bundled()).extract_case_in(
                &mut c,
                Context {
                    year: Some(2024),
                    plan_section: false,
                    region: Some(region),
                    rectification: false,
                },
            );
            assert_eq!(
                levels(&c),
                [("preschool-public-share".to_string(), Some(48.6))],
                "{header}"
            );
        }
    }

    /// Columns named by the year before and the report's (`上年 | 本年`,
    /// `去年 | 今年`, `上年数 | 本年数`): the level is this year's column, the
    /// year before's its base. The first column was read as the level.
    #[test]
    fn a_table_with_the_year_before_and_this_year() {
        for header in [
            "| 指标 | 上年 | 本年 |",
            "| 指标 | 去年 | 今年 |",
            "| 指标 | 上年数 | 本年数 |",
        ] {
            let md = format!("{header}\n|---|---|---|\n| 公办园在园幼儿占比 | 51.2% | 49.6% |");
            let c = in_report(&md, Some(2023));
            assert_eq!(
                levels(&c),
                [("preschool-public-share".to_string(), Some(49.6))],
                "{header}"
            );
            let change = c.indicators[0].change.as_ref().expect("a change");
            assert_eq!(change.base.as_ref().and_then(|b| b.year), Some(2022));
        }
    }

    /// A row of the urban area (`| 城区A |`, `| 县城A |`, `| 其中：城区A |`)
    /// is a part's, as the same words in running text are: it was the
    /// region's level, and failed a county whose own rate passed.
    #[test]
    fn a_row_of_the_urban_area_is_a_parts() {
        for row in [
            "| 城区普惠性幼儿园覆盖率（%） | 76.4 | 79.1 |",
            "| 县城普惠性幼儿园覆盖率（%） | 76.4 | 79.1 |",
            "| 其中：城区普惠性幼儿园覆盖率 | 76.4% | 79.1% |",
        ] {
            let md = format!(
                "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 普惠性幼儿园覆盖率（%） | 82.0 | 86.3 |\n{row}"
            );
            let c = in_report(&md, Some(2023));
            assert_eq!(
                levels(&c),
                [("preschool-inclusive-coverage".to_string(), Some(86.3))],
                "{row}"
            );
        }
    }

    /// A rectification's table, `整改前 | 整改后`: the level is the state
    /// after the work (the state before was read as the level, and failed
    /// its rule), and the state before is no base of a change.
    #[test]
    fn a_table_before_and_after_the_rectification() {
        for table in [
            "| 序号 | 指标 | 整改前 | 整改后 |\n|---|---|---|---|\n| 1 | 公办园在园幼儿占比 | 46.2% | 50.4% |",
            "序号\t指标\t整改前\t整改后\t整改状态\n1\t公办园在园幼儿占比\t46.2%\t50.4%\t已完成",
        ] {
            let c = in_report(table, Some(2023));
            assert_eq!(
                levels(&c),
                [("preschool-public-share".to_string(), Some(50.4))],
                "{table}"
            );
            assert!(c.indicators[0].change.is_none(), "{table}");
        }
    }

    /// Columns of the region's parts (`| 项目 | 小学 | 初中 |`, `城区 | 农村`):
    /// each row states the parts' figures, none the region's (the first
    /// stage's was the level, and passed while the junior schools' failed),
    /// and a figure in the row's label (`66人以上超大班额（个）`) does not
    /// hide its name. A column of the whole region is still the level.
    #[test]
    fn a_table_by_the_regions_parts() {
        for table in [
            "| 项目 | 小学 | 初中 |\n|---|---|---|\n| 大班额比例 | 2.3% | 7.0% |\n| 66人以上超大班额（个） | 0 | 2 |",
            "| 项目 | 城区 | 农村 |\n|---|---|---|\n| 大班额比例 | 2.3% | 7.0% |\n| 66人以上超大班额（个） | 0 | 2 |",
        ] {
            let c = in_report(table, Some(2024));
            assert_eq!(levels(&c), [], "{table}");
            assert_eq!(
                c.unread.iter().map(|u| u.reason).collect::<Vec<_>>(),
                [UnreadMentionReason::Part, UnreadMentionReason::Part],
                "{table}"
            );
        }
        let c = in_report(
            "| 项目 | 全县 | 小学 | 初中 |\n|---|---|---|---|\n| 大班额比例 | 4.1% | 2.3% | 7.0% |",
            Some(2024),
        );
        assert_eq!(levels(&c), [("large-class-share".to_string(), Some(4.1))]);
    }

    /// `| 指标 | 县自评值 | 评估核定值 |`: the checked figure's column is the
    /// level (the self-reported one was read, and passed where the checked
    /// one failed); so is the evaluators' check in running text.
    #[test]
    fn the_checked_figure_over_the_self_reported() {
        for text in [
            "| 指标 | 县自评值 | 评估核定值 |\n|---|---|---|\n| 普惠性幼儿园覆盖率 | 86.7% | 79.4% |",
            "| 指标 | 自评值 | 核查值 |\n|---|---|---|\n| 普惠性幼儿园覆盖率 | 86.7% | 79.4% |",
            "普惠性幼儿园覆盖率自评为86.7%，评估核减后为79.4%。",
        ] {
            let c = in_report(text, Some(2024));
            assert_eq!(
                levels(&c),
                [("preschool-inclusive-coverage".to_string(), Some(79.4))],
                "{text}"
            );
        }
    }

    /// Two header rows, the years under a merged cell (`指标 | 完成情况 |
    /// 目标值` over `| 2022年 | 2023年 |`): the level was the target's
    /// column and the target the level's.
    #[test]
    fn a_table_with_two_header_rows() {
        let t = "指标\t完成情况\t目标值\n2022年\t2023年\n普惠性幼儿园覆盖率\t86.1%\t84.7%\t85%";
        let c = in_report(t, Some(2023));
        assert_eq!(
            levels(&c),
            [("preschool-inclusive-coverage".to_string(), Some(84.7))]
        );
        assert_eq!(
            targets(&c),
            [("preschool-inclusive-coverage".to_string(), Some(85.0))]
        );
        // A first row whose cell after the label names a standard is no
        // row over the years: the second alone is the header, and rows of
        // more cells are not read by it.
        let t = "指标\t目标值\t完成情况\n2022年\t2023年\n普惠性幼儿园覆盖率\t85%\t86.1%\t84.7%";
        assert_eq!(levels(&in_report(t, Some(2023))), []);
    }

    #[test]
    fn a_table_without_the_reports_year_states_no_level() {
        let c = in_report(TABLE, Some(2024));
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c).len(), 2);
        assert_eq!(c.unread.len(), 2, "{:?}", c.unread);
        assert!(
            c.unread
                .iter()
                .all(|u| u.reason == UnreadMentionReason::Ambiguous)
        );
    }

    /// A row that names no indicator (`一般公共预算支出`, which the catalog
    /// does not know) or only a group (`| **经费投入** | | | |`, `经费投入` on
    /// a line of its own) closed the table: every row after it was read as
    /// running text, its first figure (the year before's) the level and no
    /// change read (Markdown), or each name unread as ambiguous (plain
    /// text). It is passed over, its figures bound to no name, and the
    /// rows after it are read by their columns.
    #[test]
    fn a_row_naming_no_indicator_leaves_the_table_open() {
        for table in [
            "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 一般公共预算支出 | 33.1亿元 | 34.2亿元 |\n| 一般公共预算教育支出 | 6.48亿元 | 6.35亿元 |\n| 普惠性幼儿园覆盖率 | 81.2% | 79.4% |",
            "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| **经费投入** | | |\n| 一般公共预算教育支出 | 6.48亿元 | 6.35亿元 |\n| **学前教育** | | |\n| 普惠性幼儿园覆盖率 | 81.2% | 79.4% |",
            "指标 2022年 2023年\n一般公共预算支出 33.1亿元 34.2亿元\n一般公共预算教育支出 6.48亿元 6.35亿元\n普惠性幼儿园覆盖率 81.2% 79.4%",
            "指标 2022年 2023年\n经费投入\n一般公共预算教育支出 6.48亿元 6.35亿元\n学前教育\n普惠性幼儿园覆盖率 81.2% 79.4%",
            "指标\t2022年\t2023年\n一般公共预算支出\t33.1亿元\t34.2亿元\n经费投入\n一般公共预算教育支出\t6.48亿元\t6.35亿元\n普惠性幼儿园覆盖率\t81.2%\t79.4%",
        ] {
            let c = in_report(table, Some(2023));
            assert_eq!(
                levels(&c),
                [
                    ("education-expenditure".to_string(), Some(635_000_000.0)),
                    ("preschool-inclusive-coverage".to_string(), Some(79.4)),
                ],
                "{table}"
            );
            assert_eq!(c.unread, [], "{table}");
            let falls: Vec<Option<f64>> = c
                .indicators
                .iter()
                .map(|v| v.change.as_ref().and_then(|c| c.value))
                .collect();
            assert_eq!(falls.len(), 2, "{table}");
            assert!(
                (falls[0].unwrap_or_default() + 13_000_000.0).abs() < 1.0,
                "{table}"
            );
            assert!((falls[1].unwrap_or_default() + 1.8).abs() < 1e-9, "{table}");
        }
        // Cells of words alone are the header of another table (one not
        // read by its columns), which ends the first: its rows are not the
        // first table's.
        let md = "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 一般公共预算教育支出 | 6.48亿元 | 6.35亿元 |\n| 指标 | 数值 |\n|---|---|\n| 普惠性幼儿园覆盖率 | 81.0% |";
        let c = in_report(md, Some(2023));
        assert_eq!(
            levels(&c),
            [
                ("education-expenditure".to_string(), Some(635_000_000.0)),
                ("preschool-inclusive-coverage".to_string(), Some(81.0)),
            ]
        );
    }

    /// Running text after a table (no cells split the header's way, more
    /// than a group's label) ends it. It was read as a row of the table:
    /// its name had no figure in the level's column and went unread
    /// (ambiguous), and its level and change were lost.
    #[test]
    fn running_text_after_a_table_is_no_row() {
        for table in [
            "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 一般公共预算教育支出 | 6.48亿元 | 6.35亿元 |\n全县九年义务教育巩固率达到96.8%，较上年提高0.3个百分点。",
            "指标 2022年 2023年\n一般公共预算教育支出 6.48亿元 6.35亿元\n全县九年义务教育巩固率达到96.8%，较上年提高0.3个百分点。",
        ] {
            let c = in_report(table, Some(2023));
            assert_eq!(
                levels(&c),
                [
                    ("education-expenditure".to_string(), Some(635_000_000.0)),
                    ("compulsory-retention".to_string(), Some(96.8)),
                ],
                "{table}"
            );
            assert_eq!(c.unread, [], "{table}");
            let change = c.indicators[1].change.as_ref().expect("a change");
            assert_eq!(change.value, Some(0.3), "{table}");
        }
    }

    /// A column of the change against the year before (`同比`, `同比增减`,
    /// `比上年增减`, `增减`, `增幅`, `较上年增减`): each row's cell is its
    /// level's change, signed by its figure or its verb as running text is.
    /// The column was passed over, and the rules on growth had no change to
    /// judge (`missing`).
    #[test]
    fn a_change_column_is_the_change_against_the_year_before() {
        for header in [
            "同比",
            "同比增减",
            "比上年增减",
            "增减",
            "增幅",
            "较上年增减",
            "同比（%）",
            "较2022年增减",
        ] {
            let md = format!(
                "| 指标 | 2023年 | {header} |\n|---|---|---|\n| 一般公共预算教育支出 | 6.35亿元 | -2.0% |\n| 生均一般公共预算教育支出 | 13240元 | 减少310元 |\n| 普惠性幼儿园覆盖率 | 79.4% | +1.2个百分点 |"
            );
            let c = in_report(&md, Some(2023));
            assert_eq!(
                levels(&c),
                [
                    ("education-expenditure".to_string(), Some(635_000_000.0)),
                    ("per-student-expenditure".to_string(), Some(13240.0)),
                    ("preschool-inclusive-coverage".to_string(), Some(79.4)),
                ],
                "{header}"
            );
            let changes: Vec<(Option<f64>, Option<f64>)> = c
                .indicators
                .iter()
                .map(|v| {
                    let change = v.change.as_ref();
                    (change.and_then(|c| c.percent), change.and_then(|c| c.value))
                })
                .collect();
            assert_eq!(
                changes,
                [(Some(-2.0), None), (None, Some(-310.0)), (None, Some(1.2))],
                "{header}"
            );
            // Where the change is written: the cell's figure and its verb.
            let at = c.indicators[1].change.as_ref().and_then(|c| c.value_at);
            let chars: Vec<char> = c.text.chars().collect();
            let written: Option<String> = at.map(|a| chars[a.start..a.end].iter().collect());
            assert_eq!(written.as_deref(), Some("减少310元"), "{header}");
        }
        // Cells split at blanks; a fall by its verb; a fall under `降幅`.
        let t = "指标 2023年 同比\n一般公共预算教育支出 6.35亿元 下降2.0%\n生均一般公共预算教育支出 13240元 -2.3%";
        let c = in_report(t, Some(2023));
        let percents: Vec<Option<f64>> = c
            .indicators
            .iter()
            .map(|v| v.change.as_ref().and_then(|c| c.percent))
            .collect();
        assert_eq!(percents, [Some(-2.0), Some(-2.3)]);
        let t = "指标\t2023年\t降幅\n一般公共预算教育支出\t6.35亿元\t2.0%";
        let c = in_report(t, Some(2023));
        assert_eq!(
            c.indicators[0].change.as_ref().and_then(|c| c.percent),
            Some(-2.0)
        );
        // Two change columns, an amount and a rate: one change of both.
        let md = "| 指标 | 2023年 | 增减额 | 增幅 |\n|---|---|---|---|\n| 一般公共预算教育支出 | 6.35亿元 | -0.13亿元 | -2.0% |";
        let c = in_report(md, Some(2023));
        let change = c.indicators[0].change.as_ref().expect("a change");
        assert_eq!(
            (change.value, change.percent),
            (Some(-13_000_000.0), Some(-2.0))
        );
        // `持平`: a change of zero.
        let md =
            "| 指标 | 2023年 | 同比 |\n|---|---|---|\n| 一般公共预算教育支出 | 6.35亿元 | 持平 |";
        let c = in_report(md, Some(2023));
        assert_eq!(
            c.indicators[0].change.as_ref().and_then(|c| c.percent),
            Some(0.0)
        );
        // Against two years back, or an average, no change of the year's.
        for header in ["比2021年增减", "比全省平均"] {
            let md = format!(
                "| 指标 | 2023年 | {header} |\n|---|---|---|\n| 一般公共预算教育支出 | 6.35亿元 | -2.0% |"
            );
            let c = in_report(&md, Some(2023));
            assert_eq!(
                levels(&c),
                [("education-expenditure".to_string(), Some(635_000_000.0))],
                "{header}"
            );
            assert_eq!(c.indicators[0].change, None, "{header}");
        }
        // A change column with no column of the level: running text, as
        // before.
        let md =
            "| 指标 | 数值 | 同比 |\n|---|---|---|\n| 普惠性幼儿园覆盖率 | 79.4% | -1.8个百分点 |";
        assert_eq!(
            levels(&in_report(md, Some(2023))),
            [("preschool-inclusive-coverage".to_string(), Some(79.4))]
        );
    }

    /// Both the year before's column and a change column: one change, the
    /// change column's (as `比上年的6.48亿元下降2.0%` is read), measured from
    /// the year before's figure; not a second one from the columns.
    #[test]
    fn a_change_column_beside_the_year_before_is_one_change() {
        let md = "| 指标 | 2022年 | 2023年 | 同比 |\n|---|---|---|---|\n| 一般公共预算支出 | 33.1亿元 | 34.2亿元 | 3.3% |\n| 一般公共预算教育支出 | 6.48亿元 | 6.35亿元 | -2.0% |\n| 普惠性幼儿园覆盖率 | 81.2% | 79.4% | -1.8个百分点 |";
        let c = in_report(md, Some(2023));
        assert_eq!(c.indicators.len(), 2, "{:?}", c.indicators);
        let change = c.indicators[0].change.as_ref().expect("a change");
        assert_eq!((change.percent, change.derived), (Some(-2.0), false));
        let base = change.base.as_ref().expect("the year before's, the base");
        assert_eq!((base.value, base.year), (648_000_000.0, Some(2022)));
        let change = c.indicators[1].change.as_ref().expect("a change");
        assert_eq!((change.value, change.derived), (Some(-1.8), false));
        assert_eq!(change.base.as_ref().map(|b| b.value), Some(81.2));
    }

    #[test]
    fn a_stated_zero_is_the_figure_0_in_the_indicators_unit() {
        let c = extracted("全县大班额比例为零，超大班额全部清零。");
        assert_eq!(levels(&c), [("large-class-share".to_string(), Some(0.0))]);
        assert_eq!(c.indicators[0].unit, "%");
        // The digit 0 alone is written as often.
        for text in [
            "全县大班额比例为0，超大班额全部清零。",
            "全县大班额比例降至0。",
        ] {
            let c = extracted(text);
            assert_eq!(
                levels(&c),
                [("large-class-share".to_string(), Some(0.0))],
                "{text}"
            );
            assert_eq!(c.indicators[0].unit, "%", "{text}");
        }
        // Another bare number, or 0 that no level word opens, is no figure.
        for text in [
            "全县大班额比例为3。",
            "编号0，共计若干。",
            "大班额比例为08。",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
        // 零 inside a word is no figure.
        for text in [
            "超大班额全部清零。",
            "零星分布的教学点。",
            "实现零距离服务。",
        ] {
            assert_eq!(figures(text), [], "{text}");
        }
    }

    #[test]
    fn a_list_after_fen_bie_shares_its_last_unit() {
        let c = extracted(
            "学前三年毛入园率、高中阶段毛入学率分别比上年提高2.3、1.6个百分点，分别达到90.1%、93.5%。",
        );
        assert_eq!(
            levels(&c),
            [
                ("preschool-gross-enrollment".to_string(), Some(90.1)),
                ("highschool-gross-enrollment".to_string(), Some(93.5)),
            ]
        );
        let changes: Vec<Option<f64>> = c
            .indicators
            .iter()
            .map(|i| i.change.as_ref().and_then(|c| c.value))
            .collect();
        assert_eq!(changes, [Some(2.3), Some(1.6)]);
        // Without 分别, a bare number is no figure.
        assert_eq!(figures("教学楼1、2号楼改造完成。").len(), 0);
    }

    #[test]
    fn one_figure_per_stage_of_schooling_is_not_the_names() {
        let c = extracted("义务教育学校生均公用经费小学680元、初中880元。");
        assert!(
            c.indicators
                .iter()
                .all(|i| i.indicator != "per-student-public-funds"),
            "{:?}",
            c.indicators
        );
    }

    #[test]
    fn a_bound_crossed_is_the_level_known_from_below() {
        for text in [
            "公办园在园幼儿占比首次超过55%。",
            "公办园在园幼儿占比超过55%。",
            "普惠性幼儿园覆盖率近90%，公办园在园幼儿占比超过55%。",
        ] {
            let c = extracted(text);
            let share: Vec<_> = c
                .indicators
                .iter()
                .filter(|i| i.indicator == "preschool-public-share")
                .map(|i| (i.value, i.qualifier))
                .collect();
            assert_eq!(share, [(Some(55.0), Qualifier::MoreThan)], "{text}");
            assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
        }
        // A comparison with something else is not a level.
        let c = extracted("公办园在园幼儿占比超过全省平均水平5个百分点。");
        assert_eq!(levels(&c), []);
        // A level stated with 达到 is one, whatever its qualifier.
        let c = extracted("公办园在园幼儿占比达到55%以上。");
        assert_eq!(
            levels(&c),
            [("preschool-public-share".to_string(), Some(55.0))]
        );
    }

    #[test]
    fn a_sentence_opened_by_xia_yi_bu_is_a_plan_in_every_clause() {
        let c = extracted(
            "下一步，全县将扩大普惠资源，普惠性幼儿园覆盖率达到92%，公办园在园幼儿占比达到60%。",
        );
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c).len(), 2, "{:?}", c.targets);
        assert!(
            c.targets
                .iter()
                .all(|t| t.statement == StatementKind::Target)
        );
        // Past a semicolon too, unless the part says where the region
        // stands now (the part after it was a level reached).
        let c =
            extracted("下一步，我县将扩充公办学前资源，新建幼儿园3所；公办园在园幼儿占比达到55%。");
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c).len(), 1, "{:?}", c.targets);
        let c = extracted("下一步，我县将扩充公办学前资源；目前公办园在园幼儿占比为48%。");
        assert_eq!(
            levels(&c),
            [("preschool-public-share".to_string(), Some(48.0))]
        );
        let c = extracted("全县新建幼儿园3所；公办园在园幼儿占比达到55%。");
        assert_eq!(
            levels(&c),
            [("preschool-public-share".to_string(), Some(55.0))]
        );
        // Inside a clause, 下一步 opens nothing.
        let c = extracted("为下一步工作奠定了基础，普惠性幼儿园覆盖率达到88%。");
        assert_eq!(
            levels(&c),
            [("preschool-inclusive-coverage".to_string(), Some(88.0))]
        );
    }

    /// The figure the inspectors checked replaces the one the region
    /// reported, however each is worded: `自评报告称…为52.3%，经核查实际为47.6%`,
    /// `自评为83.5%，核查认定为78.9%`, `按自评口径为…，按核查口径为…`, `统计为88.0%，但
    /// 核实后仅为84.3%`, `…，经核查，剔除…后实际为79.1%`. The reported figure was
    /// the level, and passed.
    #[test]
    fn the_figure_checked_replaces_the_figure_reported() {
        for (text, want) in [
            (
                "自评报告称公办园在园幼儿占比为52.3%，经核查实际为47.6%。",
                47.6,
            ),
            ("公办园在园幼儿占比自评为52.3%，核查认定为47.6%。", 47.6),
            (
                "公办园在园幼儿占比按自评口径为52.3%，按核查口径为47.6%。",
                47.6,
            ),
            ("公办园在园幼儿占比统计为52.3%，但核实后仅为47.6%。", 47.6),
            (
                "自评报告中公办园在园幼儿占比为52.3%，实地核查发现为47.6%。",
                47.6,
            ),
            (
                "公办园在园幼儿占比自评为52.3%，经核查，剔除未认定的民办园后实际为47.6%。",
                47.6,
            ),
            // Checked first, the reported figure after it.
            (
                "经核查，公办园在园幼儿占比为47.6%，而非自评报告所称的52.3%。",
                47.6,
            ),
            // Other words of the check (each left the reported figure).
            ("公办园在园幼儿占比自评为52.3%，核查为47.6%。", 47.6),
            ("公办园在园幼儿占比自评52.3%，复核47.6%。", 47.6),
            ("公办园在园幼儿占比自评为52.3%，经复核认定为47.6%。", 47.6),
            ("公办园在园幼儿占比自评为52.3%，评估组认定为47.6%。", 47.6),
            ("公办园在园幼儿占比自评为52.3%，督导核查为47.6%。", 47.6),
            // The body that checked named first, and the short forms of a
            // feedback letter, reported or not (each left 52.3, which passed).
            ("公办园在园幼儿占比自评为52.3%，督导组核实为47.6%。", 47.6),
            (
                "公办园在园幼儿占比为52.3%，经省督导组实地核查为47.6%。",
                47.6,
            ),
            ("公办园在园幼儿占比为52.3%，核查组核定为47.6%。", 47.6),
            ("自评填报公办园在园幼儿占比52.3%，实为47.6%。", 47.6),
            ("公办园在园幼儿占比为52.3%，经查，仅为47.6%。", 47.6),
            ("公办园在园幼儿占比为52.3%，查实为47.6%。", 47.6),
            ("公办园在园幼儿占比为52.3%，据核实为47.6%。", 47.6),
            ("公办园在园幼儿占比为52.3%，抽查核定为47.6%。", 47.6),
            // What the check took off, after the county's own figure (52.3
            // was kept, and passed).
            ("公办园在园幼儿占比县报数据为52.3%，核减后为47.6%。", 47.6),
            ("公办园在园幼儿占比为52.3%，核减后实际为47.6%。", 47.6),
            // A 人大's check of the government's report: the basis it was
            // checked on, then what it found (52.3 passed).
            (
                "县政府报告称公办园在园幼儿占比达到52.3%，剔除未移交的小区配套园后实际为47.6%。",
                47.6,
            ),
            (
                "县政府报告称公办园在园幼儿占比为52.3%，检查组按省定口径重新核算为47.6%。",
                47.6,
            ),
            (
                "全县公办园在园幼儿占比达到52.3%，剔除未移交的小区配套园后实际为47.6%。",
                47.6,
            ),
            // What the check found, then the figure two clauses on, with or
            // without the measure's name (the 47.6 was dropped, unsaid, and
            // 52.3 passed).
            (
                "全县公办园在园幼儿占比达52.3%，但检查组抽查发现，有3所民办园未移交，实际占比为47.6%。",
                47.6,
            ),
            (
                "全县公办园在园幼儿占比为52.3%，但督导组实地核查发现，有3所小区配套园未移交，实际为47.6%。",
                47.6,
            ),
        ] {
            assert_eq!(
                levels(&extracted(text)),
                [("preschool-public-share".to_string(), Some(want))],
                "{text}"
            );
        }
        // Another indicator checked after it leaves the level alone.
        let c = extracted("公办园在园幼儿占比为52.3%，经核查，普惠性幼儿园覆盖率为80.1%。");
        assert_eq!(levels(&c).len(), 2, "{:?}", c.indicators);
        // So does a share of another thing, in words no catalog names, after
        // a word of what is so (`实际`) or of a check: 36% was read as the
        // share, and failed it.
        for text in [
            "公办园在园幼儿占比为52.3%，新增学位1200个，实际入园幼儿中留守儿童占比为36%。",
            "公办园在园幼儿占比为52.3%，经核查，幼儿园教师持证率为96%。",
            "公办园在园幼儿占比为52.3%，但检查组抽查发现，有3所园未备案，实际随迁子女比例为24%。",
        ] {
            assert_eq!(
                levels(&extracted(text)),
                [("preschool-public-share".to_string(), Some(52.3))],
                "{text}"
            );
        }
        assert_eq!(
            levels(&c)[0],
            ("preschool-public-share".to_string(), Some(52.3))
        );
    }

    /// The work the region will do, in the lead of the figure's sentence
    /// (`将再建公办幼儿园3所，…`, `今年我们将新建幼儿园3所，…`: a 政府工作报告's
    /// programme for the year), plans the figure: each was read as achieved,
    /// and passed. Done (`已新建…`), it stands.
    #[test]
    fn work_the_region_will_do_plans_the_figure_after_it() {
        for text in [
            "将再建公办幼儿园3所，公办园在园幼儿占比达到52%以上。",
            "今年我们将新建幼儿园3所，普惠性幼儿园覆盖率达到88%。",
        ] {
            let c = extracted(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c).len(), 1, "{text}: {:?}", c.targets);
        }
        let c = extracted("我县已新建幼儿园3所，普惠性幼儿园覆盖率达到88%。");
        assert_eq!(levels(&c).len(), 1);
    }

    /// A figure followed by the deadline by which it is to be reached
    /// (`，计划于2024年6月底前完成`, `（预计2024年秋季学期实现）`, in a report on
    /// 2023) is a target, as a rectification report sets its tasks (85%
    /// passed as the level). A deadline with an object of its own
    /// (`，预计2024年实现全覆盖`) plans that, and the figure stands; so does one
    /// in the report's year.
    #[test]
    fn a_figure_with_a_deadline_after_it_is_a_target() {
        let extracted = |text: &str| {
            let mut c = case(text);
            let cx = Context {
                year: Some(2023),
                plan_section: false,
                region: Some("青溪县"),
                rectification: false,
            };
            Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
            c
        };
        for text in [
            "普惠性幼儿园覆盖率达到85%，计划于2024年6月底前完成。",
            "公办园在园幼儿占比达到52%，预计2024年秋季学期实现。",
            "普惠性幼儿园覆盖率达到85%（计划于2024年6月底前完成）。",
            "大班额比例降至5%以内，力争2024年底前整改到位。",
        ] {
            let c = extracted(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c).len(), 1, "{text}: {:?}", c.targets);
        }
        for text in [
            "普惠性幼儿园覆盖率达到85%，预计2024年实现全覆盖。",
            "普惠性幼儿园覆盖率达到85%，计划于2023年6月底前完成。",
        ] {
            let c = extracted(text);
            assert_eq!(levels(&c).len(), 1, "{text}: {:?}", c.indicators);
        }
    }

    /// A note right after a figure that labels it as a goal (`85%（2024年
    /// 目标）`, `52%（计划数）`, `100%（目标值）`) makes it a target; what was
    /// reached follows it (`，实际完成78.4%`, `，47.5%（实际数）`). Each goal
    /// was the level, and passed. A note with a figure of its own
    /// (`（省定标准80%）`) labels nothing.
    #[test]
    fn a_figure_labelled_a_goal_in_a_note_is_a_target() {
        for (text, level, target) in [
            (
                "普惠性幼儿园覆盖率85%（2023年目标），实际完成78.4%。",
                78.4,
                85.0,
            ),
            (
                "普惠性幼儿园覆盖率82%（计划数），78.4%（实际数）。",
                78.4,
                82.0,
            ),
            (
                "普惠性幼儿园覆盖率100%（目标值），实际覆盖率97.2%。",
                97.2,
                100.0,
            ),
        ] {
            let c = extracted(text);
            assert_eq!(
                levels(&c),
                [("preschool-inclusive-coverage".to_string(), Some(level))],
                "{text}"
            );
            let goals: Vec<_> = targets(&c).iter().map(|t| t.1).collect();
            assert_eq!(goals, [Some(target)], "{text}");
        }
        let c = extracted("普惠性幼儿园覆盖率为86%（省定标准80%）。");
        assert_eq!(
            levels(&c),
            [("preschool-inclusive-coverage".to_string(), Some(86.0))]
        );
    }

    /// What is required, set from above, to be held, or would be under a
    /// condition is a target, never the level reached: `应达55%`, `须达`,
    /// `任务为55%`, `考核指标为`, `要保持在96%以上`, `若新园全部开园，…达到58%`.
    /// Each was the level, and passed.
    #[test]
    fn a_requirement_a_quota_or_a_condition_is_no_level() {
        for text in [
            "公办园在园幼儿占比须达55%。",
            "公办园在园幼儿占比需达55%。",
            "市里下达我县的公办园在园幼儿占比任务为55%。",
            "公办园在园幼儿占比考核指标为55%。",
            "公办园在园幼儿占比要保持在55%以上。",
            "公办园在园幼儿占比要稳定在55%以上。",
            "若新园全部开园，公办园在园幼儿占比达到58%。",
            "一旦新园开园，公办园在园幼儿占比将达58%。",
        ] {
            let c = extracted(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c).len(), 1, "{text}: {:?}", c.targets);
        }
        // The requirement, then the region's level.
        let mut c = case("公办园在园幼儿占比应达55%，青溪县为46.1%。");
        let cx = Context {
            year: Some(2023),
            plan_section: false,
            region: Some("青溪县"),
            rectification: false,
        };
        Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
        assert_eq!(
            levels(&c),
            [("preschool-public-share".to_string(), Some(46.1))]
        );
        // `若干` is several, no condition.
        let c = extracted("若干措施并举，公办园在园幼儿占比达到58%。");
        assert_eq!(
            levels(&c),
            [("preschool-public-share".to_string(), Some(58.0))]
        );
    }

    /// A list whose head opens with a later year than the report's
    /// (`2024年重点抓好三项工作：` in a report on 2023) is a list of plans, its
    /// items past a semicolon or a full stop too; in the report's own year
    /// it is work done.
    #[test]
    fn a_list_headed_by_a_later_year_is_plans() {
        for text in [
            "2024年重点抓好三项工作：一是新建幼儿园3所；二是学前三年毛入园率达到95%；三是普惠性幼儿园覆盖率达到90%。",
            "2024年重点抓好三项工作：一是新建幼儿园3所。二是学前三年毛入园率达到95%。三是普惠性幼儿园覆盖率达到90%。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c).len(), 2, "{text}: {:?}", c.targets);
            let c = in_report(&text.replace("2024年", "2023年"), Some(2023));
            assert_eq!(levels(&c).len(), 2, "{text}: {:?}", c.indicators);
        }
        let c = in_report(
            "2024年重点抓好三项工作：一是新建幼儿园3所；二是实现超大班额全部清零。",
            Some(2023),
        );
        assert!(c.claims.iter().all(|cl| cl.plan), "{:?}", c.claims);
        assert_eq!(c.claims.len(), 1, "{:?}", c.claims);
    }

    #[test]
    fn the_level_is_the_figure_of_the_reports_year() {
        let text = "2022年高中阶段毛入学率为91.7%，2023年为92.4%。";
        assert_eq!(
            levels(&in_report(text, Some(2023))),
            [("highschool-gross-enrollment".to_string(), Some(92.4))]
        );
        // A span from an earlier year is no earlier year's figure.
        let text = "2021年以来全县高中阶段毛入学率达到92.4%。";
        assert_eq!(
            levels(&in_report(text, Some(2023))),
            [("highschool-gross-enrollment".to_string(), Some(92.4))]
        );
    }

    #[test]
    fn a_plan_for_a_later_year_follows_a_plan() {
        let c = extracted("要求2022年中职招生比例提高到42%，2023年提高到45%以上。");
        assert_eq!(
            targets(&c),
            [
                ("vocational-enrollment-share".to_string(), Some(42.0)),
                ("vocational-enrollment-share".to_string(), Some(45.0)),
            ]
        );
        assert_eq!(c.targets[1].year, Some(2023));
        // After a level, a year's figure with no plan word is not a plan.
        let c = extracted("中职招生比例达到42%，2021年为40%。");
        assert_eq!(targets(&c), []);
    }

    /// A plan dated by a year that no `到` or `前` marks (`力争2026年…`,
    /// `2026年力争…`, `计划在2026年…`) is a target for that year. In a report
    /// of unknown year, the year must stand against the plan word; in a
    /// report of a known year, a later year in the plan's sentence dates it,
    /// and an earlier one does not.
    #[test]
    fn a_plan_is_for_the_year_it_names_without_a_deadline_word() {
        let year_of = |c: &Case| c.targets.iter().map(|t| t.year).collect::<Vec<_>>();
        for text in [
            "力争2026年全县学前三年毛入园率达到95%。",
            "2026年力争学前三年毛入园率达到95%。",
            "计划在2026年底学前三年毛入园率达到95%。",
        ] {
            assert_eq!(year_of(&extracted(text)), [Some(2026)], "{text}");
            assert_eq!(
                year_of(&in_report(text, Some(2024))),
                [Some(2026)],
                "{text}"
            );
        }
        // A year that no plan word touches dates the plan only in a report
        // whose year is known to be earlier.
        let text = "力争全县学前三年毛入园率2026年达到95%。";
        assert_eq!(year_of(&extracted(text)), [None]);
        assert_eq!(year_of(&in_report(text, Some(2024))), [Some(2026)]);
        // The report's own year or an earlier one is no plan's year.
        assert_eq!(
            year_of(&in_report(
                "力争2024年学前三年毛入园率达到95%。",
                Some(2024)
            )),
            [None]
        );
    }

    fn unread_reasons(c: &Case) -> Vec<(String, UnreadMentionReason)> {
        c.unread
            .iter()
            .map(|u| (u.indicator.to_string(), u.reason))
            .collect()
    }

    /// The levels of `text` in a report on 2023, and why each unread
    /// mention is unread.
    fn read_in_2023(text: &str) -> (Vec<(String, Option<f64>)>, Vec<UnreadMentionReason>) {
        let c = in_report(text, Some(2023));
        let reasons = c.unread.iter().map(|u| u.reason).collect();
        (levels(&c), reasons)
    }

    /// A time before the report's year, however it is written, dates the
    /// figure: counted back (`五年前`, `前年`), at a year (`早在2018年`,
    /// `A已于2018年达到`, `2018年前后`, `在上一年度`), or the year before
    /// with an event between (`2022年，城北小学投入使用，A为6.2%`). Each was
    /// the level, and failed or passed on another year's figure. A level of
    /// the report's year after it is read.
    #[test]
    fn an_earlier_time_written_in_other_words_dates_the_figure() {
        let other = UnreadMentionReason::OtherPeriod;
        for text in [
            "五年前，全县九年义务教育巩固率为94.2%。",
            "前年全县九年义务教育巩固率为94.2%。",
            // A year in Chinese numerals.
            "二〇二二年，全县九年义务教育巩固率为94.2%。",
            // The story's past, as features and quotes tell it.
            "以前全县九年义务教育巩固率只有94.2%。",
            "从前全县九年义务教育巩固率为94.2%。",
            "早在2018年，全县九年义务教育巩固率就达到94.2%。",
            "全县九年义务教育巩固率已于2018年达到94.2%。",
            "全县九年义务教育巩固率在2018年就已达到94.2%。",
            "2018年前后，全县九年义务教育巩固率为94.2%。",
            "在上一年度，全县九年义务教育巩固率为94.2%。",
            "2022年，城北小学投入使用，全县九年义务教育巩固率为94.2%。",
            "去年，城北小学投入使用，全县九年义务教育巩固率为94.2%。",
            // After a label (`取得成效：`, `【成效】`, `（成效）`).
            "取得成效：2021年，全县九年义务教育巩固率为94.2%。",
            "整改成效：截至2021年底，全县九年义务教育巩固率为94.2%。",
            "【成效】2021年，全县九年义务教育巩固率为94.2%。",
            "（成效）上年全县九年义务教育巩固率为94.2%。",
            // A later year's month or term, no plan: the next year's.
            "2024年3月，全县九年义务教育巩固率为94.2%。",
            "2024年春季学期，全县九年义务教育巩固率达到94.2%。",
            // The source's year, and a school year (each was the level).
            "据2019年统计，全县九年义务教育巩固率为94.2%。",
            "按2019年统计口径，全县九年义务教育巩固率为94.2%。",
            "上一学年全县九年义务教育巩固率为94.2%。",
            "上学年全县九年义务教育巩固率为94.2%。",
            "2019学年，全县九年义务教育巩固率为94.2%。",
        ] {
            assert_eq!(read_in_2023(text), (vec![], vec![other]), "{text}");
        }
        // The year before's run of clauses goes on past a comparison with
        // an older year (the fall after it was the report's year's).
        assert_eq!(
            read_in_2023(
                "2022年全县一般公共预算教育支出6.12亿元，虽比2021年增长1.3%，但生均一般公共预算教育支出比上年下降2.4%。"
            ),
            (vec![], vec![other, other])
        );
        for text in [
            "五年前，全县九年义务教育巩固率为94.2%，如今达到98.1%。",
            "两年前，全县九年义务教育巩固率为94.2%，2023年为98.1%。",
            "全县九年义务教育巩固率于2023年达到98.1%。",
            "以前全县九年义务教育巩固率只有94.2%，现在达到98.1%。",
            "二〇二二年，全县九年义务教育巩固率为94.2%，二〇二三年为98.1%。",
            // A time before `以前` makes it a deadline, not the past.
            "2023年以前，全县九年义务教育巩固率达到98.1%。",
            // The school year that ends in the report's; the source of no
            // year, or of the report's.
            "2022学年，全县九年义务教育巩固率为98.1%。",
            "据统计，全县九年义务教育巩固率为98.1%。",
            "按2023年统计口径，全县九年义务教育巩固率为98.1%。",
        ] {
            assert_eq!(
                read_in_2023(text),
                (
                    vec![("compulsory-retention".to_string(), Some(98.1))],
                    vec![]
                ),
                "{text}"
            );
        }
    }

    /// A figure, then a sentence that opens with the remedy and names the
    /// indicator again: the first is the state the inspectors found.
    #[test]
    fn a_figure_before_a_sentence_of_the_remedy_is_the_state_found() {
        for text in [
            "大班额比例为7.2%。整改后，大班额比例下降到3.1%。",
            "存在问题：大班额比例为7.2%。\n整改成效：大班额比例下降到3.1%。",
            "大班额比例为7.2%；经整改，大班额比例降至3.1%。",
        ] {
            let (levels, reasons) = read_in_2023(text);
            assert_eq!(
                levels,
                [("large-class-share".to_string(), Some(3.1))],
                "{text}"
            );
            assert!(
                reasons.contains(&UnreadMentionReason::OtherPeriod),
                "{text}"
            );
        }
        // The problem a work answers (`针对…的问题`) is the state found.
        for text in [
            "针对督导指出的大班额比例达6.4%的问题，新建学校两所。",
            "针对大班额比例偏高（6.4%）的问题，全县新建学校两所。",
        ] {
            assert_eq!(
                read_in_2023(text),
                (vec![], vec![UnreadMentionReason::OtherPeriod]),
                "{text}"
            );
        }
        // The remedy said as a claim (`超大班额已全部消除`, which names no
        // count): the 6 left is the state found, and contradicts nothing.
        for text in [
            "仍有超大班额6个。整改后，超大班额已全部消除。",
            "全县超大班额6个。整改后，超大班额已全部消除。",
        ] {
            assert_eq!(
                read_in_2023(text),
                (vec![], vec![UnreadMentionReason::OtherPeriod]),
                "{text}"
            );
        }
        // An item titled by its problem, a fall said in words, over what was
        // done: the state found, not the year's fall.
        let (levels, reasons) = read_in_2023(
            "关于“一般公共预算教育支出下降”的问题\n已整改。全县一般公共预算教育支出达到11.1亿元，增长7.8%。",
        );
        assert_eq!(
            levels,
            [("education-expenditure".to_string(), Some(1_110_000_000.0))]
        );
        assert_eq!(reasons, [UnreadMentionReason::OtherPeriod]);
        // A remedy of another indicator leaves the figure the level.
        let (levels, _) = read_in_2023("大班额比例为7.2%。整改后，中职招生比例提高到45%。");
        assert_eq!(levels[0], ("large-class-share".to_string(), Some(7.2)));
    }

    /// A running figure for part of the year is no level and no change of
    /// the year: it is unread, `other-period`. The whole year, named again
    /// after it (`全年`), is read.
    #[test]
    fn a_figure_for_part_of_the_year_is_unread() {
        let other = UnreadMentionReason::OtherPeriod;
        for text in [
            "今年1-9月，全县财政教育支出4.37亿元，同比增长8.6%。",
            "2022年1—11月份，全县一般公共预算教育支出6.1亿元。",
            "截至9月底，全县一般公共预算教育支出完成4.2亿元。",
            "上半年全县一般公共预算教育支出同比下降3.2%。",
            "一季度，普惠性幼儿园覆盖率达到86.0%。",
        ] {
            let c = in_report(text, Some(2022));
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(
                unread_reasons(&c).first().map(|u| u.1),
                Some(other),
                "{text}"
            );
        }
        for text in [
            "2022年1-12月，全县一般公共预算教育支出6.84亿元。",
            "截至2022年底，全县一般公共预算教育支出6.84亿元。",
            "上半年新建幼儿园5所，全年一般公共预算教育支出6.84亿元。",
            "9月开学前，全县一般公共预算教育支出6.84亿元。",
        ] {
            let c = in_report(text, Some(2022));
            assert_eq!(
                levels(&c),
                [("education-expenditure".to_string(), Some(684_000_000.0))],
                "{text}"
            );
        }
    }

    /// A level opened by an earlier year (`2021年生均…`) in a report on
    /// 2022 is that year's figure: unread, `other-period`, unless a figure
    /// of 2022 follows it (then it is the base). A year between the name
    /// and the figure that is a comparison's (`较2018年提高…，达到92.3%`)
    /// leaves the figure the level.
    #[test]
    fn a_level_of_an_earlier_year_is_not_the_reports() {
        let c = in_report(
            "2021年生均一般公共预算教育支出14210.5元，较2020年增长312.4元；2022年生均一般公共预算教育支出14862.3元，较2021年增长651.8元，增长4.59%。",
            Some(2022),
        );
        assert_eq!(
            levels(&c),
            [("per-student-expenditure".to_string(), Some(14862.3))]
        );
        assert_eq!(
            unread_reasons(&c),
            [(
                "per-student-expenditure".to_string(),
                UnreadMentionReason::OtherPeriod
            )]
        );
        // The same sentence in a report on 2021 is the report's own year.
        let c = in_report("2021年生均一般公共预算教育支出14210.5元。", Some(2021));
        assert_eq!(
            levels(&c),
            [("per-student-expenditure".to_string(), Some(14210.5))]
        );
        // As of an earlier year's end, with any word of `as of`: that
        // year's (`到2021年底` was read as the report's).
        for text in [
            "截至2021年底，全县普惠性幼儿园覆盖率为86.0%。",
            "截止到2021年底，全县普惠性幼儿园覆盖率为86.0%。",
            "到2021年底，全县普惠性幼儿园覆盖率为86.0%。",
            "至2021年末，全县普惠性幼儿园覆盖率为86.0%。",
            // After the subject, as a press answer puts it (it was read as
            // the report's level).
            "青溪县2021年底普惠性幼儿园覆盖率为86.0%。",
            "该县2021年末普惠性幼儿园覆盖率为86.0%。",
        ] {
            let c = in_report(text, Some(2022));
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(
                unread_reasons(&c),
                [(
                    "preschool-inclusive-coverage".to_string(),
                    UnreadMentionReason::OtherPeriod
                )],
                "{text}"
            );
        }
        let c = in_report(
            "青溪县2021年底普惠性幼儿园覆盖率为76%，2022年底达到85%。",
            Some(2022),
        );
        assert_eq!(
            levels(&c),
            [("preschool-inclusive-coverage".to_string(), Some(85.0))]
        );
        let c = in_report(
            "高中阶段毛入学率较2018年提高9.6个百分点，达到92.3%。",
            Some(2022),
        );
        assert_eq!(
            levels(&c),
            [("highschool-gross-enrollment".to_string(), Some(92.3))]
        );
    }

    /// `未达到85%` is below 85, not the level 85 (it passed an 85% standard);
    /// `出现负增长` is a fall (it was read as a rise, for holding `增长`);
    /// `增速为4.2%` is the growth (it was a rate of the wrong kind).
    #[test]
    fn shortfalls_negative_growth_and_growth_rates() {
        let c = in_report("全县普惠性幼儿园覆盖率未达到85%。", Some(2023));
        let v = c.indicators.first().expect("a level");
        assert_eq!((v.value, v.qualifier), (Some(85.0), Qualifier::AtMost));
        // Short of a figure in other words: not past it, a distance to it
        // (each was the level 80, or more than 80, and passed).
        for text in [
            "全县普惠性幼儿园覆盖率仍未突破80%。",
            "全县普惠性幼儿园覆盖率未超过80%。",
            "全县普惠性幼儿园覆盖率距80%仍有差距。",
        ] {
            let c = in_report(text, Some(2023));
            let v = c.indicators.first().expect("a level");
            assert_eq!(
                (v.value, v.qualifier),
                (Some(80.0), Qualifier::AtMost),
                "{text}"
            );
        }
        // A distance of a given size is exactly that far below (see
        // `a_distance_to_a_target_with_its_size`).
        let c = in_report("全县普惠性幼儿园覆盖率离80%还差4.2个百分点。", Some(2023));
        let v = c.indicators.first().expect("a level");
        assert_eq!((v.value, v.qualifier), (Some(75.8), Qualifier::Exact));
        // A task or a promise of a figure is no level reached.
        for text in [
            "全县普惠性幼儿园覆盖率达到80%的整改任务尚未完成。",
            "全县普惠性幼儿园覆盖率达到80%的承诺未兑现。",
            // The goal quoted (each was the level, and passed).
            "省定“普惠性幼儿园覆盖率80%”的目标尚未实现。",
            "距“普惠性幼儿园覆盖率达到80%”的目标还有差距。",
            "未完成“普惠性幼儿园覆盖率达到80%”的整改任务。",
        ] {
            let c = in_report(text, Some(2023));
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(c.targets.len(), 1, "{text}");
        }
        // Short of a standard: the standard is the target, and the level is
        // below it (it was the target alone, and no rule saw a level).
        for text in [
            "全县普惠性幼儿园覆盖率尚未达到80%的国家标准。",
            "全县普惠性幼儿园覆盖率未达到80%的目标，差距较大。",
            "全县普惠性幼儿园覆盖率距80%的省定目标还有差距。",
        ] {
            let c = in_report(text, Some(2023));
            let v = c.indicators.first().expect(text);
            assert_eq!(
                (v.statement, v.value, v.qualifier),
                (StatementKind::Level, Some(80.0), Qualifier::AtMost),
                "{text}"
            );
            assert_eq!(c.targets.len(), 1, "{text}");
        }
        // ... but not the places that fall short, nor a demand on them.
        for text in [
            "普惠性幼儿园覆盖率未达到80%的国家标准的乡镇要限期整改。",
            "要求普惠性幼儿园覆盖率未达到80%的国家标准的县区制定整改方案。",
        ] {
            let c = in_report(text, Some(2023));
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
        }
        // After a target, a clause as of now or of "only" states the level
        // (it was dropped, unsaid); a later year's deadline does not.
        for (text, level) in [
            (
                "年初确定普惠性幼儿园覆盖率达到85%的目标，截至年底为82.6%。",
                82.6,
            ),
            (
                "年初确定普惠性幼儿园覆盖率达到85%的目标，实际为82.6%。",
                82.6,
            ),
            ("普惠性幼儿园覆盖率未达到80%的目标，仅为76.5%。", 76.5),
            // A level short of a figure, then the level itself; a plan or a
            // target missed, then what was reached (each figure after was
            // dropped, unsaid, and the one before read as the level, or as
            // the target alone).
            ("全县大班额比例尚未降至5%以内，目前仍为7.4%。", 7.4),
            ("公办园在园幼儿占比尚未提高到50%，目前为42.7%。", 42.7),
            ("高中阶段毛入学率未达到90%，仅有88.6%。", 88.6),
            (
                "公办园在园幼儿占比达到55%的计划未能完成，年底实际为48.3%。",
                48.3,
            ),
            (
                "残疾儿童义务教育入学率95%以上的目标未能实现，实际为93.8%。",
                93.8,
            ),
            ("计划将学前三年毛入园率提高到90%，但实际仅为84.1%。", 84.1),
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(
                c.indicators
                    .iter()
                    .map(|v| (v.value, v.qualifier))
                    .collect::<Vec<_>>(),
                [(Some(level), Qualifier::Exact)],
                "{text}"
            );
        }
        // Not brought down to a bound: still above it; not raised to a
        // figure: still below it.
        for (text, qualifier) in [
            ("全县大班额比例没有降到5%以下。", Qualifier::MoreThan),
            ("全县大班额比例尚未控制在5%以内。", Qualifier::MoreThan),
            ("公办园在园幼儿占比尚未提高到50%。", Qualifier::AtMost),
            ("全县普惠性幼儿园覆盖率未达到95%以上。", Qualifier::AtMost),
            // A reach that missed a ceiling stays above it (it was at
            // most 5, and passed).
            ("全县大班额比例未达到5%以内的要求。", Qualifier::MoreThan),
            ("全县大班额比例尚未达到5%以下。", Qualifier::MoreThan),
            // Whose the figure is, between the move and the figure (each
            // was the level, exact, and passed).
            (
                "全县公办园在园幼儿占比尚未达到国家规定的50%。",
                Qualifier::AtMost,
            ),
            (
                "义务教育大班额比例尚未控制在国家规定的5%以内。",
                Qualifier::MoreThan,
            ),
        ] {
            let c = in_report(text, Some(2023));
            let v = c.indicators.first().expect(text);
            assert_eq!(v.qualifier, qualifier, "{text}");
        }
        let c = in_report(
            "计划普惠性幼儿园覆盖率达到85%，截至2025年底达到90%。",
            Some(2023),
        );
        assert!(c.indicators.is_empty(), "{:?}", c.indicators);
        let c = in_report(
            "未达到80%的国家标准，普惠性幼儿园覆盖率为78.5%。",
            Some(2023),
        );
        assert_eq!(
            c.indicators.first().map(|v| (v.value, v.qualifier)),
            Some((Some(78.5), Qualifier::Exact))
        );
        let c = in_report("生均一般公共预算教育支出出现负增长。", Some(2023));
        assert_eq!(
            c.unread.first().map(|u| (u.reason, u.direction)),
            Some((
                UnreadMentionReason::UnsizedChange,
                Some(dutycheck_model::Direction::Down)
            ))
        );
        let c = in_report("一般公共预算教育支出负增长2.1%。", Some(2023));
        assert_eq!(
            c.indicators
                .first()
                .and_then(|v| v.change.as_ref()?.percent),
            Some(-2.1)
        );
        for (text, percent) in [
            ("一般公共预算教育支出增速为4.2%。", 4.2),
            ("一般公共预算教育支出增幅达到6%。", 6.0),
            ("一般公共预算教育支出降幅为1.5%。", -1.5),
        ] {
            let c = in_report(text, Some(2023));
            let v = c.indicators.first().expect(text);
            assert_eq!(v.statement, StatementKind::Change, "{text}");
            assert_eq!(
                v.change.as_ref().and_then(|c| c.percent),
                Some(percent),
                "{text}"
            );
        }
    }

    /// A sentence opened by an earlier time (`2022年，`, `2022年底，`,
    /// `2022年9月，`, `上年度`, `去年`) dates the level in its own clause, or
    /// in the clause after a short lead that only dates it: in a report on
    /// 2023 that is another year's figure (it was read as the level). A
    /// figure of the report's year after it (`本年度提高到88.1%`) is the
    /// level, the earlier one its base. A longer first clause is an event of
    /// that year, and what follows is the result, as of the report.
    #[test]
    fn a_sentence_opened_by_an_earlier_time() {
        for text in [
            "2022年，全县一般公共预算教育支出6.5亿元。",
            "2022年底，全县普惠性幼儿园覆盖率为86.3%。",
            "2022年9月，全县普惠性幼儿园覆盖率达到86.6%。",
            "2022年秋季学期，全县学前三年毛入园率为90.1%。",
            "去年全县公办园在园幼儿占比为50.1%。",
        ] {
            assert_eq!(
                read_in_2023(text),
                (vec![], vec![UnreadMentionReason::OtherPeriod]),
                "{text}"
            );
        }
        let c = in_report(
            "上年度全县普惠性幼儿园覆盖率为86.3%，本年度提高到88.1%。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("preschool-inclusive-coverage".to_string(), Some(88.1))]
        );
        let base = c.indicators[0]
            .change
            .as_ref()
            .and_then(|c| c.base.as_ref());
        assert_eq!(base.map(|b| (b.value, b.year)), Some((86.3, Some(2022))));
        // The report's year's figure after a semicolon, the name not
        // repeated: it was lost, and the mention unread.
        let c = in_report(
            "2022年，全区学前三年毛入园率为88.1%；2023年提高到91.7%，较上年提高3.6个百分点。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("preschool-gross-enrollment".to_string(), Some(91.7))]
        );
        let base = c.indicators[0]
            .change
            .as_ref()
            .and_then(|c| c.base.as_ref());
        assert_eq!(base.map(|b| (b.value, b.year)), Some((88.1, Some(2022))));
        assert_eq!(
            read_in_2023("2022年，全区学前三年毛入园率为88.1%；2023年新建幼儿园5所。"),
            (vec![], vec![UnreadMentionReason::OtherPeriod])
        );
        // The standard an earlier year's figure is held against is still
        // a target (it was lost with the figure).
        let c = in_report(
            "反馈意见指出，2022年我县学前三年毛入园率为86.4%，低于省定90%的目标。",
            Some(2023),
        );
        assert_eq!(levels(&c), []);
        assert_eq!(
            targets(&c),
            [("preschool-gross-enrollment".to_string(), Some(90.0))]
        );
        assert_eq!(
            unread_reasons(&c),
            [(
                "preschool-gross-enrollment".to_string(),
                UnreadMentionReason::OtherPeriod
            )]
        );
        for text in [
            "2023年，全县一般公共预算教育支出6.9亿元。",
            "2021年以来，全县一般公共预算教育支出6.9亿元。",
            "截至2023年底，全县一般公共预算教育支出6.9亿元。",
            "2019年底，县政府出台学前教育三年行动方案，新建公办园9所，全县一般公共预算教育支出6.9亿元。",
        ] {
            assert_eq!(
                levels(&in_report(text, Some(2023))),
                [("education-expenditure".to_string(), Some(690_000_000.0))],
                "{text}"
            );
        }
    }

    /// A sum over several years (`近三年累计投入…21.6亿元`, `“十三五”期间`,
    /// `三年来`) is not the year's figure: it was read as the year's
    /// expenditure. `累计` in a clause that names the report's year, and a
    /// span in a long clause before the year's own, leave the level.
    #[test]
    fn a_sum_over_several_years_is_not_the_years_figure() {
        for text in [
            "近三年累计投入一般公共预算教育支出21.6亿元，新建幼儿园26所。",
            "近三年，全县一般公共预算教育支出累计达到21.6亿元。",
            "“十三五”期间，全县一般公共预算教育支出30.2亿元。",
            "三年来全县一般公共预算教育支出共计21.6亿元。",
            "2021年以来累计投入一般公共预算教育支出21.6亿元。",
            // A total after a range of years, or a count of them.
            "2021至2023年，全县一般公共预算教育支出合计21.6亿元。",
            "2021—2023年，全县一般公共预算教育支出共计21.6亿元。",
            "全县一般公共预算教育支出三年合计21.6亿元。",
            // The range after the name, ending in the report's year (the
            // sum was read as 2023's, and passed 只增不减 against 2022).
            "全县一般公共预算教育支出2021—2023年累计30.1亿元。",
            "全县一般公共预算教育支出2021-2023年累计30.1亿元，年均增长0.8%。",
        ] {
            assert_eq!(
                read_in_2023(text),
                (vec![], vec![UnreadMentionReason::OtherPeriod]),
                "{text}"
            );
        }
        for text in [
            "2023年全县累计投入一般公共预算教育支出7.4亿元。",
            // A total with no span of years before it is the year's.
            "全县一般公共预算教育支出合计7.4亿元。",
            "2023年全县一般公共预算教育支出合计7.4亿元。",
            "近年来，县委县政府不断加大教育投入，2023年一般公共预算教育支出7.4亿元。",
            "全县一般公共预算教育支出7.4亿元，连续三年保持增长。",
        ] {
            assert_eq!(
                levels(&in_report(text, Some(2023))),
                [("education-expenditure".to_string(), Some(740_000_000.0))],
                "{text}"
            );
        }
        // The sum, then the report's year's own figure and its change (the
        // fall was lost).
        for text in [
            "全县一般公共预算教育支出2021—2023年累计30.1亿元，其中2023年9.97亿元，比上年下降1.8%。",
            "2021—2023年全县一般公共预算教育支出累计30.1亿元，其中2023年9.97亿元，比上年下降1.8%。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(
                levels(&c),
                [("education-expenditure".to_string(), Some(997_000_000.0))],
                "{text}"
            );
            let change = c.indicators[0].change.as_ref().and_then(|ch| ch.percent);
            assert_eq!(change, Some(-1.8), "{text}");
            let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
            assert_eq!(reasons, [UnreadMentionReason::OtherPeriod], "{text}");
        }
    }

    /// `A达到11.8万元，高于当地公务员平均工资收入水平0.2万元`: the clause
    /// opens with `高于` and the name, so the figure after it is the gap,
    /// not the civil servants' pay (it was read as 2000元).
    #[test]
    fn a_clause_opening_with_higher_than_makes_its_name_the_base() {
        for text in [
            "全区义务教育教师平均工资收入水平达到11.8万元，高于当地公务员平均工资收入水平0.2万元。",
            "全区义务教育教师平均工资收入水平达到11.8万元，略高于当地公务员平均工资收入水平0.2万元。",
            "全区义务教育教师平均工资收入水平为11.8万元，低于当地公务员平均工资收入水平0.3万元。",
            // `超过` as `高于` (no claim was read, and the gap was no gap).
            "全区义务教育教师平均工资收入水平达到11.8万元，超过当地公务员平均工资收入水平0.2万元。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(
                levels(&c),
                [("teacher-average-salary".to_string(), Some(118_000.0))],
                "{text}"
            );
            assert_eq!(
                unread_reasons(&c),
                [(
                    "civil-servant-average-salary".to_string(),
                    UnreadMentionReason::Compared
                )],
                "{text}"
            );
            assert_eq!(c.claims.len(), 1, "{text}");
        }
        let c = in_report(
            "教师年平均工资10.8万元，超过当地公务员平均水平。",
            Some(2023),
        );
        assert_eq!(
            c.claims.iter().map(|c| c.denied).collect::<Vec<_>>(),
            [false]
        );
    }

    const PRIMARY: &str = "per-student-public-funds-primary";
    const JUNIOR: &str = "per-student-public-funds-junior";

    /// A name the catalog keeps per stage (`小学生均公用经费`,
    /// `初中生均公用经费`), stated under its generic name with the stages
    /// beside it, gives each stage its own figure, in order, whether the
    /// stages stand before the name, after it, or after a stage's name.
    #[test]
    fn stages_beside_a_generic_name_are_read_per_stage() {
        for (text, expected) in [
            (
                "小学、初中生均公用经费分别达到800元、1000元。",
                [(PRIMARY, 800.0), (JUNIOR, 1000.0)],
            ),
            (
                "小学和初中生均公用经费标准分别提高到750元和960元。",
                [(PRIMARY, 750.0), (JUNIOR, 960.0)],
            ),
            (
                "生均公用经费小学、初中分别为720元、940元。",
                [(PRIMARY, 720.0), (JUNIOR, 940.0)],
            ),
            (
                "生均公用经费小学720元、初中920元，均高于省定标准。",
                [(PRIMARY, 720.0), (JUNIOR, 920.0)],
            ),
            (
                "生均公用经费小学为730元，初中为950元。",
                [(PRIMARY, 730.0), (JUNIOR, 950.0)],
            ),
            (
                "小学生均公用经费为780元，初中为990元。",
                [(PRIMARY, 780.0), (JUNIOR, 990.0)],
            ),
            (
                "初中生均公用经费达到1000元，小学为800元，均按时足额拨付。",
                [(JUNIOR, 1000.0), (PRIMARY, 800.0)],
            ),
            (
                "小学生均公用经费为780元，较上年增加20元；初中为990元，较上年增加30元。",
                [(PRIMARY, 780.0), (JUNIOR, 990.0)],
            ),
            (
                "生均公用经费普通小学为720元，普通初中为940元。",
                [(PRIMARY, 720.0), (JUNIOR, 940.0)],
            ),
            // A rate per pupil between the stage and its figure (the later
            // stage's figure was lost).
            (
                "生均公用经费小学每生每年650元、初中每生每年850元。",
                [(PRIMARY, 650.0), (JUNIOR, 850.0)],
            ),
            (
                "小学生均公用经费为每生每年750元，初中为每生每年950元。",
                [(PRIMARY, 750.0), (JUNIOR, 950.0)],
            ),
        ] {
            let c = in_report(text, Some(2023));
            let expected: Vec<(String, Option<f64>)> = expected
                .iter()
                .map(|(id, v)| (id.to_string(), Some(*v)))
                .collect();
            assert_eq!(levels(&c), expected, "{text}");
            assert_eq!(unread_reasons(&c), [], "{text}");
        }
        // Bounds per stage are each stage's requirement (the junior stage
        // was given the primary stage's 650 before).
        let c = in_report(
            "全县小学、初中生均公用经费分别不低于650元、850元。",
            Some(2023),
        );
        assert_eq!(
            targets(&c),
            [
                (PRIMARY.to_string(), Some(650.0)),
                (JUNIOR.to_string(), Some(850.0))
            ]
        );
    }

    /// The teachers' and the civil servants' pay are one measure of two
    /// subjects: after one's figure, the other by its word alone states its
    /// own (`当地公务员…10.06万元，义务教育教师为9.74万元`: the teachers' pay was
    /// lost, unsaid, and parity went unjudged). `当地`, `同期`, `全县` before
    /// the word say only where or when.
    #[test]
    fn the_other_subject_of_a_pay_figure_by_its_word_alone() {
        const TEACHER: &str = "teacher-average-salary";
        const CIVIL: &str = "civil-servant-average-salary";
        for (text, expected) in [
            (
                "全县当地公务员年平均工资收入10.06万元，义务教育教师为9.74万元。",
                [(CIVIL, 100600.0), (TEACHER, 97400.0)],
            ),
            (
                "全县义务教育教师年平均工资收入9.74万元，当地公务员为10.06万元。",
                [(TEACHER, 97400.0), (CIVIL, 100600.0)],
            ),
            (
                "义务教育教师年平均工资收入10.21万元，比上年增长3.2%，同期公务员为10.06万元。",
                [(TEACHER, 102100.0), (CIVIL, 100600.0)],
            ),
            (
                "全县义务教育教师年平均工资收入11.05万元，同期当地公务员为11.26万元。",
                [(TEACHER, 110500.0), (CIVIL, 112600.0)],
            ),
            (
                "当地公务员平均工资收入为10.06万元，教师为10.12万元，实现“不低于”要求。",
                [(CIVIL, 100600.0), (TEACHER, 101200.0)],
            ),
            (
                "全县义务教育教师和公务员年平均工资分别为9.74万元、10.06万元。",
                [(TEACHER, 97400.0), (CIVIL, 100600.0)],
            ),
            // A comparison before the word, the other side's figure in
            // brackets (it was unread).
            (
                "义务教育教师平均工资收入水平11.62万元，高于当地公务员（11.71万元）。",
                [(TEACHER, 116200.0), (CIVIL, 117100.0)],
            ),
        ] {
            let c = in_report(text, Some(2023));
            let expected: Vec<(String, Option<f64>)> = expected
                .iter()
                .map(|(id, v)| (id.to_string(), Some(*v)))
                .collect();
            assert_eq!(levels(&c), expected, "{text}");
            assert_eq!(unread_reasons(&c), [], "{text}");
        }
        // A comparison with no figure of the other side gives it none.
        let c = in_report(
            "义务教育教师平均工资收入水平11.62万元，高于当地公务员，居全市前列。",
            Some(2023),
        );
        assert_eq!(levels(&c), [(TEACHER.to_string(), Some(116200.0))]);
        // Another noun after the word is not its figure.
        let c = in_report(
            "公务员年平均工资收入10.06万元，教师培训经费为320万元。",
            Some(2023),
        );
        assert_eq!(levels(&c), [(CIVIL.to_string(), Some(100600.0))]);
    }

    /// A list of stages is read whole or not at all: with a stage the
    /// catalog has no name for (`高中生均公用经费`), no figure is given to
    /// another stage, and the name stays unread with its reason. Words that
    /// go on as another noun (`初中学校`) are no stage's figure.
    #[test]
    fn a_stage_without_a_name_leaves_its_list_unread() {
        for text in [
            "小学、初中、高中生均公用经费分别为720元、940元、1300元。",
            "生均公用经费小学、初中、高中分别为700元、900元、1200元。",
            "高中、初中生均公用经费分别为1200元、950元。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(c.unread.len(), 1, "{text}: {:?}", unread_reasons(&c));
        }
        // `普通小学`, `普通初中` are stages (the primary stage's figure was
        // the whole per-student spending).
        let c = in_report(
            "生均一般公共预算教育支出普通小学为11236元、普通初中为15873元。",
            Some(2023),
        );
        assert_eq!(levels(&c), []);
        assert_eq!(c.unread.len(), 1);
        for text in [
            "小学生均公用经费780元，初中学校全部达标。",
            "小学生均公用经费780元，初中学校建设经费为320万元。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [(PRIMARY.to_string(), Some(780.0))], "{text}");
        }
    }

    /// `A、B分别由X、Y提高到Z、W`: the levels are the figures reached, each
    /// from its own figure (the first list was read as the levels before);
    /// `2022年A、B分别为X、Y，2023年分别为Z、W`: the second list, each from
    /// the first (the second name was given the first figure of the second
    /// list before).
    #[test]
    fn lists_from_and_to_and_lists_restated_for_the_year() {
        const GROSS: &str = "preschool-gross-enrollment";
        const INCLUSIVE: &str = "preschool-inclusive-coverage";
        for (text, base_year) in [
            (
                "学前三年毛入园率、普惠性幼儿园覆盖率分别由85%、80%提高到90.5%、86.2%。",
                None,
            ),
            (
                "学前三年毛入园率和普惠性幼儿园覆盖率分别从85%和80%提升至90.5%和86.2%。",
                None,
            ),
            (
                "2022年学前三年毛入园率、普惠性幼儿园覆盖率分别为85%、80%，2023年分别为90.5%、86.2%。",
                Some(2022),
            ),
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(
                levels(&c),
                [
                    (GROSS.to_string(), Some(90.5)),
                    (INCLUSIVE.to_string(), Some(86.2))
                ],
                "{text}"
            );
            let bases: Vec<(Option<f64>, Option<i32>)> = c
                .indicators
                .iter()
                .map(|v| {
                    let base = v.change.as_ref().and_then(|c| c.base.as_ref());
                    (base.map(|b| b.value), base.and_then(|b| b.year))
                })
                .collect();
            assert_eq!(
                bases,
                [(Some(85.0), base_year), (Some(80.0), base_year)],
                "{text}"
            );
        }
        // A from-list with no list reached states no level.
        let c = in_report(
            "学前三年毛入园率、普惠性幼儿园覆盖率分别由85%、80%大幅提升。",
            Some(2023),
        );
        assert_eq!(levels(&c), [], "{:?}", levels(&c));
        // The year before by name, the time now, or the figures checked
        // after those reported: the second list (the first was read, and
        // the second gave its first figure to the second name).
        for (text, base) in [
            (
                "学前三年毛入园率、普惠性幼儿园覆盖率上年分别为85%、80%，今年分别为90.5%、86.2%。",
                true,
            ),
            (
                "学前三年毛入园率、普惠性幼儿园覆盖率分别为85%、80%，目前分别为90.5%、86.2%。",
                false,
            ),
            (
                "学前三年毛入园率、普惠性幼儿园覆盖率自评分别为95%、88%，经核查分别为90.5%、86.2%。",
                false,
            ),
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(
                levels(&c),
                [
                    (GROSS.to_string(), Some(90.5)),
                    (INCLUSIVE.to_string(), Some(86.2))
                ],
                "{text}"
            );
            assert_eq!(
                c.indicators.iter().all(|v| v.change.is_some()),
                base,
                "{text}: {:?}",
                c.indicators
            );
        }
        // A plan's list, then the time now: the plan's targets stay.
        let c = in_report(
            "下一步，全县将把学前三年毛入园率、普惠性幼儿园覆盖率分别提高到95%、90%，目前分别为90.5%、86.2%。",
            Some(2023),
        );
        assert_eq!(c.targets.len(), 2, "{:?}", c.targets);
    }

    /// One name, `分别` and a list of figures: the figures are of subjects
    /// the name does not name. Town and country (`城乡`) are parts; a
    /// subject the catalog does not hold before the name leaves which
    /// figure is its own unsaid. When the name opens the list of subjects,
    /// the first figure is its own.
    #[test]
    fn one_name_with_respective_figures_is_read_only_when_it_opens_the_list() {
        for (text, reason) in [
            (
                "城乡学前三年毛入园率分别达到99%和95%以上。",
                UnreadMentionReason::Part,
            ),
            (
                "学龄儿童入学率和九年义务教育巩固率分别为99.9%、98.2%。",
                UnreadMentionReason::Ambiguous,
            ),
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(
                unread_reasons(&c).last().map(|(_, r)| *r),
                Some(reason),
                "{text}"
            );
        }
        let c = in_report(
            "九年义务教育巩固率和学龄儿童入学率分别为98.2%、99.9%。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("compulsory-retention".to_string(), Some(98.2))]
        );
    }

    /// What is expected, required or for a later year is a target, never a
    /// level (each was read as achieved): `预期`, `力促`, `明年`, `要达到`,
    /// `需达到`, `应达到`, and a sentence opened by a later year than the
    /// report's (`2024年，…`, `2024年将…`). A month or a term of the next
    /// year (`2024年1月，…`) is when a report is written, and stays a level.
    #[test]
    fn what_is_expected_or_required_is_a_target() {
        for text in [
            "预期2024年全县学前三年毛入园率达到94%。",
            "力促全县学前三年毛入园率达到94%。",
            "明年全县学前三年毛入园率提高到94%。",
            "2024年，全县学前三年毛入园率要达到94%。",
            "全县学前三年毛入园率需达到94%以上。",
            "全县学前三年毛入园率应达到94%以上。",
            "2024年将新建公办幼儿园3所，学前三年毛入园率提升至94%。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(
                targets(&c),
                [("preschool-gross-enrollment".to_string(), Some(94.0))],
                "{text}"
            );
        }
        // A month of the next year with no plan word is no plan (nor the
        // report's level: see `a_later_year_is_a_plan`).
        let c = in_report("2024年1月，全县学前三年毛入园率达到94%。", Some(2023));
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c), []);
    }

    /// `A减少至11860元`: the level, and a fall whose size is not said
    /// (`unsized-change`, down), so that `只增不减` sees the decline (it saw a
    /// level and no change). A rise to a level says nothing more than the
    /// level, as before.
    #[test]
    fn a_fall_to_a_level_is_a_fall_said_in_words() {
        let c = in_report("全县生均一般公共预算教育支出减少至11860元。", Some(2023));
        assert_eq!(
            levels(&c),
            [("per-student-expenditure".to_string(), Some(11_860.0))]
        );
        assert_eq!(
            c.unread
                .iter()
                .map(|u| (u.reason, u.direction))
                .collect::<Vec<_>>(),
            [(
                UnreadMentionReason::UnsizedChange,
                Some(dutycheck_model::Direction::Down)
            )]
        );
        let c = in_report("全县生均一般公共预算教育支出提高到11860元。", Some(2023));
        assert_eq!(unread_reasons(&c), []);
    }

    /// A change said in words after a level belongs to the level only when
    /// its clause opens with the comparison: `，参与学生比例较上年有所下降` is
    /// another subject's (it was said to be the coverage's, unread).
    #[test]
    fn a_change_in_words_of_another_subject_is_not_the_levels() {
        let c = in_report(
            "全县义务教育学校课后服务覆盖率保持100%，参与学生比例较上年有所下降。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("after-school-service-coverage".to_string(), Some(100.0))]
        );
        assert_eq!(unread_reasons(&c), []);
        let c = in_report(
            "全县九年义务教育巩固率为98.1%，较上年有所下降。",
            Some(2023),
        );
        assert_eq!(
            unread_reasons(&c),
            [(
                "compulsory-retention".to_string(),
                UnreadMentionReason::UnsizedChange
            )]
        );
    }

    /// Two school years: the later one's figure is the level, the earlier
    /// one's its base (the earlier figure was the level). One school year
    /// alone is read as the report's, as before.
    #[test]
    fn the_later_school_year_states_the_level() {
        let c = in_report(
            "2022-2023学年，全县学前三年毛入园率为91.1%；2023-2024学年提高到92.4%。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("preschool-gross-enrollment".to_string(), Some(92.4))]
        );
        let base = c.indicators[0]
            .change
            .as_ref()
            .and_then(|c| c.base.as_ref());
        assert_eq!(base.map(|b| (b.value, b.year)), Some((91.1, Some(2022))));
        let c = in_report("2023—2024学年度，全县学前三年毛入园率为92.4%。", Some(2023));
        assert_eq!(
            levels(&c),
            [("preschool-gross-enrollment".to_string(), Some(92.4))]
        );
    }

    /// Pay per head (`人均年工资收入`) names the same two indicators as the
    /// average (it was no mention at all: both figures were silently lost).
    #[test]
    fn pay_per_head_names_both_sides_of_the_parity() {
        let c = in_report(
            "全县义务教育教师人均年工资收入10.8万元，当地公务员人均年工资收入10.9万元。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [
                ("teacher-average-salary".to_string(), Some(108_000.0)),
                ("civil-servant-average-salary".to_string(), Some(109_000.0)),
            ]
        );
    }

    /// A change against the year's budget (`比年初预算增长3%`, `比预算数减少
    /// 0.3亿元`) is no change against the year before: it was read as one,
    /// so a spending below its budget failed `只增不减`, and `较调整预算增长
    /// 1%，较上年下降0.8%` passed it with the budget's 1%.
    #[test]
    fn a_change_against_the_budget_is_not_growth() {
        const EXPENDITURE: &str = "一般公共预算教育支出10.2亿元，";
        for (rest, change) in [
            ("比年初预算增长3%。", None),
            ("比预算数减少0.3亿元。", None),
            (
                "较调整预算增长1%，较上年下降0.8%。",
                Some((None, Some(-0.8))),
            ),
            (
                "比上年增加0.3亿元，比年初预算增长3%。",
                Some((Some(30_000_000.0), None)),
            ),
            (
                "比上年增加0.3亿元，增长3%。",
                Some((Some(30_000_000.0), Some(3.0))),
            ),
            // The share of the budget spent, between the level and its
            // change, as budget reports write it: the change is still the
            // level's (the fall was dropped, unsaid).
            ("完成调整预算的101.3%，下降1.8%。", Some((None, Some(-1.8)))),
            (
                "为预算的99.1%，比上年减少0.2亿元。",
                Some((Some(-20_000_000.0), None)),
            ),
            ("占年初预算的98.6%，增长2.1%。", Some((None, Some(2.1)))),
            ("完成预算的101.3%。", None),
        ] {
            let text = format!("{EXPENDITURE}{rest}");
            let c = in_report(&text, Some(2023));
            assert_eq!(
                levels(&c),
                [("education-expenditure".to_string(), Some(1_020_000_000.0))],
                "{text}"
            );
            let got = c.indicators[0]
                .change
                .as_ref()
                .map(|c| (c.value, c.percent));
            assert_eq!(got, change, "{text}");
        }
    }

    /// `A与上年持平` with no figure: a change of zero, stated alone, so that
    /// `只增不减` can judge it (it was unread, `no-figure`). Not when hedged
    /// (`基本持平`), planned, of an earlier year, or of a part.
    #[test]
    fn flat_against_the_year_before_alone_is_a_change_of_zero() {
        for text in [
            "全县一般公共预算教育支出与上年持平。",
            "2023年全县一般公共预算教育支出同比持平，生均支出有所增长。",
        ] {
            let c = in_report(text, Some(2023));
            let v = &c.indicators[0];
            assert_eq!(v.indicator.as_str(), "education-expenditure", "{text}");
            assert_eq!(v.statement, StatementKind::Change, "{text}");
            assert_eq!(v.value, None, "{text}");
            let change = v.change.as_ref().map(|c| (c.value, c.percent));
            assert_eq!(change, Some((Some(0.0), Some(0.0))), "{text}");
        }
        for text in [
            "全县一般公共预算教育支出与上年基本持平。",
            "确保全县一般公共预算教育支出与上年持平。",
            "2022年，全县一般公共预算教育支出与上年持平。",
            "东岭县、西河区一般公共预算教育支出与上年持平。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [], "{text}");
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(c.unread.len(), 1, "{text}");
        }
    }

    /// A comma ends a clause: two names on either side of it are two
    /// subjects, each read in its own clause, not a list. Before, the
    /// names were joined into one list, and a figure for either was lost;
    /// `A，B分别为X、Y` now reads neither (it was never read as a list).
    #[test]
    fn names_across_a_comma_are_two_clauses() {
        let c = in_report(
            "全县义务教育教师平均工资收入不低于当地公务员平均工资收入，高中阶段毛入学率恢复到92%以上。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("highschool-gross-enrollment".to_string(), Some(92.0))]
        );
        let c = in_report(
            "实现了分别达到94%和93.2%的学前三年毛入园率、高中阶段毛入学率，一般公共预算教育支出25.2亿元，比上年增长6.9%。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [
                ("preschool-gross-enrollment".to_string(), Some(94.0)),
                ("highschool-gross-enrollment".to_string(), Some(93.2)),
                ("education-expenditure".to_string(), Some(2_520_000_000.0)),
            ]
        );
        let c = in_report(
            "学前三年毛入园率，普惠性幼儿园覆盖率分别为90%、85%。",
            Some(2023),
        );
        assert_eq!(levels(&c), []);
    }

    /// A change since a year (`2019年以来提高了6.5个百分点`) or over a span
    /// (`近三年…提高了`), then the level now (`达到`, `目前为`, `现为`): the
    /// level is read, and no change against the year before. The level was
    /// lost (unread, `wrong-kind`).
    #[test]
    fn a_level_now_after_a_change_since_a_year() {
        for text in [
            "学前三年毛入园率2019年以来提高了6.5个百分点，达到93.2%。",
            "学前三年毛入园率从2019年以来提高了6.5个百分点，目前为93.2%。",
            "学前三年毛入园率2019年以来累计提高了6.5个百分点，目前为93.2%。",
            "近三年学前三年毛入园率提高了6.5个百分点，现为93.2%。",
            // An average over years (`年均`), then the level, maybe of the
            // report's year by its year.
            "学前三年毛入园率年均提高1.3个百分点，达到93.2%。",
            "学前三年毛入园率年平均提高1.3个百分点，2023年为93.2%。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(
                levels(&c),
                [("preschool-gross-enrollment".to_string(), Some(93.2))],
                "{text}"
            );
            assert_eq!(c.indicators[0].change, None, "{text}");
        }
        let c = in_report(
            "学前三年毛入园率提高了1.1个百分点，目前为93.2%。",
            Some(2023),
        );
        assert_eq!(
            c.indicators[0].change.as_ref().and_then(|c| c.value),
            Some(1.1)
        );
    }

    /// A name followed by one stage of schooling's figure (`生均…支出小学为
    /// 11860元，…；初中16350元`) states none for the name: it is unread, not
    /// the primary schools' figure taken for all (as it was).
    #[test]
    fn a_stage_right_after_the_name_states_only_that_stage() {
        for text in [
            "生均一般公共预算教育支出小学为11860元，比2022年的11420元增长3.9%；初中16350元。",
            "生均一般公共预算教育支出，小学11860元、初中16350元。",
            "生均一般公共预算教育支出：初中为16350元。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [], "{text}");
            // Said, not dropped: ambiguous, or no figure of its own in the
            // clause (`，小学…`).
            assert!(
                matches!(
                    &unread_reasons(&c)[..],
                    [(
                        _,
                        UnreadMentionReason::Ambiguous | UnreadMentionReason::NoFigure
                    )]
                ),
                "{text}: {:?}",
                unread_reasons(&c)
            );
        }
        let c = in_report(
            "生均一般公共预算教育支出为13650元，小学、初中均有增长。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("per-student-expenditure".to_string(), Some(13650.0))]
        );
    }

    /// A list inside a case whose items open with their year (`（一）学前
    /// 教育` over `1.2022年，…`): the item's number is not a word of the
    /// sentence, so the year still opens it. `1.2022年` was read as the
    /// figure "1.2022 years" and the 2022 level as the report's.
    #[test]
    fn an_item_that_opens_with_an_earlier_year() {
        for text in [
            "学前教育\n1.2022年，全县学前三年毛入园率为89.6%。",
            "1.2022年，全县学前三年毛入园率为89.6%。",
            "学前教育\n12.2022年底，全县学前三年毛入园率为89.6%。",
            "（2）2022年，全县学前三年毛入园率为89.6%。",
            "做法如下。②2022年全县学前三年毛入园率为89.6%。",
            "二是2022年全县学前三年毛入园率为89.6%。",
        ] {
            assert_eq!(
                read_in_2023(text),
                (vec![], vec![UnreadMentionReason::OtherPeriod]),
                "{text}"
            );
        }
        for text in [
            "学前教育\n1.2023年，全县学前三年毛入园率为89.6%。",
            "（2）2023年全县学前三年毛入园率为89.6%。",
        ] {
            assert_eq!(
                read_in_2023(text),
                (
                    vec![("preschool-gross-enrollment".to_string(), Some(89.6))],
                    vec![]
                ),
                "{text}"
            );
        }
    }

    /// `A为10.2万元，比当地公务员平均工资收入水平低0.3万元`: the clause opens
    /// by comparing with B, so the figure after B is the gap, never B's
    /// level (it was read as B = 3000元, and parity passed on it).
    #[test]
    fn a_clause_opening_with_a_comparison_makes_its_name_the_base() {
        let c = in_report(
            "2023年全县义务教育教师平均工资收入水平为10.2万元，比当地公务员平均工资收入水平低0.3万元。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("teacher-average-salary".to_string(), Some(102_000.0))]
        );
        assert_eq!(
            unread_reasons(&c),
            [(
                "civil-servant-average-salary".to_string(),
                UnreadMentionReason::Compared
            )]
        );
        // `比上年…` compares with the year before: the name's own change.
        let c = in_report(
            "全县公务员平均工资收入水平11.5万元，比上年增长2%。",
            Some(2023),
        );
        assert_eq!(
            levels(&c),
            [("civil-servant-average-salary".to_string(), Some(115_000.0))]
        );
    }

    /// A figure whose clause names a part of the region (some of its
    /// counties, a count of them, a stage of schooling) is the part's: the
    /// name is unread, `part` (it was read as the region's level). One
    /// region alone and `中小学` stay the region's; urban schools are a part.
    #[test]
    fn a_figure_of_a_part_of_the_region() {
        for text in [
            "东岭县、西河区普惠性幼儿园覆盖率分别为95.2%、82.1%。",
            "全市10个县区中，有8个县区普惠性幼儿园覆盖率达到85%以上。",
            "全市小学、初中专任教师本科及以上学历比例分别为78.5%、92.3%。",
            "全市初中专任教师本科及以上学历比例为92.3%。",
            "城区学校大班额比例为6.2%。",
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(
                unread_reasons(&c).first().map(|u| u.1),
                Some(UnreadMentionReason::Part),
                "{text}"
            );
        }
        for (text, indicator) in [
            (
                "东岭县普惠性幼儿园覆盖率达到95.2%。",
                "preschool-inclusive-coverage",
            ),
            (
                "全区中小学课后服务覆盖率100%。",
                "after-school-service-coverage",
            ),
            (
                "普惠性幼儿园覆盖率、公办园在园幼儿占比分别达到85%和51%。",
                "preschool-public-share",
            ),
        ] {
            let c = in_report(text, Some(2023));
            assert!(
                levels(&c).iter().any(|(i, _)| i == indicator),
                "{text}: {:?}",
                levels(&c)
            );
        }
    }

    /// A bracketed note after a name: stepped over to the name's figure
    /// (it was unread); a figure of an earlier year in it is where the
    /// level came from, never the level (it was read as the level); a
    /// figure alone in brackets is the name's own.
    #[test]
    fn bracketed_notes_after_a_name() {
        let level = |text: &str| {
            let c = in_report(text, Some(2023));
            c.indicators.first().map(|v| {
                (
                    v.value,
                    v.change
                        .as_ref()
                        .and_then(|c| c.base.as_ref())
                        .map(|b| (b.value, b.year)),
                )
            })
        };
        assert_eq!(
            level("全县普惠性幼儿园覆盖率（含公办园和普惠性民办园）达到88.3%。"),
            Some((Some(88.3), None))
        );
        for text in [
            "全县普惠性幼儿园覆盖率（2022年为86.1%）达到88.3%。",
            "全县普惠性幼儿园覆盖率（上年86.1%）达到88.3%。",
        ] {
            assert_eq!(
                level(text),
                Some((Some(88.3), Some((86.1, Some(2022))))),
                "{text}"
            );
        }
        assert_eq!(
            level("全县普惠性幼儿园覆盖率（国家标准为85%）达到88.3%。"),
            Some((Some(88.3), None))
        );
        assert_eq!(
            level("普惠性幼儿园覆盖率（91.4%）；公办率58.3%。"),
            Some((Some(91.4), None))
        );
    }

    /// A note that defines the name (it names the indicator again, or
    /// holds a figure of another kind) is stepped over, however long: both
    /// were unread as two candidate figures, and the miss of a target lost.
    #[test]
    fn a_note_that_defines_the_name() {
        for (text, id, value) in [
            (
                "普惠性幼儿园覆盖率（公办园和普惠性民办园在园幼儿占在园幼儿总数的比例）为78.4%。",
                "preschool-inclusive-coverage",
                78.4,
            ),
            (
                "大班额比例（56人以上班额占比）为6.2%。",
                "large-class-share",
                6.2,
            ),
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(values_of(&c), [pair(id, value)], "{text}");
            assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
        }
    }

    /// A note in brackets inside a name (`教师（含特岗教师）平均工资`): the
    /// name goes on after it. Neither name was found, so the figures were
    /// silently lost (the pay gap went unseen and the claim was only
    /// unbacked).
    #[test]
    fn a_note_inside_a_name() {
        for (text, id, value) in [
            (
                "义务教育教师（含特岗教师）平均工资10.2万元。",
                "teacher-average-salary",
                102000.0,
            ),
            (
                "残疾儿童少年（6—15周岁）义务教育入学率为93.1%。",
                "disabled-children-enrollment",
                93.1,
            ),
            (
                "普惠性幼儿园（含公办园）覆盖率达到86.2%。",
                "preschool-inclusive-coverage",
                86.2,
            ),
        ] {
            let c = in_report(text, Some(2023));
            assert_eq!(values_of(&c), [pair(id, value)], "{text}");
        }
        // A note that does not close within its clause, or a long one, is
        // no note inside a name: the words after it are read as they stand.
        for text in [
            "义务教育教师（含特岗教师，2023年）平均工资10.2万元。",
            "义务教育教师（含特岗教师和县直学校、乡镇中心学校的全部教师）平均工资10.2万元。",
        ] {
            let c = in_report(text, Some(2023));
            assert!(values_of(&c).is_empty(), "{text}: {:?}", c.indicators);
        }
    }

    /// `中职招生3200人，占高中阶段招生总数的41.2%`: the share named by its
    /// denominator in the clause after the count (it was not read at all);
    /// `专任教师中本科及以上学历占86.4%` likewise. Another subject's share
    /// (`民办学校招生…`, `新录用教师中…`) names nothing. The count, its change,
    /// then its share (`公办幼儿园在园幼儿7010人，比上年增加320人，占全县在园幼儿
    /// 总数的46.3%`), as statistics bulletins write it: read (the share was
    /// lost, and its failure with it); a clause between that is no change
    /// keeps them apart, and so does a head farther than a gap with nothing
    /// between.
    #[test]
    fn shares_named_after_their_subject() {
        for (text, expected) in [
            (
                "全县中职招生2860人，占高中阶段招生总数的43.1%。",
                Some(("vocational-enrollment-share", 43.1)),
            ),
            (
                "中职招生占高中阶段招生总数的比例为41.2%。",
                Some(("vocational-enrollment-share", 41.2)),
            ),
            (
                "中等职业学校招生2860人，占高中阶段教育招生总数的45.6%。",
                Some(("vocational-enrollment-share", 45.6)),
            ),
            (
                "中职招生占高中阶段教育招生总数的比例为44.2%。",
                Some(("vocational-enrollment-share", 44.2)),
            ),
            ("民办学校招生800人，占高中阶段招生总数的10%。", None),
            (
                "全县义务教育阶段专任教师中本科及以上学历占86.4%。",
                Some(("teacher-bachelor-share", 86.4)),
            ),
            ("新录用教师中本科以上学历占70%以上。", None),
            (
                "公办幼儿园在园幼儿7010人，比上年增加320人，占全县在园幼儿总数的46.3%。",
                Some(("preschool-public-share", 46.3)),
            ),
            (
                "全县中等职业学校招生1982人，比上年减少146人，占高中阶段招生总数的36.8%。",
                Some(("vocational-enrollment-share", 36.8)),
            ),
            (
                "全县56人以上大班额38个，较上年下降2.1%，占班级总数的5.9%。",
                Some(("large-class-share", 5.9)),
            ),
            (
                "公办幼儿园在园幼儿7010人，新建幼儿园12所，占全县在园幼儿总数的46.3%。",
                None,
            ),
            (
                "公办幼儿园在园幼儿7010人，其中新入园的幼儿和转入幼儿合计1500人占全县在园幼儿总数的21.3%。",
                None,
            ),
        ] {
            let c = in_report(text, Some(2023));
            let found = c
                .indicators
                .first()
                .map(|v| (v.indicator.as_str(), v.value.unwrap_or(f64::NAN)));
            assert_eq!(found, expected, "{text}");
        }
        // The count stays a figure of its own.
        let c = in_report(
            "全县中职招生2860人，占高中阶段招生总数的43.1%。",
            Some(2023),
        );
        assert!(c.quantities.iter().any(|q| q.value == 2860.0));
    }

    /// `预计全年A10.2亿元，同比下降3.5%`, `全年A预计…`: the office's estimate
    /// of the year it reports on, the year's level (it was a target, and
    /// the fall said nothing of); `预计到2025年…` still plans.
    #[test]
    fn an_estimate_of_the_year_is_its_level() {
        for text in [
            "预计全年一般公共预算教育支出10.2亿元，同比下降3.5%。",
            "全年一般公共预算教育支出预计10.2亿元，同比下降3.5%。",
        ] {
            let c = in_report(text, Some(2024));
            let v = c.indicators.first().expect(text);
            assert_eq!(v.value, Some(1_020_000_000.0), "{text}");
            assert_eq!(
                v.change.as_ref().and_then(|ch| ch.percent),
                Some(-3.5),
                "{text}"
            );
            assert!(c.targets.is_empty(), "{text}");
        }
        let c = in_report("预计到2025年，全县学前三年毛入园率达到95%。", Some(2024));
        assert!(c.indicators.is_empty() && c.targets.len() == 1, "{c:?}");
    }

    /// `A比上年下降0.8个百分点，仍保持在84%以上`: the level a change leaves
    /// the indicator held at (it was lost, and the change alone read).
    #[test]
    fn a_level_held_after_its_change() {
        let c = in_report(
            "全县学前三年毛入园率比上年下降0.8个百分点，仍保持在84%以上。",
            Some(2024),
        );
        let v = c.indicators.first().expect("a value");
        assert_eq!((v.value, v.qualifier), (Some(84.0), Qualifier::MoreThan));
        assert_eq!(v.change.as_ref().and_then(|ch| ch.value), Some(-0.8));
    }

    /// `主要预期目标是：A达到95%以上，B达到90%，C稳定在96%以上`: a head that
    /// announces plans, then its list after a colon: every item is a target
    /// (only the first was, the others levels reached, and they passed). A
    /// head that says the goals met states levels.
    #[test]
    fn a_list_of_goals_after_its_head_and_colon() {
        let c = in_report(
            "2025年全县教育工作的主要预期目标是：学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率达到90%，高中阶段毛入学率稳定在96%以上。",
            Some(2025),
        );
        assert!(values_of(&c).is_empty(), "{:?}", c.indicators);
        assert_eq!(c.targets.len(), 3, "{:?}", c.targets);
        let c = in_report(
            "年初确定的目标任务全面完成：普惠性幼儿园覆盖率达到90%，九年义务教育巩固率为96.2%。",
            Some(2024),
        );
        assert_eq!(
            values_of(&c),
            vec![
                pair("preschool-inclusive-coverage", 90.0),
                pair("compulsory-retention", 96.2)
            ]
        );
    }

    /// `2019—2022年，…A达到94.6%`, `2020年至2022年，…` in a report on 2023: a
    /// span of years that ended before the report's dates its figures to its
    /// last year (the 94.6 was the report's level, and failed). A span that
    /// reaches the report's year is the report's.
    #[test]
    fn a_span_of_years_that_ended_dates_its_figures() {
        for text in [
            "2019—2022年，全县实施“温暖工程”，九年义务教育巩固率达到94.6%。",
            "2020年至2022年，全县九年义务教育巩固率达到94.6%。",
            "2019-2022年，全县九年义务教育巩固率由93.1%提高到94.6%。",
        ] {
            let c = in_report(text, Some(2023));
            assert!(values_of(&c).is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(
                c.unread.iter().map(|u| u.reason).collect::<Vec<_>>(),
                vec![UnreadMentionReason::OtherPeriod],
                "{text}"
            );
        }
        let c = in_report(
            "2020年至2022年，全县九年义务教育巩固率由93.8%提高到94.6%，2023年进一步提高到95.4%。",
            Some(2023),
        );
        assert_eq!(values_of(&c), vec![pair("compulsory-retention", 95.4)]);
        let c = in_report("2021—2023年，全县九年义务教育巩固率达到95.6%。", Some(2023));
        assert_eq!(values_of(&c), vec![pair("compulsory-retention", 95.6)]);
    }

    /// `2022年，A由93.8%提高到94.6%` in a report on 2023: a from→to dated by
    /// the year that opens its sentence is that year's, as a level is (the
    /// 94.6 was the level, and failed); a later clause of the report's year
    /// is the level, from the earlier year's figure.
    #[test]
    fn a_from_to_of_an_earlier_year() {
        let other = |c: &Case| {
            c.unread
                .iter()
                .map(|u| (u.indicator.to_string(), u.reason))
                .collect::<Vec<_>>()
        };
        let c = in_report(
            "2022年，全县普惠性幼儿园覆盖率由83.6%提高到86.9%。",
            Some(2023),
        );
        assert!(values_of(&c).is_empty(), "{:?}", c.indicators);
        assert_eq!(
            other(&c),
            vec![(
                "preschool-inclusive-coverage".to_string(),
                UnreadMentionReason::OtherPeriod
            )]
        );
        let c = in_report(
            "2022年，全县公办园在园幼儿占比由43.6%提高到46.9%，2023年进一步提高到52.1%。",
            Some(2023),
        );
        assert_eq!(values_of(&c), vec![pair("preschool-public-share", 52.1)]);
        let base = c.indicators[0]
            .change
            .as_ref()
            .and_then(|ch| ch.base.as_ref());
        assert_eq!(base.map(|b| (b.value, b.year)), Some((46.9, Some(2022))));
        // In the report's own year, or with no year opening it, it is the
        // level as before.
        for (text, year) in [
            ("2023年，全县普惠性幼儿园覆盖率由83.6%提高到86.9%。", 2023),
            ("全县普惠性幼儿园覆盖率由83.6%提高到86.9%。", 2023),
        ] {
            let c = in_report(text, Some(year));
            assert_eq!(
                values_of(&c),
                vec![pair("preschool-inclusive-coverage", 86.9)],
                "{text}"
            );
        }
    }

    /// `比上年6.52亿元增加0.32亿元`, `比上年17302.62元，增长0.81%`: the base
    /// written right after the comparison, with no `的`, as statistics
    /// notices write it; the change after it is read (it was lost).
    #[test]
    fn a_base_right_after_the_comparison_is_read() {
        for (text, value, base, percent, amount) in [
            (
                "全县一般公共预算教育支出6.84亿元，比上年6.52亿元增加0.32亿元，增长4.9%。",
                684_000_000.0,
                652_000_000.0,
                Some(4.9),
                Some(32_000_000.0),
            ),
            (
                "生均一般公共预算教育支出17443.63元，比上年17302.62元，增长0.81%。",
                17443.63,
                17302.62,
                Some(0.81),
                None,
            ),
            (
                "公办园在园幼儿占比达到52.3%，比2021年48.9%提高3.4个百分点。",
                52.3,
                48.9,
                None,
                Some(3.4),
            ),
        ] {
            let c = in_report(text, Some(2022));
            let v = c.indicators.first().expect(text);
            assert_eq!(v.value, Some(value), "{text}");
            let change = v.change.as_ref().expect(text);
            assert_eq!(
                change.base.as_ref().map(|b| (b.value, b.year)),
                Some((base, Some(2021))),
                "{text}"
            );
            assert_eq!(change.percent, percent, "{text}");
            assert_eq!(change.value, amount, "{text}");
        }
    }
}

/// Extraction is linear in the length of a case (issue 13, item 5): the
/// work counted by the extractor's test hook (characters decoded, scanned
/// for sentence and clause ends and compared, figures and names looked at
/// ahead) grows at most 12× for a 10× longer case, in every shape that once
/// cost a scan of the whole case per name: many sentences, one sentence of
/// many clauses, text without any stop, lists, plans, names with no figure,
/// and names far from the only figure.
mod linear {
    use super::*;
    use crate::text::WORK;

    fn work_for(text: &str) -> u64 {
        let extractor = Extractor::new(&Catalog::bundled());
        let mut c = case(text);
        WORK.with(|w| w.set(0));
        extractor.extract_case(&mut c);
        assert!(
            !c.quantities.is_empty() || !c.unread.is_empty(),
            "nothing read in {}…",
            text.chars().take(40).collect::<String>()
        );
        WORK.with(std::cell::Cell::get)
    }

    #[test]
    fn ten_times_the_case_costs_at_most_twelve_times_the_work() {
        let shapes: [(&str, &str); 7] = [
            (
                "sentences",
                "全县普惠性幼儿园覆盖率达到90.5%，比上年提高1.2个百分点，新建幼儿园12所。",
            ),
            (
                "one sentence of clauses",
                "义务教育巩固率由94.1%提高到95.3%，一般公共预算教育支出比上年增长4.2%，",
            ),
            (
                "no stop at all",
                "普惠性幼儿园覆盖率 90% 义务教育巩固率 95% 投入 3 亿元 ",
            ),
            (
                "lists",
                "学前三年毛入园率、义务教育巩固率分别达到91.2%、96.4%；",
            ),
            ("plans", "力争到2035年高中阶段毛入学率达到95%以上；"),
            (
                "names without figures",
                "普惠性幼儿园覆盖率稳步提高，义务教育巩固率持续提升，",
            ),
            (
                "names far from figures",
                "普惠性幼儿园覆盖率、义务教育巩固率、学前三年毛入园率",
            ),
        ];
        for (name, unit) in shapes {
            let small = unit.repeat(300);
            let mut large = unit.repeat(3_000);
            let mut small = small;
            // One figure at the very end: a name that looks ahead for its
            // figure must not walk to it from every name.
            small.push_str("达到90%。");
            large.push_str("达到90%。");
            let (a, b) = (work_for(&small), work_for(&large));
            assert!(a > 0, "{name}: no work counted");
            let ratio = b as f64 / a as f64;
            assert!(
                ratio <= 12.0,
                "{name}: {} → {} bytes cost {a} → {b} steps ({ratio:.1}×)",
                small.len(),
                large.len()
            );
        }
    }
}

/// The bases of changes: an earlier year's value restated in a later
/// report, with the year it is for and where it is written.
mod bases {
    use dutycheck_catalog::Catalog;
    use dutycheck_model::{Base, Case, StatementKind};

    use crate::Extractor;
    use crate::indicators::Context;

    fn in_year(text: &str, year: i32) -> Case {
        let mut c = super::case(text);
        let cx = Context {
            year: Some(year),
            plan_section: false,
            region: None,
            rectification: false,
        };
        Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
        c
    }

    /// (statement, level, base value, base year) of the first statement.
    fn based(text: &str, year: i32) -> (StatementKind, Option<f64>, Option<f64>, Option<i32>) {
        let c = in_year(text, year);
        let v = c.indicators.first().expect("a statement").clone();
        let base: Option<Base> = v.change.and_then(|c| c.base);
        (
            v.statement,
            v.value,
            base.as_ref().map(|b| b.value),
            base.and_then(|b| b.year),
        )
    }

    /// `A2021年为41.3%，2022年为46.8%，2023年为52.6%`: a series of years
    /// steps to the report's, from the year before's (the report's year
    /// was lost, and the whole series said another period's); a series
    /// that stops short of it is another period's.
    #[test]
    fn a_series_of_years_reaches_the_report_year() {
        for text in [
            "全县公办园在园幼儿占比2021年为41.3%，2022年为46.8%，2023年为52.6%。",
            "2021年全县公办园在园幼儿占比为41.3%，2022年为46.8%，2023年为52.6%。",
            "全县公办园在园幼儿占比2021年为41.3%，2022年提高到46.8%，2023年达到52.6%。",
        ] {
            assert_eq!(
                based(text, 2023),
                (StatementKind::Level, Some(52.6), Some(46.8), Some(2022)),
                "{text}"
            );
        }
        let c = in_year("全县公办园在园幼儿占比2021年为41.3%，2022年为46.8%。", 2023);
        assert!(c.indicators.is_empty(), "{:?}", c.indicators);
        // A fall in the last year of a series of spending.
        let c = in_year(
            "一般公共预算教育支出2021年为9.8亿元，2022年为10.2亿元，2023年为10.1亿元。",
            2023,
        );
        let change = c.indicators[0].change.as_ref().and_then(|c| c.value);
        assert!(change.is_some_and(|v| v < 0.0), "{:?}", c.indicators);
    }

    /// An earlier year that opens a sentence dates its clauses up to a later
    /// year or the time now further on (`2021年，全县新建幼儿园3所，A为76%，
    /// 2023年提高到86%`: the 76% was the report's year's level), and over a
    /// cause (`2022年，受疫情影响，A比上年下降2.4%`); before a past year is
    /// earlier still (`2020年前`), and what once was (`曾长期`) is no level.
    #[test]
    fn an_earlier_year_dates_its_account() {
        assert_eq!(
            based(
                "2021年，全县新建幼儿园3所，普惠性幼儿园覆盖率为76%，2023年提高到86%。",
                2023
            ),
            (StatementKind::Level, Some(86.0), Some(76.0), Some(2021))
        );
        assert_eq!(
            based(
                "2021年，县城学位紧张，全县大班额比例为8%，经过两年努力，目前降至3.2%。",
                2023
            ),
            (StatementKind::Level, Some(3.2), Some(8.0), Some(2021))
        );
        for text in [
            "2022年，受疫情影响，一般公共预算教育支出比上年下降2.4%。",
            "2020年前，全县公办园在园幼儿占比为41%。",
            "全县公办园在园幼儿占比曾长期徘徊在四成左右。",
            "全县大班额比例一度高达13.7%。",
            // A stock of the year between the year and the name, or in the
            // year's own clause, is the year's state as the name's is (each
            // figure was the report's year's, and failed).
            "2019年，全县共有幼儿园86所，普惠性幼儿园覆盖率为71.2%。",
            "2019年全县共有幼儿园86所，普惠性幼儿园覆盖率为71.2%。",
            "2021年底，全县有大班额412个，超大班额56个。",
            "2021年全县尚有大班额412个，大班额比例一度达到13.7%。",
        ] {
            let c = in_year(text, 2024);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
        }
        // An event of its year, then the result as of the report: the level.
        let c = in_year(
            "2019年，县政府出台《学前教育提升方案》，新建改扩建幼儿园12所，全县普惠性幼儿园覆盖率达到86%。",
            2023,
        );
        assert_eq!(c.indicators.len(), 1, "{:?}", c.indicators);
        // A later year's `前` is a deadline.
        let c = in_year("2025年前，全县公办园在园幼儿占比达到55%。", 2023);
        assert_eq!(c.targets.len(), 1, "{:?}", c.targets);
    }

    /// `在3%到4%之间`, `介于4%和6%之间`: a level that is a range keeps both
    /// ends (the lower end alone, a bound, failed a ceiling the range kept
    /// to); `和` joins a range only inside its frame, and `从…到…` with no
    /// spread's word is a from→to, exact at both ends (the upper end was
    /// an upper bound, and `从85%到100%` could not prove full coverage).
    #[test]
    fn a_range_keeps_both_ends() {
        let range = |text: &str| {
            let c = crate::tests::extracted(text);
            c.indicators
                .iter()
                .map(|v| (v.value, v.upper, v.qualifier))
                .collect::<Vec<_>>()
        };
        for text in [
            "大班额比例在3%到4%之间。",
            "大班额比例介于3%和4%之间。",
            "大班额比例处于3%与4%之间。",
            "大班额比例为3%—4%。",
        ] {
            assert_eq!(
                range(text),
                [(Some(3.0), Some(4.0), dutycheck_model::Qualifier::MoreThan)],
                "{text}"
            );
        }
        // A list, no range: `和` without the frame.
        let c = crate::tests::extracted("大班额比例和超大班额比例分别为4%和0.5%。");
        assert!(
            c.indicators.iter().all(|v| v.upper.is_none()),
            "{:?}",
            c.indicators
        );
        // A bound the words turn is no range.
        assert!(
            range("大班额比例未超过3%—4%。")
                .iter()
                .all(|(_, u, _)| u.is_none())
        );
        let c = crate::tests::extracted("课后服务覆盖率从85%到100%。");
        let got: Vec<_> = c
            .indicators
            .iter()
            .map(|v| (v.statement, v.value, v.qualifier, v.upper))
            .collect();
        assert_eq!(
            got,
            [(
                StatementKind::FromTo,
                Some(100.0),
                dutycheck_model::Qualifier::Exact,
                None
            )]
        );
    }

    /// `从78.5%至95.6%不等`: a range over places, read as neither a level
    /// nor a change (the higher end was the region's level, risen by 17.1
    /// points).
    #[test]
    fn a_range_is_no_from_to() {
        let c = crate::tests::extracted("各乡镇普惠性幼儿园覆盖率从78.5%至95.6%不等。");
        assert!(c.indicators.is_empty(), "{:?}", c.indicators);
        assert_eq!(c.unread.len(), 1, "{:?}", c.unread);
    }

    #[test]
    fn a_from_to_keeps_its_from_and_the_year_it_names() {
        assert_eq!(
            based("学前三年毛入园率由2021年的86.1%提高到90.2%。", 2022),
            (StatementKind::FromTo, Some(90.2), Some(86.1), Some(2021))
        );
        // No year named: the from may be for any earlier year.
        assert_eq!(
            based("学前三年毛入园率由86.1%提高到90.2%。", 2022),
            (StatementKind::FromTo, Some(90.2), Some(86.1), None)
        );
    }

    #[test]
    fn the_base_of_a_comparison_is_kept_with_its_position() {
        let c = in_year("一般公共预算教育支出比2021年的73.12亿元增长8.2%。", 2022);
        let v = &c.indicators[0];
        assert_eq!(v.statement, StatementKind::Change);
        let change = v.change.as_ref().expect("a change");
        assert_eq!(change.percent, Some(8.2));
        let base = change.base.as_ref().expect("a base");
        assert_eq!((base.value, base.year), (7_312_000_000.0, Some(2021)));
        // The position of `73.12亿元` in the original.
        let offset = c.text.find("73.12").map(|b| c.text[..b].chars().count());
        assert_eq!(Some(base.start), offset);
        assert_eq!(c.position(base.start), (base.line, base.column));
        assert_eq!(
            based(
                "高中阶段毛入学率较上年的91.2%提高0.8个百分点，达到92%。",
                2022
            ),
            (StatementKind::Level, Some(92.0), Some(91.2), Some(2021))
        );
    }

    #[test]
    fn the_year_before_stated_after_the_level() {
        assert_eq!(
            based("义务教育巩固率为96.8%，上年为96.2%。", 2022),
            (StatementKind::Level, Some(96.8), Some(96.2), Some(2021))
        );
        assert_eq!(
            based("义务教育巩固率为96.8%，2021年为96.2%。", 2022),
            (StatementKind::Level, Some(96.8), Some(96.2), Some(2021))
        );
        // The name written again after the year before: its figure is the
        // base, not a second level (it was, and failed the target; a fall
        // in spending so written was no fall).
        for text in [
            "义务教育巩固率为96.8%，上年义务教育巩固率为96.2%。",
            "义务教育巩固率为96.8%，上年度义务教育巩固率为96.2%。",
            "义务教育巩固率为96.8%，去年义务教育巩固率96.2%。",
        ] {
            let c = in_year(text, 2022);
            assert_eq!(c.indicators.len(), 1, "{text}: {:?}", c.indicators);
            assert_eq!(
                based(text, 2022),
                (StatementKind::Level, Some(96.8), Some(96.2), Some(2021)),
                "{text}"
            );
        }
        let c = in_year(
            "一般公共预算教育支出8.1亿元，上年一般公共预算教育支出8.4亿元。",
            2022,
        );
        let change = c.indicators.first().and_then(|v| v.change.as_ref());
        assert_eq!(change.and_then(|c| c.value), Some(-30_000_000.0));
        // In a parenthesis after the level, full-width or not.
        for text in [
            "义务教育巩固率为96.8%（上年为96.2%）。",
            "义务教育巩固率为96.8%(2021年为96.2%)。",
            // The year alone, right before the figure.
            "义务教育巩固率为96.8%（上年96.2%）。",
            "义务教育巩固率为96.8%，2021年96.2%。",
        ] {
            assert_eq!(
                based(text, 2022),
                (StatementKind::Level, Some(96.8), Some(96.2), Some(2021)),
                "{text}"
            );
        }
        // Another base in a parenthesis is no year before's, nor another
        // year alone.
        for text in [
            "义务教育巩固率为96.8%（全省平均为96.2%）。",
            "义务教育巩固率为96.8%（2020年96.2%）。",
        ] {
            let c = in_year(text, 2022);
            assert_eq!(c.indicators[0].change, None, "{text}");
        }
        // Set against the year before's (`低于上年的`), or with a colon
        // (`（2021年：96.2%）`): a fall below the year before was no change,
        // and `只增不减` passed.
        for text in [
            "义务教育巩固率为96.8%，高于上年的96.2%。",
            "义务教育巩固率为96.8%，超过2021年的96.2%。",
            "义务教育巩固率为96.8%（2021年：96.2%）。",
            "义务教育巩固率为96.8%（上年：96.2%）。",
            // The year before's in brackets after the comparison.
            "义务教育巩固率为96.8%，高于上年（96.2%）。",
        ] {
            assert_eq!(
                based(text, 2022),
                (StatementKind::Level, Some(96.8), Some(96.2), Some(2021)),
                "{text}"
            );
        }
        // `年均增长` after a from→to is an average over years, not the
        // change: it was read as the year's growth.
        let c = in_year(
            "全县一般公共预算教育支出从11.2亿元增加到12.1亿元，年均增长3.9%。",
            2022,
        );
        let change = c.indicators[0].change.as_ref().expect("a change");
        assert!(change.derived, "{change:?}");
        assert_ne!(change.percent, Some(3.9));
        let c = in_year("一般公共预算教育支出5.8亿元，低于上年的6.3亿元。", 2022);
        let change = c.indicators[0].change.as_ref().expect("a change");
        assert_eq!(change.value, Some(-50_000_000.0));
        // A gap to the year before is no base: `高出上年0.5亿元` is the rise.
        for text in [
            "一般公共预算教育支出5.8亿元，高出上年0.5亿元。",
            "义务教育巩固率为96.8%，低于全省的97.2%。",
        ] {
            let c = in_year(text, 2022);
            assert!(
                c.indicators[0]
                    .change
                    .as_ref()
                    .is_none_or(|c| c.base.is_none()),
                "{text}: {:?}",
                c.indicators[0].change
            );
        }
        // Two years before is not the year before.
        let c = in_year("义务教育巩固率为96.8%，2020年为96.2%。", 2022);
        assert_eq!(c.indicators[0].change, None);
        // The earlier year first, then the report's.
        assert_eq!(
            based("2021年义务教育巩固率为96.2%，2022年为96.8%。", 2022),
            (StatementKind::Level, Some(96.8), Some(96.2), Some(2021))
        );
    }

    #[test]
    fn a_change_without_base_has_none() {
        let c = in_year("一般公共预算教育支出13.4亿元，比上年增长6.3%。", 2022);
        let change = c.indicators[0].change.as_ref().expect("a change");
        assert_eq!((change.percent, change.base.is_none()), (Some(6.3), true));
    }
}

/// `…支出12.6亿元，占一般公共预算支出的19.8%`: a share named by its
/// denominator alone, right after its numerator's figure.
#[test]
fn a_share_named_by_its_denominator_alone_after_its_numerator() {
    let share = |text: &str| -> Vec<(String, Option<f64>)> {
        extracted(text)
            .indicators
            .iter()
            .map(|i| (i.indicator.to_string(), i.value))
            .collect()
    };
    let both = |money: f64, rate: f64| {
        vec![
            ("education-expenditure".to_string(), Some(money)),
            ("education-share-of-budget".to_string(), Some(rate)),
        ]
    };
    for (text, money, rate) in [
        (
            "全县一般公共预算教育支出12.6亿元，占一般公共预算支出的19.8%。",
            1.26e9,
            19.8,
        ),
        (
            "一般公共预算教育支出9.8亿元，占一般公共预算支出比例达到20.3%。",
            9.8e8,
            20.3,
        ),
        (
            "财政教育支出5.2亿元，占财政支出的比重为18.1%。",
            5.2e8,
            18.1,
        ),
        (
            "一般公共预算教育支出18.7亿元，同比增长5.3%，比上年增加9400万元，占一般公共预算支出的21.6%。",
            1.87e9,
            21.6,
        ),
    ] {
        assert_eq!(share(text), both(money, rate), "{text}");
    }
    // Right after the numerator's name, the two are one name.
    assert_eq!(
        share("一般公共预算教育支出占一般公共预算支出的19.2%。"),
        [("education-share-of-budget".to_string(), Some(19.2))]
    );
    assert!(
        extracted("一般公共预算教育支出占一般公共预算支出的19.2%。")
            .unread
            .is_empty()
    );
    // Another numerator, a part (其中), or another sentence: no share.
    for text in [
        "民生支出占一般公共预算支出的75.2%。",
        "一般公共预算教育支出12.6亿元，其中学前教育支出1.3亿元，占一般公共预算支出的2.1%。",
        "一般公共预算教育支出12.6亿元。民生支出占一般公共预算支出的75.2%。",
    ] {
        assert!(
            share(text)
                .iter()
                .all(|(id, _)| id != "education-share-of-budget"),
            "{text}: {:?}",
            share(text)
        );
    }
}

/// The growth after such a share is the expenditure's, not the share's.
#[test]
fn a_growth_after_an_elliptical_share_is_the_numerators() {
    let c = extracted("一般公共预算教育支出12.6亿元，占一般公共预算支出的19.8%，比上年增长3.2%。");
    let growth: Vec<_> = c
        .indicators
        .iter()
        .map(|i| {
            (
                i.indicator.as_str(),
                i.change.as_ref().and_then(|c| c.percent),
            )
        })
        .collect();
    assert_eq!(
        growth,
        [
            ("education-expenditure", Some(3.2)),
            ("education-share-of-budget", None)
        ]
    );
    // A share's own change in percentage points stays the share's.
    let c = extracted(
        "一般公共预算教育支出12.6亿元，占一般公共预算支出的19.8%，比上年提高0.4个百分点。",
    );
    let share = c
        .indicators
        .iter()
        .find(|i| i.indicator == "education-share-of-budget")
        .and_then(|i| i.change.as_ref())
        .and_then(|c| c.value);
    assert_eq!(share, Some(0.4));
}

/// `距90%的目标还有差距`: a figure followed by `的目标` (`的国家标准`,
/// `的省定目标`) is the standard's, never the level reached. A distance to
/// it says the level is below it: a bound, never the figure itself.
#[test]
fn a_figure_named_as_the_target_is_not_the_level() {
    for (text, below) in [
        ("普惠性幼儿园覆盖率距90%的目标还有差距。", Some(90.0)),
        ("普惠性幼儿园覆盖率离85%的省定目标仍有距离。", Some(85.0)),
        ("普惠性幼儿园覆盖率与90%的目标要求相比仍有差距。", None),
    ] {
        let c = extracted(text);
        let levels: Vec<_> = c
            .indicators
            .iter()
            .map(|v| (v.value, v.qualifier))
            .collect();
        let want: Vec<_> = below
            .map(|v| (Some(v), Qualifier::AtMost))
            .into_iter()
            .collect();
        assert_eq!(levels, want, "{text}");
        let targets: Vec<_> = c.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(targets, ["preschool-inclusive-coverage"], "{text}");
    }
}

/// Pay is written `年均工资` as often as `平均工资`.
#[test]
fn yearly_average_pay_names_the_salary_indicators() {
    let c = extracted("2022年教师年均工资为9.86万元，公务员年均工资为9.71万元。");
    let read = indicator_values(&c);
    assert_eq!(
        read,
        [
            ("teacher-average-salary", Some(98_600.0)),
            ("civil-servant-average-salary", Some(97_100.0))
        ]
    );
}

/// `填报为86.5%，经核实为82.1%`: the figure the inspectors found replaces
/// the one reported, however the finding is worded.
#[test]
fn a_checked_figure_replaces_the_reported_one() {
    for text in [
        "普惠性幼儿园覆盖率填报为86.5%，核查结果为82.1%。",
        "该县普惠性幼儿园覆盖率填报为86.5%，经核实为82.1%。",
        "普惠性幼儿园覆盖率上报为86.5%，经核查为82.1%。",
        "普惠性幼儿园覆盖率自报86.5%，核实后为82.1%。",
    ] {
        let c = extracted(text);
        let read: Vec<_> = c.indicators.iter().map(|i| i.value).collect();
        assert_eq!(read, [Some(82.1)], "{text}");
    }
}

/// `经督促整改，全县义务教育学校均已开展课后服务`: the urging done, by which
/// the work was, plans nothing (the remedy was read as a plan); the urging
/// to do still plans.
#[test]
fn the_urging_done_plans_nothing() {
    let plan =
        |text: &str| -> Vec<bool> { extracted(text).claims.iter().map(|c| c.plan).collect() };
    assert_eq!(
        plan("经督促整改，全县义务教育学校均已开展课后服务。"),
        [false]
    );
    assert_eq!(
        plan("督促各校全面开展课后服务，确保全县义务教育学校课后服务全覆盖。"),
        [true]
    );
}

/// `全县不存在超大班额` claims none left, and is no denial by its `存在`;
/// what the supervisors found (`督导发现`) is the state before a remedy in
/// an item that tells one, and the state now in one that does not.
#[test]
fn none_present_and_what_the_supervisors_found() {
    let c = extracted("全县已不存在66人以上超大班额。");
    assert_eq!(
        c.claims.iter().map(|c| c.denied).collect::<Vec<_>>(),
        [false],
        "{:?}",
        c.claims
    );
    let c = extracted("督导发现，城关二小存在超大班额。经整改，现已全部消除，整改成效明显。");
    assert!(c.claims.iter().all(|c| !c.denied), "{:?}", c.claims);
    // A figure the supervisors found is the level now where no remedy is
    // told, as a 督学 summary states it (it was said another period's).
    let c = extracted("督导发现，全县大班额比例为6.2%。");
    assert_eq!(values_of(&c), vec![pair("large-class-share", 6.2)]);
    let c = extracted("督导发现，全县大班额比例为6.2%。经整改，现已降至4.1%，整改成效明显。");
    assert!(values_of(&c).is_empty(), "{:?}", c.indicators);
}

/// `未落实“两个只增不减”要求`: the report says the requirement is not met.
/// A denial is recorded as such, never as a claim to judge.
#[test]
fn a_claim_denied_by_its_words_is_a_denial() {
    let denied =
        |text: &str| -> Vec<bool> { extracted(text).claims.iter().map(|c| c.denied).collect() };
    for text in [
        "生均一般公共预算教育支出比上年下降了0.5%，未落实“两个只增不减”要求。",
        "一般公共预算教育支出未做到只增不减。",
        "城区超大班额未能全部清零。",
        // The name first and the bare verb after it, as notices write it
        // (nothing was said).
        "丰谷县超大班额尚未消除，仍有3个。",
        "全县超大班额未能按期消除。",
        // What is still there, found by the inspectors, with no remedy
        // told (it was said nothing of).
        "督导中发现，城关二小、城关三小存在66人以上超大班额。",
        "督导发现3所学校存在超大班额。",
        "部分学校课后服务尚未实现全覆盖。",
        "教育支出没有做到逐年只增不减。",
        // The denial after the phrase, as feedback writes it.
        "“两个只增不减”未完全落实，生均支出较上年减少126元。",
        "部分学校课后服务全覆盖尚未实现。",
        "教师工资“不低于”要求落实不到位。",
        // A part of it only: the whole was not met.
        "按在校生人数平均的一般公共预算教育支出较上年增长2.4%，实现了“两个只增不减”中的一项。",
        // A shortfall said of the requirement, and a claim the inspectors
        // quote and refute.
        "“两个只增不减”打了折扣。",
        "在落实“两个只增不减”方面存在短板。",
        "自评报告称已实现“两个只增不减”，与实际不符。",
        "自评称超大班额已全部消除，实地核查仍有2个。",
        "该县自评称已达到“不低于”要求，核查认定未达到。",
        "区政府在自评中表示已做到义务教育教师平均工资收入不低于公务员，督导核实未达到。",
        "该区上报课后服务实现全覆盖，但督导组抽查发现与实际不符。",
        "县政府称已做到两个只增不减，与实际不符。",
        "自评报告称已实现“两个只增不减”，督导组不予认可。",
        // (`不属实` after a quoted claim refutes the claim: it was taken for
        // a denial refuted, and the claim vanished.)
        "自评报告称已做到两个只增不减，经查不属实。",
        "县政府称已落实教师工资“不低于”要求，经核实不实。",
        "自评报告称已实现“两个只增不减”，此说法不成立。",
        // Teacher pay below the civil servants', as bulletins state it:
        // the comparison's requirement turned round.
        "义务教育教师平均工资收入低于当地公务员平均工资收入水平。",
        "教师工资收入水平未达到当地公务员平均工资收入水平。",
        // The inspectors' verdicts on how it is kept (each was a claim).
        "该县“两个只增不减”执行不严。",
        "教育投入“两个只增不减”落实不力。",
        "超大班额清零进展迟缓。",
        "超大班额清零工作滞后。",
        "超大班额清零后存在反弹。",
        // Never met, not a double negative.
        "该县没有一年实现“两个只增不减”。",
        // An inversion with its size, and a coverage met unevenly (each
        // was said nothing of, or a claim met).
        "义务教育教师平均工资收入与公务员倒挂3865元。",
        "课后服务全覆盖工作推进不平衡。",
        // A standard's shortfall said in words, in the name's clause or
        // after its change (each was said nothing of).
        "全县生均公用经费仍低于省定标准。",
        "生均公用经费较上年减少20元，仍低于省定标准。",
        "全县初中生均公用经费低于基准定额。",
    ] {
        assert_eq!(denied(text), [true], "{text}");
    }
    // A double negative claims it (it was a denial, and failed); so does
    // a shortfall guarded against.
    for text in [
        "生均公用经费不低于省定标准。",
        "生均公用经费较上年增加50元，不低于省定标准。",
        "县政府称已实现课后服务全覆盖，经核实情况属实。",
        "该县没有一年未实现“两个只增不减”。",
        "该县并非未实现“两个只增不减”。",
        "超大班额清零后严防反弹。",
        "坚持超大班额动态清零防止反弹。",
    ] {
        assert_eq!(denied(text), [false], "{text}");
    }
    // A list of the counties that did not: other regions', a part; so is
    // the one a notice's measure names after the phrase (it was the
    // section's own denial).
    for text in [
        "未实现“两个只增不减”的县有松阳县、白沙县等2个县。",
        "对未落实“两个只增不减”要求的西河县，予以通报批评。",
    ] {
        let c = extracted(text);
        let flags: Vec<(bool, bool)> = c.claims.iter().map(|c| (c.denied, c.partial)).collect();
        assert_eq!(flags, [(true, true)], "{text}");
    }
    // A denial of another time, a condition, a question, a denial denied
    // or refuted, or one remedied since, says nothing of the region now:
    // none is recorded (each failed the section as its own admission).
    for text in [
        "针对上年评价指出的未落实“两个只增不减”的问题，县政府追加投入，已整改到位。",
        "上年反馈意见指出我县义务教育教师平均工资收入低于当地公务员平均工资收入水平。",
        "去年评价时我县课后服务全覆盖仍有差距。",
        "2021年我县曾未实现“两个只增不减”。",
        "是否存在教师平均工资收入低于当地公务员平均工资收入的情况？",
        "如未实现“两个只增不减”，将予以通报。",
        "经核查，未发现义务教育教师平均工资收入低于当地公务员的情况。",
        "不存在课后服务全覆盖仍有差距的问题。",
        "有群众反映我县教师平均工资收入低于当地公务员，经核查不属实。",
        "整改前，该县课后服务全覆盖仍有差距，现已全部整改。",
        // The problem an item is labelled by, beside its remedy.
        "问题：义务教育教师平均工资收入水平低于当地公务员。整改成效：教师平均工资为11.26万元，已整改到位。",
        // … or titled by (it failed the year of the remedy, whose figures
        // met it).
        "关于教育经费“两个只增不减”落实不到位的问题 整改成效：全县一般公共预算教育支出比上年增长7.7%，已完成整改。",
    ] {
        assert_eq!(denied(text), Vec::<bool>::new(), "{text}");
    }
    // With no remedy told, the problem is the state now.
    assert_eq!(denied("问题：尚未实现课后服务全覆盖。"), [true]);
    assert_eq!(
        denied("关于教育经费“两个只增不减”落实不到位的问题。整改措施：加大投入力度。"),
        [true]
    );
    // A remedy demanded after the denial, not made: the denial stands (it
    // was dropped as remedied, and its section passed).
    for text in [
        "义务教育教师平均工资收入水平10.62万元，尚未落实“不低于”要求，须于2025年6月底前整改到位。",
        "尚未实现课后服务全覆盖，责令限期整改到位。",
        "未做到“两个只增不减”，要求2024年底前整改到位。",
        "超大班额尚未全部消除，须整改到位。",
    ] {
        assert_eq!(denied(text), [true], "{text}");
    }
    // … unless it was made after the demand.
    let text = "尚未实现课后服务全覆盖，督促整改后，现已整改到位。";
    assert_eq!(denied(text), Vec::<bool>::new(), "{text}");
    // A remedy not yet made leaves the denial standing (it was taken for
    // the remedy, and the denial dropped).
    for text in [
        "超大班额尚未全部消除，至今仍未整改到位。",
        "尚未实现课后服务全覆盖，未能按期整改到位。",
    ] {
        assert_eq!(denied(text), [true], "{text}");
    }
    let text = "民办学校仍存在超大班额的问题已于2023年3月整改完毕。";
    assert_eq!(denied(text), Vec::<bool>::new(), "{text}");
    // `不得低于` is the requirement, demanded.
    let c = extracted("确保义务教育教师平均工资收入水平不得低于当地公务员。");
    let flags: Vec<(bool, bool)> = c.claims.iter().map(|c| (c.plan, c.denied)).collect();
    assert_eq!(flags, [(true, false)]);
    // Two phrases of one sentence that say the same are one claim.
    let c = extracted(
        "教师平均工资11.8万元，高于当地公务员平均工资收入水平0.2万元，实现了“不低于”目标。",
    );
    assert_eq!(c.claims.len(), 1);
    for text in [
        "全区义务教育学校课后服务实现全覆盖。",
        "落实教师工资保障，实现“不低于”要求。",
        "未成年人保护工作扎实，全县课后服务实现全覆盖。",
        "全县课后服务实现全覆盖未来三年继续巩固。",
        "实现“两个只增不减”，未成年人保护工作扎实。",
        "是全市率先实现课后服务全覆盖的县之一。",
        "自评报告称已实现“两个只增不减”，经核实情况属实。",
    ] {
        assert_eq!(denied(text), [false], "{text}");
    }
}

/// A claim made nearly, in some places, or for a part of the region only
/// is a claim in part (`partial`): before, each was read as the claim that
/// the whole requirement is met.
/// A shortfall said of the schools or classes themselves is a denial of
/// the whole (`仍有3所学校未开展课后服务`, `农村学校暂未提供课后服务`, `课后服
/// 务尚未覆盖全部学校`, `仍存在超大班额`, `城关镇超大班额尚未完全消除`): each
/// gave no finding, and the section passed. `部分学校课后服务尚未实现全覆盖`
/// may speak of the pupils those schools cover (a part), and `全县无未开展
/// 课后服务的学校` claims the requirement met.
#[test]
fn a_shortfall_of_the_schools_denies_the_whole() {
    let flags = |text: &str| -> Vec<(bool, bool)> {
        county_phrasing::in_2023(text)
            .claims
            .iter()
            .map(|c| (c.denied, c.partial))
            .collect()
    };
    for text in [
        "仍有3所学校未开展课后服务。",
        "仍有个别学校未开展课后服务。",
        "农村学校因生源分散暂未提供课后服务。",
        "课后服务尚未覆盖全部学校。",
        "仍存在超大班额。",
        "超大班额尚未完全消除。",
        "城关镇超大班额尚未全部消除。",
    ] {
        assert_eq!(flags(text), [(true, false)], "{text}");
    }
    assert_eq!(flags("部分学校课后服务尚未实现全覆盖。"), [(true, true)]);
    assert_eq!(flags("全县无未开展课后服务的学校。"), [(false, false)]);
    // The lack of something else: a course, the pupils, kindergartens.
    for text in [
        "仍有3所学校未开展课后服务特色课程。",
        "课后服务尚未覆盖全部学生，参与率为85%。",
        "仍有3所幼儿园未开展课后服务。",
    ] {
        assert_eq!(flags(text), [], "{text}");
    }
    // The nearest year dates the denial: 2022's claim, then now's lack.
    for text in [
        "2021年已实现课后服务全覆盖，2023年仍有2所学校未开展课后服务。",
        "2022年已实现课后服务全覆盖，今年仍有2所学校未开展课后服务。",
    ] {
        assert_eq!(flags(text), [(true, false)], "{text}");
    }
}

/// A requirement named as the goal aimed at (`围绕…全覆盖目标`, `对标“两个
/// 只增不减”要求`, `以实现…为目标`) is a plan, not a claim; the distance left to
/// it (`距实现…还差5所学校`) is a denial; the phrase of another fund
/// (`绩效工资只增不减`) no claim; and a claim dated in an earlier year
/// (`2022年已实现…`) none of the report's year. Each was a claim the
/// year's figures contradicted, an error charging the county with
/// misreporting.
#[test]
fn a_goal_another_fund_or_an_earlier_year_claims_nothing_now() {
    let flags = |text: &str| -> Vec<(bool, bool)> {
        county_phrasing::in_2023(text)
            .claims
            .iter()
            .map(|c| (c.plan, c.denied))
            .collect()
    };
    for text in [
        "围绕课后服务全覆盖目标，全县课后服务覆盖率提高到97.2%。",
        "对标“两个只增不减”要求，一般公共预算教育支出较上年下降0.8%，差距明显。",
        "以实现义务教育学校课后服务全覆盖为目标，新增课后服务学校5所。",
        "按照“两个只增不减”的要求，全县一般公共预算教育支出较上年下降0.8%。",
        // What a remedy's measures are for.
        "整改措施：启用新校区分流学生，使超大班额全部消除。",
    ] {
        assert_eq!(flags(text), [(true, false)], "{text}");
    }
    // Met, when the clause says so.
    for text in [
        "落实“两个只增不减”要求，一般公共预算教育支出较上年增长3.2%。",
        "全面实现“不低于”目标。",
    ] {
        assert_eq!(flags(text), [(false, false)], "{text}");
    }
    assert_eq!(
        flags("2023年，全县距实现课后服务全覆盖还差5所学校。"),
        [(false, true)]
    );
    for text in [
        "义务教育教师绩效工资只增不减，一般公共预算教育支出较上年下降1.2%。",
        "教育费附加只增不减。",
        "2022年已实现义务教育教师平均工资收入水平不低于当地公务员，2023年义务教育教师平均工资收入水平9.9万元。",
        "截至2022年底，全县已实现课后服务全覆盖。",
    ] {
        assert_eq!(flags(text), [], "{text}");
    }
    // A span that runs to now, or a base, dates nothing earlier; nor does
    // a note that gives the year before's figure (the claim was lost, and
    // the fall beside it contradicted nothing).
    for text in [
        "2021年以来，全县持续实现课后服务全覆盖。",
        "自2022年起实现课后服务全覆盖。",
        "较2022年，全县实现课后服务全覆盖。",
        "一般公共预算教育支出72.36亿元（2022年73.05亿元），实现“两个只增不减”。",
    ] {
        assert_eq!(flags(text), [(false, false)], "{text}");
    }
}

/// `A与B的差距由0.36万元缩小至0.12万元`: the gap's from→to, no one's pay. It
/// was B's (the civil servants' pay read as 1,200元, and the teachers'
/// 98,600元 passed the comparison); a from→to after a cause or an adverb
/// is still the name's.
#[test]
fn a_gap_moving_is_no_ones_level() {
    for text in [
        "义务教育教师平均工资收入水平与当地公务员平均工资收入水平的差距由2022年的0.36万元缩小至0.12万元。",
        "当地公务员平均工资收入水平的差距由0.36万元缩小至0.12万元。",
    ] {
        let c = extracted(text);
        assert_eq!(values_of(&c), [], "{text}");
        assert!(
            c.unread
                .iter()
                .all(|u| u.reason == dutycheck_model::UnreadMentionReason::Ambiguous),
            "{text}: {:?}",
            c.unread
        );
    }
    for text in [
        "公办园在园幼儿占比受民办园减少影响，由46%提高到52%。",
        "公办园在园幼儿占比已由46%提高到52%。",
    ] {
        assert_eq!(
            values_of(&extracted(text)),
            [("preschool-public-share".to_string(), 52.0)],
            "{text}"
        );
    }
}

#[test]
fn a_claim_in_part_is_marked_partial() {
    let partial =
        |text: &str| -> Vec<bool> { extracted(text).claims.iter().map(|c| c.partial).collect() };
    for text in [
        "全县课后服务基本实现全覆盖。",
        "农村学校课后服务实现全覆盖。",
        "全县18个乡镇中有16个实现公办中心幼儿园全覆盖。",
        "教师工资“不低于”要求仅在部分乡镇落实。",
        "超大班额基本实现清零。",
        "66人以上超大班额基本清零。",
        "大多数学校课后服务实现全覆盖。",
        // The urban area's claim (it was the county's).
        "城区学校实现课后服务全覆盖，农村学校覆盖率为86.2%。",
        "全县县城学校课后服务实现全覆盖，乡村学校仍有差距。",
        "城区超大班额全部消除，农村学校仍有2个。",
        // The area in the phrase's gap (it was the county's claim).
        "课后服务实现城区学校全覆盖，农村学校课后服务覆盖率为91%。",
        // The urban area alone, its large classes too (they were the
        // region's: the urban schools' claim is not the county's).
        "城区超大班额全面清零。",
        "城区学校超大班额已全部消除。",
        // The task done in part (it was read as met).
        "消除超大班额的任务已完成百分之八十。",
        "消除超大班额任务完成率为85%。",
    ] {
        assert_eq!(partial(text), [true], "{text}");
    }
    for text in [
        "全区义务教育学校课后服务实现全覆盖。",
        "落实教师工资保障，实现“不低于”要求。",
        "城乡学校课后服务实现全覆盖。",
        // A part in another clause of the sentence limits nothing.
        "农村学校办学条件明显改善，全县课后服务实现全覆盖。",
        "已全面完成消除超大班额任务，完成率100%。",
    ] {
        assert_eq!(partial(text), [false], "{text}");
    }
}

/// A town's, a school's or an example's claim inside a county's case is a
/// claim in part, as the same words before a figure make it a part's
/// figure: each was read as the county's own claim (and the county's 92%
/// then contradicted it).
#[test]
fn a_town_or_school_claim_in_a_county_case_is_in_part() {
    let partial = |text: &str| -> Vec<bool> {
        county_phrasing::in_2023(text)
            .claims
            .iter()
            .map(|c| c.partial)
            .collect()
    };
    for text in [
        "全县课后服务稳步推进，其中城关镇课后服务实现全覆盖。",
        "城关镇、白石镇已实现课后服务全覆盖。",
        "以白石镇为例，该镇课后服务实现全覆盖。",
        "以县实验小学为例：课后服务实现全覆盖。",
        "县实验小学课后服务实现全覆盖。",
        "东城街道超大班额全部清零。",
    ] {
        assert_eq!(partial(text), [true], "{text}");
    }
    for text in [
        "全县课后服务实现全覆盖。",
        "青溪县课后服务实现全覆盖。",
        "全县中小学课后服务实现全覆盖。",
        // The county as its own example.
        "以我县为例，课后服务实现全覆盖。",
        // Where people live is no part of the county.
        "在省内率先实现居住区配套园整治“清零”。",
        // An example in the sentence before limits nothing.
        "以白石镇为例，课后服务成效明显。全县课后服务实现全覆盖。",
    ] {
        assert_eq!(partial(text), [false], "{text}");
    }
}

/// `大班额38个，占比为5.9%`, `…326个，占班级总数的6.2%`, `…，所占比例为3.1%`:
/// the share of large classes after their count, in the next clause (it
/// was not read, and the 5% limit was never judged). The share of the
/// classes removed (`化解大班额120个，占比40%`) is no share of those left,
/// and a town's (`其中城关镇大班额38个，占比5.9%`) is a part's.
#[test]
fn a_share_after_its_count_is_read() {
    let levels = |text: &str| -> Vec<(String, Option<f64>)> {
        county_phrasing::in_2023(text)
            .indicators
            .iter()
            .map(|i| (i.indicator.to_string(), i.value))
            .collect()
    };
    let share = |v: f64| ("large-class-share".to_string(), Some(v));
    assert_eq!(levels("全县大班额38个，占比为5.9%。"), [share(5.9)]);
    assert_eq!(
        levels("全县共有大班额326个，占班级总数的6.2%。"),
        [share(6.2)]
    );
    assert_eq!(levels("全县有大班额20个，所占比例为3.1%。"), [share(3.1)]);
    assert_eq!(
        levels("全县超大班额6个，占比0.5%。"),
        [
            ("super-large-class-count".to_string(), Some(6.0)),
            ("super-large-class-share".to_string(), Some(0.5)),
        ]
    );
    assert_eq!(levels("全县化解大班额120个，占比达到40%。"), []);
    // One tail after two counts, with `分别`: not each the first figure.
    assert_eq!(
        levels("全县大班额42个、超大班额2个，分别占班级总数的3.6%、0.2%。"),
        [("super-large-class-count".to_string(), Some(2.0))]
    );
    let town = county_phrasing::in_2023("其中城关镇大班额38个，占比5.9%。");
    assert!(town.indicators.is_empty(), "{:?}", town.indicators);
    assert_eq!(
        town.unread.iter().map(|u| u.reason).collect::<Vec<_>>(),
        [dutycheck_model::UnreadMentionReason::Part]
    );
    // The same holds for the share of enrolment in vocational schools.
    let part = county_phrasing::in_2023(
        "全县中职招生3200人，其中城关镇中职招生800人，占高中阶段招生总数的41.2%。",
    );
    assert!(part.indicators.is_empty(), "{:?}", part.indicators);
    // The whole named in words between `占` and the tail: the region's
    // schools (each was silent, and the 5% limit never judged) …
    for (text, want) in [
        ("全县仍有大班额24个，占义务教育学校班级总数的3.1%。", 3.1),
        ("全县仍有大班额24个，占义务教育阶段教学班总数的3.1%。", 3.1),
        ("全县有大班额24个，占全县中小学班级总数的4.6%。", 4.6),
    ] {
        assert_eq!(levels(text), [share(want)], "{text}");
    }
    // … or a stage's: a part, said unread.
    for text in [
        "全县仍有大班额24个，占小学班级总数的6.3%。",
        "全县仍有大班额24个，占初中教学班总数的6.3%。",
    ] {
        let stage = county_phrasing::in_2023(text);
        assert!(
            stage.indicators.is_empty(),
            "{text}: {:?}",
            stage.indicators
        );
        assert_eq!(
            stage.unread.iter().map(|u| u.reason).collect::<Vec<_>>(),
            [dutycheck_model::UnreadMentionReason::Part],
            "{text}"
        );
    }
}

/// A clause that names no subject goes on with the nearest earlier clause
/// of its sentence that does: a town or another county that opens it
/// (after `其中`), or a view by county (`分县看，`), makes the figure a
/// part's (each was the section's: a town's 41.5% failed the county, a
/// county's fall the city's 只增不减). The work (`建成县特殊教育资源中心`), a
/// comparison (`低于省定85%的目标`) or words (`城乡`, `乡镇`) name no
/// subject, and `全县` is the section's own.
#[test]
fn a_clause_goes_on_with_the_subject_named_before_it() {
    for text in [
        "城关镇新建公办园2所，公办园在园幼儿占比为41.5%。",
        "全县公办园在园幼儿占比达到52.6%。城关镇新建公办园2所，公办园在园幼儿占比为41.5%。",
        "其中，城关镇新建公办园2所，公办园在园幼儿占比达到61.5%。",
        "其中，白石县7.95亿元，生均一般公共预算教育支出比上年下降1.3%。",
        "分县看，白石县投入不足，普惠性幼儿园覆盖率仅为78.2%。",
        "全县普惠性幼儿园覆盖率稳步提高，其中，青石乡新建公办园5所，普惠性幼儿园覆盖率达到88.6%。",
    ] {
        let c = county_phrasing::in_2023(text);
        let own: Vec<_> = c.indicators.iter().filter(|v| v.start > 20).collect();
        assert!(own.is_empty(), "{text}: {own:?}");
        assert!(
            c.unread
                .iter()
                .any(|u| u.reason == dutycheck_model::UnreadMentionReason::Part),
            "{text}: {:?}",
            c.unread
        );
    }
    for (text, value) in [
        (
            "建成县特殊教育资源中心1个、随班就读资源教室14个，适龄残疾儿童少年入学率达到97.5%。",
            97.5,
        ),
        (
            "全县普惠性幼儿园覆盖率78.9%，低于省定85%的目标6.1个百分点，公办园在园幼儿占比46.0%。",
            46.0,
        ),
        (
            "统筹推进城乡学前教育发展，新建乡镇中心幼儿园3所，普惠性幼儿园覆盖率为86%。",
            86.0,
        ),
        ("城关镇新建公办园2所，全县公办园在园幼儿占比为51.5%。", 51.5),
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(
            c.indicators.last().and_then(|v| v.value),
            Some(value),
            "{text}: {:?}",
            c.indicators
        );
    }
}

/// A school named before an indicator (`城关二中…`, `县第一中学…`, `实验中学…`,
/// `城关一小…`) is a part: its figures were read as the county's, and its
/// claims as the county's. `中小学` is all of them.
#[test]
fn a_named_schools_figures_and_claims_are_a_parts() {
    for text in [
        "城关二中大班额比例为12.5%。",
        "县第一中学教师年平均工资为12.1万元。",
        "实验中学大班额比例为8%。",
        "龙潭完小大班额比例为8.1%。",
        "县实验学校课后服务覆盖率为96%。",
        // The school or kindergarten that speaks (a quote, a feature): one
        // school's 100% passed the county's rule.
        "园长说：“我们园今年普惠性幼儿园覆盖率达到了100%。”",
        "“我们学校的课后服务覆盖率达到100%。”城关一小校长说。",
        "我校课后服务覆盖率达到100%。",
    ] {
        assert_a_parts(text);
    }
    // A school that opens the sentence is the subject of its later clauses
    // (`红旗镇中心学校新建教学楼1栋，大班额比例降至3.1%`: it was the county's),
    // unless one names its own (`，全县…`); `全校`, `该校` are the school.
    assert_a_parts("红旗镇中心学校新建教学楼1栋，大班额比例为3.1%。");
    assert_a_parts("龙潭完小改扩建后，全校课后服务覆盖率为100%。");
    // (A school by its number: `青溪一中`, `城关二小`.)
    assert_a_parts("青溪一中作为试点学校，课后服务覆盖率达到100%。");
    assert_a_parts("城关二小率先开展延时服务，课后服务覆盖率达到100%。");
    let stage = county_phrasing::in_2023("进一步统一中小学作息时间，课后服务覆盖率达到100%。");
    assert_eq!(
        stage.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
        [Some(100.0)]
    );
    let own = county_phrasing::in_2023("红旗镇中心学校新建教学楼1栋，全县大班额比例为3.1%。");
    assert_eq!(
        own.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
        [Some(3.1)]
    );
    for (text, partial) in [
        ("红旗镇中心学校新建宿舍楼后，全校超大班额全部消除。", true),
        ("该校课后服务实现全覆盖。", true),
        // A kind of school is no school's name; nor is a stage's figure.
        ("推进义务教育学校课后服务，超大班额全部消除。", false),
        ("中等职业学校招生2860人，超大班额全部消除。", false),
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(
            c.claims.iter().map(|c| c.partial).collect::<Vec<_>>(),
            [partial],
            "{text}"
        );
    }
    let claim = county_phrasing::in_2023("城关一小课后服务实现全覆盖。");
    assert_eq!(
        claim.claims.iter().map(|c| c.partial).collect::<Vec<_>>(),
        [true]
    );
    let all = county_phrasing::in_2023("全县中小学大班额比例为3.2%。");
    assert_eq!(
        all.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
        [Some(3.2)]
    );
    let both = county_phrasing::in_2023("全县大班额比例为3.6%，其中城关二中大班额12个，占比25%。");
    assert_eq!(
        both.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
        [Some(3.6)]
    );
}

/// `A最低的乡镇为79.6%`, `A最高的学校为18.5%`: the figure of the one at an
/// end is a part's (it was read as the county's level, and failed 85%).
/// The county's own level before it stays.
#[test]
fn the_figure_of_the_one_at_an_end_is_a_parts() {
    for text in [
        "全县学前三年毛入园率最低的乡镇为79.6%。",
        "全县义务教育学校中，大班额比例最高的学校为18.5%。",
        "各乡镇中，学前三年毛入园率最低为79.6%，最高为98.2%。",
    ] {
        assert_a_parts(text);
    }
    let c = county_phrasing::in_2023("全县学前三年毛入园率为91.2%，最低的乡镇为79.6%。");
    assert_eq!(
        c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
        [Some(91.2)]
    );
}

/// `以白石镇为例，…`: the figures the sentence gives after an example are
/// the example's, not the region's (a town's 95% was read as the county's
/// coverage).
#[test]
fn figures_after_an_example_are_a_parts() {
    let read = |text: &str| {
        let c = county_phrasing::in_2023(text);
        (
            c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
            c.unread.iter().map(|u| u.reason).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        read("以白石镇为例，课后服务覆盖率为95%。"),
        (vec![], vec![dutycheck_model::UnreadMentionReason::Part])
    );
    assert_eq!(
        read("全县课后服务覆盖率为100%，以白石镇为例，该镇课后服务覆盖率为95%。"),
        (
            vec![Some(100.0)],
            vec![dutycheck_model::UnreadMentionReason::Part]
        )
    );
    assert_eq!(
        read("以我县为例，课后服务覆盖率为95%。"),
        (vec![Some(95.0)], vec![])
    );
    // A clause that only sets out a place (`在白沙镇，`) names whose the
    // next clause is; the region, or the work done there, is not one.
    for text in [
        "在白沙镇，普惠性幼儿园覆盖率达到95%。",
        "在城关一小，课后服务覆盖率达到95%。",
        "在白沙镇中心学校，课后服务覆盖率达到95%。",
    ] {
        assert_eq!(
            read(text),
            (vec![], vec![dutycheck_model::UnreadMentionReason::Part]),
            "{text}"
        );
    }
    for text in [
        "在全县，普惠性幼儿园覆盖率达到95%。",
        "在青溪县，普惠性幼儿园覆盖率达到95%。",
        "在城关镇新建公办园2所，普惠性幼儿园覆盖率达到95%。",
        "在此基础上，普惠性幼儿园覆盖率达到95%。",
    ] {
        assert_eq!(read(text), (vec![Some(95.0)], vec![]), "{text}");
    }
}

/// `超大班额（66人以上）0个`, `大班额（56人以上）比例为3.2%`: the class size in
/// brackets after the name is its definition, no figure (66 was read as the
/// count, and failed the county; the share was not named at all).
#[test]
fn a_class_size_in_brackets_is_no_figure() {
    let values = |text: &str| {
        extracted(text)
            .indicators
            .iter()
            .map(|i| (i.indicator.to_string(), i.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        values("全县超大班额（66人以上）0个，大班额（56人以上）比例为3.2%。"),
        [
            ("super-large-class-count".to_string(), Some(0.0)),
            ("large-class-share".to_string(), Some(3.2)),
        ]
    );
    assert_eq!(values("全县无超大班额（66人及以上）。"), []);
}

/// `课后服务实现全覆盖，覆盖率100%`, `普惠性幼儿园实现乡镇全覆盖，覆盖率达92%`: a
/// rate that opens its clause takes its subject from the clause before, as
/// a share after a count does (the figure was dropped with no word, and the
/// claim beside it said unbacked). In a new sentence, or with no subject
/// before, it names nothing.
#[test]
fn a_rate_after_its_subjects_clause_is_read() {
    let values = |text: &str| {
        let c = extracted(text);
        c.indicators
            .iter()
            .map(|i| (i.indicator.to_string(), i.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        values("全县义务教育学校课后服务实现全覆盖，覆盖率100%。"),
        [("after-school-service-coverage".to_string(), Some(100.0))]
    );
    assert_eq!(
        values("全县义务教育学校全面开展课后服务，覆盖率达到100%。"),
        [("after-school-service-coverage".to_string(), Some(100.0))]
    );
    assert_eq!(
        values("全县普惠性幼儿园实现乡镇全覆盖，覆盖率达92%。"),
        [("preschool-inclusive-coverage".to_string(), Some(92.0))]
    );
    assert_eq!(
        values("全县义务教育学校课后服务实现全覆盖。覆盖率100%。"),
        []
    );
    assert_eq!(values("全县新建学校3所，覆盖率100%。"), []);
}

/// `从各县（市、区）看，A在74.8%至96.1%之间`, `从石门区来看，…`: a view of
/// other regions before the figures makes them theirs, as an example does
/// (the spread over the counties was the city's level, and failed it); a
/// view of something else (`从实际情况看`) or of the own region (`从全市看`)
/// leaves the figure the region's.
#[test]
fn figures_in_a_view_of_other_regions_are_theirs() {
    let read = |text: &str| {
        let c = county_phrasing::in_region(text, "江陵市");
        (
            c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
            c.unread.iter().map(|u| u.reason).collect::<Vec<_>>(),
        )
    };
    let part = dutycheck_model::UnreadMentionReason::Part;
    assert_eq!(
        read(
            "全市普惠性幼儿园覆盖率为88.2%。从各县（市、区）看，普惠性幼儿园覆盖率在74.8%至96.1%之间。"
        ),
        (vec![Some(88.2)], vec![part])
    );
    assert_eq!(
        read("从石门区来看，公办园在园幼儿占比为46.2%。"),
        (vec![], vec![part])
    );
    assert_eq!(
        read("从实际情况看，全市公办园在园幼儿占比为52.3%。"),
        (vec![Some(52.3)], vec![])
    );
    assert_eq!(
        read("从全市看，九年义务教育巩固率为97.1%。"),
        (vec![Some(97.1)], vec![])
    );
    // By each county (`分县看`, `分县（市、区）看`): theirs too.
    for text in [
        "分县看，普惠性幼儿园覆盖率在74.8%至96.1%之间。",
        "分县（市、区）看，公办园在园幼儿占比最低为41.2%。",
    ] {
        assert_eq!(read(text), (vec![], vec![part]), "{text}");
    }
    assert_eq!(
        read("部分县区普惠性幼儿园覆盖率偏低。全市普惠性幼儿园覆盖率为88.2%。"),
        (
            vec![Some(88.2)],
            vec![dutycheck_model::UnreadMentionReason::NoFigure]
        )
    );
}

/// `A三年提高了12个百分点，达到88%`: a span of years between the name and
/// its verb. The level is read, with no change (the span's is not the
/// year's); the duration was taken for the change, and the level was lost
/// as `wrong-kind`.
#[test]
fn a_level_reached_after_a_span_of_years_is_read() {
    for text in [
        "学前三年毛入园率三年提高了12个百分点，达到88%。",
        "学前三年毛入园率近三年提高了12个百分点，达到88%。",
        "学前三年毛入园率三年来提高了12个百分点，达到88%。",
        "全县学前三年毛入园率五年间提高12个百分点，达到88%。",
    ] {
        let c = extracted(text);
        let read: Vec<_> = c
            .indicators
            .iter()
            .map(|i| (i.indicator.as_str(), i.value, i.change.is_some()))
            .collect();
        assert_eq!(
            read,
            [("preschool-gross-enrollment", Some(88.0), false)],
            "{text}"
        );
        assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
    }
}

/// `A提高了1.5个百分点至92.3%`, `A提高了1.5个百分点，达到92.3%`: the level
/// the change reached is read, with the change against the year before
/// (as a change with no comparison is). Before, the `，达到` form read the
/// change alone and lost the level without a word; a span of years
/// (`近三年`) keeps the level and drops the change.
#[test]
fn a_level_reached_after_a_change_is_read() {
    for (text, value, pp, percent) in [
        (
            "普惠性幼儿园覆盖率提高了1.5个百分点至92.3%。",
            92.3,
            Some(1.5),
            None,
        ),
        (
            "公办园在园幼儿占比下降0.8个百分点到47.5%。",
            47.5,
            Some(-0.8),
            None,
        ),
        (
            "一般公共预算教育支出增长6.2%至13.4亿元。",
            1.34e9,
            None,
            Some(6.2),
        ),
        (
            "普惠性幼儿园覆盖率提高了1.5个百分点，达到92.3%。",
            92.3,
            Some(1.5),
            None,
        ),
        (
            "一般公共预算教育支出增长6.2%，达到13.4亿元。",
            1.34e9,
            None,
            Some(6.2),
        ),
        (
            "公办园在园幼儿占比下降0.8个百分点，为47.5%。",
            47.5,
            Some(-0.8),
            None,
        ),
        (
            "近三年，九年义务教育巩固率提高了5.2个百分点，达到98%。",
            98.0,
            None,
            None,
        ),
        // A gap to another base first (`高`/`低` are no verbs of change):
        // the level after it, with no change. It was unread, wrong-kind.
        (
            "普惠性幼儿园覆盖率较全市平均低3.2个百分点，为84.1%。",
            84.1,
            None,
            None,
        ),
        (
            "学前三年毛入园率比全省平均水平高1.5个百分点，达到93.6%。",
            93.6,
            None,
            None,
        ),
    ] {
        let c = extracted(text);
        let read: Vec<_> = c.indicators.iter().map(|i| i.value).collect();
        assert_eq!(read, [Some(value)], "{text}");
        let change = c.indicators[0].change.as_ref();
        assert_eq!(change.and_then(|c| c.value), pp, "{text}");
        assert_eq!(change.and_then(|c| c.percent), percent, "{text}");
        assert_eq!(c.unread, [], "{text}");
    }
}

/// `增幅为-2.1%`: a minus sign makes the figure negative; `200-300人` is a
/// range and `2020-2022年` a span, never negative.
#[test]
fn a_minus_sign_makes_a_figure_negative() {
    assert_eq!(one("-2.1%").value, -2.1);
    let c = extracted("一般公共预算教育支出14.2亿元，增幅为-2.1%。");
    let growth = c.indicators[0].change.as_ref().and_then(|c| c.percent);
    assert_eq!(growth, Some(-2.1));
    let values: Vec<f64> = figures("招聘教师200-300人。")
        .iter()
        .map(|q| q.value)
        .collect();
    assert_eq!(values, [200.0, 300.0]);
}

/// A report on one year states its changes against the year before
/// without saying so: `14.2亿元，下降2.1%`, `A增长-1.3%`, `A下降2.1%`.
#[test]
fn a_change_with_no_comparison_named_is_against_the_year_before() {
    let growth = |text: &str| -> Vec<(Option<f64>, Option<f64>)> {
        extracted(text)
            .indicators
            .iter()
            .map(|i| (i.value, i.change.as_ref().and_then(|c| c.percent)))
            .collect()
    };
    assert_eq!(
        growth("全县一般公共预算教育支出14.2亿元，下降2.1%。"),
        [(Some(1.42e9), Some(-2.1))]
    );
    assert_eq!(
        growth("全县一般公共预算教育支出下降2.1%。"),
        [(None, Some(-2.1))]
    );
    assert_eq!(
        growth("生均一般公共预算教育支出增长了-1.3%。"),
        [(None, Some(-1.3))]
    );
    // Other words name another base: no growth.
    assert_eq!(
        growth("全县一般公共预算教育支出14.2亿元，高于全省平均2.1%。"),
        [(Some(1.42e9), None)]
    );
}

/// `比2021年高出1.2个百分点` in a 2022 report is the change against the year
/// before.
#[test]
fn gao_chu_is_a_rise() {
    let mut c = case("高中阶段毛入学率达到了93.1%，比2021年高出1.2个百分点。");
    let cx = crate::indicators::Context {
        year: Some(2022),
        plan_section: false,
        region: None,
        rectification: false,
    };
    Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
    let change = c.indicators[0].change.as_ref().and_then(|c| c.value);
    assert_eq!(change, Some(1.2));
}

#[test]
fn disabled_children_and_youth_enrollment_is_named_without_yiwu_jiaoyu() {
    let c = extracted("残疾儿童少年入学率达96%以上。");
    let read: Vec<_> = c.indicators.iter().map(|i| i.indicator.as_str()).collect();
    assert_eq!(read, ["disabled-children-enrollment"]);
}

/// A level written for two years: the report's year's figure is the level,
/// the year before's the base; never the earlier figure as the level.
#[test]
fn a_level_written_for_two_years_is_the_report_years() {
    let read = |text: &str, year: i32| -> Vec<(Option<f64>, Option<f64>)> {
        let mut c = case(text);
        let cx = crate::indicators::Context {
            year: Some(year),
            plan_section: false,
            region: None,
            rectification: false,
        };
        Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
        c.indicators
            .iter()
            .map(|i| {
                let base = i
                    .change
                    .as_ref()
                    .and_then(|c| c.base.as_ref())
                    .map(|b| b.value);
                (i.value, base)
            })
            .collect()
    };
    for text in [
        "2021年、2022年全县一般公共预算教育支出分别为12.6亿元、12.1亿元。",
        "2021年、2022年，全县一般公共预算教育支出分别为12.6亿元、12.1亿元。",
        "全县一般公共预算教育支出2021年为12.6亿元，2022年为12.1亿元。",
        // A range of years lists every year of it.
        "2020年至2022年，全县一般公共预算教育支出分别为11.9亿元、12.6亿元、12.1亿元。",
        "2020—2022年，全县一般公共预算教育支出分别为11.9亿元、12.6亿元、12.1亿元。",
        "2020-2022年全县一般公共预算教育支出分别为11.9亿元、12.6亿元、12.1亿元。",
        "2021到2022年全县一般公共预算教育支出分别为12.6亿元、12.1亿元。",
    ] {
        assert_eq!(read(text, 2022), [(Some(1.21e9), Some(1.26e9))], "{text}");
    }
    // A range whose figures do not line up with its years, or that does
    // not hold the report's year: no level, never its first figure.
    for text in [
        "2019年至2022年，全县一般公共预算教育支出分别为12.6亿元、12.1亿元。",
        "2018年至2020年，全县一般公共预算教育支出分别为11亿元、11.9亿元、12.6亿元。",
    ] {
        assert_eq!(read(text, 2022), [], "{text}");
    }
    // Years that do not include the report's, or do not line up with the
    // figures: no level at all.
    for text in [
        "2021年、2022年全县一般公共预算教育支出分别为12.6亿元、12.1亿元。",
        "2022年、2023年全县一般公共预算教育支出分别为12.6亿元、12.1亿元、13亿元。",
    ] {
        assert_eq!(read(text, 2023), [], "{text}");
    }
}

/// (indicator, level, change value, change percent) of a statement.
type Row = (String, Option<f64>, Option<f64>, Option<f64>);

/// The [`Row`] of every statement of a case.
fn changes_of(c: &Case) -> Vec<Row> {
    c.indicators
        .iter()
        .map(|i| {
            let ch = i.change.as_ref();
            (
                i.indicator.to_string(),
                i.value,
                ch.and_then(|c| c.value),
                ch.and_then(|c| c.percent),
            )
        })
        .collect()
}

fn row(id: &str, level: Option<f64>, value: Option<f64>, percent: Option<f64>) -> Row {
    (id.to_string(), level, value, percent)
}

/// `A和B分别增长X%和Y%`: a list of changes with no comparison named is
/// against the year before, as a single change is (`implicit_change`).
#[test]
fn a_list_of_changes_with_no_comparison_named_is_year_on_year() {
    let pre = "preschool-gross-enrollment";
    let inc = "preschool-inclusive-coverage";
    for text in [
        "学前三年毛入园率和普惠性幼儿园覆盖率分别增长1.2%和2.3%。",
        "学前三年毛入园率、普惠性幼儿园覆盖率分别增长1.2%、2.3%。",
    ] {
        assert_eq!(
            changes_of(&extracted(text)),
            [
                row(pre, None, None, Some(1.2)),
                row(inc, None, None, Some(2.3))
            ],
            "{text}"
        );
    }
    assert_eq!(
        changes_of(&extracted(
            "学前三年毛入园率和普惠性幼儿园覆盖率分别提高了1.5个百分点和2.0个百分点。"
        )),
        [
            row(pre, None, Some(1.5), None),
            row(inc, None, Some(2.0), None)
        ]
    );
    // With the levels after them, and a fall.
    assert_eq!(
        changes_of(&extracted(
            "学前三年毛入园率、普惠性幼儿园覆盖率分别下降0.4、0.6个百分点，分别为91.6%、87.3%。"
        )),
        [
            row(pre, Some(91.6), Some(-0.4), None),
            row(inc, Some(87.3), Some(-0.6), None)
        ]
    );
    // Another word than the verb may name another base: nothing read.
    let c = extracted("学前三年毛入园率和普惠性幼儿园覆盖率分别高于全省平均1.2和2.3个百分点。");
    assert_eq!(changes_of(&c), []);
    assert_eq!(c.unread.len(), 2, "{:?}", c.unread);
}

/// `2018年以来，A提高了9.6个百分点`: a change over a span of years is not the
/// change against the year before; with no comparison of its own it is
/// reported as unread, never read as year-on-year growth.
#[test]
fn a_change_over_a_span_of_years_is_not_year_on_year() {
    for text in [
        "2018年以来，学前三年毛入园率提高了9.6个百分点。",
        "近三年，学前三年毛入园率提高了9.6个百分点。",
        "“十四五”以来，一般公共预算教育支出增长12.1%。",
        "五年来，一般公共预算教育支出累计增长32.5%。",
        "2019年以来，学前三年毛入园率和普惠性幼儿园覆盖率分别提高了9.6个百分点和7.2个百分点。",
        // A leader's term of office (each passed 只增不减 as the year's).
        "任期内，全县一般公共预算教育支出增长了13.8%，达到12.4亿元。",
        "任期内，生均一般公共预算教育支出提高了2100元。",
    ] {
        let c = extracted(text);
        assert!(
            c.indicators.iter().all(|i| i.change.is_none()),
            "{text}: {:?}",
            c.indicators
        );
        assert!(!c.unread.is_empty(), "{text}");
    }
    // A comparison named wins over the span.
    let c = extracted("2018年以来持续投入，学前三年毛入园率比上年提高1.2个百分点。");
    assert_eq!(
        changes_of(&c),
        [row("preschool-gross-enrollment", None, Some(1.2), None)]
    );
}

/// `与上年持平，为95.0%`: the level, with a change of zero against the year
/// before; `基本持平` and a base other than the year before state none.
#[test]
fn flat_against_the_year_before_is_a_change_of_zero() {
    let pre = "preschool-gross-enrollment";
    for text in [
        "学前三年毛入园率与上年持平，为95.0%。",
        "学前三年毛入园率为95.0%，与去年持平。",
        "学前三年毛入园率和去年持平，保持在95%以上。",
        "学前三年毛入园率95%，同比持平。",
        "学前三年毛入园率较上年持平，达到95%。",
    ] {
        assert_eq!(
            changes_of(&extracted(text)),
            [row(pre, Some(95.0), Some(0.0), Some(0.0))],
            "{text}"
        );
    }
    let c = extracted("学前三年毛入园率与上年持平，为95.0%。");
    let change = c.indicators[0].change.as_ref().expect("a change");
    assert_eq!(change.unit.as_deref(), Some("个百分点"));
    let at = change.value_at.expect("where it is written");
    let flat: String = c
        .text
        .chars()
        .skip(at.start)
        .take(at.end - at.start)
        .collect();
    assert_eq!(flat, "与上年持平");
    let c = extracted("一般公共预算教育支出12.6亿元，与上年持平。");
    assert_eq!(
        changes_of(&c),
        [row(
            "education-expenditure",
            Some(1.26e9),
            Some(0.0),
            Some(0.0)
        )]
    );
    // Roughly flat, or flat against another base: the level alone.
    for text in [
        "一般公共预算教育支出12.6亿元，与上年基本持平。",
        "一般公共预算教育支出12.6亿元，与全省平均持平。",
    ] {
        assert_eq!(
            changes_of(&extracted(text)),
            [row("education-expenditure", Some(1.26e9), None, None)],
            "{text}"
        );
    }
    let mut c = case("高中阶段毛入学率92.1%，与2021年持平。");
    let cx = crate::indicators::Context {
        year: Some(2023),
        plan_section: false,
        region: None,
        rectification: false,
    };
    Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
    assert_eq!(c.indicators[0].change, None);
}

/// `大班额比例已控制在5%以内` reports a level reached, known from above;
/// `要控制在`, `力争控制在`, `确保…控制在` and a bound with no word of
/// achievement before it stay targets.
#[test]
fn a_bound_reached_is_a_level_and_a_bound_required_a_target() {
    for (text, value) in [
        ("大班额比例已控制在5%以内。", 5.0),
        ("全县大班额比例均控制在3%以内，超大班额全部清零。", 3.0),
        ("全县已将大班额比例控制在2%以内。", 2.0),
        ("大班额比例始终控制在4%以内。", 4.0),
        ("56人以上大班额比例已经控制在4.5%以内。", 4.5),
    ] {
        let c = extracted(text);
        let read: Vec<_> = c
            .indicators
            .iter()
            .map(|i| (i.indicator.as_str(), i.value, i.qualifier))
            .collect();
        assert_eq!(
            read,
            [("large-class-share", Some(value), Qualifier::AtMost)],
            "{text}"
        );
        assert!(c.targets.is_empty(), "{text}: {:?}", c.targets);
    }
    for text in [
        "要将大班额比例控制在5%以内。",
        "力争大班额比例控制在5%以内。",
        "确保大班额比例已控制在5%以内。",
        "大班额比例控制在5%以内。",
        "将大班额比例控制在5%以内。",
        "要求大班额比例均控制在5%以内。",
    ] {
        let c = extracted(text);
        assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
        assert_eq!(c.targets.len(), 1, "{text}: {:?}", c.targets);
    }
    // In a section of plans, a bound is a target whatever its words.
    let mut c = case("大班额比例已控制在5%以内。");
    let cx = crate::indicators::Context {
        year: Some(2023),
        plan_section: true,
        region: None,
        rectification: false,
    };
    Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
    assert!(c.indicators.is_empty());
    assert_eq!(c.targets.len(), 1);
}

/// `A和B均在90%以上`: one figure for every name of the list.
#[test]
fn one_figure_for_every_name_after_jun() {
    let read = |text: &str| -> Vec<(String, Option<f64>, Qualifier)> {
        extracted(text)
            .indicators
            .iter()
            .map(|i| (i.indicator.to_string(), i.value, i.qualifier))
            .collect()
    };
    let both = |v: f64, q: Qualifier| {
        vec![
            ("preschool-gross-enrollment".to_string(), Some(v), q),
            ("preschool-inclusive-coverage".to_string(), Some(v), q),
        ]
    };
    assert_eq!(
        read("学前三年毛入园率和普惠性幼儿园覆盖率均在90%以上。"),
        both(90.0, Qualifier::MoreThan)
    );
    assert_eq!(
        read("学前三年毛入园率、普惠性幼儿园覆盖率均达到92.5%。"),
        both(92.5, Qualifier::Exact)
    );
    // A list of figures after 均, or a comparison: nothing read, and said.
    for text in [
        "学前三年毛入园率、普惠性幼儿园覆盖率均为90%、92%。",
        "学前三年毛入园率、普惠性幼儿园覆盖率均高于全省平均2个百分点。",
    ] {
        let c = extracted(text);
        assert_eq!(c.indicators, [], "{text}");
        assert_eq!(c.unread.len(), 2, "{text}: {:?}", c.unread);
    }
    // In a plan, one target each.
    let c = extracted("力争学前三年毛入园率、普惠性幼儿园覆盖率均达到95%。");
    assert_eq!(c.indicators, []);
    assert_eq!(c.targets.len(), 2, "{:?}", c.targets);
}

/// `与2020年相比，A增长12.1%`, `与全省平均相比，A高出2个百分点`: a base named
/// at the head of the sentence is the base of a change with no comparison
/// of its own; only the year before makes it year-on-year.
#[test]
fn a_base_named_before_the_name_is_the_changes() {
    let read = |text: &str| {
        let mut c = case(text);
        let cx = crate::indicators::Context {
            year: Some(2023),
            plan_section: false,
            region: None,
            rectification: false,
        };
        Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
        c
    };
    for text in [
        "与2020年相比，一般公共预算教育支出增长12.1%。",
        "与全省平均相比，学前三年毛入园率高出2个百分点。",
        "同2018年相比，学前三年毛入园率和普惠性幼儿园覆盖率分别提高了9.6个百分点和7.2个百分点。",
    ] {
        let c = read(text);
        assert!(
            c.indicators.iter().all(|i| i.change.is_none()),
            "{text}: {:?}",
            c.indicators
        );
        assert!(!c.unread.is_empty(), "{text}");
    }
    for text in [
        "与上年相比，一般公共预算教育支出增长2.1%。",
        "2023年，与2022年相比，一般公共预算教育支出增长2.1%。",
    ] {
        assert_eq!(
            changes_of(&read(text)),
            [row("education-expenditure", None, None, Some(2.1))],
            "{text}"
        );
    }
}

/// What extraction quotes from a case (figures, mentions, claims) is a
/// span of the case's own text, not a copy: the model borrows.
#[test]
fn quotes_are_spans_of_the_case_text() {
    let c = extracted(
        "全县普惠性幼儿园覆盖率达９３．４％，公办率有所下降，教师工资实现“不低于”要求，新建学校3所。",
    );
    let shared = |t: &dutycheck_model::Text| t.shares_buffer_with(&c.text);
    assert!(!c.quantities.is_empty() && c.quantities.iter().all(|q| shared(&q.text)));
    assert_eq!(c.quantities[0].text, "９３．４％");
    assert!(!c.indicators.is_empty() && c.indicators.iter().all(|v| shared(&v.mention)));
    assert!(!c.unread.is_empty() && c.unread.iter().all(|u| shared(&u.mention)));
    assert_eq!(c.unread[0].mention, "公办率");
    assert!(!c.claims.is_empty());
    assert!(
        c.claims
            .iter()
            .all(|k| shared(&k.text) && shared(&k.phrase))
    );
    // Units are the vocabulary's own words: no buffer at all.
    assert!(c.quantities.iter().all(|q| !shared(&q.unit)));
}

/// The parser's fold of a case is read for that case's text, and taken;
/// a text put in its place after parsing is read as written, not through
/// the old fold.
#[test]
fn reads_the_parsers_fold_only_for_its_own_text() {
    use dutycheck_model::{Folded, Text};
    let extractor = Extractor::new(&Catalog::bundled());
    let level = |c: &Case| {
        c.indicators
            .iter()
            .find(|v| v.indicator == "preschool-gross-enrollment")
            .and_then(|v| v.value)
    };
    let parsed = Text::from("全县学前三年毛入园率达９０％。");
    let mut c = case("");
    c.text = parsed.clone();
    c.normal = Folded::new(parsed.clone(), Text::from("全县学前三年毛入园率达90%。"));
    extractor.extract_case(&mut c);
    assert_eq!(level(&c), Some(90.0));
    assert_eq!(c.normal, Folded::default(), "the fold is taken");

    // What is read is the fold, not a new fold of the text: a fold that
    // says 80 (no parser makes one) is read as 80.
    let mut c = case("");
    c.text = parsed.clone();
    c.normal = Folded::new(parsed.clone(), Text::from("全县学前三年毛入园率达80%。"));
    extractor.extract_case(&mut c);
    assert_eq!(level(&c), Some(80.0));

    let mut c = case("");
    c.text = Text::from("全县学前三年毛入园率达８５％。");
    c.normal = Folded::new(parsed, Text::from("全县学前三年毛入园率达90%。"));
    extractor.extract_case(&mut c);
    assert_eq!(level(&c), Some(85.0));
}

/// A region other than the section's, named as the subject of a figure, is
/// a part: its figure is not the section's level, nor its change. The
/// section's own region, `全市` and the urban area are the section's. With
/// no region known, one region alone is taken for the section's own.
#[test]
fn another_region_named_as_the_subject_is_a_part() {
    use dutycheck_model::UnreadMentionReason;
    let read = |text: &str, region: Option<&str>| -> (Vec<Option<f64>>, Vec<UnreadMentionReason>) {
        let mut c = case(text);
        let cx = crate::indicators::Context {
            year: Some(2022),
            plan_section: false,
            region,
            rectification: false,
        };
        Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
        (
            c.indicators.iter().map(|i| i.value).collect(),
            c.unread.iter().map(|u| u.reason).collect(),
        )
    };
    // (text, the section's region, the part's figure is unread: else the
    // figure is the level).
    let cases: [(&str, Option<&str>, Option<f64>); 13] = [
        ("历城区学前三年毛入园率为95.2%。", Some("济南市"), None),
        (
            "济南市学前三年毛入园率为95.2%。",
            Some("济南市"),
            Some(95.2),
        ),
        ("全市学前三年毛入园率为95.2%。", Some("济南市"), Some(95.2)),
        ("历城区学前三年毛入园率为95.2%。", None, Some(95.2)),
        // A change said alone, and one said in words only, are the part's too.
        (
            "其中，石泉县一般公共预算教育支出比上年下降1.6%。",
            Some("青河市"),
            None,
        ),
        (
            "其中，柳林县生均一般公共预算教育支出增长最快。",
            Some("青河市"),
            None,
        ),
        // Another region's schools; a town; the region's own urban schools,
        // their large classes too (the urban share beside the county's
        // failed it).
        ("石泉县城区学校大班额比例为6.3%。", Some("青河市"), None),
        ("城关镇普惠性幼儿园覆盖率为100%。", Some("东河县"), None),
        ("中心城区学校大班额比例为0.8%。", Some("东河县"), None),
        ("县域内城区学校大班额比例为零。", Some("西岭县"), None),
        // The region itself, in words that end with a level.
        (
            "本地区学前三年毛入园率为95.2%。",
            Some("西岭县"),
            Some(95.2),
        ),
        // A region by its level alone: the province, in a city's section.
        ("全省学前三年毛入园率为90.1%。", Some("济南市"), None),
        ("全市学前三年毛入园率为95.2%。", Some("济南市"), Some(95.2)),
    ];
    for (text, region, level) in cases {
        let want = match level {
            Some(v) => (vec![Some(v)], vec![]),
            None => (vec![], vec![UnreadMentionReason::Part]),
        };
        assert_eq!(read(text, region), want, "{text} in {region:?}");
    }
}

/// A plan or requirement for a part is still a target.
#[test]
fn a_requirement_for_the_parts_is_a_target() {
    let mut c = case("要求各县（市、区）教育支出占一般公共预算支出比例不低于18%。");
    let cx = crate::indicators::Context {
        year: Some(2023),
        plan_section: false,
        region: Some("青河市"),
        rectification: false,
    };
    Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
    let targets: Vec<_> = c.targets.iter().map(|t| t.value).collect();
    assert_eq!(targets, [Some(18.0)]);
    assert!(c.unread.is_empty());
}

/// The standard a part's figure is measured against
/// (`仍高于5%的控制目标`) is the region's standard too: a target.
#[test]
fn a_parts_standard_is_a_target() {
    let mut c = case("石泉县城区学校大班额比例为6.3%，仍高于5%的控制目标。");
    let cx = crate::indicators::Context {
        year: Some(2022),
        plan_section: false,
        region: Some("青河市"),
        rectification: false,
    };
    Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
    assert!(c.indicators.is_empty());
    let targets: Vec<_> = c.targets.iter().map(|t| t.value).collect();
    assert_eq!(targets, [Some(5.0)]);
}

/// `全省A为91.8%，东川市达到94.6%`: after another region's figure, the
/// next clause that opens with the section's own region (`东川市`, `我市`,
/// `全市`) and a linking word gives its level, the name not repeated.
#[test]
fn the_own_regions_level_after_anothers() {
    let read = |text: &str| -> Vec<Option<f64>> {
        let mut c = case(text);
        let cx = crate::indicators::Context {
            year: Some(2023),
            plan_section: false,
            region: Some("东川市"),
            rectification: false,
        };
        Extractor::new(&Catalog::bundled()).extract_case_in(&mut c, cx);
        c.indicators.iter().map(|i| i.value).collect()
    };
    assert_eq!(
        read("全省学前三年毛入园率为91.8%，东川市达到94.6%，居全省第2位。"),
        [Some(94.6)]
    );
    assert_eq!(
        read("全省学前三年毛入园率为91.8%，我市为94.6%。"),
        [Some(94.6)]
    );
    // Another region's figure after it is no level of the section's.
    assert_eq!(read("全省学前三年毛入园率为91.8%，南屏市为94.6%。"), []);
}

/// `A为10.6万元，低于当地公务员平均工资收入水平（11.2万元）`: the figure in
/// brackets right after the other indicator's name is its level, not a gap.
#[test]
fn a_bracketed_figure_after_the_base_is_its_level() {
    let c = extracted(
        "义务教育教师平均工资收入水平为10.6万元，低于当地公务员平均工资收入水平（11.2万元）。",
    );
    let read = indicator_values(&c);
    assert_eq!(
        read,
        [
            ("teacher-average-salary", Some(106000.0)),
            ("civil-servant-average-salary", Some(112000.0))
        ]
    );
    // The same indicator in brackets is another region's: not read.
    let c = extracted("普惠性幼儿园覆盖率为78%，低于全省普惠性幼儿园覆盖率（85.2%）。");
    let read: Vec<_> = c.indicators.iter().map(|i| i.value).collect();
    assert_eq!(read, [Some(78.0)]);
}

/// `A、B分别为X、Y，分别比上年下降2.1%、3.4%`: each level gets its own
/// change, in order; the first change is never the last level's. A
/// `分别` whose figures do not line up gives no level a change.
#[test]
fn respective_changes_after_respective_levels() {
    let changes = |text: &str| -> Vec<(Option<f64>, Option<f64>)> {
        extracted(text)
            .indicators
            .iter()
            .map(|i| {
                let c = i.change.as_ref();
                (c.and_then(|c| c.percent), c.and_then(|c| c.value))
            })
            .collect()
    };
    assert_eq!(
        changes(
            "一般公共预算教育支出、生均一般公共预算教育支出分别为9.8亿元、12360元，分别比上年下降2.1%、3.4%。"
        ),
        [(Some(-2.1), None), (Some(-3.4), None)]
    );
    assert_eq!(
        changes(
            "九年义务教育巩固率、高中阶段毛入学率分别达到97.2%和93.6%，较上年分别提高0.3个百分点和1.1个百分点。"
        ),
        [(None, Some(0.3)), (None, Some(1.1))]
    );
    assert_eq!(
        changes(
            "学前三年毛入园率、普惠性幼儿园覆盖率分别为92.5%、88.3%，分别比上年提高1.2、0.8个百分点。"
        ),
        [(None, Some(1.2)), (None, Some(0.8))]
    );
    assert_eq!(
        changes("公办园在园幼儿占比、大班额比例分别为51.4%、2.6%，分别比上年提高2.2个百分点。"),
        [(None, None), (None, None)]
    );
}

/// Each level read from `c`: its indicator and value.
fn indicator_values(c: &Case) -> Vec<(&str, Option<f64>)> {
    c.indicators
        .iter()
        .map(|i| (i.indicator.as_str(), i.value))
        .collect()
}

/// Phrasings of county offices and inspectors that were read silently
/// wrong (patterns from public self-evaluations, rectification reports and
/// bulletins; the sentences are our own).
mod county_phrasing {
    use dutycheck_model::UnreadMentionReason;

    use super::*;
    use crate::indicators::Context;

    /// `text` read as a case of 青溪县's report on 2023.
    pub(super) fn in_2023(text: &str) -> Case {
        in_region(text, "青溪县")
    }

    pub(super) fn in_region(text: &str, region: &str) -> Case {
        let mut c = case(text);
        Extractor::new(&Catalog::bundled()).extract_case_in(
            &mut c,
            Context {
                year: Some(2023),
                plan_section: false,
                region: Some(region),
                rectification: false,
            },
        );
        c
    }

    fn levels(c: &Case) -> Vec<(&str, Option<f64>)> {
        indicator_values(c)
    }

    /// A year that opens a run of clauses joined by semicolons dates each of
    /// them, as it does across commas (`2022年，A为52.4%；B为78.2%` in a report
    /// on 2023: 78.2% was the year's level, and failed); a clause with a time
    /// of its own (`；目前，…`, `；2023年，…`) is its own.
    #[test]
    fn a_year_dates_a_run_of_clauses_across_semicolons() {
        let c = in_2023("2022年，全县公办园在园幼儿占比为52.4%；普惠性幼儿园覆盖率为78.2%。");
        assert_eq!(levels(&c), []);
        assert_eq!(
            reasons(&c),
            [
                UnreadMentionReason::OtherPeriod,
                UnreadMentionReason::OtherPeriod
            ]
        );
        for text in [
            "2022年，全县公办园在园幼儿占比为52.4%；目前，普惠性幼儿园覆盖率为81.2%。",
            "2022年，全县公办园在园幼儿占比为52.4%；2023年，普惠性幼儿园覆盖率为81.2%。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                levels(&c),
                [("preschool-inclusive-coverage", Some(81.2))],
                "{text}"
            );
        }
        let c = in_2023("全县公办园在园幼儿占比为52.4%；普惠性幼儿园覆盖率为81.2%。");
        assert_eq!(levels(&c).len(), 2);
    }

    /// A summary of the direction before a list of changes (`A、B均为负增长，
    /// 分别下降1.6%、3.2%`: A's fall was lost, and B's had no size).
    #[test]
    fn a_summary_before_a_list_of_changes() {
        for (text, sign) in [
            (
                "一般公共预算教育支出、生均一般公共预算教育支出均为负增长，分别下降1.6%、3.2%。",
                -1.0,
            ),
            (
                "一般公共预算教育支出和生均一般公共预算教育支出均有所下降，分别下降1.6%、3.2%。",
                -1.0,
            ),
            (
                "一般公共预算教育支出、生均一般公共预算教育支出均实现增长，分别增长1.6%、3.2%。",
                1.0,
            ),
        ] {
            let rows: Vec<_> = changes_of(&in_2023(text))
                .into_iter()
                .map(|(id, _, _, percent)| (id, percent))
                .collect();
            assert_eq!(
                rows,
                [
                    ("education-expenditure".to_string(), Some(sign * 1.6)),
                    ("per-student-expenditure".to_string(), Some(sign * 3.2)),
                ],
                "{text}"
            );
        }
    }

    /// A cause between a level and its change (`12860元，因在校生增加较多，比上年
    /// 减少230元`: the fall was lost), and the level after a change said as
    /// the move to it (`下降2.3个百分点，降至6.8%`: the level was lost).
    #[test]
    fn a_cause_before_the_change_and_the_move_after_it() {
        for (text, row) in [
            (
                "生均一般公共预算教育支出12860元，因在校生增加较多，比上年减少230元。",
                ("per-student-expenditure", Some(12860.0), Some(-230.0), None),
            ),
            (
                "一般公共预算教育支出11.62亿元，受一次性项目资金到期影响，比上年下降1.7%。",
                (
                    "education-expenditure",
                    Some(1_162_000_000.0),
                    None,
                    Some(-1.7),
                ),
            ),
            (
                "一般公共预算教育支出11.62亿元，由于上年基数较高，较上年减少0.41亿元。",
                (
                    "education-expenditure",
                    Some(1_162_000_000.0),
                    Some(-41_000_000.0),
                    None,
                ),
            ),
            // A concession or a shortfall of its own first, with a figure
            // or without (each fall was dropped, unsaid).
            (
                "一般公共预算教育支出4.87亿元，虽高于全省县均水平，但比上年下降2.3%。",
                (
                    "education-expenditure",
                    Some(487_000_000.0),
                    None,
                    Some(-2.3),
                ),
            ),
            (
                "一般公共预算教育支出4.87亿元，未达到年初预算，比上年下降2.3%。",
                (
                    "education-expenditure",
                    Some(487_000_000.0),
                    None,
                    Some(-2.3),
                ),
            ),
            (
                "公办园在园幼儿占比为51.2%，虽达到50%的目标，但比上年下降1.5个百分点。",
                ("preschool-public-share", Some(51.2), Some(-1.5), None),
            ),
            (
                "学前三年毛入园率为87.2%，尽管高于85%的底线要求，却比上年下降3.4个百分点。",
                ("preschool-gross-enrollment", Some(87.2), Some(-3.4), None),
            ),
            (
                "大班额比例下降2.3个百分点，降至6.8%。",
                ("large-class-share", Some(6.8), Some(-2.3), None),
            ),
            (
                "九年义务教育巩固率提高0.6个百分点，提高到94.2%。",
                ("compulsory-retention", Some(94.2), Some(0.6), None),
            ),
            (
                "九年义务教育巩固率比上年提高0.6个百分点，提高到94.2%。",
                ("compulsory-retention", Some(94.2), Some(0.6), None),
            ),
            (
                "公办园在园幼儿占比较上年提高3.6个百分点，提高到52.8%。",
                ("preschool-public-share", Some(52.8), Some(3.6), None),
            ),
            (
                "一般公共预算教育支出减少0.3亿元，降至12.1亿元。",
                (
                    "education-expenditure",
                    Some(1_210_000_000.0),
                    Some(-30_000_000.0),
                    None,
                ),
            ),
        ] {
            let (id, level, value, percent) = row;
            assert_eq!(
                changes_of(&in_2023(text)),
                [(id.to_string(), level, value, percent)],
                "{text}"
            );
        }
        // A rate's rise in percent, then its level: the level is read.
        let c = in_2023("公办园在园幼儿占比提高12%，达到48.7%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(48.7))]);
        // A clause after a cause that is no comparison gives no change.
        let c = in_2023("一般公共预算教育支出11.62亿元，因素较多，项目增长3%。");
        assert_eq!(changes_of(&c)[0].2, None);
        assert_eq!(changes_of(&c)[0].3, None);
    }

    /// A note after a figure that dates it to an earlier year
    /// (`76.1%（2023年数据）`: it was the report's year's level), and a
    /// figure that waits on a building (`待…建成投用，`, `等…投用后，`: it was
    /// a level reached).
    #[test]
    fn year_notes_after_a_figure_and_conditions() {
        let c = in_2023("普惠性幼儿园覆盖率为76.1%（2022年数据），2023年达到84.5%。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(84.5))]);
        for text in [
            "普惠性幼儿园覆盖率为84.3%（2022年数据）。",
            "普惠性幼儿园覆盖率为84.3%（截至2022年底）。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        // A note that compares dates nothing.
        let c = in_2023("普惠性幼儿园覆盖率为84.3%（较2022年提高1.2个百分点）。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(84.3))]);
        for text in [
            "整改成效：正在推进，待城南幼儿园建成投用，公办园在园幼儿占比达到51.2%。",
            "待城南幼儿园建成，公办园在园幼儿占比达到51.2%。",
            "等新园投用后，公办园在园幼儿占比达到51.2%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(
                targets(&c),
                [("preschool-public-share", Some(51.2))],
                "{text}"
            );
        }
        // `待遇` opens no condition.
        let c = in_2023("教师待遇提高后，义务教育教师平均工资收入水平达到11.2万元。");
        assert_eq!(levels(&c), [("teacher-average-salary", Some(112_000.0))]);
    }

    /// A figure of the spring term in a sentence that goes on to the
    /// autumn's is the earlier term's: it failed the year.
    #[test]
    fn an_earlier_term_gives_way_to_the_later() {
        let c = in_2023("2023年春季学期课后服务覆盖率为95.3%，秋季学期实现全覆盖。");
        assert_eq!(levels(&c), []);
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
        // A count, then all of it removed by the later term: the classes
        // before the work, and a claim that none is left (since session 33;
        // the spring's count was unread, and no claim read).
        let c = in_2023("2023年春季学期，全县超大班额5个，至秋季学期全部消除。");
        assert_eq!(levels(&c), []);
        assert_eq!(
            c.claims.iter().map(|c| c.denied).collect::<Vec<_>>(),
            [false]
        );
        let c = in_2023("2023年春季学期课后服务覆盖率为95.3%，秋季学期达到100%。");
        assert_eq!(levels(&c), [("after-school-service-coverage", Some(100.0))]);
        // A term alone, or the later term first, is the figure's.
        for text in [
            "春季学期课后服务覆盖率为95.3%。",
            "2023年秋季学期课后服务覆盖率为95.3%，2024年春季学期将实现全覆盖。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                levels(&c),
                [("after-school-service-coverage", Some(95.3))],
                "{text}"
            );
        }
    }

    /// `A市本级12.36亿元、全市68.42亿元`: the city's own budget between the
    /// name and its figure is a part (it was the city's level).
    #[test]
    fn the_own_level_between_a_name_and_its_figure_is_a_part() {
        let c = in_region(
            "一般公共预算教育支出市本级12.36亿元、全市68.42亿元。",
            "鹤岭市",
        );
        assert!(
            !levels(&c).contains(&("education-expenditure", Some(1_236_000_000.0))),
            "{:?}",
            levels(&c)
        );
        assert_eq!(c.unread.len(), 1);
    }

    /// `全市平均A为45.6%`: the region's rate over its parts, a level (it was
    /// dropped, unsaid, as a per-head name is); a sum per head is still
    /// another indicator than the sum.
    #[test]
    fn an_average_rate_is_the_regions_level() {
        let c = in_region(
            "全市平均公办园在园幼儿占比为45.6%，平均普惠性幼儿园覆盖率为76.2%。",
            "雁河市",
        );
        assert_eq!(
            levels(&c),
            [
                ("preschool-public-share", Some(45.6)),
                ("preschool-inclusive-coverage", Some(76.2))
            ]
        );
        let c = in_region("按在校生平均一般公共预算教育支出1.2万元。", "雁河市");
        assert_eq!(levels(&c), []);
    }

    /// A paragraph that opens with another region is about it to its end:
    /// the clauses and sentences after the one that names it (`桐坪县…，公办园
    /// 在园幼儿占比为47.1%`, `芦湾县…。九年义务教育巩固率94.6%`, `金沙县方面，…`,
    /// `**松川县**：…`) were the city's figures, and failed its rules. A clause
    /// that names the city again (`全市…`) is the city's; a paragraph that
    /// opens with an area (`共富学区…`) or `在全省…` names no region.
    #[test]
    fn a_paragraph_that_opens_with_a_county_is_the_countys() {
        let text = "全市公办园在园幼儿占比为52.7%。\n\
            桐坪县一般公共预算教育支出7.68亿元，比上年增长1.2%，公办园在园幼儿占比为47.1%。\n\
            芦湾县普惠性幼儿园覆盖率为91.0%。九年义务教育巩固率94.6%。\n\
            金沙县方面，公办园在园幼儿占比为46.3%。\n\
            **松川县**：学前三年毛入园率88.9%，县财政一般公共预算教育支出11.40亿元。\n\
            石溪县普惠性幼儿园覆盖率为90.2%，全市九年义务教育巩固率为97.3%。\n\
            共富学区建设推动均衡，学前三年毛入园率达到96.1%。\n\
            在全省率先实行托管服务，课后服务覆盖率达100%。";
        let c = in_region(text, "雁河市");
        assert_eq!(
            levels(&c),
            [
                ("preschool-public-share", Some(52.7)),
                ("compulsory-retention", Some(97.3)),
                ("preschool-gross-enrollment", Some(96.1)),
                ("after-school-service-coverage", Some(100.0)),
            ]
        );
        assert_eq!(
            c.unread
                .iter()
                .filter(|u| u.reason == UnreadMentionReason::Part)
                .count(),
            8
        );
    }

    /// A paragraph that opens with another region hands back to the
    /// section's own when a clause names it (`石门区…，青溪县生均…下降1.4%`,
    /// `与石门区相比，青溪县…`, `石门区…为85.2%，青溪县仅为76.3%`): each was
    /// the other region's, and the county's fails were lost. An autonomous
    /// county's short names (`云岭县`, `该自治县`) and a note of its kind
    /// (`白石市（县级市）`) are its own.
    #[test]
    fn a_clause_that_names_the_own_region_is_its_own() {
        let text = "石门区普惠性幼儿园覆盖率为85.2%，青溪县仅为76.3%。\n\
            石门区生均一般公共预算教育支出增长2.1%，青溪县生均一般公共预算教育支出下降1.4%。\n\
            与石门区相比，青溪县公办园在园幼儿占比仅为46.3%。青溪县九年义务教育巩固率为97.3%。";
        let c = in_region(text, "青溪县");
        assert_eq!(
            levels(&c),
            [
                ("preschool-inclusive-coverage", Some(76.3)),
                ("per-student-expenditure", None),
                ("preschool-public-share", Some(46.3)),
                ("compulsory-retention", Some(97.3)),
            ]
        );
        assert_eq!(
            reasons(&c),
            [UnreadMentionReason::Part, UnreadMentionReason::Part]
        );
        let c = in_region(
            "云岭县普惠性幼儿园覆盖率为76.3%，该自治县公办园在园幼儿占比为46.2%。",
            "云岭彝族自治县",
        );
        assert_eq!(
            levels(&c),
            [
                ("preschool-inclusive-coverage", Some(76.3)),
                ("preschool-public-share", Some(46.2)),
            ]
        );
        let c = in_region("白石市（县级市）公办园在园幼儿占比为46.2%。", "白石市");
        assert_eq!(levels(&c), [("preschool-public-share", Some(46.2))]);
    }

    fn targets(c: &Case) -> Vec<(&str, Option<f64>)> {
        c.targets
            .iter()
            .map(|i| (i.indicator.as_str(), i.value))
            .collect()
    }

    fn reasons(c: &Case) -> Vec<UnreadMentionReason> {
        c.unread.iter().map(|u| u.reason).collect()
    }

    /// A change said in words of a year before the report's (`2021年A略有
    /// 下降`, `2021年，A有所减少`) is that year's, not the report's: it failed
    /// 只增不减 as the year's fall. The report's year and a span that runs to
    /// now still state the year's change.
    #[test]
    fn a_change_in_words_of_an_earlier_year_is_another_periods() {
        for text in [
            "受疫情影响，2021年生均一般公共预算教育支出略有下降，2023年已恢复增长。",
            "2021年一般公共预算教育支出有所减少。",
            "2021年，全县一般公共预算教育支出有所减少。",
            "去年一般公共预算教育支出有所减少。",
        ] {
            let c = in_2023(text);
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
            assert!(c.unread.iter().all(|u| u.direction.is_none()), "{text}");
        }
        for text in [
            "2023年一般公共预算教育支出有所减少。",
            "2022年以来，一般公共预算教育支出有所减少。",
            // A run of years, the report's the last: the run is no figure
            // of the name's (it was `wrong-kind`, and the fall was lost).
            "一般公共预算教育支出连续三年下降，2023年为9.4亿元。",
            "生均一般公共预算教育支出连续两年减少。",
        ] {
            let c = in_2023(text);
            assert_eq!(reasons(&c), [UnreadMentionReason::UnsizedChange], "{text}");
            assert_eq!(
                c.unread[0].direction,
                Some(dutycheck_model::Direction::Down),
                "{text}"
            );
        }
    }

    /// A sentence that opens with an earlier year, whose later clause dates
    /// itself in the report's year (`2021年已消除超大班额，但2023年秋季…仍有2个
    /// 超大班额`, `…，今年仍有2个`): the later clause's figure is the year's
    /// (the 2 left were the earlier year's, and the rule passed).
    #[test]
    fn a_later_clause_dated_again_is_the_years() {
        for text in [
            "2021年已消除超大班额，但2023年秋季因生源回流仍有2个超大班额。",
            "2022年已消除超大班额，今年仍有2个超大班额。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                values_of(&c),
                [("super-large-class-count".to_string(), 2.0)],
                "{text}"
            );
        }
        let c = in_2023("2022年，全县普惠性幼儿园覆盖率为78.3%。");
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
    }

    /// `拨付生均公用经费3.2亿元`: the sum paid under a per-head name. It was
    /// read as 320 million yuan per student, and passed the 650元 floor.
    #[test]
    fn a_sum_paid_under_a_per_head_name_is_a_total() {
        for text in [
            "全年拨付生均公用经费3.2亿元。",
            "下达义务教育生均公用经费8600万元。",
            "落实生均公用经费拨款4200万元。",
            "全县生均公用经费总额达到1.2亿元。",
            "安排生均公用经费补助资金1.2亿元。",
            "全县生均公用经费3.2亿元。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::Total], "{text}");
        }
        // The amount per student, paid for and stated, is still the level.
        for (text, value) in [
            ("拨付资金保障生均公用经费达到800元。", 800.0),
            ("小学生均公用经费达到720元。", 720.0),
            ("生均一般公共预算教育支出1.52万元。", 15_200.0),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c).first().and_then(|l| l.1), Some(value), "{text}");
        }
    }

    /// What another says of the region, which a reply or a press answer
    /// quotes to answer it (a deputy's proposal, a parent's complaint, a
    /// rumour, the books before an audit), is no level of the report's:
    /// the figure is `quoted`, and the figure the sentence goes on to state
    /// is the level. It was the level, and failed the county.
    #[test]
    fn what_another_says_is_quoted() {
        for text in [
            "您在建议中反映，全县仍有超大班额12个。",
            "有家长反映全县课后服务覆盖率只有85%。",
            "记者：有家长反映青溪县课后服务覆盖率不到九成，是否属实？",
            "提案中提到“青溪县课后服务覆盖率仅为85%”，该数据为2022年春季学期统计口径。",
            "据反映，全县普惠性幼儿园覆盖率只有78%左右。",
            "座谈中有园长反映，全县普惠率实际不到八成，经县教育局解释，该说法未计入城区普惠性民办园。",
            // A figure the next clause refutes (it passed).
            "自评报告中全县普惠性幼儿园覆盖率为86.0%，与实际不一致。",
            "自评报告称全县课后服务覆盖率为100%，经核查不属实。",
            // A survey's respondents (an awareness rate failed the coverage).
            "问卷调查显示，课后服务覆盖率家长知晓度为88%。",
            // A proposal restated by the reply, as its speaker (each was
            // the county's level, and failed it).
            "您在提案中指出，我县大班额比例为12.5%。",
            "提案反映我县大班额比例高达12.5%。",
            "提案所述大班额比例12.5%为2019年数据。",
            "来信称我县公办园在园幼儿占比只有40%。",
            "据委员调研，全县大班额比例为12.5%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::Quoted], "{text}");
        }
        // Nor is what they think a claim or a denial of the county's (it
        // failed the county's parity).
        for text in [
            "您在提案中指出，义务教育教师平均工资比公务员低约8000元。",
            "受访教师中，认为本人工资收入低于当地公务员的占72%。",
            "问卷调查显示，仅有42%的受访教师认为“教师平均工资不低于当地公务员”的要求已经落实。",
        ] {
            assert_eq!(in_2023(text).claims, [], "{text}");
        }
        for (text, value) in [
            (
                "网传全县课后服务覆盖率仅为85%，此说法不实，实际为100%。",
                100.0,
            ),
            (
                "全县账面反映课后服务覆盖率100%，审计抽查发现实际开展课后服务的学校仅占92%。",
                92.0,
            ),
            // The answer to it is the report's own.
            ("针对家长反映的问题，全县课后服务覆盖率达到100%。", 100.0),
            // So is a survey as a way of checking.
            ("通过问卷调查和实地核查，全县课后服务覆盖率为100%。", 100.0),
            (
                "全县普惠性幼儿园覆盖率为86.0%，与实际不符，经核查为78.2%。",
                78.2,
            ),
            ("全县普惠性幼儿园覆盖率为86.0%，高于省定标准。", 86.0),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c).first().and_then(|l| l.1), Some(value), "{text}");
        }
        // Nor is the rule an audit states before the fact a claim; a level
        // short of the civil servants' named by its figure is a denial.
        for text in [
            "全县义务教育教师年平均工资应不低于当地公务员的11.2万元，实际为10.46万元。",
            "按规定教师平均工资不应低于当地公务员（11.2万元），但实际为10.5万元。",
            "教师平均工资应达到当地公务员平均工资11.2万元的水平，实际仅为10.5万元。",
        ] {
            assert_eq!(in_2023(text).claims, [], "{text}");
        }
        let denied = in_2023("教师年平均工资10.46万元，未达到当地公务员11.2万元的水平。");
        assert_eq!(
            denied.claims.iter().map(|c| c.denied).collect::<Vec<_>>(),
            [true]
        );
        // (`相应`, `响应` end no rule.)
        assert!(!dutycheck_vocab::plans::states_norm("工资相应"));
        // Nor is another's claim the report's.
        assert_eq!(in_2023("有家长反映全县已实现课后服务全覆盖。").claims, []);
        assert_eq!(
            in_2023("针对家长反映的问题，全县课后服务实现全覆盖。")
                .claims
                .len(),
            1
        );
    }

    /// A stated change that the two levels refute gives way to theirs: the
    /// rise of `12480元（上年12750元），比上年增长2.1%` passed 只增不减. A stated
    /// change that agrees with them stays as stated.
    #[test]
    fn a_stated_change_the_levels_refute_gives_way() {
        let change = |text: &str| {
            let c = in_2023(text);
            c.indicators
                .first()
                .and_then(|i| i.change.as_ref())
                .map(|c| (c.percent.map(|p| (p * 100.0).round() / 100.0), c.derived))
        };
        assert_eq!(
            change("全县生均一般公共预算教育支出12480元（上年12750元），比上年增长2.1%。"),
            Some((Some(-2.12), true))
        );
        assert_eq!(
            change("全县生均一般公共预算教育支出12480元（上年12150元），比上年增长2.7%。"),
            Some((Some(2.7), false))
        );
    }

    /// `挤占挪用一般公共预算教育支出1860万元`: the portion an audit found
    /// misused, held back or overstated, not the amount. It was read as
    /// the county's spending, and failed 只增不减 against last year's.
    #[test]
    fn a_portion_singled_out_is_not_the_amount() {
        for text in [
            "审计发现，县财政局挤占挪用一般公共预算教育支出1860万元，用于城区道路改造。",
            "一般公共预算教育支出中的860万元用于偿还债务。",
            "县财政滞留一般公共预算教育支出资金2300万元。",
            "教育支出结转结余4120万元。",
            "未足额拨付一般公共预算教育支出1200万元。",
            "一般公共预算教育支出被挤占1200万元。",
            "虚增一般公共预算教育支出2650万元。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::Portion], "{text}");
        }
        // The amount itself, and an amount paid, are still the level.
        for (text, value) in [
            ("全县一般公共预算教育支出6.12亿元。", 612_000_000.0),
            ("足额拨付一般公共预算教育支出6.12亿元。", 612_000_000.0),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c).first().and_then(|l| l.1), Some(value), "{text}");
        }
        // What a deduction takes out after an overstatement is the
        // overstatement: the change on that basis is the indicator's.
        for text in [
            "虚增一般公共预算教育支出2650万元，扣除后教育支出比上年减少1.6%。",
            "县财政虚列教育支出2650万元。扣除虚列部分后，全县一般公共预算教育支出比上年下降1.6%。",
        ] {
            let c = in_2023(text);
            let changes: Vec<_> = c
                .indicators
                .iter()
                .filter_map(|i| i.change.as_ref()?.percent)
                .collect();
            assert_eq!(changes, [-1.6], "{text}");
        }
        // Any other deduction still leaves an adjusted change.
        let c = in_2023("扣除一次性项目后，全县一般公共预算教育支出比上年下降1.6%。");
        assert_eq!(reasons(&c), [UnreadMentionReason::Adjusted]);
    }

    /// `六亿八千万元` is 680 million: the 万 after 亿 counts within its
    /// group. It was read as 6.8 trillion.
    #[test]
    fn chinese_numerals_with_yi_and_wan() {
        assert_eq!(
            levels(&in_2023("一般公共预算教育支出六亿八千万元。")),
            [("education-expenditure", Some(680_000_000.0))]
        );
    }

    /// A later year than the report's makes a plan: the next year as a
    /// whole (`2024年学前三年毛入园率达到96%`), any year after it, a year
    /// aimed at (`着眼2025年`) or a rule from then (`从2024年秋季学期起`).
    /// A month or a term of its first half with no plan is no plan, and no
    /// level of the report's year either (`2024年1月，…达到96%`: it was read
    /// as the report's level, as `截至2024年1月` never was): it is unread,
    /// `other-period`.
    #[test]
    fn a_later_year_is_a_plan() {
        for text in [
            "2024年学前三年毛入园率达到96%。",
            "学前三年毛入园率2025年达到97%。",
            "着眼2025年，全县普惠性幼儿园覆盖率提高到90%。",
            "2026年全县学前三年毛入园率提高到97%。",
            "从2024年秋季学期起，小学生均公用经费提高至每生每年800元。",
            // A part of the next year no report on the year has seen: its
            // second half (each was read as a claim made now).
            "2024年9月，全县课后服务覆盖率达到100%。",
            "2024年秋季学期，全县课后服务覆盖率达到100%。",
            "2024年底，全县学前三年毛入园率达到96%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c).len(), 1, "{text}");
        }
        let c = in_2023("2024年秋季学期实现义务教育学校课后服务全覆盖。");
        assert!(c.claims.iter().all(|c| c.plan), "{:?}", c.claims);
        for text in [
            "2024年1月，全县学前三年毛入园率达到96%。",
            "2024年春季学期，全县课后服务覆盖率达到100%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        let text = "落实《教育发展规划（2021—2025年）》，全县学前三年毛入园率达到92%。";
        assert_eq!(levels(&in_2023(text)).len(), 1, "{text}");
    }

    /// Plan words county offices write (`力求`, `应为`, `“十四五”末`, `届时`)
    /// and `将` after the name (`A将突破55%`, `A年内将提升至92%`).
    #[test]
    fn more_words_of_plans() {
        for text in [
            "力求公办园在园幼儿占比达到55%。",
            "若新园如期投用，公办园在园幼儿占比将突破58%。",
            "普惠性幼儿园覆盖率年内将提升至92%。",
            "按照省定标准，义务教育教师平均工资收入应为11.5万元。",
            "“十四五”末，九年义务教育巩固率达到98%。",
            "普惠性幼儿园覆盖率可提高到92%。",
            "年初预算安排一般公共预算教育支出7.5亿元。",
            "2023年全县预算安排一般公共预算教育支出3.5亿元，比上年增长5%。",
            "全县一般公共预算教育支出预算安排3.8亿元。",
            // A rectification's task, what is possible, what waits on a
            // building, and `下步`.
            "整改任务：全县普惠性幼儿园覆盖率达到85%。",
            "年底前全县公办园在园幼儿占比可达52%。",
            "城东学校投入使用后，全县大班额比例将降至3%。",
            "下步，全县高中阶段毛入学率提高到92%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c).len(), 1, "{text}");
        }
        // A building up, and what followed it: no word waits on it (a
        // plan says `将`, `可`, `预计`: 3所初中建成后，将解决…).
        let c = in_2023("城东学校投入使用后，全县大班额比例降至3%。");
        assert_eq!(levels(&c), [("large-class-share", Some(3.0))]);
        assert_eq!(targets(&c), []);
        // A later year right after the name, then a word of reaching.
        let c = in_2023("全县公办园在园幼儿占比2025年达到55%。");
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c), [("preschool-public-share", Some(55.0))]);
        assert_eq!(c.targets[0].year, Some(2025));
        // The plan, then the report's year's level in the next clause.
        let c = in_2023("普惠性幼儿园覆盖率2024年达到90%，2023年为86.1%。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(86.1))]);
        assert_eq!(targets(&c), [("preschool-inclusive-coverage", Some(90.0))]);
        // A bound reached now is a level, not a requirement.
        for text in [
            "截至目前，全县大班额比例控制在5.8%。",
            "整改成效：全县大班额比例控制在5.8%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [("large-class-share", Some(5.8))], "{text}");
        }
        assert_eq!(levels(&in_2023("全县大班额比例控制在5%以内。")), []);
        // A plan's fall to a level is no change said in words.
        let c = in_2023("确保2024年底前全县大班额比例降至5%以内。");
        assert_eq!(reasons(&c), []);
        // `将近` is nearly.
        assert_eq!(
            levels(&in_2023("全县普惠性幼儿园覆盖率将近90%。")),
            [("preschool-inclusive-coverage", Some(90.0))]
        );
    }

    /// A standard set above the region (`省定标准`, `基准定额`) is a target;
    /// the region's own standard (`生均公用经费标准为800元`) its level.
    #[test]
    fn a_standard_set_above_is_a_target() {
        let c = in_2023(
            "小学生均公用经费的省定标准为720元。初中生均公用经费省定标准940元。初中生均公用经费基准定额为850元。",
        );
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c).len(), 3);
        assert_eq!(
            levels(&in_2023("全县生均公用经费标准为800元。")),
            [("per-student-public-funds", Some(800.0))]
        );
    }

    /// A self-evaluation form writes the standard beside the indicator and
    /// the value after it. The figure of a question (`是否达到50%`), of a
    /// comparison sign (`≥80%`, `≤5%`, `＜5%`) or after a label of a standard
    /// (`标准值`, `规定值`, `达标值`, `底线`, `【标准】`, `（标准）`, `标准：`,
    /// `评价要点：`, `评价标准：`, `指标要求：`) is the target; the value after it,
    /// labelled (`实际值`, `自评值`, `现状值`, `完成值`, `【自评】`), bare after a
    /// colon or in a cell, or answering the question (`自评情况：否，全县为…`,
    /// in the next sentence too), is the level, and fails or passes. (The
    /// standard was read as the level, and passed the rule it states; the
    /// value was lost.)
    #[test]
    fn a_forms_standard_is_the_target_and_the_value_after_it_the_level() {
        const PUBLIC: &str = "preschool-public-share";
        const INCLUSIVE: &str = "preschool-inclusive-coverage";
        const LARGE: &str = "large-class-share";
        const RETENTION: &str = "compulsory-retention";
        for (text, indicator, level, target) in [
            (
                "评价要点：公办园在园幼儿占比是否达到50%。自评情况：否，全县为46.8%。",
                PUBLIC,
                46.8,
                50.0,
            ),
            ("大班额比例≤5%：6.1%，未达标。", LARGE, 6.1, 5.0),
            (
                "普惠性幼儿园覆盖率：标准值80%，实际值77.9%。",
                INCLUSIVE,
                77.9,
                80.0,
            ),
            (
                "九年义务教育巩固率是否达到95%。自评情况：否，为94.2%。",
                RETENTION,
                94.2,
                95.0,
            ),
            (
                "普惠性幼儿园覆盖率≥80%：78.4%，未达标",
                INCLUSIVE,
                78.4,
                80.0,
            ),
            (
                "公办园在园幼儿占比国家标准50%，自评值47.3%",
                PUBLIC,
                47.3,
                50.0,
            ),
            // Met: the value passes.
            (
                "普惠性幼儿园覆盖率≥80%：86.5%，达标。",
                INCLUSIVE,
                86.5,
                80.0,
            ),
            ("大班额比例＜5%：4.1%", LARGE, 4.1, 5.0),
            (
                "公办园在园幼儿占比是否达到50%？是，全县为53.1%。",
                PUBLIC,
                53.1,
                50.0,
            ),
            (
                "九年义务教育巩固率底线95%，自评值96.3%。",
                RETENTION,
                96.3,
                95.0,
            ),
            (
                "九年义务教育巩固率：95%（标准），96.1%（自评）。",
                RETENTION,
                96.1,
                95.0,
            ),
            (
                "普惠性幼儿园覆盖率 标准：80%  自评值：82.3%",
                INCLUSIVE,
                82.3,
                80.0,
            ),
            // Other layouts.
            (
                "普惠性幼儿园覆盖率【标准】80%【自评】78.4%",
                INCLUSIVE,
                78.4,
                80.0,
            ),
            (
                "普惠性幼儿园覆盖率国家标准：80%；本县：78.4%。",
                INCLUSIVE,
                78.4,
                80.0,
            ),
            (
                "九年义务教育巩固率：规定值95%，现状值94.1%。",
                RETENTION,
                94.1,
                95.0,
            ),
            ("大班额比例：达标值5%以内，完成值6.3%。", LARGE, 6.3, 5.0),
            (
                "评价标准：普惠性幼儿园覆盖率达到80%。自评情况：否，全县为77.2%。",
                INCLUSIVE,
                77.2,
                80.0,
            ),
            (
                "指标要求：公办园在园幼儿占比达到50%；自评值：48.6%。",
                PUBLIC,
                48.6,
                50.0,
            ),
            (
                "九年义务教育巩固率是否达到95%：否，为94.2%。",
                RETENTION,
                94.2,
                95.0,
            ),
            (
                "普惠性幼儿园覆盖率是否达到85%：否，2023年为83.2%，较上年提高1.6个百分点。",
                INCLUSIVE,
                83.2,
                85.0,
            ),
            (
                "普惠性幼儿园覆盖率是否达到80%：□是 ☑否，全县为77.9%。",
                INCLUSIVE,
                77.9,
                80.0,
            ),
            (
                "公办园在园幼儿占比：标准：50%。自评值：44.7%。",
                PUBLIC,
                44.7,
                50.0,
            ),
            (
                "评价要点：公办园在园幼儿占比是否达到50%。\n自评情况：是，52.3%。",
                PUBLIC,
                52.3,
                50.0,
            ),
            (
                "| 普惠性幼儿园覆盖率 | ≥80% | 78.4% | 未达标 |",
                INCLUSIVE,
                78.4,
                80.0,
            ),
            // An item numbered, or labelled as 评估指标, with the value after
            // a label of it or the region's own name (50% and 80% were the
            // levels, and passed).
            (
                "指标3：公办园在园幼儿占比达到50%。自评情况：48.7%，未达标。",
                PUBLIC,
                48.7,
                50.0,
            ),
            (
                "评估指标：普惠性幼儿园覆盖率达到80%。自评结果：78.9%，基本达标。",
                INCLUSIVE,
                78.9,
                80.0,
            ),
            (
                "指标三：公办园在园幼儿占比达到50%。我县为48.7%，未达标。",
                PUBLIC,
                48.7,
                50.0,
            ),
            // The inspectors' check is asked so too.
            (
                "核查组重点核查了普惠性幼儿园覆盖率是否达到80%，全县为78.1%。",
                INCLUSIVE,
                78.1,
                80.0,
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [(indicator, Some(level))], "{text}");
            assert_eq!(targets(&c), [(indicator, Some(target))], "{text}");
        }
        // A sign is the standard's own bound.
        for (text, bound) in [
            ("普惠性幼儿园覆盖率≥80%：78.4%。", Qualifier::MoreThan),
            ("大班额比例≤5%：6.1%。", Qualifier::AtMost),
            ("大班额比例＜5%：4.1%。", Qualifier::AtMost),
        ] {
            let c = in_2023(text);
            let bounds: Vec<_> = c.targets.iter().map(|t| t.qualifier).collect();
            assert_eq!(bounds, [bound], "{text}");
        }
        // The change stated with the answer's value is its change.
        let c =
            in_2023("普惠性幼儿园覆盖率是否达到85%：否，2023年为83.2%，较上年提高1.6个百分点。");
        let points = c.indicators[0].change.as_ref().and_then(|c| c.value);
        assert_eq!(points, Some(1.6));
    }

    /// A form that states only the standard (`评价要点：A达到80%。自评情况：未达标。`,
    /// `指标：A达到95%。`, a question answered with no figure) states no level:
    /// the target alone, never a level equal to the standard (it passed the
    /// rule it states).
    #[test]
    fn a_forms_standard_alone_is_no_level() {
        for (text, indicator, target) in [
            (
                "评价要点：普惠性幼儿园覆盖率达到80%。自评情况：未达标。",
                "preschool-inclusive-coverage",
                80.0,
            ),
            (
                "指标：九年义务教育巩固率达到95%。",
                "compulsory-retention",
                95.0,
            ),
            (
                "【指标】九年义务教育巩固率达到95%。",
                "compulsory-retention",
                95.0,
            ),
            (
                "普惠性幼儿园覆盖率是否达到80%：是。",
                "preschool-inclusive-coverage",
                80.0,
            ),
            (
                "普惠性幼儿园覆盖率达到80%：□是 ☑否。",
                "preschool-inclusive-coverage",
                80.0,
            ),
            (
                "全县普惠性幼儿园覆盖率≥85%。",
                "preschool-inclusive-coverage",
                85.0,
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(targets(&c), [(indicator, Some(target))], "{text}");
        }
    }

    /// Running text beside a standard reads as before: the level reached,
    /// the standard after it a target; a whole label that names no standard
    /// (`主要指标：`), the region's own standard (`生均公用经费标准为800元`), a
    /// question after the level, a plan's clause after its figure
    /// (`90%以上的乡镇`: no value alone) and an arrow (`->`) change nothing.
    #[test]
    fn running_text_beside_a_standard_reads_as_before() {
        for (text, level, target) in [
            ("普惠性幼儿园覆盖率达到86%。", Some(86.0), None),
            (
                "普惠性幼儿园覆盖率为78.1%，距85%的目标还有差距。",
                Some(78.1),
                Some(85.0),
            ),
            ("主要指标：普惠性幼儿园覆盖率达到86%。", Some(86.0), None),
            (
                "全县普惠性幼儿园覆盖率为96.3%，是否达到95%：是。",
                Some(96.3),
                None,
            ),
            (
                "下一步，力争普惠性幼儿园覆盖率达到85%，90%以上的乡镇建成公办中心园。",
                None,
                Some(85.0),
            ),
            ("普惠性幼儿园覆盖率由83.6%->86.1%。", Some(86.1), None),
        ] {
            let c = in_2023(text);
            let indicator = "preschool-inclusive-coverage";
            let want = |v: Option<f64>| v.map(|v| (indicator, Some(v))).into_iter().collect();
            let (want_levels, want_targets): (Vec<_>, Vec<_>) = (want(level), want(target));
            assert_eq!(levels(&c), want_levels, "{text}");
            assert_eq!(targets(&c), want_targets, "{text}");
        }
        let c = in_2023("九年义务教育巩固率达到95.2%，高于95%的国家标准。");
        assert_eq!(levels(&c), [("compulsory-retention", Some(95.2))]);
        assert_eq!(targets(&c), [("compulsory-retention", Some(95.0))]);
        let c = in_2023("全县生均公用经费标准为800元。");
        assert_eq!(levels(&c), [("per-student-public-funds", Some(800.0))]);
    }

    /// `指标：九年义务教育巩固率评价要点：巩固率是否达到95%。自评情况：否，为94.2%。`:
    /// the heading's name and the question's reach the same value; it is
    /// one level, judged once (it failed twice).
    #[test]
    fn a_value_reached_by_two_names_of_a_form_is_one_level() {
        let c =
            in_2023("指标：九年义务教育巩固率评价要点：巩固率是否达到95%。自评情况：否，为94.2%。");
        assert_eq!(levels(&c), [("compulsory-retention", Some(94.2))]);
    }

    /// A self-evaluated value is the region's: a form's `自评值` column (it
    /// was said ambiguous beside the standard's), and a bound said reached
    /// by the self-evaluation (`经自评，…控制在5%以内`: no requirement).
    #[test]
    fn a_self_evaluated_value_is_the_level() {
        let c = in_2023(
            "| 指标 | 标准 | 自评值 | 结论 |\n|---|---|---|---|\n| 普惠性幼儿园覆盖率 | ≥80% | 78.4% | 未达标 |",
        );
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(78.4))]);
        assert_eq!(targets(&c), [("preschool-inclusive-coverage", Some(80.0))]);
        let c = in_2023("经自评，全县大班额比例控制在5%以内。");
        let read: Vec<_> = c
            .indicators
            .iter()
            .map(|v| (v.value, v.qualifier))
            .collect();
        assert_eq!(read, [(Some(5.0), Qualifier::AtMost)]);
        assert_eq!(targets(&c), []);
    }

    /// A gap to another place or to a plan is no growth over the year
    /// before: `比邻县白石县少0.8亿元` was a decline, and failed 只增不减.
    #[test]
    fn a_comparison_with_a_place_or_a_plan_is_no_change() {
        for text in [
            "普惠性幼儿园覆盖率达到92.6%，比白石县高出5.1个百分点。",
            "一般公共预算教育支出6.1亿元，比邻县白石县少0.8亿元。",
            "一般公共预算教育支出6.1亿元，较城区学校低0.8亿元。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c).len(), 1, "{text}");
            assert_eq!(c.indicators[0].change, None, "{text}");
        }
        // After a gap to the plan, the change against the year before.
        let c = in_2023("一般公共预算教育支出7.1亿元，比计划增加0.3亿元，比上年减少0.2亿元。");
        let change = c.indicators[0].change.as_ref().and_then(|c| c.value);
        assert_eq!(change, Some(-20_000_000.0));
    }

    /// Falls written as `下滑`, `下浮`, `增长率为-1.5%`, and `但比上年低…` after
    /// a comparison with the province.
    #[test]
    fn more_words_of_a_fall() {
        for (text, percent, points) in [
            (
                "一般公共预算教育支出6.8亿元，比上年下滑2.1%。",
                Some(-2.1),
                None,
            ),
            (
                "一般公共预算教育支出6.8亿元，同比下浮2%。",
                Some(-2.0),
                None,
            ),
            (
                "生均一般公共预算教育支出13500元，增长率为-1.5%。",
                Some(-1.5),
                None,
            ),
            (
                "教育支出占财政支出比重为16.8%，比全省高1个百分点，但比上年低1.2个百分点。",
                None,
                Some(-1.2),
            ),
        ] {
            let c = in_2023(text);
            let change = c.indicators.first().and_then(|i| i.change.as_ref());
            assert_eq!(change.and_then(|c| c.percent), percent, "{text}");
            assert_eq!(change.and_then(|c| c.value), points, "{text}");
        }
        // `偏低` judges a level; it states no change.
        let c = in_2023("学前三年毛入园率偏低。");
        assert_eq!(reasons(&c), [UnreadMentionReason::NoFigure]);
    }

    /// The state before a rectification is another period; the figure
    /// after it is the level. The state before is no base of a change
    /// against the year before (the inspectors' visit is not the year
    /// before's figure: a fall from it failed 只增不减), so no change is
    /// derived from it.
    #[test]
    fn the_state_before_a_rectification() {
        let c = in_2023("整改前，全县公办园在园幼儿占比为42.3%；整改后，已达到50.6%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(50.6))]);
        assert!(c.indicators[0].change.is_none());
        for text in [
            "反馈意见指出，全县学前三年毛入园率仅为76.2%。",
            "督导组指出我县一般公共预算教育支出比上年下降2.1%。",
            // The evaluation's report quoted in the answer to it.
            "评价报告指出，全县一般公共预算教育支出比上年下降1.9%。",
            "督导评价中发现，全县一般公共预算教育支出比上年下降1.9%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        // The problem found, or an earlier year, runs on after a semicolon
        // to a change alone (the 186 failed 只增不减 in the year of the
        // remedy).
        for text in [
            "反馈意见指出：2022年全县一般公共预算教育支出比上年下降1.9%；生均一般公共预算教育支出比上年减少186元。",
            "2022年，全县一般公共预算教育支出9.62亿元；生均一般公共预算教育支出比上年减少186元。",
        ] {
            let c = in_2023(text);
            assert!(
                c.indicators.iter().all(|v| v.change.is_none()),
                "{text}: {:?}",
                c.indicators
            );
            assert_eq!(
                reasons(&c),
                [
                    UnreadMentionReason::OtherPeriod,
                    UnreadMentionReason::OtherPeriod
                ],
                "{text}"
            );
        }
    }

    /// A problem the inspectors found, quoted or named with `问题` after its
    /// figure (`反馈的“大班额比例偏高（6.3%）”问题已整改`, `原反馈“…下降2.6%”`,
    /// `针对反馈指出的A仅为44.6%的问题`): the state before the remedy. Each was
    /// the level or the change, and failed its rule. What the work reached,
    /// said after it, is the level (`，大班额比例降至2.1%`, `，经核查，…增长4.1%`).
    #[test]
    fn a_problem_quoted_from_the_feedback() {
        let c = in_2023("反馈的“大班额比例偏高（6.3%）”问题已整改，大班额比例降至2.1%。");
        assert_eq!(levels(&c), [("large-class-share", Some(2.1))]);
        assert!(reasons(&c).contains(&UnreadMentionReason::OtherPeriod));
        let c = in_2023(
            "原反馈“一般公共预算教育支出下降2.6%”，经核查，一般公共预算教育支出12.8亿元，增长4.1%。",
        );
        let changes: Vec<Option<f64>> = c
            .indicators
            .iter()
            .map(|v| v.change.as_ref().and_then(|c| c.percent))
            .collect();
        assert_eq!(changes, [Some(4.1)]);
        for text in [
            "原反馈一般公共预算教育支出下降2.6%的问题已整改到位。",
            "针对反馈指出的公办园在园幼儿占比仅为44.6%的问题，新建公办园3所。",
            "全县大班额比例达8.2%的问题已整改到位。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        // A problem named with no feedback and no remedy is the problem now.
        let c = in_2023("着力解决大班额比例达8.2%等问题。");
        assert_eq!(levels(&c), [("large-class-share", Some(8.2))]);
    }

    /// A short clause of words before the year that dates the rest
    /// (`民办园占比较高，2021年，全县A为31.5%`, `县城学校学位紧张，2022年底全县A为7.4%`
    /// in a later year's report): that year's figures, not the report's
    /// (each failed its rule as the level).
    #[test]
    fn an_earlier_year_after_a_clause_of_words() {
        for text in [
            "民办园占比较高，2021年，全县公办园在园幼儿占比为31.5%，普惠性幼儿园覆盖率为76.0%。",
            "县城学校学位紧张，2022年底全县大班额比例为7.4%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert!(
                reasons(&c)
                    .iter()
                    .all(|r| *r == UnreadMentionReason::OtherPeriod),
                "{text}"
            );
        }
        // The report's year, or a clause with a figure of its own, dates nothing earlier.
        let c = in_2023("学位紧张，2023年全县大班额比例为7.4%。");
        assert_eq!(levels(&c), [("large-class-share", Some(7.4))]);
    }

    /// After an earlier year's figure, a clause of now (`，现已降至6.3%`,
    /// `，目前为6.3%`) states the level; after a change said in words, the
    /// report's year may open the clause of the level (`稳步提高，2023年达到
    /// 46.1%`). Both levels were lost (the first said `other-period`, the
    /// second `unsized-change`), and each failed its rule unseen.
    #[test]
    fn the_level_now_after_an_earlier_year_or_a_worded_change() {
        for text in [
            "2021年全县大班额比例为9.6%，现已降至6.3%。",
            "全县大班额比例2021年为9.6%，目前为6.3%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [("large-class-share", Some(6.3))], "{text}");
            let base = c.indicators[0]
                .change
                .as_ref()
                .and_then(|c| c.base.as_ref());
            assert_eq!(base.map(|b| b.year), Some(Some(2021)), "{text}");
        }
        for text in [
            "全县公办园在园幼儿占比稳步提高，2023年达到46.1%。",
            "自2021年起，全县公办园在园幼儿占比逐年提高，2023年达到46.1%。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                levels(&c),
                [("preschool-public-share", Some(46.1))],
                "{text}"
            );
        }
        // A later year's is no level now.
        let c = in_2023("全县公办园在园幼儿占比稳步提高，2025年达到56.1%。");
        assert_eq!(levels(&c), []);
    }

    /// The distance to a target, with its size (`距60%的目标还差3.2个百分点`):
    /// the level is the target less it, and the target is exact (60% was
    /// read as the level, at most, and failed a 50% target the county met).
    /// Without a size, the level is below the figure, as before.
    #[test]
    fn a_distance_to_a_target_with_its_size() {
        let read = |c: &Case| {
            let of = |v: &dutycheck_model::IndicatorValue| (v.value, v.qualifier);
            (
                c.indicators.iter().map(of).collect::<Vec<_>>(),
                c.targets.iter().map(of).collect::<Vec<_>>(),
            )
        };
        let exact = Qualifier::Exact;
        for (text, level, target) in [
            ("公办园在园幼儿占比距60%的目标还差3.2个百分点。", 56.8, 60.0),
            (
                "普惠性幼儿园覆盖率离90%的目标尚有2.6个百分点的差距。",
                87.4,
                90.0,
            ),
            (
                "九年义务教育巩固率距省定98%的目标仍差1.1个百分点。",
                96.9,
                98.0,
            ),
            ("公办园在园幼儿占比距60%的目标还差10个百分点。", 50.0, 60.0),
            // The verb of reaching it, before the figure (`距离达到80%`:
            // 80% was read as the level, and passed).
            (
                "公办园在园幼儿占比距达到50%的目标还差1.4个百分点。",
                48.6,
                50.0,
            ),
            // Over a bound (`还高出`): the level is the bound and more (5%
            // was read as the level, and passed).
            ("大班额比例距5%的控制目标还高出1.2个百分点。", 6.2, 5.0),
            // The standard named before its figure (`国家要求的`: only the
            // target was read, and the level lost).
            (
                "公办园在园幼儿占比距离国家要求的50%尚有1.4个百分点差距。",
                48.6,
                50.0,
            ),
            // A standard set by a level is no group (`的市定目标`: it was a
            // part's, as `的乡镇` is).
            (
                "九年义务教育巩固率距98%的市定目标还差0.4个百分点。",
                97.6,
                98.0,
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(
                read(&c),
                (vec![(Some(level), exact)], vec![(Some(target), exact)]),
                "{text}"
            );
        }
        let c = in_2023("普惠性幼儿园覆盖率距离达到80%还差1.5个百分点。");
        assert_eq!(read(&c), (vec![(Some(78.5), exact)], vec![]));
        let c = in_2023("普惠性幼儿园覆盖率距85%的国家目标还有差距。");
        assert_eq!(read(&c).0, [(Some(85.0), Qualifier::AtMost)]);
        // A gap in percent of a percent is no distance in points.
        let c = in_2023("普惠性幼儿园覆盖率距85%的目标还差2%。");
        assert_eq!(read(&c).0, [(Some(85.0), Qualifier::AtMost)]);
    }

    /// A change in words after a level, in a clause of concession (`虽较上年
    /// 略减，但…`): the change is said, unread for its size (it was dropped
    /// with no word, and the section passed).
    #[test]
    fn a_change_conceded_after_a_level() {
        let c = in_2023("全县一般公共预算教育支出9.65亿元，虽较上年略减，但仍高于全市平均水平。");
        assert_eq!(levels(&c), [("education-expenditure", Some(965_000_000.0))]);
        assert_eq!(
            c.unread
                .iter()
                .map(|u| (u.reason, u.direction))
                .collect::<Vec<_>>(),
            [(
                UnreadMentionReason::UnsizedChange,
                Some(dutycheck_model::Direction::Down)
            )]
        );
    }

    /// How a figure went over the years, in words (`逐年增长`, `持续增长`,
    /// `总体平稳`, `保持高位`), then the year's level and its change: the
    /// change is the year's, and the words are none (the fall was lost
    /// behind a rise in words, and 只增不减 passed; after words of no change
    /// the level and the fall were both lost).
    #[test]
    fn a_trend_in_words_then_the_years_figures() {
        let change = |c: &Case| {
            c.indicators
                .iter()
                .map(|v| (v.value, v.change.as_ref().and_then(|c| c.percent)))
                .collect::<Vec<_>>()
        };
        for text in [
            "一般公共预算教育支出逐年增长，2023年为11.85亿元，比上年下降1.7%。",
            "一般公共预算教育支出总体平稳，2023年为11.85亿元，比上年下降1.7%。",
            "“十三五”以来全县一般公共预算教育支出持续增长，2023年受土地出让收入减少影响为11.85亿元，比上年下降1.7%。",
        ] {
            let c = in_2023(text);
            assert_eq!(change(&c), [(Some(1_185_000_000.0), Some(-1.7))], "{text}");
            assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
        }
        let c = in_2023("全县公办园在园幼儿占比保持高位，2023年达到58.6%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(58.6))]);
        // Another year's, or a clause with no year, is no level of the year.
        for text in [
            "全县普惠性幼儿园覆盖率总体平稳，2022年为86.1%。",
            "全县普惠性幼儿园覆盖率总体平稳，新建幼儿园为3所，在园幼儿为86.1%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
        }
    }

    /// A typical case's state before its work: after a word of the time
    /// before it (`实施前，`, `改革前，`, `项目启动前，`, `改革之初，`, `此前，`), a
    /// background label (`【背景】`, `【案例背景】`, `背景：`), or a problem's
    /// label in a case that reports results (`问题：…。成效：…`). Each was the
    /// level, and failed its rule; the level is the one stated after it
    /// (`；改革后，提高到97.2%`, `，如今达到55.2%`), or none.
    #[test]
    fn the_state_before_a_cases_work() {
        for (text, level) in [
            (
                "改革前，全县九年义务教育巩固率为93.1%；改革后，提高到97.2%。",
                97.2,
            ),
            (
                "改革之初，全县公办园在园幼儿占比为36.4%，如今达到55.2%。",
                55.2,
            ),
            (
                "项目启动前，全县公办园在园幼儿占比为36.4%，目前已达到55.2%。",
                55.2,
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c).len(), 1, "{text}");
            assert_eq!(levels(&c)[0].1, Some(level), "{text}");
            assert!(c.indicators[0].change.is_none(), "{text}");
        }
        for text in [
            "实施前，全县大班额比例为7.4%。",
            "此前，全县公办园在园幼儿占比为36.4%。",
            "【背景】全县公办园在园幼儿占比仅为36.4%。",
            "【案例背景】全县公办园在园幼儿占比仅为36.4%。",
            "背景：全县公办园在园幼儿占比仅为36.4%。",
            "工作背景：全县公办园在园幼儿占比仅为36.4%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        let c = in_2023(
            "问题：全县公办园在园幼儿占比仅为36.4%。成效：全县公办园在园幼儿占比达到55.2%。",
        );
        assert_eq!(levels(&c), [("preschool-public-share", Some(55.2))]);
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
        // A deadline, and the background of other words, are no state before.
        let c = in_2023("在此背景下，全县公办园在园幼儿占比达到55.2%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(55.2))]);
        let c = in_2023("2025年之前，全县公办园在园幼儿占比达到55.2%。");
        assert_eq!(c.targets.len(), 1);
    }

    /// `A去年为86.2%，今年为89.5%`: last year's figure is the base.
    #[test]
    fn last_year_named_after_the_name() {
        let c = in_2023("普惠性幼儿园覆盖率去年为86.2%，今年为89.5%。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(89.5))]);
        let base = c.indicators[0]
            .change
            .as_ref()
            .and_then(|c| c.base.as_ref());
        assert_eq!(base.map(|b| (b.value, b.year)), Some((86.2, Some(2022))));
        // With no figure of this year after it, last year's stays unread.
        for text in [
            "普惠性幼儿园覆盖率上年为86.2%，今年再提高2个百分点。",
            "普惠性幼儿园覆盖率2022年为86.2%，2023年进一步提高。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        let c = in_2023("学前三年毛入园率自82%提高到93%。");
        assert_eq!(levels(&c), [("preschool-gross-enrollment", Some(93.0))]);
    }

    /// Figures over several regions: the share of counties a name sorts
    /// (`A下降的县占比为15.4%`, `A未达标的县占23.1%`), a floor or a spread over
    /// counted or each of the regions (`全市13个县（区）A均达到80%以上`, `各县（区）A在
    /// 94.2%至99.1%之间`). Each was the region's own level or change (a fall of
    /// 15.4%, a rate of 80%), and failed its rule.
    #[test]
    fn figures_over_several_regions_are_parts() {
        for text in [
            "一般公共预算教育支出下降的县占比为15.4%。",
            "公办园在园幼儿占比未达标的县占23.1%。",
            "普惠性幼儿园覆盖率提高的县（市、区）占比达69.2%。",
            "全市13个县（区）普惠性幼儿园覆盖率均达到80%以上。",
            "各县（区）九年义务教育巩固率在94.2%至99.1%之间。",
            "各乡镇普惠性幼儿园覆盖率均达到85%以上。",
        ] {
            let c = in_region(text, "白河市");
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::Part], "{text}");
        }
        // The region's own, with schools counted or a leader named.
        for text in [
            "全市56所学校课后服务覆盖率达到100%。",
            "普惠性幼儿园覆盖率达到88.6%，高于全省平均的县级水平。",
        ] {
            let c = in_region(text, "白河市");
            assert_eq!(levels(&c).len(), 1, "{text}");
        }
    }

    /// `，当地公务员…` continues the clause before it: after a county's
    /// teachers (`其中，桐溪县…教师…12.0万元，当地公务员…12.3万元`) the civil
    /// servants are that county's too (they were the city's, and parity
    /// failed), and after an earlier year they are that year's. A case titled
    /// with another region (`云岗区：“一园一策”扩充普惠资源` over its paragraph)
    /// is about it: its figures were the city's.
    #[test]
    fn the_same_place_and_a_case_titled_with_another_region() {
        let c = in_region(
            "全市义务教育教师平均工资收入11.8万元。其中，桐溪县义务教育教师平均工资收入12.0万元，当地公务员平均工资收入12.3万元。",
            "鹤川市",
        );
        assert_eq!(levels(&c), [("teacher-average-salary", Some(118_000.0))]);
        assert_eq!(
            reasons(&c),
            [UnreadMentionReason::Part, UnreadMentionReason::Part]
        );
        let c =
            in_2023("2022年全县义务教育教师平均工资收入11.8万元，当地公务员平均工资收入11.5万元。");
        assert_eq!(levels(&c), []);
        let c = in_2023("全县义务教育教师平均工资收入11.8万元，当地公务员平均工资收入11.5万元。");
        assert_eq!(levels(&c).len(), 2);
        let c = in_region(
            "云岗区：“一园一策”扩充普惠资源\n区普惠性幼儿园覆盖率为78.9%，公办园在园幼儿占比为46.3%。",
            "鹤川市",
        );
        assert_eq!(levels(&c), []);
        assert_eq!(
            reasons(&c),
            [UnreadMentionReason::Part, UnreadMentionReason::Part]
        );
        // The city's own title, or none.
        let c = in_region(
            "鹤川市：“一园一策”扩充普惠资源\n全市普惠性幼儿园覆盖率为88.9%。",
            "鹤川市",
        );
        assert_eq!(levels(&c).len(), 1);
    }

    /// A gap alias (`课后服务…比例`) whose gap names the people who take part
    /// (`参加课后服务的学生比例`, `课后服务教师参与比例`) is no mention: the share
    /// is of pupils or teachers, not of schools, and it failed the coverage
    /// rule. The schools' share is still the coverage.
    #[test]
    fn a_gap_alias_does_not_name_a_share_of_participants() {
        for text in [
            "参加课后服务的学生比例为85%。",
            "课后服务教师参与比例为78%。",
            // The people named before the head (it failed the coverage).
            "抽样调查显示，学生参加课后服务的比例为78.5%。",
            "学生自愿参与课后服务比例达到86.2%。",
            // Another measure of the service in the gap (each failed the
            // coverage, and contradicted the claim beside it).
            "课后服务中开设体育艺术类课程的学校比例为65%。",
            "课后服务收费学校比例为30%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
        }
        let c = in_2023("开展课后服务的学校比例达到100%。");
        assert_eq!(levels(&c), [("after-school-service-coverage", Some(100.0))]);
    }

    /// A subgroup's figure is a part: rural schools, the county's own
    /// schools, a group of pupils, private kindergartens, new teachers, some
    /// schools, the county at an end, regions counted after `等`.
    #[test]
    fn a_subgroup_is_a_part() {
        for text in [
            "农村学校课后服务覆盖率为91.5%。",
            // The towns' seats, the city's fringe.
            "镇区九年义务教育巩固率为93.5%。",
            "城乡结合部学校大班额比例为7.2%。",
            "2023年新招聘教师中本科以上学历比例为65%。",
            "脱贫家庭学生义务教育巩固率达到100%。",
            "民办幼儿园普惠率为80%。",
            "县直学校义务教育教师平均工资收入12.1万元。",
            "县属学校大班额比例为8.1%。",
            "市直学校大班额比例为8.1%。",
            "市属学校课后服务覆盖率为92%。",
            "区直学校课后服务覆盖率为92%。",
            "县直属学校大班额比例为8.1%。",
            "女童九年义务教育巩固率为98.9%。",
            "示范园普惠性幼儿园覆盖率达到100%。",
            // Rural primary schools, some schools only, the lowest county,
            // and a list closed by a count.
            "全县农村小学生均公用经费为700元。",
            "部分学校大班额比例仍达8.2%。",
            "少数学校课后服务覆盖率不高，仅为85%。",
            "最低的县普惠性幼儿园覆盖率为76.2%。",
            "历城、章丘等4区一般公共预算教育支出增长10.2%。",
            "全县学前一年毛入园率达到99.2%。",
            // A township's central schools, a subdistrict.
            "乡镇中心校课后服务覆盖率为100%。",
            "全县乡镇中心小学大班额比例为3.2%。",
            "东城街道公办园在园幼儿占比为30%。",
            // Teachers of kindergartens, of the countryside, outside the
            // establishment: not the compulsory-education teachers.
            "幼儿园教师平均工资为6.2万元。",
            "乡村教师平均工资为10.1万元。",
            "公办园非在编教师平均工资为4.1万元。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::Part], "{text}");
        }
    }

    /// Another region between the name and its figure: its figure, not
    /// the county's. `全市为86.4%，我县为76.5%` was read as 86.4, and the
    /// county's 76.5 was lost; `相当于全省平均水平的86%` was read as 86.
    #[test]
    fn another_region_between_the_name_and_its_figure() {
        let c = in_region(
            "普惠性幼儿园覆盖率全市为86.4%，我县为76.5%，差距明显。",
            "青溪县",
        );
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(76.5))]);
        // Set against a neighbour's (`而我县`: it was the neighbour's part).
        for text in [
            "白石县公办园在园幼儿占比为61%，而我县为47.8%。",
            "白石县公办园在园幼儿占比为61%，反观我县仅为47.8%。",
        ] {
            let c = in_region(text, "青溪县");
            assert_eq!(
                levels(&c),
                [("preschool-public-share", Some(47.8))],
                "{text}"
            );
        }
        // So is the own change after the neighbour's (the fall was lost).
        for (text, id) in [
            (
                "东山县一般公共预算教育支出比上年增长8.6%，而我县比上年下降2.1%。",
                "education-expenditure",
            ),
            (
                "邻县白石县生均一般公共预算教育支出同比增长5.2%，青溪县同比减少2.1%。",
                "per-student-expenditure",
            ),
        ] {
            let c = in_region(text, "青溪县");
            let changes: Vec<_> = c
                .indicators
                .iter()
                .map(|v| {
                    (
                        v.indicator.as_str(),
                        v.change.as_ref().and_then(|c| c.percent),
                    )
                })
                .collect();
            assert_eq!(changes, [(id, Some(-2.1))], "{text}");
        }
        for text in [
            "该县普惠性幼儿园覆盖率仅相当于全省平均水平的86%。",
            "普惠性幼儿园覆盖率全省为90.3%。",
        ] {
            let c = in_region(text, "青溪县");
            assert_eq!(levels(&c), [], "{text}");
        }
        // A clause that ranks or compares with no figure, then the level.
        for (text, expected) in [
            ("普惠性幼儿园覆盖率低于全省平均水平，为76.3%。", 76.3),
            ("学前三年毛入园率在全市排名第2，达到93.6%。", 93.6),
            // A rank with figures of its own, or said as the lowest.
            ("公办园在园幼儿占比在全省8个市中排名末位，为46.2%。", 46.2),
            ("普惠性幼儿园覆盖率居全省第8位，为78.5%。", 78.5),
            ("学前三年毛入园率为全省最低，仅82.3%。", 82.3),
        ] {
            let c = in_region(text, "青溪县");
            assert_eq!(
                c.indicators.first().and_then(|i| i.value),
                Some(expected),
                "{text}"
            );
        }
        // The city's county of the same stem is a part, and so is a stage
        // after `其中` with no comma.
        let c = in_region("其中，长沙县普惠性幼儿园覆盖率为78.9%。", "长沙市");
        assert_eq!(levels(&c), [], "长沙县 in 长沙市");
        let c = in_region("全县大班额比例为3.2%，其中初中大班额比例为6.8%。", "白河县");
        assert_eq!(levels(&c), [("large-class-share", Some(3.2))]);
        // The nation's figure, before the name or between it and the figure.
        let c = in_region("全国学前三年毛入园率为91.1%，该县为82.5%。", "白河县");
        assert_eq!(levels(&c), [("preschool-gross-enrollment", Some(82.5))]);
        let c = in_region("学前三年毛入园率全国平均为91.1%，全县为82.5%。", "白河县");
        assert_eq!(levels(&c), [("preschool-gross-enrollment", Some(82.5))]);
        let c = in_region("我国普惠性幼儿园覆盖率为89.6%。", "白河县");
        assert_eq!(levels(&c), []);
        // A standard, then the region's own figure.
        let c = in_region(
            "普惠性幼儿园覆盖率国家目标为80%，我县为78.6%。大班额比例国家要求控制在5%以内，我县为6.2%。",
            "南屏县",
        );
        assert_eq!(
            levels(&c),
            [
                ("preschool-inclusive-coverage", Some(78.6)),
                ("large-class-share", Some(6.2))
            ]
        );
        // After a plan, the region's plan is a plan too.
        let c = in_region("力争普惠性幼儿园覆盖率达到90%，全县将达到95%。", "南屏县");
        assert_eq!(levels(&c), []);
        // The county's own civil servants are the comparator, not a part.
        let c = in_region(
            "义务教育教师年人均工资收入9.86万元，县直公务员年人均工资收入10.12万元。",
            "南屏县",
        );
        assert_eq!(levels(&c).len(), 2);
        // A gap to the civil servants' pay is no change of the year.
        let c = in_region(
            "义务教育教师年平均工资收入10.2万元，比当地公务员低0.4万元。",
            "南屏县",
        );
        assert_eq!(c.indicators[0].change, None);
        // The urban area, then the countryside: both parts.
        for text in [
            "城区课后服务覆盖率100%，农村学校为87%。",
            "县城公办园在园幼儿占比61.0%，乡镇38.5%。",
        ] {
            let c = in_region(text, "白沙县");
            assert_eq!(levels(&c), [], "{text}");
        }
        // Groups of schools are parts.
        for text in [
            "寄宿制学校课后服务覆盖率为88%。",
            "首批试点学校课后服务覆盖率达到80%。",
            "集团内乡村成员校义务教育巩固率由91.1%提高到94.2%。",
        ] {
            let c = in_region(text, "白沙县");
            assert_eq!(levels(&c), [], "{text}");
        }
        // The inspectors address the county they evaluate as `你县`, `贵县`.
        let c = in_region(
            "你县普惠性幼儿园覆盖率为76.4%，比上年下降1.1个百分点。",
            "白沙县",
        );
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(76.4))]);
        let c = in_region("普惠性幼儿园覆盖率全市为86.4%，贵县为76.4%。", "白沙县");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(76.4))]);
        // `国家` names no region.
        let c = in_region("普惠性幼儿园覆盖率为82.5%，超过国家标准。", "白河县");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(82.5))]);
        // The city's own `全市` in a city's report is its level.
        let c = in_region("普惠性幼儿园覆盖率全市为86.4%。", "枫林市");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(86.4))]);
    }

    /// Changes that were lost, so a fall passed `只增不减` unseen: a short
    /// word before a verb of spending, a base in brackets, a comparison with
    /// no figure before the change, and `上升为` in a from→to.
    #[test]
    fn changes_said_the_way_county_offices_write_them() {
        let change = |text: &str| {
            let c = in_2023(text);
            c.indicators
                .first()
                .and_then(|i| i.change.as_ref())
                .and_then(|c| c.value)
        };
        for (text, expected) in [
            (
                "一般公共预算教育支出9.12亿元，较上年少支出2300万元。",
                -23_000_000.0,
            ),
            (
                "一般公共预算教育支出9.12亿元，较上年多投入4200万元。",
                42_000_000.0,
            ),
            (
                "一般公共预算教育支出9.12亿元，较上年（6.3亿元）减少0.2亿元。",
                -20_000_000.0,
            ),
            (
                "一般公共预算教育支出9.12亿元，低于全市平均水平，较上年减少0.2亿元。",
                -20_000_000.0,
            ),
            // A rank before the change, a comparable basis, the level in
            // brackets (each change was lost, and the fall unseen).
            (
                "一般公共预算教育支出9.12亿元，居全市第3位，较上年减少0.2亿元。",
                -20_000_000.0,
            ),
            (
                "一般公共预算教育支出9.12亿元，按可比口径较上年减少0.2亿元。",
                -20_000_000.0,
            ),
            (
                "一般公共预算教育支出（9.12亿元）较上年减少0.2亿元。",
                -20_000_000.0,
            ),
            // A bare 万 or 亿 with no 元, in the change of an amount.
            (
                "一般公共预算教育支出3.2亿元，比上年减少800万。",
                -8_000_000.0,
            ),
            ("一般公共预算教育支出3.2亿元，同比增加0.3亿。", 30_000_000.0),
            // The finance bureau's words, and a verb of one character.
            (
                "一般公共预算教育支出5.86亿元，同比减支800万元。",
                -8_000_000.0,
            ),
            (
                "一般公共预算教育支出5.86亿元，比上年下调800万元。",
                -8_000_000.0,
            ),
            (
                "一般公共预算教育支出5.86亿元，同比降800万元。",
                -8_000_000.0,
            ),
        ] {
            assert_eq!(change(text), Some(expected), "{text}");
            let c = in_2023(text);
            let unit = c.indicators[0].change.as_ref().and_then(|c| c.unit.clone());
            assert_eq!(unit.as_deref(), Some("元"), "{text}");
        }
        // `全年累计` sums the year itself, not a span of years.
        let c = in_2023("全年累计完成一般公共预算教育支出4.1亿元，比上年下降2.1%。");
        assert_eq!(levels(&c), [("education-expenditure", Some(410_000_000.0))]);
        assert_eq!(
            c.indicators[0].change.as_ref().and_then(|c| c.percent),
            Some(-2.1)
        );
        let c = in_2023("近三年累计完成一般公共预算教育支出4.1亿元。");
        assert_eq!(levels(&c), []);
        // A change alone, in a sentence an earlier year opens, is that
        // year's; the report's year's change may follow.
        let c = in_2023("2022年生均一般公共预算教育支出比上年增长3.4%，2023年比上年下降2.1%。");
        assert_eq!(
            c.indicators
                .iter()
                .filter_map(|i| i.change.as_ref()?.percent)
                .collect::<Vec<_>>(),
            [-2.1]
        );
        // The earlier year written right after the name dates the change
        // as surely (the earlier fall failed 只增不减, and the year's rise
        // was lost); the report's year there is the year's.
        for text in [
            "生均一般公共预算教育支出2022年比上年减少186元，2023年比上年增加420元。",
            "生均一般公共预算教育支出在2022年比上年减少186元，2023年比上年增加420元。",
        ] {
            let c = in_2023(text);
            let changes: Vec<f64> = c
                .indicators
                .iter()
                .filter_map(|i| i.change.as_ref()?.value)
                .collect();
            assert_eq!(changes, [420.0], "{text}: {:?}", c.indicators);
        }
        let c = in_2023("全县一般公共预算教育支出2022年比上年下降1.9%。");
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
        let c = in_2023("全县一般公共预算教育支出2023年比上年下降1.9%。");
        assert_eq!(
            c.indicators
                .iter()
                .filter_map(|i| i.change.as_ref()?.percent)
                .collect::<Vec<_>>(),
            [-1.9]
        );
        let c = in_2023(
            "2022年一般公共预算教育支出下降2.1%，2023年一般公共预算教育支出4.35亿元，增长3.4%。",
        );
        assert_eq!(levels(&c), [("education-expenditure", Some(435_000_000.0))]);
        assert_eq!(
            c.indicators
                .iter()
                .filter_map(|i| i.change.as_ref()?.percent)
                .collect::<Vec<_>>(),
            [3.4]
        );
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
        let c = in_2023(
            "2022年生均一般公共预算教育支出比上年增长3.4%，2023年一般公共预算教育支出比上年下降2.1%。",
        );
        assert_eq!(
            c.indicators
                .iter()
                .filter_map(|i| i.change.as_ref()?.percent)
                .collect::<Vec<_>>(),
            [-2.1]
        );
        assert_eq!(c.indicators[0].indicator, "education-expenditure");
        // A change against the state before a rectification is no growth.
        for text in [
            "一般公共预算教育支出5.86亿元，较整改前增加0.3亿元。",
            "一般公共预算教育支出5.86亿元，比督导检查时增加0.3亿元。",
        ] {
            assert_eq!(change(text), None, "{text}");
        }
        // A need is no change: `亟需增加`, `有待提高`.
        for text in [
            "一般公共预算教育支出亟需增加。",
            "按在校学生人数平均的一般公共预算教育支出有待提高。",
        ] {
            let c = in_2023(text);
            assert!(
                !reasons(&c).contains(&UnreadMentionReason::UnsizedChange),
                "{text}: {:?}",
                reasons(&c)
            );
        }
        // A count in a count's change keeps its own unit, and a count with
        // a measure word is no amount.
        assert_eq!(
            change("一般公共预算教育支出3.2亿元，比上年减少800万人次。"),
            None
        );
        // A gap to another base between the change and the level: the
        // level was lost.
        let c = in_2023(
            "全县义务教育巩固率较上年下降0.3个百分点，较全省平均水平低0.9个百分点，仅为94.1%。",
        );
        assert_eq!(levels(&c), [("compulsory-retention", Some(94.1))]);
        assert_eq!(
            c.indicators[0].change.as_ref().and_then(|c| c.value),
            Some(-0.3)
        );
        // The year before's level as the base, the change in words.
        for (text, expected) in [
            (
                "一般公共预算教育支出6.1亿元，比上年6.3亿元有所减少。",
                -20_000_000.0,
            ),
            ("九年义务教育巩固率为94.8%，较上年度的96.1%有所下降。", -1.3),
        ] {
            let c = in_2023(text);
            let value = c.indicators[0].change.as_ref().and_then(|c| c.value);
            assert!(
                value.is_some_and(|v| (v - expected).abs() < 1e-6),
                "{text}: {value:?}"
            );
        }
        let c = in_2023("全县大班额比例由上年的3.7%上升为6.5%。");
        assert_eq!(levels(&c), [("large-class-share", Some(6.5))]);
        // A short word before another verb, or with no comparison, is no
        // change.
        assert_eq!(
            change("一般公共预算教育支出9.12亿元，多渠道支出2300万元。"),
            None
        );
    }

    /// What is reached now after a target, with the county named
    /// (`我县目前为46.3%`: it was lost), a level that waits on a building
    /// (`…投用后…达到55%`: it was the level), and a pay per month (`8650元/月`:
    /// it failed a parity with a year's pay).
    #[test]
    fn targets_conditions_and_months_as_counties_write_them() {
        let c = in_2023("公办园在园幼儿占比要达到50%，我县目前为46.3%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(46.3))]);
        assert_eq!(targets(&c), [("preschool-public-share", Some(50.0))]);
        let c = in_2023("城东幼儿园投用后公办园在园幼儿占比达到55%，目前为47.3%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(47.3))]);
        assert_eq!(targets(&c), [("preschool-public-share", Some(55.0))]);
        // A building up, and what followed it: the level.
        let c = in_2023("2023年9月城东幼儿园投入使用后，公办园在园幼儿占比达到55%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(55.0))]);
        assert_eq!(targets(&c), []);
        let c = in_2023("城东幼儿园建成后，公办园在园幼儿占比预计可达到55%。");
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c), [("preschool-public-share", Some(55.0))]);
        // A note naming an earlier year dates the figure.
        let c = in_2023("一般公共预算教育支出（2022年决算数）9.3亿元，同比增长3.1%。");
        assert_eq!(levels(&c), []);
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
        let c = in_2023("普惠性幼儿园覆盖率（含普惠性民办园）达到88.3%。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(88.3))]);
        let c = in_2023("教师平均工资收入8650元/月。");
        assert_eq!(levels(&c), []);
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
    }

    /// `A X、B Y，同比分别增长a、b`: each name its own change. B had A's
    /// (a fall read as a rise), and A none. Changes that do not line up
    /// are no one's.
    #[test]
    fn respective_changes_after_pairs_of_names_and_figures() {
        let changes = |text: &str| -> Vec<Option<f64>> {
            in_2023(text)
                .indicators
                .iter()
                .map(|i| i.change.as_ref().and_then(|c| c.percent.or(c.value)))
                .collect()
        };
        assert_eq!(
            changes(
                "一般公共预算教育支出6.1亿元、生均一般公共预算教育支出10230元，同比分别增长2.1%、-1.3%。"
            ),
            [Some(2.1), Some(-1.3)]
        );
        // Each change with its own verb (`分别增加0.2亿元和减少136元`) is
        // read since session 16; changes whose kinds do not line up with
        // the levels (a count for a sum) are still no one's.
        assert_eq!(
            changes(
                "一般公共预算教育支出6.1亿元，生均一般公共预算教育支出10230元，比上年分别增加0.2亿元和减少136元。"
            ),
            [Some(20_000_000.0), Some(-136.0)]
        );
        assert_eq!(
            changes(
                "普惠性幼儿园覆盖率88%，一般公共预算教育支出6.1亿元，比上年分别增加3所、0.2亿元。"
            ),
            [None, None]
        );
        // One name with its change stays as it was.
        assert_eq!(
            changes("一般公共预算教育支出6.1亿元，同比增长2.1%。"),
            [Some(2.1)]
        );
    }

    /// Rectification reports and finance notices: an adverb before the
    /// comparison (`仍比上年减少`), a note between the level and its change,
    /// `负1.2%`, a deadline in a month (`2024年6月底前`), and an item's
    /// `问题：` before its `整改成效：`. Each was read as a level or lost
    /// its change, and the rules passed.
    #[test]
    fn rectification_items_and_finance_notices() {
        let change = |text: &str| {
            in_2023(text)
                .indicators
                .first()
                .and_then(|i| i.change.as_ref())
                .and_then(|c| c.percent.or(c.value))
        };
        for (text, expected) in [
            (
                "生均一般公共预算教育支出12890元，仍比上年减少132元。",
                -132.0,
            ),
            ("一般公共预算教育支出6.42亿元，却比上年下降1.2%。", -1.2),
            (
                "一般公共预算教育支出5.87亿元（含上级转移支付1.2亿元），比上年下降3.1%。",
                -3.1,
            ),
            ("一般公共预算教育支出10.36亿元，增幅为负1.2%。", -1.2),
        ] {
            assert_eq!(change(text), Some(expected), "{text}");
        }
        let c = in_2023("整改措施：新建公办幼儿园3所，2024年6月底前，公办园在园幼儿占比达到52%。");
        assert_eq!(levels(&c), []);
        assert_eq!(targets(&c), [("preschool-public-share", Some(52.0))]);
        let c = in_2023("问题：大班额比例为6.8%。整改成效：大班额比例降至3.1%。");
        assert_eq!(levels(&c), [("large-class-share", Some(3.1))]);
        // An item of a plan of remedies, which sets its deadline and tells
        // no result: its measures are to come (the 52% was a level reached),
        // and its problem is the state now.
        let planned = "问题：公办园在园幼儿占比为42.1%。整改措施：新建公办幼儿园5所，使公办园在园幼儿占比达到52%以上。";
        for deadline in [
            "整改时限：2024年6月底。",
            "完成时限：2024年底前。",
            "时间节点：2024年9月。",
            "整改时间：2024年秋季学期。",
        ] {
            let c = in_2023(&format!("{planned}{deadline}"));
            assert_eq!(
                levels(&c),
                [("preschool-public-share", Some(42.1))],
                "{deadline}"
            );
            assert_eq!(
                targets(&c),
                [("preschool-public-share", Some(52.0))],
                "{deadline}"
            );
        }
        // In such an item the problem is the state now (it was the state
        // found, and the 42.1% unread); so is a problem's denial, and a claim
        // of its measures is a plan.
        let c = in_2023(&format!("{planned}整改时限：2024年6月底。"));
        assert_eq!(
            c.unread
                .iter()
                .map(|u| (u.indicator.as_str(), u.reason))
                .collect::<Vec<_>>(),
            []
        );
        let c = in_2023(
            "问题：仍有3所学校未开展课后服务。整改措施：统筹资源，于2024年春季学期实现义务教育学校课后服务全覆盖。整改时限：2024年3月。",
        );
        let flags: Vec<(bool, bool)> = c.claims.iter().map(|c| (c.plan, c.denied)).collect();
        assert_eq!(flags, [(false, true), (true, false)]);
        // A problem whose remedy is not yet made still denies, measures or
        // not.
        let c = in_2023(
            "问题：义务教育教师平均工资收入水平低于当地公务员0.21万元，尚未整改到位。整改措施：将教师工资纳入年度预算。",
        );
        let flags: Vec<bool> = c.claims.iter().map(|c| c.denied).collect();
        assert_eq!(flags, [true]);
        // The same measures in a report on them: done, with no deadline, or
        // with a result told beside it.
        for text in [
            planned.to_string(),
            format!("{planned}整改时限：2023年10月。整改成效：已完成。"),
        ] {
            let c = in_2023(&text);
            assert_eq!(
                levels(&c),
                [("preschool-public-share", Some(52.0))],
                "{text}"
            );
        }
        // The remedy for what the inspectors found states the year's level.
        let c = in_2023("针对反馈问题，2023年生均一般公共预算教育支出13820元，下降0.5%。");
        assert_eq!(levels(&c), [("per-student-expenditure", Some(13820.0))]);
        for text in [
            "问题一：大班额比例为6.8%。整改成效：大班额比例降至3.1%。",
            "问题（二）：大班额比例为6.8%。整改成效：大班额比例降至3.1%。",
            "反馈情况：大班额比例为6.8%。整改成效：大班额比例降至3.1%。",
            "具体问题：大班额比例为6.8%。整改成效：大班额比例降至3.1%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [("large-class-share", Some(3.1))], "{text}");
        }
        // An item whose remedy is said in other words (`整改情况：`,
        // `已整改到位`, `整改措施：`), a problem labelled as the original one
        // or as what the check found, and an item titled by its problem:
        // the state before (each was the level now, and failed).
        for text in [
            "问题表现：普惠性幼儿园覆盖率76.3%。整改情况：已整改到位。",
            "原问题：残疾儿童义务教育入学率91.0%。整改情况：已整改到位。",
            "核查发现，普惠性幼儿园覆盖率仅为76.3%。整改措施：新建幼儿园2所。",
            "关于课后服务覆盖率偏低（83%）的问题。整改情况：已整改到位。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        // Without a remedy in the item, `问题：` states the problem now.
        let c = in_2023("核查发现，普惠性幼儿园覆盖率仅为76.3%。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(76.3))]);
        let c = in_2023("问题：中职招生比例为42.3%，比上年下降1.6个百分点。");
        assert_eq!(levels(&c), [("vocational-enrollment-share", Some(42.3))]);
    }

    /// Earlier periods and budgets read as the year's: `截至2022年底` opens
    /// an earlier year (and `2023年进一步提高到…` is the year's level after
    /// it), a from→to whose to is an earlier year's, the end of the 13th
    /// five-year plan, a change against it, a budget, and the spending
    /// after a budget (`决算数`).
    #[test]
    fn earlier_periods_and_budgets() {
        let c = in_2023("截至2022年底，全县学前三年毛入园率达到84%，2023年进一步提高到86.5%。");
        assert_eq!(levels(&c), [("preschool-gross-enrollment", Some(86.5))]);
        for text in [
            "大班额比例从2019年的15.2%下降到2022年的4.8%。",
            "“十三五”末，全县学前三年毛入园率达到88%。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        let c = in_2023("全县一般公共预算教育支出9.8亿元，比“十三五”末增长25.3%。");
        assert_eq!(c.indicators[0].change, None);
        let c = in_2023("一般公共预算教育支出预算数7.1亿元，比上年增长5.2%。");
        assert_eq!(levels(&c), []);
        let c = in_2023("一般公共预算教育支出年初预算7.1亿元，决算数6.6亿元，比上年下降2%。");
        assert_eq!(levels(&c), [("education-expenditure", Some(660_000_000.0))]);
        assert_eq!(
            c.indicators[0].change.as_ref().and_then(|c| c.percent),
            Some(-2.0)
        );
        let c = in_2023("全县财政性教育经费占GDP的比例为3.8%。");
        assert_eq!(levels(&c), [("fiscal-education-share-gdp", Some(3.8))]);
        // The older name of per-student spending, still written.
        let c = in_2023("生均公共财政预算教育支出12860元，下降0.7%。");
        assert_eq!(levels(&c), [("per-student-expenditure", Some(12860.0))]);
        // The budget, then what was spent: the spending is the level.
        for (text, level, fall) in [
            (
                "一般公共预算教育支出预算数8.9亿元，执行数8.6亿元，同比下降1.2%。",
                860_000_000.0,
                -1.2,
            ),
            (
                "生均一般公共预算教育支出调整预算14200元，完成13650元，下降0.8%。",
                13_650.0,
                -0.8,
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c).len(), 1, "{text}");
            assert_eq!(levels(&c)[0].1, Some(level), "{text}");
            let change = c.indicators.iter().find_map(|i| i.change.as_ref());
            assert_eq!(change.and_then(|c| c.percent), Some(fall), "{text}");
        }
        // `完成` opens work done, not a plan's outcome, after a level.
        let c = in_2023("普惠性幼儿园覆盖率为86.3%，完成90%的年度目标。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(86.3))]);
    }

    /// A name that continues the statement of the name before it shares
    /// its subject: the province's, a town's, another county's, last
    /// year's. The second name was read as the county's level now.
    #[test]
    fn a_chain_of_names_shares_its_subject() {
        for (text, reason) in [
            (
                "全省学前三年毛入园率为91%，普惠性幼儿园覆盖率为86%。",
                UnreadMentionReason::Part,
            ),
            (
                "城关镇学前三年毛入园率为89%，公办园在园幼儿占比为44%。",
                UnreadMentionReason::Part,
            ),
            (
                "北塘县学前三年毛入园率、普惠性幼儿园覆盖率分别为89%、78%。",
                UnreadMentionReason::Part,
            ),
            (
                "去年全县学前三年毛入园率为89%，普惠性幼儿园覆盖率为78%。",
                UnreadMentionReason::OtherPeriod,
            ),
            (
                "2022年学前三年毛入园率为89%，普惠性幼儿园覆盖率为78%。",
                UnreadMentionReason::OtherPeriod,
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [reason, reason], "{text}");
        }
        // The county's own chain, and one whose second clause names its
        // own subject.
        let c = in_2023("全县学前三年毛入园率为93%，普惠性幼儿园覆盖率为88%。");
        assert_eq!(levels(&c).len(), 2);
        let c = in_2023("全省学前三年毛入园率为91%，全县普惠性幼儿园覆盖率为86%。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(86.0))]);
        // A threshold a group passes is no level; a from→to over a span
        // of years is no change of the year's.
        let c = in_2023("公办园在园幼儿占比达到50%以上的乡镇有5个。");
        assert_eq!(levels(&c), []);
        // One the regions listed after it fall short of, in a bulletin.
        for text in [
            "全市公办园在园幼儿占比为51.3%，公办园在园幼儿占比未达到50%的有北塘县、西岭县等4个县。",
            "全市九年义务教育巩固率为97.5%，九年义务教育巩固率在95%以下的有东坡县。",
        ] {
            assert_eq!(levels(&in_region(text, "枫林市")).len(), 1, "{text}");
        }
        // The level, then a word after `的` that names no group.
        let c = in_2023("普惠性幼儿园覆盖率达到86%的水平，全县新建幼儿园5所。");
        assert_eq!(levels(&c), [("preschool-inclusive-coverage", Some(86.0))]);
        let c = in_2023("近三年生均一般公共预算教育支出从12800元减少到12600元。");
        assert_eq!(levels(&c), [("per-student-expenditure", Some(12600.0))]);
        assert_eq!(c.indicators[0].change, None);
    }

    /// A bound, then the level itself in the next clause: the bound was
    /// the level (`首次突破90%` read as 90).
    #[test]
    fn a_bound_then_the_level() {
        for (text, expected) in [
            ("学前三年毛入园率首次突破90%，达到91.6%。", 91.6),
            (
                "九年义务教育巩固率连续三年保持在97%以上，2023年为97.6%。",
                97.6,
            ),
            ("公办园在园幼儿占比超过50%，达到52.3%。", 52.3),
        ] {
            let c = in_2023(text);
            assert_eq!(
                c.indicators.first().and_then(|i| i.value),
                Some(expected),
                "{text}"
            );
        }
        // A county's stage figures in a city's section are its part.
        let c = in_region(
            "北塘县生均公用经费小学、初中分别为680元、890元，低于基准定额。",
            "云州市",
        );
        assert_eq!(levels(&c), []);
    }

    /// `约为92%`: about 92, as `约92%` is (it was exact).
    #[test]
    fn about_before_the_verb() {
        let c = in_2023("全县学前三年毛入园率约为92%。");
        let q: Vec<_> = c.indicators.iter().map(|i| i.qualifier).collect();
        assert_eq!(q, [dutycheck_model::Qualifier::About]);
    }

    /// An item of a total named after it (`…教育支出中学前教育支出1.1亿元`,
    /// `…用于学前教育1.1亿元`) is the item's figure, a part: its fall failed
    /// the total's growth rule.
    #[test]
    fn an_item_of_a_total_is_a_part() {
        for text in [
            "一般公共预算教育支出中学前教育支出1.1亿元，比上年下降8.1%。",
            "一般公共预算教育支出中用于学前教育的支出1.1亿元。",
            "一般公共预算教育支出用于学前教育1.1亿元。",
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), [], "{text}");
            assert_eq!(reasons(&c), [UnreadMentionReason::Part], "{text}");
        }
        // The total, then its item: the total is read.
        let c = in_2023("一般公共预算教育支出8.1亿元，其中学前教育支出1.1亿元。");
        assert_eq!(levels(&c), [("education-expenditure", Some(810_000_000.0))]);
    }

    /// `城区…为62%，全县为51%`: the urban area is a part when the region's
    /// own figure follows (62 was read as the county's); alone it is a part
    /// too, its large classes as well (`县城学校大班额比例为6.1%` beside the
    /// county's 3.2% failed it).
    #[test]
    fn the_urban_area_beside_the_region() {
        let c = in_2023("城区公办园在园幼儿占比为62%，全县为51%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(51.0))]);
        let c = in_2023("城区学校大班额比例为3.2%。");
        assert_eq!(levels(&c), []);
        assert_eq!(reasons(&c), [UnreadMentionReason::Part]);
        let c = in_2023("全县大班额比例为3.2%。县城学校大班额比例为6.1%。");
        assert_eq!(levels(&c), [("large-class-share", Some(3.2))]);
        assert_eq!(reasons(&c), [UnreadMentionReason::Part]);
        // Beside the countryside's with the name written again, or after
        // the region's own: a part (each was the county's level, and passed
        // or failed on it).
        for (text, own) in [
            (
                "城区学校课后服务覆盖率达到100%，农村学校课后服务覆盖率为91.2%。",
                vec![],
            ),
            (
                "全县公办园在园幼儿占比为51.3%，城区公办园在园幼儿占比为38.5%。",
                vec![("preschool-public-share", Some(51.3))],
            ),
            (
                "全县普惠性幼儿园覆盖率为89.6%，公办园在园幼儿占比为53.1%，城区公办园在园幼儿占比为41.7%。",
                vec![
                    ("preschool-inclusive-coverage", Some(89.6)),
                    ("preschool-public-share", Some(53.1)),
                ],
            ),
            (
                "全县56人以上大班额比例为3.1%，城区学校56人以上大班额比例为6.2%。",
                vec![("large-class-share", Some(3.1))],
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(levels(&c), own, "{text}");
            assert!(
                reasons(&c).contains(&UnreadMentionReason::Part),
                "{text}: {:?}",
                c.unread
            );
        }
    }

    /// `2022年，A为78.3%，B为41.2%`: the year dates every clause that
    /// states an indicator, not only the first.
    #[test]
    fn an_earlier_year_dates_a_run_of_statements() {
        let c = in_2023("2022年，全县普惠性幼儿园覆盖率为78.3%，公办园在园幼儿占比为41.2%。");
        assert_eq!(levels(&c), []);
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod; 2]);
        // After an event of an older year, the result as of the report (a
        // typical case opens with the year its work began); after an event
        // of the year before the report's, that year's level, which a
        // report tells as that year's story (it was the level, and failed).
        let c = in_2023("2019年，县政府出台方案，公办园在园幼儿占比达到51.2%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(51.2))]);
        let c = in_2023("2022年，县政府出台方案，公办园在园幼儿占比达到51.2%。");
        assert_eq!(levels(&c), []);
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
        // A later clause with a time of its own.
        let c = in_2023("2022年，全县普惠性幼儿园覆盖率为78.3%，目前公办园在园幼儿占比为51.2%。");
        assert_eq!(levels(&c), [("preschool-public-share", Some(51.2))]);
    }

    /// `教师平均工资收入每月9200元`: a month's pay, not the year's (it failed
    /// the parity against a civil servant's 10.6万元 a year).
    #[test]
    fn a_month_is_another_period() {
        let c = in_2023("全县义务教育教师平均工资收入每月9200元，公务员平均工资收入10.6万元。");
        assert_eq!(
            levels(&c),
            [("civil-servant-average-salary", Some(106_000.0))]
        );
        assert_eq!(reasons(&c), [UnreadMentionReason::OtherPeriod]);
    }

    /// A pay gap said as `落后`, `相差` or `高出` is no one's pay, and no rise
    /// (each was read as the civil servants' pay, 3,000元, or its rise).
    #[test]
    fn a_pay_gap_is_no_level() {
        for text in [
            "全县义务教育教师平均工资收入11.8万元，落后当地公务员平均工资收入0.3万元。",
            "全县义务教育教师平均工资收入11.8万元，与当地公务员平均工资收入相差0.3万元。",
            "全县义务教育教师平均工资收入11.8万元，当地公务员平均工资收入高出0.3万元。",
            // `差距`, `差额`: a gap, also from→to (the 0.9万元 was the civil
            // servants' pay, and parity passed).
            "全县义务教育教师平均工资收入11.8万元，与当地公务员平均工资收入的差距由0.9万元缩小到0.3万元。",
            "全县义务教育教师平均工资收入11.8万元，与公务员平均工资收入差额为0.3万元。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                levels(&c),
                [("teacher-average-salary", Some(118_000.0))],
                "{text}"
            );
            assert!(c.indicators.iter().all(|i| i.change.is_none()), "{text}");
        }
        // The base's pay in brackets inside `与…相比`: its level, and the gap
        // after it no change of it (it was read as their fall of 3,000元).
        for text in [
            "全县义务教育教师平均工资收入为11.8万元，与当地公务员平均工资收入（12.1万元）相比低0.3万元。",
            "全县义务教育教师平均工资收入为11.8万元，与当地公务员平均工资收入（12.1万元）相比，低0.3万元。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                levels(&c),
                [
                    ("teacher-average-salary", Some(118_000.0)),
                    ("civil-servant-average-salary", Some(121_000.0))
                ],
                "{text}"
            );
            assert!(c.indicators.iter().all(|i| i.change.is_none()), "{text}");
        }
        for text in [
            "全县义务教育教师平均工资收入11.8万元，与当地公务员平均工资收入的差距由0.9万元缩小到0.3万元。",
            "全县义务教育教师平均工资收入11.8万元，与公务员平均工资收入差额为0.3万元。",
        ] {
            assert_eq!(
                reasons(&in_2023(text)),
                [UnreadMentionReason::Compared],
                "{text}"
            );
        }
        // The civil servants' growth, then the gap (`，两者差距拉大至0.5万元`,
        // which was their pay), and their pay compared with the teachers'
        // (`比教师高0.5万元`, which was a rise of 5,000元).
        let c = in_2023(
            "全县义务教育教师平均工资收入11.0万元，当地公务员平均工资收入较上年增长3.5%，两者差距拉大至0.5万元。",
        );
        assert_eq!(
            levels(&c),
            [
                ("teacher-average-salary", Some(110_000.0)),
                ("civil-servant-average-salary", None)
            ]
        );
        let civil = &c.indicators[1];
        assert_eq!(civil.change.as_ref().and_then(|c| c.percent), Some(3.5));
        let c = in_2023(
            "全县义务教育教师平均工资收入11.0万元，当地公务员平均工资收入比教师高0.5万元。",
        );
        assert_eq!(levels(&c), [("teacher-average-salary", Some(110_000.0))]);
        assert!(c.indicators.iter().all(|i| i.change.is_none()));
        // After a comparison with the year before, `高出` is a rise.
        let c = in_2023("学前三年毛入园率为92%，比上年高出2个百分点。");
        let change = c.indicators[0].change.as_ref().and_then(|c| c.value);
        assert_eq!(change, Some(2.0));
    }

    /// A claim whose note or next clause names the places it leaves out is
    /// a denial of the whole (it was a claim only unbacked); the lack of
    /// pupils or a course leaves nothing out.
    #[test]
    fn claims_with_exceptions_after_them() {
        let flags = |text: &str| -> Vec<(bool, bool, bool)> {
            in_2023(text)
                .claims
                .iter()
                .map(|c| (c.denied, c.partial, c.plan))
                .collect()
        };
        for text in [
            "全县义务教育学校课后服务实现全覆盖，仅有2个教学点暂未开展。",
            "全县义务教育学校课后服务实现全覆盖，个别偏远教学点尚未开设。",
            "课后服务实现全覆盖，但只有1所村小没有开展。",
            "课后服务实现全覆盖，尚有3所学校未开展。",
            "全县义务教育学校课后服务实现全覆盖（2个教学点除外）。",
            "课后服务实现全覆盖（仅1所学校未开展）。",
        ] {
            assert_eq!(flags(text), [(true, false, false)], "{text}");
        }
        for text in [
            "课后服务实现全覆盖，仅有少数学生未参加。",
            "课后服务实现全覆盖，仅有个别特色课程未开设。",
            "课后服务实现全覆盖（含农村教学点）。",
            "课后服务实现全覆盖，仅用两年时间。",
        ] {
            assert_eq!(flags(text), [(false, false, false)], "{text}");
        }
    }

    /// A claim's tail after the verbs of a claim, its subject left to the
    /// clause before (`超大班额已化解5个，实现清零`), is the claim: it was lost,
    /// and the section went unchecked. A share after a removal is still
    /// no mention.
    #[test]
    fn a_claims_tail_after_its_subjects_clause() {
        for text in [
            "累计化解超大班额36个，实现动态清零。",
            "超大班额已化解5个，实现清零。",
            "全县66人以上超大班额逐年减少，已全部清零。",
            "全县课后服务工作全面推进，实现全覆盖。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                c.claims
                    .iter()
                    .map(|c| (c.denied, c.plan, c.partial))
                    .collect::<Vec<_>>(),
                [(false, false, false)],
                "{text}"
            );
        }
        // (Only the verbs of a claim: `，剩余1个` is the count left.)
        assert_eq!(in_2023("超大班额已化解5个，剩余1个。").claims, []);
        assert_eq!(in_2023("化解大班额120个，占比40%。").indicators, []);
    }

    /// Claims that are denied far from the phrase, doubted, or under way.
    #[test]
    fn claims_denied_doubted_or_under_way() {
        let flags = |text: &str| -> Vec<(bool, bool)> {
            in_2023(text)
                .claims
                .iter()
                .map(|c| (c.denied, c.plan))
                .collect()
        };
        for text in [
            "义务教育教师平均工资收入不低于当地公务员平均工资收入的要求尚未完全落实。",
            "距离“不低于”要求仍有差距。",
            "课后服务全覆盖尚存差距。",
            "能否实现“两个只增不减”存在较大不确定性。",
            "没有完全实现“两个只增不减”。",
            "不低于当地公务员平均工资收入的要求落实不够到位。",
            "课后服务全覆盖工作推进缓慢。",
            // An exception before it, or a `但` clause after it that
            // leaves some undone.
            "全县除2个乡镇外，公办中心幼儿园实现全覆盖。",
            "除1所民办学校外均实现课后服务全覆盖。",
            "基本实现课后服务全覆盖，但仍有5所学校未开展。",
            // A shortfall said after it.
            "落实“两个只增不减”缺口资金约2100万元。",
            "教师工资“不低于”要求仍存在缺口1200万元。",
            "教育经费“两个只增不减”仍有欠账。",
            "“两个只增不减”执行有偏差。",
        ] {
            assert_eq!(flags(text), [(true, false)], "{text}");
        }
        // A shortfall made good in the next clause takes nothing back.
        assert_eq!(
            flags("全县落实了“两个只增不减”要求，补齐了历史欠账。"),
            [(false, false)]
        );
        // A `但` clause about something else takes nothing back.
        assert_eq!(
            flags("全县超大班额已全部消除，但仍有大班额23个。"),
            [(false, false)]
        );
        // `除` in a word, `除此之外`, and `除…外，还…` (besides) except
        // nothing; a `但` clause that leaves nothing undone takes nothing
        // back.
        for text in [
            "全面消除校外培训乱象，课后服务实现全覆盖。",
            "除此之外，课后服务实现全覆盖。",
            "除落实生均公用经费外，还实现了课后服务全覆盖。",
            "实现课后服务全覆盖，但部分学校服务质量不高。",
            "实现课后服务全覆盖，未成年人保护工作扎实开展。",
            // A building up, and what followed it (it was a plan).
            "城东小学建成投用后，全县超大班额全部消除。",
            "2023年9月新校投入使用后，课后服务实现全覆盖。",
        ] {
            assert_eq!(flags(text), [(false, false)], "{text}");
        }
        for text in [
            "正在推进课后服务全覆盖。",
            "待新校投用后，超大班额可全部消除。",
            "新校投用后，全县超大班额将全部消除。",
            "城东小学竣工后，超大班额有望全部消除。",
            "必须实现“两个只增不减”。",
            "超大班额清零工作仍在推进中。",
            "县政府将在年终一次性奖励发放后实现“不低于”要求。",
            // A task still hard, admitted (each was a claim met).
            "县财政收入下行压力大，保障“两个只增不减”难度加大。",
            "落实“两个只增不减”面临较大压力。",
            "落实“不低于”要求还需持续发力。",
        ] {
            assert_eq!(flags(text), [(false, true)], "{text}");
        }
        // Work that led to a claim met; a pressure overcome before it.
        for text in [
            "通过推进集团化办学，实现课后服务全覆盖。",
            "克服财政压力，实现了“两个只增不减”。",
        ] {
            assert_eq!(flags(text), [(false, false)], "{text}");
        }
    }
}

/// Changes as county offices write them: softened, hidden after other
/// words, or stated against something other than the year before.
mod changes_as_written {
    use dutycheck_model::UnreadMentionReason;

    use super::*;
    use crate::indicators::Context;

    use super::county_phrasing::in_2023;

    /// Each level read from `text`, as a [`Row`].
    fn read(text: &str) -> Vec<Row> {
        changes_of(&in_2023(text))
    }

    fn reasons(text: &str) -> Vec<UnreadMentionReason> {
        in_2023(text).unread.iter().map(|u| u.reason).collect()
    }

    /// `虽比上年下降4.6%，但…`: a fall admitted in a clause of concession
    /// was lost, and 只增不减 passed.
    #[test]
    fn a_fall_in_a_clause_of_concession() {
        assert_eq!(
            read("一般公共预算教育支出6.02亿元，虽比上年下降4.6%，但仍高于全市平均。"),
            [(
                "education-expenditure".into(),
                Some(602_000_000.0),
                None,
                Some(-4.6)
            )]
        );
        assert_eq!(
            read("生均一般公共预算教育支出14200元，尽管较上年减少320元，但高于省定标准。"),
            [(
                "per-student-expenditure".into(),
                Some(14200.0),
                Some(-320.0),
                None
            )]
        );
    }

    /// `与上年相比减少`, `相比上年下降`, `相较上年`, a change in brackets: a
    /// comparison as much as `比上年`. Each was dropped with no word.
    #[test]
    fn comparisons_written_with_xiangbi_or_in_brackets() {
        let fall = |text: &str| read(text).first().map(|r| (r.2, r.3));
        assert_eq!(
            fall("全县一般公共预算教育支出8.3亿元，与上年相比减少0.3亿元。"),
            Some((Some(-30_000_000.0), None))
        );
        assert_eq!(
            fall("全县生均一般公共预算教育支出12400元，相比上年下降1.7%。"),
            Some((None, Some(-1.7)))
        );
        assert_eq!(
            fall("全县一般公共预算教育支出8.3亿元，相较上年减少0.3亿元。"),
            Some((Some(-30_000_000.0), None))
        );
        assert_eq!(
            fall("全县一般公共预算教育支出8.3亿元（同比下降3.5%）。"),
            Some((None, Some(-3.5)))
        );
        // A note that does not compare is still stepped over.
        assert_eq!(
            fall("全县一般公共预算教育支出8.3亿元（含上级转移支付1.2亿元），比上年下降3.1%。"),
            Some((None, Some(-3.1)))
        );
    }

    /// Falls written with other words: `减幅`, `下降幅度`, `下跌`, `减收`,
    /// `低于上年0.3亿元`, `比上年低了`.
    #[test]
    fn falls_in_other_words() {
        let fall = |text: &str| read(text).first().map(|r| (r.2, r.3));
        assert_eq!(
            fall("全县一般公共预算教育支出6.02亿元，同比减幅4.6%。"),
            Some((None, Some(-4.6)))
        );
        assert_eq!(
            fall("全县生均一般公共预算教育支出14200元，下降幅度2.2%。"),
            Some((None, Some(-2.2)))
        );
        assert_eq!(
            fall("普惠性幼儿园覆盖率为83.0%，较上年下跌0.9个百分点。"),
            Some((Some(-0.9), None))
        );
        assert_eq!(
            fall("全县一般公共预算教育支出8.2亿元，低于上年0.3亿元。"),
            Some((Some(-30_000_000.0), None))
        );
        assert_eq!(
            fall("普惠性幼儿园覆盖率为84.7%，低于上年1.3个百分点。"),
            Some((Some(-1.3), None))
        );
        assert_eq!(
            fall("全县一般公共预算教育支出7.5亿元，比上年低了0.1亿元。"),
            Some((Some(-10_000_000.0), None))
        );
        // Below an average is no change.
        assert_eq!(
            fall("普惠性幼儿园覆盖率为84.7%，低于全省平均1.3个百分点。"),
            Some((None, None))
        );
        // `少增0.3亿元`: the rise was 0.3亿元 smaller than the year before's
        // rise, no rise of 0.3亿元.
        assert_eq!(
            fall("全县一般公共预算教育支出6.02亿元，同比少增0.3亿元。"),
            Some((None, None))
        );
    }

    /// `增幅回落至1.8%`: the growth rate fell to 1.8%, a slower rise. It
    /// was read as a fall of 1.8%, and 只增不减 failed a report that met it;
    /// `增幅由上年的5.6%回落至-1.2%` was read as a rise of 5.6%.
    #[test]
    fn a_growth_rate_that_fell_to_a_figure_is_the_rate() {
        let rate = |text: &str| read(text).first().and_then(|r| r.3);
        for (text, want) in [
            ("全县一般公共预算教育支出6.02亿元，增幅回落至1.8%。", 1.8),
            ("生均一般公共预算教育支出14200元，增速回落至0.9%。", 0.9),
            ("全县一般公共预算教育支出6.02亿元，增长率下降到1.8%。", 1.8),
            (
                "全县一般公共预算教育支出6.02亿元，增幅由上年的5.6%回落至-1.2%。",
                -1.2,
            ),
            ("全县一般公共预算教育支出6.02亿元，降幅收窄至1.8%。", -1.8),
            ("全县一般公共预算教育支出6.02亿元，增幅降至1.8%。", 1.8),
            // A slower rise beside the change is no change of its own.
            (
                "全县一般公共预算教育支出6.02亿元，比上年增长1.8%，增幅较上年回落4.2个百分点。",
                1.8,
            ),
        ] {
            assert_eq!(rate(text), Some(want), "{text}");
        }
    }

    /// `年平均工资收入由9.92万元下降到9.50万元`: a word that ends the name
    /// before the from→to. The from figure was read as the level, and pay
    /// parity passed on last year's pay.
    #[test]
    fn a_from_to_after_the_end_of_a_name() {
        let levels: Vec<(String, Option<f64>)> = in_2023(
            "义务教育教师年平均工资收入由9.92万元下降到9.50万元，同期当地公务员年平均工资收入为9.70万元。",
        )
        .indicators
        .iter()
        .map(|i| (i.indicator.to_string(), i.value))
        .collect();
        assert_eq!(
            levels,
            [
                ("teacher-average-salary".to_string(), Some(95_000.0)),
                ("civil-servant-average-salary".to_string(), Some(97_000.0))
            ]
        );
        assert_eq!(
            read("全县一般公共预算教育支出总额由6.41亿元下降到6.14亿元。")[0].1,
            Some(614_000_000.0)
        );
    }

    /// `A6.02亿元，B13520元，分别比上年减少1.7%、0.9%`, `分别较上年增长3.5%和
    /// 下降0.4%`: each level's change, in order. Both were lost.
    #[test]
    fn respective_changes_after_levels_written_inline() {
        let changes = |text: &str| -> Vec<Option<f64>> { read(text).iter().map(|r| r.3).collect() };
        assert_eq!(
            changes(
                "一般公共预算教育支出6.02亿元，生均一般公共预算教育支出13520元，分别比上年减少1.7%、0.9%。"
            ),
            [Some(-1.7), Some(-0.9)]
        );
        assert_eq!(
            changes(
                "一般公共预算教育支出6.02亿元，生均一般公共预算教育支出13520元，分别较上年增长3.5%和下降0.4%。"
            ),
            [Some(3.5), Some(-0.4)]
        );
        assert_eq!(
            changes(
                "一般公共预算教育支出6.02亿元、生均一般公共预算教育支出13520元，分别比上年增长3.5%、-0.4%。"
            ),
            [Some(3.5), Some(-0.4)]
        );
        // `1.4个和0.9个百分点`: the first item keeps the measure word of the
        // points it shares with the last (it was a count, and both were lost).
        let points: Vec<Option<f64>> = read(
            "普惠性幼儿园覆盖率86.2%，公办园在园幼儿占比51.3%，分别比上年提高1.4个和0.9个百分点。",
        )
        .iter()
        .map(|r| r.2)
        .collect();
        assert_eq!(points, [Some(1.4), Some(0.9)]);
    }

    /// `较自评报告填报数减少0.3亿元`: the verified figure against the one
    /// the region reported is a correction, not a fall on the year before
    /// (it failed 只增不减).
    #[test]
    fn a_change_against_the_reported_figure_is_no_growth() {
        for text in [
            "经核查，全县一般公共预算教育支出为8.2亿元，较自评报告填报数减少0.3亿元。",
            "普惠性幼儿园覆盖率核查为84.7%，较自评下降2.1个百分点。",
            "全县一般公共预算教育支出8.2亿元，比申报数据减少0.3亿元。",
            "普惠性幼儿园覆盖率为84.7%，较督导前提高2.1个百分点。",
        ] {
            assert_eq!(
                read(text).first().map(|r| (r.2, r.3)),
                Some((None, None)),
                "{text}"
            );
        }
    }

    /// `非普惠性幼儿园在园幼儿占比为12.0%`: the share of the rest. It was
    /// read as the coverage, and failed 85%.
    #[test]
    fn a_name_after_fei_is_the_rest() {
        let c = in_2023(
            "全县非普惠性幼儿园在园幼儿占比为12.0%，非公办园在园幼儿占比为46.0%，非普惠性幼儿园覆盖率为15%。",
        );
        assert!(c.indicators.is_empty(), "{:?}", c.indicators);
        assert!(c.unread.is_empty(), "{:?}", c.unread);
        assert_eq!(
            read("全县普惠性幼儿园覆盖率为88%，非普惠性幼儿园在园幼儿占比为12%。"),
            [(
                "preschool-inclusive-coverage".into(),
                Some(88.0),
                None,
                None
            )]
        );
    }

    /// `未能实现…只增不减`, `难以保证…只增不减`: an admission, not a claim.
    #[test]
    fn a_claim_the_region_failed_to_meet_is_denied() {
        for text in [
            "受财政收入下滑影响，2023年未能实现一般公共预算教育支出只增不减。",
            "未能做到教育经费“两个只增不减”。",
            "今年难以保证一般公共预算教育支出只增不减。",
        ] {
            let c = in_2023(text);
            let flags: Vec<bool> = c.claims.iter().map(|c| c.denied).collect();
            assert_eq!(flags, [true], "{text}");
        }
        let c = in_2023("全县实现一般公共预算教育支出只增不减。");
        assert_eq!(
            c.claims.iter().map(|c| c.denied).collect::<Vec<_>>(),
            [false]
        );
    }

    /// `力争A提高到55%，B提高到88%`, `建议…将A提高到55%，B提高到88%`,
    /// `整改目标：A55%，B85%`: every clause of a sentence that opens as a
    /// plan is one. The later clauses were read as levels reached (and a
    /// recommended 88% passed the coverage rule).
    #[test]
    fn every_clause_of_a_sentence_of_plans_is_a_plan() {
        for text in [
            "力争公办园在园幼儿占比提高到55%，普惠性幼儿园覆盖率提高到88%。",
            "建议县政府将公办园在园幼儿占比提高到55%，普惠性幼儿园覆盖率提高到88%，学前三年毛入园率92%以上。",
            "整改目标：公办园在园幼儿占比55%，普惠性幼儿园覆盖率85%。",
            // A demand after a short subject, as 人大's opinions put it (the
            // later clauses were read as levels reached, and passed).
            "县政府要确保普惠性幼儿园覆盖率稳定在85%以上，公办园在园幼儿占比达到50%，课后服务覆盖率达到100%。",
            "要确保学前三年毛入园率达到90%，九年义务教育巩固率达到96%。",
            "县教体局要加大投入，确保公办园在园幼儿占比达到50%，普惠性幼儿园覆盖率达到90%。",
        ] {
            let c = in_2023(text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert!(c.targets.len() >= 2, "{text}: {:?}", c.targets);
        }
        // Done, or dated in the report's year: levels.
        for text in [
            "确保了公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率达到88%。",
            "目标任务全面完成，普惠性幼儿园覆盖率达到88%。",
            // `主要`, `需要`: no demand.
            "全县主要抓了三件事，公办园在园幼儿占比达到52%。",
            "需要说明的是，普惠性幼儿园覆盖率达到91%。",
        ] {
            assert!(!in_2023(text).indicators.is_empty(), "{text}");
        }
        // `完成率100%` is the share of the plan done, not the coverage.
        let c = in_2023("目标是普惠性幼儿园覆盖率达到88%，完成率100%。");
        assert!(c.indicators.is_empty(), "{:?}", c.indicators);
        let c = in_2023("计划到2025年普惠性幼儿园覆盖率达到90%，2023年普惠性幼儿园覆盖率为78.4%。");
        assert_eq!(
            c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
            [Some(78.4)]
        );
    }

    /// A sentence of plans ends at a clause that says what was done (what
    /// was spent after a budget), or, after a lead that plans a work with a
    /// count of its own, at a clause that opens with the whole region. Each
    /// was read as a target, and a fall or a failing level passed.
    #[test]
    fn a_sentence_of_plans_ends_where_it_says_what_was_done() {
        for (text, id) in [
            (
                "年初预算安排10亿元，全年执行9.8亿元，全县一般公共预算教育支出比上年下降2%。",
                "education-expenditure",
            ),
            (
                "计划新建幼儿园3所，全县生均一般公共预算教育支出13200元，比上年下降1.5%。",
                "per-student-expenditure",
            ),
            (
                "拟新建幼儿园3所，全县普惠性幼儿园覆盖率达到78.2%。",
                "preschool-inclusive-coverage",
            ),
            (
                "2023年计划新建幼儿园5所，实际建成4所，全县普惠性幼儿园覆盖率达到86.5%。",
                "preschool-inclusive-coverage",
            ),
        ] {
            let c = in_2023(text);
            assert!(c.targets.is_empty(), "{text}: {:?}", c.targets);
            assert_eq!(
                c.indicators
                    .iter()
                    .map(|i| i.indicator.to_string())
                    .collect::<Vec<_>>(),
                [id],
                "{text}"
            );
        }
        // What the work will bring, with no clause of the whole region, or
        // a lead with a target of its own: plans still.
        for text in [
            "计划投资2亿元新建幼儿园3所，普惠性幼儿园覆盖率提高到88%。",
            "力争2025年全县普惠性幼儿园覆盖率达到88%，全县公办园在园幼儿占比达到52%。",
            "计划新建幼儿园3所，新增学位2700个，全县普惠性幼儿园覆盖率将达到88%。",
        ] {
            let c = in_2023(text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
        }
    }

    /// A plan said with `将把`, `要把` (`下一步将把A提高到90%`, `全县将把A、B分别
    /// 提高到90%、55%`), a plan opener before a long first clause (`下一步重点把
    /// A提高到90%`), `未来三年，…`, and a list's plans followed by what each
    /// reached (`目前两项指标分别为86.7%和49.2%`). Each plan was the level
    /// reached (so 49.2% was lost and the share passed), and the figures
    /// after `分别` were the last name's alone.
    #[test]
    fn plans_said_with_ba_and_what_a_list_reached() {
        type Read = (Vec<(String, f64)>, Vec<(String, Option<f64>)>);
        let read = |text: &str| -> Read {
            let c = in_2023(text);
            (
                c.indicators
                    .iter()
                    .filter_map(|v| Some((v.indicator.to_string(), v.value?)))
                    .collect(),
                c.targets
                    .iter()
                    .map(|t| (t.indicator.to_string(), t.value))
                    .collect(),
            )
        };
        let (cov, share) = (
            "preschool-inclusive-coverage".to_string(),
            "preschool-public-share".to_string(),
        );
        assert_eq!(
            read(
                "下一步将把普惠性幼儿园覆盖率、公办园在园幼儿占比分别提高到90%、55%，目前两项指标分别为86.7%和49.2%。"
            ),
            (
                vec![(cov.clone(), 86.7), (share.clone(), 49.2)],
                vec![(cov.clone(), Some(90.0)), (share.clone(), Some(55.0))]
            )
        );
        for text in [
            "全县将把普惠性幼儿园覆盖率提高到90%。",
            "下一步要把普惠性幼儿园覆盖率提高到90%。",
            "下一步重点把普惠性幼儿园覆盖率提高到90%。",
            "未来三年，普惠性幼儿园覆盖率提高到90%。",
        ] {
            assert_eq!(
                read(text),
                (vec![], vec![(cov.clone(), Some(90.0))]),
                "{text}"
            );
        }
        assert_eq!(
            read("全县将普惠性幼儿园覆盖率、公办园在园幼儿占比分别提高到90%、55%。"),
            (
                vec![],
                vec![(cov.clone(), Some(90.0)), (share.clone(), Some(55.0))]
            )
        );
        // Done: `把` alone, `已将`.
        for text in [
            "全县把普惠性幼儿园覆盖率提高到了90%。",
            "全县已将普惠性幼儿园覆盖率提高到90%。",
        ] {
            assert_eq!(read(text), (vec![(cov.clone(), 90.0)], vec![]), "{text}");
        }
        assert_eq!(
            read("已将普惠性幼儿园覆盖率、公办园在园幼儿占比分别提高到90%、55%。"),
            (vec![(cov.clone(), 90.0), (share.clone(), 55.0)], vec![])
        );
        // Figures of two kinds: each name's search finds its own, and the
        // list is the one it stands in.
        let c = in_2023(
            "全县将把生均公用经费标准、学前三年毛入园率分别提高到1000元、95%，目前两项指标分别为900元和92.6%。",
        );
        let now: Vec<Option<f64>> = c.indicators.iter().map(|v| v.value).collect();
        assert_eq!(now, [Some(900.0), Some(92.6)]);
        assert_eq!(c.targets.len(), 2);
        // What a list reached, not said of each (`目前为86.7%`): no name's.
        assert_eq!(
            read("力争普惠性幼儿园覆盖率、公办园在园幼儿占比分别达到90%、55%，目前为86.7%。"),
            (vec![], vec![(cov.clone(), Some(90.0)), (share, Some(55.0))])
        );
    }

    /// A plan's from→to with the plan word before `由` (`A拟由78.2%提高到85%`:
    /// the 78.2% was the target), and a plan for a later year in the clause
    /// after a level (`A47.6%，2024年底前提高至52%以上`, `A2023年为89.2%，2025年
    /// 达到92%`: the plan was dropped, unsaid).
    #[test]
    fn plans_after_a_plan_word_or_a_later_year() {
        let goals = |text: &str| -> Vec<(Option<f64>, Option<i32>)> {
            in_2023(text)
                .targets
                .iter()
                .map(|t| (t.value, t.year))
                .collect()
        };
        assert_eq!(
            goals("全县普惠性幼儿园覆盖率拟由78.2%提高到85%。"),
            [(Some(85.0), None)]
        );
        assert_eq!(
            goals("全县公办园在园幼儿占比47.6%，2024年底前提高至52%以上。"),
            [(Some(52.0), Some(2024))]
        );
        assert_eq!(
            goals("全县九年义务教育巩固率2023年为89.2%，2025年达到92%。"),
            [(Some(92.0), Some(2025))]
        );
        assert_eq!(
            goals("全县高中阶段毛入学率计划2024年提高到91%，2025年达到92%以上。"),
            [(Some(91.0), Some(2024)), (Some(92.0), Some(2025))]
        );
        // The year before, restated after the year's level, is no plan.
        assert_eq!(
            goals("全县公办园在园幼儿占比2022年为45.1%，2023年为47.6%。"),
            []
        );
    }

    /// `已` before the verb says the level is reached, whatever goal frames
    /// the sentence (`对标2025年目标，…已达到78.2%` was the 2025 target, and
    /// passed); `年底前` with no year is the year being written in, a plan
    /// (`正在整改，年底前…达到52%` was a level).
    #[test]
    fn reached_already_and_by_the_end_of_the_year() {
        for text in [
            "对标2025年目标，全县普惠性幼儿园覆盖率已达到78.2%。",
            "对照2025年85%的目标要求，全县普惠性幼儿园覆盖率已达78.2%。",
        ] {
            let c = in_2023(text);
            assert!(c.targets.is_empty(), "{text}: {:?}", c.targets);
            assert_eq!(
                c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
                [Some(78.2)],
                "{text}"
            );
        }
        for text in [
            "正在整改，年底前全县公办园在园幼儿占比达到52%。",
            "今年年底前，全县九年义务教育巩固率达到96%。",
            "力争2025年全县普惠性幼儿园覆盖率已达到88%。",
        ] {
            let c = in_2023(text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(c.targets.len(), 1, "{text}");
        }
    }

    /// `整改任务完成率100%`, `整改事项完成率为80%`, `整改任务完成75%` after a
    /// name: the share of the work done, not the indicator (a 100% large
    /// class share failed its rule). Unread, and said.
    #[test]
    fn the_share_of_work_done_is_not_the_indicator() {
        for text in [
            "全县大班额比例整改任务完成率100%。",
            "九年义务教育巩固率整改事项完成率为80%。",
            "学前三年毛入园率整改任务完成75%。",
        ] {
            let c = in_2023(text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(c.unread.len(), 1, "{text}");
        }
    }

    /// A `要求` kept (`认真落实省定要求，…实现只增不减`) makes no plan of the
    /// claim after it (it was a plan, and the fall beside it went
    /// unchallenged); a demand (`各地要实现…全覆盖`) is one.
    #[test]
    fn a_requirement_kept_is_no_plan() {
        let plans =
            |text: &str| -> Vec<bool> { in_2023(text).claims.iter().map(|c| c.plan).collect() };
        assert_eq!(
            plans("我县认真落实省定要求，全县一般公共预算教育支出实现只增不减。"),
            [false]
        );
        assert_eq!(
            plans("严格落实国家要求，全县义务教育教师平均工资收入不低于当地公务员平均工资收入。"),
            [false]
        );
        assert_eq!(plans("要求各地实现课后服务全覆盖。"), [true]);
        assert_eq!(plans("按照要求，各地要实现课后服务全覆盖。"), [true]);
        // A demand right before a phrase that opens with its own verb, or
        // before its time (each was the county's claim, contradicted by
        // the classes still there); not `主要`.
        assert_eq!(plans("县政府要全面消除超大班额。"), [true]);
        assert_eq!(plans("县政府要在年内全面消除超大班额。"), [true]);
        assert_eq!(plans("要严格落实“两个只增不减”要求。"), [true]);
        assert_eq!(plans("通过新建学校，全县全面消除超大班额。"), [false]);
        // A later year inside the phrase's gap dates the claim: a plan.
        assert_eq!(plans("全县66人以上超大班额于2024年全面消除。"), [true]);
        assert_eq!(plans("全县超大班额于2023年全面消除。"), [false]);
    }

    /// A figure named with a time before the work (`整改前为`, `原为`, `原来只有`,
    /// `督导评价时，`, `督导组反馈`) is the state then; the level is the one the
    /// sentence states after the work (`整改后为`, `现已达到`, `经过一年整改，已提高到`):
    /// the state before was read as the level, and failed its rule. Alone, it
    /// is said `other-period`. From the state before (`由整改前的…减少到…`) is
    /// no change against the year before (it failed 只增不减).
    #[test]
    fn the_state_before_the_work_then_the_state_now() {
        for (text, level) in [
            ("全县公办园在园幼儿占比整改前为44.6%，整改后为51.2%。", 51.2),
            ("全县公办园在园幼儿占比原为44.2%，现已达到51.0%。", 51.0),
            ("全县学前三年毛入园率原来只有86.3%，现在达到91.2%。", 91.2),
            (
                "市督导组反馈我县普惠性幼儿园覆盖率为76.5%，经过一年整改，已提高到85.4%。",
                85.4,
            ),
            (
                "督导评价时，全县公办园在园幼儿占比为44.2%，目前已达到51.0%。",
                51.0,
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(
                c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
                [Some(level)],
                "{text}"
            );
            assert!(c.indicators[0].change.is_none(), "{text}");
        }
        let alone = "全县公办园在园幼儿占比原为44.2%。";
        assert!(in_2023(alone).indicators.is_empty());
        assert_eq!(reasons(alone), [UnreadMentionReason::OtherPeriod]);
        // The problem quoted from the feedback, then the result (each quoted
        // figure was read as the level, and failed its rule).
        for (text, level, change) in [
            (
                "问题表述：大班额比例7.2%。整改结果：大班额比例为4.1%。",
                Some(4.1),
                None,
            ),
            (
                "督导反馈我县一般公共预算教育支出同比下降2.6%，经整改，全县一般公共预算教育支出增长4.1%。",
                None,
                Some(4.1),
            ),
        ] {
            let c = in_2023(text);
            assert_eq!(
                c.indicators
                    .iter()
                    .map(|i| (i.value, i.change.as_ref().and_then(|c| c.percent)))
                    .collect::<Vec<_>>(),
                [(level, change)],
                "{text}"
            );
            assert_eq!(reasons(text), [UnreadMentionReason::OtherPeriod], "{text}");
        }
        for text in [
            "全县一般公共预算教育支出从反馈时的7.05亿元减少到6.85亿元。",
            "全县一般公共预算教育支出由整改前的7.05亿元减少到6.85亿元。",
            "全县一般公共预算教育支出整改前为7.05亿元，整改后为6.85亿元。",
        ] {
            let c = in_2023(text);
            assert_eq!(
                c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
                [Some(685_000_000.0)],
                "{text}"
            );
            assert!(c.indicators[0].change.is_none(), "{text}");
        }
    }

    /// In a section of recommendations, the problem a recommendation answers
    /// states where the region stands: `目前…仅为45.6%，建议…`, `针对…为6.2%的
    /// 问题`, `为78.3%，低于国家标准`. They were read as goals, and the
    /// section passed.
    #[test]
    fn the_problem_before_a_recommendation_is_a_level() {
        let in_plans = |text: &str| {
            let mut c = case(text);
            Extractor::new(&Catalog::bundled()).extract_case_in(
                &mut c,
                Context {
                    year: Some(2023),
                    plan_section: true,
                    region: Some("青溪县"),
                    rectification: false,
                },
            );
            c
        };
        for (text, value) in [
            (
                "目前全县公办园在园幼儿占比仅为45.6%，建议加快公办园建设。",
                45.6,
            ),
            (
                "全县普惠性幼儿园覆盖率为78.3%，低于国家标准，应加快认定普惠性民办园。",
                78.3,
            ),
            ("针对全县大班额比例为6.2%的问题，要加快学校建设。", 6.2),
            // A fall against the year before happened: no goal.
            (
                "全县普惠性幼儿园覆盖率为77.5%，比上年下降1.1个百分点。",
                77.5,
            ),
            (
                "针对督导组提出的整改意见，全县一般公共预算教育支出6.12亿元，比上年下降2.1%。",
                612_000_000.0,
            ),
        ] {
            let c = in_plans(text);
            assert_eq!(
                c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
                [Some(value)],
                "{text}"
            );
            assert!(c.targets.is_empty(), "{text}");
        }
        // The recommendation itself stays a goal.
        let c = in_plans("普惠性幼儿园覆盖率提高到88%。");
        assert!(c.indicators.is_empty());
        assert_eq!(c.targets.len(), 1);
    }

    /// `消除66人以上超大班额6个`: six classes done away with, not all of
    /// them. It was read as the claim that none are left.
    #[test]
    fn a_count_after_a_claim_phrase_is_work_done() {
        for text in [
            "全年消除66人以上超大班额6个，新增学位2700个。",
            "化解超大班额12个。",
        ] {
            assert!(
                in_2023(text).claims.is_empty(),
                "{text}: {:?}",
                in_2023(text).claims
            );
        }
        for text in [
            "全县超大班额全部消除。",
            "全面消除超大班额23个。",
            "消除超大班额。",
        ] {
            assert_eq!(in_2023(text).claims.len(), 1, "{text}");
        }
    }

    /// `A：2022年5.6亿元，2023年5.4亿元` in a report on 2023: the level is
    /// 2023's, with 2022's as its base. The colon made 2022's the level (and
    /// the fall was lost); without it the name was unread.
    #[test]
    fn figures_listed_by_year_after_a_name() {
        for text in [
            "全县一般公共预算教育支出：2022年5.6亿元，2023年5.4亿元。",
            "全县一般公共预算教育支出2022年5.6亿元，2023年5.4亿元。",
        ] {
            let c = in_2023(text);
            let levels: Vec<(Option<f64>, Option<f64>)> = c
                .indicators
                .iter()
                .map(|i| (i.value, i.change.as_ref().and_then(|c| c.value)))
                .collect();
            assert_eq!(
                levels,
                [(Some(540_000_000.0), Some(-20_000_000.0))],
                "{text}"
            );
        }
        // One earlier year alone is still another period's.
        assert_eq!(
            reasons("全县一般公共预算教育支出：2022年5.6亿元。"),
            [UnreadMentionReason::OtherPeriod]
        );
    }

    /// A standard's figure named with the indicator: `对照国家标准（普惠性
    /// 幼儿园覆盖率85%）`, `A的评估标准为50%`. It was read as the region's
    /// level, and passed the rule it states.
    #[test]
    fn a_standards_figure_is_no_level() {
        for text in [
            "对照国家标准（普惠性幼儿园覆盖率85%），尚有较大差距。",
            "公办园在园幼儿占比的评估标准为50%。",
        ] {
            let c = in_2023(text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(c.targets.len(), 1, "{text}");
        }
        // The region's figure, then the standard in brackets: its level.
        assert_eq!(
            read("普惠性幼儿园覆盖率为86%（国家标准85%）。"),
            [(
                "preschool-inclusive-coverage".into(),
                Some(86.0),
                None,
                None
            )]
        );
    }

    /// `增幅下降2.3%`: the growth rate moved, and the rate itself is not
    /// said (it was a fall of 2.3%, and failed 只增不减); `A低于上年水平` with
    /// no figure is a fall said in words; the region's own figure after a
    /// standard in brackets (`对照国家标准（A50%），我县为46.5%`) is its level.
    #[test]
    fn growth_rates_moved_falls_in_words_and_levels_after_a_standard() {
        assert_eq!(
            read("全县一般公共预算教育支出8.3亿元，增幅下降2.3%。"),
            [(
                "education-expenditure".into(),
                Some(830_000_000.0),
                None,
                None
            )]
        );
        assert_eq!(
            reasons("全县一般公共预算教育支出低于上年水平。"),
            [UnreadMentionReason::UnsizedChange]
        );
        let c = in_2023("对照国家标准（公办园在园幼儿占比50%），我县为46.5%。");
        assert_eq!(
            c.indicators.iter().map(|i| i.value).collect::<Vec<_>>(),
            [Some(46.5)]
        );
        assert_eq!(
            c.targets.iter().map(|i| i.value).collect::<Vec<_>>(),
            [Some(50.0)]
        );
    }

    /// Asserts that each text states `indicator` at `value`, with the
    /// percent change given (and no amount).
    fn percent_changes(indicator: &str, value: f64, rows: &[(&str, Option<f64>)]) {
        for (text, change) in rows {
            assert_eq!(
                read(text),
                [(indicator.to_string(), Some(value), None, *change)],
                "{text}"
            );
        }
    }

    /// `增速较上年回落3.2个百分点，为-1.2%`: the points the growth rate moved
    /// by, then the rate itself in the next clause, which is the change (it
    /// was lost, and a fall with it). Without a linking word, or with the
    /// rate only moved, nothing is read.
    #[test]
    fn a_growth_rate_after_the_points_it_moved_by_is_the_change() {
        percent_changes(
            "education-expenditure",
            860_000_000.0,
            &[
                (
                    "全县一般公共预算教育支出8.6亿元，增速较上年回落3.2个百分点，为-1.2%。",
                    Some(-1.2),
                ),
                (
                    "全县一般公共预算教育支出8.6亿元，增幅比上年提高1.5个百分点，达到4.6%。",
                    Some(4.6),
                ),
                (
                    "全县一般公共预算教育支出8.6亿元，增长率较上年下降2个百分点，仅为0.8%。",
                    Some(0.8),
                ),
                (
                    "全县一般公共预算教育支出8.6亿元，增速较上年回落3.2个百分点。",
                    None,
                ),
                (
                    "全县一般公共预算教育支出8.6亿元，增速较上年回落3.2个百分点，全市平均4.1%。",
                    None,
                ),
            ],
        );
    }

    /// `，当年比上年下降2.3%`, `，全年较上年增长2.3%`, `，2023年比上年…` in a
    /// report on 2023: the report's year named again before the comparison. The change was lost, and the fall with
    /// it.
    #[test]
    fn the_years_own_name_before_a_comparison() {
        percent_changes(
            "education-expenditure",
            910_000_000.0,
            &[
                (
                    "全县一般公共预算教育支出9.1亿元，当年比上年下降2.3%。",
                    Some(-2.3),
                ),
                (
                    "全县一般公共预算教育支出9.1亿元，全年较上年增长2.3%。",
                    Some(2.3),
                ),
                (
                    "全县一般公共预算教育支出9.1亿元，今年比上年减少2.3%。",
                    Some(-2.3),
                ),
                (
                    "全县一般公共预算教育支出9.1亿元，2023年比上年下降2.3%。",
                    Some(-2.3),
                ),
                // Another year's change is not the year's.
                (
                    "全县一般公共预算教育支出9.1亿元，2022年比上年下降2.3%。",
                    None,
                ),
            ],
        );
    }

    /// `…较上年提高1.2个百分点，西岭市下降0.8个百分点`: the clause that opens
    /// with another region's name is that region's change; it replaced the
    /// region's own (a rise read as a fall).
    #[test]
    fn another_regions_change_after_the_own_is_not_read_as_it() {
        for (text, points) in [
            (
                "普惠性幼儿园覆盖率为86.5%，较上年提高1.2个百分点，西岭市下降0.8个百分点。",
                1.2,
            ),
            (
                "普惠性幼儿园覆盖率为86.5%，比上年下降0.5个百分点，东川区提高2个百分点。",
                -0.5,
            ),
            // A whole region above it (`全市`, `全省`) is another too.
            (
                "普惠性幼儿园覆盖率为86.5%，比上年下降0.5个百分点，全市提高0.2个百分点。",
                -0.5,
            ),
            // Points restated are still the statement's own.
            (
                "普惠性幼儿园覆盖率为86.5%，较上年提高1.2个百分点，提高1.2个百分点。",
                1.2,
            ),
        ] {
            assert_eq!(
                read(text),
                [(
                    "preschool-inclusive-coverage".into(),
                    Some(86.5),
                    Some(points),
                    None
                )],
                "{text}"
            );
        }
    }

    /// `扣除一次性因素后比上年增长1.6%，按总量计算比上年下降2.0%`: a change on an
    /// adjusted basis is not the indicator's; the whole's after it is. Both
    /// were lost (the fall with them). An adjusted change alone is no change.
    #[test]
    fn a_change_on_an_adjusted_basis_gives_way_to_the_whole() {
        percent_changes(
            "education-expenditure",
            860_000_000.0,
            &[
                (
                    "全县一般公共预算教育支出8.6亿元，扣除一次性因素后比上年增长1.6%，按总量计算比上年下降2.0%。",
                    Some(-2.0),
                ),
                (
                    "全县一般公共预算教育支出8.6亿元，剔除上级专项资金后比上年增长1.6%，如按全口径计算则比上年下降2.0%。",
                    Some(-2.0),
                ),
                (
                    "全县一般公共预算教育支出8.6亿元，按可比口径计算比上年增长1.6%。",
                    Some(1.6),
                ),
                (
                    "全县一般公共预算教育支出8.6亿元，扣除一次性因素后比上年增长1.6%。",
                    None,
                ),
            ],
        );
    }

    /// A change on an adjusted basis with no change of the whole is said
    /// unread (`adjusted`), never lost and never the indicator's: after the
    /// level (`A12.3亿元，扣除…后，比上年下降2.1%` was dropped without a word),
    /// with the basis opening the sentence (`扣除债券资金后，A比上年下降2.1%`
    /// was read as the indicator's fall), or after a level on the basis. The
    /// whole's change, before or after the basis, is read as it was; a level
    /// is never set apart (`剔除…后实际为47.6%` is the figure checked).
    #[test]
    fn a_change_on_an_adjusted_basis_alone_is_said_unread() {
        for (text, level) in [
            (
                "全县一般公共预算教育支出12.3亿元，扣除一次性项目后，比上年下降2.1%。",
                Some(1_230_000_000.0),
            ),
            (
                "全县一般公共预算教育支出12.3亿元，剔除上级专项资金后比上年下降0.6%。",
                Some(1_230_000_000.0),
            ),
            (
                "扣除债券资金后，全县一般公共预算教育支出比上年下降2.1%。",
                None,
            ),
            // A basis its clause ends, with no `后`.
            (
                "扣除中央专项资金，全县一般公共预算教育支出同比增长2.4%。",
                None,
            ),
            (
                "全县一般公共预算教育支出12.3亿元，剔除一次性因素，比上年增长1.6%。",
                Some(1_230_000_000.0),
            ),
            (
                "扣除上级转移支付后，全县一般公共预算教育支出为8.1亿元，比上年增长2.2%。",
                Some(810_000_000.0),
            ),
        ] {
            let levels: Vec<Row> = level
                .map(|v| ("education-expenditure".to_string(), Some(v), None, None))
                .into_iter()
                .collect();
            assert_eq!(read(text), levels, "{text}");
            assert_eq!(reasons(text), [UnreadMentionReason::Adjusted], "{text}");
        }
        for (text, change) in [
            (
                "全县一般公共预算教育支出比上年增长3.2%，剔除上年一次性支出因素后增长5.1%。",
                3.2,
            ),
            (
                "全县一般公共预算教育支出扣除一次性因素后比上年增长1.6%，按总量计算比上年下降2.0%。",
                -2.0,
            ),
            // The basis opens the sentence, the whole's change ends it.
            (
                "剔除上级专项资金因素后，全县一般公共预算教育支出比上年增长1.2%，按总量计算比上年下降0.8%。",
                -0.8,
            ),
        ] {
            assert_eq!(
                read(text),
                [(
                    "education-expenditure".to_string(),
                    None,
                    None,
                    Some(change)
                )],
                "{text}"
            );
            assert_eq!(reasons(text), [], "{text}");
        }
        // The part of a change before the basis is the indicator's own.
        let text = "全县一般公共预算教育支出较上年减少2100万元，剔除一次性因素后增长3.2%。";
        assert_eq!(reasons(text), []);
        let c = in_2023(text);
        assert_eq!(c.indicators.len(), 1, "{:?}", c.indicators);
        let change = c.indicators[0].change.clone().expect("the fall");
        assert_eq!((change.value, change.percent), (Some(-21_000_000.0), None));
        // Not a basis of a figure: a level after `排除…后` with no change.
        assert_eq!(
            reasons("全面排除校舍安全隐患后，全县课后服务覆盖率达到100%。"),
            []
        );
    }

    /// `尽管较上年减少1.4%，全县…支出仍达8.3亿元`: the change in the clause
    /// that opens the sentence, before the name. It was lost.
    #[test]
    fn a_change_in_the_clause_before_the_name() {
        assert_eq!(
            read("尽管较上年减少1.4%，全县一般公共预算教育支出仍达8.3亿元。"),
            [(
                "education-expenditure".into(),
                Some(830_000_000.0),
                None,
                Some(-1.4)
            )]
        );
        assert_eq!(
            read("虽比上年下降2.1%，但全县生均一般公共预算教育支出仍达13200元。")[0].3,
            Some(-2.1)
        );
        // Not a comparison with the year before, or another subject's count.
        for text in [
            "新建学校3所，全县一般公共预算教育支出达8.3亿元。",
            "较上年增加3所，全县普惠性幼儿园覆盖率达到88%。",
            "比全省平均高1.2个百分点，全县普惠性幼儿园覆盖率达到88%。",
            "较上年减少1.4%的学校已整改，全县一般公共预算教育支出达8.3亿元。",
        ] {
            let r = read(text);
            assert_eq!(r.first().map(|r| (r.2, r.3)), Some((None, None)), "{text}");
        }
    }

    /// `低于上年水平`, `未达到上年水平`, and a sum's fall in points: a fall
    /// whose size cannot be read is said, not dropped.
    #[test]
    fn falls_without_a_size_that_can_be_read() {
        for text in [
            "全县一般公共预算教育支出6.02亿元，低于上年水平。",
            "全县生均一般公共预算教育支出14200元，未达到上年水平。",
            "全县一般公共预算教育支出4.31亿元，比上年下降0.5个百分点。",
            "全县一般公共预算教育支出6.02亿元，较上年减少了4.6个百分点。",
        ] {
            assert_eq!(read(text).first().and_then(|r| r.3), None, "{text}");
            assert_eq!(
                reasons(text),
                [UnreadMentionReason::UnsizedChange],
                "{text}"
            );
        }
        // A rate's fall in points is its change.
        assert_eq!(
            read("普惠性幼儿园覆盖率为84.7%，比上年下降0.5个百分点。")[0].2,
            Some(-0.5)
        );
    }

    /// A fall whose figure is signed too (`下降-1.2%`, `略有下降（-0.8%）`) is
    /// one fall: it was read as a rise, and 只增不减 passed. A rise of a
    /// negative figure stays the figure's fall.
    #[test]
    fn a_fall_with_a_signed_figure_is_a_fall() {
        for (text, value, percent) in [
            (
                "一般公共预算教育支出14.26亿元，比上年略有下降（-0.8%）。",
                None,
                Some(-0.8),
            ),
            (
                "一般公共预算教育支出14.26亿元，比上年下降-1.2%。",
                None,
                Some(-1.2),
            ),
            (
                "一般公共预算教育支出14.26亿元（同比下降-1.2%）。",
                None,
                Some(-1.2),
            ),
            (
                "一般公共预算教育支出14.26亿元，比上年减少（-0.1亿元）。",
                Some(-10_000_000.0),
                None,
            ),
            (
                "一般公共预算教育支出14.26亿元，比上年增长-0.8%。",
                None,
                Some(-0.8),
            ),
            (
                "一般公共预算教育支出14.26亿元，比上年增长0.8%。",
                None,
                Some(0.8),
            ),
        ] {
            let rows = read(text);
            assert_eq!(rows.len(), 1, "{text}");
            assert_eq!((rows[0].2, rows[0].3), (value, percent), "{text}");
        }
    }

    /// What an amount is per, after a slash (`13200元/生`, `10.2万元/年`),
    /// ends no clause: the change after it is the figure's (it was lost, and
    /// a fall passed 只增不减).
    #[test]
    fn a_change_after_what_the_figure_is_per() {
        for (text, id, level, percent) in [
            (
                "生均一般公共预算教育支出13200元/生，比上年减少2.6%。",
                "per-student-expenditure",
                13200.0,
                -2.6,
            ),
            (
                "生均一般公共预算教育支出1.32万元/人，同比下降2.6%。",
                "per-student-expenditure",
                13200.0,
                -2.6,
            ),
            (
                "生均一般公共预算教育支出13200元/生·年，比上年减少2.6%。",
                "per-student-expenditure",
                13200.0,
                -2.6,
            ),
            (
                "义务教育教师年平均工资收入10.2万元／年，比上年增长3.1%。",
                "teacher-average-salary",
                102000.0,
                3.1,
            ),
        ] {
            assert_eq!(
                read(text),
                [row(id, Some(level), None, Some(percent))],
                "{text}"
            );
        }
        // The same before a flat or a roughly flat change.
        for (text, percent) in [
            (
                "生均一般公共预算教育支出15260元/生，与上年基本持平（增长0.2%）。",
                0.2,
            ),
            ("生均一般公共预算教育支出15260元/生，与上年持平。", 0.0),
        ] {
            assert_eq!(read(text)[0].3, Some(percent), "{text}");
        }
    }

    /// Falls said beside `基本持平`, with a bare signed figure, as a rate
    /// narrowed to a figure, or by the same period's figure without `为`:
    /// each was read as the level alone, and the fall passed 只增不减.
    #[test]
    fn falls_beside_roughly_flat_bare_signs_and_same_periods() {
        for (text, value, percent) in [
            (
                "一般公共预算教育支出8.02亿元，与上年基本持平（下降0.1%）。",
                None,
                Some(-0.1),
            ),
            (
                "一般公共预算教育支出8.02亿元，与上年基本持平，下降0.3%。",
                None,
                Some(-0.3),
            ),
            ("一般公共预算教育支出8.1亿元，同比-0.8%。", None, Some(-0.8)),
            (
                "一般公共预算教育支出8.1亿元，同比（-0.8%）。",
                None,
                Some(-0.8),
            ),
            (
                "一般公共预算教育支出8.2亿元，增幅由上年的5.6%收窄至-1.2%。",
                None,
                Some(-1.2),
            ),
            (
                "一般公共预算教育支出8.1亿元，上年同期8.2亿元。",
                Some(-10_000_000.0),
                None,
            ),
        ] {
            let rows = read(text);
            assert_eq!(rows.len(), 1, "{text}");
            assert_eq!(rows[0].2, value, "{text}");
            match percent {
                Some(p) => assert_eq!(rows[0].3, Some(p), "{text}"),
                None => assert!(rows[0].3.is_some_and(|p| p < 0.0), "{text}"),
            }
        }
        // Roughly flat alone states no change; flat states zero.
        assert_eq!(
            read("一般公共预算教育支出8.02亿元，与上年基本持平。")[0].3,
            None
        );
        assert_eq!(
            read("一般公共预算教育支出8.02亿元，与上年持平。")[0].3,
            Some(0.0)
        );
    }

    /// A number cut by a blank after a word (`为8 6.2%`, `由上年的1 2,430元`:
    /// a PDF's text) is no figure, and a from→to whose verb says the
    /// opposite of its figures is no statement: each was read (6.2% failed
    /// a rule, and a fall was a rise of 393%). They are said unread.
    /// Thousands in groups (`73 500万元`) are one figure, as before.
    #[test]
    fn numbers_cut_by_a_blank_and_verbs_against_their_figures() {
        for text in [
            "全县普惠性幼儿园覆盖率为8 6.2%。",
            "全县生均一般公共预算教育支出由上年的1 2,430元减少到11,980元。",
            "全县一般公共预算教育支出1 2.36亿元。",
            "全县生均一般公共预算教育支出由上年的2,430元减少到11,980元。",
        ] {
            let c = in_2023(text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(c.unread.len(), 1, "{text}");
        }
        // A blank after the point, after a word (a PDF's justified text):
        // one figure (88. 4% was 4%, and failed; 6. 48亿元 was 48亿元).
        assert_eq!(
            read("全县一般公共预算教育支出6. 48亿元，比上年增长5. 0%。"),
            [row(
                "education-expenditure",
                Some(648_000_000.0),
                None,
                Some(5.0)
            )]
        );
        let c = in_2023("全县普惠性幼儿园覆盖率达到88. 4%。");
        assert_eq!(c.indicators[0].value, Some(88.4));
        assert_eq!(
            read("全县一般公共预算教育支出73 500万元。"),
            [row(
                "education-expenditure",
                Some(735_000_000.0),
                None,
                None
            )]
        );
    }

    /// A sum stated as a share of the year before's (`为上年的96.5%`) is a
    /// change of its difference from 100%: it was the level alone, and the
    /// fall passed 只增不减. A share of the budget is no change.
    #[test]
    fn a_share_of_the_year_befores_sum_is_its_change() {
        assert_eq!(
            read("一般公共预算教育支出8.1亿元，为上年的96.5%。"),
            [row(
                "education-expenditure",
                Some(810_000_000.0),
                None,
                Some(-3.5)
            )]
        );
        assert_eq!(
            read("一般公共预算教育支出8.1亿元，相当于上年的103.2%。")[0].3,
            Some(3.2)
        );
        assert_eq!(
            read("一般公共预算教育支出8.1亿元，占一般公共预算支出的18.5%。")[0].3,
            None
        );
    }
}

/// Titles and labels that announce plans, over figures written as levels.
mod titled_plans {
    use dutycheck_model::{Report, Section};

    use super::*;

    fn report(sections: &[(&str, &str)]) -> Report {
        let mut report = Report {
            path: "t.txt".into(),
            title: "红杉市2023年度县级政府履行教育职责督导意见书".into(),
            year: Some(2023),
            sections: sections
                .iter()
                .enumerate()
                .map(|(i, (name, text))| Section {
                    name: (*name).into(),
                    number: u32::try_from(i + 1).unwrap_or(0),
                    line: 1,
                    column: 1,
                    heading_length: 0,
                    cases: vec![case(text)],
                    numbering_gaps: vec![],
                    unread_numbering: vec![],
                    collected: false,
                })
                .collect(),
        };
        Extractor::new(&Catalog::bundled()).extract(&mut report);
        report
    }

    /// `（三）下一步打算` over `全县…达到92%以上，…超大班额全部消除`: the case
    /// was read as levels reached and a claim met.
    #[test]
    fn a_case_titled_as_plans_holds_targets() {
        for title in [
            "下一步打算",
            "今后工作思路",
            "努力方向",
            "下一步工作计划",
            "2024年工作目标",
            "工作展望",
            "2024年工作重点",
            "工作安排",
            "下一步打算：",
        ] {
            let c = extracted(&format!(
                "{title}\n全县普惠性幼儿园覆盖率达到92%以上，公办园在园幼儿占比达到55%，超大班额全部消除。"
            ));
            assert!(c.indicators.is_empty(), "{title}: {:?}", c.indicators);
            assert_eq!(c.targets.len(), 2, "{title}: {:?}", c.targets);
            assert!(c.claims.iter().all(|c| c.plan), "{title}: {:?}", c.claims);
        }
        // Run in before the first stop, as a bulletin writes a county's
        // parts: `（三）整改要求。…` (it was a level reached).
        let c = extracted("整改要求。普惠性幼儿园覆盖率提高到85%，公办园在园幼儿占比达到55%。");
        assert!(c.indicators.is_empty(), "{:?}", c.indicators);
        assert_eq!(c.targets.len(), 2, "{:?}", c.targets);
        let c = extracted("主要成效。普惠性幼儿园覆盖率提高到85%，公办园在园幼儿占比达到55%。");
        assert_eq!(c.indicators.len(), 2, "{:?}", c.indicators);
        // A title of work done, and a first line that is a sentence.
        for text in [
            "学前教育\n全县普惠性幼儿园覆盖率达到92%以上，公办园在园幼儿占比达到55%。",
            "下一步工作中，全县将继续努力。\n全县普惠性幼儿园覆盖率达到92%以上，公办园在园幼儿占比达到55%。",
            "2023年工作计划完成情况\n全县普惠性幼儿园覆盖率达到92%以上，公办园在园幼儿占比达到55%。",
        ] {
            let c = extracted(text);
            assert_eq!(c.indicators.len(), 2, "{text}: {:?}", c.indicators);
        }
    }

    /// `【下一步】…`, `下一步打算：…`, `下步工作：…`: every clause after the
    /// label is a plan (none was; `【工作计划】` made its first clause one).
    #[test]
    fn a_label_of_plans_makes_its_sentence_plans() {
        for label in [
            "【下一步】",
            "下一步打算：",
            "下步工作：",
            "【工作计划】",
            "【今后工作思路】",
            "工作目标：",
        ] {
            let c = extracted(&format!(
                "{label}全县公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率达到90%。"
            ));
            assert!(c.indicators.is_empty(), "{label}: {:?}", c.indicators);
            assert_eq!(c.targets.len(), 2, "{label}: {:?}", c.targets);
        }
        let c = extracted("【主要成效】全县公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率达到90%。");
        assert_eq!(c.indicators.len(), 2, "{:?}", c.indicators);
    }

    /// A plans title run in before a list (`（二）下一步打算。一是力争…52%；二是…
    /// 提高到88%；三是…稳定在97%以上。`, `下一步打算：一是…`, `下一步打算：（1）…`):
    /// every item is a plan. Only the first was (by its `力争`); 88 and 97
    /// were levels, and passed.
    #[test]
    fn a_plans_title_run_in_before_a_list_makes_every_item_plans() {
        let items = "力争公办园在园幼儿占比达到52%；{2}普惠性幼儿园覆盖率提高到88%；{3}九年义务教育巩固率稳定在97%以上。";
        for (title, one, two, three) in [
            ("下一步打算。", "一是", "二是", "三是"),
            ("下一步打算：", "一是", "二是", "三是"),
            ("下一步工作打算：", "1.", "2.", "3."),
            ("今后工作思路。", "（1）", "（2）", "（3）"),
        ] {
            let text = format!(
                "{title}{one}{}",
                items.replace("{2}", two).replace("{3}", three)
            );
            let c = extracted(&text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            assert_eq!(c.targets.len(), 3, "{text}: {:?}", c.targets);
        }
        // A title of work done, and a first sentence before no list.
        for text in [
            "主要成效。一是公办园在园幼儿占比达到52%；二是普惠性幼儿园覆盖率提高到88%。",
            "全县认真谋划下一步打算。普惠性幼儿园覆盖率提高到88%。",
        ] {
            let c = extracted(text);
            assert_eq!(
                c.indicators.len(),
                text.matches('%').count(),
                "{text}: {:?}",
                c.indicators
            );
        }
    }

    /// Inspectors' demands and a county's promises (`需提高至80%`, `务必提高到`,
    /// `督促该县…达到80%`, `县政府承诺…`, `在整改期内达到`, `下阶段达到`) are
    /// plans; each was read as a level reached, and passed. A promise kept
    /// (`兑现承诺`) is done.
    #[test]
    fn demands_and_promises_are_plans() {
        for text in [
            "普惠性幼儿园覆盖率需提高至80%。",
            "普惠性幼儿园覆盖率须提高到80%。",
            "普惠性幼儿园覆盖率务必提高到80%。",
            "督促该县普惠性幼儿园覆盖率达到80%。",
            "县政府承诺普惠性幼儿园覆盖率达到85%。",
            "普惠性幼儿园覆盖率在整改期内达到80%。",
            "普惠性幼儿园覆盖率下阶段达到85%。",
            "限期整改，普惠性幼儿园覆盖率达到80%。",
            // A label of demands governs its whole sentence: the second
            // clause was read as a level.
            "要求：普惠性幼儿园覆盖率提高到85%，公办园在园幼儿占比达到50%。",
            "整改要求：普惠性幼儿园覆盖率提高到85%，公办园在园幼儿占比达到50%。",
            // What must come down, what is aimed at or readied, what a task
            // sets (each was a level reached, and passed).
            "大班额比例应降至5%以下。",
            "通过整改，超大班额比例应降为0%。",
            "学前三年毛入园率争创95%。",
            "高中阶段毛入学率准备提高到93%。",
            "待项目竣工，课后服务覆盖率能够实现100%。",
            "市政府下达我县的任务是公办园在园幼儿占比达到55%。",
        ] {
            let c = extracted(text);
            assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
            let figures = text.matches('%').count();
            assert_eq!(c.targets.len(), figures, "{text}: {:?}", c.targets);
        }
        // The inspectors' demands of a requirement are plans, not the
        // county's claims (the first was contradicted by a fall, and
        // blamed on the county).
        for text in [
            "意见：教育投入只增不减。",
            "建议县政府确保“两个只增不减”。",
            "县政府须保证“两个只增不减”。",
            "限期实现超大班额清零。",
            "抓紧落实教师工资“不低于”要求。",
            "下一步，全县课后服务实现全覆盖。",
            "该县须于年内实现“两个只增不减”。",
            "该县应做到义务教育教师平均工资收入水平不低于当地公务员。",
        ] {
            let c = extracted(text);
            let plans: Vec<bool> = c.claims.iter().map(|c| c.plan).collect();
            assert_eq!(plans, [true], "{text}");
        }
        let c = extracted("确保了“两个只增不减”。");
        assert!(c.claims.iter().all(|c| !c.plan), "{:?}", c.claims);
        // A bulletin's demand to carry a requirement out (`请…落实`, `要切实
        // 落实`, `须落实`, `应当…`): each was the county's claim, and a fall
        // beside it a claim contradicted.
        for text in [
            "生均一般公共预算教育支出下降1.9%，请切实落实“两个只增不减”要求。",
            "要切实落实“两个只增不减”要求，确保教育经费投入只增不减。",
            "请青溪县切实落实“两个只增不减”要求。",
            "请县政府于2024年底前实现义务教育学校课后服务全覆盖。",
            "县政府应当切实落实义务教育教师平均工资收入不低于当地公务员的要求。",
            "须落实“两个只增不减”要求，不得挤占挪用教育经费。",
            "你县要进一步落实“两个只增不减”要求。",
            "应切实消除66人以上超大班额。",
            "需落实课后服务全覆盖要求。",
            "县政府要落实“不低于”要求，核定绩效工资总量时统筹考虑。",
            "整改要求：请加大教育投入，实现“两个只增不减”。",
        ] {
            let c = extracted(text);
            let plans: Vec<bool> = c.claims.iter().map(|c| c.plan).collect();
            assert!(
                !plans.is_empty() && plans.iter().all(|p| *p),
                "{text}: {plans:?}"
            );
        }
        // The fall beside the demand is still the county's.
        let c = extracted("生均一般公共预算教育支出下降1.9%，请切实落实“两个只增不减”要求。");
        let fall = c.indicators.first().and_then(|i| i.change.as_ref());
        assert_eq!(
            fall.and_then(|c| c.percent),
            Some(-1.9),
            "{:?}",
            c.indicators
        );
        // Carried out, and `请` or `要` inside another word (`申请`, `聘请`,
        // `主要`; `要求` after `按照`): claims.
        for text in [
            "全县落实了“两个只增不减”要求。",
            "全县认真落实“两个只增不减”要求，一般公共预算教育支出增长3.2%。",
            "全县严格落实“两个只增不减”要求，确保了教育投入只增不减。",
            "落实教师工资保障，实现“不低于”要求。",
            "按照上级要求落实“两个只增不减”。",
            "该县主动申请省级奖补资金，实现了课后服务全覆盖。",
            "聘请专业人员参与课后服务，实现课后服务全覆盖。",
            "全县主要落实三项举措，实现“两个只增不减”。",
        ] {
            let c = extracted(text);
            let plans: Vec<bool> = c.claims.iter().map(|c| c.plan).collect();
            assert_eq!(plans, [false], "{text}");
        }
        // A request makes its whole sentence one of plans, as `建议` does.
        let c = extracted("请青溪县将普惠性幼儿园覆盖率提高到80%，公办园在园幼儿占比提高到50%。");
        assert!(c.indicators.is_empty(), "{:?}", c.indicators);
        assert_eq!(c.targets.len(), 2, "{:?}", c.targets);
        let c = extracted(
            "县政府兑现承诺，普惠性幼儿园覆盖率达到85%，义务教育学校课后服务实现全覆盖。",
        );
        assert_eq!(c.indicators.len(), 1, "{:?}", c.indicators);
        assert!(c.claims.iter().all(|c| !c.plan), "{:?}", c.claims);
    }

    /// A list whose head, inside a paragraph, announces plans: every item
    /// is one, on the head's line or on lines of their own, whatever the
    /// items' numbers (`一是`, `1.`, `（1）`, `①`). Only an item with a plan
    /// word of its own was read as a plan; the others were levels, and
    /// passed. A list of work done, a head that disposes of something done
    /// (`将教育经费纳入预算`), and an item that says where the region stands now
    /// (`目前…为45%`) keep their levels.
    #[test]
    fn every_item_of_a_list_of_plans_is_a_plan() {
        let items = [
            ("一是", "；二是", "；三是"),
            ("1.", "\n2.", "\n3."),
            ("（1）", "；（2）", "；（3）"),
            ("\n一是", "\n二是", "\n三是"),
            ("①", "；②", "；③"),
        ];
        for head in [
            "全县学前三年毛入园率为85%。下一步打算：",
            "全县学前三年毛入园率为85%。针对上述问题，我县将重点做好以下工作：",
            "全县学前三年毛入园率为85%。今后，将从以下几个方面着力：",
            "全县学前三年毛入园率为85%。督导组提出以下建议：",
            "全县学前三年毛入园率为85%。下一步打算。",
            "全县学前三年毛入园率为85%。2024年工作计划如下：",
            // A sentence that announces the plans, before the first item
            // (each item was a level reached).
            "全县学前三年毛入园率为85%。下一步，我们将重点做好以下工作。",
        ] {
            for (one, two, three) in items {
                let text = format!(
                    "{head}{one}加快普惠园建设，毛入园率达到88%{two}普惠性幼儿园覆盖率达到90%{three}公办园在园幼儿占比提高到50%。"
                );
                let c = extracted(&text);
                assert_eq!(c.indicators.len(), 1, "{text}: {:?}", c.indicators);
                assert_eq!(c.targets.len(), 3, "{text}: {:?}", c.targets);
            }
        }
        for text in [
            // Work done.
            "全县主要做法如下：一是加快普惠园建设，毛入园率达到88%；二是推进集团化办园，普惠性幼儿园覆盖率达到90%。",
            "我县将教育经费纳入预算，主要做法如下：\n一是毛入园率达到88%。\n二是普惠性幼儿园覆盖率达到90%。",
            "我县已将学前教育列入重点工作，重点做了以下工作：一是毛入园率达到88%；二是普惠性幼儿园覆盖率达到90%。",
            "今年以来，我县重点做好以下工作。一是毛入园率达到88%。二是普惠性幼儿园覆盖率达到90%。",
            // A first sentence before no list.
            "全县认真谋划下一步打算。毛入园率达到88%；二是普惠性幼儿园覆盖率达到90%。",
        ] {
            let c = extracted(text);
            assert!(c.targets.is_empty(), "{text}: {:?}", c.targets);
            assert_eq!(c.indicators.len(), 2, "{text}: {:?}", c.indicators);
        }
        // A title of plans on a line of its own, with no stop, over items
        // on the next lines (they were levels). A line of work is no head.
        let c = extracted(
            "学前教育\n全县学前三年毛入园率为85%。\n下一步工作打算\n1.普惠性幼儿园覆盖率达到90%。\n2.公办园在园幼儿占比达到55%。",
        );
        assert_eq!(c.indicators.len(), 1, "{:?}", c.indicators);
        assert_eq!(c.targets.len(), 2, "{:?}", c.targets);
        let c = extracted(
            "学前教育\n主要做法\n1.普惠性幼儿园覆盖率达到90%。\n2.公办园在园幼儿占比达到55%。",
        );
        assert_eq!(c.indicators.len(), 2, "{:?}", c.indicators);
        // A list of plans ends at a line that is not one of its items.
        let c = extracted(
            "全县学前三年毛入园率为85%。下一步打算：一是加快普惠园建设。\n全县毛入园率达到88%，普惠性幼儿园覆盖率达到90%。",
        );
        assert!(c.targets.is_empty(), "{:?}", c.targets);
        assert_eq!(c.indicators.len(), 3, "{:?}", c.indicators);
        let c = extracted(
            "下一步，我县将重点做好以下工作：一是普惠性幼儿园覆盖率达到90%；二是目前全县公办园在园幼儿占比为45%，力争提高到50%。",
        );
        let levels: Vec<Option<f64>> = c.indicators.iter().map(|v| v.value).collect();
        let targets: Vec<Option<f64>> = c.targets.iter().map(|v| v.value).collect();
        assert_eq!(
            (levels, targets),
            (vec![Some(45.0)], vec![Some(90.0), Some(50.0)])
        );
        // A claim in an item of the list is a plan, not a claim met.
        let plans =
            |text: &str| -> Vec<bool> { extracted(text).claims.iter().map(|c| c.plan).collect() };
        assert_eq!(
            plans(
                "下一步，我县将重点做好以下工作：一是加大投入；二是落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。"
            ),
            [true]
        );
        assert_eq!(
            plans(
                "全县主要做法如下：一是加大投入；二是义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。"
            ),
            [false]
        );
    }

    /// A region's part of a 督导意见书 states its levels, and a section
    /// that says the advice was carried out states levels reached: every
    /// figure was a target, and the sections passed.
    #[test]
    fn sections_of_work_done_and_a_regions_opinion_hold_levels() {
        let r = report(&[
            (
                "对槐荫县的督导意见",
                "2023年全县公办园在园幼儿占比38.9%，九年义务教育巩固率为92.1%。建议加快公办园建设，确保公办园在园幼儿占比达到50%。",
            ),
            (
                "对照督导意见逐项整改落实情况",
                "2023年全县公办园在园幼儿占比为38.9%。",
            ),
            ("整改建议落实情况", "2023年全县九年义务教育巩固率为92.1%。"),
            ("督导意见", "全县公办园在园幼儿占比提高到50%。"),
        ]);
        let levels = |i: usize| {
            r.sections[i].cases[0]
                .indicators
                .iter()
                .filter_map(|v| v.value)
                .collect::<Vec<_>>()
        };
        let targets = |i: usize| r.sections[i].cases[0].targets.len();
        assert_eq!((levels(0), targets(0)), (vec![38.9, 92.1], 1));
        assert_eq!((levels(1), targets(1)), (vec![38.9], 0));
        assert_eq!((levels(2), targets(2)), (vec![92.1], 0));
        // A bare heading of the inspectors' demands still holds goals.
        assert_eq!((levels(3), targets(3)), (vec![], 1));
    }
}

/// A fall said softly after a level (`，略有下降`, `，因在校生增加而有所降低`),
/// or the fall of a fall's rate (`，降幅比上年收窄…`): the level, and a fall
/// whose size is not said. Weak growth (`增长乏力`) is no rise: the change
/// or the level in the next clause is the name's. (Each was read as a level
/// alone, or as a rise, and 只增不减 passed.)
#[test]
fn falls_said_softly_and_weak_growth_are_no_rises() {
    use dutycheck_model::{Direction, UnreadMentionReason};
    let unsized_fall = |c: &Case| {
        c.unread.iter().any(|u| {
            u.reason == UnreadMentionReason::UnsizedChange && u.direction == Some(Direction::Down)
        })
    };
    for text in [
        "全县按在校学生人数平均的一般公共预算教育支出13560元，略有下降。",
        "全县按在校学生人数平均的一般公共预算教育支出13560元，因在校生增加而有所降低。",
        "全县按在校学生人数平均的一般公共预算教育支出13560元，出现小幅回落。",
        "全县一般公共预算教育支出10.6亿元，降幅比上年收窄1.1个百分点。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(c.indicators.len(), 1, "{text}: {c:?}");
        assert!(c.indicators[0].value.is_some(), "{text}");
        assert!(unsized_fall(&c), "{text}: {:?}", c.unread);
    }
    // A rise said softly stays unread as a change: no rise is assumed.
    let c = county_phrasing::in_2023("全县一般公共预算教育支出10.6亿元，有所提高。");
    assert!(c.unread.is_empty(), "{:?}", c.unread);
    for (text, value, change) in [
        (
            "全县一般公共预算教育支出增长乏力，同比下降0.8%。",
            None,
            -0.8,
        ),
        ("全县一般公共预算教育支出增速放缓，增长1.2%。", None, 1.2),
        (
            "全县一般公共预算教育支出增长受限，为4.1亿元，较上年下降1.1%。",
            Some(410_000_000.0),
            -1.1,
        ),
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(c.indicators.len(), 1, "{text}: {c:?}");
        let v = &c.indicators[0];
        assert_eq!(v.value, value, "{text}");
        assert_eq!(
            v.change.as_ref().and_then(|c| c.percent),
            Some(change),
            "{text}"
        );
        assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
    }
    // Weak growth alone says no direction.
    let c = county_phrasing::in_2023("全县一般公共预算教育支出增长乏力。");
    assert!(
        c.unread.iter().all(|u| u.direction.is_none()),
        "{:?}",
        c.unread
    );
}

/// A change planned in words (`下一步，确保A恢复增长`, `2024年力争A有所增长`)
/// is no change that happened: unread for want of a figure, with no
/// direction. A fall said before a plan in the next clause is still a fall.
#[test]
fn a_change_planned_in_words_is_no_rise() {
    use dutycheck_model::{Direction, UnreadMentionReason};
    for text in [
        "下一步，确保一般公共预算教育支出恢复增长。",
        "2024年力争一般公共预算教育支出有所增长。",
        "下一步，将确保一般公共预算教育支出逐年增长。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert!(c.indicators.is_empty(), "{text}: {c:?}");
        let reasons: Vec<_> = c.unread.iter().map(|u| (u.reason, u.direction)).collect();
        assert_eq!(reasons, [(UnreadMentionReason::NoFigure, None)], "{text}");
    }
    let c = county_phrasing::in_2023("全县一般公共预算教育支出较上年有所下降，下一步将加大投入。");
    let reasons: Vec<_> = c.unread.iter().map(|u| (u.reason, u.direction)).collect();
    assert_eq!(
        reasons,
        [(UnreadMentionReason::UnsizedChange, Some(Direction::Down))]
    );
}

/// `A83.6%→86.1%`, `A由83.6% → 86.1%`, `A45.2%->51.3%`: an arrow between two
/// figures is a from→to; the level is the figure it points to (the first
/// was read as the level, and failed its rule).
#[test]
fn an_arrow_between_two_figures_is_a_from_to() {
    for text in [
        "学前三年毛入园率83.6%→86.1%。",
        "学前三年毛入园率由83.6% → 86.1%。",
        "学前三年毛入园率83.6%->86.1%。",
    ] {
        let v = levels_with_bases(text);
        assert_eq!(v, [(Some(86.1), Some(83.6))], "{text}");
    }
}

/// Two figures labelled by their times, the earlier first
/// (`A83.6%（2022年）、86.1%（2023年）`, `A5.8%（整改前）、1.2%（整改后）`): the
/// level is the later one. Labelled by two earlier years, neither is the
/// report's level. (The first was read as the level.)
#[test]
fn two_figures_labelled_by_their_times_are_a_from_to() {
    use dutycheck_model::UnreadMentionReason;
    for (text, level, base) in [
        (
            "学前三年毛入园率83.6%（2022年）、86.1%（2023年）。",
            86.1,
            Some(83.6),
        ),
        (
            "学前三年毛入园率83.6%（上年）、86.1%（本年）。",
            86.1,
            Some(83.6),
        ),
        // From the state before the remedy: no change against the year.
        ("大班额比例：5.8%（整改前）、1.2%（整改后）。", 1.2, None),
    ] {
        assert_eq!(levels_with_bases(text), [(Some(level), base)], "{text}");
        let c = county_phrasing::in_2023(text);
        assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
    }
    let c = county_phrasing::in_2023("学前三年毛入园率83.6%（2021年）、86.1%（2022年）。");
    assert!(c.indicators.is_empty(), "{c:?}");
    let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
    assert_eq!(reasons, [UnreadMentionReason::OtherPeriod]);
    // The later first: the first is the level, as written.
    let c = county_phrasing::in_2023("学前三年毛入园率86.1%（2023年）、83.6%（2022年）。");
    let v: Vec<_> = c.indicators.iter().map(|v| v.value).collect();
    assert_eq!(v, [Some(86.1)]);
}

/// A count of children, then its share in the next clause
/// (`公办幼儿园在园幼儿6210人，占在园幼儿总数的46.2%`, `…占全县在园幼儿的52.4%`):
/// the share is the indicator's level (it was dropped without a word, and a
/// share under 50% passed unseen). The count alone states no share.
#[test]
fn a_share_of_all_children_after_their_count_is_read() {
    for (text, id, level) in [
        (
            "全县公办幼儿园在园幼儿6210人，占在园幼儿总数的46.2%。",
            "preschool-public-share",
            46.2,
        ),
        (
            "公办园在园幼儿6210人，占全县在园幼儿的52.4%。",
            "preschool-public-share",
            52.4,
        ),
        (
            "在公办园和普惠性民办园就读的幼儿15600人，占在园幼儿总数的90.5%。",
            "preschool-inclusive-coverage",
            90.5,
        ),
        (
            "全县中职学校招生2150人，占高中阶段招生总数的43.2%。",
            "vocational-enrollment-share",
            43.2,
        ),
    ] {
        let c = county_phrasing::in_2023(text);
        let v: Vec<_> = c
            .indicators
            .iter()
            .map(|v| (v.indicator.to_string(), v.value))
            .collect();
        assert_eq!(v, [(id.to_string(), Some(level))], "{text}");
    }
    let c = county_phrasing::in_2023("全县在园幼儿13500人，其中公办园在园幼儿6210人。");
    assert!(c.indicators.is_empty() && c.unread.is_empty(), "{c:?}");
}

/// A count, then its removal done in its clause or the next
/// (`超大班额3个已全部化解`, `超大班额3个，已全部化解`): the classes removed, not
/// left (3 were read as left, and failed the rule). A removal planned
/// (`，计划年底前全部消除`) leaves the count as left now.
#[test]
fn a_count_removed_in_full_is_none_left() {
    for text in [
        "超大班额3个已全部化解。",
        "超大班额3个，已全部化解。",
        "超大班额3个，均已消除。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
    }
    for text in [
        "超大班额3个，计划年底前全部消除。",
        "全县仍有超大班额3个。",
        // A time of the year after a count still left is a deadline (the
        // 3 were dropped, and the removal read as done).
        "全县仍有超大班额3个，年内全部消除。",
        "剩余超大班额3个，年内全部化解。",
        "全县尚有超大班额3个，年底前全部消除。",
    ] {
        let c = county_phrasing::in_2023(text);
        let v: Vec<_> = c.indicators.iter().map(|v| v.value).collect();
        assert_eq!(v, [Some(3.0)], "{text}");
        let plans: Vec<_> = c.claims.iter().map(|c| c.plan).collect();
        assert!(plans.iter().all(|p| *p), "{text}: {:?}", c.claims);
    }
    // Done within the year, or said done: none left.
    for text in [
        "年初排查出超大班额12个，年底前全部完成化解。",
        "全县仍有超大班额3个，年底前已全部消除。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
        assert_eq!(
            c.claims
                .iter()
                .map(|c| (c.plan, c.denied))
                .collect::<Vec<_>>(),
            [(false, false)],
            "{text}"
        );
    }
}

/// The name, then its removal before the count (`超大班额已消除4个`,
/// `超大班额累计化解4个`): the classes removed, not left (4 were read as left,
/// and failed). What is left, in the clause after a removal (`，剩余1个`), is
/// the count left (it was dropped, unsaid, and the county passed). A count
/// of classes of another size in the next clause is not the name's
/// (`全县无超大班额，大班额12个`: 12 were read as super-large ones left).
#[test]
fn a_count_removed_then_what_is_left() {
    for text in [
        "超大班额已消除4个，实现动态清零。",
        "超大班额累计化解4个。",
        "全县无超大班额，大班额12个，占比3.8%。",
    ] {
        let c = county_phrasing::in_2023(text);
        let counts: Vec<_> = c
            .indicators
            .iter()
            .filter(|v| v.indicator == "super-large-class-count")
            .collect();
        assert!(counts.is_empty(), "{text}: {counts:?}");
    }
    for (text, left) in [
        ("超大班额已消除3个，剩余1个正在推进。", 1.0),
        ("已消除超大班额3个，剩余1个计划于2025年春季消除。", 1.0),
        ("超大班额已化解4个，尚余2个。", 2.0),
        ("全县超大班额减少54个，剩余3个。", 3.0),
    ] {
        let c = county_phrasing::in_2023(text);
        let v: Vec<_> = c
            .indicators
            .iter()
            .filter(|v| v.indicator == "super-large-class-count")
            .filter_map(|v| v.value)
            .collect();
        assert_eq!(v, [left], "{text}");
    }
    // With its name written again, the count left was read before.
    let c = county_phrasing::in_2023("已消除超大班额3个，仍有超大班额1个。");
    let v: Vec<_> = c.indicators.iter().map(|v| v.value).collect();
    assert_eq!(v, [Some(1.0)]);
}

/// A count, then in the next clause the time it was done by and the whole
/// of it removed (`全县有超大班额12个，2023年底全部消除`, `…，年底前全部完成
/// 化解`): the classes there were before the work, and a claim that none is
/// left (the 12 were read as left, failed, and contradicted every claim of
/// the section). A later year is a plan, and the count is left. A part of
/// them removed (`，目前已消除8个`) makes the count the state before, said
/// unread (the 8 were then read as left); what is left after it
/// (`，剩余4个`) is the level.
#[test]
fn a_count_then_the_time_it_was_all_removed_by() {
    use dutycheck_model::UnreadMentionReason;
    let counts = |c: &Case| -> Vec<f64> {
        c.indicators
            .iter()
            .filter(|v| v.indicator == "super-large-class-count")
            .filter_map(|v| v.value)
            .collect()
    };
    for text in [
        "全县有超大班额12个，2023年底全部消除。",
        "年初排查出超大班额12个，年底前全部完成化解。",
        "全县有超大班额12个，到2023年底已全部化解。",
        // The time now, and `清零` (the 56 were read as left and failed,
        // and no claim was read).
        "全县超大班额56个，目前已全部清零。",
        "全县超大班额56个，目前已全部化解。",
        "全县超大班额56个，现已全部消除。",
        "全县超大班额56个，2023年底全部清零。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(counts(&c), Vec::<f64>::new(), "{text}");
        assert_eq!(c.claims.len(), 1, "{text}: {:?}", c.claims);
        assert!(!c.claims[0].denied, "{text}");
    }
    // A later year: a plan, and the classes are still there.
    let c = county_phrasing::in_2023("全县有超大班额12个，力争2024年底全部消除。");
    assert_eq!(counts(&c), [12.0]);
    for text in [
        "全县有超大班额12个，目前已消除8个。",
        "全县有超大班额12个，2023年化解8个。",
        // The means, then all of them removed (7 were read as left): the
        // claim after the means is not read, so the count is said unread.
        "全县年初摸排出66人以上超大班额7个，通过新建城北小学、调配教师等措施，年底前全部完成化解。",
        "2022年全县仍有超大班额6个，经过两年努力，目前已全部消除。",
        "年初全县有超大班额4个，经过一学期的调整分流，2023年秋季学期全部化解。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(counts(&c), Vec::<f64>::new(), "{text}");
        let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
        assert_eq!(reasons, [UnreadMentionReason::OtherPeriod], "{text}");
    }
    let c = county_phrasing::in_2023("全县有超大班额12个，已化解8个，剩余4个。");
    assert_eq!(counts(&c), [4.0]);
}

/// Every school named as doing it (`62所义务教育学校全部开展课后服务`) claims
/// full coverage, and a rate named after a word of the self-report in the
/// next clause (`，自评覆盖率100%`) is the coverage, which the inspectors'
/// figure after it replaces (`检查组抽查发现实为96.8%`): the claim was none,
/// the rate was dropped, and the district passed.
#[test]
fn every_school_doing_it_and_a_self_reported_rate() {
    let c = county_phrasing::in_2023(
        "全县62所义务教育学校全部开展课后服务，自评覆盖率100%，检查组抽查发现实为96.8%。",
    );
    let v: Vec<_> = c
        .indicators
        .iter()
        .map(|v| (v.indicator.as_str(), v.value))
        .collect();
    assert_eq!(v, [("after-school-service-coverage", Some(96.8))]);
    let claims: Vec<_> = c.claims.iter().map(|c| c.requirement.as_str()).collect();
    assert_eq!(claims, ["after-school-full-coverage"]);
}

/// A bare claim phrase (`只增不减`, `“不低于”要求`) in a sentence about another
/// fund, naming none of the requirement's indicators, is that fund's
/// (`学前教育财政投入…，未实现“只增不减”` failed the region's 两个只增不减).
/// With the requirement's own indicator in the sentence, it is the
/// requirement's.
#[test]
fn a_bare_claim_about_another_fund_is_not_the_requirements() {
    for text in [
        "学前教育财政投入1.1亿元，比上年减少3.2%，未实现“只增不减”。",
        "特殊教育生均公用经费6000元，实现“只增不减”。",
        "按照不低于学校年度公用经费5%的比例安排教师培训经费，落实了“不低于”要求。",
    ] {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
    for text in [
        "全县一般公共预算教育支出10.6亿元，比上年增长4.1%，学前教育经费同步增长，实现了只增不减。",
        "学前教育经费和一般公共预算教育支出均实现“两个只增不减”。",
    ] {
        assert_eq!(claims(text).len(), 1, "{text}");
    }
}

/// `超大班额归零`, `不再有66人以上班级`, `全县义务教育学校无66人以上超大班额`:
/// claims that no super-large class is left (each was read as nothing).
/// `基本无超大班额` claims it in part only.
#[test]
fn none_left_said_other_ways_claims_the_classes_cleared() {
    for text in [
        "超大班额归零。",
        "不再有66人以上班级。",
        "全县义务教育学校无66人以上超大班额。",
    ] {
        let c = extracted(text);
        let flags: Vec<_> = c
            .claims
            .iter()
            .map(|c| (c.requirement.to_string(), c.denied, c.partial, c.plan))
            .collect();
        assert_eq!(
            flags,
            [(
                "super-large-classes-eliminated".to_string(),
                false,
                false,
                false
            )],
            "{text}"
        );
        assert!(c.unread.is_empty(), "{text}: {:?}", c.unread);
    }
    let c = extracted("全县基本无超大班额。");
    assert!(c.claims.iter().all(|c| c.partial), "{:?}", c.claims);
}

/// `相当于当地公务员的98.1%`: teacher pay as a share of the civil servants';
/// under 100% it is below theirs, a denial of parity (it was dropped, and
/// the rule found nothing); 100% or more claims it.
#[test]
fn pay_as_a_share_of_the_civil_servants_claims_or_denies_parity() {
    let flags = |text: &str| -> Vec<(String, bool)> {
        extracted(text)
            .claims
            .iter()
            .map(|c| (c.requirement.to_string(), c.denied))
            .collect()
    };
    assert_eq!(
        flags("全县义务教育教师平均工资收入10.5万元，相当于当地公务员的98.1%。"),
        [("teacher-pay-parity".to_string(), true)]
    );
    assert_eq!(
        flags("全县义务教育教师平均工资收入10.9万元，相当于当地公务员平均工资收入的101.2%。"),
        [("teacher-pay-parity".to_string(), false)]
    );
}

/// A run of levels, then one change for each with `分别`, maybe after a
/// summary of them (`三项指标较上年分别提高0.4、1.2、2.5个百分点`): each level
/// takes its change, in order (they were lost without a word). A list of
/// changes of another length gives none (the last two levels took the first
/// two changes).
#[test]
fn a_run_of_levels_takes_one_change_each() {
    let changes = |text: &str| -> Vec<Option<f64>> {
        county_phrasing::in_2023(text)
            .indicators
            .iter()
            .map(|v| v.change.as_ref().and_then(|c| c.value))
            .collect()
    };
    let run = "全县学前三年毛入园率96.1%，普惠性幼儿园覆盖率91.3%，公办园在园幼儿占比58.7%，";
    for tail in [
        "三项指标较上年分别提高0.4、1.2、2.5个百分点。",
        "上述指标分别比上年提高0.4、1.2、2.5个百分点。",
        "分别比上年提高0.4、1.2、2.5个百分点。",
    ] {
        assert_eq!(
            changes(&format!("{run}{tail}")),
            [Some(0.4), Some(1.2), Some(2.5)],
            "{tail}"
        );
    }
    for tail in [
        "分别比上年提高0.4、1.2个百分点。",
        "上述指标分别比上年提高0.4、1.2、2.5、0.3个百分点。",
    ] {
        assert_eq!(
            changes(&format!("{run}{tail}")),
            [None, None, None],
            "{tail}"
        );
    }
    assert_eq!(
        changes(
            "全县学前三年毛入园率96.1%，普惠性幼儿园覆盖率91.3%，两项指标较上年分别提高0.4、1.2个百分点。"
        ),
        [Some(0.4), Some(1.2)]
    );
}

/// `A在92.3%的基础上…`: the figure a change starts from. With a figure
/// reached (`提高到93.6%`) it is a from→to; in a plan, with a figure to reach
/// or none (`下一步，…再提高1个百分点`), it is where the region stands, no
/// target (it was the target, or lost); in work done with none (`，又提高了1.2个百分点`) it is an earlier
/// level, unread for its period (it was the level).
#[test]
fn the_figure_a_change_starts_from_is_its_base() {
    use dutycheck_model::{StatementKind, UnreadMentionReason};
    let stated = |c: &Case| -> Vec<(StatementKind, Option<f64>)> {
        c.indicators
            .iter()
            .map(|v| (v.statement, v.value))
            .collect()
    };
    let c = county_phrasing::in_2023("全县高中阶段毛入学率在92.3%的基础上提高到93.6%。");
    assert_eq!(stated(&c), [(StatementKind::FromTo, Some(93.6))]);
    // A plan's from→to: the target, and the figure it starts from is the
    // level now (see `a_plans_from_figure_is_the_level_now`).
    let c = county_phrasing::in_2023("下一步，高中阶段毛入学率在92.3%的基础上提高到94%。");
    let t: Vec<_> = c.targets.iter().map(|t| t.value).collect();
    assert_eq!(t, [Some(94.0)]);
    assert_eq!(stated(&c), [(StatementKind::Level, Some(92.3))]);
    let c = county_phrasing::in_2023("下一步，高中阶段毛入学率在92.3%的基础上再提高1个百分点。");
    assert_eq!(stated(&c), [(StatementKind::Level, Some(92.3))]);
    assert!(c.targets.is_empty(), "{:?}", c.targets);
    let c = county_phrasing::in_2023("全县高中阶段毛入学率在92.3%的基础上，又提高了1.2个百分点。");
    assert!(c.indicators.is_empty(), "{:?}", c.indicators);
    let reasons: Vec<_> = c.unread.iter().map(|u| u.reason).collect();
    assert_eq!(reasons, [UnreadMentionReason::OtherPeriod]);
}

/// Each level read in `text` (a case of 青溪县's report on 2023), with the
/// value of its change's base.
fn levels_with_bases(text: &str) -> Vec<(Option<f64>, Option<f64>)> {
    county_phrasing::in_2023(text)
        .indicators
        .iter()
        .map(|v| {
            let base = v.change.as_ref().and_then(|c| c.base.as_ref());
            (v.value, base.map(|b| b.value))
        })
        .collect()
}

/// `A6.1%，经整改已降至4.3%`, `A为76.5%，现已提升至83.2%`, `A47.2%，整改后为51.3%`:
/// the state found, then the state now in the next clause, is a from→to
/// whose level is the later figure. The earlier figure's time is not said,
/// so no change against the year is derived from the two. (The first was
/// read as the level, and failed its rule again after the work.) Not after
/// a plan's figure, nor when the clause names another indicator or plans.
#[test]
fn the_state_found_then_the_state_now_is_a_from_to() {
    for (text, level) in [
        ("大班额比例6.1%，经整改已降至4.3%。", 4.3),
        ("大班额比例为6.1%，现已降至4.3%。", 4.3),
        ("普惠性幼儿园覆盖率为76.5%，今年已提升至83.2%。", 83.2),
        ("公办园在园幼儿占比为47.2%，整改后为51.3%。", 51.3),
        (
            "普惠性幼儿园覆盖率为76.5%，经过整改，已经提高到83.2%。",
            83.2,
        ),
        (
            "生均一般公共预算教育支出14920元，目前已下降到14800元。",
            14800.0,
        ),
    ] {
        assert_eq!(levels_with_bases(text), [(Some(level), None)], "{text}");
        let c = county_phrasing::in_2023(text);
        assert_eq!(c.indicators[0].statement, StatementKind::FromTo, "{text}");
    }
    // A target, then the level now; a plan after the level; another name's
    // figure after `目前`.
    assert_eq!(
        levels_with_bases("2024年，全县公办园在园幼儿占比要达到55%，目前为51.8%。"),
        [(Some(51.8), None)]
    );
    assert_eq!(
        levels_with_bases("大班额比例为6.1%，力争降至4.3%。")[0],
        (Some(6.1), None)
    );
    assert_eq!(
        values("公办园在园幼儿占比47.2%，目前普惠性幼儿园覆盖率为86%。"),
        [
            pair("preschool-public-share", 47.2),
            pair("preschool-inclusive-coverage", 86.0)
        ]
    );
}

/// `14920元、下降1.8%`: a level and its change joined by a list mark, as
/// dense case collections write them, is the level with its change (the
/// fall was dropped without a word, and 只增不减 passed).
#[test]
fn a_change_after_a_list_mark_is_the_levels() {
    let c = county_phrasing::in_2023(
        "一般公共预算教育支出10.38亿元、增长4.6%，生均一般公共预算教育支出14920元、下降1.8%。",
    );
    let changes: Vec<(Option<f64>, Option<f64>)> = c
        .indicators
        .iter()
        .map(|v| (v.value, v.change.as_ref().and_then(|c| c.percent)))
        .collect();
    assert_eq!(
        changes,
        [
            (Some(1_038_000_000.0), Some(4.6)),
            (Some(14920.0), Some(-1.8))
        ]
    );
    let c = county_phrasing::in_2023("一般公共预算教育支出10.38亿元、减少0.4亿元。");
    let change = c.indicators[0].change.as_ref().and_then(|c| c.value);
    assert_eq!(change, Some(-40_000_000.0));
}

/// `A（目标90%）达到88.7%`: a note after the name that gives the standard's
/// figure makes no plan of the figure after it, which is the level (it was
/// read as a target, and its shortfall lost without a word). A plan word
/// outside the note still makes one.
#[test]
fn a_target_in_a_note_after_the_name_plans_nothing() {
    for (text, level) in [
        ("高中阶段毛入学率（目标90%）达到88.7%。", 88.7),
        ("普惠性幼儿园覆盖率（省定目标85%）达到83.1%。", 83.1),
        ("普惠性幼儿园覆盖率（目标80%）78.6%。", 78.6),
    ] {
        let c = county_phrasing::in_2023(text);
        let levels: Vec<_> = c
            .indicators
            .iter()
            .filter(|v| v.statement == StatementKind::Level)
            .map(|v| v.value)
            .collect();
        assert_eq!(levels, [Some(level)], "{text}: {:?}", c.indicators);
    }
    let c = county_phrasing::in_2023("普惠性幼儿园覆盖率（目标85%）力争达到88.3%。");
    assert!(
        c.indicators
            .iter()
            .all(|v| v.statement == StatementKind::Target),
        "{:?}",
        c.indicators
    );
}

/// `与当地公务员相比低0.42万元`, `较当地公务员低0.42万元`: the teachers' pay
/// below the civil servants', written after `与…相比` or `较` as after `比`,
/// denies pay parity; higher claims it (both were dropped).
#[test]
fn a_pay_gap_after_yu_or_jiao_denies_or_claims_parity() {
    for (text, denied) in [
        (
            "义务教育教师平均工资收入水平9.86万元，与当地公务员相比低0.42万元。",
            true,
        ),
        (
            "义务教育教师平均工资收入水平9.86万元，较当地公务员低0.42万元。",
            true,
        ),
        (
            "义务教育教师平均工资收入水平9.86万元，与当地公务员相比高0.12万元。",
            false,
        ),
        (
            "义务教育教师平均工资收入水平9.86万元，较公务员高0.12万元。",
            false,
        ),
    ] {
        let c = county_phrasing::in_2023(text);
        let flags: Vec<(String, bool)> = c
            .claims
            .iter()
            .map(|c| (c.requirement.to_string(), c.denied))
            .collect();
        assert_eq!(
            flags,
            [("teacher-pay-parity".to_string(), denied)],
            "{text}"
        );
    }
}

/// In a rectification report, an item labelled as its problem (`问题：A为
/// 76.5%。`) states the state found, even when its remedy is the next item
/// (`整改成效：…`): `other-period`, not the level (it failed its rule again
/// after the work). In another document the same label is the problem now.
#[test]
fn a_problem_label_in_a_rectification_report_is_the_state_found() {
    use dutycheck_model::UnreadMentionReason;
    let read = |rectification: bool| {
        let mut c = case("问题：普惠性幼儿园覆盖率76.5%。");
        Extractor::new(&Catalog::bundled()).extract_case_in(
            &mut c,
            crate::indicators::Context {
                year: Some(2023),
                plan_section: false,
                region: Some("青溪县"),
                rectification,
            },
        );
        c
    };
    let c = read(true);
    assert!(c.indicators.is_empty(), "{:?}", c.indicators);
    assert_eq!(c.unread[0].reason, UnreadMentionReason::OtherPeriod);
    assert_eq!(
        values_of(&read(false)),
        [pair("preschool-inclusive-coverage", 76.5)]
    );
}

/// The urban area's figure (`城区普惠性幼儿园覆盖率为74%`, `县城…学校课后服务
/// 覆盖率`) or the townships' (`乡镇公办园在园幼儿占比为68%`) is a part's, not
/// the region's (it failed or passed the region's rule), its large classes
/// too (many reports state a region's large classes by its urban schools,
/// but the target is the region's, and the urban share beside the
/// county's failed it); `城乡` is the whole.
#[test]
fn the_urban_areas_or_townships_figure_is_a_part() {
    for text in [
        "城区普惠性幼儿园覆盖率为74%。",
        "县城义务教育学校课后服务覆盖率为92%。",
        "乡镇公办园在园幼儿占比为68%。",
        // The urban area as the subject of a stock in the clause before
        // (the 31.6 was the county's, and failed).
        "城区共有幼儿园86所，公办园在园幼儿占比为31.6%。",
        "但城区共有幼儿园146所，公办园在园幼儿占比为38.6%。",
        "城区学校大班额比例为8.2%。",
        "县城学校共有班级412个，大班额比例为6.3%。",
    ] {
        assert_a_parts(text);
    }
    for (text, id, v) in [
        // A clause of work in the urban area is no subject of what follows.
        (
            "城区新建幼儿园3所，全县公办园在园幼儿占比为51.6%。",
            "preschool-public-share",
            51.6,
        ),
        (
            "城乡普惠性幼儿园覆盖率为86%。",
            "preschool-inclusive-coverage",
            86.0,
        ),
    ] {
        assert_eq!(
            values_of(&county_phrasing::in_2023(text)),
            [pair(id, v)],
            "{text}"
        );
    }
}

/// Places below a district named before the indicator: teaching points, a
/// nine-year school, a group of kindergartens, an industrial park, a
/// village, a community (each figure was read as the district's: a wrong
/// fail beside its 100%, and two wrong passes). A county named `新村县` is
/// still itself.
#[test]
fn a_village_school_point_or_group_is_a_part() {
    for text in [
        "全县28个教学点课后服务覆盖率为92.4%。",
        "全县九年一贯制学校课后服务覆盖率为96%。",
        "城东幼教集团公办园在园幼儿占比达到92%。",
        "桃源村普惠性幼儿园覆盖率为100%。",
        "阳光社区普惠性幼儿园覆盖率为100%。",
    ] {
        assert_a_parts(text);
    }
    assert_eq!(
        values_of(&county_phrasing::in_region(
            "新村县普惠性幼儿园覆盖率为86%。",
            "新村县"
        )),
        [pair("preschool-inclusive-coverage", 86.0)]
    );
}

/// A plan's from→to starts where the region stands (`A将由46%提高至53%`,
/// `力争A由78.2%提高到85%`): the from figure is the level, beside the
/// target (it was lost, and the rule found no level). A base dated in an
/// earlier year is no level now, and its year dates only the base: `到2025
/// 年，A由2022年的46%提高到53%` is a plan (it was read as a level reached).
#[test]
fn a_plans_from_figure_is_the_level_now() {
    for (text, level, target) in [
        (
            "新建公办园3所后，公办园在园幼儿占比将由46%提高至53%。",
            46.0,
            53.0,
        ),
        ("力争普惠性幼儿园覆盖率由78.2%提高到85%。", 78.2, 85.0),
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(
            c.indicators.iter().map(|v| v.value).collect::<Vec<_>>(),
            [Some(level)],
            "{text}"
        );
        assert_eq!(c.targets[0].value, Some(target), "{text}");
    }
    let c = county_phrasing::in_2023("到2025年，公办园在园幼儿占比由2022年的46%提高到53%。");
    assert!(c.indicators.is_empty(), "{:?}", c.indicators);
    assert_eq!(c.targets[0].value, Some(53.0));
}

/// The inspectors' verdict on a claim they quote, in its own clause
/// (`自评报告中“…全覆盖”的表述不实`, `自评报告所称“…”不属实`) or in the next
/// sentence opened by their check (`…全覆盖。经核查，仍有4所学校未开展`),
/// denies it (it was said unbacked, or dropped). A check that confirms it,
/// or one after the county's own claim, does not.
#[test]
fn a_quoted_claim_refuted_in_its_clause_or_the_next_sentence_is_denied() {
    for (text, denied) in [
        (
            "自评报告中“课后服务全覆盖”的表述不实，实地核查发现3所农村小学未开展课后服务。",
            true,
        ),
        ("经核查，自评报告所称“教师工资不低于公务员”不属实。", true),
        (
            "自评报告称已实现课后服务全覆盖。经核查，仍有4所学校未开展课后服务。",
            true,
        ),
        ("自评报告称已实现课后服务全覆盖。经核查，情况属实。", false),
        (
            "全县已实现课后服务全覆盖。经核查，仍有4所学校未开展课后服务。",
            false,
        ),
    ] {
        let c = county_phrasing::in_2023(text);
        let flags: Vec<bool> = c.claims.iter().map(|c| c.denied).collect();
        // (The check's own words, `仍有4所学校未开展课后服务`, are a denial of
        // their own after the claim.)
        let lacking = text.contains("。经核查，仍有");
        let expected = if lacking {
            vec![denied, true]
        } else {
            vec![denied]
        };
        assert_eq!(flags, expected, "{text}");
    }
}

/// `因城区学位紧张新增超大班额2个`: a cause that names the urban area places
/// the count; it is no district `因城区`, and the count is the county's (it
/// was another region's, and a claim of clearing them went unchallenged).
#[test]
fn a_cause_naming_the_urban_area_is_no_district() {
    let c = county_phrasing::in_2023("2023年秋季学期因城区学位紧张新增超大班额2个。");
    assert_eq!(values_of(&c), [pair("super-large-class-count", 2.0)]);
}

/// A share written before what it counts (`95.6%的随迁子女在公办学校就读`,
/// `100%的义务教育学校开展课后服务`): the catalog's aliases that open with
/// `的` name the indicator right after a percent, and the percent is its
/// level, whatever figure follows. (Each was silent: the figures were
/// read, no name was.) Not without a percent before it (`符合条件的随迁子女在
/// 公办学校就读` is no mention), and not a part's (`城区…`, `农村学校中，…`).
#[test]
fn a_share_before_what_it_counts() {
    assert_eq!(
        values(
            "全县95.6%的随迁子女在公办学校就读，100%的义务教育学校开展课后服务，52.1%的在园幼儿在公办园就读，88.2%的幼儿在普惠性幼儿园就读。"
        ),
        [
            pair("migrant-children-public-share", 95.6),
            pair("after-school-service-coverage", 100.0),
            pair("preschool-public-share", 52.1),
            pair("preschool-inclusive-coverage", 88.2),
        ]
    );
    // A qualifier after the figure, and a figure that follows the name.
    let c = extracted("全县90%以上的随迁子女在公办学校接受义务教育，较上年提高1.5个百分点。");
    assert_eq!(values_of(&c), [pair("migrant-children-public-share", 90.0)]);
    assert_eq!(c.indicators[0].qualifier, Qualifier::MoreThan);
    assert_eq!(
        values("86.4%的专任教师具有本科及以上学历，研究生学历教师214人。"),
        [pair("teacher-bachelor-share", 86.4)]
    );
    // The group after a share before its name is what it counts: not a
    // group the figure is a threshold of (it was read as a part's).
    assert_eq!(
        values("100%的学校开展课后服务，课后服务覆盖率达100%。"),
        [
            pair("after-school-service-coverage", 100.0),
            pair("after-school-service-coverage", 100.0),
        ]
    );
    let c = extracted("切实保障符合条件的随迁子女在公办学校就读。");
    assert!(c.indicators.is_empty() && c.unread.is_empty(), "{c:?}");
    assert_a_parts("城区95.2%的随迁子女在公办学校就读。");
    assert_a_parts("农村学校中，80%的学校开展课后服务。");
}

/// A subgroup named in a clause of its own before the figures, ending in
/// `中` (`农村学校中，`, `新招聘教师中，`), makes them the subgroup's: each was
/// read as the county's. A clause of the whole (`全县学校中，`) does not.
#[test]
fn a_subgroup_clause_before_the_figures() {
    assert_a_parts("农村学校中，课后服务覆盖率达80%。");
    assert_a_parts("新招聘教师中，本科以上学历教师占比95%。");
    assert_eq!(
        values("全县学校中，95%的学校开展课后服务。"),
        [pair("after-school-service-coverage", 95.0)]
    );
}

/// A claim of full coverage by the end of the year being written in, with
/// nothing that says it is done, is a plan (`全县课后服务覆盖率为92%，年底前实现
/// 课后服务全覆盖`: it was read as made, and contradicted by the 92%). Done by
/// then (`已`, `了`), or dated (`2023年底前`), it is made.
#[test]
fn full_coverage_by_the_year_end_is_a_plan() {
    let c = extracted("全县课后服务覆盖率为92%，年底前实现课后服务全覆盖。");
    assert_eq!(c.claims.len(), 1, "{:?}", c.claims);
    assert!(c.claims[0].plan, "{:?}", c.claims);
    // (In a report on 2023.)
    for text in [
        "年底前已实现课后服务全覆盖。",
        "年底前实现了课后服务全覆盖。",
        "2023年底前实现课后服务全覆盖。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(c.claims.len(), 1, "{text}: {:?}", c.claims);
        assert!(!c.claims[0].plan, "{text}: {:?}", c.claims);
    }
}

/// What a policy document sets (`出台《…方案》，明确…达到85%以上`, `提出…达到
/// 95%以上`) is a target, not a level reached: with no figure of the
/// county's own it passed. A clause that says something is clear
/// (`责任明确，…`) plans nothing.
#[test]
fn a_figure_a_policy_sets_is_a_target() {
    for text in [
        "县政府出台《学前教育普及普惠攻坚方案》，明确普惠性幼儿园覆盖率达到85%以上。",
        "县政府提出学前三年毛入园率达到95%以上。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
        assert_eq!(c.targets.len(), 1, "{text}: {:?}", c.targets);
    }
    assert_eq!(
        values("责任明确，措施有力，全县普惠性幼儿园覆盖率达到88%。"),
        [pair("preschool-inclusive-coverage", 88.0)]
    );
}

/// A school named by a name of its own (`外国语学校`, `育才学校`, `城东教育
/// 集团`) right before the indicator, and the schools an inspection sampled
/// (`从抽查的12所学校看，`, `抽查的12所学校中，`), are parts: each figure was
/// the county's, and failed it. A kind of school (`义务教育学校`, `全县中小学`)
/// is the whole.
#[test]
fn a_named_school_and_a_sample_are_parts() {
    for text in [
        "督导发现，外国语学校大班额比例为12%。",
        "育才学校大班额比例为12%。",
        "城东教育集团大班额比例为12%。",
        "从抽查的12所学校看，大班额比例为8.3%。",
        "抽查的12所学校中，大班额比例为8.3%。",
    ] {
        assert_a_parts(text);
    }
    for text in [
        "义务教育学校大班额比例为2%。",
        "全县中小学大班额比例为2%。",
        "从全县看，大班额比例为2%。",
        "城乡学校大班额比例为2%。",
    ] {
        let c = county_phrasing::in_2023(text);
        assert_eq!(values_of(&c), [pair("large-class-share", 2.0)], "{text}");
    }
}

/// Slower growth is no fall (`增幅较上年回落`, `增幅有所下降`): it was read as
/// a fall said in words, and failed 只增不减. A fall stated after it is read.
#[test]
fn slower_growth_is_no_fall() {
    for text in [
        "一般公共预算教育支出增幅较上年回落。",
        "一般公共预算教育支出增幅有所下降。",
    ] {
        let c = extracted(text);
        assert!(c.indicators.is_empty(), "{text}: {:?}", c.indicators);
        assert!(
            c.unread
                .iter()
                .all(|u| u.reason == dutycheck_model::UnreadMentionReason::NoFigure),
            "{text}: {:?}",
            c.unread
        );
    }
    let c = extracted("一般公共预算教育支出增幅回落，同比下降0.8%。");
    let change = c.indicators.first().and_then(|v| v.change.as_ref());
    assert_eq!(
        change.and_then(|c| c.percent),
        Some(-0.8),
        "{:?}",
        c.indicators
    );
}

/// A figure that is a gap's size (`尚有2730元差距`, `相差0.3万元`) is no one's
/// level: `教师年平均工资与当地公务员尚有2730元差距` read 2730 as both salaries,
/// and passed the parity. The teachers' own figure before it is read.
#[test]
fn a_gap_is_no_level() {
    let c = extracted("教师年平均工资与当地公务员尚有2730元差距。");
    assert!(c.indicators.is_empty(), "{:?}", c.indicators);
    assert!(c.claims.iter().all(|c| c.denied), "{:?}", c.claims);
    let c = extracted("义务教育教师年平均工资收入98620元，与当地公务员尚有2730元差距。");
    assert_eq!(values_of(&c), [pair("teacher-average-salary", 98620.0)]);
    let c = extracted("教师平均工资10.2万元，与公务员平均工资相差0.3万元。");
    assert_eq!(values_of(&c), [pair("teacher-average-salary", 102_000.0)]);
}

/// Minutes that open with whom the meeting heard (`会议听取了县教育局…的汇报`)
/// name no other region: `会议听取了县` was one, and every figure after it
/// was another region's part.
#[test]
fn a_meeting_heard_names_no_region() {
    let c = county_phrasing::in_2023(
        "会议听取了县教育局关于2023年度履行教育职责自评工作的汇报。学前三年毛入园率达到94.2%，普惠性幼儿园覆盖率为87.5%。",
    );
    assert_eq!(
        values_of(&c),
        [
            pair("preschool-gross-enrollment", 94.2),
            pair("preschool-inclusive-coverage", 87.5)
        ]
    );
}
