class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise TypeError("broken iterator")
for x in It():
    pass
