//! Evaluation: rules × report → findings and the compliance matrix.
//!
//! [`evaluate`] judges every rule of a [`RuleSet`] against a parsed
//! [`Report`]. The result has two parts:
//!
//! - **findings**: the problems, each at a line and column of the original
//!   file, sorted by position and rule id so that output is deterministic;
//! - **the compliance matrix**: for every section and every section- or
//!   case-scope rule a [`Status`] (pass, fail, unread, missing,
//!   not-applicable), plus
//!   the statuses of document-scope rules. This is the positive audit trail:
//!   an inspector sees not only what failed but what was checked and passed.
//!
//! # What decides applicability
//!
//! In this order, a rule is `not-applicable` when: its severity is `off`; it
//! is bound to years (`applies.years`) and the report's year is not among
//! them, or unknown; the section is excluded by its `sections` filter; it is
//! a plugin rule whose plugin is not loaded. The report's year is
//! [`EvalOptions::year`] when given, otherwise the year in the title. When
//! the year is unknown, one `info` finding (`engine.year-unknown`) says so
//! and suggests `--year`; rules without years are evaluated as usual.
//!
//! # Warn zones
//!
//! A threshold's `warn` bounds are stricter than its fail bounds. A value in
//! the warn zone keeps the status `pass` (the target is met) and gets a
//! finding at `warning` (`info` for rules that are only `info`): the matrix
//! answers "is the target met?", the finding says "but only just".
//!
//! # Unread: mentioned, but no value read
//!
//! Extraction records every mention of an indicator that no statement came
//! from, with its reason (no figure in the clause, a figure of the wrong
//! kind, two candidates, a masked `**%`). A rule that finds no value to
//! judge looks there: when the indicator is mentioned in the target, the
//! cell is `unread`, not `missing`, with one finding at the mention at the
//! rule's `missing` level, but at least `info` (a `requires` rule: at its
//! own severity). A value that *was* read decides the cell: one read value
//! and one unread mention make a pass or a fail ([`combine`] ranks fail,
//! pass, unread, missing, not applicable). [`EvalOptions::show_unread`]
//! lists every unread mention as an `info` finding besides.
//!
//! # Checks
//!
//! Each rule kind has its check in `kinds/<kind>.rs`, which receives the
//! typed rule and answers with an [`Outcome`]; plugin checks implement
//! [`Check`], answer with the same [`Outcome`], and are resolved through
//! [`PluginChecks`] ([`evaluate_with`]).
//! The plugin host that provides them lives in its own crate,
//! `dutycheck-host`: this crate evaluates rules and never loads code.

mod check;
mod compiled;
pub mod history;
mod judge;
mod kinds;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use dutycheck_catalog::Catalog;
use dutycheck_model::{Finding, History, Report, RuleStatuses, SectionStatus, Severity, Status};
use dutycheck_rules::{Rule, RuleKind, RuleSet, Scope};

pub use check::{Check, CheckContext, Found, NoPlugins, Outcome, PluginChecks, Spot, Target, Vars};

/// The id of the finding that says the report's year is unknown.
pub const YEAR_UNKNOWN: &str = "engine.year-unknown";

/// The id of the finding that says two reports of a run are about the same
/// region and year.
pub const HISTORY_CONFLICT: &str = "engine.history-conflict";

pub use dutycheck_model::UNREAD_MENTION;

/// Options of one evaluation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EvalOptions {
    /// The report year, overriding the year found in the title (`--year`).
    pub year: Option<i32>,
    /// `--show-unread` (or `show_unread: true` in the config): one `info`
    /// finding ([`UNREAD_MENTION`]) per indicator mention that no value was
    /// read from, with its reason. Every such mention is listed, also where a
    /// read value of the same indicator decided the cell, and for
    /// indicators no rule reads: it is a list of what was not read, not a
    /// judgement.
    pub show_unread: bool,
}

impl EvalOptions {
    /// Judging for `year` (or the title's year, for `None`), nothing else set.
    pub fn for_year(year: Option<i32>) -> EvalOptions {
        EvalOptions {
            year,
            ..EvalOptions::default()
        }
    }
}

/// The outcome of evaluating one report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evaluation {
    /// Sorted by line, column and rule id.
    pub findings: Vec<Finding>,
    /// One entry per section of the report, in document order.
    pub sections: Vec<SectionResult>,
    /// Statuses of document-scope rules, by rule id.
    pub document: BTreeMap<String, Status>,
    /// The year the report was judged for.
    pub year: Option<i32>,
}

/// One row of the compliance matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionResult {
    pub name: String,
    /// `fail` when a rule at `error` fails, `warn` when only rules at
    /// `warning` do, `unchecked` when no cell passes or fails, otherwise
    /// `pass` ([`SectionStatus::of`]). A failing
    /// `info` rule is advice: its cell says fail, the section does not, and
    /// the rule is in `notes`.
    pub status: SectionStatus,
    /// The rules at `info` that fail in this section, sorted by id.
    pub notes: Vec<String>,
    /// Every section- and case-scope rule's status, by rule id.
    pub results: RuleStatuses,
}

/// Evaluates `rules` against `report`, without plugins: plugin rules are
/// not applicable, with an info finding each.
pub fn evaluate(
    report: &Report,
    rules: &RuleSet,
    catalog: &Catalog,
    options: &EvalOptions,
) -> Evaluation {
    evaluate_with(report, rules, catalog, options, &NoPlugins)
}

/// Evaluates `rules` against `report`, resolving plugin rules through
/// `plugins`.
pub fn evaluate_with(
    report: &Report,
    rules: &RuleSet,
    catalog: &Catalog,
    options: &EvalOptions,
    plugins: &dyn PluginChecks,
) -> Evaluation {
    evaluate_in(report, rules, catalog, options, plugins, None)
}

/// Evaluates `rules` against `report` within a run whose reports form
/// `history` (see [`history`]): `trend` and `restatement` rules judge the
/// report's regions against their earlier years, and the report gets a
/// finding when its year is unknown ([`YEAR_UNKNOWN`]) or another report
/// has the same region and year ([`HISTORY_CONFLICT`]). Without a history
/// those rules are not applicable.
pub fn evaluate_in(
    report: &Report,
    rules: &RuleSet,
    catalog: &Catalog,
    options: &EvalOptions,
    plugins: &dyn PluginChecks,
    history: Option<&History>,
) -> Evaluation {
    evaluate_by(
        report,
        rules,
        catalog,
        options,
        plugins,
        history,
        compiled::Lookup::Table,
    )
}

/// [`evaluate_in`], with the cells of section- and case-scope rules judged
/// as `lookup` says (see [`compiled`]).
fn evaluate_by(
    report: &Report,
    rules: &RuleSet,
    catalog: &Catalog,
    options: &EvalOptions,
    plugins: &dyn PluginChecks,
    history: Option<&History>,
    lookup: compiled::Lookup,
) -> Evaluation {
    let year = options.year.or(report.year);
    let mut eval = Evaluation {
        year,
        ..Evaluation::default()
    };
    // The compliance matrix: one status per section and section- or
    // case-scope rule, in the rule set's sorted column order. Everything
    // starts not applicable; evaluated rules overwrite their column.
    let columns = rules.matrix_columns();
    let mut rows: Vec<Vec<Status>> =
        vec![vec![Status::NotApplicable; columns.ids.len()]; report.sections.len()];
    // The worst severity of a failing rule per section, and the failing
    // rules at `info` (notes).
    let mut section_worst: Vec<Option<Severity>> = vec![None; report.sections.len()];
    let mut section_notes: Vec<Vec<String>> = vec![Vec::new(); report.sections.len()];
    let index = check::ValueIndex::new(report, catalog);
    // A report on one region, split by topic: messages name the region,
    // not the topic (`东岭县…比上年下降0.5个百分点`, not `主要做法及取得成效…`).
    let region = dutycheck_vocab::regions::of_report(report);
    let written_as_cases = dutycheck_vocab::genres::written_as_cases(&report.title);
    let headings: Vec<Option<&str>> = report
        .sections
        .iter()
        .map(|s| dutycheck_vocab::regions::of_heading(&s.name))
        .collect();
    // What each case holds (results, baseline, scale), read at most once
    // per case, by the first `detail` rule that asks.
    let parts: Vec<Vec<std::cell::OnceCell<dutycheck_rules::CaseParts>>> = report
        .sections
        .iter()
        .map(|s| s.cases.iter().map(|_| std::cell::OnceCell::new()).collect())
        .collect();
    let no_work: Vec<bool> = report
        .sections
        .iter()
        .map(|s| s.is_preamble() || dutycheck_vocab::plans::holds_no_work(&s.name))
        .collect();

    let active = |r: &Rule| r.severity.severity().is_some();
    let year_bound = rules
        .rules()
        .iter()
        .filter(|r| active(r) && r.years.is_some())
        .count();
    if let Some(history) = history {
        eval.findings
            .extend(history_conflicts(report, history, year));
    }
    if year.is_none() && (year_bound > 0 || history.is_some()) {
        let message = match (year_bound, history.is_some()) {
            (0, _) => format!(
                "报告标题中没有找到年份，{}不能加入历年对比，只单独检查；请用 --year 指定报告年份",
                report.path
            ),
            (n, true) => format!(
                "报告标题中没有找到年份，{}不能加入历年对比，{n}条按年份适用的规则没有检查；请用 --year 指定报告年份",
                report.path
            ),
            (n, false) => format!(
                "报告标题中没有找到年份，{n}条按年份适用的规则没有检查；请用 --year 指定报告年份"
            ),
        };
        eval.findings.push(Finding {
            rule: YEAR_UNKNOWN.to_string(),
            severity: Severity::Info,
            path: report.path.clone(),
            section: None,
            case: None,
            line: 1,
            column: 1,
            length: u32::try_from(report.title.chars().count())
                .unwrap_or(1)
                .max(1),
            message,
            indicator: None,
            value: None,
        });
    }

    let positions = rules.indicator_positions();
    for (k, (rule, column)) in rules.rules().iter().zip(&columns.column).enumerate() {
        let severity = rule.severity.severity();
        let in_year = match (&rule.years, year) {
            (None, _) => true,
            (Some(range), Some(y)) => range.contains(y),
            (Some(_), None) => false,
        };
        // A plugin rule runs the check its plugin provides; one whose plugin
        // is not loaded is not applicable, said once per rule.
        let plugin: Option<&dyn Check> = match &rule.kind {
            RuleKind::Plugin(p) => plugins.resolve(&p.plugin, &p.check),
            _ => None,
        };
        let applicable = match (severity, &rule.kind) {
            (Some(_), RuleKind::Plugin(p)) if in_year && plugin.is_none() => {
                eval.findings
                    .push(plugin_not_loaded(report, rule, &p.plugin, &p.check));
                None
            }
            (Some(severity), _) if in_year => Some(severity),
            _ => None,
        };
        let Some(severity) = applicable else {
            if rule.scope == Scope::Document {
                eval.document.insert(rule.id.clone(), Status::NotApplicable);
            }
            continue;
        };
        let hint = positions.get(k).copied().flatten();
        let compiled = compiled::Compiled::new(rule, hint, catalog);
        let cx = CheckContext {
            rule,
            report,
            catalog,
            year,
            severity,
            values: &index,
            region,
            written_as_cases,
            headings: &headings,
            no_work: &no_work,
            parts: &parts,
            indicator: compiled.indicator,
            plugin,
            history,
        };
        let check = |target: Target<'_>| kinds::check(&cx, target);
        match rule.scope {
            Scope::Document => {
                let o = check(Target::Document);
                eval.findings
                    .extend(o.findings.into_iter().map(Finding::from));
                eval.document.insert(rule.id.clone(), o.status);
            }
            Scope::Section | Scope::Case => {
                let Some(column) = *column else { continue };
                // Most rules select every section: decide that once per rule.
                let every_section = rule.sections.is_empty();
                // Advice does not fail a region: a failing `info` rule shows
                // in its cell, its finding and the section's notes; a rule
                // at `warning` makes the section warn, one at `error` fail.
                for (s, (((section, row), worst), notes)) in report
                    .sections
                    .iter()
                    .zip(rows.iter_mut())
                    .zip(section_worst.iter_mut())
                    .zip(section_notes.iter_mut())
                    .enumerate()
                {
                    let selected = every_section || rule.sections.matches(&section.name);
                    let table = match lookup {
                        compiled::Lookup::Table if selected => {
                            compiled.cell(&index, rule.scope, s, section.cases.len())
                        }
                        _ => None,
                    };
                    let status = if !selected {
                        Status::NotApplicable
                    } else if let Some(status) = table {
                        // The indicator is neither reported nor mentioned in
                        // the section, or every value passes: no finding, so
                        // no check to run.
                        status
                    } else {
                        let outcome = if rule.scope == Scope::Section {
                            check(Target::Section(section))
                        } else {
                            Outcome::combined(
                                section
                                    .cases
                                    .iter()
                                    .map(|c| check(Target::Case(section, c))),
                            )
                        };
                        // Most cells have no finding: skip the extend's set-up.
                        if !outcome.findings.is_empty() {
                            eval.findings
                                .extend(outcome.findings.into_iter().map(Finding::from));
                        }
                        outcome.status
                    };
                    if status.fails() {
                        *worst = (*worst).max(Some(severity));
                        if severity == Severity::Info {
                            notes.push(rule.id.clone());
                        }
                    }
                    if let Some(cell) = row.get_mut(column) {
                        *cell = status;
                    }
                }
            }
        }
    }

    if options.show_unread {
        eval.findings.extend(unread_mentions(report));
    }

    eval.sections = report
        .sections
        .iter()
        .zip(rows)
        .zip(section_worst)
        .zip(section_notes)
        .map(|(((section, row), worst), mut notes)| SectionResult {
            name: section.name.to_string(),
            status: SectionStatus::of(worst, row.iter().any(|s| s.passes() || s.fails())),
            notes: {
                notes.sort_unstable();
                notes
            },
            results: RuleStatuses::new(&columns.ids, row).unwrap_or_default(),
        })
        .collect();
    eval.findings
        .sort_by(|a, b| (a.line, a.column, &a.rule).cmp(&(b.line, b.column, &b.rule)));
    eval
}

/// The `--show-unread` findings: one per unread mention, at the mention.
fn unread_mentions(report: &Report) -> impl Iterator<Item = Finding> + '_ {
    report.sections.iter().flat_map(move |s| {
        s.cases.iter().flat_map(move |c| {
            c.unread.iter().map(move |u| {
                let spot = kinds::mention_spot(u);
                Finding {
                    rule: UNREAD_MENTION.to_string(),
                    severity: Severity::Info,
                    path: report.path.clone(),
                    section: Some(s.name.to_string()),
                    case: Some(c.number),
                    line: spot.line,
                    column: spot.column,
                    length: spot.length.max(1),
                    message: format!("{}第{}条案例{}", s.name, c.number, u.explain()),
                    indicator: Some(u.indicator.to_string()),
                    value: None,
                }
            })
        })
    })
}

/// One warning per region of `report` that another report of the run
/// states for the same year: at the region's heading, naming both paths.
fn history_conflicts<'a>(
    report: &'a Report,
    history: &'a History,
    year: Option<i32>,
) -> impl Iterator<Item = Finding> + 'a {
    history::conflicts(history, report, year)
        .into_iter()
        .map(move |c| Finding {
            rule: HISTORY_CONFLICT.to_string(),
            severity: Severity::Warning,
            path: report.path.clone(),
            section: Some(c.name.clone()),
            case: None,
            line: c.line,
            column: c.column,
            length: u32::try_from(c.name.chars().count()).unwrap_or(1).max(1),
            message: format!(
                "{}的{}年报告有两份：{}和{}；历年对比只用前者，请删去重复的一份",
                c.name, c.year, c.kept, c.other
            ),
            indicator: None,
            value: None,
        })
}

fn plugin_not_loaded(report: &Report, rule: &Rule, plugin: &str, check: &str) -> Finding {
    Finding {
        rule: rule.id.clone(),
        severity: Severity::Info,
        path: report.path.clone(),
        section: None,
        case: None,
        line: 1,
        column: 1,
        length: 1,
        message: format!(
            "插件 {plugin} 没有加载，规则 {}（{plugin}/{check}）没有检查；请用 --plugin 加载插件",
            rule.id
        ),
        indicator: None,
        value: None,
    }
}
