//! Plugins on the command line: `--plugin` and `--plugin-isolation` for
//! `check`, `dutycheck plugins list|info`, and the hidden `plugin-host`
//! worker that runs a plugin in its own process.
//!
//! A plugin is native code that runs with the user's rights, so dutycheck
//! loads only the paths it is given here or in `dutycheck.yaml`'s
//! `plugins:`: never a library from the current directory implicitly, and
//! never one named by a report.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use dutycheck_host::{HostOptions, Isolation, LoadedPlugin, PluginError, describe, worker_main};
use dutycheck_render::terminal_safe;

use super::{EXIT_ERROR, EXIT_OK, emit};
use dutycheck::CheckerBuilder;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IsolationArg {
    /// Each plugin in a worker process: a crash or hang costs only its findings.
    Worker,
    /// In dutycheck's own process: faster, but a crash is dutycheck's crash.
    None,
}

impl IsolationArg {
    pub fn isolation(self) -> Isolation {
        match self {
            IsolationArg::Worker => Isolation::Worker,
            IsolationArg::None => Isolation::InProcess,
        }
    }
}

/// `--plugin` and `--plugin-isolation`.
#[derive(Debug, Args)]
pub struct PluginArgs {
    /// Load a plugin library (repeatable). Its checks run with their default
    /// severity unless a rule names them (`plugin: NAME/CHECK`).
    #[arg(long = "plugin", value_name = "PATH")]
    pub plugins: Vec<PathBuf>,
    /// Where plugin code runs.
    #[arg(long, value_enum, default_value_t = IsolationArg::Worker)]
    pub plugin_isolation: IsolationArg,
    /// The time limit for one plugin call, in seconds (default 30, or
    /// `plugin_timeout:` in dutycheck.yaml). Worker isolation only. A plugin
    /// that times out or crashes 3 times is disabled for the rest of the run.
    #[arg(long, value_name = "SECONDS", value_parser = parse_timeout)]
    pub plugin_timeout: Option<Duration>,
}

fn parse_timeout(s: &str) -> Result<Duration, String> {
    let seconds: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("must be a number of seconds, found `{s}`"))?;
    dutycheck_rules::plugin_timeout(seconds)
}

impl PluginArgs {
    /// Adds the plugins to a checker builder.
    pub fn apply(&self, mut builder: CheckerBuilder) -> CheckerBuilder {
        for path in &self.plugins {
            builder = builder.plugin(path);
        }
        builder
            .plugin_isolation(self.plugin_isolation.isolation())
            .plugin_timeout(self.plugin_timeout)
    }
}

#[derive(Debug, Subcommand)]
pub enum PluginsCommand {
    /// List the loaded plugins (--plugin and dutycheck.yaml) and their checks.
    List(ListArgs),
    /// Show a plugin's name, version, ABI, checks and option schemas.
    Info(InfoArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub plugins: PluginArgs,
    #[command(flatten)]
    pub select: super::config::SelectArgs,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// The plugin library.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[arg(long, value_enum, default_value_t = IsolationArg::Worker)]
    pub plugin_isolation: IsolationArg,
}

/// `dutycheck plugin-host LIB` (hidden): the worker process.
#[derive(Debug, Args)]
pub struct HostArgs {
    #[arg(value_name = "LIB")]
    pub lib: PathBuf,
}

pub fn run(cmd: &PluginsCommand) -> u8 {
    match cmd {
        PluginsCommand::List(args) => list(args),
        PluginsCommand::Info(args) => info(args),
    }
}

fn list(args: &ListArgs) -> u8 {
    let builder = match super::config::builder(&[], &args.select) {
        Ok(b) => args.plugins.apply(b),
        Err(errors) => {
            super::print_diagnostics("configuration", &errors);
            return EXIT_ERROR;
        }
    };
    let checker = match builder.build() {
        Ok(c) => c,
        Err(errors) => {
            super::print_diagnostics("rules", &errors);
            return EXIT_ERROR;
        }
    };
    let listing = if checker.plugins().plugins().next().is_none() {
        "no plugins loaded: pass --plugin PATH or list them under `plugins:` in dutycheck.yaml\n"
            .to_string()
    } else {
        describe::list(checker.plugins().plugins())
    };
    let _ = emit(&listing, None);
    let errors = checker.take_plugin_errors();
    print_plugin_errors(&errors);
    if errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_ERROR
    }
}

fn info(args: &InfoArgs) -> u8 {
    let options = HostOptions {
        isolation: args.plugin_isolation.isolation(),
        ..HostOptions::default()
    };
    match LoadedPlugin::load(&args.path, &options) {
        Ok(plugin) => {
            let _ = emit(&describe::info(&plugin), None);
            EXIT_OK
        }
        Err(e) => {
            print_plugin_errors(&[e]);
            EXIT_ERROR
        }
    }
}

/// Prints plugin errors to stderr, one per line. A [`PluginError`] names
/// its plugin itself (`plugin `name` (path)…`).
pub fn print_plugin_errors(errors: &[PluginError]) {
    // A plugin's messages are its own text: made safe for the terminal.
    for e in errors {
        eprintln!("error: {}", terminal_safe(&e.to_string()));
    }
}

/// Runs the worker for one library; see `dutycheck_host::worker_main`.
pub fn host(args: &HostArgs) -> ExitCode {
    worker_main(&args.lib)
}
