//! The value representation and the heap object layout.
//!
//! Every Python value is a [`Value`]: a 16-byte tagged union. The four most common
//! immutable scalars — `None`, `bool`, small `int` (anything that fits in an `i64`)
//! and `float` — live directly in the tag's payload word, so arithmetic on them in
//! hot code allocates nothing and a type check is a single compare of the tag byte.
//! This is the property the tracing JIT relies on: a trace can keep an `int` in a
//! machine register and only box it at a side exit. The layout is `#[repr(C, u8)]`
//! so the tag sits at offset 0 and the payload at offset 8, and generated code can
//! read and write a `Value` in place (the frame's locals and value stack are plain
//! `Vec<Value>` memory).
//!
//! Everything else is a reference-counted heap object, [`PyObject`]: its class, an
//! optional attribute dict, and a [`Payload`] saying which built-in representation it
//! carries. The payload is independent of the class, so an instance of
//! `class MyList(list)` carries a `List` payload and a user class pointer. Classes
//! themselves are `Value::Type` references to [`PyType`]; a type's own metaclass is
//! stored in the type (absent means `type`), which avoids a self-referential `type`
//! object at start-up.
//!
//! Reference counting is `Rc` (single-threaded, non-atomic): the runtime is one
//! thread of Python at a time, as under CPython's GIL. Ints larger than an `i64`
//! are `Payload::Int(BigInt)` objects, and every arithmetic result is normalised so
//! an int that fits in an `i64` is always `Value::Int` (one representation per
//! number keeps equality and hashing simple).
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};

use num_bigint::BigInt;

use crate::frontend::bytecode::Code;
use crate::runtime::dict::PyDict;
use crate::runtime::set::PySet;

pub type ObjRef = Rc<PyObject>;
pub type TypeRef = Rc<PyType>;

/// A Python value. See the module header for why it looks like this.
#[derive(Default)]
#[repr(C, u64)]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
    Type(TypeRef),
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Obj(o) => write!(f, "<{} object {:p}>", o.class.name(), Rc::as_ptr(o)),
            Value::Type(t) => write!(f, "<class '{}'>", t.name()),
        }
    }
}

/// A heap object: class, optional instance dict, built-in payload.
pub struct PyObject {
    pub class: TypeRef,
    pub dict: OnceCell<ObjRef>,
    pub payload: Payload,
    /// Set once `__del__` has run (a finalizer runs at most once per object).
    pub finalized: Cell<bool>,
    /// Set once a weak reference to this object was made: its death must clear
    /// the weakref registry entry and queue callbacks (`modules::weakref`).
    pub weakly_referenced: Cell<bool>,
    /// This object's position (plus one) in the cycle collector's list of
    /// tracked objects, 0 when untracked; it leaves the list when it dies
    /// (see `runtime::gc`).
    pub gc_index: Cell<u32>,
}

impl Drop for PyObject {
    fn drop(&mut self) {
        if self.gc_index.get() != 0 {
            crate::runtime::gc::untrack(self);
        }
        if let Payload::Generator(g) = &self.payload {
            if crate::runtime::finalize::generator_needs_close(g) {
                crate::runtime::finalize::close_dropped_generator(self);
            }
        }
        if self.class.builtin && !self.weakly_referenced.get() {
            return;
        }
        let standin = if !self.class.builtin && !self.finalized.get() {
            crate::runtime::finalize::run_del(self)
        } else {
            None
        };
        if self.weakly_referenced.get() {
            let addr = self as *const PyObject as usize;
            crate::runtime::modules::weakref::on_dealloc(addr, standin);
        }
    }
}

/// A native function: receives the arguments and returns a value or raises.
pub type NativeFn = fn(&crate::runtime::vm::Vm, Args) -> PyResult;

/// Call arguments: positional values and keyword (name, value) pairs.
#[derive(Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
    pub fn with_kw(pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> Args {
        Args { pos, kw }
    }
    /// Remove and return keyword argument `name` if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;
/// A raised exception: the exception instance (its payload is `Exception`).
pub type PyErr = ObjRef;

pub struct PyStr {
    pub value: Box<str>,
    pub hash: Cell<i64>,
    pub ascii: bool,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            value: s.into(),
            hash: Cell::new(-1),
            ascii: s.is_ascii(),
        }
    }
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.value.len()
        } else {
            self.value.chars().count()
        }
    }
}

pub struct PyFunction {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: Vec<ObjRef>,
    pub annotations: RefCell<Option<Value>>,
    pub doc: RefCell<Value>,
    pub module: Value,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method of a built-in type bound to an instance (`[].append`).
    pub bound_self: Option<Value>,
    /// The type that defines this method (for reprs like `<method 'append' of 'list' objects>`).
    pub owner: Option<TypeRef>,
}

/// Exception instance data shared by all exception classes.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
}

#[derive(Clone)]
pub struct TraceEntry {
    pub filename: Rc<str>,
    pub line: u32,
    pub name: Rc<str>,
    /// The failing instruction's source range (for the `^^^` column markers).
    pub position: crate::frontend::bytecode::Position,
    /// The frame's code and globals (`tb.tb_frame.f_code`, `.f_globals`).
    pub code: Rc<crate::frontend::bytecode::Code>,
    pub globals: ObjRef,
}

/// The state of a built-in iterator. `repr(C, u8)`: the variant is the
/// first byte, so compiled code can tell a `list_iterator`'s `Seq` state
/// (variant 0) from `Exhausted` (see `jit/layout.rs`).
#[repr(C, u8)]
pub enum IterKind {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Iterating a `BigRange` (`longrange_iterator`): next, stop, step.
    BigRange(Box<[num_bigint::BigInt; 3]>),
    /// An iterator implemented by a native module (`runtime::native_iter`).
    Native(Rc<dyn crate::runtime::native_iter::NativeIterator>),
    Str {
        s: ObjRef,
        byte_pos: usize,
    },
    DictKeys {
        dict: ObjRef,
        pos: usize,
        len: usize,
    },
    DictValues {
        dict: ObjRef,
        pos: usize,
        len: usize,
    },
    DictItems {
        dict: ObjRef,
        pos: usize,
        len: usize,
    },
    SetSnapshot {
        set: ObjRef,
        items: Value,
        index: usize,
        len: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Exhausted,
}

pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenState {
    pub frame: Option<Box<crate::tiers::frame::Frame>>,
    pub running: bool,
    pub kind: GenKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Async generators: an `__anext__`/`asend`/`athrow` awaitable is driving it
    /// (CPython's `ag_running_async`).
    pub async_running: bool,
    /// Async generators: `aclose()` started or the generator finished (`ag_closed`).
    pub async_closed: bool,
}

/// The built-in representation an object carries.
pub enum Payload {
    /// An instance of a class with no built-in base but `object`.
    Plain,
    Str(PyStr),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<PyDict>),
    Set(Box<RefCell<PySet>>),
    FrozenSet(Box<PySet>),
    Function(Box<PyFunction>),
    Builtin(BuiltinFunction),
    Method {
        func: Value,
        this: Value,
    },
    Module {
        name: Rc<str>,
    },
    Cell(RefCell<Option<Value>>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not all fit in 64 bits (`range(1 << 100)`).
    BigRange(Box<[num_bigint::BigInt; 3]>),
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Iter(Box<RefCell<IterKind>>),
    Generator(Box<RefCell<GenState>>),
    /// An async generator's `asend`/`athrow` awaitable or a coroutine's
    /// `__await__` wrapper; see `runtime::asyncgen`.
    AsyncGenOp(Box<RefCell<crate::runtime::asyncgen::AsyncGenOp>>),
    Exception(Box<RefCell<ExcData>>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    Super {
        ty: TypeRef,
        obj: Value,
        obj_type: TypeRef,
    },
    Code(Rc<Code>),
    MappingProxy(TypeRef),
    /// `types.MappingProxyType(mapping)`: a read-only view of any mapping
    /// (class `mappingproxy`, like a type's `__dict__`).
    MappingView(Value),
    DictView {
        kind: u8,
        dict: ObjRef,
    },
    /// A `weakref.ref`/proxy (or subclass) instance; see `modules::weakref`.
    WeakRef(Box<crate::runtime::modules::weakref::WeakRefData>),
    /// The state of an object of a native module's type (`_thread.lock`,
    /// `collections.deque`, `_random.Random` …); see `runtime::native_data`.
    Native(Box<dyn crate::runtime::native_data::NativeData>),
}

/// Which built-in layout instances of a class carry (decided by its bases).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BaseKind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    /// `property`, `classmethod`, `staticmethod`: their own `__new__` makes the payload,
    /// so Python subclasses (`abc.abstractproperty`) get it too.
    Property,
    ClassMethod,
    StaticMethod,
    /// A native module's type whose `__new__` makes a `Payload::Native` state
    /// (subclasses such as `random.Random(_random.Random)` get it too).
    NativeData,
    /// `module` (`types.ModuleType`), subclassable (`importlib.util._LazyModule`).
    Module,
    /// Not instantiable from Python (`function`, `module` …): created by the runtime.
    Internal,
}

pub struct PyType {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<TypeRef>>,
    pub mro: RefCell<Vec<TypeRef>>,
    pub dict: RefCell<PyDict>,
    pub metaclass: RefCell<Option<TypeRef>>,
    pub kind: BaseKind,
    /// Built-in types are immutable (`int.x = 1` is a TypeError).
    pub builtin: bool,
    /// Bumped whenever this type's or a base's dict changes: the key for inline caches.
    pub version: Cell<u64>,
    /// Whether instances get a `__dict__` (false for built-ins and `__slots__` classes).
    pub has_instance_dict: bool,
    /// `__slots__` names when the class declared them (attribute whitelist).
    pub slots: Option<Vec<Rc<str>>>,
    /// The weak self-reference so methods with `&PyType` can get a `TypeRef`.
    pub weak_self: RefCell<Weak<PyType>>,
    pub subclasses: RefCell<Vec<Weak<PyType>>>,
    /// `(version, flags)`: the `attr::type_flags` summary, valid while the
    /// version matches.
    pub flags_cache: Cell<(u64, u32)>,
}

impl PyType {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
    pub fn is_subtype(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other) || self.mro.borrow().iter().any(|t| std::ptr::eq(&**t, other))
    }
    pub fn self_ref(&self) -> TypeRef {
        self.weak_self.borrow().upgrade().expect("type alive")
    }
}

pub fn type_is(a: &TypeRef, b: &TypeRef) -> bool {
    Rc::ptr_eq(a, b)
}

impl PyObject {
    /// A new object, registered with the cycle collector when it can hold
    /// references. Inlined so that the payload is written straight into the
    /// new allocation: built in the caller's frame and copied, its wide
    /// reload of narrow stores stalls store forwarding on x86.
    #[inline(always)]
    pub fn new(class: TypeRef, payload: Payload) -> ObjRef {
        PyObject::new_with(class, || payload)
    }

    /// `new` for hot allocation sites: the payload is made by `make` after
    /// the memory is allocated, so it is written straight into place instead
    /// of being built in a temporary and copied.
    #[inline(always)]
    pub fn new_with(class: TypeRef, make: impl FnOnce() -> Payload) -> ObjRef {
        let mut rc = Rc::<PyObject>::new_uninit();
        let slot = Rc::get_mut(&mut rc).expect("a new Rc is unique");
        slot.write(PyObject {
            class,
            dict: OnceCell::new(),
            payload: make(),
            finalized: Cell::new(false),
            weakly_referenced: Cell::new(false),
            gc_index: Cell::new(0),
        });
        // SAFETY: every field was written just above.
        let o = unsafe { rc.assume_init() };
        crate::runtime::gc::track(&o);
        o
    }
    pub fn as_str(&self) -> Option<&str> {
        match &self.payload {
            Payload::Str(s) => Some(&s.value),
            _ => None,
        }
    }
}

impl Clone for Value {
    /// A whole-value copy plus a reference-count increment for heap values.
    /// (The derived clone rebuilds the value field by field, and the partial
    /// stores that produces make the next 16-byte copy stall in the CPU's store
    /// forwarding — measurable in every interpreter loop that clones values.)
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            // SAFETY: the pointer comes from a live `Rc` (borrowed through `self`).
            Value::Obj(o) => unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) },
            // SAFETY: as above.
            Value::Type(t) => unsafe { Rc::increment_strong_count(Rc::as_ptr(t)) },
            _ => {}
        }
        // SAFETY: a bitwise copy of a valid `Value`; for the two `Rc` variants the
        // copy owns the reference counted above, so each drop releases one count.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// `Value::Bool(b)` built as two full machine words, so the store that
    /// creates it is never a partial (byte) write: a later 16-byte copy of the
    /// slot would otherwise stall on store forwarding in the interpreter loop.
    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        // SAFETY: `Value` is `#[repr(C, u64)]`: word 0 is the discriminant (1 =
        // `Bool`, the second variant) and byte 8 holds the `bool` (0 or 1); the
        // other payload bytes are padding for this variant, so [1, b as u64] is
        // a valid `Value::Bool(b)`.
        unsafe { std::mem::transmute::<[u64; 2], Value>([1, b as u64]) }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => o.as_str(),
            _ => None,
        }
    }
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }
    pub fn as_type(&self) -> Option<&TypeRef> {
        match self {
            Value::Type(t) => Some(t),
            _ => None,
        }
    }
    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::Type(a), Value::Type(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    /// A stable address-like identity for `id()` and default hashes.
    pub fn identity(&self) -> usize {
        match self {
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as usize * 16,
            Value::Int(i) => (*i as usize).wrapping_mul(16).wrapping_add(0x10_0000_0000),
            Value::Float(x) => (x.to_bits() as usize).wrapping_mul(16),
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::Type(t) => Rc::as_ptr(t) as *const u8 as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn from_bool_is_bool_variant() {
        assert!(matches!(Value::from_bool(true), Value::Bool(true)));
        assert!(matches!(Value::from_bool(false), Value::Bool(false)));
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
#[cfg(test)]
mod size_tests {
    use super::*;

    /// Every object pays for the largest payload variant, so big variants are
    /// boxed: a float or a tuple should not carry an exception's worth of bytes.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<Payload>() <= 64);
        assert!(std::mem::size_of::<PyObject>() <= 88);
    }
}
