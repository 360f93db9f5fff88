//! The generic object protocols: truth, hashing, equality and ordering, binary
//! operators, `repr`/`str`, length, item access, containment and iteration.
//!
//! Each protocol has the same two-level shape. A native level handles operands
//! whose *payload* is a built-in representation (so it also serves subclass
//! instances whose methods were not overridden), and a protocol level implements
//! CPython's dispatch: look the dunder up on the type (never the instance),
//! try the reflected operand's method first when its type is a subclass of the
//! left operand's type, treat `NotImplemented` as "try the other side", and raise
//! CPython's exact `TypeError` text when both decline. Exact built-in operands
//! skip the protocol level entirely — that is the interpreter's fast path and the
//! shape the JIT specialises on.
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::arith;
use crate::runtime::attr;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub fn str_hash(s: &str) -> i64 {
    crate::runtime::pyhash::hash_str(s)
}

fn is_exact_builtin(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.class.builtin,
        _ => true,
    }
}

// ----- truth -------------------------------------------------------------------

pub fn truthy(vm: &Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::None => Ok(false),
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::Float(f) => Ok(*f != 0.0),
        Value::Type(_) => Ok(true),
        Value::Obj(o) => {
            if o.class.builtin {
                if let Some(b) = native_truthy(o) {
                    return Ok(b);
                }
                return Ok(true);
            }
            if let Some(f) = attr::lookup_type(&o.class, "__bool__") {
                let r = vm.call(&f, vec![v.clone()])?;
                return match r {
                    Value::Bool(b) => Ok(b),
                    _ => Err(vm.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Some(f) = attr::lookup_type(&o.class, "__len__") {
                let r = vm.call(&f, vec![v.clone()])?;
                return Ok(len_result(vm, r)? != 0);
            }
            Ok(native_truthy(o).unwrap_or(true))
        }
    }
}

fn native_truthy(o: &PyObject) -> Option<bool> {
    Some(match &o.payload {
        Payload::Str(s) => !s.value.is_empty(),
        Payload::List(l) => !l.borrow().is_empty(),
        Payload::Tuple(t) => !t.is_empty(),
        Payload::Dict(d) => !d.borrow().is_empty(),
        Payload::Set(s) => !s.borrow().is_empty(),
        Payload::FrozenSet(s) => !s.is_empty(),
        Payload::Int(b) => !b.is_zero(),
        Payload::Float(f) => *f != 0.0,
        Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Payload::Bytes(b) => !b.is_empty(),
        Payload::ByteArray(b) => !b.borrow().is_empty(),
        Payload::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
        Payload::BigRange(r) => {
            !num_traits::Zero::is_zero(&crate::runtime::builtin_types::big_range::length(r))
        }
        _ => return None,
    })
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    // Machine arithmetic when the distance fits (always, for slices and
    // ordinary ranges); 128-bit division only for extreme bounds.
    if step > 0 && start < stop {
        if let Some(d) = stop.checked_sub(start) {
            return if step == 1 { d } else { (d - 1) / step + 1 };
        }
    } else if step < 0 && start > stop {
        if let (Some(d), Some(s)) = (start.checked_sub(stop), step.checked_neg()) {
            return if s == 1 { d } else { (d - 1) / s + 1 };
        }
    }
    // Lengths beyond i64 (only `range(-2**63, 2**63 - 1)`-like bounds) saturate;
    // `len()` of such a range raises (see `len`).
    i64::try_from(range_len_wide(start, stop, step)).unwrap_or(i64::MAX)
}

/// The exact length of `range(start, stop, step)`.
pub fn range_len_wide(start: i64, stop: i64, step: i64) -> i128 {
    if step > 0 && start < stop {
        (stop as i128 - start as i128 - 1) / step as i128 + 1
    } else if step < 0 && start > stop {
        (start as i128 - stop as i128 - 1) / (-(step as i128)) + 1
    } else {
        0
    }
}

fn len_result(vm: &Vm, r: Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if i >= 0 => Ok(i as usize),
        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        Value::Bool(b) => Ok(b as usize),
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&r)
        ))),
    }
}

// ----- hashing -----------------------------------------------------------------

pub fn hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    use crate::runtime::pyhash;
    match v {
        Value::None => Ok(pyhash::hash_pointer(0x1000)),
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) => Ok(pyhash::hash_i64(*i)),
        Value::Float(f) => {
            Ok(pyhash::hash_f64(*f).unwrap_or_else(|| pyhash::hash_pointer(v.identity())))
        }
        Value::Type(t) => Ok(pyhash::hash_pointer(Rc::as_ptr(t) as *const u8 as usize)),
        Value::Obj(o) => {
            if o.class.builtin {
                if let Some(h) = native_hash(vm, v, o)? {
                    return Ok(h);
                }
            }
            match attr::lookup_type(&o.class, "__hash__") {
                Some(Value::None) => {
                    Err(vm.type_error(format!("unhashable type: '{}'", o.class.name())))
                }
                Some(f) => {
                    if let Value::Obj(fo) = &f {
                        if let Payload::Builtin(b) = &fo.payload {
                            if b.name == "__hash__" && o.class.builtin {
                                return Ok(pyhash::hash_pointer(v.identity()));
                            }
                        }
                    }
                    let r = vm.call(&f, vec![v.clone()])?;
                    match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::Bool(b) => Ok(b as i64),
                        Value::Obj(ref ro) => match &ro.payload {
                            Payload::Int(b) => Ok(pyhash::hash_bigint(b)),
                            _ => Err(vm.type_error("__hash__ method should return an integer")),
                        },
                        _ => Err(vm.type_error("__hash__ method should return an integer")),
                    }
                }
                None => Ok(pyhash::hash_pointer(v.identity())),
            }
        }
    }
}

/// Hash of built-in payloads; `Ok(None)` means "use the type's `__hash__`".
pub fn native_hash(vm: &Vm, v: &Value, o: &PyObject) -> PyResult<Option<i64>> {
    use crate::runtime::pyhash;
    Ok(Some(match &o.payload {
        Payload::Str(s) => {
            let h = s.hash.get();
            if h != -1 {
                return Ok(Some(h));
            }
            let h = pyhash::hash_str(&s.value);
            s.hash.set(h);
            h
        }
        Payload::Int(b) => pyhash::hash_bigint(b),
        Payload::Float(f) => {
            pyhash::hash_f64(*f).unwrap_or_else(|| pyhash::hash_pointer(v.identity()))
        }
        Payload::Complex(r, i) => {
            pyhash::hash_complex(*r, *i).unwrap_or_else(|| pyhash::hash_pointer(v.identity()))
        }
        Payload::Bytes(b) => pyhash::hash_bytes(b),
        Payload::Tuple(items) => {
            let mut hs = Vec::with_capacity(items.len());
            for it in items.iter() {
                hs.push(hash(vm, it)?);
            }
            pyhash::hash_tuple(&hs)
        }
        Payload::FrozenSet(s) => {
            let hs: Vec<i64> = s.table.iter().map(|(_, h)| h).collect();
            pyhash::hash_frozenset(&hs)
        }
        Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
            return Err(vm.type_error(format!("unhashable type: '{}'", o.class.name())));
        }
        Payload::Slice { .. } => return Err(vm.type_error("unhashable type: 'slice'")),
        _ => return Ok(None),
    }))
}

// ----- equality and ordering ---------------------------------------------------

pub fn eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
        return Ok(true);
    }
    if let Some(r) = crate::runtime::dict::native_key_eq(a, b) {
        return Ok(r);
    }
    let r = compare(vm, a, b, CmpKind::Eq)?;
    truthy(vm, &r)
}

pub fn compare_bool(vm: &Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<bool> {
    if op == CmpKind::Eq {
        return eq(vm, a, b);
    }
    let r = compare(vm, a, b, op)?;
    truthy(vm, &r)
}

fn ord_result(op: CmpKind, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpKind::Ne,
        Some(o) => match op {
            CmpKind::Lt => o == Ordering::Less,
            CmpKind::Le => o != Ordering::Greater,
            CmpKind::Eq => o == Ordering::Equal,
            CmpKind::Ne => o != Ordering::Equal,
            CmpKind::Gt => o == Ordering::Greater,
            CmpKind::Ge => o != Ordering::Less,
        },
    }
}

/// Rich comparison with CPython's dispatch rules.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    if is_exact_builtin(a) && is_exact_builtin(b) {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(r);
        }
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let dunder = op.dunder();
    let rdunder = op.swapped().dunder();
    let try_reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta);
    if try_reflected_first {
        if let Some(r) = call_dunder(vm, b, rdunder, a)? {
            return Ok(r);
        }
    }
    if let Some(r) = call_dunder(vm, a, dunder, b)? {
        return Ok(r);
    }
    if !try_reflected_first {
        if let Some(r) = call_dunder(vm, b, rdunder, a)? {
            return Ok(r);
        }
    }
    match op {
        CmpKind::Eq => Ok(Value::Bool(a.is(b))),
        CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// Call `type(x).name(x, other)`; `None` if missing or it returned NotImplemented.
fn call_dunder(vm: &Vm, x: &Value, name: &str, other: &Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(x);
    let Some(f) = attr::lookup_type(&t, name) else {
        return Ok(None);
    };
    let r = vm.call(&f, vec![x.clone(), other.clone()])?;
    if r.is(&vm.not_implemented) {
        Ok(None)
    } else {
        Ok(Some(r))
    }
}

/// Comparison of built-in payloads; `Ok(None)` when not applicable (NotImplemented).
pub fn native_compare(vm: &Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<Value>> {
    if let Some(o) = arith::compare_numeric(a, b) {
        if o.is_none()
            && !matches!(op, CmpKind::Eq | CmpKind::Ne)
            && (arith::is_complex(a) || arith::is_complex(b))
        {
            return Ok(None);
        }
        if (arith::is_complex(a) || arith::is_complex(b))
            && !matches!(op, CmpKind::Eq | CmpKind::Ne)
        {
            return Ok(None);
        }
        return Ok(Some(Value::Bool(ord_result(op, o))));
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        if matches!(op, CmpKind::Eq | CmpKind::Ne) {
            if let (Value::Type(_), _) | (_, Value::Type(_)) = (a, b) {
                return Ok(Some(Value::Bool((op == CmpKind::Eq) == a.is(b))));
            }
            if matches!(a, Value::None) || matches!(b, Value::None) {
                return Ok(Some(Value::Bool((op == CmpKind::Eq) == a.is(b))));
            }
        }
        return Ok(None);
    };
    let r = match (&x.payload, &y.payload) {
        (Payload::Str(p), Payload::Str(q)) => ord_result(op, Some(p.value.cmp(&q.value))),
        (Payload::Bytes(p), Payload::Bytes(q)) => ord_result(op, Some(p.cmp(q))),
        (Payload::ByteArray(p), Payload::ByteArray(q)) => {
            ord_result(op, Some(p.borrow().as_slice().cmp(q.borrow().as_slice())))
        }
        (Payload::Bytes(p), Payload::ByteArray(q)) => {
            ord_result(op, Some((**p).cmp(q.borrow().as_slice())))
        }
        (Payload::ByteArray(p), Payload::Bytes(q)) => {
            ord_result(op, Some(p.borrow().as_slice().cmp(q)))
        }
        (Payload::Tuple(p), Payload::Tuple(q)) => return seq_compare(vm, p, q, op).map(Some),
        (Payload::List(p), Payload::List(q)) => {
            let (pv, qv) = (p.borrow().clone(), q.borrow().clone());
            return seq_compare(vm, &pv, &qv, op).map(Some);
        }
        (Payload::Dict(_), Payload::Dict(_)) => {
            if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
                return Ok(None);
            }
            let e = crate::runtime::dictops::dict_eq(vm, x, y)?;
            e == (op == CmpKind::Eq)
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            return crate::runtime::setops::set_compare(vm, x, y, op).map(Some);
        }
        (
            Payload::Range {
                start: s1,
                stop: e1,
                step: t1,
            },
            Payload::Range {
                start: s2,
                stop: e2,
                step: t2,
            },
        ) => {
            if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
                return Ok(None);
            }
            let (l1, l2) = (range_len(*s1, *e1, *t1), range_len(*s2, *e2, *t2));
            let same = l1 == l2 && (l1 == 0 || (s1 == s2 && (l1 == 1 || t1 == t2)));
            same == (op == CmpKind::Eq)
        }
        (
            Payload::Slice {
                start: a1,
                stop: b1,
                step: c1,
            },
            Payload::Slice {
                start: a2,
                stop: b2,
                step: c2,
            },
        ) => {
            let t1 = vec![a1.clone(), b1.clone(), c1.clone()];
            let t2 = vec![a2.clone(), b2.clone(), c2.clone()];
            return seq_compare(vm, &t1, &t2, op).map(Some);
        }
        _ => {
            if matches!(op, CmpKind::Eq | CmpKind::Ne) && Rc::ptr_eq(x, y) {
                return Ok(Some(Value::Bool(op == CmpKind::Eq)));
            }
            return Ok(None);
        }
    };
    Ok(Some(Value::Bool(r)))
}

/// The order of two ints, two non-NaN floats or two exact strs, decided
/// without any Python code; `None` for everything else.
fn plain_order(x: &Value, y: &Value) -> Option<Ordering> {
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        (Value::Obj(a), Value::Obj(b)) if a.class.builtin && b.class.builtin => {
            match (&a.payload, &b.payload) {
                (Payload::Str(p), Payload::Str(q)) => Some(p.value.cmp(&q.value)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn seq_compare(vm: &Vm, p: &[Value], q: &[Value], op: CmpKind) -> PyResult<Value> {
    if matches!(op, CmpKind::Eq | CmpKind::Ne) && p.len() != q.len() {
        return Ok(Value::Bool(op == CmpKind::Ne));
    }
    for (x, y) in p.iter().zip(q.iter()) {
        // Items whose order is plain (the usual sort keys): the first
        // difference decides, as in the general case below.
        if let Some(o) = plain_order(x, y) {
            if o == Ordering::Equal {
                continue;
            }
            return Ok(Value::Bool(ord_result(op, Some(o))));
        }
        if !eq(vm, x, y)? {
            return match op {
                CmpKind::Eq => Ok(Value::Bool(false)),
                CmpKind::Ne => Ok(Value::Bool(true)),
                _ => compare(vm, x, y, op),
            };
        }
    }
    Ok(Value::Bool(ord_result(op, Some(p.len().cmp(&q.len())))))
}

// ----- binary operators --------------------------------------------------------

pub fn binary_op(vm: &Vm, op: BinOpKind, a: &Value, b: &Value) -> PyResult<Value> {
    binary_op_impl(vm, op, a, b, false)
}

fn binary_op_impl(vm: &Vm, op: BinOpKind, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    if is_exact_builtin(a) && is_exact_builtin(b) {
        if let Some(r) = native_binary(vm, op, a, b)? {
            return Ok(r);
        }
        // Built-in types implement every operator natively: nothing else to try
        // (dict views, types and payload-less built-ins such as `GenericAlias`
        // implement theirs as dunders).
        let protocol_only = |v: &Value| {
            matches!(v, Value::Type(_))
                || matches!(v.payload(), Some(Payload::DictView { .. } | Payload::Plain))
        };
        if !protocol_only(a) && !protocol_only(b) {
            return Err(binop_error(vm, op, a, b, inplace));
        }
    }
    let (d, rd, _) = op.dunders();
    binary_protocol(vm, op, a, b, d, rd, inplace)
}

fn binary_protocol(
    vm: &Vm,
    op: BinOpKind,
    a: &Value,
    b: &Value,
    d: &str,
    rd: &str,
    inplace: bool,
) -> PyResult<Value> {
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let same = Rc::ptr_eq(&ta, &tb);
    let reflected_first = !same && tb.is_subtype(&ta) && attr::lookup_type(&tb, rd).is_some();
    if reflected_first {
        if let Some(r) = call_dunder(vm, b, rd, a)? {
            return Ok(r);
        }
    }
    if let Some(r) = call_dunder(vm, a, d, b)? {
        return Ok(r);
    }
    if !same && !reflected_first {
        if let Some(r) = call_dunder(vm, b, rd, a)? {
            return Ok(r);
        }
    }
    Err(binop_error(vm, op, a, b, inplace))
}

pub fn binop_type_error(vm: &Vm, op: BinOpKind, a: &Value, b: &Value) -> PyErr {
    binop_error(vm, op, a, b, false)
}

/// CPython's TypeError for an unsupported operator (`+=` spelling for in-place ops).
pub fn binop_error(vm: &Vm, op: BinOpKind, a: &Value, b: &Value, inplace: bool) -> PyErr {
    if op == BinOpKind::Add {
        if let (Some(Payload::Str(_)), false) =
            (a.payload(), matches!(b.payload(), Some(Payload::Str(_))))
        {
            return vm.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                vm.type_name(b)
            ));
        }
        if let (Some(Payload::List(_)), false) =
            (a.payload(), matches!(b.payload(), Some(Payload::List(_))))
        {
            return vm.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                vm.type_name(b)
            ));
        }
        if let (Some(Payload::Tuple(_)), false) =
            (a.payload(), matches!(b.payload(), Some(Payload::Tuple(_))))
        {
            return vm.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                vm.type_name(b)
            ));
        }
    }
    if op == BinOpKind::Mul {
        let seq = |v: &Value| {
            matches!(
                v.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            )
        };
        if seq(a) && !matches!(b, Value::Int(_) | Value::Bool(_)) {
            return vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(b)
            ));
        }
        if seq(b) && !matches!(a, Value::Int(_) | Value::Bool(_)) {
            return vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(a)
            ));
        }
    }
    let sym = if inplace {
        match op {
            BinOpKind::Pow => "**=".to_string(),
            _ => format!("{}=", op.symbol()),
        }
    } else {
        op.symbol().to_string()
    };
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        vm.type_name(a),
        vm.type_name(b)
    ))
}

pub fn inplace_op(vm: &Vm, op: BinOpKind, a: &Value, b: &Value) -> PyResult<Value> {
    // Mutable built-ins update in place.
    if let Value::Obj(o) = a {
        match (&o.payload, op) {
            (Payload::List(l), BinOpKind::Add) => {
                let items = crate::runtime::iter::collect(vm, b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Payload::List(l), BinOpKind::Mul) => {
                let n = crate::runtime::convert::index_value(vm, b)?;
                let items = l.borrow().clone();
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                return Ok(a.clone());
            }
            (Payload::ByteArray(ba), BinOpKind::Add) => {
                let extra = crate::runtime::convert::bytes_like(vm, b)?;
                ba.borrow_mut().extend(extra);
                return Ok(a.clone());
            }
            (Payload::Set(_), BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor)
                if o.class.builtin =>
            {
                if let Some(r) = crate::runtime::setops::inplace(vm, o, op, b)? {
                    return Ok(r);
                }
            }
            (Payload::Dict(_), BinOpKind::Or) if o.class.builtin => {
                crate::runtime::dictops::dict_update(vm, o, b)?;
                return Ok(a.clone());
            }
            _ => {}
        }
        if !o.class.builtin {
            let (_, _, idunder) = op.dunders();
            if let Some(f) = attr::lookup_type(&o.class, idunder) {
                let r = vm.call(&f, vec![a.clone(), b.clone()])?;
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
        }
    }
    binary_op_impl(vm, op, a, b, true)
}

/// Operators on built-in payloads; `Ok(None)` = NotImplemented.
pub fn native_binary(vm: &Vm, op: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOpKind::And => return Ok(Some(Value::Bool(x & y))),
            BinOpKind::Or => return Ok(Some(Value::Bool(x | y))),
            BinOpKind::Xor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    if let Some(r) = arith::binary_numeric(vm, op, a, b)? {
        return Ok(Some(r));
    }
    let (pa, pb) = (a.payload(), b.payload());
    use BinOpKind::*;
    Ok(match (op, pa, pb) {
        (Add, Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.value.len() + y.value.len());
            s.push_str(&x.value);
            s.push_str(&y.value);
            Some(vm.new_string(s))
        }
        (Add, Some(Payload::List(x)), Some(Payload::List(y))) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Some(vm.new_list(v))
        }
        (Add, Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Some(vm.new_tuple(v))
        }
        (Add, Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Some(vm.new_bytes(v))
        }
        (Add, Some(Payload::ByteArray(x)), _) => {
            let Ok(extra) = crate::runtime::convert::bytes_like(vm, b) else {
                return Ok(None);
            };
            let mut v = x.borrow().clone();
            v.extend(extra);
            Some(vm.new_bytearray(v))
        }
        (Add, Some(Payload::Bytes(x)), Some(Payload::ByteArray(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(&y.borrow());
            Some(vm.new_bytes(v))
        }
        (Mul, Some(_), _) if is_sequence_payload(pa) && is_int_like(b) => repeat(vm, a, b)?,
        (Mul, _, Some(_)) if is_sequence_payload(pb) && is_int_like(a) => repeat(vm, b, a)?,
        (Mod, Some(Payload::Str(x)), _) => {
            Some(crate::runtime::strformat::percent_format(vm, &x.value, b)?)
        }
        (Mod, Some(Payload::Bytes(x)), _) => {
            Some(crate::runtime::strformat::percent_format_bytes(vm, x, b)?)
        }
        (Mod, Some(Payload::ByteArray(x)), _) => {
            let data = x.borrow().clone();
            let r = crate::runtime::strformat::percent_format_bytes(vm, &data, b)?;
            let bytes = crate::runtime::convert::bytes_like(vm, &r)?;
            Some(vm.new_bytearray(bytes))
        }
        (
            Or | And | Sub | Xor,
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => Some(crate::runtime::setops::set_binop(vm, a, b, op)?),
        (Or | And | Sub | Xor, Some(Payload::DictView { kind, .. }), _) if *kind != 1 => {
            crate::runtime::setops::view_binop(vm, a, b, op)?
        }
        (Or, Some(Payload::Dict(x)), Some(Payload::Dict(_))) => {
            let d = vm.new_dict_obj();
            if let Payload::Dict(dd) = &d.payload {
                *dd.borrow_mut() = x.borrow().clone();
            }
            crate::runtime::dictops::dict_update(vm, &d, b)?;
            Some(Value::Obj(d))
        }
        _ => None,
    })
}

fn is_int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

fn is_sequence_payload(p: Option<&Payload>) -> bool {
    matches!(
        p,
        Some(
            Payload::Str(_)
                | Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    )
}

fn repeat(vm: &Vm, seq: &Value, n: &Value) -> PyResult<Option<Value>> {
    let count = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match n.payload() {
            Some(Payload::Int(b)) => {
                if b.sign() == num_bigint::Sign::Minus {
                    0
                } else {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
            _ => return Ok(None),
        },
    };
    let count = count.max(0) as usize;
    let check = |len: usize| -> PyResult<()> {
        if len.saturating_mul(count) > (1usize << 34) {
            Err(vm.new_error("MemoryError", ""))
        } else {
            Ok(())
        }
    };
    Ok(Some(match seq.payload() {
        Some(Payload::Str(s)) => {
            check(s.value.len())?;
            vm.new_string(s.value.repeat(count))
        }
        Some(Payload::List(l)) => {
            let items = l.borrow();
            check(items.len())?;
            let mut v = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                v.extend(items.iter().cloned());
            }
            vm.new_list(v)
        }
        Some(Payload::Tuple(t)) => {
            check(t.len())?;
            let mut v = Vec::with_capacity(t.len() * count);
            for _ in 0..count {
                v.extend(t.iter().cloned());
            }
            vm.new_tuple(v)
        }
        Some(Payload::Bytes(b)) => {
            check(b.len())?;
            vm.new_bytes(b.repeat(count))
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            check(b.len())?;
            vm.new_bytearray(b.repeat(count))
        }
        _ => return Ok(None),
    }))
}

pub fn unary_op(vm: &Vm, op: u32, v: &Value) -> PyResult<Value> {
    if op == 3 {
        return Ok(Value::Bool(!truthy(vm, v)?));
    }
    if is_exact_builtin(v) {
        if let Some(r) = arith::unary_numeric(vm, op, v)? {
            return Ok(r);
        }
    }
    let name = ["__neg__", "__pos__", "__invert__"][op as usize];
    let t = vm.type_of(v);
    if let Some(f) = attr::lookup_type(&t, name) {
        return vm.call(&f, vec![v.clone()]);
    }
    let sym = ["-", "+", "~"][op as usize];
    Err(vm.type_error(format!(
        "bad operand type for unary {}: '{}'",
        sym,
        vm.type_name(v)
    )))
}

// ----- repr / str --------------------------------------------------------------

pub fn repr(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::None => Ok("None".into()),
        Value::Bool(b) => Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Float(f) => Ok(crate::runtime::numfmt::float_repr(*f)),
        Value::Obj(o) if o.class.builtin && !matches!(o.payload, Payload::Plain) => {
            crate::runtime::repr::native_repr(vm, v)
        }
        Value::Type(_) | Value::Obj(_) => {
            let t = vm.type_of(v);
            let f = attr::lookup_type(&t, "__repr__");
            match f {
                Some(f)
                    if !is_native_slot(&f, "__repr__")
                        || !t.builtin
                        || !matches!(f.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, &vm.t.object))) =>
                {
                    let r = vm.call(&f, vec![v.clone()])?;
                    match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(vm.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            vm.type_name(&r)
                        ))),
                    }
                }
                _ => crate::runtime::repr::native_repr(vm, v),
            }
        }
    }
}

fn is_native_slot(f: &Value, name: &str) -> bool {
    match f.payload() {
        Some(Payload::Builtin(b)) => b.name == name,
        _ => false,
    }
}

pub fn str_(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => {
            if let Payload::Str(s) = &o.payload {
                if o.class.builtin {
                    return Ok(s.value.to_string());
                }
            }
            let f = attr::lookup_type(&o.class, "__str__");
            match f {
                Some(f) if !is_native_slot(&f, "__str__") => {
                    let r = vm.call(&f, vec![v.clone()])?;
                    match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(vm.type_error(format!(
                            "__str__ returned non-string (type {})",
                            vm.type_name(&r)
                        ))),
                    }
                }
                _ => {
                    if let Payload::Str(s) = &o.payload {
                        return Ok(s.value.to_string());
                    }
                    if let Payload::Exception(_) = &o.payload {
                        return crate::runtime::exceptions::exc_str(vm, o);
                    }
                    repr(vm, v)
                }
            }
        }
        _ => repr(vm, v),
    }
}

pub fn str_value(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if o.class.builtin && matches!(o.payload, Payload::Str(_)) {
            return Ok(v.clone());
        }
    }
    Ok(vm.new_string(str_(vm, v)?))
}

// ----- length, items, containment ---------------------------------------------

pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        if let Payload::BigRange(r) = &o.payload {
            return crate::runtime::builtin_types::big_range::len(vm, r);
        }
        if let Payload::Range { start, stop, step } = &o.payload {
            if range_len_wide(*start, *stop, *step) > i64::MAX as i128 {
                return Err(vm.new_error(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                ));
            }
        }
        if o.class.builtin {
            if let Some(n) = native_len(o) {
                return Ok(n);
            }
        }
        if let Some(f) = attr::lookup_type(&o.class, "__len__") {
            let r = vm.call(&f, vec![v.clone()])?;
            return len_result(vm, r);
        }
        if let Some(n) = native_len(o) {
            return Ok(n);
        }
    }
    if let Value::Type(t) = v {
        if let Some(f) = attr::lookup_type(&vm.type_of(v), "__len__") {
            let _ = t;
            let r = vm.call(&f, vec![v.clone()])?;
            return len_result(vm, r);
        }
    }
    Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
}

pub fn native_len(o: &PyObject) -> Option<usize> {
    Some(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        Payload::Range { start, stop, step } => range_len(*start, *stop, *step) as usize,
        Payload::DictView { dict, .. } => match &dict.payload {
            Payload::Dict(d) => d.borrow().len(),
            _ => 0,
        },
        Payload::MappingProxy(t) => t.dict.borrow().len(),
        _ => return None,
    })
}

pub fn getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        if o.class.builtin {
            if let Some(r) = crate::runtime::subscript::native_getitem(vm, o, key)? {
                return Ok(r);
            }
        } else {
            if let Some(f) = attr::lookup_type(&o.class, "__getitem__") {
                return vm.call(&f, vec![obj.clone(), key.clone()]);
            }
            if let Some(r) = crate::runtime::subscript::native_getitem(vm, o, key)? {
                return Ok(r);
            }
        }
    }
    if let Value::Type(t) = obj {
        if let Some(f) = attr::lookup_type(&vm.type_of(obj), "__getitem__") {
            return vm.call(&f, vec![obj.clone(), key.clone()]);
        }
        if let Some(f) = attr::lookup_type(t, "__class_getitem__") {
            let f = attr::bind_classmethod_like(vm, &f, obj)?;
            return vm.call(&f, vec![key.clone()]);
        }
        return Err(vm.type_error(format!("type '{}' is not subscriptable", t.name())));
    }
    Err(vm.type_error(format!(
        "'{}' object is not subscriptable",
        vm.type_name(obj)
    )))
}

pub fn setitem(vm: &Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        if !o.class.builtin {
            if let Some(f) = attr::lookup_type(&o.class, "__setitem__") {
                vm.call(&f, vec![obj.clone(), key.clone(), value])?;
                return Ok(());
            }
        }
        if crate::runtime::subscript::native_setitem(vm, o, key, value)? {
            return Ok(());
        }
    }
    Err(vm.type_error(format!(
        "'{}' object does not support item assignment",
        vm.type_name(obj)
    )))
}

pub fn delitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        if !o.class.builtin {
            if let Some(f) = attr::lookup_type(&o.class, "__delitem__") {
                vm.call(&f, vec![obj.clone(), key.clone()])?;
                return Ok(());
            }
        }
        if crate::runtime::subscript::native_delitem(vm, o, key)? {
            return Ok(());
        }
    }
    Err(vm.type_error(format!(
        "'{}' object does not support item deletion",
        vm.type_name(obj)
    )))
}

pub fn contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        if !o.class.builtin {
            if let Some(f) = attr::lookup_type(&o.class, "__contains__") {
                let r = vm.call(&f, vec![container.clone(), item.clone()])?;
                return truthy(vm, &r);
            }
        }
        if let Some(r) = crate::runtime::subscript::native_contains(vm, o, item)? {
            return Ok(r);
        }
        if !o.class.builtin
            && attr::lookup_type(&o.class, "__iter__").is_none()
            && attr::lookup_type(&o.class, "__getitem__").is_none()
        {
            return Err(vm.type_error(format!(
                "argument of type '{}' is not iterable",
                o.class.name()
            )));
        }
    }
    if matches!(container, Value::Type(_)) {
        if let Some(f) = attr::lookup_type(&vm.type_of(container), "__contains__") {
            let r = vm.call(&f, vec![container.clone(), item.clone()])?;
            return truthy(vm, &r);
        }
    }
    if !matches!(container, Value::Obj(_) | Value::Type(_)) {
        return Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        )));
    }
    let it = crate::runtime::iter::get_iter(vm, container)?;
    while let Some(x) = crate::runtime::iter::next(vm, &it)? {
        if x.is(item) || eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `int` value of an index-like object (`__index__`), as BigInt.
pub fn to_bigint(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Ok(b.clone()),
            _ => {
                if let Some(f) = attr::lookup_type(&o.class, "__index__") {
                    let r = vm.call(&f, vec![v.clone()])?;
                    return to_bigint(vm, &r);
                }
                Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    o.class.name()
                )))
            }
        },
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

pub fn bigint_to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
