//! Self-test of the benchmark runner `pyperformance-lite/run`.
//!
//! Runs `python3 pyperformance-lite/tests/test_run.py` from the crate root.
//! Those unittest tests drive the runner over tiny fake benchmark programs
//! and fake runtimes (crashing, hanging, wrong checksum, missing module), so
//! this test needs neither pyjit nor the real benchmarks and takes a few
//! seconds. On failure the test prints the unittest output.

use std::process::Command;

#[test]
fn pyperformance_lite_runner_self_test() {
    let root = env!("CARGO_MANIFEST_DIR");
    let output = Command::new("python3")
        .arg("pyperformance-lite/tests/test_run.py")
        .current_dir(root)
        .output()
        .expect("cannot start python3 (CPython 3.11 is needed by the tests)");
    assert!(
        output.status.success(),
        "pyperformance-lite/tests/test_run.py failed ({})\n--- stdout\n{}\n--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
}
