//! A basic `memoryview`: a window (start..stop) onto the bytes of a `bytes`,
//! `bytearray` or another memoryview, with format 'B' (unsigned bytes). Reads see
//! the current contents of the underlying object; item and slice assignment
//! write through to a `bytearray`. `cast` to another one-dimensional integer
//! format (`'I'`, `'q'` …) gives a read-only view of native-endian items (what
//! `re._compiler` uses); multi-dimensional views, float formats, and slicing or
//! writing a cast view are not supported and say so.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

thread_local! {
    static MV_TYPE: std::cell::RefCell<Option<TypeRef>> = const { std::cell::RefCell::new(None) };
}

pub fn is_memoryview(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            MV_TYPE.with(|t| t.borrow().as_ref().is_some_and(|t| o.class.is_subtype(t)))
        }
        _ => false,
    }
}

fn field(vm: &Vm, v: &Value, name: &str) -> Value {
    v.as_obj()
        .and_then(|o| o.dict.get())
        .and_then(|d| vm.dict_get_str(d, name))
        .unwrap_or(Value::None)
}

fn range_of(vm: &Vm, v: &Value) -> PyResult<(Value, usize, usize)> {
    if matches!(field(vm, v, "_released"), Value::Bool(true)) {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    let obj = field(vm, v, "obj");
    let (Value::Int(a), Value::Int(b)) = (field(vm, v, "_start"), field(vm, v, "_stop")) else {
        return Err(vm.type_error("corrupt memoryview"));
    };
    Ok((obj, a as usize, b as usize))
}

/// The bytes a memoryview currently shows.
pub fn view_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let (obj, a, b) = range_of(vm, v)?;
    let all = match obj.payload() {
        Some(Payload::Bytes(x)) => x.to_vec(),
        Some(Payload::ByteArray(x)) => x.borrow().clone(),
        _ => Vec::new(),
    };
    let b = b.min(all.len());
    Ok(all[a.min(b)..b].to_vec())
}

/// Item size and signedness of a one-dimensional integer format.
fn format_info(f: &str) -> Option<(usize, bool)> {
    Some(match f {
        "B" | "c" => (1, false),
        "b" => (1, true),
        "H" => (2, false),
        "h" => (2, true),
        "I" => (4, false),
        "i" => (4, true),
        "L" | "Q" | "N" => (8, false),
        "l" | "q" | "n" => (8, true),
        _ => return None,
    })
}

/// The view's format and item size.
fn item_format(vm: &Vm, v: &Value) -> (String, usize, bool) {
    let f = field(vm, v, "format");
    let f = f.as_str().unwrap_or("B").to_string();
    let (size, signed) = format_info(&f).unwrap_or((1, false));
    (f, size, signed)
}

fn decode(chunk: &[u8], signed: bool) -> i64 {
    let mut buf = [0u8; 8];
    buf[..chunk.len()].copy_from_slice(chunk);
    let u = u64::from_ne_bytes(buf);
    if signed && chunk.len() < 8 {
        let shift = 64 - 8 * chunk.len() as u32;
        ((u << shift) as i64) >> shift
    } else {
        u as i64
    }
}

fn items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    let data = view_bytes(vm, v)?;
    let (f, size, signed) = item_format(vm, v);
    Ok(data
        .chunks_exact(size)
        .map(|c| {
            if f == "c" {
                vm.new_bytes(c.to_vec())
            } else if size == 8 && !signed {
                vm.new_int_big(num_bigint::BigInt::from(u64::from_ne_bytes(
                    c.try_into().unwrap_or([0; 8]),
                )))
            } else {
                Value::Int(decode(c, signed))
            }
        })
        .collect())
}

fn mv_cast(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    let Some(fmt) = args.pos.get(1).and_then(|f| f.as_str().map(str::to_string)) else {
        return Err(vm.type_error("memoryview.cast(): argument 'format' must be str"));
    };
    if args.pos.len() > 2 || !args.kw.is_empty() {
        return Err(vm.not_implemented_error("memoryview.cast() with a shape is not supported yet"));
    }
    let Some((size, _)) = format_info(&fmt) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let (cur, _, _) = item_format(vm, &v);
    let byte_fmt = |f: &str| matches!(f, "B" | "b" | "c");
    if !byte_fmt(&cur) && !byte_fmt(&fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let (obj, a, b) = range_of(vm, &v)?;
    if (b - a) % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let new = make(vm, obj, a, b)?;
    if let Some(d) = new.as_obj().and_then(|o| o.dict.get()) {
        vm.dict_set_str(d, "format", vm.new_str(&fmt))?;
        vm.dict_set_str(d, "itemsize", Value::Int(size as i64))?;
    }
    Ok(new)
}

fn make(vm: &Vm, obj: Value, start: usize, stop: usize) -> PyResult {
    let t = MV_TYPE
        .with(|t| t.borrow().clone())
        .ok_or_else(|| vm.runtime_error("memoryview not initialised"))?;
    let o = PyObject::new(t, Payload::Plain);
    let d = vm.new_dict_obj();
    vm.dict_set_str(&d, "obj", obj.clone())?;
    vm.dict_set_str(&d, "_start", Value::Int(start as i64))?;
    vm.dict_set_str(&d, "_stop", Value::Int(stop as i64))?;
    vm.dict_set_str(
        &d,
        "readonly",
        Value::Bool(!matches!(obj.payload(), Some(Payload::ByteArray(_)))),
    )?;
    vm.dict_set_str(&d, "format", vm.new_str("B"))?;
    vm.dict_set_str(&d, "itemsize", Value::Int(1))?;
    vm.dict_set_str(&d, "ndim", Value::Int(1))?;
    let _ = o.dict.set(d);
    Ok(Value::Obj(o))
}

fn mv_new(vm: &Vm, args: Args) -> PyResult {
    let src = args.pos.get(1).cloned().unwrap_or(Value::None);
    if is_memoryview(&src) {
        let (obj, a, b) = range_of(vm, &src)?;
        return make(vm, obj, a, b);
    }
    let n = match src.payload() {
        Some(Payload::Bytes(x)) => x.len(),
        Some(Payload::ByteArray(x)) => x.borrow().len(),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(&src)
            )))
        }
    };
    make(vm, src, 0, n)
}

fn this(args: &Args) -> Value {
    args.pos.first().cloned().unwrap_or(Value::None)
}

fn mv_len(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    let (_, size, _) = item_format(vm, &v);
    Ok(Value::Int((view_bytes(vm, &v)?.len() / size) as i64))
}

fn mv_getitem(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    let (obj, a, _) = range_of(vm, &v)?;
    if item_format(vm, &v).1 != 1 {
        if matches!(key.payload(), Some(Payload::Slice { .. })) {
            return Err(vm.not_implemented_error("slicing a cast memoryview is not supported yet"));
        }
        let all = items(vm, &v)?;
        let i = crate::runtime::convert::index_value(vm, &key)?;
        let n = all.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("index out of range"));
        }
        return Ok(all[j as usize].clone());
    }
    let data = view_bytes(vm, &v)?;
    if let Some(Payload::Slice { start, stop, step }) = key.payload() {
        let (s, e, st) =
            crate::runtime::subscript::slice_indices(vm, start, stop, step, data.len() as i64)?;
        if st != 1 {
            return Err(
                vm.not_implemented_error("memoryview slices with a step are not supported yet")
            );
        }
        let e = e.max(s);
        return make(vm, obj, a + s as usize, a + e as usize);
    }
    let i = crate::runtime::convert::index_value(vm, &key)?;
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of range"));
    }
    Ok(Value::Int(data[j as usize] as i64))
}

fn mv_setitem(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let (obj, a, b) = range_of(vm, &v)?;
    if item_format(vm, &v).1 != 1 {
        return Err(vm.not_implemented_error("writing to a cast memoryview is not supported yet"));
    }
    let Some(Payload::ByteArray(buf)) = obj.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let n = b - a;
    if let Some(Payload::Slice { start, stop, step }) = key.payload() {
        let (s, e, st) = crate::runtime::subscript::slice_indices(vm, start, stop, step, n as i64)?;
        if st != 1 {
            return Err(
                vm.not_implemented_error("memoryview slices with a step are not supported yet")
            );
        }
        let src = crate::runtime::convert::bytes_like(vm, &value)?;
        let e = e.max(s) as usize;
        if src.len() != e - s as usize {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        buf.borrow_mut()[a + s as usize..a + e].copy_from_slice(&src);
        return Ok(Value::None);
    }
    let i = crate::runtime::convert::index_value(vm, &key)?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("index out of range"));
    }
    let x = crate::runtime::convert::index_value(vm, &value)?;
    if !(0..256).contains(&x) {
        return Err(vm.value_error("memoryview: invalid value for format 'B'"));
    }
    buf.borrow_mut()[a + j as usize] = x as u8;
    Ok(Value::None)
}

fn mv_tobytes(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bytes(view_bytes(vm, &this(&args))?))
}

fn mv_tolist(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_list(items(vm, &this(&args))?))
}

fn mv_hex(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(
        view_bytes(vm, &this(&args))?
            .iter()
            .map(|b| format!("{:02x}", b))
            .collect(),
    ))
}

fn mv_release(vm: &Vm, args: Args) -> PyResult {
    if let Some(d) = this(&args).as_obj().and_then(|o| o.dict.get()) {
        vm.dict_set_str(d, "_released", Value::Bool(true))?;
    }
    Ok(Value::None)
}

fn mv_enter(_vm: &Vm, args: Args) -> PyResult {
    Ok(this(&args))
}

fn mv_exit(vm: &Vm, args: Args) -> PyResult {
    mv_release(vm, Args::new(vec![this(&args)]))?;
    Ok(Value::Bool(false))
}

fn mv_eq(vm: &Vm, args: Args) -> PyResult {
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mine = view_bytes(vm, &this(&args))?;
    let theirs = if is_memoryview(&other) {
        view_bytes(vm, &other)?
    } else {
        match crate::runtime::convert::bytes_like(vm, &other) {
            Ok(b) => b,
            Err(_) => return Ok(vm.not_implemented.clone()),
        }
    };
    Ok(Value::Bool(mine == theirs))
}

fn mv_repr(vm: &Vm, args: Args) -> PyResult {
    let v = this(&args);
    let released = matches!(field(vm, &v, "_released"), Value::Bool(true));
    Ok(vm.new_string(format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        v.identity()
    )))
}

fn mv_nbytes(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Int(view_bytes(vm, &this(&args))?.len() as i64))
}

pub fn register(vm: &Vm) {
    let t = crate::runtime::types::new_type(
        "memoryview",
        vec![vm.t.object.clone()],
        BaseKind::Internal,
        false,
        false,
    );
    add_staticmethod(vm, &t, "__new__", mv_new);
    add_method(vm, &t, "__len__", mv_len);
    add_method(vm, &t, "__getitem__", mv_getitem);
    add_method(vm, &t, "__setitem__", mv_setitem);
    add_method(vm, &t, "tobytes", mv_tobytes);
    add_method(vm, &t, "tolist", mv_tolist);
    add_method(vm, &t, "cast", mv_cast);
    add_method(vm, &t, "hex", mv_hex);
    add_method(vm, &t, "release", mv_release);
    add_method(vm, &t, "__enter__", mv_enter);
    add_method(vm, &t, "__exit__", mv_exit);
    add_method(vm, &t, "__eq__", mv_eq);
    add_method(vm, &t, "__repr__", mv_repr);
    let nb = vm.new_builtin("nbytes", mv_nbytes);
    crate::runtime::setup::set_type_attr(
        vm,
        &t,
        "nbytes",
        Value::Obj(PyObject::new(
            vm.t.property.clone(),
            Payload::Property {
                fget: nb,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        )),
    );
    *t.module.borrow_mut() = Rc::from("builtins");
    let _ = vm.dict_set_str(&vm.builtins_dict(), "memoryview", Value::Type(t.clone()));
    MV_TYPE.with(|m| *m.borrow_mut() = Some(t));
}
