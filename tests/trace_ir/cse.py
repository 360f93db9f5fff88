# Common subexpressions: `i * k` is computed once per iteration, and the
# repeated attribute reads of `p` share one class guard (a type known once
# stays known).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def f(p, n):
    acc = 0
    for i in range(n):
        k = p.x
        a = i * k
        b = i * k
        acc = acc + a + b + p.y
    return acc


print(f(P(3, 4), 3000))
