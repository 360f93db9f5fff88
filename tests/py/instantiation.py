class A:
    pass
try:
    A(1)
except TypeError as e: print(e)
class B:
    def __init__(self, x): return 5
try:
    B(1)
except TypeError as e: print(e)
class C:
    def __init__(self, x, y=2): self.s = x + y
print(C(1).s, C(1, y=5).s)
class D(C):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
print(D(3).s)
