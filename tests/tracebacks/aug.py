counts = {}
def bump(d, k):
    d[k] += 1
bump(counts, "missing")
