import gc
import weakref


class Node:
    pass


a = Node()
a.self = a
r = weakref.ref(a)
del a
print("cycle alive before collect:", r() is not None)
print("collected something:", gc.collect() > 0)
print("cycle gone after collect:", r() is None)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
