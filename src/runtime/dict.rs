//! The storage behind `dict`, type dicts, module globals and instance dicts.
//!
//! A compact, insertion-ordered table in the style of CPython's dict: entries are
//! appended to a vector (deletions leave holes that a rebuild squeezes out) and a
//! hash index maps a hash to entry positions. Key equality in Python can run user
//! code (`__eq__`) that may raise or even mutate this very dict, so the table never
//! calls back into the interpreter while it is borrowed. Instead callers use one of
//! two paths (see `runtime::dictops`): keys whose equality is known natively (str,
//! int, float, bool, None, bytes) are compared inside the table; any other key
//! asks the table for the candidate entries with an equal hash, releases the
//! borrow, and compares them with full Python semantics.
//!
//! Most dicts are small (instance attributes, keyword arguments, little
//! literals), so a table of up to `SMALL_TABLE` entry slots has no hash index at
//! all: a lookup scans the entries comparing the stored hashes first, which for a
//! handful of entries costs less than probing an index and saves an allocation
//! per dict (and a pointer to chase on every attribute access). The index is
//! built the moment the entry vector outgrows that size.
//!
//! `version` is bumped on every mutation; iterators use `len` to detect "changed
//! size during iteration", and the tier-1 inline caches key global lookups on it.
use hashbrown::HashTable;

use crate::runtime::object::{Payload, Value};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Entry slots (live entries and holes) a dict may have before it needs a hash index.
const SMALL_TABLE: usize = 8;

#[derive(Default, Clone)]
pub struct PyDict {
    entries: Vec<Option<Entry>>,
    /// Hash → entry position; `None` while the dict has at most `SMALL_TABLE`
    /// entry slots (lookups scan the entries).
    index: Option<Box<HashTable<usize>>>,
    live: usize,
    pub version: u64,
}

/// Equality of two keys when it can be decided without running Python code.
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (None, None) => true,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => *x as i64 == *y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Type(x), Type(y)) => std::rc::Rc::ptr_eq(x, y),
        (Obj(x), Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Some(true);
            }
            let exact_x = x.class.builtin;
            let exact_y = y.class.builtin;
            match (&x.payload, &y.payload) {
                (Payload::Str(p), Payload::Str(q)) if exact_x && exact_y => p.value == q.value,
                (Payload::Bytes(p), Payload::Bytes(q)) if exact_x && exact_y => p == q,
                (Payload::Int(p), Payload::Int(q)) if exact_x && exact_y => p == q,
                (Payload::Str(_), Payload::Int(_)) | (Payload::Int(_), Payload::Str(_))
                    if exact_x && exact_y =>
                {
                    false
                }
                _ => return Option::None,
            }
        }
        (Obj(x), Int(_) | Float(_) | Bool(_) | None | Type(_))
        | (Int(_) | Float(_) | Bool(_) | None | Type(_), Obj(x)) => {
            if x.class.builtin
                && matches!(
                    x.payload,
                    Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_)
                )
            {
                false
            } else {
                return Option::None;
            }
        }
        (Type(_), _) | (_, Type(_)) => false,
        _ => false,
    })
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
    pub fn len(&self) -> usize {
        self.live
    }
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }
    /// Number of entry slots (including holes); iterate `0..entries_len()` with `entry_at`.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }
    /// The entry slots' address, count and capacity (for the JIT's layout
    /// probe: compiled code reads entries by position).
    pub fn entries_raw(&self) -> (usize, usize, usize) {
        (
            self.entries.as_ptr() as usize,
            self.entries.len(),
            self.entries.capacity(),
        )
    }

    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }
    pub fn entry_at_mut(&mut self, i: usize) -> Option<&mut Entry> {
        self.entries.get_mut(i).and_then(|e| e.as_mut())
    }

    /// Find a key whose equality is native. `Err(candidates)` when a Python-level
    /// comparison is needed for some entry with the same hash.
    pub fn find_native(&self, key: &Value, hash: i64) -> Result<Option<usize>, Vec<usize>> {
        let mut slow = Vec::new();
        let mut visit = |i: usize, e: &Entry| match native_key_eq(&e.key, key) {
            Some(true) => Some(i),
            Some(false) => None,
            None => {
                slow.push(i);
                None
            }
        };
        if let Some(i) = self.scan_same_hash(hash, &mut visit) {
            return Ok(Some(i));
        }
        if slow.is_empty() {
            Ok(None)
        } else {
            Err(slow)
        }
    }

    /// Lookup by a `str` key (the common case for globals and attributes).
    pub fn get_str(&self, key: &str, hash: i64) -> Option<&Value> {
        self.find_str(key, hash)
            .map(|i| &self.entries[i].as_ref().expect("found").value)
    }

    /// Entry index of a `str` key.
    pub fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        self.scan_same_hash(hash, |i, e| {
            let s = e.key.as_str()?;
            // Names are usually the very same interned string: compare
            // the pointers before the bytes.
            (std::ptr::eq(s.as_ptr(), key.as_ptr()) && s.len() == key.len() || s == key)
                .then_some(i)
        })
    }

    /// Offer each live entry whose stored hash is `hash` (with its position)
    /// to `visit` until it answers `Some`.
    #[inline]
    fn scan_same_hash(
        &self,
        hash: i64,
        mut visit: impl FnMut(usize, &Entry) -> Option<usize>,
    ) -> Option<usize> {
        match &self.index {
            None => {
                for (i, e) in self.entries.iter().enumerate() {
                    if let Some(e) = e {
                        if e.hash == hash {
                            if let Some(found) = visit(i, e) {
                                return Some(found);
                            }
                        }
                    }
                }
            }
            Some(index) => {
                for &i in index.iter_hash(hash as u64) {
                    let e = self.entries[i].as_ref().expect("indexed entry");
                    if e.hash == hash {
                        if let Some(found) = visit(i, e) {
                            return Some(found);
                        }
                    }
                }
            }
        }
        None
    }

    /// Index entry slot `idx` (already pushed) under `hash`, building the
    /// index first if the entries just outgrew the small-table size.
    fn index_new_entry(&mut self, hash: i64, idx: usize) {
        let entries = &self.entries;
        let rehash = |&j: &usize| entries[j].as_ref().map_or(0, |e| e.hash as u64);
        match &mut self.index {
            Some(index) => {
                index.insert_unique(hash as u64, idx, rehash);
            }
            None if entries.len() > SMALL_TABLE => {
                let mut index = Box::new(HashTable::with_capacity(entries.len() * 2));
                for (j, e) in entries.iter().enumerate() {
                    if let Some(e) = e {
                        index.insert_unique(e.hash as u64, j, rehash);
                    }
                }
                self.index = Some(index);
            }
            None => {}
        }
    }

    pub fn value_at(&self, i: usize) -> Option<Value> {
        self.entry_at(i).map(|e| e.value.clone())
    }

    /// Insert a new key (the caller has established that it is absent).
    pub fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.index_new_entry(hash, idx);
        self.live += 1;
        self.version += 1;
    }

    pub fn set_at(&mut self, i: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(i) {
            e.value = value;
            self.version += 1;
        }
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Some(index) = &mut self.index {
            if let Ok(found) = index.find_entry(e.hash as u64, |&j| j == i) {
                found.remove();
            }
        }
        self.live -= 1;
        self.version += 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index = None;
        self.live = 0;
        let v = self.version;
        for e in old.into_iter().flatten() {
            self.push_new(e.key, e.hash, e.value);
        }
        self.version = v + 1;
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
        self.live = 0;
        self.version += 1;
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(i);
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        e
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(d: &PyDict, k: i64) -> Option<Value> {
        let i = d.find_native(&Value::Int(k), k).ok()??;
        d.value_at(i)
    }

    /// Lookups agree before and after the table outgrows the small size (the
    /// index is built then), across deletions and a compaction.
    #[test]
    fn small_table_grows_an_index() {
        let mut d = PyDict::new();
        for k in 0..40i64 {
            d.push_new(Value::Int(k), k, Value::Int(k * 10));
            assert_eq!(d.index.is_some(), d.entries_len() > SMALL_TABLE);
            for j in 0..=k {
                assert!(matches!(find(&d, j), Some(Value::Int(v)) if v == j * 10));
            }
            assert!(find(&d, k + 1).is_none());
        }
        for k in (0..40i64).filter(|k| k % 3 != 0) {
            let i = d.find_native(&Value::Int(k), k).unwrap().unwrap();
            d.remove_at(i);
        }
        for k in 0..40i64 {
            assert_eq!(find(&d, k).is_some(), k % 3 == 0, "key {k}");
        }
        d.clear();
        assert!(d.index.is_none() && find(&d, 3).is_none());
    }
}
