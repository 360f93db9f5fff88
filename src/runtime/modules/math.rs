//! The `math` module (Python 3.11).
//!
//! CPython's `mathmodule.c` is mostly thin wrappers around the C library plus
//! a uniform error policy, and that policy is what programs observe, so it is
//! reproduced literally here:
//!
//! * `math_1` — a NaN result from a non-NaN argument is `ValueError("math
//!   domain error")`; an infinite result from a finite argument is
//!   `OverflowError("math range error")` for functions that can overflow
//!   (`exp`, `cosh` …) and a domain error for singularities (`log(0)`,
//!   `atanh(1)`).
//! * `math_2` — the same rules for two-argument functions (`atan2`,
//!   `copysign`, `remainder`), and `pow`/`fmod`/`ldexp`/`gamma`/`lgamma` carry
//!   their own special-case tables, transcribed from CPython.
//!
//! Functions CPython implements itself rather than taking from libm are
//! ported, because their last bits differ from libm's: `gamma`/`lgamma`
//! (Lanczos approximation), `remainder`, `hypot`/`dist` (the
//! compensated `vector_norm`), and `fsum` (Shewchuk's exact partials with
//! CPython's half-even fix-up), and `cbrt` is glibc's algorithm (Rust's
//! runtime shadows the C library's `cbrt` symbol with its own). Everything else calls the platform libm —
//! `f64` methods for the functions Rust forwards to libm, and direct
//! `extern "C"` declarations for the ones Rust computes itself (`asinh`,
//! `acosh`, `atanh`) or lacks (`erf`, `erfc`, `nextafter`) — so results match
//! CPython running on the same C library.
//!
//! Integer arguments may be arbitrarily large: `log(10**400)` decomposes the
//! int as `m * 2**e` (CPython's `_PyLong_Frexp`) instead of overflowing, and
//! the integer functions (`factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`)
//! work on `BigInt` through `__index__`.
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::frontend::bytecode::BinOpKind;
use crate::runtime::attr;
use crate::runtime::builtin_types::float::to_f64;
use crate::runtime::builtin_types::int::{bind, float_to_int, index_big, int_value};
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: pure libm function on a plain double.
    unsafe { erf(x) }
}
/// glibc's `cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c). The Rust runtime links
/// its own `cbrt` symbol ahead of glibc's, so the C library's algorithm is
/// transcribed here to give CPython's (glibc-built) results bit for bit.
#[allow(clippy::excessive_precision)]
fn c_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = libm::frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    libm::scalbn(if x > 0.0 { ym } else { -ym }, xe / 3)
}
fn c_erfc(x: f64) -> f64 {
    // SAFETY: pure libm function on a plain double.
    unsafe { erfc(x) }
}
fn c_asinh(x: f64) -> f64 {
    // SAFETY: pure libm function on a plain double.
    unsafe { asinh(x) }
}
fn c_acosh(x: f64) -> f64 {
    // SAFETY: pure libm function on a plain double.
    unsafe { acosh(x) }
}
fn c_atanh(x: f64) -> f64 {
    // SAFETY: pure libm function on a plain double.
    unsafe { atanh(x) }
}
fn c_nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: pure libm function on plain doubles.
    unsafe { nextafter(x, y) }
}

// ----- argument helpers ------------------------------------------------------------------

fn one<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(&args.pos[0])
}

fn two<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok((&args.pos[0], &args.pos[1]))
}

fn no_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// CPython's `math_1` error policy applied to `r = f(x)`.
fn check_1(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(r)
}

fn math_1(vm: &Vm, args: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = to_f64(vm, one(vm, args, name)?)?;
    Ok(Value::Float(check_1(vm, x, f(x), can_overflow)?))
}

/// CPython's `math_2` error policy applied to `r = f(x, y)`.
fn check_2(vm: &Vm, x: f64, y: f64, r: f64) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(r)
}

fn math_2(vm: &Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult {
    let (a, b) = two(vm, args, name)?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    Ok(Value::Float(check_2(vm, x, y, f(x, y))?))
}

/// errno emulation for `math_1a` functions (gamma, lgamma).
#[derive(PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

fn check_1a(vm: &Vm, (r, e): (f64, Errno)) -> PyResult {
    match e {
        Errno::Ok => Ok(Value::Float(r)),
        Errno::Dom => Err(domain(vm)),
        Errno::Range => {
            if r.abs() < 1.5 {
                Ok(Value::Float(r))
            } else {
                Err(range(vm))
            }
        }
    }
}

macro_rules! unary {
    ($( $fname:ident, $name:literal, $f:expr, $ovf:expr; )*) => {
        $( fn $fname(vm: &Vm, args: Args) -> PyResult { math_1(vm, &args, $name, $f, $ovf) } )*
    };
}

unary! {
    m_acos, "acos", f64::acos, false;
    m_acosh, "acosh", c_acosh, false;
    m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", c_asinh, false;
    m_atan, "atan", f64::atan, false;
    m_atanh, "atanh", c_atanh, false;
    m_cbrt, "cbrt", c_cbrt, false;
    m_cos, "cos", f64::cos, false;
    m_cosh, "cosh", f64::cosh, true;
    m_erf, "erf", c_erf, false;
    m_erfc, "erfc", c_erfc, false;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", f64::exp2, true;
    m_expm1, "expm1", f64::exp_m1, true;
    m_fabs, "fabs", f64::abs, false;
    m_log1p, "log1p", log1p, false;
    m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true;
    m_sqrt, "sqrt", f64::sqrt, false;
    m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false;
}

fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

// ----- rounding -----------------------------------------------------------------------

fn round_via(vm: &Vm, args: Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    let x = one(vm, &args, name)?;
    if let Value::Float(v) = x {
        return float_to_int(vm, f(*v));
    }
    if let Some(m) = attr::lookup_type(&vm.type_of(x), dunder) {
        return vm.call(&m, vec![x.clone()]);
    }
    float_to_int(vm, f(to_f64(vm, x)?))
}

fn m_ceil(vm: &Vm, args: Args) -> PyResult {
    round_via(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn m_floor(vm: &Vm, args: Args) -> PyResult {
    round_via(vm, args, "floor", "__floor__", f64::floor)
}

fn m_trunc(vm: &Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "trunc")?;
    if let Value::Float(v) = x {
        return float_to_int(vm, v.trunc());
    }
    let t = vm.type_of(x);
    match attr::lookup_type(&t, "__trunc__") {
        Some(m) => vm.call(&m, vec![x.clone()]),
        None => Err(vm.type_error(format!("type {} doesn't define __trunc__ method", t.name()))),
    }
}

// ----- logarithms -----------------------------------------------------------------------

/// `_PyLong_Frexp` for a positive int too large for a double: (m, e) with m in [0.5, 1).
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let mag = b.magnitude();
    let n = mag.bits();
    let shift = n.saturating_sub(64);
    let top: num_bigint::BigUint = mag >> shift;
    let sticky = shift > 0 && mag.trailing_zeros().unwrap_or(0) < shift;
    let v = (top.to_u64().unwrap_or(u64::MAX) | sticky as u64) as f64;
    let (m, e) = libm::frexp(v);
    (m, e as i64 + shift as i64)
}

/// CPython's `loghelper`: logs of huge ints via frexp decomposition.
fn loghelper(vm: &Vm, x: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = int_value(x) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        return match crate::runtime::numfmt::bigint_to_f64(&b) {
            Some(v) => check_1(vm, v, f(v), false),
            None => {
                let (m, e) = big_frexp(&b);
                Ok(f(m) + f(2.0) * e as f64)
            }
        };
    }
    let v = to_f64(vm, x)?;
    check_1(vm, v, f(v), false)
}

fn m_log(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "log")?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args.pos[0], f64::ln)?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = loghelper(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn m_log2(vm: &Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "log2")?;
    Ok(Value::Float(loghelper(vm, x, f64::log2)?))
}

fn m_log10(vm: &Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "log10")?;
    Ok(Value::Float(loghelper(vm, x, f64::log10)?))
}

// ----- two-argument float functions -----------------------------------------------------

fn m_atan2(vm: &Vm, args: Args) -> PyResult {
    math_2(vm, &args, "atan2", f64::atan2)
}

fn m_copysign(vm: &Vm, args: Args) -> PyResult {
    math_2(vm, &args, "copysign", f64::copysign)
}

fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(vm: &Vm, args: Args) -> PyResult {
    math_2(vm, &args, "remainder", remainder)
}

fn m_fmod(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "fmod")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn m_pow(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "pow")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    let r;
    let mut err = Errno::Ok;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            err = Errno::Dom;
        } else if r.is_infinite() {
            err = if x == 0.0 { Errno::Dom } else { Errno::Range };
        }
    }
    check_1a(vm, (r, err))
}

fn m_nextafter(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "nextafter")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    Ok(Value::Float(c_nextafter(x, y)))
}

fn m_ulp(vm: &Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one(vm, &args, "ulp")?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = c_nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = c_nextafter(x, f64::NEG_INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

// ----- decomposition ----------------------------------------------------------------------

fn m_frexp(vm: &Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one(vm, &args, "frexp")?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "ldexp")?;
    let x = to_f64(vm, a)?;
    let Some(e) = int_value(b) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    if e > i32::MAX as i64 {
        return Err(range(vm));
    }
    if e < i32::MIN as i64 {
        return Ok(Value::Float(0.0f64.copysign(x)));
    }
    let r = libm::scalbn(x, e as i32);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn m_modf(vm: &Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one(vm, &args, "modf")?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

// ----- classification and conversion --------------------------------------------------------

fn m_isfinite(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(
        to_f64(vm, one(vm, &args, "isfinite")?)?.is_finite(),
    ))
}

fn m_isinf(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(
        to_f64(vm, one(vm, &args, "isinf")?)?.is_infinite(),
    ))
}

fn m_isnan(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(to_f64(vm, one(vm, &args, "isnan")?)?.is_nan()))
}

fn m_degrees(vm: &Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one(vm, &args, "degrees")?)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one(vm, &args, "radians")?)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isclose(vm: &Vm, args: Args) -> PyResult {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = bind(
        vm,
        "isclose",
        &args.pos,
        &args.kw,
        &["a", "b", "rel_tol", "abs_tol"],
        2,
    )?;
    let x = match &a[0] {
        Some(v) => to_f64(vm, v)?,
        None => return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)")),
    };
    let y = match &a[1] {
        Some(v) => to_f64(vm, v)?,
        None => return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)")),
    };
    let rel_tol = match &a[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match &a[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}

// ----- gamma functions (CPython's Lanczos implementation) ----------------------------------

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const PI: f64 = std::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn m_gamma(vm: &Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one(vm, &args, "gamma")?)?;
    check_1a(vm, tgamma(x))
}

fn m_lgamma(vm: &Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one(vm, &args, "lgamma")?)?;
    check_1a(vm, lgamma(x))
}

// ----- norms and sums ---------------------------------------------------------------------

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let y = (a - x) + b;
    (x, y)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    let zz = x.mul_add(y, -z);
    (z, zz)
}

/// CPython's `vector_norm`: an accurately rounded Euclidean norm.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::scalbn(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, hi);
        csum = shi;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, hi);
    csum = shi;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn norm_of(mut vec: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in &vec {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(&mut vec, max, found_nan)
}

fn m_hypot(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "hypot")?;
    let mut vec = Vec::with_capacity(args.pos.len());
    for v in &args.pos {
        vec.push(to_f64(vm, v)?.abs());
    }
    Ok(Value::Float(norm_of(vec)))
}

fn m_dist(vm: &Vm, args: Args) -> PyResult {
    let (p, q) = two(vm, &args, "dist")?;
    let ps = crate::runtime::iter::collect(vm, p)?;
    let qs = crate::runtime::iter::collect(vm, q)?;
    if ps.len() != qs.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut vec = Vec::with_capacity(ps.len());
    for (a, b) in ps.iter().zip(qs.iter()) {
        let x = to_f64(vm, a)?;
        let y = to_f64(vm, b)?;
        vec.push((x - y).abs());
    }
    Ok(Value::Float(norm_of(vec)))
}

fn m_fsum(vm: &Vm, args: Args) -> PyResult {
    let seq = one(vm, &args, "fsum")?;
    let it = crate::runtime::iter::get_iter(vm, seq)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = crate::runtime::iter::next(vm, &it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_prod(vm: &Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let a = bind(vm, "prod", &[], &args.kw, &["start"], 0)?;
    let mut acc = a[0].clone().unwrap_or(Value::Int(1));
    let it = crate::runtime::iter::get_iter(vm, &args.pos[0])?;
    while let Some(item) = crate::runtime::iter::next(vm, &it)? {
        acc = ops::binary_op(vm, BinOpKind::Mul, &acc, &item)?;
    }
    Ok(acc)
}

// ----- integer functions -------------------------------------------------------------------

/// Product of the integers in `lo..=hi` by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for k in lo..=hi {
            r *= k;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn m_factorial(vm: &Vm, args: Args) -> PyResult {
    let x = one(vm, &args, "factorial")?;
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    if n > 5_000_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(vm.new_int_big(range_product(1, n as u64)))
}

fn m_gcd(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "gcd")?;
    let mut g = BigInt::zero();
    for v in &args.pos {
        let b = index_big(vm, v)?;
        g = g.gcd(&b);
    }
    Ok(vm.new_int_big(g))
}

fn m_lcm(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "lcm")?;
    let mut l = BigInt::one();
    for v in &args.pos {
        let b = index_big(vm, v)?;
        if l.is_zero() || b.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&b);
    }
    Ok(vm.new_int_big(l.abs()))
}

fn m_isqrt(vm: &Vm, args: Args) -> PyResult {
    let n = index_big(vm, one(vm, &args, "isqrt")?)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int_big(n.sqrt()))
}

fn comb_perm_args(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_comb(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "comb")?;
    let (n, k) = comb_perm_args(vm, a, b)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    if k > 10_000_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_int_big(r))
}

fn m_perm(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "perm")?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error(if args.pos.is_empty() {
            "perm expected at least 1 argument, got 0".to_string()
        } else {
            format!("perm expected at most 2 arguments, got {}", args.pos.len())
        }));
    }
    if args.pos.len() == 1 || args.pos[1].is_none() {
        return m_factorial(vm, Args::new(vec![args.pos[0].clone()]));
    }
    let (n, k) = comb_perm_args(vm, &args.pos[0], &args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    if k > 10_000_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.new_int_big(r))
}

// ----- module ---------------------------------------------------------------------------------

const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

/// Build the `math` module object.
pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("math");
    if let Some(d) = m.dict.get().cloned() {
        for (name, f) in FUNCS {
            let _ = vm.dict_set_str(&d, name, vm.new_builtin(name, *f));
        }
        let _ = vm.dict_set_str(&d, "pi", Value::Float(std::f64::consts::PI));
        let _ = vm.dict_set_str(&d, "e", Value::Float(std::f64::consts::E));
        let _ = vm.dict_set_str(&d, "tau", Value::Float(std::f64::consts::TAU));
        let _ = vm.dict_set_str(&d, "inf", Value::Float(f64::INFINITY));
        let _ = vm.dict_set_str(&d, "nan", Value::Float(f64::NAN));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_small_integers() {
        assert_eq!(tgamma(5.0).0, 24.0);
        assert_eq!(lgamma(1.0).0, 0.0);
    }

    #[test]
    fn remainder_ties_to_even() {
        assert_eq!(remainder(5.0, 2.0), 1.0);
        assert_eq!(remainder(7.0, 2.0), -1.0);
    }

    #[test]
    fn norm_is_exact_for_pythagorean_triples() {
        assert_eq!(norm_of(vec![3.0, 4.0]), 5.0);
    }

    #[test]
    fn big_frexp_mantissa_range() {
        let (m, e) = big_frexp(&(BigInt::one() << 2000usize));
        assert_eq!((m, e), (0.5, 2001));
    }
}
