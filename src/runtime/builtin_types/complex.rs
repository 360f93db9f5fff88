//! Methods of the built-in `complex` type, plus CPython's complex arithmetic
//! kernels.
//!
//! Two kernels are transcribed from CPython's `complexobject.c` because the
//! textbook formulas give different last-bit results: division uses Smith's
//! algorithm (`_Py_c_quot`, scaling by the larger component of the divisor),
//! and `**` with a small integral exponent (|n| <= 100) uses repeated squaring
//! (`c_powi`), so `(1+2j)**2` is exactly `(-3+4j)` rather than the polar
//! formula's `(-3.0000000000000004+3.9999999999999996j)`. Both are `pub` so
//! the interpreter's native arithmetic (`arith.rs`) can use them too.
//!
//! `complex('1+2j')` follows `complex_from_string_inner`: an optional pair of
//! parentheses, then `<float>`, `<float>j`, `<float><signed-float>j`, or the
//! legacy forms `<float><sign>j`, `<sign>j` and `j`, where `<float>` is
//! anything `float()` accepts (including `inf`/`nan`), and underscores only
//! between digits. `repr` follows `complex_repr`: parts are formatted with
//! the shortest round-trip repr but without a forced `.0`, the real part is
//! omitted (with no parentheses) when it is +0.0, and a NaN's sign is never
//! shown.
use std::rc::Rc;

use crate::frontend::bytecode::BinOpKind;
use crate::runtime::attr;
use crate::runtime::builtin_types::float::{float_value, try_to_f64};
use crate::runtime::builtin_types::int::{
    add_getter, big_to_f64, bind, check_self, exact_args, int_value, is_int, no_args,
};
use crate::runtime::call;
use crate::runtime::numfmt;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::pyhash;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

// ----- kernels -------------------------------------------------------------------------

/// One part of a complex repr: float repr without a forced ".0".
fn part_repr(x: f64) -> String {
    let s = numfmt::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex(re, im))` exactly as CPython formats it.
pub fn complex_repr(re: f64, im: f64) -> String {
    let im_s = part_repr(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_s}j");
    }
    let im_signed = if !im.is_nan() && im_s.starts_with('-') {
        im_s
    } else {
        format!("+{im_s}")
    };
    format!("({}{}j)", part_repr(re), im_signed)
}

/// CPython's `_Py_c_quot`; `None` on division by zero.
pub fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `_Py_c_pow`; `Err(())` for 0 to a negative or complex power.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), ()> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` for complex operands (CPython's `complex_pow`).
pub fn complex_pow(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            Ok(c_powu(a, n))
        } else {
            c_quot((1.0, 0.0), c_powu(a, -n)).ok_or(())
        }
    } else {
        c_pow(a, b)
    };
    match r {
        Err(()) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Ok((re, im)) => {
            if re.is_infinite() || im.is_infinite() {
                return Err(vm.overflow_error("complex exponentiation"));
            }
            Ok(vm.new_complex(re, im))
        }
    }
}

// ----- values ----------------------------------------------------------------------------

pub fn complex_value(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(r, i)) => Some((*r, *i)),
        _ => None,
    }
}

fn is_complex(v: &Value) -> bool {
    complex_value(v).is_some()
}

/// int, float or complex operand as a complex pair; `Ok(None)` for other types.
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = complex_value(v) {
        return Ok(Some(c));
    }
    if let Some(f) = float_value(v) {
        return Ok(Some((f, 0.0)));
    }
    if let Some(b) = int_value(v) {
        return Ok(Some((big_to_f64(vm, &b)?, 0.0)));
    }
    Ok(None)
}

// ----- complex() ---------------------------------------------------------------------

/// Length of the longest prefix of `s` that is a float literal (`PyOS_string_to_double`).
fn float_prefix(s: &[u8]) -> usize {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if lower.starts_with(b"infinity") {
        return i + 8;
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return i + 3;
    }
    let start = i;
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let es = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > es {
            i = j;
        }
    }
    let _ = start;
    i
}

fn parse_prefix(s: &[u8], n: usize) -> f64 {
    std::str::from_utf8(&s[..n])
        .ok()
        .and_then(numfmt::parse_float)
        .unwrap_or(f64::NAN)
}

/// Parse `complex(str)`; `None` for a malformed string.
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    // Underscores are allowed only between digits; then removed.
    let raw = text.as_bytes();
    let mut buf = Vec::with_capacity(raw.len());
    for (i, &c) in raw.iter().enumerate() {
        if c == b'_' {
            let prev_ok = i > 0 && raw[i - 1].is_ascii_digit();
            let next_ok = raw.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !prev_ok || !next_ok {
                return None;
            }
        } else {
            buf.push(c);
        }
    }
    let s = &buf[..];
    if !s.is_ascii() || s.contains(&0) {
        return None;
    }
    let space = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
    let mut i = 0;
    while i < s.len() && space(s[i]) {
        i += 1;
    }
    let mut bracket = false;
    if i < s.len() && s[i] == b'(' {
        bracket = true;
        i += 1;
        while i < s.len() && space(s[i]) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |i: usize| i < s.len() && (s[i] == b'j' || s[i] == b'J');
    let n = float_prefix(&s[i..]);
    if n > 0 {
        let z = parse_prefix(&s[i..], n);
        i += n;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            x = z;
            let m = float_prefix(&s[i..]);
            if m > 0 {
                y = parse_prefix(&s[i..], m);
                i += m;
            } else {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(i) {
                return None;
            }
            i += 1;
        } else if is_j(i) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    while i < s.len() && space(s[i]) {
        i += 1;
    }
    if bracket {
        if i >= s.len() || s[i] != b')' {
            return None;
        }
        i += 1;
        while i < s.len() && space(s[i]) {
            i += 1;
        }
    }
    if i != s.len() {
        return None;
    }
    Some((x, y))
}

/// A complex-constructor argument as (re, im): `__complex__`, then a real number.
fn complex_arg(vm: &Vm, v: &Value, first: bool) -> PyResult<(f64, f64)> {
    if let Some(c) = complex_value(v) {
        if first {
            let t = vm.type_of(v);
            if !t.builtin {
                if let Some(f) = attr::lookup_type(&t, "__complex__") {
                    return call_complex(vm, &f, v);
                }
            }
        }
        return Ok(c);
    }
    let t = vm.type_of(v);
    if first {
        if let Some(f) = attr::lookup_type(&t, "__complex__") {
            return call_complex(vm, &f, v);
        }
    }
    match try_to_f64(vm, v)? {
        Some(f) => Ok((f, 0.0)),
        None => Err(vm.type_error(if first {
            format!(
                "complex() first argument must be a string or a number, not '{}'",
                t.name()
            )
        } else {
            format!(
                "complex() second argument must be a number, not '{}'",
                t.name()
            )
        })),
    }
}

fn call_complex(vm: &Vm, f: &Value, v: &Value) -> PyResult<(f64, f64)> {
    let r = vm.call(f, vec![v.clone()])?;
    complex_value(&r).ok_or_else(|| {
        vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&r)
        ))
    })
}

fn complex_new(vm: &Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("complex.__new__(X): X is not a type object")),
    };
    if !cls.is_subtype(&vm.t.complex) {
        return Err(vm.type_error(format!(
            "complex.__new__({}): {} is not a subtype of complex",
            cls.name(),
            cls.name()
        )));
    }
    let a = bind(
        vm,
        "complex",
        &args.pos[1..],
        &args.kw,
        &["real", "imag"],
        2,
    )?;
    let exact = Rc::ptr_eq(&cls, &vm.t.complex);
    let (re, im) = match (&a[0], &a[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), imag) if r.as_str().is_some() => {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let s = r.as_str().unwrap_or_default();
            match parse_complex(s) {
                Some(c) => c,
                None => return Err(vm.value_error("complex() arg is a malformed string")),
            }
        }
        (r, imag) => {
            if let Some(i) = imag {
                if i.as_str().is_some() {
                    return Err(vm.type_error("complex() second arg can't be a string"));
                }
            }
            if let (Some(r), None, true) = (r, imag, exact) {
                if let (Some(Payload::Complex(..)), true) = (r.payload(), vm.type_of(r).builtin) {
                    return Ok(r.clone());
                }
            }
            let (r1, i1) = match r {
                Some(r) => complex_arg(vm, r, true)?,
                None => (0.0, 0.0),
            };
            match imag {
                None => (r1, i1),
                Some(i) => {
                    let (r2, i2) = complex_arg(vm, i, false)?;
                    (r1 - i2, i1 + r2)
                }
            }
        }
    };
    if exact {
        Ok(vm.new_complex(re, im))
    } else {
        Ok(call::with_payload(vm, &cls, Payload::Complex(re, im)))
    }
}

// ----- methods ---------------------------------------------------------------------------

fn self_complex(vm: &Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let v = check_self(vm, args, name, "complex", is_complex)?;
    Ok(complex_value(v).unwrap_or((0.0, 0.0)))
}

fn complex_conjugate(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "conjugate")?;
    no_args(vm, &args, "complex.conjugate")?;
    Ok(vm.new_complex(r, -i))
}

fn complex_get_real(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Float(self_complex(vm, &args, "real")?.0))
}

fn complex_get_imag(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Float(self_complex(vm, &args, "imag")?.1))
}

fn complex_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "__getnewargs__")?;
    no_args(vm, &args, "complex.__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(i)]))
}

/// `abs(complex)` with CPython's overflow error.
pub fn complex_abs_value(vm: &Vm, r: f64, i: f64) -> PyResult<f64> {
    let h = if r.is_infinite() || i.is_infinite() {
        f64::INFINITY
    } else {
        r.hypot(i)
    };
    if h.is_infinite() && r.is_finite() && i.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(h)
}

fn complex_abs(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "__abs__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Float(complex_abs_value(vm, r, i)?))
}

fn complex_neg(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "__neg__")?;
    exact_args(vm, &args, 0)?;
    Ok(vm.new_complex(-r, -i))
}

fn complex_pos(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "__pos__")?;
    exact_args(vm, &args, 0)?;
    Ok(vm.new_complex(r, i))
}

fn complex_bool(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "__bool__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Bool(r != 0.0 || i != 0.0))
}

fn complex_hash(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "__hash__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Int(pyhash::hash_complex(r, i).unwrap_or_else(
        || pyhash::hash_pointer(args.pos[0].identity()),
    )))
}

fn complex_repr_method(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = self_complex(vm, &args, "__repr__")?;
    exact_args(vm, &args, 0)?;
    Ok(vm.new_string(complex_repr(r, i)))
}

fn complex_format(vm: &Vm, args: Args) -> PyResult {
    self_complex(vm, &args, "__format__")?;
    exact_args(vm, &args, 1)?;
    match args.pos[1].as_str() {
        Some("") => ops::str_value(vm, &args.pos[0]),
        Some(_) => Err(vm.not_implemented_error(
            "complex.__format__ with a non-empty format spec is not supported",
        )),
        None => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        ))),
    }
}

/// Arithmetic on complex pairs.
pub fn complex_binary(
    vm: &Vm,
    op: BinOpKind,
    a: (f64, f64),
    b: (f64, f64),
) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOpKind::Add => vm.new_complex(a.0 + b.0, a.1 + b.1),
        BinOpKind::Sub => vm.new_complex(a.0 - b.0, a.1 - b.1),
        BinOpKind::Mul => {
            let (r, i) = c_prod(a, b);
            vm.new_complex(r, i)
        }
        BinOpKind::TrueDiv => match c_quot(a, b) {
            Some((r, i)) => vm.new_complex(r, i),
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinOpKind::Pow => complex_pow(vm, a, b)?,
        _ => return Ok(None),
    }))
}

fn complex_binop(vm: &Vm, args: &Args, name: &str, op: BinOpKind, reflected: bool) -> PyResult {
    let a = self_complex(vm, args, name)?;
    if op == BinOpKind::Pow {
        if !args.kw.is_empty() || !(2..=3).contains(&args.pos.len()) {
            return Err(vm.type_error(format!(
                "expected 1 or 2 arguments, got {}",
                args.pos.len().saturating_sub(1)
            )));
        }
    } else {
        exact_args(vm, args, 1)?;
    }
    let Some(b) = operand(vm, &args.pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    if let Some(m) = args.pos.get(2) {
        if !m.is_none() {
            return Err(vm.value_error("complex modulo"));
        }
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(complex_binary(vm, op, x, y)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! complex_binops {
    ($( $f:ident, $name:literal, $op:ident, $rev:expr; )*) => {
        $( fn $f(vm: &Vm, args: Args) -> PyResult { complex_binop(vm, &args, $name, BinOpKind::$op, $rev) } )*
        fn register_binops(vm: &Vm, t: &TypeRef) {
            $( add_method(vm, t, $name, $f); )*
        }
    };
}

complex_binops! {
    complex_add, "__add__", Add, false;
    complex_radd, "__radd__", Add, true;
    complex_sub, "__sub__", Sub, false;
    complex_rsub, "__rsub__", Sub, true;
    complex_mul, "__mul__", Mul, false;
    complex_rmul, "__rmul__", Mul, true;
    complex_truediv, "__truediv__", TrueDiv, false;
    complex_rtruediv, "__rtruediv__", TrueDiv, true;
    complex_pow_m, "__pow__", Pow, false;
    complex_rpow_m, "__rpow__", Pow, true;
}

fn complex_eq_impl(vm: &Vm, args: &Args, name: &str, want_eq: bool) -> PyResult {
    let a = self_complex(vm, args, name)?;
    exact_args(vm, args, 1)?;
    let b = &args.pos[1];
    let equal = if let Some(c) = complex_value(b) {
        a == c
    } else if let Some(f) = float_value(b) {
        a.1 == 0.0 && a.0 == f
    } else if is_int(b) {
        // Exact comparison of the real part with the int.
        a.1 == 0.0
            && ops::compare_bool(
                vm,
                &Value::Float(a.0),
                b,
                crate::frontend::bytecode::CmpKind::Eq,
            )?
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::Bool(equal == want_eq))
}

fn complex_eq(vm: &Vm, args: Args) -> PyResult {
    complex_eq_impl(vm, &args, "__eq__", true)
}

fn complex_ne(vm: &Vm, args: Args) -> PyResult {
    complex_eq_impl(vm, &args, "__ne__", false)
}

pub fn register(vm: &Vm) {
    let t = vm.t.complex.clone();
    add_staticmethod(vm, &t, "__new__", complex_new);
    add_method(vm, &t, "conjugate", complex_conjugate);
    add_method(vm, &t, "__getnewargs__", complex_getnewargs);
    add_method(vm, &t, "__abs__", complex_abs);
    add_method(vm, &t, "__neg__", complex_neg);
    add_method(vm, &t, "__pos__", complex_pos);
    add_method(vm, &t, "__bool__", complex_bool);
    add_method(vm, &t, "__hash__", complex_hash);
    add_method(vm, &t, "__repr__", complex_repr_method);
    add_method(vm, &t, "__format__", complex_format);
    add_method(vm, &t, "__eq__", complex_eq);
    add_method(vm, &t, "__ne__", complex_ne);
    register_binops(vm, &t);
    add_getter(vm, &t, "real", complex_get_real);
    add_getter(vm, &t, "imag", complex_get_imag);
}
