//! Set operations with full Python key semantics and CPython's result order.
//!
//! # Equality without holding a borrow
//!
//! `SetTable` compares keys through a callback while the table is borrowed.
//! For most keys (str, int, float, None, bytes, identical objects) equality is
//! decided natively (`dict::native_key_eq`), but a user `__eq__` is Python
//! code, and Python code may touch this very set, so it must not run while the
//! set's `RefCell` is borrowed. Every table operation therefore runs inside
//! [`resolve`]: the callback answers natively where it can, answers from a
//! list of already-computed Python comparisons (`Known`) where it can, and
//! otherwise aborts the operation with the pair it needs. The operation is
//! aborted before it changes anything (probing comes before writing), so the
//! loop releases the borrow, runs `ops::eq(stored, probe)` (stored key first,
//! as CPython's `PyObject_RichCompare(startkey, key, Py_EQ)`), records the
//! answer and retries. The retries walk the same probe path, so `__eq__` is
//! called for the same keys in the same order as in CPython, once each.
//!
//! # Result order
//!
//! Which operand an operation iterates, whether it copies first and when it
//! presizes all change the resulting table layout and so the printed order.
//! The functions below transcribe `Objects/setobject.c` (3.11) case by case;
//! `table.rs`'s header lists the rules. Results of `|`, `&`, `-`, `^` and the
//! named methods are exact `set`/`frozenset` (the left operand's base kind),
//! as CPython's `make_new_set_basetype`.
//!
//! Dict views (`d.keys() | x` …) follow `Objects/dictobject.c`: the operand
//! the view operator was called on is turned into a `set` and the matching
//! set method is applied with the other operand.
use std::cell::RefCell;
use std::rc::Rc;

use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::dict::native_key_eq;
use crate::runtime::iter;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::set::PySet;
use crate::runtime::vm::Vm;

// ----- equality protocol -------------------------------------------------------

/// Python-level comparison results computed so far: (stored, probe, equal).
#[derive(Default)]
struct Known(Vec<(Value, Value, bool)>);

type Need = (Value, Value);

impl Known {
    fn eq(&self, stored: &Value, probe: &Value) -> Result<bool, Need> {
        if stored.is(probe) {
            return Ok(true);
        }
        if let Some(r) = native_key_eq(stored, probe) {
            return Ok(r);
        }
        for (s, p, r) in &self.0 {
            if s.is(stored) && p.is(probe) {
                return Ok(*r);
            }
        }
        Err((stored.clone(), probe.clone()))
    }
}

/// Run a table operation until every key comparison it needs is known.
fn resolve<R>(vm: &Vm, mut attempt: impl FnMut(&Known) -> Result<R, Need>) -> PyResult<R> {
    let mut known = Known::default();
    loop {
        match attempt(&known) {
            Ok(r) => return Ok(r),
            Err((s, p)) => {
                let r = ops::eq(vm, &s, &p)?;
                known.0.push((s, p, r));
            }
        }
    }
}

// ----- access --------------------------------------------------------------------

pub fn is_anyset(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// Read access to the storage of a set or frozenset.
fn read<R>(o: &ObjRef, f: impl FnOnce(&PySet) -> R) -> Option<R> {
    match &o.payload {
        Payload::Set(s) => Some(f(&s.borrow())),
        Payload::FrozenSet(s) => Some(f(s)),
        _ => None,
    }
}

pub fn set_items(o: &ObjRef) -> Vec<Value> {
    read(o, |s| s.items()).unwrap_or_default()
}

pub fn set_entries(o: &ObjRef) -> Vec<(Value, i64)> {
    read(o, |s| s.entries()).unwrap_or_default()
}

pub fn set_len(o: &ObjRef) -> usize {
    read(o, |s| s.len()).unwrap_or(0)
}

fn is_frozen(o: &ObjRef) -> bool {
    matches!(o.payload, Payload::FrozenSet(_))
}

/// Wrap finished storage as an exact set or frozenset.
pub fn wrap(vm: &Vm, frozen: bool, s: PySet) -> Value {
    if frozen {
        Value::Obj(PyObject::new(
            vm.t.frozenset.clone(),
            Payload::FrozenSet(Box::new(s)),
        ))
    } else {
        Value::Obj(PyObject::new(
            vm.t.set.clone(),
            Payload::Set(Box::new(RefCell::new(s))),
        ))
    }
}

// ----- primitive operations on a RefCell'd set ---------------------------------------

/// `set_add_entry`: insert with a known hash; true if added.
pub fn insert_hashed(vm: &Vm, cell: &RefCell<PySet>, key: &Value, hash: i64) -> PyResult<bool> {
    resolve(vm, |k| {
        cell.borrow_mut()
            .table
            .insert(hash, key.clone(), |a, b| k.eq(a, b))
    })
}

/// `set_discard_entry`: remove with a known hash; true if it was present.
pub fn discard_hashed(vm: &Vm, cell: &RefCell<PySet>, key: &Value, hash: i64) -> PyResult<bool> {
    let removed = resolve(vm, |k| {
        cell.borrow_mut().table.remove(hash, key, |a, b| k.eq(a, b))
    })?;
    // Drop the removed key after the borrow is released (its destructor is
    // plain Rust, but keep the order obvious).
    Ok(removed.is_some())
}

/// `set_contains_entry` for a set or frozenset object.
pub fn contains_hashed(vm: &Vm, o: &ObjRef, key: &Value, hash: i64) -> PyResult<bool> {
    resolve(vm, |k| {
        read(o, |s| s.table.contains(hash, key, |a, b| k.eq(a, b))).unwrap_or(Ok(false))
    })
}

/// `set_merge`: add every element of the set/frozenset `other`.
fn merge(vm: &Vm, cell: &RefCell<PySet>, other: &ObjRef) -> PyResult<()> {
    if cell.borrow().table.fill() == 0 {
        // A fresh table never compares keys (straight copy or clean inserts).
        let r = read(other, |o| {
            cell.borrow_mut()
                .table
                .merge_from(&o.table, |_, _| Ok::<bool, ()>(false))
        });
        let _ = r;
        return Ok(());
    }
    let entries = set_entries(other);
    if entries.is_empty() {
        return Ok(());
    }
    cell.borrow_mut().table.presize_for_update(entries.len());
    for (key, h) in entries {
        insert_hashed(vm, cell, &key, h)?;
    }
    Ok(())
}

/// `set_update_internal`: add all items of any iterable. `this` is the set
/// object owning `cell`, if any (so `s.update(s)` is a no-op).
pub fn update_internal(
    vm: &Vm,
    cell: &RefCell<PySet>,
    this: Option<&ObjRef>,
    other: &Value,
) -> PyResult<()> {
    if let Value::Obj(o) = other {
        if is_anyset(other) {
            if this.is_some_and(|t| Rc::ptr_eq(t, o)) {
                return Ok(());
            }
            return merge(vm, cell, o);
        }
        if o.class.builtin {
            if let Payload::Dict(d) = &o.payload {
                let entries: Vec<(Value, i64)> =
                    d.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect();
                cell.borrow_mut().table.presize_for_update(entries.len());
                for (key, h) in entries {
                    insert_hashed(vm, cell, &key, h)?;
                }
                return Ok(());
            }
        }
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(x) = iter::next(vm, &it)? {
        let h = ops::hash(vm, &x)?;
        insert_hashed(vm, cell, &x, h)?;
    }
    Ok(())
}

/// `make_new_set(type, iterable)` storage: a new set filled from `iterable`.
pub fn set_from_iter(vm: &Vm, iterable: Option<&Value>) -> PyResult<PySet> {
    let cell = RefCell::new(PySet::new());
    if let Some(it) = iterable {
        update_internal(vm, &cell, None, it)?;
    }
    Ok(cell.into_inner())
}

/// `frozenset(x)` as a value (used for the set-as-key fallback).
fn frozen_copy(vm: &Vm, x: &Value) -> PyResult<Value> {
    Ok(wrap(vm, true, set_from_iter(vm, Some(x))?))
}

fn storage_copy(o: &ObjRef) -> PySet {
    read(o, |s| s.copy()).unwrap_or_default()
}

// ----- public entry points used by the interpreter and ops ---------------------

/// `s.add(item)` (also `BUILD_SET`, `SET_ADD`).
pub fn set_add(vm: &Vm, set: &Value, item: Value) -> PyResult<()> {
    let h = ops::hash(vm, &item)?;
    match set.payload() {
        Some(Payload::Set(cell)) => {
            insert_hashed(vm, cell, &item, h)?;
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "descriptor 'add' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name(set)
        ))),
    }
}

/// Hash `key`; a `set` key that is unhashable is retried as a frozenset
/// (CPython's `set_contains`/`set_remove`/`set_discard` fallback).
fn hash_or_frozen(vm: &Vm, key: &Value) -> PyResult<(Value, i64)> {
    match ops::hash(vm, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            if vm.err_is(&e, "TypeError") && matches!(key.payload(), Some(Payload::Set(_))) {
                let f = frozen_copy(vm, key)?;
                let h = ops::hash(vm, &f)?;
                Ok((f, h))
            } else {
                Err(e)
            }
        }
    }
}

/// `item in s`.
pub fn set_contains(vm: &Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    let (k, h) = hash_or_frozen(vm, item)?;
    contains_hashed(vm, o, &k, h)
}

/// `s.discard(item)`: true if it was present.
pub fn set_discard(vm: &Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    let (k, h) = hash_or_frozen(vm, item)?;
    match &o.payload {
        Payload::Set(cell) => discard_hashed(vm, cell, &k, h),
        _ => Ok(false),
    }
}

/// `a == b`, `a < b` … between two sets/frozensets.
pub fn set_compare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CmpKind) -> PyResult<Value> {
    let (la, lb) = (set_len(a), set_len(b));
    let r = match op {
        CmpKind::Eq => la == lb && issubset(vm, a, b)?,
        CmpKind::Ne => !(la == lb && issubset(vm, a, b)?),
        CmpKind::Le => issubset(vm, a, b)?,
        CmpKind::Ge => issubset(vm, b, a)?,
        CmpKind::Lt => la < lb && issubset(vm, a, b)?,
        CmpKind::Gt => la > lb && issubset(vm, b, a)?,
    };
    Ok(Value::Bool(r))
}

/// `set_issubset` for two set objects.
pub fn issubset(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    for (k, h) in set_entries(a) {
        if !contains_hashed(vm, b, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets/frozensets.
pub fn set_binop(vm: &Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    let (Value::Obj(ao), Value::Obj(_)) = (a, b) else {
        return Err(ops::binop_type_error(vm, op, a, b));
    };
    if !is_anyset(a) || !is_anyset(b) {
        return Err(ops::binop_type_error(vm, op, a, b));
    }
    let frozen = is_frozen(ao);
    let s = match op {
        BinOpKind::Or => union(vm, ao, std::slice::from_ref(b))?,
        BinOpKind::And => intersection(vm, ao, b)?,
        BinOpKind::Sub => difference(vm, ao, b)?,
        BinOpKind::Xor => symmetric_difference(vm, ao, b)?,
        _ => return Err(ops::binop_type_error(vm, op, a, b)),
    };
    Ok(wrap(vm, frozen, s))
}

/// `s |= x`, `s &= x`, `s -= x`, `s ^= x` with a set/frozenset `x`;
/// `None` when not applicable (the caller falls back to the binary operator).
pub fn inplace(vm: &Vm, s: &ObjRef, op: BinOpKind, other: &Value) -> PyResult<Option<Value>> {
    if !is_anyset(other) || !matches!(s.payload, Payload::Set(_)) {
        return Ok(None);
    }
    match op {
        BinOpKind::Or => update(vm, s, other)?,
        BinOpKind::And => intersection_update(vm, s, other)?,
        BinOpKind::Sub => difference_update(vm, s, other)?,
        BinOpKind::Xor => symmetric_difference_update(vm, s, other)?,
        _ => return Ok(None),
    }
    Ok(Some(Value::Obj(s.clone())))
}

// ----- the algorithms (Objects/setobject.c) -------------------------------------

fn cell_of(o: &ObjRef) -> Option<&RefCell<PySet>> {
    match &o.payload {
        Payload::Set(c) => Some(c),
        _ => None,
    }
}

/// `s.update(other)` on a mutable set.
pub fn update(vm: &Vm, s: &ObjRef, other: &Value) -> PyResult<()> {
    match cell_of(s) {
        Some(c) => update_internal(vm, c, Some(s), other),
        None => Ok(()),
    }
}

/// `set_union`: copy of `a`, then each operand merged in (`a` itself skipped).
pub fn union(vm: &Vm, a: &ObjRef, others: &[Value]) -> PyResult<PySet> {
    let cell = RefCell::new(storage_copy(a));
    for o in others {
        if let Value::Obj(oo) = o {
            if Rc::ptr_eq(oo, a) {
                continue;
            }
        }
        update_internal(vm, &cell, None, o)?;
    }
    Ok(cell.into_inner())
}

/// `set_intersection(a, b)`.
pub fn intersection(vm: &Vm, a: &ObjRef, b: &Value) -> PyResult<PySet> {
    if let Value::Obj(bo) = b {
        if Rc::ptr_eq(a, bo) {
            return Ok(storage_copy(a));
        }
    }
    let result = RefCell::new(PySet::new());
    if let (Value::Obj(bo), true) = (b, is_anyset(b)) {
        let (big, small) = if set_len(bo) > set_len(a) {
            (bo, a)
        } else {
            (a, bo)
        };
        for (k, h) in set_entries(small) {
            if contains_hashed(vm, big, &k, h)? {
                insert_hashed(vm, &result, &k, h)?;
            }
        }
        return Ok(result.into_inner());
    }
    let it = iter::get_iter(vm, b)?;
    while let Some(x) = iter::next(vm, &it)? {
        let h = ops::hash(vm, &x)?;
        if contains_hashed(vm, a, &x, h)? {
            insert_hashed(vm, &result, &x, h)?;
        }
    }
    Ok(result.into_inner())
}

/// `set_intersection_multi`: `a.intersection(*others)`.
pub fn intersection_multi(vm: &Vm, a: &ObjRef, others: &[Value]) -> PyResult<PySet> {
    if others.is_empty() {
        return Ok(storage_copy(a));
    }
    let mut cur: Option<ObjRef> = None;
    let mut result = PySet::new();
    for o in others {
        let base = cur.clone().unwrap_or_else(|| a.clone());
        result = intersection(vm, &base, o)?;
        if others.len() > 1 {
            // The next round intersects with this result, which needs an object.
            let obj = wrap(vm, false, result.clone());
            cur = obj.as_obj().cloned();
        }
    }
    Ok(result)
}

/// `s &= other` / `s.intersection_update(*others)`.
pub fn intersection_update_multi(vm: &Vm, s: &ObjRef, others: &[Value]) -> PyResult<()> {
    let mut tmp = intersection_multi(vm, s, others)?;
    if let Some(c) = cell_of(s) {
        c.borrow_mut().table.swap_bodies(&mut tmp.table);
    }
    Ok(())
}

pub fn intersection_update(vm: &Vm, s: &ObjRef, other: &Value) -> PyResult<()> {
    intersection_update_multi(vm, s, std::slice::from_ref(other))
}

/// `set_difference_update_internal` on storage `cell` (owned by `this`, if an object).
fn difference_update_internal(
    vm: &Vm,
    cell: &RefCell<PySet>,
    this: Option<&ObjRef>,
    other: &Value,
) -> PyResult<()> {
    if let (Some(t), Value::Obj(o)) = (this, other) {
        if Rc::ptr_eq(t, o) {
            cell.borrow_mut().table.clear();
            return Ok(());
        }
    }
    if let (Value::Obj(o), true) = (other, is_anyset(other)) {
        let mut entries = set_entries(o);
        if (entries.len() >> 3) > cell.borrow().len() {
            // Replace the (much larger) other set by its intersection with us.
            let tmp = wrap(vm, false, cell.borrow().clone());
            let Some(tmp) = tmp.as_obj() else {
                return Ok(());
            };
            entries = intersection(vm, tmp, other)?.entries();
        }
        for (k, h) in entries {
            discard_hashed(vm, cell, &k, h)?;
        }
    } else {
        let it = iter::get_iter(vm, other)?;
        while let Some(x) = iter::next(vm, &it)? {
            let h = ops::hash(vm, &x)?;
            discard_hashed(vm, cell, &x, h)?;
        }
    }
    cell.borrow_mut().table.shrink_after_difference_update();
    Ok(())
}

/// `s -= other` / one operand of `s.difference_update(...)`.
pub fn difference_update(vm: &Vm, s: &ObjRef, other: &Value) -> PyResult<()> {
    match cell_of(s) {
        Some(c) => difference_update_internal(vm, c, Some(s), other),
        None => Ok(()),
    }
}

/// `set_difference(a, b)`.
pub fn difference(vm: &Vm, a: &ObjRef, b: &Value) -> PyResult<PySet> {
    let other_size = match b {
        Value::Obj(bo) if is_anyset(b) => Some(set_len(bo)),
        Value::Obj(bo) if bo.class.builtin && matches!(bo.payload, Payload::Dict(_)) => {
            ops::native_len(bo)
        }
        _ => None,
    };
    let copy_and_diff = |vm: &Vm| -> PyResult<PySet> {
        let cell = RefCell::new(storage_copy(a));
        difference_update_internal(vm, &cell, None, b)?;
        Ok(cell.into_inner())
    };
    let Some(other_size) = other_size else {
        return copy_and_diff(vm);
    };
    if (set_len(a) >> 2) > other_size {
        return copy_and_diff(vm);
    }
    let result = RefCell::new(PySet::new());
    let Value::Obj(bo) = b else {
        return Ok(PySet::new());
    };
    for (k, h) in set_entries(a) {
        let found = if is_anyset(b) {
            contains_hashed(vm, bo, &k, h)?
        } else {
            crate::runtime::dictops::dict_get(vm, bo, &k)?.is_some()
        };
        if !found {
            insert_hashed(vm, &result, &k, h)?;
        }
    }
    Ok(result.into_inner())
}

/// `set_difference_multi`: `a.difference(*others)`.
pub fn difference_multi(vm: &Vm, a: &ObjRef, others: &[Value]) -> PyResult<PySet> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(storage_copy(a));
    };
    let cell = RefCell::new(difference(vm, a, first)?);
    for o in rest {
        difference_update_internal(vm, &cell, None, o)?;
    }
    Ok(cell.into_inner())
}

/// `set_symmetric_difference_update` on storage `cell`.
fn sym_diff_update_internal(
    vm: &Vm,
    cell: &RefCell<PySet>,
    this: Option<&ObjRef>,
    other: &Value,
) -> PyResult<()> {
    if let (Some(t), Value::Obj(o)) = (this, other) {
        if Rc::ptr_eq(t, o) {
            cell.borrow_mut().table.clear();
            return Ok(());
        }
    }
    let entries: Vec<(Value, i64)> = match other {
        Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Dict(_)) => {
            match &o.payload {
                Payload::Dict(d) => d.borrow().iter().map(|e| (e.key.clone(), e.hash)).collect(),
                _ => Vec::new(),
            }
        }
        Value::Obj(o) if is_anyset(other) => set_entries(o),
        _ => set_from_iter(vm, Some(other))?.entries(),
    };
    for (k, h) in entries {
        if !discard_hashed(vm, cell, &k, h)? {
            insert_hashed(vm, cell, &k, h)?;
        }
    }
    Ok(())
}

/// `s ^= other` / `s.symmetric_difference_update(other)`.
pub fn symmetric_difference_update(vm: &Vm, s: &ObjRef, other: &Value) -> PyResult<()> {
    match cell_of(s) {
        Some(c) => sym_diff_update_internal(vm, c, Some(s), other),
        None => Ok(()),
    }
}

/// `set_symmetric_difference(a, b)`: `t = set(b); t ^= a`.
pub fn symmetric_difference(vm: &Vm, a: &ObjRef, b: &Value) -> PyResult<PySet> {
    let cell = RefCell::new(set_from_iter(vm, Some(b))?);
    sym_diff_update_internal(vm, &cell, None, &Value::Obj(a.clone()))?;
    Ok(cell.into_inner())
}

/// `a.issubset(other)` for any iterable `other`.
pub fn issubset_any(vm: &Vm, a: &ObjRef, other: &Value) -> PyResult<bool> {
    match other {
        Value::Obj(o) if is_anyset(other) => issubset(vm, a, o),
        _ => {
            let tmp = wrap(vm, false, set_from_iter(vm, Some(other))?);
            match tmp.as_obj() {
                Some(t) => issubset(vm, a, t),
                None => Ok(false),
            }
        }
    }
}

/// `a.issuperset(other)` for any iterable `other`.
pub fn issuperset_any(vm: &Vm, a: &ObjRef, other: &Value) -> PyResult<bool> {
    if let (Value::Obj(o), true) = (other, is_anyset(other)) {
        return issubset(vm, o, a);
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(x) = iter::next(vm, &it)? {
        if !set_contains(vm, a, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.isdisjoint(other)`.
pub fn isdisjoint(vm: &Vm, a: &ObjRef, other: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = other {
        if Rc::ptr_eq(a, o) {
            return Ok(set_len(a) == 0);
        }
        if is_anyset(other) && o.class.builtin {
            let (big, small) = if set_len(o) > set_len(a) {
                (o, a)
            } else {
                (a, o)
            };
            for (k, h) in set_entries(small) {
                if contains_hashed(vm, big, &k, h)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(x) = iter::next(vm, &it)? {
        let h = ops::hash(vm, &x)?;
        if contains_hashed(vm, a, &x, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- dict views ------------------------------------------------------------------

fn view_parts(v: &Value) -> Option<(u8, &ObjRef)> {
    match v.payload() {
        Some(Payload::DictView { kind, dict }) => Some((*kind, dict)),
        _ => None,
    }
}

/// `dictviews_to_set`: a keys view of an exact dict is read as the dict
/// (presized update), anything else by iteration.
fn view_to_set(vm: &Vm, v: &Value) -> PyResult<RefCell<PySet>> {
    if let Some((0, d)) = view_parts(v) {
        if d.class.builtin {
            return Ok(RefCell::new(set_from_iter(
                vm,
                Some(&Value::Obj(d.clone())),
            )?));
        }
    }
    Ok(RefCell::new(set_from_iter(vm, Some(v))?))
}

/// `dictitems_contains` / `dictkeys_contains`.
fn view_contains(vm: &Vm, kind: u8, d: &ObjRef, item: &Value) -> PyResult<bool> {
    if kind == 0 {
        return Ok(crate::runtime::dictops::dict_get(vm, d, item)?.is_some());
    }
    let Some(Payload::Tuple(kv)) = item.payload() else {
        return Ok(false);
    };
    if kv.len() != 2 {
        return Ok(false);
    }
    match crate::runtime::dictops::dict_get(vm, d, &kv[0])? {
        Some(v) => Ok(v.is(&kv[1]) || ops::eq(vm, &v, &kv[1])?),
        None => Ok(false),
    }
}

/// `_PyDictView_Intersect`.
fn view_intersect(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = (a, b);
    if view_parts(this).is_none_or(|(k, _)| k == 1) {
        std::mem::swap(&mut this, &mut other);
    }
    let Some((_, d)) = view_parts(this) else {
        return Err(ops::binop_type_error(vm, BinOpKind::And, a, b));
    };
    let len_self = ops::native_len(d).unwrap_or(0);
    if let Value::Obj(oo) = other {
        if oo.class.builtin && matches!(oo.payload, Payload::Set(_)) && len_self <= set_len(oo) {
            return Ok(wrap(vm, false, intersection(vm, oo, this)?));
        }
    }
    if let Some((k, od)) = view_parts(other) {
        if k != 1 && ops::native_len(od).unwrap_or(0) > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let Some((kind, d)) = view_parts(this) else {
        return Err(ops::binop_type_error(vm, BinOpKind::And, a, b));
    };
    let d = d.clone();
    let result = RefCell::new(PySet::new());
    let it = iter::get_iter(vm, other)?;
    while let Some(x) = iter::next(vm, &it)? {
        if view_contains(vm, kind, &d, &x)? {
            let h = ops::hash(vm, &x)?;
            insert_hashed(vm, &result, &x, h)?;
        }
    }
    Ok(wrap(vm, false, result.into_inner()))
}

/// `dictitems_xor` for two items views.
fn items_xor(vm: &Vm, d1: &ObjRef, d2: &ObjRef) -> PyResult<Value> {
    let tmp = vm.new_dict_obj();
    crate::runtime::dictops::dict_update(vm, &tmp, &Value::Obj(d1.clone()))?;
    let result = RefCell::new(PySet::new());
    for (k, v2) in crate::runtime::dictops::items(d2) {
        let to_delete = match crate::runtime::dictops::dict_get(vm, &tmp, &k)? {
            Some(v1) => v1.is(&v2) || ops::eq(vm, &v1, &v2)?,
            None => false,
        };
        if to_delete {
            crate::runtime::dictops::dict_del(vm, &tmp, &k)?;
        } else {
            let pair = vm.new_tuple(vec![k, v2]);
            let h = ops::hash(vm, &pair)?;
            insert_hashed(vm, &result, &pair, h)?;
        }
    }
    let rest = Value::Obj(PyObject::new(
        vm.t.dict_items.clone(),
        Payload::DictView { kind: 2, dict: tmp },
    ));
    update_internal(vm, &result, None, &rest)?;
    Ok(wrap(vm, false, result.into_inner()))
}

/// Operators of keys/items views (either operand may be the view); `None`
/// when neither operand is a keys or items view.
pub fn view_binop(vm: &Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Option<Value>> {
    let is_setview = |v: &Value| view_parts(v).is_some_and(|(k, _)| k != 1);
    if !is_setview(a) && !is_setview(b) {
        return Ok(None);
    }
    Ok(Some(match op {
        BinOpKind::And => view_intersect(vm, a, b)?,
        BinOpKind::Or => {
            let cell = view_to_set(vm, a)?;
            update_internal(vm, &cell, None, b)?;
            wrap(vm, false, cell.into_inner())
        }
        BinOpKind::Sub => {
            let cell = view_to_set(vm, a)?;
            difference_update_internal(vm, &cell, None, b)?;
            wrap(vm, false, cell.into_inner())
        }
        BinOpKind::Xor => {
            if let (Some((2, d1)), Some((2, d2))) = (view_parts(a), view_parts(b)) {
                return items_xor(vm, d1, d2).map(Some);
            }
            let cell = view_to_set(vm, a)?;
            sym_diff_update_internal(vm, &cell, None, b)?;
            wrap(vm, false, cell.into_inner())
        }
        _ => return Ok(None),
    }))
}

/// `dictview_richcompare` for keys/items views against sets or views;
/// `None` = NotImplemented.
pub fn view_compare(vm: &Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<Value>> {
    let is_setlike = |v: &Value| is_anyset(v) || view_parts(v).is_some_and(|(k, _)| k != 1);
    if !is_setlike(a) || !is_setlike(b) {
        return Ok(None);
    }
    let la = ops::len(vm, a)?;
    let lb = ops::len(vm, b)?;
    let r = match op {
        CmpKind::Eq | CmpKind::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CmpKind::Eq)
        }
        CmpKind::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpKind::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpKind::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpKind::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(Some(Value::Bool(r)))
}

fn all_contained_in(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = iter::get_iter(vm, a)?;
    while let Some(x) = iter::next(vm, &it)? {
        if !ops::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- helpers for the interpreter ---------------------------------------------------

/// `SET_UPDATE`: `set.update(iterable)` with CPython's merge/presize rules
/// (a frozenset operand is merged slot by slot, not re-inserted by iteration).
pub fn set_update_value(vm: &Vm, set: &Value, other: &Value) -> PyResult<()> {
    match set {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_)) => update(vm, o, other),
        _ => Err(vm.type_error(format!(
            "descriptor 'update' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name(set)
        ))),
    }
}

/// The frozenset constant CPython 3.11's compiler makes for a set display of
/// three or more constants (`{1, 2, 3}` is `BUILD_SET 0; LOAD_CONST
/// frozenset; SET_UPDATE`): built by inserting the items left to right, then
/// rebuilt once from its own iteration order by `merge_consts_recursive`.
/// (A second rebuild happens in CPython when interning replaces one of its
/// string items by an equal, previously interned string; not modelled.)
pub fn const_frozenset(vm: &Vm, items: &[Value]) -> PyResult<Value> {
    let first = set_from_iter(vm, Some(&vm.new_tuple(items.to_vec())))?;
    if first.is_empty() {
        return Ok(wrap(vm, true, first));
    }
    let again = set_from_iter(vm, Some(&vm.new_tuple(first.items())))?;
    Ok(wrap(vm, true, again))
}
