//! Builds what the host tests load: the Rust plugins (with a nested `cargo
//! build`), the C plugins (with the `cc` crate) and the stand-alone worker
//! example. Each test binary does this once, on first use, so that
//! `cargo test --workspace` works on a fresh clone with nothing prebuilt.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Everything built for the tests.
pub struct Built {
    /// cdylib paths by package name.
    pub rust: HashMap<String, PathBuf>,
    /// C plugin paths by variant (`minimal`, `broken`, `no-entry`, `abi2`,
    /// `bad-manifest`, `exits`, `exits-on-load`).
    pub c: HashMap<&'static str, PathBuf>,
    /// The `plugin-worker` example.
    pub worker: PathBuf,
}

/// The `dutycheck` binary, for what only a whole process can show (an
/// in-process plugin that ends the process). Built on first use only.
pub fn dutycheck() -> &'static Path {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        cargo(&[
            "build".into(),
            "-p".into(),
            "dutycheck-cli".into(),
            "--bin".into(),
            "dutycheck".into(),
        ])
        .into_iter()
        .find_map(|a| a.executable)
        .expect("the dutycheck binary was built")
    })
}

pub const RUST_PLUGINS: &[&str] = &[
    "growth-consistency",
    "part-whole",
    "target-claims",
    "dutycheck-test-plugin",
];

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let mut args: Vec<String> = vec!["build".into(), "--lib".into()];
        for p in RUST_PLUGINS {
            args.push("-p".into());
            args.push((*p).into());
        }
        let mut rust = HashMap::new();
        for artifact in cargo(&args) {
            if artifact.kinds.iter().any(|k| k == "cdylib")
                && let Some(lib) = artifact.filenames.iter().find(|f| is_shared_library(f))
            {
                rust.insert(artifact.package, lib.clone());
            }
        }
        for p in RUST_PLUGINS {
            assert!(rust.contains_key(*p), "cargo did not build {p}: {rust:?}");
        }
        let worker = cargo(&[
            "build".into(),
            "-p".into(),
            "dutycheck-host".into(),
            "--example".into(),
            "plugin-worker".into(),
        ])
        .into_iter()
        .find_map(|a| a.executable)
        .expect("the plugin-worker example was built");
        let c = build_c();
        Built { rust, c, worker }
    })
}

fn is_shared_library(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("so" | "dylib" | "dll")
    )
}

struct Artifact {
    package: String,
    kinds: Vec<String>,
    filenames: Vec<PathBuf>,
    executable: Option<PathBuf>,
}

/// Runs cargo with `--message-format=json` and returns the artifacts.
fn cargo(args: &[String]) -> Vec<Artifact> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // Benches are built optimised; build what they load the same way, so
    // that a measurement is not of debug code.
    let release = (!cfg!(debug_assertions)).then_some("--release");
    let output = Command::new(cargo)
        .args(args)
        .args(release)
        .arg("--message-format=json-render-diagnostics")
        .arg("--manifest-path")
        .arg(workspace().join("Cargo.toml"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact")
        .map(|m| Artifact {
            package: m["target"]["name"]
                .as_str()
                .unwrap_or_default()
                .replace('_', "-"),
            kinds: m["target"]["kind"]
                .as_array()
                .map(|k| {
                    k.iter()
                        .filter_map(|s| s.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            filenames: m["filenames"]
                .as_array()
                .map(|f| {
                    f.iter()
                        .filter_map(|s| s.as_str().map(PathBuf::from))
                        .collect()
                })
                .unwrap_or_default(),
            executable: m["executable"].as_str().map(PathBuf::from),
        })
        .collect()
}

/// The target triple of this test binary, for `cc`.
fn triple() -> String {
    let arch = std::env::consts::ARCH;
    match std::env::consts::OS {
        "macos" => format!("{arch}-apple-darwin"),
        "windows" => format!("{arch}-pc-windows-msvc"),
        _ => format!("{arch}-unknown-linux-gnu"),
    }
}

fn build_c() -> HashMap<&'static str, PathBuf> {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c-plugins");
    std::fs::create_dir_all(&out).expect("tmpdir");
    let root = workspace();
    let variants: [(&'static str, &str, &[&str]); 7] = [
        ("minimal", "plugins/c-minimal/minimal.c", &[]),
        ("broken", "plugins/testing/c/broken.c", &[]),
        ("no-entry", "plugins/testing/c/broken.c", &["NO_ENTRY"]),
        ("abi2", "plugins/testing/c/broken.c", &["ABI_MAJOR_VALUE=2"]),
        (
            "bad-manifest",
            "plugins/testing/c/broken.c",
            &["BAD_MANIFEST"],
        ),
        ("exits", "plugins/testing/c/exits.c", &[]),
        (
            "exits-on-load",
            "plugins/testing/c/exits.c",
            &["EXIT_ON_LOAD"],
        ),
    ];
    let compiler = cc::Build::new()
        .cargo_metadata(false)
        .cargo_warnings(false)
        .opt_level(0)
        .target(&triple())
        .host(&triple())
        .get_compiler();
    variants
        .into_iter()
        .map(|(name, src, defines)| {
            let lib = out.join(format!("lib{name}.{}", std::env::consts::DLL_EXTENSION));
            let mut cmd = compiler.to_command();
            cmd.arg("-shared")
                .arg("-fPIC")
                .arg("-I")
                .arg(root.join("crates/plugin/include"));
            for d in defines {
                cmd.arg(format!("-D{d}"));
            }
            cmd.arg("-o").arg(&lib).arg(root.join(src));
            let status = cmd.status().expect("the C compiler runs");
            assert!(status.success(), "compiling {src} ({name}) failed");
            (name, lib)
        })
        .collect()
}

/// A report built by hand, with segments, so that line/column mapping is
/// checked against known answers: case 1 of `甲市` starts at line 3 column
/// 3 and wraps after 5 characters onto line 4 column 1.
pub fn report() -> dutycheck_model::Report {
    use dutycheck_model::{Case, Report, Section, Segment};
    Report {
        path: "reports/hand-made.txt".into(),
        title: "2020年测试报告".into(),
        year: Some(2020),
        sections: vec![Section {
            name: "甲市".into(),
            number: 1,
            line: 2,
            column: 1,
            heading_length: 4,
            numbering_gaps: vec![],
            unread_numbering: vec![],
            collected: false,
            cases: vec![
                Case {
                    number: 1,
                    line: 3,
                    column: 1,
                    text: "新建学校十所，增加学位三千个。".into(),
                    quantities: vec![],
                    indicators: vec![],
                    claims: vec![],
                    targets: Vec::new(),
                    unread: Vec::new(),
                    segments: vec![
                        Segment {
                            offset: 0,
                            line: 3,
                            column: 3,
                        },
                        Segment {
                            offset: 5,
                            line: 4,
                            column: 1,
                        },
                    ],
                    normal: Default::default(),
                },
                Case {
                    number: 2,
                    line: 5,
                    column: 1,
                    text: "模板残留：增长*%。".into(),
                    quantities: vec![],
                    indicators: vec![],
                    claims: vec![],
                    targets: Vec::new(),
                    unread: Vec::new(),
                    segments: vec![Segment {
                        offset: 0,
                        line: 5,
                        column: 3,
                    }],
                    normal: Default::default(),
                },
            ],
        }],
    }
}
