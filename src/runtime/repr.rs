//! `repr()` of built-in objects, and `ascii()`.
//!
//! Container reprs recurse through `ops::repr` (so user `__repr__`s of elements
//! are honoured) and guard against self-reference the way CPython's
//! `Py_ReprEnter` does: an object already being repr'd on this thread prints as
//! `[...]` / `{...}`. Recursion depth is counted so a deeply nested structure
//! raises RecursionError instead of overflowing the Rust stack.
use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::strfuncs;
use crate::runtime::vm::Vm;

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Held while an object's repr is being built; a nested repr of the same object
/// sees `enter` fail and prints `...`.
pub struct ReprGuard(usize);
impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|&x| x == self.0) {
                s.remove(p);
            }
        });
    }
}

pub fn enter(id: usize) -> Option<ReprGuard> {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&id) {
            None
        } else {
            s.push(id);
            Some(ReprGuard(id))
        }
    })
}

fn join_reprs(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&ops::repr(vm, it)?);
    }
    Ok(out)
}

pub fn addr(v: &Value) -> usize {
    v.identity()
}

pub fn native_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(o) = v else {
        return match v {
            Value::Type(t) => Ok(type_repr(t)),
            _ => ops::repr(vm, v),
        };
    };
    crate::tiers::interp::enter_recursion(vm).map_err(|_| {
        vm.new_error(
            "RecursionError",
            "maximum recursion depth exceeded while getting the repr of an object",
        )
    })?;
    let r = native_repr_inner(vm, v, o);
    vm.depth.set(vm.depth.get() - 1);
    r
}

pub fn type_repr(t: &TypeRef) -> String {
    let module = t.module.borrow().clone();
    if &*module == "builtins" {
        format!("<class '{}'>", t.qualname.borrow())
    } else {
        format!("<class '{}.{}'>", module, t.qualname.borrow())
    }
}

fn native_repr_inner(vm: &Vm, v: &Value, o: &ObjRef) -> PyResult<String> {
    let id = addr(v);
    Ok(match &o.payload {
        Payload::Str(s) => strfuncs::repr_str(&s.value),
        Payload::Int(b) => b.to_string(),
        Payload::Float(f) => crate::runtime::numfmt::float_repr(*f),
        Payload::Complex(r, i) => crate::runtime::builtin_types::complex::complex_repr(*r, *i),
        Payload::Bytes(b) => crate::runtime::bytesfuncs::repr_bytes(b, "b"),
        Payload::ByteArray(b) => crate::runtime::bytesfuncs::repr_bytearray(&b.borrow()),
        Payload::List(l) => {
            let Some(_g) = enter(id) else {
                return Ok("[...]".into());
            };
            let items = l.borrow().clone();
            format!("[{}]", join_reprs(vm, &items)?)
        }
        Payload::Tuple(t) => {
            let Some(_g) = enter(id) else {
                return Ok("(...)".into());
            };
            if t.len() == 1 {
                format!("({},)", ops::repr(vm, &t[0])?)
            } else {
                format!("({})", join_reprs(vm, t)?)
            }
        }
        Payload::Dict(d) => {
            let Some(_g) = enter(id) else {
                return Ok("{...}".into());
            };
            let items = d.borrow().items();
            let mut out = String::from("{");
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&ops::repr(vm, k)?);
                out.push_str(": ");
                out.push_str(&ops::repr(vm, val)?);
            }
            out.push('}');
            out
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            let name = o.class.name();
            let items = crate::runtime::setops::set_items(o);
            let Some(_g) = enter(id) else {
                return Ok(format!("{}(...)", name));
            };
            let is_frozen = matches!(o.payload, Payload::FrozenSet(_));
            if items.is_empty() {
                return Ok(format!("{}()", name));
            }
            let inner = format!("{{{}}}", join_reprs(vm, &items)?);
            if is_frozen || !o.class.builtin {
                format!("{}({})", name, inner)
            } else {
                inner
            }
        }
        Payload::BigRange(r) => crate::runtime::builtin_types::big_range::repr(r),
        Payload::Range { start, stop, step } => {
            if *step == 1 {
                format!("range({}, {})", start, stop)
            } else {
                format!("range({}, {}, {})", start, stop, step)
            }
        }
        Payload::Slice { start, stop, step } => {
            format!(
                "slice({}, {}, {})",
                ops::repr(vm, start)?,
                ops::repr(vm, stop)?,
                ops::repr(vm, step)?
            )
        }
        Payload::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), id),
        Payload::Builtin(b) => match (&b.bound_self, &b.owner) {
            (Some(s), _) if !matches!(s, Value::Obj(so) if matches!(so.payload, Payload::Module { .. })) =>
            {
                let tn = vm.type_name(s);
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    tn,
                    addr(s)
                )
            }
            (None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, owner.name()),
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method { func, this } => {
            let fname = match func.payload() {
                Some(Payload::Function(f)) => f.qualname.borrow().to_string(),
                _ => callable_name(vm, func),
            };
            format!("<bound method {} of {}>", fname, ops::repr(vm, this)?)
        }
        Payload::Module { name } => {
            let file = o
                .dict
                .get()
                .and_then(|d| vm.dict_get_str(d, "__file__"))
                .and_then(|f| f.as_str().map(|s| s.to_string()));
            match file {
                Some(f) => format!("<module '{}' from '{}'>", name, f),
                None if crate::runtime::modules::BUILTIN_MODULE_NAMES.contains(&&**name) => {
                    format!("<module '{}' (built-in)>", name)
                }
                None => format!("<module '{}'>", name),
            }
        }
        Payload::Cell(c) => match &*c.borrow() {
            Some(x) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                id,
                vm.type_name(x),
                addr(x)
            ),
            None => format!("<cell at {:#x}: empty>", id),
        },
        Payload::Exception(d) => {
            let args = d.borrow().args.clone();
            let name = o.class.name();
            if args.len() == 1 {
                format!("{}({})", name, ops::repr(vm, &args[0])?)
            } else {
                format!("{}({})", name, join_reprs(vm, &args)?)
            }
        }
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name, id, c.filename, c.first_line
        ),
        Payload::MappingView(m) => format!("mappingproxy({})", ops::repr(vm, m)?),
        Payload::MappingProxy(t) => {
            let items = t.dict.borrow().items();
            let mut out = String::from("mappingproxy({");
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&ops::repr(vm, k)?);
                out.push_str(": ");
                out.push_str(&ops::repr(vm, val)?);
            }
            out.push_str("})");
            out
        }
        Payload::DictView { kind, dict } => {
            let Some(_g) = enter(id) else {
                return Ok("...".into());
            };
            let items = crate::runtime::dictops::items(dict);
            let vals: Vec<Value> = match kind {
                0 => items.into_iter().map(|(k, _)| k).collect(),
                1 => items.into_iter().map(|(_, v)| v).collect(),
                _ => items
                    .into_iter()
                    .map(|(k, v)| vm.new_tuple(vec![k, v]))
                    .collect(),
            };
            format!("{}([{}])", o.class.name(), join_reprs(vm, &vals)?)
        }
        Payload::Property { .. } => format!("<property object at {:#x}>", id),
        Payload::ClassMethod(_) => format!("<classmethod(<function at {:#x}>)>", id),
        Payload::StaticMethod(_) => format!("<staticmethod(<function at {:#x}>)>", id),
        Payload::Super { ty, obj, .. } => format!(
            "<super: <class '{}'>, <{} object>>",
            ty.name(),
            vm.type_name(obj)
        ),
        Payload::WeakRef(w) => match w.upgrade() {
            Some(t) => format!(
                "<weakref at {:#x}; to '{}' at {:#x}>",
                id,
                t.class.name(),
                Rc::as_ptr(&t) as *const u8 as usize
            ),
            None => format!("<weakref at {:#x}; dead>", id),
        },
        Payload::Generator(st) => {
            let s = st.borrow();
            let kind = match s.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            };
            format!("<{} object {} at {:#x}>", kind, s.qualname, id)
        }
        Payload::Iter(_) if crate::runtime::native_iter::state_of(v).is_some() => {
            let state = crate::runtime::native_iter::state_of(v);
            match state.and_then(|s| s.repr(vm)) {
                Some(r) => r?,
                None => format!(
                    "<{}.{} object at {:#x}>",
                    o.class.module.borrow(),
                    o.class.qualname.borrow(),
                    id
                ),
            }
        }
        _ => {
            if o.class.builtin && Rc::ptr_eq(&o.class, &vm.t.none_type) {
                return Ok("None".into());
            }
            if Rc::ptr_eq(&o.class, &vm.t.ellipsis_type) {
                return Ok("Ellipsis".into());
            }
            if Rc::ptr_eq(&o.class, &vm.t.not_implemented_type) {
                return Ok("NotImplemented".into());
            }
            let module = o.class.module.borrow().clone();
            if &*module == "builtins" {
                format!("<{} object at {:#x}>", o.class.qualname.borrow(), id)
            } else {
                format!(
                    "<{}.{} object at {:#x}>",
                    module,
                    o.class.qualname.borrow(),
                    id
                )
            }
        }
    })
}

/// `ascii(v)`: repr with non-ASCII escaped.
pub fn ascii(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = ops::repr(vm, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    Ok(out)
}

/// A callable's name for messages like "f() argument after ** must be a mapping".
pub fn callable_name(vm: &Vm, f: &Value) -> String {
    match f {
        Value::Type(t) => t.name().to_string(),
        Value::Obj(o) => match &o.payload {
            Payload::Function(func) => match func.module.as_str() {
                Some(m) if m != "builtins" => format!("{}.{}()", m, func.qualname.borrow()),
                _ => format!("{}()", func.qualname.borrow()),
            },
            Payload::Builtin(b) => format!("{}()", b.name),
            Payload::Method { func, .. } => callable_name(vm, func),
            _ => format!("{} object", o.class.name()),
        },
        _ => format!("{} object", vm.type_name(f)),
    }
}
