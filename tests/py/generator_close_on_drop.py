def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    print("got", x)
    break
print("after loop")
def h():
    with open("_gclose.txt", "w") as f:
        yield 1
        print("not reached")
it = h(); next(it); del it
print("end")
def plain():
    yield 1
    yield 2
p = plain(); next(p); del p
print("done")
