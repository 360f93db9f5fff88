//! Ranges whose bounds do not fit in 64 bits (`range(1 << 100)`,
//! `range(-10**30, 10**30, 10**20)`). The common `range` keeps its three `i64`s
//! (the trace JIT reads them directly); only when a bound or the step needs more
//! does `range()` make a `BigRange`, with the same observable behaviour: length
//! (OverflowError past `sys.maxsize`, as CPython), indexing, containment of
//! integers, iteration as a `longrange_iterator`, attributes and repr.
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

/// `range(start, stop, step)` with the narrowest representation.
pub fn make(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let payload = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(start), Some(stop), Some(step)) => Payload::Range { start, stop, step },
        _ => Payload::BigRange(Box::new([start, stop, step])),
    };
    Value::Obj(PyObject::new(vm.t.range.clone(), payload))
}

/// The number of items (never negative).
pub fn length(r: &[BigInt; 3]) -> BigInt {
    let [start, stop, step] = r;
    let (lo, hi, step) = if step.is_positive() {
        (start.clone(), stop.clone(), step.clone())
    } else {
        (stop.clone(), start.clone(), -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / step + BigInt::one()
}

/// `len(r)` as Python sees it: OverflowError past `sys.maxsize`.
pub fn len(vm: &Vm, r: &[BigInt; 3]) -> PyResult<usize> {
    length(r).to_i64().map(|n| n as usize).ok_or_else(|| {
        vm.new_error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )
    })
}

pub fn contains(r: &[BigInt; 3], n: &BigInt) -> bool {
    let [start, stop, step] = r;
    let inside = if step.is_positive() {
        n >= start && n < stop
    } else {
        n <= start && n > stop
    };
    inside && (n - start).mod_floor(step).is_zero()
}

/// `r[i]` for an integer index (negative counts from the end).
pub fn item(vm: &Vm, r: &[BigInt; 3], i: &BigInt) -> PyResult<Value> {
    let n = length(r);
    let i = if i.is_negative() { i + &n } else { i.clone() };
    if i.is_negative() || i >= n {
        return Err(vm.new_error("IndexError", "range object index out of range"));
    }
    Ok(vm.new_int_big(&r[0] + i * &r[2]))
}

pub fn repr(r: &[BigInt; 3]) -> String {
    if r[2].is_one() {
        format!("range({}, {})", r[0], r[1])
    } else {
        format!("range({}, {}, {})", r[0], r[1], r[2])
    }
}

pub fn attr(vm: &Vm, r: &[BigInt; 3], name: &str) -> Option<Value> {
    let i = ["start", "stop", "step"].iter().position(|n| *n == name)?;
    Some(vm.new_int_big(r[i].clone()))
}

pub fn iter(vm: &Vm, r: &[BigInt; 3]) -> Value {
    vm.new_iter(
        &vm.t.longrange_iterator,
        IterKind::BigRange(Box::new(r.clone())),
    )
}

/// One step of a `longrange_iterator` (state: next, stop, step).
pub fn next(vm: &Vm, st: &mut [BigInt; 3]) -> Option<Value> {
    let [next, stop, step] = st;
    let more = if step.is_positive() {
        *next < *stop
    } else {
        *next > *stop
    };
    if !more {
        return None;
    }
    let v = next.clone();
    *next += &*step;
    Some(vm.new_int_big(v))
}

/// Items left in a `longrange_iterator` (for `__length_hint__`), saturated.
pub fn remaining(st: &[BigInt; 3]) -> usize {
    length(st).to_usize().unwrap_or(usize::MAX)
}
