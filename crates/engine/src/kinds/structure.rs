//! The check of `structure:` rules (see `dutycheck_rules::StructureRule`):
//! the number of cases of a section and numbering gaps. A document target
//! judges every section.
//!
//! A report about one region, split by topic (a county's self-evaluation:
//! `一、教育投入保障`, `二、学前教育普及普惠`, see
//! `dutycheck_vocab::regions::of_report`), has its cases counted over the
//! whole report: they are the region's cases, however its topics divide
//! them. Counted per topic, every self-evaluation with two items a topic
//! got a warning per topic that a careful reader would call wrong.
//!
//! In a report of regions, a section that names no region (`一、总体情况`,
//! `二、各县（市、区）情况` with text of its own before its regions) is not
//! counted either: like a section of problems, it is not a region's list of
//! cases (see `dutycheck_parse`, *Regions below the first level*).

use dutycheck_model::{Section, Status};
use dutycheck_rules::StructureRule;

use crate::check::{CheckContext, Outcome, Spot, Target, builtin, section_spot};

/// Whether `section` is no region in a report of regions: some section of
/// the report names a region ([`CheckContext::heading_region`]), this one
/// does not.
fn not_a_region(cx: &CheckContext<'_>, section: &Section) -> bool {
    cx.heading_region(section).is_none() && cx.headings.iter().any(Option::is_some)
}

/// `structure:` rules: the number of cases of a section and numbering gaps.
/// A document target judges every section.
fn section(cx: &CheckContext<'_>, rule: StructureRule, section: &Section) -> Outcome {
    // The lead-in (case 0) is not a numbered case.
    let numbered = section.cases.iter().filter(|c| !c.is_lead_in()).count();
    let report = cx.report;
    // A section of problems, plans or requirements is not a list of cases
    // of work: how many it has is no measure of the report. Nor is, in a
    // report of regions, a section that names none (`一、总体情况` beside
    // `（一）河东区`): its figures are read and judged, but it is no region
    // whose cases could be too few.
    let no_work = cx.holds_no_work(section)
        || not_a_region(cx, section)
        // A bulletin or a feedback (`…的通报`, `…反馈意见`): the inspectors'
        // summary of each region, not the region's cases of work; a
        // rectification report (`…整改情况的报告`): the answer to them.
        || !cx.written_as_cases
        // One case of a collection (`案例一：青溪县：…`): picked, one region's
        // each; how many a region has in it measures nothing.
        || section.collected;
    let (numbered, counted_here) = match cx.region {
        // The region's cases: every topic's, said once, at the first
        // topic of work.
        Some(_) => {
            let of_work = report
                .sections
                .iter()
                .filter(|s| !cx.holds_no_work(s));
            let first = of_work.clone().next().is_some_and(|s| std::ptr::eq(s, section));
            let all = of_work
                .flat_map(|s| &s.cases)
                .filter(|c| !c.is_lead_in())
                .count();
            (all, first)
        }
        None => (numbered, true),
    };
    let too_few = numbered < rule.min_cases && !no_work && counted_here;
    let unread = rule.unread_numbering && !section.unread_numbering.is_empty();
    if no_work && !unread {
        return Outcome::new(Status::NotApplicable);
    }
    if !too_few && !unread && (!rule.sequential || section.numbering_gaps.is_empty()) {
        return Outcome::new(Status::Pass);
    }
    let mut findings = Vec::new();
    let mut vars = cx.vars(Some(section), None);
    vars.insert("cases", numbered.to_string());
    vars.insert("min_cases", rule.min_cases.to_string());
    if too_few {
        let mut vars = vars.clone();
        if let Some(region) = cx.region {
            vars.insert("section", region.to_string());
        }
        let msg = cx.message(
            "{section}只有{cases}条典型案例，至少需要{min_cases}条",
            &vars,
        );
        findings.push(cx.finding(Some(section), None, section_spot(section), msg));
    }
    if rule.sequential {
        for gap in &section.numbering_gaps {
            let mut v = vars.clone();
            v.insert("expected", gap.expected.to_string());
            v.insert("found", gap.found.to_string());
            // Always the built-in text: the rule's message is about counts.
            let msg = builtin(
                "{section}案例编号不连续：此处应为第{expected}条，写的是第{found}条",
                &v,
            );
            let length = u32::try_from(gap.found.to_string().len()).unwrap_or(1) + 1;
            findings.push(cx.finding(
                Some(section),
                None,
                Spot {
                    line: gap.line,
                    column: gap.column,
                    length,
                },
                msg,
            ));
        }
    }
    if rule.unread_numbering {
        for u in &section.unread_numbering {
            let mut v = vars.clone();
            v.insert("marker", u.marker.clone());
            v.insert("reason", u.explain());
            // Always the built-in text, as for gaps: the parser's reason
            // is the message.
            let msg = builtin("{section}：{reason}", &v);
            let length = u32::try_from(u.marker.chars().count()).unwrap_or(1);
            findings.push(cx.finding(
                Some(section),
                None,
                Spot {
                    line: u.line,
                    column: u.column,
                    length,
                },
                msg,
            ));
        }
    }
    let status = if findings.is_empty() {
        Status::Pass
    } else {
        Status::Fail
    };
    Outcome::new(status).with(findings)
}

pub(super) fn check(cx: &CheckContext<'_>, rule: &StructureRule, target: Target<'_>) -> Outcome {
    let rule = *rule;
    {
        match target {
            Target::Section(s) => section(cx, rule, s),
            Target::Document => Outcome::combined(
                cx.report
                    .sections
                    .iter()
                    .map(|s| section(cx, rule, s)),
            ),
            Target::Case(..) => Outcome::new(Status::NotApplicable),
        }
    }
}

