# List operations.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.insert(0, 0)
print(a, len(a))
print(a.pop(), a.pop(0), a, a.index(4), a.count(1))
a.remove(1)
print(a)
a[1:3] = [10, 20, 30]
print(a)
del a[0]
del a[-2:]
print(a)
a.reverse()
print(a, a[::-1], a[1:4], a[-2:], a[:100])
b = a.copy()
b.sort()
print(a, b, sorted(a, reverse=True))
print([1, 2] + [3], [0] * 4, [[0] * 2 for _ in range(2)], 3 in a, 99 not in a)
m = [[1, 2], [3, 4]]
m[0][1] = 99
print(m, [row[0] for row in m])
alias = m
alias.append([5])
print(m is alias, m == [[1, 99], [3, 4], [5]], m)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
print(first, rest, init, last)
print(list(range(5)), list("hi"), list((1, 2)), [] == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(min(a), max(a), sum(a), any([0, 0, 1]), all([]), list(enumerate("ab", 1)))
c = [5, 3, 8]
c.clear()
print(c, bool(c), [None, True, "s", 1.5, (1,)])
s = [1, 2, 3, 4, 5, 6]
s[::2] = [0, 0, 0]
print(s, s[::-2], s[5:1:-1])
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0], str(nested))
