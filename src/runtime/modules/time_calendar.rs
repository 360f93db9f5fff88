//! The calendar half of `time`: `struct_time`, `localtime`, `gmtime`, `mktime`,
//! `strftime`, `asctime`/`ctime` and the timezone constants, over the C
//! library's own conversions (so local time follows `TZ` as CPython's does).
use std::cell::RefCell;

use crate::runtime::modules::structseq;
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

thread_local! {
    static STRUCT_TIME: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

fn struct_time_type(vm: &Vm) -> TypeRef {
    STRUCT_TIME
        .with(|t| t.borrow().clone())
        .unwrap_or_else(|| vm.t.tuple.clone())
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `tm` is plain data; all-zero is a valid (if meaningless) value,
    // and `tm_zone` null is allowed.
    unsafe { std::mem::zeroed() }
}

fn to_struct(vm: &Vm, tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null `tm_zone` from the C library points to a
        // NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    let items = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
    ];
    structseq::instance(
        vm,
        &struct_time_type(vm),
        items,
        &[
            ("tm_zone", vm.new_string(zone)),
            ("tm_gmtoff", Value::Int(tm.tm_gmtoff)),
        ],
    )
}

fn secs_arg(vm: &Vm, args: &Args) -> PyResult<libc::time_t> {
    match args.pos.first() {
        None | Some(Value::None) => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as libc::time_t)
            .unwrap_or(0)),
        Some(v) => {
            let f = crate::runtime::convert::to_f64(vm, v)?;
            if !f.is_finite() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            Ok(f.floor() as libc::time_t)
        }
    }
}

fn convert(vm: &Vm, args: Args, local: bool) -> PyResult {
    let t = secs_arg(vm, &args)?;
    let mut tm = zeroed_tm();
    // SAFETY: both functions only read `t` and fill `tm`.
    let ok = unsafe {
        if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    if ok.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(to_struct(vm, &tm))
}

/// A `struct_time` or 9-tuple back into a C `tm`.
fn from_tuple(vm: &Vm, v: &Value, func: &str) -> PyResult<libc::tm> {
    let items = crate::runtime::iter::collect(vm, v)?;
    if items.len() != 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", func)));
    }
    let n = |i: usize| crate::runtime::convert::index_value(vm, &items[i]);
    let mut tm = zeroed_tm();
    tm.tm_year = (n(0)? - 1900) as i32;
    tm.tm_mon = (n(1)? - 1) as i32;
    tm.tm_mday = n(2)? as i32;
    tm.tm_hour = n(3)? as i32;
    tm.tm_min = n(4)? as i32;
    tm.tm_sec = n(5)? as i32;
    tm.tm_wday = ((n(6)? + 1) % 7) as i32;
    tm.tm_yday = (n(7)? - 1) as i32;
    tm.tm_isdst = n(8)? as i32;
    Ok(tm)
}

fn current_local(vm: &Vm) -> PyResult<libc::tm> {
    let v = convert(vm, Args::new(vec![]), true)?;
    from_tuple(vm, &v, "strftime")
}

fn mktime(vm: &Vm, args: Args) -> PyResult {
    let mut tm = from_tuple(
        vm,
        &args.pos.first().cloned().unwrap_or(Value::None),
        "mktime",
    )?;
    tm.tm_wday = -1;
    // SAFETY: `mktime` normalises the struct it is given.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

fn strftime(vm: &Vm, args: Args) -> PyResult {
    let Some(fmt) = args
        .pos
        .first()
        .and_then(|f| f.as_str().map(str::to_string))
    else {
        return Err(vm.type_error("strftime() argument 1 must be str"));
    };
    let tm = match args.pos.get(1) {
        Some(t) => from_tuple(vm, t, "strftime")?,
        None => current_local(vm)?,
    };
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let c = std::ffi::CString::new(fmt).map_err(|_| vm.value_error("embedded null character"))?;
    let mut size = 256;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` bytes; `c` and `tm` are valid for the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, c.as_ptr(), &tm) };
        if n > 0 || size > 1 << 16 {
            buf.truncate(n);
            return Ok(vm.new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_of(vm: &Vm, t: &Value) -> PyResult {
    let items = crate::runtime::iter::collect(vm, t)?;
    let n = |i: usize| crate::runtime::convert::index_value(vm, &items[i]);
    if items.len() != 9 {
        return Err(vm.type_error("asctime(): illegal time tuple argument"));
    }
    Ok(vm.new_string(format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[n(6)?.rem_euclid(7) as usize],
        MONTHS[(n(1)? - 1).rem_euclid(12) as usize],
        n(2)?,
        n(3)?,
        n(4)?,
        n(5)?,
        n(0)?
    )))
}

pub fn register(vm: &Vm, d: &ObjRef) {
    let t = structseq::make_type(vm, "time", "struct_time", &FIELDS);
    STRUCT_TIME.with(|s| *s.borrow_mut() = Some(t.clone()));
    let _ = vm.dict_set_str(d, "struct_time", Value::Type(t));
    let funcs: [(&'static str, NativeFn); 6] = [
        ("localtime", |vm, a| convert(vm, a, true)),
        ("gmtime", |vm, a| convert(vm, a, false)),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", |vm, a| match a.pos.first() {
            Some(t) => asctime_of(vm, t),
            None => asctime_of(vm, &convert(vm, Args::new(vec![]), true)?),
        }),
        ("ctime", |vm, a| asctime_of(vm, &convert(vm, a, true)?)),
    ];
    for (name, f) in funcs {
        let _ = vm.dict_set_str(d, name, vm.new_builtin(name, f));
    }
    // SAFETY: `localtime_r` reads TZ (as `tzset` would) and fills `tm`.
    let (timezone, daylight) = unsafe {
        let mut tm = zeroed_tm();
        let now = secs_arg(vm, &Args::new(vec![])).unwrap_or(0);
        libc::localtime_r(&now, &mut tm);
        (-tm.tm_gmtoff, tm.tm_isdst)
    };
    let zone = convert(vm, Args::new(vec![]), true)
        .ok()
        .and_then(|v| crate::runtime::attr::getattr_str(vm, &v, "tm_zone").ok())
        .unwrap_or_else(|| vm.new_str("UTC"));
    let _ = vm.dict_set_str(d, "timezone", Value::Int(timezone));
    let _ = vm.dict_set_str(
        d,
        "altzone",
        Value::Int(timezone - if daylight > 0 { 3600 } else { 0 }),
    );
    let _ = vm.dict_set_str(d, "daylight", Value::Int((daylight > 0) as i64));
    let _ = vm.dict_set_str(d, "tzname", vm.new_tuple(vec![zone.clone(), zone]));
}
