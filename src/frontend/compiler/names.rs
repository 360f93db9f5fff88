//! Name access: choosing the opcode family for a load/store/delete of a name.
//!
//! The symbol table has already classified every name in every scope; this file
//! maps (kind of the current code object, classification) to instructions:
//!
//! | scope kind      | Local      | Cell / Free | GlobalExplicit | GlobalImplicit |
//! |-----------------|------------|-------------|----------------|----------------|
//! | module          | `*Name`    | —           | `*Name`        | `*Name`        |
//! | class body      | `*Name`    | `LoadClassDeref` / `*Deref` | `*Global` | `*Name` |
//! | function-like   | `*Fast`    | `*Deref`    | `*Global`      | `*Global`      |
//!
//! Private names are mangled first (`__x` in class `C` → `_C__x`), matching the
//! symbol table, which stored mangled names.
use super::Compiler;
use crate::frontend::bytecode::Op;
use crate::frontend::symtable::{self, NameScope, ScopeKind};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// Index of a cell or free variable in cellvars ++ freevars.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    fn fast_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.ur().var_map.get(name) {
            return i;
        }
        let u = self.u();
        u.varnames.push(name.to_string());
        let i = u.varnames.len() as u32 - 1;
        u.var_map.insert(name.to_string(), i);
        i
    }

    /// Emit the load, store or delete of a (source-level) name.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) {
        let m = self.mangle(name);
        self.name_op_mangled(&m, ctx);
    }

    pub fn name_op_mangled(&mut self, m: &str, ctx: Ctx) {
        let kind = self.ur().kind;
        let scope = self.st.scopes[self.ur().scope].lookup(m);
        let pick = |a: Op, b: Op, c: Op| match ctx {
            Ctx::Load => a,
            Ctx::Store => b,
            Ctx::Del => c,
        };
        let name_ops = pick(Op::LoadName, Op::StoreName, Op::DeleteName);
        let global_ops = pick(Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal);
        match kind {
            ScopeKind::Module => {
                let i = self.name_index(m);
                self.emit(name_ops, i);
            }
            ScopeKind::Class => match scope {
                NameScope::GlobalExplicit => {
                    let i = self.name_index(m);
                    self.emit(global_ops, i);
                }
                NameScope::Free | NameScope::Cell => match self.deref_index(m) {
                    Some(i) => {
                        let op = pick(Op::LoadClassDeref, Op::StoreDeref, Op::DeleteDeref);
                        self.emit(op, i);
                    }
                    None => {
                        let i = self.name_index(m);
                        self.emit(name_ops, i);
                    }
                },
                _ => {
                    let i = self.name_index(m);
                    self.emit(name_ops, i);
                }
            },
            _ => match scope {
                NameScope::Local => {
                    let i = self.fast_index(m);
                    self.emit(pick(Op::LoadFast, Op::StoreFast, Op::DeleteFast), i);
                }
                NameScope::Cell | NameScope::Free => match self.deref_index(m) {
                    Some(i) => {
                        self.emit(pick(Op::LoadDeref, Op::StoreDeref, Op::DeleteDeref), i);
                    }
                    None => {
                        let i = self.name_index(m);
                        self.emit(global_ops, i);
                    }
                },
                NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                    let i = self.name_index(m);
                    self.emit(global_ops, i);
                }
            },
        }
    }
}
