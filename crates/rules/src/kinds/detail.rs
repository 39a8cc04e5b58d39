//! `detail:` rules: a case says enough (`min_chars`), backs it with result
//! figures (`min_figures`) and has the parts inspectors look for
//! (`require:`: a result figure, a baseline it is measured against, the
//! scale). Judged per case; default scope `case`.
//!
//! Why parts and not only counts: "sufficiently detailed" means a case shows
//! what it achieved *and* what that is measured against. `新建幼儿园6所` is a
//! figure; `普惠性幼儿园覆盖率达86.4%，比上年提高3.2个百分点` is a result with a
//! baseline. Counting figures cannot tell the two apart; the statements
//! extraction reads can.

use dutycheck_catalog::Catalog;

use schemars::JsonSchema;

use super::{KindRule, KindSpec, RuleKind};
use serde_saphyr::Spanned;

use crate::load::{Cx, Entry, RawRule, count, keyword, map_fields};
use crate::node::Node;
use crate::schema::Scope;

/// `detail:` rules: a case says enough and backs it with result figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailRule {
    /// Minimum characters of case text.
    pub min_chars: usize,
    /// Minimum result figures ([`dutycheck_model::Case::result_figures`]):
    /// years, durations and counts of meetings do not count.
    pub min_figures: usize,
    /// `require:`: the parts a case must have.
    pub require: CaseParts,
    /// `if_has:`: the rule judges only the cases that have these parts;
    /// the others are not applicable (a rule about baselines says nothing
    /// about a case with no result, which another rule reports).
    pub if_has: CaseParts,
}

/// A part of a case that `require:` can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CasePart {
    /// A result: a level stated for an indicator, or a result figure that
    /// is not itself a change (a count, an amount, a rate).
    ResultFigure,
    /// What the result is measured against: a change against the year
    /// before, a from→to, or a comparison with a target, a standard or an
    /// average.
    Baseline,
    /// How big: how many schools, pupils or teachers (`所`, `人`, `名`).
    Scale,
}

impl CasePart {
    /// Every part with its name in rule files, in the order messages list
    /// them.
    pub const ALL: [(&'static str, CasePart); 3] = [
        ("result-figure", CasePart::ResultFigure),
        ("baseline", CasePart::Baseline),
        ("scale", CasePart::Scale),
    ];

    /// The name in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            CasePart::ResultFigure => "result-figure",
            CasePart::Baseline => "baseline",
            CasePart::Scale => "scale",
        }
    }

    /// What the part is, for messages (`{missing}`), in the report's
    /// language.
    pub fn words(self) -> &'static str {
        match self {
            CasePart::ResultFigure => "成效数字（达到的数值或成果数量）",
            CasePart::Baseline => "比较基准（与上年相比的变化、由…到…，或与目标、标准、平均水平的比较）",
            CasePart::Scale => "规模（学校、学生或教师的数量）",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`CasePart`]s (small and `Copy`, like the rule that holds it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CaseParts(u8);

impl CaseParts {
    pub fn insert(&mut self, part: CasePart) {
        self.0 |= part.bit();
    }

    pub fn contains(self, part: CasePart) -> bool {
        self.0 & part.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The parts of `self` that `other` lacks.
    pub fn without(self, other: CaseParts) -> CaseParts {
        CaseParts(self.0 & !other.0)
    }

    /// The parts, in [`CasePart::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = CasePart> {
        CasePart::ALL
            .into_iter()
            .map(|(_, p)| p)
            .filter(move |p| self.contains(*p))
    }

    /// The names, for `rules explain`: `result-figure, baseline`.
    pub fn names(self) -> String {
        self.iter()
            .map(CasePart::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl FromIterator<CasePart> for CaseParts {
    fn from_iter<I: IntoIterator<Item = CasePart>>(iter: I) -> Self {
        let mut parts = CaseParts::default();
        for p in iter {
            parts.insert(p);
        }
        parts
    }
}

impl KindRule for DetailRule {
    const SPEC: KindSpec = KindSpec {
        key: "detail",
        keys: &[],
        placeholders: &[
            "chars",
            "min_chars",
            "figures",
            "min_figures",
            "missing",
            "missing_parts",
            "require",
        ],
        scopes: &Scope::ALL,
        default_scope: Scope::Case,
        parse,
        schema: <Keys as JsonSchema>::json_schema,
    };

    fn explain(&self, _catalog: &Catalog) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("min_chars", self.min_chars.to_string()),
            (
                "min_figures",
                format!(
                    "{} (years, durations and meeting counts do not count)",
                    self.min_figures
                ),
            ),
        ];
        if !self.require.is_empty() {
            out.push(("require", self.require.names()));
        }
        if !self.if_has.is_empty() {
            out.push(("if_has", self.if_has.names()));
        }
        out
    }
}

/// The keys of a `detail:` rule, for the JSON Schema.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Keys {
    detail: DetailKeys,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("minProperties" = 1))]
#[allow(dead_code)]
struct DetailKeys {
    /// Minimum characters of case text (blanks do not count).
    min_chars: Option<u64>,
    /// Minimum result figures (years, durations and meeting counts do not
    /// count).
    min_figures: Option<u64>,
    /// Parts a case must have: `result-figure` (a level or a count of
    /// results), `baseline` (a change, a from→to, or a comparison with a
    /// target or an average), `scale` (how many schools, pupils or
    /// teachers). The message's `{missing}` names the absent ones.
    #[schemars(length(min = 1))]
    require: Option<Vec<CasePart>>,
    /// Judge only the cases that have these parts (the others are not
    /// applicable): `if_has: [result-figure]` with `require: [baseline]`
    /// asks for a baseline wherever a result is stated.
    #[schemars(length(min = 1))]
    if_has: Option<Vec<CasePart>>,
}

fn parse(cx: &mut Cx<'_>, _raw: &RawRule<'_>, e: &Entry<'_>) -> Option<RuleKind> {
    let src = e.src;
    let fields = map_fields(
        cx,
        src,
        e.value,
        &["min_chars", "min_figures", "require", "if_has"],
        "`detail`",
    )?;
    let mut rule = DetailRule {
        min_chars: 0,
        min_figures: 0,
        require: CaseParts::default(),
        if_has: CaseParts::default(),
    };
    let mut ok = true;
    for (key, value) in &fields {
        match *key {
            "require" => match parts(cx, src, value, "`require`") {
                Some(p) => rule.require = p,
                None => ok = false,
            },
            "if_has" => match parts(cx, src, value, "`if_has`") {
                Some(p) => rule.if_has = p,
                None => ok = false,
            },
            "min_chars" => rule.min_chars = count(cx, src, value, "`min_chars`")?,
            _ => rule.min_figures = count(cx, src, value, "`min_figures`")?,
        }
    }
    if !fields.iter().any(|(k, _)| *k != "if_has") {
        cx.err(
            src,
            &e.value.referenced,
            "`detail` needs `min_chars`, `min_figures` or `require`",
        );
        return None;
    }
    ok.then_some(RuleKind::Detail(rule))
}

/// A list of case parts, each checked with "did you mean" at its own
/// position; a part listed twice, or an empty list, is an error too.
fn parts(cx: &mut Cx<'_>, src: usize, node: &Spanned<Node>, what: &str) -> Option<CaseParts> {
    let Node::Seq(items) = &node.value else {
        cx.err(
            src,
            &node.referenced,
            format!(
                "{what} must be a list of case parts, found {}",
                node.value.describe()
            ),
        );
        cx.help(format!("write it as `[{}]`", part_names().join(", ")));
        return None;
    };
    if items.is_empty() {
        cx.err(src, &node.referenced, format!("{what} lists no case part"));
        cx.help(format!("use one or more of: {}", part_names().join(", ")));
        return None;
    }
    let mut out = CaseParts::default();
    let mut ok = true;
    for item in items {
        let names = part_names();
        let Some(word) = keyword(cx, src, item, &format!("case part in {what}"), &names) else {
            ok = false;
            continue;
        };
        let Some(part) = CasePart::ALL
            .iter()
            .find(|(n, _)| *n == word)
            .map(|(_, p)| *p)
        else {
            ok = false;
            continue;
        };
        if out.contains(part) {
            cx.err(
                src,
                &item.referenced,
                format!("case part `{word}` is listed twice in {what}"),
            );
            ok = false;
        }
        out.insert(part);
    }
    ok.then_some(out)
}

fn part_names() -> Vec<&'static str> {
    CasePart::ALL.iter().map(|(n, _)| *n).collect()
}
