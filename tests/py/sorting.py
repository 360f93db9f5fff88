# sorted/list.sort with key and reverse; stability; min/max with key.
people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "SF")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
print([p[0] for p in sorted(people, key=lambda p: len(p[0]))])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 7, 0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda n: (n % 2, n))
print(nums)
print(min(people, key=lambda p: p[1]), max(words, key=len), min("zebra"), max([3, 1], default=0), max([], default="empty"))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(sorted(by_city.items()), sorted(by_city, key=lambda c: -len(by_city[c])))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted([2.5, 1, 3.75, -1]))
print(sorted([[3, 1], [2, 9], [2, 1]]), sorted([True, False, True]), list(reversed(sorted(range(5)))))
records = [{"n": "x", "score": 9}, {"n": "y", "score": 7}, {"n": "z", "score": 9}]
print([r["n"] for r in sorted(records, key=lambda r: r["score"])])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)


class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price

    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"


print(sorted([Item("b", 3), Item("a", 3), Item("c", 1)], key=lambda i: (i.price, i.name)))
