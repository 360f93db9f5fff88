# A loop re-entered from the interpreter over and over (every exit comes back
# through its header), whose guards fail on the loop's first iteration after
# entry: bridges must grow from those exits too. `s` and `w` are written
# before they are read in the loop (dead on entry), and hold values of other
# types whenever the loop is entered: the bridges read them from the frame.


def run(n, seed):
    s = None
    w = "start"
    total = 0
    for i in range(n):
        s = (i * seed) % 7
        if s == 3:
            w = i
        elif s == 5:
            total -= 1
        else:
            w = s * 2
        total += s + (w if isinstance(w, int) else len(w))
    return total, s, w


def main():
    grand = 0
    for rep in range(3000):
        total, s, w = run(rep % 5 + 1, rep % 11 + 1)
        grand += total
        if rep % 300 == 299:
            print(rep, grand, s, w)
    print(grand)


main()
