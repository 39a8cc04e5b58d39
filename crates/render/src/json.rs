//! JSON output: the [`dutycheck_model::CheckRun`] serialised, which is the
//! stable contract (fields are added, never renamed; see `CHECK_FORMAT_VERSION`).

use dutycheck_model::{CheckRun, Report};

/// `dutycheck check --format json`: the run, pretty-printed, with a final
/// newline.
pub fn check_json(run: &CheckRun) -> String {
    to_json(run)
}

/// `dutycheck parse --format json`: the parsed report with everything
/// extracted.
pub fn parse_json(report: &Report) -> String {
    to_json(report)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising plain data with string keys cannot fail; an error here
    // would be a bug in a derive, so it is reported in the output itself.
    let mut out =
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}
