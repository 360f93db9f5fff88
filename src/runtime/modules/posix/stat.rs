//! `stat`, `lstat`, `fstat` and `os.stat_result`: file metadata as the struct
//! sequence CPython returns (ten tuple items with whole-second times, plus the
//! float and nanosecond times and block fields as attributes).
use std::os::unix::fs::MetadataExt;

use super::{arg, path_arg};
use crate::runtime::modules::io::os_error;
use crate::runtime::modules::structseq;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

const FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

thread_local! {
    static STAT_TYPE: std::cell::RefCell<Option<TypeRef>> = const { std::cell::RefCell::new(None) };
}

/// The fields of a `stat` call, from `std::fs::Metadata` or a raw `libc::stat`.
pub struct RawStat {
    mode: i64,
    ino: i64,
    dev: i64,
    nlink: i64,
    uid: i64,
    gid: i64,
    size: i64,
    atime: (i64, i64),
    mtime: (i64, i64),
    ctime: (i64, i64),
    blksize: i64,
    blocks: i64,
    rdev: i64,
}

impl RawStat {
    pub fn of(m: &std::fs::Metadata) -> RawStat {
        RawStat {
            mode: m.mode() as i64,
            ino: m.ino() as i64,
            dev: m.dev() as i64,
            nlink: m.nlink() as i64,
            uid: m.uid() as i64,
            gid: m.gid() as i64,
            size: m.size() as i64,
            atime: (m.atime(), m.atime_nsec()),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
            blksize: m.blksize() as i64,
            blocks: m.blocks() as i64,
            rdev: m.rdev() as i64,
        }
    }

    fn of_libc(st: &libc::stat) -> RawStat {
        RawStat {
            mode: st.st_mode as i64,
            ino: st.st_ino as i64,
            dev: st.st_dev as i64,
            nlink: st.st_nlink as i64,
            uid: st.st_uid as i64,
            gid: st.st_gid as i64,
            size: st.st_size,
            atime: (st.st_atime, st.st_atime_nsec),
            mtime: (st.st_mtime, st.st_mtime_nsec),
            ctime: (st.st_ctime, st.st_ctime_nsec),
            blksize: st.st_blksize,
            blocks: st.st_blocks,
            rdev: st.st_rdev as i64,
        }
    }
}

pub fn stat_result(vm: &Vm, m: &RawStat) -> Value {
    let t = STAT_TYPE
        .with(|t| t.borrow().clone())
        .unwrap_or_else(|| vm.t.tuple.clone());
    let int = |v: i64| Value::Int(v);
    let ns = |s: i64, n: i64| vm.new_int_big(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    let fl = |s: i64, n: i64| Value::Float(s as f64 + n as f64 * 1e-9);
    let items = vec![
        int(m.mode),
        int(m.ino),
        int(m.dev),
        int(m.nlink),
        int(m.uid),
        int(m.gid),
        int(m.size),
        int(m.atime.0),
        int(m.mtime.0),
        int(m.ctime.0),
    ];
    structseq::instance(
        vm,
        &t,
        items,
        &[
            ("st_atime", fl(m.atime.0, m.atime.1)),
            ("st_mtime", fl(m.mtime.0, m.mtime.1)),
            ("st_ctime", fl(m.ctime.0, m.ctime.1)),
            ("st_atime_ns", ns(m.atime.0, m.atime.1)),
            ("st_mtime_ns", ns(m.mtime.0, m.mtime.1)),
            ("st_ctime_ns", ns(m.ctime.0, m.ctime.1)),
            ("st_blksize", int(m.blksize)),
            ("st_blocks", int(m.blocks)),
            ("st_rdev", int(m.rdev)),
        ],
    )
}

fn follow(vm: &Vm, args: &mut Args, default: bool) -> PyResult<bool> {
    let _ = args.take_kw("dir_fd");
    match args.take_kw("follow_symlinks") {
        Some(v) => crate::runtime::ops::truthy(vm, &v),
        None => Ok(default),
    }
}

fn do_stat(vm: &Vm, mut args: Args, name: &str, default_follow: bool) -> PyResult {
    let follow = follow(vm, &mut args, default_follow)?;
    let target = arg(&args, 0);
    if let Value::Int(fd) = target {
        return fstat(vm, Args::new(vec![Value::Int(fd)]));
    }
    let p = path_arg(vm, &target, name, "path")?;
    let m = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    };
    m.map(|m| stat_result(vm, &RawStat::of(&m)))
        .map_err(|e| os_error(vm, &e, Some(p.original)))
}

fn fstat(vm: &Vm, args: Args) -> PyResult {
    let fd = crate::runtime::convert::index_value(vm, &arg(&args, 0))? as i32;
    // SAFETY: `fstat` only writes the zeroed struct it is given (any fd value
    // is allowed: a bad one fails with EBADF).
    let (rc, st) = unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        (libc::fstat(fd, &mut st), st)
    };
    if rc != 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(stat_result(vm, &RawStat::of_libc(&st)))
}

pub fn register(vm: &Vm, d: &ObjRef) {
    let t = structseq::make_type(vm, "os", "stat_result", &FIELDS);
    STAT_TYPE.with(|s| *s.borrow_mut() = Some(t.clone()));
    let _ = vm.dict_set_str(d, "stat_result", Value::Type(t));
    for (name, f) in [
        ("stat", (|vm, a| do_stat(vm, a, "stat", true)) as NativeFn),
        ("lstat", |vm, a| do_stat(vm, a, "lstat", false)),
        ("fstat", fstat),
    ] {
        let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
    }
}
