//! The typed rule model: what a validated rule file turns into.
//!
//! Everything here has already been checked: indicator ids exist in the
//! catalog, bounds are consistent, regexes compile, message placeholders are
//! known to the rule's kind. The engine can trust these values and never has
//! to report a rule error while it evaluates a report.

use std::fmt;

use dutycheck_model::Severity;
use regex::Regex;

use crate::template::Template;

/// A rule's severity as written: the three finding severities plus `off`,
/// which keeps a rule loaded (so that `rules list` shows it and a pack can
/// switch it back on) but never evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleSeverity {
    Off,
    Info,
    Warning,
    Error,
}

impl RuleSeverity {
    /// The finding severity, or `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleSeverity::Off => None,
            RuleSeverity::Info => Some(Severity::Info),
            RuleSeverity::Warning => Some(Severity::Warning),
            RuleSeverity::Error => Some(Severity::Error),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RuleSeverity::Off => "off",
            RuleSeverity::Info => "info",
            RuleSeverity::Warning => "warning",
            RuleSeverity::Error => "error",
        }
    }

    pub(crate) const NAMES: [&'static str; 4] = ["off", "info", "warning", "error"];

    pub(crate) fn parse(s: &str) -> Option<RuleSeverity> {
        match s {
            "off" => Some(RuleSeverity::Off),
            "info" => Some(RuleSeverity::Info),
            "warning" => Some(RuleSeverity::Warning),
            "error" => Some(RuleSeverity::Error),
            _ => None,
        }
    }
}

impl From<Severity> for RuleSeverity {
    fn from(severity: Severity) -> RuleSeverity {
        match severity {
            Severity::Info => RuleSeverity::Info,
            Severity::Warning => RuleSeverity::Warning,
            Severity::Error => RuleSeverity::Error,
        }
    }
}

/// The unit that one rule result (one cell of the compliance matrix) is
/// given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Once per report; the result goes to `Evaluation::document`.
    Document,
    /// Once per section (region).
    Section,
    /// Once per case; a section fails when any of its cases fails.
    Case,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Document => "document",
            Scope::Section => "section",
            Scope::Case => "case",
        }
    }
}

/// The report years a rule applies to (`applies: {years: …}`). Targets change
/// over time (毛入园率 85% by 2020, 90% by 2025), so rules carry their years
/// and the engine picks them by the report's year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearRange {
    /// `2020..2024` (both ends inclusive), `2020..`, `..2020`, or `2020`
    /// (from = to).
    Between { from: Option<i32>, to: Option<i32> },
    /// `[2020, 2022]`.
    List(Vec<i32>),
}

impl YearRange {
    pub fn contains(&self, year: i32) -> bool {
        match self {
            YearRange::Between { from, to } => {
                from.is_none_or(|f| f <= year) && to.is_none_or(|t| year <= t)
            }
            YearRange::List(years) => years.contains(&year),
        }
    }
}

impl fmt::Display for YearRange {
    /// The same syntax as in rule files.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            YearRange::Between {
                from: Some(a),
                to: Some(b),
            } if a == b => write!(f, "{a}"),
            YearRange::Between { from, to } => {
                if let Some(a) = from {
                    write!(f, "{a}")?;
                }
                f.write_str("..")?;
                if let Some(b) = to {
                    write!(f, "{b}")?;
                }
                Ok(())
            }
            YearRange::List(years) => {
                let list: Vec<String> = years.iter().map(i32::to_string).collect();
                write!(f, "[{}]", list.join(", "))
            }
        }
    }
}

/// `sections: {include: [glob], exclude: [glob]}`: which sections (by name) a
/// rule applies to. Globs know `*` (any run of characters) and `?` (one
/// character), so `*市` selects cities and `*县` counties. An empty include
/// list means every section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionFilter {
    pub include: Vec<String>,
    pub exclude: Vec<String>,
}

impl SectionFilter {
    pub fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }

    /// Whether the section named `name` is selected.
    pub fn matches(&self, name: &str) -> bool {
        let included = self.include.is_empty() || self.include.iter().any(|g| glob_match(g, name));
        included && !self.exclude.iter().any(|g| glob_match(g, name))
    }
}

/// Matches `*` and `?` over characters. Iterative with one backtrack point,
/// so it is linear in practice and cannot blow up on many stars.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some((pi, ti));
                pi += 1;
            }
            Some(c) if *c == '?' || *c == t[ti] => {
                pi += 1;
                ti += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    pi = sp + 1;
                    ti = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// Numeric bounds: `min`/`max` are inclusive, `above`/`below` exclusive. At
/// least one is set, and they are consistent (checked at load time).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Bounds {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub above: Option<f64>,
    pub below: Option<f64>,
}

impl Bounds {
    /// Whether a lower bound (`min` or `above`) is set.
    pub fn has_lower(&self) -> bool {
        self.min.is_some() || self.above.is_some()
    }

    /// Whether an upper bound (`max` or `below`) is set.
    pub fn has_upper(&self) -> bool {
        self.max.is_some() || self.below.is_some()
    }
}

/// What a threshold rule compares: the reported value itself or its change
/// against the year before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The value as reported (`普惠性幼儿园覆盖率达93.37%` → 93.37).
    Value,
    /// The relative change in percent (`增长14.80%` → 14.8).
    ChangePercent,
    /// The absolute change in the indicator's unit (`增加275709万元`). For a
    /// percent indicator this is in percentage points (`提高了3.5个百分点`).
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// The fail zone: a value outside these bounds fails at the rule's
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

/// `detail:` rules: a case says enough and backs it with result figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailRule {
    /// Minimum characters of case text.
    pub min_chars: usize,
    /// Minimum result figures ([`dutycheck_model::Case::result_figures`]):
    /// years, durations and counts of meetings do not count.
    pub min_figures: usize,
}

/// `structure:` rules: a section has enough cases, numbered in sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StructureRule {
    pub min_cases: usize,
    /// When true, every numbering gap the parser found is a failure.
    pub sequential: bool,
    /// When true, every numbered line the parser did not read as a case
    /// ([`dutycheck_model::Section::unread_numbering`]) is a failure, with
    /// the parser's reason: a case lost to a misread marker is reported,
    /// never silent.
    pub unread_numbering: bool,
}

/// `requires:` rules: an indicator must be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiresRule {
    pub indicator: String,
}

/// Whether a pattern must or must not appear in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Must {
    Appear,
    NotAppear,
}

impl Must {
    pub fn as_str(self) -> &'static str {
        match self {
            Must::Appear => "appear",
            Must::NotAppear => "not-appear",
        }
    }
}

/// `pattern:` rules: a regex over each case's text.
#[derive(Debug, Clone)]
pub struct PatternRule {
    pub regex: Regex,
    pub must: Must,
    /// When this regex matches the case, the rule passes whatever `regex`
    /// says: an escape hatch ("空话" is fine when a figure follows).
    pub unless: Option<Regex>,
}

impl PartialEq for PatternRule {
    fn eq(&self, other: &Self) -> bool {
        self.regex.as_str() == other.regex.as_str()
            && self.must == other.must
            && self.unless.as_ref().map(Regex::as_str) == other.unless.as_ref().map(Regex::as_str)
    }
}

/// A comparison operator of `compare:` rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl CompareOp {
    pub fn as_str(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
            CompareOp::Eq => "==",
        }
    }

    pub(crate) const NAMES: [&'static str; 5] = ["<", "<=", ">", ">=", "=="];

    pub(crate) fn parse(s: &str) -> Option<CompareOp> {
        match s {
            "<" => Some(CompareOp::Lt),
            "<=" => Some(CompareOp::Le),
            ">" => Some(CompareOp::Gt),
            ">=" => Some(CompareOp::Ge),
            "==" => Some(CompareOp::Eq),
            _ => None,
        }
    }

    /// Applies the operator. `==` allows a relative tolerance of 1e-9, so
    /// that figures written with different precision do not differ by noise.
    pub fn holds(self, left: f64, right: f64) -> bool {
        match self {
            CompareOp::Lt => left < right,
            CompareOp::Le => left <= right,
            CompareOp::Gt => left > right,
            CompareOp::Ge => left >= right,
            CompareOp::Eq => (left - right).abs() <= 1e-9 * left.abs().max(right.abs()).max(1.0),
        }
    }
}

/// `compare:` rules: two indicators reported in the same unit stand in a
/// relation (`left op right`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRule {
    pub left: String,
    pub op: CompareOp,
    pub right: String,
    /// What a missing side is worth (as for thresholds).
    pub missing: RuleSeverity,
}

/// `plugin: NAME/CHECK` rules: a check provided by a plugin.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginRule {
    pub plugin: String,
    pub check: String,
    /// The `options:` mapping, as JSON (the plugin ABI speaks JSON). `null`
    /// when absent.
    pub options: serde_json::Value,
}

/// What a rule checks. Exactly one kind key is given in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleKind {
    Threshold(ThresholdRule),
    Detail(DetailRule),
    Structure(StructureRule),
    Requires(RequiresRule),
    Pattern(PatternRule),
    Compare(CompareRule),
    Plugin(PluginRule),
}

impl RuleKind {
    /// The kind key as written in rule files.
    pub fn name(&self) -> &'static str {
        match self {
            RuleKind::Threshold(_) => "threshold",
            RuleKind::Detail(_) => "detail",
            RuleKind::Structure(_) => "structure",
            RuleKind::Requires(_) => "requires",
            RuleKind::Pattern(_) => "pattern",
            RuleKind::Compare(_) => "compare",
            RuleKind::Plugin(_) => "plugin",
        }
    }

    /// The indicator ids the rule reads, for `rules explain` and catalogs.
    pub fn indicators(&self) -> Vec<&str> {
        match self {
            RuleKind::Threshold(t) => vec![t.indicator.as_str()],
            RuleKind::Requires(r) => vec![r.indicator.as_str()],
            RuleKind::Compare(c) => vec![c.left.as_str(), c.right.as_str()],
            _ => Vec::new(),
        }
    }
}

/// One validated rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Unique in a rule set: `preschool.inclusive-coverage-2020`.
    pub id: String,
    /// One line, shown in listings: `普惠性幼儿园覆盖率达到80%`.
    pub title: String,
    pub description: Option<String>,
    pub severity: RuleSeverity,
    pub scope: Scope,
    /// `None`: every year.
    pub years: Option<YearRange>,
    pub sections: SectionFilter,
    /// The finding message template; `None` uses the engine's default
    /// message for the kind.
    pub message: Option<Template>,
    /// Where the target comes from (documents, articles).
    pub references: Vec<String>,
    pub tags: Vec<String>,
    pub kind: RuleKind,
    /// The pack the rule came from, if its file is a pack.
    pub pack: Option<String>,
    /// The file the rule came from (`rules/custom/a.yaml`, or
    /// `builtin:national-2020` for bundled packs).
    pub origin: String,
    /// Line of the rule's `id` in `origin`.
    pub line: u32,
    /// Column of the rule's `id` value in `origin`.
    pub column: u32,
    /// The rule's own tests (`tests:` in the rule). Tests in sibling
    /// `*.test.yaml` files are read separately ([`crate::load_test_files`]).
    pub tests: Vec<RuleTest>,
}

impl Rule {
    /// A rule that runs plugin check `plugin/check` on every section, with
    /// no options and no message of its own: what a plugin loaded with
    /// `--plugin` gets for each check that no rule names. `origin` says
    /// where it was made (it has no file, so `line` and `column` are 0).
    pub fn plugin_check(
        id: impl Into<String>,
        title: impl Into<String>,
        severity: RuleSeverity,
        plugin: impl Into<String>,
        check: impl Into<String>,
        origin: impl Into<String>,
    ) -> Rule {
        Rule {
            id: id.into(),
            title: title.into(),
            description: None,
            severity,
            scope: Scope::Section,
            years: None,
            sections: SectionFilter::default(),
            message: None,
            references: Vec::new(),
            tags: Vec::new(),
            kind: RuleKind::Plugin(PluginRule {
                plugin: plugin.into(),
                check: check.into(),
                options: serde_json::Value::Null,
            }),
            pack: None,
            origin: origin.into(),
            line: 0,
            column: 0,
            tests: Vec::new(),
        }
    }
}

/// One rule test: report snippets on which the rule must stay silent
/// (`pass`) and snippets on which it must report something (`fail`).
///
/// A snippet is either a small report (a title with the year and at least one
/// section heading such as `一、东河县`) or, more often, the text of a single
/// case; a single case is wrapped into a report with one section (`测试县`)
/// before it is checked, so a test reads like the sentence it is about:
///
/// ```yaml
/// tests:
///   - year: 2020
///     pass: ["普惠性幼儿园覆盖率达到86.5%。"]
///     fail: ["普惠性幼儿园覆盖率为76%。"]
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleTest {
    /// The id of the rule under test.
    pub rule: String,
    /// An optional label shown in the test report.
    pub name: Option<String>,
    /// The report year the snippets are judged for; `None` uses the year in
    /// a snippet's title, or else the first year the rule applies to.
    pub year: Option<i32>,
    /// Snippets on which the rule must report nothing.
    pub pass: Vec<Snippet>,
    /// Snippets on which the rule must report at least one finding.
    pub fail: Vec<Snippet>,
    /// The file the test was written in (the rule file, or a `*.test.yaml`).
    pub origin: String,
    /// Line of the test in `origin`.
    pub line: u32,
}

/// One `pass:` or `fail:` snippet and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// Line of the snippet in the test's file, for pointing at a failing one.
    pub line: u32,
}

/// A pack header: `pack: {name, description, extends}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    pub name: String,
    pub description: Option<String>,
    /// Packs whose rules this one builds on. A rule here with the id of a rule
    /// in an extended pack overrides that rule key by key.
    pub extends: Vec<String>,
    pub origin: String,
}
