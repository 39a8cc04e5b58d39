//! The indicator catalog.
//!
//! Reports name the same indicator in many ways (`学前教育公办率`,
//! `公办园在园幼儿占比`, `公办率`). The catalog maps each of these aliases to one
//! canonical id (`preschool-public-share`), so that rules and plugins never
//! deal with wording. The default catalog is `rules/catalog.yaml`, embedded in
//! the binary; a user can load their own with [`Catalog::from_yaml`].
//!
//! The catalog also says which *kind* of figure can state an indicator. That
//! is what keeps extraction honest: a percent indicator is never bound to
//! `10155个`, however close the two stand in the text.

mod yaml_start;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use dutycheck_model::{Diagnostic, QuantityKind, did_you_mean};
use serde::Deserialize;
use serde_saphyr::Spanned;

/// The bundled default catalog, as YAML.
pub const DEFAULT_CATALOG_YAML: &str = include_str!("../../../rules/catalog.yaml");

/// The separator in an alias that allows a gap inside one clause:
/// `课后服务…比例`.
pub const GAP: char = '…';

/// One indicator of the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub kind: QuantityKind,
    /// Gross rates can exceed 100%.
    pub may_exceed_100: bool,
    /// Aliases, the name included. Matching prefers the longest alias.
    pub aliases: Vec<String>,
}

/// The indicator catalog: ids → names, aliases and kinds.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    indicators: Vec<Indicator>,
    by_id: HashMap<String, usize, BuildHasherDefault<Fnv>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    name: String,
    kind: Spanned<String>,
    #[serde(default)]
    may_exceed_100: bool,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

const KINDS: [(&str, QuantityKind); 5] = [
    ("percent", QuantityKind::Percent),
    ("money", QuantityKind::Money),
    ("count", QuantityKind::Count),
    ("permille", QuantityKind::Permille),
    ("measure", QuantityKind::Measure),
];

impl Catalog {
    /// The bundled default catalog.
    pub fn bundled() -> Catalog {
        // The bundled file is tested by `bundled_catalog_is_valid`; failing
        // here would be a build defect, not a user error.
        Catalog::from_yaml("<bundled>/rules/catalog.yaml", DEFAULT_CATALOG_YAML)
            .unwrap_or_else(|errors| panic!("the bundled catalog is invalid: {errors:?}"))
    }

    /// Parses and validates a catalog. Returns every problem found, each with
    /// its line and column.
    pub fn from_yaml(path: &str, source: &str) -> Result<Catalog, Vec<Diagnostic>> {
        let raw: RawCatalog =
            serde_saphyr::from_str(source).map_err(|e| vec![yaml_error(path, source, &e)])?;
        let mut errors = Vec::new();
        let mut indicators = Vec::new();
        let mut by_id: HashMap<String, usize, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut alias_owner: HashMap<String, String> = HashMap::new();
        for raw in raw.indicators {
            let at = |s: &serde_saphyr::Location, msg: String| {
                Diagnostic::at(path, source, loc(s.line()), loc(s.column()), msg)
            };
            let id = raw.id.value.clone();
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                errors.push(
                    at(&raw.id.referenced, format!("invalid indicator id `{id}`")).with_help(
                        "ids are lowercase kebab-case, such as `preschool-public-share`",
                    ),
                );
            }
            if by_id.contains_key(&id) {
                errors.push(at(
                    &raw.id.referenced,
                    format!("duplicate indicator id `{id}`"),
                ));
            }
            let kind = match KINDS.iter().find(|(k, _)| *k == raw.kind.value) {
                Some((_, kind)) => *kind,
                None => {
                    let mut d = at(
                        &raw.kind.referenced,
                        format!("unknown indicator kind `{}`", raw.kind.value),
                    );
                    let names = KINDS.iter().map(|(k, _)| *k);
                    d = match did_you_mean(&raw.kind.value, names) {
                        Some(s) => d.with_help(format!("did you mean `{s}`?")),
                        None => d.with_help("use one of: percent, money, count, permille, measure"),
                    };
                    errors.push(d);
                    QuantityKind::Percent
                }
            };
            let mut aliases: Vec<String> = vec![raw.name.clone()];
            for alias in raw.aliases {
                let text = alias.value.trim().to_string();
                let bad_gap =
                    text.starts_with(GAP) || text.ends_with(GAP) || text.matches(GAP).count() > 1;
                if text.is_empty() || bad_gap {
                    errors.push(
                        at(&alias.referenced, format!("invalid alias `{text}`"))
                            .with_help("an alias is non-empty text, with at most one `…` between a head and a tail"),
                    );
                    continue;
                }
                if let Some(owner) = alias_owner.get(&text).filter(|o| **o != id) {
                    errors.push(at(
                        &alias.referenced,
                        format!("alias `{text}` of `{id}` is already an alias of `{owner}`"),
                    ));
                    continue;
                }
                alias_owner.insert(text.clone(), id.clone());
                if !aliases.contains(&text) {
                    aliases.push(text);
                }
            }
            alias_owner.insert(raw.name.clone(), id.clone());
            by_id.insert(id.clone(), indicators.len());
            indicators.push(Indicator {
                id,
                name: raw.name,
                kind,
                may_exceed_100: raw.may_exceed_100,
                aliases,
            });
        }
        if errors.is_empty() {
            Ok(Catalog { indicators, by_id })
        } else {
            Err(errors)
        }
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

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.indicators.iter().map(|i| i.id.as_str())
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
    fn errors_point_at_the_value() {
        let src = "indicators:\n  - id: a\n    name: 甲\n    kind: percnt\n";
        let errors = Catalog::from_yaml("c.yaml", src).unwrap_err();
        assert_eq!(errors.len(), 1);
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
