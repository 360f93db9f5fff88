//! `_signal`: Python-level signal handlers.
//!
//! A C handler only marks the signal pending and raises the interpreter's
//! attention flag (`SIGINT_FLAG`, also polled by compiled loops at their back
//! edges); the next instruction boundary calls `dispatch`, which runs the
//! Python handler with the signal number (the `frame` argument is None: pyjit
//! frames are not objects) or, for SIGINT with the default handler, raises
//! KeyboardInterrupt. `SIG_DFL`/`SIG_IGN` go straight to the C library.
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const NOT_PENDING: AtomicBool = AtomicBool::new(false);
static PENDING: [AtomicBool; NSIG] = [NOT_PENDING; NSIG];

thread_local! {
    /// The Python handler of each signal (None: SIG_DFL/SIG_IGN or default).
    static HANDLERS: RefCell<Vec<Value>> = RefCell::new(vec![Value::None; NSIG]);
    static DEFAULT_INT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Mark `sig` as arrived (async-signal-safe: two atomic stores).
pub fn note(sig: i32) {
    if let Some(p) = PENDING.get(sig as usize) {
        p.store(true, Ordering::Relaxed);
    }
    crate::runtime::vm::SIGINT_FLAG.store(true, Ordering::Relaxed);
}

extern "C" fn on_signal(sig: i32) {
    note(sig);
}

fn keyboard_interrupt(vm: &Vm) -> PyErr {
    let ty = vm.exc_type("KeyboardInterrupt");
    vm.new_exception(&ty, vec![])
}

fn is_default_int(h: &Value) -> bool {
    h.is_none() || DEFAULT_INT.with(|d| d.borrow().as_ref().is_some_and(|d| d.is(h)))
}

/// Run the handlers of the signals that arrived (the attention flag was set).
pub fn dispatch(vm: &Vm) -> PyResult<()> {
    let mut any = false;
    for (sig, p) in PENDING.iter().enumerate() {
        if !p.swap(false, Ordering::Relaxed) {
            continue;
        }
        any = true;
        run_handler(vm, sig)?;
    }
    if !any {
        // `_thread.interrupt_main()` or a pre-`_signal` SIGINT: act as SIGINT.
        run_handler(vm, libc::SIGINT as usize)?;
    }
    Ok(())
}

fn run_handler(vm: &Vm, sig: usize) -> PyResult<()> {
    let h = HANDLERS.with(|h| h.borrow()[sig].clone());
    if sig == libc::SIGINT as usize && is_default_int(&h) {
        return Err(keyboard_interrupt(vm));
    }
    if h.is_none() || matches!(h, Value::Int(_)) {
        return Ok(());
    }
    vm.call(&h, vec![Value::Int(sig as i64), Value::None])?;
    Ok(())
}

fn signum(vm: &Vm, v: &Value) -> PyResult<usize> {
    let n = crate::runtime::convert::index_value(vm, v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as usize)
}

fn getsignal(vm: &Vm, args: Args) -> PyResult {
    let sig = signum(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    let h = HANDLERS.with(|h| h.borrow()[sig].clone());
    if !h.is_none() {
        return Ok(h);
    }
    if sig == libc::SIGINT as usize {
        return Ok(DEFAULT_INT
            .with(|d| d.borrow().clone())
            .unwrap_or(Value::None));
    }
    // SAFETY: querying the current disposition (a null new action).
    let current = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig as i32, std::ptr::null(), &mut old);
        old.sa_sigaction
    };
    Ok(Value::Int(if current == libc::SIG_IGN { 1 } else { 0 }))
}

fn set_signal(vm: &Vm, args: Args) -> PyResult {
    let sig = signum(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    let handler = args.pos.get(1).cloned().unwrap_or(Value::None);
    let old = getsignal(vm, Args::new(vec![Value::Int(sig as i64)]))?;
    let action = match &handler {
        Value::Int(0) => libc::SIG_DFL,
        Value::Int(1) => libc::SIG_IGN,
        h if crate::runtime::builtins::is_callable(vm, h) => on_signal as *const () as usize,
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    if sig == libc::SIGKILL as usize || sig == libc::SIGSTOP as usize {
        return Err(crate::runtime::modules::io::os_error_errno(
            vm,
            libc::EINVAL,
            "Invalid argument",
            None,
        ));
    }
    // SAFETY: installs a C handler that only performs atomic stores, or the
    // C library's default/ignore dispositions.
    unsafe {
        libc::signal(sig as i32, action);
    }
    let stored = if matches!(handler, Value::Int(_)) {
        Value::None
    } else {
        handler
    };
    HANDLERS.with(|h| h.borrow_mut()[sig] = stored);
    Ok(old)
}

fn default_int_handler(vm: &Vm, _args: Args) -> PyResult {
    Err(keyboard_interrupt(vm))
}

fn raise_signal(vm: &Vm, args: Args) -> PyResult {
    let sig = signum(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    // SAFETY: sends a signal to this process; its handler runs as usual.
    unsafe {
        libc::raise(sig as i32);
    }
    vm.check_interrupt()?;
    Ok(Value::None)
}

fn strsignal(vm: &Vm, args: Args) -> PyResult {
    let sig = signum(vm, &args.pos.first().cloned().unwrap_or(Value::None))?;
    // SAFETY: strsignal returns a pointer to a static (or thread-local)
    // NUL-terminated description, read at once.
    let text = unsafe {
        let p = libc::strsignal(sig as i32);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    Ok(vm.new_string(text))
}

fn alarm(vm: &Vm, args: Args) -> PyResult {
    let secs = crate::runtime::convert::index_value(
        vm,
        &args.pos.first().cloned().unwrap_or(Value::None),
    )?;
    // SAFETY: schedules SIGALRM; returns the previous timer's seconds.
    Ok(Value::Int(unsafe { libc::alarm(secs.max(0) as u32) } as i64))
}

pub fn make_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_signal");
    let d = m.dict.get().expect("module dict").clone();
    let default_int = vm.new_builtin("default_int_handler", default_int_handler);
    DEFAULT_INT.with(|di| *di.borrow_mut() = Some(default_int.clone()));
    let _ = vm.dict_set_str(&d, "default_int_handler", default_int);
    let funcs: [(&'static str, NativeFn); 7] = [
        ("signal", set_signal),
        ("getsignal", getsignal),
        ("raise_signal", raise_signal),
        ("strsignal", strsignal),
        ("alarm", alarm),
        ("valid_signals", |vm, _| {
            let items: Vec<Value> = (1..NSIG as i64)
                .filter(|s| *s != 32 && *s != 33)
                .map(Value::Int)
                .collect();
            let set = Value::Type(vm.t.set.clone());
            vm.call(&set, vec![vm.new_list(items)])
        }),
        ("set_wakeup_fd", |vm, _| {
            Err(vm.not_implemented_error("signal.set_wakeup_fd is not supported yet"))
        }),
    ];
    for (name, f) in funcs {
        let _ = vm.dict_set_str(&d, name, vm.new_builtin(name, f));
    }
    for (name, v) in [
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", 34),
        ("SIGRTMAX", 64),
        ("SIG_DFL", 0),
        ("SIG_IGN", 1),
        ("SIG_BLOCK", libc::SIG_BLOCK),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK),
        ("SIG_SETMASK", libc::SIG_SETMASK),
        ("NSIG", NSIG as i32),
        ("ITIMER_REAL", libc::ITIMER_REAL),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL),
        ("ITIMER_PROF", libc::ITIMER_PROF),
    ] {
        let _ = vm.dict_set_str(&d, name, Value::Int(v as i64));
    }
    m
}
