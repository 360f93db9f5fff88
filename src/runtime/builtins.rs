//! The `builtins` module's functions.
//!
//! A few built-ins need the caller's frame (`locals()`, `globals()`, `vars()`,
//! `dir()`, zero-argument `super()`, and `eval`/`exec` without explicit
//! namespaces); the interpreter intercepts those calls (`frame_builtin` in
//! `tiers::interp`) and the versions here are the frame-less fallbacks.
use std::io::Write;
use std::rc::Rc;

use crate::runtime::attr;
use crate::runtime::convert;
use crate::runtime::iter;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::add_builtin;
use crate::runtime::vm::Vm;

thread_local! {
    static STDOUT_BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Write text to the process's stdout (buffered; flushed at exit and on stderr writes).
pub fn write_stdout(s: &str) {
    STDOUT_BUF.with(|b| {
        let mut b = b.borrow_mut();
        b.extend_from_slice(s.as_bytes());
        if b.len() > 1 << 14 {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&b);
            let _ = out.flush();
            b.clear();
        }
    });
}

pub fn flush_stdout() {
    STDOUT_BUF.with(|b| {
        let mut b = b.borrow_mut();
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&b);
        let _ = out.flush();
        b.clear();
    });
}

pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

fn builtin_print(vm: &Vm, mut args: Args) -> PyResult {
    let sep = args.take_kw("sep").unwrap_or(Value::None);
    let end = args.take_kw("end").unwrap_or(Value::None);
    let file = args.take_kw("file").unwrap_or(Value::None);
    let flush = args.take_kw("flush").unwrap_or(Value::Bool(false));
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for print()",
            k
        )));
    }
    let sep = match &sep {
        Value::None => " ".to_string(),
        v => v.as_str().map(|s| s.to_string()).ok_or_else(|| {
            vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(v)
            ))
        })?,
    };
    let end = match &end {
        Value::None => "\n".to_string(),
        v => v.as_str().map(|s| s.to_string()).ok_or_else(|| {
            vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(v)
            ))
        })?,
    };
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&ops::str_(vm, a)?);
    }
    out.push_str(&end);
    let target = if file.is_none() {
        crate::runtime::modules::sys_attr(vm, "stdout")
    } else {
        Some(file)
    };
    match target {
        Some(f) if !crate::runtime::modules::is_std_stream(vm, &f, 1) => {
            if crate::runtime::modules::is_std_stream(vm, &f, 2) {
                write_stderr(&out);
            } else {
                attr::call_method(vm, &f, "write", vec![vm.new_string(out)])?;
                if ops::truthy(vm, &flush)? {
                    if let Some(fl) = attr::getattr_opt(vm, &f, "flush")? {
                        vm.call(&fl, vec![])?;
                    }
                }
            }
        }
        Some(_) => {
            write_stdout(&out);
            if ops::truthy(vm, &flush)? {
                flush_stdout();
            }
        }
        None => {}
    }
    Ok(Value::None)
}

fn builtin_len(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(ops::len(vm, &args.pos[0])? as i64))
}

fn builtin_repr(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "repr", &args, 1, 1)?;
    Ok(vm.new_string(ops::repr(vm, &args.pos[0])?))
}

fn builtin_ascii(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "ascii", &args, 1, 1)?;
    Ok(vm.new_string(crate::runtime::repr::ascii(vm, &args.pos[0])?))
}

fn builtin_id(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].identity() as i64 & i64::MAX))
}

fn builtin_hash(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(ops::hash(vm, &args.pos[0])?))
}

fn builtin_callable(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args.pos[0])))
}

/// `callable(v)`.
pub fn is_callable(_vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Type(_) => true,
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. }
            ) || attr::lookup_type(&o.class, "__call__").is_some()
        }
        _ => false,
    }
}

fn class_check(vm: &Vm, v: &Value, cls: &Value, instance: bool) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            let meta = vm.type_of(cls);
            if !meta.builtin {
                let hook = if instance {
                    "__instancecheck__"
                } else {
                    "__subclasscheck__"
                };
                if let Some(f) = attr::lookup_type(&meta, hook) {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = vm.call(&f, vec![cls.clone(), v.clone()])?;
                        return ops::truthy(vm, &r);
                    }
                }
            }
            if instance {
                if vm.isinstance_type(v, t) {
                    return Ok(true);
                }
                // __class__ may be overridden (proxies); CPython also checks it.
                Ok(false)
            } else {
                match v {
                    Value::Type(s) => Ok(s.is_subtype(t)),
                    _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
                }
            }
        }
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if class_check(vm, v, it, instance)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(f) = attr::lookup_type(
                    &o.class,
                    if instance {
                        "__instancecheck__"
                    } else {
                        "__subclasscheck__"
                    },
                ) {
                    let r = vm.call(&f, vec![cls.clone(), v.clone()])?;
                    return ops::truthy(vm, &r);
                }
                if crate::runtime::modules::is_union_type(vm, cls) {
                    let parts = attr::getattr_str(vm, cls, "__args__")?;
                    return class_check(vm, v, &parts, instance);
                }
                Err(vm.type_error(if instance {
                    "isinstance() arg 2 must be a type, a tuple of types, or a union"
                } else {
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                }))
            }
        },
        _ => Err(vm.type_error(if instance {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        } else {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        })),
    }
}

fn builtin_isinstance(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::Bool(class_check(
        vm,
        &args.pos[0],
        &args.pos[1],
        true,
    )?))
}

fn builtin_issubclass(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "issubclass", &args, 2, 2)?;
    Ok(Value::Bool(class_check(
        vm,
        &args.pos[0],
        &args.pos[1],
        false,
    )?))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.as_str().is_some() {
        Ok(v.clone())
    } else {
        Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )))
    }
}

fn builtin_getattr(vm: &Vm, args: Args) -> PyResult {
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected 2 or 3 arguments, got {}",
            args.pos.len()
        )));
    }
    let name = attr_name(vm, &args.pos[1])?;
    match attr::getattr(vm, &args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos.len() == 3 && vm.err_is(&e, "AttributeError") => Ok(args.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    let name = vm.intern(name.as_str().unwrap_or(""));
    attr::setattr(vm, &args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    match attr::getattr(vm, &args.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_delattr(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    attr::delattr(vm, &args.pos[0], &name)?;
    Ok(Value::None)
}

fn builtin_iter(vm: &Vm, args: Args) -> PyResult {
    match args.pos.len() {
        1 => iter::get_iter(vm, &args.pos[0]),
        2 => Ok(vm.new_iter(
            &vm.t.callable_iterator,
            IterKind::Callable {
                func: args.pos[0].clone(),
                sentinel: args.pos[1].clone(),
            },
        )),
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {}", n))),
    }
}

fn builtin_next(vm: &Vm, args: Args) -> PyResult {
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "next expected at least 1 argument, got {}",
            args.pos.len()
        )));
    }
    let it = &args.pos[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Iter(_) | Payload::Generator(_))
                || attr::lookup_type(&o.class, "__next__").is_some()
        }
        _ => false,
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // Call __next__ directly so the StopIteration value is preserved.
    let r = match it {
        Value::Obj(o) if o.class.builtin => match iter::next(vm, it) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.stop_iteration(None)),
            Err(e) => Err(e),
        },
        _ => attr::call_special(vm, it, "__next__", vec![]).map(|v| v.unwrap_or(Value::None)),
    };
    match r {
        Err(e) if args.pos.len() == 2 && vm.err_is(&e, "StopIteration") => Ok(args.pos[1].clone()),
        other => other,
    }
}

fn minmax(vm: &Vm, mut args: Args, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            k, name
        )));
    }
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => iter::collect(vm, &args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.pos.clone()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![it.clone()])?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (k, it),
            Some((bk, bv)) => {
                let op = if is_max {
                    crate::frontend::bytecode::CmpKind::Gt
                } else {
                    crate::frontend::bytecode::CmpKind::Lt
                };
                if ops::compare_bool(vm, &k, &bk, op)? {
                    (k, it)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn builtin_max(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, true)
}
fn builtin_min(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, false)
}

fn builtin_sum(vm: &Vm, mut args: Args) -> PyResult {
    let start = args
        .take_kw("start")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if args.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = iter::get_iter(vm, &args.pos[0])?;
    let mut acc = start;
    while let Some(x) = iter::next(vm, &it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => ops::binary_op(vm, crate::frontend::bytecode::BinOpKind::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

fn builtin_any(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "any", &args, 1, 1)?;
    let it = iter::get_iter(vm, &args.pos[0])?;
    while let Some(x) = iter::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "all", &args, 1, 1)?;
    let it = iter::get_iter(vm, &args.pos[0])?;
    while let Some(x) = iter::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_chr(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "chr", &args, 1, 1)?;
    let n = match &args.pos[0] {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        v => ops::to_bigint(vm, v)?,
    };
    use num_traits::ToPrimitive;
    match n.to_u32().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_string(c.to_string())),
        None => {
            if n.to_u32().is_some_and(|x| (0xD800..0xE000).contains(&x)) {
                return Err(
                    vm.not_implemented_error("lone surrogate code points are not supported yet")
                );
            }
            if n.to_i64().is_none() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn builtin_ord(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "ord", &args, 1, 1)?;
    let v = &args.pos[0];
    match v.payload() {
        Some(Payload::Str(s)) => {
            let mut cs = s.value.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(Payload::Bytes(b)) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn radix(vm: &Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult {
    convert::check_args(vm, name, args, 1, 1)?;
    let n = ops::to_bigint(vm, &args.pos[0])?;
    let digits = n.magnitude().to_str_radix(base);
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(vm.new_string(format!("{}{}{}", sign, prefix, digits)))
}

fn builtin_bin(vm: &Vm, args: Args) -> PyResult {
    radix(vm, &args, "bin", 2, "0b")
}
fn builtin_oct(vm: &Vm, args: Args) -> PyResult {
    radix(vm, &args, "oct", 8, "0o")
}
fn builtin_hex(vm: &Vm, args: Args) -> PyResult {
    radix(vm, &args, "hex", 16, "0x")
}

fn builtin_format(vm: &Vm, args: Args) -> PyResult {
    convert::check_args(vm, "format", &args, 1, 2)?;
    let spec = args.pos.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
    let s = spec.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        ))
    })?;
    crate::runtime::strformat::format_value(vm, &args.pos[0], s)
}

fn builtin_sorted(vm: &Vm, mut args: Args) -> PyResult {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => match r {
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            other => crate::runtime::convert::index_value(vm, &other)? != 0,
        },
        None => false,
    };
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let items = iter::collect(vm, &args.pos[0])?;
    let sorted = crate::runtime::sort::sorted_values(vm, items, key, reverse)?;
    Ok(vm.new_list(sorted))
}

fn builtin_input(vm: &Vm, args: Args) -> PyResult {
    if let Some(p) = args.pos.first() {
        write_stdout(&ops::str_(vm, p)?);
    }
    flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_string(line))
        }
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

fn builtin_globals(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.runtime_error("globals(): no current frame"))
}

fn builtin_locals(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.runtime_error("locals(): no current frame"))
}

fn builtin_vars(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(v) => match attr::getattr_opt(vm, v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
        None => Err(vm.runtime_error("vars(): no current frame")),
    }
}

fn builtin_dir(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(v) => {
            let r = attr::call_special(vm, v, "__dir__", vec![])?
                .unwrap_or_else(|| vm.new_list(vec![]));
            let mut items = iter::collect(vm, &r)?;
            if let Value::Obj(o) = v {
                if let Payload::Module { .. } = o.payload {
                    if let Some(d) = o.dict.get() {
                        items = crate::runtime::dictops::items(d)
                            .into_iter()
                            .map(|(k, _)| k)
                            .collect();
                    }
                }
            }
            let sorted = crate::runtime::sort::sorted_values(vm, items, None, false)?;
            Ok(vm.new_list(sorted))
        }
        None => Err(vm.runtime_error("dir(): no current frame")),
    }
}

/// `exec`/`eval` with explicit (or frame-supplied) namespaces.
pub fn exec_eval(
    vm: &Vm,
    args: &Args,
    is_eval: bool,
    frame_globals: Option<ObjRef>,
    frame_locals: Option<ObjRef>,
) -> PyResult {
    let name = if is_eval { "eval" } else { "exec" };
    let src = args.pos.first().cloned().unwrap_or(Value::None);
    let globals = match args.pos.get(1) {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => Some(g.clone()),
        Some(Value::None) | None => None,
        Some(other) => {
            return Err(vm.type_error(format!(
                "{}() globals must be a dict, not {}",
                name,
                vm.type_name(other)
            )))
        }
    };
    let locals = match args.pos.get(2) {
        Some(Value::Obj(l)) => Some(l.clone()),
        _ => None,
    };
    let (globals, locals) = match globals {
        Some(g) => (g.clone(), locals.or(Some(g))),
        None => match frame_globals {
            Some(g) => (g, locals.or(frame_locals)),
            None => {
                return Err(vm.runtime_error(format!("{}() without globals needs a frame", name)))
            }
        },
    };
    if vm.dict_get_str(&globals, "__builtins__").is_none() {
        vm.dict_set_str(&globals, "__builtins__", Value::Obj(vm.builtins.clone()))?;
    }
    let code = match &src {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => c.clone(),
            Payload::Str(s) => {
                let text = if is_eval {
                    s.value.trim_start_matches([' ', '\t']).to_string()
                } else {
                    s.value.to_string()
                };
                crate::runtime::import::source_cache_put("<string>", &text);
                let mode = if is_eval {
                    crate::frontend::Mode::Eval
                } else {
                    crate::frontend::Mode::Exec
                };
                crate::runtime::import::compile_or_raise(vm, &text, "<string>", mode)?
            }
            Payload::Bytes(b) => {
                let text = String::from_utf8_lossy(b).to_string();
                let mode = if is_eval {
                    crate::frontend::Mode::Eval
                } else {
                    crate::frontend::Mode::Exec
                };
                crate::runtime::import::compile_or_raise(vm, &text, "<string>", mode)?
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{}() arg 1 must be a string, bytes or code object",
                    name
                )))
            }
        },
        _ => {
            return Err(vm.type_error(format!(
                "{}() arg 1 must be a string, bytes or code object",
                name
            )))
        }
    };
    let r = crate::tiers::interp::run_code_in(vm, code, globals, locals, &[])?;
    Ok(if is_eval { r } else { Value::None })
}

fn builtin_eval(vm: &Vm, args: Args) -> PyResult {
    exec_eval(vm, &args, true, None, None)
}
fn builtin_exec(vm: &Vm, args: Args) -> PyResult {
    exec_eval(vm, &args, false, None, None)
}

fn builtin_compile(vm: &Vm, mut args: Args) -> PyResult {
    let source = args
        .take_kw("source")
        .or_else(|| args.pos.first().cloned())
        .unwrap_or(Value::None);
    let filename = args
        .take_kw("filename")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::None);
    let mode = args
        .take_kw("mode")
        .or_else(|| args.pos.get(2).cloned())
        .unwrap_or(Value::None);
    let text = match source.payload() {
        Some(Payload::Str(s)) => s.value.to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).to_string(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let flags = match args.take_kw("flags").or_else(|| args.pos.get(3).cloned()) {
        Some(f) => crate::runtime::convert::index_value(vm, &f)?,
        None => 0,
    };
    // ast.PyCF_ONLY_AST
    if flags & 0x400 != 0 {
        return Err(
            vm.not_implemented_error("compile() to an AST (ast.parse) is not supported yet")
        );
    }
    let filename = filename.as_str().unwrap_or("<string>").to_string();
    let mode = match mode.as_str() {
        Some("exec") => crate::frontend::Mode::Exec,
        Some("eval") => crate::frontend::Mode::Eval,
        Some("single") => crate::frontend::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    crate::runtime::import::source_cache_put(&filename, &text);
    let code = crate::runtime::import::compile_or_raise(vm, &text, &filename, mode)?;
    Ok(vm.new_code(code))
}

fn builtin_import(vm: &Vm, mut args: Args) -> PyResult {
    let name = args
        .take_kw("name")
        .or_else(|| args.pos.first().cloned())
        .unwrap_or(Value::None);
    let fromlist = args
        .take_kw("fromlist")
        .or_else(|| args.pos.get(3).cloned())
        .unwrap_or(Value::None);
    let level = args
        .take_kw("level")
        .or_else(|| args.pos.get(4).cloned())
        .unwrap_or(Value::Int(0));
    let n = name
        .as_str()
        .ok_or_else(|| vm.type_error("__import__() argument 1 must be str"))?;
    if !matches!(level, Value::Int(0)) {
        return Err(
            vm.not_implemented_error("__import__() with a relative level is not supported yet")
        );
    }
    let m = crate::runtime::import::import_module(vm, n)?;
    let has_from = !fromlist.is_none() && ops::truthy(vm, &fromlist)?;
    if has_from {
        return Ok(m);
    }
    let top = n.split('.').next().unwrap_or(n);
    crate::runtime::import::import_module(vm, top)
}

fn builtin_open(vm: &Vm, args: Args) -> PyResult {
    crate::runtime::modules::io_open(vm, args)
}

fn builtin_exit(vm: &Vm, args: Args) -> PyResult {
    let ty = vm.exc_type("SystemExit");
    Err(vm.new_exception(&ty, args.pos))
}

pub fn register(vm: &Vm) {
    add_builtin(vm, "print", builtin_print);
    add_builtin(vm, "len", builtin_len);
    add_builtin(vm, "repr", builtin_repr);
    add_builtin(vm, "ascii", builtin_ascii);
    add_builtin(vm, "id", builtin_id);
    add_builtin(vm, "hash", builtin_hash);
    add_builtin(vm, "callable", builtin_callable);
    add_builtin(vm, "isinstance", builtin_isinstance);
    add_builtin(vm, "issubclass", builtin_issubclass);
    add_builtin(vm, "getattr", builtin_getattr);
    add_builtin(vm, "setattr", builtin_setattr);
    add_builtin(vm, "hasattr", builtin_hasattr);
    add_builtin(vm, "delattr", builtin_delattr);
    add_builtin(vm, "iter", builtin_iter);
    add_builtin(vm, "next", builtin_next);
    add_builtin(vm, "max", builtin_max);
    add_builtin(vm, "min", builtin_min);
    add_builtin(vm, "sum", builtin_sum);
    add_builtin(vm, "any", builtin_any);
    add_builtin(vm, "all", builtin_all);
    add_builtin(vm, "chr", builtin_chr);
    add_builtin(vm, "ord", builtin_ord);
    add_builtin(vm, "bin", builtin_bin);
    add_builtin(vm, "oct", builtin_oct);
    add_builtin(vm, "hex", builtin_hex);
    add_builtin(vm, "format", builtin_format);
    add_builtin(vm, "sorted", builtin_sorted);
    add_builtin(vm, "input", builtin_input);
    add_builtin(vm, "globals", builtin_globals);
    add_builtin(vm, "locals", builtin_locals);
    add_builtin(vm, "vars", builtin_vars);
    add_builtin(vm, "dir", builtin_dir);
    add_builtin(vm, "eval", builtin_eval);
    add_builtin(vm, "exec", builtin_exec);
    add_builtin(vm, "compile", builtin_compile);
    add_builtin(vm, "__import__", builtin_import);
    add_builtin(vm, "__build_class__", crate::runtime::classes::build_class);
    add_builtin(vm, "open", builtin_open);
    add_builtin(vm, "exit", builtin_exit);
    add_builtin(vm, "quit", builtin_exit);
    crate::runtime::builtin_types::numeric_builtins_register(vm);
    let _ = Rc::strong_count(&vm.builtins);
}
