//! The checks of the rule kinds: one module per kind, each a
//! `check(cx, rule, target) -> Outcome` that receives its typed rule.
//!
//! The modules and the dispatch are declared from the one list of kinds,
//! [`dutycheck_rules::with_rule_kinds!`]: a kind registered there needs its
//! `kinds/<key>.rs` here, and nothing else in the engine.

use dutycheck_model::{
    Case, HistoryValue, IndicatorValue, Section, Severity, Span, Status, UnreadMention,
};
use dutycheck_rules::{Bounds, RuleKind, RuleSeverity};

use crate::check::{CheckContext, Entry, Found, Outcome, Spot, Target, Vars, builtin, num};

macro_rules! dispatch {
    ($($key:ident: $variant:ident($ty:ident)),* $(,)?) => {
        $(mod $key;)*

        /// Judges `target` by the rule's kind.
        pub(crate) fn check(cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
            match &cx.rule.kind {
                $(RuleKind::$variant(rule) => $key::check(cx, rule, target),)*
            }
        }
    };
}

dutycheck_rules::with_rule_kinds!(dispatch);

/// The status of a cell whose target holds neither a value nor an unread
/// mention of the rule's (first) indicator, when the rule's kind can give it
/// without its check: what [`crate::compiled`] fills such cells with.
/// `None`: the check runs. Only `threshold` rules at `missing: off` answer
/// here (`threshold::when_vacant`): they are what a province adds by the
/// hundred; every other kind is judged by its check.
pub(crate) fn when_vacant(rule: &dutycheck_rules::Rule) -> Option<Status> {
    match &rule.kind {
        RuleKind::Threshold(t) => threshold::when_vacant(t),
        _ => None,
    }
}

/// The status of a section-scope cell from `values`, the section's values
/// of the rule's indicator (`percent`: a percent indicator), when it needs
/// no finding: `pass` when every value passes (`threshold::when_passing`).
/// `None`: the check runs.
pub(crate) fn when_passing(
    rule: &dutycheck_rules::Rule,
    values: &[Entry<'_>],
    percent: bool,
    year: Option<i32>,
) -> Option<Status> {
    match &rule.kind {
        RuleKind::Threshold(t) => threshold::when_passing(t, values, percent, year),
        _ => None,
    }
}

pub(crate) use detail::parts_of;

/// Judges case-level checks on bigger targets case by case.
fn per_case(
    cx: &CheckContext<'_>,
    target: Target<'_>,
    one: impl Fn(&Section, &Case) -> Outcome,
) -> Outcome {
    Outcome::combined(target.cases(cx.report).into_iter().map(|(s, c)| one(s, c)))
}

/// The values of `indicator` reported in the target, with where they are,
/// in document order.
fn values<'a>(
    cx: &CheckContext<'a>,
    target: Target<'a>,
    indicator: &str,
) -> std::borrow::Cow<'a, [Entry<'a>]> {
    cx.values
        .of(cx.indicator_position(indicator), target, indicator)
}

/// Where a value's figure is written.
fn value_spot(v: &IndicatorValue) -> Spot {
    let length = u32::try_from(v.end.saturating_sub(v.start)).unwrap_or(1);
    Spot {
        line: v.line,
        column: v.column,
        length,
    }
}

/// Where a [`Span`] of a case is: a change figure (`下降1.8%`).
fn span_spot(span: Span) -> Spot {
    Spot {
        line: span.line,
        column: span.column,
        length: u32::try_from(span.end.saturating_sub(span.start))
            .unwrap_or(1)
            .max(1),
    }
}

/// The figure as written in the case (`近90%`), for messages.
fn figure_text(case: &Case, v: &IndicatorValue) -> String {
    case.slice(v.start, v.end)
}

/// The catalog's name of indicator `id`, for messages; the id itself when
/// the catalog has none.
fn indicator_name(cx: &CheckContext<'_>, id: &str) -> String {
    cx.catalog
        .get(id)
        .map_or_else(|| id.to_string(), |i| i.name.to_string())
}

/// `path:line:column` of a place in the report judged, for messages that
/// quote two places (the year-on-year kinds).
fn here(cx: &CheckContext<'_>, line: u32, column: u32) -> String {
    format!("{}:{line}:{column}", cx.report.path)
}

/// `path:line:column` of a value in the history.
fn where_in(path: &str, v: &HistoryValue) -> String {
    format!("{path}:{}:{}", v.line, v.column)
}

/// The finding for an unreported indicator, at the `missing` level.
fn missing_finding(
    cx: &CheckContext<'_>,
    target: Target<'_>,
    level: RuleSeverity,
    message: String,
) -> Vec<Found> {
    let Some(severity) = level.severity() else {
        return Vec::new();
    };
    let (section, case) = (target.section(), target.case());
    let mut f = cx.finding(section, case, cx.spot_of(section, case), message);
    f.severity = severity;
    vec![f]
}

/// The first mention of one of `indicators` in the target that no value was
/// read from, with its section and case, in document order.
pub(crate) fn first_unread<'a>(
    cx: &CheckContext<'a>,
    target: Target<'a>,
    indicators: &[&str],
) -> Option<(&'a Section, &'a Case, &'a UnreadMention)> {
    // Unread mentions are few (most sections have none): the value index
    // knows by section which indicators have one, and only a section that
    // does is scanned, for the first mention in document order.
    if !indicators
        .iter()
        .any(|i| cx.values.may_have_unread(cx.indicator_position(i), target))
    {
        return None;
    }
    target.cases(cx.report).into_iter().find_map(|(s, c)| {
        c.unread
            .iter()
            .find(|u| indicators.contains(&u.indicator.as_str()))
            .map(|u| (s, c, u))
    })
}

/// The sentence of a case that holds characters `start..end`, as written.
pub(super) fn sentence_of(case: &Case, start: usize, end: usize) -> String {
    let chars: Vec<char> = case.text.chars().collect();
    written(
        &chars,
        dutycheck_vocab::punctuation::sentence_around(&chars, start, end),
    )
}

/// Characters `from..to` of `chars`, trimmed.
pub(super) fn written(chars: &[char], (from, to): (usize, usize)) -> String {
    chars
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .collect::<String>()
        .trim()
        .to_string()
}

/// Where an unread mention is written: the indicator's name as it stands in
/// the case.
pub(crate) fn mention_spot(u: &UnreadMention) -> Spot {
    Spot {
        line: u.line,
        column: u.column,
        length: u32::try_from(u.end.saturating_sub(u.start)).unwrap_or(1),
    }
}

/// The `unread` outcome of a rule that found nothing to judge in `target`
/// while one of `indicators` is mentioned there: `None` when none is.
///
/// The cell is `unread`, not `missing`: the report names the indicator, and
/// may well state its value in a way dutycheck cannot read. It always comes
/// with one finding, at the first unread mention, saying what was not read
/// and why: at `level` (a rule's `missing` level: a value the rule needs is
/// not known), never above the rule's severity, and at least `info`, even
/// when `level` is `off` (`None`). That is what
/// keeps an unread cell from looking like a pass in the formats that show
/// only findings (SARIF, GitHub annotations): "said what it could not
/// read" is the one rule of the checker.
pub(crate) fn unread_outcome(
    cx: &CheckContext<'_>,
    target: Target<'_>,
    indicators: &[&str],
    level: Option<Severity>,
) -> Option<Outcome> {
    let (section, case, u) = first_unread(cx, target, indicators)?;
    let mut vars = cx.vars(Some(section), Some(case));
    vars.insert("unread", u.explain());
    let message = builtin("{section}{unread}，本规则未能判断（{title}）", &vars);
    let mut f = cx.finding(Some(section), Some(case), mention_spot(u), message);
    f.severity = level
        .unwrap_or(Severity::Info)
        .min(cx.severity)
        .max(Severity::Info);
    f.indicator = Some(u.indicator.to_string());
    Some(Outcome::new(Status::Unread).with(vec![f]))
}

fn bound_vars(vars: &mut Vars, b: &Bounds) {
    for (name, v) in [
        ("min", b.min),
        ("max", b.max),
        ("above", b.above),
        ("below", b.below),
    ] {
        vars.insert(name, v.map(num).unwrap_or_default());
    }
}
