//! Extraction on the bundled Shandong 2020 sample: every value the
//! foundation issue lists, and no indicator bound to a wrong figure.

use dutycheck_catalog::Catalog;
use dutycheck_extract::Extractor;
use dutycheck_model::{QuantityKind, Report};
use dutycheck_read::Document;

fn sample() -> Report {
    let text = include_str!("../../../tests/fixtures/reports/shandong-2020-city-cases.txt");
    let doc = Document {
        path: "sample.txt".into(),
        text: text.into(),
        encoding: "UTF-8",
    };
    let mut report = dutycheck_parse::parse(&doc).expect("the sample parses");
    Extractor::new(&Catalog::bundled()).extract(&mut report);
    report
}

/// Every (section, indicator, value) bound in the sample.
fn bindings(report: &Report) -> Vec<(String, String, f64)> {
    report
        .sections
        .iter()
        .flat_map(|s| {
            s.cases.iter().flat_map(move |c| {
                // The levels: a change stated alone has no value.
                c.indicators.iter().filter_map(move |i| {
                    Some((s.name.to_string(), i.indicator.to_string(), i.value?))
                })
            })
        })
        .collect()
}

fn value(report: &Report, section: &str, indicator: &str) -> Vec<f64> {
    bindings(report)
        .into_iter()
        .filter(|(s, i, _)| s == section && i == indicator)
        .map(|(_, _, v)| v)
        .collect()
}

#[test]
fn every_value_the_foundation_issue_lists() {
    let r = sample();
    let expect = [
        ("东营市", "preschool-public-share", 77.54),
        ("东营市", "preschool-inclusive-coverage", 93.37),
        ("威海市", "preschool-gross-enrollment", 126.0),
        ("威海市", "preschool-inclusive-coverage", 93.09),
        ("威海市", "vocational-enrollment-share", 47.38),
        ("德州市", "preschool-gross-enrollment", 96.72),
        ("德州市", "preschool-inclusive-coverage", 85.83),
        ("青岛市", "preschool-inclusive-coverage", 90.0),
        ("济南市", "education-expenditure", 21_380_840_000.0),
        ("滨州市", "education-expenditure", 6_810_000_000.0),
        ("泰安市", "after-school-service-coverage", 100.0),
        ("烟台市", "teacher-bachelor-share", 93.3),
    ];
    for (section, indicator, v) in expect {
        assert_eq!(value(&r, section, indicator), [v], "{section} {indicator}");
    }
}

#[test]
fn no_indicator_is_bound_to_a_wrong_figure() {
    // The complete list of bindings in the sample, reviewed by hand: nothing
    // more (临沂市's 91.6% and 德州市's 4.4% belong to no indicator).
    let r = sample();
    assert_eq!(bindings(&r).len(), 12, "{:#?}", bindings(&r));
}

#[test]
fn changes_against_2019() {
    let r = sample();
    let change = |section: &str| {
        r.sections
            .iter()
            .filter(|s| s.name == section)
            .flat_map(|s| s.cases.iter().flat_map(|c| c.indicators.iter()))
            .find(|i| i.indicator == "education-expenditure")
            .and_then(|i| i.change.clone())
    };
    let jinan = change("济南市").expect("济南市 change");
    assert_eq!(
        (jinan.value, jinan.unit.as_deref(), jinan.percent),
        (Some(2_757_090_000.0), Some("元"), Some(14.8))
    );
    let binzhou = change("滨州市").expect("滨州市 change");
    assert_eq!((binzhou.value, binzhou.percent), (None, Some(10.4)));
}

#[test]
fn cases_without_result_figures() {
    // The cases that state no results in figures: only years, durations and
    // counts of occurrences, or nothing at all.
    let r = sample();
    let mut bare: Vec<(String, u32)> = Vec::new();
    for s in &r.sections {
        for c in &s.cases {
            if c.result_figures().next().is_none() {
                bare.push((s.name.to_string(), c.number));
            }
        }
    }
    let bare: Vec<(&str, u32)> = bare.iter().map(|(s, n)| (s.as_str(), *n)).collect();
    assert_eq!(
        bare,
        [
            ("淄博市", 1),
            ("淄博市", 3),
            ("枣庄市", 2),
            ("烟台市", 3),
            ("潍坊市", 1),
            ("潍坊市", 2),
            ("济宁市", 1),
            ("菏泽市", 2)
        ]
    );
    // Figures inside an indicator's name are not figures.
    let weihai = &r.sections[9].cases[0];
    assert!(
        weihai
            .quantities
            .iter()
            .all(|q| q.kind != QuantityKind::Duration),
        "{:?}",
        weihai.quantities
    );
}

/// Every claim of the sample: the four the claims issue lists, and no other.
#[test]
fn the_samples_claims_are_recorded() {
    let report = sample();
    let claims: Vec<(String, String, String, u32)> = report
        .sections
        .iter()
        .flat_map(|s| {
            s.cases.iter().flat_map(move |c| {
                c.claims.iter().map(move |k| {
                    (
                        s.name.to_string(),
                        k.requirement.to_string(),
                        k.text.to_string(),
                        k.line,
                    )
                })
            })
        })
        .collect();
    let want = [
        (
            "济南市",
            "public-funds-standard",
            "各学段生均公用经费均高于省定标准",
            4,
        ),
        ("青岛市", "teacher-pay-parity", "实现“不低于”要求", 11),
        (
            "潍坊市",
            "public-kindergarten-full-coverage",
            "全市公办幼儿园实现全覆盖",
            34,
        ),
        (
            "威海市",
            "residential-kindergarten-rectification",
            "在省内率先实现居住区配套园整治“清零”",
            47,
        ),
    ];
    let want: Vec<(String, String, String, u32)> = want
        .iter()
        .map(|(s, r, t, l)| (s.to_string(), r.to_string(), t.to_string(), *l))
        .collect();
    assert_eq!(claims, want);
}
