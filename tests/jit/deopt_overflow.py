# Int arithmetic overflowing 64 bits inside hot loops: overflow guards must
# fall back to exact bigints (and back to small ints when values shrink).
def mul_overflow(n):
    v = 1
    for i in range(n):
        v = v * 3
        if v > 2**70:
            v = v % 1000003 + 2**62
    return v
def add_sub_overflow(n):
    a = 2**63 - 5000
    b = -2**63 + 4000
    for i in range(n):
        a = a + 3
        b = b - 2
    return a, b
def shift_neg(n):
    acc = 0
    for i in range(n):
        acc = acc + ((i % 80) << (i % 70)) - ((-i) >> 3)
        v = -2**63 if i % 1000 == 999 else i
        acc = acc + (-v)
    return acc
def floordiv_mod(n):
    s1 = s2 = s3 = 0
    for i in range(1, n):
        a = i - n // 2
        b = -(i % 13) - 1 if i % 2 else (i % 11) + 1
        s1 = s1 + a // b
        s2 = s2 + a % b
        s3 = s3 + (-2**63) // (-1 if i % 500 == 0 else 7) + (-2**63) % i
    return s1, s2, s3
def up_and_down(n):
    v = 2**62
    trace = []
    for i in range(n):
        v = v + 2**52 if i < 1500 else v - 2**52
        if i % 500 == 0:
            trace.append(v > 2**63 - 1)
    return v, type(v).__name__, trace
def pow_abs(n):
    s = 0
    for i in range(n):
        s = s + abs(-(i ** 3) * (i ** 3)) + (i % 7) ** 23
    return s

print("mul:", mul_overflow(3000))
print("add/sub:", add_sub_overflow(3000))
print("shift/neg:", shift_neg(3000))
print("floordiv/mod:", floordiv_mod(3000))
print("up/down:", up_and_down(3000))
print("pow/abs:", pow_abs(3000))
print("neg min:", -(-2**63), -(-2**63) - 1 == 2**63 - 1, abs(-2**63))
print("edges:", -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print("edges2:", (-2**63) // -1, (-2**63) % -1, (2**63 - 1) * 2, (2**62) << 2)
