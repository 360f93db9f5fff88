# List/dict/set comprehensions and generator expressions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [v for row in matrix for v in row])
print({w: len(w) for w in ["apple", "fig", "banana"]})
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))
print(sum(x for x in range(1, 101)), list(x if x > 2 else -x for x in range(5)))
x = "unchanged"
ys = [x for x in range(3)]
print(x, ys)
words = ["alpha", "beta", "gamma", "delta"]
print({i: w for i, w in enumerate(words) if "l" in w}, [w[0] for w in words])
print([(i, c) for i, c in enumerate("abc")], dict((k, v) for k, v in [("a", 1), ("b", 2)]))
nested = [[1, [2, 3]], [4, [5, 6]]]
print([b for a, (b, c) in nested], [n for sub in [[1, 2], [], [3]] for n in sub])
print([y for x in range(5) if (y := x * 2) > 4])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print({k: [v for v in range(k)] for k in range(4)})
print(any(c.isdigit() for c in "abc1"), all(len(w) > 3 for w in words))
