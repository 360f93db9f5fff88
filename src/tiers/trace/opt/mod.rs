//! The trace optimiser. Each pass is its own module with its reasoning in its
//! header:
//!
//! - `fold`: constant folding, algebraic simplification, CSE and redundant
//!   guard elimination, applied on the fly while recording.
//! - `dce`: removes instructions nothing uses and moves the slot loads to the
//!   trace head, renumbering the trace.
pub mod dce;
pub mod fold;

use super::ir::Trace;

/// Run the post-recording passes over a recorded trace.
pub fn optimize(trace: &Trace) -> Trace {
    dce::run(trace)
}
