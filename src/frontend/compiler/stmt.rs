//! Statements: assignment forms, control flow, exceptions, `with`, imports.
//!
//! Each statement is compiled to a stack-neutral instruction sequence following
//! the bytecode contract in `frontend::bytecode`: loops keep their iterator on
//! the value stack (so `break` must pop it), `try` pushes a run-time handler
//! block with `SetupExcept`/`SetupFinally`, and `with` keeps the bound
//! `__exit__` on the stack under a finally-like block (`async with` the same
//! with `__aexit__`, awaiting `__aenter__`/`__aexit__` results, and `async for`
//! keeps its async iterator like `for`). Everything a jump out of
//! these regions must undo is recorded as an fblock (see `unwind.rs`).
//!
//! Conditions are compiled straight into jumps (`jump_if`), so `not`, `and` and
//! `or` in an `if`/`while`/`assert` never materialise a bool.
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::names::Ctx;
use super::unwind::FBlock;
use super::{CResult, Compiler};
use crate::frontend::bytecode::{BinOpKind, Op};
use crate::frontend::symtable::ScopeKind;

/// Map an AST operator to the bytecode's BinOpKind.
pub(crate) fn binop_kind(op: ast::Operator) -> BinOpKind {
    use ast::Operator as O;
    match op {
        O::Add => BinOpKind::Add,
        O::Sub => BinOpKind::Sub,
        O::Mult => BinOpKind::Mul,
        O::MatMult => BinOpKind::MatMul,
        O::Div => BinOpKind::TrueDiv,
        O::FloorDiv => BinOpKind::FloorDiv,
        O::Mod => BinOpKind::Mod,
        O::Pow => BinOpKind::Pow,
        O::LShift => BinOpKind::LShift,
        O::RShift => BinOpKind::RShift,
        O::BitAnd => BinOpKind::And,
        O::BitOr => BinOpKind::Or,
        O::BitXor => BinOpKind::Xor,
    }
}

/// The string-literal docstring at the start of a body, if any.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Does this block (not counting nested defs/classes) contain an annotated assignment?
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// A module or class body: docstring → `__doc__`, `SetupAnnotations`, statements.
    pub fn body_prologue(&mut self, body: &'a [Stmt]) -> CResult {
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            if let Some(first) = body.first() {
                self.set_line(first.range().start());
            }
            self.emit_str(&doc);
            self.name_op_mangled("__doc__", Ctx::Store);
            rest = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.stmts(rest)
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter(s.range().start())?;
        let old = self.set_line(s.range().start());
        let old_loc = self.set_loc(s.range());
        let r = self.stmt_inner(s);
        self.u().line = old;
        self.u().loc = old_loc;
        self.leave();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                let (is_gen, is_async) = {
                    let sc = &self.st.scopes[self.ur().scope];
                    (sc.is_generator, sc.is_async)
                };
                if !self.ur().kind.is_function_like() {
                    return Err(self.error("'return' outside function", r.range.start()));
                }
                match &r.value {
                    Some(v) => {
                        if is_gen && is_async {
                            return Err(self
                                .error("'return' with value in async generator", r.range.start()));
                        }
                        self.expr(v)?;
                    }
                    None => self.emit_load_none(),
                }
                self.unwind_for_return()?;
                self.emit(Op::ReturnValue, 0);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::DupTop, 0);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if w.is_async {
                    self.require_async_function("'async with' outside async function", w)?;
                    return self.async_with_items(&w.items, 0, &w.body);
                }
                self.with_items(&w.items, 0, &w.body)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise, n);
                Ok(())
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.jump_if(&a.test, true, ok)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::CallFunction, 1);
                }
                self.emit(Op::Raise, 1);
                self.bind(ok);
                Ok(())
            }
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.ur().interactive && self.ur().kind == ScopeKind::Module {
                    self.expr(&e.value)?;
                    self.emit(Op::PrintExpr, 0);
                    return Ok(());
                }
                if self.literal_const(&e.value).is_some() {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Break(b) => self.compile_break(b.range.start()),
            Stmt::Continue(c) => self.compile_continue(c.range.start()),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {
                Err(self.error("invalid syntax", s.range().start()))
            }
        }
    }

    /// `name = None; del name` (the end of an `except ... as name:` handler).
    pub fn clear_name(&mut self, name: &str) {
        self.emit_load_none();
        self.name_op(name, Ctx::Store);
        self.name_op(name, Ctx::Del);
    }

    /// Compile a feature that is not implemented as a NotImplementedError
    /// naming it (no user today; kept for the next half-done feature).
    #[allow(dead_code)]
    pub fn emit_unsupported(&mut self, msg: &str) {
        let v = self.vm.new_str(msg);
        let i = self.add_const(super::constants::ConstKey::Str(msg.to_string()), v);
        self.emit(Op::Unsupported, i);
    }

    // ----- conditions -----

    /// Jump to `target` if `e` is truthy (`when == true`) or falsy (`when == false`).
    pub fn jump_if(&mut self, e: &'a Expr, when: bool, target: super::Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) if b.values.len() >= 2 => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                // `and` jumping on false / `or` jumping on true: every operand jumps directly.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(&b.values[n - 1], when, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::BooleanLiteral(b) => {
                if b.value == when {
                    self.jump(Op::Jump, target);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        if let Expr::Compare(c) = e {
            // CPython 3.11 leaves a tested comparison's location in place (an
            // `assert`'s AssertionError points at the comparison).
            self.set_line(c.range.start());
            self.set_loc(c.range);
        }
        self.jump(
            if when {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    // ----- assignment -----

    pub fn store_target(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_loc(t.range());
        let r = self.store_target_inner(t);
        self.u().loc = old;
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult {
        self.set_line(t.range().start());
        match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Store);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Op::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t)
            }
            Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range.start(),
            )),
            _ => Err(self.error(
                format!("cannot assign to {}", errors_expr_name(t)),
                t.range().start(),
            )),
        }
    }

    fn unpack_into(&mut self, elts: &'a [Expr], whole: &Expr) -> CResult {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, Expr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        match stars.as_slice() {
            [] => {
                self.emit(Op::UnpackSequence, elts.len() as u32);
            }
            [i] => {
                let before = *i;
                let after = elts.len() - i - 1;
                if before >= 256 || after >= (1 << 24) {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        whole.range().start(),
                    ));
                }
                self.emit(Op::UnpackEx, (before | (after << 8)) as u32);
            }
            _ => {
                return Err(self.error(
                    "multiple starred expressions in assignment",
                    whole.range().start(),
                ))
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_loc(t.range());
        let r = self.delete_target_inner(t);
        self.u().loc = old;
        r
    }

    fn delete_target_inner(&mut self, t: &'a Expr) -> CResult {
        self.set_line(t.range().start());
        match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Del);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Op::DeleteAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => Err(self.error(
                format!("cannot delete {}", errors_expr_name(t)),
                t.range().start(),
            )),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let k = binop_kind(a.op) as u32;
        match &*a.target {
            Expr::Name(n) => {
                let stmt_loc = self.set_loc(n.range);
                self.name_op(n.id.as_str(), Ctx::Load);
                self.set_loc(stmt_loc);
                self.expr(&a.value)?;
                self.set_line(a.range.start());
                self.emit(Op::InplaceOp, k);
                self.set_loc(n.range);
                self.name_op(n.id.as_str(), Ctx::Store);
                self.set_loc(stmt_loc);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                let stmt_loc = self.set_loc(at.range);
                self.emit(Op::DupTop, 0);
                let i = self.attr_index(at.attr.as_str());
                self.emit(Op::LoadAttr, i);
                self.set_loc(stmt_loc);
                self.expr(&a.value)?;
                self.set_line(a.range.start());
                self.emit(Op::InplaceOp, k);
                self.set_loc(at.range);
                self.emit(Op::RotTwo, 0);
                self.emit(Op::StoreAttr, i);
                self.set_loc(stmt_loc);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let stmt_loc = self.set_loc(s.range);
                self.emit(Op::DupTopTwo, 0);
                self.emit(Op::BinarySubscr, 0);
                self.set_loc(stmt_loc);
                self.expr(&a.value)?;
                self.set_line(a.range.start());
                self.emit(Op::InplaceOp, k);
                self.set_loc(s.range);
                self.emit(Op::RotThree, 0);
                self.emit(Op::StoreSubscr, 0);
                self.set_loc(stmt_loc);
            }
            t => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        errors_expr_name(t)
                    ),
                    t.range().start(),
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        let evaluates = !self.ur().kind.is_function_like();
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if evaluates {
                    self.annotation(&a.annotation)?;
                    self.name_op_mangled("__annotations__", Ctx::Load);
                    let m = self.mangle(n.id.as_str());
                    self.emit_str(&m);
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            t => {
                if a.value.is_none() {
                    match t {
                        Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                            self.emit(Op::PopTop, 0);
                        }
                        Expr::Subscript(s) => {
                            self.expr(&s.value)?;
                            self.emit(Op::PopTop, 0);
                            self.expr(&s.slice)?;
                            self.emit(Op::PopTop, 0);
                        }
                        _ => {}
                    }
                }
                if evaluates && !self.future_annotations {
                    self.expr(&a.annotation)?;
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        Ok(())
    }

    // ----- control flow -----

    /// `async for`/`async with` are only allowed directly in an `async def`.
    fn require_async_function(&self, msg: &str, at: &impl Ranged) -> CResult {
        let u = self.ur();
        if u.kind == ScopeKind::Function && self.st.scopes[u.scope].is_async {
            return Ok(());
        }
        Err(self.error(msg, at.range().start()))
    }

    /// `async for` (CPython 3.11's compiler_async_for): the async iterator stays
    /// on the stack like a `for` loop's iterator; each step awaits `__anext__()`
    /// under an except block whose handler, `EndAsyncFor`, ends the loop on
    /// StopAsyncIteration (popping the iterator) and re-raises anything else.
    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.require_async_function("'async for' outside async function", f)?;
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GetAIter, 0);
        self.bind(start);
        self.set_line(f.range.start());
        self.jump(Op::SetupExcept, except);
        self.emit(Op::GetANext, 0);
        self.emit_load_none();
        self.emit(Op::YieldFrom, 0);
        self.emit(Op::PopBlock, 0);
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::For { start, exit: end });
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.jump(Op::JumpBack, start);
        self.bind(except);
        let old = self.set_loc(f.iter.range());
        self.emit(Op::EndAsyncFor, 0);
        self.set_loc(old);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GetIter, 0);
        self.bind(start);
        self.set_line(f.range.start());
        self.jump(Op::ForIter, cleanup);
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::For { start, exit: end });
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.jump(Op::JumpBack, start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlock::While { start, exit: end });
        self.stmts(&w.body)?;
        self.pop_fblock();
        self.jump(Op::JumpBack, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(Op::Jump, end);
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &clause.test {
                self.set_line(t.range().start());
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    // ----- exceptions -----

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let fin = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, fin);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_fblock();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.finalbody)?;
        self.jump(Op::Jump, end);
        self.bind(fin);
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            return self.try_except_star(t);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupExcept, handler);
        self.push_fblock(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.orelse)?;
        self.jump(Op::Jump, end);
        self.bind(handler);
        let mut bare_seen = false;
        for (idx, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range.start());
            if bare_seen {
                return Err(self.error(
                    "default 'except:' must be last",
                    t.handlers[idx - 1].range().start(),
                ));
            }
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.emit(Op::DupTop, 0);
                    self.expr(ty)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None => bare_seen = true,
            }
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(nm) => {
                    // `except E as e:` — the body runs under a finally-like block
                    // so that `e` is deleted even when the body raises.
                    self.name_op(nm, Ctx::Store);
                    let cleanup = self.new_label();
                    self.jump(Op::SetupFinally, cleanup);
                    self.push_fblock(FBlock::NamedHandlerBody { name: nm.clone() });
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::PopBlock, 0);
                    self.emit(Op::PopExcept, 0);
                    self.clear_name(nm);
                    self.jump(Op::Jump, end);
                    self.bind(cleanup);
                    self.clear_name(nm);
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.push_fblock(FBlock::HandlerBody { name: None });
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::PopExcept, 0);
                    self.jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        if !bare_seen {
            self.emit(Op::Reraise, 0);
        }
        self.bind(end);
        Ok(())
    }

    /// `try: ... except* T as e: ...` (PEP 654). While the clauses run the
    /// stack holds `[original, raised-list, rest]`: each clause splits `rest`
    /// with `CheckEgMatch`, runs its body on the match under a cleanup block that
    /// appends whatever the body raises to the list, and at the end
    /// `PrepReraiseStar` combines the list and the unhandled rest into the
    /// exception to re-raise (or None).
    fn try_except_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let reraise = self.new_label();
        self.jump(Op::SetupExcept, handler);
        self.push_fblock(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.orelse)?;
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.emit(Op::DupTop, 0);
        self.emit(Op::BuildList, 0);
        self.emit(Op::RotTwo, 0);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range.start());
            self.set_loc(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range.start()));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            let cleanup = self.new_label();
            self.expr(ty)?;
            self.emit(Op::CheckEgMatch, 0);
            self.emit(Op::DupTop, 0);
            self.emit_load_none();
            self.emit(Op::IsOp, 0);
            self.jump(Op::PopJumpIfTrue, no_match);
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(nm) => self.name_op(nm, Ctx::Store),
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            self.jump(Op::SetupFinally, cleanup);
            self.push_fblock(FBlock::StarHandlerBody);
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit(Op::PopBlock, 0);
            if let Some(nm) = &name {
                self.clear_name(nm);
            }
            self.jump(Op::Jump, next);
            // The body raised: [orig, list, rest, raised] under a handler block.
            self.bind(cleanup);
            if let Some(nm) = &name {
                self.clear_name(nm);
            }
            self.emit(Op::ListAppend, 2);
            self.emit(Op::PopExcept, 0);
            self.jump(Op::Jump, next);
            self.bind(no_match);
            self.emit(Op::PopTop, 0);
            self.bind(next);
        }
        self.set_loc(t.range);
        self.emit(Op::ListAppend, 1);
        self.emit(Op::PrepReraiseStar, 0);
        self.emit(Op::DupTop, 0);
        self.emit_load_none();
        self.emit(Op::IsOp, 0);
        self.jump(Op::PopJumpIfFalse, reraise);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.jump(Op::Jump, end);
        self.bind(reraise);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    fn with_items(&mut self, items: &'a [ast::WithItem], i: usize, body: &'a [Stmt]) -> CResult {
        let Some(item) = items.get(i) else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        self.jump(Op::SetupWith, handler);
        self.push_fblock(FBlock::With);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.with_items(items, i + 1, body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock, 0);
        self.emit(Op::WithExitNormal, 0);
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.emit(Op::WithExceptStart, 0);
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.bind(end);
        Ok(())
    }

    /// `async with` (CPython 3.11's compiler_async_with): `BeforeAsyncWith`
    /// leaves the bound `__aexit__` under the `__aenter__()` result, which is
    /// awaited; `SetupAsyncWith` then opens the finally-like block with
    /// `__aexit__` on top of its saved stack. Both exits await `__aexit__`'s
    /// result; on the exceptional one a true result suppresses the exception.
    fn async_with_items(
        &mut self,
        items: &'a [ast::WithItem],
        i: usize,
        body: &'a [Stmt],
    ) -> CResult {
        let Some(item) = items.get(i) else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeAsyncWith, 0);
        self.emit_await(1);
        self.jump(Op::SetupAsyncWith, handler);
        self.push_fblock(FBlock::AsyncWith);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.async_with_items(items, i + 1, body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock, 0);
        self.emit_async_exit_normal();
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.emit(Op::WithExceptStart, 0);
        self.emit_await(2);
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.bind(end);
        Ok(())
    }

    /// Stack [aexit] → []: `await aexit(None, None, None)`, result discarded.
    pub fn emit_async_exit_normal(&mut self) {
        self.emit_load_none();
        self.emit(Op::DupTop, 0);
        self.emit(Op::DupTop, 0);
        self.emit(Op::CallFunction, 3);
        self.emit_await(2);
        self.emit(Op::PopTop, 0);
    }

    // ----- imports -----

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for a in &i.names {
            self.set_line(a.range.start());
            let full = a.name.as_str();
            self.emit_int(0);
            self.emit_load_none();
            let ni = self.name_index(full);
            self.emit(Op::ImportName, ni);
            match &a.asname {
                Some(alias) => {
                    for part in full.split('.').skip(1) {
                        let ai = self.name_index(part);
                        self.emit(Op::LoadAttr, ai);
                    }
                    self.name_op(alias.as_str(), Ctx::Store);
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.name_op(top, Ctx::Store);
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        self.emit_int(i.level as i64);
        let star = i.names.len() == 1 && i.names[0].name.as_str() == "*";
        let names: Vec<String> = i
            .names
            .iter()
            .map(|a| a.name.as_str().to_string())
            .collect();
        self.emit_str_tuple(&names);
        let mi = self.name_index(module);
        self.emit(Op::ImportName, mi);
        if star {
            self.emit(Op::ImportStar, 0);
            return Ok(());
        }
        for a in &i.names {
            self.set_line(a.range.start());
            let ni = self.name_index(a.name.as_str());
            self.emit(Op::ImportFrom, ni);
            let bound = a.asname.as_ref().unwrap_or(&a.name).as_str();
            self.name_op(bound, Ctx::Store);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}

/// CPython's description of an expression kind in "cannot assign to ..." errors.
pub(crate) fn errors_expr_name(e: &Expr) -> &'static str {
    super::errors::expr_name(e)
}
