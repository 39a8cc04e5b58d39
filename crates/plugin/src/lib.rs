//! The dutycheck plugin ABI and the SDK for writing plugins in Rust.
//!
//! dutycheck checks reports against YAML rules, and plugins add the checks
//! that YAML cannot express, such as arithmetic across the figures of a case.
//! A plugin is a native shared library that the host loads at run time, so
//! the boundary between the two is a C ABI rather than a Rust trait: Rust
//! has no stable ABI, and a plugin built with another compiler version (or
//! written in C) must still work.
//!
//! This crate has three layers:
//!
//! * [`abi`]: the `#[repr(C)]` function table, the buffer type, the status
//!   codes and the versioning and ownership rules. This is the contract.
//! * [`wire`]: the JSON that goes through the table: the manifest, the
//!   request and the findings. A plugin sees the report as the JSON of
//!   [`dutycheck_model::Report`], the same model built-in rules use.
//! * `sdk` (feature `sdk`, on by default): the [`Plugin`] trait and the
//!   [`export_plugin!`] macro, which generate the unsafe half for you, catch
//!   panics, and derive the JSON Schema of a check's options from its Rust
//!   type with `schemars`.
//!
//! A complete plugin:
//!
//! ```
//! use dutycheck_plugin::{CheckManifest, Error, Manifest, Plugin, PluginFinding, Request};
//! use dutycheck_plugin::model::{Report, Severity};
//!
//! #[derive(serde::Deserialize, schemars::JsonSchema)]
//! #[serde(deny_unknown_fields)]
//! struct Options {
//!     /// Cases shorter than this many characters are flagged.
//!     #[serde(default = "default_min")]
//!     min_chars: usize,
//! }
//! fn default_min() -> usize { 20 }
//!
//! #[derive(Default)]
//! struct ShortCases;
//!
//! impl Plugin for ShortCases {
//!     fn manifest(&self) -> Manifest {
//!         Manifest::new("short-cases", "0.1.0").with_check(
//!             CheckManifest::new("short", "flags very short cases", Severity::Warning)
//!                 .options::<Options>(),
//!         )
//!     }
//!
//!     fn run(&self, request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error> {
//!         let options: Options = request.options()?;
//!         let mut findings = Vec::new();
//!         for (s, section) in report.sections.iter().enumerate() {
//!             for (c, case) in section.cases.iter().enumerate() {
//!                 let len = case.text.chars().count();
//!                 if len < options.min_chars {
//!                     findings.push(PluginFinding::at(s, c, 0, len, "case is very short"));
//!                 }
//!             }
//!         }
//!         Ok(findings)
//!     }
//! }
//!
//! dutycheck_plugin::export_plugin!(ShortCases);
//! ```

pub mod abi;
mod guard;
#[cfg(feature = "sdk")]
pub mod sdk;
#[cfg(feature = "sdk")]
pub mod testing;
pub mod text;
pub mod wire;

/// The data model plugins see, re-exported so that a plugin depends on one
/// crate and always gets the model version its SDK was built with.
pub use dutycheck_model as model;
/// The words of the domain (sentence ends, numerals, units, change verbs,
/// qualifiers) and the one number formatter, shared with the host: a
/// plugin that reads text the way dutycheck does uses these.
pub use dutycheck_vocab as vocab;

#[cfg(feature = "sdk")]
pub use sdk::{Error, Plugin};
pub use wire::{
    CatalogIndicator, CatalogRequirement, CatalogView, CheckManifest, Manifest, PluginFinding,
    ReportMeta, Request, RunHistory, RunOutput, Span, WIRE_MINOR,
};

// The SDK itself must not be built with `panic = "abort"` either: its own
// tests rely on catching panics.
#[cfg(all(feature = "sdk", panic = "abort"))]
compile_error!("dutycheck-plugin's SDK requires panic = \"unwind\"");

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    /// Compiles `guard.rs` on its own with the given panic strategy and
    /// returns rustc's verdict and stderr.
    fn compile_guard(panic: &str) -> (bool, String) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path();
        let src = out.join("main.rs");
        std::fs::write(
            &src,
            format!(
                "include!({:?});\n__dutycheck_abort_guard!();\n",
                dir.join("src/guard.rs")
            ),
        )
        .unwrap();
        let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
        let output = Command::new(rustc)
            .args([
                "--edition",
                "2024",
                "--crate-type",
                "lib",
                "--emit",
                "metadata",
            ])
            .arg("-C")
            .arg(format!("panic={panic}"))
            .arg("--out-dir")
            .arg(out)
            .arg(&src)
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    #[test]
    fn abort_guard_refuses_panic_abort() {
        let (ok, stderr) = compile_guard("abort");
        assert!(!ok, "must not compile with panic=abort");
        assert!(
            stderr.contains("must be built with panic = \"unwind\""),
            "{stderr}"
        );
        let (ok, stderr) = compile_guard("unwind");
        assert!(ok, "must compile with panic=unwind: {stderr}");
    }
}
