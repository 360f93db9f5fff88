//! Generators and coroutines: suspended frames.
//!
//! A generator owns its boxed [`Frame`]; `resume` runs it with
//! `run_frame` until the next `YieldValue` (the frame keeps its pc and stack) or
//! its return (the generator is then finished and drops the frame). `throw`
//! resumes with an exception raised at the suspension point, and `close` throws
//! GeneratorExit and insists the generator does not yield again. `yield from` and
//! `await` delegate through `send_to`, which forwards to a sub-generator natively
//! and to any other iterator through `__next__`/`send`.
use std::cell::RefCell;
use std::rc::Rc;

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
    };
    Value::Obj(PyObject::new(ty, Payload::Generator(RefCell::new(st))))
}

fn kind_name(k: &GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resume a generator object.
pub fn resume(vm: &Vm, gen: &ObjRef, how: Resume) -> PyResult<SendResult> {
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
                    _ => Ok(SendResult::Returned(Value::None)),
                };
            }
        }
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
            s.frame = Some(frame);
            Ok(SendResult::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            let kind = kind_name(&s.kind);
            drop(s);
            if vm.err_is(&e, "StopIteration") {
                let re = vm.runtime_error(format!("{} raised StopIteration", kind));
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
        if let Payload::Generator(_) = &o.payload {
            return resume(vm, o, Resume::Send(v));
        }
    }
    let r = if v.is_none() {
        match crate::runtime::iter::next(vm, sub) {
            Ok(Some(x)) => return Ok(SendResult::Yielded(x)),
            Ok(None) => return Ok(SendResult::Returned(Value::None)),
            Err(e) => Err(e),
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

pub fn get_awaitable(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(Payload::Generator(st)) = v.payload() {
        if matches!(st.borrow().kind, GenKind::Coroutine) {
            return Ok(v.clone());
        }
    }
    let t = vm.type_of(v);
    if let Some(f) = attr::lookup_type(&t, "__await__") {
        let it = vm.call(&f, vec![v.clone()])?;
        return Ok(it);
    }
    Err(vm.type_error(format!(
        "object {} can't be used in 'await' expression",
        t.name()
    )))
}

pub fn wrap_async_yield(_vm: &Vm, v: Value) -> Value {
    v
}

fn gen_obj(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a generator object")),
    }
}

fn result_to_value(vm: &Vm, r: SendResult) -> PyResult<Value> {
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

fn gen_throw(vm: &Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args)?;
    let Some(t) = args.pos.get(1).cloned() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = match (&t, args.pos.get(2)) {
        (Value::Type(_), Some(val)) if !val.is_none() => {
            if matches!(val.payload(), Some(Payload::Exception(_))) {
                val.clone()
            } else {
                vm.call(&t, vec![val.clone()])?
            }
        }
        _ => t,
    };
    let e = crate::runtime::exceptions::make_raisable(vm, exc)?;
    let r = resume(vm, &g, Resume::Throw(e))?;
    result_to_value(vm, r)
}

fn gen_close(vm: &Vm, args: Args) -> PyResult {
    let g = gen_obj(vm, &args)?;
    let Payload::Generator(st) = &g.payload else {
        return Ok(Value::None);
    };
    let started = st.borrow().frame.as_ref().map(|f| f.started);
    match started {
        None => return Ok(Value::None),
        Some(false) => {
            st.borrow_mut().frame = None;
            return Ok(Value::None);
        }
        Some(true) => {}
    }
    let ge = vm.new_exception(&vm.exc_type("GeneratorExit"), vec![]);
    match resume(vm, &g, Resume::Throw(ge)) {
        Ok(SendResult::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Returned(_)) => Ok(Value::None),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn coro_await(vm: &Vm, args: Args) -> PyResult {
    // Awaiting a coroutine iterates it directly.
    let _ = vm;
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
    for t in [&vm.t.generator, &vm.t.coroutine, &vm.t.async_generator] {
        add_method(vm, t, "send", gen_send);
        add_method(vm, t, "throw", gen_throw);
        add_method(vm, t, "close", gen_close);
        add_method(vm, t, "__repr__", gen_repr);
    }
    add_method(vm, &vm.t.generator, "__next__", gen_next);
    add_method(vm, &vm.t.generator, "__iter__", gen_iter);
    add_method(vm, &vm.t.coroutine, "__await__", coro_await);
}
