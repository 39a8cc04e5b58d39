//! `dutycheck check`: the main job.

use std::io::IsTerminal;

use dutycheck_model::{CheckRun, Severity};
use dutycheck_render::{TextOptions, check_json, check_text};

use super::args::{CheckArgs, CheckFormat, ColorChoice, FailOn};
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, emit, print_diagnostics};

pub fn run(args: &CheckArgs) -> u8 {
    // `--rules`, the config (`--config` or dutycheck.yaml) and the rule
    // flags, resolved as for `rules list` (see `config.rs`).
    let builder = match super::config::builder(&args.rules, &args.select) {
        Ok(b) => b,
        Err(errors) => {
            print_diagnostics("configuration", &errors);
            return EXIT_ERROR;
        }
    };
    let builder = builder.year(args.year).read_options(args.read.options());
    let checker = match builder.build() {
        Ok(c) => c,
        Err(errors) => {
            print_diagnostics("rules", &errors);
            return EXIT_ERROR;
        }
    };
    let (run, sources) = checker.check_paths(&args.paths);
    let rendered = match args.format {
        CheckFormat::Json => check_json(&run),
        CheckFormat::Text => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    args.output.is_none()
                        && std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none()
                }
            };
            check_text(
                &run,
                &sources,
                &TextOptions {
                    color,
                    quiet: args.quiet,
                },
            )
        }
    };
    if let Err(e) = emit(&rendered, args.output.as_deref()) {
        eprintln!("{}", e.one_line());
        return EXIT_ERROR;
    }
    // Input errors also go to stderr, so that they are seen when stdout is a
    // file or a machine format.
    if args.format != CheckFormat::Text || args.output.is_some() {
        for r in run.reports.iter() {
            if let Some(e) = &r.error {
                eprintln!("error: {}: {e}", r.path);
            }
        }
    }
    exit_code(&run, args.fail_on)
}

/// 2 for input errors, 1 for findings at or above `fail_on`, else 0.
pub fn exit_code(run: &CheckRun, fail_on: FailOn) -> u8 {
    if run.has_input_errors() {
        return EXIT_ERROR;
    }
    let threshold = match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    match (threshold, run.worst()) {
        (Some(t), Some(worst)) if worst >= t => EXIT_FINDINGS,
        _ => EXIT_OK,
    }
}
