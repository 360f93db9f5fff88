//! `_operator`: only `_compare_digest` (for `hmac.compare_digest`); the rest of
//! `operator` stays the pure-Python version `operator.py` defines first.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn as_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Constant-time comparison of two str (ASCII) or two bytes-like values.
fn compare_digest(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = match &args.pos[..] {
        [a, b] => (a, b),
        _ => {
            return Err(vm.type_error(format!(
                "_compare_digest expected 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let pair = match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            Some((x.as_bytes().to_vec(), y.as_bytes().to_vec()))
        }
        (None, None) => match (as_bytes(a), as_bytes(b)) {
            (Some(x), Some(y)) => Some((x, y)),
            _ => None,
        },
        _ => None,
    };
    let Some((x, y)) = pair else {
        return Err(vm.type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    };
    let mut diff = (x.len() != y.len()) as u8;
    for (p, q) in x.iter().zip(y.iter().cycle()) {
        diff |= p ^ q;
    }
    Ok(Value::Bool(diff == 0))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_operator");
    if let Some(d) = m.dict.get() {
        let _ = vm.dict_set_str(
            d,
            "_compare_digest",
            vm.new_builtin("_compare_digest", compare_digest),
        );
        let _ = vm.dict_set_str(d, "__doc__", vm.new_str("Operator interface."));
    }
    m
}
