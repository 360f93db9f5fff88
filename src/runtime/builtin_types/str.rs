//! Methods of the built-in `str` type.
//!
//! Every method receives `self` as `args.pos[0]` and works on the payload,
//! not the class, so instances of `str` subclasses use the same code and get
//! exact `str` results, as in CPython. The algorithms live in `strfuncs`
//! (code-point indices over UTF-8 storage); this file is the Python-facing
//! layer: argument parsing with CPython's wording (see `str_args`), type
//! checks of the arguments, `start`/`end` normalisation, and the few methods
//! that call back into Python (`join` iterates, `translate` indexes the
//! table, `format` renders fields). Callbacks never run while a `RefCell` is
//! borrowed: every argument is cloned out of `args` before use.
//!
//! The dunders (`__add__`, `__eq__` …) are registered as real methods too,
//! because subclasses call them explicitly (`super().__add__(x)`) and
//! `str.__eq__(a, b)` is legal Python; the operators themselves take the
//! native fast path in `ops` and never go through these.
use std::rc::Rc;

#[path = "str_args.rs"]
pub mod str_args;

use self::str_args::{self as sa, Sig};
use crate::runtime::bytesfuncs;
use crate::runtime::object::*;
use crate::runtime::ops;
use crate::runtime::setup::{add_method, add_staticmethod};
use crate::runtime::strformat;
use crate::runtime::strfuncs as sf;
use crate::runtime::vm::Vm;

/// `self` as a str, or the descriptor TypeError.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a str> {
    match args.pos.first() {
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' requires a 'str' object but received a '{}'",
                name,
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn slot(v: &[Option<Value>], i: usize) -> Option<&Value> {
    v.get(i).and_then(|x| x.as_ref())
}

/// A required str argument with the "must be str, not int" message.
fn str_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<str>> {
    match v {
        Some(v) => v
            .as_str()
            .map(Rc::from)
            .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v)))),
        None => Ok("".into()),
    }
}

fn new_str_or_self(vm: &Vm, args: &Args, s: &str, orig: &str) -> Value {
    // Exact str unchanged: return self, as CPython does.
    if s.len() == orig.len() {
        if let Some(Value::Obj(o)) = args.pos.first() {
            if o.class.builtin {
                return args.pos[0].clone();
            }
        }
    }
    vm.new_str(s)
}

macro_rules! noarg_str {
    ($fname:ident, $py:literal, $f:path) => {
        fn $fname(vm: &Vm, args: Args) -> PyResult {
            sa::parse(vm, &args, concat!("str.", $py), 0, 0, Sig::Exact)?;
            let s = this(vm, &args, $py)?;
            Ok(vm.new_string($f(s)))
        }
    };
}

macro_rules! noarg_bool {
    ($fname:ident, $py:literal, $f:path) => {
        fn $fname(vm: &Vm, args: Args) -> PyResult {
            sa::parse(vm, &args, concat!("str.", $py), 0, 0, Sig::Exact)?;
            let s = this(vm, &args, $py)?;
            Ok(Value::Bool($f(s)))
        }
    };
}

noarg_str!(str_capitalize, "capitalize", sf::capitalize);
noarg_str!(str_casefold, "casefold", sf::casefold);
noarg_str!(str_lower, "lower", sf::lower);
noarg_str!(str_upper, "upper", sf::upper);
noarg_str!(str_swapcase, "swapcase", sf::swapcase);
noarg_str!(str_title, "title", sf::title);
noarg_bool!(str_isalnum, "isalnum", sf::isalnum);
noarg_bool!(str_isalpha, "isalpha", sf::isalpha);
noarg_bool!(str_isascii, "isascii", sf::isascii);
noarg_bool!(str_isdecimal, "isdecimal", sf::isdecimal);
noarg_bool!(str_isdigit, "isdigit", sf::isdigit);
noarg_bool!(str_isidentifier, "isidentifier", sf::isidentifier);
noarg_bool!(str_islower, "islower", sf::islower);
noarg_bool!(str_isnumeric, "isnumeric", sf::isnumeric);
noarg_bool!(str_isprintable, "isprintable", sf::isprintable);
noarg_bool!(str_isspace, "isspace", sf::isspace);
noarg_bool!(str_istitle, "istitle", sf::istitle);
noarg_bool!(str_isupper, "isupper", sf::isupper);

// ----- padding ---------------------------------------------------------------

fn fill_char(vm: &Vm, name: &str, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "{}() argument 2 must be str, not {}",
            name,
            vm.type_name(v)
        )));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

fn pad_common(
    vm: &Vm,
    args: Args,
    name: &'static str,
    f: fn(&str, i64, char) -> String,
) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 2, Sig::Range)?;
    let width = sa::index(vm, slot(&a, 0).unwrap_or(&Value::Int(0)))?;
    let fill = fill_char(vm, name, slot(&a, 1))?;
    let s = this(vm, &args, name)?;
    let r = f(s, width, fill);
    Ok(new_str_or_self(vm, &args, &r, s))
}

fn str_center(vm: &Vm, args: Args) -> PyResult {
    pad_common(vm, args, "center", sf::center)
}
fn str_ljust(vm: &Vm, args: Args) -> PyResult {
    pad_common(vm, args, "ljust", sf::ljust)
}
fn str_rjust(vm: &Vm, args: Args) -> PyResult {
    pad_common(vm, args, "rjust", sf::rjust)
}

fn str_zfill(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "str.zfill", 1, 1, Sig::Exact)?;
    let width = sa::index(vm, slot(&a, 0).unwrap_or(&Value::Int(0)))?;
    let s = this(vm, &args, "zfill")?;
    Ok(vm.new_string(sf::zfill(s, width)))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "expandtabs", 0, 1, Sig::Kw(&["tabsize"]))?;
    let ts = match slot(&a, 0) {
        Some(v) => sa::index(vm, v)?,
        None => 8,
    };
    let s = this(vm, &args, "expandtabs")?;
    Ok(vm.new_string(sf::expandtabs(s, ts)))
}

// ----- searching -------------------------------------------------------------

enum Find {
    Forward,
    Backward,
    Index,
    RIndex,
    Count,
}

fn find_common(vm: &Vm, args: Args, name: &'static str, kind: Find) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 3, Sig::Old)?;
    let sub = str_arg(vm, slot(&a, 0))?;
    let s = this(vm, &args, name)?;
    let len = if s.is_ascii() {
        s.len()
    } else {
        sf::char_len(s)
    };
    let (st, en) = sa::bounds(vm, &a, 1, len)?;
    let r = match kind {
        Find::Count => return Ok(Value::Int(sf::count(s, &sub, st, en) as i64)),
        Find::Forward | Find::Index => sf::find(s, &sub, st, en),
        Find::Backward | Find::RIndex => sf::rfind(s, &sub, st, en),
    };
    match (r, kind) {
        (Some(i), _) => Ok(Value::Int(i as i64)),
        (None, Find::Index | Find::RIndex) => Err(vm.value_error("substring not found")),
        (None, _) => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "find", Find::Forward)
}
fn str_rfind(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "rfind", Find::Backward)
}
fn str_index(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "index", Find::Index)
}
fn str_rindex(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "rindex", Find::RIndex)
}
fn str_count(vm: &Vm, args: Args) -> PyResult {
    find_common(vm, args, "count", Find::Count)
}

fn tailmatch(s: &str, len: usize, sub: &str, st: usize, en: usize, suffix: bool) -> bool {
    let sublen = if sub.is_ascii() {
        sub.len()
    } else {
        sf::char_len(sub)
    };
    let _ = len;
    if en < sublen || en - sublen < st {
        return false;
    }
    if sublen == 0 {
        return true;
    }
    if suffix {
        sf::slice_chars(s, en - sublen, en) == sub
    } else {
        sf::slice_chars(s, st, st + sublen) == sub
    }
}

fn startsend(vm: &Vm, args: Args, name: &'static str, suffix: bool) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 3, Sig::Old)?;
    let s = this(vm, &args, name)?;
    let len = if s.is_ascii() {
        s.len()
    } else {
        sf::char_len(s)
    };
    let (st, en) = sa::bounds(vm, &a, 1, len)?;
    let pat = slot(&a, 0).cloned().unwrap_or(Value::None);
    if let Some(p) = pat.as_str() {
        return Ok(Value::Bool(tailmatch(s, len, p, st, en, suffix)));
    }
    if let Some(Payload::Tuple(items)) = pat.payload() {
        for it in items.iter() {
            let Some(p) = it.as_str() else {
                return Err(vm.type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    vm.type_name(it)
                )));
            };
            if tailmatch(s, len, p, st, en, suffix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(vm.type_error(format!(
        "{} first arg must be str or a tuple of str, not {}",
        name,
        vm.type_name(&pat)
    )))
}

fn str_startswith(vm: &Vm, args: Args) -> PyResult {
    startsend(vm, args, "startswith", false)
}
fn str_endswith(vm: &Vm, args: Args) -> PyResult {
    startsend(vm, args, "endswith", true)
}

fn str_contains(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "str.__contains__", 1, 1, Sig::Exact)?;
    let s = this(vm, &args, "__contains__")?;
    let item = slot(&a, 0).cloned().unwrap_or(Value::None);
    match item.as_str() {
        Some(sub) => Ok(Value::Bool(s.contains(sub))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&item)
        ))),
    }
}

// ----- splitting and joining -------------------------------------------------

fn split_common(vm: &Vm, args: Args, name: &'static str, right: bool) -> PyResult {
    let a = sa::parse(vm, &args, name, 0, 2, Sig::Kw(&["sep", "maxsplit"]))?;
    let maxsplit = match slot(&a, 1) {
        Some(v) => sa::index(vm, v)?,
        None => -1,
    };
    let s = this(vm, &args, name)?;
    let parts = match slot(&a, 0) {
        None | Some(Value::None) => {
            if right {
                sf::rsplit_whitespace(s, maxsplit)
            } else {
                sf::split_whitespace(s, maxsplit)
            }
        }
        Some(v) => {
            let Some(sep) = v.as_str() else {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))));
            };
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                sf::rsplit_sep(s, sep, maxsplit)
            } else {
                sf::split_sep(s, sep, maxsplit)
            }
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn str_split(vm: &Vm, args: Args) -> PyResult {
    split_common(vm, args, "split", false)
}
fn str_rsplit(vm: &Vm, args: Args) -> PyResult {
    split_common(vm, args, "rsplit", true)
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "splitlines", 0, 1, Sig::Kw(&["keepends"]))?;
    let keep = match slot(&a, 0) {
        Some(v) => sa::index(vm, v)? != 0,
        None => false,
    };
    let s = this(vm, &args, "splitlines")?;
    Ok(vm.new_list(
        sf::splitlines(s, keep)
            .into_iter()
            .map(|p| vm.new_str(p))
            .collect(),
    ))
}

fn part_common(vm: &Vm, args: Args, name: &'static str, right: bool) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 1, Sig::Exact)?;
    let sep = str_arg(vm, slot(&a, 0))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s = this(vm, &args, name)?;
    let (x, y, z) = if right {
        sf::rpartition(s, &sep)
    } else {
        sf::partition(s, &sep)
    };
    Ok(vm.new_tuple(vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)]))
}

fn str_partition(vm: &Vm, args: Args) -> PyResult {
    part_common(vm, args, "str.partition", false)
}
fn str_rpartition(vm: &Vm, args: Args) -> PyResult {
    part_common(vm, args, "str.rpartition", true)
}

fn iterable_items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => return Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = match crate::runtime::iter::get_iter(vm, v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = crate::runtime::iter::next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

fn str_join(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "str.join", 1, 1, Sig::Exact)?;
    this(vm, &args, "join")?;
    let items = iterable_items(vm, slot(&a, 0).unwrap_or(&Value::None))?;
    let sep = this(vm, &args, "join")?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        let Some(s) = it.as_str() else {
            return Err(vm.type_error(format!(
                "sequence item {}: expected str instance, {} found",
                i,
                vm.type_name(it)
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s);
    }
    if items.len() == 1 {
        if let Value::Obj(o) = &items[0] {
            if o.class.builtin {
                return Ok(items[0].clone());
            }
        }
    }
    Ok(vm.new_string(out))
}

// ----- stripping, replacing -------------------------------------------------

fn strip_common(
    vm: &Vm,
    args: Args,
    name: &'static str,
    f: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PyResult {
    let a = sa::parse(vm, &args, name, 0, 1, Sig::Range)?;
    let chars = match slot(&a, 0) {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(c) => Some(c.to_string()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let s = this(vm, &args, name)?;
    let r = f(s, chars.as_deref());
    Ok(new_str_or_self(vm, &args, r, s))
}

fn str_strip(vm: &Vm, args: Args) -> PyResult {
    strip_common(vm, args, "strip", sf::strip)
}
fn str_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_common(vm, args, "lstrip", sf::lstrip)
}
fn str_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_common(vm, args, "rstrip", sf::rstrip)
}

fn str_replace(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "replace", 2, 3, Sig::Range)?;
    let mut strs = Vec::new();
    for i in 0..2 {
        let v = slot(&a, i).cloned().unwrap_or(Value::None);
        match v.as_str() {
            Some(s) => strs.push(s.to_string()),
            None => {
                return Err(vm.type_error(format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    vm.type_name(&v)
                )))
            }
        }
    }
    let count = match slot(&a, 2) {
        Some(v) => sa::index(vm, v)?,
        None => -1,
    };
    let s = this(vm, &args, "replace")?;
    Ok(vm.new_string(sf::replace(s, &strs[0], &strs[1], count)))
}

fn affix_common(vm: &Vm, args: Args, name: &'static str, suffix: bool) -> PyResult {
    let a = sa::parse(vm, &args, name, 1, 1, Sig::Exact)?;
    let v = slot(&a, 0).cloned().unwrap_or(Value::None);
    let short = name.trim_start_matches("str.");
    let Some(p) = v.as_str() else {
        return Err(vm.type_error(format!(
            "{}() argument must be str, not {}",
            short,
            vm.type_name(&v)
        )));
    };
    let s = this(vm, &args, short)?;
    let r = if suffix {
        s.strip_suffix(p)
    } else {
        s.strip_prefix(p)
    };
    match r {
        Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(new_str_or_self(vm, &args, s, s)),
    }
}

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult {
    affix_common(vm, args, "str.removeprefix", false)
}
fn str_removesuffix(vm: &Vm, args: Args) -> PyResult {
    affix_common(vm, args, "str.removesuffix", true)
}

// ----- translate / maketrans -------------------------------------------------

fn str_translate(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "str.translate", 1, 1, Sig::Exact)?;
    let table = slot(&a, 0).cloned().unwrap_or(Value::None);
    let s = this(vm, &args, "translate")?.to_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let r = match ops::getitem(vm, &table, &Value::Int(c as i64)) {
            Ok(r) => r,
            Err(e) if vm.err_is(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            _ if r.as_str().is_some() => out.push_str(r.as_str().unwrap_or("")),
            _ => match strformat::int_of(&r) {
                Some(n) => {
                    use num_traits::ToPrimitive;
                    match n.to_u32().filter(|&x| x < 0x110000) {
                        Some(x) => match char::from_u32(x) {
                            Some(ch) => out.push(ch),
                            None => {
                                return Err(vm.not_implemented_error(
                                    "lone surrogates are not supported in str",
                                ))
                            }
                        },
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                }
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(vm.new_string(out))
}

fn str_maketrans(vm: &Vm, args: Args) -> PyResult {
    // A staticmethod: no self. Shift so `parse` (which skips pos[0]) sees all.
    let mut shifted = Args::with_kw(vec![Value::None], args.kw);
    shifted.pos.extend(args.pos);
    let a = sa::parse(vm, &shifted, "maketrans", 1, 3, Sig::Range)?;
    let d = vm.new_dict_obj();
    let x = slot(&a, 0).cloned().unwrap_or(Value::None);
    match slot(&a, 1) {
        None => {
            let Some(Payload::Dict(_)) = x.payload() else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            let Value::Obj(xo) = &x else {
                return Err(vm.type_error("maketrans"));
            };
            for (k, v) in crate::runtime::dictops::items(xo) {
                let key = if let Some(ks) = k.as_str() {
                    let mut it = ks.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                } else if strformat::int_of(&k).is_some() {
                    k
                } else {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                };
                crate::runtime::dictops::dict_set(vm, &d, key, v)?;
            }
        }
        Some(y) => {
            let Some(xs) = x.as_str() else {
                return Err(vm.type_error(format!(
                    "maketrans() argument 1 must be str, not {}",
                    vm.type_name(&x)
                )));
            };
            let Some(ys) = y.as_str() else {
                return Err(vm.type_error(format!(
                    "maketrans() argument 2 must be str, not {}",
                    vm.type_name(y)
                )));
            };
            if sf::char_len(xs) != sf::char_len(ys) {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            let pairs: Vec<(char, char)> = xs.chars().zip(ys.chars()).collect();
            for (a1, b1) in pairs {
                crate::runtime::dictops::dict_set(
                    vm,
                    &d,
                    Value::Int(a1 as i64),
                    Value::Int(b1 as i64),
                )?;
            }
            if let Some(z) = slot(&a, 2) {
                let Some(zs) = z.as_str() else {
                    return Err(vm.type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        vm.type_name(z)
                    )));
                };
                let zs: Vec<char> = zs.chars().collect();
                for c in zs {
                    crate::runtime::dictops::dict_set(vm, &d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
    }
    Ok(Value::Obj(d))
}

// ----- format / encode -------------------------------------------------------

fn str_format(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "format")?;
    let r = strformat::str_format_kw(vm, s, &args.pos[1..], strformat::FormatKw::Pairs(&args.kw))?;
    Ok(vm.new_string(r))
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "str.format_map", 1, 1, Sig::Exact)?;
    let m = slot(&a, 0).cloned().unwrap_or(Value::None);
    let s = this(vm, &args, "format_map")?;
    let r = strformat::str_format_kw(vm, s, &[], strformat::FormatKw::Map(&m))?;
    Ok(vm.new_string(r))
}

fn opt_str_arg(
    vm: &Vm,
    v: Option<&Value>,
    fname: &str,
    argname: &str,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                argname,
                vm.type_name(v)
            ))
        }),
    }
}

/// Encodes `s` with a codec name and error handler.
pub fn encode_str(
    vm: &Vm,
    s: &str,
    encoding: &str,
    errors: &str,
    obj: &Value,
) -> PyResult<Vec<u8>> {
    let enc = sa::codec(vm, encoding)?;
    let r = match enc {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => bytesfuncs::encode_ascii(s, errors),
        _ => bytesfuncs::encode_latin1(s, errors),
    };
    r.map_err(|e| {
        let o = if obj.as_str().is_some() {
            obj.clone()
        } else {
            vm.new_str(s)
        };
        sa::unicode_error(vm, "UnicodeEncodeError", enc, o, e)
    })
}

/// Decodes bytes with a codec name and error handler.
pub fn decode_bytes(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = sa::codec(vm, encoding)?;
    let r = match enc {
        "utf-8" => bytesfuncs::decode_utf8(b, errors),
        "ascii" => bytesfuncs::decode_ascii(b, errors),
        _ => Ok(bytesfuncs::decode_latin1(b)),
    };
    r.map_err(|e| sa::unicode_error(vm, "UnicodeDecodeError", enc, vm.new_bytes(b.to_vec()), e))
}

fn str_encode(vm: &Vm, args: Args) -> PyResult {
    let a = sa::parse(vm, &args, "encode", 0, 2, Sig::Kw(&["encoding", "errors"]))?;
    let enc = opt_str_arg(vm, slot(&a, 0), "encode", "encoding", "utf-8")?;
    let errors = opt_str_arg(vm, slot(&a, 1), "encode", "errors", "strict")?;
    let s = this(vm, &args, "encode")?;
    Ok(vm.new_bytes(encode_str(vm, s, &enc, &errors, &args.pos[0])?))
}

// ----- construction ----------------------------------------------------------

fn str_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("str.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.t.str) {
        return Err(vm.type_error(format!(
            "str.__new__({}): {} is not a subtype of str",
            cls.name(),
            cls.name()
        )));
    }
    let a = sa::parse(
        vm,
        &args,
        "str",
        0,
        3,
        Sig::Kw(&["object", "encoding", "errors"]),
    )?;
    let s: String = match (slot(&a, 0), slot(&a, 1), slot(&a, 2)) {
        (None, None, None) => String::new(),
        (Some(o), None, None) => {
            if std::rc::Rc::ptr_eq(&cls, &vm.t.str) {
                return ops::str_value(vm, o);
            }
            ops::str_(vm, o)?
        }
        (o, e, er) => {
            let enc = opt_str_arg(vm, e, "str", "encoding", "utf-8")?;
            let errors = opt_str_arg(vm, er, "str", "errors", "strict")?;
            let o = o.cloned().unwrap_or_else(|| vm.new_bytes(Vec::new()));
            let bytes = match o.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                Some(Payload::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
                _ => {
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(&o)
                    )))
                }
            };
            decode_bytes(vm, &bytes, &enc, &errors)?
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.t.str) {
        return Ok(vm.new_string(s));
    }
    Ok(crate::runtime::call::with_payload(
        vm,
        &cls,
        Payload::Str(PyStr::new(&s)),
    ))
}

// ----- dunders ---------------------------------------------------------------

fn other_arg(vm: &Vm, args: &Args, qual: &str) -> PyResult<Value> {
    let a = sa::parse(vm, args, qual, 1, 1, Sig::Exact)?;
    Ok(slot(&a, 0).cloned().unwrap_or(Value::None))
}

fn str_len(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "str.__len__", 0, 0, Sig::Exact)?;
    let s = this(vm, &args, "__len__")?;
    Ok(Value::Int(sf::char_len(s) as i64))
}

fn str_getitem(vm: &Vm, args: Args) -> PyResult {
    let k = other_arg(vm, &args, "str.__getitem__")?;
    this(vm, &args, "__getitem__")?;
    let Value::Obj(o) = &args.pos[0] else {
        return Err(vm.type_error("descriptor '__getitem__' requires a 'str' object"));
    };
    match crate::runtime::subscript::native_getitem(vm, o, &k)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(&k)
        ))),
    }
}

fn str_add(vm: &Vm, args: Args) -> PyResult {
    let o = other_arg(vm, &args, "str.__add__")?;
    let s = this(vm, &args, "__add__")?;
    match o.as_str() {
        Some(t) => {
            let mut r = String::with_capacity(s.len() + t.len());
            r.push_str(s);
            r.push_str(t);
            Ok(vm.new_string(r))
        }
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&o)
        ))),
    }
}

fn str_mul(vm: &Vm, args: Args) -> PyResult {
    let o = other_arg(vm, &args, "str.__mul__")?;
    let n = sa::index(vm, &o)?;
    let s = this(vm, &args, "__mul__")?;
    if n <= 0 || s.is_empty() {
        return Ok(vm.new_str(""));
    }
    let total = (s.len() as u128) * (n as u128);
    if total > (isize::MAX as u128) / 2 {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    Ok(vm.new_string(s.repeat(n as usize)))
}

fn str_mod(vm: &Vm, args: Args) -> PyResult {
    let o = other_arg(vm, &args, "str.__mod__")?;
    let s = this(vm, &args, "__mod__")?;
    strformat::percent_format(vm, s, &o)
}

fn str_rmod(vm: &Vm, args: Args) -> PyResult {
    let _ = other_arg(vm, &args, "str.__rmod__")?;
    this(vm, &args, "__rmod__")?;
    Ok(vm.not_implemented.clone())
}

fn cmp_common(
    vm: &Vm,
    args: Args,
    name: &'static str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult {
    let o = other_arg(vm, &args, name)?;
    let s = this(vm, &args, name)?;
    match o.as_str() {
        Some(t) => Ok(Value::Bool(f(s.cmp(t)))),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn str_eq(vm: &Vm, args: Args) -> PyResult {
    cmp_common(vm, args, "str.__eq__", |o| o.is_eq())
}
fn str_ne(vm: &Vm, args: Args) -> PyResult {
    cmp_common(vm, args, "str.__ne__", |o| o.is_ne())
}
fn str_lt(vm: &Vm, args: Args) -> PyResult {
    cmp_common(vm, args, "str.__lt__", |o| o.is_lt())
}
fn str_le(vm: &Vm, args: Args) -> PyResult {
    cmp_common(vm, args, "str.__le__", |o| o.is_le())
}
fn str_gt(vm: &Vm, args: Args) -> PyResult {
    cmp_common(vm, args, "str.__gt__", |o| o.is_gt())
}
fn str_ge(vm: &Vm, args: Args) -> PyResult {
    cmp_common(vm, args, "str.__ge__", |o| o.is_ge())
}

fn str_hash_m(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "str.__hash__", 0, 0, Sig::Exact)?;
    let Some(p) = args.pos.first().and_then(|v| v.as_pystr()) else {
        return Err(vm.type_error("descriptor '__hash__' requires a 'str' object"));
    };
    let mut h = p.hash.get();
    if h == -1 {
        h = ops::str_hash(&p.value);
        p.hash.set(h);
    }
    Ok(Value::Int(h))
}

fn str_iter(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "str.__iter__", 0, 0, Sig::Exact)?;
    this(vm, &args, "__iter__")?;
    let Value::Obj(o) = &args.pos[0] else {
        return Err(vm.type_error("descriptor '__iter__' requires a 'str' object"));
    };
    Ok(vm.new_iter(
        &vm.t.str_iterator,
        IterKind::Str {
            s: o.clone(),
            byte_pos: 0,
        },
    ))
}

fn str_repr(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "str.__repr__", 0, 0, Sig::Exact)?;
    let s = this(vm, &args, "__repr__")?;
    Ok(vm.new_string(sf::repr_str(s)))
}

fn str_str(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "str.__str__", 0, 0, Sig::Exact)?;
    let s = this(vm, &args, "__str__")?;
    if let Some(Value::Obj(o)) = args.pos.first() {
        if o.class.builtin {
            return Ok(args.pos[0].clone());
        }
    }
    Ok(vm.new_str(s))
}

fn str_getnewargs(vm: &Vm, args: Args) -> PyResult {
    sa::parse(vm, &args, "str.__getnewargs__", 0, 0, Sig::Exact)?;
    let s = this(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_str(s)]))
}

pub fn register(vm: &Vm) {
    let t = &vm.t.str;
    let methods: &[(&'static str, NativeFn)] = &[
        ("capitalize", str_capitalize),
        ("casefold", str_casefold),
        ("center", str_center),
        ("count", str_count),
        ("encode", str_encode),
        ("endswith", str_endswith),
        ("expandtabs", str_expandtabs),
        ("find", str_find),
        ("format", str_format),
        ("format_map", str_format_map),
        ("index", str_index),
        ("isalnum", str_isalnum),
        ("isalpha", str_isalpha),
        ("isascii", str_isascii),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isnumeric", str_isnumeric),
        ("isprintable", str_isprintable),
        ("isspace", str_isspace),
        ("istitle", str_istitle),
        ("isupper", str_isupper),
        ("join", str_join),
        ("ljust", str_ljust),
        ("lower", str_lower),
        ("lstrip", str_lstrip),
        ("partition", str_partition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("replace", str_replace),
        ("rfind", str_rfind),
        ("rindex", str_rindex),
        ("rjust", str_rjust),
        ("rpartition", str_rpartition),
        ("rsplit", str_rsplit),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("splitlines", str_splitlines),
        ("startswith", str_startswith),
        ("strip", str_strip),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("translate", str_translate),
        ("upper", str_upper),
        ("zfill", str_zfill),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash_m),
        ("__iter__", str_iter),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__getnewargs__", str_getnewargs),
    ];
    for (name, f) in methods {
        add_method(vm, t, name, *f);
    }
    add_staticmethod(vm, t, "maketrans", str_maketrans);
    add_staticmethod(vm, t, "__new__", str_new);
    strformat::register_format_methods(vm);
}
