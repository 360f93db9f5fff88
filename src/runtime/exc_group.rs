//! Exception groups (PEP 654): `split`, `subgroup`, `derive`, and the two
//! run-time halves of `try: ... except* T: ...`.
//!
//! `split(cond)` walks the group's tree: a node that matches as a whole goes to
//! the match side intact; otherwise a leaf goes to the side its test picks and a
//! nested group is split recursively. Each non-empty side is rebuilt with
//! `self.derive(list)` (so subclasses can control construction) and given the
//! original's traceback, `__cause__`, `__context__` and a copy of `__notes__`.
//!
//! `except*` (compiled in `frontend::compiler::stmt`) keeps three values on the
//! stack while its clauses run: the original exception, a list of what the
//! clauses raised, and the still-unhandled rest. `check_eg_match` is one clause's
//! test (CPython's `exception_group_match`): a bare exception that matches is
//! wrapped as `ExceptionGroup("", [exc])`; a group is split. `prep_reraise_star`
//! (CPython's `_PyExc_PrepReraiseStar`) decides what propagates at the end:
//! exceptions re-raised unchanged by a bare `raise` (same metadata as the
//! original) are put back in their original place in the tree by projecting the
//! original onto their leaves; newly raised ones are grouped with that
//! projection in a new `ExceptionGroup("", [...])`.
use std::collections::HashSet;
use std::rc::Rc;

use crate::runtime::attr;
use crate::runtime::exceptions::{exc_data, exception_matches};
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

enum Matcher {
    /// A type or tuple of types (`except*` and `split(T)`).
    Types(Value),
    /// A predicate called with each exception.
    Pred(Value),
    /// Leaf identities (the projection in `prep_reraise_star`).
    Leaves(HashSet<usize>),
}

fn is_group(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.class.is_subtype(&vm.exc_type("BaseExceptionGroup")),
        _ => false,
    }
}

fn is_exc_type(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Type(t) if t.is_subtype(&vm.t.base_exception))
}

fn matcher_for(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
    if is_exc_type(vm, cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Some(Payload::Tuple(items)) = cond.payload() {
        if items.iter().all(|t| is_exc_type(vm, t)) {
            return Ok(Matcher::Types(cond.clone()));
        }
    } else if is_callable(cond) {
        return Ok(Matcher::Pred(cond.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. }
            ) || attr::lookup_type(&o.class, "__call__").is_some()
        }
        _ => false,
    }
}

fn ptr(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as *const u8 as usize
}

fn test(vm: &Vm, m: &Matcher, exc: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => exception_matches(vm, exc, t),
        Matcher::Pred(f) => {
            let r = vm.call(f, vec![exc.clone()])?;
            crate::runtime::ops::truthy(vm, &r)
        }
        Matcher::Leaves(ids) => Ok(match exc {
            Value::Obj(o) if !is_group(vm, exc) => ids.contains(&ptr(o)),
            _ => false,
        }),
    }
}

/// The sub-exceptions of a group (its `exceptions` tuple).
pub fn group_exceptions(vm: &Vm, eg: &ObjRef) -> Vec<Value> {
    let second = exc_data(eg).and_then(|d| d.borrow().args.get(1).cloned());
    match second {
        Some(v) => match v.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => crate::runtime::iter::collect(vm, &v).unwrap_or_default(),
        },
        None => Vec::new(),
    }
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and notes.
fn subset(vm: &Vm, orig: &ObjRef, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = attr::call_method(
        vm,
        &Value::Obj(orig.clone()),
        "derive",
        vec![vm.new_list(excs)],
    )?;
    let Value::Obj(new) = &eg else {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    };
    if !is_group(vm, &eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    copy_metadata(orig, new);
    Ok(Some(eg))
}

fn copy_metadata(from: &ObjRef, to: &ObjRef) {
    let (Some(f), Some(t)) = (exc_data(from), exc_data(to)) else {
        return;
    };
    if Rc::ptr_eq(from, to) {
        return;
    }
    let f = f.borrow();
    let mut t = t.borrow_mut();
    t.traceback = f.traceback.clone();
    t.cause = f.cause.clone();
    t.context = f.context.clone();
    t.notes = f.notes.clone();
}

/// `(match, rest)` of `exc` under `m` (rest only when `with_rest`).
fn split_value(
    vm: &Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if test(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Value::Obj(eg) = exc else {
        return Ok((None, Some(exc.clone())));
    };
    if !is_group(vm, exc) {
        return Ok((None, Some(exc.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in group_exceptions(vm, eg) {
        let (mm, rr) = split_value(vm, &e, m, with_rest)?;
        matched.extend(mm);
        if with_rest {
            rest.extend(rr);
        }
    }
    let mm = subset(vm, eg, matched)?;
    let rr = if with_rest {
        subset(vm, eg, rest)?
    } else {
        None
    };
    Ok((mm, rr))
}

fn self_group(vm: &Vm, args: &Args, what: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if is_group(vm, v) => Ok(o.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' requires a 'BaseExceptionGroup' object",
            what
        ))),
    }
}

fn one_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(args.pos[1].clone())
}

fn eg_split(vm: &Vm, args: Args) -> PyResult {
    let eg = self_group(vm, &args, "split")?;
    let cond = one_arg(vm, &args, "split")?;
    let m = matcher_for(vm, &cond)?;
    let (mm, rr) = split_value(vm, &Value::Obj(eg), &m, true)?;
    Ok(vm.new_tuple(vec![mm.unwrap_or(Value::None), rr.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &Vm, args: Args) -> PyResult {
    let eg = self_group(vm, &args, "subgroup")?;
    let cond = one_arg(vm, &args, "subgroup")?;
    let m = matcher_for(vm, &cond)?;
    let (mm, _) = split_value(vm, &Value::Obj(eg), &m, false)?;
    Ok(mm.unwrap_or(Value::None))
}

fn eg_derive(vm: &Vm, args: Args) -> PyResult {
    let eg = self_group(vm, &args, "derive")?;
    let excs = one_arg(vm, &args, "derive")?;
    let msg = exc_data(&eg)
        .and_then(|d| d.borrow().args.first().cloned())
        .unwrap_or_else(|| vm.new_str(""));
    vm.call(
        &Value::Type(vm.exc_type("BaseExceptionGroup")),
        vec![msg, excs],
    )
}

pub fn register(vm: &Vm) {
    let beg = vm.exc_type("BaseExceptionGroup");
    add_method(vm, &beg, "split", eg_split);
    add_method(vm, &beg, "subgroup", eg_subgroup);
    add_method(vm, &beg, "derive", eg_derive);
}

/// A new `ExceptionGroup("", excs)` (a BaseExceptionGroup if any is not an Exception).
fn new_group(vm: &Vm, excs: Value) -> PyResult<Value> {
    vm.call(
        &Value::Type(vm.exc_type("BaseExceptionGroup")),
        vec![vm.new_str(""), excs],
    )
}

/// `except* T`: validate `T` (CPython's `check_except_star_type_valid`).
fn check_star_type(vm: &Vm, ty: &Value) -> PyResult<()> {
    let items: Vec<Value> = match ty.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![ty.clone()],
    };
    for t in &items {
        if !is_exc_type(vm, t) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    for t in &items {
        if let Value::Type(tt) = t {
            if tt.is_subtype(&vm.exc_type("BaseExceptionGroup")) {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    }
    Ok(())
}

/// One `except* T` clause's test: `(match, rest)`, None for an empty side.
pub fn check_eg_match(vm: &Vm, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_star_type(vm, ty)?;
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if exception_matches(vm, exc, ty)? {
        if is_group(vm, exc) {
            return Ok((exc.clone(), Value::None));
        }
        let wrapped = new_group(vm, vm.new_tuple(vec![exc.clone()]))?;
        if let (Value::Obj(w), Value::Obj(e)) = (&wrapped, exc) {
            if let (Some(wd), Some(ed)) = (exc_data(w), exc_data(e)) {
                wd.borrow_mut().traceback = ed.borrow().traceback.clone();
            }
        }
        return Ok((wrapped, Value::None));
    }
    if is_group(vm, exc) {
        let m = Matcher::Types(ty.clone());
        let (mm, rr) = split_value(vm, exc, &m, true)?;
        return Ok((mm.unwrap_or(Value::None), rr.unwrap_or(Value::None)));
    }
    Ok((Value::None, exc.clone()))
}

fn same_metadata(a: &ObjRef, b: &ObjRef) -> bool {
    let (Some(da), Some(db)) = (exc_data(a), exc_data(b)) else {
        return false;
    };
    let (da, db) = (da.borrow(), db.borrow());
    let same_opt = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    da.traceback.len() == db.traceback.len()
        && da
            .traceback
            .iter()
            .zip(db.traceback.iter())
            .all(|(x, y)| x.line == y.line && x.filename == y.filename && x.name == y.name)
        && same_opt(&da.cause, &db.cause)
        && same_opt(&da.context, &db.context)
        && da.notes.len() == db.notes.len()
}

fn collect_leaves(vm: &Vm, v: &Value, out: &mut HashSet<usize>) {
    if let Value::Obj(o) = v {
        if is_group(vm, v) {
            for e in group_exceptions(vm, o) {
                collect_leaves(vm, &e, out);
            }
        } else {
            out.insert(ptr(o));
        }
    }
}

/// What an `except*` statement raises at its end (None: nothing).
/// `excs` holds what each clause raised and, last, the unhandled rest.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let Value::Obj(orig_o) = orig else {
        return Ok(Value::None);
    };
    if !is_group(vm, orig) {
        // A bare exception was wrapped: at most one clause ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs {
        if let Value::Obj(eo) = e {
            if same_metadata(eo, orig_o) {
                reraised.push(e.clone());
            } else {
                raised.push(e.clone());
            }
        }
    }
    let mut leaves = HashSet::new();
    for e in &reraised {
        collect_leaves(vm, e, &mut leaves);
    }
    let projection = if leaves.is_empty() {
        None
    } else {
        split_value(vm, orig, &Matcher::Leaves(leaves), false)?.0
    };
    if raised.is_empty() {
        return Ok(projection.unwrap_or(Value::None));
    }
    raised.extend(projection);
    if raised.len() > 1 {
        new_group(vm, vm.new_list(raised))
    } else {
        Ok(raised.pop().unwrap_or(Value::None))
    }
}
