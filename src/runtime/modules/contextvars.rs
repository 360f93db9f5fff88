//! `_contextvars`: context variables (`decimal`'s current context, asyncio's
//! per-task state). A `Context` maps variables to values; the current one
//! starts empty, `copy_context()` snapshots it, and `Context.run(f)` makes
//! another current while `f` runs. `ContextVar.set` returns a `Token` that
//! `reset` uses to restore the previous value.
use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::{add_classmethod, add_method, add_staticmethod};
use crate::runtime::vm::Vm;

type Entries = Rc<RefCell<Vec<(Value, Value)>>>;

struct Context {
    entries: Entries,
    entered: std::cell::Cell<bool>,
}

impl NativeData for Context {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        match self.entries.try_borrow() {
            Ok(e) => {
                for (k, v) in e.iter() {
                    f(k);
                    f(v);
                }
                true
            }
            Err(_) => false,
        }
    }
}

struct Var {
    name: Value,
    default: Option<Value>,
}

impl NativeData for Var {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.name);
        if let Some(d) = &self.default {
            f(d);
        }
        true
    }
}

struct Token {
    var: Value,
    old: Option<Value>,
    used: std::cell::Cell<bool>,
}

impl NativeData for Token {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.var);
        if let Some(o) = &self.old {
            f(o);
        }
        true
    }
}

#[derive(Clone)]
struct Types {
    context: TypeRef,
    token: TypeRef,
    missing: Value,
}

thread_local! {
    static CURRENT: RefCell<Vec<Entries>> = RefCell::new(vec![Rc::new(RefCell::new(Vec::new()))]);
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
}

fn current() -> Entries {
    CURRENT.with(|c| c.borrow().last().cloned().unwrap_or_default())
}

fn types(vm: &Vm) -> PyResult<Types> {
    TYPES
        .with(|t| t.borrow().clone())
        .ok_or_else(|| vm.type_error("_contextvars is not initialised"))
}

fn lookup(entries: &Entries, var: &Value) -> Option<Value> {
    entries
        .borrow()
        .iter()
        .find(|(k, _)| k.is(var))
        .map(|(_, v)| v.clone())
}

fn store(entries: &Entries, var: &Value, value: Option<Value>) {
    let mut e = entries.borrow_mut();
    e.retain(|(k, _)| !k.is(var));
    if let Some(v) = value {
        e.push((var.clone(), v));
    }
}

fn var_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Var> {
    native_data::get::<Var>(v).ok_or_else(|| vm.type_error("a ContextVar is required"))
}

fn var_new(vm: &Vm, mut args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("ContextVar.__new__(X): X is not a type object"));
    };
    let default = args.take_kw("default").or_else(|| args.pos.get(2).cloned());
    let name = args
        .take_kw("name")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::None);
    if name.as_str().is_none() {
        return Err(vm.type_error("context variable name must be a str"));
    }
    Ok(native_data::make(vm, &cls, Var { name, default }))
}

fn var_get(vm: &Vm, args: Args) -> PyResult {
    let this = &args.pos[0];
    let var = var_of(vm, this)?;
    if let Some(v) = lookup(&current(), this) {
        return Ok(v);
    }
    if let Some(d) = args.pos.get(1) {
        return Ok(d.clone());
    }
    if let Some(d) = &var.default {
        return Ok(d.clone());
    }
    Err(vm.new_exception(&vm.exc_type("LookupError"), vec![this.clone()]))
}

fn var_set(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    var_of(vm, &this)?;
    let value = args.pos.get(1).cloned().unwrap_or(Value::None);
    let entries = current();
    let old = lookup(&entries, &this);
    store(&entries, &this, Some(value));
    Ok(native_data::make(
        vm,
        &types(vm)?.token,
        Token {
            var: this,
            old,
            used: std::cell::Cell::new(false),
        },
    ))
}

fn var_reset(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let tok_v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(tok) = native_data::get::<Token>(&tok_v) else {
        return Err(vm.type_error(format!(
            "expected an instance of Token, got {}",
            vm.type_name(&tok_v)
        )));
    };
    if tok.used.get() {
        return Err(vm.new_error("RuntimeError", "Token has already been used once"));
    }
    if !tok.var.is(&this) {
        return Err(vm.value_error("Token was created by a different ContextVar"));
    }
    tok.used.set(true);
    store(&current(), &this, tok.old.clone());
    Ok(Value::None)
}

fn var_repr(vm: &Vm, args: Args) -> PyResult {
    let var = var_of(vm, &args.pos[0])?;
    Ok(vm.new_string(format!(
        "<ContextVar name={} at {:#x}>",
        crate::runtime::ops::repr(vm, &var.name)?,
        args.pos[0].identity()
    )))
}

fn ctx_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Context> {
    native_data::get::<Context>(v).ok_or_else(|| vm.type_error("a Context is required"))
}

fn new_context(vm: &Vm, entries: Vec<(Value, Value)>) -> PyResult {
    Ok(native_data::make(
        vm,
        &types(vm)?.context,
        Context {
            entries: Rc::new(RefCell::new(entries)),
            entered: std::cell::Cell::new(false),
        },
    ))
}

fn copy_context(vm: &Vm, _args: Args) -> PyResult {
    let snapshot = current().borrow().clone();
    new_context(vm, snapshot)
}

fn ctx_run(vm: &Vm, args: Args) -> PyResult {
    let ctx = ctx_of(vm, &args.pos[0])?;
    if ctx.entered.get() {
        return Err(vm.new_error(
            "RuntimeError",
            format!(
                "cannot enter context: {} is already entered",
                crate::runtime::ops::repr(vm, &args.pos[0])?
            ),
        ));
    }
    let Some(f) = args.pos.get(1).cloned() else {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    };
    ctx.entered.set(true);
    CURRENT.with(|c| c.borrow_mut().push(ctx.entries.clone()));
    let r = vm.call_args(&f, Args::with_kw(args.pos[2..].to_vec(), args.kw));
    CURRENT.with(|c| c.borrow_mut().pop());
    ctx.entered.set(false);
    r
}

fn ctx_getitem(vm: &Vm, args: Args) -> PyResult {
    let ctx = ctx_of(vm, &args.pos[0])?;
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    lookup(&ctx.entries, &key).ok_or_else(|| vm.key_error(key))
}

fn ctx_get(vm: &Vm, args: Args) -> PyResult {
    let ctx = ctx_of(vm, &args.pos[0])?;
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(lookup(&ctx.entries, &key)
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn ctx_part(vm: &Vm, args: Args, part: u8) -> PyResult {
    let ctx = ctx_of(vm, &args.pos[0])?;
    let items: Vec<Value> = ctx
        .entries
        .borrow()
        .iter()
        .map(|(k, v)| match part {
            0 => k.clone(),
            1 => v.clone(),
            _ => vm.new_tuple(vec![k.clone(), v.clone()]),
        })
        .collect();
    Ok(vm.new_list(items))
}

fn token_repr(vm: &Vm, args: Args) -> PyResult {
    let Some(t) = native_data::get::<Token>(&args.pos[0]) else {
        return Err(vm.type_error("a Token is required"));
    };
    Ok(vm.new_string(format!(
        "<Token{} var={} at {:#x}>",
        if t.used.get() { " used" } else { "" },
        crate::runtime::ops::repr(vm, &t.var)?,
        args.pos[0].identity()
    )))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_contextvars");
    let d = m.dict.get().expect("module dict").clone();
    let var = native_data::new_type(vm, "_contextvars", "ContextVar");
    add_staticmethod(vm, &var, "__new__", var_new);
    add_method(vm, &var, "__init__", |_, _| Ok(Value::None));
    add_method(vm, &var, "get", var_get);
    add_method(vm, &var, "set", var_set);
    add_method(vm, &var, "reset", var_reset);
    add_method(vm, &var, "__repr__", var_repr);
    crate::runtime::builtin_types::int::add_getter(vm, &var, "name", |vm, a| {
        Ok(var_of(vm, &a.pos[0])?.name.clone())
    });
    add_classmethod(
        vm,
        &var,
        "__class_getitem__",
        crate::runtime::builtin_types::generic_alias::class_getitem,
    );
    let ctx = native_data::new_type(vm, "_contextvars", "Context");
    add_staticmethod(vm, &ctx, "__new__", |vm, _| new_context(vm, Vec::new()));
    add_method(vm, &ctx, "__init__", |_, _| Ok(Value::None));
    add_method(vm, &ctx, "run", ctx_run);
    add_method(vm, &ctx, "copy", |vm, a| {
        let c = ctx_of(vm, &a.pos[0])?;
        let entries = c.entries.borrow().clone();
        new_context(vm, entries)
    });
    add_method(vm, &ctx, "__getitem__", ctx_getitem);
    add_method(vm, &ctx, "get", ctx_get);
    add_method(vm, &ctx, "__contains__", |vm, a| {
        let c = ctx_of(vm, &a.pos[0])?;
        Ok(Value::Bool(
            lookup(&c.entries, &a.pos.get(1).cloned().unwrap_or(Value::None)).is_some(),
        ))
    });
    add_method(vm, &ctx, "__len__", |vm, a| {
        Ok(Value::Int(
            ctx_of(vm, &a.pos[0])?.entries.borrow().len() as i64
        ))
    });
    add_method(vm, &ctx, "keys", |vm, a| ctx_part(vm, a, 0));
    add_method(vm, &ctx, "values", |vm, a| ctx_part(vm, a, 1));
    add_method(vm, &ctx, "items", |vm, a| ctx_part(vm, a, 2));
    add_method(vm, &ctx, "__iter__", |vm, a| {
        let keys = ctx_part(vm, a, 0)?;
        crate::runtime::iter::get_iter(vm, &keys)
    });
    let token = native_data::new_type(vm, "_contextvars", "Token");
    add_method(vm, &token, "__repr__", token_repr);
    crate::runtime::builtin_types::int::add_getter(vm, &token, "var", |vm, a| {
        native_data::get::<Token>(&a.pos[0])
            .map(|t| t.var.clone())
            .ok_or_else(|| vm.type_error("a Token is required"))
    });
    crate::runtime::builtin_types::int::add_getter(vm, &token, "old_value", |vm, a| {
        let t = native_data::get::<Token>(&a.pos[0])
            .ok_or_else(|| vm.type_error("a Token is required"))?;
        Ok(t.old.clone().unwrap_or(types(vm)?.missing))
    });
    let missing = Value::Obj(PyObject::new(vm.t.object.clone(), Payload::Plain));
    crate::runtime::setup::set_type_attr(vm, &token, "MISSING", missing.clone());
    TYPES.with(|t| {
        *t.borrow_mut() = Some(Types {
            context: ctx.clone(),
            token: token.clone(),
            missing,
        })
    });
    for (name, t) in [("ContextVar", var), ("Context", ctx), ("Token", token)] {
        let _ = vm.dict_set_str(&d, name, Value::Type(t));
    }
    let _ = vm.dict_set_str(
        &d,
        "copy_context",
        vm.new_builtin("copy_context", copy_context),
    );
    m
}
