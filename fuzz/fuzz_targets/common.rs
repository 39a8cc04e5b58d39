//! What the `pipeline` and `pdf` targets share: the extractor, and the run
//! of read → parse → extract with the invariants every input must keep.

use std::sync::OnceLock;

use dutycheck_catalog::Catalog;
use dutycheck_extract::Extractor;
use dutycheck_read::{ReadOptions, decode_file};

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(&Catalog::bundled()))
}

/// Reads `bytes` as the file `path`, parses and extracts. Every stage must
/// return a value or a diagnostic, never panic, and whatever positions
/// extraction reports must lie inside the case text.
pub fn run_pipeline(path: &str, bytes: &[u8]) {
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
}
