//! The new user's case end to end: a province declares its own indicator in
//! `dutycheck.yaml`, gives it a threshold rule with tests, and a failing
//! value gets a located finding — from the binary and from the library,
//! which loads the config the same way.

mod support;

use std::path::Path;

use dutycheck::Checker;
use dutycheck::config::ConfigSource;

const CONFIG: &str = "packs:
  - builtin:national-2020
  - rules
catalog:
  - {id: jb.rural-teacher-subsidy, name: 乡村教师生活补助, kind: money, aliases: [乡村教师补助]}
  - {extends: preschool-inclusive-coverage, aliases: [普惠性资源占比]}
";

const RULE: &str = "pack: {name: jb}
rules:
  - id: jb.subsidy
    title: 乡村教师生活补助不低于500元
    severity: error
    indicator: jb.rural-teacher-subsidy
    threshold: {min: 500, unit: yuan}
    message: \"{section}乡村教师生活补助为{value}元，低于{min}元\"
    tests:
      - pass: [乡村教师生活补助达到800元。]
        fail: [乡村教师补助为300元。]
";

const REPORT: &str = "2021年各县履行教育职责典型工作案例
一、东河县
1.落实乡村教师待遇，乡村教师补助为300元，普惠性资源占比为86%。
";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, text).expect("write");
    };
    write("dutycheck.yaml", CONFIG);
    write("rules/jb.yaml", RULE);
    write("report.txt", REPORT);
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = support::run_in(dir, args);
    (out.code, out.stdout, out.stderr)
}

#[test]
fn a_config_indicator_gets_a_located_finding() {
    let dir = project();
    let (code, stdout, stderr) = run(dir.path(), &["check", "report.txt"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(
        stdout.contains(
            "error[jb.subsidy]: 东河县乡村教师生活补助为300元，低于500元\n  --> report.txt:3:19"
        ),
        "{stdout}"
    );
    // The alias added to a bundled indicator binds: 86% passes 80%.
    assert!(
        !stdout.contains("preschool.inclusive-coverage-2020"),
        "{stdout}"
    );
}

#[test]
fn rule_tests_and_the_catalog_commands_see_the_config_catalog() {
    let dir = project();
    let (code, stdout, stderr) = run(dir.path(), &["test", "--update"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let (code, stdout, _) = run(dir.path(), &["catalog", "list"]);
    assert_eq!(code, 0);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("jb.rural-teacher-subsidy"))
        .expect("listed");
    assert!(
        line.contains("乡村教师生活补助") && line.contains("money"),
        "{line}"
    );
    assert!(line.ends_with("dutycheck.yaml:5:5"), "{line}");
    let (code, stdout, _) = run(
        dir.path(),
        &["catalog", "explain", "preschool-inclusive-coverage"],
    );
    assert_eq!(code, 0);
    assert!(stdout.contains("普惠性资源占比"), "{stdout}");
    assert!(
        stdout.contains("defined at: builtin:catalog (extended at dutycheck.yaml:6:15)"),
        "{stdout}"
    );
    let (code, _, stderr) = run(
        dir.path(),
        &["catalog", "explain", "jb.rural-teacher-subsidie"],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("did you mean `jb.rural-teacher-subsidy`?"),
        "{stderr}"
    );
}

#[test]
fn catalog_errors_in_the_config_are_located_all_at_once() {
    let dir = project();
    std::fs::write(
        dir.path().join("dutycheck.yaml"),
        "catalog:\n  - {id: jb.x, name: 甲, kind: mony}\n  - {extends: nope, aliases: [x]}\n",
    )
    .expect("write");
    let (code, _, stderr) = run(dir.path(), &["check", "report.txt"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("unknown indicator kind `mony`\n  --> dutycheck.yaml:2:31"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `money`?"), "{stderr}");
    assert!(
        stderr.contains(
            "`extends` names no indicator or requirement: `nope`\n  --> dutycheck.yaml:3:15"
        ),
        "{stderr}"
    );
}

#[test]
fn the_library_loads_the_config_catalog_as_the_cli_does() {
    let dir = project();
    let checker = Checker::builder()
        .config_source(&ConfigSource::File(dir.path().join("dutycheck.yaml")))
        .expect("config")
        .build()
        .expect("rules");
    assert!(checker.catalog().get("jb.rural-teacher-subsidy").is_some());
    let checked = checker.check_file(&dir.path().join("report.txt"));
    let found: Vec<(&str, u32, u32)> = checked
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.line, f.column))
        .collect();
    assert_eq!(found, [("jb.subsidy", 3, 19)], "{:#?}", checked.findings);
}
