//! Argument handling shared by the `str`, `bytes` and `bytearray` methods.
//!
//! CPython's string methods come from three generations of argument parsing,
//! and each produces differently worded errors that programs (and tests)
//! observe: Argument Clinic functions with keywords (`split`, `encode` …) say
//! "split() takes at most 2 arguments (3 given)" and "'x' is an invalid
//! keyword argument for split()"; positional-only Clinic functions with a
//! range (`center`, `replace`, `strip`) say "center expected at least 1
//! argument, got 0"; `METH_O`/`METH_NOARGS` functions say "str.upper() takes
//! no arguments (1 given)"; and the old `find`-family parser says "find()
//! takes at least 1 argument (0 given)". [`Sig`] names the style so each
//! method states its shape once and gets the exact text.
//!
//! The other helpers implement CPython's integer conventions: `__index__`
//! sized integers with the C `ssize_t` overflow message, and slice-style
//! `start`/`end` bounds that accept None, clamp huge values instead of
//! raising, and are normalised with `ADJUST_INDICES`.
use num_traits::{Signed, ToPrimitive};

use crate::runtime::attr;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

/// How a method parses its arguments (and so how it words its errors).
#[derive(Clone, Copy)]
pub enum Sig {
    /// Clinic with keywords: the parameter names.
    Kw(&'static [&'static str]),
    /// Positional-only Clinic with a min..max range ("center expected …").
    Range,
    /// `METH_NOARGS` / `METH_O`: "str.upper() takes no arguments (1 given)".
    Exact,
    /// The `find` family: "find() takes at least 1 argument (0 given)".
    Old,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Parses `args` (self excluded: `args.pos[0]` is skipped) into `max`
/// optional slots. `qual` is the qualified name used by `Sig::Exact`
/// (`"str.upper"`); `name` the bare method name.
pub fn parse(
    vm: &Vm,
    args: &Args,
    qual: &str,
    min: usize,
    max: usize,
    sig: Sig,
) -> PyResult<Vec<Option<Value>>> {
    let name = qual.rsplit('.').next().unwrap_or(qual);
    let pos = args.pos.get(1..).unwrap_or(&[]);
    let n = pos.len();
    match sig {
        Sig::Kw(names) => {
            if n > max {
                return Err(vm.type_error(format!(
                    "{}() takes at most {} argument{} ({} given)",
                    name,
                    max,
                    plural(max),
                    n + args.kw.len()
                )));
            }
            let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
            out.resize(max, None);
            for (k, v) in &args.kw {
                match names.iter().position(|nm| **nm == **k) {
                    Some(i) if i < max => {
                        if out[i].is_some() {
                            return Err(vm.type_error(format!(
                                "argument for {}() given by name ('{}') and position ({})",
                                name,
                                k,
                                i + 1
                            )));
                        }
                        out[i] = Some(v.clone());
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "'{k}' is an invalid keyword argument for {name}()"
                        )))
                    }
                }
            }
            if let Some(i) = out.iter().take(min).position(|x| x.is_none()) {
                if i >= n {
                    return Err(vm.type_error(format!(
                        "{}() missing required argument '{}' (pos {})",
                        name,
                        names.get(i).copied().unwrap_or("?"),
                        i + 1
                    )));
                }
            }
            Ok(out)
        }
        _ => {
            if !args.kw.is_empty() {
                let q = if matches!(sig, Sig::Exact) {
                    qual
                } else {
                    name
                };
                return Err(vm.type_error(format!("{q}() takes no keyword arguments")));
            }
            if n < min || n > max {
                return Err(vm.type_error(match sig {
                    Sig::Exact if max == 0 => format!("{qual}() takes no arguments ({n} given)"),
                    Sig::Exact => format!("{qual}() takes exactly one argument ({n} given)"),
                    Sig::Range if min == max => format!(
                        "{} expected {} argument{}, got {}",
                        name,
                        min,
                        plural(min),
                        n
                    ),
                    Sig::Range if n < min => format!(
                        "{} expected at least {} argument{}, got {}",
                        name,
                        min,
                        plural(min),
                        n
                    ),
                    Sig::Range => format!(
                        "{} expected at most {} argument{}, got {}",
                        name,
                        max,
                        plural(max),
                        n
                    ),
                    _ if n < min => format!(
                        "{}() takes at least {} argument{} ({} given)",
                        name,
                        min,
                        plural(min),
                        n
                    ),
                    _ => format!(
                        "{}() takes at most {} argument{} ({} given)",
                        name,
                        max,
                        plural(max),
                        n
                    ),
                }));
            }
            let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
            out.resize(max, None);
            Ok(out)
        }
    }
}

/// An index-sized integer (`__index__`), OverflowError past `i64`.
pub fn index(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => {
            let b = ops::to_bigint(vm, v)?;
            b.to_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
    }
}

/// A slice bound (`start`/`end` of `find` & co.): None -> `default`, huge
/// values clamp, non-integers raise CPython's slice-index TypeError.
pub fn slice_bound(vm: &Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok(default),
        Some(v) => v,
    };
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => {
            let b = match &o.payload {
                Payload::Int(b) => b.clone(),
                _ if attr::lookup_type(&o.class, "__index__").is_some() => ops::to_bigint(vm, v)?,
                _ => {
                    return Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            };
            Ok(b.to_i64()
                .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
        }
        _ => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's `ADJUST_INDICES`: returns `(start, end)` as non-negative
/// values; `start` may exceed `len`.
pub fn adjust(start: i64, end: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start as usize, end as usize)
}

/// `(start, end)` optional slots at `slots[i]`, `slots[i+1]`, adjusted.
pub fn bounds(vm: &Vm, slots: &[Option<Value>], i: usize, len: usize) -> PyResult<(usize, usize)> {
    let s = slice_bound(vm, slots.get(i).unwrap_or(&None), 0)?;
    let e = slice_bound(vm, slots.get(i + 1).unwrap_or(&None), i64::MAX)?;
    Ok(adjust(s, e, len))
}

/// Normalised codec name: `"utf-8"`, `"ascii"`, `"latin-1"`, or `Err` with
/// the exception to raise (LookupError, or NotImplementedError for real
/// codecs this runtime does not carry).
pub fn codec(vm: &Vm, name: &str) -> PyResult<&'static str> {
    let n = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok("utf-8"),
        "ascii" | "us-ascii" | "646" | "us" => Ok("ascii"),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Ok("latin-1"),
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" | "utf-32"
        | "utf32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" | "utf-8-sig"
        | "cp1252" | "windows-1252" | "cp437" | "cp1251" | "idna" | "punycode"
        | "unicode-escape" | "raw-unicode-escape" | "utf-7" | "mbcs" | "iso-8859-15" | "koi8-r"
        | "shift-jis" | "euc-jp" | "gbk" | "big5" | "rot13" | "hex" | "base64" => {
            Err(vm
                .not_implemented_error(format!("codec '{name}' is not supported by this runtime")))
        }
        _ => {
            let ty = vm.exc_type("LookupError");
            Err(vm.new_exception(
                &ty,
                vec![vm.new_string(format!("unknown encoding: {name}"))],
            ))
        }
    }
}

/// Builds a `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's five
/// arguments `(encoding, object, start, end, reason)`.
pub fn unicode_error(
    vm: &Vm,
    kind: &str,
    encoding: &str,
    object: Value,
    err: (usize, usize, String),
) -> PyErr {
    let (start, end, reason) = err;
    if reason.starts_with("unknown error handler name") {
        let ty = vm.exc_type("LookupError");
        return vm.new_exception(&ty, vec![vm.new_string(reason)]);
    }
    let ty = vm.exc_type(kind);
    vm.new_exception(
        &ty,
        vec![
            vm.new_str(encoding),
            object,
            Value::Int(start as i64),
            Value::Int(end as i64),
            vm.new_string(reason),
        ],
    )
}

/// `str()` of a UnicodeDecodeError/UnicodeEncodeError built by
/// [`unicode_error`], as CPython renders it; `None` if `args` do not match.
pub fn unicode_error_str(args: &[Value]) -> Option<String> {
    let [enc, obj, Value::Int(start), Value::Int(end), reason] = args else {
        return None;
    };
    let (enc, reason) = (enc.as_str()?, reason.as_str()?);
    let (start, end) = (usize::try_from(*start).ok()?, usize::try_from(*end).ok()?);
    match obj.payload()? {
        Payload::Bytes(b) => {
            let byte = *b.get(start)?;
            if end == start + 1 {
                Some(format!(
                    "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                ))
            } else {
                Some(format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    enc,
                    start,
                    end - 1,
                    reason
                ))
            }
        }
        Payload::Str(s) => {
            let c = s.value.chars().nth(start)?;
            if end == start + 1 {
                let cp = c as u32;
                let shown = if cp <= 0xff {
                    format!("\\x{cp:02x}")
                } else if cp <= 0xffff {
                    format!("\\u{cp:04x}")
                } else {
                    format!("\\U{cp:08x}")
                };
                Some(format!(
                    "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
                ))
            } else {
                Some(format!(
                    "'{}' codec can't encode characters in position {}-{}: {}",
                    enc,
                    start,
                    end - 1,
                    reason
                ))
            }
        }
        _ => None,
    }
}

/// Collects any iterable into a Vec.
pub fn collect(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => crate::runtime::iter::collect(vm, v),
    }
}
