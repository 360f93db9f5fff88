//! Methods of the built-in `float` type.
//!
//! As with `int`, exact floats take the interpreter's native arithmetic path;
//! these dunders serve float subclasses, explicit dunder calls and reflected
//! dispatch. A float dunder accepts int and float operands (ints are converted
//! exactly-or-OverflowError, as `float.__add__(1.0, 10**400)` does in CPython)
//! and returns `NotImplemented` for everything else, including complex — the
//! complex type's reflected methods handle mixed float/complex arithmetic.
//!
//! All the delicate numerics (correctly rounded `round(x, n)`, `divmod`
//! semantics, `as_integer_ratio`, `hex`) live in `numfmt` as pure functions;
//! this file adds argument handling and CPython's exception types and texts.
//! `float.fromhex` is implemented here: the hexadecimal mantissa is
//! accumulated exactly in a big integer and rounded once (half to even) to the
//! 53-bit (or subnormal) precision the exponent allows, which is the contract
//! CPython's `float_fromhex` provides.
//!
//! [`to_f64`] is `PyFloat_AsDouble` — the conversion every float-taking
//! function (the whole `math` module, `float()`, complex construction) uses:
//! floats directly, then `__float__`, then `__index__`.
use std::rc::Rc;

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::arith;
use crate::runtime::attr;
use crate::runtime::builtin_types::int::{
    add_getter, big_to_f64, check_self, exact_args, float_to_int, index_big, index_clamped,
    int_value, is_int, no_args, numeric_cmp, round_arg,
};
use crate::runtime::call;
use crate::runtime::numfmt;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::pyhash;
use crate::runtime::setup::{add_classmethod, add_method, add_staticmethod};
use crate::runtime::vm::Vm;

/// The value of a float (or float-subclass instance).
pub fn float_value(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_float(v: &Value) -> bool {
    float_value(v).is_some()
}

fn float_result(vm: &Vm, r: &Value, t: &TypeRef) -> PyResult<f64> {
    float_value(r).ok_or_else(|| {
        vm.type_error(format!(
            "{}.__float__ returned non-float (type {})",
            t.name(),
            vm.type_name(r)
        ))
    })
}

/// `PyFloat_AsDouble`: `Ok(None)` when `v` has neither `__float__` nor `__index__`.
pub fn try_to_f64(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = float_value(v) {
        return Ok(Some(f));
    }
    if let Some(b) = int_value(v) {
        if matches!(v, Value::Int(_) | Value::Bool(_)) || vm.type_of(v).builtin {
            return big_to_f64(vm, &b).map(Some);
        }
    }
    let t = vm.type_of(v);
    if let Some(f) = attr::lookup_type(&t, "__float__") {
        let r = vm.call(&f, vec![v.clone()])?;
        return float_result(vm, &r, &t).map(Some);
    }
    if attr::lookup_type(&t, "__index__").is_some() {
        let b = index_big(vm, v)?;
        return big_to_f64(vm, &b).map(Some);
    }
    Ok(None)
}

/// `PyFloat_AsDouble` with its TypeError "must be real number, not str".
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match try_to_f64(vm, v)? {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

// ----- float() ---------------------------------------------------------------------

fn parse_float_arg(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    let text = match v.payload() {
        Some(Payload::Str(s)) => Some(s.value.to_string()),
        Some(Payload::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        Some(Payload::ByteArray(b)) => Some(String::from_utf8_lossy(&b.borrow()).into_owned()),
        _ => None,
    };
    let Some(text) = text else { return Ok(None) };
    match numfmt::parse_float(&text) {
        Some(f) if !text.contains('\0') => Ok(Some(f)),
        _ => {
            let shown = match v.payload() {
                Some(Payload::ByteArray(b)) => {
                    let bytes = b.borrow().clone();
                    ops::repr(vm, &vm.new_bytes(bytes))?
                }
                Some(Payload::Str(s)) => ops::repr(vm, &vm.new_str(&s.value))?,
                _ => ops::repr(vm, v)?,
            };
            Err(vm.value_error(format!("could not convert string to float: {shown}")))
        }
    }
}

/// `float(x)` (`PyNumber_Float`).
pub fn float_from_object(vm: &Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    let t = vm.type_of(x);
    if t.builtin {
        if let Some(Payload::Int(b)) = x.payload() {
            return big_to_f64(vm, b);
        }
        if let Some(f) = parse_float_arg(vm, x)? {
            return Ok(f);
        }
        if let Some(f) = float_value(x) {
            return Ok(f);
        }
    }
    if let Some(f) = attr::lookup_type(&t, "__float__") {
        let r = vm.call(&f, vec![x.clone()])?;
        return float_result(vm, &r, &t);
    }
    if attr::lookup_type(&t, "__index__").is_some() {
        let b = index_big(vm, x)?;
        return big_to_f64(vm, &b);
    }
    if let Some(f) = float_value(x) {
        return Ok(f);
    }
    if let Some(f) = parse_float_arg(vm, x)? {
        return Ok(f);
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        t.name()
    )))
}

fn float_new(vm: &Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("float.__new__(X): X is not a type object")),
    };
    if !cls.is_subtype(&vm.t.float) {
        return Err(vm.type_error(format!(
            "float.__new__({}): {} is not a subtype of float",
            cls.name(),
            cls.name()
        )));
    }
    if !args.kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let n = args.pos.len() - 1;
    if n > 1 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {n}")));
    }
    let x = match args.pos.get(1) {
        None => 0.0,
        Some(v) => float_from_object(vm, v)?,
    };
    if Rc::ptr_eq(&cls, &vm.t.float) {
        Ok(Value::Float(x))
    } else {
        Ok(call::with_payload(vm, &cls, Payload::Float(x)))
    }
}

// ----- fromhex -------------------------------------------------------------------------

/// Parse `float.fromhex` input. `Err(true)` = overflow, `Err(false)` = invalid.
pub fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let b = lower.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && b[1] == b'x' {
        i = 2;
    }
    let mut mant = BigUint::zero();
    let mut ndigits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if let Some(d) = (c as char).to_digit(16) {
            mant = (mant << 4usize) + BigUint::from(d);
            ndigits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let mut eneg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            eneg = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64);
            i += 1;
        }
        if i == start {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(false);
    }
    let sign = |v: f64| if neg { -v } else { v };
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    // value = mant * 2^e
    let e = exp.saturating_sub(frac_digits.saturating_mul(4));
    let bits = mant.bits() as i64;
    let top = e.saturating_add(bits - 1); // value in [2^top, 2^(top+1))
    if top > 1023 {
        return Err(true);
    }
    if top < -1075 {
        return Ok(sign(0.0));
    }
    // Keep 53 bits, fewer for subnormals.
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) }.max(0);
    let shift = bits - keep;
    let (q, qe) = if shift > 0 {
        let s = shift as usize;
        let q: BigUint = &mant >> s;
        let rem: BigUint = &mant - (&q << s);
        let half: BigUint = BigUint::from(1u32) << (s - 1);
        let up = rem > half || (rem == half && q.bit(0));
        (if up { q + 1u32 } else { q }, e + shift)
    } else {
        (mant, e)
    };
    let qf = q.to_u64().unwrap_or(u64::MAX) as f64;
    let v = libm::scalbn(qf, qe.clamp(-100_000, 100_000) as i32);
    if v.is_infinite() {
        return Err(true);
    }
    Ok(sign(v))
}

fn float_fromhex(vm: &Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("fromhex() requires a type")),
    };
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let Some(s) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&args.pos[1]))));
    };
    let x = match parse_hex_float(s) {
        Ok(x) => x,
        Err(true) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    if Rc::ptr_eq(&cls, &vm.t.float) {
        Ok(Value::Float(x))
    } else {
        vm.call(&Value::Type(cls), vec![Value::Float(x)])
    }
}

// ----- methods ---------------------------------------------------------------------------

fn self_float(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let v = check_self(vm, args, name, "float", is_float)?;
    Ok(float_value(v).unwrap_or(0.0))
}

fn float_is_integer(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "is_integer")?;
    no_args(vm, &args, "float.is_integer")?;
    Ok(Value::Bool(numfmt::float_is_integer(x)))
}

fn float_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "float.as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    match numfmt::float_as_integer_ratio(x) {
        Some((n, d)) => Ok(vm.new_tuple(vec![vm.new_int_big(n), vm.new_int_big(d)])),
        None => Err(vm.overflow_error("cannot convert Infinity to integer ratio")),
    }
}

fn float_hex(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "hex")?;
    no_args(vm, &args, "float.hex")?;
    Ok(vm.new_string(numfmt::float_hex(x)))
}

/// conjugate, __float__, __pos__, real: `float(self)` as an exact float.
fn float_identity(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__float__")?;
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "expected 0 arguments, got {}",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    Ok(Value::Float(x))
}

fn float_get_real(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Float(self_float(vm, &args, "real")?))
}

fn float_get_imag(vm: &Vm, args: Args) -> PyResult {
    self_float(vm, &args, "imag")?;
    Ok(Value::Float(0.0))
}

fn float_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__getnewargs__")?;
    no_args(vm, &args, "float.__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(x)]))
}

fn float_trunc(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__trunc__")?;
    exact_args(vm, &args, 0)?;
    float_to_int(vm, x)
}

fn float_floor(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__floor__")?;
    exact_args(vm, &args, 0)?;
    float_to_int(vm, x.floor())
}

fn float_ceil(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__ceil__")?;
    exact_args(vm, &args, 0)?;
    float_to_int(vm, x.ceil())
}

fn float_abs(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__abs__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Float(x.abs()))
}

fn float_neg(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__neg__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Float(-x))
}

fn float_bool(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__bool__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Bool(x != 0.0))
}

fn float_hash(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__hash__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Int(pyhash::hash_f64(x).unwrap_or_else(|| {
        pyhash::hash_pointer(args.pos[0].identity())
    })))
}

fn float_repr(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__repr__")?;
    exact_args(vm, &args, 0)?;
    Ok(vm.new_string(numfmt::float_repr(x)))
}

fn float_format(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__format__")?;
    exact_args(vm, &args, 1)?;
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    if spec.is_empty() {
        return ops::str_value(vm, &args.pos[0]);
    }
    match numfmt::format_float_spec(x, spec) {
        Ok(s) => Ok(vm.new_string(s)),
        Err(msg) => Err(if numfmt::is_overflow_message(&msg) {
            vm.overflow_error(msg)
        } else {
            vm.value_error(msg)
        }),
    }
}

/// `round(x)` for a float with no ndigits: half to even, as an int.
pub fn float_round_to_int(vm: &Vm, x: f64) -> PyResult {
    let mut r = x.round();
    if (x - r).abs() == 0.5 {
        r = 2.0 * (x / 2.0).round();
    }
    float_to_int(vm, r)
}

fn float_round(vm: &Vm, args: Args) -> PyResult {
    let x = self_float(vm, &args, "__round__")?;
    let a = round_arg(vm, &args, "float")?;
    match &a {
        None | Some(Value::None) => float_round_to_int(vm, x),
        Some(n) => {
            let nd = index_clamped(vm, n)?;
            let r = numfmt::round_half_even(x, nd);
            if r.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("rounded value too large to represent"));
            }
            Ok(Value::Float(r))
        }
    }
}

/// Is `v` an acceptable right operand for a float dunder (int or float)?
fn float_operand(v: &Value) -> bool {
    is_float(v) || is_int(v)
}

fn float_binop(vm: &Vm, args: &Args, name: &str, op: BinOpKind, reflected: bool) -> PyResult {
    let a = check_self(vm, args, name, "float", is_float)?;
    exact_args(vm, args, 1)?;
    let b = &args.pos[1];
    if !float_operand(b) {
        return Ok(vm.not_implemented.clone());
    }
    // Convert the int side first so a huge int raises OverflowError.
    let fa = Value::Float(float_value(a).unwrap_or(0.0));
    let fb = match float_value(b) {
        Some(f) => Value::Float(f),
        None => Value::Float(big_to_f64(vm, &int_value(b).unwrap_or_default())?),
    };
    let (x, y) = if reflected { (&fb, &fa) } else { (&fa, &fb) };
    Ok(arith::binary_numeric(vm, op, x, y)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! float_binops {
    ($( $f:ident, $name:literal, $op:ident, $rev:expr; )*) => {
        $( fn $f(vm: &Vm, args: Args) -> PyResult { float_binop(vm, &args, $name, BinOpKind::$op, $rev) } )*
        fn register_binops(vm: &Vm, t: &TypeRef) {
            $( add_method(vm, t, $name, $f); )*
        }
    };
}

float_binops! {
    float_add, "__add__", Add, false;
    float_radd, "__radd__", Add, true;
    float_sub, "__sub__", Sub, false;
    float_rsub, "__rsub__", Sub, true;
    float_mul, "__mul__", Mul, false;
    float_rmul, "__rmul__", Mul, true;
    float_truediv, "__truediv__", TrueDiv, false;
    float_rtruediv, "__rtruediv__", TrueDiv, true;
    float_floordiv, "__floordiv__", FloorDiv, false;
    float_rfloordiv, "__rfloordiv__", FloorDiv, true;
    float_mod, "__mod__", Mod, false;
    float_rmod, "__rmod__", Mod, true;
}

fn float_pow_impl(vm: &Vm, args: &Args, name: &str, reflected: bool) -> PyResult {
    check_self(vm, args, name, "float", is_float)?;
    if !args.kw.is_empty() || !(2..=3).contains(&args.pos.len()) {
        return Err(vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.pos.len().saturating_sub(1) + args.kw.len()
        )));
    }
    if !float_operand(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    if let Some(m) = args.pos.get(2) {
        if !m.is_none() {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
    }
    let two = Args::new(args.pos[..2].to_vec());
    float_binop(vm, &two, name, BinOpKind::Pow, reflected)
}

fn float_pow(vm: &Vm, args: Args) -> PyResult {
    float_pow_impl(vm, &args, "__pow__", false)
}

fn float_rpow(vm: &Vm, args: Args) -> PyResult {
    float_pow_impl(vm, &args, "__rpow__", true)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod_values(vm: &Vm, a: f64, b: f64) -> PyResult {
    if b == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let (q, r) = numfmt::float_divmod(a, b);
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod_impl(vm: &Vm, args: &Args, name: &str, reflected: bool) -> PyResult {
    let a = check_self(vm, args, name, "float", is_float)?;
    exact_args(vm, args, 1)?;
    let b = &args.pos[1];
    if !float_operand(b) {
        return Ok(vm.not_implemented.clone());
    }
    let fa = float_value(a).unwrap_or(0.0);
    let fb = match float_value(b) {
        Some(f) => f,
        None => big_to_f64(vm, &int_value(b).unwrap_or_default())?,
    };
    if reflected {
        float_divmod_values(vm, fb, fa)
    } else {
        float_divmod_values(vm, fa, fb)
    }
}

fn float_divmod(vm: &Vm, args: Args) -> PyResult {
    float_divmod_impl(vm, &args, "__divmod__", false)
}

fn float_rdivmod(vm: &Vm, args: Args) -> PyResult {
    float_divmod_impl(vm, &args, "__rdivmod__", true)
}

fn float_cmp(vm: &Vm, args: &Args, name: &str, op: CmpKind) -> PyResult {
    let a = check_self(vm, args, name, "float", is_float)?;
    exact_args(vm, args, 1)?;
    let b = &args.pos[1];
    if !float_operand(b) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(Value::Bool(numeric_cmp(a, b, op).unwrap_or(false)))
}

macro_rules! float_cmps {
    ($( $f:ident, $name:literal, $op:ident; )*) => {
        $( fn $f(vm: &Vm, args: Args) -> PyResult { float_cmp(vm, &args, $name, CmpKind::$op) } )*
        fn register_cmps(vm: &Vm, t: &TypeRef) {
            $( add_method(vm, t, $name, $f); )*
        }
    };
}

float_cmps! {
    float_lt, "__lt__", Lt;
    float_le, "__le__", Le;
    float_eq, "__eq__", Eq;
    float_ne, "__ne__", Ne;
    float_gt, "__gt__", Gt;
    float_ge, "__ge__", Ge;
}

pub fn register(vm: &Vm) {
    let t = vm.t.float.clone();
    add_staticmethod(vm, &t, "__new__", float_new);
    add_method(vm, &t, "is_integer", float_is_integer);
    add_method(vm, &t, "as_integer_ratio", float_as_integer_ratio);
    add_method(vm, &t, "hex", float_hex);
    add_classmethod(vm, &t, "fromhex", float_fromhex);
    add_method(vm, &t, "conjugate", float_identity);
    add_method(vm, &t, "__float__", float_identity);
    add_method(vm, &t, "__pos__", float_identity);
    add_method(vm, &t, "__getnewargs__", float_getnewargs);
    add_method(vm, &t, "__int__", float_trunc);
    add_method(vm, &t, "__trunc__", float_trunc);
    add_method(vm, &t, "__floor__", float_floor);
    add_method(vm, &t, "__ceil__", float_ceil);
    add_method(vm, &t, "__round__", float_round);
    add_method(vm, &t, "__abs__", float_abs);
    add_method(vm, &t, "__neg__", float_neg);
    add_method(vm, &t, "__bool__", float_bool);
    add_method(vm, &t, "__hash__", float_hash);
    add_method(vm, &t, "__repr__", float_repr);
    add_method(vm, &t, "__format__", float_format);
    add_method(vm, &t, "__pow__", float_pow);
    add_method(vm, &t, "__rpow__", float_rpow);
    add_method(vm, &t, "__divmod__", float_divmod);
    add_method(vm, &t, "__rdivmod__", float_rdivmod);
    register_binops(vm, &t);
    register_cmps(vm, &t);
    add_getter(vm, &t, "real", float_get_real);
    add_getter(vm, &t, "imag", float_get_imag);
}
