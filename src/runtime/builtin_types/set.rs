//! Methods of `set` and `frozenset`.
//!
//! The algorithms (and the reasons for their iteration orders) are in
//! `runtime::setops`; this file parses arguments with CPython's messages and
//! picks the result type. A result built from a frozenset receiver is a
//! frozenset, from a set (or any subclass) a plain `set`, as CPython's
//! `make_new_set_basetype`. The variadic methods (`union`, `intersection`,
//! `difference`, `update`, …) take any number of iterables;
//! `symmetric_difference(_update)`, `issubset`, `issuperset` and
//! `isdisjoint` take exactly one, as in 3.11.
//!
//! `remove`, `discard` and `in` retry an unhashable `set` argument as a
//! frozenset (`{frozenset({1})}` contains `{1}`), as CPython does.
use std::cell::RefCell;
use std::rc::Rc;

use super::list::{exact, not_impl, range_check, this};
use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::object::*;
use crate::runtime::set::PySet;
use crate::runtime::setops::{self, is_anyset, wrap};
use crate::runtime::setup::{add_method, add_staticmethod, set_type_attr};
use crate::runtime::vm::Vm;
use crate::runtime::{attr, ops};

fn is_set(p: &Payload) -> bool {
    matches!(p, Payload::Set(_))
}

fn is_any(p: &Payload) -> bool {
    matches!(p, Payload::Set(_) | Payload::FrozenSet(_))
}

/// Receiver of a mutating method (must be a `set`).
fn mset<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    this(vm, args, "set", name, is_set)
}

/// Receiver of a method shared by set and frozenset, with the qualified
/// name for error messages and whether the result should be a frozenset.
fn aset<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a ObjRef, String, bool)> {
    let owner = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::FrozenSet(_)) => "frozenset",
        _ => "set",
    };
    let o = this(vm, args, owner, name, is_any)?;
    let frozen = matches!(o.payload, Payload::FrozenSet(_));
    Ok((o, format!("{}.{}", owner, name), frozen))
}

fn cell(o: &ObjRef) -> Option<&RefCell<PySet>> {
    match &o.payload {
        Payload::Set(c) => Some(c),
        _ => None,
    }
}

fn varargs<'a>(vm: &Vm, args: &'a Args, qual: &str) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
    }
    Ok(args.pos.get(1..).unwrap_or(&[]))
}

// ----- construction ------------------------------------------------------------

fn own_init(cls: &TypeRef) -> bool {
    attr::lookup_type(cls, "__init__")
        .is_some_and(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
}

fn set_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("set.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.t.set) {
        return Err(vm.type_error(format!(
            "set.__new__({}): {} is not a subtype of set",
            cls.name(),
            cls.name()
        )));
    }
    if Rc::ptr_eq(&cls, &vm.t.set) && !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Set(Box::new(RefCell::new(PySet::new()))),
    ))
}

fn set_init(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "__init__")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let pos = &args.pos[1..];
    range_check(vm, pos.len(), &o.class.name(), 0, 1)?;
    if let Some(c) = cell(o) {
        if c.borrow().table.fill() != 0 {
            c.borrow_mut().table.clear();
        }
        if let Some(it) = pos.first() {
            setops::update_internal(vm, c, Some(o), it)?;
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("frozenset.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.t.frozenset) {
        return Err(vm.type_error(format!(
            "frozenset.__new__({}): {} is not a subtype of frozenset",
            cls.name(),
            cls.name()
        )));
    }
    let exact_cls = Rc::ptr_eq(&cls, &vm.t.frozenset);
    if !args.kw.is_empty() && (exact_cls || !own_init(&cls)) {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let pos = &args.pos[1..];
    range_check(vm, pos.len(), &cls.name(), 0, 1)?;
    if exact_cls {
        if let Some(v @ Value::Obj(o)) = pos.first() {
            if o.class.builtin && matches!(o.payload, Payload::FrozenSet(_)) {
                return Ok(v.clone());
            }
        }
    }
    let s = setops::set_from_iter(vm, pos.first())?;
    if exact_cls {
        return Ok(wrap(vm, true, s));
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::FrozenSet(Box::new(s)),
    ))
}

// ----- mutating methods ----------------------------------------------------------

fn set_add(vm: &Vm, args: Args) -> PyResult {
    mset(vm, &args, "add")?;
    let a = exact(vm, &args, "set.add", 1)?;
    setops::set_add(vm, &args.pos[0], a[0].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "remove")?;
    let a = exact(vm, &args, "set.remove", 1)?;
    if !setops::set_discard(vm, o, &a[0])? {
        return Err(vm.key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn set_discard(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "discard")?;
    let a = exact(vm, &args, "set.discard", 1)?;
    setops::set_discard(vm, o, &a[0])?;
    Ok(Value::None)
}

fn set_pop(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "pop")?;
    exact(vm, &args, "set.pop", 0)?;
    let r = cell(o).and_then(|c| c.borrow_mut().table.pop());
    r.ok_or_else(|| vm.key_error(vm.new_str("pop from an empty set")))
}

fn set_clear(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "clear")?;
    exact(vm, &args, "set.clear", 0)?;
    if let Some(c) = cell(o) {
        c.borrow_mut().table.clear();
    }
    Ok(Value::None)
}

fn set_update(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "update")?;
    for x in varargs(vm, &args, "set.update")? {
        setops::update(vm, o, x)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "intersection_update")?;
    let others = varargs(vm, &args, "set.intersection_update")?;
    setops::intersection_update_multi(vm, o, others)?;
    Ok(Value::None)
}

fn set_difference_update(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "difference_update")?;
    for x in varargs(vm, &args, "set.difference_update")? {
        setops::difference_update(vm, o, x)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &Vm, args: Args) -> PyResult {
    let o = mset(vm, &args, "symmetric_difference_update")?;
    let a = exact(vm, &args, "set.symmetric_difference_update", 1)?;
    setops::symmetric_difference_update(vm, o, &a[0])?;
    Ok(Value::None)
}

// ----- methods of both kinds -------------------------------------------------------

fn any_copy(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, frozen) = aset(vm, &args, "copy")?;
    exact(vm, &args, &qual, 0)?;
    if frozen && o.class.builtin {
        return Ok(args.pos[0].clone());
    }
    Ok(wrap(vm, frozen, setops::union(vm, o, &[])?))
}

fn any_union(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, frozen) = aset(vm, &args, "union")?;
    let others = varargs(vm, &args, &qual)?;
    Ok(wrap(vm, frozen, setops::union(vm, o, others)?))
}

fn any_intersection(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, frozen) = aset(vm, &args, "intersection")?;
    let others = varargs(vm, &args, &qual)?;
    Ok(wrap(vm, frozen, setops::intersection_multi(vm, o, others)?))
}

fn any_difference(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, frozen) = aset(vm, &args, "difference")?;
    let others = varargs(vm, &args, &qual)?;
    Ok(wrap(vm, frozen, setops::difference_multi(vm, o, others)?))
}

fn any_symmetric_difference(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, frozen) = aset(vm, &args, "symmetric_difference")?;
    let a = exact(vm, &args, &qual, 1)?;
    Ok(wrap(
        vm,
        frozen,
        setops::symmetric_difference(vm, o, &a[0])?,
    ))
}

fn any_issubset(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, _) = aset(vm, &args, "issubset")?;
    let a = exact(vm, &args, &qual, 1)?;
    Ok(Value::Bool(setops::issubset_any(vm, o, &a[0])?))
}

fn any_issuperset(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, _) = aset(vm, &args, "issuperset")?;
    let a = exact(vm, &args, &qual, 1)?;
    Ok(Value::Bool(setops::issuperset_any(vm, o, &a[0])?))
}

fn any_isdisjoint(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, _) = aset(vm, &args, "isdisjoint")?;
    let a = exact(vm, &args, &qual, 1)?;
    Ok(Value::Bool(setops::isdisjoint(vm, o, &a[0])?))
}

fn any_len(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, _) = aset(vm, &args, "__len__")?;
    exact(vm, &args, &qual, 0)?;
    Ok(Value::Int(setops::set_len(o) as i64))
}

fn any_contains(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, _) = aset(vm, &args, "__contains__")?;
    let a = exact(vm, &args, &qual, 1)?;
    Ok(Value::Bool(setops::set_contains(vm, o, &a[0])?))
}

fn any_iter(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, _) = aset(vm, &args, "__iter__")?;
    exact(vm, &args, &qual, 0)?;
    let items = vm.new_list(setops::set_items(o));
    Ok(vm.new_iter(
        &vm.t.set_iterator,
        IterKind::SetSnapshot {
            set: o.clone(),
            items,
            index: 0,
            len: setops::set_len(o),
        },
    ))
}

fn any_repr(vm: &Vm, args: Args) -> PyResult {
    let (_, qual, _) = aset(vm, &args, "__repr__")?;
    exact(vm, &args, &qual, 0)?;
    Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &args.pos[0])?))
}

fn frozenset_hash(vm: &Vm, args: Args) -> PyResult {
    let (o, qual, _) = aset(vm, &args, "__hash__")?;
    exact(vm, &args, &qual, 0)?;
    match ops::native_hash(vm, &args.pos[0], o)? {
        Some(h) => Ok(Value::Int(h)),
        None => Err(vm.type_error(format!("unhashable type: '{}'", o.class.name()))),
    }
}

fn cmp(vm: &Vm, args: &Args, name: &str, op: CmpKind) -> PyResult {
    let (o, qual, _) = aset(vm, args, name)?;
    let a = exact(vm, args, &qual, 1)?;
    match &a[0] {
        Value::Obj(b) if is_anyset(&a[0]) => setops::set_compare(vm, o, b, op),
        _ => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! cmp_fns {
    ($($name:ident, $dunder:literal, $op:ident;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            cmp(vm, &args, $dunder, CmpKind::$op)
        })*
    };
}

cmp_fns! {
    any_eq, "__eq__", Eq;
    any_ne, "__ne__", Ne;
    any_lt, "__lt__", Lt;
    any_le, "__le__", Le;
    any_gt, "__gt__", Gt;
    any_ge, "__ge__", Ge;
}

fn binop(vm: &Vm, args: &Args, name: &str, op: BinOpKind, swap: bool) -> PyResult {
    let (_, qual, _) = aset(vm, args, name)?;
    let a = exact(vm, args, &qual, 1)?;
    if !is_anyset(&a[0]) {
        return Ok(vm.not_implemented.clone());
    }
    let this_v = &args.pos[0];
    if swap {
        setops::set_binop(vm, &a[0], this_v, op)
    } else {
        setops::set_binop(vm, this_v, &a[0], op)
    }
}

fn ibinop(vm: &Vm, args: &Args, name: &str, op: BinOpKind) -> PyResult {
    let o = mset(vm, args, name)?;
    let a = exact(vm, args, &format!("set.{}", name), 1)?;
    Ok(not_impl(vm, setops::inplace(vm, o, op, &a[0])?))
}

macro_rules! bin_fns {
    ($($name:ident, $dunder:literal, $op:ident, $swap:expr;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            binop(vm, &args, $dunder, BinOpKind::$op, $swap)
        })*
    };
}

bin_fns! {
    any_or, "__or__", Or, false;
    any_ror, "__ror__", Or, true;
    any_and, "__and__", And, false;
    any_rand, "__rand__", And, true;
    any_sub, "__sub__", Sub, false;
    any_rsub, "__rsub__", Sub, true;
    any_xor, "__xor__", Xor, false;
    any_rxor, "__rxor__", Xor, true;
}

macro_rules! ibin_fns {
    ($($name:ident, $dunder:literal, $op:ident;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            ibinop(vm, &args, $dunder, BinOpKind::$op)
        })*
    };
}

ibin_fns! {
    set_ior, "__ior__", Or;
    set_iand, "__iand__", And;
    set_isub, "__isub__", Sub;
    set_ixor, "__ixor__", Xor;
}

/// `set.__reduce__`/`frozenset.__reduce__`: `(type(s), (list(s),), state)`
/// with the instance dict of a subclass as the state.
fn set_reduce(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let items = crate::runtime::iter::collect(vm, &this)?;
    let state = super::object::instance_state(&this);
    Ok(vm.new_tuple(vec![
        Value::Type(vm.type_of(&this)),
        vm.new_tuple(vec![vm.new_list(items)]),
        state,
    ]))
}

pub fn register(vm: &Vm) {
    let s = &vm.t.set;
    add_method(vm, s, "__reduce__", set_reduce);
    add_method(vm, &vm.t.frozenset, "__reduce__", set_reduce);
    add_staticmethod(vm, s, "__new__", set_new);
    add_method(vm, s, "__init__", set_init);
    add_method(vm, s, "add", set_add);
    add_method(vm, s, "remove", set_remove);
    add_method(vm, s, "discard", set_discard);
    add_method(vm, s, "pop", set_pop);
    add_method(vm, s, "clear", set_clear);
    add_method(vm, s, "update", set_update);
    add_method(vm, s, "intersection_update", set_intersection_update);
    add_method(vm, s, "difference_update", set_difference_update);
    add_method(
        vm,
        s,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    add_method(vm, s, "__ior__", set_ior);
    add_method(vm, s, "__iand__", set_iand);
    add_method(vm, s, "__isub__", set_isub);
    add_method(vm, s, "__ixor__", set_ixor);
    set_type_attr(vm, s, "__hash__", Value::None);

    let f = &vm.t.frozenset;
    add_staticmethod(vm, f, "__new__", frozenset_new);
    add_method(vm, f, "__hash__", frozenset_hash);

    for t in [s, f] {
        add_method(vm, t, "copy", any_copy);
        add_method(vm, t, "union", any_union);
        add_method(vm, t, "intersection", any_intersection);
        add_method(vm, t, "difference", any_difference);
        add_method(vm, t, "symmetric_difference", any_symmetric_difference);
        add_method(vm, t, "issubset", any_issubset);
        add_method(vm, t, "issuperset", any_issuperset);
        add_method(vm, t, "isdisjoint", any_isdisjoint);
        add_method(vm, t, "__len__", any_len);
        add_method(vm, t, "__contains__", any_contains);
        add_method(vm, t, "__iter__", any_iter);
        add_method(vm, t, "__repr__", any_repr);
        add_method(vm, t, "__eq__", any_eq);
        add_method(vm, t, "__ne__", any_ne);
        add_method(vm, t, "__lt__", any_lt);
        add_method(vm, t, "__le__", any_le);
        add_method(vm, t, "__gt__", any_gt);
        add_method(vm, t, "__ge__", any_ge);
        add_method(vm, t, "__or__", any_or);
        add_method(vm, t, "__ror__", any_ror);
        add_method(vm, t, "__and__", any_and);
        add_method(vm, t, "__rand__", any_rand);
        add_method(vm, t, "__sub__", any_sub);
        add_method(vm, t, "__rsub__", any_rsub);
        add_method(vm, t, "__xor__", any_xor);
        add_method(vm, t, "__rxor__", any_rxor);
    }
}
