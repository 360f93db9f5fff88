//! Methods of `tuple`.
//!
//! A tuple's payload is fixed at creation, so `tuple.__new__` (not
//! `__init__`) consumes the iterable; for a subclass it builds the payload
//! and attaches the instance dict through `call::with_payload`. An exact
//! tuple passed to `tuple()` is returned as is, as in CPython. The dunders
//! are for subclasses and explicit calls and delegate to the native code
//! paths (see `list.rs` for the argument-error conventions).
use std::rc::Rc;

use super::list::{bin_dunder, cmp_dunder, exact, index_bounds, range, range_check, this};
use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::object::*;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;
use crate::runtime::{attr, iter, ops, subscript};

fn is_tuple(p: &Payload) -> bool {
    matches!(p, Payload::Tuple(_))
}

fn items(o: &ObjRef) -> &[Value] {
    match &o.payload {
        Payload::Tuple(t) => t,
        _ => &[],
    }
}

fn tup<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    this(vm, args, "tuple", name, is_tuple)
}

fn tuple_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("tuple.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.t.tuple) {
        return Err(vm.type_error(format!(
            "tuple.__new__({}): {} is not a subtype of tuple",
            cls.name(),
            cls.name()
        )));
    }
    let exact_cls = Rc::ptr_eq(&cls, &vm.t.tuple);
    if !args.kw.is_empty() {
        let own_init = attr::lookup_type(&cls, "__init__")
            .is_some_and(|f| !matches!(f.payload(), Some(Payload::Builtin(_))));
        if exact_cls || !own_init {
            return Err(vm.type_error("tuple() takes no keyword arguments"));
        }
    }
    let pos = &args.pos[1..];
    range_check(vm, pos.len(), "tuple", 0, 1)?;
    let values = match pos.first() {
        None => Vec::new(),
        Some(v) => {
            if exact_cls {
                if let Value::Obj(o) = v {
                    if o.class.builtin && is_tuple(&o.payload) {
                        return Ok(v.clone());
                    }
                }
            }
            iter::collect(vm, v)?
        }
    };
    if exact_cls {
        return Ok(vm.new_tuple(values));
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Tuple(values.into_boxed_slice()),
    ))
}

fn tuple_count(vm: &Vm, args: Args) -> PyResult {
    let o = tup(vm, &args, "count")?;
    let a = exact(vm, &args, "tuple.count", 1)?;
    let mut n = 0;
    for it in items(o) {
        if it.is(&a[0]) || ops::eq(vm, it, &a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &Vm, args: Args) -> PyResult {
    let o = tup(vm, &args, "index")?;
    let a = range(vm, &args, "index", 1, 3)?;
    let t = items(o);
    let (start, stop) = index_bounds(vm, &a[1..], t.len())?;
    for (i, it) in t.iter().enumerate().take(stop.min(t.len())).skip(start) {
        if it.is(&a[0]) || ops::eq(vm, it, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_getitem(vm: &Vm, args: Args) -> PyResult {
    let o = tup(vm, &args, "__getitem__")?;
    let a = exact(vm, &args, "tuple.__getitem__", 1)?;
    subscript::native_getitem(vm, o, &a[0])?
        .ok_or_else(|| vm.type_error("tuple indices must be integers or slices"))
}

fn tuple_len(vm: &Vm, args: Args) -> PyResult {
    let o = tup(vm, &args, "__len__")?;
    exact(vm, &args, "tuple.__len__", 0)?;
    Ok(Value::Int(items(o).len() as i64))
}

fn tuple_contains(vm: &Vm, args: Args) -> PyResult {
    let o = tup(vm, &args, "__contains__")?;
    let a = exact(vm, &args, "tuple.__contains__", 1)?;
    for it in items(o) {
        if it.is(&a[0]) || ops::eq(vm, it, &a[0])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_iter(vm: &Vm, args: Args) -> PyResult {
    tup(vm, &args, "__iter__")?;
    exact(vm, &args, "tuple.__iter__", 0)?;
    Ok(vm.new_iter(
        &vm.t.tuple_iterator,
        IterKind::Seq {
            seq: args.pos[0].clone(),
            index: 0,
        },
    ))
}

fn tuple_hash(vm: &Vm, args: Args) -> PyResult {
    let o = tup(vm, &args, "__hash__")?;
    exact(vm, &args, "tuple.__hash__", 0)?;
    let mut hs = Vec::with_capacity(items(o).len());
    for it in items(o) {
        hs.push(ops::hash(vm, it)?);
    }
    Ok(Value::Int(crate::runtime::pyhash::hash_tuple(&hs)))
}

fn tuple_add(vm: &Vm, args: Args) -> PyResult {
    tup(vm, &args, "__add__")?;
    let a = exact(vm, &args, "tuple.__add__", 1)?;
    if !matches!(a[0].payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&a[0])
        )));
    }
    bin_dunder(vm, &args, "tuple.__add__", BinOpKind::Add, false)
}

fn tuple_mul(vm: &Vm, args: Args) -> PyResult {
    tup(vm, &args, "__mul__")?;
    bin_dunder(vm, &args, "tuple.__mul__", BinOpKind::Mul, false)
}

fn tuple_rmul(vm: &Vm, args: Args) -> PyResult {
    tup(vm, &args, "__rmul__")?;
    bin_dunder(vm, &args, "tuple.__rmul__", BinOpKind::Mul, false)
}

fn tuple_repr(vm: &Vm, args: Args) -> PyResult {
    tup(vm, &args, "__repr__")?;
    exact(vm, &args, "tuple.__repr__", 0)?;
    Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &args.pos[0])?))
}

fn tuple_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let o = tup(vm, &args, "__getnewargs__")?;
    exact(vm, &args, "tuple.__getnewargs__", 0)?;
    Ok(vm.new_tuple(vec![vm.new_tuple(items(o).to_vec())]))
}

macro_rules! cmp_fns {
    ($($name:ident, $qual:literal, $op:ident;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            tup(vm, &args, &$qual[6..])?;
            cmp_dunder(vm, &args, $qual, CmpKind::$op)
        })*
    };
}

cmp_fns! {
    tuple_eq, "tuple.__eq__", Eq;
    tuple_ne, "tuple.__ne__", Ne;
    tuple_lt, "tuple.__lt__", Lt;
    tuple_le, "tuple.__le__", Le;
    tuple_gt, "tuple.__gt__", Gt;
    tuple_ge, "tuple.__ge__", Ge;
}

pub fn register(vm: &Vm) {
    let t = &vm.t.tuple;
    add_staticmethod(vm, t, "__new__", tuple_new);
    add_method(vm, t, "count", tuple_count);
    add_method(vm, t, "index", tuple_index);
    add_method(vm, t, "__getitem__", tuple_getitem);
    add_method(vm, t, "__len__", tuple_len);
    add_method(vm, t, "__contains__", tuple_contains);
    add_method(vm, t, "__iter__", tuple_iter);
    add_method(vm, t, "__hash__", tuple_hash);
    add_method(vm, t, "__add__", tuple_add);
    add_method(vm, t, "__mul__", tuple_mul);
    add_method(vm, t, "__rmul__", tuple_rmul);
    add_method(vm, t, "__repr__", tuple_repr);
    add_method(vm, t, "__getnewargs__", tuple_getnewargs);
    add_method(vm, t, "__eq__", tuple_eq);
    add_method(vm, t, "__ne__", tuple_ne);
    add_method(vm, t, "__lt__", tuple_lt);
    add_method(vm, t, "__le__", tuple_le);
    add_method(vm, t, "__gt__", tuple_gt);
    add_method(vm, t, "__ge__", tuple_ge);
}
