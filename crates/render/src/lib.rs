//! The last stage of the pipeline: **render**. A [`CheckRun`] (or a parsed
//! [`Report`]) in, bytes for a person or a machine out.
//!
//! Every renderer is a pure function of its input: findings are already
//! sorted by [`CheckRun::new`], maps are `BTreeMap`s, and nothing reads the
//! clock or the environment. The same run therefore renders to the same
//! bytes every time, which is what snapshot tests in CI rely on.

mod context;
pub mod fingerprint;
pub mod formats;
pub mod help;
pub mod sink;
pub mod spill;
pub mod terminal;
mod text_extras;

use std::collections::BTreeMap;

pub use context::{Input, Measured, RuleInfo, ThresholdInfo, Values, escape_xml, place};
pub use fingerprint::{Fingerprinter, fingerprints};
pub use formats::Format;
pub use formats::github::check_github;
pub use formats::html::check_html;
pub use formats::json::{check_json, parse_json, write_parse_json};
pub use formats::junit::check_junit;
pub use formats::markdown::check_markdown;
pub use formats::sarif::{SARIF_SCHEMA_URI, check_sarif, sarif_level};
pub use formats::text::{
    SourceLines, TextOptions, Totals, check_text, finding_block_text, parse_text,
    report_error_text, summary_text, table_text,
};
pub use help::{PROJECT_URL, RuleHelp, help_uri, rule_help};
pub use sink::{Piece, RenderOptions, Sink, Tail, feed_run, render_run};
pub use terminal::terminal_safe;

/// The decoded text of each report, by path, for quoting source lines.
pub type Sources = BTreeMap<String, String>;

#[doc(no_inline)]
pub use dutycheck_model::{CheckRun, Report};
