//! Methods of the built-in types, one file per type family. Each file's
//! `register` fills its types' dicts through `runtime::setup::add_method`.
pub mod big_range;
pub mod bytes;
pub mod complex;
pub mod descriptors;
pub mod dict;
pub mod float;
pub mod function;
pub mod generic_alias;
pub mod int;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod object;
pub mod range_slice;
pub mod set;
pub mod str;
pub mod tuple;
pub mod type_;

pub fn register_all(vm: &crate::runtime::vm::Vm) {
    object::register(vm);
    type_::register(vm);
    int::register(vm);
    float::register(vm);
    complex::register(vm);
    str::register(vm);
    bytes::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict::register(vm);
    set::register(vm);
    range_slice::register(vm);
    function::register(vm);
    misc::register(vm);
    generic_alias::register(vm);
    memoryview::register(vm);
    descriptors::register(vm);
}

/// Registers `abs`, `round`, `divmod`, `pow` (implemented with the numeric types).
pub fn numeric_builtins_register(_vm: &crate::runtime::vm::Vm) {}
