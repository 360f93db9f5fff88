//! Calling any callable: functions, built-ins, bound methods, classes, and objects
//! with `__call__`.
//!
//! Classes are called the CPython way: `type(cls).__call__` — for ordinary
//! metaclasses that means `cls.__new__(cls, …)` followed by `__init__` when the
//! result is an instance of `cls`. `object.__new__` picks the instance's built-in
//! payload from the class's `BaseKind`, which is how `class MyList(list)` gets list
//! storage without per-class code.
use std::cell::RefCell;

use crate::runtime::attr::{self, lookup_type};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

impl Vm {
    pub fn call(&self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_args(f, Args::new(args))
    }

    pub fn call_args(&self, f: &Value, mut args: Args) -> PyResult<Value> {
        match f {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) => crate::tiers::interp::call_function(self, o, args),
                Payload::Builtin(b) => {
                    if let Some(s) = &b.bound_self {
                        args.pos.insert(0, s.clone());
                    }
                    (b.func)(self, args)
                }
                Payload::Method { func, this } => {
                    args.pos.insert(0, this.clone());
                    self.call_args(func, args)
                }
                _ => {
                    if let Some(c) = lookup_type(&o.class, "__call__") {
                        args.pos.insert(0, f.clone());
                        return self.call_args(&c, args);
                    }
                    Err(self.type_error(format!("'{}' object is not callable", o.class.name())))
                }
            },
            Value::Type(t) => self.call_type(t, args),
            _ => Err(self.type_error(format!("'{}' object is not callable", self.type_name(f)))),
        }
    }

    fn call_type(&self, cls: &TypeRef, mut args: Args) -> PyResult<Value> {
        let meta = self.type_of(&Value::Type(cls.clone()));
        if !meta.builtin {
            if let Some(c) = lookup_type(&meta, "__call__") {
                if !matches!(c.payload(), Some(Payload::Builtin(_))) {
                    args.pos.insert(0, Value::Type(cls.clone()));
                    return self.call_args(&c, args);
                }
            }
        }
        type_call_default(self, cls, args)
    }
}

/// `type.__call__(cls, *args, **kw)`.
pub fn type_call_default(vm: &Vm, cls: &TypeRef, args: Args) -> PyResult<Value> {
    if std::rc::Rc::ptr_eq(cls, &vm.t.type_) && args.pos.len() == 1 && args.kw.is_empty() {
        return Ok(Value::Type(vm.type_of(&args.pos[0])));
    }
    // The common case: a Python class that inherits object's `__new__`.
    if !cls.builtin && cls.kind == BaseKind::Object {
        let flags = attr::type_flags(cls);
        if flags & attr::type_flag::OVERRIDES_NEW == 0 {
            if flags & attr::type_flag::OVERRIDES_INIT == 0 {
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
                }
                return new_instance(vm, cls, Vec::new());
            }
            let obj = new_instance(vm, cls, Vec::new())?;
            if let Some(init) = lookup_type(cls, "__init__") {
                let mut args = args;
                args.pos.insert(0, obj.clone());
                let r = vm.call_args(&init, args)?;
                if !r.is_none() {
                    return Err(vm.type_error(format!(
                        "__init__() should return None, not '{}'",
                        vm.type_name(&r)
                    )));
                }
            }
            return Ok(obj);
        }
    }
    let new = lookup_type(cls, "__new__").unwrap_or(Value::None);
    let mut new_args = Vec::with_capacity(args.pos.len() + 1);
    new_args.push(Value::Type(cls.clone()));
    new_args.extend(args.pos.iter().cloned());
    let new_fn = match new.payload() {
        Some(Payload::StaticMethod(f)) => f.clone(),
        _ => new,
    };
    let obj = vm.call_args(&new_fn, Args::with_kw(new_args, args.kw.clone()))?;
    if !vm.isinstance_type(&obj, cls) {
        return Ok(obj);
    }
    let t = vm.type_of(&obj);
    if let Some(init) = lookup_type(&t, "__init__") {
        let is_object_init = matches!(init.payload(), Some(Payload::Builtin(b)) if b.name == "__init__" && b.owner.as_ref().is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.t.object)));
        if !is_object_init {
            let mut init_args = Vec::with_capacity(args.pos.len() + 1);
            init_args.push(obj.clone());
            init_args.extend(args.pos);
            let r = vm.call_args(&init, Args::with_kw(init_args, args.kw))?;
            if !r.is_none() {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(obj)
}

/// Does `cls` (or a base below `object`) override `name` (`__init__`/`__new__`)?
fn overrides(_vm: &Vm, cls: &TypeRef, name: &str) -> bool {
    let bit = if name == "__init__" {
        attr::type_flag::OVERRIDES_INIT
    } else {
        attr::type_flag::OVERRIDES_NEW
    };
    attr::type_flags(cls) & bit != 0
}

/// `object.__new__(cls, *args)`: a fresh instance with the payload its bases need.
pub fn object_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    if (args.pos.len() > 1 || !args.kw.is_empty())
        && !overrides(vm, &cls, "__init__")
        && cls.kind == BaseKind::Object
    {
        return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
    }
    new_instance(vm, &cls, args.pos[1..].to_vec())
}

pub fn new_instance(vm: &Vm, cls: &TypeRef, args: Vec<Value>) -> PyResult<Value> {
    if attr::type_flags(cls) & attr::type_flag::IS_ABSTRACT != 0 {
        return Err(abstract_class_error(vm, cls));
    }
    let payload = match cls.kind {
        BaseKind::Object => Payload::Plain,
        BaseKind::List => Payload::List(RefCell::new(Vec::new())),
        BaseKind::Dict => Payload::Dict(RefCell::new(crate::runtime::dict::PyDict::new())),
        BaseKind::Set => Payload::Set(Box::new(RefCell::new(crate::runtime::set::PySet::new()))),
        BaseKind::ByteArray => Payload::ByteArray(RefCell::new(Vec::new())),
        BaseKind::Exception => Payload::Exception(Box::new(RefCell::new(ExcData {
            args,
            ..Default::default()
        }))),
        BaseKind::Internal => {
            return Err(vm.type_error(format!("cannot create '{}' instances", cls.name())));
        }
        _ => {
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                cls.name(),
                cls.name()
            )));
        }
    };
    let o = PyObject::new(cls.clone(), payload);
    if cls
        .mro
        .borrow()
        .iter()
        .any(|c| c.has_instance_dict || c.slots.is_some())
        || cls.kind == BaseKind::Exception
    {
        let _ = o.dict.set(vm.new_dict_obj());
    }
    Ok(Value::Obj(o))
}

/// "Can't instantiate abstract class X with abstract methods a, b" (sorted names).
fn abstract_class_error(vm: &Vm, cls: &TypeRef) -> PyErr {
    let methods = cls
        .dict
        .borrow()
        .get_str(
            "__abstractmethods__",
            crate::runtime::ops::str_hash("__abstractmethods__"),
        )
        .cloned()
        .unwrap_or(Value::None);
    let mut names: Vec<String> = crate::runtime::iter::collect(vm, &methods)
        .unwrap_or_default()
        .iter()
        .map(|n| n.as_str().map(str::to_string).unwrap_or_default())
        .collect();
    names.sort();
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        cls.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// Attach an instance dict if the class wants one (used by built-in `__new__`s for subclasses).
pub fn with_payload(vm: &Vm, cls: &TypeRef, payload: Payload) -> Value {
    let o = PyObject::new(cls.clone(), payload);
    if !cls.builtin
        && cls
            .mro
            .borrow()
            .iter()
            .any(|c| c.has_instance_dict || c.slots.is_some())
    {
        let _ = o.dict.set(vm.new_dict_obj());
    }
    Value::Obj(o)
}

pub fn object_init(vm: &Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if (args.pos.len() > 1 || !args.kw.is_empty())
            && !overrides(vm, &o.class, "__new__")
            && o.class.kind == BaseKind::Object
        {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                o.class.name()
            )));
        }
    }
    Ok(Value::None)
}
