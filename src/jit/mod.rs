//! The Cranelift back end: turns an optimised trace into machine code.
//!
//! One `JITModule` lives for the whole run and owns the code of every trace
//! (the code cache). A compiled trace is a function `(ctx) -> exit id`; the
//! caller fills a [`TraceCtx`] with pointers into the interpreter frame and
//! an exit buffer, calls it, and on return hands the exit id to the deopt
//! code (`tiers::trace::deopt`), which rebuilds the frame from the snapshot.
//! `lower` holds the per-op templates, `helpers` the runtime functions that
//! generated code calls, `raw` the value-layout facts both rely on.
pub mod helpers;
pub mod layout;
pub mod lower;
pub mod raw;

use cranelift_codegen::ir::{types, AbiParam, UserFuncName};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module};

use crate::tiers::trace::ir::Trace;

/// Field offsets of [`TraceCtx`] used by generated code.
pub mod ctx {
    pub const LOCALS: usize = 0;
    pub const STACK: usize = 8;
    pub const EXIT_BUF: usize = 16;
    pub const INTERRUPT: usize = 24;
    pub const SCRATCH: usize = 32;
    pub const TEMPS: usize = 40;
    pub const FINALIZERS: usize = 48;
    pub const VM: usize = 56;
    pub const CELLS: usize = 64;
    /// Exit id of the Ctrl-C check at the back edge.
    pub const INTERRUPT_EXIT: u32 = 0x7fff_ffff;
}

/// What a trace function receives.
#[repr(C)]
pub struct TraceCtx {
    /// `frame.locals.as_mut_ptr()`: 16-byte `Option<Value>` slots.
    pub locals: *mut u8,
    /// `frame.stack.as_mut_ptr()`: 16-byte `Value` slots.
    pub stack: *mut u8,
    /// Where an exit writes its snapshot's values (one word per entry).
    pub exit_buf: *mut u64,
    /// The SIGINT flag (nonzero: leave at the back edge).
    pub interrupt: *const u8,
    /// Scratch word for helpers' outputs.
    pub scratch: i64,
    /// Objects kept alive until the end of the iteration (see `helpers`).
    pub temps: *mut Vec<crate::runtime::object::Value>,
    /// `vm.attention_ptr()` (nonzero: leave at the back edge so tier 1
    /// runs the queued `__del__` calls at the next instruction boundary).
    pub finalizers: *const u8,
    /// The running VM (for helpers that allocate).
    pub vm: *const crate::runtime::vm::Vm,
    /// `frame.cells.as_ptr()`: the frame's closure cells.
    pub cells: *const crate::runtime::object::ObjRef,
    // Fields below are only read and written by Rust code.
    /// The running trace's assumptions about globals (re-checked after a
    /// `CallPy`, which runs arbitrary Python code).
    pub deps: *const Vec<crate::tiers::trace::ir::Dep>,
    /// Set by `CallPy` when it leaves the trace after its call: the call's
    /// outcome, for the frame resumed after the call instruction.
    pub after_call: Option<crate::runtime::object::PyResult<crate::runtime::object::Value>>,
}

/// The machine code of one trace.
pub struct CompiledCode {
    pub func: extern "C" fn(*mut TraceCtx) -> u32,
    /// Per instruction: the instance-dict entry where its attribute was last
    /// found (generated code holds pointers into this).
    pub attr_hints: Box<[std::cell::Cell<u32>]>,
    /// Guard op index for exit id k (at index k - 1).
    pub exit_guards: Vec<u32>,
    pub code_size: usize,
    pub address: usize,
    /// Cranelift IR after optimisation (only when requested).
    pub clif: Option<String>,
    /// Lowered machine code listing (only when requested).
    pub vcode: Option<String>,
}

pub struct Backend {
    module: JITModule,
    ctx: cranelift_codegen::Context,
    fbc: FunctionBuilderContext,
    count: u32,
}

impl Backend {
    pub fn new() -> Result<Backend, String> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| {
            f.set(k, v).map_err(|e| format!("cranelift flag {k}: {e}"))
        };
        set(&mut flags, "use_colocated_libcalls", "false")?;
        set(&mut flags, "is_pic", "false")?;
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "enable_verifier", "false")?;
        let isa = cranelift_native::builder()
            .map_err(|e| format!("no native ISA: {e}"))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| format!("ISA: {e}"))?;
        let module = JITModule::new(JITBuilder::with_isa(isa, default_libcall_names()));
        let ctx = module.make_context();
        Ok(Backend {
            module,
            ctx,
            fbc: FunctionBuilderContext::new(),
            count: 0,
        })
    }

    /// After a panic while compiling: drop the half-built function.
    pub fn recover(&mut self) {
        self.module.clear_context(&mut self.ctx);
        self.fbc = FunctionBuilderContext::new();
    }

    /// Compile `trace`; `want_clif`/`want_asm` keep the listings for the log.
    pub fn compile(
        &mut self,
        trace: &Trace,
        inline: Option<lower::InlineSeq>,
        want_clif: bool,
        want_asm: bool,
    ) -> Result<CompiledCode, String> {
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        let call_conv = sig.call_conv;
        self.count += 1;
        let name = format!("trace{}", self.count);
        let fid = self
            .module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(0, fid.as_u32());
        // One attribute-slot hint per instruction (see `helpers::get_attr`).
        let attr_hints: Box<[std::cell::Cell<u32>]> =
            trace.ins.iter().map(|_| std::cell::Cell::new(0)).collect();
        let exit_guards = {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fbc);
            let g = lower::build(&mut b, trace, call_conv, inline, attr_hints.as_ptr());
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
            g
        };
        self.ctx.set_disasm(want_asm);
        let res = self.module.define_function(fid, &mut self.ctx);
        if let Err(e) = res {
            let msg = format!("{e:?}");
            self.module.clear_context(&mut self.ctx);
            return Err(msg);
        }
        let clif = want_clif.then(|| self.ctx.func.display().to_string());
        let (code_size, vcode) = match self.ctx.compiled_code() {
            Some(cc) => (cc.code_buffer().len(), cc.vcode.clone()),
            None => (0, None),
        };
        self.module.clear_context(&mut self.ctx);
        self.module
            .finalize_definitions()
            .map_err(|e| e.to_string())?;
        let ptr = self.module.get_finalized_function(fid);
        // SAFETY: `ptr` is the entry of the function just defined with the
        // signature `(i64) -> i32` in the host calling convention, which is
        // `extern "C" fn(*mut TraceCtx) -> u32`; the module (and so the code)
        // lives as long as the backend, which outlives every trace.
        let func: extern "C" fn(*mut TraceCtx) -> u32 = unsafe { std::mem::transmute(ptr) };
        Ok(CompiledCode {
            func,
            attr_hints,
            exit_guards,
            code_size,
            address: ptr as usize,
            clif,
            vcode,
        })
    }
}
