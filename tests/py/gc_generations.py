# cycles that reach into old objects must still be collected by full collections
keep = [object() for _ in range(50000)]
class N:
    pass
old = []
for i in range(20000):
    n = N(); n.me = n
    old.append(n)
old = None
for i in range(400000):
    a = N(); b = N(); a.b = b; b.a = a
print("ok")
