//! End-to-end test of the `pyjit` binary on the small Python programs in
//! `tests/py/`.
//!
//! Every `tests/py/NAME.py` is run as `pyjit /abs/path/NAME.py` and its stdout
//! must equal `tests/py/NAME.out` byte for byte. If `tests/py/NAME.err` exists
//! (line 1: expected last non-empty stderr line, line 2: `exit=N`), the exit
//! status and that stderr line must match too; otherwise the exit status must
//! be 0. The expected files are produced by CPython 3.11 through
//! `tests/py/gen_expected.sh`, so this checks that pyjit behaves like CPython
//! on the basics every program relies on.
//!
//! Each program runs in a fresh temporary directory with stdin from
//! /dev/null, a fixed environment (`PYTHONHASHSEED=0`,
//! `PYTHONIOENCODING=utf-8`, the same as `../shared/tools/conformance`) and a
//! 30 s timeout after which the child is killed, so a hanging program fails
//! the test instead of hanging CI. A few programs run in parallel, and every
//! failure is collected and reported at the end in one panic message.
//!
//! The second test runs the same programs under `--jit=always`: the JIT must
//! never change what a program prints. It is skipped (with a note) until
//! `pyjit --jit=always -c pass` exits 0.
//!
//! Set `PY_PROGRAMS_FILTER=SUBSTR` to run only programs whose name contains
//! SUBSTR.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const PYJIT: &str = env!("CARGO_BIN_EXE_pyjit");
const TIMEOUT: Duration = Duration::from_secs(30);
/// How long to wait for the output pipes once the child itself has exited
/// (a grandchild could keep them open).
const PIPE_GRACE: Duration = Duration::from_secs(5);

/// What one run of the runtime produced.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` if the child was killed after `TIMEOUT`.
    status: Option<ExitStatus>,
}

/// A fresh, empty working directory that is removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "pyjit-py-programs-{}-{n}-{label}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn spawn_reader(mut pipe: impl Read + Send + 'static) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

/// Runs `pyjit ARGS` the way the conformance tool does: fresh temporary cwd,
/// stdin from /dev/null, a fixed environment, and a timeout that kills the
/// child's whole process group.
fn run_pyjit(args: &[&str], label: &str) -> Result<Outcome, String> {
    let dir = TempDir::new(label);
    let mut cmd = Command::new(PYJIT);
    cmd.args(args)
        .current_dir(&dir.0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if key.starts_with("PYTHON") && key != "PYTHONHOME" && key != "PYTHONPATH" {
            cmd.env_remove(&*key);
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");

    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {PYJIT}: {e}"))?;
    let out_rx = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err_rx = spawn_reader(child.stderr.take().expect("piped stderr"));

    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => break None,
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for pyjit failed: {e}")),
        }
    };
    if status.is_none() {
        // Timed out: the child is still alive (not reaped), so its process
        // group is ours. Kill the whole group, then the child, and reap it.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stderr(Stdio::null())
            .status();
        let _ = child.kill();
        let _ = child.wait();
    }

    let stdout = out_rx.recv_timeout(PIPE_GRACE).unwrap_or_default();
    let stderr = err_rx.recv_timeout(PIPE_GRACE).unwrap_or_default();
    Ok(Outcome {
        stdout,
        stderr,
        status,
    })
}

fn last_nonempty_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
        .to_string()
}

fn shorten(s: &str) -> String {
    const MAX: usize = 100;
    let s = format!("{s:?}");
    if s.chars().count() <= MAX {
        s
    } else {
        s.chars().take(MAX - 3).collect::<String>() + "..."
    }
}

/// Describes the first line where `got` differs from `want`.
fn first_difference(want: &[u8], got: &[u8]) -> String {
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    let wl: Vec<&str> = want.split('\n').collect();
    let gl: Vec<&str> = got.split('\n').collect();
    for i in 0..wl.len().max(gl.len()) {
        match (wl.get(i), gl.get(i)) {
            (Some(w), Some(g)) if w == g => {}
            (Some(w), Some(g)) => {
                return format!(
                    "line {}: expected {}, got {}",
                    i + 1,
                    shorten(w),
                    shorten(g)
                )
            }
            (Some(w), None) => {
                return format!("line {}: output ends early, expected {}", i + 1, shorten(w))
            }
            (None, Some(g)) => {
                return format!("line {}: unexpected extra output {}", i + 1, shorten(g))
            }
            (None, None) => unreachable!(),
        }
    }
    "bytes differ (encoding or line endings)".to_string()
}

fn py_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

/// Names (without `.py`) of the programs in `tests/py`, sorted.
fn program_names() -> Vec<String> {
    let dir = py_dir();
    let filter = std::env::var("PY_PROGRAMS_FILTER").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".py")?.to_string())
        })
        .filter(|name| name.contains(&filter))
        .collect();
    names.sort();
    assert!(
        !names.is_empty(),
        "no tests/py/*.py programs found in {} (filter {filter:?})",
        dir.display()
    );
    names
}

/// Runs one program and returns `Err(reason)` if it does not behave like
/// its expected files say.
fn check_program(name: &str, extra_args: &[&str]) -> Result<(), String> {
    let dir = py_dir();
    let py = dir.join(format!("{name}.py"));
    let want_out = fs::read(dir.join(format!("{name}.out")))
        .map_err(|e| format!("missing {name}.out ({e}); run tests/py/gen_expected.sh {name}"))?;
    let (want_last, want_code) = match fs::read_to_string(dir.join(format!("{name}.err"))) {
        Ok(text) => {
            let mut lines = text.split('\n');
            let last = lines.next().unwrap_or("").trim_end().to_string();
            let code = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("exit="))
                .and_then(|n| n.parse::<i32>().ok())
                .ok_or_else(|| format!("{name}.err: line 2 must be exit=N"))?;
            (Some(last), code)
        }
        Err(_) => (None, 0),
    };

    let py = py.to_str().expect("utf-8 path");
    let mut args = extra_args.to_vec();
    args.push(py);
    let r = run_pyjit(&args, name)?;
    let got_last = last_nonempty_line(&r.stderr);
    let with_stderr = |msg: String| {
        if got_last.is_empty() {
            msg
        } else {
            format!("{msg} (stderr: {})", shorten(&got_last))
        }
    };

    let Some(status) = r.status else {
        return Err(format!("timeout after {}s (killed)", TIMEOUT.as_secs()));
    };
    let Some(code) = status.code() else {
        return Err(with_stderr(format!("crash: {status}")));
    };
    if code != want_code {
        let mut msg = format!("exit code {code}, expected {want_code}");
        if r.stdout != want_out {
            msg += &format!("; stdout {}", first_difference(&want_out, &r.stdout));
        }
        return Err(with_stderr(msg));
    }
    if r.stdout != want_out {
        return Err(with_stderr(format!(
            "wrong output: {}",
            first_difference(&want_out, &r.stdout)
        )));
    }
    if let Some(want_last) = want_last {
        if got_last != want_last {
            return Err(format!(
                "wrong stderr last line: expected {}, got {}",
                shorten(&want_last),
                shorten(&got_last)
            ));
        }
    }
    Ok(())
}

/// Runs every program (a few at a time) and panics with a list of all
/// failures.
fn run_all(extra_args: &[&str], mode: &str) {
    let names = program_names();
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4);
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                if let Err(reason) = check_program(name, extra_args) {
                    failures.lock().unwrap().push((name.clone(), reason));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    println!(
        "{mode}: {} of {} programs passed",
        names.len() - failures.len(),
        names.len()
    );
    if !failures.is_empty() {
        let list: String = failures
            .iter()
            .map(|(name, reason)| format!("  FAIL {name}: {reason}\n"))
            .collect();
        panic!(
            "{mode}: {} of {} tests/py programs failed:\n{list}",
            failures.len(),
            names.len()
        );
    }
}

#[test]
fn py_programs_match_cpython() {
    run_all(&[], "pyjit");
}

#[test]
fn py_programs_same_under_jit_always() {
    let probe = run_pyjit(&["--jit=always", "-c", "pass"], "jit-probe");
    let supported = matches!(&probe, Ok(Outcome { status: Some(s), .. }) if s.success());
    if !supported {
        // Written to the real stderr (not captured by libtest) so the skip
        // is visible in CI logs.
        let _ = std::io::stderr().write_all(
            b"note: skipping the --jit=always run of tests/py: \
              `pyjit --jit=always -c pass` does not exit 0 yet\n",
        );
        return;
    }
    run_all(&["--jit=always"], "pyjit --jit=always");
}
