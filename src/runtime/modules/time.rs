//! The `time` module: clocks and `sleep` (the CPU-bound programs pyjit targets
//! mostly need `time.time()`/`perf_counter()` for their own timing).
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

thread_local! {
    static START: Instant = Instant::now();
}

fn now_secs() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn t_time(_vm: &Vm, _a: Args) -> PyResult {
    Ok(Value::Float(now_secs()))
}
fn t_time_ns(vm: &Vm, _a: Args) -> PyResult {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(vm.new_int_big(num_bigint::BigInt::from(ns)))
}
fn t_perf(_vm: &Vm, _a: Args) -> PyResult {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}
fn t_perf_ns(_vm: &Vm, _a: Args) -> PyResult {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}
fn t_process(_vm: &Vm, _a: Args) -> PyResult {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}
fn t_sleep(vm: &Vm, a: Args) -> PyResult {
    let secs =
        crate::runtime::convert::to_f64(vm, &a.pos.first().cloned().unwrap_or(Value::Int(0)))?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    sleep_interruptibly(vm, secs)?;
    Ok(Value::None)
}

/// Sleep `secs` seconds, raising KeyboardInterrupt if Ctrl-C comes first.
pub fn sleep_interruptibly(vm: &Vm, secs: f64) -> PyResult<()> {
    let end = Instant::now() + std::time::Duration::from_secs_f64(secs);
    while Instant::now() < end {
        vm.check_interrupt()?;
        let left = end.saturating_duration_since(Instant::now());
        std::thread::sleep(left.min(std::time::Duration::from_millis(50)));
    }
    Ok(())
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("time");
    if let Some(d) = m.dict.get() {
        for (name, f) in [
            ("time", t_time as NativeFn),
            ("time_ns", t_time_ns),
            ("perf_counter", t_perf),
            ("perf_counter_ns", t_perf_ns),
            ("monotonic", t_perf),
            ("monotonic_ns", t_perf_ns),
            ("process_time", t_process),
            ("sleep", t_sleep),
        ] {
            let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
        }
        crate::runtime::modules::time_calendar::register(vm, d);
    }
    m
}
