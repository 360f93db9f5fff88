//! Uncaught-exception reports must match CPython 3.11's stderr byte for byte.
//!
//! Every `tests/tracebacks/NAME.py` ends with an uncaught exception. It is run
//! as `pyjit /abs/path/NAME.py` from an empty temporary directory (stdin from
//! /dev/null, `PYTHONHASHSEED=0`), and its stderr — with the absolute path of
//! `tests/tracebacks` replaced by `TESTDIR` — must equal `NAME.stderr`, which
//! `tests/tracebacks/gen_expected.sh` produces by running CPython 3.11 the same
//! way. This covers the traceback layout: file/line/function entries, source
//! lines, the `^^^^` / `~~^~~` column markers, chained exceptions, repeated
//! frames, and the exception-group box format.
//!
//! Set `TRACEBACKS_FILTER=SUBSTR` to run only the programs whose name contains it.
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PYJIT: &str = env!("CARGO_BIN_EXE_pyjit");

fn run_one(dir: &Path, py: &Path) -> Result<(), String> {
    let name = py.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    let expected_path = dir.join(format!("{name}.stderr"));
    let expected = fs::read_to_string(&expected_path)
        .map_err(|e| format!("{name}: cannot read {}: {e}", expected_path.display()))?;
    let work = std::env::temp_dir().join(format!("pyjit-tracebacks-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| format!("{name}: {e}"))?;
    let out = Command::new(PYJIT)
        .arg(py)
        .current_dir(&work)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{name}: cannot run pyjit: {e}"));
    let _ = fs::remove_dir_all(&work);
    let out = out?;
    let dir_s = dir.to_string_lossy();
    let got = String::from_utf8_lossy(&out.stderr).replace(&*dir_s, "TESTDIR");
    if got == expected {
        Ok(())
    } else {
        Err(format!(
            "{name}: stderr differs\n--- expected\n{expected}--- got\n{got}"
        ))
    }
}

#[test]
fn tracebacks_match_cpython() {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let filter = std::env::var("TRACEBACKS_FILTER").unwrap_or_default();
    let mut programs: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/tracebacks exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    programs.sort();
    let failures: Vec<String> = programs
        .iter()
        .filter_map(|p| run_one(&dir, p).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} traceback programs differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
