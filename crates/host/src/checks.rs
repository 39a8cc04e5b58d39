//! Plugin checks as engine [`Check`]s, so that `plugin: NAME/CHECK` rules
//! run in the same evaluation loop as built-in rules.
//!
//! The engine asks a check about one target at a time (the document, a
//! section or a case), but a plugin check sees the whole report in one call:
//! cross-case arithmetic needs it, and a call per case would multiply the
//! cost of isolation by the number of cases. So a [`PluginCheck`] runs the
//! plugin once per (report, rule), keeps the findings, and answers each
//! target from them. A plugin failure is reported once per (report, rule),
//! as an error finding that names the plugin, the check and the report, and
//! recorded in the host for the CLI's exit status; the targets of that rule
//! are then not applicable, because nothing was checked.
//!
//! # No finding is dropped
//!
//! A plugin places its findings where it likes (the report, a section, a
//! case, a span), whatever the scope of the rule that runs it. Each finding
//! ends up in exactly one place:
//!
//! * finer than the rule's scope (a case finding of a section-scope rule):
//!   raised to the target that contains it, which then fails;
//! * a section finding of a case-scope rule: given to the first case of
//!   that section, so the section's cell fails;
//! * coarser than any target of the rule (a report finding of a section- or
//!   case-scope rule, a section finding in a section without cases):
//!   attached to the report, once per (report, rule), with the first answer
//!   for that report. It names no section, so it makes no cell fail, but it
//!   is in the report's findings and counts for the exit status.
//!
//! The only findings not shown are those in sections the rule's own
//! `sections:` filter excludes: the user asked for the rule not to apply
//! there, as for built-in rules.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::ThreadId;

use dutycheck_model::{Severity, Status};
use dutycheck_rules::{RuleKind, Scope};

use super::{LoadedPlugin, PluginError, PluginErrorKind};
use dutycheck_engine::{Check, CheckContext, Found, Outcome, Target};

struct Run {
    /// The findings, each with the section and case index the plugin gave.
    outcome: Result<Vec<Found>, PluginError>,
    /// Whether the error (if any), or the findings attached to the report,
    /// were already given out.
    reported: bool,
}

/// Identifies a report for the cache: its address and path. The address
/// alone could be reused by the next report; the path alone could be
/// checked twice with different contents.
type ReportKey = (usize, String);

/// A thread's current report and the runs made for it, by rule id.
type Slot = (ReportKey, HashMap<String, Run>);

/// One check of one loaded plugin.
pub struct PluginCheck {
    plugin: Arc<LoadedPlugin>,
    check: String,
    errors: Arc<Mutex<Vec<PluginError>>>,
    /// Runs for the report each thread is evaluating, by rule id. A report is
    /// evaluated on one thread, but reports are checked in parallel: with a
    /// single slot, two threads would evict each other's report and run the
    /// plugin again for it (and report its errors twice). One slot per
    /// thread, replaced when that thread moves to the next report, keeps
    /// memory bounded by one report's findings per thread.
    cache: Mutex<HashMap<ThreadId, Slot>>,
}

impl std::fmt::Debug for PluginCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PluginCheck({}/{})", self.plugin.name(), self.check)
    }
}

impl PluginCheck {
    pub(crate) fn new(
        plugin: Arc<LoadedPlugin>,
        check: &str,
        errors: Arc<Mutex<Vec<PluginError>>>,
    ) -> Self {
        PluginCheck {
            plugin,
            check: check.to_string(),
            errors,
            cache: Mutex::new(HashMap::new()),
        }
    }

    pub fn plugin(&self) -> &LoadedPlugin {
        &self.plugin
    }

    pub fn check(&self) -> &str {
        &self.check
    }

    fn run(&self, cx: &CheckContext<'_>) -> Run {
        let options = match &cx.rule.kind {
            RuleKind::Plugin(p) => p.options.clone(),
            _ => serde_json::Value::Null,
        };
        let catalog = crate::catalog_view(cx.catalog);
        let history = cx.history.map(|h| run_history(h, cx.report));
        let outcome = self.plugin.run_in(
            &self.check,
            &options,
            cx.report,
            Some(&catalog),
            history.as_ref(),
        );
        // A worker that died between calls is no report's error, but it is
        // the run's.
        let incidents = self.plugin.take_incidents();
        if !incidents.is_empty() {
            self.errors
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend(incidents);
        }
        Run {
            outcome,
            reported: false,
        }
    }
}

impl Check for PluginCheck {
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome {
        let key: ReportKey = (
            std::ptr::from_ref(cx.report) as usize,
            cx.report.path.clone(),
        );
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let slot = cache
            .entry(std::thread::current().id())
            .or_insert_with(|| (key.clone(), HashMap::new()));
        if slot.0 != key {
            *slot = (key, HashMap::new());
        }
        let runs = &mut slot.1;
        let run = runs
            .entry(cx.rule.id.clone())
            .or_insert_with(|| self.run(cx));
        let findings = match &run.outcome {
            Ok(findings) => findings,
            Err(error) => {
                let mut outcome = Outcome::new(Status::NotApplicable);
                if !run.reported {
                    run.reported = true;
                    // A disabled plugin is one error for the run; each
                    // report still says, in its finding, what was not
                    // checked.
                    let for_the_run = !matches!(error.kind, PluginErrorKind::Disabled { .. })
                        || self.plugin.take_disabled_notice();
                    if for_the_run {
                        self.errors
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .push(error.clone());
                    }
                    let spot = cx.spot_of(None, None);
                    let mut found = cx.finding(None, None, spot, error.to_string());
                    found.severity = Severity::Error;
                    outcome.findings.push(found);
                }
                return outcome;
            }
        };
        let (want_section, want_case) = cx.indices(target);
        // A finding's severity is the plugin's (or its check's default), but
        // never above the rule's: a rule set to `warning` is a promise that
        // nothing it finds fails a `--fail-on error` run.
        let as_rule = |f: &Found| {
            let mut f = f.clone();
            f.finding.rule = cx.rule.id.clone();
            f.finding.severity = f.finding.severity.min(cx.severity);
            f
        };
        let mine: Vec<Found> = findings
            .iter()
            .filter(|f| receives(target, want_section, want_case, f))
            .map(as_rule)
            .collect();
        let status = if mine.is_empty() {
            Status::Pass
        } else {
            Status::Fail
        };
        let mut outcome = Outcome::new(status).with(mine);
        // The first answer for this report also carries what no target of
        // the rule's scope receives (see the module docs). They concern no
        // cell, so they do not change this target's status.
        if !run.reported {
            run.reported = true;
            outcome.findings.extend(
                findings
                    .iter()
                    .filter(|f| no_target_receives(cx, f))
                    .map(as_rule),
            );
        }
        outcome
    }
}

/// Whether `target` (at indices `section`, `case`) answers for `f`.
fn receives(target: Target<'_>, section: Option<usize>, case: Option<usize>, f: &Found) -> bool {
    match target {
        Target::Document => true,
        // A case finding is raised to its section.
        Target::Section(_) => f.section_index.is_some() && f.section_index == section,
        Target::Case(..) => {
            f.section_index.is_some()
                && f.section_index == section
                // A section finding goes to the section's first case.
                && (f.case_index == case || (f.case_index.is_none() && case == Some(0)))
        }
    }
}

/// Whether `f` falls between the targets the engine asks about for this
/// rule: a report finding of a section- or case-scope rule, or a section
/// finding of a case-scope rule in a section without cases.
fn no_target_receives(cx: &CheckContext<'_>, f: &Found) -> bool {
    match (cx.rule.scope, f.section_index) {
        (Scope::Document, _) => false,
        (Scope::Section | Scope::Case, None) => true,
        (Scope::Section, Some(_)) => false,
        (Scope::Case, Some(si)) => {
            f.case_index.is_none()
                && cx
                    .report
                    .sections
                    .get(si)
                    .is_some_and(|s| s.cases.is_empty())
        }
    }
}

/// The histories of the regions of `report` (wire 1.2): each section's
/// region, each region once.
fn run_history(
    history: &dutycheck_model::History,
    report: &dutycheck_model::Report,
) -> dutycheck_plugin::wire::RunHistory {
    let mut out = dutycheck_plugin::wire::RunHistory::default();
    let mut keys: Vec<String> = Vec::new();
    for section in &report.sections {
        let index =
            dutycheck_engine::history::section_region(history, report, section).and_then(|key| {
                if let Some(i) = keys.iter().position(|k| *k == key) {
                    return Some(i);
                }
                let region = history.region(&key)?.clone();
                keys.push(key);
                out.regions.push(region);
                Some(out.regions.len() - 1)
            });
        out.sections.push(index);
    }
    out
}
