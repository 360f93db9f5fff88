//! `_struct`: packing values into C structs and back (`struct.pack('<iq', …)`),
//! with CPython's format language — byte order/size/alignment prefix (`@` native
//! with alignment, `=`, `<`, `>`, `!` standard sizes), repeat counts, and the
//! codes `x c b B ? h H i I l L q Q n N e f d s p P` — and its error messages.
use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::vm::Vm;

#[derive(Clone, Copy)]
struct Item {
    code: char,
    count: usize,
    size: usize,
    offset: usize,
}

struct Layout {
    little: bool,
    native: bool,
    items: Vec<Item>,
    size: usize,
}

thread_local! {
    static ERROR: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
    static STRUCT: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

fn error(vm: &Vm, msg: impl AsRef<str>) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(t) => vm.new_exception(&t, vec![vm.new_str(msg.as_ref())]),
        None => vm.value_error(msg),
    }
}

fn code_size(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &Vm, fmt: &str) -> PyResult<Layout> {
    let mut chars = fmt.chars().peekable();
    let (little, native) = match chars.peek() {
        Some('@') => {
            chars.next();
            (true, true)
        }
        Some('=') | Some('<') => {
            chars.next();
            (true, false)
        }
        Some('>') | Some('!') => {
            chars.next();
            (false, false)
        }
        _ => (true, true),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut c = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as usize))
                            .ok_or_else(|| error(vm, "total struct size too long"))?;
                    }
                    Some(d) => {
                        c = d;
                        break;
                    }
                    None => return Err(error(vm, "repeat count given without format specifier")),
                }
            }
            count = Some(n);
        }
        let Some(size) = code_size(c, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        if native && size > 1 && !matches!(c, 's' | 'p') {
            offset = offset.div_ceil(size) * size;
        }
        items.push(Item {
            code: c,
            count,
            size,
            offset,
        });
        offset += size * count;
    }
    Ok(Layout {
        little,
        native,
        items,
        size: offset,
    })
}

/// How many values `pack` takes for the layout.
fn value_count(l: &Layout) -> usize {
    l.items
        .iter()
        .map(|i| match i.code {
            'x' => 0,
            's' | 'p' => 1,
            _ => i.count,
        })
        .sum()
}

fn put_int(out: &mut [u8], v: u64, size: usize, little: bool) {
    let b = v.to_le_bytes();
    for i in 0..size {
        out[if little { i } else { size - 1 - i }] = b[i];
    }
}

fn get_int(data: &[u8], size: usize, little: bool, signed: bool) -> i128 {
    let mut v: u64 = 0;
    for i in 0..size {
        let byte = data[if little { size - 1 - i } else { i }];
        v = (v << 8) | byte as u64;
    }
    if signed && size < 8 {
        let shift = 64 - 8 * size as u32;
        (((v << shift) as i64) >> shift) as i128
    } else if signed {
        v as i64 as i128
    } else {
        v as i128
    }
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if v.as_str().is_some()
        || matches!(v, Value::Float(_))
        || !crate::runtime::convert::is_index(vm, v)
    {
        return Err(error(vm, "required argument is not an integer"));
    }
    crate::runtime::ops::to_bigint(vm, v)
}

fn range_error(vm: &Vm, code: char, size: usize, native: bool) -> PyErr {
    let signed = code.is_ascii_lowercase();
    match code {
        'b' => error(vm, "byte format requires -128 <= number <= 127"),
        'B' => error(vm, "ubyte format requires 0 <= number <= 255"),
        'h' => error(vm, "short format requires -32768 <= number <= 32767"),
        'H' => error(vm, "ushort format requires 0 <= number <= 65535"),
        _ if native => {
            let bits = size * 8;
            if signed {
                error(
                    vm,
                    format!(
                        "'{}' format requires {} <= number <= {}",
                        code,
                        -(1i128 << (bits - 1)),
                        (1i128 << (bits - 1)) - 1
                    ),
                )
            } else {
                error(
                    vm,
                    format!(
                        "'{}' format requires 0 <= number <= {}",
                        code,
                        (1u128 << bits) - 1
                    ),
                )
            }
        }
        _ => error(vm, "argument out of range"),
    }
}

fn pack_into_buf(vm: &Vm, l: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let want = value_count(l);
    if values.len() != want {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                want,
                values.len()
            ),
        ));
    }
    let mut vi = 0;
    for it in &l.items {
        match it.code {
            'x' => {}
            's' | 'p' => {
                let v = &values[vi];
                vi += 1;
                let Some(Payload::Bytes(b)) = v.payload() else {
                    return Err(error(
                        vm,
                        format!("argument for '{}' must be a bytes object", it.code),
                    ));
                };
                let field = &mut out[it.offset..it.offset + it.count];
                if it.code == 's' {
                    let n = b.len().min(it.count);
                    field[..n].copy_from_slice(&b[..n]);
                } else if it.count > 0 {
                    let n = b.len().min(it.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&b[..n]);
                }
            }
            code => {
                for k in 0..it.count {
                    let v = &values[vi];
                    vi += 1;
                    let at = it.offset + k * it.size;
                    let slot = &mut out[at..at + it.size];
                    match code {
                        'c' => match v.payload() {
                            Some(Payload::Bytes(b)) if b.len() == 1 => slot[0] = b[0],
                            _ => {
                                return Err(error(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        '?' => slot[0] = crate::runtime::ops::truthy(vm, v)? as u8,
                        'e' | 'f' | 'd' => {
                            let f = crate::runtime::convert::to_f64(vm, v)
                                .map_err(|_| error(vm, "required argument is not a float"))?;
                            match code {
                                'd' => {
                                    let b = if l.little {
                                        f.to_le_bytes()
                                    } else {
                                        f.to_be_bytes()
                                    };
                                    slot.copy_from_slice(&b);
                                }
                                'f' => {
                                    let x = f as f32;
                                    if x.is_infinite() && f.is_finite() {
                                        return Err(vm.overflow_error(
                                            "float too large to pack with f format",
                                        ));
                                    }
                                    let b = if l.little {
                                        x.to_le_bytes()
                                    } else {
                                        x.to_be_bytes()
                                    };
                                    slot.copy_from_slice(&b);
                                }
                                _ => {
                                    return Err(vm.not_implemented_error(
                                        "struct format 'e' (half float) is not supported yet",
                                    ))
                                }
                            }
                        }
                        _ => {
                            let n = int_arg(vm, v)?;
                            let signed = code.is_ascii_lowercase() && code != 'p';
                            let bits = it.size * 8;
                            let fits = if signed {
                                n >= -(BigInt::from(1) << (bits - 1))
                                    && n < (BigInt::from(1) << (bits - 1))
                            } else {
                                !n.is_negative() && n < (BigInt::from(1) << bits)
                            };
                            if !fits {
                                return Err(range_error(vm, code, it.size, l.native));
                            }
                            let raw = if signed {
                                n.to_i64().unwrap_or(0) as u64
                            } else {
                                n.to_u64().unwrap_or(0)
                            };
                            put_int(slot, raw, it.size, l.little);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_buf(vm: &Vm, l: &Layout, data: &[u8]) -> PyResult<Value> {
    if data.len() != l.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    let mut out = Vec::new();
    for it in &l.items {
        match it.code {
            'x' => {}
            's' => out.push(vm.new_bytes(data[it.offset..it.offset + it.count].to_vec())),
            'p' => {
                let field = &data[it.offset..it.offset + it.count];
                let n = field
                    .first()
                    .map_or(0, |&n| (n as usize).min(it.count.saturating_sub(1)));
                out.push(vm.new_bytes(field[1.min(field.len())..1 + n].to_vec()));
            }
            code => {
                for k in 0..it.count {
                    let at = it.offset + k * it.size;
                    let slot = &data[at..at + it.size];
                    out.push(match code {
                        'c' => vm.new_bytes(vec![slot[0]]),
                        '?' => Value::Bool(slot[0] != 0),
                        'd' => Value::Float(if l.little {
                            f64::from_le_bytes(slot.try_into().unwrap_or([0; 8]))
                        } else {
                            f64::from_be_bytes(slot.try_into().unwrap_or([0; 8]))
                        }),
                        'f' => Value::Float(if l.little {
                            f32::from_le_bytes(slot.try_into().unwrap_or([0; 4]))
                        } else {
                            f32::from_be_bytes(slot.try_into().unwrap_or([0; 4]))
                        } as f64),
                        'e' => {
                            return Err(vm.not_implemented_error(
                                "struct format 'e' (half float) is not supported yet",
                            ))
                        }
                        _ => {
                            let signed = code.is_ascii_lowercase();
                            let n = get_int(slot, it.size, l.little, signed);
                            match i64::try_from(n) {
                                Ok(i) => Value::Int(i),
                                Err(_) => vm.new_int_big(BigInt::from(n)),
                            }
                        }
                    });
                }
            }
        }
    }
    Ok(vm.new_tuple(out))
}

fn fmt_arg(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.value.to_string()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(v)
        ))),
    }
}

fn pack(vm: &Vm, args: Args) -> PyResult {
    let Some(f) = args.pos.first() else {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    };
    let l = parse(vm, &fmt_arg(vm, f)?)?;
    let mut out = vec![0u8; l.size];
    pack_into_buf(vm, &l, &args.pos[1..], &mut out)?;
    Ok(vm.new_bytes(out))
}

fn unpack(vm: &Vm, args: Args) -> PyResult {
    let l = parse(
        vm,
        &fmt_arg(vm, &args.pos.first().cloned().unwrap_or(Value::None))?,
    )?;
    let data =
        crate::runtime::convert::bytes_like(vm, &args.pos.get(1).cloned().unwrap_or(Value::None))?;
    unpack_buf(vm, &l, &data)
}

fn unpack_from(vm: &Vm, mut args: Args) -> PyResult {
    let offset = args.take_kw("offset").or_else(|| args.pos.get(2).cloned());
    let l = parse(
        vm,
        &fmt_arg(vm, &args.pos.first().cloned().unwrap_or(Value::None))?,
    )?;
    let data =
        crate::runtime::convert::bytes_like(vm, &args.pos.get(1).cloned().unwrap_or(Value::None))?;
    let off = match offset {
        Some(o) => crate::runtime::convert::index_value(vm, &o)?,
        None => 0,
    };
    let off = if off < 0 {
        off + data.len() as i64
    } else {
        off
    };
    if off < 0 || off as usize + l.size > data.len() {
        return Err(error(vm, format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            off.max(0) as usize + l.size, l.size, off, data.len()
        )));
    }
    unpack_buf(vm, &l, &data[off as usize..off as usize + l.size])
}

fn calcsize(vm: &Vm, args: Args) -> PyResult {
    let l = parse(
        vm,
        &fmt_arg(vm, &args.pos.first().cloned().unwrap_or(Value::None))?,
    )?;
    Ok(Value::Int(l.size as i64))
}

fn iter_unpack(vm: &Vm, args: Args) -> PyResult {
    let l = parse(
        vm,
        &fmt_arg(vm, &args.pos.first().cloned().unwrap_or(Value::None))?,
    )?;
    let data =
        crate::runtime::convert::bytes_like(vm, &args.pos.get(1).cloned().unwrap_or(Value::None))?;
    if l.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % l.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    let mut out = Vec::new();
    for chunk in data.chunks_exact(l.size) {
        out.push(unpack_buf(vm, &l, chunk)?);
    }
    crate::runtime::iter::get_iter(vm, &vm.new_list(out))
}

struct StructObj {
    format: Value,
}

impl NativeData for StructObj {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.format);
        true
    }
}

fn with_format(vm: &Vm, args: &Args) -> PyResult<Vec<Value>> {
    let Some(s) = args.pos.first().and_then(native_data::get::<StructObj>) else {
        return Err(vm.type_error("a Struct object is required"));
    };
    let mut v = vec![s.format.clone()];
    v.extend_from_slice(&args.pos[1..]);
    Ok(v)
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_struct");
    let d = m.dict.get().expect("module dict").clone();
    let err = crate::runtime::types::new_type(
        "error",
        vec![vm.exc_type("Exception")],
        BaseKind::Exception,
        false,
        true,
    );
    *err.module.borrow_mut() = std::rc::Rc::from("struct");
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    let _ = vm.dict_set_str(&d, "error", Value::Type(err));
    let st = native_data::new_type(vm, "_struct", "Struct");
    add_staticmethod(vm, &st, "__new__", |vm, a| {
        let Some(Value::Type(cls)) = a.pos.first() else {
            return Err(vm.type_error("Struct.__new__(X): X is not a type object"));
        };
        let f = a.pos.get(1).cloned().unwrap_or(Value::None);
        parse(vm, &fmt_arg(vm, &f)?)?;
        Ok(native_data::make(vm, cls, StructObj { format: f }))
    });
    add_method(vm, &st, "__init__", |_, _| Ok(Value::None));
    add_method(vm, &st, "pack", |vm, a| {
        pack(vm, Args::new(with_format(vm, &a)?))
    });
    add_method(vm, &st, "unpack", |vm, a| {
        unpack(vm, Args::new(with_format(vm, &a)?))
    });
    add_method(vm, &st, "unpack_from", |vm, a| {
        unpack_from(vm, Args::with_kw(with_format(vm, &a)?, a.kw))
    });
    add_method(vm, &st, "iter_unpack", |vm, a| {
        iter_unpack(vm, Args::new(with_format(vm, &a)?))
    });
    crate::runtime::builtin_types::int::add_getter(vm, &st, "size", |vm, a| {
        calcsize(vm, Args::new(with_format(vm, &a)?))
    });
    crate::runtime::builtin_types::int::add_getter(vm, &st, "format", |vm, a| {
        Ok(with_format(vm, &a)?[0].clone())
    });
    STRUCT.with(|s| *s.borrow_mut() = Some(st.clone()));
    let _ = vm.dict_set_str(&d, "Struct", Value::Type(st));
    let funcs: [(&'static str, NativeFn); 6] = [
        ("pack", pack),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("calcsize", calcsize),
        ("iter_unpack", iter_unpack),
        ("_clearcache", |_, _| Ok(Value::None)),
    ];
    for (name, f) in funcs {
        let _ = vm.dict_set_str(&d, name, vm.new_builtin(name, f));
    }
    m
}
