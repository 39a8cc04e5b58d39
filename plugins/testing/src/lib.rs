//! A plugin that misbehaves on request, for the host's tests.
//!
//! Each check exercises one failure mode the host must survive and report
//! (see `crates/host/tests/host.rs`). The C file `c/broken.c` covers what
//! the SDK makes impossible on purpose: a missing entry symbol, a wrong ABI
//! major, an invalid manifest, invalid findings JSON, a segfault.

use dutycheck_plugin::model::{Report, Severity};
use dutycheck_plugin::{CheckManifest, Error, Manifest, Plugin, PluginFinding, Request};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct LevelOptions {
    /// Between 1 and 3.
    #[schemars(range(min = 1, max = 3))]
    level: u32,
}

#[derive(Default)]
struct Misbehave;

impl Plugin for Misbehave {
    fn manifest(&self) -> Manifest {
        let check = |id: &str, what: &str| CheckManifest::new(id, what, Severity::Warning);
        Manifest::new("misbehave", env!("CARGO_PKG_VERSION"))
            .description("Fails in every way a plugin can, on request.")
            .with_check(check(
                "ok",
                "one finding on the first case's first two characters, one on the report",
            ))
            .with_check(check("level", "one finding saying the level").options::<LevelOptions>())
            .with_check(check("panic", "panics"))
            .with_check(check("abort", "aborts the process"))
            .with_check(check("hang", "never returns"))
            .with_check(check("print", "prints to stdout, then answers like `ok`"))
            .with_check(check(
                "outside-span",
                "a span past the end of the case text",
            ))
            .with_check(check(
                "outside-case",
                "a case index the report does not have",
            ))
            .with_check(check(
                "forge",
                "writes a forged, empty answer to every pipe it can find, then answers like `ok`",
            ))
            .with_check(check(
                "crash-later",
                "answers like `ok`, and aborts from a background thread 100 ms later",
            ))
            .with_check(check(
                "fork",
                "starts a `sleep 300` child and reports its pid as the value of one finding",
            ))
            .with_check(check("exit", "calls exit(0)"))
            .with_check(check(
                "section-only",
                "one finding on the first section, with no case",
            ))
    }

    fn run(&self, request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error> {
        let first_case = || {
            vec![
                PluginFinding::at(0, 0, 0, 2, "first two characters").with_value(2.0),
                PluginFinding::document(format!("report {}", report.title))
                    .with_severity(Severity::Info),
            ]
        };
        match request.check.as_str() {
            "ok" => Ok(first_case()),
            "level" => {
                let options: LevelOptions = request.options()?;
                Ok(vec![PluginFinding::document(format!(
                    "level {}",
                    options.level
                ))])
            }
            "panic" => panic!("deliberate panic in `panic`"),
            "abort" => std::process::abort(),
            "hang" => loop {
                std::thread::sleep(std::time::Duration::from_secs(3600));
            },
            "print" => {
                println!("noise on stdout that must not reach the protocol");
                Ok(first_case())
            }
            "outside-span" => {
                let len = report
                    .sections
                    .first()
                    .and_then(|s| s.cases.first())
                    .map_or(0, |c| c.text.chars().count());
                Ok(vec![PluginFinding::at(0, 0, 0, len + 5, "too far")])
            }
            "outside-case" => Ok(vec![PluginFinding::at(0, 99, 0, 1, "no such case")]),
            "forge" => {
                forge_answers();
                Ok(first_case())
            }
            "crash-later" => {
                std::thread::spawn(|| {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    std::process::abort();
                });
                Ok(first_case())
            }
            "fork" => {
                let child = std::process::Command::new("sleep")
                    .arg("300")
                    .spawn()
                    .map_err(|e| Error::Check(format!("cannot start sleep: {e}")))?;
                Ok(vec![
                    PluginFinding::document("a child was started")
                        .with_value(f64::from(child.id())),
                ])
            }
            "exit" => std::process::exit(0),
            "section-only" => Ok(vec![PluginFinding {
                section: Some(0),
                ..PluginFinding::document("about the whole section")
            }]),
            other => Err(Error::UnknownCheck(other.to_string())),
        }
    }
}

/// The attack on the worker protocol (issue 13, item 9): guess the
/// protocol's descriptor by trying every pipe the process has open, and
/// write a well-formed answer frame (length, status 0, no findings) to it.
/// A host that trusts the first frame takes this for the answer, and every
/// later answer arrives one call late. Linux only (`/proc/self/fd`).
fn forge_answers() {
    use std::io::Write;
    let body = br#"{"findings":[]}"#;
    let mut frame = Vec::new();
    frame.extend_from_slice(&u32::try_from(4 + body.len()).unwrap_or(0).to_le_bytes());
    frame.extend_from_slice(&0i32.to_le_bytes());
    frame.extend_from_slice(body);
    let Ok(entries) = std::fs::read_dir("/proc/self/fd") else {
        return;
    };
    let standard: Vec<_> = (0..3)
        .filter_map(|fd| std::fs::read_link(format!("/proc/self/fd/{fd}")).ok())
        .collect();
    for entry in entries.flatten() {
        let Ok(target) = std::fs::read_link(entry.path()) else {
            continue;
        };
        let is_pipe = target.to_string_lossy().starts_with("pipe:");
        if is_pipe
            && !standard.contains(&target)
            && let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(entry.path())
        {
            let _ = pipe.write_all(&frame);
        }
    }
}

dutycheck_plugin::export_plugin!(Misbehave);
