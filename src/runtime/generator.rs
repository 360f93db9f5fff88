//! Generators and coroutines: suspended frames.
//!
//! A generator owns its boxed [`Frame`]; `resume` runs it with
//! `run_frame` until the next `YieldValue` (the frame keeps its pc and stack) or
//! its return (the generator is then finished and drops the frame). `throw`
//! resumes with an exception raised at the suspension point, and `close` throws
//! GeneratorExit and insists the generator does not yield again. `yield from` and
//! `await` delegate through `send_to`, which forwards to a sub-generator natively
//! and to any other iterator through `__next__`/`send`.
//!
//! A frame suspended in `YieldFrom` (its pc still on that instruction) is
//! delegating: as in CPython's `_gen_throw`, `throw` is passed down to the
//! sub-iterator first (GeneratorExit closes it instead), and only what the
//! sub-iterator raises, or its return value, re-enters this frame.
//!
//! Async generators (see `asyncgen`) need to tell their two kinds of suspension
//! apart: an `await` inside them suspends in `YieldFrom` (the value goes up to
//! the event loop), a `yield` suspends in `YieldValue` (the value is the result
//! of `__anext__`). Rather than wrapping yielded values like CPython's
//! `_PyAsyncGenValueWrapper`, `resume_ex` reports which instruction the frame
//! stopped at (`frame.last_pc`).
use std::cell::RefCell;
use std::rc::Rc;

use crate::frontend::bytecode::Op;
use crate::runtime::attr;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;
use crate::tiers::interp::{enter_recursion, run_frame, FrameExit, Resume};

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

pub fn new_generator(vm: &Vm, frame: Box<Frame>, func: &PyFunction) -> Value {
    use crate::frontend::bytecode::code_flags;
    let flags = func.code.flags;
    let (kind, ty) = if flags & code_flags::COROUTINE != 0 {
        (GenKind::Coroutine, vm.t.coroutine.clone())
    } else if flags & code_flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, vm.t.async_generator.clone())
    } else {
        (GenKind::Generator, vm.t.generator.clone())
    };
    let st = GenState {
        frame: Some(frame),
        running: false,
        kind,
        name: func.name.borrow().clone(),
        qualname: func.qualname.borrow().clone(),
        async_running: false,
        async_closed: false,
    };
    Value::Obj(PyObject::new(
        ty,
        Payload::Generator(Box::new(RefCell::new(st))),
    ))
}

pub fn kind_name(k: &GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resume a generator object.
pub fn resume(vm: &Vm, gen: &ObjRef, how: Resume) -> PyResult<SendResult> {
    resume_ex(vm, gen, how, true).map(|(r, _)| r)
}

/// Is this suspended frame delegating to a sub-iterator (stopped in `YieldFrom`)?
pub fn frame_delegating(f: &Frame) -> bool {
    f.started
        && f.last_pc == f.pc
        && f.code.instrs.get(f.pc).map(|i| i.op) == Some(Op::YieldFrom)
        && !f.stack.is_empty()
}

/// What throwing into a delegating frame came to.
enum Delegated {
    /// The sub-iterator yielded: the frame stays suspended in `YieldFrom`.
    Yield(Value),
    /// The sub-iterator is done (finished or skipped): resume the frame past
    /// `YieldFrom` like this.
    Resume(Resume),
}

/// CPython's `_gen_throw` for a frame suspended in `YieldFrom` whose
/// sub-iterator is on top of its stack.
fn throw_delegate(vm: &Vm, frame: &mut Frame, e: PyErr, close_on_genexit: bool) -> Delegated {
    let Some(sub) = frame.stack.last().cloned() else {
        return Delegated::Resume(Resume::Throw(e));
    };
    let r: PyResult<SendResult> = if close_on_genexit && vm.err_is(&e, "GeneratorExit") {
        match close_iter(vm, &sub) {
            Ok(()) => Err(e),
            Err(e2) => Err(e2),
        }
    } else {
        match &sub {
            Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => {
                resume_ex(vm, o, Resume::Throw(e), close_on_genexit).map(|(r, _)| r)
            }
            Value::Obj(o) if matches!(o.payload, Payload::AsyncGenOp(_)) => {
                crate::runtime::asyncgen::op_throw(vm, o, e)
            }
            _ => match attr::getattr_opt(vm, &sub, "throw") {
                Ok(Some(m)) => match vm.call(&m, vec![Value::Obj(e)]) {
                    Ok(v) => Ok(SendResult::Yielded(v)),
                    Err(e2) if vm.err_is(&e2, "StopIteration") => {
                        Ok(SendResult::Returned(stop_value(&e2)))
                    }
                    Err(e2) => Err(e2),
                },
                Ok(None) => Err(e),
                Err(e2) => Err(e2),
            },
        }
    };
    if let Ok(SendResult::Yielded(v)) = r {
        return Delegated::Yield(v);
    }
    // The delegation is over: drop the sub-iterator and step past `YieldFrom`.
    frame.stack.pop();
    frame.pc += 1;
    match r {
        Ok(SendResult::Returned(v)) => Delegated::Resume(Resume::Send(v)),
        Ok(SendResult::Yielded(_)) => Delegated::Resume(Resume::Send(Value::None)),
        Err(e2) => Delegated::Resume(Resume::Throw(e2)),
    }
}

/// Close a sub-iterator (CPython's `gen_close_iter`).
fn close_iter(vm: &Vm, sub: &Value) -> PyResult<()> {
    if let Value::Obj(o) = sub {
        if matches!(o.payload, Payload::Generator(_)) {
            return close(vm, o);
        }
    }
    if let Some(m) = attr::getattr_opt(vm, sub, "close")? {
        vm.call(&m, vec![])?;
    }
    Ok(())
}

/// Resume a generator object; the flag says whether it stopped at a `yield`
/// (`YieldValue`) rather than delegating in `YieldFrom` (which matters for
/// async generators). `close_on_genexit: false` throws GeneratorExit into a
/// delegated-to iterator instead of closing it (`aclose()` lets awaits run).
pub fn resume_ex(
    vm: &Vm,
    gen: &ObjRef,
    how: Resume,
    close_on_genexit: bool,
) -> PyResult<(SendResult, bool)> {
    let Payload::Generator(st) = &gen.payload else {
        return Err(vm.type_error("not a generator"));
    };
    let mut frame = {
        let mut s = st.borrow_mut();
        if s.running {
            return Err(vm.value_error(format!("{} already executing", kind_name(&s.kind))));
        }
        match s.frame.take() {
            Some(f) => {
                if let Resume::Send(v) = &how {
                    if !f.started && !v.is_none() {
                        let msg = format!(
                            "can't send non-None value to a just-started {}",
                            kind_name(&s.kind)
                        );
                        s.frame = Some(f);
                        return Err(vm.type_error(msg));
                    }
                }
                s.running = true;
                f
            }
            None => {
                let is_coro = matches!(s.kind, GenKind::Coroutine);
                drop(s);
                return match how {
                    Resume::Throw(e) => Err(e),
                    _ if is_coro => Err(vm.runtime_error("cannot reuse already awaited coroutine")),
                    _ => Ok((SendResult::Returned(Value::None), false)),
                };
            }
        }
    };
    let how = match how {
        Resume::Throw(e) if frame_delegating(&frame) => {
            match throw_delegate(vm, &mut frame, e, close_on_genexit) {
                Delegated::Yield(v) => {
                    let mut s = st.borrow_mut();
                    s.running = false;
                    s.frame = Some(frame);
                    return Ok((SendResult::Yielded(v), false));
                }
                Delegated::Resume(how) => how,
            }
        }
        how => how,
    };
    let r = enter_recursion(vm).and_then(|_| {
        let r = run_frame(vm, &mut frame, how);
        vm.depth.set(vm.depth.get() - 1);
        r
    });
    let mut s = st.borrow_mut();
    s.running = false;
    match r {
        Ok(FrameExit::Yield(v)) => {
            let at_yield =
                frame.code.instrs.get(frame.last_pc).map(|i| i.op) == Some(Op::YieldValue);
            s.frame = Some(frame);
            Ok((SendResult::Yielded(v), at_yield))
        }
        Ok(FrameExit::Return(v)) => Ok((SendResult::Returned(v), false)),
        Err(e) => {
            let kind = kind_name(&s.kind);
            let is_async_gen = matches!(s.kind, GenKind::AsyncGenerator);
            drop(s);
            let stop = if vm.err_is(&e, "StopIteration") {
                Some("StopIteration")
            } else if is_async_gen && vm.err_is(&e, "StopAsyncIteration") {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(what) = stop {
                let re = vm.runtime_error(format!("{} raised {}", kind, what));
                if let Payload::Exception(d) = &re.payload {
                    let mut d = d.borrow_mut();
                    d.cause = Some(Value::Obj(e.clone()));
                    d.context = Some(Value::Obj(e));
                    d.suppress_context = true;
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// Send a value into a sub-iterator (for `yield from` / `await`).
pub fn send_to(vm: &Vm, sub: &Value, v: Value) -> PyResult<SendResult> {
    if let Value::Obj(o) = sub {
        match &o.payload {
            Payload::Generator(_) => return resume(vm, o, Resume::Send(v)),
            Payload::AsyncGenOp(_) => return crate::runtime::asyncgen::op_send(vm, o, v),
            Payload::Iter(_) if v.is_none() && o.class.builtin => {
                return Ok(match crate::runtime::iter::next(vm, sub)? {
                    Some(x) => SendResult::Yielded(x),
                    None => SendResult::Returned(Value::None),
                });
            }
            _ => {}
        }
    }
    let r = if v.is_none() {
        // `__next__` called directly: the StopIteration's value is the result.
        match attr::lookup_type(&vm.type_of(sub), "__next__") {
            Some(f) => vm.call(&f, vec![sub.clone()]),
            None => {
                return Err(
                    vm.type_error(format!("'{}' object is not an iterator", vm.type_name(sub)))
                )
            }
        }
    } else {
        attr::call_method(vm, sub, "send", vec![v])
    };
    match r {
        Ok(x) => Ok(SendResult::Yielded(x)),
        Err(e) if vm.err_is(&e, "StopIteration") => Ok(SendResult::Returned(stop_value(&e))),
        Err(e) => Err(e),
    }
}

pub fn stop_value(e: &PyErr) -> Value {
    match &e.payload {
        Payload::Exception(d) => d.borrow().args.first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// The iterator an `await` drives (CPython's `_PyCoro_GetAwaitableIter` plus
/// `GET_AWAITABLE`'s checks). `arg` is `GetAwaitable`'s: 1 and 2 name
/// `__aenter__`/`__aexit__` in the error for an object with no `__await__`.
pub fn get_awaitable(vm: &Vm, v: &Value, arg: u32) -> PyResult<Value> {
    if let Some(Payload::Generator(st)) = v.payload() {
        let st = st.borrow();
        if matches!(st.kind, GenKind::Coroutine) {
            if st.frame.as_deref().is_some_and(frame_delegating) {
                return Err(vm.runtime_error("coroutine is being awaited already"));
            }
            return Ok(v.clone());
        }
    }
    let t = vm.type_of(v);
    let Some(f) = attr::lookup_type(&t, "__await__") else {
        let msg = match arg {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                t.name()
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                t.name()
            ),
            _ => format!("object {} can't be used in 'await' expression", t.name()),
        };
        return Err(vm.type_error(msg));
    };
    let it = vm.call(&f, vec![v.clone()])?;
    if let Some(Payload::Generator(st)) = it.payload() {
        if matches!(st.borrow().kind, GenKind::Coroutine) {
            return Err(vm.type_error("__await__() returned a coroutine"));
        }
    }
    if attr::lookup_type(&vm.type_of(&it), "__next__").is_none() {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

fn gen_obj(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a generator object")),
    }
}

pub fn result_to_value(vm: &Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn gen_next(vm: &Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args)?;
    let r = resume(vm, &g, Resume::Send(Value::None))?;
    result_to_value(vm, r)
}

fn gen_send(vm: &Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let r = resume(vm, &g, Resume::Send(v))?;
    result_to_value(vm, r)
}

/// The exception `throw(typ[, val[, tb]])` raises (`args` without self).
pub fn throw_exception(vm: &Vm, args: &[Value], name: &str) -> PyResult<PyErr> {
    let Some(t) = args.first().cloned() else {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    };
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let exc = match (&t, args.get(1)) {
        (Value::Type(_), Some(val)) if !val.is_none() => {
            if matches!(val.payload(), Some(Payload::Exception(_))) {
                val.clone()
            } else {
                vm.call(&t, vec![val.clone()])?
            }
        }
        _ => t,
    };
    crate::runtime::exceptions::make_raisable(vm, exc)
}

fn gen_throw(vm: &Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args)?;
    let e = throw_exception(vm, args.pos.get(1..).unwrap_or(&[]), "throw")?;
    let r = resume(vm, &g, Resume::Throw(e))?;
    result_to_value(vm, r)
}

fn gen_close(vm: &Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args)?;
    close(vm, &g)?;
    Ok(Value::None)
}

/// `generator.close()` / `coroutine.close()`.
pub fn close(vm: &Vm, g: &ObjRef) -> PyResult<()> {
    let Payload::Generator(st) = &g.payload else {
        return Ok(());
    };
    let (started, kind) = {
        let s = st.borrow();
        (s.frame.as_ref().map(|f| f.started), kind_name(&s.kind))
    };
    match started {
        None => return Ok(()),
        Some(false) => {
            st.borrow_mut().frame = None;
            return Ok(());
        }
        Some(true) => {}
    }
    let ge = vm.new_exception(&vm.exc_type("GeneratorExit"), vec![]);
    match resume(vm, g, Resume::Throw(ge)) {
        Ok(SendResult::Yielded(_)) => {
            Err(vm.runtime_error(format!("{kind} ignored GeneratorExit")))
        }
        Ok(SendResult::Returned(_)) => Ok(()),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn gen_repr(vm: &Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args)?;
    let Payload::Generator(st) = &g.payload else {
        return Ok(Value::None);
    };
    let s = st.borrow();
    let kind = match s.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(vm.new_string(format!(
        "<{} object {} at {:#x}>",
        kind,
        s.qualname,
        Rc::as_ptr(&g) as *const u8 as usize
    )))
}

pub fn register(vm: &Vm) {
    use crate::runtime::setup::add_method;
    for t in [&vm.t.generator, &vm.t.coroutine] {
        add_method(vm, t, "send", gen_send);
        add_method(vm, t, "throw", gen_throw);
        add_method(vm, t, "close", gen_close);
    }
    for t in [&vm.t.generator, &vm.t.coroutine, &vm.t.async_generator] {
        add_method(vm, t, "__repr__", gen_repr);
    }
    add_method(vm, &vm.t.generator, "__next__", gen_next);
    add_method(vm, &vm.t.generator, "__iter__", gen_iter);
    crate::runtime::asyncgen::register(vm);
}
