//! Stable fingerprints of findings, for baselines (`--baseline`) and for
//! SARIF's `partialFingerprints`.
//!
//! A fingerprint must say "the same problem" across two runs even when the
//! report was edited in between: a paragraph added above a case moves every
//! line number below it, and a corrected figure changes the message
//! (`为76%` → `为78%`) while the problem, a shortfall against the target, is
//! still the same one. So the fingerprint is built only from what names the
//! problem:
//!
//! - the rule id;
//! - the report's **file name** (not its directory: a checkout in another
//!   folder, or CI's fresh clone, must match; renaming the file makes its
//!   findings new, which is the honest answer);
//! - the section name and the case number;
//! - the indicator, when the finding is about one.
//!
//! Not the line, the column, the message or the value. When one rule reports
//! several findings with the same identity (a pattern that matches twice in a
//! case), they are told apart by an occurrence number in reading order,
//! `…:1`, `…:2`: stable under edits elsewhere, and the only order a text
//! without line numbers can offer.
//!
//! The identity is hashed with 64-bit FNV-1a, a fixed public algorithm (not
//! Rust's `DefaultHasher`, whose output may change between releases), and
//! written as 16 hex digits, then `:` and the occurrence: `9f0c…e1:1`. The
//! `v1` in the hashed text versions the scheme.

use std::collections::HashMap;

use dutycheck_model::Finding;

/// The fingerprint of each finding, in the order given. Pass every finding
/// of a run in its sorted order (see [`CheckRun::new`](dutycheck_model::CheckRun::new)),
/// so that occurrence numbers are counted in reading order.
pub fn fingerprints<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Vec<String> {
    let mut counter = Fingerprinter::default();
    findings.into_iter().map(|f| counter.next(f)).collect()
}

/// Fingerprints counted one finding at a time: what [`fingerprints`] does,
/// for a run that is streamed. It keeps one count per identity seen, so a
/// streamed run keeps one per file name that several reports share (only
/// their identities can meet: the file name is part of the identity).
#[derive(Debug, Clone, Default)]
pub struct Fingerprinter {
    seen: HashMap<u64, u32>,
}

impl Fingerprinter {
    /// The fingerprint of `f`, the next finding in reading order.
    pub fn next(&mut self, f: &Finding) -> String {
        let base = identity_hash(f);
        let n = self.seen.entry(base).or_insert(0);
        *n += 1;
        format!("{base:016x}:{n}")
    }
}

/// The file name of a report path, whichever separator it was written with.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The identity of a finding, hashed: a fingerprint without its occurrence.
pub(crate) fn identity_hash(f: &Finding) -> u64 {
    let case = f.case.map(|c| c.to_string()).unwrap_or_default();
    let parts = [
        "dutycheck/fingerprint/v1",
        f.rule.as_str(),
        file_name(&f.path),
        f.section.as_deref().unwrap_or(""),
        case.as_str(),
        f.indicator.as_deref().unwrap_or(""),
    ];
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            // A unit separator between parts, so that ("ab", "c") and
            // ("a", "bc") differ.
            hash = fnv_byte(hash, 0x1f);
        }
        for b in part.bytes() {
            hash = fnv_byte(hash, b);
        }
    }
    hash
}

fn fnv_byte(hash: u64, b: u8) -> u64 {
    (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dutycheck_model::Severity;

    fn finding(line: u32, message: &str) -> Finding {
        Finding {
            rule: "preschool.inclusive-coverage-2020".into(),
            severity: Severity::Error,
            path: "reports/a/county.txt".into(),
            section: Some("东河县".into()),
            case: Some(1),
            line,
            column: 45,
            length: 3,
            message: message.into(),
            indicator: Some("preschool-inclusive-coverage".into()),
            value: Some(76.0),
        }
    }

    #[test]
    fn lines_messages_and_directories_do_not_change_it() {
        let a = finding(4, "东河县普惠性幼儿园覆盖率为76%");
        let mut b = finding(9, "东河县普惠性幼儿园覆盖率为78%");
        b.path = "/elsewhere/county.txt".into();
        b.column = 3;
        b.value = Some(78.0);
        assert_eq!(fingerprints([&a]), fingerprints([&b]));
    }

    #[test]
    fn rule_section_case_and_indicator_do() {
        let a = finding(4, "m");
        let base = fingerprints([&a]);
        for change in [
            |f: &mut Finding| f.rule = "other".into(),
            |f: &mut Finding| f.section = Some("西山区".into()),
            |f: &mut Finding| f.case = Some(2),
            |f: &mut Finding| f.indicator = None,
            |f: &mut Finding| f.path = "reports/a/other.txt".into(),
        ] {
            let mut b = a.clone();
            change(&mut b);
            assert_ne!(fingerprints([&b]), base, "{b:?}");
        }
    }

    #[test]
    fn repeats_are_numbered_in_order_and_the_value_is_fixed() {
        let a = finding(4, "m");
        let fps = fingerprints([&a, &a, &finding(5, "n")]);
        assert!(fps[0].ends_with(":1") && fps[1].ends_with(":2") && fps[2].ends_with(":3"));
        assert_eq!(fps[0][..16], fps[1][..16]);
        // The scheme is part of the contract with stored baselines: a change
        // here must be deliberate (bump `v1`).
        assert_eq!(fps[0], "2f1e18c6cca48883:1");
    }

    #[test]
    fn file_names_from_either_separator() {
        assert_eq!(file_name("a/b/c.txt"), "c.txt");
        assert_eq!(file_name(r"a\b\c.txt"), "c.txt");
        assert_eq!(file_name("c.txt"), "c.txt");
    }
}
