//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, bit for
//! bit CPython's `_randommodule.c` — the same seeding (`init_by_array` over the
//! seed's 32-bit words), `random()` from two draws (53 bits), `getrandbits`,
//! and `getstate`/`setstate` as 624 words plus the index — so a seeded program
//! prints the same numbers as under CPython.
use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

const N: usize = 624;
const M: usize = 397;

struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const MAG01: [u32; 2] = [0, 0x9908_b0df];
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

struct RandomState(RefCell<Mt>);

impl NativeData for RandomState {}

fn state<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RandomState> {
    args.pos
        .first()
        .and_then(native_data::get::<RandomState>)
        .ok_or_else(|| vm.type_error("descriptor requires a '_random.Random' object"))
}

fn seed_with(vm: &Vm, mt: &mut Mt, arg: &Value) -> PyResult<()> {
    let n: BigInt = match arg {
        Value::None => {
            let mut buf = [0u8; 32];
            if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
                let _ = std::io::Read::read_exact(&mut f, &mut buf);
            } else {
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                buf[..16].copy_from_slice(&t.to_le_bytes());
            }
            BigInt::from_bytes_le(Sign::Plus, &buf)
        }
        Value::Int(_) | Value::Bool(_) => crate::runtime::ops::to_bigint(vm, arg)?.abs(),
        _ if matches!(arg.payload(), Some(Payload::Int(_))) => {
            crate::runtime::ops::to_bigint(vm, arg)?.abs()
        }
        _ => BigInt::from(crate::runtime::ops::hash(vm, arg)? as u64),
    };
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    mt.init_by_array(&words);
    Ok(())
}

fn new_state(vm: &Vm, seed: &Value) -> PyResult<RandomState> {
    let mut mt = Mt {
        state: [0; N],
        index: N + 1,
    };
    seed_with(vm, &mut mt, seed)?;
    Ok(RandomState(RefCell::new(mt)))
}

fn random_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let seed = args.pos.get(1).cloned().unwrap_or(Value::None);
    let st = new_state(vm, &seed)?;
    Ok(native_data::make(vm, cls, st))
}

fn r_random(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Float(state(vm, &args)?.0.borrow_mut().random()))
}

fn r_seed(vm: &Vm, args: Args) -> PyResult {
    let s = state(vm, &args)?;
    let seed = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mut mt = s.0.borrow_mut();
    seed_with(vm, &mut mt, &seed)?;
    Ok(Value::None)
}

fn r_getrandbits(vm: &Vm, args: Args) -> PyResult {
    let s = state(vm, &args)?;
    let k =
        crate::runtime::convert::index_value(vm, &args.pos.get(1).cloned().unwrap_or(Value::None))?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let mut mt = s.0.borrow_mut();
    if k <= 32 {
        if k == 0 {
            return Ok(Value::Int(0));
        }
        return Ok(Value::Int((mt.next_u32() >> (32 - k)) as i64));
    }
    let mut left = k;
    let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
    while left > 0 {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    let n = BigInt::from_slice(Sign::Plus, &words);
    Ok(vm.new_int_big(if n.is_zero() { BigInt::zero() } else { n }))
}

fn r_getstate(vm: &Vm, args: Args) -> PyResult {
    let s = state(vm, &args)?;
    let mt = s.0.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

fn r_setstate(vm: &Vm, args: Args) -> PyResult {
    let s = state(vm, &args)?;
    let st = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(Payload::Tuple(items)) = st.payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items.iter()) {
        let n = crate::runtime::ops::to_bigint(vm, v)?;
        *w = u32::try_from(&n)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C unsigned long"))?;
    }
    let index = crate::runtime::convert::index_value(vm, &items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = s.0.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(Value::None)
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_random");
    let t = native_data::new_type(vm, "_random", "Random");
    add_staticmethod(vm, &t, "__new__", random_new);
    add_method(vm, &t, "__init__", |_, _| Ok(Value::None));
    add_method(vm, &t, "random", r_random);
    add_method(vm, &t, "seed", r_seed);
    add_method(vm, &t, "getrandbits", r_getrandbits);
    add_method(vm, &t, "getstate", r_getstate);
    add_method(vm, &t, "setstate", r_setstate);
    if let Some(d) = m.dict.get() {
        let _ = vm.dict_set_str(d, "Random", Value::Type(t));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_like_cpython() {
        // random.seed(42); random.random() in CPython 3.11.
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_by_array(&[42]);
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
