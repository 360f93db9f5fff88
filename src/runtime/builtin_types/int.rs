//! Methods of the built-in `int` type(s). (Being written.)
use crate::runtime::vm::Vm;

pub fn register(_vm: &Vm) {}
