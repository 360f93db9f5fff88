//! The `pyjit` command line: `pyjit FILE [ARGS…]`, `-c CODE`, `-m MODULE`, `-`
//! (stdin), `--version`, and the JIT flags (`--jit=off|on|always`,
//! `--jit-threshold=N`, `--jit-log=LETTERS[:FILE]`, also `PYJIT_JIT`,
//! `PYJIT_LOG`). Runs the program, prints an uncaught exception the way CPython
//! does (traceback on stderr, exit status 1), and maps `SystemExit` to the exit
//! status.
use std::rc::Rc;

use crate::runtime::object::*;
use crate::runtime::vm::Vm;

pub const VERSION: &str = "pyjit 0.1.0 (Python 3.11 compatible)";

#[derive(Default, Debug)]
pub struct Options {
    pub command: Option<String>,
    pub module: Option<String>,
    pub script: Option<String>,
    pub args: Vec<String>,
    pub jit: Option<String>,
    pub jit_log: Option<String>,
    pub jit_threshold: Option<u32>,
}

pub fn usage() -> &'static str {
    "usage: pyjit [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
     Options:\n\
     -c cmd          program passed in as string\n\
     -m mod          run library module as a script\n\
     -               read the program from stdin\n\
     -V, --version   print the version and exit\n\
     --jit=MODE      off | on (default) | always (compile every loop at once)\n\
     --jit-threshold=N  loop iterations before a loop is traced (default 1039)\n\
     --jit-log=LETTERS[:FILE]  JIT diagnostics: t traces, b bytecode, i IR, c Cranelift IR, m machine code, x exits, s summary\n"
}

pub fn parse_args(argv: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "-c" {
            let code = argv
                .get(i + 1)
                .ok_or("Argument expected for the -c option")?;
            o.command = Some(code.clone());
            o.args = std::iter::once("-c".to_string())
                .chain(argv[i + 2..].iter().cloned())
                .collect();
            return Ok(o);
        } else if let Some(code) = a
            .strip_prefix("-c")
            .filter(|c| !c.is_empty() && !a.starts_with("--"))
        {
            o.command = Some(code.to_string());
            o.args = std::iter::once("-c".to_string())
                .chain(argv[i + 1..].iter().cloned())
                .collect();
            return Ok(o);
        } else if a == "-m" {
            let m = argv
                .get(i + 1)
                .ok_or("Argument expected for the -m option")?;
            o.module = Some(m.clone());
            o.args = std::iter::once(m.clone())
                .chain(argv[i + 2..].iter().cloned())
                .collect();
            return Ok(o);
        } else if a == "-" {
            o.script = Some("-".into());
            o.args = std::iter::once("-".to_string())
                .chain(argv[i + 1..].iter().cloned())
                .collect();
            return Ok(o);
        } else if let Some(v) = a.strip_prefix("--jit=") {
            if !matches!(v, "off" | "on" | "always") {
                return Err(format!("--jit expects off, on or always, not '{}'", v));
            }
            o.jit = Some(v.to_string());
        } else if let Some(v) = a.strip_prefix("--jit-log=") {
            o.jit_log = Some(v.to_string());
        } else if let Some(v) = a.strip_prefix("--jit-threshold=") {
            o.jit_threshold = Some(
                v.parse()
                    .map_err(|_| format!("--jit-threshold expects a number, not '{}'", v))?,
            );
        } else if a == "-V" || a == "--version" {
            o.command = None;
            o.script = Some("--version".into());
            return Ok(o);
        } else if a == "-h" || a == "--help" {
            o.script = Some("--help".into());
            return Ok(o);
        } else if matches!(
            a.as_str(),
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-b" | "-bb" | "-q"
        ) {
            // Accepted for compatibility with CPython's command line; no effect.
        } else if a == "-X" || a == "-W" {
            i += 1;
        } else if a.starts_with('-') && a.len() > 1 {
            return Err(format!("Unknown option: {}", a));
        } else {
            o.script = Some(a.clone());
            o.args = argv[i..].to_vec();
            return Ok(o);
        }
        i += 1;
    }
    Ok(o)
}

/// Run pyjit with the process arguments (without argv[0]); returns the exit status.
pub fn run(argv: Vec<String>) -> i32 {
    let opts = match parse_args(&argv) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{}\n{}", msg, usage());
            return 2;
        }
    };
    match opts.script.as_deref() {
        Some("--version") => {
            println!("{}", VERSION);
            return 0;
        }
        Some("--help") => {
            print!("{}", usage());
            return 0;
        }
        _ => {}
    }
    crate::runtime::pyhash::init_hash_secret(std::env::var("PYTHONHASHSEED").ok().as_deref());
    install_sigint_handler();
    let vm = Vm::new();
    if let Err(msg) = configure_jit(&vm, &opts) {
        eprintln!("pyjit: {}", msg);
        return 2;
    }
    crate::runtime::finalize::install_vm(&vm);
    let (source, filename, script_dir) = if let Some(code) = &opts.command {
        (Some(code.clone()), "<string>".to_string(), String::new())
    } else if let Some(m) = &opts.module {
        let _ = m;
        (
            None,
            String::new(),
            std::env::current_dir()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        )
    } else if let Some(s) = &opts.script {
        if s == "-" {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text);
            (Some(text), "<stdin>".to_string(), String::new())
        } else {
            match std::fs::read(s) {
                Ok(bytes) => {
                    let text = String::from_utf8_lossy(&bytes).to_string();
                    // CPython 3.11 reports the script by its absolute path (`__file__`, tracebacks).
                    let abs = std::fs::canonicalize(s)
                        .map(|p| p.to_string_lossy().to_string())
                        .unwrap_or_else(|_| s.clone());
                    let dir = std::path::Path::new(&abs)
                        .parent()
                        .map(|p| p.to_string_lossy().to_string())
                        .unwrap_or_default();
                    let dir = if dir.is_empty() { ".".to_string() } else { dir };
                    (Some(text), abs, dir)
                }
                Err(e) => {
                    let shown = std::env::current_dir()
                        .map(|d| d.join(s).to_string_lossy().to_string())
                        .unwrap_or_else(|_| s.clone());
                    eprintln!(
                        "pyjit: can't open file '{}': [Errno {}] {}",
                        shown,
                        e.raw_os_error().unwrap_or(2),
                        io_error_text(&e)
                    );
                    return 2;
                }
            }
        }
    } else {
        eprintln!("pyjit: interactive mode is not supported yet; pass a file, -c CODE, -m MODULE or -\n{}", usage());
        return 2;
    };
    let mut path = vec![script_dir];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(
            pp.split(':')
                .filter(|p| !p.is_empty())
                .map(|s| s.to_string()),
        );
    }
    if let Some(lib) = crate::runtime::stdlib_path::find() {
        path.push(lib.to_string_lossy().to_string());
    }
    let args = if opts.args.is_empty() {
        vec![String::new()]
    } else {
        opts.args.clone()
    };
    crate::runtime::modules::sys::make_module(&vm, &args, &path);
    *vm.path.borrow_mut() = path;
    let result = match (&source, &opts.module) {
        (Some(src), _) => run_main(&vm, src, &filename),
        (None, Some(m)) => run_module(&vm, m),
        _ => Ok(Value::None),
    };
    let status = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(&vm, &e),
    };
    let status = finalize_main(&vm, status);
    crate::tiers::trace::report_summary(&vm);
    crate::runtime::builtins::flush_stdout();
    crate::runtime::finalize::uninstall_vm();
    status
}

/// Apply `--jit`, `--jit-threshold`, `--jit-log` (or `PYJIT_JIT`,
/// `PYJIT_JIT_THRESHOLD`, `PYJIT_LOG`; flags win over the environment).
fn configure_jit(vm: &Vm, opts: &Options) -> Result<(), String> {
    use crate::tiers::trace::Mode;
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let mode = match opts.jit.clone().or_else(|| env("PYJIT_JIT")).as_deref() {
        None | Some("on") => Mode::On,
        Some("off") => Mode::Off,
        Some("always") => Mode::Always,
        Some(other) => {
            return Err(format!(
                "PYJIT_JIT expects off, on or always, not '{}'",
                other
            ))
        }
    };
    let threshold = match opts.jit_threshold {
        Some(n) => Some(n),
        None => match env("PYJIT_JIT_THRESHOLD") {
            Some(v) => Some(
                v.parse::<u32>()
                    .map_err(|_| format!("PYJIT_JIT_THRESHOLD expects a number, not '{}'", v))?,
            ),
            None => None,
        },
    };
    vm.jit.configure(mode, threshold);
    if let Some(spec) = opts.jit_log.clone().or_else(|| env("PYJIT_LOG")) {
        *vm.jit.log.borrow_mut() = crate::tiers::trace::log::JitLog::parse(&spec)?;
    }
    Ok(())
}

/// Interpreter shutdown, as CPython's `Py_FinalizeEx` does it for `__main__`:
/// collect garbage, then clear the module's globals (underscore names first,
/// `__builtins__` last) so finalizers of objects it held run, then collect the
/// cycles that clearing made unreachable.
fn finalize_main(vm: &Vm, status: i32) -> i32 {
    crate::runtime::finalize::run_pending(vm);
    crate::runtime::modules::atexit::run_exit_funcs(vm);
    crate::runtime::modules::weakref::run_atexit(vm);
    crate::runtime::gc::collect(vm);
    crate::runtime::finalize::run_pending(vm);
    if let Some(main) = vm.dict_get_str(&vm.sys_modules, "__main__") {
        if let Some(d) = main.as_obj().and_then(|m| m.dict.get()).cloned() {
            let keys: Vec<Value> = crate::runtime::dictops::items(&d)
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            for pass in 0..2 {
                for k in &keys {
                    let name = k.as_str().unwrap_or("");
                    if name == "__builtins__" {
                        continue;
                    }
                    let underscore = name.starts_with('_') && !name.starts_with("__");
                    if (pass == 0) == underscore {
                        let _ = crate::runtime::dictops::dict_set(vm, &d, k.clone(), Value::None);
                        crate::runtime::finalize::run_pending(vm);
                    }
                }
            }
        }
    }
    crate::runtime::gc::collect(vm);
    crate::runtime::finalize::run_pending(vm);
    crate::runtime::gc::collect(vm);
    crate::runtime::finalize::run_pending(vm);
    crate::runtime::modules::io::flush_all_open_files();
    status
}

fn io_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn main_module(vm: &Vm, filename: Option<&str>) -> ObjRef {
    let m = vm.new_module("__main__");
    let d = m.dict.get().expect("module dict").clone();
    if let Some(f) = filename {
        let _ = vm.dict_set_str(&d, "__file__", vm.new_str(f));
    }
    let _ = vm.dict_set_str(&d, "__builtins__", Value::Obj(vm.builtins.clone()));
    let _ = vm.dict_set_str(&d, "__package__", Value::None);
    let _ = vm.dict_set_str(&d, "__spec__", Value::None);
    let _ = crate::runtime::dictops::dict_set(
        vm,
        &vm.sys_modules,
        vm.new_str("__main__"),
        Value::Obj(m.clone()),
    );
    d
}

fn run_main(vm: &Vm, src: &str, filename: &str) -> PyResult<Value> {
    let file = if filename.starts_with('<') {
        None
    } else {
        Some(filename)
    };
    let d = main_module(vm, file);
    crate::runtime::import::exec_source(vm, src, filename, &d)
}

fn run_module(vm: &Vm, name: &str) -> PyResult<Value> {
    let path = vm.path.borrow().clone();
    for dir in path {
        let f = std::path::Path::new(&dir).join(format!("{}.py", name.replace('.', "/")));
        if f.is_file() {
            let src =
                std::fs::read_to_string(&f).map_err(|e| vm.new_error("OSError", e.to_string()))?;
            let fname = std::fs::canonicalize(&f)
                .unwrap_or(f.clone())
                .to_string_lossy()
                .to_string();
            // CPython sets sys.argv[0] to the module's full path for `-m`.
            if let Some(argv) = crate::runtime::modules::sys_attr(vm, "argv") {
                crate::runtime::ops::setitem(vm, &argv, &Value::Int(0), vm.new_str(&fname))?;
            }
            return run_main(vm, &src, &fname);
        }
    }
    Err(vm.new_error("ModuleNotFoundError", format!("No module named {}", name)))
}

/// Print an uncaught exception (or honour SystemExit); returns the exit status.
pub fn handle_uncaught(vm: &Vm, e: &PyErr) -> i32 {
    if vm.err_is(e, "SystemExit") {
        let args = match &e.payload {
            Payload::Exception(d) => d.borrow().args.clone(),
            _ => Vec::new(),
        };
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => vm.new_tuple(args),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = crate::runtime::ops::str_(vm, &other).unwrap_or_default();
                crate::runtime::builtins::write_stderr(&format!("{}\n", s));
                1
            }
        };
    }
    let text = crate::runtime::exceptions::format_exception(vm, e);
    crate::runtime::builtins::write_stderr(&text);
    let _ = Rc::strong_count(e);
    if vm.err_is(e, "KeyboardInterrupt") {
        // Like CPython: die from SIGINT so the parent sees "killed by signal 2".
        crate::runtime::builtins::flush_stdout();
        // SAFETY: restoring the default disposition (SIG_DFL = 0) and raising
        // SIGINT on ourselves; both are plain libc calls with no shared state.
        unsafe {
            signal(2, 0);
            raise(2);
        }
        return 130;
    }
    1
}

extern "C" fn on_sigint(sig: i32) {
    crate::runtime::modules::signal::note(sig);
}

extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn raise(signum: i32) -> i32;
}

fn install_sigint_handler() {
    // SAFETY: `signal` is the C library's; the handler only stores to an atomic,
    // which is async-signal-safe. SIGINT is 2 on Linux.
    unsafe {
        signal(2, on_sigint as *const () as usize);
    }
}
