//! `dutycheck check`: the main job.

use std::io::{IsTerminal, Write};

use dutycheck::outputs::rule_infos;
use dutycheck::stream::{Output, check_streaming_with};
use dutycheck_model::{Diagnostic, Severity};
use dutycheck_render::{Format, RenderOptions, terminal_safe};

use super::args::{CheckArgs, ColorChoice, FailOn, JunitSkipped};
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, print_diagnostics};

pub fn run(args: &CheckArgs) -> u8 {
    // No flag named the config: say which one applies.
    if args.format == Format::Text
        && let Some(path) = super::config::discovered(&args.select)
    {
        eprintln!(
            "note: using config {} (found by walking up from the current directory; --config FILE or --no-config to choose)",
            terminal_safe(&path.display().to_string())
        );
    }
    // `--rules`, the config (`--config` or dutycheck.yaml) and the rule
    // flags, resolved as for `rules list` (see `config.rs`).
    let builder = match super::config::builder(&args.rules, &args.select) {
        Ok(b) => b,
        Err(errors) => {
            print_diagnostics("configuration", &errors);
            return EXIT_ERROR;
        }
    };
    // A `--history` path that does not exist would leave the run without
    // the years it was meant to compare with: an input error, said now.
    if let Some(missing) = args.history.iter().find(|p| !p.exists()) {
        eprintln!(
            "error: --history {}: no such file or directory",
            terminal_safe(&missing.display().to_string())
        );
        eprintln!("  = help: give a file or directory of reports of earlier years");
        return EXIT_ERROR;
    }
    let builder = args.history.iter().fold(builder, |b, dir| b.history(dir));
    let builder = args
        .plugins
        .apply(builder)
        .year(args.year)
        .show_unread(args.show_unread)
        .root(args.root.root.clone())
        .stdin_name(Some(args.stdin_name.clone()))
        .read_options(args.read.options());
    let checker = match builder.build() {
        Ok(c) => c,
        Err(errors) => {
            print_diagnostics("rules", &errors);
            return EXIT_ERROR;
        }
    };
    // The reports: files as given, directories searched (see `discover`).
    // What the search skipped or merged is said on stderr; a directory it
    // could not read is an input error (exit 2), as an unreadable report is.
    let found = match dutycheck::discover::find(&args.paths, &args.search.search()) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("error: {} (given to --glob)", terminal_safe(&e.to_string()));
            return EXIT_ERROR;
        }
    };
    if !args.quiet {
        for note in &found.notes {
            eprintln!("note: {}", terminal_safe(&note.to_string()));
        }
    }
    for e in &found.errors {
        eprintln!("error: {}", terminal_safe(&e.to_string()));
    }
    let walk_failed = !found.errors.is_empty();
    let code = run_on(args, &checker, &found.files);
    if walk_failed { EXIT_ERROR } else { code }
}

/// Checks the report files `paths` (already searched) with `checker`.
fn run_on(args: &CheckArgs, checker: &dutycheck::Checker, paths: &[std::path::PathBuf]) -> u8 {
    // One pool for the run: `--threads N`, or one thread per core.
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("error: cannot start {} threads: {e}", args.threads);
            return EXIT_ERROR;
        }
    };
    // Waivers and the baseline are read before checking, so that a mistake
    // in them stops the run at once (exit 2), not after a long check.
    let extras = match dutycheck::outputs::Extras::load(
        checker,
        args.waivers.as_deref(),
        args.baseline.as_deref(),
    ) {
        Ok(e) => e,
        Err(errors) => {
            print_diagnostics("waivers and baseline", &errors);
            return EXIT_ERROR;
        }
    };
    // Every output of the run: the main format, then each `--also`. One
    // sink per output, fed the same reports.
    let rules = rule_infos(checker.rules(), checker.catalog());
    let main_options = RenderOptions {
        color: use_color(args),
        quiet: args.quiet,
        junit_skipped: args.junit_skipped == JunitSkipped::Include,
    };
    let plain = RenderOptions {
        color: false,
        ..main_options
    };
    let mut targets: Vec<(Format, RenderOptions, Target)> = Vec::new();
    match Target::open(args.output.as_deref()) {
        Ok(t) => targets.push((args.format, main_options, t)),
        Err(e) => {
            eprintln!("{}", terminal_safe(&e.one_line()));
            return EXIT_ERROR;
        }
    }
    for also in &args.also {
        match Target::open(Some(&also.path)) {
            Ok(t) => targets.push((also.format, plain, t)),
            Err(e) => {
                eprintln!("{}", terminal_safe(&e.one_line()));
                return EXIT_ERROR;
            }
        }
    }
    let names: Vec<String> = targets.iter().map(|(_, _, t)| t.name.clone()).collect();
    let cannot_write = |e: std::io::Error| {
        // Which output failed is not known here; name them all.
        Diagnostic::file(names.join(", "), format!("cannot write output: {e}"))
    };
    let progress = crate::progress::Bar::new(args.quiet);
    // Waivers and the baseline stream too (see `check_streaming_with`).
    let mut outputs: Vec<Output<'_>> = targets
        .iter_mut()
        .map(|(format, options, target)| Output {
            sink: format.sink(rules.clone(), *options),
            out: &mut target.out,
            values: format.wants_values(),
        })
        .collect();
    let today = dutycheck::waivers::Date::today();
    let streamed = match pool
        .install(|| check_streaming_with(checker, paths, &mut outputs, &progress, &extras, today))
    {
        Ok(streamed) => streamed,
        Err(e) => {
            eprintln!("{}", terminal_safe(&cannot_write(e).one_line()));
            return EXIT_ERROR;
        }
    };
    for line in dutycheck::outputs::notes_lines(
        &streamed.waiver_notes,
        streamed.baseline.as_ref(),
        args.quiet,
    ) {
        eprintln!("{}", terminal_safe(&line));
    }
    // Input errors also go to stderr, so that they are seen when stdout is a
    // file or a machine format.
    if args.format != Format::Text || args.output.is_some() {
        for (path, e) in &streamed.errors {
            eprintln!("error: {}: {}", terminal_safe(path), terminal_safe(e));
        }
    }
    if report_plugin_errors(checker) {
        return EXIT_ERROR;
    }
    exit_code_of(!streamed.errors.is_empty(), streamed.worst, args.fail_on)
}

/// Where one output goes: `--output FILE` / `--also FORMAT=FILE`, or stdout.
struct Target {
    name: String,
    out: Box<dyn Write + Send>,
}

impl Target {
    fn open(path: Option<&std::path::Path>) -> Result<Target, Diagnostic> {
        match path {
            Some(path) => {
                let file = std::fs::File::create(path).map_err(|e| {
                    Diagnostic::file(
                        path.display().to_string(),
                        format!("cannot write output: {e}"),
                    )
                })?;
                Ok(Target {
                    name: path.display().to_string(),
                    out: Box::new(std::io::BufWriter::new(file)),
                })
            }
            None => Ok(Target {
                name: "<stdout>".to_string(),
                out: Box::new(std::io::BufWriter::new(std::io::stdout())),
            }),
        }
    }
}

/// Prints the run's plugin errors to stderr; `true` when there were any. A
/// plugin that could not be loaded, or that crashed, hung or answered
/// nonsense, cost only its own findings, but it is still an error of the run
/// (exit 2).
fn report_plugin_errors(checker: &dutycheck::Checker) -> bool {
    let errors = checker.take_plugin_errors();
    super::plugins_cmd::print_plugin_errors(&errors);
    !errors.is_empty()
}

/// Whether text output gets ANSI colours.
fn use_color(args: &CheckArgs) -> bool {
    match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    }
}

/// 2 for input errors, 1 for findings at or above `fail_on`, else 0.
pub fn exit_code_of(input_errors: bool, worst: Option<Severity>, fail_on: FailOn) -> u8 {
    if input_errors {
        return EXIT_ERROR;
    }
    let threshold = match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    match (threshold, worst) {
        (Some(t), Some(worst)) if worst >= t => EXIT_FINDINGS,
        _ => EXIT_OK,
    }
}
