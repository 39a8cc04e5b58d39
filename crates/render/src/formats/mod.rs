//! The output formats of `dutycheck check`: the [`Format`] enum, its names
//! on the command line ([`Format::ALL`]), its dispatch ([`Format::sink`]),
//! and one module per format beside this file, each a [`Sink`].
//!
//! Adding a format touches this file and a new one: `<format>.rs` with its
//! sink, and here its `mod` line, its variant (the doc line is its
//! `--format` help), its entry in [`Format::ALL`] and its arm in
//! [`Format::sink`]. The CLI's `--format` and `--also`, and the streaming
//! tests, take every format from the enum.

use std::str::FromStr;

use crate::RuleInfo;
use crate::sink::{RenderOptions, Sink};

pub(crate) mod github;
pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod junit;
pub(crate) mod markdown;
pub(crate) mod sarif;
pub(crate) mod text;

/// Every format `dutycheck check` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Format {
    /// Compiler-style findings and a compliance table, for people.
    Text,
    /// One stable JSON object (reports, findings, summary), for machines.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML: a testsuite per report, a testcase per (section, rule).
    Junit,
    /// GitHub Actions workflow commands (`::error file=…::`), for annotations.
    Github,
    /// Markdown: compliance matrix then findings, for a pull-request comment.
    Markdown,
    /// One self-contained HTML page for reviewers, with charts.
    Html,
}

impl Format {
    /// Each format with its name on the command line.
    pub const ALL: [(&'static str, Format); 7] = [
        ("text", Format::Text),
        ("json", Format::Json),
        ("sarif", Format::Sarif),
        ("junit", Format::Junit),
        ("github", Format::Github),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
    ];

    /// The sink that writes this format. `rules` describe the rules in force
    /// (SARIF, Markdown and HTML show their titles).
    pub fn sink(self, rules: Vec<RuleInfo>, options: RenderOptions) -> Box<dyn Sink + Send> {
        match self {
            Format::Text => Box::new(text::TextSink::new(options)),
            Format::Json => Box::new(json::JsonSink::default()),
            Format::Sarif => Box::new(sarif::SarifSink::new(rules)),
            Format::Junit => Box::new(junit::JunitSink::new(options)),
            Format::Github => Box::new(github::GithubSink::new(options)),
            Format::Markdown => Box::new(markdown::MarkdownSink::new(rules, options)),
            Format::Html => Box::new(html::HtmlSink::new(rules)),
        }
    }

    /// Whether the sink shows measured values ([`Piece::values`](crate::Piece::values)): the
    /// checker computes them only then.
    pub fn wants_values(self) -> bool {
        self == Format::Html
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(s.trim()))
            .map(|(_, f)| *f)
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|(n, _)| *n).collect();
                format!("unknown format `{s}`; use one of: {}", names.join(", "))
            })
    }
}
