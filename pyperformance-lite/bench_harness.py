"""The measurement harness shared by every pyperformance-lite benchmark.

A benchmark calls `run_benchmark(make_workload, checksum, default_size)`: it
parses `--size N`, `--iterations K` and `--warmup W` by hand (so it runs on
runtimes without argparse), runs W warm-up and K measured iterations of the
workload timed with `time.perf_counter()`, and prints the protocol the runner
reads: one `warmup <seconds>` or `iter <seconds>` line per iteration, then
`checksum <value>`.
"""

import sys
import time


def _parse_args(default_size):
    size, iterations, warmup = default_size, 5, 2
    argv = sys.argv[1:]
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
            i += 1
        else:
            name = arg
            if i + 1 >= len(argv):
                sys.stderr.write("missing value for " + name + "\n")
                sys.exit(2)
            value = argv[i + 1]
            i += 2
        if name == "--size":
            size = int(value)
        elif name == "--iterations":
            iterations = int(value)
        elif name == "--warmup":
            warmup = int(value)
        else:
            sys.stderr.write("unknown argument: " + name + "\n")
            sys.exit(2)
    return size, iterations, warmup


def run_benchmark(make_workload, checksum, default_size):
    size, iterations, warmup = _parse_args(default_size)
    workload = make_workload(size)
    clock = time.perf_counter
    result = None
    for _ in range(warmup):
        t0 = clock()
        result = workload()
        t1 = clock()
        print("warmup " + repr(t1 - t0))
    for _ in range(iterations):
        t0 = clock()
        result = workload()
        t1 = clock()
        print("iter " + repr(t1 - t0))
    if warmup + iterations == 0:
        result = workload()
    print("checksum " + str(checksum(result)))
