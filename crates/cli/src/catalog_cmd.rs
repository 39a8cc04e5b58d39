//! `dutycheck catalog list|explain`: the indicators and requirements in
//! force — the bundled catalog with what the config and the packs declare,
//! resolved exactly as `check` resolves them — and where each is defined.

use std::fmt::Write as _;

use clap::{Args, Subcommand, ValueEnum};
use dutycheck_catalog::{Catalog, Indicator, Meets, Requirement};
use dutycheck_model::did_you_mean;
use dutycheck_rules::RuleKind;

use super::rules_cmd::{Source, load, padded_table};
use super::{EXIT_ERROR, EXIT_OK, emit};

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Every indicator and requirement: id, name, kind, aliases, where defined.
    List(ListArgs),
    /// Everything about one indicator or requirement, and the rules that use it.
    Explain(ExplainArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub source: Source,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The indicator or requirement id, such as per-student-expenditure.
    #[arg(value_name = "ID")]
    pub id: String,
    #[command(flatten)]
    pub source: Source,
}

pub fn run(cmd: &CatalogCommand) -> u8 {
    let (source, text) = match cmd {
        CatalogCommand::List(args) => (&args.source, None),
        CatalogCommand::Explain(args) => (&args.source, Some(args.id.as_str())),
    };
    let set = match load(source) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let catalog = set.catalog();
    let out = match (cmd, text) {
        (CatalogCommand::List(args), _) => match args.format {
            Format::Text => list_text(catalog),
            Format::Json => list_json(catalog),
        },
        (_, Some(id)) => match explain(catalog, &set, id) {
            Some(out) => out,
            None => {
                eprintln!("error: unknown indicator or requirement `{id}`");
                let ids = catalog.all_ids();
                match did_you_mean(id, ids.iter().map(String::as_str)) {
                    Some(s) => eprintln!("  = help: did you mean `{s}`?"),
                    None => eprintln!("  = help: run `dutycheck catalog list` to see every id"),
                }
                return EXIT_ERROR;
            }
        },
        (_, None) => String::new(),
    };
    match emit(&out, None) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("{}", e.one_line());
            EXIT_ERROR
        }
    }
}

fn kind_name(i: &Indicator) -> &'static str {
    i.kind.as_str()
}

fn list_text(catalog: &Catalog) -> String {
    let rows: Vec<Vec<String>> = catalog
        .indicators()
        .iter()
        .map(|i| {
            vec![
                i.id.to_string(),
                i.name.to_string(),
                kind_name(i).to_string(),
                i.aliases
                    .iter()
                    .filter(|a| **a != i.name)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("、"),
                defined(&i.defined_at, &i.extended_at),
            ]
        })
        .chain(catalog.requirements().iter().map(|r| {
            vec![
                r.id.to_string(),
                r.name.clone(),
                "requirement".to_string(),
                r.phrases.join("、"),
                defined(&r.defined_at, &r.extended_at),
            ]
        }))
        .collect();
    let mut out = padded_table(
        &["ID", "NAME", "KIND", "ALIASES / PHRASES", "DEFINED AT"],
        &rows,
    );
    let _ = writeln!(
        out,
        "\n{} indicators, {} requirements",
        catalog.indicators().len(),
        catalog.requirements().len()
    );
    out
}

fn defined(at: &str, extended: &[String]) -> String {
    if extended.is_empty() {
        at.to_string()
    } else {
        format!("{at} (extended at {})", extended.join(", "))
    }
}

fn list_json(catalog: &Catalog) -> String {
    let indicators: Vec<serde_json::Value> = catalog
        .indicators()
        .iter()
        .map(|i| {
            serde_json::json!({
                "id": i.id,
                "name": i.name,
                "kind": kind_name(i),
                "may_exceed_100": i.may_exceed_100,
                "aliases": i.aliases,
                "defined_at": i.defined_at,
                "extended_at": i.extended_at,
            })
        })
        .collect();
    let requirements: Vec<serde_json::Value> = catalog
        .requirements()
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id,
                "name": r.name,
                "phrases": r.phrases,
                "indicators": r.indicators,
                "meets": r.meets.map(meets_text),
                "defined_at": r.defined_at,
                "extended_at": r.extended_at,
            })
        })
        .collect();
    let value = serde_json::json!({"indicators": indicators, "requirements": requirements});
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// What meets a requirement, in words.
fn meets_text(m: Meets) -> String {
    let range = |min: Option<f64>, max: Option<f64>| match (min, max) {
        (Some(a), Some(b)) => format!(
            "between {} and {}",
            dutycheck_vocab::format_number(a),
            dutycheck_vocab::format_number(b)
        ),
        (Some(a), None) => format!("at least {}", dutycheck_vocab::format_number(a)),
        (None, Some(b)) => format!("at most {}", dutycheck_vocab::format_number(b)),
        (None, None) => "any".to_string(),
    };
    match m {
        Meets::Value { min, max } => format!("every figure {}", range(min, max)),
        Meets::Change { min, max } => {
            format!("every change against the year before {}", range(min, max))
        }
        Meets::NotBelow => "the first indicator's figure not below the second's".to_string(),
    }
}

fn explain(catalog: &Catalog, set: &dutycheck_rules::RuleSet, id: &str) -> Option<String> {
    let mut out = String::new();
    if let Some(i) = catalog.get(id) {
        let _ = writeln!(out, "{} — {}", i.id, i.name);
        let _ = writeln!(
            out,
            "\n  kind: {}{}",
            kind_name(i),
            if i.may_exceed_100 {
                " (may exceed 100%)"
            } else {
                ""
            }
        );
        let _ = writeln!(out, "  aliases: {}", i.aliases.join("、"));
        let _ = writeln!(
            out,
            "  defined at: {}",
            defined(&i.defined_at, &i.extended_at)
        );
        let used: Vec<&str> = set
            .rules()
            .iter()
            .filter(|r| match &r.kind {
                RuleKind::Threshold(t) => t.indicator == id,
                RuleKind::Requires(q) => q.indicator == id,
                RuleKind::Compare(c) => c.left == id || c.right == id,
                _ => false,
            })
            .map(|r| r.id.as_str())
            .collect();
        let claimed: Vec<&str> = catalog
            .requirements()
            .iter()
            .filter(|r| r.indicators.iter().any(|x| x == id))
            .map(|r| r.id.as_str())
            .collect();
        let _ = writeln!(out, "  rules: {}", none_or(&used));
        let _ = writeln!(out, "  evidences requirements: {}", none_or(&claimed));
        return Some(out);
    }
    let r: &Requirement = catalog.requirement(id)?;
    let _ = writeln!(out, "{} — {} (requirement)", r.id, r.name);
    if let Some(d) = &r.description {
        let _ = writeln!(out, "\n  {d}");
    }
    let _ = writeln!(out, "\n  claimed by: {}", r.phrases.join("、"));
    let _ = writeln!(
        out,
        "  evidenced by: {}",
        none_or(&r.indicators.iter().map(String::as_str).collect::<Vec<_>>())
    );
    let _ = writeln!(
        out,
        "  met when: {}",
        r.meets
            .map_or_else(|| "not checked against figures".to_string(), meets_text)
    );
    let _ = writeln!(
        out,
        "  defined at: {}",
        defined(&r.defined_at, &r.extended_at)
    );
    // The `claim` rules that judge its claims.
    let judged: Vec<&str> = set
        .rules()
        .iter()
        .filter(|rule| matches!(&rule.kind, RuleKind::Claim(c) if c.requirement == r.id))
        .map(|rule| rule.id.as_str())
        .collect();
    let _ = writeln!(out, "  rules: {}", none_or(&judged));
    Some(out)
}

fn none_or(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}
