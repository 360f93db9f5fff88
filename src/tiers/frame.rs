//! The interpreter frame.
//!
//! A frame is plain memory: fast locals in a `Vec<Option<Value>>` indexed by the
//! compiler's slot numbers, the value stack in a `Vec<Value>`, the cells for
//! closures, and a block stack for active `try`/`with` handlers. Nothing about a
//! frame lives only in Rust locals of the interpreter loop between instructions,
//! so a frame can be suspended (generators), inspected (tracebacks), or rebuilt
//! from a JIT snapshot on deoptimisation and resumed at any instruction boundary.
use std::rc::Rc;

use crate::frontend::bytecode::Code;
use crate::runtime::object::{ObjRef, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `try:` body of a try/except: jump to `handler` on exception.
    Except,
    /// `try:` body of a try/finally or a `with` body.
    Finally,
    /// An except/finally handler is running; the previous handled exception is
    /// restored when it is popped.
    Handler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: usize,
    pub level: usize,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace for module and class bodies (LoadName/StoreName).
    pub locals_dict: Option<ObjRef>,
    pub blocks: Vec<Block>,
    /// Handled exceptions stashed while a generator is suspended inside a handler.
    pub saved_handled: Vec<Option<ObjRef>>,
    /// For generators: has the frame started running?
    pub started: bool,
    /// Instruction currently executing (for tracebacks and `f_lineno`).
    pub last_pc: usize,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: ObjRef, builtins: ObjRef) -> Frame {
        let nlocals = code.varnames.len();
        Frame::new_with_locals(code, globals, builtins, vec![None; nlocals])
    }

    /// A frame whose fast locals are already filled (the fast call path).
    pub fn new_with_locals(
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Vec<Option<Value>>,
    ) -> Frame {
        let stack = Vec::with_capacity(code.max_stack + 1);
        Frame::with_stack(code, globals, builtins, locals, stack)
    }

    /// A frame for a call run by a function trace: no value stack is
    /// allocated until an exit needs one.
    pub fn new_with_locals_unstacked(
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Vec<Option<Value>>,
    ) -> Frame {
        Frame::with_stack(code, globals, builtins, locals, Vec::new())
    }

    fn with_stack(
        code: Rc<Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Vec<Option<Value>>,
        stack: Vec<Value>,
    ) -> Frame {
        Frame {
            stack,
            locals,
            cells: Vec::new(),
            code,
            pc: 0,
            globals,
            builtins,
            locals_dict: None,
            blocks: Vec::new(),
            saved_handled: Vec::new(),
            started: false,
            last_pc: 0,
        }
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.last_pc)
    }
}
