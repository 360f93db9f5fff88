//! `_codecs`: the codec registry under `codecs.py` and the `encodings` package,
//! plus the stateless UTF-8/Latin-1/ASCII coders their codec modules call.
//!
//! The coders reuse the runtime's `str.encode`/`bytes.decode` (same error
//! handling and messages); `lookup` imports `encodings` on first use, which
//! registers CPython's own search function, as the interpreter does at start.
use std::cell::RefCell;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

thread_local! {
    static SEARCH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static CACHE: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
    static ERRORS: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn normalize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn register(vm: &Vm, args: Args) -> PyResult {
    let f = arg(&args, 0);
    if !crate::runtime::builtins::is_callable(vm, &f) {
        return Err(vm.type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.borrow_mut().push(f));
    Ok(Value::None)
}

fn unregister(_vm: &Vm, args: Args) -> PyResult {
    let f = arg(&args, 0);
    SEARCH.with(|s| s.borrow_mut().retain(|g| !g.is(&f)));
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

fn lookup(vm: &Vm, args: Args) -> PyResult {
    let Some(name) = arg(&args, 0).as_str().map(normalize) else {
        return Err(vm.type_error("lookup() argument must be str"));
    };
    if let Some(v) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(v);
    }
    if SEARCH.with(|s| s.borrow().is_empty()) {
        crate::runtime::import::import_module(vm, "encodings")?;
    }
    let funcs: Vec<Value> = SEARCH.with(|s| s.borrow().clone());
    for f in funcs {
        let r = vm.call(&f, vec![vm.new_str(&name)])?;
        if r.is_none() {
            continue;
        }
        if !matches!(r.payload(), Some(Payload::Tuple(t)) if t.len() == 4) {
            return Err(vm.type_error("codec search functions must return 4-tuples"));
        }
        CACHE.with(|c| c.borrow_mut().push((name.clone(), r.clone())));
        return Ok(r);
    }
    Err(vm.new_error("LookupError", format!("unknown encoding: {}", name)))
}

fn forget(_vm: &Vm, args: Args) -> PyResult {
    if let Some(name) = arg(&args, 0).as_str().map(normalize) {
        CACHE.with(|c| c.borrow_mut().retain(|(k, _)| *k != name));
    }
    Ok(Value::None)
}

/// `str.encode(encoding, errors)` / `bytes.decode(encoding, errors)` on `v`.
fn convert(vm: &Vm, v: &Value, method: &str, encoding: &str, errors: &Value) -> PyResult {
    let f = crate::runtime::attr::getattr_str(vm, v, method)?;
    let errors = if errors.is_none() {
        vm.new_str("strict")
    } else {
        errors.clone()
    };
    vm.call(&f, vec![vm.new_str(encoding), errors])
}

fn length(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(crate::runtime::ops::len(vm, v)? as i64)
}

fn encoder(vm: &Vm, args: &Args, encoding: &str) -> PyResult {
    let s = arg(args, 0);
    if s.as_str().is_none() {
        return Err(vm.type_error(format!(
            "{}_encode() argument 1 must be str, not {}",
            encoding.replace('-', "_"),
            vm.type_name(&s)
        )));
    }
    let out = convert(vm, &s, "encode", encoding, &arg(args, 1))?;
    Ok(vm.new_tuple(vec![out, Value::Int(length(vm, &s)?)]))
}

fn decoder(vm: &Vm, args: &Args, encoding: &str) -> PyResult {
    let data = arg(args, 0);
    let bytes = match data.payload() {
        Some(Payload::Bytes(_)) => data.clone(),
        _ => vm.new_bytes(crate::runtime::convert::bytes_like(vm, &data)?),
    };
    let out = convert(vm, &bytes, "decode", encoding, &arg(args, 1))?;
    Ok(vm.new_tuple(vec![out, Value::Int(length(vm, &bytes)?)]))
}

/// `_codecs.encode(obj, encoding='utf-8', errors='strict')` and `decode`.
fn transcode(vm: &Vm, mut args: Args, method: &str) -> PyResult {
    let encoding = args.take_kw("encoding").unwrap_or_else(|| {
        args.pos
            .get(1)
            .cloned()
            .unwrap_or_else(|| vm.new_str("utf-8"))
    });
    let errors = args.take_kw("errors").unwrap_or_else(|| arg(&args, 2));
    let enc = encoding.as_str().unwrap_or("utf-8").to_string();
    convert(vm, &arg(&args, 0), method, &enc, &errors)
}

fn strict_errors(vm: &Vm, args: Args) -> PyResult {
    match arg(&args, 0) {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => Err(e),
        _ => Err(vm.type_error("codec must pass exception instance")),
    }
}

fn exc_end(vm: &Vm, e: &Value) -> PyResult<Value> {
    crate::runtime::attr::getattr_str(vm, e, "end")
}

fn ignore_errors(vm: &Vm, args: Args) -> PyResult {
    let e = arg(&args, 0);
    Ok(vm.new_tuple(vec![vm.new_str(""), exc_end(vm, &e)?]))
}

fn replace_errors(vm: &Vm, args: Args) -> PyResult {
    let e = arg(&args, 0);
    let start = crate::runtime::convert::index_value(
        vm,
        &crate::runtime::attr::getattr_str(vm, &e, "start")?,
    )?;
    let end = exc_end(vm, &e)?;
    let n = (crate::runtime::convert::index_value(vm, &end)? - start).max(0) as usize;
    let is_decode = vm.type_of(&e).name().contains("Decode");
    let rep = if is_decode {
        "\u{fffd}".repeat(n.min(1))
    } else {
        "?".repeat(n)
    };
    Ok(vm.new_tuple(vec![vm.new_string(rep), end]))
}

fn unsupported_handler(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.not_implemented_error(
        "this codec error handler is not supported yet (strict, ignore and replace are)",
    ))
}

fn lookup_error(vm: &Vm, args: Args) -> PyResult {
    let Some(name) = arg(&args, 0).as_str().map(str::to_string) else {
        return Err(vm.type_error("lookup_error() argument must be str"));
    };
    if let Some(v) = ERRORS.with(|e| {
        e.borrow()
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(v);
    }
    let f: NativeFn = match name.as_str() {
        "strict" => strict_errors,
        "ignore" => ignore_errors,
        "replace" => replace_errors,
        "xmlcharrefreplace" | "backslashreplace" | "namereplace" | "surrogateescape"
        | "surrogatepass" => unsupported_handler,
        _ => {
            return Err(vm.new_error(
                "LookupError",
                format!("unknown error handler name '{}'", name),
            ))
        }
    };
    let name_static: &'static str = match name.as_str() {
        "strict" => "strict_errors",
        "ignore" => "ignore_errors",
        "replace" => "replace_errors",
        _ => "error_handler",
    };
    Ok(vm.new_builtin(name_static, f))
}

fn register_error(vm: &Vm, args: Args) -> PyResult {
    let Some(name) = arg(&args, 0).as_str().map(str::to_string) else {
        return Err(vm.type_error("register_error() argument 1 must be str"));
    };
    let f = arg(&args, 1);
    if !crate::runtime::builtins::is_callable(vm, &f) {
        return Err(vm.type_error("handler must be callable"));
    }
    ERRORS.with(|e| e.borrow_mut().push((name, f)));
    Ok(Value::None)
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_codecs");
    let d = m.dict.get().expect("module dict").clone();
    let funcs: [(&'static str, NativeFn); 17] = [
        ("register", register),
        ("unregister", unregister),
        ("lookup", lookup),
        ("_forget_codec", forget),
        ("encode", |vm, a| transcode(vm, a, "encode")),
        ("decode", |vm, a| transcode(vm, a, "decode")),
        ("lookup_error", lookup_error),
        ("register_error", register_error),
        ("utf_8_encode", |vm, a| encoder(vm, &a, "utf-8")),
        ("utf_8_decode", |vm, a| decoder(vm, &a, "utf-8")),
        ("latin_1_encode", |vm, a| encoder(vm, &a, "latin-1")),
        ("latin_1_decode", |vm, a| decoder(vm, &a, "latin-1")),
        ("ascii_encode", |vm, a| encoder(vm, &a, "ascii")),
        ("ascii_decode", |vm, a| decoder(vm, &a, "ascii")),
        ("strict_errors", strict_errors),
        ("ignore_errors", ignore_errors),
        ("replace_errors", replace_errors),
    ];
    for (name, f) in funcs {
        let _ = vm.dict_set_str(&d, name, vm.new_builtin(name, f));
    }
    m
}
