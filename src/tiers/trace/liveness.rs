//! Which fast locals are live before each instruction of a code object.
//!
//! A trace has to tell the interpreter, at every exit, what each local of
//! each frame holds. A local that the rest of the function overwrites before
//! it reads it (on every path) is *dead* there: whatever the frame holds for
//! it cannot be observed, so an exit need not write it back and the trace
//! need not carry it around its loops. That matters most for temporaries
//! assigned at the top of a loop body (`t = obj.intersect(ray)`): without
//! this, the previous iteration's value would be loop-carried, its type would
//! have to match at the loop header, and a temporary that is `None` on one
//! iteration and a float on the next would make the loop type-unstable.
//!
//! The analysis is the textbook backward data-flow over the bytecode's
//! control-flow graph: live-in(i) = use(i) ∪ (live-out(i) − def(i)), with
//! live-out(i) the union of its successors' live-in, iterated to a fixed
//! point. `LoadFast` uses its slot, `StoreFast` defines it, `DeleteFast` uses
//! it (it raises when the slot is unbound) and leaves it unbound.
//!
//! It gives up (every local counts as live everywhere) where the bytecode
//! alone does not show every read or every path: code with `try`/`with`
//! blocks (an exception can reach a handler from any instruction of the
//! body), and code that names a built-in that reads its caller's frame
//! (`locals()`, `vars()`, `dir()`, `eval`, `exec`) or zero-argument `super()`
//! (which reads the first local). Introspection of a frame from elsewhere
//! (`sys._getframe(1).f_locals`, a traceback's frame) may see a dead local's
//! stale value after an exit; such a local is never read again by the code.
use crate::frontend::bytecode::{flags, Code, Op};

/// Live-in sets, one bit per fast local, for every instruction.
pub struct Liveness {
    words: usize,
    bits: Vec<u64>,
}

impl Liveness {
    /// Is local `slot` live just before the instruction at `pc`?
    pub fn live(&self, pc: usize, slot: usize) -> bool {
        let w = pc * self.words + slot / 64;
        self.bits.get(w).is_none_or(|b| b >> (slot % 64) & 1 == 1)
    }
}

/// Is local `slot` of `code` dead just before instruction `pc`? (Computed
/// once per code object and kept in its profile.)
pub fn is_dead(code: &Code, pc: usize, slot: usize) -> bool {
    code.profile
        .liveness
        .get_or_init(|| analyse(code).map(std::rc::Rc::new))
        .as_ref()
        .is_some_and(|l| !l.live(pc, slot))
}

/// The liveness of `code`'s locals, or `None` when it cannot be computed
/// soundly (see the module header): then every local counts as live.
pub fn analyse(code: &Code) -> Option<Liveness> {
    let n = code.instrs.len();
    let nl = code.varnames.len();
    let words = nl.div_ceil(64).max(1);
    for ins in &code.instrs {
        match ins.op {
            Op::SetupExcept | Op::SetupFinally | Op::SetupWith | Op::SetupAsyncWith => return None,
            Op::LoadGlobal | Op::LoadName => {
                let name = code.names.get(ins.arg as usize)?.as_str()?;
                if crate::tiers::interp::reads_caller_frame(name) || name == "super" {
                    return None;
                }
            }
            _ => {}
        }
    }
    let mut bits = vec![0u64; n * words];
    let mut out = vec![0u64; words];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let ins = code.instrs[pc];
            out.iter_mut().for_each(|w| *w = 0);
            let flow = |succ: usize, out: &mut [u64]| {
                if succ < n {
                    for (o, b) in out.iter_mut().zip(&bits[succ * words..(succ + 1) * words]) {
                        *o |= b;
                    }
                }
            };
            let jumps = ins.op.flags() & flags::JUMP != 0;
            let ends = matches!(
                ins.op,
                Op::Jump | Op::JumpBack | Op::ReturnValue | Op::Raise | Op::Reraise
            );
            if !ends {
                flow(pc + 1, &mut out);
            }
            if jumps {
                flow(ins.arg as usize, &mut out);
            }
            if ins.op == Op::YieldFrom {
                // Re-executed with each value sent in.
                flow(pc, &mut out);
            }
            let slot = ins.arg as usize;
            match ins.op {
                Op::StoreFast if slot < nl => out[slot / 64] &= !(1 << (slot % 64)),
                Op::LoadFast | Op::DeleteFast if slot < nl => out[slot / 64] |= 1 << (slot % 64),
                _ => {}
            }
            let live_in = &mut bits[pc * words..(pc + 1) * words];
            if live_in != out.as_slice() {
                live_in.copy_from_slice(&out);
                changed = true;
            }
        }
    }
    Some(Liveness { words, bits })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_of(src: &str, func: &str) -> std::rc::Rc<Code> {
        let vm = crate::runtime::vm::Vm::new();
        let Ok(module) = crate::frontend::compile(&vm, src, "<test>", crate::frontend::Mode::Exec)
        else {
            panic!("test source does not compile");
        };
        module
            .consts
            .iter()
            .find_map(|c| match c.payload() {
                Some(crate::runtime::object::Payload::Code(code)) if &*code.name == func => {
                    Some(code.clone())
                }
                _ => None,
            })
            .expect("function code")
    }

    fn slot(code: &Code, name: &str) -> usize {
        code.varnames
            .iter()
            .position(|v| &**v == name)
            .expect("local")
    }

    fn header(code: &Code) -> usize {
        code.instrs
            .iter()
            .find(|i| i.op == Op::JumpBack)
            .expect("loop")
            .arg as usize
    }

    #[test]
    fn a_temporary_written_first_is_dead_at_the_loop_header() {
        let src = "def f(xs):\n    best = None\n    for x in xs:\n        t = x * 2\n        if best is None or t < best:\n            best = t\n    return best\n";
        let code = code_of(src, "f");
        let l = analyse(&code).expect("analysable");
        let h = header(&code);
        assert!(!l.live(h, slot(&code, "t")));
        assert!(l.live(h, slot(&code, "best")));
        // The list was only needed for `GetIter`.
        assert!(!l.live(h, slot(&code, "xs")));
    }

    #[test]
    fn a_local_read_after_the_loop_stays_live() {
        let src = "def f(xs):\n    t = 0\n    for x in xs:\n        t = x\n    return t\n";
        let code = code_of(src, "f");
        let l = analyse(&code).expect("analysable");
        assert!(l.live(header(&code), slot(&code, "t")));
    }

    #[test]
    fn try_blocks_and_frame_readers_give_up() {
        let with_try = "def f(xs):\n    for x in xs:\n        try:\n            t = x\n        except E:\n            pass\n";
        assert!(analyse(&code_of(with_try, "f")).is_none());
        let with_locals = "def f(xs):\n    for x in xs:\n        t = x\n        print(locals())\n";
        assert!(analyse(&code_of(with_locals, "f")).is_none());
    }
}
