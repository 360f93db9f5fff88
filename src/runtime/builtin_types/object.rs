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

fn obj_reduce_ex(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.not_implemented_error("object.__reduce_ex__ (pickling) is not supported yet"))
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
    add_method(vm, &t, "__sizeof__", obj_sizeof);
}
