//! `part-whole`: parts must fit their wholes, stated shares must match, and
//! rates cannot exceed 100% unless they are gross rates.
//!
//! Three checks, each a piece of arithmetic a reader does in their head and
//! a YAML threshold cannot:
//!
//! * `subtotal`: "设名师岗位657个，其中农村397个": what follows 其中
//!   ("of which") is a part of the figure before it, so the parts listed
//!   after 其中, added up, cannot exceed the whole.
//! * `share`: "其中普惠性幼儿园1100所，占91.6%": a stated share must equal
//!   the part divided by the whole, when the case gives both.
//! * `rate-range`: a rate (覆盖率, 巩固率, 占比 …) above 100% is impossible,
//!   except for *gross* rates (学前三年毛入园率 126% is real: children
//!   outside the age band count in the numerator), which are listed in the
//!   `allow_above_100` option by indicator id and by name.
//!
//! Figures qualified as approximate are treated by what they claim: a part
//! written "397个以上" is at least 397, so it still cannot exceed an exact
//! whole of 300; a whole written "约600个" makes no claim precise enough to
//! contradict, and is skipped.

use dutycheck_plugin::model::{Case, Qualifier, Quantity, QuantityKind, Report, Severity};
use dutycheck_plugin::text::{chars, crosses_clause, crosses_sentence, rounding_slack};
use dutycheck_plugin::vocab::format_decimals;
use dutycheck_plugin::{CheckManifest, Error, Manifest, Plugin, PluginFinding, Request};
use schemars::JsonSchema;
use serde::Deserialize;

/// Options of the `share` check.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShareOptions {
    /// How far, in percentage points, a stated share may differ from part ÷
    /// whole beyond the rounding of the written share.
    #[serde(default = "default_tolerance")]
    #[schemars(range(min = 0.0, max = 100.0))]
    pub tolerance_percent_points: f64,
}

fn default_tolerance() -> f64 {
    0.1
}

/// Options of the `rate-range` check.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RateOptions {
    /// Indicator ids and name fragments of rates that may exceed 100%
    /// (gross rates). Replaces the default list when given.
    #[serde(default = "default_allowed")]
    pub allow_above_100: Vec<String>,
}

fn default_allowed() -> Vec<String> {
    [
        "preschool-gross-enrollment",
        "highschool-gross-enrollment",
        "毛入园率",
        "毛入学率",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

/// The plugin.
#[derive(Debug, Default)]
pub struct PartWhole;

impl Plugin for PartWhole {
    fn manifest(&self) -> Manifest {
        Manifest::new(env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"))
            .description("Parts must fit their wholes, stated shares must match, rates stay at or below 100%.")
            .with_check(CheckManifest::new(
                "subtotal",
                "The parts listed after 其中 must not add up to more than the whole before it.",
                Severity::Error,
            ))
            .with_check(
                CheckManifest::new(
                    "share",
                    "A stated share (占…的X%) must equal the part divided by the whole where both are given.",
                    Severity::Warning,
                )
                .options::<ShareOptions>(),
            )
            .with_check(
                CheckManifest::new(
                    "rate-range",
                    "A rate above 100% is flagged unless it is a gross rate (毛入园率, 毛入学率).",
                    Severity::Error,
                )
                .options::<RateOptions>(),
            )
    }

    fn run(&self, request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error> {
        let mut findings = Vec::new();
        let each_case = |f: &mut dyn FnMut(usize, usize, &Case)| {
            for (s, section) in report.sections.iter().enumerate() {
                for (c, case) in section.cases.iter().enumerate() {
                    f(s, c, case);
                }
            }
        };
        match request.check.as_str() {
            "subtotal" => each_case(&mut |s, c, case| subtotal(s, c, case, &mut findings)),
            "share" => {
                let options: ShareOptions = request.options()?;
                if !options.tolerance_percent_points.is_finite()
                    || options.tolerance_percent_points < 0.0
                {
                    return Err(Error::InvalidOptions(
                        "tolerance_percent_points must be at or above 0".into(),
                    ));
                }
                each_case(&mut |s, c, case| share(s, c, case, &options, &mut findings));
            }
            "rate-range" => {
                let options: RateOptions = request.options()?;
                each_case(&mut |s, c, case| rate_range(s, c, case, &options, &mut findings));
            }
            other => return Err(Error::UnknownCheck(other.to_string())),
        }
        Ok(findings)
    }
}

dutycheck_plugin::export_plugin!(PartWhole);

/// Kinds a part/whole relation makes sense for.
fn additive(q: &Quantity) -> bool {
    matches!(
        q.kind,
        QuantityKind::Count | QuantityKind::Money | QuantityKind::Measure
    )
}

/// The character offset just after the first `其中` at or after `from`
/// (exclusive of `to`), if any.
fn qizhong_in(text: &str, from: usize, to: usize) -> Option<usize> {
    let window = chars(text, from, to);
    let byte = window.find("其中")?;
    Some(from + window[..byte].chars().count() + 2)
}

/// A whole and the parts that follow its 其中.
struct Breakdown<'a> {
    whole: &'a Quantity,
    parts: Vec<&'a Quantity>,
}

/// Finds "WHOLE … 其中 … PART、PART" groups. The whole is the nearest
/// additive figure before 其中 in the same sentence; the parts are the
/// figures after it with the same unit, up to the end of the sentence.
fn breakdowns(case: &Case) -> Vec<Breakdown<'_>> {
    let text = &case.text;
    let qs = &case.quantities;
    let mut out = Vec::new();
    for (i, whole) in qs.iter().enumerate() {
        if !additive(whole) {
            continue;
        }
        let Some(next) = qs.get(i + 1) else { continue };
        let Some(after) = qizhong_in(text, whole.end, next.start) else {
            continue;
        };
        if crosses_sentence(text, whole.end, after) {
            continue;
        }
        let parts: Vec<&Quantity> = qs[i + 1..]
            .iter()
            .take_while(|q| !crosses_sentence(text, after, q.start))
            .filter(|q| q.kind == whole.kind && q.unit == whole.unit)
            .collect();
        if !parts.is_empty() {
            out.push(Breakdown { whole, parts });
        }
    }
    out
}

fn subtotal(s: usize, c: usize, case: &Case, out: &mut Vec<PluginFinding>) {
    for b in breakdowns(case) {
        if !matches!(b.whole.qualifier, Qualifier::Exact | Qualifier::AtMost) {
            continue;
        }
        // Lower bounds of the parts: exact and "more than" figures claim at
        // least their value; "about", "nearly" and "at most" claim less.
        let sum: f64 = b
            .parts
            .iter()
            .filter(|q| matches!(q.qualifier, Qualifier::Exact | Qualifier::MoreThan))
            .map(|q| q.value)
            .sum();
        if sum > b.whole.value * (1.0 + 1e-9) {
            let last = b.parts.last().map_or(b.whole.end, |q| q.end);
            let listed: Vec<&str> = b.parts.iter().map(|q| q.text.as_str()).collect();
            out.push(
                PluginFinding::at(
                    s,
                    c,
                    b.whole.start,
                    last,
                    format!(
                        "其中所列部分（{}）合计{}，超过总数{}",
                        listed.join("、"),
                        format_decimals(sum, 2),
                        b.whole.text
                    ),
                )
                .with_value(sum),
            );
        }
    }
}

/// A percentage introduced as a share: `占91.6%`, `占比91.6%`,
/// `占全市…的91.6%`. Returns the offset of `占`.
fn share_marker(text: &str, rate: &Quantity) -> Option<usize> {
    // Look back up to 20 characters within the clause.
    let from = rate.start.saturating_sub(20);
    let window = chars(text, from, rate.start);
    let byte = window.rfind('占')?;
    let at = from + window[..byte].chars().count();
    (!crosses_clause(text, at, rate.start)).then_some(at)
}

fn share(s: usize, c: usize, case: &Case, options: &ShareOptions, out: &mut Vec<PluginFinding>) {
    let text = &case.text;
    for b in breakdowns(case) {
        if b.whole.qualifier != Qualifier::Exact {
            continue;
        }
        for part in b.parts.iter().filter(|q| q.qualifier == Qualifier::Exact) {
            // The share is the next percentage after the part, in the same
            // sentence, introduced with 占, with no other figure between.
            let Some(rate) = case
                .quantities
                .iter()
                .find(|q| q.start >= part.end && q.kind != QuantityKind::Year)
            else {
                continue;
            };
            if rate.kind != QuantityKind::Percent
                || rate.qualifier != Qualifier::Exact
                || crosses_sentence(text, part.end, rate.start)
            {
                continue;
            }
            let Some(marker) = share_marker(text, rate) else {
                continue;
            };
            if marker < part.end || b.whole.value <= 0.0 {
                continue;
            }
            let computed = part.value / b.whole.value * 100.0;
            let slack = rounding_slack(&rate.text) + options.tolerance_percent_points;
            if (computed - rate.value).abs() > slack {
                out.push(
                    PluginFinding::at(
                        s,
                        c,
                        part.start,
                        rate.end,
                        format!(
                            "占比{}与{}÷{}={:.2}%不符",
                            rate.text, part.text, b.whole.text, computed
                        ),
                    )
                    .with_value(rate.value),
                );
            }
        }
    }
}

/// Words that make a percentage a rate (a share of a population) rather
/// than a growth figure.
const RATE_WORDS: &[&str] = &["率", "比例", "占比", "覆盖面"];
/// Words that make a percentage a change, which may exceed 100%.
const CHANGE_WORDS: &[&str] = &["增长", "增幅", "提高了", "提升了", "翻"];

fn rate_range(
    s: usize,
    c: usize,
    case: &Case,
    options: &RateOptions,
    out: &mut Vec<PluginFinding>,
) {
    let text = &case.text;
    let allowed = |id: &str, name: &str| {
        options
            .allow_above_100
            .iter()
            .any(|a| a == id || (!a.is_empty() && name.contains(a.as_str())))
    };
    let mut seen = Vec::new();
    // Levels only: a change stated alone has no value.
    for (iv, value) in case
        .indicators
        .iter()
        .filter_map(|iv| Some((iv, iv.value?)))
    {
        if iv.unit == "%" && value > 100.0 && !allowed(&iv.indicator, &iv.mention) {
            seen.push(iv.start);
            out.push(
                PluginFinding::at(
                    s,
                    c,
                    iv.start,
                    iv.end,
                    format!("{}为{}%，超过100%", iv.mention, format_decimals(value, 2)),
                )
                .with_indicator(iv.indicator.clone())
                .with_value(value),
            );
        } else if iv.unit == "%" {
            seen.push(iv.start);
        }
    }
    for q in &case.quantities {
        if q.kind != QuantityKind::Percent || q.value <= 100.0 || seen.contains(&q.start) {
            continue;
        }
        // The words of the clause before the figure decide what it is.
        let from = (0..q.start)
            .rev()
            .find(|&i| crosses_clause(text, i, i + 1))
            .map_or(0, |i| i + 1);
        let lead = chars(text, from, q.start);
        if CHANGE_WORDS.iter().any(|w| lead.contains(w))
            || !RATE_WORDS.iter().any(|w| lead.contains(w))
        {
            continue;
        }
        if allowed("", &lead) {
            continue;
        }
        out.push(
            PluginFinding::at(s, c, q.start, q.end, format!("{}{}超过100%", lead, q.text))
                .with_value(q.value),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dutycheck_plugin::model::QuantityKind::*;
    use dutycheck_plugin::testing::{CaseBuilder, report, run};
    use serde_json::json;

    fn go(check: &str, case: Case, options: serde_json::Value) -> Vec<PluginFinding> {
        let r = report(Some(2020), vec![("某市", vec![case])]);
        run::<PartWhole>(check, options, &r).unwrap()
    }

    #[test]
    fn parts_within_their_whole_pass() {
        let case = CaseBuilder::new(1, "设名师岗位657个，其中农村397个、城区200个。")
            .quantity("657个", 657.0, "个", Count)
            .quantity("397个", 397.0, "个", Count)
            .quantity("200个", 200.0, "个", Count)
            .build();
        assert!(go("subtotal", case, json!({})).is_empty());
    }

    #[test]
    fn parts_exceeding_the_whole_are_flagged() {
        let case = CaseBuilder::new(
            1,
            "设名师岗位657个，其中农村397个、城区300个。共建学校10所。",
        )
        .quantity("657个", 657.0, "个", Count)
        .quantity("397个", 397.0, "个", Count)
        .quantity("300个", 300.0, "个", Count)
        .quantity("10所", 10.0, "所", Count)
        .build();
        let f = go("subtotal", case.clone(), json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("697"), "{}", f[0].message);
        let span = f[0].span.unwrap();
        assert_eq!(
            chars(&case.text, span.start, span.end),
            "657个，其中农村397个、城区300个"
        );
    }

    #[test]
    fn a_single_part_larger_than_its_whole_is_flagged_but_not_across_sentences() {
        let case = CaseBuilder::new(1, "新增学位900个，其中公办园学位1200个。")
            .quantity("900个", 900.0, "个", Count)
            .quantity("1200个", 1200.0, "个", Count)
            .build();
        assert_eq!(go("subtotal", case, json!({})).len(), 1);
        let case = CaseBuilder::new(1, "新增学位900个。其中公办园学位1200个。")
            .quantity("900个", 900.0, "个", Count)
            .quantity("1200个", 1200.0, "个", Count)
            .build();
        assert!(go("subtotal", case, json!({})).is_empty());
        let case = CaseBuilder::new(1, "新增学位约900个，其中公办园学位1000个。")
            .quantity("约900个", 900.0, "个", Count)
            .quantity("1000个", 1000.0, "个", Count)
            .build();
        assert!(
            go("subtotal", case, json!({})).is_empty(),
            "approximate whole"
        );
    }

    fn kindergartens(share: &str, value: f64) -> Case {
        CaseBuilder::new(
            1,
            &format!("全市幼儿园1200所，其中普惠性幼儿园1100所，占{share}。"),
        )
        .quantity("1200所", 1200.0, "所", Count)
        .quantity("1100所", 1100.0, "所", Count)
        .quantity(share, value, "%", Percent)
        .build()
    }

    #[test]
    fn stated_shares_must_match() {
        // 1100 / 1200 = 91.67%.
        assert!(go("share", kindergartens("91.7%", 91.7), json!({})).is_empty());
        let f = go("share", kindergartens("95%", 95.0), json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("91.67%"), "{}", f[0].message);
        assert!(
            go(
                "share",
                kindergartens("95%", 95.0),
                json!({"tolerance_percent_points": 3})
            )
            .is_empty()
        );
    }

    #[test]
    fn rates_above_100_are_flagged_except_gross_rates() {
        let case = CaseBuilder::new(
            1,
            "普惠性幼儿园覆盖率达105%，学前三年毛入园率达126%，经费增长150%。",
        )
        .quantity("105%", 105.0, "%", Percent)
        .quantity("126%", 126.0, "%", Percent)
        .quantity("150%", 150.0, "%", Percent)
        .build();
        let f = go("rate-range", case, json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].value, Some(105.0));
        assert!(f[0].message.contains("覆盖率"), "{}", f[0].message);
    }

    #[test]
    fn indicators_above_100_use_the_allow_list() {
        let case = CaseBuilder::new(1, "毛入园率126%，巩固率101%。")
            .quantity("126%", 126.0, "%", Percent)
            .indicator("preschool-gross-enrollment", "学前三年毛入园率")
            .quantity("101%", 101.0, "%", Percent)
            .indicator("compulsory-retention", "九年义务教育巩固率")
            .build();
        let f = go("rate-range", case.clone(), json!({}));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].indicator.as_deref(), Some("compulsory-retention"));
        let f = go(
            "rate-range",
            case,
            json!({"allow_above_100": ["compulsory-retention"]}),
        );
        assert_eq!(f.len(), 1, "the list replaces the default: {f:?}");
        assert_eq!(
            f[0].indicator.as_deref(),
            Some("preschool-gross-enrollment")
        );
    }

    #[test]
    fn unknown_checks_and_bad_options_are_errors() {
        let r = report(Some(2020), vec![]);
        assert!(matches!(
            run::<PartWhole>("nope", json!({}), &r),
            Err(Error::UnknownCheck(_))
        ));
        assert!(matches!(
            run::<PartWhole>("share", json!({"tolerance_percent_points": "x"}), &r),
            Err(Error::InvalidOptions(_))
        ));
    }
}
