//! The `pyjit` executable: runs the CLI on a thread with a large stack so deep
//! (but legal) Python recursion up to the recursion limit never overflows the
//! Rust stack.
#[global_allocator]
static GLOBAL: pyjit::alloc::PlainMiMalloc = pyjit::alloc::PlainMiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let child = std::thread::Builder::new()
        .name("pyjit-main".into())
        .stack_size(4 << 30)
        .spawn(move || pyjit::cli::run(args));
    let code = match child {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("pyjit: cannot start the interpreter thread: {}", e);
            70
        }
    };
    std::process::exit(code);
}
