# Built-in functions, methods and classes without IR ops of their own are
# called from compiled code (`CallPy`), and comprehensions in the loop are
# made (`MakeFunc`, with their closure cells) and inlined or called: output
# order with print, exceptions out of a built-in (through `__str__`),
# results whose type changes, containers mutated by the methods.


class P:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        if self.v == 2600:
            raise ValueError("no str for %d" % self.v)
        return "P%d" % self.v


def run(n):
    t = 0
    d = {}
    xs = [3, 1, 2]
    names = []
    rows = [[i * j for j in range(5)] for i in range(10)]
    for j in range(n):
        r = rows[j % 10]
        t += sum([x * 2 for x in r])
        m = j % 3
        t += len([x for x in r if x > m])
        t += max(xs) - min(xs) + divmod(j, 7)[1] + round(j / 3)
        d[j % 7] = d.get(j % 7, 0) + 1
        t += len(d.items()) + sum(d.values())
        xs.append(j % 10)
        if len(xs) > 6:
            xs.sort()
            xs.pop()
        names.append(str(P(j)))
        v = abs(-j) if j % 4 else float(j)
        t += v
        if j % 700 == 0:
            print(j, t, tuple(xs), list(sorted(d)))
    return t, names[-2:], xs


def main():
    print(run(2500))
    try:
        run(3000)
    except ValueError as e:
        print("error:", e)


main()
