//! Rule loading: any text as a rule file must give rules or diagnostics,
//! never a panic. The bundled catalog is used, as `dutycheck check --rules`
//! does.
#![no_main]

use std::sync::OnceLock;

use dutycheck_catalog::Catalog;
use dutycheck_rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::bundled)
}

fuzz_target!(|data: &[u8]| {
    // Rule files are UTF-8 YAML; the loader receives text, so invalid UTF-8
    // is refused before it (by the file reader) and is not interesting here.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = RuleSet::from_sources(&[("fuzz.yaml", text)], catalog());
    }
});
