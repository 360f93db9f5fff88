//! `range` and `slice`: construction with CPython's argument rules, and the
//! methods that are not handled natively by `subscript`/`iter` (`count`, `index`,
//! `slice.indices`, reversed iteration of ranges).

use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

fn as_int(vm: &Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Value::Int(i) = v {
        return Ok((*i).into());
    }
    ops::to_bigint(vm, v)
}

fn range_new(vm: &Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = &args.pos[1..];
    let (start, stop, step) = match a.len() {
        1 => (0.into(), as_int(vm, &a[0])?, 1.into()),
        2 => (as_int(vm, &a[0])?, as_int(vm, &a[1])?, 1.into()),
        3 => (as_int(vm, &a[0])?, as_int(vm, &a[1])?, as_int(vm, &a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(super::big_range::make(vm, start, stop, step))
}

fn range_parts(vm: &Vm, v: &Value) -> PyResult<(i64, i64, i64)> {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => Ok((*start, *stop, *step)),
        Some(Payload::BigRange(_)) => Err(vm.not_implemented_error(
            "this operation on a range with bounds beyond 64-bit integers is not supported yet",
        )),
        _ => Err(vm.type_error("range expected")),
    }
}

fn range_count(vm: &Vm, args: Args) -> PyResult {
    let r = args.pos.first().cloned().unwrap_or(Value::None);
    let x = args.pos.get(1).cloned().unwrap_or(Value::None);
    let found = crate::runtime::ops::contains(vm, &r, &x)?;
    Ok(Value::Int(found as i64))
}

fn range_index(vm: &Vm, args: Args) -> PyResult {
    let r = args.pos.first().cloned().unwrap_or(Value::None);
    let x = args.pos.get(1).cloned().unwrap_or(Value::None);
    let (start, _, step) = range_parts(vm, &r)?;
    if crate::runtime::ops::contains(vm, &r, &x)? {
        if let Value::Int(i) = x {
            return Ok(Value::Int((i - start) / step));
        }
    }
    Err(vm.value_error(format!(
        "{} is not in range",
        crate::runtime::ops::repr(vm, &x)?
    )))
}

fn range_reversed(vm: &Vm, args: Args) -> PyResult {
    let (start, stop, step) = range_parts(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    let n = ops::range_len(start, stop, step);
    let last = start + (n - 1) * step;
    Ok(vm.new_iter(
        &vm.t.range_iterator,
        IterKind::Range {
            next: if n > 0 { last } else { 0 },
            stop: if n > 0 { start - step } else { 0 },
            step: -step,
        },
    ))
}

fn range_hash(vm: &Vm, args: Args) -> PyResult {
    let (start, stop, step) = range_parts(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    let n = ops::range_len(start, stop, step);
    let t = vm.new_tuple(vec![
        Value::Int(n),
        if n > 0 {
            Value::Int(start)
        } else {
            Value::None
        },
        if n > 1 { Value::Int(step) } else { Value::None },
    ]);
    Ok(Value::Int(ops::hash(vm, &t)?))
}

fn slice_new(vm: &Vm, args: Args) -> PyResult {
    let a = &args.pos[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {}", n))),
    };
    Ok(Value::Obj(PyObject::new(
        vm.t.slice.clone(),
        Payload::Slice { start, stop, step },
    )))
}

fn slice_indices(vm: &Vm, args: Args) -> PyResult {
    let s = args.pos.first().cloned().unwrap_or(Value::None);
    let n =
        crate::runtime::convert::index_value(vm, &args.pos.get(1).cloned().unwrap_or(Value::None))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    match s.payload() {
        Some(Payload::Slice { start, stop, step }) => {
            let (a, b, c) = crate::runtime::subscript::slice_indices(vm, start, stop, step, n)?;
            Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
        }
        _ => Err(vm.type_error("slice expected")),
    }
}

/// `range.__reduce__` / `slice.__reduce__`: `(type, (start, stop, step))`.
fn reduce_parts(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let get = |n: &str| crate::runtime::attr::getattr_str(vm, &this, n);
    Ok(vm.new_tuple(vec![
        Value::Type(vm.type_of(&this)),
        vm.new_tuple(vec![get("start")?, get("stop")?, get("step")?]),
    ]))
}

pub fn register(vm: &Vm) {
    add_method(vm, &vm.t.range, "__reduce__", reduce_parts);
    add_method(vm, &vm.t.slice, "__reduce__", reduce_parts);
    add_staticmethod(vm, &vm.t.range, "__new__", range_new);
    add_method(vm, &vm.t.range, "count", range_count);
    add_method(vm, &vm.t.range, "index", range_index);
    add_method(vm, &vm.t.range, "__reversed__", range_reversed);
    add_method(vm, &vm.t.range, "__hash__", range_hash);
    add_staticmethod(vm, &vm.t.slice, "__new__", slice_new);
    add_method(vm, &vm.t.slice, "indices", slice_indices);
}
