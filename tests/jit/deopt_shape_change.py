# Instances whose attribute layout ("shape") changes while a loop reading
# them is hot: attributes added, deleted, __dict__ replaced or edited, and
# an object of a different class appearing in a homogeneous list.
class P:
    def __init__(self, x):
        self.x = x

def run_shape(n):
    p = P(1)
    s = 0
    for i in range(n):
        if i == 1200:
            p.y = 5  # attribute added
        if i == 1800:
            del p.x  # attribute deleted: x now comes from the class
            P.x = 1000
        if i == 2300:
            p.__dict__ = {"x": -1, "y": 2}  # whole __dict__ replaced
        if i == 2700:
            p.__dict__["x"] = 0.25  # __dict__ edited directly
        s = s + p.x + getattr(p, "y", 0)
    return s
print("shape:", run_shape(3000))

class Q:
    def __init__(self, x):
        self.x = x
class R:
    x = "r"  # class attribute, not instance attribute
def run_list(n):
    objs = [Q(i) for i in range(10)]
    s = 0
    count_r = 0
    for i in range(n):
        if i == 2000:
            objs[3] = R()
        o = objs[i % 10]
        if isinstance(o.x, str):
            count_r = count_r + 1
        else:
            s = s + o.x
    return s, count_r
print("list:", run_list(3000))

class Bag:
    pass
def run_grow(n):
    b = Bag()
    b.a = 0
    for i in range(n):
        if i % 1000 == 999:
            setattr(b, "k%d" % i, i)  # a slots-free object gains attributes
        b.a = b.a + len(b.__dict__)
    return b.a, sorted(vars(b))
print("grow:", run_grow(3000))
