//! Regression guard for the shared conformance corpus.
//!
//! Runs `../shared/tools/conformance --timeout 20 --jobs 2 PYJIT
//! ../shared/corpus/seeds` (paths relative to the crate root; the corpus is
//! 629 CPython 3.11 programs with their expected output) and compares the
//! result with `tests/conformance_passing.txt`, the checked-in list of
//! programs pyjit is known to pass.
//!
//! * A listed program that now fails is a regression: the test fails and
//!   prints each one with the tool's reason.
//! * A program that passes but is not listed yet is only reported; run
//!   `tests/update_conformance.sh` to add it, so the list only ever grows.
//!
//! `--jobs 2` because CI has two cores. The corpus runs twice: as is, and
//! with `--jit=always` (every loop traced and compiled at once), which must
//! pass the same list.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

const PYJIT: &str = env!("CARGO_BIN_EXE_pyjit");
/// How many newly passing programs the note lists by name.
const MAX_NEW_SHOWN: usize = 30;

struct Report {
    /// `(name, reason)` for every `FAIL NAME: reason` line.
    failed: Vec<(String, String)>,
    passed: usize,
    failed_count: usize,
}

/// Parses the conformance tool's stdout: `FAIL NAME: reason` lines and the
/// final `N passed, N failed[, N skipped]` summary.
fn parse_report(stdout: &str) -> Option<Report> {
    let mut failed = Vec::new();
    let mut summary = None;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("FAIL ") {
            let (name, reason) = rest.split_once(": ").unwrap_or((rest, ""));
            failed.push((name.trim().to_string(), reason.to_string()));
        } else if let Some((p, rest)) = line.split_once(" passed, ") {
            let passed = p.trim().parse::<usize>().ok()?;
            let f = rest.split(" failed").next()?.trim().parse::<usize>().ok()?;
            summary = Some((passed, f));
        }
    }
    let (passed, failed_count) = summary?;
    Some(Report {
        failed,
        passed,
        failed_count,
    })
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Programs the tool checks: every `NAME.py` with a `NAME.out` beside it.
fn corpus_names(corpus: &Path) -> BTreeSet<String> {
    fs::read_dir(corpus)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", corpus.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".py")?.to_string())
        })
        .filter(|name| corpus.join(format!("{name}.out")).is_file())
        .collect()
}

#[test]
fn conformance_corpus_has_no_regressions() {
    check_corpus(None);
}

/// The JIT never changes observable behaviour: with every loop compiled as
/// soon as it runs (`--jit=always`), the same programs must pass.
#[test]
fn conformance_corpus_same_under_jit_always() {
    check_corpus(Some("--jit=always"));
}

fn check_corpus(jit_flag: Option<&str>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared: PathBuf = root.join("..").join("shared");
    let tool = shared.join("tools").join("conformance");
    let corpus = shared.join("corpus").join("seeds");
    assert!(
        tool.is_file(),
        "conformance tool not found at {}: the shared folder (with tools/conformance and \
         corpus/seeds) must be checked out beside the repository as ../shared",
        tool.display()
    );
    assert!(
        corpus.is_dir(),
        "conformance corpus not found at {}",
        corpus.display()
    );
    let pyjit = fs::canonicalize(PYJIT).unwrap_or_else(|_| PathBuf::from(PYJIT));

    let output = Command::new("python3")
        .arg(&tool)
        .args(["--timeout", "20", "--jobs", "2"])
        // The tool splits its RUNTIME_CMD argument like a shell: quote it.
        .arg(match jit_flag {
            Some(flag) => format!("{} {flag}", shell_quote(&pyjit.to_string_lossy())),
            None => shell_quote(&pyjit.to_string_lossy()),
        })
        .arg(&corpus)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 {}: {e}", tool.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Exit status 0 = all passed, 1 = some failed; anything else is a tool error.
    let report = match output.status.code() {
        Some(0 | 1) => parse_report(&stdout),
        _ => None,
    }
    .unwrap_or_else(|| {
        panic!(
            "conformance tool did not produce a report (status {}):\nstdout:\n{stdout}\nstderr:\n{stderr}",
            output.status
        )
    });

    let list_path = root.join("tests").join("conformance_passing.txt");
    let listed: BTreeSet<String> = fs::read_to_string(&list_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", list_path.display()))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();

    let all = corpus_names(&corpus);
    let failed: BTreeSet<&str> = report.failed.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        failed.len(),
        report.failed_count,
        "FAIL lines do not match the summary line:\n{stdout}"
    );
    let passing: BTreeSet<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|n| !failed.contains(n))
        .collect();
    let newly_passing: Vec<&str> = passing
        .iter()
        .copied()
        .filter(|n| !listed.contains(*n))
        .collect();
    let mut note = format!(
        "conformance{}: {} passed, {} failed ({} listed as passing)\n",
        jit_flag.map(|f| format!(" ({f})")).unwrap_or_default(),
        report.passed,
        report.failed_count,
        listed.len()
    );
    if !newly_passing.is_empty() {
        note += &format!(
            "{} program(s) pass but are not in tests/conformance_passing.txt yet; \
             run tests/update_conformance.sh to add them:\n",
            newly_passing.len()
        );
        for name in newly_passing.iter().take(MAX_NEW_SHOWN) {
            note += &format!("  NEW {name}\n");
        }
        if newly_passing.len() > MAX_NEW_SHOWN {
            note += &format!("  ... and {} more\n", newly_passing.len() - MAX_NEW_SHOWN);
        }
    }
    // Written to the real stderr, not with println!, so that the note shows
    // in CI logs even though libtest captures the output of passing tests.
    let _ = std::io::stderr().write_all(note.as_bytes());

    let mut problems = Vec::new();
    for name in &listed {
        if !all.contains(name) {
            problems.push(format!("  MISSING {name}: listed but not in the corpus"));
        }
    }
    for (name, reason) in &report.failed {
        if listed.contains(name) {
            problems.push(format!("  REGRESSION {name}: {reason}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} program(s) listed in tests/conformance_passing.txt no longer pass \
         (rerun one with: ../shared/tools/conformance --verbose --filter NAME {}):\n{}",
        problems.len(),
        pyjit.display(),
        problems.join("\n")
    );
}
