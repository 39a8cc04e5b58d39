//! Worker isolation: each plugin runs in its own process.
//!
//! A native plugin shares everything with the process that loads it: a
//! segfault, an `abort()`, a stack overflow or an infinite loop in a plugin
//! is a segfault, abort, overflow or hang of dutycheck, and every other
//! result of the run is lost with it. So by default the host does not load
//! plugins at all. It starts a worker process per plugin
//! (`dutycheck plugin-host LIB`, see [`worker_main`]), which loads the
//! library and answers requests over its stdin/stdout in length-prefixed
//! frames (see [`super::frame`]). If the worker dies, the host reports the
//! call that was running as a plugin error and starts a new worker for the
//! next call; if a call takes longer than the time limit, the host kills the
//! worker. Either way the host itself, and every other result, survives.
//!
//! # What a plugin in a worker cannot do
//!
//! * **Forge an answer.** The plugin shares the worker's process, so it can
//!   write to the protocol pipe. Every request carries a fresh random nonce
//!   (64 bits, from the standard library's per-process random hash keys)
//!   that the plugin never sees, and the answer must carry it back: a frame
//!   with another nonce is a forgery, the worker is stopped and the call is
//!   an error. Without this, one forged frame would shift every later answer
//!   by one call. (A plugin that reads the worker's memory could find the
//!   nonce; native code with the user's rights is not sandboxed, and this
//!   defends against writes to a guessable descriptor, not against that.)
//! * **Have its crash blamed on the next report.** Before each request the
//!   host looks whether the worker died, or wrote, since its last answer;
//!   if so the error says "between calls" and names no report, and the call
//!   goes to a fresh worker.
//! * **Leave processes behind.** The worker leads its own process group, and
//!   the group (with any child the plugin forked) is killed when the worker
//!   is stopped or dropped, and at exit (see [`crate::exit`]).
//!
//! The cost is a process start per plugin per run (a few milliseconds,
//! dominated by loading the library), and a copy of the report's JSON
//! through a pipe per call, which the host avoids for the second and later
//! checks on the same report by telling the worker to reuse the document it
//! already has.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitCode, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use super::frame::{read_frame, take_i32, take_u32, take_u64, write_frame};
use super::native::{Answer, NativePlugin};
use super::{LoadFailure, WorkerCommand};
use crate::exit;

/// The status a worker sends when the plugin's output buffer was invalid
/// (outside the ABI's 0..=5 range, so it cannot be confused with a plugin
/// status).
const BAD_BUFFER: i32 = -1000;

/// How much of a worker's stderr is kept for error messages.
const STDERR_TAIL: usize = 4096;

/// What the worker says when it starts.
#[derive(Debug)]
pub(crate) enum Hello {
    Ready {
        abi_major: u32,
        abi_minor: u32,
        manifest: Answer,
    },
    Failed(LoadFailure),
}

/// Why a call to a worker produced no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CallFailure {
    /// The worker exited or closed its pipe mid-call: how it ended and the
    /// tail of its stderr.
    Died { how: String, stderr: String },
    /// No answer within the time limit; the worker was killed.
    TimedOut(Duration),
    /// The worker could not be started, or spoke nonsense.
    Protocol(String),
    /// An answer did not carry the call's nonce: something in the worker
    /// wrote to the protocol pipe. The worker was stopped.
    Forged,
    /// The plugin failed this many times in the run and is not called any
    /// more.
    Disabled(u32),
    /// The library failed to load in a respawned worker.
    Load(LoadFailure),
}

/// A fresh nonce for one call: unpredictable to the plugin (it comes from
/// the standard library's randomly keyed SipHash, keyed from the operating
/// system's randomness once per thread), unique per call (a counter is
/// hashed).
fn nonce() -> u64 {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static CALLS: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(CALLS.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

/// A running worker process.
struct Process {
    child: Child,
    /// Its process group (its pid): killed with it.
    group: i32,
    stdin: Option<ChildStdin>,
    frames: Receiver<io::Result<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
    /// The id of the document the worker holds, if any.
    document: Option<u64>,
}

impl Process {
    /// Starts `command LIB` and reads its hello.
    fn spawn(
        command: &WorkerCommand,
        lib: &Path,
        timeout: Duration,
    ) -> Result<(Process, Hello), CallFailure> {
        let mut cmd = Command::new(&command.program);
        cmd.args(&command.args)
            .arg(lib)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // Its own process group, so that the group, with whatever the
        // plugin forks, can be ended as one (see the module docs).
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let mut child = cmd.spawn().map_err(|e| {
            CallFailure::Protocol(format!(
                "cannot start the plugin worker `{}`: {e}",
                command.program.display()
            ))
        })?;
        let group = i32::try_from(child.id()).unwrap_or(0);
        exit::register_group(group);
        let (Some(stdin), Some(mut stdout), Some(mut stderr_pipe)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            exit::end_group(group);
            let _ = child.kill();
            let _ = child.wait();
            return Err(CallFailure::Protocol(
                "the worker's pipes were not set up".into(),
            ));
        };
        let (tx, frames) = mpsc::channel();
        thread::Builder::new()
            .name("dutycheck-worker-reader".into())
            .spawn(move || {
                loop {
                    match read_frame(&mut stdout) {
                        Ok(Some(frame)) => {
                            if tx.send(Ok(frame)).is_err() {
                                return;
                            }
                        }
                        Ok(None) => {
                            let _ = tx.send(Err(io::ErrorKind::UnexpectedEof.into()));
                            return;
                        }
                        Err(e) => {
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                }
            })
            .map_err(|e| CallFailure::Protocol(format!("cannot start a reader thread: {e}")))?;
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let tail = Arc::clone(&stderr);
        // Keep the last few KiB of the worker's stderr for error messages:
        // an abort message or a C plugin's complaint explains a crash better
        // than a signal number. Draining it also keeps a chatty plugin from
        // blocking on a full pipe.
        let _ = thread::Builder::new()
            .name("dutycheck-worker-stderr".into())
            .spawn(move || {
                let mut chunk = [0u8; 1024];
                while let Ok(n) = stderr_pipe.read(&mut chunk) {
                    if n == 0 {
                        break;
                    }
                    let mut tail = tail.lock().unwrap_or_else(PoisonError::into_inner);
                    tail.extend_from_slice(&chunk[..n]);
                    let excess = tail.len().saturating_sub(STDERR_TAIL);
                    tail.drain(..excess);
                }
            });
        let mut process = Process {
            child,
            group,
            stdin: Some(stdin),
            frames,
            stderr,
            document: None,
        };
        // The hello's nonce goes first, before the worker loads the
        // library, so that not even a constructor can answer for it.
        let nonce = nonce();
        let mut greeting = vec![b'H'];
        greeting.extend_from_slice(&nonce.to_le_bytes());
        process.send(&greeting)?;
        let frame = process.receive(timeout, nonce)?;
        let hello = parse_hello(&frame).map_err(CallFailure::Protocol)?;
        Ok((process, hello))
    }

    /// Whether the worker is as its last answer left it: alive, and silent.
    /// A death or a frame since then happened between calls.
    fn idle(&mut self) -> Result<(), CallFailure> {
        match self.frames.try_recv() {
            Ok(Ok(_)) => {
                self.kill();
                return Err(CallFailure::Protocol(
                    "it wrote to the protocol pipe when no call was in flight; the worker was stopped".into(),
                ));
            }
            Ok(Err(_)) | Err(TryRecvError::Disconnected) => return Err(self.died()),
            Err(TryRecvError::Empty) => {}
        }
        match self.child.try_wait() {
            Ok(None) => Ok(()),
            _ => Err(self.died()),
        }
    }

    /// Waits for the answer to the call with `nonce` and returns it without
    /// the nonce; on death or timeout, reaps the process and says what
    /// happened; on a frame with another nonce, stops the worker.
    fn receive(&mut self, timeout: Duration, nonce: u64) -> Result<Vec<u8>, CallFailure> {
        match self.frames.recv_timeout(timeout) {
            Ok(Ok(mut frame)) => match take_u64(&frame) {
                Some((n, _)) if n == nonce => {
                    frame.drain(..8);
                    Ok(frame)
                }
                _ => {
                    self.kill();
                    Err(CallFailure::Forged)
                }
            },
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => Err(self.died()),
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(CallFailure::TimedOut(timeout))
            }
        }
    }

    fn send(&mut self, payload: &[u8]) -> Result<(), CallFailure> {
        let written = match self.stdin.as_mut() {
            Some(stdin) => write_frame(stdin, payload),
            None => Err(io::ErrorKind::BrokenPipe.into()),
        };
        written.map_err(|_| self.died())
    }

    /// The worker is gone (or going): wait briefly for its exit status.
    fn died(&mut self) -> CallFailure {
        self.stdin = None;
        let deadline = Instant::now() + Duration::from_secs(2);
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
                _ => {
                    self.kill();
                    break None;
                }
            }
        };
        // Whatever the worker left behind in its group goes with it.
        exit::end_group(self.group);
        // Give the stderr thread a moment to drain what the dying process
        // wrote last (an abort message, say).
        thread::sleep(Duration::from_millis(20));
        let stderr = {
            let tail = self.stderr.lock().unwrap_or_else(PoisonError::into_inner);
            String::from_utf8_lossy(&tail).trim().to_string()
        };
        CallFailure::Died {
            how: status.map_or_else(
                || "stopped answering and was killed".to_string(),
                describe_exit,
            ),
            stderr,
        }
    }

    /// Stops the worker and its process group.
    fn kill(&mut self) {
        self.stdin = None;
        exit::end_group(self.group);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        // Closing stdin asks the worker to exit; give it a moment, then
        // make sure, so that no worker, and nothing it started, outlives
        // the host.
        self.stdin = None;
        for _ in 0..20 {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            thread::sleep(Duration::from_millis(1));
        }
        self.kill();
    }
}

/// How a process ended, in words: "exited with code 3", "was killed by
/// signal 11 (SIGSEGV)".
fn describe_exit(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                15 => " (SIGTERM)",
                _ => "",
            };
            return format!("crashed: killed by signal {signal}{name}");
        }
    }
    match status.code() {
        Some(code) => format!("exited with code {code}"),
        None => "exited".to_string(),
    }
}

fn parse_hello(frame: &[u8]) -> Result<Hello, String> {
    let bad = || "the worker's first frame is not a hello".to_string();
    let (code, rest) = take_i32(frame).ok_or_else(bad)?;
    if code != 0 {
        let failure: LoadFailure = serde_json::from_slice(rest)
            .map_err(|e| format!("unreadable load failure from the worker: {e}"))?;
        return Ok(Hello::Failed(failure));
    }
    let (abi_major, rest) = take_u32(rest).ok_or_else(bad)?;
    let (abi_minor, rest) = take_u32(rest).ok_or_else(bad)?;
    let (status, rest) = take_i32(rest).ok_or_else(bad)?;
    Ok(Hello::Ready {
        abi_major,
        abi_minor,
        manifest: Answer {
            status,
            bytes: rest.to_vec(),
        },
    })
}

fn encode_hello(hello: &Hello) -> Vec<u8> {
    match hello {
        Hello::Ready {
            abi_major,
            abi_minor,
            manifest,
        } => {
            let mut out = Vec::with_capacity(16 + manifest.bytes.len());
            out.extend_from_slice(&0i32.to_le_bytes());
            out.extend_from_slice(&abi_major.to_le_bytes());
            out.extend_from_slice(&abi_minor.to_le_bytes());
            out.extend_from_slice(&manifest.status.to_le_bytes());
            out.extend_from_slice(&manifest.bytes);
            out
        }
        Hello::Failed(failure) => {
            let mut out = 1i32.to_le_bytes().to_vec();
            // A LoadFailure is plain data; serialising it cannot fail.
            out.extend(serde_json::to_vec(failure).unwrap_or_default());
            out
        }
    }
}

/// The host's handle on one plugin's worker: starts it, restarts it after
/// a death, enforces the time limit on every call, and stops calling after
/// `max_failures` timeouts, crashes or forged answers.
pub(crate) struct WorkerClient {
    command: WorkerCommand,
    lib: PathBuf,
    timeout: Duration,
    max_failures: u32,
    /// The worker and the failures so far, under one lock: calls to one
    /// plugin are serial, so the count is exact whatever `--threads` is.
    slot: Mutex<Slot>,
}

struct Slot {
    process: Option<Process>,
    failures: u32,
}

impl WorkerClient {
    /// Starts the worker for `lib` and returns its hello.
    pub fn start(
        command: WorkerCommand,
        lib: PathBuf,
        timeout: Duration,
        max_failures: u32,
    ) -> Result<(WorkerClient, Hello), CallFailure> {
        let (process, hello) = Process::spawn(&command, &lib, timeout)?;
        let keep = matches!(hello, Hello::Ready { .. }).then_some(process);
        Ok((
            WorkerClient {
                command,
                lib,
                timeout,
                max_failures: max_failures.max(1),
                slot: Mutex::new(Slot {
                    process: keep,
                    failures: 0,
                }),
            },
            hello,
        ))
    }

    /// Whether the plugin failed often enough to be disabled.
    pub fn disabled(&self) -> bool {
        let slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        slot.failures >= self.max_failures
    }

    /// Runs one check. `document_id` identifies `document`: when the worker
    /// already holds that document, only the request is sent.
    ///
    /// The first part of the answer is what happened to the worker between
    /// its last answer and this call (it died, or wrote unasked), if
    /// anything: not this call's fault, and the call then went to a fresh
    /// worker.
    pub fn run(
        &self,
        request: &[u8],
        document: &[u8],
        document_id: u64,
    ) -> (Option<CallFailure>, Result<Answer, CallFailure>) {
        let mut slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        let Slot { process, failures } = &mut *slot;
        if *failures >= self.max_failures {
            return (None, Err(CallFailure::Disabled(*failures)));
        }
        let between = match process.as_mut().map(Process::idle) {
            Some(Err(failure)) => {
                *process = None;
                *failures += 1;
                Some(failure)
            }
            _ => None,
        };
        if *failures >= self.max_failures {
            return (between, Err(CallFailure::Disabled(*failures)));
        }
        let result = self.call(process, request, document, document_id);
        if let Err(CallFailure::Died { .. } | CallFailure::TimedOut(_) | CallFailure::Forged) =
            &result
        {
            *failures += 1;
        }
        (between, result)
    }

    fn call(
        &self,
        slot: &mut Option<Process>,
        request: &[u8],
        document: &[u8],
        document_id: u64,
    ) -> Result<Answer, CallFailure> {
        if slot.is_none() {
            let (process, hello) = Process::spawn(&self.command, &self.lib, self.timeout)?;
            if let Hello::Failed(failure) = hello {
                return Err(CallFailure::Load(failure));
            }
            *slot = Some(process);
        }
        let Some(process) = slot.as_mut() else {
            return Err(CallFailure::Protocol("no worker".into()));
        };
        let nonce = nonce();
        let mut message;
        if process.document == Some(document_id) {
            message = Vec::with_capacity(9 + request.len());
            message.push(b'S');
            message.extend_from_slice(&nonce.to_le_bytes());
            message.extend_from_slice(request);
        } else {
            let len = u32::try_from(request.len())
                .map_err(|_| CallFailure::Protocol("request too large".into()))?;
            message = Vec::with_capacity(13 + request.len() + document.len());
            message.push(b'R');
            message.extend_from_slice(&nonce.to_le_bytes());
            message.extend_from_slice(&len.to_le_bytes());
            message.extend_from_slice(request);
            message.extend_from_slice(document);
        }
        let result = process
            .send(&message)
            .and_then(|()| process.receive(self.timeout, nonce))
            .and_then(|frame| {
                let (status, bytes) = take_i32(&frame).ok_or_else(|| {
                    CallFailure::Protocol("an answer frame without a status".into())
                })?;
                Ok(Answer {
                    status,
                    bytes: bytes.to_vec(),
                })
            });
        match &result {
            Ok(_) => process.document = Some(document_id),
            // The worker is dead or killed: the next call starts a new one.
            Err(_) => *slot = None,
        }
        result
    }

    /// The process id of the current worker, if one is running (for tests
    /// and diagnostics).
    pub fn pid(&self) -> Option<u32> {
        let slot = self.slot.lock().unwrap_or_else(PoisonError::into_inner);
        slot.process.as_ref().map(|p| p.child.id())
    }
}

/// The body of the hidden `dutycheck plugin-host LIB` subcommand: loads
/// `lib` and serves requests on stdin/stdout until stdin closes.
///
/// Exit codes: 0 after a clean end of input, 3 when the library could not be
/// loaded (the hello frame says why), 4 on a protocol error.
pub fn worker_main(lib: &Path) -> ExitCode {
    let mut out = match protocol_output() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("dutycheck plugin-host: cannot set up the protocol pipe: {e}");
            return ExitCode::from(4);
        }
    };
    let mut input = io::stdin().lock();
    // The host's greeting carries the hello's nonce; it is read before the
    // library is loaded, so its constructors never see it on stdin.
    let hello_nonce = match read_frame(&mut input) {
        Ok(Some(frame)) => match frame.split_first() {
            Some((b'H', rest)) => match take_u64(rest) {
                Some((nonce, [])) => nonce,
                _ => return ExitCode::from(4),
            },
            _ => return ExitCode::from(4),
        },
        _ => return ExitCode::from(4),
    };

    // Resolve here too: `dutycheck plugin-host libx.so` run by hand must
    // mean `./libx.so`, not a search of the system's library path.
    let loaded = super::resolve_path(lib)
        .and_then(|lib| NativePlugin::load(&lib))
        .and_then(|p| p.manifest().map(|m| (p, m)));
    let plugin = match loaded {
        Ok((plugin, manifest)) => {
            let hello = Hello::Ready {
                abi_major: plugin.abi_major,
                abi_minor: plugin.abi_minor,
                manifest,
            };
            if answer(&mut out, hello_nonce, &encode_hello(&hello)).is_err() {
                return ExitCode::from(4);
            }
            plugin
        }
        Err(failure) => {
            let _ = answer(
                &mut out,
                hello_nonce,
                &encode_hello(&Hello::Failed(failure)),
            );
            return ExitCode::from(3);
        }
    };
    let mut document: Vec<u8> = Vec::new();
    loop {
        let frame = match read_frame(&mut input) {
            Ok(Some(frame)) => frame,
            Ok(None) => return ExitCode::SUCCESS,
            Err(_) => return ExitCode::from(4),
        };
        let Some((&tag, rest)) = frame.split_first() else {
            return ExitCode::from(4);
        };
        let Some((nonce, rest)) = take_u64(rest) else {
            return ExitCode::from(4);
        };
        let result = match tag {
            b'M' => plugin.manifest(),
            b'R' => {
                let Some((len, rest)) = take_u32(rest) else {
                    return ExitCode::from(4);
                };
                let Some((request, doc)) = rest.split_at_checked(len as usize) else {
                    return ExitCode::from(4);
                };
                document = doc.to_vec();
                plugin.run(request, &document)
            }
            b'S' => plugin.run(rest, &document),
            _ => return ExitCode::from(4),
        };
        let result = result.unwrap_or_else(|failure| Answer {
            status: BAD_BUFFER,
            bytes: failure.to_string().into_bytes(),
        });
        let mut message = result.status.to_le_bytes().to_vec();
        message.extend_from_slice(&result.bytes);
        if answer(&mut out, nonce, &message).is_err() {
            return ExitCode::from(4);
        }
    }
}

/// Writes one answer frame: the call's nonce, then `payload`.
fn answer(out: &mut impl Write, nonce: u64, payload: &[u8]) -> io::Result<()> {
    let mut message = Vec::with_capacity(8 + payload.len());
    message.extend_from_slice(&nonce.to_le_bytes());
    message.extend_from_slice(payload);
    write_frame(out, &message)
}

/// Whether an answer's status is the worker's own "bad buffer" code.
pub(crate) fn is_bad_buffer(status: i32) -> bool {
    status == BAD_BUFFER
}

/// Takes stdout for the protocol and points file descriptor 1 at stderr.
///
/// A plugin that prints (`println!`, `printf`) would otherwise write into
/// the middle of the frame stream and corrupt it. The protocol keeps a
/// private duplicate of the original stdout; whatever the plugin prints
/// lands on stderr, where the host keeps the tail for error messages.
#[cfg(unix)]
fn protocol_output() -> io::Result<std::fs::File> {
    use std::os::fd::AsFd;
    io::stdout().flush()?;
    let protocol = io::stdout().as_fd().try_clone_to_owned()?;
    // SAFETY: `dup2` on two open standard descriptors has no memory-safety
    // preconditions; it atomically makes fd 1 refer to stderr's file. The
    // protocol's duplicate above is unaffected.
    if unsafe { libc::dup2(2, 1) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(std::fs::File::from(protocol))
}

/// On other platforms stdout is used as is; a printing plugin breaks the
/// protocol there, and the host reports that as invalid output.
#[cfg(not(unix))]
fn protocol_output() -> io::Result<io::Stdout> {
    Ok(io::stdout())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hello_round_trips() {
        let ready = Hello::Ready {
            abi_major: 1,
            abi_minor: 2,
            manifest: Answer {
                status: 0,
                bytes: b"{}".to_vec(),
            },
        };
        match parse_hello(&encode_hello(&ready)).unwrap() {
            Hello::Ready {
                abi_major,
                abi_minor,
                manifest,
            } => {
                assert_eq!((abi_major, abi_minor), (1, 2));
                assert_eq!(manifest.bytes, b"{}");
            }
            other => panic!("{other:?}"),
        }
        let failed = Hello::Failed(LoadFailure::Abi { major: 2, minor: 0 });
        match parse_hello(&encode_hello(&failed)).unwrap() {
            Hello::Failed(LoadFailure::Abi { major: 2, minor: 0 }) => {}
            other => panic!("{other:?}"),
        }
        assert!(parse_hello(&[0, 0]).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn exits_are_described() {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(
            describe_exit(ExitStatus::from_raw(11)),
            "crashed: killed by signal 11 (SIGSEGV)"
        );
        assert_eq!(
            describe_exit(ExitStatus::from_raw(3 << 8)),
            "exited with code 3"
        );
    }
}
