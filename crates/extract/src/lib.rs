//! Stage three of the pipeline: **extract**. A parsed [`Report`] in, the same
//! report out with every case's figures ([`Quantity`]) and indicator values
//! ([`IndicatorValue`]) filled in.
//!
//! Extraction runs on a normalised copy of each case's text (full-width
//! digits folded to ASCII, see [`dutycheck_read::normalize`]) that has the
//! same character offsets as the original, so every position found maps back
//! to the original line and column through [`dutycheck_model::Case::position`].
//!
//! Two scans over the text do all the work:
//!
//! 1. [`figures`]: one scan finds every figure with its qualifier and unit,
//!    and classifies it (money, percent, count, year…).
//! 2. [`indicators`]: one Aho–Corasick automaton over every name and alias of
//!    the catalog finds indicator mentions; each is then bound to the figure
//!    that states it, by looking at the words in between.
//!
//! The cost is one pass per scan, whatever the size of the catalog.

pub mod claims;
pub mod figures;
pub mod indicators;
mod text;

use dutycheck_catalog::Catalog;
use dutycheck_model::{Case, Report};

pub use text::CaseText;

/// Extracts figures and indicator values. Build it once per catalog; it
/// holds the compiled automaton.
#[derive(Debug, Clone)]
pub struct Extractor {
    mentions: indicators::MentionFinder,
    claims: claims::ClaimFinder,
    catalog: Catalog,
}

impl Extractor {
    pub fn new(catalog: &Catalog) -> Extractor {
        Extractor {
            mentions: indicators::MentionFinder::new(catalog),
            claims: claims::ClaimFinder::new(catalog),
            catalog: catalog.clone(),
        }
    }

    /// The catalog this extractor binds indicators from.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Fills in `quantities`, `indicators` and `claims` for every case of the
    /// report.
    pub fn extract(&self, report: &mut Report) {
        for section in &mut report.sections {
            for case in &mut section.cases {
                self.extract_case(case);
            }
        }
    }

    /// Fills in one case.
    pub fn extract_case(&self, case: &mut Case) {
        let text = CaseText::new(&case.text);
        let mentions = self.mentions.find(&text);
        // Numbers inside an indicator's name are part of the name: the 三年
        // of 学前三年毛入园率 is not a duration.
        let quantities: Vec<_> = figures::find(&text, case)
            .into_iter()
            .filter(|q| !mentions.iter().any(|m| q.start < m.end && m.start < q.end))
            .collect();
        let indicators = indicators::bind(&text, &quantities, &mentions, &self.catalog);
        case.claims = self.claims.find(&text, case, &mentions);
        case.quantities = quantities;
        case.indicators = indicators;
    }
}

#[cfg(test)]
mod tests;
