//! The [`Check`] interface shared by built-in kinds and plugin checks.
//!
//! The engine owns everything that is the same for every rule: whether the
//! rule applies (severity, year, section filter), which units it is judged
//! on (document, sections, cases) and how case results add up to a section
//! status. A check only answers one question: *what is the status of this
//! rule on this target, and what findings go with it?* That keeps checks
//! small, and lets a plugin check plug into the same loop: a built-in check is
//! simply a plugin that is compiled in.

use dutycheck_catalog::Catalog;
use dutycheck_model::{
    Case, Finding, History, IndicatorValue, RegionHistory, Report, Section, Severity, Status,
};
use dutycheck_rules::Rule;
use dutycheck_vocab::format_number;

/// What a check is asked to judge. The engine chooses it from the rule's
/// scope; a check must accept all three (a section-level check judges a
/// document by pooling its sections, a case-level check judges a section by
/// judging each case).
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// The whole report.
    Document,
    /// One section.
    Section(&'a Section),
    /// One case of a section.
    Case(&'a Section, &'a Case),
}

impl<'a> Target<'a> {
    /// The section, unless the target is the whole document.
    pub fn section(&self) -> Option<&'a Section> {
        match self {
            Target::Document => None,
            Target::Section(s) | Target::Case(s, _) => Some(s),
        }
    }

    /// The case, when the target is one.
    pub fn case(&self) -> Option<&'a Case> {
        match self {
            Target::Case(_, c) => Some(c),
            _ => None,
        }
    }

    /// Every `(section, case)` the target covers, in document order.
    pub fn cases(&self, report: &'a Report) -> Vec<(&'a Section, &'a Case)> {
        match *self {
            Target::Document => report
                .sections
                .iter()
                .flat_map(|s| s.cases.iter().map(move |c| (s, c)))
                .collect(),
            Target::Section(s) => s.cases.iter().map(|c| (s, c)).collect(),
            Target::Case(s, c) => vec![(s, c)],
        }
    }
}

/// The result of one check on one target: the one answer every check gives,
/// whether it is a built-in kind or a plugin check.
///
/// The status is the compliance-matrix cell (pass, fail, unread, missing,
/// not applicable); the findings say why, each with the section and case it
/// belongs to *by index* ([`Found`]), so that two sections with the same
/// name (two 市辖区 called 城区, say) never swap findings.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub status: Status,
    pub findings: Vec<Found>,
}

impl Outcome {
    pub fn new(status: Status) -> Self {
        Outcome {
            status,
            findings: Vec::new(),
        }
    }

    /// Adds findings; does not change the status.
    pub fn with(mut self, findings: Vec<Found>) -> Self {
        if self.findings.is_empty() {
            self.findings = findings;
        } else {
            self.findings.extend(findings);
        }
        self
    }

    /// The outcomes of the parts of a target (the cases of a section, the
    /// sections of a document) as one: see [`combine`] for the status.
    pub fn combined(parts: impl IntoIterator<Item = Outcome>) -> Outcome {
        let mut statuses = Vec::new();
        let mut findings = Vec::new();
        for part in parts {
            statuses.push(part.status);
            findings.extend(part.findings);
        }
        Outcome::new(combine(statuses)).with(findings)
    }
}

/// Adds up unit statuses: any failure fails; otherwise any pass passes;
/// otherwise `unread` if anything was mentioned but not read; otherwise
/// missing if anything was missing; otherwise not applicable.
///
/// Why a pass outranks `unread`: a section with one read value and one
/// unread mention of the same indicator has a value, and that value decides
/// (the unread mention is still listed by `--show-unread`). Why `unread`
/// outranks `missing`: "mentioned, but not read" says more than "never
/// mentioned", and a reviewer must look at it; it never reads as a pass.
///
/// The statuses of `claim` rules rank the same way: a contradiction fails,
/// then a denial (the report says it is not met); then a claim without
/// evidence in any part outranks evidence in another (the claim is not
/// backed everywhere it is made), then evidence.
pub(crate) fn combine(statuses: impl IntoIterator<Item = Status>) -> Status {
    /// Highest first.
    const RANK: [Status; 9] = [
        Status::Fail,
        Status::Contradicted,
        Status::Denied,
        Status::Claimed,
        Status::Pass,
        Status::Evidenced,
        Status::Unread,
        Status::Missing,
        Status::NotApplicable,
    ];
    let rank = |s: Status| RANK.iter().position(|r| *r == s).unwrap_or(RANK.len());
    statuses
        .into_iter()
        .min_by_key(|s| rank(*s))
        .unwrap_or(Status::NotApplicable)
}

/// A finding as a check returns it: the [`Finding`] (which names its
/// section and case for people) plus the index of the section in
/// `report.sections` and of the case in that section's `cases`.
///
/// The indices are what the engine and the plugin host go by; the names
/// are for output only. A plugin already speaks in indices (its wire
/// format has no names), so its findings keep them from the plugin's answer
/// to the compliance matrix without a lookup by name.
///
/// Dereferences to the [`Finding`], so `found.severity` reads as usual.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Index into `report.sections`; `None` for a finding about the report.
    pub section_index: Option<usize>,
    /// Index into that section's `cases`; `None` for a section finding.
    pub case_index: Option<usize>,
    pub finding: Finding,
}

impl Found {
    /// A finding about the whole report.
    pub fn document(finding: Finding) -> Found {
        Found {
            section_index: None,
            case_index: None,
            finding,
        }
    }
}

impl std::ops::Deref for Found {
    type Target = Finding;
    fn deref(&self) -> &Finding {
        &self.finding
    }
}

impl std::ops::DerefMut for Found {
    fn deref_mut(&mut self) -> &mut Finding {
        &mut self.finding
    }
}

impl From<Found> for Finding {
    fn from(found: Found) -> Finding {
        found.finding
    }
}

/// Everything a check may read while judging a target.
pub struct CheckContext<'a> {
    pub rule: &'a Rule,
    pub report: &'a Report,
    pub catalog: &'a Catalog,
    /// The year the report is judged for (options first, then the title).
    pub year: Option<i32>,
    /// The rule's severity (never `off`: such rules are not evaluated).
    pub severity: Severity,
    /// The report's indicator values by indicator and section.
    pub(crate) values: &'a ValueIndex<'a>,
    /// The one region the whole report is about, when its title names one
    /// and no heading does (`dutycheck_vocab::regions::of_report`): its
    /// sections are topics, and messages name the region instead.
    pub(crate) region: Option<&'a str>,
    /// Whether the report is written up as cases of work
    /// (`dutycheck_vocab::genres::written_as_cases`): not a bulletin or a
    /// feedback, the inspectors' words, nor a rectification report, the
    /// government's answer to them item by item. The rules on cases judge
    /// only such a report. Read from the title once per report.
    pub(crate) written_as_cases: bool,
    /// The region each section's heading names
    /// (`dutycheck_vocab::regions::of_heading`), by section index: read once
    /// per report, not once per finding (with many failing rules it was a
    /// seventh of evaluation).
    pub(crate) headings: &'a [Option<&'a str>],
    /// Whether each section holds no cases of work
    /// (`dutycheck_vocab::plans::holds_no_work`), by section index: read
    /// once per report, not once per case and rule.
    pub(crate) no_work: &'a [bool],
    /// The parts of each case (`kinds::parts_of`), by section and case
    /// index, read once per case whatever the number of `detail` rules.
    pub(crate) parts: &'a [Vec<std::cell::OnceCell<dutycheck_rules::CaseParts>>],
    /// The rule's (first) indicator and its position in the catalog, looked
    /// up once per rule rather than once per section.
    pub(crate) indicator: Option<(&'a str, usize)>,
    /// The plugin check of a `plugin:` rule, resolved once per rule.
    pub(crate) plugin: Option<&'a dyn Check>,
    /// The run's histories, when it holds reports of more than one year
    /// (`trend` and `restatement` rules, plugins asking for history).
    pub history: Option<&'a History>,
}

/// The index of `item` in `items`, when it is one of them (by address, not
/// by value): computed from the addresses, then confirmed, so it costs the
/// same for the first section and the fortieth.
pub(crate) fn index_in<T>(items: &[T], item: &T) -> Option<usize> {
    let size = std::mem::size_of::<T>().max(1);
    let offset = (item as *const T as usize).checked_sub(items.as_ptr() as usize)?;
    let index = offset / size;
    items
        .get(index)
        .is_some_and(|s| std::ptr::eq(s, item))
        .then_some(index)
}

/// The index of `section` in `sections` (see [`index_in`]).
pub(crate) fn section_index(sections: &[Section], section: &Section) -> Option<usize> {
    index_in(sections, section)
}

/// One reported indicator value, with the section and case it is in.
pub(crate) type Entry<'a> = (&'a Section, &'a Case, &'a IndicatorValue);

/// Every indicator value of a report, grouped by indicator, in document
/// order, with where each section's values start.
///
/// Built once per report, so that a rule asking for "the values of this
/// indicator in this section" gets a slice instead of scanning every case of
/// the section. With a thousand rules that scan, repeated per rule and per
/// section, was the cost of evaluation growing with the rules times the text.
pub(crate) struct ValueIndex<'a> {
    report: &'a Report,
    /// `all[i]`: the values of catalog indicator `i`, in document order.
    all: Vec<Vec<Entry<'a>>>,
    /// `starts[i][s]..starts[i][s + 1]`: the values of indicator `i` in
    /// section `s`, as a range of `all[i]`.
    starts: Vec<Vec<usize>>,
    /// `unread[s * n + i]`: section `s` has an unread mention of indicator
    /// `i` (`n` indicators in the catalog). Most sections have none, so a
    /// rule that found no value learns from one lookup that the cell is
    /// `missing`, instead of scanning the section's cases: with a thousand
    /// rules, that scan was a third of evaluation.
    unread: Vec<bool>,
    /// `held[s * n + i]`: section `s` holds a value or an unread mention of
    /// indicator `i`. The compiled rules ([`crate::compiled`]) answer a cell
    /// whose section does not hold its rule's indicator from this one bit.
    held: Vec<bool>,
}

impl<'a> ValueIndex<'a> {
    pub(crate) fn new(report: &'a Report, catalog: &Catalog) -> ValueIndex<'a> {
        let n = catalog.indicators().len();
        let mut all: Vec<Vec<Entry<'a>>> = vec![Vec::new(); n];
        let mut starts: Vec<Vec<usize>> = vec![Vec::with_capacity(report.sections.len() + 1); n];
        for section in &report.sections {
            for (i, list) in all.iter().enumerate() {
                starts[i].push(list.len());
            }
            for case in &section.cases {
                for v in &case.indicators {
                    if let Some(i) = catalog.position(&v.indicator) {
                        all[i].push((section, case, v));
                    }
                }
            }
        }
        for (i, list) in all.iter().enumerate() {
            starts[i].push(list.len());
        }
        let mut unread = vec![false; report.sections.len() * n];
        for (s, section) in report.sections.iter().enumerate() {
            for u in section.cases.iter().flat_map(|c| &c.unread) {
                if let Some(i) = catalog.position(&u.indicator)
                    && let Some(cell) = unread.get_mut(s * n + i)
                {
                    *cell = true;
                }
            }
        }
        let mut held = unread.clone();
        for (i, starts) in starts.iter().enumerate() {
            for (s, pair) in starts.windows(2).enumerate() {
                if pair[1] > pair[0]
                    && let Some(cell) = held.get_mut(s * n + i)
                {
                    *cell = true;
                }
            }
        }
        ValueIndex {
            report,
            all,
            starts,
            unread,
            held,
        }
    }

    /// Whether section `section` (an index into `report.sections`) holds a
    /// value or an unread mention of the indicator at catalog position
    /// `position`: one lookup. `true` when unsure (a position or section out
    /// of range), so that the cell is then judged by its check.
    pub(crate) fn holds(&self, section: usize, position: usize) -> bool {
        let n = self.all.len();
        position >= n
            || self
                .held
                .get(section * n + position)
                .copied()
                .unwrap_or(true)
    }

    /// The values of the indicator at catalog position `position` in
    /// section `section` (an index into `report.sections`), in document
    /// order: empty when there are none or either is out of range.
    /// The report's year, which a change is measured against.
    pub(crate) fn year(&self) -> Option<i32> {
        self.report.year
    }

    pub(crate) fn in_section(&self, section: usize, position: usize) -> &[Entry<'a>] {
        let range = self
            .starts
            .get(position)
            .and_then(|starts| Some((*starts.get(section)?, *starts.get(section + 1)?)));
        range
            .and_then(|(a, b)| self.all.get(position)?.get(a..b))
            .unwrap_or_default()
    }

    /// Whether `target` certainly holds neither a value nor an unread
    /// mention of the indicator at catalog position `position`: the cell of
    /// a rule reading only that indicator is then `missing` without looking
    /// further. `false` when unsure (see [`Self::may_have_unread`]).
    pub(crate) fn vacant(&self, position: Option<usize>, target: Target<'a>) -> bool {
        let Some(i) = position.filter(|i| *i < self.all.len()) else {
            return false;
        };
        match target {
            Target::Document => (0..self.report.sections.len()).all(|s| !self.holds(s, i)),
            Target::Section(s) | Target::Case(s, _) => {
                section_index(&self.report.sections, s).is_some_and(|s| !self.holds(s, i))
            }
        }
    }

    /// Whether `target` may hold an unread mention of the indicator at
    /// catalog position `position` (`None`: an id the catalog does not
    /// have). `false` is certain; `true` means "scan to find it" (an id
    /// outside the catalog, or a section that is not the report's own, is
    /// always `true`).
    pub(crate) fn may_have_unread(&self, position: Option<usize>, target: Target<'a>) -> bool {
        let n = self.all.len();
        let Some(i) = position.filter(|i| *i < n) else {
            return true;
        };
        let cell = |s: usize| self.unread.get(s * n + i).copied().unwrap_or(true);
        match target {
            Target::Document => (0..self.report.sections.len()).any(cell),
            Target::Section(s) | Target::Case(s, _) => {
                section_index(&self.report.sections, s).is_none_or(cell)
            }
        }
    }

    /// The values of `indicator` (at catalog position `position`, if it is
    /// in the catalog) in `target`, in document order.
    pub(crate) fn of(
        &self,
        position: Option<usize>,
        target: Target<'a>,
        indicator: &str,
    ) -> std::borrow::Cow<'_, [Entry<'a>]> {
        use std::borrow::Cow;
        let indexed = position.filter(|i| *i < self.all.len()).and_then(|i| {
            let all = &self.all[i];
            match target {
                Target::Document => Some(Cow::Borrowed(&all[..])),
                Target::Section(s) => self.section_slice(i, s).map(Cow::Borrowed),
                Target::Case(s, c) => self.section_slice(i, s).map(|values| {
                    Cow::Owned(
                        values
                            .iter()
                            .filter(|e| std::ptr::eq(e.1, c))
                            .copied()
                            .collect(),
                    )
                }),
            }
        });
        // Not a catalog indicator, or a section from elsewhere (a report
        // built by hand): scan the target's cases, as the index would have.
        indexed.unwrap_or_else(|| {
            Cow::Owned(
                target
                    .cases(self.report)
                    .into_iter()
                    .flat_map(|(s, c)| {
                        c.indicators
                            .iter()
                            .filter(|v| v.indicator == indicator)
                            .map(move |v| (s, c, v))
                    })
                    .collect(),
            )
        })
    }

    /// The values of indicator `i` in `section`; `None` when the section is
    /// not one of the report's.
    fn section_slice(&self, i: usize, section: &Section) -> Option<&[Entry<'a>]> {
        let s = section_index(&self.report.sections, section)?;
        let (a, b) = (*self.starts[i].get(s)?, *self.starts[i].get(s + 1)?);
        self.all[i].get(a..b)
    }
}

/// A check provided from outside the engine: implemented by the plugin
/// host for plugin checks. It answers exactly what a built-in kind's check
/// (`kinds/<kind>.rs`) answers: an [`Outcome`] for one target.
pub trait Check {
    /// Judges `target`. Findings are built with [`CheckContext::finding`] so
    /// that they carry the rule id, path and severity consistently.
    fn check(&self, cx: &CheckContext<'_>, target: Target<'_>) -> Outcome;
}

/// Resolves `plugin: NAME/CHECK` rules to loaded checks. The plugin host
/// implements it; [`crate::evaluate`] uses [`NoPlugins`].
pub trait PluginChecks {
    /// The check, or `None` when plugin `plugin` is not loaded or has no such
    /// check (the rule is then not applicable, with an info finding).
    fn resolve(&self, plugin: &str, check: &str) -> Option<&dyn Check>;
}

/// No plugins loaded.
pub struct NoPlugins;

impl PluginChecks for NoPlugins {
    fn resolve(&self, _plugin: &str, _check: &str) -> Option<&dyn Check> {
        None
    }
}

/// Whether two placeholder names are the same, compared in line: names are
/// a few ASCII bytes, and a call to `memcmp` for each of the dozen names a
/// message looks through cost more than the message's other work.
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// Placeholder values for a message: name → value.
///
/// A message has a dozen placeholders and is filled once per finding, so a
/// small list searched in order beats a map (one allocation instead of one
/// per entry, and no tree to walk).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vars {
    entries: Vec<(&'static str, String)>,
}

impl Vars {
    pub fn new() -> Vars {
        Vars {
            entries: Vec::with_capacity(16),
        }
    }

    /// Sets `name`, replacing an earlier value.
    pub fn insert(&mut self, name: &'static str, value: String) {
        match self.entries.iter_mut().find(|(n, _)| same_name(n, name)) {
            Some(entry) => entry.1 = value,
            None => self.entries.push((name, value)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&String> {
        self.entries
            .iter()
            .find(|(n, _)| same_name(n, name))
            .map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Where a finding points, and how much to underline.
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    pub line: u32,
    pub column: u32,
    pub length: u32,
}

impl<'a> CheckContext<'a> {
    /// The catalog position of indicator `id`: the one looked up for the
    /// rule when it is the rule's own indicator, a catalog lookup otherwise.
    /// Whether `target` certainly holds neither a value nor an unread
    /// mention of the rule's own indicator (see `ValueIndex::vacant`): one
    /// table lookup, so that a thousand rules on indicators a region does
    /// not report cost a thousand lookups, not a thousand searches.
    pub(crate) fn vacant(&self, target: Target<'a>) -> bool {
        self.values.vacant(self.indicator.map(|(_, p)| p), target)
    }

    pub(crate) fn indicator_position(&self, id: &str) -> Option<usize> {
        match self.indicator {
            Some((own, position)) if own == id => Some(position),
            _ => self.catalog.position(id),
        }
    }

    /// The index of the target's section in `report.sections` and of its
    /// case in that section's `cases` (`None` for the document, or for a
    /// section that is not the report's own).
    pub fn indices(&self, target: Target<'_>) -> (Option<usize>, Option<usize>) {
        match target {
            Target::Document => (None, None),
            Target::Section(s) => (section_index(&self.report.sections, s), None),
            Target::Case(s, c) => {
                let si = section_index(&self.report.sections, s);
                (si, si.and_then(|_| index_in(&s.cases, c)))
            }
        }
    }

    /// The history of the region `section` is about, when the run has
    /// histories and the section names a region (or the title does).
    pub fn region_history(&self, section: &Section) -> Option<&'a RegionHistory> {
        let history = self.history?;
        let key = crate::history::section_region(history, self.report, section)?;
        history.region(&key)
    }

    /// The common placeholders for `target`: `section`, `case`, `year`, `id`,
    /// `title`.
    pub fn vars(&self, section: Option<&Section>, case: Option<&Case>) -> Vars {
        let mut vars = Vars::new();
        vars.insert(
            "section",
            // `白河市：以“两个只增不减”托底教育投入` reads `白河市` in a
            // message, and so does every topic of a report on 白河市 alone
            // in what is said of its figures ([`Self::names_region`]); a
            // heading that names no region reads as written.
            section
                .map(|s| {
                    self.region
                        .filter(|_| self.names_region())
                        .or_else(|| self.heading_region(s))
                        .unwrap_or(&s.name)
                        .to_string()
                })
                .unwrap_or_default(),
        );
        vars.insert(
            "case",
            case.map(|c| c.number.to_string()).unwrap_or_default(),
        );
        vars.insert("year", self.year.map(|y| y.to_string()).unwrap_or_default());
        vars.insert("id", self.rule.id.clone());
        vars.insert("title", self.rule.title.clone());
        vars
    }

    /// The region `section`'s heading names (`东河县`, `白河市` of
    /// `白河市：以“两个只增不减”托底教育投入`), `None` for a heading that
    /// names none (`基本情况`).
    pub(crate) fn heading_region<'s>(&self, section: &'s Section) -> Option<&'s str>
    where
        'a: 's,
    {
        match section_index(&self.report.sections, section) {
            Some(i) => self.headings.get(i).copied().flatten(),
            // A section from elsewhere (a report built by hand).
            None => dutycheck_vocab::regions::of_heading(&section.name),
        }
    }

    /// Whether `section` holds no cases of work: problems, plans,
    /// requirements or background (`dutycheck_vocab::plans::holds_no_work`).
    pub(crate) fn holds_no_work(&self, section: &Section) -> bool {
        match section_index(&self.report.sections, section) {
            Some(i) => self.no_work.get(i).copied().unwrap_or(false),
            // A section from elsewhere (a report built by hand).
            None => section.is_preamble() || dutycheck_vocab::plans::holds_no_work(&section.name),
        }
    }

    /// What `case` (of `section`) holds: see `kinds::parts_of`.
    pub(crate) fn parts_of(&self, section: &Section, case: &Case) -> dutycheck_rules::CaseParts {
        let cell = section_index(&self.report.sections, section)
            .and_then(|s| self.parts.get(s))
            .zip(index_in(&section.cases, case))
            .and_then(|(cells, c)| cells.get(c));
        match cell {
            Some(cell) => *cell.get_or_init(|| crate::kinds::parts_of(case)),
            // A case from elsewhere (a report built by hand).
            None => crate::kinds::parts_of(case),
        }
    }

    /// Whether `{section}` names the region of a report on one region: in
    /// what is said of its figures (`东岭县一般公共预算教育支出…`). What is
    /// said of a section's structure or of one case's writing (`structure`,
    /// `detail`) names the part of the report as written, since every topic
    /// of the report is the same region.
    fn names_region(&self) -> bool {
        !matches!(
            self.rule.kind,
            dutycheck_rules::RuleKind::Structure(_) | dutycheck_rules::RuleKind::Detail(_)
        )
    }

    /// The rule's message template filled with `vars`, or `default` (a
    /// template in the same syntax) when the rule has none.
    pub fn message(&self, default: &str, vars: &Vars) -> String {
        match &self.rule.message {
            Some(t) => t.render(|name| vars.get(name).map(String::as_str)),
            None => builtin(default, vars),
        }
    }

    /// A finding of this rule at the rule's severity, with the indices of
    /// `section` and `case` when they are the report's own (a report built
    /// by hand may hand a check sections from elsewhere: no index then).
    pub fn finding(
        &self,
        section: Option<&Section>,
        case: Option<&Case>,
        spot: Spot,
        message: String,
    ) -> Found {
        let si = section.and_then(|s| section_index(&self.report.sections, s));
        let ci = match (section, case) {
            (Some(s), Some(c)) if si.is_some() => index_in(&s.cases, c),
            _ => None,
        };
        Found {
            section_index: si,
            case_index: ci,
            finding: Finding {
                rule: self.rule.id.clone(),
                severity: self.severity,
                path: self.report.path.clone(),
                section: section.map(|s| s.name.to_string()),
                case: case.map(|c| c.number),
                line: spot.line,
                column: spot.column,
                length: spot.length.max(1),
                message,
                indicator: None,
                value: None,
            },
        }
    }

    /// Where a unit starts: the case marker, the section heading, or the top
    /// of the file for the whole document.
    pub fn spot_of(&self, section: Option<&Section>, case: Option<&Case>) -> Spot {
        match (section, case) {
            (_, Some(c)) => case_spot(c),
            (Some(s), None) => section_spot(s),
            (None, None) => Spot {
                line: 1,
                column: 1,
                length: 1,
            },
        }
    }
}

/// Fills a built-in message template (always valid: they are constants).
pub(crate) fn builtin(template: &str, vars: &Vars) -> String {
    dutycheck_rules::Template::fill_builtin(template, |name| vars.get(name).map(String::as_str))
}

/// The case marker (`1.`, `（1）`), as long as the parser found it.
pub(crate) fn case_spot(case: &Case) -> Spot {
    Spot {
        line: case.line,
        column: case.column,
        length: case.marker_length().max(1),
    }
}

/// The section heading (`一、济南市`, `（一）东河县`), marker and name, as the
/// parser measured it. Reports built by hand (tests, plugins) may leave the
/// length at 0; they get the name's length plus a two-character marker.
pub(crate) fn section_spot(section: &Section) -> Spot {
    let fallback = u32::try_from(section.name.chars().count()).unwrap_or(0) + 2;
    let length = if section.heading_length > 0 {
        section.heading_length
    } else {
        fallback
    };
    Spot {
        line: section.line,
        column: section.column,
        length,
    }
}

/// A number for messages.
pub(crate) fn num(v: f64) -> String {
    format_number(v)
}
