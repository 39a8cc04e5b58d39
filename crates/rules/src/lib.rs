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

mod config;
mod file_schema;
mod kinds;
mod load;
mod node;
mod schema;
mod template;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use dutycheck_catalog::{Catalog, CatalogBuilder};
use dutycheck_model::{Diagnostic, RuleIds};
use dutycheck_walk::{Found, Note, Options, Walker};

pub use config::{Config, ConfigPack, Override, PathOverride, apply_flags, plugin_timeout};
pub use file_schema::{rule_file_schema, rule_file_schema_text};
// Every rule kind's typed rule (`ThresholdRule` …) and the kinds' public
// helpers: what `kinds/mod.rs` exports, so that registering a kind there
// exports its rule type with no line here.
pub use kinds::*;
pub use schema::{
    Bounds, Pack, Rule, RuleSeverity, RuleTest, Scope, SectionFilter, Snippet, YearRange,
    glob_match,
};
pub use template::Template;

/// The bundled rule packs: `(origin, YAML)`. Origins read `builtin:NAME` and
/// appear in diagnostics and in [`Rule::origin`].
pub const BUNDLED_PACKS: [(&str, &str); 4] = [
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
    (
        HISTORY_PACK,
        include_str!("../../../rules/packs/history.yaml"),
    ),
];

/// The bundled pack of year-on-year rules (`trend`, `restatement`). Not
/// one of the defaults [`Loader::bundled`] adds: a run adds it
/// ([`Loader::history`]) when it holds reports of more than one year.
pub const HISTORY_PACK: &str = "builtin:history";

/// The tests of the bundled packs, `(origin, YAML)`, beside
/// [`BUNDLED_PACKS`]: what `rules explain` shows for a bundled rule.
pub(crate) const BUNDLED_TESTS: [(&str, &str); 3] = [
    (
        "builtin:national-2020.test.yaml",
        include_str!("../../../rules/packs/national-2020.test.yaml"),
    ),
    (
        "builtin:national-2025.test.yaml",
        include_str!("../../../rules/packs/national-2025.test.yaml"),
    ),
    (
        "builtin:case-quality.test.yaml",
        include_str!("../../../rules/packs/case-quality.test.yaml"),
    ),
];

/// Every test of `rule`, wherever it is written: in the rule itself, in the
/// `*.test.yaml` files beside the rule's file (and below its directory),
/// or, for a bundled rule, in its pack's test file ([`BUNDLED_TESTS`]).
/// A test file that does not validate is skipped here; `rules validate`
/// and `dutycheck test` report it.
pub fn tests_of(rule: &Rule, rules: &RuleSet, catalog: &Catalog) -> Vec<RuleTest> {
    let mut out = rule.tests.clone();
    let sources: Vec<(String, String)> = match rule.origin.strip_prefix("builtin:") {
        Some(pack) => BUNDLED_TESTS
            .iter()
            .filter(|(origin, _)| *origin == format!("builtin:{pack}.test.yaml"))
            .map(|(o, t)| (o.to_string(), t.to_string()))
            .collect(),
        None => {
            let dir = Path::new(&rule.origin)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            test_files(&[dir])
                .into_iter()
                .filter_map(|f| {
                    let text = std::fs::read_to_string(&f).ok()?;
                    Some((f.display().to_string(), text))
                })
                .collect()
        }
    };
    let (found, _errors) = load::load_tests_collect(&sources, rules, catalog);
    out.extend(found.into_iter().filter(|t| t.rule == rule.id));
    out
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
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    packs: Vec<Pack>,
    /// The catalog the rules were validated against: the base catalog with
    /// every indicator and requirement the config and the packs declare.
    /// Extraction, the engine, rule tests and plugins read reports with it,
    /// so that they all see the same indicators as the rules.
    catalog: Arc<Catalog>,
    /// The columns of the compliance matrix, computed on first use.
    columns: OnceLock<MatrixColumns>,
    /// Each rule's indicator position, computed on first use (see
    /// [`RuleSet::indicator_positions`]).
    positions: OnceLock<Vec<Option<usize>>>,
}

impl PartialEq for RuleSet {
    fn eq(&self, other: &Self) -> bool {
        self.rules == other.rules && self.packs == other.packs
    }
}

/// The columns of a compliance matrix row: the ids of every section- and
/// case-scope rule, sorted ([`RuleIds`]), and for each rule of the set (in
/// load order) its column, `None` for document-scope rules.
///
/// Computed once per rule set, so that evaluating a report with many rules
/// fills a list of statuses instead of building a map per section.
#[derive(Debug, Clone, Default)]
pub struct MatrixColumns {
    pub ids: RuleIds,
    pub column: Vec<Option<usize>>,
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

    pub(crate) fn new(rules: Vec<Rule>, packs: Vec<Pack>, catalog: Arc<Catalog>) -> RuleSet {
        RuleSet {
            rules,
            packs,
            catalog,
            columns: OnceLock::new(),
            positions: OnceLock::new(),
        }
    }

    /// The merged catalog (see [`RuleSet`]'s `catalog` field).
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The compliance matrix columns of this set (see [`MatrixColumns`]).
    pub fn matrix_columns(&self) -> &MatrixColumns {
        self.columns.get_or_init(|| {
            let ids = RuleIds::new(
                self.rules
                    .iter()
                    .filter(|r| r.scope != Scope::Document)
                    .map(|r| r.id.clone())
                    .collect(),
            );
            let column = self
                .rules
                .iter()
                .map(|r| {
                    (r.scope != Scope::Document)
                        .then(|| ids.position(&r.id))
                        .flatten()
                })
                .collect();
            MatrixColumns { ids, column }
        })
    }

    /// For each rule, in load order, the position in [`RuleSet::catalog`]
    /// of the first indicator it reads (`None`: it reads none, or one the
    /// catalog lacks), computed on first use.
    ///
    /// The engine needs each rule's indicator position for every report it
    /// evaluates; with a thousand rules, those catalog lookups (a hash of
    /// the id each) cost more than the cells they serve. It starts from
    /// these and confirms the id at the position, so a report evaluated
    /// with another catalog still gets the right one.
    pub fn indicator_positions(&self) -> &[Option<usize>] {
        self.positions.get_or_init(|| {
            self.rules
                .iter()
                .map(|r| {
                    r.kind
                        .indicators()
                        .first()
                        .and_then(|id| self.catalog.position(id))
                })
                .collect()
        })
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

    /// Keeps only the rules for which `keep` is true (`--filter`, or one rule
    /// under test). Packs are kept: they describe where rules came from.
    pub fn retain(&mut self, keep: impl FnMut(&Rule) -> bool) {
        self.rules.retain(keep);
        self.columns = OnceLock::new();
        self.positions = OnceLock::new();
    }

    /// Renders every title from its template with the bounds in force
    /// ([`Rule::render_title`]): after loading (`extends` overrides) and
    /// after the config's overrides.
    pub(crate) fn render_titles(&mut self, catalog: &Catalog) {
        for rule in &mut self.rules {
            rule.render_title(catalog);
        }
    }

    /// The rule with id `id`, mutably (overrides from configuration).
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Rule> {
        self.columns = OnceLock::new();
        self.positions = OnceLock::new();
        self.rules.iter_mut().find(|r| r.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Adds a rule built in code rather than read from a file (the default
    /// rule of a plugin check that no rule names, say). Refused, with the
    /// reason, when its id is not a valid rule id or is already taken: the
    /// same two checks a rule file gets.
    pub fn push(&mut self, rule: Rule) -> Result<(), Diagnostic> {
        if !load::valid_id(&rule.id) || rule.id.starts_with("engine.") {
            let mut d = Diagnostic::file(
                rule.origin.clone(),
                format!("invalid rule id `{}`", rule.id),
            );
            d.help = Some("rule ids are lowercase letters, digits, `.`, `-` and `_`, such as `preschool.inclusive-coverage-2020`".into());
            return Err(d);
        }
        if let Some(first) = self.get(&rule.id) {
            let mut d = Diagnostic::file(
                rule.origin.clone(),
                format!("duplicate rule id `{}`", rule.id),
            );
            d.help = Some(format!(
                "`{}` is first defined at {}:{}:{}",
                rule.id, first.origin, first.line, first.column
            ));
            return Err(d);
        }
        self.rules.push(rule);
        self.columns = OnceLock::new();
        self.positions = OnceLock::new();
        Ok(())
    }
}

/// Builds a [`RuleSet`] from several inputs at once (bundled packs, files,
/// directories, in-memory sources) with an optional plugin-options hook.
/// All inputs are validated together, so ids must be unique across them and
/// a pack may extend a pack from another input.
///
/// # What a rule file may read
///
/// Rule files come from repositories, and in CI a pull request can change
/// them; an error message is printed into the job's log. So two rules keep a
/// rule file from printing other files:
///
/// - `extends` by path may only name files under the directories the loader
///   was given: the config's directory ([`Loader::root`]) and each path
///   given to [`Loader::paths`] (a directory, or a file's directory).
///   Bundled packs (`builtin:NAME`) are always allowed. Anything else is an
///   error at the `extends` entry, unless [`Loader::allow_extends_outside`]
///   (`--allow-extends-outside`) says otherwise.
/// - An error about a file read from disk that is not a rule file (not
///   named `*.yaml` or `*.yml`, or not text: control characters, NUL) never
///   quotes its content: no source line, no key or value from it, only the
///   path and what to do. A YAML syntax error in `/proc/self/environ` would
///   otherwise print the environment.
pub struct Loader<'a> {
    catalog: CatalogBuilder,
    plugins: Option<&'a dyn PluginSchemas>,
    sources: Vec<(String, String)>,
    errors: Vec<Diagnostic>,
    /// Directories `extends` paths may point into (canonical).
    roots: Vec<PathBuf>,
    allow_outside: bool,
    policy: load::SourcePolicy,
}

impl<'a> Loader<'a> {
    /// A loader whose rules see `catalog` plus what the packs (and
    /// [`Loader::config_catalog`]) declare.
    pub fn new(catalog: &Catalog) -> Self {
        Loader {
            catalog: CatalogBuilder::new(catalog.clone()),
            plugins: None,
            sources: Vec::new(),
            errors: Vec::new(),
            roots: Vec::new(),
            allow_outside: false,
            policy: load::SourcePolicy::default(),
        }
    }

    /// Adds the `catalog:` of a configuration file: indicators and
    /// requirements declared there, or catalog files it names.
    ///
    /// Catalog files it names are read only from under the config's
    /// directory and the roots given so far ([`Loader::root`]), unless
    /// [`Loader::allow_extends_outside`] was called before.
    pub fn config_catalog(mut self, config: &Config) -> Self {
        self.catalog.confine(&self.roots, self.allow_outside);
        config.declare_catalog(&mut self.catalog);
        self
    }

    /// Allows `extends` paths under `dir` (the config's directory).
    pub fn root(mut self, dir: &Path) -> Self {
        self.add_root(dir);
        self
    }

    /// Allows `extends` to name files anywhere (`--allow-extends-outside`).
    /// Errors about files that are not rule files still never quote them.
    pub fn allow_extends_outside(mut self, allow: bool) -> Self {
        self.allow_outside = allow;
        self
    }

    fn add_root(&mut self, dir: &Path) {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(dir) = dir.canonicalize()
            && !self.roots.contains(&dir)
        {
            self.roots.push(dir);
        }
    }

    /// Whether `path` (which exists) lies under one of the roots, after
    /// resolving symbolic links: a link inside a rules directory that
    /// points at `/etc` is outside.
    fn within_roots(&self, path: &Path) -> bool {
        path.canonicalize()
            .is_ok_and(|p| self.roots.iter().any(|r| p.starts_with(r)))
    }

    /// Validates plugin rules' options with `hook`.
    pub fn plugins(mut self, hook: &'a dyn PluginSchemas) -> Self {
        self.plugins = Some(hook);
        self
    }

    /// Adds the bundled packs.
    pub fn bundled(mut self) -> Self {
        for (origin, text) in BUNDLED_PACKS.iter().filter(|(o, _)| *o != HISTORY_PACK) {
            self.push_unique(origin.to_string(), text.to_string());
        }
        self
    }

    /// Adds the bundled pack of year-on-year rules ([`HISTORY_PACK`]).
    pub fn history(self) -> Self {
        self.builtin(HISTORY_PACK)
    }

    /// Adds one bundled pack by its origin (`builtin:national-2025`) or bare
    /// name (`national-2025`). An unknown name is an error of the final
    /// [`Loader::load`], with "did you mean".
    pub fn builtin(mut self, name: &str) -> Self {
        let origin = if name.starts_with("builtin:") {
            name.to_string()
        } else {
            format!("builtin:{name}")
        };
        match BUNDLED_PACKS.iter().find(|(o, _)| *o == origin) {
            Some((o, text)) => self.push_unique(o.to_string(), text.to_string()),
            None => {
                let mut d =
                    Diagnostic::file(origin.clone(), format!("unknown bundled pack `{origin}`"));
                d.help = Some(
                    match dutycheck_model::did_you_mean(
                        &origin,
                        BUNDLED_PACKS.iter().map(|(o, _)| *o),
                    ) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!(
                            "the bundled packs are: {}",
                            BUNDLED_PACKS
                                .iter()
                                .map(|(o, _)| *o)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    },
                );
                self.errors.push(d);
            }
        }
        self
    }

    /// Adds a source unless one with the same (normalised) path is already
    /// there: a pack named twice, by a config and by an `extends`, is one
    /// pack, not a duplicate.
    fn push_unique(&mut self, path: String, text: String) {
        let key = load::normalize(Path::new(&path));
        if !self
            .sources
            .iter()
            .any(|(p, _)| load::normalize(Path::new(p)) == key)
        {
            self.sources.push((path, text));
        }
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
                self.add_root(path);
            } else if let Some(parent) = path.parent() {
                self.add_root(parent);
            }
            self.add_path(path);
        }
        self
    }

    fn add_path(&mut self, path: &Path) {
        if path.is_dir() {
            let found = walk(path, is_rule_file);
            for e in found.errors {
                self.errors
                    .push(Diagnostic::file(e.path.display().to_string(), e.message));
            }
            for note in &found.notes {
                // A rule file reached twice (by a link) is loaded once, as it
                // should be; a rule tree that links to a directory or holds a
                // FIFO would lose rules silently, so those are errors.
                if matches!(note, Note::DirectoryLink { .. } | Note::NotAFile { .. }) {
                    self.errors.push(Diagnostic::file(
                        note.path().display().to_string(),
                        note.message(),
                    ));
                }
            }
            for file in found.files {
                self.read(&file);
            }
        } else {
            self.read(path);
        }
    }

    fn read(&mut self, path: &Path) {
        let shown = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => {
                if !dutycheck_catalog::yaml::looks_like_yaml_file(&shown, &text) {
                    self.policy.opaque.push(shown.clone());
                }
                self.push_unique(shown, text)
            }
            Err(e) => self.errors.push(Diagnostic::file(
                shown,
                format!("cannot read rule file: {e}"),
            )),
        }
    }

    /// Adds the packs that `extends` entries name by origin: bundled packs
    /// (`builtin:NAME`) and paths relative to the extending file. Repeats
    /// until nothing new is named, so a chain of packs loads whole; a cycle
    /// stops because a source is never added twice (and is then reported by
    /// validation as a cycle).
    fn extends_sources(&mut self) {
        let mut i = 0;
        while let Some((from, text)) = self.sources.get(i).cloned() {
            i += 1;
            for entry in load::extends_entries(&text) {
                let Some(target) = load::extends_target(&from, &entry) else {
                    continue;
                };
                if target.starts_with("builtin:") {
                    if let Some((o, t)) = BUNDLED_PACKS.iter().find(|(o, _)| *o == target) {
                        self.push_unique(o.to_string(), t.to_string());
                    }
                    // An unknown bundled name is reported by validation,
                    // at the `extends` entry.
                    continue;
                }
                // A path that does not exist is reported by validation at
                // the `extends` entry ("names no pack"); one outside the
                // roots is not read at all, and reported there too.
                let path = PathBuf::from(&target);
                if path.exists() {
                    if self.allow_outside || self.within_roots(&path) {
                        self.add_path(&path);
                    } else {
                        self.policy
                            .refused
                            .push((target.clone(), self.roots.clone()));
                    }
                }
            }
        }
    }

    /// Validates everything added, returning the rule set or every error.
    pub fn load(mut self) -> Result<RuleSet, Vec<Diagnostic>> {
        self.extends_sources();
        // Catalog files named by packs: under the pack's directory or the
        // rule directories, as `extends`.
        self.catalog.confine(&self.roots, self.allow_outside);
        let loaded = load::load(&self.sources, self.catalog, self.plugins, &self.policy);
        match (loaded, self.errors) {
            (Ok(mut set), errors) if errors.is_empty() => {
                // An `extends` override may have changed a rule's bounds.
                // Titles name indicators of the merged catalog.
                let catalog = set.catalog().clone();
                set.render_titles(&catalog);
                Ok(set)
            }
            (Ok(_), errors) => Err(errors),
            (Err(more), mut errors) => {
                errors.extend(more);
                Err(errors)
            }
        }
    }
}

/// Reads rule tests from `*.test.yaml` files (see [`RuleTest`]) found in
/// `paths` (files, or directories walked like rule directories), checking
/// that each names a rule of `rules`. Returns every test or every error.
pub fn load_test_files<P: AsRef<Path>>(
    paths: &[P],
    rules: &RuleSet,
    catalog: &Catalog,
) -> Result<Vec<RuleTest>, Vec<Diagnostic>> {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for file in test_files(paths) {
        let shown = file.display().to_string();
        match std::fs::read_to_string(&file) {
            Ok(text) => sources.push((shown, text)),
            Err(e) => errors.push(Diagnostic::file(
                shown,
                format!("cannot read test file: {e}"),
            )),
        }
    }
    match load::load_tests(&sources, rules, catalog) {
        Ok(tests) if errors.is_empty() => Ok(tests),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            Err(errors)
        }
    }
}

/// The `*.test.yaml` / `*.test.yml` files in `paths`, sorted per directory.
pub(crate) fn test_files<P: AsRef<Path>>(paths: &[P]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        let path = path.as_ref();
        if path.is_dir() {
            // An unreadable directory was already reported by the rules.
            out.extend(walk(path, is_test_file).files);
        } else if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(is_test_file)
        {
            out.push(path.to_path_buf());
        }
    }
    out
}

fn is_test_file(name: &str) -> bool {
    name.ends_with(".test.yaml") || name.ends_with(".test.yml")
}

/// Whether a file found in a rules directory is a rule file. Rule tests,
/// the indicator catalog (`catalog.yaml`) and the configuration
/// (`dutycheck.yaml`) live in rules trees too, but are not rules: they are
/// skipped by name, so that `dutycheck test rules/` works on the layout
/// `dutycheck init` creates and on this repository's own `rules/`.
fn is_rule_file(name: &str) -> bool {
    (name.ends_with(".yaml") || name.ends_with(".yml"))
        && !is_test_file(name)
        && !matches!(
            name,
            "catalog.yaml" | "catalog.yml" | "dutycheck.yaml" | "dutycheck.yml"
        )
}

/// The files under `dir` whose names `take` accepts, walked as every
/// directory is (see `dutycheck_walk`: hidden entries skipped, links
/// followed only to files, each file once), without `__snapshots__`
/// directories. Ignore files are not read: a rule tree is loaded as it is on
/// disk, whatever git would commit.
fn walk(dir: &Path, take: fn(&str) -> bool) -> Found {
    let options = Options {
        take,
        skip_dirs: &["__snapshots__"],
        ignore_files: false,
    };
    let mut walker = Walker::new(options);
    walker.dir(dir);
    walker.finish()
}
