//! Item access on built-in containers: indexing, slicing, item assignment and
//! deletion, and containment — with CPython's index normalisation (negative
//! indices count from the end; slice bounds clamp; extended slices require equal
//! length on assignment) and CPython's messages.
use num_traits::ToPrimitive;

use crate::runtime::convert;
use crate::runtime::dictops;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

/// Resolve `slice.indices(len)`: (start, stop, step) in CPython's semantics.
pub fn slice_indices(
    vm: &Vm,
    start: &Value,
    stop: &Value,
    step: &Value,
    len: i64,
) -> PyResult<(i64, i64, i64)> {
    let get = |v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => return Ok(None),
            // Machine ints (the common case) need no big-int round trip.
            Value::Int(i) => return Ok(Some(*i)),
            Value::Bool(b) => return Ok(Some(*b as i64)),
            _ => {}
        }
        let b = ops::to_bigint(vm, v).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        Ok(Some(b.to_i64().unwrap_or(
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            },
        )))
    };
    let step = get(step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                if i < 0 {
                    (i + len).max(lower)
                } else {
                    i.min(upper)
                }
            }
        }
    };
    let start = norm(get(start)?, if step < 0 { upper } else { lower });
    let stop = norm(get(stop)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    ops::range_len(start, stop, step) as usize
}

fn slice_parts(v: &Value) -> Option<(&Value, &Value, &Value)> {
    match v.payload() {
        Some(Payload::Slice { start, stop, step }) => Some((start, stop, step)),
        _ => None,
    }
}

fn index_of(vm: &Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match key.payload() {
            Some(Payload::Int(_)) => {
                return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => {
                let t = vm.type_of(key);
                if crate::runtime::attr::lookup_type(&t, "__index__").is_none() {
                    return Err(vm.type_error(format!(
                        "{} indices must be integers or slices, not {}",
                        what,
                        t.name()
                    )));
                }
                convert::index_value(vm, key)?
            }
        },
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(format!("{} index out of range", what)));
    }
    Ok(j as usize)
}

fn take_slice<T: Clone>(items: &[T], start: i64, stop: i64, step: i64) -> Vec<T> {
    let n = slice_len(start, stop, step);
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

pub fn native_getitem(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    Ok(Some(match &o.payload {
        Payload::List(l) => {
            if let Some((a, b, c)) = slice_parts(key) {
                return seq_slice(vm, o, a, b, c).transpose();
            }
            let l = l.borrow();
            let i = index_of(vm, key, l.len(), "list")?;
            l[i].clone()
        }
        Payload::Tuple(t) => {
            if let Some((a, b, c)) = slice_parts(key) {
                return seq_slice(vm, o, a, b, c).transpose();
            }
            let i = index_of(vm, key, t.len(), "tuple")?;
            t[i].clone()
        }
        Payload::Str(s) => {
            let text = &s.value;
            if let Some((a, b, c)) = slice_parts(key) {
                let n = s.char_len() as i64;
                let (st, en, step) = slice_indices(vm, a, b, c, n)?;
                if step == 1 {
                    if s.ascii {
                        let (x, y) = (st as usize, (en.max(st)) as usize);
                        return Ok(Some(vm.new_str(&text[x..y])));
                    }
                    let r: String = text
                        .chars()
                        .skip(st as usize)
                        .take(slice_len(st, en, 1))
                        .collect();
                    return Ok(Some(vm.new_string(r)));
                }
                let chars: Vec<char> = text.chars().collect();
                let r: String = take_slice(&chars, st, en, step).into_iter().collect();
                return Ok(Some(vm.new_string(r)));
            }
            let n = s.char_len();
            let i = match index_of(vm, key, n, "string") {
                Ok(i) => i,
                Err(e) => {
                    if vm.err_is(&e, "TypeError") {
                        return Err(vm.type_error(format!(
                            "string indices must be integers, not '{}'",
                            vm.type_name(key)
                        )));
                    }
                    return Err(e);
                }
            };
            if s.ascii {
                vm.new_str(&text[i..i + 1])
            } else {
                let c = text.chars().nth(i).unwrap_or(' ');
                let mut buf = [0u8; 4];
                vm.new_str(c.encode_utf8(&mut buf))
            }
        }
        Payload::Bytes(b) => {
            if let Some((a, x, c)) = slice_parts(key) {
                let (s, e, st) = slice_indices(vm, a, x, c, b.len() as i64)?;
                return Ok(Some(vm.new_bytes(take_slice(b, s, e, st))));
            }
            let i = index_of(vm, key, b.len(), "index")?;
            Value::Int(b[i] as i64)
        }
        Payload::ByteArray(b) => {
            let b = b.borrow();
            if let Some((a, x, c)) = slice_parts(key) {
                let (s, e, st) = slice_indices(vm, a, x, c, b.len() as i64)?;
                return Ok(Some(vm.new_bytearray(take_slice(&b, s, e, st))));
            }
            let i = index_of(vm, key, b.len(), "bytearray")?;
            Value::Int(b[i] as i64)
        }
        Payload::Dict(_) => match dictops::dict_get(vm, o, key)? {
            Some(v) => v,
            None => {
                if !std::rc::Rc::ptr_eq(&o.class, &vm.t.dict) {
                    if let Some(m) = crate::runtime::attr::lookup_type(&o.class, "__missing__") {
                        return vm
                            .call(&m, vec![Value::Obj(o.clone()), key.clone()])
                            .map(Some);
                    }
                }
                return Err(vm.key_error(key.clone()));
            }
        },
        Payload::BigRange(r) => {
            if slice_parts(key).is_some() {
                return Err(vm.not_implemented_error(
                    "slicing a range with bounds beyond 64-bit integers is not supported yet",
                ));
            }
            let i = ops::to_bigint(vm, key)?;
            crate::runtime::builtin_types::big_range::item(vm, r, &i)?
        }
        Payload::Range { start, stop, step } => {
            let n = ops::range_len(*start, *stop, *step);
            if let Some((a, b, c)) = slice_parts(key) {
                let (s, e, st) = slice_indices(vm, a, b, c, n)?;
                let ns = start + s * step;
                let ne = start + e * step;
                let nst = step * st;
                return Ok(Some(Value::Obj(PyObject::new(
                    vm.t.range.clone(),
                    Payload::Range {
                        start: ns,
                        stop: ne,
                        step: nst,
                    },
                ))));
            }
            let i = index_of(vm, key, n as usize, "range object")?;
            Value::Int(start + i as i64 * step)
        }
        Payload::MappingView(m) => ops::getitem(vm, m, key)?,
        Payload::MappingProxy(t) => {
            let h = ops::hash(vm, key)?;
            let found = {
                let d = t.dict.borrow();
                match d.find_native(key, h) {
                    Ok(Some(i)) => d.value_at(i),
                    _ => None,
                }
            };
            match found {
                Some(v) => v,
                None => return Err(vm.key_error(key.clone())),
            }
        }
        _ => return Ok(None),
    }))
}

/// `lst[a:b:c] = items` on a list's storage (bounds are ints or None or
/// have `__index__`).
pub fn assign_list_slice(
    vm: &Vm,
    l: &std::cell::RefCell<Vec<Value>>,
    a: &Value,
    b: &Value,
    c: &Value,
    items: Vec<Value>,
) -> PyResult<()> {
    let len = l.borrow().len() as i64;
    let (s, e, st) = slice_indices(vm, a, b, c, len)?;
    // The replaced items are dropped after the list is released.
    let old: Vec<Value> = {
        let mut l = l.borrow_mut();
        if st == 1 {
            let e = e.max(s);
            l.splice(s as usize..e as usize, items).collect()
        } else {
            let n = slice_len(s, e, st);
            if n != items.len() {
                return Err(vm.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    n
                )));
            }
            let mut i = s;
            let mut old = Vec::with_capacity(n);
            for it in items {
                old.push(std::mem::replace(&mut l[i as usize], it));
                i += st;
            }
            old
        }
    };
    drop(old);
    Ok(())
}

/// `seq[a:b:c]` of a list or tuple as a new list or tuple; None for other
/// payloads.
pub fn seq_slice(vm: &Vm, o: &ObjRef, a: &Value, b: &Value, c: &Value) -> Option<PyResult<Value>> {
    Some(match &o.payload {
        Payload::List(l) => {
            let l = l.borrow();
            slice_indices(vm, a, b, c, l.len() as i64)
                .map(|(s, e, st)| vm.new_list(take_slice(&l, s, e, st)))
        }
        Payload::Tuple(t) => slice_indices(vm, a, b, c, t.len() as i64)
            .map(|(s, e, st)| vm.new_tuple(take_slice(t, s, e, st))),
        _ => return None,
    })
}

pub fn native_setitem(vm: &Vm, o: &ObjRef, key: &Value, value: Value) -> PyResult<bool> {
    match &o.payload {
        Payload::List(l) => {
            if let Some((a, b, c)) = slice_parts(key) {
                let items = crate::runtime::iter::collect(vm, &value)
                    .map_err(|_| vm.type_error("can only assign an iterable"))?;
                assign_list_slice(vm, l, a, b, c, items)?;
                return Ok(true);
            }
            let mut l = l.borrow_mut();
            let i = index_of(vm, key, l.len(), "list").map_err(|e| {
                if vm.err_is(&e, "IndexError") {
                    vm.index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            l[i] = value;
            Ok(true)
        }
        Payload::Dict(_) => {
            dictops::dict_set(vm, o, key.clone(), value)?;
            Ok(true)
        }
        Payload::ByteArray(b) => {
            if let Some((a, x, c)) = slice_parts(key) {
                let items = convert::bytes_like(vm, &value)?;
                let mut b = b.borrow_mut();
                let (s, e, st) = slice_indices(vm, a, x, c, b.len() as i64)?;
                if st == 1 {
                    let e = e.max(s);
                    b.splice(s as usize..e as usize, items);
                } else {
                    let mut i = s;
                    for it in items {
                        b[i as usize] = it;
                        i += st;
                    }
                }
                return Ok(true);
            }
            let v = convert::index_value(vm, &value)?;
            if !(0..256).contains(&v) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            let mut b = b.borrow_mut();
            let i = index_of(vm, key, b.len(), "bytearray")?;
            b[i] = v as u8;
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub fn native_delitem(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<bool> {
    match &o.payload {
        Payload::List(l) => {
            if let Some((a, b, c)) = slice_parts(key) {
                let mut l = l.borrow_mut();
                let (s, e, st) = slice_indices(vm, a, b, c, l.len() as i64)?;
                if st == 1 {
                    let e = e.max(s);
                    l.drain(s as usize..e as usize);
                } else {
                    let n = slice_len(s, e, st);
                    let mut idx: Vec<usize> =
                        (0..n).map(|k| (s + k as i64 * st) as usize).collect();
                    idx.sort_unstable();
                    for i in idx.into_iter().rev() {
                        l.remove(i);
                    }
                }
                return Ok(true);
            }
            let mut l = l.borrow_mut();
            let i = index_of(vm, key, l.len(), "list").map_err(|e| {
                if vm.err_is(&e, "IndexError") {
                    vm.index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            let removed = l.remove(i);
            drop(l);
            drop(removed);
            Ok(true)
        }
        Payload::Dict(_) => {
            if !dictops::dict_del(vm, o, key)? {
                return Err(vm.key_error(key.clone()));
            }
            Ok(true)
        }
        Payload::ByteArray(b) => {
            let mut b = b.borrow_mut();
            let i = index_of(vm, key, b.len(), "bytearray")?;
            b.remove(i);
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub fn native_contains(vm: &Vm, o: &ObjRef, item: &Value) -> PyResult<Option<bool>> {
    Ok(Some(match &o.payload {
        Payload::Str(s) => match item.as_str() {
            Some(sub) => s.value.contains(sub),
            None => {
                return Err(vm.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    vm.type_name(item)
                )))
            }
        },
        Payload::List(l) => {
            // By index, re-reading the list each step as CPython does (an
            // `__eq__` may change it); items whose equality is native are
            // compared without leaving the borrow.
            let mut i = 0;
            loop {
                let x = {
                    let l = l.borrow();
                    let mut found = None;
                    while let Some(x) = l.get(i) {
                        if x.is(item) {
                            return Ok(Some(true));
                        }
                        match crate::runtime::dict::native_key_eq(x, item) {
                            Some(true) => return Ok(Some(true)),
                            Some(false) => i += 1,
                            None => {
                                found = Some(x.clone());
                                break;
                            }
                        }
                    }
                    match found {
                        Some(x) => x,
                        None => break,
                    }
                };
                if x.is(item) || ops::eq(vm, &x, item)? {
                    return Ok(Some(true));
                }
                i += 1;
            }
            false
        }
        Payload::Tuple(t) => {
            for x in t.iter() {
                let same = x.is(item)
                    || match crate::runtime::dict::native_key_eq(x, item) {
                        Some(b) => b,
                        None => ops::eq(vm, x, item)?,
                    };
                if same {
                    return Ok(Some(true));
                }
            }
            false
        }
        Payload::Dict(_) => dictops::dict_get(vm, o, item)?.is_some(),
        Payload::Set(_) | Payload::FrozenSet(_) => {
            crate::runtime::setops::set_contains(vm, o, item)?
        }
        Payload::BigRange(r) => match item {
            Value::Int(_) | Value::Bool(_) => {
                crate::runtime::builtin_types::big_range::contains(r, &ops::to_bigint(vm, item)?)
            }
            Value::Obj(x) if matches!(x.payload, Payload::Int(_)) => {
                crate::runtime::builtin_types::big_range::contains(r, &ops::to_bigint(vm, item)?)
            }
            _ => {
                return Err(vm.not_implemented_error(
                    "'in' on a range with bounds beyond 64-bit integers needs an int operand",
                ))
            }
        },
        Payload::Range { start, stop, step } => {
            let Some(n) = (match item {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(*b as i64),
                _ => None,
            }) else {
                let items = crate::runtime::iter::collect(vm, &Value::Obj(o.clone()))?;
                for x in items {
                    if ops::eq(vm, &x, item)? {
                        return Ok(Some(true));
                    }
                }
                return Ok(Some(false));
            };
            if *step > 0 {
                n >= *start && n < *stop && (n - start) % step == 0
            } else {
                n <= *start && n > *stop && (start - n) % (-step) == 0
            }
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let hay = convert::bytes_like(vm, &Value::Obj(o.clone()))?;
            match item {
                Value::Int(i) => {
                    if !(0..256).contains(i) {
                        return Err(vm.value_error("byte must be in range(0, 256)"));
                    }
                    hay.contains(&(*i as u8))
                }
                _ => {
                    let needle = convert::bytes_like(vm, item)?;
                    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice())
                }
            }
        }
        Payload::DictView { kind, dict } => match kind {
            0 => dictops::dict_get(vm, dict, item)?.is_some(),
            1 => {
                for (_, v) in dictops::items(dict) {
                    if v.is(item) || ops::eq(vm, &v, item)? {
                        return Ok(Some(true));
                    }
                }
                false
            }
            _ => {
                let Some(Payload::Tuple(kv)) = item.payload() else {
                    return Ok(Some(false));
                };
                if kv.len() != 2 {
                    return Ok(Some(false));
                }
                match dictops::dict_get(vm, dict, &kv[0])? {
                    Some(v) => v.is(&kv[1]) || ops::eq(vm, &v, &kv[1])?,
                    None => false,
                }
            }
        },
        Payload::MappingView(m) => ops::contains(vm, m, item)?,
        Payload::MappingProxy(t) => {
            let h = ops::hash(vm, item)?;
            matches!(t.dict.borrow().find_native(item, h), Ok(Some(_)))
        }
        _ => return Ok(None),
    }))
}
