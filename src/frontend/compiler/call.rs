//! Calls: the four calling sequences of the bytecode contract.
//!
//! * `obj.m(a, b)` with only plain positional arguments uses the method fast
//!   path `LoadMethod` / `CallMethod`, which avoids creating a bound method.
//! * plain positional arguments: `CallFunction n`;
//! * keywords (no unpacking): values pushed after the positionals, then a
//!   constant tuple of keyword names, `CallKw total`;
//! * any `*x` or `**m`: a positional tuple and optionally a kwargs dict are built
//!   explicitly and the call is `CallEx 0|1`.
//!
//! `call_args` is shared with class creation, where the body function and the
//! class name are positional arguments already on the stack (`pre`).
use std::collections::HashSet;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::frontend::bytecode::Op;

impl<'a> Compiler<'a> {
    pub fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments;
        let simple =
            !args.args.iter().any(|a| matches!(a, Expr::Starred(_))) && args.keywords.is_empty();
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.attr_loc(a);
            let i = self.attr_index(a.attr.as_str());
            self.emit(Op::LoadMethod, i);
            let at = self.method_call_loc(c, a);
            for x in args.args.iter() {
                self.expr(x)?;
            }
            self.set_line(at);
            self.emit(Op::CallMethod, args.args.len() as u32);
            return Ok(());
        }
        self.expr(&c.func)?;
        let mut at = c.range().start();
        if let Expr::Attribute(a) = &*c.func {
            if !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
                && args.keywords.iter().all(|k| k.arg.is_some())
            {
                at = self.method_call_loc(c, a);
            }
        }
        self.call_args(&args.args, &args.keywords, 0, at)
    }

    /// CPython 3.11 compiles `obj.m(...)` calls as method calls and, when the
    /// attribute spans lines, locates the call from the method name on (its
    /// traceback line is the name's line). Sets the location; returns the offset
    /// whose line the call instruction gets.
    fn method_call_loc(
        &mut self,
        c: &ast::ExprCall,
        a: &ast::ExprAttribute,
    ) -> ruff_text_size::TextSize {
        if self.line_of(a.range.start()) != self.line_of(a.range.end()) {
            let r = ruff_text_size::TextRange::new(a.attr.range.start(), c.range().end());
            self.set_loc(r);
            a.attr.range.start()
        } else {
            self.set_loc(c.range());
            c.range().start()
        }
    }

    /// Push arguments and emit the call; `pre` positional values are already pushed.
    pub fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        pre: u32,
        at: ruff_text_size::TextSize,
    ) -> CResult {
        let mut seen: HashSet<&str> = HashSet::new();
        for k in keywords {
            if let Some(name) = &k.arg {
                if !seen.insert(name.as_str()) {
                    return Err(self.error(
                        format!("keyword argument repeated: {}", name.as_str()),
                        k.range.start(),
                    ));
                }
            }
        }
        let star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !star && !dstar {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.set_line(at);
                self.emit(Op::CallFunction, pre + args.len() as u32);
                return Ok(());
            }
            let mut names = Vec::with_capacity(keywords.len());
            for k in keywords {
                self.expr(&k.value)?;
                names.push(
                    k.arg
                        .as_ref()
                        .map(|n| n.as_str().to_string())
                        .unwrap_or_default(),
                );
            }
            self.emit_str_tuple(&names);
            self.set_line(at);
            self.emit(Op::CallKw, pre + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        // general form: positional tuple (+ kwargs dict)
        if !star {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BuildTuple, pre + args.len() as u32);
        } else {
            self.emit(Op::BuildList, pre);
            for a in args {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::ListExtend, 1);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Op::ListAppend, 1);
                    }
                }
            }
            self.emit(Op::ListToTuple, 0);
        }
        if keywords.is_empty() {
            self.set_line(at);
            self.emit(Op::CallEx, 0);
            return Ok(());
        }
        // Every keyword group is merged with `DictMerge`, so a name given twice
        // (`f(**m, k=1)` with "k" in m) raises TypeError, as in CPython.
        self.emit(Op::BuildMap, 0);
        let mut run = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.emit_str(name.as_str());
                    self.expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.emit(Op::BuildMap, run);
                        self.emit(Op::DictMerge, 1);
                        run = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        if run > 0 {
            self.emit(Op::BuildMap, run);
            self.emit(Op::DictMerge, 1);
        }
        self.set_line(at);
        self.emit(Op::CallEx, 1);
        Ok(())
    }
}
