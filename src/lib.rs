//! pyjit: a JIT-compiling Python 3.11 runtime.
//!
//! `frontend` turns source into bytecode, `tiers` runs it (tier 1 interpreter,
//! tier 2 trace JIT), `jit` is the Cranelift back end, and `runtime` holds the
//! object model, built-ins and native modules. See ARCHITECTURE.md.
pub mod alloc;
pub mod cli;
pub mod frontend;
pub mod jit;
pub mod runtime;
pub mod tiers;
