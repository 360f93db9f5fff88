//! Tier-1 profiling: what the trace recorder (tier 2) will specialise on.
//!
//! Every code object owns a `Profile` sized to its instructions. The
//! interpreter bumps a counter at each loop back-edge (`JumpBack`) — the hotness
//! signal that will start trace recording once it passes the JIT threshold —
//! and ORs an operand-type bit pattern into the feedback byte of each
//! arithmetic and comparison instruction it executes, so the recorder knows
//! which guards a specialisation needs (an instruction that only ever saw
//! int/int can be compiled to a machine add with an overflow guard). Global
//! lookups are cached per name in `Code::global_cache` keyed by dict versions,
//! and attribute lookups by type version in `runtime::attr`'s method cache.
//!
//! Counters are plain `Cell`s in the code object: one Python thread runs at a
//! time, and a lost update would only mean a slightly different trace start.
use std::cell::Cell;

use crate::runtime::object::{Payload, Value};

/// Operand kinds recorded in the feedback byte (left operand in the low nibble,
/// right operand in the high nibble).
pub mod kind {
    pub const INT: u8 = 1;
    pub const FLOAT: u8 = 2;
    pub const STR: u8 = 4;
    pub const OTHER: u8 = 8;
}

/// Feedback bits of an int/int and a float/float operand pair.
pub const INT_PAIR: u8 = kind::INT | kind::INT << 4;
pub const FLOAT_PAIR: u8 = kind::FLOAT | kind::FLOAT << 4;

pub struct Profile {
    /// Times each instruction (only `JumpBack`s are counted) was executed.
    pub backedges: Vec<Cell<u32>>,
    /// Operand kinds seen by each binary/compare instruction.
    pub feedback: Vec<Cell<u8>>,
    /// Set at a loop header that has a compiled trace, so the interpreter can
    /// enter it on the loop's first iteration too (see `GetIter`).
    pub compiled: Vec<Cell<bool>>,
    /// Tier-2 state of each loop, by header bytecode index.
    pub loops: std::cell::RefCell<std::collections::HashMap<u32, crate::tiers::trace::LoopState>>,
    /// Live locals per instruction, computed when a trace first asks.
    pub liveness: std::cell::OnceCell<Option<std::rc::Rc<crate::tiers::trace::liveness::Liveness>>>,
    /// For a function that may get a function trace (a plain function with
    /// no loop): the pseudo-pc one past its last instruction, under which
    /// its calls are counted (`backedges`), its trace is marked (`compiled`)
    /// and kept (`loops`).
    pub func_entry: Option<usize>,
    /// The function trace, valid while `compiled[func_entry]` is set (the
    /// call path reads it without a map lookup).
    pub func_trace: std::cell::RefCell<Option<std::rc::Rc<crate::tiers::trace::CompiledTrace>>>,
}

impl Profile {
    /// The profile of `len` instructions; `func_entry` for a code object
    /// whose calls may be traced (see [`Profile::func_entry`]).
    pub fn new(len: usize, func_entry: bool) -> Profile {
        // One extra slot: the function entry's counter and mark.
        let n = len + 1;
        Profile {
            backedges: (0..n).map(|_| Cell::new(0)).collect(),
            feedback: (0..len).map(|_| Cell::new(0)).collect(),
            compiled: (0..n).map(|_| Cell::new(false)).collect(),
            loops: Default::default(),
            liveness: Default::default(),
            func_entry: func_entry.then_some(len),
            func_trace: Default::default(),
        }
    }

    #[inline(always)]
    pub fn count_backedge(&self, pc: usize) -> u32 {
        match self.backedges.get(pc) {
            Some(c) => {
                let n = c.get().saturating_add(1);
                c.set(n);
                n
            }
            None => 0,
        }
    }

    /// Does the loop whose header is `pc` have a compiled trace?
    #[inline(always)]
    pub fn is_compiled(&self, pc: usize) -> bool {
        self.compiled.get(pc).is_some_and(|c| c.get())
    }

    pub fn set_compiled(&self, pc: usize, on: bool) {
        if let Some(c) = self.compiled.get(pc) {
            c.set(on);
        }
    }

    /// Start counting a back edge from zero again (after an abort).
    pub fn reset_backedge(&self, pc: usize) {
        if let Some(c) = self.backedges.get(pc) {
            c.set(0);
        }
    }

    #[inline(always)]
    pub fn record(&self, pc: usize, bits: u8) {
        if let Some(c) = self.feedback.get(pc) {
            c.set(c.get() | bits);
        }
    }

    /// The feedback bits for a pair of operands.
    #[inline(always)]
    pub fn pair_bits(a: &Value, b: &Value) -> u8 {
        kind_of(a) | (kind_of(b) << 4)
    }
}

#[inline(always)]
pub fn kind_of(v: &Value) -> u8 {
    match v {
        Value::Int(_) | Value::Bool(_) => kind::INT,
        Value::Float(_) => kind::FLOAT,
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => kind::STR,
        _ => kind::OTHER,
    }
}

/// Human-readable kinds of a feedback byte, e.g. "int,int|float,int".
pub fn describe(bits: u8) -> String {
    let names = |n: u8| -> Vec<&'static str> {
        let mut v = Vec::new();
        for (bit, name) in [
            (kind::INT, "int"),
            (kind::FLOAT, "float"),
            (kind::STR, "str"),
            (kind::OTHER, "other"),
        ] {
            if n & bit != 0 {
                v.push(name);
            }
        }
        v
    };
    format!(
        "{}/{}",
        names(bits & 15).join("|"),
        names(bits >> 4).join("|")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The interpreter's fast paths record these constants instead of
    /// classifying the operands: they must be what `pair_bits` would give.
    #[test]
    fn fast_path_feedback_matches_pair_bits() {
        assert_eq!(Profile::pair_bits(&Value::Int(1), &Value::Int(2)), INT_PAIR);
        assert_eq!(
            Profile::pair_bits(&Value::Float(1.0), &Value::Float(2.0)),
            FLOAT_PAIR
        );
    }

    #[test]
    fn counts_and_feedback() {
        let p = Profile::new(4, false);
        assert_eq!(p.count_backedge(2), 1);
        assert_eq!(p.count_backedge(2), 2);
        assert_eq!(p.count_backedge(9), 0);
        assert_eq!(p.func_entry, None);
        p.record(1, Profile::pair_bits(&Value::Int(1), &Value::Float(2.0)));
        p.record(1, Profile::pair_bits(&Value::Int(1), &Value::Int(2)));
        assert_eq!(describe(p.feedback[1].get()), "int/int|float");
    }

    #[test]
    fn interpreter_fills_the_profile() {
        use crate::frontend::bytecode::Op;
        let vm = crate::runtime::vm::Vm::new();
        let src = "t = 0\nfor i in range(10):\n    t = t + i * 1.5\n";
        let Ok(code) = crate::frontend::compile(&vm, src, "<test>", crate::frontend::Mode::Exec)
        else {
            panic!("compile failed")
        };
        let globals = vm.new_dict_obj();
        assert!(crate::tiers::interp::run_code_in(&vm, code.clone(), globals, None, &[]).is_ok());
        let back = code
            .instrs
            .iter()
            .position(|i| i.op == Op::JumpBack)
            .expect("a loop");
        assert_eq!(code.profile.backedges[back].get(), 10);
        let kinds: Vec<String> = code
            .instrs
            .iter()
            .enumerate()
            .filter(|(_, i)| i.op == Op::BinaryOp)
            .map(|(pc, _)| describe(code.profile.feedback[pc].get()))
            .collect();
        // `i * 1.5` always sees int/float; `t + ...` sees int/float once, then float/float.
        assert_eq!(
            kinds,
            vec!["int/float".to_string(), "int|float/float".to_string()]
        );
    }
}
