//! `_string`: the format-string parser `string.Formatter` is built on.
//! `formatter_parser(s)` yields `(literal, field_name, format_spec, conversion)`
//! for each piece of `s` (the same split `str.format` does), and
//! `formatter_field_name_split(name)` splits `0.attr[key]` into its first part
//! and the chain of attribute/index lookups.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn arg_str(vm: &Vm, args: &Args, func: &str) -> PyResult<Vec<char>> {
    match args.pos.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s.chars().collect()),
        None => Err(vm.type_error(format!("{}() argument must be str", func))),
    }
}

fn text(vm: &Vm, cs: &[char]) -> Value {
    vm.new_string(cs.iter().collect())
}

/// Split a replacement field's body into name, conversion and spec.
fn split_field(vm: &Vm, body: &[char]) -> PyResult<(Value, Value, Value)> {
    let mut i = 0;
    let mut bracket = false;
    while i < body.len() {
        match body[i] {
            '[' => bracket = true,
            ']' => bracket = false,
            ':' | '!' if !bracket => break,
            _ => {}
        }
        i += 1;
    }
    let name = text(vm, &body[..i]);
    let mut conversion = Value::None;
    let mut spec = vm.new_str("");
    if i < body.len() && body[i] == '!' {
        if i + 1 >= body.len() {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        conversion = vm.new_string(body[i + 1].to_string());
        i += 2;
        if i < body.len() && body[i] != ':' {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
    }
    if i < body.len() && body[i] == ':' {
        spec = text(vm, &body[i + 1..]);
    }
    Ok((name, spec, conversion))
}

fn formatter_parser(vm: &Vm, args: Args) -> PyResult {
    let s = arg_str(vm, &args, "formatter_parser")?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let start = i;
        let mut literal_end = i;
        let mut markup = false;
        while i < s.len() {
            let c = s[i];
            i += 1;
            if c == '{' || c == '}' {
                let doubled = i < s.len() && s[i] == c;
                if c == '}' && !doubled {
                    return Err(vm.value_error("Single '}' encountered in format string"));
                }
                if c == '{' && i >= s.len() {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                if doubled {
                    literal_end = i;
                    i += 1;
                } else {
                    literal_end = i - 1;
                    markup = true;
                }
                break;
            }
            literal_end = i;
        }
        let literal = text(vm, &s[start..literal_end]);
        if !markup {
            out.push(vm.new_tuple(vec![literal, Value::None, Value::None, Value::None]));
            continue;
        }
        let body_start = i;
        let mut depth = 1;
        while i < s.len() {
            match s[i] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if depth != 0 {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let (name, spec, conversion) = split_field(vm, &s[body_start..i])?;
        i += 1;
        out.push(vm.new_tuple(vec![literal, name, spec, conversion]));
    }
    let list = vm.new_list(out);
    crate::runtime::iter::get_iter(vm, &list)
}

fn index_or_str(vm: &Vm, cs: &[char]) -> Value {
    if !cs.is_empty() && cs.iter().all(|c| c.is_ascii_digit()) {
        let s: String = cs.iter().collect();
        if let Ok(n) = s.parse::<i64>() {
            return Value::Int(n);
        }
    }
    text(vm, cs)
}

fn formatter_field_name_split(vm: &Vm, args: Args) -> PyResult {
    let s = arg_str(vm, &args, "formatter_field_name_split")?;
    let first_end = s
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(s.len());
    let first = index_or_str(vm, &s[..first_end]);
    let mut rest = Vec::new();
    let mut i = first_end;
    while i < s.len() {
        match s[i] {
            '.' => {
                let start = i + 1;
                let mut j = start;
                while j < s.len() && s[j] != '.' && s[j] != '[' {
                    j += 1;
                }
                if j == start {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                rest.push(vm.new_tuple(vec![Value::Bool(true), text(vm, &s[start..j])]));
                i = j;
            }
            '[' => {
                let start = i + 1;
                let Some(close) = s[start..].iter().position(|&c| c == ']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &s[start..start + close];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                rest.push(vm.new_tuple(vec![Value::Bool(false), index_or_str(vm, key)]));
                i = start + close + 1;
                if i < s.len() && s[i] != '.' && s[i] != '[' {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        }
    }
    let list = vm.new_list(rest);
    Ok(vm.new_tuple(vec![first, crate::runtime::iter::get_iter(vm, &list)?]))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_string");
    if let Some(d) = m.dict.get() {
        for (name, f) in [
            ("formatter_parser", formatter_parser as NativeFn),
            ("formatter_field_name_split", formatter_field_name_split),
        ] {
            let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
        }
    }
    m
}
