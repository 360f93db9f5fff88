//! The benchmark programs as a differential test of the JIT.
//!
//! pyperformance-lite's programs are the largest, most object-heavy code in
//! the repository, and each prints a checksum of its result. This test runs
//! every one at its small size (one warm-up and one measured iteration, so
//! traces compiled during the first call are reused by the second) with the
//! JIT off, with a threshold of 7, and with `--jit=always`, and fails if a
//! JIT configuration crashes, times out, or computes another checksum than
//! the interpreter. Programs that need a standard-library module or a feature
//! pyjit does not have yet (ModuleNotFoundError, ImportError,
//! NotImplementedError) fail the same way in every configuration and are skipped.
use std::path::Path;
use std::process::Command;

const PYJIT: &str = env!("CARGO_BIN_EXE_pyjit");

/// Reads the runner's JSON and prints one line per problem.
const CHECK: &str = r#"
import json, sys
data = json.load(open(sys.argv[1]))
problems = []
for b in data["benchmarks"]:
    res = b["results"]
    base = res["off"]["summary"]
    if not base["ok"]:
        kinds = {f["kind"] for f in base["failures"]}
        if not kinds <= {"missing-module", "unsupported"}:
            problems.append("%s: fails with the JIT off: %s" % (b["name"], base["failures"]))
        continue
    for rt in ("jit7", "always"):
        s = res[rt]["summary"]
        if not s["ok"]:
            problems.append("%s/%s: %s" % (b["name"], rt, [f["short"] for f in s["failures"]]))
        elif s["checksum"] != base["checksum"]:
            problems.append("%s/%s: checksum %r, JIT off gives %r" % (b["name"], rt, s["checksum"], base["checksum"]))
for p in problems:
    print(p)
"#;

#[test]
fn benchmarks_compute_the_same_checksums_with_the_jit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runner = root.join("pyperformance-lite").join("run");
    let out = std::env::temp_dir().join(format!("pyjit-bench-diff-{}.json", std::process::id()));
    let pyjit = std::fs::canonicalize(PYJIT).unwrap_or_else(|_| PYJIT.into());
    let p = pyjit.to_string_lossy();
    let status = Command::new("python3")
        .arg(&runner)
        .args([
            "--small",
            "--runs",
            "1",
            "--warmup",
            "1",
            "--iterations",
            "1",
        ])
        .args(["--timeout", "30", "--json"])
        .arg(&out)
        .arg(format!("off='{p}' --jit=off"))
        .arg(format!("jit7='{p}' --jit-threshold=7"))
        .arg(format!("always='{p}' --jit=always"))
        .output()
        .expect("run pyperformance-lite/run");
    assert!(
        out.is_file(),
        "the runner wrote no JSON:\n{}\n{}",
        String::from_utf8_lossy(&status.stdout),
        String::from_utf8_lossy(&status.stderr)
    );
    let check = Command::new("python3")
        .arg("-c")
        .arg(CHECK)
        .arg(&out)
        .output()
        .expect("python3");
    let _ = std::fs::remove_file(&out);
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success() && report.trim().is_empty(),
        "JIT configurations disagree with the interpreter on the benchmarks:\n{report}{}",
        String::from_utf8_lossy(&check.stderr)
    );
}
