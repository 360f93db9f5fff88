//! `collections.deque`: a double-ended queue on a `VecDeque`, with an optional
//! `maxlen` that drops items from the opposite end.
//!
//! Methods that compare items (`count`, `index`, `remove`, `in`) call `__eq__`,
//! which may run Python code that mutates the deque, so they copy each item out
//! before comparing and re-check the length afterwards, raising CPython's
//! "deque mutated during iteration" where it does. Iterators remember the
//! deque's mutation count and fail the same way if it changed.
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::frontend::bytecode::CmpKind;
use crate::runtime::native_data::{self, NativeData};
use crate::runtime::native_iter::{self, NativeIterator};
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::{add_classmethod, add_method, add_staticmethod};
use crate::runtime::vm::Vm;

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation (iterators check it).
    state: Cell<u64>,
}

impl NativeData for Deque {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        match self.items.try_borrow() {
            Ok(items) => {
                items.iter().for_each(f);
                true
            }
            Err(_) => false,
        }
    }
    fn clear(&self, trash: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            trash.extend(items.drain(..));
        }
    }
}

impl Deque {
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn len(&self) -> usize {
        self.items.borrow().len()
    }
    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    fn push_back(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_back(v);
        if self.maxlen.get().is_some_and(|m| items.len() > m) {
            let dropped = items.pop_front();
            drop(items);
            drop(dropped);
        }
    }
    fn push_front(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_front(v);
        if self.maxlen.get().is_some_and(|m| items.len() > m) {
            let dropped = items.pop_back();
            drop(items);
            drop(dropped);
        }
    }
    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Deque> {
    args.pos
        .first()
        .and_then(native_data::get::<Deque>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'collections.deque' object"))
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn mutated(vm: &Vm) -> PyErr {
    vm.new_error("RuntimeError", "deque mutated during iteration")
}

fn deque_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    Ok(native_data::make(
        vm,
        cls,
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        },
    ))
}

fn deque_init(vm: &Vm, mut args: Args) -> PyResult {
    let kw_iterable = args.take_kw("iterable");
    let kw_maxlen = args.take_kw("maxlen");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "deque() got an unexpected keyword argument '{}'",
            k
        )));
    }
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let d = this(vm, &args)?;
    let iterable = args.pos.get(1).cloned().or(kw_iterable);
    let maxlen = match args.pos.get(2).cloned().or(kw_maxlen) {
        None | Some(Value::None) => None,
        Some(m) => {
            let n = crate::runtime::convert::index_value(vm, &m)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(maxlen);
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    d.touch();
    if let Some(it) = iterable {
        extend(vm, d, &args.pos[0], &it, false)?;
    }
    Ok(Value::None)
}

fn extend(vm: &Vm, d: &Deque, this: &Value, it: &Value, left: bool) -> PyResult<()> {
    // `d.extend(d)` reads a copy first.
    let items = if it.is(this) {
        d.snapshot()
    } else {
        crate::runtime::iter::collect(vm, it)?
    };
    for v in items {
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(())
}

fn deque_append(vm: &Vm, args: Args) -> PyResult {
    this(vm, &args)?.push_back(arg(&args, 1));
    Ok(Value::None)
}

fn deque_appendleft(vm: &Vm, args: Args) -> PyResult {
    this(vm, &args)?.push_front(arg(&args, 1));
    Ok(Value::None)
}

fn deque_pop(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    d.touch();
    let v = d.items.borrow_mut().pop_back();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_popleft(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    d.touch();
    let v = d.items.borrow_mut().pop_front();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_extend(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    extend(vm, d, &args.pos[0], &arg(&args, 1), false)?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    extend(vm, d, &args.pos[0], &arg(&args, 1), true)?;
    Ok(Value::None)
}

fn deque_clear(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    d.touch();
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn deque_rotate(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let n = match args.pos.get(1) {
        Some(v) => crate::runtime::convert::index_value(vm, v)?,
        None => 1,
    };
    d.touch();
    let mut items = d.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

fn deque_reverse(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    d.touch();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

/// Compare each item with `x` in order; `f(i)` when one is equal.
fn find(vm: &Vm, d: &Deque, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let n = d.len();
    let state = d.state.get();
    for i in start..stop.min(n) {
        let Some(item) = d.get(i) else { break };
        let equal = ops::eq(vm, &item, x)?;
        if d.state.get() != state || d.len() != n {
            return Err(mutated(vm));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn deque_count(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let x = arg(&args, 1);
    let n = d.len();
    let state = d.state.get();
    let mut count = 0;
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        if ops::eq(vm, &item, &x)? {
            count += 1;
        }
        if d.state.get() != state {
            return Err(mutated(vm));
        }
    }
    Ok(Value::Int(count))
}

fn deque_index(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let x = arg(&args, 1);
    let n = d.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => crate::runtime::convert::index_value(vm, v)?,
            None => default,
        };
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        Ok(i as usize)
    };
    let start = bound(args.pos.get(2), 0)?;
    let stop = bound(args.pos.get(3), n)?;
    match find(vm, d, &x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in deque", ops::repr(vm, &x)?))),
    }
}

fn deque_remove(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let x = arg(&args, 1);
    match find(vm, d, &x, 0, usize::MAX)? {
        Some(i) => {
            d.touch();
            let v = d.items.borrow_mut().remove(i);
            drop(v);
            Ok(Value::None)
        }
        None => Err(vm.value_error(format!("{} is not in deque", ops::repr(vm, &x)?))),
    }
}

fn deque_insert(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let i = crate::runtime::convert::index_value(vm, &arg(&args, 1))?;
    let n = d.len() as i64;
    if d.maxlen.get().is_some_and(|m| d.len() >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.touch();
    d.items.borrow_mut().insert(i, arg(&args, 2));
    Ok(Value::None)
}

fn deque_copy(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let cls = Value::Type(vm.type_of(&args.pos[0]));
    let items = vm.new_list(d.snapshot());
    match d.maxlen.get() {
        Some(m) => vm.call(&cls, vec![items, Value::Int(m as i64)]),
        None => vm.call(&cls, vec![items]),
    }
}

fn index_arg(vm: &Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    if matches!(key.payload(), Some(Payload::Slice { .. }))
        || !crate::runtime::convert::is_index(vm, key)
    {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = crate::runtime::convert::index_value(vm, key)?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let i = index_arg(vm, d, &arg(&args, 1))?;
    Ok(d.get(i).unwrap_or(Value::None))
}

fn deque_setitem(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let i = index_arg(vm, d, &arg(&args, 1))?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[i], arg(&args, 2));
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let i = index_arg(vm, d, &arg(&args, 1))?;
    d.touch();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

fn deque_len(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Int(this(vm, &args)?.len() as i64))
}

fn deque_bool(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(this(vm, &args)?.len() > 0))
}

fn deque_contains(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    Ok(Value::Bool(
        find(vm, d, &arg(&args, 1), 0, usize::MAX)?.is_some(),
    ))
}

fn deque_repr(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let this_v = &args.pos[0];
    let name = vm.type_of(this_v).name();
    let Some(_guard) = crate::runtime::repr::enter(crate::runtime::repr::addr(this_v)) else {
        return Ok(vm.new_str("[...]"));
    };
    let mut parts = Vec::new();
    for v in d.snapshot() {
        parts.push(ops::repr(vm, &v)?);
    }
    Ok(vm.new_string(match d.maxlen.get() {
        Some(m) => format!("{}([{}], maxlen={})", name, parts.join(", "), m),
        None => format!("{}([{}])", name, parts.join(", ")),
    }))
}

fn compare(vm: &Vm, args: &Args, op: CmpKind) -> PyResult {
    let d = this(vm, args)?;
    let Some(other) = args.pos.get(1).and_then(native_data::get::<Deque>) else {
        return Ok(vm.not_implemented.clone());
    };
    let a = vm.new_list(d.snapshot());
    let b = vm.new_list(other.snapshot());
    ops::compare(vm, &a, &b, op)
}

fn deque_add(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let Some(other) = args.pos.get(1).and_then(native_data::get::<Deque>) else {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&arg(&args, 1))
        )));
    };
    let mut items = d.snapshot();
    items.extend(other.snapshot());
    let cls = Value::Type(vm.type_of(&args.pos[0]));
    let list = vm.new_list(items);
    match d.maxlen.get() {
        Some(m) => vm.call(&cls, vec![list, Value::Int(m as i64)]),
        None => vm.call(&cls, vec![list]),
    }
}

fn deque_iadd(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    extend(vm, d, &args.pos[0], &arg(&args, 1), false)?;
    Ok(args.pos[0].clone())
}

fn repeat_count(vm: &Vm, v: &Value) -> PyResult<Option<usize>> {
    if !crate::runtime::convert::is_index(vm, v) {
        return Ok(None);
    }
    Ok(Some(
        crate::runtime::convert::index_value(vm, v)?.max(0) as usize
    ))
}

fn deque_imul(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let Some(n) = repeat_count(vm, &arg(&args, 1))? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = d.snapshot();
    if n == 0 {
        let this = args.pos[0].clone();
        deque_clear(vm, args)?;
        return Ok(this);
    }
    for _ in 1..n {
        for v in &items {
            d.push_back(v.clone());
        }
    }
    Ok(args.pos[0].clone())
}

fn deque_mul(vm: &Vm, args: Args) -> PyResult {
    let copy = deque_copy(vm, Args::new(vec![args.pos[0].clone()]))?;
    deque_imul(vm, Args::new(vec![copy, arg(&args, 1)]))
}

fn deque_maxlen(vm: &Vm, args: Args) -> PyResult {
    Ok(match this(vm, &args)?.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn deque_reduce(vm: &Vm, args: Args) -> PyResult {
    let d = this(vm, &args)?;
    let cls = Value::Type(vm.type_of(&args.pos[0]));
    let list = vm.new_list(d.snapshot());
    let maxlen = d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64));
    Ok(vm.new_tuple(vec![cls, vm.new_tuple(vec![list, maxlen])]))
}

struct DequeIter {
    deque: Value,
    index: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeIterator for DequeIter {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(d) = native_data::get::<Deque>(&self.deque) else {
            return Ok(None);
        };
        if d.state.get() != self.state {
            return Err(mutated(vm));
        }
        let i = self.index.get();
        let n = d.len();
        if i >= n {
            return Ok(None);
        }
        self.index.set(i + 1);
        Ok(d.get(if self.reverse { n - 1 - i } else { i }))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.deque);
        true
    }
    fn length_hint(&self) -> Option<usize> {
        native_data::get::<Deque>(&self.deque).map(|d| d.len().saturating_sub(self.index.get()))
    }
}

fn iter_type(vm: &Vm, name: &str) -> TypeRef {
    native_iter::iterator_type(vm, "_collections", name)
}

thread_local! {
    static ITER_TYPES: RefCell<Option<(TypeRef, TypeRef)>> = const { RefCell::new(None) };
}

fn make_iter(vm: &Vm, args: &Args, reverse: bool) -> PyResult {
    let d = this(vm, args)?;
    let types = ITER_TYPES.with(|t| t.borrow().clone());
    let Some((fwd, rev)) = types else {
        return Err(vm.type_error("deque iterators are not initialised"));
    };
    Ok(native_iter::make(
        vm,
        if reverse { &rev } else { &fwd },
        DequeIter {
            deque: args.pos[0].clone(),
            index: Cell::new(0),
            state: d.state.get(),
            reverse,
        },
    ))
}

pub fn make_type(vm: &Vm) -> TypeRef {
    let t = native_data::new_type(vm, "collections", "deque");
    ITER_TYPES.with(|it| {
        *it.borrow_mut() = Some((
            iter_type(vm, "_deque_iterator"),
            iter_type(vm, "_deque_reverse_iterator"),
        ))
    });
    add_staticmethod(vm, &t, "__new__", deque_new);
    let methods: [(&'static str, NativeFn); 34] = [
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("clear", deque_clear),
        ("rotate", deque_rotate),
        ("reverse", deque_reverse),
        ("count", deque_count),
        ("index", deque_index),
        ("remove", deque_remove),
        ("insert", deque_insert),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__len__", deque_len),
        ("__bool__", deque_bool),
        ("__contains__", deque_contains),
        ("__repr__", deque_repr),
        ("__iter__", |vm, a| make_iter(vm, &a, false)),
        ("__reversed__", |vm, a| make_iter(vm, &a, true)),
        ("__eq__", |vm, a| compare(vm, &a, CmpKind::Eq)),
        ("__ne__", |vm, a| compare(vm, &a, CmpKind::Ne)),
        ("__lt__", |vm, a| compare(vm, &a, CmpKind::Lt)),
        ("__le__", |vm, a| compare(vm, &a, CmpKind::Le)),
        ("__gt__", |vm, a| compare(vm, &a, CmpKind::Gt)),
        ("__ge__", |vm, a| compare(vm, &a, CmpKind::Ge)),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__reduce__", deque_reduce),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, f);
    }
    add_method(vm, &t, "__mul__", deque_mul);
    add_method(vm, &t, "__rmul__", deque_mul);
    add_method(vm, &t, "__imul__", deque_imul);
    crate::runtime::builtin_types::int::add_getter(vm, &t, "maxlen", deque_maxlen);
    crate::runtime::setup::set_type_attr(vm, &t, "__hash__", Value::None);
    add_classmethod(
        vm,
        &t,
        "__class_getitem__",
        crate::runtime::builtin_types::generic_alias::class_getitem,
    );
    t
}
