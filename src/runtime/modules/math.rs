//! Placeholder until the math module lands.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub fn make_module(vm: &Vm) -> ObjRef {
    vm.new_module("math")
}
