//! The import system: `sys.modules`, native modules, and Python source modules
//! and packages found on `sys.path`.
//!
//! `import a.b.c` imports `a`, then `a.b`, then `a.b.c`, each parent first, and
//! binds the submodule as an attribute of its parent, as CPython's importlib
//! does. A module is registered in `sys.modules` *before* its body runs, so
//! import cycles see the partially initialised module instead of recursing; if
//! the body raises, the entry is removed again. Relative imports resolve against
//! the importing module's `__package__` (or `__name__`).
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::runtime::attr;
use crate::runtime::dictops;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;

thread_local! {
    static SOURCES: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
}

/// Remember source text by filename (for traceback source lines, `<string>` code too).
pub fn source_cache_put(filename: &str, src: &str) {
    SOURCES.with(|s| {
        s.borrow_mut().insert(filename.to_string(), Rc::from(src));
    });
}

pub fn source_cache_get(filename: &str) -> Option<String> {
    SOURCES.with(|s| s.borrow().get(filename).map(|t| t.to_string()))
}

fn module_not_found(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_error("ModuleNotFoundError", format!("No module named '{}'", name));
    if let Some(d) = e.dict.get() {
        let _ = vm.dict_set_str(d, "name", vm.new_str(name));
    }
    e
}

/// Is `e` (a ModuleNotFoundError) about the module `name`?
fn error_names(vm: &Vm, e: &PyErr, name: &str) -> bool {
    e.dict
        .get()
        .and_then(|d| vm.dict_get_str(d, "name"))
        .is_some_and(|n| n.as_str() == Some(name))
}

fn sys_modules_get(vm: &Vm, name: &str) -> Option<Value> {
    vm.dict_get_str(&vm.sys_modules, name)
}

fn resolve_relative(vm: &Vm, globals: &ObjRef, name: &str, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = vm
        .dict_get_str(globals, "__package__")
        .and_then(|p| p.as_str().map(|s| s.to_string()));
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            let modname = vm
                .dict_get_str(globals, "__name__")
                .and_then(|p| p.as_str().map(|s| s.to_string()))
                .unwrap_or_default();
            let is_pkg = vm.dict_get_str(globals, "__path__").is_some();
            if is_pkg {
                modname
            } else {
                match modname.rfind('.') {
                    Some(i) => modname[..i].to_string(),
                    None => String::new(),
                }
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_error(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(vm.new_error(
                    "ImportError",
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{}.{}", base, name)
    })
}

pub fn import_name(
    vm: &Vm,
    frame: &Frame,
    name: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) => *i as usize,
        _ => 0,
    };
    let name = name.as_str().unwrap_or("");
    let full = resolve_relative(vm, &frame.globals, name, level)?;
    let module = import_module(vm, &full)?;
    let has_fromlist = match fromlist.payload() {
        Some(Payload::Tuple(t)) => !t.is_empty(),
        _ => false,
    };
    if has_fromlist {
        // `from pkg import sub`: import submodules named in the fromlist when needed.
        if let Some(Payload::Tuple(items)) = fromlist.payload() {
            let is_pkg = module
                .as_obj()
                .and_then(|m| m.dict.get())
                .is_some_and(|d| vm.dict_get_str(d, "__path__").is_some());
            if is_pkg {
                for it in items.iter() {
                    let Some(n) = it.as_str() else { continue };
                    if n == "*" {
                        continue;
                    }
                    if attr::getattr_opt(vm, &module, n)?.is_none() {
                        let sub = format!("{}.{}", full, n);
                        match import_module(vm, &sub) {
                            Ok(_) => {}
                            // Only the submodule itself being absent is not an
                            // error here (`import_from` reports the name).
                            Err(e)
                                if vm.err_is(&e, "ModuleNotFoundError")
                                    && error_names(vm, &e, &sub) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
        }
        return Ok(module);
    }
    if level > 0 && name.is_empty() {
        return Ok(module);
    }
    let top = if level == 0 {
        full.split('.').next().unwrap_or("").to_string()
    } else {
        full[..full.len() - name.len()].to_string() + name.split('.').next().unwrap_or("")
    };
    sys_modules_get(vm, &top).ok_or_else(|| module_not_found(vm, &top))
}

/// Import a module by absolute dotted name, importing parents first.
pub fn import_module(vm: &Vm, full: &str) -> PyResult<Value> {
    if let Some(m) = sys_modules_get(vm, full) {
        if m.is_none() {
            return Err(module_not_found(vm, full));
        }
        return Ok(m);
    }
    let (parent, child) = match full.rfind('.') {
        Some(i) => (Some(&full[..i]), &full[i + 1..]),
        None => (None, full),
    };
    let search: Vec<PathBuf> = match parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            if let Some(m) = sys_modules_get(vm, full) {
                return Ok(m);
            }
            let path = pm
                .as_obj()
                .and_then(|m| m.dict.get())
                .and_then(|d| vm.dict_get_str(d, "__path__"));
            match path {
                Some(pv) => crate::runtime::iter::collect(vm, &pv)?
                    .iter()
                    .filter_map(|p| p.as_str().map(PathBuf::from))
                    .collect(),
                None => {
                    return Err(vm.new_error(
                        "ModuleNotFoundError",
                        format!("No module named '{}'; '{}' is not a package", full, p),
                    ));
                }
            }
        }
        None => {
            if let Some(m) = crate::runtime::modules::native_module(vm, full) {
                let v = Value::Obj(m);
                dictops::dict_set(vm, &vm.sys_modules, vm.new_str(full), v.clone())?;
                return Ok(v);
            }
            sys_path(vm)
        }
    };
    for dir in search {
        let pkg_init = dir.join(child).join("__init__.py");
        if pkg_init.is_file() {
            let pkg_dir = dir.join(child);
            return load_source_module(vm, full, &pkg_init, Some(&pkg_dir));
        }
        let file = dir.join(format!("{}.py", child));
        if file.is_file() {
            return load_source_module(vm, full, &file, None);
        }
    }
    Err(module_not_found(vm, full))
}

fn sys_path(vm: &Vm) -> Vec<PathBuf> {
    if let Some(sys) = vm.sys.borrow().as_ref() {
        if let Some(d) = sys.dict.get() {
            if let Some(p) = vm.dict_get_str(d, "path") {
                if let Some(Payload::List(l)) = p.payload() {
                    return l
                        .borrow()
                        .iter()
                        .filter_map(|x| x.as_str().map(PathBuf::from))
                        .collect();
                }
            }
        }
    }
    vm.path.borrow().iter().map(PathBuf::from).collect()
}

fn load_source_module(vm: &Vm, name: &str, file: &Path, pkg_dir: Option<&Path>) -> PyResult<Value> {
    let src = std::fs::read_to_string(file).map_err(|e| {
        vm.new_error(
            "ImportError",
            format!("cannot read {}: {}", file.display(), e),
        )
    })?;
    let filename = file.to_string_lossy().to_string();
    let m = vm.new_module(name);
    let d = m
        .dict
        .get()
        .cloned()
        .ok_or_else(|| vm.runtime_error("module without dict"))?;
    vm.dict_set_str(&d, "__file__", vm.new_str(&filename))?;
    let package = match pkg_dir {
        Some(dir) => {
            vm.dict_set_str(
                &d,
                "__path__",
                vm.new_list(vec![vm.new_str(&dir.to_string_lossy())]),
            )?;
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    vm.dict_set_str(&d, "__package__", vm.new_str(&package))?;
    vm.dict_set_str(&d, "__builtins__", Value::Obj(vm.builtins.clone()))?;
    let mv = Value::Obj(m.clone());
    dictops::dict_set(vm, &vm.sys_modules, vm.new_str(name), mv.clone())?;
    let r = exec_source(vm, &src, &filename, &d);
    if let Err(e) = r {
        let _ = dictops::dict_del(vm, &vm.sys_modules, &vm.new_str(name));
        return Err(e);
    }
    // Bind as attribute of the parent package.
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(p) = sys_modules_get(vm, parent) {
            attr::setattr(vm, &p, &vm.intern(child), mv.clone())?;
        }
    }
    Ok(sys_modules_get(vm, name).unwrap_or(mv))
}

/// Compile and run source text in a globals dict.
pub fn exec_source(vm: &Vm, src: &str, filename: &str, globals: &ObjRef) -> PyResult<Value> {
    source_cache_put(filename, src);
    let code = compile_or_raise(vm, src, filename, crate::frontend::Mode::Exec)?;
    crate::tiers::interp::run_code_in(vm, code, globals.clone(), None, &[])
}

pub fn compile_or_raise(
    vm: &Vm,
    src: &str,
    filename: &str,
    mode: crate::frontend::Mode,
) -> PyResult<Rc<crate::frontend::bytecode::Code>> {
    match crate::frontend::compile(vm, src, filename, mode) {
        Ok(c) => {
            if std::env::var_os("PYJIT_DUMP_BYTECODE").is_some() {
                dump_code(&c);
            }
            Ok(c)
        }
        Err(ce) => Err(syntax_error(vm, &ce)),
    }
}

pub fn syntax_error(vm: &Vm, ce: &crate::frontend::CompileError) -> PyErr {
    let e = vm.new_error(ce.kind, &ce.msg);
    if let Some(d) = e.dict.get() {
        let _ = vm.dict_set_str(d, "filename", vm.new_str(&ce.filename));
        let _ = vm.dict_set_str(d, "lineno", Value::Int(ce.line as i64));
        let _ = vm.dict_set_str(d, "offset", Value::Int(ce.col as i64));
        let _ = vm.dict_set_str(
            d,
            "text",
            ce.text
                .as_ref()
                .map(|t| vm.new_str(t))
                .unwrap_or(Value::None),
        );
        let _ = vm.dict_set_str(d, "msg", vm.new_str(&ce.msg));
    }
    e
}

pub fn import_from(vm: &Vm, module: &Value, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    if let Some(v) = attr::getattr_opt(vm, module, n)? {
        return Ok(v);
    }
    // A submodule that was imported but not yet bound (import cycles).
    let modname = attr::getattr_opt(vm, module, "__name__")?
        .and_then(|v| v.as_str().map(|s| s.to_string()))
        .unwrap_or_default();
    if let Some(m) = sys_modules_get(vm, &format!("{}.{}", modname, n)) {
        return Ok(m);
    }
    let file = module
        .as_obj()
        .and_then(|m| m.dict.get())
        .and_then(|d| vm.dict_get_str(d, "__file__"))
        .and_then(|f| f.as_str().map(|s| s.to_string()));
    let msg = match file {
        Some(f) => format!("cannot import name '{}' from '{}' ({})", n, modname, f),
        None => format!(
            "cannot import name '{}' from '{}' (unknown location)",
            n, modname
        ),
    };
    let e = vm.new_error("ImportError", msg);
    Err(e)
}

pub fn import_star(vm: &Vm, module: &Value, target: &ObjRef) -> PyResult<()> {
    let Some(md) = module.as_obj().and_then(|m| m.dict.get()).cloned() else {
        return Ok(());
    };
    let all = vm.dict_get_str(&md, "__all__");
    let names: Vec<Value> = match all {
        Some(a) => crate::runtime::iter::collect(vm, &a)?,
        None => dictops::items(&md)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !k.as_str().unwrap_or("_").starts_with('_'))
            .collect(),
    };
    for n in names {
        let v = attr::getattr(vm, module, &n)?;
        dictops::mapping_set(vm, target, n, v)?;
    }
    Ok(())
}

/// Print a code object and its nested code objects (debug aid: `PYJIT_DUMP_BYTECODE=1`).
fn dump_code(c: &crate::frontend::bytecode::Code) {
    eprintln!("== {} ({}:{})", c.qualname, c.filename, c.first_line);
    eprint!("{}", c.disassemble());
    for k in &c.consts {
        if let Some(Payload::Code(inner)) = k.payload() {
            dump_code(inner);
        }
    }
}
