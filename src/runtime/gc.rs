//! The cycle collector: reference counting frees everything except garbage
//! cycles, and this pass finds and breaks those.
//!
//! It is CPython's algorithm (trial deletion) over our `Rc` objects. Every
//! object that can hold references (containers, instances, functions, cells,
//! generators …) is registered at allocation in a list of object pointers,
//! and takes itself out of it when it dies (its `gc_index` says where it is,
//! so that is a swap, not a search). The list never holds a dead object, so
//! memory is freed the moment the last reference goes: weak references in
//! the list would keep every dead container's memory allocated until the
//! next collection, and new objects would keep landing in cold memory.
//! A collection takes a strong reference to each, sets each one's "external" count to its strong
//! count (minus the reference the collector itself holds), and subtracts one for
//! every reference found *inside* the tracked set. Objects left with a positive
//! count are referenced from outside (the stack, a frame, a type's dict, a Rust
//! local); everything reachable from them is alive. The rest is cyclic garbage:
//! its finalizers run first (PEP 442 style, once per object), and then its
//! containers are emptied, which breaks the cycles so `Rc` frees the memory.
//!
//! Collections happen only at safe points (loop back-edges and calls, when no
//! container is borrowed). There are two generations: every 10,000 new
//! tracked objects the young generation alone is collected (references from
//! older objects count as external, so this is conservative), and survivors are
//! promoted; a full collection runs when the total has doubled since the last
//! full one, so the amortised cost stays linear even with a large live heap. Type objects are not tracked: they count as external roots.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

thread_local! {
    /// Every live tracked object; each knows its position (`gc_index`) and
    /// leaves the list when it dies, so memory is freed at once.
    static TRACKED: RefCell<Vec<*const PyObject>> = const { RefCell::new(Vec::new()) };
    /// Total tracked objects at which the next collection is a full one.
    static THRESHOLD: Cell<usize> = const { Cell::new(20_000) };
    /// Index in TRACKED where the young generation (allocated since the last
    /// collection) starts.
    static YOUNG_START: Cell<usize> = const { Cell::new(0) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

/// Does this object need tracking (can it be part of a cycle)?
fn needs_tracking(o: &PyObject) -> bool {
    if !o.class.builtin {
        return true;
    }
    matches!(
        o.payload,
        Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Tuple(_)
            | Payload::Function(_)
            | Payload::Method { .. }
            | Payload::Cell(_)
            | Payload::Iter(_)
            | Payload::Generator(_)
            | Payload::Exception(_)
            | Payload::Property { .. }
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Super { .. }
            | Payload::DictView { .. }
            | Payload::Native(_)
            | Payload::MappingView(_)
    ) || o.dict.get().is_some()
}

/// Young objects allocated before a young-generation collection runs.
const YOUNG_LIMIT: usize = 10_000;

/// Register a newly allocated object.
pub fn track(o: &ObjRef) {
    if !needs_tracking(o) {
        return;
    }
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        t.push(Rc::as_ptr(o));
        o.gc_index.set(u32::try_from(t.len()).unwrap_or(0));
        if t.len() - YOUNG_START.with(|y| y.get()).min(t.len()) > YOUNG_LIMIT {
            PENDING.with(|p| p.set(true));
        }
    });
}

/// Take a dying object out of the tracked list. The list stays split into
/// old objects then young ones: an old hole is filled by the last old object
/// and the hole that leaves by the last young one.
pub fn untrack(o: &PyObject) {
    let _ = TRACKED.try_with(|t| {
        let Ok(mut t) = t.try_borrow_mut() else {
            return;
        };
        let Some(i) = (o.gc_index.get() as usize).checked_sub(1) else {
            return;
        };
        if i >= t.len() || !std::ptr::eq(t[i], o) {
            return;
        }
        o.gc_index.set(0);
        let young = YOUNG_START.with(|y| y.get()).min(t.len());
        let mut hole = i;
        if i < young {
            // Fill from the last old object, then let the young region
            // start one earlier.
            let last_old = young - 1;
            move_entry(&mut t, last_old, hole);
            hole = last_old;
            YOUNG_START.with(|y| y.set(young - 1));
        }
        let last = t.len() - 1;
        move_entry(&mut t, last, hole);
        t.pop();
    });
}

/// Move the tracked entry at `from` to `to` (updating its `gc_index`).
fn move_entry(t: &mut [*const PyObject], from: usize, to: usize) {
    if from == to {
        return;
    }
    let p = t[from];
    t[to] = p;
    // SAFETY: every pointer in the list is a live tracked object (a dying
    // one is removed by its `Drop` before its memory goes away).
    unsafe { (*p).gc_index.set(u32::try_from(to + 1).unwrap_or(0)) };
}

#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// Call `f` on every object directly referenced by `o`. Returns false if a
/// part of `o` is borrowed right now (then `o` is treated as externally alive).
fn for_each_child(o: &PyObject, f: &mut dyn FnMut(&Value)) -> bool {
    if let Some(d) = o.dict.get() {
        f(&Value::Obj(d.clone()));
    }
    match &o.payload {
        Payload::Native(n) if !n.visit(&mut *f) => return false,
        Payload::MappingView(m) => f(m),
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.iter().for_each(&mut *f),
            Err(_) => return false,
        },
        Payload::Tuple(t) => t.iter().for_each(&mut *f),
        Payload::Dict(d) => match d.try_borrow() {
            Ok(d) => d.iter().for_each(|e| {
                f(&e.key);
                f(&e.value);
            }),
            Err(_) => return false,
        },
        Payload::Set(s) => match s.try_borrow() {
            Ok(s) => s.table.iter().for_each(|(k, _)| f(k)),
            Err(_) => return false,
        },
        Payload::FrozenSet(s) => s.table.iter().for_each(|(k, _)| f(k)),
        Payload::Function(func) => {
            f(&Value::Obj(func.globals.clone()));
            func.closure.iter().for_each(|c| f(&Value::Obj(c.clone())));
            match (
                func.defaults.try_borrow(),
                func.kwdefaults.try_borrow(),
                func.annotations.try_borrow(),
                func.doc.try_borrow(),
            ) {
                (Ok(d), Ok(k), Ok(a), Ok(doc)) => {
                    d.iter().for_each(&mut *f);
                    if let Some(k) = &*k {
                        f(&Value::Obj(k.clone()));
                    }
                    if let Some(a) = &*a {
                        f(a);
                    }
                    f(&doc);
                }
                _ => return false,
            }
            func.code.consts.iter().for_each(&mut *f);
        }
        Payload::Method { func, this } => {
            f(func);
            f(this);
        }
        Payload::Builtin(b) => {
            if let Some(s) = &b.bound_self {
                f(s);
            }
        }
        Payload::Cell(c) => match c.try_borrow() {
            Ok(c) => {
                if let Some(v) = &*c {
                    f(v);
                }
            }
            Err(_) => return false,
        },
        Payload::Iter(st) => match st.try_borrow() {
            Ok(st) => match &*st {
                IterKind::Seq { seq, .. } => f(seq),
                IterKind::Str { s, .. } => f(&Value::Obj(s.clone())),
                IterKind::DictKeys { dict, .. }
                | IterKind::DictValues { dict, .. }
                | IterKind::DictItems { dict, .. } => f(&Value::Obj(dict.clone())),
                IterKind::SetSnapshot { set, items, .. } => {
                    f(&Value::Obj(set.clone()));
                    f(items);
                }
                IterKind::Callable { func, sentinel } => {
                    f(func);
                    f(sentinel);
                }
                IterKind::Enumerate { iter, count } => {
                    f(iter);
                    f(count);
                }
                IterKind::Zip { iters, .. } => iters.iter().for_each(&mut *f),
                IterKind::Map { func, iters } => {
                    f(func);
                    iters.iter().for_each(&mut *f);
                }
                IterKind::Filter { func, iter } => {
                    f(func);
                    f(iter);
                }
                IterKind::Reversed { seq, .. } => f(seq),
                IterKind::Native(n) => {
                    if !n.visit(&mut *f) {
                        return false;
                    }
                }
                IterKind::Range { .. } | IterKind::BigRange(_) | IterKind::Exhausted => {}
            },
            Err(_) => return false,
        },
        Payload::Generator(g) => match g.try_borrow() {
            Ok(g) => {
                if g.running {
                    return false;
                }
                if let Some(fr) = &g.frame {
                    f(&Value::Obj(fr.globals.clone()));
                    fr.locals.iter().flatten().for_each(&mut *f);
                    fr.stack.iter().for_each(&mut *f);
                    fr.cells.iter().for_each(|c| f(&Value::Obj(c.clone())));
                    if let Some(l) = &fr.locals_dict {
                        f(&Value::Obj(l.clone()));
                    }
                    fr.code.consts.iter().for_each(&mut *f);
                }
            }
            Err(_) => return false,
        },
        Payload::Exception(d) => match d.try_borrow() {
            Ok(d) => {
                d.args.iter().for_each(&mut *f);
                d.notes.iter().for_each(&mut *f);
                if let Some(c) = &d.cause {
                    f(c);
                }
                if let Some(c) = &d.context {
                    f(c);
                }
            }
            Err(_) => return false,
        },
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => {
            f(fget);
            f(fset);
            f(fdel);
            f(doc);
        }
        Payload::ClassMethod(v) | Payload::StaticMethod(v) => f(v),
        Payload::Super { obj, .. } => f(obj),
        Payload::DictView { dict, .. } => f(&Value::Obj(dict.clone())),
        Payload::Slice { start, stop, step } => {
            f(start);
            f(stop);
            f(step);
        }
        _ => {}
    }
    true
}

/// Empty an unreachable object's references (dropping them after the borrow ends).
fn clear(o: &PyObject) {
    let mut trash: Vec<Value> = Vec::new();
    match &o.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                trash.extend(l.drain(..));
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                let old = std::mem::take(&mut *d);
                drop(d);
                for e in old.iter() {
                    trash.push(e.key.clone());
                    trash.push(e.value.clone());
                }
                drop(old);
            }
        }
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                let old = std::mem::take(&mut *s);
                drop(s);
                drop(old);
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                trash.extend(c.take());
            }
        }
        Payload::Function(func) => {
            if let Ok(mut d) = func.defaults.try_borrow_mut() {
                trash.extend(d.drain(..));
            }
            if let Ok(mut k) = func.kwdefaults.try_borrow_mut() {
                trash.extend(k.take().map(Value::Obj));
            }
            if let Ok(mut a) = func.annotations.try_borrow_mut() {
                trash.extend(a.take());
            }
        }
        Payload::Native(n) => n.clear(&mut trash),
        Payload::Iter(st) => {
            if let Ok(mut st) = st.try_borrow_mut() {
                let old = std::mem::replace(&mut *st, IterKind::Exhausted);
                drop(st);
                drop(old);
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                let old = g.frame.take();
                drop(g);
                drop(old);
            }
        }
        Payload::Exception(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                trash.append(&mut d.args);
                trash.extend(d.cause.take());
                trash.extend(d.context.take());
                trash.append(&mut d.notes);
            }
        }
        _ => {}
    }
    drop(trash);
}

/// Run a full collection now; returns the number of unreachable objects found.
pub fn collect(vm: &Vm) -> usize {
    collect_generation(vm, true)
}

/// Collect the young generation (objects tracked since the last collection),
/// or everything when `full`. In a young collection every reference from an
/// older object counts as external, which is conservative: cycles reaching into
/// the old generation wait for the next full collection.
fn collect_generation(vm: &Vm, full: bool) -> usize {
    PENDING.with(|p| p.set(false));
    let start = if full {
        0
    } else {
        YOUNG_START.with(|y| y.get())
    };
    let (start, objs): (usize, Vec<ObjRef>) = TRACKED.with(|t| {
        let t = t.borrow();
        let start = start.min(t.len());
        let objs = t[start..]
            .iter()
            .map(|&p| {
                // SAFETY: every pointer in the list is a live tracked object
                // (see `untrack`); this makes one more strong reference.
                unsafe {
                    Rc::increment_strong_count(p);
                    Rc::from_raw(p)
                }
            })
            .collect();
        (start, objs)
    });
    // `objs` is the list from `start` on, and nothing dies until marking is
    // done, so an object's index in it is its list position minus `start`:
    // finding a child's index is a field read.
    let index_of = |c: &ObjRef| -> Option<usize> {
        let slot = (c.gc_index.get() as usize).checked_sub(1 + start)?;
        if slot >= objs.len() || !Rc::ptr_eq(&objs[slot], c) {
            None
        } else {
            Some(slot)
        }
    };
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    for o in objs.iter() {
        let complete = for_each_child(o, &mut |v| {
            if let Value::Obj(c) = v {
                if let Some(j) = index_of(c) {
                    refs[j] -= 1;
                }
            }
        });
        if !complete {
            let i = index_of(o).unwrap_or(0);
            refs[i] += 1 << 30;
        }
    }
    // Everything reachable from an externally referenced object is alive.
    let mut alive = vec![false; objs.len()];
    let mut work: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        alive[i] = true;
    }
    while let Some(i) = work.pop() {
        for_each_child(&objs[i], &mut |v| {
            if let Value::Obj(c) = v {
                if let Some(j) = index_of(c) {
                    if !alive[j] {
                        alive[j] = true;
                        work.push(j);
                    }
                }
            }
        });
    }
    let garbage: Vec<ObjRef> = objs
        .iter()
        .enumerate()
        .filter(|(i, _)| !alive[*i])
        .map(|(_, o)| o.clone())
        .collect();
    let n = garbage.len();
    // Finalizers first; a finalizer may resurrect objects, so clearing waits for the next round.
    let mut ran_finalizer = false;
    for o in &garbage {
        if !o.class.builtin && !o.finalized.get() {
            if let Some(del) = crate::runtime::attr::lookup_type(&o.class, "__del__") {
                o.finalized.set(true);
                ran_finalizer = true;
                if let Err(e) = vm.call(&del, vec![Value::Obj(o.clone())]) {
                    let fname = crate::runtime::ops::repr(vm, &del).unwrap_or_default();
                    let report = format!(
                        "Exception ignored in: {}\n{}",
                        fname,
                        crate::runtime::exceptions::format_exception(vm, &e)
                    );
                    crate::runtime::builtins::write_stderr(&report);
                }
            }
        }
    }
    if !ran_finalizer {
        for o in &garbage {
            clear(o);
        }
    }
    drop(garbage);
    drop(objs);
    // The dead left the list as they were freed.
    let survivors = TRACKED.with(|t| t.borrow().len());
    // Everything that survived is now old.
    YOUNG_START.with(|y| y.set(survivors));
    if full {
        THRESHOLD.with(|x| x.set((survivors * 2).max(20_000)));
    }
    n
}

/// Collect if enough allocations happened (called at safe points).
pub fn maybe_collect(vm: &Vm) {
    if pending() && is_enabled() {
        let total = TRACKED.with(|t| t.borrow().len());
        collect_generation(vm, total > THRESHOLD.with(|x| x.get()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(v: &Value) -> usize {
        match v {
            Value::Obj(o) => o.gc_index.get() as usize - 1,
            _ => unreachable!(),
        }
    }

    /// Dying objects leave the tracked list at once, every entry knows its
    /// position, and old and young objects stay on their sides of the split.
    #[test]
    fn dying_objects_leave_the_tracked_list() {
        let vm = Vm::new();
        let old: Vec<Value> = (0..60).map(|_| vm.new_list(vec![])).collect();
        collect_generation(&vm, false);
        let young: Vec<Value> = (0..60).map(|_| vm.new_list(vec![])).collect();
        let before = TRACKED.with(|t| t.borrow().len());
        let keep = |v: Vec<Value>, m: usize| -> Vec<Value> {
            v.into_iter()
                .enumerate()
                .filter(|(i, _)| i % m != 0)
                .map(|(_, v)| v)
                .collect()
        };
        let old = keep(old, 3);
        let young = keep(young, 2);
        TRACKED.with(|t| {
            let t = t.borrow();
            assert_eq!(t.len(), before - 20 - 30);
            for (i, &p) in t.iter().enumerate() {
                // SAFETY: tracked pointers are live objects.
                assert_eq!(unsafe { (*p).gc_index.get() } as usize, i + 1);
            }
        });
        let split = YOUNG_START.with(|y| y.get());
        assert!(old.iter().all(|v| position(v) < split));
        assert!(young.iter().all(|v| position(v) >= split));
    }
}
