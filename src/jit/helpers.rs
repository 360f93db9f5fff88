//! Runtime helpers called from compiled traces.
//!
//! Each helper is an `extern "C"` function that takes raw words and returns a
//! status word (0 = carry on, anything else = take the guard's exit). Helpers
//! never unwind into generated code: a helper that could raise reports failure
//! through its status instead, and the exit resumes the interpreter at the
//! instruction, which then raises the exception itself.
use std::cell::Cell;

use crate::runtime::object::{IterKind, Payload, Value};

use super::raw::{borrow_obj, borrow_type, payload_word, replace_with_words};
use super::TraceCtx;

/// The type tag of a value (the `Value` discriminant).
fn tag_of(v: &Value) -> u64 {
    match v {
        Value::None => 0,
        Value::Bool(_) => 1,
        Value::Int(_) => 2,
        Value::Float(_) => 3,
        Value::Obj(_) => 4,
        Value::Type(_) => 5,
    }
}

/// Rebuild a value from its type tag and payload word (a new reference for
/// objects).
///
/// # Safety
/// For tags 4 and 5, `word` must be the payload word of a live value.
pub unsafe fn value_from(tag: u64, word: u64) -> Value {
    match tag {
        1 => Value::Bool(word & 1 != 0),
        2 => Value::Int(word as i64),
        3 => Value::Float(f64::from_bits(word)),
        // SAFETY: guaranteed by the caller.
        4 => Value::Obj(unsafe { (*borrow_obj(word)).clone() }),
        // SAFETY: guaranteed by the caller.
        5 => Value::Type(unsafe { (*borrow_type(word)).clone() }),
        _ => Value::None,
    }
}

/// Hand `v` to the trace as a payload word of type `tag` through `cx.scratch`.
/// Objects that only a mutable container holds are also kept in the trace's
/// temporaries until the end of the iteration, so a later store into that
/// container cannot free them while the trace still uses them.
///
/// # Safety
/// `cx` must be the live context of the running trace.
unsafe fn hand_out(cx: *mut TraceCtx, v: &Value, tag: u64, keep: bool) -> u64 {
    if tag_of(v) != tag {
        return 2;
    }
    // SAFETY: `cx` is the running trace's context (caller's contract).
    let cx = unsafe { &mut *cx };
    cx.scratch = payload_word(v) as i64;
    if keep && tag >= 4 {
        // SAFETY: `temps` points at the `Vec` owned by the trace's caller.
        unsafe { (*cx.temps).push(v.clone()) };
    }
    0
}

/// Normalise a Python index into `0..n`.
fn index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (j >= 0 && (j as usize) < n).then_some(j as usize)
}

/// `seq[i]` for a builtin list or tuple, with the item's type tag checked.
///
/// # Safety
/// `cx` is the running trace's context and `seq` a live object's word.
pub unsafe extern "C" fn get_item(cx: *mut TraceCtx, seq: u64, i: i64, tag: u64) -> u64 {
    let tag = tag & 0xff;
    // SAFETY: the object is kept alive by a frame slot or the temporaries.
    let o = unsafe { borrow_obj(seq) };
    if !o.class.builtin {
        return 1;
    }
    match &o.payload {
        Payload::List(l) => {
            let l = l.borrow();
            match index(i, l.len()) {
                // SAFETY: as above.
                Some(j) => unsafe { hand_out(cx, &l[j], tag, true) },
                None => 1,
            }
        }
        Payload::Tuple(t) => match index(i, t.len()) {
            // SAFETY: as above; a tuple keeps its items alive.
            Some(j) => unsafe { hand_out(cx, &t[j], tag, false) },
            None => 1,
        },
        Payload::Str(_) | Payload::Bytes(_) => {
            // SAFETY: `cx` is the running trace's context; its VM outlives it.
            let vm = unsafe { &*(*cx).vm };
            match crate::runtime::subscript::native_getitem(vm, &o, &Value::Int(i)) {
                // A new one-character str lives only in the temporaries.
                // SAFETY: as above.
                Ok(Some(v)) => unsafe { hand_out(cx, &v, tag, true) },
                _ => 1,
            }
        }
        _ => 1,
    }
}

/// `seq[i] = value` for a builtin list.
///
/// # Safety
/// `seq` (and `word` for object tags) are live objects' words.
pub unsafe extern "C" fn set_item(seq: u64, i: i64, tag: u64, word: u64) -> u64 {
    // SAFETY: the list is kept alive by a frame slot or the temporaries.
    let o = unsafe { borrow_obj(seq) };
    if !o.class.builtin {
        return 1;
    }
    let Payload::List(l) = &o.payload else {
        return 1;
    };
    // SAFETY: the stored value is alive (caller's contract).
    let v = unsafe { value_from(tag, word) };
    let old = {
        let mut l = l.borrow_mut();
        match index(i, l.len()) {
            Some(j) => std::mem::replace(&mut l[j], v),
            None => return 1,
        }
    };
    drop(old);
    0
}

/// `lst.append(value)` for a builtin list.
///
/// # Safety
/// As for [`set_item`].
pub unsafe extern "C" fn list_append(seq: u64, tag: u64, word: u64) -> u64 {
    // SAFETY: the list is kept alive by a frame slot or the temporaries.
    let o = unsafe { borrow_obj(seq) };
    if !o.class.builtin {
        return 1;
    }
    let Payload::List(l) = &o.payload else {
        return 1;
    };
    // SAFETY: the appended value is alive (caller's contract).
    let v = unsafe { value_from(tag, word) };
    l.borrow_mut().push(v);
    0
}

/// `len(obj)` for builtin containers; the length goes to `cx.scratch`.
///
/// # Safety
/// `cx` is the running trace's context and `obj` a live object's word.
pub unsafe extern "C" fn len(cx: *mut TraceCtx, obj: u64) -> u64 {
    // SAFETY: the object is kept alive by a frame slot or the temporaries.
    let o = unsafe { borrow_obj(obj) };
    if !o.class.builtin {
        return 1;
    }
    let n = match &o.payload {
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Str(s) => s.value.chars().count(),
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        _ => return 1,
    };
    // SAFETY: `cx` is the running trace's context.
    unsafe { (*cx).scratch = n as i64 };
    0
}

/// Exit unless `obj` is a builtin tuple or list of length `n`.
///
/// # Safety
/// `obj` is a live object's word.
pub unsafe extern "C" fn check_seq_len(obj: u64, n: i64) -> u64 {
    // SAFETY: the object is kept alive by a frame slot or the temporaries.
    let o = unsafe { borrow_obj(obj) };
    if !o.class.builtin {
        return 1;
    }
    let len = match &o.payload {
        Payload::Tuple(t) => t.len(),
        Payload::List(l) => l.borrow().len(),
        _ => return 1,
    };
    (len as i64 != n) as u64
}

/// Next item of a list/tuple iterator: 0 with the item's word in `cx.scratch`,
/// 1 when exhausted (the iterator is marked exhausted, as tier 1 does), 2 when
/// this is not such an iterator or the item has another type (not advanced).
///
/// # Safety
/// `cx` is the running trace's context and `iter` a live object's word.
pub unsafe extern "C" fn seq_iter_next(cx: *mut TraceCtx, iter: u64, tag: u64) -> u64 {
    // SAFETY: the iterator is kept alive by the frame's value stack.
    let o = unsafe { borrow_obj(iter) };
    let Payload::Iter(st) = &o.payload else {
        return 2;
    };
    let Ok(mut st) = st.try_borrow_mut() else {
        return 2;
    };
    let IterKind::Seq { seq, index } = &mut *st else {
        // A str or dict-view iterator: check the next item's type before
        // taking it, then step it as tier 1 does.
        let stand_in = Value::Obj((*o).clone());
        let tag_ok = match crate::runtime::iter::peek_native_kind(&st, &stand_in) {
            None => return 2,
            Some(None) => None,
            Some(Some(v)) => Some(tag_of(&v) == tag),
        };
        drop(st);
        if tag_ok == Some(false) {
            return 2;
        }
        // SAFETY: `cx` is the running trace's context; its VM outlives it.
        let vm = unsafe { &*(*cx).vm };
        return match crate::runtime::iter::next(vm, &stand_in) {
            // SAFETY: as above.
            Ok(Some(v)) => unsafe { hand_out(cx, &v, tag, true) },
            Ok(None) => 1,
            Err(_) => 2,
        };
    };
    let Value::Obj(s) = &*seq else {
        return 2;
    };
    if !s.class.builtin {
        return 2;
    }
    let status = match &s.payload {
        Payload::List(l) => match l.borrow().get(*index) {
            // SAFETY: `cx` is the running trace's context.
            Some(v) => unsafe { hand_out(cx, v, tag, true) },
            None => 1,
        },
        Payload::Tuple(t) => match t.get(*index) {
            // SAFETY: as above; the tuple keeps its items alive.
            Some(v) => unsafe { hand_out(cx, v, tag, false) },
            None => 1,
        },
        _ => 2,
    };
    match status {
        0 => *index += 1,
        1 => *st = IterKind::Exhausted,
        _ => {}
    }
    status
}

/// Store a value into a local slot (`Option<Value>` memory), dropping the old.
///
/// # Safety
/// `slot` points at a live frame local; `word` is a live value's word.
pub unsafe extern "C" fn store_slot(slot: *mut Option<Value>, tag: u64, word: u64) {
    // SAFETY: guaranteed by the caller.
    let v = unsafe { value_from(tag, word) };
    // SAFETY: `slot` is a frame local the trace's caller lent us.
    let old = unsafe { (*slot).replace(v) };
    drop(old);
}

/// Drop a reference the trace took over from a frame slot (the inline slot
/// store's slow path: it was the object's last reference).
///
/// # Safety
/// `(tag, word)` is an owned object or class reference (tag 4 or 5) whose
/// count the caller has not decremented.
pub unsafe extern "C" fn release_value(tag: u64, word: u64) {
    // SAFETY: the caller hands over one owned reference.
    drop(unsafe { super::raw::value_from_owned(tag, word) });
}

/// The instance dict of a Python object, if it has one.
fn instance_dict(o: &crate::runtime::object::ObjRef) -> Option<&crate::runtime::object::ObjRef> {
    o.dict.get()
}

/// Exit unless object `obj`'s class is `cls` at version `version`.
///
/// # Safety
/// `obj` and `cls` are live values' words (an object and a class).
pub unsafe extern "C" fn check_class(obj: u64, cls: u64, version: u64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(obj) };
    // SAFETY: the class is a trace constant.
    let t = unsafe { borrow_type(cls) };
    (!(std::rc::Rc::ptr_eq(&o.class, &t) && t.version.get() == version)) as u64
}

/// Status 1 unless class `cls` still has version `version`.
///
/// # Safety
/// `cls` is a live class's word (a trace constant).
pub unsafe extern "C" fn check_type_version(cls: u64, version: u64) -> u64 {
    // SAFETY: the class is a trace constant.
    let t = unsafe { borrow_type(cls) };
    (t.version.get() != version) as u64
}

/// The instance dict of the object with word `obj`, and attribute name
/// `name` as a dict key with its hash; `None` when the object has no dict.
///
/// # Safety
/// `obj` and `name` are live objects' words (`name` a str).
unsafe fn attr_key(obj: u64, name: u64) -> Option<(crate::runtime::object::ObjRef, Value, i64)> {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(obj) };
    // SAFETY: the name is a trace constant.
    let n = unsafe { borrow_obj(name) };
    let d = instance_dict(&o)?.clone();
    let Payload::Str(s) = &n.payload else {
        return None;
    };
    let key = Value::Obj((*n).clone());
    let h = crate::runtime::attr::cached_str_hash(&key, &s.value);
    Some((d, key, h))
}

/// Is dict entry key `key` the attribute name `name` (a str object)?
fn is_name(key: &Value, name: &crate::runtime::object::ObjRef) -> bool {
    match key {
        Value::Obj(k) if std::rc::Rc::ptr_eq(k, name) => true,
        Value::Obj(k) => match (&k.payload, &name.payload) {
            (Payload::Str(a), Payload::Str(b)) => k.class.builtin && a.value == b.value,
            _ => false,
        },
        _ => false,
    }
}

/// Index of attribute `name` in instance dict `d`: first at `hint` (where
/// the same instruction found it last time: objects built by the same
/// `__init__` have their attributes in the same order), else by hashing,
/// updating the hint.
fn attr_index(
    d: &crate::runtime::dict::PyDict,
    name: &crate::runtime::object::ObjRef,
    hint: &Cell<u32>,
) -> Option<usize> {
    let i = hint.get() as usize;
    if d.entry_at(i).is_some_and(|e| is_name(&e.key, name)) {
        return Some(i);
    }
    let Payload::Str(s) = &name.payload else {
        return None;
    };
    let key = Value::Obj(name.clone());
    let h = crate::runtime::attr::cached_str_hash(&key, &s.value);
    let i = d.find_str(&s.value, h)?;
    hint.set(i as u32);
    Some(i)
}

/// `obj.name` from the instance dict, of type `tag`, to `cx.scratch`;
/// `hint` is the instruction's attribute-slot hint.
///
/// # Safety
/// `cx` is the running trace's context; `obj` and `name` live objects'
/// words; `hint` points into the running trace's `attr_hints`.
pub unsafe extern "C" fn get_attr(
    cx: *mut TraceCtx,
    obj: u64,
    name: u64,
    tag: u64,
    hint: *const Cell<u32>,
) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(obj) };
    // SAFETY: the name is a trace constant.
    let n = unsafe { borrow_obj(name) };
    let Some(d) = instance_dict(&o) else {
        return 1;
    };
    let Payload::Dict(dd) = &d.payload else {
        return 1;
    };
    let d = dd.borrow();
    // SAFETY: the hints live as long as the trace's code.
    match attr_index(&d, &n, unsafe { &*hint }).and_then(|i| d.entry_at(i)) {
        // SAFETY: `cx` is the running trace's context.
        Some(e) => unsafe { hand_out(cx, &e.value, tag, true) },
        None => 1,
    }
}

/// Exit (1) if `obj`'s instance dict has key `name`.
///
/// # Safety
/// `obj` and `name` are live objects' words.
pub unsafe extern "C" fn check_no_attr(obj: u64, name: u64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(obj) };
    // SAFETY: the name is a trace constant.
    let n = unsafe { borrow_obj(name) };
    let Some(d) = instance_dict(&o) else {
        return 0;
    };
    let (Payload::Dict(dd), Payload::Str(s)) = (&d.payload, &n.payload) else {
        return 1;
    };
    let d = dd.borrow();
    if d.is_empty() {
        return 0;
    }
    let h = match s.hash.get() {
        -1 => crate::runtime::attr::cached_str_hash(&Value::Obj((*n).clone()), &s.value),
        h => h,
    };
    d.find_str(&s.value, h).is_some() as u64
}

/// `obj.name = value` into the instance dict; `hint` is the instruction's
/// attribute-slot hint (see `get_attr`).
///
/// # Safety
/// `obj`, `name` (and `word` for object tags) are live values' words;
/// `hint` points into the running trace's `attr_hints`.
pub unsafe extern "C" fn set_attr(
    obj: u64,
    name: u64,
    tag: u64,
    word: u64,
    hint: *const Cell<u32>,
) -> u64 {
    {
        // SAFETY: kept alive by a frame slot, the temporaries or the trace.
        let o = unsafe { borrow_obj(obj) };
        // SAFETY: the name is a trace constant.
        let n = unsafe { borrow_obj(name) };
        if let Some(Payload::Dict(dd)) = instance_dict(&o).map(|d| &d.payload) {
            // SAFETY: the hints live as long as the trace's code.
            let hint = unsafe { &*hint };
            let i = hint.get() as usize;
            let hit = dd.borrow().entry_at(i).is_some_and(|e| is_name(&e.key, &n));
            if hit {
                let old = {
                    let mut d = dd.borrow_mut();
                    let old = d.entry_at_mut(i).map(|e| {
                        // SAFETY: the stored value is alive (caller's contract).
                        unsafe { replace_with_words(&mut e.value, tag, word) }
                    });
                    d.version += 1;
                    old
                };
                drop(old);
                return 0;
            }
        }
    }
    // SAFETY: guaranteed by the caller.
    let Some((d, key, h)) = (unsafe { attr_key(obj, name) }) else {
        return 1;
    };
    let Payload::Dict(dd) = &d.payload else {
        return 1;
    };
    // SAFETY: the stored value is alive (caller's contract).
    let v = unsafe { value_from(tag, word) };
    let found = match dd.borrow().find_native(&key, h) {
        Ok(i) => i,
        Err(_) => return 1,
    };
    if let Some(i) = found {
        // SAFETY: as above.
        unsafe { &*hint }.set(i as u32);
    }
    let old = match found {
        Some(i) => {
            let mut d = dd.borrow_mut();
            let old = d
                .entry_at_mut(i)
                .map(|e| std::mem::replace(&mut e.value, v));
            d.version += 1;
            old
        }
        None => {
            dd.borrow_mut().push_new(key, h, v);
            None
        }
    };
    drop(old);
    0
}

/// A new instance of the Python class `cls` (object's `__new__`), kept in
/// the temporaries; its word goes to `cx.scratch`.
///
/// # Safety
/// `cx` is the running trace's context and `cls` a live class's word.
pub unsafe extern "C" fn new_obj(cx: *mut TraceCtx, cls: u64) -> u64 {
    // SAFETY: the class is a trace constant.
    let t = unsafe { borrow_type(cls) };
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    match crate::runtime::call::new_instance(vm, &t, Vec::new()) {
        // SAFETY: as above.
        Ok(v) => unsafe { hand_out(cx, &v, 4, true) },
        Err(_) => 1,
    }
}

/// `range(start, stop, step)`, kept in the temporaries; its word goes to
/// `cx.scratch`. Status 1 for a zero step (tier 1 raises the ValueError).
///
/// # Safety
/// `cx` is the running trace's context.
pub unsafe extern "C" fn new_range(cx: *mut TraceCtx, start: i64, stop: i64, step: i64) -> u64 {
    if step == 0 {
        return 1;
    }
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    let r = Value::Obj(crate::runtime::object::PyObject::new(
        vm.t.range.clone(),
        Payload::Range { start, stop, step },
    ));
    // SAFETY: as above.
    unsafe { hand_out(cx, &r, 4, true) }
}

/// `iter(obj)` of a builtin list, tuple or range, kept in the temporaries;
/// its word goes to `cx.scratch`. Status 1 for anything else.
///
/// # Safety
/// `cx` is the running trace's context and `obj` a live object's word.
pub unsafe extern "C" fn get_iter(cx: *mut TraceCtx, obj: u64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(obj) };
    if !o.class.builtin
        || !matches!(
            o.payload,
            Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. }
        )
    {
        return 1;
    }
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    let v = Value::Obj((*o).clone());
    match crate::runtime::iter::native_iter(vm, &v, &o) {
        // SAFETY: as above.
        Some(it) => unsafe { hand_out(cx, &it, 4, true) },
        None => 1,
    }
}

/// `a <op> b` for two exact strs (`op` a `CmpKind` number); the bool goes to
/// `cx.scratch`. Status 1 for anything else.
///
/// # Safety
/// `cx` is the running trace's context; `a` and `b` live objects' words.
pub unsafe extern "C" fn str_cmp(cx: *mut TraceCtx, a: u64, b: u64, op: i64) -> u64 {
    // SAFETY: kept alive by frame slots, the temporaries or the trace.
    let (x, y) = unsafe { (borrow_obj(a), borrow_obj(b)) };
    let (Payload::Str(p), Payload::Str(q)) = (&x.payload, &y.payload) else {
        return 1;
    };
    if !x.class.builtin || !y.class.builtin {
        return 1;
    }
    // UTF-8 byte order is code point order, which is Python's str order.
    let (p, q) = (p.value.as_bytes(), q.value.as_bytes());
    let r = match op {
        0 => p < q,
        1 => p <= q,
        2 => p == q,
        3 => p != q,
        4 => p > q,
        5 => p >= q,
        _ => return 1,
    };
    // SAFETY: `cx` is the running trace's context.
    unsafe { (*cx).scratch = r as i64 };
    0
}

/// Default `idx` of the Python function `func`, of type `tag`, through
/// `cx.scratch`. Status 1 when it has no such default or another type.
///
/// # Safety
/// `cx` is the running trace's context; `func` a live object's word.
pub unsafe extern "C" fn func_default(cx: *mut TraceCtx, func: u64, idx: u64, tag: u64) -> u64 {
    // SAFETY: the function is a trace constant.
    let f = unsafe { borrow_obj(func) };
    let Payload::Function(pf) = &f.payload else {
        return 1;
    };
    let v = pf.defaults.borrow().get(idx as usize).cloned();
    match v {
        // SAFETY: `cx` is the running trace's context.
        Some(v) => match unsafe { hand_out(cx, &v, tag, true) } {
            0 => 0,
            _ => 1,
        },
        None => 1,
    }
}

/// Status 0 when `func` is a Python function without a closure whose code
/// is at address `code` and whose globals dict is `globals`, else 1.
///
/// # Safety
/// `func` is a live object's word.
pub unsafe extern "C" fn guard_func(func: u64, code: u64, globals: u64) -> u64 {
    // SAFETY: the callee is held by a frame slot or the temporaries.
    let f = unsafe { borrow_obj(func) };
    match &f.payload {
        Payload::Function(pf)
            if f.class.builtin
                && pf.closure.is_empty()
                && std::rc::Rc::as_ptr(&pf.code) as u64 == code
                && super::raw::obj_word(&pf.globals) == globals =>
        {
            0
        }
        _ => 1,
    }
}

/// `MakeFunc`: a new function of code object `code` with globals `globals`
/// and (unless 0) the cells of tuple `closure`, through `cx.scratch`.
///
/// # Safety
/// `cx` is the running trace's context; the words are live objects' (the
/// code and globals are trace constants).
pub unsafe extern "C" fn make_function(
    cx: *mut TraceCtx,
    code: u64,
    globals: u64,
    closure: u64,
) -> u64 {
    // SAFETY: trace constants and a live tuple (caller's contract).
    let (code, globals) = unsafe { ((*borrow_obj(code)).clone(), (*borrow_obj(globals)).clone()) };
    let closure = match closure {
        0 => None,
        // SAFETY: as above.
        w => Some(Value::Obj((*unsafe { borrow_obj(w) }).clone())),
    };
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    let f = crate::tiers::interp::new_function(vm, &globals, Value::Obj(code), closure);
    // SAFETY: as above.
    unsafe { hand_out(cx, &f, 4, true) };
    0
}

/// `OperatorPy`: the binary, in-place or comparison operator `code` (opcode
/// << 8 | arg) on the two (tag, word) pairs at `args`, as tier 1 does it;
/// the result, of type `rtag`, through `cx.scratch`. Status 1 as for
/// `call_py` (the outcome in `cx.after_call`).
///
/// # Safety
/// `cx` is the running trace's context; `args` points at two pairs of live
/// values.
pub unsafe extern "C" fn operator_py(
    cx: *mut TraceCtx,
    code: u64,
    args: *const u64,
    rtag: u64,
) -> u64 {
    use crate::frontend::bytecode::{BinOpKind, CmpKind, Op};
    // SAFETY: two live (tag, word) pairs (caller's contract).
    let (a, b) = unsafe {
        (
            value_from(*args, *args.add(1)),
            value_from(*args.add(2), *args.add(3)),
        )
    };
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    let arg = (code & 0xff) as u32;
    let r = match code >> 8 {
        op if op == Op::BinaryOp as u64 => {
            crate::runtime::ops::binary_op(vm, BinOpKind::from_arg(arg), &a, &b)
        }
        op if op == Op::InplaceOp as u64 => {
            crate::runtime::ops::inplace_op(vm, BinOpKind::from_arg(arg), &a, &b)
        }
        _ => crate::runtime::ops::compare(vm, &a, &b, CmpKind::from_arg(arg)),
    };
    // SAFETY: as above.
    unsafe { finish_opaque(cx, vm, r, rtag) }
}

/// `GenNext`: resume the generator `it` through the runtime. Status 0 with
/// its value (of type `tag`) through `cx.scratch`, 1 when it is exhausted,
/// 2 to leave the trace: after the step (its outcome in `cx.after_call`)
/// when it raised or gave another type or a global the trace depends on
/// changed, or before it (nothing set) when it ended with a global changed.
///
/// # Safety
/// `cx` is the running trace's context; `it` a live object's word.
pub unsafe extern "C" fn gen_next(cx: *mut TraceCtx, it: u64, tag: u64) -> u64 {
    // SAFETY: kept alive by the frame's value stack.
    let g = Value::Obj((*unsafe { borrow_obj(it) }).clone());
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    let r = crate::runtime::iter::next(vm, &g);
    // SAFETY: as above; the trace's deps outlive it.
    let deps_hold = unsafe { (*(*cx).deps).iter().all(|d| d.holds(vm)) };
    match r {
        Ok(None) if deps_hold => 1,
        Ok(None) => 2,
        Ok(Some(v)) if deps_hold && tag_of(&v) == tag => {
            // SAFETY: as above.
            unsafe { hand_out(cx, &v, tag, true) };
            0
        }
        Ok(Some(v)) => {
            // SAFETY: as above.
            unsafe { (*cx).after_call = Some(Ok(v)) };
            2
        }
        Err(e) => {
            // SAFETY: as above.
            unsafe { (*cx).after_call = Some(Err(e)) };
            2
        }
    }
}

/// The end of an opaque step (`CallPy`, `OperatorPy`): Python code ran, so
/// the trace's globals are checked again. Status 0 with the result (of type
/// `rtag`) through `cx.scratch`; else 1 with the outcome in `cx.after_call`
/// (the trace is left after the step).
///
/// # Safety
/// `cx` is the running trace's context.
unsafe fn finish_opaque(
    cx: *mut TraceCtx,
    vm: &crate::runtime::vm::Vm,
    r: crate::runtime::object::PyResult<Value>,
    rtag: u64,
) -> u64 {
    // SAFETY: the trace's deps outlive it (caller's contract on `cx`).
    let deps_hold = unsafe { (*(*cx).deps).iter().all(|d| d.holds(vm)) };
    match r {
        Ok(v) if deps_hold && tag_of(&v) == rtag => {
            // SAFETY: as above.
            unsafe { hand_out(cx, &v, rtag, true) };
            0
        }
        outcome => {
            // SAFETY: as above.
            unsafe { (*cx).after_call = Some(outcome) };
            1
        }
    }
}

/// Flag in `call_py`'s count: the callee word is a class.
pub const CALL_PY_TYPE: u64 = 0x1_0000;

/// `CallPy`: call the Python function `func` with the `count` (tag, word)
/// pairs at `args`; the result, of type `rtag`, through `cx.scratch`.
/// Status 1 (leave the trace after the call, its outcome in
/// `cx.after_call`) when it raised, returned another type, or a global the
/// trace depends on changed while it ran.
///
/// # Safety
/// `cx` is the running trace's context; `func` and the argument words are
/// live values, `args` points at `count` pairs.
pub unsafe extern "C" fn call_py(
    cx: *mut TraceCtx,
    func: u64,
    args: *const u64,
    count: u64,
    rtag: u64,
    names: u64,
) -> u64 {
    // SAFETY: the callee (a function or, with `CALL_PY_TYPE` in `count`, a
    // class) is kept alive by a frame slot or the trace.
    let f = unsafe { callee_value(func, count & CALL_PY_TYPE != 0) };
    let is_type = count & CALL_PY_TYPE != 0;
    let count = count & 0xffff;
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    if names == 0 && !is_type {
        // A function with a function trace: straight into its code.
        // SAFETY: `args` holds `count` (tag, word) pairs of live values.
        let arg = |k: usize| unsafe { value_from(*args.add(2 * k), *args.add(2 * k + 1)) };
        if let Some(r) = crate::tiers::interp::call_traced(vm, &f, count as usize, arg) {
            // SAFETY: as above.
            return unsafe { finish_opaque(cx, vm, r, rtag) };
        }
    }
    let argv: Vec<Value> = (0..count as usize)
        // SAFETY: `args` holds `count` (tag, word) pairs of live values.
        .map(|k| unsafe { value_from(*args.add(2 * k), *args.add(2 * k + 1)) })
        .collect();
    let mut call_args = crate::runtime::object::Args::new(argv);
    if names != 0 {
        // SAFETY: the names tuple is a trace constant.
        let n = unsafe { borrow_obj(names) };
        if let Payload::Tuple(t) = &n.payload {
            let kwvals = call_args
                .pos
                .split_off(call_args.pos.len().saturating_sub(t.len()));
            call_args.kw = t
                .iter()
                .map(|k| std::rc::Rc::from(k.as_str().unwrap_or("")))
                .zip(kwvals)
                .collect();
        }
    }
    let r = vm.call_args(&f, call_args);
    // SAFETY: as above.
    unsafe { finish_opaque(cx, vm, r, rtag) }
}

/// The callee word of a call helper as a value: a class when `is_type`,
/// else a function (or other) object.
///
/// # Safety
/// `word` is a live object's (or class's) word.
unsafe fn callee_value(word: u64, is_type: bool) -> Value {
    if is_type {
        // SAFETY: a live class (caller's contract).
        Value::Type((*unsafe { borrow_type(word) }).clone())
    } else {
        // SAFETY: a live object (caller's contract).
        Value::Obj((*unsafe { borrow_obj(word) }).clone())
    }
}

/// Flag in `call_native`'s count: the callee word is a class (`enumerate`,
/// `zip`), not a function object.
pub const CALL_NATIVE_TYPE: u64 = 0x100;

/// Call the builtin `func` (a str method, or a class such as `enumerate`,
/// the recorder vetted: with these arguments it runs no Python code) with
/// `n & 0xff` arguments given as (tag,
/// word) pairs; the result, of type `rtag`, goes to `cx.scratch` and the
/// temporaries. Status 1 when it raises (tier 1 calls it again and raises)
/// or returns another type.
///
/// # Safety
/// `cx` is the running trace's context; `func` and object arguments are
/// live words.
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn call_native(
    cx: *mut TraceCtx,
    func: u64,
    n: u64,
    t0: u64,
    w0: u64,
    t1: u64,
    w1: u64,
    t2: u64,
    w2: u64,
    rtag: u64,
) -> u64 {
    // SAFETY: the function (or, with `CALL_NATIVE_TYPE` in `n`, the class)
    // is a trace constant.
    let callee = unsafe { callee_value(func, n & CALL_NATIVE_TYPE != 0) };
    // SAFETY: live values' words (caller's contract).
    let all = unsafe { [value_from(t0, w0), value_from(t1, w1), value_from(t2, w2)] };
    let args: Vec<Value> = all.into_iter().take((n & 0xff) as usize).collect();
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    match vm.call_args(&callee, crate::runtime::object::Args::new(args)) {
        // SAFETY: as above.
        Ok(v) => unsafe { hand_out(cx, &v, rtag, true) },
        Err(_) => 1,
    }
}

/// `a + b` or `a % b` (`kind` a `BinOpKind` number) for an exact str `a` and
/// an operand the recorder vetted (no Python code runs); the new str goes to
/// `cx.scratch` and the temporaries. Status 1 when it raises or `b` changed.
///
/// # Safety
/// `cx` is the running trace's context; `a` (and an object `b`) live words.
pub unsafe extern "C" fn str_binary(
    cx: *mut TraceCtx,
    a: u64,
    tag: u64,
    word: u64,
    kind: i64,
) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let s = unsafe { borrow_obj(a) };
    if !s.class.builtin || !matches!(s.payload, Payload::Str(_)) {
        return 1;
    }
    // SAFETY: as above.
    let b = unsafe { value_from(tag, word) };
    let plain = |v: &Value| match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
        Value::Obj(o) => o.class.builtin && matches!(o.payload, Payload::Str(_)),
        _ => false,
    };
    let ok = plain(&b)
        || matches!(&b, Value::Obj(o) if o.class.builtin
            && matches!(&o.payload, Payload::Tuple(t) if t.iter().all(plain)));
    if !ok {
        return 1;
    }
    let kind = crate::frontend::bytecode::BinOpKind::from_arg(kind as u32);
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    match crate::runtime::ops::binary_op(vm, kind, &Value::Obj((*s).clone()), &b) {
        // SAFETY: as above.
        Ok(v) => unsafe { hand_out(cx, &v, 4, true) },
        Err(_) => 1,
    }
}

/// The hash of a scalar or exact-str key without running Python code.
fn native_hash(vm: &crate::runtime::vm::Vm, key: &Value) -> Option<i64> {
    match key {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => {}
        Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Str(_)) => {}
        _ => return None,
    }
    crate::runtime::ops::hash(vm, key).ok()
}

/// `d[key]` for a builtin dict, of type `tag`, to `cx.scratch`. Status 1 when
/// absent, or when finding it would compare keys with Python code.
///
/// # Safety
/// `cx` is the running trace's context; `d` (and an object key) live words.
pub unsafe extern "C" fn dict_get(
    cx: *mut TraceCtx,
    d: u64,
    ktag: u64,
    kword: u64,
    tag: u64,
) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(d) };
    let Payload::Dict(dd) = &o.payload else {
        return 1;
    };
    if !o.class.builtin {
        return 1;
    }
    // SAFETY: as above.
    let key = unsafe { value_from(ktag, kword) };
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    let Some(h) = native_hash(vm, &key) else {
        return 1;
    };
    let d = dd.borrow();
    match d.find_native(&key, h) {
        Ok(Some(i)) => match d.entry_at(i) {
            // SAFETY: as above.
            Some(e) => unsafe { hand_out(cx, &e.value, tag, true) },
            None => 1,
        },
        _ => 1,
    }
}

/// `d.get(key, default)` for a builtin dict, of type `tag`, to `cx.scratch`.
/// Status 1 when finding the key would compare with Python code, or the
/// result has another type.
///
/// # Safety
/// `cx` is the running trace's context; `d` and object key/default live words.
pub unsafe extern "C" fn dict_get_or(
    cx: *mut TraceCtx,
    d: u64,
    ktag: u64,
    kword: u64,
    dtag: u64,
    dword: u64,
    tag: u64,
) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(d) };
    let Payload::Dict(dd) = &o.payload else {
        return 1;
    };
    if !o.class.builtin {
        return 1;
    }
    // SAFETY: as above.
    let key = unsafe { value_from(ktag, kword) };
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    let Some(h) = native_hash(vm, &key) else {
        return 1;
    };
    let d = dd.borrow();
    match d.find_native(&key, h) {
        Ok(Some(i)) => match d.entry_at(i) {
            // SAFETY: as above.
            Some(e) => unsafe { hand_out(cx, &e.value, tag, true) },
            None => 1,
        },
        Ok(None) => {
            // SAFETY: as above.
            let dv = unsafe { value_from(dtag, dword) };
            // SAFETY: as above.
            unsafe { hand_out(cx, &dv, tag, true) }
        }
        Err(_) => 1,
    }
}

/// `s.add(item)` for a builtin set (a set comprehension's `SetAdd`).
/// Status 1, with nothing done, when a key comparison would need Python.
///
/// # Safety
/// `cx` is the running trace's context; `s` (and an object item) live words.
pub unsafe extern "C" fn set_add(cx: *mut TraceCtx, s: u64, tag: u64, word: u64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(s) };
    let Payload::Set(cell) = &o.payload else {
        return 1;
    };
    // SAFETY: as above.
    let item = unsafe { value_from(tag, word) };
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    let Some(h) = native_hash(vm, &item) else {
        return 1;
    };
    let eq = |a: &Value, b: &Value| crate::runtime::dict::native_key_eq(a, b).ok_or(());
    let present = match cell.try_borrow() {
        Ok(s) => s.table.contains(h, &item, eq),
        Err(_) => return 1,
    };
    match present {
        Ok(true) => 0,
        // Every comparison on the probe path is native: inserting makes the
        // same ones.
        Ok(false) => match crate::runtime::setops::insert_hashed(vm, cell, &item, h) {
            Ok(_) => 0,
            Err(_) => 1,
        },
        Err(()) => 1,
    }
}

/// `d[key] = value` for a builtin dict (a dict comprehension's `MapAdd`).
/// Status 1, with nothing done, when a key comparison would need Python.
///
/// # Safety
/// `cx` is the running trace's context; `d` and object key/value live words.
pub unsafe extern "C" fn dict_set(
    cx: *mut TraceCtx,
    d: u64,
    ktag: u64,
    kword: u64,
    vtag: u64,
    vword: u64,
) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(d) };
    let Payload::Dict(dd) = &o.payload else {
        return 1;
    };
    // A dict subclass may override `__setitem__` (`OrderedDict`): leave.
    if !o.class.builtin {
        return 1;
    }
    // SAFETY: as above.
    let key = unsafe { value_from(ktag, kword) };
    // SAFETY: `cx` is the running trace's context; its VM outlives it.
    let vm = unsafe { &*(*cx).vm };
    let Some(h) = native_hash(vm, &key) else {
        return 1;
    };
    let Ok(mut d) = dd.try_borrow_mut() else {
        return 1;
    };
    let found = match d.find_native(&key, h) {
        Ok(f) => f,
        Err(_) => return 1,
    };
    // SAFETY: as above.
    let value = unsafe { value_from(vtag, vword) };
    let old = match found {
        Some(i) => {
            let old = d
                .entry_at_mut(i)
                .map(|e| std::mem::replace(&mut e.value, value));
            d.version += 1;
            old
        }
        None => {
            d.push_new(key, h, value);
            None
        }
    };
    drop(d);
    drop(old);
    0
}

/// Should a compiled loop leave at its back edge? (Ctrl-C, queued
/// finalizers, or a pending garbage collection.)
///
/// # Safety
/// `cx` is the running trace's context.
pub unsafe extern "C" fn poll(cx: *mut TraceCtx) -> u64 {
    // SAFETY: `cx` is the running trace's context.
    let vm = unsafe { &*(*cx).vm };
    (crate::runtime::vm::SIGINT_FLAG.load(std::sync::atomic::Ordering::Relaxed)
        || vm.finalizers_pending()
        || crate::runtime::gc::pending()) as u64
}

/// Call the native function `func` (a pure `math` function) with one or two
/// floats (`argc`); the float result goes to `cx.scratch`. Status 1 where the
/// function raises or returns something else: the interpreter then redoes
/// the call and raises itself.
///
/// # Safety
/// `cx` is the running trace's context and `func` a live builtin's word.
pub unsafe extern "C" fn call_math(cx: *mut TraceCtx, func: u64, argc: u64, a: f64, b: f64) -> u64 {
    // SAFETY: the function is a trace constant.
    let f = unsafe { borrow_obj(func) };
    let Payload::Builtin(bf) = &f.payload else {
        return 1;
    };
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    let args = if argc == 1 {
        vec![Value::Float(a)]
    } else {
        vec![Value::Float(a), Value::Float(b)]
    };
    match (bf.func)(vm, crate::runtime::object::Args::new(args)) {
        Ok(Value::Float(r)) => {
            // SAFETY: as above.
            unsafe { (*cx).scratch = r.to_bits() as i64 };
            0
        }
        _ => 1,
    }
}

/// `item in container` without running Python code: status 0 with the
/// answer (0/1) in `cx.scratch`, 1 where the answer would need Python-level
/// `__eq__`/`__hash__` (the interpreter then does it).
///
/// # Safety
/// `cx` is the running trace's context; `cont` (and `word` for object tags)
/// are live values' words.
pub unsafe extern "C" fn contains(cx: *mut TraceCtx, cont: u64, tag: u64, word: u64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(cont) };
    if !o.class.builtin {
        return 1;
    }
    // SAFETY: as above.
    let item = unsafe { value_from(tag, word) };
    let found = match &o.payload {
        Payload::Str(s) => match item.as_str() {
            Some(sub) => s.value.contains(sub),
            None => return 1,
        },
        Payload::List(_) | Payload::Tuple(_) => {
            let items: Vec<Value> = match &o.payload {
                Payload::List(l) => l.borrow().clone(),
                Payload::Tuple(t) => t.to_vec(),
                _ => return 1,
            };
            let mut found = false;
            for x in &items {
                match crate::runtime::dict::native_key_eq(x, &item) {
                    Some(true) => {
                        found = true;
                        break;
                    }
                    Some(false) => {}
                    None => return 1,
                }
            }
            found
        }
        Payload::Dict(d) => {
            // SAFETY: as above.
            let vm = unsafe { &*(*cx).vm };
            let Ok(h) = crate::runtime::ops::hash(vm, &item) else {
                return 1;
            };
            match d.borrow().find_native(&item, h) {
                Ok(i) => i.is_some(),
                Err(_) => return 1,
            }
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            // SAFETY: as above.
            let vm = unsafe { &*(*cx).vm };
            let Ok(h) = crate::runtime::ops::hash(vm, &item) else {
                return 1;
            };
            // A comparison that would need Python code leaves the trace.
            let eq = |a: &Value, b: &Value| crate::runtime::dict::native_key_eq(a, b).ok_or(());
            let r = match &o.payload {
                Payload::Set(s) => match s.try_borrow() {
                    Ok(s) => s.table.contains(h, &item, eq),
                    Err(_) => return 1,
                },
                Payload::FrozenSet(s) => s.table.contains(h, &item, eq),
                _ => return 1,
            };
            match r {
                Ok(found) => found,
                Err(()) => return 1,
            }
        }
        _ => return 1,
    };
    // SAFETY: as above.
    unsafe { (*cx).scratch = found as i64 };
    0
}

/// The contents of the frame's cell `i`, of type `tag`, to `cx.scratch`.
///
/// # Safety
/// `cx` is the running trace's context and the frame has more than `i` cells.
pub unsafe extern "C" fn cell_get(cx: *mut TraceCtx, i: u64, tag: u64) -> u64 {
    // SAFETY: the frame's cells outlive the trace run.
    let cell = unsafe { &*(*cx).cells.add(i as usize) };
    let Payload::Cell(c) = &cell.payload else {
        return 1;
    };
    let v = c.borrow();
    match &*v {
        // SAFETY: as above; a cell may be rebound, so objects are kept.
        Some(v) => unsafe { hand_out(cx, v, tag, true) },
        None => 1,
    }
}

/// Store a value into the frame's cell `i`.
///
/// # Safety
/// As for [`cell_get`]; `word` is a live value's word for object tags.
pub unsafe extern "C" fn cell_set(cx: *mut TraceCtx, i: u64, tag: u64, word: u64) {
    // SAFETY: the frame's cells outlive the trace run.
    let cell = unsafe { &*(*cx).cells.add(i as usize) };
    if let Payload::Cell(c) = &cell.payload {
        // SAFETY: the stored value is alive (caller's contract).
        let v = unsafe { value_from(tag, word) };
        let old = c.borrow_mut().replace(v);
        drop(old);
    }
}

/// `slice(a, b, c)`; `tags` holds the three type tags (8 bits each).
///
/// # Safety
/// `cx` is the running trace's context.
pub unsafe extern "C" fn build_slice(cx: *mut TraceCtx, tags: u64, a: u64, b: u64, c: u64) -> u64 {
    // SAFETY: the bounds are ints or None (no object words).
    let (start, stop, step) = unsafe { slice_bounds(tags, a, b, c) };
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    let s = Value::Obj(crate::runtime::object::PyObject::new_with(
        vm.t.slice.clone(),
        || Payload::Slice { start, stop, step },
    ));
    // SAFETY: as above.
    unsafe { hand_out(cx, &s, 4, true) }
}

/// `seq[slice]` for a builtin list/tuple/str, to `cx.scratch` (a new object).
///
/// # Safety
/// `cx` is the running trace's context; `seq` and `slice` live objects' words.
pub unsafe extern "C" fn get_slice(cx: *mut TraceCtx, seq: u64, slice: u64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let (o, s) = unsafe { ((*borrow_obj(seq)).clone(), (*borrow_obj(slice)).clone()) };
    if !o.class.builtin
        || !matches!(
            o.payload,
            Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)
        )
        || !matches!(s.payload, Payload::Slice { .. })
    {
        return 1;
    }
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    match crate::runtime::ops::getitem(vm, &Value::Obj(o), &Value::Obj(s)) {
        // SAFETY: as above.
        Ok(v) => unsafe { hand_out(cx, &v, 4, true) },
        Err(_) => 1,
    }
}

/// `lst[slice] = items` for a builtin list and a builtin list/tuple.
///
/// # Safety
/// `cx` is the running trace's context; the words are live objects'.
pub unsafe extern "C" fn set_slice(cx: *mut TraceCtx, seq: u64, slice: u64, items: u64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let (o, s, v) = unsafe {
        (
            (*borrow_obj(seq)).clone(),
            (*borrow_obj(slice)).clone(),
            (*borrow_obj(items)).clone(),
        )
    };
    if !o.class.builtin
        || !matches!(o.payload, Payload::List(_))
        || !matches!(s.payload, Payload::Slice { .. })
        || !v.class.builtin
        || !matches!(v.payload, Payload::List(_) | Payload::Tuple(_))
    {
        return 1;
    }
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    // The old items are dropped by `setitem`; ones the trace still uses were
    // read through a helper that keeps them in the temporaries.
    match crate::runtime::ops::setitem(vm, &Value::Obj(o), &Value::Obj(s), Value::Obj(v)) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

/// A slice's bounds from three (tag, word) pairs packed as `build_slice`
/// takes them (also for slices the trace never built, see
/// `lower::virtual_slices`): ints or None.
///
/// # Safety
/// The words are ints or None (no object words).
unsafe fn slice_bounds(tags: u64, a: u64, b: u64, c: u64) -> (Value, Value, Value) {
    // SAFETY: scalars only (caller's contract).
    unsafe {
        (
            value_from(tags & 0xff, a),
            value_from((tags >> 8) & 0xff, b),
            value_from((tags >> 16) & 0xff, c),
        )
    }
}

/// `seq[a:b:c]` for a builtin list or tuple whose slice object was never
/// built, to `cx.scratch` (a new object); status 1 for anything else (the
/// interpreter then redoes it).
///
/// # Safety
/// `cx` is the running trace's context; `seq` a live object's word; the
/// bounds as for `slice_bounds`.
pub unsafe extern "C" fn get_slice_bounds(
    cx: *mut TraceCtx,
    seq: u64,
    tags: u64,
    a: u64,
    b: u64,
    c: u64,
) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(seq) };
    if !o.class.builtin {
        return 1;
    }
    // SAFETY: as documented.
    let (start, stop, step) = unsafe { slice_bounds(tags, a, b, c) };
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    match crate::runtime::subscript::seq_slice(vm, &o, &start, &stop, &step) {
        // SAFETY: as above.
        Some(Ok(v)) => unsafe { hand_out(cx, &v, 4, true) },
        _ => 1,
    }
}

/// `lst[a:b:c] = items` for a builtin list and a builtin list/tuple, the
/// slice object never built; status 1 for anything else.
///
/// # Safety
/// As for `get_slice_bounds`; `items` a live object's word.
pub unsafe extern "C" fn set_slice_bounds(
    cx: *mut TraceCtx,
    seq: u64,
    tags: u64,
    a: u64,
    b: u64,
    c: u64,
    items: u64,
) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let (o, v) = unsafe { (borrow_obj(seq), borrow_obj(items)) };
    let Payload::List(l) = &o.payload else {
        return 1;
    };
    let new_items = match &v.payload {
        _ if !o.class.builtin || !v.class.builtin => return 1,
        Payload::List(src) => src.borrow().clone(),
        Payload::Tuple(src) => src.to_vec(),
        _ => return 1,
    };
    // SAFETY: as documented.
    let (start, stop, step) = unsafe { slice_bounds(tags, a, b, c) };
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    // The old items are dropped here; ones the trace still uses were read
    // through a helper that keeps them in the temporaries.
    match crate::runtime::subscript::assign_list_slice(vm, l, &start, &stop, &step, new_items) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

/// `del seq[i]` for a builtin list; status 1 (before any effect) for
/// anything else or an index out of range (the interpreter then raises).
///
/// # Safety
/// `seq` is a live object's word.
pub unsafe extern "C" fn del_item(seq: u64, i: i64) -> u64 {
    // SAFETY: kept alive by a frame slot, the temporaries or the trace.
    let o = unsafe { borrow_obj(seq) };
    let Payload::List(l) = &o.payload else {
        return 1;
    };
    if !o.class.builtin {
        return 1;
    }
    let removed = {
        let Ok(mut l) = l.try_borrow_mut() else {
            return 1;
        };
        match index(i, l.len()) {
            Some(j) => l.remove(j),
            None => return 1,
        }
    };
    // Dropped after the list is released; values the trace still uses were
    // read through helpers that keep them in the temporaries.
    drop(removed);
    0
}

/// A new list (`kind` 1) or tuple (2) of the `n` (tag, word) pairs at
/// `items`, handed out through `cx.scratch` and kept in the temporaries.
///
/// # Safety
/// `cx` is the running trace's context; `items` points at `n` pairs whose
/// object words are live.
pub unsafe extern "C" fn build_seq(cx: *mut TraceCtx, kind: u64, items: *const u64, n: u64) -> u64 {
    let mut vals = Vec::with_capacity(n as usize);
    for k in 0..n as usize {
        // SAFETY: the trace wrote `n` pairs at `items`; objects are alive.
        let v = unsafe { value_from(*items.add(2 * k), *items.add(2 * k + 1)) };
        vals.push(v);
    }
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    let seq = if kind == 1 {
        vm.new_list(vals)
    } else {
        vm.new_tuple(vals)
    };
    // SAFETY: as above.
    unsafe { hand_out(cx, &seq, 4, true) }
}

/// A new set (kind 3) or dict (kind 4, key/value pairs) from `n` (tag, word)
/// pairs at `items`, kept in the temporaries; its word goes to `cx.scratch`.
/// Status 1 when a key is not a scalar or an exact str.
///
/// # Safety
/// `cx` is the running trace's context; `items` holds `n` pairs of live values.
pub unsafe extern "C" fn build_set_map(
    cx: *mut TraceCtx,
    kind: u64,
    items: *const u64,
    n: u64,
) -> u64 {
    let mut vals = Vec::with_capacity(n as usize);
    for k in 0..n as usize {
        // SAFETY: the trace wrote `n` pairs at `items`; objects are alive.
        vals.push(unsafe { value_from(*items.add(2 * k), *items.add(2 * k + 1)) });
    }
    // SAFETY: `cx` is the running trace's context; its VM outlives the trace.
    let vm = unsafe { &*(*cx).vm };
    let obj = if kind == 3 {
        let s = vm.new_set();
        let Some(Payload::Set(cell)) = s.payload() else {
            return 1;
        };
        for v in &vals {
            let Some(h) = native_hash(vm, v) else {
                return 1;
            };
            // Only native keys in a fresh set: no Python comparison.
            if crate::runtime::setops::insert_hashed(vm, cell, v, h).is_err() {
                return 1;
            }
        }
        s
    } else {
        let d = vm.new_dict_obj();
        let Payload::Dict(dd) = &d.payload else {
            return 1;
        };
        let mut it = vals.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            let Some(h) = native_hash(vm, &k) else {
                return 1;
            };
            let mut dm = dd.borrow_mut();
            match dm.find_native(&k, h) {
                Ok(Some(i)) => {
                    // CPython keeps the first key object and the last value.
                    if let Some(e) = dm.entry_at_mut(i) {
                        e.value = v;
                    }
                    dm.version += 1;
                }
                Ok(None) => dm.push_new(k, h, v),
                Err(_) => return 1,
            }
        }
        Value::Obj(d)
    };
    // SAFETY: as above.
    unsafe { hand_out(cx, &obj, 4, true) }
}

/// Drop the iteration's temporaries (at the loop's back edge).
///
/// # Safety
/// `cx` is the running trace's context.
pub unsafe extern "C" fn clear_temps(cx: *mut TraceCtx) {
    // SAFETY: `temps` points at the `Vec` owned by the trace's caller.
    let temps = unsafe { &mut *(*cx).temps };
    temps.clear();
}

/// The slow end of the inline clearing of the temporaries: the first
/// `done` were given up inline already (their counts decremented); drop
/// the rest in order, as `clear_temps` would.
///
/// # Safety
/// `cx` is the running trace's context; `done <= temps.len()`, and the
/// first `done` temporaries' references were already released.
pub unsafe extern "C" fn clear_temps_from(cx: *mut TraceCtx, done: u64) {
    // SAFETY: `temps` points at the `Vec` owned by the trace's caller.
    let temps = unsafe { &mut *(*cx).temps };
    let done = (done as usize).min(temps.len());
    // Those references are gone: forget the values without dropping them.
    temps.drain(..done).for_each(std::mem::forget);
    temps.clear();
}

/// `x ** y` on floats, as `arith::float_pow` computes it; exits (status 1)
/// wherever that raises or returns a complex.
///
/// # Safety
/// `cx` is the running trace's context.
pub unsafe extern "C" fn fpow(cx: *mut TraceCtx, x: f64, y: f64) -> u64 {
    if (x == 0.0 && y < 0.0 && y.is_finite()) || (x < 0.0 && y.fract() != 0.0 && y.is_finite()) {
        return 1;
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return 1;
    }
    // SAFETY: `cx` is the running trace's context.
    unsafe { (*cx).scratch = r.to_bits() as i64 };
    0
}

/// `x ** y` for a positive finite `x` and a finite `y` (C's `pow`, as CPython
/// computes it): called straight from compiled code, which checks the
/// operands before and an overflow (an infinite result) after.
pub extern "C" fn pow_positive(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// Advance a `range` iterator: writes the next value to `*out` and returns 0,
/// or returns 1 when it is exhausted and 2 when the object is not a range
/// iterator (both exit the trace before the `ForIter` has any effect visible
/// to the interpreter: an exhausted range iterator stays exhausted).
///
/// # Safety
/// `iter` must be the payload word of a live `Value::Obj`, `out` writable.
pub unsafe extern "C" fn range_next(iter: u64, out: *mut i64) -> u64 {
    // SAFETY: `iter` is the payload word of the loop's iterator, which the
    // frame's value stack keeps alive for the whole trace execution.
    let obj = unsafe { borrow_obj(iter) };
    let Payload::Iter(st) = &obj.payload else {
        return 2;
    };
    let Ok(mut st) = st.try_borrow_mut() else {
        return 2;
    };
    let IterKind::Range { next, stop, step } = &mut *st else {
        return 2;
    };
    if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
        let v = *next;
        *next = next.saturating_add(*step);
        if (*step > 0 && *next < v) || (*step < 0 && *next > v) {
            *next = *stop;
        }
        // SAFETY: `out` points at the trace context's scratch word.
        unsafe { *out = v };
        0
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::raw::payload_word;

    #[test]
    fn range_next_walks_and_stops() {
        let vm = crate::runtime::vm::Vm::new();
        let r = crate::runtime::object::Value::Obj(crate::runtime::object::PyObject::new(
            vm.t.range.clone(),
            Payload::Range {
                start: 0,
                stop: 3,
                step: 1,
            },
        ));
        let it = crate::runtime::iter::get_iter(&vm, &r).ok().expect("iter");
        let w = payload_word(&it);
        let mut out = -1i64;
        let mut seen = vec![];
        // SAFETY: `it` and `li` stay alive for the whole test.
        unsafe {
            while range_next(w, &mut out) == 0 {
                seen.push(out);
            }
        }
        assert_eq!(seen, vec![0, 1, 2]);
        // SAFETY: as above.
        assert_eq!(unsafe { range_next(w, &mut out) }, 1);
        let l = vm.new_list(vec![]);
        let li = crate::runtime::iter::get_iter(&vm, &l).ok().expect("iter");
        // SAFETY: as above.
        assert_eq!(unsafe { range_next(payload_word(&li), &mut out) }, 2);
    }
}
