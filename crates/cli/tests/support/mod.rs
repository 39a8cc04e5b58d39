//! What the end-to-end tests share: running the real `dutycheck` binary from
//! the workspace root, as a user would, and scratch directories.

#![allow(dead_code)] // each test binary uses a part of it

use std::path::{Path, PathBuf};
use std::process::Command;

/// The bundled sample report, relative to the workspace root.
pub const SAMPLE: &str = "tests/fixtures/reports/shandong-2020-city-cases.txt";
/// A county report with failing values, in another numbering style.
pub const FAILING: &str = "tests/fixtures/reports/county-2021-failing.txt";

/// The workspace root: commands run there, so paths in outputs are the
/// relative paths a user would type.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// What a run printed and how it exited.
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `dutycheck ARGS…` from the workspace root, without colours.
pub fn dutycheck(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// Runs `dutycheck ARGS…` in `dir` (a project directory), without colours.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A fresh scratch directory, unique to this test binary, test name and
/// process. It is removed when the test passes and kept when it panics, so a
/// failure leaves its files to look at and a passing run leaves nothing behind
/// (a CI machine's disk filled up with thousands of kept directories once).
pub fn tempdir(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!(
        "dutycheck-{}-{name}-{}",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    Scratch(dir)
}

/// A scratch directory that removes itself unless its test is failing.
pub struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// Runs `dutycheck ARGS…` in `dir`, without colours, with the user's config
/// directory (`XDG_CONFIG_HOME`, where the trust file lives) at `config_home`
/// so that a test never reads or writes the real one.
pub fn dutycheck_in(dir: &Path, config_home: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("XDG_CONFIG_HOME", config_home)
        .output()
        .expect("the binary runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Headless Chromium, for the tests that load the HTML report in a real
/// browser: `DUTYCHECK_CHROMIUM` when set, else the first of `chromium`,
/// `chromium-browser`, `google-chrome` on the PATH. Without one, a test
/// prints a `SKIPPED` line and passes, unless `DUTYCHECK_REQUIRE_CHROMIUM=1`
/// (set by `.ci/run`, which installs it): then the test fails, so that CI
/// never passes by skipping.
pub fn chromium(test: &str) -> Option<String> {
    let candidates: Vec<String> = match std::env::var("DUTYCHECK_CHROMIUM") {
        Ok(b) if !b.is_empty() => vec![b],
        _ => ["chromium", "chromium-browser", "google-chrome"]
            .map(String::from)
            .to_vec(),
    };
    let found = candidates.into_iter().find(|b| {
        Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        let required = std::env::var("DUTYCHECK_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "{test}: DUTYCHECK_REQUIRE_CHROMIUM=1 but no chromium on PATH (apt-get install chromium, or set DUTYCHECK_CHROMIUM)"
        );
        eprintln!("SKIPPED {test}: no chromium on PATH (apt-get install chromium)");
    }
    found
}

/// Loads `page` in headless Chromium at `width`×`height` CSS pixels and
/// returns the DOM after its scripts ran (`--dump-dom`).
pub fn chromium_dom(browser: &str, page: &Path, width: u32, height: u32, profile: &Path) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            &format!("--window-size={width},{height}"),
            &format!("--user-data-dir={}", profile.display()),
            "--dump-dom",
            &format!("file://{}", page.display()),
        ])
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
