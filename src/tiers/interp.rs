//! Tier 1: the bytecode interpreter.
//!
//! `run_frame` executes one frame until it returns, yields, or lets an exception
//! escape. Python-to-Python calls recurse through `call_function` (the Rust stack
//! is sized for the recursion limit by `main`), and generators keep their boxed
//! frame between resumptions. Exceptions unwind the frame's block stack: an
//! `Except`/`Finally` block truncates the value stack to its recorded level,
//! becomes a `Handler` block (which remembers to restore the previously handled
//! exception) and transfers control to the handler with the exception pushed.
//!
//! Every op reads its operands from the frame and writes its results back before
//! the next op starts, so any instruction boundary is a resume point; this is the
//! contract the trace JIT's deoptimisation relies on.
use std::cell::RefCell;
use std::rc::Rc;

use crate::frontend::bytecode::{code_flags, BinOpKind, CmpKind, Op};
use crate::runtime::attr;
use crate::runtime::dictops;
use crate::runtime::iter;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::tiers::frame::{Block, BlockKind, Frame};

pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

pub enum Resume {
    Start,
    Send(Value),
    Throw(PyErr),
}

struct DepthGuard<'a>(&'a Vm);
impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.0.depth.set(self.0.depth.get() - 1);
    }
}

pub fn enter_recursion(vm: &Vm) -> PyResult<()> {
    let d = vm.depth.get() + 1;
    if d > vm.recursion_limit.get() {
        return Err(vm.new_error("RecursionError", "maximum recursion depth exceeded"));
    }
    vm.depth.set(d);
    Ok(())
}

/// Call a Python function object with arguments.
/// Run a frame rebuilt by a JIT exit (an inlined call) to its return, one
/// level deeper than the caller, as `call_function` would have.
pub fn run_materialized(vm: &Vm, frame: &mut Frame, resume: Resume) -> PyResult<Value> {
    if let Resume::Throw(e) = resume {
        frame.started = true;
        enter_recursion(vm)?;
        let _guard = DepthGuard(vm);
        return match run_frame(vm, frame, Resume::Throw(e))? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => {
                Err(vm.new_error("SystemError", "yield from a non-generator frame"))
            }
        };
    }
    enter_recursion(vm)?;
    let _guard = DepthGuard(vm);
    match run_frame(vm, frame, resume)? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Err(vm.new_error("SystemError", "yield from a non-generator frame")),
    }
}

pub fn call_function(vm: &Vm, func_obj: &ObjRef, args: Args) -> PyResult<Value> {
    let Payload::Function(func) = &func_obj.payload else {
        unreachable!("call_function on non-function")
    };
    let code = &func.code;
    if args.kw.is_empty()
        && args.pos.len() == code.argcount
        && code.kwonlyargcount == 0
        && code.flags
            & (code_flags::VARARGS
                | code_flags::VARKEYWORDS
                | code_flags::GENERATOR
                | code_flags::COROUTINE
                | code_flags::ASYNC_GENERATOR)
            == 0
    {
        // The plain positional call (as `fast_call` does for tier 1): the
        // arguments become the first locals, the frame lives on the stack.
        if code
            .profile
            .func_entry
            .is_some_and(|e| code.profile.is_compiled(e))
        {
            // A function trace: run without a frame where it can.
            let f = Value::Obj(func_obj.clone());
            let pos = &args.pos;
            if let Some(r) = call_traced(vm, &f, pos.len(), |k| pos[k].clone()) {
                return r;
            }
        }
        let mut locals: Vec<Option<Value>> = Vec::with_capacity(code.varnames.len());
        locals.extend(args.pos.into_iter().map(Some));
        locals.resize(code.varnames.len(), None);
        let mut callee = Frame::new_with_locals(
            code.clone(),
            func.globals.clone(),
            vm.builtins_dict(),
            locals,
        );
        if !code.cellvars.is_empty() || !func.closure.is_empty() {
            setup_cells(vm, &mut callee, func);
        }
        enter_recursion(vm)?;
        let _guard = DepthGuard(vm);
        return run_call(vm, &mut callee);
    }
    let mut frame = Box::new(Frame::new(
        func.code.clone(),
        func.globals.clone(),
        vm.builtins_dict(),
    ));
    crate::tiers::args::bind_args(vm, func, &mut frame, args)?;
    setup_cells(vm, &mut frame, func);
    if func.code.is_generator_like() {
        return Ok(crate::runtime::generator::new_generator(vm, frame, func));
    }
    enter_recursion(vm)?;
    let _guard = DepthGuard(vm);
    run_call(vm, &mut frame)
}

/// Run a new call's frame (at its first instruction) to its return: through
/// the function's trace when it has one (see `trace::on_call`), else, or
/// from where the trace left the frame, in the interpreter.
fn run_call(vm: &Vm, frame: &mut Frame) -> PyResult<Value> {
    // Ctrl-C (and a pending collection) reaches code that only recurses,
    // as CPython checks at every call.
    vm.check_interrupt()?;
    if let Some(entry) = frame.code.profile.func_entry {
        if frame.code.profile.count_backedge(entry) >= vm.jit.threshold.get() {
            let entered = crate::tiers::trace::on_call(vm, frame, entry);
            return finish_traced_call(vm, frame, entered);
        }
    }
    returned(vm, run_frame(vm, frame, Resume::Start)?)
}

fn returned(vm: &Vm, exit: FrameExit) -> PyResult<Value> {
    match exit {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Err(vm.new_error("SystemError", "yield from a non-generator frame")),
    }
}

/// After a function trace ran for `frame`: its result, or the rest of the
/// call in the interpreter (from the exit's bytecode, or raising the
/// exception the exit brought at the instruction it points at).
fn finish_traced_call(
    vm: &Vm,
    frame: &mut Frame,
    entered: PyResult<Option<Value>>,
) -> PyResult<Value> {
    let resume = match entered {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => Resume::Start,
        Err(e) => {
            chain_context(vm, &e);
            // Raised in this frame: it gets a traceback entry and its handlers run.
            frame.started = true;
            Resume::Throw(e)
        }
    };
    let need = frame.code.max_stack + 1;
    if frame.stack.capacity() < need {
        frame.stack.reserve(need - frame.stack.len());
    }
    returned(vm, run_frame(vm, frame, resume)?)
}

/// A call of a function that has a function trace (from compiled code, a
/// tier-1 call or a plain native call): no frame is made unless the trace
/// leaves before returning (locals on the Rust stack; more than eight: a
/// frame without a value stack), and the trace is entered directly. None when the call does not qualify (the caller
/// then calls the function the ordinary way). `arg(k)` gives the `k`th of
/// `n` positional arguments.
pub fn call_traced(
    vm: &Vm,
    f: &Value,
    n: usize,
    arg: impl Fn(usize) -> Value,
) -> Option<PyResult<Value>> {
    let Value::Obj(fo) = f else { return None };
    let Payload::Function(func) = &fo.payload else {
        return None;
    };
    let code = &func.code;
    let entry = code.profile.func_entry?;
    if !code.profile.is_compiled(entry)
        || vm.recording()
        || code.argcount != n
        || code.kwonlyargcount != 0
        || code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0
        || !code.cellvars.is_empty()
        || !func.closure.is_empty()
    {
        return None;
    }
    let t = code.profile.func_trace.borrow().clone()?;
    if let Err(e) = vm.check_interrupt() {
        return Some(Err(e));
    }
    let nlocals = code.varnames.len();
    if let Err(e) = enter_recursion(vm) {
        return Some(Err(e));
    }
    let _guard = DepthGuard(vm);
    let make = |ls: &mut [Option<Value>]| {
        Frame::new_with_locals_unstacked(
            code.clone(),
            func.globals.clone(),
            vm.builtins_dict(),
            ls.iter_mut().map(Option::take).collect(),
        )
    };
    // Enter through a frame: the trace runs on its locals.
    let in_frame = |mut frame: Frame| {
        let entered = crate::tiers::trace::enter_function(vm, &mut frame, &t);
        finish_traced_call(vm, &mut frame, entered)
    };
    const ON_STACK: usize = 8;
    if nlocals > ON_STACK {
        let mut locals: Vec<Option<Value>> = (0..n).map(|k| Some(arg(k))).collect();
        locals.resize_with(nlocals, || None);
        return Some(in_frame(make(&mut locals)));
    }
    // The locals live on the Rust stack; a frame is made only if the trace
    // leaves before returning.
    let mut slots: [Option<Value>; ON_STACK] = Default::default();
    for (k, slot) in slots.iter_mut().enumerate().take(n) {
        *slot = Some(arg(k));
    }
    use crate::tiers::trace::Frameless;
    Some(
        match crate::tiers::trace::run_function_frameless(vm, &t, &mut slots[..nlocals], make) {
            Frameless::Returned(v) => {
                // Only the first `nlocals` slots were used: drop those, not
                // all eight.
                slots[..nlocals].iter_mut().for_each(|s| drop(s.take()));
                std::mem::forget(slots);
                Ok(v)
            }
            Frameless::InFrame(mut frame, entered) => finish_traced_call(vm, &mut frame, entered),
            Frameless::NotEntered => in_frame(make(&mut slots[..nlocals])),
        },
    )
}

pub fn setup_cells(vm: &Vm, frame: &mut Frame, func: &PyFunction) {
    if frame.code.cellvars.is_empty() && func.closure.is_empty() {
        return;
    }
    let code = frame.code.clone();
    let mut cells = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
    for _ in 0..code.cellvars.len() {
        cells.push(vm.new_cell(None));
    }
    for (ci, li) in &code.cell_params {
        if let Payload::Cell(c) = &cells[*ci].payload {
            *c.borrow_mut() = frame.locals[*li].clone();
        }
    }
    cells.extend(func.closure.iter().cloned());
    frame.cells = cells;
}

/// Run a module/class body code object with a namespace dict.
pub fn run_code_in(
    vm: &Vm,
    code: Rc<Code>,
    globals: ObjRef,
    locals: Option<ObjRef>,
    closure: &[ObjRef],
) -> PyResult<Value> {
    use crate::frontend::bytecode::Code;
    let _: Option<&Code> = None;
    let mut frame = Box::new(Frame::new(
        code.clone(),
        globals.clone(),
        vm.builtins_dict(),
    ));
    frame.locals_dict = Some(locals.unwrap_or(globals));
    let mut cells = Vec::new();
    for _ in 0..code.cellvars.len() {
        cells.push(vm.new_cell(None));
    }
    cells.extend(closure.iter().cloned());
    frame.cells = cells;
    enter_recursion(vm)?;
    let _guard = DepthGuard(vm);
    match run_frame(vm, &mut frame, Resume::Start)? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Err(vm.new_error("SystemError", "yield at module level")),
    }
}

use crate::frontend::bytecode::Code;

fn name_of(code: &Code, i: u32) -> &Value {
    &code.names[i as usize]
}

fn name_error(vm: &Vm, name: &Value) -> PyErr {
    let n = name.as_str().unwrap_or("?");
    let e = vm.new_error("NameError", format!("name '{}' is not defined", n));
    if let Some(d) = e.dict.get() {
        let _ = vm.dict_set_str(d, "name", name.clone());
    }
    e
}

fn load_global(vm: &Vm, frame: &Frame, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    let h = name.as_pystr().map(|s| {
        let c = s.hash.get();
        if c != -1 {
            c
        } else {
            let h = ops::str_hash(n);
            s.hash.set(h);
            h
        }
    });
    let h = h.unwrap_or_else(|| ops::str_hash(n));
    if let Payload::Dict(d) = &frame.globals.payload {
        if let Some(v) = d.borrow().get_str(n, h) {
            return Ok(v.clone());
        }
    }
    if let Payload::Dict(d) = &frame.builtins.payload {
        if let Some(v) = d.borrow().get_str(n, h) {
            return Ok(v.clone());
        }
    }
    Err(name_error(vm, name))
}

/// Set `__context__` on a newly raised exception from the exception being handled.
pub fn chain_context(vm: &Vm, exc: &PyErr) {
    let handled = vm.handled.borrow().last().cloned().flatten();
    if let Some(h) = handled {
        if Rc::ptr_eq(&h, exc) {
            return;
        }
        if let Payload::Exception(d) = &exc.payload {
            if d.borrow().context.is_some() {
                return;
            }
            // Break cycles: if exc is already in h's context chain, cut it there.
            let mut cur = Some(h.clone());
            let mut steps = 0;
            while let Some(c) = cur {
                steps += 1;
                if steps > 1000 {
                    break;
                }
                let next = match &c.payload {
                    Payload::Exception(cd) => cd.borrow().context.clone(),
                    _ => None,
                };
                if let Some(Value::Obj(n)) = &next {
                    if Rc::ptr_eq(n, exc) {
                        if let Payload::Exception(cd) = &c.payload {
                            cd.borrow_mut().context = None;
                        }
                        break;
                    }
                    cur = Some(n.clone());
                } else {
                    cur = None;
                }
            }
            d.borrow_mut().context = Some(Value::Obj(h));
        }
    }
}

fn add_traceback(frame: &Frame, exc: &PyErr) {
    if let Payload::Exception(d) = &exc.payload {
        d.borrow_mut().traceback.push(TraceEntry {
            filename: frame.code.filename.clone(),
            line: frame.line(),
            name: frame.code.name.clone(),
            position: frame.code.position_at(frame.last_pc),
            code: frame.code.clone(),
            globals: frame.globals.clone(),
        });
    }
}

/// Push onto a frame's value stack. The frame's stack is allocated with room
/// for the code's `max_stack`, so the growth path is cold and out of line:
/// keeping the call off the fast path lets the value go straight from
/// registers into the slot instead of through a stack temporary (a 16-byte
/// reload of two 8-byte stores stalls store forwarding on x86).
#[inline(always)]
fn push_value(stack: &mut Vec<Value>, v: Value) {
    if stack.len() == stack.capacity() {
        push_value_grow(stack, v);
        return;
    }
    // SAFETY: len < capacity was just checked, so the slot at `len` is
    // allocated and unused; writing it and bumping the length by one keeps
    // every element below the length initialised.
    unsafe {
        let len = stack.len();
        std::ptr::write(stack.as_mut_ptr().add(len), v);
        stack.set_len(len + 1);
    }
}

#[cold]
#[inline(never)]
fn push_value_grow(stack: &mut Vec<Value>, v: Value) {
    stack.push(v);
}

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().expect("stack underflow")
    };
}
macro_rules! top {
    ($f:expr) => {
        $f.stack.last().expect("stack underflow")
    };
}

pub fn run_frame(vm: &Vm, frame: &mut Frame, resume: Resume) -> PyResult<FrameExit> {
    let running = crate::tiers::frame_stack::Running::enter(vm, frame);
    running.publish();
    let mut pending: Option<PyErr> = None;
    match resume {
        Resume::Start => {
            frame.started = true;
        }
        Resume::Send(v) => {
            restore_handled(vm, frame);
            if frame.started {
                push_value(&mut frame.stack, v);
            }
            frame.started = true;
        }
        Resume::Throw(e) => {
            restore_handled(vm, frame);
            // Raised at the suspension point: this frame is part of its traceback.
            if frame.started {
                add_traceback(frame, &e);
            }
            frame.started = true;
            pending = Some(e);
        }
    }
    loop {
        let err = match pending.take() {
            Some(e) => e,
            None => match execute(vm, frame) {
                Ok(exit) => {
                    if let FrameExit::Yield(_) = &exit {
                        stash_handled(vm, frame);
                    }
                    return Ok(exit);
                }
                Err((e, add_tb)) => {
                    if vm.recording() {
                        crate::tiers::trace::abort_recording(
                            vm,
                            crate::tiers::trace::recorder::Abort::ExceptionRaised,
                        );
                    }
                    if add_tb {
                        add_traceback(frame, &e);
                    }
                    e
                }
            },
        };
        // Unwind to the innermost handler.
        let mut handled = false;
        while let Some(block) = frame.blocks.pop() {
            match block.kind {
                BlockKind::Handler => {
                    vm.handled.borrow_mut().pop();
                }
                BlockKind::Except | BlockKind::Finally => {
                    frame.stack.truncate(block.level);
                    frame.blocks.push(Block {
                        kind: BlockKind::Handler,
                        handler: 0,
                        level: block.level,
                    });
                    vm.handled.borrow_mut().push(Some(err.clone()));
                    push_value(&mut frame.stack, Value::Obj(err.clone()));
                    frame.pc = block.handler;
                    handled = true;
                    break;
                }
            }
        }
        if !handled {
            return Err(err);
        }
    }
}

#[inline]
fn stash_handled(vm: &Vm, frame: &mut Frame) {
    if frame.blocks.is_empty() {
        // No handler is running: nothing to stash (the common yield).
        return;
    }
    stash_handled_blocks(vm, frame);
}

#[cold]
#[inline(never)]
fn stash_handled_blocks(vm: &Vm, frame: &mut Frame) {
    let n = frame
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Handler)
        .count();
    let mut h = vm.handled.borrow_mut();
    let keep = h.len().saturating_sub(n);
    frame.saved_handled = h.split_off(keep);
}

#[inline]
fn restore_handled(vm: &Vm, frame: &mut Frame) {
    if frame.saved_handled.is_empty() {
        return;
    }
    let saved = std::mem::take(&mut frame.saved_handled);
    vm.handled.borrow_mut().extend(saved);
}

type ExecErr = (PyErr, bool);

fn raise_from_op(vm: &Vm, frame: &mut Frame, arg: u32) -> ExecErr {
    match arg {
        0 => {
            let cur = vm.handled.borrow().last().cloned().flatten();
            match cur {
                Some(e) => (e, false),
                None => (vm.runtime_error("No active exception to reraise"), true),
            }
        }
        _ => {
            let cause = if arg == 2 { Some(pop!(frame)) } else { None };
            let exc = pop!(frame);
            match crate::runtime::exceptions::make_raisable(vm, exc) {
                Ok(e) => {
                    if let Some(c) = cause {
                        match crate::runtime::exceptions::make_cause(vm, c) {
                            Ok(cv) => {
                                if let Payload::Exception(d) = &e.payload {
                                    let mut d = d.borrow_mut();
                                    d.cause = cv;
                                    d.suppress_context = true;
                                }
                            }
                            Err(err) => return (err, true),
                        }
                    }
                    chain_context(vm, &e);
                    (e, true)
                }
                Err(err) => (err, true),
            }
        }
    }
}

#[inline]
fn jump(frame: &mut Frame, target: u32) {
    frame.pc = target as usize;
}

/// The dispatch loop. Returns on return/yield; errors carry "add a traceback entry".
fn execute(vm: &Vm, frame: &mut Frame) -> Result<FrameExit, ExecErr> {
    // SAFETY: a frame's code is set when the frame is made and never
    // replaced (nothing assigns `Frame::code`), and the frame, borrowed for
    // this whole call, holds that `Rc`: the code outlives this reference.
    // (Cloning the `Rc` instead costs a count update per call and resume.)
    let code: &Code = unsafe { &*Rc::as_ptr(&frame.code) };
    let instrs = &code.instrs;
    macro_rules! tryv {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => {
                    chain_context(vm, &e);
                    return Err((e, true));
                }
            }
        };
    }
    loop {
        let pc = frame.pc;
        if vm.attention() != 0 {
            if vm.finalizers_pending() {
                crate::runtime::finalize::run_pending(vm);
            }
            if vm.recording() {
                crate::tiers::trace::record_step(vm, frame, pc);
            }
        }
        let ins = instrs[pc];
        frame.last_pc = pc;
        frame.pc = pc + 1;
        let arg = ins.arg;
        match ins.op {
            Op::Nop => {}
            Op::PopTop => {
                frame.stack.pop();
            }
            Op::DupTop => {
                let v = top!(frame).clone();
                push_value(&mut frame.stack, v);
            }
            Op::DupTopTwo => {
                let n = frame.stack.len();
                let a = frame.stack[n - 2].clone();
                let b = frame.stack[n - 1].clone();
                push_value(&mut frame.stack, a);
                push_value(&mut frame.stack, b);
            }
            Op::RotTwo => {
                let n = frame.stack.len();
                frame.stack.swap(n - 1, n - 2);
            }
            Op::RotThree => {
                let v = pop!(frame);
                let n = frame.stack.len();
                frame.stack.insert(n - 2, v);
            }
            Op::RotFour => {
                let v = pop!(frame);
                let n = frame.stack.len();
                frame.stack.insert(n - 3, v);
            }
            Op::Copy => {
                let n = frame.stack.len();
                let v = frame.stack[n - arg as usize].clone();
                push_value(&mut frame.stack, v);
            }
            Op::Swap => {
                let n = frame.stack.len();
                frame.stack.swap(n - 1, n - arg as usize);
            }
            Op::LoadConst => push_value(&mut frame.stack, code.consts[arg as usize].clone()),
            Op::LoadFast => match &frame.locals[arg as usize] {
                Some(v) => push_value(&mut frame.stack, v.clone()),
                None => {
                    let name = &code.varnames[arg as usize];
                    return Err((
                        vm.new_error("UnboundLocalError", format!("cannot access local variable '{}' where it is not associated with a value", name)),
                        true,
                    ));
                }
            },
            Op::StoreFast => {
                let v = pop!(frame);
                // Write first, drop the old value after (see `push_value`).
                let old = frame.locals[arg as usize].replace(v);
                drop(old);
            }
            Op::DeleteFast => {
                if frame.locals[arg as usize].take().is_none() {
                    let name = &code.varnames[arg as usize];
                    return Err((
                        vm.new_error("UnboundLocalError", format!("cannot access local variable '{}' where it is not associated with a value", name)),
                        true,
                    ));
                }
            }
            Op::LoadDeref | Op::LoadClassDeref => {
                let i = arg as usize;
                if ins.op == Op::LoadClassDeref {
                    let name = cell_name(code, i);
                    if let Some(ld) = &frame.locals_dict {
                        if let Some(v) = tryv!(dictops::dict_get(vm, ld, &vm.intern(&name))) {
                            push_value(&mut frame.stack, v);
                            continue;
                        }
                    }
                }
                let Payload::Cell(c) = &frame.cells[i].payload else {
                    unreachable!()
                };
                let v = c.borrow().clone();
                match v {
                    Some(v) => push_value(&mut frame.stack, v),
                    None => {
                        let name = cell_name(code, i);
                        let msg = if i < code.cellvars.len() {
                            format!("cannot access local variable '{}' where it is not associated with a value", name)
                        } else {
                            format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name)
                        };
                        let kind = if i < code.cellvars.len() {
                            "UnboundLocalError"
                        } else {
                            "NameError"
                        };
                        return Err((vm.new_error(kind, msg), true));
                    }
                }
            }
            Op::StoreDeref => {
                let v = pop!(frame);
                let Payload::Cell(c) = &frame.cells[arg as usize].payload else {
                    unreachable!()
                };
                *c.borrow_mut() = Some(v);
            }
            Op::DeleteDeref => {
                let Payload::Cell(c) = &frame.cells[arg as usize].payload else {
                    unreachable!()
                };
                c.borrow_mut().take();
            }
            Op::LoadClosure => frame
                .stack
                .push(Value::Obj(frame.cells[arg as usize].clone())),
            Op::LoadGlobal => {
                let v = tryv!(load_global_cached(vm, frame, code, arg as usize));
                push_value(&mut frame.stack, v);
            }
            Op::StoreGlobal => {
                let v = pop!(frame);
                tryv!(dictops::dict_set(
                    vm,
                    &frame.globals,
                    name_of(code, arg).clone(),
                    v
                ));
            }
            Op::DeleteGlobal => {
                let name = name_of(code, arg);
                if !tryv!(dictops::dict_del(vm, &frame.globals, name)) {
                    return Err((name_error(vm, name), true));
                }
            }
            Op::LoadName => {
                let name = name_of(code, arg);
                let ld = frame
                    .locals_dict
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                let v = if Rc::ptr_eq(&ld, &frame.globals) {
                    tryv!(load_global(vm, frame, name))
                } else {
                    match tryv!(dictops::mapping_get(vm, &ld, name)) {
                        Some(v) => v,
                        None => tryv!(load_global(vm, frame, name)),
                    }
                };
                push_value(&mut frame.stack, v);
            }
            Op::StoreName => {
                let v = pop!(frame);
                let ld = frame
                    .locals_dict
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                tryv!(dictops::mapping_set(vm, &ld, name_of(code, arg).clone(), v));
            }
            Op::DeleteName => {
                let name = name_of(code, arg);
                let ld = frame
                    .locals_dict
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if !tryv!(dictops::dict_del(vm, &ld, name)) {
                    return Err((name_error(vm, name), true));
                }
            }
            Op::LoadAttr => {
                if let Some(v) = instance_attr_cached(code, arg as usize, top!(frame)) {
                    if let Some(slot) = frame.stack.last_mut() {
                        *slot = v;
                    }
                    continue;
                }
                let obj = pop!(frame);
                let v = tryv!(attr::getattr(vm, &obj, name_of(code, arg)));
                fill_attr_cache(code, arg as usize, &obj);
                push_value(&mut frame.stack, v);
            }
            Op::StoreAttr => {
                let obj = pop!(frame);
                let v = pop!(frame);
                let v = match store_attr_cached(vm, code, arg as usize, &obj, v) {
                    Ok(()) => continue,
                    Err(v) => v,
                };
                tryv!(attr::setattr(vm, &obj, name_of(code, arg), v));
                fill_store_attr_cache(code, arg as usize, &obj);
            }
            Op::DeleteAttr => {
                let obj = pop!(frame);
                tryv!(attr::delattr(vm, &obj, name_of(code, arg)));
            }
            Op::LoadMethod => {
                let obj = pop!(frame);
                let name = name_of(code, arg);
                let (m, this) = match method_cached(code, arg as usize, &obj) {
                    Some(m) => (m, obj.clone()),
                    None => tryv!(load_method(vm, &obj, name, Some((code, arg as usize)))),
                };
                push_value(&mut frame.stack, m);
                push_value(&mut frame.stack, this);
            }
            Op::BinarySubscr => {
                let key = pop!(frame);
                let obj = pop!(frame);
                let v = tryv!(fast_subscr(vm, &obj, &key));
                push_value(&mut frame.stack, v);
            }
            Op::StoreSubscr => {
                let key = pop!(frame);
                let obj = pop!(frame);
                let v = pop!(frame);
                tryv!(ops::setitem(vm, &obj, &key, v));
            }
            Op::DeleteSubscr => {
                let key = pop!(frame);
                let obj = pop!(frame);
                tryv!(ops::delitem(vm, &obj, &key));
            }
            Op::BinaryOp => {
                let kind = BinOpKind::from_arg(arg);
                if let Some(r) = int_binop_in_place(frame, kind) {
                    code.profile.record(pc, crate::tiers::profile::INT_PAIR);
                    push_value(&mut frame.stack, r);
                    continue;
                }
                let n = frame.stack.len();
                code.profile.record(
                    pc,
                    crate::tiers::profile::Profile::pair_bits(
                        &frame.stack[n - 2],
                        &frame.stack[n - 1],
                    ),
                );
                let b = pop!(frame);
                let a = pop!(frame);
                let r = if let (Value::Float(x), Value::Float(y)) = (&a, &b) {
                    tryv!(crate::runtime::arith::float_op(vm, kind, *x, *y))
                } else {
                    tryv!(ops::binary_op(vm, kind, &a, &b))
                };
                push_value(&mut frame.stack, r);
            }
            Op::InplaceOp => {
                let kind = BinOpKind::from_arg(arg);
                if let Some(r) = int_binop_in_place(frame, kind) {
                    code.profile.record(pc, crate::tiers::profile::INT_PAIR);
                    push_value(&mut frame.stack, r);
                    continue;
                }
                let n = frame.stack.len();
                code.profile.record(
                    pc,
                    crate::tiers::profile::Profile::pair_bits(
                        &frame.stack[n - 2],
                        &frame.stack[n - 1],
                    ),
                );
                let b = pop!(frame);
                let a = pop!(frame);
                let r = if let (Value::Float(x), Value::Float(y)) = (&a, &b) {
                    tryv!(crate::runtime::arith::float_op(vm, kind, *x, *y))
                } else {
                    tryv!(ops::inplace_op(vm, kind, &a, &b))
                };
                push_value(&mut frame.stack, r);
            }
            Op::UnaryOp => {
                let v = pop!(frame);
                let r = tryv!(ops::unary_op(vm, arg, &v));
                push_value(&mut frame.stack, r);
            }
            Op::CompareOp => {
                let kind = CmpKind::from_arg(arg);
                let n = frame.stack.len();
                let fast = match (&frame.stack[n - 2], &frame.stack[n - 1]) {
                    (Value::Int(x), Value::Int(y)) => {
                        code.profile.record(pc, crate::tiers::profile::INT_PAIR);
                        Some(primitive_compare(kind, x, y))
                    }
                    // IEEE comparisons are exactly Python's for two floats (NaN included).
                    (Value::Float(x), Value::Float(y)) => {
                        code.profile.record(pc, crate::tiers::profile::FLOAT_PAIR);
                        Some(primitive_compare(kind, x, y))
                    }
                    (a, b) => {
                        code.profile
                            .record(pc, crate::tiers::profile::Profile::pair_bits(a, b));
                        None
                    }
                };
                if let Some(r) = fast {
                    // Two scalars: overwrite in place, nothing to drop.
                    frame.stack.pop();
                    frame.stack[n - 2] = Value::from_bool(r);
                    continue;
                }
                let b = pop!(frame);
                let a = pop!(frame);
                let r = tryv!(ops::compare(vm, &a, &b, kind));
                push_value(&mut frame.stack, r);
            }
            Op::IsOp => {
                let b = pop!(frame);
                let a = pop!(frame);
                push_value(&mut frame.stack, Value::Bool(a.is(&b) != (arg == 1)));
            }
            Op::ContainsOp => {
                let container = pop!(frame);
                let item = pop!(frame);
                let r = tryv!(ops::contains(vm, &container, &item));
                push_value(&mut frame.stack, Value::Bool(r != (arg == 1)));
            }
            Op::BuildTuple => {
                let n = frame.stack.len() - arg as usize;
                let items = frame.stack.split_off(n);
                push_value(&mut frame.stack, vm.new_tuple(items));
            }
            Op::BuildList => {
                let n = frame.stack.len() - arg as usize;
                let items = frame.stack.split_off(n);
                push_value(&mut frame.stack, vm.new_list(items));
            }
            Op::BuildSet => {
                let n = frame.stack.len() - arg as usize;
                let items = frame.stack.split_off(n);
                let s = vm.new_set();
                for it in items {
                    tryv!(crate::runtime::setops::set_add(vm, &s, it));
                }
                push_value(&mut frame.stack, s);
            }
            Op::BuildMap => {
                let n = frame.stack.len() - 2 * arg as usize;
                let items = frame.stack.split_off(n);
                let d = vm.new_dict_obj();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    tryv!(dictops::dict_set(vm, &d, k, v));
                }
                push_value(&mut frame.stack, Value::Obj(d));
            }
            Op::BuildConstKeyMap => {
                let keys = pop!(frame);
                let n = frame.stack.len() - arg as usize;
                let vals = frame.stack.split_off(n);
                let d = vm.new_dict_obj();
                if let Some(Payload::Tuple(ks)) = keys.payload() {
                    for (k, v) in ks.iter().zip(vals) {
                        tryv!(dictops::dict_set(vm, &d, k.clone(), v));
                    }
                }
                push_value(&mut frame.stack, Value::Obj(d));
            }
            Op::BuildString => {
                let n = frame.stack.len() - arg as usize;
                let items = frame.stack.split_off(n);
                let mut s = String::new();
                for it in &items {
                    s.push_str(it.as_str().unwrap_or(""));
                }
                push_value(&mut frame.stack, vm.new_string(s));
            }
            Op::BuildSlice => {
                let step = if arg == 3 { pop!(frame) } else { Value::None };
                let stop = pop!(frame);
                let start = pop!(frame);
                push_value(
                    &mut frame.stack,
                    Value::Obj(PyObject::new(
                        vm.t.slice.clone(),
                        Payload::Slice { start, stop, step },
                    )),
                );
            }
            Op::ListAppend => {
                let v = pop!(frame);
                let n = frame.stack.len();
                if let Some(Payload::List(l)) = frame.stack[n - arg as usize].payload() {
                    l.borrow_mut().push(v);
                }
            }
            Op::SetAdd => {
                let v = pop!(frame);
                let n = frame.stack.len();
                let s = frame.stack[n - arg as usize].clone();
                tryv!(crate::runtime::setops::set_add(vm, &s, v));
            }
            Op::MapAdd => {
                let v = pop!(frame);
                let k = pop!(frame);
                let n = frame.stack.len();
                let d = frame.stack[n - arg as usize].clone();
                if let Value::Obj(o) = &d {
                    tryv!(dictops::dict_set(vm, o, k, v));
                }
            }
            Op::ListExtend => {
                let v = pop!(frame);
                let n = frame.stack.len();
                let l = frame.stack[n - arg as usize].clone();
                let items = match iter::collect(vm, &v) {
                    Ok(items) => items,
                    Err(e) => {
                        if vm.err_is(&e, "TypeError")
                            && !matches!(v, Value::Obj(_) | Value::Type(_))
                            || (vm.err_is(&e, "TypeError") && iter::is_not_iterable_error(vm, &v))
                        {
                            return Err((
                                vm.type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    vm.type_name(&v)
                                )),
                                true,
                            ));
                        }
                        return Err((e, true));
                    }
                };
                if let Some(Payload::List(l)) = l.payload() {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate => {
                let v = pop!(frame);
                let n = frame.stack.len();
                let s = frame.stack[n - arg as usize].clone();
                tryv!(crate::runtime::setops::set_update_value(vm, &s, &v));
            }
            Op::DictUpdate | Op::DictMerge => {
                let v = pop!(frame);
                let n = frame.stack.len();
                let d = frame.stack[n - arg as usize].clone();
                if let Value::Obj(o) = &d {
                    if ins.op == Op::DictMerge {
                        // Stack: [.., callable, positional tuple, kwargs dict]; the
                        // helper names the callable at index n - 2.
                        tryv!(dictops::dict_merge_kwargs(vm, o, &v, &frame.stack, n - 1));
                    } else {
                        tryv!(dictops::dict_update(vm, o, &v));
                    }
                }
            }
            Op::ListToTuple => {
                let v = pop!(frame);
                let items = match v.payload() {
                    Some(Payload::List(l)) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                push_value(&mut frame.stack, vm.new_tuple(items));
            }
            Op::UnpackSequence => {
                let v = pop!(frame);
                let items = tryv!(iter::unpack_exact(vm, &v, arg as usize));
                frame.stack.extend(items.into_iter().rev());
            }
            Op::UnpackEx => {
                let v = pop!(frame);
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = tryv!(iter::collect(vm, &v).map_err(|e| {
                    if iter::is_not_iterable_error(vm, &v) {
                        vm.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            vm.type_name(&v)
                        ))
                    } else {
                        e
                    }
                }));
                if items.len() < before + after {
                    return Err((
                        vm.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )),
                        true,
                    ));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for v in tail.into_iter().rev() {
                    push_value(&mut frame.stack, v);
                }
                push_value(&mut frame.stack, vm.new_list(middle));
                for v in items.into_iter().rev() {
                    push_value(&mut frame.stack, v);
                }
            }
            Op::Jump => jump(frame, arg),
            Op::JumpBack => {
                let n = code.profile.count_backedge(pc);
                tryv!(vm.check_interrupt());
                jump(frame, arg);
                if n >= vm.jit.threshold.get() {
                    tryv!(crate::tiers::trace::on_backedge(vm, frame, pc));
                }
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let t = match frame.stack.last() {
                    Some(Value::Bool(b)) => *b,
                    _ => {
                        let v = top!(frame).clone();
                        tryv!(ops::truthy(vm, &v))
                    }
                };
                frame.stack.pop();
                if t == (ins.op == Op::PopJumpIfTrue) {
                    jump(frame, arg);
                }
            }
            Op::JumpIfFalseOrPop => {
                let t = tryv!(ops::truthy(vm, top!(frame)));
                if !t {
                    jump(frame, arg);
                } else {
                    frame.stack.pop();
                }
            }
            Op::JumpIfTrueOrPop => {
                let t = tryv!(ops::truthy(vm, top!(frame)));
                if t {
                    jump(frame, arg);
                } else {
                    frame.stack.pop();
                }
            }
            Op::GetIter => {
                let v = pop!(frame);
                let it = tryv!(iter::get_iter(vm, &v));
                push_value(&mut frame.stack, it);
                if code.profile.is_compiled(pc + 1) {
                    tryv!(crate::tiers::trace::on_loop_entry(vm, frame));
                }
            }
            Op::ForIter => {
                let it = top!(frame).clone();
                match tryv!(iter::next(vm, &it)) {
                    Some(v) => push_value(&mut frame.stack, v),
                    None => {
                        frame.stack.pop();
                        jump(frame, arg);
                    }
                }
            }
            Op::CallFunction => {
                let fpos = frame.stack.len() - arg as usize - 1;
                if let Some(r) = fast_call(vm, frame, fpos, arg as usize) {
                    push_value(&mut frame.stack, tryv!(r));
                    continue;
                }
                let n = frame.stack.len() - arg as usize;
                let args = frame.stack.split_off(n);
                let f = pop!(frame);
                let args = Args::new(args);
                if let Some(r) = frame_builtin(vm, frame, &f, &args) {
                    push_value(&mut frame.stack, tryv!(r));
                    continue;
                }
                let r = tryv!(vm.call_args(&f, args));
                push_value(&mut frame.stack, r);
            }
            Op::CallMethod => {
                let self_pos = frame.stack.len() - arg as usize - 1;
                if !frame.stack[self_pos].is(&vm.null_marker) {
                    if let Some(r) = fast_call(vm, frame, self_pos - 1, arg as usize + 1) {
                        push_value(&mut frame.stack, tryv!(r));
                        continue;
                    }
                }
                let n = frame.stack.len() - arg as usize;
                let mut args = frame.stack.split_off(n);
                let this = pop!(frame);
                let f = pop!(frame);
                let r = if this.is(&vm.null_marker) {
                    let a = Args::new(args);
                    if let Some(r) = frame_builtin(vm, frame, &f, &a) {
                        push_value(&mut frame.stack, tryv!(r));
                        continue;
                    }
                    tryv!(vm.call_args(&f, a))
                } else {
                    args.insert(0, this);
                    tryv!(vm.call_args(&f, Args::new(args)))
                };
                push_value(&mut frame.stack, r);
            }
            Op::CallKw => {
                let names = pop!(frame);
                let n = frame.stack.len() - arg as usize;
                let mut args = frame.stack.split_off(n);
                let f = pop!(frame);
                let names: Vec<Rc<str>> = match names.payload() {
                    Some(Payload::Tuple(t)) => t
                        .iter()
                        .map(|v| Rc::from(v.as_str().unwrap_or("")))
                        .collect(),
                    _ => Vec::new(),
                };
                let kwvals = args.split_off(args.len() - names.len());
                let kw = names.into_iter().zip(kwvals).collect();
                let a = Args::with_kw(args, kw);
                if let Some(r) = frame_builtin(vm, frame, &f, &a) {
                    push_value(&mut frame.stack, tryv!(r));
                    continue;
                }
                let r = tryv!(vm.call_args(&f, a));
                push_value(&mut frame.stack, r);
            }
            Op::CallEx => {
                let kwargs = if arg & 1 == 1 {
                    Some(pop!(frame))
                } else {
                    None
                };
                let posv = pop!(frame);
                let f = pop!(frame);
                let pos = match posv.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => tryv!(iter::collect(vm, &posv)),
                };
                let mut kw = Vec::new();
                if let Some(Value::Obj(d)) = &kwargs {
                    if let Payload::Dict(dd) = &d.payload {
                        for e in dd.borrow().iter() {
                            match e.key.as_str() {
                                Some(s) => kw.push((Rc::from(s), e.value.clone())),
                                None => {
                                    return Err((vm.type_error("keywords must be strings"), true))
                                }
                            }
                        }
                    }
                }
                let r = tryv!(vm.call_args(&f, Args::with_kw(pos, kw)));
                push_value(&mut frame.stack, r);
            }
            Op::MakeFunction => {
                let code_v = pop!(frame);
                let closure = if arg & 8 != 0 {
                    Some(pop!(frame))
                } else {
                    None
                };
                let annotations = if arg & 4 != 0 {
                    Some(pop!(frame))
                } else {
                    None
                };
                let kwdefaults = if arg & 2 != 0 {
                    Some(pop!(frame))
                } else {
                    None
                };
                let defaults = if arg & 1 != 0 {
                    Some(pop!(frame))
                } else {
                    None
                };
                let f = make_function(
                    vm,
                    &frame.globals,
                    code_v,
                    defaults,
                    kwdefaults,
                    annotations,
                    closure,
                );
                push_value(&mut frame.stack, f);
            }
            Op::ReturnValue => {
                let v = pop!(frame);
                return Ok(FrameExit::Return(v));
            }
            Op::YieldValue => {
                // (An async generator's `yield` is told apart from its `await`s
                // by this op at `last_pc`: see `generator::resume_ex`.)
                let v = pop!(frame);
                return Ok(FrameExit::Yield(v));
            }
            Op::YieldFrom => {
                let sent = pop!(frame);
                let sub = top!(frame).clone();
                match tryv!(crate::runtime::generator::send_to(vm, &sub, sent)) {
                    crate::runtime::generator::SendResult::Yielded(v) => {
                        // Stay on this instruction: re-executed with the next sent value.
                        frame.pc = pc;
                        return Ok(FrameExit::Yield(v));
                    }
                    crate::runtime::generator::SendResult::Returned(v) => {
                        frame.stack.pop();
                        push_value(&mut frame.stack, v);
                    }
                }
            }
            Op::GetYieldFromIter => {
                let v = pop!(frame);
                let it = if matches!(v.payload(), Some(Payload::Generator(_))) {
                    v
                } else {
                    tryv!(iter::get_iter(vm, &v))
                };
                push_value(&mut frame.stack, it);
            }
            Op::GetAwaitable => {
                let v = pop!(frame);
                let it = tryv!(crate::runtime::generator::get_awaitable(vm, &v, arg));
                push_value(&mut frame.stack, it);
            }
            Op::GetAIter => {
                let v = pop!(frame);
                let it = tryv!(crate::runtime::async_protocol::get_aiter(vm, &v));
                push_value(&mut frame.stack, it);
            }
            Op::GetANext => {
                let aiter = top!(frame).clone();
                let aw = tryv!(crate::runtime::async_protocol::get_anext(vm, &aiter));
                push_value(&mut frame.stack, aw);
            }
            Op::EndAsyncFor => {
                let exc = pop!(frame);
                match exc {
                    Value::Obj(e) if vm.err_is(&e, "StopAsyncIteration") => {
                        frame.stack.pop();
                        if let Some(b) = frame.blocks.pop() {
                            if b.kind == BlockKind::Handler {
                                vm.handled.borrow_mut().pop();
                            }
                        }
                    }
                    other => return Err(reraise(vm, other, "EndAsyncFor")),
                }
            }
            Op::BeforeAsyncWith => {
                let mgr = pop!(frame);
                let (exit, entered) =
                    tryv!(crate::runtime::async_protocol::before_async_with(vm, &mgr));
                push_value(&mut frame.stack, exit);
                push_value(&mut frame.stack, entered);
            }
            Op::SetupExcept => frame.blocks.push(Block {
                kind: BlockKind::Except,
                handler: arg as usize,
                level: frame.stack.len(),
            }),
            Op::SetupFinally => frame.blocks.push(Block {
                kind: BlockKind::Finally,
                handler: arg as usize,
                level: frame.stack.len(),
            }),
            Op::SetupWith => {
                let mgr = pop!(frame);
                let (exit, entered) = tryv!(setup_with(vm, &mgr));
                push_value(&mut frame.stack, exit);
                frame.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: arg as usize,
                    level: frame.stack.len(),
                });
                push_value(&mut frame.stack, entered);
            }
            Op::SetupAsyncWith => {
                let entered = pop!(frame);
                frame.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: arg as usize,
                    level: frame.stack.len(),
                });
                push_value(&mut frame.stack, entered);
            }
            Op::PopBlock => {
                frame.blocks.pop();
            }
            Op::PopExcept => {
                if let Some(b) = frame.blocks.pop() {
                    if b.kind == BlockKind::Handler {
                        vm.handled.borrow_mut().pop();
                    }
                }
            }
            Op::Raise => return Err(raise_from_op(vm, frame, arg)),
            Op::Reraise => {
                let v = pop!(frame);
                return Err(reraise(vm, v, "Reraise"));
            }
            Op::CheckExcMatch => {
                let ty = pop!(frame);
                let exc = pop!(frame);
                let m = tryv!(crate::runtime::exceptions::exception_matches(vm, &exc, &ty));
                push_value(&mut frame.stack, Value::Bool(m));
            }
            Op::CheckEgMatch => {
                let ty = pop!(frame);
                let exc = pop!(frame);
                let (m, rest) = tryv!(crate::runtime::exc_group::check_eg_match(vm, &exc, &ty));
                if let Value::Obj(mo) = &m {
                    if let Some(last) = vm.handled.borrow_mut().last_mut() {
                        *last = Some(mo.clone());
                    }
                }
                push_value(&mut frame.stack, rest);
                push_value(&mut frame.stack, m);
            }
            Op::PrepReraiseStar => {
                let list = pop!(frame);
                let orig = pop!(frame);
                let items = match list.payload() {
                    Some(Payload::List(l)) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                let r = tryv!(crate::runtime::exc_group::prep_reraise_star(
                    vm, &orig, &items
                ));
                push_value(&mut frame.stack, r);
            }
            Op::WithExceptStart => {
                let n = frame.stack.len();
                let exc = frame.stack[n - 1].clone();
                let exit = frame.stack[n - 2].clone();
                let ty = Value::Type(vm.type_of(&exc));
                let tb = crate::runtime::exceptions::traceback_value(vm, &exc);
                let r = tryv!(vm.call(&exit, vec![ty, exc, tb]));
                push_value(&mut frame.stack, r);
            }
            Op::WithExitNormal => {
                let exit = pop!(frame);
                tryv!(vm.call(&exit, vec![Value::None, Value::None, Value::None]));
            }
            Op::ImportName => {
                let fromlist = pop!(frame);
                let level = pop!(frame);
                let name = name_of(code, arg).clone();
                let m = tryv!(crate::runtime::import::import_name(
                    vm, frame, &name, &fromlist, &level
                ));
                push_value(&mut frame.stack, m);
            }
            Op::ImportFrom => {
                let m = top!(frame).clone();
                let name = name_of(code, arg);
                let v = tryv!(crate::runtime::import::import_from(vm, &m, name));
                push_value(&mut frame.stack, v);
            }
            Op::ImportStar => {
                let m = pop!(frame);
                let ld = frame
                    .locals_dict
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                tryv!(crate::runtime::import::import_star(vm, &m, &ld));
            }
            Op::FormatValue => {
                let spec = if arg & 4 != 0 {
                    Some(pop!(frame))
                } else {
                    None
                };
                let v = pop!(frame);
                let v = match arg & 3 {
                    1 => tryv!(ops::str_value(vm, &v)),
                    2 => vm.new_string(tryv!(ops::repr(vm, &v))),
                    3 => vm.new_string(tryv!(crate::runtime::repr::ascii(vm, &v))),
                    _ => v,
                };
                let spec_s = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
                let r = if spec_s.is_empty()
                    && matches!(&v, Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Str(_)))
                {
                    v
                } else {
                    tryv!(crate::runtime::strformat::format_value(vm, &v, spec_s))
                };
                push_value(&mut frame.stack, r);
            }
            Op::LoadBuildClass => {
                let v = tryv!(load_global(vm, frame, &vm.intern("__build_class__")));
                push_value(&mut frame.stack, v);
            }
            Op::SetupAnnotations => {
                let ld = frame
                    .locals_dict
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                let key = vm.intern("__annotations__");
                if tryv!(dictops::mapping_get(vm, &ld, &key)).is_none() {
                    tryv!(dictops::mapping_set(vm, &ld, key, vm.new_dict()));
                }
            }
            Op::LoadAssertionError => {
                push_value(&mut frame.stack, Value::Type(vm.exc_type("AssertionError")))
            }
            Op::GetLen => {
                let n = tryv!(ops::len(vm, top!(frame)));
                push_value(&mut frame.stack, Value::Int(n as i64));
            }
            Op::MatchMapping => {
                let r = crate::runtime::matching::is_mapping(vm, top!(frame));
                push_value(&mut frame.stack, Value::Bool(r));
            }
            Op::MatchSequence => {
                let r = crate::runtime::matching::is_sequence(vm, top!(frame));
                push_value(&mut frame.stack, Value::Bool(r));
            }
            Op::MatchKeys => {
                let n = frame.stack.len();
                let keys = frame.stack[n - 1].clone();
                let subject = frame.stack[n - 2].clone();
                let r = tryv!(crate::runtime::matching::match_keys(vm, &subject, &keys));
                push_value(&mut frame.stack, r);
            }
            Op::MatchClass => {
                let names = pop!(frame);
                let cls = pop!(frame);
                let subject = pop!(frame);
                let r = tryv!(crate::runtime::matching::match_class(
                    vm,
                    &subject,
                    &cls,
                    arg as usize,
                    &names
                ));
                push_value(&mut frame.stack, r);
            }
            Op::PushExcInfo => {
                let cur = vm.handled.borrow().last().cloned().flatten();
                push_value(&mut frame.stack, cur.map(Value::Obj).unwrap_or(Value::None));
            }
            Op::GenStart => {
                frame.stack.pop();
            }
            Op::PrintExpr => {
                let v = pop!(frame);
                if !v.is_none() {
                    let s = tryv!(ops::repr(vm, &v));
                    println!("{}", s);
                }
            }
            Op::CopyDictWithoutKeys => {
                let keys = pop!(frame);
                let subject = pop!(frame);
                let d = vm.new_dict_obj();
                let items = match &subject {
                    Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => dictops::items(o),
                    _ => {
                        let tmp = vm.new_dict_obj();
                        tryv!(dictops::dict_update(vm, &tmp, &subject));
                        dictops::items(&tmp)
                    }
                };
                for (k, v) in items {
                    tryv!(dictops::dict_set(vm, &d, k, v));
                }
                if let Some(Payload::Tuple(ks)) = keys.payload() {
                    for k in ks.iter() {
                        tryv!(dictops::dict_del(vm, &d, k));
                    }
                }
                push_value(&mut frame.stack, Value::Obj(d));
            }
            Op::Unsupported => {
                let msg = code.consts[arg as usize]
                    .as_str()
                    .unwrap_or("unsupported feature")
                    .to_string();
                return Err((vm.not_implemented_error(msg), true));
            }
        }
    }
}

fn cell_name(code: &Code, i: usize) -> Rc<str> {
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars[i - code.cellvars.len()].clone()
    }
}

#[inline]
fn fast_subscr(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let (Value::Obj(o), Value::Int(i)) = (obj, key) {
        if o.class.builtin {
            if let Payload::List(l) = &o.payload {
                let l = l.borrow();
                let n = l.len() as i64;
                let j = if *i < 0 { *i + n } else { *i };
                if j >= 0 && j < n {
                    return Ok(l[j as usize].clone());
                }
                return Err(vm.index_error("list index out of range"));
            }
        }
    }
    ops::getitem(vm, obj, key)
}

/// `obj.name` for an immediate call: avoid allocating a bound method for plain
/// functions found on the type.
fn load_method(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    cache: Option<(&Code, usize)>,
) -> PyResult<(Value, Value)> {
    if let Value::Obj(o) = obj {
        let t = &o.class;
        let n = name.as_str().unwrap_or("");
        let custom_ga = matches!(o.payload, Payload::Super { .. })
            || !t.builtin && attr::type_flags(t) & attr::type_flag::CUSTOM_GETATTRIBUTE != 0;
        if !custom_ga {
            if let Some(d) = attr::lookup_type(t, n) {
                let plain = match d.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Builtin(b)) => b.owner.is_some() && b.bound_self.is_none(),
                    _ => false,
                };
                if plain {
                    let in_dict = match o.dict.get() {
                        Some(dict) => match &dict.payload {
                            Payload::Dict(dd) => dd
                                .borrow()
                                .get_str(n, attr::cached_str_hash(name, n))
                                .is_some(),
                            _ => false,
                        },
                        None => false,
                    };
                    if !in_dict {
                        if let Some((code, idx)) = cache {
                            if let Some(c) = code.method_cache.get(idx) {
                                *c.borrow_mut() = Some((t.version.get(), d.clone()));
                            }
                        }
                        return Ok((d, obj.clone()));
                    }
                }
            }
        }
    }
    let v = attr::getattr(vm, obj, name)?;
    Ok((v, vm.null_marker.clone()))
}

fn setup_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let t = vm.type_of(mgr);
    let enter = attr::lookup_type(&t, "__enter__");
    let exit = attr::lookup_type(&t, "__exit__");
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missing = if attr::lookup_type(&t, "__enter__").is_none() {
            ""
        } else {
            " (missed __exit__ method)"
        };
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol{}",
            t.name(),
            missing
        )));
    };
    let exit_b = attr::bind_descriptor(vm, exit, Some(mgr), &Value::Type(t.clone()))?;
    let enter_b = attr::bind_descriptor(vm, enter, Some(mgr), &Value::Type(t))?;
    let entered = vm.call(&enter_b, vec![])?;
    Ok((exit_b, entered))
}

/// A function object for `MakeFunction` without defaults or annotations
/// (also made by compiled traces).
pub fn new_function(vm: &Vm, globals: &ObjRef, code_v: Value, closure: Option<Value>) -> Value {
    make_function(vm, globals, code_v, None, None, None, closure)
}

fn make_function(
    vm: &Vm,
    globals: &ObjRef,
    code_v: Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> Value {
    let Some(Payload::Code(code)) = code_v.payload() else {
        return Value::None;
    };
    let code = code.clone();
    let defaults = match defaults.as_ref().and_then(|d| d.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let closure = match closure.as_ref().and_then(|c| c.payload()) {
        Some(Payload::Tuple(t)) => t.iter().filter_map(|v| v.as_obj().cloned()).collect(),
        _ => Vec::new(),
    };
    let kwdefaults = kwdefaults.and_then(|v| v.as_obj().cloned());
    let module = vm.dict_get_str(globals, "__name__").unwrap_or(Value::None);
    let doc = if code.flags & code_flags::NAME_LOCALS == 0 {
        code.consts.first().cloned().unwrap_or(Value::None)
    } else {
        Value::None
    };
    let doc = if doc.as_str().is_some() {
        doc
    } else {
        Value::None
    };
    let f = PyFunction {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code,
        globals: globals.clone(),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        annotations: RefCell::new(annotations),
        doc: RefCell::new(doc),
        module,
    };
    Value::Obj(PyObject::new(
        vm.t.function.clone(),
        Payload::Function(Box::new(f)),
    ))
}

/// The frame's local namespace as a dict (`locals()`): the namespace itself for
/// module and class bodies, a snapshot of fast locals and cells for functions.
pub fn frame_locals(vm: &Vm, frame: &Frame) -> PyResult<ObjRef> {
    if let Some(ld) = &frame.locals_dict {
        return Ok(ld.clone());
    }
    let d = vm.new_dict_obj();
    let code = &frame.code;
    for (i, name) in code.varnames.iter().enumerate() {
        if let Some(Some(v)) = frame.locals.get(i) {
            dictops::dict_set(vm, &d, vm.intern(name), v.clone())?;
        }
    }
    for (i, cell) in frame.cells.iter().enumerate() {
        let name = cell_name(code, i);
        if let Payload::Cell(c) = &cell.payload {
            if let Some(v) = &*c.borrow() {
                dictops::dict_set(vm, &d, vm.intern(&name), v.clone())?;
            }
        }
    }
    Ok(d)
}

/// Built-ins that need the calling frame: `locals()`, `globals()`, `vars()`,
/// `dir()`, `eval`/`exec` without namespaces, and zero-argument `super()`.
/// The built-ins (by name, unbound, not methods) that read the calling frame:
/// tier 1 runs them with `frame_builtin`; compiled code must not call them
/// (its frame is not written back).
pub fn reads_caller_frame(name: &str) -> bool {
    matches!(
        name,
        "globals" | "locals" | "vars" | "dir" | "eval" | "exec" | "breakpoint" | "_getframe"
    )
}

fn frame_builtin(vm: &Vm, frame: &Frame, f: &Value, args: &Args) -> Option<PyResult<Value>> {
    match f {
        Value::Type(t)
            if Rc::ptr_eq(t, &vm.t.super_) && args.pos.is_empty() && args.kw.is_empty() =>
        {
            Some(zero_arg_super(vm, frame))
        }
        Value::Obj(o) => {
            let Payload::Builtin(b) = &o.payload else {
                return None;
            };
            if b.owner.is_some() || b.bound_self.is_some() {
                return None;
            }
            let no_args = args.pos.is_empty() && args.kw.is_empty();
            match b.name {
                "globals" if no_args => Some(Ok(Value::Obj(frame.globals.clone()))),
                "locals" | "vars" if no_args => Some(frame_locals(vm, frame).map(Value::Obj)),
                "dir" if no_args => Some(frame_locals(vm, frame).and_then(|d| {
                    let keys: Vec<Value> = dictops::items(&d).into_iter().map(|(k, _)| k).collect();
                    crate::runtime::sort::sorted_values(vm, keys, None, false)
                        .map(|v| vm.new_list(v))
                })),
                "eval" | "exec" if args.pos.len() < 2 && args.kw.is_empty() => {
                    let locals = match frame_locals(vm, frame) {
                        Ok(l) => l,
                        Err(e) => return Some(Err(e)),
                    };
                    Some(crate::runtime::builtins::exec_eval(
                        vm,
                        args,
                        b.name == "eval",
                        Some(frame.globals.clone()),
                        Some(locals),
                    ))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn zero_arg_super(vm: &Vm, frame: &Frame) -> PyResult<Value> {
    let code = &frame.code;
    let Some(ci) = code
        .freevars
        .iter()
        .position(|n| &**n == "__class__")
        .map(|i| i + code.cellvars.len())
    else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let cls = match &frame.cells[ci].payload {
        Payload::Cell(c) => c.borrow().clone(),
        _ => None,
    };
    let Some(cls) = cls else {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    };
    if code.argcount == 0 && code.flags & code_flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let first_name = code.varnames.first().cloned();
    let mut first = frame.locals.first().cloned().flatten();
    if let Some(n) = first_name {
        if let Some(ci) = code.cellvars.iter().position(|c| *c == n) {
            if let Payload::Cell(c) = &frame.cells[ci].payload {
                first = c.borrow().clone();
            }
        }
    }
    if code.argcount == 0 {
        if let Some(Some(Payload::Tuple(t))) = frame
            .locals
            .first()
            .map(|v| v.as_ref().and_then(|v| v.payload()))
        {
            first = t.first().cloned();
        }
    }
    let Some(first) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    crate::runtime::builtin_types::misc::super_new(
        vm,
        Args::new(vec![Value::Type(vm.t.super_.clone()), cls, first]),
    )
}

/// Int-int arithmetic straight from the top two stack slots (no Value moves
/// through temporaries): pops both and returns the result, or leaves the stack
/// alone and returns None when the operands are not two small ints or the
/// result overflows or the op can raise.
#[inline(always)]
fn int_binop_in_place(frame: &mut Frame, kind: BinOpKind) -> Option<Value> {
    let n = frame.stack.len();
    let (Value::Int(x), Value::Int(y)) = (&frame.stack[n - 2], &frame.stack[n - 1]) else {
        return None;
    };
    let (x, y) = (*x, *y);
    let r = match kind {
        BinOpKind::Add => x.checked_add(y)?,
        BinOpKind::Sub => x.checked_sub(y)?,
        BinOpKind::Mul => x.checked_mul(y)?,
        BinOpKind::And => x & y,
        BinOpKind::Or => x | y,
        BinOpKind::Xor => x ^ y,
        BinOpKind::FloorDiv if y > 0 => x.div_euclid(y),
        BinOpKind::Mod if y > 0 => x.rem_euclid(y),
        BinOpKind::LShift if (0..63).contains(&y) && (x << y) >> y == x => x << y,
        BinOpKind::RShift if (0..64).contains(&y) => x >> y,
        _ => return None,
    };
    // Two ints: nothing to drop; the caller pushes the result.
    frame.stack.pop();
    frame.stack.pop();
    Some(Value::Int(r))
}

/// The common Python-to-Python call: a plain function (no `*args`, `**kwargs`,
/// keyword-only parameters or generator flag) called with exactly its number of
/// positional arguments. The arguments move straight from the caller's value
/// stack into the callee's locals, and the callee frame lives on the Rust stack:
/// no argument vector, no boxed frame. `fpos` is the callable's stack slot and
/// `nargs` values follow it. Returns None (stack untouched) when not applicable.
#[inline]
fn fast_call(vm: &Vm, frame: &mut Frame, fpos: usize, nargs: usize) -> Option<PyResult<Value>> {
    let Value::Obj(fo) = &frame.stack[fpos] else {
        return None;
    };
    let Payload::Function(func) = &fo.payload else {
        return None;
    };
    let code = &func.code;
    if code.argcount != nargs
        || code.kwonlyargcount != 0
        || code.flags
            & (code_flags::VARARGS
                | code_flags::VARKEYWORDS
                | code_flags::GENERATOR
                | code_flags::COROUTINE
                | code_flags::ASYNC_GENERATOR)
            != 0
    {
        return None;
    }
    if code
        .profile
        .func_entry
        .is_some_and(|e| code.profile.is_compiled(e))
    {
        // A function trace: run without a frame where it can.
        let f = frame.stack[fpos].clone();
        let stack = &frame.stack;
        if let Some(r) = call_traced(vm, &f, nargs, |k| stack[fpos + 1 + k].clone()) {
            frame.stack.truncate(fpos);
            return Some(r);
        }
    }
    let code = code.clone();
    let nlocals = code.varnames.len();
    let mut locals: Vec<Option<Value>> = Vec::with_capacity(nlocals);
    // SAFETY: the `nargs` values above `fpos` move into the first `nargs`
    // locals (capacity `nlocals >= argcount == nargs`); the stack forgets them
    // by shrinking to `fpos + 1` without dropping, so each value keeps exactly
    // one owner. `Option<Value>` has `Value`'s layout for `Some` (a niche in
    // the tag), checked by `option_value_is_a_value` below.
    unsafe {
        let src = frame.stack.as_ptr().add(fpos + 1);
        let dst = locals.as_mut_ptr() as *mut Value;
        std::ptr::copy_nonoverlapping(src, dst, nargs);
        frame.stack.set_len(fpos + 1);
        locals.set_len(nargs);
    }
    locals.resize_with(nlocals, || None);
    // The function object leaves the stack; it stays alive (and so does
    // `func`) for the whole call.
    let fo = pop!(frame);
    let Value::Obj(fo) = &fo else {
        unreachable!("checked above")
    };
    let Payload::Function(func) = &fo.payload else {
        unreachable!("checked above")
    };
    let mut callee = Frame::new_with_locals(code, func.globals.clone(), vm.builtins_dict(), locals);
    if !callee.code.cellvars.is_empty() || !func.closure.is_empty() {
        setup_cells(vm, &mut callee, func);
    }
    if let Err(e) = enter_recursion(vm) {
        return Some(Err(e));
    }
    let _guard = DepthGuard(vm);
    Some(run_call(vm, &mut callee))
}

fn dict_version(d: &ObjRef) -> u64 {
    match &d.payload {
        Payload::Dict(dd) => dd.borrow().version,
        _ => 0,
    }
}

/// `LoadGlobal` through the code object's inline cache: valid while neither the
/// globals nor the builtins dict has been mutated since the entry was filled
/// (every dict mutation bumps the dict's version).
#[inline]
fn load_global_cached(vm: &Vm, frame: &Frame, code: &Code, idx: usize) -> PyResult<Value> {
    let gver = dict_version(&frame.globals);
    let bver = dict_version(&frame.builtins);
    if let Some(cell) = code.global_cache.get(idx) {
        if let Some((p, g, b, v)) = &*cell.borrow() {
            if std::ptr::eq(p.as_ptr(), Rc::as_ptr(&frame.globals)) && *g == gver && *b == bver {
                return Ok(v.clone());
            }
        }
        let v = load_global(vm, frame, &code.names[idx])?;
        // Instances of Python classes are not cached: holding them would delay
        // their `__del__` past a `del` of the global.
        let cacheable = match &v {
            Value::Obj(o) => o.class.builtin,
            _ => true,
        };
        if cacheable {
            *cell.borrow_mut() = Some((Rc::downgrade(&frame.globals), gver, bver, v.clone()));
        }
        return Ok(v);
    }
    load_global(vm, frame, &code.names[idx])
}

/// `LoadAttr` of a plain instance attribute through the per-name cache: when the
/// object's type (at its current version) is known to define nothing under this
/// name, the attribute can only come from the instance dict.
#[inline]
fn instance_attr_cached(code: &Code, idx: usize, obj: &Value) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let t = &o.class;
    if t.builtin || code.attr_cache.get(idx)?.get() != t.version.get() {
        return None;
    }
    let dict = o.dict.get()?;
    let Payload::Dict(dd) = &dict.payload else {
        return None;
    };
    let name = &code.names[idx];
    let d = dd.borrow();
    let hint = code.attr_hints.get(idx)?;
    if let (Some(e), Value::Obj(nm)) = (d.entry_at(hint.get() as usize), name) {
        if matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, nm)) {
            return Some(e.value.clone());
        }
    }
    let n = name.as_str()?;
    let h = attr::cached_str_hash(name, n);
    let i = d.find_str(n, h)?;
    hint.set(i as u32);
    d.entry_at(i).map(|e| e.value.clone())
}

/// After a generic `LoadAttr`, remember when the type has nothing under the name
/// (and no attribute hooks), so the next lookup can go straight to the instance dict.
fn fill_attr_cache(code: &Code, idx: usize, obj: &Value) {
    let Value::Obj(o) = obj else { return };
    let t = &o.class;
    if t.builtin || o.dict.get().is_none() {
        return;
    }
    use attr::type_flag::*;
    if attr::type_flags(t) & (CUSTOM_GETATTRIBUTE | HAS_GETATTR) != 0 {
        return;
    }
    let Some(n) = code.names.get(idx).and_then(|v| v.as_str()) else {
        return;
    };
    if attr::lookup_type(t, n).is_none() {
        if let Some(c) = code.attr_cache.get(idx) {
            c.set(t.version.get());
        }
    }
}

/// `LoadMethod` through the per-name cache: the type (at its current version)
/// has a plain function or built-in method under this name and no attribute
/// hooks; only an instance-dict entry of the same name could shadow it.
#[inline]
fn method_cached(code: &Code, idx: usize, obj: &Value) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    if matches!(o.payload, Payload::Super { .. }) {
        return None;
    }
    let t = &o.class;
    let m = match &*code.method_cache.get(idx)?.borrow() {
        Some((v, m)) if *v == t.version.get() => m.clone(),
        _ => return None,
    };
    if let Some(dict) = o.dict.get() {
        let name = &code.names[idx];
        let n = name.as_str()?;
        if let Payload::Dict(dd) = &dict.payload {
            if dd
                .borrow()
                .get_str(n, attr::cached_str_hash(name, n))
                .is_some()
            {
                return None;
            }
        }
    }
    Some(m)
}

/// `StoreAttr` of a plain instance attribute through the per-name cache: the
/// type (at its current version) has nothing under this name, no `__setattr__`,
/// and its `__slots__` (if any) allow the name, so the value goes straight into
/// the instance dict.
/// Gives the value back when the cache does not apply.
#[inline]
fn store_attr_cached(vm: &Vm, code: &Code, idx: usize, obj: &Value, v: Value) -> Result<(), Value> {
    let Value::Obj(o) = obj else { return Err(v) };
    let t = &o.class;
    let Some(c) = code.store_attr_cache.get(idx) else {
        return Err(v);
    };
    if t.builtin || c.get() != t.version.get() {
        return Err(v);
    }
    let Some(dict) = o.dict.get() else {
        return Err(v);
    };
    let Payload::Dict(dd) = &dict.payload else {
        return Err(v);
    };
    let name = &code.names[idx];
    let Some(n) = name.as_str() else {
        return Err(v);
    };
    let h = attr::cached_str_hash(name, n);
    let found = {
        let d = dd.borrow();
        let hint = code.attr_hints.get(idx).map_or(u32::MAX, |c| c.get()) as usize;
        let hinted = match (d.entry_at(hint), name) {
            (Some(e), Value::Obj(nm)) => matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, nm)),
            _ => false,
        };
        if hinted {
            Some(hint)
        } else {
            match d.find_native(name, h) {
                Ok(i) => {
                    if let (Some(i), Some(c)) = (i, code.attr_hints.get(idx)) {
                        c.set(i as u32);
                    }
                    i
                }
                Err(_) => return Err(v),
            }
        }
    };
    // The old value (if any) is dropped after the borrow ends.
    let old = match found {
        Some(i) => {
            let mut d = dd.borrow_mut();
            d.entry_at_mut(i)
                .map(|e| std::mem::replace(&mut e.value, v))
        }
        None => {
            dd.borrow_mut().push_new(name.clone(), h, v);
            None
        }
    };
    if found.is_some() {
        dd.borrow_mut().version += 1;
    }
    drop(old);
    let _ = vm;
    Ok(())
}

fn fill_store_attr_cache(code: &Code, idx: usize, obj: &Value) {
    let Value::Obj(o) = obj else { return };
    let t = &o.class;
    if t.builtin || o.dict.get().is_none() {
        return;
    }
    use attr::type_flag::*;
    let flags = attr::type_flags(t);
    if flags & CUSTOM_SETATTR != 0 {
        return;
    }
    let Some(n) = code.names.get(idx).and_then(|v| v.as_str()) else {
        return;
    };
    if flags & HAS_SLOTS != 0 && !attr::slot_allows(t, n) {
        return;
    }
    if attr::lookup_type(t, n).is_none() {
        if let Some(c) = code.store_attr_cache.get(idx) {
            c.set(t.version.get());
        }
    }
}

/// A comparison of two ints or two floats, whose order is the machine's.
#[inline(always)]
fn primitive_compare<T: PartialOrd>(kind: CmpKind, x: &T, y: &T) -> bool {
    match kind {
        CmpKind::Lt => x < y,
        CmpKind::Le => x <= y,
        CmpKind::Eq => x == y,
        CmpKind::Ne => x != y,
        CmpKind::Gt => x > y,
        CmpKind::Ge => x >= y,
    }
}

/// Re-raise an exception popped from the stack as is (its traceback is kept);
/// anything else there is an interpreter bug, reported as SystemError.
fn reraise(vm: &Vm, v: Value, op: &str) -> ExecErr {
    match v {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => (e, false),
        _ => (
            vm.new_error("SystemError", format!("{} of a non-exception", op)),
            true,
        ),
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    /// `fast_call` moves stack `Value`s into `Option<Value>` locals bit for bit.
    #[test]
    fn option_value_is_a_value() {
        assert_eq!(
            std::mem::size_of::<Option<Value>>(),
            std::mem::size_of::<Value>()
        );
        for v in [
            Value::Int(-3),
            Value::Float(2.5),
            Value::None,
            Value::Bool(true),
        ] {
            // SAFETY: both are 16 plain bytes (sizes checked above).
            let bits: [u64; 2] = unsafe { std::mem::transmute_copy(&v) };
            // SAFETY: as above.
            let some: [u64; 2] = unsafe { std::mem::transmute_copy(&Some(v)) };
            assert_eq!(bits[0], some[0]);
        }
    }
}
