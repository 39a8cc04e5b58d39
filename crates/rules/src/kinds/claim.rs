//! `claim:` rules: what a report *claims* about a requirement of the
//! evaluation, checked against the figures beside the claim.
//!
//! Reports argue by claim as often as by figure: `实现“不低于”要求`,
//! `做到“两个只增不减”`, `课后服务实现全覆盖`, `超大班额全面清零`. The
//! catalog declares each requirement with the phrases that claim it, the
//! indicators whose figures evidence it, and what those figures must show
//! (`meets`); extraction records every claim per case (`claims[]`). A
//! `claim:` rule names one requirement and says what two failures are worth:
//!
//! - `evidence`: a claim with no figure of the requirement's indicators in
//!   the same section ("claimed without evidence"). `required` (the
//!   default) is a warning; a level (`error`, `warning`, `info`) sets it;
//!   `optional` or `off` reports nothing. An inspector's first question
//!   about a claim is whether anything backs it.
//! - `contradiction`: a claim next to a figure of the same section that
//!   contradicts it (`只增不减` beside a stated decline, `全覆盖` beside a
//!   coverage of 96%), or a section that claims nothing and says the
//!   requirement is not met (`未实现“两个只增不减”`). A level; `error` by
//!   default.
//!
//! Both are capped at the rule's `severity`, like a plugin's findings: a
//! rule's default severity is `warning`, so a claim rule that wants
//! contradictions to be errors says `severity: error` (as the bundled ones
//! do), and `severity: info` makes a claim rule informational. The rule's matrix cell says what was found:
//! `contradicted`, `denied` (the section says it is not met), `claimed`
//! (without evidence), `evidenced`, or `missing` when the section says
//! nothing of it.

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind};
use crate::load::{Cx, Entry, RawRule, keyword, level, text};
use crate::schema::{RuleSeverity, Scope};

/// `claim:` rules: claims of one requirement, checked against the figures
/// of the same section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRule {
    /// The catalog id of the requirement.
    pub requirement: String,
    /// The level of "claimed without evidence" (`Off`: not reported).
    pub evidence: RuleSeverity,
    /// The level of "contradicted by a figure", and of "the section says it
    /// is not met" (`Off`: not reported).
    pub contradiction: RuleSeverity,
}

/// The words `evidence:` takes besides the levels.
const EVIDENCE_WORDS: [&str; 2] = ["required", "optional"];

impl KindRule for ClaimRule {
    const SPEC: KindSpec = KindSpec {
        key: "claim",
        keys: &["evidence", "contradiction"],
        placeholders: &["requirement", "name", "claim", "indicators", "figure", "figure_line"],
        scopes: &[Scope::Section, Scope::Document],
        default_scope: Scope::Section,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn explain(&self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        let requirement = match catalog.requirement(&self.requirement) {
            Some(r) => {
                let by = if r.indicators.is_empty() {
                    "no indicator".to_string()
                } else {
                    r.indicators.join(", ")
                };
                format!("{} ({}; evidenced by {by})", r.id, r.name)
            }
            None => self.requirement.clone(),
        };
        vec![
            ("claim", requirement),
            ("evidence", self.evidence.as_str().to_string()),
            ("contradiction", self.contradiction.as_str().to_string()),
        ]
    }
}

/// The keys of a `claim:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    /// A requirement id of the catalog (`dutycheck catalog list`).
    claim: String,
    /// What a claim with no figure in its section is worth: `required` (a
    /// warning, the default), `optional` (nothing), or a level.
    evidence: Option<EvidenceWord>,
    /// What a claim contradicted by a figure is worth, and a requirement
    /// the section says is not met (`denied`): a level (default: the
    /// rule's severity).
    contradiction: Option<crate::file_schema::Level>,
}

/// `required | optional | error | warning | info | off`.
struct EvidenceWord;

impl JsonSchema for EvidenceWord {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "evidence".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let words: Vec<&str> = EVIDENCE_WORDS
            .iter()
            .chain(RuleSeverity::NAMES.iter())
            .copied()
            .collect();
        schemars::json_schema!({"oneOf": [{"enum": words}, {"const": false}]})
    }
}

fn parse(cx: &mut Cx<'_>, raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let id = text(cx, src, e.value, "`claim`")?;
    let Some(requirement) = cx.catalog.requirement(&id) else {
        cx.err(src, &e.value.referenced, format!("unknown requirement `{id}`"));
        let ids: Vec<&str> = cx
            .catalog
            .requirements()
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        match dutycheck_model::did_you_mean(&id, ids.iter().copied()) {
            Some(s) => cx.help(format!("did you mean `{s}`?")),
            None => cx.help(format!(
                "the catalog's requirements are: {} (`dutycheck catalog list`)",
                ids.join(", ")
            )),
        }
        return None;
    };
    let no_indicators = requirement.indicators.is_empty();
    let evidence = match raw.get("evidence") {
        None => RuleSeverity::Warning,
        Some(v) if v.value.value == dutycheck_catalog::yaml::Node::Bool(false) => {
            RuleSeverity::Off
        }
        Some(v) => {
            let words: Vec<&str> = EVIDENCE_WORDS
                .iter()
                .chain(RuleSeverity::NAMES.iter())
                .copied()
                .collect();
            match keyword(cx, v.src, v.value, "`evidence`", &words)?.as_str() {
                "required" => RuleSeverity::Warning,
                "optional" => RuleSeverity::Off,
                other => RuleSeverity::parse(other)?,
            }
        }
    };
    if no_indicators && evidence != RuleSeverity::Off {
        let at = raw.get("evidence").map_or(e, |v| v);
        cx.err(
            at.src,
            &at.value.referenced,
            format!("requirement `{id}` names no indicator, so no figure can evidence its claims"),
        );
        cx.help("write `evidence: optional` to record its claims only, or use a requirement whose `indicators` can back it");
        return None;
    }
    let contradiction = match raw.get("contradiction") {
        Some(v) => level(cx, v.src, v.value, "`contradiction`")?,
        None => RuleSeverity::Error,
    };
    Some(RuleKind::Claim(ClaimRule {
        requirement: id,
        evidence,
        contradiction,
    }))
}
