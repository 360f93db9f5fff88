//! Execution tiers. Tier 1 is the bytecode interpreter in `interp` (with the
//! frame layout in `frame`); tier 2, the trace recorder and optimiser, builds on
//! the interpreter's profiling hooks.
pub mod args;
pub mod frame;
pub mod frame_stack;
pub mod interp;
pub mod profile;
pub mod trace;
