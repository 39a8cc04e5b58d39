//! Verdicts on phrasings county offices use, end to end (`dutycheck check
//! --format json` on a report written for this test). Each was silently
//! wrong, or said the wrong thing, before:
//!
//! - `2021年度东岭县人民政府…自评报告`: a title that opens with its year names
//!   the region, and findings about figures name it (not the topic);
//! - `…不低于当地公务员平均工资收入，2022年分别为9.1万元、9.3万元`: both
//!   figures are read, and the claim is contradicted, quoting the clause once
//!   (was: "no figures behind the claim");
//! - `比上年减少236元`, no rate: the growth rule fails (was: `missing`);
//! - `较上年有所下降，为93.1%`: the level is judged, the change is unread with
//!   its own reason (was: "no figure in its clause", level lost);
//! - `计划到2025年…达到55%，目前为51.3%`: 51.3 is the level (was: lost);
//! - a self-evaluation form's `是否达到50%。自评情况：否，全县为46.8%`, `≤5%：6.1%`,
//!   `标准值80%，实际值77.9%`: the values fail their standards (was: each
//!   standard read as the level, and passed).

use std::path::Path;
use std::process::Command;

const REPORT: &str = "2021年度东岭县人民政府履行教育职责情况自评报告
一、主要做法及成效
（一）教育投入。一般公共预算教育支出为6.35亿元，比上年增长5.5%。按在校学生人数平均的一般公共预算教育支出比上年减少236元。
（二）教师待遇。义务教育教师平均工资收入不低于当地公务员平均工资收入，2021年分别为9.1万元、9.3万元。
（三）学前教育。学前三年毛入园率较上年有所下降，为93.1%。计划到2025年公办园在园幼儿占比达到55%，目前为51.3%。
";

/// `dutycheck ARGS… REPORT` as JSON.
fn run_json(args: &[&str]) -> serde_json::Value {
    run_json_on("dongling.txt", REPORT, args)
}

/// `dutycheck ARGS… FILE` as JSON, `FILE` holding `text`.
fn run_json_on(name: &str, text: &str, args: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("scratch dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .arg(&path)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// `(rule, severity, message)` of every finding.
fn findings(v: &serde_json::Value) -> Vec<(String, String, String)> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("rule"), s("severity"), s("message"))
        })
        .collect()
}

fn one<'a>(all: &'a [(String, String, String)], rule: &str) -> &'a (String, String, String) {
    let found: Vec<_> = all.iter().filter(|f| f.0 == rule).collect();
    assert_eq!(found.len(), 1, "{rule}: {all:#?}");
    found[0]
}

#[test]
fn county_phrasings_get_the_right_verdicts() {
    let v = run_json(&["check", "--format", "json", "--show-unread"]);
    let all = findings(&v);

    let decline = one(&all, "finance.per-student-expenditure-growth");
    assert_eq!(decline.1, "error");
    assert_eq!(
        decline.2,
        "东岭县生均一般公共预算教育支出减少236元，没有做到只增不减"
    );

    let parity = one(&all, "claims.teacher-pay-parity");
    assert_eq!(parity.1, "error");
    assert!(
        parity
            .2
            .starts_with("东岭县声称“义务教育教师平均工资收入不低于当地公务员平均工资收入”")
            && parity
                .2
                .contains("写着“2021年分别为9.1万元、9.3万元”，与之矛盾"),
        "{}",
        parity.2
    );
    let salary = one(&all, "teachers.salary-parity");
    assert_eq!(salary.1, "error");

    // 93.1% meets the 2020 target of 85%: no finding on the level; the
    // change, said in words only, is unread and said so, naming the region.
    assert!(
        all.iter().all(|f| f.0 != "preschool.gross-enrollment-2020"),
        "{all:#?}"
    );
    assert!(
        all.iter().any(|f| f.0 == "engine.unread-mention"
            && f.2.contains("学前三年毛入园率")
            && f.2.contains("变化只用文字写出")),
        "{all:#?}"
    );

    // The level after the plan is read, and the plan is a target.
    let parsed = run_json(&["parse", "--format", "json"]);
    let case = &parsed["sections"][0]["cases"][2];
    let of = |list: &str| -> Vec<(String, f64)> {
        case[list]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|i| i["indicator"] == "preschool-public-share")
            .map(|i| {
                (
                    i["statement"].as_str().unwrap_or_default().to_string(),
                    i["value"].as_f64().unwrap_or(f64::NAN),
                )
            })
            .collect()
    };
    assert_eq!(of("indicators"), [("level".to_string(), 51.3)]);
    assert_eq!(of("targets"), [("target".to_string(), 55.0)]);
}

/// A self-evaluation form's standard beside the indicator (`是否达到50%`,
/// `≤5%：`, `标准值80%`) is the target, and the value after it is judged:
/// each below its standard fails, and the one above it passes (was: the
/// standard read as the level, the section passed, the values lost).
#[test]
fn a_forms_standards_are_targets_and_its_values_are_judged() {
    let text = "青溪县2023年度履行教育职责自评报告\n一、青溪县\n1. 评价要点：公办园在园幼儿占比是否达到50%。自评情况：否，全县为46.8%。\n2. 大班额比例≤5%：6.1%，未达标。\n3. 普惠性幼儿园覆盖率：标准值80%，实际值77.9%。\n4. 九年义务教育巩固率是否达到95%：是，为96.2%。\n";
    let v = run_json_on("qingxi-form.txt", text, &["check", "--format", "json"]);
    let mut errors: Vec<(String, String)> = findings(&v)
        .into_iter()
        .filter(|f| f.1 == "error")
        .map(|f| (f.0, f.2))
        .collect();
    errors.sort();
    let want = [
        (
            "class-size.large-class-share-2020",
            "青溪县大班额比例为6.1%，高于5%的控制目标",
        ),
        (
            "preschool.inclusive-coverage-2020",
            "青溪县普惠性幼儿园覆盖率为77.9%，低于80%的目标",
        ),
        (
            "preschool.public-share-2020",
            "青溪县公办园在园幼儿占比为46.8%，低于50%的目标",
        ),
    ]
    .map(|(r, m)| (r.to_string(), m.to_string()));
    assert_eq!(errors, want);
    let section = &v["reports"][0]["sections"][0];
    assert_eq!(section["status"], "fail", "{section}");
    assert_eq!(
        section["results"]["compulsory.retention-2020"], "pass",
        "{section}"
    );
}

/// A fall stated as an amount is said in the unit the report wrote it in
/// (`减少0.18亿元`), not in 元 (`减少18000000元`).
#[test]
fn a_fall_stated_as_an_amount_is_said_in_the_reports_unit() {
    let text = "2024年度白溪县人民政府履行教育职责自评报告\n第一部分 主要工作成效\n1、2024年，全县一般公共预算教育支出7.42亿元，较上年减少0.18亿元。\n";
    let v = run_json_on("baixi.txt", text, &["check", "--format", "json"]);
    let all = findings(&v);
    let fall = one(&all, "finance.expenditure-growth");
    assert_eq!(fall.1, "error");
    assert_eq!(
        fall.2,
        "白溪县一般公共预算教育支出减少0.18亿元，没有做到只增不减"
    );
}

/// A section of shortcomings titled `存在的不足` is no list of cases: the
/// rules on the number and detail of cases do not judge it (was: "只有1条
/// 典型案例", and a note that its problem had no baseline), while its
/// figures are judged like any other.
/// A fall said in words only (`较上年有所下降`, `同比略有减少`) against
/// `只增不减`: the size is not written, but any fall fails the rule, at the
/// name (was: "could not judge", an info). A rise said in words passes it.
#[test]
fn a_fall_said_in_words_only_fails_the_growth_rule() {
    let text = "2024年度石岭县人民政府履行教育职责自评报告\n一、教育投入\n1.全县一般公共预算教育支出较上年有所下降，为7.4亿元。\n2.按在校学生人数平均的一般公共预算教育支出同比略有增长。\n";
    let v = run_json_on("shiling.txt", text, &["check", "--format", "json"]);
    let all = findings(&v);
    let fall = one(&all, "finance.expenditure-growth");
    assert_eq!(fall.1, "error");
    assert_eq!(
        fall.2,
        "石岭县一般公共预算教育支出与上年相比下降（报告只用文字写出，没有写明幅度），不符合“一般公共预算教育支出逐年只增不减”"
    );
    assert!(
        all.iter()
            .all(|f| f.0 != "finance.per-student-expenditure-growth"),
        "{all:#?}"
    );
    let statuses = &v["reports"][0]["sections"][0]["results"];
    assert_eq!(statuses["finance.expenditure-growth"], "fail", "{statuses}");
    assert_eq!(
        statuses["finance.per-student-expenditure-growth"], "pass",
        "{statuses}"
    );
}

#[test]
fn a_section_of_shortcomings_is_not_judged_as_cases() {
    let text = "# 西川县人民政府2024年度履行教育职责自评报告\n\n## 第一部分 主要成效\n\n（1）全县学前三年毛入园率为88.4%，较上年提高0.9个百分点。\n\n（2）一般公共预算教育支出14.2亿元，比上年增长3.6%。\n\n（3）义务教育巩固率为96.8%，比上年提高0.4个百分点。\n\n## 第二部分 存在的不足\n\n（1）高中阶段毛入学率为87.9%，与省定目标仍有差距。\n";
    let v = run_json_on("xichuan.md", text, &["check", "--format", "json"]);
    let all = findings(&v);
    let rules: Vec<&str> = all.iter().map(|f| f.0.as_str()).collect();
    assert!(!rules.contains(&"structure.min-cases"), "{all:?}");
    assert!(!rules.contains(&"detail.case-has-baseline"), "{all:?}");
    assert_eq!(one(&all, "highschool.gross-enrollment-2020").1, "error");
}

/// A running figure for part of the year (`今年1-9月…同比下降12.4%`) is not
/// the year's change: it neither fails the growth rule (was: an error on a
/// quarter's fall) nor passes it. With the whole year stated, the year is
/// judged; with only the running figure, the rule says it could not read
/// the year's, and why.
#[test]
fn a_figure_for_part_of_the_year_is_not_the_years() {
    let text = "2024年度石岭县人民政府履行教育职责自评报告\n一、教育投入\n1.今年1-9月，全县财政教育支出3.1亿元，同比下降12.4%；全年一般公共预算教育支出7.9亿元，比上年7.74亿元增加0.16亿元，增长2.1%。\n二、南岗镇\n1.上半年，镇级财政教育支出同比下降3.2%。\n";
    let v = run_json_on("shiling-period.txt", text, &["check", "--format", "json"]);
    let statuses = |i: usize| v["reports"][0]["sections"][i]["results"].clone();
    assert_eq!(
        statuses(0)["finance.expenditure-growth"],
        "pass",
        "{}",
        statuses(0)
    );
    assert_eq!(
        statuses(1)["finance.expenditure-growth"],
        "unread",
        "{}",
        statuses(1)
    );
    let all = findings(&v);
    let unread = one(&all, "finance.expenditure-growth");
    assert_eq!(unread.1, "info");
    assert!(unread.2.contains("另一时期"), "{unread:?}");
    // The whole year's change is read with its base, written without `的`.
    let parsed = run_json_on("shiling-period.txt", text, &["parse", "--format", "json"]);
    let value = &parsed["sections"][0]["cases"][0]["indicators"][0];
    assert_eq!(value["value"], 790000000.0, "{value}");
    assert_eq!(value["change"]["percent"], 2.1, "{value}");
    assert_eq!(value["change"]["base"]["value"], 774000000.0, "{value}");
    let reasons = unread_reasons(&parsed["sections"][0]["cases"][0]);
    assert_eq!(reasons, ["other-period"]);
}

/// Feedback to a district by topic, titled by the office that wrote it
/// (`关于对云河区…的督导反馈意见`): findings name the district, not the
/// topic (they said `存在问题义务教育教师…`), and the city's figure
/// (`全市普惠性幼儿园覆盖率为89.4%`) is not the district's level (it was
/// read as one, beside the district's 93.1%).
#[test]
fn feedback_to_a_district_names_it_and_not_its_citys_figures() {
    let text = "关于对云河区2023年度履行教育职责情况的督导反馈意见
一、主要成效
（一）学前教育持续发展。全区普惠性幼儿园覆盖率为93.1%，较2022年提高1.6个百分点；全市普惠性幼儿园覆盖率为89.4%，我区高出全市平均水平3.7个百分点。
二、存在问题
（一）教师待遇保障有差距。全区义务教育教师平均工资收入为11.3万元，公务员平均工资收入为11.9万元。
";
    let v = run_json_on("yunhe-feedback.txt", text, &["check", "--format", "json"]);
    let all = findings(&v);
    let parity = one(&all, "teachers.salary-parity");
    assert!(
        parity.2.starts_with("云河区义务教育教师平均工资"),
        "{parity:?}"
    );
    let parsed = run_json_on("yunhe-feedback.txt", text, &["parse", "--format", "json"]);
    let case = &parsed["sections"][0]["cases"][0];
    let levels: Vec<f64> = case["indicators"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["value"].as_f64())
        .collect();
    assert_eq!(levels, [93.1], "{case}");
    assert_eq!(unread_reasons(case), ["part"], "{case}");
}

/// A section headed by a city and its county (`二、枫林市青溪县`) is the
/// county's: `青溪县…` in it is its own figure, not another region's (the
/// salary parity and the large classes were unread, reason `part`), and
/// the city above it stays another region.
#[test]
fn a_section_headed_by_city_and_county_reads_the_countys_figures() {
    let text = "枫林市2023年度政府履行教育职责典型工作案例
一、枫林市青溪县
案例一：城乡教师“县管校聘”改革
青溪县义务教育教师平均工资收入10.9万元，不低于当地公务员平均工资收入水平（10.7万元）。
案例二：化解城镇大班额
通过学区调整，青溪县大班额比例降至0.6%，枫林市普惠性幼儿园覆盖率为88.2%。
";
    let parsed = run_json_on("fenglin-cases.txt", text, &["parse", "--format", "json"]);
    let values = |case: &serde_json::Value| -> Vec<(String, f64)> {
        case["indicators"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|i| Some((i["indicator"].as_str()?.to_string(), i["value"].as_f64()?)))
            .collect()
    };
    let cases = &parsed["sections"][0]["cases"];
    assert_eq!(
        values(&cases[0]),
        [
            ("teacher-average-salary".to_string(), 109_000.0),
            ("civil-servant-average-salary".to_string(), 107_000.0)
        ],
        "{}",
        cases[0]
    );
    assert_eq!(
        values(&cases[1]),
        [("large-class-share".to_string(), 0.6)],
        "{}",
        cases[1]
    );
    assert!(unread_reasons(&cases[1]).contains(&"part"), "{}", cases[1]);
}

/// The reason of each unread mention of a case in `parse --format json`.
fn unread_reasons(case: &serde_json::Value) -> Vec<&str> {
    case["unread"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|u| u["reason"].as_str())
        .collect()
}

/// A change stated only on an adjusted basis (`扣除…后`, `剔除…因素后`) is
/// not the indicator's: the growth rule says it could not judge it, and
/// why (it was dropped without a word, or read as the indicator's fall).
/// The whole's change beside it decides.
#[test]
fn a_change_on_an_adjusted_basis_is_said_and_not_judged() {
    let text = "2024年度石岭县人民政府履行教育职责自评报告\n一、教育投入\n1.全县一般公共预算教育支出7.9亿元，扣除一次性项目后，比上年下降2.1%。\n二、南岗区\n1.剔除上级专项资金因素后，全区一般公共预算教育支出比上年增长1.2%，按总量计算比上年下降0.8%。\n";
    let v = run_json_on("shiling-adjusted.txt", text, &["check", "--format", "json"]);
    let statuses = |i: usize| v["reports"][0]["sections"][i]["results"].clone();
    assert_eq!(statuses(0)["finance.expenditure-growth"], "unread");
    assert_eq!(statuses(1)["finance.expenditure-growth"], "fail");
    let all = findings(&v);
    let growth: Vec<(&str, &str)> = all
        .iter()
        .filter(|f| f.0 == "finance.expenditure-growth")
        .map(|f| (f.1.as_str(), f.2.as_str()))
        .collect();
    assert_eq!(growth.len(), 2, "{growth:?}");
    assert_eq!(growth[0].0, "info");
    assert!(growth[0].1.contains("调整后的口径"), "{growth:?}");
    assert_eq!(
        growth[1],
        (
            "error",
            "南岗区一般公共预算教育支出下降0.8%，没有做到只增不减"
        )
    );
    let parsed = run_json_on("shiling-adjusted.txt", text, &["parse", "--format", "json"]);
    assert_eq!(
        unread_reasons(&parsed["sections"][0]["cases"][0]),
        ["adjusted"]
    );
}

/// A section that names no region, after sections that do (`二、存在问题`
/// after `一、河东区`): a county named in it is another region, and its
/// figure no level of the section's (`芦溪县…仅41.5%` failed the section
/// `存在问题`). Its `全市` figure stays its own.
#[test]
fn a_county_named_in_a_section_of_no_region_is_a_part() {
    let text = "青川市2023年度县级政府履行教育职责督导情况通报\n一、河东区\n（一）学前教育\n公办园在园幼儿占比52.4%。\n二、西山区\n（一）学前教育\n公办园在园幼儿占比55.1%。\n三、存在问题\n（一）学前教育\n芦溪县公办园在园幼儿占比仅41.5%。\n（二）义务教育\n全市九年义务教育巩固率为96.1%。\n";
    let parsed = run_json_on("qingchuan.txt", text, &["parse", "--format", "json"]);
    let case = |s: usize, c: usize| parsed["sections"][s]["cases"][c].clone();
    assert_eq!(unread_reasons(&case(2, 0)), ["part"]);
    assert_eq!(case(2, 0)["indicators"].as_array().map(Vec::len), Some(0));
    assert_eq!(case(2, 1)["indicators"][0]["value"], 96.1);
    assert_eq!(case(0, 0)["indicators"][0]["value"], 52.4);
    // After the sections of one region, the region's own name is its own,
    // and another county's a part.
    let text = "青溪县2023年度履行教育职责自评报告\n一、青溪县\n1.公办园在园幼儿占比52.4%。\n二、存在问题\n1.青溪县普惠性幼儿园覆盖率为82.5%。\n2.邻县芦溪县公办园在园幼儿占比仅41.5%。\n";
    let parsed = run_json_on("qingxi-problems.txt", text, &["parse", "--format", "json"]);
    let case = |c: usize| parsed["sections"][1]["cases"][c].clone();
    assert_eq!(case(0)["indicators"][0]["value"], 82.5);
    assert_eq!(unread_reasons(&case(1)), ["part"]);
}

/// One section states the spending and the pay twice (a case, then a
/// later case with the final accounts' figures). Every
/// statement is judged: the fall stated as an amount fails 只增不减 beside
/// a rise in %, and the second pair of pay figures fails parity and
/// contradicts the `不低于` claim. Before, the first statement of each
/// decided, and the section passed.
#[test]
fn every_statement_of_a_section_is_judged_not_only_the_first() {
    let text = "鹭洲市2023年度县级人民政府履行教育职责典型工作案例汇编
一、桐溪县
1.教育投入。全县一般公共预算教育支出8.6亿元，比上年增长2%；义务教育教师平均工资收入（106000元）高于当地公务员平均工资收入（104000元）。
2.教育投入（续）。据年度决算，全县一般公共预算教育支出8.4亿元，比上年减少0.2亿元；义务教育教师平均工资收入10.2万元，当地公务员平均工资收入10.4万元，实现“不低于”要求。
";
    let v = run_json_on("tongxi.txt", text, &["check", "--format", "json"]);
    let results = &v["reports"][0]["sections"][0]["results"];
    assert_eq!(results["finance.expenditure-growth"], "fail");
    assert_eq!(results["teachers.salary-parity"], "fail");
    assert_eq!(results["claims.teacher-pay-parity"], "contradicted");
    let all = findings(&v);
    assert!(
        one(&all, "finance.expenditure-growth")
            .2
            .contains("减少0.2亿元")
    );
    let parity: Vec<&String> = all
        .iter()
        .filter(|f| f.0 == "teachers.salary-parity")
        .map(|f| &f.2)
        .collect();
    assert_eq!(
        parity,
        ["桐溪县义务教育教师平均工资102000元，低于当地公务员平均工资104000元"]
    );
    // The same report with the pairs in one order or the other.
    let swapped = text.replace("10.2万元，当地", "10.6万元，当地");
    let v = run_json_on("tongxi2.txt", &swapped, &["check", "--format", "json"]);
    let results = &v["reports"][0]["sections"][0]["results"];
    assert_eq!(results["teachers.salary-parity"], "pass");
    assert_eq!(results["claims.teacher-pay-parity"], "evidenced");
}

/// A level followed by a change over several years, or against an earlier
/// year than the one before (`较2021年下降2.1%` in a report on 2023): the
/// level is judged, and the rule on the year's change says it could not
/// judge it, and why. It said nothing: a fall over two years went by
/// without a word.
#[test]
fn a_change_over_several_years_after_the_level_is_said_unread() {
    let text = "青溪县2023年度履行教育职责自评报告\n一、教育投入\n1.全县一般公共预算教育支出12.4亿元，较2021年下降2.1%。普惠性幼儿园覆盖率为89.4%，近三年提高2.1个百分点。\n二、经费保障\n1.按在校学生人数平均的一般公共预算教育支出近三年年均增长3.1%。\n";
    let v = run_json_on("qingxi-spans.txt", text, &["check", "--format", "json"]);
    let results = |i: usize| v["reports"][0]["sections"][i]["results"].clone();
    assert_eq!(
        results(0)["finance.expenditure-growth"],
        "unread",
        "{}",
        results(0)
    );
    assert_eq!(
        results(0)["preschool.inclusive-coverage-2020"],
        "pass",
        "{}",
        results(0)
    );
    let all = findings(&v);
    let said: Vec<_> = all
        .iter()
        .filter(|f| f.0 == "finance.expenditure-growth")
        .collect();
    assert_eq!(said.len(), 1, "{all:#?}");
    assert_eq!(said[0].1, "info");
    assert!(said[0].2.contains("近三年"), "{said:?}");
    let parsed = run_json_on("qingxi-spans.txt", text, &["parse", "--format", "json"]);
    let case = &parsed["sections"][0]["cases"][0];
    assert_eq!(case["indicators"][0]["value"], 1240000000.0, "{case}");
    assert!(case["indicators"][0]["change"].is_null(), "{case}");
    assert_eq!(unread_reasons(case), ["other-period", "other-period"]);
    // A change over years stated alone is `other-period`, not `wrong-kind`.
    assert_eq!(
        unread_reasons(&parsed["sections"][1]["cases"][0]),
        ["other-period"]
    );
}
