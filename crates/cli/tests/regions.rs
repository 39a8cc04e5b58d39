//! Regions one level below the first (bulletins and feedback): `二、各县
//! （市、区）情况` + `（一）河东区` + `1.`, and the same in Markdown with
//! `## 第二部分` + `### （一）东城区`. Each region is a section of its own:
//! findings name the region, a region's cases are counted, histories link
//! it. The other first-level sections (`一、总体情况`, `三、存在的问题`)
//! stay sections, read and checked, but are no region whose cases could be
//! too few.
//!
//! The fixtures are invented, phrased as such documents are:
//! `tests/fixtures/reports/bulletin-2023-county-regions.txt` (planted:
//! 河西县 普惠性幼儿园覆盖率 78.5% and 公办园在园幼儿占比 47.2%, 青山区 大班额
//! 比例 5.8% and only two cases) and
//! `tests/fixtures/reports/feedback-2022-district-regions.md` (planted:
//! 西城区 一般公共预算教育支出 down 2.4%, 公办园在园幼儿占比 44.8%).

mod support;

use support::{dutycheck, tempdir};

const BULLETIN: &str = "tests/fixtures/reports/bulletin-2023-county-regions.txt";
const FEEDBACK: &str = "tests/fixtures/reports/feedback-2022-district-regions.md";

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Each finding's rule and its `field` (`section`, `message`), from
/// `check --format json`.
fn rules_and(v: &serde_json::Value, field: &str) -> Vec<(String, String)> {
    v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f[field].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Each section's name and the numbers of its cases, from `parse --format json`.
fn outline(path: &str) -> Vec<(String, Vec<u64>)> {
    let out = dutycheck(&["parse", path, "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    json(&out.stdout)["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            let name = s["name"].as_str().unwrap_or_default().to_string();
            let cases = s["cases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c["number"].as_u64())
                .collect();
            (name, cases)
        })
        .collect()
}

fn owned(outline: &[(&str, &[u64])]) -> Vec<(String, Vec<u64>)> {
    outline
        .iter()
        .map(|(n, c)| (n.to_string(), c.to_vec()))
        .collect()
}

#[test]
fn each_region_is_a_section() {
    assert_eq!(
        outline(BULLETIN),
        owned(&[
            ("总体情况", &[0]),
            ("河东区", &[1, 2, 3]),
            ("河西县", &[1, 2, 3]),
            ("青山区", &[1, 2]),
            ("存在的问题", &[1, 2]),
            ("整改要求", &[1, 2]),
        ])
    );
    assert_eq!(
        outline(FEEDBACK),
        owned(&[
            ("总体评价", &[0]),
            ("东城区", &[1, 2, 3]),
            ("西城区", &[1, 2, 3]),
            ("存在的主要问题", &[1, 2]),
            ("整改意见", &[1, 2]),
        ])
    );
}

#[test]
fn bulletin_check_text() {
    let out = dutycheck(&["check", BULLETIN]);
    assert_eq!(out.code, 1, "threshold errors exit 1\n{}", out.stderr);
    insta::assert_snapshot!("bulletin_check_text", out.stdout);
}

#[test]
fn feedback_check_text() {
    let out = dutycheck(&["check", FEEDBACK]);
    assert_eq!(out.code, 1, "threshold errors exit 1\n{}", out.stderr);
    insta::assert_snapshot!("feedback_check_text", out.stdout);
}

/// Findings name the region, and no section that names no region gets a
/// finding.
#[test]
fn findings_name_the_region() {
    let out = dutycheck(&["check", BULLETIN, "--format", "json"]);
    let findings = rules_and(&json(&out.stdout), "section");
    let has = |rule: &str, section: &str| findings.iter().any(|(r, s)| r == rule && s == section);
    assert!(
        has("preschool.inclusive-coverage-2020", "河西县"),
        "{findings:?}"
    );
    assert!(
        has("class-size.large-class-share-2020", "青山区"),
        "{findings:?}"
    );
    // A bulletin is the inspectors' summary, not cases of work: the rules
    // on cases do not judge it (`vocab::genres`).
    assert!(
        findings
            .iter()
            .all(|(r, _)| r != "structure.min-cases" && !r.starts_with("detail.")),
        "{findings:?}"
    );
    assert!(
        findings.iter().all(|(_, s)| s != "各县（市、区）情况"),
        "{findings:?}"
    );
}

/// The same layout in typical cases compiled by a city: each region's cases
/// are counted per region, and only 青山区 has too few.
#[test]
fn regions_below_the_first_level_are_counted_in_typical_cases() {
    let text = std::fs::read_to_string(support::root().join(BULLETIN)).expect("fixture");
    let (_, body) = text.split_once('\n').expect("a title line");
    let dir = tempdir("regions-cases");
    let path = dir.join("cases-2023.txt");
    std::fs::write(
        &path,
        format!("2023年各县（市、区）履行教育职责典型案例\n{body}"),
    )
    .expect("write");
    let out = dutycheck(&["check", path.to_str().expect("utf-8"), "--format", "json"]);
    let v = json(&out.stdout);
    let too_few: Vec<&str> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == "structure.min-cases")
        .filter_map(|f| f["section"].as_str())
        .collect();
    assert_eq!(too_few, ["青山区"]);
}

/// A region below the first level has a history: last year's report of
/// 河西县 (its regions at the first level) and this year's bulletin link.
#[test]
fn a_region_below_the_first_level_has_a_history() {
    let dir = tempdir("regions-history");
    std::fs::copy(
        support::root().join(BULLETIN),
        dir.join("bulletin-2023.txt"),
    )
    .expect("copy");
    std::fs::write(
        dir.join("cases-2022.txt"),
        "2022年各县（市、区）履行教育职责典型案例\n一、河西县\n1.普惠性幼儿园覆盖率为80.6%。\n2.新建幼儿园2所。\n3.招聘教师150名。\n",
    )
    .expect("write");
    let out = dutycheck(&[
        "history",
        dir.to_str().expect("utf-8"),
        "--indicator",
        "preschool-inclusive-coverage",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out.stdout);
    let hexi = v["regions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["region"] == "河西")
        .unwrap_or_else(|| panic!("河西 has a history: {}", out.stdout));
    let years: Vec<i64> = hexi["years"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|y| y["year"].as_i64())
        .collect();
    assert_eq!(years, [2022, 2023]);
}

/// A self-evaluation by topic whose title names no region (`关于2023年度县级
/// 人民政府履行教育职责情况的自评报告`): the region is the office that signed it,
/// below its last words, with the date on its own line or run on. The
/// province's figure the county is compared with is not the county's (it
/// was, and failed), and messages name the county, not a topic.
#[test]
fn a_report_by_topic_is_the_region_that_signed_it() {
    let body = "关于2023年度县级人民政府履行教育职责情况的自评报告\n\
        按照省、市统一部署，我县对照评价指标逐项开展了自查。\n\
        一、学前教育普及普惠\n\
        全省公办园在园幼儿占比为48.9%，我县公办园在园幼儿占比达到54.1%，高于全省5.2个百分点。\n\
        二、教育经费保障\n\
        2023年，全县一般公共预算教育支出9.87亿元，比上年增长3.2%。\n";
    let dir = tempdir("regions-signed");
    for (name, signature) in [
        ("apart.txt", "桐柏县人民政府\n2024年1月20日\n"),
        ("run-on.txt", "桐柏县人民政府2024年1月20日\n"),
        ("party.txt", "中共桐柏县委 桐柏县人民政府\n2024年1月20日\n"),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, format!("{body}{signature}")).expect("write");
        let out = dutycheck(&["check", path.to_str().expect("utf-8"), "--format", "json"]);
        let findings = rules_and(&json(&out.stdout), "message");
        assert!(
            findings
                .iter()
                .all(|(r, _)| r != "preschool.public-share-2020"),
            "{name}: {findings:?}"
        );
        assert!(
            findings
                .iter()
                .any(|(r, m)| r == "structure.min-cases" && m.starts_with("桐柏县")),
            "{name}: {findings:?}"
        );
    }
    // Unsigned, the topics stand for the region: the province's figure
    // is still read as the county's, and no message names the county.
    let path = dir.join("unsigned.txt");
    std::fs::write(&path, body).expect("write");
    let out = dutycheck(&["check", path.to_str().expect("utf-8"), "--format", "json"]);
    assert!(!out.stdout.contains("桐柏县"), "{}", out.stdout);
}
