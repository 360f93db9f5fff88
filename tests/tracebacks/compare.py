class K:
    pass
items = [3, K()]
items.sort()
