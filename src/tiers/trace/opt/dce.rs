//! Dead-code elimination and trace layout.
//!
//! The recorder emits an instruction whenever the interpreter computed
//! something, but many of those values are never needed by the compiled
//! loop: an intermediate that was only stored to a local later overwritten, or
//! a comparison whose branch folded away. A value is live if a guard or a
//! call (anything not pure) uses it, if an exit snapshot needs it to rebuild
//! the frame, or if it is carried around the loop (by the loop body or by a
//! bridge). Liveness flows backwards through operands, and every operand is
//! defined earlier in the arena than its use, so one reverse sweep over the
//! arena finds every live instruction: there is nothing to iterate.
//!
//! Slot loads are never removed: they are the trace's entry type guards.
//! Other guards stay too, except overflow checks whose result is unused.
//!
//! The same pass lays the trace out for the back end: slot loads (`SLoad`)
//! are emitted by the recorder wherever a slot is first read, but they all run
//! at trace entry, so they move to the front; then the loop body; then each
//! bridge's instructions, contiguous. Every ref is renumbered.
use super::super::ir::{eff, pack_seq_args, seq_args, Bridge, IrOp, Ref, Trace};

/// Guards whose only failure is "the exact result needs a bigint": tier 1
/// would compute that bigint without raising, so when nothing uses the result
/// the guard can go too.
fn overflow_only(op: IrOp) -> bool {
    matches!(op, IrOp::AddOv | IrOp::SubOv | IrOp::MulOv | IrOp::NegOv)
}

pub fn run(t: &Trace) -> Trace {
    let n = t.ins.len();
    let mut live = vec![false; n];
    let mark = |live: &mut Vec<bool>, r: Ref| {
        if r != Ref::NONE && !r.is_const() {
            live[r.index()] = true;
        }
    };
    for &(_, r) in t
        .loop_back
        .iter()
        .chain(t.bridges.iter().flat_map(|b| b.back.iter()))
    {
        mark(&mut live, r);
    }
    // A sub-loop's `Phi` takes its next value from later in the arena: those
    // values are live before the backward sweep reaches them.
    for ins in &t.ins {
        if ins.op == IrOp::Phi {
            mark(&mut live, ins.a);
            mark(&mut live, ins.b);
        }
    }
    for i in (0..n).rev() {
        let ins = &t.ins[i];
        if ins.op.flags() & eff::PURE == 0 && ins.op != IrOp::SLoad && !overflow_only(ins.op) {
            live[i] = true;
        }
        if !live[i] {
            continue;
        }
        mark(&mut live, ins.a);
        mark(&mut live, ins.b);
        mark(&mut live, ins.c);
        if ins.op.has_packed_args() {
            let (start, n, _) = seq_args(ins.imm);
            for &r in &t.args[start..start + n] {
                mark(&mut live, r);
            }
        }
        if ins.op.flags() & eff::GUARD != 0 {
            for r in t.snaps[ins.snap as usize].refs() {
                mark(&mut live, r);
            }
        }
    }
    // Slot loads stay even when their value is unused: each checks the
    // slot's type at entry, and the recorder may have specialised on that
    // type alone (`x is None` folds to a constant when `x` was None).
    for (i, ins) in t.ins.iter().enumerate() {
        if ins.op == IrOp::SLoad {
            live[i] = true;
        }
    }
    let in_bridge: Vec<Option<usize>> = (0..n)
        .map(|i| {
            t.bridges
                .iter()
                .position(|b| (b.start as usize..b.end as usize).contains(&i))
        })
        .collect();
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| live[i] && t.ins[i].op == IrOp::SLoad)
        .collect();
    order.extend(
        (0..n).filter(|&i| live[i] && t.ins[i].op != IrOp::SLoad && in_bridge[i].is_none()),
    );
    let mut ranges = Vec::new();
    for k in 0..t.bridges.len() {
        let start = order.len();
        order.extend(
            (0..n).filter(|&i| live[i] && t.ins[i].op != IrOp::SLoad && in_bridge[i] == Some(k)),
        );
        ranges.push((start as u32, order.len() as u32));
    }
    let mut new_index = vec![u32::MAX; n];
    for (k, &i) in order.iter().enumerate() {
        new_index[i] = k as u32;
    }
    let map = |r: Ref| -> Ref {
        if r == Ref::NONE || r.is_const() {
            r
        } else {
            Ref(new_index[r.index()])
        }
    };
    let mut out = Trace {
        consts: t.consts.clone(),
        nlocals: t.nlocals,
        entry_depth: t.entry_depth,
        header_pc: t.header_pc,
        slot_names: t.slot_names.clone(),
        deps: t.deps.clone(),
        entry_dead: t.entry_dead.clone(),
        unroll: t.unroll.clone(),
        function: t.function,
        backedge_pc: t.backedge_pc,
        loop_back: t.loop_back.iter().map(|&(s, r)| (s, map(r))).collect(),
        bridges: t
            .bridges
            .iter()
            .zip(&ranges)
            .map(|(b, &(start, end))| Bridge {
                guard: new_index[b.guard as usize],
                start,
                end,
                back: b.back.iter().map(|&(s, r)| (s, map(r))).collect(),
                sub: b.sub.map(map),
            })
            .collect(),
        ..Trace::default()
    };
    for &i in &order {
        let mut ins = t.ins[i];
        ins.a = map(ins.a);
        ins.b = map(ins.b);
        ins.c = map(ins.c);
        if ins.op.has_packed_args() {
            let (start, n, kind) = seq_args(ins.imm);
            let new_start = out.args.len();
            for k in start..start + n {
                out.args.push(map(t.args[k]));
            }
            ins.imm = pack_seq_args(new_start, n, kind);
        }
        if ins.op.flags() & eff::GUARD != 0 {
            let mut s = t.snaps[ins.snap as usize].clone();
            for e in &mut s.entries {
                e.1 = map(e.1);
            }
            for f in &mut s.inlined {
                for e in &mut f.entries {
                    e.1 = map(e.1);
                }
            }
            out.snaps.push(s);
            ins.snap = out.snaps.len() as u32 - 1;
        }
        out.ins.push(ins);
    }
    out
}
