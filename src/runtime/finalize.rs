//! `__del__`: finalizers run when the last reference to an object goes away, as
//! CPython does for objects not in reference cycles.
//!
//! `Drop` cannot hand out a new strong reference to an object whose count is
//! already zero, so the finalizer runs on a stand-in: a fresh object of the same
//! class that takes over the dying object's dict and payload. To Python code the
//! stand-in is indistinguishable from the original (same class, same attributes,
//! same contents) except for `id()`. The stand-in is marked finalized, so
//! `__del__` runs at most once, and if `__del__` stored `self` somewhere the
//! object simply lives on (resurrection). The call itself is queued and made at
//! the next instruction boundary, because the last reference often disappears
//! while a dict or list is being mutated, where running Python code is unsafe. Exceptions raised by `__del__` are
//! reported as "Exception ignored in: …" on stderr, never propagated.
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

thread_local! {
    static CURRENT_VM: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

/// Make `vm` the interpreter finalizers run on (until `uninstall_vm`).
pub fn install_vm(vm: &Vm) {
    CURRENT_VM.with(|c| c.set(vm as *const Vm));
}

pub fn uninstall_vm() {
    CURRENT_VM.with(|c| c.set(std::ptr::null()));
}

/// Queue `__del__` on a stand-in; returns the stand-in (weak references to the
/// dying object are moved to it, so they stay alive until `__del__` is done).
pub fn run_del(dying: &mut PyObject) -> Option<ObjRef> {
    if crate::runtime::attr::type_flags(&dying.class) & crate::runtime::attr::type_flag::HAS_DEL
        == 0
    {
        return None;
    }
    let del = crate::runtime::attr::lookup_type(&dying.class, "__del__")?;
    let ptr = CURRENT_VM.try_with(|c| c.get()).unwrap_or(std::ptr::null());
    if ptr.is_null() {
        return None;
    }
    // SAFETY: `install_vm` stores a pointer to the Vm owned by `cli::run`, which
    // outlives every Python object it runs (objects still alive when `run`
    // returns are dropped after `uninstall_vm`, when the pointer is null).
    let vm: &Vm = unsafe { &*ptr };
    let dict = OnceCell::new();
    if let Some(d) = dying.dict.take() {
        let _ = dict.set(d);
    }
    let payload = std::mem::replace(&mut dying.payload, Payload::Plain);
    let standin = Rc::new(PyObject {
        class: dying.class.clone(),
        dict,
        payload,
        finalized: Cell::new(true),
        weakly_referenced: Cell::new(false),
        gc_index: Cell::new(0),
    });
    vm.finalizer_queue
        .borrow_mut()
        .push((Value::Obj(standin.clone()), del));
    vm.set_finalizers_pending(true);
    Some(standin)
}

/// Does a dying generator need `close()` to run its `finally`/`with` cleanup?
/// Only a started, unfinished generator (or coroutine) suspended inside a
/// `try` or `with` block can observe being closed.
pub fn generator_needs_close(g: &std::cell::RefCell<GenState>) -> bool {
    match g.try_borrow() {
        Ok(st) => {
            !matches!(st.kind, GenKind::AsyncGenerator)
                && !st.running
                && st
                    .frame
                    .as_ref()
                    .is_some_and(|f| f.started && !f.blocks.is_empty())
        }
        Err(_) => false,
    }
}

/// CPython closes a generator when its last reference goes away, so a
/// `for x in gen(): break` still runs `gen`'s `finally` blocks. The frame moves
/// to a stand-in generator object and `close()` is queued on it for the next
/// instruction boundary (like `__del__`).
pub fn close_dropped_generator(dying: &mut PyObject) {
    let ptr = CURRENT_VM.try_with(|c| c.get()).unwrap_or(std::ptr::null());
    if ptr.is_null() {
        return;
    }
    let Some(close) = crate::runtime::attr::lookup_type(&dying.class, "close") else {
        return;
    };
    let payload = std::mem::replace(&mut dying.payload, Payload::Plain);
    let standin = PyObject::new(dying.class.clone(), payload);
    queue_call(close, Value::Obj(standin));
}

/// Queue `func(arg)` to run at the next instruction boundary, like a
/// finalizer (weakref callbacks use this: they fire from `Drop`).
pub fn queue_call(func: Value, arg: Value) {
    let ptr = CURRENT_VM.try_with(|c| c.get()).unwrap_or(std::ptr::null());
    if ptr.is_null() {
        return;
    }
    // SAFETY: as in `run_del`.
    let vm: &Vm = unsafe { &*ptr };
    vm.finalizer_queue.borrow_mut().push((arg, func));
    vm.set_finalizers_pending(true);
}

/// Run queued finalizers. Called by the interpreter between instructions, so a
/// finalizer never runs while some container is in the middle of a mutation.
pub fn run_pending(vm: &Vm) {
    vm.set_finalizers_pending(false);
    loop {
        let batch = std::mem::take(&mut *vm.finalizer_queue.borrow_mut());
        if batch.is_empty() {
            return;
        }
        for (this, del) in batch {
            if let Err(e) = vm.call(&del, vec![this]) {
                let fname = crate::runtime::ops::repr(vm, &del).unwrap_or_default();
                let report = format!(
                    "Exception ignored in: {}\n{}",
                    fname,
                    crate::runtime::exceptions::format_exception(vm, &e)
                );
                crate::runtime::builtins::write_stderr(&report);
            }
        }
    }
}
