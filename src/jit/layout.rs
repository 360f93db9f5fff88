//! Memory layout of lists and tuples, measured at run time, so generated
//! code can index them without a helper call.
//!
//! Rust does not promise the layout of `Vec`, `RefCell`, `Box<[T]>` or of an
//! enum's variants, so instead of assuming one, pyjit measures it once on real
//! objects: it builds a list and a tuple with recognisable lengths and
//! capacities and finds, by address arithmetic, where the element pointer and
//! the length live relative to the object word a trace holds. If any probe
//! does not find exactly what it expects, [`layout`] returns `None` and the
//! back end keeps calling the helpers, which are always correct.
//!
//! The class pointer check that guards inline access compares the object's
//! class word with the exact `list`/`tuple` type, whose payload is always the
//! matching variant.
use std::sync::OnceLock;

use crate::runtime::object::{Payload, PyObject, Value};

use super::raw::payload_word;

/// Byte offsets from an object word (the `Rc` pointer in a `Value::Obj`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The object's class word (`Rc<PyType>` pointer).
    pub class: i32,
    /// A list's element pointer and length.
    pub list_ptr: i32,
    pub list_len: i32,
    /// A tuple's element pointer and length.
    pub tuple_ptr: i32,
    pub tuple_len: i32,
    /// A class's version counter, from its class word.
    pub type_version: i32,
}

static LAYOUT: OnceLock<Option<Layout>> = OnceLock::new();

/// The measured layout, or `None` when it could not be established.
pub fn layout(vm: &crate::runtime::vm::Vm) -> Option<Layout> {
    *LAYOUT.get_or_init(|| probe(vm))
}

/// Offset of the word equal to `want` among the `n` words at `base`.
///
/// # Safety
/// `base` must point at (at least) `n` readable words.
unsafe fn find_word(base: usize, n: usize, want: usize, origin: usize) -> Option<i32> {
    let mut found = None;
    for k in 0..n {
        // SAFETY: the caller guarantees three readable words at `base`.
        let w = unsafe { *((base + 8 * k) as *const usize) };
        if w == want {
            if found.is_some() {
                return None;
            }
            found = Some((base + 8 * k - origin) as i32);
        }
    }
    found
}

fn probe(vm: &crate::runtime::vm::Vm) -> Option<Layout> {
    let mut items: Vec<Value> = Vec::with_capacity(8);
    items.extend([Value::Int(1), Value::Int(2), Value::Int(3)]);
    let list = PyObject::new(
        vm.t.list.clone(),
        Payload::List(std::cell::RefCell::new(items)),
    );
    let tuple = PyObject::new(
        vm.t.tuple.clone(),
        Payload::Tuple(vec![Value::Int(1); 5].into_boxed_slice()),
    );
    let lw = payload_word(&Value::Obj(list.clone())) as usize;
    let tw = payload_word(&Value::Obj(tuple.clone())) as usize;
    let class_off =
        std::rc::Rc::as_ptr(&list) as usize + std::mem::offset_of!(PyObject, class) - lw;
    let Payload::List(cell) = &list.payload else {
        return None;
    };
    let vec_addr = cell.as_ptr() as usize;
    // SAFETY: nothing else borrows the probe list.
    let v = unsafe { &*cell.as_ptr() };
    if v.len() == v.capacity() {
        return None;
    }
    // SAFETY: a `Vec` is three words.
    let list_ptr = unsafe { find_word(vec_addr, 3, v.as_ptr() as usize, lw) }?;
    // SAFETY: as above.
    let list_len = unsafe { find_word(vec_addr, 3, v.len(), lw) }?;
    let Payload::Tuple(items) = &tuple.payload else {
        return None;
    };
    let slice_addr = items as *const Box<[Value]> as usize;
    // SAFETY: a boxed slice is two words.
    let tuple_ptr = unsafe { find_word(slice_addr, 2, items.as_ptr() as usize, tw) }?;
    // SAFETY: as above.
    let tuple_len = unsafe { find_word(slice_addr, 2, items.len(), tw) }?;
    // The class word must be where `offset_of!` says.
    // SAFETY: reading the class field of a live object through its word.
    let class_word = unsafe { *((lw + class_off) as *const usize) };
    if class_word as u64 != payload_word(&Value::Type(vm.t.list.clone())) {
        return None;
    }
    let tw_type = payload_word(&Value::Type(vm.t.list.clone())) as usize;
    let version_off = std::rc::Rc::as_ptr(&vm.t.list) as usize
        + std::mem::offset_of!(crate::runtime::object::PyType, version)
        - tw_type;
    // SAFETY: reading the version field of a live class through its word.
    let version = unsafe { *((tw_type + version_off) as *const u64) };
    if version != vm.t.list.version.get() {
        return None;
    }
    Some(Layout {
        type_version: version_off as i32,
        class: class_off as i32,
        list_ptr,
        list_len,
        tuple_ptr,
        tuple_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measured_layout_reads_real_lists_and_tuples() {
        let vm = crate::runtime::vm::Vm::new();
        let l = layout(&vm).expect("layout probe");
        let list = vm.new_list(vec![Value::Float(1.5), Value::Int(7)]);
        let w = payload_word(&list) as usize;
        // SAFETY: `list` is alive; offsets were measured on the same types.
        unsafe {
            let len = *((w as isize + l.list_len as isize) as *const usize);
            let ptr = *((w as isize + l.list_ptr as isize) as *const *const Value);
            assert_eq!(len, 2);
            assert!(matches!(&*ptr.add(1), Value::Int(7)));
            let class = *((w as isize + l.class as isize) as *const u64);
            assert_eq!(class, payload_word(&Value::Type(vm.t.list.clone())));
        }
        let tw = payload_word(&Value::Type(vm.t.dict.clone())) as usize;
        // SAFETY: `vm.t.dict` is alive; the offset was measured on a class.
        let version = unsafe { *((tw as isize + l.type_version as isize) as *const u64) };
        assert_eq!(version, vm.t.dict.version.get());
        let tuple = vm.new_tuple(vec![Value::Int(4), Value::Int(5), Value::Int(6)]);
        let w = payload_word(&tuple) as usize;
        // SAFETY: as above.
        unsafe {
            let len = *((w as isize + l.tuple_len as isize) as *const usize);
            let ptr = *((w as isize + l.tuple_ptr as isize) as *const *const Value);
            assert_eq!(len, 3);
            assert!(matches!(&*ptr.add(2), Value::Int(6)));
        }
    }
}
