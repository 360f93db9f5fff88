//! Native modules written in Rust: `sys`, `time`, `math`, `builtins`, and the
//! standard streams. `native_module` is consulted by the import system before
//! `sys.path`.
use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub mod ast;
mod ast_nodes;
pub mod atexit;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod csv;
pub mod errno;
pub mod gc_module;
pub mod hashes;
pub mod imp;
pub mod structseq;
pub mod sys;
pub mod time;
mod time_calendar;
pub mod weakref;

thread_local! {
    static STREAMS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

pub fn register_builtin_modules(vm: &Vm) {
    let stream_t = crate::runtime::types::new_type(
        "TextIOWrapper",
        vec![vm.t.object.clone()],
        BaseKind::Object,
        true,
        false,
    );
    *stream_t.module.borrow_mut() = Rc::from("_io");
    crate::runtime::setup::add_method(vm, &stream_t, "write", stream_write);
    crate::runtime::setup::add_method(vm, &stream_t, "flush", stream_flush);
    crate::runtime::setup::add_method(vm, &stream_t, "isatty", |_, _| Ok(Value::Bool(false)));
    crate::runtime::setup::add_method(vm, &stream_t, "fileno", stream_fileno);
    crate::runtime::setup::add_method(vm, &stream_t, "readline", stream_readline);
    let mk = |fd: i64| {
        let o = PyObject::new(stream_t.clone(), Payload::Plain);
        let d = vm.new_dict_obj();
        let _ = vm.dict_set_str(&d, "_fd", Value::Int(fd));
        let _ = vm.dict_set_str(&d, "encoding", vm.new_str("utf-8"));
        let _ = vm.dict_set_str(
            &d,
            "name",
            vm.new_str(["<stdin>", "<stdout>", "<stderr>"][fd as usize]),
        );
        let _ = o.dict.set(d);
        Value::Obj(o)
    };
    let streams = vec![mk(0), mk(1), mk(2)];
    STREAMS.with(|s| *s.borrow_mut() = streams);
    let b = Value::Obj(vm.builtins.clone());
    let _ = crate::runtime::dictops::dict_set(vm, &vm.sys_modules, vm.new_str("builtins"), b);
    io::register(vm);
}

pub fn stream(fd: usize) -> Value {
    STREAMS.with(|s| s.borrow().get(fd).cloned().unwrap_or(Value::None))
}

/// Is `v` the original standard stream `fd` (1 stdout, 2 stderr)?
pub fn is_std_stream(_vm: &Vm, v: &Value, fd: usize) -> bool {
    v.is(&stream(fd))
}

fn stream_fd(vm: &Vm, v: &Value) -> i64 {
    match v
        .as_obj()
        .and_then(|o| o.dict.get())
        .and_then(|d| vm.dict_get_str(d, "_fd"))
    {
        Some(Value::Int(i)) => i,
        _ => 1,
    }
}

fn stream_write(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let s = args.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(text) = s.as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&s)
        )));
    };
    if stream_fd(vm, &this) == 2 {
        crate::runtime::builtins::write_stderr(text);
    } else {
        crate::runtime::builtins::write_stdout(text);
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(vm: &Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    if stream_fd(vm, &this) == 1 {
        crate::runtime::builtins::flush_stdout();
    }
    Ok(Value::None)
}

fn stream_fileno(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Int(stream_fd(
        vm,
        &args.pos.first().cloned().unwrap_or(Value::None),
    )))
}

fn stream_readline(vm: &Vm, _args: Args) -> PyResult {
    crate::runtime::builtins::flush_stdout();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(vm.new_string(line))
}

/// `sys.<name>` if the sys module exists.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    let sys = vm.sys.borrow().clone()?;
    let d = sys.dict.get()?.clone();
    vm.dict_get_str(&d, name)
}

/// `sys.builtin_module_names`: the modules `native_module` makes.
pub const BUILTIN_MODULE_NAMES: &[&str] = &[
    "_ast",
    "_blake2",
    "_codecs",
    "_collections",
    "_contextvars",
    "_csv",
    "_imp",
    "_io",
    "_json",
    "_md5",
    "_operator",
    "_random",
    "_sha1",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_sre",
    "_string",
    "_struct",
    "_thread",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "gc",
    "itertools",
    "marshal",
    "math",
    "posix",
    "sys",
    "time",
];

pub fn native_module(vm: &Vm, name: &str) -> Option<ObjRef> {
    match name {
        "sys" => vm.sys.borrow().clone(),
        "time" => Some(time::make_module(vm)),
        "math" => Some(crate::runtime::modules::math::make_module(vm)),
        "gc" => Some(gc_module::make_module(vm)),
        "io" | "_io" => Some(io::make_module(vm)),
        "itertools" => Some(itertools::make_module(vm)),
        "_thread" => Some(thread::make_module(vm)),
        "_collections" => Some(collections::make_module(vm)),
        "posix" => Some(posix::make_module(vm)),
        "_sre" => Some(sre::make_module(vm)),
        "_random" => Some(random::make_module(vm)),
        "_codecs" => Some(codecs::make_module(vm)),
        "_string" => Some(string::make_module(vm)),
        "_struct" => Some(structmod::make_module(vm)),
        "_contextvars" => Some(contextvars::make_module(vm)),
        "atexit" => Some(atexit::make_module(vm)),
        "errno" => Some(errno::make_module(vm)),
        "_json" => Some(json::make_module(vm)),
        "_csv" => Some(csv::make_module(vm)),
        "_signal" => Some(signal::make_module(vm)),
        "_operator" => Some(operator_mod::make_module(vm)),
        "_ast" => Some(ast::make_module(vm)),
        "_imp" => Some(imp::make_imp(vm)),
        "_warnings" => Some(imp::make_warnings(vm)),
        "marshal" => Some(imp::make_marshal(vm)),
        "weakref" | "_weakref" => Some(weakref::make_module(vm)),
        _ => hashes::make_module(vm, name),
    }
}

pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod meta_path;
pub mod namespace;
pub mod operator_mod;
pub mod posix;
pub mod random;
pub mod signal;
pub mod sre;
pub mod string;
pub mod structmod;
pub mod thread;

pub use traceback_obj::traceback_object;
mod traceback_obj;

pub fn is_union_type(_vm: &Vm, v: &Value) -> bool {
    crate::runtime::builtin_types::generic_alias::is_union(v)
}

pub fn io_open(vm: &Vm, args: Args) -> PyResult {
    io::open(vm, args)
}
