//! The `dutycheck` command line: argument parsing, and the wiring of each
//! subcommand to the [`dutycheck`] library, which does the work (checking,
//! configuration, rule tests, waivers, baselines, streaming). Only what is
//! about the terminal lives here: flags, exit codes, the progress bar and
//! where output goes.
//!
//! Exit codes ([`args::EXIT_CODES`], shown by `--help` and the man page): 0
//! when nothing reaches `--fail-on`, 1 when findings do, 2 for a usage, rule,
//! config, plugin or input error. An input error in one report does not stop
//! the others from being checked.

mod args;
mod catalog_cmd;
mod check;
mod config;
mod history_cmd;
mod init;
mod parse;
mod plugins_cmd;
mod progress;
mod rules_cmd;
mod shell;
mod test_cmd;
mod trust_cmd;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use dutycheck_model::Diagnostic;

use args::{Cli, Command};

/// mimalloc rather than the system allocator: a check allocates many small,
/// short-lived strings (figures, findings, messages), and with glibc's
/// malloc allocation and freeing were about a fifth of the run time (see
/// the README, "Performance"). Only the binary chooses it; the library
/// leaves the allocator to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    quiet_contained_pdf_panics();
    run()
}

/// `pdf-extract` panics on some damaged PDFs. `dutycheck_read::pdf` catches
/// those panics and reports the file as unreadable, with its path; the
/// default panic hook would print the dependency's `panicked at …` message
/// (and a backtrace, with `RUST_BACKTRACE`) before that. This hook stays
/// silent for such contained panics and hands every other panic to the
/// default hook, which prints it as usual.
fn quiet_contained_pdf_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !dutycheck_read::pdf::in_contained_extraction() {
            default(info);
        }
    }));
}

/// Exit code: nothing at or above `--fail-on`.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: a usage, rule, config, plugin or input error.
pub const EXIT_ERROR: u8 = 2;

/// Runs the command line with the process's arguments.
fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Parse(args) => parse::run(&args),
        Command::History(args) => history_cmd::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Rules(cmd) => rules_cmd::run(&cmd),
        Command::Catalog(cmd) => catalog_cmd::run(&cmd),
        Command::Test(args) => test_cmd::run(&args),
        Command::Plugins(cmd) => plugins_cmd::run(&cmd),
        Command::Completions(args) => shell::completions(&args),
        Command::Man(args) => shell::man(&args),
        Command::Trust(args) => trust_cmd::run(&args),
        Command::PluginHost(args) => return plugins_cmd::host(&args),
    };
    ExitCode::from(code)
}

/// Prints diagnostics to stderr, followed by a count.
pub(crate) fn print_diagnostics(what: &str, errors: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    // Diagnostics quote report, rule and config lines: made safe for the
    // terminal.
    for d in errors {
        let _ = writeln!(err, "{}\n", dutycheck_render::terminal_safe(&d.to_string()));
    }
    let n = errors.len();
    let _ = writeln!(err, "{n} error{} in {what}", if n == 1 { "" } else { "s" });
}

/// Writes `text` to `--output FILE`, or to stdout.
pub(crate) fn emit(text: &str, output: Option<&std::path::Path>) -> Result<(), Diagnostic> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            Diagnostic::file(
                path.display().to_string(),
                format!("cannot write output: {e}"),
            )
        }),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`dutycheck check … | head`) is not an error.
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
            Ok(())
        }
    }
}
