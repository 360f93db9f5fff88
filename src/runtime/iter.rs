//! The iteration protocol: `iter()`, `next()`, and the built-in iterators.
//!
//! Built-in containers iterate natively through `Payload::Iter` objects whose
//! state (`IterKind`) is a position into the container, so a `for` loop over a
//! list or range never calls a Python-level `__next__`. Everything else follows
//! CPython: `__iter__` on the type, or the legacy `__getitem__` sequence protocol,
//! and `__next__` raising StopIteration to end. `next` returns `Ok(None)` at
//! the end so callers need not allocate a StopIteration for ordinary loop ends.
use crate::runtime::attr;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

pub fn get_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if o.class.builtin {
            if let Some(it) = native_iter(vm, v, o) {
                return Ok(it);
            }
        }
        if let Some(f) = attr::lookup_type(&o.class, "__iter__") {
            if f.is_none() {
                return Err(not_iterable(vm, v));
            }
            let it = vm.call(&f, vec![v.clone()])?;
            let t = vm.type_of(&it);
            if attr::lookup_type(&t, "__next__").is_none()
                && !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
            {
                return Err(vm.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    t.name()
                )));
            }
            return Ok(it);
        }
        if let Some(it) = native_iter(vm, v, o) {
            return Ok(it);
        }
        if attr::lookup_type(&o.class, "__getitem__").is_some() {
            return Ok(vm.new_iter(
                &vm.t.seq_iterator,
                IterKind::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ));
        }
    }
    if let Value::Type(_) = v {
        let meta = vm.type_of(v);
        if let Some(f) = attr::lookup_type(&meta, "__iter__") {
            return vm.call(&f, vec![v.clone()]);
        }
    }
    Err(not_iterable(vm, v))
}

pub fn not_iterable(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!("'{}' object is not iterable", vm.type_name(v)))
}

/// Does `v` lack any iteration support (so a TypeError came from that)?
pub fn is_not_iterable_error(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            !o.class.builtin
                && attr::lookup_type(&o.class, "__iter__").is_none()
                && attr::lookup_type(&o.class, "__getitem__").is_none()
                || (o.class.builtin
                    && native_iter(vm, v, o).is_none()
                    && !matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)))
        }
        Value::Type(_) => true,
        _ => true,
    }
}

pub fn native_iter(vm: &Vm, v: &Value, o: &ObjRef) -> Option<Value> {
    let t = &vm.t;
    Some(match &o.payload {
        Payload::List(_) => vm.new_iter(
            &t.list_iterator,
            IterKind::Seq {
                seq: v.clone(),
                index: 0,
            },
        ),
        Payload::Tuple(_) => vm.new_iter(
            &t.tuple_iterator,
            IterKind::Seq {
                seq: v.clone(),
                index: 0,
            },
        ),
        Payload::Str(_) => vm.new_iter(
            &t.str_iterator,
            IterKind::Str {
                s: o.clone(),
                byte_pos: 0,
            },
        ),
        Payload::Bytes(_) | Payload::ByteArray(_) => vm.new_iter(
            &t.seq_iterator,
            IterKind::Seq {
                seq: v.clone(),
                index: 0,
            },
        ),
        Payload::BigRange(r) => crate::runtime::builtin_types::big_range::iter(vm, r),
        Payload::Range { start, stop, step } => vm.new_iter(
            &t.range_iterator,
            IterKind::Range {
                next: *start,
                stop: *stop,
                step: *step,
            },
        ),
        Payload::Dict(d) => vm.new_iter(
            &t.dict_keyiterator,
            IterKind::DictKeys {
                dict: o.clone(),
                pos: 0,
                len: d.borrow().len(),
            },
        ),
        Payload::Set(_) | Payload::FrozenSet(_) => {
            let items = crate::runtime::setops::set_items(o);
            let l = vm.new_list(items);
            vm.new_iter(
                &t.set_iterator,
                IterKind::SetSnapshot {
                    set: o.clone(),
                    items: l,
                    index: 0,
                    len: crate::runtime::setops::set_len(o),
                },
            )
        }
        Payload::DictView { kind, dict } => {
            let len = match &dict.payload {
                Payload::Dict(d) => d.borrow().len(),
                _ => 0,
            };
            match kind {
                0 => vm.new_iter(
                    &t.dict_keyiterator,
                    IterKind::DictKeys {
                        dict: dict.clone(),
                        pos: 0,
                        len,
                    },
                ),
                1 => vm.new_iter(
                    &t.dict_valueiterator,
                    IterKind::DictValues {
                        dict: dict.clone(),
                        pos: 0,
                        len,
                    },
                ),
                _ => vm.new_iter(
                    &t.dict_itemiterator,
                    IterKind::DictItems {
                        dict: dict.clone(),
                        pos: 0,
                        len,
                    },
                ),
            }
        }
        Payload::Iter(_) | Payload::Generator(_) => v.clone(),
        Payload::MappingView(m) => get_iter(vm, m).ok()?,
        Payload::MappingProxy(ty) => {
            let keys = ty.dict.borrow().keys();
            vm.new_iter(
                &t.list_iterator,
                IterKind::Seq {
                    seq: vm.new_list(keys),
                    index: 0,
                },
            )
        }
        _ => return None,
    })
}

/// What the next step of a str, dict-view, `enumerate` or `zip` iterator
/// will give, without taking it: `None` for other iterators (or when that
/// step could run Python code), `Some(None)` when it is exhausted (or about
/// to raise), else `Some(Some(v))` where `v` has the item's type (for str,
/// item, `enumerate` and `zip` iterators, a stand-in object of the same type).
pub fn peek_native_kind(st: &IterKind, stand_in: &Value) -> Option<Option<Value>> {
    Some(match st {
        IterKind::Enumerate { iter, count } => {
            if !matches!(count, Value::Int(_)) {
                return None;
            }
            peek_inner(iter)?.then(|| stand_in.clone())
        }
        IterKind::Zip {
            iters,
            strict: false,
        } => {
            for it in iters {
                if !peek_inner(it)? {
                    return Some(None);
                }
            }
            (!iters.is_empty()).then(|| stand_in.clone())
        }
        IterKind::Str { s, byte_pos } => {
            let text = s.as_str().unwrap_or("");
            (*byte_pos < text.len()).then(|| stand_in.clone())
        }
        IterKind::DictKeys { dict, pos, len }
        | IterKind::DictValues { dict, pos, len }
        | IterKind::DictItems { dict, pos, len } => {
            let Payload::Dict(d) = &dict.payload else {
                return Some(None);
            };
            let d = d.borrow();
            if d.len() != *len {
                return Some(None);
            }
            let e = (*pos..d.entries_len()).find_map(|i| d.entry_at(i));
            match (st, e) {
                (_, None) => None,
                (IterKind::DictKeys { .. }, Some(e)) => Some(e.key.clone()),
                (IterKind::DictValues { .. }, Some(e)) => Some(e.value.clone()),
                (_, Some(_)) => Some(stand_in.clone()),
            }
        }
        _ => return None,
    })
}

/// Will the built-in iterator `it` (one `enumerate`/`zip` wraps) give an
/// item, without running Python code? `None` when that cannot be told.
fn peek_inner(it: &Value) -> Option<bool> {
    let Value::Obj(o) = it else { return None };
    let Payload::Iter(st) = &o.payload else {
        return None;
    };
    if !o.class.builtin {
        return None;
    }
    let st = st.try_borrow().ok()?;
    match &*st {
        IterKind::Seq { seq, index } => match seq {
            Value::Obj(s) if s.class.builtin => match &s.payload {
                Payload::List(l) => Some(*index < l.borrow().len()),
                Payload::Tuple(t) => Some(*index < t.len()),
                _ => None,
            },
            _ => None,
        },
        IterKind::Range { next, stop, step } => {
            Some((*step > 0 && *next < *stop) || (*step < 0 && *next > *stop))
        }
        IterKind::Exhausted => Some(false),
        kind => peek_native_kind(kind, it).map(|v| v.is_some()),
    }
}

/// Advance an iterator: `Ok(None)` when exhausted.
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        match &o.payload {
            Payload::Iter(state) if o.class.builtin => return next_native(vm, o, state),
            Payload::Generator(_) if o.class.builtin => {
                return match crate::runtime::generator::resume(
                    vm,
                    o,
                    crate::tiers::interp::Resume::Send(Value::None),
                ) {
                    Ok(crate::runtime::generator::SendResult::Yielded(v)) => Ok(Some(v)),
                    Ok(crate::runtime::generator::SendResult::Returned(_)) => Ok(None),
                    Err(e) => Err(e),
                };
            }
            _ => {}
        }
        if let Some(f) = attr::lookup_type(&o.class, "__next__") {
            return match vm.call(&f, vec![it.clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            };
        }
    }
    Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
}

pub fn next_native(
    vm: &Vm,
    o: &ObjRef,
    state: &std::cell::RefCell<IterKind>,
) -> PyResult<Option<Value>> {
    let mut st = state.borrow_mut();
    match &mut *st {
        IterKind::Seq { seq, index } => {
            let item = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                Some(Payload::Bytes(b)) => b.get(*index).map(|x| Value::Int(*x as i64)),
                Some(Payload::ByteArray(b)) => {
                    b.borrow().get(*index).map(|x| Value::Int(*x as i64))
                }
                _ => {
                    let seq = seq.clone();
                    let i = *index;
                    drop(st);
                    return match ops::getitem(vm, &seq, &Value::Int(i as i64)) {
                        Ok(v) => {
                            if let IterKind::Seq { index, .. } = &mut *state.borrow_mut() {
                                *index += 1;
                            }
                            Ok(Some(v))
                        }
                        Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => {
                            *state.borrow_mut() = IterKind::Exhausted;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            };
            match item {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    *st = IterKind::Exhausted;
                    Ok(None)
                }
            }
        }
        IterKind::Native(n) => {
            let n = n.clone();
            drop(st);
            n.next(vm)
        }
        IterKind::BigRange(r) => {
            let v = crate::runtime::builtin_types::big_range::next(vm, r);
            if v.is_none() {
                *st = IterKind::Exhausted;
            }
            Ok(v)
        }
        IterKind::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                if (*step > 0 && *next < v) || (*step < 0 && *next > v) {
                    *next = *stop;
                }
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterKind::Str { s, byte_pos } => {
            let text = s.as_str().unwrap_or("");
            match text[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(vm.new_str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            }
        }
        IterKind::DictKeys { dict, pos, len }
        | IterKind::DictValues { dict, pos, len }
        | IterKind::DictItems { dict, pos, len } => {
            let Payload::Dict(d) = &dict.payload else {
                return Ok(None);
            };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            while *pos < d.entries_len() {
                let i = *pos;
                *pos += 1;
                if let Some(e) = d.entry_at(i) {
                    let (k, v) = (e.key.clone(), e.value.clone());
                    drop(d);
                    let kind = match &*st {
                        IterKind::DictKeys { .. } => 0,
                        IterKind::DictValues { .. } => 1,
                        _ => 2,
                    };
                    return Ok(Some(match kind {
                        0 => k,
                        1 => v,
                        _ => vm.new_tuple(vec![k, v]),
                    }));
                }
            }
            Ok(None)
        }
        IterKind::SetSnapshot {
            set,
            items,
            index,
            len,
        } => {
            if crate::runtime::setops::set_len(set) != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            let item = match items.payload() {
                Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                _ => None,
            };
            if item.is_some() {
                *index += 1;
            }
            Ok(item)
        }
        IterKind::Callable { func, sentinel } => {
            let (f, s) = (func.clone(), sentinel.clone());
            drop(st);
            let v = vm.call(&f, vec![])?;
            if ops::eq(vm, &v, &s)? {
                *state.borrow_mut() = IterKind::Exhausted;
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
        IterKind::Enumerate { iter, count } => {
            let (it, c) = (iter.clone(), count.clone());
            drop(st);
            match next(vm, &it)? {
                Some(v) => {
                    let nc = ops::binary_op(
                        vm,
                        crate::frontend::bytecode::BinOpKind::Add,
                        &c,
                        &Value::Int(1),
                    )?;
                    if let IterKind::Enumerate { count, .. } = &mut *state.borrow_mut() {
                        *count = nc;
                    }
                    Ok(Some(vm.new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterKind::Zip { iters, strict } => {
            let (its, strict) = (iters.clone(), *strict);
            drop(st);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match next(vm, it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { "" } else { "s" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{} 1{}",
                                    i + 1,
                                    plural,
                                    if i == 1 {
                                        String::new()
                                    } else {
                                        format!("-{}", i)
                                    }
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if next(vm, other)?.is_some() {
                                    let plural = if j == 1 { "" } else { "s" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{} 1{}",
                                        j + 1,
                                        plural,
                                        if j == 1 {
                                            String::new()
                                        } else {
                                            format!("-{}", j)
                                        }
                                    )));
                                }
                            }
                        }
                        *state.borrow_mut() = IterKind::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterKind::Map { func, iters } => {
            let (f, its) = (func.clone(), iters.clone());
            drop(st);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&f, args).map(Some)
        }
        IterKind::Filter { func, iter } => {
            let (f, it) = (func.clone(), iter.clone());
            drop(st);
            loop {
                match next(vm, &it)? {
                    Some(v) => {
                        let keep = if f.is_none() {
                            ops::truthy(vm, &v)?
                        } else {
                            ops::truthy(vm, &vm.call(&f, vec![v.clone()])?)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
        IterKind::Reversed { seq, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let (s, i) = (seq.clone(), *index);
            *index -= 1;
            drop(st);
            match ops::getitem(vm, &s, &Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, "IndexError") => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterKind::Exhausted => {
            let _ = o;
            Ok(None)
        }
    }
}

/// Iterate any iterable into a vector.
pub fn collect(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if o.class.builtin {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                // Like CPython's length-hint preallocation: a huge range fails at once.
                Payload::Range { start, stop, step }
                    if ops::range_len(*start, *stop, *step) > (1 << 32) =>
                {
                    return Err(vm.new_error("MemoryError", ""));
                }
                _ => {}
            }
        }
    }
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Unpack exactly `n` items (for `a, b = x`) with CPython's messages.
pub fn unpack_exact(vm: &Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let check = |len: usize| -> PyResult<()> {
        if len > n {
            Err(vm.value_error(format!("too many values to unpack (expected {})", n)))
        } else if len < n {
            Err(vm.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n, len
            )))
        } else {
            Ok(())
        }
    };
    if let Value::Obj(o) = v {
        if o.class.builtin {
            match &o.payload {
                Payload::Tuple(t) => {
                    check(t.len())?;
                    return Ok(t.to_vec());
                }
                Payload::List(l) => {
                    let l = l.borrow();
                    check(l.len())?;
                    return Ok(l.clone());
                }
                _ => {}
            }
        }
    }
    let it = match get_iter(vm, v) {
        Ok(it) => it,
        Err(e) => {
            if is_not_iterable_error(vm, v) {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    vm.type_name(v)
                )));
            }
            return Err(e);
        }
    };
    let mut out = Vec::with_capacity(n);
    while let Some(x) = next(vm, &it)? {
        if out.len() == n {
            return Err(vm.value_error(format!("too many values to unpack (expected {})", n)));
        }
        out.push(x);
    }
    check(out.len())?;
    Ok(out)
}
