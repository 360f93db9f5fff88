# Class attributes and methods replaced while a loop using them is hot:
# traces that cache class lookups must be invalidated.
class Config:
    factor = 3
    def step(self, x):
        return x + self.factor

def run_attr(n):
    c = Config()
    s = 0
    for i in range(n):
        if i == 1700:
            Config.factor = 0.5  # class attribute replaced (int -> float)
        if i == 2600:
            Config.factor = 10
        s = s + c.step(i)
    return s
print("class attr:", run_attr(3000))

def other_step(self, x):
    return x * self.factor

def run_method(n):
    c = Config()
    d = Config()
    s = 0
    for i in range(n):
        if i == 1500:
            Config.step = other_step  # method replaced on the class
        if i == 2200:
            c.step = lambda x: -x  # instance attribute shadows the method
        if i == 2800:
            del c.step  # the class method is visible again
        s = s + c.step(i) + d.step(1)
    return s
print("method:", run_method(3000))

class Base:
    def val(self):
        return 1
class Derived(Base):
    pass
def run_inherited(n):
    objs = [Derived(), Base()]
    s = 0
    for i in range(n):
        if i == 2000:
            Derived.val = lambda self: 100  # subclass now overrides
        if i == 2500:
            Base.val = lambda self: 7
            del Derived.val
        s = s + objs[i % 2].val()
    return s
print("inherited:", run_inherited(3000))
print("final:", Config.factor, Config().step(2), Derived().val())
