//! read → parse → extract on arbitrary bytes, as `dutycheck parse` runs them.
//!
//! The first byte chooses the file name the bytes are read as, so that each
//! format reader we own is reached: plain text, Markdown and .docx (a zip
//! archive). Every stage must return a value or a diagnostic, never panic,
//! and whatever positions extraction reports must lie inside the case text.
//!
//! PDF has its own target, `pdf`, which lets the panics that
//! `dutycheck_read::pdf` contains through to its `catch_unwind`.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let path = match selector % 3 {
        0 => "fuzz.txt",
        1 => "fuzz.md",
        _ => "fuzz.docx",
    };
    common::run_pipeline(path, bytes);
});
