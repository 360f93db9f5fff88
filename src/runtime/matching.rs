//! Run-time support for `match` statements: which subjects count as sequences
//! and mappings, key extraction for mapping patterns, and class patterns with
//! `__match_args__` (the built-in types that match their subject positionally —
//! bool, int, float, str, bytes, tuple, list, dict, set … — take one positional
//! sub-pattern that matches the subject itself, as in CPython).
use crate::runtime::attr;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. }) => true,
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => {
            false
        }
        _ => {
            let t = vm.type_of(v);
            let found = t.mro.borrow().iter().any(|c| {
                let n = c.name();
                (&*n == "Sequence" || &*n == "MutableSequence")
                    && &**c.module.borrow() != "builtins"
            });
            found
        }
    }
}

pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_) | Payload::MappingProxy(_) | Payload::MappingView(_)) => true,
        _ => {
            let t = vm.type_of(v);
            let found = t.mro.borrow().iter().any(|c| {
                let n = c.name();
                (&*n == "Mapping" || &*n == "MutableMapping") && &**c.module.borrow() != "builtins"
            });
            found
        }
    }
}

pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let Some(Payload::Tuple(ks)) = keys.payload() else {
        return Ok(Value::None);
    };
    let mut vals = Vec::with_capacity(ks.len());
    let get = attr::getattr_opt(vm, subject, "get")?;
    let sentinel = Value::Obj(PyObject::new(vm.t.object.clone(), Payload::Plain));
    for (i, k) in ks.iter().enumerate() {
        if ks[..i]
            .iter()
            .any(|p| crate::runtime::ops::eq(vm, p, k).unwrap_or(false))
        {
            return Err(vm.value_error(format!(
                "mapping pattern checks duplicate key ({})",
                crate::runtime::ops::repr(vm, k)?
            )));
        }
        let v = match &get {
            Some(g) => vm.call(g, vec![k.clone(), sentinel.clone()])?,
            None => return Ok(Value::None),
        };
        if v.is(&sentinel) {
            return Ok(Value::None);
        }
        vals.push(v);
    }
    Ok(vm.new_tuple(vals))
}

fn self_matching(vm: &Vm, t: &TypeRef) -> bool {
    let tt = &vm.t;
    [
        &tt.bool_,
        &tt.bytearray,
        &tt.bytes,
        &tt.dict,
        &tt.float,
        &tt.frozenset,
        &tt.int,
        &tt.list,
        &tt.set,
        &tt.str,
        &tt.tuple,
    ]
    .iter()
    .any(|b| t.mro.borrow().iter().any(|c| std::rc::Rc::ptr_eq(c, b)) && t.builtin)
}

pub fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Value::Type(t) = cls else {
        return Err(vm.type_error("called match pattern must be a class"));
    };
    if !vm.isinstance_type(subject, t) {
        return Ok(Value::None);
    }
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = attr::lookup_type(t, "__match_args__");
        match match_args {
            None if self_matching(vm, t)
                || t.mro.borrow().iter().any(|c| {
                    c.builtin && self_matching(vm, c) && !std::rc::Rc::ptr_eq(c, &vm.t.object)
                }) =>
            {
                if npos > 1 {
                    return Err(vm.type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        t.name(),
                        npos
                    )));
                }
                out.push(subject.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({} given)",
                    t.name(),
                    npos
                )));
            }
            Some(ma) => {
                let Some(Payload::Tuple(items)) = ma.payload() else {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name(),
                        vm.type_name(&ma)
                    )));
                };
                if npos > items.len() {
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name(),
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for it in items.iter().take(npos) {
                    let n = it
                        .as_str()
                        .ok_or_else(|| vm.type_error("__match_args__ elements must be strings"))?;
                    seen.push(n.to_string());
                    match attr::getattr_opt(vm, subject, n)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
    }
    if let Some(Payload::Tuple(kws)) = names.payload() {
        for k in kws.iter() {
            let n = k.as_str().unwrap_or("");
            if seen.iter().any(|s| s == n) {
                return Err(vm.type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{}'",
                    t.name(),
                    n
                )));
            }
            seen.push(n.to_string());
            match attr::getattr_opt(vm, subject, n)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
    }
    Ok(vm.new_tuple(out))
}
