//! Start-up wiring: fills the built-in types' dicts with their methods and the
//! `builtins` module with its functions. Each `builtin_types::*` module exposes
//! `register(vm)`, and registration goes through the helpers here so every
//! method object records its owner type (used for reprs and method binding).
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

/// A native function object (`owner` set for methods of a built-in type).
fn native(vm: &Vm, name: &'static str, func: NativeFn, owner: Option<TypeRef>) -> Value {
    Value::Obj(PyObject::new(
        vm.t.builtin_function.clone(),
        Payload::Builtin(BuiltinFunction {
            name,
            func,
            bound_self: None,
            owner,
        }),
    ))
}

/// Add a method implemented natively to a built-in type's dict.
pub fn add_method(vm: &Vm, t: &TypeRef, name: &'static str, func: NativeFn) {
    let f = native(vm, name, func, Some(t.clone()));
    set_type_attr(vm, t, name, f);
}

/// Add a classmethod (`dict.fromkeys`, `int.from_bytes`) to a built-in type.
pub fn add_classmethod(vm: &Vm, t: &TypeRef, name: &'static str, func: NativeFn) {
    let f = native(vm, name, func, None);
    let cm = Value::Obj(PyObject::new(
        vm.t.classmethod.clone(),
        Payload::ClassMethod(f),
    ));
    set_type_attr(vm, t, name, cm);
}

/// Add a staticmethod (`str.maketrans`, `__new__`) to a built-in type.
pub fn add_staticmethod(vm: &Vm, t: &TypeRef, name: &'static str, func: NativeFn) {
    let f = native(vm, name, func, None);
    let sm = Value::Obj(PyObject::new(
        vm.t.staticmethod.clone(),
        Payload::StaticMethod(f),
    ));
    set_type_attr(vm, t, name, sm);
}

/// Set a raw attribute in a type's dict (no descriptor wrapping).
pub fn set_type_attr(vm: &Vm, t: &TypeRef, name: &str, v: Value) {
    let key = vm.intern(name);
    let h = crate::runtime::ops::str_hash(name);
    let mut d = t.dict.borrow_mut();
    match d.find_native(&key, h) {
        Ok(Some(i)) => d.set_at(i, v),
        _ => d.push_new(key, h, v),
    }
    drop(d);
    crate::runtime::attr::bump_version(t);
}

/// Add a function to the `builtins` module.
pub fn add_builtin(vm: &Vm, name: &'static str, func: NativeFn) {
    let f = vm.new_builtin(name, func);
    let _ = vm.dict_set_str(&vm.builtins_dict(), name, f);
}

pub fn init(vm: &Vm) {
    crate::runtime::builtin_types::register_all(vm);
    crate::runtime::exceptions::register(vm);
    crate::runtime::builtins::register(vm);
    let b = vm.builtins_dict();
    for t in vm.t.all() {
        let name = t.name();
        if !name.contains('_') || &*name == "NoneType" {
            let _ = vm.dict_set_str(&b, &name, Value::Type(t.clone()));
        }
    }
    let _ = vm.dict_set_str(&b, "None", Value::None);
    let _ = vm.dict_set_str(&b, "True", Value::Bool(true));
    let _ = vm.dict_set_str(&b, "False", Value::Bool(false));
    let _ = vm.dict_set_str(&b, "Ellipsis", vm.ellipsis());
    let _ = vm.dict_set_str(&b, "NotImplemented", vm.not_implemented.clone());
    let _ = vm.dict_set_str(&b, "__debug__", Value::Bool(true));
    for t in [
        "NoneType",
        "ellipsis",
        "NotImplementedType",
        "function",
        "builtin_function_or_method",
        "method",
        "module",
        "cell",
        "generator",
        "coroutine",
        "async_generator",
        "async_generator_asend",
        "async_generator_athrow",
        "coroutine_wrapper",
        "code",
        "traceback",
        "frame",
        "mappingproxy",
        "dict_keys",
        "dict_values",
        "dict_items",
        "weakref",
        "list_iterator",
        "tuple_iterator",
        "range_iterator",
        "longrange_iterator",
        "getset_descriptor",
        "member_descriptor",
        "str_ascii_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
        "iterator",
        "callable_iterator",
    ] {
        let _ = crate::runtime::dictops::dict_del(vm, &b, &vm.intern(t));
    }
    for (name, t) in vm.exc.iter() {
        let _ = vm.dict_set_str(&b, name, Value::Type(t.clone()));
    }
    let _ = Rc::strong_count(&vm.builtins);
    crate::runtime::modules::register_builtin_modules(vm);
}
