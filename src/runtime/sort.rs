//! STUB (temporary, replaced by the sort module): stable sort with key/reverse.
use crate::frontend::bytecode::CmpKind;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub fn sorted_values(vm: &Vm, items: Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let mut keyed = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![it.clone()])?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    let mut err = None;
    if reverse {
        keyed.reverse();
    }
    keyed.sort_by(|a, b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match crate::runtime::ops::compare_bool(vm, &b.0, &a.0, CmpKind::Lt) {
            Ok(true) => std::cmp::Ordering::Greater,
            Ok(false) => match crate::runtime::ops::compare_bool(vm, &a.0, &b.0, CmpKind::Lt) {
                Ok(true) => std::cmp::Ordering::Less,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let mut out: Vec<Value> = keyed.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}
