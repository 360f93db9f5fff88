//! `_ast`: the AST node classes `ast.py` builds on. Each class carries its
//! `_fields`, `_attributes` and `__match_args__`; `AST.__init__` binds
//! positional arguments to `_fields` and keywords to any attribute, as in
//! CPython (fields not given are left unset). Parsing source into these nodes
//! (`compile(..., PyCF_ONLY_AST)`) is not supported yet and says so where
//! `compile` is called.
use std::collections::HashMap;

use super::ast_nodes::NODES;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn names(vm: &Vm, s: &str) -> Value {
    vm.new_tuple(s.split_whitespace().map(|n| vm.new_str(n)).collect())
}

/// `AST.__init__(self, *args, **kwargs)`.
fn ast_init(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let fields = crate::runtime::attr::getattr_str(vm, &this, "_fields")?;
    let fields = crate::runtime::iter::collect(vm, &fields)?;
    let given = &args.pos[1..];
    if given.len() > fields.len() {
        return Err(vm.type_error(format!(
            "{} constructor takes at most {} positional argument{}",
            vm.type_of(&this).name(),
            fields.len(),
            if fields.len() == 1 { "" } else { "s" }
        )));
    }
    for (name, v) in fields.iter().zip(given) {
        crate::runtime::attr::setattr(vm, &this, name, v.clone())?;
    }
    for (k, v) in args.kw {
        crate::runtime::attr::setattr(vm, &this, &vm.intern(&k), v)?;
    }
    Ok(Value::None)
}

/// `AST.__reduce__`: `(type(self), (), self.__dict__)`.
fn ast_reduce(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let state = crate::runtime::builtin_types::object::instance_state(&this);
    Ok(vm.new_tuple(vec![
        Value::Type(vm.type_of(&this)),
        vm.new_tuple(vec![]),
        state,
    ]))
}

fn make_class(vm: &Vm, name: &str, base: &Value, ns: ObjRef) -> PyResult<Value> {
    let type_ = Value::Type(vm.t.type_.clone());
    vm.call(
        &type_,
        vec![
            vm.new_str(name),
            vm.new_tuple(vec![base.clone()]),
            Value::Obj(ns),
        ],
    )
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_ast");
    let d = m.dict.get().expect("module dict").clone();
    let mut made: HashMap<&str, Value> = HashMap::new();
    let ns = vm.new_dict_obj();
    let set = |ns: &ObjRef, k: &str, v: Value| {
        let _ = vm.dict_set_str(ns, k, v);
    };
    set(&ns, "__module__", vm.new_str("ast"));
    set(&ns, "_fields", vm.new_tuple(vec![]));
    set(&ns, "_attributes", vm.new_tuple(vec![]));
    set(&ns, "__match_args__", vm.new_tuple(vec![]));
    set(&ns, "__init__", vm.new_builtin("__init__", ast_init));
    set(&ns, "__reduce__", vm.new_builtin("__reduce__", ast_reduce));
    let Ok(ast) = make_class(vm, "AST", &Value::Type(vm.t.object.clone()), ns) else {
        return m;
    };
    made.insert("AST", ast.clone());
    let _ = vm.dict_set_str(&d, "AST", ast);
    for &(name, base, fields, attributes, doc) in NODES {
        let Some(base_v) = made.get(base).cloned() else {
            continue;
        };
        let ns = vm.new_dict_obj();
        set(&ns, "__module__", vm.new_str("ast"));
        set(&ns, "__doc__", vm.new_str(doc));
        set(&ns, "_fields", names(vm, fields));
        set(&ns, "__match_args__", names(vm, fields));
        set(&ns, "_attributes", names(vm, attributes));
        if let Ok(cls) = make_class(vm, name, &base_v, ns) {
            made.insert(name, cls.clone());
            let _ = vm.dict_set_str(&d, name, cls);
        }
    }
    for (k, v) in [
        ("PyCF_ONLY_AST", 1024),
        ("PyCF_TYPE_COMMENTS", 4096),
        ("PyCF_ALLOW_TOP_LEVEL_AWAIT", 8192),
    ] {
        let _ = vm.dict_set_str(&d, k, Value::Int(v));
    }
    m
}
