//! pyjit's bytecode: the one table of instructions, and the code object.
//!
//! Every instruction is an [`Op`] plus a 32-bit argument. The table in
//! `define_ops!` is the single source of truth: it generates the `Op` enum, the
//! printable names, the stack effect of each op (as a function of its argument)
//! and its flags (does it jump, can it raise, is it a loop back-edge). The
//! compiler's stack-depth computation, the disassembler, the tier-1 interpreter
//! and the trace recorder all read this table, so a new op is added in one place.
//!
//! Every instruction boundary is a valid resume point: an instruction either
//! completes (its stack effect applied) or raises before it has changed the
//! visible frame state, so a deoptimising JIT exit can always re-enter the
//! interpreter at the instruction where the guard failed.
use std::rc::Rc;

use crate::runtime::object::Value;

pub mod flags {
    pub const NONE: u8 = 0;
    /// The argument is a jump target (instruction index).
    pub const JUMP: u8 = 1;
    /// The op can raise an exception.
    pub const RAISES: u8 = 2;
    /// The jump goes backwards: a loop back-edge where tier 1 counts hotness.
    pub const BACKEDGE: u8 = 4;
}

macro_rules! define_ops {
    ($( $(#[$doc:meta])* $name:ident => ($effect:expr, $flags:expr) ),* $(,)?) => {
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Op { $( $(#[$doc])* $name),* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name)),* }
            }
            /// Net change in stack depth when executed with `arg` (for jumps: the fall-through path).
            #[allow(clippy::redundant_closure_call)]
            pub fn stack_effect(self, arg: u32) -> i32 {
                let a = arg as i32;
                let _ = a;
                match self { $(Op::$name => { let f: fn(i32) -> i32 = $effect; f(a) }),* }
            }
            pub fn flags(self) -> u8 {
                match self { $(Op::$name => $flags),* }
            }
        }
    };
}

use flags::*;

define_ops! {
    Nop => (|_| 0, NONE),
    PopTop => (|_| -1, NONE),
    DupTop => (|_| 1, NONE),
    DupTopTwo => (|_| 2, NONE),
    RotTwo => (|_| 0, NONE),
    RotThree => (|_| 0, NONE),
    RotFour => (|_| 0, NONE),
    LoadConst => (|_| 1, NONE),
    LoadFast => (|_| 1, RAISES),
    StoreFast => (|_| -1, NONE),
    DeleteFast => (|_| 0, RAISES),
    LoadDeref => (|_| 1, RAISES),
    StoreDeref => (|_| -1, NONE),
    DeleteDeref => (|_| 0, RAISES),
    LoadClassDeref => (|_| 1, RAISES),
    LoadClosure => (|_| 1, NONE),
    LoadGlobal => (|_| 1, RAISES),
    StoreGlobal => (|_| -1, RAISES),
    DeleteGlobal => (|_| 0, RAISES),
    LoadName => (|_| 1, RAISES),
    StoreName => (|_| -1, RAISES),
    DeleteName => (|_| 0, RAISES),
    LoadAttr => (|_| 0, RAISES),
    StoreAttr => (|_| -2, RAISES),
    DeleteAttr => (|_| -1, RAISES),
    /// Pushes [method, self] or [callable, NULL-marker]; pairs with CallMethod.
    LoadMethod => (|_| 1, RAISES),
    BinarySubscr => (|_| -1, RAISES),
    StoreSubscr => (|_| -3, RAISES),
    DeleteSubscr => (|_| -2, RAISES),
    /// arg = BinOpKind
    BinaryOp => (|_| -1, RAISES),
    /// arg = BinOpKind (in-place form)
    InplaceOp => (|_| -1, RAISES),
    /// arg: 0 neg, 1 pos, 2 invert, 3 not
    UnaryOp => (|_| 0, RAISES),
    /// arg = CmpKind
    CompareOp => (|_| -1, RAISES),
    /// arg 1 = `is not`
    IsOp => (|_| -1, NONE),
    /// arg 1 = `not in`
    ContainsOp => (|_| -1, RAISES),
    BuildTuple => (|a| 1 - a, NONE),
    BuildList => (|a| 1 - a, NONE),
    BuildSet => (|a| 1 - a, RAISES),
    /// arg = number of key/value pairs
    BuildMap => (|a| 1 - 2 * a, RAISES),
    /// keys tuple on top, arg values below
    BuildConstKeyMap => (|a: i32| -a, RAISES),
    BuildString => (|a| 1 - a, NONE),
    BuildSlice => (|a| 1 - a, NONE),
    /// list/set/dict at stack[-arg] (after popping) for comprehensions
    ListAppend => (|_| -1, NONE),
    SetAdd => (|_| -1, RAISES),
    MapAdd => (|_| -2, RAISES),
    ListExtend => (|_| -1, RAISES),
    SetUpdate => (|_| -1, RAISES),
    DictUpdate => (|_| -1, RAISES),
    /// `**m` in a call: like DictUpdate but duplicate keys raise TypeError
    DictMerge => (|_| -1, RAISES),
    ListToTuple => (|_| 0, NONE),
    UnpackSequence => (|a| a - 1, RAISES),
    /// arg = before | (after << 8)
    UnpackEx => (|a| (a & 0xff) + (a >> 8), RAISES),
    Jump => (|_| 0, JUMP),
    JumpBack => (|_| 0, JUMP | BACKEDGE),
    PopJumpIfFalse => (|_| -1, JUMP | RAISES),
    PopJumpIfTrue => (|_| -1, JUMP | RAISES),
    JumpIfFalseOrPop => (|_| -1, JUMP | RAISES),
    JumpIfTrueOrPop => (|_| -1, JUMP | RAISES),
    GetIter => (|_| 0, RAISES),
    /// Push the next item, or pop the iterator and jump to arg when exhausted.
    ForIter => (|_| 1, JUMP | RAISES),
    /// arg = positional count; callable below the args
    CallFunction => (|a| -a, RAISES),
    /// arg = total args; tuple of keyword names on top
    CallKw => (|a| -a - 1, RAISES),
    /// arg & 1: kwargs dict on top; then the positional tuple, then the callable
    CallEx => (|a| -1 - (a & 1), RAISES),
    /// arg = positional count; below: method/callable, self-or-NULL
    CallMethod => (|a| -a - 1, RAISES),
    /// flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple; code on top
    MakeFunction => (|a| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)), NONE),
    ReturnValue => (|_| -1, NONE),
    YieldValue => (|_| 0, NONE),
    /// TOS = value to send, TOS1 = sub-iterator
    YieldFrom => (|_| -1, RAISES),
    GetYieldFromIter => (|_| 0, RAISES),
    /// `await` operand: replaces TOS with the iterator to drive (a coroutine
    /// itself, or the result of `__await__`). arg = where the object came from,
    /// for the error message: 0 an `await` expression, 1 `__aenter__`, 2 `__aexit__`
    GetAwaitable => (|_| 0, RAISES),
    /// `async for`: replaces TOS with `type(TOS).__aiter__(TOS)` (which must have `__anext__`)
    GetAIter => (|_| 0, RAISES),
    /// `async for`: TOS = async iterator (kept); pushes the iterator that awaits
    /// its `__anext__()` (already through GetAwaitable's conversion: drive it
    /// with `LoadConst None; YieldFrom`)
    GetANext => (|_| 1, RAISES),
    /// End of an `async for` loop: the handler of the `SetupExcept` around
    /// `GetANext`. Stack [aiter, exc] under a Handler block: if exc is a
    /// StopAsyncIteration, pops both and the Handler block (restoring the
    /// previously handled exception); otherwise re-raises exc
    EndAsyncFor => (|_| -2, RAISES),
    /// `async with`: TOS = context manager; replaces it with the bound `__aexit__`
    /// and pushes the (not yet awaited) result of calling `__aenter__`
    BeforeAsyncWith => (|_| 1, RAISES),
    /// arg = handler target
    SetupExcept => (|_| 0, JUMP),
    SetupFinally => (|_| 0, JUMP),
    /// pops the context manager, pushes __exit__ and the __enter__ result; arg = handler
    SetupWith => (|_| 1, JUMP | RAISES),
    /// `async with` after the `__aenter__` result was awaited: pops TOS (that
    /// result), pushes a finally block whose saved level keeps the bound
    /// `__aexit__` on top, and pushes TOS back; arg = handler (entered with
    /// [aexit, exc])
    SetupAsyncWith => (|_| 0, JUMP),
    PopBlock => (|_| 0, NONE),
    /// Leaves an except handler: restores the previously handled exception.
    PopExcept => (|_| 0, NONE),
    /// arg = 0 bare raise, 1 raise exc, 2 raise exc from cause
    Raise => (|a| -a, RAISES),
    /// pops the exception on top and re-raises it
    Reraise => (|_| -1, RAISES),
    /// TOS = type to match against, TOS1 = (a copy of) the exception; pops both, pushes bool
    CheckExcMatch => (|_| -1, RAISES),
    /// except*: TOS = type, TOS1 = the unhandled exception (or None); pops both and
    /// pushes rest, then match (None for an empty side; a matching bare exception
    /// becomes `ExceptionGroup("", [exc])`); a non-None match becomes the handled exception
    CheckEgMatch => (|_| 0, RAISES),
    /// end of except*: TOS = list of what the clauses raised plus the unhandled rest,
    /// TOS1 = the original exception; pops both, pushes the exception to re-raise or None
    PrepReraiseStar => (|_| -1, RAISES),
    /// Stack [exit, exc]: calls exit(type, exc, tb) and pushes the result
    WithExceptStart => (|_| 1, RAISES),
    /// Stack [exit]: calls exit(None, None, None), pops it
    WithExitNormal => (|_| -1, RAISES),
    ImportName => (|_| -1, RAISES),
    ImportFrom => (|_| 1, RAISES),
    ImportStar => (|_| -1, RAISES),
    /// arg: low 2 bits conversion (0 none, 1 str, 2 repr, 3 ascii), 4 = format spec on top
    FormatValue => (|a| -((a >> 2) & 1), RAISES),
    LoadBuildClass => (|_| 1, NONE),
    SetupAnnotations => (|_| 0, RAISES),
    LoadAssertionError => (|_| 1, NONE),
    GetLen => (|_| 1, RAISES),
    MatchMapping => (|_| 1, NONE),
    MatchSequence => (|_| 1, NONE),
    /// TOS = keys tuple, TOS1 = subject; pushes values tuple or None
    MatchKeys => (|_| 1, RAISES),
    /// arg = number of positional sub-patterns; TOS = kw names tuple, TOS1 = class, TOS2 = subject → attrs tuple or None
    MatchClass => (|_| -2, RAISES),
    /// Copy the arg-th item (1 = TOS) to the top
    Copy => (|_| 1, NONE),
    /// Swap TOS with the arg-th item
    Swap => (|_| 0, NONE),
    /// Push the exception currently being handled (for bare `raise` contexts)
    PushExcInfo => (|_| 1, NONE),
    /// Marks the start of a generator body (discards the first sent value)
    GenStart => (|_| -1, NONE),
    /// Pops value; prints repr in interactive mode (unused by scripts)
    PrintExpr => (|_| -1, RAISES),
    /// Raise NotImplementedError naming an unsupported feature (const arg)
    Unsupported => (|_| 0, RAISES),
    /// match `{..., **rest}`: TOS = tuple of matched keys, TOS1 = the subject mapping;
    /// pops both and pushes a new dict of the subject's items minus those keys
    CopyDictWithoutKeys => (|_| -1, RAISES),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOpKind {
    pub const ALL: [BinOpKind; 13] = [
        BinOpKind::Add,
        BinOpKind::Sub,
        BinOpKind::Mul,
        BinOpKind::MatMul,
        BinOpKind::TrueDiv,
        BinOpKind::FloorDiv,
        BinOpKind::Mod,
        BinOpKind::Pow,
        BinOpKind::LShift,
        BinOpKind::RShift,
        BinOpKind::And,
        BinOpKind::Or,
        BinOpKind::Xor,
    ];
    pub fn from_arg(a: u32) -> BinOpKind {
        BinOpKind::ALL[a as usize]
    }
    pub fn symbol(self) -> &'static str {
        use BinOpKind::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
        }
    }
    /// (`__add__`, `__radd__`, `__iadd__`)
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinOpKind::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            And => ("__and__", "__rand__", "__iand__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpKind {
    pub fn from_arg(a: u32) -> CmpKind {
        [
            CmpKind::Lt,
            CmpKind::Le,
            CmpKind::Eq,
            CmpKind::Ne,
            CmpKind::Gt,
            CmpKind::Ge,
        ][a as usize]
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    pub fn swapped(self) -> CmpKind {
        use CmpKind::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Eq => Eq,
            Ne => Ne,
            Gt => Lt,
            Ge => Le,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

pub mod code_flags {
    pub const GENERATOR: u32 = 1;
    pub const COROUTINE: u32 = 2;
    pub const ASYNC_GENERATOR: u32 = 4;
    pub const VARARGS: u32 = 8;
    pub const VARKEYWORDS: u32 = 16;
    /// Names resolve through a locals dict (module and class bodies).
    pub const NAME_LOCALS: u32 = 32;
}

/// An instruction's source range, as CPython's `co_positions()`: 1-based start
/// and end lines, and 0-based start and end columns counted in UTF-8 bytes from
/// the start of their line. `line == 0` means "no position".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A `LoadGlobal` cache entry: (globals dict, globals version, builtins version, value).
/// The weak reference keeps the dict's allocation reserved, so its address cannot
/// be reused by another dict with a coincidentally equal version while the entry
/// exists, without keeping the namespace alive.
pub type GlobalCacheEntry = (
    std::rc::Weak<crate::runtime::object::PyObject>,
    u64,
    u64,
    Value,
);

/// A compiled code object (one per module, function, class body, lambda, comprehension).
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Source range of each instruction (for traceback column markers).
    pub positions: Vec<Position>,
    pub consts: Vec<Value>,
    /// Tier-1 inline cache for `LoadGlobal`, one entry per name: the value found
    /// and the (globals dict, globals version, builtins version) it is valid for.
    pub global_cache: Vec<std::cell::RefCell<Option<GlobalCacheEntry>>>,
    /// Tier-1 inline cache for `LoadAttr`, one entry per name: the version of a
    /// type known to have no attribute of that name (so instances of it find the
    /// name in their own dict, with no descriptor to consult). 0 = empty.
    pub attr_cache: Vec<std::cell::Cell<u64>>,
    /// Tier-1 hint for instance-dict accesses, one per name: the entry index
    /// where the name was last found (checked by key identity before use).
    pub attr_hints: Vec<std::cell::Cell<u32>>,
    /// Tier-1 inline cache for `StoreAttr`, one entry per name: the version of a
    /// type with nothing under that name, no `__setattr__` and no `__slots__`.
    pub store_attr_cache: Vec<std::cell::Cell<u64>>,
    /// Tier-1 inline cache for `LoadMethod`, one entry per name: (type version,
    /// the plain function or built-in method found on that type).
    pub method_cache: Vec<std::cell::RefCell<Option<(u64, Value)>>>,
    /// Back-edge counters and operand-type feedback (see `tiers::profile`).
    pub profile: crate::tiers::profile::Profile,
    /// Attribute / global names (str values).
    pub names: Vec<Value>,
    /// Fast local variable names (parameters first).
    pub varnames: Vec<Rc<str>>,
    /// Cell variables owned by this code (captured by inner functions).
    pub cellvars: Vec<Rc<str>>,
    /// Free variables (cells received from the enclosing function).
    pub freevars: Vec<Rc<str>>,
    /// For each cell var that is also a parameter: (cell index, local index).
    pub cell_params: Vec<(usize, usize)>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    pub max_stack: usize,
}

impl Code {
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
    pub fn position_at(&self, pc: usize) -> Position {
        self.positions.get(pc).copied().unwrap_or_default()
    }
    pub fn is_generator_like(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }
    /// A readable listing (for `--jit-log=b` style diagnostics and tests).
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        for (i, ins) in self.instrs.iter().enumerate() {
            out.push_str(&format!(
                "{:>4} {:>5} {:<18} {}\n",
                self.lines[i],
                i,
                ins.op.name(),
                ins.arg
            ));
        }
        out
    }
}
