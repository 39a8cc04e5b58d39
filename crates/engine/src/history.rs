//! Building a run's [`History`] from its reports, and finding a section's
//! region in it.
//!
//! A run adds each report's [`Summary`] (small: no text) to a
//! [`HistoryBuilder`], in path order, and finishes it before any report is
//! judged. Which region a section is: the section's own name when it names
//! a region (`（一）东河县`), else the region the title opens with (a
//! county's self-evaluation, whose sections are topics: `一、教育投入保障`);
//! matched by [`dutycheck_vocab::regions::key`] and the configuration's
//! aliases.

use std::collections::BTreeMap;

use dutycheck_model::{
    Case, Conflict, History, HistoryValue, IndicatorValue, RegionHistory, Report, Section,
    YearEntry,
};
use dutycheck_vocab::{fold_width, regions};

/// The key of region name `name`, through `aliases` (keys → keys).
pub(crate) fn region_key(name: &str, aliases: &BTreeMap<String, String>) -> String {
    let key = regions::key(name);
    aliases.get(key).cloned().unwrap_or_else(|| key.to_string())
}

/// The name of the region `section` of `report` is about, as written: the
/// section's name when it names a region, else the title's region. None
/// for a section of the region's own budget or schools (`二、市本级`): its
/// figures are a part of the city's, and were linked with the whole city's
/// of other years (a false fall of 66.05 → 12.36亿元). None, too, for a
/// region named by its level alone (`全市`, the preamble of a bulletin
/// whose title names no region): every city's bulletin says `全市`, and two
/// cities' figures would be linked as one's.
pub(crate) fn region_name<'a>(report: &'a Report, section: &'a Section) -> Option<&'a str> {
    let name: Vec<char> = section.name.chars().collect();
    if regions::names_own_level_only(&name)
        || regions::whole_by_level(&section.name) == Some(section.name.as_str())
    {
        return None;
    }
    regions::of_heading(&section.name)
        .or_else(|| regions::of_title(&report.title))
        .or_else(|| regions::of_report(report))
}

/// The key of the region of `section` in `history`.
pub fn section_region(history: &History, report: &Report, section: &Section) -> Option<String> {
    region_name(report, section).map(|n| region_key(n, &history.aliases))
}

/// The aliases of a configuration (`aliases: {old: new}`) as keys.
pub fn alias_keys<'a>(
    aliases: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> BTreeMap<String, String> {
    aliases
        .into_iter()
        .map(|(old, new)| (regions::key(old).to_string(), regions::key(new).to_string()))
        .filter(|(old, new)| old != new)
        .collect()
}

/// What a report adds to a history: its year and, per region, the values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub path: String,
    pub year: Option<i32>,
    /// (key, name as written, heading line, column, values), in document
    /// order, one per region.
    pub regions: Vec<(String, String, u32, u32, Vec<HistoryValue>)>,
    /// The catalog's name of each indicator of the values (id → name).
    pub names: BTreeMap<String, String>,
}

/// The summary of `report` for year `year` (the `--year` or the title's).
pub fn summarise(
    report: &Report,
    year: Option<i32>,
    aliases: &BTreeMap<String, String>,
) -> Summary {
    let mut summary = Summary {
        path: report.path.clone(),
        year,
        regions: Vec::new(),
        names: BTreeMap::new(),
    };
    if year.is_none() {
        return summary;
    }
    for section in &report.sections {
        let Some(name) = region_name(report, section) else {
            continue;
        };
        let key = region_key(name, aliases);
        let values = section
            .cases
            .iter()
            .flat_map(|c| c.indicators.iter().map(move |v| (c, v)))
            .filter(|(_, v)| v.year.is_none_or(|y| Some(y) == year))
            .filter(|(_, v)| v.value.is_some() || v.change.is_some())
            .map(|(c, v)| {
                if !summary.names.contains_key(v.indicator.as_str()) {
                    summary
                        .names
                        .insert(v.indicator.to_string(), v.name.to_string());
                }
                history_value(c, v)
            });
        match summary.regions.iter_mut().find(|r| r.0 == key) {
            Some(region) => region.4.extend(values),
            None => summary.regions.push((
                key,
                name.to_string(),
                section.line,
                section.column,
                values.collect(),
            )),
        }
    }
    summary
}

fn history_value(case: &Case, v: &IndicatorValue) -> HistoryValue {
    let text = case.slice(v.start, v.end);
    let (base_text, base_precision) = match v.change.as_ref().and_then(|c| c.base.as_ref()) {
        Some(b) => {
            let t = case.slice(b.start, b.end);
            let p = precision(&t, b.value);
            (t, p)
        }
        None => (String::new(), 0.0),
    };
    HistoryValue {
        indicator: v.indicator.to_string(),
        precision: v.value.map_or(0.0, |x| precision(&text, x)),
        text,
        statement: v.statement,
        value: v.value,
        unit: v.unit.to_string(),
        qualifier: v.qualifier,
        change: v.change.clone(),
        base_text,
        base_precision,
        line: v.line,
        column: v.column,
    }
}

/// Half a unit of the last digit written in figure `text` (`12.6亿元`:
/// 0.05亿元), in the unit of `value` (its base unit): the number written is
/// the first run of digits and a point; `value / number` is its scale.
/// Zero when no Arabic number is written (`三成`).
pub fn precision(text: &str, value: f64) -> f64 {
    // The number is ASCII once folded, and short: it is gathered on the
    // stack (the history asks this of every value it keeps).
    // A longer run (no figure a report writes) is gathered in a string.
    let number = || {
        text.chars()
            .map(fold_width)
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ' ')
            .filter(|c| *c != ' ')
    };
    let mut stack = [0u8; 32];
    let mut len = 0;
    let mut long = String::new();
    for c in number() {
        match stack.get_mut(len) {
            Some(slot) => *slot = c as u8, // ASCII: a digit or a point
            None => {
                long = number().collect();
                break;
            }
        }
        len += 1;
    }
    let digits = if long.is_empty() {
        std::str::from_utf8(&stack[..len]).unwrap_or_default()
    } else {
        &long
    };
    let Ok(number) = digits.parse::<f64>() else {
        return 0.0;
    };
    if number == 0.0 {
        return 0.0;
    }
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let step = 10f64.powi(-i32::try_from(decimals).unwrap_or(0));
    (0.5 * step * (value / number)).abs()
}

/// Half a unit of the last significant digit of `value` as a number
/// (`6.3` → 0.05, `80000000` → 5000000): the precision of a stated change,
/// whose text the history does not keep.
pub(crate) fn precision_of_number(value: f64) -> f64 {
    let v = value.abs();
    if v == 0.0 || !v.is_finite() {
        return 0.0;
    }
    for k in (-6..=12).rev() {
        let unit = 10f64.powi(k);
        let q = v / unit;
        if (q - q.round()).abs() <= 1e-6 * q.abs().max(1.0) && q.round() >= 1.0 {
            return 0.5 * unit;
        }
    }
    0.0
}

/// The conflicts of `report` (judged as of `year`) in `history`: each
/// region of the report, once, whose entry for `year` comes from another
/// report, the one kept (first by path). In document order.
///
/// Derived when a report is judged, rather than looked up in
/// [`History::conflicts`]: a run over a corpus where many reports share
/// regions and years would otherwise keep one [`Conflict`] (four strings)
/// per region of every report until its end, and its memory would grow
/// with the corpus (140,000 conflicts at 10,000 generated reports). The
/// history keeps them only for `dutycheck history`, which prints them
/// ([`HistoryBuilder::keep_conflicts`]); a test holds the two to the same
/// answers.
pub fn conflicts(history: &History, report: &Report, year: Option<i32>) -> Vec<Conflict> {
    let Some(year) = year else {
        return Vec::new();
    };
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for section in &report.sections {
        let Some(name) = region_name(report, section) else {
            continue;
        };
        let key = region_key(name, &history.aliases);
        if seen.contains(&key) {
            continue;
        }
        let kept = history.region(&key).and_then(|r| r.year(year));
        if let Some(kept) = kept.filter(|k| k.path != report.path) {
            out.push(Conflict {
                region: key.clone(),
                year,
                kept: kept.path.clone(),
                other: report.path.clone(),
                name: name.to_string(),
                line: section.line,
                column: section.column,
            });
        }
        seen.push(key);
    }
    out
}

/// Collects summaries into a [`History`].
#[derive(Debug, Default)]
pub struct HistoryBuilder {
    aliases: BTreeMap<String, String>,
    /// (key, year) → entry.
    entries: BTreeMap<(String, i32), YearEntry>,
    /// Whether to list [`History::conflicts`] (for `dutycheck history`).
    keep_conflicts: bool,
    conflicts: Vec<Conflict>,
    undated: Vec<String>,
    names: BTreeMap<String, String>,
}

impl HistoryBuilder {
    /// A builder whose history lists no conflicts: what a check needs,
    /// since a report's conflicts are found when it is judged
    /// ([`conflicts`]).
    pub fn new(aliases: BTreeMap<String, String>) -> HistoryBuilder {
        HistoryBuilder {
            aliases,
            ..HistoryBuilder::default()
        }
    }

    /// Lists every pair of reports for the same region and year in
    /// [`History::conflicts`]: what `dutycheck history` prints.
    pub fn keep_conflicts(mut self) -> HistoryBuilder {
        self.keep_conflicts = true;
        self
    }

    /// The aliases, as keys, for [`summarise`].
    pub fn aliases(&self) -> &BTreeMap<String, String> {
        &self.aliases
    }

    /// Adds one report's summary. Add them in path order: of two reports
    /// for the same region and year, the first stays in the history and
    /// the second is a [`Conflict`].
    pub fn add(&mut self, summary: Summary) {
        let Some(year) = summary.year else {
            self.undated.push(summary.path);
            return;
        };
        for (id, name) in summary.names {
            self.names.entry(id).or_insert(name);
        }
        for (key, name, line, column, values) in summary.regions {
            match self.entries.get(&(key.clone(), year)) {
                Some(_) if !self.keep_conflicts => {}
                Some(kept) => self.conflicts.push(Conflict {
                    region: key,
                    year,
                    kept: kept.path.clone(),
                    other: summary.path.clone(),
                    name,
                    line,
                    column,
                }),
                None => {
                    self.entries.insert(
                        (key, year),
                        YearEntry {
                            year,
                            path: summary.path.clone(),
                            name,
                            values,
                        },
                    );
                }
            }
        }
    }

    pub fn finish(self) -> History {
        let mut regions: Vec<RegionHistory> = Vec::new();
        for ((key, _), entry) in self.entries {
            match regions.last_mut() {
                Some(r) if r.region == key => r.years.push(entry),
                _ => regions.push(RegionHistory {
                    region: key,
                    years: vec![entry],
                }),
            }
        }
        // By the report left out (stable: reports are added in path order,
        // so this keeps the order they were found in).
        let mut conflicts = self.conflicts;
        conflicts.sort_by(|a, b| a.other.cmp(&b.other));
        History {
            regions,
            conflicts,
            undated: self.undated,
            aliases: self.aliases,
            names: self.names,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_of_written_figures() {
        assert!((precision("12.6亿元", 1_260_000_000.0) - 5_000_000.0).abs() < 1e-3);
        assert!((precision("86.1%", 86.1) - 0.05).abs() < 1e-9);
        assert!((precision("１ ０８０个", 1080.0) - 0.5).abs() < 1e-9);
        assert_eq!(precision("三成", 30.0), 0.0);
        let long = format!("{}.5", "1".repeat(40));
        assert!(
            (precision(&long, 1e39) - 0.05 * 1e39 / long.parse::<f64>().unwrap_or(1.0)).abs()
                < 1e20
        );
        assert!((precision_of_number(6.3) - 0.05).abs() < 1e-9);
        assert!((precision_of_number(80_000_000.0) - 5_000_000.0).abs() < 1e-3);
        assert!((precision_of_number(-0.82e8) - 5e5).abs() < 1e-3);
    }

    /// The region of each section named `sections` of a report titled
    /// `title`.
    fn region_names(title: &str, sections: &[&str]) -> Vec<Option<String>> {
        let mut b = crate::tests::report(Some(2023));
        for name in sections {
            b = b.section(name);
        }
        b.report.title = title.into();
        b.report
            .sections
            .iter()
            .map(|s| region_name(&b.report, s).map(str::to_string))
            .collect()
    }

    /// A section of the city's own budget (`市本级`) is no region's: its
    /// figures were linked with the whole city's of other years (a false
    /// fall of 66.05 → 12.36亿元).
    #[test]
    fn a_section_of_the_own_level_is_no_region() {
        let names = region_names(
            "鹤岭市2023年度履行教育职责自评报告",
            &["市本级", "鹤岭市本级", "全市情况", "桐坪县"],
        );
        assert_eq!(
            names,
            [None, None, Some("鹤岭市".into()), Some("桐坪县".into())]
        );
    }

    /// A bulletin's preamble under a title that names no region is named
    /// by its level alone (`全市`): every city's is, so it is no region to
    /// link across years (two cities' figures would be one's).
    #[test]
    fn a_region_named_by_its_level_alone_is_none() {
        let names = region_names(
            "关于2023年度县级人民政府履行教育职责评价结果的通报",
            &["全市", "全省", "桐坪县"],
        );
        assert_eq!(names, [None, None, Some("桐坪县".into())]);
    }

    #[test]
    fn aliases_map_keys() {
        let aliases = alias_keys([("西山区", "新城区")]);
        assert_eq!(region_key("西山区", &aliases), "新城");
        assert_eq!(region_key("西山", &aliases), "新城");
        assert_eq!(region_key("东河县", &aliases), "东河");
    }
}
