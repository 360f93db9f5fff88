# List/tuple/dict indexing and stores in hot loops, with element types
# changing mid-loop, negative indices, IndexError at the end of a list and
# a list growing with append.
def list_types(n):
    data = list(range(10))
    s = 0
    strs = []
    for i in range(n):
        if i == 1500:
            data[4] = 2.5  # a list of ints gets a float
        if i == 2500:
            data[7] = "seven"  # ... then a str
        v = data[i % 10]
        if type(v) is str:
            strs.append(v[i // 10 % 5])
        else:
            s = s + v
        j = (i + 3) % 10
        if j != 4 and j != 7:
            data[j] = data[j] + 1  # int stores into a list with mixed types
    return s, "".join(strs[:12]), data
print("list types:", list_types(3000))

def negative_and_tuples(n):
    lst = [1, 2, 3, 4, 5]
    tup = (10, 20.5, "t", None, -3)
    d = {"a": 1, 2: "b", (1, 2): 3.0}
    s = 0
    keys = ["a", 2, (1, 2)]
    for i in range(n):
        s = s + lst[-1 - i % 5] + lst[i % 5 - 5]
        t = tup[-(i % 5) - 1]
        s = s + (t if type(t) in (int, float) else 1)
        v = d[keys[i % 3]]
        s = s + (v if type(v) is not str else len(v))
        if i == 2000:
            d["a"] = 1.25  # dict value changes type
    return s, d
print("negative/tuples:", negative_and_tuples(3000))

def walk_off_end(n):
    grow = []
    s = 0
    for i in range(n):
        grow.append(i * 2 if i < 2000 else str(i))
    i = 0
    try:
        while True:
            v = grow[i]
            s = s + (v if type(v) is int else len(v))
            i = i + 1
    except IndexError as e:
        print("IndexError:", e, "at", i)
    d = {}
    for i in range(n):
        d[i % 100] = d.get(i % 100, 0) + i
    return s, len(grow), grow[-1], sum(d.values()), d[99]
print("walk:", walk_off_end(3000))
