//! Descriptors and small built-in types: `property`, `classmethod`,
//! `staticmethod`, `super`, the iterator types (`enumerate`, `zip`, `map`,
//! `filter`, `reversed` and the built-in container iterators), `NoneType`,
//! `cell` and `mappingproxy` (`weakref.ref` lives in `modules::weakref`).

use crate::runtime::attr;
use crate::runtime::iter;
use crate::runtime::object::*;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

// ----- property ----------------------------------------------------------------

fn property_new(vm: &Vm, mut args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("property.__new__ needs a type"));
    };
    let fget = args.take_kw("fget").unwrap_or_else(|| arg(&args, 1));
    let fset = args.take_kw("fset").unwrap_or_else(|| arg(&args, 2));
    let fdel = args.take_kw("fdel").unwrap_or_else(|| arg(&args, 3));
    let doc = args.take_kw("doc").unwrap_or_else(|| arg(&args, 4));
    let p = Payload::Property {
        fget,
        fset,
        fdel,
        doc,
    };
    Ok(crate::runtime::call::with_payload(vm, &cls, p))
}

fn property_init(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn property_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    match v.payload() {
        Some(Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        }) => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_copy(vm: &Vm, args: &Args, which: usize) -> PyResult {
    let this = arg(args, 0);
    let (mut g, mut s, mut d, doc) = property_parts(vm, &this)?;
    let f = arg(args, 1);
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let cls = vm.type_of(&this);
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Property {
            fget: g,
            fset: s,
            fdel: d,
            doc,
        },
    ))
}

fn property_getter(vm: &Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 0)
}
fn property_setter(vm: &Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 1)
}
fn property_deleter(vm: &Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 2)
}

fn property_get(vm: &Vm, args: Args) -> PyResult {
    let this = arg(&args, 0);
    let obj = arg(&args, 1);
    if obj.is_none() {
        return Ok(this);
    }
    let (g, ..) = property_parts(vm, &this)?;
    if g.is_none() {
        return Err(vm.attribute_error("unreadable attribute"));
    }
    vm.call(&g, vec![obj])
}

fn property_set(vm: &Vm, args: Args) -> PyResult {
    let (_, s, ..) = property_parts(vm, &arg(&args, 0))?;
    if s.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(&s, vec![arg(&args, 1), arg(&args, 2)])
}

// ----- classmethod / staticmethod -------------------------------------------------

fn classmethod_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("classmethod.__new__ needs a type"));
    };
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "classmethod expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::ClassMethod(arg(&args, 1)),
    ))
}

fn staticmethod_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("staticmethod.__new__ needs a type"));
    };
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "staticmethod expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::StaticMethod(arg(&args, 1)),
    ))
}

fn classmethod_get(vm: &Vm, args: Args) -> PyResult {
    let this = arg(&args, 0);
    let obj = arg(&args, 1);
    let owner = arg(&args, 2);
    let cls = if owner.is_none() {
        Value::Type(vm.type_of(&obj))
    } else {
        owner
    };
    match this.payload() {
        Some(Payload::ClassMethod(f)) => attr::bind_classmethod_like(vm, f, &cls),
        _ => Err(vm.type_error("descriptor requires a classmethod")),
    }
}

fn staticmethod_get(vm: &Vm, args: Args) -> PyResult {
    match arg(&args, 0).payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor requires a staticmethod")),
    }
}

fn staticmethod_call(vm: &Vm, mut args: Args) -> PyResult {
    let this = args.pos.remove(0);
    match this.payload() {
        Some(Payload::StaticMethod(f)) => vm.call_args(f, args),
        _ => Err(vm.type_error("descriptor requires a staticmethod")),
    }
}

// ----- super --------------------------------------------------------------------

/// `super(type, obj)`; the zero-argument form is resolved by the interpreter,
/// which passes `__class__` and the first argument of the calling frame.
pub fn super_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("super.__new__ needs a type"));
    };
    let ty = match args.pos.get(1) {
        Some(Value::Type(t)) => t.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "super() argument 1 must be a type, not {}",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.runtime_error("super(): no arguments")),
    };
    let obj = arg(&args, 2);
    let obj_type = match &obj {
        Value::Type(t) if t.is_subtype(&ty) => t.clone(),
        _ => {
            let ot = vm.type_of(&obj);
            if !ot.is_subtype(&ty) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            ot
        }
    };
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Super { ty, obj, obj_type },
    ))
}

// ----- iterators ------------------------------------------------------------------

fn iter_self(_vm: &Vm, args: Args) -> PyResult {
    Ok(arg(&args, 0))
}

fn iter_next(vm: &Vm, args: Args) -> PyResult {
    let it = arg(&args, 0);
    if let Value::Obj(o) = &it {
        if let Payload::Iter(st) = &o.payload {
            // The native stepper directly: `iter::next` would come back here for subclasses.
            return match iter::next_native(vm, o, st)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(None)),
            };
        }
    }
    if let Some(Payload::Iter(_)) = it.payload() {
        return match iter::next(vm, &it)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        };
    }
    Err(vm.type_error("descriptor '__next__' requires an iterator"))
}

fn iter_length_hint(vm: &Vm, args: Args) -> PyResult {
    let it = arg(&args, 0);
    if let Some(Payload::Iter(st)) = it.payload() {
        let n = match &*st.borrow() {
            IterKind::Seq { seq, index } => seq
                .as_obj()
                .and_then(|o| crate::runtime::ops::native_len(o))
                .unwrap_or(0)
                .saturating_sub(*index),
            IterKind::Range { next, stop, step } => {
                crate::runtime::ops::range_len(*next, *stop, *step) as usize
            }
            IterKind::BigRange(r) => crate::runtime::builtin_types::big_range::remaining(r),
            IterKind::Native(n) => match n.length_hint() {
                Some(n) => n,
                None => return Err(vm.type_error("no length hint")),
            },
            _ => 0,
        };
        return Ok(Value::Int(n as i64));
    }
    let _ = vm;
    Ok(Value::Int(0))
}

fn enumerate_new(vm: &Vm, mut args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("enumerate.__new__ needs a type"));
    };
    let start = args
        .take_kw("start")
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::Int(0)));
    let iterable = match args
        .take_kw("iterable")
        .or_else(|| args.pos.get(1).cloned())
    {
        Some(v) => v,
        None => {
            return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))
        }
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for enumerate()",
            k
        )));
    }
    if !matches!(start, Value::Int(_) | Value::Bool(_))
        && !matches!(start.payload(), Some(Payload::Int(_)))
    {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&start)
        )));
    }
    let it = iter::get_iter(vm, &iterable)?;
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Iter(Box::new(std::cell::RefCell::new(IterKind::Enumerate {
            iter: it,
            count: start,
        }))),
    ))
}

fn zip_new(vm: &Vm, mut args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("zip.__new__ needs a type"));
    };
    let strict = match args.take_kw("strict") {
        Some(v) => crate::runtime::ops::truthy(vm, &v)?,
        None => false,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{}'", k)));
    }
    let mut iters = Vec::new();
    for (i, a) in args.pos[1..].iter().enumerate() {
        match iter::get_iter(vm, a) {
            Ok(it) => iters.push(it),
            Err(e) => {
                if vm.err_is(&e, "TypeError") && iter::is_not_iterable_error(vm, a) {
                    return Err(
                        vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                    );
                }
                return Err(e);
            }
        }
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Iter(Box::new(std::cell::RefCell::new(IterKind::Zip {
            iters,
            strict,
        }))),
    ))
}

fn map_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("map.__new__ needs a type"));
    };
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[1].clone();
    let mut iters = Vec::new();
    for a in &args.pos[2..] {
        iters.push(iter::get_iter(vm, a)?);
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Iter(Box::new(std::cell::RefCell::new(IterKind::Map {
            func,
            iters,
        }))),
    ))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("filter.__new__ needs a type"));
    };
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let it = iter::get_iter(vm, &args.pos[2])?;
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Iter(Box::new(std::cell::RefCell::new(IterKind::Filter {
            func: args.pos[1].clone(),
            iter: it,
        }))),
    ))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("reversed.__new__ needs a type"));
    };
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let seq = args.pos[1].clone();
    let t = vm.type_of(&seq);
    {
        if let Some(f) = attr::lookup_type(&t, "__reversed__") {
            return vm.call(&f, vec![seq]);
        }
    }
    match seq.payload() {
        Some(Payload::Dict(_)) => {
            let keys: Vec<Value> = crate::runtime::dictops::items(
                seq.as_obj().ok_or_else(|| vm.type_error("bad dict"))?,
            )
            .into_iter()
            .rev()
            .map(|(k, _)| k)
            .collect();
            return Ok(vm.new_iter(
                &vm.t.list_iterator,
                IterKind::Seq {
                    seq: vm.new_list(keys),
                    index: 0,
                },
            ));
        }
        Some(Payload::DictView { kind, dict }) => {
            let items = crate::runtime::dictops::items(dict);
            let vals: Vec<Value> = items
                .into_iter()
                .rev()
                .map(|(k, v)| match kind {
                    0 => k,
                    1 => v,
                    _ => vm.new_tuple(vec![k, v]),
                })
                .collect();
            return Ok(vm.new_iter(
                &vm.t.list_iterator,
                IterKind::Seq {
                    seq: vm.new_list(vals),
                    index: 0,
                },
            ));
        }
        _ => {}
    }
    let has_seq = attr::lookup_type(&t, "__getitem__").is_some()
        && attr::lookup_type(&t, "__len__").is_some();
    if !has_seq || matches!(seq.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
        return Err(vm.type_error(format!("'{}' object is not reversible", t.name())));
    }
    let n = crate::runtime::ops::len(vm, &seq)?;
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Iter(Box::new(std::cell::RefCell::new(IterKind::Reversed {
            seq,
            index: n as isize - 1,
        }))),
    ))
}

// ----- NoneType, NotImplemented, Ellipsis ------------------------------------------

fn none_new(vm: &Vm, args: Args) -> PyResult {
    if args.pos.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn none_bool(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Bool(false))
}

// ----- module ------------------------------------------------------------------------

/// `types.ModuleType(name, doc=None)`.
fn module_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("module.__new__(X): X is not a type object"));
    };
    let name = args
        .pos
        .get(1)
        .and_then(|n| n.as_str().map(std::rc::Rc::from))
        .unwrap_or_else(|| std::rc::Rc::from("?"));
    let o = PyObject::new(cls, Payload::Module { name });
    let _ = o.dict.set(vm.new_dict_obj());
    Ok(Value::Obj(o))
}

fn module_init(vm: &Vm, mut args: Args) -> PyResult {
    let this = arg(&args, 0);
    let doc = args.take_kw("doc").unwrap_or_else(|| arg(&args, 2));
    let name = args.take_kw("name").unwrap_or_else(|| arg(&args, 1));
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let Some(d) = this.as_obj().and_then(|o| o.dict.get()).cloned() else {
        return Err(vm.type_error("module.__init__ needs a module"));
    };
    for (k, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        vm.dict_set_str(&d, k, v)?;
    }
    Ok(Value::None)
}

// ----- mappingproxy ------------------------------------------------------------------

/// A proxied mapping's own method (`items`, `keys`, `values`, `copy`).
fn mp_delegate(vm: &Vm, args: &Args, name: &str) -> Option<PyResult> {
    match arg(args, 0).payload() {
        Some(Payload::MappingView(m)) => {
            Some(crate::runtime::attr::getattr_str(vm, m, name).and_then(|f| vm.call(&f, vec![])))
        }
        _ => None,
    }
}

fn mp_new(vm: &Vm, args: Args) -> PyResult {
    let m = arg(&args, 1);
    let is_mapping = match m.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => false,
        Some(Payload::Dict(_) | Payload::MappingProxy(_) | Payload::MappingView(_)) => true,
        _ => crate::runtime::attr::lookup_type(&vm.type_of(&m), "__getitem__").is_some(),
    };
    if !is_mapping || args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(Value::Obj(PyObject::new(
        vm.t.mappingproxy.clone(),
        Payload::MappingView(m),
    )))
}

fn mp_len(vm: &Vm, args: Args) -> PyResult {
    match arg(&args, 0).payload() {
        Some(Payload::MappingView(m)) => Ok(Value::Int(crate::runtime::ops::len(vm, m)? as i64)),
        Some(Payload::MappingProxy(t)) => Ok(Value::Int(t.dict.borrow().len() as i64)),
        _ => Err(vm.type_error("mappingproxy expected")),
    }
}

fn mp_copy(vm: &Vm, args: Args) -> PyResult {
    if let Some(r) = mp_delegate(vm, &args, "copy") {
        return r;
    }
    match arg(&args, 0).payload() {
        Some(Payload::MappingProxy(t)) => {
            let d = vm.new_dict_obj();
            for (k, v) in t.dict.borrow().items() {
                crate::runtime::dictops::dict_set(vm, &d, k, v)?;
            }
            Ok(Value::Obj(d))
        }
        _ => Err(vm.type_error("mappingproxy expected")),
    }
}

fn mp_items(vm: &Vm, args: Args) -> PyResult {
    if let Some(r) = mp_delegate(vm, &args, "items") {
        return r;
    }
    match arg(&args, 0).payload() {
        Some(Payload::MappingProxy(t)) => {
            let items = t.dict.borrow().items();
            Ok(vm.new_list(
                items
                    .into_iter()
                    .map(|(k, v)| vm.new_tuple(vec![k, v]))
                    .collect(),
            ))
        }
        _ => Err(vm.type_error("mappingproxy expected")),
    }
}
fn mp_keys(vm: &Vm, args: Args) -> PyResult {
    if let Some(r) = mp_delegate(vm, &args, "keys") {
        return r;
    }
    match arg(&args, 0).payload() {
        Some(Payload::MappingProxy(t)) => Ok(vm.new_list(t.dict.borrow().keys())),
        _ => Err(vm.type_error("mappingproxy expected")),
    }
}
fn mp_values(vm: &Vm, args: Args) -> PyResult {
    if let Some(r) = mp_delegate(vm, &args, "values") {
        return r;
    }
    match arg(&args, 0).payload() {
        Some(Payload::MappingProxy(t)) => Ok(vm.new_list(t.dict.borrow().values())),
        _ => Err(vm.type_error("mappingproxy expected")),
    }
}
fn mp_get(vm: &Vm, args: Args) -> PyResult {
    let p = arg(&args, 0);
    match crate::runtime::ops::getitem(vm, &p, &arg(&args, 1)) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(arg(&args, 2)),
        Err(e) => Err(e),
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.t;
    add_staticmethod(vm, &t.property, "__new__", property_new);
    add_method(vm, &t.property, "__init__", property_init);
    add_method(vm, &t.property, "getter", property_getter);
    add_method(vm, &t.property, "setter", property_setter);
    add_method(vm, &t.property, "deleter", property_deleter);
    add_method(vm, &t.property, "__get__", property_get);
    add_method(vm, &t.property, "__set__", property_set);
    add_staticmethod(vm, &t.classmethod, "__new__", classmethod_new);
    add_method(vm, &t.classmethod, "__get__", classmethod_get);
    add_staticmethod(vm, &t.staticmethod, "__new__", staticmethod_new);
    add_method(vm, &t.staticmethod, "__get__", staticmethod_get);
    add_method(vm, &t.staticmethod, "__call__", staticmethod_call);
    add_staticmethod(vm, &t.super_, "__new__", super_new);
    add_method(vm, &t.super_, "__init__", property_init);
    for it in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        add_method(vm, it, "__iter__", iter_self);
        add_method(vm, it, "__next__", iter_next);
        add_method(vm, it, "__length_hint__", iter_length_hint);
    }
    add_staticmethod(vm, &t.enumerate, "__new__", enumerate_new);
    add_staticmethod(vm, &t.zip, "__new__", zip_new);
    add_staticmethod(vm, &t.map, "__new__", map_new);
    add_staticmethod(vm, &t.filter, "__new__", filter_new);
    add_staticmethod(vm, &t.reversed, "__new__", reversed_new);
    add_staticmethod(vm, &t.none_type, "__new__", none_new);
    add_method(vm, &t.none_type, "__bool__", none_bool);
    add_method(vm, &t.mappingproxy, "items", mp_items);
    add_method(vm, &t.mappingproxy, "keys", mp_keys);
    add_method(vm, &t.mappingproxy, "values", mp_values);
    add_method(vm, &t.mappingproxy, "get", mp_get);
    add_method(vm, &t.mappingproxy, "copy", mp_copy);
    add_method(vm, &t.mappingproxy, "__len__", mp_len);
    add_staticmethod(vm, &t.mappingproxy, "__new__", mp_new);
    add_staticmethod(vm, &t.module, "__new__", module_new);
    add_method(vm, &t.module, "__init__", module_init);
}
