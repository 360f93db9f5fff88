//! The global allocator: mimalloc, called through its plain entry points.
//!
//! The `mimalloc` crate's allocator passes every request to
//! `mi_malloc_aligned`, whose generic path costs several times a plain
//! `mi_malloc` in mimalloc 3. Every block mimalloc hands out is aligned to at
//! least `MIN_ALIGN` bytes, so requests with that alignment or less (all of
//! the runtime's objects, frames and vectors) take the plain path; larger
//! alignments still go through the aligned one.
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment of every mimalloc block (`MI_MAX_ALIGN_SIZE` on 64-bit targets).
const MIN_ALIGN: usize = 16;

pub struct PlainMiMalloc;

// SAFETY: each method forwards to the mimalloc function with the contract
// `GlobalAlloc` requires: blocks are at least `layout.size()` bytes, aligned
// to `layout.align()` (mimalloc's minimum block alignment covers the plain
// path), and freed/reallocated only through mimalloc.
unsafe impl GlobalAlloc for PlainMiMalloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl comment.
        unsafe {
            if layout.align() <= MIN_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl comment.
        unsafe {
            if layout.align() <= MIN_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator; the alignment is kept.
        unsafe {
            if layout.align() <= MIN_ALIGN {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_aligned_and_usable() {
        let a = PlainMiMalloc;
        for (size, align) in [(1, 1), (24, 8), (48, 16), (100, 64), (4096, 4096)] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: a nonzero-size layout; the block is freed below.
            unsafe {
                let p = a.alloc_zeroed(layout);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0);
                assert!(std::slice::from_raw_parts(p, size).iter().all(|b| *b == 0));
                let q = a.realloc(p, layout, size * 3);
                assert_eq!(q as usize % align, 0);
                a.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
            }
        }
    }
}
