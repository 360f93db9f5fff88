//! The storage behind `set` and `frozenset`.
//!
//! A program that prints a set prints its elements in the order they sit in
//! CPython's open-addressing table, so the storage is `table::SetTable`, a
//! step-by-step replay of CPython 3.11's set algorithm (probe sequence,
//! dummies, resize points). Key hashes are CPython's (`pyhash`), so equal
//! operation sequences give equal layouts and equal printed order.
//!
//! This type only owns the table. Key comparison can run Python `__eq__`,
//! and a mutable set lives in a `RefCell` that must not stay borrowed while
//! Python code runs, so every operation that may compare keys goes through
//! `runtime::setops`, which retries the table operation with the answers of
//! the Python-level comparisons it needed (see the header there).
use crate::runtime::object::Value;
use crate::runtime::table::SetTable;

#[derive(Default, Clone)]
pub struct PySet {
    pub table: SetTable<Value>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    /// Elements in CPython's iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.iter().map(|(k, _)| k.clone()).collect()
    }
    /// Elements with their stored hashes, in iteration order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.table.iter().map(|(k, h)| (k.clone(), h)).collect()
    }
    /// `s.copy()`: a fresh table merged from this one (its layout can differ
    /// from the original's, exactly as in CPython).
    pub fn copy(&self) -> PySet {
        PySet {
            table: self.table.copy(),
        }
    }
}
