//! MD5 (RFC 1321), for `hashlib.md5`.
use super::Digest;

const S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9,
    14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15,
    21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

#[derive(Clone)]
pub struct Md5 {
    h: [u32; 4],
    buf: Vec<u8>,
    len: u64,
}

impl Md5 {
    pub fn new() -> Md5 {
        Md5 {
            h: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
            buf: Vec::new(),
            len: 0,
        }
    }

    fn block(&mut self, b: &[u8]) {
        let mut m = [0u32; 16];
        for (i, c) in b.chunks_exact(4).enumerate() {
            m[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        let [mut a, mut bb, mut c, mut d] = self.h;
        for (i, &shift) in S.iter().enumerate() {
            let (f, g) = match i / 16 {
                0 => ((bb & c) | (!bb & d), i),
                1 => ((d & bb) | (!d & c), (5 * i + 1) % 16),
                2 => (bb ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (bb | !d), (7 * i) % 16),
            };
            let k = ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32;
            let f = f.wrapping_add(a).wrapping_add(k).wrapping_add(m[g]);
            a = d;
            d = c;
            c = bb;
            bb = bb.wrapping_add(f.rotate_left(shift));
        }
        for (x, y) in self.h.iter_mut().zip([a, bb, c, d]) {
            *x = x.wrapping_add(y);
        }
    }
}

impl Digest for Md5 {
    fn update(&mut self, data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        let mut buf = std::mem::take(&mut self.buf);
        super::feed(&mut buf, data, 64, |b| self.block(b));
        self.buf = buf;
    }
    fn finish(&self, _len: usize) -> Vec<u8> {
        let mut s = self.clone();
        let pad = super::md_padding(s.buf.len(), s.len, false);
        s.update(&pad);
        s.h.iter().flat_map(|x| x.to_le_bytes()).collect()
    }
    fn box_clone(&self) -> Box<dyn Digest> {
        Box::new(self.clone())
    }
}
