use dutycheck_catalog::Catalog;
use dutycheck_model::{Case, IndicatorValue, Qualifier, Quantity, QuantityKind, Segment};

use crate::Extractor;

fn case(text: &str) -> Case {
    Case {
        number: 1,
        line: 1,
        column: 1,
        text: text.into(),
        quantities: Vec::new(),
        indicators: Vec::new(),
        segments: vec![Segment {
            offset: 0,
            line: 1,
            column: 3,
        }],
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
    extracted(text)
        .indicators
        .into_iter()
        .map(|i| (i.indicator, i.value))
        .collect()
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
        ("after-school-service-coverage", 100.0)
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
    assert_eq!(found[0].value, 21_380_840_000.0);
    assert_eq!(change.value, Some(2_757_090_000.0));
    assert_eq!(change.unit.as_deref(), Some("元"));
    assert_eq!(change.percent, Some(14.8));

    let found =
        extracted("财政一般公共预算教育支出68.1亿元,比2019年增长10.4%;投资4.7亿元新建").indicators;
    let change = found[0].change.clone().expect("change");
    assert_eq!(
        (found[0].value, change.value, change.percent),
        (6_810_000_000.0, None, Some(10.4))
    );

    let found = extracted("一般公共预算教育支出50亿元,比上年下降3.2%。").indicators;
    assert_eq!(found[0].change.as_ref().and_then(|c| c.percent), Some(-3.2));

    // A later, unrelated figure in the same sentence is not a change.
    let found = extracted("一般公共预算教育支出50亿元,投资4.7亿元新建幼儿园。").indicators;
    assert_eq!(found[0].change, None);
}
