//! `match` statements: structural pattern matching, compiled as CPython 3.11 does.
//!
//! The subject is evaluated once; each case but the last works on a `Copy` of it.
//! A pattern *consumes* the value on top of the stack. While a pattern runs, two
//! kinds of values accumulate on the stack and must be dropped if it fails:
//!
//! * `on_top` — intermediate values (the subject of a sequence pattern while its
//!   length is checked, unpacked items not yet matched, the keys tuple ...);
//! * captures — values for the names the pattern binds. They are *not* stored as
//!   they are found (names are bound only if the whole pattern succeeds): each is
//!   rotated underneath everything else, and after success they are popped into
//!   their names in order (`stores[0]` is on top).
//!
//! Every failure jumps to `fail_pop[n]` where `n = on_top + captures`; those
//! labels are emitted after the case as a ladder of `PopTop`s ending at the next
//! case. Or-patterns compile each alternative with a fresh capture list, check
//! that all alternatives bind the same names, permute captures to a common order
//! and then slide them under the outer captures.
use std::collections::HashSet;

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextSize};

use super::constants::ConstKey;
use super::names::Ctx;
use super::{CResult, Compiler, Label};
use crate::frontend::bytecode::{CmpKind, Op};
use crate::runtime::object::Value;

#[derive(Default, Clone)]
struct PatCtx {
    stores: Vec<String>,
    on_top: usize,
    fail_pop: Vec<Label>,
    allow_irrefutable: bool,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        let has_default = n > 1 && {
            let last = &m.cases[n - 1];
            last.guard.is_none() && is_wildcard(&last.pattern)
        };
        let ncheck = n - usize::from(has_default);
        for (i, case) in m.cases.iter().take(ncheck).enumerate() {
            self.set_line(case.pattern.range().start());
            let mut pc = PatCtx {
                allow_irrefutable: case.guard.is_some() || i == n - 1,
                ..Default::default()
            };
            if i != ncheck - 1 {
                self.emit(Op::Copy, 1);
            }
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.name_op(&name, Ctx::Store);
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, false, target)?;
            }
            if i != ncheck - 1 {
                self.emit(Op::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let last = &m.cases[n - 1];
            self.set_line(last.pattern.range().start());
            self.stmts(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops];
        self.jump(op, l);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Op::PopTop, 0);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Move TOS down to depth `count` (1 = no-op).
    fn rotate(&mut self, count: usize) {
        let mut c = count;
        while c > 1 {
            self.emit(Op::Swap, c as u32);
            c -= 1;
        }
    }

    fn store_capture(&mut self, name: &str, pc: &mut PatCtx, at: TextSize) -> CResult {
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                at,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult {
        let old = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = old;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult {
        self.enter(p.range().start())?;
        let r = self.pattern_inner(p, pc);
        self.leave();
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::CompareOp, CmpKind::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                let (k, v) = match s.value {
                    ast::Singleton::None => (ConstKey::None, Value::None),
                    ast::Singleton::True => (ConstKey::Bool(true), Value::Bool(true)),
                    ast::Singleton::False => (ConstKey::Bool(false), Value::Bool(false)),
                };
                self.emit_const(k, v);
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.as_str()
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, a.range.start()));
                    }
                    match &a.name {
                        Some(n) => {
                            let m = self.mangle(n.as_str());
                            self.store_capture(&m, pc, n.range.start())?;
                        }
                        None => {
                            self.emit(Op::PopTop, 0);
                        }
                    }
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Op::Copy, 1);
                    self.subpattern(inner, pc)?;
                    pc.on_top -= 1;
                    match &a.name {
                        Some(n) => {
                            let m = self.mangle(n.as_str());
                            self.store_capture(&m, pc, n.range.start())?;
                        }
                        None => {
                            self.emit(Op::PopTop, 0);
                        }
                    }
                }
            },
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => {
                    let m = self.mangle(n.as_str());
                    self.store_capture(&m, pc, n.range.start())?;
                }
                None => {
                    self.emit(Op::PopTop, 0);
                }
            },
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, s.range.start(), pc)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            Pattern::MatchClass(c) => self.class_pattern(c, pc)?,
            Pattern::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, pats: &'a [Pattern], at: TextSize, pc: &mut PatCtx) -> CResult {
        let size = pats.len();
        let stars: Vec<usize> = pats
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Pattern::MatchStar(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(self.error("multiple starred names in sequence pattern", at));
        }
        let star = stars.first().copied();
        let only_wildcard = pats.iter().all(|p| is_wildcard(p) || is_star_wildcard(p));
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Op::GetLen, 0);
                self.emit_int(size as i64);
                self.emit(Op::CompareOp, CmpKind::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen, 0);
                self.emit_int(size as i64 - 1);
                self.emit(Op::CompareOp, CmpKind::Ge as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        match star {
            None => {
                self.emit(Op::UnpackSequence, size as u32);
            }
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        at,
                    ));
                }
                self.emit(Op::UnpackEx, (i | (after << 8)) as u32);
            }
        }
        pc.on_top += size;
        for p in pats {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatCtx) -> CResult {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error("invalid syntax", m.range.start()));
        }
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.emit_int(size as i64);
            self.emit(Op::CompareOp, CmpKind::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: HashSet<ConstKey> = HashSet::new();
        for k in m.keys.iter() {
            match k {
                Expr::Attribute(_) => {}
                _ => match self.literal_const(k).or_else(|| self.negated_literal(k)) {
                    Some((key, _)) => {
                        if !seen.insert(key) {
                            let text =
                                &self.src[k.range().start().to_usize()..k.range().end().to_usize()];
                            return Err(self.error(
                                format!("mapping pattern checks duplicate key ({text})"),
                                k.range().start(),
                            ));
                        }
                    }
                    None => {
                        if !matches!(k, Expr::BinOp(_) | Expr::UnaryOp(_)) {
                            return Err(self.error(
                                "mapping pattern keys may only match literals and attribute lookups",
                                k.range().start(),
                            ));
                        }
                    }
                },
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.emit_load_none();
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Op::CopyDictWithoutKeys, 0);
                let r = self.mangle(rest.as_str());
                self.store_capture(&r, pc, rest.range.start())?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    /// `-1` / `-1.5` literal keys fold to constants for the duplicate check.
    fn negated_literal(&self, e: &Expr) -> Option<(ConstKey, Value)> {
        if let Expr::UnaryOp(u) = e {
            if u.op == ast::UnaryOp::USub {
                if let Expr::NumberLiteral(n) = &*u.operand {
                    return match &n.value {
                        ast::Number::Int(i) => {
                            i.as_i64().map(|v| (ConstKey::Int(-v), Value::Int(-v)))
                        }
                        ast::Number::Float(f) => {
                            Some((ConstKey::Float((-f).to_bits()), Value::Float(-f)))
                        }
                        _ => None,
                    };
                }
            }
        }
        None
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatCtx) -> CResult {
        let nargs = c.arguments.patterns.len();
        let nkw = c.arguments.keywords.len();
        let mut names: Vec<String> = Vec::with_capacity(nkw);
        for k in &c.arguments.keywords {
            let n = k.attr.as_str().to_string();
            if names.contains(&n) {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {n}"),
                    k.attr.range.start(),
                ));
            }
            names.push(n);
        }
        self.expr(&c.cls)?;
        self.emit_str_tuple(&names);
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::Copy, 1);
        self.emit_load_none();
        self.emit(Op::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        let n = nargs + nkw;
        self.emit(Op::UnpackSequence, n as u32);
        pc.on_top += n;
        pc.on_top -= 1;
        let subs = c
            .arguments
            .patterns
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatCtx) -> CResult {
        let end = self.new_label();
        let n = o.patterns.len();
        let mut control: Option<Vec<String>> = None;
        let outer = pc.clone();
        for (i, alt) in o.patterns.iter().enumerate() {
            let mut sub = PatCtx {
                stores: Vec::new(),
                on_top: 0,
                fail_pop: Vec::new(),
                allow_irrefutable: i == n - 1 && outer.allow_irrefutable,
            };
            self.emit(Op::Copy, 1);
            self.pattern(alt, &mut sub)?;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != sub.stores.len() {
                        return Err(self.error(
                            "alternative patterns bind different names",
                            alt.range().start(),
                        ));
                    }
                    if *ctl != sub.stores {
                        let mut icontrol = ctl.len();
                        while icontrol > 0 {
                            icontrol -= 1;
                            let name = &ctl[icontrol];
                            let Some(istores) = sub.stores.iter().position(|s| s == name) else {
                                return Err(self.error(
                                    "alternative patterns bind different names",
                                    alt.range().start(),
                                ));
                            };
                            if icontrol != istores {
                                let rotations = istores + 1;
                                let rotated: Vec<String> = sub.stores.drain(0..rotations).collect();
                                let at = icontrol - istores;
                                for (j, r) in rotated.into_iter().enumerate() {
                                    sub.stores.insert(at + j, r);
                                }
                                for _ in 0..rotations {
                                    self.rotate(icontrol + 1);
                                }
                            }
                        }
                    }
                }
            }
            self.jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(&mut sub);
        }
        // every alternative failed: drop the subject and fail outward
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range.start(),
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}
