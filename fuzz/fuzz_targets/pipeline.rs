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

use std::sync::OnceLock;

use dutycheck_catalog::Catalog;
use dutycheck_extract::Extractor;
use dutycheck_read::{ReadOptions, decode_file};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(&Catalog::bundled()))
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let path = match selector % 3 {
        0 => "fuzz.txt",
        1 => "fuzz.md",
        _ => "fuzz.docx",
    };
    let Ok(doc) = decode_file(path, bytes, &ReadOptions::default()) else {
        return;
    };
    let Ok(mut report) = dutycheck_parse::parse(&doc) else {
        return;
    };
    extractor().extract(&mut report);
    for case in report.sections.iter().flat_map(|s| &s.cases) {
        let len = case.text.chars().count();
        for q in &case.quantities {
            assert!(q.start < q.end && q.end <= len, "{q:?} outside {len}");
            assert!(q.value.is_finite(), "{q:?}");
        }
        for i in &case.indicators {
            assert!(i.end <= len, "{i:?} outside {len}");
        }
    }
});
