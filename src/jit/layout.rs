//! Memory layout of lists, tuples and instance dicts, measured at run time,
//! so generated code can index them without a helper call.
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
//! matching variant; an instance's attribute dict is read inline only when
//! its class word is exactly `dict`.
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
    /// An object's instance-dict word (0 while it has none).
    pub inst_dict: i32,
    /// A dict's entry-slot pointer and count, from the dict's object word.
    pub dict_entries_ptr: i32,
    pub dict_entries_len: i32,
    /// A dict's version counter (bumped by every store), from its object word.
    pub dict_version: i32,
    /// Bytes per entry slot, and the key and value `Value`s within a slot
    /// (a hole reads as a key that is not an object or a value tag above 5).
    pub entry_stride: i32,
    pub entry_key: i32,
    pub entry_value: i32,
    /// An object's strong reference count, from its word.
    pub rc_strong: i32,
    /// A `Vec<Value>`'s element pointer, length and capacity, from its address
    /// (the trace's temporaries).
    pub vec_ptr: i32,
    pub vec_len: i32,
    pub vec_cap: i32,
    /// A `list_iterator`'s state: the pointer to its boxed `RefCell` from
    /// the iterator's word, and within that cell the iterated list's word
    /// and the next index.
    pub iter_box: i32,
    pub iter_seq: i32,
    pub iter_index: i32,
    /// Within that cell, the byte holding the state's variant (0: `Seq`).
    pub iter_variant: i32,
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
    let dict = probe_dict(vm)?;
    // The strong count: two extra clones make it differ from the weak count.
    let extra = (list.clone(), list.clone());
    // SAFETY: a live object's word points at its two reference counts.
    let rc_strong = unsafe { find_word(lw, 2, std::rc::Rc::strong_count(&list), lw) }?;
    drop(extra);
    let mut probe_vec: Vec<Value> = Vec::with_capacity(7);
    probe_vec.extend([Value::None, Value::None]);
    let va = &probe_vec as *const Vec<Value> as usize;
    // SAFETY: a `Vec` is three words.
    let vec_ptr = unsafe { find_word(va, 3, probe_vec.as_ptr() as usize, va) }?;
    // SAFETY: as above.
    let vec_len = unsafe { find_word(va, 3, 2, va) }?;
    // SAFETY: as above.
    let vec_cap = unsafe { find_word(va, 3, probe_vec.capacity(), va) }?;
    let (iter_box, iter_seq, iter_index, iter_variant) = probe_list_iterator(vm, &list)?;
    Some(Layout {
        iter_variant,
        iter_box,
        iter_seq,
        iter_index,
        rc_strong,
        vec_ptr,
        vec_len,
        vec_cap,
        inst_dict: dict.inst_dict,
        dict_entries_ptr: dict.dict_entries_ptr,
        dict_entries_len: dict.dict_entries_len,
        dict_version: dict.dict_version,
        entry_stride: dict.entry_stride,
        entry_key: dict.entry_key,
        entry_value: dict.entry_value,
        type_version: version_off as i32,
        class: class_off as i32,
        list_ptr,
        list_len,
        tuple_ptr,
        tuple_len,
    })
}

/// Where a `list_iterator` keeps its list and index (see [`Layout::iter_box`]).
fn probe_list_iterator(
    vm: &crate::runtime::vm::Vm,
    list: &crate::runtime::object::ObjRef,
) -> Option<(i32, i32, i32, i32)> {
    use crate::runtime::object::IterKind;
    const INDEX: usize = 0x5eed_1234;
    let lv = Value::Obj(list.clone());
    let it = vm.new_iter(
        &vm.t.list_iterator,
        IterKind::Seq {
            seq: lv.clone(),
            index: INDEX,
        },
    );
    let Some(Payload::Iter(cell)) = it.payload() else {
        return None;
    };
    let iw = payload_word(&it) as usize;
    let cell_addr = &**cell as *const std::cell::RefCell<IterKind> as usize;
    // The box's own address inside the object (no scan: objects have
    // padding bytes, which must not be read).
    let iter_box =
        (cell as *const Box<std::cell::RefCell<IterKind>> as usize) as isize - iw as isize;
    // `repr(C, u8)`: the variant byte, then the `Seq` fields (a `Value`:
    // its tag byte at 0, its payload word at 8; then the index).
    let kind_at = cell.as_ptr() as usize;
    let iter_variant = (kind_at - cell_addr) as i32;
    let iter_seq = iter_variant + 16;
    let iter_index = iter_variant + 24;
    // SAFETY: these are initialised fields of the live iterator: the box
    // pointer, the variant byte, the seq's tag byte and payload, the index.
    let (boxed, variant, tag, seq_word, index) = unsafe {
        (
            *((iw as isize + iter_box) as *const usize),
            *(kind_at as *const u8),
            *((kind_at + 8) as *const u8),
            *((kind_at + 16) as *const u64),
            *((kind_at + 24) as *const usize),
        )
    };
    if boxed != cell_addr
        || variant != 0
        || tag != 4
        || seq_word != payload_word(&lv)
        || index != INDEX
    {
        return None;
    }
    let done = Box::new(std::cell::RefCell::new(IterKind::Exhausted));
    // SAFETY: the variant byte of another cell of the same type.
    let done_variant = unsafe { *(done.as_ptr() as *const u8) };
    let iter_box = iter_box as i32;
    (done_variant != 0).then_some((iter_box, iter_seq, iter_index, iter_variant))
}

/// The instance-dict part of the layout (the other fields unset).
struct DictLayout {
    inst_dict: i32,
    dict_entries_ptr: i32,
    dict_entries_len: i32,
    dict_version: i32,
    entry_stride: i32,
    entry_key: i32,
    entry_value: i32,
}

fn probe_dict(vm: &crate::runtime::vm::Vm) -> Option<DictLayout> {
    use crate::runtime::dict::Entry;
    if std::mem::size_of::<Option<Entry>>() != std::mem::size_of::<Entry>() {
        return None;
    }
    let obj = PyObject::new(vm.t.object.clone(), Payload::Plain);
    let dict = vm.new_dict_obj();
    let Payload::Dict(cell) = &dict.payload else {
        return None;
    };
    let names: Vec<Value> = (0..5).map(|k| vm.intern(&format!("probe{k}"))).collect();
    {
        let mut d = cell.borrow_mut();
        for (k, n) in names.iter().enumerate() {
            d.push_new(n.clone(), 1000 + k as i64, Value::Int(k as i64));
        }
        // Five slots (capacity 8), four live, version 6: every count differs.
        d.remove_at(1);
    }
    obj.dict.set(dict.clone()).ok()?;
    let ow = payload_word(&Value::Obj(obj.clone())) as usize;
    let dw = payload_word(&Value::Obj(dict.clone())) as usize;
    let inst_dict = (std::rc::Rc::as_ptr(&obj) as usize + std::mem::offset_of!(PyObject, dict))
        .wrapping_sub(ow) as i32;
    // SAFETY: reading the dict field of a live object through its word.
    if unsafe { *((ow as isize + inst_dict as isize) as *const usize) } != dw {
        return None;
    }
    // SAFETY: nothing else borrows the probe dict.
    let d = unsafe { &*cell.as_ptr() };
    let (ptr, len, cap) = d.entries_raw();
    if (len, cap, d.len(), d.version) != (5, 8, 4, 6) {
        return None;
    }
    let base = cell.as_ptr() as usize;
    let words = std::mem::size_of::<crate::runtime::dict::PyDict>() / 8;
    // SAFETY: the dict's own memory is `words` readable words.
    let dict_entries_ptr = unsafe { find_word(base, words, ptr, dw) }?;
    // SAFETY: as above.
    let dict_entries_len = unsafe { find_word(base, words, len, dw) }?;
    // SAFETY: as above.
    let dict_version = unsafe { find_word(base, words, 6, dw) }?;
    let entry_stride = std::mem::size_of::<Entry>() as i32;
    let entry_key = std::mem::offset_of!(Entry, key) as i32;
    let entry_value = std::mem::offset_of!(Entry, value) as i32;
    let word_at = |slot: usize, off: i32, k: usize| {
        // SAFETY: slot < len: inside the entry vector.
        unsafe { *((ptr + slot * entry_stride as usize + off as usize + 8 * k) as *const u64) }
    };
    for slot in [0usize, 2, 4] {
        let ok = word_at(slot, entry_key, 0) == 4
            && word_at(slot, entry_key, 1) == payload_word(&names[slot])
            && word_at(slot, entry_value, 0) == 2
            && word_at(slot, entry_value, 1) == slot as u64;
        if !ok {
            return None;
        }
    }
    if word_at(1, entry_key, 0) == 4 && word_at(1, entry_value, 0) <= 5 {
        return None;
    }
    Some(DictLayout {
        inst_dict,
        dict_entries_ptr,
        dict_entries_len,
        dict_version,
        entry_stride,
        entry_key,
        entry_value,
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
        // An instance's attribute: dict word, entry slot, key and value.
        let obj = PyObject::new(vm.t.object.clone(), Payload::Plain);
        let dict = vm.new_dict_obj();
        let name = vm.intern("x");
        if let Payload::Dict(d) = &dict.payload {
            d.borrow_mut()
                .push_new(vm.intern("w"), 1, Value::Float(0.5));
            d.borrow_mut().push_new(name.clone(), 2, Value::Int(42));
        }
        obj.dict.set(dict.clone()).ok().expect("fresh object");
        let ow = payload_word(&Value::Obj(obj.clone())) as isize;
        // SAFETY: `obj` and its dict are alive; offsets measured on the same types.
        unsafe {
            let dw = *((ow + l.inst_dict as isize) as *const isize);
            assert_eq!(dw as u64, payload_word(&Value::Obj(dict.clone())));
            let class = *((dw + l.class as isize) as *const u64);
            assert_eq!(class, payload_word(&Value::Type(vm.t.dict.clone())));
            assert_eq!(*((dw + l.dict_entries_len as isize) as *const usize), 2);
            let data = *((dw + l.dict_entries_ptr as isize) as *const isize);
            let entry = data + l.entry_stride as isize;
            assert_eq!(*((entry + l.entry_key as isize) as *const u64), 4);
            let key = *((entry + l.entry_key as isize + 8) as *const u64);
            assert_eq!(key, payload_word(&name));
            assert_eq!(*((entry + l.entry_value as isize) as *const u64), 2);
            assert_eq!(*((entry + l.entry_value as isize + 8) as *const i64), 42);
        }
        let tuple = vm.new_tuple(vec![Value::Int(4), Value::Int(5), Value::Int(6)]);
        let w = payload_word(&tuple) as usize;
        // SAFETY: as above.
        unsafe {
            let len = *((w as isize + l.tuple_len as isize) as *const usize);
            let ptr = *((w as isize + l.tuple_ptr as isize) as *const *const Value);
            assert_eq!(len, 3);
            assert!(matches!(&*ptr.add(2), Value::Int(6)));
        }
        // A list iterator one step in: its list, its index, its variant;
        // exhausted, the variant byte changes.
        let it = crate::runtime::iter::get_iter(&vm, &list)
            .ok()
            .expect("iter");
        let first = crate::runtime::iter::next(&vm, &it).ok().expect("next");
        assert!(matches!(first, Some(Value::Float(_))));
        let iw = payload_word(&it) as isize;
        // SAFETY: `it` and `list` are alive; offsets measured on the same types.
        unsafe {
            let cell = *((iw + l.iter_box as isize) as *const isize);
            assert_eq!(*((cell + l.iter_variant as isize) as *const u8), 0);
            assert_eq!(
                *((cell + l.iter_seq as isize) as *const u64),
                payload_word(&list)
            );
            assert_eq!(*((cell + l.iter_index as isize) as *const usize), 1);
        }
        while crate::runtime::iter::next(&vm, &it)
            .ok()
            .expect("next")
            .is_some()
        {}
        // SAFETY: as above.
        unsafe {
            let cell = *((iw + l.iter_box as isize) as *const isize);
            assert_ne!(*((cell + l.iter_variant as isize) as *const u8), 0);
        }
    }
}
