# Properties and dunder methods (operators, containers, comparison, repr/str).
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError:
    print("AttributeError: read-only property")


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x ** 2 + self.y ** 2) < (other.x ** 2 + other.y ** 2)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y


v, w = Vec(1, 2), Vec(3, 4)
print(v + w, repr(v - w), v * 3, 2 * v, -v, abs(w), v == Vec(1, 2), v != w, v == 5)
print(sorted([w, v, Vec(0, 1)]), bool(Vec(0, 0)), list(v), {v: "a"}[Vec(1, 2)], str(v), [v])
x, y = w
print(x, y, max(v, w), f"{v}", f"{v!r}")


class Deck:
    def __init__(self, cards):
        self._cards = list(cards)

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __setitem__(self, i, val):
        self._cards[i] = val

    def __contains__(self, item):
        return item in self._cards

    def __call__(self, n):
        return self._cards[:n]


deck = Deck("ABCDE")
deck[0] = "Z"
print(len(deck), deck[1], deck[-1], deck[1:3], "C" in deck, "A" in deck, deck(2), list(deck))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        return self + other

    def __iadd__(self, other):
        self.cents += other.cents if isinstance(other, Money) else other
        return self

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(5)
m += Money(10)
m += 1
print(m, sum([Money(1), Money(2)]), 3 + Money(4))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
