//! `groupby` and `tee`: iterators that share one underlying iterator.
//!
//! A `groupby` hands out `_grouper` objects that read from the same source; only
//! the newest grouper may advance it (an older one is finished), which CPython
//! tracks by identity and this module by a generation number. `tee` keeps the
//! items some copy has not read yet in a shared buffer, dropped from the front once
//! every live copy is past them.
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::{cls_arg, exactly, itertools_type, no_kw};
use crate::runtime::iter;
use crate::runtime::native_iter::{make, NativeIterator};
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

struct GroupbyState {
    it: Value,
    key: Value,
    target: RefCell<Option<Value>>,
    current_key: RefCell<Option<Value>>,
    current_value: RefCell<Option<Value>>,
    /// The generation of the grouper allowed to read.
    generation: Cell<u64>,
}

impl GroupbyState {
    /// Read the next item and its key; false at the end.
    fn step(&self, vm: &Vm) -> PyResult<bool> {
        let Some(v) = iter::next(vm, &self.it)? else {
            return Ok(false);
        };
        let k = if self.key.is_none() {
            v.clone()
        } else {
            vm.call(&self.key, vec![v.clone()])?
        };
        *self.current_value.borrow_mut() = Some(v);
        *self.current_key.borrow_mut() = Some(k);
        Ok(true)
    }

    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.it);
        f(&self.key);
        for c in [&self.target, &self.current_key, &self.current_value] {
            match c.try_borrow() {
                Ok(v) => v.iter().for_each(&mut *f),
                Err(_) => return false,
            }
        }
        true
    }
}

struct Groupby(Rc<GroupbyState>);

impl NativeIterator for Groupby {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let s = &self.0;
        s.generation.set(s.generation.get() + 1);
        loop {
            let current = s.current_key.borrow().clone();
            if let Some(ck) = current {
                let target = s.target.borrow().clone();
                match target {
                    None => break,
                    Some(t) => {
                        if !ops::eq(vm, &t, &ck)? {
                            break;
                        }
                    }
                }
            }
            if !s.step(vm)? {
                return Ok(None);
            }
        }
        let key = s.current_key.borrow().clone().unwrap_or(Value::None);
        *s.target.borrow_mut() = Some(key.clone());
        let grouper = make(
            vm,
            &itertools_type(vm, "_grouper"),
            Grouper {
                parent: s.clone(),
                target: key.clone(),
                generation: s.generation.get(),
            },
        );
        Ok(Some(vm.new_tuple(vec![key, grouper])))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        self.0.visit(f)
    }
}

struct Grouper {
    parent: Rc<GroupbyState>,
    target: Value,
    generation: u64,
}

impl NativeIterator for Grouper {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let s = &self.parent;
        if s.generation.get() != self.generation {
            return Ok(None);
        }
        if s.current_value.borrow().is_none() && !s.step(vm)? {
            return Ok(None);
        }
        let ck = s.current_key.borrow().clone().unwrap_or(Value::None);
        if !ops::eq(vm, &self.target, &ck)? {
            return Ok(None);
        }
        let v = s.current_value.borrow_mut().take();
        *s.current_key.borrow_mut() = None;
        Ok(v)
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.target);
        self.parent.visit(f)
    }
}

pub fn groupby_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "groupby")?;
    let kw_key = args.take_kw("key");
    let kw_it = args.take_kw("iterable");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "groupby() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let a = &args.pos[1..];
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "groupby() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let Some(iterable) = a.first().cloned().or(kw_it) else {
        return Err(vm.type_error("groupby() missing required argument 'iterable' (pos 1)"));
    };
    let key = a.get(1).cloned().or(kw_key).unwrap_or(Value::None);
    let it = iter::get_iter(vm, &iterable)?;
    Ok(make(
        vm,
        &cls,
        Groupby(Rc::new(GroupbyState {
            it,
            key,
            target: RefCell::new(None),
            current_key: RefCell::new(None),
            current_value: RefCell::new(None),
            generation: Cell::new(0),
        })),
    ))
}

pub fn grouper_new(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}

// ----- tee --------------------------------------------------------------------------

struct TeeShared {
    it: Value,
    buffer: RefCell<VecDeque<Value>>,
    /// The absolute index of `buffer[0]`.
    base: Cell<usize>,
    /// The read position of each copy (`usize::MAX` once a copy is gone).
    positions: RefCell<Vec<usize>>,
}

struct Tee {
    shared: Rc<TeeShared>,
    slot: usize,
}

impl Tee {
    fn position(&self) -> usize {
        self.shared.positions.borrow()[self.slot]
    }
}

impl NativeIterator for Tee {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let s = &self.shared;
        let pos = self.position();
        let buffered = {
            let b = s.buffer.borrow();
            b.get(pos - s.base.get()).cloned()
        };
        let item = match buffered {
            Some(v) => v,
            None => {
                let Some(v) = iter::next(vm, &s.it)? else {
                    return Ok(None);
                };
                s.buffer.borrow_mut().push_back(v.clone());
                v
            }
        };
        s.positions.borrow_mut()[self.slot] = pos + 1;
        // Drop what every copy has read.
        let low = s.positions.borrow().iter().copied().min().unwrap_or(0);
        let mut b = s.buffer.borrow_mut();
        while s.base.get() < low && !b.is_empty() {
            b.pop_front();
            s.base.set(s.base.get() + 1);
        }
        Ok(Some(item))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.shared.it);
        match self.shared.buffer.try_borrow() {
            Ok(b) => {
                b.iter().for_each(f);
                true
            }
            Err(_) => false,
        }
    }
}

impl Drop for Tee {
    fn drop(&mut self) {
        if let Ok(mut p) = self.shared.positions.try_borrow_mut() {
            p[self.slot] = usize::MAX;
        }
    }
}

/// `tee(iterable, n=2)`: a tuple of `n` independent iterators.
pub fn tee(vm: &Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("tee() takes no keyword arguments"));
    }
    let (iterable, n) = match &args.pos[..] {
        [it] => (it.clone(), 2),
        [it, n] => (it.clone(), crate::runtime::convert::index_value(vm, n)?),
        other => {
            return Err(vm.type_error(format!(
                "tee expected {} arguments, got {}",
                if other.is_empty() {
                    "at least 1"
                } else {
                    "at most 2"
                },
                other.len()
            )))
        }
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = iter::get_iter(vm, &iterable)?;
    let n = n as usize;
    let shared = Rc::new(TeeShared {
        it,
        buffer: RefCell::new(VecDeque::new()),
        base: Cell::new(0),
        positions: RefCell::new(vec![0; n]),
    });
    let ty = itertools_type(vm, "_tee");
    let copies = (0..n)
        .map(|slot| {
            make(
                vm,
                &ty,
                Tee {
                    shared: shared.clone(),
                    slot,
                },
            )
        })
        .collect();
    Ok(vm.new_tuple(copies))
}

/// `_tee(iterable)`: one copy reading a new shared buffer.
pub fn tee_object_new(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "_tee")?;
    let a = exactly(vm, &args, "_tee", 1)?;
    let t = tee(vm, Args::new(vec![a[0].clone(), Value::Int(1)]))?;
    match t.payload() {
        Some(Payload::Tuple(items)) => Ok(items[0].clone()),
        _ => Ok(t),
    }
}
