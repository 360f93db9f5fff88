//! The bytecode compiler: one walk over the ruff AST that emits [`Code`] objects.
//!
//! The compiler is a classic single-pass, stack-machine code generator in the
//! style of CPython's `compile.c`. Everything it needs to know about *where names
//! live* was decided beforehand by the symbol-table pass (`frontend::symtable`), so
//! while walking it only has to pick the right opcode family for each name.
//!
//! Structure of this module:
//! * `Compiler` holds the shared state (VM for building constants, source text for
//!   line numbers, the symbol table) and a stack of [`Unit`]s — one per code object
//!   currently being compiled (module → class body → method → comprehension ...).
//! * A `Unit` owns the instruction buffer, constant/name/varname tables and the
//!   *fblock* stack (the compile-time mirror of the run-time block stack, used to
//!   unwind `return`/`break`/`continue` statically — see `unwind.rs`).
//! * Jumps are emitted against symbolic [`Label`]s and resolved in `assemble.rs`,
//!   which also computes `max_stack` by flow analysis.
//!
//! The other files each handle one syntactic area: `stmt.rs`, `expr.rs`,
//! `call.rs`, `function.rs` (def/class/lambda and closures), `comprehension.rs`,
//! `patterns.rs` (match), `fstring.rs`, `names.rs`, `constants.rs`, and
//! `errors.rs` (SyntaxError construction and parse-error translation).
use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Mod};
use ruff_python_parser::{parse_unchecked, Mode as PMode, ParseOptions};
use ruff_source_file::LineIndex;
use ruff_text_size::{TextRange, TextSize};

use crate::frontend::bytecode::{code_flags, Code, Instr, Op, Position};
use crate::frontend::symtable::{self, ScopeKind, SymbolTable};
use crate::frontend::{CompileError, Mode};
use crate::runtime::object::Value;
use crate::runtime::vm::Vm;

mod assemble;
mod call;
mod comprehension;
mod constants;
mod errors;
mod expr;
mod fstring;
mod function;
mod names;
mod patterns;
mod stmt;
mod unwind;

use constants::ConstKey;
pub(crate) use unwind::FBlock;

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// A jump target, resolved to an instruction index when the unit is assembled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Label(u32);

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    /// Source range of each instruction (converted to [`Position`]s at the end).
    pub locs: Vec<TextRange>,
    pub consts: Vec<Value>,
    pub const_map: HashMap<ConstKey, u32>,
    pub names: Vec<Value>,
    pub name_map: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub var_map: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub labels: Vec<Option<u32>>,
    pub fblocks: Vec<FBlock<'a>>,
    pub line: u32,
    /// The source range of the node being compiled: every instruction emitted
    /// gets it, as CPython's `SET_LOC` gives each instruction its AST node's range.
    pub loc: TextRange,
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub flags: u32,
    pub private: Option<String>,
    /// Interactive mode: expression statements print their value.
    pub interactive: bool,
}

pub(crate) struct Compiler<'a> {
    pub vm: &'a Vm,
    pub src: &'a str,
    pub filename: Rc<str>,
    pub index: LineIndex,
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub depth: usize,
    /// `from __future__ import annotations`: annotations are kept as source strings.
    pub future_annotations: bool,
}

/// Does the module start with `from __future__ import annotations`?
fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    let mut rest = body;
    if stmt::docstring(body).is_some() {
        rest = &body[1..];
    }
    for s in rest {
        match s {
            ast::Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Compile `source` to a module (Exec/Single) or expression (Eval) code object.
pub fn compile(
    vm: &Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<Code>, CompileError> {
    let brackets = errors::prescan(source, filename)?;
    let pmode = if mode == Mode::Eval {
        PMode::Expression
    } else {
        PMode::Module
    };
    let opts = ParseOptions::from(pmode).with_target_version(ast::PythonVersion::PY311);
    let parsed = parse_unchecked(source, opts);
    if let Some(e) = parsed.errors().first() {
        return Err(errors::parse_error(
            source,
            filename,
            e,
            parsed.syntax(),
            &brackets,
        ));
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(errors::make_error(
            source,
            filename,
            "SyntaxError",
            "invalid syntax".into(),
            e.range.start(),
        ));
    }
    let module = parsed.into_syntax();
    let st = match &module {
        Mod::Module(m) => symtable::build_module(&m.body),
        Mod::Expression(e) => symtable::build_expression(&e.body),
    };
    let st = st.map_err(|e| errors::make_error(source, filename, e.kind, e.msg, e.offset))?;
    let mut c = Compiler {
        vm,
        src: source,
        filename: filename.into(),
        index: LineIndex::from_source_text(source),
        st,
        units: Vec::new(),
        depth: 0,
        future_annotations: matches!(&module, Mod::Module(m) if has_future_annotations(&m.body)),
    };
    c.push_unit(0, ScopeKind::Module, "<module>", "<module>".into(), 1);
    c.u().interactive = mode == Mode::Single;
    match &module {
        Mod::Module(m) => {
            c.body_prologue(&m.body)?;
            // Like CPython, the implicit `return None` keeps the location of the
            // last instruction emitted (the module's last line).
            let (last_line, last_loc) = {
                let u = c.ur();
                (u.lines.last().copied(), u.locs.last().copied())
            };
            if let (Some(l), Some(r)) = (last_line, last_loc) {
                c.u().line = l;
                c.u().loc = r;
            }
            c.emit_load_none();
            c.emit(Op::ReturnValue, 0);
        }
        Mod::Expression(e) => {
            c.expr(&e.body)?;
            c.emit(Op::ReturnValue, 0);
        }
    }
    let code = c.pop_unit()?;
    Ok(code)
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    pub fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    /// 1-based line of a source offset.
    pub fn line_of(&self, offset: TextSize) -> u32 {
        self.index.line_index(offset).get() as u32
    }

    pub fn set_line(&mut self, offset: TextSize) -> u32 {
        let l = self.line_of(offset);
        let u = self.u();
        let old = u.line;
        u.line = l;
        old
    }

    /// Make `r` the source range of the instructions emitted next; returns the old one.
    pub fn set_loc(&mut self, r: TextRange) -> TextRange {
        std::mem::replace(&mut self.u().loc, r)
    }

    /// A `TextRange` as CPython's `co_positions` entry (columns in UTF-8 bytes).
    fn position_of(&self, r: TextRange) -> Position {
        if r.is_empty() && r.start() == TextSize::default() {
            return Position::default();
        }
        let sl = self.index.line_index(r.start());
        let el = self.index.line_index(r.end());
        let ls = self.index.line_start(sl, self.src);
        let le = self.index.line_start(el, self.src);
        Position {
            line: sl.get() as u32,
            end_line: el.get() as u32,
            col: (r.start() - ls).to_u32(),
            end_col: (r.end() - le).to_u32(),
        }
    }

    pub fn error(&self, msg: impl Into<String>, offset: TextSize) -> CompileError {
        errors::make_error(self.src, &self.filename, "SyntaxError", msg.into(), offset)
    }

    // ----- emission -----

    pub fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.u();
        u.instrs.push(Instr { op, arg });
        u.lines.push(u.line);
        u.locs.push(u.loc);
        u.instrs.len() - 1
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        let here = u.instrs.len() as u32;
        u.labels[l.0 as usize] = Some(here);
    }

    /// Emit a jump-type op whose argument is a label (patched at assembly).
    pub fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0);
    }

    // ----- constants -----

    pub fn add_const(&mut self, key: ConstKey, v: Value) -> u32 {
        let u = self.u();
        if let Some(&i) = u.const_map.get(&key) {
            return i;
        }
        u.consts.push(v);
        let i = u.consts.len() as u32 - 1;
        u.const_map.insert(key, i);
        i
    }

    pub fn emit_const(&mut self, key: ConstKey, v: Value) {
        let i = self.add_const(key, v);
        self.emit(Op::LoadConst, i);
    }

    pub fn emit_load_none(&mut self) {
        self.emit_const(ConstKey::None, Value::None);
    }

    pub fn emit_str(&mut self, s: &str) {
        let v = self.vm.new_str(s);
        self.emit_const(ConstKey::Str(s.to_string()), v);
    }

    pub fn emit_int(&mut self, i: i64) {
        self.emit_const(ConstKey::Int(i), Value::Int(i));
    }

    /// Load a tuple of strings as one constant.
    pub fn emit_str_tuple(&mut self, items: &[String]) {
        let vals: Vec<Value> = items.iter().map(|s| self.vm.new_str(s)).collect();
        let v = self.vm.new_tuple(vals);
        let key = ConstKey::Tuple(items.iter().map(|s| ConstKey::Str(s.clone())).collect());
        self.emit_const(key, v);
    }

    /// Index of `name` in the unit's names table.
    pub fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.ur().name_map.get(name) {
            return i;
        }
        let v = self.vm.intern(name);
        let u = self.u();
        u.names.push(v);
        let i = u.names.len() as u32 - 1;
        u.name_map.insert(name.to_string(), i);
        i
    }

    // ----- units -----

    /// Start compiling a new code object for symbol-table scope `scope`.
    pub fn push_unit(
        &mut self,
        scope: usize,
        kind: ScopeKind,
        name: &str,
        qualname: String,
        first_line: u32,
    ) {
        let sc = &self.st.scopes[scope];
        let mut varnames: Vec<String> = Vec::new();
        if kind.is_function_like() {
            varnames.extend(sc.params.iter().cloned());
            for n in &sc.order {
                if sc.lookup(n) == symtable::NameScope::Local && !sc.params.contains(n) {
                    varnames.push(n.clone());
                }
            }
        }
        let var_map = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let mut flags = 0;
        if kind.is_function_like() {
            flags |= match (sc.is_generator, sc.is_async) {
                (true, true) => code_flags::ASYNC_GENERATOR,
                (true, false) => code_flags::GENERATOR,
                (false, true) => code_flags::COROUTINE,
                _ => 0,
            };
        } else {
            flags |= code_flags::NAME_LOCALS;
        }
        let private = sc.private.clone();
        let unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            first_line,
            instrs: Vec::new(),
            lines: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            var_map,
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            line: first_line,
            loc: TextRange::default(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            private,
            interactive: false,
        };
        self.units.push(unit);
    }

    /// Finish the innermost unit and turn it into a code object.
    pub fn pop_unit(&mut self) -> CResult<Rc<Code>> {
        let Some(u) = self.units.pop() else {
            return Err(self.error("internal compiler error: no unit", TextSize::default()));
        };
        let (instrs, max_stack) = match assemble::assemble(&u.instrs, &u.labels) {
            Ok(r) => r,
            Err(msg) => {
                return Err(self.error(format!("{msg} in {}", u.qualname), TextSize::default()))
            }
        };
        let positions = u.locs.iter().map(|r| self.position_of(*r)).collect();
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| u.var_map.get(n).map(|&vi| (ci, vi as usize)))
            .filter(|&(_, vi)| {
                vi < u.argcount
                    + u.kwonly
                    + usize::from(u.flags & code_flags::VARARGS != 0)
                    + usize::from(u.flags & code_flags::VARKEYWORDS != 0)
            })
            .collect();
        Ok(Rc::new(Code {
            name: u.name.as_str().into(),
            qualname: u.qualname.as_str().into(),
            filename: self.filename.clone(),
            first_line: u.first_line,
            profile: crate::tiers::profile::Profile::new(
                instrs.len(),
                // Calls of a plain function without loops may be traced.
                u.flags
                    & (code_flags::NAME_LOCALS
                        | code_flags::GENERATOR
                        | code_flags::COROUTINE
                        | code_flags::ASYNC_GENERATOR)
                    == 0
                    && !instrs.iter().any(|i| i.op == Op::JumpBack),
            ),
            method_cache: (0..u.names.len())
                .map(|_| std::cell::RefCell::new(None))
                .collect(),
            store_attr_cache: (0..u.names.len())
                .map(|_| std::cell::Cell::new(0))
                .collect(),
            attr_cache: (0..u.names.len())
                .map(|_| std::cell::Cell::new(0))
                .collect(),
            attr_hints: (0..u.names.len())
                .map(|_| std::cell::Cell::new(0))
                .collect(),
            instrs,
            lines: u.lines,
            positions,
            consts: u.consts,
            global_cache: (0..u.names.len())
                .map(|_| std::cell::RefCell::new(None))
                .collect(),
            names: u.names,
            varnames: u.varnames.iter().map(|s| Rc::from(s.as_str())).collect(),
            cellvars: u.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            max_stack,
        }))
    }

    /// Qualified name of a def/class named `name` created in the current unit.
    pub fn qualname_for(&self, name: &str) -> String {
        let u = self.ur();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            _ => {
                let sc = &self.st.scopes[u.scope];
                let m = symtable::mangle(u.private.as_deref(), name);
                if sc.lookup(&m) == symtable::NameScope::GlobalExplicit {
                    return name.to_string();
                }
                if u.kind == ScopeKind::Class {
                    format!("{}.{}", u.qualname, name)
                } else {
                    format!("{}.<locals>.{}", u.qualname, name)
                }
            }
        }
    }

    /// Guard against unbounded recursion on deeply nested input.
    pub fn enter(&mut self, offset: TextSize) -> CResult {
        self.depth += 1;
        if self.depth > symtable::MAX_DEPTH + 50 {
            return Err(errors::make_error(
                self.src,
                &self.filename,
                "RecursionError",
                "maximum recursion depth exceeded during compilation".into(),
                offset,
            ));
        }
        Ok(())
    }

    /// Evaluate an annotation: its value, or its source text under `from __future__ import annotations`.
    pub fn annotation(&mut self, e: &'a ast::Expr) -> CResult {
        if self.future_annotations {
            let r = ruff_text_size::Ranged::range(e);
            let text = self
                .src
                .get(r.start().to_usize()..r.end().to_usize())
                .unwrap_or("")
                .to_string();
            self.emit_str(&text);
            return Ok(());
        }
        self.expr(e)
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }
}
