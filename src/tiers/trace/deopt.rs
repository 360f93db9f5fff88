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
use crate::runtime::object::Value;
use crate::tiers::frame::Frame;

use super::ir::{Snapshot, Trace, Ty};

/// Write snapshot `snap` into `frame` from the exit buffer `buf`.
pub fn restore(frame: &mut Frame, trace: &Trace, snap: &Snapshot, buf: &[u64]) {
    let nl = trace.nlocals;
    let mut values: Vec<(u32, Value)> = Vec::with_capacity(snap.entries.len());
    for (j, &(slot, r)) in snap.entries.iter().enumerate() {
        let v = match trace.konst(r) {
            Some(k) => k.to_value(),
            None => from_word(trace.ty(r), buf[j]),
        };
        values.push((slot, v));
    }
    let depth = snap.depth as usize;
    if frame.stack.len() > depth {
        frame.stack.truncate(depth);
    }
    while frame.stack.len() < depth {
        frame.stack.push(Value::None);
    }
    for (slot, v) in values {
        if slot < nl {
            frame.locals[slot as usize] = Some(v);
        } else {
            frame.stack[(slot - nl) as usize] = v;
        }
    }
    frame.pc = snap.pc as usize;
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
    }
}
