// The `panic = "abort"` guard, kept in its own file so that a test can
// compile it on its own with `rustc -C panic=abort` and see it fire (see
// `tests::abort_guard_refuses_panic_abort` in lib.rs).

/// Expands to a `compile_error!` when the crate it expands in is built with
/// `panic = "abort"`.
///
/// `export_plugin!` expands this in the plugin's own crate, because that is
/// the crate whose panic strategy decides what happens: with `abort`,
/// `catch_unwind` catches nothing, and a panic in a check would take the
/// whole host (in-process) or the worker down instead of becoming a status 5
/// answer. Failing the build is kinder than failing at 2 a.m.
#[doc(hidden)]
#[macro_export]
macro_rules! __dutycheck_abort_guard {
    () => {
        #[cfg(panic = "abort")]
        compile_error!(
            "dutycheck plugins must be built with panic = \"unwind\": export_plugin! turns panics into status 5 with catch_unwind, which cannot catch anything under panic = \"abort\". Remove `panic = \"abort\"` from the profile that builds this plugin."
        );
    };
}
