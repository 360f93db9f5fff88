//! `sys.meta_path` for code that imports through `importlib`
//! (`importlib.import_module`, `importlib.util.find_spec` …).
//!
//! pyjit imports modules natively (`runtime::import`); `importlib._bootstrap`
//! instead asks each finder on `sys.meta_path` for a spec and then runs the
//! spec's loader. The single finder here answers by importing the module the
//! native way and returning a spec whose loader hands back that module
//! (`create_module`) and has nothing left to run (`exec_module`), so both
//! routes give the same module object.
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

/// `find_spec(fullname, path=None, target=None)`.
fn find_spec(vm: &Vm, args: Args) -> PyResult {
    let this = arg(&args, 0);
    let Some(name) = arg(&args, 1).as_str().map(str::to_string) else {
        return Ok(Value::None);
    };
    let module = match crate::runtime::import::import_module(vm, &name) {
        Ok(m) => m,
        Err(e) if vm.err_is(&e, "ModuleNotFoundError") => return Ok(Value::None),
        Err(e) => return Err(e),
    };
    let bootstrap = crate::runtime::import::import_module(vm, "importlib._bootstrap")?;
    let spec_cls = crate::runtime::attr::getattr_str(vm, &bootstrap, "ModuleSpec")?;
    let origin = crate::runtime::attr::getattr_opt(vm, &module, "__file__")?.unwrap_or(Value::None);
    let is_pkg = crate::runtime::attr::getattr_opt(vm, &module, "__path__")?.is_some();
    vm.call_args(
        &spec_cls,
        Args::with_kw(
            vec![vm.new_str(&name), this],
            vec![
                ("origin".into(), origin),
                ("is_package".into(), Value::Bool(is_pkg)),
            ],
        ),
    )
}

/// `create_module(spec)`: the module the native import made.
fn create_module(vm: &Vm, args: Args) -> PyResult {
    let spec = arg(&args, 1);
    let name = crate::runtime::attr::getattr_str(vm, &spec, "name")?;
    match name.as_str() {
        Some(n) => crate::runtime::import::import_module(vm, n),
        None => Ok(Value::None),
    }
}

pub fn make_finder(vm: &Vm) -> Value {
    let t = crate::runtime::types::new_type(
        "PyjitImporter",
        vec![vm.t.object.clone()],
        BaseKind::Object,
        false,
        false,
    );
    *t.module.borrow_mut() = std::rc::Rc::from("pyjit");
    add_method(vm, &t, "find_spec", find_spec);
    add_method(vm, &t, "create_module", create_module);
    add_method(vm, &t, "exec_module", |_, _| Ok(Value::None));
    add_method(vm, &t, "invalidate_caches", |_, _| Ok(Value::None));
    Value::Obj(PyObject::new(t, Payload::Plain))
}
