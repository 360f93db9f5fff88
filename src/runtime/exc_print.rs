//! The uncaught-exception report, as CPython 3.11's `PyErr_Display`
//! (`Python/pythonrun.c` + `Python/traceback.c`) prints it.
//!
//! An exception is printed after its chain (`__cause__` "The above exception was
//! the direct cause…", or `__context__` "During handling…" unless suppressed),
//! each exception at most once. A traceback entry is the `File` line, the source
//! line with its indentation removed, and the column-marker line of
//! `frontend::positions`; runs of more than three identical entries collapse to
//! "[Previous line repeated N more times]".
//!
//! Exception groups are drawn as nested boxes. A context tracks the group depth:
//! at depth d > 0 every line is prefixed by 2·d spaces and `| ` (the top group's
//! traceback header gets `+ ` instead), each sub-exception is introduced by
//! `+-+---- 1 ----` / `  +---- 2 ----` at the parent's indent, at most 15 are
//! shown ("and N more exceptions"), nesting stops at depth 10, and the last
//! sub-exception of the innermost group closes the box with `+------…`. The
//! "[Previous line repeated …]" line is written without the margin, like C does.
use std::rc::Rc;

use crate::runtime::exceptions::{exc_data, exception_only, source_line_raw};
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct Ctx {
    out: String,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> usize {
        2 * self.depth
    }
    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }
    /// `_Py_WriteIndentedMargin(EXC_INDENT, EXC_MARGIN)`.
    fn write_margin(&mut self) {
        let s = format!("{}{}", " ".repeat(self.indent()), self.margin());
        self.out.push_str(&s);
    }
}

fn ptr(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as *const u8 as usize
}

fn is_group(vm: &Vm, o: &ObjRef) -> bool {
    o.class.is_subtype(&vm.exc_type("BaseExceptionGroup"))
}

pub fn format_exception(vm: &Vm, exc: &ObjRef) -> String {
    let mut ctx = Ctx {
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    print_recursive(vm, &mut ctx, exc, 0);
    ctx.out
}

fn print_recursive(vm: &Vm, ctx: &mut Ctx, exc: &ObjRef, level: usize) {
    if level > 200 {
        return;
    }
    print_cause_and_context(vm, ctx, exc, level);
    if is_group(vm, exc) {
        print_group(vm, ctx, exc, level);
    } else {
        print_one(vm, ctx, exc);
    }
}

fn print_cause_and_context(vm: &Vm, ctx: &mut Ctx, exc: &ObjRef, level: usize) {
    ctx.seen.push(ptr(exc));
    let Some(d) = exc_data(exc) else {
        return;
    };
    let (cause, context, suppress) = {
        let d = d.borrow();
        (d.cause.clone(), d.context.clone(), d.suppress_context)
    };
    if let Some(c) = cause {
        if let Value::Obj(c) = c {
            if !ctx.seen.contains(&ptr(&c)) {
                print_chained(
                    vm,
                    ctx,
                    &c,
                    "The above exception was the direct cause of the following exception:\n",
                    level,
                );
            }
        }
        return;
    }
    if suppress {
        return;
    }
    if let Some(Value::Obj(c)) = context {
        if !ctx.seen.contains(&ptr(&c)) {
            print_chained(
                vm,
                ctx,
                &c,
                "During handling of the above exception, another exception occurred:\n",
                level,
            );
        }
    }
}

fn print_chained(vm: &Vm, ctx: &mut Ctx, exc: &ObjRef, message: &str, level: usize) {
    let need_close = ctx.need_close;
    print_recursive(vm, ctx, exc, level + 1);
    ctx.need_close = need_close;
    ctx.write_margin();
    ctx.out.push('\n');
    ctx.write_margin();
    ctx.out.push_str(message);
    ctx.write_margin();
    ctx.out.push('\n');
}

fn print_one(vm: &Vm, ctx: &mut Ctx, exc: &ObjRef) {
    print_traceback(vm, ctx, exc);
    let text = exception_only(vm, exc);
    let syntax = exc.class.is_subtype(&vm.exc_type("SyntaxError"));
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i == 0 || syntax {
            ctx.write_margin();
        }
        ctx.out.push_str(line);
    }
    if let Some(d) = exc_data(exc) {
        let notes = d.borrow().notes.clone();
        for n in notes {
            let s = match n.as_str() {
                Some(s) => s.to_string(),
                None => crate::runtime::ops::str_(vm, &n)
                    .unwrap_or_else(|_| "<note str() failed>".to_string()),
            };
            for line in s.split('\n') {
                ctx.write_margin();
                ctx.out.push_str(line);
                ctx.out.push('\n');
            }
        }
    }
}

fn print_traceback(vm: &Vm, ctx: &mut Ctx, exc: &ObjRef) {
    let Some(d) = exc_data(exc) else {
        return;
    };
    let tb = d.borrow().traceback.clone();
    if tb.is_empty() {
        return;
    }
    let indent = " ".repeat(ctx.indent());
    let margin = ctx.margin();
    let (header, header_margin) = if is_group(vm, exc) {
        (
            "Exception Group Traceback (most recent call last):\n",
            if ctx.depth == 1 { "+ " } else { margin },
        )
    } else {
        ("Traceback (most recent call last):\n", margin)
    };
    let out = &mut ctx.out;
    out.push_str(&indent);
    out.push_str(header_margin);
    out.push_str(header);
    let pre = format!("{}{}", indent, margin);
    let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
    let mut count = 0usize;
    let flush = |out: &mut String, count: usize| {
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n > 1 { "s" } else { "" }
            ));
        }
    };
    for e in tb.iter().rev() {
        let key = (e.filename.clone(), e.line, e.name.clone());
        if last.as_ref() != Some(&key) {
            flush(out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > 3 {
            continue;
        }
        out.push_str(&format!(
            "{}  File \"{}\", line {}, in {}\n",
            pre, e.filename, e.line, e.name
        ));
        if let Some(raw) = source_line_raw(&e.filename, e.line) {
            let src = raw.trim_start_matches([' ', '\t', '\x0c']);
            if !src.trim_end().is_empty() {
                out.push_str(&format!("{}    {}\n", pre, src));
                if e.position.line == e.line {
                    if let Some(m) = crate::frontend::positions::marker_line(&raw, e.position) {
                        out.push_str(&pre);
                        out.push_str(&m);
                    }
                }
            }
        }
    }
    flush(out, count);
}

fn print_group(vm: &Vm, ctx: &mut Ctx, exc: &ObjRef, level: usize) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.write_margin();
        ctx.out
            .push_str(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
        return;
    }
    if ctx.depth == 0 {
        ctx.depth += 1;
    }
    print_one(vm, ctx, exc);
    let excs = crate::runtime::exc_group::group_exceptions(vm, exc);
    let num = excs.len();
    let n = if num <= MAX_GROUP_WIDTH {
        num
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for (i, sub) in excs.iter().take(n).enumerate() {
        let last_exc = i == n - 1;
        if last_exc {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let lead = if i == 0 { "+-" } else { "  " };
        let label = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let line = format!(
            "{}{}+---------------- {} ----------------\n",
            " ".repeat(ctx.indent()),
            lead,
            label
        );
        ctx.out.push_str(&line);
        ctx.depth += 1;
        if !truncated {
            if let Value::Obj(o) = sub {
                print_recursive(vm, ctx, o, level + 1);
            }
        } else {
            let remaining = num - MAX_GROUP_WIDTH;
            ctx.write_margin();
            ctx.out.push_str(&format!(
                "and {} more exception{}\n",
                remaining,
                if remaining > 1 { "s" } else { "" }
            ));
        }
        if last_exc && ctx.need_close {
            let line = format!(
                "{}+------------------------------------\n",
                " ".repeat(ctx.indent())
            );
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if ctx.depth == 1 {
        ctx.depth -= 1;
    }
}
