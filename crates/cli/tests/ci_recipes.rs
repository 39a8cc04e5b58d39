//! The CI recipes of docs/ci.md cannot rot: every `dutycheck` command of the
//! GitHub Actions and GitLab CI files in the page is run here, in a scratch
//! project with a `reports/` directory, and what it writes is checked (SARIF
//! valid JSON with results, the job summary, the HTML page, the JUnit file);
//! the shell recipe, `examples/ci-shell/golden.sh`, is run against its
//! reviewed `expected.json`; and the page shows those files as they are.
//! (The Rust recipe is the crate `examples/ci-insta`, run by `cargo test
//! --workspace`.)

mod support;

use std::path::Path;
use std::process::Command;

use support::*;

fn ci_md() -> String {
    std::fs::read_to_string(root().join("docs/ci.md")).expect("docs/ci.md")
}

/// The fenced blocks of `text` in `lang`, without their fences.
fn blocks(text: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match &mut current {
            None if line.trim_start() == format!("```{lang}") => current = Some(String::new()),
            Some(_) if line.trim_start() == "```" => out.extend(current.take()),
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    out
}

/// The `dutycheck …` commands of a CI file (a `run:` step or a `script:`
/// item).
fn commands(yaml: &str) -> Vec<String> {
    yaml.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches("- ")
                .trim_start_matches("run: ")
        })
        .filter(|l| l.starts_with("dutycheck "))
        .map(str::to_string)
        .collect()
}

fn run_in(dir: &Path, command: &str) -> (i32, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_dutycheck"));
    let path = format!(
        "{}:{}",
        bin.parent().expect("bin dir").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env("GITHUB_STEP_SUMMARY", dir.join("step-summary.md"))
        .output()
        .expect("sh runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn project(name: &str) -> Scratch {
    let dir = tempdir(name);
    std::fs::create_dir_all(dir.join("reports")).expect("mkdir");
    for f in [SAMPLE, FAILING] {
        let name = Path::new(f).file_name().expect("name");
        std::fs::copy(root().join(f), dir.join("reports").join(name)).expect("copy");
    }
    dir
}

/// The install lines and the dependency line name the project's URL, the
/// one SARIF's `informationUri` uses (the workspace's `repository`): a fork
/// that changes it there is told to change the recipes too.
#[test]
fn the_recipes_name_the_project_url() {
    let url = dutycheck_render::PROJECT_URL;
    let page = ci_md();
    assert!(
        page.contains(&format!("--git {url} dutycheck-cli")),
        "docs/ci.md"
    );
    assert!(
        page.contains(&format!("dutycheck = {{ git = \"{url}\" }}")),
        "docs/ci.md"
    );
    let manifest =
        std::fs::read_to_string(root().join("examples/ci-insta/Cargo.toml")).expect("manifest");
    assert!(
        manifest.contains(&format!("git = \"{url}\"")),
        "examples/ci-insta/Cargo.toml"
    );
}

#[test]
fn the_github_actions_recipe_runs() {
    let yaml = blocks(&ci_md(), "yaml")
        .into_iter()
        .find(|b| b.contains("upload-sarif"))
        .expect("the GitHub workflow in docs/ci.md");
    let parsed: serde_json::Value = serde_saphyr::from_str(&yaml).expect("the workflow is YAML");
    assert!(parsed["jobs"]["dutycheck"]["steps"].is_array());
    let cmds = commands(&yaml);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    let dir = project("github");
    let (code, log) = run_in(&dir, &cmds[0]);
    assert_eq!(code, 1, "the failing report fails the step: {log}");
    assert!(
        log.contains("::error file=reports/county-2021-failing.txt,line="),
        "{log}"
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("results.sarif")).expect("sarif"))
            .expect("SARIF is JSON");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert!(!results.is_empty());
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
        "%SRCROOT%"
    );
    // The summary step appends the Markdown to the job summary.
    let summary_step = yaml
        .lines()
        .map(str::trim)
        .find(|l| l.contains("GITHUB_STEP_SUMMARY"))
        .expect("a summary step")
        .trim_start_matches("run: ");
    let (code, log) = run_in(&dir, summary_step);
    assert_eq!(code, 0, "{log}");
    let summary = std::fs::read_to_string(dir.join("step-summary.md")).expect("summary");
    assert!(summary.contains("东河县"), "{summary}");
    let html = std::fs::read_to_string(dir.join("report.html")).expect("html");
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
}

#[test]
fn the_gitlab_recipe_runs() {
    let yaml = blocks(&ci_md(), "yaml")
        .into_iter()
        .find(|b| b.contains("junit:"))
        .expect("the GitLab job in docs/ci.md");
    let parsed: serde_json::Value = serde_saphyr::from_str(&yaml).expect("the job is YAML");
    assert_eq!(
        parsed["dutycheck"]["artifacts"]["reports"]["junit"],
        "dutycheck.xml"
    );
    let cmds = commands(&yaml);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    let dir = project("gitlab");
    let (code, log) = run_in(&dir, &cmds[0]);
    assert_eq!(code, 1, "{log}");
    let junit = std::fs::read_to_string(dir.join("dutycheck.xml")).expect("junit");
    assert!(junit.contains("<failure"), "{junit}");
    assert!(junit.contains("file=\"reports/county-2021-failing.txt\""));
    assert!(
        !junit.contains("<skipped message=\"not reported\"/>"),
        "omitted by default"
    );
    assert!(dir.join("report.html").exists());
}

#[test]
fn the_shell_golden_test_passes_and_is_the_one_shown() {
    let script = root().join("examples/ci-shell/golden.sh");
    let out = Command::new("sh")
        .arg(&script)
        .env("DUTYCHECK", env!("CARGO_BIN_EXE_dutycheck"))
        .env_remove("UPDATE")
        .output()
        .expect("sh runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&script).expect("golden.sh");
    assert!(
        blocks(&ci_md(), "sh").contains(&text),
        "docs/ci.md does not show examples/ci-shell/golden.sh as it is"
    );
    // A changed report fails the golden test with a diff.
    let dir = tempdir("golden");
    std::fs::create_dir_all(dir.join("reports")).expect("mkdir");
    std::fs::copy(&script, dir.join("golden.sh")).expect("copy");
    std::fs::copy(
        root().join("examples/ci-shell/expected.json"),
        dir.join("expected.json"),
    )
    .expect("copy");
    let report = std::fs::read_to_string(root().join("examples/ci-shell/reports/south.txt"))
        .expect("report");
    std::fs::write(
        dir.join("reports/south.txt"),
        report.replace("97.3%", "93.3%"),
    )
    .expect("write");
    let out = Command::new("sh")
        .arg(dir.join("golden.sh"))
        .env("DUTYCHECK", env!("CARGO_BIN_EXE_dutycheck"))
        .env_remove("UPDATE")
        .output()
        .expect("sh runs");
    assert_eq!(out.status.code(), Some(1));
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("-            \"compulsory.retention-2020\": \"pass\"")
            && diff.contains("+            \"compulsory.retention-2020\": \"fail\""),
        "{diff}"
    );
}

#[test]
fn the_rust_recipe_is_the_example_crate() {
    let shown = blocks(&ci_md(), "rust")
        .into_iter()
        .next()
        .expect("the Rust recipe");
    let test = std::fs::read_to_string(root().join("examples/ci-insta/tests/reports.rs"))
        .expect("the example's test");
    // The file without its module documentation is the block without its
    // first line (`// tests/reports.rs`).
    let body: String = test
        .lines()
        .skip_while(|l| l.starts_with("//!"))
        .skip_while(|l| l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let block: String = shown.lines().skip(1).map(|l| format!("{l}\n")).collect();
    assert_eq!(
        block, body,
        "docs/ci.md shows another test than examples/ci-insta"
    );
    let manifest =
        std::fs::read_to_string(root().join("examples/ci-insta/Cargo.toml")).expect("manifest");
    assert!(manifest.contains("insta = { version = \"1\", features = [\"json\"] }"));
    assert!(ci_md().contains("insta = { version = \"1\", features = [\"json\"] }"));
}
