//! `dutycheck trust [CONFIG]`: let a config's `plugins:` load when the config
//! is found by walking up, as direnv's `allow` lets an `.envrc` run (see
//! `crate::trust` for why a discovered config is not trusted by default).

use std::path::PathBuf;

use clap::Args;
use dutycheck_model::Diagnostic;
use dutycheck_rules::Config;

use crate::{EXIT_ERROR, EXIT_OK, print_diagnostics};
use dutycheck::trust::{TrustStore, config_key, content_hash};

/// `dutycheck trust`.
#[derive(Debug, Args)]
pub struct TrustArgs {
    /// The config to trust; default: the dutycheck.yaml that `check` would
    /// find from the current directory.
    #[arg(value_name = "CONFIG")]
    pub config: Option<PathBuf>,
    /// Remove the config from the trust file instead.
    #[arg(long, conflicts_with = "list")]
    pub revoke: bool,
    /// List the trusted configs.
    #[arg(long, conflicts_with = "config")]
    pub list: bool,
}

pub fn run(args: &TrustArgs) -> u8 {
    match trust(args) {
        Ok(text) => {
            print!("{}", dutycheck_render::terminal_safe(&text));
            EXIT_OK
        }
        Err(errors) => {
            print_diagnostics("trust", &errors);
            EXIT_ERROR
        }
    }
}

/// Does what `args` ask and returns what to print.
fn trust(args: &TrustArgs) -> Result<String, Vec<Diagnostic>> {
    let Some(store_path) = TrustStore::default_path() else {
        return Err(vec![
            Diagnostic::file(
                "trust file",
                "neither XDG_CONFIG_HOME nor HOME is set to an absolute path: there is no trust file",
            )
            .with_help(
                "set XDG_CONFIG_HOME, or pass --trust-config-plugins to `check` for one run",
            ),
        ]);
    };
    let mut store = TrustStore::load(&store_path).map_err(|e| vec![e])?;
    if args.list {
        let mut text = format!("trust file: {}\n", store.path().display());
        if store.entries().is_empty() {
            text.push_str("no config is trusted\n");
        }
        for t in store.entries() {
            text.push_str(&format!("{}  sha256:{}\n", t.config.display(), t.sha256));
        }
        return Ok(text);
    }
    let path = match &args.config {
        Some(p) => p.clone(),
        None => discovered()?,
    };
    let key = config_key(&path).map_err(|e| {
        vec![Diagnostic::file(
            path.display().to_string(),
            format!("cannot read config file: {e}"),
        )]
    })?;
    if args.revoke {
        // Revoking needs no valid config: it may be the edit that broke it.
        let text = if store.revoke(&key) {
            store.save().map_err(|e| vec![e])?;
            format!(
                "no longer trusted: {}\nits plugins load only with --config or --trust-config-plugins\n",
                key.display()
            )
        } else {
            format!("{} was not trusted\n", key.display())
        };
        return Ok(text);
    }
    // Only a valid config is trusted: what is trusted is what `check` loads.
    let config = Config::load(&path)?;
    let hash = content_hash(config.text());
    store.trust(&key, &hash);
    store.save().map_err(|e| vec![e])?;
    let mut text = format!(
        "trusted: {} (sha256:{})\nin {}\n",
        key.display(),
        &hash[..16],
        store.path().display()
    );
    if config.plugins.is_empty() {
        text.push_str("it names no plugins\n");
    } else {
        text.push_str("its plugins now load when `check` finds it:\n");
        for p in &config.plugins {
            text.push_str(&format!("  {}\n", p.display()));
        }
    }
    text.push_str("editing it untrusts it until `dutycheck trust` is run again\n");
    Ok(text)
}

/// The config `check` would find from the current directory.
fn discovered() -> Result<PathBuf, Vec<Diagnostic>> {
    std::env::current_dir()
        .ok()
        .and_then(|d| Config::discover(&d))
        .ok_or_else(|| {
            vec![
                Diagnostic::file(
                    Config::FILE_NAME,
                    "no dutycheck.yaml here or in a parent directory",
                )
                .with_help("name the config: `dutycheck trust path/to/dutycheck.yaml`"),
            ]
        })
}
