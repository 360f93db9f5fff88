//! Golden tests for the trace optimiser.
//!
//! Each `tests/trace_ir/NAME.py` is a small program with one hot loop aimed
//! at one optimisation. Run under `--jit=always --jit-log=i:FILE`, the
//! optimised trace IR it prints (trace numbers and object addresses
//! normalised) must equal `NAME.ir`, and its stdout must equal CPython's
//! `NAME.out`. Both files are written by `tests/trace_ir/update.sh`, never by
//! hand; review the diff when regenerating.
//!
//! A golden alone can be regenerated blindly, so every program also has a
//! property checked here on the loop body of its last trace: "no `MulOv`
//! left", "one class guard", … — the thing the optimisation is for.
use std::path::Path;
use std::process::Command;

const PYJIT: &str = env!("CARGO_BIN_EXE_pyjit");

/// `0x1234abcd` → `0x_`: addresses differ from run to run.
fn normalise_addresses(line: &str) -> String {
    let mut out = String::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 1 < b.len() && b[i + 1] == b'x' {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            if j > i + 2 {
                out.push_str("0x_");
                i = j;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// The optimised sections of a `--jit-log=i` file, as `update.sh` writes them.
fn optimised_sections(log: &str) -> String {
    let mut out = Vec::new();
    let mut keep = false;
    for line in log.lines() {
        if line.starts_with("---- ") {
            keep = line.ends_with("IR (optimized)");
            if keep {
                out.push("---- trace IR (optimized)".to_string());
            }
            continue;
        }
        if keep {
            out.push(normalise_addresses(line));
        }
    }
    out.join("\n") + "\n"
}

/// Loop-body lines of the last optimised trace.
fn last_loop_body(ir: &str) -> Vec<String> {
    let last = ir.rsplit("---- trace IR (optimized)").next().unwrap_or("");
    last.lines()
        .skip_while(|l| !l.contains("-- loop --"))
        .skip(1)
        .take_while(|l| !l.contains("-- back"))
        .map(str::to_string)
        .collect()
}

/// Lines of the last optimised trace after its `-- function --` marker
/// (the function trace's body, then its bridges).
fn last_function_body(ir: &str) -> Vec<String> {
    let last = ir.rsplit("---- trace IR (optimized)").next().unwrap_or("");
    last.lines()
        .skip_while(|l| !l.contains("-- function --"))
        .skip(1)
        .map(str::to_string)
        .collect()
}

fn count(body: &[String], op: &str) -> usize {
    body.iter()
        .filter(|l| l.split_whitespace().nth(2) == Some(op))
        .count()
}

fn run_golden(name: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/trace_ir");
    let py = dir.join(format!("{name}.py"));
    let log =
        std::env::temp_dir().join(format!("pyjit-trace-ir-{}-{name}.txt", std::process::id()));
    let out = Command::new(PYJIT)
        .arg("--jit=always")
        .arg(format!("--jit-log=i:{}", log.display()))
        .arg(&py)
        .output()
        .expect("run pyjit");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    let expected_out = std::fs::read_to_string(dir.join(format!("{name}.out"))).expect(".out");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected_out,
        "{name}: stdout differs from CPython's"
    );
    let ir = optimised_sections(&text);
    let expected_ir = std::fs::read_to_string(dir.join(format!("{name}.ir"))).expect(".ir");
    assert_eq!(
        ir, expected_ir,
        "{name}: optimised trace differs from tests/trace_ir/{name}.ir \
         (run tests/trace_ir/update.sh if the change is intended)"
    );
    let body = last_loop_body(&ir);
    if body.is_empty() {
        let body = last_function_body(&ir);
        assert!(!body.is_empty(), "{name}: no compiled loop or function");
        return body;
    }
    body
}

#[test]
fn constants_fold_and_identities_vanish() {
    let body = run_golden("fold");
    assert_eq!(count(&body, "MulOv"), 0, "2 * 3 is folded: {body:?}");
    assert_eq!(count(&body, "AddOv"), 1, "+ 0 and * 1 vanish: {body:?}");
    assert!(body
        .iter()
        .any(|l| l.contains("AddOv") && l.contains(" 6 ")));
}

#[test]
fn common_subexpressions_and_class_guards_are_shared() {
    let body = run_golden("cse");
    assert_eq!(count(&body, "MulOv"), 1, "i * k computed once: {body:?}");
    assert_eq!(
        count(&body, "GuardClass"),
        1,
        "one class guard for p: {body:?}"
    );
}

#[test]
fn a_repeated_condition_is_guarded_once() {
    let body = run_golden("guards");
    let guards = count(&body, "GuardTrue") + count(&body, "GuardFalse");
    assert_eq!(guards, 1, "the second `if i < n` needs no guard: {body:?}");
}

#[test]
fn dead_values_are_removed() {
    let body = run_golden("dce");
    assert_eq!(
        count(&body, "MulOv"),
        0,
        "the unused i * 7 is gone: {body:?}"
    );
}

#[test]
fn inner_loops_become_sub_loops() {
    let body = run_golden("subloop");
    assert_eq!(count(&body, "SubLoop"), 1, "{body:?}");
    assert_eq!(count(&body, "SubLoopEnd"), 1, "{body:?}");
    assert_eq!(
        count(&body, "RangeNext"),
        2,
        "outer and inner ForIter: {body:?}"
    );
    assert!(count(&body, "Phi") >= 3, "{body:?}");
}

#[test]
fn a_sub_loop_that_changes_a_slot_type_is_peeled() {
    let body = run_golden("subloop_peel");
    assert_eq!(count(&body, "SubLoop"), 1, "{body:?}");
    assert_eq!(count(&body, "PeelEnd"), 1, "{body:?}");
    assert_eq!(count(&body, "SubLoopEnd"), 1, "{body:?}");
}

#[test]
fn inner_while_loops_become_sub_loops() {
    // The outer loop's trace (the first one: the inner loop also gets a
    // trace of its own later) holds the `while` as a sub-loop.
    run_golden("subloop_while");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/trace_ir");
    let ir = std::fs::read_to_string(dir.join("subloop_while.ir")).expect(".ir");
    let first = ir.split("---- trace IR (optimized)").nth(1).unwrap_or("");
    let body: Vec<String> = first
        .lines()
        .skip_while(|l| !l.contains("-- loop --"))
        .skip(1)
        .take_while(|l| !l.contains("-- back"))
        .map(str::to_string)
        .collect();
    assert_eq!(count(&body, "SubLoop"), 1, "{body:?}");
    assert_eq!(count(&body, "SubLoopEnd"), 1, "{body:?}");
    assert_eq!(
        count(&body, "RangeNext"),
        1,
        "only the outer loop iterates: {body:?}"
    );
}

#[test]
fn slots_written_before_read_are_not_checked_at_entry() {
    run_golden("dce");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/trace_ir");
    let ir = std::fs::read_to_string(dir.join("dce.ir")).expect(".ir");
    let loads: Vec<&str> = ir.lines().filter(|l| l.contains("SLoad")).collect();
    let dead = |name: &str| {
        loads
            .iter()
            .any(|l| l.split_whitespace().nth(3) == Some(name) && l.contains("(dead on entry)"))
    };
    let loaded = |name: &str| {
        loads
            .iter()
            .any(|l| l.split_whitespace().nth(3) == Some(name))
    };
    // `unused` is read after the loop, so it is carried, but each iteration
    // overwrites it before reading: its entry value is not checked. `i` is
    // dead at the header (nothing after the loop reads it): not even loaded.
    assert!(dead("unused") && !loaded("i"), "{loads:?}");
    assert!(!dead("total"), "total is read first: {loads:?}");
}

#[test]
fn globals_fold_to_constants_and_builtins_become_ops() {
    let body = run_golden("globals");
    assert!(body.iter().all(|l| !l.contains("SLoad")));
    assert_eq!(count(&body, "FAbs"), 1, "{body:?}");
    assert_eq!(count(&body, "FMin"), 1, "{body:?}");
    assert!(
        body.iter().any(|l| l.contains("10.0")),
        "K folded: {body:?}"
    );
}

#[test]
fn small_calls_are_inlined_and_unboxed() {
    let body = run_golden("inline");
    let ops: Vec<&str> = body
        .iter()
        .filter_map(|l| l.split_whitespace().nth(2))
        .collect();
    assert!(
        ops.iter()
            .all(|op| matches!(*op, "RangeNext" | "IToF" | "FMul" | "FAdd")),
        "only unboxed float arithmetic remains: {ops:?}"
    );
    assert!(
        body.iter().any(|l| l.contains("4.0")),
        "sq(2.0) folded: {body:?}"
    );
}

#[test]
fn loop_free_functions_get_function_traces() {
    let body = run_golden("function");
    let ops: Vec<&str> = body
        .iter()
        .filter_map(|l| l.split_whitespace().nth(2))
        .collect();
    assert_eq!(count(&body, "CallPy"), 2, "two recursive calls: {body:?}");
    assert_eq!(count(&body, "AddOv"), 1, "the sum is unboxed: {body:?}");
    // The trace and its bridge both end by returning.
    assert_eq!(count(&body, "ReturnExit"), 2, "{body:?}");
    assert!(
        body.iter().any(|l| l.contains("-- bridge from")),
        "the n < 2 branch is a bridge: {body:?}"
    );
    assert!(
        !ops.contains(&"GuardClass") && !ops.contains(&"GuardFunc"),
        "fib is a guarded global constant, not a checked object: {ops:?}"
    );
}
