# `while` loops inside a hot loop that often run zero times or are left by
# `break` (`while True:` has no exit condition at all): recorded unrolled
# after a first attempt as a sub-loop, with a bridge per iteration count.
# The permutation loop is fannkuch's.


def flips(perm):
    n = 0
    first = perm[0]
    while first:
        perm[: first + 1] = perm[first::-1]
        n += 1
        first = perm[0]
    return n


def main():
    data = [4, 0, 7, 2, 9, 1]
    perm1 = [3, 1, 0, 2]
    t = 0
    w = None
    for j in range(4000):
        r = j % 4
        while r:
            t += r * 3
            r -= 1
        k = 0
        while True:
            k += 1
            if k >= len(data) or data[k] == j % 11:
                break
        t += k
        i = j % 5
        while i < len(data):
            if data[i] > 6:
                w = data[i]
                break
            i += 2
        else:
            w = "none"
        t += flips(perm1[:])
        perm1 = perm1[1:] + perm1[:1] if j % 3 else perm1[::-1]
        if j % 700 == 0:
            data.append(j % 10)
        if j % 500 == 499:
            print(j, t, w, perm1)
    print(t, r, w, data)


main()
