//! CPython 3.11 compatible `hash()`.
//!
//! Python programs routinely print sets and use `hash()` directly, and the
//! order in which a set iterates is a pure function of the hash values of its
//! members (plus the history of insertions and deletions).  So if pyjit is to
//! print `{'a', 'b', 'c'}` in the same order CPython does, every hash value has
//! to be *bit-for-bit* the one CPython computes.  This module reproduces the
//! algorithms of CPython 3.11 (`Python/pyhash.c`, `Objects/longobject.c`,
//! `Objects/floatobject.c`, `Objects/complexobject.c`, `Objects/tupleobject.c`,
//! `Objects/setobject.c`) on plain Rust values, so it has no dependency on the
//! runtime's object model.
//!
//! # Strings and bytes
//!
//! CPython 3.11 hashes the raw memory of a string with SipHash-1-3 (one
//! compression round per 8-byte block, three finalisation rounds; 3.11 made
//! this the default, replacing SipHash-2-4), and returns the xor of the four
//! state words.  The memory that gets hashed is the PEP 393 canonical buffer:
//! one byte per code point when every code point is below 256 (Latin-1), two
//! bytes (UCS-2) when every code point is below 0x10000, otherwise four bytes
//! (UCS-4), always in the machine's byte order, which is little-endian on
//! every platform we target.  That is why `hash('é')` is not the hash of the
//! UTF-8 bytes of `'é'`: we re-encode into the width CPython would pick.
//! The empty string/bytes hash to 0 without touching SipHash, and -1 (which
//! CPython reserves as an error marker) is turned into -2.
//!
//! The 128-bit SipHash key comes from a 24-byte secret that CPython fills at
//! start-up according to `PYTHONHASHSEED`:
//! * unset, empty or `random`: random bytes (we read `/dev/urandom`, falling
//!   back to a clock-seeded generator);
//! * `0`: all zero bytes (randomisation disabled; programs in tests rely on
//!   this to get a stable set order);
//! * `N` (1..=4294967295): the bytes of the MSVC-style linear congruential
//!   generator `x = x*214013 + 2531011 (mod 2**32)`, taking `(x >> 16) & 0xff`
//!   for each byte.
//!
//! The key words are the first and second little-endian 64-bit words of the
//! secret.  The secret is process-global (two atomics), like CPython's.
//!
//! # Numbers
//!
//! Numeric hashes are designed so that equal numbers of different types hash
//! equal (`hash(1) == hash(1.0) == hash(1+0j) == hash(Fraction(1))`).  The
//! hash of a rational number `x` is `x mod P` with `P = 2**61 - 1` (a Mersenne
//! prime), carrying the sign of `x`: `hash(-x) == -hash(x)`.  For an integer
//! that is a plain modulus.  For a finite float `m * 2**e` (`m` the 53-bit
//! integer mantissa) it is `m * 2**e mod P`; because `2**61 == 1 (mod P)`,
//! multiplying by `2**e` is just a rotation by `e mod 61` bits within 61 bits,
//! which also handles negative exponents (the modular inverse of 2 is a
//! rotation the other way).  CPython computes the same thing 28 bits at a time
//! via `frexp`; we compute it exactly in one step with 128-bit arithmetic,
//! which gives identical results.  Infinities hash to +-314159.  Since 3.10 a
//! NaN hashes by *object identity*, so [`hash_f64`] returns `None` and the
//! caller must use [`hash_pointer`] on the object.  A complex number combines
//! `hash(re) + 1000003 * hash(im)` with wrapping unsigned arithmetic.
//!
//! # Containers and identity
//!
//! Tuples use the xxHash-inspired combiner introduced in 3.8 (per item:
//! `acc += lane * PRIME2; acc = rotl(acc, 31); acc *= PRIME1`, then mix in the
//! length), where the special final value -1 is replaced by 1546275796.
//! Frozensets xor a bit-shuffled version of every member's hash (so that the
//! result is order independent), then disperse.  Objects without `__hash__`
//! hash by address: the address rotated right by 4 bits, because the low bits
//! of an aligned pointer carry no information.
//!
//! Every function returns CPython's `Py_hash_t` as `i64` and never returns -1.

use num_bigint::{BigInt, Sign};
use std::sync::atomic::{AtomicU64, Ordering};

/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
/// Number of bits in [`HASH_MODULUS`].
pub const HASH_BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;
/// `sys.hash_info.imag`: multiplier of the imaginary part in complex hashes.
pub const HASH_IMAG: u64 = 1000003;

static SECRET_K0: AtomicU64 = AtomicU64::new(0);
static SECRET_K1: AtomicU64 = AtomicU64::new(0);

/// Parse a `PYTHONHASHSEED` value the way CPython's start-up does.
///
/// `Ok(None)` means "random" (unset, empty or the word `random`);
/// `Ok(Some(n))` a fixed seed (0 disables randomisation).  `Err` carries the
/// message CPython prints before exiting on an invalid value.
pub fn parse_hash_seed(pythonhashseed: Option<&str>) -> Result<Option<u32>, String> {
    let err = || {
        "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" \
         or an integer in range [0; 4294967295]"
            .to_string()
    };
    let text = match pythonhashseed {
        None => return Ok(None),
        Some(t) if t.is_empty() || t == "random" => return Ok(None),
        Some(t) => t,
    };
    // strtoul(): optional leading whitespace and '+', then decimal digits,
    // and the whole string must be consumed.
    let t = text.trim_start();
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err());
    }
    match t.parse::<u64>() {
        Ok(v) if v <= u32::MAX as u64 => Ok(Some(v as u32)),
        _ => Err(err()),
    }
}

/// CPython's `lcg_urandom`: derive the secret bytes from an integer seed.
fn lcg_fill(seed: u32, buf: &mut [u8]) {
    let mut x = seed;
    for b in buf.iter_mut() {
        x = x.wrapping_mul(214013).wrapping_add(2531011);
        *b = ((x >> 16) & 0xff) as u8;
    }
}

fn random_fill(buf: &mut [u8]) {
    use std::io::Read;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return;
        }
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mixed = (nanos as u64) ^ ((nanos >> 64) as u64) ^ ((std::process::id() as u64) << 32);
    let mut x = mixed;
    for b in buf.iter_mut() {
        // splitmix64 step
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        *b = (z ^ (z >> 31)) as u8;
    }
}

fn set_secret(secret: &[u8; 24]) {
    let k0 = u64::from_le_bytes(secret[0..8].try_into().unwrap());
    let k1 = u64::from_le_bytes(secret[8..16].try_into().unwrap());
    SECRET_K0.store(k0, Ordering::Relaxed);
    SECRET_K1.store(k1, Ordering::Relaxed);
}

/// Initialise the process-wide hash secret from a `PYTHONHASHSEED` value,
/// reporting an invalid value as CPython's fatal error message.
pub fn try_init_hash_secret(pythonhashseed: Option<&str>) -> Result<(), String> {
    let seed = parse_hash_seed(pythonhashseed)?;
    let mut secret = [0u8; 24];
    match seed {
        None => random_fill(&mut secret),
        Some(0) => {}
        Some(n) => lcg_fill(n, &mut secret),
    }
    set_secret(&secret);
    Ok(())
}

/// Initialise the process-wide hash secret from a `PYTHONHASHSEED` value
/// (`None` = environment variable unset).  An invalid value falls back to a
/// random key; use [`try_init_hash_secret`] to get CPython's error instead.
/// Before any call the key is all zero (as with `PYTHONHASHSEED=0`).
pub fn init_hash_secret(pythonhashseed: Option<&str>) {
    if try_init_hash_secret(pythonhashseed).is_err() {
        let _ = try_init_hash_secret(None);
    }
}

/// The current SipHash key `(k0, k1)`.
pub fn hash_secret() -> (u64, u64) {
    (
        SECRET_K0.load(Ordering::Relaxed),
        SECRET_K1.load(Ordering::Relaxed),
    )
}

#[inline(always)]
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].rotate_left(32);
}

/// Incremental SipHash-1-3 over a byte stream, so that strings can be fed in
/// their PEP 393 width without allocating a converted buffer.
struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    ntail: u32,
    total: u64,
}

impl SipHasher13 {
    fn new(k0: u64, k1: u64) -> Self {
        SipHasher13 {
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            total: 0,
        }
    }

    #[inline(always)]
    fn block(&mut self, m: u64) {
        self.v[3] ^= m;
        sip_round(&mut self.v);
        self.v[0] ^= m;
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.tail |= (b as u64) << (8 * self.ntail);
        self.ntail += 1;
        self.total += 1;
        if self.ntail == 8 {
            let m = self.tail;
            self.block(m);
            self.tail = 0;
            self.ntail = 0;
        }
    }

    fn bytes(&mut self, data: &[u8]) {
        let mut data = data;
        while self.ntail != 0 && !data.is_empty() {
            self.byte(data[0]);
            data = &data[1..];
        }
        let mut chunks = data.chunks_exact(8);
        for c in &mut chunks {
            self.block(u64::from_le_bytes(c.try_into().unwrap()));
            self.total += 8;
        }
        for &b in chunks.remainder() {
            self.byte(b);
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.total << 56) | self.tail;
        self.block(b);
        self.v[2] ^= 0xff;
        sip_round(&mut self.v);
        sip_round(&mut self.v);
        sip_round(&mut self.v);
        (self.v[0] ^ self.v[1]) ^ (self.v[2] ^ self.v[3])
    }
}

/// SipHash-1-3 as used by CPython 3.11 (`siphash13` in `Python/pyhash.c`).
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut h = SipHasher13::new(k0, k1);
    h.bytes(data);
    h.finish()
}

#[inline]
fn fix_minus_one(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `hash(bytes)` (also `bytearray`-free buffers such as `memoryview` of bytes).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let (k0, k1) = hash_secret();
    fix_minus_one(siphash13(k0, k1, b) as i64)
}

/// `hash(str)`: SipHash-1-3 of the PEP 393 canonical buffer.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let (k0, k1) = hash_secret();
    if s.is_ascii() {
        return fix_minus_one(siphash13(k0, k1, s.as_bytes()) as i64);
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut h = SipHasher13::new(k0, k1);
    if max < 0x100 {
        for c in s.chars() {
            h.byte(c as u32 as u8);
        }
    } else if max < 0x1_0000 {
        for c in s.chars() {
            let u = c as u32 as u16;
            h.bytes(&u.to_le_bytes());
        }
    } else {
        for c in s.chars() {
            h.bytes(&(c as u32).to_le_bytes());
        }
    }
    fix_minus_one(h.finish() as i64)
}

/// `hash(int)` for an int that fits in `i64`.
pub fn hash_i64(x: i64) -> i64 {
    let r = (x.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if x < 0 { -r } else { r })
}

/// `hash(int)` for an arbitrary-precision int.
pub fn hash_bigint(x: &BigInt) -> i64 {
    let (sign, digits) = x.to_u64_digits();
    // Horner's scheme modulo P, most significant 64-bit digit first.
    // 2**64 == 2**3 (mod P), so shifting by a digit is a multiply by 8.
    let mut acc: u64 = 0;
    for &d in digits.iter().rev() {
        let v = ((acc as u128) << 64) + d as u128;
        acc = (v % HASH_MODULUS as u128) as u64;
    }
    let r = acc as i64;
    fix_minus_one(if sign == Sign::Minus { -r } else { r })
}

/// `hash(float)`; `None` for NaN, which CPython 3.10+ hashes by object
/// identity (use [`hash_pointer`] on the float object).
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    let bits = x.to_bits();
    let negative = (bits >> 63) != 0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mant * 2**exp exactly, mant < 2**53 < P.
    let (mant, exp) = if biased == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // 2**exp mod P == 2**(exp mod 61) since 2**61 == 1 (mod P).
    let e = exp.rem_euclid(HASH_BITS as i64) as u32;
    let v = ((mant as u128) << e) % HASH_MODULUS as u128;
    let r = v as i64;
    Some(fix_minus_one(if negative { -r } else { r }))
}

/// `hash(complex(re, im))`; `None` if either part is NaN (then CPython
/// hashes the complex object's identity via [`hash_pointer`]).
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    let hr = hash_f64(re)? as u64;
    let hi = hash_f64(im)? as u64;
    let combined = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
    Some(fix_minus_one(combined))
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(tuple)` given the hashes of its items (3.8+ xxHash-style combiner).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `hash(frozenset)` given the hashes of its members (any order; the result
/// is order independent).  Equal to CPython's `frozenset_hash`, whose
/// contributions of empty and dummy slots cancel out.
pub fn hash_frozenset(member_hashes: &[i64]) -> i64 {
    let mut hash: u64 = 0;
    for &h in member_hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (member_hashes.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// `_Py_HashPointer`: identity hash of an object at `addr` (rotate right by
/// 4 bits; -1 becomes -2).
pub fn hash_pointer(addr: usize) -> i64 {
    let y = (addr as u64).rotate_right(4);
    fix_minus_one(y as i64)
}

/// The hash secret is process global; tests that change it serialise here.
#[cfg(test)]
pub(crate) static TEST_SECRET_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[cfg(test)]
mod tests {
    use super::TEST_SECRET_LOCK as SECRET_LOCK;
    use super::*;
    use num_bigint::BigInt;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn seed_parsing() {
        assert_eq!(parse_hash_seed(None), Ok(None));
        assert_eq!(parse_hash_seed(Some("")), Ok(None));
        assert_eq!(parse_hash_seed(Some("random")), Ok(None));
        assert_eq!(parse_hash_seed(Some("0")), Ok(Some(0)));
        assert_eq!(parse_hash_seed(Some("4294967295")), Ok(Some(u32::MAX)));
        assert!(parse_hash_seed(Some("4294967296")).is_err());
        assert!(parse_hash_seed(Some("-1")).is_err());
        assert!(parse_hash_seed(Some("12x")).is_err());
    }

    #[test]
    fn random_seed_randomizes() {
        let _g = SECRET_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        init_hash_secret(None);
        let a = hash_secret();
        init_hash_secret(Some("random"));
        let b = hash_secret();
        assert_ne!(a, b);
        assert_ne!(a, (0, 0));
        init_hash_secret(Some("0"));
        assert_eq!(hash_secret(), (0, 0));
    }

    // ---- BEGIN GENERATED by gen.py (pyhash) ----
    #[rustfmt::skip]
    mod generated {
    use super::*;

    #[test]
    fn str_bytes_seed_0() {
        let _g = SECRET_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        init_hash_secret(Some("0"));
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_str("h\u{e9}llo"), 6395329678795984700);
        assert_eq!(hash_str("\u{65e5}\u{672c}"), 6243316497235261705);
        assert_eq!(hash_str("\u{1f600}x"), -8926728262118538918);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("ab"), 6148830537548944441);
        assert_eq!(hash_str("abcdefg"), 7904145750247929094);
        assert_eq!(hash_str("abcdefgh"), 4574395652268504554);
        assert_eq!(hash_str("abcdefghi"), -532774252720507163);
        assert_eq!(hash_str("hello world, this is a longer string!"), 2736673927254547960);
        assert_eq!(hash_str("\u{ff}"), 3476900567878811119);
        assert_eq!(hash_str("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), -4169478969962971340);
        assert_eq!(hash_str("\u{100}"), 75343234424780393);
        assert_eq!(hash_str("x\u{100}yx\u{100}yx\u{100}yx\u{100}yx\u{100}y"), -1093510916250671126);
        assert_eq!(hash_str("\u{10ffff}"), 4658154726633327932);
        assert_eq!(hash_str("a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}"), -4106167837283852384);
        assert_eq!(hash_str("\u{0}"), 7541581120933061747);
        assert_eq!(hash_str("\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}"), -4800647303603446203);
        assert_eq!(hash_str("Python"), -7654020850613168290);
        assert_eq!(hash_str("set"), -5932844931355023938);
        assert_eq!(hash_str("dict"), -5192944469976296130);
        assert_eq!(hash_str("key1"), 2119266382994775031);
        assert_eq!(hash_str("key2"), 7803298930269982680);
        assert_eq!(hash_str("__init__"), 4748292593639647670);
        assert_eq!(hash_str("\u{df}\u{2202}\u{192}\u{a9}"), -1514884188065251214);
        assert_eq!(hash_str("\u{20ac}uro"), 7542247858446192590);
        assert_eq!(hash_bytes(&[97u8, 98u8, 99u8]), -4594863902769663758);
        assert_eq!(hash_bytes(&[0u8; 0]), 0);
        assert_eq!(hash_bytes(&[0u8]), 7541581120933061747);
        assert_eq!(hash_bytes(&[255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8]), -2129700217430894956);
        assert_eq!(hash_bytes(&[104u8, 101u8, 108u8, 108u8, 111u8, 32u8, 119u8, 111u8, 114u8, 108u8, 100u8]), -5642461784034726774);
        assert_eq!(hash_bytes(&[0u8, 1u8, 2u8, 3u8, 4u8, 5u8, 6u8, 7u8, 8u8, 9u8, 10u8, 11u8, 12u8, 13u8, 14u8, 15u8, 16u8, 17u8, 18u8, 19u8]), 7178233520606413056);
        init_hash_secret(Some("0"));
    }

    #[test]
    fn str_bytes_seed_12345() {
        let _g = SECRET_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        init_hash_secret(Some("12345"));
        assert_eq!(hash_str("abc"), 2962436275791859092);
        assert_eq!(hash_str("h\u{e9}llo"), -3405917470080430561);
        assert_eq!(hash_str("\u{65e5}\u{672c}"), 7239199481113287272);
        assert_eq!(hash_str("\u{1f600}x"), -5581016787913457232);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), -8961251314296359281);
        assert_eq!(hash_str("ab"), -112886974681700427);
        assert_eq!(hash_str("abcdefg"), 6148946137545281088);
        assert_eq!(hash_str("abcdefgh"), 1658905534166424097);
        assert_eq!(hash_str("abcdefghi"), -6258168472765736806);
        assert_eq!(hash_str("hello world, this is a longer string!"), -4158050368904818323);
        assert_eq!(hash_str("\u{ff}"), -4893331670718958642);
        assert_eq!(hash_str("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), -95118848338876716);
        assert_eq!(hash_str("\u{100}"), -2691837556253880572);
        assert_eq!(hash_str("x\u{100}yx\u{100}yx\u{100}yx\u{100}yx\u{100}y"), -1499404677230479800);
        assert_eq!(hash_str("\u{10ffff}"), -5107747757032930140);
        assert_eq!(hash_str("a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}"), -542569214406914247);
        assert_eq!(hash_str("\u{0}"), -2470791429279058374);
        assert_eq!(hash_str("\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}"), -2251783747062249888);
        assert_eq!(hash_str("Python"), -7817719394492629989);
        assert_eq!(hash_str("set"), -7094660273875343823);
        assert_eq!(hash_str("dict"), -4286690035662042948);
        assert_eq!(hash_str("key1"), 4782405384402267176);
        assert_eq!(hash_str("key2"), -8692357044895618222);
        assert_eq!(hash_str("__init__"), -3646645958838385360);
        assert_eq!(hash_str("\u{df}\u{2202}\u{192}\u{a9}"), -7092157341392368499);
        assert_eq!(hash_str("\u{20ac}uro"), 5395950866319336650);
        assert_eq!(hash_bytes(&[97u8, 98u8, 99u8]), 2962436275791859092);
        assert_eq!(hash_bytes(&[0u8; 0]), 0);
        assert_eq!(hash_bytes(&[0u8]), -2470791429279058374);
        assert_eq!(hash_bytes(&[255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8]), 7415980982325912454);
        assert_eq!(hash_bytes(&[104u8, 101u8, 108u8, 108u8, 111u8, 32u8, 119u8, 111u8, 114u8, 108u8, 100u8]), 3184199782645080147);
        assert_eq!(hash_bytes(&[0u8, 1u8, 2u8, 3u8, 4u8, 5u8, 6u8, 7u8, 8u8, 9u8, 10u8, 11u8, 12u8, 13u8, 14u8, 15u8, 16u8, 17u8, 18u8, 19u8]), 5202654815504601082);
        init_hash_secret(Some("0"));
    }

    #[test]
    fn str_bytes_seed_1() {
        let _g = SECRET_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        init_hash_secret(Some("1"));
        assert_eq!(hash_str("abc"), -4667308735975688587);
        assert_eq!(hash_str("h\u{e9}llo"), 4627783765987660535);
        assert_eq!(hash_str("\u{65e5}\u{672c}"), 8399330583414457596);
        assert_eq!(hash_str("\u{1f600}x"), 8904275969526274476);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), -3012895188637184397);
        assert_eq!(hash_str("ab"), -5163905947448004250);
        assert_eq!(hash_str("abcdefg"), 3226643804905820176);
        assert_eq!(hash_str("abcdefgh"), -202642195356325900);
        assert_eq!(hash_str("abcdefghi"), 7871229953815684364);
        assert_eq!(hash_str("hello world, this is a longer string!"), 3166664483291209685);
        assert_eq!(hash_str("\u{ff}"), -911257459897288558);
        assert_eq!(hash_str("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), -2944175721798977407);
        assert_eq!(hash_str("\u{100}"), -4668527339490748059);
        assert_eq!(hash_str("x\u{100}yx\u{100}yx\u{100}yx\u{100}yx\u{100}y"), -7643839189756264051);
        assert_eq!(hash_str("\u{10ffff}"), -4602386238022292772);
        assert_eq!(hash_str("a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}"), -3547933859179014765);
        assert_eq!(hash_str("\u{0}"), -1381508117420989255);
        assert_eq!(hash_str("\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}"), -7538414426597368708);
        assert_eq!(hash_str("Python"), -1408812358635299996);
        assert_eq!(hash_str("set"), 8536727308556814018);
        assert_eq!(hash_str("dict"), 5666702248422142126);
        assert_eq!(hash_str("key1"), -725451766618426099);
        assert_eq!(hash_str("key2"), 7135765912757329549);
        assert_eq!(hash_str("__init__"), -2780893613890234085);
        assert_eq!(hash_str("\u{df}\u{2202}\u{192}\u{a9}"), 1236156139568380203);
        assert_eq!(hash_str("\u{20ac}uro"), -8458760685275807288);
        assert_eq!(hash_bytes(&[97u8, 98u8, 99u8]), -4667308735975688587);
        assert_eq!(hash_bytes(&[0u8; 0]), 0);
        assert_eq!(hash_bytes(&[0u8]), -1381508117420989255);
        assert_eq!(hash_bytes(&[255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8]), -5360950263664754266);
        assert_eq!(hash_bytes(&[104u8, 101u8, 108u8, 108u8, 111u8, 32u8, 119u8, 111u8, 114u8, 108u8, 100u8]), 4697380503286254714);
        assert_eq!(hash_bytes(&[0u8, 1u8, 2u8, 3u8, 4u8, 5u8, 6u8, 7u8, 8u8, 9u8, 10u8, 11u8, 12u8, 13u8, 14u8, 15u8, 16u8, 17u8, 18u8, 19u8]), -3654445635547837692);
        init_hash_secret(Some("0"));
    }

    #[test]
    fn str_bytes_seed_4294967295() {
        let _g = SECRET_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        init_hash_secret(Some("4294967295"));
        assert_eq!(hash_str("abc"), -6122489556238538401);
        assert_eq!(hash_str("h\u{e9}llo"), 3491461287047953188);
        assert_eq!(hash_str("\u{65e5}\u{672c}"), -709593969118139271);
        assert_eq!(hash_str("\u{1f600}x"), 461681878319395138);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), -5989683813037840249);
        assert_eq!(hash_str("ab"), 8710342733626678031);
        assert_eq!(hash_str("abcdefg"), 233998310040276482);
        assert_eq!(hash_str("abcdefgh"), 3424456984880118976);
        assert_eq!(hash_str("abcdefghi"), 6340115119033867570);
        assert_eq!(hash_str("hello world, this is a longer string!"), 1560045170080504494);
        assert_eq!(hash_str("\u{ff}"), 7922069895195128591);
        assert_eq!(hash_str("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), 11517723631308150);
        assert_eq!(hash_str("\u{100}"), 453928087612411842);
        assert_eq!(hash_str("x\u{100}yx\u{100}yx\u{100}yx\u{100}yx\u{100}y"), 3008679855594815248);
        assert_eq!(hash_str("\u{10ffff}"), 4437661684122220847);
        assert_eq!(hash_str("a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}a\u{1f600}"), -6944226804109412910);
        assert_eq!(hash_str("\u{0}"), -889612793812661694);
        assert_eq!(hash_str("\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}"), 1715767735013568818);
        assert_eq!(hash_str("Python"), 491181079797881593);
        assert_eq!(hash_str("set"), -2150717227363089806);
        assert_eq!(hash_str("dict"), -8574996710328519724);
        assert_eq!(hash_str("key1"), -1097026613658519764);
        assert_eq!(hash_str("key2"), 2932993911354290625);
        assert_eq!(hash_str("__init__"), -123231238927749046);
        assert_eq!(hash_str("\u{df}\u{2202}\u{192}\u{a9}"), -679462423303695775);
        assert_eq!(hash_str("\u{20ac}uro"), 3860009611542885751);
        assert_eq!(hash_bytes(&[97u8, 98u8, 99u8]), -6122489556238538401);
        assert_eq!(hash_bytes(&[0u8; 0]), 0);
        assert_eq!(hash_bytes(&[0u8]), -889612793812661694);
        assert_eq!(hash_bytes(&[255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8, 255u8]), 6233299344981918504);
        assert_eq!(hash_bytes(&[104u8, 101u8, 108u8, 108u8, 111u8, 32u8, 119u8, 111u8, 114u8, 108u8, 100u8]), 6208778848576073069);
        assert_eq!(hash_bytes(&[0u8, 1u8, 2u8, 3u8, 4u8, 5u8, 6u8, 7u8, 8u8, 9u8, 10u8, 11u8, 12u8, 13u8, 14u8, 15u8, 16u8, 17u8, 18u8, 19u8]), -2416478322917929524);
        init_hash_secret(Some("0"));
    }

    #[test]
    fn ints() {
        assert_eq!(hash_i64(0), 0);
        assert_eq!(hash_bigint(&big("0")), 0);
        assert_eq!(hash_i64(1), 1);
        assert_eq!(hash_bigint(&big("1")), 1);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_bigint(&big("-1")), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_bigint(&big("-2")), -2);
        assert_eq!(hash_i64(2), 2);
        assert_eq!(hash_bigint(&big("2")), 2);
        assert_eq!(hash_i64(7), 7);
        assert_eq!(hash_bigint(&big("7")), 7);
        assert_eq!(hash_i64(2147483648), 2147483648);
        assert_eq!(hash_bigint(&big("2147483648")), 2147483648);
        assert_eq!(hash_i64(-2147483648), -2147483648);
        assert_eq!(hash_bigint(&big("-2147483648")), -2147483648);
        assert_eq!(hash_i64(2305843009213693950), 2305843009213693950);
        assert_eq!(hash_bigint(&big("2305843009213693950")), 2305843009213693950);
        assert_eq!(hash_i64(2305843009213693951), 0);
        assert_eq!(hash_bigint(&big("2305843009213693951")), 0);
        assert_eq!(hash_i64(2305843009213693952), 1);
        assert_eq!(hash_bigint(&big("2305843009213693952")), 1);
        assert_eq!(hash_i64(2305843009213693953), 2);
        assert_eq!(hash_bigint(&big("2305843009213693953")), 2);
        assert_eq!(hash_i64(-2305843009213693951), 0);
        assert_eq!(hash_bigint(&big("-2305843009213693951")), 0);
        assert_eq!(hash_i64(-2305843009213693952), -2);
        assert_eq!(hash_bigint(&big("-2305843009213693952")), -2);
        assert_eq!(hash_i64(9223372036854775807), 3);
        assert_eq!(hash_bigint(&big("9223372036854775807")), 3);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_bigint(&big("-9223372036854775808")), -4);
        assert_eq!(hash_i64(12345678901234567), 12345678901234567);
        assert_eq!(hash_bigint(&big("12345678901234567")), 12345678901234567);
        assert_eq!(hash_i64(-12345678901234567), -12345678901234567);
        assert_eq!(hash_bigint(&big("-12345678901234567")), -12345678901234567);
        assert_eq!(hash_i64(4611686018427387904), 2);
        assert_eq!(hash_bigint(&big("4611686018427387904")), 2);
        assert_eq!(hash_bigint(&big("18446744073709551616")), 8);
        assert_eq!(hash_bigint(&big("1267650600228229401496703205376")), 549755813888);
        assert_eq!(hash_bigint(&big("-1267650600228229401496703205376")), -549755813888);
        assert_eq!(hash_bigint(&big("147808829414345923316083210206383297601")), 1621833479614294590);
        assert_eq!(hash_bigint(&big("-1798465042647412146620280340569649349251249")), -831258137981302851);
        assert_eq!(hash_bigint(&big("18446744073709551615")), 7);
        assert_eq!(hash_bigint(&big("5316911983139663491615228241121378303")), 0);
        assert_eq!(hash_bigint(&big("-5316911983139663491615228241121378301")), -2305843009213693949);
        assert_eq!(hash_bigint(&big("1000000000000000000000000000017")), 465258685558744723);
    }

    #[test]
    fn floats() {
        assert_eq!(hash_f64(f64::from_bits(0x0000000000000000)), Some(0)); // 0.0
        assert_eq!(hash_f64(f64::from_bits(0x8000000000000000)), Some(0)); // -0.0
        assert_eq!(hash_f64(f64::from_bits(0x3ff0000000000000)), Some(1)); // 1.0
        assert_eq!(hash_f64(f64::from_bits(0xbff0000000000000)), Some(-2)); // -1.0
        assert_eq!(hash_f64(f64::from_bits(0x3ff8000000000000)), Some(1152921504606846977)); // 1.5
        assert_eq!(hash_f64(f64::from_bits(0xbff8000000000000)), Some(-1152921504606846977)); // -1.5
        assert_eq!(hash_f64(f64::from_bits(0x3fb999999999999a)), Some(230584300921369408)); // 0.1
        assert_eq!(hash_f64(f64::from_bits(0x7e37e43c8800759c)), Some(1224995262755759164)); // 1e+300
        assert_eq!(hash_f64(f64::from_bits(0xfe37e43c8800759c)), Some(-1224995262755759164)); // -1e+300
        assert_eq!(hash_f64(f64::from_bits(0x01a56e1fc2f8f359)), Some(482449582752280463)); // 1e-300
        assert_eq!(hash_f64(f64::from_bits(0x0000000000000001)), Some(16777216)); // 5e-324
        assert_eq!(hash_f64(f64::from_bits(0x43c0000000000000)), Some(1)); // 2.305843009213694e+18
        assert_eq!(hash_f64(f64::from_bits(0x43d0000000000000)), Some(2)); // 4.611686018427388e+18
        assert_eq!(hash_f64(f64::from_bits(0x3c20000000000000)), Some(1)); // 4.336808689942018e-19
        assert_eq!(hash_f64(f64::from_bits(0x40fe240c9fbe76c9)), Some(1819310134279660096)); // 123456.789
        assert_eq!(hash_f64(f64::from_bits(0x400921fb54442d18)), Some(326490430436040707)); // 3.141592653589793
        assert_eq!(hash_f64(f64::from_bits(0x4341c37937e08000)), Some(10000000000000000)); // 1e+16
        assert_eq!(hash_f64(f64::from_bits(0x7ff0000000000000)), Some(314159)); // inf
        assert_eq!(hash_f64(f64::from_bits(0xfff0000000000000)), Some(-314159)); // -inf
        assert_eq!(hash_f64(f64::from_bits(0x7fefffffe5280d65)), Some(360569445152276587)); // 1.7976930449776591e+308
        assert_eq!(hash_f64(f64::from_bits(0x80002e055c9a3f6c)), Some(-386353265232576880)); // -2.5e-310
        assert_eq!(hash_f64(f64::from_bits(0x3fe0000000000000)), Some(1152921504606846976)); // 0.5
        assert_eq!(hash_f64(f64::from_bits(0x3fd5555555555555)), Some(768614336404564608)); // 0.3333333333333333
        assert_eq!(hash_f64(f64::from_bits(0x4330000000000001)), Some(4503599627370497)); // 4503599627370497.0
        assert_eq!(hash_f64(f64::from_bits(0x4340000000000000)), Some(9007199254740992)); // 9007199254740992.0
        assert_eq!(hash_f64(f64::NAN), None);
    }

    #[test]
    fn complexes() {
        assert_eq!(hash_complex(1.0, 2.0), Some(2000007));
        assert_eq!(hash_complex(0.0, 0.0), Some(0));
        assert_eq!(hash_complex(-1.5, 0.25), Some(576460752303423487));
        assert_eq!(hash_complex(1e+300, -1e+300), Some(-4779043454481354616));
        assert_eq!(hash_complex(f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff0000000000000)), Some(1314162));
        assert_eq!(hash_complex(3.0, 0.0), Some(3));
        assert_eq!(hash_complex(0.0, 1.0), Some(1000003));
        assert_eq!(hash_complex(-1.0, 0.0), Some(-2));
        assert_eq!(hash_complex(1.152921504606847e+18, 0.125), Some(2017612633061982208));
        assert_eq!(hash_complex(f64::NAN, 1.0), None);
    }

    #[test]
    fn tuples() {
        assert_eq!(hash_tuple(&[0i64; 0]), 5740354900026072187); // ()
        assert_eq!(hash_tuple(&[1]), -6644214454873602895); // (1,)
        assert_eq!(hash_tuple(&[1, 2, 3]), 529344067295497451); // (1, 2, 3)
        assert_eq!(hash_tuple(&[1, 8409376899596376432]), 7267574591690527098); // (1, (2, 3))
        assert_eq!(hash_tuple(&[-2]), 8078679518589016365); // (-1,)
        assert_eq!(hash_tuple(&[-2]), 8078679518589016365); // (-2,)
        assert_eq!(hash_tuple(&[5740354900026072187]), -5486347211504344842); // ((),)
        assert_eq!(hash_tuple(&[1152921504606846977, 549755813888, -7]), -1895647141027223964); // (1.5, 1267650600228229401496703205376, -7)
        assert_eq!(hash_tuple(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49]), 1404085563375576169); // (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49)
        assert_eq!(hash_tuple(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), -7222447081605638768); // (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        assert_eq!(hash_tuple(&[-3550055125485641917, 1079245023883434373, -7433009310021463504]), 8343547175945429334); // ((1, 2), (3, 4), ((5,),))
    }

    #[test]
    fn frozensets() {
        assert_eq!(hash_frozenset(&[0i64; 0]), 133146708735736);
        assert_eq!(hash_frozenset(&[1]), -558064481276695278);
        assert_eq!(hash_frozenset(&[1, 2, 3]), -272375401224217160);
        assert_eq!(hash_frozenset(&[0, -2, -2]), -2704584967493951443);
        assert_eq!(hash_frozenset(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]), 4411996150312757951);
        assert_eq!(hash_frozenset(&[549755813888, 1152921504606846977, -3550055125485641917]), -6429773104678682258);
        assert_eq!(hash_frozenset(&[-558064481276695278, 6563540679455660548]), -7613823993159379898);
    }

    #[test]
    fn pointers() {
        assert_eq!(hash_pointer(0x7f5200fa47a0), 8749386278010);
        assert_eq!(hash_pointer(0x7f5200fa47b0), 8749386278011);
        assert_eq!(hash_pointer(0x7f5200fa4790), 8749386278009);
        assert_eq!(hash_pointer(0x7f5200fa47d0), 8749386278013);
        assert_eq!(hash_pointer(0x7f5200fa47e0), 8749386278014);
        assert_eq!(hash_pointer(0x7f5200fa47f0), 8749386278015);
        assert_eq!(hash_pointer(0x7f5200fa4800), 8749386278016);
        assert_eq!(hash_pointer(0x7f5200fa4810), 8749386278017);
        assert_eq!(hash_pointer(usize::MAX), -2);
    }
    }
    // ---- END GENERATED (pyhash) ----
}
