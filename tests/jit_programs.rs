//! The JIT must never change observable behaviour: these tests run Python
//! programs with every JIT configuration and require exactly what CPython
//! prints.
//!
//! * `jit_programs_match_cpython_in_every_config`: every `tests/jit/NAME.py`
//!   that has a `NAME.out` runs under `--jit=off`, `--jit=on` (default
//!   threshold), `--jit=always` (every loop compiled at once) and
//!   `--jit=on --jit-threshold=7`. Each run must print exactly `NAME.out` on
//!   stdout and exit 0 (or, if `NAME.err` exists, match it the way
//!   `tests/py_programs.rs` does: line 1 is the expected last non-empty stderr
//!   line, line 2 `exit=N`). The programs are written to make a trace JIT
//!   deoptimize: loop variables changing type mid-loop, int overflow into
//!   bigints, globals/builtins/class attributes/methods rebound while a loop
//!   is hot, instance shape changes, exceptions raised in inlinable callees,
//!   generators, recursion (including `RecursionError`), type-unstable
//!   branches and containers whose element types change. Each hot loop runs
//!   at least 3000 iterations, so it gets hot at the default threshold (about
//!   1000) and deoptimizes after being compiled. The expected files come from
//!   CPython 3.11 via `tests/jit/gen_expected.sh`, never by hand. A program
//!   on which the interpreter itself still differs from CPython is listed in
//!   `KNOWN_INTERPRETER_BUGS`; its JIT runs are then compared with
//!   `--jit=off` instead, until the interpreter is fixed.
//! * `py_programs_same_with_low_jit_threshold`: every `tests/py` program
//!   (with its `.out`/`.err` convention, as in `tests/py_programs.rs`) under
//!   `--jit=on --jit-threshold=7`, so that loops get traced after a few
//!   iterations, while the program's state is still changing.
//!   (`tests/py_programs.rs` already covers `--jit=off` and `--jit=always`.)
//! * `sigint_interrupts_a_jitted_loop` (unix): Ctrl-C (SIGINT) sent to
//!   `pyjit --jit=always -c ...` while it spins in a compiled infinite loop
//!   must behave as in CPython: a `KeyboardInterrupt` traceback pointing into
//!   the loop on stderr, then death by SIGINT (so a shell sees status 130).
//!   Compiled code must keep polling for interrupts.
//!
//! Every run gets a fresh temporary working directory, stdin from /dev/null,
//! the environment `tests/py_programs.rs` uses (`PYTHONHASHSEED=0`,
//! `PYTHONIOENCODING=utf-8`) and a 30 s timeout after which the child's
//! process group is killed, so a hung JIT fails the test instead of hanging
//! it. Runs go in parallel, and all failures are reported together, each
//! with its configuration and a short diff around the first differing line.
//!
//! Set `JIT_PROGRAMS_FILTER=SUBSTR` to run only programs whose name contains
//! SUBSTR.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
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

/// Programs in `tests/jit` on which pyjit differs from CPython even without
/// the JIT (interpreter bugs, not JIT bugs), with the difference. For these,
/// every JIT configuration must still print exactly what `pyjit --jit=off`
/// prints (the JIT must not change behaviour, whatever it is), and
/// `--jit=off` must still differ from CPython: once the interpreter is fixed,
/// the test fails until the entry is removed.
const KNOWN_INTERPRETER_BUGS: &[(&str, &str)] = &[(
    "deopt_shape_change",
    "`obj.__dict__ = {...}` raises NotImplementedError: an object's dict cannot be replaced yet",
)];

/// The JIT configurations every `tests/jit` program runs under.
const CONFIGS: &[&[&str]] = &[
    &["--jit=off"],
    &["--jit=on"],
    &["--jit=always"],
    &["--jit=on", "--jit-threshold=7"],
];

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
            "pyjit-jit-programs-{}-{n}-{label}",
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

/// `pyjit ARGS` with a fixed environment, stdin from /dev/null, piped
/// stdout/stderr and (on unix) its own process group, run in `cwd`.
fn pyjit_command(args: &[&str], cwd: &Path) -> Command {
    let mut cmd = Command::new(PYJIT);
    cmd.args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if key.starts_with("PYTHON") && key != "PYTHONHOME" && key != "PYTHONPATH" {
            cmd.env_remove(&*key);
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    cmd
}

/// Waits for `child` until `deadline`; if it is still running then, kills it
/// (and, on unix, its process group) and returns `None`.
fn wait_or_kill(child: &mut Child, deadline: Instant) -> Result<Option<ExitStatus>, String> {
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(Some(status)),
            Ok(None) if Instant::now() >= deadline => break,
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for pyjit failed: {e}")),
        }
    }
    // Still alive (not reaped), so its process group id is still ours.
    #[cfg(unix)]
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
    let _ = child.wait();
    Ok(None)
}

/// Runs `pyjit ARGS` in a fresh temporary directory with a timeout.
fn run_pyjit(args: &[&str], label: &str) -> Result<Outcome, String> {
    let dir = TempDir::new(label);
    let mut child = pyjit_command(args, &dir.0)
        .spawn()
        .map_err(|e| format!("cannot start {PYJIT}: {e}"))?;
    let out_rx = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err_rx = spawn_reader(child.stderr.take().expect("piped stderr"));
    let status = wait_or_kill(&mut child, Instant::now() + TIMEOUT)?;
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

/// The last few lines of stderr, indented, for a failure message.
fn stderr_tail(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let tail = &lines[lines.len().saturating_sub(6)..];
    tail.iter().map(|l| format!("      | {l}\n")).collect()
}

/// A unified-diff-like excerpt around the first line where `got` differs
/// from `want`: up to 2 lines of context, the differing lines (`-` expected,
/// `+` got; at most 4 of each) up to where the two agree again, and one line
/// of trailing context.
fn diff_excerpt(want: &[u8], got: &[u8], want_source: &str, config: &str) -> String {
    const CONTEXT: usize = 2;
    const SHOWN: usize = 4;
    const MAX_CHARS: usize = 160;
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    let wl: Vec<&str> = want.split_inclusive('\n').collect();
    let gl: Vec<&str> = got.split_inclusive('\n').collect();
    let len = wl.len().max(gl.len());
    let Some(first) = (0..len).find(|&i| wl.get(i) != gl.get(i)) else {
        return "      (outputs differ only in encoding)\n".to_string();
    };
    let mut end = first;
    while end < len && end - first < SHOWN && wl.get(end) != gl.get(end) {
        end += 1;
    }
    let show = |prefix: char, line: &str| {
        let (body, eol) = match line.strip_suffix('\n') {
            Some(body) => (body, ""),
            None => (line, "  (no newline at end)"),
        };
        let mut shown: String = body.chars().take(MAX_CHARS).collect();
        if shown.len() < body.len() {
            shown.push_str("...");
        }
        format!("      {prefix}{shown}{eol}\n")
    };
    let mut out = format!(
        "      --- expected ({want_source})\n      +++ got (pyjit {config})\n      @@ line {} @@\n",
        first + 1
    );
    for line in &wl[first.saturating_sub(CONTEXT)..first] {
        out += &show(' ', line);
    }
    for line in wl.iter().take(end).skip(first) {
        out += &show('-', line);
    }
    if end > wl.len() {
        out += "      (expected output ends here)\n";
    }
    for line in gl.iter().take(end).skip(first) {
        out += &show('+', line);
    }
    if end > gl.len() {
        out += "      (pyjit's output ends here)\n";
    }
    if let (Some(w), Some(g)) = (wl.get(end), gl.get(end)) {
        if w == g {
            out += &show(' ', w);
        }
    }
    if (end + 1..len).any(|i| wl.get(i) != gl.get(i)) {
        out += "      (more differences below)\n";
    }
    out
}

fn tests_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(sub)
}

/// Names (without `.py`) of the programs in `dir` that have a `.out`
/// (if `need_out`) and match `JIT_PROGRAMS_FILTER`, sorted.
fn program_names(dir: &Path, need_out: bool) -> Vec<String> {
    let filter = std::env::var("JIT_PROGRAMS_FILTER").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".py")?.to_string())
        })
        .filter(|name| name.contains(&filter))
        .filter(|name| !need_out || dir.join(format!("{name}.out")).is_file())
        .collect();
    names.sort();
    assert!(
        !names.is_empty(),
        "no *.py programs found in {} (filter {filter:?})",
        dir.display()
    );
    names
}

/// What a run must produce.
struct Expected {
    stdout: Vec<u8>,
    /// The last non-empty stderr line, when known (from a `.err` file).
    stderr_last: Option<String>,
    code: i32,
    /// Where the expectation comes from, for failure messages.
    source: &'static str,
}

/// The expectation recorded by CPython in `dir/NAME.out` (and `NAME.err`).
fn expected_from_files(dir: &Path, name: &str) -> Result<Expected, String> {
    let stdout = fs::read(dir.join(format!("{name}.out")))
        .map_err(|e| format!("missing {name}.out ({e}); run gen_expected.sh {name}"))?;
    let (stderr_last, code) = match fs::read_to_string(dir.join(format!("{name}.err"))) {
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
    Ok(Expected {
        stdout,
        stderr_last,
        code,
        source: "CPython",
    })
}

/// Runs `pyjit CONFIG dir/NAME.py`.
fn run_program(dir: &Path, name: &str, config: &[&str]) -> Result<Outcome, String> {
    let py = dir.join(format!("{name}.py"));
    let mut args = config.to_vec();
    args.push(py.to_str().expect("utf-8 path"));
    run_pyjit(&args, name)
}

/// Returns `Err(reason)` if the run `r` (made with `config`) does not match
/// `want`: exit status, stdout, and the last stderr line when known.
fn compare(r: &Outcome, want: &Expected, config: &str) -> Result<(), String> {
    let mut problems = Vec::new();
    match r.status {
        None => problems.push(format!("timeout after {}s (killed)", TIMEOUT.as_secs())),
        Some(status) => match status.code() {
            None => problems.push(format!("crash: {status}")),
            Some(code) if code != want.code => {
                problems.push(format!("exit status {code}, expected {}", want.code))
            }
            Some(_) => {}
        },
    }
    if let Some(want_last) = &want.stderr_last {
        let got_last = last_nonempty_line(&r.stderr);
        if &got_last != want_last {
            problems.push(format!(
                "last stderr line {got_last:?}, expected {want_last:?}"
            ));
        }
    }
    if r.stdout != want.stdout {
        problems.push(format!("stdout differs from {}", want.source));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = problems.join("; ") + "\n";
    if r.stdout != want.stdout {
        msg += &diff_excerpt(&want.stdout, &r.stdout, want.source, config);
    }
    if !r.stderr.is_empty() {
        msg += "      stderr (tail):\n";
        msg += &stderr_tail(&r.stderr);
    }
    Err(msg)
}

/// The expectation for a program listed in `KNOWN_INTERPRETER_BUGS`: what
/// `pyjit --jit=off` prints, after checking that this still differs from
/// CPython (once it does not, the entry must go).
fn expected_from_interpreter(dir: &Path, name: &str, bug: &str) -> Result<Expected, String> {
    let cpython = expected_from_files(dir, name)?;
    let r = run_program(dir, name, &["--jit=off"])?;
    if compare(&r, &cpython, "--jit=off").is_ok() {
        return Err(format!(
            "now matches CPython under --jit=off: remove it from KNOWN_INTERPRETER_BUGS \
             (was: {bug})\n"
        ));
    }
    let code = match r.status.and_then(|s| s.code()) {
        Some(code) => code,
        None => {
            return Err(format!(
                "--jit=off run did not exit normally: {:?}\n",
                r.status
            ))
        }
    };
    // Written to the real stderr (not captured by libtest) so that the known
    // difference stays visible in CI logs.
    let _ = std::io::stderr().write_all(
        format!("note: tests/jit/{name}.py: known interpreter bug ({bug}); its JIT runs are compared with --jit=off\n")
            .as_bytes(),
    );
    Ok(Expected {
        stdout: r.stdout,
        stderr_last: None,
        code,
        source: "pyjit --jit=off",
    })
}

/// Runs every (program, configuration) pair on a few threads and panics
/// with a list of all failures. Programs named in `known_bugs` are compared
/// with `pyjit --jit=off` instead of CPython (see `KNOWN_INTERPRETER_BUGS`).
fn run_all(
    dir: &Path,
    names: &[String],
    configs: &[&[&str]],
    known_bugs: &[(&str, &str)],
    what: &str,
) {
    let mut failures = Vec::new();
    let mut expected = Vec::new();
    for name in names {
        let bug = known_bugs.iter().find(|(n, _)| n == name).map(|(_, b)| *b);
        let want = match bug {
            Some(bug) => expected_from_interpreter(dir, name, bug),
            None => expected_from_files(dir, name),
        };
        match want {
            Ok(want) => expected.push((name, bug.is_some(), want)),
            Err(reason) => failures.push((name.clone(), "--jit=off".to_string(), reason)),
        }
    }
    let jobs: Vec<(&String, &Expected, &[&str])> = expected
        .iter()
        .flat_map(|(name, known_bug, want)| {
            configs
                .iter()
                // A known bug's --jit=off run is its own reference.
                .filter(move |config| !(*known_bug && **config == ["--jit=off"]))
                .map(move |config| (*name, want, *config))
        })
        .collect();
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4);
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(failures);
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&(name, want, config)) = jobs.get(i) else {
                    break;
                };
                let config_str = config.join(" ");
                let result =
                    run_program(dir, name, config).and_then(|r| compare(&r, want, &config_str));
                if let Err(reason) = result {
                    failures
                        .lock()
                        .unwrap()
                        .push((name.clone(), config_str, reason));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    println!(
        "{what}: {} of {} runs passed",
        jobs.len().saturating_sub(failures.len()),
        jobs.len()
    );
    if !failures.is_empty() {
        let list: String = failures
            .iter()
            .map(|(name, config, reason)| format!("  FAIL {name} [pyjit {config}]: {reason}"))
            .collect();
        panic!("{what}: {} failures:\n{list}", failures.len());
    }
}

#[test]
fn jit_programs_match_cpython_in_every_config() {
    let dir = tests_dir("jit");
    let names = program_names(&dir, true);
    run_all(&dir, &names, CONFIGS, KNOWN_INTERPRETER_BUGS, "tests/jit");
}

#[test]
fn py_programs_same_with_low_jit_threshold() {
    let dir = tests_dir("py");
    let names = program_names(&dir, false);
    run_all(
        &dir,
        &names,
        &[&["--jit=on", "--jit-threshold=7"]],
        &[],
        "tests/py with --jit-threshold=7",
    );
}

/// Whether this process ignores SIGINT (then its children start with SIGINT
/// ignored too, and CPython would not react to it either). Only known on
/// Linux; elsewhere assumed not.
#[cfg(unix)]
fn sigint_ignored() -> bool {
    let Ok(status) = fs::read_to_string("/proc/self/status") else {
        return false;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (2 - 1)) != 0)
}

/// Starts `pyjit --jit=always -c SOURCE`, waits for it to print `start`,
/// lets the compiled loop spin, sends SIGINT and checks that it dies like
/// CPython 3.11 does: stdout `start\n`, a `KeyboardInterrupt` traceback whose
/// frames are `frames` (outermost first; each frame is the lines it may be
/// at, and its function; None: not checked), then death by signal 2.
#[cfg(unix)]
fn check_sigint(source: &str, frames: Option<&[(&[u32], &str)]>) -> Result<(), String> {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    const WAIT: Duration = Duration::from_secs(10);

    let dir = TempDir::new("sigint");
    let mut child = pyjit_command(&["--jit=always", "-c", source], &dir.0)
        .spawn()
        .map_err(|e| format!("cannot start {PYJIT}: {e}"))?;
    let pid = child.id().to_string();
    let err_rx = spawn_reader(child.stderr.take().expect("piped stderr"));
    let (line_tx, line_rx) = mpsc::channel();
    let stdout = child.stdout.take().expect("piped stdout");
    let out_thread = thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = line_tx.send(line.clone());
            all += &line;
            all.push('\n');
        }
        all
    });

    let started = line_rx.recv_timeout(WAIT);
    if started.as_deref() != Ok("start") {
        let status = wait_or_kill(&mut child, Instant::now())?;
        let stderr = err_rx.recv_timeout(PIPE_GRACE).unwrap_or_default();
        return Err(format!(
            "expected the line \"start\" within {}s, got {started:?} (status {status:?})\n{}",
            WAIT.as_secs(),
            stderr_tail(&stderr)
        ));
    }
    // Let the (already compiled) loop run for a while before interrupting.
    thread::sleep(Duration::from_millis(300));
    let sent = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .map_err(|e| format!("cannot run kill: {e}"))?;
    if !sent.success() {
        let _ = wait_or_kill(&mut child, Instant::now());
        return Err(format!("`kill -INT {pid}` failed: {sent}"));
    }
    let status = wait_or_kill(&mut child, Instant::now() + WAIT)?;
    let stderr = err_rx.recv_timeout(PIPE_GRACE).unwrap_or_default();
    let stdout = out_thread.join().unwrap_or_default();
    let stderr_text = String::from_utf8_lossy(&stderr);

    let Some(status) = status else {
        return Err(format!(
            "still running {}s after SIGINT (killed)\n{}",
            WAIT.as_secs(),
            stderr_tail(&stderr)
        ));
    };
    let mut problems = Vec::new();
    if status.signal() != Some(2) {
        problems.push(format!(
            "expected death by SIGINT (signal 2) like CPython, got {status}"
        ));
    }
    if stdout != "start\n" {
        problems.push(format!("stdout {stdout:?}, expected \"start\\n\""));
    }
    if last_nonempty_line(&stderr) != "KeyboardInterrupt" {
        problems.push("last stderr line is not \"KeyboardInterrupt\"".to_string());
    }
    if !stderr_text.starts_with("Traceback (most recent call last):\n") {
        problems.push("stderr does not start with a traceback".to_string());
    }
    // The `File "<string>", line N, in F` lines, in order. (pyjit prints
    // source lines under them where CPython 3.11 prints none for `-c`; those
    // are not checked here.)
    let got: Vec<&str> = stderr_text
        .lines()
        .filter(|l| l.starts_with("  File \"<string>\", line "))
        .collect();
    let frames_ok = frames.is_none_or(|frames| {
        got.len() == frames.len()
            && got.iter().zip(frames).all(|(l, &(lines, f))| {
                lines
                    .iter()
                    .any(|n| *l == format!("  File \"<string>\", line {n}, in {f}"))
            })
    });
    if !frames_ok {
        problems.push(format!(
            "traceback frames {got:?}, expected (lines, function) {frames:?}"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n{}", problems.join("; "), stderr_tail(&stderr)))
    }
}

#[cfg(unix)]
#[test]
fn sigint_interrupts_a_jitted_loop() {
    if sigint_ignored() {
        // CPython keeps an inherited "ignore SIGINT", so there is nothing to
        // compare against. Written to the real stderr so the skip is visible.
        let _ = std::io::stderr().write_all(
            b"note: skipping the SIGINT test: this process ignores SIGINT \
              (started in the background without job control?)\n",
        );
        return;
    }
    // CPython 3.11 (checked by hand with `python3 -c`) reports the interrupt
    // at the `while True:` line of the loop; line 3 or 4 (the loop body) is
    // accepted since both are inside the loop being interrupted.
    let module_loop = "print(\"start\", flush=True)\ni = 0\nwhile True:\n    i = i + 1\n";
    let function_loop = "import sys\n\
                         def spin(n):\n    i = 0\n    while True:\n        i = i + n\n\
                         print(\"start\")\nsys.stdout.flush()\nspin(1)\n";
    let mut failures = Vec::new();
    if let Err(e) = check_sigint(module_loop, Some(&[(&[3, 4], "<module>")])) {
        failures.push(format!("  FAIL module-level loop: {e}"));
    }
    if let Err(e) = check_sigint(
        function_loop,
        Some(&[(&[8], "<module>"), (&[4, 5], "spin")]),
    ) {
        failures.push(format!("  FAIL loop in a function: {e}"));
    }
    // Recursion without a loop (function traces calling each other): the
    // interrupt is seen at a call; the traceback's depth varies.
    let recursion = "def fib(n):\n    if n < 2:\n        return n\n    \
                     return fib(n - 1) + fib(n - 2)\n\
                     print(\"start\", flush=True)\nfib(80)\n";
    if let Err(e) = check_sigint(recursion, None) {
        failures.push(format!("  FAIL recursion: {e}"));
    }
    assert!(
        failures.is_empty(),
        "SIGINT during a --jit=always loop:\n{}",
        failures.join("\n")
    );
}
