//! The `dutycheck` command line. See `dutycheck --help`.

fn main() -> std::process::ExitCode {
    dutycheck::cli::main()
}
