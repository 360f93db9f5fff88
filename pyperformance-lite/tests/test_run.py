#!/usr/bin/env python3
"""Tests for pyperformance-lite/run (unittest, standard library only).

Each test builds a temporary bench directory with tiny fake benchmark
programs and runs the runner against fake runtimes (tests/fakert.py, which
runs a program like python3 but can crash, hang, print a wrong checksum or
refuse to import a module).  No assertion depends on timing.

    python3 pyperformance-lite/tests/test_run.py [-v]
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile
import textwrap
import unittest
import xml.etree.ElementTree as ET

TESTS = os.path.dirname(os.path.abspath(__file__))
RUN = os.path.join(os.path.dirname(TESTS), 'run')
FAKERT = os.path.join(TESTS, 'fakert.py')
# A guard so a broken runner fails the test instead of hanging it.
GUARD_S = 120

PROTOCOL = '''
import argparse
import time

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--size', type=int, default={default})
    ap.add_argument('--iterations', type=int, default=3)
    ap.add_argument('--warmup', type=int, default=1)
    a = ap.parse_args()
    result = None
    for i in range(a.warmup + a.iterations):
        t0 = time.perf_counter()
        result = work(a.size)
        dt = time.perf_counter() - t0
        print('warmup' if i < a.warmup else 'iter', dt)
    print('checksum', result)

main()
'''

BENCHES = {
    # DEFAULT_SIZE and SMALL_SIZE as module constants.
    'bm_alpha.py': 'DEFAULT_SIZE = 200\nSMALL_SIZE = 7\n\n'
                   'def work(n):\n    return sum(i * i for i in range(n))\n'
                   + PROTOCOL.format(default='DEFAULT_SIZE'),
    # Needs the random module (for the missing-module test); the default size is
    # the last argument of run_benchmark(), like the real bm_*.py programs' driver.
    'bm_beta.py': 'import random\n\n'
                  'def work(n):\n    r = random.Random(n)\n'
                  '    return sum(r.randrange(1000) for _ in range(n))\n'
                  + PROTOCOL.replace('def main():', 'def run_benchmark(default_size):')
                  .format(default='default_size').replace('main()', 'run_benchmark(50)'),
    # Default size only as the literal default of --size.
    'bm_gamma.py': 'def work(n):\n    return len(str(3 ** n))\n' + PROTOCOL.format(default='300'),
}


def fake(mode):
    return f'{shlex.quote(sys.executable)} {shlex.quote(FAKERT)} {shlex.quote(mode)}'


class RunnerTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix='pyperf-lite-test-')
        self.tmp = self._tmp.name
        self.bench_dir = os.path.join(self.tmp, 'benches')
        os.mkdir(self.bench_dir)
        for name, src in BENCHES.items():
            with open(os.path.join(self.bench_dir, name), 'w') as f:
                f.write(src)

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp, name)

    def run_runner(self, *args, runs=1, warmup=1, iterations=2, expect_status=0):
        cmd = [sys.executable, RUN, '--bench-dir', self.bench_dir, '--runs', str(runs),
               '--warmup', str(warmup), '--iterations', str(iterations), *args]
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=GUARD_S)
        if expect_status is not None:
            self.assertEqual(p.returncode, expect_status,
                             f'runner exit status\nstdout:\n{p.stdout}\nstderr:\n{p.stderr}')
        return p

    def run_json(self, *args, **kw):
        out = self.path('out.json')
        p = self.run_runner('--json', out, *args, **kw)
        with open(out) as f:
            return p, json.load(f)

    @staticmethod
    def results(report, bench):
        [b] = [b for b in report['benchmarks'] if b['name'] == bench]
        return b['results']

    def test_table_json_markdown_and_svg(self):
        md, svg = self.path('out.md'), self.path('out.svg')
        p, report = self.run_json('--md', md, '--plot', svg,
                                  f'ref={fake("ok")}', f'other={fake("ok")}', runs=2)
        # Table on stdout.
        self.assertIn('speedup vs ref', p.stdout)
        self.assertIn('ref median (min)', p.stdout)
        self.assertIn('geomean', p.stdout)
        self.assertIn('0/3 benchmarks (0 runs)', p.stdout)
        for name in ('alpha', 'beta', 'gamma'):
            self.assertIn(name, p.stdout)
        self.assertNotIn('FAIL', p.stdout)
        # One progress line per process on stderr.
        self.assertEqual(sum(1 for ln in p.stderr.splitlines() if ln.startswith('[')), 3 * 2 * 2)
        # JSON: raw data, machine info, command line.
        self.assertEqual(report['reference'], 'ref')
        self.assertEqual([rt['name'] for rt in report['runtimes']], ['ref', 'other'])
        self.assertEqual(report['runtimes'][0]['version'], 'fakert ok')
        for key in ('uname', 'cpu_model', 'date', 'cpu_count'):
            self.assertIn(key, report['machine'])
        self.assertEqual(report['command_line'][-2:], [f'ref={fake("ok")}', f'other={fake("ok")}'])
        self.assertEqual([b['name'] for b in report['benchmarks']], ['alpha', 'beta', 'gamma'])
        for b in report['benchmarks']:
            for rt in ('ref', 'other'):
                r = b['results'][rt]
                self.assertTrue(r['summary']['ok'], r)
                self.assertEqual(len(r['runs']), 2)
                for rec in r['runs']:
                    self.assertEqual(len(rec['warmup_times']), 1)
                    self.assertEqual(len(rec['iter_times']), 2)
                    self.assertIsNone(rec['failure'])
                    self.assertEqual(rec['returncode'], 0)
                    for key in ('wall_s', 'cpu_s', 'cpu_user_s', 'max_rss_kb'):
                        self.assertIsNotNone(rec[key], key)
                self.assertIsNotNone(r['summary']['speedup'])
            self.assertIsNone(b['size'])  # no scaling: the program's default size
            self.assertEqual(b['results']['ref']['summary']['checksum'],
                             b['results']['other']['summary']['checksum'])
        self.assertEqual(self.results(report, 'alpha')['ref']['summary']['checksum'],
                         str(sum(i * i for i in range(200))))
        self.assertEqual(report['geomean']['other']['benchmarks'], 3)
        self.assertEqual(report['failures']['other'], {'benchmarks': 0, 'runs': 0})
        # Markdown table.
        with open(md) as f:
            text = f.read()
        self.assertIn('| benchmark | ref median (min) | other median (min) | speedup vs ref |',
                      text)
        self.assertIn('| alpha |', text)
        # SVG: well-formed, with bars and iteration curves.
        root = ET.parse(svg).getroot()
        self.assertEqual(root.tag, '{http://www.w3.org/2000/svg}svg')
        self.assertTrue(root.findall('.//{http://www.w3.org/2000/svg}polyline'))
        self.assertTrue(root.findall('.//{http://www.w3.org/2000/svg}rect'))

    def test_checksum_mismatch_between_runtimes(self):
        svg = self.path('out.svg')
        p, report = self.run_json('--only', 'alpha', '--plot', svg,
                                  f'ref={fake("ok")}', f'bad={fake("badsum")}')
        self.assertIn('checksum mismatch', p.stdout)
        rec = self.results(report, 'alpha')['bad']['runs'][0]
        self.assertEqual(rec['failure_kind'], 'checksum')
        self.assertIn('wrong-42', rec['failure'])
        self.assertFalse(self.results(report, 'alpha')['bad']['summary']['ok'])
        self.assertTrue(self.results(report, 'alpha')['ref']['summary']['ok'])
        self.assertIsNone(report['geomean']['bad']['speedup'])
        self.assertEqual(report['failures']['bad']['benchmarks'], 1)
        self.assertEqual(report['failures']['ref']['benchmarks'], 0)
        ET.parse(svg)  # failures are drawn too
        # --strict turns failures into a non-zero exit status.
        self.run_runner('--only', 'alpha', '--strict', f'ref={fake("ok")}',
                        f'bad={fake("badsum")}', expect_status=1)
        self.run_runner('--only', 'alpha', '--strict', f'ref={fake("ok")}', expect_status=0)

    def test_checksum_mismatch_between_runs(self):
        counter = self.path('count')
        _, report = self.run_json('--only', 'gamma', f'flaky={fake("flaky:" + counter)}',
                                  runs=2)
        runs = self.results(report, 'gamma')['flaky']['runs']
        self.assertIsNone(runs[0]['failure'])
        self.assertEqual(runs[1]['failure_kind'], 'checksum')
        self.assertIn('flaky run 1', runs[1]['failure'])

    def test_crash_reported_with_reason(self):
        p, report = self.run_json('--only', 'alpha,gamma', f'ref={fake("ok")}',
                                  f'crashy={fake("crash")}')
        self.assertIn('FAIL: exit status 101: boom: stack underflow', p.stdout)
        for bench in ('alpha', 'gamma'):
            rec = self.results(report, bench)['crashy']['runs'][0]
            self.assertEqual(rec['returncode'], 101)
            self.assertEqual(rec['failure_kind'], 'crash')
            self.assertEqual(rec['last_stderr_line'], 'boom: stack underflow')
        self.assertEqual(report['failures']['crashy']['benchmarks'], 2)
        self.assertIn('2/2 benchmarks', p.stdout)

    def test_hanging_runtime_is_killed(self):
        pidfile = self.path('pid')
        p, report = self.run_json('--only', 'alpha', '--timeout', '1', f'ref={fake("ok")}',
                                  f'stuck={fake("hang:" + pidfile)}', runs=2)
        self.assertIn('timeout after 1 s', p.stdout)
        runs = self.results(report, 'alpha')['stuck']['runs']
        self.assertEqual(len(runs), 1)  # the second run is skipped after a timeout
        self.assertTrue(runs[0]['timed_out'])
        self.assertEqual(runs[0]['failure_kind'], 'timeout')
        self.assertIn('skipped', p.stderr)
        self.assertTrue(self.results(report, 'alpha')['ref']['summary']['ok'])
        # The whole process group was killed, including the runtime's child.
        with open(pidfile) as f:
            pid = int(f.read())
        try:
            with open(f'/proc/{pid}/stat') as f:
                state = f.read().rsplit(')', 1)[1].split()[0]
            self.assertIn(state, ('Z', 'X'), 'grandchild still running')
        except FileNotFoundError:
            pass

    def test_missing_module_named(self):
        p, report = self.run_json('--only', 'alpha,beta', f'ref={fake("ok")}',
                                  f'lite={fake("nomodule:random")}')
        self.assertIn('missing module: random', p.stdout)
        beta = self.results(report, 'beta')['lite']
        self.assertEqual(beta['runs'][0]['failure'], 'missing module: random')
        self.assertEqual(beta['runs'][0]['failure_kind'], 'missing-module')
        self.assertTrue(self.results(report, 'alpha')['lite']['summary']['ok'])
        self.assertEqual(report['geomean']['lite']['benchmarks'], 1)
        # A failing reference leaves no speedup for that benchmark.
        _, report = self.run_json('--only', 'alpha,beta', f'lite={fake("nomodule:random")}',
                                  f'ref={fake("ok")}')
        self.assertIsNone(self.results(report, 'beta')['ref']['summary']['speedup'])
        self.assertEqual(report['geomean']['ref']['benchmarks'], 1)

    def test_only_filters(self):
        p, report = self.run_json('--only', 'gamma,bm_alpha', f'ref={fake("ok")}')
        self.assertEqual([b['name'] for b in report['benchmarks']], ['alpha', 'gamma'])
        self.assertNotIn('beta', p.stdout)
        p = self.run_runner('--only', 'nosuch', f'ref={fake("ok")}', expect_status=2)
        self.assertIn('unknown benchmark', p.stderr)

    def test_size_scale_and_small(self):
        _, report = self.run_json('--size-scale', '0.5', f'ref={fake("ok")}')
        sizes = {b['name']: (b['default_size'], b['size']) for b in report['benchmarks']}
        self.assertEqual(sizes, {'alpha': (200, 100), 'beta': (50, 25), 'gamma': (300, 150)})
        self.assertEqual(self.results(report, 'alpha')['ref']['summary']['checksum'],
                         str(sum(i * i for i in range(100))))
        _, report = self.run_json('--small', '--only', 'alpha,gamma', f'ref={fake("ok")}')
        sizes = {b['name']: b['size'] for b in report['benchmarks']}
        self.assertEqual(sizes, {'alpha': 7, 'gamma': 30})

    def test_usage_errors(self):
        self.run_runner('no-equals-sign', expect_status=2)
        self.run_runner(f'a={fake("ok")}', f'a={fake("ok")}', expect_status=2)
        self.run_runner('--size-scale', '2', '--small', f'a={fake("ok")}', expect_status=2)
        empty = self.path('empty')
        os.mkdir(empty)
        p = subprocess.run([sys.executable, RUN, '--bench-dir', empty, f'a={fake("ok")}'],
                           capture_output=True, text=True, timeout=GUARD_S)
        self.assertEqual(p.returncode, 2)

    def test_runtime_that_cannot_start(self):
        p, report = self.run_json('--only', 'alpha', f'ref={fake("ok")}',
                                  'gone=/nonexistent/pyjit')
        rec = self.results(report, 'alpha')['gone']['runs'][0]
        self.assertEqual(rec['failure_kind'], 'start')
        self.assertIn('cannot start', p.stdout)

    def test_protocol_violation(self):
        with open(os.path.join(self.bench_dir, 'bm_delta.py'), 'w') as f:
            f.write(textwrap.dedent('''\
                print('iter 0.5')
                print('hello world')
                print('checksum 1')
            '''))
        _, report = self.run_json('--only', 'delta', f'ref={fake("ok")}')
        rec = self.results(report, 'delta')['ref']['runs'][0]
        self.assertEqual(rec['failure_kind'], 'output')
        self.assertIn('unexpected output line: hello world', rec['failure'])


if __name__ == '__main__':
    unittest.main()
