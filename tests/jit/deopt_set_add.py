# set.add in compiled loops: native items, then an item whose __hash__ and
# __eq__ are Python code (the trace leaves before adding), then a list
# (TypeError: unhashable, raised by tier 1).


class P:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v


def collect(items):
    seen = set()
    for x in items:
        seen.add(x)
        seen.add(x % 7 if isinstance(x, int) else 0)
    return len(seen)


print(collect(list(range(3000))))
print(collect(list(range(2000)) + [P(1), P(4), P(1)]))
try:
    collect(list(range(2000)) + [[1]])
except TypeError as e:
    print("TypeError:", e)
