//! What evaluation produces: [`Finding`]s and per-rule [`Status`]es.

use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The outcome of one rule for one section: the compliance matrix cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Pass,
    Fail,
    /// The indicator the rule needs is mentioned in the section, but no
    /// value could be read from any mention (no figure in the clause, a
    /// figure of the wrong kind, two candidates, a masked `**%`), and no
    /// other mention gave one. Distinct from [`Status::Missing`]: the report
    /// may well state the value; dutycheck could not read it, and says so
    /// instead of judging. Never a pass.
    Unread,
    /// The indicator the rule needs is not reported in the section.
    Missing,
    /// The rule does not apply (other year, excluded section, rule off).
    NotApplicable,
    /// A `claim` rule: the section claims the requirement is met and a
    /// figure of the same section backs the claim. Counts as a pass.
    Evidenced,
    /// A `claim` rule: the section claims the requirement is met, and no
    /// figure of the same section backs or denies it ("claimed without
    /// evidence"). Neither a pass nor a failure: a claim an inspector has to
    /// verify; its finding (a warning by default) says so.
    Claimed,
    /// A `claim` rule: the section claims the requirement is met, and a
    /// figure of the same section contradicts the claim. Counts as a
    /// failure.
    Contradicted,
    /// A `claim` rule: the section makes no claim that the requirement is
    /// met, and says it is not (`未实现“两个只增不减”`, `教师工资未达到当地
    /// 公务员平均工资收入水平`, `课后服务全覆盖仍有差距`). Counts as a
    /// failure: the report's own words state it, and a bulletin or a piece of
    /// feedback states its problems this way, often without a figure.
    Denied,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Unread => "unread",
            Status::Missing => "missing",
            Status::NotApplicable => "not-applicable",
            Status::Evidenced => "evidenced",
            Status::Claimed => "claimed",
            Status::Contradicted => "contradicted",
            Status::Denied => "denied",
        }
    }

    /// Whether the cell fails its section: `fail`, a claim contradicted
    /// by a figure, or a requirement the section says is not met.
    pub fn fails(self) -> bool {
        matches!(self, Status::Fail | Status::Contradicted | Status::Denied)
    }

    /// Whether the cell passes: `pass`, or a claim backed by a figure.
    pub fn passes(self) -> bool {
        matches!(self, Status::Pass | Status::Evidenced)
    }

    /// The statuses only `claim` rules give, in the order they outrank each
    /// other when cells are combined.
    pub const CLAIMS: [Status; 4] = [
        Status::Contradicted,
        Status::Denied,
        Status::Claimed,
        Status::Evidenced,
    ];
}

/// The rule id of the findings `dutycheck check --show-unread` adds: one
/// `info` finding per indicator mention that no value was read from. Here,
/// not in the engine, because renderers treat them as what they are (a list
/// of what was not read, not a failure) without depending on the engine.
pub const UNREAD_MENTION: &str = "engine.unread-mention";

/// One problem found in a report by a rule or a plugin check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Finding {
    /// The rule id (or `plugin/check` for plugin checks).
    pub rule: String,
    pub severity: Severity,
    pub path: String,
    /// The section name, when the finding belongs to one.
    pub section: Option<String>,
    /// The case number, when the finding belongs to one.
    pub case: Option<u32>,
    pub line: u32,
    pub column: u32,
    /// How many characters of the original line the finding covers, for
    /// underlining. At least 1.
    #[serde(default = "one")]
    pub length: u32,
    pub message: String,
    pub indicator: Option<String>,
    pub value: Option<f64>,
}

fn one() -> u32 {
    1
}
