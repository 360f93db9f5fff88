//! `re.Match`: the spans a successful match captured, over the subject it ran
//! on, with CPython's accessors (`group`, `groups`, `groupdict`, `span`,
//! `lastindex`, `expand` …) and repr.
use super::engine::State;
use super::subject::Subject;
use super::{arg, pattern_of};
use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::{add_classmethod, add_method};
use crate::runtime::vm::Vm;

pub struct Match {
    pattern: Value,
    subject: Subject,
    /// Group 0 and each capturing group: its span, if it took part.
    spans: Vec<Option<(usize, usize)>>,
    pos: usize,
    endpos: usize,
    lastindex: i64,
}

impl NativeData for Match {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.pattern);
        f(self.subject.value());
        true
    }
}

/// The span of group `g` (0 = the whole match) after a successful attempt.
pub fn span_of(st: &State, whole: (usize, usize), g: usize) -> Option<(usize, usize)> {
    if g == 0 {
        return Some(whole);
    }
    let i = 2 * (g - 1);
    if (i + 1) as i64 > st.lastmark {
        return None;
    }
    match (
        st.marks.get(i).copied().flatten(),
        st.marks.get(i + 1).copied().flatten(),
    ) {
        (Some(a), Some(b)) if a <= b => Some((a, b)),
        _ => None,
    }
}

pub fn make(
    vm: &Vm,
    pattern: &Value,
    subject: &Subject,
    st: &State,
    whole: (usize, usize),
    pos: usize,
    endpos: usize,
) -> PyResult {
    let p = pattern_of(vm, pattern)?;
    let spans = (0..=p.groups).map(|g| span_of(st, whole, g)).collect();
    Ok(native_data::make(
        vm,
        &super::types(vm)?.matchobj,
        Match {
            pattern: pattern.clone(),
            subject: subject.share(),
            spans,
            pos,
            endpos,
            lastindex: st.lastindex,
        },
    ))
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Match> {
    args.pos
        .first()
        .and_then(native_data::get::<Match>)
        .ok_or_else(|| vm.type_error("a re.Match object is required"))
}

/// A group number from an index or a group name.
fn group_index(vm: &Vm, m: &Match, g: &Value) -> PyResult<usize> {
    let n = match g {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ if g.as_str().is_some() => {
            let p = pattern_of(vm, &m.pattern)?;
            match crate::runtime::ops::getitem(vm, &p.groupindex, g) {
                Ok(v) => crate::runtime::convert::index_value(vm, &v).ok(),
                Err(_) => None,
            }
        }
        _ if crate::runtime::convert::is_index(vm, g) => {
            Some(crate::runtime::convert::index_value(vm, g)?)
        }
        _ => None,
    };
    match n {
        Some(i) if i >= 0 && (i as usize) < m.spans.len() => Ok(i as usize),
        _ => Err(vm.index_error("no such group")),
    }
}

fn group_value(vm: &Vm, m: &Match, g: usize, default: &Value) -> Value {
    match m.spans[g] {
        Some((a, b)) => m.subject.slice(vm, a, b),
        None => default.clone(),
    }
}

fn m_group(vm: &Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    let gs = &args.pos[1..];
    match gs.len() {
        0 => Ok(group_value(vm, m, 0, &Value::None)),
        1 => Ok(group_value(
            vm,
            m,
            group_index(vm, m, &gs[0])?,
            &Value::None,
        )),
        _ => {
            let mut out = Vec::new();
            for g in gs {
                out.push(group_value(vm, m, group_index(vm, m, g)?, &Value::None));
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn default_arg(mut args: Args) -> Value {
    args.take_kw("default")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::None)
}

fn m_groups(vm: &Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    let d = default_arg(Args::with_kw(args.pos.clone(), args.kw.clone()));
    Ok(vm.new_tuple(
        (1..m.spans.len())
            .map(|g| group_value(vm, m, g, &d))
            .collect(),
    ))
}

fn m_groupdict(vm: &Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    let d = default_arg(Args::with_kw(args.pos.clone(), args.kw.clone()));
    let p = pattern_of(vm, &m.pattern)?;
    let out = vm.new_dict_obj();
    let Some(index) = p.groupindex.as_obj() else {
        return Ok(Value::Obj(out));
    };
    for (name, idx) in crate::runtime::dictops::items(index) {
        let g = crate::runtime::convert::index_value(vm, &idx)? as usize;
        if g < m.spans.len() {
            crate::runtime::dictops::dict_set(vm, &out, name, group_value(vm, m, g, &d))?;
        }
    }
    Ok(Value::Obj(out))
}

fn span_part(vm: &Vm, args: Args, part: u8) -> PyResult {
    let m = this(vm, &args)?;
    let g = match args.pos.get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    let (a, b) = match m.spans[g] {
        Some((a, b)) => (a as i64, b as i64),
        None => (-1, -1),
    };
    Ok(match part {
        0 => Value::Int(a),
        1 => Value::Int(b),
        _ => vm.new_tuple(vec![Value::Int(a), Value::Int(b)]),
    })
}

fn m_repr(vm: &Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    let (a, b) = m.spans[0].unwrap_or((0, 0));
    let text = crate::runtime::ops::repr(vm, &m.subject.slice(vm, a, b))?;
    Ok(vm.new_string(format!(
        "<re.Match object; span=({}, {}), match={}>",
        a, b, text
    )))
}

fn m_expand(vm: &Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    let re = crate::runtime::import::import_module(vm, "re")?;
    let f = crate::runtime::attr::getattr_str(vm, &re, "_expand")?;
    vm.call(
        &f,
        vec![m.pattern.clone(), args.pos[0].clone(), arg(&args, 1)],
    )
}

fn m_lastgroup(vm: &Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    if m.lastindex < 0 {
        return Ok(Value::None);
    }
    let p = pattern_of(vm, &m.pattern)?;
    match crate::runtime::ops::getitem(vm, &p.indexgroup, &Value::Int(m.lastindex)) {
        Ok(v) => Ok(v),
        Err(_) => Ok(Value::None),
    }
}

fn m_regs(vm: &Vm, args: Args) -> PyResult {
    let m = this(vm, &args)?;
    Ok(vm.new_tuple(
        m.spans
            .iter()
            .map(|s| {
                let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
                vm.new_tuple(vec![Value::Int(a), Value::Int(b)])
            })
            .collect(),
    ))
}

pub fn make_type(vm: &Vm) -> TypeRef {
    let t = native_data::new_type(vm, "re", "Match");
    let methods: [(&'static str, NativeFn); 12] = [
        ("group", m_group),
        ("__getitem__", |vm, a| {
            let m = this(vm, &a)?;
            Ok(group_value(
                vm,
                m,
                group_index(vm, m, &arg(&a, 1))?,
                &Value::None,
            ))
        }),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", |vm, a| span_part(vm, a, 0)),
        ("end", |vm, a| span_part(vm, a, 1)),
        ("span", |vm, a| span_part(vm, a, 2)),
        ("expand", m_expand),
        ("__repr__", m_repr),
        ("__bool__", |_, _| Ok(Value::Bool(true))),
        ("__copy__", |_, a| Ok(a.pos[0].clone())),
        ("__deepcopy__", |_, a| Ok(a.pos[0].clone())),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, f);
    }
    let getters: [(&'static str, NativeFn); 7] = [
        ("string", |vm, a| Ok(this(vm, &a)?.subject.value().clone())),
        ("re", |vm, a| Ok(this(vm, &a)?.pattern.clone())),
        ("pos", |vm, a| Ok(Value::Int(this(vm, &a)?.pos as i64))),
        ("endpos", |vm, a| {
            Ok(Value::Int(this(vm, &a)?.endpos as i64))
        }),
        ("lastindex", |vm, a| {
            let m = this(vm, &a)?;
            Ok(if m.lastindex < 0 {
                Value::None
            } else {
                Value::Int(m.lastindex)
            })
        }),
        ("lastgroup", m_lastgroup),
        ("regs", m_regs),
    ];
    for (name, f) in getters {
        crate::runtime::builtin_types::int::add_getter(vm, &t, name, f);
    }
    add_classmethod(
        vm,
        &t,
        "__class_getitem__",
        crate::runtime::builtin_types::generic_alias::class_getitem,
    );
    t
}
