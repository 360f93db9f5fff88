//! Traceback column markers: the `^^^^` / `~~^~~` line CPython 3.11 prints under
//! each source line of a traceback.
//!
//! The compiler gives every instruction the source range of the AST node it was
//! compiled for ([`Position`], CPython's `co_positions()`: columns are UTF-8 byte
//! offsets). When an exception is reported, the range of the failing instruction
//! is turned into a marker line exactly as `tb_displayline` in CPython 3.11's
//! `Python/traceback.c` does it — that C code, not `traceback.py`, prints
//! uncaught exceptions, and the two differ in small ways:
//!
//! * byte columns become character columns by decoding the line's UTF-8 prefix
//!   (a column inside a multi-byte character counts as one replacement char);
//! * a single-line range is cut out of the line and re-parsed as a module; if it
//!   is one expression statement that is a `BinOp` or a `Subscript`, the
//!   operator (first non-blank byte after the left operand that is not a `)`
//!   closing it, plus the next byte when that is not blank: `//`, `**` but also
//!   `+(`) or the `[slice]` part gets `^` and the rest `~` (3.11.7's rules,
//!   which differ from 3.11.0's);
//! * a multi-line range is marked up to the last non-blank character of its
//!   first line (C scans *bytes* from the *character* length here; we do the same);
//! * no marker line is printed when the plain `^` range covers the whole line
//!   after its indentation (trailing blanks and comments count as line content).
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use crate::frontend::bytecode::Position;

/// `_PyPegen_byte_offset_to_character_offset`.
fn byte_to_char(s: &str, col: usize) -> usize {
    let b = s.as_bytes();
    if col > b.len() {
        // C decodes the terminating NUL too.
        return s.chars().count() + 1;
    }
    String::from_utf8_lossy(&b[..col]).chars().count()
}

fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t' || c == 0x0c
}

/// `(left_end, right_start)` anchors, in bytes of `segment`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Some(Stmt::Expr(e)) = body.first() else {
        return None;
    };
    let b = segment.as_bytes();
    match &*e.value {
        Expr::BinOp(op) => {
            let from = op.left.range().end().to_usize();
            let to = op.right.range().start().to_usize().min(b.len());
            let mut found = None;
            for i in from..to {
                if is_ws(b[i]) {
                    continue;
                }
                let mut right = i + 1;
                // A two-character operator (`//`, `**`, `<<` ...).
                if i + 1 < to && !is_ws(b[i + 1]) {
                    right += 1;
                }
                found = Some((i, right));
                // Skip the closing parentheses of a parenthesized left operand.
                if i + 1 < to && b[i] == b')' {
                    continue;
                }
                break;
            }
            found
        }
        Expr::Subscript(s) => {
            let n = b.len();
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            while left < n && b[left] != b'[' {
                left += 1;
            }
            while right < n && b[right] != b']' {
                right += 1;
            }
            if right < n {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// The marker line (with its 4-space indent and newline) for source `line`
/// (without its newline) and instruction position `pos`, or None when CPython
/// prints none.
pub fn marker_line(line: &str, pos: Position) -> Option<String> {
    if pos.line == 0 || pos.end_line < pos.line {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let start = byte_to_char(line, pos.col as usize);
    let mut end = byte_to_char(line, pos.end_col as usize);
    let mut special: Option<(usize, usize)> = None;
    let (mut primary, mut secondary) = ('^', '^');
    if pos.line == pos.end_line {
        let s = start.min(chars.len());
        let e = end.min(chars.len()).max(s);
        let segment: String = chars[s..e].iter().collect();
        if let Some((l, r)) = anchors(&segment) {
            special = Some((
                byte_to_char(&segment, l) + start,
                byte_to_char(&segment, r) + start,
            ));
            primary = '~';
            secondary = '^';
        }
    } else {
        let b = line.as_bytes();
        let mut i = chars.len() as isize;
        loop {
            i -= 1;
            if i < 0 || !b.get(i as usize).is_some_and(|&c| is_ws(c)) {
                break;
            }
        }
        end = (i + 1) as usize;
    }
    let lead = chars
        .iter()
        .take_while(|&&c| c == ' ' || c == '\t' || c == '\x0c')
        .count();
    let stripped_len = chars.len() - lead;
    if end.wrapping_sub(start) == stripped_len && special.is_none() {
        return None;
    }
    let mut out = String::new();
    let mut offset = lead as isize - 4;
    let (start, end) = (start as isize, end as isize);
    loop {
        offset += 1;
        if offset > end {
            break;
        }
        if offset <= start {
            out.push(' ');
        } else if special.is_some_and(|(l, r)| (l as isize) < offset && offset <= r as isize) {
            out.push(secondary);
        } else {
            out.push(primary);
        }
    }
    out.push('\n');
    Some(out)
}
