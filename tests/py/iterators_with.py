# Iterator protocol (__iter__/__next__) and context managers (with statement).
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)), sum(Countdown(4)), [x * 2 for x in Countdown(3)])
cd = Countdown(2)
print(iter(cd) is cd, next(cd), next(cd), next(cd, "stop"))


class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Managed("a") as value:
    print("inside with", value)

with Managed("outer"), Managed("inner") as v2:
    print("nested", v2)

with Managed("swallow", suppress=True):
    raise ValueError("suppressed")
print("after suppressed error")

try:
    with Managed("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


def run():
    with Managed("ret"):
        return "returned inside with"


print(run())
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
d = {"x": 1, "y": 2}
keys = iter(d)
print(next(keys), next(keys))
calls = iter(lambda: len(calls_list) and calls_list.pop(), 1)
calls_list = [1, 5, 4]
print(list(calls))
