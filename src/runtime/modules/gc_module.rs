//! The `gc` module: control of the cycle collector in `runtime::gc`.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn gc_collect(vm: &Vm, _args: Args) -> PyResult {
    let n = crate::runtime::gc::collect(vm);
    crate::runtime::finalize::run_pending(vm);
    Ok(Value::Int(n as i64))
}

fn gc_enable(_vm: &Vm, _args: Args) -> PyResult {
    crate::runtime::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_vm: &Vm, _args: Args) -> PyResult {
    crate::runtime::gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(crate::runtime::gc::is_enabled()))
}

fn gc_get_threshold(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_tuple(vec![Value::Int(700), Value::Int(10), Value::Int(10)]))
}

fn gc_set_threshold(_vm: &Vm, _args: Args) -> PyResult {
    // pyjit sizes its generations itself; the call is accepted for compatibility.
    Ok(Value::None)
}

fn gc_get_count(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(0), Value::Int(0)]))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("gc");
    if let Some(d) = m.dict.get() {
        for (name, f) in [
            ("collect", gc_collect as NativeFn),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_count", gc_get_count),
        ] {
            let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
        }
        let _ = vm.dict_set_str(d, "garbage", vm.new_list(vec![]));
    }
    m
}
