code = compile("x", "", "eval")
for i in range(3):
    print(eval(code, {"x": i}))
def f(): return y
y = 1
print(f())
y = 2
print(f())
import builtins
builtins.zz = 5
def g(): return zz
print(g())
builtins.zz = 6
print(g())
class Noisy:
    def __del__(self):
        print("Noisy finalized")
obj = Noisy()
def use():
    return obj
use()
del obj
print("after del")
