//! `_json`: the C half of `json` — `scanstring`, the scanner `make_scanner`
//! builds (what `json.loads` runs: the whole document is parsed here, calling
//! back only into hooks and non-default `parse_float`/`parse_int`), and the
//! string encoders `encode_basestring(_ascii)`, and the one-shot encoder
//! `make_encoder` (`json.dumps` without `indent`). Error messages and positions
//! are CPython's `_json.c` ones; `JSONDecodeError` comes from `json.decoder`.
use std::cell::RefCell;

use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

thread_local! {
    static SCANNER: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn decode_error(vm: &Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let cls = crate::runtime::import::import_module(vm, "json.decoder")
        .and_then(|m| crate::runtime::attr::getattr_str(vm, &m, "JSONDecodeError"));
    match cls.and_then(|c| {
        vm.call(
            &c,
            vec![vm.new_str(msg), doc.clone(), Value::Int(pos as i64)],
        )
    }) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.value_error(msg),
        Err(e) => e,
    }
}

struct Doc<'a> {
    chars: &'a [char],
    value: &'a Value,
}

fn hex4(d: &Doc, at: usize) -> Option<u32> {
    let mut c = 0u32;
    for i in 0..4 {
        c = (c << 4) | d.chars.get(at + i)?.to_digit(16)?;
    }
    Some(c)
}

/// Scan the string whose body starts at `end` (after the quote): (text, end).
fn scan_string(vm: &Vm, d: &Doc, end: usize, strict: bool) -> PyResult<(String, usize)> {
    let s = d.chars;
    let len = s.len();
    if end > len {
        return Err(vm.value_error("end is out of bounds"));
    }
    let begin = end.wrapping_sub(1);
    let mut out = String::new();
    let mut end = end;
    loop {
        let mut next = end;
        let mut c = '\0';
        while next < len {
            c = s[next];
            if c == '"' || c == '\\' {
                break;
            }
            if (c as u32) <= 0x1f && strict {
                return Err(decode_error(
                    vm,
                    "Invalid control character at",
                    d.value,
                    next,
                ));
            }
            next += 1;
        }
        if next >= len || (c != '"' && c != '\\') {
            return Err(decode_error(
                vm,
                "Unterminated string starting at",
                d.value,
                begin,
            ));
        }
        out.extend(&s[end..next]);
        next += 1;
        if c == '"' {
            return Ok((out, next));
        }
        if next == len {
            return Err(decode_error(
                vm,
                "Unterminated string starting at",
                d.value,
                begin,
            ));
        }
        let e = s[next];
        if e != 'u' {
            end = next + 1;
            let ch = match e {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => return Err(decode_error(vm, "Invalid \\escape", d.value, end - 2)),
            };
            out.push(ch);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(decode_error(
                vm,
                "Invalid \\uXXXX escape",
                d.value,
                next - 1,
            ));
        }
        let Some(mut cp) = hex4(d, next) else {
            return Err(decode_error(vm, "Invalid \\uXXXX escape", d.value, end - 5));
        };
        next = end;
        if (0xD800..0xDC00).contains(&cp) && end + 6 < len && s[next] == '\\' && s[next + 1] == 'u'
        {
            end += 6;
            let Some(c2) = hex4(d, next + 2) else {
                return Err(decode_error(vm, "Invalid \\uXXXX escape", d.value, end - 5));
            };
            if (0xDC00..0xE000).contains(&c2) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (c2 - 0xDC00);
            } else {
                end -= 6;
            }
        }
        match char::from_u32(cp) {
            Some(ch) => out.push(ch),
            None => {
                return Err(vm.not_implemented_error(
                    "strings holding lone surrogates (a \\ud800-style escape without its pair) are not supported yet",
                ))
            }
        }
    }
}

fn chars_of(vm: &Vm, v: &Value, func: &str) -> PyResult<Vec<char>> {
    match v.as_str() {
        Some(s) => Ok(s.chars().collect()),
        None => Err(vm.type_error(format!(
            "{}() argument 1 must be str, not {}",
            func,
            vm.type_name(v)
        ))),
    }
}

fn scanstring(vm: &Vm, args: Args) -> PyResult {
    let doc = arg(&args, 0);
    let chars = chars_of(vm, &doc, "scanstring")?;
    let end = crate::runtime::convert::index_value(vm, &arg(&args, 1))?;
    let strict = match args.pos.get(2) {
        Some(v) => crate::runtime::ops::truthy(vm, v)?,
        None => true,
    };
    if end < 0 {
        return Err(vm.value_error("end is out of bounds"));
    }
    let d = Doc {
        chars: &chars,
        value: &doc,
    };
    let (s, end) = scan_string(vm, &d, end as usize, strict)?;
    Ok(vm.new_tuple(vec![vm.new_string(s), Value::Int(end as i64)]))
}

struct Scanner {
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    memo: ObjRef,
}

impl NativeData for Scanner {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        for v in [
            &self.object_hook,
            &self.pairs_hook,
            &self.parse_float,
            &self.parse_int,
            &self.parse_constant,
        ] {
            f(v);
        }
        f(&Value::Obj(self.memo.clone()));
        true
    }
}

/// The scan was at a place where no value starts: `StopIteration(idx)`.
enum Scan {
    Value(Value, usize),
    NoValue(usize),
}

fn ws(s: &[char], mut i: usize) -> usize {
    while i < s.len() && matches!(s[i], ' ' | '\t' | '\n' | '\r') {
        i += 1;
    }
    i
}

impl Scanner {
    fn scan(&self, vm: &Vm, d: &Doc, idx: usize) -> PyResult<Scan> {
        let s = d.chars;
        if idx >= s.len() {
            return Ok(Scan::NoValue(idx));
        }
        let word = |w: &str| s[idx..].iter().take(w.len()).copied().eq(w.chars());
        Ok(match s[idx] {
            '"' => {
                let (text, end) = scan_string(vm, d, idx + 1, self.strict)?;
                Scan::Value(vm.new_string(text), end)
            }
            '{' => {
                crate::tiers::interp::enter_recursion(vm)?;
                let r = self.object(vm, d, idx + 1);
                vm.depth.set(vm.depth.get() - 1);
                r?
            }
            '[' => {
                crate::tiers::interp::enter_recursion(vm)?;
                let r = self.array(vm, d, idx + 1);
                vm.depth.set(vm.depth.get() - 1);
                r?
            }
            'n' if word("null") => Scan::Value(Value::None, idx + 4),
            't' if word("true") => Scan::Value(Value::Bool(true), idx + 4),
            'f' if word("false") => Scan::Value(Value::Bool(false), idx + 5),
            'N' if word("NaN") => self.constant(vm, "NaN", idx + 3)?,
            'I' if word("Infinity") => self.constant(vm, "Infinity", idx + 8)?,
            '-' if word("-Infinity") => self.constant(vm, "-Infinity", idx + 9)?,
            _ => self.number(vm, d, idx)?,
        })
    }

    fn constant(&self, vm: &Vm, name: &str, end: usize) -> PyResult<Scan> {
        Ok(Scan::Value(
            vm.call(&self.parse_constant, vec![vm.new_str(name)])?,
            end,
        ))
    }

    fn object(&self, vm: &Vm, d: &Doc, start: usize) -> PyResult<Scan> {
        let s = d.chars;
        let mut idx = ws(s, start);
        let dict = vm.new_dict_obj();
        let mut pairs = Vec::new();
        let use_pairs = !self.pairs_hook.is_none();
        if idx >= s.len() || s[idx] != '}' {
            loop {
                if idx >= s.len() || s[idx] != '"' {
                    return Err(decode_error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        d.value,
                        idx,
                    ));
                }
                let (key, next) = scan_string(vm, d, idx + 1, self.strict)?;
                let key = vm.new_string(key);
                let key = match crate::runtime::dictops::dict_get(vm, &self.memo, &key)? {
                    Some(k) => k,
                    None => {
                        crate::runtime::dictops::dict_set(
                            vm,
                            &self.memo,
                            key.clone(),
                            key.clone(),
                        )?;
                        key
                    }
                };
                idx = ws(s, next);
                if idx >= s.len() || s[idx] != ':' {
                    return Err(decode_error(vm, "Expecting ':' delimiter", d.value, idx));
                }
                idx = ws(s, idx + 1);
                let (val, next) = match self.scan(vm, d, idx)? {
                    Scan::Value(v, n) => (v, n),
                    no => return Ok(no),
                };
                if use_pairs {
                    pairs.push(vm.new_tuple(vec![key, val]));
                } else {
                    crate::runtime::dictops::dict_set(vm, &dict, key, val)?;
                }
                idx = ws(s, next);
                if idx < s.len() && s[idx] == '}' {
                    break;
                }
                if idx >= s.len() || s[idx] != ',' {
                    return Err(decode_error(vm, "Expecting ',' delimiter", d.value, idx));
                }
                idx = ws(s, idx + 1);
            }
        }
        let end = idx + 1;
        if use_pairs {
            let r = vm.call(&self.pairs_hook, vec![vm.new_list(pairs)])?;
            return Ok(Scan::Value(r, end));
        }
        let mut r = Value::Obj(dict);
        if !self.object_hook.is_none() {
            r = vm.call(&self.object_hook, vec![r])?;
        }
        Ok(Scan::Value(r, end))
    }

    fn array(&self, vm: &Vm, d: &Doc, start: usize) -> PyResult<Scan> {
        let s = d.chars;
        let mut idx = ws(s, start);
        let mut items = Vec::new();
        if idx >= s.len() || s[idx] != ']' {
            while idx < s.len() {
                let (val, next) = match self.scan(vm, d, idx)? {
                    Scan::Value(v, n) => (v, n),
                    no => return Ok(no),
                };
                items.push(val);
                idx = ws(s, next);
                if idx < s.len() && s[idx] == ']' {
                    break;
                }
                if idx >= s.len() || s[idx] != ',' {
                    return Err(decode_error(vm, "Expecting ',' delimiter", d.value, idx));
                }
                idx = ws(s, idx + 1);
            }
        }
        if idx >= s.len() || s[idx] != ']' {
            return Ok(Scan::NoValue(idx));
        }
        Ok(Scan::Value(vm.new_list(items), idx + 1))
    }

    fn number(&self, vm: &Vm, d: &Doc, start: usize) -> PyResult<Scan> {
        let s = d.chars;
        let n = s.len();
        let digit = |i: usize| i < n && s[i].is_ascii_digit();
        let mut idx = start;
        if s[idx] == '-' {
            idx += 1;
            if idx >= n {
                return Ok(Scan::NoValue(start));
            }
        }
        if ('1'..='9').contains(&s[idx]) {
            idx += 1;
            while digit(idx) {
                idx += 1;
            }
        } else if s[idx] == '0' {
            idx += 1;
        } else {
            return Ok(Scan::NoValue(start));
        }
        let mut is_float = false;
        if idx + 1 < n && s[idx] == '.' && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if idx + 1 < n && (s[idx] == 'e' || s[idx] == 'E') {
            let e_start = idx;
            idx += 1;
            if idx + 1 < n && (s[idx] == '-' || s[idx] == '+') {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if s[idx - 1].is_ascii_digit() {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = s[start..idx].iter().collect();
        let default_float =
            matches!(&self.parse_float, Value::Type(t) if std::rc::Rc::ptr_eq(t, &vm.t.float));
        let default_int =
            matches!(&self.parse_int, Value::Type(t) if std::rc::Rc::ptr_eq(t, &vm.t.int));
        let v = if is_float {
            if default_float {
                Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call(&self.parse_float, vec![vm.new_string(text)])?
            }
        } else if default_int {
            let t = Value::Type(vm.t.int.clone());
            vm.call(&t, vec![vm.new_string(text)])?
        } else {
            vm.call(&self.parse_int, vec![vm.new_string(text)])?
        };
        Ok(Scan::Value(v, idx))
    }
}

fn make_scanner(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("make_scanner.__new__(X): X is not a type object"));
    };
    let ctx = arg(&args, 1);
    let get = |n: &str| crate::runtime::attr::getattr_str(vm, &ctx, n);
    let state = Scanner {
        strict: crate::runtime::ops::truthy(vm, &get("strict")?)?,
        object_hook: get("object_hook")?,
        pairs_hook: get("object_pairs_hook")?,
        parse_float: get("parse_float")?,
        parse_int: get("parse_int")?,
        parse_constant: get("parse_constant")?,
        memo: vm.new_dict_obj(),
    };
    Ok(native_data::make(vm, &cls, state))
}

fn scanner_call(vm: &Vm, args: Args) -> PyResult {
    let Some(sc) = args.pos.first().and_then(native_data::get::<Scanner>) else {
        return Err(vm.type_error("a scanner is required"));
    };
    let doc = arg(&args, 1);
    let chars = chars_of(vm, &doc, "scan_once")?;
    let idx = crate::runtime::convert::index_value(vm, &arg(&args, 2))?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let d = Doc {
        chars: &chars,
        value: &doc,
    };
    let r = sc.scan(vm, &d, idx as usize);
    if let Some(Payload::Dict(m)) = Some(&sc.memo.payload) {
        let old = std::mem::take(&mut *m.borrow_mut());
        drop(old);
    }
    match r? {
        Scan::Value(v, end) => Ok(vm.new_tuple(vec![v, Value::Int(end as i64)])),
        Scan::NoValue(at) => Err(vm.stop_iteration(Some(Value::Int(at as i64)))),
    }
}

fn encode(vm: &Vm, args: &Args, ascii: bool) -> PyResult {
    let v = arg(args, 0);
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&v)
        )));
    };
    let mut out = String::with_capacity(s.len() + 2);
    escape(s, ascii, &mut out);
    Ok(vm.new_string(out))
}

// ----- encoder --------------------------------------------------------------------

struct Encoder {
    markers: Value,
    default: Value,
    encoder: Value,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// `encoder` is one of ours: escape natively instead of calling it.
    native_ascii: Option<bool>,
}

impl NativeData for Encoder {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.markers);
        f(&self.default);
        f(&self.encoder);
        true
    }
}

fn escape(s: &str, ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) >= 0x7f) => {
                let cp = c as u32;
                if cp >= 0x10000 {
                    let v = cp - 0x10000;
                    out.push_str(&format!(
                        "\\u{:04x}\\u{:04x}",
                        0xD800 + (v >> 10),
                        0xDC00 + (v & 0x3ff)
                    ));
                } else {
                    out.push_str(&format!("\\u{:04x}", cp));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn string(&self, vm: &Vm, v: &Value, out: &mut String) -> PyResult<()> {
        if let (Some(ascii), Some(s)) = (self.native_ascii, v.as_str()) {
            escape(s, ascii, out);
            return Ok(());
        }
        let r = vm.call(&self.encoder, vec![v.clone()])?;
        match r.as_str() {
            Some(s) => {
                out.push_str(s);
                Ok(())
            }
            None => Err(vm.type_error(format!(
                "encoder() must return a string, not {}",
                vm.type_name(&r)
            ))),
        }
    }

    fn float(&self, vm: &Vm, f: f64, v: &Value) -> PyResult<String> {
        if !f.is_finite() {
            if !self.allow_nan {
                return Err(vm.value_error("Out of range float values are not JSON compliant"));
            }
            return Ok(if f.is_nan() {
                "NaN".into()
            } else if f > 0.0 {
                "Infinity".into()
            } else {
                "-Infinity".into()
            });
        }
        let _ = v;
        Ok(crate::runtime::numfmt::float_repr(f))
    }

    fn int_repr(&self, vm: &Vm, v: &Value) -> PyResult<String> {
        let n = crate::runtime::ops::to_bigint(vm, v)?;
        Ok(n.to_string())
    }

    fn enter(&self, vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
        let Some(m) = self.markers.as_obj() else {
            return Ok(None);
        };
        let id = Value::Int(v.identity() as i64);
        if crate::runtime::dictops::dict_get(vm, m, &id)?.is_some() {
            return Err(vm.value_error("Circular reference detected"));
        }
        crate::runtime::dictops::dict_set(vm, m, id.clone(), v.clone())?;
        Ok(Some(id))
    }

    fn leave(&self, vm: &Vm, id: Option<Value>) -> PyResult<()> {
        if let (Some(id), Some(m)) = (id, self.markers.as_obj()) {
            crate::runtime::dictops::dict_del(vm, m, &id)?;
        }
        Ok(())
    }

    fn value(&self, vm: &Vm, v: &Value, out: &mut String) -> PyResult<()> {
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&self.float(vm, *f, v)?),
            _ => match v.payload() {
                Some(Payload::Str(_)) => self.string(vm, v, out)?,
                Some(Payload::Int(_)) => out.push_str(&self.int_repr(vm, v)?),
                Some(Payload::Float(f)) => out.push_str(&self.float(vm, *f, v)?),
                Some(Payload::List(_) | Payload::Tuple(_)) => self.list(vm, v, out)?,
                Some(Payload::Dict(_)) => self.dict(vm, v, out)?,
                _ => {
                    let id = self.enter(vm, v)?;
                    let new = vm.call(&self.default, vec![v.clone()])?;
                    crate::tiers::interp::enter_recursion(vm)?;
                    let r = self.value(vm, &new, out);
                    vm.depth.set(vm.depth.get() - 1);
                    r?;
                    self.leave(vm, id)?;
                }
            },
        }
        Ok(())
    }

    fn list(&self, vm: &Vm, v: &Value, out: &mut String) -> PyResult<()> {
        let items = crate::runtime::iter::collect(vm, v)?;
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        let id = self.enter(vm, v)?;
        out.push('[');
        crate::tiers::interp::enter_recursion(vm)?;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_separator);
            }
            if let Err(e) = self.value(vm, item, out) {
                vm.depth.set(vm.depth.get() - 1);
                return Err(e);
            }
        }
        vm.depth.set(vm.depth.get() - 1);
        out.push(']');
        self.leave(vm, id)
    }

    fn key(&self, vm: &Vm, k: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match k {
            Value::None => vm.new_str("null"),
            Value::Bool(b) => vm.new_str(if *b { "true" } else { "false" }),
            Value::Int(_) => vm.new_string(self.int_repr(vm, k)?),
            Value::Float(f) => vm.new_string(self.float(vm, *f, k)?),
            _ => match k.payload() {
                Some(Payload::Str(_)) => k.clone(),
                Some(Payload::Int(_)) => vm.new_string(self.int_repr(vm, k)?),
                Some(Payload::Float(f)) => vm.new_string(self.float(vm, *f, k)?),
                _ if self.skipkeys => return Ok(None),
                _ => {
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(k)
                    )))
                }
            },
        }))
    }

    fn dict(&self, vm: &Vm, v: &Value, out: &mut String) -> PyResult<()> {
        let Some(o) = v.as_obj() else {
            return Ok(());
        };
        let mut items = crate::runtime::dictops::items(o);
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        let id = self.enter(vm, v)?;
        if self.sort_keys {
            let keyed: Vec<Value> = items
                .iter()
                .map(|(k, val)| vm.new_tuple(vec![k.clone(), val.clone()]))
                .collect();
            let sorted = crate::runtime::sort::sorted_values(vm, keyed, None, false)?;
            items = sorted
                .into_iter()
                .filter_map(|t| match t.payload() {
                    Some(Payload::Tuple(p)) if p.len() == 2 => Some((p[0].clone(), p[1].clone())),
                    _ => None,
                })
                .collect();
        }
        out.push('{');
        crate::tiers::interp::enter_recursion(vm)?;
        let mut first = true;
        let r = (|| -> PyResult<()> {
            for (k, val) in &items {
                let Some(key) = self.key(vm, k)? else {
                    continue;
                };
                if !first {
                    out.push_str(&self.item_separator);
                }
                first = false;
                self.string(vm, &key, out)?;
                out.push_str(&self.key_separator);
                self.value(vm, val, out)?;
            }
            Ok(())
        })();
        vm.depth.set(vm.depth.get() - 1);
        r?;
        out.push('}');
        self.leave(vm, id)
    }
}

fn make_encoder(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(vm.type_error("make_encoder.__new__(X): X is not a type object"));
    };
    let a = &args.pos[1..];
    if a.len() != 9 {
        return Err(vm.type_error(format!(
            "make_encoder() takes 9 arguments ({} given)",
            a.len()
        )));
    }
    if !a[3].is_none() {
        return Err(
            vm.not_implemented_error("_json.make_encoder with an indent is not supported yet")
        );
    }
    let text = |v: &Value, what: &str| -> PyResult<String> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| vm.type_error(format!("make_encoder() argument {} must be str", what)))
    };
    let native_ascii = match &a[2] {
        Value::Obj(o) => match &o.payload {
            Payload::Builtin(b) if b.name == "encode_basestring_ascii" => Some(true),
            Payload::Builtin(b) if b.name == "encode_basestring" => Some(false),
            _ => None,
        },
        _ => None,
    };
    let state = Encoder {
        markers: a[0].clone(),
        default: a[1].clone(),
        encoder: a[2].clone(),
        key_separator: text(&a[4], "5")?,
        item_separator: text(&a[5], "6")?,
        sort_keys: crate::runtime::ops::truthy(vm, &a[6])?,
        skipkeys: crate::runtime::ops::truthy(vm, &a[7])?,
        allow_nan: crate::runtime::ops::truthy(vm, &a[8])?,
        native_ascii,
    };
    Ok(native_data::make(vm, &cls, state))
}

fn encoder_call(vm: &Vm, args: Args) -> PyResult {
    let Some(enc) = args.pos.first().and_then(native_data::get::<Encoder>) else {
        return Err(vm.type_error("an encoder is required"));
    };
    let mut out = String::new();
    enc.value(vm, &arg(&args, 1), &mut out)?;
    Ok(vm.new_tuple(vec![vm.new_string(out)]))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_json");
    let d = m.dict.get().expect("module dict").clone();
    let t = native_data::new_type(vm, "_json", "Scanner");
    crate::runtime::setup::add_staticmethod(vm, &t, "__new__", make_scanner);
    crate::runtime::setup::add_method(vm, &t, "__init__", |_, _| Ok(Value::None));
    crate::runtime::setup::add_method(vm, &t, "__call__", scanner_call);
    SCANNER.with(|s| *s.borrow_mut() = Some(t.clone()));
    let _ = vm.dict_set_str(&d, "make_scanner", Value::Type(t));
    let e = native_data::new_type(vm, "_json", "Encoder");
    crate::runtime::setup::add_staticmethod(vm, &e, "__new__", make_encoder);
    crate::runtime::setup::add_method(vm, &e, "__init__", |_, _| Ok(Value::None));
    crate::runtime::setup::add_method(vm, &e, "__call__", encoder_call);
    let _ = vm.dict_set_str(&d, "make_encoder", Value::Type(e));
    for (name, f) in [
        ("scanstring", scanstring as NativeFn),
        ("encode_basestring_ascii", |vm, a| encode(vm, &a, true)),
        ("encode_basestring", |vm, a| encode(vm, &a, false)),
    ] {
        let _ = vm.dict_set_str(&d, name, vm.new_builtin(name, f));
    }
    m
}
