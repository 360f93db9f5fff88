import json, json.decoder, json.scanner, json.encoder
print(json.scanner.make_scanner is json.scanner.c_make_scanner)
docs = ['{"a": [1, 2.5, -3e2, 1E+2, 0, -0.0, 10000000000000000000000], "b": {"c": null, "d": true, "e": false}}',
        '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"', '  [ ]  ', '{}', '[[[]]]', '"\u00e9\u4e2d"',
        '[NaN, Infinity, -Infinity]', '123', '-', '1.5e', '12abc', '{"a" 1}', '{"a": 1 "b"}', '[1 2]', '[1,', '[1,]', '{"a":}',
        '{1: 2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '', '   ', 'nul', '[', '{', '{"a": 1,}', '[-]', '0123']
for doc in docs:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print('ERR', e.msg, e.pos, e)
    except Exception as e:
        print('EXC', type(e).__name__, e)
print(json.loads('"a\nb"', strict=False), json.loads('{"x": 1.5}', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.decoder.scanstring('"hello" rest', 1), json.encoder.encode_basestring_ascii('é"\n\x01😀'), json.encoder.encode_basestring('é"\n\x01😀'))
print(json.dumps({'k': ['é', 'x\ty']}), json.dumps('😀', ensure_ascii=False))
d = json.JSONDecoder()
print(d.raw_decode('[1] trailing'), d.decode(' {"z": [1, {"w": []}]} '))
print(json.loads('[' * 50 + ']' * 50)[0][0][0] if False else len(json.dumps(json.loads('[' * 50 + ']' * 50))))
import json, math, enum
class C(enum.IntEnum):
    A = 3
class F(float): pass
objs = [{'b': [1, 2.5, None, True, False, 'x"y\n'], 'a': {'c': (1, 2)}, 3: 'int key', 2.5: 'f', None: 'n', True: 't'},
        [], {}, [[], {}], 'é😀\x01', 10**30, -0.0, 1e300, 1.1, C.A, F(2.5), [float('nan'), float('inf'), -math.inf]]
for o in objs:
    print(json.dumps(o), json.dumps(o, ensure_ascii=False), json.dumps(o, separators=(',', ':')))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
for bad in [{(1, 2): 3}, [float('nan')], set([1])]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({1: set([1])}, default=sorted), json.dumps(object, default=lambda o: o.__name__))
print(json.dumps([1, {'a': 2}], indent=2))
print(json.dumps({'a': 1, 1: 2}, sort_keys=False))
try:
    json.dumps({'a': 1, 1: 2}, sort_keys=True)
except TypeError as e:
    print(e)
