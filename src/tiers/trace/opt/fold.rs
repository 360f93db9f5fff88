//! Constant folding, algebraic simplification and common-subexpression
//! elimination, applied on the fly while the recorder emits each instruction.
//!
//! Doing this during recording (as LuaJIT's FOLD/CSE do) instead of as a later
//! pass means the trace never contains the redundant instruction in the first
//! place: `x + 0` is just `x`, `3 * 4` is the constant `12`, and loading the same
//! thing twice yields the first ref. The folder sees one instruction with its
//! operands already folded, so a single table of local rewrites is enough; it
//! never needs to look further back than the operands' definitions.
//!
//! Guards fold too: an overflow-checked add of two constants that does not
//! overflow becomes a constant (the guard could never fail), and a branch guard
//! on a constant condition disappears. A guard that would always fail is kept
//! as is: the trace then always exits there, which is correct, and the loop is
//! unlikely to be hot that way for long.
//!
//! CSE applies to pure instructions and to guarding arithmetic: a second
//! `AddOv a b` produces the same value as the first, which already exited if
//! it overflowed, so it can reuse the first result without a second guard.
use std::collections::HashMap;

use super::super::ir::{eff, Ins, IrOp, Konst, Ref, Trace};

/// What the folder decided for one instruction.
pub enum Folded {
    /// Use this existing ref (a constant or an earlier instruction).
    Ref(Ref),
    /// The instruction has no effect (a guard that always holds).
    Nothing,
    /// Emit the instruction.
    Emit,
}

#[derive(Default, Clone)]
pub struct Folder {
    cse: HashMap<(IrOp, Ref, Ref, Ref, i64), Ref>,
    /// Conditions already guarded: (ref, value it was guarded to have).
    known_conds: HashMap<Ref, bool>,
}

fn int(t: &Trace, r: Ref) -> Option<i64> {
    match t.konst(r) {
        Some(Konst::Int(i)) => Some(*i),
        _ => None,
    }
}

fn flt(t: &Trace, r: Ref) -> Option<f64> {
    match t.konst(r) {
        Some(Konst::Float(f)) => Some(*f),
        _ => None,
    }
}

fn boolean(t: &Trace, r: Ref) -> Option<bool> {
    match t.konst(r) {
        Some(Konst::Bool(b)) => Some(*b),
        _ => None,
    }
}

/// Python's floor division and modulo on machine ints (caller excludes b == 0
/// and MIN // -1).
pub fn py_floordiv(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

pub fn py_mod(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

impl Folder {
    /// Record that condition `r` is known to be `value` (in a bridge from a
    /// branch guard on `r`, it has the value the guard did not expect).
    pub fn know_cond(&mut self, r: Ref, value: bool) {
        self.known_conds.insert(r, value);
    }

    /// Record that `r` is the result of emitted instruction `ins` (for CSE).
    pub fn remember(&mut self, ins: &Ins, r: Ref) {
        let f = ins.op.flags();
        if ins.op == IrOp::GuardTrue || ins.op == IrOp::GuardFalse {
            self.known_conds.insert(ins.a, ins.op == IrOp::GuardTrue);
            return;
        }
        if f & eff::PURE != 0 || is_cse_guard(ins.op) {
            self.cse.insert(key(ins), r);
        }
    }

    pub fn fold(&mut self, t: &mut Trace, ins: &mut Ins) -> Folded {
        use IrOp::*;
        if ins.op.flags() & eff::COMM != 0 && ins.a > ins.b && !ins.b.is_const() {
            std::mem::swap(&mut ins.a, &mut ins.b);
        }
        if ins.op.flags() & eff::COMM != 0 && ins.a.is_const() && !ins.b.is_const() {
            std::mem::swap(&mut ins.a, &mut ins.b);
        }
        let (a, b) = (ins.a, ins.b);
        let k = |t: &mut Trace, v: Konst| Folded::Ref(t.add_const(v));
        match ins.op {
            AddOv | SubOv | MulOv => {
                if let (Some(x), Some(y)) = (int(t, a), int(t, b)) {
                    let r = match ins.op {
                        AddOv => x.checked_add(y),
                        SubOv => x.checked_sub(y),
                        _ => x.checked_mul(y),
                    };
                    if let Some(v) = r {
                        return k(t, Konst::Int(v));
                    }
                }
                match (ins.op, int(t, b)) {
                    (AddOv | SubOv, Some(0)) | (MulOv, Some(1)) => return Folded::Ref(a),
                    _ => {}
                }
            }
            NegOv => {
                if let Some(v) = int(t, a).and_then(|x| x.checked_neg()) {
                    return k(t, Konst::Int(v));
                }
            }
            IAnd | IOr | IXor => {
                if let (Some(x), Some(y)) = (int(t, a), int(t, b)) {
                    let v = match ins.op {
                        IAnd => x & y,
                        IOr => x | y,
                        _ => x ^ y,
                    };
                    return k(t, Konst::Int(v));
                }
            }
            IFloorDiv | IMod => {
                if let (Some(x), Some(y)) = (int(t, a), int(t, b)) {
                    if y != 0 && !(x == i64::MIN && y == -1) {
                        let v = if ins.op == IFloorDiv {
                            py_floordiv(x, y)
                        } else {
                            py_mod(x, y)
                        };
                        return k(t, Konst::Int(v));
                    }
                }
            }
            ILt | ILe | IGt | IGe | IEq | INe => {
                if let (Some(x), Some(y)) = (int(t, a), int(t, b)) {
                    let v = match ins.op {
                        ILt => x < y,
                        ILe => x <= y,
                        IGt => x > y,
                        IGe => x >= y,
                        IEq => x == y,
                        _ => x != y,
                    };
                    return k(t, Konst::Bool(v));
                }
            }
            FAdd | FSub | FMul => {
                if let (Some(x), Some(y)) = (flt(t, a), flt(t, b)) {
                    let v = match ins.op {
                        FAdd => x + y,
                        FSub => x - y,
                        _ => x * y,
                    };
                    return k(t, Konst::Float(v));
                }
            }
            FDiv => {
                if let (Some(x), Some(y)) = (flt(t, a), flt(t, b)) {
                    if y != 0.0 {
                        return k(t, Konst::Float(x / y));
                    }
                }
            }
            FNeg => {
                if let Some(x) = flt(t, a) {
                    return k(t, Konst::Float(-x));
                }
            }
            FLt | FLe | FGt | FGe | FEq | FNe => {
                if let (Some(x), Some(y)) = (flt(t, a), flt(t, b)) {
                    let v = match ins.op {
                        FLt => x < y,
                        FLe => x <= y,
                        FGt => x > y,
                        FGe => x >= y,
                        FEq => x == y,
                        _ => x != y,
                    };
                    return k(t, Konst::Bool(v));
                }
            }
            IToF => {
                if let Some(x) = int(t, a) {
                    return k(t, Konst::Float(x as f64));
                }
            }
            IToFExact => {
                if let Some(x) = int(t, a) {
                    if x.unsigned_abs() <= 1 << 53 {
                        return k(t, Konst::Float(x as f64));
                    }
                }
            }
            BToI => {
                if let Some(x) = boolean(t, a) {
                    return k(t, Konst::Int(x as i64));
                }
            }
            BNot => {
                if let Some(x) = boolean(t, a) {
                    return k(t, Konst::Bool(!x));
                }
                // not (not x) == x
                if !a.is_const() {
                    let d = t.ins[a.index()];
                    if d.op == BNot {
                        return Folded::Ref(d.a);
                    }
                }
            }
            GuardTrue | GuardFalse => {
                let want = ins.op == GuardTrue;
                if boolean(t, a) == Some(want) || self.known_conds.get(&a) == Some(&want) {
                    return Folded::Nothing;
                }
            }
            _ => {}
        }
        if ins.op.flags() & eff::PURE != 0 || is_cse_guard(ins.op) {
            if let Some(r) = self.cse.get(&key(ins)) {
                return Folded::Ref(*r);
            }
        }
        Folded::Emit
    }
}

/// Guarding arithmetic whose second occurrence cannot fail once the first passed.
fn is_cse_guard(op: IrOp) -> bool {
    use IrOp::*;
    matches!(
        op,
        AddOv
            | SubOv
            | MulOv
            | NegOv
            | IFloorDiv
            | IMod
            | IShl
            | IShr
            | FDiv
            | IToFExact
            | GuardClass
            | GuardObj
            | GuardNil
    )
}

fn key(ins: &Ins) -> (IrOp, Ref, Ref, Ref, i64) {
    (ins.op, ins.a, ins.b, ins.c, ins.imm)
}
