# An item store compiled for a plain dict must not bypass a dict subclass's
# own __setitem__ when the same code later stores into one (pickle's
# load_setitem filling an OrderedDict after plain dicts).
import collections


class Scaled(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


def fill(d, n):
    for i in range(n):
        d[i] = i
    return d


for _ in range(3):
    plain = fill({}, 60)
    scaled = fill(Scaled(), 60)
    ordered = fill(collections.OrderedDict(), 60)
    print(sum(plain.values()), sum(scaled.values()), list(ordered)[:5], len(ordered))
