# Dict lookups, set and dict comprehensions and str comparisons in compiled
# loops, with the cases that must leave the trace: a missing key (KeyError),
# a key whose __eq__ is Python code, and strs compared with other types.


class Weird:
    def __hash__(self):
        return hash(5)

    def __eq__(self, other):
        print("Weird.__eq__", other)
        return False


def lookups(d, keys):
    total = 0
    for k in keys:
        total += d[k]
    return total


def squares(n):
    s = {i * i % 97 for i in range(n)}
    d = {i: i % 13 for i in range(n)}
    names = {str(i % 50): i for i in range(n)}
    return len(s), sum(d.values()), len(names)


def ordering(words):
    lt = eq = 0
    prev = ""
    for w in words:
        if w < prev:
            lt += 1
        if w == prev:
            eq += 1
        prev = w
    return lt, eq


d = {i: i * 3 for i in range(100)}
print(lookups(d, [i % 100 for i in range(5000)]))
d["x"] = 1
print(lookups(d, [i % 100 for i in range(3000)] + ["x"]))
try:
    lookups(d, [i % 100 for i in range(3000)] + [100])
except KeyError as e:
    print("KeyError:", e)
d[Weird()] = 7
print(lookups(d, [i % 7 for i in range(2000)]))
print(squares(5000))
words = ["pear", "apple", "apple", "fig", "kiwi", "éclair", "zebra"] * 800
print(ordering(words))
try:
    print(ordering(words[:2000] + [3]))
except TypeError as e:
    print("TypeError:", e)
