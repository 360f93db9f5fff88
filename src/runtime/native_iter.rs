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
