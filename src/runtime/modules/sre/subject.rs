//! The string a pattern runs over, as code points (what the engine indexes),
//! with the way back to Python values: slices of the original `str` or `bytes`,
//! and joining the pieces `sub` produces.
//!
//! Converting a `str` costs a pass over it, and programs often call
//! `pattern.match(text, pos)` many times on one long text (tokenizers), so the
//! last conversion is kept, keyed by the string object (held, so its identity
//! cannot be reused while cached).
use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

thread_local! {
    static LAST: RefCell<Option<(Value, Rc<Vec<u32>>)>> = const { RefCell::new(None) };
}

pub enum Subject {
    Str {
        value: Value,
        ascii: bool,
        codes: Rc<Vec<u32>>,
    },
    Bytes {
        value: Value,
        bytes: Rc<Vec<u8>>,
        codes: Rc<Vec<u32>>,
    },
}

impl Subject {
    pub fn new(vm: &Vm, v: &Value, pattern_bytes: bool) -> PyResult<Subject> {
        if let Some(Payload::Str(s)) = v.payload() {
            if pattern_bytes {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            let cached = LAST.with(|c| match &*c.borrow() {
                Some((k, codes)) if k.is(v) => Some(codes.clone()),
                _ => None,
            });
            let codes = match cached {
                Some(c) => c,
                None => {
                    let codes: Rc<Vec<u32>> = Rc::new(if s.ascii {
                        s.value.bytes().map(u32::from).collect()
                    } else {
                        s.value.chars().map(u32::from).collect()
                    });
                    LAST.with(|c| *c.borrow_mut() = Some((v.clone(), codes.clone())));
                    codes
                }
            };
            return Ok(Subject::Str {
                value: v.clone(),
                ascii: s.ascii,
                codes,
            });
        }
        let bytes = match v.payload() {
            Some(Payload::Bytes(b)) => Some(b.to_vec()),
            Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
            _ => None,
        };
        let Some(bytes) = bytes else {
            return Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(v)
            )));
        };
        if !pattern_bytes {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        let codes = Rc::new(bytes.iter().map(|&b| b as u32).collect());
        Ok(Subject::Bytes {
            value: v.clone(),
            bytes: Rc::new(bytes),
            codes,
        })
    }

    pub fn value(&self) -> &Value {
        match self {
            Subject::Str { value, .. } | Subject::Bytes { value, .. } => value,
        }
    }

    pub fn codes(&self) -> Rc<Vec<u32>> {
        match self {
            Subject::Str { codes, .. } | Subject::Bytes { codes, .. } => codes.clone(),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Subject::Str { codes, .. } | Subject::Bytes { codes, .. } => codes.len(),
        }
    }

    /// `subject[a:b]` as a new `str`/`bytes`.
    pub fn slice(&self, vm: &Vm, a: usize, b: usize) -> Value {
        let b = b.max(a);
        match self {
            Subject::Str {
                value,
                ascii,
                codes,
            } => {
                if *ascii {
                    match value.as_str() {
                        Some(s) => vm.new_str(&s[a..b]),
                        None => vm.new_str(""),
                    }
                } else {
                    vm.new_string(
                        codes[a..b]
                            .iter()
                            .filter_map(|&c| char::from_u32(c))
                            .collect(),
                    )
                }
            }
            Subject::Bytes { bytes, .. } => vm.new_bytes(bytes[a..b].to_vec()),
        }
    }

    /// Join `pieces` (each must be of the subject's kind) into one value.
    pub fn join(&self, vm: &Vm, pieces: &[Value]) -> PyResult<Value> {
        match self {
            Subject::Str { .. } => {
                let mut out = String::new();
                for (i, p) in pieces.iter().enumerate() {
                    match p.as_str() {
                        Some(s) => out.push_str(s),
                        None => {
                            return Err(vm.type_error(format!(
                                "sequence item {}: expected str instance, {} found",
                                i,
                                vm.type_name(p)
                            )))
                        }
                    }
                }
                Ok(vm.new_string(out))
            }
            Subject::Bytes { .. } => {
                let mut out = Vec::new();
                for (i, p) in pieces.iter().enumerate() {
                    match p.payload() {
                        Some(Payload::Bytes(b)) => out.extend_from_slice(b),
                        Some(Payload::ByteArray(b)) => out.extend_from_slice(&b.borrow()),
                        _ => {
                            return Err(vm.type_error(format!(
                                "sequence item {}: expected a bytes-like object, {} found",
                                i,
                                vm.type_name(p)
                            )))
                        }
                    }
                }
                Ok(vm.new_bytes(out))
            }
        }
    }

    /// A subject like this one over the same value (for match objects).
    pub fn share(&self) -> Subject {
        match self {
            Subject::Str {
                value,
                ascii,
                codes,
            } => Subject::Str {
                value: value.clone(),
                ascii: *ascii,
                codes: codes.clone(),
            },
            Subject::Bytes {
                value,
                bytes,
                codes,
            } => Subject::Bytes {
                value: value.clone(),
                bytes: bytes.clone(),
                codes: codes.clone(),
            },
        }
    }
}
