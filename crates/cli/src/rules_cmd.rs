//! `dutycheck rules list|explain|validate`: what the rules in force are,
//! everything about one of them, and whether a rule tree is valid.
//!
//! `list` and `explain` resolve the rules exactly as `check` does (`--rules`,
//! config, flags; see [`super::config`]), so that the table shows what a
//! check would run, with the severities after overrides. `validate` reads
//! only the paths it is given (and the packs they extend), plus their rule
//! tests, and reports every error at once.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use dutycheck_catalog::Catalog;
use dutycheck_model::{did_you_mean, display_width};
use dutycheck_rules::{Rule, RuleSet, load_test_files};

use super::config::{SelectArgs, builder};
use super::{EXIT_ERROR, EXIT_OK, emit, print_diagnostics};

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// A table of the rules in force: id, severity, scope, years, title, source.
    List(ListArgs),
    /// Everything about one rule: what it checks, its message, references, source and tests.
    Explain(ExplainArgs),
    /// Validate rule files and directories (and their tests); every error at once.
    Validate(ValidateArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// Where the rules come from, as for `check`.
#[derive(Debug, Args)]
pub struct Source {
    /// A rule file or directory (repeatable). Default: the config's packs, else the bundled packs.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    #[command(flatten)]
    pub select: SelectArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub source: Source,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, such as preschool.inclusive-coverage-2020.
    #[arg(value_name = "ID")]
    pub id: String,
    #[command(flatten)]
    pub source: Source,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Rule files or directories, or a configuration file (dutycheck.yaml),
    /// which is validated with the rules it puts in force.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

pub fn run(cmd: &RulesCommand) -> u8 {
    match cmd {
        RulesCommand::List(a) => list(a),
        RulesCommand::Explain(a) => explain(a),
        RulesCommand::Validate(a) => validate(a),
    }
}

pub(crate) fn load(source: &Source) -> Result<RuleSet, u8> {
    Ok(checker(source)?.rules().clone())
}

fn checker(source: &Source) -> Result<dutycheck::Checker, u8> {
    match builder(&source.rules, &source.select).and_then(|b| b.build()) {
        Ok(c) => Ok(c),
        Err(errors) => {
            print_diagnostics("rules", &errors);
            Err(EXIT_ERROR)
        }
    }
}

/// Where a rule comes from: its pack and file (`national-2020
/// (builtin:national-2020)`), or its file.
pub fn source_of(rule: &Rule) -> String {
    match &rule.pack {
        Some(p) if rule.origin == format!("builtin:{p}") => rule.origin.clone(),
        Some(p) => format!("{p} ({})", rule.origin),
        None => rule.origin.clone(),
    }
}

fn years_of(rule: &Rule) -> String {
    rule.years
        .as_ref()
        .map_or_else(|| "all".to_string(), ToString::to_string)
}

/// Rules sorted by id: a stable order that does not depend on file order.
fn sorted(set: &RuleSet) -> Vec<&Rule> {
    let mut rules: Vec<&Rule> = set.rules().iter().collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    rules
}

fn list(args: &ListArgs) -> u8 {
    let set = match load(&args.source) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let rules = sorted(&set);
    let out = match args.format {
        ListFormat::Json => {
            let items: Vec<serde_json::Value> = rules
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id,
                        "severity": r.severity.as_str(),
                        "scope": r.scope.as_str(),
                        "kind": r.kind.name(),
                        "years": r.years.as_ref().map(ToString::to_string),
                        "title": r.title,
                        "pack": r.pack,
                        "origin": r.origin,
                    })
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string());
            s.push('\n');
            s
        }
        ListFormat::Text => table(&rules),
    };
    match emit(&out, None) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("{}", e.one_line());
            EXIT_ERROR
        }
    }
}

/// The text table of rules.
fn table(rules: &[&Rule]) -> String {
    let rows: Vec<Vec<String>> = rules
        .iter()
        .map(|r| {
            vec![
                r.id.clone(),
                r.severity.as_str().to_string(),
                r.scope.as_str().to_string(),
                years_of(r),
                r.title.clone(),
                source_of(r),
            ]
        })
        .collect();
    let mut out = padded_table(
        &["ID", "SEVERITY", "SCOPE", "YEARS", "TITLE", "SOURCE"],
        &rows,
    );
    let n = rules.len();
    let _ = writeln!(out, "\n{n} rule{}", if n == 1 { "" } else { "s" });
    out
}

/// A text table whose columns are padded by display width, so that Chinese
/// cells (two columns per character) line up. Shared by the `rules` and
/// `catalog` listings.
pub(crate) fn padded_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, cells: &[&str]| {
        let mut l = String::new();
        for (i, cell) in cells.iter().enumerate() {
            l.push_str(cell);
            if i + 1 < cells.len() {
                let pad = widths
                    .get(i)
                    .copied()
                    .unwrap_or(0)
                    .saturating_sub(display_width(cell))
                    + 2;
                l.push_str(&" ".repeat(pad));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&mut out, header);
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        line(&mut out, &cells);
    }
    out
}

fn explain(args: &ExplainArgs) -> u8 {
    let checker = match checker(&args.source) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let set = checker.rules();
    let Some(rule) = set.get(&args.id) else {
        eprintln!("error: unknown rule `{}`", args.id);
        match did_you_mean(&args.id, set.rules().iter().map(|r| r.id.as_str())) {
            Some(s) => eprintln!("  = help: did you mean `{s}`?"),
            None => eprintln!("  = help: run `dutycheck rules list` to see the rules in force"),
        }
        return EXIT_ERROR;
    };
    // The rule set's catalog: the bundled one with what the config and the
    // packs declare.
    let catalog = set.catalog();
    let mut text = explain_text(rule, set, catalog);
    // What this run changes in the rule, and what tests it.
    let mut overrides = checker
        .config()
        .map(|c| c.overrides_of(&rule.id))
        .unwrap_or_default();
    let select = &args.source.select;
    for (flag, ids) in [
        ("--error", &select.error),
        ("--warning", &select.warning),
        ("--info", &select.info),
        ("--off", &select.off),
    ] {
        if ids.contains(&rule.id) {
            overrides.push(format!("command line: {flag} {}", rule.id));
        }
    }
    list_field(&mut text, "overrides", &overrides, "none");
    let tests: Vec<String> = dutycheck_rules::tests_of(rule, set, catalog)
        .iter()
        .map(|t| {
            format!(
                "{}:{}: {} pass, {} fail{}",
                t.origin,
                t.line,
                t.pass.len(),
                t.fail.len(),
                t.name
                    .as_deref()
                    .map_or_else(String::new, |n| format!(" ({n})"))
            )
        })
        .collect();
    list_field(
        &mut text,
        "tests",
        &tests,
        "none (write a `tests:` list in the rule or a *.test.yaml beside it)",
    );
    match emit(&text, None) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("{}", e.one_line());
            EXIT_ERROR
        }
    }
}

/// `rules explain`: the rule's help, exactly as SARIF's `help` has it
/// (title, description, references, link; one function builds both), then
/// how the rule is configured in this run.
fn explain_text(rule: &Rule, set: &RuleSet, catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", rule.id);
    let info = dutycheck::outputs::rule_infos(set, catalog)
        .into_iter()
        .find(|i| i.id == rule.id);
    if let Some(info) = info {
        let _ = writeln!(out, "{}", dutycheck_render::rule_help(&info).text);
    }
    out.push('\n');
    let mut field = |name: &str, value: String| {
        let _ = writeln!(out, "  {name:<12} {value}");
    };
    field("kind", rule.kind.name().to_string());
    for (name, value) in rule.kind.explain(catalog) {
        field(name, value);
    }
    field("severity", rule.severity.as_str().to_string());
    field("scope", rule.scope.as_str().to_string());
    field("years", years_of(rule));
    let sections = if rule.sections.is_empty() {
        "all".to_string()
    } else {
        let mut s = String::new();
        if !rule.sections.include.is_empty() {
            let _ = write!(s, "include {}", rule.sections.include.join(", "));
        }
        if !rule.sections.exclude.is_empty() {
            if !s.is_empty() {
                s.push_str("; ");
            }
            let _ = write!(s, "exclude {}", rule.sections.exclude.join(", "));
        }
        s
    };
    field("sections", sections);
    field(
        "message",
        rule.message.as_ref().map_or_else(
            || "(the engine's default message)".to_string(),
            |m| m.source().to_string(),
        ),
    );
    if !rule.tags.is_empty() {
        field("tags", rule.tags.join(", "));
    }
    field(
        "source",
        format!(
            "{} at {}:{}:{}",
            rule.pack.as_deref().unwrap_or("(no pack)"),
            rule.origin,
            rule.line,
            rule.column
        ),
    );
    out
}

/// A field of `rules explain` with one line per item (`none` when empty).
fn list_field(out: &mut String, name: &str, items: &[String], none: &str) {
    match items {
        [] => {
            let _ = writeln!(out, "  {name:<12} {none}");
        }
        [first, rest @ ..] => {
            let _ = writeln!(out, "  {name:<12} {first}");
            for item in rest {
                let _ = writeln!(out, "  {:<12} {item}", "");
            }
        }
    }
}

fn validate(args: &ValidateArgs) -> u8 {
    // A configuration given by name is validated as one: its own keys,
    // then the rules it puts in force with its overrides applied.
    let (configs, paths): (Vec<&PathBuf>, Vec<&PathBuf>) = args.paths.iter().partition(|p| {
        p.is_file()
            && std::fs::read_to_string(p)
                .is_ok_and(|text| dutycheck_rules::Config::is_config(p, &text))
    });
    let mut code = EXIT_OK;
    for config in configs {
        code = code.max(validate_config(config));
    }
    if paths.is_empty() {
        return code;
    }
    let paths: Vec<PathBuf> = paths.into_iter().cloned().collect();
    code.max(validate_rules(&paths))
}

/// `rules validate dutycheck.yaml`: the config and the rules it puts in
/// force, every error at once, as `check --config FILE` would load them.
fn validate_config(path: &std::path::Path) -> u8 {
    let source = dutycheck::config::ConfigSource::File(path.to_path_buf());
    // A config named explicitly loads its plugins, as with `check --config`:
    // rules that give a plugin check options are validated against its schema.
    let trust = dutycheck::config::PluginTrust::user();
    let loaded = match dutycheck::config::load_partial_with(&source, &trust) {
        Ok(l) => l,
        Err(errors) => {
            print_diagnostics("configuration", &errors);
            return EXIT_ERROR;
        }
    };
    let overrides = loaded.as_ref().map_or(0, |l| {
        l.config.rules.len()
            + l.config
                .overrides
                .iter()
                .map(|o| o.rules.len())
                .sum::<usize>()
    });
    match dutycheck::Checker::builder().loaded_config(loaded).build() {
        Ok(checker) => {
            let n = checker.rules().len();
            let p = checker.rules().packs().len();
            println!(
                "OK: config {}: {n} rule{} in force ({p} pack{}), {overrides} override{}",
                path.display(),
                if n == 1 { "" } else { "s" },
                if p == 1 { "" } else { "s" },
                if overrides == 1 { "" } else { "s" },
            );
            EXIT_OK
        }
        Err(errors) => {
            print_diagnostics("configuration", &errors);
            EXIT_ERROR
        }
    }
}

fn validate_rules(paths: &[PathBuf]) -> u8 {
    let set = match RuleSet::load_paths(paths, &Catalog::bundled()) {
        Ok(s) => s,
        Err(errors) => {
            print_diagnostics("rules", &errors);
            return EXIT_ERROR;
        }
    };
    let tests = match load_test_files(paths, &set, set.catalog()) {
        Ok(t) => t,
        Err(errors) => {
            print_diagnostics("rule tests", &errors);
            return EXIT_ERROR;
        }
    };
    let inline: usize = set.rules().iter().map(|r| r.tests.len()).sum();
    let files: std::collections::BTreeSet<&str> =
        set.rules().iter().map(|r| r.origin.as_str()).collect();
    let n = set.len();
    let p = set.packs().len();
    let t = inline + tests.len();
    println!(
        "OK: {n} rule{} in {} file{} ({p} pack{}), {t} rule test{}",
        if n == 1 { "" } else { "s" },
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        if p == 1 { "" } else { "s" },
        if t == 1 { "" } else { "s" },
    );
    EXIT_OK
}
