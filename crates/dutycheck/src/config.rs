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

/// Whether the `plugins:` of a *discovered* config may load (see
/// [`crate::trust`]): a config named explicitly ([`ConfigSource::File`])
/// always loads its plugins; one found by walking up only when it is
/// trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginTrust {
    /// Trust every discovered config (`--trust-config-plugins`).
    pub trust_all: bool,
    /// The trust file to ask; `None`: there is none, nothing is trusted.
    pub store: Option<PathBuf>,
}

impl PluginTrust {
    /// The user's trust file ([`crate::trust::TrustStore::default_path`]),
    /// without `--trust-config-plugins`.
    pub fn user() -> PluginTrust {
        PluginTrust {
            trust_all: false,
            store: crate::trust::TrustStore::default_path(),
        }
    }
}

/// A configuration as loaded: the config, where it is, whether it was
/// discovered, and the plugins held back because it is not trusted.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Config,
    /// Mistakes in the file that left the rest of it usable (see
    /// [`load_partial_with`]); always empty from [`load_with`].
    pub errors: Vec<Diagnostic>,
    /// As shown (relative to the current directory when inside it).
    pub path: PathBuf,
    /// Found by walking up, not named.
    pub discovered: bool,
    /// Its `plugins:`, taken out of [`Loaded::config`], when it is a
    /// discovered config that is not trusted.
    pub withheld: Option<crate::trust::Withheld>,
}

/// Loads the configuration `source` names; `Ok(None)` when it names none.
/// A discovered config's plugins are kept only if the user's trust file
/// trusts it (see [`load_with`]).
pub fn load(source: &ConfigSource) -> Result<Option<Config>, Vec<Diagnostic>> {
    Ok(load_with(source, &PluginTrust::user())?.map(|l| l.config))
}

/// Loads the configuration `source` names, holding back the `plugins:` of a
/// discovered config that `trust` does not trust.
pub fn load_with(
    source: &ConfigSource,
    trust: &PluginTrust,
) -> Result<Option<Loaded>, Vec<Diagnostic>> {
    match load_partial_with(source, trust)? {
        Some(loaded) if !loaded.errors.is_empty() => Err(loaded.errors),
        loaded => Ok(loaded),
    }
}

/// [`load_with`], keeping the valid part of a config with mistakes in
/// [`Loaded::errors`]: [`crate::CheckerBuilder::loaded_config`] then loads
/// the rules anyway and reports the file's mistakes together with the
/// overrides that name no rule, in one round.
pub fn load_partial_with(
    source: &ConfigSource,
    trust: &PluginTrust,
) -> Result<Option<Loaded>, Vec<Diagnostic>> {
    let Some(path) = source.path() else {
        return Ok(None);
    };
    let (mut config, errors) = Config::load_partial(&path)?;
    let discovered = matches!(source, ConfigSource::Discover(_));
    let withheld = if discovered {
        crate::trust::withhold_untrusted(
            &mut config,
            &path,
            trust.trust_all,
            trust.store.as_deref(),
        )
    } else {
        None
    };
    Ok(Some(Loaded {
        config,
        errors,
        path,
        discovered,
        withheld,
    }))
}

/// `p` relative to the current directory when it is inside it.
fn relative_to_cwd(p: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|d| p.strip_prefix(&d).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| p.to_path_buf())
}
