//! The `dutycheck` command line. See `dutycheck --help`.

/// mimalloc rather than the system allocator: a check allocates many small,
/// short-lived strings (figures, findings, messages), and with glibc's
/// malloc allocation and freeing were about a fifth of the run time (see
/// the README, "Performance"). Only the binary chooses it; the library
/// leaves the allocator to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    quiet_contained_pdf_panics();
    dutycheck::cli::main()
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
