//! `dutycheck init [DIR]`: a starting point for a project's own rules.
//!
//! It writes `dutycheck.yaml` (the bundled packs plus `rules/custom`), an
//! example rule in `rules/custom/example.yaml` — a real provincial target,
//! Shandong's 学前三年毛入园率 ≥ 90% for 2020, named as an example and
//! switched off so that it never judges another province's reports — its test in
//! `rules/custom/example.test.yaml`, and the accepted snapshot of that test,
//! produced by running it. So right after `init`, `dutycheck check …`,
//! `dutycheck rules list` and `dutycheck test` all work, and the files show
//! by example what the guide (docs/writing-rules.md) explains.
//!
//! It never overwrites: when any of the files exists, it writes nothing and
//! names the files in the way (exit 2).

use std::path::{Path, PathBuf};

use clap::Args;

use super::{EXIT_ERROR, EXIT_OK};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The project directory (default: the current directory).
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
}

/// `dutycheck.yaml` as `init` writes it.
pub const CONFIG: &str = r#"# dutycheck configuration, found by walking up from the current directory
# (or given with --config). See docs/writing-rules.md.

# Rule packs in force: bundled packs by name, and rule files or directories
# relative to this file. The national packs carry their years, so the pack
# in force follows each report's year.
packs:
  - builtin:national-2020
  - builtin:national-2025
  - builtin:case-quality
  - rules/custom

# Judge every report as this year instead of the year in its title.
# year: 2025

# Plugins (shared libraries), relative to this file.
# plugins: []

# Adjust a rule without copying it: severity, threshold, warn, missing.
# rules:
#   detail.case-has-results: {severity: error}
#   preschool.inclusive-coverage-2025: {threshold: {min: 88}}
#   structure.min-cases: off

# Overrides for the reports whose path matches a glob.
# overrides:
#   - files: ["*county*"]
#     rules:
#       structure.min-cases: off
"#;

/// The example rule. It is one province's target, so it is **off**: left
/// on, it would fail every other province's reports against a target that
/// is not theirs. Its id and title say it is an example; its test still
/// runs (a test switches an `off` rule on), so it shows how a rule, its
/// test and its snapshot fit together.
pub const EXAMPLE_RULE: &str = r#"# Local rules. A pack groups rules under a name; `extends` could build on a
# bundled pack (`extends: [builtin:national-2020]`) and override its rules.
pack:
  name: custom
  description: 本地规则（示例：山东省2020年学前教育目标，默认关闭）

rules:
  # AN EXAMPLE, switched off: Shandong's 2020 target, not necessarily yours.
  # Copy it as a model for your own targets (a new id, your numbers, your
  # references), or switch it on with `severity: error` if it is your target
  # (or run `dutycheck check --error example.preschool-gross-enrollment-shandong-2020 …`).
  # `dutycheck test` tests it even while it is off.
  - id: example.preschool-gross-enrollment-shandong-2020
    title: （示例）学前三年毛入园率达到{min}%（山东省2020年目标）
    severity: off
    applies: {years: 2020..2024}
    indicator: preschool-gross-enrollment
    threshold: {min: 90, unit: percent}
    # Between 90% and 95%: the target is met, with a warning to watch it.
    warn: {min: 95}
    message: "{section}学前三年毛入园率为{value}%，低于山东省{min}%的目标"
    references:
      - 山东省政府工作报告（2020）：学前三年毛入园率达到90%
    tags: [preschool, shandong]
"#;

/// The example rule's test.
pub const EXAMPLE_TEST: &str = r#"# Tests of the rules in example.yaml; run them with `dutycheck test`.
# `pass:` snippets must give no finding, `fail:` snippets at least one. A
# snippet is the text of one case (or a whole small report). The findings of
# `fail:` snippets are kept in __snapshots__/ and compared on every run.
- rule: example.preschool-gross-enrollment-shandong-2020
  year: 2020
  pass:
    - 学前三年毛入园率达126%，普惠性幼儿园覆盖率达93.09%。
    - 学前三年毛入园率、普惠性幼儿园覆盖率分别达96.72%、85.83%。
  fail:
    - 全县学前三年毛入园率为88.5%。
    - 学前三年毛入园率达到92%。
"#;

/// The files `init` writes, relative to the project directory.
pub fn files() -> [(&'static str, &'static str); 3] {
    [
        ("dutycheck.yaml", CONFIG),
        ("rules/custom/example.yaml", EXAMPLE_RULE),
        ("rules/custom/example.test.yaml", EXAMPLE_TEST),
    ]
}

pub fn run(args: &InitArgs) -> u8 {
    match init(&args.dir) {
        Ok(written) => {
            for w in &written {
                println!("created {}", w.display());
            }
            println!(
                "\nnext: dutycheck rules list · dutycheck test {} · dutycheck check REPORT",
                under(&args.dir, "rules/custom").display()
            );
            EXIT_OK
        }
        Err(message) => {
            eprintln!("{message}");
            EXIT_ERROR
        }
    }
}

/// `dir/rel`, without a leading `./` when `dir` is the current directory, so
/// that the paths shown read as the user would type them.
fn under(dir: &Path, rel: &str) -> PathBuf {
    if dir == Path::new(".") || dir.as_os_str().is_empty() {
        PathBuf::from(rel)
    } else {
        dir.join(rel)
    }
}

/// Writes the files into `dir`; returns the paths written, or what stood in
/// the way (nothing is written then).
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let targets: Vec<(PathBuf, &str)> = files()
        .iter()
        .map(|(rel, text)| (under(dir, rel), *text))
        .collect();
    let snapshots = under(dir, "rules/custom/__snapshots__");
    let existing: Vec<String> = targets
        .iter()
        .map(|(p, _)| p)
        .chain(std::iter::once(&snapshots))
        .filter(|p| p.exists())
        .map(|p| format!("  {}", p.display()))
        .collect();
    if !existing.is_empty() {
        return Err(format!(
            "error: dutycheck init would overwrite existing files; nothing was written:\n{}\n  = help: remove or move them, or run init in another directory",
            existing.join("\n")
        ));
    }
    let mut written = Vec::new();
    for (path, text) in &targets {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("error: cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(path, text)
            .map_err(|e| format!("error: cannot write {}: {e}", path.display()))?;
        written.push(path.clone());
    }
    // Accept the example test's snapshot by running it, so that the first
    // `dutycheck test` passes and shows what a snapshot looks like.
    let custom = under(dir, "rules/custom");
    match dutycheck::testing::run_tests(std::slice::from_ref(&custom), true) {
        Ok(outcome) if outcome.failed == 0 => {
            written.push(snapshots.join("example.preschool-gross-enrollment-shandong-2020.snap"));
        }
        Ok(outcome) => {
            return Err(format!(
                "error: the example rule's test failed (a bug in dutycheck):\n{}",
                outcome.text
            ));
        }
        Err((what, errors)) => {
            let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
            return Err(format!(
                "error: the example {what} do not load (a bug in dutycheck):\n{}",
                shown.join("\n")
            ));
        }
    }
    Ok(written)
}
