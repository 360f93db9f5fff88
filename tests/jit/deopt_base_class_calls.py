# `Base.__init__(self, ...)`, `Base.method(obj, ...)` and `Base.CONST` in
# compiled loops (the class is a global constant; its version is guarded),
# with the class attribute and the method replaced mid-loop, and a class
# whose method is a staticmethod (not specialised).


class Base:
    K = 3

    def __init__(self, x):
        self.x = x

    def f(self, y):
        return self.x + y

    @staticmethod
    def s(v):
        return v * 2


class D(Base):
    def __init__(self, x, z):
        Base.__init__(self, x)
        self.z = z


def main():
    t = 0
    for i in range(4000):
        d = D(i, 2)
        t += d.x + d.z + Base.K + Base.f(d, 1)
        if i == 2000:
            Base.K = 10
        if i == 2500:
            Base.f = lambda self, y: -y
        if i == 3000:
            Base.K = 0.5
        if i % 500 == 499:
            print(i, t)
    for i in range(3000):
        t += Base.s(i)
    print(t)


main()
