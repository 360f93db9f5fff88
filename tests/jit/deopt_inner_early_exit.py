# Inner loops that leave early (return or break from inside the loop) in
# callees and in the loop's own body: recorded unrolled after a first attempt
# as a sub-loop; each different exit point grows a bridge. Two callees whose
# loops share a header position must not be confused with each other.


def find_ret(xs, k):
    acc = 0
    for v in xs[1:]:
        acc += v
        if v == k:
            return acc
    return -acc


def find_brk(xs, k):
    acc = 0
    for v in range(len(xs)):
        acc += v
        if v >= k:
            break
    return -acc


def first_over(xs, k):
    for i, v in enumerate(xs):
        if v > k:
            return i
    return None


def main():
    xs = [5, 13, 5, 8, 1, 21, 3]
    t = 0
    hits = 0
    for j in range(4000):
        t += find_ret(xs, j % 16)
        t += find_brk(xs, j % 9)
        for q in xs:
            if q == j % 23:
                hits += q
                break
            t -= 1
        r = first_over(xs, j % 25)
        if r is None:
            t += 1000
        else:
            t += r
        if j == 2500:
            xs.append(22)
        if j % 500 == 499:
            print(j, t, hits)
    print(t, hits, xs)


main()
