//! The library entry point for one path, and one error type for `?`.
//!
//! ```
//! # fn main() -> Result<(), dutycheck::Error> {
//! let run = dutycheck::Checker::builder()
//!     .build()?
//!     .check_path("../../tests/fixtures/reports/county-2021-failing.txt")?;
//! assert_eq!(run.summary.errors, 4);
//! // The same value `--format json` prints: snapshot it in your own CI.
//! let json = serde_json::to_string_pretty(&run).expect("plain data serialises");
//! assert!(json.contains("\"rule\": \"preschool.public-share-2020\""));
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::path::Path;

use dutycheck_model::{CheckRun, Diagnostic};

use crate::Checker;

/// Why [`Checker::check_path`] or [`CheckerBuilder::build`](crate::CheckerBuilder::build)
/// failed. Converts from the builder's `Vec<Diagnostic>`, so both can be
/// used with `?` in one function.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The rules (or the catalog, or a config) are invalid.
    Rules(Vec<Diagnostic>),
    /// A report could not be read or parsed.
    Report { path: String, message: String },
}

impl From<Vec<Diagnostic>> for Error {
    fn from(d: Vec<Diagnostic>) -> Error {
        Error::Rules(d)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Rules(ds) => {
                let n = ds.len();
                writeln!(f, "{n} error{} in the rules", if n == 1 { "" } else { "s" })?;
                for d in ds {
                    writeln!(f, "{}", d.one_line())?;
                }
                Ok(())
            }
            Error::Report { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for Error {}

impl Checker {
    /// Checks one report file (or a directory of reports) and returns the
    /// run: serialisable, and equal to what `dutycheck check PATH --format
    /// json` prints. Fails when a report cannot be read or parsed; use
    /// [`Checker::check_paths`] to get a run that records such reports and
    /// goes on with the others.
    pub fn check_path(&self, path: impl AsRef<Path>) -> Result<CheckRun, Error> {
        let (run, _sources) = self.check_paths(&[path.as_ref()]);
        if let Some(r) = run.reports.iter().find(|r| r.error.is_some()) {
            return Err(Error::Report {
                path: r.path.clone(),
                message: r.error.clone().unwrap_or_default(),
            });
        }
        Ok(run)
    }
}
