//! `exc.__traceback__`: a chain of `traceback` objects built from the exception's
//! recorded entries, outermost first, each with `tb_next`, `tb_lineno`, `tb_lasti`
//! and a `tb_frame` whose `f_code` names the file and function.
//!
//! pyjit frames are not Python objects, so the `frame` here is a snapshot of
//! what the traceback knows (code, globals, line); `f_locals` is absent and
//! raises AttributeError rather than showing something wrong. `tb_lasti` is -1
//! (no instruction offset), so the `traceback` module prints these entries
//! without column markers.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn with_attrs(vm: &Vm, cls: &TypeRef, attrs: &[(&str, Value)]) -> Value {
    let o = PyObject::new(cls.clone(), Payload::Plain);
    let d = vm.new_dict_obj();
    for (k, v) in attrs {
        let _ = vm.dict_set_str(&d, k, v.clone());
    }
    let _ = o.dict.set(d);
    Value::Obj(o)
}

fn frame_object(vm: &Vm, e: &TraceEntry) -> Value {
    let code = Value::Obj(PyObject::new(
        vm.t.code.clone(),
        Payload::Code(e.code.clone()),
    ));
    with_attrs(
        vm,
        &vm.t.frame,
        &[
            ("f_code", code),
            ("f_globals", Value::Obj(e.globals.clone())),
            ("f_lineno", Value::Int(e.line as i64)),
            ("f_back", Value::None),
        ],
    )
}

/// The traceback chain of `exc`, or None when nothing was recorded.
pub fn traceback_object(vm: &Vm, exc: &ObjRef) -> Value {
    let entries = match &exc.payload {
        Payload::Exception(d) => d.borrow().traceback.clone(),
        _ => Vec::new(),
    };
    // Entries are recorded innermost first; the chain starts at the outermost.
    let mut next = Value::None;
    for e in entries.iter() {
        next = with_attrs(
            vm,
            &vm.t.traceback,
            &[
                ("tb_next", next),
                ("tb_lineno", Value::Int(e.line as i64)),
                ("tb_lasti", Value::Int(-1)),
                ("tb_frame", frame_object(vm, e)),
            ],
        );
    }
    next
}
