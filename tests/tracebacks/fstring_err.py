class Bad:
    def __format__(self, spec):
        raise ValueError("no format")
print(f"value: {Bad():>10}")
