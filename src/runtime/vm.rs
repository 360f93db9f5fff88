//! The virtual machine: built-in types, singletons, interpreter-wide state, and
//! constructors for values and exceptions.
//!
//! There is one `Vm` per process, passed by shared reference everywhere; mutable
//! state lives in `Cell`/`RefCell` fields because Python code re-enters the runtime
//! from almost anywhere (a `__hash__` inside a dict insert, a `__del__` …), and a
//! `&mut Vm` would have to be threaded through every such re-entry.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::frontend::bytecode::Code;
use crate::runtime::dict::PyDict;
use crate::runtime::object::*;
use crate::runtime::types::{new_type, Types, EXCEPTION_TABLE};

pub struct Vm {
    pub t: Types,
    /// Exception classes by name (BaseException and everything in the table).
    pub exc: HashMap<&'static str, TypeRef>,
    pub builtins: ObjRef,
    pub sys_modules: ObjRef,
    pub sys: RefCell<Option<ObjRef>>,
    pub ellipsis: Value,
    pub not_implemented: Value,
    /// Marker pushed by LoadMethod when the callable is not an unbound method.
    pub null_marker: Value,
    pub depth: Cell<usize>,
    /// The innermost running interpreter frame (`tiers::frame_stack`).
    pub top_frame: Cell<*const crate::tiers::frame_stack::FrameLink>,
    pub recursion_limit: Cell<usize>,
    /// Stack of exceptions currently being handled (innermost last); `None` entries
    /// mark handlers entered when nothing was being handled.
    pub handled: RefCell<Vec<Option<ObjRef>>>,
    interned: RefCell<HashMap<Box<str>, Value>>,
    pub empty_tuple: Value,
    pub argv: RefCell<Vec<String>>,
    pub path: RefCell<Vec<String>>,
    /// `__del__` calls waiting for the next instruction boundary (see `finalize`).
    pub finalizer_queue: RefCell<Vec<(Value, Value)>>,
    /// Work the interpreter must do before its next instruction, one bit per
    /// kind (`ATTENTION_FINALIZERS`, `ATTENTION_RECORDING`): a single byte so
    /// the dispatch loop tests one flag, not one per reason.
    attention: Cell<u8>,
    /// Tier 2: trace recording, compiled loops, `--jit-log`.
    pub jit: crate::tiers::trace::Jit,
}

thread_local! {
    static INTERRUPTED: Cell<bool> = const { Cell::new(false) };
}

pub static SIGINT_FLAG: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `Vm::attention` bit: finalizers (or queued calls) wait in `finalizer_queue`.
pub const ATTENTION_FINALIZERS: u8 = 1;
/// `Vm::attention` bit: tier 2 is recording a trace (every instruction is seen).
pub const ATTENTION_RECORDING: u8 = 2;

impl Vm {
    /// Does the interpreter have to look at anything before the next instruction?
    #[inline]
    pub fn attention(&self) -> u8 {
        self.attention.get()
    }

    /// The attention byte's address, polled by compiled loops at their back
    /// edge (nonzero: leave so tier 1 runs the finalizers). Recording never
    /// runs while compiled code does, so only the finalizer bit is ever seen.
    pub fn attention_ptr(&self) -> *const u8 {
        self.attention.as_ptr() as *const u8
    }

    fn set_attention(&self, bit: u8, on: bool) {
        let a = self.attention.get();
        self.attention.set(if on { a | bit } else { a & !bit });
    }

    pub fn finalizers_pending(&self) -> bool {
        self.attention.get() & ATTENTION_FINALIZERS != 0
    }

    pub fn set_finalizers_pending(&self, on: bool) {
        self.set_attention(ATTENTION_FINALIZERS, on);
    }

    /// Is tier 2 recording a trace?
    pub fn recording(&self) -> bool {
        self.attention.get() & ATTENTION_RECORDING != 0
    }

    pub fn set_recording(&self, on: bool) {
        self.set_attention(ATTENTION_RECORDING, on);
    }

    pub fn new() -> Vm {
        let t = Types::create();
        let mut exc = HashMap::new();
        exc.insert("BaseException", t.base_exception.clone());
        for (name, base) in EXCEPTION_TABLE {
            let b = exc[base].clone();
            let ty = new_type(name, vec![b], BaseKind::Exception, true, true);
            exc.insert(*name, ty);
        }
        // ExceptionGroup inherits from both BaseExceptionGroup and Exception.
        let eg = new_type(
            "ExceptionGroup",
            vec![exc["BaseExceptionGroup"].clone(), exc["Exception"].clone()],
            BaseKind::Exception,
            true,
            true,
        );
        {
            let mut mro = vec![
                eg.clone(),
                exc["BaseExceptionGroup"].clone(),
                exc["Exception"].clone(),
                exc["BaseException"].clone(),
                t.object.clone(),
            ];
            mro.dedup_by(|a, b| Rc::ptr_eq(a, b));
            *eg.mro.borrow_mut() = mro;
        }
        exc.insert("ExceptionGroup", eg);
        let module_t = t.module.clone();
        let dict_t = t.dict.clone();
        let mk_module = |name: &str| {
            let m = PyObject::new(module_t.clone(), Payload::Module { name: name.into() });
            let d = PyObject::new(dict_t.clone(), Payload::Dict(RefCell::new(PyDict::new())));
            let _ = m.dict.set(d);
            m
        };
        let builtins = mk_module("builtins");
        let sys_modules = PyObject::new(t.dict.clone(), Payload::Dict(RefCell::new(PyDict::new())));
        let ellipsis = Value::Obj(PyObject::new(t.ellipsis_type.clone(), Payload::Plain));
        let not_implemented = Value::Obj(PyObject::new(
            t.not_implemented_type.clone(),
            Payload::Plain,
        ));
        let null_marker = Value::Obj(PyObject::new(t.object.clone(), Payload::Plain));
        let empty_tuple = Value::Obj(PyObject::new(t.tuple.clone(), Payload::Tuple(Box::new([]))));
        let vm = Vm {
            t,
            exc,
            builtins,
            sys_modules,
            sys: RefCell::new(None),
            ellipsis,
            not_implemented,
            null_marker,
            depth: Cell::new(0),
            top_frame: Cell::new(std::ptr::null()),
            recursion_limit: Cell::new(1000),
            handled: RefCell::new(Vec::new()),
            interned: RefCell::new(HashMap::new()),
            empty_tuple,
            argv: RefCell::new(Vec::new()),
            path: RefCell::new(Vec::new()),
            finalizer_queue: RefCell::new(Vec::new()),
            attention: Cell::new(0),
            jit: Default::default(),
        };
        crate::runtime::setup::init(&vm);
        vm
    }

    // ----- value constructors -------------------------------------------------

    pub fn new_str(&self, s: &str) -> Value {
        Value::Obj(PyObject::new(
            self.t.str.clone(),
            Payload::Str(PyStr::new(s)),
        ))
    }
    pub fn new_string(&self, s: String) -> Value {
        self.new_str(&s)
    }
    /// An interned str (attribute names, identifiers): same object for equal text.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = self.new_str(s);
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }
    pub fn new_int_big(&self, i: BigInt) -> Value {
        match i.to_i64() {
            Some(v) => Value::Int(v),
            None => Value::Obj(PyObject::new(self.t.int.clone(), Payload::Int(i))),
        }
    }
    pub fn new_float(&self, x: f64) -> Value {
        Value::Float(x)
    }
    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        Value::Obj(PyObject::new(
            self.t.complex.clone(),
            Payload::Complex(re, im),
        ))
    }
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(PyObject::new(
            self.t.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }
    pub fn new_bytearray(&self, b: Vec<u8>) -> Value {
        Value::Obj(PyObject::new(
            self.t.bytearray.clone(),
            Payload::ByteArray(RefCell::new(b)),
        ))
    }
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::Obj(PyObject::new(
            self.t.tuple.clone(),
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyObject::new(
            self.t.list.clone(),
            Payload::List(RefCell::new(items)),
        ))
    }
    pub fn new_dict_obj(&self) -> ObjRef {
        PyObject::new(
            self.t.dict.clone(),
            Payload::Dict(RefCell::new(PyDict::new())),
        )
    }
    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_obj())
    }
    pub fn new_set(&self) -> Value {
        Value::Obj(PyObject::new(
            self.t.set.clone(),
            Payload::Set(Box::new(RefCell::new(crate::runtime::set::PySet::new()))),
        ))
    }
    pub fn new_code(&self, code: Rc<Code>) -> Value {
        Value::Obj(PyObject::new(self.t.code.clone(), Payload::Code(code)))
    }
    pub fn ellipsis(&self) -> Value {
        self.ellipsis.clone()
    }
    pub fn new_cell(&self, v: Option<Value>) -> ObjRef {
        PyObject::new(self.t.cell.clone(), Payload::Cell(RefCell::new(v)))
    }
    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> Value {
        Value::Obj(PyObject::new(
            self.t.builtin_function.clone(),
            Payload::Builtin(BuiltinFunction {
                name,
                func,
                bound_self: None,
                owner: None,
            }),
        ))
    }
    pub fn new_module(&self, name: &str) -> ObjRef {
        let m = PyObject::new(self.t.module.clone(), Payload::Module { name: name.into() });
        let d = self.new_dict_obj();
        let _ = m.dict.set(d.clone());
        let _ = self.dict_set_str(&d, "__name__", self.new_str(name));
        let _ = self.dict_set_str(&d, "__doc__", Value::None);
        m
    }
    pub fn new_iter(&self, ty: &TypeRef, kind: IterKind) -> Value {
        Value::Obj(PyObject::new(
            ty.clone(),
            Payload::Iter(Box::new(RefCell::new(kind))),
        ))
    }

    // ----- exceptions ---------------------------------------------------------

    pub fn exc_type(&self, name: &str) -> TypeRef {
        self.exc
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exc["Exception"].clone())
    }
    /// A new exception instance of `ty` with `args`.
    pub fn new_exception(&self, ty: &TypeRef, args: Vec<Value>) -> ObjRef {
        let o = PyObject::new(
            ty.clone(),
            Payload::Exception(Box::new(RefCell::new(ExcData {
                args,
                ..Default::default()
            }))),
        );
        let _ = o.dict.set(self.new_dict_obj());
        o
    }
    pub fn new_error(&self, name: &str, msg: impl AsRef<str>) -> PyErr {
        let ty = self.exc_type(name);
        self.new_exception(&ty, vec![self.new_str(msg.as_ref())])
    }
    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("IndexError", msg)
    }
    pub fn attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("AttributeError", msg)
    }
    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }
    pub fn not_implemented_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("NotImplementedError", msg)
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        let ty = self.exc_type("KeyError");
        self.new_exception(&ty, vec![key])
    }
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        let ty = self.exc_type("StopIteration");
        self.new_exception(&ty, value.into_iter().collect())
    }
    /// Is `err` an instance of the exception class `name` (or a subclass)?
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        match self.exc.get(name) {
            Some(t) => err.class.is_subtype(t),
            None => false,
        }
    }

    /// Check the interpreter-wide interrupt flag (set by the SIGINT handler)
    /// and run a pending collection (every loop back edge does this).
    #[inline]
    pub fn check_interrupt(&self) -> PyResult<()> {
        if crate::runtime::gc::pending() || SIGINT_FLAG.load(std::sync::atomic::Ordering::Relaxed) {
            return self.check_interrupt_slow();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn check_interrupt_slow(&self) -> PyResult<()> {
        if crate::runtime::gc::pending() {
            crate::runtime::gc::maybe_collect(self);
        }
        if SIGINT_FLAG.load(std::sync::atomic::Ordering::Relaxed)
            && SIGINT_FLAG.swap(false, std::sync::atomic::Ordering::Relaxed)
        {
            return crate::runtime::modules::signal::dispatch(self);
        }
        Ok(())
    }

    // ----- small helpers ------------------------------------------------------

    pub fn type_of(&self, v: &Value) -> TypeRef {
        match v {
            Value::None => self.t.none_type.clone(),
            Value::Bool(_) => self.t.bool_.clone(),
            Value::Int(_) => self.t.int.clone(),
            Value::Float(_) => self.t.float.clone(),
            Value::Obj(o) => o.class.clone(),
            Value::Type(t) => t
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| self.t.type_.clone()),
        }
    }
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        match v {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Obj(o) => o.class.name(),
            Value::Type(_) => self.type_of(v).name(),
        }
    }
    pub fn isinstance_type(&self, v: &Value, t: &TypeRef) -> bool {
        match v {
            Value::Obj(o) => o.class.is_subtype(t),
            _ => self.type_of(v).is_subtype(t),
        }
    }

    pub fn dict_set_str(&self, d: &ObjRef, key: &str, value: Value) -> PyResult<()> {
        crate::runtime::dictops::dict_set(self, d, self.intern(key), value)
    }
    pub fn dict_get_str(&self, d: &ObjRef, key: &str) -> Option<Value> {
        match &d.payload {
            Payload::Dict(dd) => dd
                .borrow()
                .get_str(key, crate::runtime::ops::str_hash(key))
                .cloned(),
            _ => None,
        }
    }
    pub fn builtins_dict(&self) -> ObjRef {
        self.builtins.dict.get().expect("builtins dict").clone()
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
