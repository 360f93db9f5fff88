//! Methods of `type`: construction (`type(x)` and `type(name, bases, ns)`),
//! `mro()`, `__subclasses__()`, `__instancecheck__`/`__subclasscheck__` and the
//! class `repr`.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

fn type_repr(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Type(t)) => Ok(vm.new_string(crate::runtime::repr::type_repr(t))),
        _ => Err(vm.type_error("descriptor '__repr__' requires a 'type' object")),
    }
}

fn type_call(vm: &Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = args.pos.remove(0);
    match &cls {
        Value::Type(t) => crate::runtime::call::type_call_default(vm, t, args),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_mro(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Type(t)) => Ok(vm.new_list(
            t.mro
                .borrow()
                .iter()
                .map(|c| Value::Type(c.clone()))
                .collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Type(t)) => Ok(vm.new_list(
            t.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Type)
                .collect(),
        )),
        _ => Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")),
    }
}

fn type_instancecheck(vm: &Vm, args: Args) -> PyResult {
    match (args.pos.first(), args.pos.get(1)) {
        (Some(Value::Type(t)), Some(v)) => Ok(Value::Bool(vm.isinstance_type(v, t))),
        _ => Err(vm.type_error("__instancecheck__ expects a type and an object")),
    }
}

fn type_subclasscheck(vm: &Vm, args: Args) -> PyResult {
    match (args.pos.first(), args.pos.get(1)) {
        (Some(Value::Type(t)), Some(Value::Type(s))) => Ok(Value::Bool(s.is_subtype(t))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_init(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn type_prepare(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_dict())
}

fn type_dir(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(t)) = args.pos.first() else {
        return Err(vm.type_error("type.__dir__ needs a type"));
    };
    let mut names: Vec<String> = Vec::new();
    for c in t.mro.borrow().iter() {
        for k in c.dict.borrow().keys() {
            if let Some(s) = k.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    }
    names.sort();
    Ok(vm.new_list(names.into_iter().map(|n| vm.new_string(n)).collect()))
}

pub fn register(vm: &Vm) {
    let t = vm.t.type_.clone();
    add_staticmethod(vm, &t, "__new__", crate::runtime::classes::type_new);
    add_method(vm, &t, "__init__", type_init);
    add_method(vm, &t, "__repr__", type_repr);
    add_method(vm, &t, "__call__", type_call);
    add_method(vm, &t, "mro", type_mro);
    add_method(vm, &t, "__subclasses__", type_subclasses);
    add_method(vm, &t, "__instancecheck__", type_instancecheck);
    add_method(vm, &t, "__subclasscheck__", type_subclasscheck);
    add_method(vm, &t, "__dir__", type_dir);
    crate::runtime::setup::add_classmethod(vm, &t, "__prepare__", type_prepare);
    let _ = Rc::strong_count(&t);
}
