//! `dutycheck parse`: the rule author's microscope.

use std::io::Write;

use dutycheck_render::{parse_text, write_parse_json};

use super::args::{ParseArgs, ParseFormat};
use super::{EXIT_ERROR, EXIT_OK, emit};
use dutycheck::Checker;

pub fn run(args: &ParseArgs) -> u8 {
    let checker = match Checker::builder()
        .read_options(args.read.options())
        .root(args.root.root.clone())
        .stdin_name(Some(args.stdin_name.clone()))
        .build()
    {
        Ok(c) => c,
        Err(errors) => {
            super::print_diagnostics("the bundled rules", &errors);
            return EXIT_ERROR;
        }
    };
    match checker.parse_path(&args.path) {
        Ok((report, _)) => {
            let text = match args.format {
                ParseFormat::Json => {
                    // Streamed: the JSON of a large report is not built in
                    // memory. A closed pipe (`… | head`) is not an error.
                    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                    let _ = write_parse_json(&report, &mut out).and_then(|()| out.flush());
                    return EXIT_OK;
                }
                ParseFormat::Text => parse_text(&report),
            };
            match emit(&text, None) {
                Ok(()) => EXIT_OK,
                Err(e) => {
                    eprintln!("{}", e.one_line());
                    EXIT_ERROR
                }
            }
        }
        Err(e) => {
            eprintln!("{}", dutycheck_render::terminal_safe(&e.one_line()));
            if let Some(help) = &e.help {
                eprintln!("  = help: {}", dutycheck_render::terminal_safe(help));
            }
            EXIT_ERROR
        }
    }
}
