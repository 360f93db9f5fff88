d = {"a": [1, 2, 3]}
def get(k, i):
    return d[k][i] * 2
print(get("a", 1))
get("a", 10)
