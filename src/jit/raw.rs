//! Raw words ↔ values: the one place that knows how a `Value` looks in memory.
//!
//! Compiled traces hold heap references as bare machine words: the payload
//! word of a `Value::Obj` / `Value::Type` is the `Rc`'s pointer. These
//! functions turn such a word back into a usable reference without touching
//! the reference count (`borrow_*`) or with an increment (`clone_*`). They are
//! only sound for words read from a live `Value` that is still alive, which is
//! what the trace guarantees: every object word it holds comes from a frame
//! slot or a constant the trace keeps.
use std::mem::ManuallyDrop;

use crate::runtime::object::{ObjRef, TypeRef, Value};

/// The payload word of a `Value` (its bits for scalars, the pointer for objects).
pub fn payload_word(v: &Value) -> u64 {
    match v {
        Value::None => 0,
        Value::Bool(b) => *b as u64,
        Value::Int(i) => *i as u64,
        Value::Float(f) => f.to_bits(),
        // SAFETY: `Rc<T>` for a sized `T` is exactly one non-null pointer, so
        // copying its bits out does not create a second owner; the copy is
        // never dropped through this word.
        Value::Obj(o) => unsafe { std::mem::transmute_copy::<ObjRef, usize>(o) as u64 },
        // SAFETY: as above, for `Rc<PyType>`.
        Value::Type(t) => unsafe { std::mem::transmute_copy::<TypeRef, usize>(t) as u64 },
    }
}

/// The word a trace holds for object `o` (as `payload_word` of `Value::Obj`).
pub fn obj_word(o: &ObjRef) -> u64 {
    // SAFETY: as in `payload_word`.
    unsafe { std::mem::transmute_copy::<ObjRef, usize>(o) as u64 }
}

/// A borrowed view of the object whose `Rc` pointer is `word`.
///
/// # Safety
/// `word` must come from [`payload_word`] of a `Value::Obj` that is still alive.
pub unsafe fn borrow_obj(word: u64) -> ManuallyDrop<ObjRef> {
    // SAFETY: the caller guarantees the word is the bits of a live `Rc`; the
    // result is never dropped, so the count is untouched.
    ManuallyDrop::new(unsafe { std::mem::transmute::<usize, ObjRef>(word as usize) })
}

/// # Safety
/// `word` must come from [`payload_word`] of a `Value::Type` that is still alive.
pub unsafe fn borrow_type(word: u64) -> ManuallyDrop<TypeRef> {
    // SAFETY: as in `borrow_obj`.
    ManuallyDrop::new(unsafe { std::mem::transmute::<usize, TypeRef>(word as usize) })
}

/// The value whose type tag and payload word are given, taking over one
/// reference (no count change): the inverse of forgetting a `Value`.
///
/// # Safety
/// For tags 4 and 5, `word` must be the payload word of a reference the
/// caller owns and gives up.
pub unsafe fn value_from_owned(tag: u64, word: u64) -> Value {
    match tag {
        // SAFETY: the caller gives up its reference, which this value now owns.
        4 => Value::Obj(ManuallyDrop::into_inner(unsafe { borrow_obj(word) })),
        // SAFETY: as above, for a class.
        5 => Value::Type(ManuallyDrop::into_inner(unsafe { borrow_type(word) })),
        1 => Value::Bool(word & 1 != 0),
        2 => Value::Int(word as i64),
        3 => Value::Float(f64::from_bits(word)),
        _ => Value::None,
    }
}

/// Replace the value in `slot` by the one whose type tag and payload word are
/// given (a new reference for objects); returns the old value.
///
/// The two words are stored one by one on purpose. A `Value` built in a
/// temporary by 8-byte stores and then copied with one 16-byte move makes the
/// CPU wait for those stores to reach the cache (store-to-load forwarding
/// cannot combine them); writing the words straight into the slot avoids the
/// temporary (measured: fewer store-to-load interlocks and instructions on
/// attribute-heavy loops).
///
/// # Safety
/// `slot` must point at an initialised `Value` the caller may overwrite; for
/// tags 4 and 5, `word` must be the payload word of a live value.
pub unsafe fn replace_with_words(slot: *mut Value, tag: u64, word: u64) -> Value {
    let (tag, word) = match tag {
        1 => (1, word & 1),
        2 | 3 => (tag, word),
        4 => {
            // SAFETY: `word` is a live object's payload word (caller's contract);
            // the clone's count increment is kept by forgetting the clone.
            std::mem::forget(ObjRef::clone(&*unsafe { borrow_obj(word) }));
            (4, word)
        }
        5 => {
            // SAFETY: as above, for a type.
            std::mem::forget(TypeRef::clone(&*unsafe { borrow_type(word) }));
            (5, word)
        }
        _ => (0, 0),
    };
    // SAFETY: `slot` is an initialised value (caller's contract); `Value` is
    // `repr(C, u64)`: the tag word at offset 0, the payload word at 8, and each
    // (tag, word) pair above is a valid value of that layout (a bool payload is
    // 0 or 1 in its first byte).
    unsafe {
        let old = std::ptr::read(slot);
        let words = slot as *mut u64;
        std::ptr::write_volatile(words, tag);
        std::ptr::write_volatile(words.add(1), word);
        old
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_words_round_trip_without_changing_counts() {
        let vm = crate::runtime::vm::Vm::new();
        let v = vm.new_list(vec![Value::Int(1)]);
        let Value::Obj(o) = &v else { panic!() };
        let before = std::rc::Rc::strong_count(o);
        let w = payload_word(&v);
        // SAFETY: `v` is alive for the whole test.
        let b = unsafe { borrow_obj(w) };
        assert!(std::rc::Rc::ptr_eq(&b, o));
        assert_eq!(std::rc::Rc::strong_count(o), before);
        let owned: ObjRef = (*b).clone();
        assert_eq!(std::rc::Rc::strong_count(o), before + 1);
        drop(owned);
        assert_eq!(payload_word(&Value::Int(-2)), (-2i64) as u64);
        assert_eq!(payload_word(&Value::Float(1.5)), 1.5f64.to_bits());
    }

    #[test]
    fn value_layout_is_tag_then_payload() {
        // The back end reads slots as (tag word at 0, payload at 8).
        let vals = [
            Value::Int(7),
            Value::Float(2.5),
            Value::Bool(true),
            Value::None,
        ];
        for v in &vals {
            let p = v as *const Value as *const u64;
            // SAFETY: `Value` is `#[repr(C, u64)]`: 16 bytes, tag word first.
            let (tag, payload) = unsafe { (*p, *p.add(1)) };
            assert_eq!(tag, crate::tiers::trace::ir::Ty::of(v).tag());
            match v {
                Value::Bool(_) => assert_eq!(payload & 0xff, 1),
                Value::None => {}
                _ => assert_eq!(payload, payload_word(v)),
            }
        }
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
        let none: Option<Value> = None;
        // SAFETY: reading the tag word of a 16-byte `Option<Value>`.
        let tag = unsafe { *(&none as *const Option<Value> as *const u64) };
        assert_eq!(tag, 6, "an unbound local has tag 6");
    }
}
