//! Static unwinding of `return`, `break` and `continue` across enclosing blocks.
//!
//! At run time the interpreter keeps a block stack (try handlers, `with` exits,
//! active exception handlers), and the value stack may hold loop iterators and
//! `__exit__` callables. A jump out of such a region must undo all of that,
//! innermost first. Rather than giving the interpreter a dynamic "unwind" op we
//! do what CPython 3.9–3.10 did: the compiler keeps an *fblock* stack mirroring
//! the nesting of the code being compiled, and for each jump-out emits the
//! cleanup of every block it crosses:
//!
//! | block                     | cleanup (`return` keeps its value on TOS)          |
//! |---------------------------|----------------------------------------------------|
//! | `for` loop                | pop the iterator (`RotTwo; PopTop` for return)     |
//! | `while` loop              | nothing                                            |
//! | try body (`SetupExcept`)  | `PopBlock`                                         |
//! | try body with `finally`   | `PopBlock`, then the finally body inline           |
//! | exceptional finally path  | drop the exception, `PopExcept`                    |
//! | except handler body       | `PopExcept`                                        |
//! | `except E as name:` body  | `PopBlock; PopExcept`, clear `name`                |
//! | `with` body               | `PopBlock; WithExitNormal` (exit callable on top)  |
//! | `async with` body         | `PopBlock`, call `__aexit__(None, None, None)`, await, pop |
//! | `async for` loop          | as `for` (the async iterator is on the stack)      |
//!
//! A finally body emitted inline is compiled with the fblock stack truncated to
//! the blocks outside it, so a `return` *inside* that finally unwinds correctly.
use ruff_python_ast::Stmt;
use ruff_text_size::TextSize;

use super::names::Ctx;
use super::{CResult, Compiler, Label};
use crate::frontend::bytecode::Op;

#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    While {
        start: Label,
        exit: Label,
    },
    For {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    HandlerBody {
        name: Option<String>,
    },
    /// The body of `except ... as name:`, under its own `SetupFinally` cleanup block.
    NamedHandlerBody {
        name: String,
    },
    /// The body of an `except*` clause: nothing may jump out of it.
    StarHandlerBody,
    With,
    /// An `async with` body: like `With`, but `__aexit__`'s result is awaited.
    AsyncWith,
}

impl<'a> Compiler<'a> {
    pub fn push_fblock(&mut self, b: FBlock<'a>) {
        self.u().fblocks.push(b);
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Emit the cleanup for leaving fblock `i` (its index in the current stack).
    fn unwind_block(&mut self, i: usize, preserve_tos: bool) -> CResult {
        let Some(block) = self.ur().fblocks.get(i).cloned() else {
            return Ok(());
        };
        match block {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock, 0);
            }
            FBlock::FinallyTry { body } => {
                self.emit(Op::PopBlock, 0);
                let saved = self.u().fblocks.split_off(i);
                let r = self.stmts(body);
                self.u().fblocks.extend(saved);
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopExcept, 0);
            }
            FBlock::HandlerBody { name } => {
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.emit_load_none();
                    self.name_op(&n, Ctx::Store);
                    self.name_op(&n, Ctx::Del);
                }
            }
            FBlock::NamedHandlerBody { name } => {
                self.emit(Op::PopBlock, 0);
                self.emit(Op::PopExcept, 0);
                self.clear_name(&name);
            }
            FBlock::StarHandlerBody => {
                let at = self.ur().loc.start();
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    at,
                ));
            }
            FBlock::With => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopBlock, 0);
                self.emit(Op::WithExitNormal, 0);
            }
            FBlock::AsyncWith => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopBlock, 0);
                self.emit_async_exit_normal();
            }
        }
        Ok(())
    }

    /// `return`: the value is already on TOS.
    pub fn unwind_for_return(&mut self) -> CResult {
        let n = self.ur().fblocks.len();
        for i in (0..n).rev() {
            self.unwind_block(i, true)?;
        }
        Ok(())
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.ur()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }))
    }

    pub fn compile_break(&mut self, at: TextSize) -> CResult {
        let Some(li) = self.innermost_loop() else {
            return Err(self.error("'break' outside loop", at));
        };
        let n = self.ur().fblocks.len();
        for i in (li + 1..n).rev() {
            self.unwind_block(i, false)?;
        }
        match self.ur().fblocks.get(li).cloned() {
            Some(FBlock::For { exit, .. }) => {
                self.emit(Op::PopTop, 0);
                self.jump(Op::Jump, exit);
            }
            Some(FBlock::While { exit, .. }) => self.jump(Op::Jump, exit),
            _ => {}
        }
        Ok(())
    }

    pub fn compile_continue(&mut self, at: TextSize) -> CResult {
        let Some(li) = self.innermost_loop() else {
            return Err(self.error("'continue' not properly in loop", at));
        };
        let n = self.ur().fblocks.len();
        for i in (li + 1..n).rev() {
            self.unwind_block(i, false)?;
        }
        match self.ur().fblocks.get(li).cloned() {
            Some(FBlock::For { start, .. }) | Some(FBlock::While { start, .. }) => {
                self.jump(Op::JumpBack, start);
            }
            _ => {}
        }
        Ok(())
    }
}
