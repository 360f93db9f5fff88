//! The trace IR: one loop iteration as a linear list of SSA instructions.
//!
//! A trace is what the recorder saw the interpreter do for one iteration of a
//! hot loop, written down as typed machine-level operations. Every instruction
//! lives in one arena (`Trace::ins`) and is named by its index, a [`Ref`];
//! constants live in a pool and are named by refs with the top bit set, so an
//! operand is always one `u32` and "is this a constant?" is one bit test. The
//! IR is in SSA form by construction: the recorder never overwrites an
//! instruction, it only appends, and the optimiser rewrites by replacing refs.
//!
//! Values are unboxed: an `int` is an `I64` machine word (overflow is a guard,
//! not a representation change), a `float` is an `F64`, a `bool` a `Bool`. An
//! `Obj` is a borrowed pointer to a heap object that the frame keeps alive.
//!
//! A trace has two parts. `SLoad` instructions read the frame slots the
//! iteration uses (locals, then the value stack) and check their type tags;
//! they run once, at trace entry, and inside the loop they stand for "the value
//! of this slot at the start of the iteration" (the loop header's block
//! parameters in the back end). Everything else is the loop body, which ends by
//! jumping back with the new value of every slot the iteration wrote.
//!
//! Guards carry a snapshot: the bytecode position to resume at and, for every
//! frame slot whose memory is stale, the ref holding its current value. Guards
//! sit before the side effects of their bytecode, so the interpreter resumes by
//! re-executing that bytecode with exactly the operands it would have had.
//!
//! The op table below is the single source of truth for the IR: it generates
//! the enum, the printed names and the effect flags the optimiser reads.
use std::fmt::Write;

use crate::runtime::object::Value;

pub mod eff {
    /// No side effect and no guard: may be folded, CSE'd and removed when unused.
    pub const PURE: u8 = 1;
    /// Can leave the trace: carries a snapshot.
    pub const GUARD: u8 = 2;
    /// Calls into the runtime.
    pub const CALL: u8 = 4;
    /// Commutative binary operation (CSE normalises operand order).
    pub const COMM: u8 = 8;
}

macro_rules! define_ir_ops {
    ($( $(#[$doc:meta])* $name:ident => ($flags:expr) ),* $(,)?) => {
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum IrOp { $( $(#[$doc])* $name),* }

        impl IrOp {
            pub fn name(self) -> &'static str {
                match self { $(IrOp::$name => stringify!($name)),* }
            }
            pub fn flags(self) -> u8 {
                match self { $(IrOp::$name => $flags),* }
            }
        }
    };
}

use eff::*;

define_ir_ops! {
    /// Entry value of frame slot `imm` with type tag `ty` (checked at entry).
    SLoad => (NONE),
    /// int + int, exits on overflow.
    AddOv => (GUARD | COMM),
    /// int - int, exits on overflow.
    SubOv => (GUARD),
    /// int * int, exits on overflow.
    MulOv => (GUARD | COMM),
    /// -int, exits on overflow (only for i64::MIN).
    NegOv => (GUARD),
    /// Python floor division of ints; exits on a zero divisor or MIN // -1.
    IFloorDiv => (GUARD),
    /// Python modulo of ints (sign of the divisor); exits on a zero divisor.
    IMod => (GUARD),
    IAnd => (PURE | COMM),
    IOr => (PURE | COMM),
    IXor => (PURE | COMM),
    /// int << int, exits on a negative count or when bits would be lost.
    IShl => (GUARD),
    /// int >> int, exits on a negative count.
    IShr => (GUARD),
    ILt => (PURE),
    ILe => (PURE),
    IGt => (PURE),
    IGe => (PURE),
    IEq => (PURE | COMM),
    INe => (PURE | COMM),
    FAdd => (PURE | COMM),
    FSub => (PURE),
    FMul => (PURE | COMM),
    /// float / float, exits on a zero divisor (ZeroDivisionError in tier 1).
    FDiv => (GUARD),
    FNeg => (PURE),
    FLt => (PURE),
    FLe => (PURE),
    FGt => (PURE),
    FGe => (PURE),
    FEq => (PURE | COMM),
    FNe => (PURE | COMM),
    /// int -> float (Python's `float(i)`, round-half-even).
    IToF => (PURE),
    /// int -> float, exits unless the conversion is exact (|i| <= 2**53):
    /// mixed int/float comparisons are exact in Python.
    IToFExact => (GUARD),
    /// bool -> int (False 0, True 1).
    BToI => (PURE),
    BNot => (PURE),
    /// Exit unless the `opt` operand is `None`.
    GuardNil => (GUARD),
    /// Exit if the `opt` operand is `None`; the result is the object.
    GuardObj => (GUARD),
    /// Exit unless the bool operand is true.
    GuardTrue => (GUARD),
    /// Exit unless the bool operand is false.
    GuardFalse => (GUARD),
    /// Next value of a `range` iterator; exits when exhausted or when the
    /// object is not a range iterator (`imm` unused).
    RangeNext => (GUARD | CALL),
    /// Next item of a list/tuple iterator, of type tag `imm`; exits when
    /// exhausted, or (before advancing) when the item has another type.
    SeqIterNext => (GUARD | CALL),
    /// `a[b]` for a builtin list, tuple, str or bytes (`imm >> 8`: 1..4) and
    /// an int index, item of type tag `imm & 0xff`; exits (before any
    /// effect) otherwise, or when out of range.
    GetItem => (GUARD | CALL),
    /// `a[b] = c` for a builtin list and an int index; exits before any
    /// effect when `a` is not a list or the index is out of range.
    SetItem => (GUARD | CALL),
    /// `del a[b]` for a builtin list and an int index; exits before any
    /// effect when `a` is not a list or the index is out of range.
    DelItem => (GUARD | CALL),
    /// `len(a)` of a builtin str/list/tuple/dict/set; exits otherwise.
    Len => (GUARD | CALL),
    /// `a.append(b)` for a builtin list; exits (before any effect) otherwise.
    ListAppend => (GUARD | CALL),
    /// Exits unless `a` is a builtin tuple or list of length `imm`.
    CheckSeqLen => (GUARD | CALL),
    /// Writes object `b` into local slot `imm` (keeps it alive in the frame).
    StoreSlot => (CALL),
    /// `range(a, b, c)` of ints, kept in the iteration's temporaries; exits
    /// (ValueError in tier 1) when the step is 0.
    NewRange => (GUARD | CALL),
    /// `iter(a)` of a builtin list, tuple or range (kept in the temporaries);
    /// exits for anything else.
    GetIter => (GUARD | CALL),
    /// Start of an inner `for` loop compiled into this trace (a sub-loop):
    /// `a` is the guard of its `ForIter`, whose "iterator exhausted" outcome
    /// continues after the loop's `SubLoopEnd` (`b`) instead of leaving the
    /// trace. With a peeled first iteration, that copy of the body lies
    /// between `b` and the `PeelEnd` `c` and runs before the header.
    SubLoop => (NONE),
    /// A slot's value at the header of sub-loop `c`: `a` on entry, `b`
    /// (defined later, in the sub-loop body) on each further iteration; slot
    /// `imm`.
    Phi => (NONE),
    /// End of a sub-loop's peeled first iteration.
    PeelEnd => (NONE),
    /// The end of a bridge that goes back to sub-loop `a`'s header with the
    /// values `args` (packed as for `BuildSeq`, one per Phi in arena order);
    /// polls like `SubLoopEnd`.
    SubLoopBack => (GUARD),
    /// The sub-loop's back edge (`a` is its `SubLoop`): leaves through its
    /// snapshot if Ctrl-C, finalizers or the collector are pending.
    SubLoopEnd => (GUARD),
    /// float ** float; exits where Python would raise or return a complex.
    FPow => (GUARD | CALL),
    FAbs => (PURE),
    /// `math.sqrt`; exits on a negative operand (ValueError in tier 1).
    FSqrt => (GUARD),
    /// abs(int); exits for i64::MIN.
    IAbs => (GUARD),
    /// min/max of two ints or floats, Python's rule: `min(a, b)` is `b if b < a else a`.
    IMin => (PURE),
    IMax => (PURE),
    FMin => (PURE),
    FMax => (PURE),
    /// int(float) truncating; exits when not finite or out of the i64 range.
    FToI => (GUARD),
    /// Exits unless object `a`'s class is `b` with version `imm` (so its
    /// attribute lookup rules are the ones recorded).
    GuardClass => (GUARD | CALL),
    /// `a.<b>` read from the instance dict, of type tag `imm`; exits (before
    /// any effect) when absent or of another type.
    GetAttr => (GUARD | CALL),
    /// Exits if the instance dict of `a` has key `b` (a class attribute or
    /// method would be shadowed).
    CheckNoAttr => (GUARD | CALL),
    /// `a.<b> = c` into the instance dict; exits before any effect when the
    /// object has no dict.
    SetAttr => (GUARD | CALL),
    /// A new instance of Python class `a` (whose `__new__` is object's).
    NewObj => (CALL),
    /// `a in b` (`imm` 1: `not in`) for a scalar or str `a` and a builtin
    /// str/list/tuple/dict/set `b`; exits where Python code could run.
    Contains => (GUARD | CALL),
    /// A call of builtin `a` (a `str` method) with the arguments packed in
    /// `imm` (as for `BuildSeq`; the kind field is the result's type tag),
    /// for arguments that cannot make it run Python code; exits (before any
    /// effect: these methods are pure) when it raises or returns another type.
    CallNative => (GUARD | CALL),
    /// `a + b` or `a % b` (`imm`: the `BinOpKind` number) for an exact str
    /// `a` and a `b` that cannot make it run Python code; the new str is kept
    /// in the temporaries; exits (before any effect) when it raises.
    StrBinary => (GUARD | CALL),
    /// Comparison `imm` (a `CmpKind`) of two exact strs; exits otherwise.
    StrCmp => (GUARD | CALL),
    /// `a[b]` for a builtin dict and a scalar or str key, value of type tag
    /// `imm`; exits when absent or when a key comparison needs Python code.
    DictGet => (GUARD | CALL),
    /// `a.add(b)` for a builtin set and a scalar or str item (a set
    /// comprehension); exits before any effect when a comparison needs Python.
    SetAddItem => (GUARD | CALL),
    /// `a.get(b, c)` for a builtin dict and a scalar or str key: the value,
    /// or `c` when absent, of type tag `imm`; exits otherwise.
    DictGetOr => (GUARD | CALL),
    /// `a[b] = c` for a builtin dict and a scalar or str key (a dict
    /// comprehension or item store); exits before any effect when a
    /// comparison needs Python.
    DictSet => (GUARD | CALL),
    /// A new slice object `slice(a, b, c)` of ints and Nones.
    BuildSlice => (CALL),
    /// A new list (kind 1) or tuple (kind 2) of `Trace::args[start..start+n]`;
    /// `imm` = start | n << 32 | kind << 48.
    BuildSeq => (CALL),
    /// `{a, b, ...}` (kind 3) or `{k: v, ...}` (kind 4, key/value pairs)
    /// from the operands packed in `imm` as for `BuildSeq`; exits when a key
    /// is not a scalar or an exact str (its hash or equality could be Python).
    BuildSetMap => (GUARD | CALL),
    /// `a[b]` for a builtin list/tuple/str `a` and a slice `b`: a new object;
    /// exits (before any effect) where tier 1 would raise.
    GetSlice => (GUARD | CALL),
    /// `a[b] = c` for a builtin list `a`, a slice `b` and a list/tuple `c`;
    /// exits before any effect where tier 1 would raise.
    SetSlice => (GUARD | CALL),
    /// Contents of the frame's cell `imm >> 8` with type tag `imm & 0xff`;
    /// exits when empty or of another type.
    CellGet => (GUARD | CALL),
    /// Store `b` into the frame's cell `imm`.
    CellSet => (CALL),
    /// Call native function `a` (a `math` function) on floats `b` (and `c`),
    /// expecting a float; exits before any effect where it would raise.
    CallMath => (GUARD | CALL),
    /// In a bridge, frame slot `imm` whose loop header value `a` is dead on
    /// entry (`Trace::entry_dead_loads`): on the loop's first iteration `a`
    /// was never loaded, so the slot is read from the frame (exits when its
    /// type is not `ty`); on later iterations it is `a`.
    Reload => (GUARD),
    /// Default value `imm & 0xffffffff` of Python function `a`, of type tag
    /// `imm >> 32`; exits when there is none or it has another type.
    FuncDefault => (GUARD | CALL),
    /// Exit unless `a` is a Python function without a closure whose code is
    /// the one at address `b` (an int constant) and whose globals are `c`.
    GuardFunc => (GUARD | CALL),
    /// Call the Python function `a` with the operands packed in `imm` (as for
    /// `BuildSeq`; the kind is the result's type tag) through the runtime:
    /// the callee runs in the interpreter. The result's type is learnt when
    /// recording. Exits *after* the call (the result, or its exception, goes
    /// to the resumed frame) when the result has another type or a global
    /// the trace assumed was rebound meanwhile.
    CallPy => (GUARD | CALL),
    /// The loop frame's cell object `imm` (`LoadClosure`; the frame keeps
    /// its cells for its whole life).
    CellObj => (PURE),
    /// Always leaves the trace, at a `yield` in the loop's own frame (a
    /// generator's loop): the interpreter yields, and once resumed comes
    /// back in through the loop's back edge.
    YieldExit => (GUARD),
    /// Always leaves a function trace, at the `return` of the traced
    /// function's own frame, with the return value on the stack: the end of
    /// a function trace (or of one of its bridges).
    ReturnExit => (GUARD),
    /// Exit unless class `b` (a constant) still has version `imm`: what was
    /// read from its namespace (`Base.__init__`) is still there.
    GuardTypeVersion => (GUARD),
    /// Next value of the generator `a` (resumed by the runtime: its code runs
    /// in the interpreter), of type tag `imm` (learnt when recording); exits
    /// when it is exhausted, and *after* the step (its value or exception
    /// goes to the resumed frame) when the value has another type or a
    /// global the trace assumed was rebound.
    GenNext => (GUARD | CALL),
    /// A binary, in-place or comparison operator (the int constant `c`: the
    /// instruction's opcode << 8 | its arg) on the two operands packed in
    /// `imm`, done by the runtime as tier 1 does (dunders, reflection,
    /// `NotImplemented`); like `CallPy` otherwise: the result's type is
    /// learnt when recording, exits after the operation.
    OperatorPy => (GUARD | CALL),
    /// A new function from code object `a` (a constant), globals `b` and,
    /// unless NONE, the tuple of cells `c` (`MakeFunction` without defaults
    /// or annotations).
    MakeFunc => (CALL),
}

const NONE: u8 = 0;

/// The machine-level type of an IR value.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Ty {
    I64,
    F64,
    Bool,
    /// `None` (no payload).
    Nil,
    /// A heap object (`Value::Obj`), borrowed.
    Obj,
    /// A class (`Value::Type`), borrowed.
    Cls,
    /// `None` or a heap object: the object's word, or 0 for `None`. Locals
    /// that alternate between the two (`node = node.next`, an optional
    /// packet) are loop-carried with this type; every read narrows it with a
    /// guard.
    Opt,
}

impl Ty {
    pub fn name(self) -> &'static str {
        match self {
            Ty::I64 => "int",
            Ty::F64 => "flt",
            Ty::Bool => "bool",
            Ty::Nil => "nil",
            Ty::Obj => "obj",
            Ty::Cls => "cls",
            Ty::Opt => "opt",
        }
    }

    /// The `Value` discriminant a slot of this type has in memory.
    pub fn tag(self) -> u64 {
        match self {
            Ty::Nil => 0,
            Ty::Bool => 1,
            Ty::I64 => 2,
            Ty::F64 => 3,
            Ty::Obj => 4,
            Ty::Cls => 5,
            // Checked specially: tag 0 or 4.
            Ty::Opt => 4,
        }
    }

    pub fn of(v: &Value) -> Ty {
        match v {
            Value::None => Ty::Nil,
            Value::Bool(_) => Ty::Bool,
            Value::Int(_) => Ty::I64,
            Value::Float(_) => Ty::F64,
            Value::Obj(_) => Ty::Obj,
            Value::Type(_) => Ty::Cls,
        }
    }
}

/// An operand: an instruction index, or (top bit set) a constant-pool index.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
pub struct Ref(pub u32);

const CONST_BIT: u32 = 1 << 31;

impl Ref {
    pub const NONE: Ref = Ref(u32::MAX);
    pub fn konst(i: usize) -> Ref {
        Ref(CONST_BIT | i as u32)
    }
    pub fn is_const(self) -> bool {
        self.0 & CONST_BIT != 0 && self != Ref::NONE
    }
    pub fn index(self) -> usize {
        (self.0 & !CONST_BIT) as usize
    }
}

/// A pooled constant.
#[derive(Clone, Debug)]
pub enum Konst {
    Int(i64),
    Float(f64),
    Bool(bool),
    Nil,
    /// A heap object or class the trace holds a strong reference to.
    Obj(Value),
}

impl Konst {
    pub fn ty(&self) -> Ty {
        match self {
            Konst::Int(_) => Ty::I64,
            Konst::Float(_) => Ty::F64,
            Konst::Bool(_) => Ty::Bool,
            Konst::Nil => Ty::Nil,
            Konst::Obj(v) => Ty::of(v),
        }
    }
    fn same(&self, other: &Konst) -> bool {
        match (self, other) {
            (Konst::Int(a), Konst::Int(b)) => a == b,
            (Konst::Float(a), Konst::Float(b)) => a.to_bits() == b.to_bits(),
            (Konst::Bool(a), Konst::Bool(b)) => a == b,
            (Konst::Nil, Konst::Nil) => true,
            (Konst::Obj(a), Konst::Obj(b)) => a.is(b),
            _ => false,
        }
    }
    pub fn to_value(&self) -> Value {
        match self {
            Konst::Int(i) => Value::Int(*i),
            Konst::Float(f) => Value::Float(*f),
            Konst::Bool(b) => Value::Bool(*b),
            Konst::Nil => Value::None,
            Konst::Obj(v) => v.clone(),
        }
    }
}

/// One IR instruction.
#[derive(Clone, Copy, Debug)]
pub struct Ins {
    pub op: IrOp,
    pub ty: Ty,
    pub a: Ref,
    pub b: Ref,
    pub c: Ref,
    /// Op-specific immediate (the slot of an `SLoad`).
    pub imm: i64,
    /// Snapshot index for guards.
    pub snap: u32,
}

/// Where the interpreter resumes after an exit, and the stale slots' values.
///
/// Without inlined frames, the loop's frame resumes at `pc`. With them, `pc`
/// is the call the loop's frame is inside: the inlined frames are rebuilt and
/// run to completion innermost first, each result going to its caller, and
/// the loop's frame resumes after the call with the result pushed.
#[derive(Clone, Default)]
pub struct Snapshot {
    /// Bytecode index to resume at (or of the pending call, see above).
    pub pc: u32,
    /// Value-stack depth at the resume point (without the call's operands).
    pub depth: u32,
    /// `(slot, value)`: slots below `nlocals` are locals, the rest stack entries.
    pub entries: Vec<(u32, Ref)>,
    /// Why a guard using this snapshot exits (for the `x` log).
    pub reason: &'static str,
    /// Frames of inlined calls, outermost first.
    pub inlined: Vec<InlinedFrame>,
    /// Taken inside a sub-loop: no bridge may grow from here.
    pub in_subloop: bool,
    /// `try` blocks of the loop's frame entered in this iteration and still
    /// open here (pushed onto the frame's block stack when it resumes).
    pub blocks: Vec<crate::tiers::frame::Block>,
}

/// Slot number of an inlined frame's entry that is not a slot but the value
/// its call produces instead of the function's return value (the new object
/// of an inlined `Class(...)` call, whose `__init__` returns None).
pub const RESULT_SLOT: u32 = u32::MAX;

/// An inlined call's frame in a snapshot: every slot is listed (nothing of it
/// exists in memory while the trace runs).
#[derive(Clone)]
pub struct InlinedFrame {
    /// The called function object.
    pub func: Value,
    /// Resume bytecode (innermost frame) or the pending call (the others).
    pub pc: u32,
    pub depth: u32,
    pub nlocals: u32,
    pub entries: Vec<(u32, Ref)>,
    /// Its open `try` blocks (pushed onto the rebuilt frame).
    pub blocks: Vec<crate::tiers::frame::Block>,
    /// An inlined closure: its cells, as indices of the loop frame's cells.
    pub cells: Vec<u32>,
}

impl Snapshot {
    /// Every ref the exit stores, in exit-buffer order.
    pub fn refs(&self) -> impl Iterator<Item = Ref> + '_ {
        self.entries
            .iter()
            .chain(self.inlined.iter().flat_map(|f| f.entries.iter()))
            .map(|e| e.1)
    }

    pub fn len(&self) -> usize {
        self.entries.len() + self.inlined.iter().map(|f| f.entries.len()).sum::<usize>()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A recorded (and later optimised) loop trace.
#[derive(Clone, Default)]
pub struct Trace {
    pub ins: Vec<Ins>,
    pub consts: Vec<Konst>,
    pub snaps: Vec<Snapshot>,
    /// Number of fast locals of the code object (slots >= this are stack entries).
    pub nlocals: u32,
    /// Value-stack depth at the loop header.
    pub entry_depth: u32,
    /// Bytecode index of the loop header.
    pub header_pc: u32,
    /// At the back edge: `(slot, value)` for every slot the iteration changed.
    pub loop_back: Vec<(u32, Ref)>,
    /// Printable slot names (locals' names, `stack[i]` for the rest).
    pub slot_names: Vec<String>,
    /// Names whose values the trace assumed (globals, builtins, module
    /// attributes): checked before every entry.
    pub deps: Vec<Dep>,
    /// Bytecode index of the loop's back edge.
    pub backedge_pc: u32,
    /// Side paths grown from hot exits (see [`Bridge`]).
    pub bridges: Vec<Bridge>,
    /// Operand lists of instructions with more than three operands (`BuildSeq`).
    pub args: Vec<Ref>,
    /// Carried slots the recorded iteration wrote before ever reading them:
    /// their header value is dead on entry (see [`Trace::entry_dead_loads`]).
    pub entry_dead: Vec<u32>,
    /// Inner loops (code address, header) this trace tree records unrolled
    /// (`Recorder::unroll`); its bridges record them the same way.
    pub unroll: Vec<(usize, u32)>,
    /// A function trace: it starts at the function's first instruction (its
    /// "header" is the code's `Profile::func_entry`) and every path ends
    /// with a `ReturnExit` instead of going back to a loop header.
    pub function: bool,
}

impl IrOp {
    /// Ops whose operands are a range of `Trace::args` packed into `imm`
    /// (see [`seq_args`]).
    pub fn has_packed_args(self) -> bool {
        matches!(
            self,
            IrOp::BuildSeq
                | IrOp::BuildSetMap
                | IrOp::SubLoopBack
                | IrOp::CallNative
                | IrOp::CallPy
                | IrOp::OperatorPy
        )
    }
}

/// The operand range and kind packed into a `BuildSeq`'s `imm`.
pub fn seq_args(imm: i64) -> (usize, usize, i64) {
    (
        (imm & 0xffff_ffff) as usize,
        ((imm >> 32) & 0xffff) as usize,
        imm >> 48,
    )
}

pub fn pack_seq_args(start: usize, n: usize, kind: i64) -> i64 {
    start as i64 | (n as i64) << 32 | kind << 48
}

/// A `SubLoop`'s `imm`: the frame depth (inlined calls) and header pc.
pub fn subloop_place(imm: i64) -> (usize, u32) {
    ((imm >> 32) as usize, imm as u32)
}

pub fn pack_subloop_place(depth: usize, pc: usize) -> i64 {
    (depth as i64) << 32 | pc as i64
}

/// Flag in an exit id: the exit happened on the trace's first iteration, so
/// slots with [`Trace::entry_dead_loads`] values still hold their entry content.
pub const FIRST_ITERATION: u32 = 0x4000_0000;

/// "`dict[key]` is still `value`" (`None`: the key is still absent). The
/// dict's version is remembered so the common case — nothing stored in that
/// dict since the last check — costs one compare; any store elsewhere in the
/// dict only costs a lookup, not a recompilation.
#[derive(Clone)]
pub struct Dep {
    pub dict: crate::runtime::object::ObjRef,
    pub key: String,
    pub value: Option<Value>,
    pub version: std::cell::Cell<u64>,
}

impl Dep {
    /// Does the assumption still hold? (Checked before every entry and after
    /// every call out of compiled code: the unchanged-dict case is inline.)
    #[inline]
    pub fn holds(&self, vm: &crate::runtime::vm::Vm) -> bool {
        let crate::runtime::object::Payload::Dict(dd) = &self.dict.payload else {
            return false;
        };
        let now = dd.borrow().version;
        now == self.version.get() || self.holds_after_store(vm, now)
    }

    #[cold]
    #[inline(never)]
    fn holds_after_store(&self, vm: &crate::runtime::vm::Vm, now: u64) -> bool {
        let ok = match (vm.dict_get_str(&self.dict, &self.key), &self.value) {
            (None, None) => true,
            (Some(a), Some(b)) => a.is(b),
            _ => false,
        };
        if ok {
            self.version.set(now);
        }
        ok
    }
}

/// A bridge (side trace): what the loop does after guard `guard` fails, up to
/// the loop header. Its instructions `ins[start..end]` run in place of that
/// guard's exit and end by jumping back to the loop header with `back`, the
/// new values of the loop-carried slots (in `loop_back`'s order). A trace and
/// its bridges form a trace tree, compiled as one function.
#[derive(Clone, Debug)]
pub struct Bridge {
    pub guard: u32,
    pub start: u32,
    pub end: u32,
    pub back: Vec<(u32, Ref)>,
    /// Set when the bridge ends by going back to this sub-loop's header
    /// (its last instruction is a `SubLoopBack`), not to the loop's.
    pub sub: Option<Ref>,
}

impl Trace {
    /// The sub-loop instruction `i` belongs to (its body or peeled first
    /// iteration), innermost first: `(SubLoop ref, header pc, frame depth)`.
    pub fn enclosing_subloop(&self, i: usize) -> Option<(Ref, u32, usize)> {
        let mut best: Option<(usize, Ref, u32, usize)> = None;
        for (k, ins) in self.ins.iter().enumerate() {
            if ins.op != IrOp::SubLoop || k >= i || ins.b == Ref::NONE {
                continue;
            }
            let end = ins.b.index();
            let peel_end = if ins.c == Ref::NONE {
                end
            } else {
                ins.c.index()
            };
            let inside = i < end || (i > end && i < peel_end);
            if inside && best.is_none_or(|b| k > b.0) {
                let (depth, pc) = subloop_place(ins.imm);
                best = Some((k, Ref(k as u32), pc, depth));
            }
        }
        best.map(|b| (b.1, b.2, b.3))
    }

    /// Slot loads whose value the first iteration never needs.
    ///
    /// A carried slot that the loop writes before reading (a `for` target,
    /// a temporary) still gets a header value: the carried one from the
    /// second iteration on. On the first iteration that value is the slot's
    /// entry content, which nothing computes with, and exits before the write
    /// restore it unchanged, so the frame already holds it. Such a load is
    /// neither loaded nor type-checked at entry: its header value starts as a
    /// dummy and exits on the first iteration skip it (the exit reports
    /// [`FIRST_ITERATION`] and deopt leaves the slot alone). That way a slot
    /// holding something else before the loop (an unbound `for` target, an
    /// outer loop's `_`) does not keep the loop from being entered.
    ///
    /// The load qualifies only if nothing but its own slot's snapshot entries
    /// refers to it: no operand, no other slot, no inlined frame, no bridge
    /// (a bridge's recorder could have specialised on its type) and no back
    /// edge that passes it around unchanged.
    pub fn entry_dead_loads(&self) -> Vec<Ref> {
        let mut cands: Vec<(u32, Ref)> = self
            .ins
            .iter()
            .enumerate()
            .filter(|(_, i)| i.op == IrOp::SLoad && self.entry_dead.contains(&(i.imm as u32)))
            .map(|(k, i)| (i.imm as u32, Ref(k as u32)))
            .collect();
        if cands.is_empty() {
            return Vec::new();
        }
        let mut bad: std::collections::HashSet<Ref> = std::collections::HashSet::new();
        for ins in &self.ins {
            bad.extend([ins.a, ins.b, ins.c]);
        }
        bad.extend(self.args.iter().copied());
        for &(slot, r) in self
            .loop_back
            .iter()
            .chain(self.bridges.iter().flat_map(|b| b.back.iter()))
        {
            if cands.contains(&(slot, r)) || cands.iter().any(|c| c.1 == r) {
                bad.insert(r);
            }
        }
        for (k, snap) in self.snaps.iter().enumerate() {
            for f in &snap.inlined {
                bad.extend(f.entries.iter().map(|e| e.1));
            }
            for &(slot, r) in &snap.entries {
                if !cands.contains(&(slot, r)) {
                    bad.insert(r);
                }
            }
            let bridged = self.bridges.iter().any(|b| {
                let g = &self.ins[b.guard as usize];
                g.snap as usize == k && g.op.flags() & eff::GUARD != 0
            });
            if bridged {
                bad.extend(snap.entries.iter().map(|e| e.1));
            }
        }
        cands.retain(|c| !bad.contains(&c.1));
        cands.into_iter().map(|c| c.1).collect()
    }

    /// The bridge entered when guard `g` fails, if any.
    pub fn bridge_at(&self, g: u32) -> Option<&Bridge> {
        self.bridges.iter().find(|b| b.guard == g)
    }

    /// Is instruction `i` part of a bridge (not of the loop body)?
    pub fn in_bridge(&self, i: usize) -> bool {
        self.bridges
            .iter()
            .any(|b| (b.start as usize..b.end as usize).contains(&i))
    }
}

impl Trace {
    pub fn ty(&self, r: Ref) -> Ty {
        if r.is_const() {
            self.consts[r.index()].ty()
        } else {
            self.ins[r.index()].ty
        }
    }

    pub fn konst(&self, r: Ref) -> Option<&Konst> {
        if r.is_const() {
            Some(&self.consts[r.index()])
        } else {
            None
        }
    }

    /// Pool a constant (equal constants share one ref).
    pub fn add_const(&mut self, k: Konst) -> Ref {
        if let Some(i) = self.consts.iter().position(|c| c.same(&k)) {
            return Ref::konst(i);
        }
        self.consts.push(k);
        Ref::konst(self.consts.len() - 1)
    }

    pub fn slot_name(&self, slot: u32) -> String {
        match self.slot_names.get(slot as usize) {
            Some(n) => n.clone(),
            None => format!("stack[{}]", slot - self.nlocals),
        }
    }

    fn fmt_ref(&self, r: Ref) -> String {
        match self.konst(r) {
            Some(Konst::Int(i)) => format!("{i}"),
            Some(Konst::Float(f)) => format!("{f:?}"),
            Some(Konst::Bool(b)) => (if *b { "True" } else { "False" }).to_string(),
            Some(Konst::Nil) => "None".to_string(),
            Some(Konst::Obj(v)) => match v.as_str() {
                // Attribute names and other str constants print as themselves.
                Some(text) => format!("'{text}'"),
                None => format!("{v:?}"),
            },
            None => format!("%{}", r.0),
        }
    }

    fn fmt_entries(&self, entries: &[(u32, Ref)]) -> String {
        let parts: Vec<String> = entries
            .iter()
            .map(|(s, r)| format!("{}={}", self.slot_name(*s), self.fmt_ref(*r)))
            .collect();
        parts.join(" ")
    }

    fn dump_ins(&self, out: &mut String, i: usize, entry_dead: &[Ref]) {
        let ins = &self.ins[i];
        let mut line = format!("  %{:<3} {:<4} {:<10}", i, ins.ty.name(), ins.op.name());
        if ins.op == IrOp::SLoad {
            let _ = write!(line, " {}", self.slot_name(ins.imm as u32));
            if entry_dead.contains(&Ref(i as u32)) {
                line.push_str(" (dead on entry)");
            }
        } else {
            for r in [ins.a, ins.b, ins.c] {
                if r != Ref::NONE {
                    let _ = write!(line, " {}", self.fmt_ref(r));
                }
            }
            match ins.op {
                IrOp::StoreSlot => {
                    let _ = write!(line, " -> {}", self.slot_name(ins.imm as u32));
                }
                IrOp::CheckSeqLen => {
                    let _ = write!(line, " len {}", ins.imm);
                }
                op if op.has_packed_args() => {
                    let (start, n, kind) = seq_args(ins.imm);
                    let items: Vec<String> = self.args[start..start + n]
                        .iter()
                        .map(|r| self.fmt_ref(*r))
                        .collect();
                    let kind = match (op, kind) {
                        (IrOp::BuildSeq, 1) => "list ",
                        (IrOp::BuildSeq, _) => "tuple ",
                        (IrOp::BuildSetMap, 3) => "set ",
                        (IrOp::BuildSetMap, _) => "dict ",
                        _ => "",
                    };
                    let _ = write!(line, " {kind}[{}]", items.join(" "));
                }
                _ => {}
            }
        }
        if ins.op.flags() & GUARD != 0 {
            let s = &self.snaps[ins.snap as usize];
            let _ = write!(line, "   => pc {} [{}]", s.pc, self.fmt_entries(&s.entries));
            for f in &s.inlined {
                let name = match &f.func {
                    Value::Obj(o) => match &o.payload {
                        crate::runtime::object::Payload::Function(func) => {
                            func.code.name.to_string()
                        }
                        _ => "?".to_string(),
                    },
                    _ => "?".to_string(),
                };
                let parts: Vec<String> = f
                    .entries
                    .iter()
                    .map(|(s, r)| format!("{}={}", s, self.fmt_ref(*r)))
                    .collect();
                let _ = write!(line, " > {}@{} [{}]", name, f.pc, parts.join(" "));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }

    /// The textual form used by `--jit-log=i` and the golden tests: slot
    /// loads, the loop body, then each bridge.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let dead = self.entry_dead_loads();
        for i in 0..self.ins.len() {
            if self.ins[i].op == IrOp::SLoad {
                self.dump_ins(&mut out, i, &dead);
            }
        }
        out.push_str(if self.function {
            "  -- function --\n"
        } else {
            "  -- loop --\n"
        });
        for i in 0..self.ins.len() {
            if self.ins[i].op != IrOp::SLoad && !self.in_bridge(i) {
                self.dump_ins(&mut out, i, &dead);
            }
        }
        if !self.function {
            let _ = writeln!(out, "  -- back [{}]", self.fmt_entries(&self.loop_back));
        }
        for b in &self.bridges {
            let _ = writeln!(out, "  -- bridge from %{} --", b.guard);
            for i in b.start as usize..b.end as usize {
                if self.ins[i].op != IrOp::SLoad {
                    self.dump_ins(&mut out, i, &dead);
                }
            }
            if !self.function {
                let _ = writeln!(out, "  -- back [{}]", self.fmt_entries(&b.back));
            }
        }
        out
    }

    /// "function" for a function trace, else "loop" (for the log).
    pub fn kind(&self) -> &'static str {
        if self.function {
            "function"
        } else {
            "loop"
        }
    }

    pub fn guard_count(&self) -> usize {
        self.ins
            .iter()
            .filter(|i| i.op.flags() & GUARD != 0)
            .count()
    }
}
