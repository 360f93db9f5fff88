import random, json, codecs
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
r = random.Random(7); l = list(range(10)); r.shuffle(l); print(l, r.sample(range(100), 5), r.gauss(0, 1))
print(random.getrandbits(70), random.randrange(0, 1000, 7), random.Random('seed').random())
s = random.getstate(); a = random.random(); random.setstate(s); print(a == random.random())
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'x"y'}, sort_keys=True), json.loads('{"k": [1, 2, {"z": null}]}'))
print(json.dumps([1, {'a': 'é'}], indent=2), json.dumps('é', ensure_ascii=False))
print(codecs.lookup('utf-8').name, codecs.encode('abc', 'utf-8'), 'x'.encode('latin-1'))
import string, _string
print(list(_string.formatter_parser('a{0!r:>5}b{{c}}{x.y[1]}')), string.Template('$who likes $what').substitute(who='tim', what='kung pao'))
print(string.Formatter().format('{0}-{name}', 1, name='n'), string.ascii_letters[:5], string.capwords('hello world'))
first, rest = _string.formatter_field_name_split('a.b[0][k]')
print(first, list(rest))
import _sha512
h = _sha512.sha512(b'ab'); h.update(b'c')
print(h.hexdigest()[:32], _sha512.sha384(b'').hexdigest()[:16], h.digest_size, h.name, h.copy().digest() == h.digest())
