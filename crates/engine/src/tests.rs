//! Engine tests on hand-built reports (the parser is another crate; these
//! tests pin the engine's semantics independently of it).

use dutycheck_catalog::Catalog;
use dutycheck_model::*;
use dutycheck_rules::RuleSet;

use crate::check::combine;
use crate::*;

/// A report builder: sections of cases, each case with text, figures and
/// indicator values. Lines are assigned in order: the title on line 1, each
/// section heading and case on its own line.
pub(crate) struct B {
    pub(crate) report: Report,
    line: u32,
}

pub(crate) fn report(year: Option<i32>) -> B {
    B {
        report: Report {
            path: "r.txt".into(),
            title: "2020年典型工作案例".into(),
            year,
            sections: vec![],
        },
        line: 1,
    }
}

impl B {
    pub(crate) fn section(mut self, name: &str) -> Self {
        self.line += 1;
        let number = u32::try_from(self.report.sections.len() + 1).unwrap_or(0);
        self.report.sections.push(Section {
            name: name.into(),
            number,
            line: self.line,
            column: 1,
            heading_length: 0,
            cases: vec![],
            numbering_gaps: vec![],
            unread_numbering: vec![],
            collected: false,
        });
        self
    }

    fn case(mut self, text: &str) -> Self {
        self.line += 1;
        let line = self.line;
        let s = self.report.sections.last_mut().expect("a section first");
        let number = u32::try_from(s.cases.len() + 1).unwrap_or(0);
        s.cases.push(Case {
            number,
            line,
            column: 1,
            text: text.into(),
            quantities: vec![],
            indicators: vec![],
            claims: vec![],
            targets: Vec::new(),
            unread: Vec::new(),
            segments: vec![Segment {
                offset: 0,
                line,
                column: 3,
            }],
            normal: Default::default(),
        });
        self
    }

    fn last_case(&mut self) -> &mut Case {
        self.report
            .sections
            .last_mut()
            .and_then(|s| s.cases.last_mut())
            .expect("a case first")
    }

    /// A figure of `kind` at character offset `start` of the current case.
    fn figure(mut self, text: &str, value: f64, kind: QuantityKind, start: usize) -> Self {
        let c = self.last_case();
        let (line, column) = c.position(start);
        c.quantities.push(Quantity {
            text: text.into(),
            value,
            unit: "%".into(),
            kind,
            qualifier: Qualifier::Exact,
            line,
            column,
            start,
            end: start + text.chars().count(),
        });
        self
    }

    /// An indicator value stated by the figure `figure` (found in the case
    /// text).
    fn value(mut self, indicator: &str, figure: &str, value: f64, qualifier: Qualifier) -> Self {
        let c = self.last_case();
        let start = c
            .text
            .find(figure)
            .map(|b| c.text[..b].chars().count())
            .expect("figure in text");
        let (line, column) = c.position(start);
        c.indicators.push(IndicatorValue {
            indicator: indicator.into(),
            name: indicator.into(),
            mention: indicator.into(),
            statement: StatementKind::Level,
            value: Some(value),
            unit: "%".into(),
            qualifier,
            upper: None,
            change: None,
            line,
            column,
            start,
            end: start + figure.chars().count(),
            year: None,
        });
        self
    }

    /// A mention of `indicator` (the words `mention`, found in the case
    /// text) that no value was read from, for `reason`.
    fn unread(mut self, indicator: &str, mention: &str, reason: UnreadMentionReason) -> Self {
        let c = self.last_case();
        let start = c
            .text
            .find(mention)
            .map(|b| c.text[..b].chars().count())
            .expect("mention in text");
        let (line, column) = c.position(start);
        let name = Catalog::bundled()
            .get(indicator)
            .map_or_else(|| indicator.into(), |i| i.name.clone());
        c.unread.push(UnreadMention {
            indicator: indicator.into(),
            name,
            mention: mention.into(),
            reason,
            direction: None,
            value: None,
            line,
            column,
            start,
            end: start + mention.chars().count(),
        });
        self
    }

    fn change(mut self, percent: Option<f64>) -> Self {
        let c = self.last_case();
        if let Some(v) = c.indicators.last_mut() {
            v.unit = "元".into();
            v.change = Some(Change {
                value: None,
                unit: None,
                percent,
                derived: false,
                base: None,
                ..Change::default()
            });
        }
        self
    }

    fn gap(mut self, expected: u32, found: u32) -> Self {
        self.line += 1;
        let line = self.line;
        if let Some(s) = self.report.sections.last_mut() {
            s.numbering_gaps.push(NumberingGap {
                expected,
                found,
                line,
                column: 1,
            });
        }
        self
    }

    fn done(self) -> Report {
        self.report
    }
}

fn rules(yaml: &str) -> RuleSet {
    RuleSet::from_sources(&[("t.yaml", yaml)], &Catalog::bundled())
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

fn eval(report: &Report, yaml: &str) -> Evaluation {
    evaluate(
        report,
        &rules(yaml),
        &Catalog::bundled(),
        &EvalOptions::default(),
    )
}

fn status(e: &Evaluation, section: usize, rule: &str) -> Status {
    e.sections[section]
        .results
        .get(rule)
        .copied()
        .unwrap_or_else(|| panic!("no result for {rule}"))
}

const COVERAGE: &str = "id: cov\ntitle: 普惠性幼儿园覆盖率达到80%\nseverity: error\napplies: {years: 2020..2024}\nindicator: preschool-inclusive-coverage\nthreshold: {min: 80}\nmessage: \"{section}普惠性幼儿园覆盖率为{value}%，低于{min}%的目标\"\n";

fn coverage_report(figure: &str, value: f64, q: Qualifier) -> Report {
    report(Some(2020))
        .section("济南市")
        .case(&format!("普惠性幼儿园覆盖率达{figure}，新增学位1.2万个。"))
        .value("preschool-inclusive-coverage", figure, value, q)
        .done()
}

/// A case quotes its characters by character offset, clamped to its text:
/// what the history keeps of each value and its base.
#[test]
fn case_quotes_characters() {
    let b = report(Some(2023))
        .section("一、青溪县")
        .case("全县a达到90.5%。");
    let case = &b.report.sections[0].cases[0];
    assert_eq!(case.slice(5, 10), "90.5%");
    assert_eq!(case.slice(0, 2), "全县");
    assert_eq!(case.slice(8, 99), "5%。");
    assert_eq!(case.slice(4, 2), "");
    assert_eq!(case.slice(20, 30), "");
}

#[test]
fn threshold_pass_and_fail() {
    let e = eval(
        &coverage_report("93.37%", 93.37, Qualifier::Exact),
        COVERAGE,
    );
    assert_eq!(status(&e, 0, "cov"), Status::Pass);
    assert!(e.findings.is_empty());
    assert_eq!(e.sections[0].status, SectionStatus::Pass);

    let e = eval(&coverage_report("75.50%", 75.5, Qualifier::Exact), COVERAGE);
    assert_eq!(status(&e, 0, "cov"), Status::Fail);
    assert_eq!(e.sections[0].status, SectionStatus::Fail);
    let f = &e.findings[0];
    assert_eq!(f.message, "济南市普惠性幼儿园覆盖率为75.5%，低于80%的目标");
    // The finding points at the figure: line 3, segment column 3 + offset 10.
    assert_eq!((f.line, f.column, f.length), (3, 13, 6));
    assert_eq!(
        (f.severity, f.case, f.value),
        (Severity::Error, Some(1), Some(75.5))
    );
    assert_eq!(f.indicator.as_deref(), Some("preschool-inclusive-coverage"));
}

/// A section is `pass` only when some rule judged it. One whose every cell
/// is missing, unread, claimed or not applicable (a section of demands, or
/// a region none of whose figures could be read) is `unchecked`; one rule
/// that passes, or a failing rule at `info` (advice), makes it judged.
#[test]
fn a_section_no_rule_judged_is_unchecked() {
    const INFO: &str = "id: info-cov\ntitle: t\nseverity: info\napplies: {years: 2020..2024}\nindicator: preschool-inclusive-coverage\nthreshold: {min: 99}\nmessage: m\n";
    let both = RuleSet::from_sources(
        &[("a.yaml", COVERAGE), ("b.yaml", INFO)],
        &Catalog::bundled(),
    )
    .unwrap_or_else(|e| panic!("{e:#?}"));
    let with_both = |r: &Report| evaluate(r, &both, &Catalog::bundled(), &EvalOptions::default());
    // Missing only: unchecked.
    let missing = report(Some(2020))
        .section("整改要求")
        .case("进一步加大学前教育投入。")
        .done();
    let e = with_both(&missing);
    assert_eq!(status(&e, 0, "cov"), Status::Missing);
    assert_eq!(e.sections[0].status, SectionStatus::Unchecked);
    // Not applicable only (another year): unchecked.
    let e = eval(
        &coverage_report("93.37%", 93.37, Qualifier::Exact),
        &COVERAGE.replace("2020..2024", "2021..2024"),
    );
    assert_eq!(status(&e, 0, "cov"), Status::NotApplicable);
    assert_eq!(e.sections[0].status, SectionStatus::Unchecked);
    // A pass on one rule, a note on the other: judged, so pass.
    let e = with_both(&coverage_report("93.37%", 93.37, Qualifier::Exact));
    assert_eq!(status(&e, 0, "info-cov"), Status::Fail);
    assert_eq!(e.sections[0].status, SectionStatus::Pass);
    assert_eq!(e.sections[0].notes, ["info-cov"]);
    // A failing rule at info alone judges it too.
    let e = eval(&coverage_report("93.37%", 93.37, Qualifier::Exact), INFO);
    assert_eq!(e.sections[0].status, SectionStatus::Pass);
    assert_eq!(SectionStatus::Unchecked.as_str(), "unchecked");
}

#[test]
fn missing_indicator() {
    let r = report(Some(2020))
        .section("济南市")
        .case("新建幼儿园12所。")
        .done();
    let e = eval(&r, COVERAGE);
    assert_eq!(status(&e, 0, "cov"), Status::Missing);
    assert!(e.findings.is_empty(), "missing: off gives no finding");
    // No rule judged the section: it is unchecked, not a pass.
    assert_eq!(e.sections[0].status, SectionStatus::Unchecked);

    let e = eval(&r, &format!("{COVERAGE}missing: warning\n"));
    assert_eq!(e.findings.len(), 1);
    let f = &e.findings[0];
    assert_eq!(
        (f.severity, f.line, f.column, f.length),
        (Severity::Warning, 2, 1, 5)
    );
    assert_eq!(
        f.message,
        "济南市没有报告普惠性幼儿园覆盖率（普惠性幼儿园覆盖率达到80%）"
    );
}

#[test]
fn qualifiers_decide_lower_bounds() {
    let judge = |figure: &str, v: f64, q: Qualifier| {
        let e = eval(&coverage_report(figure, v, q), COVERAGE);
        (
            status(&e, 0, "cov"),
            e.findings.first().map(|f| f.message.clone()),
        )
    };
    assert_eq!(judge("80%以上", 80.0, Qualifier::MoreThan).0, Status::Pass);
    assert_eq!(judge("约80%", 80.0, Qualifier::About).0, Status::Pass);
    assert_eq!(judge("近85%", 85.0, Qualifier::Nearly).0, Status::Pass);
    let (s, m) = judge("近80%", 80.0, Qualifier::Nearly);
    assert_eq!(s, Status::Fail);
    assert_eq!(
        m.as_deref(),
        Some("济南市普惠性幼儿园覆盖率写作“近80%”，实际略低于80%，没有达到80%的目标")
    );
    let (s, m) = judge("不足90%", 90.0, Qualifier::AtMost);
    assert_eq!(s, Status::Fail);
    assert_eq!(
        m.as_deref(),
        Some("济南市普惠性幼儿园覆盖率写作“不足90%”，只给出了上限，不能证明达到80%的目标")
    );
}

#[test]
fn qualifiers_mirror_for_upper_bounds() {
    let yaml = "id: big\ntitle: 大班额\nindicator: large-class-share\nthreshold: {max: 5}\n";
    let r = |fig: &str, v: f64, q: Qualifier| {
        let rep = report(Some(2020))
            .section("青岛市")
            .case(&format!("大班额比例降至{fig}。"))
            .value("large-class-share", fig, v, q);
        let e = eval(&rep.done(), yaml);
        status(&e, 0, "big")
    };
    assert_eq!(r("5%以下", 5.0, Qualifier::AtMost), Status::Pass);
    assert_eq!(r("近5%", 5.0, Qualifier::Nearly), Status::Pass);
    assert_eq!(r("3%以上", 3.0, Qualifier::MoreThan), Status::Fail);
    assert_eq!(r("6%", 6.0, Qualifier::Exact), Status::Fail);
}

/// A range (`在3%到4%之间`) is held by each end to its own side: below a
/// ceiling it passes, across it it proves nothing, above it it fails; the
/// message states the range, not its lower end.
#[test]
fn a_range_is_judged_by_both_ends() {
    let yaml = "id: big\ntitle: 大班额\nindicator: large-class-share\nthreshold: {max: 5}\n";
    let r = |low: f64, high: f64| {
        let fig = format!("{low}%到{high}%");
        let mut rep = report(Some(2020))
            .section("青岛市")
            .case(&format!("大班额比例在{fig}之间。"))
            .value(
                "large-class-share",
                &format!("{low}%"),
                low,
                Qualifier::MoreThan,
            )
            .done();
        rep.sections[0].cases[0].indicators[0].upper = Some(high);
        let e = eval(&rep, yaml);
        let message = e.findings.first().map(|f| f.message.clone());
        (status(&e, 0, "big"), message)
    };
    assert_eq!(r(3.0, 4.0), (Status::Pass, None));
    assert_eq!(
        r(4.0, 6.0),
        (
            Status::Fail,
            Some("青岛市大班额比例在4%到6%之间，不能证明不超过5%".to_string())
        )
    );
    assert_eq!(
        r(6.0, 8.0),
        (
            Status::Fail,
            Some("青岛市大班额比例在6%到8%之间，高于5%的上限".to_string())
        )
    );
}

#[test]
fn warn_zone_passes_with_a_warning() {
    let yaml = format!("{COVERAGE}warn: {{min: 85}}\n");
    let e = eval(&coverage_report("82%", 82.0, Qualifier::Exact), &yaml);
    assert_eq!(status(&e, 0, "cov"), Status::Pass);
    assert_eq!(e.findings.len(), 1);
    assert_eq!(e.findings[0].severity, Severity::Warning);
    assert_eq!(
        e.findings[0].message,
        "济南市普惠性幼儿园覆盖率为82%，达到目标但处于预警区间（预警线不低于85）"
    );
    let e = eval(&coverage_report("90%", 90.0, Qualifier::Exact), &yaml);
    assert!(e.findings.is_empty());
    let e = eval(&coverage_report("70%", 70.0, Qualifier::Exact), &yaml);
    assert_eq!(
        (status(&e, 0, "cov"), e.findings[0].severity),
        (Status::Fail, Severity::Error)
    );
}

#[test]
fn years_choose_rules() {
    let r = coverage_report("75%", 75.0, Qualifier::Exact);
    let e = evaluate(
        &r,
        &rules(COVERAGE),
        &Catalog::bundled(),
        &EvalOptions::for_year(Some(2025)),
    );
    assert_eq!(status(&e, 0, "cov"), Status::NotApplicable);
    assert!(e.findings.is_empty());

    let mut unknown = r.clone();
    unknown.year = None;
    let e = eval(&unknown, COVERAGE);
    assert_eq!(status(&e, 0, "cov"), Status::NotApplicable);
    assert_eq!(e.findings.len(), 1);
    let f = &e.findings[0];
    assert_eq!(
        (f.rule.as_str(), f.severity, f.line),
        (YEAR_UNKNOWN, Severity::Info, 1)
    );
    assert!(f.message.contains("--year"), "{}", f.message);
    // --year fills in.
    let e = evaluate(
        &unknown,
        &rules(COVERAGE),
        &Catalog::bundled(),
        &EvalOptions::for_year(Some(2021)),
    );
    assert_eq!(status(&e, 0, "cov"), Status::Fail);
}

#[test]
fn off_rules_and_section_filters_are_not_applicable() {
    let r = coverage_report("75%", 75.0, Qualifier::Exact);
    let e = eval(&r, &COVERAGE.replace("severity: error", "severity: off"));
    assert_eq!(status(&e, 0, "cov"), Status::NotApplicable);
    assert!(e.findings.is_empty());
    let e = eval(&r, &format!("{COVERAGE}sections: {{include: ['*县']}}\n"));
    assert_eq!(status(&e, 0, "cov"), Status::NotApplicable);
}

#[test]
fn growth_uses_the_change() {
    let yaml = "id: growth\ntitle: 只增不减\nseverity: error\nindicator: education-expenditure\nmeasure: change.percent\nthreshold: {above: 0}\n";
    let base = || {
        report(Some(2020))
            .section("济南市")
            .case("一般公共预算教育支出2138084万元，比上年增长-2.5%。")
            .value(
                "education-expenditure",
                "2138084万元",
                21_380_840_000.0,
                Qualifier::Exact,
            )
    };
    let e = eval(&base().change(Some(-2.5)).done(), yaml);
    assert_eq!(status(&e, 0, "growth"), Status::Fail);
    assert_eq!(
        e.findings[0].message,
        "济南市一般公共预算教育支出为-2.5%，没有超过0%"
    );
    let e = eval(&base().change(Some(14.8)).done(), yaml);
    assert_eq!(status(&e, 0, "growth"), Status::Pass);
    let e = eval(&base().done(), yaml);
    assert_eq!(status(&e, 0, "growth"), Status::Missing);
    // A change from two years back (`由2018年的…`) is no growth of the
    // year's: it judges nothing, a fall or a rise. It was judged as the
    // year's.
    for percent in [-2.5, 14.8] {
        let mut r = base().change(Some(percent)).done();
        if let Some(c) = r.sections[0].cases[0].indicators[0].change.as_mut() {
            c.base = Some(dutycheck_model::Base {
                value: 1.0,
                qualifier: Qualifier::Exact,
                year: Some(2018),
                line: 1,
                column: 1,
                start: 0,
                end: 1,
            });
        }
        let e = eval(&r, yaml);
        assert_eq!(status(&e, 0, "growth"), Status::Missing, "{percent}");
        // From the year before, it is the year's.
        if let Some(c) = r.sections[0].cases[0].indicators[0].change.as_mut()
            && let Some(b) = c.base.as_mut()
        {
            b.year = Some(2019);
        }
        let e = eval(&r, yaml);
        let expected = if percent < 0.0 {
            Status::Fail
        } else {
            Status::Pass
        };
        assert_eq!(status(&e, 0, "growth"), expected, "{percent}");
    }
}

/// `比上年减少236元` and a rule on the growth rate: the rate is not
/// written, but a fall is a negative rate. Before, the rule found no rate
/// and the cell was `missing`: a stated decline passed unseen.
#[test]
fn a_growth_rule_reads_the_sign_of_a_change_stated_as_an_amount() {
    let yaml = |bounds: &str| {
        format!(
            "id: growth\ntitle: 只增不减\nseverity: error\nindicator: per-student-expenditure\nmeasure: change.percent\nthreshold: {bounds}\n"
        )
    };
    let with_amount = |amount: f64| {
        let mut r = report(Some(2022))
            .section("青禾县")
            .case("生均一般公共预算教育支出12000元，比上年减少236元。")
            .value(
                "per-student-expenditure",
                "12000元",
                12_000.0,
                Qualifier::Exact,
            )
            .done();
        r.sections[0].cases[0].indicators[0].change = Some(dutycheck_model::Change {
            value: Some(amount),
            unit: Some("元".into()),
            ..dutycheck_model::Change::default()
        });
        r
    };
    for bounds in ["{above: 0}", "{min: 0}"] {
        let e = eval(&with_amount(-236.0), &yaml(bounds));
        assert_eq!(status(&e, 0, "growth"), Status::Fail, "{bounds}");
        assert_eq!(e.findings.len(), 1, "{bounds}");
        let message = &e.findings[0].message;
        assert!(message.starts_with("青禾县"), "{message}");
        assert!(
            message.contains("减少236元，增幅没有写明，但为负数，不符合“只增不减”"),
            "{message}"
        );
    }
    let e = eval(&with_amount(236.0), &yaml("{above: 0}"));
    assert_eq!(status(&e, 0, "growth"), Status::Pass);
    assert_eq!(e.findings, []);
    // The sign does not decide: a fall that may be within `min: -5`, a rise
    // that may be short of `min: 5`, a rise against an upper bound.
    for (amount, bounds) in [
        (-236.0, "{min: -5}"),
        (236.0, "{min: 5}"),
        (236.0, "{max: 3}"),
    ] {
        let e = eval(&with_amount(amount), &yaml(bounds));
        assert_eq!(
            status(&e, 0, "growth"),
            Status::Missing,
            "{amount} {bounds}"
        );
    }
}

/// The mirror: `占一般公共预算支出的比例为16.2%，比上年下降0.7%` (a rate of the
/// share, no points) and a rule on the points: a fall of the share fails
/// `min: 0` at the change, in the rule's message, and a rise passes. Before,
/// the rule found no points and the cell was `missing`.
#[test]
fn a_points_rule_reads_the_sign_of_a_change_stated_as_a_rate() {
    let yaml = |bounds: &str| {
        format!(
            "id: share\ntitle: 比例不下降\nseverity: warning\nindicator: education-share-of-budget\nmeasure: change.value\nthreshold: {bounds}\nmessage: \"{{section}}比例比上年{{change}}\"\n"
        )
    };
    let with_rate = |percent: f64| {
        let mut r = report(Some(2023))
            .section("青溪县")
            .case("一般公共预算教育支出占一般公共预算支出的比例为16.2%，比上年下降0.7%。")
            .value("education-share-of-budget", "16.2%", 16.2, Qualifier::Exact)
            .done();
        r.sections[0].cases[0].indicators[0].change = Some(dutycheck_model::Change {
            percent: Some(percent),
            ..dutycheck_model::Change::default()
        });
        r
    };
    let e = eval(&with_rate(-0.7), &yaml("{min: 0, unit: percentage-points}"));
    assert_eq!(status(&e, 0, "share"), Status::Fail);
    let messages: Vec<&str> = e.findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(messages, ["青溪县比例比上年下降0.7%"]);
    let e = eval(&with_rate(0.7), &yaml("{min: 0, unit: percentage-points}"));
    assert_eq!(status(&e, 0, "share"), Status::Pass);
    // The size would decide: a fall that may be within `min: -0.5`.
    let e = eval(
        &with_rate(-0.7),
        &yaml("{min: -0.5, unit: percentage-points}"),
    );
    assert_eq!(status(&e, 0, "share"), Status::Missing);
}

/// `较上年有所下降` (a change said in words only, its direction kept on the
/// unread mention) against a rule on the change: a fall fails `above: 0`
/// and `min: 0` at the name, a rise passes them; where the size would
/// decide, the cell stays unread and says so.
#[test]
fn a_change_rule_reads_the_direction_of_a_change_said_in_words() {
    let yaml = |bounds: &str| {
        format!(
            "id: growth\ntitle: 只增不减\nseverity: error\nindicator: education-expenditure\nmeasure: change.percent\nthreshold: {bounds}\n"
        )
    };
    let said = |direction: dutycheck_model::Direction| {
        let mut r = report(Some(2022))
            .section("青禾县")
            .case("一般公共预算教育支出较上年有所下降。")
            .unread(
                "education-expenditure",
                "一般公共预算教育支出",
                UnreadMentionReason::UnsizedChange,
            )
            .done();
        r.sections[0].cases[0].unread[0].direction = Some(direction);
        r
    };
    for bounds in ["{above: 0}", "{min: 0}"] {
        let e = eval(&said(dutycheck_model::Direction::Down), &yaml(bounds));
        assert_eq!(status(&e, 0, "growth"), Status::Fail, "{bounds}");
        assert_eq!(e.findings.len(), 1, "{bounds}");
        let f = &e.findings[0];
        assert_eq!(f.severity, Severity::Error);
        assert_eq!(
            f.message,
            "青禾县一般公共预算教育支出与上年相比下降（报告只用文字写出，没有写明幅度），不符合“只增不减”"
        );
        // At the name: the words of the change have no figure to point at.
        assert_eq!((f.line, f.column, f.length), (3, 3, 10));
        let e = eval(&said(dutycheck_model::Direction::Up), &yaml(bounds));
        assert_eq!(status(&e, 0, "growth"), Status::Pass, "{bounds}");
        assert_eq!(e.findings, [], "{bounds}");
    }
    // A rise against an upper bound of 0 fails; the size would decide the
    // rest.
    let e = eval(&said(dutycheck_model::Direction::Up), &yaml("{max: 0}"));
    assert_eq!(status(&e, 0, "growth"), Status::Fail);
    for (direction, bounds) in [
        (dutycheck_model::Direction::Up, "{min: 5}"),
        (dutycheck_model::Direction::Down, "{min: -5}"),
    ] {
        let e = eval(&said(direction), &yaml(bounds));
        assert_eq!(status(&e, 0, "growth"), Status::Unread, "{bounds}");
        assert_eq!(e.findings.len(), 1);
        assert_eq!(e.findings[0].severity, Severity::Info);
    }
    // A level rule is not about the change: unread, as before.
    let level = "id: level\ntitle: 支出\nseverity: error\nindicator: education-expenditure\nthreshold: {min: 1}\n";
    let e = eval(&said(dutycheck_model::Direction::Down), level);
    assert_eq!(status(&e, 0, "level"), Status::Unread);
}

#[test]
fn large_numbers_are_written_in_full() {
    let yaml = "id: money\ntitle: 支出\nindicator: education-expenditure\nthreshold: {min: 30000000000}\nmessage: \"{section}{name}{value}{unit}\"\n";
    let r = report(Some(2020))
        .section("济南市")
        .case("一般公共预算教育支出2138084万元。")
        .value(
            "education-expenditure",
            "2138084万元",
            21_380_840_000.0,
            Qualifier::Exact,
        )
        .done();
    let mut r = r;
    r.sections[0].cases[0].indicators[0].unit = "元".into();
    let e = eval(&r, yaml);
    assert_eq!(
        e.findings[0].message,
        "济南市一般公共预算教育支出21380840000元"
    );
}

const DETAIL: &str =
    "id: detail\ntitle: 用数字说明成效\nscope: case\ndetail: {min_chars: 10, min_figures: 1}\n";

#[test]
fn detail_counts_result_figures_only() {
    let r = report(Some(2020))
        .section("济南市")
        .case("2020年召开会议17次，加强领导、压实责任，推动工作。")
        .figure("2020年", 2020.0, QuantityKind::Year, 0)
        .figure("17次", 17.0, QuantityKind::Occurrence, 9)
        .case("新建改扩建幼儿园144所，新增学位2.5万余个。")
        .figure("144所", 144.0, QuantityKind::Count, 8)
        .done();
    let e = eval(&r, DETAIL);
    assert_eq!(status(&e, 0, "detail"), Status::Fail);
    assert_eq!(e.findings.len(), 1);
    let f = &e.findings[0];
    assert_eq!((f.case, f.line, f.column, f.length), (Some(1), 3, 1, 2));
    assert_eq!(f.message, "济南市第1条案例结果数字0个，至少需要1个");
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn bundled_case_quality_message() {
    let r = report(Some(2020))
        .section("济南市")
        .case("加强领导。")
        .done();
    let set = RuleSet::bundled(&Catalog::bundled()).expect("bundled");
    let e = evaluate(&r, &set, &Catalog::bundled(), &EvalOptions::default());
    let msgs: Vec<(&str, &str)> = e
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(
        msgs,
        [
            ("structure.min-cases", "济南市只有1条典型案例，至少需要3条"),
            (
                "detail.case-has-results",
                "济南市第1条案例没有用数字说明成效：5字、结果数字0个，至少需要10字、1个结果数字"
            ),
        ]
    );
    // National rules with nothing reported are missing, silently.
    assert_eq!(
        status(&e, 0, "preschool.inclusive-coverage-2020"),
        Status::Missing
    );
    assert_eq!(
        status(&e, 0, "preschool.inclusive-coverage-2025"),
        Status::NotApplicable
    );
}

/// A collection of typical cases (`案例一：青溪县：…`) picks one region's case
/// each: a region's count in it measures nothing, so the rule does not
/// judge it (it warned that every county had too few).
#[test]
fn a_collected_case_is_not_counted() {
    let yaml = "id: st\ntitle: 案例数\nstructure: {min_cases: 3}\n";
    let mut r = report(Some(2023))
        .section("青溪县：以集团化办学促进城乡均衡")
        .case("甲")
        .section("白石县：扩大普惠资源")
        .case("乙")
        .done();
    for s in &mut r.sections {
        s.collected = true;
    }
    let e = eval(&r, yaml);
    assert_eq!(status(&e, 0, "st"), Status::NotApplicable);
    assert_eq!(status(&e, 1, "st"), Status::NotApplicable);
    assert!(e.findings.is_empty());
}

#[test]
fn structure_counts_cases_and_gaps() {
    let yaml = "id: st\ntitle: 案例数\nstructure: {min_cases: 2}\n";
    let r = report(Some(2020))
        .section("济南市")
        .case("甲")
        .case("乙")
        .gap(3, 5)
        .section("青岛市")
        .case("丙")
        .done();
    let e = eval(&r, yaml);
    assert_eq!(status(&e, 0, "st"), Status::Fail);
    assert_eq!(status(&e, 1, "st"), Status::Fail);
    let msgs: Vec<(u32, &str)> = e
        .findings
        .iter()
        .map(|f| (f.line, f.message.as_str()))
        .collect();
    assert_eq!(
        msgs,
        [
            (5, "济南市案例编号不连续：此处应为第3条，写的是第5条"),
            (6, "青岛市只有1条典型案例，至少需要2条")
        ]
    );
    let e = eval(
        &r,
        "id: st\ntitle: 案例数\nstructure: {min_cases: 1, sequential: false}\n",
    );
    assert_eq!(
        (status(&e, 0, "st"), status(&e, 1, "st")),
        (Status::Pass, Status::Pass)
    );
}

/// A self-evaluation's sections on problems, plans or the inspectors'
/// requirements are not lists of cases of work: the number and the detail
/// of their items are not judged (not applicable), while a section of work
/// with as few items still is.
#[test]
fn sections_without_work_are_not_judged_on_cases() {
    let r = report(Some(2021))
        .section("学前教育普及普惠")
        .case("新建幼儿园")
        .section("存在问题和下一步打算")
        .case("学位仍然紧张")
        .section("整改要求")
        .case("加快建设")
        .done();
    let structure = "id: st\ntitle: 案例数\nstructure: {min_cases: 2}\n";
    let e = eval(&r, structure);
    assert_eq!(status(&e, 0, "st"), Status::Fail);
    assert_eq!(status(&e, 1, "st"), Status::NotApplicable);
    assert_eq!(status(&e, 2, "st"), Status::NotApplicable);
    let detail = "id: dt\ntitle: 案例详实\ndetail: {min_chars: 10, min_figures: 1}\n";
    let e = eval(&r, detail);
    assert_eq!(status(&e, 0, "dt"), Status::Fail);
    assert_eq!(status(&e, 1, "dt"), Status::NotApplicable);
    assert_eq!(status(&e, 2, "dt"), Status::NotApplicable);
    assert!(
        e.findings.iter().all(|f| f.line == 3),
        "only the section of work: {:?}",
        e.findings
    );
}

/// In a report of regions, a section that names no region (a bulletin's
/// `一、总体情况`) is not asked for cases; its regions are, and a report
/// of topics (no region named anywhere) still has each topic counted.
#[test]
fn sections_that_name_no_region_beside_regions_are_not_counted() {
    let structure = "id: st\ntitle: 案例数\nstructure: {min_cases: 2}\n";
    let r = report(Some(2023))
        .section("总体情况")
        .case("全市教育支出增长4.1%")
        .section("河东区")
        .case("新建幼儿园")
        .case("招聘教师")
        .section("河西县")
        .case("课后服务")
        .done();
    let e = eval(&r, structure);
    assert_eq!(status(&e, 0, "st"), Status::NotApplicable);
    assert_eq!(status(&e, 1, "st"), Status::Pass);
    assert_eq!(status(&e, 2, "st"), Status::Fail);
    let msgs: Vec<&str> = e.findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(msgs, ["河西县只有1条典型案例，至少需要2条"]);
    let topics = report(Some(2023))
        .section("总体情况")
        .case("全市教育支出增长4.1%")
        .section("教育投入")
        .case("新建幼儿园")
        .done();
    let e = eval(&topics, structure);
    assert_eq!(status(&e, 0, "st"), Status::Fail);
    assert_eq!(status(&e, 1, "st"), Status::Fail);
}

#[test]
fn requires_pattern_compare() {
    let r = report(Some(2020))
        .section("济南市")
        .case("公办园在园幼儿占比达55%，普惠性幼儿园覆盖率达50%，加强领导。")
        .value("preschool-public-share", "55%", 55.0, Qualifier::Exact)
        .value(
            "preschool-inclusive-coverage",
            "50%",
            50.0,
            Qualifier::Exact,
        )
        .done();
    let e = eval(
        &r,
        "id: req\ntitle: 报告巩固率\nrequires: compulsory-retention\n",
    );
    assert_eq!(status(&e, 0, "req"), Status::Fail);
    assert_eq!(e.findings[0].message, "济南市没有报告九年义务教育巩固率");

    let e = eval(
        &r,
        "id: pat\ntitle: 空话\npattern: {regex: 加强领导, must: not-appear}\n",
    );
    assert_eq!(status(&e, 0, "pat"), Status::Fail);
    let f = &e.findings[0];
    // `加强领导` starts at character 28 of the case text; the segment starts at column 3.
    assert_eq!((f.line, f.column, f.length), (3, 31, 4));
    assert_eq!(f.message, "济南市第1条案例出现了“加强领导”（空话）");
    let e = eval(
        &r,
        "id: pat\ntitle: 空话\npattern: {regex: 加强领导, must: not-appear, unless: '\\d+%'}\n",
    );
    assert_eq!(status(&e, 0, "pat"), Status::Pass);

    let cmp = "id: cmp\ntitle: 公办不超过普惠\ncompare: {left: preschool-public-share, op: \"<=\", right: preschool-inclusive-coverage}\n";
    let e = eval(&r, cmp);
    assert_eq!(status(&e, 0, "cmp"), Status::Fail);
    assert_eq!(
        e.findings[0].message,
        "济南市公办园在园幼儿占比（55）与普惠性幼儿园覆盖率（50）不满足 公办园在园幼儿占比 <= 普惠性幼儿园覆盖率"
    );
    let only_one = report(Some(2020))
        .section("济南市")
        .case("公办率55%")
        .value("preschool-public-share", "55%", 55.0, Qualifier::Exact)
        .done();
    assert_eq!(status(&eval(&only_one, cmp), 0, "cmp"), Status::Missing);
}

#[test]
fn plugin_rules_without_a_plugin_are_not_applicable() {
    let r = coverage_report("75%", 75.0, Qualifier::Exact);
    let e = eval(&r, "id: plug\ntitle: 插件\nplugin: shandong/targets\n");
    assert_eq!(status(&e, 0, "plug"), Status::NotApplicable);
    assert_eq!(e.findings.len(), 1);
    assert_eq!(e.findings[0].severity, Severity::Info);
    assert!(e.findings[0].message.contains("shandong"));

    // A resolved plugin check shares the interface.
    struct Always;
    impl Check for Always {
        fn check(&self, _cx: &CheckContext<'_>, _target: Target<'_>) -> Outcome {
            Outcome::new(Status::Pass)
        }
    }
    struct Host(Always);
    impl PluginChecks for Host {
        fn resolve(&self, plugin: &str, _check: &str) -> Option<&dyn Check> {
            (plugin == "shandong").then_some(&self.0 as &dyn Check)
        }
    }
    let set = rules("id: plug\ntitle: 插件\nplugin: shandong/targets\n");
    let e = evaluate_with(
        &r,
        &set,
        &Catalog::bundled(),
        &EvalOptions::default(),
        &Host(Always),
    );
    assert_eq!(status(&e, 0, "plug"), Status::Pass);
    assert!(e.findings.is_empty());
}

#[test]
fn document_scope_and_sorting() {
    let r = report(Some(2020))
        .section("济南市")
        .case("普惠性幼儿园覆盖率达70%。")
        .value(
            "preschool-inclusive-coverage",
            "70%",
            70.0,
            Qualifier::Exact,
        )
        .section("青岛市")
        .case("普惠性幼儿园覆盖率达60%。")
        .value(
            "preschool-inclusive-coverage",
            "60%",
            60.0,
            Qualifier::Exact,
        )
        .done();
    let yaml = format!(
        "- {}\n- id: doc\n  title: 全省\n  scope: document\n  requires: compulsory-retention\n",
        COVERAGE.replace('\n', "\n  ").trim_end()
    );
    let e = eval(&r, &yaml);
    assert_eq!(e.document.get("doc"), Some(&Status::Fail));
    assert!(!e.sections[0].results.contains_key("doc"));
    let keys: Vec<(u32, u32, &str)> = e
        .findings
        .iter()
        .map(|f| (f.line, f.column, f.rule.as_str()))
        .collect();
    assert_eq!(keys, [(1, 1, "doc"), (3, 13, "cov"), (5, 13, "cov")]);
}

#[test]
fn message_placeholders_replace_and_read_back() {
    let mut vars = crate::Vars::new();
    vars.insert("value", "90".to_string());
    vars.insert("unit", "%".to_string());
    vars.insert("value", "85".to_string());
    assert_eq!(vars.len(), 2);
    assert_eq!(vars.get("value").map(String::as_str), Some("85"));
    assert_eq!(vars.get("min"), None);
}

#[test]
fn a_section_is_found_by_address_not_by_value() {
    let report = dutycheck_parse::parse(&dutycheck_read::Document {
        path: "r.txt".into(),
        text: "标题\n一、甲市\n1.做法。\n二、甲市\n1.做法。\n".into(),
        encoding: "UTF-8",
    })
    .expect("parses");
    let sections = &report.sections;
    assert_eq!(sections.len(), 2);
    assert_eq!(crate::check::section_index(sections, &sections[1]), Some(1));
    assert_eq!(crate::check::section_index(sections, &sections[0]), Some(0));
    // An equal section elsewhere is not one of them.
    let copy = sections[1].clone();
    assert_eq!(crate::check::section_index(sections, &copy), None);
}

#[test]
fn values_of_a_section_from_elsewhere_are_scanned_not_lost() {
    let catalog = Catalog::bundled();
    let mut report = dutycheck_parse::parse(&dutycheck_read::Document {
        path: "r.txt".into(),
        text: "标题\n一、甲市\n1.普惠性幼儿园覆盖率达90%。\n".into(),
        encoding: "UTF-8",
    })
    .expect("parses");
    dutycheck_extract::Extractor::new(&catalog).extract(&mut report);
    let id = "preschool-inclusive-coverage";
    let position = catalog.position(id);
    let index = crate::check::ValueIndex::new(&report, &catalog);
    let own = index.of(position, crate::Target::Section(&report.sections[0]), id);
    assert_eq!(own.len(), 1);
    let copy = report.sections[0].clone();
    let scanned = index.of(position, crate::Target::Section(&copy), id);
    assert_eq!(scanned.len(), 1);
    assert_eq!(scanned[0].2.value, Some(90.0));
}

/// The check contract: a finding carries the index of its section and case,
/// so two sections with the same name are never confused, and a plugin
/// check answering by index lands in the right row of the matrix.
#[test]
fn findings_carry_section_and_case_indices() {
    struct SecondOnly;
    impl Check for SecondOnly {
        fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
            let (section, case) = cx.indices(target);
            if section != Some(1) {
                return Outcome::new(Status::Pass);
            }
            let found = cx.finding(
                target.section(),
                target.case(),
                cx.spot_of(target.section(), target.case()),
                format!("section {section:?} case {case:?}"),
            );
            assert_eq!((found.section_index, found.case_index), (section, case));
            Outcome::new(Status::Fail).with(vec![found])
        }
    }
    struct Plugins(SecondOnly);
    impl PluginChecks for Plugins {
        fn resolve(&self, _plugin: &str, _check: &str) -> Option<&dyn Check> {
            Some(&self.0)
        }
    }
    let r = report(Some(2020))
        .section("城区")
        .case("做法一。")
        .section("城区")
        .case("做法一。")
        .case("做法二。")
        .report;
    let set = rules(
        "- {id: t.s, title: s, scope: section, plugin: p/c}\n- {id: t.c, title: c, scope: case, plugin: p/c}\n",
    );
    let eval = evaluate_with(
        &r,
        &set,
        &Catalog::bundled(),
        &EvalOptions::default(),
        &Plugins(SecondOnly),
    );
    let status = |row: usize, id: &str| eval.sections[row].results.get(id).copied();
    assert_eq!(status(0, "t.s"), Some(Status::Pass));
    assert_eq!(status(1, "t.s"), Some(Status::Fail));
    assert_eq!(status(0, "t.c"), Some(Status::Pass));
    assert_eq!(status(1, "t.c"), Some(Status::Fail));
    let messages: Vec<&str> = eval.findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "section Some(1) case None",
            "section Some(1) case Some(0)",
            "section Some(1) case Some(1)"
        ]
    );
    assert!(
        eval.findings.iter().all(|f| f.line >= 4),
        "{:?}",
        eval.findings
    );
}

#[test]
fn combine_ranks_fail_pass_unread_missing_not_applicable() {
    use Status::*;
    assert_eq!(combine([Unread, Pass]), Pass);
    assert_eq!(combine([Unread, Fail, Pass]), Fail);
    assert_eq!(combine([Missing, Unread]), Unread);
    assert_eq!(combine([NotApplicable, Unread]), Unread);
    assert_eq!(combine([NotApplicable, Missing]), Missing);
    assert_eq!(combine([]), NotApplicable);
}

/// A section that mentions the indicator with a masked figure.
fn masked_coverage() -> Report {
    report(Some(2020))
        .section("济南市")
        .case("普惠性幼儿园覆盖率达**%，新增学位1.2万个。")
        .unread(
            "preschool-inclusive-coverage",
            "普惠性幼儿园覆盖率",
            UnreadMentionReason::Masked,
        )
        .section("青岛市")
        .case("新建幼儿园12所。")
        .done()
}

#[test]
fn a_mention_without_a_value_is_unread_not_missing() {
    let r = masked_coverage();
    let e = eval(&r, COVERAGE);
    assert_eq!(status(&e, 0, "cov"), Status::Unread);
    assert_eq!(status(&e, 1, "cov"), Status::Missing);
    // Unread never fails the section, and never passes the rule: with no
    // other rule, the section is unchecked.
    assert_eq!(e.sections[0].status, SectionStatus::Unchecked);
    // With `missing: off`, the cell still says what was not read: one info
    // finding, at the mention (line 3, segment column 3).
    assert_eq!(e.findings.len(), 1, "{:?}", e.findings);
    let f = &e.findings[0];
    assert_eq!(f.severity, Severity::Info);
    assert_eq!((f.line, f.column, f.length), (3, 3, 9));
    assert_eq!(f.case, Some(1));
    assert_eq!(f.indicator.as_deref(), Some("preschool-inclusive-coverage"));
    assert_eq!(
        f.message,
        "济南市提到了普惠性幼儿园覆盖率，但数字被遮盖（如“**%”“XX%”），没有读出数值，本规则未能判断（普惠性幼儿园覆盖率达到80%）"
    );
    // `missing: warning` raises it, as for a value never mentioned.
    let e = eval(&r, &format!("{COVERAGE}missing: warning\n"));
    assert_eq!(status(&e, 0, "cov"), Status::Unread);
    let severities: Vec<Severity> = e.findings.iter().map(|f| f.severity).collect();
    assert_eq!(severities, [Severity::Warning, Severity::Warning]);
}

#[test]
fn a_read_value_decides_over_an_unread_mention() {
    // Case 1 mentions the indicator with two candidate figures; case 2
    // states it. The section's value is case 2's.
    let r = report(Some(2020))
        .section("济南市")
        .case("普惠性幼儿园覆盖率 81% 83%（口径不同）。")
        .unread(
            "preschool-inclusive-coverage",
            "普惠性幼儿园覆盖率",
            UnreadMentionReason::Ambiguous,
        )
        .case("普惠性幼儿园覆盖率达75%。")
        .value(
            "preschool-inclusive-coverage",
            "75%",
            75.0,
            Qualifier::Exact,
        )
        .done();
    let e = eval(&r, COVERAGE);
    assert_eq!(status(&e, 0, "cov"), Status::Fail);
    assert_eq!(e.findings.len(), 1);
    let pass = report(Some(2020))
        .section("济南市")
        .case("普惠性幼儿园覆盖率 81% 83%（口径不同）。")
        .unread(
            "preschool-inclusive-coverage",
            "普惠性幼儿园覆盖率",
            UnreadMentionReason::Ambiguous,
        )
        .case("普惠性幼儿园覆盖率达85%。")
        .value(
            "preschool-inclusive-coverage",
            "85%",
            85.0,
            Qualifier::Exact,
        )
        .done();
    let e = eval(&pass, COVERAGE);
    assert_eq!(status(&e, 0, "cov"), Status::Pass);
    assert!(e.findings.is_empty(), "{:?}", e.findings);
    // Case by case, the read case passes and the section with it.
    let e = eval(&pass, &format!("{COVERAGE}scope: case\n"));
    assert_eq!(status(&e, 0, "cov"), Status::Pass);
    // --show-unread still lists the unread mention.
    let e = evaluate(
        &pass,
        &rules(COVERAGE),
        &Catalog::bundled(),
        &EvalOptions {
            show_unread: true,
            ..EvalOptions::default()
        },
    );
    assert_eq!(status(&e, 0, "cov"), Status::Pass);
    let listed: Vec<(&str, u32, u32, &str)> = e
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.line, f.column, f.message.as_str()))
        .collect();
    assert_eq!(
        listed,
        [(
            UNREAD_MENTION,
            3,
            3,
            "济南市第1条案例提到了普惠性幼儿园覆盖率，但所在分句中有两个候选数字，没有连接词说明是哪一个，没有读出数值"
        )]
    );
    assert_eq!(e.findings[0].severity, Severity::Info);
}

#[test]
fn show_unread_lists_every_mention_even_of_indicators_no_rule_reads() {
    let r = masked_coverage();
    let e = evaluate(
        &r,
        &rules(DETAIL),
        &Catalog::bundled(),
        &EvalOptions::default(),
    );
    assert!(e.findings.iter().all(|f| f.rule != UNREAD_MENTION));
    let e = evaluate(
        &r,
        &rules(DETAIL),
        &Catalog::bundled(),
        &EvalOptions {
            show_unread: true,
            ..EvalOptions::default()
        },
    );
    let unread: Vec<&Finding> = e
        .findings
        .iter()
        .filter(|f| f.rule == UNREAD_MENTION)
        .collect();
    assert_eq!(unread.len(), 1);
    assert_eq!(unread[0].section.as_deref(), Some("济南市"));
    assert_eq!(unread[0].length, 9);
}

#[test]
fn change_measures_requires_and_compare_read_unread_mentions_too() {
    // A growth rule with a level but no change, and an unread mention that
    // may have held the change: unread.
    let r = report(Some(2020))
        .section("济南市")
        .case("一般公共预算教育支出12亿元，比上年增长XX%。")
        .value("education-expenditure", "12亿元", 12e8, Qualifier::Exact)
        .unread(
            "education-expenditure",
            "一般公共预算教育支出",
            UnreadMentionReason::Masked,
        )
        .done();
    let growth = "id: growth\ntitle: 教育支出只增不减\nindicator: education-expenditure\nmeasure: change.percent\nthreshold: {min: 0}\n";
    assert_eq!(status(&eval(&r, growth), 0, "growth"), Status::Unread);

    // `requires`: mentioned but unread is not shown to be reported; the
    // finding keeps the rule's severity, so the run gates as before.
    let r = masked_coverage();
    let e = eval(
        &r,
        "id: req\ntitle: 报告普惠率\nseverity: error\nrequires: preschool-inclusive-coverage\n",
    );
    assert_eq!(status(&e, 0, "req"), Status::Unread);
    assert_eq!(status(&e, 1, "req"), Status::Fail);
    let severities: Vec<Severity> = e.findings.iter().map(|f| f.severity).collect();
    assert_eq!(severities, [Severity::Error, Severity::Error]);

    // `compare`: a side mentioned unread.
    let r = report(Some(2020))
        .section("济南市")
        .case("公办园在园幼儿占比达55%，普惠性幼儿园覆盖率达**%。")
        .value("preschool-public-share", "55%", 55.0, Qualifier::Exact)
        .unread(
            "preschool-inclusive-coverage",
            "普惠性幼儿园覆盖率",
            UnreadMentionReason::Masked,
        )
        .done();
    let cmp = "id: cmp\ntitle: 公办不超过普惠\ncompare: {left: preschool-public-share, op: \"<=\", right: preschool-inclusive-coverage}\n";
    let e = eval(&r, cmp);
    assert_eq!(status(&e, 0, "cmp"), Status::Unread);
    assert_eq!(e.findings.len(), 1);
    assert_eq!(e.findings[0].severity, Severity::Info);
}

/// One case, read as dutycheck reads it: decoded, parsed and extracted.
fn read_case(text: &str) -> Report {
    let source = format!("2022年典型工作案例\n一、南湖区\n1.{text}\n");
    let doc =
        dutycheck_read::decode("t.txt", source.as_bytes(), &Default::default()).expect("decodes");
    let mut report = dutycheck_parse::parse(&doc).expect("parses");
    // The section is made up to hold the case, as a rule test's is: its
    // `全县` is not another region's.
    dutycheck_extract::Extractor::new(&Catalog::bundled()).extract_unplaced(&mut report);
    report
}

fn parts(text: &str) -> Vec<&'static str> {
    let report = read_case(text);
    let case = report.sections[0]
        .cases
        .iter()
        .find(|c| !c.is_lead_in())
        .expect("a case");
    crate::kinds::parts_of(case)
        .iter()
        .map(dutycheck_rules::CasePart::as_str)
        .collect()
}

#[test]
fn case_parts_from_statements_and_the_words_around_figures() {
    // Results alone: a count, an amount, a level.
    assert_eq!(
        parts("新建幼儿园6所，新增学位2160个。"),
        ["result-figure", "scale"]
    );
    assert_eq!(parts("投入资金1.2亿元，改造校舍。"), ["result-figure"]);
    assert_eq!(parts("普惠性幼儿园覆盖率达到86.4%。"), ["result-figure"]);
    // A level with its change (an indicator statement).
    assert_eq!(
        parts("普惠性幼儿园覆盖率达到86.4%，比上年提高3.2个百分点。"),
        ["result-figure", "baseline"]
    );
    // A change of a figure that is no indicator.
    assert_eq!(
        parts("新增学位2160个，比上年增加300个。"),
        ["result-figure", "baseline"]
    );
    // From→to, of no indicator.
    assert_eq!(
        parts("教师培训覆盖面从74%提升至81.5%。"),
        ["result-figure", "baseline"]
    );
    // A comparison with an average or a standard.
    assert_eq!(
        parts("生均公用经费达1350元，高于全省平均水平。"),
        ["result-figure", "baseline"]
    );
    assert_eq!(
        parts("生均公用经费1350元，同比增长8%。"),
        ["result-figure", "baseline"]
    );
    // Falling short of a standard compares with it too (it was "no
    // baseline").
    assert_eq!(
        parts("普惠性幼儿园覆盖率为83.7%，未达到85%的国家标准。"),
        ["result-figure", "baseline"]
    );
    // A claim to meet a requirement measures the result against it.
    assert_eq!(
        parts("全区义务教育教师年平均工资9.1万元，实现“不低于”要求。"),
        ["result-figure", "baseline"]
    );
    // A change said in words only compares with the year before too.
    assert_eq!(
        parts("全县一般公共预算教育支出较上年有所下降，为8.2亿元。"),
        ["result-figure", "baseline"]
    );
    // A level reached (`提高至`) is no change; `占比` is no comparison.
    assert_eq!(parts("教师培训覆盖面提高至81.5%。"), ["result-figure"]);
    assert_eq!(parts("公办园在园幼儿占比达到53.6%。"), ["result-figure"]);
    // Pupils and teachers are the scale.
    assert_eq!(
        parts("全县在校学生3.2万人，专任教师2100名。"),
        ["result-figure", "scale"]
    );
    // A plan is neither a result nor a baseline; years and meetings are
    // no results.
    assert_eq!(
        parts("力争到2025年学前三年毛入园率达到92%。"),
        Vec::<&str>::new()
    );
    assert_eq!(
        parts("2021年召开专题会议5次，压实责任。"),
        Vec::<&str>::new()
    );
}

const BASELINE: &str = "id: base\ntitle: 成效有比较基准\nseverity: info\nscope: case\ndetail: {if_has: [result-figure], require: [baseline]}\nmessage: \"{section}第{case}条案例说明了成效，但没有写明{missing}\"\n";

#[test]
fn detail_require_names_what_is_missing() {
    // A result without a baseline: reported, naming the baseline.
    let e = eval(&read_case("新建幼儿园6所，新增学位2160个。"), BASELINE);
    assert_eq!(status(&e, 0, "base"), Status::Fail);
    assert_eq!(
        e.findings[0].message,
        "南湖区第1条案例说明了成效，但没有写明比较基准（与上年相比的变化、由…到…，或与目标、标准、平均水平的比较）"
    );
    assert_eq!(e.findings[0].severity, Severity::Info);
    // Advice does not fail the region: the cell fails, the section passes
    // with the rule as a note; the same rule at warning makes it warn, at
    // error fail, and neither is a note.
    assert_eq!(e.sections[0].status, SectionStatus::Pass);
    assert_eq!(e.sections[0].notes, ["base"]);
    let e = eval(
        &read_case("新建幼儿园6所，新增学位2160个。"),
        &BASELINE.replace("severity: info", "severity: warning"),
    );
    assert_eq!(e.sections[0].status, SectionStatus::Warn);
    assert!(e.sections[0].notes.is_empty());
    let e = eval(
        &read_case("新建幼儿园6所，新增学位2160个。"),
        &BASELINE.replace("severity: info", "severity: error"),
    );
    assert_eq!(e.sections[0].status, SectionStatus::Fail);
    assert!(e.sections[0].notes.is_empty());
    // With one: passes.
    let e = eval(&read_case("新增学位2160个，比上年增加300个。"), BASELINE);
    assert_eq!(status(&e, 0, "base"), Status::Pass);
    // No result at all: not this rule's business (if_has).
    let e = eval(&read_case("加强组织领导，压实工作责任。"), BASELINE);
    assert_eq!(status(&e, 0, "base"), Status::NotApplicable);
    assert!(e.findings.is_empty());
    // Without if_has, every missing part is named, in order, and the
    // placeholders say which.
    let e = eval(
        &read_case("加强组织领导，压实工作责任。"),
        "id: all\ntitle: t\ndetail: {require: [scale, result-figure]}\nmessage: \"{missing_parts}|{require}\"\n",
    );
    assert_eq!(
        e.findings[0].message,
        "result-figure, scale|result-figure, scale"
    );
    // Counts fail first, with their own message.
    let e = eval(
        &read_case("加强组织领导。"),
        "id: both\ntitle: t\ndetail: {min_figures: 1, require: [baseline]}\n",
    );
    assert_eq!(e.findings.len(), 1);
    assert_eq!(
        e.findings[0].message,
        "南湖区第1条案例结果数字0个，至少需要1个"
    );
}

/// The value index answers "nothing here" only when it is sure: a section
/// with an unread mention is not vacant (its cell is `unread`), a section
/// without the indicator is, and an id outside the catalog never is.
#[test]
fn the_value_index_says_vacant_only_when_sure() {
    let r = masked_coverage();
    let catalog = Catalog::bundled();
    let index = crate::check::ValueIndex::new(&r, &catalog);
    let coverage = catalog.position("preschool-inclusive-coverage");
    assert!(coverage.is_some());
    let (jinan, qingdao) = (&r.sections[0], &r.sections[1]);
    assert!(!index.vacant(coverage, Target::Section(jinan)));
    assert!(!index.vacant(coverage, Target::Case(jinan, &jinan.cases[0])));
    assert!(index.vacant(coverage, Target::Section(qingdao)));
    assert!(!index.vacant(coverage, Target::Document));
    assert!(!index.vacant(None, Target::Section(qingdao)));
    // A section that is not the report's own is never known to be vacant.
    let stranger = qingdao.clone();
    assert!(!index.vacant(coverage, Target::Section(&stranger)));
}

/// A report for the compiled rules: a section with values (one passing,
/// one failing bound), one with only an unread mention, one with a case but
/// no indicator, one without cases, and one with a level but no change.
fn compiled_report() -> Report {
    report(Some(2020))
        .section("济南市")
        .case("普惠性幼儿园覆盖率达85%，一般公共预算教育支出12.6亿元，比上年增长-2.5%。")
        .value(
            "preschool-inclusive-coverage",
            "85%",
            85.0,
            Qualifier::Exact,
        )
        .value(
            "education-expenditure",
            "12.6亿元",
            1.26e9,
            Qualifier::Exact,
        )
        .change(Some(-2.5))
        .section("青岛市")
        .case("普惠性幼儿园覆盖率达**%。")
        .unread(
            "preschool-inclusive-coverage",
            "普惠性幼儿园覆盖率",
            UnreadMentionReason::Masked,
        )
        .section("淄博市")
        .case("新建幼儿园3所。")
        .section("烟台市")
        .section("威海市")
        .case("普惠性幼儿园覆盖率为70%，一般公共预算教育支出9.1亿元。")
        .value(
            "preschool-inclusive-coverage",
            "70%",
            70.0,
            Qualifier::Exact,
        )
        .value("education-expenditure", "9.1亿元", 9.1e8, Qualifier::Exact)
        .done()
}

/// Every way a threshold rule's cell may come out, and rules of other kinds
/// beside them: `missing: off` and `missing: warning`, section, case and
/// document scope, a section filter, years, a change measure.
const COMPILED_RULES: &str = "
- {id: a.section, title: t, severity: error, indicator: preschool-inclusive-coverage, threshold: {min: 80}, missing: off}
- {id: b.case, title: t, severity: warning, scope: case, indicator: preschool-inclusive-coverage, threshold: {min: 80}, missing: off}
- {id: c.said, title: t, severity: error, indicator: preschool-inclusive-coverage, threshold: {min: 80}, missing: warning}
- {id: d.document, title: t, scope: document, indicator: preschool-inclusive-coverage, threshold: {min: 80}, missing: off}
- {id: e.filtered, title: t, sections: {include: ['*市'], exclude: [淄博市]}, indicator: preschool-inclusive-coverage, threshold: {min: 90}, missing: off}
- {id: f.years, title: t, applies: {years: 2021..2022}, indicator: preschool-inclusive-coverage, threshold: {min: 80}, missing: off}
- {id: g.growth, title: t, severity: info, indicator: education-expenditure, measure: change.percent, threshold: {above: 0}, missing: off}
- {id: h.growth-case, title: t, scope: case, indicator: education-expenditure, measure: change.percent, threshold: {above: 0}, missing: off}
- {id: i.other, title: t, indicator: teacher-bachelor-share, threshold: {min: 60}, missing: off}
- {id: j.requires, title: t, requires: preschool-inclusive-coverage}
- {id: k.detail, title: t, detail: {min_figures: 1}}
- {id: l.warn, title: t, indicator: preschool-inclusive-coverage, threshold: {min: 60}, warn: {min: 88}, missing: off}
- {id: m.max, title: t, indicator: preschool-inclusive-coverage, threshold: {max: 80}, missing: off}
";

/// The compiled rules answer a cell from the table only where the check
/// would have given the same answer: the whole evaluation, findings and
/// matrix, is the same as with every cell judged by its check.
#[test]
fn compiled_rules_answer_as_the_checks_do() {
    let r = compiled_report();
    let set = rules(COMPILED_RULES);
    let catalog = Catalog::bundled();
    for year in [None, Some(2020), Some(2021)] {
        let options = EvalOptions::for_year(year);
        let by = |lookup| evaluate_by(&r, &set, &catalog, &options, &NoPlugins, None, lookup);
        assert_eq!(
            by(crate::compiled::Lookup::Table),
            by(crate::compiled::Lookup::Scan),
            "year {year:?}"
        );
    }
    // What the cells are (so that the comparison above compares answers
    // that differ from section to section).
    let e = evaluate(&r, &set, &catalog, &EvalOptions::default());
    let row = |rule: &str| -> Vec<Status> { (0..5).map(|s| status(&e, s, rule)).collect() };
    use Status::{Fail, Missing, NotApplicable as Na, Pass, Unread};
    assert_eq!(row("a.section"), [Pass, Unread, Missing, Missing, Fail]);
    // A case-scope rule in a section without cases: not applicable.
    assert_eq!(row("b.case"), [Pass, Unread, Missing, Na, Fail]);
    assert_eq!(row("c.said"), [Pass, Unread, Missing, Missing, Fail]);
    assert_eq!(row("e.filtered"), [Fail, Unread, Na, Missing, Fail]);
    assert_eq!(row("f.years"), [Na, Na, Na, Na, Na]);
    // A level without a change: `missing` for the change measure, from the
    // check (the section holds the indicator).
    assert_eq!(row("g.growth"), [Fail, Missing, Missing, Missing, Missing]);
    assert_eq!(row("h.growth-case"), [Fail, Missing, Missing, Na, Missing]);
    assert_eq!(row("i.other"), [Missing; 5]);
    // In the warn zone: a pass, with a warning the table must not lose.
    assert_eq!(row("l.warn"), [Pass, Unread, Missing, Missing, Pass]);
    assert_eq!(row("m.max"), [Fail, Unread, Missing, Missing, Pass]);
    let warned: Vec<_> = e
        .findings
        .iter()
        .filter(|f| f.rule == "l.warn" && f.severity == Severity::Warning)
        .collect();
    assert_eq!(warned.len(), 2, "{warned:#?}");
    // `missing: warning` is said in every section without the indicator.
    let said: Vec<_> = e.findings.iter().filter(|f| f.rule == "c.said").collect();
    assert_eq!(said.len(), 4, "{said:#?}");
}

/// The table itself: a rule at `missing: off` is answered `missing` in a
/// section that holds neither a value nor an unread mention of its
/// indicator, and never elsewhere; a rule that says something when the
/// indicator is missing, a case-scope rule in a section without cases, and
/// a rule of another kind are left to their checks.
#[test]
fn compiled_rules_look_up_only_what_the_table_knows() {
    use crate::compiled::Compiled;
    use dutycheck_rules::Scope;
    let r = compiled_report();
    let set = rules(COMPILED_RULES);
    let catalog = Catalog::bundled();
    let index = crate::check::ValueIndex::new(&r, &catalog);
    let rule = |id: &str| set.get(id).unwrap_or_else(|| panic!("no rule {id}"));
    let cells = |id: &str, scope: Scope| -> Vec<Option<Status>> {
        let compiled = Compiled::new(rule(id), None, &catalog);
        r.sections
            .iter()
            .enumerate()
            .map(|(s, section)| compiled.cell(&index, scope, s, section.cases.len()))
            .collect()
    };
    let (m, p) = (Some(Status::Missing), Some(Status::Pass));
    // 济南市 passes (85), 青岛市 is unread, 淄博市 and 烟台市 hold nothing,
    // 威海市 fails (70).
    assert_eq!(cells("a.section", Scope::Section), [p, None, m, m, None]);
    // Case scope: only the vacant cells, and not in a section without cases.
    assert_eq!(cells("b.case", Scope::Case), [None, None, m, None, None]);
    // `missing: warning`: a vacant cell has a finding to write.
    assert_eq!(cells("c.said", Scope::Section), [p, None, None, None, None]);
    // 济南市's fall fails; 威海市 has a level but no change.
    assert_eq!(cells("g.growth", Scope::Section), [None, m, m, m, None]);
    assert_eq!(cells("j.requires", Scope::Section), [None; 5]);
    assert_eq!(cells("k.detail", Scope::Section), [None; 5]);
    // In the warn zone (85 < 88) and failing (70 < 88): both to the check.
    assert_eq!(cells("l.warn", Scope::Section), [None, None, m, m, None]);
    assert_eq!(cells("m.max", Scope::Section), [None, None, m, m, p]);
    // The rule set's positions are hints, confirmed by the id: a wrong one
    // is not taken.
    let coverage = catalog.position("preschool-inclusive-coverage");
    let positions = set.indicator_positions();
    let at = |id: &str| set.rules().iter().position(|r| r.id == id);
    assert_eq!(at("a.section").and_then(|k| positions[k]), coverage);
    assert_eq!(at("k.detail").and_then(|k| positions[k]), None);
    assert_ne!(coverage, Some(0));
    for hint in [None, coverage, Some(0), Some(usize::MAX)] {
        let compiled = Compiled::new(rule("a.section"), hint, &catalog);
        assert_eq!(compiled.indicator.map(|(_, p)| p), coverage, "{hint:?}");
    }
}
