//! Dict operations with full Python key semantics.
//!
//! `PyDict` (see `runtime::dict`) only compares keys whose equality is native.
//! These functions add the rest: hash the key (which may call `__hash__`), ask
//! the table for candidates, and compare them with `ops::eq` *after* releasing
//! the table's borrow, so a user `__eq__` that mutates the dict sees a consistent
//! object instead of a borrow panic. They accept any object whose payload is a
//! dict (instances of dict subclasses included).
use std::cell::RefCell;

use crate::runtime::dict::PyDict;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

fn table(o: &ObjRef) -> Option<&RefCell<PyDict>> {
    match &o.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// Find the entry index of `key` (hash given).
pub fn find(vm: &Vm, d: &RefCell<PyDict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let cands = match d.borrow().find_native(key, hash) {
        Ok(r) => return Ok(r),
        Err(c) => c,
    };
    for i in cands {
        let k = match d.borrow().entry_at(i) {
            Some(e) => e.key.clone(),
            None => continue,
        };
        if k.is(key) || ops::eq(vm, &k, key)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn dict_get(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let Some(d) = table(o) else { return Ok(None) };
    let h = ops::hash(vm, key)?;
    Ok(find(vm, d, key, h)?.and_then(|i| d.borrow().value_at(i)))
}

pub fn dict_set(vm: &Vm, o: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    let Some(d) = table(o) else {
        return Err(vm.type_error("not a dict"));
    };
    let h = ops::hash(vm, &key)?;
    match find(vm, d, &key, h)? {
        Some(i) => d.borrow_mut().set_at(i, value),
        None => d.borrow_mut().push_new(key, h, value),
    }
    Ok(())
}

pub fn dict_del(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<bool> {
    let Some(d) = table(o) else { return Ok(false) };
    let h = ops::hash(vm, key)?;
    match find(vm, d, key, h)? {
        Some(i) => {
            let removed = d.borrow_mut().remove_at(i);
            drop(removed);
            Ok(true)
        }
        None => Ok(false),
    }
}

pub fn dict_pop(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let Some(d) = table(o) else { return Ok(None) };
    let h = ops::hash(vm, key)?;
    match find(vm, d, key, h)? {
        Some(i) => {
            let e = d.borrow_mut().remove_at(i);
            Ok(e.map(|e| e.value))
        }
        None => Ok(None),
    }
}

/// Lookup in a namespace that may be a dict or any mapping (`__prepare__`).
pub fn mapping_get(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    if o.class.builtin
        || table(o).is_some()
            && crate::runtime::attr::lookup_type(&o.class, "__getitem__")
                .is_none_or(|f| matches!(f.payload(), Some(Payload::Builtin(_))))
    {
        return dict_get(vm, o, key);
    }
    match ops::getitem(vm, &Value::Obj(o.clone()), key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn mapping_set(vm: &Vm, o: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    if o.class.builtin {
        return dict_set(vm, o, key, value);
    }
    ops::setitem(vm, &Value::Obj(o.clone()), &key, value)
}

/// `d.update(other)`: a mapping (dict or object with keys()) or iterable of pairs.
pub fn dict_update(vm: &Vm, d: &ObjRef, other: &Value) -> PyResult<()> {
    if let Value::Obj(o) = other {
        if let Payload::Dict(od) = &o.payload {
            if o.class.builtin
                || crate::runtime::attr::lookup_type(&o.class, "__iter__")
                    .is_some_and(|f| matches!(f.payload(), Some(Payload::Builtin(_))))
            {
                let items = od.borrow().items();
                for (k, v) in items {
                    dict_set(vm, d, k, v)?;
                }
                return Ok(());
            }
        }
    }
    if crate::runtime::attr::getattr_opt(vm, other, "keys")?.is_some() {
        let keys = crate::runtime::attr::call_method(vm, other, "keys", vec![])?;
        for k in crate::runtime::iter::collect(vm, &keys)? {
            let v = ops::getitem(vm, other, &k)?;
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = crate::runtime::iter::get_iter(vm, other)?;
    let mut i = 0;
    while let Some(item) = crate::runtime::iter::next(vm, &it)? {
        let pair = match crate::runtime::iter::collect(vm, &item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )));
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (
            p.next().unwrap_or(Value::None),
            p.next().unwrap_or(Value::None),
        );
        dict_set(vm, d, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `f(**m)` merging: keys must be strings and unique.
pub fn dict_merge_kwargs(
    vm: &Vm,
    d: &ObjRef,
    other: &Value,
    stack: &[Value],
    n: usize,
) -> PyResult<()> {
    let func_name = n
        .checked_sub(2)
        .and_then(|i| stack.get(i))
        .map(|f| crate::runtime::repr::callable_name(vm, f))
        .unwrap_or_default();
    let items: Vec<(Value, Value)> = match other {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => match &o.payload {
            Payload::Dict(od) => od.borrow().items(),
            _ => Vec::new(),
        },
        _ => {
            if crate::runtime::attr::getattr_opt(vm, other, "keys")?.is_none() {
                return Err(vm.type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    func_name,
                    vm.type_name(other)
                )));
            }
            let keys = crate::runtime::attr::call_method(vm, other, "keys", vec![])?;
            let mut out = Vec::new();
            for k in crate::runtime::iter::collect(vm, &keys)? {
                let v = ops::getitem(vm, other, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in items {
        if k.as_str().is_none() {
            return Err(vm.type_error(format!("{} keywords must be strings", func_name)));
        }
        if dict_get(vm, d, &k)?.is_some() {
            return Err(vm.type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                func_name,
                k.as_str().unwrap_or("")
            )));
        }
        dict_set(vm, d, k, v)?;
    }
    Ok(())
}

pub fn dict_eq(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let (Some(da), Some(_)) = (table(a), table(b)) else {
        return Ok(false);
    };
    if da.borrow().len() != table(b).map_or(0, |d| d.borrow().len()) {
        return Ok(false);
    }
    let items = da.borrow().items();
    for (k, v) in items {
        match dict_get(vm, b, &k)? {
            Some(w) => {
                if !(v.is(&w) || ops::eq(vm, &v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Snapshot of a dict's items (for iteration that may run Python code).
pub fn items(o: &ObjRef) -> Vec<(Value, Value)> {
    table(o).map(|d| d.borrow().items()).unwrap_or_default()
}
