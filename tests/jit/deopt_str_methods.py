# str methods called from compiled loops (natively, their result type
# checked): results of different types, a method that raises, an argument
# that stops being a str, and join over a list that gains a non-str.


def shout(words):
    out = []
    for w in words:
        u = w.upper()
        if u.startswith("A"):
            out.append(u.strip().lower() + "!")
        else:
            out.append(u.replace("E", "3"))
    return "|".join(out[:6]), len(out), sum(len(x) for x in out)


def find_all(lines, needle):
    total = 0
    for line in lines:
        total += line.find(needle) + line.count("a")
    return total


def joins(parts_list):
    n = 0
    for parts in parts_list:
        n += len("-".join(parts))
    return n


words = ["apple ", "pear", " avocado", "kiwi", "éclair", "Anise"] * 600
print(shout(words))
lines = ["banana split", "cabbage", "zzz"] * 1200
print(find_all(lines, "a"), find_all(lines, "zz"))
try:
    find_all(lines + [5], "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    find_all(lines, 3)
except TypeError as e:
    print("TypeError:", e)
parts = [["a", "b", "c"]] * 2000
print(joins(parts))
parts[1500] = ["a", 2]
try:
    joins(parts)
except TypeError as e:
    print("TypeError:", e)


def formats(n):
    out = ""
    names = []
    for i in range(n):
        s = "item%05d" % i
        t = "%s=%d (%.2f)" % (s, i, i / 7)
        names.append(t + "!")
        out += s[-1]
    return out[-10:], names[-1], len(names)


print(formats(3000))
try:
    print(formats(10) + ("x" + 1,))
except TypeError as e:
    print("TypeError:", e)
