//! File descriptors: `open`, `close`, `read`, `write`, `lseek`, `fsync`,
//! `isatty`, `dup`, `pipe`, `get_inheritable`/`set_inheritable`,
//! `get_blocking`/`set_blocking`, `device_encoding`. Thin wrappers over libc
//! that turn a -1 into the errno's OSError.
use super::{arg, path_arg};
use crate::runtime::modules::io::os_error;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn last_error(vm: &Vm) -> PyErr {
    os_error(vm, &std::io::Error::last_os_error(), None)
}

fn int_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    crate::runtime::convert::index_value(vm, &arg(args, i))
}

fn check(vm: &Vm, rc: i64) -> PyResult<i64> {
    if rc < 0 {
        Err(last_error(vm))
    } else {
        Ok(rc)
    }
}

fn open(vm: &Vm, mut args: Args) -> PyResult {
    let _ = args.take_kw("dir_fd");
    let flags = match args.take_kw("flags") {
        Some(f) => crate::runtime::convert::index_value(vm, &f)?,
        None => int_arg(vm, &args, 1)?,
    };
    let mode = match args.take_kw("mode").or_else(|| args.pos.get(2).cloned()) {
        Some(m) => crate::runtime::convert::index_value(vm, &m)?,
        None => 0o777,
    };
    let p = path_arg(vm, &arg(&args, 0), "open", "path")?;
    let c = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(p.path.as_os_str()))
        .map_err(|_| vm.value_error("embedded null byte"))?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    let fd = unsafe {
        libc::open(
            c.as_ptr(),
            flags as i32 | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    };
    if fd < 0 {
        return Err(os_error(
            vm,
            &std::io::Error::last_os_error(),
            Some(p.original),
        ));
    }
    Ok(Value::Int(fd as i64))
}

fn close(vm: &Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as i32;
    // SAFETY: closing a descriptor number; a bad one fails with EBADF.
    check(vm, unsafe { libc::close(fd) } as i64)?;
    Ok(Value::None)
}

fn read(vm: &Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as i32;
    let n = int_arg(vm, &args, 1)?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` has room for `n` bytes.
    let got = check(
        vm,
        unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } as i64,
    )?;
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

fn write(vm: &Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as i32;
    let data = crate::runtime::convert::bytes_like(vm, &arg(&args, 1))?;
    // Output through sys.stdout/stderr buffers first, so the order is kept.
    crate::runtime::modules::io::flush_all_open_files();
    // SAFETY: `data` is valid for `data.len()` bytes.
    let n = check(
        vm,
        unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) } as i64,
    )?;
    Ok(Value::Int(n))
}

fn lseek(vm: &Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as i32;
    let pos = int_arg(vm, &args, 1)?;
    let how = int_arg(vm, &args, 2)? as i32;
    // SAFETY: plain syscall on a descriptor number.
    Ok(Value::Int(check(vm, unsafe { libc::lseek(fd, pos, how) })?))
}

fn fsync(vm: &Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as i32;
    // SAFETY: plain syscall on a descriptor number.
    check(vm, unsafe { libc::fsync(fd) } as i64)?;
    Ok(Value::None)
}

fn isatty(vm: &Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as i32;
    // SAFETY: plain query on a descriptor number.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn dup(vm: &Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as i32;
    // SAFETY: plain syscall on a descriptor number.
    let new = check(vm, unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) }
        as i64)?;
    Ok(Value::Int(new))
}

fn pipe(vm: &Vm, _args: Args) -> PyResult {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    check(
        vm,
        unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } as i64,
    )?;
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn fd_flag(vm: &Vm, args: &Args, get: i32, bit: i32) -> PyResult<bool> {
    let fd = int_arg(vm, args, 0)? as i32;
    // SAFETY: plain fcntl query on a descriptor number.
    let flags = check(vm, unsafe { libc::fcntl(fd, get) } as i64)? as i32;
    Ok(flags & bit != 0)
}

fn set_fd_flag(vm: &Vm, args: &Args, get: i32, set: i32, bit: i32, on: bool) -> PyResult {
    let fd = int_arg(vm, args, 0)? as i32;
    // SAFETY: plain fcntl calls on a descriptor number.
    let flags = check(vm, unsafe { libc::fcntl(fd, get) } as i64)? as i32;
    let new = if on { flags | bit } else { flags & !bit };
    // SAFETY: as above.
    check(vm, unsafe { libc::fcntl(fd, set, new) } as i64)?;
    Ok(Value::None)
}

pub fn register(vm: &Vm, d: &ObjRef) {
    let funcs: [(&'static str, NativeFn); 15] = [
        ("open", open),
        ("close", close),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("fsync", fsync),
        ("isatty", isatty),
        ("dup", dup),
        ("pipe", pipe),
        ("get_inheritable", |vm, a| {
            Ok(Value::Bool(!fd_flag(
                vm,
                &a,
                libc::F_GETFD,
                libc::FD_CLOEXEC,
            )?))
        }),
        ("set_inheritable", |vm, a| {
            let on = crate::runtime::ops::truthy(vm, &arg(&a, 1))?;
            set_fd_flag(vm, &a, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, !on)
        }),
        ("get_blocking", |vm, a| {
            Ok(Value::Bool(!fd_flag(
                vm,
                &a,
                libc::F_GETFL,
                libc::O_NONBLOCK,
            )?))
        }),
        ("set_blocking", |vm, a| {
            let on = crate::runtime::ops::truthy(vm, &arg(&a, 1))?;
            set_fd_flag(vm, &a, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, !on)
        }),
        ("device_encoding", |vm, a| {
            let fd = int_arg(vm, &a, 0)? as i32;
            // SAFETY: plain query on a descriptor number.
            Ok(if unsafe { libc::isatty(fd) } == 1 {
                vm.new_str("UTF-8")
            } else {
                Value::None
            })
        }),
        ("closerange", |vm, a| {
            let lo = int_arg(vm, &a, 0)? as i32;
            let hi = int_arg(vm, &a, 1)? as i32;
            for fd in lo.max(0)..hi {
                // SAFETY: closing descriptor numbers; errors are ignored as in CPython.
                unsafe { libc::close(fd) };
            }
            Ok(Value::None)
        }),
    ];
    for (name, f) in funcs {
        let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
    }
}
