# Integer arithmetic: Python semantics for floor division, modulo, power and big ints.
print(7 + 3, 7 - 10, 7 * -3, 7 / 2, 7 // 2, 7 % 3)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(2 ** 10, 2 ** -1, (-2) ** 3, pow(3, 4, 5), pow(2, 100, 1000007))
print(abs(-5), -(-5), +3, ~5, ~-1)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2)
print(True + True, True * 10, False - 1)

# big integers
big = 2 ** 100
print(big)
print(big + 1, big - 1, big * big)
print(big // 3, big % 97, -big // 7, -big % 7)
print(2 ** 64 - 1, -(2 ** 63), (2 ** 63) * 2)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000000007)
print(1 << 200 >> 190, (1 << 70) | 1, (1 << 70) & ((1 << 71) - 1))
print(10 ** 30 == 10 ** 30, 10 ** 30 > 10 ** 29, -(10 ** 30) < 0)
print(int("123456789012345678901234567890") * 2)
print(len(str(3 ** 500)))
print(9999999999999999 + 1, 2 ** 53 + 1)

# conversions and bases
print(int("ff", 16), int("0b101", 0), int("  -42  "), int(3.99), int(-3.99))
print(hex(255), oct(8), bin(10), hex(-255), bin(2 ** 40))
print(str(12345), repr(-7), int(True))
print(round(2.5), round(3.5), round(-2.5), round(1234, -2))
x = 10
x += 5
x *= 2
x //= 4
x **= 2
x %= 7
x -= 1
print(x)
