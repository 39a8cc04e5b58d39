//! The plugin host: loads plugin libraries, validates options against their
//! schemas, runs their checks in a worker process or in-process, and maps
//! their findings back to lines and columns of the report.
//!
//! ```text
//! LoadedPlugin::load(path, &HostOptions { isolation, timeout, .. })
//!     │  worker: spawn `dutycheck plugin-host LIB` ──▶ dlopen, ABI check, manifest ──▶ hello frame
//!     │  in-process: dlopen, ABI check, manifest
//!     ▼
//! LoadedPlugin ── manifest(), validate_options(check, options)
//!     │
//!     └─ run(check, options, &Report) ──▶ request + document JSON ──▶ plugin ──▶ findings JSON
//!                                       ──▶ checked, indices → line/column ──▶ Vec<Found>
//! ```
//!
//! # Failure is local
//!
//! Whatever a plugin does (fails to load, has the wrong ABI, writes an
//! invalid manifest, rejects its options, panics, aborts, segfaults, hangs,
//! returns garbage or points outside the document), the result is a
//! [`PluginError`] that names the plugin, the check and the report, and only
//! that plugin's findings for that report are lost. Crashes and hangs are
//! only survivable in [`Isolation::Worker`] (the default); in
//! [`Isolation::InProcess`] a crash is dutycheck's crash, which is the price
//! of skipping the process boundary.
//!
//! # Security
//!
//! A plugin is native code running with the user's rights. The host loads
//! exactly the paths it is given, made absolute first so that the dynamic
//! loader's search path (which may include the current directory) is never
//! consulted, and never loads anything named by a report.

// A `PluginError` carries the plugin, path, check and report so that every
// message names them; that makes it larger than clippy likes in a `Result`.
// Plugin errors are rare and never on a hot path, so clarity wins.
#![allow(clippy::result_large_err)]

mod checks;
pub mod describe;
mod exit;
mod frame;
mod native;
mod schema;
mod worker;

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use dutycheck_model::{Finding, Report, UnreadMentionReason};

use dutycheck_engine::Found;
use dutycheck_plugin::abi::Status;
use dutycheck_plugin::wire::{
    CatalogIndicator, CatalogRequirement, CatalogView, Manifest, PluginFinding, ReportMeta,
    Request, RunHistory, RunOutput, WIRE_MINOR,
};
use serde::{Deserialize, Serialize};

pub use checks::PluginCheck;
pub use exit::EXIT_PLUGIN_ENDED_RUN;
pub use worker::worker_main;

use exit::InProcessLease;
use native::{Answer, NativePlugin};
use schema::OptionsSchema;
use worker::{CallFailure, Hello, WorkerClient};

/// Where plugin code runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Isolation {
    /// In a worker process per plugin (`--plugin-isolation worker`, the
    /// default): crashes and hangs cost only that plugin's findings.
    #[default]
    Worker,
    /// In dutycheck's own process (`--plugin-isolation none`): no process
    /// start and no copying through pipes, but a crash or hang in the plugin
    /// is dutycheck's, and the time limit cannot be enforced. A plugin that
    /// calls `exit` ends the run with code 2, never 0 (see `exit.rs`).
    InProcess,
}

/// The command that starts a worker: `program args… LIB`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerCommand {
    pub program: PathBuf,
    pub args: Vec<OsString>,
}

impl WorkerCommand {
    /// `program args… LIB`.
    pub fn new(
        program: impl Into<PathBuf>,
        args: impl IntoIterator<Item = impl Into<OsString>>,
    ) -> Self {
        WorkerCommand {
            program: program.into(),
            args: args.into_iter().map(Into::into).collect(),
        }
    }

    /// The default: this very executable with the hidden `plugin-host`
    /// subcommand (`dutycheck plugin-host LIB`).
    pub(crate) fn current_exe() -> std::io::Result<WorkerCommand> {
        Ok(WorkerCommand::new(
            std::env::current_exe()?,
            ["plugin-host"],
        ))
    }
}

/// How plugins are loaded and run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostOptions {
    pub isolation: Isolation,
    /// The limit for one call (and for a worker's start), worker mode only
    /// (`--plugin-timeout`, `plugin_timeout:` in the config).
    pub timeout: Duration,
    /// After this many timeouts or crashes in a run, a plugin is disabled
    /// for the rest of the run: a hanging plugin must not cost the time
    /// limit on every one of thousands of reports. At least 1.
    pub max_failures: u32,
    /// The worker command; `None` is [`WorkerCommand::current_exe`].
    pub worker: Option<WorkerCommand>,
}

/// The default time limit for one plugin call.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The default number of timeouts or crashes after which a plugin is
/// disabled for the rest of the run.
pub(crate) const DEFAULT_MAX_FAILURES: u32 = 3;

impl Default for HostOptions {
    fn default() -> Self {
        HostOptions {
            isolation: Isolation::Worker,
            timeout: DEFAULT_TIMEOUT,
            max_failures: DEFAULT_MAX_FAILURES,
            worker: None,
        }
    }
}

/// Why loading a library failed, before any check ran. Crosses the worker
/// pipe as JSON, so that both isolation modes report the same thing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum LoadFailure {
    NotFound,
    NotALibrary(String),
    MissingEntry(String),
    NullTable,
    Abi {
        major: u32,
        minor: u32,
    },
    TableTooSmall(usize),
    BadBuffer(usize),
    /// An answer longer than [`dutycheck_plugin::abi::MAX_ANSWER_BYTES`].
    TooLarge(usize),
}

impl fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadFailure::NotFound => f.write_str("no such file"),
            LoadFailure::NotALibrary(e) => write!(f, "not a loadable shared library ({e})"),
            LoadFailure::MissingEntry(symbol) => {
                write!(f, "not a dutycheck plugin: it does not export `{symbol}`")
            }
            LoadFailure::NullTable => f.write_str("its entry point returned a null table"),
            LoadFailure::Abi { major, minor } => write!(
                f,
                "built for plugin ABI {major}.{minor}, but this dutycheck speaks ABI {}.{} (same major, minor at least {}); rebuild the plugin against this version's dutycheck-plugin",
                dutycheck_plugin::abi::ABI_MAJOR,
                dutycheck_plugin::abi::ABI_MINOR,
                dutycheck_plugin::abi::ABI_MINOR
            ),
            LoadFailure::TableTooSmall(size) => write!(
                f,
                "its function table is {size} bytes, smaller than the {} bytes of ABI 1.0",
                dutycheck_plugin::abi::PluginTable::V1_0_SIZE
            ),
            LoadFailure::BadBuffer(len) => {
                write!(f, "it returned a null buffer with length {len}")
            }
            LoadFailure::TooLarge(len) => write!(
                f,
                "its answer is {len} bytes, more than the limit of {} bytes ({} MiB) for one plugin answer; the answer was not read",
                dutycheck_plugin::abi::MAX_ANSWER_BYTES,
                dutycheck_plugin::abi::MAX_ANSWER_BYTES / (1024 * 1024)
            ),
        }
    }
}

/// What went wrong with a plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PluginErrorKind {
    /// Loading failed: missing file, not a library, no entry symbol, wrong
    /// ABI. The text says which.
    Load(String),
    /// The manifest was not valid JSON, or `manifest` failed.
    InvalidManifest(String),
    /// The options do not fit the check's schema (or the plugin rejected
    /// them).
    InvalidOptions(String),
    /// The plugin has no such check.
    UnknownCheck { available: Vec<String> },
    /// The plugin panicked (caught by its SDK, status 5).
    Panicked(String),
    /// The worker died mid-call: abort, segfault, exit.
    Crashed(String),
    /// No answer within the time limit; the worker was killed.
    TimedOut(Duration),
    /// The answer was not valid findings JSON, or used an unknown status.
    InvalidOutput(String),
    /// A finding pointed at a section, case or span the report does not
    /// have.
    OutsideDocument(String),
    /// The check ran and failed (status 1 or 4).
    CheckFailed(String),
    /// The worker could not be started or spoke nonsense.
    Worker(String),
    /// An answer did not carry its call's nonce: the plugin (or something
    /// else in the worker) wrote to the protocol pipe. The worker was
    /// stopped.
    Forged,
    /// The worker died, or wrote unasked, when no call was in flight (a
    /// plugin's background thread, say). No report is to blame.
    BetweenCalls(String),
    /// The plugin timed out or crashed this many times in the run and was
    /// disabled for the rest of it.
    Disabled { failures: u32 },
}

impl fmt::Display for PluginErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PluginErrorKind::Load(m) => write!(f, "cannot load: {m}"),
            PluginErrorKind::InvalidManifest(m) => write!(f, "invalid manifest: {m}"),
            PluginErrorKind::InvalidOptions(m) => write!(f, "invalid options: {m}"),
            PluginErrorKind::UnknownCheck { available } => {
                write!(f, "no such check; the plugin has: {}", available.join(", "))
            }
            PluginErrorKind::Panicked(m) => write!(f, "the plugin panicked: {m}"),
            PluginErrorKind::Crashed(m) => write!(f, "the plugin's worker {m}"),
            PluginErrorKind::TimedOut(t) => write!(
                f,
                "no answer within {:.1}s; the worker was stopped",
                t.as_secs_f64()
            ),
            PluginErrorKind::InvalidOutput(m) => write!(f, "invalid output: {m}"),
            PluginErrorKind::OutsideDocument(m) => {
                write!(f, "a finding points outside the document: {m}")
            }
            PluginErrorKind::CheckFailed(m) => write!(f, "the check failed: {m}"),
            PluginErrorKind::Worker(m) => write!(f, "worker error: {m}"),
            PluginErrorKind::Forged => f.write_str(
                "an answer did not carry its call's nonce: something in the worker (the plugin?) wrote to the protocol pipe; the worker was stopped and the answer ignored",
            ),
            PluginErrorKind::BetweenCalls(m) => {
                write!(f, "between calls (no check was running): {m}")
            }
            PluginErrorKind::Disabled { failures } => write!(
                f,
                "disabled for the rest of the run after {failures} timeouts or crashes; its checks were not run on the remaining reports, whose other results are unaffected"
            ),
        }
    }
}

/// A plugin failure, naming the plugin, and the check and report it
/// happened on when there were any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginError {
    /// The plugin's name from its manifest, or its file name when the
    /// manifest was never read.
    pub plugin: String,
    pub path: PathBuf,
    pub check: Option<String>,
    pub report: Option<String>,
    pub kind: PluginErrorKind,
}

impl PluginError {
    fn new(plugin: impl Into<String>, path: &Path, kind: PluginErrorKind) -> Self {
        PluginError {
            plugin: plugin.into(),
            path: path.to_path_buf(),
            check: None,
            report: None,
            kind,
        }
    }

    /// Adds the check and report the error concerns (for load errors that
    /// surface when a rule uses the plugin).
    pub(crate) fn with_context(mut self, check: Option<&str>, report: Option<&str>) -> Self {
        if let Some(check) = check {
            self.check = Some(check.to_string());
        }
        if let Some(report) = report {
            self.report = Some(report.to_string());
        }
        self
    }
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin `{}` ({})", self.plugin, self.path.display())?;
        if let Some(check) = &self.check {
            write!(f, ", check `{check}`")?;
        }
        if let Some(report) = &self.report {
            write!(f, ", report `{report}`")?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl std::error::Error for PluginError {}

/// A report serialised once for any number of plugin calls.
///
/// The JSON of a report is what every call sends, so the engine makes it
/// once per report, not once per check; in worker mode its id also lets the
/// host skip resending it to a worker that already has it.
pub struct Document<'r> {
    report: &'r Report,
    json: Vec<u8>,
    id: u64,
}

impl<'r> Document<'r> {
    pub fn new(report: &'r Report) -> Result<Document<'r>, serde_json::Error> {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Ok(Document {
            report,
            json: wire_json(report)?,
            id: NEXT.fetch_add(1, Ordering::Relaxed),
        })
    }

    pub fn report(&self) -> &'r Report {
        self.report
    }
}

/// The reason wire 1.2 gives for `reason`: itself, or for a newer one the
/// nearest older one.
fn older_reason(reason: UnreadMentionReason) -> UnreadMentionReason {
    match reason {
        UnreadMentionReason::Compared => UnreadMentionReason::Ambiguous,
        UnreadMentionReason::UnsizedChange
        | UnreadMentionReason::OtherPeriod
        | UnreadMentionReason::Part
        | UnreadMentionReason::Total
        | UnreadMentionReason::Adjusted
        | UnreadMentionReason::Portion
        | UnreadMentionReason::Quoted => UnreadMentionReason::NoFigure,
        UnreadMentionReason::NoFigure
        | UnreadMentionReason::WrongKind
        | UnreadMentionReason::Ambiguous
        | UnreadMentionReason::Masked => reason,
    }
}

/// The report as plugins see it. A change stated alone (`比上年减少0.8亿元`)
/// has no level, and its `value` is `null` in the model's JSON; plugins built
/// with an SDK from before statements had kinds read `value` as a number and
/// would refuse the whole document. So the wire document leaves change-only
/// entries out of `indicators[]` (plugins/README.md, "Statements"): levels
/// and from→to entries, with their `statement`, reach every plugin; built-in
/// rules read the change-only ones.
///
/// Likewise an unread mention whose reason is newer than wire 1.2 is sent
/// as the older reason nearest to it, which every SDK knows (an SDK refuses
/// a document with a reason it has no variant for): `compared` (the name is
/// one side of a comparison of two indicators) as `ambiguous`, `unsized-change` (a
/// change said in words, `有所下降`), `other-period` (a figure for part of the
/// year, or an earlier year), `part` (a figure for part of the region),
/// `total` (a sum paid under a per-head name) and `adjusted` (a change on an
/// adjusted basis) as `no-figure`.
fn wire_json(report: &Report) -> Result<Vec<u8>, serde_json::Error> {
    let cases = || report.sections.iter().flat_map(|s| &s.cases);
    let change_only = cases().any(|c| c.indicators.iter().any(|i| i.value.is_none()));
    let newer_reason = cases().any(|c| c.unread.iter().any(|u| older_reason(u.reason) != u.reason));
    if !change_only && !newer_reason {
        return serde_json::to_vec(report);
    }
    let mut wire = report.clone();
    for case in wire.sections.iter_mut().flat_map(|s| &mut s.cases) {
        case.indicators.retain(|i| i.value.is_some());
        for u in &mut case.unread {
            if older_reason(u.reason) != u.reason {
                // The direction belongs to the newer reason.
                u.reason = older_reason(u.reason);
                u.direction = None;
            }
        }
    }
    serde_json::to_vec(&wire)
}

enum Backend {
    Native(NativePlugin),
    Worker(WorkerClient),
}

/// A loaded plugin: its manifest and a way to call it.
pub struct LoadedPlugin {
    path: PathBuf,
    manifest: Manifest,
    abi: (u32, u32),
    backend: Backend,
    /// Each check's compiled option schema, in manifest order.
    schemas: Vec<OptionsSchema>,
    /// In-process only: keeps the exit guard armed while the plugin lives.
    lease: Option<InProcessLease>,
    /// Whether the "disabled" error was handed out (it is reported once).
    disabled_reported: AtomicBool,
    /// Errors that belong to no call (deaths between calls), for the host.
    incidents: Mutex<Vec<PluginError>>,
}

impl fmt::Debug for LoadedPlugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoadedPlugin")
            .field("path", &self.path)
            .field("name", &self.manifest.name)
            .field("abi", &self.abi)
            .finish_non_exhaustive()
    }
}

/// Makes `path` absolute without touching the loader's search path: a bare
/// `libx.so` means `./libx.so`, never "search the system for libx.so".
fn resolve_path(path: &Path) -> Result<PathBuf, LoadFailure> {
    if !path.is_file() {
        return Err(LoadFailure::NotFound);
    }
    std::fs::canonicalize(path).map_err(|_| LoadFailure::NotFound)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads the manifest and compiles each check's option schema (in
/// manifest order).
fn parse_manifest(
    path: &Path,
    answer: &Answer,
) -> Result<(Manifest, Vec<OptionsSchema>), PluginError> {
    let err =
        |m: String| PluginError::new(file_name(path), path, PluginErrorKind::InvalidManifest(m));
    if answer.status != 0 {
        return Err(err(format!(
            "`manifest` returned {}: {}",
            Status::from_code(answer.status),
            String::from_utf8_lossy(&answer.bytes)
        )));
    }
    let manifest: Manifest = serde_json::from_slice(&answer.bytes)
        .map_err(|e| err(format!("not valid manifest JSON: {e}")))?;
    if manifest.name.trim().is_empty() || manifest.name.contains('/') {
        return Err(err(format!(
            "the name `{}` is not usable in `plugin: NAME/CHECK`",
            manifest.name
        )));
    }
    let schemas = manifest
        .checks
        .iter()
        .map(|check| {
            OptionsSchema::compile(&check.options_schema).map_err(|e| {
                err(format!(
                    "check `{}` has an options schema that is not a usable JSON Schema: {e}",
                    check.id
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((manifest, schemas))
}

impl LoadedPlugin {
    /// Loads the plugin at `path` as `options` say.
    pub fn load(path: &Path, options: &HostOptions) -> Result<LoadedPlugin, PluginError> {
        let load_err = |f: LoadFailure| {
            PluginError::new(file_name(path), path, PluginErrorKind::Load(f.to_string()))
        };
        let resolved = resolve_path(path).map_err(load_err)?;
        // Armed before `dlopen`: a constructor that calls `exit` is caught.
        let lease = (options.isolation == Isolation::InProcess)
            .then(|| InProcessLease::take(format!("the plugin at {}", resolved.display())));
        let (backend, abi, answer) = match (options.isolation, &lease) {
            (Isolation::InProcess, Some(lease)) => {
                let _loading =
                    lease.call(format!("loading the plugin library {}", resolved.display()));
                let native = NativePlugin::load(&resolved).map_err(load_err)?;
                let answer = native.manifest().map_err(load_err)?;
                (
                    Backend::Native(native),
                    (native.abi_major, native.abi_minor),
                    answer,
                )
            }
            _ => {
                let command = match &options.worker {
                    Some(command) => command.clone(),
                    None => WorkerCommand::current_exe().map_err(|e| {
                        PluginError::new(
                            file_name(path),
                            path,
                            PluginErrorKind::Worker(e.to_string()),
                        )
                    })?,
                };
                let (client, hello) = WorkerClient::start(
                    command,
                    resolved.clone(),
                    options.timeout,
                    options.max_failures,
                )
                .map_err(|f| call_error(file_name(path), path, f))?;
                match hello {
                    Hello::Ready {
                        abi_major,
                        abi_minor,
                        manifest,
                    } => (Backend::Worker(client), (abi_major, abi_minor), manifest),
                    Hello::Failed(failure) => return Err(load_err(failure)),
                }
            }
        };
        let (manifest, schemas) = parse_manifest(path, &answer)?;
        if let Some(lease) = &lease {
            lease.rename(format!(
                "plugin `{}` ({})",
                manifest.name,
                resolved.display()
            ));
        }
        Ok(LoadedPlugin {
            path: path.to_path_buf(),
            manifest,
            abi,
            backend,
            schemas,
            lease,
            disabled_reported: AtomicBool::new(false),
            incidents: Mutex::new(Vec::new()),
        })
    }

    /// Whether the plugin timed out or crashed often enough in this run to
    /// be disabled (see [`HostOptions::max_failures`]). Only a worker can
    /// survive a timeout or crash, so only a worker is ever disabled.
    pub fn disabled(&self) -> bool {
        match &self.backend {
            Backend::Worker(worker) => worker.disabled(),
            Backend::Native(_) => false,
        }
    }

    /// `true` exactly once after the plugin is disabled: the disabling is
    /// reported as one error for the run, not one per report.
    pub fn take_disabled_notice(&self) -> bool {
        self.disabled() && !self.disabled_reported.swap(true, Ordering::SeqCst)
    }

    /// The errors that belong to no call, oldest first: a worker that died
    /// or wrote unasked between calls. Takes them out of the plugin.
    pub fn take_incidents(&self) -> Vec<PluginError> {
        std::mem::take(
            &mut *self
                .incidents
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    pub fn name(&self) -> &str {
        &self.manifest.name
    }

    /// The path as it was given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The ABI `(major, minor)` the plugin declared.
    pub fn abi(&self) -> (u32, u32) {
        self.abi
    }

    /// The isolation the plugin runs under.
    pub fn isolation(&self) -> Isolation {
        match self.backend {
            Backend::Native(_) => Isolation::InProcess,
            Backend::Worker(_) => Isolation::Worker,
        }
    }

    /// The worker's process id, in worker mode while one is running.
    pub fn worker_pid(&self) -> Option<u32> {
        match &self.backend {
            Backend::Worker(w) => w.pid(),
            Backend::Native(_) => None,
        }
    }

    fn error(&self, check: &str, report: Option<&str>, kind: PluginErrorKind) -> PluginError {
        PluginError::new(self.name(), &self.path, kind).with_context(Some(check), report)
    }

    /// Checks that `check` exists and that `options` fit its schema. `null`
    /// options mean `{}` (a rule without `options:`).
    pub fn validate_options(&self, check: &str, options: &serde_json::Value) -> Result<(), String> {
        let found = self.manifest.checks.iter().position(|c| c.id == check);
        let Some(schema) = found.and_then(|i| self.schemas.get(i)) else {
            let available: Vec<&str> = self.manifest.checks.iter().map(|c| c.id.as_str()).collect();
            let mut message = format!("plugin `{}` has no check `{check}`", self.name());
            match dutycheck_model::did_you_mean(check, available.iter().copied()) {
                Some(close) => message.push_str(&format!("; did you mean `{close}`?")),
                None => message.push_str(&format!(" (it has: {})", available.join(", "))),
            }
            return Err(message);
        };
        let empty = serde_json::Value::Object(serde_json::Map::new());
        let options = if options.is_null() { &empty } else { options };
        schema.validate(options)
    }

    /// Runs `check` on `report`, without a catalog in the request.
    pub fn run(
        &self,
        check: &str,
        options: &serde_json::Value,
        report: &Report,
    ) -> Result<Vec<Found>, PluginError> {
        self.run_with_catalog(check, options, report, None)
    }

    /// Runs `check` on `report`; the request carries `catalog` (the run's
    /// merged catalog, wire 1.1), as the engine's plugin rules do.
    pub fn run_with_catalog(
        &self,
        check: &str,
        options: &serde_json::Value,
        report: &Report,
        catalog: Option<&CatalogView>,
    ) -> Result<Vec<Found>, PluginError> {
        self.run_in(check, options, report, catalog, None)
    }

    /// [`Plugin::run_with_catalog`] with the histories of the report's
    /// regions in the request (wire 1.2), as the engine's plugin rules send
    /// them in runs of several years.
    pub fn run_in(
        &self,
        check: &str,
        options: &serde_json::Value,
        report: &Report,
        catalog: Option<&CatalogView>,
        history: Option<&RunHistory>,
    ) -> Result<Vec<Found>, PluginError> {
        let document = Document::new(report).map_err(|e| {
            self.error(
                check,
                Some(&report.path),
                PluginErrorKind::Worker(format!("cannot serialise the report: {e}")),
            )
        })?;
        self.run_document_in(check, options, &document, catalog, history)
    }

    /// Runs `check` on an already serialised report.
    pub fn run_document(
        &self,
        check: &str,
        options: &serde_json::Value,
        document: &Document<'_>,
        catalog: Option<&CatalogView>,
    ) -> Result<Vec<Found>, PluginError> {
        self.run_document_in(check, options, document, catalog, None)
    }

    /// [`Plugin::run_document`] with the histories of the report's regions.
    pub(crate) fn run_document_in(
        &self,
        check: &str,
        options: &serde_json::Value,
        document: &Document<'_>,
        catalog: Option<&CatalogView>,
        history: Option<&RunHistory>,
    ) -> Result<Vec<Found>, PluginError> {
        let report = document.report;
        let fail = |kind| self.error(check, Some(&report.path), kind);
        if self.manifest.check(check).is_none() {
            return Err(fail(PluginErrorKind::UnknownCheck {
                available: self.manifest.checks.iter().map(|c| c.id.clone()).collect(),
            }));
        }
        self.validate_options(check, options)
            .map_err(|m| fail(PluginErrorKind::InvalidOptions(m)))?;
        let request = Request {
            check: check.to_string(),
            options: if options.is_null() {
                serde_json::Value::Object(serde_json::Map::new())
            } else {
                options.clone()
            },
            report: ReportMeta {
                path: report.path.clone(),
                title: report.title.clone(),
                year: report.year,
            },
            wire_minor: WIRE_MINOR,
            catalog: catalog.cloned(),
            history: history.cloned(),
        };
        let request = serde_json::to_vec(&request).map_err(|e| {
            fail(PluginErrorKind::Worker(format!(
                "cannot serialise the request: {e}"
            )))
        })?;
        let answer = match &self.backend {
            Backend::Native(native) => {
                let _running = self.lease.as_ref().map(|lease| {
                    lease.call(format!(
                        "running plugin `{}` ({}), check `{check}`, report `{}`",
                        self.name(),
                        self.path.display(),
                        report.path
                    ))
                });
                native
                    .run(&request, &document.json)
                    .map_err(|f| fail(PluginErrorKind::InvalidOutput(f.to_string())))?
            }
            Backend::Worker(worker) => {
                let (between, answer) = worker.run(&request, &document.json, document.id);
                if let Some(failure) = between {
                    let mut error = call_error(self.name().to_string(), &self.path, failure);
                    error.kind = PluginErrorKind::BetweenCalls(error.kind.to_string());
                    self.incidents
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(error);
                }
                answer.map_err(|f| {
                    call_error(self.name().to_string(), &self.path, f)
                        .with_context(Some(check), Some(&report.path))
                })?
            }
        };
        let text = || String::from_utf8_lossy(&answer.bytes).into_owned();
        let kind = match Status::from_code(answer.status) {
            Status::Ok => {
                let output: RunOutput = serde_json::from_slice(&answer.bytes).map_err(|e| {
                    fail(PluginErrorKind::InvalidOutput(format!(
                        "not valid findings JSON: {e}"
                    )))
                })?;
                return output
                    .findings
                    .iter()
                    .map(|f| self.place(check, f, report))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|m| fail(PluginErrorKind::OutsideDocument(m)));
            }
            Status::InvalidRequest => {
                PluginErrorKind::CheckFailed(format!("the plugin rejected the request: {}", text()))
            }
            Status::InvalidOptions => PluginErrorKind::InvalidOptions(text()),
            Status::UnknownCheck => PluginErrorKind::UnknownCheck {
                available: self.manifest.checks.iter().map(|c| c.id.clone()).collect(),
            },
            Status::CheckError => PluginErrorKind::CheckFailed(text()),
            Status::Panic => PluginErrorKind::Panicked(text()),
            Status::Unknown(code) if worker::is_bad_buffer(code) => {
                PluginErrorKind::InvalidOutput(text())
            }
            Status::Unknown(code) => {
                PluginErrorKind::InvalidOutput(format!("unknown status {code}: {}", text()))
            }
        };
        Err(fail(kind))
    }

    /// Turns a plugin's finding into a report finding: indices become the
    /// section name, the case number and the original line and column, and
    /// are kept as they are ([`Found`]) for the engine.
    fn place(&self, check: &str, f: &PluginFinding, report: &Report) -> Result<Found, String> {
        if let Some(other) = &f.check
            && other != check
        {
            return Err(format!(
                "a finding of check `{check}` claims to come from `{other}`"
            ));
        }
        let severity = f
            .severity
            .or_else(|| self.manifest.check(check).map(|c| c.severity))
            .unwrap_or(dutycheck_model::Severity::Error);
        let mut finding = Finding {
            rule: format!("{}/{check}", self.name()),
            severity,
            path: report.path.clone(),
            section: None,
            case: None,
            line: 1,
            column: 1,
            length: 1,
            message: f.message.clone(),
            indicator: f.indicator.clone(),
            value: f.value,
        };
        let Some(si) = f.section else {
            if f.case.is_some() || f.span.is_some() {
                return Err("a finding has a case or span but no section".into());
            }
            return Ok(Found::document(finding));
        };
        let section = report.sections.get(si).ok_or_else(|| {
            format!(
                "section index {si}, but the report has {} sections",
                report.sections.len()
            )
        })?;
        finding.section = Some(section.name.to_string());
        finding.line = section.line;
        finding.column = section.column;
        let Some(ci) = f.case else {
            if f.span.is_some() {
                return Err("a finding has a span but no case".into());
            }
            return Ok(Found {
                section_index: Some(si),
                case_index: None,
                finding,
            });
        };
        let case = section.cases.get(ci).ok_or_else(|| {
            format!(
                "case index {ci} in section {si} (`{}`), which has {} cases",
                section.name,
                section.cases.len()
            )
        })?;
        finding.case = Some(case.number);
        let placed = |finding| Found {
            section_index: Some(si),
            case_index: Some(ci),
            finding,
        };
        let Some(span) = f.span else {
            finding.line = case.line;
            finding.column = case.column;
            return Ok(placed(finding));
        };
        let len = case.text.chars().count();
        if span.start > span.end || span.end > len {
            return Err(format!(
                "span {}..{} in case {} of `{}`, whose text has {len} characters",
                span.start, span.end, case.number, section.name
            ));
        }
        let (line, column) = case.position(span.start);
        finding.line = line;
        finding.column = column;
        // Underline up to the end of the span or of the original line the
        // span starts on, whichever comes first.
        let line_end = case
            .segments
            .iter()
            .find(|s| s.offset > span.start)
            .map_or(usize::MAX, |s| s.offset);
        let shown = span.end.min(line_end).saturating_sub(span.start);
        finding.length = u32::try_from(shown).unwrap_or(u32::MAX).max(1);
        Ok(placed(finding))
    }
}

fn call_error(plugin: String, path: &Path, failure: CallFailure) -> PluginError {
    let kind = match failure {
        CallFailure::Died { how, stderr } if stderr.is_empty() => PluginErrorKind::Crashed(how),
        CallFailure::Died { how, stderr } => {
            PluginErrorKind::Crashed(format!("{how}; its stderr ended with: {stderr}"))
        }
        CallFailure::TimedOut(t) => PluginErrorKind::TimedOut(t),
        CallFailure::Protocol(m) => PluginErrorKind::Worker(m),
        CallFailure::Forged => PluginErrorKind::Forged,
        CallFailure::Disabled(failures) => PluginErrorKind::Disabled { failures },
        CallFailure::Load(f) => PluginErrorKind::Load(f.to_string()),
    };
    PluginError::new(plugin, path, kind)
}

/// The loaded plugins of a run.
///
/// The CLI loads every `--plugin` (and every plugin listed in the config)
/// into one host, passes it to rule loading as a
/// [`dutycheck_rules::PluginSchemas`] (so that rule options are validated
/// against the plugins' schemas with the rule file's line and column), and
/// to evaluation as a [`dutycheck_engine::PluginChecks`].
#[derive(Debug, Default)]
pub struct PluginHost {
    options: HostOptions,
    plugins: Vec<Arc<LoadedPlugin>>,
    checks: Vec<PluginCheck>,
    errors: Arc<Mutex<Vec<PluginError>>>,
}

impl PluginHost {
    pub fn new(options: HostOptions) -> PluginHost {
        PluginHost {
            options,
            ..PluginHost::default()
        }
    }

    /// Loads a plugin into this host. Two plugins with the same name are an
    /// error: rules name plugins, and the choice would be arbitrary.
    pub fn add(&mut self, path: &Path) -> Result<&LoadedPlugin, PluginError> {
        let plugin = LoadedPlugin::load(path, &self.options)?;
        if let Some(existing) = self.get(plugin.name()) {
            let existing = existing.path.display().to_string();
            return Err(PluginError::new(
                plugin.name(),
                path,
                PluginErrorKind::Load(format!(
                    "a plugin with this name is already loaded from {existing}"
                )),
            ));
        }
        let plugin = Arc::new(plugin);
        for check in &plugin.manifest.checks {
            self.checks.push(PluginCheck::new(
                Arc::clone(&plugin),
                &check.id,
                Arc::clone(&self.errors),
            ));
        }
        let index = self.plugins.len();
        self.plugins.push(plugin);
        Ok(&self.plugins[index])
    }

    /// The loaded plugins, in load order.
    pub fn plugins(&self) -> impl Iterator<Item = &LoadedPlugin> {
        self.plugins.iter().map(Arc::as_ref)
    }

    pub fn get(&self, name: &str) -> Option<&LoadedPlugin> {
        self.plugins().find(|p| p.name() == name)
    }

    /// The plugin errors met while evaluating so far, oldest first; takes
    /// them out of the host.
    pub fn take_errors(&self) -> Vec<PluginError> {
        std::mem::take(&mut *self.errors.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl dutycheck_rules::PluginSchemas for PluginHost {
    fn validate(
        &self,
        plugin: &str,
        check: &str,
        options: &serde_json::Value,
    ) -> Result<(), String> {
        match self.get(plugin) {
            Some(p) => p.validate_options(check, options),
            None => {
                let names: Vec<&str> = self.plugins().map(LoadedPlugin::name).collect();
                let mut message = format!("unknown plugin `{plugin}`");
                if let Some(close) = dutycheck_model::did_you_mean(plugin, names.iter().copied()) {
                    message.push_str(&format!("; did you mean `{close}`?"));
                } else if names.is_empty() {
                    message.push_str(" (no plugins are loaded; pass one with --plugin)");
                } else {
                    message.push_str(&format!(" (loaded: {})", names.join(", ")));
                }
                Err(message)
            }
        }
    }
}

impl dutycheck_engine::PluginChecks for PluginHost {
    fn resolve(&self, plugin: &str, check: &str) -> Option<&dyn dutycheck_engine::Check> {
        self.checks
            .iter()
            .find(|c| c.plugin().name() == plugin && c.check() == check)
            .map(|c| c as &dyn dutycheck_engine::Check)
    }
}

/// The catalog as plugins see it (wire 1.1): every indicator and
/// requirement of the run's merged catalog, without where they were
/// declared.
pub fn catalog_view(catalog: &dutycheck_catalog::Catalog) -> CatalogView {
    CatalogView {
        indicators: catalog
            .indicators()
            .iter()
            .map(|i| CatalogIndicator {
                id: i.id.to_string(),
                name: i.name.to_string(),
                kind: i.kind,
                aliases: i.aliases.clone(),
            })
            .collect(),
        requirements: catalog
            .requirements()
            .iter()
            .map(|r| CatalogRequirement {
                id: r.id.to_string(),
                name: r.name.clone(),
                phrases: r.phrases.clone(),
                indicators: r.indicators.clone(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use dutycheck_model::UnreadMentionReason;

    use super::wire_json;

    /// A reason newer than wire 1.2 reaches plugins as one every SDK
    /// knows (the model keeps its own); the others go as they are.
    #[test]
    fn plugins_get_only_reasons_their_sdk_knows() {
        let text = "2023年东山县履行教育职责自评报告\n一、教育投入\n1.义务教育教师平均工资收入低于当地公务员平均工资收入约1800元。\n2.普惠性幼儿园覆盖率达**%。\n3.生均一般公共预算教育经费有所增长。\n4.今年1-9月，全县财政教育支出4.37亿元。\n5.小学、初中专任教师本科及以上学历比例分别为78.5%、92.3%。\n";
        let options = dutycheck_read::ReadOptions::default();
        let doc = dutycheck_read::decode("a.txt", text.as_bytes(), &options).expect("decodes");
        let mut report = dutycheck_parse::parse(&doc).expect("parses");
        dutycheck_extract::Extractor::new(&dutycheck_catalog::Catalog::bundled())
            .extract(&mut report);
        let reasons = |cases: &serde_json::Value| -> Vec<String> {
            cases
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|c| c["unread"].as_array().cloned().unwrap_or_default())
                .map(|u| u["reason"].as_str().unwrap_or_default().to_string())
                .collect()
        };
        let model = serde_json::to_value(&report).expect("json");
        assert_eq!(
            reasons(&model["sections"][0]["cases"]),
            // `A低于B约1800元`: both sides of the comparison.
            [
                "compared",
                "compared",
                "masked",
                "unsized-change",
                "other-period",
                "part"
            ]
        );
        let wire: serde_json::Value =
            serde_json::from_slice(&wire_json(&report).expect("json")).expect("parse");
        assert_eq!(
            reasons(&wire["sections"][0]["cases"]),
            [
                "ambiguous",
                "ambiguous",
                "masked",
                "no-figure",
                "no-figure",
                "no-figure"
            ]
        );
        // The direction of the words-only change (`有所增长`) goes with its
        // reason: in the model, not on the wire.
        let directions = |cases: &serde_json::Value| -> Vec<serde_json::Value> {
            cases
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|c| c["unread"].as_array().cloned().unwrap_or_default())
                .map(|u| u["direction"].clone())
                .collect()
        };
        let null = serde_json::Value::Null;
        assert_eq!(
            directions(&model["sections"][0]["cases"]),
            [
                null.clone(),
                null.clone(),
                null.clone(),
                "up".into(),
                null.clone(),
                null.clone()
            ]
        );
        assert!(
            directions(&wire["sections"][0]["cases"])
                .iter()
                .all(|d| d.is_null())
        );
        let case = &report.sections[0].cases[0];
        assert_eq!(case.unread[1].reason, UnreadMentionReason::Compared);
    }
}
