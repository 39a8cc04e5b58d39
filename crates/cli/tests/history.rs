//! Reports across years (issue 15): the reports of several years in one run
//! form each region's history, and the year-on-year rules of the bundled
//! `history` pack judge them.
//!
//! The fixtures, `tests/fixtures/history/{2021,2022}/`, are two years of
//! two invented reports: a city's typical cases for three regions
//! (青禾市: 东河县, 西山区, 南湖区) and a county's self-evaluation, whose
//! sections are topics (云岭县, named by the title). Planted:
//!
//! - 东河县: 一般公共预算教育支出 12.6亿元 in 2021, 12.1亿元 in 2022 with no
//!   growth figure: each report passes alone; together they break 只增不减;
//! - 西山区: 8.4亿元 → 9.2亿元 is 9.52% growth, the 2022 report says 6.3%;
//! - 云岭县: the 2022 report restates 2021's 学前三年毛入园率 as 86.1%, the
//!   2021 report says 85.6%;
//! - 南湖区: consistent (its growth figures and restated values agree): no
//!   finding at all, in either year.

mod support;

use std::fs;

use support::{dutycheck, run_in, tempdir};

const HISTORY: &str = "tests/fixtures/history";
const Y2021_CITY: &str = "tests/fixtures/history/2021/qinghe-city-cases.txt";
const Y2022_CITY: &str = "tests/fixtures/history/2022/qinghe-city-cases.txt";
const Y2021_COUNTY: &str = "tests/fixtures/history/2021/yunling-county-selfeval.txt";
const Y2022_COUNTY: &str = "tests/fixtures/history/2022/yunling-county-selfeval.txt";

/// The findings of the JSON output.
fn findings(json: &str) -> Vec<serde_json::Value> {
    let run: serde_json::Value = serde_json::from_str(json).expect("JSON output");
    run["findings"].as_array().cloned().unwrap_or_default()
}

fn by_rule<'a>(all: &'a [serde_json::Value], rule: &str) -> Vec<&'a serde_json::Value> {
    all.iter().filter(|f| f["rule"] == rule).collect()
}

#[test]
fn check_text_over_two_years() {
    let out = dutycheck(&["check", HISTORY]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    insta::assert_snapshot!("history_check_text", out.stdout);
}

#[test]
fn check_json_over_two_years() {
    let out = dutycheck(&["check", HISTORY, "--format", "json"]);
    insta::assert_snapshot!("history_check_json", out.stdout);
}

#[test]
fn each_planted_problem_is_found_with_both_places() {
    let out = dutycheck(&["check", HISTORY, "--format", "json"]);
    let all = findings(&out.stdout);
    // The hidden decline: an error at the 2022 figure, quoting the 2021 one.
    let decline = by_rule(&all, "history.expenditure-not-decreasing");
    assert_eq!(decline.len(), 1, "{decline:?}");
    let d = decline[0];
    assert_eq!(d["severity"], "error");
    assert_eq!(
        (d["path"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some(Y2022_CITY), Some(4), Some(29))
    );
    let m = d["message"].as_str().unwrap_or_default();
    assert!(
        m.contains("12.1亿元") && m.contains(&format!("{Y2022_CITY}:4:29")),
        "{m}"
    );
    assert!(
        m.contains("12.6亿元") && m.contains(&format!("{Y2021_CITY}:4:26")),
        "{m}"
    );

    let restated = by_rule(&all, "history.restatement");
    assert_eq!(restated.len(), 2, "{restated:?}");
    // The growth that does not agree with the levels.
    let growth = restated
        .iter()
        .find(|f| f["section"] == "西山区")
        .expect("西山区's growth");
    assert_eq!(
        (growth["path"].as_str(), growth["line"].as_u64()),
        (Some(Y2022_CITY), Some(9))
    );
    let m = growth["message"].as_str().unwrap_or_default();
    assert!(m.contains("6.3%") && m.contains("9.52%"), "{m}");
    assert!(
        m.contains(&format!("{Y2022_CITY}:9:24")) && m.contains(&format!("{Y2021_CITY}:9:30")),
        "{m}"
    );
    // The restated value that differs from the earlier report's.
    let value = restated
        .iter()
        .find(|f| f["path"] == Y2022_COUNTY)
        .expect("云岭县's restated value");
    let m = value["message"].as_str().unwrap_or_default();
    assert!(m.contains("86.1%") && m.contains("85.6%"), "{m}");
    assert!(
        m.contains(&format!("{Y2022_COUNTY}:8:24")) && m.contains(&format!("{Y2021_COUNTY}:8:19")),
        "{m}"
    );
    assert_eq!(
        (value["line"].as_u64(), value["column"].as_u64()),
        (Some(8), Some(24))
    );

    // The consistent region: no finding, in either year.
    assert!(
        all.iter().all(|f| f["section"] != "南湖区"),
        "{:?}",
        all.iter()
            .filter(|f| f["section"] == "南湖区")
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_year_on_year_rules_are_in_the_matrix_only_with_several_years() {
    let both = dutycheck(&["check", HISTORY, "--format", "json"]);
    assert!(both.stdout.contains("\"history.restatement\""));
    // 2021 has no earlier year: its cells are not applicable.
    let run: serde_json::Value = serde_json::from_str(&both.stdout).expect("JSON");
    let first = run["reports"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["path"] == Y2021_CITY))
        .expect("the 2021 report");
    let cell = &first["sections"][0]["results"]["history.expenditure-not-decreasing"];
    assert_eq!(cell, "not-applicable", "{first}");
    // One year alone: no year-on-year rule, no history finding.
    let one = dutycheck(&["check", "tests/fixtures/history/2022", "--format", "json"]);
    assert!(!one.stdout.contains("history."), "{}", one.stdout);
}

#[test]
fn earlier_years_read_for_history_only() {
    let out = dutycheck(&[
        "check",
        Y2022_CITY,
        "--history",
        "tests/fixtures/history/2021",
        "--format",
        "json",
    ]);
    let run: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    // Only the 2022 report is checked.
    assert_eq!(run["reports"].as_array().map(Vec::len), Some(1));
    let all = findings(&out.stdout);
    assert_eq!(by_rule(&all, "history.expenditure-not-decreasing").len(), 1);
    assert_eq!(by_rule(&all, "history.restatement").len(), 1);
}

#[test]
fn a_report_without_a_year_is_said_once_and_checked_alone() {
    let dir = tempdir("undated");
    for (name, from) in [("a2021.txt", Y2021_CITY), ("b2022.txt", Y2022_CITY)] {
        fs::copy(support::root().join(from), dir.join(name)).expect("copy");
    }
    let text = fs::read_to_string(support::root().join(Y2022_CITY)).expect("fixture");
    fs::write(
        dir.join("c-undated.txt"),
        text.replacen("2022年青禾市", "青禾市", 1),
    )
    .expect("write");
    let out = run_in(&dir, &["check", ".", "--format", "json"]);
    let all = findings(&out.stdout);
    let undated: Vec<_> = all
        .iter()
        .filter(|f| f["path"] == "c-undated.txt")
        .collect();
    let unknown: Vec<_> = undated
        .iter()
        .filter(|f| f["rule"] == "engine.year-unknown")
        .collect();
    assert_eq!(unknown.len(), 1, "{undated:?}");
    assert_eq!(unknown[0]["severity"], "info");
    assert!(
        unknown[0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("c-undated.txt")
    );
    // Checked alone: no year-on-year finding of its own.
    assert!(undated.iter().all(|f| {
        !f["rule"]
            .as_str()
            .unwrap_or_default()
            .starts_with("history.")
    }));
    // The dated reports still form histories.
    assert_eq!(by_rule(&all, "history.expenditure-not-decreasing").len(), 1);
}

/// A title co-signed by the party committee (`中共青禾市委 青禾市人民政府…`)
/// and a heading by the region's government (`一、青山区人民政府`) name the
/// region: before, the one was `中共青禾市委 青禾市` and the other no region,
/// so the two years never met and the fall passed.
#[test]
fn a_region_named_by_its_government_has_a_history() {
    let dir = tempdir("government");
    for (year, amount) in [(2022, "12.6"), (2023, "12.1")] {
        fs::write(
            dir.join(format!("{year}.txt")),
            format!(
                "中共青禾市委 青禾市人民政府关于{year}年度履行教育职责情况的自评报告\n\
                 一、青山区人民政府\n\
                 （一）全区一般公共预算教育支出{amount}亿元。\n\
                 （二）全区新建幼儿园2所。\n\
                 （三）全区新增学位1200个。\n"
            ),
        )
        .expect("write report");
    }
    let out = run_in(&dir, &["check", ".", "--format", "json"]);
    let all = findings(&out.stdout);
    let decline = by_rule(&all, "history.expenditure-not-decreasing");
    assert_eq!(decline.len(), 1, "{all:?}");
    assert!(
        decline[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("青山区2023年")),
        "{decline:?}"
    );
}

#[test]
fn two_reports_for_the_same_region_and_year_are_named_together() {
    let dir = tempdir("duplicate");
    fs::copy(support::root().join(Y2021_CITY), dir.join("a2021.txt")).expect("copy");
    fs::copy(support::root().join(Y2022_CITY), dir.join("b2022.txt")).expect("copy");
    fs::copy(
        support::root().join(Y2022_CITY),
        dir.join("c2022-again.txt"),
    )
    .expect("copy");
    let out = run_in(&dir, &["check", ".", "--format", "json"]);
    let all = findings(&out.stdout);
    let conflicts = by_rule(&all, "engine.history-conflict");
    // One per region of the second copy, each naming both paths.
    assert_eq!(conflicts.len(), 3, "{conflicts:?}");
    for c in &conflicts {
        assert_eq!(c["path"], "c2022-again.txt");
        let m = c["message"].as_str().unwrap_or_default();
        assert!(
            m.contains("b2022.txt") && m.contains("c2022-again.txt"),
            "{m}"
        );
    }
}

#[test]
fn a_renamed_region_needs_an_alias() {
    let dir = tempdir("alias");
    fs::copy(support::root().join(Y2021_CITY), dir.join("a2021.txt")).expect("copy");
    let text = fs::read_to_string(support::root().join(Y2022_CITY)).expect("fixture");
    // A district says `全区` of itself, where the county said `全县` (a
    // `全县` left in a district's section is another region's figure).
    let renamed = text.replace("东河县", "东河新区").replace("全县", "全区");
    fs::write(dir.join("b2022.txt"), renamed).expect("write");
    // Without an alias: two histories, no comparison.
    let out = run_in(&dir, &["check", ".", "--format", "json"]);
    assert_eq!(
        by_rule(&findings(&out.stdout), "history.expenditure-not-decreasing").len(),
        0
    );
    // With the alias the README shows: the decline is found again.
    fs::write(dir.join("dutycheck.yaml"), readme_alias_fix()).expect("config");
    let out = run_in(&dir, &["check", ".", "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        by_rule(&findings(&out.stdout), "history.expenditure-not-decreasing").len(),
        1,
        "{}",
        out.stdout
    );
}

/// The `aliases:` block the README shows for a renamed region.
fn readme_alias_fix() -> String {
    let readme = fs::read_to_string(support::root().join("README.md")).expect("README.md");
    let start = readme
        .find("```yaml\naliases:\n")
        .expect("the README shows the alias fix");
    let block = &readme[start + "```yaml\n".len()..];
    block[..block.find("```").expect("closed")].to_string()
}

/// The docs say what a rename without an alias does (two histories) and
/// show the same fix as the README, which the test above runs.
#[test]
fn the_docs_show_the_alias_fix() {
    let fix = readme_alias_fix();
    assert_eq!(fix, "aliases:\n  东河县: 东河新区\n");
    let readme = fs::read_to_string(support::root().join("README.md")).expect("README");
    assert!(readme.contains("makes two histories"));
    let docs = fs::read_to_string(support::root().join("docs/writing-rules.md")).expect("docs");
    assert!(
        docs.contains("without an alias produces **two\nhistories**"),
        "docs/writing-rules.md"
    );
    assert!(docs.contains("aliases:                           # histories: an old region name → its new name\n  东河县: 东河新区\n"));
}

#[test]
fn aliases_are_validated() {
    let dir = tempdir("bad-alias");
    fs::write(dir.join("dutycheck.yaml"), "aliases: [东河县]\n").expect("config");
    let out = run_in(&dir, &["check", "."]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("dutycheck.yaml:1:10"), "{}", out.stderr);
    assert!(
        out.stderr.contains("`aliases` must be a mapping"),
        "{}",
        out.stderr
    );
}

#[test]
fn history_prints_a_table_per_indicator() {
    let out = dutycheck(&["history", HISTORY]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("history_table", out.stdout);
    let one = dutycheck(&["history", HISTORY, "--indicator", "education-expenditure"]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(
        one.stdout
            .starts_with("education-expenditure 一般公共预算教育支出\n"),
        "{}",
        one.stdout
    );
    assert_eq!(one.stdout.matches("亿元 (").count(), 8, "{}", one.stdout);
    assert!(one.stdout.contains(&format!("12.1亿元 ({Y2022_CITY}:4)")));
}

#[test]
fn history_json_fits_its_schema() {
    let out = dutycheck(&[
        "history",
        HISTORY,
        "--format",
        "json",
        "--indicator",
        "education-expenditure",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("history_json", out.stdout);
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(support::root().join("docs/schema/history.schema.json"))
            .expect("schema"),
    )
    .expect("JSON schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let value: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert!(validator.is_valid(&value));
}

#[test]
fn history_names_an_unknown_indicator() {
    let out = dutycheck(&["history", HISTORY, "--indicator", "education-expenditur"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("did you mean `education-expenditure`?"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_fall_stated_as_a_change_alone_breaks_the_trend() {
    let dir = tempdir("change-alone");
    fs::copy(support::root().join(Y2021_CITY), dir.join("a2021.txt")).expect("copy");
    let text = fs::read_to_string(support::root().join(Y2022_CITY)).expect("fixture");
    let text = text.replace(
        "2022年全县一般公共预算教育支出12.1亿元，统筹用于",
        "2022年全县一般公共预算教育支出比上年减少0.5亿元，统筹用于",
    );
    fs::write(dir.join("b2022.txt"), text).expect("write");
    let out = run_in(&dir, &["check", ".", "--format", "json"]);
    let all = findings(&out.stdout);
    let decline = by_rule(&all, "history.expenditure-not-decreasing");
    assert_eq!(decline.len(), 1, "{all:?}");
    let m = decline[0]["message"].as_str().unwrap_or_default();
    assert!(m.contains("比上年减少0.5亿元（b2022.txt:4:"), "{m}");
    assert!(m.contains("2021年为12.6亿元（a2021.txt:4:26）"), "{m}");
}

#[test]
fn paths_that_do_not_exist_are_input_errors() {
    let out = dutycheck(&["history", "no/such/dir"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("error: no/such/dir: no such file or directory"),
        "{}",
        out.stderr
    );
    let out = dutycheck(&["check", Y2022_CITY, "--history", "no/such/dir"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("error: --history no/such/dir: no such file or directory"),
        "{}",
        out.stderr
    );
}

/// A stated growth amount that disagrees with the two levels is quoted, and
/// the difference of the levels computed, in the unit the report wrote the
/// amount in (万元, 亿元), never in raw 元 (`80000000元`).
#[test]
fn growth_amounts_read_in_the_reports_unit() {
    for (written, stated, computed) in [
        (
            "比上年增加5000万元",
            "比上年变化5000万元",
            "按两年数值计算为8000万元",
        ),
        (
            "比上年增加0.5亿元",
            "比上年变化0.5亿元",
            "按两年数值计算为0.8亿元",
        ),
    ] {
        let dir = tempdir("growth-amount");
        fs::copy(support::root().join(Y2021_CITY), dir.join("a2021.txt")).expect("copy");
        let text = fs::read_to_string(support::root().join(Y2022_CITY)).expect("fixture");
        assert!(text.contains("9.2亿元，比上年增长6.3%"));
        fs::write(
            dir.join("b2022.txt"),
            text.replace("9.2亿元，比上年增长6.3%", &format!("9.2亿元，{written}")),
        )
        .expect("write");
        let out = run_in(&dir, &["check", ".", "--format", "json"]);
        let all = findings(&out.stdout);
        let growth: Vec<_> = by_rule(&all, "history.restatement")
            .into_iter()
            .filter(|f| f["section"] == "西山区")
            .collect();
        assert_eq!(growth.len(), 1, "{written}: {all:?}");
        let m = growth[0]["message"].as_str().unwrap_or_default();
        assert!(m.contains(stated) && m.contains(computed), "{m}");
        assert!(!m.contains("0000元"), "{m}");
    }
}

/// The HTML report of a run over several years draws a line chart per
/// region and indicator with a level in at least two years, from the run's
/// history: as many as `dutycheck history --format json` has such pairs,
/// each point labelled in the report's unit, the targets of the threshold
/// rules in force dashed. A run of one year has none.
#[test]
fn html_draws_a_line_chart_per_region_and_indicator() {
    let out = dutycheck(&["check", HISTORY, "--format", "html"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let html = out.stdout;
    let json = dutycheck(&["history", HISTORY, "--format", "json"]);
    let history: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let mut expected = 0;
    for region in history["regions"].as_array().into_iter().flatten() {
        let mut years_of: std::collections::BTreeMap<String, std::collections::BTreeSet<i64>> =
            Default::default();
        for year in region["years"].as_array().into_iter().flatten() {
            for v in year["values"].as_array().into_iter().flatten() {
                if v["value"].is_number() {
                    years_of
                        .entry(v["indicator"].as_str().unwrap_or_default().to_string())
                        .or_default()
                        .insert(year["year"].as_i64().unwrap_or_default());
                }
            }
        }
        expected += years_of.values().filter(|y| y.len() >= 2).count();
    }
    assert!(expected >= 8, "{expected}");
    assert!(html.contains("<h2>Regions across years · 历年变化</h2>"));
    assert_eq!(html.matches("<figure class=\"history\">").count(), expected);
    // 东河县's hidden decline, in 亿元, each point with its source.
    let start = html
        .find("<code>education-expenditure</code> · 东河县")
        .expect("东河县's expenditure chart");
    let chart = &html[start..start + html[start..].find("</figure>").expect("closed")];
    assert!(
        chart.contains(">12.6亿元</text>") && chart.contains(">12.1亿元</text>"),
        "{chart}"
    );
    assert!(
        chart.contains(&format!("2022年: 12.1亿元 ({Y2022_CITY}:4)")),
        "{chart}"
    );
    // A target of the rules in force, drawn and named.
    let start = html
        .find("<code>preschool-inclusive-coverage</code> · 东河县")
        .expect("东河县's coverage chart");
    let chart = &html[start..start + html[start..].find("</figure>").expect("closed")];
    assert!(
        chart.contains("stroke-dasharray") && chart.contains(">目标 ≥ 80%</text>"),
        "{chart}"
    );
    // One year: no history, no line chart.
    let one = dutycheck(&["check", "tests/fixtures/history/2022", "--format", "html"]);
    assert!(!one.stdout.contains("Regions across years"));
    assert!(!one.stdout.contains("<figure class=\"history\">"));
}
