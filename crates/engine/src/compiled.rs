//! Rules compiled by the indicator they read, so that most cells of the
//! compliance matrix cost a table lookup instead of a check.
//!
//! Why: a province adds targets by the hundred, nearly all of them
//! `threshold` rules on one indicator each. With a thousand rules, a report
//! of a dozen regions has some 14,000 cells, and a region reports a few dozen
//! of the catalog's indicators: four cells in five are rules on an indicator
//! the region never mentions. Dispatching each such cell to its kind's check,
//! which then looks for values, finds none and builds an `Outcome`, was most
//! of the cost of evaluation, and made 1,000 rules cost 2.5 times 10 rules
//! (README, "Performance", issue 17).
//!
//! So each rule is compiled into a [`Compiled`]: the catalog position of the
//! indicator it reads, and the status its kind gives a cell that holds
//! neither a value nor an unread mention of it ([`crate::kinds::when_vacant`]:
//! `missing` for a `threshold` rule at `missing: off`). The report's values
//! are indexed by section and indicator ([`ValueIndex::holds`]), so such a
//! cell is answered by one lookup, and only the cells whose section holds
//! the rule's indicator reach the check: a report's values reach only the
//! rules that read them.
//!
//! The answers are the checks' own (the check gives the same answer on its
//! first lines). A test evaluates reports both ways, the table against every
//! cell judged by its check ([`Lookup::Scan`]), and compares the whole
//! evaluation.

use dutycheck_catalog::Catalog;
use dutycheck_model::{QuantityKind, Status};
use dutycheck_rules::{Rule, Scope};

use crate::check::ValueIndex;

/// How [`crate::evaluate_in`] judges the cells of section- and case-scope
/// rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// From the table where a rule's [`Compiled::cell`] answers, by the
    /// check elsewhere: what every run does.
    Table,
    /// Every cell by its check: the reference the table is tested against.
    #[cfg_attr(not(test), allow(dead_code))]
    Scan,
}

/// One rule, compiled for an evaluation.
pub(crate) struct Compiled<'a> {
    rule: &'a Rule,
    /// The rule's (first) indicator and its position in the catalog, looked
    /// up once per rule rather than once per cell (`CheckContext::indicator`).
    pub(crate) indicator: Option<(&'a str, usize)>,
    /// Whether the indicator is a percent (a change of it is in points).
    percent: bool,
    /// The status of a cell that holds neither a value nor an unread mention
    /// of the indicator, when the kind gives it without its check.
    when_vacant: Option<Status>,
}

impl<'a> Compiled<'a> {
    /// `hint`: where the rule set's own catalog has the rule's indicator
    /// (`RuleSet::indicator_positions`), confirmed here by its id.
    pub(crate) fn new(rule: &'a Rule, hint: Option<usize>, catalog: &Catalog) -> Compiled<'a> {
        let indicator = rule.kind.indicators().first().and_then(|id| {
            hint.filter(|p| catalog.indicators().get(*p).is_some_and(|i| i.id == *id))
                .or_else(|| catalog.position(id))
                .map(|p| (*id, p))
        });
        let percent = indicator
            .and_then(|(_, p)| catalog.indicators().get(p))
            .is_some_and(|i| i.kind == QuantityKind::Percent);
        Compiled {
            rule,
            indicator,
            percent,
            when_vacant: crate::kinds::when_vacant(rule),
        }
    }

    /// The status of the rule's cell in section `section` (its index in
    /// `report.sections`, which has `cases` cases) when it needs no check:
    ///
    /// - the section holds neither a value nor an unread mention of the
    ///   rule's indicator, and the kind answers such a cell without saying
    ///   anything ([`crate::kinds::when_vacant`]);
    /// - a section-scope rule whose values in the section all pass
    ///   ([`crate::kinds::when_passing`]): the values come from the index,
    ///   by section and indicator.
    ///
    /// `None`: judge the cell by the check (it fails, warns, is unread, or
    /// has a finding to write). A case-scope rule adds up its cases, and a
    /// section without cases adds up to `not-applicable`, not `missing`:
    /// that cell is left to the check.
    pub(crate) fn cell(
        &self,
        values: &ValueIndex<'_>,
        scope: Scope,
        section: usize,
        cases: usize,
    ) -> Option<Status> {
        let (_, position) = self.indicator?;
        if values.holds(section, position) {
            if scope != Scope::Section {
                return None;
            }
            return crate::kinds::when_passing(
                self.rule,
                values.in_section(section, position),
                self.percent,
                values.year(),
            );
        }
        if scope == Scope::Case && cases == 0 {
            return None;
        }
        self.when_vacant
    }
}
