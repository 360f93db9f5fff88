//! `_thread`: locks and thread identity for a runtime with one thread.
//!
//! pyjit runs Python code on a single thread, so `threading`'s bookkeeping only
//! needs locks that work without contention: `lock` and `RLock` track who holds
//! them, and an acquire that could only succeed if another thread released the
//! lock waits out its timeout (False) or, when it would wait forever, raises
//! RuntimeError instead of hanging. Starting a thread is not supported yet and
//! says so.
use std::cell::Cell;

use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

thread_local! {
    static LOCK_TYPE: std::cell::RefCell<Option<TypeRef>> = const { std::cell::RefCell::new(None) };
}

/// The one thread's identity (`threading.get_ident()`).
const MAIN_THREAD_ID: i64 = 1;

struct Lock {
    /// Times acquired by the (only) thread: 0 or 1 for a plain lock.
    count: Cell<usize>,
    reentrant: bool,
}

impl NativeData for Lock {}

fn lock_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Lock> {
    native_data::get::<Lock>(v).ok_or_else(|| vm.type_error("a lock object is required"))
}

fn acquire_args(vm: &Vm, args: &mut Args) -> PyResult<(bool, f64)> {
    let blocking = match args
        .take_kw("blocking")
        .or_else(|| args.pos.get(1).cloned())
    {
        Some(b) => crate::runtime::ops::truthy(vm, &b)?,
        None => true,
    };
    let timeout = match args.take_kw("timeout").or_else(|| args.pos.get(2).cloned()) {
        Some(t) => crate::runtime::convert::to_f64(vm, &t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be a non-negative number"));
    }
    Ok((blocking, timeout))
}

fn lock_acquire(vm: &Vm, mut args: Args) -> PyResult {
    let (blocking, timeout) = acquire_args(vm, &mut args)?;
    let lock = lock_of(vm, &args.pos[0])?;
    if lock.count.get() == 0 || lock.reentrant {
        lock.count.set(lock.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    if timeout >= 0.0 {
        crate::runtime::modules::time::sleep_interruptibly(vm, timeout)?;
        return Ok(Value::Bool(false));
    }
    Err(vm.new_error(
        "RuntimeError",
        "deadlock: acquiring a lock this thread already holds, and no other thread can release it",
    ))
}

fn lock_release(vm: &Vm, args: Args) -> PyResult {
    let lock = lock_of(vm, &args.pos[0])?;
    if lock.count.get() == 0 {
        return Err(vm.new_error(
            "RuntimeError",
            if lock.reentrant {
                "cannot release un-acquired lock"
            } else {
                "release unlocked lock"
            },
        ));
    }
    lock.count.set(lock.count.get() - 1);
    Ok(Value::None)
}

fn lock_exit(vm: &Vm, args: Args) -> PyResult {
    lock_release(vm, Args::new(vec![args.pos[0].clone()]))
}

fn lock_locked(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(lock_of(vm, &args.pos[0])?.count.get() > 0))
}

fn lock_repr(vm: &Vm, args: Args) -> PyResult {
    let this = &args.pos[0];
    let lock = lock_of(vm, this)?;
    let t = vm.type_of(this);
    let id = this.identity();
    Ok(vm.new_string(if lock.reentrant {
        format!(
            "<{} {}.{} object owner={} count={} at {:#x}>",
            if lock.count.get() > 0 {
                "locked"
            } else {
                "unlocked"
            },
            t.module.borrow(),
            t.name(),
            if lock.count.get() > 0 {
                MAIN_THREAD_ID
            } else {
                0
            },
            lock.count.get(),
            id
        )
    } else {
        format!(
            "<{} {}.{} object at {:#x}>",
            if lock.count.get() > 0 {
                "locked"
            } else {
                "unlocked"
            },
            t.module.borrow(),
            t.name(),
            id
        )
    }))
}

fn new_lock(vm: &Vm, cls: &TypeRef, reentrant: bool) -> Value {
    native_data::make(
        vm,
        cls,
        Lock {
            count: Cell::new(0),
            reentrant,
        },
    )
}

fn lock_type(vm: &Vm, name: &str, reentrant: bool) -> TypeRef {
    let t = native_data::new_type(vm, "_thread", name);
    if reentrant {
        add_staticmethod(vm, &t, "__new__", |vm, a| match a.pos.first() {
            Some(Value::Type(cls)) => Ok(new_lock(vm, cls, true)),
            _ => Err(vm.type_error("RLock.__new__(X): X is not a type object")),
        });
        add_method(vm, &t, "_is_owned", lock_locked);
    } else {
        add_staticmethod(vm, &t, "__new__", |vm, a| match a.pos.first() {
            Some(Value::Type(cls)) => Ok(new_lock(vm, cls, false)),
            _ => Err(vm.type_error("lock.__new__(X): X is not a type object")),
        });
    }
    for name in ["acquire", "acquire_lock", "__enter__"] {
        add_method_named(vm, &t, name, lock_acquire);
    }
    for name in ["release", "release_lock"] {
        add_method_named(vm, &t, name, lock_release);
    }
    add_method(vm, &t, "__exit__", lock_exit);
    add_method(vm, &t, "locked", lock_locked);
    add_method(vm, &t, "__repr__", lock_repr);
    t
}

fn add_method_named(vm: &Vm, t: &TypeRef, name: &'static str, f: NativeFn) {
    add_method(vm, t, name, f);
}

fn not_supported(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.not_implemented_error("threads are not supported yet (pyjit runs one thread)"))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_thread");
    let d = m.dict.get().expect("module dict").clone();
    let lock = lock_type(vm, "lock", false);
    let rlock = lock_type(vm, "RLock", true);
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_str(&d, k, v);
    };
    set("LockType", Value::Type(lock.clone()));
    set("lock", Value::Type(lock.clone()));
    set("RLock", Value::Type(rlock));
    set("error", Value::Type(vm.exc_type("RuntimeError")));
    set("TIMEOUT_MAX", Value::Float(9223372036.0));
    LOCK_TYPE.with(|t| *t.borrow_mut() = Some(lock));
    for (name, f) in [
        ("allocate_lock", allocate_lock as NativeFn),
        ("allocate", allocate_lock),
        ("_set_sentinel", allocate_lock),
        ("get_ident", |_, _| Ok(Value::Int(MAIN_THREAD_ID))),
        ("get_native_id", |_, _| {
            Ok(Value::Int(std::process::id() as i64))
        }),
        ("_count", |_, _| Ok(Value::Int(0))),
        ("daemon_threads_allowed", |_, _| Ok(Value::Bool(true))),
        ("stack_size", |_, _| Ok(Value::Int(0))),
        ("start_new_thread", not_supported),
        ("start_new", not_supported),
        ("interrupt_main", |_, _| {
            crate::runtime::vm::SIGINT_FLAG.store(true, std::sync::atomic::Ordering::Relaxed);
            Ok(Value::None)
        }),
    ] {
        set(name, vm.new_builtin(name, f));
    }
    m
}

fn allocate_lock(vm: &Vm, _args: Args) -> PyResult {
    let t = LOCK_TYPE.with(|t| t.borrow().clone());
    match t {
        Some(t) => Ok(new_lock(vm, &t, false)),
        None => Err(vm.new_error("RuntimeError", "_thread is not initialised")),
    }
}
