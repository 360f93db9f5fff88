//! Methods of the built-in `complex` type(s). (Being written.)
use crate::runtime::vm::Vm;

pub fn register(_vm: &Vm) {}

pub fn complex_repr(re: f64, im: f64) -> String {
    let f = |x: f64| {
        let r = crate::runtime::numfmt::float_repr(x);
        r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", f(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && false { "-" } else { "+" };
        format!("({}{}{}j)", f(re), sign, f(im.abs()))
    }
}
