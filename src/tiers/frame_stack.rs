//! The interpreter frames currently running, innermost last, for
//! `sys._getframe()`: each `run_frame` registers its frame for as long as it
//! runs, and `_getframe(n)` turns the n-th one from the top into a `frame`
//! object (a snapshot of its code, globals, locals and line, with `f_back`).
//!
//! The registry is a list linked through `run_frame`'s own stack (a `Running`
//! guard holds the frame pointer and the previous top), so entering a frame —
//! every call and every generator resume — costs two stores and a load.
//!
//! Compiled code keeps no interpreter frame for the functions it inlines, so
//! the recorder never compiles a call to `_getframe` (it reads the caller's
//! frame, like `locals()`); a function reached through a function trace without
//! a frame is missing from the stack.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;

/// One running frame: a link in the list `Vm::top_frame` points into.
pub struct FrameLink {
    frame: *const Frame,
    prev: *const FrameLink,
}

/// Registers a frame as running; unregisters it when dropped. The link is
/// boxed in place on the caller's stack; the guard must not move after
/// `enter` (it is a local of `run_frame` that lives until it returns).
pub struct Running<'a> {
    vm: &'a Vm,
    link: FrameLink,
}

impl<'a> Running<'a> {
    #[inline]
    pub fn enter(vm: &'a Vm, frame: &Frame) -> Running<'a> {
        Running {
            vm,
            link: FrameLink {
                frame: frame as *const Frame,
                prev: vm.top_frame.get(),
            },
        }
    }

    /// Publish the link (after the guard has its final address).
    #[inline]
    pub fn publish(&self) {
        self.vm.top_frame.set(&self.link as *const FrameLink);
    }
}

impl Drop for Running<'_> {
    #[inline]
    fn drop(&mut self) {
        self.vm.top_frame.set(self.link.prev);
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
    let mut frames: Vec<*const Frame> = Vec::new();
    let mut link = vm.top_frame.get();
    while !link.is_null() {
        // SAFETY: every published link belongs to a `Running` guard of a
        // `run_frame` call that is still running below this one (the guard
        // unpublishes it when dropped, before its stack slot goes away).
        let l = unsafe { &*link };
        frames.push(l.frame);
        link = l.prev;
    }
    frames.reverse();
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
