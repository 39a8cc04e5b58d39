//! Loading a plugin library into this process and calling through its table.
//!
//! This is the one place in dutycheck where foreign code is called, and so
//! the one module with `unsafe`. Everything here keeps three promises:
//!
//! * **Nothing is called before the ABI is checked.** After `dlopen`, the
//!   entry function is the only plugin code run until the table header says
//!   ABI major [`ABI_MAJOR`]; the header is read alone, and the rest of the
//!   table only when `struct_size` says it is there.
//! * **Libraries are never unloaded.** A plugin may have started threads,
//!   registered thread-local destructors or handed out pointers into its
//!   static data; unloading it would turn any of those into a use-after-free
//!   at some later, unrelated moment. The [`libloading::Library`] is leaked,
//!   which is what makes the function pointers copied out of the table valid
//!   for the rest of the process (`'static`).
//! * **Plugin memory goes back to the plugin.** Output buffers are copied
//!   and returned to the plugin's own `free`, never dropped by the host's
//!   allocator.

use std::path::Path;

use dutycheck_plugin::abi::{
    ABI_MAJOR, ABI_MINOR, Buffer, ENTRY_SYMBOL, ENTRY_SYMBOL_NUL, EntryFn, FreeFn,
    MAX_ANSWER_BYTES, ManifestFn, PluginTable, RunFn, TableHeader,
};

use super::LoadFailure;

/// A loaded library's function table, copied out of the library. The
/// library itself is leaked (see the module docs), so the pointers stay
/// valid for the life of the process and this type can be shared freely.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NativePlugin {
    pub abi_major: u32,
    pub abi_minor: u32,
    manifest: ManifestFn,
    run: RunFn,
    free: FreeFn,
}

/// What a call through the table answered: the raw status and the bytes of
/// `out` (JSON or an error text, depending on the status).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Answer {
    pub status: i32,
    pub bytes: Vec<u8>,
}

impl NativePlugin {
    /// Loads `path` and checks its ABI. Only `path` is loaded: the caller
    /// resolved it; no search path, no current directory.
    pub fn load(path: &Path) -> Result<NativePlugin, LoadFailure> {
        if !path.is_file() {
            return Err(LoadFailure::NotFound);
        }
        // SAFETY: loading a library runs its initialisers, which is the
        // inherent risk of a native plugin; the user named this file as a
        // plugin. `libloading` passes the path through unchanged, so no
        // search path is consulted for a path with a directory part (the
        // caller makes relative paths explicit, see `super::resolve_path`).
        let library = unsafe { libloading::Library::new(path) }
            .map_err(|e| LoadFailure::NotALibrary(e.to_string()))?;
        // SAFETY: the symbol is declared by the ABI as
        // `extern "C" fn() -> *const PluginTable`; a library that exports
        // the name with another type breaks the ABI, which no host can
        // detect.
        let entry: EntryFn = match unsafe { library.get::<EntryFn>(ENTRY_SYMBOL_NUL) } {
            Ok(symbol) => *symbol,
            Err(_) => return Err(LoadFailure::MissingEntry(ENTRY_SYMBOL.to_string())),
        };
        // Never unload (see the module docs): from here on the function
        // pointers we copy out are valid for the rest of the process.
        std::mem::forget(library);
        // SAFETY: calling the entry point is the ABI's first step; it takes
        // no arguments.
        let table = unsafe { entry() };
        if table.is_null() {
            return Err(LoadFailure::NullTable);
        }
        // SAFETY: every version of the table starts with a `TableHeader`
        // (see `dutycheck_plugin::abi`), and the pointer is non-null and
        // points into the library's static data, which is never unloaded.
        let header = unsafe { table.cast::<TableHeader>().read() };
        #[allow(
            clippy::absurd_extreme_comparisons,
            reason = "always false while ABI_MINOR is 0, and the rule once it is not"
        )]
        let too_old = header.abi_minor < ABI_MINOR;
        if header.abi_major != ABI_MAJOR || too_old {
            return Err(LoadFailure::Abi {
                major: header.abi_major,
                minor: header.abi_minor,
            });
        }
        if header.struct_size < PluginTable::V1_0_SIZE {
            return Err(LoadFailure::TableTooSmall(header.struct_size));
        }
        // SAFETY: the header says ABI 1.x with a table at least as large as
        // the 1.0 table, so every field of `PluginTable` is present. The
        // table is copied, not borrowed.
        let table = unsafe { table.read() };
        Ok(NativePlugin {
            abi_major: table.abi_major,
            abi_minor: table.abi_minor,
            manifest: table.manifest,
            run: table.run,
            free: table.free,
        })
    }

    /// Copies a buffer's bytes out and hands it back to the plugin. An
    /// answer longer than [`MAX_ANSWER_BYTES`] is given back unread.
    fn take(&self, buffer: Buffer) -> Result<Vec<u8>, LoadFailure> {
        if buffer.ptr.is_null() {
            if buffer.len != 0 {
                return Err(LoadFailure::BadBuffer(buffer.len));
            }
            return Ok(Vec::new());
        }
        if buffer.len > MAX_ANSWER_BYTES {
            let len = buffer.len;
            // SAFETY: the buffer is returned exactly as the plugin filled
            // it, exactly once, and nothing was read from it.
            unsafe { (self.free)(buffer) };
            return Err(LoadFailure::TooLarge(len));
        }
        // SAFETY: the ABI has the plugin write `len` initialised bytes at
        // `ptr`, valid until we call `free`, which happens below, once.
        let bytes = unsafe { std::slice::from_raw_parts(buffer.ptr, buffer.len) }.to_vec();
        // SAFETY: the buffer is returned exactly as the plugin filled it,
        // exactly once.
        unsafe { (self.free)(buffer) };
        Ok(bytes)
    }

    /// Calls `manifest`.
    pub fn manifest(&self) -> Result<Answer, LoadFailure> {
        let mut out = Buffer::empty();
        // SAFETY: `out` is a valid, writable `Buffer` for the duration of
        // the call, as the ABI requires.
        let status = unsafe { (self.manifest)(&mut out) };
        Ok(Answer {
            status,
            bytes: self.take(out)?,
        })
    }

    /// Calls `run` with borrowed inputs.
    pub fn run(&self, request: &[u8], document: &[u8]) -> Result<Answer, LoadFailure> {
        let mut out = Buffer::empty();
        // SAFETY: both slices outlive the call and are not mutated during
        // it; `out` is writable. That is all the ABI asks of the host.
        let status = unsafe {
            (self.run)(
                request.as_ptr(),
                request.len(),
                document.as_ptr(),
                document.len(),
                &mut out,
            )
        };
        Ok(Answer {
            status,
            bytes: self.take(out)?,
        })
    }
}
