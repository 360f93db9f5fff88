//! Attribute access: `getattr`, `setattr`, `delattr` and method binding.
//!
//! This is CPython's `object.__getattribute__` / `type.__getattribute__` algorithm:
//! look the name up along the type's MRO first; a *data* descriptor found there
//! (property, or a user class defining `__set__`/`__delete__`) wins over the
//! instance dict; otherwise the instance dict wins; otherwise a non-data
//! descriptor found on the type is bound (functions become bound methods,
//! `classmethod` binds the class, `staticmethod` unwraps). `__getattr__` is the
//! fallback after an AttributeError. A few attributes of built-in objects
//! (`__class__`, `__dict__`, `__name__` of functions and types …) are answered
//! natively by `native_attr` instead of through descriptor objects.
//!
//! Type dicts are keyed by interned strings; `lookup_type` walks the MRO with the
//! name's cached hash, so a method lookup costs a few hash probes. Every type
//! carries a version that `setattr` on the type (or a base) bumps, which is what
//! tier-1 inline caches and the JIT's attribute guards key on.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::ops::str_hash;
use crate::runtime::vm::Vm;

/// One method-cache entry: (type version, name, lookup result).
type CacheEntry = Option<(u64, Box<str>, Option<Value>)>;

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    static MCACHE: std::cell::RefCell<Vec<CacheEntry>> = std::cell::RefCell::new(vec![None; MCACHE_SIZE]);
}

const MCACHE_SIZE: usize = 4096;

/// A fresh, never reused type version (so a cache entry can never match a
/// different or modified type).
pub fn next_type_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

fn fx_hash(s: &str) -> u64 {
    let mut h: u64 = 0;
    for &b in s.as_bytes() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h
}

/// Find `name` along `t`'s MRO (no descriptor binding).
///
/// Results are memoised in a global method cache keyed by the type's version
/// tag and the name (CPython's type attribute cache): versions are unique and
/// change whenever the type or a base is modified, so an entry can only be hit
/// while it is still correct.
pub fn lookup_type(t: &TypeRef, name: &str) -> Option<Value> {
    let version = t.version.get();
    let slot =
        ((version.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ fx_hash(name)) as usize) % MCACHE_SIZE;
    let mut out = None;
    let hit = MCACHE.with(|c| match &c.borrow()[slot] {
        Some((v, n, r)) if *v == version && &**n == name => {
            out = r.clone();
            true
        }
        _ => false,
    });
    if hit {
        return out;
    }
    let h = str_hash(name);
    let mut found = None;
    for c in t.mro.borrow().iter() {
        if let Some(v) = c.dict.borrow().get_str(name, h) {
            found = Some(v.clone());
            break;
        }
    }
    MCACHE.with(|c| c.borrow_mut()[slot] = Some((version, name.into(), found.clone())));
    found
}

pub mod type_flag {
    /// `__getattribute__` is overridden in Python.
    pub const CUSTOM_GETATTRIBUTE: u32 = 1;
    pub const CUSTOM_SETATTR: u32 = 2;
    pub const CUSTOM_DELATTR: u32 = 4;
    pub const HAS_GETATTR: u32 = 8;
    /// Some class in the MRO declares `__slots__`.
    pub const HAS_SLOTS: u32 = 16;
    /// The type (or a base) defines `__del__`.
    pub const HAS_DEL: u32 = 32;
    /// `__init__` / `__new__` come from a class other than `object`.
    pub const OVERRIDES_INIT: u32 = 64;
    pub const OVERRIDES_NEW: u32 = 128;
    /// The type's own `__abstractmethods__` is non-empty (`abc.ABCMeta` sets it):
    /// it cannot be instantiated.
    pub const IS_ABSTRACT: u32 = 256;
}

/// A summary of which attribute hooks a type overrides, cached on the type and
/// recomputed whenever its version changes, so the hot attribute paths test a
/// bit instead of looking hook names up.
pub fn type_flags(t: &TypeRef) -> u32 {
    let (v, f) = t.flags_cache.get();
    let version = t.version.get();
    if v == version {
        return f;
    }
    let is_python = |name: &str| {
        lookup_type(t, name).is_some_and(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
    };
    let mut flags = 0;
    if is_python("__getattribute__") {
        flags |= type_flag::CUSTOM_GETATTRIBUTE;
    }
    if is_python("__setattr__") {
        flags |= type_flag::CUSTOM_SETATTR;
    }
    if is_python("__delattr__") {
        flags |= type_flag::CUSTOM_DELATTR;
    }
    if lookup_type(t, "__getattr__").is_some() {
        flags |= type_flag::HAS_GETATTR;
    }
    if t.mro.borrow().iter().any(|c| c.slots.is_some()) {
        flags |= type_flag::HAS_SLOTS;
    }
    if lookup_type(t, "__del__").is_some() {
        flags |= type_flag::HAS_DEL;
    }
    let not_object = |name: &str| {
        lookup_type_with_owner(t, name).is_some_and(|(_, owner)| owner.mro.borrow().len() > 1)
    };
    if not_object("__init__") {
        flags |= type_flag::OVERRIDES_INIT;
    }
    if not_object("__new__") {
        flags |= type_flag::OVERRIDES_NEW;
    }
    let own_abstract = t
        .dict
        .borrow()
        .get_str(
            "__abstractmethods__",
            crate::runtime::ops::str_hash("__abstractmethods__"),
        )
        .cloned();
    if let Some(a) = own_abstract {
        let non_empty = match a.payload() {
            Some(Payload::FrozenSet(s)) => !s.is_empty(),
            Some(Payload::Set(s)) => !s.borrow().is_empty(),
            _ => true,
        };
        if non_empty {
            flags |= type_flag::IS_ABSTRACT;
        }
    }
    t.flags_cache.set((version, flags));
    flags
}

/// Find `name` along the MRO, also returning the class that defines it.
pub fn lookup_type_with_owner(t: &TypeRef, name: &str) -> Option<(Value, TypeRef)> {
    let h = str_hash(name);
    for c in t.mro.borrow().iter() {
        if let Some(v) = c.dict.borrow().get_str(name, h) {
            return Some((v.clone(), c.clone()));
        }
    }
    None
}

fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    match d {
        Value::Obj(o) => match &o.payload {
            Payload::Property { .. } => true,
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_) => false,
            _ => {
                if o.class.builtin {
                    return false;
                }
                let _ = vm;
                lookup_type(&o.class, "__set__").is_some()
                    || lookup_type(&o.class, "__delete__").is_some()
            }
        },
        _ => false,
    }
}

/// Apply the descriptor protocol to `d` found on a type, for instance `obj` (None
/// for class access) of class `owner`.
pub fn bind_descriptor(vm: &Vm, d: Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let Value::Obj(o) = &d else { return Ok(d) };
    match &o.payload {
        Payload::Function(_) => match obj {
            Some(inst) => Ok(Value::Obj(PyObject::new(
                vm.t.method.clone(),
                Payload::Method {
                    func: d.clone(),
                    this: inst.clone(),
                },
            ))),
            None => Ok(d),
        },
        Payload::Builtin(b) => match (obj, &b.bound_self) {
            (Some(inst), None) if b.owner.is_some() => Ok(Value::Obj(PyObject::new(
                vm.t.builtin_function.clone(),
                Payload::Builtin(BuiltinFunction {
                    name: b.name,
                    func: b.func,
                    bound_self: Some(inst.clone()),
                    owner: b.owner.clone(),
                }),
            ))),
            _ => Ok(d),
        },
        Payload::ClassMethod(f) => {
            let cls = match obj {
                Some(inst) => Value::Type(vm.type_of(inst)),
                None => owner.clone(),
            };
            bind_classmethod_like(vm, f, &cls)
        }
        Payload::StaticMethod(f) => Ok(f.clone()),
        Payload::Property { fget, .. } => match obj {
            Some(inst) => {
                if fget.is_none() {
                    return Err(vm.attribute_error("property has no getter"));
                }
                vm.call(fget, vec![inst.clone()])
            }
            None => Ok(d),
        },
        _ => {
            if o.class.builtin {
                return Ok(d);
            }
            if let Some(get) = lookup_type(&o.class, "__get__") {
                let inst = obj.cloned().unwrap_or(Value::None);
                return vm.call(&get, vec![d.clone(), inst, owner.clone()]);
            }
            Ok(d)
        }
    }
}

/// Bind a callable found via classmethod (or `__class_getitem__`) to `cls`.
pub fn bind_classmethod_like(vm: &Vm, f: &Value, cls: &Value) -> PyResult<Value> {
    if let Some(Payload::ClassMethod(inner)) = f.payload() {
        return bind_classmethod_like(vm, inner, cls);
    }
    Ok(Value::Obj(PyObject::new(
        vm.t.method.clone(),
        Payload::Method {
            func: f.clone(),
            this: cls.clone(),
        },
    )))
}

pub fn getattr_str(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    getattr(vm, obj, &vm.intern(name))
}

/// `getattr(obj, name)`; `name` must be a str value.
pub fn getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    let t = vm.type_of(obj);
    if !t.builtin && type_flags(&t) & type_flag::CUSTOM_GETATTRIBUTE != 0 {
        if let Some(ga) = lookup_type(&t, "__getattribute__") {
            if !matches!(ga.payload(), Some(Payload::Builtin(_))) {
                let r = vm.call(&ga, vec![obj.clone(), name.clone()]);
                return match r {
                    Err(e) if vm.err_is(&e, "AttributeError") => getattr_hook(vm, obj, &t, name, e),
                    other => other,
                };
            }
        }
    }
    if let Some(Payload::Super {
        ty,
        obj: sobj,
        obj_type,
    }) = obj.payload()
    {
        if let Some(v) = super_getattr(vm, ty, sobj, obj_type, n)? {
            return Ok(v);
        }
    }
    let h = cached_str_hash(name, n);
    match generic_getattr_h(vm, obj, &t, n, h)? {
        Some(v) => Ok(v),
        // Every type has a `__doc__` (None when it has no docstring).
        None if n == "__doc__" && !matches!(obj.payload(), Some(Payload::Module { .. })) => {
            Ok(Value::None)
        }
        None => {
            let e = no_attribute(vm, obj, n);
            getattr_hook(vm, obj, &t, name, e)
        }
    }
}

fn getattr_hook(vm: &Vm, obj: &Value, t: &TypeRef, name: &Value, e: PyErr) -> PyResult<Value> {
    if !matches!(obj, Value::Type(_)) && (t.builtin || type_flags(t) & type_flag::HAS_GETATTR != 0)
    {
        if let Some(ga) = lookup_type(t, "__getattr__") {
            return vm.call(&ga, vec![obj.clone(), name.clone()]);
        }
    }
    Err(e)
}

pub fn no_attribute(vm: &Vm, obj: &Value, n: &str) -> PyErr {
    let msg = match obj {
        Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.name(), n),
        Value::Obj(o) => match &o.payload {
            Payload::Module { name } => format!("module '{}' has no attribute '{}'", name, n),
            _ => format!("'{}' object has no attribute '{}'", o.class.name(), n),
        },
        _ => format!("'{}' object has no attribute '{}'", vm.type_name(obj), n),
    };
    let e = vm.attribute_error(msg);
    if let Some(d) = e.dict.get() {
        let _ = vm.dict_set_str(d, "name", vm.new_str(n));
        let _ = vm.dict_set_str(d, "obj", obj.clone());
    }
    e
}

/// The hash of an attribute name, cached in the str object when there is one.
pub fn cached_str_hash(name: &Value, n: &str) -> i64 {
    match name.as_pystr() {
        Some(s) => {
            let h = s.hash.get();
            if h != -1 {
                return h;
            }
            let h = str_hash(n);
            s.hash.set(h);
            h
        }
        None => str_hash(n),
    }
}

/// `object.__getattribute__` / `type.__getattribute__` without the `__getattr__` hook.
pub fn generic_getattr(vm: &Vm, obj: &Value, t: &TypeRef, n: &str) -> PyResult<Option<Value>> {
    generic_getattr_h(vm, obj, t, n, str_hash(n))
}

/// `generic_getattr` with the name's hash already known.
pub fn generic_getattr_h(
    vm: &Vm,
    obj: &Value,
    t: &TypeRef,
    n: &str,
    h: i64,
) -> PyResult<Option<Value>> {
    if let Value::Type(cls) = obj {
        return type_getattr(vm, cls, obj, t, n);
    }
    let descr = lookup_type(t, n);
    if let Some(d) = &descr {
        if is_data_descriptor(vm, d) {
            return bind_descriptor(vm, d.clone(), Some(obj), &Value::Type(t.clone())).map(Some);
        }
    }
    if let Value::Obj(o) = obj {
        if let Some(dict) = o.dict.get() {
            if let Payload::Dict(dd) = &dict.payload {
                let found = dd.borrow().get_str(n, h).cloned();
                if let Some(v) = found {
                    return Ok(Some(v));
                }
            }
        }
    }
    if let Some(v) = crate::runtime::native_attrs::native_attr(vm, obj, n)? {
        return Ok(Some(v));
    }
    if let Some(d) = descr {
        return bind_descriptor(vm, d, Some(obj), &Value::Type(t.clone())).map(Some);
    }
    Ok(None)
}

fn type_getattr(
    vm: &Vm,
    cls: &TypeRef,
    obj: &Value,
    meta: &TypeRef,
    n: &str,
) -> PyResult<Option<Value>> {
    let meta_descr = lookup_type(meta, n);
    if let Some(d) = &meta_descr {
        if is_data_descriptor(vm, d) {
            return bind_descriptor(vm, d.clone(), Some(obj), &Value::Type(meta.clone())).map(Some);
        }
    }
    if let Some(v) = lookup_type(cls, n) {
        return bind_descriptor(vm, v, None, obj).map(Some);
    }
    if let Some(v) = crate::runtime::native_attrs::native_attr(vm, obj, n)? {
        return Ok(Some(v));
    }
    if let Some(d) = meta_descr {
        return bind_descriptor(vm, d, Some(obj), &Value::Type(meta.clone())).map(Some);
    }
    Ok(None)
}

/// Like getattr but AttributeError → None.
pub fn getattr_opt(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr_str(vm, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn setattr(vm: &Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let t = vm.type_of(obj);
    if !t.builtin && type_flags(&t) & type_flag::CUSTOM_SETATTR != 0 {
        if let Some(sa) = lookup_type(&t, "__setattr__") {
            if !matches!(sa.payload(), Some(Payload::Builtin(_))) {
                vm.call(&sa, vec![obj.clone(), name.clone(), value])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, &t, name, Some(value))
}

pub fn delattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<()> {
    let t = vm.type_of(obj);
    if !t.builtin {
        if let Some(da) = lookup_type(&t, "__delattr__") {
            if !matches!(da.payload(), Some(Payload::Builtin(_))) {
                vm.call(&da, vec![obj.clone(), name.clone()])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, &t, name, None)
}

/// `object.__setattr__` (value Some) / `object.__delattr__` (value None).
pub fn generic_setattr(
    vm: &Vm,
    obj: &Value,
    t: &TypeRef,
    name: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let n = name.as_str().unwrap_or("");
    if let Value::Type(cls) = obj {
        return type_setattr(vm, cls, name, value);
    }
    if n == "__class__" && value.is_some() {
        // An object's class is fixed in this runtime: say so rather than
        // pretend the assignment happened.
        return Err(vm.new_error(
            "NotImplementedError",
            "assigning __class__ is not supported by pyjit",
        ));
    }
    if n == "__dict__" {
        // An object's dict is fixed once made (`PyObject::dict` is set once).
        if let Some(v) = &value {
            if !matches!(v.payload(), Some(Payload::Dict(_))) {
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    vm.type_of(v).name()
                )));
            }
        }
        return Err(vm.new_error(
            "NotImplementedError",
            "replacing or deleting an object's __dict__ is not supported by pyjit",
        ));
    }
    if let Some(d) = lookup_type(t, n) {
        if let Value::Obj(dobj) = &d {
            match &dobj.payload {
                Payload::Property { fset, fdel, .. } => {
                    let f = if value.is_some() { fset } else { fdel };
                    if f.is_none() {
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        return Err(vm.attribute_error(format!(
                            "property '{}' of '{}' object has no {}",
                            n,
                            t.name(),
                            what
                        )));
                    }
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    vm.call(f, args)?;
                    return Ok(());
                }
                _ if !dobj.class.builtin => {
                    let hook = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    if let Some(f) = lookup_type(&dobj.class, hook) {
                        let mut args = vec![d.clone(), obj.clone()];
                        args.extend(value);
                        vm.call(&f, args)?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
    }
    if let Value::Obj(o) = obj {
        if let Some(r) = crate::runtime::native_attrs::native_setattr(vm, o, n, value.clone())? {
            return Ok(r);
        }
        if !t.builtin && type_flags(t) & type_flag::HAS_SLOTS != 0 && !slot_allows(t, n) {
            return Err(vm.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                t.name(),
                n
            )));
        }
        if let Some(dict) = o.dict.get() {
            match value {
                Some(v) => {
                    return crate::runtime::dictops::dict_set(vm, dict, name.clone(), v);
                }
                None => {
                    return match crate::runtime::dictops::dict_del(vm, dict, name)? {
                        true => Ok(()),
                        false => Err(vm.attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            t.name(),
                            n
                        ))),
                    };
                }
            }
        }
    }
    if lookup_type(t, n).is_some() {
        return Err(vm.attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            t.name(),
            n
        )));
    }
    Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", t.name(), n)))
}

/// May an instance of a `__slots__` class get attribute `n`? Yes if some class
/// in the MRO lists it in its slots or gives instances a `__dict__`.
pub fn slot_allows(t: &TypeRef, n: &str) -> bool {
    t.mro.borrow().iter().any(|c| {
        c.has_instance_dict
            || c.slots
                .as_ref()
                .is_some_and(|s| s.iter().any(|x| &**x == n))
    })
}

fn type_setattr(vm: &Vm, cls: &TypeRef, name: &Value, value: Option<Value>) -> PyResult<()> {
    let n = name.as_str().unwrap_or("");
    if cls.builtin {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            cls.name()
        )));
    }
    // A data descriptor on the metaclass (rare) takes precedence.
    let meta = vm.type_of(&Value::Type(cls.clone()));
    if !meta.builtin {
        if let Some(d) = lookup_type(&meta, n) {
            if let Some(Payload::Property { fset, .. }) = d.payload() {
                if let Some(v) = value {
                    vm.call(fset, vec![Value::Type(cls.clone()), v])?;
                    return Ok(());
                }
            }
        }
    }
    match n {
        "__name__" => {
            if let Some(v) = value.as_ref().and_then(|v| v.as_str()) {
                *cls.name.borrow_mut() = v.into();
                return Ok(());
            }
        }
        "__qualname__" => {
            if let Some(v) = value.as_ref().and_then(|v| v.as_str()) {
                *cls.qualname.borrow_mut() = v.into();
                return Ok(());
            }
        }
        _ => {}
    }
    let h = crate::runtime::ops::hash(vm, name)?;
    {
        let mut d = cls.dict.borrow_mut();
        let idx = d.find_native(name, h).ok().flatten();
        match (idx, value) {
            (Some(i), Some(v)) => d.set_at(i, v),
            (None, Some(v)) => d.push_new(name.clone(), h, v),
            (Some(i), None) => {
                d.remove_at(i);
            }
            (None, None) => {
                drop(d);
                return Err(vm.attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    cls.name(),
                    n
                )));
            }
        }
    }
    bump_version(cls);
    Ok(())
}

/// Invalidate caches keyed on this type and its subclasses.
pub fn bump_version(t: &TypeRef) {
    t.version.set(next_type_version());
    for sub in t.subclasses.borrow().iter() {
        if let Some(s) = sub.upgrade() {
            bump_version(&s);
        }
    }
}

/// Call a method by name: `obj.name(*args)`.
pub fn call_method(vm: &Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = getattr_str(vm, obj, name)?;
    vm.call(&f, args)
}

/// Look up a special method on the type and call it unbound with `obj` first;
/// `Ok(None)` if the type lacks it.
pub fn call_special(vm: &Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
    let t = vm.type_of(obj);
    let Some(f) = lookup_type(&t, name) else {
        return Ok(None);
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj.clone());
    full.extend(args);
    match f.payload() {
        Some(Payload::StaticMethod(inner)) => vm.call(inner, full[1..].to_vec()).map(Some),
        Some(Payload::ClassMethod(inner)) => {
            full[0] = Value::Type(t.clone());
            vm.call(inner, full).map(Some)
        }
        _ => {
            if let Some(Payload::Function(_) | Payload::Builtin(_)) = f.payload() {
                vm.call(&f, full).map(Some)
            } else {
                let bound = bind_descriptor(vm, f, Some(obj), &Value::Type(t))?;
                vm.call(&bound, full[1..].to_vec()).map(Some)
            }
        }
    }
}

/// `super(ty, obj).name`: search the MRO of `obj`'s type after `ty`.
fn super_getattr(
    vm: &Vm,
    ty: &TypeRef,
    obj: &Value,
    obj_type: &TypeRef,
    n: &str,
) -> PyResult<Option<Value>> {
    if n == "__class__" {
        return Ok(None);
    }
    let mro = obj_type.mro.borrow().clone();
    let start = mro
        .iter()
        .position(|c| Rc::ptr_eq(c, ty))
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    let h = str_hash(n);
    for c in &mro[start..] {
        let found = c.dict.borrow().get_str(n, h).cloned();
        if let Some(d) = found {
            // An instance of `ty` (possibly a class, when `ty` is a metaclass) binds
            // like an instance; a subclass of `ty` (super() in a classmethod) does not.
            let inst = if vm.isinstance_type(obj, ty) {
                Some(obj)
            } else {
                None
            };
            if let Some(Payload::ClassMethod(f)) = d.payload() {
                return bind_classmethod_like(vm, f, &Value::Type(obj_type.clone())).map(Some);
            }
            if n == "__new__" {
                if let Some(Payload::StaticMethod(f)) = d.payload() {
                    return Ok(Some(f.clone()));
                }
            }
            return bind_descriptor(vm, d, inst, &Value::Type(obj_type.clone())).map(Some);
        }
    }
    Ok(None)
}
