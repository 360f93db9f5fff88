//! Async generators: the `__anext__`/`asend`/`athrow`/`aclose` awaitables, and
//! the coroutine `__await__` wrapper.
//!
//! An async generator is a [`Payload::Generator`] of kind `AsyncGenerator`, but
//! nobody resumes it directly: its methods hand out awaitable objects
//! ([`AsyncGenOp`]) and whoever awaits one drives the generator through it.
//! Each resumption stops for one of two reasons, told apart by
//! `generator::resume_ex`'s flag:
//! * an `await` inside the generator suspended in `YieldFrom`: the value is
//!   passed up unchanged (it is meant for the event loop driving the awaiting
//!   coroutine), and the awaitable stays in progress;
//! * a `yield`: the awaitable is finished and its result is the yielded value,
//!   which by the iterator protocol means raising `StopIteration(value)`
//!   (here: [`SendResult::Returned`]).
//!
//! The generator returning ends iteration with StopAsyncIteration. This is
//! CPython 3.11's `genobject.c` state machine (`async_gen_asend_send`,
//! `async_gen_athrow_send`, `async_gen_unwrap_value`) with the same
//! `ag_running_async`/`ag_closed` flags (`GenState::async_running`/
//! `async_closed`) and error messages. `aclose()` is an athrow of GeneratorExit
//! that succeeds when the generator exits (StopAsyncIteration/GeneratorExit
//! become a plain StopIteration) and fails if it yields again.
//!
//! A coroutine's `__await__()` returns a `coroutine_wrapper` (same payload,
//! [`OpKind::CoroWrapper`]): an iterator forwarding `send`/`throw`/`close` to
//! the coroutine, so hand-written `__await__` methods can delegate to one.
//!
//! Not done (CPython has them): `sys.set_asyncgen_hooks` (firstiter/finalizer,
//! so an unfinished async generator is not finalized by an event loop), the
//! `ag_*` introspection attributes, and cycle collection through these objects
//! (they are not tracked by `gc`; only memory could leak, never behaviour).
use std::cell::RefCell;

use crate::runtime::generator::{self, result_to_value, resume_ex, SendResult};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;
use crate::tiers::interp::Resume;

#[derive(Clone)]
pub enum OpKind {
    /// `__anext__()` (value None) or `asend(value)`.
    Send(Value),
    /// `athrow(typ[, val[, tb]])`: the arguments, turned into an exception when first awaited.
    Throw(Vec<Value>),
    /// `aclose()`.
    Close,
    /// A coroutine's `__await__()` iterator.
    CoroWrapper,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OpState {
    Init,
    Iter,
    Closed,
}

pub struct AsyncGenOp {
    /// The async generator (the coroutine for `CoroWrapper`).
    pub gen: ObjRef,
    pub kind: OpKind,
    pub state: OpState,
}

fn new_op(vm: &Vm, gen: ObjRef, kind: OpKind) -> Value {
    let ty = match kind {
        OpKind::Send(_) => vm.t.async_generator_asend.clone(),
        OpKind::Throw(_) | OpKind::Close => vm.t.async_generator_athrow.clone(),
        OpKind::CoroWrapper => vm.t.coroutine_wrapper.clone(),
    };
    let op = AsyncGenOp {
        gen,
        kind,
        state: OpState::Init,
    };
    Value::Obj(PyObject::new(
        ty,
        Payload::AsyncGenOp(Box::new(RefCell::new(op))),
    ))
}

fn op_parts(o: &ObjRef) -> Option<(ObjRef, OpKind, OpState)> {
    match &o.payload {
        Payload::AsyncGenOp(c) => {
            let c = c.borrow();
            Some((c.gen.clone(), c.kind.clone(), c.state))
        }
        _ => None,
    }
}

fn set_state(o: &ObjRef, state: OpState) {
    if let Payload::AsyncGenOp(c) = &o.payload {
        c.borrow_mut().state = state;
    }
}

/// Read or update the generator's async flags.
fn with_gen<R>(gen: &ObjRef, f: impl FnOnce(&mut GenState) -> R) -> Option<R> {
    match &gen.payload {
        Payload::Generator(st) => st.try_borrow_mut().ok().map(|mut s| f(&mut s)),
        _ => None,
    }
}

fn stop_async(vm: &Vm) -> PyErr {
    vm.new_exception(&vm.exc_type("StopAsyncIteration"), vec![])
}

/// CPython's `async_gen_unwrap_value`: a `yield` finishes the awaitable with
/// the value, a return ends iteration, an `await` passes through.
fn unwrap(vm: &Vm, gen: &ObjRef, r: PyResult<(SendResult, bool)>) -> PyResult<SendResult> {
    match r {
        Ok((SendResult::Yielded(v), true)) => {
            with_gen(gen, |s| s.async_running = false);
            Ok(SendResult::Returned(v))
        }
        Ok((SendResult::Yielded(v), false)) => Ok(SendResult::Yielded(v)),
        Ok((SendResult::Returned(_), _)) => {
            with_gen(gen, |s| {
                s.async_closed = true;
                s.async_running = false;
            });
            Err(stop_async(vm))
        }
        Err(e) => {
            let closes = vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit");
            with_gen(gen, |s| {
                if closes {
                    s.async_closed = true;
                }
                s.async_running = false;
            });
            Err(e)
        }
    }
}

/// A StopIteration out of the state machine is the awaitable finishing.
fn stop_to_return(vm: &Vm, r: PyResult<SendResult>) -> PyResult<SendResult> {
    match r {
        Err(e) if vm.err_is(&e, "StopIteration") => {
            Ok(SendResult::Returned(generator::stop_value(&e)))
        }
        r => r,
    }
}

/// `send(v)` on an awaitable (also how `await`/`YieldFrom` drives it).
pub fn op_send(vm: &Vm, o: &ObjRef, v: Value) -> PyResult<SendResult> {
    stop_to_return(vm, op_send_inner(vm, o, v))
}

fn op_send_inner(vm: &Vm, o: &ObjRef, v: Value) -> PyResult<SendResult> {
    let Some((gen, kind, state)) = op_parts(o) else {
        return Err(vm.type_error("not an async generator awaitable"));
    };
    match kind {
        OpKind::CoroWrapper => generator::resume(vm, &gen, Resume::Send(v)),
        OpKind::Send(initial) => asend_send(vm, o, &gen, initial, state, v),
        OpKind::Throw(args) => athrow_send(vm, o, &gen, Some(args), state, v),
        OpKind::Close => athrow_send(vm, o, &gen, None, state, v),
    }
}

fn asend_send(
    vm: &Vm,
    o: &ObjRef,
    gen: &ObjRef,
    initial: Value,
    state: OpState,
    mut v: Value,
) -> PyResult<SendResult> {
    match state {
        OpState::Closed => {
            return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"))
        }
        OpState::Init => {
            if with_gen(gen, |s| s.async_running).unwrap_or(false) {
                return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
            }
            if v.is_none() {
                v = initial;
            }
            set_state(o, OpState::Iter);
        }
        OpState::Iter => {}
    }
    with_gen(gen, |s| s.async_running = true);
    let r = unwrap(vm, gen, resume_ex(vm, gen, Resume::Send(v), true));
    if !matches!(r, Ok(SendResult::Yielded(_))) {
        set_state(o, OpState::Closed);
    }
    r
}

/// `aclose()`'s completion: StopAsyncIteration/GeneratorExit mean "closed".
fn athrow_check_error(
    vm: &Vm,
    o: &ObjRef,
    gen: &ObjRef,
    closing: bool,
    e: PyErr,
) -> PyResult<SendResult> {
    with_gen(gen, |s| s.async_running = false);
    set_state(o, OpState::Closed);
    if closing && (vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit")) {
        return Ok(SendResult::Returned(Value::None));
    }
    Err(e)
}

fn ignored_exit(vm: &Vm, o: &ObjRef, gen: &ObjRef) -> PyErr {
    with_gen(gen, |s| s.async_running = false);
    set_state(o, OpState::Closed);
    vm.runtime_error("async generator ignored GeneratorExit")
}

/// `aclose()` mode: a `yield` means GeneratorExit was ignored; a return or an
/// error completes the close.
fn close_outcome(
    vm: &Vm,
    o: &ObjRef,
    gen: &ObjRef,
    r: PyResult<(SendResult, bool)>,
) -> PyResult<SendResult> {
    match r {
        Ok((SendResult::Yielded(_), true)) => Err(ignored_exit(vm, o, gen)),
        Ok((SendResult::Yielded(v), false)) => Ok(SendResult::Yielded(v)),
        Ok((SendResult::Returned(_), _)) => athrow_check_error(vm, o, gen, true, stop_async(vm)),
        Err(e) => athrow_check_error(vm, o, gen, true, e),
    }
}

fn athrow_send(
    vm: &Vm,
    o: &ObjRef,
    gen: &ObjRef,
    args: Option<Vec<Value>>,
    state: OpState,
    v: Value,
) -> PyResult<SendResult> {
    if state == OpState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let finished = with_gen(gen, |s| s.frame.is_none() && !s.running).unwrap_or(true);
    if finished {
        set_state(o, OpState::Closed);
        return Err(vm.stop_iteration(None));
    }
    if state == OpState::Init {
        let (running, closed) =
            with_gen(gen, |s| (s.async_running, s.async_closed)).unwrap_or((false, false));
        if running {
            set_state(o, OpState::Closed);
            let what = if args.is_none() { "aclose" } else { "athrow" };
            return Err(vm.runtime_error(format!(
                "{what}(): asynchronous generator is already running"
            )));
        }
        if closed {
            set_state(o, OpState::Closed);
            return Err(stop_async(vm));
        }
        if !v.is_none() {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        set_state(o, OpState::Iter);
        with_gen(gen, |s| s.async_running = true);
        return match args {
            None => {
                with_gen(gen, |s| s.async_closed = true);
                let ge = vm.new_exception(&vm.exc_type("GeneratorExit"), vec![]);
                close_outcome(vm, o, gen, resume_ex(vm, gen, Resume::Throw(ge), false))
            }
            Some(args) => {
                let r = match generator::throw_exception(vm, &args, "athrow") {
                    Ok(e) => resume_ex(vm, gen, Resume::Throw(e), false),
                    Err(e) => Err(e),
                };
                match unwrap(vm, gen, r) {
                    Ok(SendResult::Yielded(x)) => Ok(SendResult::Yielded(x)),
                    Ok(SendResult::Returned(x)) => {
                        with_gen(gen, |s| s.async_running = false);
                        set_state(o, OpState::Closed);
                        Ok(SendResult::Returned(x))
                    }
                    Err(e) => athrow_check_error(vm, o, gen, false, e),
                }
            }
        };
    }
    let r = resume_ex(vm, gen, Resume::Send(v), true);
    match args {
        Some(_) => unwrap(vm, gen, r),
        None => close_outcome(vm, o, gen, r),
    }
}

/// `throw(exc)` on an awaitable (also a throw delegated through `await`).
pub fn op_throw(vm: &Vm, o: &ObjRef, e: PyErr) -> PyResult<SendResult> {
    stop_to_return(vm, op_throw_inner(vm, o, e))
}

fn op_throw_inner(vm: &Vm, o: &ObjRef, e: PyErr) -> PyResult<SendResult> {
    let Some((gen, kind, state)) = op_parts(o) else {
        return Err(vm.type_error("not an async generator awaitable"));
    };
    match kind {
        OpKind::CoroWrapper => generator::resume(vm, &gen, Resume::Throw(e)),
        OpKind::Send(_) => {
            if state == OpState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let r = unwrap(vm, &gen, resume_ex(vm, &gen, Resume::Throw(e), true));
            if !matches!(r, Ok(SendResult::Yielded(_))) {
                set_state(o, OpState::Closed);
            }
            r
        }
        OpKind::Throw(_) | OpKind::Close => {
            if state == OpState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            let r = resume_ex(vm, &gen, Resume::Throw(e), true);
            if matches!(kind, OpKind::Close) {
                match r {
                    Ok((SendResult::Yielded(_), true)) => Err(ignored_exit(vm, o, &gen)),
                    Ok((SendResult::Yielded(v), false)) => Ok(SendResult::Yielded(v)),
                    Ok((SendResult::Returned(_), _)) => Ok(SendResult::Returned(Value::None)),
                    Err(e)
                        if vm.err_is(&e, "StopAsyncIteration")
                            || vm.err_is(&e, "GeneratorExit") =>
                    {
                        Ok(SendResult::Returned(Value::None))
                    }
                    Err(e) => Err(e),
                }
            } else {
                unwrap(vm, &gen, r)
            }
        }
    }
}

// ----- Python-visible methods -----

fn self_op(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::AsyncGenOp(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires an async generator awaitable")),
    }
}

fn self_agen(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if let Payload::Generator(st) = &o.payload {
            if matches!(st.borrow().kind, GenKind::AsyncGenerator) {
                return Ok(o.clone());
            }
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' requires a 'async_generator' object"
    )))
}

fn op_send_m(vm: &Vm, args: Args) -> PyResult {
    let o = self_op(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let r = op_send(vm, &o, v)?;
    result_to_value(vm, r)
}

fn op_next_m(vm: &Vm, args: Args) -> PyResult {
    let o = self_op(vm, &args)?;
    let r = op_send(vm, &o, Value::None)?;
    result_to_value(vm, r)
}

fn op_throw_m(vm: &Vm, args: Args) -> PyResult {
    let o = self_op(vm, &args)?;
    let e = generator::throw_exception(vm, args.pos.get(1..).unwrap_or(&[]), "throw")?;
    let r = op_throw(vm, &o, e)?;
    result_to_value(vm, r)
}

fn op_close_m(vm: &Vm, args: Args) -> PyResult {
    let o = self_op(vm, &args)?;
    let coro = match op_parts(&o) {
        Some((gen, OpKind::CoroWrapper, _)) => Some(gen),
        _ => None,
    };
    match coro {
        Some(c) => generator::close(vm, &c)?,
        None => set_state(&o, OpState::Closed),
    }
    Ok(Value::None)
}

fn op_self_m(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Obj(self_op(vm, &args)?))
}

fn agen_aiter(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Obj(self_agen(vm, &args, "__aiter__")?))
}

/// `agen.__anext__()` for an async generator object.
pub fn anext_awaitable(vm: &Vm, g: ObjRef) -> Value {
    new_op(vm, g, OpKind::Send(Value::None))
}

fn agen_anext(vm: &Vm, args: Args) -> PyResult {
    let g = self_agen(vm, &args, "__anext__")?;
    Ok(anext_awaitable(vm, g))
}

fn agen_asend(vm: &Vm, args: Args) -> PyResult {
    let g = self_agen(vm, &args, "asend")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(new_op(vm, g, OpKind::Send(args.pos[1].clone())))
}

fn agen_athrow(vm: &Vm, args: Args) -> PyResult {
    let g = self_agen(vm, &args, "athrow")?;
    let rest = args.pos.get(1..).unwrap_or(&[]).to_vec();
    if rest.is_empty() {
        return Err(vm.type_error("athrow expected at least 1 argument, got 0"));
    }
    if rest.len() > 3 {
        return Err(vm.type_error(format!(
            "athrow expected at most 3 arguments, got {}",
            rest.len()
        )));
    }
    Ok(new_op(vm, g, OpKind::Throw(rest)))
}

fn agen_aclose(vm: &Vm, args: Args) -> PyResult {
    let g = self_agen(vm, &args, "aclose")?;
    Ok(new_op(vm, g, OpKind::Close))
}

fn coro_await(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => {
            Ok(new_op(vm, o.clone(), OpKind::CoroWrapper))
        }
        _ => Err(vm.type_error("descriptor '__await__' requires a 'coroutine' object")),
    }
}

pub fn register(vm: &Vm) {
    use crate::runtime::setup::add_method;
    let ag = &vm.t.async_generator;
    add_method(vm, ag, "__aiter__", agen_aiter);
    add_method(vm, ag, "__anext__", agen_anext);
    add_method(vm, ag, "asend", agen_asend);
    add_method(vm, ag, "athrow", agen_athrow);
    add_method(vm, ag, "aclose", agen_aclose);
    add_method(vm, &vm.t.coroutine, "__await__", coro_await);
    for t in [
        &vm.t.async_generator_asend,
        &vm.t.async_generator_athrow,
        &vm.t.coroutine_wrapper,
    ] {
        add_method(vm, t, "send", op_send_m);
        add_method(vm, t, "throw", op_throw_m);
        add_method(vm, t, "close", op_close_m);
        add_method(vm, t, "__next__", op_next_m);
        add_method(vm, t, "__iter__", op_self_m);
    }
    add_method(vm, &vm.t.async_generator_asend, "__await__", op_self_m);
    add_method(vm, &vm.t.async_generator_athrow, "__await__", op_self_m);
}
