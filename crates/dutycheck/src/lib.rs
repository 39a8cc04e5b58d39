//! dutycheck checks the reports in which Chinese city and county governments
//! account for their education duties (政府履行教育职责评价, 典型工作案例)
//! against declarative YAML rules.
//!
//! This crate is the facade over the pipeline
//!
//! ```text
//! read (dutycheck-read) → parse (dutycheck-parse) → extract (dutycheck-extract)
//!   → evaluate (dutycheck-engine, with rules from dutycheck-rules) → render (dutycheck-render)
//! ```
//!
//! that the `dutycheck` command line (the `dutycheck-cli` package) wires to
//! its arguments: the [`Checker`] and its builder, with configuration
//! discovery ([`config`]), the rule-test runner ([`testing`]), waivers,
//! baselines and streaming output. A Rust user checks a report in a few lines
//! and gets a serialisable [`CheckRun`], the same value `--format json`
//! prints:
//!
//! ```
//! let checker = dutycheck::Checker::builder().build().expect("bundled rules are valid");
//! let (run, _sources) = checker.check_paths(&["../../tests/fixtures/reports/shandong-2020-city-cases.txt"]);
//! assert_eq!(run.reports[0].sections.len(), 16);
//! assert_eq!(run.summary.errors, 0);
//! ```
//!
//! For one report, [`Checker::check_path`] returns the run or an [`Error`],
//! so the whole job fits in a function using `?` (see also
//! `examples/check_report.rs`):
//!
//! ```
//! fn main() -> Result<(), dutycheck::Error> {
//!     let run = dutycheck::Checker::builder()
//!         .build()?
//!         .check_path("../../tests/fixtures/reports/county-2021-failing.txt")?;
//!     assert_eq!(run.summary.errors, 4);
//!     // Serialisable: the value `--format json` prints, ready for an insta
//!     // snapshot in your own CI.
//!     let json = serde_json::to_string_pretty(&run).expect("plain data serialises");
//!     assert!(json.contains("preschool.public-share-2020"));
//!     Ok(())
//! }
//! ```

mod api;
pub mod baseline;
pub mod config;
pub mod discover;
mod kept;
pub mod outputs;
pub mod paths;
pub mod progress;
pub mod stream;
pub mod testing;
pub mod trust;
pub mod waivers;

use std::path::{Path, PathBuf};
use std::time::Duration;

use dutycheck_catalog::Catalog;
use dutycheck_engine::{EvalOptions, NoPlugins, PluginChecks, evaluate_in};
use dutycheck_extract::Extractor;
use dutycheck_host::{HostOptions, Isolation, PluginError, PluginHost};
use dutycheck_model::{
    CheckRun, Diagnostic, Finding, History, Report, ReportResult, SectionResult,
};
use dutycheck_read::{ReadOptions, read_path};
use dutycheck_render::Sources;
use dutycheck_rules::{
    Config, ConfigPack, Loader, PluginSchemas, Rule, RuleKind, RuleSet, RuleSeverity, apply_flags,
};
use rayon::prelude::*;

pub use api::Error;
pub use dutycheck_model as model;

/// Builds a [`Checker`]: which rules, which catalog, which year.
#[derive(Debug, Default)]
pub struct CheckerBuilder {
    rule_paths: Vec<PathBuf>,
    year: Option<i32>,
    /// `--show-unread`.
    show_unread: bool,
    read: ReadOptions,
    /// `dutycheck.yaml`: packs, year and overrides (see [`CheckerBuilder::config`]).
    config: Option<Config>,
    /// `--error/--warning/--info/--off ID`, in order.
    levels: Vec<(String, RuleSeverity)>,
    /// `--filter REGEX`.
    filter: Option<String>,
    /// `--plugin PATH`, in order.
    plugins: Vec<PathBuf>,
    /// `--plugin-isolation`.
    isolation: Isolation,
    /// Plugins of an untrusted discovered config, not loaded: rules that
    /// name their checks are not applicable rather than unknown.
    withheld_plugins: bool,
    /// `--plugin-timeout`.
    plugin_timeout: Option<Duration>,
    /// `--allow-extends-outside`.
    allow_extends_outside: bool,
    /// `--root`: paths in outputs are relative to it.
    root: Option<PathBuf>,
    /// Mistakes in the config that did not stop it from loading: reported
    /// by `build` with the errors found applying it.
    config_errors: Vec<Diagnostic>,
    /// `--stdin-name`: the path shown for the report read from `-`.
    stdin_name: Option<String>,
    /// `--history DIR`: reports read for the histories only, not checked.
    history: Vec<PathBuf>,
    /// The most report text kept from the history pass for the check pass
    /// (`None`: `kept::KEEP_TEXT`).
    keep_text: Option<usize>,
}

/// The path shown for a report read from standard input (`-`) when no name
/// is given.
pub const STDIN_NAME: &str = "<stdin>";

impl CheckerBuilder {
    /// The directory paths in outputs are relative to (`--root DIR`): a
    /// report, a waiver origin or a baseline under it is shown relative to
    /// it, in every format, so that a run gives the same bytes on every
    /// machine and in every checkout. Without it: the configuration file's
    /// directory when there is a configuration, else the current directory.
    /// A path outside the root is shown as given.
    pub fn root(mut self, root: Option<PathBuf>) -> Self {
        self.root = root;
        self
    }

    /// The path shown for the report read from standard input, the path
    /// `-` (`--stdin-name`; default [`STDIN_NAME`]). Its extension chooses
    /// how the bytes are read (`.docx`, `.pdf`, `.md`, else text), as for a
    /// file.
    pub fn stdin_name(mut self, name: Option<String>) -> Self {
        self.stdin_name = name;
        self
    }

    /// Lets rule packs `extends` files outside the rule directories and the
    /// config's directory (`--allow-extends-outside`). Off by default, so a
    /// rule file cannot make dutycheck read (and print) any other file; see
    /// [`dutycheck_rules::Loader`].
    pub fn allow_extends_outside(mut self, allow: bool) -> Self {
        self.allow_extends_outside = allow;
        self
    }

    /// Loads a plugin library (`--plugin PATH`). Only the paths given here
    /// and in the configuration's `plugins:` are ever loaded.
    pub fn plugin(mut self, path: impl Into<PathBuf>) -> Self {
        self.plugins.push(path.into());
        self
    }

    /// Where plugin code runs: a worker process per plugin (the default) or
    /// in-process (`--plugin-isolation none`).
    pub fn plugin_isolation(mut self, isolation: Isolation) -> Self {
        self.isolation = isolation;
        self
    }

    /// The time limit for one plugin call (`--plugin-timeout`); `None` is
    /// the configuration's `plugin_timeout:`, else 30 seconds.
    pub fn plugin_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.plugin_timeout = timeout;
        self
    }

    /// Keeps at most `bytes` of report text (decoded) from the reading that
    /// builds a run's histories, for the check that follows, instead of
    /// reading those reports again: 8 MiB unless set, `0` to read every
    /// report twice. What is kept weighs about ten times its text. See
    /// `kept.rs`.
    pub fn keep_read_reports(mut self, bytes: usize) -> Self {
        self.keep_text = Some(bytes);
        self
    }

    /// Reads the reports under `path` for the histories only (`--history
    /// DIR`): their values are the earlier years the checked reports are
    /// compared with; they are not checked themselves.
    pub fn history(mut self, path: impl Into<PathBuf>) -> Self {
        self.history.push(path.into());
        self
    }

    /// Adds a rule file or directory. Without any, the bundled default packs
    /// are used.
    pub fn rules(mut self, path: impl Into<PathBuf>) -> Self {
        self.rule_paths.push(path.into());
        self
    }

    /// Judges every report as if it were about `year`, whatever its title says.
    pub fn year(mut self, year: Option<i32>) -> Self {
        self.year = year;
        self
    }

    /// Lists every indicator mention that no value was read from as an
    /// `info` finding (`--show-unread`; also `show_unread: true` in the
    /// configuration). See [`dutycheck_engine::EvalOptions::show_unread`].
    pub fn show_unread(mut self, show: bool) -> Self {
        self.show_unread = show;
        self
    }

    /// How report files are read (size limit, forced encoding).
    pub fn read_options(mut self, read: ReadOptions) -> Self {
        self.read = read;
        self
    }

    /// Uses a configuration file. Its `packs` are the rules when no
    /// [`CheckerBuilder::rules`] path is given; its `year` applies unless
    /// [`CheckerBuilder::year`] sets one; its `rules:` overrides apply to
    /// every report and its `overrides:` to the reports whose path matches.
    pub fn config(mut self, config: Option<Config>) -> Self {
        self.config = config;
        self
    }

    /// Loads the configuration `source` names now, so that a mistake in it
    /// is reported as a configuration error before any rule is loaded:
    /// [`config::ConfigSource::Discover`] walks up from a directory to the
    /// nearest `dutycheck.yaml`, as the command line does from the current
    /// directory. Replaces any config given before.
    ///
    /// The `plugins:` of a discovered config load only if the user's trust
    /// file trusts it (see [`trust`]); use [`CheckerBuilder::loaded_config`]
    /// with [`config::load_with`] to choose the trust and see what was held
    /// back.
    pub fn config_source(self, source: &config::ConfigSource) -> Result<Self, Vec<Diagnostic>> {
        let trust = config::PluginTrust::user();
        Ok(self.loaded_config(config::load_with(source, &trust)?))
    }

    /// Uses a configuration as [`config::load_with`] loaded it. When its
    /// plugins were held back (an untrusted discovered config), the rules
    /// that name their checks are not applicable, as for a plugin that
    /// failed to load, instead of failing validation as unknown plugins.
    ///
    /// A config loaded with mistakes ([`config::load_partial_with`]) fails
    /// [`CheckerBuilder::build`] with those mistakes and every error found
    /// while loading the rules and applying the rest of it, all at once.
    pub fn loaded_config(mut self, loaded: Option<config::Loaded>) -> Self {
        self.withheld_plugins = loaded.as_ref().is_some_and(|l| l.withheld.is_some());
        self.config_errors = loaded
            .as_ref()
            .map(|l| l.errors.clone())
            .unwrap_or_default();
        self.config(loaded.map(|l| l.config))
    }

    /// Sets rule `id` to `severity` (`--error ID`, `--off ID` …), after the
    /// configuration. Unknown ids fail [`CheckerBuilder::build`].
    pub fn severity(mut self, id: impl Into<String>, severity: RuleSeverity) -> Self {
        self.levels.push((id.into(), severity));
        self
    }

    /// Keeps only the rules whose id matches `regex` (`--filter`), last.
    pub fn filter(mut self, regex: Option<String>) -> Self {
        self.filter = regex;
        self
    }

    /// Loads the plugins, then loads and validates the rules. Fails with
    /// every error in the rule set. A plugin that cannot be loaded does not
    /// fail the build: its error is kept for [`Checker::take_plugin_errors`], rules
    /// that use it are not applicable, and every other rule still runs.
    pub fn build(self) -> Result<Checker, Vec<Diagnostic>> {
        let bundled = Catalog::bundled();
        let timeout = self
            .plugin_timeout
            .or(self.config.as_ref().and_then(|c| c.plugin_timeout))
            .unwrap_or(dutycheck_host::DEFAULT_TIMEOUT);
        let mut host = PluginHost::new(HostOptions {
            isolation: self.isolation,
            timeout,
            ..HostOptions::default()
        });
        let mut plugin_errors = Vec::new();
        let config_plugins = self.config.as_ref().map_or(&[][..], |c| &c.plugins[..]);
        for path in self.plugins.iter().chain(config_plugins) {
            if let Err(e) = host.add(path) {
                plugin_errors.push(e);
            }
        }
        let schemas = Schemas {
            host: &host,
            some_failed: !plugin_errors.is_empty() || self.withheld_plugins,
        };
        // The catalog is the bundled one with what the config and the packs
        // declare; every later stage reads reports with it (`rules.catalog()`).
        let mut loader = Loader::new(&bundled)
            .plugins(&schemas)
            .allow_extends_outside(self.allow_extends_outside);
        if let Some(config) = &self.config {
            loader = loader.root(&config.dir).config_catalog(config);
        }
        let packs = self.config.as_ref().map_or(&[][..], |c| &c.packs[..]);
        if !self.rule_paths.is_empty() {
            loader = loader.paths(&self.rule_paths);
        } else if !packs.is_empty() {
            for pack in packs {
                loader = match pack {
                    ConfigPack::Builtin(name) => loader.builtin(name),
                    ConfigPack::Path(path) => loader.paths(&[path]),
                };
            }
        } else {
            // The year-on-year pack comes with the defaults; it is split off
            // below and used only for runs that hold more than one year.
            loader = loader.bundled().history();
        }
        // The config's own mistakes come with everything found below, so
        // that one run shows them all.
        let mut errors = self.config_errors.clone();
        let mut rules = match loader.load() {
            Ok(rules) => rules,
            Err(e) => {
                errors.extend(e);
                return Err(errors);
            }
        };
        let catalog = rules.catalog().clone();
        // A plugin given with --plugin runs even when no rule names its
        // checks: each unreferenced check gets a default rule.
        if let Err(e) = add_default_plugin_rules(&host, &mut rules) {
            errors.extend(e);
        }
        if let Some(config) = &self.config
            && let Err(e) = config.apply(&mut rules, &catalog)
        {
            errors.extend(e);
        }
        if let Err(e) = apply_flags(&mut rules, &self.levels, self.filter.as_deref()) {
            errors.extend(e);
        }
        if !errors.is_empty() {
            // A config's errors in file order, as the user reads the file.
            errors.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
            return Err(errors);
        }
        let history_rules = if rules
            .rules()
            .iter()
            .any(|r| r.origin == dutycheck_rules::HISTORY_PACK)
            && self.rule_paths.is_empty()
            && packs.is_empty()
        {
            let full = rules.clone();
            rules.retain(|r| r.origin != dutycheck_rules::HISTORY_PACK);
            Some(full)
        } else {
            None
        };
        let aliases = dutycheck_engine::history::alias_keys(
            self.config
                .iter()
                .flat_map(|c| c.aliases.iter().map(|(a, b)| (a.as_str(), b.as_str()))),
        );
        let year = self.year.or(self.config.as_ref().and_then(|c| c.year));
        let root = self
            .root
            .clone()
            .or_else(|| self.config.as_ref().map(|c| c.dir.clone()))
            .map_or_else(paths::Root::current_dir, |r| paths::Root::new(&r));
        Ok(Checker {
            root,
            stdin_name: self.stdin_name.unwrap_or_else(|| STDIN_NAME.to_string()),
            extractor: Extractor::new(&catalog),
            catalog,
            rules,
            history_rules,
            history_paths: self.history,
            aliases,
            options: EvalOptions {
                year,
                show_unread: self.show_unread
                    || self.config.as_ref().is_some_and(|c| c.show_unread),
            },
            read: self.read,
            config: self.config,
            levels: self.levels,
            filter: self.filter,
            plugins: host,
            plugin_errors,
            kept: kept::Kept::new(self.keep_text.unwrap_or(kept::KEEP_TEXT)),
        })
    }
}

/// The origin of the rules made for plugin checks that no rule names.
pub const PLUGIN_DEFAULTS_ORIGIN: &str = "builtin:plugin-defaults";

/// Validates plugin rule options against the loaded plugins' schemas. When
/// a library failed to load, its plugin's name is unknown (it lives in the
/// manifest that could not be read), so rules naming a plugin that is not
/// loaded are then accepted: the load error is reported once, the engine
/// marks those rules not applicable, and one broken library does not stop
/// every other rule.
struct Schemas<'a> {
    host: &'a PluginHost,
    some_failed: bool,
}

impl PluginSchemas for Schemas<'_> {
    fn validate(
        &self,
        plugin: &str,
        check: &str,
        options: &serde_json::Value,
    ) -> Result<(), String> {
        if self.some_failed && self.host.get(plugin).is_none() {
            return Ok(());
        }
        self.host.validate(plugin, check, options)
    }
}

/// Adds a rule for each check of a loaded plugin that no rule mentions:
/// id `PLUGIN.CHECK`, section scope, the check's default severity and no
/// options. A plugin with at least one check named by a rule gets none: the
/// rules chose which of its checks run. The rules are built as values; they
/// get the checks a rule file gets (a valid, unique id; options that fit the
/// check's schema), reported at [`PLUGIN_DEFAULTS_ORIGIN`].
fn add_default_plugin_rules(host: &PluginHost, rules: &mut RuleSet) -> Result<(), Vec<Diagnostic>> {
    let named: Vec<String> = rules
        .rules()
        .iter()
        .filter_map(|r| match &r.kind {
            RuleKind::Plugin(p) => Some(p.plugin.clone()),
            _ => None,
        })
        .collect();
    let mut errors = Vec::new();
    for plugin in host.plugins() {
        if named.iter().any(|name| name == plugin.name()) {
            continue;
        }
        for check in &plugin.manifest().checks {
            let id = format!("{}.{}", plugin.name(), check.id).to_ascii_lowercase();
            let title = if check.description.is_empty() {
                format!("plugin check {}/{}", plugin.name(), check.id)
            } else {
                check.description.clone()
            };
            if let Err(message) = host.validate(plugin.name(), &check.id, &serde_json::Value::Null)
            {
                errors.push(Diagnostic::file(
                    PLUGIN_DEFAULTS_ORIGIN,
                    format!(
                        "invalid options for plugin check `{}/{}`: {message}",
                        plugin.name(),
                        check.id
                    ),
                ));
                continue;
            }
            let rule = Rule::plugin_check(
                id,
                title,
                RuleSeverity::from(check.severity),
                plugin.name(),
                &check.id,
                PLUGIN_DEFAULTS_ORIGIN,
            );
            if let Err(e) = rules.push(rule) {
                errors.push(e);
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Checks reports. Cheap to share: it holds the compiled rules and catalog.
#[derive(Debug)]
pub struct Checker {
    /// Where paths in outputs are relative to.
    root: paths::Root,
    /// The path shown for `-`.
    stdin_name: String,
    catalog: Catalog,
    extractor: Extractor,
    rules: RuleSet,
    /// The rules with the bundled year-on-year pack, for runs with
    /// histories (`None`: the rules were chosen, not the defaults).
    history_rules: Option<RuleSet>,
    /// `--history DIR`.
    history_paths: Vec<PathBuf>,
    /// `aliases:` of the config, as region keys.
    aliases: std::collections::BTreeMap<String, String>,
    options: EvalOptions,
    read: ReadOptions,
    /// Kept for its per-path `overrides:`.
    config: Option<Config>,
    /// Re-applied after per-path overrides, so that the command line wins.
    levels: Vec<(String, RuleSeverity)>,
    filter: Option<String>,
    /// The loaded plugins (possibly none).
    plugins: PluginHost,
    /// Plugins that could not be loaded.
    plugin_errors: Vec<PluginError>,
    /// Reports the history pass read, for the check pass (see [`kept`]).
    kept: kept::Kept,
}

impl Checker {
    pub fn builder() -> CheckerBuilder {
        CheckerBuilder::default()
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The configuration in force, if any (`dutycheck.yaml`).
    pub fn config(&self) -> Option<&Config> {
        self.config.as_ref()
    }

    /// The root paths in outputs are relative to ([`CheckerBuilder::root`]).
    pub fn root(&self) -> &paths::Root {
        &self.root
    }

    /// `path` as outputs show it: relative to the root when under it, else
    /// as given; `-` (standard input) as its `--stdin-name`.
    pub fn shown(&self, path: &Path) -> String {
        if is_stdin(path) {
            return self.stdin_name.clone();
        }
        self.root.shown(path)
    }

    /// The loaded plugins.
    pub fn plugins(&self) -> &PluginHost {
        &self.plugins
    }

    /// Plugin errors: libraries that could not be loaded (from
    /// [`CheckerBuilder::build`]) and checks that failed while reports were
    /// checked (crashes, time-outs, invalid output), oldest first. Each names
    /// the plugin, and where known the check and the report. Taking them
    /// empties the list of run-time errors.
    pub fn take_plugin_errors(&self) -> Vec<PluginError> {
        let mut errors = self.plugin_errors.clone();
        errors.extend(self.plugins.take_errors());
        errors
    }

    /// Reads, parses and extracts one report, returning it with its decoded
    /// text.
    pub fn parse_path(&self, path: &Path) -> Result<(Report, String), Diagnostic> {
        let shown = self.shown(path);
        let read = if is_stdin(path) {
            read_stdin(&shown, &self.read)
        } else {
            read_path(path, &self.read)
        };
        let mut doc = read.map_err(|e| Diagnostic {
            path: shown.clone(),
            ..e
        })?;
        doc.path = shown;
        let mut report = dutycheck_parse::parse(&doc)?;
        // `--year`: the report is read as about that year too, not only
        // judged so. Which figure is the year's and which another's
        // (`2023年，…` in a 工作要点 titled 2024) depends on it: read under
        // the title's year, 2023's figures were another period's, and every
        // rule on them unread.
        if let Some(year) = self.options.year {
            report.year = Some(year);
        }
        self.extractor.extract(&mut report);
        Ok((report, doc.text))
    }

    /// Checks files and directories (searched for reports). A report that
    /// cannot be read or parsed gets an `error` in its [`ReportResult`]; the
    /// others are checked as usual. Returns the run and the decoded text of
    /// each report, for quoting source lines. The run carries the values its
    /// threshold rules measured ([`CheckRun::values`]) for the HTML charts
    /// of [`outputs::render`].
    ///
    /// Reports are checked in parallel on rayon's current thread pool (run
    /// it inside `ThreadPool::install` to choose the number of threads); the
    /// result does not depend on the number of threads, because each report
    /// is checked on its own and the results are collected in input order.
    /// This holds every result and every source text until the end: for a
    /// large corpus, [`stream::check_streaming`] keeps memory flat.
    pub fn check_paths<P: AsRef<Path>>(&self, paths: &[P]) -> (CheckRun, Sources) {
        let files = discover::reports(paths);
        let history = self.history_of(&files);
        let checked: Vec<CheckedFile> = files
            .par_iter()
            .map(|path| self.check_file_in(path, true, history.as_ref()))
            .collect();
        let mut reports = Vec::with_capacity(checked.len());
        let mut findings = Vec::new();
        let mut sources = Sources::new();
        let mut values = dutycheck_model::Values::new();
        for c in checked {
            if !c.values.is_empty() {
                values.insert(c.shown.clone(), c.values);
            }
            if let Some(text) = c.text {
                sources.insert(c.shown, text);
            }
            reports.push(c.result);
            findings.extend(c.findings);
        }
        let mut run = CheckRun::new(reports, findings);
        run.values = values;
        run.history = history;
        (run, sources)
    }

    /// Reads, parses, extracts and checks one report file. A report that
    /// cannot be read or parsed gets an `error` in its result and no text.
    pub fn check_file(&self, path: &Path) -> CheckedFile {
        self.check_file_with(path, false)
    }

    /// [`Checker::check_file`], with the values each threshold rule measured
    /// in each section when `values` is set (for the HTML charts), taken
    /// from the report while it is parsed.
    pub fn check_file_with(&self, path: &Path, values: bool) -> CheckedFile {
        self.check_file_in(path, values, None)
    }

    /// The histories of a run over `files` (and the `--history` reports):
    /// every report read, parsed and summarised (its regions' values by
    /// year, no text), in path order. `None` when the run holds reports of
    /// one year only and no `--history` was given: reports are then
    /// checked alone, as always. A report that cannot be read is left out
    /// (its check reports the error).
    ///
    /// The reports it reads for the histories are kept, within a bound, for
    /// [`Checker::check_file_in`] to take instead of reading them again
    /// (see `kept.rs`).
    pub fn history_of(&self, files: &[PathBuf]) -> Option<History> {
        self.kept.clear();
        let extra = discover::reports(&self.history_paths);
        if files.len() + extra.len() < 2 {
            return None;
        }
        // No rule that reads histories (`trend`, `restatement`, or a plugin
        // check, which may ask for its region's history): nothing would use
        // one, so no report is read a second time. Rules that are off count
        // too, since a per-path override may turn them on.
        let rules = self.history_rules.as_ref().unwrap_or(&self.rules);
        let reads_history = rules.rules().iter().any(|r| {
            matches!(
                r.kind,
                RuleKind::Trend(_) | RuleKind::Restatement(_) | RuleKind::Plugin(_)
            )
        });
        if !reads_history {
            return None;
        }
        if self.history_paths.is_empty() {
            // One year for every report (`--year`), or titles of one year
            // only: no history, and no second reading of every report. The
            // years come from the titles (read and parsed, not extracted).
            if self.options.year.is_some() {
                return None;
            }
            let mut years: Vec<i32> = files
                .par_iter()
                .filter_map(|path| self.year_of(path))
                .collect();
            years.sort_unstable();
            years.dedup();
            if years.len() < 2 {
                return None;
            }
        }
        let history = self.build_history(files, &progress::NoProgress, false, true);
        (history.spans_years() || !self.history_paths.is_empty()).then_some(history)
    }

    /// The year in the title of the report at `path` (read, and its first
    /// lines parsed: `dutycheck_parse::title_year`); `None` when it has none
    /// or cannot be read.
    fn year_of(&self, path: &Path) -> Option<i32> {
        if is_stdin(path) {
            return None;
        }
        let doc = read_path(path, &self.read).ok()?;
        dutycheck_parse::title_year(&doc)
    }

    /// The histories of the reports `files` (and the `--history` reports),
    /// whatever years they hold: what `dutycheck history` prints.
    pub fn history_all(&self, files: &[PathBuf]) -> History {
        self.history_all_with(files, &progress::NoProgress)
    }

    /// [`Checker::history_all`], telling `progress` how the reading goes:
    /// `start` with the number of reports, `checked(1)` as each is read.
    /// `dutycheck history` shows its progress bar through it.
    pub fn history_all_with(
        &self,
        files: &[PathBuf],
        progress: &dyn progress::Progress,
    ) -> History {
        self.build_history(files, progress, true, false)
    }

    /// Reads and summarises every report of `files` and the `--history`
    /// reports, in path order (the order that decides which of two reports
    /// for a region and year is kept), listing the conflicts when
    /// `conflicts` is set (`dutycheck history` prints them; a check finds
    /// each report's own when it judges it).
    ///
    /// Reports are summarised in parallel a chunk at a time, and each chunk
    /// is added to the history before the next is read: memory holds the
    /// history and one chunk of summaries, never a summary of every report
    /// (which made the peak memory of a run over several years grow with
    /// its reports: 607 MB at 10,000 generated reports, 215 MB at 3,000).
    ///
    /// With `keep`, the reports of `files` (not the `--history` ones, which
    /// are not checked) are kept for the check pass ([`kept`]).
    fn build_history(
        &self,
        files: &[PathBuf],
        progress: &dyn progress::Progress,
        conflicts: bool,
        keep: bool,
    ) -> History {
        /// Reports summarised at a time: enough to keep every thread busy,
        /// few enough that their summaries weigh little.
        const CHUNK: usize = 256;
        let extra = discover::reports(&self.history_paths);
        // In the order of the paths reports show (`Report::path`), which
        // the history's "first by path" means.
        let mut all: Vec<(String, &PathBuf)> = files
            .iter()
            .chain(extra.iter())
            .map(|p| (self.shown(p), p))
            .collect();
        all.sort();
        all.dedup();
        let checked: std::collections::HashSet<&PathBuf> = if keep {
            files.iter().collect()
        } else {
            Default::default()
        };
        progress.start(all.len());
        let mut builder = dutycheck_engine::history::HistoryBuilder::new(self.aliases.clone());
        if conflicts {
            builder = builder.keep_conflicts();
        }
        for chunk in all.chunks(CHUNK) {
            let summaries: Vec<dutycheck_engine::history::Summary> = chunk
                .par_iter()
                .filter_map(|(_, path)| {
                    progress.checked(1);
                    let (report, text) = self.parse_path(path).ok()?;
                    let year = self.options.year.or(report.year);
                    let summary =
                        dutycheck_engine::history::summarise(&report, year, &self.aliases);
                    if checked.contains(path) {
                        self.kept.keep(path, report, text);
                    }
                    Some(summary)
                })
                .collect();
            for s in summaries {
                builder.add(s);
            }
        }
        progress.finish();
        builder.finish()
    }

    /// [`Checker::check_file_with`] within a run whose reports form
    /// `history` ([`Checker::history_of`]).
    pub fn check_file_in(
        &self,
        path: &Path,
        values: bool,
        history: Option<&History>,
    ) -> CheckedFile {
        let shown = self.shown(path);
        let read = match self.kept.take(path) {
            Some(kept) => Ok(kept),
            None => self.parse_path(path),
        };
        match read {
            Ok((report, text)) => {
                let (result, findings) = self.check_report_in(&report, history);
                CheckedFile {
                    shown,
                    result,
                    findings,
                    text: Some(text),
                    values: if values {
                        outputs::report_values(&self.rules, &report)
                    } else {
                        Default::default()
                    },
                }
            }
            Err(error) => CheckedFile {
                result: ReportResult {
                    path: shown.clone(),
                    title: String::new(),
                    year: None,
                    error: Some(error_text(&error)),
                    sections: Vec::new(),
                },
                shown,
                findings: Vec::new(),
                text: None,
                values: Default::default(),
            },
        }
    }

    /// The rules in force for the report at `path`: the checker's rules with
    /// the config's `overrides:` for that path, and the command-line flags
    /// applied again on top (they come last). `None`: no override matches,
    /// use [`Checker::rules`].
    pub fn rules_for(&self, path: &Path) -> Option<RuleSet> {
        self.rules_for_in(path, &self.rules)
    }

    /// The rules in force for runs with histories: with the bundled
    /// year-on-year pack when the rules are the defaults.
    pub fn history_rules(&self) -> &RuleSet {
        self.history_rules.as_ref().unwrap_or(&self.rules)
    }

    fn rules_for_in(&self, path: &Path, base: &RuleSet) -> Option<RuleSet> {
        let config = self.config.as_ref()?;
        let mut set = config.rules_for(base, path, &self.catalog)?;
        // Validated by `build` on the same ids, so this cannot fail.
        let _ = apply_flags(&mut set, &self.levels, self.filter.as_deref());
        Some(set)
    }

    /// Evaluates the rules on one parsed report.
    pub fn check_report(&self, report: &Report) -> (ReportResult, Vec<Finding>) {
        self.check_report_in(report, None)
    }

    /// Evaluates the rules on one parsed report of a run whose reports
    /// form `history`: with the year-on-year rules.
    pub fn check_report_in(
        &self,
        report: &Report,
        history: Option<&History>,
    ) -> (ReportResult, Vec<Finding>) {
        let base = match history {
            Some(_) => self.history_rules(),
            None => &self.rules,
        };
        let local = self.rules_for_in(Path::new(&report.path), base);
        let rules = local.as_ref().unwrap_or(base);
        let plugins: &dyn PluginChecks = if self.plugins.plugins().next().is_some() {
            &self.plugins
        } else {
            &NoPlugins
        };
        let evaluation = evaluate_in(
            report,
            rules,
            &self.catalog,
            &self.options,
            plugins,
            history,
        );
        let sections = evaluation
            .sections
            .into_iter()
            .map(|s| SectionResult {
                name: s.name,
                status: s.status,
                notes: s.notes,
                results: s.results,
            })
            .collect();
        let result = ReportResult {
            path: report.path.clone(),
            title: report.title.clone(),
            year: self.options.year.or(report.year),
            error: None,
            sections,
        };
        (result, evaluation.findings)
    }
}

/// One checked report file ([`Checker::check_file`]).
#[derive(Debug)]
pub struct CheckedFile {
    /// The path as given or found, as shown in output.
    pub shown: String,
    pub result: ReportResult,
    /// The report's findings, as evaluated (sorted by position and rule).
    pub findings: Vec<Finding>,
    /// The decoded text, for quoting lines; `None` when unreadable.
    pub text: Option<String>,
    /// Rule id → section → measured value, when asked for
    /// ([`Checker::check_file_with`]).
    pub values: std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, dutycheck_render::Measured>,
    >,
}

/// Whether `path` names standard input: `-`.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Reads one report from standard input, at most `--max-bytes`. Standard
/// input can be read once: a second `-` in the same run finds it empty and
/// says so.
fn read_stdin(shown: &str, options: &ReadOptions) -> Result<dutycheck_read::Document, Diagnostic> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(options.max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Diagnostic::file(shown, format!("cannot read standard input: {e}")))?;
    if bytes.len() as u64 > options.max_bytes {
        return Err(Diagnostic::file(
            shown,
            format!(
                "standard input is larger than the limit of {} bytes",
                options.max_bytes
            ),
        )
        .with_help("raise the limit with --max-bytes if this really is a report"));
    }
    dutycheck_read::decode_file(shown, &bytes, options)
}

/// A report error as one line, with the advice when there is one.
fn error_text(d: &Diagnostic) -> String {
    match &d.help {
        Some(help) => format!("{} ({help})", d.message),
        None => d.message.clone(),
    }
}
