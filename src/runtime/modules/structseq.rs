//! Struct sequences (`sys.float_info`, `sys.flags`, `sys.version_info` …):
//! tuples whose items are also readable as named attributes and whose repr is
//! `name(field=value, …)`.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

fn structseq_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let t = vm.type_of(&this);
    let fields = t
        .dict
        .borrow()
        .get_str("_fields", crate::runtime::ops::str_hash("_fields"))
        .cloned();
    let names: Vec<String> = match fields.as_ref().and_then(|f| f.payload()) {
        Some(Payload::Tuple(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.to_string()))
            .collect(),
        _ => Vec::new(),
    };
    let values: Vec<Value> = match this.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(values.iter()) {
        parts.push(format!("{}={}", n, crate::runtime::ops::repr(vm, v)?));
    }
    let module = t.module.borrow().clone();
    let prefix = if &*module == "builtins" {
        String::new()
    } else {
        format!("{}.", module)
    };
    Ok(vm.new_string(format!("{}{}({})", prefix, t.name(), parts.join(", "))))
}

/// A struct-sequence type `module.name` whose tuple items are `fields` (the
/// type `os.stat_result` or `time.struct_time` is: every value shares it).
pub fn make_type(vm: &Vm, module: &str, name: &str, fields: &[&str]) -> TypeRef {
    let t = crate::runtime::types::new_type(
        name,
        vec![vm.t.tuple.clone()],
        BaseKind::Tuple,
        false,
        false,
    );
    *t.module.borrow_mut() = Rc::from(module);
    add_method(vm, &t, "__repr__", structseq_repr);
    crate::runtime::setup::add_staticmethod(vm, &t, "__new__", structseq_new);
    let names = vm.new_tuple(fields.iter().map(|n| vm.new_str(n)).collect());
    crate::runtime::setup::set_type_attr(vm, &t, "_fields", names);
    crate::runtime::setup::set_type_attr(
        vm,
        &t,
        "n_sequence_fields",
        Value::Int(fields.len() as i64),
    );
    t
}

/// `os.terminal_size((80, 24))`: a value of the type from a sequence of exactly
/// its fields.
fn structseq_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(t)) = args.pos.first().cloned() else {
        return Err(vm.type_error("structseq.__new__(X): X is not a type object"));
    };
    let items =
        crate::runtime::iter::collect(vm, &args.pos.get(1).cloned().unwrap_or(Value::None))?;
    let n = match t
        .dict
        .borrow()
        .get_str("_fields", crate::runtime::ops::str_hash("_fields"))
        .and_then(|f| f.payload())
    {
        Some(Payload::Tuple(f)) => f.len(),
        _ => 0,
    };
    if items.len() != n {
        return Err(vm.type_error(format!(
            "{}.{}() takes a {}-sequence ({}-sequence given)",
            t.module.borrow(),
            t.name(),
            n,
            items.len()
        )));
    }
    Ok(instance(vm, &t, items, &[]))
}

/// A value of a struct-sequence type made by `make_type`: `items` in the type's
/// field order, readable by name too, plus `extra` attributes that are not
/// tuple items (`st_atime` as a float beside the integer `st_atime` item).
pub fn instance(vm: &Vm, t: &TypeRef, items: Vec<Value>, extra: &[(&str, Value)]) -> Value {
    let names: Vec<Value> = match t
        .dict
        .borrow()
        .get_str("_fields", crate::runtime::ops::str_hash("_fields"))
        .and_then(|f| f.payload())
    {
        Some(Payload::Tuple(n)) => n.to_vec(),
        _ => Vec::new(),
    };
    let d = vm.new_dict_obj();
    for (n, v) in names.iter().zip(&items) {
        if let Some(n) = n.as_str() {
            let _ = vm.dict_set_str(&d, n, v.clone());
        }
    }
    for (n, v) in extra {
        let _ = vm.dict_set_str(&d, n, v.clone());
    }
    let o = PyObject::new(t.clone(), Payload::Tuple(items.into_boxed_slice()));
    let _ = o.dict.set(d);
    Value::Obj(o)
}

/// Create a struct-sequence value named `module.name` with the given fields
/// (a type of its own, for one-off values such as `sys.flags`).
pub fn make(vm: &Vm, module: &str, name: &str, fields: &[(&str, Value)]) -> Value {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let t = make_type(vm, module, name, &names);
    instance(vm, &t, fields.iter().map(|(_, v)| v.clone()).collect(), &[])
}
