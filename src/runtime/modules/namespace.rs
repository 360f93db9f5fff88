//! `types.SimpleNamespace`: an object whose attributes are the keyword arguments
//! it was made with, compared by those attributes and shown as
//! `namespace(a=1, b=2)`. CPython defines it in C and `types.py` finds it as
//! `type(sys.implementation)`, so the type is made with the `sys` module.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

fn this_dict(vm: &Vm, args: &Args, method: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if o.dict.get().is_some() => Ok(o.dict.get().cloned().unwrap()),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' requires a 'types.SimpleNamespace' object",
            method
        ))),
    }
}

fn ns_init(vm: &Vm, args: Args) -> PyResult {
    let d = this_dict(vm, &args, "__init__")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "SimpleNamespace() takes no positional arguments, got {}",
            args.pos.len() - 1
        )));
    }
    for (k, v) in args.kw {
        vm.dict_set_str(&d, &k, v)?;
    }
    Ok(Value::None)
}

fn ns_repr(vm: &Vm, args: Args) -> PyResult {
    let d = this_dict(vm, &args, "__repr__")?;
    let this = args.pos[0].clone();
    let t = vm.type_of(&this);
    let name = if Rc::ptr_eq(&t, &namespace_type_of(&t)) {
        "namespace".to_string()
    } else {
        t.name().to_string()
    };
    let Some(_guard) = crate::runtime::repr::enter(crate::runtime::repr::addr(&this)) else {
        return Ok(vm.new_string(format!("{}(...)", name)));
    };
    let mut parts = Vec::new();
    for (k, v) in crate::runtime::dictops::items(&d) {
        if let Some(key) = k.as_str() {
            parts.push(format!("{}={}", key, crate::runtime::ops::repr(vm, &v)?));
        }
    }
    Ok(vm.new_string(format!("{}({})", name, parts.join(", "))))
}

/// The `SimpleNamespace` type itself: the last built-in type in `t`'s MRO.
fn namespace_type_of(t: &TypeRef) -> TypeRef {
    t.mro
        .borrow()
        .iter()
        .rev()
        .find(|c| c.builtin && &*c.name() == "SimpleNamespace")
        .cloned()
        .unwrap_or_else(|| t.clone())
}

fn ns_compare(vm: &Vm, args: &Args, eq: bool) -> PyResult {
    let a = this_dict(vm, args, if eq { "__eq__" } else { "__ne__" })?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mine = namespace_type_of(&vm.type_of(&args.pos[0]));
    let theirs = vm.type_of(&other);
    let b = match &other {
        Value::Obj(o) if theirs.mro.borrow().iter().any(|c| Rc::ptr_eq(c, &mine)) => {
            o.dict.get().cloned()
        }
        _ => None,
    };
    let Some(b) = b else {
        return Ok(vm.not_implemented.clone());
    };
    let same = crate::runtime::ops::eq(vm, &Value::Obj(a), &Value::Obj(b))?;
    Ok(Value::Bool(same == eq))
}

/// Make the type (once per `sys` module) and an instance with `fields`.
pub fn make(vm: &Vm, fields: &[(&str, Value)]) -> Value {
    let t = crate::runtime::types::new_type(
        "SimpleNamespace",
        vec![vm.t.object.clone()],
        BaseKind::Object,
        true,
        true,
    );
    *t.module.borrow_mut() = Rc::from("types");
    add_method(vm, &t, "__init__", ns_init);
    add_method(vm, &t, "__repr__", ns_repr);
    add_method(vm, &t, "__eq__", |vm, a| ns_compare(vm, &a, true));
    add_method(vm, &t, "__ne__", |vm, a| ns_compare(vm, &a, false));
    crate::runtime::setup::set_type_attr(vm, &t, "__hash__", Value::None);
    let o = PyObject::new(t, Payload::Plain);
    let d = vm.new_dict_obj();
    for (n, v) in fields {
        let _ = vm.dict_set_str(&d, n, v.clone());
    }
    let _ = o.dict.set(d);
    Value::Obj(o)
}
