data = [1, 2, 0, 4]
inv = [10 / x for x in data]
