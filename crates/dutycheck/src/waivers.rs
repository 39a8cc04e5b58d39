//! Waivers (`--waivers waivers.yaml`): findings a responsible person has
//! accepted, for a reason and until a date.
//!
//! Source code carries its suppressions in comments; a government report
//! cannot, so the acceptance lives in a file of its own, under review like
//! the rules:
//!
//! ```yaml
//! waivers:
//!   - rule: preschool.public-share-2020
//!     section: 东河县
//!     case: 1                                  # optional: only this case
//!     indicator: preschool-public-share         # optional: only this indicator
//!     report: county-2021-failing.txt           # optional: only this report (file name or path suffix)
//!     reason: 新建公办园2021年秋季开园，占比将超过50%
//!     approver: 王局长
//!     expires: 2099-12-31                       # the last day the waiver holds
//! ```
//!
//! A waiver matches findings by rule and section (and case, indicator and
//! report when given), never by line number, so it survives edits to the
//! report. A matched finding moves to [`CheckRun::waived`]: not counted in
//! the summary, not gating the exit code, still shown by every format. A
//! waiver past its expiry date waives nothing: its findings count again and
//! the run says so ([`WaiverNoteKind::Expired`]). A waiver that matched no
//! finding is reported as unused ([`WaiverNoteKind::Unused`]), as ast-grep
//! reports unused suppressions: the problem was fixed, or the waiver is
//! misspelt, and either way it should not linger.
//!
//! The file is validated strictly, with `file:line:column` for every error:
//! unknown keys, missing fields, empty reasons or approvers, impossible
//! dates, case numbers below 1, rule ids that no loaded rule has (with "did
//! you mean") and duplicate waivers.

use std::path::Path;

use dutycheck_catalog::yaml_error;
use dutycheck_model::{
    CheckRun, Diagnostic, Finding, Summary, WaivedFinding, WaiverNote, WaiverNoteKind, WaiverRef,
    did_you_mean,
};
use dutycheck_render::fingerprint::file_name;
use serde::Deserialize;
use serde_saphyr::{Location, Spanned};

/// A calendar date, `YYYY-MM-DD`. Ordered, so that expiry is a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, refusing dates that do not exist (`2023-02-29`).
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&date.day).then_some(date)
    }

    /// Today in UTC, from the system clock. (UTC, not local time: a waiver
    /// expiring "on" a date may thus hold up to a few hours longer or shorter
    /// in China; a day's precision is all a waiver promises.)
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days(i64::try_from(secs / 86_400).unwrap_or(0))
    }

    /// The civil date of a day count since 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u32::try_from(month).unwrap_or(1),
            day: u32::try_from(day).unwrap_or(1),
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One waiver, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiver {
    pub rule: String,
    pub section: String,
    pub case: Option<u32>,
    pub indicator: Option<String>,
    /// A report file name, or a path suffix (`2021/east.txt`).
    pub report: Option<String>,
    pub reason: String,
    pub approver: String,
    pub expires: Date,
    /// `waivers.yaml:3:5`: where the waiver starts.
    pub origin: String,
}

impl Waiver {
    /// Whether the waiver names this finding (expiry aside).
    pub fn matches(&self, f: &Finding) -> bool {
        f.rule == self.rule
            && f.section.as_deref() == Some(self.section.as_str())
            && self.case.is_none_or(|c| f.case == Some(c))
            && self
                .indicator
                .as_ref()
                .is_none_or(|i| f.indicator.as_deref() == Some(i.as_str()))
            && self
                .report
                .as_ref()
                .is_none_or(|r| report_matches(r, &f.path))
    }

    fn reference(&self) -> WaiverRef {
        WaiverRef {
            reason: self.reason.clone(),
            approver: self.approver.clone(),
            expires: self.expires.to_string(),
            origin: self.origin.clone(),
        }
    }

    fn scope(&self) -> String {
        let mut s = format!("`{}` in {}", self.rule, self.section);
        if let Some(c) = self.case {
            s.push_str(&format!(" case {c}"));
        }
        if let Some(i) = &self.indicator {
            s.push_str(&format!(" ({i})"));
        }
        if let Some(r) = &self.report {
            s.push_str(&format!(" of {r}"));
        }
        s
    }
}

/// A report path matches a waiver's `report` when the file names are equal
/// or the path ends with the given suffix at a directory boundary.
fn report_matches(wanted: &str, path: &str) -> bool {
    let path = path.replace('\\', "/");
    let wanted = wanted.replace('\\', "/");
    file_name(&path) == wanted
        || path == wanted
        || path.ends_with(&format!("/{}", wanted.trim_start_matches("./")))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    waivers: Vec<Spanned<RawWaiver>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWaiver {
    rule: Spanned<String>,
    section: Spanned<String>,
    #[serde(default)]
    case: Option<Spanned<i64>>,
    #[serde(default)]
    indicator: Option<Spanned<String>>,
    #[serde(default)]
    report: Option<Spanned<String>>,
    reason: Spanned<String>,
    approver: Spanned<String>,
    expires: Spanned<String>,
}

/// The shape of a waivers file, shown when a file does not have it.
pub const SHAPE: &str = "a waivers file starts with `waivers:` and lists each waiver under it, \
with `rule`, `section`, `reason`, `approver` and `expires: YYYY-MM-DD` (see docs/waivers.md)";

/// A YAML or shape error in a waivers file. The commonest mistake, a plain
/// list of waivers without the `waivers:` key, is named as such (serde's
/// own words, "expected mapping start", do not say what to write).
fn shape_error(path: &str, text: &str, error: &serde_saphyr::Error) -> Diagnostic {
    let plain_list = serde_saphyr::from_str::<Vec<serde::de::IgnoredAny>>(text).is_ok();
    let d = yaml_error(path, text, error);
    if plain_list {
        let d = Diagnostic {
            message: "the waivers are a plain list; they must be under a top-level `waivers:` key"
                .to_string(),
            ..d
        };
        return d.with_help(format!(
            "write `waivers:` on the first line and indent the list under it: {SHAPE}"
        ));
    }
    if d.help.is_none() {
        d.with_help(SHAPE)
    } else {
        d
    }
}

/// The waivers of one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Waivers {
    pub waivers: Vec<Waiver>,
}

impl Waivers {
    /// Reads and validates a waivers file. `rule_ids` are the rules in force,
    /// to catch misspelt ids; every problem is returned, each located.
    pub fn load(path: &Path, rule_ids: &[&str]) -> Result<Waivers, Vec<Diagnostic>> {
        Waivers::load_as(path, &path.display().to_string(), rule_ids)
    }

    /// [`Waivers::load`], naming the file `shown` in errors and in waiver
    /// origins (the path relative to the run's root, see [`crate::paths`]).
    pub fn load_as(
        path: &Path,
        shown: &str,
        rule_ids: &[&str],
    ) -> Result<Waivers, Vec<Diagnostic>> {
        let shown = shown.to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![Diagnostic::file(
                shown.clone(),
                format!("cannot read the waivers file: {e}"),
            )]
        })?;
        Waivers::parse(&shown, &text, rule_ids)
    }

    /// Validates waivers given as text (`path` names them in errors).
    pub fn parse(path: &str, text: &str, rule_ids: &[&str]) -> Result<Waivers, Vec<Diagnostic>> {
        let raw: RawFile =
            serde_saphyr::from_str(text).map_err(|e| vec![shape_error(path, text, &e)])?;
        let at = |l: &Location, msg: String| {
            Diagnostic::at(path, text, pos(l.line()), pos(l.column()), msg)
        };
        let mut errors = Vec::new();
        let mut waivers: Vec<Waiver> = Vec::new();
        for item in raw.waivers {
            let start = item.referenced;
            let w = item.value;
            let mut ok = true;
            let rule = w.rule.value.trim().to_string();
            if !rule_ids.contains(&rule.as_str()) {
                ok = false;
                let mut d = at(&w.rule.referenced, format!("no rule `{rule}` is loaded"));
                d = match did_you_mean(&rule, rule_ids.iter().copied()) {
                    Some(s) => d.with_help(format!("did you mean `{s}`?")),
                    None => d.with_help("`dutycheck rules list` shows the rule ids in force"),
                };
                errors.push(d);
            }
            for (field, value) in [
                ("section", &w.section),
                ("reason", &w.reason),
                ("approver", &w.approver),
            ] {
                if value.value.trim().is_empty() {
                    ok = false;
                    errors.push(
                        at(&value.referenced, format!("`{field}` must not be empty"))
                            .with_help("a waiver says where, why and who accepted it"),
                    );
                }
            }
            let case = match &w.case {
                Some(c) => match u32::try_from(c.value) {
                    Ok(n) if n >= 1 => Some(n),
                    _ => {
                        ok = false;
                        errors.push(at(
                            &c.referenced,
                            format!("case `{}` is not a case number (1, 2, …)", c.value),
                        ));
                        None
                    }
                },
                None => None,
            };
            let expires = match Date::parse(&w.expires.value) {
                Some(d) => d,
                None => {
                    ok = false;
                    errors.push(
                        at(
                            &w.expires.referenced,
                            format!("`{}` is not a date", w.expires.value),
                        )
                        .with_help(
                            "write the last day the waiver holds as YYYY-MM-DD, such as 2026-12-31",
                        ),
                    );
                    Date {
                        year: 0,
                        month: 1,
                        day: 1,
                    }
                }
            };
            let waiver = Waiver {
                rule,
                section: w.section.value.trim().to_string(),
                case,
                indicator: w.indicator.map(|i| i.value.trim().to_string()),
                report: w.report.map(|r| r.value.trim().to_string()),
                reason: w.reason.value.trim().to_string(),
                approver: w.approver.value.trim().to_string(),
                expires,
                origin: format!("{path}:{}:{}", pos(start.line()), pos(start.column())),
            };
            let same = |o: &Waiver| {
                (&o.rule, &o.section, o.case, &o.indicator, &o.report)
                    == (
                        &waiver.rule,
                        &waiver.section,
                        waiver.case,
                        &waiver.indicator,
                        &waiver.report,
                    )
            };
            if let Some(first) = waivers.iter().find(|o| same(o)) {
                ok = false;
                errors.push(
                    at(&start, format!("duplicate waiver for {}", waiver.scope()))
                        .with_help(format!("the first one is at {}", first.origin)),
                );
            }
            if ok {
                waivers.push(waiver);
            }
        }
        if errors.is_empty() {
            Ok(Waivers { waivers })
        } else {
            Err(errors)
        }
    }

    /// Applies the waivers to a run, as of `today`: waived findings move to
    /// `run.waived`, the summary is recounted, and expired and unused
    /// waivers become `run.waiver_notes`. A finding matched by several
    /// waivers is waived by the first valid one in the file.
    pub fn apply(&self, mut run: CheckRun, today: Date) -> CheckRun {
        let mut uses = Uses::new(self);
        let (kept, waived) = self.split(std::mem::take(&mut run.findings), today, &mut uses);
        run.findings = kept;
        run.waived.extend(waived);
        run.summary = Summary::of(&run.findings);
        run.waiver_notes.extend(self.notes(&uses));
        run
    }

    /// [`Waivers::apply`] to some of a run's findings (one report's, when a
    /// run is streamed): the findings kept and the findings waived, each in
    /// the order given. `uses` counts, over the calls, what each waiver
    /// matched, for [`Waivers::notes`] at the end of the run.
    pub fn split(
        &self,
        findings: Vec<Finding>,
        today: Date,
        uses: &mut Uses,
    ) -> (Vec<Finding>, Vec<WaivedFinding>) {
        let mut kept = Vec::new();
        let mut waived = Vec::new();
        for f in findings {
            let mut waived_by = None;
            for (i, w) in self.waivers.iter().enumerate() {
                if !w.matches(&f) {
                    continue;
                }
                if w.expires >= today {
                    uses.used[i] += 1;
                    waived_by = Some(i);
                    break;
                }
                uses.expired_hits[i] += 1;
            }
            match waived_by {
                Some(i) => waived.push(WaivedFinding {
                    finding: f,
                    waiver: self.waivers[i].reference(),
                }),
                None => kept.push(f),
            }
        }
        (kept, waived)
    }

    /// The notes about expired and unused waivers, once every finding of
    /// the run went through [`Waivers::split`].
    pub fn notes(&self, uses: &Uses) -> Vec<WaiverNote> {
        let mut notes = Vec::new();
        for (i, w) in self.waivers.iter().enumerate() {
            let (used, expired_hits) = (uses.used[i], uses.expired_hits[i]);
            let note = |kind, message: String| WaiverNote {
                kind,
                origin: w.origin.clone(),
                rule: w.rule.clone(),
                section: w.section.clone(),
                message,
            };
            if expired_hits > 0 && used == 0 {
                notes.push(note(
                    WaiverNoteKind::Expired,
                    format!(
                        "the waiver for {} expired on {}: its {} finding{} count{} again; renew it with a new date or fix the report",
                        w.scope(),
                        w.expires,
                        expired_hits,
                        if expired_hits == 1 { "" } else { "s" },
                        if expired_hits == 1 { "s" } else { "" },
                    ),
                ));
            } else if used == 0 {
                notes.push(note(
                    WaiverNoteKind::Unused,
                    format!(
                        "the waiver for {} matched no finding: remove it, or check the rule, section and case it names",
                        w.scope()
                    ),
                ));
            }
        }
        notes
    }
}

/// What each waiver of a file matched so far: findings it waived, and
/// findings it would have waived had it not expired. Two counts per waiver.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Uses {
    used: Vec<usize>,
    expired_hits: Vec<usize>,
}

impl Uses {
    pub fn new(waivers: &Waivers) -> Uses {
        Uses {
            used: vec![0; waivers.waivers.len()],
            expired_hits: vec![0; waivers.waivers.len()],
        }
    }
}

fn pos(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dutycheck_model::Severity;

    const IDS: [&str; 2] = ["preschool.public-share-2020", "structure.min-cases"];

    fn finding(rule: &str, section: &str, case: Option<u32>) -> Finding {
        Finding {
            rule: rule.into(),
            severity: Severity::Error,
            path: "tests/fixtures/reports/county.txt".into(),
            section: Some(section.into()),
            case,
            line: 4,
            column: 1,
            length: 1,
            message: "m".into(),
            indicator: None,
            value: None,
        }
    }

    fn waivers(yaml: &str) -> Waivers {
        Waivers::parse("w.yaml", yaml, &IDS).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn a_plain_list_is_told_to_go_under_the_waivers_key() {
        let text = "- rule: preschool.public-share-2020\n  section: 东河县\n  reason: r\n  approver: a\n  expires: 2030-01-01\n";
        let errors = Waivers::parse("w.yaml", text, &IDS).expect_err("a plain list is refused");
        assert_eq!(errors.len(), 1);
        let e = &errors[0];
        assert_eq!((e.line, e.column), (Some(1), Some(1)));
        assert!(e.message.contains("top-level `waivers:` key"), "{e}");
        let help = e.help.as_deref().unwrap_or_default();
        assert!(
            help.contains("write `waivers:` on the first line"),
            "{help}"
        );
        // Other shape errors name the shape too.
        let errors = Waivers::parse("w.yaml", "waivers: 3\n", &IDS).expect_err("not a list");
        assert!(
            errors[0]
                .help
                .as_deref()
                .unwrap_or_default()
                .contains("starts with `waivers:`"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn dates_are_checked_and_ordered() {
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("2023-1-01"), None);
        assert!(Date::parse("2023-12-31") < Date::parse("2024-01-01"));
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(19_782).to_string(), "2024-02-29");
    }

    #[test]
    fn a_waiver_moves_its_findings_and_recounts() {
        let w = waivers(
            "waivers:\n  - rule: preschool.public-share-2020\n    section: 东河县\n    reason: r\n    approver: a\n    expires: 2030-01-01\n",
        );
        let run = CheckRun::new(
            vec![],
            vec![
                finding("preschool.public-share-2020", "东河县", Some(1)),
                finding("preschool.public-share-2020", "西山区", Some(1)),
            ],
        );
        let today = Date {
            year: 2030,
            month: 1,
            day: 1,
        };
        let out = w.apply(run.clone(), today);
        assert_eq!(out.findings.len(), 1);
        assert_eq!(out.summary.errors, 1);
        assert_eq!(out.waived.len(), 1);
        assert_eq!(out.waived[0].waiver.origin, "w.yaml:2:5");
        assert!(out.waiver_notes.is_empty());

        // The day after expiry it waives nothing and says so.
        let out = w.apply(
            run,
            Date {
                year: 2030,
                month: 1,
                day: 2,
            },
        );
        assert_eq!(out.findings.len(), 2);
        assert!(out.waived.is_empty());
        assert_eq!(out.waiver_notes.len(), 1);
        assert_eq!(out.waiver_notes[0].kind, WaiverNoteKind::Expired);
    }

    #[test]
    fn case_indicator_and_report_narrow_a_waiver() {
        let w = waivers(
            "waivers:\n  - rule: preschool.public-share-2020\n    section: 东河县\n    case: 2\n    report: county.txt\n    reason: r\n    approver: a\n    expires: 2030-01-01\n",
        );
        let today = Date {
            year: 2020,
            month: 1,
            day: 1,
        };
        let run = CheckRun::new(
            vec![],
            vec![finding("preschool.public-share-2020", "东河县", Some(1))],
        );
        let out = w.apply(run, today);
        assert_eq!(out.findings.len(), 1);
        assert_eq!(out.waiver_notes[0].kind, WaiverNoteKind::Unused);
        assert!(w.waivers[0].matches(&finding("preschool.public-share-2020", "东河县", Some(2))));
        let mut other = finding("preschool.public-share-2020", "东河县", Some(2));
        other.path = "other/county-2.txt".into();
        assert!(!w.waivers[0].matches(&other));
        assert!(report_matches("2021/county.txt", "reports/2021/county.txt"));
        assert!(!report_matches("1/county.txt", "reports/2021/county.txt"));
    }

    #[test]
    fn errors_are_located_and_helpful() {
        let yaml = "waivers:\n  - rule: preschool.public-share-202\n    section: 东河县\n    case: 0\n    reason: \"\"\n    approver: a\n    expires: 2023-02-30\n    expiry: x\n";
        let errors = Waivers::parse("w.yaml", yaml, &IDS).expect_err("invalid");
        let text: Vec<String> = errors.iter().map(|d| d.one_line()).collect();
        // An unknown key stops deserialisation first, with its position.
        assert_eq!(errors.len(), 1, "{text:?}");
        assert!(text[0].starts_with("w.yaml:8:"), "{text:?}");
        assert!(text[0].contains("expiry"), "{text:?}");

        let yaml = yaml.replace("    expiry: x\n", "");
        let errors = Waivers::parse("w.yaml", &yaml, &IDS).expect_err("invalid");
        let text: Vec<String> = errors.iter().map(|d| d.one_line()).collect();
        assert!(
            text.iter().any(|t| t.starts_with("w.yaml:2:11: no rule")),
            "{text:?}"
        );
        assert!(
            errors
                .iter()
                .any(|d| d.help.as_deref() == Some("did you mean `preschool.public-share-2020`?")),
            "{errors:?}"
        );
        assert!(
            text.iter().any(|t| t.starts_with("w.yaml:4:11: case `0`")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("w.yaml:5:13: `reason` must not be empty")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("w.yaml:7:14: `2023-02-30` is not a date")),
            "{text:?}"
        );
    }

    #[test]
    fn missing_fields_and_duplicates_are_errors() {
        let errors = Waivers::parse(
            "w.yaml",
            "waivers:\n  - rule: structure.min-cases\n    section: 东河县\n",
            &IDS,
        )
        .expect_err("invalid");
        assert!(errors[0].message.contains("reason"), "{errors:?}");
        let one = "  - rule: structure.min-cases\n    section: 东河县\n    reason: r\n    approver: a\n    expires: 2030-01-01\n";
        let errors =
            Waivers::parse("w.yaml", &format!("waivers:\n{one}{one}"), &IDS).expect_err("dup");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .one_line()
                .starts_with("w.yaml:7:5: duplicate waiver"),
            "{errors:?}"
        );
    }
}
