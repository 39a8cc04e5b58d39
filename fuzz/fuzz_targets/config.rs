//! `dutycheck.yaml`: any text as a configuration file must give a config or
//! diagnostics, never a panic; and a config that validates must apply to
//! the bundled rules (its overrides checked against them) and select the
//! per-report overrides for any path, without a panic either.
//!
//! The config's directory is a fresh empty one, so `packs:` paths resolve
//! against nothing the fuzzer can reach but absolute paths, and nothing is
//! read: `Config::parse` only checks that a pack path exists, and plugins
//! are only named, never loaded.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use dutycheck_catalog::Catalog;
use dutycheck_rules::{Config, RuleSet};
use libfuzzer_sys::fuzz_target;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::bundled)
}

fn bundled() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::bundled(catalog()).expect("the bundled packs are valid"))
}

fn dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("dutycheck-fuzz-config-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("a scratch directory");
        d
    })
}

fuzz_target!(|data: &[u8]| {
    // Config files are read as UTF-8 (`std::fs::read_to_string`): invalid
    // UTF-8 is refused before the parser.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(config) = Config::parse("dutycheck.yaml", text, dir()) else {
        return;
    };
    let mut set = bundled().clone();
    if config.apply(&mut set, catalog()).is_ok() {
        for report in ["county-2021.txt", "reports/济南市.md", ""] {
            let _ = config.rules_for(&set, Path::new(report), catalog());
        }
    }
});
