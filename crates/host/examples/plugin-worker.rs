//! A stand-alone plugin worker: `plugin-worker LIB`, the same as the hidden
//! `dutycheck plugin-host LIB`. The engine's tests and benches point
//! `WorkerCommand` at it, so that they need not build the CLI.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    match (args.next(), args.next()) {
        (Some(lib), None) => dutycheck_host::worker_main(&PathBuf::from(lib)),
        _ => {
            eprintln!("usage: plugin-worker LIB");
            ExitCode::from(2)
        }
    }
}
