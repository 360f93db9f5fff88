//! Tier 2: the tracing JIT's control — when to record, compile, enter and
//! leave a trace.
//!
//! The life of a loop: tier 1 counts its back edge (`profile.rs`); when the
//! count reaches the threshold (a prime, 1039 by default, so loops with round
//! trip counts are not traced on a boundary iteration) the next iteration is
//! recorded (`recorder.rs`) into trace IR (`ir.rs`), optimised (`opt/`) and
//! compiled by the Cranelift back end (`crate::jit`). From then on the back
//! edge enters the compiled loop, which runs until a guard fails; the exit
//! rebuilds the frame (`deopt.rs`) and the interpreter carries on from the
//! exact bytecode. A recording that aborts is retried after another threshold
//! of iterations; after `MAX_ABORTS` the loop is blacklisted for the run.
//! `--jit-log` output comes from here and is written by `log.rs`.
pub mod deopt;
pub mod ir;
pub mod liveness;
pub mod log;
pub mod opt;
pub mod recorder;

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::jit::{ctx, Backend, CompiledCode, TraceCtx};
use crate::runtime::object::{PyResult, Value};
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;

use ir::{Snapshot, Trace};
use log::JitLog;
use recorder::{Abort, Recorder, Step};

/// Default back-edge count before a loop is traced (a prime, as in PyPy).
pub const DEFAULT_THRESHOLD: u32 = 1039;
/// Aborted recordings of one loop before it is blacklisted.
pub const MAX_ABORTS: u32 = 4;
/// Recordings that ran out of the loop that count as one abort.
const MAX_LEFT_LOOP: u32 = 16;
/// Inner loops per root loop that may be recorded unrolled.
const MAX_UNROLLED: usize = 8;
/// Entries whose slot types no longer match before a trace is thrown away.
const MAX_ENTRY_MISMATCHES: u32 = 64;
/// Mismatching entries before a loop's first iteration after which the
/// trace is entered only at the back edge.
const MAX_LOOP_ENTRY_MISMATCHES: u32 = 8;
/// Exits through one guard after which, if that guard takes at least half of
/// the trace's entries, the trace is thrown away and the loop recorded again
/// (a loop whose hot path is not the recorded one is better off re-recorded
/// or left to tier 1). Not while a tree is still growing bridges: the count
/// of entries says nothing about iterations, so a tree that is left through
/// one unbridgeable guard once per run of the loop looks just like a broken
/// one, and recording it again would only grow the same bridges. Once a tree
/// has spent its bridge budget, a hot exit throws it away.
const HOT_EXIT: u64 = 128;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Off,
    On,
    Always,
}

/// A trace with its machine code and its counters.
pub struct CompiledTrace {
    pub id: u32,
    pub trace: Trace,
    pub code: CompiledCode,
    /// Exits taken, per exit id (index = id - 1).
    pub exit_counts: Vec<Cell<u64>>,
    pub interrupt_snap: Snapshot,
    /// Slot loads skipped by first-iteration exits (`Trace::entry_dead_loads`).
    pub entry_dead: Vec<ir::Ref>,
    /// By exit id: for a `ReturnExit` whose snapshot holds just the return
    /// value (the function's result, handed back without rebuilding the
    /// frame), that value's ref.
    pub return_exits: Vec<Option<ir::Ref>>,
    pub entries: Cell<u64>,
    /// Runs of a function trace that returned (not counted as exits).
    pub returns: Cell<u64>,
    pub entry_mismatches: Cell<u32>,
    /// Entries before the first iteration whose slot types did not match.
    pub loop_entry_mismatches: Cell<u32>,
    /// "file.py:LINE" of the loop header.
    pub location: String,
    pub max_entries: usize,
    /// Failed bridge recordings per guard.
    pub bridge_tries: RefCell<HashMap<u32, u32>>,
    /// Guards whose exit leaves the loop (a bridge recorded from there left
    /// the loop): taken once per run of the loop, never bridged or flushed.
    pub loop_exits: RefCell<std::collections::HashSet<u32>>,
}

impl CompiledTrace {
    /// May a bridge still be grown from guard `g` with snapshot `snap`?
    fn can_bridge(&self, g: u32, snap: &Snapshot) -> bool {
        // (A `CallPy` exit resumes after its call, not at the snapshot.)
        snap.reason != "loop end"
            && snap.reason != OPAQUE_CALL
            && snap.reason != recorder::YIELD
            && snap.reason != recorder::RETURN
            && !self.loop_exits.borrow().contains(&g)
            && self.trace.bridges.len() < MAX_BRIDGES
            && self.bridge_tries.borrow().get(&g).copied().unwrap_or(0) < MAX_BRIDGE_TRIES
    }
}

/// Yield exits after which a generator loop that yields on (nearly) every
/// iteration is given back to the interpreter.
const YIELDY_EXITS: u64 = 2000;

/// The exit reason of `CallPy` guards.
pub const OPAQUE_CALL: &str = "opaque call";

/// Exits through one guard before a bridge is recorded from it (LuaJIT: 10).
const BRIDGE_AT: u64 = 10;
/// Bridges per trace tree.
const MAX_BRIDGES: usize = 32;
/// Failed bridge recordings from one guard before giving up on it.
const MAX_BRIDGE_TRIES: u32 = 2;

/// Per-loop JIT state, keyed by the loop header's bytecode index.
#[derive(Default)]
pub struct LoopState {
    pub trace: Option<Rc<CompiledTrace>>,
    pub aborts: u32,
    /// Recordings that ran out of the loop (free, up to `MAX_LEFT_LOOP`).
    pub left: u32,
    pub blacklisted: bool,
    /// Locals to load as `opt` (None or an object) when recording.
    pub opt_slots: std::collections::HashSet<u32>,
    /// Inner loops to record unrolled (see `Recorder::unroll`).
    pub unroll: std::collections::HashSet<(usize, u32)>,
}

#[derive(Default)]
struct Stats {
    started: u32,
    compiled: u32,
    aborts: BTreeMap<String, u32>,
    blacklisted: u32,
    compile_time: Duration,
}

pub struct Jit {
    pub mode: Cell<Mode>,
    /// Back-edge count that triggers tier 2 (u32::MAX when off).
    pub threshold: Cell<u32>,
    recorder: RefCell<Option<(u32, Recorder)>>,
    /// While recording a bridge: the tree it grows from.
    bridge_parent: RefCell<Option<Rc<CompiledTrace>>>,
    backend: RefCell<Option<Backend>>,
    pub log: RefCell<JitLog>,
    stats: RefCell<Stats>,
    next_id: Cell<u32>,
    traces: RefCell<Vec<Rc<CompiledTrace>>>,
}

impl Default for Jit {
    fn default() -> Self {
        Jit {
            mode: Cell::new(Mode::On),
            threshold: Cell::new(DEFAULT_THRESHOLD),
            recorder: RefCell::new(None),
            bridge_parent: RefCell::new(None),
            backend: RefCell::new(None),
            log: RefCell::new(JitLog::default()),
            stats: RefCell::new(Stats::default()),
            next_id: Cell::new(1),
            traces: RefCell::new(Vec::new()),
        }
    }
}

impl Jit {
    pub fn configure(&self, mode: Mode, threshold: Option<u32>) {
        self.mode.set(mode);
        self.threshold.set(match mode {
            Mode::Off => u32::MAX,
            Mode::Always => 1,
            Mode::On => threshold.unwrap_or(DEFAULT_THRESHOLD).max(1),
        });
    }
}

fn short_file(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

fn location(frame: &Frame, pc: usize) -> String {
    format!(
        "{}:{}",
        short_file(&frame.code.filename),
        frame.code.line_at(pc)
    )
}

/// Called by the interpreter after a `JumpBack` whose count reached the
/// threshold; the frame is at the loop header.
pub fn on_backedge(vm: &Vm, frame: &mut Frame, backedge_pc: usize) -> PyResult<()> {
    let jit = &vm.jit;
    if jit.mode.get() == Mode::Off || vm.recording() {
        return Ok(());
    }
    let header = frame.pc as u32;
    let trace = {
        let mut loops = frame.code.profile.loops.borrow_mut();
        let st = loops.entry(header).or_default();
        if st.blacklisted {
            frame.code.profile.reset_backedge(backedge_pc);
            return Ok(());
        }
        st.trace.clone()
    };
    match trace {
        Some(t) => enter(vm, frame, &t, false).map(|_| ()),
        None => {
            start_recording(vm, frame, header, backedge_pc);
            Ok(())
        }
    }
}

/// Called after `GetIter` when the `for` loop that follows has a compiled
/// trace: enter it on the first iteration instead of the second.
pub fn on_loop_entry(vm: &Vm, frame: &mut Frame) -> PyResult<()> {
    if vm.recording() {
        return Ok(());
    }
    let header = frame.pc as u32;
    let trace = frame
        .code
        .profile
        .loops
        .borrow()
        .get(&header)
        .and_then(|s| s.trace.clone());
    match trace {
        Some(t) => enter(vm, frame, &t, true).map(|_| ()),
        None => Ok(()),
    }
}

/// Called when a call of a function that may be traced (`Profile::func_entry`
/// is `entry`) has been counted past the threshold; `frame` is the new
/// call's frame, at its first instruction. Enters the function's trace, or
/// starts recording one. Returns the call's result when the trace ran it to
/// its `return`; otherwise the frame is ready to resume where the trace left.
pub fn on_call(vm: &Vm, frame: &mut Frame, entry: usize) -> PyResult<Option<Value>> {
    let jit = &vm.jit;
    if jit.mode.get() == Mode::Off || vm.recording() {
        return Ok(None);
    }
    let header = entry as u32;
    if frame.code.profile.is_compiled(entry) {
        let t = frame.code.profile.func_trace.borrow().clone();
        if let Some(t) = t {
            return enter(vm, frame, &t, false);
        }
    }
    let trace = {
        let mut loops = frame.code.profile.loops.borrow_mut();
        let st = loops.entry(header).or_default();
        if st.blacklisted {
            frame.code.profile.reset_backedge(entry);
            return Ok(None);
        }
        st.trace.clone()
    };
    match trace {
        Some(t) => enter(vm, frame, &t, false),
        None => {
            let id = next_trace_id(jit);
            let log = jit.log.borrow();
            if log.on('t') {
                log.write(&format!(
                    "[trace {} start {}:{} function {}]",
                    id,
                    short_file(&frame.code.filename),
                    frame.code.first_line,
                    frame.code.qualname
                ));
            }
            drop(log);
            begin_recording(vm, frame, header, id, Recorder::new_function(frame, header));
            Ok(None)
        }
    }
}

/// Run the function trace `t` for a new call's `frame` (at its first
/// instruction, see [`on_call`]).
pub fn enter_function(
    vm: &Vm,
    frame: &mut Frame,
    t: &Rc<CompiledTrace>,
) -> PyResult<Option<Value>> {
    enter(vm, frame, t, false)
}

/// A fresh trace number (each recording gets one).
fn next_trace_id(jit: &Jit) -> u32 {
    let id = jit.next_id.get();
    jit.next_id.set(id + 1);
    jit.stats.borrow_mut().started += 1;
    id
}

/// Start recording with `rec`, which learns the loop's `opt` locals.
fn begin_recording(vm: &Vm, frame: &Frame, header: u32, id: u32, mut rec: Recorder) {
    rec.opt_slots = frame
        .code
        .profile
        .loops
        .borrow()
        .get(&header)
        .map(|s| s.opt_slots.clone())
        .unwrap_or_default();
    if rec.bridge.is_none() {
        // A bridge records inner loops as its tree's root did.
        rec.unroll = frame
            .code
            .profile
            .loops
            .borrow()
            .get(&header)
            .map(|s| s.unroll.clone())
            .unwrap_or_default();
        rec.trace.unroll = rec.unroll.iter().copied().collect();
    }
    rec.keep_bytecodes = vm.jit.log.borrow().on('b');
    *vm.jit.recorder.borrow_mut() = Some((id, rec));
    vm.set_recording(true);
}

fn start_recording(vm: &Vm, frame: &Frame, header: u32, backedge_pc: usize) {
    let jit = &vm.jit;
    let id = next_trace_id(jit);
    let log = jit.log.borrow();
    if log.on('t') {
        log.write(&format!(
            "[trace {} start {} loop]",
            id,
            location(frame, header as usize)
        ));
    }
    drop(log);
    begin_recording(
        vm,
        frame,
        header,
        id,
        Recorder::new(frame, header, backedge_pc as u32),
    );
}

/// Record a bridge from guard `guard` of `t`: the frame was just restored
/// at that guard's snapshot, so its next instruction is the bridge's first.
fn start_bridge(vm: &Vm, frame: &Frame, t: &Rc<CompiledTrace>, guard: u32, first: bool) {
    let jit = &vm.jit;
    let id = next_trace_id(jit);
    let log = jit.log.borrow();
    if log.on('t') {
        log.write(&format!(
            "[trace {} start {} bridge from trace {}]",
            id,
            location(frame, frame.pc),
            t.id
        ));
    }
    drop(log);
    let rec = Recorder::new_bridge(frame, &t.trace, guard, first);
    *jit.bridge_parent.borrow_mut() = Some(t.clone());
    begin_recording(vm, frame, t.trace.header_pc, id, rec);
}

/// The interpreter is about to execute `pc` in `frame` while recording.
pub fn record_step(vm: &Vm, frame: &Frame, pc: usize) {
    let jit = &vm.jit;
    let mut slot = jit.recorder.borrow_mut();
    let Some((_, rec)) = slot.as_mut() else {
        vm.set_recording(false);
        return;
    };
    // A recorder bug must not take the program down: the loop just stays
    // in the interpreter (the panic message still goes to stderr).
    let step = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rec.step(vm, frame, pc)))
        .unwrap_or(Step::Abort(Abort::Unsupported("internal recorder error")));
    match step {
        Step::Continue => {}
        Step::Closed => {
            let (id, rec) = slot.take().expect("recorder");
            drop(slot);
            vm.set_recording(false);
            finish(vm, id, rec);
        }
        Step::Abort(a) => {
            let (id, rec) = slot.take().expect("recorder");
            drop(slot);
            vm.set_recording(false);
            abort(vm, id, rec, a, Some((frame, pc)));
        }
    }
}

/// An exception is propagating while recording: give up on the trace.
pub fn abort_recording(vm: &Vm, why: Abort) {
    let jit = &vm.jit;
    let taken = jit.recorder.borrow_mut().take();
    vm.set_recording(false);
    if let Some((id, rec)) = taken {
        abort(vm, id, rec, why, None);
    }
}

fn abort(vm: &Vm, id: u32, rec: Recorder, why: Abort, at: Option<(&Frame, usize)>) {
    let jit = &vm.jit;
    let mut stats = jit.stats.borrow_mut();
    *stats.aborts.entry(why.kind()).or_default() += 1;
    if let Some(slot) = rec.widen {
        // Learn that this local alternates between None and objects.
        let mut loops = rec.code.profile.loops.borrow_mut();
        let st = loops.entry(rec.trace.header_pc).or_default();
        st.opt_slots.insert(slot);
        if rec.bridge.is_some() {
            // The tree's loop must be recorded again with the wider slot.
            st.trace = None;
            rec.code
                .profile
                .set_compiled(rec.trace.header_pc as usize, false);
        }
    }
    let learned_unroll = rec.bridge.is_none()
        && rec.learned_unroll.is_some_and(|u| {
            let mut loops = rec.code.profile.loops.borrow_mut();
            let st = loops.entry(rec.trace.header_pc).or_default();
            st.unroll.len() < MAX_UNROLLED && st.unroll.insert(u)
        });
    if let Some(b) = &rec.bridge {
        // A failed bridge only counts against its guard.
        if let Some(parent) = jit.bridge_parent.borrow_mut().take() {
            *parent.bridge_tries.borrow_mut().entry(b.guard).or_default() += 1;
            if why == Abort::LeftLoop {
                parent.loop_exits.borrow_mut().insert(b.guard);
            }
        }
        let log = jit.log.borrow();
        if log.on('b') {
            log_bytecodes(&log, id, &rec);
        }
        if log.on('t') {
            let loc = match at {
                Some((f, pc)) => location(f, pc),
                None => short_file(&rec.code.filename).to_string(),
            };
            log.write(&format!("[trace {id} abort {loc} -- {why}]"));
        }
        return;
    }
    let header = rec.trace.header_pc;
    let mut loops = rec.code.profile.loops.borrow_mut();
    let st = loops.entry(header).or_default();
    // A recording that ran out of the loop (a short loop whose recorded
    // iteration was its last) is retried without penalty: a later run of the
    // loop may well complete an iteration.
    if learned_unroll {
        // Retried at once with the inner loop unrolled: no penalty.
    } else if why != Abort::LeftLoop {
        st.aborts += 1;
    } else {
        // A loop whose iterations keep leaving it (a `return` in the body)
        // is not worth recording forever.
        st.left += 1;
        if st.left.is_multiple_of(MAX_LEFT_LOOP) {
            st.aborts += 1;
        }
    }
    let blacklist = st.aborts >= MAX_ABORTS && !st.blacklisted;
    if blacklist {
        st.blacklisted = true;
        stats.blacklisted += 1;
    }
    drop(loops);
    rec.code.profile.reset_backedge(rec.backedge_pc as usize);
    let log = jit.log.borrow();
    if log.on('b') {
        log_bytecodes(&log, id, &rec);
    }
    if log.on('t') {
        let loc = match at {
            Some((f, pc)) if rec.is_frame(f) => location(f, pc),
            _ => format!(
                "{}:{}",
                short_file(&rec.code.filename),
                rec.code.line_at(header as usize)
            ),
        };
        log.write(&format!("[trace {id} abort {loc} -- {why}]"));
        if blacklist {
            log.write(&format!(
                "[trace {id} blacklisted {}:{} loop]",
                short_file(&rec.code.filename),
                rec.code.line_at(header as usize)
            ));
        }
    }
}

fn log_bytecodes(log: &JitLog, id: u32, rec: &Recorder) {
    let mut s = format!("---- trace {id} bytecode\n");
    for b in &rec.bytecodes {
        s.push_str("  ");
        s.push_str(b);
        s.push('\n');
    }
    log.write(&s);
}

fn finish(vm: &Vm, id: u32, rec: Recorder) {
    let jit = &vm.jit;
    let log = jit.log.borrow();
    if log.on('b') {
        log_bytecodes(&log, id, &rec);
    }
    if log.on('i') {
        log.write(&format!(
            "---- trace {id} IR (recorded)\n{}",
            rec.trace.dump()
        ));
    }
    let Ok(trace) =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| opt::optimize(&rec.trace)))
    else {
        drop(log);
        abort(
            vm,
            id,
            rec,
            Abort::Unsupported("internal optimiser error"),
            None,
        );
        return;
    };
    if log.on('i') {
        log.write(&format!("---- trace {id} IR (optimized)\n{}", trace.dump()));
    }
    let t0 = Instant::now();
    let compiled = {
        let mut be = jit.backend.borrow_mut();
        if be.is_none() {
            match Backend::new() {
                Ok(b) => *be = Some(b),
                Err(e) => {
                    drop(be);
                    drop(log);
                    abort(vm, id, rec, Abort::Unsupported("no JIT backend"), None);
                    jit.log
                        .borrow()
                        .write(&format!("[jit backend unavailable: {e}]"));
                    return;
                }
            }
        }
        let inline = crate::jit::layout::layout(vm).map(|layout| crate::jit::lower::InlineSeq {
            layout,
            list_cls: crate::jit::raw::payload_word(&crate::runtime::object::Value::Type(
                vm.t.list.clone(),
            )),
            tuple_cls: crate::jit::raw::payload_word(&crate::runtime::object::Value::Type(
                vm.t.tuple.clone(),
            )),
            dict_cls: crate::jit::raw::payload_word(&crate::runtime::object::Value::Type(
                vm.t.dict.clone(),
            )),
            list_iter_cls: crate::jit::raw::payload_word(&crate::runtime::object::Value::Type(
                vm.t.list_iterator.clone(),
            )),
        });
        let backend = be.as_mut().expect("backend");
        let (want_clif, want_asm) = (log.on('c'), log.on('m'));
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            backend.compile(&trace, inline, want_clif, want_asm)
        })) {
            Ok(r) => r,
            Err(_) => {
                // A back-end bug: forget the half-built function, keep the
                // code of the traces already compiled.
                backend.recover();
                Err("internal back-end error".to_string())
            }
        }
    };
    let elapsed = t0.elapsed();
    let code = match compiled {
        Ok(c) => c,
        Err(e) => {
            drop(log);
            if jit.log.borrow().on('t') {
                jit.log
                    .borrow()
                    .write(&format!("[trace {id} compile error: {e}]"));
            }
            abort(vm, id, rec, Abort::Unsupported("compile error"), None);
            return;
        }
    };
    if let Some(c) = &code.clif {
        log.write(&format!("---- trace {id} Cranelift IR\n{c}"));
    }
    if log.on('m') {
        log.write(&format!(
            "---- trace {id} machine code: {} bytes at {:#x}\n{}",
            code.code_size,
            code.address,
            code.vcode.as_deref().unwrap_or("")
        ));
    }
    let header = trace.header_pc;
    let parent = if rec.bridge.is_some() {
        let p = jit.bridge_parent.borrow_mut().take();
        // The tree may have been replaced or flushed while recording.
        let current = rec
            .code
            .profile
            .loops
            .borrow()
            .get(&header)
            .and_then(|s| s.trace.clone());
        match (p, current) {
            (Some(p), Some(c)) if Rc::ptr_eq(&p, &c) => Some(p),
            _ => return,
        }
    } else {
        None
    };
    let loc = format!(
        "{}:{}",
        short_file(&rec.code.filename),
        rec.code.line_at(header as usize)
    );
    // The back-edge exit stores the carried slots' values in `loop_back`
    // order, typed like the header's slot loads (bridges end there too).
    let interrupt_snap = Snapshot {
        blocks: Vec::new(),
        pc: rec.backedge_pc,
        depth: trace.entry_depth,
        entries: trace
            .loop_back
            .iter()
            .map(|&(slot, _)| {
                let sload = trace
                    .ins
                    .iter()
                    .position(|i| i.op == ir::IrOp::SLoad && i.imm as u32 == slot)
                    .expect("carried slot has a slot load");
                (slot, ir::Ref(sload as u32))
            })
            .collect(),
        reason: "interrupt",
        inlined: Vec::new(),
        in_subloop: false,
    };
    let max_entries = trace
        .snaps
        .iter()
        .map(|s| s.len())
        .chain(std::iter::once(trace.loop_back.len()))
        .max()
        .unwrap_or(0);
    let return_exits = std::iter::once(None)
        .chain(code.exit_guards.iter().map(|&g| {
            let ins = &trace.ins[g as usize];
            let snap = &trace.snaps[ins.snap as usize];
            (ins.op == ir::IrOp::ReturnExit
                && snap.inlined.is_empty()
                && snap.blocks.is_empty()
                && snap.entries.len() == 1
                && snap.entries[0].0 + 1 == trace.nlocals + snap.depth)
                .then(|| snap.entries[0].1)
        }))
        .collect();
    let ct = Rc::new(CompiledTrace {
        id,
        exit_counts: (0..code.exit_guards.len()).map(|_| Cell::new(0)).collect(),
        code,
        interrupt_snap,
        entry_dead: trace.entry_dead_loads(),
        return_exits,
        entries: Cell::new(0),
        returns: Cell::new(0),
        entry_mismatches: Cell::new(0),
        loop_entry_mismatches: Cell::new(0),
        location: loc.clone(),
        max_entries,
        bridge_tries: RefCell::new(
            parent
                .as_ref()
                .map(|p| p.bridge_tries.borrow().clone())
                .unwrap_or_default(),
        ),
        loop_exits: RefCell::new(
            parent
                .as_ref()
                .map(|p| p.loop_exits.borrow().clone())
                .unwrap_or_default(),
        ),
        trace,
    });
    if let (Some(p), Some(b), true) = (&parent, &rec.bridge, log.on('t')) {
        let exit = p
            .code
            .exit_guards
            .iter()
            .position(|g| *g == b.guard)
            .map(|k| k + 1)
            .unwrap_or(0);
        log.write(&format!(
            "[trace {id} ({}/exit {exit}) bridge -> {} {loc}: tree of {} ins, {} guards, {} bridges, {} bytes]",
            p.id,
            ct.trace.kind(),
            ct.trace.ins.len(),
            ct.trace.guard_count(),
            ct.trace.bridges.len(),
            ct.code.code_size
        ));
    } else if log.on('t') {
        log.write(&format!(
            "[trace {id} -> {} {loc}: {} ins, {} guards, {} bytes]",
            ct.trace.kind(),
            ct.trace.ins.len(),
            ct.trace.guard_count(),
            ct.code.code_size
        ));
    }
    {
        let mut stats = jit.stats.borrow_mut();
        stats.compiled += 1;
        stats.compile_time += elapsed;
    }
    rec.code
        .profile
        .loops
        .borrow_mut()
        .entry(header)
        .or_default()
        .trace = Some(ct.clone());
    rec.code.profile.set_compiled(header as usize, true);
    if ct.trace.function {
        *rec.code.profile.func_trace.borrow_mut() = Some(ct.clone());
    }
    if let Some(p) = &parent {
        jit.traces.borrow_mut().retain(|t| !Rc::ptr_eq(t, p));
    }
    jit.traces.borrow_mut().push(ct);
}

/// Run a compiled trace from the loop header and rebuild the frame at its
/// exit. A function trace that ran to its `return` gives the return value
/// instead (the frame is not rebuilt: it is about to be dropped).
fn enter(
    vm: &Vm,
    frame: &mut Frame,
    t: &Rc<CompiledTrace>,
    loop_entry: bool,
) -> PyResult<Option<Value>> {
    if frame.stack.len() != t.trace.entry_depth as usize
        || frame.locals.len() != t.trace.nlocals as usize
    {
        return Ok(None);
    }
    let mut small = [0u64; 16];
    let mut big = Vec::new();
    let buf: &mut [u64] = if t.max_entries <= small.len() {
        &mut small
    } else {
        big.resize(t.max_entries, 0);
        &mut big
    };
    for d in &t.trace.deps {
        if !d.holds(vm) {
            let why = format!("{} changed", d.key);
            invalidate(vm, frame, t, &why);
            return Ok(None);
        }
    }
    let (locals, stack, cells) = (
        frame.locals.as_mut_ptr() as *mut u8,
        frame.stack.as_mut_ptr() as *mut u8,
        frame.cells.as_ptr(),
    );
    match run_trace(vm, t, locals, stack, cells, buf) {
        Ran::Returned(v) => Ok(Some(v)),
        Ran::Left {
            exit,
            temps,
            after_call,
        } => after_exit(vm, frame, t, loop_entry, exit, buf, temps, after_call),
    }
}

/// How a run of compiled code ended.
enum Ran {
    /// A function trace returned this value.
    Returned(Value),
    /// It left through exit `exit` (0: the slot types did not match at
    /// entry), with the exit buffer filled, the iteration's temporaries
    /// still held and, for a `CallPy` exit, the call's outcome.
    Left {
        exit: u32,
        temps: Vec<Value>,
        after_call: Option<PyResult<Value>>,
    },
}

/// Call `t`'s code on the frame memory at `locals`/`stack`/`cells`.
#[inline]
fn run_trace(
    vm: &Vm,
    t: &Rc<CompiledTrace>,
    locals: *mut u8,
    stack: *mut u8,
    cells: *const crate::runtime::object::ObjRef,
    buf: &mut [u64],
) -> Ran {
    let mut temps: Vec<Value> = Vec::new();
    let mut cx = TraceCtx {
        locals,
        stack,
        exit_buf: buf.as_mut_ptr(),
        interrupt: crate::runtime::vm::SIGINT_FLAG.as_ptr() as *const u8,
        scratch: 0,
        temps: &mut temps,
        finalizers: vm.attention_ptr(),
        vm,
        cells,
        deps: &t.trace.deps,
        after_call: None,
    };
    t.entries.set(t.entries.get() + 1);
    let exit = (t.code.func)(&mut cx);
    if let Some(Some(r)) = t.return_exits.get(exit as usize) {
        // The function returned: its value is the snapshot's only entry
        // (the locals are dead at a `return`).
        let v = deopt::value_of(&t.trace, *r, buf[0]);
        drop(temps);
        t.returns.set(t.returns.get() + 1);
        return Ran::Returned(v);
    }
    let after_call = cx.after_call.take();
    Ran::Left {
        exit,
        temps,
        after_call,
    }
}

/// How a frameless run of a function trace ended (see
/// [`run_function_frameless`]).
pub enum Frameless {
    /// The trace could not be entered now (a global it assumed changed, or
    /// its exits need a large buffer): call the function the usual way.
    NotEntered,
    Returned(Value),
    /// It left: the frame made at the exit, and what `enter` would give.
    InFrame(Box<Frame>, PyResult<Option<Value>>),
}

/// Run the function trace `t` for a call whose locals are `locals` (the
/// arguments, then unbound) with no frame: `make_frame` makes one, taking
/// the locals, only if the trace does not return (the call then goes on
/// in it, as after [`enter_function`]).
#[inline]
pub fn run_function_frameless(
    vm: &Vm,
    t: &Rc<CompiledTrace>,
    locals: &mut [Option<Value>],
    make_frame: impl FnOnce(&mut [Option<Value>]) -> Frame,
) -> Frameless {
    let mut buf = [0u64; 16];
    if t.max_entries > buf.len() || locals.len() != t.trace.nlocals as usize {
        return Frameless::NotEntered;
    }
    if !t.trace.deps.iter().all(|d| d.holds(vm)) {
        return Frameless::NotEntered;
    }
    // A function trace starts with an empty value stack and never reads it.
    let stack = std::ptr::NonNull::<Value>::dangling().as_ptr() as *mut u8;
    let cells = std::ptr::NonNull::<crate::runtime::object::ObjRef>::dangling().as_ptr();
    match run_trace(
        vm,
        t,
        locals.as_mut_ptr() as *mut u8,
        stack,
        cells,
        &mut buf,
    ) {
        Ran::Returned(v) => Frameless::Returned(v),
        Ran::Left {
            exit,
            temps,
            after_call,
        } => {
            let mut frame = Box::new(make_frame(locals));
            let r = after_exit(vm, &mut frame, t, false, exit, &mut buf, temps, after_call);
            Frameless::InFrame(frame, r)
        }
    }
}

/// The slow half of [`enter`]: the trace left through exit `exit` (0: the
/// slot types did not match at entry) with `buf` filled.
#[cold]
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn after_exit(
    vm: &Vm,
    frame: &mut Frame,
    t: &Rc<CompiledTrace>,
    loop_entry: bool,
    exit: u32,
    buf: &mut [u64],
    temps: Vec<Value>,
    after_call: Option<PyResult<Value>>,
) -> PyResult<Option<Value>> {
    match exit {
        0 if loop_entry => {
            // Before the first iteration a slot may still hold another type
            // (one the loop reads before writing): if that keeps happening,
            // only enter at the back edge.
            let n = t.loop_entry_mismatches.get() + 1;
            t.loop_entry_mismatches.set(n);
            if n >= MAX_LOOP_ENTRY_MISMATCHES {
                frame
                    .code
                    .profile
                    .set_compiled(t.trace.header_pc as usize, false);
            }
        }
        0 => {
            let n = t.entry_mismatches.get() + 1;
            t.entry_mismatches.set(n);
            if n >= MAX_ENTRY_MISMATCHES && u64::from(n) * 2 > t.entries.get() {
                // Locals that now hold None where an object was seen (or the
                // reverse) are recorded as `opt` next time.
                let mut widen = Vec::new();
                for ins in &t.trace.ins {
                    let slot = ins.imm as u32;
                    if ins.op == ir::IrOp::SLoad
                        && slot < t.trace.nlocals
                        && matches!(ins.ty, ir::Ty::Obj | ir::Ty::Nil)
                    {
                        let now = frame.locals[slot as usize].as_ref().map(ir::Ty::of);
                        if matches!(now, Some(ir::Ty::Obj | ir::Ty::Nil)) && now != Some(ins.ty) {
                            widen.push(slot);
                        }
                    }
                }
                if !widen.is_empty() {
                    let mut loops = frame.code.profile.loops.borrow_mut();
                    let st = loops.entry(t.trace.header_pc).or_default();
                    st.opt_slots.extend(widen);
                }
                invalidate(vm, frame, t, "slot types changed");
            }
        }
        ctx::INTERRUPT_EXIT => {
            deopt::restore(vm, frame, &t.trace, &t.interrupt_snap, buf, &[], None)?;
        }
        k => {
            // An exit on the first iteration leaves entry-dead slots alone.
            let first = k & ir::FIRST_ITERATION != 0;
            let k = k & !ir::FIRST_ITERATION;
            let skip: &[ir::Ref] = if first { &t.entry_dead } else { &[] };
            let Some(&guard) = t.code.exit_guards.get(k as usize - 1) else {
                return Ok(None);
            };
            let snap = &t.trace.snaps[t.trace.ins[guard as usize].snap as usize];
            let c = &t.exit_counts[k as usize - 1];
            c.set(c.get() + 1);
            let log = vm.jit.log.borrow();
            if log.on('x') && c.get() <= 3 {
                log.write(&format!(
                    "[exit trace {} #{} {} -> pc {} line {}: {}{}]",
                    t.id,
                    k,
                    t.location,
                    snap.pc,
                    frame.code.line_at(snap.pc as usize),
                    snap.reason,
                    if c.get() == 3 {
                        " (further exits counted)"
                    } else {
                        ""
                    }
                ));
            }
            drop(log);
            if snap.reason == recorder::YIELD
                && c.get() >= YIELDY_EXITS
                && c.get() * 10 >= t.entries.get() * 9
            {
                // The generator's loop yields on (nearly) every iteration:
                // entering compiled code for one iteration costs more than
                // interpreting it. Leave this loop to the interpreter.
                let mut loops = frame.code.profile.loops.borrow_mut();
                let st = loops.entry(t.trace.header_pc).or_default();
                st.trace = None;
                st.blacklisted = true;
                frame
                    .code
                    .profile
                    .set_compiled(t.trace.header_pc as usize, false);
            }
            let bridgeable = t.can_bridge(guard, snap);
            let budget_spent = t.trace.bridges.len() >= MAX_BRIDGES;
            if !bridgeable
                // (A function trace's entries are calls: an unbridgeable
                // exit taken by most of them means most calls run in the
                // interpreter anyway, bridges or not.)
                && (t.trace.bridges.is_empty() || budget_spent || t.trace.function)
                && !t.loop_exits.borrow().contains(&guard)
                && c.get() >= HOT_EXIT
                && c.get() * 2 >= t.entries.get()
                && snap.reason != "loop end"
                && snap.reason != recorder::YIELD
                && snap.reason != recorder::RETURN
            {
                invalidate(vm, frame, t, &format!("hot exit #{k} ({})", snap.reason));
            }
            // Recording starts before the frame is rebuilt: with inlined
            // calls, deopt runs them in the interpreter and the bridge
            // records from their resume points.
            // From a first-iteration exit too: the bridge reads the slots
            // that exit left alone with `Reload`.
            if bridgeable && c.get() >= BRIDGE_AT && !vm.recording() {
                start_bridge(vm, frame, t, guard, first);
            }
            let r = deopt::restore(vm, frame, &t.trace, snap, buf, skip, after_call);
            drop(temps);
            return r.map(|_| None);
        }
    }
    drop(temps);
    Ok(None)
}

/// Throw a loop's trace away so the loop is recorded again when hot.
fn invalidate(vm: &Vm, frame: &Frame, t: &Rc<CompiledTrace>, why: &str) {
    let mut loops = frame.code.profile.loops.borrow_mut();
    let st = loops.entry(t.trace.header_pc).or_default();
    st.trace = None;
    frame
        .code
        .profile
        .set_compiled(t.trace.header_pc as usize, false);
    st.aborts += 1;
    if st.aborts >= MAX_ABORTS {
        st.blacklisted = true;
    }
    frame
        .code
        .profile
        .reset_backedge(t.trace.backedge_pc as usize);
    let log = vm.jit.log.borrow();
    if log.on('t') {
        log.write(&format!("[trace {} flushed {}: {}]", t.id, t.location, why));
    }
}

/// Print the `s` summary (called once when the program ends).
pub fn report_summary(vm: &Vm) {
    let jit = &vm.jit;
    let log = jit.log.borrow();
    if log.on('s') {
        let stats = jit.stats.borrow();
        let traces = jit.traces.borrow();
        let mut s = String::from("---- jit summary\n");
        let aborted: u32 = stats.aborts.values().sum();
        s.push_str(&format!(
            "  traces: {} recorded, {} compiled, {} aborted, {} loops blacklisted\n",
            stats.started, stats.compiled, aborted, stats.blacklisted
        ));
        s.push_str(&format!(
            "  compile time: {:.2} ms\n",
            stats.compile_time.as_secs_f64() * 1000.0
        ));
        if !stats.aborts.is_empty() {
            s.push_str("  aborts by reason:\n");
            for (why, n) in &stats.aborts {
                s.push_str(&format!("    {n:>5}  {why}\n"));
            }
        }
        for t in traces.iter() {
            let exits: u64 = t.exit_counts.iter().map(|c| c.get()).sum();
            s.push_str(&format!(
                "  trace {} {}: {} ins, {} guards, {} bytes, entered {}, exits {}{}\n",
                t.id,
                t.location,
                t.trace.ins.len(),
                t.trace.guard_count(),
                t.code.code_size,
                t.entries.get(),
                exits,
                if t.trace.function {
                    format!(", returned {}", t.returns.get())
                } else {
                    String::new()
                }
            ));
            let mut by_reason: HashMap<&str, u64> = HashMap::new();
            for (k, c) in t.exit_counts.iter().enumerate() {
                if c.get() > 0 {
                    let g = t.code.exit_guards[k] as usize;
                    let snap = &t.trace.snaps[t.trace.ins[g].snap as usize];
                    *by_reason.entry(snap.reason).or_default() += c.get();
                }
            }
            let mut reasons: Vec<_> = by_reason.into_iter().collect();
            reasons.sort();
            for (why, n) in reasons {
                s.push_str(&format!("      {n:>8} exits: {why}\n"));
            }
        }
        log.write(&s);
    }
    log.flush();
}
