//! `product`, `permutations`, `combinations`, `combinations_with_replacement`:
//! the input iterables are read into tuples ("pools") when the iterator is made,
//! and each step advances a vector of indices into them, in the lexicographic
//! order the documentation's reference implementations give.
use std::cell::RefCell;

use super::{cls_arg, no_kw};
use crate::runtime::iter;
use crate::runtime::native_iter::{make, NativeIterator};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

#[derive(Clone, Copy, PartialEq)]
enum Walk {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

struct Indices {
    /// Product: one index per pool; the others: indices into the single pool.
    indices: Vec<usize>,
    /// Permutations' cycle counters.
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

struct Combinatoric {
    walk: Walk,
    pools: Vec<Vec<Value>>,
    r: usize,
    state: RefCell<Indices>,
}

impl Combinatoric {
    fn new(walk: Walk, pools: Vec<Vec<Value>>, r: usize) -> Combinatoric {
        let n = pools.first().map_or(0, |p| p.len());
        let (indices, cycles, done) = match walk {
            Walk::Product => (
                vec![0; pools.len()],
                Vec::new(),
                pools.iter().any(|p| p.is_empty()),
            ),
            Walk::Permutations => (
                (0..n).collect(),
                (n + 1 - r.min(n)..=n).rev().collect(),
                r > n,
            ),
            Walk::Combinations => ((0..r).collect(), Vec::new(), r > n),
            Walk::WithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
        };
        Combinatoric {
            walk,
            pools,
            r,
            state: RefCell::new(Indices {
                indices,
                cycles,
                started: false,
                done,
            }),
        }
    }

    fn current(&self, vm: &Vm, s: &Indices) -> Value {
        let items = match self.walk {
            Walk::Product => s
                .indices
                .iter()
                .zip(&self.pools)
                .map(|(&i, p)| p[i].clone())
                .collect(),
            _ => s.indices[..self.r]
                .iter()
                .map(|&i| self.pools[0][i].clone())
                .collect(),
        };
        vm.new_tuple(items)
    }

    /// Move to the next index vector; false when the walk is over.
    fn advance(&self, s: &mut Indices) -> bool {
        let n = self.pools.first().map_or(0, |p| p.len());
        let r = self.r;
        match self.walk {
            Walk::Product => {
                for i in (0..s.indices.len()).rev() {
                    s.indices[i] += 1;
                    if s.indices[i] < self.pools[i].len() {
                        return true;
                    }
                    s.indices[i] = 0;
                }
                false
            }
            Walk::Permutations => {
                for i in (0..r).rev() {
                    s.cycles[i] -= 1;
                    if s.cycles[i] == 0 {
                        let moved = s.indices.remove(i);
                        s.indices.push(moved);
                        s.cycles[i] = n - i;
                    } else {
                        let j = n - s.cycles[i];
                        s.indices.swap(i, j);
                        return true;
                    }
                }
                false
            }
            Walk::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| s.indices[i] != i + n - r) else {
                    return false;
                };
                s.indices[i] += 1;
                for j in i + 1..r {
                    s.indices[j] = s.indices[j - 1] + 1;
                }
                true
            }
            Walk::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| s.indices[i] != n - 1) else {
                    return false;
                };
                let v = s.indices[i] + 1;
                for j in i..r {
                    s.indices[j] = v;
                }
                true
            }
        }
    }
}

impl NativeIterator for Combinatoric {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let mut s = self.state.borrow_mut();
        if s.done {
            return Ok(None);
        }
        if s.started && !self.advance(&mut s) {
            s.done = true;
            return Ok(None);
        }
        s.started = true;
        Ok(Some(self.current(vm, &s)))
    }
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        self.pools.iter().flatten().for_each(f);
        true
    }
}

fn r_arg(vm: &Vm, v: Option<Value>, default: usize) -> PyResult<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Bool(_))
                && !matches!(v.payload(), Some(Payload::Int(_)))
            {
                return Err(vm.type_error("Expected int as r"));
            }
            let r = crate::runtime::convert::index_value(vm, &v)?;
            if r < 0 {
                return Err(vm.value_error("r must be non-negative"));
            }
            Ok(r as usize)
        }
    }
}

pub fn product_new(vm: &Vm, mut args: Args) -> PyResult {
    let cls = cls_arg(vm, &args, "product")?;
    let repeat = match args.take_kw("repeat") {
        Some(v) => crate::runtime::convert::index_value(vm, &v)?,
        None => 1,
    };
    no_kw(vm, &args, "product")?;
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let pools = args.pos[1..]
        .iter()
        .map(|v| iter::collect(vm, v))
        .collect::<PyResult<Vec<_>>>()?;
    let mut all = Vec::new();
    for _ in 0..repeat {
        all.extend(pools.iter().cloned());
    }
    Ok(make(vm, &cls, Combinatoric::new(Walk::Product, all, 0)))
}

fn pool_and_r(
    vm: &Vm,
    mut args: Args,
    name: &str,
    r_required: bool,
) -> PyResult<(TypeRef, Vec<Value>, Option<Value>)> {
    let cls = cls_arg(vm, &args, name)?;
    let kw_r = args.take_kw("r");
    let kw_it = args.take_kw("iterable");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "{}() got an unexpected keyword argument '{}'",
            name, k
        )));
    }
    let a = &args.pos[1..];
    let max = 2;
    if a.len() > max {
        return Err(vm.type_error(format!(
            "{}() takes at most {} arguments ({} given)",
            name,
            max,
            a.len()
        )));
    }
    let Some(iterable) = a.first().cloned().or(kw_it) else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'iterable' (pos 1)",
            name
        )));
    };
    let r = a.get(1).cloned().or(kw_r);
    if r_required && r.is_none() {
        return Err(vm.type_error(format!("{}() missing required argument 'r' (pos 2)", name)));
    }
    Ok((cls, iter::collect(vm, &iterable)?, r))
}

pub fn permutations_new(vm: &Vm, args: Args) -> PyResult {
    let (cls, pool, r) = pool_and_r(vm, args, "permutations", false)?;
    let r = r_arg(vm, r, pool.len())?;
    Ok(make(
        vm,
        &cls,
        Combinatoric::new(Walk::Permutations, vec![pool], r),
    ))
}

pub fn combinations_new(vm: &Vm, args: Args) -> PyResult {
    let (cls, pool, r) = pool_and_r(vm, args, "combinations", true)?;
    let r = r_arg(vm, r, 0)?;
    Ok(make(
        vm,
        &cls,
        Combinatoric::new(Walk::Combinations, vec![pool], r),
    ))
}

pub fn cwr_new(vm: &Vm, args: Args) -> PyResult {
    let (cls, pool, r) = pool_and_r(vm, args, "combinations_with_replacement", true)?;
    let r = r_arg(vm, r, 0)?;
    Ok(make(
        vm,
        &cls,
        Combinatoric::new(Walk::WithReplacement, vec![pool], r),
    ))
}
