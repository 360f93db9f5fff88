//! Binding call arguments to a Python function's parameters.
//!
//! Positional arguments fill positional parameters in order; the surplus goes to
//! `*args` or is an error; keywords fill by name (positional-only names are
//! refused, or swept into `**kwargs`); missing parameters take their defaults;
//! anything still unfilled is reported with CPython's exact message, which
//! names the function by its qualified name and lists the missing parameters
//! ("missing 2 required positional arguments: 'a' and 'b'").
use std::rc::Rc;

use crate::frontend::bytecode::code_flags;
use crate::runtime::dictops;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;
use crate::tiers::frame::Frame;

fn list_names(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

pub fn bind_args(vm: &Vm, func: &PyFunction, frame: &mut Frame, args: Args) -> PyResult<()> {
    let code = func.code.clone();
    let argc = code.argcount;
    let posonly = code.posonlyargcount;
    let kwonly = code.kwonlyargcount;
    let has_varargs = code.flags & code_flags::VARARGS != 0;
    let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
    let qualname = func.qualname.borrow().clone();
    let Args { pos, kw } = args;
    let npos = pos.len();

    // Fast path: exact positional call, no defaults needed.
    if kw.is_empty() && npos == argc && !has_varargs && !has_varkw && kwonly == 0 {
        for (i, v) in pos.into_iter().enumerate() {
            frame.locals[i] = Some(v);
        }
        return Ok(());
    }

    let mut extra = Vec::new();
    for (i, v) in pos.into_iter().enumerate() {
        if i < argc {
            frame.locals[i] = Some(v);
        } else {
            extra.push(v);
        }
    }
    let mut slot = argc + kwonly;
    if has_varargs {
        frame.locals[slot] = Some(vm.new_tuple(extra));
        slot += 1;
    } else if !extra.is_empty() {
        let defaults_n = func.defaults.borrow().len();
        let given_kw = kw
            .iter()
            .filter(|(k, _)| code.varnames[posonly..argc + kwonly].iter().any(|n| n == k))
            .count();
        let takes = if defaults_n > 0 {
            format!("from {} to {}", argc - defaults_n.min(argc), argc)
        } else {
            argc.to_string()
        };
        let plural = if argc == 1 && defaults_n == 0 {
            ""
        } else {
            "s"
        };
        let msg = if given_kw > 0 {
            format!(
                "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
                qualname,
                takes,
                plural,
                npos,
                if npos == 1 { "" } else { "s" },
                given_kw,
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{}() takes {} positional argument{} but {} {} given",
                qualname,
                takes,
                plural,
                npos,
                if npos == 1 { "was" } else { "were" }
            )
        };
        return Err(vm.type_error(msg));
    }
    let kwdict = if has_varkw {
        let d = vm.new_dict_obj();
        frame.locals[slot] = Some(Value::Obj(d.clone()));
        Some(d)
    } else {
        None
    };
    let mut posonly_in_kw: Vec<Rc<str>> = Vec::new();
    for (name, v) in kw {
        let idx = code.varnames[..argc + kwonly]
            .iter()
            .position(|n| *n == name);
        match idx {
            Some(i) if i >= posonly => {
                if frame.locals[i].is_some() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname, name
                    )));
                }
                frame.locals[i] = Some(v);
            }
            _ => match &kwdict {
                Some(d) => {
                    let key = vm.new_str(&name);
                    if dictops::dict_get(vm, d, &key)?.is_some() {
                        return Err(vm.type_error(format!(
                            "{}() got multiple values for keyword argument '{}'",
                            qualname, name
                        )));
                    }
                    dictops::dict_set(vm, d, key, v)?;
                }
                None => {
                    if idx.is_some() {
                        posonly_in_kw.push(name);
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname, name
                    )));
                }
            },
        }
    }
    if !posonly_in_kw.is_empty() {
        let names: Vec<String> = posonly_in_kw.iter().map(|n| n.to_string()).collect();
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname,
            names.join(", ")
        )));
    }
    // Defaults for positional parameters.
    let defaults = func.defaults.borrow();
    let first_default = argc - defaults.len().min(argc);
    let mut missing = Vec::new();
    for i in 0..argc {
        if frame.locals[i].is_none() {
            if i >= first_default {
                frame.locals[i] = Some(defaults[i - first_default].clone());
            } else {
                missing.push(code.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list_names(&missing)
        )));
    }
    // Keyword-only defaults.
    let kwdefaults = func.kwdefaults.borrow().clone();
    let mut missing = Vec::new();
    for i in argc..argc + kwonly {
        if frame.locals[i].is_none() {
            let name = &code.varnames[i];
            let d = match &kwdefaults {
                Some(kd) => vm.dict_get_str(kd, name),
                None => None,
            };
            match d {
                Some(v) => frame.locals[i] = Some(v),
                None => missing.push(name.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list_names(&missing)
        )));
    }
    Ok(())
}
