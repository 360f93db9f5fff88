//! Exception objects: construction, `str()`, matching, raising rules, and the
//! uncaught-exception report.
//!
//! Every exception instance carries `ExcData` (args, traceback entries, cause,
//! context, notes) whatever its class, so user subclasses work without extra
//! machinery. The report printed for an uncaught exception follows CPython 3.11:
//! the chained exceptions first (`__cause__` "The above exception was the direct
//! cause…", `__context__` "During handling of the above exception…"), each with
//! a "Traceback (most recent call last):" block giving file, line, function and
//! the stripped source line, then `Type: message`.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

pub fn exc_data(o: &ObjRef) -> Option<&std::cell::RefCell<ExcData>> {
    match &o.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// Turn the operand of `raise` into an exception instance.
pub fn make_raisable(vm: &Vm, v: Value) -> PyResult<PyErr> {
    match &v {
        Value::Type(t) if t.is_subtype(&vm.t.base_exception) => {
            let inst = vm.call(&v, vec![])?;
            match inst {
                Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o),
                other => Err(vm.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::runtime::repr::type_repr(t),
                    vm.type_name(&other)
                ))),
            }
        }
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

pub fn make_cause(vm: &Vm, c: Value) -> PyResult<Option<Value>> {
    match &c {
        Value::None => Ok(None),
        Value::Type(t) if t.is_subtype(&vm.t.base_exception) => {
            Ok(Some(Value::Obj(make_raisable(vm, c)?)))
        }
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(Some(c)),
        _ => Err(vm.type_error("exception causes must derive from BaseException")),
    }
}

/// `except T:` matching (T a class or tuple of classes).
pub fn exception_matches(vm: &Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    match ty {
        Value::Type(t) => {
            if !t.is_subtype(&vm.t.base_exception) {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(vm.isinstance_type(exc, t))
        }
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if exception_matches(vm, exc, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        },
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

pub fn traceback_value(_vm: &Vm, _exc: &Value) -> Value {
    Value::None
}

/// `str(exc)` for built-in exception payloads.
pub fn exc_str(vm: &Vm, o: &ObjRef) -> PyResult<String> {
    let Some(d) = exc_data(o) else {
        return Ok(String::new());
    };
    let args = d.borrow().args.clone();
    if o.class.is_subtype(&vm.exc_type("UnicodeError")) {
        if let Some(s) = crate::runtime::builtin_types::str::str_args::unicode_error_str(&args) {
            return Ok(s);
        }
    }
    if o.class.is_subtype(&vm.exc_type("KeyError")) && args.len() == 1 {
        return ops::repr(vm, &args[0]);
    }
    if o.class.is_subtype(&vm.exc_type("BaseExceptionGroup")) && args.len() == 2 {
        let msg = ops::str_(vm, &args[0])?;
        let n = ops::len(vm, &args[1]).unwrap_or(0);
        return Ok(format!(
            "{} ({} sub-exception{})",
            msg,
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
    if o.class.is_subtype(&vm.exc_type("OSError")) && args.len() >= 2 {
        let filename = o
            .dict
            .get()
            .and_then(|dd| vm.dict_get_str(dd, "filename"))
            .filter(|f| !f.is_none());
        let (errno, strerror) = (ops::str_(vm, &args[0])?, ops::str_(vm, &args[1])?);
        return Ok(match filename {
            Some(f) => format!("[Errno {}] {}: {}", errno, strerror, ops::repr(vm, &f)?),
            None => format!("[Errno {}] {}", errno, strerror),
        });
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => ops::str_(vm, &args[0]),
        _ => ops::repr(vm, &vm.new_tuple(args)),
    }
}

fn self_exc(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn exc_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    crate::runtime::call::new_instance(vm, &cls, args.pos[1..].to_vec())
}

fn exc_init(vm: &Vm, args: Args) -> PyResult {
    let o = self_exc(vm, &args)?;
    if let Some(d) = exc_data(&o) {
        d.borrow_mut().args = args.pos[1..].to_vec();
    }
    if o.class.is_subtype(&vm.exc_type("OSError")) && args.pos.len() >= 3 {
        if let Some(dd) = o.dict.get() {
            vm.dict_set_str(dd, "errno", args.pos[1].clone())?;
            vm.dict_set_str(dd, "strerror", args.pos[2].clone())?;
            vm.dict_set_str(
                dd,
                "filename",
                args.pos.get(3).cloned().unwrap_or(Value::None),
            )?;
        }
    }
    Ok(Value::None)
}

fn exc_str_m(vm: &Vm, args: Args) -> PyResult {
    let o = self_exc(vm, &args)?;
    Ok(vm.new_string(exc_str(vm, &o)?))
}

fn exc_repr_m(vm: &Vm, args: Args) -> PyResult {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(vm.new_string(crate::runtime::repr::native_repr(vm, &v)?))
}

fn exc_with_traceback(vm: &Vm, args: Args) -> PyResult {
    let o = self_exc(vm, &args)?;
    Ok(Value::Obj(o))
}

fn exc_add_note(vm: &Vm, args: Args) -> PyResult {
    let o = self_exc(vm, &args)?;
    let note = args.pos.get(1).cloned().unwrap_or(Value::None);
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    if let Some(d) = exc_data(&o) {
        d.borrow_mut().notes.push(note);
    }
    Ok(Value::None)
}

fn exc_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = self_exc(vm, &args)?;
    let a = exc_data(&o)
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    Ok(vm.new_tuple(vec![Value::Type(o.class.clone()), vm.new_tuple(a)]))
}

fn eg_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("ExceptionGroup.__new__ needs a type"));
    };
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    if args.pos[1].as_str().is_none() {
        return Err(
            vm.type_error("argument 1 must be str, not ".to_string() + &vm.type_name(&args.pos[1]))
        );
    }
    let excs = crate::runtime::iter::collect(vm, &args.pos[2])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exc = true;
    for e in &excs {
        match e {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
                if !o.class.is_subtype(&vm.exc_type("Exception")) {
                    all_exc = false;
                }
            }
            _ => {
                return Err(vm.value_error(format!(
                    "Item {} of second argument (exceptions) is not an exception",
                    0
                )))
            }
        }
    }
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &vm.exc_type("BaseExceptionGroup")) && all_exc {
        cls = vm.exc_type("ExceptionGroup");
    }
    // `args` keeps the sequence as given (a list stays a list in the repr);
    // `exceptions` is always a tuple.
    let _ = excs;
    let v = crate::runtime::call::new_instance(
        vm,
        &cls,
        vec![args.pos[1].clone(), args.pos[2].clone()],
    )?;
    Ok(v)
}

pub fn register(vm: &Vm) {
    let be = vm.t.base_exception.clone();
    crate::runtime::setup::add_staticmethod(vm, &be, "__new__", exc_new);
    add_method(vm, &be, "__init__", exc_init);
    add_method(vm, &be, "__str__", exc_str_m);
    add_method(vm, &be, "__repr__", exc_repr_m);
    add_method(vm, &be, "with_traceback", exc_with_traceback);
    add_method(vm, &be, "add_note", exc_add_note);
    add_method(vm, &be, "__reduce__", exc_reduce);
    let beg = vm.exc_type("BaseExceptionGroup");
    crate::runtime::setup::add_staticmethod(vm, &beg, "__new__", eg_new);
    add_method(vm, &beg, "__init__", |_, _| Ok(Value::None));
    crate::runtime::exc_group::register(vm);
    crate::runtime::generator::register(vm);
}

// ----- the uncaught exception report ---------------------------------------------

pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let text = crate::runtime::import::source_cache_get(filename)
        .or_else(|| std::fs::read_to_string(filename).ok())?;
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.trim().to_string())
}

/// Line `line` of `filename` as CPython's traceback printer reads it: without
/// its line terminator, indentation and trailing blanks kept.
pub fn source_line_raw(filename: &str, line: u32) -> Option<String> {
    let text = crate::runtime::import::source_cache_get(filename)
        .or_else(|| std::fs::read_to_string(filename).ok())?;
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.to_string())
}

pub fn format_exception(vm: &Vm, exc: &ObjRef) -> String {
    crate::runtime::exc_print::format_exception(vm, exc)
}

/// The final `Type: message` line(s).
pub fn exception_only(vm: &Vm, exc: &ObjRef) -> String {
    let t = &exc.class;
    let module = t.module.borrow().clone();
    let name = if &*module == "builtins" || &*module == "__main__" {
        t.qualname.borrow().to_string()
    } else {
        format!("{}.{}", module, t.qualname.borrow())
    };
    let mut out = String::new();
    if t.is_subtype(&vm.exc_type("SyntaxError")) {
        if let Some(dd) = exc.dict.get() {
            let file = vm
                .dict_get_str(dd, "filename")
                .and_then(|v| v.as_str().map(|s| s.to_string()));
            let line = vm.dict_get_str(dd, "lineno");
            let text = vm
                .dict_get_str(dd, "text")
                .and_then(|v| v.as_str().map(|s| s.to_string()));
            let offset = vm.dict_get_str(dd, "offset");
            if let (Some(f), Some(Value::Int(l))) = (file, line) {
                out.push_str(&format!("  File \"{}\", line {}\n", f, l));
                if let Some(t) = text {
                    let trimmed = t.trim_end_matches('\n');
                    let stripped = trimmed.trim_start();
                    let lead = trimmed.chars().count() - stripped.chars().count();
                    out.push_str(&format!("    {}\n", stripped));
                    if let Some(Value::Int(off)) = offset {
                        let col = (off as usize).saturating_sub(1).saturating_sub(lead);
                        out.push_str(&format!("    {}^\n", " ".repeat(col)));
                    }
                }
            }
        }
    }
    let msg = match ops::str_(vm, &Value::Obj(exc.clone())) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let msg = if t.is_subtype(&vm.exc_type("SyntaxError")) {
        exc_data(exc)
            .and_then(|d| {
                d.borrow()
                    .args
                    .first()
                    .and_then(|a| a.as_str().map(|s| s.to_string()))
            })
            .unwrap_or(msg)
    } else {
        msg
    };
    if msg.is_empty() {
        out.push_str(&format!("{}\n", name));
    } else {
        out.push_str(&format!("{}: {}\n", name, msg));
    }
    out
}
