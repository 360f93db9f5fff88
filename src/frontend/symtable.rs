//! The symbol-table pass: decides, before any code is emitted, where every name lives.
//!
//! Python's scoping is lexical but *declaration-free*: whether `x` inside a function
//! is a fast local, a cell shared with an inner function, a free variable borrowed
//! from an outer function, or a global depends on every binding of `x` anywhere in
//! the function body and in all the functions nested inside it. A one-pass compiler
//! cannot know that when it meets the first `x`, so — exactly like CPython — we walk
//! the whole AST once first, recording per scope which names are bound (assigned,
//! imported, parameters, `for` targets, ...), used, or declared `global`/`nonlocal`,
//! and then run CPython's `analyze_block` algorithm top-down:
//!
//! * a function passes the set of names it binds (plus everything bound further out)
//!   down to its children; a child that uses such a name without binding it marks it
//!   **free**, and the binding function turns its local into a **cell**;
//! * a class body does *not* pass its own bindings down (methods cannot see class
//!   attributes as bare names), but it passes `__class__`, so methods using `super()`
//!   or `__class__` get it as a free variable and the class creates the cell;
//! * a name that is free in a method but also bound in the class body is marked
//!   `FREE_CLASS`: the class body keeps using its namespace dict for it, yet also
//!   carries the cell so it can hand it on to the method's closure;
//! * comprehensions are their own (function-like) scopes, except that a walrus
//!   target binds in the nearest enclosing non-comprehension scope.
//!
//! Scopes are identified by the source range of the node that creates them (def,
//! class, lambda, comprehension), so the compiler can find a scope without having
//! to visit nodes in exactly the same order as this pass.
//!
//! Errors are returned with a byte offset; the compiler turns them into
//! `SyntaxError`s with line numbers. Recursion is bounded by [`MAX_DEPTH`].
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Maximum AST nesting depth accepted (CPython's compile-time limit is similar).
pub const MAX_DEPTH: usize = 3000;

/// The kind of a scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions use fast locals and cells.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives once analysis is done.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// Bits recording how a name is used in one scope.
pub mod def {
    pub const LOCAL: u32 = 1;
    pub const GLOBAL: u32 = 2;
    pub const NONLOCAL: u32 = 4;
    pub const PARAM: u32 = 8;
    pub const USE: u32 = 16;
    /// Bound in a class body and also free in a method: the class carries the cell.
    pub const FREE_CLASS: u32 = 32;
    /// A comprehension iteration variable.
    pub const COMP_ITER: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub symbols: HashMap<String, Symbol>,
    /// Names in order of first appearance (deterministic local numbering).
    pub order: Vec<String>,
    /// Parameter names in declaration order (posonly, args, kwonly, *args, **kwargs).
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_async: bool,
    /// Class scope only: some method uses `super`/`__class__`.
    pub needs_class_cell: bool,
    /// The class name used for private-name mangling inside this scope.
    pub private: Option<String>,
    /// Offsets of `nonlocal` declarations (for the "no binding" error).
    nonlocal_at: HashMap<String, TextSize>,
    /// Sorted cell and free variable names (filled by the analysis).
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, private: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_async: false,
            needs_class_cell: false,
            private,
            nonlocal_at: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
        }
    }

    /// Where `name` lives in this scope (unknown names are implicit globals).
    pub fn lookup(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(NameScope::GlobalImplicit)
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }
}

/// A symbol-table error: message and byte offset of the offending node.
#[derive(Debug, Clone)]
pub struct SymtableError {
    pub msg: String,
    pub offset: TextSize,
    /// "SyntaxError" or "RecursionError".
    pub kind: &'static str,
}

/// All scopes of one compilation unit; scope 0 is the module (or expression).
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The scope created by the node with this source range.
    pub fn scope_for(&self, range: TextRange) -> Option<usize> {
        self.by_range
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }
}

/// Python's private name mangling: `__x` inside `class C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Build the symbol table of a module body.
pub fn build_module(body: &[Stmt]) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder::new();
    for s in body {
        b.visit_stmt(s);
    }
    b.finish()
}

/// Build the symbol table of a single expression (`eval` mode).
pub fn build_expression(expr: &Expr) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder::new();
    b.visit_expr(expr);
    b.finish()
}

struct Builder {
    scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
    stack: Vec<usize>,
    depth: usize,
    error: Option<SymtableError>,
    /// Set while visiting a comprehension's `for` target.
    in_comp_target: bool,
}

fn key(r: TextRange) -> (u32, u32) {
    (r.start().to_u32(), r.end().to_u32())
}

impl Builder {
    fn new() -> Builder {
        Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", None, None)],
            by_range: HashMap::new(),
            stack: vec![0],
            depth: 0,
            error: None,
            in_comp_target: false,
        }
    }

    fn cur(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn fail(&mut self, msg: String, offset: TextSize) {
        if self.error.is_none() {
            self.error = Some(SymtableError {
                msg,
                offset,
                kind: "SyntaxError",
            });
        }
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.cur()].private.as_deref(), name)
    }

    fn add_in(&mut self, scope: usize, name: &str, flag: u32) {
        let s = &mut self.scopes[scope];
        match s.symbols.get_mut(name) {
            Some(sym) => sym.flags |= flag,
            None => {
                s.symbols.insert(
                    name.to_string(),
                    Symbol {
                        flags: flag,
                        scope: NameScope::GlobalImplicit,
                    },
                );
                s.order.push(name.to_string());
            }
        }
    }

    fn add(&mut self, name: &str, flag: u32) {
        let n = self.mangled(name);
        let c = self.cur();
        self.add_in(c, &n, flag);
        if flag & def::USE != 0 && name == "super" && self.scopes[c].kind.is_function_like() {
            self.add_in(c, "__class__", def::USE);
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> usize {
        let parent = self.cur();
        let private = if self.scopes[parent].kind == ScopeKind::Class {
            Some(self.scopes[parent].name.clone())
        } else {
            self.scopes[parent].private.clone()
        };
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            private
        };
        // For a class, names in its own body are mangled with its own name; the
        // scope's `private` field is what its body uses.
        let id = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, name, Some(parent), private));
        self.scopes[parent].children.push(id);
        self.by_range.insert(key(range), id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn finish(mut self) -> Result<SymbolTable, SymtableError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let empty = HashSet::new();
        self.analyze(0, &empty, &empty, 0)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_range: self.by_range,
        })
    }

    // ----- parameters -----

    fn add_params(&mut self, params: &ast::Parameters) {
        let mut all: Vec<&ast::Parameter> = Vec::new();
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            all.push(&p.parameter);
        }
        for p in params.kwonlyargs.iter() {
            all.push(&p.parameter);
        }
        // CPython's order: positional, kw-only, then *args, then **kwargs.
        let mut ordered: Vec<&ast::Parameter> = all;
        if let Some(v) = &params.vararg {
            ordered.push(v);
        }
        if let Some(k) = &params.kwarg {
            ordered.push(k);
        }
        for p in ordered {
            let n = self.mangled(p.name.as_str());
            let c = self.cur();
            if self.scopes[c].flags(&n) & def::PARAM != 0 {
                self.fail(
                    format!(
                        "duplicate argument '{}' in function definition",
                        p.name.as_str()
                    ),
                    p.range.start(),
                );
                return;
            }
            self.add_in(c, &n, def::PARAM);
            self.scopes[c].params.push(n);
        }
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn visit_param_exprs(&mut self, params: &ast::Parameters, annotations: bool) {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
        if annotations {
            for p in params.iter() {
                if let Some(a) = p.annotation() {
                    self.visit_expr(a);
                }
            }
        }
    }

    // ----- declarations -----

    fn declare(&mut self, names: &[ast::Identifier], global: bool, at: TextSize) {
        let c = self.cur();
        if !global && self.scopes[c].kind == ScopeKind::Module {
            self.fail(
                "nonlocal declaration not allowed at module level".into(),
                at,
            );
            return;
        }
        for id in names {
            let n = self.mangled(id.as_str());
            let flags = self.scopes[c].flags(&n);
            let what = if global { "global" } else { "nonlocal" };
            let msg = if flags & def::PARAM != 0 {
                Some(format!("name '{}' is parameter and {what}", id.as_str()))
            } else if flags & def::ANNOT != 0 && global {
                Some(format!("annotated name '{}' can't be global", id.as_str()))
            } else if flags & (def::LOCAL | def::IMPORT) != 0 {
                Some(format!(
                    "name '{}' is assigned to before {what} declaration",
                    id.as_str()
                ))
            } else if flags & def::USE != 0 {
                Some(format!(
                    "name '{}' is used prior to {what} declaration",
                    id.as_str()
                ))
            } else if (global && flags & def::NONLOCAL != 0)
                || (!global && flags & def::GLOBAL != 0)
            {
                Some(format!("name '{}' is nonlocal and global", id.as_str()))
            } else {
                None
            };
            if let Some(m) = msg {
                self.fail(m, id.range.start());
                return;
            }
            if global {
                self.add_in(c, &n, def::GLOBAL);
            } else {
                self.add_in(c, &n, def::NONLOCAL);
                self.scopes[c]
                    .nonlocal_at
                    .entry(n)
                    .or_insert(id.range.start());
            }
        }
    }

    // ----- comprehensions -----

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) {
        let Some(first) = gens.first() else { return };
        self.visit_expr(&first.iter);
        let id = self.push_scope(ScopeKind::Comprehension, name, range);
        self.scopes[id].is_generator = is_gen;
        // An `async for` clause (or an `await`, see `yield_check`) makes the
        // comprehension a coroutine (an async generator for a genexpr).
        self.scopes[id].is_async = gens.iter().any(|g| g.is_async);
        self.add_in(id, ".0", def::PARAM);
        self.scopes[id].params.push(".0".into());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.in_comp_target = true;
            self.visit_expr(&g.target);
            self.in_comp_target = false;
            for e in &g.ifs {
                self.visit_expr(e);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        let is_async = self.scopes[id].is_async && !is_gen;
        self.pop_scope();
        // CPython 3.11 (bpo-33346): an asynchronous list/set/dict comprehension
        // nested in a comprehension makes the outer one asynchronous too.
        let c = self.cur();
        if is_async && self.scopes[c].kind == ScopeKind::Comprehension {
            self.scopes[c].is_async = true;
        }
    }

    /// A walrus target inside a comprehension binds in the enclosing function/module.
    fn walrus_target(&mut self, name: &str, at: TextSize) {
        let n = self.mangled(name);
        let c = self.cur();
        if self.scopes[c].kind != ScopeKind::Comprehension {
            self.add_in(c, &n, def::LOCAL);
            return;
        }
        for i in (0..self.stack.len()).rev() {
            let s = self.stack[i];
            let kind = self.scopes[s].kind;
            if kind == ScopeKind::Comprehension {
                if self.scopes[s].flags(&n) & def::COMP_ITER != 0 {
                    self.fail(format!("assignment expression cannot rebind comprehension iteration variable '{name}'"), at);
                    return;
                }
                continue;
            }
            match kind {
                ScopeKind::Class => {
                    self.fail("assignment expression within a comprehension cannot be used in a class body".into(), at);
                }
                ScopeKind::Module => {
                    self.add_in(s, &n, def::LOCAL);
                    for &t in &self.stack[i + 1..].to_vec() {
                        self.add_in(t, &n, def::GLOBAL);
                    }
                }
                _ => {
                    self.add_in(s, &n, def::LOCAL);
                    for &t in &self.stack[i + 1..].to_vec() {
                        self.add_in(t, &n, def::NONLOCAL);
                    }
                }
            }
            return;
        }
    }

    fn yield_check(&mut self, at: TextSize, is_await: bool) {
        let c = self.cur();
        let s = &self.scopes[c];
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                let what = if is_await { "await" } else { "yield" };
                self.fail(format!("'{what}' outside function"), at);
            }
            ScopeKind::Comprehension if !is_await => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                self.fail(format!("'yield' inside {what}"), at);
            }
            ScopeKind::Function | ScopeKind::Lambda if is_await => {
                if !s.is_async {
                    self.fail("'await' outside async function".into(), at);
                }
            }
            ScopeKind::Comprehension => self.scopes[c].is_async = true,
            _ => {
                if !is_await {
                    self.scopes[c].is_generator = true;
                }
            }
        }
    }

    // ----- analysis (CPython's analyze_block) -----

    fn analyze(
        &mut self,
        id: usize,
        bound: &HashSet<String>,
        global: &HashSet<String>,
        depth: usize,
    ) -> Result<HashSet<String>, SymtableError> {
        if depth > MAX_DEPTH {
            return Err(SymtableError {
                msg: "maximum recursion depth exceeded during compilation".into(),
                offset: TextSize::default(),
                kind: "RecursionError",
            });
        }
        let kind = self.scopes[id].kind;
        let mut bound = bound.clone();
        let mut global = global.clone();
        let mut local: HashSet<String> = HashSet::new();
        let mut free: HashSet<String> = HashSet::new();
        let mut new_global: HashSet<String> = HashSet::new();
        let mut new_bound: HashSet<String> = HashSet::new();
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            new_bound.extend(bound.iter().cloned());
        }
        let order = self.scopes[id].order.clone();
        let mut scopes: HashMap<String, NameScope> = HashMap::new();
        for name in &order {
            let flags = self.scopes[id].flags(name);
            let sc = if flags & def::GLOBAL != 0 {
                global.insert(name.clone());
                bound.remove(name);
                NameScope::GlobalExplicit
            } else if flags & def::NONLOCAL != 0 {
                if !bound.contains(name) {
                    let at = self.scopes[id]
                        .nonlocal_at
                        .get(name)
                        .copied()
                        .unwrap_or_default();
                    return Err(SymtableError {
                        msg: format!("no binding for nonlocal '{name}' found"),
                        offset: at,
                        kind: "SyntaxError",
                    });
                }
                free.insert(name.clone());
                NameScope::Free
            } else if flags & def::BOUND != 0 {
                local.insert(name.clone());
                global.remove(name);
                NameScope::Local
            } else if bound.contains(name) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            scopes.insert(name.clone(), sc);
        }
        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                new_bound.extend(local.iter().cloned());
            }
            new_bound.extend(bound.iter().cloned());
            new_global.extend(global.iter().cloned());
        } else {
            new_bound.insert("__class__".into());
        }
        let mut new_free: HashSet<String> = HashSet::new();
        let children = self.scopes[id].children.clone();
        for ch in children {
            let f = self.analyze(ch, &new_bound, &new_global, depth + 1)?;
            new_free.extend(f);
        }
        if kind.is_function_like() {
            for (name, sc) in scopes.iter_mut() {
                if *sc == NameScope::Local && new_free.remove(name) {
                    *sc = NameScope::Cell;
                }
            }
        }
        if kind == ScopeKind::Class && new_free.remove("__class__") {
            self.scopes[id].needs_class_cell = true;
        }
        // update_symbols
        for (name, sc) in &scopes {
            if let Some(sym) = self.scopes[id].symbols.get_mut(name) {
                sym.scope = *sc;
            }
        }
        for name in &new_free {
            let s = &mut self.scopes[id];
            if let Some(sym) = s.symbols.get_mut(name) {
                if kind == ScopeKind::Class && sym.flags & (def::BOUND | def::GLOBAL) != 0 {
                    sym.flags |= def::FREE_CLASS;
                }
                continue;
            }
            if !bound.contains(name) {
                continue;
            }
            s.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: NameScope::Free,
                },
            );
            s.order.push(name.clone());
        }
        // cell / free lists
        let s = &mut self.scopes[id];
        let mut cells: Vec<String> = s
            .symbols
            .iter()
            .filter(|(_, v)| v.scope == NameScope::Cell)
            .map(|(k, _)| k.clone())
            .collect();
        if s.needs_class_cell {
            cells.push("__class__".into());
        }
        cells.sort();
        let mut frees: Vec<String> = s
            .symbols
            .iter()
            .filter(|(_, v)| v.scope == NameScope::Free || v.flags & def::FREE_CLASS != 0)
            .map(|(k, _)| k.clone())
            .collect();
        frees.sort();
        s.cellvars = cells;
        s.freevars = frees;
        free.extend(new_free);
        Ok(free)
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.error.is_some() {
            return;
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if self.error.is_none() {
                self.error = Some(SymtableError {
                    msg: "maximum recursion depth exceeded during compilation".into(),
                    offset: stmt.range().start(),
                    kind: "RecursionError",
                });
            }
            self.depth -= 1;
            return;
        }
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_param_exprs(&f.parameters, true);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.add(f.name.as_str(), def::LOCAL);
                let id = self.push_scope(ScopeKind::Function, f.name.as_str(), f.range);
                self.scopes[id].is_async = f.is_async;
                self.add_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    self.visit_arguments(a);
                }
                self.add(c.name.as_str(), def::LOCAL);
                self.push_scope(ScopeKind::Class, c.name.as_str(), c.range);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if !self.scopes[self.cur()].kind.is_function_like() {
                    self.fail("'return' outside function".into(), r.range.start());
                }
                if let Some(v) = &r.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Global(g) => self.declare(&g.names, true, g.range.start()),
            Stmt::Nonlocal(n) => self.declare(&n.names, false, n.range.start()),
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str().to_string(),
                        None => a.name.as_str().split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, def::IMPORT);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.cur()].kind != ScopeKind::Module {
                            self.fail(
                                "import * only allowed at module level".into(),
                                i.range.start(),
                            );
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str().to_string();
                    self.add(&bound, def::IMPORT);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let m = self.mangled(n.id.as_str());
                    let c = self.cur();
                    if self.scopes[c].flags(&m) & (def::GLOBAL | def::NONLOCAL) != 0 && a.simple {
                        let what = if self.scopes[c].flags(&m) & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.fail(
                            format!("annotated name '{}' can't be {what}", n.id.as_str()),
                            n.range.start(),
                        );
                    }
                    self.add(n.id.as_str(), def::LOCAL | def::ANNOT);
                } else {
                    self.visit_expr(&a.target);
                }
                if !self.scopes[self.cur()].kind.is_function_like() {
                    self.visit_expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
        self.depth -= 1;
    }

    fn visit_annotation(&mut self, expr: &'a Expr) {
        self.visit_expr(expr);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.error.is_some() {
            return;
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if self.error.is_none() {
                self.error = Some(SymtableError {
                    msg: "maximum recursion depth exceeded during compilation".into(),
                    offset: expr.range().start(),
                    kind: "RecursionError",
                });
            }
            self.depth -= 1;
            return;
        }
        match expr {
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ExprContext::Load | ExprContext::Invalid => def::USE,
                    ExprContext::Store | ExprContext::Del => def::LOCAL,
                };
                let extra = if self.in_comp_target && flag == def::LOCAL {
                    def::COMP_ITER
                } else {
                    0
                };
                self.add(n.id.as_str(), flag | extra);
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(t.id.as_str(), t.range.start());
                } else {
                    self.visit_expr(&n.target);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_exprs(p, false);
                }
                self.push_scope(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.add_params(p);
                }
                self.visit_expr(&l.body);
                self.pop_scope();
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, &[&c.elt], false)
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, &[&c.elt], false)
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, &[&c.elt], true)
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, "<dictcomp>", &c.generators, &elts, false)
            }
            Expr::Yield(y) => {
                self.yield_check(y.range.start(), false);
                if let Some(v) = &y.value {
                    self.visit_expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_check(y.range.start(), false);
                if self.scopes[self.cur()].is_async
                    && self.scopes[self.cur()].kind == ScopeKind::Function
                {
                    self.fail("'yield from' inside async function".into(), y.range.start());
                }
                self.visit_expr(&y.value);
            }
            Expr::Await(a) => {
                self.yield_check(a.range.start(), true);
                self.visit_expr(&a.value);
            }
            _ => visitor::walk_expr(self, expr),
        }
        self.depth -= 1;
    }

    fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        if let Some(t) = &h.type_ {
            self.visit_expr(t);
        }
        if let Some(n) = &h.name {
            self.add(n.as_str(), def::LOCAL);
        }
        for s in &h.body {
            self.visit_stmt(s);
        }
    }

    fn visit_pattern(&mut self, p: &'a Pattern) {
        if self.error.is_some() {
            return;
        }
        match p {
            Pattern::MatchAs(a) => {
                if let Some(n) = &a.name {
                    self.add(n.as_str(), def::LOCAL);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n.as_str(), def::LOCAL);
                }
            }
            Pattern::MatchMapping(m) => {
                if let Some(n) = &m.rest {
                    self.add(n.as_str(), def::LOCAL);
                }
            }
            _ => {}
        }
        self.depth += 1;
        if self.depth <= MAX_DEPTH {
            visitor::walk_pattern(self, p);
        }
        self.depth -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruff_python_parser::{parse, Mode, ParseOptions};

    fn table(src: &str) -> SymbolTable {
        let parsed = parse(src, ParseOptions::from(Mode::Module)).expect("parse");
        let module = parsed.into_syntax();
        let body = match module {
            ast::Mod::Module(m) => m.body,
            ast::Mod::Expression(_) => panic!("module expected"),
        };
        build_module(&body).expect("symtable")
    }

    fn err(src: &str) -> String {
        let parsed = parse(src, ParseOptions::from(Mode::Module)).expect("parse");
        let body = match parsed.into_syntax() {
            ast::Mod::Module(m) => m.body,
            ast::Mod::Expression(_) => panic!("module expected"),
        };
        build_module(&body).expect_err("error expected").msg
    }

    fn scope<'t>(t: &'t SymbolTable, name: &str) -> &'t Scope {
        t.scopes.iter().find(|s| s.name == name).expect("scope")
    }

    #[test]
    fn nested_function_cells() {
        let t =
            table("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n");
        let f = scope(&t, "f");
        assert_eq!(f.lookup("a"), NameScope::Cell);
        assert_eq!(f.lookup("b"), NameScope::Cell);
        assert_eq!(f.lookup("g"), NameScope::Local);
        assert_eq!(f.cellvars, vec!["a", "b"]);
        let g = scope(&t, "g");
        assert_eq!(g.lookup("a"), NameScope::Free);
        assert_eq!(g.lookup("c"), NameScope::GlobalImplicit);
        assert_eq!(g.freevars, vec!["a", "b"]);
    }

    #[test]
    fn pass_through_free() {
        let t = table("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n");
        assert_eq!(scope(&t, "g").lookup("x"), NameScope::Free);
        assert_eq!(scope(&t, "g").freevars, vec!["x"]);
        assert_eq!(scope(&t, "f").lookup("x"), NameScope::Cell);
    }

    #[test]
    fn global_and_nonlocal() {
        let t = table("x = 0\ndef f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n");
        assert_eq!(scope(&t, "f").lookup("x"), NameScope::GlobalExplicit);
        assert_eq!(scope(&t, "f").lookup("y"), NameScope::Cell);
        assert_eq!(scope(&t, "g").lookup("y"), NameScope::Free);
    }

    #[test]
    fn class_scope_not_visible_to_methods() {
        let t = table("def outer():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n        y = x\n");
        let c = scope(&t, "C");
        assert_eq!(c.lookup("x"), NameScope::Local);
        assert!(c.flags("x") & def::FREE_CLASS != 0);
        assert_eq!(c.freevars, vec!["x"]);
        assert_eq!(scope(&t, "m").lookup("x"), NameScope::Free);
        assert_eq!(scope(&t, "outer").lookup("x"), NameScope::Cell);
    }

    #[test]
    fn class_free_variable_load() {
        let t = table("def f():\n    v = 1\n    class C:\n        w = v\n");
        assert_eq!(scope(&t, "C").lookup("v"), NameScope::Free);
        assert_eq!(scope(&t, "f").lookup("v"), NameScope::Cell);
    }

    #[test]
    fn super_creates_class_cell() {
        let t = table("class C:\n    def m(self):\n        return super().m()\n");
        let c = scope(&t, "C");
        assert!(c.needs_class_cell);
        assert_eq!(c.cellvars, vec!["__class__"]);
        assert_eq!(scope(&t, "m").lookup("__class__"), NameScope::Free);
    }

    #[test]
    fn comprehension_scopes() {
        let t = table("def f(n):\n    return [i * n for i in range(n)]\n");
        let lc = scope(&t, "<listcomp>");
        assert_eq!(lc.lookup("i"), NameScope::Local);
        assert_eq!(lc.lookup("n"), NameScope::Free);
        assert_eq!(lc.lookup("range"), NameScope::GlobalImplicit);
        assert_eq!(lc.params, vec![".0"]);
        assert_eq!(scope(&t, "f").lookup("n"), NameScope::Cell);
    }

    #[test]
    fn class_comprehension_cannot_see_class_names() {
        let t = table("class C:\n    a = 1\n    b = [a for _ in range(3)]\n");
        assert_eq!(
            scope(&t, "<listcomp>").lookup("a"),
            NameScope::GlobalImplicit
        );
        assert_eq!(scope(&t, "C").lookup("range"), NameScope::GlobalImplicit);
    }

    #[test]
    fn walrus_binds_in_enclosing_function() {
        let t = table("def f(xs):\n    if any((y := x) > 2 for x in xs):\n        return y\n");
        assert_eq!(scope(&t, "f").lookup("y"), NameScope::Cell);
        assert_eq!(scope(&t, "<genexpr>").lookup("y"), NameScope::Free);
        assert!(scope(&t, "<genexpr>").is_generator);
    }

    #[test]
    fn walrus_at_module_level_is_global() {
        let t = table("[(z := i) for i in range(3)]\n");
        assert_eq!(
            scope(&t, "<listcomp>").lookup("z"),
            NameScope::GlobalExplicit
        );
        assert_eq!(scope(&t, "<module>").lookup("z"), NameScope::Local);
    }

    #[test]
    fn lambda_and_generator_flags() {
        let t = table("def g():\n    yield 1\nh = lambda q: q + w\n");
        assert!(scope(&t, "g").is_generator);
        let l = scope(&t, "<lambda>");
        assert_eq!(l.lookup("q"), NameScope::Local);
        assert_eq!(l.lookup("w"), NameScope::GlobalImplicit);
    }

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        let t = table("class C:\n    __a = 1\n    def m(self):\n        __b = 2\n");
        assert_eq!(scope(&t, "C").lookup("_C__a"), NameScope::Local);
        assert_eq!(scope(&t, "m").lookup("_C__b"), NameScope::Local);
    }

    #[test]
    fn errors() {
        assert_eq!(
            err("def f(a):\n    global a\n"),
            "name 'a' is parameter and global"
        );
        assert_eq!(
            err("def f():\n    x = 1\n    global x\n"),
            "name 'x' is assigned to before global declaration"
        );
        assert_eq!(
            err("def f():\n    print(x)\n    global x\n"),
            "name 'x' is used prior to global declaration"
        );
        assert_eq!(
            err("nonlocal x\n"),
            "nonlocal declaration not allowed at module level"
        );
        assert_eq!(
            err("def f():\n    nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        assert_eq!(err("return 1\n"), "'return' outside function");
        assert_eq!(err("yield 1\n"), "'yield' outside function");
        assert_eq!(
            err("class C:\n    [(y := 1) for i in 'a']\n"),
            "assignment expression within a comprehension cannot be used in a class body"
        );
        assert_eq!(
            err("[(i := 1) for i in 'a']\n"),
            "assignment expression cannot rebind comprehension iteration variable 'i'"
        );
        assert_eq!(
            err("def f():\n    await x\n"),
            "'await' outside async function"
        );
    }

    #[test]
    fn params_order_and_cell_params() {
        let t = table("def f(a, /, b, *args, c, **kw):\n    def g(): return a, kw\n");
        let f = scope(&t, "f");
        assert_eq!(f.params, vec!["a", "b", "c", "args", "kw"]);
        assert_eq!(f.cellvars, vec!["a", "kw"]);
    }
}
