//! `open()`, file objects, and the `io` module (`StringIO`, `BytesIO`, the
//! `io.*` class names, `UnsupportedOperation`).
//!
//! Why it is built this way:
//!
//! * A file object is an instance of a native class (`_io.TextIOWrapper`,
//!   `_io.BufferedReader` …) whose payload is a `Payload::Cell` holding a small
//!   integer: a handle into the thread-local [`TABLE`] of Rust-side stream
//!   states. The object model has no payload for "arbitrary Rust data", and a
//!   handle in the payload (rather than in the instance dict) keeps the state
//!   invisible to Python code and immune to `vars(f).clear()`. The classes are
//!   non-`builtin` so that `ops::repr` calls their native `__repr__` and the
//!   object's `Drop` queues their native `__del__`, which closes the stream and
//!   frees the table slot when the last reference goes — as CPython's refcounting
//!   closes a forgotten file.
//! * Every method takes the table borrow only for pure Rust work (no call back
//!   into Python while it is held); arguments are converted first.
//! * Writes are buffered in memory and reach the OS on `flush()`, `close()`,
//!   `seek`/`tell`/`truncate`, a read on the same file, the finalizer, a buffer
//!   past 64 KiB, and [`flush_all_open_files`] at interpreter exit.
//! * Text positions (`tell`/`seek`) are byte offsets, which is what CPython's
//!   opaque cookies are for the UTF-8/ASCII/Latin-1 codecs supported here.
//!
//! The stream logic lives in `io/file.rs` (disk files) and `io/memio.rs`
//! (`StringIO`/`BytesIO`); this file holds the classes, the handle table,
//! `open()`'s argument handling, and the shared helpers.
use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::setup::set_type_attr;
use crate::runtime::types::new_type;
use crate::runtime::vm::Vm;

mod file;
mod memio;

pub use file::FileState;
use memio::{ByteBuf, StrBuf};

/// The Rust side of one stream object.
pub enum Stream {
    File(Box<FileState>),
    Str(StrBuf),
    Bytes(ByteBuf),
}

thread_local! {
    static TABLE: RefCell<Vec<Option<Stream>>> = const { RefCell::new(Vec::new()) };
    static FREE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static TYPES: RefCell<Option<Rc<IoTypes>>> = const { RefCell::new(None) };
}

/// The classes of the io machinery, created once.
pub struct IoTypes {
    pub iobase: TypeRef,
    pub raw_base: TypeRef,
    pub buffered_base: TypeRef,
    pub text_base: TypeRef,
    pub text_wrapper: TypeRef,
    pub buffered_reader: TypeRef,
    pub buffered_writer: TypeRef,
    pub buffered_random: TypeRef,
    pub file_io: TypeRef,
    pub string_io: TypeRef,
    pub bytes_io: TypeRef,
    pub unsupported: TypeRef,
}

fn mk_type(name: &str, module: &str, base: &TypeRef) -> TypeRef {
    let t = new_type(name, vec![base.clone()], BaseKind::Object, false, false);
    *t.module.borrow_mut() = Rc::from(module);
    t
}

/// The io classes (created and registered on first use).
pub fn types(vm: &Vm) -> Rc<IoTypes> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    // A linear chain keeps `isinstance(f, io.TextIOBase)` and `io.IOBase` true
    // without ABC registration: io.IOBase <- _io._IOBase <- io.TextIOBase <- ...
    let io_base = mk_type("IOBase", "io", &vm.t.object);
    let iobase = mk_type("_IOBase", "_io", &io_base);
    let raw_abc = mk_type("RawIOBase", "io", &iobase);
    let raw_base = mk_type("_RawIOBase", "_io", &raw_abc);
    let buf_abc = mk_type("BufferedIOBase", "io", &iobase);
    let buffered_base = mk_type("_BufferedIOBase", "_io", &buf_abc);
    let text_abc = mk_type("TextIOBase", "io", &iobase);
    let text_base = mk_type("_TextIOBase", "_io", &text_abc);
    let text_wrapper = mk_type("TextIOWrapper", "_io", &text_base);
    let buffered_reader = mk_type("BufferedReader", "_io", &buffered_base);
    let buffered_writer = mk_type("BufferedWriter", "_io", &buffered_base);
    let buffered_random = mk_type("BufferedRandom", "_io", &buffered_base);
    let file_io = mk_type("FileIO", "_io", &raw_base);
    let string_io = mk_type("StringIO", "_io", &text_base);
    let bytes_io = mk_type("BytesIO", "_io", &buffered_base);
    let unsupported = {
        let os = vm.exc_type("OSError");
        let ve = vm.exc_type("ValueError");
        let t = new_type(
            "UnsupportedOperation",
            vec![os.clone(), ve.clone()],
            BaseKind::Exception,
            true,
            true,
        );
        *t.module.borrow_mut() = Rc::from("io");
        let mut mro = vec![t.clone()];
        mro.extend(os.mro.borrow().iter().cloned());
        let tail = mro.pop(); // object
        for c in ve.mro.borrow().iter() {
            if !mro.iter().any(|m| Rc::ptr_eq(m, c)) && !Rc::ptr_eq(c, &vm.t.object) {
                // Insert ValueError before its bases already present (Exception …).
                let pos = mro
                    .iter()
                    .position(|m| c.is_subtype(m))
                    .unwrap_or(mro.len());
                mro.insert(pos, c.clone());
            }
        }
        mro.extend(tail);
        *t.mro.borrow_mut() = mro;
        t
    };
    let tys = Rc::new(IoTypes {
        iobase: io_base,
        raw_base,
        buffered_base,
        text_base,
        text_wrapper,
        buffered_reader,
        buffered_writer,
        buffered_random,
        file_io,
        string_io,
        bytes_io,
        unsupported,
    });
    for t in [
        &tys.text_wrapper,
        &tys.buffered_reader,
        &tys.buffered_writer,
        &tys.buffered_random,
        &tys.file_io,
    ] {
        file::register_methods(vm, t);
    }
    memio::register_methods(vm, &tys.string_io, &tys.bytes_io);
    TYPES.with(|t| *t.borrow_mut() = Some(tys.clone()));
    tys
}

/// Startup registration: `IOError`/`EnvironmentError` aliases of OSError.
pub fn register(vm: &Vm) {
    let b = vm.builtins_dict();
    let os = Value::Type(vm.exc_type("OSError"));
    let _ = vm.dict_set_str(&b, "IOError", os.clone());
    let _ = vm.dict_set_str(&b, "EnvironmentError", os);
}

/// The `io` module.
pub fn make_module(vm: &Vm) -> ObjRef {
    register(vm);
    let t = types(vm);
    let m = vm.new_module("io");
    if let Some(d) = m.dict.get() {
        let open_f = vm
            .dict_get_str(&vm.builtins_dict(), "open")
            .unwrap_or_else(|| vm.new_builtin("open", open));
        let _ = vm.dict_set_str(d, "open", open_f);
        let text_abc = t
            .text_base
            .bases
            .borrow()
            .first()
            .cloned()
            .unwrap_or_else(|| t.text_base.clone());
        let raw_abc = t
            .raw_base
            .bases
            .borrow()
            .first()
            .cloned()
            .unwrap_or_else(|| t.raw_base.clone());
        let buf_abc = t
            .buffered_base
            .bases
            .borrow()
            .first()
            .cloned()
            .unwrap_or_else(|| t.buffered_base.clone());
        for (name, ty) in [
            ("IOBase", &t.iobase),
            ("RawIOBase", &raw_abc),
            ("BufferedIOBase", &buf_abc),
            ("TextIOBase", &text_abc),
            ("TextIOWrapper", &t.text_wrapper),
            ("BufferedReader", &t.buffered_reader),
            ("BufferedWriter", &t.buffered_writer),
            ("BufferedRandom", &t.buffered_random),
            ("FileIO", &t.file_io),
            ("StringIO", &t.string_io),
            ("BytesIO", &t.bytes_io),
            ("UnsupportedOperation", &t.unsupported),
        ] {
            let _ = vm.dict_set_str(d, name, Value::Type(ty.clone()));
        }
        let _ = vm.dict_set_str(
            d,
            "text_encoding",
            vm.new_builtin("text_encoding", text_encoding),
        );
        let _ = vm.dict_set_str(d, "SEEK_SET", Value::Int(0));
        let _ = vm.dict_set_str(d, "SEEK_CUR", Value::Int(1));
        let _ = vm.dict_set_str(d, "SEEK_END", Value::Int(2));
        let _ = vm.dict_set_str(d, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    }
    m
}

/// Flush the write buffers of every open file (call at interpreter exit).
pub fn flush_all_open_files() {
    TABLE.with(|t| {
        if let Ok(mut tab) = t.try_borrow_mut() {
            for s in tab.iter_mut().flatten() {
                if let Stream::File(f) = s {
                    let _ = f.flush_buffer();
                }
            }
        }
    });
}

// ----- handle table -------------------------------------------------------------

/// Store `s` and return a new object of class `cls` referring to it.
pub fn new_stream_object(vm: &Vm, cls: &TypeRef, s: Stream) -> Value {
    let h = alloc(s);
    crate::runtime::call::with_payload(
        vm,
        cls,
        Payload::Cell(RefCell::new(Some(Value::Int(h as i64)))),
    )
}

fn alloc(s: Stream) -> usize {
    let reuse = FREE.with(|f| f.borrow_mut().pop());
    TABLE.with(|t| {
        let mut tab = t.borrow_mut();
        match reuse {
            Some(i) if i < tab.len() => {
                tab[i] = Some(s);
                i
            }
            _ => {
                tab.push(Some(s));
                tab.len() - 1
            }
        }
    })
}

/// Attach a fresh stream to an existing object (StringIO/BytesIO `__init__`).
pub fn set_stream(obj: &Value, s: Stream) -> bool {
    let Some(Payload::Cell(c)) = obj.payload() else {
        return false;
    };
    let cur = c.borrow().clone();
    match cur {
        Some(Value::Int(h)) => {
            TABLE.with(|t| {
                if let Some(slot) = t.borrow_mut().get_mut(h as usize) {
                    *slot = Some(s);
                }
            });
        }
        _ => {
            let h = alloc(s);
            *c.borrow_mut() = Some(Value::Int(h as i64));
        }
    }
    true
}

fn handle_of(obj: &Value) -> Option<usize> {
    match obj.payload() {
        Some(Payload::Cell(c)) => match &*c.borrow() {
            Some(Value::Int(h)) => Some(*h as usize),
            _ => None,
        },
        _ => None,
    }
}

/// Run `f` on the stream behind `args.pos[0]`. `f` must not call Python code.
pub fn with_stream<R>(
    vm: &Vm,
    this: &Value,
    f: impl FnOnce(&mut Stream) -> PyResult<R>,
) -> PyResult<R> {
    let Some(h) = handle_of(this) else {
        return Err(vm.type_error(format!(
            "descriptor requires an io object but received a '{}'",
            vm.type_name(this)
        )));
    };
    TABLE.with(|t| {
        let mut tab = t.borrow_mut();
        match tab.get_mut(h).and_then(|s| s.as_mut()) {
            Some(s) => f(s),
            None => Err(vm.value_error("I/O operation on uninitialized object")),
        }
    })
}

/// `__del__`: close the stream and free its slot.
pub fn stream_del(_vm: &Vm, args: Args) -> PyResult {
    let Some(this) = args.pos.first() else {
        return Ok(Value::None);
    };
    let Some(h) = handle_of(this) else {
        return Ok(Value::None);
    };
    if let Some(Payload::Cell(c)) = this.payload() {
        *c.borrow_mut() = None;
    }
    let old = TABLE.with(|t| t.borrow_mut().get_mut(h).and_then(|s| s.take()));
    if let Some(Stream::File(mut f)) = old {
        let _ = f.close();
    }
    FREE.with(|f| f.borrow_mut().push(h));
    Ok(Value::None)
}

// ----- errors -------------------------------------------------------------------

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    let t = types(vm);
    vm.new_exception(&t.unsupported, vec![vm.new_str(msg)])
}

/// The OSError subclass CPython picks for an errno.
pub fn errno_class(errno: i32) -> &'static str {
    match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => "OSError",
    }
}

/// An OSError (subclass by errno) with CPython's `(errno, strerror)` args and
/// `filename` set, from a Rust I/O error.
pub fn os_error(vm: &Vm, e: &std::io::Error, filename: Option<Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return vm.new_error("OSError", e.to_string());
    };
    let text = e.to_string();
    let strerror = match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    os_error_errno(vm, errno, &strerror, filename)
}

pub fn os_error_errno(vm: &Vm, errno: i32, strerror: &str, filename: Option<Value>) -> PyErr {
    let ty = vm.exc_type(errno_class(errno));
    let exc = vm.new_exception(&ty, vec![Value::Int(errno as i64), vm.new_str(strerror)]);
    if let Some(d) = exc.dict.get() {
        let _ = vm.dict_set_str(d, "errno", Value::Int(errno as i64));
        let _ = vm.dict_set_str(d, "strerror", vm.new_str(strerror));
        let _ = vm.dict_set_str(d, "filename", filename.unwrap_or(Value::None));
        let _ = vm.dict_set_str(d, "filename2", Value::None);
    }
    exc
}

// ----- argument helpers ---------------------------------------------------------

/// Bind positional and keyword arguments to `names` the way `open()` does.
pub fn bind_args(
    vm: &Vm,
    args: &Args,
    fname: &str,
    names: &[&str],
    skip: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos.get(skip..).unwrap_or(&[]);
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len() + args.kw.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k,
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k, fname
                )))
            }
        }
    }
    Ok(out)
}

/// Positional-only method arguments (after self): at most `max`, no keywords.
pub fn method_args<'a>(vm: &Vm, args: &'a Args, name: &str, max: usize) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let rest = args.pos.get(1..).unwrap_or(&[]);
    if rest.len() > max {
        return Err(match max {
            0 => vm.type_error(format!(
                "{}() takes no arguments ({} given)",
                name,
                rest.len()
            )),
            _ => vm.type_error(format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                rest.len()
            )),
        });
    }
    Ok(rest)
}

/// A size argument: absent or None means -1; ints (and `__index__`) pass.
pub fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(v) => {
            let is_int = matches!(v.payload(), Some(Payload::Int(_)));
            let has_index = v.as_obj().is_some_and(|o| {
                crate::runtime::attr::lookup_type(&o.class, "__index__").is_some()
            });
            if is_int || has_index {
                crate::runtime::convert::index_value(vm, v)
            } else {
                Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                )))
            }
        }
    }
}

/// An integer argument via `__index__` ("'X' object cannot be interpreted as an integer").
pub fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => {
            let is_int = matches!(v.payload(), Some(Payload::Int(_)));
            let has_index = v.as_obj().is_some_and(|o| {
                crate::runtime::attr::lookup_type(&o.class, "__index__").is_some()
            });
            if is_int || has_index {
                crate::runtime::convert::index_value(vm, v)
            } else {
                Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        }
    }
}

/// `str or None` argument of `fname`.
fn opt_str(vm: &Vm, v: &Option<Value>, fname: &str, argname: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "{}() argument '{}' must be str or None, not {}",
                fname,
                argname,
                vm.type_name(v)
            ))),
        },
    }
}

/// Register a read-only attribute computed by a native getter.
pub fn add_getter(vm: &Vm, t: &TypeRef, name: &'static str, getter: NativeFn) {
    let f = vm.new_builtin(name, getter);
    let p = Value::Obj(PyObject::new(
        vm.t.property.clone(),
        Payload::Property {
            fget: f,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        },
    ));
    set_type_attr(vm, t, name, p);
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, …)` over a
/// read-only binary stream (`tokenize.open` wraps a file opened `'rb'`): the
/// rest of the buffer is read and decoded now, and the result reads like the
/// wrapper would (universal newlines unless `newline` says otherwise), with
/// `buffer`, `encoding` and `name` attributes. Wrapping a writable buffer is
/// not supported yet and says so.
pub fn text_wrapper_new(vm: &Vm, args: Args) -> PyResult {
    let a = bind_args(
        vm,
        &args,
        "TextIOWrapper",
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let Some(buffer) = a[0].clone() else {
        return no_new(vm, args);
    };
    let ask = |m: &str| -> PyResult<bool> {
        match crate::runtime::attr::getattr_opt(vm, &buffer, m)? {
            Some(f) => crate::runtime::ops::truthy(vm, &vm.call(&f, vec![])?),
            None => Ok(false),
        }
    };
    if !ask("readable")? || ask("writable")? {
        return Err(vm.not_implemented_error(
            "TextIOWrapper over a writable binary stream is not supported yet; use open()",
        ));
    }
    let encoding = match &a[1] {
        Some(e) if !e.is_none() => e.clone(),
        _ => vm.new_str("utf-8"),
    };
    let errors = match &a[2] {
        Some(e) if !e.is_none() => e.clone(),
        _ => vm.new_str("strict"),
    };
    let read = crate::runtime::attr::getattr_str(vm, &buffer, "read")?;
    let data = vm.call(&read, vec![])?;
    let decode = crate::runtime::attr::getattr_str(vm, &data, "decode")?;
    let text = vm.call(&decode, vec![encoding.clone(), errors])?;
    let universal = matches!(&a[3], None | Some(Value::None));
    let text = match (universal, text.as_str()) {
        (true, Some(s)) if s.contains('\r') => {
            vm.new_string(s.replace("\r\n", "\n").replace('\r', "\n"))
        }
        _ => text,
    };
    let sio = Value::Type(types(vm).string_io.clone());
    let out = vm.call(&sio, vec![text, vm.new_str("")])?;
    if let Value::Obj(o) = &out {
        let d = o.dict.get_or_init(|| vm.new_dict_obj()).clone();
        vm.dict_set_str(&d, "buffer", buffer.clone())?;
        vm.dict_set_str(&d, "encoding", encoding)?;
        if let Some(name) = crate::runtime::attr::getattr_opt(vm, &buffer, "name")? {
            vm.dict_set_str(&d, "name", name)?;
        }
    }
    Ok(out)
}

/// `io.text_encoding(encoding, stacklevel=2)`: the encoding a text stream
/// opened with `encoding=None` uses ("locale"; this runtime is not in UTF-8 mode).
fn text_encoding(vm: &Vm, args: Args) -> PyResult {
    Ok(match args.pos.first() {
        Some(e) if !e.is_none() => e.clone(),
        _ => vm.new_str("locale"),
    })
}

/// `__new__` of classes that cannot be instantiated directly here.
pub fn no_new(vm: &Vm, args: Args) -> PyResult {
    let name = match args.pos.first() {
        Some(Value::Type(t)) => t.name().to_string(),
        _ => "io object".to_string(),
    };
    Err(vm.not_implemented_error(format!(
        "creating {} objects directly is not supported; use open()",
        name
    )))
}

// ----- open() -------------------------------------------------------------------

/// Parsed `mode` string.
pub struct Mode {
    pub creating: bool,
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub updating: bool,
    pub text: bool,
    pub binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        text: false,
        binary: false,
    };
    let invalid = || {
        vm.value_error(format!(
            "invalid mode: {}",
            crate::runtime::strfuncs::repr_str(mode)
        ))
    };
    for c in mode.chars() {
        let flag = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid()),
        };
        if *flag {
            return Err(invalid());
        }
        *flag = true;
    }
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if m.creating as u8 + m.reading as u8 + m.writing as u8 + m.appending as u8 > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// The path to open, from a str, bytes, or `os.PathLike` argument.
fn path_arg(vm: &Vm, file: &Value) -> PyResult<(std::path::PathBuf, file::NameVal)> {
    if let Some(s) = file.as_str() {
        if s.contains('\0') {
            return Err(vm.value_error("embedded null byte"));
        }
        return Ok((
            std::path::PathBuf::from(s),
            file::NameVal::Str(s.to_string()),
        ));
    }
    if let Some(Payload::Bytes(b)) = file.payload() {
        if b.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        use std::os::unix::ffi::OsStrExt;
        return Ok((
            std::path::PathBuf::from(std::ffi::OsStr::from_bytes(b)),
            file::NameVal::Bytes(b.to_vec()),
        ));
    }
    if let Some(o) = file.as_obj() {
        if let Some(f) = crate::runtime::attr::lookup_type(&o.class, "__fspath__") {
            let p = vm.call(&f, vec![file.clone()])?;
            if p.as_str().is_some() || matches!(p.payload(), Some(Payload::Bytes(_))) {
                return path_arg(vm, &p);
            }
            return Err(vm.type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                o.class.name(),
                vm.type_name(&p)
            )));
        }
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(file)
    )))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(vm: &Vm, args: Args) -> PyResult {
    let a = bind_args(
        vm,
        &args,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        0,
    )?;
    let Some(file) = a[0].clone() else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode_s = match &a[1] {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let buffering = match &a[2] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let encoding = opt_str(vm, &a[3], "open", "encoding")?;
    let errors = opt_str(vm, &a[4], "open", "errors")?;
    let newline = opt_str(vm, &a[5], "open", "newline")?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => crate::runtime::ops::truthy(vm, v)?,
    };
    if a[7].as_ref().is_some_and(|o| !o.is_none()) {
        return Err(vm.not_implemented_error("open(): the 'opener' argument is not supported"));
    }
    let mode = parse_mode(vm, &mode_s)?;
    if mode.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if mode.binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if mode.binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if !(mode.creating || mode.reading || mode.writing || mode.appending) {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if matches!(file, Value::Int(_) | Value::Bool(_)) {
        return Err(vm.not_implemented_error("open() of a file descriptor is not supported"));
    }
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let (path, name) = path_arg(vm, &file)?;
    let f = file::open_file(&path, &mode).map_err(|e| os_error(vm, &e, Some(file.clone())))?;
    let mut st = FileState::new(f, name, &mode, &mode_s);
    let t = types(vm);
    if !mode.binary {
        if buffering == 0 {
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
        if let Some(nl) = &newline {
            if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
                return Err(vm.value_error(format!("illegal newline value: {}", nl)));
            }
        }
        let codec = match &encoding {
            None => "utf-8",
            Some(e) => crate::runtime::builtin_types::str::str_args::codec(vm, e)?,
        };
        st.set_text(
            codec,
            encoding.unwrap_or_else(|| "UTF-8".to_string()),
            errors.unwrap_or_else(|| "strict".to_string()),
            newline,
            buffering == 1,
        );
        return Ok(new_stream_object(
            vm,
            &t.text_wrapper,
            Stream::File(Box::new(st)),
        ));
    }
    let cls = if buffering == 0 {
        st.set_raw();
        &t.file_io
    } else if mode.updating {
        &t.buffered_random
    } else if mode.reading {
        &t.buffered_reader
    } else {
        &t.buffered_writer
    };
    Ok(new_stream_object(vm, cls, Stream::File(Box::new(st))))
}
