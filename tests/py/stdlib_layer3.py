import time, struct, contextvars, logging, pickle, decimal, statistics
t = time.gmtime(0)
print(t, t.tm_year, time.strftime('%Y-%m-%d %H:%M:%S', t), time.asctime(t), time.mktime(time.localtime(1e9)) == 1e9)
print(struct.pack('<iHq', 1, 2, -3), struct.unpack('>d', struct.pack('>d', 1.5)), struct.calcsize('@bi'), struct.calcsize('=bi'))
s = struct.Struct('<2h3s'); print(s.size, s.pack(1, -2, b'abcd'), s.unpack(b'\x01\x00\xfe\xffabc'))
try:
    struct.pack('b', 200)
except struct.error as e:
    print(e)
v = contextvars.ContextVar('v', default=1)
tok = v.set(5); print(v.get()); v.reset(tok); print(v.get())
ctx = contextvars.copy_context(); print(ctx.run(lambda: v.set(9) and v.get()), v.get())
logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
import sys; logging.getLogger('x').info('hello %s', 'w')
print(pickle.loads(pickle.dumps({'a': [1, 2.5, 'x', (None, True)]})))
print(decimal.Decimal('1.1') + decimal.Decimal('2.2'), statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))
