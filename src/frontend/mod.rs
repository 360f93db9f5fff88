//! The front end: Python source → pyjit bytecode.
//!
//! Parsing is delegated to `ruff_python_parser` (pinned, target Python 3.11 so newer
//! syntax is a SyntaxError); `symtable` decides where each name lives (fast local,
//! cell, free, global, or a namespace dict); `compiler` walks the AST once and emits
//! [`bytecode::Code`] objects.
pub mod bytecode;
pub mod compiler;
pub mod positions;
pub mod symtable;

/// How a source string is compiled (`exec`, `eval`, or one interactive statement).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// A compile-time error, raised as `SyntaxError` (or a subclass) by the runtime.
#[derive(Clone, Debug)]
pub struct CompileError {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    /// 1-based line and column (column counts characters) of the error.
    pub line: u32,
    pub col: u32,
    /// The offending source line (without its newline), if known.
    pub text: Option<String>,
}

pub use compiler::compile;
