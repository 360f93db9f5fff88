//! STUB (temporary, replaced by the set-operations module): insertion-ordered sets.
use crate::frontend::bytecode::{BinOpKind, CmpKind};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn set_table(o: &ObjRef) -> Option<std::cell::Ref<'_, crate::runtime::set::PySet>> {
    match &o.payload {
        Payload::Set(s) => Some(s.borrow()),
        _ => None,
    }
}

pub fn set_items(o: &ObjRef) -> Vec<Value> {
    match &o.payload {
        Payload::Set(s) => s.borrow().table.keys(),
        Payload::FrozenSet(s) => s.table.keys(),
        _ => Vec::new(),
    }
}
pub fn set_len(o: &ObjRef) -> usize {
    match &o.payload {
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        _ => 0,
    }
}
pub fn set_add(vm: &Vm, set: &Value, item: Value) -> PyResult<()> {
    let h = crate::runtime::ops::hash(vm, &item)?;
    if let Value::Obj(o) = set {
        if let Payload::Set(s) = &o.payload {
            let found = s.borrow().table.find_native(&item, h);
            match found {
                Ok(Some(_)) => {}
                Ok(None) => s.borrow_mut().table.push_new(item, h, Value::None),
                Err(c) => {
                    for i in c {
                        let k = s.borrow().table.entry_at(i).map(|e| e.key.clone());
                        if let Some(k) = k {
                            if crate::runtime::ops::eq(vm, &k, &item)? {
                                return Ok(());
                            }
                        }
                    }
                    s.borrow_mut().table.push_new(item, h, Value::None);
                }
            }
        }
    }
    let _ = set_table;
    Ok(())
}
pub fn set_contains(vm: &Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    for k in set_items(o) {
        if crate::runtime::ops::eq(vm, &k, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
pub fn set_compare(vm: &Vm, _a: &ObjRef, _b: &ObjRef, _op: CmpKind) -> PyResult<Value> {
    Err(vm.not_implemented_error("set comparison"))
}
pub fn set_binop(vm: &Vm, _a: &Value, _b: &Value, _op: BinOpKind) -> PyResult<Value> {
    Err(vm.not_implemented_error("set operators"))
}
pub fn inplace(_vm: &Vm, _s: &ObjRef, _op: BinOpKind, _other: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}
pub fn view_binop(_vm: &Vm, _a: &Value, _b: &Value, _op: BinOpKind) -> PyResult<Option<Value>> {
    Ok(None)
}
