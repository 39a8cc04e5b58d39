//! `target-claims`: a claim to beat a target must agree with the target in
//! force.
//!
//! Reports like to say by how much they beat a target: "普惠性幼儿园覆盖率提
//! 高至90%，超国家、省规定目标10个百分点". The sentence implies a target of
//! 90 − 10 = 80%. That implied target is a checkable claim: the national
//! target for 普惠性幼儿园覆盖率 in 2020 *is* 80% (第三期学前教育行动计划),
//! so this one adds up. "提高至90%，超目标15个百分点" would imply 75%, a
//! target that does not exist, and is flagged; so is a claim to be above a
//! target while the rate itself is below it.
//!
//! The targets come from the `targets` option, which a rule file sets to
//! the thresholds of the rules in force (the host passes options through
//! untouched). Without it, the check uses the national targets of the
//! bundled rule pack, by indicator and year. A claim about an indicator or
//! year with no known target is not checked.

use dutycheck_plugin::model::{Case, Qualifier, Quantity, QuantityKind, Report, Severity};
use dutycheck_plugin::text::{chars, crosses_sentence, rounding_slack};
use dutycheck_plugin::vocab::format_decimals;
use dutycheck_plugin::{CheckManifest, Error, Manifest, Plugin, PluginFinding, Request};
use schemars::JsonSchema;
use serde::Deserialize;

/// A target in force for an indicator over a range of report years.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The catalog id of the indicator (`preschool-inclusive-coverage`).
    pub indicator: String,
    /// The minimum the indicator must reach, in percent.
    pub min: f64,
    /// The first report year the target applies to (inclusive).
    #[serde(default)]
    pub from: Option<i32>,
    /// The last report year it applies to (inclusive).
    #[serde(default)]
    pub to: Option<i32>,
    /// Names of the indicator in report text, used when the extractor did
    /// not bind the figure to an indicator.
    #[serde(default)]
    pub names: Vec<String>,
}

/// Options of the `implied-target` check.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimOptions {
    /// The targets in force. Replaces the built-in national targets when
    /// given.
    #[serde(default)]
    pub targets: Option<Vec<Target>>,
    /// How far, in percentage points, an implied target may differ from
    /// the target in force beyond the rounding of the written figures.
    #[serde(default = "default_tolerance")]
    #[schemars(range(min = 0.0, max = 100.0))]
    pub tolerance_percent_points: f64,
}

fn default_tolerance() -> f64 {
    0.05
}

fn target(indicator: &str, min: f64, from: i32, to: i32, names: &[&str]) -> Target {
    Target {
        indicator: indicator.to_string(),
        min,
        from: Some(from),
        to: Some(to),
        names: names.iter().map(|n| n.to_string()).collect(),
    }
}

/// The national targets of the bundled rule pack (see `domain.md`).
pub fn national_targets() -> Vec<Target> {
    vec![
        target(
            "preschool-gross-enrollment",
            85.0,
            2017,
            2020,
            &["毛入园率"],
        ),
        target(
            "preschool-gross-enrollment",
            90.0,
            2021,
            2025,
            &["毛入园率"],
        ),
        target(
            "preschool-inclusive-coverage",
            80.0,
            2017,
            2020,
            &["普惠性幼儿园覆盖率", "普惠率", "普惠性资源覆盖率"],
        ),
        target(
            "preschool-inclusive-coverage",
            85.0,
            2021,
            2025,
            &["普惠性幼儿园覆盖率", "普惠率", "普惠性资源覆盖率"],
        ),
        target(
            "preschool-public-share",
            50.0,
            2018,
            2025,
            &["公办园在园幼儿占比", "公办率"],
        ),
        target(
            "highschool-gross-enrollment",
            90.0,
            2017,
            2020,
            &["高中阶段毛入学率"],
        ),
        target(
            "highschool-gross-enrollment",
            92.0,
            2021,
            2025,
            &["高中阶段毛入学率"],
        ),
        target("compulsory-retention", 95.0, 2016, 2020, &["巩固率"]),
        target("compulsory-retention", 96.0, 2021, 2025, &["巩固率"]),
        target(
            "disabled-children-enrollment",
            95.0,
            2017,
            2020,
            &["残疾儿童", "入学率"],
        ),
        target(
            "disabled-children-enrollment",
            97.0,
            2021,
            2025,
            &["残疾儿童", "入学率"],
        ),
    ]
}

/// The plugin.
#[derive(Debug, Default)]
pub struct TargetClaims;

impl Plugin for TargetClaims {
    fn manifest(&self) -> Manifest {
        Manifest::new(env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"))
            .description("Claims to beat a target by N percentage points must imply the target in force.")
            .with_check(
                CheckManifest::new(
                    "implied-target",
                    "\"提高至90%，超目标10个百分点\" implies a target of 80%; flags implied targets that differ from the one in force for the indicator and year.",
                    Severity::Warning,
                )
                .options::<ClaimOptions>(),
            )
            .with_check(CheckManifest::new(
                CASE_EVIDENCE,
                "A case that claims a requirement of the catalog is met (实现“不低于”要求, 课后服务实现全覆盖) states a figure of one of its evidencing indicators in the same case. Stricter than the `claim` rules, which look in the whole section. Reads the run's merged catalog and claims[] (wire 1.1).",
                Severity::Info,
            ))
    }

    fn run(&self, request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error> {
        if request.check == CASE_EVIDENCE {
            return case_evidence(request, report);
        }
        let options: ClaimOptions = request.options()?;
        if !(options.tolerance_percent_points.is_finite()
            && options.tolerance_percent_points >= 0.0)
        {
            return Err(Error::InvalidOptions(
                "tolerance_percent_points must be a finite number at or above 0".into(),
            ));
        }
        let targets = options.targets.clone().unwrap_or_else(national_targets);
        let Some(year) = request.report.year.or(report.year) else {
            // Targets are chosen by year: without one, nothing to check.
            return Ok(Vec::new());
        };
        let mut findings = Vec::new();
        for (s, section) in report.sections.iter().enumerate() {
            for (c, case) in section.cases.iter().enumerate() {
                for claim in claims(case) {
                    check_claim(s, c, case, &claim, year, &targets, &options, &mut findings);
                }
            }
        }
        Ok(findings)
    }
}

dutycheck_plugin::export_plugin!(TargetClaims);

/// The id of the check that wants every claim backed within its own case.
pub const CASE_EVIDENCE: &str = "case-evidence";

/// `case-evidence`: each claim (not a plan) whose requirement names
/// indicators, in a case that states no figure of any of them. The
/// requirements and their indicators come from the run's merged catalog
/// (`request.catalog`), so a province's own requirement declared in
/// `dutycheck.yaml` is checked like a bundled one.
fn case_evidence(request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error> {
    let Some(catalog) = &request.catalog else {
        return Err(Error::Check(
            "`case-evidence` needs the catalog in the request: a dutycheck host with wire 1.1 or later".into(),
        ));
    };
    let mut findings = Vec::new();
    for (s, section) in report.sections.iter().enumerate() {
        for (c, case) in section.cases.iter().enumerate() {
            for claim in case.claims.iter().filter(|cl| !cl.plan) {
                let Some(requirement) = catalog.requirement(&claim.requirement) else {
                    continue;
                };
                if requirement.indicators.is_empty()
                    || case
                        .indicators
                        .iter()
                        .any(|v| requirement.indicators.iter().any(|i| *i == v.indicator))
                {
                    continue;
                }
                let names: Vec<&str> = requirement
                    .indicators
                    .iter()
                    .map(|id| {
                        catalog
                            .indicator(id)
                            .map_or(id.as_str(), |i| i.name.as_str())
                    })
                    .collect();
                findings.push(PluginFinding {
                    check: Some(CASE_EVIDENCE.to_string()),
                    severity: None,
                    message: format!(
                        "{}第{}条案例声称“{}”（{}），本案例没有{}的数字",
                        section.name,
                        case.number,
                        claim.text,
                        requirement.name,
                        names.join("、")
                    ),
                    section: Some(s),
                    case: Some(c),
                    span: Some(dutycheck_plugin::Span {
                        start: claim.start,
                        end: claim.end,
                    }),
                    indicator: None,
                    value: None,
                });
            }
        }
    }
    Ok(findings)
}

/// "RATE … 超/高于 …目标 POINTS": a rate and the margin claimed over (or
/// under) a target.
struct Claim<'a> {
    rate: &'a Quantity,
    points: &'a Quantity,
    /// +1 for "above the target", −1 for "below".
    direction: f64,
}

const ABOVE: &[&str] = &["超", "高于", "高出", "超过"];
const BELOW: &[&str] = &["低于", "差"];

fn claims(case: &Case) -> Vec<Claim<'_>> {
    let text = &case.text;
    let mut out = Vec::new();
    for (i, points) in case.quantities.iter().enumerate() {
        if points.kind != QuantityKind::PercentagePoints {
            continue;
        }
        // The rate is the nearest percentage before the margin, in the same
        // sentence.
        let Some(rate) = case.quantities[..i]
            .iter()
            .rev()
            .find(|q| q.kind == QuantityKind::Percent)
        else {
            continue;
        };
        if crosses_sentence(text, rate.end, points.start) {
            continue;
        }
        let between = chars(text, rate.end, points.start);
        if !between.contains("目标") && !between.contains("标准") {
            continue;
        }
        let direction = if BELOW.iter().any(|w| between.contains(w)) {
            -1.0
        } else if ABOVE.iter().any(|w| between.contains(w)) {
            1.0
        } else {
            continue;
        };
        out.push(Claim {
            rate,
            points,
            direction,
        });
    }
    out
}

/// The indicator a rate states: the extractor's binding if there is one,
/// else the first target whose name appears in the sentence before it.
fn indicator_of<'t>(case: &Case, rate: &Quantity, targets: &'t [Target]) -> Option<&'t str> {
    if let Some(iv) = case.indicators.iter().find(|iv| iv.start == rate.start) {
        return targets
            .iter()
            .find(|t| t.indicator == iv.indicator)
            .map(|t| t.indicator.as_str());
    }
    let from = (0..rate.start)
        .rev()
        .find(|&i| crosses_sentence(&case.text, i, i + 1))
        .map_or(0, |i| i + 1);
    let lead = chars(&case.text, from, rate.start);
    targets
        .iter()
        .filter(|t| t.names.iter().any(|n| lead.contains(n.as_str())))
        .max_by_key(|t| {
            t.names
                .iter()
                .filter(|n| lead.contains(n.as_str()))
                .map(|n| n.chars().count())
                .max()
        })
        .map(|t| t.indicator.as_str())
}

fn in_force<'t>(targets: &'t [Target], indicator: &str, year: i32) -> Option<&'t Target> {
    targets
        .iter()
        .filter(|t| t.indicator == indicator)
        .filter(|t| t.from.is_none_or(|f| f <= year) && t.to.is_none_or(|to| year <= to))
        .max_by_key(|t| t.from.unwrap_or(i32::MIN))
}

#[allow(clippy::too_many_arguments)]
fn check_claim(
    s: usize,
    c: usize,
    case: &Case,
    claim: &Claim<'_>,
    year: i32,
    targets: &[Target],
    options: &ClaimOptions,
    out: &mut Vec<PluginFinding>,
) {
    if claim.rate.qualifier != Qualifier::Exact || claim.points.qualifier != Qualifier::Exact {
        return;
    }
    let Some(indicator) = indicator_of(case, claim.rate, targets) else {
        return;
    };
    let Some(target) = in_force(targets, indicator, year) else {
        return;
    };
    let implied = claim.rate.value - claim.direction * claim.points.value;
    let slack = rounding_slack(&claim.rate.text)
        + rounding_slack(&claim.points.text)
        + options.tolerance_percent_points;
    if (implied - target.min).abs() <= slack {
        return;
    }
    let word = if claim.direction > 0.0 {
        "超"
    } else {
        "低于"
    };
    out.push(
        PluginFinding::at(
            s,
            c,
            claim.rate.start,
            claim.points.end,
            format!(
                "{}{}、{}目标{}，意味着目标为{}%，但{}年适用的目标为{}%",
                indicator,
                claim.rate.text,
                word,
                claim.points.text,
                format_decimals(implied, 2),
                year,
                format_decimals(target.min, 2)
            ),
        )
        .with_indicator(indicator)
        .with_value(implied),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use dutycheck_plugin::model::QuantityKind::*;
    use dutycheck_plugin::testing::{CaseBuilder, report, run, run_with_catalog};
    use dutycheck_plugin::{CatalogIndicator, CatalogRequirement, CatalogView};
    use serde_json::json;

    fn qingdao(rate: &str, value: f64, points: &str, pp: f64) -> Case {
        let text =
            format!("普惠性幼儿园覆盖率提高至{rate}，超国家、省规定目标{points}；集团化办学。");
        CaseBuilder::new(2, &text)
            .quantity(rate, value, "%", Percent)
            .quantity(points, pp, "个百分点", PercentagePoints)
            .build()
    }

    fn go(case: Case, year: Option<i32>, options: serde_json::Value) -> Vec<PluginFinding> {
        let r = report(year, vec![("青岛市", vec![case])]);
        run::<TargetClaims>("implied-target", options, &r).unwrap()
    }

    #[test]
    fn the_qingdao_claim_adds_up() {
        // 90 − 10 = 80, the 2020 national target.
        assert!(
            go(
                qingdao("90%", 90.0, "10个百分点", 10.0),
                Some(2020),
                json!({})
            )
            .is_empty()
        );
    }

    #[test]
    fn a_claim_implying_another_target_is_flagged() {
        let case = qingdao("90%", 90.0, "15个百分点", 15.0);
        let f = go(case.clone(), Some(2020), json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].indicator.as_deref(),
            Some("preschool-inclusive-coverage")
        );
        assert_eq!(f[0].value, Some(75.0));
        assert!(
            f[0].message.contains("75%") && f[0].message.contains("80%"),
            "{}",
            f[0].message
        );
        let span = f[0].span.unwrap();
        assert_eq!(
            chars(&case.text, span.start, span.end),
            "90%，超国家、省规定目标15个百分点"
        );
    }

    #[test]
    fn the_target_follows_the_year() {
        // In 2021 the target is 85%: "90%, 10 points above" no longer adds up,
        // "5 points above" does.
        assert_eq!(
            go(
                qingdao("90%", 90.0, "10个百分点", 10.0),
                Some(2021),
                json!({})
            )
            .len(),
            1
        );
        assert!(
            go(
                qingdao("90%", 90.0, "5个百分点", 5.0),
                Some(2021),
                json!({})
            )
            .is_empty()
        );
        // No year, no target.
        assert!(go(qingdao("90%", 90.0, "15个百分点", 15.0), None, json!({})).is_empty());
    }

    #[test]
    fn rule_targets_replace_the_defaults() {
        let options = json!({"targets": [{"indicator": "preschool-inclusive-coverage", "min": 75, "names": ["覆盖率"]}]});
        assert!(
            go(
                qingdao("90%", 90.0, "15个百分点", 15.0),
                Some(2020),
                options.clone()
            )
            .is_empty()
        );
        assert_eq!(
            go(
                qingdao("90%", 90.0, "10个百分点", 10.0),
                Some(2020),
                options
            )
            .len(),
            1
        );
    }

    #[test]
    fn extractor_bindings_win_over_names() {
        let case = CaseBuilder::new(1, "该指标达到97%，高于目标2个百分点。")
            .quantity("97%", 97.0, "%", Percent)
            .indicator("compulsory-retention", "九年义务教育巩固率")
            .quantity("2个百分点", 2.0, "个百分点", PercentagePoints)
            .build();
        assert!(go(case, Some(2020), json!({})).is_empty(), "97 − 2 = 95");
    }

    #[test]
    fn margins_that_are_not_target_claims_are_ignored() {
        let case = CaseBuilder::new(1, "普惠性幼儿园覆盖率达到90%，比上年提高15个百分点。")
            .quantity("90%", 90.0, "%", Percent)
            .quantity("15个百分点", 15.0, "个百分点", PercentagePoints)
            .build();
        assert!(go(case, Some(2020), json!({})).is_empty());
    }

    /// The catalog a host sends: a bundled requirement and a province's own
    /// (declared in its dutycheck.yaml), each with its indicators.
    fn catalog() -> CatalogView {
        let indicator = |id: &str, name: &str| CatalogIndicator {
            id: id.into(),
            name: name.into(),
            kind: QuantityKind::Money,
            aliases: vec![name.into()],
        };
        let requirement = |id: &str, name: &str, indicators: &[&str]| CatalogRequirement {
            id: id.into(),
            name: name.into(),
            phrases: vec![],
            indicators: indicators.iter().map(|s| s.to_string()).collect(),
        };
        CatalogView {
            indicators: vec![
                indicator("teacher-average-salary", "义务教育教师平均工资收入水平"),
                indicator("jb.rural-teacher-subsidy", "乡村教师生活补助"),
            ],
            requirements: vec![
                requirement(
                    "teacher-pay-parity",
                    "义务教育教师平均工资收入水平不低于当地公务员",
                    &["teacher-average-salary"],
                ),
                requirement(
                    "jb.subsidy-paid",
                    "乡村教师生活补助足额发放",
                    &["jb.rural-teacher-subsidy"],
                ),
            ],
        }
    }

    #[test]
    fn case_evidence_reads_the_merged_catalog_and_the_claims() {
        let r = report(
            Some(2022),
            vec![(
                "东河县",
                vec![
                    // A claim with no pay figure in its case.
                    CaseBuilder::new(1, "追加绩效工资2亿元，实现“不低于”要求。")
                        .claim("teacher-pay-parity", "实现“不低于”要求")
                        .build(),
                    // A province's own requirement, backed in the case.
                    CaseBuilder::new(2, "乡村教师生活补助800元，补助足额发放。")
                        .quantity("800元", 800.0, "元", QuantityKind::Money)
                        .indicator("jb.rural-teacher-subsidy", "乡村教师生活补助")
                        .claim("jb.subsidy-paid", "补助足额发放")
                        .build(),
                    // The same province requirement, not backed.
                    CaseBuilder::new(3, "补助足额发放到人。")
                        .claim("jb.subsidy-paid", "补助足额发放")
                        .build(),
                ],
            )],
        );
        let found = run_with_catalog::<TargetClaims>(CASE_EVIDENCE, json!({}), &r, Some(catalog()))
            .expect("runs");
        let at: Vec<(Option<usize>, String)> =
            found.iter().map(|f| (f.case, f.message.clone())).collect();
        assert_eq!(
            at,
            [
                (
                    Some(0),
                    "东河县第1条案例声称“实现“不低于”要求”（义务教育教师平均工资收入水平不低于当地公务员），本案例没有义务教育教师平均工资收入水平的数字".to_string()
                ),
                (
                    Some(2),
                    "东河县第3条案例声称“补助足额发放”（乡村教师生活补助足额发放），本案例没有乡村教师生活补助的数字".to_string()
                ),
            ]
        );
        // A host before wire 1.1 sends no catalog: said, not guessed.
        assert!(matches!(
            run::<TargetClaims>(CASE_EVIDENCE, json!({}), &r),
            Err(Error::Check(_))
        ));
    }

    #[test]
    fn bad_options_are_rejected() {
        let r = report(Some(2020), vec![]);
        assert!(matches!(
            run::<TargetClaims>(
                "implied-target",
                json!({"targets": [{"indicator": "x"}]}),
                &r
            ),
            Err(Error::InvalidOptions(_))
        ));
    }
}
