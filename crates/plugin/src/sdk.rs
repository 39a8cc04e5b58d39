//! The safe side of the boundary: what a plugin author writes against.
//!
//! An author implements [`Plugin`] for a `Default` type and calls
//! [`export_plugin!`](crate::export_plugin) once. The macro generates the
//! `extern "C"` table and everything unsafe: reading borrowed inputs, handing
//! out buffers, catching panics. The author's code sees a typed
//! [`Request`](crate::wire::Request) and a deserialised
//! [`Report`](dutycheck_model::Report), and returns
//! [`PluginFinding`](crate::wire::PluginFinding)s or an [`Error`].

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Once, OnceLock};

use dutycheck_model::{Report, Severity};
use serde::de::DeserializeOwned;

use crate::abi::{Buffer, status};
use crate::wire::{CheckManifest, Manifest, PluginFinding, Request, RunOutput};

/// A plugin: a manifest and a function that runs one of its checks.
///
/// The host may call `run` from several threads at once (in-process) and for
/// many reports in a row (in a worker), so a plugin should keep no per-report
/// state in `self`. `Default` builds the one instance the library uses; it
/// runs on the first call, inside the panic guard.
pub trait Plugin: Default + Send + Sync + 'static {
    /// The plugin's name, version and checks. Called once; the result is
    /// cached.
    fn manifest(&self) -> Manifest;

    /// Runs `request.check` on `report`. The check id has already been
    /// checked against the manifest, and the options against the check's
    /// schema (by the host; deserialise them with [`Request::options`]
    /// anyway, which also fills in defaults).
    fn run(&self, request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error>;
}

/// Why a check could not run. Each variant maps to a status code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The options did not fit the check (status 2).
    InvalidOptions(String),
    /// No such check (status 3). The SDK answers this itself for ids that
    /// are not in the manifest; a plugin only needs it if it lists a check
    /// that it then fails to dispatch.
    UnknownCheck(String),
    /// The check failed (status 4).
    Check(String),
}

impl Error {
    /// The status code this error is reported with.
    pub fn status(&self) -> i32 {
        match self {
            Error::InvalidOptions(_) => status::INVALID_OPTIONS,
            Error::UnknownCheck(_) => status::UNKNOWN_CHECK,
            Error::Check(_) => status::CHECK_ERROR,
        }
    }

    fn message(&self) -> &str {
        match self {
            Error::InvalidOptions(m) | Error::UnknownCheck(m) | Error::Check(m) => m,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for Error {}

impl Request {
    /// The history of the region section `section` (an index into
    /// `report.sections`) is about: its values in every year of the run
    /// (wire 1.2). `None` when the run holds one year only, or the section
    /// names no region.
    pub fn region_history(&self, section: usize) -> Option<&dutycheck_model::RegionHistory> {
        let history = self.history.as_ref()?;
        let index = (*history.sections.get(section)?)?;
        history.regions.get(index)
    }

    /// Deserialises the options into the check's option type. Fields the
    /// rule left out take their serde defaults; a mismatch is
    /// [`Error::InvalidOptions`].
    pub fn options<T: DeserializeOwned>(&self) -> Result<T, Error> {
        T::deserialize(&self.options)
            .map_err(|e| Error::InvalidOptions(format!("options of `{}`: {e}", self.check)))
    }
}

impl Manifest {
    /// A manifest with no checks yet. Pass `env!("CARGO_PKG_NAME")` and
    /// `env!("CARGO_PKG_VERSION")` to keep it in step with Cargo.toml.
    pub fn new(name: impl Into<String>, version: impl Into<String>) -> Manifest {
        Manifest {
            name: name.into(),
            version: version.into(),
            description: String::new(),
            checks: Vec::new(),
        }
    }

    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = description.into();
        self
    }

    /// Adds a check.
    pub fn with_check(mut self, check: CheckManifest) -> Self {
        self.checks.push(check);
        self
    }
}

impl CheckManifest {
    /// A check that takes no options.
    pub fn new(id: impl Into<String>, description: impl Into<String>, severity: Severity) -> Self {
        CheckManifest {
            id: id.into(),
            description: description.into(),
            severity,
            options_schema: crate::wire::no_options_schema(),
        }
    }

    /// Declares the check's options by their Rust type: the JSON Schema is
    /// derived from `T` (`#[derive(JsonSchema)]`), so the schema the host
    /// validates rules against cannot drift from the struct the check
    /// deserialises. Add `#[serde(deny_unknown_fields)]` to `T` so that a
    /// misspelt option is an error rather than silently ignored.
    pub fn options<T: schemars::JsonSchema>(mut self) -> Self {
        let schema = schemars::schema_for!(T);
        self.options_schema = schema.to_value();
        self
    }
}

thread_local! {
    /// The last panic's message on this thread, recorded by the quiet hook
    /// so that it can be returned as the error text of status 5.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the panic hook of the plugin's copy of std with one that prints
/// nothing and records the message. A `cdylib` links its own std, so this
/// does not touch the host's hook; it keeps a caught panic from spraying a
/// backtrace over the user's terminal (or over the worker's stderr).
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        panic::set_hook(Box::new(|info| {
            let message = info.to_string();
            LAST_PANIC.with(|slot| *slot.borrow_mut() = Some(message));
        }));
    });
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(recorded) = LAST_PANIC.with(|slot| slot.borrow_mut().take()) {
        return recorded;
    }
    if let Some(s) = payload.downcast_ref::<&str>() {
        return format!("panicked: {s}");
    }
    if let Some(s) = payload.downcast_ref::<String>() {
        return format!("panicked: {s}");
    }
    "panicked".to_string()
}

/// Machinery for [`export_plugin!`](crate::export_plugin). Not a public API:
/// it may change in any release without notice.
#[doc(hidden)]
pub mod __private {
    use super::*;

    pub use crate::abi::{ABI_MAJOR, ABI_MINOR, PluginTable};

    /// The plugin instance and its manifest, built on the first call.
    pub struct State<P> {
        plugin: P,
        manifest_json: Vec<u8>,
        check_ids: Vec<String>,
    }

    /// The per-library cell that holds the [`State`].
    pub type Cell<P> = OnceLock<State<P>>;

    fn state<P: Plugin>(cell: &Cell<P>) -> Result<&State<P>, (i32, String)> {
        if let Some(state) = cell.get() {
            return Ok(state);
        }
        let plugin = P::default();
        let manifest = plugin.manifest();
        let manifest_json = serde_json::to_vec(&manifest).map_err(|e| {
            (
                status::CHECK_ERROR,
                format!("cannot serialise the manifest: {e}"),
            )
        })?;
        let check_ids = manifest.checks.iter().map(|c| c.id.clone()).collect();
        Ok(cell.get_or_init(|| State {
            plugin,
            manifest_json,
            check_ids,
        }))
    }

    /// Runs `body` with panics caught, and writes its answer into `out`.
    fn guarded(out: *mut Buffer, body: impl FnOnce() -> Result<Vec<u8>, (i32, String)>) -> i32 {
        install_quiet_hook();
        let (code, bytes) = match panic::catch_unwind(AssertUnwindSafe(body)) {
            Ok(Ok(bytes)) => (status::OK, bytes),
            Ok(Err((code, message))) => (code, message.into_bytes()),
            Err(payload) => (status::PANIC, panic_message(payload.as_ref()).into_bytes()),
        };
        if out.is_null() {
            return status::INVALID_REQUEST;
        }
        let mut bytes = std::mem::ManuallyDrop::new(bytes);
        let buffer = Buffer {
            ptr: bytes.as_mut_ptr(),
            len: bytes.len(),
            cap: bytes.capacity(),
        };
        // SAFETY: `out` is non-null (checked above) and, by the ABI, points
        // to a writable `Buffer` owned by the host for the duration of the
        // call. Ownership of the vector moves into it and comes back in
        // `free`.
        unsafe { out.write(buffer) };
        code
    }

    /// Borrows an input of the ABI as a byte slice.
    ///
    /// # Safety
    ///
    /// `ptr` must be null with `len == 0`, or point to `len` readable bytes
    /// that stay valid and unchanged for `'a` (the ABI promises this for the
    /// duration of a call).
    unsafe fn borrowed<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
        if ptr.is_null() || len == 0 {
            return &[];
        }
        // SAFETY: non-null, and the caller vouches for `len` valid bytes.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }

    /// The body of the exported `manifest` function.
    ///
    /// # Safety
    ///
    /// `out` must be null or point to a writable `Buffer`.
    pub unsafe fn manifest<P: Plugin>(cell: &Cell<P>, out: *mut Buffer) -> i32 {
        guarded(out, || state(cell).map(|s| s.manifest_json.clone()))
    }

    /// The body of the exported `run` function.
    ///
    /// # Safety
    ///
    /// As for [`crate::abi::RunFn`]: the input pointers must be valid for
    /// their lengths for the duration of the call, `out` writable or null.
    pub unsafe fn run<P: Plugin>(
        cell: &Cell<P>,
        request: *const u8,
        request_len: usize,
        document: *const u8,
        document_len: usize,
        out: *mut Buffer,
    ) -> i32 {
        // SAFETY: forwarded from this function's own contract.
        let request = unsafe { borrowed(request, request_len) };
        // SAFETY: as above.
        let document = unsafe { borrowed(document, document_len) };
        guarded(out, || {
            let state = state(cell)?;
            let request: Request = serde_json::from_slice(request).map_err(|e| {
                (
                    status::INVALID_REQUEST,
                    format!("the request is not valid: {e}"),
                )
            })?;
            if !state.check_ids.contains(&request.check) {
                return Err((
                    status::UNKNOWN_CHECK,
                    format!(
                        "unknown check `{}`; this plugin has: {}",
                        request.check,
                        state.check_ids.join(", ")
                    ),
                ));
            }
            let report: Report = serde_json::from_slice(document).map_err(|e| {
                (
                    status::INVALID_REQUEST,
                    format!("the document is not a dutycheck report: {e}"),
                )
            })?;
            let findings = state
                .plugin
                .run(&request, &report)
                .map_err(|e| (e.status(), e.message().to_string()))?;
            serde_json::to_vec(&RunOutput { findings }).map_err(|e| {
                (
                    status::CHECK_ERROR,
                    format!("cannot serialise findings: {e}"),
                )
            })
        })
    }

    /// The exported `free` function: takes back a vector given out by
    /// [`guarded`].
    ///
    /// # Safety
    ///
    /// `buf` must be a buffer this library wrote and that has not been freed.
    pub unsafe extern "C" fn free(buf: Buffer) {
        if buf.ptr.is_null() {
            return;
        }
        // SAFETY: the buffer came from a `Vec<u8>` leaked in `guarded` with
        // exactly these parts, and the ABI promises it comes back once.
        drop(unsafe { Vec::from_raw_parts(buf.ptr, buf.len, buf.cap) });
    }
}

/// Exports a [`Plugin`] as a dutycheck plugin library.
///
/// Write it once, at the crate root of a `cdylib`:
///
/// ```ignore
/// dutycheck_plugin::export_plugin!(MyPlugin);
/// ```
///
/// It defines the `dutycheck_plugin_v1` entry symbol and the function table
/// behind it, builds one `MyPlugin::default()` on the first call, answers
/// "unknown check" for ids missing from the manifest, and turns panics into
/// status 5 with the panic message. It refuses to compile with
/// `panic = "abort"`, under which panics could not be caught.
#[macro_export]
macro_rules! export_plugin {
    ($plugin:ty) => {
        $crate::__dutycheck_abort_guard!();

        const _: () = {
            static STATE: $crate::sdk::__private::Cell<$plugin> =
                $crate::sdk::__private::Cell::<$plugin>::new();

            unsafe extern "C" fn manifest(out: *mut $crate::abi::Buffer) -> i32 {
                // SAFETY: the host passes a writable buffer, per the ABI.
                unsafe { $crate::sdk::__private::manifest::<$plugin>(&STATE, out) }
            }

            unsafe extern "C" fn run(
                request: *const u8,
                request_len: usize,
                document: *const u8,
                document_len: usize,
                out: *mut $crate::abi::Buffer,
            ) -> i32 {
                // SAFETY: the host passes borrowed inputs valid for the call
                // and a writable buffer, per the ABI.
                unsafe {
                    $crate::sdk::__private::run::<$plugin>(
                        &STATE,
                        request,
                        request_len,
                        document,
                        document_len,
                        out,
                    )
                }
            }

            static TABLE: $crate::sdk::__private::PluginTable =
                $crate::sdk::__private::PluginTable {
                    abi_major: $crate::sdk::__private::ABI_MAJOR,
                    abi_minor: $crate::sdk::__private::ABI_MINOR,
                    struct_size: ::core::mem::size_of::<$crate::sdk::__private::PluginTable>(),
                    manifest,
                    run,
                    free: $crate::sdk::__private::free,
                };

            /// The plugin entry point (see `dutycheck_plugin::abi`).
            #[unsafe(no_mangle)]
            pub extern "C" fn dutycheck_plugin_v1() -> *const $crate::sdk::__private::PluginTable {
                &TABLE
            }
        };
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{PluginTable, Status};

    #[derive(serde::Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    struct Options {
        /// How many findings to return.
        count: usize,
    }

    #[derive(Default)]
    struct TestPlugin;

    impl Plugin for TestPlugin {
        fn manifest(&self) -> Manifest {
            Manifest::new("test", "1.2.3")
                .description("for tests")
                .with_check(
                    CheckManifest::new("count", "n findings", Severity::Info).options::<Options>(),
                )
                .with_check(CheckManifest::new("boom", "panics", Severity::Error))
                .with_check(CheckManifest::new("fail", "fails", Severity::Error))
                .with_check(CheckManifest::new(
                    "ghost",
                    "listed, not dispatched",
                    Severity::Error,
                ))
        }

        fn run(&self, request: &Request, report: &Report) -> Result<Vec<PluginFinding>, Error> {
            match request.check.as_str() {
                "count" => {
                    let options: Options = request.options()?;
                    Ok((0..options.count)
                        .map(|i| PluginFinding::document(format!("{} #{i}", report.title)))
                        .collect())
                }
                "boom" => panic!("kaboom {}", 42),
                "fail" => Err(Error::Check("no luck".into())),
                other => Err(Error::UnknownCheck(format!("not dispatched: {other}"))),
            }
        }
    }

    crate::export_plugin!(TestPlugin);

    // Resolving the entry point by its unmangled name, as a host's `dlsym`
    // does, proves that the macro exported it under that name.
    unsafe extern "C" {
        fn dutycheck_plugin_v1() -> *const PluginTable;
    }

    fn table() -> &'static PluginTable {
        // SAFETY: the entry function takes no arguments and returns a
        // pointer to a static table that lives as long as the program.
        unsafe { &*dutycheck_plugin_v1() }
    }

    /// Takes a buffer's bytes and gives the buffer back, as the host does.
    fn take(buf: Buffer) -> String {
        let bytes = if buf.ptr.is_null() {
            Vec::new()
        } else {
            // SAFETY: the plugin filled `buf` with `len` initialised bytes.
            unsafe { std::slice::from_raw_parts(buf.ptr, buf.len) }.to_vec()
        };
        // SAFETY: the buffer was written by this table's functions and is
        // freed once.
        unsafe { (table().free)(buf) };
        String::from_utf8(bytes).expect("utf-8")
    }

    fn call_run(request: &str, document: &str) -> (Status, String) {
        let mut out = Buffer::empty();
        // SAFETY: both inputs live across the call; `out` is writable.
        let code = unsafe {
            (table().run)(
                request.as_ptr(),
                request.len(),
                document.as_ptr(),
                document.len(),
                &mut out,
            )
        };
        (Status::from_code(code), take(out))
    }

    const DOC: &str = r#"{"path":"r.txt","title":"T","year":2020,"sections":[]}"#;

    fn request(check: &str, options: &str) -> String {
        format!(
            r#"{{"check":"{check}","options":{options},"report":{{"path":"r.txt","title":"T","year":2020}}}}"#
        )
    }

    #[test]
    fn table_header_states_this_abi() {
        let t = table();
        assert_eq!(
            (t.abi_major, t.abi_minor),
            (crate::abi::ABI_MAJOR, crate::abi::ABI_MINOR)
        );
        assert_eq!(t.struct_size, PluginTable::V1_0_SIZE);
    }

    #[test]
    fn manifest_lists_checks_with_derived_schemas() {
        let mut out = Buffer::empty();
        // SAFETY: `out` is a writable buffer.
        let code = unsafe { (table().manifest)(&mut out) };
        assert_eq!(code, 0);
        let manifest: Manifest = serde_json::from_str(&take(out)).unwrap();
        assert_eq!(manifest.name, "test");
        assert_eq!(manifest.version, "1.2.3");
        let schema = &manifest.check("count").unwrap().options_schema;
        assert_eq!(schema["properties"]["count"]["type"], "integer");
        assert_eq!(schema["additionalProperties"], false);
        assert_eq!(schema["required"], serde_json::json!(["count"]));
        assert_eq!(
            manifest.check("boom").unwrap().options_schema,
            crate::wire::no_options_schema()
        );
    }

    #[test]
    fn run_returns_findings_json() {
        let (status, text) = call_run(&request("count", r#"{"count":2}"#), DOC);
        assert_eq!(status, Status::Ok, "{text}");
        let out: RunOutput = serde_json::from_str(&text).unwrap();
        assert_eq!(out.findings.len(), 2);
        assert_eq!(out.findings[1].message, "T #1");
    }

    #[test]
    fn panics_become_status_5_with_the_message() {
        let (status, text) = call_run(&request("boom", "{}"), DOC);
        assert_eq!(status, Status::Panic);
        assert!(text.contains("kaboom 42"), "{text}");
        assert!(text.contains("sdk.rs"), "location is kept: {text}");
        // The plugin still works after a caught panic.
        assert_eq!(
            call_run(&request("count", r#"{"count":0}"#), DOC).0,
            Status::Ok
        );
    }

    #[test]
    fn each_error_has_its_status() {
        let (s, text) = call_run(&request("nope", "{}"), DOC);
        assert_eq!(s, Status::UnknownCheck);
        assert!(
            text.contains("unknown check `nope`") && text.contains("count, boom"),
            "{text}"
        );
        assert_eq!(
            call_run(&request("ghost", "{}"), DOC).0,
            Status::UnknownCheck
        );
        let (s, text) = call_run(&request("count", r#"{"count":"x"}"#), DOC);
        assert_eq!(s, Status::InvalidOptions, "{text}");
        let (s, text) = call_run(&request("fail", "{}"), DOC);
        assert_eq!((s, text.as_str()), (Status::CheckError, "no luck"));
        assert_eq!(call_run("{not json", DOC).0, Status::InvalidRequest);
        let (s, text) = call_run(&request("count", r#"{"count":1}"#), "[]");
        assert_eq!(s, Status::InvalidRequest);
        assert!(text.contains("not a dutycheck report"), "{text}");
    }

    #[test]
    fn null_inputs_are_empty_not_undefined() {
        let mut out = Buffer::empty();
        // SAFETY: null with length 0 is allowed by `borrowed`.
        let code = unsafe { (table().run)(std::ptr::null(), 0, std::ptr::null(), 0, &mut out) };
        assert_eq!(Status::from_code(code), Status::InvalidRequest);
        assert!(take(out).contains("request is not valid"));
        // SAFETY: a null `out` is tolerated and reported.
        let code = unsafe { (table().manifest)(std::ptr::null_mut()) };
        assert_eq!(Status::from_code(code), Status::InvalidRequest);
    }
}
