//! Which `dutycheck.yaml` applies: one named explicitly, the nearest one
//! found by walking up from a directory, or none.
//!
//! The command line and library users resolve it the same way, through
//! [`ConfigSource`] and [`load`] (or [`crate::CheckerBuilder::config_source`]),
//! so that what `rules list` shows is what `check` runs and what a program
//! using the library gets.

use std::path::{Path, PathBuf};

use dutycheck_model::Diagnostic;
use dutycheck_rules::Config;

/// Where the configuration comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ConfigSource {
    /// No configuration (`--no-config`, and the library's default: a
    /// program that wants a config says so).
    #[default]
    None,
    /// This file, which must exist (`--config FILE`).
    File(PathBuf),
    /// The nearest `dutycheck.yaml` in this directory or above it (what the
    /// command line does without `--config`, from the current directory).
    Discover(PathBuf),
}

impl ConfigSource {
    /// The configuration file this source names, if any: the given file, or
    /// the one discovery finds (shown relative to the current directory when
    /// it is inside it, so that diagnostics read `dutycheck.yaml:3:5`).
    pub fn path(&self) -> Option<PathBuf> {
        match self {
            ConfigSource::None => None,
            ConfigSource::File(p) => Some(p.clone()),
            ConfigSource::Discover(dir) => Config::discover(dir).map(|p| relative_to_cwd(&p)),
        }
    }
}

/// Loads the configuration `source` names; `Ok(None)` when it names none.
pub fn load(source: &ConfigSource) -> Result<Option<Config>, Vec<Diagnostic>> {
    match source.path() {
        Some(p) => Config::load(&p).map(Some),
        None => Ok(None),
    }
}

/// `p` relative to the current directory when it is inside it.
fn relative_to_cwd(p: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|d| p.strip_prefix(&d).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| p.to_path_buf())
}
