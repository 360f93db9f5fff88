# Compiled attribute reads and writes remember where in the instance dict
# they found the attribute last time. Objects whose attributes were created
# in another order, deleted and re-added, or whose dict was compacted must
# still read and write the right attribute.


class P:
    def __init__(self, x, y, order):
        if order == 0:
            self.x = x
            self.y = y
        elif order == 1:
            self.y = y
            self.x = x
        else:
            self.a = 0
            self.y = y
            self.b = 1
            self.x = x


def make(n):
    ps = []
    for i in range(n):
        p = P(i, -i, (i // 7) % 3)
        if i % 11 == 0:
            del p.x
            p.x = i * 2
        if i % 13 == 0:
            for k in range(20):
                setattr(p, "t%d" % k, k)
            for k in range(20):
                delattr(p, "t%d" % k)
        ps.append(p)
    return ps


def work(ps):
    total = 0
    for p in ps:
        total += p.x - p.y
        p.x = p.x + 1
        p.y += 2
    return total


ps = make(3000)
for rep in range(5):
    print(work(ps))
print([(p.x, p.y, sorted(vars(p))) for p in ps[:15:4]])
