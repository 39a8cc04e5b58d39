//! What happens when the process ends while plugin code is loaded.
//!
//! Two promises, both kept by one `atexit` handler that the host installs
//! the first time it needs either:
//!
//! * **A plugin cannot end a run with a success.** In-process
//!   (`--plugin-isolation none`), a plugin that calls `exit(0)`, in a check
//!   or in a library constructor, would end dutycheck with exit code 0:
//!   nothing printed, no `--output` file written, and CI reads a pass. While
//!   an in-process plugin is loaded (from just before `dlopen` until its
//!   [`LoadedPlugin`](crate::LoadedPlugin) is dropped, which is after the
//!   run's outputs are written), an exit is not the run's own: the handler
//!   says which plugin was running (or that none was, "between calls") and
//!   ends the process with code 2 through `_exit`, skipping the other exit
//!   handlers, among them any the plugin registered.
//! * **No worker's process group outlives dutycheck.** Each worker runs in
//!   its own process group (see `worker.rs`); a child the plugin forks is in
//!   it too. A worker's group is killed when its handle is dropped, and the
//!   handler kills the groups still registered when the process exits
//!   without dropping them.
//!
//! In worker mode none of this is needed for the first promise: a worker
//! that exits mid-call is a crash of that worker, reported as a plugin
//! error, and the run goes on (see the README's security section).
//!
//! The handler runs inside `exit`, possibly on a plugin's thread, possibly
//! while another thread holds a lock: it only `try_lock`s, allocates
//! nothing it cannot do without, writes with `write(2)` and never panics.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, Once};

/// In-process plugins alive: loading, or loaded and not yet dropped.
static IN_PROCESS: AtomicUsize = AtomicUsize::new(0);

/// What in-process plugin code is doing now: one entry per call in flight
/// (calls run in parallel under `--threads`), keyed by a token.
static ACTIVITY: Mutex<Vec<(u64, String)>> = Mutex::new(Vec::new());

/// The in-process plugins alive, for the "between calls" message.
static LOADED: Mutex<Vec<(u64, String)>> = Mutex::new(Vec::new());

/// The process groups of running workers.
static GROUPS: Mutex<Vec<i32>> = Mutex::new(Vec::new());

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);
static INSTALL: Once = Once::new();

/// The exit code of a run that a plugin ended (the CLI's "error" code).
pub const EXIT_PLUGIN_ENDED_RUN: i32 = 2;

fn install() {
    INSTALL.call_once(|| {
        #[cfg(unix)]
        // SAFETY: `on_exit` is an `extern "C" fn()` that never unwinds; a
        // failed registration (only when the table is full) leaves the
        // process as it was before, which the return value cannot improve.
        unsafe {
            libc::atexit(on_exit);
        }
    });
}

fn lock<T>(m: &'static Mutex<T>) -> std::sync::MutexGuard<'static, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// An in-process plugin is being loaded or is loaded: while any lease is
/// alive, an exit that the run did not ask for ends the process with
/// code 2. Dropped with the plugin.
#[derive(Debug)]
pub(crate) struct InProcessLease {
    token: u64,
}

impl InProcessLease {
    /// Taken just before `dlopen`, so that a library constructor's `exit`
    /// is caught too. `what` names the plugin (its path until the manifest
    /// is read, then [`InProcessLease::rename`]).
    pub fn take(what: String) -> InProcessLease {
        install();
        let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
        lock(&LOADED).push((token, what));
        IN_PROCESS.fetch_add(1, Ordering::SeqCst);
        InProcessLease { token }
    }

    /// Names the plugin by its manifest once it is known.
    pub fn rename(&self, what: String) {
        if let Some(entry) = lock(&LOADED).iter_mut().find(|(t, _)| *t == self.token) {
            entry.1 = what;
        }
    }

    /// Marks a call into the plugin's code as in flight until the returned
    /// guard is dropped.
    pub fn call(&self, what: String) -> Activity {
        let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
        lock(&ACTIVITY).push((token, what));
        Activity { token }
    }
}

impl Drop for InProcessLease {
    fn drop(&mut self) {
        IN_PROCESS.fetch_sub(1, Ordering::SeqCst);
        lock(&LOADED).retain(|(t, _)| *t != self.token);
    }
}

/// A call into in-process plugin code, in flight while this lives.
#[derive(Debug)]
pub(crate) struct Activity {
    token: u64,
}

impl Drop for Activity {
    fn drop(&mut self) {
        lock(&ACTIVITY).retain(|(t, _)| *t != self.token);
    }
}

/// Registers a worker's process group, to be killed at exit if its handle
/// was not dropped first.
pub(crate) fn register_group(group: i32) {
    install();
    lock(&GROUPS).push(group);
}

/// Kills a worker's process group and forgets it.
pub(crate) fn end_group(group: i32) {
    lock(&GROUPS).retain(|g| *g != group);
    kill_group(group);
}

fn kill_group(group: i32) {
    #[cfg(unix)]
    if group > 0 {
        // SAFETY: `killpg` takes plain integers; a group that no longer
        // exists is ESRCH, which is fine. Groups are only registered for
        // workers this process started with `process_group(0)`, whose id is
        // the worker's pid and so cannot name a group of anyone else's while
        // the worker is unreaped or its group has members.
        unsafe {
            libc::killpg(group, libc::SIGKILL);
        }
    }
}

/// The message the handler prints when a plugin ended the process.
fn message(activity: &[(u64, String)], loaded: &[(u64, String)]) -> String {
    let running: Vec<&str> = activity.iter().map(|(_, w)| w.as_str()).collect();
    let what = if running.is_empty() {
        let names: Vec<&str> = loaded.iter().map(|(_, w)| w.as_str()).collect();
        format!(
            "between calls, with these in-process plugins loaded: {}",
            names.join("; ")
        )
    } else {
        format!("while {}", running.join("; "))
    };
    format!(
        "error: the process was ended (exit) by plugin code {what}; the run did not complete, so dutycheck exits with code {EXIT_PLUGIN_ENDED_RUN}. Plugins in a worker (--plugin-isolation worker, the default) cannot end the run this way.\n"
    )
}

#[cfg(unix)]
extern "C" fn on_exit() {
    if let Ok(groups) = GROUPS.try_lock() {
        for &group in groups.iter() {
            kill_group(group);
        }
    }
    if IN_PROCESS.load(Ordering::SeqCst) == 0 {
        return;
    }
    let text = match (ACTIVITY.try_lock(), LOADED.try_lock()) {
        (Ok(activity), Ok(loaded)) => message(&activity, &loaded),
        _ => message(&[], &[(0, "(unknown: busy)".to_string())]),
    };
    // SAFETY: writing a valid buffer to fd 2 and `_exit` have no memory
    // preconditions; `_exit` is what skips the remaining exit handlers.
    unsafe {
        libc::write(2, text.as_ptr().cast(), text.len());
        libc::_exit(EXIT_PLUGIN_ENDED_RUN);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_the_running_call_or_says_between_calls() {
        let running = message(
            &[(
                1,
                "running plugin `exits`, check `exit`, report `a.txt`".into(),
            )],
            &[(2, "plugin `exits`".into())],
        );
        assert!(
            running.contains("while running plugin `exits`, check `exit`, report `a.txt`"),
            "{running}"
        );
        assert!(running.contains("exits with code 2"), "{running}");
        let between = message(&[], &[(2, "plugin `exits` (/x/libexits.so)".into())]);
        assert!(
            between.contains("between calls, with these in-process plugins loaded: plugin `exits` (/x/libexits.so)"),
            "{between}"
        );
    }
}
