//! `_collections`: the C half of `collections` — `deque` (a native ring buffer,
//! `deque.rs`) and `defaultdict` (a dict subclass with `__missing__`,
//! `defaultdict.rs`). `OrderedDict`, `_count_elements` and `_tuplegetter` keep
//! the pure-Python fallbacks `collections/__init__.py` already has.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

mod defaultdict;
mod deque;

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_collections");
    let d = m.dict.get().expect("module dict").clone();
    let _ = vm.dict_set_str(&d, "deque", Value::Type(deque::make_type(vm)));
    let _ = vm.dict_set_str(&d, "defaultdict", Value::Type(defaultdict::make_type(vm)));
    m
}
