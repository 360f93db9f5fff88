//! Assembly: label resolution and the maximum stack depth of a code object.
//!
//! The emitters write jump instructions whose argument is a *label id*; here
//! each is replaced by the instruction index the label was bound to. The
//! bytecode contract says every backward jump is `JumpBack` (tier 1 counts loop
//! hotness on it) and every forward unconditional jump is `Jump`, so rather than
//! trusting every emitter to choose correctly we normalise the direction here.
//!
//! `max_stack` is found by a worklist flow analysis over the control-flow graph:
//! each reachable instruction gets the stack depth on entry, fall-through uses
//! the op's table effect, and jump edges use the effect *of the taken branch*,
//! which differs from the fall-through for the ops listed in [`jump_effect`]
//! (e.g. `ForIter` pops the iterator when it jumps, and a handler entered from a
//! `SetupExcept` starts with the exception pushed on the setup depth).
use crate::frontend::bytecode::{flags, Instr, Op};

/// Stack effect along the *taken* edge of a jump op.
fn jump_effect(op: Op) -> i32 {
    match op {
        Op::Jump | Op::JumpBack => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue => -1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => 0,
        Op::ForIter => -1,
        // the handler starts with the exception pushed at the setup depth
        Op::SetupExcept | Op::SetupFinally => 1,
        // manager replaced by __exit__, then the exception
        Op::SetupWith => 1,
        // the awaited __aenter__ result replaced by the exception
        Op::SetupAsyncWith => 0,
        _ => 0,
    }
}

/// Ops after which control never falls through to the next instruction.
fn is_terminal(op: Op) -> bool {
    matches!(
        op,
        Op::Jump | Op::JumpBack | Op::ReturnValue | Op::Raise | Op::Reraise
    )
}

/// Resolve labels and compute the maximum stack depth.
pub fn assemble(code: &[Instr], labels: &[Option<u32>]) -> Result<(Vec<Instr>, usize), String> {
    let mut out: Vec<Instr> = Vec::with_capacity(code.len());
    for (pc, ins) in code.iter().enumerate() {
        let mut ins = *ins;
        if ins.op.flags() & flags::JUMP != 0 {
            let target = labels
                .get(ins.arg as usize)
                .copied()
                .flatten()
                .ok_or_else(|| "internal compiler error: unbound label".to_string())?;
            ins.arg = target;
            if ins.op == Op::Jump && (target as usize) <= pc {
                ins.op = Op::JumpBack;
            } else if ins.op == Op::JumpBack && (target as usize) > pc {
                ins.op = Op::Jump;
            }
        }
        out.push(ins);
    }
    let max = max_stack(&out)?;
    Ok((out, max))
}

fn max_stack(code: &[Instr]) -> Result<usize, String> {
    let n = code.len();
    let mut depth: Vec<i32> = vec![-1; n + 1];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0i32;
    if n == 0 {
        return Ok(0);
    }
    depth[0] = 0;
    work.push(0);
    let visit =
        |pc: usize, d: i32, depth: &mut Vec<i32>, work: &mut Vec<usize>| -> Result<(), String> {
            match depth.get(pc).copied() {
                Some(-1) => {
                    depth[pc] = d;
                    work.push(pc);
                    Ok(())
                }
                Some(old) if old != d => Err(format!(
                    "internal compiler error: inconsistent stack depth at {pc} ({old} vs {d})"
                )),
                _ => Ok(()),
            }
        };
    while let Some(pc) = work.pop() {
        if pc >= n {
            continue;
        }
        let d = depth[pc];
        let ins = code[pc];
        let after = d + ins.op.stack_effect(ins.arg);
        if after < 0 {
            return Err(format!(
                "internal compiler error: negative stack depth at {pc} ({})",
                ins.op.name()
            ));
        }
        max = max.max(after).max(d);
        if ins.op.flags() & flags::JUMP != 0 {
            let t = d + jump_effect(ins.op);
            max = max.max(t);
            visit(ins.arg as usize, t, &mut depth, &mut work)?;
        }
        if !is_terminal(ins.op) {
            visit(pc + 1, after, &mut depth, &mut work)?;
        }
    }
    Ok(max as usize)
}
