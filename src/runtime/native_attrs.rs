//! Attributes of built-in objects answered natively (`f.__name__`,
//! `cls.__mro__`, `exc.args`, `range.start` …), so these objects need no
//! per-attribute descriptor objects. Consulted by `attr` after the type's data
//! descriptors and the instance dict, before non-data descriptors.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn s(vm: &Vm, x: &str) -> Value {
    vm.new_str(x)
}

/// `getattr(f, "__isabstractmethod__", False)` made truthy, as property and
/// classmethod report it for the functions they wrap.
fn is_abstract(vm: &Vm, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match crate::runtime::attr::getattr_opt(vm, f, "__isabstractmethod__")? {
        Some(v) => crate::runtime::ops::truthy(vm, &v),
        None => Ok(false),
    }
}

/// `co_flags` with CPython's bit values (`inspect` tests them): optimized and
/// new-locals for functions, varargs 4, varkeywords 8, nested 16, generator
/// 32, coroutine 128, async generator 512.
fn cpython_code_flags(c: &crate::frontend::bytecode::Code) -> u32 {
    use crate::frontend::bytecode::code_flags as f;
    let mut out = 0;
    if c.flags & f::NAME_LOCALS == 0 {
        out |= 1 | 2;
    }
    for (ours, theirs) in [
        (f::VARARGS, 4),
        (f::VARKEYWORDS, 8),
        (f::GENERATOR, 32),
        (f::COROUTINE, 128),
        (f::ASYNC_GENERATOR, 512),
    ] {
        if c.flags & ours != 0 {
            out |= theirs;
        }
    }
    if !c.freevars.is_empty() {
        out |= 16;
    }
    out
}

pub fn native_attr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Type(vm.type_of(obj))));
    }
    let o = match obj {
        Value::Type(t) => return type_attr(vm, t, name),
        Value::Obj(o) => o,
        _ => return Ok(None),
    };
    if name == "__dict__" {
        if let Some(d) = o.dict.get() {
            return Ok(Some(Value::Obj(d.clone())));
        }
        if let Payload::Function(_) = &o.payload {
            let d = o.dict.get_or_init(|| vm.new_dict_obj());
            return Ok(Some(Value::Obj(d.clone())));
        }
    }
    Ok(match &o.payload {
        Payload::Function(f) => match name {
            "__name__" => Some(s(vm, &f.name.borrow())),
            "__qualname__" => Some(s(vm, &f.qualname.borrow())),
            "__module__" => Some(f.module.clone()),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__defaults__" => {
                let d = f.defaults.borrow();
                Some(if d.is_empty() {
                    Value::None
                } else {
                    vm.new_tuple(d.clone())
                })
            }
            "__kwdefaults__" => Some(
                f.kwdefaults
                    .borrow()
                    .clone()
                    .map(Value::Obj)
                    .unwrap_or(Value::None),
            ),
            "__code__" => Some(vm.new_code(f.code.clone())),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                vm.new_tuple(f.closure.iter().map(|c| Value::Obj(c.clone())).collect())
            }),
            "__annotations__" => {
                let mut a = f.annotations.borrow_mut();
                if a.is_none() {
                    *a = Some(vm.new_dict());
                }
                a.clone()
            }
            "__builtins__" => Some(Value::Obj(vm.builtins_dict())),
            _ => None,
        },
        Payload::Method { func, this } => match name {
            "__self__" => Some(this.clone()),
            "__func__" => Some(func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__code__"
            | "__defaults__" | "__annotations__" | "__wrapped__" => {
                crate::runtime::attr::getattr_opt(vm, func, name)?
            }
            _ => None,
        },
        Payload::Builtin(b) => match name {
            "__name__" => Some(s(vm, b.name)),
            "__qualname__" => Some(match &b.owner {
                Some(t) => s(vm, &format!("{}.{}", t.name(), b.name)),
                None => s(vm, b.name),
            }),
            "__self__" => Some(b.bound_self.clone().unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if b.owner.is_none() {
                s(vm, "builtins")
            } else {
                Value::None
            }),
            "__text_signature__" => Some(Value::None),
            _ => None,
        },
        Payload::Exception(d) => match name {
            "args" => Some(vm.new_tuple(d.borrow().args.clone())),
            "__traceback__" => Some(if d.borrow().traceback.is_empty() {
                Value::None
            } else {
                crate::runtime::modules::traceback_object(vm, o)
            }),
            "__cause__" => Some(d.borrow().cause.clone().unwrap_or(Value::None)),
            "__context__" => Some(d.borrow().context.clone().unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(d.borrow().suppress_context)),
            "__notes__" => {
                let n = d.borrow().notes.clone();
                if n.is_empty() {
                    None
                } else {
                    Some(vm.new_list(n))
                }
            }
            "value" if o.class.is_subtype(&vm.exc_type("StopIteration")) => {
                Some(d.borrow().args.first().cloned().unwrap_or(Value::None))
            }
            "code" if o.class.is_subtype(&vm.exc_type("SystemExit")) => {
                let a = d.borrow().args.clone();
                Some(match a.len() {
                    0 => Value::None,
                    1 => a[0].clone(),
                    _ => vm.new_tuple(a),
                })
            }
            "msg"
                if o.class.is_subtype(&vm.exc_type("ImportError"))
                    || o.class.is_subtype(&vm.exc_type("SyntaxError")) =>
            {
                Some(d.borrow().args.first().cloned().unwrap_or(Value::None))
            }
            "name" | "path" if o.class.is_subtype(&vm.exc_type("ImportError")) => Some(Value::None),
            "encoding" | "object" | "start" | "end" | "reason"
                if o.class.is_subtype(&vm.exc_type("UnicodeError")) =>
            {
                let i = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                let a = d.borrow().args.clone();
                if a.len() == 5 {
                    Some(a[i].clone())
                } else {
                    None
                }
            }
            "exceptions" if o.class.is_subtype(&vm.exc_type("BaseExceptionGroup")) => {
                Some(vm.new_tuple(crate::runtime::exc_group::group_exceptions(vm, o)))
            }
            "message" if o.class.is_subtype(&vm.exc_type("BaseExceptionGroup")) => {
                d.borrow().args.first().cloned()
            }
            "errno" | "strerror" | "filename" | "filename2"
                if o.class.is_subtype(&vm.exc_type("OSError")) =>
            {
                Some(Value::None)
            }
            "lineno" | "offset" | "text" | "filename" | "end_lineno" | "end_offset"
                if o.class.is_subtype(&vm.exc_type("SyntaxError")) =>
            {
                Some(Value::None)
            }
            _ => None,
        },
        Payload::BigRange(r) => crate::runtime::builtin_types::big_range::attr(vm, r, name),
        Payload::Range { start, stop, step } => match name {
            "start" => Some(Value::Int(*start)),
            "stop" => Some(Value::Int(*stop)),
            "step" => Some(Value::Int(*step)),
            _ => None,
        },
        Payload::Slice { start, stop, step } => match name {
            "start" => Some(start.clone()),
            "stop" => Some(stop.clone()),
            "step" => Some(step.clone()),
            _ => None,
        },
        Payload::Cell(c) => match name {
            "cell_contents" => match &*c.borrow() {
                Some(v) => Some(v.clone()),
                None => return Err(vm.value_error("Cell is empty")),
            },
            _ => None,
        },
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        } => match name {
            "fget" => Some(fget.clone()),
            "fset" => Some(fset.clone()),
            "fdel" => Some(fdel.clone()),
            "__doc__" => Some(if doc.is_none() && !fget.is_none() {
                crate::runtime::attr::getattr_opt(vm, fget, "__doc__")?.unwrap_or(Value::None)
            } else {
                doc.clone()
            }),
            "__isabstractmethod__" => {
                for f in [fget, fset, fdel] {
                    if is_abstract(vm, f)? {
                        return Ok(Some(Value::Bool(true)));
                    }
                }
                Some(Value::Bool(false))
            }
            _ => None,
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__isabstractmethod__" => Some(Value::Bool(is_abstract(vm, f)?)),
            "__doc__" | "__name__" | "__qualname__" => {
                crate::runtime::attr::getattr_opt(vm, f, name)?
            }
            _ => None,
        },
        Payload::Code(c) => match name {
            "co_name" => Some(s(vm, &c.name)),
            "co_qualname" => Some(s(vm, &c.qualname)),
            "co_filename" => Some(s(vm, &c.filename)),
            "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.argcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
            "co_flags" => Some(Value::Int(cpython_code_flags(c) as i64)),
            "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
            "co_varnames" => Some(vm.new_tuple(c.varnames.iter().map(|n| s(vm, n)).collect())),
            "co_cellvars" => Some(vm.new_tuple(c.cellvars.iter().map(|n| s(vm, n)).collect())),
            "co_freevars" => Some(vm.new_tuple(c.freevars.iter().map(|n| s(vm, n)).collect())),
            "co_names" => Some(vm.new_tuple(c.names.clone())),
            "co_consts" => Some(vm.new_tuple(c.consts.clone())),
            _ => None,
        },
        Payload::Generator(st) => match name {
            "__name__" => Some(s(vm, &st.borrow().name)),
            "__qualname__" => Some(s(vm, &st.borrow().qualname)),
            "gi_running" | "cr_running" => Some(Value::Bool(st.borrow().running)),
            "gi_frame" | "cr_frame" => Some(if st.borrow().frame.is_some() {
                Value::Bool(true)
            } else {
                Value::None
            }),
            _ => None,
        },
        Payload::Module { name: mname } => match name {
            "__name__" => Some(s(vm, mname)),
            _ => None,
        },
        Payload::Super { .. } => None,
        Payload::DictView { dict, .. } if name == "mapping" => Some(Value::Obj(PyObject::new(
            vm.t.mappingproxy.clone(),
            Payload::Plain,
        )))
        .map(|_| Value::Obj(dict.clone())),
        _ => None,
    })
}

fn type_attr(vm: &Vm, t: &TypeRef, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__name__" => Some(s(vm, &t.name())),
        "__qualname__" => Some(s(vm, &t.qualname.borrow())),
        "__module__" => Some(s(vm, &t.module.borrow())),
        "__bases__" => Some(
            vm.new_tuple(
                t.bases
                    .borrow()
                    .iter()
                    .map(|b| Value::Type(b.clone()))
                    .collect(),
            ),
        ),
        "__base__" => Some(
            t.bases
                .borrow()
                .first()
                .map(|b| Value::Type(b.clone()))
                .unwrap_or(Value::None),
        ),
        "__mro__" => Some(
            vm.new_tuple(
                t.mro
                    .borrow()
                    .iter()
                    .map(|b| Value::Type(b.clone()))
                    .collect(),
            ),
        ),
        "__dict__" => Some(Value::Obj(PyObject::new(
            vm.t.mappingproxy.clone(),
            Payload::MappingProxy(t.clone()),
        ))),
        "__doc__" => Some(Value::None),
        "__annotations__" => {
            let d = vm.new_dict();
            crate::runtime::setup::set_type_attr(vm, t, "__annotations__", d.clone());
            Some(d)
        }
        "__abstractmethods__" => None,
        "__flags__" => Some(Value::Int(0)),
        "__text_signature__" => Some(Value::None),
        "__basicsize__" => Some(Value::Int(16)),
        _ => crate::runtime::builtin_types::descriptors::class_access(vm, t, name),
    })
}

/// Assignment to natively-held attributes; `Ok(None)` if not handled here.
pub fn native_setattr(
    vm: &Vm,
    o: &ObjRef,
    name: &str,
    value: Option<Value>,
) -> PyResult<Option<()>> {
    match &o.payload {
        // `property.__doc__` is writable (namedtuple fields get their docs so);
        // the new value goes to the object's own dict, read before the getter's.
        Payload::Property { .. } if name == "__doc__" => {
            let d = o.dict.get_or_init(|| vm.new_dict_obj()).clone();
            crate::runtime::dictops::dict_set(
                vm,
                &d,
                vm.intern(name),
                value.unwrap_or(Value::None),
            )?;
            Ok(Some(()))
        }
        Payload::Function(f) => {
            match (name, &value) {
                ("__name__", Some(v)) => {
                    *f.name.borrow_mut() =
                        Rc::from(v.as_str().ok_or_else(|| {
                            vm.type_error("__name__ must be set to a string object")
                        })?)
                }
                ("__qualname__", Some(v)) => {
                    *f.qualname.borrow_mut() = Rc::from(v.as_str().ok_or_else(|| {
                        vm.type_error("__qualname__ must be set to a string object")
                    })?)
                }
                ("__doc__", Some(v)) => *f.doc.borrow_mut() = v.clone(),
                ("__defaults__", Some(v)) => {
                    *f.defaults.borrow_mut() = match v.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    }
                }
                ("__kwdefaults__", Some(v)) => *f.kwdefaults.borrow_mut() = v.as_obj().cloned(),
                ("__defaults__", None) => f.defaults.borrow_mut().clear(),
                ("__kwdefaults__", None) => *f.kwdefaults.borrow_mut() = None,
                ("__annotations__", Some(v)) => *f.annotations.borrow_mut() = Some(v.clone()),
                _ => {
                    let d = o.dict.get_or_init(|| vm.new_dict_obj()).clone();
                    match value {
                        Some(v) => crate::runtime::dictops::dict_set(vm, &d, vm.intern(name), v)?,
                        None => {
                            if !crate::runtime::dictops::dict_del(vm, &d, &vm.intern(name))? {
                                return Err(vm.attribute_error(format!(
                                    "'function' object has no attribute '{}'",
                                    name
                                )));
                            }
                        }
                    }
                }
            }
            Ok(Some(()))
        }
        Payload::Exception(d) => {
            let mut d = d.borrow_mut();
            match name {
                "__cause__" => {
                    d.cause = value.filter(|v| !v.is_none());
                    d.suppress_context = true;
                }
                "__context__" => d.context = value.filter(|v| !v.is_none()),
                "__suppress_context__" => {
                    d.suppress_context = matches!(value, Some(Value::Bool(true)))
                }
                "__traceback__" => {}
                "args" => {
                    drop(d);
                    let items = match &value {
                        Some(v) => crate::runtime::iter::collect(vm, v)?,
                        None => Vec::new(),
                    };
                    if let Payload::Exception(d) = &o.payload {
                        d.borrow_mut().args = items;
                    }
                }
                _ => return Ok(None),
            }
            Ok(Some(()))
        }
        _ => Ok(None),
    }
}
