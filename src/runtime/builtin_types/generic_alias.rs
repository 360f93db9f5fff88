//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | None`).
//!
//! Annotations are evaluated eagerly in Python 3.11, so programs that merely
//! annotate `def f(x: list[int]) -> dict[str, int] | None` need these objects to
//! exist, print like CPython's, and forward calls to their origin class.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::{add_classmethod, add_method};
use crate::runtime::vm::Vm;

thread_local! {
    static TYPES: std::cell::RefCell<Option<(TypeRef, TypeRef)>> = const { std::cell::RefCell::new(None) };
}

fn alias_types() -> Option<(TypeRef, TypeRef)> {
    TYPES.with(|t| t.borrow().clone())
}

pub fn union_type() -> Option<TypeRef> {
    alias_types().map(|t| t.1)
}

pub fn is_union(v: &Value) -> bool {
    match (v, union_type()) {
        (Value::Obj(o), Some(u)) => Rc::ptr_eq(&o.class, &u),
        _ => false,
    }
}

fn get(vm: &Vm, v: &Value, name: &str) -> Value {
    v.as_obj()
        .and_then(|o| o.dict.get())
        .and_then(|d| vm.dict_get_str(d, name))
        .unwrap_or(Value::None)
}

fn make(vm: &Vm, ty: &TypeRef, origin: Value, args: Vec<Value>) -> Value {
    let o = PyObject::new(ty.clone(), Payload::Plain);
    let d = vm.new_dict_obj();
    let _ = vm.dict_set_str(&d, "__origin__", origin);
    let _ = vm.dict_set_str(&d, "__args__", vm.new_tuple(args));
    let _ = vm.dict_set_str(&d, "__parameters__", vm.new_tuple(vec![]));
    let _ = o.dict.set(d);
    Value::Obj(o)
}

/// `GenericAlias(origin, args)`: `args` is a tuple or a single argument.
fn alias_new(vm: &Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let [Value::Type(cls), origin, a] = &args.pos[..] else {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    };
    let items = match a.payload() {
        Some(Payload::Tuple(t)) if vm.type_of(a).builtin => t.to_vec(),
        _ => vec![a.clone()],
    };
    Ok(make(vm, cls, origin.clone(), items))
}

/// The repr of one type argument, as `typing` prints it.
fn type_arg_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Type(t) => {
            let m = t.module.borrow().clone();
            if &*m == "builtins" {
                Ok(t.qualname.borrow().to_string())
            } else {
                Ok(format!("{}.{}", m, t.qualname.borrow()))
            }
        }
        Value::None => Ok("None".into()),
        _ if v.is(&vm.ellipsis) => Ok("...".into()),
        _ => ops::repr(vm, v),
    }
}

pub fn class_getitem(vm: &Vm, args: Args) -> PyResult {
    let origin = args.pos.first().cloned().unwrap_or(Value::None);
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    let items = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item],
    };
    let Some((ga, _)) = alias_types() else {
        return Err(vm.runtime_error("GenericAlias not initialised"));
    };
    Ok(make(vm, &ga, origin, items))
}

fn alias_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let origin = get(vm, &this, "__origin__");
    let targs = get(vm, &this, "__args__");
    let mut parts = Vec::new();
    if let Some(Payload::Tuple(t)) = targs.payload() {
        if t.is_empty() {
            parts.push("()".to_string());
        }
        for a in t.iter() {
            parts.push(type_arg_repr(vm, a)?);
        }
    }
    Ok(vm.new_string(format!(
        "{}[{}]",
        type_arg_repr(vm, &origin)?,
        parts.join(", ")
    )))
}

fn alias_call(vm: &Vm, mut args: Args) -> PyResult {
    let this = args.pos.remove(0);
    let origin = get(vm, &this, "__origin__");
    vm.call_args(&origin, args)
}

fn alias_getattr(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let name = args.pos.get(1).cloned().unwrap_or(Value::None);
    let origin = get(vm, &this, "__origin__");
    crate::runtime::attr::getattr(vm, &origin, &name)
}

fn union_items(v: &Value) -> Vec<Value> {
    if is_union(v) {
        if let Some(Payload::Tuple(t)) = v
            .as_obj()
            .and_then(|o| o.dict.get())
            .and_then(|d| {
                let h = crate::runtime::ops::str_hash("__args__");
                match &d.payload {
                    Payload::Dict(dd) => dd.borrow().get_str("__args__", h).cloned(),
                    _ => None,
                }
            })
            .as_ref()
            .and_then(|a| {
                a.payload().map(|p| match p {
                    Payload::Tuple(t) => Payload::Tuple(t.clone()),
                    _ => Payload::Plain,
                })
            })
        {
            return t.to_vec();
        }
    }
    vec![v.clone()]
}

fn unionable(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None)
        || is_union(v)
        || alias_types().is_some_and(|(ga, _)| vm.isinstance_type(v, &ga))
}

fn type_or(vm: &Vm, args: Args) -> PyResult {
    let a = args.pos.first().cloned().unwrap_or(Value::None);
    let b = args.pos.get(1).cloned().unwrap_or(Value::None);
    if !unionable(vm, &a) || !unionable(vm, &b) {
        return Ok(vm.not_implemented.clone());
    }
    let mut items: Vec<Value> = Vec::new();
    for v in union_items(&a).into_iter().chain(union_items(&b)) {
        let v = if v.is_none() {
            Value::Type(vm.t.none_type.clone())
        } else {
            v
        };
        if !items.iter().any(|x| x.is(&v)) {
            items.push(v);
        }
    }
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    let Some((_, ut)) = alias_types() else {
        return Err(vm.runtime_error("UnionType not initialised"));
    };
    Ok(make(vm, &ut, Value::None, items))
}

fn type_ror(vm: &Vm, args: Args) -> PyResult {
    let a = args.pos.first().cloned().unwrap_or(Value::None);
    let b = args.pos.get(1).cloned().unwrap_or(Value::None);
    type_or(vm, Args::new(vec![b, a]))
}

fn union_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let mut parts = Vec::new();
    for a in union_items(&this) {
        let s = match &a {
            Value::Type(t) if Rc::ptr_eq(t, &vm.t.none_type) => "None".to_string(),
            _ => type_arg_repr(vm, &a)?,
        };
        parts.push(s);
    }
    Ok(vm.new_string(parts.join(" | ")))
}

pub fn register(vm: &Vm) {
    // Subclassable (`_collections_abc._CallableGenericAlias`): an ordinary
    // layout whose `__new__(cls, origin, args)` fills the instance dict.
    let ga = crate::runtime::types::new_type(
        "GenericAlias",
        vec![vm.t.object.clone()],
        BaseKind::Object,
        true,
        true,
    );
    *ga.module.borrow_mut() = Rc::from("types");
    let ut = crate::runtime::types::new_type(
        "UnionType",
        vec![vm.t.object.clone()],
        BaseKind::Internal,
        true,
        false,
    );
    *ut.module.borrow_mut() = Rc::from("types");
    crate::runtime::setup::add_staticmethod(vm, &ga, "__new__", alias_new);
    add_method(vm, &ga, "__init__", |_, _| Ok(Value::None));
    add_method(vm, &ga, "__repr__", alias_repr);
    add_method(vm, &ga, "__call__", alias_call);
    add_method(vm, &ga, "__getattr__", alias_getattr);
    add_method(vm, &ga, "__or__", type_or);
    add_method(vm, &ga, "__ror__", type_ror);
    add_method(vm, &ut, "__repr__", union_repr);
    add_method(vm, &ut, "__or__", type_or);
    add_method(vm, &ut, "__ror__", type_ror);
    TYPES.with(|t| *t.borrow_mut() = Some((ga, ut)));
    for t in [
        &vm.t.list,
        &vm.t.dict,
        &vm.t.tuple,
        &vm.t.set,
        &vm.t.frozenset,
        &vm.t.type_,
    ] {
        add_classmethod(vm, t, "__class_getitem__", class_getitem);
    }
    add_method(vm, &vm.t.type_, "__or__", type_or);
    add_method(vm, &vm.t.type_, "__ror__", type_ror);
}
