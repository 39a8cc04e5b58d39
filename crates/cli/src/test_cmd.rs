//! `dutycheck test [PATH]... [--update]`: runs the rule tests with
//! [`dutycheck::testing`] and prints its report.
//!
//! Exit codes: 0 all passed, 1 any failure, 2 when the rules or tests
//! cannot be loaded.

use std::path::PathBuf;

use clap::Args;
use dutycheck::testing::{default_paths, run_tests_with};

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, print_diagnostics};

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Rule files or directories with their tests. Default: the path packs of
    /// dutycheck.yaml, else ./rules.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Accept the current findings of `fail:` snippets as the new snapshots.
    #[arg(long, short = 'u')]
    pub update: bool,
}

pub fn run(args: &TestArgs) -> u8 {
    // The config only matters without paths; a broken one is reported by
    // `check`, here it only means "no path packs".
    // The config gives the packs when no path is given, and its `catalog:`
    // in any case: tested rules see the indicators `check` sees.
    let config = super::config::find(&super::config::SelectArgs::default())
        .ok()
        .flatten();
    let paths = match default_paths(&args.paths, config.clone()) {
        Ok(p) => p,
        Err(d) => {
            print_diagnostics("the test paths", &[d]);
            return EXIT_ERROR;
        }
    };
    let outcome = match run_tests_with(&paths, config.as_ref(), args.update) {
        Ok(o) => o,
        Err((what, errors)) => {
            print_diagnostics(what, &errors);
            return EXIT_ERROR;
        }
    };
    print!("{}", outcome.text);
    if outcome.failed == 0 {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    }
}
