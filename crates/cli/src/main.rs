//! The `dutycheck` command line. See `dutycheck --help`.

/// mimalloc rather than the system allocator: a check allocates many small,
/// short-lived strings (figures, findings, messages), and with glibc's
/// malloc allocation and freeing were about a fifth of the run time (see
/// the README, "Performance"). Only the binary chooses it; the library
/// leaves the allocator to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dutycheck::cli::main()
}
