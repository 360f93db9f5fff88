//! Methods of functions, bound methods and built-in functions: the descriptor
//! `__get__` (so `f.__get__(obj)` binds explicitly), equality of bound methods
//! (same function and same `__self__`), and `__call__` for explicit calls.
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

fn func_get(vm: &Vm, args: Args) -> PyResult {
    let f = args.pos.first().cloned().unwrap_or(Value::None);
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(f);
    }
    Ok(Value::Obj(PyObject::new(
        vm.t.method.clone(),
        Payload::Method { func: f, this: obj },
    )))
}

fn func_call(vm: &Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let f = args.pos.remove(0);
    vm.call_args(&f, args)
}

fn method_eq(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (
        args.pos.first().cloned().unwrap_or(Value::None),
        args.pos.get(1).cloned().unwrap_or(Value::None),
    );
    match (a.payload(), b.payload()) {
        (
            Some(Payload::Method { func: f1, this: s1 }),
            Some(Payload::Method { func: f2, this: s2 }),
        ) => Ok(Value::Bool(f1.is(f2) && s1.is(s2))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn method_hash(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first().and_then(|a| a.payload()) {
        Some(Payload::Method { func, this }) => {
            let h = crate::runtime::pyhash::hash_pointer(func.identity())
                ^ crate::runtime::pyhash::hash_pointer(this.identity());
            Ok(Value::Int(if h == -1 { -2 } else { h }))
        }
        _ => Err(vm.type_error("method expected")),
    }
}

pub fn register(vm: &Vm) {
    add_method(vm, &vm.t.function, "__get__", func_get);
    add_method(vm, &vm.t.function, "__call__", func_call);
    add_method(vm, &vm.t.method, "__call__", func_call);
    add_method(vm, &vm.t.method, "__eq__", method_eq);
    add_method(vm, &vm.t.method, "__hash__", method_hash);
    add_method(vm, &vm.t.builtin_function, "__call__", func_call);
}
