//! `threshold:` rules: every reported value of an indicator (`indicator`)
//! is within bounds, optionally with a stricter warn zone (`warn`), measured
//! as the value or its change (`measure`), with `missing` saying what an
//! unreported indicator is worth.

use std::fmt;

use dutycheck_catalog::Catalog;
use dutycheck_model::QuantityKind;
use serde_saphyr::Location;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind, explain_indicator};
use crate::load::{BoundsAt, Cx, Entry, RawRule, bounds, indicator_id, keyword, level};
use crate::schema::{Bounds, RuleSeverity, Scope};

/// What a threshold rule compares: the reported value itself or its change
/// against the year before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
pub enum Measure {
    /// The value as reported (`普惠性幼儿园覆盖率达93.37%` → 93.37).
    #[serde(rename = "value")]
    Value,
    /// The relative change in percent (`增长14.80%` → 14.8).
    #[serde(rename = "change.percent")]
    ChangePercent,
    /// The absolute change in the indicator's unit (`增加275709万元`). For a
    /// percent indicator this is in percentage points (`提高了3.5个百分点`).
    #[serde(rename = "change.value")]
    ChangeValue,
}

impl Measure {
    /// The kind of number this measure reads from an indicator of `kind`:
    /// the value is of the indicator's kind, a relative change is a percent,
    /// and an absolute change is of [`dutycheck_vocab::units::change_kind`]
    /// (percentage points for a rate). With
    /// [`dutycheck_vocab::units::unit_of`] this is the one (kind, measure) →
    /// unit table: messages, charts, generated tests and the `unit:` check
    /// all read it.
    pub fn kind_of(self, kind: dutycheck_model::QuantityKind) -> dutycheck_model::QuantityKind {
        match self {
            Measure::Value => kind,
            Measure::ChangePercent => dutycheck_model::QuantityKind::Percent,
            Measure::ChangeValue => dutycheck_vocab::units::change_kind(kind),
        }
    }

    /// The written unit of what this measure reads from an indicator of
    /// `kind` (`%`, `个百分点`, `元`; empty for counts and measures, whose
    /// unit is the figure's own word).
    pub fn unit(self, kind: dutycheck_model::QuantityKind) -> &'static str {
        dutycheck_vocab::units::unit_of(self.kind_of(kind))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Value => "value",
            Measure::ChangePercent => "change.percent",
            Measure::ChangeValue => "change.value",
        }
    }
}

/// The unit a threshold's bounds are written in (`threshold: {min: 3, unit:
/// percentage-points}`).
///
/// Declaring it is optional, but when declared it must be the unit of what the
/// rule measures. That catches the classic slip of reports and rules alike:
/// `提高了3个百分点` is not `增长3%`, and `90%` is 10 percentage points above
/// `80%`, not 12.5% above it. A rule that holds a `change.value` of a percent
/// indicator (measured in percentage points) against `unit: percent`, or the
/// money of `education-expenditure` against `unit: count`, is refused at load
/// time instead of silently comparing numbers of different kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A rate or share in percent, or a relative change in percent
    /// (`measure: change.percent`).
    Percent,
    /// The difference of two percentages (`个百分点`): the absolute change of
    /// a percent indicator.
    PercentagePoints,
    /// Money in 元 (bounds are in 元, not 万元: reports are normalised).
    Yuan,
    /// A number of things (schools, places, teachers).
    Count,
}

impl Unit {
    /// The name as written in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::PercentagePoints => "percentage-points",
            Unit::Yuan => "yuan",
            Unit::Count => "count",
        }
    }

    pub(crate) const NAMES: [&'static str; 4] = ["percent", "percentage-points", "yuan", "count"];

    pub(crate) fn parse(s: &str) -> Option<Unit> {
        match s {
            "percent" => Some(Unit::Percent),
            "percentage-points" => Some(Unit::PercentagePoints),
            "yuan" => Some(Unit::Yuan),
            "count" => Some(Unit::Count),
            _ => None,
        }
    }

    /// The unit of what `measure` reads from an indicator of `kind`, or
    /// `None` when no declarable unit fits (physical measures, permille).
    /// The absolute change of a percentage is in percentage points; the
    /// relative change of anything is in percent.
    pub fn measured(kind: dutycheck_model::QuantityKind, measure: Measure) -> Option<Unit> {
        use dutycheck_model::QuantityKind as K;
        match measure.kind_of(kind) {
            K::Percent => Some(Unit::Percent),
            K::PercentagePoints => Some(Unit::PercentagePoints),
            K::Money => Some(Unit::Yuan),
            K::Count => Some(Unit::Count),
            _ => None,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `threshold:` rules: every reported value of an indicator is within bounds.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdRule {
    /// The catalog id of the indicator.
    pub indicator: String,
    /// The bounds a value must keep to pass (`min`/`max` inclusive,
    /// `above`/`below` exclusive); a value outside them fails at the rule's
    /// severity.
    pub bounds: Bounds,
    /// The optional warn zone: a value inside `bounds` but outside `warn`
    /// passes, with a warning (see the engine).
    pub warn: Option<Bounds>,
    pub measure: Measure,
    /// The unit the bounds are declared in, when the rule says so; already
    /// checked against the indicator's kind and the measure.
    pub unit: Option<Unit>,
    /// What an unreported indicator is worth. `Off`: status `missing`, no
    /// finding.
    pub missing: RuleSeverity,
}

impl KindRule for ThresholdRule {
    const SPEC: KindSpec = KindSpec {
        key: "threshold",
        keys: &["indicator", "warn", "measure", "missing"],
        placeholders: &[
            "indicator", "name", "value", "unit", "change", "min", "max", "above", "below", "measure",
        ],
        scopes: &Scope::ALL,
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn indicators(&self) -> Vec<&str> {
        vec![self.indicator.as_str()]
    }

    fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("indicator", explain_indicator(catalog, &self.indicator)),
            ("measure", self.measure.as_str().to_string()),
            ("threshold", bounds_text(&self.bounds)),
        ];
        if let Some(w) = &self.warn {
            out.push((
                "warn",
                format!("{} (outside: a warning, status still pass)", bounds_text(w)),
            ));
        }
        if let Some(u) = self.unit {
            out.push(("unit", u.as_str().to_string()));
        }
        out.push(("missing", self.missing.as_str().to_string()));
        out
    }
}

/// Bounds in words for `rules explain`: `≥ 80 (min, inclusive)`.
pub fn bounds_text(b: &Bounds) -> String {
    let mut parts = Vec::new();
    let f = dutycheck_vocab::format_number;
    if let Some(v) = b.min {
        parts.push(format!("≥ {} (min, inclusive)", f(v)));
    }
    if let Some(v) = b.above {
        parts.push(format!("> {} (above, exclusive)", f(v)));
    }
    if let Some(v) = b.max {
        parts.push(format!("≤ {} (max, inclusive)", f(v)));
    }
    if let Some(v) = b.below {
        parts.push(format!("< {} (below, exclusive)", f(v)));
    }
    parts.join(" and ")
}

/// The keys of a `threshold:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    /// The bounds a value must keep to pass (`min`/`max` inclusive,
    /// `above`/`below` exclusive); a value outside them fails at the rule's
    /// severity.
    threshold: ThresholdKeys,
    /// A catalog id (rules/catalog.yaml).
    indicator: Option<String>,
    /// A stricter zone: inside threshold but outside warn passes with a
    /// warning.
    warn: Option<BoundsKeys>,
    measure: Option<Measure>,
    /// What an unreported indicator is worth.
    missing: Option<crate::file_schema::Level>,
}

/// Numeric bounds: at least one, never both `min` and `above` (or `max`
/// and `below`).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend(
    "minProperties" = 1,
    "not" = {"anyOf": [{"required": ["min", "above"]}, {"required": ["max", "below"]}]}
))]
#[allow(dead_code)]
struct BoundsKeys {
    /// Inclusive lower bound: value ≥ min.
    min: Option<f64>,
    /// Inclusive upper bound: value ≤ max.
    max: Option<f64>,
    /// Exclusive lower bound: value > above.
    above: Option<f64>,
    /// Exclusive upper bound: value < below.
    below: Option<f64>,
}

/// The bounds of `threshold:`: [`BoundsKeys`] with at least one bound, and
/// the `unit` they are declared in (only `threshold` may declare it).
struct ThresholdKeys;

impl JsonSchema for ThresholdKeys {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "threshold".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = BoundsKeys::json_schema(generator);
        let mut unit = generator.subschema_for::<Unit>().to_value();
        if let Some(u) = unit.as_object_mut() {
            u.insert(
                "description".into(),
                "The unit the bounds are in; it must be the unit of what the rule measures (the change.value of a percent indicator is in percentage points).".into(),
            );
        }
        if let Some(props) = schema
            .get_mut("properties")
            .and_then(serde_json::Value::as_object_mut)
        {
            props.insert("unit".into(), unit);
        }
        schema.remove("minProperties");
        schema.insert(
            "anyOf".into(),
            serde_json::json!([{"required": ["min"]}, {"required": ["max"]}, {"required": ["above"]}, {"required": ["below"]}]),
        );
        schema
    }
}

fn parse(cx: &mut Cx<'_>, raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let indicator = match raw.get("indicator") {
        Some(i) => indicator_id(cx, i.src, i.value, "`indicator`"),
        None => {
            cx.err(
                e.src,
                &e.key.referenced,
                "a threshold rule needs an `indicator`",
            );
            cx.help(
                "add `indicator: <catalog id>`, such as `indicator: preschool-inclusive-coverage`",
            );
            None
        }
    };
    let bounds_at = bounds(cx, e.src, e.value, "threshold", true);
    let warn = raw
        .get("warn")
        .map(|w| (bounds(cx, w.src, w.value, "warn", false), w.src));
    let measure = match raw.get("measure") {
        Some(m) => match keyword(
            cx,
            m.src,
            m.value,
            "`measure`",
            &["value", "change.percent", "change.value"],
        )
        .as_deref()
        {
            Some("value") => Some(Measure::Value),
            Some("change.percent") => Some(Measure::ChangePercent),
            Some("change.value") => Some(Measure::ChangeValue),
            _ => None,
        },
        None => Some(Measure::Value),
    };
    let missing = match raw.get("missing") {
        Some(m) => level(cx, m.src, m.value, "`missing`"),
        None => Some(RuleSeverity::Off),
    };
    let indicator = indicator?;
    let measure = measure?;
    // A percentage that cannot exceed 100 (coverage, shares) makes a bound
    // above 100 a typo: `min: 800` for 80, or a threshold meant for a change.
    if let Some(ind) = cx.catalog.get(&indicator)
        && ind.kind == QuantityKind::Percent
        && !ind.may_exceed_100
        && measure != Measure::ChangePercent
    {
        let mut all: Vec<(usize, &BoundsAt)> = Vec::new();
        if let Some(b) = &bounds_at {
            all.push((e.src, b));
        }
        if let Some((Some(b), src)) = &warn {
            all.push((*src, b));
        }
        for (src, b) in all {
            for (name, value, at) in &b.spans {
                if *value > 100.0 {
                    let unit = if measure == Measure::ChangeValue {
                        "percentage points"
                    } else {
                        "%"
                    };
                    cx.err(
                        src,
                        at,
                        format!(
                            "`{name}: {}` is above 100, but `{indicator}` ({}) is a percentage that cannot exceed 100{}",
                            dutycheck_vocab::format_number(*value),
                            ind.name,
                            if unit == "%" { "%" } else { " percentage points" }
                        ),
                    );
                    cx.help(
                        "only gross rates (marked `may_exceed_100` in the catalog) pass 100%; for growth use `measure: change.percent`",
                    );
                }
            }
        }
    }
    let unit = match bounds_at.as_ref().and_then(|b| b.unit) {
        Some((unit, at)) => Some(check_unit(cx, e.src, &at, unit, &indicator, measure)?),
        None => None,
    };
    let bounds = bounds_at?.bounds;
    let warn = match warn {
        Some((w, _)) => Some(w?.bounds),
        None => None,
    };
    Some(RuleKind::Threshold(ThresholdRule {
        indicator,
        bounds,
        warn,
        measure,
        unit,
        missing: missing?,
    }))
}

/// Checks a declared `unit:` against what the rule measures: the unit of the
/// indicator's kind for `measure: value`, percent for `change.percent`, and
/// for `change.value` the unit of an absolute change, which for a percentage
/// is percentage points. Comparing percent with percentage points, or money
/// with a count, is the mistake this exists to catch.
fn check_unit(
    cx: &mut Cx<'_>,
    src: usize,
    at: &Location,
    unit: Unit,
    indicator: &str,
    measure: Measure,
) -> Option<Unit> {
    let ind = cx.catalog.get(indicator)?;
    let expected = Unit::measured(ind.kind, measure);
    if expected == Some(unit) {
        return Some(unit);
    }
    let (name, kind) = (ind.name.clone(), ind.kind.as_str());
    let what = match expected {
        Some(e) => format!("measured in {}", unit_words(e)),
        None => "measured in a unit that cannot be declared".to_string(),
    };
    cx.err(
        src,
        at,
        format!(
            "`unit: {unit}` does not fit: `{}` of `{indicator}` ({name}, a {kind} indicator) is {what}, not {}",
            measure.as_str(),
            unit_words(unit)
        ),
    );
    match (expected, measure, unit) {
        (Some(Unit::PercentagePoints), _, Unit::Percent) => cx.help(
            "the absolute change of a percentage is in percentage points (`提高了3个百分点`); write `unit: percentage-points`, or `measure: change.percent` for relative growth (`增长3%`)",
        ),
        (Some(Unit::Percent), Measure::Value, Unit::PercentagePoints) => cx.help(
            "a rate is in percent; to bound its change in percentage points write `measure: change.value`",
        ),
        (Some(e), _, _) => cx.help(format!("write `unit: {e}` or leave `unit` out")),
        (None, _, _) => cx.help("leave `unit` out"),
    }
    None
}

fn unit_words(unit: Unit) -> &'static str {
    match unit {
        Unit::Percent => "percent",
        Unit::PercentagePoints => "percentage points",
        Unit::Yuan => "yuan (money)",
        Unit::Count => "a count",
    }
}

