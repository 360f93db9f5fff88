//! Expressions: each leaves exactly one value on the stack.
//!
//! Containers with `*`-unpacking are built incrementally (`BuildList 0` then
//! `ListAppend`/`ListExtend` with distance 1, and `ListToTuple` for tuples);
//! plain ones are built in one instruction from their evaluated elements.
//! Constant tuples become a single constant. Negative number literals are
//! folded (`-1` is one constant), which also makes `-9223372036854775808` a
//! plain `int` rather than a negated big int.
//!
//! Chained comparisons evaluate each middle operand once and short-circuit,
//! exactly as CPython's `DUP_TOP / ROT_THREE / JUMP_IF_FALSE_OR_POP` scheme.
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::Ranged;

use super::constants::{parse_int_text, ConstKey};
use super::names::Ctx;
use super::stmt::binop_kind;
use super::{CResult, Compiler};
use crate::frontend::bytecode::{CmpKind, Op};

/// Above this many items, displays are built incrementally to bound stack use.
const CHUNK: usize = 64;

impl<'a> Compiler<'a> {
    pub fn attr_index(&mut self, attr: &str) -> u32 {
        let m = self.mangle(attr);
        self.name_index(&m)
    }

    /// Location of the instruction loading attribute `a` (CPython 3.11): the
    /// whole expression, or just the attribute name when it spans lines.
    pub fn attr_loc(&mut self, a: &ast::ExprAttribute) {
        self.set_line(a.attr.range.start());
        if self.line_of(a.range.start()) != self.line_of(a.range.end()) {
            self.set_loc(a.attr.range);
        } else {
            self.set_loc(a.range);
        }
    }

    /// The source range CPython gives expression `e`: the node's range, except
    /// that a generator expression that is a call's only argument owns the call's
    /// parentheses (`f(x for x in y)`: the genexp is `(x for x in y)`).
    pub fn node_range(&self, e: &Expr) -> ruff_text_size::TextRange {
        let r = e.range();
        if let Expr::Generator(g) = e {
            if !g.parenthesized {
                let b = self.src.as_bytes();
                let mut s = r.start().to_usize();
                while s > 0 && b.get(s - 1).is_some_and(|c| c.is_ascii_whitespace()) {
                    s -= 1;
                }
                let mut t = r.end().to_usize();
                while b.get(t).is_some_and(|c| c.is_ascii_whitespace()) {
                    t += 1;
                }
                if s > 0 && b.get(s - 1) == Some(&b'(') && b.get(t) == Some(&b')') {
                    return ruff_text_size::TextRange::new(
                        ruff_text_size::TextSize::from((s - 1) as u32),
                        ruff_text_size::TextSize::from((t + 1) as u32),
                    );
                }
            }
        }
        r
    }

    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        self.enter(e.range().start())?;
        let old = self.set_line(e.range().start());
        let old_loc = self.set_loc(self.node_range(e));
        let r = self.expr_inner(e);
        self.u().line = old;
        self.u().loc = old_loc;
        self.leave();
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::DupTop, 0);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp, binop_kind(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::USub {
                    if let Expr::NumberLiteral(n) = &*u.operand {
                        if let Some((k, v)) = self.negated_number(&n.value) {
                            self.emit_const(k, v);
                            return Ok(());
                        }
                    }
                }
                self.expr(&u.operand)?;
                let arg = match u.op {
                    ast::UnaryOp::USub => 0,
                    ast::UnaryOp::UAdd => 1,
                    ast::UnaryOp::Invert => 2,
                    ast::UnaryOp::Not => 3,
                };
                self.emit(Op::UnaryOp, arg);
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => {
                if !self.const_set_display(&s.elts)? {
                    self.sequence_display(&s.elts, Op::BuildSet, Op::SetAdd, Op::SetUpdate, false)?
                }
            }
            Expr::List(l) => self.sequence_display(
                &l.elts,
                Op::BuildList,
                Op::ListAppend,
                Op::ListExtend,
                false,
            )?,
            Expr::Tuple(t) => {
                if let Some((k, v)) = self.literal_const(e) {
                    self.emit_const(k, v);
                } else if t.elts.is_empty() {
                    let v = self.vm.new_tuple(Vec::new());
                    self.emit_const(ConstKey::Tuple(Vec::new()), v);
                } else {
                    self.sequence_display(
                        &t.elts,
                        Op::BuildList,
                        Op::ListAppend,
                        Op::ListExtend,
                        true,
                    )?;
                }
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.comprehension(e)?
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.emit_await(0);
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_load_none(),
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.emit_load_none();
                self.emit(Op::YieldFrom, 0);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range.start())),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                self.try_emit_literal(e)?;
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.attr_loc(a);
                let i = self.attr_index(a.attr.as_str());
                self.emit(Op::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_load_none(),
                    }
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range.start()))
            }
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Load),
            Expr::IpyEscapeCommand(x) => return Err(self.error("invalid syntax", x.range.start())),
        }
        Ok(())
    }

    fn negated_number(&self, n: &Number) -> Option<(ConstKey, crate::runtime::object::Value)> {
        match n {
            Number::Int(i) => {
                let big: BigInt = match i.as_i64() {
                    Some(v) => BigInt::from(v),
                    None => parse_int_text(&i.to_string())?,
                };
                let neg = -big;
                let v = self.vm.new_int_big(neg.clone());
                match v {
                    crate::runtime::object::Value::Int(x) => Some((ConstKey::Int(x), v)),
                    _ => Some((ConstKey::BigInt(neg.to_string()), v)),
                }
            }
            Number::Float(f) => Some((ConstKey::Float((-f).to_bits()), self.vm.new_float(-f))),
            // `-1j` is (-0.0 - 1j) in CPython: negate both parts.
            Number::Complex { real, imag } => Some((
                ConstKey::Complex((-real).to_bits(), (-imag).to_bits()),
                self.vm.new_complex(-real, -imag),
            )),
        }
    }

    /// `{1, 2, 3}`: like CPython 3.11, a set display of three or more constants
    /// is `BuildSet 0; LoadConst <frozenset>; SetUpdate 1`, which makes its
    /// iteration order CPython's (the frozenset is built first, then copied).
    fn const_set_display(&mut self, elts: &'a [Expr]) -> CResult<bool> {
        if elts.len() < 3 {
            return Ok(false);
        }
        let mut items = Vec::with_capacity(elts.len());
        for x in elts {
            let c = match x {
                Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                    Expr::NumberLiteral(n) => self.negated_number(&n.value),
                    _ => None,
                },
                _ => self.literal_const(x),
            };
            match c {
                Some((_, v)) => items.push(v),
                None => return Ok(false),
            }
        }
        let fs = match crate::runtime::setops::const_frozenset(self.vm, &items) {
            Ok(v) => v,
            // Unhashable constants cannot happen for literals; fall back anyway.
            Err(_) => return Ok(false),
        };
        self.emit(Op::BuildSet, 0);
        let i = self.u().consts.len();
        let key = ConstKey::Unique(usize::MAX - i);
        self.emit_const(key, fs);
        self.emit(Op::SetUpdate, 1);
        Ok(true)
    }

    /// Lists, sets and tuples (`as_tuple`: build a list then `ListToTuple` when starred).
    fn sequence_display(
        &mut self,
        elts: &'a [Expr],
        build: Op,
        add: Op,
        extend: Op,
        as_tuple: bool,
    ) -> CResult {
        let starred = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        if !starred && elts.len() <= CHUNK {
            for x in elts {
                self.expr(x)?;
            }
            let op = if as_tuple { Op::BuildTuple } else { build };
            self.emit(op, elts.len() as u32);
            return Ok(());
        }
        self.emit(build, 0);
        for x in elts {
            match x {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(add, 1);
                }
            }
        }
        if as_tuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult {
        let unpacking = d.items.iter().any(|i| i.key.is_none());
        if !unpacking && d.items.len() <= CHUNK {
            let const_keys: Option<Vec<String>> = d
                .items
                .iter()
                .map(|i| match &i.key {
                    Some(Expr::StringLiteral(s)) => Some(s.value.to_str().to_string()),
                    _ => None,
                })
                .collect();
            if let Some(keys) = const_keys.filter(|k| k.len() > 1) {
                let mut uniq = keys.clone();
                uniq.sort();
                uniq.dedup();
                if uniq.len() == keys.len() {
                    for i in &d.items {
                        self.expr(&i.value)?;
                    }
                    self.emit_str_tuple(&keys);
                    self.emit(Op::BuildConstKeyMap, keys.len() as u32);
                    return Ok(());
                }
            }
            for i in &d.items {
                if let Some(k) = &i.key {
                    self.expr(k)?;
                }
                self.expr(&i.value)?;
            }
            self.emit(Op::BuildMap, d.items.len() as u32);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        for i in &d.items {
            match &i.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&i.value)?;
                    self.emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(&i.value)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    /// Emit the comparison instruction for one operator (operands on the stack).
    pub fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::CompareOp, CmpKind::Eq as u32),
            C::NotEq => self.emit(Op::CompareOp, CmpKind::Ne as u32),
            C::Lt => self.emit(Op::CompareOp, CmpKind::Lt as u32),
            C::LtE => self.emit(Op::CompareOp, CmpKind::Le as u32),
            C::Gt => self.emit(Op::CompareOp, CmpKind::Gt as u32),
            C::GtE => self.emit(Op::CompareOp, CmpKind::Ge as u32),
            C::Is => self.emit(Op::IsOp, 0),
            C::IsNot => self.emit(Op::IsOp, 1),
            C::In => self.emit(Op::ContainsOp, 0),
            C::NotIn => self.emit(Op::ContainsOp, 1),
        };
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 0 {
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Op::DupTop, 0);
            self.emit(Op::RotThree, 0);
            self.emit_cmp(c.ops[i]);
            self.jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.emit_cmp(c.ops[n - 1]);
        if n > 1 {
            let end = self.new_label();
            self.jump(Op::Jump, end);
            self.bind(cleanup);
            self.emit(Op::RotTwo, 0);
            self.emit(Op::PopTop, 0);
            self.bind(end);
        }
        Ok(())
    }
}
