//! The typed rule model: what a validated rule file turns into.
//!
//! Everything here has already been checked: indicator ids exist in the
//! catalog, bounds are consistent, regexes compile, message placeholders are
//! known to the rule's kind. The engine can trust these values and never has
//! to report a rule error while it evaluates a report.

use std::fmt;

use crate::kinds::{PluginRule, RuleKind};
use crate::template::Template;
use dutycheck_model::Severity;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Once per report; the result goes to `Evaluation::document`.
    Document,
    /// Once per section (region).
    Section,
    /// Once per case; a section fails when any of its cases fails.
    Case,
}

impl Scope {
    /// Every scope, for kinds that accept any.
    pub const ALL: [Scope; 3] = [Scope::Document, Scope::Section, Scope::Case];

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

/// One validated rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Unique in a rule set: `preschool.inclusive-coverage-2020`.
    pub id: String,
    /// One line, shown in listings: `普惠性幼儿园覆盖率达到80%`. Rendered
    /// from [`Rule::title_template`] when the title quotes the rule's
    /// bounds (`普惠性幼儿园覆盖率达到{min}%`), so that it follows overrides.
    pub title: String,
    /// The title as written, when it has placeholders (`{min}`, `{max}`,
    /// `{above}`, `{below}`, `{indicator}`, `{name}`, `{id}`): rendered
    /// again whenever the rule's bounds change (an `extends` override, the
    /// config's `rules:` and `overrides:`), so that no listing, SARIF rule
    /// or HTML chart says 80% while the rule checks 85%.
    pub title_template: Option<Template>,
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
    /// Renders [`Rule::title`] from its template with the rule's current
    /// bounds; a title without placeholders stays as written.
    pub fn render_title(&mut self, catalog: &dutycheck_catalog::Catalog) {
        let Some(template) = &self.title_template else {
            return;
        };
        let mut vars: Vec<(&str, String)> = vec![("id", self.id.clone())];
        if let RuleKind::Threshold(t) = &self.kind {
            let name = catalog.get(&t.indicator).map(|i| i.name.clone());
            vars.push(("indicator", t.indicator.clone()));
            vars.push(("name", name.unwrap_or_default().to_string()));
            let f = |v: Option<f64>| v.map(dutycheck_vocab::format_number).unwrap_or_default();
            vars.push(("min", f(t.bounds.min)));
            vars.push(("max", f(t.bounds.max)));
            vars.push(("above", f(t.bounds.above)));
            vars.push(("below", f(t.bounds.below)));
        }
        self.title =
            template.render(|n| vars.iter().find(|(k, _)| *k == n).map(|(_, v)| v.as_str()));
    }

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
            title_template: None,
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
    /// The region's reports of earlier years (`earlier: {2021: "…"}`), each a
    /// snippet as `pass` and `fail` are: with them, every snippet is judged
    /// within the history they form, as in a run over several years
    /// (`trend`, `restatement`). Needs `year`, after each of theirs.
    pub earlier: Vec<(i32, Snippet)>,
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
