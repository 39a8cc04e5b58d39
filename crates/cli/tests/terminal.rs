//! Terminal injection (issue 13, item 8): a report, a path or a plugin can
//! carry escape sequences (`ESC ] 0 ; … BEL` sets the window title, `ESC [ 2
//! J` clears the screen). Whatever dutycheck prints for a terminal shows them
//! as visible escapes, with or without colours; the only escapes written are
//! dutycheck's own colours.

mod support;

use support::{FAILING, dutycheck, root, tempdir};

const TITLE: &str = "\x1b]0;pwned\x07";
const CLEAR: &str = "\x1b[2J";

/// The failing county report with both sequences after the failing figure
/// of its first section (inside the quoted window), and one in a section
/// name.
fn hostile_report(name: &str) -> (support::Scratch, String) {
    let text = std::fs::read_to_string(root().join(FAILING)).expect("fixture");
    let text = text
        .replacen("48.2%。", &format!("48.2%。{TITLE}{CLEAR}"), 1)
        .replacen("（二）西山区", &format!("（二）西山区{CLEAR}"), 1);
    assert!(text.contains(TITLE) && text.contains(CLEAR));
    let dir = tempdir(name);
    let path = dir.join("hostile.txt");
    std::fs::write(&path, text).expect("write");
    let path = path.display().to_string();
    (dir, path)
}

/// Escapes other than colours (`ESC [ … m`) in `s`.
fn foreign_escapes(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in s.match_indices('\x1b') {
        let rest = &s[i + 1..];
        let colour = rest.starts_with('[')
            && rest[1..].find('m').is_some_and(|end| {
                rest[1..1 + end]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ';')
            });
        if !colour {
            out.push(rest.chars().take(12).collect());
        }
    }
    out.extend(s.contains('\x07').then(|| "BEL".to_string()));
    out
}

#[test]
fn source_snippets_show_escapes_instead_of_sending_them() {
    let (_scratch, report) = hostile_report("snippets");
    for color in ["never", "always"] {
        let out = dutycheck(&["check", "--color", color, &report]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            foreign_escapes(&out.stdout).is_empty(),
            "--color {color}: {:?}",
            foreign_escapes(&out.stdout)
        );
        // Shown, so that a reviewer sees what the report holds.
        assert!(out.stdout.contains("\\x1b]0;pwned\\x07"), "{}", out.stdout);
        assert!(out.stdout.contains("\\x1b[2J"), "{}", out.stdout);
    }
    // The whole-run path (another format alongside) prints the same text.
    let also_dir = tempdir("snippets-also");
    let also = also_dir.join("out.json");
    let out = dutycheck(&[
        "check",
        "--color",
        "never",
        "--also",
        &format!("json={}", also.display()),
        &report,
    ]);
    assert!(foreign_escapes(&out.stdout).is_empty(), "{}", out.stdout);
    assert!(out.stdout.contains("\\x1b]0;pwned\\x07"));
}

#[test]
fn parse_output_shows_escapes() {
    let (_scratch, report) = hostile_report("parse");
    let out = dutycheck(&["parse", &report]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(foreign_escapes(&out.stdout).is_empty(), "{}", out.stdout);
    assert!(out.stdout.contains("西山区\\x1b[2J"), "{}", out.stdout);
}

#[test]
fn plugin_errors_on_stderr_show_escapes() {
    let (_scratch, report) = hostile_report("plugin");
    let plugin = format!("/nonexistent/{TITLE}lib{CLEAR}.so");
    let out = dutycheck(&["check", "--plugin", &plugin, &report]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("plugin"), "{}", out.stderr);
    assert!(
        foreign_escapes(&out.stderr).is_empty(),
        "{:?}",
        foreign_escapes(&out.stderr)
    );
    assert!(
        out.stderr.contains("\\x1b]0;pwned\\x07lib\\x1b[2J.so"),
        "{}",
        out.stderr
    );
}
