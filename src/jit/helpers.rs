//! Runtime helpers called from compiled traces.
//!
//! Each helper is an `extern "C"` function that takes raw words and returns a
//! status word (0 = carry on, anything else = take the guard's exit). Helpers
//! never unwind into generated code: a helper that could raise reports failure
//! through its status instead, and the exit resumes the interpreter at the
//! instruction, which then raises the exception itself.
use crate::runtime::object::{IterKind, Payload};

use super::raw::borrow_obj;

/// Advance a `range` iterator: writes the next value to `*out` and returns 0,
/// or returns 1 when it is exhausted and 2 when the object is not a range
/// iterator (both exit the trace before the `ForIter` has any effect visible
/// to the interpreter: an exhausted range iterator stays exhausted).
///
/// # Safety
/// `iter` must be the payload word of a live `Value::Obj`, `out` writable.
pub unsafe extern "C" fn range_next(iter: u64, out: *mut i64) -> u64 {
    // SAFETY: `iter` is the payload word of the loop's iterator, which the
    // frame's value stack keeps alive for the whole trace execution.
    let obj = unsafe { borrow_obj(iter) };
    let Payload::Iter(st) = &obj.payload else {
        return 2;
    };
    let Ok(mut st) = st.try_borrow_mut() else {
        return 2;
    };
    let IterKind::Range { next, stop, step } = &mut *st else {
        return 2;
    };
    if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
        let v = *next;
        *next = next.saturating_add(*step);
        if (*step > 0 && *next < v) || (*step < 0 && *next > v) {
            *next = *stop;
        }
        // SAFETY: `out` points at the trace context's scratch word.
        unsafe { *out = v };
        0
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::raw::payload_word;

    #[test]
    fn range_next_walks_and_stops() {
        let vm = crate::runtime::vm::Vm::new();
        let r = crate::runtime::object::Value::Obj(crate::runtime::object::PyObject::new(
            vm.t.range.clone(),
            Payload::Range {
                start: 0,
                stop: 3,
                step: 1,
            },
        ));
        let it = crate::runtime::iter::get_iter(&vm, &r).ok().expect("iter");
        let w = payload_word(&it);
        let mut out = -1i64;
        let mut seen = vec![];
        // SAFETY: `it` and `li` stay alive for the whole test.
        unsafe {
            while range_next(w, &mut out) == 0 {
                seen.push(out);
            }
        }
        assert_eq!(seen, vec![0, 1, 2]);
        // SAFETY: as above.
        assert_eq!(unsafe { range_next(w, &mut out) }, 1);
        let l = vm.new_list(vec![]);
        let li = crate::runtime::iter::get_iter(&vm, &l).ok().expect("iter");
        // SAFETY: as above.
        assert_eq!(unsafe { range_next(payload_word(&li), &mut out) }, 2);
    }
}
