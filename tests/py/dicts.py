# Dict operations; dicts preserve insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "c" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("nope", "default"), d)
d.update({"x": 9}, y=10)
print(d)
del d["x"]
print(d, d.popitem(), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
print({k: v * 2 for k, v in d.items()}, dict(zip("abc", range(3))), dict(a=1, b=2))
print({"a": 1} | {"b": 2}, {1: "x", True: "y"}, {(1, 2): "tuple key"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=counts.get), max(counts, key=lambda k: counts[k]))
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {"user": {"name": "ann", "tags": ["a", "b"]}}
nested["user"]["tags"].append("c")
print(nested, nested["user"]["tags"][-1])
for key in d:
    print(key, d[key])
e = dict.fromkeys(["p", "q"], 0)
e2 = e.copy()
e2["p"] = 1
print(e, e2, e == {"q": 0, "p": 0}, list(reversed(e2)))
try:
    for k in counts:
        counts["new"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
