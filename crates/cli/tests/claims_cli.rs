//! Claims end to end (issue 14): a report of our own in which claims stand
//! next to figures. `做到“两个只增不减”` beside a stated decline and
//! `实现“不低于”要求` beside a teacher pay below the civil servants' are
//! contradicted (errors quoting both), `课后服务实现全覆盖` beside 100% is
//! evidenced, and `全区超大班额全面清零` with no figure is claimed without
//! evidence (a warning). The binary and the library agree.

mod support;

use dutycheck::Checker;
use dutycheck::config::ConfigSource;
use support::{dutycheck, root};

const REPORT: &str = "tests/fixtures/reports/county-2022-claims.txt";

/// (rule, severity, line, column) of the findings of the claim rules.
fn claim_findings(v: &serde_json::Value) -> Vec<(String, String, u64, u64)> {
    v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("claims.")))
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
                f["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

fn expected() -> Vec<(String, String, u64, u64)> {
    [
        ("claims.education-spending-growth", "error", 3, 23),
        ("claims.teacher-pay-parity", "error", 6, 18),
        ("claims.super-large-classes-eliminated", "warning", 7, 23),
    ]
    .iter()
    .map(|(r, s, l, c)| (r.to_string(), s.to_string(), *l, *c))
    .collect()
}

#[test]
fn contradicted_claims_are_errors_that_quote_both() {
    let out = dutycheck(&["check", REPORT, "--no-config", "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(claim_findings(&v), expected());
    let messages: Vec<&str> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["message"].as_str())
        .collect();
    // The claim and the figure, both quoted.
    assert!(
        messages.contains(
            &"南岭县声称“做到“两个只增不减””，但同一部分第3行写着“全县一般公共预算教育支出比上年减少0.3亿元”，与之矛盾"
        ),
        "{messages:#?}"
    );
    assert!(
        messages.contains(
            &"北河区声称“实现“不低于”要求”，但同一部分第6行写着“全区义务教育教师年平均工资9.1万元；公务员平均工资9.8万元”，与之矛盾"
        ),
        "{messages:#?}"
    );
    // The claim rows of the matrix.
    let cell = |section: usize, rule: &str| {
        v["reports"][0]["sections"][section]["results"][rule]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(cell(0, "claims.education-spending-growth"), "contradicted");
    assert_eq!(cell(0, "claims.after-school-full-coverage"), "evidenced");
    assert_eq!(cell(1, "claims.teacher-pay-parity"), "contradicted");
    assert_eq!(cell(1, "claims.super-large-classes-eliminated"), "claimed");
    assert_eq!(cell(1, "claims.after-school-full-coverage"), "missing");
    let text = dutycheck(&["check", REPORT, "--no-config"]);
    insta::assert_snapshot!("claims_check_text", text.stdout);
}

#[test]
fn the_library_judges_claims_as_the_cli_does() {
    let checker = Checker::builder()
        .config_source(&ConfigSource::None)
        .expect("no config")
        .build()
        .expect("bundled rules");
    let checked = checker.check_file(&root().join(REPORT));
    let found: Vec<(String, String, u64, u64)> = checked
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("claims."))
        .map(|f| {
            (
                f.rule.clone(),
                f.severity.as_str().to_string(),
                u64::from(f.line),
                u64::from(f.column),
            )
        })
        .collect();
    assert_eq!(found, expected());
}

/// The bundled sample: 青岛市's `实现“不低于”要求` has no pay figure beside it.
#[test]
fn the_samples_teacher_pay_claim_is_claimed_without_evidence() {
    let out = dutycheck(&["check", support::SAMPLE, "--no-config", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert!(
        claim_findings(&v).contains(&(
            "claims.teacher-pay-parity".to_string(),
            "warning".to_string(),
            11,
            49
        )),
        "{:#?}",
        claim_findings(&v)
    );
    assert_eq!(
        v["reports"][0]["sections"][1]["results"]["claims.teacher-pay-parity"],
        "claimed"
    );
}

/// `catalog explain` names the `claim` rules that judge a requirement.
#[test]
fn catalog_explain_names_the_claim_rules_of_a_requirement() {
    let out = dutycheck(&["catalog", "explain", "teacher-pay-parity", "--no-config"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("  rules: claims.teacher-pay-parity\n"),
        "{}",
        out.stdout
    );
    let out = dutycheck(&[
        "catalog",
        "explain",
        "education-surcharge-collected",
        "--no-config",
    ]);
    assert!(out.stdout.contains("  rules: none\n"), "{}", out.stdout);
}

/// A province declares its own requirement in `dutycheck.yaml` and judges
/// its claims with a `claim` rule of its own pack: the claim beside a low
/// subsidy is contradicted, in the binary and in the library alike.
#[test]
fn a_provinces_own_requirement_is_judged_from_its_config() {
    let dir = support::tempdir("own-requirement");
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, text).expect("write");
    };
    write(
        "dutycheck.yaml",
        "packs: [rules]\ncatalog:\n  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money}\n  - {id: jb.subsidy-standard, name: 乡村教师生活补助不低于每月500元, phrases: [补助…达到省定标准], indicators: [jb.rural-teacher-subsidy], meets: {value: {min: 500}}}\n",
    );
    write(
        "rules/jb.yaml",
        "pack: {name: jb}\nrules:\n  - id: jb.subsidy-claim\n    title: 乡村教师生活补助达标的声明有数据佐证\n    severity: error\n    claim: jb.subsidy-standard\n    references: [某省乡村教师生活补助办法]\n    tests:\n      - pass: [乡村教师生活补助为600元，补助标准达到省定标准。]\n        fail: [乡村教师生活补助为300元，补助标准达到省定标准。]\n",
    );
    write(
        "report.txt",
        "2022年各县履行教育职责典型工作案例\n一、东河县\n1.落实乡村教师待遇，乡村教师生活补助为300元，补助标准达到省定标准。\n",
    );
    // The rule's tests: the fail snippet's finding is reviewed once
    // (`--update` writes the rule-test snapshot), then the tests pass.
    let out = support::run_in(&dir, &["test", "--update"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let snap = std::fs::read_to_string(dir.join("rules/__snapshots__/jb.subsidy-claim.snap"))
        .expect("snapshot");
    assert!(
        snap.contains("error[jb.subsidy-claim] 3:17 测试县声称“补助标准达到省定标准”，但同一部分第3行写着“乡村教师生活补助为300元”，与之矛盾"),
        "{snap}"
    );
    let out = support::run_in(&dir, &["test"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let out = support::run_in(&dir, &["check", "report.txt", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let found = claim_rule(&v, "jb.subsidy-claim");
    assert_eq!(found, [("error".to_string(), 3, 26)], "{}", out.stdout);
    let checker = Checker::builder()
        .config_source(&ConfigSource::File(dir.join("dutycheck.yaml")))
        .expect("config")
        .build()
        .expect("rules");
    let checked = checker.check_file(&dir.join("report.txt"));
    let lib: Vec<(String, u64, u64)> = checked
        .findings
        .iter()
        .filter(|f| f.rule == "jb.subsidy-claim")
        .map(|f| {
            (
                f.severity.as_str().to_string(),
                u64::from(f.line),
                u64::from(f.column),
            )
        })
        .collect();
    assert_eq!(lib, found);
}

fn claim_rule(v: &serde_json::Value, rule: &str) -> Vec<(String, u64, u64)> {
    v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            (
                f["severity"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
                f["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

/// The findings of the bundled rules on a report of `text`, written as
/// `name`: the claims' findings (rule and message), and every rule found.
fn checked_text(name: &str, text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let findings = findings_of(name, text);
    let claims = findings
        .iter()
        .filter(|(rule, _)| rule.starts_with("claims."))
        .cloned()
        .collect();
    let rules = findings.into_iter().map(|(rule, _)| rule).collect();
    (claims, rules)
}

/// (rule, message) of every finding of the bundled rules on a report of
/// `text`, named `name`.
fn findings_of(name: &str, text: &str) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write report");
    let checker = Checker::builder()
        .config_source(&ConfigSource::None)
        .expect("no config")
        .build()
        .expect("bundled rules");
    let checked = checker.check_file(&path);
    checked
        .findings
        .iter()
        .map(|f| (f.rule.clone(), f.message.clone()))
        .collect()
}

/// A claim made nearly (`基本实现全覆盖`) beside a coverage of 97.2%, and
/// one for the rural schools only: neither claims the requirement met in
/// full, so neither is contradicted by the figure (which the threshold
/// rule still judges). Before, the figure was called a contradiction of
/// the report's own words.
#[test]
fn a_claim_in_part_is_not_judged_as_the_whole() {
    let (claims, rules) = checked_text(
        "selfeval.txt",
        "松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n\
         （一）全县课后服务基本实现全覆盖，义务教育学校课后服务覆盖率为97.2%。\n\
         （二）农村学校课后服务实现全覆盖。\n",
    );
    assert_eq!(claims, []);
    assert!(
        rules.iter().any(|r| r == "after-school.coverage-2021"),
        "{rules:?}"
    );
}

/// A problem section that says a requirement is *not* met (`未落实“两个只增
/// 不减”要求`) beside the decline that shows it: the words deny the
/// requirement, so there is no claim to contradict. Before denials were
/// read, this was an error calling the admission a contradicted claim;
/// then the denial gave no finding at all. Now it fails the claim rule as
/// what it is, the report's own statement (`denied`), once. The claim in
/// part (`部分学校…尚未实现全覆盖`) denies nothing of the whole.
#[test]
fn a_denied_requirement_is_no_contradicted_claim() {
    let (claims, rules) = checked_text(
        "feedback.txt",
        "松岭县2023年度履行教育职责评价反馈意见\n\n一、存在的问题\n\
         （一）生均一般公共预算教育支出比上年下降了0.5%，未落实“两个只增不减”要求。\n\
         （二）部分学校课后服务尚未实现全覆盖。\n",
    );
    assert_eq!(
        claims,
        [(
            "claims.education-spending-growth".to_string(),
            "松岭县的报告写明未做到“两个只增不减”：“生均一般公共预算教育支出比上年下降了0.5%，未落实“两个只增不减”要求”".to_string()
        )]
    );
    // The decline itself is still found.
    assert!(
        rules
            .iter()
            .any(|r| r == "finance.per-student-expenditure-growth"),
        "{rules:?}"
    );
}

/// A claim that names one indicator of its requirement (`实现了生均一般公共
/// 预算教育支出只增不减`) is judged on that indicator's figures only: the
/// per-student spending rose, so the claim stands, while the total's fall
/// still fails its own rule. Before, the total's fall was called a
/// contradiction of a claim that was not about it. The same claim with no
/// per-student figure in its section is claimed without evidence, whatever
/// the total did; `各学段生均公用经费…` names every stage, not the generic only.
#[test]
fn a_claim_about_one_indicator_is_judged_on_its_figures() {
    let (claims, rules) = checked_text(
        "selfeval.txt",
        "松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n\
         （一）全县一般公共预算教育支出8.6亿元，比上年下降1.2%；义务教育生均一般公共预算教育支出12000元，比上年增长3.1%，实现了生均一般公共预算教育支出只增不减。\n",
    );
    assert_eq!(claims, []);
    assert!(
        rules.iter().any(|r| r == "finance.expenditure-growth"),
        "{rules:?}"
    );
    let (claims, _) = checked_text(
        "selfeval.txt",
        "松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n\
         （一）全县一般公共预算教育支出8.6亿元，比上年增长2.2%，按在校学生人数平均的一般公共预算教育支出实现只增不减。\n",
    );
    let messages: Vec<&str> = claims.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].ends_with("但同一部分没有生均一般公共预算教育支出的数据佐证"),
        "{messages:?}"
    );
    let (claims, _) = checked_text(
        "selfeval.txt",
        "松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n\
         （一）全县各学段生均公用经费均高于省定标准，小学生均公用经费达到800元，初中生均公用经费达到1000元。\n",
    );
    assert_eq!(claims, []);
}

/// A claim of pay above the civil servants' said as the gap
/// (`高出当地公务员0.2万元`, `比当地公务员高0.2万元`) is a claim of the
/// requirement, not a count of work done (it was dropped, unsaid). With the
/// teachers' pay given and the civil servants' not, the warning names the
/// side that is missing only (it named both).
#[test]
fn a_claim_of_pay_above_said_as_the_gap_names_the_missing_side() {
    for sentence in [
        "全县义务教育教师平均工资收入为11.4万元，高出当地公务员0.2万元。",
        "全县义务教育教师平均工资收入为11.4万元，比当地公务员高0.2万元。",
    ] {
        let (claims, _) = checked_text(
            "selfeval.txt",
            &format!("松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n（一）{sentence}\n"),
        );
        let messages: Vec<&str> = claims.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(messages.len(), 1, "{sentence}: {messages:?}");
        assert!(
            messages[0].ends_with("但同一部分没有公务员平均工资收入水平的数据佐证"),
            "{messages:?}"
        );
    }
}

/// A claim whose own sentence states the opposite (`…与当地公务员相比低0.42
/// 万元，已实现“不低于”要求`), with no figure of the civil servants' pay to
/// back it: the report's words fail it, as a denial does. Before, it was a
/// warning that the claim had no figures behind it. A denial in another
/// case (a rectification's problem, then its remedy) still leaves the claim
/// to its figures.
#[test]
fn a_claim_its_own_sentence_denies_fails_as_a_denial() {
    for gap in ["与当地公务员相比低0.42万元", "比当地公务员低0.42万元"] {
        let (claims, _) = checked_text(
            "selfeval.txt",
            &format!(
                "松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n\
                 （一）义务教育教师平均工资收入水平9.86万元，{gap}，已实现“不低于”要求。\n"
            ),
        );
        assert_eq!(
            claims,
            [(
                "claims.teacher-pay-parity".to_string(),
                format!(
                    "松岭县的报告写明未做到“义务教育教师平均工资收入水平不低于当地公务员”：“义务教育教师平均工资收入水平9.86万元，{gap}，已实现“不低于”要求”"
                )
            )],
            "{gap}"
        );
    }
    let (claims, _) = checked_text(
        "rectify.txt",
        "松岭县2023年度督导反馈问题整改情况报告\n\n一、松岭县\n\
         （一）问题：教师平均工资比当地公务员低0.42万元。\n\
         （二）整改成效：已实现“不低于”要求。\n",
    );
    assert!(
        claims.iter().all(|(_, m)| !m.contains("写明未做到")),
        "{claims:?}"
    );
    // A denial after the claim, in its case or a later one, takes the
    // claim back (`…全覆盖。…仍有4所学校未开展课后服务`: it was only "claimed
    // without evidence").
    for later in [
        "经核查，仍有4所学校未开展课后服务。",
        "\n（二）存在问题：仍有4所学校未开展课后服务。",
    ] {
        let (claims, _) = checked_text(
            "selfeval.txt",
            &format!(
                "松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n\
                 （一）全县已实现义务教育学校课后服务全覆盖。{later}\n"
            ),
        );
        assert_eq!(claims.len(), 1, "{later}: {claims:?}");
        assert!(claims[0].1.contains("写明未做到"), "{later}: {claims:?}");
    }
}

/// `两个只增不减` claims both the total and the spending per student. With
/// only the total's rise in its section, half of it is backed: the claim is
/// `claimed`, and the finding names the side with no figure (it was
/// evidenced by the total). A bare `只增不减` is backed by one rise.
#[test]
fn a_claim_of_both_needs_a_figure_for_each() {
    let (claims, _) = checked_text(
        "selfeval.txt",
        "松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n\
         （一）一般公共预算教育支出增长4.1%，实现“两个只增不减”。\n",
    );
    assert_eq!(
        claims,
        [(
            "claims.education-spending-growth".to_string(),
            "松岭县声称“实现“两个只增不减””（两个只增不减），但同一部分没有生均一般公共预算教育支出的数据佐证".to_string()
        )]
    );
    for both in [
        "（一）一般公共预算教育支出增长4.1%，生均一般公共预算教育支出增长2.0%，实现“两个只增不减”。\n",
        "（一）一般公共预算教育支出增长4.1%，实现教育投入“只增不减”。\n",
    ] {
        let (claims, _) = checked_text(
            "selfeval.txt",
            &format!("松岭县2023年度履行教育职责自评报告\n\n一、松岭县\n{both}"),
        );
        assert_eq!(claims, [], "{both}");
    }
}

/// A self-evaluation written as a questionnaire (`评价要点：…是否全覆盖。自评
/// 情况：是，…`) and an inspector's check (`核查组重点核查了…是否全覆盖`) ask
/// whether a requirement is met. Each was read as a denial: an error "写明
/// 未做到…" beside the very figures that back the requirement, and the
/// section failed. Answered `是` beside its figures, the claim is evidenced;
/// asked with no answer, nothing is claimed; answered `否`, the report says
/// it is not met, and that is still its denial.
#[test]
fn a_question_on_a_form_is_no_denial() {
    let (claims, rules) = checked_text(
        "selfeval.txt",
        "青溪县2023年度履行教育职责自评报告\n一、青溪县\n\
         1. 评价要点：义务教育学校课后服务是否全覆盖。自评情况：是，全县义务教育学校课后服务覆盖率为100%。\n\
         2. 评价要点：超大班额是否全部消除。自评情况：是，全县超大班额数为0。\n\
         3. 核查组重点核查了义务教育学校课后服务是否全覆盖，全县课后服务覆盖率为100%。\n\
         4. 一般公共预算教育支出是否做到只增不减：是，全县一般公共预算教育支出9.8亿元，比上年增长2.1%。\n",
    );
    assert_eq!(claims, []);
    assert!(rules.iter().all(|r| !r.starts_with("claims.")), "{rules:?}");
    let (claims, _) = checked_text(
        "selfeval.txt",
        "青溪县2023年度履行教育职责自评报告\n一、青溪县\n\
         1. 评价要点：是否实现“两个只增不减”：□是 ☑否。\n",
    );
    assert_eq!(
        claims,
        [(
            "claims.education-spending-growth".to_string(),
            "青溪县的报告写明未做到“两个只增不减”：“评价要点：是否实现“两个只增不减”：□是 ☑否”"
                .to_string()
        )]
    );
}

/// A bulletin's demand (`请切实落实“两个只增不减”要求`, `要切实落实…`,
/// `请青溪县切实落实…`) is the inspectors' 整改要求, not the county's claim:
/// it was called a claim the fall beside it contradicted (an error that the
/// county claimed what it had not met), or a claim without evidence. The
/// fall still fails its own rule.
#[test]
fn a_bulletins_demand_is_no_claim() {
    let (claims, rules) = checked_text(
        "bulletin.txt",
        "青溪县2023年度义务教育督导通报\n一、青溪县\n\
         1. 生均一般公共预算教育支出下降1.9%，请切实落实“两个只增不减”要求。\n\
         2. 要切实落实“两个只增不减”要求，确保教育经费投入只增不减。\n\
         3. 请青溪县切实落实“两个只增不减”要求。\n",
    );
    assert_eq!(claims, []);
    assert!(
        rules
            .iter()
            .any(|r| r == "finance.per-student-expenditure-growth"),
        "{rules:?}"
    );
}

/// A part within the region whose figure misses a requirement met in every
/// part (`全市已全面消除超大班额，白石县仍有超大班额2个`, `…全覆盖，其中青溪县…
/// 96.8%`) contradicts the claim of the whole and fails the rule the whole
/// is held to: the part's figure was unread, the claim only unbacked, and
/// the city passed. A neighbour's figure, and a part's of an earlier year,
/// say nothing of the region.
#[test]
fn a_part_that_misses_contradicts_the_whole() {
    let (claims, rules) = checked_text(
        "bulletin.txt",
        "江陵市2023年度履行教育职责自评报告\n一、江陵市\n\
         1. 全市已全面消除超大班额，白石县仍有超大班额2个。\n\
         2. 全市义务教育学校课后服务实现全覆盖，其中青溪县课后服务覆盖率为96.8%。\n\
         3. 2021年，白石县仍有超大班额5个。\n",
    );
    assert_eq!(
        claims,
        [
            (
                "claims.super-large-classes-eliminated".to_string(),
                "江陵市声称“全市已全面消除超大班额”，但同一部分第3行写着“全市已全面消除超大班额，白石县仍有超大班额2个”，与之矛盾".to_string()
            ),
            (
                "claims.after-school-full-coverage".to_string(),
                "江陵市声称“全市义务教育学校课后服务实现全覆盖”，但同一部分第4行写着“全市义务教育学校课后服务实现全覆盖，其中青溪县课后服务覆盖率为96.8%”，与之矛盾".to_string()
            ),
        ]
    );
    for rule in [
        "class-size.super-large-classes-2020",
        "after-school.coverage-2021",
    ] {
        assert_eq!(
            rules.iter().filter(|r| *r == rule).count(),
            1,
            "{rule}: {rules:?}"
        );
    }
    // The neighbour's classes: no contradiction, and no miss of the county's
    // (the rule says it could not judge the unread mention, an info).
    let findings = findings_of(
        "selfeval.txt",
        "青溪县2023年度履行教育职责自评报告\n一、青溪县\n\
         1. 相邻的石门县仍有超大班额3个，全县已全面消除超大班额。\n",
    );
    assert!(
        findings
            .iter()
            .all(|(_, m)| !m.contains("矛盾") && !m.contains("整体也没有做到")),
        "{findings:?}"
    );
}
