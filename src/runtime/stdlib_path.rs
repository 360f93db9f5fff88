//! Where CPython 3.11's pure-Python standard library lives on this machine.
//!
//! pyjit does not ship the standard library: `os.py`, `functools.py`, `json/` … are
//! read from the CPython 3.11 installation beside it, and only the C modules they
//! import (`_collections`, `itertools`, `_random` …) are written here in Rust. The
//! directory goes at the end of `sys.path`, where CPython puts its own `Lib`.
//!
//! Lookup order: `PYJIT_STDLIB` (an explicit directory, or empty to run without a
//! standard library), then each `python3.11` on `PATH` (a pyenv shim directory is
//! followed to the pyenv versions it manages; a real executable to its prefix's
//! `lib/python3.11`), then the usual system prefixes. A candidate counts when it
//! holds `os.py`, the module every other one leans on.
use std::path::{Path, PathBuf};

const VERSION_DIR: &str = "python3.11";

/// The standard library directory, if one is installed.
pub fn find() -> Option<PathBuf> {
    if let Some(explicit) = std::env::var_os("PYJIT_STDLIB") {
        let dir = PathBuf::from(explicit);
        return is_stdlib(&dir).then_some(dir);
    }
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    for bin in on_path {
        if let Some(dir) = from_bin_dir(&bin) {
            return Some(dir);
        }
    }
    ["/usr/local/lib", "/usr/lib"]
        .iter()
        .map(|p| Path::new(p).join(VERSION_DIR))
        .find(|d| is_stdlib(d))
}

fn is_stdlib(dir: &Path) -> bool {
    dir.join("os.py").is_file()
}

fn from_bin_dir(bin: &Path) -> Option<PathBuf> {
    let exe = bin.join(VERSION_DIR);
    if !exe.is_file() {
        return None;
    }
    if bin.ends_with("shims") {
        // pyenv: the shim is a script; the interpreters live in ../versions/3.11.*.
        let versions = bin.parent()?.join("versions");
        let mut found: Vec<PathBuf> = std::fs::read_dir(&versions)
            .ok()?
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with("3.11"))
            .map(|e| e.path().join("lib").join(VERSION_DIR))
            .filter(|d| is_stdlib(d))
            .collect();
        found.sort();
        return found.pop();
    }
    let real = std::fs::canonicalize(&exe).ok()?;
    let dir = real.parent()?.parent()?.join("lib").join(VERSION_DIR);
    is_stdlib(&dir).then_some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_without_os_py_is_not_a_standard_library() {
        assert!(!is_stdlib(Path::new("/nonexistent")));
        assert!(from_bin_dir(Path::new("/nonexistent/bin")).is_none());
    }
}
