//! Developer tasks for dutycheck, run as `cargo run -p xtask -- TASK`:
//!
//! - `gen-corpus --n N --out DIR [--seed S]`: N benchmark reports
//!   ([`corpus`]);
//! - `gen-rules --n N --out FILE [--seed S]`: a pack of N threshold rules
//!   ([`rules::threshold_rules`]);
//! - `names --out FILE`: every catalog name and alias, for ripgrep
//!   ([`rules::names`]).
//!
//! Generated corpora are large (10,000 reports are over 100 MB) and are never
//! committed: they are rebuilt from the seed, byte for byte, whenever needed.

pub mod corpus;
pub mod rng;
pub mod rules;

use std::path::Path;

/// Writes reports `0..n` of the corpus with `seed` into `dir` (created if
/// needed). Returns the number of bytes written.
pub fn write_corpus(dir: &Path, n: u64, seed: u64) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for i in 0..n {
        let text = corpus::report(seed, i);
        bytes += text.len() as u64;
        std::fs::write(dir.join(corpus::file_name(i)), text)?;
    }
    Ok(bytes)
}
