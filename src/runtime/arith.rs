//! Native arithmetic on `int`, `float`, `complex` and `bool`.
//!
//! `binary_numeric` is the fast path the interpreter (and later the JIT's helpers)
//! take before any dunder lookup: when both operands are built-in numbers it
//! computes the result directly with CPython's semantics (floor division and modulo
//! round toward negative infinity, `/` is true division, `**` with a negative int
//! exponent gives a float, shifts and bitwise ops on arbitrary precision). Small
//! ints are `i64`; an overflowing result is redone in `BigInt` and normalised back.
//! It returns `Ok(None)` when the operands are not both numbers so the caller can
//! fall back to the full protocol.
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::frontend::bytecode::BinOpKind;
use crate::runtime::numfmt;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

/// A number operand; big ints are borrowed from their object (copying a
/// big int for every operation would dominate bigint arithmetic).
pub enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
    C(f64, f64),
}

pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::Float(f) => Some(Num::F(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Num::I(i),
                None => Num::B(b),
            }),
            Payload::Float(f) => Some(Num::F(*f)),
            Payload::Complex(r, i) => Some(Num::C(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

pub fn to_big<'a>(n: &Num<'a>) -> std::borrow::Cow<'a, BigInt> {
    match n {
        Num::I(i) => std::borrow::Cow::Owned(BigInt::from(*i)),
        Num::B(b) => std::borrow::Cow::Borrowed(b),
        _ => std::borrow::Cow::Owned(BigInt::zero()),
    }
}

fn int_to_f64(vm: &Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => numfmt::bigint_to_f64(b)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
        Num::F(f) => Ok(*f),
        Num::C(r, _) => Ok(*r),
    }
}

pub fn binary_numeric(vm: &Vm, op: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    // Fastest path: two small ints.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = small_int_op(vm, op, *x, *y)? {
            return Ok(Some(v));
        }
    }
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    match (&x, &y) {
        (Num::C(..), _) | (_, Num::C(..)) => complex_op(vm, op, &x, &y),
        (Num::F(_), _) | (_, Num::F(_)) => {
            if matches!(
                op,
                BinOpKind::LShift
                    | BinOpKind::RShift
                    | BinOpKind::And
                    | BinOpKind::Or
                    | BinOpKind::Xor
                    | BinOpKind::MatMul
            ) {
                return Ok(None);
            }
            let fx = int_to_f64(vm, &x)?;
            let fy = int_to_f64(vm, &y)?;
            float_op(vm, op, fx, fy).map(Some)
        }
        _ => {
            if let (Num::I(i), Num::I(j)) = (&x, &y) {
                if let Some(v) = small_int_op(vm, op, *i, *j)? {
                    return Ok(Some(v));
                }
            }
            big_int_op(vm, op, &to_big(&x), &to_big(&y))
        }
    }
}

/// i64 op; `Ok(None)` on overflow (redo in BigInt).
pub fn small_int_op(vm: &Vm, op: BinOpKind, x: i64, y: i64) -> PyResult<Option<Value>> {
    use BinOpKind::*;
    Ok(match op {
        Add => x.checked_add(y).map(Value::Int),
        Sub => x.checked_sub(y).map(Value::Int),
        Mul => x.checked_mul(y).map(Value::Int),
        FloorDiv => {
            if y == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y)
                .map(|_| Value::Int(Integer::div_floor(&x, &y)))
        }
        Mod => {
            if y == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.checked_rem(y)
                .map(|_| Value::Int(Integer::mod_floor(&x, &y)))
        }
        TrueDiv => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
                Some(Value::Float(x as f64 / y as f64))
            } else {
                numfmt::int_true_divide(&BigInt::from(x), &BigInt::from(y)).map(Value::Float)
            }
        }
        Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return float_op(vm, Pow, x as f64, y as f64).map(Some);
            }
            if y > u32::MAX as i64 {
                None
            } else {
                x.checked_pow(y as u32).map(Value::Int)
            }
        }
        LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if x == 0 {
                Some(Value::Int(0))
            } else if y < 63 {
                let r = x << y;
                if (r >> y) == x {
                    Some(Value::Int(r))
                } else {
                    None
                }
            } else {
                None
            }
        }
        RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        And => Some(Value::Int(x & y)),
        Or => Some(Value::Int(x | y)),
        Xor => Some(Value::Int(x ^ y)),
        MatMul => return Ok(None),
    })
}

fn big_int_op(vm: &Vm, op: BinOpKind, x: &BigInt, y: &BigInt) -> PyResult<Option<Value>> {
    use BinOpKind::*;
    let r = match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(y)
        }
        Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(y)
        }
        TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return match numfmt::int_true_divide(x, y) {
                Some(f) => Ok(Some(Value::Float(f))),
                None => Err(vm.overflow_error("integer division result too large for a float")),
            };
        }
        Pow => {
            if y.is_negative() {
                let fx = numfmt::bigint_to_f64(x)
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
                let fy = numfmt::bigint_to_f64(y).unwrap_or(f64::NEG_INFINITY);
                return float_op(vm, Pow, fx, fy).map(Some);
            }
            match y.to_u32() {
                Some(e) => {
                    let bits = x.bits();
                    if bits > 1 && (bits as u128) * (e as u128) > 1u128 << 34 {
                        return Err(vm.new_error("MemoryError", ""));
                    }
                    num_traits::pow::Pow::pow(x, e)
                }
                None => {
                    if x.is_zero() || *x == BigInt::from(1) {
                        x.clone()
                    } else if *x == BigInt::from(-1) {
                        if y.is_even() {
                            BigInt::from(1)
                        } else {
                            x.clone()
                        }
                    } else {
                        return Err(vm.new_error("MemoryError", ""));
                    }
                }
            }
        }
        LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            if s > (1 << 34) && !x.is_zero() {
                return Err(vm.new_error("MemoryError", ""));
            }
            x << s
        }
        RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => {
                    // Python's >> floors (arithmetic shift), num-bigint's >> on negatives rounds toward -inf too.
                    x >> s
                }
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        MatMul => return Ok(None),
    };
    Ok(Some(vm.new_int_big(r)))
}

pub fn float_op(vm: &Vm, op: BinOpKind, x: f64, y: f64) -> PyResult<Value> {
    use BinOpKind::*;
    let r = match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            numfmt::float_floordiv(x, y)
        }
        Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            numfmt::float_mod(x, y)
        }
        Pow => return float_pow(vm, x, y),
        _ => return Err(vm.type_error("unsupported float op")),
    };
    Ok(Value::Float(r))
}

pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    // An infinite exponent is decided first (as CPython does): `0.0 ** -inf`
    // is inf, not a division by zero.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // Negative base with a fractional exponent gives a complex result.
        let (r, theta) = ((-x).powf(y), std::f64::consts::PI * y);
        return Ok(vm.new_complex(r * theta.cos(), r * theta.sin()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.new_error("OverflowError", "(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

fn complex_op(vm: &Vm, op: BinOpKind, x: &Num, y: &Num) -> PyResult<Option<Value>> {
    let c = |n: &Num| -> PyResult<(f64, f64)> {
        Ok(match n {
            Num::C(r, i) => (*r, *i),
            other => (int_to_f64(vm, other)?, 0.0),
        })
    };
    let (a, b) = c(x)?;
    let (cc, d) = c(y)?;
    crate::runtime::builtin_types::complex::complex_binary(vm, op, (a, b), (cc, d))
}

/// `-x`, `+x`, `~x` for numbers; `Ok(None)` if not a number.
pub fn unary_numeric(vm: &Vm, op: u32, v: &Value) -> PyResult<Option<Value>> {
    let Some(n) = as_num(v) else { return Ok(None) };
    Ok(Some(match (op, n) {
        (0, Num::I(i)) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => vm.new_int_big(-BigInt::from(i)),
        },
        (0, Num::B(b)) => vm.new_int_big(-b),
        (0, Num::F(f)) => Value::Float(-f),
        (0, Num::C(r, i)) => vm.new_complex(-r, -i),
        (1, Num::I(i)) => Value::Int(i),
        (1, Num::B(b)) => vm.new_int_big(b.clone()),
        (1, Num::F(f)) => Value::Float(f),
        (1, Num::C(r, i)) => vm.new_complex(r, i),
        (2, Num::I(i)) => Value::Int(!i),
        (2, Num::B(b)) => vm.new_int_big(!b),
        _ => return Ok(None),
    }))
}

/// Numeric comparison; `None` when not both numbers (complex only supports ==/!=).
pub fn compare_numeric(a: &Value, b: &Value) -> Option<Option<std::cmp::Ordering>> {
    let x = as_num(a)?;
    let y = as_num(b)?;
    Some(match (&x, &y) {
        (Num::I(i), Num::I(j)) => Some(i.cmp(j)),
        (Num::F(f), Num::F(g)) => f.partial_cmp(g),
        (Num::C(..), _) | (_, Num::C(..)) => {
            let c = |n: &Num| match n {
                Num::C(r, i) => (*r, *i),
                Num::I(i) => (*i as f64, 0.0),
                Num::F(f) => (*f, 0.0),
                Num::B(b) => (numfmt::bigint_to_f64(b).unwrap_or(f64::INFINITY), 0.0),
            };
            return Some(if c(&x) == c(&y) {
                Some(std::cmp::Ordering::Equal)
            } else {
                None
            });
        }
        (Num::F(f), other) => cmp_float_int(*f, other),
        (other, Num::F(g)) => cmp_float_int(*g, other).map(|o| o.reverse()),
        _ => Some(to_big(&x).cmp(&to_big(&y))),
    })
}

/// Exact comparison of a float with an int (no rounding), as CPython does.
fn cmp_float_int(f: f64, n: &Num) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    let i = to_big(n);
    let fl = f.floor();
    let fb = numfmt::float_to_bigint(fl).unwrap_or_default();
    match fb.cmp(&i) {
        std::cmp::Ordering::Equal => Some(if f > fl {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }),
        o => Some(o),
    }
}

pub fn is_complex(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Complex(..)))
}

pub fn bigint_abs(b: &BigInt) -> BigInt {
    b.abs()
}
