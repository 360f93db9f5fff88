//! Function, lambda and class definitions, and closure construction.
//!
//! A `def` compiles in two places at once: the *enclosing* unit evaluates the
//! decorators, defaults, keyword-only defaults and annotations (in that order,
//! all at definition time) and finally `MakeFunction`; the *nested* unit compiles
//! the body into its own code object. The nested code's free variables are
//! captured by pushing the enclosing unit's cells with `LoadClosure` and packing
//! them into a tuple (flag 8), in the order of the nested code's `freevars`.
//!
//! Function code objects always have their docstring (or `None`) as `consts[0]`;
//! the interpreter reads `__doc__` from there. Class bodies are compiled as a
//! function taking no arguments that runs with a fresh namespace dict
//! (`NAME_LOCALS`), called by `__build_class__`; if a method uses `super()` or
//! `__class__`, the body returns after storing its `__class__` cell in
//! `__classcell__` so `type.__new__` can fill it in.
use std::rc::Rc;

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

use super::constants::ConstKey;
use super::names::Ctx;
use super::stmt::docstring;
use super::{CResult, Compiler};
use crate::frontend::bytecode::{code_flags, Code, Op};
use crate::frontend::symtable::ScopeKind;
use crate::runtime::object::Value;

impl<'a> Compiler<'a> {
    fn scope_of(&self, range: TextRange) -> CResult<usize> {
        self.st
            .scope_for(range)
            .ok_or_else(|| self.error("internal compiler error: missing scope", range.start()))
    }

    /// Evaluate defaults / kw-defaults / annotations; returns MakeFunction flags.
    fn function_prelude(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a ast::Expr>,
    ) -> CResult<u32> {
        let mut flags = 0;
        let Some(p) = params else { return Ok(0) };
        let positional: Vec<&ast::ParameterWithDefault> =
            p.posonlyargs.iter().chain(p.args.iter()).collect();
        let defaults: Vec<&ast::Expr> = positional
            .iter()
            .filter_map(|x| x.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwd: Vec<&ast::ParameterWithDefault> = p
            .kwonlyargs
            .iter()
            .filter(|x| x.default.is_some())
            .collect();
        if !kwd.is_empty() {
            for k in &kwd {
                let name = self.mangle(k.parameter.name.as_str());
                self.emit_str(&name);
                if let Some(d) = &k.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap, kwd.len() as u32);
            flags |= 2;
        }
        let mut ann: Vec<(String, &'a ast::Expr)> = Vec::new();
        for x in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(a) = &x.parameter.annotation {
                ann.push((self.mangle(x.parameter.name.as_str()), a));
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(a) = &v.annotation {
                ann.push((self.mangle(v.name.as_str()), a));
            }
        }
        for x in p.kwonlyargs.iter() {
            if let Some(a) = &x.parameter.annotation {
                ann.push((self.mangle(x.parameter.name.as_str()), a));
            }
        }
        if let Some(k) = &p.kwarg {
            if let Some(a) = &k.annotation {
                ann.push((self.mangle(k.name.as_str()), a));
            }
        }
        if let Some(r) = returns {
            ann.push(("return".into(), r));
        }
        if !ann.is_empty() {
            let n = ann.len();
            for (k, v) in ann {
                self.emit_str(&k);
                self.annotation(v)?;
            }
            self.emit(Op::BuildMap, n as u32);
            flags |= 4;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, params: Option<&ast::Parameters>) {
        let Some(p) = params else { return };
        let u = self.u();
        u.posonly = p.posonlyargs.len();
        u.argcount = p.posonlyargs.len() + p.args.len();
        u.kwonly = p.kwonlyargs.len();
        if p.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Push the closure tuple (if needed), the code object, and `MakeFunction`.
    pub fn make_function(
        &mut self,
        code: Rc<Code>,
        mut flags: u32,
        at: ruff_text_size::TextSize,
    ) -> CResult {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let Some(i) = self.deref_index(name) else {
                    return Err(
                        self.error(format!("internal compiler error: no cell for '{name}'"), at)
                    );
                };
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        let key = ConstKey::Unique(Rc::as_ptr(&code) as *const u8 as usize);
        let v = self.vm.new_code(code);
        self.emit_const(key, v);
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    /// Put the docstring (or None) in consts[0] of the new function unit.
    fn doc_const(&mut self, doc: Option<String>) {
        match doc {
            Some(d) => {
                let v = self.vm.new_str(&d);
                self.add_const(ConstKey::Str(d), v);
            }
            None => {
                self.add_const(ConstKey::None, Value::None);
            }
        }
    }

    pub fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.set_line(d.range.start());
            self.expr(&d.expression)?;
        }
        let first_line = match f.decorator_list.first() {
            Some(d) => self.line_of(d.range.start()),
            None => self.line_of(f.range.start()),
        };
        self.set_line(f.range.start());
        let flags = self.function_prelude(Some(&f.parameters), f.returns.as_deref())?;
        let scope = self.scope_of(f.range)?;
        let name = f.name.as_str();
        let qualname = self.qualname_for(name);
        self.push_unit(scope, ScopeKind::Function, name, qualname, first_line);
        self.u().line = self.line_of(f.range.start());
        self.set_arg_counts(Some(&f.parameters));
        let doc = docstring(&f.body);
        let body: &'a [Stmt] = if doc.is_some() { &f.body[1..] } else { &f.body };
        self.doc_const(doc);
        let r = self.stmts(body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.emit_load_none();
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.set_line(f.range.start());
        self.make_function(code, flags, f.range.start())?;
        self.apply_decorators(&f.decorator_list);
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    /// Call the decorators (already evaluated, outermost deepest on the stack)
    /// innermost first; each call is located at its decorator expression.
    fn apply_decorators(&mut self, decorators: &[ast::Decorator]) {
        let old = self.ur().loc;
        for d in decorators.iter().rev() {
            self.set_line(d.range.start());
            self.set_loc(ruff_text_size::Ranged::range(&d.expression));
            self.emit(Op::CallFunction, 1);
        }
        self.set_loc(old);
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let flags = self.function_prelude(l.parameters.as_deref(), None)?;
        let scope = self.scope_of(l.range)?;
        let qualname = self.qualname_for("<lambda>");
        let line = self.line_of(l.range.start());
        self.push_unit(scope, ScopeKind::Lambda, "<lambda>", qualname, line);
        self.set_arg_counts(l.parameters.as_deref());
        self.doc_const(None);
        if let Err(e) = self.expr(&l.body) {
            self.units.pop();
            return Err(e);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.make_function(code, flags, l.range.start())
    }

    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.set_line(d.range.start());
            self.expr(&d.expression)?;
        }
        let first_line = match c.decorator_list.first() {
            Some(d) => self.line_of(d.range.start()),
            None => self.line_of(c.range.start()),
        };
        self.set_line(c.range.start());
        self.emit(Op::LoadBuildClass, 0);
        let scope = self.scope_of(c.range)?;
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        self.push_unit(scope, ScopeKind::Class, name, qualname.clone(), first_line);
        self.u().line = self.line_of(c.range.start());
        let r = (|| -> CResult {
            let ni = self.name_index("__name__");
            self.emit(Op::LoadName, ni);
            let mi = self.name_index("__module__");
            self.emit(Op::StoreName, mi);
            self.emit_str(&qualname);
            let qi = self.name_index("__qualname__");
            self.emit(Op::StoreName, qi);
            self.body_prologue(&c.body)?;
            if self.st.scopes[scope].needs_class_cell {
                match self.deref_index("__class__") {
                    Some(i) => {
                        self.emit(Op::LoadClosure, i);
                    }
                    None => {
                        return Err(self.error(
                            "internal compiler error: no __class__ cell",
                            c.range.start(),
                        ))
                    }
                }
                let ci = self.name_index("__classcell__");
                self.emit(Op::StoreName, ci);
            }
            self.emit_load_none();
            self.emit(Op::ReturnValue, 0);
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.pop_unit()?;
        self.set_line(c.range.start());
        self.make_function(code, 0, c.range.start())?;
        self.emit_str(name);
        match &c.arguments {
            Some(a) => self.call_args(&a.args, &a.keywords, 2, c.range.start())?,
            None => {
                self.emit(Op::CallFunction, 2);
            }
        }
        self.apply_decorators(&c.decorator_list);
        self.name_op(name, Ctx::Store);
        Ok(())
    }
}
