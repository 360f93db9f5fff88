import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
c = count(5); next(c); print(c, count(2, 3), repeat('a', 3), repeat(1))
print(list(repeat('x', 3)), list(repeat(7, -1)), list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(pairwise('ABCD')), list(pairwise('A')))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
groups = [(k, list(g)) for k, g in groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=lambda x: x % 3), key=lambda x: x % 3)]
print(groups)
g = groupby('aabbc'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee(iter([1, 2, 3]), 3); print(next(a), next(a), list(b), list(c), list(a))
print(list(product('ab', range(2))), list(product(range(2), repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations(range(3))), list(permutations('abc', 2)), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)))
print(type(count()).__name__, type(chain()).__module__, isinstance(chain(), chain))
for bad in [lambda: islice('abc', -1), lambda: islice('abc', 'x'), lambda: islice('abc', 0, 2, 0),
            lambda: combinations('abc', -1), lambda: count('a'), lambda: islice('abc'), lambda: list(permutations('abc', -2))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(1 for _ in product(range(10), repeat=4)))
