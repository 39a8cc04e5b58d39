//! What `dutycheck check` reads and runs, end to end (issue 13): the reports
//! a directory search finds (trees with links back to themselves, ignore
//! files, globs), and the plugins of a `dutycheck.yaml` found by walking up,
//! which load only from a trusted config.

mod support;

use std::path::Path;

use support::*;

/// A scratch tree with a copy of the sample report at each of `reports`.
fn tree(name: &str, reports: &[&str]) -> Scratch {
    let dir = tempdir(name);
    let text = std::fs::read(root().join(SAMPLE)).expect("the sample");
    for rel in reports {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&p, &text).expect("write");
    }
    dir
}

/// The report paths of a `--format json` run, relative to `dir`.
fn checked(stdout: &str, dir: &Path) -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"));
    v["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .map(|r| {
            let p = r["path"].as_str().expect("a path");
            Path::new(p)
                .strip_prefix(dir)
                .map_or(p.to_string(), |r| r.display().to_string())
        })
        .collect()
}

/// The attack of issue 13: two links back to the root made the walk spin
/// forever (100% CPU, no output); one made it check the same report 41
/// times. Each report is now checked once, and a note names each link that
/// was not followed.
#[cfg(unix)]
#[test]
fn trees_with_links_back_to_themselves_check_each_report_once() {
    use std::os::unix::fs::symlink;
    let dir = tree("loops", &["reports/a.txt", "reports/sub/b.txt"]);
    let reports = dir.join("reports");
    symlink("..", reports.join("sub/up")).expect("symlink");
    symlink(".", reports.join("again")).expect("symlink");
    // A link to a report file is followed, and checked once with its target.
    symlink("a.txt", reports.join("latest.txt")).expect("symlink");
    let home = tempdir("loops-home");
    let out = dutycheck_in(&dir, &home, &["check", "reports", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        checked(&out.stdout, &dir),
        ["reports/a.txt", "reports/sub/b.txt"]
    );
    for line in [
        "note: reports/again: a link to a directory, which a walk does not follow: name it as a path to walk it",
        "note: reports/sub/up: a link to a directory, which a walk does not follow: name it as a path to walk it",
        "note: reports/latest.txt: the same file as reports/a.txt: taken once",
    ] {
        assert!(
            out.stderr.lines().any(|l| l == line),
            "{line}\n{}",
            out.stderr
        );
    }
    // The same report named twice is checked once too.
    let out = dutycheck_in(
        &dir,
        &home,
        &[
            "check",
            "reports/a.txt",
            "reports/./a.txt",
            "--format",
            "json",
            "-q",
        ],
    );
    assert_eq!(checked(&out.stdout, &dir), ["reports/a.txt"]);
    assert!(
        out.stderr.is_empty(),
        "-q keeps notes quiet: {}",
        out.stderr
    );
}

#[test]
fn globs_and_ignore_files_choose_reports_as_in_ripgrep() {
    let dir = tree(
        "globs",
        &["r/2020/a.txt", "r/2021/b.txt", "r/drafts/c.txt", "r/d.md"],
    );
    std::fs::create_dir(dir.join(".git")).expect("a git repository");
    std::fs::write(dir.join(".gitignore"), "drafts/\n").expect("write");
    let home = tempdir("globs-home");
    let run = |args: &[&str]| {
        let mut all = vec!["check", "r", "--format", "json"];
        all.extend_from_slice(args);
        let out = dutycheck_in(&dir, &home, &all);
        assert!(out.code < 2, "{}", out.stderr);
        checked(&out.stdout, &dir)
    };
    assert_eq!(run(&[]), ["r/2020/a.txt", "r/2021/b.txt", "r/d.md"]);
    assert_eq!(
        run(&["--no-ignore"]),
        ["r/2020/a.txt", "r/2021/b.txt", "r/d.md", "r/drafts/c.txt"]
    );
    assert_eq!(
        run(&["--glob", "*.txt", "-g", "!2021/**"]),
        ["r/2020/a.txt"]
    );
    let out = dutycheck_in(&dir, &home, &["check", "r", "--glob", "{a"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error: invalid glob `{a`: "),
        "{}",
        out.stderr
    );
}

#[test]
fn check_help_names_every_report_extension_and_the_walk_rules() {
    let out = dutycheck(&["check", "--help"]);
    assert_eq!(out.code, 0);
    for ext in [".txt", ".md", ".markdown", ".docx", ".pdf"] {
        assert!(out.stdout.contains(ext), "{ext}\n{}", out.stdout);
    }
    for words in [
        "--glob <GLOB>",
        "--no-ignore",
        "a link to a directory is not entered",
    ] {
        assert!(out.stdout.contains(words), "{words}\n{}", out.stdout);
    }
}

/// Issue 13: a `dutycheck.yaml` in a parent directory (someone else's
/// checkout, anything under /tmp) named a library in `plugins:`, and
/// `dutycheck check` loaded it. Now its plugins load only when it is
/// trusted: `--trust-config-plugins`, `--config`, or `dutycheck trust`, by
/// path and content hash (an edit untrusts it).
///
/// The plugin library does not exist: loading it is a plugin error naming
/// it (exit 2), so the exit code and that error say whether a load was
/// tried, without building a library.
#[test]
fn plugins_of_a_discovered_config_load_only_when_trusted() {
    let dir = tree("trust", &["project/reports/a.txt"]);
    let config = dir.join("dutycheck.yaml");
    std::fs::write(&config, "plugins: [libplanted.so]\n").expect("write");
    let home = tempdir("trust-home");
    let cwd = dir.join("project");
    let shown_config = config.display().to_string();
    let plugin = dir.join("libplanted.so").display().to_string();
    let check = |extra: &[&str]| {
        let mut args = vec!["check", "reports"];
        args.extend_from_slice(extra);
        dutycheck_in(&cwd, &home, &args)
    };
    let withheld = |out: &Output, why: &str| {
        assert_eq!(out.code, 0, "nothing loaded, the rest ran: {}", out.stderr);
        let warning = format!(
            "warning: plugin {plugin} not loaded: it is named by {shown_config}, a config found by walking up from the current directory, {why}"
        );
        assert!(
            out.stderr.lines().any(|l| l == warning),
            "{warning}\n{}",
            out.stderr
        );
    };
    let loaded = |out: &Output| {
        assert_eq!(out.code, 2, "a load was tried: {}", out.stderr);
        assert!(
            out.stderr.contains("libplanted.so): cannot load"),
            "{}",
            out.stderr
        );
        assert!(
            !out.stderr.contains("not loaded: it is named by"),
            "{}",
            out.stderr
        );
    };

    let out = check(&[]);
    withheld(&out, "which is not trusted");
    assert!(
        out.stderr.lines().any(|l| l
            == format!("note: using config {shown_config} (found by walking up from the current directory; --config FILE or --no-config to choose)")),
        "{}",
        out.stderr
    );
    loaded(&check(&["--trust-config-plugins"]));
    loaded(&check(&["--config", "../dutycheck.yaml"]));

    // Trusted in the trust file: loaded.
    let out = dutycheck_in(&cwd, &home, &["trust"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(&plugin), "{}", out.stdout);
    let store = std::fs::read_to_string(home.join("dutycheck/trusted.yaml")).expect("written");
    assert!(store.contains(&shown_config), "{store}");
    loaded(&check(&[]));

    // Edited: untrusted again, and the warning says why.
    std::fs::write(&config, "plugins: [libplanted.so]\nyear: 2020\n").expect("write");
    withheld(&check(&[]), "which changed since it was trusted");

    // Trusted again, then revoked.
    assert_eq!(dutycheck_in(&cwd, &home, &["trust"]).code, 0);
    loaded(&check(&[]));
    let out = dutycheck_in(&cwd, &home, &["trust", "--revoke"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    withheld(&check(&[]), "which is not trusted");

    // A broken trust file trusts nothing, and says so.
    std::fs::write(home.join("dutycheck/trusted.yaml"), "trusted: 3\n").expect("write");
    let out = check(&[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("and no config is trusted: the trust file"),
        "{}",
        out.stderr
    );
}

/// The rules of an untrusted config that name its plugins' checks are not
/// applicable, as for a plugin that failed to load, instead of stopping the
/// run as rules naming an unknown plugin: every other rule still runs.
#[test]
fn rules_naming_a_withheld_plugin_are_not_applicable() {
    let dir = tree("withheld-rules", &["project/reports/a.txt"]);
    std::fs::create_dir_all(dir.join("rules")).expect("mkdir");
    std::fs::write(
        dir.join("rules/planted.yaml"),
        "id: local.planted\ntitle: a check of the planted plugin\nplugin: planted/check\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("dutycheck.yaml"),
        "packs: [builtin:case-quality, rules]\nplugins: [libplanted.so]\n",
    )
    .expect("write");
    let home = tempdir("withheld-rules-home");
    let out = dutycheck_in(
        &dir.join("project"),
        &home,
        &["check", "reports", "--format", "json"],
    );
    assert!(out.code < 2, "{}", out.stderr);
    assert!(out.stderr.contains("not loaded"), "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let results = &v["reports"][0]["sections"][0]["results"];
    assert_eq!(results["local.planted"], "not-applicable", "{results}");
    assert!(
        results.as_object().is_some_and(|r| r.len() > 1),
        "{results}"
    );
}

/// A file name is untrusted input too: a note about it is printed with its
/// control characters shown, not sent to the terminal.
#[cfg(unix)]
#[test]
fn notes_show_control_characters_in_file_names() {
    use std::os::unix::fs::symlink;
    let dir = tree("escapes", &["r/a.txt"]);
    symlink(".", dir.join("r/\x1b]0;owned\x07")).expect("symlink");
    let home = tempdir("escapes-home");
    let out = dutycheck_in(&dir, &home, &["check", "r", "--format", "json"]);
    assert!(!out.stderr.contains('\x1b'), "{:?}", out.stderr);
    assert!(
        out.stderr
            .contains("note: r/\\x1b]0;owned\\x07: a link to a directory"),
        "{}",
        out.stderr
    );
}
