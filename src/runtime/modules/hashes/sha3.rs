//! SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge with the SHA-3
//! (`0x06`) or SHAKE (`0x1f`) domain padding, for `hashlib.sha3_*`/`shake_*`.
use super::{construct, Digest};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

const RC: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];
const ROT: [u32; 25] = [
    0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
];

fn keccak(a: &mut [u64; 25]) {
    for rc in RC {
        let mut c = [0u64; 5];
        for x in 0..5 {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(ROT[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

#[derive(Clone)]
pub struct Sha3 {
    state: [u64; 25],
    buf: Vec<u8>,
    rate: usize,
    domain: u8,
    out_len: usize,
}

impl Sha3 {
    fn absorb(&mut self, block: &[u8]) {
        for (i, c) in block.chunks_exact(8).enumerate() {
            self.state[i] ^= u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        }
        keccak(&mut self.state);
    }
}

impl Digest for Sha3 {
    fn update(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
        let full = self.buf.len() / self.rate * self.rate;
        let blocks: Vec<u8> = self.buf.drain(..full).collect();
        for b in blocks.chunks_exact(self.rate) {
            self.absorb(b);
        }
    }
    fn finish(&self, len: usize) -> Vec<u8> {
        let mut s = self.clone();
        let mut last = s.buf.clone();
        last.resize(s.rate, 0);
        last[s.buf.len()] ^= s.domain;
        last[s.rate - 1] ^= 0x80;
        s.absorb(&last);
        let want = if s.out_len == 0 { len } else { s.out_len };
        let mut out = Vec::with_capacity(want);
        loop {
            for w in &s.state[..s.rate / 8] {
                out.extend_from_slice(&w.to_le_bytes());
            }
            if out.len() >= want {
                break;
            }
            keccak(&mut s.state);
        }
        out.truncate(want);
        out
    }
    fn box_clone(&self) -> Box<dyn Digest> {
        Box::new(self.clone())
    }
}

/// `hashlib.sha3_256(data)` and the rest of the family.
pub fn make(vm: &Vm, args: Args, name: &'static str) -> PyResult {
    let (out_len, rate, domain, xof) = match name {
        "sha3_224" => (28, 144, 0x06, false),
        "sha3_256" => (32, 136, 0x06, false),
        "sha3_384" => (48, 104, 0x06, false),
        "sha3_512" => (64, 72, 0x06, false),
        "shake_128" => (0, 168, 0x1f, true),
        _ => (0, 136, 0x1f, true),
    };
    let state = Sha3 {
        state: [0; 25],
        buf: Vec::new(),
        rate,
        domain,
        out_len,
    };
    construct(
        vm,
        args,
        (name, "_sha3", out_len, rate),
        Box::new(state),
        xof,
    )
}
