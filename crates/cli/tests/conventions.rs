//! Shell conventions and portable outputs (issue 16): `--root` and the
//! paths every format prints, `-` for standard input, completions, the man
//! page, and the exit codes and help texts a new user reads.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use support::*;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// An absolute path to a fixture, as a CI job that passes `$PWD/…` has.
fn absolute(rel: &str) -> String {
    root()
        .canonicalize()
        .expect("workspace root")
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

// ---- --root ----------------------------------------------------------------

#[test]
fn absolute_paths_under_the_root_print_as_relative_ones_in_every_format() {
    let abs = absolute(FAILING);
    for format in [
        "text", "json", "sarif", "junit", "github", "markdown", "html",
    ] {
        let rel = dutycheck(&["check", FAILING, "--format", format]);
        let from_abs = dutycheck(&["check", &abs, "--format", format]);
        assert_eq!(rel.code, from_abs.code, "--format {format}");
        assert_eq!(
            rel.stdout, from_abs.stdout,
            "--format {format}: an absolute path gives other bytes"
        );
        assert!(
            !from_abs.stdout.contains(&abs),
            "--format {format} prints the absolute path"
        );
    }
    let sarif = json(&dutycheck(&["check", &abs, "--format", "sarif"]).stdout);
    let location = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(location["artifactLocation"]["uri"], FAILING);
}

#[test]
fn root_makes_paths_relative_to_another_directory() {
    let abs = absolute(FAILING);
    let reports = absolute("tests/fixtures/reports");
    let out = dutycheck(&["check", &abs, "--format", "json", "--root", &reports]);
    let v = json(&out.stdout);
    assert_eq!(v["reports"][0]["path"], "county-2021-failing.txt");
    assert_eq!(v["findings"][0]["path"], "county-2021-failing.txt");
    // Outside the root a path stays as given: no `../..` chains.
    let elsewhere = tempdir("root-elsewhere");
    let out = dutycheck(&[
        "check",
        &abs,
        "--format",
        "json",
        "--root",
        elsewhere.to_str().expect("utf-8"),
    ]);
    assert_eq!(json(&out.stdout)["reports"][0]["path"], abs.as_str());
    // `parse` too.
    let out = dutycheck(&["parse", &abs, "--format", "json", "--root", &reports]);
    assert_eq!(json(&out.stdout)["path"], "county-2021-failing.txt");
}

#[test]
fn the_config_directory_is_the_default_root_and_waiver_origins_follow_it() {
    let dir = tempdir("config-root");
    std::fs::create_dir_all(dir.join("reports")).expect("mkdir");
    std::fs::copy(root().join(FAILING), dir.join("reports/east.txt")).expect("copy");
    std::fs::write(
        dir.join("dutycheck.yaml"),
        "packs: [builtin:national-2020]\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("waivers.yaml"),
        "waivers:\n  - rule: preschool.public-share-2020\n    section: 东河县\n    reason: 新园秋季开园\n    approver: 王局长\n    expires: 2099-12-31\n",
    )
    .expect("write");
    let config = dir.join("dutycheck.yaml");
    let report = dir.join("reports/east.txt");
    let waivers = dir.join("waivers.yaml");
    let (config, report, waivers) = (
        config.to_str().expect("utf-8"),
        report.to_str().expect("utf-8"),
        waivers.to_str().expect("utf-8"),
    );
    let run = |format: &str| {
        dutycheck(&[
            "check",
            report,
            "--config",
            config,
            "--waivers",
            waivers,
            "--format",
            format,
        ])
    };
    let out = run("json");
    let v = json(&out.stdout);
    assert_eq!(
        v["reports"][0]["path"], "reports/east.txt",
        "{}",
        out.stderr
    );
    assert_eq!(v["waived"][0]["waiver"]["origin"], "waivers.yaml:2:5");
    let sarif = run("sarif");
    let sarif = json(&sarif.stdout);
    let suppressed = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r.get("suppressions").is_some())
        .expect("a waived result");
    let location = &suppressed["suppressions"][0]["location"]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "waivers.yaml");
    assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
}

// ---- standard input --------------------------------------------------------

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dutycheck"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    let out = child.wait_with_output().expect("the binary ends");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_dash_reads_the_report_from_standard_input() {
    let bytes = std::fs::read(root().join(FAILING)).expect("fixture");
    let from_file = dutycheck(&["check", FAILING, "--format", "json"]);
    let piped = with_stdin(
        &["check", "-", "--stdin-name", FAILING, "--format", "json"],
        &bytes,
    );
    assert_eq!(piped.code, from_file.code, "{}", piped.stderr);
    assert_eq!(piped.stdout, from_file.stdout);
    let unnamed = with_stdin(&["check", "-", "--format", "json"], &bytes);
    assert_eq!(json(&unnamed.stdout)["reports"][0]["path"], "<stdin>");
    let parsed = with_stdin(
        &["parse", "-", "--format", "json", "--stdin-name", "east.txt"],
        &bytes,
    );
    assert_eq!(
        json(&parsed.stdout)["path"],
        "east.txt",
        "{}",
        parsed.stderr
    );
    // Nothing piped in: an input error naming standard input.
    let empty = with_stdin(&["check", "-"], b"");
    assert_eq!(empty.code, 2);
    assert!(empty.stdout.contains("<stdin>") || empty.stderr.contains("<stdin>"));
    assert!(
        (empty.stdout.clone() + &empty.stderr).contains("empty file"),
        "{}{}",
        empty.stdout,
        empty.stderr
    );
}

// ---- completions, man page, help ------------------------------------------

#[test]
fn completions_for_every_shell_name_the_commands_and_flags() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = dutycheck(&["completions", shell]);
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        for word in [
            "check",
            "junit-skipped",
            "root",
            "stdin-name",
            "sarif",
            "completions",
        ] {
            assert!(out.stdout.contains(word), "{shell}: no `{word}`");
        }
    }
    let bad = dutycheck(&["completions", "tcsh"]);
    assert_eq!(bad.code, 2);
}

#[test]
fn the_man_page_documents_commands_and_exit_codes() {
    let out = dutycheck(&["man"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with(".ie") || out.stdout.contains(".TH dutycheck"),
        "{}",
        &out.stdout[..200.min(out.stdout.len())]
    );
    for word in [
        "check",
        "parse",
        "completions",
        ".SH \"EXIT STATUS\"",
        "fail\\-on",
    ] {
        assert!(out.stdout.contains(word), "no `{word}` in the man page");
    }
    let dir = tempdir("man");
    let out = dutycheck(&["man", "--out-dir", dir.to_str().expect("utf-8")]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let check = std::fs::read_to_string(dir.join("dutycheck-check.1")).expect("a page for check");
    assert!(check.contains("junit\\-skipped"), "{check}");
    assert!(check.contains(".SH \"EXIT STATUS\""), "{check}");
    assert!(!check.contains(".SH EXTRA"), "{check}");
    assert!(
        check.contains("dutycheck\\-check"),
        "the page is named after the command: {check}"
    );
    assert!(dir.join("dutycheck.1").exists());
    assert!(
        !dir.join("dutycheck-plugin-host.1").exists(),
        "a hidden command"
    );
}

#[test]
fn help_names_every_report_extension_and_the_exit_codes() {
    let out = dutycheck(&["check", "--help"]);
    assert_eq!(out.code, 0);
    for ext in dutycheck::discover::REPORT_EXTENSIONS {
        assert!(
            out.stdout.contains(&format!(".{ext}")),
            "check --help lacks .{ext}"
        );
    }
    for line in [
        "0  no finding reaches --fail-on",
        "1  a finding reaches",
        "2  a usage",
    ] {
        assert!(out.stdout.contains(line), "check --help lacks `{line}`");
    }
    let top = dutycheck(&["--help"]);
    assert!(top.stdout.contains("Exit status:"), "{}", top.stdout);
}
