import signal, os, time
got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
total = 0
for i in range(100000):
    total += i
print(got, total)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.SIGTERM, signal.Signals.SIGTERM.name, signal.getsignal(signal.SIGTERM))
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), got)
def on_int(s, f):
    print('caught SIGINT')
signal.signal(signal.SIGINT, on_int)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
    for i in range(10): pass
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()))
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(e)
try:
    signal.signal(999, handler)
except ValueError as e:
    print(e)
import io
import unittest


class T(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertIn(3, [1, 2])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    @unittest.skip("because")
    def test_skip(self):
        pass


suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.skipped), result.wasSuccessful())
print(result.failures[0][1].strip().splitlines()[-1])
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
