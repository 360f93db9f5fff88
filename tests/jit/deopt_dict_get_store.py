# dict.get and item stores on dicts in compiled loops: counting words, a
# default of another type, keys that appear mid-loop, and a key whose
# __eq__ is Python code (the trace leaves before touching the dict).


class Word(str):
    def __eq__(self, other):
        print("Word.__eq__")
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def count(words):
    counts = {}
    firsts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        if firsts.get(w) is None:
            firsts[w] = len(firsts)
    return sorted(counts.items()), sorted(firsts.items())


def lookup(d, keys):
    out = 0.0
    for k in keys:
        out += d.get(k, 0.5)
    return out


words = "the cat and the dog and the bird".split() * 500
print(count(words))
print(lookup({1: 2.0, 3: 4.0}, [1, 2, 3] * 1000))
print(lookup({1: 2.0, 3: 4}, [1, 2, 3] * 1000))
print(count(words[:1200] + [Word("cat")])[0][1])
