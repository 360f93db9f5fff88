//! The hash modules `hashlib` falls back to when there is no OpenSSL:
//! `_md5`, `_sha1`, `_sha256` (sha224/sha256), `_sha512` (sha384/sha512),
//! `_sha3` (sha3_* and shake_*) and `_blake2` (blake2b/blake2s). Each
//! algorithm implements `Digest`; one Python type per algorithm wraps it with
//! `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size` and
//! `block_size` (and the `length` argument of the shake digests).
use std::cell::RefCell;
use std::collections::HashMap;

use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

mod blake2;
mod md5;
mod sha1;
mod sha256;
mod sha3;
mod sha512;

pub trait Digest {
    fn update(&mut self, data: &[u8]);
    /// The digest of everything so far (`len` bytes for the shake XOFs).
    fn finish(&self, len: usize) -> Vec<u8>;
    fn box_clone(&self) -> Box<dyn Digest>;
}

/// Merkle–Damgård buffering shared by MD5, SHA-1 and SHA-256: append `data`
/// to the pending bytes and hand every whole block to `block`.
pub fn feed(buf: &mut Vec<u8>, data: &[u8], block_len: usize, mut block: impl FnMut(&[u8])) {
    buf.extend_from_slice(data);
    let full = buf.len() / block_len * block_len;
    let blocks: Vec<u8> = buf.drain(..full).collect();
    for b in blocks.chunks_exact(block_len) {
        block(b);
    }
}

/// The final padding of a 64-byte-block hash: `0x80`, zeros, and the message
/// length in bits (little-endian for MD5, big-endian for SHA).
pub fn md_padding(pending: usize, len: u64, big_endian: bool) -> Vec<u8> {
    let mut pad = vec![0x80u8];
    while (pending + pad.len()) % 64 != 56 {
        pad.push(0);
    }
    let bits = len.wrapping_mul(8);
    pad.extend_from_slice(&if big_endian {
        bits.to_be_bytes()
    } else {
        bits.to_le_bytes()
    });
    pad
}

struct Hash {
    state: RefCell<Box<dyn Digest>>,
    xof: bool,
}

impl NativeData for Hash {}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Hash> {
    args.pos
        .first()
        .and_then(native_data::get::<Hash>)
        .ok_or_else(|| vm.type_error("a hash object is required"))
}

fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    crate::runtime::convert::bytes_like(vm, v)
}

fn digest_len(vm: &Vm, h: &Hash, args: &Args) -> PyResult<usize> {
    if !h.xof {
        return Ok(0);
    }
    let v = args.pos.get(1).cloned().or_else(|| {
        args.kw
            .iter()
            .find(|(k, _)| &**k == "length")
            .map(|(_, v)| v.clone())
    });
    match v {
        Some(v) => {
            let n = crate::runtime::convert::index_value(vm, &v)?;
            if n < 0 {
                return Err(vm.value_error("length must be non-negative"));
            }
            Ok(n as usize)
        }
        None => Err(vm.type_error("digest() missing required argument 'length' (pos 1)")),
    }
}

thread_local! {
    static TYPES: RefCell<HashMap<&'static str, TypeRef>> = RefCell::new(HashMap::new());
}

/// The Python type of algorithm `name` (made on first use).
fn hash_type(
    vm: &Vm,
    name: &'static str,
    module: &str,
    digest_size: usize,
    block_size: usize,
) -> TypeRef {
    if let Some(t) = TYPES.with(|t| t.borrow().get(name).cloned()) {
        return t;
    }
    let t = native_data::new_type(vm, module, name);
    add_method(vm, &t, "update", |vm, a| {
        let h = this(vm, &a)?;
        let d = data_arg(vm, &a.pos.get(1).cloned().unwrap_or(Value::None))?;
        h.state.borrow_mut().update(&d);
        Ok(Value::None)
    });
    add_method(vm, &t, "digest", |vm, a| {
        let h = this(vm, &a)?;
        let n = digest_len(vm, h, &a)?;
        Ok(vm.new_bytes(h.state.borrow().finish(n)))
    });
    add_method(vm, &t, "hexdigest", |vm, a| {
        let h = this(vm, &a)?;
        let n = digest_len(vm, h, &a)?;
        let d = h.state.borrow().finish(n);
        Ok(vm.new_string(d.iter().map(|b| format!("{:02x}", b)).collect()))
    });
    add_method(vm, &t, "copy", |vm, a| {
        let h = this(vm, &a)?;
        let cls = vm.type_of(&a.pos[0]);
        let state = h.state.borrow().box_clone();
        Ok(native_data::make(
            vm,
            &cls,
            Hash {
                state: RefCell::new(state),
                xof: h.xof,
            },
        ))
    });
    crate::runtime::setup::set_type_attr(vm, &t, "name", vm.new_str(name));
    crate::runtime::setup::set_type_attr(vm, &t, "digest_size", Value::Int(digest_size as i64));
    crate::runtime::setup::set_type_attr(vm, &t, "block_size", Value::Int(block_size as i64));
    TYPES.with(|m| m.borrow_mut().insert(name, t.clone()));
    t
}

/// Make a hash object of algorithm `name` fed with the constructor's data.
pub fn construct(
    vm: &Vm,
    mut args: Args,
    spec: (&'static str, &str, usize, usize),
    state: Box<dyn Digest>,
    xof: bool,
) -> PyResult {
    let _ = args.take_kw("usedforsecurity");
    let data = args.take_kw("string").or_else(|| args.pos.first().cloned());
    let (name, module, digest_size, block_size) = spec;
    let t = hash_type(vm, name, module, digest_size, block_size);
    let mut state = state;
    if let Some(d) = data {
        state.update(&data_arg(vm, &d)?);
    }
    Ok(native_data::make(
        vm,
        &t,
        Hash {
            state: RefCell::new(state),
            xof,
        },
    ))
}

fn module(vm: &Vm, name: &str, funcs: &[(&'static str, NativeFn)]) -> ObjRef {
    let m = vm.new_module(name);
    if let Some(d) = m.dict.get() {
        for &(n, f) in funcs {
            let _ = vm.dict_set_str(d, n, vm.new_builtin(n, f));
        }
    }
    m
}

/// The hash module called `name`, if it is one of these.
pub fn make_module(vm: &Vm, name: &str) -> Option<ObjRef> {
    Some(match name {
        "_md5" => module(
            vm,
            name,
            &[("md5", |vm, a| {
                construct(
                    vm,
                    a,
                    ("md5", "_md5", 16, 64),
                    Box::new(md5::Md5::new()),
                    false,
                )
            })],
        ),
        "_sha1" => module(
            vm,
            name,
            &[("sha1", |vm, a| {
                construct(
                    vm,
                    a,
                    ("sha1", "_sha1", 20, 64),
                    Box::new(sha1::Sha1::new()),
                    false,
                )
            })],
        ),
        "_sha256" => module(
            vm,
            name,
            &[
                ("sha256", |vm, a| {
                    construct(
                        vm,
                        a,
                        ("sha256", "_sha256", 32, 64),
                        Box::new(sha256::Sha256::new(32)),
                        false,
                    )
                }),
                ("sha224", |vm, a| {
                    construct(
                        vm,
                        a,
                        ("sha224", "_sha256", 28, 64),
                        Box::new(sha256::Sha256::new(28)),
                        false,
                    )
                }),
            ],
        ),
        "_sha512" => module(
            vm,
            name,
            &[
                ("sha512", |vm, a| {
                    construct(
                        vm,
                        a,
                        ("sha512", "_sha512", 64, 128),
                        Box::new(sha512::Sha512::new(64)),
                        false,
                    )
                }),
                ("sha384", |vm, a| {
                    construct(
                        vm,
                        a,
                        ("sha384", "_sha512", 48, 128),
                        Box::new(sha512::Sha512::new(48)),
                        false,
                    )
                }),
            ],
        ),
        "_sha3" => module(
            vm,
            name,
            &[
                ("sha3_224", |vm, a| sha3::make(vm, a, "sha3_224")),
                ("sha3_256", |vm, a| sha3::make(vm, a, "sha3_256")),
                ("sha3_384", |vm, a| sha3::make(vm, a, "sha3_384")),
                ("sha3_512", |vm, a| sha3::make(vm, a, "sha3_512")),
                ("shake_128", |vm, a| sha3::make(vm, a, "shake_128")),
                ("shake_256", |vm, a| sha3::make(vm, a, "shake_256")),
            ],
        ),
        "_blake2" => module(
            vm,
            name,
            &[
                ("blake2b", |vm, a| blake2::make(vm, a, true)),
                ("blake2s", |vm, a| blake2::make(vm, a, false)),
            ],
        ),
        _ => return None,
    })
}
