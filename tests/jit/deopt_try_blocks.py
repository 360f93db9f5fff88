# `try` blocks inside compiled loops (in the loop's own frame): exits from
# the try body resume with the block in place, so exceptions raised there by
# the interpreter, by calls run from compiled code and by guards that fail
# are caught by the right handler; `finally` runs on every path; a `try`
# around the loop is not disturbed.


def risky(n):
    if n % 97 == 0:
        raise ValueError(n)
    return n if n < 2 else risky(n - 2) + 1


def main():
    t = 0
    caught = []
    try:
        for j in range(4000):
            try:
                t += 100 // (j % 13)
                t += risky(j % 50 + j // 40)
            except ZeroDivisionError:
                t += 1
            except ValueError as e:
                caught.append(e.args[0])
            finally:
                t += 2
            try:
                if j == 3999:
                    raise KeyError("last")
                t += len(str(j))
            except KeyError as e:
                caught.append(str(e))
            if j % 800 == 799:
                print(j, t, len(caught))
        raise RuntimeError("after the loop")
    except RuntimeError as e:
        print(t, caught[-3:], e)


main()
