//! The protocol steps behind `async for` and `async with` (the work of the
//! `GetAIter`, `GetANext` and `BeforeAsyncWith` ops), with CPython 3.11's
//! lookups and error messages.
//!
//! As for their synchronous cousins the special methods are looked up on the
//! type, never the instance. `GetANext` special-cases an exact async generator
//! (its `__anext__` awaitable is made directly, as CPython does); any other
//! `__anext__` result must be awaitable, and a failure to make it so is
//! re-raised as "'async for' received an invalid object from __anext__" with
//! the original error as its `__cause__`.
use crate::runtime::attr;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

/// `GetAIter`: `type(v).__aiter__(v)`, which must have `__anext__`.
pub fn get_aiter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = vm.type_of(v);
    let Some(f) = attr::lookup_type(&t, "__aiter__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            t.name()
        )));
    };
    let it = vm.call(&f, vec![v.clone()])?;
    let it_t = vm.type_of(&it);
    if attr::lookup_type(&it_t, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it_t.name()
        )));
    }
    Ok(it)
}

/// `GetANext`: the awaitable of `type(aiter).__anext__(aiter)`.
pub fn get_anext(vm: &Vm, aiter: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = aiter {
        if let Payload::Generator(st) = &o.payload {
            if matches!(st.borrow().kind, GenKind::AsyncGenerator) {
                return Ok(crate::runtime::asyncgen::anext_awaitable(vm, o.clone()));
            }
        }
    }
    let t = vm.type_of(aiter);
    let Some(f) = attr::lookup_type(&t, "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            t.name()
        )));
    };
    let next = vm.call(&f, vec![aiter.clone()])?;
    crate::runtime::generator::get_awaitable(vm, &next, 0).map_err(|cause| {
        let e = vm.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            vm.type_name(&next)
        ));
        if let Payload::Exception(d) = &e.payload {
            let mut d = d.borrow_mut();
            d.cause = Some(Value::Obj(cause.clone()));
            d.context = Some(Value::Obj(cause));
            d.suppress_context = true;
        }
        e
    })
}

/// `BeforeAsyncWith`: (bound `__aexit__`, the un-awaited `__aenter__()` result).
pub fn before_async_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let t = vm.type_of(mgr);
    let Some(enter) = attr::lookup_type(&t, "__aenter__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            t.name()
        )));
    };
    let Some(exit) = attr::lookup_type(&t, "__aexit__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            t.name()
        )));
    };
    let owner = Value::Type(t);
    let exit_b = attr::bind_descriptor(vm, exit, Some(mgr), &owner)?;
    let enter_b = attr::bind_descriptor(vm, enter, Some(mgr), &owner)?;
    let entered = vm.call(&enter_b, vec![])?;
    Ok((exit_b, entered))
}
