//! `growth-consistency`: a stated total, its change against the year before
//! and its growth rate must agree.
//!
//! Reports state growth in one breath: "一般公共预算教育支出2138084万元，比
//! 2019年增加275709万元，增长14.80%". Three figures, two of them redundant:
//! the previous year's total is `2138084 − 275709 = 1862375`, so the growth
//! rate must be `275709 / 1862375 = 14.80%`. When the three disagree, at
//! least one figure is wrong, and a reader cannot tell which. This is the
//! kind of arithmetic across figures that a YAML rule cannot express.
//!
//! # What it reads
//!
//! * Text triples: a total (money, count or measure), then within the same
//!   sentence `比…` / `较…` / `同比` with 增加 / 减少 and the absolute
//!   change in the same unit, then 增长 / 下降 and a percentage.
//! * Indicator values whose `change` carries both the absolute and the
//!   relative change (the extractor fills these for indicators).
//!
//! # Rounding
//!
//! Reports round. A growth rate written `15%` is only claimed to the
//! nearest whole percent, and a total written `68.1亿元` only to the nearest
//! 0.1亿. The check therefore computes the range of growth rates that the
//! written figures allow (each figure ± half a unit of its last digit) and
//! flags the stated rate only when it lies outside that range by more than
//! `tolerance_percent_points`. Figures qualified as approximate (约, 余, 近)
//! are skipped: they make no claim precise enough to contradict.

use dutycheck_plugin::model::{Case, Qualifier, Quantity, QuantityKind, Report, Severity};
use dutycheck_plugin::text::{chars, crosses_sentence, rounding_slack, written_number};
use dutycheck_plugin::vocab::changes;
use dutycheck_plugin::{CheckManifest, Error, Manifest, Plugin, PluginFinding, Request};
use schemars::JsonSchema;
use serde::Deserialize;

/// Options of the `growth` check.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GrowthOptions {
    /// How far, in percentage points, the stated growth rate may lie outside
    /// the range the written figures allow before it is flagged.
    #[serde(default = "default_tolerance")]
    #[schemars(range(min = 0.0, max = 100.0))]
    pub tolerance_percent_points: f64,
}

fn default_tolerance() -> f64 {
    0.05
}

/// The plugin.
#[derive(Debug, Default)]
pub struct GrowthConsistency;

impl Plugin for GrowthConsistency {
    fn manifest(&self) -> Manifest {
        Manifest::new(env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"))
            .description("A stated total, its absolute change and its growth rate must agree.")
            .with_check(
                CheckManifest::new(
                    "growth",
                    "Flags a total, its change against the year before and its growth rate that do not agree (change / (total − change)).",
                    Severity::Error,
                )
                .options::<GrowthOptions>(),
            )
            .with_check(
                CheckManifest::new(
                    "growth-vs-last-year",
                    "Flags a stated growth rate that does not agree with last year's level in last year's report (wire 1.2: the run's history of the region; nothing to judge in a run of one year).",
                    Severity::Warning,
                )
                .options::<GrowthOptions>(),
            )
    }

    fn run(&self, request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error> {
        let options: GrowthOptions = request.options()?;
        if !options.tolerance_percent_points.is_finite() || options.tolerance_percent_points < 0.0 {
            return Err(Error::InvalidOptions(
                "tolerance_percent_points must be a finite number at or above 0".into(),
            ));
        }
        let mut findings = Vec::new();
        if request.check == "growth-vs-last-year" {
            against_last_year(request, report, &options, &mut findings);
            return Ok(findings);
        }
        for (s, section) in report.sections.iter().enumerate() {
            for (c, case) in section.cases.iter().enumerate() {
                check_case(s, c, case, &options, &mut findings);
            }
        }
        Ok(findings)
    }
}

dutycheck_plugin::export_plugin!(GrowthConsistency);

/// `growth-vs-last-year`: an amount stated with its growth rate
/// (`13.4亿元，比上年增长6.3%`) against the level the region's report of
/// the year before states (the request's history, wire 1.2). The range of
/// growth the two written levels allow (each within half a unit of its last
/// digit) must meet the stated rate, within its own rounding and the
/// tolerance.
fn against_last_year(
    request: &Request,
    report: &Report,
    options: &GrowthOptions,
    findings: &mut Vec<PluginFinding>,
) {
    let Some(year) = request.report.year else {
        return;
    };
    for (s, section) in report.sections.iter().enumerate() {
        let Some(last) = request.region_history(s).and_then(|r| r.year(year - 1)) else {
            continue;
        };
        for (c, case) in section.cases.iter().enumerate() {
            for iv in &case.indicators {
                let (Some(now), Some(ch)) = (iv.value, &iv.change) else {
                    continue;
                };
                let Some(stated) = ch.percent.filter(|_| !ch.derived) else {
                    continue;
                };
                // A rate's change in percent may be relative or points.
                if iv.unit == "%" || !matches!(iv.qualifier, Qualifier::Exact) {
                    continue;
                }
                let Some(then) = last.level(&iv.indicator) else {
                    continue;
                };
                let Some(before) = then.value.filter(|v| *v > then.precision) else {
                    continue;
                };
                if !matches!(then.qualifier, Qualifier::Exact) {
                    continue;
                }
                let text = chars(&case.text, iv.start, iv.end);
                let now_slack = match written_number(&text) {
                    Some(w) if w != 0.0 => rounding_slack(&text) * (now / w).abs(),
                    _ => 0.0,
                };
                let low = ((now - now_slack) / (before + then.precision) - 1.0) * 100.0;
                let high = ((now + now_slack) / (before - then.precision) - 1.0) * 100.0;
                let slack = rounding_slack(&dutycheck_plugin::vocab::format_number(stated))
                    + options.tolerance_percent_points;
                if stated + slack >= low && stated - slack <= high {
                    continue;
                }
                let computed = (now / before - 1.0) * 100.0;
                findings.push(
                    PluginFinding::at(
                        s,
                        c,
                        iv.start,
                        iv.end,
                        format!(
                            "{}{}比上年增长{}%，但{}年报告为{}（{}:{}:{}），按两年数值计算增幅为{:.2}%",
                            iv.name,
                            text,
                            dutycheck_plugin::vocab::format_number(stated),
                            last.year,
                            then.text,
                            last.path,
                            then.line,
                            then.column,
                            computed
                        ),
                    )
                    .with_indicator(iv.indicator.clone())
                    .with_value(stated),
                );
            }
        }
    }
}

/// A figure precise enough to be contradicted.
fn precise(q: &Quantity) -> bool {
    matches!(q.qualifier, Qualifier::Exact)
}

/// Half a unit of the last written digit, in the quantity's base unit
/// (`68.1亿元` → 0.05亿元 = 5,000,000元).
fn base_slack(q: &Quantity) -> f64 {
    match written_number(&q.text) {
        Some(written) if written != 0.0 => rounding_slack(&q.text) * (q.value / written).abs(),
        _ => 0.0,
    }
}

/// One total / change / rate triple found in a case.
struct Triple<'a> {
    total: &'a Quantity,
    change: &'a Quantity,
    rate: &'a Quantity,
    change_sign: f64,
    rate_sign: f64,
}

fn triples(case: &Case) -> Vec<Triple<'_>> {
    let text = case.text.as_str();
    // Years (`比2019年`) sit between the figures; they are not part of a
    // triple.
    let qs: Vec<&Quantity> = case
        .quantities
        .iter()
        .filter(|q| q.kind != QuantityKind::Year)
        .collect();
    let mut out = Vec::new();
    for w in qs.windows(3) {
        let (total, change, rate) = (w[0], w[1], w[2]);
        if rate.kind != QuantityKind::Percent
            || !matches!(
                total.kind,
                QuantityKind::Money | QuantityKind::Count | QuantityKind::Measure
            )
            || change.kind != total.kind
            || change.unit != total.unit
            || crosses_sentence(text, total.end, rate.start)
        {
            continue;
        }
        let between_total_change = chars(text, total.end, change.start);
        let between_change_rate = chars(text, change.end, rate.start);
        // A comparison with an earlier year, and a direction both before
        // the change and before the rate.
        if !changes::COMPARISONS
            .iter()
            .any(|w| between_total_change.contains(w))
            || between_change_rate.chars().count() > 8
        {
            continue;
        }
        let Some(change_sign) = changes::direction(&between_total_change) else {
            continue;
        };
        let Some(rate_sign) = changes::direction(&between_change_rate) else {
            continue;
        };
        out.push(Triple {
            total,
            change,
            rate,
            change_sign,
            rate_sign,
        });
    }
    out
}

/// The growth rate in percent of `total` over `change`, or `None` when the
/// previous year's total would not be positive.
fn growth(total: f64, change: f64) -> Option<f64> {
    let previous = total - change;
    (previous > 0.0).then(|| change / previous * 100.0)
}

fn check_case(
    s: usize,
    c: usize,
    case: &Case,
    options: &GrowthOptions,
    out: &mut Vec<PluginFinding>,
) {
    let mut covered = Vec::new();
    for t in triples(case) {
        covered.push(t.total.start);
        if !(precise(t.total) && precise(t.change) && precise(t.rate)) {
            continue;
        }
        let change = t.change_sign * t.change.value;
        let stated = t.rate_sign * t.rate.value;
        let (ts, cs) = (base_slack(t.total), base_slack(t.change));
        // The growth rate is monotonic in each input, so its range over the
        // rounding box is spanned by the box's corners.
        let corners: Vec<f64> = [(-ts, -cs), (-ts, cs), (ts, -cs), (ts, cs)]
            .iter()
            .filter_map(|(dt, dc)| growth(t.total.value + dt, change + t.change_sign * dc))
            .collect();
        let Some(computed) = growth(t.total.value, change) else {
            continue;
        };
        let low = corners.iter().copied().fold(computed, f64::min) - rounding_slack(&t.rate.text);
        let high = corners.iter().copied().fold(computed, f64::max) + rounding_slack(&t.rate.text);
        let tol = options.tolerance_percent_points;
        if stated < low - tol || stated > high + tol {
            out.push(
                PluginFinding::at(
                    s,
                    c,
                    t.total.start,
                    t.rate.end,
                    format!(
                        "总量{}、增量{}与增幅{}不一致：按总量和增量计算，增幅应为{:.2}%",
                        t.total.text, t.change.text, t.rate.text, computed
                    ),
                )
                .with_value(stated),
            );
        }
    }
    for iv in &case.indicators {
        let Some(ch) = &iv.change else { continue };
        let (Some(change), Some(stated)) = (ch.value, ch.percent) else {
            continue;
        };
        if covered.contains(&iv.start) || !matches!(iv.qualifier, Qualifier::Exact) {
            continue;
        }
        // A change stated alone has no total to check it against; a change
        // derived from a from→to agrees with itself.
        let Some(total) = iv.value.filter(|_| !ch.derived) else {
            continue;
        };
        let Some(computed) = growth(total, change) else {
            continue;
        };
        // No written text for the rate here, so allow rounding to one
        // decimal, the precision reports use most.
        if (computed - stated).abs() > 0.05 + options.tolerance_percent_points {
            out.push(
                PluginFinding::at(
                    s,
                    c,
                    iv.start,
                    iv.end,
                    format!(
                        "{}{}与其变化（增加{}，增长{}%）不一致：增幅应为{:.2}%",
                        iv.name, total, change, stated, computed
                    ),
                )
                .with_indicator(iv.indicator.clone())
                .with_value(stated),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dutycheck_plugin::model::{Change, QuantityKind::*};
    use dutycheck_plugin::testing::{CaseBuilder, report, run};
    use serde_json::json;

    fn jinan(rate: &str, value: f64) -> Case {
        let text = format!(
            "全市2020年度一般公共预算教育支出2138084万元，比2019年增加275709万元，增长{rate}。"
        );
        CaseBuilder::new(1, &text)
            .quantity("2020年", 2020.0, "年", Year)
            .quantity("2138084万元", 21_380_840_000.0, "元", Money)
            .quantity("2019年", 2019.0, "年", Year)
            .quantity("275709万元", 2_757_090_000.0, "元", Money)
            .quantity(rate, value, "%", Percent)
            .build()
    }

    fn findings(case: Case, options: serde_json::Value) -> Vec<PluginFinding> {
        let r = report(Some(2020), vec![("济南市", vec![case])]);
        run::<GrowthConsistency>("growth", options, &r).unwrap()
    }

    /// `西山区` 2022: 9.2亿元, stated growth `rate`, against a history
    /// whose 2021 report says 8.4亿元.
    fn against_2021(rate: f64) -> Vec<PluginFinding> {
        use dutycheck_plugin::model::{
            HistoryValue, Qualifier, RegionHistory, StatementKind, YearEntry,
        };
        use dutycheck_plugin::wire::RunHistory;
        let mut case = CaseBuilder::new(1, "一般公共预算教育支出9.2亿元。")
            .quantity("9.2亿元", 9.2e8, "元", Money)
            .indicator("education-expenditure", "一般公共预算教育支出")
            .build();
        case.indicators[0].change = Some(Change {
            percent: Some(rate),
            ..Change::default()
        });
        let r = report(Some(2022), vec![("西山区", vec![case])]);
        let earlier = HistoryValue {
            indicator: "education-expenditure".into(),
            text: "8.4亿元".into(),
            statement: StatementKind::Level,
            value: Some(8.4e8),
            unit: "元".into(),
            qualifier: Qualifier::Exact,
            precision: 5e6,
            change: None,
            base_text: String::new(),
            base_precision: 0.0,
            line: 9,
            column: 30,
        };
        let history = RunHistory {
            sections: vec![Some(0)],
            regions: vec![RegionHistory {
                region: "西山".into(),
                years: vec![YearEntry {
                    year: 2021,
                    path: "2021/city.txt".into(),
                    name: "西山区".into(),
                    values: vec![earlier],
                }],
            }],
        };
        dutycheck_plugin::testing::run_with_history::<GrowthConsistency>(
            "growth-vs-last-year",
            json!({}),
            &r,
            None,
            Some(history),
        )
        .unwrap()
    }

    #[test]
    fn a_stated_growth_against_last_years_report() {
        // 9.2 / 8.4 = +9.52% (9.45..9.60 by the rounding of both levels).
        let f = against_2021(6.3);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message
                .contains("2021年报告为8.4亿元（2021/city.txt:9:30）"),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains("9.52%"), "{}", f[0].message);
        assert!(against_2021(9.5).is_empty());
        // Without a history (a run of one year): nothing to judge.
        let case = CaseBuilder::new(1, "一般公共预算教育支出9.2亿元。")
            .quantity("9.2亿元", 9.2e8, "元", Money)
            .indicator("education-expenditure", "一般公共预算教育支出")
            .build();
        let r = report(Some(2022), vec![("西山区", vec![case])]);
        assert!(
            run::<GrowthConsistency>("growth-vs-last-year", json!({}), &r)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn the_jinan_sample_is_consistent() {
        // 275709 / (2138084 − 275709) = 14.804%.
        assert!(findings(jinan("14.80%", 14.80), json!({})).is_empty());
        // Written as a whole percent, 15% is a fair rounding of 14.8.
        assert!(findings(jinan("15%", 15.0), json!({})).is_empty());
    }

    #[test]
    fn a_wrong_rate_is_flagged_with_its_span() {
        let f = findings(jinan("18.40%", 18.40), json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        let span = f[0].span.unwrap();
        let case = jinan("18.40%", 18.40);
        assert_eq!(
            chars(&case.text, span.start, span.end).chars().next(),
            Some('2')
        );
        assert!(chars(&case.text, span.start, span.end).ends_with("18.40%"));
        assert!(f[0].message.contains("14.80%"), "{}", f[0].message);
        assert_eq!(f[0].value, Some(18.40));
    }

    #[test]
    fn tolerance_is_an_option() {
        // 14.95 is off by 0.145 points after rounding slack of 0.005.
        assert_eq!(findings(jinan("14.95%", 14.95), json!({})).len(), 1);
        assert!(
            findings(
                jinan("14.95%", 14.95),
                json!({"tolerance_percent_points": 0.2})
            )
            .is_empty()
        );
    }

    #[test]
    fn decreases_are_signed() {
        let text = "在校生1000人，较上年减少100人，下降10%。";
        let ok = CaseBuilder::new(1, text)
            .quantity("1000人", 1000.0, "人", Count)
            .quantity("100人", 100.0, "人", Count)
            .quantity("10%", 10.0, "%", Percent)
            .build();
        // 100 / (1000 + 100) = 9.09%: "10%" is off by more than rounding.
        let f = findings(ok, json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        let text = "在校生1000人，较上年减少100人，下降9.1%。";
        let ok = CaseBuilder::new(1, text)
            .quantity("1000人", 1000.0, "人", Count)
            .quantity("100人", 100.0, "人", Count)
            .quantity("9.1%", 9.1, "%", Percent)
            .build();
        assert!(findings(ok, json!({})).is_empty());
    }

    #[test]
    fn approximate_and_unrelated_figures_are_left_alone() {
        let text = "投入约5亿元，比上年增加1亿元，增长50%。";
        let approx = CaseBuilder::new(1, text)
            .quantity("约5亿元", 5e8, "元", Money)
            .quantity("1亿元", 1e8, "元", Money)
            .quantity("50%", 50.0, "%", Percent)
            .build();
        assert!(findings(approx, json!({})).is_empty());
        // Different units cannot form a triple.
        let text = "建成学校10所，比上年增加2000人，增长50%。";
        let mixed = CaseBuilder::new(1, text)
            .quantity("10所", 10.0, "所", Count)
            .quantity("2000人", 2000.0, "人", Count)
            .quantity("50%", 50.0, "%", Percent)
            .build();
        assert!(findings(mixed, json!({})).is_empty());
    }

    #[test]
    fn indicator_changes_are_checked_too() {
        let mut case = CaseBuilder::new(1, "教育支出100亿元。")
            .quantity("100亿元", 1e10, "元", Money)
            .indicator("education-expenditure", "一般公共预算教育支出")
            .build();
        case.indicators[0].change = Some(Change {
            value: Some(2e9),
            unit: Some("元".into()),
            percent: Some(30.0),
            derived: false,
            base: None,
            ..Change::default()
        });
        let f = findings(case.clone(), json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].indicator.as_deref(), Some("education-expenditure"));
        case.indicators[0].change.as_mut().unwrap().percent = Some(25.0);
        assert!(findings(case, json!({})).is_empty());
    }

    #[test]
    fn options_are_validated() {
        let r = report(Some(2020), vec![("济南市", vec![jinan("14.80%", 14.80)])]);
        assert!(matches!(
            run::<GrowthConsistency>("growth", json!({"tolerance": 1}), &r),
            Err(Error::InvalidOptions(_))
        ));
        assert!(matches!(
            run::<GrowthConsistency>("growth", json!({"tolerance_percent_points": -1}), &r),
            Err(Error::InvalidOptions(_))
        ));
    }

    #[test]
    fn manifest_schema_describes_the_tolerance() {
        let m = GrowthConsistency.manifest();
        let schema = &m.check("growth").unwrap().options_schema;
        assert_eq!(
            schema["properties"]["tolerance_percent_points"]["type"],
            "number"
        );
        assert_eq!(
            schema["properties"]["tolerance_percent_points"]["default"],
            0.05
        );
        assert_eq!(schema["additionalProperties"], false);
    }
}
