//! `posix`: the operating-system calls `os.py` is built on, for Linux.
//!
//! `os`, `os.path` (posixpath), `shutil`, `glob`, `tempfile` … are CPython's own
//! Python code; this module gives them the C layer: the environment, the
//! working directory, process ids, file metadata (`stat`, `scandir`), directory
//! and file-descriptor operations, and the constants they test. Paths may be
//! `str`, `bytes` or `os.PathLike`; a `bytes` path gives `bytes` names back.
//! Failures raise the OSError subclass for their errno with CPython's message
//! (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

use crate::runtime::modules::io::os_error;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

mod dirs;
mod fds;
mod stat;

/// A path argument: the OS path and whether it was given as bytes.
pub struct PathArg {
    pub path: PathBuf,
    pub bytes: bool,
    pub original: Value,
}

/// `os.fspath(v)` turned into an OS path.
pub fn path_arg(vm: &Vm, v: &Value, func: &str, what: &str) -> PyResult<PathArg> {
    if let Some(s) = v.as_str() {
        return Ok(PathArg {
            path: PathBuf::from(s),
            bytes: false,
            original: v.clone(),
        });
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(PathArg {
            path: PathBuf::from(OsStr::from_bytes(b)),
            bytes: true,
            original: v.clone(),
        });
    }
    if let Some(f) = crate::runtime::attr::lookup_type(&vm.type_of(v), "__fspath__") {
        let p = vm.call(&f, vec![v.clone()])?;
        if p.as_str().is_some() || matches!(p.payload(), Some(Payload::Bytes(_))) {
            let mut a = path_arg(vm, &p, func, what)?;
            a.original = v.clone();
            return Ok(a);
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(v),
            vm.type_name(&p)
        )));
    }
    Err(vm.type_error(format!(
        "{}: {} should be string, bytes or os.PathLike, not {}",
        func,
        what,
        vm.type_name(v)
    )))
}

/// A name from the OS, as str (lossless for UTF-8) or bytes like the argument.
pub fn os_name(vm: &Vm, s: &OsStr, bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(s.as_bytes().to_vec())
    } else {
        vm.new_string(s.to_string_lossy().into_owned())
    }
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn fspath(vm: &Vm, args: Args) -> PyResult {
    let v = arg(&args, 0);
    if v.as_str().is_some() || matches!(v.payload(), Some(Payload::Bytes(_))) {
        return Ok(v);
    }
    if let Some(f) = crate::runtime::attr::lookup_type(&vm.type_of(&v), "__fspath__") {
        let p = vm.call(&f, vec![v.clone()])?;
        if p.as_str().is_some() || matches!(p.payload(), Some(Payload::Bytes(_))) {
            return Ok(p);
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(&v),
            vm.type_name(&p)
        )));
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(&v)
    )))
}

fn getcwd(vm: &Vm, _args: Args) -> PyResult {
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    Ok(os_name(vm, d.as_os_str(), false))
}

fn getcwdb(vm: &Vm, _args: Args) -> PyResult {
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    Ok(os_name(vm, d.as_os_str(), true))
}

fn chdir(vm: &Vm, args: Args) -> PyResult {
    let p = path_arg(vm, &arg(&args, 0), "chdir", "path")?;
    std::env::set_current_dir(&p.path).map_err(|e| os_error(vm, &e, Some(p.original)))?;
    Ok(Value::None)
}

fn strerror(vm: &Vm, args: Args) -> PyResult {
    let code = crate::runtime::convert::index_value(vm, &arg(&args, 0))?;
    let text = std::io::Error::from_raw_os_error(code as i32).to_string();
    let text = match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    Ok(vm.new_string(text))
}

fn urandom(vm: &Vm, args: Args) -> PyResult {
    let n = crate::runtime::convert::index_value(vm, &arg(&args, 0))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut f = std::fs::File::open("/dev/urandom").map_err(|e| os_error(vm, &e, None))?;
    std::io::Read::read_exact(&mut f, &mut buf).map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_bytes(buf))
}

fn putenv(vm: &Vm, args: Args) -> PyResult {
    let k = path_arg(vm, &arg(&args, 0), "putenv", "name")?;
    let v = path_arg(vm, &arg(&args, 1), "putenv", "value")?;
    if k.path.as_os_str().is_empty() || k.path.as_os_str().as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k.path.as_os_str(), v.path.as_os_str());
    Ok(Value::None)
}

fn unsetenv(vm: &Vm, args: Args) -> PyResult {
    let k = path_arg(vm, &arg(&args, 0), "unsetenv", "name")?;
    std::env::remove_var(k.path.as_os_str());
    Ok(Value::None)
}

fn environ(vm: &Vm) -> Value {
    let d = vm.new_dict_obj();
    for (k, v) in std::env::vars_os() {
        let _ = crate::runtime::dictops::dict_set(
            vm,
            &d,
            vm.new_bytes(OsString::into_vec(k)),
            vm.new_bytes(OsString::into_vec(v)),
        );
    }
    Value::Obj(d)
}

fn cpu_count(_vm: &Vm, _args: Args) -> PyResult {
    Ok(std::thread::available_parallelism()
        .map(|n| Value::Int(n.get() as i64))
        .unwrap_or(Value::None))
}

/// `os._exit(n)`: leave at once (buffered output is not flushed, as in CPython).
fn exit_now(vm: &Vm, args: Args) -> PyResult {
    let code = crate::runtime::convert::index_value(vm, &arg(&args, 0))?;
    std::process::exit(code as i32)
}

fn uname(vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: `uname` fills the zeroed struct it is given; every field is a
    // NUL-terminated C string within its array afterwards.
    let fields = unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut u) != 0 {
            return Err(os_error(vm, &std::io::Error::last_os_error(), None));
        }
        let s = |f: &[libc::c_char]| {
            std::ffi::CStr::from_ptr(f.as_ptr())
                .to_string_lossy()
                .into_owned()
        };
        [
            s(&u.sysname),
            s(&u.nodename),
            s(&u.release),
            s(&u.version),
            s(&u.machine),
        ]
    };
    let t = crate::runtime::modules::structseq::make_type(
        vm,
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
    );
    let items = fields.into_iter().map(|f| vm.new_string(f)).collect();
    Ok(crate::runtime::modules::structseq::instance(
        vm,
        &t,
        items,
        &[],
    ))
}

fn kill(vm: &Vm, args: Args) -> PyResult {
    let pid = crate::runtime::convert::index_value(vm, &arg(&args, 0))?;
    let sig = crate::runtime::convert::index_value(vm, &arg(&args, 1))?;
    // SAFETY: sends a signal; a bad pid or number fails with an errno.
    if unsafe { libc::kill(pid as libc::pid_t, sig as i32) } != 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}

thread_local! {
    static TERMINAL_SIZE: std::cell::RefCell<Option<TypeRef>> = const { std::cell::RefCell::new(None) };
}

/// `os.get_terminal_size(fd=1)`: the window size of a terminal (OSError
/// `ENOTTY` when `fd` is not one).
fn get_terminal_size(vm: &Vm, args: Args) -> PyResult {
    let fd = match args.pos.first() {
        Some(v) => crate::runtime::convert::index_value(vm, v)? as i32,
        None => 1,
    };
    // SAFETY: TIOCGWINSZ fills the zeroed `winsize` it is given.
    let (rc, ws) = unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        (libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws), ws)
    };
    if rc != 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None));
    }
    let Some(t) = TERMINAL_SIZE.with(|t| t.borrow().clone()) else {
        return Err(vm.type_error("posix is not initialised"));
    };
    Ok(crate::runtime::modules::structseq::instance(
        vm,
        &t,
        vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)],
        &[],
    ))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("posix");
    let d = m.dict.get().expect("module dict").clone();
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_str(&d, k, v);
    };
    let ids: [(&'static str, NativeFn); 7] = [
        ("getpid", |_, _| Ok(Value::Int(std::process::id() as i64))),
        ("getppid", |_, _| {
            // SAFETY: takes no arguments and cannot fail.
            Ok(Value::Int(unsafe { libc::getppid() } as i64))
        }),
        ("getuid", |_, _| {
            // SAFETY: takes no arguments and cannot fail.
            Ok(Value::Int(unsafe { libc::getuid() } as i64))
        }),
        ("geteuid", |_, _| {
            // SAFETY: takes no arguments and cannot fail.
            Ok(Value::Int(unsafe { libc::geteuid() } as i64))
        }),
        ("getgid", |_, _| {
            // SAFETY: takes no arguments and cannot fail.
            Ok(Value::Int(unsafe { libc::getgid() } as i64))
        }),
        ("getegid", |_, _| {
            // SAFETY: takes no arguments and cannot fail.
            Ok(Value::Int(unsafe { libc::getegid() } as i64))
        }),
        ("cpu_count", cpu_count),
    ];
    let funcs: [(&'static str, NativeFn); 12] = [
        ("kill", kill),
        ("fspath", fspath),
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("strerror", strerror),
        ("urandom", urandom),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("_exit", exit_now),
        ("uname", uname),
        ("get_terminal_size", get_terminal_size),
    ];
    for (name, f) in ids.into_iter().chain(funcs) {
        set(name, vm.new_builtin(name, f));
    }
    set("environ", environ(vm));
    let ts = crate::runtime::modules::structseq::make_type(
        vm,
        "os",
        "terminal_size",
        &["columns", "lines"],
    );
    TERMINAL_SIZE.with(|t| *t.borrow_mut() = Some(ts.clone()));
    set("terminal_size", Value::Type(ts));
    set("error", Value::Type(vm.exc_type("OSError")));
    for (name, v) in [
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("SEEK_SET", libc::SEEK_SET),
        ("SEEK_CUR", libc::SEEK_CUR),
        ("SEEK_END", libc::SEEK_END),
        ("WNOHANG", libc::WNOHANG),
    ] {
        set(name, Value::Int(v as i64));
    }
    stat::register(vm, &d);
    dirs::register(vm, &d);
    fds::register(vm, &d);
    set("_have_functions", vm.new_list(Vec::new()));
    m
}
