//! The `sys` module.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn sys_exit(vm: &Vm, args: Args) -> PyResult {
    let ty = vm.exc_type("SystemExit");
    Err(vm.new_exception(&ty, args.pos))
}

fn sys_getrecursionlimit(vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(vm.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(vm: &Vm, args: Args) -> PyResult {
    let n = crate::runtime::convert::index_value(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit.set((n as usize).min(200_000));
    Ok(Value::None)
}

fn sys_exc_info(vm: &Vm, _args: Args) -> PyResult {
    let cur = vm.handled.borrow().last().cloned().flatten();
    Ok(match cur {
        Some(e) => vm.new_tuple(vec![Value::Type(e.class.clone()), Value::Obj(e.clone()), crate::runtime::modules::traceback_object(vm, &e)]),
        None => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn sys_exception(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.handled.borrow().last().cloned().flatten().map(Value::Obj).unwrap_or(Value::None))
}

fn sys_intern(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn sys_getsizeof(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(64))
}

pub fn make_module(vm: &Vm, argv: &[String], path: &[String]) -> ObjRef {
    let m = vm.new_module("sys");
    let d = m.dict.get().expect("module dict").clone();
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_str(&d, k, v);
    };
    set("argv", vm.new_list(argv.iter().map(|a| vm.new_str(a)).collect()));
    set("path", vm.new_list(path.iter().map(|a| vm.new_str(a)).collect()));
    set("modules", Value::Obj(vm.sys_modules.clone()));
    set("stdin", crate::runtime::modules::stream(0));
    set("stdout", crate::runtime::modules::stream(1));
    set("stderr", crate::runtime::modules::stream(2));
    set("__stdout__", crate::runtime::modules::stream(1));
    set("__stderr__", crate::runtime::modules::stream(2));
    set("version", vm.new_str("3.11.7 (pyjit 0.1.0)"));
    set("version_info", vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), vm.new_str("final"), Value::Int(0)]));
    set("hexversion", Value::Int(0x030b07f0));
    set("platform", vm.new_str("linux"));
    set("byteorder", vm.new_str("little"));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set("executable", vm.new_str(&std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
    set("implementation_name", vm.new_str("pyjit"));
    set("dont_write_bytecode", Value::Bool(true));
    set("builtin_module_names", vm.new_tuple(["builtins", "sys", "time", "math"].iter().map(|s| vm.new_str(s)).collect()));
    for (name, f) in [
        ("exit", sys_exit as NativeFn),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
    ] {
        set(name, vm.new_builtin(name, f));
    }
    let _ = crate::runtime::dictops::dict_set(vm, &vm.sys_modules, vm.new_str("sys"), Value::Obj(m.clone()));
    *vm.sys.borrow_mut() = Some(m.clone());
    m
}
