//! The `sys` module.
use crate::runtime::object::*;
use crate::runtime::vm::Vm;

fn sys_exit(vm: &Vm, args: Args) -> PyResult {
    let ty = vm.exc_type("SystemExit");
    Err(vm.new_exception(&ty, args.pos))
}

fn sys_getrecursionlimit(vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(vm.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(vm: &Vm, args: Args) -> PyResult {
    let n = crate::runtime::convert::index_value(
        vm,
        &args.pos.first().cloned().unwrap_or(Value::None),
    )?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit.set((n as usize).min(200_000));
    Ok(Value::None)
}

fn sys_exc_info(vm: &Vm, _args: Args) -> PyResult {
    let cur = vm.handled.borrow().last().cloned().flatten();
    Ok(match cur {
        Some(e) => vm.new_tuple(vec![
            Value::Type(e.class.clone()),
            Value::Obj(e.clone()),
            crate::runtime::modules::traceback_object(vm, &e),
        ]),
        None => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn sys_exception(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm
        .handled
        .borrow()
        .last()
        .cloned()
        .flatten()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}

fn sys_intern(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn sys_getrefcount(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Int(match args.pos.first() {
        Some(Value::Obj(o)) => std::rc::Rc::strong_count(o) as i64,
        _ => 1,
    }))
}

fn sys_settrace(vm: &Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(Value::None) | None => Ok(Value::None),
        _ => Err(vm.not_implemented_error(
            "sys.settrace()/setprofile() tracing hooks are not supported yet",
        )),
    }
}

/// `sys.excepthook(type, value, traceback)`: print the exception as the
/// interpreter does for an uncaught one.
fn sys_excepthook(vm: &Vm, args: Args) -> PyResult {
    match args.pos.get(1) {
        Some(Value::Obj(e)) if matches!(e.payload, Payload::Exception(_)) => {
            crate::runtime::modules::io::flush_all_open_files();
            eprint!("{}", crate::runtime::exc_print::format_exception(vm, e));
            Ok(Value::None)
        }
        _ => Err(vm.type_error("TypeError: print_exception(): Exception expected for value")),
    }
}

fn sys_getsizeof(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(64))
}

pub fn make_module(vm: &Vm, argv: &[String], path: &[String]) -> ObjRef {
    let m = vm.new_module("sys");
    let d = m.dict.get().expect("module dict").clone();
    let set = |k: &str, v: Value| {
        let _ = vm.dict_set_str(&d, k, v);
    };
    set(
        "argv",
        vm.new_list(argv.iter().map(|a| vm.new_str(a)).collect()),
    );
    set(
        "path",
        vm.new_list(path.iter().map(|a| vm.new_str(a)).collect()),
    );
    set("modules", Value::Obj(vm.sys_modules.clone()));
    set("stdin", crate::runtime::modules::stream(0));
    set("stdout", crate::runtime::modules::stream(1));
    set("stderr", crate::runtime::modules::stream(2));
    set("__stdout__", crate::runtime::modules::stream(1));
    set("__stderr__", crate::runtime::modules::stream(2));
    set("version", vm.new_str("3.11.7 (pyjit 0.1.0)"));
    use crate::runtime::modules::structseq;
    let version = structseq::make(
        vm,
        "sys",
        "version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", vm.new_str("final")),
            ("serial", Value::Int(0)),
        ],
    );
    set("version_info", version.clone());
    set(
        "float_info",
        structseq::make(
            vm,
            "sys",
            "float_info",
            &[
                ("max", Value::Float(f64::MAX)),
                ("max_exp", Value::Int(1024)),
                ("max_10_exp", Value::Int(308)),
                ("min", Value::Float(f64::MIN_POSITIVE)),
                ("min_exp", Value::Int(-1021)),
                ("min_10_exp", Value::Int(-307)),
                ("dig", Value::Int(15)),
                ("mant_dig", Value::Int(53)),
                ("epsilon", Value::Float(f64::EPSILON)),
                ("radix", Value::Int(2)),
                ("rounds", Value::Int(1)),
            ],
        ),
    );
    let hash_random = !matches!(std::env::var("PYTHONHASHSEED").ok().as_deref(), Some("0"));
    set(
        "flags",
        structseq::make(
            vm,
            "sys",
            "flags",
            &[
                ("debug", Value::Int(0)),
                ("inspect", Value::Int(0)),
                ("interactive", Value::Int(0)),
                ("optimize", Value::Int(0)),
                (
                    "dont_write_bytecode",
                    Value::Int(std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some() as i64),
                ),
                ("no_user_site", Value::Int(0)),
                ("no_site", Value::Int(0)),
                ("ignore_environment", Value::Int(0)),
                ("verbose", Value::Int(0)),
                ("bytes_warning", Value::Int(0)),
                ("quiet", Value::Int(0)),
                ("hash_randomization", Value::Int(hash_random as i64)),
                ("isolated", Value::Int(0)),
                ("dev_mode", Value::Bool(false)),
                ("utf8_mode", Value::Int(0)),
                ("warn_default_encoding", Value::Int(0)),
                ("safe_path", Value::Bool(false)),
                ("int_max_str_digits", Value::Int(-1)),
            ],
        ),
    );
    set(
        "int_info",
        structseq::make(
            vm,
            "sys",
            "int_info",
            &[
                ("bits_per_digit", Value::Int(30)),
                ("sizeof_digit", Value::Int(4)),
                ("default_max_str_digits", Value::Int(4300)),
                ("str_digits_check_threshold", Value::Int(640)),
            ],
        ),
    );
    set(
        "hash_info",
        structseq::make(
            vm,
            "sys",
            "hash_info",
            &[
                ("width", Value::Int(64)),
                ("modulus", Value::Int((1i64 << 61) - 1)),
                ("inf", Value::Int(314159)),
                ("nan", Value::Int(0)),
                ("imag", Value::Int(1000003)),
                ("algorithm", vm.new_str("siphash13")),
                ("hash_bits", Value::Int(64)),
                ("seed_bits", Value::Int(128)),
                ("cutoff", Value::Int(0)),
            ],
        ),
    );
    set("api_version", Value::Int(1013));
    set("prefix", vm.new_str("/usr/local"));
    set("base_prefix", vm.new_str("/usr/local"));
    set("exec_prefix", vm.new_str("/usr/local"));
    set("warnoptions", vm.new_list(vec![]));
    set(
        "orig_argv",
        vm.new_list(std::env::args().map(|a| vm.new_str(&a)).collect()),
    );
    set("hexversion", Value::Int(0x030b07f0));
    set("platform", vm.new_str("linux"));
    set("byteorder", vm.new_str("little"));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set(
        "executable",
        vm.new_str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    set("implementation_name", vm.new_str("pyjit"));
    set(
        "implementation",
        crate::runtime::modules::namespace::make(
            vm,
            &[
                ("name", vm.new_str("pyjit")),
                ("cache_tag", Value::None),
                ("version", version),
                ("hexversion", Value::Int(0x030b07f0)),
                ("_multiarch", vm.new_str("x86_64-linux-gnu")),
            ],
        ),
    );
    set("dont_write_bytecode", Value::Bool(true));
    set(
        "meta_path",
        vm.new_list(vec![crate::runtime::modules::meta_path::make_finder(vm)]),
    );
    set("path_hooks", vm.new_list(vec![]));
    set("path_importer_cache", vm.new_dict());
    set(
        "builtin_module_names",
        vm.new_tuple(
            crate::runtime::modules::BUILTIN_MODULE_NAMES
                .iter()
                .map(|s| vm.new_str(s))
                .collect(),
        ),
    );
    for (name, f) in [
        ("exit", sys_exit as NativeFn),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
        ("getdefaultencoding", |vm, _| Ok(vm.new_str("utf-8"))),
        ("getfilesystemencoding", |vm, _| Ok(vm.new_str("utf-8"))),
        ("getfilesystemencodeerrors", |vm, _| {
            Ok(vm.new_str("surrogateescape"))
        }),
        ("getrefcount", sys_getrefcount),
        ("settrace", sys_settrace),
        ("setprofile", sys_settrace),
        ("gettrace", |_, _| Ok(Value::None)),
        ("excepthook", sys_excepthook),
        // No audit hooks can be installed: auditing events is a no-op.
        ("audit", |_, _| Ok(Value::None)),
        ("addaudithook", |vm, _| {
            Err(vm.not_implemented_error("sys.addaudithook() is not supported yet"))
        }),
        ("_getframe", |vm, a| {
            let depth = match a.pos.first() {
                Some(d) => crate::runtime::convert::index_value(vm, d)?.max(0) as usize,
                None => 0,
            };
            crate::tiers::frame_stack::getframe(vm, depth)
        }),
    ] {
        set(name, vm.new_builtin(name, f));
    }
    let _ = crate::runtime::dictops::dict_set(
        vm,
        &vm.sys_modules,
        vm.new_str("sys"),
        Value::Obj(m.clone()),
    );
    *vm.sys.borrow_mut() = Some(m.clone());
    m
}
