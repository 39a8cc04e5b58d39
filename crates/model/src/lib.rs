//! The data model of dutycheck.
//!
//! Every stage of the pipeline speaks in these types:
//!
//! ```text
//! bytes ──read──▶ text ──parse──▶ Report{Section{Case}} ──extract──▶ Quantity + IndicatorValue
//!       ──evaluate──▶ Finding + compliance matrix ──render──▶ text | json | …
//! ```
//!
//! The types are plain data with `serde` derives and no behaviour beyond small
//! helpers, because they cross two boundaries: the JSON output contract (a
//! [`CheckRun`] serialised is `--format json`) and the plugin ABI, where a plugin sees a
//! report as the JSON serialisation of [`Report`]. Fields may be added but never
//! renamed; field names are part of the public contract.
//!
//! Positions: every `line` and `column` is 1-based and points into the
//! *original* file, and columns count characters (Unicode scalar values), not
//! bytes. Offsets named `start`/`end` are character offsets into the repaired
//! [`Case::text`].

mod diagnostic;
mod finding;
mod history;
mod outcome;
mod report;
#[cfg(feature = "schema")]
pub mod schema;
mod statuses;
mod text;
mod waiver;

pub use diagnostic::{Diagnostic, did_you_mean, display_width};
pub use finding::{Finding, Severity, Status, UNREAD_MENTION};
pub use history::{Conflict, History, HistoryValue, RegionHistory, YearEntry};
pub use outcome::{
    CHECK_FORMAT_VERSION, CheckRun, Measured, ReportResult, SectionCounts, SectionResult,
    SectionStatus, Summary, Values,
};
pub use report::{
    Base, Case, Change, Claim, Direction, IndicatorValue, NumberingGap, Qualifier, Quantity,
    QuantityKind, Report, Section, Segment, Span, StatementKind, UnreadMention,
    UnreadMentionReason, UnreadNumbering, UnreadReason,
};
pub use statuses::{RuleIds, RuleStatuses};
pub use text::{CharWalk, Folded, Text};
pub use waiver::{
    BaselineComparison, FixedFinding, WaivedFinding, WaiverNote, WaiverNoteKind, WaiverRef,
};
