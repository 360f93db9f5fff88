//! Methods of the built-in `bytes` and `bytearray` types.
//!
//! The two types share one implementation: every non-mutating method reads
//! `self` into an owned `Vec<u8>` (for a bytearray that is a short borrow of
//! its `RefCell`, released before anything can call back into Python), runs
//! the pure algorithm from `bytesfuncs`, and wraps the result in the type of
//! `self` — `bytes` methods return `bytes`, `bytearray` methods return
//! `bytearray`, as in CPython. Arguments that CPython accepts as "bytes-like"
//! are bytes and bytearray; the find family additionally accepts an int in
//! `range(256)` as a one-byte needle. The bytearray mutators borrow the
//! storage mutably only after every argument has been converted, so a
//! conversion that runs Python code (`__index__`, an iterator) cannot observe
//! or re-enter a held borrow.
use crate::runtime::builtin_types::str::str_args::{self as sa, Sig};
use crate::runtime::builtin_types::str::{decode_bytes, encode_str};
use crate::runtime::bytesfuncs as bf;
use crate::runtime::object::*;
use crate::runtime::setup::{add_classmethod, add_method, add_staticmethod};
use crate::runtime::vm::Vm;

/// Owned copy of `self`'s bytes and whether it is a bytearray.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Payload::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

fn tname(ba: bool) -> &'static str {
    if ba {
        "bytearray"
    } else {
        "bytes"
    }
}

fn qual(args: &Args, name: &str) -> String {
    let ba = matches!(
        args.pos.first().and_then(|v| v.payload()),
        Some(Payload::ByteArray(_))
    );
    format!("{}.{}", tname(ba), name)
}

fn mk(vm: &Vm, ba: bool, v: Vec<u8>) -> Value {
    if ba {
        vm.new_bytearray(v)
    } else {
        vm.new_bytes(v)
    }
}

fn slot(v: &[Option<Value>], i: usize) -> Option<&Value> {
    v.get(i).and_then(|x| x.as_ref())
}

/// A bytes-like argument ("a bytes-like object is required, not 'str'").
pub fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// A byte value from an int (`ValueError: byte must be in range(0, 256)`).
fn byte_value(vm: &Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let n = sa::index(vm, v)?;
    u8::try_from(n).map_err(|_| vm.value_error(msg))
}

/// Needle for find/count/index: int in range(256) or bytes-like.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => bytes_arg(vm, v),
        _ => {
            let is_int = crate::runtime::strformat::int_of(v).is_some()
                || crate::runtime::attr::lookup_type(&vm.type_of(v), "__index__").is_some();
            if !is_int {
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(v)
                )));
            }
            Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?])
        }
    }
}

macro_rules! noarg_bytes {
    ($fname:ident, $py:literal, $f:path) => {
        fn $fname(vm: &Vm, args: Args) -> PyResult {
            sa::parse(vm, &args, &qual(&args, $py), 0, 0, Sig::Exact)?;
            let (b, ba) = this(vm, &args, $py)?;
            Ok(mk(vm, ba, $f(&b)))
        }
    };
}

macro_rules! noarg_bool {
    ($fname:ident, $py:literal, $f:path) => {
        fn $fname(vm: &Vm, args: Args) -> PyResult {
            sa::parse(vm, &args, &qual(&args, $py), 0, 0, Sig::Exact)?;
            let (b, _) = this(vm, &args, $py)?;
            Ok(Value::Bool($f(&b)))
        }
    };
}

noarg_bytes!(b_upper, "upper", bf::upper);
noarg_bytes!(b_lower, "lower", bf::lower);
noarg_bytes!(b_title, "title", bf::title);
noarg_bytes!(b_capitalize, "capitalize", bf::capitalize);
noarg_bytes!(b_swapcase, "swapcase", bf::swapcase);
noarg_bool!(b_isalpha, "isalpha", bf::isalpha);
noarg_bool!(b_isdigit, "isdigit", bf::isdigit);
noarg_bool!(b_isalnum, "isalnum", bf::isalnum);
noarg_bool!(b_isspace, "isspace", bf::isspace);
noarg_bool!(b_islower, "islower", bf::islower);
noarg_bool!(b_isupper, "isupper", bf::isupper);
noarg_bool!(b_istitle, "istitle", bf::istitle);
noarg_bool!(b_isascii, "isascii", bf::isascii);

// ----- codecs / hex ----------------------------------------------------------

fn opt_str(
    vm: &Vm,
    v: Option<&Value>,
    fname: &str,
    argname: &str,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                argname,
                vm.type_name(v)
            ))
        }),
    }
}

fn b_decode(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "decode", 0, 2, Sig::Kw(&["encoding", "errors"]))?;
    let enc = opt_str(vm, slot(&a, 0), "decode", "encoding", "utf-8")?;
    let errors = opt_str(vm, slot(&a, 1), "decode", "errors", "strict")?;
    let (b, _) = this(vm, &args, "decode")?;
    Ok(vm.new_string(decode_bytes(vm, &b, &enc, &errors)?))
}

fn b_hex(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "hex", 0, 2, Sig::Kw(&["sep", "bytes_per_sep"]))?;
    let sep = match slot(&a, 0) {
        None => None,
        Some(v) => {
            let s = match v.payload() {
                Some(Payload::Str(s)) => s.value.to_string(),
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    bytes_arg(vm, v)?.iter().map(|&c| c as char).collect()
                }
                _ => {
                    let _ = crate::runtime::ops::len(vm, v)?;
                    return Err(vm.type_error("sep must be str or bytes."));
                }
            };
            if s.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !s.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(s)
        }
    };
    let per = match slot(&a, 1) {
        Some(v) => sa::index(vm, v)?,
        None => 1,
    };
    let (b, _) = this(vm, &args, "hex")?;
    Ok(vm.new_string(bf::hex(&b, sep.as_deref(), per)))
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "fromhex", 1, 1, Sig::Exact)?;
    let v = slot(&a, 0).cloned().unwrap_or(Value::None);
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&v)
        )));
    };
    let data = bf::fromhex(s).map_err(|m| vm.value_error(m))?;
    match args.pos.first() {
        Some(Value::Type(t)) if std::rc::Rc::ptr_eq(t, &vm.t.bytes) => Ok(vm.new_bytes(data)),
        Some(Value::Type(t)) if std::rc::Rc::ptr_eq(t, &vm.t.bytearray) => {
            Ok(vm.new_bytearray(data))
        }
        Some(cls) => vm.call(cls, vec![vm.new_bytes(data)]),
        None => Ok(vm.new_bytes(data)),
    }
}

// ----- searching -------------------------------------------------------------

#[derive(Clone, Copy)]
enum Find {
    Forward,
    Backward,
    Index,
    RIndex,
    Count,
}

fn find_common(vm: &Vm, args: Args, name: &'static str, kind: Find) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 3, Sig::Old)?;
    let sub = needle(vm, slot(&a, 0).unwrap_or(&Value::None))?;
    let (b, _) = this(vm, &args, name)?;
    let (st, en) = sa::bounds(vm, &a, 1, b.len())?;
    let r = match kind {
        Find::Count => return Ok(Value::Int(bf::count(&b, &sub, st, en) as i64)),
        Find::Forward | Find::Index => bf::find(&b, &sub, st, en),
        Find::Backward | Find::RIndex => bf::rfind(&b, &sub, st, en),
    };
    match (r, kind) {
        (Some(i), _) => Ok(Value::Int(i as i64)),
        (None, Find::Index | Find::RIndex) => Err(vm.value_error("subsection not found")),
        (None, _) => Ok(Value::Int(-1)),
    }
}

fn b_find(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "find", Find::Forward)
}
fn b_rfind(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "rfind", Find::Backward)
}
fn b_index(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "index", Find::Index)
}
fn b_rindex(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "rindex", Find::RIndex)
}
fn b_count(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "count", Find::Count)
}

fn tailmatch(b: &[u8], sub: &[u8], st: usize, en: usize, suffix: bool) -> bool {
    if en < sub.len() || en - sub.len() < st {
        return false;
    }
    if suffix {
        &b[en - sub.len()..en] == sub
    } else {
        &b[st..st + sub.len()] == sub
    }
}

fn startsend(vm: &Vm, args: Args, name: &'static str, suffix: bool) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 3, Sig::Old)?;
    let (b, _) = this(vm, &args, name)?;
    let (st, en) = sa::bounds(vm, &a, 1, b.len())?;
    let pat = slot(&a, 0).cloned().unwrap_or(Value::None);
    match pat.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => Ok(Value::Bool(tailmatch(
            &b,
            &bytes_arg(vm, &pat)?,
            st,
            en,
            suffix,
        ))),
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                let p = match it.payload() {
                    Some(Payload::Bytes(_) | Payload::ByteArray(_)) => bytes_arg(vm, it)?,
                    _ => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(it)
                        )))
                    }
                };
                if tailmatch(&b, &p, st, en, suffix) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            vm.type_name(&pat)
        ))),
    }
}

fn b_startswith(vm: &Vm, args: Args) -> PyResult {
    startsend(vm, args, "startswith", false)
}
fn b_endswith(vm: &Vm, args: Args) -> PyResult {
    startsend(vm, args, "endswith", true)
}

// ----- split / join / strip / replace ---------------------------------------

fn split_common(vm: &Vm, args: Args, name: &'static str, right: bool) -> PyResult {
    let a = sa::parse(vm, &args, name, 0, 2, Sig::Kw(&["sep", "maxsplit"]))?;
    let maxsplit = match slot(&a, 1) {
        Some(v) => sa::index(vm, v)?,
        None => -1,
    };
    let sep = match slot(&a, 0) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let (b, ba) = this(vm, &args, name)?;
    let parts = match &sep {
        None => {
            if right {
                bf::rsplit_whitespace(&b, maxsplit)
            } else {
                bf::split_whitespace(&b, maxsplit)
            }
        }
        Some(s) => {
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                bf::rsplit_sep(&b, s, maxsplit)
            } else {
                bf::split_sep(&b, s, maxsplit)
            }
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| mk(vm, ba, p.to_vec())).collect()))
}

fn b_split(vm: &Vm, args: Args) -> PyResult {
    split_common(vm, args, "split", false)
}
fn b_rsplit(vm: &Vm, args: Args) -> PyResult {
    split_common(vm, args, "rsplit", true)
}

fn b_splitlines(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "splitlines", 0, 1, Sig::Kw(&["keepends"]))?;
    let keep = match slot(&a, 0) {
        Some(v) => sa::index(vm, v)? != 0,
        None => false,
    };
    let (b, ba) = this(vm, &args, "splitlines")?;
    Ok(vm.new_list(
        bf::splitlines(&b, keep)
            .into_iter()
            .map(|p| mk(vm, ba, p.to_vec()))
            .collect(),
    ))
}

fn part_common(vm: &Vm, args: Args, name: &'static str, right: bool) -> PyResult {
    let q = qual(&args, name);
    let a = sa::parse(vm, &args, &q, 1, 1, Sig::Exact)?;
    let sep = bytes_arg(vm, slot(&a, 0).unwrap_or(&Value::None))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (b, ba) = this(vm, &args, name)?;
    let (x, y, z) = if right {
        bf::rpartition(&b, &sep)
    } else {
        bf::partition(&b, &sep)
    };
    // CPython returns the separator object itself for bytes; contents are equal.
    Ok(vm.new_tuple(vec![
        mk(vm, ba, x.to_vec()),
        mk(vm, ba, y.to_vec()),
        mk(vm, ba, z.to_vec()),
    ]))
}

fn b_partition(vm: &Vm, args: Args) -> PyResult {
    part_common(vm, args, "partition", false)
}
fn b_rpartition(vm: &Vm, args: Args) -> PyResult {
    part_common(vm, args, "rpartition", true)
}

fn b_join(vm: &Vm, args: Args) -> PyResult {
    let q = qual(&args, "join");
    let a = sa::parse(vm, &args, &q, 1, 1, Sig::Exact)?;
    let it = slot(&a, 0).cloned().unwrap_or(Value::None);
    let items = match it.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => match crate::runtime::iter::get_iter(vm, &it) {
            Ok(i) => {
                let mut out = Vec::new();
                while let Some(x) = crate::runtime::iter::next(vm, &i)? {
                    out.push(x);
                }
                out
            }
            Err(e) if vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error("can only join an iterable"))
            }
            Err(e) => return Err(e),
        },
    };
    let (sep, ba) = this(vm, &args, "join")?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let part = match x.payload() {
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => bytes_arg(vm, x)?,
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(x)
                )))
            }
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(mk(vm, ba, out))
}

fn strip_common(
    vm: &Vm,
    args: Args,
    name: &'static str,
    f: for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8],
) -> PyResult {
    let a = sa::parse(vm, &args, name, 0, 1, Sig::Range)?;
    let chars = match slot(&a, 0) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let (b, ba) = this(vm, &args, name)?;
    Ok(mk(vm, ba, f(&b, chars.as_deref()).to_vec()))
}

fn b_strip(vm: &Vm, args: Args) -> PyResult {
    strip_common(vm, args, "strip", bf::strip)
}
fn b_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_common(vm, args, "lstrip", bf::lstrip)
}
fn b_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_common(vm, args, "rstrip", bf::rstrip)
}

fn b_replace(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "replace", 2, 3, Sig::Range)?;
    let old = bytes_arg(vm, slot(&a, 0).unwrap_or(&Value::None))?;
    let new = bytes_arg(vm, slot(&a, 1).unwrap_or(&Value::None))?;
    let count = match slot(&a, 2) {
        Some(v) => sa::index(vm, v)?,
        None => -1,
    };
    let (b, ba) = this(vm, &args, "replace")?;
    Ok(mk(vm, ba, bf::replace(&b, &old, &new, count)))
}

fn affix_common(vm: &Vm, args: Args, name: &'static str, suffix: bool) -> PyResult {
    let q = qual(&args, name);
    let a = sa::parse(vm, &args, &q, 1, 1, Sig::Exact)?;
    let p = bytes_arg(vm, slot(&a, 0).unwrap_or(&Value::None))?;
    let (b, ba) = this(vm, &args, name)?;
    let r = if suffix {
        b.strip_suffix(p.as_slice())
    } else {
        b.strip_prefix(p.as_slice())
    };
    Ok(mk(vm, ba, r.unwrap_or(&b).to_vec()))
}

fn b_removeprefix(vm: &Vm, args: Args) -> PyResult {
    affix_common(vm, args, "removeprefix", false)
}
fn b_removesuffix(vm: &Vm, args: Args) -> PyResult {
    affix_common(vm, args, "removesuffix", true)
}

// ----- layout ------------------------------------------------------------------

fn fill_byte(vm: &Vm, name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = v.payload() {
        let b = bytes_arg(vm, v)?;
        if let [c] = b.as_slice() {
            return Ok(*c);
        }
    }
    Err(vm.type_error(format!(
        "{}() argument 2 must be a byte string of length 1, not {}",
        name,
        vm.type_name(v)
    )))
}

fn pad_common(
    vm: &Vm,
    args: Args,
    name: &'static str,
    f: fn(&[u8], i64, u8) -> Vec<u8>,
) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 2, Sig::Range)?;
    let width = sa::index(vm, slot(&a, 0).unwrap_or(&Value::Int(0)))?;
    let fill = fill_byte(vm, name, slot(&a, 1))?;
    let (b, ba) = this(vm, &args, name)?;
    Ok(mk(vm, ba, f(&b, width, fill)))
}

fn b_center(vm: &Vm, args: Args) -> PyResult {
    pad_common(vm, args, "center", bf::center)
}
fn b_ljust(vm: &Vm, args: Args) -> PyResult {
    pad_common(vm, args, "ljust", bf::ljust)
}
fn b_rjust(vm: &Vm, args: Args) -> PyResult {
    pad_common(vm, args, "rjust", bf::rjust)
}

fn b_zfill(vm: &Vm, args: Args) -> PyResult {
    let q = qual(&args, "zfill");
    let a = sa::parse(vm, &args, &q, 1, 1, Sig::Exact)?;
    let width = sa::index(vm, slot(&a, 0).unwrap_or(&Value::Int(0)))?;
    let (b, ba) = this(vm, &args, "zfill")?;
    Ok(mk(vm, ba, bf::zfill(&b, width)))
}

fn b_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "expandtabs", 0, 1, Sig::Kw(&["tabsize"]))?;
    let ts = match slot(&a, 0) {
        Some(v) => sa::index(vm, v)?,
        None => 8,
    };
    let (b, ba) = this(vm, &args, "expandtabs")?;
    Ok(mk(vm, ba, bf::expandtabs(&b, ts)))
}

// ----- translate / maketrans -------------------------------------------------

fn b_translate(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "translate", 1, 2, Sig::Kw(&["table", "delete"]))?;
    let table = match slot(&a, 0) {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match slot(&a, 1) {
        Some(v) => bytes_arg(vm, v)?,
        None => Vec::new(),
    };
    let (b, ba) = this(vm, &args, "translate")?;
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t.get(c as usize).copied().unwrap_or(c),
            None => c,
        })
        .collect();
    Ok(mk(vm, ba, out))
}

fn b_maketrans(vm: &Vm, args: Args) -> PyResult {
    let mut shifted = Args::with_kw(vec![Value::None], args.kw);
    shifted.pos.extend(args.pos);
    let a = sa::parse(vm, &shifted, "maketrans", 2, 2, Sig::Range)?;
    let from = bytes_arg(vm, slot(&a, 0).unwrap_or(&Value::None))?;
    let to = bytes_arg(vm, slot(&a, 1).unwrap_or(&Value::None))?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, x) in from.iter().zip(to.iter()) {
        t[*f as usize] = *x;
    }
    Ok(vm.new_bytes(t))
}

// ----- construction ----------------------------------------------------------

/// The contents for `bytes(source, encoding, errors)` / `bytearray(...)`.
fn construct(vm: &Vm, a: &[Option<Value>], tn: &str) -> PyResult<Vec<u8>> {
    let (src, enc, errors) = (slot(a, 0), slot(a, 1), slot(a, 2));
    let Some(src) = src else {
        if enc.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_str() {
        let Some(e) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let e = opt_str(vm, Some(e), tn, "encoding", "utf-8")?;
        let er = opt_str(vm, errors, tn, "errors", "strict")?;
        return encode_str(vm, s, &e, &er, src);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = src.payload() {
        return bytes_arg(vm, src);
    }
    if tn == "bytes" {
        if let Some(f) = crate::runtime::attr::lookup_type(&vm.type_of(src), "__bytes__") {
            let r = vm.call(&f, vec![src.clone()])?;
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    let is_int = crate::runtime::strformat::int_of(src).is_some()
        || crate::runtime::attr::lookup_type(&vm.type_of(src), "__index__").is_some();
    if is_int {
        let n = sa::index(vm, src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 40) {
            return Err(vm.new_error("MemoryError", ""));
        }
        return Ok(vec![0u8; n as usize]);
    }
    let it = match crate::runtime::iter::get_iter(vm, src) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {}",
                vm.type_name(src),
                tn
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = crate::runtime::iter::next(vm, &it)? {
        out.push(byte_value(vm, &x, "bytes must be in range(0, 256)")?);
    }
    Ok(out)
}

fn bytes_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("bytes.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.t.bytes) {
        return Err(vm.type_error(format!(
            "bytes.__new__({}): {} is not a subtype of bytes",
            cls.name(),
            cls.name()
        )));
    }
    let a = sa::parse(
        vm,
        &args,
        "bytes",
        0,
        3,
        Sig::Kw(&["source", "encoding", "errors"]),
    )?;
    let data = construct(vm, &a, "bytes")?;
    if std::rc::Rc::ptr_eq(&cls, &vm.t.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Bytes(data.into_boxed_slice()),
    ))
}

fn bytearray_init(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(
        vm,
        &args,
        "bytearray",
        0,
        3,
        Sig::Kw(&["source", "encoding", "errors"]),
    )?;
    let data = construct(vm, &a, "bytearray")?;
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => {
            *b.borrow_mut() = data;
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor '__init__' requires a 'bytearray' object")),
    }
}

// ----- bytearray mutators -------------------------------------------------------

fn storage<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a std::cell::RefCell<Vec<u8>>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object"))),
    }
}

fn ba_append(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "bytearray.append", 1, 1, Sig::Exact)?;
    let c = byte_value(
        vm,
        slot(&a, 0).unwrap_or(&Value::None),
        "byte must be in range(0, 256)",
    )?;
    storage(vm, &args, "append")?.borrow_mut().push(c);
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "bytearray.extend", 1, 1, Sig::Exact)?;
    let src = slot(&a, 0).cloned().unwrap_or(Value::None);
    let data = match src.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => bytes_arg(vm, &src)?,
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("expected iterable of integers; got: 'str'"))
        }
        _ => {
            let it = match crate::runtime::iter::get_iter(vm, &src) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, "TypeError") => {
                    return Err(vm.type_error(format!(
                        "can't extend bytearray with {}",
                        vm.type_name(&src)
                    )))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = crate::runtime::iter::next(vm, &it)? {
                out.push(byte_value(vm, &x, "byte must be in range(0, 256)")?);
            }
            out
        }
    };
    storage(vm, &args, "extend")?
        .borrow_mut()
        .extend_from_slice(&data);
    Ok(Value::None)
}

fn ba_pop(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "pop", 0, 1, Sig::Range)?;
    let idx = match slot(&a, 0) {
        Some(v) => sa::index(vm, v)?,
        None => -1,
    };
    let st = storage(vm, &args, "pop")?;
    let mut b = st.borrow_mut();
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = b.len() as i64;
    let i = if idx < 0 { idx + n } else { idx };
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(b.remove(i as usize) as i64))
}

fn ba_insert(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "insert", 2, 2, Sig::Range)?;
    let idx = sa::index(vm, slot(&a, 0).unwrap_or(&Value::None))?;
    let c = byte_value(
        vm,
        slot(&a, 1).unwrap_or(&Value::None),
        "byte must be in range(0, 256)",
    )?;
    let st = storage(vm, &args, "insert")?;
    let mut b = st.borrow_mut();
    let n = b.len() as i64;
    let i = if idx < 0 {
        (idx + n).max(0)
    } else {
        idx.min(n)
    };
    b.insert(i as usize, c);
    Ok(Value::None)
}

fn ba_remove(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "bytearray.remove", 1, 1, Sig::Exact)?;
    let c = byte_value(
        vm,
        slot(&a, 0).unwrap_or(&Value::None),
        "byte must be in range(0, 256)",
    )?;
    let st = storage(vm, &args, "remove")?;
    let mut b = st.borrow_mut();
    match b.iter().position(|&x| x == c) {
        Some(i) => {
            b.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "bytearray.clear", 0, 0, Sig::Exact)?;
    storage(vm, &args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "bytearray.copy", 0, 0, Sig::Exact)?;
    let data = storage(vm, &args, "copy")?.borrow().clone();
    Ok(vm.new_bytearray(data))
}

fn ba_reverse(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "bytearray.reverse", 0, 0, Sig::Exact)?;
    storage(vm, &args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_setitem(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "__setitem__", 2, 2, Sig::Range)?;
    storage(vm, &args, "__setitem__")?;
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let key = slot(&a, 0).cloned().unwrap_or(Value::None);
    let val = slot(&a, 1).cloned().unwrap_or(Value::None);
    crate::runtime::subscript::native_setitem(vm, o, &key, val)?;
    Ok(Value::None)
}

fn ba_delitem(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "bytearray.__delitem__", 1, 1, Sig::Exact)?;
    storage(vm, &args, "__delitem__")?;
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let key = slot(&a, 0).cloned().unwrap_or(Value::None);
    crate::runtime::subscript::native_delitem(vm, o, &key)?;
    Ok(Value::None)
}

fn b_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, &qual(&args, "__getitem__"), 1, 1, Sig::Exact)?;
    this(vm, &args, "__getitem__")?;
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let key = slot(&a, 0).cloned().unwrap_or(Value::None);
    match crate::runtime::subscript::native_getitem(vm, o, &key)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(&key)
        ))),
    }
}

fn b_len(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, &qual(&args, "__len__"), 0, 0, Sig::Exact)?;
    let (b, _) = this(vm, &args, "__len__")?;
    Ok(Value::Int(b.len() as i64))
}

fn b_mod(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, &qual(&args, "__mod__"), 1, 1, Sig::Exact)?;
    let (b, ba) = this(vm, &args, "__mod__")?;
    let r = crate::runtime::strformat::percent_format_bytes(
        vm,
        &b,
        slot(&a, 0).unwrap_or(&Value::None),
    )?;
    if ba {
        if let Some(Payload::Bytes(x)) = r.payload() {
            return Ok(vm.new_bytearray(x.to_vec()));
        }
    }
    Ok(r)
}

/// `bytearray.__reduce__`: `(type, (bytes(b),), state)`, as protocol 3+ does.
fn bytearray_reduce(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let data = crate::runtime::convert::bytes_like(vm, &this)?;
    let state = super::object::instance_state(&this);
    Ok(vm.new_tuple(vec![
        Value::Type(vm.type_of(&this)),
        vm.new_tuple(vec![vm.new_bytes(data)]),
        state,
    ]))
}

pub fn register(vm: &Vm) {
    add_method(vm, &vm.t.bytearray, "__reduce__", bytearray_reduce);
    let shared: &[(&'static str, NativeFn)] = &[
        ("upper", b_upper),
        ("lower", b_lower),
        ("title", b_title),
        ("capitalize", b_capitalize),
        ("swapcase", b_swapcase),
        ("isalpha", b_isalpha),
        ("isdigit", b_isdigit),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
        ("isascii", b_isascii),
        ("decode", b_decode),
        ("hex", b_hex),
        ("count", b_count),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("translate", b_translate),
        ("__getitem__", b_getitem),
        ("__len__", b_len),
        ("__mod__", b_mod),
    ];
    for t in [&vm.t.bytes, &vm.t.bytearray] {
        for (name, f) in shared {
            add_method(vm, t, name, *f);
        }
        add_classmethod(vm, t, "fromhex", b_fromhex);
        add_staticmethod(vm, t, "maketrans", b_maketrans);
    }
    add_staticmethod(vm, &vm.t.bytes, "__new__", bytes_new);
    let ba = &vm.t.bytearray;
    let muts: &[(&'static str, NativeFn)] = &[
        ("__init__", bytearray_init),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
    ];
    for (name, f) in muts {
        add_method(vm, ba, name, *f);
    }
}
