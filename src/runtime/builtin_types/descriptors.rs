//! `getset_descriptor` and `member_descriptor`: what reading a natively-held
//! attribute on the class gives (`FunctionType.__code__`, `FunctionType.__globals__`).
//! `types.py` takes their types from there. The descriptor reads the attribute from
//! the instance it is bound to, and its repr names the attribute and its owner.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

/// The natively-held attributes of a built-in type's instances, and whether each
/// is a member (a plain slot) rather than a computed getset.
fn native_attributes(vm: &Vm, t: &TypeRef) -> &'static [(&'static str, bool)] {
    if Rc::ptr_eq(t, &vm.t.function) {
        &[
            ("__code__", false),
            ("__defaults__", false),
            ("__kwdefaults__", false),
            ("__globals__", true),
            ("__closure__", true),
            ("__builtins__", true),
        ]
    } else {
        &[]
    }
}

/// The descriptor for `t.name` when `name` is one of its instances' native attributes.
pub fn class_access(vm: &Vm, t: &TypeRef, name: &str) -> Option<Value> {
    let &(attr, member) = native_attributes(vm, t).iter().find(|(n, _)| *n == name)?;
    let cls = if member {
        &vm.t.member_descriptor
    } else {
        &vm.t.getset_descriptor
    };
    let o = PyObject::new(cls.clone(), Payload::Plain);
    let d = vm.new_dict_obj();
    let _ = vm.dict_set_str(&d, "__name__", vm.new_str(attr));
    let _ = vm.dict_set_str(&d, "__objclass__", Value::Type(t.clone()));
    let _ = o.dict.set(d);
    Some(Value::Obj(o))
}

fn field(vm: &Vm, this: &Value, name: &str) -> PyResult<Value> {
    crate::runtime::attr::getattr_str(vm, this, name)
}

fn descr_get(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(this);
    }
    let name = field(vm, &this, "__name__")?;
    crate::runtime::attr::getattr(vm, &obj, &name)
}

fn descr_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let name = field(vm, &this, "__name__")?;
    let owner = field(vm, &this, "__objclass__")?;
    let kind = if Rc::ptr_eq(&vm.type_of(&this), &vm.t.member_descriptor) {
        "member"
    } else {
        "attribute"
    };
    let owner_name = match &owner {
        Value::Type(t) => t.name().to_string(),
        _ => "?".to_string(),
    };
    Ok(vm.new_string(format!(
        "<{} '{}' of '{}' objects>",
        kind,
        name.as_str().unwrap_or("?"),
        owner_name
    )))
}

pub fn register(vm: &Vm) {
    for t in [&vm.t.getset_descriptor, &vm.t.member_descriptor] {
        add_method(vm, t, "__get__", descr_get);
        add_method(vm, t, "__repr__", descr_repr);
    }
}
