# except-as names are deleted even when the handler body raises
def f():
    try:
        try:
            raise ValueError("a")
        except ValueError as e:
            raise KeyError("b")
    except KeyError:
        pass
    try:
        e
    except NameError as n:
        print("NameError:", n)
f()

def g():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as err:
            if i == 1:
                continue
            if i == 2:
                return "ret " + str(err)
    return None
print(g())

def h():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        try:
            raise
        except ZeroDivisionError as inner:
            print("inner", type(inner).__name__)
        print("outer still", type(exc).__name__)
h()

# duplicate keywords through ** merging
def kw(**k):
    return sorted(k.items())
m = {"k": 1}
print(kw(a=0, **m, b=2))
for call in (lambda: kw(**m, k=1), lambda: kw(k=3, **m), lambda: kw(**m, **m)):
    try:
        call()
    except TypeError as e:
        print("TypeError", "multiple values" in str(e))

# set displays of constants iterate like CPython
print({3, 1, 2})
print({"b", "a", "c", "d"})
print({10, -1, 5, 200, 33})
print(list({"x", "yy", "zzz", 1, 2.5, (1, 2), -7}))
s = {1, 2, 3}
s.add(4)
print(s, {1, 2, 3})
print({1, 2, 3} == {3, 2, 1})
