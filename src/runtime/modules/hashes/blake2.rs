//! BLAKE2b and BLAKE2s (RFC 7693) with CPython's `digest_size`, `key`, `salt`
//! and `person` parameters, for `hashlib.blake2b`/`blake2s`. Tree-hashing
//! parameters other than their defaults are not supported yet and say so.
use super::{construct, Digest};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// BLAKE2b starts from SHA-512's initial hash values.
const IV64: [u64; 8] = super::sha512::IV512;
const IV32: [u32; 8] = [
    0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
];

/// The one state shape for both widths: words held as u64 (BLAKE2s uses the
/// low 32 bits), `wide` picks the 64-bit variant's constants.
#[derive(Clone)]
pub struct Blake2 {
    h: [u64; 8],
    buf: Vec<u8>,
    counter: u128,
    out_len: usize,
    wide: bool,
}

impl Blake2 {
    fn block_len(&self) -> usize {
        if self.wide {
            128
        } else {
            64
        }
    }

    fn compress(&mut self, block: &[u8], last: bool) {
        let wide = self.wide;
        let ws = if wide { 8 } else { 4 };
        let mut m = [0u64; 16];
        for (i, c) in block.chunks_exact(ws).enumerate() {
            m[i] = if wide {
                u64::from_le_bytes(c.try_into().unwrap_or([0; 8]))
            } else {
                u32::from_le_bytes(c.try_into().unwrap_or([0; 4])) as u64
            };
        }
        let mut v = [0u64; 16];
        v[..8].copy_from_slice(&self.h);
        for i in 0..8 {
            v[8 + i] = if wide { IV64[i] } else { IV32[i] as u64 };
        }
        if wide {
            v[12] ^= self.counter as u64;
            v[13] ^= (self.counter >> 64) as u64;
            if last {
                v[14] = !v[14];
            }
        } else {
            v[12] ^= self.counter as u32 as u64;
            v[13] ^= (self.counter >> 32) as u32 as u64;
            if last {
                v[14] ^= 0xffff_ffff;
            }
        }
        let rounds = if wide { 12 } else { 10 };
        let (r1, r2, r3, r4) = if wide {
            (32, 24, 16, 63)
        } else {
            (16, 12, 8, 7)
        };
        let add = |a: u64, b: u64| {
            if wide {
                a.wrapping_add(b)
            } else {
                (a as u32).wrapping_add(b as u32) as u64
            }
        };
        let rot = |x: u64, n: u32| {
            if wide {
                x.rotate_right(n)
            } else {
                (x as u32).rotate_right(n) as u64
            }
        };
        let g = |v: &mut [u64; 16], a: usize, b: usize, c: usize, d: usize, x: u64, y: u64| {
            v[a] = add(add(v[a], v[b]), x);
            v[d] = rot(v[d] ^ v[a], r1);
            v[c] = add(v[c], v[d]);
            v[b] = rot(v[b] ^ v[c], r2);
            v[a] = add(add(v[a], v[b]), y);
            v[d] = rot(v[d] ^ v[a], r3);
            v[c] = add(v[c], v[d]);
            v[b] = rot(v[b] ^ v[c], r4);
        };
        for r in 0..rounds {
            let s = &SIGMA[r % 10];
            g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for i in 0..8 {
            self.h[i] ^= v[i] ^ v[i + 8];
        }
    }
}

impl Digest for Blake2 {
    fn update(&mut self, data: &[u8]) {
        let bl = self.block_len();
        for &byte in data {
            if self.buf.len() == bl {
                self.counter += bl as u128;
                let block = std::mem::take(&mut self.buf);
                self.compress(&block, false);
            }
            self.buf.push(byte);
        }
    }
    fn finish(&self, _len: usize) -> Vec<u8> {
        let mut s = self.clone();
        let bl = s.block_len();
        s.counter += s.buf.len() as u128;
        let mut block = s.buf.clone();
        block.resize(bl, 0);
        s.compress(&block, true);
        let bytes: Vec<u8> = if s.wide {
            s.h.iter().flat_map(|w| w.to_le_bytes()).collect()
        } else {
            s.h.iter().flat_map(|w| (*w as u32).to_le_bytes()).collect()
        };
        bytes[..s.out_len].to_vec()
    }
    fn box_clone(&self) -> Box<dyn Digest> {
        Box::new(self.clone())
    }
}

fn bytes_kw(vm: &Vm, args: &mut Args, name: &str, max: usize, what: &str) -> PyResult<Vec<u8>> {
    match args.take_kw(name) {
        Some(v) => {
            let b = crate::runtime::convert::bytes_like(vm, &v)?;
            if b.len() > max {
                return Err(vm.value_error(format!("maximum {} length is {} bytes", what, max)));
            }
            Ok(b)
        }
        None => Ok(Vec::new()),
    }
}

/// `hashlib.blake2b(data, *, digest_size=64, key=b'', salt=b'', person=b'', …)`.
pub fn make(vm: &Vm, mut args: Args, wide: bool) -> PyResult {
    let (max_out, max_key, max_salt) = if wide { (64, 64, 16) } else { (32, 32, 8) };
    let out_len = match args.take_kw("digest_size") {
        Some(v) => {
            let n = crate::runtime::convert::index_value(vm, &v)?;
            if n < 1 || n > max_out as i64 {
                return Err(vm.value_error(format!(
                    "digest_size must be between 1 and {} bytes",
                    max_out
                )));
            }
            n as usize
        }
        None => max_out,
    };
    let key = bytes_kw(vm, &mut args, "key", max_key, "key")?;
    let salt = bytes_kw(vm, &mut args, "salt", max_salt, "salt")?;
    let person = bytes_kw(vm, &mut args, "person", max_salt, "person")?;
    for (name, default) in [
        ("fanout", 1),
        ("depth", 1),
        ("leaf_size", 0),
        ("node_offset", 0),
        ("node_depth", 0),
        ("inner_size", 0),
    ] {
        if let Some(v) = args.take_kw(name) {
            if crate::runtime::convert::index_value(vm, &v)? != default {
                return Err(vm.not_implemented_error(format!(
                    "blake2 tree hashing ({}) is not supported yet",
                    name
                )));
            }
        }
    }
    if let Some(v) = args.take_kw("last_node") {
        if crate::runtime::ops::truthy(vm, &v)? {
            return Err(
                vm.not_implemented_error("blake2 tree hashing (last_node) is not supported yet")
            );
        }
    }
    let mut h = [0u64; 8];
    for i in 0..8 {
        h[i] = if wide { IV64[i] } else { IV32[i] as u64 };
    }
    let p0 = 0x0101_0000u64 ^ ((key.len() as u64) << 8) ^ out_len as u64;
    h[0] ^= p0;
    let ws = if wide { 8 } else { 4 };
    let word = |b: &[u8], i: usize| -> u64 {
        let mut padded = vec![0u8; max_salt];
        padded[..b.len()].copy_from_slice(b);
        let c = &padded[i * ws..(i + 1) * ws];
        if wide {
            u64::from_le_bytes(c.try_into().unwrap_or([0; 8]))
        } else {
            u32::from_le_bytes(c.try_into().unwrap_or([0; 4])) as u64
        }
    };
    h[4] ^= word(&salt, 0);
    h[5] ^= word(&salt, 1);
    h[6] ^= word(&person, 0);
    h[7] ^= word(&person, 1);
    let mut state = Blake2 {
        h,
        buf: Vec::new(),
        counter: 0,
        out_len,
        wide,
    };
    if !key.is_empty() {
        let mut block = key.clone();
        block.resize(state.block_len(), 0);
        state.update(&block);
    }
    let name = if wide { "blake2b" } else { "blake2s" };
    let block = if wide { 128 } else { 64 };
    construct(
        vm,
        args,
        (name, "_blake2", out_len, block),
        Box::new(state),
        false,
    )
}
