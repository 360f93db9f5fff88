//! Directories and names: `listdir`, `scandir` (with `DirEntry`), `mkdir`,
//! `rmdir`, `unlink`/`remove`, `rename`/`replace`, `access`, `readlink`,
//! `symlink`, `chmod`, `utime`, `truncate`, `umask`.
use std::cell::RefCell;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};

use super::stat::{stat_result, RawStat};
use super::{arg, os_name, path_arg, PathArg};
use crate::runtime::modules::io::os_error;
use crate::runtime::native_data::{self, NativeData};
use crate::runtime::object::*;
use crate::runtime::setup::add_method;
use crate::runtime::vm::Vm;

fn dir_arg(vm: &Vm, args: &Args, func: &str) -> PyResult<PathArg> {
    match args.pos.first() {
        None | Some(Value::None) => Ok(PathArg {
            path: ".".into(),
            bytes: false,
            original: vm.new_str("."),
        }),
        Some(v) => path_arg(vm, v, func, "path"),
    }
}

fn listdir(vm: &Vm, args: Args) -> PyResult {
    let p = dir_arg(vm, &args, "listdir")?;
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(vm, &e, Some(p.original.clone())))?;
    let mut names = Vec::new();
    for e in rd {
        let e = e.map_err(|e| os_error(vm, &e, Some(p.original.clone())))?;
        names.push(os_name(vm, &e.file_name(), p.bytes));
    }
    Ok(vm.new_list(names))
}

struct DirEntry {
    name: Value,
    path: Value,
    entry_path: std::path::PathBuf,
    file_type: Option<std::fs::FileType>,
    ino: u64,
}

impl NativeData for DirEntry {
    fn visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        f(&self.name);
        f(&self.path);
        true
    }
}

fn entry<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a DirEntry> {
    args.pos
        .first()
        .and_then(native_data::get::<DirEntry>)
        .ok_or_else(|| vm.type_error("a DirEntry is required"))
}

fn follows(vm: &Vm, mut args: Args) -> PyResult<(Args, bool)> {
    let f = match args.take_kw("follow_symlinks") {
        Some(v) => crate::runtime::ops::truthy(vm, &v)?,
        None => true,
    };
    Ok((args, f))
}

fn entry_is(vm: &Vm, args: Args, want: fn(&std::fs::FileType) -> bool) -> PyResult {
    let (args, follow) = follows(vm, args)?;
    let e = entry(vm, &args)?;
    let is_link = e.file_type.is_some_and(|t| t.is_symlink());
    if follow && is_link {
        return Ok(Value::Bool(
            std::fs::metadata(&e.entry_path).is_ok_and(|m| want(&m.file_type())),
        ));
    }
    Ok(Value::Bool(e.file_type.is_some_and(|t| want(&t))))
}

fn entry_stat(vm: &Vm, args: Args) -> PyResult {
    let (args, follow) = follows(vm, args)?;
    let e = entry(vm, &args)?;
    let m = if follow {
        std::fs::metadata(&e.entry_path)
    } else {
        std::fs::symlink_metadata(&e.entry_path)
    };
    m.map(|m| stat_result(vm, &RawStat::of(&m)))
        .map_err(|err| os_error(vm, &err, Some(e.path.clone())))
}

fn entry_repr(vm: &Vm, args: Args) -> PyResult {
    let e = entry(vm, &args)?;
    Ok(vm.new_string(format!(
        "<DirEntry {}>",
        crate::runtime::ops::repr(vm, &e.name)?
    )))
}

struct Scandir {
    entries: RefCell<Option<std::fs::ReadDir>>,
    base: PathArg,
}

impl NativeData for Scandir {}

thread_local! {
    static TYPES: RefCell<Option<(TypeRef, TypeRef)>> = const { RefCell::new(None) };
}

fn scandir(vm: &Vm, args: Args) -> PyResult {
    let p = dir_arg(vm, &args, "scandir")?;
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(vm, &e, Some(p.original.clone())))?;
    let Some((it_type, _)) = TYPES.with(|t| t.borrow().clone()) else {
        return Err(vm.type_error("scandir is not initialised"));
    };
    Ok(native_data::make(
        vm,
        &it_type,
        Scandir {
            entries: RefCell::new(Some(rd)),
            base: p,
        },
    ))
}

fn scandir_next(vm: &Vm, args: Args) -> PyResult {
    let Some(s) = args.pos.first().and_then(native_data::get::<Scandir>) else {
        return Err(vm.type_error("a ScandirIterator is required"));
    };
    let next = s.entries.borrow_mut().as_mut().and_then(|rd| rd.next());
    let Some(next) = next else {
        *s.entries.borrow_mut() = None;
        return Err(vm.stop_iteration(None));
    };
    let e = next.map_err(|e| os_error(vm, &e, Some(s.base.original.clone())))?;
    let Some((_, entry_type)) = TYPES.with(|t| t.borrow().clone()) else {
        return Err(vm.type_error("scandir is not initialised"));
    };
    let entry_path = e.path();
    let shown = entry_path.clone();
    Ok(native_data::make(
        vm,
        &entry_type,
        DirEntry {
            name: os_name(vm, &e.file_name(), s.base.bytes),
            path: os_name(vm, shown.as_os_str(), s.base.bytes),
            entry_path,
            file_type: e.file_type().ok(),
            ino: std::os::unix::fs::DirEntryExt::ino(&e),
        },
    ))
}

fn scandir_close(vm: &Vm, args: Args) -> PyResult {
    if let Some(s) = args.pos.first().and_then(native_data::get::<Scandir>) {
        *s.entries.borrow_mut() = None;
    } else {
        return Err(vm.type_error("a ScandirIterator is required"));
    }
    Ok(Value::None)
}

fn mkdir(vm: &Vm, mut args: Args) -> PyResult {
    let mode = match args.take_kw("mode").or_else(|| args.pos.get(1).cloned()) {
        Some(m) => crate::runtime::convert::index_value(vm, &m)? as u32,
        None => 0o777,
    };
    let _ = args.take_kw("dir_fd");
    let p = path_arg(vm, &arg(&args, 0), "mkdir", "path")?;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p.path)
        .map_err(|e| os_error(vm, &e, Some(p.original)))?;
    Ok(Value::None)
}

fn simple(
    vm: &Vm,
    args: &Args,
    name: &str,
    op: fn(&std::path::Path) -> std::io::Result<()>,
) -> PyResult {
    let p = path_arg(vm, &arg(args, 0), name, "path")?;
    op(&p.path).map_err(|e| os_error(vm, &e, Some(p.original)))?;
    Ok(Value::None)
}

fn rename(vm: &Vm, args: Args) -> PyResult {
    let a = path_arg(vm, &arg(&args, 0), "rename", "src")?;
    let b = path_arg(vm, &arg(&args, 1), "rename", "dst")?;
    std::fs::rename(&a.path, &b.path).map_err(|e| {
        let err = os_error(vm, &e, Some(a.original.clone()));
        if let Some(d) = err.dict.get() {
            let _ = vm.dict_set_str(d, "filename2", b.original.clone());
        }
        err
    })?;
    Ok(Value::None)
}

fn access(vm: &Vm, mut args: Args) -> PyResult {
    let _ = args.take_kw("effective_ids");
    let _ = args.take_kw("follow_symlinks");
    let _ = args.take_kw("dir_fd");
    let p = path_arg(vm, &arg(&args, 0), "access", "path")?;
    let mode = crate::runtime::convert::index_value(vm, &arg(&args, 1))? as i32;
    let c = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(p.path.as_os_str()))
        .map_err(|_| vm.value_error("embedded null byte"))?;
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    let rc = unsafe { libc::access(c.as_ptr(), mode) };
    Ok(Value::Bool(rc == 0))
}

fn readlink(vm: &Vm, args: Args) -> PyResult {
    let p = path_arg(vm, &arg(&args, 0), "readlink", "path")?;
    let t = std::fs::read_link(&p.path).map_err(|e| os_error(vm, &e, Some(p.original)))?;
    Ok(os_name(vm, t.as_os_str(), p.bytes))
}

fn symlink(vm: &Vm, mut args: Args) -> PyResult {
    let _ = args.take_kw("target_is_directory");
    let a = path_arg(vm, &arg(&args, 0), "symlink", "src")?;
    let b = path_arg(vm, &arg(&args, 1), "symlink", "dst")?;
    std::os::unix::fs::symlink(&a.path, &b.path).map_err(|e| os_error(vm, &e, Some(a.original)))?;
    Ok(Value::None)
}

fn chmod(vm: &Vm, mut args: Args) -> PyResult {
    let _ = args.take_kw("follow_symlinks");
    let _ = args.take_kw("dir_fd");
    let p = path_arg(vm, &arg(&args, 0), "chmod", "path")?;
    let mode = crate::runtime::convert::index_value(vm, &arg(&args, 1))? as u32;
    std::fs::set_permissions(&p.path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error(vm, &e, Some(p.original)))?;
    Ok(Value::None)
}

fn umask(vm: &Vm, args: Args) -> PyResult {
    let mask = crate::runtime::convert::index_value(vm, &arg(&args, 0))? as libc::mode_t;
    // SAFETY: `umask` only swaps the process file-creation mask.
    Ok(Value::Int(unsafe { libc::umask(mask) } as i64))
}

fn truncate(vm: &Vm, args: Args) -> PyResult {
    let p = path_arg(vm, &arg(&args, 0), "truncate", "path")?;
    let len = crate::runtime::convert::index_value(vm, &arg(&args, 1))?;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&p.path)
        .map_err(|e| os_error(vm, &e, Some(p.original.clone())))?;
    f.set_len(len.max(0) as u64)
        .map_err(|e| os_error(vm, &e, Some(p.original)))?;
    Ok(Value::None)
}

fn is_dir(t: &std::fs::FileType) -> bool {
    t.is_dir()
}
fn is_file(t: &std::fs::FileType) -> bool {
    t.is_file()
}
fn is_link(t: &std::fs::FileType) -> bool {
    t.is_symlink()
}

pub fn register(vm: &Vm, d: &ObjRef) {
    let it = native_data::new_type(vm, "posix", "ScandirIterator");
    add_method(vm, &it, "__iter__", |_, a| Ok(a.pos[0].clone()));
    add_method(vm, &it, "__next__", scandir_next);
    add_method(vm, &it, "close", scandir_close);
    add_method(vm, &it, "__enter__", |_, a| Ok(a.pos[0].clone()));
    add_method(vm, &it, "__exit__", scandir_close);
    let de = native_data::new_type(vm, "posix", "DirEntry");
    add_method(vm, &de, "is_dir", |vm, a| entry_is(vm, a, is_dir));
    add_method(vm, &de, "is_file", |vm, a| entry_is(vm, a, is_file));
    add_method(vm, &de, "is_symlink", |vm, a| {
        let e = entry(vm, &a)?;
        Ok(Value::Bool(e.file_type.is_some_and(|t| is_link(&t))))
    });
    add_method(vm, &de, "is_junction", |_, _| Ok(Value::Bool(false)));
    add_method(vm, &de, "stat", entry_stat);
    add_method(vm, &de, "inode", |vm, a| {
        Ok(Value::Int(entry(vm, &a)?.ino as i64))
    });
    add_method(vm, &de, "__fspath__", |vm, a| {
        Ok(entry(vm, &a)?.path.clone())
    });
    add_method(vm, &de, "__repr__", entry_repr);
    crate::runtime::builtin_types::int::add_getter(vm, &de, "name", |vm, a| {
        Ok(entry(vm, &a)?.name.clone())
    });
    crate::runtime::builtin_types::int::add_getter(vm, &de, "path", |vm, a| {
        Ok(entry(vm, &a)?.path.clone())
    });
    TYPES.with(|t| *t.borrow_mut() = Some((it, de.clone())));
    let _ = vm.dict_set_str(d, "DirEntry", Value::Type(de));
    let funcs: [(&'static str, NativeFn); 14] = [
        ("listdir", listdir),
        ("scandir", scandir),
        ("mkdir", mkdir),
        ("rmdir", |vm, a| {
            simple(vm, &a, "rmdir", |p| std::fs::remove_dir(p))
        }),
        ("unlink", |vm, a| {
            simple(vm, &a, "unlink", |p| std::fs::remove_file(p))
        }),
        ("remove", |vm, a| {
            simple(vm, &a, "remove", |p| std::fs::remove_file(p))
        }),
        ("rename", rename),
        ("replace", rename),
        ("access", access),
        ("readlink", readlink),
        ("symlink", symlink),
        ("chmod", chmod),
        ("umask", umask),
        ("truncate", truncate),
    ];
    for (name, f) in funcs {
        let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
    }
}
