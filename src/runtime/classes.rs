//! Class creation: `__build_class__`, `type(name, bases, ns)`, and the C3 MRO.
//!
//! `class C(B, metaclass=M): body` runs as CPython does: pick the most derived
//! metaclass of M and the bases' metaclasses, call `M.__prepare__` for the
//! namespace, execute the body function with that namespace as its locals, call
//! `M(name, bases, ns, **kw)`, and fill the `__class__` cell (used by zero-arg
//! `super()`) with the result. `type.__new__` computes the MRO by C3
//! linearisation, decides the instance layout (`BaseKind`) from the bases — at
//! most one built-in layout may be inherited, else "multiple bases have instance
//! lay-out conflict" — and runs `__set_name__` and `__init_subclass__` hooks.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::attr;
use crate::runtime::dict::PyDict;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

/// C3 linearisation of `bases` for a new class (the class itself is prepended by the caller).
pub fn c3_mro(vm: &Vm, name: &str, bases: &[TypeRef]) -> PyResult<Vec<TypeRef>> {
    let mut seqs: Vec<Vec<TypeRef>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<TypeRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name().to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            let _ = name;
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn metaclass_of(vm: &Vm, t: &TypeRef) -> TypeRef {
    t.metaclass
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.t.type_.clone())
}

fn most_derived_metaclass(vm: &Vm, meta: TypeRef, bases: &[TypeRef]) -> PyResult<TypeRef> {
    let mut winner = meta;
    for b in bases {
        let bm = metaclass_of(vm, b);
        if winner.is_subtype(&bm) {
            continue;
        }
        if bm.is_subtype(&winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`
pub fn build_class(vm: &Vm, mut args: Args) -> PyResult {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args.pos[0].clone();
    let name = args.pos[1].clone();
    let orig_bases: Vec<Value> = args.pos[2..].to_vec();
    // PEP 560: __mro_entries__
    let mut bases_v = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if !matches!(b, Value::Type(_)) {
            if let Some(me) = attr::getattr_opt(vm, b, "__mro_entries__")? {
                let r = vm.call(&me, vec![vm.new_tuple(orig_bases.clone())])?;
                bases_v.extend(crate::runtime::iter::collect(vm, &r)?);
                changed = true;
                continue;
            }
        }
        bases_v.push(b.clone());
    }
    let meta_kw = args.take_kw("metaclass");
    let mut bases = Vec::new();
    for b in &bases_v {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    let meta: Value = match meta_kw {
        Some(Value::Type(m)) => Value::Type(most_derived_metaclass(vm, m, &bases)?),
        Some(other) => other,
        None => {
            let first = bases
                .first()
                .map(|b| metaclass_of(vm, b))
                .unwrap_or_else(|| vm.t.type_.clone());
            Value::Type(most_derived_metaclass(vm, first, &bases)?)
        }
    };
    let bases_tuple = vm.new_tuple(bases_v.clone());
    let ns = match attr::getattr_opt(vm, &meta, "__prepare__")? {
        Some(p) => vm.call_args(
            &p,
            Args::with_kw(vec![name.clone(), bases_tuple.clone()], args.kw.clone()),
        )?,
        None => vm.new_dict(),
    };
    let Value::Obj(ns_obj) = &ns else {
        return Err(vm.type_error("__prepare__() must return a mapping"));
    };
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let closure = f.closure.clone();
    crate::tiers::interp::run_code_in(
        vm,
        f.code.clone(),
        f.globals.clone(),
        Some(ns_obj.clone()),
        &closure,
    )?;
    if changed {
        crate::runtime::dictops::mapping_set(
            vm,
            ns_obj,
            vm.intern("__orig_bases__"),
            vm.new_tuple(orig_bases),
        )?;
    }
    let cls = vm.call_args(
        &meta,
        Args::with_kw(vec![name, bases_tuple, ns.clone()], args.kw),
    )?;
    if let Some(cell) =
        crate::runtime::dictops::mapping_get(vm, ns_obj, &vm.intern("__classcell__"))?
    {
        if let Some(Payload::Cell(c)) = cell.payload() {
            *c.borrow_mut() = Some(cls.clone());
        }
    }
    Ok(cls)
}

fn solid_kind(vm: &Vm, bases: &[TypeRef]) -> PyResult<BaseKind> {
    let mut kind = BaseKind::Object;
    for b in bases {
        let k = match b.kind {
            BaseKind::Bool => {
                return Err(vm.type_error("type 'bool' is not an acceptable base type"))
            }
            BaseKind::Internal => {
                return Err(vm.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )))
            }
            k => k,
        };
        if k == BaseKind::Object {
            continue;
        }
        if kind == BaseKind::Object || kind == k {
            kind = k;
        } else {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(kind)
}

/// `type.__new__(meta, name, bases, ns, **kw)`
pub fn type_new(vm: &Vm, args: Args) -> PyResult {
    let Some(Value::Type(meta)) = args.pos.first() else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let meta = meta.clone();
    if args.pos.len() == 2 && Rc::ptr_eq(&meta, &vm.t.type_) {
        return Ok(Value::Type(vm.type_of(&args.pos[1])));
    }
    if args.pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = args.pos[1]
        .as_str()
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(&args.pos[1])
            ))
        })?
        .to_string();
    let bases_v = crate::runtime::iter::collect(vm, &args.pos[2])?;
    let Value::Obj(ns) = &args.pos[3] else {
        return Err(vm.type_error("type.__new__() argument 3 must be dict"));
    };
    let mut bases = Vec::new();
    for b in &bases_v {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    // The most derived metaclass of the bases decides, as in CPython's
    // `type_new`: `type('E', (SomeEnum,), ns)` is built by `EnumType.__new__`.
    let winner = most_derived_metaclass(vm, meta.clone(), &bases)?;
    if !Rc::ptr_eq(&winner, &meta) {
        if let Some((new, owner)) = attr::lookup_type_with_owner(&winner, "__new__") {
            if !Rc::ptr_eq(&owner, &vm.t.type_) {
                let mut new_args = args.pos.clone();
                new_args[0] = Value::Type(winner.clone());
                let new = attr::bind_descriptor(vm, new, None, &Value::Type(winner.clone()))?;
                return vm.call_args(&new, Args::with_kw(new_args, args.kw));
            }
        }
    }
    let meta = winner;
    if bases.is_empty() {
        bases.push(vm.t.object.clone());
    }
    let kind = solid_kind(vm, &bases)?;
    let items = crate::runtime::dictops::items(ns);
    let slots_v = items
        .iter()
        .find(|(k, _)| k.as_str() == Some("__slots__"))
        .map(|(_, v)| v.clone());
    let slots: Option<Vec<Rc<str>>> = match &slots_v {
        Some(v) => {
            let names = if v.as_str().is_some() {
                vec![v.clone()]
            } else {
                crate::runtime::iter::collect(vm, v)?
            };
            Some(
                names
                    .iter()
                    .filter_map(|n| n.as_str().map(Rc::from))
                    .collect(),
            )
        }
        None => None,
    };
    let wants_dict = match &slots {
        None => true,
        Some(s) => s.iter().any(|n| &**n == "__dict__"),
    };
    let mut dict = PyDict::new();
    for (k, v) in &items {
        let ks = k.as_str().unwrap_or("");
        let v = match (ks, v.payload()) {
            ("__new__", Some(Payload::Function(_))) => Value::Obj(PyObject::new(
                vm.t.staticmethod.clone(),
                Payload::StaticMethod(v.clone()),
            )),
            ("__init_subclass__" | "__class_getitem__", Some(Payload::Function(_))) => Value::Obj(
                PyObject::new(vm.t.classmethod.clone(), Payload::ClassMethod(v.clone())),
            ),
            _ => v.clone(),
        };
        if ks == "__classcell__" {
            continue;
        }
        let h = crate::runtime::ops::hash(vm, k)?;
        dict.push_new(k.clone(), h, v);
    }
    // A class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None).
    let defines = |name: &str| items.iter().any(|(k, _)| k.as_str() == Some(name));
    if defines("__eq__") && !defines("__hash__") {
        let key = vm.intern("__hash__");
        let h = crate::runtime::ops::hash(vm, &key)?;
        dict.push_new(key, h, Value::None);
    }
    let module = items
        .iter()
        .find(|(k, _)| k.as_str() == Some("__module__"))
        .and_then(|(_, v)| v.as_str().map(Rc::from))
        .unwrap_or_else(|| Rc::from("__main__"));
    let qualname = items
        .iter()
        .find(|(k, _)| k.as_str() == Some("__qualname__"))
        .and_then(|(_, v)| v.as_str().map(Rc::from))
        .unwrap_or_else(|| Rc::from(name.as_str()));
    if let Some(Ok(Some(i))) = Some(dict.find_native(
        &vm.intern("__qualname__"),
        crate::runtime::ops::str_hash("__qualname__"),
    )) {
        dict.remove_at(i);
    }
    let mro_tail = c3_mro(vm, &name, &bases)?;
    let t = Rc::new(PyType {
        name: RefCell::new(Rc::from(name.as_str())),
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(dict),
        metaclass: RefCell::new(if Rc::ptr_eq(&meta, &vm.t.type_) {
            None
        } else {
            Some(meta.clone())
        }),
        kind,
        builtin: false,
        version: Cell::new(crate::runtime::attr::next_type_version()),
        has_instance_dict: wants_dict,
        slots,
        weak_self: RefCell::new(std::rc::Weak::new()),
        subclasses: RefCell::new(Vec::new()),
        flags_cache: Cell::new((0, 0)),
    });
    *t.weak_self.borrow_mut() = Rc::downgrade(&t);
    let mut mro = vec![t.clone()];
    mro.extend(mro_tail);
    *t.mro.borrow_mut() = mro;
    for b in &bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&t));
    }
    let tv = Value::Type(t.clone());
    // __set_name__
    let attrs = t.dict.borrow().items();
    for (k, v) in attrs {
        if let Value::Obj(o) = &v {
            if !o.class.builtin {
                if let Some(sn) = attr::lookup_type(&o.class, "__set_name__") {
                    vm.call(&sn, vec![v.clone(), tv.clone(), k.clone()])?;
                }
            }
        }
    }
    // __init_subclass__ of the parent
    let sup = Value::Obj(PyObject::new(
        vm.t.super_.clone(),
        Payload::Super {
            ty: t.clone(),
            obj: tv.clone(),
            obj_type: t.clone(),
        },
    ));
    let isc = attr::getattr_str(vm, &sup, "__init_subclass__")?;
    vm.call_args(&isc, Args::with_kw(vec![], args.kw))?;
    Ok(tv)
}
