//! Helpers for pyjit's criterion benchmarks: compile a Python snippet once and
//! run it many times on one interpreter.
use std::rc::Rc;

use pyjit::frontend::bytecode::Code;
use pyjit::runtime::object::ObjRef;
use pyjit::runtime::vm::Vm;

/// A compiled snippet with its interpreter and a namespace.
pub struct Snippet {
    pub vm: Vm,
    pub code: Rc<Code>,
    pub globals: ObjRef,
}

impl Snippet {
    /// Compile `setup` (run once) and `body` (run per iteration).
    pub fn new(setup: &str, body: &str) -> Snippet {
        let vm = Vm::new();
        let globals = vm.new_dict_obj();
        let _ = vm.dict_set_str(&globals, "__name__", vm.new_str("__bench__"));
        let setup_code =
            pyjit::frontend::compile(&vm, setup, "<setup>", pyjit::frontend::Mode::Exec)
                .unwrap_or_else(|e| panic!("setup: {}", e.msg));
        if pyjit::tiers::interp::run_code_in(&vm, setup_code, globals.clone(), None, &[]).is_err() {
            panic!("setup raised");
        }
        let code = pyjit::frontend::compile(&vm, body, "<bench>", pyjit::frontend::Mode::Exec)
            .unwrap_or_else(|e| panic!("body: {}", e.msg));
        Snippet { vm, code, globals }
    }

    /// Run the body once.
    pub fn run(&self) {
        if pyjit::tiers::interp::run_code_in(
            &self.vm,
            self.code.clone(),
            self.globals.clone(),
            None,
            &[],
        )
        .is_err()
        {
            panic!("benchmark body raised");
        }
    }
}
