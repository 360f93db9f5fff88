//! The `--jit-log=LETTERS[:FILE]` diagnostics sink (also `PYJIT_LOG`).
//!
//! Modelled on LuaJIT's `-jv`/`-jdump` and PyPy's `PYPYLOG`: each letter turns
//! on one kind of output, so a user can ask for exactly the level of detail
//! they need. `t` one line per trace event, `b` the recorded bytecodes, `i`
//! the trace IR before and after optimisation, `c` the Cranelift IR, `m` the
//! machine code, `x` exits taken, `s` a summary when the program ends.
//! Output goes to stderr unless a file is named.
use std::cell::RefCell;
use std::io::Write;

pub const LETTERS: &str = "tbicmxs";

#[derive(Default)]
pub struct JitLog {
    enabled: [bool; 7],
    out: RefCell<Option<Box<dyn Write>>>,
}

impl JitLog {
    /// Parse `LETTERS[:FILE]`.
    pub fn parse(spec: &str) -> Result<JitLog, String> {
        let (letters, file) = match spec.split_once(':') {
            Some((l, f)) => (l, Some(f)),
            None => (spec, None),
        };
        let mut enabled = [false; 7];
        for c in letters.chars() {
            match LETTERS.find(c) {
                Some(i) => enabled[i] = true,
                None => {
                    return Err(format!(
                        "--jit-log: unknown letter '{c}' (use any of {LETTERS}: t traces, b bytecode, i IR, c Cranelift IR, m machine code, x exits, s summary)"
                    ))
                }
            }
        }
        let out: Box<dyn Write> = match file {
            Some(f) if !f.is_empty() => Box::new(std::io::BufWriter::new(
                std::fs::File::create(f)
                    .map_err(|e| format!("--jit-log: cannot write {f}: {e}"))?,
            )),
            _ => Box::new(std::io::stderr()),
        };
        Ok(JitLog {
            enabled,
            out: RefCell::new(Some(out)),
        })
    }

    #[inline]
    pub fn on(&self, letter: char) -> bool {
        match LETTERS.find(letter) {
            Some(i) => self.enabled[i],
            None => false,
        }
    }

    pub fn any(&self) -> bool {
        self.enabled.iter().any(|e| *e)
    }

    pub fn write(&self, text: &str) {
        if let Some(out) = self.out.borrow_mut().as_mut() {
            let _ = out.write_all(text.as_bytes());
            if !text.ends_with('\n') {
                let _ = out.write_all(b"\n");
            }
        }
    }

    pub fn flush(&self) {
        if let Some(out) = self.out.borrow_mut().as_mut() {
            let _ = out.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_parse() {
        let l = JitLog::parse("ts").unwrap();
        assert!(l.on('t') && l.on('s') && !l.on('i'));
        assert!(JitLog::parse("tq").is_err());
        assert!(!JitLog::default().any());
    }
}
