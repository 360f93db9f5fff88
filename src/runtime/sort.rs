//! `list.sort()` and `sorted()`: a stable sort whose comparisons are Python
//! `<` calls that may raise.
//!
//! Comparisons run user code, so the sort must (a) stop at the first raised
//! exception and propagate it, (b) never lose or duplicate an element even
//! when it stops half-way (the list then holds a permutation of its items, as
//! in CPython), and (c) compare the same pairs in the same argument order as
//! CPython where that is observable. The last point matters for error
//! messages: `sorted([3, 'a'])` must report `'<' not supported between
//! instances of 'str' and 'int'`, because CPython's timsort first asks
//! `items[1] < items[0]`. So the run detection (`count_run`) and the binary
//! insertion sort that extends short runs (`binarysort`) are transcribed from
//! `Objects/listobject.c`; every list shorter than 64 items is sorted by
//! exactly those two steps, with CPython's comparison sequence. Longer lists
//! are split into runs the same way and the runs are merged by a plain
//! stable merge (no galloping), which yields the same final order.
//!
//! `reverse=True` reverses, sorts and reverses again (CPython's trick for
//! keeping equal elements in their original order), also when a comparison
//! fails.
//!
//! During `list.sort()` the list is empty: its items are moved out, so a key
//! function or `__lt__` sees `[]`, and if the list was modified meanwhile
//! (detected by it having allocated storage again, as CPython checks
//! `allocated != -1`) the result is `ValueError: list modified during sort`.
use std::cell::RefCell;
use std::cmp::Ordering;

use crate::frontend::bytecode::CmpKind;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

type Lt<'a, T> = dyn FnMut(&T, &T) -> PyResult<bool> + 'a;

/// CPython's `merge_compute_minrun`.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `count_run`: length of the run starting at `a[0]` and whether it is
/// strictly descending.
fn count_run<T>(a: &[T], lt: &mut Lt<T>) -> PyResult<(usize, bool)> {
    if a.len() < 2 {
        return Ok((a.len(), false));
    }
    let mut n = 2;
    if lt(&a[1], &a[0])? {
        while n < a.len() && lt(&a[n], &a[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < a.len() && !lt(&a[n], &a[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// `binarysort`: `a[..start]` is sorted; insert the rest one by one.
fn binarysort<T>(a: &mut [T], start: usize, lt: &mut Lt<T>) -> PyResult<()> {
    let mut start = start.max(1);
    while start < a.len() {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&a[start], &a[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        a[l..=start].rotate_right(1);
        start += 1;
    }
    Ok(())
}

/// Stable merge of the adjacent sorted runs `a[..mid]` and `a[mid..]`. On
/// error every element is still in `a` exactly once.
///
/// Elements are moved, never cloned: the left run is moved out to a buffer
/// and each merged element is moved into place (for `(key, item)` pairs a
/// clone-and-drop per move cost four reference-count updates). The buffered
/// elements not yet placed are moved back by `MergeHole` on every way out,
/// including an error from `lt`.
fn merge<T>(a: &mut [T], mid: usize, lt: &mut Lt<T>) -> PyResult<()> {
    let len = a.len();
    let mut buf: Vec<T> = Vec::with_capacity(mid);
    let base = a.as_mut_ptr();
    // SAFETY: `a[..mid]` is moved bitwise into `buf`'s spare capacity (whose
    // length stays 0, so `buf` never drops them); from here the hole guard
    // owns them until they are back in `a`. Merged elements are written to
    // `a[k]` with `k < j` (there are `mid - i` buffered elements left and
    // `k = i + j - mid`), so no unplaced right-run element is overwritten,
    // and `lt` only reads `a[j]` and `buf[i]`, which are initialised.
    unsafe {
        std::ptr::copy_nonoverlapping(base, buf.as_mut_ptr(), mid);
        let mut hole = MergeHole {
            buf: buf.as_mut_ptr(),
            i: 0,
            end: mid,
            dst: base,
            k: 0,
        };
        let mut j = mid;
        while hole.i < hole.end && j < len {
            let take_right = lt(&*base.add(j), &*hole.buf.add(hole.i))?;
            if take_right {
                std::ptr::copy_nonoverlapping(base.add(j), base.add(hole.k), 1);
                j += 1;
            } else {
                std::ptr::copy_nonoverlapping(hole.buf.add(hole.i), base.add(hole.k), 1);
                hole.i += 1;
            }
            hole.k += 1;
        }
    }
    Ok(())
}

/// The buffered left-run elements `buf[i..end]` of a merge in progress, to
/// be moved to `dst[k..]` whatever happens (see `merge`).
struct MergeHole<T> {
    buf: *mut T,
    i: usize,
    end: usize,
    dst: *mut T,
    k: usize,
}

impl<T> Drop for MergeHole<T> {
    fn drop(&mut self) {
        // SAFETY: `buf[i..end]` are the buffered elements not yet placed and
        // `dst[k..k + (end - i)]` is exactly the hole they left (`merge`).
        unsafe {
            std::ptr::copy_nonoverlapping(
                self.buf.add(self.i),
                self.dst.add(self.k),
                self.end - self.i,
            );
        }
    }
}

/// Timsort's run structure with plain merges (see the module header).
pub fn sort_slice<T>(a: &mut [T], lt: &mut Lt<T>) -> PyResult<()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = minrun(n);
    // Stack of (start, len) runs.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let rest = &mut a[lo..];
        let (mut len, desc) = count_run(rest, lt)?;
        if desc {
            rest[..len].reverse();
        }
        if len < minrun {
            let force = rest.len().min(minrun);
            binarysort(&mut rest[..force], len, lt)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
        // Keep run lengths decreasing so merges stay balanced.
        while runs.len() > 1 {
            let (s2, l2) = runs[runs.len() - 1];
            let (s1, l1) = runs[runs.len() - 2];
            if l1 > l2 && lo < n {
                break;
            }
            merge(&mut a[s1..s2 + l2], l1, lt)?;
            runs.pop();
            let last = runs.len() - 1;
            runs[last] = (s1, l1 + l2);
        }
    }
    Ok(())
}

/// CPython's pre-sort check: when every key is an int that fits a machine
/// word, a float, or an exact str, `<` cannot run Python code or fail, so it
/// is computed directly (same results as `ops::compare_bool`).
fn uniform_lt<'a, I: Iterator<Item = &'a Value> + Clone>(
    keys: I,
) -> Option<fn(&Value, &Value) -> bool> {
    fn int_lt(a: &Value, b: &Value) -> bool {
        matches!((a, b), (Value::Int(x), Value::Int(y)) if x < y)
    }
    fn float_lt(a: &Value, b: &Value) -> bool {
        matches!((a, b), (Value::Float(x), Value::Float(y)) if x < y)
    }
    fn str_lt(a: &Value, b: &Value) -> bool {
        matches!((a.as_str(), b.as_str()), (Some(x), Some(y)) if x < y)
    }
    let mut it = keys.clone();
    let first = it.next()?;
    let exact_str = |v: &Value| matches!(v, Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Str(_)));
    if matches!(first, Value::Int(_)) && keys.clone().all(|k| matches!(k, Value::Int(_))) {
        return Some(int_lt);
    }
    if matches!(first, Value::Float(_)) && keys.clone().all(|k| matches!(k, Value::Float(_))) {
        return Some(float_lt);
    }
    if exact_str(first) && keys.clone().all(exact_str) {
        return Some(str_lt);
    }
    if uniform_tuples(keys) {
        return Some(tuple_lt);
    }
    None
}

/// The kind of a tuple item whose order is plain: 1 int, 2 float (not NaN),
/// 3 exact str, 0 anything else.
fn plain_kind(v: &Value) -> u8 {
    match v {
        Value::Int(_) => 1,
        Value::Float(f) if !f.is_nan() => 2,
        Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Str(_)) => 3,
        _ => 0,
    }
}

/// Every key an exact tuple of the same length with, position by position,
/// items of one plain kind (the usual `key=lambda r: (-r.count, r.name)`):
/// tuple `<` then never runs Python code.
fn uniform_tuples<'a, I: Iterator<Item = &'a Value> + Clone>(mut keys: I) -> bool {
    let tuple = |v: &'a Value| match v {
        Value::Obj(o) if o.class.builtin => match &o.payload {
            Payload::Tuple(t) => Some(&**t),
            _ => None,
        },
        _ => None,
    };
    let Some(first) = keys.next().and_then(tuple) else {
        return false;
    };
    let kinds: Vec<u8> = first.iter().map(plain_kind).collect();
    if kinds.contains(&0) {
        return false;
    }
    keys.all(|k| {
        tuple(k).is_some_and(|t| {
            t.len() == kinds.len() && t.iter().zip(&kinds).all(|(v, &kd)| plain_kind(v) == kd)
        })
    })
}

/// `a < b` for two tuples `uniform_tuples` vetted.
fn tuple_lt(a: &Value, b: &Value) -> bool {
    let (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) = (a.payload(), b.payload()) else {
        return false;
    };
    for (p, q) in x.iter().zip(y.iter()) {
        let o = match (p, q) {
            (Value::Int(m), Value::Int(n)) => m.cmp(n),
            (Value::Float(m), Value::Float(n)) => m.partial_cmp(n).unwrap_or(Ordering::Equal),
            _ => match (p.as_str(), q.as_str()) {
                (Some(m), Some(n)) => m.cmp(n),
                _ => Ordering::Equal,
            },
        };
        if o != Ordering::Equal {
            return o == Ordering::Less;
        }
    }
    x.len() < y.len()
}

fn lt_values<'a>(
    vm: &'a Vm,
    fast: Option<fn(&Value, &Value) -> bool>,
) -> impl FnMut(&Value, &Value) -> PyResult<bool> + 'a {
    move |a, b| match fast {
        Some(f) => Ok(f(a, b)),
        None => ops::compare_bool(vm, a, b, CmpKind::Lt),
    }
}

/// Sort `items` in place (key already applied if `keys` is given).
fn sort_items(vm: &Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    if let Some(f) = key {
        let mut pairs = Vec::with_capacity(items.len());
        for it in items.iter() {
            pairs.push((vm.call(f, vec![it.clone()])?, it.clone()));
        }
        if reverse {
            pairs.reverse();
        }
        let mut lt = lt_values(vm, uniform_lt(pairs.iter().map(|p| &p.0)));
        let r = sort_slice(&mut pairs, &mut |a: &(Value, Value), b: &(Value, Value)| {
            lt(&a.0, &b.0)
        });
        if reverse {
            pairs.reverse();
        }
        *items = pairs.into_iter().map(|(_, v)| v).collect();
        return r;
    }
    if reverse {
        items.reverse();
    }
    let mut lt = lt_values(vm, uniform_lt(items.iter()));
    let r = sort_slice(items, &mut lt);
    if reverse {
        items.reverse();
    }
    r
}

/// `sorted(iterable, key=..., reverse=...)` on collected items.
pub fn sorted_values(
    vm: &Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut items = items;
    sort_items(vm, &mut items, key.as_ref(), reverse)?;
    Ok(items)
}

/// `list.sort()` on a list's storage: the list looks empty while sorting.
pub fn list_sort(
    vm: &Vm,
    cell: &RefCell<Vec<Value>>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut items = std::mem::take(&mut *cell.borrow_mut());
    let r = sort_items(vm, &mut items, key.as_ref(), reverse);
    let modified = {
        let mut l = cell.borrow_mut();
        let modified = l.capacity() != 0;
        *l = items;
        modified
    };
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}
