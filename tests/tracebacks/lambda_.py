f = lambda x: x["key"]
values = list(map(f, [{"key": 1}, {}]))
