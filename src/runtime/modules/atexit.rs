//! `atexit`: functions to call when the interpreter exits, most recently
//! registered first, after the main module finishes (normally, by an uncaught
//! exception or by `SystemExit`). An exception in one is reported as
//! "Exception ignored in atexit callback" and the rest still run.
use std::cell::RefCell;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

thread_local! {
    static CALLBACKS: RefCell<Vec<(Value, Args)>> = const { RefCell::new(Vec::new()) };
}

fn register(vm: &Vm, args: Args) -> PyResult {
    let Some(f) = args.pos.first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !crate::runtime::builtins::is_callable(vm, &f) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let rest = Args::with_kw(args.pos[1..].to_vec(), args.kw);
    CALLBACKS.with(|c| c.borrow_mut().push((f.clone(), rest)));
    Ok(f)
}

fn unregister(vm: &Vm, args: Args) -> PyResult {
    let f = args.pos.first().cloned().unwrap_or(Value::None);
    let all: Vec<(Value, Args)> = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    let mut keep = Vec::new();
    for (g, a) in all {
        if !crate::runtime::ops::eq(vm, &g, &f)? {
            keep.push((g, a));
        }
    }
    CALLBACKS.with(|c| *c.borrow_mut() = keep);
    Ok(Value::None)
}

/// Run and forget the registered callbacks (last registered first).
pub fn run_exit_funcs(vm: &Vm) {
    loop {
        let Some((f, args)) = CALLBACKS.with(|c| c.borrow_mut().pop()) else {
            return;
        };
        if let Err(e) = vm.call_args(&f, args) {
            if vm.err_is(&e, "SystemExit") {
                continue;
            }
            let fname = crate::runtime::ops::repr(vm, &f).unwrap_or_default();
            crate::runtime::builtins::write_stderr(&format!(
                "Exception ignored in atexit callback: {}\n{}",
                fname,
                crate::runtime::exceptions::format_exception(vm, &e)
            ));
        }
        crate::runtime::finalize::run_pending(vm);
    }
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("atexit");
    if let Some(d) = m.dict.get() {
        let funcs: [(&'static str, NativeFn); 5] = [
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", |vm, _| {
                run_exit_funcs(vm);
                Ok(Value::None)
            }),
            ("_clear", |_, _| {
                CALLBACKS.with(|c| c.borrow_mut().clear());
                Ok(Value::None)
            }),
            ("_ncallbacks", |_, _| {
                Ok(Value::Int(CALLBACKS.with(|c| c.borrow().len()) as i64))
            }),
        ];
        for (name, f) in funcs {
            let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
        }
    }
    m
}
