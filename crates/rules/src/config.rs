//! The configuration file, `dutycheck.yaml`, and the command-line rule flags.
//!
//! A project keeps its choices in one file instead of a long command line:
//! which packs are in force, which plugins to load, and how a rule of a
//! bundled pack is adjusted locally — a province that reads 普惠率 against
//! 85% instead of 80%, or an office that wants `detail.case-has-results` as an
//! error — *without copying the rule*. Copying would freeze the rule's
//! references, message and years at the day of the copy; an override keeps
//! everything else of the rule as the pack ships it.
//!
//! ```yaml
//! year: 2025                         # judge every report as this year (optional)
//! show_unread: true                  # list every unread indicator mention, as --show-unread
//! packs:                             # default: every bundled pack
//!   - builtin:national-2025
//!   - builtin:case-quality
//!   - rules/custom                   # relative to this file
//! plugins:                           # libraries for --plugin, relative to this file
//!   - plugins/libshandong.so
//! plugin_timeout: 10                 # seconds per plugin call (default 30), as --plugin-timeout
//! rules:                             # overrides by rule id
//!   preschool.inclusive-coverage-2025:
//!     severity: warning
//!     threshold: {min: 80}
//!     warn: {min: 88}
//!     missing: info
//!   structure.min-cases: off         # shorthand for {severity: off}
//! overrides:                         # per-path overrides, for reports matching `files`
//!   - files: ["*county*"]
//!     rules:
//!       structure.min-cases: {severity: off}
//! aliases:                           # regions renamed or merged: old name → the name it is matched as
//!   西山区: 新城区
//! ```
//!
//! The file is validated like rule files: unknown keys, wrong types, unknown
//! rule ids, a `threshold` on a rule that is no threshold, inconsistent
//! bounds — every mistake at once, each at file:line:column with a snippet
//! and "did you mean".
//!
//! Precedence, weakest first: the rule as loaded (packs, with `extends`
//! overrides), `rules:` of the config, `overrides:` whose `files` match the
//! report, then the command line (`--error/--warning/--info/--off ID` and
//! `--filter REGEX`, see [`apply_flags`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use dutycheck_catalog::{Catalog, CatalogBuilder, yaml_error};
use dutycheck_model::{Diagnostic, QuantityKind, did_you_mean};
use serde_saphyr::{Location, Spanned};

use crate::kinds::RuleKind;
use crate::load::{Cx, bounds, level, map_fields, map_fields_lenient, string_list};
use crate::node::{Node, Src};
use crate::schema::{Bounds, RuleSeverity, glob_match};
use crate::{BUNDLED_PACKS, RuleSet};

/// The top-level keys of a config file.
const CONFIG_KEYS: [&str; 9] = [
    "year",
    "show_unread",
    "packs",
    "plugins",
    "plugin_timeout",
    "rules",
    "overrides",
    "catalog",
    "aliases",
];
/// The keys of a rule override.
const OVERRIDE_KEYS: [&str; 4] = ["severity", "threshold", "warn", "missing"];

/// A validated configuration file.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file as shown in diagnostics.
    pub path: String,
    /// The directory relative paths in the file are resolved against.
    pub dir: PathBuf,
    /// `year:`: the report year to judge every report for.
    pub year: Option<i32>,
    /// `show_unread:`: list every indicator mention that no value was read
    /// from as an `info` finding, as `--show-unread` does.
    pub show_unread: bool,
    /// `packs:`; empty means the bundled packs.
    pub packs: Vec<ConfigPack>,
    /// `plugins:`, resolved against [`Config::dir`]. Loading them is the
    /// plugin host's job; the config only names them. The command line
    /// loads them only from a config it was given (`--config`) or one the
    /// user trusts (see `dutycheck trust`): a config found by walking up may
    /// be a stranger's.
    pub plugins: Vec<PathBuf>,
    /// `plugin_timeout:` the time limit for one plugin call, unless
    /// `--plugin-timeout` gives one.
    pub plugin_timeout: Option<Duration>,
    /// `rules:`: overrides for every report.
    pub rules: Vec<Override>,
    /// `overrides:`: overrides for reports whose path matches.
    pub overrides: Vec<PathOverride>,
    /// `catalog:`: indicators and requirements (or catalog files) the
    /// project declares; merged by the rule [`crate::Loader`].
    catalog: Option<Spanned<Node>>,
    /// `aliases:`: a region's old (or merged) name → the name its history
    /// goes under, for matching reports of different years.
    pub aliases: Vec<(String, String)>,
    text: String,
}

/// One entry of `packs:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigPack {
    /// `builtin:NAME`: a bundled pack.
    Builtin(String),
    /// A rule file or directory, resolved against the config's directory.
    Path(PathBuf),
}

/// An adjustment of one rule, without copying it. Every field is optional;
/// what is not given stays as the pack ships it.
#[derive(Debug, Clone, PartialEq)]
pub struct Override {
    pub id: String,
    pub severity: Option<RuleSeverity>,
    /// Replaces the threshold's bounds (its `unit` and `measure` stay).
    pub threshold: Option<Bounds>,
    /// Replaces the warn zone.
    pub warn: Option<Bounds>,
    pub missing: Option<RuleSeverity>,
    /// Where the override's rule id is written, for errors found when it is
    /// applied (unknown id, `threshold` on a rule of another kind).
    at: Location,
    threshold_at: Option<Location>,
    warn_at: Option<Location>,
    missing_at: Option<Location>,
}

/// `overrides:` entry: rule overrides for the reports whose path matches one
/// of `files` (globs with `*` and `?`; `*` also crosses `/`).
#[derive(Debug, Clone, PartialEq)]
pub struct PathOverride {
    pub files: Vec<String>,
    pub rules: Vec<Override>,
}

impl PathOverride {
    /// Whether the report at `path` is selected. The path is tried as given
    /// and relative to the config's directory, so `files: ["reports/*"]`
    /// works whether the command runs in the project root or below it.
    pub fn matches(&self, path: &Path, config_dir: &Path) -> bool {
        let mut candidates = vec![crate::load::normalize(path)];
        if let (Ok(p), Ok(d)) = (path.canonicalize(), config_dir.canonicalize())
            && let Ok(rel) = p.strip_prefix(&d)
        {
            candidates.push(rel.display().to_string());
        }
        candidates.iter().any(|c| {
            let c = c.replace('\\', "/");
            self.files.iter().any(|g| glob_match(g, &c))
        })
    }
}

impl Config {
    /// The text the config was parsed from: what a trust entry hashes
    /// (the bytes validated are the bytes trusted, with no second read).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether a YAML file is a configuration rather than a rule file, so
    /// that `rules validate dutycheck.yaml` validates it as what it is: by
    /// its name (`dutycheck.yaml`, `dutycheck.yml`), or by its top-level keys
    /// (`packs`, `plugins`, `plugin_timeout`, `overrides` or `year`, which
    /// only a config has, or `rules` as a mapping of overrides rather than a
    /// list of rules).
    pub fn is_config(path: &Path, text: &str) -> bool {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name == Self::FILE_NAME || name == "dutycheck.yml" {
            return true;
        }
        let Ok(serde_json::Value::Object(top)) = serde_saphyr::from_str::<serde_json::Value>(text)
        else {
            return false;
        };
        let rule_file = ["pack", "id", "extends"]
            .iter()
            .any(|k| top.contains_key(*k));
        let config_only = CONFIG_KEYS
            .iter()
            .filter(|k| **k != "rules")
            .any(|k| top.contains_key(*k));
        let overrides = top.get("rules").is_some_and(serde_json::Value::is_object);
        !rule_file && (config_only || overrides)
    }

    /// The file name searched for by [`Config::discover`].
    pub const FILE_NAME: &'static str = "dutycheck.yaml";

    /// Finds `dutycheck.yaml` in `start` or the nearest directory above it.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .map(|d| d.join(Self::FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Reads and validates a config file.
    pub fn load(path: &Path) -> Result<Config, Vec<Diagnostic>> {
        match Config::load_partial(path)? {
            (config, errors) if errors.is_empty() => Ok(config),
            (_, errors) => Err(errors),
        }
    }

    /// Validates config text. `dir` is where relative paths point from.
    pub fn parse(path: &str, text: &str, dir: &Path) -> Result<Config, Vec<Diagnostic>> {
        match Config::parse_partial(path, text, dir)? {
            (config, errors) if errors.is_empty() => Ok(config),
            (_, errors) => Err(errors),
        }
    }

    /// [`Config::load`], keeping what is valid when some of the file is
    /// not: the config without the entries in error, and those errors. So
    /// that a checker can go on to load the rules and report the overrides
    /// that name no rule *with* the mistakes in the file, all at once,
    /// instead of one round of errors after another. Fails outright only
    /// when the file cannot be read or is not YAML (or not a mapping).
    pub fn load_partial(path: &Path) -> Result<(Config, Vec<Diagnostic>), Vec<Diagnostic>> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![Diagnostic::file(
                shown.clone(),
                format!("cannot read config file: {e}"),
            )]
        })?;
        let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
        Config::parse_partial(&shown, &text, &dir)
    }

    /// [`Config::parse`], keeping what is valid (see [`Config::load_partial`]).
    pub(crate) fn parse_partial(
        path: &str,
        text: &str,
        dir: &Path,
    ) -> Result<(Config, Vec<Diagnostic>), Vec<Diagnostic>> {
        let catalog = Catalog::bundled();
        let mut cx = Cx {
            srcs: vec![Src { path, text }],
            catalog: &catalog,
            plugins: None,
            errors: Vec::new(),
        };
        let tree = serde_saphyr::from_str::<Spanned<Node>>(text)
            .map_err(|e| vec![yaml_error(path, text, &e)])?;
        let mut config = Config {
            path: path.to_string(),
            dir: dir.to_path_buf(),
            year: None,
            show_unread: false,
            packs: Vec::new(),
            plugins: Vec::new(),
            plugin_timeout: None,
            rules: Vec::new(),
            overrides: Vec::new(),
            catalog: None,
            aliases: Vec::new(),
            text: text.to_string(),
        };
        if tree.value == Node::Null {
            return Ok((config, Vec::new()));
        }
        let Some(fields) = map_fields_lenient(&mut cx, 0, &tree, &CONFIG_KEYS, "the config file")
        else {
            return Err(cx.errors);
        };
        for (key, value) in fields {
            match key {
                "year" => config.year = year(&mut cx, value),
                "show_unread" => match value.value {
                    Node::Bool(b) => config.show_unread = b,
                    ref other => {
                        cx.err(
                            0,
                            &value.referenced,
                            format!(
                                "`show_unread` must be true or false, found {}",
                                other.describe()
                            ),
                        );
                    }
                },
                "packs" => {
                    for (entry, at) in string_list(&mut cx, 0, value, "`packs`") {
                        if entry.starts_with("builtin:") {
                            if BUNDLED_PACKS.iter().any(|(o, _)| *o == entry) {
                                config.packs.push(ConfigPack::Builtin(entry));
                            } else {
                                cx.err(0, &at, format!("unknown bundled pack `{entry}`"));
                                let names = BUNDLED_PACKS.iter().map(|(o, _)| *o);
                                match did_you_mean(&entry, names) {
                                    Some(s) => cx.help(format!("did you mean `{s}`?")),
                                    None => cx.help(bundled_list()),
                                }
                            }
                        } else {
                            let p = dir.join(&entry);
                            if p.exists() {
                                config.packs.push(ConfigPack::Path(p));
                            } else {
                                cx.err(0, &at, format!("pack `{entry}` does not exist"));
                                cx.help(format!(
                                    "paths are relative to the config file's directory; bundled packs are written `builtin:NAME` ({})",
                                    bundled_list()
                                ));
                            }
                        }
                    }
                }
                "plugins" => {
                    config.plugins = string_list(&mut cx, 0, value, "`plugins`")
                        .into_iter()
                        .map(|(p, _)| dir.join(p))
                        .collect();
                }
                "plugin_timeout" => {
                    let seconds = match &value.value {
                        Node::Int(i) => Some(*i as f64),
                        Node::Float(f) => Some(*f),
                        _ => None,
                    };
                    match seconds.map(plugin_timeout) {
                        Some(Ok(t)) => config.plugin_timeout = Some(t),
                        Some(Err(m)) => {
                            cx.err(0, &value.referenced, format!("`plugin_timeout` {m}"));
                        }
                        None => {
                            cx.err(
                                0,
                                &value.referenced,
                                format!(
                                    "`plugin_timeout` must be a number of seconds, found {}",
                                    value.value.describe()
                                ),
                            );
                        }
                    }
                }
                "rules" => config.rules = overrides(&mut cx, value, "`rules`"),
                "catalog" => config.catalog = Some(value.clone()),
                "aliases" => config.aliases = aliases(&mut cx, value),
                _ => config.overrides = path_overrides(&mut cx, value),
            }
        }
        // In file order, as the user reads the file.
        let mut errors = cx.errors;
        errors.sort_by_key(|d| (d.line, d.column));
        Ok((config, errors))
    }

    /// The overrides of rule `id` in this file, in words, for `rules
    /// explain`: `dutycheck.yaml:4:3: threshold ≥ 85 (min, inclusive)`, and
    /// for an `overrides:` entry the reports it is for.
    pub fn overrides_of(&self, id: &str) -> Vec<String> {
        let everywhere = self.rules.iter().map(|o| (o, None));
        let per_path = self
            .overrides
            .iter()
            .flat_map(|p| p.rules.iter().map(move |o| (o, Some(&p.files))));
        everywhere
            .chain(per_path)
            .filter(|(o, _)| o.id == id)
            .map(|(o, files)| {
                let mut what = Vec::new();
                if let Some(s) = o.severity {
                    what.push(format!("severity {}", s.as_str()));
                }
                if let Some(b) = &o.threshold {
                    what.push(format!("threshold {}", crate::kinds::bounds_text(b)));
                }
                if let Some(b) = &o.warn {
                    what.push(format!("warn {}", crate::kinds::bounds_text(b)));
                }
                if let Some(m) = o.missing {
                    what.push(format!("missing {}", m.as_str()));
                }
                let scope = files.map_or_else(String::new, |f| {
                    format!(" (for reports matching {})", f.join(", "))
                });
                format!(
                    "{}:{}:{}: {}{scope}",
                    self.path,
                    o.at.line(),
                    o.at.column(),
                    what.join(", ")
                )
            })
            .collect()
    }

    /// Adds `catalog:` to `builder` (validated when the builder builds).
    pub(crate) fn declare_catalog(&self, builder: &mut CatalogBuilder) {
        if let Some(node) = &self.catalog {
            builder.add_node(&self.path, &self.text, &self.dir, node);
        }
    }

    /// Applies `rules:` to `set`, and checks that every override, in
    /// `rules:` and in `overrides:`, names a rule of `set` and fits it.
    /// Returns every error at once.
    pub fn apply(&self, set: &mut RuleSet, catalog: &Catalog) -> Result<(), Vec<Diagnostic>> {
        let mut cx = Cx {
            srcs: vec![Src {
                path: &self.path,
                text: &self.text,
            }],
            catalog,
            plugins: None,
            errors: Vec::new(),
        };
        // Check the per-path overrides on a copy: they apply per report.
        let mut scratch = set.clone();
        for o in self.overrides.iter().flat_map(|p| &p.rules) {
            apply_one(&mut cx, &mut scratch, o);
        }
        for o in &self.rules {
            apply_one(&mut cx, set, o);
        }
        // A title that quotes a bound follows the override.
        set.render_titles(catalog);
        if cx.errors.is_empty() {
            Ok(())
        } else {
            Err(cx.errors)
        }
    }

    /// The rules for the report at `path`: `base` with the `overrides:` whose
    /// `files` match applied in order, or `None` when none matches (use
    /// `base` as it is). The overrides were checked by [`Config::apply`], so
    /// this cannot fail.
    pub fn rules_for(&self, base: &RuleSet, path: &Path, catalog: &Catalog) -> Option<RuleSet> {
        let matching: Vec<&PathOverride> = self
            .overrides
            .iter()
            .filter(|o| o.matches(path, &self.dir))
            .collect();
        if matching.is_empty() {
            return None;
        }
        let mut set = base.clone();
        let mut cx = Cx {
            srcs: vec![Src {
                path: &self.path,
                text: &self.text,
            }],
            catalog,
            plugins: None,
            errors: Vec::new(),
        };
        for o in matching.iter().flat_map(|p| &p.rules) {
            apply_one(&mut cx, &mut set, o);
        }
        set.render_titles(catalog);
        Some(set)
    }
}

fn bundled_list() -> String {
    format!(
        "the bundled packs are: {}",
        BUNDLED_PACKS
            .iter()
            .map(|(o, _)| *o)
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The longest time limit for one plugin call: a day. Anything longer is a
/// typo (milliseconds for seconds, say), not a wish.
const MAX_PLUGIN_TIMEOUT: f64 = 86_400.0;

/// A plugin call's time limit from seconds (`--plugin-timeout`,
/// `plugin_timeout:`): more than 0, at most a day. The error completes
/// "… must be …".
pub fn plugin_timeout(seconds: f64) -> Result<Duration, String> {
    if seconds.is_finite() && seconds > 0.0 && seconds <= MAX_PLUGIN_TIMEOUT {
        Ok(Duration::from_secs_f64(seconds))
    } else {
        Err(format!(
            "must be a number of seconds above 0 and at most {MAX_PLUGIN_TIMEOUT} (a day), found {seconds}"
        ))
    }
}

fn year(cx: &mut Cx<'_>, node: &Spanned<Node>) -> Option<i32> {
    match &node.value {
        Node::Int(y) if (1900..=2100).contains(y) => i32::try_from(*y).ok(),
        other => {
            cx.err(
                0,
                &node.referenced,
                format!(
                    "`year` must be a report year such as 2025, found {}",
                    match other {
                        Node::Int(i) => i.to_string(),
                        o => o.describe().to_string(),
                    }
                ),
            );
            None
        }
    }
}

/// `rules:` (or the `rules:` of an `overrides:` entry): a mapping from rule id
/// to an override, or to a bare severity.
fn overrides(cx: &mut Cx<'_>, node: &Spanned<Node>, what: &str) -> Vec<Override> {
    let Node::Map(entries) = &node.value else {
        if node.value != Node::Null {
            cx.err(
                0,
                &node.referenced,
                format!(
                    "{what} must map rule ids to overrides, found {}",
                    node.value.describe()
                ),
            );
            cx.help("write `rules: {detail.case-has-results: {severity: error}}`");
        }
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, value) in entries {
        let Node::Str(id) = &key.value else {
            cx.err(0, &key.referenced, format!("{what} keys are rule ids"));
            continue;
        };
        let mut o = Override {
            id: id.clone(),
            severity: None,
            threshold: None,
            warn: None,
            missing: None,
            at: key.referenced,
            threshold_at: None,
            warn_at: None,
            missing_at: None,
        };
        match &value.value {
            // `id: off` (YAML 1.1 reads it as false) or `id: error`.
            Node::Bool(false) | Node::Str(_) => {
                o.severity = level(cx, 0, value, "severity");
            }
            Node::Map(_) => {
                let Some(fields) =
                    map_fields_lenient(cx, 0, value, &OVERRIDE_KEYS, "a rule override")
                else {
                    continue;
                };
                for (k, v) in fields {
                    match k {
                        "severity" => o.severity = level(cx, 0, v, "`severity`"),
                        "missing" => {
                            o.missing = level(cx, 0, v, "`missing`");
                            o.missing_at = Some(v.referenced);
                        }
                        "threshold" => {
                            o.threshold = bounds(cx, 0, v, "threshold", false).map(|b| b.bounds);
                            o.threshold_at = Some(v.referenced);
                        }
                        _ => {
                            o.warn = bounds(cx, 0, v, "warn", false).map(|b| b.bounds);
                            o.warn_at = Some(v.referenced);
                        }
                    }
                }
            }
            other => {
                cx.err(
                    0,
                    &value.referenced,
                    format!(
                        "an override must be a severity or a mapping, found {}",
                        other.describe()
                    ),
                );
                cx.help(format!("keys: {}", OVERRIDE_KEYS.join(", ")));
                continue;
            }
        }
        out.push(o);
    }
    out
}

fn path_overrides(cx: &mut Cx<'_>, node: &Spanned<Node>) -> Vec<PathOverride> {
    let Node::Seq(items) = &node.value else {
        if node.value != Node::Null {
            cx.err(
                0,
                &node.referenced,
                format!(
                    "`overrides` must be a list, found {}",
                    node.value.describe()
                ),
            );
            cx.help("write `overrides: [{files: [\"*county*\"], rules: {…}}]`");
        }
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        let Some(fields) = map_fields(cx, 0, item, &["files", "rules"], "an `overrides` entry")
        else {
            continue;
        };
        let mut po = PathOverride {
            files: Vec::new(),
            rules: Vec::new(),
        };
        for (k, v) in &fields {
            if *k == "files" {
                po.files = string_list(cx, 0, v, "`files`")
                    .into_iter()
                    .map(|(s, _)| s)
                    .collect();
            } else {
                po.rules = overrides(cx, v, "`rules`");
            }
        }
        if po.files.is_empty() {
            cx.err(
                0,
                &item.referenced,
                "an `overrides` entry needs `files` (globs of report paths)",
            );
            continue;
        }
        out.push(po);
    }
    out
}

/// Applies one override to `set`, reporting what does not fit.
fn apply_one(cx: &mut Cx<'_>, set: &mut RuleSet, o: &Override) {
    let ids: Vec<String> = set.rules().iter().map(|r| r.id.clone()).collect();
    let catalog = cx.catalog;
    let Some(rule) = set.get_mut(&o.id) else {
        cx.err(0, &o.at, format!("unknown rule `{}`", o.id));
        match did_you_mean(&o.id, ids.iter().map(String::as_str)) {
            Some(s) => cx.help(format!("did you mean `{s}`?")),
            None => cx.help("run `dutycheck rules list` to see the rules in force"),
        }
        return;
    };
    if let Some(s) = o.severity {
        rule.severity = s;
    }
    let kind = rule.kind.name();
    match &mut rule.kind {
        RuleKind::Threshold(t) => {
            let percent_share = catalog
                .get(&t.indicator)
                .is_some_and(|i| i.kind == QuantityKind::Percent && !i.may_exceed_100)
                && t.measure != crate::kinds::Measure::ChangePercent;
            if let Some(b) = o.threshold {
                t.bounds = b;
            }
            if let Some(w) = o.warn {
                t.warn = Some(w);
            }
            if let Some(m) = o.missing {
                t.missing = m;
            }
            for (b, at) in [(o.threshold, o.threshold_at), (o.warn, o.warn_at)] {
                let (Some(b), Some(at)) = (b, at) else {
                    continue;
                };
                let over = [b.min, b.max, b.above, b.below]
                    .into_iter()
                    .flatten()
                    .any(|v| v > 100.0);
                if percent_share && over {
                    cx.err(
                        0,
                        &at,
                        format!(
                            "a bound above 100, but `{}` is a percentage that cannot exceed 100",
                            t.indicator
                        ),
                    );
                }
            }
        }
        RuleKind::Compare(c) => {
            if let Some(m) = o.missing {
                c.missing = m;
            }
        }
        _ => {
            if let (Some(_), Some(at)) = (o.missing, o.missing_at) {
                cx.err(
                    0,
                    &at,
                    format!("`missing` does not apply to `{}`, a {kind} rule", o.id),
                );
                cx.help("`missing` belongs to threshold and compare rules");
            }
        }
    }
    if !matches!(rule.kind, RuleKind::Threshold(_)) {
        for at in [o.threshold_at, o.warn_at].into_iter().flatten() {
            cx.err(
                0,
                &at,
                format!("`{}` is a {kind} rule, not a threshold rule", o.id),
            );
            cx.help("only threshold rules have `threshold` and `warn`");
        }
    }
}

/// Applies the command-line rule flags: `levels` are `(id, severity)` pairs
/// from `--error/--warning/--info/--off ID`, in the order given; `filter`
/// (`--filter REGEX`) then keeps only the rules whose id it matches. An
/// unknown id or an invalid regex is an error (named after its flag, with
/// "did you mean"), and so is a filter that keeps no rule: a run that checks
/// nothing would pass silently.
pub fn apply_flags(
    set: &mut RuleSet,
    levels: &[(String, RuleSeverity)],
    filter: Option<&str>,
) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    for (id, severity) in levels {
        let flag = format!("--{}", severity.as_str());
        let known: Vec<String> = set.rules().iter().map(|r| r.id.clone()).collect();
        match set.get_mut(id) {
            Some(rule) => rule.severity = *severity,
            None => {
                let mut d = Diagnostic::file(
                    "command line",
                    format!("unknown rule `{id}` given to {flag}"),
                );
                d.help = Some(match did_you_mean(id, known.iter().map(String::as_str)) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "run `dutycheck rules list` to see the rules in force".to_string(),
                });
                errors.push(d);
            }
        }
    }
    if let Some(pattern) = filter {
        match regex::Regex::new(pattern) {
            Ok(re) => {
                set.retain(|r| re.is_match(&r.id));
                if set.is_empty() {
                    let mut d = Diagnostic::file(
                        "command line",
                        format!("--filter `{pattern}` matches no rule id"),
                    );
                    d.help = Some("run `dutycheck rules list` to see the rule ids".to_string());
                    errors.push(d);
                }
            }
            Err(e) => {
                let text = e.to_string();
                let reason = text
                    .lines()
                    .find_map(|l| l.strip_prefix("error: "))
                    .unwrap_or("invalid regex")
                    .to_string();
                errors.push(Diagnostic::file(
                    "command line",
                    format!("invalid regex `{pattern}` given to --filter: {reason}"),
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// `aliases: {old: new}`: names of regions, each a non-empty string.
fn aliases(cx: &mut Cx<'_>, value: &Spanned<Node>) -> Vec<(String, String)> {
    let Node::Map(entries) = &value.value else {
        cx.err(
            0,
            &value.referenced,
            format!(
                "`aliases` must be a mapping of region names (old: new), found {}",
                value.value.describe()
            ),
        );
        cx.help("write `aliases: {西山区: 新城区}`");
        return Vec::new();
    };
    let mut out = Vec::new();
    for (k, v) in entries {
        match (&k.value, &v.value) {
            (Node::Str(old), Node::Str(new))
                if !old.trim().is_empty() && !new.trim().is_empty() =>
            {
                out.push((old.trim().to_string(), new.trim().to_string()));
            }
            _ => {
                cx.err(
                    0,
                    &v.referenced,
                    "an alias maps a region's name to another region's name (`西山区: 新城区`)",
                );
            }
        }
    }
    out
}
