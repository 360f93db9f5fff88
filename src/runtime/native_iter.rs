//! Iterators implemented in Rust outside the core (`itertools`' `chain`, `count`,
//! `groupby` …): a trait object inside `IterKind::Native`, so they are ordinary
//! `Payload::Iter` objects to `for`, `next()`, `list()` and the collector.
//!
//! The state lives in `Cell`/`RefCell` fields of the implementor and `next` takes
//! `&self`: the iterator's `IterKind` borrow is released before `next` runs, so a
//! step may call Python code (a key function, another iterator's `__next__`) that
//! re-enters the same object without a borrow conflict. Implementors in turn take
//! what they need out of their cells before calling out.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub trait NativeIterator {
    /// The next item, `Ok(None)` at the end.
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>>;
    /// Report every value held (for the cycle collector); false if the state is
    /// busy and cannot be inspected now.
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool;
    /// `repr()`, when the type defines one (`count(5)`, `repeat('a', 3)`).
    fn repr(&self, _vm: &Vm) -> Option<PyResult<String>> {
        None
    }
    /// `operator.length_hint()`, when known.
    fn length_hint(&self) -> Option<usize> {
        None
    }
}

/// A built-in iterator type `module.name` whose objects `make` creates:
/// `__iter__` returns the object, `__next__` steps its native state.
pub fn iterator_type(vm: &Vm, module: &str, name: &str) -> TypeRef {
    let t = crate::runtime::types::new_type(
        name,
        vec![vm.t.object.clone()],
        BaseKind::Internal,
        true,
        false,
    );
    *t.module.borrow_mut() = Rc::from(module);
    crate::runtime::setup::add_method(vm, &t, "__iter__", |_, a| Ok(a.pos[0].clone()));
    crate::runtime::setup::add_method(
        vm,
        &t,
        "__next__",
        |vm, a| match crate::runtime::iter::next(vm, &a.pos[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        },
    );
    t
}

/// A new iterator object of type `ty` stepping `state`.
pub fn make(vm: &Vm, ty: &TypeRef, state: impl NativeIterator + 'static) -> Value {
    vm.new_iter(ty, IterKind::Native(Rc::new(state)))
}

/// The native state behind an iterator object made by `make`.
pub fn state_of(v: &Value) -> Option<Rc<dyn NativeIterator>> {
    match v.payload() {
        Some(Payload::Iter(st)) => match &*st.try_borrow().ok()? {
            IterKind::Native(n) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}
