# Exceptions raised inside small (inlinable) functions called from hot
# loops, caught in the loop and, at the end, escaping the loop.
def fdiv(a, b):
    return a // b
def fmod(a, b):
    return a % b
def tdiv(a, b):
    return a / b
def pick(seq, i):
    return seq[i]
def lookup(d, k):
    return d[k]

def run(n):
    data = [1, 2, 3, 4, 5]
    table = {i: i * i for i in range(50)}
    s = 0
    errs = {}
    for i in range(n):
        d = i % 331 - 2 if i >= 1500 else i % 331 + 1
        try:
            op = (fdiv, fmod, tdiv)[i % 3]
            s = s + int(op(i, d))
            s = s + pick(data, i % 7 if i > 2000 else i % 5)
            s = s + lookup(table, i % 60 if i > 2500 else i % 50)
        except (ZeroDivisionError, IndexError, KeyError) as e:
            name = type(e).__name__ + ": " + str(e)
            errs[name] = errs.get(name, 0) + 1
    return s, sorted(errs.items())
print(run(3000))

def raise_late(n, kind):
    s = 0
    for i in range(n):
        s = s + i
        if i == n - 5:
            if kind == 0:
                s = s // (i - i)
            elif kind == 1:
                s = [s][i]
            elif kind == 2:
                s = {}[i]
            else:
                s = s % 0
    return s
for kind in range(4):
    try:
        raise_late(3000, kind)
    except Exception as e:
        print(type(e).__name__, e)

def deep(i):
    return fdiv(i, 0) if i == 2999 else i
total = 0
try:
    for i in range(3000):
        total = total + deep(i)
except ZeroDivisionError as e:
    print("uncaught in loop:", type(e).__name__, e, total)
