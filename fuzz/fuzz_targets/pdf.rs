//! read → parse → extract on arbitrary bytes read as a PDF, as
//! `dutycheck parse report.pdf` runs them.
//!
//! `pdf-extract` panics on some malformed files; `dutycheck_read::pdf`
//! contains those panics with `catch_unwind` and reports the file as
//! unreadable, which is the product's behaviour, not a crash. libFuzzer's
//! panic hook would abort on them before the unwind, so this target wraps it:
//! a panic while [`dutycheck_read::pdf::in_contained_extraction`] is true is
//! let through to the `catch_unwind`; every other panic (in our code, or in
//! pdf-extract outside the contained call) goes to libFuzzer's hook and
//! aborts, as a crash.
//!
//! Aborts that are not panics (stack overflow, out of memory, a timeout)
//! are crashes here whichever crate they come from.
#![no_main]

use std::sync::Once;

use libfuzzer_sys::fuzz_target;

mod common;

/// Wraps libFuzzer's panic hook (installed before the first input) once.
fn contain_pdf_panics_only() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let libfuzzer = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if dutycheck_read::pdf::in_contained_extraction() {
                return;
            }
            libfuzzer(info);
            std::process::abort();
        }));
    });
}

fuzz_target!(|data: &[u8]| {
    contain_pdf_panics_only();
    common::run_pipeline("fuzz.pdf", data);
});
