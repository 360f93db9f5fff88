//! The interpreter frames currently running, innermost last, for
//! `sys._getframe()`: each `run_frame` registers its frame for as long as it
//! runs, and `_getframe(n)` turns the n-th one from the top into a `frame`
//! object (a snapshot of its code, globals, locals and line, with `f_back`).
//!
//! Compiled code keeps no interpreter frame for the functions it inlines, so
//! the recorder never compiles a call to `_getframe` (it reads the caller's
//! frame, like `locals()`); a function reached through a function trace without
//! a frame is missing from the stack.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;

/// Registers a frame as running; unregisters it when dropped.
pub struct Running<'a>(&'a Vm);

impl<'a> Running<'a> {
    #[inline]
    pub fn enter(vm: &'a Vm, frame: &Frame) -> Running<'a> {
        vm.frame_stack.borrow_mut().push(frame as *const Frame);
        Running(vm)
    }
}

impl Drop for Running<'_> {
    #[inline]
    fn drop(&mut self) {
        self.0.frame_stack.borrow_mut().pop();
    }
}

fn snapshot(vm: &Vm, frame: &Frame, back: Value) -> PyResult<Value> {
    let o = PyObject::new(vm.t.frame.clone(), Payload::Plain);
    let d = vm.new_dict_obj();
    let code = Value::Obj(PyObject::new(
        vm.t.code.clone(),
        Payload::Code(Rc::clone(&frame.code)),
    ));
    let locals = crate::tiers::interp::frame_locals(vm, frame)?;
    for (k, v) in [
        ("f_code", code),
        ("f_globals", Value::Obj(frame.globals.clone())),
        ("f_builtins", Value::Obj(frame.builtins.clone())),
        ("f_locals", Value::Obj(locals)),
        ("f_lineno", Value::Int(frame.line() as i64)),
        ("f_lasti", Value::Int(frame.last_pc as i64 * 2)),
        ("f_back", back),
    ] {
        vm.dict_set_str(&d, k, v)?;
    }
    let _ = o.dict.set(d);
    Ok(Value::Obj(o))
}

/// `sys._getframe(depth)`: the frame `depth` calls below the caller.
pub fn getframe(vm: &Vm, depth: usize) -> PyResult<Value> {
    let frames: Vec<*const Frame> = vm.frame_stack.borrow().clone();
    if depth >= frames.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let upto = frames.len() - depth;
    let mut back = Value::None;
    for &f in &frames[..upto] {
        // SAFETY: every pointer on the stack belongs to a `run_frame` call that
        // is still running below this one (its `Running` guard pops it before
        // the frame goes away), and nothing mutates those frames while this
        // native call runs on top of them.
        let frame = unsafe { &*f };
        back = snapshot(vm, frame, back)?;
    }
    Ok(back)
}
