//! The YAML rule schema of dutycheck: loading and strict validation.
//!
//! A rule says what a report should show: "普惠性幼儿园覆盖率 is at least
//! 80% in every region, in reports about 2020–2024". Rules are data, written
//! in YAML, so that inspectors can adjust targets as policy changes without
//! touching code. That makes the rule files user input, and this crate treats
//! them strictly: an unknown key, a wrong type, an unknown indicator id,
//! `min > max`, a bad regex or an unknown message placeholder is an error with
//! the file, line and column, a snippet, and a "did you mean" where it helps.
//! Every error of a rule set is returned at once, and a rule set with errors
//! never half-loads.
//!
//! # File layout
//!
//! A rule file holds one rule (a mapping), a list of rules, or a pack:
//!
//! ```yaml
//! pack: {name: national-2020, description: …, extends: [other-pack]}
//! rules:
//!   - id: preschool.inclusive-coverage-2020
//!     title: 普惠性幼儿园覆盖率达到80%
//!     severity: error                 # error | warning | info | off (default warning)
//!     scope: section                  # document | section | case (default by kind)
//!     applies: {years: 2020..2024}    # 2020..2024 | 2021.. | ..2020 | 2020 | [2020, 2022]
//!     sections: {include: ["*市"], exclude: []}
//!     indicator: preschool-inclusive-coverage
//!     threshold: {min: 80}            # min/max inclusive, above/below exclusive
//!     warn: {min: 85}                 # optional warn zone
//!     measure: value                  # value | change.percent | change.value
//!     missing: off                    # off | info | warning | error
//!     message: "{section}普惠性幼儿园覆盖率为{value}%，低于{min}%的目标"
//!     references: ["第三期学前教育行动计划（2017）"]
//!     tags: [preschool]
//! ```
//!
//! The kind is given by exactly one kind key: `threshold`, `detail`,
//! `structure`, `requires`, `pattern`, `compare` or `plugin` (see
//! [`RuleKind`]). A pack that `extends` another may override the other's
//! rules: a rule with the same id is laid over the original key by key, so
//! `{id: x, severity: off}` switches rule `x` off.
//!
//! # Use
//!
//! ```
//! # use dutycheck_catalog::Catalog;
//! # use dutycheck_rules::RuleSet;
//! let catalog = Catalog::bundled();
//! let rules = RuleSet::bundled(&catalog).expect("the bundled packs are valid");
//! assert!(rules.get("preschool.inclusive-coverage-2020").is_some());
//! ```

mod load;
mod node;
mod schema;
mod template;

use std::path::{Path, PathBuf};

use dutycheck_catalog::Catalog;
use dutycheck_model::Diagnostic;

pub use schema::{
    Bounds, CompareOp, CompareRule, DetailRule, Measure, Must, Pack, PatternRule, PluginRule,
    RequiresRule, Rule, RuleKind, RuleSeverity, Scope, SectionFilter, StructureRule, ThresholdRule,
    YearRange, glob_match,
};
pub use template::{Template, format_number};

/// The bundled rule packs: `(origin, YAML)`. Origins read `builtin:NAME` and
/// appear in diagnostics and in [`Rule::origin`].
pub const BUNDLED_PACKS: [(&str, &str); 3] = [
    (
        "builtin:national-2020",
        include_str!("../../../rules/packs/national-2020.yaml"),
    ),
    (
        "builtin:national-2025",
        include_str!("../../../rules/packs/national-2025.yaml"),
    ),
    (
        "builtin:case-quality",
        include_str!("../../../rules/packs/case-quality.yaml"),
    ),
];

/// The kind keys of rule files, in the order they are documented.
pub const KINDS: [&str; 7] = load::KIND_KEYS;

/// The message placeholders a kind's messages may use, besides the common
/// ones (`section`, `case`, `year`, `id`, `title`). `kind` is a kind key.
pub fn placeholders(kind: &str) -> &'static [&'static str] {
    load::kind_placeholders(kind)
}

/// Validates plugin options at load time. The plugin host implements it from
/// the plugins' manifests (their options' JSON Schemas); without it, plugin
/// rules load unchecked and the engine reports them as not applicable.
pub trait PluginSchemas {
    /// `Ok` when plugin `plugin` has a check `check` that accepts `options`
    /// (`null` when the rule gives none); otherwise what is wrong, in one
    /// sentence, such as "unknown plugin `x`" or "`limit` must be a number".
    fn validate(
        &self,
        plugin: &str,
        check: &str,
        options: &serde_json::Value,
    ) -> Result<(), String>;
}

/// A validated set of rules, in load order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleSet {
    rules: Vec<Rule>,
    packs: Vec<Pack>,
}

impl RuleSet {
    /// Loads rules from `(path, text)` pairs. `path` is only used in
    /// diagnostics and [`Rule::origin`].
    pub fn from_sources<P: AsRef<str>, T: AsRef<str>>(
        sources: &[(P, T)],
        catalog: &Catalog,
    ) -> Result<RuleSet, Vec<Diagnostic>> {
        Loader::new(catalog).sources(sources).load()
    }

    /// Loads rule files and directories. A directory is walked recursively for
    /// `*.yaml` and `*.yml`, in sorted order, skipping rule tests
    /// (`*.test.yaml`) and `__snapshots__` directories. A file given by name
    /// is read whatever its extension.
    pub fn load_paths<P: AsRef<Path>>(
        paths: &[P],
        catalog: &Catalog,
    ) -> Result<RuleSet, Vec<Diagnostic>> {
        Loader::new(catalog).paths(paths).load()
    }

    /// The bundled packs ([`BUNDLED_PACKS`]), validated against `catalog`.
    /// With the bundled catalog this cannot fail (a test guarantees it); a
    /// user catalog that lacks the fixed indicator ids makes it fail.
    pub fn bundled(catalog: &Catalog) -> Result<RuleSet, Vec<Diagnostic>> {
        Loader::new(catalog).bundled().load()
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Builds a [`RuleSet`] from several inputs at once (bundled packs, files,
/// directories, in-memory sources) with an optional plugin-options hook.
/// All inputs are validated together, so ids must be unique across them and
/// a pack may extend a pack from another input.
pub struct Loader<'a> {
    catalog: &'a Catalog,
    plugins: Option<&'a dyn PluginSchemas>,
    sources: Vec<(String, String)>,
    errors: Vec<Diagnostic>,
}

impl<'a> Loader<'a> {
    pub fn new(catalog: &'a Catalog) -> Self {
        Loader {
            catalog,
            plugins: None,
            sources: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Validates plugin rules' options with `hook`.
    pub fn plugins(mut self, hook: &'a dyn PluginSchemas) -> Self {
        self.plugins = Some(hook);
        self
    }

    /// Adds the bundled packs.
    pub fn bundled(mut self) -> Self {
        for (origin, text) in BUNDLED_PACKS {
            self.sources.push((origin.to_string(), text.to_string()));
        }
        self
    }

    /// Adds one in-memory source.
    pub fn source(mut self, path: impl Into<String>, text: impl Into<String>) -> Self {
        self.sources.push((path.into(), text.into()));
        self
    }

    /// Adds in-memory sources.
    pub fn sources<P: AsRef<str>, T: AsRef<str>>(mut self, sources: &[(P, T)]) -> Self {
        for (p, t) in sources {
            self.sources
                .push((p.as_ref().to_string(), t.as_ref().to_string()));
        }
        self
    }

    /// Adds files and directories (see [`RuleSet::load_paths`]). Unreadable
    /// paths become errors of the final [`Loader::load`].
    pub fn paths<P: AsRef<Path>>(mut self, paths: &[P]) -> Self {
        for path in paths {
            let path = path.as_ref();
            if path.is_dir() {
                let mut files = Vec::new();
                if let Err(e) = walk(path, &mut files) {
                    self.errors.push(Diagnostic::file(
                        path.display().to_string(),
                        format!("cannot read directory: {e}"),
                    ));
                }
                files.sort();
                for file in files {
                    self.read(&file);
                }
            } else {
                self.read(path);
            }
        }
        self
    }

    fn read(&mut self, path: &Path) {
        let shown = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => self.sources.push((shown, text)),
            Err(e) => self.errors.push(Diagnostic::file(
                shown,
                format!("cannot read rule file: {e}"),
            )),
        }
    }

    /// Validates everything added, returning the rule set or every error.
    pub fn load(self) -> Result<RuleSet, Vec<Diagnostic>> {
        let loaded = load::load(&self.sources, self.catalog, self.plugins);
        match (loaded, self.errors) {
            (Ok(set), errors) if errors.is_empty() => Ok(set),
            (Ok(_), errors) => Err(errors),
            (Err(more), mut errors) => {
                errors.extend(more);
                Err(errors)
            }
        }
    }
}

/// Collects rule files under `dir`.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if name != "__snapshots__" && !name.starts_with('.') {
                walk(&path, out)?;
            }
        } else if (name.ends_with(".yaml") || name.ends_with(".yml"))
            && !name.ends_with(".test.yaml")
            && !name.ends_with(".test.yml")
        {
            out.push(path);
        }
    }
    Ok(())
}
