//! String formatting: printf-style `str % args` / `bytes % args`, the
//! `format(v, spec)` protocol, and the `str.format` / `format_map` engine.
//!
//! # One `%` engine for str and bytes
//!
//! CPython has two copies of the printf machinery (`unicode_format` and
//! `_PyBytes_FormatEx`) that differ only in which conversions exist and what
//! `%s` means. Here a single engine walks the format as a slice of `char`s;
//! for bytes every byte is mapped to the char of the same value (Latin-1), and
//! everything the bytes conversions produce is also Latin-1, so the output is
//! turned back into bytes losslessly at the end. The argument-consumption
//! rules are transcribed from CPython because programs observe them through
//! error messages: a tuple supplies one argument per conversion, any other
//! value is a single argument; a "mapping" (anything with `__getitem__` other
//! than a tuple or str) switches `%(key)s` on and silences the "not all
//! arguments converted" check; `*` widths consume arguments too.
//!
//! # format() and str.format
//!
//! `format_value` short-circuits exact built-in numbers and strings to
//! `numfmt`, and otherwise calls `type(v).__format__`, exactly like
//! `PyObject_Format`. The `str.format` engine follows CPython's
//! `MarkupIterator`/`parse_field`/`FieldNameIterator` structure closely,
//! because its error messages depend on where in that parse a malformed field
//! is noticed (for example `'{0!}'` reports an unmatched brace in the spec,
//! not a missing conversion). Nested fields inside a spec are expanded by a
//! recursive call with a depth budget of two, sharing the automatic-numbering
//! state, as CPython does.
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::attr;
use crate::runtime::numfmt;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

/// `ascii()` of an already computed repr: non-ASCII characters become
/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp <= 0xff {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp <= 0xffff {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// `ascii(v)`.
pub fn ascii_of(vm: &Vm, v: &Value) -> PyResult<String> {
    Ok(ascii_escape(&ops::repr(vm, v)?))
}

fn has_special(vm: &Vm, v: &Value, name: &str) -> bool {
    attr::lookup_type(&vm.type_of(v), name).is_some()
}

/// `PyNumber_Check`: has `__index__`, `__int__` or `__float__`, or is complex.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o)
            if matches!(
                o.payload,
                Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)
            ) =>
        {
            true
        }
        _ => {
            has_special(vm, v, "__index__")
                || has_special(vm, v, "__int__")
                || has_special(vm, v, "__float__")
        }
    }
}

/// The `int` value of a Python int (incl. bool and int subclasses), if it is one.
pub fn int_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The `float` value of a Python float (incl. subclasses), if it is one.
fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

fn float_to_int(vm: &Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    numfmt::float_to_bigint(f)
        .ok_or_else(|| vm.overflow_error("cannot convert float infinity to integer"))
}

/// Calls the special method `name` and requires an int result.
fn call_int_special(vm: &Vm, v: &Value, name: &str) -> PyResult<Option<BigInt>> {
    let Some(f) = attr::lookup_type(&vm.type_of(v), name) else {
        return Ok(None);
    };
    let r = vm.call(&f, vec![v.clone()])?;
    match int_of(&r) {
        Some(b) => Ok(Some(b)),
        None => Err(vm.type_error(format!(
            "{} returned non-int (type {})",
            name,
            vm.type_name(&r)
        ))),
    }
}

/// `PyFloat_AsDouble` with CPython's error text ("must be real number, not str").
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float_of(v) {
        return Ok(f);
    }
    if let Some(b) = int_of(v) {
        return numfmt::bigint_to_f64(&b)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(f) = attr::lookup_type(&vm.type_of(v), "__float__") {
        let r = vm.call(&f, vec![v.clone()])?;
        return match float_of(&r) {
            Some(x) => Ok(x),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(b) = call_int_special(vm, v, "__index__")? {
        return numfmt::bigint_to_f64(&b)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn spec_error(vm: &Vm, msg: String) -> PyErr {
    if numfmt::is_overflow_message(&msg) {
        vm.overflow_error(msg)
    } else {
        vm.value_error(msg)
    }
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct PercentCtx<'a> {
    vm: &'a Vm,
    args: Value,
    /// Items when `args` is a tuple.
    tuple: Option<Vec<Value>>,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
    bytes: bool,
}

impl PercentCtx<'_> {
    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(t) = &self.tuple {
                if let Some(v) = t.get(i as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(self.vm.type_error("not enough arguments for format string"))
    }
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

fn is_mapping_arg(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(_) | Payload::Str(_) => false,
            Payload::Dict(_) | Payload::List(_) => true,
            _ => attr::lookup_type(&o.class, "__getitem__").is_some(),
        },
        _ => false,
    }
}

fn latin1_to_string(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The bytes of a `%b`/`%s` argument in bytes formatting.
fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        _ => {}
    }
    if let Some(f) = attr::lookup_type(&vm.type_of(v), "__bytes__") {
        let r = vm.call(&f, vec![v.clone()])?;
        return match r.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            _ => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// Integer for `%d %i %u %o %x %X`.
fn percent_int(vm: &Vm, v: &Value, ty: char) -> PyResult<BigInt> {
    let wrong = || {
        let what = if matches!(ty, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!(
            "%{} format: {} is required, not {}",
            ty,
            what,
            vm.type_name(v)
        ))
    };
    if let Some(b) = int_of(v) {
        return Ok(b);
    }
    if !is_number(vm, v) {
        return Err(wrong());
    }
    if matches!(ty, 'o' | 'x' | 'X') {
        return call_int_special(vm, v, "__index__")?.ok_or_else(wrong);
    }
    if let Some(f) = float_of(v) {
        return float_to_int(vm, f);
    }
    if let Some(b) = call_int_special(vm, v, "__int__")? {
        return Ok(b);
    }
    if let Some(b) = call_int_special(vm, v, "__index__")? {
        return Ok(b);
    }
    Err(wrong())
}

/// `_PyUnicode_FormatLong`: digits with precision zero-fill and `#` prefix.
fn format_long(v: &BigInt, flags: u8, prec: i64, ty: char) -> String {
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if flags & F_ALT != 0 {
        out.push_str(prefix);
    }
    if prec > digits.len() as i64 {
        out.extend(std::iter::repeat_n('0', prec as usize - digits.len()));
    }
    out.push_str(&digits);
    out
}

/// Pads a formatted numeric body: sign handling, `0` fill after sign and
/// `0x` prefix, left/right justification.
fn pad_numeric(out: &mut String, body: &str, flags: u8, width: i64, ty: char) {
    let (mut sign, mut rest) = match body.strip_prefix('-') {
        Some(r) => (Some('-'), r),
        None => (None, body),
    };
    if sign.is_none() {
        if flags & F_SIGN != 0 {
            sign = Some('+');
        } else if flags & F_BLANK != 0 {
            sign = Some(' ');
        }
    }
    let mut prefix = "";
    if flags & F_ALT != 0 && matches!(ty, 'o' | 'x' | 'X') && rest.len() >= 2 {
        prefix = &rest[..2];
        rest = &rest[2..];
    }
    let len = sign.is_some() as i64 + prefix.len() as i64 + rest.chars().count() as i64;
    let pad = (width - len).max(0) as usize;
    if flags & F_LJUST != 0 {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(rest);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if flags & F_ZERO != 0 {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(rest);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(rest);
    }
}

fn pad_text(out: &mut String, text: &str, flags: u8, width: i64) {
    let len = text.chars().count() as i64;
    let pad = (width - len).max(0) as usize;
    if flags & F_LJUST != 0 {
        out.push_str(text);
        out.extend(std::iter::repeat_n(' ', pad));
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(text);
    }
}

fn star_arg(ctx: &mut PercentCtx) -> PyResult<i64> {
    let v = ctx.next_arg()?;
    match int_of(&v) {
        Some(b) => b.to_i64().ok_or_else(|| {
            ctx.vm
                .overflow_error("Python int too large to convert to C ssize_t")
        }),
        None => Err(ctx.vm.type_error("* wants int")),
    }
}

fn percent_engine(vm: &Vm, fmt: &[char], args: &Value, bytes: bool) -> PyResult<String> {
    let tuple = tuple_items(args);
    let (arglen, argidx) = match &tuple {
        Some(t) => (t.len() as i64, 0),
        None => (-1, -2),
    };
    let is_map = tuple.is_none()
        && is_mapping_arg(args)
        && !(bytes
            && matches!(
                args.payload(),
                Some(Payload::Bytes(_) | Payload::ByteArray(_))
            ));
    let mut ctx = PercentCtx {
        vm,
        args: args.clone(),
        tuple,
        arglen,
        argidx,
        dict: if is_map { Some(args.clone()) } else { None },
        bytes,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let n = fmt.len();
    let mut i = 0;
    while i < n {
        let c = fmt[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i < n && fmt[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        if i < n && fmt[i] == '(' {
            let Some(dict) = ctx.dict.clone() else {
                return Err(vm.type_error("format requires a mapping"));
            };
            i += 1;
            let kstart = i;
            let mut depth = 1;
            while i < n {
                if fmt[i] == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                } else if fmt[i] == '(' {
                    depth += 1;
                }
                i += 1;
            }
            if depth > 0 || i >= n {
                return Err(vm.value_error("incomplete format key"));
            }
            let key_text: String = fmt[kstart..i].iter().collect();
            i += 1;
            let key = if bytes {
                vm.new_bytes(key_text.chars().map(|c| c as u8).collect())
            } else {
                vm.new_string(key_text)
            };
            let v = ops::getitem(vm, &dict, &key)?;
            ctx.args = v;
            ctx.tuple = None;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        let mut flags = 0u8;
        while i < n {
            match fmt[i] {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
            i += 1;
        }
        let mut width: i64 = -1;
        if i < n && fmt[i] == '*' {
            width = star_arg(&mut ctx)?;
            if width < 0 {
                flags |= F_LJUST;
                width = width.saturating_neg();
            }
            i += 1;
        } else {
            while i < n && fmt[i].is_ascii_digit() {
                let d = fmt[i] as i64 - '0' as i64;
                width = width
                    .max(0)
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d))
                    .ok_or_else(|| vm.value_error("width too big"))?;
                i += 1;
            }
        }
        let mut prec: i64 = -1;
        if i < n && fmt[i] == '.' {
            i += 1;
            prec = 0;
            if i < n && fmt[i] == '*' {
                prec = star_arg(&mut ctx)?;
                if prec < 0 {
                    prec = 0;
                }
                i += 1;
            } else {
                while i < n && fmt[i].is_ascii_digit() {
                    let d = fmt[i] as i64 - '0' as i64;
                    prec = prec
                        .checked_mul(10)
                        .and_then(|w| w.checked_add(d))
                        .ok_or_else(|| vm.value_error("precision too big"))?;
                    i += 1;
                }
            }
        }
        // C length modifiers are accepted and ignored, as in CPython.
        while i < n && matches!(fmt[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err(vm.value_error("incomplete format"));
        }
        let ty = fmt[i];
        let ty_index = i;
        i += 1;
        if ty == '%' {
            // `%%` with flags/width is an error in 3.11.
            return Err(unsupported_char(vm, ty, ty_index));
        }
        let known = matches!(
            ty,
            's' | 'r'
                | 'a'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        ) || (bytes && ty == 'b');
        if !known {
            return Err(unsupported_char(vm, ty, ty_index));
        }
        let v = ctx.next_arg()?;
        if flags & F_LJUST != 0 {
            flags &= !F_ZERO;
        }
        match ty {
            's' | 'r' | 'a' | 'b' => {
                let text = if ctx.bytes {
                    if ty == 's' || ty == 'b' {
                        latin1_to_string(&bytes_arg(vm, &v)?)
                    } else {
                        ascii_of(vm, &v)?
                    }
                } else {
                    match ty {
                        's' => ops::str_(vm, &v)?,
                        'r' => ops::repr(vm, &v)?,
                        _ => ascii_of(vm, &v)?,
                    }
                };
                let text = if prec >= 0 {
                    match text.char_indices().nth(prec as usize) {
                        Some((b, _)) => text[..b].to_string(),
                        None => text,
                    }
                } else {
                    text
                };
                pad_text(&mut out, &text, flags, width);
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = percent_int(vm, &v, ty)?;
                let body = format_long(&b, flags, prec, ty);
                pad_numeric(&mut out, &body, flags, width, ty);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = to_f64(vm, &v)?;
                let p = if prec < 0 { None } else { Some(prec as usize) };
                let body = numfmt::format_float_percent(x, ty, p, flags & F_ALT != 0);
                let mut f = flags;
                if !x.is_finite() {
                    f &= !F_ZERO;
                }
                pad_numeric(&mut out, &body, f, width, ty);
            }
            _ => {
                // 'c'
                let ch = percent_char(vm, &v, ctx.bytes)?;
                pad_text(&mut out, &ch.to_string(), flags, width);
            }
        }
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

fn unsupported_char(vm: &Vm, c: char, index: usize) -> PyErr {
    let shown = if (' '..='~').contains(&c) { c } else { '?' };
    vm.value_error(format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, c as u32, index
    ))
}

fn percent_char(vm: &Vm, v: &Value, bytes: bool) -> PyResult<char> {
    if bytes {
        match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => return Ok(b[0] as char),
            Some(Payload::ByteArray(b)) => {
                if let [c] = b.borrow().as_slice() {
                    return Ok(*c as char);
                }
            }
            _ => {}
        }
        let msg = "%c requires an integer in range(256) or a single byte";
        let n = match int_of(v) {
            Some(n) => n,
            None => match v.payload() {
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => return Err(vm.type_error(msg)),
                _ if has_special(vm, v, "__index__") => {
                    call_int_special(vm, v, "__index__")?.unwrap_or_default()
                }
                _ => return Err(vm.type_error(msg)),
            },
        };
        return match n.to_u8() {
            Some(b) => Ok(b as char),
            None => Err(vm.overflow_error("%c arg not in range(256)")),
        };
    }
    if let Some(s) = v.as_str() {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
        return Err(vm.type_error("%c requires int or char"));
    }
    let n = match int_of(v) {
        Some(n) => n,
        None if has_special(vm, v, "__index__") => {
            call_int_special(vm, v, "__index__")?.unwrap_or_default()
        }
        None => return Err(vm.type_error("%c requires int or char")),
    };
    match n.to_u32().filter(|&c| c < 0x110000) {
        Some(c) => char::from_u32(c)
            .ok_or_else(|| vm.not_implemented_error("lone surrogates are not supported in str")),
        None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    if !fmt.contains('%') {
        // Still has to run the argument checks.
        let chars: Vec<char> = Vec::new();
        percent_engine(vm, &chars, args, false)?;
        return Ok(vm.new_str(fmt));
    }
    let chars: Vec<char> = fmt.chars().collect();
    Ok(vm.new_string(percent_engine(vm, &chars, args, false)?))
}

/// `fmt % args` for bytes.
pub fn percent_format_bytes(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Value> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let s = percent_engine(vm, &chars, args, true)?;
    // Every char produced in bytes mode is < 256 (Latin-1 round trip).
    Ok(vm.new_bytes(s.chars().map(|c| c as u32 as u8).collect()))
}

// ---------------------------------------------------------------------------
// format(v, spec)
// ---------------------------------------------------------------------------

/// `format(v, spec)` (`PyObject_Format`); the result is a str value.
pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<Value> {
    match v {
        Value::Int(i) => {
            if spec.is_empty() {
                return Ok(vm.new_string(i.to_string()));
            }
            return numfmt::format_int_spec(&BigInt::from(*i), spec)
                .map(|s| vm.new_string(s))
                .map_err(|m| spec_error(vm, m));
        }
        Value::Float(f) => {
            return numfmt::format_float_spec(*f, spec)
                .map(|s| vm.new_string(s))
                .map_err(|m| spec_error(vm, m))
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return Ok(vm.new_str(if *b { "True" } else { "False" }));
            }
            return numfmt::format_int_spec(&BigInt::from(*b as i64), spec)
                .map(|s| vm.new_string(s))
                .map_err(|m| spec_error(vm, m));
        }
        Value::Obj(o) if o.class.builtin => match &o.payload {
            Payload::Str(s) => {
                if spec.is_empty() {
                    return Ok(v.clone());
                }
                return numfmt::format_str_spec(&s.value, spec)
                    .map(|s| vm.new_string(s))
                    .map_err(|m| spec_error(vm, m));
            }
            Payload::Int(b) => {
                return numfmt::format_int_spec(b, spec)
                    .map(|s| vm.new_string(s))
                    .map_err(|m| spec_error(vm, m))
            }
            Payload::Complex(re, im) => {
                return format_complex(*re, *im, spec)
                    .map(|s| vm.new_string(s))
                    .map_err(|m| spec_error(vm, m))
            }
            _ => {}
        },
        _ => {}
    }
    let t = vm.type_of(v);
    let Some(f) = attr::lookup_type(&t, "__format__") else {
        return Err(vm.type_error(format!("Type {} doesn't define __format__", t.name())));
    };
    let r = vm.call(&f, vec![v.clone(), vm.new_str(spec)])?;
    if r.as_str().is_none() {
        return Err(vm.type_error(format!(
            "__format__ must return a str, not {}",
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

/// `float.__repr__`-style digits without the trailing `.0` (as complex uses).
fn repr_no_dot0(x: f64) -> String {
    let s = numfmt::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `format(complex(re, im), spec)` (`format_complex_internal`).
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let sp = numfmt::parse_format_spec_for(spec, "complex")?;
    if sp.zero_pad {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if sp.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let mut ty = match sp.ty {
        None => '\0',
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => c,
        Some(c) => {
            return Err(format!(
                "Unknown format code '{c}' for object of type 'complex'"
            ))
        }
    };
    if sp.grouping.is_some() && ty == 'n' {
        return Err("Cannot specify ',' with 'n'.".into());
    }
    let mut skip_re = false;
    let mut add_parens = false;
    let mut default_prec = 6;
    if ty == '\0' {
        ty = 'r';
        default_prec = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let prec = match sp.precision {
        None => default_prec,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let fmt_part = |x: f64| -> String {
        let x = if sp.coerce_neg_zero && x == 0.0 {
            0.0
        } else {
            x
        };
        if ty == 'r' {
            repr_no_dot0(x)
        } else {
            numfmt::format_float_percent(x, ty, Some(prec), sp.alternate)
        }
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        let r = fmt_part(re);
        if !r.starts_with('-') {
            match sp.sign {
                Some('+') => body.push('+'),
                Some(' ') => body.push(' '),
                _ => {}
            }
        }
        body.push_str(&r);
    }
    let i = fmt_part(im);
    if !i.starts_with('-') {
        if !skip_re {
            body.push('+');
        } else {
            match sp.sign {
                Some('+') => body.push('+'),
                Some(' ') => body.push(' '),
                _ => {}
            }
        }
    }
    body.push_str(&i);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    let width = sp.width.unwrap_or(0);
    if width <= len {
        return Ok(body);
    }
    let fill = sp.fill.unwrap_or(' ');
    let m = width - len;
    let (l, r) = match sp.align.unwrap_or('>') {
        '<' => (0, m),
        '^' => (m / 2, m - m / 2),
        _ => (m, 0),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(out)
}

/// `repr(complex(re, im))`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", repr_no_dot0(im));
    }
    let i = repr_no_dot0(im);
    let sign = if i.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", repr_no_dot0(re), sign, i)
}

// ----- __format__ methods --------------------------------------------------

fn format_args(vm: &Vm, args: &Args, owner: &str) -> PyResult<(Value, Rc<str>)> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.__format__() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{}.__format__() takes exactly one argument ({} given)",
            owner,
            args.pos.len().saturating_sub(1)
        )));
    }
    let spec: Rc<str> = match args.pos[1].as_str() {
        Some(s) => s.into(),
        None => {
            return Err(vm.type_error(format!(
                "{}.__format__() argument must be str, not {}",
                owner,
                vm.type_name(&args.pos[1])
            )))
        }
    };
    Ok((args.pos[0].clone(), spec))
}

fn int_format(vm: &Vm, args: Args) -> PyResult {
    let (v, spec) = format_args(vm, &args, "int")?;
    if spec.is_empty() {
        return Ok(vm.new_string(ops::str_(vm, &v)?));
    }
    let Some(b) = int_of(&v) else {
        return Err(vm.type_error("descriptor '__format__' requires a 'int' object"));
    };
    numfmt::format_int_spec(&b, &spec)
        .map(|s| vm.new_string(s))
        .map_err(|m| spec_error(vm, m))
}

fn float_format(vm: &Vm, args: Args) -> PyResult {
    let (v, spec) = format_args(vm, &args, "float")?;
    if spec.is_empty() {
        return Ok(vm.new_string(ops::str_(vm, &v)?));
    }
    let Some(f) = float_of(&v) else {
        return Err(vm.type_error("descriptor '__format__' requires a 'float' object"));
    };
    numfmt::format_float_spec(f, &spec)
        .map(|s| vm.new_string(s))
        .map_err(|m| spec_error(vm, m))
}

fn str_format_method(vm: &Vm, args: Args) -> PyResult {
    let (v, spec) = format_args(vm, &args, "str")?;
    let Some(s) = v.as_str() else {
        return Err(vm.type_error("descriptor '__format__' requires a 'str' object"));
    };
    if spec.is_empty() {
        return Ok(vm.new_str(s));
    }
    numfmt::format_str_spec(s, &spec)
        .map(|s| vm.new_string(s))
        .map_err(|m| spec_error(vm, m))
}

fn complex_format(vm: &Vm, args: Args) -> PyResult {
    let (v, spec) = format_args(vm, &args, "complex")?;
    let Some(Payload::Complex(re, im)) = v.payload() else {
        return Err(vm.type_error("descriptor '__format__' requires a 'complex' object"));
    };
    if spec.is_empty() {
        return Ok(vm.new_string(ops::str_(vm, &v)?));
    }
    format_complex(*re, *im, &spec)
        .map(|s| vm.new_string(s))
        .map_err(|m| spec_error(vm, m))
}

fn object_format(vm: &Vm, args: Args) -> PyResult {
    let (v, spec) = format_args(vm, &args, "object")?;
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&v)
        )));
    }
    Ok(vm.new_string(ops::str_(vm, &v)?))
}

/// Registers `__format__` on object/int/bool/float/str/complex.
pub fn register_format_methods(vm: &Vm) {
    use crate::runtime::setup::add_method;
    add_method(vm, &vm.t.object, "__format__", object_format);
    add_method(vm, &vm.t.int, "__format__", int_format);
    add_method(vm, &vm.t.float, "__format__", float_format);
    add_method(vm, &vm.t.str, "__format__", str_format_method);
    add_method(vm, &vm.t.complex, "__format__", complex_format);
}

// ---------------------------------------------------------------------------
// str.format engine
// ---------------------------------------------------------------------------

/// Where `{name}` fields are looked up.
pub enum FormatKw<'a> {
    None,
    Pairs(&'a [(Rc<str>, Value)]),
    Map(&'a Value),
}

#[derive(Clone, Copy, PartialEq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// `get_integer`: all decimal digits -> value; otherwise `None`.
fn get_integer(vm: &Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = c
            .to_digit(10)
            .filter(|_| c.is_ascii_digit())
            .or_else(|| unicode_decimal(c))
        else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= i64::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

fn unicode_decimal(c: char) -> Option<u32> {
    if c.is_ascii() {
        return None;
    }
    if crate::runtime::strfuncs::isdecimal(c.encode_utf8(&mut [0u8; 4])) {
        numfmt::parse_int(c.encode_utf8(&mut [0u8; 4]), 10).and_then(|b| b.to_u32())
    } else {
        None
    }
}

struct Engine<'a> {
    vm: &'a Vm,
    args: &'a [Value],
    kw: FormatKw<'a>,
    auto: AutoNumber,
}

impl Engine<'_> {
    fn build(&mut self, fmt: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(self.vm.value_error("Max string recursion exceeded"));
        }
        let vm = self.vm;
        let mut out = String::with_capacity(fmt.len() + 16);
        let n = fmt.len();
        let mut i = 0;
        while i < n {
            // Literal text.
            let start = i;
            let mut c = '\0';
            let mut markup = false;
            while i < n {
                c = fmt[i];
                i += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
            }
            let at_end = i >= n;
            let mut lit_end = i;
            if markup {
                if c == '}' && (at_end || fmt[i] != '}') {
                    return Err(vm.value_error("Single '}' encountered in format string"));
                }
                if at_end && c == '{' {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                if fmt[i] == c {
                    // Escaped brace: keep one.
                    i += 1;
                    markup = false;
                } else {
                    lit_end -= 1;
                }
            }
            out.extend(&fmt[start..lit_end]);
            if !markup {
                continue;
            }
            // parse_field
            let fstart = i;
            let mut c = '\0';
            while i < n {
                c = fmt[i];
                i += 1;
                match c {
                    '{' => return Err(vm.value_error("unexpected '{' in field name")),
                    '[' => {
                        while i < n && fmt[i] != ']' {
                            i += 1;
                        }
                        continue;
                    }
                    '}' | ':' | '!' => break,
                    _ => continue,
                }
            }
            let fend = if matches!(c, '}' | ':' | '!') {
                i - 1
            } else {
                i
            };
            let field_name = &fmt[fstart..fend];
            let mut conversion = None;
            let mut spec: &[char] = &[];
            let mut needs_expanding = false;
            if c == '!' || c == ':' {
                let mut spec_follows = true;
                if c == '!' {
                    if i >= n {
                        return Err(
                            vm.value_error("end of string while looking for conversion specifier")
                        );
                    }
                    conversion = Some(fmt[i]);
                    i += 1;
                    if i < n {
                        let c2 = fmt[i];
                        i += 1;
                        if c2 == '}' {
                            spec_follows = false;
                        } else if c2 != ':' {
                            return Err(vm.value_error("expected ':' after conversion specifier"));
                        }
                    }
                }
                if spec_follows {
                    let sstart = i;
                    let mut count = 1;
                    let mut done = false;
                    while i < n {
                        let ch = fmt[i];
                        i += 1;
                        if ch == '{' {
                            needs_expanding = true;
                            count += 1;
                        } else if ch == '}' {
                            count -= 1;
                            if count == 0 {
                                spec = &fmt[sstart..i - 1];
                                done = true;
                                break;
                            }
                        }
                    }
                    if !done {
                        return Err(vm.value_error("unmatched '{' in format spec"));
                    }
                }
            } else if c != '}' {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            // Render the field.
            let obj = self.get_field(field_name)?;
            let obj = match conversion {
                None => obj,
                Some('r') => vm.new_string(ops::repr(vm, &obj)?),
                Some('s') => ops::str_value(vm, &obj)?,
                Some('a') => vm.new_string(ascii_of(vm, &obj)?),
                Some(cc) => {
                    let msg = if (' '..='~').contains(&cc) {
                        format!("Unknown conversion specifier {cc}")
                    } else {
                        format!("Unknown conversion specifier \\x{:x}", cc as u32)
                    };
                    return Err(vm.value_error(msg));
                }
            };
            let spec_s: String = if needs_expanding {
                self.build(spec, depth - 1)?
            } else {
                spec.iter().collect()
            };
            let r = format_value(vm, &obj, &spec_s)?;
            if let Some(s) = r.as_str() {
                out.push_str(s);
            }
        }
        Ok(out)
    }

    fn get_field(&mut self, name: &[char]) -> PyResult<Value> {
        let vm = self.vm;
        let mut i = 0;
        while i < name.len() && name[i] != '.' && name[i] != '[' {
            i += 1;
        }
        let first = &name[..i];
        let mut idx = get_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || idx.is_some() {
            if self.auto.state == AutoState::Init {
                self.auto.state = if empty {
                    AutoState::Auto
                } else {
                    AutoState::Manual
                };
            }
            if self.auto.state == AutoState::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.auto.state == AutoState::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                idx = Some(self.auto.next);
                self.auto.next += 1;
            }
        }
        let mut obj = match idx {
            Some(k) => match self.args.get(k) {
                Some(v) => v.clone(),
                None => {
                    if matches!(self.kw, FormatKw::Map(_)) && self.args.is_empty() {
                        // `format_map` has no positional arguments at all.
                        return Err(vm.value_error("Format string contains positional fields"));
                    }
                    return Err(vm.index_error(format!(
                        "Replacement index {k} out of range for positional args tuple"
                    )));
                }
            },
            None => {
                let key: String = first.iter().collect();
                match &self.kw {
                    FormatKw::None => return Err(vm.key_error(vm.new_string(key))),
                    FormatKw::Pairs(p) => match p.iter().find(|(k, _)| **k == *key) {
                        Some((_, v)) => v.clone(),
                        None => return Err(vm.key_error(vm.new_string(key))),
                    },
                    FormatKw::Map(m) => ops::getitem(vm, m, &vm.new_string(key))?,
                }
            }
        };
        // Attribute and item accessors.
        while i < name.len() {
            let c = name[i];
            i += 1;
            match c {
                '.' => {
                    let s = i;
                    while i < name.len() && name[i] != '.' && name[i] != '[' {
                        i += 1;
                    }
                    if s == i {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let attr_name: String = name[s..i].iter().collect();
                    obj = attr::getattr_str(vm, &obj, &attr_name)?;
                }
                '[' => {
                    let s = i;
                    while i < name.len() && name[i] != ']' {
                        i += 1;
                    }
                    if i >= name.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let key = &name[s..i];
                    i += 1;
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let k = match get_integer(vm, key)? {
                        Some(n) => Value::Int(n as i64),
                        None => vm.new_string(key.iter().collect()),
                    };
                    obj = ops::getitem(vm, &obj, &k)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    )
                }
            }
        }
        Ok(obj)
    }
}

/// The `str.format` engine with keyword lookup given as [`FormatKw`].
pub fn str_format_kw(vm: &Vm, fmt: &str, args: &[Value], kw: FormatKw) -> PyResult<String> {
    if !fmt.contains(['{', '}']) {
        return Ok(fmt.to_string());
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut e = Engine {
        vm,
        args,
        kw,
        auto: AutoNumber {
            state: AutoState::Init,
            next: 0,
        },
    };
    e.build(&chars, 2)
}

/// `fmt.format(*args, **kwargs)`; `kwargs` is a dict (or any mapping, for
/// `format_map`) or None.
pub fn str_format(vm: &Vm, fmt: &str, args: &[Value], kwargs: &Value) -> PyResult<String> {
    let kw = if kwargs.is_none() {
        FormatKw::None
    } else {
        FormatKw::Map(kwargs)
    };
    str_format_kw(vm, fmt, args, kw)
}
