//! `_csv`: the reader and writer under `csv.py`, with `_csv.c`'s parsing state
//! machine (quoting, doubled quotes, escape characters, `skipinitialspace`,
//! `strict`), its quoting rules for writing, its dialect validation and its
//! error messages.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

#[derive(Clone)]
struct Dialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    lineterminator: String,
    quoting: i64,
    strict: bool,
}

impl NativeData for Dialect {}

#[derive(Clone)]
struct Types {
    error: TypeRef,
    dialect: TypeRef,
    reader: TypeRef,
    writer: TypeRef,
}

thread_local! {
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
    static DIALECTS: RefCell<HashMap<String, Value>> = RefCell::new(HashMap::new());
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

fn types(vm: &Vm) -> PyResult<Types> {
    TYPES
        .with(|t| t.borrow().clone())
        .ok_or_else(|| vm.type_error("_csv is not initialised"))
}

fn csv_error(vm: &Vm, msg: impl AsRef<str>) -> PyErr {
    match types(vm) {
        Ok(t) => vm.new_exception(&t.error, vec![vm.new_str(msg.as_ref())]),
        Err(e) => e,
    }
}

/// One-character string option (`None` allowed when `optional`).
fn char_opt(vm: &Vm, v: &Value, name: &str, optional: bool) -> PyResult<Option<char>> {
    if v.is_none() && optional {
        return Ok(None);
    }
    match v.as_str() {
        Some(s) if s.chars().count() == 1 => Ok(s.chars().next()),
        Some(_) | None => Err(vm.type_error(format!("\"{}\" must be a 1-character string", name))),
    }
}

/// A dialect from a base (a name, a dialect object or None) and keyword overrides.
fn build_dialect(vm: &Vm, base: &Value, kw: &[(std::rc::Rc<str>, Value)]) -> PyResult<Dialect> {
    let base = if let Some(name) = base.as_str() {
        get_dialect_value(vm, name)?
    } else {
        base.clone()
    };
    let get = |name: &str| -> PyResult<Option<Value>> {
        if let Some((_, v)) = kw.iter().find(|(k, _)| &**k == name) {
            return Ok(Some(v.clone()));
        }
        if base.is_none() {
            return Ok(None);
        }
        crate::runtime::attr::getattr_opt(vm, &base, name)
    };
    let delimiter = match get("delimiter")? {
        Some(v) => char_opt(vm, &v, "delimiter", false)?.unwrap_or(','),
        None => ',',
    };
    let doublequote = match get("doublequote")? {
        Some(v) => crate::runtime::ops::truthy(vm, &v)?,
        None => true,
    };
    let escapechar = match get("escapechar")? {
        Some(v) => char_opt(vm, &v, "escapechar", true)?,
        None => None,
    };
    let lineterminator = match get("lineterminator")? {
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error("\"lineterminator\" must be a string")),
        },
        None => "\r\n".to_string(),
    };
    let quoting = match get("quoting")? {
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Bool(_))
                && !crate::runtime::convert::is_index(vm, &v)
            {
                return Err(vm.type_error("\"quoting\" must be an integer"));
            }
            let q = crate::runtime::convert::index_value(vm, &v)?;
            if !(0..=3).contains(&q) {
                return Err(vm.type_error("bad \"quoting\" value"));
            }
            q
        }
        None => QUOTE_MINIMAL,
    };
    let quotechar = match get("quotechar")? {
        Some(v) => char_opt(vm, &v, "quotechar", true)?,
        None => Some('"'),
    };
    let skipinitialspace = match get("skipinitialspace")? {
        Some(v) => crate::runtime::ops::truthy(vm, &v)?,
        None => false,
    };
    let strict = match get("strict")? {
        Some(v) => crate::runtime::ops::truthy(vm, &v)?,
        None => false,
    };
    if quotechar.is_none() && quoting != QUOTE_NONE {
        return Err(vm.type_error("quotechar must be set if quoting enabled"));
    }
    Ok(Dialect {
        delimiter,
        quotechar,
        escapechar,
        doublequote,
        skipinitialspace,
        lineterminator,
        quoting,
        strict,
    })
}

fn get_dialect_value(vm: &Vm, name: &str) -> PyResult<Value> {
    DIALECTS
        .with(|d| d.borrow().get(name).cloned())
        .ok_or_else(|| csv_error(vm, "unknown dialect"))
}

fn dialect_object(vm: &Vm, d: Dialect) -> PyResult<Value> {
    Ok(native_data::make(vm, &types(vm)?.dialect, d))
}

fn dialect_new(vm: &Vm, mut args: Args) -> PyResult {
    let base = args
        .take_kw("dialect")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::None);
    let d = build_dialect(vm, &base, &args.kw)?;
    dialect_object(vm, d)
}

fn dialect_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Dialect> {
    native_data::get::<Dialect>(v).ok_or_else(|| vm.type_error("a _csv.Dialect is required"))
}

fn register_dialect(vm: &Vm, mut args: Args) -> PyResult {
    let name = args.pos.first().cloned().unwrap_or(Value::None);
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(vm.type_error("dialect name must be a string"));
    };
    let base = args
        .take_kw("dialect")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::None);
    let d = build_dialect(vm, &base, &args.kw)?;
    let obj = dialect_object(vm, d)?;
    DIALECTS.with(|ds| ds.borrow_mut().insert(name, obj));
    Ok(Value::None)
}

// ----- reader ------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum St {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct Reader {
    input: Value,
    dialect: Value,
    line_num: Cell<i64>,
}

impl NativeData for Reader {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.input);
        f(&self.dialect);
        true
    }
}

struct Parse<'a> {
    d: &'a Dialect,
    state: St,
    field: String,
    fields: Vec<Value>,
    numeric: bool,
}

impl Parse<'_> {
    fn save(&mut self, vm: &Vm) -> PyResult<()> {
        let text = std::mem::take(&mut self.field);
        let v = if self.numeric {
            self.numeric = false;
            let t = Value::Type(vm.t.float.clone());
            vm.call(&t, vec![vm.new_string(text)])?
        } else {
            vm.new_string(text)
        };
        self.fields.push(v);
        Ok(())
    }

    fn add(&mut self, vm: &Vm, c: char) -> PyResult<()> {
        let limit = FIELD_LIMIT.with(|l| l.get());
        if self.field.chars().count() as i64 >= limit {
            return Err(csv_error(
                vm,
                format!("field larger than field limit ({})", limit),
            ));
        }
        self.field.push(c);
        Ok(())
    }

    /// One character, or the end of a line (`None`).
    fn step(&mut self, vm: &Vm, c: Option<char>) -> PyResult<()> {
        let d = self.d;
        let nl = |c: Option<char>| matches!(c, Some('\n') | Some('\r'));
        let quoting_on = d.quoting != QUOTE_NONE;
        let mut state = self.state;
        loop {
            match state {
                St::StartRecord => {
                    if c.is_none() {
                        return Ok(());
                    }
                    if nl(c) {
                        self.state = St::EatCrnl;
                        return Ok(());
                    }
                    state = St::StartField;
                    continue;
                }
                St::StartField => {
                    if nl(c) || c.is_none() {
                        self.save(vm)?;
                        self.state = if c.is_none() {
                            St::StartRecord
                        } else {
                            St::EatCrnl
                        };
                    } else if c == d.quotechar && quoting_on {
                        self.state = St::InQuotedField;
                    } else if c.is_some() && c == d.escapechar {
                        self.state = St::EscapedChar;
                    } else if c == Some(' ') && d.skipinitialspace {
                        self.state = St::StartField;
                    } else if c == Some(d.delimiter) {
                        self.save(vm)?;
                        self.state = St::StartField;
                    } else {
                        if d.quoting == QUOTE_NONNUMERIC {
                            self.numeric = true;
                        }
                        self.add(vm, c.unwrap_or('\0'))?;
                        self.state = St::InField;
                    }
                }
                St::EscapedChar => {
                    if nl(c) {
                        self.add(vm, c.unwrap_or('\n'))?;
                        self.state = St::AfterEscapedCrnl;
                        return Ok(());
                    }
                    self.add(vm, c.unwrap_or('\n'))?;
                    self.state = St::InField;
                }
                St::AfterEscapedCrnl | St::InField => {
                    if state == St::AfterEscapedCrnl && c.is_none() {
                        return Ok(());
                    }
                    if nl(c) || c.is_none() {
                        self.save(vm)?;
                        self.state = if c.is_none() {
                            St::StartRecord
                        } else {
                            St::EatCrnl
                        };
                    } else if c.is_some() && c == d.escapechar {
                        self.state = St::EscapedChar;
                    } else if c == Some(d.delimiter) {
                        self.save(vm)?;
                        self.state = St::StartField;
                    } else {
                        self.add(vm, c.unwrap_or('\0'))?;
                        self.state = St::InField;
                    }
                }
                St::InQuotedField => {
                    if c.is_none() {
                    } else if c == d.escapechar {
                        self.state = St::EscapeInQuotedField;
                    } else if c == d.quotechar && quoting_on {
                        self.state = if d.doublequote {
                            St::QuoteInQuotedField
                        } else {
                            St::InField
                        };
                    } else {
                        self.add(vm, c.unwrap_or('\0'))?;
                    }
                }
                St::EscapeInQuotedField => {
                    self.add(vm, c.unwrap_or('\n'))?;
                    self.state = St::InQuotedField;
                }
                St::QuoteInQuotedField => {
                    if quoting_on && c.is_some() && c == d.quotechar {
                        self.add(vm, c.unwrap_or('"'))?;
                        self.state = St::InQuotedField;
                    } else if c == Some(d.delimiter) {
                        self.save(vm)?;
                        self.state = St::StartField;
                    } else if nl(c) || c.is_none() {
                        self.save(vm)?;
                        self.state = if c.is_none() {
                            St::StartRecord
                        } else {
                            St::EatCrnl
                        };
                    } else if !d.strict {
                        self.add(vm, c.unwrap_or('\0'))?;
                        self.state = St::InField;
                    } else {
                        return Err(csv_error(
                            vm,
                            format!(
                                "'{}' expected after '{}'",
                                d.delimiter,
                                d.quotechar.unwrap_or('"')
                            ),
                        ));
                    }
                }
                St::EatCrnl => {
                    if nl(c) {
                    } else if c.is_none() {
                        self.state = St::StartRecord;
                    } else {
                        return Err(csv_error(
                            vm,
                            "new-line character seen in unquoted field - do you need to open the file with newline=''?",
                        ));
                    }
                }
            }
            return Ok(());
        }
    }
}

fn reader_next(vm: &Vm, args: Args) -> PyResult {
    let Some(r) = args.pos.first().and_then(native_data::get::<Reader>) else {
        return Err(vm.type_error("a _csv.reader is required"));
    };
    let d = dialect_of(vm, &r.dialect)?.clone();
    let mut p = Parse {
        d: &d,
        state: St::StartRecord,
        field: String::new(),
        fields: Vec::new(),
        numeric: false,
    };
    loop {
        let Some(line) = crate::runtime::iter::next(vm, &r.input)? else {
            if !p.field.is_empty() || p.state == St::InQuotedField {
                if d.strict {
                    return Err(csv_error(vm, "unexpected end of data"));
                }
                p.save(vm)?;
                break;
            }
            return Err(vm.stop_iteration(None));
        };
        let Some(text) = line.as_str() else {
            return Err(csv_error(
                vm,
                format!(
                    "iterator should return strings, not {} (the file should be opened in text mode)",
                    vm.type_name(&line)
                ),
            ));
        };
        r.line_num.set(r.line_num.get() + 1);
        for c in text.chars() {
            p.step(vm, Some(c))?;
        }
        p.step(vm, None)?;
        if p.state == St::StartRecord {
            break;
        }
    }
    Ok(vm.new_list(p.fields))
}

fn reader(vm: &Vm, mut args: Args) -> PyResult {
    let input =
        crate::runtime::iter::get_iter(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    let base = args
        .take_kw("dialect")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or_else(|| vm.new_str("excel"));
    let d = build_dialect(vm, &base, &args.kw)?;
    let dialect = dialect_object(vm, d)?;
    Ok(native_data::make(
        vm,
        &types(vm)?.reader,
        Reader {
            input,
            dialect,
            line_num: Cell::new(0),
        },
    ))
}

// ----- writer ------------------------------------------------------------------------

struct Writer {
    write: Value,
    dialect: Value,
}

impl NativeData for Writer {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.write);
        f(&self.dialect);
        true
    }
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(
            v.payload(),
            Some(Payload::Int(_) | Payload::Float(_) | Payload::Complex(..))
        )
}

/// Append one field to `out` (with the delimiter before it when not first).
fn join_field(
    vm: &Vm,
    d: &Dialect,
    out: &mut String,
    first: bool,
    text: &str,
    mut quoted: bool,
) -> PyResult<()> {
    if !first {
        out.push(d.delimiter);
    }
    let mut body = String::new();
    for c in text.chars() {
        let special = c == d.delimiter
            || Some(c) == d.escapechar
            || Some(c) == d.quotechar
            || d.lineterminator.contains(c);
        let mut want_escape = false;
        if special {
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                let Some(e) = d.escapechar else {
                    return Err(csv_error(vm, "need to escape, but no escapechar set"));
                };
                body.push(e);
            }
        }
        body.push(c);
    }
    if quoted {
        let q = d.quotechar.unwrap_or('"');
        out.push(q);
        out.push_str(&body);
        out.push(q);
    } else {
        out.push_str(&body);
    }
    Ok(())
}

fn writerow(vm: &Vm, args: Args) -> PyResult {
    let Some(w) = args.pos.first().and_then(native_data::get::<Writer>) else {
        return Err(vm.type_error("a _csv.writer is required"));
    };
    let d = dialect_of(vm, &w.dialect)?.clone();
    let row = args.pos.get(1).cloned().unwrap_or(Value::None);
    let fields = match crate::runtime::iter::get_iter(vm, &row) {
        Ok(it) => {
            let mut out = Vec::new();
            while let Some(v) = crate::runtime::iter::next(vm, &it)? {
                out.push(v);
            }
            out
        }
        Err(_) => {
            return Err(csv_error(
                vm,
                format!("iterable expected, not {}", vm.type_name(&row)),
            ));
        }
    };
    let mut line = String::new();
    for (i, f) in fields.iter().enumerate() {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(f),
            QUOTE_ALL => true,
            _ => false,
        };
        let text = if f.is_none() {
            String::new()
        } else if let Some(s) = f.as_str() {
            s.to_string()
        } else {
            crate::runtime::ops::str_(vm, f)?
        };
        join_field(vm, &d, &mut line, i == 0, &text, quoted)?;
    }
    if fields.len() == 1 && line.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(csv_error(vm, "single empty field record must be quoted"));
        }
        join_field(vm, &d, &mut line, true, "", true)?;
    }
    line.push_str(&d.lineterminator);
    vm.call(&w.write, vec![vm.new_string(line)])
}

fn writerows(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let rows =
        crate::runtime::iter::get_iter(vm, &args.pos.get(1).cloned().unwrap_or(Value::None))?;
    while let Some(row) = crate::runtime::iter::next(vm, &rows)? {
        writerow(vm, Args::new(vec![this.clone(), row]))?;
    }
    Ok(Value::None)
}

fn writer(vm: &Vm, mut args: Args) -> PyResult {
    let file = args.pos.first().cloned().unwrap_or(Value::None);
    let Some(write) = crate::runtime::attr::getattr_opt(vm, &file, "write")? else {
        return Err(vm.type_error("argument 1 must have a \"write\" method"));
    };
    let base = args
        .take_kw("dialect")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or_else(|| vm.new_str("excel"));
    let d = build_dialect(vm, &base, &args.kw)?;
    let dialect = dialect_object(vm, d)?;
    Ok(native_data::make(
        vm,
        &types(vm)?.writer,
        Writer { write, dialect },
    ))
}

fn getter(vm: &Vm, t: &TypeRef, name: &'static str, f: NativeFn) {
    crate::runtime::builtin_types::int::add_getter(vm, t, name, f);
}

fn opt_char(vm: &Vm, c: Option<char>) -> Value {
    c.map_or(Value::None, |c| vm.new_string(c.to_string()))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_csv");
    let d = m.dict.get().expect("module dict").clone();
    let error = crate::runtime::types::new_type(
        "Error",
        vec![vm.exc_type("Exception")],
        BaseKind::Exception,
        false,
        true,
    );
    *error.module.borrow_mut() = std::rc::Rc::from("_csv");
    let dialect = native_data::new_type(vm, "_csv", "Dialect");
    crate::runtime::setup::add_staticmethod(vm, &dialect, "__new__", dialect_new);
    add_method(vm, &dialect, "__init__", |_, _| Ok(Value::None));
    getter(vm, &dialect, "delimiter", |vm, a| {
        Ok(vm.new_string(dialect_of(vm, &a.pos[0])?.delimiter.to_string()))
    });
    getter(vm, &dialect, "quotechar", |vm, a| {
        Ok(opt_char(vm, dialect_of(vm, &a.pos[0])?.quotechar))
    });
    getter(vm, &dialect, "escapechar", |vm, a| {
        Ok(opt_char(vm, dialect_of(vm, &a.pos[0])?.escapechar))
    });
    getter(vm, &dialect, "doublequote", |vm, a| {
        Ok(Value::Bool(dialect_of(vm, &a.pos[0])?.doublequote))
    });
    getter(vm, &dialect, "skipinitialspace", |vm, a| {
        Ok(Value::Bool(dialect_of(vm, &a.pos[0])?.skipinitialspace))
    });
    getter(vm, &dialect, "lineterminator", |vm, a| {
        Ok(vm.new_str(&dialect_of(vm, &a.pos[0])?.lineterminator))
    });
    getter(vm, &dialect, "quoting", |vm, a| {
        Ok(Value::Int(dialect_of(vm, &a.pos[0])?.quoting))
    });
    getter(vm, &dialect, "strict", |vm, a| {
        Ok(Value::Bool(dialect_of(vm, &a.pos[0])?.strict))
    });
    let reader_t = native_data::new_type(vm, "_csv", "reader");
    add_method(vm, &reader_t, "__iter__", |_, a| Ok(a.pos[0].clone()));
    add_method(vm, &reader_t, "__next__", reader_next);
    getter(vm, &reader_t, "line_num", |vm, a| {
        native_data::get::<Reader>(&a.pos[0])
            .map(|r| Value::Int(r.line_num.get()))
            .ok_or_else(|| vm.type_error("a _csv.reader is required"))
    });
    getter(vm, &reader_t, "dialect", |vm, a| {
        native_data::get::<Reader>(&a.pos[0])
            .map(|r| r.dialect.clone())
            .ok_or_else(|| vm.type_error("a _csv.reader is required"))
    });
    let writer_t = native_data::new_type(vm, "_csv", "writer");
    add_method(vm, &writer_t, "writerow", writerow);
    add_method(vm, &writer_t, "writerows", writerows);
    getter(vm, &writer_t, "dialect", |vm, a| {
        native_data::get::<Writer>(&a.pos[0])
            .map(|w| w.dialect.clone())
            .ok_or_else(|| vm.type_error("a _csv.writer is required"))
    });
    TYPES.with(|t| {
        *t.borrow_mut() = Some(Types {
            error: error.clone(),
            dialect: dialect.clone(),
            reader: reader_t,
            writer: writer_t,
        })
    });
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_str(&d, k, v);
    };
    set("Error", Value::Type(error));
    set("Dialect", Value::Type(dialect));
    set("__version__", vm.new_str("1.0"));
    set("__doc__", vm.new_str("CSV parsing and writing."));
    for (k, v) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
    ] {
        set(k, Value::Int(v));
    }
    let funcs: [(&'static str, NativeFn); 7] = [
        ("reader", reader),
        ("writer", writer),
        ("register_dialect", register_dialect),
        ("unregister_dialect", |vm, a| {
            let name = a
                .pos
                .first()
                .and_then(|n| n.as_str().map(str::to_string))
                .unwrap_or_default();
            match DIALECTS.with(|d| d.borrow_mut().remove(&name)) {
                Some(_) => Ok(Value::None),
                None => Err(csv_error(vm, "unknown dialect")),
            }
        }),
        ("get_dialect", |vm, a| {
            let name = a
                .pos
                .first()
                .and_then(|n| n.as_str().map(str::to_string))
                .unwrap_or_default();
            get_dialect_value(vm, &name)
        }),
        ("list_dialects", |vm, _| {
            let mut names: Vec<String> = DIALECTS.with(|d| d.borrow().keys().cloned().collect());
            names.sort();
            Ok(vm.new_list(names.into_iter().map(|n| vm.new_string(n)).collect()))
        }),
        ("field_size_limit", |vm, a| {
            let old = FIELD_LIMIT.with(|l| l.get());
            if let Some(v) = a.pos.first() {
                if !matches!(v, Value::Int(_)) {
                    return Err(vm.type_error("limit must be an integer"));
                }
                FIELD_LIMIT
                    .with(|l| l.set(crate::runtime::convert::index_value(vm, v).unwrap_or(old)));
            }
            Ok(Value::Int(old))
        }),
    ];
    for (name, f) in funcs {
        set(name, vm.new_builtin(name, f));
    }
    m
}
