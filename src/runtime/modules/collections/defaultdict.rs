//! `collections.defaultdict`: a dict whose missing keys are filled in by calling
//! `default_factory`.
//!
//! It is a dict subclass the way a Python class would be (not a built-in as far
//! as the fast paths are concerned), so subscripting goes through `__missing__`
//! and the trace JIT treats its instances like any dict subclass. The factory is
//! kept in the instance dict under `default_factory`.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

fn factory(vm: &Vm, this: &Value) -> Value {
    this.as_obj()
        .and_then(|o| o.dict.get())
        .and_then(|d| vm.dict_get_str(d, "default_factory"))
        .unwrap_or(Value::None)
}

fn set_factory(vm: &Vm, this: &Value, f: Value) -> PyResult<()> {
    crate::runtime::attr::setattr(vm, this, &vm.intern("default_factory"), f)
}

fn dd_init(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let mut rest = args.pos[1..].to_vec();
    let f = if rest.is_empty() {
        Value::None
    } else {
        rest.remove(0)
    };
    if !f.is_none() && !crate::runtime::builtins::is_callable(vm, &f) {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    set_factory(vm, &this, f)?;
    let dict_init = crate::runtime::attr::lookup_type(&vm.t.dict, "__init__")
        .ok_or_else(|| vm.type_error("dict.__init__ missing"))?;
    let mut init_args = vec![this];
    init_args.extend(rest);
    vm.call_args(&dict_init, Args::with_kw(init_args, args.kw))
}

fn dd_missing(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    let f = factory(vm, &this);
    if f.is_none() {
        return Err(vm.key_error(key));
    }
    let v = vm.call(&f, vec![])?;
    crate::runtime::ops::setitem(vm, &this, &key, v.clone())?;
    Ok(v)
}

fn dd_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let f = factory(vm, &this);
    let frepr = if f.is_none() {
        "None".to_string()
    } else {
        crate::runtime::ops::repr(vm, &f)?
    };
    let items = crate::runtime::repr::native_repr(vm, &this)?;
    Ok(vm.new_string(format!(
        "{}({}, {})",
        vm.type_of(&this).name(),
        frepr,
        items
    )))
}

fn dd_copy(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let cls = Value::Type(vm.type_of(&this));
    vm.call(&cls, vec![factory(vm, &this), this])
}

fn dd_reduce(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let f = factory(vm, &this);
    let args_t = if f.is_none() {
        vm.new_tuple(vec![])
    } else {
        vm.new_tuple(vec![f])
    };
    let items = crate::runtime::attr::getattr_str(vm, &this, "items")?;
    let it = crate::runtime::iter::get_iter(vm, &vm.call(&items, vec![])?)?;
    Ok(vm.new_tuple(vec![
        Value::Type(vm.type_of(&this)),
        args_t,
        Value::None,
        Value::None,
        it,
    ]))
}

fn dd_or(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    if !matches!(other.payload(), Some(Payload::Dict(_))) {
        return Ok(vm.not_implemented.clone());
    }
    let new = dd_copy(vm, Args::new(vec![this]))?;
    crate::runtime::dictops::dict_update(vm, new.as_obj().expect("a defaultdict"), &other)?;
    Ok(new)
}

pub fn make_type(vm: &Vm) -> TypeRef {
    let t = crate::runtime::types::new_type(
        "defaultdict",
        vec![vm.t.dict.clone()],
        BaseKind::Dict,
        false,
        true,
    );
    *t.module.borrow_mut() = Rc::from("collections");
    add_method(vm, &t, "__init__", dd_init);
    add_method(vm, &t, "__missing__", dd_missing);
    add_method(vm, &t, "__repr__", dd_repr);
    add_method(vm, &t, "copy", dd_copy);
    add_method(vm, &t, "__copy__", dd_copy);
    add_method(vm, &t, "__reduce__", dd_reduce);
    add_method(vm, &t, "__or__", dd_or);
    t
}
