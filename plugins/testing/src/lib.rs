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
            other => Err(Error::UnknownCheck(other.to_string())),
        }
    }
}

dutycheck_plugin::export_plugin!(Misbehave);
