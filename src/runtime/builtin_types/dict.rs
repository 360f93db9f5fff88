//! Methods of `dict` and of its views (`dict_keys`, `dict_values`,
//! `dict_items`).
//!
//! All key lookups go through `runtime::dictops`, which never holds the
//! table's borrow while a key's `__eq__`/`__hash__` runs; methods here take
//! short borrows only for snapshots (`items()`, `popitem`, `copy`). Results
//! follow CPython's type rules: `copy()` and `|` give an exact `dict` even
//! for subclasses, `fromkeys` builds `cls()` and stores through
//! `__setitem__` when `cls` is a subclass, and `__getitem__` consults
//! `__missing__` on subclasses (in `subscript::native_getitem`).
//!
//! Views are `Payload::DictView { kind, dict }` objects (kind 0 keys, 1
//! values, 2 items). They are live: length, iteration, membership and repr
//! read the dict each time. Keys and items views are set-like: their
//! operators and comparisons are in `runtime::setops`.
use std::rc::Rc;

use super::list::{exact, not_impl, range, range_check, this};
use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::dict::PyDict;
use crate::runtime::object::*;
use crate::runtime::setup::{add_classmethod, add_method, set_type_attr};
use crate::runtime::vm::Vm;
use crate::runtime::{dictops, iter, ops, setops, subscript};

fn is_dict(p: &Payload) -> bool {
    matches!(p, Payload::Dict(_))
}

fn dct<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    this(vm, args, "dict", name, is_dict)
}

fn table(o: &ObjRef) -> Option<&std::cell::RefCell<PyDict>> {
    match &o.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// `dict_update_common`: one optional positional (mapping or pairs), then keywords.
fn update_common(vm: &Vm, o: &ObjRef, args: &Args, name: &str) -> PyResult<()> {
    let pos = args.pos.get(1..).unwrap_or(&[]);
    range_check(vm, pos.len(), name, 0, 1)?;
    if let Some(arg) = pos.first() {
        dictops::dict_update(vm, o, arg)?;
    }
    for (k, v) in &args.kw {
        dictops::dict_set(vm, o, vm.intern(k), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__init__")?;
    update_common(vm, o, &args, "dict")?;
    Ok(Value::None)
}

fn dict_update(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "update")?;
    update_common(vm, o, &args, "update")?;
    Ok(Value::None)
}

fn new_view(vm: &Vm, o: &ObjRef, kind: u8) -> Value {
    let t = match kind {
        0 => vm.t.dict_keys.clone(),
        1 => vm.t.dict_values.clone(),
        _ => vm.t.dict_items.clone(),
    };
    Value::Obj(PyObject::new(
        t,
        Payload::DictView {
            kind,
            dict: o.clone(),
        },
    ))
}

fn dict_keys(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "keys")?;
    exact(vm, &args, "dict.keys", 0)?;
    Ok(new_view(vm, o, 0))
}

fn dict_values(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "values")?;
    exact(vm, &args, "dict.values", 0)?;
    Ok(new_view(vm, o, 1))
}

fn dict_items(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "items")?;
    exact(vm, &args, "dict.items", 0)?;
    Ok(new_view(vm, o, 2))
}

fn dict_get(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "get")?;
    let a = range(vm, &args, "get", 1, 2)?;
    Ok(
        dictops::dict_get(vm, o, &a[0])?
            .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)),
    )
}

fn dict_setdefault(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "setdefault")?;
    let a = range(vm, &args, "setdefault", 1, 2)?;
    if let Some(v) = dictops::dict_get(vm, o, &a[0])? {
        return Ok(v);
    }
    let d = a.get(1).cloned().unwrap_or(Value::None);
    dictops::dict_set(vm, o, a[0].clone(), d.clone())?;
    Ok(d)
}

fn dict_pop(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "pop")?;
    let a = range(vm, &args, "pop", 1, 2)?;
    match dictops::dict_pop(vm, o, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(a[0].clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "popitem")?;
    exact(vm, &args, "dict.popitem", 0)?;
    let e = table(o).and_then(|d| d.borrow_mut().pop_last());
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(vm.new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_clear(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "clear")?;
    exact(vm, &args, "dict.clear", 0)?;
    if let Some(d) = table(o) {
        let old = std::mem::take(&mut *d.borrow_mut());
        let v = old.version;
        drop(old);
        d.borrow_mut().version = v + 1;
    }
    Ok(Value::None)
}

fn copy_of(vm: &Vm, o: &ObjRef) -> ObjRef {
    let d = vm.new_dict_obj();
    if let (Some(src), Some(dst)) = (table(o), table(&d)) {
        let c = src.borrow().clone();
        *dst.borrow_mut() = c;
    }
    d
}

fn dict_copy(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "copy")?;
    exact(vm, &args, "dict.copy", 0)?;
    Ok(Value::Obj(copy_of(vm, o)))
}

fn dict_fromkeys(vm: &Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("fromkeys() takes no keyword arguments"));
    }
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let pos = args.pos.get(1..).unwrap_or(&[]);
    range_check(vm, pos.len(), "fromkeys", 1, 2)?;
    let value = pos.get(1).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, vec![])?;
    let keys = iter::collect(vm, &pos[0])?;
    match &d {
        Value::Obj(o) if o.class.builtin && is_dict(&o.payload) => {
            for k in keys {
                dictops::dict_set(vm, o, k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                ops::setitem(vm, &d, &k, value.clone())?;
            }
        }
    }
    Ok(d)
}

fn dict_getitem(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__getitem__")?;
    let a = exact(vm, &args, "dict.__getitem__", 1)?;
    subscript::native_getitem(vm, o, &a[0])?.ok_or_else(|| vm.key_error(a[0].clone()))
}

fn dict_setitem(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__setitem__")?;
    let a = range(vm, &args, "__setitem__", 2, 2)?;
    dictops::dict_set(vm, o, a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__delitem__")?;
    let a = exact(vm, &args, "dict.__delitem__", 1)?;
    if !dictops::dict_del(vm, o, &a[0])? {
        return Err(vm.key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn dict_contains(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__contains__")?;
    let a = exact(vm, &args, "dict.__contains__", 1)?;
    Ok(Value::Bool(dictops::dict_get(vm, o, &a[0])?.is_some()))
}

fn dict_len(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__len__")?;
    exact(vm, &args, "dict.__len__", 0)?;
    Ok(Value::Int(table(o).map_or(0, |d| d.borrow().len()) as i64))
}

fn keys_iter(vm: &Vm, o: &ObjRef, kind: u8) -> Value {
    let len = table(o).map_or(0, |d| d.borrow().len());
    let d = o.clone();
    match kind {
        0 => vm.new_iter(
            &vm.t.dict_keyiterator,
            IterKind::DictKeys {
                dict: d,
                pos: 0,
                len,
            },
        ),
        1 => vm.new_iter(
            &vm.t.dict_valueiterator,
            IterKind::DictValues {
                dict: d,
                pos: 0,
                len,
            },
        ),
        _ => vm.new_iter(
            &vm.t.dict_itemiterator,
            IterKind::DictItems {
                dict: d,
                pos: 0,
                len,
            },
        ),
    }
}

fn reversed_iter(vm: &Vm, o: &ObjRef, kind: u8) -> Value {
    let vals: Vec<Value> = dictops::items(o)
        .into_iter()
        .rev()
        .map(|(k, v)| match kind {
            0 => k,
            1 => v,
            _ => vm.new_tuple(vec![k, v]),
        })
        .collect();
    vm.new_iter(
        &vm.t.list_iterator,
        IterKind::Seq {
            seq: vm.new_list(vals),
            index: 0,
        },
    )
}

fn dict_iter(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__iter__")?;
    exact(vm, &args, "dict.__iter__", 0)?;
    Ok(keys_iter(vm, o, 0))
}

fn dict_reversed(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__reversed__")?;
    exact(vm, &args, "dict.__reversed__", 0)?;
    Ok(reversed_iter(vm, o, 0))
}

fn dict_or(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__or__")?;
    let a = exact(vm, &args, "dict.__or__", 1)?;
    if !matches!(a[0].payload(), Some(Payload::Dict(_))) {
        return Ok(vm.not_implemented.clone());
    }
    let d = copy_of(vm, o);
    dictops::dict_update(vm, &d, &a[0])?;
    Ok(Value::Obj(d))
}

fn dict_ror(vm: &Vm, args: Args) -> PyResult {
    dct(vm, &args, "__ror__")?;
    let a = exact(vm, &args, "dict.__ror__", 1)?;
    let Value::Obj(other) = &a[0] else {
        return Ok(vm.not_implemented.clone());
    };
    if !is_dict(&other.payload) {
        return Ok(vm.not_implemented.clone());
    }
    let d = copy_of(vm, other);
    dictops::dict_update(vm, &d, &args.pos[0])?;
    Ok(Value::Obj(d))
}

fn dict_ior(vm: &Vm, args: Args) -> PyResult {
    let o = dct(vm, &args, "__ior__")?;
    let a = exact(vm, &args, "dict.__ior__", 1)?;
    dictops::dict_update(vm, o, &a[0])?;
    Ok(args.pos[0].clone())
}

fn dict_repr(vm: &Vm, args: Args) -> PyResult {
    dct(vm, &args, "__repr__")?;
    exact(vm, &args, "dict.__repr__", 0)?;
    Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &args.pos[0])?))
}

fn dict_eq(vm: &Vm, args: Args) -> PyResult {
    dct(vm, &args, "__eq__")?;
    super::list::cmp_dunder(vm, &args, "dict.__eq__", CmpKind::Eq)
}

fn dict_ne(vm: &Vm, args: Args) -> PyResult {
    dct(vm, &args, "__ne__")?;
    super::list::cmp_dunder(vm, &args, "dict.__ne__", CmpKind::Ne)
}

// ----- views -------------------------------------------------------------------------

fn view_name(kind: u8) -> &'static str {
    match kind {
        0 => "dict_keys",
        1 => "dict_values",
        _ => "dict_items",
    }
}

/// The view receiver: (kind, dict).
fn view<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(u8, &'a ObjRef)> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::DictView { kind, dict }) => Ok((*kind, dict)),
        _ => {
            let got = args
                .pos
                .first()
                .map(|v| vm.type_name(v))
                .unwrap_or_else(|| Rc::from("nothing"));
            Err(vm.type_error(format!(
                "descriptor '{}' for 'dict_keys' objects doesn't apply to a '{}' object",
                name, got
            )))
        }
    }
}

fn view_len(vm: &Vm, args: Args) -> PyResult {
    let (k, d) = view(vm, &args, "__len__")?;
    exact(vm, &args, &format!("{}.__len__", view_name(k)), 0)?;
    Ok(Value::Int(table(d).map_or(0, |t| t.borrow().len()) as i64))
}

fn view_iter(vm: &Vm, args: Args) -> PyResult {
    let (k, d) = view(vm, &args, "__iter__")?;
    exact(vm, &args, &format!("{}.__iter__", view_name(k)), 0)?;
    Ok(keys_iter(vm, d, k))
}

fn view_reversed(vm: &Vm, args: Args) -> PyResult {
    let (k, d) = view(vm, &args, "__reversed__")?;
    exact(vm, &args, &format!("{}.__reversed__", view_name(k)), 0)?;
    Ok(reversed_iter(vm, d, k))
}

fn view_contains(vm: &Vm, args: Args) -> PyResult {
    let (k, _) = view(vm, &args, "__contains__")?;
    let a = exact(vm, &args, &format!("{}.__contains__", view_name(k)), 1)?;
    let Value::Obj(o) = &args.pos[0] else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(
        subscript::native_contains(vm, o, &a[0])?.unwrap_or(false),
    ))
}

fn view_repr(vm: &Vm, args: Args) -> PyResult {
    let (k, _) = view(vm, &args, "__repr__")?;
    exact(vm, &args, &format!("{}.__repr__", view_name(k)), 0)?;
    Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &args.pos[0])?))
}

fn view_isdisjoint(vm: &Vm, args: Args) -> PyResult {
    let (k, d) = view(vm, &args, "isdisjoint")?;
    let a = exact(vm, &args, &format!("{}.isdisjoint", view_name(k)), 1)?;
    let this_v = args.pos[0].clone();
    let mut this_ = this_v.clone();
    let mut other = a[0].clone();
    if other.is(&this_v) {
        return Ok(Value::Bool(table(d).map_or(0, |t| t.borrow().len()) == 0));
    }
    let setlike = setops::is_anyset(&other)
        || matches!(other.payload(), Some(Payload::DictView { kind, .. }) if *kind != 1);
    if setlike {
        let len_self = table(d).map_or(0, |t| t.borrow().len());
        if ops::len(vm, &other)? > len_self {
            std::mem::swap(&mut this_, &mut other);
        }
    }
    let it = iter::get_iter(vm, &other)?;
    while let Some(x) = iter::next(vm, &it)? {
        if ops::contains(vm, &this_, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_binop(vm: &Vm, args: &Args, name: &str, op: BinOpKind, swap: bool) -> PyResult {
    let (k, _) = view(vm, args, name)?;
    let a = exact(vm, args, &format!("{}.{}", view_name(k), name), 1)?;
    let this_v = &args.pos[0];
    let r = if swap {
        setops::view_binop(vm, &a[0], this_v, op)?
    } else {
        setops::view_binop(vm, this_v, &a[0], op)?
    };
    Ok(not_impl(vm, r))
}

macro_rules! view_ops {
    ($($name:ident, $dunder:literal, $op:ident, $swap:expr;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            view_binop(vm, &args, $dunder, BinOpKind::$op, $swap)
        })*
    };
}

view_ops! {
    view_or, "__or__", Or, false;
    view_ror, "__ror__", Or, true;
    view_and, "__and__", And, false;
    view_rand, "__rand__", And, true;
    view_sub, "__sub__", Sub, false;
    view_rsub, "__rsub__", Sub, true;
    view_xor, "__xor__", Xor, false;
    view_rxor, "__rxor__", Xor, true;
}

fn view_cmp(vm: &Vm, args: &Args, name: &str, op: CmpKind) -> PyResult {
    let (k, _) = view(vm, args, name)?;
    let a = exact(vm, args, &format!("{}.{}", view_name(k), name), 1)?;
    Ok(not_impl(
        vm,
        setops::view_compare(vm, &args.pos[0], &a[0], op)?,
    ))
}

macro_rules! view_cmps {
    ($($name:ident, $dunder:literal, $op:ident;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            view_cmp(vm, &args, $dunder, CmpKind::$op)
        })*
    };
}

view_cmps! {
    view_eq, "__eq__", Eq;
    view_ne, "__ne__", Ne;
    view_lt, "__lt__", Lt;
    view_le, "__le__", Le;
    view_gt, "__gt__", Gt;
    view_ge, "__ge__", Ge;
}

pub fn register(vm: &Vm) {
    let t = &vm.t.dict;
    add_method(vm, t, "__init__", dict_init);
    add_method(vm, t, "keys", dict_keys);
    add_method(vm, t, "values", dict_values);
    add_method(vm, t, "items", dict_items);
    add_method(vm, t, "get", dict_get);
    add_method(vm, t, "setdefault", dict_setdefault);
    add_method(vm, t, "pop", dict_pop);
    add_method(vm, t, "popitem", dict_popitem);
    add_method(vm, t, "update", dict_update);
    add_method(vm, t, "clear", dict_clear);
    add_method(vm, t, "copy", dict_copy);
    add_classmethod(vm, t, "fromkeys", dict_fromkeys);
    add_method(vm, t, "__getitem__", dict_getitem);
    add_method(vm, t, "__setitem__", dict_setitem);
    add_method(vm, t, "__delitem__", dict_delitem);
    add_method(vm, t, "__contains__", dict_contains);
    add_method(vm, t, "__len__", dict_len);
    add_method(vm, t, "__iter__", dict_iter);
    add_method(vm, t, "__reversed__", dict_reversed);
    add_method(vm, t, "__or__", dict_or);
    add_method(vm, t, "__ror__", dict_ror);
    add_method(vm, t, "__ior__", dict_ior);
    add_method(vm, t, "__repr__", dict_repr);
    add_method(vm, t, "__eq__", dict_eq);
    add_method(vm, t, "__ne__", dict_ne);
    set_type_attr(vm, t, "__hash__", Value::None);

    for (i, vt) in [&vm.t.dict_keys, &vm.t.dict_values, &vm.t.dict_items]
        .into_iter()
        .enumerate()
    {
        add_method(vm, vt, "__len__", view_len);
        add_method(vm, vt, "__iter__", view_iter);
        add_method(vm, vt, "__reversed__", view_reversed);
        add_method(vm, vt, "__contains__", view_contains);
        add_method(vm, vt, "__repr__", view_repr);
        if i == 1 {
            continue;
        }
        set_type_attr(vm, vt, "__hash__", Value::None);
        add_method(vm, vt, "isdisjoint", view_isdisjoint);
        add_method(vm, vt, "__or__", view_or);
        add_method(vm, vt, "__ror__", view_ror);
        add_method(vm, vt, "__and__", view_and);
        add_method(vm, vt, "__rand__", view_rand);
        add_method(vm, vt, "__sub__", view_sub);
        add_method(vm, vt, "__rsub__", view_rsub);
        add_method(vm, vt, "__xor__", view_xor);
        add_method(vm, vt, "__rxor__", view_rxor);
        add_method(vm, vt, "__eq__", view_eq);
        add_method(vm, vt, "__ne__", view_ne);
        add_method(vm, vt, "__lt__", view_lt);
        add_method(vm, vt, "__le__", view_le);
        add_method(vm, vt, "__gt__", view_gt);
        add_method(vm, vt, "__ge__", view_ge);
    }
}
