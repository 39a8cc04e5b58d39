//! `dutycheck check`: the main job.

use std::io::IsTerminal;

use dutycheck_model::{CheckRun, Diagnostic, Severity};
use dutycheck_render::{TextOptions, check_json, check_text, terminal_safe};

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
    let builder = args
        .plugins
        .apply(builder)
        .year(args.year)
        .read_options(args.read.options());
    let checker = match builder.build() {
        Ok(c) => c,
        Err(errors) => {
            print_diagnostics("rules", &errors);
            return EXIT_ERROR;
        }
    };
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
    // Waivers, a baseline and `--also` need the whole run, so they take the
    // path below.
    let whole_run = args.waivers.is_some() || args.baseline.is_some() || !args.also.is_empty();
    if args.format == CheckFormat::Text && !whole_run {
        // Text output streams report by report, with flat memory (see
        // `dutycheck::stream`); it falls back to the whole run below only when
        // a path is given twice.
        let options = TextOptions {
            color: use_color(args),
            quiet: args.quiet,
        };
        match pool.install(|| stream_text(&checker, args, &options)) {
            Ok(Some(streamed)) => {
                if args.output.is_some() {
                    for (path, e) in &streamed.errors {
                        eprintln!("error: {}: {}", terminal_safe(path), terminal_safe(e));
                    }
                }
                if report_plugin_errors(&checker) {
                    return EXIT_ERROR;
                }
                return exit_code_of(!streamed.errors.is_empty(), streamed.worst, args.fail_on);
            }
            Ok(None) => {}
            Err(e) => {
                eprintln!("{}", terminal_safe(&e.one_line()));
                return EXIT_ERROR;
            }
        }
    }
    // Waivers and the baseline are read before checking, so that a mistake
    // in them stops the run at once (exit 2), not after a long check.
    let extras = match dutycheck::outputs::Extras::load(
        &checker,
        args.waivers.as_deref(),
        args.baseline.as_deref(),
    ) {
        Ok(e) => e,
        Err(errors) => {
            print_diagnostics("waivers and baseline", &errors);
            return EXIT_ERROR;
        }
    };
    let (run, sources) =
        pool.install(|| crate::progress::check_paths(&checker, &args.paths, args.quiet));
    let run = extras.apply(run, dutycheck::waivers::Date::today());
    for line in dutycheck::outputs::stderr_notes(&run, args.quiet) {
        eprintln!("{}", terminal_safe(&line));
    }
    let plain = dutycheck::outputs::RenderOptions {
        color: false,
        quiet: args.quiet,
    };
    let rendered = match args.format {
        CheckFormat::Json => check_json(&run),
        CheckFormat::Sarif
        | CheckFormat::Junit
        | CheckFormat::Github
        | CheckFormat::Markdown
        | CheckFormat::Html => {
            dutycheck::outputs::render(args.format.into(), &checker, &run, &sources, plain)
        }
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
    // `--also FORMAT=FILE`: more outputs of the same run.
    for also in &args.also {
        let text = dutycheck::outputs::render(also.format, &checker, &run, &sources, plain);
        if let Err(e) = emit(&text, Some(&also.path)) {
            eprintln!("{}", terminal_safe(&e.one_line()));
            return EXIT_ERROR;
        }
    }
    // Input errors also go to stderr, so that they are seen when stdout is a
    // file or a machine format.
    if args.format != CheckFormat::Text || args.output.is_some() {
        for r in run.reports.iter() {
            if let Some(e) = &r.error {
                eprintln!("error: {}: {}", terminal_safe(&r.path), terminal_safe(e));
            }
        }
    }
    if report_plugin_errors(&checker) {
        return EXIT_ERROR;
    }
    exit_code(&run, args.fail_on)
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

/// Text output through [`dutycheck::stream`], to `--output FILE` or stdout.
/// `Ok(None)`: not streamable, nothing written.
fn stream_text(
    checker: &dutycheck::Checker,
    args: &CheckArgs,
    options: &TextOptions,
) -> Result<Option<dutycheck::stream::Streamed>, Diagnostic> {
    let cannot_write = |path: &std::path::Path, e: std::io::Error| {
        Diagnostic::file(
            path.display().to_string(),
            format!("cannot write output: {e}"),
        )
    };
    match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| cannot_write(path, e))?;
            let mut out = std::io::BufWriter::new(file);
            dutycheck::stream::check_text_streaming_with(
                checker,
                &args.paths,
                options,
                &mut out,
                &crate::progress::Bar::new(options.quiet),
            )
            .map_err(|e| cannot_write(path, e))
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            dutycheck::stream::check_text_streaming_with(
                checker,
                &args.paths,
                options,
                &mut out,
                &crate::progress::Bar::new(options.quiet),
            )
            .map_err(|e| cannot_write(std::path::Path::new("<stdout>"), e))
        }
    }
}

/// 2 for input errors, 1 for findings at or above `fail_on`, else 0.
pub fn exit_code(run: &CheckRun, fail_on: FailOn) -> u8 {
    exit_code_of(run.has_input_errors(), run.worst(), fail_on)
}

/// [`exit_code`] from its two inputs, for runs that are streamed.
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
