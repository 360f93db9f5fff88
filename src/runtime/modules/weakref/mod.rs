//! Weak references: `weakref.ref`, proxies, and the registry that makes
//! callbacks fire when a referent dies.
//!
//! A weak reference object carries a [`WeakRefData`] payload: a Rust `Weak` to
//! the referent (a `PyObject`, or a `PyType` — classes are referenceable too),
//! the callback, and the cached hash. `ref()` is just `Weak::upgrade`, so a ref
//! is "cleared" the moment the referent's strong count reaches zero, exactly
//! when CPython clears it (after `__del__`, which `finalize::run_del` queues
//! first).
//!
//! Callbacks need the other direction: when an object dies, which weakrefs
//! point at it? That is the thread-local registry below, from the referent's
//! address to its weakref objects (held weakly, in CPython's list order: the
//! shared callback-less ref and proxy first, then callback refs newest first).
//! The address is a safe key because a live `Weak` keeps the referent's
//! allocation from being reused. A referent that ever had a weakref gets the
//! `weakly_referenced` flag, so `PyObject::drop` stays two flag tests for
//! everything else; flagged objects call [`on_dealloc`], which removes the
//! registry entry and queues each callback on the finalizer queue (Python code
//! never runs inside `Drop`; the queue runs at the next instruction boundary and
//! reports exceptions as "Exception ignored in: …"). Types have no `Drop` hook,
//! so callbacks on weakrefs to classes never fire (classes are immortal in
//! practice here: the collector treats them as roots).
//!
//! The three weakref classes are runtime types (not `builtin`), so the generic
//! paths dispatch `__hash__`/`__eq__`/`__repr__` to the native methods here and
//! user code can subclass `ref` (`KeyedRef`, `WeakMethod`). Everything built on
//! top — proxies' operator forwarding, `WeakValueDictionary`, `WeakKeyDictionary`,
//! `WeakSet`, `WeakMethod`, `finalize` — is Python source in `lib.py`, run into
//! the module's dict the first time `weakref` is imported, as CPython does it.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

/// What a weakref points at.
pub enum Target {
    Obj(Weak<PyObject>),
    Type(Weak<PyType>),
}

/// The payload of a weakref or proxy object.
pub struct WeakRefData {
    /// Moved to `__del__`'s stand-in when the referent has a finalizer.
    pub target: RefCell<Target>,
    /// The callback (`None` when there is none, and after it was queued).
    pub callback: RefCell<Value>,
    /// `hash(ref)`: the referent's hash, computed once while it was alive.
    pub hash: Cell<Option<i64>>,
    pub proxy: bool,
}

impl WeakRefData {
    /// The referent if it is a live (non-type) object.
    pub fn upgrade(&self) -> Option<ObjRef> {
        match &*self.target.borrow() {
            Target::Obj(w) => w.upgrade(),
            Target::Type(_) => None,
        }
    }
    /// The referent as a value, if alive.
    pub fn get(&self) -> Option<Value> {
        match &*self.target.borrow() {
            Target::Obj(w) => w.upgrade().map(Value::Obj),
            Target::Type(w) => w.upgrade().map(Value::Type),
        }
    }
}

struct Types {
    reference: TypeRef,
    module: ObjRef,
    proxy: Option<TypeRef>,
    callable_proxy: Option<TypeRef>,
}

thread_local! {
    static REGISTRY: RefCell<HashMap<usize, Vec<Weak<PyObject>>>> = RefCell::new(HashMap::new());
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
    static AT_EXIT: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static SHUTDOWN: Cell<bool> = const { Cell::new(false) };
}

fn data(v: &Value) -> Option<&WeakRefData> {
    match v.payload() {
        Some(Payload::WeakRef(d)) => Some(d),
        _ => None,
    }
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

/// Called from `PyObject::drop` for objects that were ever weakly referenced.
/// With a `__del__` stand-in, the weakrefs move to it (they stay alive while
/// `__del__` runs, and survive resurrection); otherwise their callbacks are
/// queued, in registry order.
pub fn on_dealloc(addr: usize, standin: Option<ObjRef>) {
    // At thread exit the registry may already be gone (objects held by other
    // thread-locals are dropped after it): nothing is left to notify then.
    let entries = REGISTRY
        .try_with(|r| r.try_borrow_mut().ok().and_then(|mut m| m.remove(&addr)))
        .ok()
        .flatten();
    let Some(entries) = entries else {
        return;
    };
    let live: Vec<ObjRef> = entries.iter().filter_map(|w| w.upgrade()).collect();
    drop(entries);
    if let Some(s) = standin {
        for wr in &live {
            if let Payload::WeakRef(d) = &wr.payload {
                *d.target.borrow_mut() = Target::Obj(Rc::downgrade(&s));
            }
        }
        s.weakly_referenced.set(true);
        let key = Rc::as_ptr(&s) as *const u8 as usize;
        let weaks: Vec<Weak<PyObject>> = live.iter().map(Rc::downgrade).collect();
        let _ = REGISTRY.try_with(|r| {
            if let Ok(mut m) = r.try_borrow_mut() {
                m.insert(key, weaks);
            }
        });
        return;
    }
    let shutdown = SHUTDOWN.try_with(|s| s.get()).unwrap_or(true);
    for wr in live {
        if let Payload::WeakRef(d) = &wr.payload {
            let cb = d.callback.replace(Value::None);
            if !cb.is_none() && !shutdown {
                crate::runtime::finalize::queue_call(cb, Value::Obj(wr.clone()));
            }
        }
    }
}

/// Can `v` be weakly referenced (CPython: does its type have a weaklist slot)?
fn weakrefable(v: &Value) -> bool {
    let o = match v {
        Value::Type(_) => return true,
        Value::Obj(o) => o,
        _ => return false,
    };
    if o.class.builtin {
        return matches!(
            o.payload,
            Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Method { .. }
                | Payload::Module { .. }
                | Payload::Generator(_)
                | Payload::Code(_)
        );
    }
    // Variable-size built-in bases (int, tuple, bytes) have no weaklist slot.
    if matches!(
        o.class.kind,
        BaseKind::Int | BaseKind::Bool | BaseKind::Tuple | BaseKind::Bytes
    ) {
        return false;
    }
    let mro = o.class.mro.borrow();
    mro.iter().any(|c| {
        !c.builtin
            && (c.has_instance_dict
                || c.slots
                    .as_ref()
                    .is_some_and(|s| s.iter().any(|n| &**n == "__weakref__")))
    })
}

fn registry_key(v: &Value) -> Option<usize> {
    match v {
        Value::Obj(o) => Some(Rc::as_ptr(o) as *const u8 as usize),
        Value::Type(t) => Some(Rc::as_ptr(t) as *const u8 as usize),
        _ => None,
    }
}

/// The live weakref objects to `v`, in CPython's list order.
fn live_refs(v: &Value) -> Vec<ObjRef> {
    let Some(key) = registry_key(v) else {
        return Vec::new();
    };
    let weaks: Vec<Weak<PyObject>> =
        REGISTRY.with(|r| r.borrow().get(&key).cloned().unwrap_or_default());
    weaks.iter().filter_map(|w| w.upgrade()).collect()
}

fn is_basic(o: &ObjRef, reference: &TypeRef, proxy: bool) -> bool {
    match &o.payload {
        Payload::WeakRef(d) => {
            d.callback.borrow().is_none()
                && d.proxy == proxy
                && (proxy || Rc::ptr_eq(&o.class, reference))
        }
        _ => false,
    }
}

/// Create (or reuse) a weakref/proxy of class `cls` to `target`.
fn new_ref(vm: &Vm, cls: &TypeRef, target: &Value, callback: Value, proxy: bool) -> PyResult {
    if !weakrefable(target) {
        // The weakref types' C names carry their module (`weakref.ProxyType`).
        let name = match target {
            Value::Obj(o)
                if matches!(o.payload, Payload::WeakRef(_))
                    && &**o.class.module.borrow() == "weakref" =>
            {
                format!("weakref.{}", o.class.name())
            }
            _ => vm.type_name(target).to_string(),
        };
        return Err(vm.type_error(format!("cannot create weak reference to '{}' object", name)));
    }
    let reference = reference_type(vm);
    let key = registry_key(target).unwrap_or(0);
    // Take the list out while working on it: upgrading and dropping weakref
    // objects may run `Drop`s that consult the registry.
    let old: Vec<Weak<PyObject>> =
        REGISTRY.with(|r| r.borrow_mut().remove(&key).unwrap_or_default());
    let mut live: Vec<ObjRef> = old.iter().filter_map(|w| w.upgrade()).collect();
    drop(old);
    let basic = callback.is_none() && (proxy || Rc::ptr_eq(cls, &reference));
    let reuse = if basic {
        live.iter()
            .find(|o| is_basic(o, &reference, proxy))
            .cloned()
    } else {
        None
    };
    let result = match reuse {
        Some(o) => Value::Obj(o),
        None => {
            let d = WeakRefData {
                target: RefCell::new(match target {
                    Value::Type(t) => Target::Type(Rc::downgrade(t)),
                    Value::Obj(o) => Target::Obj(Rc::downgrade(o)),
                    _ => Target::Obj(Weak::new()),
                }),
                callback: RefCell::new(callback),
                hash: Cell::new(None),
                proxy,
            };
            let obj = crate::runtime::call::with_payload(vm, cls, Payload::WeakRef(Box::new(d)));
            if let Value::Obj(o) = &obj {
                let basic_ref = live.first().is_some_and(|f| is_basic(f, &reference, false));
                let pos = if basic && !proxy {
                    0
                } else if basic {
                    usize::from(basic_ref)
                } else {
                    let basic_proxy = live
                        .get(usize::from(basic_ref))
                        .is_some_and(|f| is_basic(f, &reference, true));
                    usize::from(basic_ref) + usize::from(basic_proxy)
                };
                live.insert(pos.min(live.len()), o.clone());
            }
            obj
        }
    };
    if let Value::Obj(o) = target {
        o.weakly_referenced.set(true);
    }
    let weaks: Vec<Weak<PyObject>> = live.iter().map(Rc::downgrade).collect();
    REGISTRY.with(|r| r.borrow_mut().insert(key, weaks));
    drop(live);
    Ok(result)
}

fn reference_type(vm: &Vm) -> TypeRef {
    if let Some(t) = TYPES.with(|t| t.borrow().as_ref().map(|t| t.reference.clone())) {
        return t;
    }
    make_module(vm);
    TYPES
        .with(|t| t.borrow().as_ref().map(|t| t.reference.clone()))
        .unwrap_or_else(|| vm.t.object.clone())
}

// ----- ReferenceType methods -----------------------------------------------------------

fn ref_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("ReferenceType.__new__(X): X is not a type object"));
    };
    let n = args.pos.len() - 1;
    if n < 1 {
        return Err(vm.type_error(format!("__new__ expected at least 1 argument, got {}", n)));
    }
    if n > 2 {
        return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {}", n)));
    }
    new_ref(vm, &cls, &args.pos[1], arg(&args, 2), false)
}

fn ref_init(vm: &Vm, args: Args) -> PyResult {
    let n = args.pos.len().saturating_sub(1);
    if n > 2 {
        return Err(vm.type_error(format!("__init__ expected at most 2 arguments, got {}", n)));
    }
    Ok(Value::None)
}

fn ref_call(vm: &Vm, args: Args) -> PyResult {
    let this = arg(&args, 0);
    let Some(d) = data(&this) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'weakref' object"));
    };
    let n = args.pos.len() - 1 + args.kw.len();
    if n > 0 {
        return Err(vm.type_error(format!("weakref expected 0 arguments, got {}", n)));
    }
    Ok(d.get().unwrap_or(Value::None))
}

fn ref_hash(vm: &Vm, args: Args) -> PyResult {
    let this = arg(&args, 0);
    let Some(d) = data(&this) else {
        return Err(vm.type_error("weakref expected"));
    };
    if let Some(h) = d.hash.get() {
        return Ok(Value::Int(h));
    }
    match d.get() {
        Some(v) => {
            let h = crate::runtime::ops::hash(vm, &v)?;
            d.hash.set(Some(h));
            Ok(Value::Int(h))
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

fn ref_compare(vm: &Vm, args: &Args, eq: bool) -> PyResult {
    let (a, b) = (arg(args, 0), arg(args, 1));
    let (Some(da), Some(db)) = (data(&a), data(&b)) else {
        return Ok(vm.not_implemented.clone());
    };
    match (da.get(), db.get()) {
        (Some(x), Some(y)) => {
            let kind = if eq {
                crate::frontend::bytecode::CmpKind::Eq
            } else {
                crate::frontend::bytecode::CmpKind::Ne
            };
            crate::runtime::ops::compare(vm, &x, &y, kind)
        }
        _ => Ok(Value::Bool(a.is(&b) == eq)),
    }
}

fn ref_eq(vm: &Vm, args: Args) -> PyResult {
    ref_compare(vm, &args, true)
}

fn ref_ne(vm: &Vm, args: Args) -> PyResult {
    ref_compare(vm, &args, false)
}

fn ref_repr(vm: &Vm, args: Args) -> PyResult {
    let this = arg(&args, 0);
    let id = this.identity();
    let Some(target) = data(&this).and_then(|d| d.get()) else {
        return Ok(vm.new_string(format!("<weakref at {:#x}; dead>", id)));
    };
    let tname = vm.type_name(&target);
    let name = match crate::runtime::attr::getattr_opt(vm, &target, "__name__") {
        Ok(Some(n)) => n.as_str().map(|s| s.to_string()),
        Ok(None) => None,
        Err(e) => return Err(e),
    };
    let s = match name {
        Some(n) => format!(
            "<weakref at {:#x}; to '{}' at {:#x} ({})>",
            id,
            tname,
            target.identity(),
            n
        ),
        None => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            id,
            tname,
            target.identity()
        ),
    };
    Ok(vm.new_string(s))
}

fn ref_callback(vm: &Vm, args: Args) -> PyResult {
    match data(&arg(&args, 0)) {
        Some(d) => Ok(d.callback.borrow().clone()),
        None => Err(vm.type_error("weakref expected")),
    }
}

// ----- module functions -------------------------------------------------------------

fn getweakrefcount(vm: &Vm, args: Args) -> PyResult {
    crate::runtime::convert::check_args(vm, "getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(live_refs(&args.pos[0]).len() as i64))
}

fn getweakrefs(vm: &Vm, args: Args) -> PyResult {
    crate::runtime::convert::check_args(vm, "getweakrefs", &args, 1, 1)?;
    let refs = live_refs(&args.pos[0]);
    Ok(vm.new_list(refs.into_iter().map(Value::Obj).collect()))
}

/// `_make_proxy(obj, callback)`: a ProxyType / CallableProxyType instance.
fn make_proxy(vm: &Vm, args: Args) -> PyResult {
    let target = arg(&args, 0);
    let callable = match &target {
        Value::Type(_) => true,
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. }
            ) || crate::runtime::attr::lookup_type(&o.class, "__call__").is_some()
        }
        _ => false,
    };
    let cls = TYPES.with(|t| {
        t.borrow().as_ref().and_then(|t| {
            if callable {
                t.callable_proxy.clone()
            } else {
                t.proxy.clone()
            }
        })
    });
    let Some(cls) = cls else {
        return Err(vm.new_error("SystemError", "weakref proxy types not initialised"));
    };
    new_ref(vm, &cls, &target, arg(&args, 1), true)
}

/// `_deref(p)`: the proxy's referent, or ReferenceError.
fn deref(vm: &Vm, args: Args) -> PyResult {
    match data(&arg(&args, 0)).and_then(|d| d.get()) {
        Some(v) => Ok(v),
        None => Err(vm.new_error(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        )),
    }
}

/// `_count_live(iterable of weakrefs)`: how many are alive.
fn count_live(vm: &Vm, args: Args) -> PyResult {
    let items = crate::runtime::iter::collect(vm, &arg(&args, 0))?;
    let n = items
        .iter()
        .filter(|v| data(v).is_some_and(|d| d.get().is_some()))
        .count();
    Ok(Value::Int(n as i64))
}

fn register_atexit(_vm: &Vm, args: Args) -> PyResult {
    let f = arg(&args, 0);
    AT_EXIT.with(|a| a.borrow_mut().push(f.clone()));
    Ok(f)
}

/// Run the exit functions registered by `weakref.finalize` (newest first), at
/// interpreter shutdown before module globals are cleared, as `atexit` does.
///
/// After that, weakref callbacks no longer fire: CPython tears `__main__` down
/// by collecting it as one garbage cycle, and the collector clears weakrefs
/// that are themselves garbage without calling their callbacks, while
/// `finalize_main` here clears globals one by one.
pub fn run_atexit(vm: &Vm) {
    loop {
        let Some(f) = AT_EXIT.with(|a| a.borrow_mut().pop()) else {
            SHUTDOWN.with(|s| s.set(true));
            return;
        };
        if let Err(e) = vm.call(&f, vec![]) {
            let fname = crate::runtime::ops::repr(vm, &f).unwrap_or_default();
            crate::runtime::builtins::write_stderr(&format!(
                "Exception ignored in atexit callback: {}\n{}",
                fname,
                crate::runtime::exceptions::format_exception(vm, &e)
            ));
        }
        crate::runtime::finalize::run_pending(vm);
    }
}

const LIB: &str = include_str!("lib.py");

/// The `weakref` module (also served as `_weakref`); built once per thread.
pub fn make_module(vm: &Vm) -> ObjRef {
    if let Some(m) = TYPES.with(|t| t.borrow().as_ref().map(|t| t.module.clone())) {
        return m;
    }
    let reference = crate::runtime::types::new_type(
        "ReferenceType",
        vec![vm.t.object.clone()],
        BaseKind::Object,
        false,
        false,
    );
    *reference.module.borrow_mut() = Rc::from("weakref");
    use crate::runtime::setup::{add_method, add_staticmethod};
    add_staticmethod(vm, &reference, "__new__", ref_new);
    add_method(vm, &reference, "__init__", ref_init);
    add_method(vm, &reference, "__call__", ref_call);
    add_method(vm, &reference, "__hash__", ref_hash);
    add_method(vm, &reference, "__eq__", ref_eq);
    add_method(vm, &reference, "__ne__", ref_ne);
    add_method(vm, &reference, "__repr__", ref_repr);
    let m = vm.new_module("weakref");
    TYPES.with(|t| {
        *t.borrow_mut() = Some(Types {
            reference: reference.clone(),
            module: m.clone(),
            proxy: None,
            callable_proxy: None,
        })
    });
    let Some(d) = m.dict.get().cloned() else {
        return m;
    };
    let _ = vm.dict_set_str(&d, "ref", Value::Type(reference.clone()));
    let _ = vm.dict_set_str(&d, "ReferenceType", Value::Type(reference));
    for (name, f) in [
        ("getweakrefcount", getweakrefcount as NativeFn),
        ("getweakrefs", getweakrefs),
        ("_make_proxy", make_proxy),
        ("_deref", deref),
        ("_count_live", count_live),
        ("_register_atexit", register_atexit),
        ("_ref_callback", ref_callback),
    ] {
        let _ = vm.dict_set_str(&d, name, vm.new_builtin(name, f));
    }
    if let Err(e) = crate::runtime::import::exec_source(vm, LIB, "<weakref>", &d) {
        crate::runtime::builtins::write_stderr(&format!(
            "weakref: internal module failed to initialise\n{}",
            crate::runtime::exceptions::format_exception(vm, &e)
        ));
    }
    let ty = |n: &str| match vm.dict_get_str(&d, n) {
        Some(Value::Type(t)) => Some(t),
        _ => None,
    };
    let (proxy, callable_proxy) = (ty("ProxyType"), ty("CallableProxyType"));
    TYPES.with(|t| {
        if let Some(t) = t.borrow_mut().as_mut() {
            t.proxy = proxy;
            t.callable_proxy = callable_proxy;
        }
    });
    m
}
