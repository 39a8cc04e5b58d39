//! What waivers and baselines add to a [`CheckRun`](crate::CheckRun).
//!
//! A report cannot carry suppression comments the way source code can (it is
//! a government document, often not even ours to edit), so accepted findings
//! are waived from outside, in a waivers file, and a run can be compared with
//! an earlier one (a baseline). Both are decided by the command line; these
//! types only carry the outcome, so that every renderer can show it.
//!
//! They live beside the fixed JSON contract, never inside it: a waived
//! finding moves from `findings` to `waived`, so that a consumer that knows
//! nothing about waivers still counts exactly what gates the run, and the
//! fields below are omitted from the JSON when they are empty, so that a run
//! without waivers or a baseline prints byte for byte what it printed before.

use serde::{Deserialize, Serialize};

use crate::Finding;

/// A finding that a waiver accepted: not counted, still shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WaivedFinding {
    /// The finding as the rule reported it, with every field of `findings[]`.
    #[serde(flatten)]
    pub finding: Finding,
    /// The waiver that accepted it.
    pub waiver: WaiverRef,
}

/// Who accepted a finding, why, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WaiverRef {
    pub reason: String,
    pub approver: String,
    /// `YYYY-MM-DD`: the last day on which the waiver holds.
    pub expires: String,
    /// Where the waiver is written: `waivers.yaml:12:5`.
    pub origin: String,
}

/// Something the user should fix in the waivers file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WaiverNote {
    pub kind: WaiverNoteKind,
    /// Where the waiver is written: `waivers.yaml:12:5`.
    pub origin: String,
    pub rule: String,
    pub section: String,
    /// A sentence for people: what happened and what to do.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum WaiverNoteKind {
    /// The waiver matched a finding but its expiry date has passed: the
    /// finding was let through and counts again.
    Expired,
    /// The waiver matched no finding in the run: the problem was fixed, or
    /// the waiver names the rule or section wrongly. Either way it should go.
    Unused,
}

impl WaiverNoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            WaiverNoteKind::Expired => "expired",
            WaiverNoteKind::Unused => "unused",
        }
    }
}

/// The comparison of a run with an earlier result (`--baseline FILE`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BaselineComparison {
    /// The baseline file, as given.
    pub path: String,
    /// Findings of this run that the baseline does not have: the ones kept
    /// in `findings`.
    pub new: usize,
    /// Findings the baseline already had: dropped from `findings`.
    pub unchanged: usize,
    /// Findings of the baseline that this run no longer has.
    pub fixed: Vec<FixedFinding>,
}

/// A baseline finding that is gone, identified as the baseline showed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FixedFinding {
    pub fingerprint: String,
    pub rule: String,
    pub path: String,
    pub section: Option<String>,
    pub case: Option<u32>,
    pub message: String,
}
