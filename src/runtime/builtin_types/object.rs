//! Methods of `object`, the root of every class: construction, the default
//! attribute protocol, identity-based equality and hashing, and the default
//! `repr`/`str`/`dir`/`__init_subclass__`.
use crate::runtime::attr;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::{add_classmethod, add_method, add_staticmethod};
use crate::runtime::vm::Vm;

fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

fn obj_repr(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    if let Value::Obj(o) = &v {
        if !matches!(o.payload, Payload::Plain) {
            return Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &v)?));
        }
        let module = o.class.module.borrow().clone();
        let q = o.class.qualname.borrow().clone();
        let s = if &*module == "builtins" {
            format!("<{} object at {:#x}>", q, v.identity())
        } else {
            format!("<{}.{} object at {:#x}>", module, q, v.identity())
        };
        return Ok(vm.new_string(s));
    }
    Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &v)?))
}

fn obj_str(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    Ok(vm.new_string(ops::repr(vm, &v)?))
}

fn obj_eq(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (this(&args), args.pos.get(1).cloned().unwrap_or(Value::None));
    Ok(if a.is(&b) {
        Value::Bool(true)
    } else {
        vm.not_implemented.clone()
    })
}

fn obj_ne(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (this(&args), args.pos.get(1).cloned().unwrap_or(Value::None));
    // Default __ne__ inverts __eq__ unless it is NotImplemented.
    let t = vm.type_of(&a);
    if let Some(eqf) = attr::lookup_type(&t, "__eq__") {
        let r = vm.call(&eqf, vec![a, b])?;
        if r.is(&vm.not_implemented) {
            return Ok(r);
        }
        return Ok(Value::Bool(!ops::truthy(vm, &r)?));
    }
    Ok(vm.not_implemented.clone())
}

fn obj_cmp_ni(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented.clone())
}

fn obj_hash(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    if let Value::Obj(o) = &v {
        if let Some(h) = ops::native_hash(vm, &v, o)? {
            return Ok(Value::Int(h));
        }
    }
    Ok(Value::Int(crate::runtime::pyhash::hash_pointer(
        v.identity(),
    )))
}

fn obj_getattribute(vm: &Vm, args: Args) -> PyResult {
    let (v, name) = (this(&args), args.pos.get(1).cloned().unwrap_or(Value::None));
    let Some(n) = name.as_str() else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&name)
        )));
    };
    let t = vm.type_of(&v);
    match attr::generic_getattr(vm, &v, &t, n)? {
        Some(r) => Ok(r),
        None => Err(attr::no_attribute(vm, &v, n)),
    }
}

fn obj_setattr(vm: &Vm, args: Args) -> PyResult {
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let v = this(&args);
    let t = vm.type_of(&v);
    attr::generic_setattr(vm, &v, &t, &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

fn obj_delattr(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    let t = vm.type_of(&v);
    attr::generic_setattr(
        vm,
        &v,
        &t,
        &args.pos.get(1).cloned().unwrap_or(Value::None),
        None,
    )?;
    Ok(Value::None)
}

fn obj_init_subclass(_vm: &Vm, args: Args) -> PyResult {
    if let Some((k, _)) = args.kw.first() {
        return Err(_vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            match args.pos.first() {
                Some(Value::Type(t)) => t
                    .bases
                    .borrow()
                    .first()
                    .map(|b| b.name().to_string())
                    .unwrap_or_default(),
                _ => String::from("object"),
            }
        )))
        .map(|_: ()| {
            let _ = k;
            Value::None
        });
    }
    Ok(Value::None)
}

fn obj_subclasshook(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented.clone())
}

fn obj_dir(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    let mut names: Vec<String> = Vec::new();
    let mut add = |k: &Value| {
        if let Some(s) = k.as_str() {
            if !names.iter().any(|n| n == s) {
                names.push(s.to_string());
            }
        }
    };
    if let Value::Obj(o) = &v {
        if let Some(d) = o.dict.get() {
            for (k, _) in crate::runtime::dictops::items(d) {
                add(&k);
            }
        }
    }
    let t = match &v {
        Value::Type(t) => t.clone(),
        _ => vm.type_of(&v),
    };
    for c in t.mro.borrow().iter() {
        for k in c.dict.borrow().keys() {
            add(&k);
        }
    }
    names.sort();
    Ok(vm.new_list(names.into_iter().map(|n| vm.new_string(n)).collect()))
}

// ----- pickling protocol (CPython's typeobject.c `reduce_newobj`) ---------------

/// The instance dict as a `__reduce__` state (None without one), for the
/// built-in types whose subclasses' instances carry a dict.
pub fn instance_state(v: &Value) -> Value {
    v.as_obj()
        .and_then(|o| o.dict.get())
        .map(|d| Value::Obj(d.clone()))
        .unwrap_or(Value::None)
}

fn copyreg(vm: &Vm) -> PyResult {
    crate::runtime::import::import_module(vm, "copyreg")
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins;
/// otherwise protocol 2+ gives `copyreg.__newobj__(cls, *args)` with the
/// state, and older protocols go through `copyreg._reduce_ex`.
fn obj_reduce_ex(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let protocol = match args.pos.get(1) {
        Some(p) => crate::runtime::convert::index_value(vm, p)?,
        None => 0,
    };
    let t = vm.type_of(&this);
    if let Some((_, owner)) = crate::runtime::attr::lookup_type_with_owner(&t, "__reduce__") {
        if !std::rc::Rc::ptr_eq(&owner, &vm.t.object) {
            let reduce = crate::runtime::attr::getattr_str(vm, &this, "__reduce__")?;
            return vm.call(&reduce, vec![]);
        }
    }
    common_reduce(vm, &this, protocol)
}

fn obj_reduce(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    common_reduce(vm, &this, 0)
}

fn common_reduce(vm: &Vm, this: &Value, protocol: i64) -> PyResult {
    if protocol >= 2 {
        return reduce_newobj(vm, this);
    }
    let f = crate::runtime::attr::getattr_str(vm, &copyreg(vm)?, "_reduce_ex")?;
    vm.call(&f, vec![this.clone(), Value::Int(protocol)])
}

/// `__getnewargs_ex__` / `__getnewargs__`: (args, kwargs) when defined.
fn new_arguments(vm: &Vm, this: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    if let Some(f) = crate::runtime::attr::getattr_opt(vm, this, "__getnewargs_ex__")? {
        let r = vm.call(&f, vec![])?;
        let parts = match r.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => t.to_vec(),
            _ => {
                return Err(vm.type_error(format!(
                    "__getnewargs_ex__ should return a tuple of length 2, not '{}'",
                    vm.type_name(&r)
                )))
            }
        };
        return Ok((Some(parts[0].clone()), Some(parts[1].clone())));
    }
    if let Some(f) = crate::runtime::attr::getattr_opt(vm, this, "__getnewargs__")? {
        let r = vm.call(&f, vec![])?;
        if !matches!(r.payload(), Some(Payload::Tuple(_))) {
            return Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

fn reduce_newobj(vm: &Vm, this: &Value) -> PyResult {
    let cls = Value::Type(vm.type_of(this));
    let (args, kwargs) = new_arguments(vm, this)?;
    let has_args = args.is_some();
    let copyreg = copyreg(vm)?;
    let kw_empty = match &kwargs {
        None => true,
        Some(k) => crate::runtime::ops::len(vm, k)? == 0,
    };
    let (newobj, newargs) = if kw_empty {
        let mut items = vec![cls];
        if let Some(a) = &args {
            items.extend(crate::runtime::iter::collect(vm, a)?);
        }
        (
            crate::runtime::attr::getattr_str(vm, &copyreg, "__newobj__")?,
            vm.new_tuple(items),
        )
    } else {
        (
            crate::runtime::attr::getattr_str(vm, &copyreg, "__newobj_ex__")?,
            vm.new_tuple(vec![
                cls,
                args.unwrap_or_else(|| vm.new_tuple(vec![])),
                kwargs.unwrap_or(Value::None),
            ]),
        )
    };
    let is_list = matches!(this.payload(), Some(Payload::List(_)));
    let is_dict = matches!(this.payload(), Some(Payload::Dict(_)));
    let state = object_state(vm, this, !(has_args || is_list || is_dict))?;
    let listitems = if is_list {
        crate::runtime::iter::get_iter(vm, this)?
    } else {
        Value::None
    };
    let dictitems = if is_dict {
        let items = crate::runtime::attr::getattr_str(vm, this, "items")?;
        crate::runtime::iter::get_iter(vm, &vm.call(&items, vec![])?)?
    } else {
        Value::None
    };
    Ok(vm.new_tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// `obj.__getstate__()` when overridden, else the default state.
fn object_state(vm: &Vm, this: &Value, required: bool) -> PyResult {
    let t = vm.type_of(this);
    if let Some((_, owner)) = crate::runtime::attr::lookup_type_with_owner(&t, "__getstate__") {
        if !std::rc::Rc::ptr_eq(&owner, &vm.t.object) {
            let f = crate::runtime::attr::getattr_str(vm, this, "__getstate__")?;
            return vm.call(&f, vec![]);
        }
    }
    default_state(vm, this, required)
}

/// The instance dict (None when empty) plus `__slots__` values as
/// `(dict, slots)`; objects with native state cannot be pickled this way.
fn default_state(vm: &Vm, this: &Value, required: bool) -> PyResult {
    let native = match this.payload() {
        Some(Payload::Plain) | None => false,
        Some(Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::Exception(_)) => {
            false
        }
        Some(_) => true,
    };
    if required && native {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(this))));
    }
    // Slot values live in the instance dict here, but a class whose every
    // base declares `__slots__` has no `__dict__` to report.
    let t = vm.type_of(this);
    let has_dict = !t.mro.borrow().iter().any(|c| c.slots.is_some())
        || t.mro
            .borrow()
            .iter()
            .any(|c| c.has_instance_dict && c.slots.is_none() && !c.builtin);
    let dict = this
        .as_obj()
        .and_then(|o| o.dict.get())
        .cloned()
        .filter(|_| has_dict);
    let mut state = match dict {
        Some(d) if crate::runtime::dictops::items(&d).is_empty() => Value::None,
        Some(d) => Value::Obj(d),
        None => Value::None,
    };
    let cls = Value::Type(vm.type_of(this));
    let slotnames = crate::runtime::attr::getattr_str(vm, &copyreg(vm)?, "_slotnames")?;
    let names = vm.call(&slotnames, vec![cls])?;
    let names = crate::runtime::iter::collect(vm, &names)?;
    if !names.is_empty() {
        let slots = vm.new_dict_obj();
        for n in names {
            if let Some(name) = n.as_str() {
                if let Some(v) = crate::runtime::attr::getattr_opt(vm, this, name)? {
                    crate::runtime::dictops::dict_set(vm, &slots, n.clone(), v)?;
                }
            }
        }
        if !crate::runtime::dictops::items(&slots).is_empty() {
            state = vm.new_tuple(vec![state, Value::Obj(slots)]);
        }
    }
    Ok(state)
}

fn obj_getstate(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    default_state(vm, &this, false)
}

fn obj_sizeof(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(16))
}

pub fn register(vm: &Vm) {
    let t = vm.t.object.clone();
    add_staticmethod(vm, &t, "__new__", crate::runtime::call::object_new);
    add_method(vm, &t, "__init__", crate::runtime::call::object_init);
    add_method(vm, &t, "__repr__", obj_repr);
    add_method(vm, &t, "__str__", obj_str);
    add_method(vm, &t, "__eq__", obj_eq);
    add_method(vm, &t, "__ne__", obj_ne);
    add_method(vm, &t, "__lt__", obj_cmp_ni);
    add_method(vm, &t, "__le__", obj_cmp_ni);
    add_method(vm, &t, "__gt__", obj_cmp_ni);
    add_method(vm, &t, "__ge__", obj_cmp_ni);
    add_method(vm, &t, "__hash__", obj_hash);
    add_method(vm, &t, "__getattribute__", obj_getattribute);
    add_method(vm, &t, "__setattr__", obj_setattr);
    add_method(vm, &t, "__delattr__", obj_delattr);
    add_classmethod(vm, &t, "__init_subclass__", obj_init_subclass);
    add_classmethod(vm, &t, "__subclasshook__", obj_subclasshook);
    add_method(vm, &t, "__dir__", obj_dir);
    add_method(vm, &t, "__reduce_ex__", obj_reduce_ex);
    add_method(vm, &t, "__reduce__", obj_reduce);
    add_method(vm, &t, "__getstate__", obj_getstate);
    add_method(vm, &t, "__sizeof__", obj_sizeof);
}
