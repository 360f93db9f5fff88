//! The trace recorder: watches the interpreter run one loop iteration and
//! writes it down as trace IR.
//!
//! Recording starts at a hot loop header. Before the interpreter executes each
//! instruction it calls [`Recorder::step`] with the live frame, so the recorder
//! sees the real operand values and can specialise on their types: `a + b` on
//! two ints becomes an overflow-checked machine add, on two floats a float add.
//! The recorder keeps an abstract copy of the frame — for every local and stack
//! entry, the IR ref that holds its current value — and updates it the way the
//! instruction will update the real frame. A slot read for the first time is
//! loaded with an `SLoad`, whose type is the type the slot has now.
//!
//! Speculation becomes a guard with a snapshot of the abstract frame taken
//! before the instruction has any effect, so a failing guard resumes the
//! interpreter at that very instruction. When the interpreter comes back to the
//! loop header the iteration is complete: the slots it changed become the
//! loop-carried values and the trace goes to the optimiser.
//!
//! Anything the recorder does not model ends the recording with a named
//! [`Abort`] reason; the interpreter never notices, because it executes every
//! instruction itself while recording.
use std::collections::HashMap;
use std::rc::Rc;

use crate::frontend::bytecode::{BinOpKind, CmpKind, Code, Op};
use crate::runtime::object::{IterKind, Payload, Value};
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;

use super::ir::{InlinedFrame, Ins, IrOp, Konst, Ref, Snapshot, Trace, Ty};
use super::opt::fold::{Folded, Folder};

/// Longest trace recorded (IR instructions) before giving up.
pub const MAX_TRACE_LEN: usize = 3000;
/// Deepest chain of inlined calls.
pub const MAX_INLINE_DEPTH: usize = 4;
/// Inner loops nested inside one trace.
const MAX_SUBLOOP_DEPTH: usize = 3;
/// Interpreter steps the rest of an inner loop may take, while the recorder
/// waits for it to finish, before the recording gives up.
const MAX_SKIPPED_STEPS: u64 = 2_000_000;
/// Instructions other frames may run before a generator that yielded while
/// being recorded is resumed (else the recording is abandoned).
const MAX_YIELD_WAIT: u64 = 100_000;
/// The exit reason of `YieldExit`.
pub const YIELD: &str = "yield";
/// The exit reason of `ReturnExit`.
pub const RETURN: &str = "return";

/// An inner `for` loop being recorded into the trace (a sub-loop).
struct SubRec {
    /// Its `ForIter` (a `for` loop) or first instruction (a `while` loop).
    header: usize,
    /// A `while` loop: the branch that leaves it (its pc and target), once
    /// recorded.
    while_exit: Option<Option<(usize, usize)>>,
    /// The `SubLoop` instruction.
    start: Ref,
    /// `(slot, Phi)` for every slot with a value at the header.
    phis: Vec<(u32, Ref)>,
    /// Locals unbound at the header.
    unbound: Vec<usize>,
    /// Where the body's snapshots start.
    snap_start: usize,
    /// The loop's frame: its inlining depth (`parents.len()`), identity,
    /// code and number of locals.
    depth: usize,
    frame_id: usize,
    code: Rc<Code>,
    nl: u32,
    /// The folder before the sub-loop: values of the body do not dominate
    /// the code after the loop, so their CSE entries must not survive it.
    folder: Folder,
    /// `try` blocks open when the sub-loop was entered.
    blocks: usize,
}

/// After a sub-loop's first iteration: the interpreter runs the rest of the
/// loop unrecorded; recording resumes when its `ForIter` runs out.
struct SkipRest {
    sub: SubRec,
    /// The instruction that leaves the loop (`ForIter` or the branch) and
    /// where it goes.
    via: usize,
    exit: usize,
    last_pc: usize,
    steps: u64,
    /// Recursion depth of the loop's frame (calls it makes run deeper).
    depth: usize,
}

/// A caller suspended inside a call that is being inlined.
struct Suspended {
    /// The function it runs (`None` for the loop's own frame).
    func: Option<Value>,
    code: Rc<Code>,
    frame_id: usize,
    locals: Vec<Option<Ref>>,
    stack: Vec<Option<Ref>>,
    call_pc: usize,
    /// Stack entries the call consumes (callable, self or NULL, arguments).
    operands: usize,
    /// What the pending call produces instead of the callee's return value.
    result: Option<Ref>,
    /// Its open `try` blocks.
    blocks: Vec<crate::tiers::frame::Block>,
    /// Its closure cells, as indices of the loop frame's cells (see
    /// `Recorder::cur_cells`).
    cells: Vec<u32>,
}

/// A call recorded but not entered yet: the callee's first instruction is next.
struct PendingCall {
    func: Value,
    code: Rc<Code>,
    args: Vec<Ref>,
    operands: usize,
    call_pc: usize,
    result: Option<Ref>,
    cells: Vec<u32>,
}

/// Why a recording was abandoned.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Abort {
    TooLong,
    /// A bytecode the recorder does not model (its name).
    Unsupported(&'static str),
    /// An operation on operand types the recorder does not specialise.
    UnsupportedTypes(String),
    ExceptionRaised,
    /// Another loop's back edge inside the iteration.
    InnerLoop,
    /// Control left the loop before coming back to the header.
    LeftLoop,
    /// Control entered another frame (a call that is not inlined yet).
    Call,
    GeneratorYield,
    /// Inlining would go deeper than `MAX_INLINE_DEPTH`.
    InlineTooDeep,
    /// A call to a function already being inlined.
    Recursion,
    /// A bridge changed a slot the loop does not carry.
    BridgeWrites(String),
    /// A slot's type at the end of the iteration differs from the start.
    TypeUnstable(String),
    /// An object stored into a local (object-valued locals are not modelled yet).
    ObjectStore,
    UnboundLocal,
}

impl std::fmt::Display for Abort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Abort::TooLong => write!(f, "trace too long"),
            Abort::Unsupported(op) => write!(f, "unsupported: {op}"),
            Abort::UnsupportedTypes(s) => write!(f, "unsupported types: {s}"),
            Abort::ExceptionRaised => write!(f, "exception raised"),
            Abort::InnerLoop => write!(f, "inner loop"),
            Abort::LeftLoop => write!(f, "left the loop"),
            Abort::Call => write!(f, "call not inlined"),
            Abort::GeneratorYield => write!(f, "generator yield"),
            Abort::InlineTooDeep => write!(f, "inlining too deep"),
            Abort::Recursion => write!(f, "recursive call"),
            Abort::BridgeWrites(s) => write!(f, "bridge writes uncarried slot {s}"),
            Abort::TypeUnstable(s) => write!(f, "type-unstable slot {s}"),
            Abort::ObjectStore => write!(f, "object stored in a local"),
            Abort::UnboundLocal => write!(f, "unbound local"),
        }
    }
}

impl Abort {
    /// A short stable key for the summary table.
    pub fn kind(&self) -> String {
        match self {
            Abort::Unsupported(op) => format!("unsupported: {op}"),
            Abort::UnsupportedTypes(_) => "unsupported types".to_string(),
            Abort::TypeUnstable(_) => "type-unstable slot".to_string(),
            Abort::BridgeWrites(_) => "bridge writes uncarried slot".to_string(),
            other => other.to_string(),
        }
    }
}

pub enum Step {
    Continue,
    /// The iteration is complete: the trace is ready for the optimiser.
    Closed,
    Abort(Abort),
}

pub struct Recorder {
    pub trace: Trace,
    /// The loop's code.
    pub code: Rc<Code>,
    /// The code of the frame being recorded now (the loop's or an inlined callee's).
    cur_code: Rc<Code>,
    cur_func: Option<Value>,
    /// Identity of the frame being recorded now (other frames abort).
    frame_id: usize,
    root_frame_id: usize,
    parents: Vec<Suspended>,
    pending_call: Option<PendingCall>,
    header: u32,
    pub backedge_pc: u32,
    locals: Vec<Option<Ref>>,
    stack: Vec<Option<Ref>>,
    sloads: HashMap<u32, Ref>,
    folder: Folder,
    /// Recorded bytecodes, for the `b` log (kept only when it is on).
    pub bytecodes: Vec<String>,
    /// Is the `b` log on (so `bytecodes` is kept)?
    pub keep_bytecodes: bool,
    started: bool,
    /// Set when recording a bridge: the guard it grows from, and where its
    /// instructions and snapshots start in the tree's arenas.
    pub bridge: Option<BridgeStart>,
    /// While setting up a bridge inside inlined calls: the pc of the call the
    /// frame being added is suspended in.
    pending_resume_pc: usize,
    /// The loop's last bytecode (its last back edge).
    loop_end: u32,
    /// Locals loaded as `opt` (None or an object), learnt from earlier
    /// recordings of this loop.
    pub opt_slots: std::collections::HashSet<u32>,
    /// Inner `for` loops (code address, header) recorded unrolled instead of
    /// as sub-loops: they were seen leaving early (`return`, `break`).
    pub unroll: std::collections::HashSet<(usize, u32)>,
    /// Set when this recording saw an inner loop leave early, for the next.
    pub learned_unroll: Option<(usize, u32)>,
    /// A bridge whose guard also exits on the loop's first iteration: its
    /// entry-dead slots are read with `Reload` at the first step.
    reload_pending: bool,
    /// A first-iteration bridge saw an entry-dead slot of another type.
    reload_mismatch: Option<u32>,
    /// Set when the recording failed because local `slot` alternates between
    /// None and an object: the next recording loads it as `opt`.
    pub widen: Option<u32>,
    /// Open sub-loops, outermost first.
    subs: Vec<SubRec>,
    /// While peeling: body instruction -> its copy.
    peel_map: HashMap<u32, u32>,
    /// A bridge ended inside the iteration (back into a sub-loop).
    closed: bool,
    /// A `CallNative` whose result type is set at the next step.
    patch_result: Option<Ref>,
    /// Instructions skipped while waiting for an opaque step or a `yield`.
    opaque_steps: u64,
    /// `try` blocks the loop's own frame entered in this iteration.
    blocks: Vec<crate::tiers::frame::Block>,
    /// For an inlined closure (a comprehension made in the loop): which of
    /// the loop frame's cells each of its free variables is (empty: none).
    cur_cells: Vec<u32>,
    /// The closure map for the call `inline_call` is about to set up.
    next_call_cells: Option<Vec<u32>>,
    /// A `CallPy` the interpreter is running: (caller frame, resume pc);
    /// the callee's instructions are not recorded.
    opaque: Option<(usize, usize)>,
    /// Refs read by `LoadFast` inside sub-loop bodies (see `close_subloop`).
    phi_reads: std::collections::HashSet<Ref>,
    skip: Option<SkipRest>,
}

pub struct BridgeStart {
    pub guard: u32,
    ins_start: u32,
    snap_start: usize,
    /// The sub-loop the guard is in: (SubLoop, header pc, frame depth).
    sub: Option<(Ref, u32, usize)>,
    /// The recording returned out of that sub-loop's frame: a later jump to
    /// the same header (in another call of the same code, or another
    /// function's loop at the same depth and pc) is not that loop.
    left_sub_frame: bool,
}

type R<T> = Result<T, Abort>;

impl Recorder {
    pub fn new(frame: &Frame, header: u32, backedge_pc: u32) -> Recorder {
        let mut rec = Recorder::new_plain(frame, header, backedge_pc);
        rec.loop_end = loop_end(&rec.code, header);
        rec
    }

    /// Record a call of a plain function (no loop) from its first
    /// instruction to its `return` (a function trace, `Trace::function`):
    /// `frame` is the new call's frame, about to run. Its "header" and
    /// "back edge" are the code's `Profile::func_entry`.
    pub fn new_function(frame: &Frame, entry: u32) -> Recorder {
        let mut rec = Recorder::new_plain(frame, entry, entry);
        rec.trace.function = true;
        rec.loop_end = entry;
        rec
    }

    fn new_plain(frame: &Frame, header: u32, backedge_pc: u32) -> Recorder {
        let code = frame.code.clone();
        let nlocals = code.varnames.len() as u32;
        let mut slot_names: Vec<String> = code.varnames.iter().map(|n| n.to_string()).collect();
        for i in 0..frame.stack.len() {
            slot_names.push(format!("stack[{i}]"));
        }
        Recorder {
            trace: Trace {
                nlocals,
                entry_depth: frame.stack.len() as u32,
                header_pc: header,
                backedge_pc,
                slot_names,
                ..Trace::default()
            },
            cur_code: code.clone(),
            code,
            cur_func: None,
            frame_id: frame as *const Frame as usize,
            root_frame_id: frame as *const Frame as usize,
            parents: Vec::new(),
            pending_call: None,
            header,
            backedge_pc,
            locals: vec![None; nlocals as usize],
            stack: vec![None; frame.stack.len()],
            sloads: HashMap::new(),
            folder: Folder::default(),
            bytecodes: Vec::new(),
            keep_bytecodes: false,
            started: false,
            bridge: None,
            pending_resume_pc: 0,
            loop_end: 0,
            opt_slots: Default::default(),
            unroll: Default::default(),
            learned_unroll: None,
            reload_pending: false,
            reload_mismatch: None,
            widen: None,
            subs: Vec::new(),
            peel_map: HashMap::new(),
            closed: false,
            patch_result: None,
            opaque: None,
            cur_cells: Vec::new(),
            next_call_cells: None,
            opaque_steps: 0,
            blocks: Vec::new(),
            phi_reads: Default::default(),
            skip: None,
        }
    }

    /// Record a bridge from guard `guard` of the compiled tree `parent`; the
    /// interpreter has just resumed at that guard's snapshot in `frame`.
    /// A recorder for a bridge from `guard`, taken with `frame` not yet
    /// restored; `first` when the exit happened on the loop's first
    /// iteration (entry-dead slots then hold their entry values in `frame`).
    pub fn new_bridge(frame: &Frame, parent: &Trace, guard: u32, first: bool) -> Recorder {
        let snap = parent.snaps[parent.ins[guard as usize].snap as usize].clone();
        let code = frame.code.clone();
        let nl = parent.nlocals;
        let mut sloads = HashMap::new();
        for (i, ins) in parent.ins.iter().enumerate() {
            if ins.op == IrOp::SLoad {
                sloads.insert(ins.imm as u32, Ref(i as u32));
            }
        }
        let mut locals = vec![None; nl as usize];
        let mut stack = vec![None; snap.depth as usize];
        for (&slot, &r) in &sloads {
            if slot < nl {
                locals[slot as usize] = Some(r);
            } else if ((slot - nl) as usize) < stack.len() {
                stack[(slot - nl) as usize] = Some(r);
            }
        }
        for &(slot, r) in &snap.entries {
            if slot < nl {
                locals[slot as usize] = Some(r);
            } else {
                stack[(slot - nl) as usize] = Some(r);
            }
        }
        let mut rec = Recorder {
            trace: parent.clone(),
            cur_code: code.clone(),
            code,
            cur_func: None,
            frame_id: frame as *const Frame as usize,
            root_frame_id: frame as *const Frame as usize,
            parents: Vec::new(),
            pending_call: None,
            header: parent.header_pc,
            backedge_pc: parent.backedge_pc,
            locals,
            stack,
            sloads,
            folder: Folder::default(),
            bytecodes: Vec::new(),
            keep_bytecodes: false,
            // Not yet started: a bridge that begins at the loop header must
            // record that instruction, not close on it.
            started: false,
            bridge: Some(BridgeStart {
                guard,
                ins_start: parent.ins.len() as u32,
                snap_start: parent.snaps.len(),
                sub: parent.enclosing_subloop(guard as usize),
                left_sub_frame: false,
            }),
            pending_resume_pc: 0,
            loop_end: 0,
            opt_slots: Default::default(),
            unroll: Default::default(),
            learned_unroll: None,
            reload_pending: false,
            reload_mismatch: None,
            widen: None,
            subs: Vec::new(),
            peel_map: HashMap::new(),
            closed: false,
            patch_result: None,
            opaque: None,
            cur_cells: Vec::new(),
            next_call_cells: None,
            opaque_steps: 0,
            blocks: Vec::new(),
            phi_reads: Default::default(),
            skip: None,
        };
        rec.loop_end = loop_end(&rec.code, rec.header);
        // An exit inside inlined calls: deopt rebuilds those frames and runs
        // them innermost first, so the bridge starts in the innermost one with
        // the others suspended in their calls (frames adopted as they run).
        for f in &snap.inlined {
            let Some(Payload::Function(func)) = f.func.payload() else {
                continue;
            };
            let mut locals = vec![None; f.nlocals as usize];
            let mut stack = vec![None; f.depth as usize];
            let mut result = None;
            for &(slot, r) in &f.entries {
                if slot == super::ir::RESULT_SLOT {
                    result = Some(r);
                } else if slot < f.nlocals {
                    locals[slot as usize] = Some(r);
                } else {
                    stack[(slot - f.nlocals) as usize] = Some(r);
                }
            }
            let caller_pc = if rec.parents.is_empty() {
                snap.pc as usize
            } else {
                rec.pending_resume_pc
            };
            rec.parents.push(Suspended {
                func: rec.cur_func.take(),
                code: std::mem::replace(&mut rec.cur_code, func.code.clone()),
                frame_id: rec.frame_id,
                locals: std::mem::replace(&mut rec.locals, locals),
                stack: std::mem::replace(&mut rec.stack, stack),
                call_pc: caller_pc,
                operands: 0,
                result,
                blocks: std::mem::replace(&mut rec.blocks, f.blocks.clone()),
                cells: std::mem::replace(&mut rec.cur_cells, f.cells.clone()),
            });
            rec.cur_func = Some(f.func.clone());
            rec.frame_id = 0;
            rec.pending_resume_pc = f.pc as usize;
        }
        rec.unroll = parent.unroll.iter().copied().collect();
        let g = &parent.ins[guard as usize];
        if matches!(g.op, IrOp::GuardTrue | IrOp::GuardFalse) {
            // The bridge runs where the guarded condition went the other way.
            rec.folder.know_cond(g.a, g.op == IrOp::GuardFalse);
        }
        if !parent.entry_dead.is_empty() {
            rec.reload_pending = true;
            if first {
                // The frame holds these slots' entry values: they must have
                // the loop's types for the bridge to use them.
                for &slot in &parent.entry_dead {
                    let Some(&s) = rec.sloads.get(&slot) else {
                        continue;
                    };
                    let v = if slot < nl {
                        frame.locals.get(slot as usize).and_then(|v| v.as_ref())
                    } else {
                        frame.stack.get((slot - nl) as usize)
                    };
                    if v.is_none_or(|v| !fits(parent.ty(s), Ty::of(v))) {
                        rec.reload_mismatch = Some(slot);
                    }
                }
            }
        }
        rec
    }

    /// The bridge's first step: entry-dead slots the bridge has not written
    /// become `Reload`s of their header values.
    fn reload_entry_dead(&mut self, pc: usize) -> R<()> {
        if let Some(slot) = self.reload_mismatch {
            return Err(Abort::TypeUnstable(self.trace.slot_name(slot)));
        }
        let nl = self.trace.nlocals;
        for slot in self.trace.entry_dead.clone() {
            let Some(&s) = self.sloads.get(&slot) else {
                continue;
            };
            let held = {
                let (locals, stack) = match self.parents.first() {
                    Some(p) => (&p.locals, &p.stack),
                    None => (&self.locals, &self.stack),
                };
                if slot < nl {
                    locals.get(slot as usize).copied().flatten()
                } else {
                    stack.get((slot - nl) as usize).copied().flatten()
                }
            };
            if held != Some(s) {
                continue;
            }
            let ty = self.trace.ty(s);
            let r = self.guard_full(
                IrOp::Reload,
                ty,
                [s, Ref::NONE, Ref::NONE],
                slot as i64,
                pc,
                "entry type",
            );
            let (locals, stack) = match self.parents.first_mut() {
                Some(p) => (&mut p.locals, &mut p.stack),
                None => (&mut self.locals, &mut self.stack),
            };
            if slot < nl {
                locals[slot as usize] = Some(r);
            } else {
                stack[(slot - nl) as usize] = Some(r);
            }
        }
        Ok(())
    }

    /// Is `frame` the loop's own frame?
    pub fn is_frame(&self, frame: &Frame) -> bool {
        frame as *const Frame as usize == self.root_frame_id && Rc::ptr_eq(&frame.code, &self.code)
    }

    fn is_current(&mut self, frame: &Frame) -> bool {
        if !Rc::ptr_eq(&frame.code, &self.cur_code) {
            return false;
        }
        if self.frame_id == 0 {
            // A frame rebuilt by a deopt (bridges from inlined calls).
            self.frame_id = frame as *const Frame as usize;
        }
        frame as *const Frame as usize == self.frame_id
    }

    // ----- emission -----------------------------------------------------------

    fn emit(&mut self, op: IrOp, ty: Ty, a: Ref, b: Ref, snap: u32) -> Ref {
        self.emit_full(op, ty, [a, b, Ref::NONE], 0, snap)
    }

    fn emit_full(&mut self, op: IrOp, ty: Ty, abc: [Ref; 3], imm: i64, snap: u32) -> Ref {
        let mut ins = Ins {
            op,
            ty,
            a: abc[0],
            b: abc[1],
            c: abc[2],
            imm,
            snap,
        };
        match self.folder.fold(&mut self.trace, &mut ins) {
            Folded::Ref(r) => r,
            Folded::Nothing => Ref::NONE,
            Folded::Emit => {
                self.trace.ins.push(ins);
                let r = Ref(self.trace.ins.len() as u32 - 1);
                self.folder.remember(&ins, r);
                r
            }
        }
    }

    fn pure(&mut self, op: IrOp, ty: Ty, a: Ref, b: Ref) -> Ref {
        self.emit(op, ty, a, b, 0)
    }

    fn guard(&mut self, op: IrOp, ty: Ty, a: Ref, b: Ref, pc: usize, why: &'static str) -> Ref {
        self.guard_full(op, ty, [a, b, Ref::NONE], 0, pc, why)
    }

    fn guard_full(
        &mut self,
        op: IrOp,
        ty: Ty,
        abc: [Ref; 3],
        imm: i64,
        pc: usize,
        why: &'static str,
    ) -> Ref {
        let snap = self.snapshot(pc, why);
        let before = self.trace.ins.len();
        let r = self.emit_full(op, ty, abc, imm, snap);
        if self.trace.ins.len() == before && self.trace.snaps.len() as u32 == snap + 1 {
            // Folded away: drop the unused snapshot.
            self.trace.snaps.pop();
        }
        r
    }

    fn konst(&mut self, k: Konst) -> Ref {
        self.trace.add_const(k)
    }

    fn sload(&mut self, slot: u32, v: &Value) -> Ref {
        if let Some(r) = self.sloads.get(&slot) {
            return *r;
        }
        let ty = match Ty::of(v) {
            Ty::Nil | Ty::Obj if self.opt_slots.contains(&slot) => Ty::Opt,
            t => t,
        };
        let r = self.sload_typed(slot, ty);
        self.sloads.insert(slot, r);
        r
    }

    fn sload_typed(&mut self, slot: u32, ty: Ty) -> Ref {
        self.trace.ins.push(Ins {
            op: IrOp::SLoad,
            ty,
            a: Ref::NONE,
            b: Ref::NONE,
            c: Ref::NONE,
            imm: slot as i64,
            snap: 0,
        });
        Ref(self.trace.ins.len() as u32 - 1)
    }

    /// The loop frame's stale slots: everything written since the iteration began.
    fn root_entries(&self, locals: &[Option<Ref>], stack: &[Option<Ref>]) -> Vec<(u32, Ref)> {
        let mut entries = Vec::new();
        for (i, l) in locals.iter().enumerate() {
            if let Some(r) = l {
                if self.sloads.get(&(i as u32)) != Some(r) {
                    entries.push((i as u32, *r));
                }
            }
        }
        let nl = self.trace.nlocals;
        for (p, s) in stack.iter().enumerate() {
            if let Some(r) = s {
                let slot = nl + p as u32;
                if p as u32 >= self.trace.entry_depth || self.sloads.get(&slot) != Some(r) {
                    entries.push((slot, *r));
                }
            }
        }
        entries
    }

    /// The items of the list or tuple on top of the stack, for unpacking:
    /// its length (which `fits` must accept) is guarded and each item read.
    fn unpacked_items(
        &mut self,
        frame: &Frame,
        pc: usize,
        fits: impl FnOnce(usize) -> bool,
    ) -> R<Vec<Ref>> {
        let seq = self.peek(frame, 0);
        let actual = frame.stack[frame.stack.len() - 1].clone();
        let items: Vec<Value> = match &actual {
            Value::Obj(o) if o.class.builtin => match &o.payload {
                Payload::Tuple(t) => t.to_vec(),
                Payload::List(l) => l.borrow().clone(),
                _ => return Err(Abort::UnsupportedTypes("unpack of a non-sequence".into())),
            },
            _ => return Err(Abort::UnsupportedTypes("unpack of a non-sequence".into())),
        };
        if !fits(items.len()) {
            return Err(Abort::ExceptionRaised);
        }
        if items.len() > 0xffff {
            return Err(Abort::TooLong);
        }
        self.guard_full(
            IrOp::CheckSeqLen,
            Ty::Nil,
            [seq, Ref::NONE, Ref::NONE],
            items.len() as i64,
            pc,
            "unpack",
        );
        let kind = seq_kind(&actual);
        let mut refs = Vec::with_capacity(items.len());
        for (k, item) in items.iter().enumerate() {
            let kr = self.konst(Konst::Int(k as i64));
            refs.push(self.get_item(seq, kr, item, kind, pc, "unpack"));
        }
        Ok(refs)
    }

    /// `GetItem` of `seq[idx]` (a list or tuple, `seq_kind`), guarded on the
    /// type of `item`, the value it holds now.
    fn get_item(
        &mut self,
        seq: Ref,
        idx: Ref,
        item: &Value,
        kind: i64,
        pc: usize,
        reason: &'static str,
    ) -> Ref {
        let ty = Ty::of(item);
        self.guard_full(
            IrOp::GetItem,
            ty,
            [seq, idx, Ref::NONE],
            ty.tag() as i64 | kind << 8,
            pc,
            reason,
        )
    }

    /// Is root-frame slot `slot` a local that is dead at `pc` (see `liveness`)?
    fn root_dead(&self, pc: u32, slot: u32) -> bool {
        slot < self.trace.nlocals
            && super::liveness::is_dead(&self.code, pc as usize, slot as usize)
    }

    fn snapshot(&mut self, pc: usize, reason: &'static str) -> u32 {
        let snap = if self.parents.is_empty() {
            let mut entries = self.root_entries(&self.locals, &self.stack);
            prune_dead(&self.code, pc, &mut entries);
            Snapshot {
                pc: pc as u32,
                depth: self.stack.len() as u32,
                entries,
                reason,
                inlined: Vec::new(),
                in_subloop: !self.subs.is_empty(),
                blocks: self.blocks.clone(),
            }
        } else {
            let root = &self.parents[0];
            let depth = root.stack.len() - root.operands;
            let mut entries = self.root_entries(&root.locals, &root.stack[..depth]);
            prune_dead(&self.code, root.call_pc, &mut entries);
            let mut inlined: Vec<InlinedFrame> = self.parents[1..]
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    let d = p.stack.len() - p.operands;
                    // parents[k + 1] runs the call parents[k] is suspended in.
                    let result = self.parents[k].result;
                    let mut f =
                        inlined_frame(p.func.clone(), p.call_pc, &p.locals, &p.stack[..d], result);
                    prune_dead(&p.code, p.call_pc, &mut f.entries);
                    f.blocks = p.blocks.clone();
                    f.cells = p.cells.clone();
                    f
                })
                .collect();
            let result = self.parents.last().and_then(|p| p.result);
            let mut innermost =
                inlined_frame(self.cur_func.clone(), pc, &self.locals, &self.stack, result);
            prune_dead(&self.cur_code, pc, &mut innermost.entries);
            innermost.blocks = self.blocks.clone();
            innermost.cells = self.cur_cells.clone();
            inlined.push(innermost);
            Snapshot {
                pc: root.call_pc as u32,
                depth: depth as u32,
                entries,
                reason,
                inlined,
                in_subloop: !self.subs.is_empty(),
                blocks: root.blocks.clone(),
            }
        };
        self.trace.snaps.push(snap);
        self.trace.snaps.len() as u32 - 1
    }

    // ----- abstract stack -----------------------------------------------------

    fn push(&mut self, r: Ref) {
        self.stack.push(Some(r));
    }

    /// The ref of the stack entry `n` from the top (0 = top), loading it if needed.
    fn peek(&mut self, frame: &Frame, n: usize) -> Ref {
        let p = self.stack.len() - 1 - n;
        match self.stack[p] {
            Some(r) => {
                if !self.subs.is_empty() {
                    self.phi_reads.insert(r);
                }
                r
            }
            None => {
                let slot = self.trace.nlocals + p as u32;
                let r = self.sload(slot, &frame.stack[p]);
                self.stack[p] = Some(r);
                r
            }
        }
    }

    fn pop(&mut self, frame: &Frame) -> Ref {
        let r = self.peek(frame, 0);
        self.stack.pop();
        r
    }

    fn local(&mut self, frame: &Frame, i: usize) -> R<Ref> {
        if let Some(r) = self.locals[i] {
            return Ok(r);
        }
        let Some(v) = &frame.locals[i] else {
            return Err(Abort::UnboundLocal);
        };
        if !self.parents.is_empty() {
            return Err(Abort::UnboundLocal);
        }
        let r = self.sload(i as u32, v);
        self.locals[i] = Some(r);
        Ok(r)
    }

    // ----- sub-loops ----------------------------------------------------------

    /// The `ForIter` at `pc` starts an inner loop: compile it into the trace.
    /// Every slot of the loop's frame gets a `Phi` (its value on each pass
    /// through the inner header); the first inner iteration is recorded as
    /// the sub-loop's body.
    /// Is the inner loop with header `pc` in the current code recorded unrolled?
    fn unrolled(&self, pc: usize) -> bool {
        !self.unroll.is_empty()
            && self
                .unroll
                .contains(&(Rc::as_ptr(&self.cur_code) as usize, pc as u32))
    }

    fn open_subloop(&mut self, frame: &Frame, pc: usize) -> R<()> {
        if self.subs.len() >= MAX_SUBLOOP_DEPTH {
            return Err(Abort::InnerLoop);
        }
        let nl = self.cur_code.varnames.len() as u32;
        let root = self.parents.is_empty();
        let mut unbound = Vec::new();
        for i in 0..self.locals.len() {
            if super::liveness::is_dead(&self.cur_code, pc, i) {
                // Overwritten before it is read: no Phi, nothing to carry.
                self.locals[i] = None;
                continue;
            }
            if self.locals[i].is_none() {
                if root && frame.locals[i].is_some() {
                    self.local(frame, i)?;
                } else {
                    unbound.push(i);
                }
            }
        }
        for n in 0..self.stack.len() {
            self.peek(frame, n);
        }
        let mut slots: Vec<(u32, Ref)> = Vec::new();
        for (i, l) in self.locals.iter().enumerate() {
            if let Some(r) = l {
                slots.push((i as u32, *r));
            }
        }
        for (p, s) in self.stack.iter().enumerate() {
            slots.push((nl + p as u32, s.expect("peeked")));
        }
        let folder = self.folder.clone();
        self.trace.ins.push(Ins {
            op: IrOp::SubLoop,
            ty: Ty::Nil,
            a: Ref::NONE,
            b: Ref::NONE,
            c: Ref::NONE,
            imm: super::ir::pack_subloop_place(self.parents.len(), pc),
            snap: 0,
        });
        let start = Ref(self.trace.ins.len() as u32 - 1);
        let mut phis = Vec::with_capacity(slots.len());
        for &(slot, init) in &slots {
            let ty = match self.trace.ty(init) {
                Ty::Nil | Ty::Obj if root && self.opt_slots.contains(&slot) => Ty::Opt,
                t => t,
            };
            self.trace.ins.push(Ins {
                op: IrOp::Phi,
                ty,
                a: init,
                b: Ref::NONE,
                c: start,
                imm: slot as i64,
                snap: 0,
            });
            let phi = Ref(self.trace.ins.len() as u32 - 1);
            if slot < nl {
                self.locals[slot as usize] = Some(phi);
            } else {
                self.stack[(slot - nl) as usize] = Some(phi);
            }
            phis.push((slot, phi));
        }
        let is_while = self
            .cur_code
            .instrs
            .get(pc)
            .is_some_and(|i| i.op != Op::ForIter);
        self.subs.push(SubRec {
            while_exit: is_while.then_some(None),
            header: pc,
            start,
            phis,
            unbound,
            folder,
            snap_start: self.trace.snaps.len(),
            depth: self.parents.len(),
            frame_id: self.frame_id,
            code: self.cur_code.clone(),
            nl,
            blocks: self.blocks.len(),
        });
        Ok(())
    }

    /// The inner loop's back edge after its first recorded iteration: tie
    /// the `Phi`s to this iteration's values and let the interpreter finish
    /// the loop unrecorded.
    fn close_subloop(&mut self, vm: &Vm, pc: usize, header: usize) -> R<()> {
        let sub = self.subs.pop().expect("open sub-loop");
        if sub.blocks != self.blocks.len() {
            return Err(Abort::Unsupported(
                "try block across an inner loop's back edge",
            ));
        }
        if self.trace.ins[sub.start.index()].a == Ref::NONE {
            // (`while True:` left by `break`/`return`): unroll it next time.
            self.learned_unroll = Some((Rc::as_ptr(&sub.code) as usize, sub.header as u32));
            return Err(Abort::Unsupported("inner loop without an iterator guard"));
        }
        let nl = sub.nl;
        let body = sub.start.index() + 1..self.trace.ins.len();
        // Which Phis the body computes with (snapshots do not count).
        let mut used = std::collections::HashSet::new();
        for ins in &self.trace.ins[body.clone()] {
            used.extend([ins.a, ins.b, ins.c]);
            if ins.op.has_packed_args() {
                let (start, n, _) = super::ir::seq_args(ins.imm);
                used.extend(self.trace.args[start..start + n].iter().copied());
            }
        }
        // A slot whose type changes in the body, or that the body binds, needs
        // the first iteration peeled: the loop proper then starts from that
        // iteration's values.
        let mut peel = false;
        for &(slot, phi) in &sub.phis {
            let cur = if slot < nl {
                self.locals[slot as usize]
            } else {
                self.stack.get((slot - nl) as usize).copied().flatten()
            };
            let Some(cur) = cur else {
                return Err(Abort::TypeUnstable(format!(
                    "{} (unbound)",
                    frame_slot_name(&sub.code, slot)
                )));
            };
            let (h, t) = (self.trace.ty(phi), self.trace.ty(cur));
            if !fits(h, t) {
                if used.contains(&phi) || self.phi_reads.contains(&phi) {
                    // A root local alternating between None and objects gets
                    // an `opt` Phi next time; other slots just abort.
                    return Err(if sub.depth == 0 {
                        self.unstable(slot, h, t)
                    } else {
                        Abort::TypeUnstable(format!(
                            "{} ({} then {})",
                            frame_slot_name(&sub.code, slot),
                            h.name(),
                            t.name()
                        ))
                    });
                }
                self.trace.ins[phi.index()].ty = t;
                peel = true;
            }
            self.trace.ins[phi.index()].b = cur;
        }
        let mut bound = Vec::new();
        for &i in &sub.unbound {
            if let Some(cur) = self.locals[i] {
                bound.push((i as u32, cur));
                peel = true;
            }
        }
        // The back edge also polls for Ctrl-C and pending finalizers/GC,
        // leaving at the inner header with this iteration's values.
        self.subs.push(sub);
        let end = self.guard_full(
            IrOp::SubLoopEnd,
            Ty::Nil,
            [Ref::NONE; 3],
            0,
            header,
            "interrupt",
        );
        let mut sub = self.subs.pop().expect("open sub-loop");
        self.trace.ins[end.index()].a = sub.start;
        self.trace.ins[sub.start.index()].b = end;
        let body_snaps = sub.snap_start..self.trace.snaps.len();
        if peel {
            self.peel_subloop(&mut sub, body.start, end.index(), body_snaps.clone());
            // Slots the body binds get a Phi too, seen by the body's exits.
            for (slot, cur) in bound {
                let init = self.peel_map.get(&cur.0).map_or(cur, |&k| Ref(k));
                self.trace.ins.push(Ins {
                    op: IrOp::Phi,
                    ty: self.trace.ty(cur),
                    a: init,
                    b: cur,
                    c: sub.start,
                    imm: slot as i64,
                    snap: 0,
                });
                let phi = Ref(self.trace.ins.len() as u32 - 1);
                for snap in &mut self.trace.snaps[body_snaps.clone()] {
                    // The loop frame's entries: the root's, or its inlined frame's.
                    let (entries, pc) = match sub.depth {
                        0 => (&mut snap.entries, snap.pc),
                        d => match snap.inlined.get_mut(d - 1) {
                            Some(f) => (&mut f.entries, f.pc),
                            None => continue,
                        },
                    };
                    if super::liveness::is_dead(&sub.code, pc as usize, slot as usize) {
                        continue;
                    }
                    if !entries.iter().any(|e| e.0 == slot) {
                        entries.push((slot, phi));
                        entries.sort_by_key(|e| e.0);
                    }
                }
                sub.phis.push((slot, phi));
            }
        }
        // Where recording resumes: after the `ForIter` that runs out, or
        // after the `while` condition's branch out of the loop.
        let (via, exit) = match (sub.while_exit, self.cur_code.instrs.get(header)) {
            (Some(Some((branch, target))), _) => (branch, target),
            (None, Some(i)) if i.op == Op::ForIter => (header, i.arg as usize),
            _ => return Err(Abort::Unsupported("inner loop header")),
        };
        self.skip = Some(SkipRest {
            sub,
            via,
            exit,
            last_pc: pc,
            steps: 0,
            depth: vm.depth.get(),
        });
        Ok(())
    }

    /// Copy the sub-loop's body (`body_start..end`, its snapshots
    /// `snaps`) as a peeled first iteration that starts from the Phis'
    /// entry values, then start the Phis from the copy's final values.
    fn peel_subloop(
        &mut self,
        sub: &mut SubRec,
        body_start: usize,
        end: usize,
        snaps: std::ops::Range<usize>,
    ) {
        let own: HashMap<u32, Ref> = sub
            .phis
            .iter()
            .map(|&(_, phi)| (phi.0, self.trace.ins[phi.index()].a))
            .collect();
        // New positions first: the copy refers forward (nested sub-loops).
        self.peel_map.clear();
        let mut next = self.trace.ins.len() as u32;
        for k in body_start..end {
            if !own.contains_key(&(k as u32)) {
                self.peel_map.insert(k as u32, next);
                next += 1;
            }
        }
        let map = |r: Ref, pm: &HashMap<u32, u32>| -> Ref {
            if r == Ref::NONE || r.is_const() {
                return r;
            }
            if let Some(&a) = own.get(&r.0) {
                return a;
            }
            pm.get(&r.0).map_or(r, |&k| Ref(k))
        };
        let mut snap_map: HashMap<u32, u32> = HashMap::new();
        for k in snaps.clone() {
            let mut s = self.trace.snaps[k].clone();
            for e in &mut s.entries {
                e.1 = map(e.1, &self.peel_map);
            }
            for f in &mut s.inlined {
                for e in &mut f.entries {
                    e.1 = map(e.1, &self.peel_map);
                }
            }
            self.trace.snaps.push(s);
            snap_map.insert(k as u32, self.trace.snaps.len() as u32 - 1);
        }
        for k in body_start..end {
            if own.contains_key(&(k as u32)) {
                continue;
            }
            let mut ins = self.trace.ins[k];
            ins.a = map(ins.a, &self.peel_map);
            ins.b = map(ins.b, &self.peel_map);
            ins.c = map(ins.c, &self.peel_map);
            if ins.op.has_packed_args() {
                let (start, n, kind) = super::ir::seq_args(ins.imm);
                let new_start = self.trace.args.len();
                for j in start..start + n {
                    let r = map(self.trace.args[j], &self.peel_map);
                    self.trace.args.push(r);
                }
                ins.imm = super::ir::pack_seq_args(new_start, n, kind);
            }
            if ins.op.flags() & super::ir::eff::GUARD != 0 {
                if let Some(&s) = snap_map.get(&ins.snap) {
                    ins.snap = s;
                }
            }
            self.trace.ins.push(ins);
        }
        self.trace.ins.push(Ins {
            op: IrOp::PeelEnd,
            ty: Ty::Nil,
            a: Ref::NONE,
            b: Ref::NONE,
            c: Ref::NONE,
            imm: 0,
            snap: 0,
        });
        let peel_end = Ref(self.trace.ins.len() as u32 - 1);
        self.trace.ins[sub.start.index()].c = peel_end;
        for &(_, phi) in &sub.phis {
            let b = self.trace.ins[phi.index()].b;
            self.trace.ins[phi.index()].a = map(b, &self.peel_map);
        }
    }

    /// A branch guard `g` at `pc` (jumping to `target` the other way): is it
    /// the innermost `while` sub-loop's way out? Only if nothing between the
    /// header and here stores a local (the state after the loop is then the
    /// header's).
    fn note_while_exit(&mut self, g: Ref, pc: usize, target: usize) {
        let depth = self.parents.len();
        let Some(sub) = self.subs.last_mut() else {
            return;
        };
        if sub.depth != depth || sub.while_exit != Some(None) || g == Ref::NONE || g.is_const() {
            return;
        }
        let end = loop_end(&sub.code, sub.header as u32) as usize;
        let leaves = target > end || target < sub.header;
        let pure_cond = sub.code.instrs[sub.header..pc]
            .iter()
            .all(|i| !matches!(i.op, Op::StoreFast | Op::DeleteFast));
        if leaves && pure_cond && self.trace.ins[g.index()].op.flags() & super::ir::eff::GUARD != 0
        {
            sub.while_exit = Some(Some((pc, target)));
            let start = sub.start.index();
            self.trace.ins[start].a = g;
        }
    }

    /// While the interpreter finishes a sub-loop: Some(step) to skip this
    /// instruction (or abort), None to record it (the loop ran out here).
    fn skip_step(&mut self, vm: &Vm, frame: &Frame, pc: usize) -> Option<Step> {
        let sk = self.skip.as_mut()?;
        let own = frame as *const Frame as usize == sk.sub.frame_id;
        sk.steps += 1;
        if sk.steps > MAX_SKIPPED_STEPS {
            return Some(Step::Abort(Abort::TooLong));
        }
        if !own {
            // A call made by the inner loop runs deeper; anything else means
            // the loop's frame is gone.
            if vm.depth.get() <= sk.depth {
                // The loop's frame returned from inside the loop.
                self.learned_unroll =
                    Some((Rc::as_ptr(&sk.sub.code) as usize, sk.sub.header as u32));
                return Some(Step::Abort(Abort::InnerLoop));
            }
            return Some(Step::Continue);
        }
        if pc == sk.exit && sk.last_pc == sk.via {
            // The iterator ran out: after the loop every slot holds its
            // header value, and the iterator is gone.
            let sk = self.skip.take().expect("skip");
            let nl = sk.sub.nl;
            for &(slot, phi) in &sk.sub.phis {
                if slot < nl {
                    self.locals[slot as usize] = Some(phi);
                } else {
                    self.stack[(slot - nl) as usize] = Some(phi);
                }
            }
            // Locals dead at the header hold whatever the last iteration
            // left: unknown here, and never read before they are written.
            for i in 0..self.locals.len() {
                if super::liveness::is_dead(&sk.sub.code, sk.sub.header, i) {
                    self.locals[i] = None;
                }
            }
            if sk.sub.while_exit.is_none() {
                // A `for` loop's iterator is gone.
                self.stack.pop();
            }
            self.folder = sk.sub.folder;
            return None;
        }
        let end = loop_end(&sk.sub.code, sk.sub.header as u32) as usize;
        if pc < sk.sub.header || pc > end {
            // Left some other way (break, an exception handler): record the
            // loop unrolled next time.
            self.learned_unroll = Some((Rc::as_ptr(&sk.sub.code) as usize, sk.sub.header as u32));
            return Some(Step::Abort(Abort::InnerLoop));
        }
        sk.last_pc = pc;
        Some(Step::Continue)
    }

    // ----- the step -----------------------------------------------------------

    /// Record the instruction at `pc`, which the interpreter is about to execute.
    pub fn step(&mut self, vm: &Vm, frame: &Frame, pc: usize) -> Step {
        if let Some((fid, resume)) = self.opaque {
            if frame as *const Frame as usize != fid {
                // Inside the callee of an opaque call (or the consumer of a
                // generator that yielded).
                self.opaque_steps += 1;
                if self.opaque_steps > MAX_SKIPPED_STEPS {
                    return Step::Abort(Abort::TooLong);
                }
                return Step::Continue;
            }
            if pc != resume {
                // Back in the loop's frame elsewhere: the call raised into a
                // handler, or the generator was exhausted.
                return Step::Abort(Abort::LeftLoop);
            }
            self.opaque = None;
        }
        if self.reload_pending {
            self.reload_pending = false;
            if let Err(a) = self.reload_entry_dead(pc) {
                return Step::Abort(a);
            }
        }
        if let Some(s) = self.skip_step(vm, frame, pc) {
            return s;
        }
        let depth = self.parents.len();
        if let Some(b) = self.bridge.as_mut() {
            if b.sub.is_some_and(|(_, _, d)| depth < d) {
                b.left_sub_frame = true;
            }
        }
        if let Some(r) = self.patch_result.take() {
            let Some(v) = frame.stack.last() else {
                return Step::Abort(Abort::Unsupported("native call result"));
            };
            let ty = Ty::of(v);
            let ins = &mut self.trace.ins[r.index()];
            ins.ty = ty;
            ins.imm = if ins.op == IrOp::GenNext {
                ty.tag() as i64
            } else {
                let (start, n, _) = super::ir::seq_args(ins.imm);
                super::ir::pack_seq_args(start, n, ty.tag() as i64)
            };
        }
        if let Some(sub) = self.subs.last() {
            // Inside a sub-loop's first iteration: only its own body.
            if self.parents.len() < sub.depth {
                // Returned out of the loop's frame.
                self.learned_unroll = Some((Rc::as_ptr(&sub.code) as usize, sub.header as u32));
                return Step::Abort(Abort::InnerLoop);
            }
            let end = loop_end(&sub.code, sub.header as u32) as usize;
            if frame as *const Frame as usize == sub.frame_id
                && self.parents.len() == sub.depth
                && (pc < sub.header || pc > end)
            {
                // `break` (or an exception handler): unroll it next time.
                self.learned_unroll = Some((Rc::as_ptr(&sub.code) as usize, sub.header as u32));
                return Step::Abort(Abort::InnerLoop);
            }
        }
        if let Some(call) = self.pending_call.take() {
            if !(Rc::ptr_eq(&frame.code, &call.code) && pc == 0) {
                return Step::Abort(Abort::Call);
            }
            let mut locals = vec![None; call.code.varnames.len()];
            for (i, a) in call.args.iter().enumerate() {
                locals[i] = Some(*a);
            }
            self.parents.push(Suspended {
                func: self.cur_func.take(),
                code: std::mem::replace(&mut self.cur_code, call.code),
                frame_id: self.frame_id,
                locals: std::mem::replace(&mut self.locals, locals),
                stack: std::mem::take(&mut self.stack),
                call_pc: call.call_pc,
                operands: call.operands,
                result: call.result,
                blocks: std::mem::take(&mut self.blocks),
                cells: std::mem::replace(&mut self.cur_cells, call.cells),
            });
            self.cur_func = Some(call.func);
            self.frame_id = frame as *const Frame as usize;
        } else if !self.is_current(frame) {
            return Step::Abort(Abort::Call);
        }
        let root = self.parents.is_empty();
        if root && pc as u32 == self.header && self.started {
            return match self.close(frame) {
                Ok(()) => Step::Closed,
                Err(a) => Step::Abort(a),
            };
        }
        self.started = true;
        if root && !self.trace.function && ((pc as u32) < self.header || pc as u32 > self.loop_end)
        {
            return Step::Abort(Abort::LeftLoop);
        }
        if self.trace.ins.len() > MAX_TRACE_LEN {
            return Step::Abort(Abort::TooLong);
        }
        let ins = self.cur_code.instrs[pc];
        // (Only in the loop's own frame: a `while` in a called function often
        // runs zero times, and a recording that meets it that way aborts.)
        if ins.op != Op::ForIter
            && root
            && pc as u32 != self.header
            && !self
                .subs
                .iter()
                .any(|s| s.header == pc && s.depth == self.parents.len())
            && is_while_header(&self.cur_code, pc)
            && !self.unrolled(pc)
        {
            // A `while` loop inside the iteration: a sub-loop too.
            if let Err(a) = self.open_subloop(frame, pc) {
                return Step::Abort(a);
            }
        }
        if self.keep_bytecodes {
            self.bytecodes.push(format!(
                "{}{:>5} {:<16} {:<6} line {}",
                ".   ".repeat(self.parents.len()),
                pc,
                ins.op.name(),
                ins.arg,
                self.cur_code.line_at(pc)
            ));
        }
        match self.record(vm, frame, pc, ins.op, ins.arg) {
            Ok(()) if self.closed => Step::Closed,
            Ok(()) => Step::Continue,
            Err(a) => Step::Abort(a),
        }
    }

    fn record(&mut self, vm: &Vm, frame: &Frame, pc: usize, op: Op, arg: u32) -> R<()> {
        match op {
            Op::GetIter => {
                let r = self.peek(frame, 0);
                let Some(Value::Obj(o)) = frame.stack.last() else {
                    return Err(Abort::Unsupported("GetIter"));
                };
                if o.class.builtin
                    && (matches!(&o.payload, Payload::Iter(st)
                        if matches!(&*st.borrow(), IterKind::Enumerate { .. } | IterKind::Zip { .. }))
                        || matches!(&o.payload, Payload::Generator(_)))
                    && matches!(self.cur_code.instrs.get(pc + 1), Some(i) if i.op == Op::ForIter)
                {
                    // `iter()` of an iterator is the iterator itself.
                    let t = o.class.clone();
                    self.guard_class(r, &t, pc);
                    return Ok(());
                }
                // (Followed by its `for` loop, or by the call of a
                // comprehension that takes the iterator.)
                if !o.class.builtin
                    || !matches!(
                        o.payload,
                        Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. }
                    )
                    || !matches!(self.cur_code.instrs.get(pc + 1), Some(i)
                        if i.op == Op::ForIter || i.op == Op::CallFunction && i.arg == 1)
                {
                    return Err(Abort::Unsupported("GetIter"));
                }
                let t = o.class.clone();
                self.guard_class(r, &t, pc);
                let it = self.guard(IrOp::GetIter, Ty::Obj, r, Ref::NONE, pc, "iter");
                self.stack.pop();
                self.push(it);
            }
            Op::LoadGlobal => {
                let code = self.cur_code.clone();
                let name = code.names[arg as usize].as_str().unwrap_or("");
                let v = match vm.dict_get_str(&frame.globals, name) {
                    Some(v) => {
                        self.dep(&frame.globals, name, Some(v.clone()));
                        v
                    }
                    None => match vm.dict_get_str(&frame.builtins, name) {
                        Some(v) => {
                            self.dep(&frame.globals, name, None);
                            self.dep(&frame.builtins, name, Some(v.clone()));
                            v
                        }
                        None => return Err(Abort::Unsupported("LoadGlobal of an undefined name")),
                    },
                };
                let r = self.global_const(v)?;
                self.push(r);
            }
            Op::LoadAttr | Op::LoadMethod => {
                let obj = self.peek(frame, 0);
                let code = self.cur_code.clone();
                let name = code.names[arg as usize].as_str().unwrap_or("");
                let actual = frame.stack[frame.stack.len() - 1].clone();
                let module = match (&actual, self.trace.konst(obj)) {
                    (Value::Obj(o), Some(_)) if matches!(o.payload, Payload::Module { .. }) => {
                        Some(o.clone())
                    }
                    _ => None,
                };
                if let Some(m) = module {
                    let Some(d) = m.dict.get().cloned() else {
                        return Err(Abort::Unsupported("module without a dict"));
                    };
                    let Some(v) = vm.dict_get_str(&d, name) else {
                        return Err(Abort::Unsupported("missing module attribute"));
                    };
                    self.dep(&d, name, Some(v.clone()));
                    let r = self.global_const(v)?;
                    self.stack.pop();
                    self.push(r);
                    if op == Op::LoadMethod {
                        let null = self.konst(Konst::Obj(vm.null_marker.clone()));
                        self.push(null);
                    }
                } else if let (Op::LoadMethod, Some(m)) = (op, str_method(vm, &actual, name)) {
                    // A str method: called natively (see `call`).
                    self.stack.pop();
                    let m = self.konst(Konst::Obj(m));
                    self.push(m);
                    self.push(obj);
                } else if op == Op::LoadMethod && name == "get" && is_builtin_dict(&actual) {
                    let Value::Obj(o) = &actual else {
                        unreachable!()
                    };
                    let Some(m) = crate::runtime::attr::lookup_type(&o.class, "get") else {
                        return Err(Abort::Unsupported("dict.get missing"));
                    };
                    self.stack.pop();
                    let m = self.konst(Konst::Obj(m));
                    self.push(m);
                    self.push(obj);
                } else if op == Op::LoadMethod && name == "add" && is_builtin_set(&actual) {
                    let Value::Obj(o) = &actual else {
                        unreachable!()
                    };
                    let Some(m) = crate::runtime::attr::lookup_type(&o.class, "add") else {
                        return Err(Abort::Unsupported("set.add missing"));
                    };
                    self.stack.pop();
                    let m = self.konst(Konst::Obj(m));
                    self.push(m);
                    self.push(obj);
                } else if op == Op::LoadMethod && name == "append" && is_list(&actual) {
                    let Value::Obj(o) = &actual else {
                        unreachable!()
                    };
                    let Some(d) = crate::runtime::attr::lookup_type(&o.class, "append") else {
                        return Err(Abort::Unsupported("list.append missing"));
                    };
                    self.stack.pop();
                    let m = self.konst(Konst::Obj(d));
                    self.push(m);
                    self.push(obj);
                } else if let Some((t, v)) = self.class_attribute(obj, &actual, name) {
                    // `Base.method` / `Base.CONST` on a class constant: its
                    // version guarded, the value a constant.
                    let cls = self.konst(Konst::Obj(Value::Type(t.clone())));
                    self.guard_full(
                        IrOp::GuardTypeVersion,
                        Ty::Nil,
                        [Ref::NONE, cls, Ref::NONE],
                        t.version.get() as i64,
                        pc,
                        "class changed",
                    );
                    let r = self.global_const(v)?;
                    self.stack.pop();
                    self.push(r);
                    if op == Op::LoadMethod {
                        let null = self.konst(Konst::Obj(vm.null_marker.clone()));
                        self.push(null);
                    }
                } else if let (Op::LoadMethod, Some(m)) = (op, builtin_method(&actual, name)) {
                    // Any other method of a built-in type: the class is
                    // guarded, the call goes through `CallPy`.
                    let Value::Obj(o) = &actual else {
                        unreachable!()
                    };
                    let t = o.class.clone();
                    self.guard_class(obj, &t, pc);
                    self.stack.pop();
                    let m = self.konst(Konst::Obj(m));
                    self.push(m);
                    self.push(obj);
                } else {
                    self.instance_attr(vm, frame, pc, op, obj, &actual, arg)?;
                }
            }
            Op::StoreAttr => {
                let obj = self.peek(frame, 0);
                let val = self.peek(frame, 1);
                let n = frame.stack.len();
                let actual = frame.stack[n - 1].clone();
                let name_v = self.cur_code.names[arg as usize].clone();
                let name = name_v.as_str().unwrap_or("").to_string();
                let Some(o) = python_instance(&actual) else {
                    return Err(Abort::UnsupportedTypes(format!(
                        "attribute store on {}",
                        type_name(&actual)
                    )));
                };
                use crate::runtime::attr::type_flag::*;
                let t = o.class.clone();
                let flags = crate::runtime::attr::type_flags(&t);
                if flags & CUSTOM_SETATTR != 0
                    || flags & HAS_SLOTS != 0 && !crate::runtime::attr::slot_allows(&t, &name)
                    || o.dict.get().is_none()
                {
                    return Err(Abort::UnsupportedTypes("attribute store hook".into()));
                }
                match crate::runtime::attr::lookup_type(&t, &name) {
                    None => {}
                    Some(d) if plain_class_value(&d) => {}
                    Some(_) => return Err(Abort::UnsupportedTypes("descriptor store".into())),
                }
                self.guard_class(obj, &t, pc);
                let nk = self.konst(Konst::Obj(name_v));
                self.guard_full(
                    IrOp::SetAttr,
                    Ty::Nil,
                    [obj, nk, val],
                    0,
                    pc,
                    "attribute store",
                );
                self.stack.truncate(self.stack.len() - 2);
            }
            Op::CallFunction => self.call(vm, frame, pc, arg as usize, false)?,
            Op::CallKw => self.call_kw(vm, frame, pc, arg as usize)?,
            Op::CallMethod => self.call(vm, frame, pc, arg as usize, true)?,
            Op::BuildSet | Op::BuildMap => {
                let per = if op == Op::BuildMap { 2 } else { 1 };
                let n = arg as usize * per;
                if n > 0xffff {
                    return Err(Abort::TooLong);
                }
                let len = frame.stack.len();
                let keys_native = frame.stack[len - n..].iter().step_by(per).all(native_key);
                if !keys_native {
                    return Err(Abort::UnsupportedTypes(
                        "set or dict display of these keys".into(),
                    ));
                }
                let refs: Vec<Ref> = (0..n).rev().map(|k| self.peek(frame, k)).collect();
                let start = self.trace.args.len();
                self.trace.args.extend(refs);
                let kind = if op == Op::BuildMap { 4 } else { 3 };
                let imm = super::ir::pack_seq_args(start, n, kind);
                let r = self.guard_full(
                    IrOp::BuildSetMap,
                    Ty::Obj,
                    [Ref::NONE; 3],
                    imm,
                    pc,
                    "set or dict display",
                );
                self.stack.truncate(self.stack.len() - n);
                self.push(r);
            }
            Op::BuildTuple | Op::BuildList => {
                let n = arg as usize;
                if n > 0xffff {
                    return Err(Abort::TooLong);
                }
                let refs: Vec<Ref> = (0..n).rev().map(|k| self.peek(frame, k)).collect();
                let start = self.trace.args.len();
                self.trace.args.extend(refs);
                let kind = if op == Op::BuildList { 1 } else { 2 };
                let imm = super::ir::pack_seq_args(start, n, kind);
                let r = self.emit_full(IrOp::BuildSeq, Ty::Obj, [Ref::NONE; 3], imm, 0);
                self.stack.truncate(self.stack.len() - n);
                self.push(r);
            }
            Op::BuildSlice => {
                let n = frame.stack.len();
                let k = arg as usize;
                for v in &frame.stack[n - k..] {
                    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::None) {
                        return Err(Abort::UnsupportedTypes("slice of non-ints".into()));
                    }
                }
                let mut parts = [Ref::NONE; 3];
                for (j, part) in parts.iter_mut().enumerate().take(k) {
                    let r = self.peek(frame, k - 1 - j);
                    *part = match self.trace.ty(r) {
                        Ty::Bool => self.as_int(r).unwrap(),
                        _ => r,
                    };
                }
                let r = self.emit_full(IrOp::BuildSlice, Ty::Obj, parts, 0, 0);
                self.stack.truncate(self.stack.len() - k);
                self.push(r);
            }
            Op::BinarySubscr if matches!(frame.stack.last(), Some(Value::Obj(o)) if matches!(o.payload, Payload::Slice { .. })) =>
            {
                let key = self.peek(frame, 0);
                let seq = self.peek(frame, 1);
                let n = frame.stack.len();
                if !matches!(&frame.stack[n - 2], Value::Obj(o) if o.class.builtin
                    && matches!(o.payload, Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)))
                {
                    return Err(Abort::UnsupportedTypes("slice of this type".into()));
                }
                let r = self.guard_full(
                    IrOp::GetSlice,
                    Ty::Obj,
                    [seq, key, Ref::NONE],
                    0,
                    pc,
                    "slice",
                );
                self.stack.truncate(self.stack.len() - 2);
                self.push(r);
            }
            Op::StoreSubscr if matches!(frame.stack.last(), Some(Value::Obj(o)) if matches!(o.payload, Payload::Slice { .. })) =>
            {
                let key = self.peek(frame, 0);
                let seq = self.peek(frame, 1);
                let val = self.peek(frame, 2);
                let n = frame.stack.len();
                let list_ok = is_list(&frame.stack[n - 2]);
                let val_ok = matches!(&frame.stack[n - 3], Value::Obj(o) if o.class.builtin
                    && matches!(o.payload, Payload::List(_) | Payload::Tuple(_)));
                if !list_ok || !val_ok {
                    return Err(Abort::UnsupportedTypes("slice store of this type".into()));
                }
                self.guard_full(
                    IrOp::SetSlice,
                    Ty::Nil,
                    [seq, key, val],
                    0,
                    pc,
                    "slice store",
                );
                self.stack.truncate(self.stack.len() - 3);
            }
            Op::BinarySubscr if is_builtin_dict(&frame.stack[frame.stack.len() - 2]) => {
                let key = self.peek(frame, 0);
                let d = self.peek(frame, 1);
                let n = frame.stack.len();
                let Some(v) = native_dict_value(vm, &frame.stack[n - 2], &frame.stack[n - 1])
                else {
                    return Err(Abort::UnsupportedTypes("subscript of dict".into()));
                };
                let ty = Ty::of(&v);
                let r = self.guard_full(
                    IrOp::DictGet,
                    ty,
                    [d, key, Ref::NONE],
                    ty.tag() as i64,
                    pc,
                    "dict item",
                );
                self.stack.truncate(self.stack.len() - 2);
                self.push(r);
            }
            Op::SetAdd => {
                let v = self.peek(frame, 0);
                let s = self.peek(frame, arg as usize);
                let n = frame.stack.len();
                let ok = matches!(&frame.stack[n - 1 - arg as usize], Value::Obj(o)
                    if o.class.builtin && matches!(o.payload, Payload::Set(_)));
                if !ok || !native_key(&frame.stack[n - 1]) {
                    return Err(Abort::UnsupportedTypes("SetAdd of this item".into()));
                }
                self.guard(IrOp::SetAddItem, Ty::Nil, s, v, pc, "set add");
                self.stack.pop();
            }
            Op::MapAdd => {
                let v = self.peek(frame, 0);
                let k = self.peek(frame, 1);
                let d = self.peek(frame, arg as usize + 1);
                let n = frame.stack.len();
                if !is_builtin_dict(&frame.stack[n - 2 - arg as usize])
                    || !native_key(&frame.stack[n - 2])
                {
                    return Err(Abort::UnsupportedTypes("MapAdd of this key".into()));
                }
                self.guard_full(IrOp::DictSet, Ty::Nil, [d, k, v], 0, pc, "dict store");
                self.stack.truncate(self.stack.len() - 2);
            }
            Op::BinarySubscr => {
                let idx = self.peek(frame, 0);
                let seq = self.peek(frame, 1);
                let n = frame.stack.len();
                let item = actual_item(&frame.stack[n - 2], &frame.stack[n - 1])?;
                let Some(i) = self.as_int(idx) else {
                    return Err(Abort::UnsupportedTypes("subscript with a non-int".into()));
                };
                let kind = seq_kind(&frame.stack[n - 2]);
                let r = self.get_item(seq, i, &item, kind, pc, "subscript");
                self.stack.truncate(self.stack.len() - 2);
                self.push(r);
            }
            Op::StoreSubscr
                if is_builtin_dict(&frame.stack[frame.stack.len() - 2])
                    && native_key(&frame.stack[frame.stack.len() - 1]) =>
            {
                let key = self.peek(frame, 0);
                let d = self.peek(frame, 1);
                let val = self.peek(frame, 2);
                self.guard_full(IrOp::DictSet, Ty::Nil, [d, key, val], 0, pc, "dict store");
                self.stack.truncate(self.stack.len() - 3);
            }
            Op::StoreSubscr => {
                let idx = self.peek(frame, 0);
                let seq = self.peek(frame, 1);
                let val = self.peek(frame, 2);
                let n = frame.stack.len();
                if !is_list(&frame.stack[n - 2]) {
                    return Err(Abort::UnsupportedTypes("item store into a non-list".into()));
                }
                let Some(i) = self.as_int(idx) else {
                    return Err(Abort::UnsupportedTypes("subscript with a non-int".into()));
                };
                self.guard_full(IrOp::SetItem, Ty::Nil, [seq, i, val], 0, pc, "item store");
                self.stack.truncate(self.stack.len() - 3);
            }
            Op::DeleteSubscr => {
                let idx = self.peek(frame, 0);
                let seq = self.peek(frame, 1);
                let n = frame.stack.len();
                if !is_list(&frame.stack[n - 2]) {
                    return Err(Abort::UnsupportedTypes(
                        "item delete from a non-list".into(),
                    ));
                }
                let Some(i) = self.as_int(idx) else {
                    return Err(Abort::UnsupportedTypes("subscript with a non-int".into()));
                };
                self.guard_full(
                    IrOp::DelItem,
                    Ty::Nil,
                    [seq, i, Ref::NONE],
                    0,
                    pc,
                    "item delete",
                );
                self.stack.truncate(self.stack.len() - 2);
            }
            Op::UnpackSequence => {
                let refs = self.unpacked_items(frame, pc, |n| n == arg as usize)?;
                self.stack.pop();
                for r in refs.into_iter().rev() {
                    self.push(r);
                }
            }
            Op::UnpackEx => {
                // `a, *b, c = seq`: the starred part is built as a new list.
                let (before, after) = ((arg & 0xff) as usize, (arg >> 8) as usize);
                let refs = self.unpacked_items(frame, pc, |n| n >= before + after)?;
                let mid_end = refs.len() - after;
                let start = self.trace.args.len();
                self.trace.args.extend(&refs[before..mid_end]);
                let imm = super::ir::pack_seq_args(start, mid_end - before, 1);
                let middle = self.emit_full(IrOp::BuildSeq, Ty::Obj, [Ref::NONE; 3], imm, 0);
                self.stack.pop();
                for &r in refs[mid_end..].iter().rev() {
                    self.push(r);
                }
                self.push(middle);
                for &r in refs[..before].iter().rev() {
                    self.push(r);
                }
            }
            Op::Nop | Op::Jump => {}
            Op::JumpBack => {
                let left = self.bridge.as_ref().is_some_and(|b| b.left_sub_frame);
                if let Some((s, hpc, depth)) = self.bridge.as_ref().and_then(|b| b.sub) {
                    if !left && self.subs.is_empty() && arg == hpc && self.parents.len() == depth {
                        return self.close_bridge_to_subloop(s, pc);
                    }
                }
                if self
                    .subs
                    .last()
                    .is_some_and(|s| s.header == arg as usize && s.depth == self.parents.len())
                {
                    return self.close_subloop(vm, pc, arg as usize);
                }
                if self.unrolled(arg as usize) && (arg != self.header || !self.parents.is_empty()) {
                    // An unrolled inner loop: its next iteration follows.
                    return Ok(());
                }
                if (arg != self.header || !self.parents.is_empty())
                    && self.bridge.is_some()
                    && self.subs.is_empty()
                    && arg < pc as u32
                {
                    // A bridge that started inside an inner loop's body is at
                    // that loop's back edge: the rest of the loop is recorded
                    // as a sub-loop, opened at its header (the next step).
                    return Ok(());
                }
                if arg != self.header || !self.parents.is_empty() {
                    return Err(Abort::InnerLoop);
                }
            }
            Op::ReturnValue => {
                if !self.blocks.is_empty() {
                    return Err(Abort::Unsupported("return inside a try block"));
                }
                if self.parents.is_empty() && self.trace.function {
                    // The end of a function trace: leave with the value on
                    // the stack, the interpreter returns it.
                    return self.close_function(frame, pc);
                }
                let Some(p) = self.parents.pop() else {
                    return Err(Abort::LeftLoop);
                };
                let mut r = self.pop(frame);
                if let Some(Konst::Obj(v)) = self.trace.konst(r) {
                    if v.is(&vm.not_implemented) {
                        return Err(Abort::Unsupported("NotImplemented returned"));
                    }
                }
                if let Some(obj) = p.result {
                    if self.trace.ty(r) != Ty::Nil {
                        return Err(Abort::ExceptionRaised);
                    }
                    r = obj;
                }
                self.cur_code = p.code;
                self.cur_func = p.func;
                self.frame_id = p.frame_id;
                self.locals = p.locals;
                self.blocks = p.blocks;
                self.cur_cells = p.cells;
                self.stack = p.stack;
                self.stack.truncate(self.stack.len() - p.operands);
                self.push(r);
            }
            Op::PopTop => {
                self.pop(frame);
            }
            Op::DupTop => {
                let r = self.peek(frame, 0);
                self.push(r);
            }
            Op::RotTwo => {
                let a = self.pop(frame);
                let b = self.pop(frame);
                self.push(a);
                self.push(b);
            }
            Op::DupTopTwo => {
                let b = self.peek(frame, 0);
                let a = self.peek(frame, 1);
                self.push(a);
                self.push(b);
            }
            Op::RotFour => {
                let a = self.pop(frame);
                let b = self.pop(frame);
                let c = self.pop(frame);
                let d = self.pop(frame);
                self.push(a);
                self.push(d);
                self.push(c);
                self.push(b);
            }
            Op::ListAppend => {
                let v = self.peek(frame, 0);
                let list = self.peek(frame, arg as usize);
                if !is_list(&frame.stack[frame.stack.len() - 1 - arg as usize]) {
                    return Err(Abort::UnsupportedTypes("ListAppend to a non-list".into()));
                }
                self.guard(IrOp::ListAppend, Ty::Nil, list, v, pc, "append");
                self.stack.pop();
            }
            Op::RotThree => {
                let a = self.pop(frame);
                let b = self.pop(frame);
                let c = self.pop(frame);
                self.push(a);
                self.push(c);
                self.push(b);
            }
            Op::Copy => {
                let r = self.peek(frame, arg as usize - 1);
                self.push(r);
            }
            Op::Swap => {
                let n = arg as usize - 1;
                self.peek(frame, n);
                self.peek(frame, 0);
                let len = self.stack.len();
                self.stack.swap(len - 1, len - 1 - n);
            }
            Op::LoadConst => {
                let r = match &self.cur_code.consts[arg as usize] {
                    Value::Int(i) => self.konst(Konst::Int(*i)),
                    Value::Float(f) => self.konst(Konst::Float(*f)),
                    Value::Bool(b) => self.konst(Konst::Bool(*b)),
                    Value::None => self.konst(Konst::Nil),
                    v => self.konst(Konst::Obj(v.clone())),
                };
                self.push(r);
            }
            Op::LoadFast => {
                let r = self.local(frame, arg as usize)?;
                if !self.subs.is_empty() {
                    // The body may specialise on a Phi's type without using
                    // it as an operand (`x is None` folds): it was read.
                    self.phi_reads.insert(r);
                }
                let r = if self.trace.ty(r) == Ty::Opt {
                    // Narrow by what the slot holds now.
                    match &frame.locals[arg as usize] {
                        Some(Value::None) => {
                            self.guard(IrOp::GuardNil, Ty::Nil, r, Ref::NONE, pc, "None or object");
                            self.konst(Konst::Nil)
                        }
                        _ => {
                            self.guard(IrOp::GuardObj, Ty::Obj, r, Ref::NONE, pc, "None or object")
                        }
                    }
                } else {
                    r
                };
                self.push(r);
            }
            Op::StoreFast => {
                let r = self.peek(frame, 0);
                if matches!(self.trace.ty(r), Ty::Obj | Ty::Cls) && self.parents.is_empty() {
                    // Objects are written through to the frame, which keeps
                    // them alive past the iteration's temporaries.
                    self.emit_full(
                        IrOp::StoreSlot,
                        Ty::Nil,
                        [Ref::NONE, r, Ref::NONE],
                        arg as i64,
                        0,
                    );
                }
                self.stack.pop();
                self.locals[arg as usize] = Some(r);
            }
            Op::BinaryOp | Op::InplaceOp
                if matches!(BinOpKind::from_arg(arg), BinOpKind::Add | BinOpKind::Mod)
                    && is_exact_str(&frame.stack[frame.stack.len() - 2])
                    && plain_operand(&frame.stack[frame.stack.len() - 1]) =>
            {
                let b = self.peek(frame, 0);
                let a = self.peek(frame, 1);
                let r = self.guard_full(
                    IrOp::StrBinary,
                    Ty::Obj,
                    [a, b, Ref::NONE],
                    arg as i64,
                    pc,
                    "str operation",
                );
                self.stack.truncate(self.stack.len() - 2);
                self.push(r);
            }
            Op::BinaryOp | Op::InplaceOp => {
                let n = frame.stack.len();
                let objs = matches!(frame.stack[n - 1], Value::Obj(_))
                    || matches!(frame.stack[n - 2], Value::Obj(_));
                let kind = BinOpKind::from_arg(arg);
                if objs {
                    match self.dunder_binary(vm, frame, pc, kind, op == Op::InplaceOp) {
                        Err(
                            Abort::UnsupportedTypes(_) | Abort::InlineTooDeep | Abort::Recursion,
                        ) if self.pending_call.is_none() => {
                            self.opaque_operator(frame, pc, op, arg)?
                        }
                        r => r?,
                    }
                } else {
                    self.binary(frame, pc, kind)?
                }
            }
            Op::CompareOp => match self.compare(frame, pc, CmpKind::from_arg(arg)) {
                Err(Abort::UnsupportedTypes(_) | Abort::InlineTooDeep | Abort::Recursion)
                    if self.pending_call.is_none() =>
                {
                    self.opaque_operator(frame, pc, op, arg)?
                }
                r => r?,
            },
            Op::UnaryOp => self.unary(frame, pc, arg)?,
            Op::IsOp => {
                let b = self.peek(frame, 0);
                let a = self.peek(frame, 1);
                let (ta, tb) = (self.trace.ty(a), self.trace.ty(b));
                let r = match (ta, tb) {
                    (Ty::Nil, Ty::Nil) => self.konst(Konst::Bool(arg == 0)),
                    _ if ta != tb => self.konst(Konst::Bool(arg == 1)),
                    (Ty::Obj, _) | (Ty::Cls, _) => {
                        let op = if arg == 1 { IrOp::INe } else { IrOp::IEq };
                        self.pure(op, Ty::Bool, a, b)
                    }
                    _ => return Err(Abort::UnsupportedTypes(format!("is on {}", ta.name()))),
                };
                self.stack.truncate(self.stack.len() - 2);
                self.push(r);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let c = self.peek(frame, 0);
                let cond = self.truth(frame, c, pc)?;
                let actual = truthy_now(&frame.stack[frame.stack.len() - 1])?;
                let g = if actual {
                    IrOp::GuardTrue
                } else {
                    IrOp::GuardFalse
                };
                let gr = self.guard(g, Ty::Bool, cond, Ref::NONE, pc, "branch");
                self.stack.pop();
                self.note_while_exit(gr, pc, arg as usize);
            }
            Op::ForIter => {
                let inner = !self.parents.is_empty() || pc as u32 != self.header;
                if inner && !self.unrolled(pc) {
                    self.open_subloop(frame, pc)?;
                }
                // An iterator that is already exhausted: the loop's own header
                // just ran out (retried without penalty); an inner loop that
                // is empty now probably often is (counted).
                let ran_out = if inner {
                    Abort::InnerLoop
                } else {
                    Abort::LeftLoop
                };
                let it = self.peek(frame, 0);
                let Some(Value::Obj(o)) = frame.stack.last() else {
                    return Err(Abort::UnsupportedTypes("for over a non-iterator".into()));
                };
                if o.class.builtin
                    && matches!(&o.payload, Payload::Generator(g)
                        if matches!(g.try_borrow().map(|g| matches!(g.kind, crate::runtime::object::GenKind::Generator)), Ok(true)))
                {
                    return self.generator_next(frame, pc, it, inner);
                }
                let Payload::Iter(st) = &o.payload else {
                    return Err(Abort::UnsupportedTypes(format!(
                        "for over {}",
                        o.class.name()
                    )));
                };
                let r = match &*st.borrow() {
                    IterKind::Range { next, stop, step } => {
                        let more = (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop);
                        if !more {
                            return Err(ran_out);
                        }
                        self.guard(IrOp::RangeNext, Ty::I64, it, Ref::NONE, pc, "loop end")
                    }
                    IterKind::Seq { seq, index } => {
                        let item = match seq {
                            Value::Obj(s) if s.class.builtin => match &s.payload {
                                Payload::List(l) => l.borrow().get(*index).cloned(),
                                Payload::Tuple(t) => t.get(*index).cloned(),
                                _ => {
                                    return Err(Abort::UnsupportedTypes(
                                        "for over a non-list sequence".into(),
                                    ))
                                }
                            },
                            _ => {
                                return Err(Abort::UnsupportedTypes(
                                    "for over a non-list sequence".into(),
                                ))
                            }
                        };
                        let Some(item) = item else {
                            return Err(ran_out);
                        };
                        let ty = Ty::of(&item);
                        self.guard_full(
                            IrOp::SeqIterNext,
                            ty,
                            [it, Ref::NONE, Ref::NONE],
                            ty.tag() as i64,
                            pc,
                            "loop end",
                        )
                    }
                    kind => {
                        let stand_in = Value::Obj(o.clone());
                        let Some(next) = crate::runtime::iter::peek_native_kind(kind, &stand_in)
                        else {
                            return Err(Abort::UnsupportedTypes("for over this iterator".into()));
                        };
                        let Some(item) = next else {
                            return Err(ran_out);
                        };
                        let ty = Ty::of(&item);
                        self.guard_full(
                            IrOp::SeqIterNext,
                            ty,
                            [it, Ref::NONE, Ref::NONE],
                            ty.tag() as i64,
                            pc,
                            "loop end",
                        )
                    }
                };
                self.link_subloop_exit(pc, r);
                self.push(r);
            }
            Op::YieldValue if self.yield_exit_ok() => {
                // The value stays on the stack for the interpreter's `yield`;
                // recording goes on when the generator is resumed (the value
                // sent in, None under `for`, is what `step` sees pushed).
                let v = self.peek(frame, 0);
                let _ = v;
                self.guard(IrOp::YieldExit, Ty::Nil, Ref::NONE, Ref::NONE, pc, YIELD);
                self.stack.pop();
                let sent = self.konst(Konst::Nil);
                self.push(sent);
                self.opaque = Some((frame as *const Frame as usize, pc + 1));
                // A generator may never be resumed (a `break` out of its
                // consumer): do not wait for it long.
                self.opaque_steps = MAX_SKIPPED_STEPS - MAX_YIELD_WAIT;
            }
            Op::YieldValue | Op::YieldFrom => return Err(Abort::GeneratorYield),
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let c = self.peek(frame, 0);
                let cond = self.truth(frame, c, pc)?;
                let actual = truthy_now(&frame.stack[frame.stack.len() - 1])?;
                let g = if actual {
                    IrOp::GuardTrue
                } else {
                    IrOp::GuardFalse
                };
                self.guard(g, Ty::Bool, cond, Ref::NONE, pc, "branch");
                let jumps = actual == (op == Op::JumpIfTrueOrPop);
                if !jumps {
                    self.stack.pop();
                }
            }
            Op::ContainsOp => {
                let cont = self.peek(frame, 0);
                let item = self.peek(frame, 1);
                let n = frame.stack.len();
                let scalar_or_str = match &frame.stack[n - 2] {
                    Value::Obj(o) => matches!(o.payload, Payload::Str(_)) && o.class.builtin,
                    Value::Type(_) => false,
                    _ => true,
                };
                let ok_cont = matches!(&frame.stack[n - 1], Value::Obj(o) if o.class.builtin
                    && matches!(o.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_)
                        | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_)));
                if !scalar_or_str || !ok_cont {
                    return Err(Abort::UnsupportedTypes(format!(
                        "{} in {}",
                        type_name(&frame.stack[n - 2]),
                        type_name(&frame.stack[n - 1])
                    )));
                }
                let r = self.guard_full(
                    IrOp::Contains,
                    Ty::Bool,
                    [item, cont, Ref::NONE],
                    arg as i64,
                    pc,
                    "contains",
                );
                self.stack.truncate(self.stack.len() - 2);
                self.push(r);
            }
            Op::LoadDeref if self.parents.is_empty() || !self.cur_cells.is_empty() => {
                // The loop frame's cell, or a free variable of an inlined
                // closure, which is one of the loop frame's cells (the
                // callee has no cells of its own).
                let root = self.root_cell(arg).ok_or(Abort::Unsupported("LoadDeref"))?;
                let Some(Payload::Cell(c)) = frame.cells.get(arg as usize).map(|c| &c.payload)
                else {
                    return Err(Abort::Unsupported("LoadDeref"));
                };
                let Some(v) = c.borrow().clone() else {
                    return Err(Abort::ExceptionRaised);
                };
                let ty = Ty::of(&v);
                let r = self.guard_full(
                    IrOp::CellGet,
                    ty,
                    [Ref::NONE, Ref::NONE, Ref::NONE],
                    (root as i64) << 8 | ty.tag() as i64,
                    pc,
                    "cell",
                );
                self.push(r);
            }
            Op::StoreDeref if self.parents.is_empty() || !self.cur_cells.is_empty() => {
                let root = self
                    .root_cell(arg)
                    .ok_or(Abort::Unsupported("StoreDeref"))?;
                let v = self.pop(frame);
                self.emit_full(
                    IrOp::CellSet,
                    Ty::Nil,
                    [Ref::NONE, v, Ref::NONE],
                    root as i64,
                    0,
                );
            }
            Op::LoadClosure if self.parents.is_empty() => {
                if !matches!(frame.cells.get(arg as usize), Some(c) if matches!(c.payload, Payload::Cell(_)))
                {
                    return Err(Abort::Unsupported("LoadClosure"));
                }
                let r = self.emit_full(IrOp::CellObj, Ty::Obj, [Ref::NONE; 3], arg as i64, 0);
                self.push(r);
            }
            Op::MakeFunction if arg & !8 == 0 => {
                let code = self.peek(frame, 0);
                let closure = if arg & 8 != 0 {
                    self.peek(frame, 1)
                } else {
                    Ref::NONE
                };
                if !matches!(self.trace.konst(code), Some(Konst::Obj(v)) if matches!(v.payload(), Some(Payload::Code(_))))
                {
                    return Err(Abort::Unsupported("MakeFunction"));
                }
                let globals = self.konst(Konst::Obj(Value::Obj(frame.globals.clone())));
                let r = self.emit_full(IrOp::MakeFunc, Ty::Obj, [code, globals, closure], 0, 0);
                self.stack
                    .truncate(self.stack.len() - 1 - (arg & 8 != 0) as usize);
                self.push(r);
            }
            Op::SetupExcept | Op::SetupFinally => {
                // A `try` in the loop's frame: only exits see it (their
                // snapshots push it onto the frame's block stack).
                use crate::tiers::frame::{Block, BlockKind};
                self.blocks.push(Block {
                    kind: if op == Op::SetupExcept {
                        BlockKind::Except
                    } else {
                        BlockKind::Finally
                    },
                    handler: arg as usize,
                    level: frame.stack.len(),
                });
            }
            Op::PopBlock if !self.blocks.is_empty() => {
                self.blocks.pop();
            }
            other => return Err(Abort::Unsupported(other.name())),
        }
        Ok(())
    }

    /// `enumerate(seq[, start])` or `zip(seq, ...)` over built-in lists,
    /// tuples, ranges, strs and iterators: a `CallNative` of the class
    /// (making the iterator runs no Python code; stepping it is checked at
    /// each `ForIter`), after guarding each argument's class.
    fn native_iterator_call(
        &mut self,
        vm: &Vm,
        frame: &Frame,
        pc: usize,
        f: &Value,
        t: &crate::runtime::object::TypeRef,
        args: &[Ref],
    ) -> R<()> {
        let is_builtin = |name: &str| {
            vm.dict_get_str(&frame.builtins, name)
                .is_some_and(|b| b.is(f))
        };
        let now = args_now(frame, args.len());
        let seq = |v: &Value| {
            matches!(v, Value::Obj(o) if o.class.builtin
                && matches!(o.payload, Payload::List(_) | Payload::Tuple(_)
                    | Payload::Range { .. } | Payload::Str(_) | Payload::Iter(_)))
        };
        let ok = match &*t.name() {
            "enumerate" => {
                is_builtin("enumerate")
                    && (now.len() == 1 || now.len() == 2 && matches!(now[1], Value::Int(_)))
                    && seq(&now[0])
            }
            _ => is_builtin("zip") && (1..=3).contains(&now.len()) && now.iter().all(seq),
        };
        if !ok {
            return Err(Abort::Unsupported("class call"));
        }
        for (r, v) in args.iter().zip(&now) {
            if let Value::Obj(o) = v {
                let class = o.class.clone();
                self.guard_class(*r, &class, pc);
            }
        }
        let callee = self.konst(Konst::Obj(f.clone()));
        let r = self.result_typed_call(IrOp::CallNative, callee, args, pc, "native iterator");
        self.stack.truncate(self.stack.len() - args.len() - 1);
        self.push(r);
        Ok(())
    }

    /// A call op (`CallNative`, `CallPy`) of `callee` with `args` packed in
    /// its `imm`; the result's type is known once the interpreter has made
    /// the call: `step` fills it in before the next instruction.
    fn result_typed_call(
        &mut self,
        op: IrOp,
        callee: Ref,
        args: &[Ref],
        pc: usize,
        why: &'static str,
    ) -> Ref {
        let start = self.trace.args.len();
        self.trace.args.extend(args.iter().copied());
        let imm = super::ir::pack_seq_args(start, args.len(), 0);
        let r = self.guard_full(op, Ty::Nil, [callee, Ref::NONE, Ref::NONE], imm, pc, why);
        self.patch_result = Some(r);
        r
    }

    /// A call of a Python function that cannot be inlined (recursion, too
    /// deep, a shape the recorder does not bind): `CallPy` runs it in the
    /// interpreter. Python code runs there, so what the optimizer knew about
    /// guarded values is forgotten (a class could be reassigned), and the
    /// call re-checks the trace's globals when it returns.
    fn opaque_call(
        &mut self,
        frame: &Frame,
        pc: usize,
        callee: Ref,
        args: Vec<Ref>,
        operands: usize,
    ) -> R<()> {
        self.opaque_call_kw(frame, pc, callee, args, operands, Ref::NONE)
    }

    /// `opaque_call` where the last arguments are keywords named by the
    /// constant tuple `names` (`CallKw`), or NONE.
    fn opaque_call_kw(
        &mut self,
        frame: &Frame,
        pc: usize,
        callee: Ref,
        args: Vec<Ref>,
        operands: usize,
        names: Ref,
    ) -> R<()> {
        if !matches!(
            self.cur_code.instrs.get(pc).map(|i| i.op),
            Some(Op::CallFunction | Op::CallMethod | Op::CallKw)
        ) || !matches!(self.trace.ty(callee), Ty::Obj | Ty::Cls)
            || args.len() > 0xffff
        {
            return Err(Abort::Unsupported("call of this function shape"));
        }
        let r = self.result_typed_call(IrOp::CallPy, callee, &args, pc, super::OPAQUE_CALL);
        self.trace.ins[r.index()].b = names;
        self.start_opaque(frame, pc);
        self.stack.truncate(self.stack.len() - operands);
        self.push(r);
        Ok(())
    }

    /// May a `yield` here end the trace's path (`YieldExit`)? Only in the
    /// loop's own frame of a plain generator, outside sub-loops.
    fn yield_exit_ok(&self) -> bool {
        use crate::frontend::bytecode::code_flags as cf;
        self.parents.is_empty()
            && self.subs.is_empty()
            && self.cur_code.flags & cf::GENERATOR != 0
            && self.cur_code.flags & (cf::COROUTINE | cf::ASYNC_GENERATOR) == 0
    }

    /// When `ForIter` at `pc` heads the innermost sub-loop, its iterator
    /// guard `r`'s "exhausted" outcome ends that sub-loop.
    fn link_subloop_exit(&mut self, pc: usize, r: Ref) {
        if let Some(sub) = self.subs.last() {
            if sub.header == pc && sub.depth == self.parents.len() {
                let start = sub.start.index();
                self.trace.ins[start].a = r;
            }
        }
    }

    /// The instruction at `pc` runs Python code the recorder does not follow
    /// (`CallPy`, `OperatorPy`, `GenNext`): what the folder knew may no longer
    /// hold, and recording resumes when this frame reaches `pc + 1`.
    fn start_opaque(&mut self, frame: &Frame, pc: usize) {
        self.folder = Folder::default();
        for s in &mut self.subs {
            s.folder = Folder::default();
        }
        self.opaque = Some((frame as *const Frame as usize, pc + 1));
        self.opaque_steps = 0;
    }

    /// `ForIter` over a generator: `GenNext` resumes it through the runtime
    /// (its code is not recorded); Python code runs, so the folder forgets
    /// what it knew. An exhausted generator ends the (sub-)loop like any
    /// iterator.
    fn generator_next(&mut self, frame: &Frame, pc: usize, it: Ref, inner: bool) -> R<()> {
        // The generator must have a value now (the path being recorded).
        let Some(Value::Obj(o)) = frame.stack.last() else {
            return Err(Abort::Unsupported("ForIter"));
        };
        let running = match &o.payload {
            Payload::Generator(g) => g.try_borrow().map(|g| g.frame.is_none()).unwrap_or(true),
            _ => true,
        };
        if running {
            // Finished (or running): nothing to record.
            return Err(if inner {
                Abort::InnerLoop
            } else {
                Abort::LeftLoop
            });
        }
        let r = self.guard_full(
            IrOp::GenNext,
            Ty::Nil,
            [it, Ref::NONE, Ref::NONE],
            0,
            pc,
            "loop end",
        );
        self.link_subloop_exit(pc, r);
        self.patch_result = Some(r);
        self.start_opaque(frame, pc);
        self.push(r);
        Ok(())
    }

    /// `name` on a Python class that is a trace constant (a global class),
    /// found in its namespace as a plain function or a plain value; None for
    /// anything a metaclass or descriptor could change.
    fn class_attribute(
        &self,
        obj: Ref,
        actual: &Value,
        name: &str,
    ) -> Option<(crate::runtime::object::TypeRef, Value)> {
        let Some(Konst::Obj(Value::Type(t))) = self.trace.konst(obj) else {
            return None;
        };
        let Value::Type(now) = actual else {
            return None;
        };
        if !Rc::ptr_eq(t, now) || t.builtin || t.metaclass.borrow().is_some() {
            return None;
        }
        let v = crate::runtime::attr::lookup_type(t, name)?;
        let plain = plain_class_value(&v) || matches!(v.payload(), Some(Payload::Function(_)));
        plain.then(|| (t.clone(), v))
    }

    /// An operator the recorder does not specialise (`frozenset | set`, a
    /// dunder too deep to inline …): `OperatorPy` does it through the
    /// runtime, with `CallPy`'s rules (Python code may run).
    fn opaque_operator(&mut self, frame: &Frame, pc: usize, op: Op, arg: u32) -> R<()> {
        let b = self.peek(frame, 0);
        let a = self.peek(frame, 1);
        let code = self.konst(Konst::Int((op as i64) << 8 | arg as i64));
        let r =
            self.result_typed_call(IrOp::OperatorPy, Ref::NONE, &[a, b], pc, super::OPAQUE_CALL);
        self.trace.ins[r.index()].c = code;
        self.start_opaque(frame, pc);
        self.stack.truncate(self.stack.len() - 2);
        self.push(r);
        Ok(())
    }

    /// A call with keyword arguments (`CallKw`): to a Python function (a
    /// constant or guarded as in `call_computed`) or a class with a Python
    /// `__init__`, the keywords matched to parameters when recording.
    fn call_kw(&mut self, vm: &Vm, frame: &Frame, pc: usize, total: usize) -> R<()> {
        // Stack: [callable, positional..., keyword values..., names].
        let names_ref = self.peek(frame, 0);
        let names: Vec<String> = match self.trace.konst(names_ref) {
            Some(Konst::Obj(Value::Obj(o))) => match &o.payload {
                Payload::Tuple(t) => t
                    .iter()
                    .map(|v| v.as_str().map(str::to_string))
                    .collect::<Option<Vec<String>>>()
                    .ok_or(Abort::Unsupported("CallKw"))?,
                _ => return Err(Abort::Unsupported("CallKw")),
            },
            _ => return Err(Abort::Unsupported("CallKw")),
        };
        let vals: Vec<Ref> = (1..=total).rev().map(|k| self.peek(frame, k)).collect();
        let callee = self.peek(frame, total + 1);
        let npos = total - names.len();
        let pos = vals[..npos].to_vec();
        let kw: Vec<(String, Ref)> = names
            .into_iter()
            .zip(vals[npos..].iter().copied())
            .collect();
        let operands = total + 2;
        let now = frame.stack[frame.stack.len() - 2 - total].clone();
        let (f, guarded) = match self.trace.konst(callee).cloned() {
            Some(Konst::Obj(f)) => (f, None),
            _ => {
                let Value::Obj(o) = &now else {
                    return Err(Abort::UnsupportedTypes(
                        "call of a computed callable".into(),
                    ));
                };
                let Payload::Function(func) = &o.payload else {
                    return Err(Abort::UnsupportedTypes(
                        "call of a computed callable".into(),
                    ));
                };
                if self.trace.ty(callee) != Ty::Obj || !func.closure.is_empty() {
                    return Err(Abort::UnsupportedTypes(
                        "call of a computed callable".into(),
                    ));
                }
                self.guard_func(callee, func, pc);
                (now.clone(), Some(callee))
            }
        };
        let inlined = match &f {
            Value::Obj(o) => match &o.payload {
                Payload::Function(func) => self
                    .bind_keywords(&f, func, guarded, pos, &kw, pc)
                    .and_then(|args| self.inline_call(vm, pc, &f, func, args, operands, guarded)),
                Payload::Builtin(_) if !reads_frame(&f) => Err(Abort::InlineTooDeep),
                _ => Err(Abort::Unsupported("keyword call of this callable")),
            },
            Value::Type(t) if !t.builtin => {
                let t = t.clone();
                self.instantiate(vm, pc, &t, pos, kw, operands)
            }
            Value::Type(_) if !reads_frame(&f) => Err(Abort::InlineTooDeep),
            _ => Err(Abort::Unsupported("keyword call of this callable")),
        };
        match inlined {
            // Not inlinable: through the runtime, keywords and all.
            Err(Abort::Recursion | Abort::InlineTooDeep)
            | Err(Abort::Unsupported("call of this function shape")) => {
                self.opaque_call_kw(frame, pc, callee, vals, operands, names_ref)
            }
            r => r,
        }
    }

    /// The parameters of a call of `func` with positional `pos` and keyword
    /// `kw` arguments, in order, defaults read with `FuncDefault` (from the
    /// callee `callee`, or the constant `f`). Aborts where the interpreter
    /// would raise or the function takes keyword-only/variable arguments.
    fn bind_keywords(
        &mut self,
        f: &Value,
        func: &crate::runtime::object::PyFunction,
        callee: Option<Ref>,
        pos: Vec<Ref>,
        kw: &[(String, Ref)],
        pc: usize,
    ) -> R<Vec<Ref>> {
        use crate::frontend::bytecode::code_flags as cf;
        let code = func.code.clone();
        let odd =
            cf::VARARGS | cf::VARKEYWORDS | cf::GENERATOR | cf::COROUTINE | cf::ASYNC_GENERATOR;
        let n = code.argcount;
        if code.kwonlyargcount != 0 || code.flags & odd != 0 || pos.len() > n {
            return Err(Abort::Unsupported("call of this function shape"));
        }
        let mut params: Vec<Option<Ref>> = vec![None; n];
        for (i, r) in pos.into_iter().enumerate() {
            params[i] = Some(r);
        }
        for (name, r) in kw {
            let idx = (code.posonlyargcount..n)
                .find(|&i| &*code.varnames[i] == name.as_str())
                .ok_or(Abort::ExceptionRaised)?;
            if params[idx].replace(*r).is_some() {
                return Err(Abort::ExceptionRaised);
            }
        }
        let defaults: Vec<Value> = func.defaults.borrow().clone();
        let first = n.saturating_sub(defaults.len());
        let mut out = Vec::with_capacity(n);
        for (idx, p) in params.into_iter().enumerate() {
            match p {
                Some(r) => out.push(r),
                None if idx >= first => {
                    let fr = callee.unwrap_or_else(|| self.konst(Konst::Obj(f.clone())));
                    let r = self.func_default(fr, idx - first, &defaults[idx - first], pc);
                    out.push(r);
                }
                None => return Err(Abort::ExceptionRaised),
            }
        }
        Ok(out)
    }

    /// A call of a Python function that is not a trace constant (a local
    /// `def`, a function stored in a variable or attribute): guarded to be a
    /// function with the same code and globals as now, then inlined.
    #[allow(clippy::too_many_arguments)]
    fn call_computed(
        &mut self,
        vm: &Vm,
        frame: &Frame,
        pc: usize,
        callee: Ref,
        args: Vec<Ref>,
        total: usize,
        method: bool,
    ) -> R<()> {
        let now = &frame.stack[frame.stack.len() - 1 - total];
        let func = match now {
            Value::Obj(o) if !method && self.trace.ty(callee) == Ty::Obj => match &o.payload {
                Payload::Function(func) if func.closure.is_empty() => func,
                Payload::Function(func) => {
                    // A closure over the loop frame's cells, made in this
                    // trace (a comprehension): inlined, its free variables
                    // read from those cells. Any other: run by the interpreter.
                    let cells = self.closure_cells(callee);
                    let f = now.clone();
                    match cells {
                        Some(cells) if cells.len() == func.closure.len() => {
                            self.next_call_cells = Some(cells);
                            return match self.inline_call(
                                vm,
                                pc,
                                &f,
                                func,
                                args.clone(),
                                total + 1,
                                Some(callee),
                            ) {
                                Err(Abort::Recursion | Abort::InlineTooDeep)
                                | Err(Abort::Unsupported("call of this function shape")) => {
                                    self.opaque_call(frame, pc, callee, args, total + 1)
                                }
                                r => r,
                            };
                        }
                        _ => return self.opaque_call(frame, pc, callee, args, total + 1),
                    }
                }
                _ => None
                    .ok_or_else(|| Abort::UnsupportedTypes("call of a computed callable".into()))?,
            },
            _ => {
                return Err(Abort::UnsupportedTypes(
                    "call of a computed callable".into(),
                ))
            }
        };
        self.guard_func(callee, func, pc);
        let f = now.clone();
        match self.inline_call(vm, pc, &f, func, args.clone(), total + 1, Some(callee)) {
            Err(Abort::Recursion | Abort::InlineTooDeep)
            | Err(Abort::Unsupported("call of this function shape")) => {
                self.opaque_call(frame, pc, callee, args, total + 1)
            }
            r => r,
        }
    }

    /// Default `d` of function `callee`, now `now`: read when the call is
    /// made (`__defaults__` may be reassigned), typed as it is now.
    fn func_default(&mut self, callee: Ref, d: usize, now: &Value, pc: usize) -> Ref {
        let ty = Ty::of(now);
        self.guard_full(
            IrOp::FuncDefault,
            ty,
            [callee, Ref::NONE, Ref::NONE],
            d as i64 | (ty.tag() as i64) << 32,
            pc,
            "default argument",
        )
    }

    /// Guard that `callee` is still a function like `func` (same code and
    /// globals, no closure): what inlining it relies on.
    fn guard_func(&mut self, callee: Ref, func: &crate::runtime::object::PyFunction, pc: usize) {
        let code = self.konst(Konst::Int(Rc::as_ptr(&func.code) as i64));
        let globals = self.konst(Konst::Obj(Value::Obj(func.globals.clone())));
        self.guard_full(
            IrOp::GuardFunc,
            Ty::Nil,
            [callee, code, globals],
            0,
            pc,
            "callee changed",
        );
    }

    /// Assume `d[name]` stays `value` (checked at trace entry).
    fn dep(&mut self, d: &crate::runtime::object::ObjRef, name: &str, value: Option<Value>) {
        if let Payload::Dict(dd) = &d.payload {
            let v = dd.borrow().version;
            if !self
                .trace
                .deps
                .iter()
                .any(|x| Rc::ptr_eq(&x.dict, d) && x.key == name)
            {
                self.trace.deps.push(super::ir::Dep {
                    dict: d.clone(),
                    key: name.to_string(),
                    value,
                    version: std::cell::Cell::new(v),
                });
            }
        }
    }

    /// A global's (or module attribute's) value as a trace constant.
    fn global_const(&mut self, v: Value) -> R<Ref> {
        Ok(match v {
            Value::Int(i) => self.konst(Konst::Int(i)),
            Value::Float(f) => self.konst(Konst::Float(f)),
            Value::Bool(b) => self.konst(Konst::Bool(b)),
            Value::None => self.konst(Konst::Nil),
            Value::Obj(o)
                if !o.class.builtin
                    && (o.weakly_referenced.get()
                        || crate::runtime::attr::type_flags(&o.class)
                            & crate::runtime::attr::type_flag::HAS_DEL
                            != 0) =>
            {
                // Holding this object would delay its `__del__` or the death
                // its weak references report (the trace keeps its constants).
                return Err(Abort::UnsupportedTypes(format!(
                    "global instance of {}",
                    o.class.name()
                )));
            }
            v => self.konst(Konst::Obj(v)),
        })
    }

    /// A call: builtins with a machine-level equivalent become IR ops.
    fn call(&mut self, vm: &Vm, frame: &Frame, pc: usize, nargs: usize, method: bool) -> R<()> {
        // Stack: [callable, (self or NULL if method), args...]
        let total = nargs + method as usize;
        let callee = self.peek(frame, total);
        let mut args: Vec<Ref> = (0..nargs).rev().map(|k| self.peek(frame, k)).collect();
        if method {
            let this = self.peek(frame, nargs);
            let is_null =
                matches!(self.trace.konst(this), Some(Konst::Obj(v)) if v.is(&vm.null_marker));
            if !is_null {
                args.insert(0, this);
            }
        }
        let Some(Konst::Obj(f)) = self.trace.konst(callee).cloned() else {
            return self.call_computed(vm, frame, pc, callee, args, total, method);
        };
        let name = match &f {
            Value::Obj(o) => match &o.payload {
                Payload::Builtin(b) if b.bound_self.is_none() => b.name,
                Payload::Function(func) => {
                    return match self.inline_call(vm, pc, &f, func, args.clone(), total + 1, None) {
                        Err(Abort::Recursion | Abort::InlineTooDeep)
                        | Err(Abort::Unsupported("call of this function shape")) => {
                            self.opaque_call(frame, pc, callee, args, total + 1)
                        }
                        r => r,
                    };
                }
                Payload::Builtin(_) => {
                    return self.opaque_builtin(frame, pc, &f, callee, args, total)
                }
                _ => return Err(Abort::Unsupported("call of this callable")),
            },
            Value::Type(t) if t.builtin => match &*t.name() {
                "float" => "float",
                "int" => "int",
                "range" => "range",
                "enumerate" | "zip" if !method => {
                    let t = t.clone();
                    return self.native_iterator_call(vm, frame, pc, &f, &t, &args);
                }
                _ => return self.opaque_builtin(frame, pc, &f, callee, args, total),
            },
            Value::Type(t) => {
                let t = t.clone();
                return match self.instantiate(vm, pc, &t, args.clone(), Vec::new(), total + 1) {
                    Err(Abort::Recursion | Abort::InlineTooDeep)
                    | Err(Abort::Unsupported("call of this function shape")) => {
                        self.opaque_call(frame, pc, callee, args, total + 1)
                    }
                    r => r,
                };
            }
            _ => return Err(Abort::Unsupported("call of this callable")),
        };
        let pure_builtin = !method
            && matches!(name, "ord" | "chr")
            && vm
                .dict_get_str(&frame.builtins, name)
                .is_some_and(|b| b.is(&f))
            && args_now(frame, nargs).iter().all(|v| match v {
                Value::Int(_) => name == "chr",
                v => name == "ord" && is_exact_str(v),
            });
        if pure_builtin || method && native_str_call(vm, &f, &args_now(frame, nargs + 1)) {
            let callee = self.konst(Konst::Obj(f.clone()));
            let r = self.result_typed_call(IrOp::CallNative, callee, &args, pc, "str method");
            self.stack.truncate(self.stack.len() - total - 1);
            self.push(r);
            return Ok(());
        }
        let builtin = |n: &str| {
            vm.dict_get_str(&frame.builtins, n)
                .is_some_and(|b| b.is(&f))
        };
        let math = |n: &str| {
            vm.dict_get_str(&vm.sys_modules, "math")
                .and_then(|m| m.as_obj().and_then(|m| m.dict.get().cloned()))
                .and_then(|d| vm.dict_get_str(&d, n))
                .is_some_and(|b| b.is(&f))
        };
        let tys: Vec<Ty> = args.iter().map(|a| self.trace.ty(*a)).collect();
        let isint = |t: Ty| matches!(t, Ty::I64 | Ty::Bool);
        let r = match (name, args.len()) {
            ("range", 1..=3) if builtin("range") && tys.iter().all(|t| *t == Ty::I64) => {
                let zero = self.konst(Konst::Int(0));
                let one = self.konst(Konst::Int(1));
                let (a, b, c) = match args.len() {
                    1 => (zero, args[0], one),
                    2 => (args[0], args[1], one),
                    _ => (args[0], args[1], args[2]),
                };
                self.guard_full(IrOp::NewRange, Ty::Obj, [a, b, c], 0, pc, "range")
            }
            ("len", 1) if builtin("len") && tys[0] == Ty::Obj => {
                self.guard(IrOp::Len, Ty::I64, args[0], Ref::NONE, pc, "len")
            }
            ("abs", 1) if builtin("abs") && isint(tys[0]) => {
                let x = self.as_int(args[0]).unwrap();
                self.guard(IrOp::IAbs, Ty::I64, x, Ref::NONE, pc, "int overflow")
            }
            ("abs", 1) if builtin("abs") && tys[0] == Ty::F64 => {
                self.pure(IrOp::FAbs, Ty::F64, args[0], Ref::NONE)
            }
            ("min" | "max", 2) if builtin(name) && isint(tys[0]) && isint(tys[1]) => {
                let x = self.as_int(args[0]).unwrap();
                let y = self.as_int(args[1]).unwrap();
                let op = if name == "min" {
                    IrOp::IMin
                } else {
                    IrOp::IMax
                };
                self.pure(op, Ty::I64, x, y)
            }
            ("min" | "max", 2) if builtin(name) && tys[0] == Ty::F64 && tys[1] == Ty::F64 => {
                let op = if name == "min" {
                    IrOp::FMin
                } else {
                    IrOp::FMax
                };
                self.pure(op, Ty::F64, args[0], args[1])
            }
            ("float", 1) if builtin("float") && (isint(tys[0]) || tys[0] == Ty::F64) => {
                self.as_float(args[0]).unwrap()
            }
            ("int", 1) if builtin("int") && tys[0] == Ty::I64 => args[0],
            ("int", 1) if builtin("int") && tys[0] == Ty::F64 => {
                self.guard(IrOp::FToI, Ty::I64, args[0], Ref::NONE, pc, "float to int")
            }
            ("sqrt", 1) if (isint(tys[0]) || tys[0] == Ty::F64) && math("sqrt") => {
                let x = self.as_float(args[0]).unwrap();
                self.guard(IrOp::FSqrt, Ty::F64, x, Ref::NONE, pc, "math domain")
            }
            ("fabs", 1) if (isint(tys[0]) || tys[0] == Ty::F64) && math("fabs") => {
                let x = self.as_float(args[0]).unwrap();
                self.pure(IrOp::FAbs, Ty::F64, x, Ref::NONE)
            }
            (_, 1 | 2)
                if math(name)
                    && tys.iter().all(|t| isint(*t) || *t == Ty::F64)
                    && math_returns_float(vm, &f, frame, &args_now(frame, nargs)) =>
            {
                let x = self.as_float(args[0]).unwrap();
                let y = match args.get(1) {
                    Some(a) => self.as_float(*a).unwrap(),
                    None => Ref::NONE,
                };
                self.guard_full(IrOp::CallMath, Ty::F64, [callee, x, y], 0, pc, "math call")
            }
            ("get", 2 | 3)
                if method
                    && tys[0] == Ty::Obj
                    && is_builtin_dict(&frame.stack[frame.stack.len() - nargs - 1])
                    && native_key(&frame.stack[frame.stack.len() - nargs]) =>
            {
                // `dict.get(key[, default])` (only loaded from builtin dicts):
                // the stack is [get, dict, key, (default)].
                let n = frame.stack.len();
                let d = &frame.stack[n - nargs - 1];
                let key = &frame.stack[n - nargs];
                let default = if nargs == 2 {
                    frame.stack[n - 1].clone()
                } else {
                    Value::None
                };
                let v = native_dict_value(vm, d, key).unwrap_or(default);
                let ty = Ty::of(&v);
                let dflt = if args.len() == 3 {
                    args[2]
                } else {
                    self.konst(Konst::Nil)
                };
                self.guard_full(
                    IrOp::DictGetOr,
                    ty,
                    [args[0], args[1], dflt],
                    ty.tag() as i64,
                    pc,
                    "dict get",
                )
            }
            ("isinstance", 2)
                if builtin("isinstance")
                    && matches!(tys[0], Ty::I64 | Ty::F64 | Ty::Bool | Ty::Nil)
                    && matches!(self.trace.konst(args[1]), Some(Konst::Obj(Value::Type(t))) if t.builtin) =>
            {
                // A scalar's type is fixed by the trace's types, so is the answer.
                let a = args_now(frame, 2);
                match vm.call(&f, a) {
                    Ok(Value::Bool(b)) => self.konst(Konst::Bool(b)),
                    _ => return Err(Abort::Unsupported("isinstance")),
                }
            }
            ("add", 2)
                if method
                    && tys[0] == Ty::Obj
                    && is_builtin_set(&frame.stack[frame.stack.len() - 2])
                    && native_key(&frame.stack[frame.stack.len() - 1]) =>
            {
                // `set.add` (the recorder only loads it from builtin sets).
                self.guard(IrOp::SetAddItem, Ty::Nil, args[0], args[1], pc, "set add");
                self.konst(Konst::Nil)
            }
            ("append", 2) if method && tys[0] == Ty::Obj => {
                self.guard(IrOp::ListAppend, Ty::Nil, args[0], args[1], pc, "append");
                self.konst(Konst::Nil)
            }
            _ => return self.opaque_builtin(frame, pc, &f, callee, args, total),
        };
        self.stack.truncate(self.stack.len() - total - 1);
        self.push(r);
        Ok(())
    }

    /// A built-in function, method or class with no IR op of its own: called
    /// through `CallPy` (it may run Python code: `sorted(key=...)`,
    /// `str(obj)`), except the built-ins that read the caller's frame
    /// (`locals()`, `eval`, zero-argument `super()` …), which see a frame the
    /// trace has not written back.
    fn opaque_builtin(
        &mut self,
        frame: &Frame,
        pc: usize,
        f: &Value,
        callee: Ref,
        args: Vec<Ref>,
        total: usize,
    ) -> R<()> {
        if reads_frame(f) {
            return Err(Abort::Unsupported(
                "call of a built-in that reads the frame",
            ));
        }
        self.opaque_call(frame, pc, callee, args, total + 1)
    }

    /// Guard that object `obj` has class `t` at its current version (its
    /// attribute lookups resolve as recorded).
    fn guard_class(&mut self, obj: Ref, t: &crate::runtime::object::TypeRef, pc: usize) {
        let cls = self.konst(Konst::Obj(Value::Type(t.clone())));
        self.guard_full(
            IrOp::GuardClass,
            Ty::Nil,
            [obj, cls, Ref::NONE],
            t.version.get() as i64,
            pc,
            "class changed",
        );
    }

    /// `obj.name` / `obj.name(...)` on an instance of a Python class.
    #[allow(clippy::too_many_arguments)]
    fn instance_attr(
        &mut self,
        vm: &Vm,
        _frame: &Frame,
        pc: usize,
        op: Op,
        obj: Ref,
        actual: &Value,
        arg: u32,
    ) -> R<()> {
        use crate::runtime::attr::type_flag::*;
        let name_v = self.cur_code.names[arg as usize].clone();
        let name = name_v.as_str().unwrap_or("").to_string();
        let unsupported =
            || Abort::UnsupportedTypes(format!("attribute {name} of {}", type_name(actual)));
        let Some(o) = python_instance(actual) else {
            return Err(unsupported());
        };
        let t = o.class.clone();
        if crate::runtime::attr::type_flags(&t) & (CUSTOM_GETATTRIBUTE | HAS_GETATTR) != 0 {
            return Err(unsupported());
        }
        let Some(dict) = o.dict.get() else {
            return Err(unsupported());
        };
        let in_dict = vm.dict_get_str(dict, &name);
        self.guard_class(obj, &t, pc);
        let nk = self.konst(Konst::Obj(name_v));
        let in_type = crate::runtime::attr::lookup_type(&t, &name);
        let null = self.konst(Konst::Obj(vm.null_marker.clone()));
        match (in_type, in_dict) {
            (None, Some(v)) => {
                let ty = Ty::of(&v);
                let r = self.guard_full(
                    IrOp::GetAttr,
                    ty,
                    [obj, nk, Ref::NONE],
                    ty.tag() as i64,
                    pc,
                    "attribute",
                );
                self.stack.pop();
                self.push(r);
                if op == Op::LoadMethod {
                    self.push(null);
                }
            }
            (Some(d), None) => {
                // A Python function, or a native type's method (`random.Random`
                // inherits `random` from `_random.Random`): both take the
                // instance as their first argument.
                let is_func = matches!(d.payload(), Some(Payload::Function(_)))
                    || matches!(d.payload(), Some(Payload::Builtin(b))
                        if b.owner.is_some() && b.bound_self.is_none());
                if !(plain_class_value(&d) || is_func && op == Op::LoadMethod) {
                    return Err(unsupported());
                }
                self.guard_full(
                    IrOp::CheckNoAttr,
                    Ty::Nil,
                    [obj, nk, Ref::NONE],
                    0,
                    pc,
                    "attribute shadowed",
                );
                let r = self.global_const(d)?;
                self.stack.pop();
                self.push(r);
                if op == Op::LoadMethod {
                    if is_func {
                        self.push(obj);
                    } else {
                        self.push(null);
                    }
                }
            }
            _ => return Err(unsupported()),
        }
        Ok(())
    }

    /// `a <op> b` where an operand is a Python instance: the dunder method
    /// tier 1 would call first is inlined (it must not return NotImplemented).
    fn dunder_binary(
        &mut self,
        vm: &Vm,
        frame: &Frame,
        pc: usize,
        kind: BinOpKind,
        inplace: bool,
    ) -> R<()> {
        use crate::runtime::attr::lookup_type;
        let n = frame.stack.len();
        let (va, vb) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
        let b = self.peek(frame, 0);
        let a = self.peek(frame, 1);
        let (d, rd, id) = kind.dunders();
        let unsupported = || {
            Abort::UnsupportedTypes(format!(
                "{} {} {}",
                type_name(&va),
                kind.symbol(),
                type_name(&vb)
            ))
        };
        let scalar = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
        let (ta, tb) = (vm.type_of(&va), vm.type_of(&vb));
        // (method, self ref, other ref)
        let choice = if let (Some(_), true) = (python_instance(&va), inplace) {
            lookup_type(&ta, id).map(|f| (f, a, b))
        } else {
            None
        };
        let choice = match choice {
            Some(c) => c,
            None => {
                let same = Rc::ptr_eq(&ta, &tb);
                let reflected_first = !same && tb.is_subtype(&ta) && lookup_type(&tb, rd).is_some();
                if python_instance(&va).is_some() && !reflected_first {
                    match lookup_type(&ta, d) {
                        Some(f) => (f, a, b),
                        None => return Err(unsupported()),
                    }
                } else if python_instance(&vb).is_some() && scalar(&va) && !reflected_first {
                    // The scalar's own method returns NotImplemented (no effect).
                    match lookup_type(&tb, rd) {
                        Some(f) => (f, b, a),
                        None => return Err(unsupported()),
                    }
                } else {
                    return Err(unsupported());
                }
            }
        };
        let (f, this, other) = choice;
        let Some(Payload::Function(func)) = f.payload() else {
            return Err(unsupported());
        };
        for (r, v) in [(a, &va), (b, &vb)] {
            if let Some(o) = python_instance(v) {
                if crate::runtime::attr::type_flags(&o.class)
                    & crate::runtime::attr::type_flag::CUSTOM_GETATTRIBUTE
                    != 0
                {
                    return Err(unsupported());
                }
                let t = o.class.clone();
                self.guard_class(r, &t, pc);
            } else if !scalar(v) {
                return Err(unsupported());
            }
        }
        let fv = f.clone();
        self.inline_call(vm, pc, &fv, func, vec![this, other], 2, None)
    }

    /// `Class(args)` for a Python class with object's `__new__`: a new
    /// object, then its `__init__` inlined with the object as the result.
    fn instantiate(
        &mut self,
        vm: &Vm,
        pc: usize,
        t: &crate::runtime::object::TypeRef,
        args: Vec<Ref>,
        kw: Vec<(String, Ref)>,
        operands: usize,
    ) -> R<()> {
        use crate::runtime::attr::type_flag::*;
        let flags = crate::runtime::attr::type_flags(t);
        if t.builtin
            || t.kind != crate::runtime::object::BaseKind::Object
            || t.metaclass.borrow().is_some()
            || flags & (OVERRIDES_NEW | HAS_DEL) != 0
        {
            return Err(Abort::Unsupported("class call"));
        }
        let cls = self.konst(Konst::Obj(Value::Type(t.clone())));
        let obj = self.emit(IrOp::NewObj, Ty::Obj, cls, Ref::NONE, 0);
        if flags & OVERRIDES_INIT == 0 {
            if !args.is_empty() || !kw.is_empty() {
                return Err(Abort::ExceptionRaised);
            }
            self.stack.truncate(self.stack.len() - operands);
            self.push(obj);
            return Ok(());
        }
        let Some(init) = crate::runtime::attr::lookup_type(t, "__init__") else {
            return Err(Abort::Unsupported("class call"));
        };
        let Some(Payload::Function(func)) = init.payload() else {
            return Err(Abort::Unsupported("class call with a native __init__"));
        };
        let mut all = vec![obj];
        all.extend(args);
        if !kw.is_empty() {
            all = self.bind_keywords(&init, func, None, all, &kw, pc)?;
        }
        if let Err(e) = self.inline_call(vm, pc, &init, func, all, operands, None) {
            // Not inlinable: the new object is not needed (the caller may
            // call the class through the runtime instead).
            if obj.index() + 1 == self.trace.ins.len() {
                self.trace.ins.pop();
            }
            return Err(e);
        }
        if let Some(p) = &mut self.pending_call {
            p.result = Some(obj);
        }
        Ok(())
    }

    /// Start inlining a call to a Python function: the callee's first
    /// instruction is the next one the interpreter runs. `callee` is the
    /// function's trace value when it is not the constant `f`.
    #[allow(clippy::too_many_arguments)]
    fn inline_call(
        &mut self,
        vm: &Vm,
        pc: usize,
        f: &Value,
        func: &crate::runtime::object::PyFunction,
        mut args: Vec<Ref>,
        operands: usize,
        callee: Option<Ref>,
    ) -> R<()> {
        use crate::frontend::bytecode::code_flags as cf;
        let cells = self.next_call_cells.take().unwrap_or_default();
        let code = func.code.clone();
        let odd =
            cf::VARARGS | cf::VARKEYWORDS | cf::GENERATOR | cf::COROUTINE | cf::ASYNC_GENERATOR;
        let ndefaults = func.defaults.borrow().len();
        // Everything that makes the call not inlinable is checked before any
        // instruction is emitted (the caller may fall back to `CallPy`).
        if args.len() > code.argcount
            || args.len() + ndefaults < code.argcount
            || code.kwonlyargcount != 0
            || code.flags & odd != 0
            || !code.cellvars.is_empty()
            || code.freevars.len() != cells.len()
        {
            return Err(Abort::Unsupported("call of this function shape"));
        }
        if self.parents.len() >= MAX_INLINE_DEPTH {
            return Err(Abort::InlineTooDeep);
        }
        if Rc::ptr_eq(&code, &self.cur_code)
            || self.parents.iter().any(|p| Rc::ptr_eq(&p.code, &code))
        {
            return Err(Abort::Recursion);
        }
        if vm.depth.get() + MAX_INLINE_DEPTH + 2 > vm.recursion_limit.get() {
            return Err(Abort::Recursion);
        }
        if args.len() < code.argcount {
            // Missing arguments come from the defaults, read when the call
            // is made (`__defaults__` may be reassigned).
            let callee = callee.unwrap_or_else(|| self.konst(Konst::Obj(f.clone())));
            let first = code.argcount - ndefaults;
            let defaults: Vec<Value> = func.defaults.borrow().clone();
            for k in args.len()..code.argcount {
                let r = self.func_default(callee, k - first, &defaults[k - first], pc);
                args.push(r);
            }
        }
        self.pending_call = Some(PendingCall {
            func: f.clone(),
            code,
            args,
            operands,
            call_pc: pc,
            result: None,
            cells,
        });
        Ok(())
    }

    /// The loop frame's cell that the current frame's cell `arg` is (the
    /// same one in the loop's frame; in an inlined closure, by its map).
    fn root_cell(&self, arg: u32) -> Option<u32> {
        if self.parents.is_empty() {
            Some(arg)
        } else {
            self.cur_cells.get(arg as usize).copied()
        }
    }

    /// For `callee` made in this trace by `MakeFunc` with a closure of the
    /// loop frame's own cells (`CellObj`s in a tuple): those cells' indices.
    fn closure_cells(&self, callee: Ref) -> Option<Vec<u32>> {
        if callee.is_const() || callee == Ref::NONE {
            return None;
        }
        let mf = self.trace.ins[callee.index()];
        if mf.op != IrOp::MakeFunc || mf.c == Ref::NONE || mf.c.is_const() {
            return None;
        }
        let tuple = self.trace.ins[mf.c.index()];
        let (start, n, kind) = super::ir::seq_args(tuple.imm);
        if tuple.op != IrOp::BuildSeq || kind != 2 {
            return None;
        }
        self.trace.args[start..start + n]
            .iter()
            .map(|&r| {
                let i = (!r.is_const()).then(|| self.trace.ins[r.index()])?;
                (i.op == IrOp::CellObj).then_some(i.imm as u32)
            })
            .collect()
    }

    /// The bool ref for the truth of `c` (int: != 0, float: != 0.0).
    /// Truth of `c`, the value on top of the frame's stack.
    fn truth(&mut self, frame: &Frame, c: Ref, pc: usize) -> R<Ref> {
        Ok(match self.trace.ty(c) {
            Ty::Obj if frame.stack.last().is_some_and(|v| builtin_len(v).is_some()) => {
                // A builtin container or str: true when not empty.
                let n = self.guard(IrOp::Len, Ty::I64, c, Ref::NONE, pc, "truth");
                let z = self.konst(Konst::Int(0));
                self.pure(IrOp::INe, Ty::Bool, n, z)
            }
            Ty::Bool => c,
            Ty::I64 => {
                let z = self.konst(Konst::Int(0));
                self.pure(IrOp::INe, Ty::Bool, c, z)
            }
            Ty::F64 => {
                let z = self.konst(Konst::Float(0.0));
                self.pure(IrOp::FNe, Ty::Bool, c, z)
            }
            Ty::Nil => self.konst(Konst::Bool(false)),
            t => return Err(Abort::UnsupportedTypes(format!("truth of {}", t.name()))),
        })
    }

    /// Operand as an int ref (bools widen), or None.
    fn as_int(&mut self, r: Ref) -> Option<Ref> {
        match self.trace.ty(r) {
            Ty::I64 => Some(r),
            Ty::Bool => Some(self.pure(IrOp::BToI, Ty::I64, r, Ref::NONE)),
            _ => None,
        }
    }

    fn as_float(&mut self, r: Ref) -> Option<Ref> {
        match self.trace.ty(r) {
            Ty::F64 => Some(r),
            Ty::I64 | Ty::Bool => {
                let i = self.as_int(r)?;
                Some(self.pure(IrOp::IToF, Ty::F64, i, Ref::NONE))
            }
            _ => None,
        }
    }

    fn binary(&mut self, frame: &Frame, pc: usize, kind: BinOpKind) -> R<()> {
        use BinOpKind::*;
        let b = self.peek(frame, 0);
        let a = self.peek(frame, 1);
        let (ta, tb) = (self.trace.ty(a), self.trace.ty(b));
        let unsupported =
            || Abort::UnsupportedTypes(format!("{} {} {}", ta.name(), kind.symbol(), tb.name()));
        let ints = matches!(ta, Ty::I64 | Ty::Bool) && matches!(tb, Ty::I64 | Ty::Bool);
        let numbers = matches!(ta, Ty::I64 | Ty::Bool | Ty::F64)
            && matches!(tb, Ty::I64 | Ty::Bool | Ty::F64);
        let r = if ints && !(ta == Ty::Bool && tb == Ty::Bool && matches!(kind, And | Or | Xor)) {
            let (x, y) = (self.as_int(a).unwrap(), self.as_int(b).unwrap());
            let (op, why) = match kind {
                Add => (IrOp::AddOv, "int overflow"),
                Sub => (IrOp::SubOv, "int overflow"),
                Mul => (IrOp::MulOv, "int overflow"),
                FloorDiv => (IrOp::IFloorDiv, "int division"),
                Mod => (IrOp::IMod, "int division"),
                And => (IrOp::IAnd, ""),
                Or => (IrOp::IOr, ""),
                Xor => (IrOp::IXor, ""),
                LShift => (IrOp::IShl, "shift"),
                RShift => (IrOp::IShr, "shift"),
                TrueDiv => {
                    let fx = self.pure(IrOp::IToF, Ty::F64, x, Ref::NONE);
                    let fy = self.pure(IrOp::IToF, Ty::F64, y, Ref::NONE);
                    let r = self.guard(IrOp::FDiv, Ty::F64, fx, fy, pc, "float division");
                    self.stack.truncate(self.stack.len() - 2);
                    self.push(r);
                    return Ok(());
                }
                _ => return Err(unsupported()),
            };
            if why.is_empty() {
                self.pure(op, Ty::I64, x, y)
            } else {
                self.guard(op, Ty::I64, x, y, pc, why)
            }
        } else if numbers && (ta == Ty::F64 || tb == Ty::F64) {
            let (x, y) = (self.as_float(a).unwrap(), self.as_float(b).unwrap());
            match kind {
                Add => self.pure(IrOp::FAdd, Ty::F64, x, y),
                Sub => self.pure(IrOp::FSub, Ty::F64, x, y),
                Mul => self.pure(IrOp::FMul, Ty::F64, x, y),
                TrueDiv => self.guard(IrOp::FDiv, Ty::F64, x, y, pc, "float division"),
                Pow => self.guard(IrOp::FPow, Ty::F64, x, y, pc, "float power"),
                _ => return Err(unsupported()),
            }
        } else {
            return Err(unsupported());
        };
        self.stack.truncate(self.stack.len() - 2);
        self.push(r);
        Ok(())
    }

    fn compare(&mut self, frame: &Frame, pc: usize, kind: CmpKind) -> R<()> {
        let b = self.peek(frame, 0);
        let a = self.peek(frame, 1);
        let (ta, tb) = (self.trace.ty(a), self.trace.ty(b));
        let int_ops = [
            IrOp::ILt,
            IrOp::ILe,
            IrOp::IEq,
            IrOp::INe,
            IrOp::IGt,
            IrOp::IGe,
        ];
        let flt_ops = [
            IrOp::FLt,
            IrOp::FLe,
            IrOp::FEq,
            IrOp::FNe,
            IrOp::FGt,
            IrOp::FGe,
        ];
        let ki = kind as usize;
        let isint = |t: Ty| matches!(t, Ty::I64 | Ty::Bool);
        let r = if isint(ta) && isint(tb) {
            let (x, y) = (self.as_int(a).unwrap(), self.as_int(b).unwrap());
            self.pure(int_ops[ki], Ty::Bool, x, y)
        } else if (ta == Ty::F64 || isint(ta)) && (tb == Ty::F64 || isint(tb)) {
            let conv = |s: &mut Self, r: Ref, t: Ty| -> Ref {
                if t == Ty::F64 {
                    r
                } else {
                    let i = s.as_int(r).unwrap();
                    s.guard(
                        IrOp::IToFExact,
                        Ty::F64,
                        i,
                        Ref::NONE,
                        pc,
                        "inexact int->float",
                    )
                }
            };
            let x = conv(self, a, ta);
            let y = conv(self, b, tb);
            self.pure(flt_ops[ki], Ty::Bool, x, y)
        } else if ta == Ty::Nil && tb == Ty::Nil && matches!(kind, CmpKind::Eq | CmpKind::Ne) {
            self.konst(Konst::Bool(kind == CmpKind::Eq))
        } else if ta == Ty::Obj && tb == Ty::Obj && {
            let n = frame.stack.len();
            is_exact_str(&frame.stack[n - 2]) && is_exact_str(&frame.stack[n - 1])
        } {
            self.guard_full(
                IrOp::StrCmp,
                Ty::Bool,
                [a, b, Ref::NONE],
                ki as i64,
                pc,
                "str compare",
            )
        } else {
            return Err(Abort::UnsupportedTypes(format!(
                "{} compare {}",
                ta.name(),
                tb.name()
            )));
        };
        self.stack.truncate(self.stack.len() - 2);
        self.push(r);
        Ok(())
    }

    fn unary(&mut self, frame: &Frame, pc: usize, arg: u32) -> R<()> {
        let a = self.peek(frame, 0);
        let t = self.trace.ty(a);
        let r = match (arg, t) {
            (0, Ty::I64 | Ty::Bool) => {
                let x = self.as_int(a).unwrap();
                self.guard(IrOp::NegOv, Ty::I64, x, Ref::NONE, pc, "int overflow")
            }
            (0, Ty::F64) => self.pure(IrOp::FNeg, Ty::F64, a, Ref::NONE),
            (1, Ty::I64 | Ty::F64) => a,
            (1, Ty::Bool) => self.as_int(a).unwrap(),
            (2, Ty::I64 | Ty::Bool) => {
                let x = self.as_int(a).unwrap();
                let m = self.konst(Konst::Int(-1));
                self.pure(IrOp::IXor, Ty::I64, x, m)
            }
            (3, _) => {
                let c = self.truth(frame, a, pc)?;
                self.pure(IrOp::BNot, Ty::Bool, c, Ref::NONE)
            }
            _ => {
                return Err(Abort::UnsupportedTypes(format!(
                    "unary op {} on {}",
                    arg,
                    t.name()
                )))
            }
        };
        self.stack.pop();
        self.push(r);
        Ok(())
    }

    /// A bridge reached the loop header: it ends by jumping there with the
    /// carried slots' new values, which must have the header's types.
    /// A bridge grown inside a sub-loop that reaches that sub-loop's back
    /// edge: it ends by going to the sub-loop's header with a value for
    /// every Phi (`SubLoopBack`).
    fn close_bridge_to_subloop(&mut self, s: Ref, pc: usize) -> R<()> {
        if !self.blocks.is_empty() {
            return Err(Abort::Unsupported(
                "try block across an inner loop's back edge",
            ));
        }
        let phis: Vec<(u32, Ref)> = self
            .trace
            .ins
            .iter()
            .enumerate()
            .filter(|(_, i)| i.op == IrOp::Phi && i.c == s)
            .map(|(k, i)| (i.imm as u32, Ref(k as u32)))
            .collect();
        let nl = self.cur_code.varnames.len() as u32;
        let stack_phis = phis.iter().filter(|p| p.0 >= nl).count();
        if self.stack.len() != stack_phis {
            return Err(Abort::LeftLoop);
        }
        let mut vals = Vec::with_capacity(phis.len());
        for &(slot, phi) in &phis {
            let cur = if slot < nl {
                self.locals.get(slot as usize).copied().flatten()
            } else {
                self.stack.get((slot - nl) as usize).copied().flatten()
            };
            let Some(cur) = cur else {
                return Err(Abort::TypeUnstable(format!(
                    "{} (unbound)",
                    frame_slot_name(&self.cur_code, slot)
                )));
            };
            let (h, t) = (self.trace.ty(phi), self.trace.ty(cur));
            if !fits(h, t) {
                return Err(Abort::TypeUnstable(format!(
                    "{} ({} then {})",
                    frame_slot_name(&self.cur_code, slot),
                    h.name(),
                    t.name()
                )));
            }
            vals.push(cur);
        }
        let start = self.trace.args.len();
        self.trace.args.extend(vals.iter().copied());
        let imm = super::ir::pack_seq_args(start, vals.len(), 0);
        self.guard_full(
            IrOp::SubLoopBack,
            Ty::Nil,
            [s, Ref::NONE, Ref::NONE],
            imm,
            pc,
            "interrupt",
        );
        let Some(b) = &self.bridge else {
            return Err(Abort::LeftLoop);
        };
        let (guard, ins_start, snap_start) = (b.guard, b.ins_start, b.snap_start);
        // Exits of the bridge restore the loop's carried slots too (memory
        // is stale after the first iteration), as `close_bridge` does.
        let nlr = self.trace.nlocals;
        let carried: Vec<u32> = self.trace.loop_back.iter().map(|e| e.0).collect();
        for k in snap_start..self.trace.snaps.len() {
            let pc = self.trace.snaps[k].pc;
            let dead: Vec<bool> = carried.iter().map(|&s| self.root_dead(pc, s)).collect();
            let snap = &mut self.trace.snaps[k];
            for (&slot, dead) in carried.iter().zip(dead) {
                if !dead
                    && !snap.entries.iter().any(|(x, _)| *x == slot)
                    && (slot < nlr || slot - nlr < snap.depth)
                {
                    if let Some(&r) = self.sloads.get(&slot) {
                        snap.entries.push((slot, r));
                    }
                }
            }
            snap.entries.sort_by_key(|e| e.0);
        }
        self.trace.bridges.push(super::ir::Bridge {
            guard,
            start: ins_start,
            end: self.trace.ins.len() as u32,
            back: Vec::new(),
            sub: Some(s),
        });
        self.closed = true;
        Ok(())
    }

    /// The traced function returns (in its own frame, at `pc`): the trace
    /// or bridge ends with a `ReturnExit` whose snapshot has the return
    /// value on the stack.
    fn close_function(&mut self, frame: &Frame, pc: usize) -> R<()> {
        // The value must be in the snapshot: give it a ref.
        self.peek(frame, 0);
        self.guard(IrOp::ReturnExit, Ty::Nil, Ref::NONE, Ref::NONE, pc, RETURN);
        if let Some(start) = &self.bridge {
            self.trace.bridges.push(super::ir::Bridge {
                guard: start.guard,
                start: start.ins_start,
                end: self.trace.ins.len() as u32,
                back: Vec::new(),
                sub: None,
            });
        }
        self.closed = true;
        Ok(())
    }

    fn close_bridge(&mut self) -> R<()> {
        let Some(start_snap) = self.bridge.as_ref().map(|b| b.snap_start) else {
            return Err(Abort::LeftLoop);
        };
        if self.stack.len() as u32 != self.trace.entry_depth {
            return Err(Abort::LeftLoop);
        }
        let nl = self.trace.nlocals;
        let slot_ref = |s: &Self, slot: u32| -> Option<Ref> {
            if slot < nl {
                s.locals[slot as usize]
            } else {
                s.stack.get((slot - nl) as usize).copied().flatten()
            }
        };
        let mut back = Vec::new();
        for &(slot, _) in &self.trace.loop_back {
            let header = self.sloads[&slot];
            match slot_ref(self, slot) {
                Some(r) if fits(self.trace.ty(header), self.trace.ty(r)) => back.push((slot, r)),
                Some(r) => {
                    let (h, t) = (self.trace.ty(header), self.trace.ty(r));
                    return Err(self.unstable(slot, h, t));
                }
                None => return Err(Abort::TypeUnstable(self.trace.slot_name(slot))),
            }
        }
        // A local the bridge changes but the loop does not carry becomes
        // carried: the loop body and the other bridges pass its header value
        // around unchanged, so the body never uses a stale entry load.
        let mut promoted = Vec::new();
        for slot in 0..nl {
            if self.root_dead(self.header, slot) {
                // Overwritten before it is read: nothing to carry.
                continue;
            }
            if let Some(r) = slot_ref(self, slot) {
                let carried = back.iter().any(|(s, _)| *s == slot);
                if !carried && self.sloads.get(&slot) != Some(&r) {
                    let ty = self.trace.ty(r);
                    let s = match self.sloads.get(&slot) {
                        Some(s) if fits(self.trace.ty(*s), ty) => *s,
                        Some(s) => {
                            let h = self.trace.ty(*s);
                            return Err(self.unstable(slot, h, ty));
                        }
                        None => {
                            let ty = if self.opt_slots.contains(&slot) && fits(Ty::Opt, ty) {
                                Ty::Opt
                            } else {
                                ty
                            };
                            let s = self.sload_typed(slot, ty);
                            self.sloads.insert(slot, s);
                            s
                        }
                    };
                    promoted.push((slot, s, r));
                }
            }
        }
        for p in 0..self.stack.len() {
            let slot = nl + p as u32;
            if let Some(r) = slot_ref(self, slot) {
                let carried = back.iter().any(|(s, _)| *s == slot);
                if !carried && self.sloads.get(&slot) != Some(&r) {
                    return Err(Abort::BridgeWrites(self.trace.slot_name(slot)));
                }
            }
        }
        for &(slot, s, r) in &promoted {
            self.trace.loop_back.push((slot, s));
            for b in &mut self.trace.bridges {
                b.back.push((slot, s));
            }
            back.push((slot, r));
            for k in 0..start_snap {
                if self.root_dead(self.trace.snaps[k].pc, slot) {
                    continue;
                }
                let snap = &mut self.trace.snaps[k];
                if !snap.entries.iter().any(|(x, _)| *x == slot) {
                    snap.entries.push((slot, s));
                    snap.entries.sort_by_key(|e| e.0);
                }
            }
        }
        let Some(start) = &self.bridge else {
            return Err(Abort::LeftLoop);
        };
        for k in start.snap_start..self.trace.snaps.len() {
            let pc = self.trace.snaps[k].pc;
            let dead: Vec<bool> = back.iter().map(|&(s, _)| self.root_dead(pc, s)).collect();
            let snap = &mut self.trace.snaps[k];
            for (&(slot, _), dead) in back.iter().zip(dead) {
                if !dead
                    && !snap.entries.iter().any(|(s, _)| *s == slot)
                    && (slot < nl || slot - nl < snap.depth)
                {
                    snap.entries.push((slot, self.sloads[&slot]));
                }
            }
            snap.entries.sort_by_key(|e| e.0);
        }
        self.trace.bridges.push(super::ir::Bridge {
            guard: start.guard,
            start: start.ins_start,
            end: self.trace.ins.len() as u32,
            back,
            sub: None,
        });
        Ok(())
    }

    /// The interpreter is back at the header: finish the trace.
    fn close(&mut self, frame: &Frame) -> R<()> {
        if !self.blocks.is_empty() {
            // A `try` left open across the back edge.
            return Err(Abort::Unsupported("try block across the loop's back edge"));
        }
        if self.bridge.is_some() {
            return self.close_bridge();
        }
        if self.stack.len() as u32 != self.trace.entry_depth {
            return Err(Abort::LeftLoop);
        }
        let nl = self.trace.nlocals;
        let mut back = Vec::new();
        for i in 0..self.locals.len() {
            if self.root_dead(self.header, i as u32) {
                // Overwritten before it is read: nothing to carry.
                continue;
            }
            if let Some(r) = self.locals[i] {
                if self.sloads.get(&(i as u32)) != Some(&r) {
                    back.push((i as u32, r));
                }
            }
        }
        for p in 0..self.stack.len() {
            if let Some(r) = self.stack[p] {
                let slot = nl + p as u32;
                if self.sloads.get(&slot) != Some(&r) {
                    back.push((slot, r));
                }
            }
        }
        // Every carried slot needs a header value of the same type.
        for &(slot, r) in &back {
            let ty = self.trace.ty(r);
            match self.sloads.get(&slot) {
                Some(s) => {
                    let h = self.trace.ty(*s);
                    if !fits(h, ty) {
                        return Err(self.unstable(slot, h, ty));
                    }
                }
                None => {
                    let current = if slot < nl {
                        frame.locals[slot as usize].as_ref()
                    } else {
                        frame.stack.get((slot - nl) as usize)
                    };
                    let cur = current.map(Ty::of);
                    let ty = match cur {
                        Some(c)
                            if self.opt_slots.contains(&slot)
                                && fits(Ty::Opt, c)
                                && fits(Ty::Opt, ty) =>
                        {
                            Ty::Opt
                        }
                        _ => ty,
                    };
                    if cur.is_none_or(|c| !fits(ty, c)) {
                        return Err(match cur {
                            Some(c) => self.unstable(slot, c, ty),
                            None => Abort::TypeUnstable(self.trace.slot_name(slot)),
                        });
                    }
                    let s = self.sload_typed(slot, ty);
                    self.sloads.insert(slot, s);
                    self.trace.entry_dead.push(slot);
                }
            }
        }
        // Exits must restore every carried slot that is still to be read:
        // memory is stale after the first iteration.
        for k in 0..self.trace.snaps.len() {
            let pc = self.trace.snaps[k].pc;
            let dead: Vec<bool> = back.iter().map(|&(s, _)| self.root_dead(pc, s)).collect();
            let snap = &mut self.trace.snaps[k];
            for (&(slot, _), dead) in back.iter().zip(dead) {
                if !dead
                    && !snap.entries.iter().any(|(s, _)| *s == slot)
                    && (slot < nl || slot - nl < snap.depth)
                {
                    snap.entries.push((slot, self.sloads[&slot]));
                }
            }
            snap.entries.sort_by_key(|e| e.0);
        }
        self.trace.loop_back = back;
        Ok(())
    }
}

/// The builtin method `name` of an exact str, if `v` is one.
fn str_method(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    if !is_exact_str(v) {
        return None;
    }
    let m = crate::runtime::attr::lookup_type(&vm.t.str, name)?;
    matches!(m.payload(), Some(Payload::Builtin(b)) if b.bound_self.is_none()).then_some(m)
}

/// May `f(args)` (a str method, `args[0]` its str) be called from a trace:
/// with these arguments it runs no Python code and has no side effect.
fn native_str_call(vm: &Vm, f: &Value, args: &[Value]) -> bool {
    let Some(Payload::Builtin(b)) = f.payload() else {
        return false;
    };
    let owner_is_str = b.owner.as_ref().is_some_and(|t| Rc::ptr_eq(t, &vm.t.str));
    let plain = |v: &Value| match v {
        Value::Int(_) | Value::Bool(_) | Value::None => true,
        Value::Obj(o) if o.class.builtin => match &o.payload {
            Payload::Str(_) => true,
            Payload::List(l) => l.borrow().iter().all(is_exact_str),
            Payload::Tuple(t) => t.iter().all(is_exact_str),
            _ => false,
        },
        _ => false,
    };
    owner_is_str
        && b.bound_self.is_none()
        && !args.is_empty()
        && args.len() <= 3
        && is_exact_str(&args[0])
        && args[1..].iter().all(plain)
}

/// An operand str `+`/`%` handle without Python code: a scalar, an exact
/// str, or a tuple of those.
fn plain_operand(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
        Value::Obj(o) if o.class.builtin => match &o.payload {
            Payload::Str(_) => true,
            Payload::Tuple(t) => t.iter().all(|x| {
                matches!(
                    x,
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None
                ) || is_exact_str(x)
            }),
            _ => false,
        },
        _ => false,
    }
}

fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Str(_)))
}

fn is_builtin_set(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Set(_)))
}

fn is_builtin_dict(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::Dict(_)))
}

/// A key whose hash and comparisons never run Python code.
fn native_key(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None
    ) || is_exact_str(v)
}

/// `d[key]` when it can be found without Python code (None otherwise).
fn native_dict_value(vm: &Vm, d: &Value, key: &Value) -> Option<Value> {
    if !native_key(key) {
        return None;
    }
    let Value::Obj(o) = d else { return None };
    let Payload::Dict(dd) = &o.payload else {
        return None;
    };
    let h = crate::runtime::ops::hash(vm, key).ok()?;
    let d = dd.borrow();
    let i = d.find_native(key, h).ok()??;
    d.entry_at(i).map(|e| e.value.clone())
}

/// 1 for a builtin list, 2 for a builtin tuple (how `GetItem` is inlined).
fn seq_kind(v: &Value) -> i64 {
    match v {
        Value::Obj(o) if o.class.builtin => match o.payload {
            Payload::List(_) => 1,
            Payload::Tuple(_) => 2,
            Payload::Str(_) => 3,
            Payload::Bytes(_) => 4,
            _ => 0,
        },
        _ => 0,
    }
}

fn is_list(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.builtin && matches!(o.payload, Payload::List(_)))
}

fn type_name(v: &Value) -> String {
    match v {
        Value::Obj(o) => o.class.name().to_string(),
        other => Ty::of(other).name().to_string(),
    }
}

/// The item `seq[idx]` will produce, for a builtin list/tuple and an int index.
fn actual_item(seq: &Value, idx: &Value) -> R<Value> {
    let i = match idx {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => return Err(Abort::UnsupportedTypes("subscript with a non-int".into())),
    };
    let get = |items: &[Value]| -> R<Value> {
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(Abort::ExceptionRaised);
        }
        Ok(items[j as usize].clone())
    };
    // For str and bytes only the item's type matters here (a new str, an int).
    let in_range = |n: usize| {
        let j = if i < 0 { i + n as i64 } else { i };
        j >= 0 && (j as usize) < n
    };
    match seq {
        Value::Obj(o) if o.class.builtin => match &o.payload {
            Payload::List(l) => get(&l.borrow()),
            Payload::Tuple(t) => get(t),
            Payload::Str(s) if in_range(s.value.chars().count()) => Ok(seq.clone()),
            Payload::Bytes(b) if in_range(b.len()) => Ok(Value::Int(0)),
            Payload::Str(_) | Payload::Bytes(_) => Err(Abort::ExceptionRaised),
            _ => Err(Abort::UnsupportedTypes(format!(
                "subscript of {}",
                o.class.name()
            ))),
        },
        other => Err(Abort::UnsupportedTypes(format!(
            "subscript of {}",
            type_name(other)
        ))),
    }
}

/// The top `n` values of the live frame's stack (a call's arguments).
/// Does calling the built-in `f` read the caller's frame (`locals()`,
/// `eval`, zero-argument `super()` …)? Compiled code must not call those: the
/// frame they would see is not written back.
fn reads_frame(f: &Value) -> bool {
    match f {
        Value::Obj(o) => match &o.payload {
            Payload::Builtin(b) => {
                b.owner.is_none()
                    && b.bound_self.is_none()
                    && crate::tiers::interp::reads_caller_frame(b.name)
            }
            _ => true,
        },
        Value::Type(t) => &*t.name() == "super",
        _ => true,
    }
}

/// The method `name` of a built-in object's class when it is a plain
/// built-in method (an instance of a built-in type has no attributes of its
/// own to shadow it).
fn builtin_method(v: &Value, name: &str) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    if !o.class.builtin || o.dict.get().is_some() {
        return None;
    }
    let m = crate::runtime::attr::lookup_type(&o.class, name)?;
    matches!(m.payload(), Some(Payload::Builtin(b)) if b.bound_self.is_none()).then_some(m)
}

fn args_now(frame: &Frame, n: usize) -> Vec<Value> {
    frame.stack[frame.stack.len() - n..].to_vec()
}

/// Does math function `f` give a float for these arguments (as floats)?
fn math_returns_float(vm: &Vm, f: &Value, _frame: &Frame, args: &[Value]) -> bool {
    let Value::Obj(o) = f else { return false };
    let Payload::Builtin(b) = &o.payload else {
        return false;
    };
    let floats: Vec<Value> = args
        .iter()
        .map(|a| match a {
            Value::Int(i) => Value::Float(*i as f64),
            Value::Bool(x) => Value::Float(*x as i64 as f64),
            other => other.clone(),
        })
        .collect();
    matches!(
        (b.func)(vm, crate::runtime::object::Args::new(floats)),
        Ok(Value::Float(_))
    )
}

/// Can a value of type `v` live in a loop-carried slot of type `header`?
fn fits(header: Ty, v: Ty) -> bool {
    header == v || header == Ty::Opt && matches!(v, Ty::Obj | Ty::Nil)
}

impl Recorder {
    /// A slot whose type changes: if it is a local alternating between None
    /// and objects, ask for it to be loaded as `opt` next time.
    fn unstable(&mut self, slot: u32, a: Ty, b: Ty) -> Abort {
        let none_or_obj = |t: Ty| matches!(t, Ty::Nil | Ty::Obj | Ty::Opt);
        if slot < self.trace.nlocals && none_or_obj(a) && none_or_obj(b) {
            self.widen = Some(slot);
        }
        Abort::TypeUnstable(format!(
            "{} ({} then {})",
            self.trace.slot_name(slot),
            a.name(),
            b.name()
        ))
    }
}

/// Is `pc` the header of a `while` loop (a back edge's target that is not a
/// `ForIter`)?
fn is_while_header(code: &Code, pc: usize) -> bool {
    code.instrs.get(pc).is_some_and(|i| i.op != Op::ForIter)
        && code
            .instrs
            .iter()
            .any(|i| i.op == Op::JumpBack && i.arg as usize == pc)
}

/// The last bytecode of the loop with header `header`: its last back edge
/// (a `continue` adds back edges before the end of the body).
fn loop_end(code: &Code, header: u32) -> u32 {
    code.instrs
        .iter()
        .enumerate()
        .filter(|(_, i)| i.op == Op::JumpBack && i.arg == header)
        .map(|(pc, _)| pc as u32)
        .max()
        .unwrap_or(header)
}

/// A Python class instance (not a builtin type's).
fn python_instance(v: &Value) -> Option<&crate::runtime::object::ObjRef> {
    match v {
        Value::Obj(o) if !o.class.builtin => Some(o),
        _ => None,
    }
}

/// A class attribute that is just a value (no descriptor behaviour).
fn plain_class_value(v: &Value) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Str(_) | Payload::Tuple(_)),
        Value::Type(_) => false,
    }
}

/// An inlined frame's snapshot part: all its bound locals and its stack.
/// The name of slot `slot` of a frame running `code`: its local's name, or
/// `stack[i]` (for messages about inlined frames, whose slots are not the
/// root frame's).
fn frame_slot_name(code: &Code, slot: u32) -> String {
    match code.varnames.get(slot as usize) {
        Some(n) => n.to_string(),
        None => format!("stack[{}]", slot as usize - code.varnames.len()),
    }
}

/// Drop the entries of locals that are dead at `pc` of `code`: the
/// interpreter overwrites them before it reads them, so an exit need not
/// write them (see `liveness`). Stack entries (slots past the locals) stay.
fn prune_dead(code: &Code, pc: usize, entries: &mut Vec<(u32, Ref)>) {
    let nl = code.varnames.len() as u32;
    entries.retain(|&(slot, _)| slot >= nl || !super::liveness::is_dead(code, pc, slot as usize));
}

fn inlined_frame(
    func: Option<Value>,
    pc: usize,
    locals: &[Option<Ref>],
    stack: &[Option<Ref>],
    result: Option<Ref>,
) -> InlinedFrame {
    let nl = locals.len() as u32;
    let mut entries: Vec<(u32, Ref)> = locals
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.map(|r| (i as u32, r)))
        .collect();
    entries.extend(
        stack
            .iter()
            .enumerate()
            .filter_map(|(p, s)| s.map(|r| (nl + p as u32, r))),
    );
    if let Some(r) = result {
        entries.push((super::ir::RESULT_SLOT, r));
    }
    InlinedFrame {
        func: func.unwrap_or_default(),
        pc: pc as u32,
        depth: stack.len() as u32,
        nlocals: nl,
        entries,
        blocks: Vec::new(),
        cells: Vec::new(),
    }
}

/// Truth of a scalar value as the interpreter will compute it.
/// `len(v)` for an exact builtin str, list, tuple, dict or set.
fn builtin_len(v: &Value) -> Option<usize> {
    let Value::Obj(o) = v else { return None };
    if !o.class.builtin {
        return None;
    }
    Some(match &o.payload {
        Payload::Str(s) => s.value.len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        _ => return None,
    })
}

fn truthy_now(v: &Value) -> R<bool> {
    if let Some(n) = builtin_len(v) {
        return Ok(n != 0);
    }
    Ok(match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::None => false,
        _ => return Err(Abort::UnsupportedTypes("truth of an object".into())),
    })
}
