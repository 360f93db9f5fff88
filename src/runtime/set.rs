//! The storage behind `set` and `frozenset`.
//!
//! For now a set is a dict table whose values are unused; equality follows the same
//! native-or-candidates protocol as `dict` (see `runtime::dict`). Iteration order is
//! insertion order, which is not CPython's hash-table order: the CPython-exact
//! table is being written separately and will replace this storage.
use crate::runtime::dict::PyDict;

#[derive(Default, Clone)]
pub struct PySet {
    pub table: PyDict,
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
}
