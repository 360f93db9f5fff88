#!/usr/bin/env python3
"""A fake Python runtime for the runner's tests: fakert.py MODE SCRIPT ARGS...

Modes:
  ok                  run SCRIPT normally (like python3)
  badsum              run SCRIPT, then print a wrong checksum
  flaky:FILE          like ok, but every second run (counted in FILE) prints a wrong checksum
  crash               print a Rust-style panic on stderr and exit 101
  hang:FILE           start a sleeping child (pid written to FILE), then sleep forever
  nomodule:NAME       run SCRIPT with module NAME made unimportable
`fakert.py MODE --version` prints "fakert MODE".
"""
import contextlib
import importlib.abc
import io
import os
import runpy
import subprocess
import sys
import time


def run(script):
    runpy.run_path(script, run_name='__main__')


def run_with_wrong_checksum(script):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        run(script)
    for line in buf.getvalue().splitlines():
        print('checksum wrong-42' if line.startswith('checksum ') else line)


class Blocker(importlib.abc.MetaPathFinder):
    def __init__(self, name):
        self.name = name

    def find_spec(self, fullname, path=None, target=None):
        if fullname == self.name:
            raise ModuleNotFoundError(f'No module named {fullname!r}', name=fullname)
        return None


def main():
    mode, _, arg = sys.argv[1].partition(':')
    rest = sys.argv[2:]
    if rest == ['--version']:
        print('fakert', sys.argv[1])
        return
    script = rest[0]
    sys.argv = rest
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    if mode == 'ok':
        run(script)
    elif mode == 'badsum':
        run_with_wrong_checksum(script)
    elif mode == 'flaky':
        n = int(open(arg).read()) if os.path.exists(arg) else 0
        with open(arg, 'w') as f:
            f.write(str(n + 1))
        if n % 2:
            run_with_wrong_checksum(script)
        else:
            run(script)
    elif mode == 'crash':
        print('warmup 0.001', flush=True)
        sys.stderr.write("thread 'main' panicked at src/vm.rs:12:5:\nboom: stack underflow\n")
        sys.stderr.flush()
        os._exit(101)
    elif mode == 'hang':
        child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])
        with open(arg, 'w') as f:
            f.write(str(child.pid))
        time.sleep(120)
    elif mode == 'nomodule':
        sys.modules.pop(arg, None)
        sys.meta_path.insert(0, Blocker(arg))
        run(script)
    else:
        sys.exit(f'fakert: unknown mode {mode}')


if __name__ == '__main__':
    main()
