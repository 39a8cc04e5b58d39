//! The indicator catalog.
//!
//! Reports name the same indicator in many ways (`学前教育公办率`,
//! `公办园在园幼儿占比`, `公办率`). The catalog maps each of these aliases to one
//! canonical id (`preschool-public-share`), so that rules and plugins never
//! deal with wording. The default catalog is `rules/catalog.yaml`, embedded in
//! the binary. Users add their own indicators and requirements, and aliases
//! of bundled ones, in `dutycheck.yaml`, in packs, or in catalog files; a
//! [`CatalogBuilder`] merges them all onto the bundled catalog with the same
//! strict validation (see the `decl` module).
//!
//! The catalog also says which *kind* of figure can state an indicator. That
//! is what keeps extraction honest: a percent indicator is never bound to
//! `10155个`, however close the two stand in the text.

mod yaml_start;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use dutycheck_model::{Diagnostic, QuantityKind, Text};

mod decl;
pub mod schema;
pub mod yaml;

pub use decl::CatalogBuilder;

/// The bundled default catalog, as YAML.
pub(crate) const DEFAULT_CATALOG_YAML: &str = include_str!("../../../rules/catalog.yaml");

/// The separator in an alias that allows a gap inside one clause:
/// `课后服务…比例`.
pub const GAP: char = '…';

/// The first word of an alias that names what a share counts, after the
/// share (`的随迁子女在公办学校就读`, read in `95.6%的随迁子女在公办学校就读`):
/// extraction takes it as a mention only right after a percent, and that
/// percent as its level.
pub const SHARE_AFTER: char = '的';

/// One indicator of the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: Text,
    pub name: Text,
    pub kind: QuantityKind,
    /// Gross rates can exceed 100%.
    pub may_exceed_100: bool,
    /// Aliases, the name included. Matching prefers the longest alias.
    pub aliases: Vec<String>,
    /// Where it is declared: `builtin:catalog`, or `file:line:column`.
    pub defined_at: String,
    /// Where `{extends: id, aliases: […]}` entries added aliases to it.
    pub extended_at: Vec<String>,
}

/// A requirement of the evaluation that reports *claim* to meet
/// (`实现“不低于”要求`, `做到“两个只增不减”`, `课后服务实现全覆盖`).
///
/// A claim is worth what the figures next to it say: the requirement names
/// the indicators that can evidence it, and what they must show for the
/// claim to hold ([`Meets`]), so that a claim beside a figure that
/// contradicts it can be found.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub id: Text,
    pub name: String,
    pub description: Option<String>,
    /// The phrases that claim it. A phrase with `…` matches its head and its
    /// tail within one clause, as aliases do (`超大班额…清零`).
    pub phrases: Vec<String>,
    /// The indicators whose figures evidence it (may be empty: a claim that
    /// no figure in the catalog can back).
    pub indicators: Vec<String>,
    /// What the figures must show; `None` when only the claim's presence
    /// and evidence are checked.
    pub meets: Option<Meets>,
    pub defined_at: String,
    pub extended_at: Vec<String>,
}

/// What the evidence of a requirement must show for a claim to hold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Meets {
    /// Every figure of the indicators is within the inclusive bounds
    /// (`全覆盖`: `min: 100`; `清零`: `max: 0`).
    Value { min: Option<f64>, max: Option<f64> },
    /// Every change against the year before is within the bounds
    /// (`只增不减`: `min: 0`).
    Change { min: Option<f64>, max: Option<f64> },
    /// The first indicator's figure is not below the second's (`不低于`).
    NotBelow,
}

impl Meets {
    /// Whether `value` lies within `min..=max` (for `Value` and `Change`).
    pub fn within(min: Option<f64>, max: Option<f64>, value: f64) -> bool {
        min.is_none_or(|m| value >= m) && max.is_none_or(|m| value <= m)
    }
}

/// The indicator catalog: ids → names, aliases and kinds; and the
/// requirements that reports claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    indicators: Vec<Indicator>,
    requirements: Vec<Requirement>,
    by_id: HashMap<String, usize, BuildHasherDefault<Fnv>>,
}

impl Default for Catalog {
    fn default() -> Catalog {
        Catalog::empty()
    }
}

impl Catalog {
    /// The bundled default catalog.
    pub fn bundled() -> Catalog {
        // The bundled file is tested by `bundled_catalog_is_valid`; failing
        // here would be a build defect, not a user error.
        let mut b = CatalogBuilder::new(Catalog::empty());
        b.add_bundled("<bundled>/rules/catalog.yaml", DEFAULT_CATALOG_YAML);
        b.build()
            .unwrap_or_else(|errors| panic!("the bundled catalog is invalid: {errors:?}"))
    }

    /// A catalog with nothing in it.
    pub fn empty() -> Catalog {
        Catalog {
            indicators: Vec::new(),
            requirements: Vec::new(),
            by_id: HashMap::default(),
        }
    }

    /// Parses and validates a catalog file on its own (for tests). Returns
    /// every problem found, each with its line and column.
    #[cfg(test)]
    pub(crate) fn from_yaml(path: &str, source: &str) -> Result<Catalog, Vec<Diagnostic>> {
        let mut b = CatalogBuilder::new(Catalog::empty());
        b.add_file(path, source);
        b.build()
    }

    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.position(id).and_then(|i| self.indicators.get(i))
    }

    /// The position of indicator `id` in [`Catalog::indicators`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The numerator of a share named `<numerator>占<denominator>比例`
    /// (`一般公共预算教育支出占一般公共预算支出比例`): the indicator, other
    /// than the share, with the part of the name before `占` as an alias.
    /// A report may leave the numerator out of such a name, right after the
    /// numerator's own figure (`一般公共预算教育支出12.6亿元，占一般公共预算
    /// 支出的19.8%`); the share's aliases that open with `占` are written
    /// for that.
    pub fn numerator(&self, share: usize) -> Option<usize> {
        let (head, _) = self
            .indicators
            .get(share)?
            .name
            .split_once(dutycheck_vocab::links::SHARE_OF)?;
        self.indicators
            .iter()
            .position(|i| !head.is_empty() && i.aliases.iter().any(|a| a == head))
            .filter(|&n| n != share)
    }

    /// Indicator ids, in catalog order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.indicators.iter().map(|i| i.id.as_str())
    }

    pub fn requirements(&self) -> &[Requirement] {
        &self.requirements
    }

    pub fn requirement(&self, id: &str) -> Option<&Requirement> {
        self.requirements.iter().find(|r| r.id == id)
    }

    /// Every id, indicators then requirements (for "did you mean").
    pub fn all_ids(&self) -> Vec<String> {
        self.ids()
            .map(str::to_string)
            .chain(self.requirements.iter().map(|r| r.id.to_string()))
            .collect()
    }

    /// Where `id` (an indicator or a requirement) is declared, if it is.
    fn defined_at(&self, id: &str) -> Option<String> {
        self.get(id)
            .map(|i| i.defined_at.clone())
            .or_else(|| self.requirement(id).map(|r| r.defined_at.clone()))
    }

    fn push_indicator(&mut self, indicator: Indicator) {
        self.by_id
            .insert(indicator.id.to_string(), self.indicators.len());
        self.indicators.push(indicator);
    }
}

fn loc(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX).max(1)
}

/// Turns a serde-saphyr error into a located [`Diagnostic`]. Shared by every
/// crate that reads YAML written by users.
pub fn yaml_error(path: &str, source: &str, error: &serde_saphyr::Error) -> Diagnostic {
    let message = error.without_snippet().to_string();
    let message = message.lines().next().unwrap_or("invalid YAML").to_string();
    match error.location() {
        Some(l) if l.line() > 0 => {
            let (line, column) = (loc(l.line()), loc(l.column()));
            // A bracket left open earlier is where the mistake is; the
            // parser's own position is where it stopped making sense.
            match yaml_start::unclosed_before(source, line, column) {
                Some((at_line, at_column, c)) => Diagnostic::at(
                    path,
                    source,
                    at_line,
                    at_column,
                    format!("unclosed `{c}`; the YAML reader went on and stopped later: {message}"),
                )
                .with_help(format!(
                    "close it with `{}` on this line, or write the list as indented `- ` lines",
                    if c == '[' { ']' } else { '}' }
                )),
                None => Diagnostic::at(path, source, line, column, message),
            }
        }
        _ => Diagnostic::file(path, message),
    }
}

/// FNV-1a: the engine looks an indicator id up for every rule and section,
/// and ids are short, local and trusted (no hash flooding to defend
/// against), so a simple hash beats the default SipHash several times over.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalog_is_valid_and_has_the_fixed_ids() {
        let catalog = Catalog::from_yaml("catalog.yaml", DEFAULT_CATALOG_YAML).expect("valid");
        for id in [
            "preschool-gross-enrollment",
            "preschool-inclusive-coverage",
            "preschool-public-share",
            "vocational-enrollment-share",
            "education-expenditure",
            "after-school-service-coverage",
            "compulsory-retention",
            "highschool-gross-enrollment",
            "disabled-children-enrollment",
            "large-class-share",
            "teacher-bachelor-share",
        ] {
            assert!(catalog.get(id).is_some(), "missing {id}");
        }
        assert_eq!(
            catalog.get("education-expenditure").map(|i| i.kind),
            Some(QuantityKind::Money)
        );
        assert!(
            catalog
                .get("preschool-gross-enrollment")
                .is_some_and(|i| i.may_exceed_100)
        );
    }

    #[test]
    fn bundled_requirements_name_known_indicators() {
        let catalog = Catalog::bundled();
        let r = catalog.requirement("teacher-pay-parity").expect("declared");
        assert_eq!(r.meets, Some(Meets::NotBelow));
        assert_eq!(r.indicators.len(), 2);
        for r in catalog.requirements() {
            for id in &r.indicators {
                assert!(catalog.get(id).is_some(), "{}: {id}", r.id);
            }
        }
    }

    fn merged(src: &str) -> Result<Catalog, Vec<Diagnostic>> {
        let mut b = CatalogBuilder::new(Catalog::bundled());
        b.add_file("mine.yaml", src);
        b.build()
    }

    #[test]
    fn a_user_indicator_and_extends_merge_onto_the_bundled_catalog() {
        let c = merged(
            "indicators:\n  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money, aliases: [乡村教师补助]}\n  - {extends: preschool-inclusive-coverage, aliases: [普惠性资源占比]}\n",
        )
        .expect("valid");
        let own = c.get("jb.rural-teacher-subsidy").expect("added");
        assert_eq!(own.aliases, ["乡村教师生活补助", "乡村教师补助"]);
        assert_eq!(own.defined_at, "mine.yaml:2:5");
        let ext = c.get("preschool-inclusive-coverage").expect("bundled");
        assert!(ext.aliases.iter().any(|a| a == "普惠性资源占比"));
        assert_eq!(ext.defined_at, "builtin:catalog");
        assert_eq!(ext.extended_at, ["mine.yaml:3:15"]);
    }

    /// A user's alias that opens with `的` reads a share before what it
    /// counts, as the bundled ones do; `的` alone (or before a gap) names
    /// nothing, and is refused where it is written.
    #[test]
    fn an_alias_after_a_share_needs_words_after_de() {
        let c = merged(
            "indicators:\n  - {id: jb.boarding-share, name: 寄宿生占比, kind: percent, aliases: [的学生在校寄宿]}\n",
        )
        .expect("valid");
        assert_eq!(
            c.get("jb.boarding-share").expect("added").aliases,
            ["寄宿生占比", "的学生在校寄宿"]
        );
        let errors = merged(
            "indicators:\n  - {id: jb.a, name: 甲, kind: percent, aliases: ['的', '的…比例']}\n",
        )
        .unwrap_err();
        let got: Vec<(Option<u32>, &str)> = errors
            .iter()
            .map(|d| (d.column, d.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(50), "invalid alias `的`"),
                (Some(55), "invalid alias `的…比例`")
            ]
        );
        assert!(
            errors[0]
                .help
                .as_deref()
                .is_some_and(|h| h.contains("的随迁子女"))
        );
    }

    #[test]
    fn every_bad_entry_is_a_located_error_at_once() {
        let src = "indicators:\n  - {id: a-b, name: 甲, kind: percnt}\n  - {id: c-d, name: 乙, kind: money, aliases: ['']}\n  - {id: preschool-public-share, name: 丙, kind: percent}\n  - {id: e-f, name: 丁, kind: count, aliases: [普惠率]}\n  - {extends: preschool-public-shar, aliases: [x]}\n  - {id: g-h, nam: 戊, kind: count}\n";
        let errors = merged(src).unwrap_err();
        let got: Vec<(Option<u32>, Option<u32>, &str)> = errors
            .iter()
            .map(|d| (d.line, d.column, d.message.as_str()))
            .collect();
        let want: [(u32, u32, &str); 7] = [
            (2, 30, "unknown indicator kind `percnt`"),
            (3, 47, "invalid alias ``"),
            (
                4,
                10,
                "duplicate id `preschool-public-share`, already defined at builtin:catalog",
            ),
            (
                5,
                47,
                "alias `普惠率` of `e-f` is already an alias of `preschool-inclusive-coverage`",
            ),
            (
                6,
                15,
                "`extends` names no indicator or requirement: `preschool-public-shar`",
            ),
            (7, 5, "this indicator has no `name`"),
            (7, 15, "unknown key `nam` in an indicator"),
        ];
        // Every error at once, in file order.
        let want: Vec<(Option<u32>, Option<u32>, &str)> = want
            .iter()
            .map(|(l, c, m)| (Some(*l), Some(*c), *m))
            .collect();
        assert_eq!(got, want);
        let kind = errors
            .iter()
            .find(|d| d.message.contains("percnt"))
            .expect("kind");
        assert_eq!(kind.help.as_deref(), Some("did you mean `percent`?"));
        let ext = errors
            .iter()
            .find(|d| d.message.contains("extends"))
            .expect("extends");
        assert_eq!(
            ext.help.as_deref(),
            Some("did you mean `preschool-public-share`?")
        );
        let key = errors
            .iter()
            .find(|d| d.message.contains("`nam`"))
            .expect("key");
        assert_eq!(key.help.as_deref(), Some("did you mean `name`?"));
    }

    #[test]
    fn an_alias_claimed_by_two_new_ids_is_an_error() {
        let errors = merged("- {id: a-a, name: 甲, kind: count, aliases: [乙]}\n- {id: b-b, name: 丙, kind: count, aliases: [乙]}\n").unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            errors[0].message,
            "alias `乙` of `b-b` is already an alias of `a-a`"
        );
        assert_eq!((errors[0].line, errors[0].column), (Some(2), Some(45)));
    }

    #[test]
    fn requirements_are_validated_like_indicators() {
        let errors = merged("requirements:\n  - {id: r-1, name: 甲, phrases: [全覆盖], indicators: [after-school-service-coverag], meets: {value: {min: 100}}}\n  - {id: r-2, name: 乙, phrases: [''], meets: {compare: below}}\n").unwrap_err();
        let messages: Vec<&str> = errors.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages.contains(&"unknown indicator `after-school-service-coverag`"),
            "{messages:?}"
        );
        assert!(messages.contains(&"invalid phrase ``"), "{messages:?}");
        assert!(
            messages.contains(&"unknown comparison `below`"),
            "{messages:?}"
        );
        let unknown = errors
            .iter()
            .find(|d| d.message.contains("after-school"))
            .expect("unknown");
        assert_eq!(
            unknown.help.as_deref(),
            Some("did you mean `after-school-service-coverage`?")
        );
    }

    #[test]
    fn errors_point_at_the_value() {
        let src = "indicators:\n  - id: a\n    name: 甲\n    kind: percnt\n";
        let errors = Catalog::from_yaml("c.yaml", src).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].line, errors[0].column), (Some(4), Some(11)));
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `percent`?"));
    }

    #[test]
    fn unknown_keys_and_shared_aliases_are_errors() {
        let src = "indicators:\n  - id: a\n    name: 甲\n    kind: percent\n    alias: [x]\n";
        let errors = Catalog::from_yaml("c.yaml", src).unwrap_err();
        assert_eq!(errors[0].line, Some(5), "{errors:?}");
        let src = "indicators:\n  - {id: a, name: 甲, kind: percent, aliases: [乙]}\n  - {id: b, name: 丙, kind: percent, aliases: [乙]}\n";
        let errors = Catalog::from_yaml("c.yaml", src).unwrap_err();
        assert!(
            errors[0].message.contains("already an alias of `a`"),
            "{errors:?}"
        );
    }
}
