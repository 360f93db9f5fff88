//! Micro-benchmarks of the runtime's hot paths. Each one runs a small Python
//! loop (inside a function, so locals are fast locals) through the tier-1
//! interpreter; compare runs of this suite to see the effect of a change on one
//! path in isolation. Run with `cargo bench -p pyjit-benches`.
use criterion::{criterion_group, criterion_main, Criterion};
use pyjit_benches::Snippet;

const N: usize = 10_000;

fn bench(c: &mut Criterion, name: &str, setup: &str, body: &str) {
    let s = Snippet::new(&setup.replace("{N}", &N.to_string()), body);
    c.bench_function(name, |b| b.iter(|| s.run()));
}

fn runtime(c: &mut Criterion) {
    bench(
        c,
        "dispatch_empty_loop",
        "def f():\n    for i in range({N}):\n        pass\n",
        "f()",
    );
    bench(c, "int_arith", "def f():\n    t = 0\n    for i in range({N}):\n        t = (t + i * 3) % 1000003\n    return t\n", "f()");
    bench(c, "float_arith", "def f():\n    x = 0.5\n    for i in range({N}):\n        x = x * 1.000001 + 0.25\n    return x\n", "f()");
    bench(
        c,
        "attribute_load",
        "class P:\n    def __init__(self):\n        self.x = 1\np = P()\ndef f():\n    t = 0\n    for i in range({N}):\n        t += p.x\n    return t\n",
        "f()",
    );
    bench(
        c,
        "global_lookup",
        "G = 3\ndef f():\n    t = 0\n    for i in range({N}):\n        t += G\n    return t\n",
        "f()",
    );
    bench(
        c,
        "python_call",
        "def g(a):\n    return a\ndef f():\n    for i in range({N}):\n        g(i)\n",
        "f()",
    );
    bench(c, "dict_get_set", "def f():\n    d = {}\n    for i in range({N}):\n        d[i & 255] = i\n        d.get(i & 127)\n", "f()");
    bench(
        c,
        "list_append_index",
        "def f():\n    l = []\n    for i in range({N}):\n        l.append(i)\n        l[i >> 1]\n",
        "f()",
    );
    bench(c, "str_concat_join", "def f():\n    s = ''\n    for i in range({N} // 10):\n        s += 'ab'\n    return '-'.join([s] * 100)\n", "f()");
}

criterion_group!(benches, runtime);
criterion_main!(benches);
