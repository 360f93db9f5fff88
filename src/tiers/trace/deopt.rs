//! Deoptimisation: rebuilding the interpreter frame when a trace exits.
//!
//! A compiled trace keeps the values it computes in registers and never
//! writes the frame while it runs, so when it leaves — a guard failed, the
//! loop ended, Ctrl-C — the frame in memory still holds the values it had at
//! trace entry. The exit's snapshot says which slots are stale and which IR
//! value holds each one's current content; the exit stub stored those values
//! to the exit buffer, one word per snapshot entry, and this module turns the
//! words back into `Value`s by the entry's IR type (an `int` word becomes
//! `Value::Int`, an object word a new strong reference) and writes them into
//! the frame, then points the frame at the snapshot's bytecode.
//!
//! All new values are built before any slot is overwritten: writing a slot
//! drops its old value, and that old value may be the only owner of an object
//! another entry still refers to.
use crate::jit::raw::{borrow_obj, borrow_type};
use crate::runtime::object::{Payload, PyResult, Value};
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;
use crate::tiers::interp::{run_materialized, Resume};

use super::ir::{Ref, Snapshot, Trace, Ty, RESULT_SLOT};

thread_local! {
    /// Reused buffer for the values of a snapshot without inlined frames
    /// (the common exit): no allocation per exit.
    static ROOT_VALUES: std::cell::RefCell<Vec<(u32, Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Turn a snapshot's buffer words into values (`*k` walks the buffer).
/// Entries whose ref is in `skip` are left out: the frame still holds them.
fn values(
    trace: &Trace,
    entries: &[(u32, Ref)],
    buf: &[u64],
    k: &mut usize,
    skip: &[Ref],
) -> Vec<(u32, Value)> {
    let mut out = Vec::with_capacity(entries.len());
    values_into(trace, entries, buf, k, skip, &mut out);
    out
}

fn values_into(
    trace: &Trace,
    entries: &[(u32, Ref)],
    buf: &[u64],
    k: &mut usize,
    skip: &[Ref],
    out: &mut Vec<(u32, Value)>,
) {
    for &(slot, r) in entries {
        if skip.contains(&r) {
            *k += 1;
            continue;
        }
        let v = match trace.konst(r) {
            Some(c) => c.to_value(),
            None => from_word(trace.ty(r), buf[*k]),
        };
        *k += 1;
        out.push((slot, v));
    }
}

fn write_slots(
    frame: &mut Frame,
    nlocals: u32,
    depth: u32,
    values: impl IntoIterator<Item = (u32, Value)>,
) {
    let depth = depth as usize;
    if frame.stack.len() > depth {
        frame.stack.truncate(depth);
    }
    while frame.stack.len() < depth {
        frame.stack.push(Value::None);
    }
    for (slot, v) in values {
        if slot == RESULT_SLOT {
            continue;
        }
        if slot < nlocals {
            frame.locals[slot as usize] = Some(v);
        } else {
            frame.stack[(slot - nlocals) as usize] = v;
        }
    }
}

/// Write snapshot `snap` into `frame` from the exit buffer `buf`. With
/// inlined calls in the snapshot, their frames are rebuilt and run to
/// completion here (innermost first); an exception they raise propagates
/// through them as it would have in tier 1 and is returned, with the loop's
/// frame pointing at its call. Root entries whose ref is in `skip` are not
/// written (entry-dead slots on the first iteration, see
/// `Trace::entry_dead_loads`).
pub fn restore(
    vm: &Vm,
    frame: &mut Frame,
    trace: &Trace,
    snap: &Snapshot,
    buf: &[u64],
    skip: &[Ref],
    after_call: Option<PyResult<Value>>,
) -> PyResult<()> {
    let mut k = 0;
    if snap.inlined.is_empty() {
        ROOT_VALUES.with(|cell| {
            // Not reentrant: nothing below runs Python code (finalizers of
            // the values dropped are deferred).
            let mut vals = cell.take();
            values_into(trace, &snap.entries, buf, &mut k, skip, &mut vals);
            write_slots(frame, trace.nlocals, snap.depth, vals.drain(..));
            cell.replace(vals);
        });
        frame.blocks.extend(snap.blocks.iter().copied());
        frame.pc = snap.pc as usize;
        return match after_call {
            Some(outcome) => finish_call(frame, outcome),
            None => Ok(()),
        };
    }
    let root = values(trace, &snap.entries, buf, &mut k, skip);
    let inlined: Vec<Vec<(u32, Value)>> = snap
        .inlined
        .iter()
        .map(|f| values(trace, &f.entries, buf, &mut k, &[]))
        .collect();
    write_slots(frame, trace.nlocals, snap.depth, root);
    frame.blocks.extend(snap.blocks.iter().copied());
    frame.pc = snap.pc as usize;
    if snap.inlined.is_empty() {
        return Ok(());
    }
    frame.last_pc = snap.pc as usize;
    let mut frames: Vec<Box<Frame>> = Vec::new();
    let mut results: Vec<Option<Value>> = Vec::new();
    for (f, vals) in snap.inlined.iter().zip(inlined) {
        results.push(
            vals.iter()
                .find(|(s, _)| *s == RESULT_SLOT)
                .map(|(_, v)| v.clone()),
        );
        let Some(Payload::Function(func)) = f.func.payload() else {
            return Err(vm.new_error("SystemError", "bad inlined frame in a JIT snapshot"));
        };
        let mut fr = Box::new(Frame::new(
            func.code.clone(),
            func.globals.clone(),
            vm.builtins_dict(),
        ));
        write_slots(&mut fr, f.nlocals, f.depth, vals);
        fr.blocks.extend(f.blocks.iter().copied());
        // An inlined closure's cells are the loop frame's.
        fr.cells = f
            .cells
            .iter()
            .map(|&j| frame.cells[j as usize].clone())
            .collect();
        fr.pc = f.pc as usize;
        fr.last_pc = f.pc as usize;
        frames.push(fr);
    }
    // The callers of the innermost frame are suspended in their calls: count
    // them in the recursion depth while the inner ones run.
    let outer = frames.len() - 1;
    vm.depth.set(vm.depth.get() + outer);
    let mut result: PyResult<Value> = Err(vm.new_error("SystemError", "no inlined frame"));
    let mut first = true;
    let mut after_call = after_call;
    while let Some(mut fr) = frames.pop() {
        // A frame whose call produces a fixed result (an inlined `Class()`
        // call's new object) hands that on instead of its return value.
        let fixed = results.pop().flatten();
        let resume = if first {
            match after_call.take() {
                Some(outcome) => match finish_call(&mut fr, outcome) {
                    Ok(()) => Resume::Start,
                    Err(e) => Resume::Throw(e),
                },
                None => Resume::Start,
            }
        } else {
            vm.depth.set(vm.depth.get() - 1);
            match result {
                Ok(v) => {
                    fr.stack.push(v);
                    fr.pc += 1;
                    Resume::Start
                }
                Err(e) => Resume::Throw(e),
            }
        };
        first = false;
        result = run_materialized(vm, &mut fr, resume);
        if let (Some(obj), Ok(v)) = (&fixed, &result) {
            result = if v.is_none() {
                Ok(obj.clone())
            } else {
                Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(v)
                )))
            };
        }
    }
    match result {
        Ok(v) => {
            frame.stack.push(v);
            frame.pc = snap.pc as usize + 1;
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// A frame restored at the call instruction of a `CallPy` that already ran:
/// it continues after the call with the result pushed in place of the call's
/// operands, or raises the call's exception at the call.
fn finish_call(frame: &mut Frame, outcome: PyResult<Value>) -> PyResult<()> {
    use crate::frontend::bytecode::Op;
    let pc = frame.pc;
    let operands = match frame.code.instrs.get(pc) {
        Some(i) if i.op == Op::CallFunction => i.arg as usize + 1,
        Some(i) if i.op == Op::CallMethod => i.arg as usize + 2,
        Some(i) if i.op == Op::CallKw => i.arg as usize + 2,
        Some(i) if matches!(i.op, Op::BinaryOp | Op::InplaceOp | Op::CompareOp) => 2,
        _ => 0,
    };
    frame.last_pc = pc;
    let v = outcome?;
    let keep = frame.stack.len().saturating_sub(operands);
    frame.stack.truncate(keep);
    frame.stack.push(v);
    frame.pc = pc + 1;
    Ok(())
}

/// The value of snapshot ref `r`, whose exit-buffer word is `w`.
pub fn value_of(trace: &Trace, r: Ref, w: u64) -> Value {
    match trace.konst(r) {
        Some(c) => c.to_value(),
        None => from_word(trace.ty(r), w),
    }
}

fn from_word(ty: Ty, w: u64) -> Value {
    match ty {
        Ty::I64 => Value::Int(w as i64),
        Ty::F64 => Value::Float(f64::from_bits(w)),
        Ty::Bool => Value::Bool(w & 1 != 0),
        Ty::Nil => Value::None,
        // SAFETY: object words in a snapshot come from frame slots or trace
        // constants, which are still alive: the frame has not been written yet.
        Ty::Obj => Value::Obj(unsafe { (*borrow_obj(w)).clone() }),
        // SAFETY: as above, for classes.
        Ty::Cls => Value::Type(unsafe { (*borrow_type(w)).clone() }),
        Ty::Opt if w == 0 => Value::None,
        // SAFETY: as for `Obj`.
        Ty::Opt => Value::Obj(unsafe { (*borrow_obj(w)).clone() }),
    }
}
