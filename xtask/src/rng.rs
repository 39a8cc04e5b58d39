//! A small deterministic random number generator (SplitMix64).
//!
//! The corpus must be the same bytes on every machine, with every compiler
//! and every version of every dependency, so that benchmark figures taken on
//! different days compare the same work. A general-purpose crate such as
//! `rand` makes no promise that a seeded generator keeps its stream across
//! releases; SplitMix64 is ten lines, has a fixed published definition
//! (Steele, Lea and Flood, 2014) and is plenty for choosing words and
//! numbers.

/// SplitMix64: a 64-bit state advanced by a constant and scrambled.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator for report `index` of a corpus with `seed`. Each report
    /// gets its own stream, so report *i* is the same whether the corpus has
    /// 1,000 or 10,000 reports, and reports can be written in any order.
    pub fn for_report(seed: u64, index: u64) -> Rng {
        let mut rng = Rng {
            state: seed ^ index.wrapping_mul(0xA076_1D64_78BD_642F),
        };
        // Two rounds mix a small index into every bit of the state.
        rng.next_u64();
        rng.next_u64();
        rng
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi` (`lo` when the range is empty). The modulo
    /// bias is below 2⁻⁴⁰ for the small ranges used here.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.next_u64() % (hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.range(0, 99) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let i = self.range(0, items.len().saturating_sub(1) as u64) as usize;
        &items[i.min(items.len() - 1)]
    }

    /// A decimal in `lo..=hi` with `places` decimal places, as written in a
    /// report (`93.37`, `86.5`, `100`).
    pub fn decimal(&mut self, lo: f64, hi: f64, places: u32) -> String {
        let scale = 10u64.pow(places);
        let lo_i = (lo * scale as f64).round() as u64;
        let hi_i = (hi * scale as f64).round() as u64;
        let v = self.range(lo_i, hi_i);
        if places == 0 {
            return v.to_string();
        }
        let whole = v / scale;
        let frac = v % scale;
        format!("{whole}.{frac:0width$}", width = places as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_reports_differ() {
        let a: Vec<u64> = (0..8)
            .map({
                let mut r = Rng::for_report(7, 3);
                move |_| r.next_u64()
            })
            .collect();
        let b: Vec<u64> = (0..8)
            .map({
                let mut r = Rng::for_report(7, 3);
                move |_| r.next_u64()
            })
            .collect();
        let c: Vec<u64> = (0..8)
            .map({
                let mut r = Rng::for_report(7, 4);
                move |_| r.next_u64()
            })
            .collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn ranges_stay_inside() {
        let mut r = Rng::for_report(1, 1);
        for _ in 0..1000 {
            let v = r.range(3, 5);
            assert!((3..=5).contains(&v));
            let d: f64 = r.decimal(70.0, 99.0, 2).parse().expect("a decimal");
            assert!((70.0..=99.0).contains(&d));
        }
        assert_eq!(r.range(4, 4), 4);
    }
}
