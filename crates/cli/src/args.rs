//! Command-line arguments. Subcommands, flags and exit codes are a contract
//! for scripts and CI: flags are added, never renamed or removed.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use dutycheck_render::Format;

#[derive(Debug, Parser)]
#[command(
    name = "dutycheck",
    version,
    about = "Check government education-duty reports (履行教育职责评价, 典型工作案例) against YAML rules",
    long_about = "dutycheck reads reports, splits them into sections (regions) and numbered cases, \
extracts every figure and indicator value, and checks them against declarative YAML rules: \
national and provincial targets, evidence in figures, and report structure.\n\n\
With no --rules, the bundled default packs are used: national targets (2020 and 2025, chosen by \
the report's year) and case quality.",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The exit codes, as `--help` and the man page show them (the values are
/// [`crate::EXIT_OK`], [`crate::EXIT_FINDINGS`] and [`crate::EXIT_ERROR`]).
pub const EXIT_CODES: &str = "Exit status:
  0  no finding reaches --fail-on (default: error); for other commands, success
  1  a finding reaches --fail-on (check), or a rule test failed (test)
  2  a usage, rule, config, plugin or input error (a report that cannot be read;
     every other report is still checked)";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check reports against rules and print findings and a compliance table.
    #[command(after_help = EXIT_CODES)]
    Check(Box<CheckArgs>),
    /// Show how a report was read: sections, cases, figures and indicator values.
    Parse(ParseArgs),
    /// Show each region's values across years: one table per indicator
    /// (regions × years), each value with its source line.
    History(HistoryArgs),
    /// Create dutycheck.yaml and rules/custom/ with an example rule and its test.
    Init(super::init::InitArgs),
    /// List, explain and validate rules.
    #[command(subcommand)]
    Rules(super::rules_cmd::RulesCommand),
    /// List and explain the indicators and requirements in force.
    #[command(subcommand)]
    Catalog(super::catalog_cmd::CatalogCommand),
    /// Run rule tests: pass/fail snippets, snapshots and generated boundary cases.
    Test(super::test_cmd::TestArgs),
    /// List loaded plugins, or show one plugin's checks and option schemas.
    #[command(subcommand)]
    Plugins(super::plugins_cmd::PluginsCommand),
    /// Print a completion script for SHELL: `dutycheck completions bash > /etc/bash_completion.d/dutycheck`.
    Completions(CompletionsArgs),
    /// Print the man page (roff), or write one page per command into a directory.
    Man(ManArgs),
    /// Let the plugins of a dutycheck.yaml load when `check` finds it by
    /// walking up (or --revoke, --list).
    ///
    /// A plugin is native code. A dutycheck.yaml found in a parent directory
    /// may be someone else's (a checkout, an archive, a shared directory), so
    /// its `plugins:` load only if it is trusted here, by its path and the
    /// SHA-256 of its content: editing it untrusts it. The trust file is
    /// $XDG_CONFIG_HOME/dutycheck/trusted.yaml (~/.config/dutycheck/trusted.yaml).
    Trust(super::trust_cmd::TrustArgs),
    /// Run one plugin in this process for a host (internal: the worker of
    /// `--plugin-isolation worker`).
    #[command(hide = true)]
    PluginHost(super::plugins_cmd::HostArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write dutycheck.1 and a page for each command (dutycheck-check.1 …)
    /// into DIR instead of printing dutycheck.1.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Report files, or directories to search for reports (.txt, .md,
    /// .markdown, .docx, .pdf). `-` reads one report from standard input.
    ///
    /// A file given is checked whatever its extension. A directory is
    /// searched as ripgrep searches one: hidden files and directories are
    /// skipped, and so are files ignored by .gitignore (in a git
    /// repository), .ignore or git's exclude files (--no-ignore reads them
    /// all). Links inside a directory are followed only to files: a link to
    /// a directory is not entered (a note names it; give it as a PATH to
    /// check it), so a tree with links back to itself is searched once.
    /// Each file is checked once, by its canonical path, however many names
    /// reach it.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub search: SearchArgs,
    /// Reports of earlier years (a file or directory, repeatable), read for
    /// the regions' histories only and not checked: year-on-year rules
    /// compare the checked reports with them. Reports of several years
    /// given as PATHs form histories without it.
    #[arg(long = "history", value_name = "DIR")]
    pub history: Vec<PathBuf>,
    /// The path shown for the report read from standard input (`-`); its
    /// extension chooses how it is read (.docx, .pdf, .md, else text).
    #[arg(long, value_name = "NAME", default_value = dutycheck::STDIN_NAME)]
    pub stdin_name: String,
    /// A rule file or directory (repeatable). Without it, the bundled packs are used.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the output to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with 1 when a finding reaches this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Read and judge reports as if they were about YEAR (which figures are
    /// the year's, and the targets in force).
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Also list every indicator mention that no value could be read from
    /// (no figure, wrong kind, two candidates, masked), as info findings.
    #[arg(long)]
    pub show_unread: bool,
    /// Print only errors and the summary.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Also write FORMAT to FILE, from the same run (repeatable): `--also sarif=results.sarif`.
    #[arg(long, value_name = "FORMAT=FILE")]
    pub also: Vec<dutycheck::outputs::Also>,
    /// Waive accepted findings: a YAML file of rule, section, reason, approver and expiry.
    #[arg(long, value_name = "FILE")]
    pub waivers: Option<PathBuf>,
    /// Report only findings that FILE (an earlier `--format json` result) does not have.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// When to use colours in text output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// JUnit: whether cells that are not reported (missing) or not
    /// applicable are written as skipped testcases. Waived cells are always
    /// written.
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = JunitSkipped::Omit)]
    pub junit_skipped: JunitSkipped,
    #[command(flatten)]
    pub root: RootArgs,
    /// Check reports on N threads (0: one per CPU core). The output is the
    /// same whatever N.
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub select: super::config::SelectArgs,
    #[command(flatten)]
    pub plugins: super::plugins_cmd::PluginArgs,
}

/// `--junit-skipped`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JunitSkipped {
    /// Write them as skipped testcases, with the message not reported or
    /// not applicable.
    Include,
    /// Leave them out: the report holds only what was judged.
    Omit,
}

/// Where paths in outputs are relative to.
#[derive(Debug, Args)]
pub struct RootArgs {
    /// Show paths relative to DIR in every output (JSON, SARIF, JUnit,
    /// waiver origins …) when the file is under it [default: the config
    /// file's directory, else the current directory].
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
}

/// How directories given to `check` are searched.
#[derive(Debug, Args, Default, Clone)]
pub struct SearchArgs {
    /// In directories, check only the reports whose path (relative to the
    /// directory) matches GLOB; `!GLOB` excludes (repeatable, as ripgrep's
    /// --glob).
    #[arg(long = "glob", short = 'g', value_name = "GLOB")]
    pub globs: Vec<String>,
    /// In directories, also check the files that .gitignore, .ignore or
    /// git's exclude files ignore.
    #[arg(long)]
    pub no_ignore: bool,
}

impl SearchArgs {
    pub fn search(&self) -> dutycheck::discover::Search {
        dutycheck::discover::Search {
            no_ignore: self.no_ignore,
            globs: self.globs.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Force the encoding of report files (utf-8, gbk, gb18030, utf-16le …); detected by default.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Refuse report files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = dutycheck_read::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

impl ReadArgs {
    pub fn options(&self) -> dutycheck_read::ReadOptions {
        dutycheck_read::ReadOptions {
            max_bytes: self.max_bytes,
            encoding: self.encoding.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    Json,
    Text,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Report files, or directories to search for reports (the reports of
    /// several years).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Only this indicator (a catalog id, `dutycheck catalog list`).
    #[arg(long, value_name = "ID")]
    pub indicator: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    pub format: ParseFormat,
    /// Judge every report as if it were about YEAR.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    #[command(flatten)]
    pub select: super::config::SelectArgs,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub root: RootArgs,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The report file; `-` reads it from standard input.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    /// The path shown for a report read from standard input.
    #[arg(long, value_name = "NAME", default_value = dutycheck::STDIN_NAME)]
    pub stdin_name: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    pub format: ParseFormat,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub root: RootArgs,
}
