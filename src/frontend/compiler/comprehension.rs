//! Comprehensions and generator expressions, compiled as nested functions.
//!
//! As in CPython 3.11 (before PEP 709 inlining), `[elt for x in it if c]` becomes
//! a hidden function `<listcomp>` taking one parameter `.0` — the iterator of the
//! *first* `for`, which is evaluated in the enclosing scope (this is why the first
//! iterable may refer to class-body names while the rest of the comprehension
//! cannot). The call site is `MakeFunction; <iter>; GetIter; CallFunction 1`.
//!
//! Inside, the result container is created first and each nested `for` keeps its
//! iterator on the stack above it, so the append instruction's distance argument
//! is `number of fors + 1`. `if` clauses jump forward to the loop's continue
//! label, which holds the only back-edge (`JumpBack`), keeping every backward
//! jump a `JumpBack` for tier-1 hotness counting. A generator expression yields
//! each element instead and returns `None`.
//!
//! Asynchronous comprehensions (an `async for` clause, or `await` anywhere in
//! the comprehension's own scope) follow CPython 3.11: the symbol table marks
//! the scope async, so the hidden function is a coroutine (an async generator
//! for a generator expression). An `async for` clause loops like the `async
//! for` statement (`GetAIter` on the iterable, then `GetANext` + await under a
//! `SetupExcept` whose handler `EndAsyncFor` ends the loop on
//! StopAsyncIteration), and a non-generator async comprehension's call result
//! is awaited at the use site, which is why it is only allowed where `await` is.
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::names::Ctx;
use super::{CResult, Compiler};
use crate::frontend::bytecode::Op;
use crate::frontend::symtable::ScopeKind;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, name, gens, elt, value): (
            CompKind,
            &str,
            &'a [ast::Comprehension],
            &'a Expr,
            Option<&'a Expr>,
        ) = match e {
            Expr::ListComp(c) => (CompKind::List, "<listcomp>", &c.generators, &c.elt, None),
            Expr::SetComp(c) => (CompKind::Set, "<setcomp>", &c.generators, &c.elt, None),
            Expr::Generator(c) => (CompKind::Gen, "<genexpr>", &c.generators, &c.elt, None),
            Expr::DictComp(c) => match &c.key {
                Some(k) => (
                    CompKind::Dict,
                    "<dictcomp>",
                    &c.generators,
                    k,
                    Some(&*c.value),
                ),
                None => {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range.start(),
                    ))
                }
            },
            _ => {
                return Err(self.error(
                    "internal compiler error: not a comprehension",
                    e.range().start(),
                ))
            }
        };
        let Some(first) = gens.first() else {
            return Err(self.error("invalid syntax", e.range().start()));
        };
        let scope = self.st.scope_for(e.range()).ok_or_else(|| {
            self.error("internal compiler error: missing scope", e.range().start())
        })?;
        // A comprehension with `async for` or `await` is a coroutine (a genexpr
        // an async generator); a coroutine one is awaited where it is used, so
        // it may only appear where `await` may (CPython's compiler_comprehension).
        let is_async = self.st.scopes[scope].is_async && kind != CompKind::Gen;
        if is_async {
            let enclosing_ok = {
                let u = self.ur();
                u.kind == ScopeKind::Comprehension
                    || (u.kind == ScopeKind::Function && self.st.scopes[u.scope].is_async)
            };
            if !enclosing_ok {
                return Err(self.error(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.range().start(),
                ));
            }
        }
        let qualname = self.qualname_for(name);
        let line = self.line_of(e.range().start());
        self.push_unit(scope, ScopeKind::Comprehension, name, qualname, line);
        self.u().argcount = 1;
        self.u().loc = self.node_range(e);
        self.add_const(
            super::constants::ConstKey::None,
            crate::runtime::object::Value::None,
        );
        let r = (|| -> CResult {
            match kind {
                CompKind::List => {
                    self.emit(Op::BuildList, 0);
                }
                CompKind::Set => {
                    self.emit(Op::BuildSet, 0);
                }
                CompKind::Dict => {
                    self.emit(Op::BuildMap, 0);
                }
                CompKind::Gen => {}
            }
            self.comp_loop(kind, gens, 0, elt, value)?;
            if kind == CompKind::Gen {
                self.emit_load_none();
            }
            self.emit(Op::ReturnValue, 0);
            Ok(())
        })();
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let code = self.pop_unit()?;
        self.make_function(code, 0, e.range().start())?;
        self.expr(&first.iter)?;
        self.emit(
            if first.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            },
            0,
        );
        self.emit(Op::CallFunction, 1);
        if is_async {
            self.emit_await(0);
        }
        Ok(())
    }

    /// Await TOS: `GetAwaitable arg; LoadConst None; YieldFrom` (arg names the
    /// source of the awaitable for GetAwaitable's error message).
    pub fn emit_await(&mut self, arg: u32) {
        self.emit(Op::GetAwaitable, arg);
        self.emit_load_none();
        self.emit(Op::YieldFrom, 0);
    }

    fn comp_loop(
        &mut self,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            self.name_op_mangled(".0", Ctx::Load);
        } else {
            self.expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        let start = self.new_label();
        let cont = self.new_label();
        let end = self.new_label();
        self.bind(start);
        if g.is_async {
            // As an `async for` statement: `__anext__` awaited under an except
            // block whose handler (`EndAsyncFor`) ends the loop on StopAsyncIteration.
            self.jump(Op::SetupExcept, end);
            self.emit(Op::GetANext, 0);
            self.emit_load_none();
            self.emit(Op::YieldFrom, 0);
            self.emit(Op::PopBlock, 0);
        } else {
            self.jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, cont)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.bind(cont);
        self.jump(Op::JumpBack, start);
        self.bind(end);
        if g.is_async {
            self.emit(Op::EndAsyncFor, 0);
        }
        Ok(())
    }
}
