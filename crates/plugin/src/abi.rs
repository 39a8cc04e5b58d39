//! The binary interface between the dutycheck host and a plugin library.
//!
//! This module is the *only* contract a plugin has to honour, and it is
//! deliberately small and C-shaped so that a plugin can be written in any
//! language that can export a C function (see `include/dutycheck_plugin.h`
//! for the same definitions in C, and `plugins/c-minimal` for a plugin that
//! uses them).
//!
//! # The entry point
//!
//! A plugin is a shared library (`cdylib`) that exports one symbol,
//! [`ENTRY_SYMBOL`] (`dutycheck_plugin_v1`), a function with no arguments that
//! returns a pointer to a [`PluginTable`] with static lifetime. The host calls
//! it once, right after loading the library, and before anything else it
//! reads the [`TableHeader`] at the start of the table: if `abi_major` differs
//! from [`ABI_MAJOR`] the host refuses the plugin without calling any of its
//! functions, because a different major means the rest of the table may have
//! a different shape.
//!
//! # Versioning promises
//!
//! * Fields are only ever **appended** to [`PluginTable`]. A plugin built
//!   against ABI 1.0 keeps working with every 1.x host.
//! * A plugin states, in `struct_size`, how many bytes of the table it
//!   filled in. The host reads no field that ends beyond `struct_size`, so a
//!   newer host that knows more fields still treats an older, shorter table
//!   correctly.
//! * The host accepts a plugin whose `abi_minor` is at or above the host's
//!   own [`ABI_MINOR`] (a newer plugin may offer fields the host ignores),
//!   and refuses an older minor, whose table could lack fields the host needs.
//! * A change that is not an append (a new meaning of a status code, another
//!   calling convention) bumps [`ABI_MAJOR`] and the entry symbol's suffix.
//!
//! # Memory ownership
//!
//! * Inputs (`request`, `document`) are borrowed: the pointers are valid only
//!   for the duration of the call, and the plugin must copy what it keeps.
//! * Outputs are written into a [`Buffer`] that the *plugin* allocated with
//!   whatever allocator it likes. The host copies the bytes out and then hands
//!   the buffer back to the plugin's `free`, exactly once. The host never
//!   frees plugin memory with its own allocator, which is what makes it safe
//!   for the plugin to be built with another allocator, another Rust version,
//!   or another language.
//! * Every function may be called from any thread, and, in-process, from
//!   several threads at once: a plugin must be thread-safe.
//!
//! * An answer (the bytes of one `out` buffer) is at most
//!   [`MAX_ANSWER_BYTES`] (64 MiB). The host refuses a longer one without
//!   reading it, gives the buffer back to the plugin's `free`, and reports
//!   the check as failed with the answer's size and the limit.
//!
//! # Status codes
//!
//! Each function returns one of the codes in [`status`]. With a non-zero
//! status, `out` holds a UTF-8 error text instead of JSON.

use std::fmt;

/// The name of the exported entry function, without the trailing NUL.
pub const ENTRY_SYMBOL: &str = "dutycheck_plugin_v1";

/// The same name, NUL-terminated, as `libloading` and `dlsym` want it.
pub const ENTRY_SYMBOL_NUL: &[u8] = b"dutycheck_plugin_v1\0";

/// The largest answer a plugin may return from one call, in bytes: 64 MiB.
///
/// Findings JSON is small (a finding is a few hundred bytes; the bundled
/// plugins answer in kilobytes), so the limit only ever stops a runaway
/// plugin, before the host copies its answer. It is also below the worker
/// protocol's frame limit, so an over-long answer is reported as what it is
/// rather than as a broken pipe.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024 * 1024;

/// The major version of the ABI this crate speaks. A host refuses any other.
pub const ABI_MAJOR: u32 = 1;

/// The minor version of the ABI this crate speaks. A host accepts plugins at
/// this minor or above.
pub const ABI_MINOR: u32 = 0;

/// Status codes returned by [`PluginTable::manifest`] and [`PluginTable::run`].
pub mod status {
    /// Success: `out` holds JSON.
    pub const OK: i32 = 0;
    /// The request was not valid JSON or lacked a field.
    pub const INVALID_REQUEST: i32 = 1;
    /// The options did not deserialise into the check's option type.
    pub const INVALID_OPTIONS: i32 = 2;
    /// The request named a check the plugin does not have.
    pub const UNKNOWN_CHECK: i32 = 3;
    /// The check ran and failed (for example, the document was malformed).
    pub const CHECK_ERROR: i32 = 4;
    /// The plugin panicked; the panic was caught at the boundary.
    pub const PANIC: i32 = 5;
}

/// A status code with its meaning, for messages. Unknown codes are kept so
/// that a misbehaving plugin's answer can be shown as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    InvalidRequest,
    InvalidOptions,
    UnknownCheck,
    CheckError,
    Panic,
    /// A code outside the table: a plugin bug.
    Unknown(i32),
}

impl Status {
    /// Interprets a raw code returned across the boundary.
    pub fn from_code(code: i32) -> Status {
        match code {
            status::OK => Status::Ok,
            status::INVALID_REQUEST => Status::InvalidRequest,
            status::INVALID_OPTIONS => Status::InvalidOptions,
            status::UNKNOWN_CHECK => Status::UnknownCheck,
            status::CHECK_ERROR => Status::CheckError,
            status::PANIC => Status::Panic,
            other => Status::Unknown(other),
        }
    }

    /// The raw code.
    pub fn code(self) -> i32 {
        match self {
            Status::Ok => status::OK,
            Status::InvalidRequest => status::INVALID_REQUEST,
            Status::InvalidOptions => status::INVALID_OPTIONS,
            Status::UnknownCheck => status::UNKNOWN_CHECK,
            Status::CheckError => status::CHECK_ERROR,
            Status::Panic => status::PANIC,
            Status::Unknown(code) => code,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Ok => f.write_str("ok"),
            Status::InvalidRequest => f.write_str("invalid request"),
            Status::InvalidOptions => f.write_str("invalid options"),
            Status::UnknownCheck => f.write_str("unknown check"),
            Status::CheckError => f.write_str("check error"),
            Status::Panic => f.write_str("panic"),
            Status::Unknown(code) => write!(f, "unknown status {code}"),
        }
    }
}

/// Bytes allocated by the plugin and handed to the host.
///
/// The layout mirrors a Rust `Vec<u8>` (`ptr`, `len`, `cap`) so that a Rust
/// plugin can give away a vector without copying and take it back in `free`
/// with `Vec::from_raw_parts`. A C plugin is free to use `cap` for anything
/// its `free` needs (or ignore it). An empty buffer may have a null `ptr`.
#[repr(C)]
#[derive(Debug)]
pub struct Buffer {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

impl Buffer {
    /// The empty buffer the host passes in for the plugin to fill.
    pub const fn empty() -> Buffer {
        Buffer {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    }
}

/// Writes the manifest JSON into `out`. Returns a [`status`] code.
pub type ManifestFn = unsafe extern "C" fn(out: *mut Buffer) -> i32;

/// Runs one check. `request` and `document` are borrowed UTF-8 JSON (see
/// [`crate::wire::Request`] and `dutycheck_model::Report`); the findings JSON
/// (see [`crate::wire::RunOutput`]) or an error text goes into `out`.
pub type RunFn = unsafe extern "C" fn(
    request: *const u8,
    request_len: usize,
    document: *const u8,
    document_len: usize,
    out: *mut Buffer,
) -> i32;

/// Releases a buffer that `manifest` or `run` wrote. Called exactly once per
/// non-empty buffer, with the buffer exactly as the plugin filled it.
pub type FreeFn = unsafe extern "C" fn(buf: Buffer);

/// The signature of the exported [`ENTRY_SYMBOL`].
pub type EntryFn = unsafe extern "C" fn() -> *const PluginTable;

/// The first three fields of every version of the table. The host reads this
/// much, and only this much, before it decides whether it understands the
/// rest.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableHeader {
    pub abi_major: u32,
    pub abi_minor: u32,
    /// `size_of` the table as the plugin knows it, in bytes.
    pub struct_size: usize,
}

/// The function table a plugin exports (ABI 1.0).
///
/// New fields are appended at the end; see the module documentation.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct PluginTable {
    pub abi_major: u32,
    pub abi_minor: u32,
    /// `size_of::<PluginTable>()` as the plugin was compiled.
    pub struct_size: usize,
    pub manifest: ManifestFn,
    pub run: RunFn,
    pub free: FreeFn,
}

impl PluginTable {
    /// The size a table must have for the host to read every 1.0 field.
    pub const V1_0_SIZE: usize = std::mem::size_of::<PluginTable>();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_a_prefix_of_the_table() {
        // The host reads a `TableHeader` through a pointer to a
        // `PluginTable`; that is only sound if the header's fields sit at the
        // same offsets.
        assert_eq!(
            std::mem::offset_of!(TableHeader, abi_major),
            std::mem::offset_of!(PluginTable, abi_major)
        );
        assert_eq!(
            std::mem::offset_of!(TableHeader, abi_minor),
            std::mem::offset_of!(PluginTable, abi_minor)
        );
        assert_eq!(
            std::mem::offset_of!(TableHeader, struct_size),
            std::mem::offset_of!(PluginTable, struct_size)
        );
        assert!(std::mem::size_of::<TableHeader>() <= PluginTable::V1_0_SIZE);
    }

    #[test]
    fn status_codes_round_trip() {
        for code in -1..8 {
            assert_eq!(Status::from_code(code).code(), code);
        }
        assert_eq!(Status::from_code(5), Status::Panic);
        assert_eq!(Status::from_code(42).to_string(), "unknown status 42");
    }

    #[test]
    fn entry_symbol_spellings_agree() {
        assert_eq!(ENTRY_SYMBOL_NUL, format!("{ENTRY_SYMBOL}\0").as_bytes());
    }
}
