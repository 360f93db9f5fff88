//! The small C modules `importlib` needs to load on top of pyjit's own import
//! system (`importlib` is used by `inspect`, `dataclasses`, `unittest` …):
//!
//! * `_imp`: which modules are built in (the ones `modules::native_module`
//!   makes), creating them, the import lock (one thread: a no-op), and "no
//!   frozen modules, no extension modules".
//! * `_warnings`: only `warn`/`warn_explicit`, handed to the pure-Python
//!   `warnings` module — the C module's filter state is absent, so
//!   `warnings.py` keeps its own Python implementation, as it does when
//!   `_warnings` is missing.
//! * `marshal`: present for `importlib._bootstrap_external` to import; reading
//!   or writing marshal data is not supported yet and says so.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn name_of(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    let n = crate::runtime::attr::getattr_str(vm, v, "name")?;
    n.as_str()
        .map(str::to_string)
        .ok_or_else(|| vm.type_error("module name must be str"))
}

fn is_builtin(vm: &Vm, args: Args) -> PyResult {
    let name = name_of(vm, &arg(&args, 0))?;
    let sys = vm.sys.borrow().clone();
    let listed = sys
        .and_then(|s| s.dict.get().cloned())
        .and_then(|d| vm.dict_get_str(&d, "builtin_module_names"))
        .map(|names| crate::runtime::ops::contains(vm, &names, &vm.new_str(&name)))
        .transpose()?
        .unwrap_or(false);
    Ok(Value::Int(listed as i64))
}

fn create_builtin(vm: &Vm, args: Args) -> PyResult {
    let name = name_of(vm, &arg(&args, 0))?;
    if let Some(m) = vm.dict_get_str(&vm.sys_modules, &name) {
        return Ok(m);
    }
    match crate::runtime::modules::native_module(vm, &name) {
        Some(m) => Ok(Value::Obj(m)),
        None => Err(vm.new_error("ImportError", format!("no built-in module named {}", name))),
    }
}

fn no_frozen(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.new_error("ImportError", "pyjit has no frozen modules"))
}

fn warn(vm: &Vm, args: Args) -> PyResult {
    let warnings = crate::runtime::import::import_module(vm, "warnings")?;
    let f = crate::runtime::attr::getattr_str(vm, &warnings, "warn")?;
    vm.call_args(&f, args)
}

fn warn_explicit(vm: &Vm, args: Args) -> PyResult {
    let warnings = crate::runtime::import::import_module(vm, "warnings")?;
    let f = crate::runtime::attr::getattr_str(vm, &warnings, "warn_explicit")?;
    vm.call_args(&f, args)
}

fn module_with(vm: &Vm, name: &str, funcs: &[(&'static str, NativeFn)]) -> ObjRef {
    let m = vm.new_module(name);
    if let Some(d) = m.dict.get() {
        for &(n, f) in funcs {
            let _ = vm.dict_set_str(d, n, vm.new_builtin(n, f));
        }
    }
    m
}

pub fn make_imp(vm: &Vm) -> ObjRef {
    let m = module_with(
        vm,
        "_imp",
        &[
            ("is_builtin", is_builtin),
            ("create_builtin", create_builtin),
            ("exec_builtin", |_, _| Ok(Value::Int(0))),
            ("is_frozen", |_, _| Ok(Value::Bool(false))),
            ("is_frozen_package", |_, _| Ok(Value::Bool(false))),
            ("find_frozen", |_, _| Ok(Value::None)),
            ("get_frozen_object", no_frozen),
            ("init_frozen", no_frozen),
            ("acquire_lock", |_, _| Ok(Value::None)),
            ("release_lock", |_, _| Ok(Value::None)),
            ("lock_held", |_, _| Ok(Value::Bool(false))),
            ("extension_suffixes", |vm, _| Ok(vm.new_list(vec![]))),
            ("_fix_co_filename", |_, _| Ok(Value::None)),
            ("source_hash", |vm, _| {
                Err(vm.not_implemented_error(
                    "_imp.source_hash (hash-based .pyc files) is not supported yet",
                ))
            }),
        ],
    );
    if let Some(d) = m.dict.get() {
        let _ = vm.dict_set_str(d, "check_hash_based_pycs", vm.new_str("never"));
    }
    m
}

pub fn make_warnings(vm: &Vm) -> ObjRef {
    module_with(
        vm,
        "_warnings",
        &[("warn", warn), ("warn_explicit", warn_explicit)],
    )
}

pub fn make_marshal(vm: &Vm) -> ObjRef {
    let unsupported: NativeFn =
        |vm, _| Err(vm.not_implemented_error("marshal is not supported yet"));
    let m = module_with(
        vm,
        "marshal",
        &[
            ("dumps", unsupported),
            ("loads", unsupported),
            ("dump", unsupported),
            ("load", unsupported),
        ],
    );
    if let Some(d) = m.dict.get() {
        let _ = vm.dict_set_str(d, "version", Value::Int(4));
    }
    m
}
