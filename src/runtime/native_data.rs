//! State of objects whose type a native module defines (`_thread.lock`,
//! `collections.deque`, `_random.Random` …), held as `Payload::Native`.
//!
//! Each module keeps its state in a Rust type implementing `NativeData`, with
//! `Cell`/`RefCell` fields so methods take `&self`, and finds it again with
//! `get::<T>` (a checked downcast: a method called on the wrong object gets
//! None and raises TypeError). The collector sees the Python values the state
//! holds through `visit` and empties them through `clear`.
use std::any::Any;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub trait NativeData: Any {
    /// Report every Python value held; false if the state is busy right now.
    fn visit(&self, _f: &mut dyn FnMut(&Value)) -> bool {
        true
    }
    /// Give up the values held (the collector breaking a cycle).
    fn clear(&self, _trash: &mut Vec<Value>) {}
}

/// A new object of class `cls` (a subclass gets its instance dict) with `state`.
pub fn make(vm: &Vm, cls: &TypeRef, state: impl NativeData) -> Value {
    crate::runtime::call::with_payload(vm, cls, Payload::Native(Box::new(state)))
}

/// The state of type `T` behind `v`, if `v` carries one.
pub fn get<T: NativeData>(v: &Value) -> Option<&T> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => (n.as_ref() as &dyn Any).downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// A type of a native module: `name` in module `module`, whose instances carry
/// native state (made by the `__new__` the caller adds).
///
/// It is not marked built-in: the runtime's native fast paths (which know the
/// core types' payloads) then leave it alone, and every protocol (`len`, `[]`,
/// `in`, operators, `repr`) goes through the methods in its type dict, as for a
/// class written in Python.
pub fn new_type(vm: &Vm, module: &str, name: &str) -> TypeRef {
    let t = crate::runtime::types::new_type(
        name,
        vec![vm.t.object.clone()],
        BaseKind::NativeData,
        false,
        false,
    );
    *t.module.borrow_mut() = std::rc::Rc::from(module);
    t
}
