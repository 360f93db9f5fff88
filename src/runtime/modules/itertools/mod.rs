//! `itertools`, the C module of CPython's standard library, in Rust.
//!
//! Every iterator type here is a built-in type of module `itertools` whose
//! `__new__` checks its arguments with CPython's messages and wraps a
//! `NativeIterator` state (see `runtime::native_iter`): the state's `next` may
//! call back into Python (predicates, key functions, the underlying iterators),
//! so each step reads what it needs out of its cells before calling out.
//! The simple one-pass iterators are here; `groupby`/`tee` share state between
//! several iterator objects (`grouping.rs`); `product`, `permutations` and the
//! combinations walk index vectors over pools read up front (`combinatorics.rs`).
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::frontend::bytecode::BinOpKind;
use crate::runtime::iter;
use crate::runtime::native_iter::{make, NativeIterator};
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::{add_classmethod, add_method, add_staticmethod};
use crate::runtime::vm::Vm;

mod combinatorics;
mod grouping;

thread_local! {
    static TYPES: RefCell<HashMap<&'static str, TypeRef>> = RefCell::new(HashMap::new());
}

/// The `itertools` type called `name` (made with the module).
pub(super) fn itertools_type(vm: &Vm, name: &str) -> TypeRef {
    TYPES
        .with(|t| t.borrow().get(name).cloned())
        .unwrap_or_else(|| vm.t.object.clone())
}

/// The class `__new__` was called with.
pub(super) fn cls_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<TypeRef> {
    match args.pos.first() {
        Some(Value::Type(t)) => Ok(t.clone()),
        _ => Err(vm.type_error(format!("{}.__new__(X): X is not a type object", name))),
    }
}

pub(super) fn no_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
    }
}

/// Exactly `n` positional arguments after the class, else CPython's message.
pub(super) fn exactly<'a>(vm: &Vm, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    let a = &args.pos[1..];
    if a.len() != n {
        return Err(vm.type_error(format!(
            "{} expected {} argument{}, got {}",
            name,
            n,
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(a)
}

fn call1(vm: &Vm, f: &Value, x: Value) -> PyResult<Value> {
    vm.call(f, vec![x])
}

// ----- count, repeat, cycle ------------------------------------------------------

struct Count {
    next: RefCell<Value>,
    step: Value,
}

impl NativeIterator for Count {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let cur = self.next.borrow().clone();
        let after = ops::binary_op(vm, BinOpKind::Add, &cur, &self.step)?;
        *self.next.borrow_mut() = after;
        Ok(Some(cur))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        match self.next.try_borrow() {
            Ok(n) => {
                f(&n);
                f(&self.step);
                true
            }
            Err(_) => false,
        }
    }
    fn repr(&self, vm: &Vm) -> Option<PyResult<String>> {
        let cur = self.next.borrow().clone();
        Some((|| {
            let start = ops::repr(vm, &cur)?;
            if matches!(self.step, Value::Int(1)) {
                Ok(format!("count({})", start))
            } else {
                Ok(format!("count({}, {})", start, ops::repr(vm, &self.step)?))
            }
        })())
    }
}

fn is_number(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(
            v.payload(),
            Some(Payload::Int(_) | Payload::Float(_) | Payload::Complex(..))
        )
        || ["__index__", "__int__", "__float__", "__complex__"]
            .iter()
            .any(|m| crate::runtime::attr::lookup_type(&vm.type_of(v), m).is_some())
}

fn count_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "count")?;
    let start = args.take_kw("start");
    let step = args.take_kw("step");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "count() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let a = &args.pos[1..];
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "count expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let start = a.first().cloned().or(start).unwrap_or(Value::Int(0));
    let step = a.get(1).cloned().or(step).unwrap_or(Value::Int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(make(
        vm,
        &cls,
        Count {
            next: RefCell::new(start),
            step,
        },
    ))
}

struct Repeat {
    item: Value,
    left: Option<Cell<usize>>,
}

impl NativeIterator for Repeat {
    fn next(&self, _vm: &Vm) -> PyResult<Option<Value>> {
        match &self.left {
            None => Ok(Some(self.item.clone())),
            Some(left) if left.get() > 0 => {
                left.set(left.get() - 1);
                Ok(Some(self.item.clone()))
            }
            Some(_) => Ok(None),
        }
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.item);
        true
    }
    fn repr(&self, vm: &Vm) -> Option<PyResult<String>> {
        Some(ops::repr(vm, &self.item).map(|r| match &self.left {
            None => format!("repeat({})", r),
            Some(n) => format!("repeat({}, {})", r, n.get()),
        }))
    }
    fn length_hint(&self) -> Option<usize> {
        self.left.as_ref().map(|n| n.get())
    }
}

fn repeat_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "repeat")?;
    let kw_obj = args.take_kw("object");
    let kw_times = args.take_kw("times");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "repeat() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let a = &args.pos[1..];
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "repeat expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let Some(item) = a.first().cloned().or(kw_obj) else {
        return Err(vm.type_error("repeat() missing required argument 'object' (pos 1)"));
    };
    let left = match a.get(1).cloned().or(kw_times) {
        None => None,
        Some(t) => Some(Cell::new(
            crate::runtime::convert::index_value(vm, &t)?.max(0) as usize,
        )),
    };
    Ok(make(vm, &cls, Repeat { item, left }))
}

struct Cycle {
    it: RefCell<Option<Value>>,
    saved: RefCell<Vec<Value>>,
    pos: Cell<usize>,
}

impl NativeIterator for Cycle {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let it = self.it.borrow().clone();
        if let Some(it) = it {
            match iter::next(vm, &it)? {
                Some(v) => {
                    self.saved.borrow_mut().push(v.clone());
                    return Ok(Some(v));
                }
                None => *self.it.borrow_mut() = None,
            }
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.pos.get() % saved.len();
        self.pos.set(i + 1);
        Ok(Some(saved[i].clone()))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let (Ok(it), Ok(saved)) = (self.it.try_borrow(), self.saved.try_borrow()) else {
            return false;
        };
        if let Some(it) = &*it {
            f(it);
        }
        saved.iter().for_each(f);
        true
    }
}

fn cycle_new(vm: &Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "cycle")?;
    no_kw(vm, &args, "cycle")?;
    let a = exactly(vm, &args, "cycle", 1)?;
    let it = iter::get_iter(vm, &a[0])?;
    Ok(make(
        vm,
        &cls,
        Cycle {
            it: RefCell::new(Some(it)),
            saved: RefCell::new(Vec::new()),
            pos: Cell::new(0),
        },
    ))
}

// ----- chain -----------------------------------------------------------------------

struct Chain {
    /// The iterator of iterables (`chain(*its)` uses a tuple's).
    sources: RefCell<Option<Value>>,
    active: RefCell<Option<Value>>,
}

impl NativeIterator for Chain {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let active = self.active.borrow().clone();
            if let Some(a) = active {
                if let Some(v) = iter::next(vm, &a)? {
                    return Ok(Some(v));
                }
                *self.active.borrow_mut() = None;
            }
            let sources = self.sources.borrow().clone();
            let Some(src) = sources else {
                return Ok(None);
            };
            match iter::next(vm, &src)? {
                Some(iterable) => *self.active.borrow_mut() = Some(iter::get_iter(vm, &iterable)?),
                None => {
                    *self.sources.borrow_mut() = None;
                    return Ok(None);
                }
            }
        }
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let (Ok(s), Ok(a)) = (self.sources.try_borrow(), self.active.try_borrow()) else {
            return false;
        };
        s.iter().chain(a.iter()).for_each(f);
        true
    }
}

fn chain_from(vm: &Vm, cls: &TypeRef, sources: Value) -> PyResult {
    let sources = iter::get_iter(vm, &sources)?;
    Ok(make(
        vm,
        cls,
        Chain {
            sources: RefCell::new(Some(sources)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_new(vm: &Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "chain")?;
    no_kw(vm, &args, "chain")?;
    let its = vm.new_tuple(args.pos[1..].to_vec());
    chain_from(vm, &cls, its)
}

fn chain_from_iterable(vm: &Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "chain")?;
    let a = exactly(vm, &args, "from_iterable", 1)?;
    chain_from(vm, &cls, a[0].clone())
}

// ----- filtering ----------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Filter {
    DropWhile,
    TakeWhile,
    Falsy,
}

struct Filtered {
    kind: Filter,
    pred: Value,
    it: Value,
    /// dropwhile: the predicate failed once; takewhile: it failed (the end).
    flipped: Cell<bool>,
}

impl NativeIterator for Filtered {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            if self.kind == Filter::TakeWhile && self.flipped.get() {
                return Ok(None);
            }
            let Some(v) = iter::next(vm, &self.it)? else {
                return Ok(None);
            };
            if self.kind == Filter::DropWhile && self.flipped.get() {
                return Ok(Some(v));
            }
            let verdict = if self.kind == Filter::Falsy && self.pred.is_none() {
                ops::truthy(vm, &v)?
            } else {
                ops::truthy(vm, &call1(vm, &self.pred, v.clone())?)?
            };
            match (self.kind, verdict) {
                (Filter::DropWhile, true) | (Filter::Falsy, true) => continue,
                (Filter::DropWhile, false) => {
                    self.flipped.set(true);
                    return Ok(Some(v));
                }
                (Filter::TakeWhile, true) | (Filter::Falsy, false) => return Ok(Some(v)),
                (Filter::TakeWhile, false) => {
                    self.flipped.set(true);
                    return Ok(None);
                }
            }
        }
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.pred);
        f(&self.it);
        true
    }
}

fn filtered_new(vm: &Vm, args: Args, name: &str, kind: Filter) -> PyResult {
    let cls = cls_arg(vm, &args, name)?;
    no_kw(vm, &args, name)?;
    let a = exactly(vm, &args, name, 2)?;
    let it = iter::get_iter(vm, &a[1])?;
    Ok(make(
        vm,
        &cls,
        Filtered {
            kind,
            pred: a[0].clone(),
            it,
            flipped: Cell::new(false),
        },
    ))
}

struct Compress {
    data: Value,
    selectors: Value,
}

impl NativeIterator for Compress {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = iter::next(vm, &self.data)? else {
                return Ok(None);
            };
            let Some(s) = iter::next(vm, &self.selectors)? else {
                return Ok(None);
            };
            if ops::truthy(vm, &s)? {
                return Ok(Some(d));
            }
        }
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.data);
        f(&self.selectors);
        true
    }
}

fn compress_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "compress")?;
    let mut a: Vec<Value> = args.pos[1..].to_vec();
    for k in ["data", "selectors"] {
        if let Some(v) = args.take_kw(k) {
            a.push(v);
        }
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "compress() missing required argument '{}' (pos {})",
            if a.is_empty() { "data" } else { "selectors" },
            a.len() + 1
        )));
    }
    let data = iter::get_iter(vm, &a[0])?;
    let selectors = iter::get_iter(vm, &a[1])?;
    Ok(make(vm, &cls, Compress { data, selectors }))
}

// ----- mapping ------------------------------------------------------------------------

struct Starmap {
    func: Value,
    it: Value,
}

impl NativeIterator for Starmap {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(args) = iter::next(vm, &self.it)? else {
            return Ok(None);
        };
        let args = iter::collect(vm, &args)?;
        vm.call(&self.func, args).map(Some)
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.func);
        f(&self.it);
        true
    }
}

fn starmap_new(vm: &Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "starmap")?;
    no_kw(vm, &args, "starmap")?;
    let a = exactly(vm, &args, "starmap", 2)?;
    let it = iter::get_iter(vm, &a[1])?;
    Ok(make(
        vm,
        &cls,
        Starmap {
            func: a[0].clone(),
            it,
        },
    ))
}

struct Accumulate {
    it: Value,
    func: Value,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

impl NativeIterator for Accumulate {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.borrow_mut().take() {
            *self.total.borrow_mut() = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = iter::next(vm, &self.it)? else {
            return Ok(None);
        };
        let total = self.total.borrow().clone();
        let new = match total {
            None => v,
            Some(t) if self.func.is_none() => ops::binary_op(vm, BinOpKind::Add, &t, &v)?,
            Some(t) => vm.call(&self.func, vec![t, v])?,
        };
        *self.total.borrow_mut() = Some(new.clone());
        Ok(Some(new))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.it);
        f(&self.func);
        let (Ok(t), Ok(i)) = (self.total.try_borrow(), self.initial.try_borrow()) else {
            return false;
        };
        t.iter().chain(i.iter()).for_each(f);
        true
    }
}

fn accumulate_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "accumulate")?;
    let initial = args.take_kw("initial").filter(|v| !v.is_none());
    let kw_func = args.take_kw("func");
    let kw_it = args.take_kw("iterable");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "accumulate() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let a = &args.pos[1..];
    let Some(iterable) = a.first().cloned().or(kw_it) else {
        return Err(vm.type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    };
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let func = a.get(1).cloned().or(kw_func).unwrap_or(Value::None);
    let it = iter::get_iter(vm, &iterable)?;
    Ok(make(
        vm,
        &cls,
        Accumulate {
            it,
            func,
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    ))
}

// ----- slicing and zipping ---------------------------------------------------------

struct Islice {
    it: RefCell<Option<Value>>,
    /// Items consumed so far, the index of the next one to return, the end.
    count: Cell<usize>,
    next_index: Cell<usize>,
    stop: Option<usize>,
    step: usize,
}

impl NativeIterator for Islice {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.borrow().clone() else {
            return Ok(None);
        };
        let done = |s: &Self| {
            *s.it.borrow_mut() = None;
            Ok(None)
        };
        while self.count.get() < self.next_index.get() {
            if iter::next(vm, &it)?.is_none() {
                return done(self);
            }
            self.count.set(self.count.get() + 1);
        }
        if self.stop.is_some_and(|s| self.count.get() >= s) {
            return done(self);
        }
        let Some(v) = iter::next(vm, &it)? else {
            return done(self);
        };
        self.count.set(self.count.get() + 1);
        let mut next = self.next_index.get().saturating_add(self.step);
        if let Some(s) = self.stop {
            next = next.min(s);
        }
        self.next_index.set(next);
        Ok(Some(v))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        match self.it.try_borrow() {
            Ok(it) => {
                it.iter().for_each(f);
                true
            }
            Err(_) => false,
        }
    }
}

fn islice_index(vm: &Vm, v: &Value, what: &str) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    let bad = || {
        vm.value_error(format!(
            "{} for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            what
        ))
    };
    let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::Int(_)))
        || crate::runtime::attr::lookup_type(&vm.type_of(v), "__index__").is_some();
    if !is_int {
        return Err(bad());
    }
    match crate::runtime::convert::index_value(vm, v) {
        Ok(n) if n >= 0 => Ok(Some(n as usize)),
        Ok(_) => Err(bad()),
        Err(e) if vm.err_is(&e, "OverflowError") => Err(bad()),
        Err(e) => Err(e),
    }
}

fn islice_new(vm: &Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "islice")?;
    no_kw(vm, &args, "islice")?;
    let a = &args.pos[1..];
    let (start, stop, step) = match a.len() {
        2 => (None, islice_index(vm, &a[1], "Stop argument")?, None),
        3 | 4 => {
            let start = islice_index(vm, &a[1], "Indices")?;
            let stop = islice_index(vm, &a[2], "Stop argument")?;
            let step = match a.get(3) {
                Some(s) if !s.is_none() => {
                    let bad =
                        || vm.value_error("Step for islice() must be a positive integer or None.");
                    match islice_index(vm, s, "Indices") {
                        Ok(Some(n)) if n > 0 => Some(n),
                        Ok(_) => return Err(bad()),
                        Err(e) if vm.err_is(&e, "ValueError") => return Err(bad()),
                        Err(e) => return Err(e),
                    }
                }
                _ => None,
            };
            (start, stop, step)
        }
        n if n < 2 => {
            return Err(vm.type_error(format!("islice expected at least 2 arguments, got {}", n)))
        }
        n => return Err(vm.type_error(format!("islice expected at most 4 arguments, got {}", n))),
    };
    let it = iter::get_iter(vm, &a[0])?;
    let start = start.unwrap_or(0);
    Ok(make(
        vm,
        &cls,
        Islice {
            it: RefCell::new(Some(it)),
            count: Cell::new(0),
            next_index: Cell::new(start),
            stop: stop.map(|s| s.max(start)),
            step: step.unwrap_or(1),
        },
    ))
}

struct ZipLongest {
    its: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

impl NativeIterator for ZipLongest {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let n = self.its.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let it = self.its.borrow()[i].clone();
            let item = match it {
                None => self.fill.clone(),
                Some(it) => match iter::next(vm, &it)? {
                    Some(v) => v,
                    None => {
                        self.its.borrow_mut()[i] = None;
                        self.active.set(self.active.get() - 1);
                        if self.active.get() == 0 {
                            return Ok(None);
                        }
                        self.fill.clone()
                    }
                },
            };
            items.push(item);
        }
        Ok(Some(vm.new_tuple(items)))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.fill);
        match self.its.try_borrow() {
            Ok(its) => {
                its.iter().flatten().for_each(f);
                true
            }
            Err(_) => false,
        }
    }
}

fn zip_longest_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "zip_longest")?;
    let fill = args.take_kw("fillvalue").unwrap_or(Value::None);
    if !args.kw.is_empty() {
        return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
    }
    let its = args.pos[1..]
        .iter()
        .map(|v| iter::get_iter(vm, v).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let active = its.len();
    Ok(make(
        vm,
        &cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(active),
            fill,
        },
    ))
}

struct Pairwise {
    it: RefCell<Option<Value>>,
    old: RefCell<Option<Value>>,
}

impl NativeIterator for Pairwise {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.borrow().clone() else {
            return Ok(None);
        };
        let old = self.old.borrow().clone();
        let old = match old {
            Some(o) => o,
            None => match iter::next(vm, &it)? {
                Some(v) => v,
                None => {
                    *self.it.borrow_mut() = None;
                    return Ok(None);
                }
            },
        };
        let Some(new) = iter::next(vm, &it)? else {
            *self.it.borrow_mut() = None;
            *self.old.borrow_mut() = None;
            return Ok(None);
        };
        *self.old.borrow_mut() = Some(new.clone());
        Ok(Some(vm.new_tuple(vec![old, new])))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let (Ok(i), Ok(o)) = (self.it.try_borrow(), self.old.try_borrow()) else {
            return false;
        };
        i.iter().chain(o.iter()).for_each(f);
        true
    }
}

fn pairwise_new(vm: &Vm, args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "pairwise")?;
    no_kw(vm, &args, "pairwise")?;
    let a = exactly(vm, &args, "pairwise", 1)?;
    let it = iter::get_iter(vm, &a[0])?;
    Ok(make(
        vm,
        &cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

// ----- the module ---------------------------------------------------------------------

fn native_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    if let Some(r) = crate::runtime::native_iter::state_of(&this).and_then(|s| s.repr(vm)) {
        return Ok(vm.new_string(r?));
    }
    crate::runtime::repr::native_repr(vm, &this).map(|s| vm.new_string(s))
}

fn native_length_hint(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    match crate::runtime::native_iter::state_of(&this).and_then(|s| s.length_hint()) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn new_iter_type(vm: &Vm, name: &'static str, new: NativeFn) -> TypeRef {
    let t = crate::runtime::native_iter::iterator_type(vm, "itertools", name);
    add_staticmethod(vm, &t, "__new__", new);
    TYPES.with(|m| m.borrow_mut().insert(name, t.clone()));
    t
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("itertools");
    let d = m.dict.get().expect("module dict").clone();
    let types: [(&'static str, NativeFn); 19] = [
        ("count", count_new),
        ("repeat", repeat_new),
        ("cycle", cycle_new),
        ("chain", chain_new),
        ("compress", compress_new),
        ("dropwhile", |vm, a| {
            filtered_new(vm, a, "dropwhile", Filter::DropWhile)
        }),
        ("takewhile", |vm, a| {
            filtered_new(vm, a, "takewhile", Filter::TakeWhile)
        }),
        ("filterfalse", |vm, a| {
            filtered_new(vm, a, "filterfalse", Filter::Falsy)
        }),
        ("starmap", starmap_new),
        ("accumulate", accumulate_new),
        ("islice", islice_new),
        ("zip_longest", zip_longest_new),
        ("pairwise", pairwise_new),
        ("groupby", grouping::groupby_new),
        ("_grouper", grouping::grouper_new),
        ("product", combinatorics::product_new),
        ("permutations", combinatorics::permutations_new),
        ("combinations", combinatorics::combinations_new),
        ("combinations_with_replacement", combinatorics::cwr_new),
    ];
    for (name, new) in types {
        let t = new_iter_type(vm, name, new);
        let _ = vm.dict_set_str(&d, name, Value::Type(t));
    }
    let tee_type = new_iter_type(vm, "_tee", grouping::tee_object_new);
    let _ = vm.dict_set_str(&d, "_tee", Value::Type(tee_type));
    for name in ["count", "repeat"] {
        let t = itertools_type(vm, name);
        add_method(vm, &t, "__repr__", native_repr);
    }
    add_method(
        vm,
        &itertools_type(vm, "repeat"),
        "__length_hint__",
        native_length_hint,
    );
    add_classmethod(
        vm,
        &itertools_type(vm, "chain"),
        "from_iterable",
        chain_from_iterable,
    );
    let _ = vm.dict_set_str(&d, "tee", vm.new_builtin("tee", grouping::tee));
    m
}
