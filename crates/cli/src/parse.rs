//! `dutycheck parse`: the rule author's microscope.

use dutycheck_render::{parse_json, parse_text};

use super::args::{ParseArgs, ParseFormat};
use super::{EXIT_ERROR, EXIT_OK, emit};
use dutycheck::Checker;

pub fn run(args: &ParseArgs) -> u8 {
    let checker = match Checker::builder().read_options(args.read.options()).build() {
        Ok(c) => c,
        Err(errors) => {
            super::print_diagnostics("the bundled rules", &errors);
            return EXIT_ERROR;
        }
    };
    match checker.parse_path(&args.path) {
        Ok((report, _)) => {
            let text = match args.format {
                ParseFormat::Json => parse_json(&report),
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
