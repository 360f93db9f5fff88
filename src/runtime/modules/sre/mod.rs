//! `_sre`, the C half of `re`: CPython's `re/_parser.py` and `re/_compiler.py`
//! turn a pattern into a list of instructions, and `_sre.compile` wraps them in
//! a `Pattern` whose methods run `engine.rs` over the subject string.
//!
//! The subject is read as code points (`subject.rs`), so every position the
//! engine returns is a Python index. Replacement templates with backslashes are
//! expanded by `re._subx`/`re._expand`, as in CPython.
use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::{add_classmethod, add_method};
use crate::runtime::vm::Vm;

mod chars;
mod engine;
mod matchobj;
mod subject;

use engine::{MatchError, State};
use subject::Subject;

pub struct Pattern {
    code: Vec<u32>,
    /// Capturing groups (not counting group 0).
    groups: usize,
    pattern: Value,
    flags: i64,
    groupindex: Value,
    indexgroup: Value,
    is_bytes: bool,
}

impl NativeData for Pattern {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.pattern);
        f(&self.groupindex);
        f(&self.indexgroup);
        true
    }
}

thread_local! {
    static TYPES: std::cell::RefCell<Option<Types>> = const { std::cell::RefCell::new(None) };
}

#[derive(Clone)]
struct Types {
    pattern: TypeRef,
    matchobj: TypeRef,
    scanner: TypeRef,
}

fn types(vm: &Vm) -> PyResult<Types> {
    TYPES
        .with(|t| t.borrow().clone())
        .ok_or_else(|| vm.type_error("_sre is not initialised"))
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

pub(super) fn pattern_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Pattern> {
    native_data::get::<Pattern>(v).ok_or_else(|| vm.type_error("a re.Pattern object is required"))
}

fn engine_error(vm: &Vm, e: MatchError) -> PyErr {
    match e {
        MatchError::TooDeep => vm.new_error(
            "RecursionError",
            "maximum recursion limit exceeded in regular expression matching",
        ),
        MatchError::BadCode => vm.new_error(
            "RuntimeError",
            "internal error in regular expression engine",
        ),
    }
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn compile(vm: &Vm, args: Args) -> PyResult {
    let [pattern, flags, code, groups, groupindex, indexgroup] = &args.pos[..] else {
        return Err(vm.type_error("compile() takes exactly 6 arguments"));
    };
    let code = crate::runtime::iter::collect(vm, code)?
        .iter()
        .map(|c| crate::runtime::convert::index_value(vm, c).map(|c| c as u32))
        .collect::<PyResult<Vec<u32>>>()?;
    let is_bytes = matches!(pattern.payload(), Some(Payload::Bytes(_)));
    let t = types(vm)?;
    Ok(native_data::make(
        vm,
        &t.pattern,
        Pattern {
            code,
            groups: crate::runtime::convert::index_value(vm, groups)?.max(0) as usize,
            pattern: pattern.clone(),
            flags: crate::runtime::convert::index_value(vm, flags)?,
            groupindex: groupindex.clone(),
            indexgroup: indexgroup.clone(),
            is_bytes,
        },
    ))
}

/// Bind `(string, pos=0, endpos=maxsize)` and check the subject's kind.
fn bind_subject(
    vm: &Vm,
    p: &Pattern,
    args: &Args,
    name: &str,
) -> PyResult<(Subject, usize, usize)> {
    let bound =
        crate::runtime::modules::io::bind_args(vm, args, name, &["string", "pos", "endpos"], 1)?;
    let Some(s) = bound[0].clone() else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'string' (pos 1)",
            name
        )));
    };
    let subject = Subject::new(vm, &s, p.is_bytes)?;
    let len = subject.len() as i64;
    let clamp = |v: &Option<Value>, default: i64| -> PyResult<usize> {
        let n = match v {
            Some(v) => crate::runtime::convert::index_value(vm, v)?,
            None => default,
        };
        Ok(n.clamp(0, len) as usize)
    };
    let pos = clamp(&bound[1], 0)?;
    let endpos = clamp(&bound[2], len)?;
    Ok((subject, pos, endpos))
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

fn run_once(vm: &Vm, this: &Value, args: Args, mode: Mode, name: &str) -> PyResult {
    let p = pattern_of(vm, this)?;
    let (subject, pos, endpos) = bind_subject(vm, p, &args, name)?;
    let text = subject.codes();
    let mut st = State::new(&p.code, &text, endpos, p.groups);
    st.match_all = mode == Mode::FullMatch;
    let found = if pos > endpos {
        None
    } else if mode == Mode::Search {
        st.search(pos).map_err(|e| engine_error(vm, e))?
    } else {
        st.match_at(pos)
            .map_err(|e| engine_error(vm, e))?
            .map(|e| (pos, e))
    };
    match found {
        Some(span) => matchobj::make(vm, this, &subject, &st, span, pos, endpos),
        None => Ok(Value::None),
    }
}

/// Every match from `pos`, in order, with CPython's rule for empty matches.
fn for_each_match(
    vm: &Vm,
    p: &Pattern,
    text: &[u32],
    pos: usize,
    endpos: usize,
    limit: usize,
    mut f: impl FnMut(&State, (usize, usize)) -> PyResult<()>,
) -> PyResult<()> {
    let mut st = State::new(&p.code, text, endpos, p.groups);
    let mut start = pos;
    let mut n = 0;
    while start <= endpos && (limit == 0 || n < limit) {
        let Some((b, e)) = st.search(start).map_err(|err| engine_error(vm, err))? else {
            break;
        };
        f(&st, (b, e))?;
        n += 1;
        st.must_advance = e == b;
        start = e;
    }
    Ok(())
}

fn findall(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let p = pattern_of(vm, &this)?;
    let (subject, pos, endpos) = bind_subject(vm, p, &args, "findall")?;
    let text = subject.codes();
    let mut out = Vec::new();
    for_each_match(vm, p, &text, pos, endpos, 0, |st, span| {
        let group = |g: usize| -> Value {
            match matchobj::span_of(st, span, g) {
                Some((a, b)) => subject.slice(vm, a, b),
                None => subject.slice(vm, 0, 0),
            }
        };
        out.push(match p.groups {
            0 => subject.slice(vm, span.0, span.1),
            1 => group(1),
            n => vm.new_tuple((1..=n).map(group).collect()),
        });
        Ok(())
    })?;
    Ok(vm.new_list(out))
}

fn split(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let p = pattern_of(vm, &this)?;
    let bound =
        crate::runtime::modules::io::bind_args(vm, &args, "split", &["string", "maxsplit"], 1)?;
    let s = bound[0].clone().unwrap_or(Value::None);
    let maxsplit = match &bound[1] {
        Some(v) => crate::runtime::convert::index_value(vm, v)?,
        None => 0,
    };
    let subject = Subject::new(vm, &s, p.is_bytes)?;
    let text = subject.codes();
    let mut out = Vec::new();
    let mut last = 0;
    if maxsplit >= 0 {
        for_each_match(
            vm,
            p,
            &text,
            0,
            text.len(),
            maxsplit as usize,
            |st, span| {
                out.push(subject.slice(vm, last, span.0));
                for g in 1..=p.groups {
                    out.push(match matchobj::span_of(st, span, g) {
                        Some((a, b)) => subject.slice(vm, a, b),
                        None => Value::None,
                    });
                }
                last = span.1;
                Ok(())
            },
        )?;
    }
    out.push(subject.slice(vm, last, text.len()));
    Ok(vm.new_list(out))
}

fn subx(vm: &Vm, args: Args, with_count: bool) -> PyResult {
    let this = args.pos[0].clone();
    let p = pattern_of(vm, &this)?;
    let name = if with_count { "subn" } else { "sub" };
    let bound =
        crate::runtime::modules::io::bind_args(vm, &args, name, &["repl", "string", "count"], 1)?;
    let (Some(repl), Some(s)) = (bound[0].clone(), bound[1].clone()) else {
        return Err(vm.type_error(format!("{}() missing required arguments", name)));
    };
    let count = match &bound[2] {
        Some(v) => crate::runtime::convert::index_value(vm, v)?.max(0) as usize,
        None => 0,
    };
    let subject = Subject::new(vm, &s, p.is_bytes)?;
    // A callable, a literal, or a template `re._subx` compiles to either.
    let mut filter = repl.clone();
    let is_literal = |v: &Value| match v.payload() {
        Some(Payload::Str(t)) => !t.value.contains('\\'),
        Some(Payload::Bytes(b)) => !b.contains(&b'\\'),
        _ => false,
    };
    let callable = crate::runtime::builtins::is_callable(vm, &repl);
    if !callable && !is_literal(&repl) {
        let re = crate::runtime::import::import_module(vm, "re")?;
        let f = crate::runtime::attr::getattr_str(vm, &re, "_subx")?;
        filter = vm.call(&f, vec![this.clone(), repl.clone()])?;
    }
    let filter_callable = crate::runtime::builtins::is_callable(vm, &filter);
    let text = subject.codes();
    let mut pieces: Vec<Value> = Vec::new();
    let mut last = 0;
    let mut n = 0;
    for_each_match(vm, p, &text, 0, text.len(), count, |st, span| {
        if last < span.0 {
            pieces.push(subject.slice(vm, last, span.0));
        }
        if filter_callable {
            let m = matchobj::make(vm, &this, &subject, st, span, 0, text.len())?;
            let item = vm.call(&filter, vec![m])?;
            if !item.is_none() {
                pieces.push(item);
            }
        } else {
            pieces.push(filter.clone());
        }
        last = span.1;
        n += 1;
        Ok(())
    })?;
    if last < text.len() {
        pieces.push(subject.slice(vm, last, text.len()));
    }
    let joined = subject.join(vm, &pieces)?;
    Ok(if with_count {
        vm.new_tuple(vec![joined, Value::Int(n)])
    } else {
        joined
    })
}

struct Scanner {
    pattern: Value,
    subject: Subject,
    start: std::cell::Cell<usize>,
    endpos: usize,
    must_advance: std::cell::Cell<bool>,
    done: std::cell::Cell<bool>,
}

impl NativeData for Scanner {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.pattern);
        f(self.subject.value());
        true
    }
}

fn scanner(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let p = pattern_of(vm, &this)?;
    let (subject, pos, endpos) = bind_subject(vm, p, &args, "scanner")?;
    Ok(native_data::make(
        vm,
        &types(vm)?.scanner,
        Scanner {
            pattern: this.clone(),
            subject,
            start: std::cell::Cell::new(pos),
            endpos,
            must_advance: std::cell::Cell::new(false),
            done: std::cell::Cell::new(false),
        },
    ))
}

fn scanner_step(vm: &Vm, args: Args, search: bool) -> PyResult {
    let Some(sc) = args.pos.first().and_then(native_data::get::<Scanner>) else {
        return Err(vm.type_error("a scanner is required"));
    };
    if sc.done.get() || sc.start.get() > sc.endpos {
        return Ok(Value::None);
    }
    let p = pattern_of(vm, &sc.pattern)?;
    let text = sc.subject.codes();
    let mut st = State::new(&p.code, &text, sc.endpos, p.groups);
    st.must_advance = sc.must_advance.get();
    let start = sc.start.get();
    let found = if search {
        st.search(start).map_err(|e| engine_error(vm, e))?
    } else {
        st.match_at(start)
            .map_err(|e| engine_error(vm, e))?
            .map(|e| (start, e))
    };
    match found {
        Some((b, e)) => {
            sc.must_advance.set(e == b);
            sc.start.set(e);
            matchobj::make(vm, &sc.pattern, &sc.subject, &st, (b, e), start, sc.endpos)
        }
        None => {
            sc.done.set(true);
            Ok(Value::None)
        }
    }
}

fn finditer(vm: &Vm, args: Args) -> PyResult {
    let sc = scanner(vm, args)?;
    let search = crate::runtime::attr::getattr_str(vm, &sc, "search")?;
    Ok(vm.new_iter(
        &vm.t.callable_iterator,
        IterKind::Callable {
            func: search,
            sentinel: Value::None,
        },
    ))
}

const FLAG_NAMES: [(&str, i64); 9] = [
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

fn pattern_repr(vm: &Vm, args: Args) -> PyResult {
    let p = pattern_of(vm, &args.pos[0])?;
    let mut text = crate::runtime::ops::repr(vm, &p.pattern)?;
    if text.chars().count() > 200 {
        text = text.chars().take(200).collect();
    }
    let mut flags = p.flags;
    if !p.is_bytes && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut names = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("{:#x}", flags));
    }
    Ok(vm.new_string(if names.is_empty() {
        format!("re.compile({})", text)
    } else {
        format!("re.compile({}, {})", text, names.join("|"))
    }))
}

fn pattern_eq(vm: &Vm, args: Args) -> PyResult {
    let a = pattern_of(vm, &args.pos[0])?;
    let Some(b) = args.pos.get(1).and_then(native_data::get::<Pattern>) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::Bool(
        a.flags == b.flags
            && a.is_bytes == b.is_bytes
            && a.code == b.code
            && crate::runtime::ops::eq(vm, &a.pattern, &b.pattern)?,
    ))
}

fn pattern_hash(vm: &Vm, args: Args) -> PyResult {
    let p = pattern_of(vm, &args.pos[0])?;
    let h = crate::runtime::ops::hash(vm, &p.pattern)?;
    Ok(Value::Int(h ^ p.flags.wrapping_mul(1_000_003)))
}

fn getter(vm: &Vm, t: &TypeRef, name: &'static str, f: NativeFn) {
    crate::runtime::builtin_types::int::add_getter(vm, t, name, f);
}

fn make_pattern_type(vm: &Vm) -> TypeRef {
    let t = native_data::new_type(vm, "re", "Pattern");
    let methods: [(&'static str, NativeFn); 14] = [
        ("match", |vm, a| {
            run_once(vm, &a.pos[0].clone(), a, Mode::Match, "match")
        }),
        ("fullmatch", |vm, a| {
            run_once(vm, &a.pos[0].clone(), a, Mode::FullMatch, "fullmatch")
        }),
        ("search", |vm, a| {
            run_once(vm, &a.pos[0].clone(), a, Mode::Search, "search")
        }),
        ("findall", findall),
        ("finditer", finditer),
        ("scanner", scanner),
        ("split", split),
        ("sub", |vm, a| subx(vm, a, false)),
        ("subn", |vm, a| subx(vm, a, true)),
        ("__repr__", pattern_repr),
        ("__eq__", pattern_eq),
        ("__hash__", pattern_hash),
        ("__copy__", |_, a| Ok(a.pos[0].clone())),
        ("__deepcopy__", |_, a| Ok(a.pos[0].clone())),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, f);
    }
    getter(vm, &t, "pattern", |vm, a| {
        Ok(pattern_of(vm, &a.pos[0])?.pattern.clone())
    });
    getter(vm, &t, "flags", |vm, a| {
        Ok(Value::Int(pattern_of(vm, &a.pos[0])?.flags))
    });
    getter(vm, &t, "groups", |vm, a| {
        Ok(Value::Int(pattern_of(vm, &a.pos[0])?.groups as i64))
    });
    getter(vm, &t, "groupindex", |vm, a| {
        let p = pattern_of(vm, &a.pos[0])?;
        let d = vm.new_dict_obj();
        crate::runtime::dictops::dict_update(vm, &d, &p.groupindex)?;
        Ok(Value::Obj(d))
    });
    add_classmethod(
        vm,
        &t,
        "__class_getitem__",
        crate::runtime::builtin_types::generic_alias::class_getitem,
    );
    t
}

fn make_scanner_type(vm: &Vm) -> TypeRef {
    let t = native_data::new_type(vm, "_sre", "SRE_Scanner");
    add_method(vm, &t, "match", |vm, a| scanner_step(vm, a, false));
    add_method(vm, &t, "search", |vm, a| scanner_step(vm, a, true));
    getter(vm, &t, "pattern", |vm, a| {
        match a.pos.first().and_then(native_data::get::<Scanner>) {
            Some(s) => Ok(s.pattern.clone()),
            None => Err(vm.type_error("a scanner is required")),
        }
    });
    t
}

fn code_fn(vm: &Vm, args: &Args) -> PyResult<u32> {
    Ok(crate::runtime::convert::index_value(vm, &arg(args, 0))? as u32)
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_sre");
    let d = m.dict.get().expect("module dict").clone();
    let types = Types {
        pattern: make_pattern_type(vm),
        matchobj: matchobj::make_type(vm),
        scanner: make_scanner_type(vm),
    };
    TYPES.with(|t| *t.borrow_mut() = Some(types));
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_str(&d, k, v);
    };
    set("MAGIC", Value::Int(20220615));
    set("CODESIZE", Value::Int(4));
    set("MAXREPEAT", Value::Int(engine::MAXREPEAT as i64));
    set("MAXGROUPS", Value::Int(engine::MAXGROUPS as i64));
    set("copyright", vm.new_str("SRE engine for pyjit"));
    let funcs: [(&'static str, NativeFn); 6] = [
        ("compile", compile),
        ("getcodesize", |_, _| Ok(Value::Int(4))),
        ("ascii_iscased", |vm, a| {
            let c = code_fn(vm, &a)?;
            Ok(Value::Bool(c < 128 && (c as u8).is_ascii_alphabetic()))
        }),
        ("unicode_iscased", |vm, a| {
            let c = code_fn(vm, &a)?;
            Ok(Value::Bool(
                c != chars::lower_unicode(c) || c != chars::upper_unicode(c),
            ))
        }),
        ("ascii_tolower", |vm, a| {
            Ok(Value::Int(chars::lower_ascii(code_fn(vm, &a)?) as i64))
        }),
        ("unicode_tolower", |vm, a| {
            Ok(Value::Int(chars::lower_unicode(code_fn(vm, &a)?) as i64))
        }),
    ];
    for (name, f) in funcs {
        set(name, vm.new_builtin(name, f));
    }
    m
}
