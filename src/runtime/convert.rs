//! Argument conversions shared by native functions: `__index__` integers,
//! bytes-like buffers, and argument-count checks with CPython's messages.
use num_traits::ToPrimitive;

use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::vm::Vm;

/// An index-sized integer via `__index__` (OverflowError if it does not fit).
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<i64> {
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

/// Does `v` support `__index__` (an int, a bool, or a class defining it)?
pub fn is_index(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::Int(_)))
        || crate::runtime::attr::lookup_type(&vm.type_of(v), "__index__").is_some()
}

/// Bytes of a bytes-like object (bytes, bytearray).
pub fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ if crate::runtime::builtin_types::memoryview::is_memoryview(v) => {
            crate::runtime::builtin_types::memoryview::view_bytes(vm, v)
        }
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Check the positional argument count of a native function (self excluded by the caller).
pub fn check_args(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if n < min || n > max {
        if min == max {
            return Err(match min {
                0 => vm.type_error(format!("{}() takes no arguments ({} given)", name, n)),
                1 => vm.type_error(format!(
                    "{}() takes exactly one argument ({} given)",
                    name, n
                )),
                _ => vm.type_error(format!("{} expected {} arguments, got {}", name, min, n)),
            });
        }
        if n < min {
            return Err(vm.type_error(format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )));
        }
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

/// A str argument.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{}() argument {} must be str, not {}",
            fname,
            pos,
            vm.type_name(v)
        ))
    })
}

/// Float value of a real number (int, float, or `__float__`).
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Ok(*f),
            Payload::Int(b) => crate::runtime::numfmt::bigint_to_f64(b)
                .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
            _ => {
                if let Some(f) = crate::runtime::attr::lookup_type(&o.class, "__float__") {
                    let r = vm.call(&f, vec![v.clone()])?;
                    return match r {
                        Value::Float(x) => Ok(x),
                        _ => Err(vm.type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            o.class.name(),
                            vm.type_name(&r)
                        ))),
                    };
                }
                if let Some(f) = crate::runtime::attr::lookup_type(&o.class, "__index__") {
                    let r = vm.call(&f, vec![v.clone()])?;
                    return to_f64(vm, &r);
                }
                Err(vm.type_error(format!("must be real number, not {}", o.class.name())))
            }
        },
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}
