# Assignment forms, unpacking, augmented assignment, scoping, identity vs equality.
a = b = c = 7
a += 1
print(a, b, c)
x, (y, z), *rest = 1, (2, 3), 4, 5
print(x, y, z, rest)
first, *middle, last = range(6)
print(first, middle, last)
head, *tail = "x"
print(head, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
lst = [1, 2]
lst2 = lst
lst += [3]
print(lst, lst2, lst is lst2)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 2
print(s)
print([1, 2] == [1, 2], [1, 2] is [1, 2], None == False, 1 == True)
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


class Config:
    debug = False
    level = debug and 2 or 1


print(Config.level)
n = 10
print([n + i for i in range(2)], (lambda n: n * 2)(3), n)
del n
try:
    print(n)
except NameError:
    print("n was deleted")
data = {"a": [1, 2, {"b": (3, 4)}]}
data["a"][2]["b"] = data["a"][2]["b"][::-1]
print(data)
m, n = divmod(47, 5)
print(m, n, *[1, 2], *"ab", *{"k": 0})
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(3), *[9]], (*"xy",))
if (count := len("walrus")) > 3:
    print("walrus", count)
