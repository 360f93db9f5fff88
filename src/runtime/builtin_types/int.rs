//! Methods of the built-in `int` and `bool` types.
//!
//! Exact `int` operands never reach these functions for arithmetic: the
//! interpreter's fast path (`ops::native_binary` → `arith::binary_numeric`)
//! computes `1 + 2` without a dunder lookup. The dunders here exist for the
//! cases that *do* look them up — instances of `int` subclasses, explicit calls
//! such as `(5).__add__(1.0)`, and reflected dispatch from user classes — so
//! each one follows CPython's slot semantics exactly: it accepts only int
//! operands (payload-based, so subclass instances count) and returns
//! `NotImplemented` for anything else, leaving mixed int/float arithmetic to
//! `float.__radd__` and friends. The arithmetic itself is delegated to
//! `arith::binary_numeric` so there is one implementation of Python's integer
//! semantics.
//!
//! Results are always exact ints (`vm.new_int_big` normalises to
//! `Value::Int` when the value fits an `i64`); a method on a subclass instance
//! never returns the subclass, which is what CPython does too.
//!
//! `int(x)` follows `PyNumber_Long`: `__int__`, then `__index__`, then
//! `__trunc__`, then string/bytes parsing (with the 4300-digit limit CPython
//! 3.11 enforces for non-power-of-two bases), and the same error texts. The
//! small argument-binding helpers at the bottom are shared with `float.rs`,
//! `complex.rs` and `modules/math.rs`. The numeric built-ins `round`, `divmod`,
//! `pow` and `abs` also live here because their dispatch is mostly about ints.
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::arith;
use crate::runtime::attr;
use crate::runtime::call;
use crate::runtime::numfmt;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::pyhash;
use crate::runtime::setup::{add_classmethod, add_method, add_staticmethod, set_type_attr};
use crate::runtime::vm::Vm;

/// CPython 3.11's default `sys.int_max_str_digits`.
pub const MAX_STR_DIGITS: usize = 4300;

// ----- value helpers -----------------------------------------------------------

/// Is `v` an int (including bool and int-subclass instances)?
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// The integer value of an int-like `v` (no `__index__`).
pub fn int_value(v: &Value) -> Option<BigInt> {
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

/// `v` as an exact int value (drops a subclass).
fn exact_int(vm: &Vm, v: &Value) -> Option<Value> {
    match v {
        Value::Int(i) => Some(Value::Int(*i)),
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(vm.new_int_big(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `operator.index(v)` as a BigInt, with CPython's messages.
pub fn index_big(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = int_value(v) {
        return Ok(b);
    }
    let t = vm.type_of(v);
    if let Some(f) = attr::lookup_type(&t, "__index__") {
        let r = vm.call(&f, vec![v.clone()])?;
        return int_value(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))
        });
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// `PyNumber_AsSsize_t(v, NULL)`: `__index__`, clamped to the i64 range.
pub fn index_clamped(vm: &Vm, v: &Value) -> PyResult<i64> {
    let b = index_big(vm, v)?;
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// `float(int)` with CPython's overflow error.
pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    numfmt::bigint_to_f64(b).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// Decimal text of an int, with CPython 3.11's 4300-digit limit.
pub fn int_to_decimal(vm: &Vm, b: &BigInt) -> PyResult<String> {
    // 4300 decimal digits need at least 14280 bits; anything below is safe.
    if b.bits() > 14_000 {
        let s = b.to_string();
        let digits = s.len() - usize::from(b.is_negative());
        if digits > MAX_STR_DIGITS {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

fn ord_result(op: CmpKind, o: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match o {
        None => op == CmpKind::Ne,
        Some(o) => match op {
            CmpKind::Lt => o == Less,
            CmpKind::Le => o != Greater,
            CmpKind::Eq => o == Equal,
            CmpKind::Ne => o != Equal,
            CmpKind::Gt => o == Greater,
            CmpKind::Ge => o != Less,
        },
    }
}

/// Compare two numbers (int/float/complex payloads) with operator `op`.
pub fn numeric_cmp(a: &Value, b: &Value, op: CmpKind) -> Option<bool> {
    arith::compare_numeric(a, b).map(|o| ord_result(op, o))
}

// ----- argument helpers (shared with float.rs, complex.rs, math.rs) -------------

/// `self` of a method of type `tname`, checked with `ok`.
pub fn check_self<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    tname: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) if ok(v) => Ok(v),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{tname}' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of '{tname}' object needs an argument"
        ))),
    }
}

/// A method taking no arguments besides self.
pub fn no_args(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    Ok(())
}

/// A slot wrapper taking exactly `n` arguments besides self.
pub fn exact_args(vm: &Vm, args: &Args, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("wrapper takes no keyword arguments"));
    }
    let got = args.pos.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Bind positional and keyword arguments to `names` (Argument Clinic style).
/// The first `max_pos` names may be given positionally; the rest are keyword-only.
pub fn bind(
    vm: &Vm,
    fname: &str,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
    names: &[&str],
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    if pos.len() > max_pos {
        return Err(if max_pos == names.len() {
            vm.type_error(format!(
                "{fname}() takes at most {max_pos} argument{} ({} given)",
                if max_pos == 1 { "" } else { "s" },
                pos.len()
            ))
        } else {
            vm.type_error(format!(
                "{fname}() takes at most {max_pos} positional argument{} ({} given)",
                if max_pos == 1 { "" } else { "s" },
                pos.len()
            ))
        });
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    Ok(out)
}

/// The optional `ndigits` argument of `int.__round__` / `float.__round__` (positional only).
pub fn round_arg(vm: &Vm, args: &Args, tname: &str) -> PyResult<Option<Value>> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{tname}.__round__() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("__round__ expected at most 1 argument, got {n}")));
    }
    Ok(args.pos.get(1).cloned())
}

/// Register a read-only attribute implemented by a native getter.
pub fn add_getter(vm: &Vm, t: &TypeRef, name: &'static str, getter: NativeFn) {
    let f = vm.new_builtin(name, getter);
    let p = Value::Obj(PyObject::new(
        vm.t.property.clone(),
        Payload::Property {
            fget: f,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        },
    ));
    set_type_attr(vm, t, name, p);
}

fn not_impl(vm: &Vm) -> PyResult {
    Ok(vm.not_implemented.clone())
}

// ----- int() -------------------------------------------------------------------

/// `repr()` of a str/bytes argument for error messages (first 200 chars of a str).
fn literal_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        if s.chars().count() > 200 {
            let short: String = s.chars().take(200).collect();
            return ops::repr(vm, &vm.new_string(short));
        }
        return ops::repr(vm, &vm.new_str(s));
    }
    if let Some(Payload::ByteArray(b)) = v.payload() {
        let bytes = b.borrow().clone();
        return ops::repr(vm, &vm.new_bytes(bytes));
    }
    ops::repr(vm, v)
}

/// The text of a str/bytes/bytearray argument, if it is one.
fn string_arg(v: &Value) -> Option<Result<String, ()>> {
    match v.payload()? {
        Payload::Str(s) => Some(Ok(s.value.to_string())),
        Payload::Bytes(b) => Some(
            std::str::from_utf8(b)
                .map(|s| s.to_string())
                .map_err(|_| ()),
        ),
        Payload::ByteArray(b) => Some(
            std::str::from_utf8(&b.borrow())
                .map(|s| s.to_string())
                .map_err(|_| ()),
        ),
        _ => None,
    }
}

/// Parse an int literal the way `int(s, base)` does.
pub fn parse_int_literal(vm: &Vm, v: &Value, base: u32) -> PyResult<BigInt> {
    let bad = || -> PyErr {
        match literal_repr(vm, v) {
            Ok(r) => vm.value_error(format!("invalid literal for int() with base {base}: {r}")),
            Err(e) => e,
        }
    };
    let text = match string_arg(v) {
        Some(Ok(t)) => t,
        _ => return Err(bad()),
    };
    let Some(n) = numfmt::parse_int(&text, base) else {
        return Err(bad());
    };
    // CPython 3.11 limits decimal (non power-of-two base) conversions.
    let t = text.trim();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let prefixed = t.len() > 1
        && t.starts_with('0')
        && matches!(t.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
    let pow2 = matches!(base, 2 | 4 | 8 | 16 | 32) || (base == 0 && prefixed);
    if !pow2 {
        let digits = t.chars().filter(|c| c.is_alphanumeric()).count();
        if digits > MAX_STR_DIGITS {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    Ok(n)
}

/// `int(float)`: truncation with CPython's errors.
pub fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    Ok(vm.new_int_big(numfmt::float_to_bigint(x).unwrap_or_default()))
}

fn int_result(vm: &Vm, r: Value, what: &str) -> PyResult<Value> {
    match exact_int(vm, &r) {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "{what} returned non-int (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// `int(x)` for one argument (`PyNumber_Long`).
pub fn int_from_object(vm: &Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::Bool(_) => return Ok(exact_int(vm, x).unwrap_or(Value::Int(0))),
        Value::Float(f) => return float_to_int(vm, *f),
        _ => {}
    }
    if let Value::Obj(o) = x {
        if o.class.builtin {
            match &o.payload {
                Payload::Int(b) => return Ok(vm.new_int_big(b.clone())),
                Payload::Float(f) => return float_to_int(vm, *f),
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return parse_int_literal(vm, x, 10).map(|b| vm.new_int_big(b))
                }
                _ => {}
            }
        }
    }
    let t = vm.type_of(x);
    if let Some(f) = attr::lookup_type(&t, "__int__") {
        let r = vm.call(&f, vec![x.clone()])?;
        return int_result(vm, r, "__int__");
    }
    if let Some(f) = attr::lookup_type(&t, "__index__") {
        let r = vm.call(&f, vec![x.clone()])?;
        return int_result(vm, r, "__index__");
    }
    if let Some(f) = attr::lookup_type(&t, "__trunc__") {
        let r = vm.call(&f, vec![x.clone()])?;
        if let Some(v) = exact_int(vm, &r) {
            return Ok(v);
        }
        let rt = vm.type_of(&r);
        if let Some(ix) = attr::lookup_type(&rt, "__index__") {
            let r2 = vm.call(&ix, vec![r.clone()])?;
            return int_result(vm, r2, "__index__");
        }
        return Err(vm.type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            rt.name()
        )));
    }
    if string_arg(x).is_some() {
        return parse_int_literal(vm, x, 10).map(|b| vm.new_int_big(b));
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn int_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("int.__new__(X): X is not a type object")),
    };
    if !cls.is_subtype(&vm.t.int) {
        return Err(vm.type_error(format!(
            "int.__new__({}): {} is not a subtype of int",
            cls.name(),
            cls.name()
        )));
    }
    let kw_base = args.take_kw("base");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
    }
    let pos = &args.pos[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    if kw_base.is_some() && pos.len() == 2 {
        return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
    }
    let base = kw_base.or_else(|| pos.get(1).cloned());
    let value = match (pos.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => int_from_object(vm, x)?,
        (Some(x), Some(b)) => {
            let b = index_big(vm, &b)?;
            let base = match b.to_u32() {
                Some(v) if v == 0 || (2..=36).contains(&v) => v,
                _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            if string_arg(x).is_none() {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            }
            vm.new_int_big(parse_int_literal(vm, x, base)?)
        }
    };
    if Rc::ptr_eq(&cls, &vm.t.int) {
        return Ok(value);
    }
    let big = int_value(&value).unwrap_or_default();
    Ok(call::with_payload(vm, &cls, Payload::Int(big)))
}

// ----- simple methods ------------------------------------------------------------

fn self_int(vm: &Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = check_self(vm, args, name, "int", is_int)?;
    Ok(int_value(v).unwrap_or_default())
}

fn int_bit_length(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "bit_length")?;
    no_args(vm, &args, "int.bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "bit_count")?;
    no_args(vm, &args, "int.bit_count")?;
    let n: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

/// Methods returning `int(self)`: conjugate, __index__, __int__, __trunc__, __floor__, __ceil__, __pos__.
fn int_identity(vm: &Vm, args: Args) -> PyResult {
    let v = check_self(vm, &args, "__int__", "int", is_int)?;
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "expected 0 arguments, got {}",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    Ok(exact_int(vm, v).unwrap_or(Value::Int(0)))
}

fn int_get_self(vm: &Vm, args: Args) -> PyResult {
    let v = check_self(vm, &args, "real", "int", is_int)?;
    Ok(exact_int(vm, v).unwrap_or(Value::Int(0)))
}

fn int_get_zero(vm: &Vm, args: Args) -> PyResult {
    check_self(vm, &args, "imag", "int", is_int)?;
    Ok(Value::Int(0))
}

fn int_get_one(vm: &Vm, args: Args) -> PyResult {
    check_self(vm, &args, "denominator", "int", is_int)?;
    Ok(Value::Int(1))
}

fn int_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let v = check_self(vm, &args, "as_integer_ratio", "int", is_int)?.clone();
    no_args(vm, &args, "int.as_integer_ratio")?;
    Ok(vm.new_tuple(vec![
        exact_int(vm, &v).unwrap_or(Value::Int(0)),
        Value::Int(1),
    ]))
}

fn int_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let v = check_self(vm, &args, "__getnewargs__", "int", is_int)?.clone();
    no_args(vm, &args, "int.__getnewargs__")?;
    Ok(vm.new_tuple(vec![exact_int(vm, &v).unwrap_or(Value::Int(0))]))
}

fn int_float(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "__float__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Float(big_to_f64(vm, &b)?))
}

fn int_bool(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "__bool__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Bool(!b.is_zero()))
}

fn int_abs(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "__abs__")?;
    exact_args(vm, &args, 0)?;
    Ok(vm.new_int_big(b.abs()))
}

fn int_neg(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "__neg__")?;
    exact_args(vm, &args, 0)?;
    Ok(vm.new_int_big(-b))
}

fn int_invert(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "__invert__")?;
    exact_args(vm, &args, 0)?;
    Ok(vm.new_int_big(!b))
}

fn int_hash(vm: &Vm, args: Args) -> PyResult {
    let b = self_int(vm, &args, "__hash__")?;
    exact_args(vm, &args, 0)?;
    Ok(Value::Int(match b.to_i64() {
        Some(i) => pyhash::hash_i64(i),
        None => pyhash::hash_bigint(&b),
    }))
}

fn int_repr(vm: &Vm, args: Args) -> PyResult {
    let v = check_self(vm, &args, "__repr__", "int", is_int)?;
    if let Value::Bool(b) = v {
        return Ok(vm.new_str(if *b { "True" } else { "False" }));
    }
    let b = int_value(v).unwrap_or_default();
    exact_args(vm, &args, 0)?;
    Ok(vm.new_string(int_to_decimal(vm, &b)?))
}

fn int_format(vm: &Vm, args: Args) -> PyResult {
    let v = check_self(vm, &args, "__format__", "int", is_int)?.clone();
    exact_args(vm, &args, 1)?;
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    if spec.is_empty() {
        return ops::str_value(vm, &v);
    }
    let b = int_value(&v).unwrap_or_default();
    match numfmt::format_int_spec(&b, spec) {
        Ok(s) => Ok(vm.new_string(s)),
        Err(msg) => Err(if numfmt::is_overflow_message(&msg) {
            vm.overflow_error(msg)
        } else {
            vm.value_error(msg)
        }),
    }
}

fn int_round(vm: &Vm, args: Args) -> PyResult {
    let v = check_self(vm, &args, "__round__", "int", is_int)?.clone();
    let a = round_arg(vm, &args, "int")?;
    let nd = match &a {
        None | Some(Value::None) => return Ok(exact_int(vm, &v).unwrap_or(Value::Int(0))),
        Some(n) => index_big(vm, n)?,
    };
    let x = int_value(&v).unwrap_or_default();
    if !nd.is_negative() {
        return Ok(vm.new_int_big(x));
    }
    let p = (-nd).to_u64().unwrap_or(u64::MAX);
    if p > x.bits() + 1 {
        return Ok(Value::Int(0));
    }
    let pow10 = num_traits::pow::pow(BigInt::from(10), p as usize);
    let (q, r) = x.div_mod_floor(&pow10);
    let twice = &r * 2;
    let up = twice > pow10 || (twice == pow10 && q.is_odd());
    let q = if up { q + 1 } else { q };
    Ok(vm.new_int_big(q * pow10))
}

fn byteorder_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some("big") => Ok(false),
            Some("little") => Ok(true),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn int_to_bytes(vm: &Vm, args: Args) -> PyResult {
    let x = self_int(vm, &args, "to_bytes")?;
    let a = bind(
        vm,
        "to_bytes",
        &args.pos[1..],
        &args.kw,
        &["length", "byteorder", "signed"],
        2,
    )?;
    let length = match &a[0] {
        Some(v) => index_big(vm, v)?,
        None => BigInt::one(),
    };
    let little = byteorder_arg(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length.to_usize().unwrap_or(usize::MAX);
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // Little-endian minimal representation, then padded.
    let mut bytes = if x.is_zero() {
        Vec::new()
    } else if signed {
        x.to_signed_bytes_le()
    } else {
        x.magnitude().to_bytes_le()
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > (1 << 34) {
        return Err(vm.new_error("MemoryError", ""));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        _ => {}
    }
    let items = match crate::runtime::iter::collect(vm, v) {
        Ok(items) => items,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(v)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let b = index_big(vm, it)?;
        match b.to_u8() {
            Some(x) => out.push(x),
            None => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn int_from_bytes(vm: &Vm, args: Args) -> PyResult {
    let cls = match args.pos.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(vm.type_error("from_bytes() requires a type")),
    };
    let a = bind(
        vm,
        "from_bytes",
        &args.pos[1..],
        &args.kw,
        &["bytes", "byteorder", "signed"],
        2,
    )?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let bytes = bytes_of(vm, src)?;
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&bytes),
        (false, true) => BigInt::from_signed_bytes_be(&bytes),
        (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes),
    };
    let v = vm.new_int_big(n);
    if Rc::ptr_eq(&cls, &vm.t.int) {
        Ok(v)
    } else {
        vm.call(&Value::Type(cls), vec![v])
    }
}

// ----- arithmetic ------------------------------------------------------------------

fn int_binop(vm: &Vm, args: &Args, name: &str, op: BinOpKind, reflected: bool) -> PyResult {
    let a = check_self(vm, args, name, "int", is_int)?;
    exact_args(vm, args, 1)?;
    let b = &args.pos[1];
    if !is_int(b) {
        return not_impl(vm);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(arith::binary_numeric(vm, op, x, y)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! int_binops {
    ($( $f:ident, $name:literal, $op:ident, $rev:expr; )*) => {
        $( fn $f(vm: &Vm, args: Args) -> PyResult { int_binop(vm, &args, $name, BinOpKind::$op, $rev) } )*
        fn register_binops(vm: &Vm, t: &TypeRef) {
            $( add_method(vm, t, $name, $f); )*
        }
    };
}

int_binops! {
    int_add, "__add__", Add, false;
    int_radd, "__radd__", Add, true;
    int_sub, "__sub__", Sub, false;
    int_rsub, "__rsub__", Sub, true;
    int_mul, "__mul__", Mul, false;
    int_rmul, "__rmul__", Mul, true;
    int_truediv, "__truediv__", TrueDiv, false;
    int_rtruediv, "__rtruediv__", TrueDiv, true;
    int_floordiv, "__floordiv__", FloorDiv, false;
    int_rfloordiv, "__rfloordiv__", FloorDiv, true;
    int_mod, "__mod__", Mod, false;
    int_rmod, "__rmod__", Mod, true;
    int_lshift, "__lshift__", LShift, false;
    int_rlshift, "__rlshift__", LShift, true;
    int_rshift, "__rshift__", RShift, false;
    int_rrshift, "__rrshift__", RShift, true;
    int_and, "__and__", And, false;
    int_rand, "__rand__", And, true;
    int_or, "__or__", Or, false;
    int_ror, "__ror__", Or, true;
    int_xor, "__xor__", Xor, false;
    int_rxor, "__rxor__", Xor, true;
}

/// `divmod(a, b)` for ints.
pub fn int_divmod_values(vm: &Vm, a: &Value, b: &Value) -> PyResult {
    let q = arith::binary_numeric(vm, BinOpKind::FloorDiv, a, b)?.unwrap_or(Value::None);
    let r = arith::binary_numeric(vm, BinOpKind::Mod, a, b)?.unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_divmod_impl(vm: &Vm, args: &Args, name: &str, reflected: bool) -> PyResult {
    let a = check_self(vm, args, name, "int", is_int)?;
    exact_args(vm, args, 1)?;
    let b = &args.pos[1];
    if !is_int(b) {
        return not_impl(vm);
    }
    if reflected {
        int_divmod_values(vm, b, a)
    } else {
        int_divmod_values(vm, a, b)
    }
}

fn int_divmod(vm: &Vm, args: Args) -> PyResult {
    int_divmod_impl(vm, &args, "__divmod__", false)
}

fn int_rdivmod(vm: &Vm, args: Args) -> PyResult {
    int_divmod_impl(vm, &args, "__rdivmod__", true)
}

/// Three-argument `pow(base, exp, m)` on ints (CPython's `long_pow`).
pub fn int_pow_mod(vm: &Vm, base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_mod = m.is_negative();
    let md = m.abs();
    let mut base = base.mod_floor(&md);
    let mut exp = exp.clone();
    if exp.is_negative() {
        // Modular inverse via the extended Euclidean algorithm.
        let e = base.extended_gcd(&md);
        if !e.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = e.x.mod_floor(&md);
        exp = -exp;
    }
    let mut r = if md.is_one() {
        BigInt::zero()
    } else {
        base.modpow(&exp, &md)
    };
    if negative_mod && !r.is_zero() {
        r -= &md;
    }
    Ok(vm.new_int_big(r))
}

fn int_pow_impl(vm: &Vm, args: &Args, name: &str, reflected: bool) -> PyResult {
    let a = check_self(vm, args, name, "int", is_int)?;
    if !args.kw.is_empty() || !(2..=3).contains(&args.pos.len()) {
        return Err(vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.pos.len().saturating_sub(1) + args.kw.len()
        )));
    }
    let b = &args.pos[1];
    if !is_int(b) {
        return not_impl(vm);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match args.pos.get(2) {
        None | Some(Value::None) => Ok(arith::binary_numeric(vm, BinOpKind::Pow, x, y)?
            .unwrap_or_else(|| vm.not_implemented.clone())),
        Some(m) => {
            let (Some(xb), Some(yb), Some(mb)) = (int_value(x), int_value(y), int_value(m)) else {
                return not_impl(vm);
            };
            int_pow_mod(vm, &xb, &yb, &mb)
        }
    }
}

fn int_pow(vm: &Vm, args: Args) -> PyResult {
    int_pow_impl(vm, &args, "__pow__", false)
}

fn int_rpow(vm: &Vm, args: Args) -> PyResult {
    int_pow_impl(vm, &args, "__rpow__", true)
}

fn int_cmp(vm: &Vm, args: &Args, name: &str, op: CmpKind) -> PyResult {
    let a = check_self(vm, args, name, "int", is_int)?;
    exact_args(vm, args, 1)?;
    let b = &args.pos[1];
    if !is_int(b) {
        return not_impl(vm);
    }
    Ok(Value::Bool(numeric_cmp(a, b, op).unwrap_or(false)))
}

macro_rules! int_cmps {
    ($( $f:ident, $name:literal, $op:ident; )*) => {
        $( fn $f(vm: &Vm, args: Args) -> PyResult { int_cmp(vm, &args, $name, CmpKind::$op) } )*
        fn register_cmps(vm: &Vm, t: &TypeRef) {
            $( add_method(vm, t, $name, $f); )*
        }
    };
}

int_cmps! {
    int_lt, "__lt__", Lt;
    int_le, "__le__", Le;
    int_eq, "__eq__", Eq;
    int_ne, "__ne__", Ne;
    int_gt, "__gt__", Gt;
    int_ge, "__ge__", Ge;
}

// ----- bool --------------------------------------------------------------------

fn bool_new(vm: &Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {n}")));
    }
    match args.pos.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(ops::truthy(vm, v)?)),
    }
}

fn bool_repr(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::Bool(b)) => Ok(vm.new_str(if *b { "True" } else { "False" })),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'bool' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("descriptor '__repr__' of 'bool' object needs an argument")),
    }
}

fn bool_bitop(vm: &Vm, args: Args, name: &str, op: BinOpKind) -> PyResult {
    if let (Some(Value::Bool(a)), Some(Value::Bool(b)), 2) =
        (args.pos.first(), args.pos.get(1), args.pos.len())
    {
        return Ok(Value::Bool(match op {
            BinOpKind::And => *a & *b,
            BinOpKind::Or => *a | *b,
            _ => *a ^ *b,
        }));
    }
    int_binop(vm, &args, name, op, false)
}

fn bool_and(vm: &Vm, args: Args) -> PyResult {
    bool_bitop(vm, args, "__and__", BinOpKind::And)
}
fn bool_or(vm: &Vm, args: Args) -> PyResult {
    bool_bitop(vm, args, "__or__", BinOpKind::Or)
}
fn bool_xor(vm: &Vm, args: Args) -> PyResult {
    bool_bitop(vm, args, "__xor__", BinOpKind::Xor)
}

// ----- numeric built-ins ----------------------------------------------------------

/// `round(number, ndigits=None)`.
pub fn builtin_round(vm: &Vm, args: Args) -> PyResult {
    let a = bind(vm, "round", &args.pos, &args.kw, &["number", "ndigits"], 2)?;
    let Some(x) = a[0].clone() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let t = vm.type_of(&x);
    let Some(f) = attr::lookup_type(&t, "__round__") else {
        return Err(vm.type_error(format!("type {} doesn't define __round__ method", t.name())));
    };
    match &a[1] {
        None | Some(Value::None) => vm.call(&f, vec![x]),
        Some(n) => vm.call(&f, vec![x, n.clone()]),
    }
}

/// `abs(x)`.
pub fn builtin_abs(vm: &Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("abs() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "abs() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let x = &args.pos[0];
    match x {
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(v) => Value::Int(v),
                None => vm.new_int_big(BigInt::from(*i).abs()),
            })
        }
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        _ => {}
    }
    let t = vm.type_of(x);
    match attr::lookup_type(&t, "__abs__") {
        Some(f) => vm.call(&f, vec![x.clone()]),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", t.name()))),
    }
}

fn call_binary_dunder(vm: &Vm, x: &Value, name: &str, other: &Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(x);
    let Some(f) = attr::lookup_type(&t, name) else {
        return Ok(None);
    };
    let r = vm.call(&f, vec![x.clone(), other.clone()])?;
    Ok(if r.is(&vm.not_implemented) {
        None
    } else {
        Some(r)
    })
}

/// `divmod(a, b)`.
pub fn builtin_divmod(vm: &Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("divmod() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if matches!(a, Value::Int(_) | Value::Bool(_)) && matches!(b, Value::Int(_) | Value::Bool(_)) {
        return int_divmod_values(vm, a, b);
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let same = Rc::ptr_eq(&ta, &tb);
    let reflected_first = !same && tb.is_subtype(&ta);
    if reflected_first {
        if let Some(r) = call_binary_dunder(vm, b, "__rdivmod__", a)? {
            return Ok(r);
        }
    }
    if let Some(r) = call_binary_dunder(vm, a, "__divmod__", b)? {
        return Ok(r);
    }
    if !same && !reflected_first {
        if let Some(r) = call_binary_dunder(vm, b, "__rdivmod__", a)? {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        ta.name(),
        tb.name()
    )))
}

/// `pow(base, exp, mod=None)`.
pub fn builtin_pow(vm: &Vm, args: Args) -> PyResult {
    let a = bind(vm, "pow", &args.pos, &args.kw, &["base", "exp", "mod"], 3)?;
    let Some(base) = a[0].clone() else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = a[1].clone() else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let m = match &a[2] {
        None | Some(Value::None) => return ops::binary_op(vm, BinOpKind::Pow, &base, &exp),
        Some(m) => m.clone(),
    };
    if let (Some(x), Some(y), Some(z)) = (int_value(&base), int_value(&exp), int_value(&m)) {
        if vm.type_of(&base).builtin && vm.type_of(&exp).builtin {
            return int_pow_mod(vm, &x, &y, &z);
        }
    }
    // Ternary dispatch: base's __pow__, then exp's (built-in numbers only: user
    // classes' __rpow__ is never called with three arguments).
    let tb = vm.type_of(&base);
    if let Some(f) = attr::lookup_type(&tb, "__pow__") {
        let r = vm.call(&f, vec![base.clone(), exp.clone(), m.clone()])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    let te = vm.type_of(&exp);
    if !Rc::ptr_eq(&tb, &te) && arith::as_num(&exp).is_some() && te.builtin {
        if let Some(f) = attr::lookup_type(&te, "__rpow__") {
            let r = vm.call(&f, vec![exp.clone(), base.clone(), m.clone()])?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        tb.name(),
        te.name(),
        vm.type_name(&m)
    )))
}

// ----- registration ------------------------------------------------------------------

pub fn register(vm: &Vm) {
    let t = vm.t.int.clone();
    add_staticmethod(vm, &t, "__new__", int_new);
    add_method(vm, &t, "bit_length", int_bit_length);
    add_method(vm, &t, "bit_count", int_bit_count);
    add_method(vm, &t, "to_bytes", int_to_bytes);
    add_classmethod(vm, &t, "from_bytes", int_from_bytes);
    add_method(vm, &t, "as_integer_ratio", int_as_integer_ratio);
    add_method(vm, &t, "conjugate", int_identity);
    for name in [
        "__index__",
        "__int__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__pos__",
    ] {
        add_method(vm, &t, name, int_identity);
    }
    add_method(vm, &t, "__getnewargs__", int_getnewargs);
    add_method(vm, &t, "__float__", int_float);
    add_method(vm, &t, "__round__", int_round);
    add_method(vm, &t, "__abs__", int_abs);
    add_method(vm, &t, "__neg__", int_neg);
    add_method(vm, &t, "__invert__", int_invert);
    add_method(vm, &t, "__bool__", int_bool);
    add_method(vm, &t, "__hash__", int_hash);
    add_method(vm, &t, "__repr__", int_repr);
    add_method(vm, &t, "__format__", int_format);
    add_method(vm, &t, "__divmod__", int_divmod);
    add_method(vm, &t, "__rdivmod__", int_rdivmod);
    add_method(vm, &t, "__pow__", int_pow);
    add_method(vm, &t, "__rpow__", int_rpow);
    register_binops(vm, &t);
    register_cmps(vm, &t);
    add_getter(vm, &t, "real", int_get_self);
    add_getter(vm, &t, "imag", int_get_zero);
    add_getter(vm, &t, "numerator", int_get_self);
    add_getter(vm, &t, "denominator", int_get_one);

    let b = vm.t.bool_.clone();
    add_staticmethod(vm, &b, "__new__", bool_new);
    add_method(vm, &b, "__repr__", bool_repr);
    add_method(vm, &b, "__and__", bool_and);
    add_method(vm, &b, "__rand__", bool_and);
    add_method(vm, &b, "__or__", bool_or);
    add_method(vm, &b, "__ror__", bool_or);
    add_method(vm, &b, "__xor__", bool_xor);
    add_method(vm, &b, "__rxor__", bool_xor);

    // The numeric built-ins. builtins.rs may register these same functions
    // again (it runs later); registering here keeps them available either way.
    crate::runtime::setup::add_builtin(vm, "round", builtin_round);
    crate::runtime::setup::add_builtin(vm, "abs", builtin_abs);
    crate::runtime::setup::add_builtin(vm, "divmod", builtin_divmod);
    crate::runtime::setup::add_builtin(vm, "pow", builtin_pow);
}
