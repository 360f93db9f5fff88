//! Lowering a trace to Cranelift IR, one small template per trace op.
//!
//! This is copy-and-patch in spirit: every trace op has a template function
//! that emits a fixed, short sequence of Cranelift instructions with the op's
//! operands patched in, and a trace is those templates stitched together in
//! order. The interesting work (which ops, which guards) happened in the
//! recorder and the optimiser; the templates stay dumb so that each is easy
//! to check against the interpreter's semantics. Cranelift then does register
//! allocation and instruction selection across the whole trace, which is what
//! makes stitched templates fast.
//!
//! The function shape is fixed:
//!
//! ```text
//! entry:   load each SLoad slot from the frame, check its tag  (fail: return 0)
//!          (slots dead on entry start as a dummy instead, see
//!          `Trace::entry_dead_loads`, and the header carries a "first
//!          iteration" flag that their exits report)
//!          jump header(carried slots)
//! header(params): the loop body, one template per op; guards branch to
//!          cold exit blocks; check the interrupt flag
//!          jump header(new values of the carried slots)
//! exit k:  store the snapshot's values to the exit buffer; return k
//! ```
//!
//! Values are unboxed in registers: ints as `i64`, floats as `f64`, bools as
//! `i8`, object references as the pointer word. The loop-carried values are
//! the header block's parameters, so Cranelift sees a real loop with phis.
use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, Signature, Type, Value as CVal,
};
use cranelift_frontend::FunctionBuilder;

use crate::tiers::trace::ir::{Ins, IrOp, Konst, Ref, Trace, Ty, FIRST_ITERATION};

use super::raw::payload_word;
use super::{ctx, helpers};

/// Does `op` allocate objects the cycle collector tracks (so a loop running
/// it must let a pending collection run)?
fn allocates_tracked(op: IrOp) -> bool {
    matches!(
        op,
        IrOp::NewObj
            | IrOp::BuildSeq
            | IrOp::BuildSetMap
            | IrOp::GetIter
            | IrOp::CallNative
            | IrOp::SetAddItem
            | IrOp::DictSet
    )
}

/// Machine type of an IR type.
pub fn clif_type(t: Ty) -> Type {
    match t {
        Ty::F64 => types::F64,
        Ty::Bool => types::I8,
        _ => types::I64,
    }
}

/// What inline list/tuple/attribute access needs: the measured layout and
/// the exact `list`, `tuple` and `dict` class words of the running VM.
#[derive(Clone, Copy)]
pub struct InlineSeq {
    pub layout: super::layout::Layout,
    pub list_cls: u64,
    pub tuple_cls: u64,
    /// The exact `dict` class word (instance dicts read inline).
    pub dict_cls: u64,
    /// The `list_iterator` class word (list iterators stepped inline).
    pub list_iter_cls: u64,
}

/// A guard's exit waiting to be emitted: its block and snapshot.
struct PendingExit {
    block: Block,
    exit_id: u32,
    snap: u32,
    /// The guard instruction's index.
    guard: u32,
}

pub struct Lower<'a, 'b> {
    pub b: &'a mut FunctionBuilder<'b>,
    pub t: &'a Trace,
    vals: HashMap<u32, CVal>,
    ctx: CVal,
    exits: Vec<PendingExit>,
    entry_exit: Block,
    call_conv: cranelift_codegen::isa::CallConv,
    /// Index of the instruction being lowered.
    cur: u32,
    /// The exit block of the guard being lowered.
    cur_exit: Option<(u32, Block)>,
    /// Inline list/tuple access (measured layout, exact class words).
    pub inline: Option<InlineSeq>,
    /// Guard instruction of each exit id (id k at index k - 1).
    exit_guards: Vec<u32>,
    header: Block,
    /// Carried slots and their header values (SLoad refs), in `loop_back` order.
    carried: Vec<(u32, Ref)>,
    /// Slot loads dead on entry (`Trace::entry_dead_loads`).
    entry_dead: Vec<Ref>,
    /// With `entry_dead` loads: the header's "first iteration" flag (i8).
    first: Option<CVal>,
    /// Attribute-slot hints, one per instruction (`CompiledCode::attr_hints`).
    /// `BuildSlice`s only `GetSlice`/`SetSlice` (and snapshots) use: never
    /// built, their bounds go to the slicing helpers directly and an exit
    /// that needs the slice object builds it (`virtual_slices`).
    virtual_slices: std::collections::HashSet<u32>,
    attr_hints: *const std::cell::Cell<u32>,
    /// Sub-loops: `SubLoop` index -> (header block, block after the loop,
    /// its `Phi`s).
    subloops: HashMap<u32, (Block, Block, Vec<usize>)>,
    /// Instructions already lowered out of order (peeled iterations).
    lowered: std::collections::HashSet<u32>,
    /// Iterator guards that end a sub-loop -> the block after it.
    sub_exits: HashMap<u32, Block>,
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a, 'b> Lower<'a, 'b> {
    /// The Cranelift value of an operand (constants are materialised in place).
    fn val(&mut self, r: Ref) -> CVal {
        if let Some(k) = self.t.konst(r) {
            return match k {
                Konst::Int(i) => self.b.ins().iconst(types::I64, *i),
                Konst::Float(f) => self.b.ins().f64const(*f),
                Konst::Bool(x) => self.b.ins().iconst(types::I8, *x as i64),
                Konst::Nil => self.b.ins().iconst(types::I64, 0),
                Konst::Obj(v) => self.b.ins().iconst(types::I64, payload_word(v) as i64),
            };
        }
        self.vals[&r.0]
    }

    fn ab(&mut self, ins: &Ins) -> (CVal, CVal) {
        let a = self.val(ins.a);
        let b = self.val(ins.b);
        (a, b)
    }

    /// Leave the trace through guard `ins`'s exit when `cond` is true.
    fn exit_if(&mut self, cond: CVal, ins: &Ins) {
        // One exit block per guard instruction, however many checks it makes:
        // a bridge grown from the guard is then emitted exactly once.
        let exit = match self.cur_exit {
            Some((g, blk)) if g == self.cur => blk,
            _ => {
                let exit = self.b.create_block();
                self.b.set_cold_block(exit);
                self.exit_guards.push(self.cur);
                self.exits.push(PendingExit {
                    block: exit,
                    exit_id: self.exit_guards.len() as u32,
                    snap: ins.snap,
                    guard: self.cur,
                });
                self.cur_exit = Some((self.cur, exit));
                exit
            }
        };
        let cont = self.b.create_block();
        self.b.ins().brif(cond, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn exit_unless(&mut self, cond: CVal, ins: &Ins) {
        let inv = self.b.ins().icmp_imm_s(IntCC::Equal, cond, 0);
        self.exit_if(inv, ins);
    }

    fn icmp(&mut self, cc: IntCC, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        self.b.ins().icmp(cc, a, b)
    }

    fn fcmp(&mut self, cc: FloatCC, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        self.b.ins().fcmp(cc, a, b)
    }

    // ----- templates ------------------------------------------------------------

    fn add_ov(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        let (r, of) = match ins.op {
            IrOp::AddOv => self.b.ins().sadd_overflow(a, b),
            IrOp::SubOv => self.b.ins().ssub_overflow(a, b),
            _ => self.b.ins().smul_overflow(a, b),
        };
        self.exit_if(of, ins);
        r
    }

    fn neg_ov(&mut self, ins: &Ins) -> CVal {
        let a = self.val(ins.a);
        let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
        self.exit_if(is_min, ins);
        self.b.ins().ineg(a)
    }

    /// Exit on a zero divisor or -1 (MIN // -1 overflows; x % -1 is rare).
    fn div_guard(&mut self, ins: &Ins) -> (CVal, CVal) {
        let (a, b) = self.ab(ins);
        // A constant divisor other than 0 and -1 needs no check.
        if let Some(Konst::Int(d)) = self.t.konst(ins.b) {
            if *d != 0 && *d != -1 {
                return (a, b);
            }
        }
        let plus1 = self.b.ins().iadd_imm_s(b, 1);
        let bad = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, plus1, 1);
        self.exit_if(bad, ins);
        (a, b)
    }

    fn floordiv(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.div_guard(ins);
        let q = self.b.ins().sdiv(a, b);
        let r = self.b.ins().srem(a, b);
        let sign = self.b.ins().bxor(r, b);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sign, 0);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let adj = self.b.ins().band(neg, nz);
        let q1 = self.b.ins().iadd_imm_s(q, -1);
        self.b.ins().select(adj, q1, q)
    }

    fn modulo(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.div_guard(ins);
        let r = self.b.ins().srem(a, b);
        let sign = self.b.ins().bxor(r, b);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sign, 0);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let adj = self.b.ins().band(neg, nz);
        let rb = self.b.ins().iadd(r, b);
        self.b.ins().select(adj, rb, r)
    }

    fn shl(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        // Exit unless 0 <= b < 64 and no bits are lost.
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, b, 64);
        self.exit_if(big, ins);
        let r = self.b.ins().ishl(a, b);
        let back = self.b.ins().sshr(r, b);
        let lost = self.b.ins().icmp(IntCC::NotEqual, back, a);
        self.exit_if(lost, ins);
        r
    }

    fn shr(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
        self.exit_if(neg, ins);
        let c63 = self.b.ins().iconst(types::I64, 63);
        let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 63);
        let n = self.b.ins().select(big, c63, b);
        self.b.ins().sshr(a, n)
    }

    fn fdiv(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        let zero = self.b.ins().f64const(0.0);
        let is_zero = self.b.ins().fcmp(FloatCC::Equal, b, zero);
        self.exit_if(is_zero, ins);
        self.b.ins().fdiv(a, b)
    }

    fn itof_exact(&mut self, ins: &Ins) -> CVal {
        let a = self.val(ins.a);
        let shifted = self.b.ins().iadd_imm_s(a, 1 << 53);
        let out = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThan, shifted, 1 << 54);
        self.exit_if(out, ins);
        self.b.ins().fcvt_from_sint(types::F64, a)
    }

    /// Status check of an iterator step: for a sub-loop's own `ForIter`,
    /// status 1 (exhausted) continues after the sub-loop; other nonzero
    /// statuses leave the trace.
    fn iter_status(&mut self, status: CVal, ins: &Ins) {
        if let Some(&cont) = self.sub_exits.get(&self.cur) {
            let done = self.b.ins().icmp_imm_s(IntCC::Equal, status, 1);
            let more = self.b.create_block();
            self.b.ins().brif(done, cont, &[], more, &[]);
            self.b.switch_to_block(more);
        }
        self.exit_if(status, ins);
    }

    /// `SubLoop`: the inner loop's header block, with its `Phi`s (the next
    /// `imm` instructions) as parameters, and the block after the loop.
    fn open_subloop(&mut self, ins: &Ins) {
        let t = self.t;
        let me = self.cur;
        // A peeled first iteration (between `SubLoopEnd` and `PeelEnd`) runs
        // before the header; its exits are ordinary ones.
        if ins.c != Ref::NONE {
            for k in ins.b.0 + 1..ins.c.0 {
                self.lower_at(k);
            }
        }
        let phis: Vec<usize> = (me as usize + 1..t.ins.len())
            .filter(|&k| t.ins[k].op == IrOp::Phi && t.ins[k].c == Ref(me))
            .collect();
        let header = self.b.create_block();
        let cont = self.b.create_block();
        let mut args = Vec::with_capacity(phis.len());
        for &k in &phis {
            let phi = &t.ins[k];
            args.push(BlockArg::Value(self.val(phi.a)));
        }
        self.b.ins().jump(header, &args);
        self.b.switch_to_block(header);
        for &k in &phis {
            let p = self.b.append_block_param(header, clif_type(t.ins[k].ty));
            self.vals.insert(k as u32, p);
        }
        self.cur = me;
        self.sub_exits.insert(ins.a.0, cont);
        self.subloops.insert(me, (header, cont, phis));
    }

    /// Lower instruction `k` (once: the main walk skips it afterwards).
    fn lower_at(&mut self, k: u32) {
        if !self.lowered.insert(k) {
            return;
        }
        let ins = self.t.ins[k as usize];
        self.cur = k;
        if let Some(v) = self.lower(&ins) {
            self.vals.insert(k, v);
        }
    }

    /// `SubLoopEnd`: poll like the loop's back edge (leaving through this
    /// instruction's snapshot), jump to the sub-loop header with the `Phi`s'
    /// new values, and go on after the loop.
    fn close_subloop(&mut self, ins: &Ins) {
        let t = self.t;
        let start = ins.a.index();
        let (header, cont, phis) = self.subloops[&(start as u32)].clone();
        let flag = self.poll_flag();
        self.exit_if(flag, ins);
        let mut args = Vec::with_capacity(phis.len());
        for &k in &phis {
            args.push(BlockArg::Value(self.val(t.ins[k].b)));
        }
        self.b.ins().jump(header, &args);
        self.b.switch_to_block(cont);
    }

    /// `SubLoopBack`: a bridge's way back into sub-loop `ins.a` with `vals`
    /// for its Phis, polling like `SubLoopEnd`.
    fn subloop_back(&mut self, ins: &Ins, vals: &[Ref]) {
        let (header, _, _) = self.subloops[&ins.a.0].clone();
        let flag = self.poll_flag();
        self.exit_if(flag, ins);
        let args: Vec<BlockArg> = vals.iter().map(|&r| BlockArg::Value(self.val(r))).collect();
        self.b.ins().jump(header, &args);
    }

    /// Ctrl-C, pending finalizers or (in traces that allocate) a pending
    /// collection, as one i8 flag.
    fn poll_flag(&mut self) -> CVal {
        let flag_ptr = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::INTERRUPT as i32);
        let flag = self.b.ins().load(types::I8, flags(), flag_ptr, 0);
        let fin_ptr = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::FINALIZERS as i32);
        let fin = self.b.ins().load(types::I8, flags(), fin_ptr, 0);
        let mut flag = self.b.ins().bor(flag, fin);
        if self.t.ins.iter().any(|i| allocates_tracked(i.op)) {
            let cx = self.ctx;
            let p = self
                .call(helpers::poll as *const () as usize, &[cx], true)
                .expect("poll");
            let p = self.b.ins().ireduce(types::I8, p);
            flag = self.b.ins().bor(flag, p);
        }
        flag
    }

    fn range_next(&mut self, ins: &Ins) -> CVal {
        let it = self.val(ins.a);
        let mut sig = Signature::new(self.call_conv);
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        let sigref = self.b.import_signature(sig);
        let f = self
            .b
            .ins()
            .iconst(types::I64, super::helpers::range_next as *const () as i64);
        let out = self.b.ins().iadd_imm_s(self.ctx, ctx::SCRATCH as i64);
        let call = self.b.ins().call_indirect(sigref, f, &[it, out]);
        let status = self.b.inst_results(call)[0];
        self.iter_status(status, ins);
        self.b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::SCRATCH as i32)
    }

    /// Call runtime helper `f` with `args` (types taken from the values).
    fn call(&mut self, f: usize, args: &[CVal], returns: bool) -> Option<CVal> {
        let mut sig = Signature::new(self.call_conv);
        for a in args {
            let ty = self.b.func.dfg.value_type(*a);
            sig.params.push(AbiParam::new(ty));
        }
        if returns {
            sig.returns.push(AbiParam::new(types::I64));
        }
        let sigref = self.b.import_signature(sig);
        let callee = self.b.ins().iconst(types::I64, f as i64);
        let call = self.b.ins().call_indirect(sigref, callee, args);
        self.b.inst_results(call).first().copied()
    }

    /// Call a status-returning helper and leave through `ins`'s exit on nonzero.
    /// Call a helper that cannot fail and hands out a new object through
    /// `ctx.scratch` (a nonzero status would be a bug: trap).
    fn new_object(&mut self, f: usize, args: &[CVal]) -> CVal {
        let status = self.call(f, args, true).expect("status");
        self.b
            .ins()
            .trapnz(status, cranelift_codegen::ir::TrapCode::unwrap_user(1));
        self.scratch(Ty::Obj)
    }

    fn call_guarded(&mut self, f: usize, args: &[CVal], ins: &Ins) {
        let status = self.call(f, args, true).expect("status");
        self.exit_if(status, ins);
    }

    /// The helper's result word in `ctx.scratch`, read as type `ty`.
    fn scratch(&mut self, ty: Ty) -> CVal {
        match ty {
            Ty::Nil => self.b.ins().iconst(types::I64, 0),
            t => self
                .b
                .ins()
                .load(clif_type(t), flags(), self.ctx, ctx::SCRATCH as i32),
        }
    }

    /// An operand as (type tag, payload word) for helpers that store values.
    fn tagged_word(&mut self, r: Ref) -> (CVal, CVal) {
        let ty = self.t.ty(r);
        let v = self.val(r);
        let w = match ty {
            Ty::F64 => self.b.ins().bitcast(types::I64, MemFlagsData::new(), v),
            Ty::Bool => self.b.ins().uextend(types::I64, v),
            _ => v,
        };
        let tag = self.b.ins().iconst(types::I64, ty.tag() as i64);
        (tag, w)
    }

    fn tag_imm(&mut self, ins: &Ins) -> CVal {
        self.b.ins().iconst(types::I64, ins.imm)
    }

    fn seq_iter_next(&mut self, ins: &Ins) -> CVal {
        if let Some(s) = self.inline {
            return self.list_iter_next_inline(ins, s);
        }
        let it = self.val(ins.a);
        let tag = self.tag_imm(ins);
        let cx = self.ctx;
        let status = self
            .call(
                helpers::seq_iter_next as *const () as usize,
                &[cx, it, tag],
                true,
            )
            .expect("status");
        self.iter_status(status, ins);
        self.scratch(ins.ty)
    }

    /// `SeqIterNext` of a `list_iterator`, inline: the next item is read
    /// straight from the list (an object is pushed onto the temporaries
    /// first) and the index bumped. Anything else — another iterator, the
    /// end of the list, full temporaries — takes the helper, which also
    /// marks an exhausted iterator; an item of another type exits before
    /// the iterator moves, as the helper does.
    fn list_iter_next_inline(&mut self, ins: &Ins, s: InlineSeq) -> CVal {
        let l = s.layout;
        let tag = ins.imm & 0xff;
        let ty = clif_type(ins.ty);
        let it = self.val(ins.a);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let value_ty = if ins.ty == Ty::Nil { types::I64 } else { ty };
        self.b.append_block_param(done, value_ty);
        let class = self.b.ins().load(types::I64, flags(), it, l.class);
        let is_list_iter = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, class, s.list_iter_cls as i64);
        let fast = self.b.create_block();
        self.b.ins().brif(is_list_iter, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let cell = self.b.ins().load(types::I64, flags(), it, l.iter_box);
        // Still iterating (an exhausted iterator's state is another variant).
        let variant = self.b.ins().load(types::I8, flags(), cell, l.iter_variant);
        let live = self.b.create_block();
        self.b.ins().brif(variant, slow, &[], live, &[]);
        self.b.switch_to_block(live);
        let seq = self.b.ins().load(types::I64, flags(), cell, l.iter_seq);
        let idx = self.b.ins().load(types::I64, flags(), cell, l.iter_index);
        let len = self.b.ins().load(types::I64, flags(), seq, l.list_len);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let have = self.b.create_block();
        self.b.ins().brif(inside, have, &[], slow, &[]);
        self.b.switch_to_block(have);
        let data = self.b.ins().load(types::I64, flags(), seq, l.list_ptr);
        let off = self.b.ins().ishl_imm_s(idx, 4);
        let addr = self.b.ins().iadd(data, off);
        let t = self.b.ins().load(types::I64, flags(), addr, 0);
        let t = self.b.ins().band_imm_s(t, 0xff);
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, tag);
        self.exit_if(bad, ins);
        let word = self.b.ins().load(types::I64, flags(), addr, 8);
        if tag >= 4 {
            self.keep_inline(s, tag, word, slow);
        }
        let idx1 = self.b.ins().iadd_imm_s(idx, 1);
        self.b.ins().store(flags(), idx1, cell, l.iter_index);
        let zero = self.b.ins().iconst(types::I64, 0);
        let v = match ins.ty {
            Ty::Nil => zero,
            Ty::F64 => self.b.ins().bitcast(types::F64, MemFlagsData::new(), word),
            Ty::Bool => self.b.ins().ireduce(types::I8, word),
            _ => word,
        };
        self.b.ins().jump(done, &[zero.into(), v.into()]);
        self.b.switch_to_block(slow);
        let tag_v = self.tag_imm(ins);
        let cx = self.ctx;
        let status = self
            .call(
                helpers::seq_iter_next as *const () as usize,
                &[cx, it, tag_v],
                true,
            )
            .expect("status");
        let v = self.scratch(ins.ty);
        self.b.ins().jump(done, &[status.into(), v.into()]);
        self.b.switch_to_block(done);
        let status = self.b.block_params(done)[0];
        let v = self.b.block_params(done)[1];
        self.iter_status(status, ins);
        v
    }

    /// Class check, index normalisation and bounds check of an inline item
    /// access; returns the item's address.
    fn item_addr(&mut self, ins: &Ins, seq: CVal, idx: CVal, list: bool, s: InlineSeq) -> CVal {
        let class = self.b.ins().load(types::I64, flags(), seq, s.layout.class);
        let want = if list { s.list_cls } else { s.tuple_cls };
        let wrong = self.b.ins().icmp_imm_s(IntCC::NotEqual, class, want as i64);
        self.exit_if(wrong, ins);
        let (ptr_off, len_off) = if list {
            (s.layout.list_ptr, s.layout.list_len)
        } else {
            (s.layout.tuple_ptr, s.layout.tuple_len)
        };
        let len = self.b.ins().load(types::I64, flags(), seq, len_off);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, idx, 0);
        let wrapped = self.b.ins().iadd(idx, len);
        let j = self.b.ins().select(neg, wrapped, idx);
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, j, len);
        self.exit_if(oob, ins);
        let data = self.b.ins().load(types::I64, flags(), seq, ptr_off);
        let off = self.b.ins().ishl_imm_s(j, 4);
        self.b.ins().iadd(data, off)
    }

    fn get_item(&mut self, ins: &Ins) -> CVal {
        let kind = ins.imm >> 8;
        let tag = ins.imm & 0xff;
        let heap = tag >= 4;
        if let (Some(s), true, true) = (
            self.inline,
            kind == 1 && heap,
            matches!(ins.ty, Ty::Obj | Ty::Cls),
        ) {
            // An object read from a list is kept alive in the iteration's
            // temporaries (pushed inline; the helper when they are full).
            let (seq, idx) = self.ab(ins);
            let slow = self.b.create_block();
            let done = self.b.create_block();
            self.b.set_cold_block(slow);
            self.b.append_block_param(done, types::I64);
            let addr = self.item_addr(ins, seq, idx, true, s);
            let t = self.b.ins().load(types::I64, flags(), addr, 0);
            let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, tag);
            self.exit_if(bad, ins);
            let word = self.b.ins().load(types::I64, flags(), addr, 8);
            self.keep_inline(s, tag, word, slow);
            self.b.ins().jump(done, &[word.into()]);
            self.b.switch_to_block(slow);
            let tag_v = self.tag_imm(ins);
            let cx = self.ctx;
            self.call_guarded(
                helpers::get_item as *const () as usize,
                &[cx, seq, idx, tag_v],
                ins,
            );
            let word = self.scratch(ins.ty);
            self.b.ins().jump(done, &[word.into()]);
            self.b.switch_to_block(done);
            return self.b.block_params(done)[0];
        }
        if let (Some(s), true) = (self.inline, kind == 2 || (kind == 1 && !heap)) {
            let (seq, idx) = self.ab(ins);
            let addr = self.item_addr(ins, seq, idx, kind == 1, s);
            let t = self.b.ins().load(types::I64, flags(), addr, 0);
            let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, t, tag);
            self.exit_if(bad, ins);
            return match ins.ty {
                Ty::Nil => self.b.ins().iconst(types::I64, 0),
                ty => self.b.ins().load(clif_type(ty), flags(), addr, 8),
            };
        }
        let (seq, idx) = self.ab(ins);
        let tag = self.tag_imm(ins);
        let cx = self.ctx;
        self.call_guarded(
            helpers::get_item as *const () as usize,
            &[cx, seq, idx, tag],
            ins,
        );
        self.scratch(ins.ty)
    }

    fn set_item(&mut self, ins: &Ins) {
        let vty = self.t.ty(ins.c);
        if let (Some(s), false) = (self.inline, matches!(vty, Ty::Obj | Ty::Cls)) {
            // Scalar into a list slot that holds a scalar: two plain stores.
            // A slot holding an object goes through the helper (it must drop it).
            let (seq, idx) = self.ab(ins);
            let (tag, w) = self.tagged_word(ins.c);
            let addr = self.item_addr(ins, seq, idx, true, s);
            let old = self.b.ins().load(types::I64, flags(), addr, 0);
            let heap = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, old, 4);
            let slow = self.b.create_block();
            let fast = self.b.create_block();
            let done = self.b.create_block();
            self.b.set_cold_block(slow);
            self.b.ins().brif(heap, slow, &[], fast, &[]);
            self.b.switch_to_block(fast);
            self.b.ins().store(flags(), tag, addr, 0);
            self.b.ins().store(flags(), w, addr, 8);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(slow);
            let status = self
                .call(
                    helpers::set_item as *const () as usize,
                    &[seq, idx, tag, w],
                    true,
                )
                .expect("status");
            self.exit_if(status, ins);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
            return;
        }
        let (seq, idx) = self.ab(ins);
        let (tag, w) = self.tagged_word(ins.c);
        self.call_guarded(
            helpers::set_item as *const () as usize,
            &[seq, idx, tag, w],
            ins,
        );
    }

    fn list_append(&mut self, ins: &Ins) {
        let seq = self.val(ins.a);
        let (tag, w) = self.tagged_word(ins.b);
        self.call_guarded(
            helpers::list_append as *const () as usize,
            &[seq, tag, w],
            ins,
        );
    }

    fn len(&mut self, ins: &Ins) -> CVal {
        let obj = self.val(ins.a);
        let cx = self.ctx;
        self.call_guarded(helpers::len as *const () as usize, &[cx, obj], ins);
        self.scratch(Ty::I64)
    }

    fn check_seq_len(&mut self, ins: &Ins) {
        let obj = self.val(ins.a);
        let n = self.tag_imm(ins);
        self.call_guarded(helpers::check_seq_len as *const () as usize, &[obj, n], ins);
    }

    fn store_slot(&mut self, ins: &Ins) {
        let (base, off) = self.slot_addr(ins.imm as u32);
        let ty = self.t.ty(ins.b);
        let (tag, w) = self.tagged_word(ins.b);
        let Some(s) = self.inline.filter(|_| ty != Ty::Opt) else {
            let addr = self.b.ins().iadd_imm_s(base, off as i64);
            self.call(
                helpers::store_slot as *const () as usize,
                &[addr, tag, w],
                false,
            );
            return;
        };
        // Inline: the slot takes a new reference to an object, the old value's
        // reference is given up; only an old value whose last reference this
        // was goes to a helper (it must be freed).
        let rc = s.layout.rc_strong;
        if matches!(ty, Ty::Obj | Ty::Cls) {
            let strong = self.b.ins().load(types::I64, flags(), w, rc);
            let strong1 = self.b.ins().iadd_imm_s(strong, 1);
            self.b.ins().store(flags(), strong1, w, rc);
        }
        let old_tag = self.b.ins().load(types::I64, flags(), base, off);
        let old = self.b.ins().load(types::I64, flags(), base, off + 8);
        self.b.ins().store(flags(), tag, base, off);
        self.b.ins().store(flags(), w, base, off + 8);
        let obj = self.b.ins().icmp_imm_s(IntCC::Equal, old_tag, 4);
        let cls = self.b.ins().icmp_imm_s(IntCC::Equal, old_tag, 5);
        let heap = self.b.ins().bor(obj, cls);
        let release = self.b.create_block();
        let last = self.b.create_block();
        let dec = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(last);
        self.b.ins().brif(heap, release, &[], done, &[]);
        self.b.switch_to_block(release);
        let strong = self.b.ins().load(types::I64, flags(), old, rc);
        let only = self.b.ins().icmp_imm_s(IntCC::Equal, strong, 1);
        self.b.ins().brif(only, last, &[], dec, &[]);
        self.b.switch_to_block(dec);
        let strong1 = self.b.ins().iadd_imm_s(strong, -1);
        self.b.ins().store(flags(), strong1, old, rc);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(last);
        self.call(
            helpers::release_value as *const () as usize,
            &[old_tag, old],
            false,
        );
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn fpow(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        // Positive finite base, finite exponent: C's `pow` called directly,
        // leaving only if it overflowed; anything else through the helper
        // (zero, negative bases, infinities and NaNs raise or are special).
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.append_block_param(done, types::F64);
        let zero = self.b.ins().f64const(0.0);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let pos = self.b.ins().fcmp(FloatCC::GreaterThan, a, zero);
        let fin_a = self.b.ins().fcmp(FloatCC::LessThan, a, inf);
        let b_zeroed = self.b.ins().fmul(b, zero);
        let fin_b = self.b.ins().fcmp(FloatCC::Equal, b_zeroed, zero);
        let ok = self.b.ins().band(pos, fin_a);
        let ok = self.b.ins().band(ok, fin_b);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let mut sig = Signature::new(self.call_conv);
        sig.params.push(AbiParam::new(types::F64));
        sig.params.push(AbiParam::new(types::F64));
        sig.returns.push(AbiParam::new(types::F64));
        let sigref = self.b.import_signature(sig);
        let callee = self
            .b
            .ins()
            .iconst(types::I64, helpers::pow_positive as *const () as i64);
        let call = self.b.ins().call_indirect(sigref, callee, &[a, b]);
        let r = self.b.inst_results(call)[0];
        let overflow = self.b.ins().fcmp(FloatCC::Equal, r, inf);
        self.exit_if(overflow, ins);
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(slow);
        let cx = self.ctx;
        self.call_guarded(helpers::fpow as *const () as usize, &[cx, a, b], ins);
        let r = self.scratch(Ty::F64);
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    fn fsqrt(&mut self, ins: &Ins) -> CVal {
        let a = self.val(ins.a);
        let zero = self.b.ins().f64const(0.0);
        let neg = self.b.ins().fcmp(FloatCC::LessThan, a, zero);
        self.exit_if(neg, ins);
        self.b.ins().sqrt(a)
    }

    fn iabs(&mut self, ins: &Ins) -> CVal {
        let a = self.val(ins.a);
        let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
        self.exit_if(is_min, ins);
        let neg = self.b.ins().ineg(a);
        let lt = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a, 0);
        self.b.ins().select(lt, neg, a)
    }

    /// Python's `min(a, b)` is `b if b < a else a`; `max` uses `>`.
    fn minmax(&mut self, ins: &Ins) -> CVal {
        let (a, b) = self.ab(ins);
        let pick_b = match ins.op {
            IrOp::IMin => self.b.ins().icmp(IntCC::SignedLessThan, b, a),
            IrOp::IMax => self.b.ins().icmp(IntCC::SignedGreaterThan, b, a),
            IrOp::FMin => self.b.ins().fcmp(FloatCC::LessThan, b, a),
            _ => self.b.ins().fcmp(FloatCC::GreaterThan, b, a),
        };
        self.b.ins().select(pick_b, b, a)
    }

    fn ftoi(&mut self, ins: &Ins) -> CVal {
        let a = self.val(ins.a);
        let lo = self.b.ins().f64const(-9.223_372_036_854_776e18);
        let hi = self.b.ins().f64const(9.223_372_036_854_776e18);
        let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, a, lo);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, a, hi);
        let ok = self.b.ins().band(ge, lt);
        self.exit_unless(ok, ins);
        self.b.ins().fcvt_to_sint_sat(types::I64, a)
    }

    fn guard_class(&mut self, ins: &Ins) {
        if let (Some(s), Some(Konst::Obj(c))) = (self.inline, self.t.konst(ins.b)) {
            // Inline: the object's class word is the constant class, whose
            // version counter still has the recorded value.
            let cls_word = payload_word(c) as i64;
            let obj = self.val(ins.a);
            let class = self.b.ins().load(types::I64, flags(), obj, s.layout.class);
            let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, class, cls_word);
            self.exit_if(other, ins);
            let cw = self.b.ins().iconst(types::I64, cls_word);
            let version = self
                .b
                .ins()
                .load(types::I64, flags(), cw, s.layout.type_version);
            let changed = self.b.ins().icmp_imm_s(IntCC::NotEqual, version, ins.imm);
            self.exit_if(changed, ins);
            return;
        }
        let (obj, cls) = self.ab(ins);
        let v = self.tag_imm(ins);
        self.call_guarded(
            helpers::check_class as *const () as usize,
            &[obj, cls, v],
            ins,
        );
    }

    /// The address of this instruction's attribute-slot hint.
    fn attr_hint(&mut self) -> CVal {
        let p = self.attr_hints.wrapping_add(self.cur as usize);
        self.b.ins().iconst(types::I64, p as i64)
    }

    fn get_attr(&mut self, ins: &Ins) -> CVal {
        // Read inline when the instruction's hint names the right entry (an
        // object also goes into the iteration's temporaries, as the helper
        // would keep it); hint misses go through the helper.
        let kept = ins.imm == 4 && ins.ty == Ty::Obj || ins.imm == 5 && ins.ty == Ty::Cls;
        if let (Some(s), true) = (self.inline, ins.imm < 4 || kept) {
            return self.get_attr_inline(ins, s);
        }
        let (obj, name) = self.ab(ins);
        self.get_attr_call(ins, obj, name);
        self.scratch(ins.ty)
    }

    /// The `get_attr` helper for this instruction (result in `cx.scratch`).
    fn get_attr_call(&mut self, ins: &Ins, obj: CVal, name: CVal) {
        let tag = self.tag_imm(ins);
        let cx = self.ctx;
        let hint = self.attr_hint();
        self.call_guarded(
            helpers::get_attr as *const () as usize,
            &[cx, obj, name, tag, hint],
            ins,
        );
    }

    /// `obj.name` from the instance dict's entry at the hint (see
    /// `attr_entry`); anything else takes the helper in a cold block.
    fn get_attr_inline(&mut self, ins: &Ins, s: InlineSeq) -> CVal {
        let l = s.layout;
        let (obj, name) = self.ab(ins);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(slow);
        let ty = clif_type(ins.ty);
        self.b.append_block_param(done, ty);
        let (entry, _) = self.attr_entry(s, obj, name, slow);
        let tag = self.b.ins().load(types::I64, flags(), entry, l.entry_value);
        let wrong = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, ins.imm);
        self.exit_if(wrong, ins);
        let word = match ins.ty {
            Ty::Nil => self.b.ins().iconst(types::I64, 0),
            _ => self.b.ins().load(ty, flags(), entry, l.entry_value + 8),
        };
        if ins.imm >= 4 {
            self.keep_inline(s, ins.imm, word, slow);
        }
        self.b.ins().jump(done, &[word.into()]);
        self.b.switch_to_block(slow);
        self.get_attr_call(ins, obj, name);
        let word = self.scratch(ins.ty);
        self.b.ins().jump(done, &[word.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// Keep object (or class, by `tag`) `word` alive until the end of the iteration, as the
    /// helpers' `hand_out` does: a new reference pushed onto the trace's
    /// temporaries. Branches to `slow` (before changing anything) when the
    /// temporaries are full, so the helper grows them.
    fn keep_inline(&mut self, s: InlineSeq, tag: i64, word: CVal, slow: Block) {
        let l = s.layout;
        let temps = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::TEMPS as i32);
        let len = self.b.ins().load(types::I64, flags(), temps, l.vec_len);
        let cap = self.b.ins().load(types::I64, flags(), temps, l.vec_cap);
        let full = self.b.ins().icmp(IntCC::Equal, len, cap);
        let room = self.b.create_block();
        self.b.ins().brif(full, slow, &[], room, &[]);
        self.b.switch_to_block(room);
        let data = self.b.ins().load(types::I64, flags(), temps, l.vec_ptr);
        let off = self.b.ins().ishl_imm_s(len, 4);
        let slot = self.b.ins().iadd(data, off);
        let tag = self.b.ins().iconst(types::I64, tag);
        self.b.ins().store(flags(), tag, slot, 0);
        self.b.ins().store(flags(), word, slot, 8);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(flags(), len1, temps, l.vec_len);
        let strong = self.b.ins().load(types::I64, flags(), word, l.rc_strong);
        let strong1 = self.b.ins().iadd_imm_s(strong, 1);
        self.b.ins().store(flags(), strong1, word, l.rc_strong);
    }

    /// The address of the instance-dict entry this instruction's hint names,
    /// branching to `slow` unless `obj` has an exact `dict` whose entry slot
    /// at the hint holds the very (interned) name object `name`. The caller
    /// continues in the block where all of that holds. Returns the entry's
    /// address and the dict's word.
    fn attr_entry(&mut self, s: InlineSeq, obj: CVal, name: CVal, slow: Block) -> (CVal, CVal) {
        let l = s.layout;
        let next = |lw: &mut Self, bad: CVal| {
            let ok = lw.b.create_block();
            lw.b.ins().brif(bad, slow, &[], ok, &[]);
            lw.b.switch_to_block(ok);
        };
        let dict = self.b.ins().load(types::I64, flags(), obj, l.inst_dict);
        let none = self.b.ins().icmp_imm_s(IntCC::Equal, dict, 0);
        next(self, none);
        let class = self.b.ins().load(types::I64, flags(), dict, l.class);
        let other = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, class, s.dict_cls as i64);
        next(self, other);
        let hint_addr = self.attr_hint();
        let hint = self.b.ins().uload32(flags(), hint_addr, 0);
        let len = self
            .b
            .ins()
            .load(types::I64, flags(), dict, l.dict_entries_len);
        let oob = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, hint, len);
        next(self, oob);
        let data = self
            .b
            .ins()
            .load(types::I64, flags(), dict, l.dict_entries_ptr);
        let off = self.b.ins().imul_imm_s(hint, l.entry_stride as i64);
        let entry = self.b.ins().iadd(data, off);
        let key_tag = self.b.ins().load(types::I64, flags(), entry, l.entry_key);
        let not_obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, key_tag, 4);
        next(self, not_obj);
        let key = self
            .b
            .ins()
            .load(types::I64, flags(), entry, l.entry_key + 8);
        let other_key = self.b.ins().icmp(IntCC::NotEqual, key, name);
        next(self, other_key);
        (entry, dict)
    }

    fn check_no_attr(&mut self, ins: &Ins) {
        let (obj, name) = self.ab(ins);
        self.call_guarded(
            helpers::check_no_attr as *const () as usize,
            &[obj, name],
            ins,
        );
    }

    fn set_attr(&mut self, ins: &Ins) {
        let (obj, name) = self.ab(ins);
        let (tag, w) = self.tagged_word(ins.c);
        let scalar = matches!(self.t.ty(ins.c), Ty::I64 | Ty::F64 | Ty::Bool | Ty::Nil);
        let mut done = None;
        if let (Some(s), true) = (self.inline, scalar) {
            // A scalar over a scalar in the entry at the hint: two stores and
            // the dict's version bump. An object on either side (the old one
            // must be dropped) or a hint miss takes the helper.
            let l = s.layout;
            let slow = self.b.create_block();
            let end = self.b.create_block();
            self.b.set_cold_block(slow);
            let (entry, dict) = self.attr_entry(s, obj, name, slow);
            let old = self.b.ins().load(types::I64, flags(), entry, l.entry_value);
            let heap = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, old, 4);
            let fast = self.b.create_block();
            self.b.ins().brif(heap, slow, &[], fast, &[]);
            self.b.switch_to_block(fast);
            self.b.ins().store(flags(), tag, entry, l.entry_value);
            self.b.ins().store(flags(), w, entry, l.entry_value + 8);
            let version = self.b.ins().load(types::I64, flags(), dict, l.dict_version);
            let bumped = self.b.ins().iadd_imm_s(version, 1);
            self.b.ins().store(flags(), bumped, dict, l.dict_version);
            self.b.ins().jump(end, &[]);
            self.b.switch_to_block(slow);
            done = Some(end);
        }
        let hint = self.attr_hint();
        self.call_guarded(
            helpers::set_attr as *const () as usize,
            &[obj, name, tag, w, hint],
            ins,
        );
        if let Some(end) = done {
            self.b.ins().jump(end, &[]);
            self.b.switch_to_block(end);
        }
    }

    fn new_obj(&mut self, ins: &Ins) -> CVal {
        let cls = self.val(ins.a);
        let cx = self.ctx;
        let status = self
            .call(helpers::new_obj as *const () as usize, &[cx, cls], true)
            .expect("status");
        // Allocation cannot fail short of memory exhaustion; trap if it does.
        self.b
            .ins()
            .trapnz(status, cranelift_codegen::ir::TrapCode::unwrap_user(1));
        self.scratch(Ty::Obj)
    }

    fn call_math(&mut self, ins: &Ins) -> CVal {
        let f = self.val(ins.a);
        let x = self.val(ins.b);
        let (argc, y) = if ins.c == Ref::NONE {
            (1, self.b.ins().f64const(0.0))
        } else {
            (2, self.val(ins.c))
        };
        let argc = self.b.ins().iconst(types::I64, argc);
        let cx = self.ctx;
        self.call_guarded(
            helpers::call_math as *const () as usize,
            &[cx, f, argc, x, y],
            ins,
        );
        self.scratch(Ty::F64)
    }

    /// Emit one body instruction; returns its value (if it has one).
    fn lower(&mut self, ins: &Ins) -> Option<CVal> {
        use IrOp::*;
        let v = match ins.op {
            SLoad => unreachable!("slot loads are lowered at entry"),
            AddOv | SubOv | MulOv => self.add_ov(ins),
            NegOv => self.neg_ov(ins),
            IFloorDiv => self.floordiv(ins),
            IMod => self.modulo(ins),
            IAnd => {
                let (a, b) = self.ab(ins);
                self.b.ins().band(a, b)
            }
            IOr => {
                let (a, b) = self.ab(ins);
                self.b.ins().bor(a, b)
            }
            IXor => {
                let (a, b) = self.ab(ins);
                self.b.ins().bxor(a, b)
            }
            IShl => self.shl(ins),
            IShr => self.shr(ins),
            ILt => self.icmp(IntCC::SignedLessThan, ins),
            ILe => self.icmp(IntCC::SignedLessThanOrEqual, ins),
            IGt => self.icmp(IntCC::SignedGreaterThan, ins),
            IGe => self.icmp(IntCC::SignedGreaterThanOrEqual, ins),
            IEq => self.icmp(IntCC::Equal, ins),
            INe => self.icmp(IntCC::NotEqual, ins),
            FAdd => {
                let (a, b) = self.ab(ins);
                self.b.ins().fadd(a, b)
            }
            FSub => {
                let (a, b) = self.ab(ins);
                self.b.ins().fsub(a, b)
            }
            FMul => {
                let (a, b) = self.ab(ins);
                self.b.ins().fmul(a, b)
            }
            FDiv => self.fdiv(ins),
            FNeg => {
                let a = self.val(ins.a);
                self.b.ins().fneg(a)
            }
            FLt => self.fcmp(FloatCC::LessThan, ins),
            FLe => self.fcmp(FloatCC::LessThanOrEqual, ins),
            FGt => self.fcmp(FloatCC::GreaterThan, ins),
            FGe => self.fcmp(FloatCC::GreaterThanOrEqual, ins),
            FEq => self.fcmp(FloatCC::Equal, ins),
            FNe => self.fcmp(FloatCC::NotEqual, ins),
            IToF => {
                let a = self.val(ins.a);
                self.b.ins().fcvt_from_sint(types::F64, a)
            }
            IToFExact => self.itof_exact(ins),
            BToI => {
                let a = self.val(ins.a);
                self.b.ins().uextend(types::I64, a)
            }
            BNot => {
                let a = self.val(ins.a);
                self.b.ins().bxor_imm_s(a, 1)
            }
            GuardTrue => {
                let a = self.val(ins.a);
                if let Some(&cont) = self.sub_exits.get(&self.cur) {
                    // A `while` sub-loop's condition: false ends the loop.
                    let next = self.b.create_block();
                    self.b.ins().brif(a, next, &[], cont, &[]);
                    self.b.switch_to_block(next);
                    return None;
                }
                self.exit_unless(a, ins);
                return None;
            }
            GuardNil => {
                let a = self.val(ins.a);
                let obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0);
                self.exit_if(obj, ins);
                return None;
            }
            Reload => self.reload(ins),
            OperatorPy => {
                let (rtag, addr, _) = self.spill_packed_args(ins);
                let code = self.val(ins.c);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::operator_py as *const () as usize,
                    &[cx, code, addr, rtag],
                    ins,
                );
                self.scratch(ins.ty)
            }
            CallPy => {
                let f = self.val(ins.a);
                let (rtag, addr, count) = self.spill_packed_args(ins);
                let count = if self.t.ty(ins.a) == Ty::Cls {
                    self.b.ins().bor_imm_u(count, helpers::CALL_PY_TYPE as i64)
                } else {
                    count
                };
                let names = if ins.b == Ref::NONE {
                    self.b.ins().iconst(types::I64, 0)
                } else {
                    self.val(ins.b)
                };
                let cx = self.ctx;
                self.call_guarded(
                    helpers::call_py as *const () as usize,
                    &[cx, f, addr, count, rtag, names],
                    ins,
                );
                self.scratch(ins.ty)
            }
            FuncDefault => {
                let f = self.val(ins.a);
                let idx = self.b.ins().iconst(types::I64, ins.imm & 0xffff_ffff);
                let tag = self.b.ins().iconst(types::I64, ins.imm >> 32);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::func_default as *const () as usize,
                    &[cx, f, idx, tag],
                    ins,
                );
                self.scratch(ins.ty)
            }
            GuardFunc => {
                let f = self.val(ins.a);
                let code = self.val(ins.b);
                let globals = self.val(ins.c);
                self.call_guarded(
                    helpers::guard_func as *const () as usize,
                    &[f, code, globals],
                    ins,
                );
                return None;
            }
            GuardObj => {
                let a = self.val(ins.a);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, a, 0);
                self.exit_if(none, ins);
                a
            }
            GuardFalse => {
                let a = self.val(ins.a);
                if let Some(&cont) = self.sub_exits.get(&self.cur) {
                    let next = self.b.create_block();
                    self.b.ins().brif(a, cont, &[], next, &[]);
                    self.b.switch_to_block(next);
                    return None;
                }
                self.exit_if(a, ins);
                return None;
            }
            RangeNext => self.range_next(ins),
            SeqIterNext => self.seq_iter_next(ins),
            GenNext => {
                let it = self.val(ins.a);
                let tag = self.b.ins().iconst(types::I64, ins.imm);
                let cx = self.ctx;
                let status = self
                    .call(
                        helpers::gen_next as *const () as usize,
                        &[cx, it, tag],
                        true,
                    )
                    .expect("status");
                self.iter_status(status, ins);
                self.scratch(ins.ty)
            }
            NewRange => {
                let (a, b) = self.ab(ins);
                let c = self.val(ins.c);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::new_range as *const () as usize,
                    &[cx, a, b, c],
                    ins,
                );
                self.scratch(Ty::Obj)
            }
            GetIter => {
                let a = self.val(ins.a);
                let cx = self.ctx;
                self.call_guarded(helpers::get_iter as *const () as usize, &[cx, a], ins);
                self.scratch(Ty::Obj)
            }
            SubLoop => {
                self.open_subloop(ins);
                return None;
            }
            Phi => return self.vals.get(&self.cur).copied(),
            PeelEnd => return None,
            SubLoopEnd => {
                self.close_subloop(ins);
                return None;
            }
            SubLoopBack => {
                let (start, n, _) = crate::tiers::trace::ir::seq_args(ins.imm);
                let vals: Vec<Ref> = self.t.args[start..start + n].to_vec();
                self.subloop_back(ins, &vals);
                return None;
            }
            GetItem => self.get_item(ins),
            DelItem => {
                let (seq, i) = self.ab(ins);
                self.call_guarded(helpers::del_item as *const () as usize, &[seq, i], ins);
                return None;
            }
            SetItem => {
                self.set_item(ins);
                return None;
            }
            ListAppend => {
                self.list_append(ins);
                return None;
            }
            Len => self.len(ins),
            CheckSeqLen => {
                self.check_seq_len(ins);
                return None;
            }
            StoreSlot => {
                self.store_slot(ins);
                return None;
            }
            FPow => self.fpow(ins),
            FAbs => {
                let a = self.val(ins.a);
                self.b.ins().fabs(a)
            }
            FSqrt => self.fsqrt(ins),
            IAbs => self.iabs(ins),
            IMin | IMax | FMin | FMax => self.minmax(ins),
            FToI => self.ftoi(ins),
            GuardClass => {
                self.guard_class(ins);
                return None;
            }
            GuardTypeVersion => {
                let cls = self.val(ins.b);
                let v = self.b.ins().iconst(types::I64, ins.imm);
                self.call_guarded(
                    helpers::check_type_version as *const () as usize,
                    &[cls, v],
                    ins,
                );
                return None;
            }
            GetAttr => self.get_attr(ins),
            CheckNoAttr => {
                self.check_no_attr(ins);
                return None;
            }
            SetAttr => {
                self.set_attr(ins);
                return None;
            }
            NewObj => self.new_obj(ins),
            CallMath => self.call_math(ins),
            Contains => {
                let cont = self.val(ins.b);
                let (tag, w) = self.tagged_word(ins.a);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::contains as *const () as usize,
                    &[cx, cont, tag, w],
                    ins,
                );
                let r = self.scratch(Ty::Bool);
                if ins.imm == 1 {
                    self.b.ins().bxor_imm_s(r, 1)
                } else {
                    r
                }
            }
            CallNative => {
                let (start, n, tag) = crate::tiers::trace::ir::seq_args(ins.imm);
                let refs: Vec<Ref> = self.t.args[start..start + n].to_vec();
                let f = self.val(ins.a);
                let cx = self.ctx;
                let mut params = vec![cx, f];
                let callee_kind = match self.t.ty(ins.a) {
                    Ty::Cls => helpers::CALL_NATIVE_TYPE,
                    _ => 0,
                };
                let count = self
                    .b
                    .ins()
                    .iconst(types::I64, n as i64 | callee_kind as i64);
                params.push(count);
                for k in 0..3 {
                    let (t, w) = match refs.get(k) {
                        Some(&r) => self.tagged_word(r),
                        None => {
                            let z = self.b.ins().iconst(types::I64, 0);
                            (z, z)
                        }
                    };
                    params.push(t);
                    params.push(w);
                }
                let rtag = self.b.ins().iconst(types::I64, tag);
                params.push(rtag);
                self.call_guarded(helpers::call_native as *const () as usize, &params, ins);
                self.scratch(ins.ty)
            }
            StrBinary => {
                let a = self.val(ins.a);
                let (tag, w) = self.tagged_word(ins.b);
                let k = self.b.ins().iconst(types::I64, ins.imm);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::str_binary as *const () as usize,
                    &[cx, a, tag, w, k],
                    ins,
                );
                self.scratch(Ty::Obj)
            }
            StrCmp => {
                let (a, b) = self.ab(ins);
                let k = self.b.ins().iconst(types::I64, ins.imm);
                let cx = self.ctx;
                self.call_guarded(helpers::str_cmp as *const () as usize, &[cx, a, b, k], ins);
                self.scratch(Ty::Bool)
            }
            DictGet => {
                let d = self.val(ins.a);
                let (ktag, kw) = self.tagged_word(ins.b);
                let tag = self.tag_imm(ins);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::dict_get as *const () as usize,
                    &[cx, d, ktag, kw, tag],
                    ins,
                );
                self.scratch(ins.ty)
            }
            DictGetOr => {
                let d = self.val(ins.a);
                let (ktag, kw) = self.tagged_word(ins.b);
                let (dtag, dw) = self.tagged_word(ins.c);
                let tag = self.tag_imm(ins);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::dict_get_or as *const () as usize,
                    &[cx, d, ktag, kw, dtag, dw, tag],
                    ins,
                );
                self.scratch(ins.ty)
            }
            SetAddItem => {
                let s = self.val(ins.a);
                let (tag, w) = self.tagged_word(ins.b);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::set_add as *const () as usize,
                    &[cx, s, tag, w],
                    ins,
                );
                return None;
            }
            DictSet => {
                let d = self.val(ins.a);
                let (ktag, kw) = self.tagged_word(ins.b);
                let (vtag, vw) = self.tagged_word(ins.c);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::dict_set as *const () as usize,
                    &[cx, d, ktag, kw, vtag, vw],
                    ins,
                );
                return None;
            }
            BuildSlice if self.virtual_slices.contains(&self.cur) => return None,
            BuildSlice => self.build_slice(Ref(self.cur)),
            BuildSetMap => {
                let (kind, base, count) = self.spill_packed_args(ins);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::build_set_map as *const () as usize,
                    &[cx, kind, base, count],
                    ins,
                );
                self.scratch(Ty::Obj)
            }
            BuildSeq => {
                let (kind, base, count) = self.spill_packed_args(ins);
                let cx = self.ctx;
                self.new_object(
                    helpers::build_seq as *const () as usize,
                    &[cx, kind, base, count],
                )
            }
            GetSlice if self.virtual_slices.contains(&ins.b.0) => {
                let seq = self.val(ins.a);
                let [tags, a, b, c] = self.slice_bounds(ins.b);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::get_slice_bounds as *const () as usize,
                    &[cx, seq, tags, a, b, c],
                    ins,
                );
                self.scratch(Ty::Obj)
            }
            GetSlice => {
                let (seq, sl) = self.ab(ins);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::get_slice as *const () as usize,
                    &[cx, seq, sl],
                    ins,
                );
                self.scratch(Ty::Obj)
            }
            SetSlice if self.virtual_slices.contains(&ins.b.0) => {
                let seq = self.val(ins.a);
                let items = self.val(ins.c);
                let [tags, a, b, c] = self.slice_bounds(ins.b);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::set_slice_bounds as *const () as usize,
                    &[cx, seq, tags, a, b, c, items],
                    ins,
                );
                return None;
            }
            SetSlice => {
                let (seq, sl) = self.ab(ins);
                let items = self.val(ins.c);
                let cx = self.ctx;
                self.call_guarded(
                    helpers::set_slice as *const () as usize,
                    &[cx, seq, sl, items],
                    ins,
                );
                return None;
            }
            YieldExit | ReturnExit => {
                let always = self.b.ins().iconst(types::I8, 1);
                self.exit_if(always, ins);
                return None;
            }
            CellObj => {
                let cells = self
                    .b
                    .ins()
                    .load(types::I64, flags(), self.ctx, ctx::CELLS as i32);
                self.b
                    .ins()
                    .load(types::I64, flags(), cells, 8 * ins.imm as i32)
            }
            MakeFunc => {
                let code = self.val(ins.a);
                let globals = self.val(ins.b);
                let closure = if ins.c == Ref::NONE {
                    self.b.ins().iconst(types::I64, 0)
                } else {
                    self.val(ins.c)
                };
                let cx = self.ctx;
                self.new_object(
                    helpers::make_function as *const () as usize,
                    &[cx, code, globals, closure],
                )
            }
            CellGet => {
                let i = self.b.ins().iconst(types::I64, ins.imm >> 8);
                let tag = self.b.ins().iconst(types::I64, ins.imm & 0xff);
                let cx = self.ctx;
                self.call_guarded(helpers::cell_get as *const () as usize, &[cx, i, tag], ins);
                self.scratch(ins.ty)
            }
            CellSet => {
                let i = self.b.ins().iconst(types::I64, ins.imm);
                let (tag, w) = self.tagged_word(ins.b);
                let cx = self.ctx;
                self.call(
                    helpers::cell_set as *const () as usize,
                    &[cx, i, tag, w],
                    false,
                );
                return None;
            }
        };
        Some(v)
    }

    /// Address of frame slot `slot` (a local, or a value-stack entry).
    fn slot_addr(&mut self, slot: u32) -> (CVal, i32) {
        if slot < self.t.nlocals {
            let base = self
                .b
                .ins()
                .load(types::I64, flags(), self.ctx, ctx::LOCALS as i32);
            (base, 16 * slot as i32)
        } else {
            let base = self
                .b
                .ins()
                .load(types::I64, flags(), self.ctx, ctx::STACK as i32);
            (base, 16 * (slot - self.t.nlocals) as i32)
        }
    }

    fn sload(&mut self, ins: &Ins) -> CVal {
        let (base, off) = self.slot_addr(ins.imm as u32);
        let tag = self.b.ins().load(types::I64, flags(), base, off);
        if ins.ty == Ty::Opt {
            // None (tag 0) is the word 0; an object (tag 4) its pointer.
            let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
            let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 4);
            let ok = self.b.ins().bor(is_none, is_obj);
            let cont = self.b.create_block();
            self.b.ins().brif(ok, cont, &[], self.entry_exit, &[]);
            self.b.switch_to_block(cont);
            let payload = self.b.ins().load(types::I64, flags(), base, off + 8);
            let zero = self.b.ins().iconst(types::I64, 0);
            return self.b.ins().select(is_none, zero, payload);
        }
        let bad = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, tag, ins.ty.tag() as i64);
        let cont = self.b.create_block();
        self.b.ins().brif(bad, self.entry_exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
        match ins.ty {
            Ty::Nil => self.b.ins().iconst(types::I64, 0),
            t => self.b.ins().load(clif_type(t), flags(), base, off + 8),
        }
    }

    /// `Reload`: the header value `a`, or on the first iteration (when `a`
    /// was never loaded) the slot read from the frame with its tag checked.
    fn reload(&mut self, ins: &Ins) -> CVal {
        let carried = self.val(ins.a);
        let Some(first) = self.first else {
            return carried;
        };
        let ty = clif_type(ins.ty);
        let load = self.b.create_block();
        let merge = self.b.create_block();
        let out = self.b.append_block_param(merge, ty);
        self.b
            .ins()
            .brif(first, load, &[], merge, &[BlockArg::Value(carried)]);
        self.b.switch_to_block(load);
        let (base, off) = self.slot_addr(ins.imm as u32);
        let tag = self.b.ins().load(types::I64, flags(), base, off);
        let v = if ins.ty == Ty::Opt {
            // None (tag 0) is the word 0; an object (tag 4) its pointer.
            let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
            let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 4);
            let ok = self.b.ins().bor(is_none, is_obj);
            self.exit_unless(ok, ins);
            let payload = self.b.ins().load(types::I64, flags(), base, off + 8);
            let zero = self.b.ins().iconst(types::I64, 0);
            self.b.ins().select(is_none, zero, payload)
        } else {
            let bad = self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, tag, ins.ty.tag() as i64);
            self.exit_if(bad, ins);
            match ins.ty {
                Ty::Nil => self.b.ins().iconst(types::I64, 0),
                t => self.b.ins().load(clif_type(t), flags(), base, off + 8),
            }
        };
        self.b.ins().jump(merge, &[BlockArg::Value(v)]);
        self.b.switch_to_block(merge);
        out
    }

    /// The packed operands of `ins` (`seq_args`) as (tag, word) pairs in a
    /// stack slot, for helpers that take a variable number of values:
    /// returns (kind, address, count).
    fn spill_packed_args(&mut self, ins: &Ins) -> (CVal, CVal, CVal) {
        let (start, n, kind) = crate::tiers::trace::ir::seq_args(ins.imm);
        let slot = self
            .b
            .create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
                cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
                (16 * n.max(1)) as u32,
                3,
            ));
        let base = self.b.ins().stack_addr(types::I64, slot, 0);
        for k in 0..n {
            let r = self.t.args[start + k];
            let (tag, w) = self.tagged_word(r);
            self.b.ins().store(flags(), tag, base, (16 * k) as i32);
            self.b.ins().store(flags(), w, base, (16 * k + 8) as i32);
        }
        let kind = self.b.ins().iconst(types::I64, kind);
        let count = self.b.ins().iconst(types::I64, n as i64);
        (kind, base, count)
    }

    /// The `build_slice` arguments of `BuildSlice` instruction `r`: the packed
    /// type tags and the three payload words.
    fn slice_bounds(&mut self, r: Ref) -> [CVal; 4] {
        let ins = self.t.ins[r.index()];
        let mut tags = 0i64;
        let mut words = Vec::new();
        for (k, r) in [ins.a, ins.b, ins.c].into_iter().enumerate() {
            let w = if r == Ref::NONE {
                self.b.ins().iconst(types::I64, 0)
            } else {
                tags |= (self.t.ty(r).tag() as i64) << (8 * k);
                self.tagged_word(r).1
            };
            words.push(w);
        }
        let tags = self.b.ins().iconst(types::I64, tags);
        [tags, words[0], words[1], words[2]]
    }

    /// A new slice object from `BuildSlice` instruction `r`'s bounds.
    fn build_slice(&mut self, r: Ref) -> CVal {
        let [tags, a, b, c] = self.slice_bounds(r);
        let cx = self.ctx;
        self.new_object(
            helpers::build_slice as *const () as usize,
            &[cx, tags, a, b, c],
        )
    }

    fn emit_exit(&mut self, e: &PendingExit) {
        self.b.switch_to_block(e.block);
        let snap = &self.t.snaps[e.snap as usize];
        let buf = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::EXIT_BUF as i32);
        let refs: Vec<Ref> = snap.refs().collect();
        let skips = refs.iter().any(|r| self.entry_dead.contains(r));
        for (j, r) in refs.into_iter().enumerate() {
            if r.is_const() {
                continue;
            }
            let v = if self.virtual_slices.contains(&r.0) {
                // The interpreter gets the slice object it would have built.
                self.build_slice(r)
            } else {
                self.vals[&r.0]
            };
            let w = match self.t.ty(r) {
                Ty::F64 => self.b.ins().bitcast(types::I64, MemFlagsData::new(), v),
                Ty::Bool => self.b.ins().uextend(types::I64, v),
                _ => v,
            };
            self.b.ins().store(flags(), w, buf, 8 * j as i32);
        }
        let mut id = self.b.ins().iconst(types::I32, e.exit_id as i64);
        if let (true, Some(first)) = (skips, self.first) {
            // On the first iteration, tell deopt to leave entry-dead slots alone.
            let f = self.b.ins().uextend(types::I32, first);
            let f = self
                .b
                .ins()
                .ishl_imm_u(f, FIRST_ITERATION.trailing_zeros() as i64);
            id = self.b.ins().bor(id, f);
        }
        self.b.ins().return_(&[id]);
    }
}

impl Lower<'_, '_> {
    /// The loop's back edge (from the body or a bridge): leave if Ctrl-C,
    /// finalizers or the collector are pending, drop the iteration's
    /// temporaries, and jump to the header with `back`'s values.
    fn back_edge(&mut self, back: &[(u32, Ref)]) {
        let t = self.t;
        let flag_ptr = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::INTERRUPT as i32);
        let flag = self.b.ins().load(types::I8, flags(), flag_ptr, 0);
        let fin_ptr = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::FINALIZERS as i32);
        let fin = self.b.ins().load(types::I8, flags(), fin_ptr, 0);
        let mut flag = self.b.ins().bor(flag, fin);
        // A loop that allocates must also let the collector run.
        if t.ins.iter().any(|i| allocates_tracked(i.op)) {
            let cx = self.ctx;
            let p = self
                .call(helpers::poll as *const () as usize, &[cx], true)
                .expect("poll");
            let p = self.b.ins().ireduce(types::I8, p);
            flag = self.b.ins().bor(flag, p);
        }
        let intr = self.b.create_block();
        self.b.set_cold_block(intr);
        let cont = self.b.create_block();
        self.b.ins().brif(flag, intr, &[], cont, &[]);
        self.b.switch_to_block(cont);
        let keeps_temps = t.ins.iter().any(|i| {
            matches!(
                i.op,
                IrOp::GetItem | IrOp::SeqIterNext | IrOp::GetAttr | IrOp::CellGet
            ) && matches!(i.ty, Ty::Obj | Ty::Cls)
                || matches!(
                    i.op,
                    IrOp::NewObj | IrOp::BuildSlice | IrOp::GetSlice | IrOp::BuildSeq
                )
        });
        if keeps_temps {
            self.clear_temps();
        }
        let carried = self.carried.clone();
        let back_args: Vec<BlockArg> = carried
            .iter()
            .map(|&(slot, _)| {
                let r = back
                    .iter()
                    .find(|(s, _)| *s == slot)
                    .map(|e| e.1)
                    .unwrap_or(Ref::NONE);
                BlockArg::Value(self.val(r))
            })
            .collect();
        let mut back_args = back_args;
        if self.first.is_some() {
            let zero = self.b.ins().iconst(types::I8, 0);
            back_args.push(BlockArg::Value(zero));
        }
        let header = self.header;
        self.b.ins().jump(header, &back_args);
        // The interrupt exit: resume at the back edge with the end-of-iteration
        // values of the carried slots, one word each in `carried` order.
        self.b.switch_to_block(intr);
        let buf = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::EXIT_BUF as i32);
        for (j, &(slot, _)) in carried.iter().enumerate() {
            let r = back
                .iter()
                .find(|(s, _)| *s == slot)
                .map(|e| e.1)
                .unwrap_or(Ref::NONE);
            let v = self.val(r);
            let w = match t.ty(r) {
                Ty::F64 => self.b.ins().bitcast(types::I64, MemFlagsData::new(), v),
                Ty::Bool => self.b.ins().uextend(types::I64, v),
                _ => v,
            };
            self.b.ins().store(flags(), w, buf, 8 * j as i32);
        }
        let id = self.b.ins().iconst(types::I32, ctx::INTERRUPT_EXIT as i64);
        self.b.ins().return_(&[id]);
    }
}

impl Lower<'_, '_> {
    /// Drop the iteration's temporaries. Inline (with the measured layout):
    /// each one's strong count is decremented in order; the first that would
    /// reach zero hands the rest to `clear_temps_from`, so objects are freed
    /// (and finalizers queued) in the order `Vec::clear` would.
    fn clear_temps(&mut self) {
        let cx = self.ctx;
        let Some(s) = self.inline else {
            self.call(helpers::clear_temps as *const () as usize, &[cx], false);
            return;
        };
        let l = s.layout;
        let temps = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::TEMPS as i32);
        let len = self.b.ins().load(types::I64, flags(), temps, l.vec_len);
        let data = self.b.ins().load(types::I64, flags(), temps, l.vec_ptr);
        let head = self.b.create_block();
        let body = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.append_block_param(head, types::I64);
        self.b.append_block_param(slow, types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().jump(head, &[zero.into()]);
        self.b.switch_to_block(head);
        let i = self.b.block_params(head)[0];
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.b.ins().brif(more, body, &[], done, &[]);
        self.b.switch_to_block(body);
        // Every temporary is an object or a class (tags 4 and 5): a strong
        // count at `rc_strong` from its word.
        let off = self.b.ins().ishl_imm_s(i, 4);
        let slot = self.b.ins().iadd(data, off);
        let word = self.b.ins().load(types::I64, flags(), slot, 8);
        let strong = self.b.ins().load(types::I64, flags(), word, l.rc_strong);
        let last = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, strong, 1);
        let dec = self.b.create_block();
        self.b.ins().brif(last, slow, &[i.into()], dec, &[]);
        self.b.switch_to_block(dec);
        let strong1 = self.b.ins().iadd_imm_s(strong, -1);
        self.b.ins().store(flags(), strong1, word, l.rc_strong);
        let i1 = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(head, &[i1.into()]);
        self.b.switch_to_block(slow);
        let k = self.b.block_params(slow)[0];
        self.call(
            helpers::clear_temps_from as *const () as usize,
            &[cx, k],
            false,
        );
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        // (After the slow path the helper emptied the vector; storing 0 again
        // is harmless.)
        let zero = self.b.ins().iconst(types::I64, 0);
        let temps = self
            .b
            .ins()
            .load(types::I64, flags(), self.ctx, ctx::TEMPS as i32);
        self.b.ins().store(flags(), zero, temps, l.vec_len);
    }
}

/// The `BuildSlice` instructions whose only uses are as the slice of a
/// `GetSlice`/`SetSlice` (snapshots aside): those need no slice object.
fn virtual_slices(t: &Trace) -> std::collections::HashSet<u32> {
    let mut cand: std::collections::HashSet<u32> = t
        .ins
        .iter()
        .enumerate()
        .filter(|(_, i)| i.op == IrOp::BuildSlice)
        .map(|(k, _)| k as u32)
        .collect();
    if cand.is_empty() {
        return cand;
    }
    let mut used = |r: Ref| {
        if r != Ref::NONE && !r.is_const() {
            cand.remove(&r.0);
        }
    };
    for ins in &t.ins {
        let slices = matches!(ins.op, IrOp::GetSlice | IrOp::SetSlice);
        for (k, r) in [ins.a, ins.b, ins.c].into_iter().enumerate() {
            if !(slices && k == 1) {
                used(r);
            }
        }
        if ins.op.has_packed_args() {
            let (start, n, _) = crate::tiers::trace::ir::seq_args(ins.imm);
            t.args[start..start + n].iter().for_each(|&r| used(r));
        }
    }
    t.loop_back.iter().for_each(|&(_, r)| used(r));
    for br in &t.bridges {
        br.back.iter().for_each(|&(_, r)| used(r));
    }
    cand
}

/// Build the trace tree's function `(ctx) -> exit id` into `b`. Returns the
/// guard instruction of each exit id (exit id k is at index k - 1).
pub fn build(
    b: &mut FunctionBuilder,
    t: &Trace,
    call_conv: cranelift_codegen::isa::CallConv,
    inline: Option<InlineSeq>,
    attr_hints: *const std::cell::Cell<u32>,
) -> Vec<u32> {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let entry_exit = b.create_block();
    b.set_cold_block(entry_exit);
    let header = b.create_block();
    b.switch_to_block(entry);
    let ctx = b.block_params(entry)[0];
    let mut lw = Lower {
        b,
        t,
        vals: HashMap::new(),
        ctx,
        exits: Vec::new(),
        entry_exit,
        call_conv,
        cur: 0,
        cur_exit: None,
        inline,
        exit_guards: Vec::new(),
        header,
        carried: Vec::new(),
        entry_dead: t.entry_dead_loads(),
        first: None,
        attr_hints,
        virtual_slices: virtual_slices(t),
        subloops: HashMap::new(),
        sub_exits: HashMap::new(),
        lowered: Default::default(),
    };
    // Entry: load and check the slots (a dead one starts as a dummy).
    let mut entry_vals = Vec::new();
    let mut sload_of = HashMap::new();
    for (i, ins) in t.ins.iter().enumerate() {
        if ins.op != IrOp::SLoad {
            continue;
        }
        let v = if lw.entry_dead.contains(&Ref(i as u32)) {
            match clif_type(ins.ty) {
                types::F64 => lw.b.ins().f64const(0.0),
                ty => lw.b.ins().iconst(ty, 0),
            }
        } else {
            lw.sload(ins)
        };
        lw.vals.insert(i as u32, v);
        sload_of.insert(ins.imm as u32, (Ref(i as u32), v));
    }
    for &(slot, _) in &t.loop_back {
        let (r, v) = sload_of[&slot];
        lw.carried.push((slot, r));
        entry_vals.push(BlockArg::Value(v));
    }
    if !lw.entry_dead.is_empty() {
        let one = lw.b.ins().iconst(types::I8, 1);
        entry_vals.push(BlockArg::Value(one));
    }
    lw.b.ins().jump(header, &entry_vals);
    // Header: carried slots become block parameters.
    lw.b.switch_to_block(header);
    for &(_, r) in &lw.carried.clone() {
        let p = lw.b.append_block_param(header, clif_type(t.ty(r)));
        lw.vals.insert(r.0, p);
    }
    if !lw.entry_dead.is_empty() {
        lw.first = Some(lw.b.append_block_param(header, types::I8));
    }
    for (i, ins) in t.ins.iter().enumerate() {
        if ins.op == IrOp::SLoad || t.in_bridge(i) {
            continue;
        }
        lw.lower_at(i as u32);
    }
    lw.back_edge(&t.loop_back);
    // Guard exits: a bridge where one was grown, else an exit stub. Bridges
    // add exits of their own, so this is a work list.
    while let Some(e) = lw.exits.pop() {
        match t.bridge_at(e.guard) {
            Some(br) => {
                lw.b.switch_to_block(e.block);
                for i in br.start as usize..br.end as usize {
                    if t.ins[i].op == IrOp::SLoad {
                        continue;
                    }
                    lw.lower_at(i as u32);
                }
                // A bridge into a sub-loop ended with its `SubLoopBack`.
                if br.sub.is_none() {
                    lw.back_edge(&br.back);
                }
            }
            None => lw.emit_exit(&e),
        }
    }
    lw.b.switch_to_block(entry_exit);
    let zero = lw.b.ins().iconst(types::I32, 0);
    lw.b.ins().return_(&[zero]);
    lw.exit_guards
}
