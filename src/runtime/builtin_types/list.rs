//! Methods of `list`, plus the argument helpers shared by the container
//! method files (`tuple`, `dict`, `set`).
//!
//! # Argument errors
//!
//! CPython's container methods use three argument conventions and each words
//! its errors differently, which programs observe: `METH_O`/`METH_NOARGS`
//! methods say "list.append() takes exactly one argument (2 given)" (the
//! qualified name), positional-range methods say "pop expected at most 1
//! argument, got 2" (the bare name), and `sort` is keyword-only. The helpers
//! [`exact`] and [`range`] produce those texts; [`this`] checks the receiver
//! and produces the "descriptor 'append' for 'list' objects doesn't apply to
//! a 'int' object" error for unbound calls with a wrong receiver.
//!
//! # Mutation while Python code runs
//!
//! `index`, `count` and `remove` compare with Python `==`, which may run a
//! user `__eq__` that mutates the list, so they re-borrow the list for every
//! element and never hold a borrow across the comparison (CPython re-reads
//! the size on each iteration as well). `sort` lives in `runtime::sort`.
//!
//! The dunder methods exist for subclasses and explicit calls
//! (`list.__getitem__(x, 0)`, `super().__setitem__(...)`); they delegate to
//! the same native code the interpreter's fast paths use, and must never go
//! back through the generic protocol (which would find them again).
use std::cell::RefCell;

use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::object::*;
use crate::runtime::setup::{add_method, set_type_attr};
use crate::runtime::vm::Vm;
use crate::runtime::{convert, iter, ops, subscript};

// ----- shared argument helpers -------------------------------------------------

/// The receiver (`args.pos[0]`), checked by `ok`; `owner` is the type name
/// used in CPython's descriptor error.
pub(super) fn this<'a>(
    vm: &Vm,
    args: &'a Args,
    owner: &str,
    name: &str,
    ok: impl Fn(&Payload) -> bool,
) -> PyResult<&'a ObjRef> {
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if ok(&o.payload) => {
            let _ = v;
            Ok(o)
        }
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner,
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner, name
        ))),
    }
}

/// `METH_NOARGS` (n = 0) / `METH_O` (n = 1): the arguments after self.
pub(super) fn exact<'a>(vm: &Vm, args: &'a Args, qual: &str, n: usize) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
    }
    let pos = args.pos.get(1..).unwrap_or(&[]);
    if pos.len() != n {
        return Err(vm.type_error(if n == 0 {
            format!("{}() takes no arguments ({} given)", qual, pos.len())
        } else {
            format!(
                "{}() takes exactly one argument ({} given)",
                qual,
                pos.len()
            )
        }));
    }
    Ok(pos)
}

/// Positional-only range `min..=max`: "pop expected at most 1 argument, got 2".
pub(super) fn range<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let pos = args.pos.get(1..).unwrap_or(&[]);
    range_check(vm, pos.len(), name, min, max)?;
    Ok(pos)
}

pub(super) fn range_check(vm: &Vm, n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        if min == max {
            return Err(vm.type_error(format!(
                "{} expected {} argument{}, got {}",
                name,
                min,
                s(min),
                n
            )));
        }
        return Err(vm.type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            s(min),
            n
        )));
    }
    if n > max {
        if min == max {
            return Err(vm.type_error(format!(
                "{} expected {} argument{}, got {}",
                name,
                max,
                s(max),
                n
            )));
        }
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            s(max),
            n
        )));
    }
    Ok(())
}

/// `_PyEval_SliceIndexNotNone`: an index argument, clamped to i64.
pub(super) fn slice_index(vm: &Vm, v: &Value) -> PyResult<i64> {
    let is_index = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                || crate::runtime::attr::lookup_type(&o.class, "__index__").is_some()
        }
        _ => false,
    };
    if !is_index {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let b = ops::to_bigint(vm, v)?;
    Ok(
        num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
    )
}

/// `start`/`stop` of `index(x, start, stop)` normalised against `len`.
pub(super) fn index_bounds(vm: &Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match rest.first() {
        Some(v) => norm(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(1) {
        Some(v) => norm(slice_index(vm, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

pub(super) fn not_impl(vm: &Vm, r: Option<Value>) -> Value {
    r.unwrap_or_else(|| vm.not_implemented.clone())
}

/// A rich comparison dunder through the native comparison (NotImplemented
/// when it does not apply).
pub(super) fn cmp_dunder(vm: &Vm, args: &Args, qual: &str, op: CmpKind) -> PyResult {
    let a = exact(vm, args, qual, 1)?;
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(not_impl(vm, ops::native_compare(vm, &this, &a[0], op)?))
}

/// A binary dunder through the native operator; `swap` for `__rmul__`-style.
pub(super) fn bin_dunder(vm: &Vm, args: &Args, qual: &str, op: BinOpKind, swap: bool) -> PyResult {
    let a = exact(vm, args, qual, 1)?;
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let r = if swap {
        ops::native_binary(vm, op, &a[0], &this)?
    } else {
        ops::native_binary(vm, op, &this, &a[0])?
    };
    Ok(not_impl(vm, r))
}

// ----- list --------------------------------------------------------------------

fn is_list(p: &Payload) -> bool {
    matches!(p, Payload::List(_))
}

fn cell(o: &ObjRef) -> &RefCell<Vec<Value>> {
    match &o.payload {
        Payload::List(l) => l,
        // `this(..., is_list)` guarantees a list payload.
        _ => unreachable!("list method on a non-list payload"),
    }
}

fn lst<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    this(vm, args, "list", name, is_list)
}

fn list_append(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "append")?;
    let a = exact(vm, &args, "list.append", 1)?;
    cell(o).borrow_mut().push(a[0].clone());
    Ok(Value::None)
}

fn list_extend(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "extend")?;
    let a = exact(vm, &args, "list.extend", 1)?;
    let items = iter::collect(vm, &a[0])?;
    cell(o).borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "insert")?;
    let a = range(vm, &args, "insert", 2, 2)?;
    let i = convert::index_value(vm, &a[0])?;
    let mut l = cell(o).borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(at as usize, a[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "pop")?;
    let a = range(vm, &args, "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => convert::index_value(vm, v)?,
        None => -1,
    };
    let mut l = cell(o).borrow_mut();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

/// Position of the first item `== x` in `start..stop` (item compared first).
fn find(vm: &Vm, o: &ObjRef, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = cell(o).borrow().get(i).cloned() else {
            break;
        };
        if item.is(x) || ops::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "remove")?;
    let a = exact(vm, &args, "list.remove", 1)?;
    match find(vm, o, &a[0], 0, usize::MAX)? {
        Some(i) => {
            let mut l = cell(o).borrow_mut();
            if i < l.len() {
                l.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "index")?;
    let a = range(vm, &args, "index", 1, 3)?;
    let len = cell(o).borrow().len();
    let (start, stop) = index_bounds(vm, &a[1..], len)?;
    match find(vm, o, &a[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", ops::repr(vm, &a[0])?))),
    }
}

fn list_count(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "count")?;
    let a = exact(vm, &args, "list.count", 1)?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let Some(item) = cell(o).borrow().get(i).cloned() else {
            break;
        };
        if item.is(&a[0]) || ops::eq(vm, &item, &a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "clear")?;
    exact(vm, &args, "list.clear", 0)?;
    let old = std::mem::take(&mut *cell(o).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "copy")?;
    exact(vm, &args, "list.copy", 0)?;
    let items = cell(o).borrow().clone();
    Ok(vm.new_list(items))
}

fn list_reverse(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "reverse")?;
    exact(vm, &args, "list.reverse", 0)?;
    cell(o).borrow_mut().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &Vm, mut args: Args) -> PyResult {
    let o = lst(vm, &args, "sort")?.clone();
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    if args.kw.len() > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            args.kw.len()
        )));
    }
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => convert::index_value(vm, &r)? != 0,
        None => false,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for sort()", k)));
    }
    crate::runtime::sort::list_sort(vm, cell(&o), key, reverse)?;
    Ok(Value::None)
}

fn list_init(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__init__")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let pos = &args.pos[1..];
    range_check(vm, pos.len(), "list", 0, 1)?;
    let old = std::mem::take(&mut *cell(o).borrow_mut());
    drop(old);
    if let Some(it) = pos.first() {
        let items = iter::collect(vm, it)?;
        cell(o).borrow_mut().extend(items);
    }
    Ok(Value::None)
}

fn list_getitem(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__getitem__")?;
    let a = exact(vm, &args, "list.__getitem__", 1)?;
    subscript::native_getitem(vm, o, &a[0])?
        .ok_or_else(|| vm.type_error("list indices must be integers or slices"))
}

fn list_setitem(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__setitem__")?;
    let a = range(vm, &args, "__setitem__", 2, 2)?;
    subscript::native_setitem(vm, o, &a[0], a[1].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__delitem__")?;
    let a = exact(vm, &args, "list.__delitem__", 1)?;
    subscript::native_delitem(vm, o, &a[0])?;
    Ok(Value::None)
}

fn list_len(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__len__")?;
    exact(vm, &args, "list.__len__", 0)?;
    Ok(Value::Int(cell(o).borrow().len() as i64))
}

fn list_contains(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__contains__")?;
    let a = exact(vm, &args, "list.__contains__", 1)?;
    Ok(Value::Bool(find(vm, o, &a[0], 0, usize::MAX)?.is_some()))
}

fn list_iter(vm: &Vm, args: Args) -> PyResult {
    lst(vm, &args, "__iter__")?;
    exact(vm, &args, "list.__iter__", 0)?;
    Ok(vm.new_iter(
        &vm.t.list_iterator,
        IterKind::Seq {
            seq: args.pos[0].clone(),
            index: 0,
        },
    ))
}

fn list_reversed(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__reversed__")?;
    exact(vm, &args, "list.__reversed__", 0)?;
    let n = cell(o).borrow().len() as isize;
    Ok(vm.new_iter(
        &vm.t.reversed,
        IterKind::Reversed {
            seq: args.pos[0].clone(),
            index: n - 1,
        },
    ))
}

fn list_add(vm: &Vm, args: Args) -> PyResult {
    lst(vm, &args, "__add__")?;
    let a = exact(vm, &args, "list.__add__", 1)?;
    if !matches!(a[0].payload(), Some(Payload::List(_))) {
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&a[0])
        )));
    }
    bin_dunder(vm, &args, "list.__add__", BinOpKind::Add, false)
}

fn list_iadd(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__iadd__")?;
    let a = exact(vm, &args, "list.__iadd__", 1)?;
    let items = iter::collect(vm, &a[0])?;
    cell(o).borrow_mut().extend(items);
    Ok(args.pos[0].clone())
}

fn list_mul(vm: &Vm, args: Args) -> PyResult {
    lst(vm, &args, "__mul__")?;
    bin_dunder(vm, &args, "list.__mul__", BinOpKind::Mul, false)
}

fn list_rmul(vm: &Vm, args: Args) -> PyResult {
    lst(vm, &args, "__rmul__")?;
    bin_dunder(vm, &args, "list.__rmul__", BinOpKind::Mul, false)
}

fn list_imul(vm: &Vm, args: Args) -> PyResult {
    let o = lst(vm, &args, "__imul__")?;
    let a = exact(vm, &args, "list.__imul__", 1)?;
    let n = convert::index_value(vm, &a[0])?;
    let items = cell(o).borrow().clone();
    if n <= 0 || items.is_empty() {
        cell(o).borrow_mut().clear();
        return Ok(args.pos[0].clone());
    }
    if (items.len() as u128) * (n as u128) > (1u128 << 34) {
        return Err(vm.new_error("MemoryError", ""));
    }
    let mut out = Vec::with_capacity(items.len() * n as usize);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    *cell(o).borrow_mut() = out;
    Ok(args.pos[0].clone())
}

fn list_repr(vm: &Vm, args: Args) -> PyResult {
    lst(vm, &args, "__repr__")?;
    exact(vm, &args, "list.__repr__", 0)?;
    Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &args.pos[0])?))
}

macro_rules! cmp_fns {
    ($($name:ident, $qual:literal, $op:ident;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            lst(vm, &args, &$qual[5..])?;
            cmp_dunder(vm, &args, $qual, CmpKind::$op)
        })*
    };
}

cmp_fns! {
    list_eq, "list.__eq__", Eq;
    list_ne, "list.__ne__", Ne;
    list_lt, "list.__lt__", Lt;
    list_le, "list.__le__", Le;
    list_gt, "list.__gt__", Gt;
    list_ge, "list.__ge__", Ge;
}

pub fn register(vm: &Vm) {
    let t = &vm.t.list;
    add_method(vm, t, "append", list_append);
    add_method(vm, t, "extend", list_extend);
    add_method(vm, t, "insert", list_insert);
    add_method(vm, t, "pop", list_pop);
    add_method(vm, t, "remove", list_remove);
    add_method(vm, t, "index", list_index);
    add_method(vm, t, "count", list_count);
    add_method(vm, t, "clear", list_clear);
    add_method(vm, t, "copy", list_copy);
    add_method(vm, t, "reverse", list_reverse);
    add_method(vm, t, "sort", list_sort);
    add_method(vm, t, "__init__", list_init);
    add_method(vm, t, "__getitem__", list_getitem);
    add_method(vm, t, "__setitem__", list_setitem);
    add_method(vm, t, "__delitem__", list_delitem);
    add_method(vm, t, "__len__", list_len);
    add_method(vm, t, "__contains__", list_contains);
    add_method(vm, t, "__iter__", list_iter);
    add_method(vm, t, "__reversed__", list_reversed);
    add_method(vm, t, "__add__", list_add);
    add_method(vm, t, "__iadd__", list_iadd);
    add_method(vm, t, "__mul__", list_mul);
    add_method(vm, t, "__rmul__", list_rmul);
    add_method(vm, t, "__imul__", list_imul);
    add_method(vm, t, "__repr__", list_repr);
    add_method(vm, t, "__eq__", list_eq);
    add_method(vm, t, "__ne__", list_ne);
    add_method(vm, t, "__lt__", list_lt);
    add_method(vm, t, "__le__", list_le);
    add_method(vm, t, "__gt__", list_gt);
    add_method(vm, t, "__ge__", list_ge);
    set_type_attr(vm, t, "__hash__", Value::None);
}
