//! Choosing the rules in force: `--rules`, `--config` / `dutycheck.yaml`,
//! and the rule flags `--error/--warning/--info/--off ID` and `--filter`.
//!
//! Every command that works on "the rules" (`check`, `rules list`, `rules
//! explain`) resolves them the same way, through [`builder`], so that what
//! `rules list` shows is exactly what `check` runs:
//!
//! 1. `--rules PATH` when given, else the config's `packs:`, else the bundled
//!    packs;
//! 2. the config's `rules:` overrides (and, per report, `overrides:`);
//! 3. the rule flags, last.
//!
//! The config is `--config FILE` when given, else the nearest
//! `dutycheck.yaml` found by walking up from the current directory.

use std::path::PathBuf;

use clap::Args;
use dutycheck_model::Diagnostic;
use dutycheck_rules::{Config, RuleSeverity};

use dutycheck::CheckerBuilder;
use dutycheck::config::{ConfigSource, Loaded, PluginTrust};

/// Flags that select and adjust the rules in force.
#[derive(Debug, Args, Default, Clone)]
pub struct SelectArgs {
    /// Use this config file instead of the nearest dutycheck.yaml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any dutycheck.yaml (use --rules or the bundled packs).
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
    /// Load the `plugins:` of a dutycheck.yaml found by walking up, even if
    /// it is not trusted (see `dutycheck trust`). A config given with
    /// --config always loads its plugins.
    #[arg(long)]
    pub trust_config_plugins: bool,
    /// Report rule ID as an error (repeatable).
    #[arg(long = "error", value_name = "ID")]
    pub error: Vec<String>,
    /// Report rule ID as a warning (repeatable).
    #[arg(long = "warning", value_name = "ID")]
    pub warning: Vec<String>,
    /// Report rule ID as info (repeatable).
    #[arg(long = "info", value_name = "ID")]
    pub info: Vec<String>,
    /// Switch rule ID off (repeatable).
    #[arg(long = "off", value_name = "ID")]
    pub off: Vec<String>,
    /// Keep only the rules whose id matches REGEX.
    #[arg(long, value_name = "REGEX")]
    pub filter: Option<String>,
    /// Let packs `extends` files outside the rule directories and the
    /// config's directory (by default refused, so that a rule file cannot
    /// make dutycheck read and print another file).
    #[arg(long)]
    pub allow_extends_outside: bool,
}

impl SelectArgs {
    /// The severity flags as `(id, severity)`. One id given to two different
    /// flags is a conflict, reported instead of letting the order of flags
    /// decide silently.
    pub fn levels(&self) -> Result<Vec<(String, RuleSeverity)>, Vec<Diagnostic>> {
        let mut out: Vec<(String, RuleSeverity)> = Vec::new();
        let mut errors = Vec::new();
        for (ids, sev) in [
            (&self.off, RuleSeverity::Off),
            (&self.info, RuleSeverity::Info),
            (&self.warning, RuleSeverity::Warning),
            (&self.error, RuleSeverity::Error),
        ] {
            for id in ids {
                match out.iter().find(|(i, _)| i == id) {
                    Some((_, s)) if *s != sev => errors.push(
                        Diagnostic::file(
                            "command line",
                            format!(
                                "rule `{id}` is given both --{} and --{}",
                                s.as_str(),
                                sev.as_str()
                            ),
                        )
                        .with_help("give each rule one severity flag"),
                    ),
                    Some(_) => {}
                    None => out.push((id.clone(), sev)),
                }
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }
}

/// The config in force: `--config FILE` (which must exist), else the nearest
/// `dutycheck.yaml` above the current directory, else none.
pub fn find(select: &SelectArgs) -> Result<Option<Config>, Vec<Diagnostic>> {
    Ok(load(select)?.map(|l| l.config))
}

/// [`find`], with where the config is and the plugins held back because it
/// was discovered and is not trusted (`--trust-config-plugins` trusts it).
fn load(select: &SelectArgs) -> Result<Option<Loaded>, Vec<Diagnostic>> {
    match load_partial(select)? {
        Some(loaded) if !loaded.errors.is_empty() => Err(loaded.errors),
        loaded => Ok(loaded),
    }
}

/// [`load`], keeping the valid part of a config with mistakes: the
/// checker reports them with the errors of applying the rest (one round).
fn load_partial(select: &SelectArgs) -> Result<Option<Loaded>, Vec<Diagnostic>> {
    let trust = PluginTrust {
        trust_all: select.trust_config_plugins,
        ..PluginTrust::user()
    };
    dutycheck::config::load_partial_with(&source(select), &trust)
}

/// The config that discovery found, when that is where the config comes
/// from: `check` says which one applies on stderr in text mode, since no
/// flag named it.
pub fn discovered(select: &SelectArgs) -> Option<PathBuf> {
    match source(select) {
        s @ ConfigSource::Discover(_) => s.path(),
        _ => None,
    }
}

/// Where the flags say the config comes from.
pub fn source(select: &SelectArgs) -> ConfigSource {
    if select.no_config {
        return ConfigSource::None;
    }
    match (&select.config, std::env::current_dir()) {
        (Some(p), _) => ConfigSource::File(p.clone()),
        (None, Ok(dir)) => ConfigSource::Discover(dir),
        (None, Err(_)) => ConfigSource::None,
    }
}

/// A [`CheckerBuilder`] with the rules chosen by `rules` (`--rules`) and
/// `select`.
///
/// The plugins of an untrusted discovered config are not loaded: a warning
/// per plugin, on stderr, names the config and the plugin.
pub fn builder(rules: &[PathBuf], select: &SelectArgs) -> Result<CheckerBuilder, Vec<Diagnostic>> {
    let loaded = load_partial(select)?;
    if let Some(withheld) = loaded.as_ref().and_then(|l| l.withheld.as_ref()) {
        for warning in withheld.warnings() {
            eprintln!("{}", dutycheck_render::terminal_safe(&warning));
        }
    }
    let levels = select.levels()?;
    let mut b = dutycheck::Checker::builder()
        .loaded_config(loaded)
        .filter(select.filter.clone())
        .allow_extends_outside(select.allow_extends_outside);
    for path in rules {
        b = b.rules(path);
    }
    for (id, sev) in levels {
        b = b.severity(id, sev);
    }
    Ok(b)
}
