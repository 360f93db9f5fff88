# Indexing str and bytes inside compiled loops: one-character strs (including
# non-ASCII ones), ints from bytes, negative indexes, and an index that runs
# off the end (IndexError raised by tier 1 after the exit).


def count_vowels(s):
    n = 0
    for i in range(len(s)):
        c = s[i]
        if c in "aeioué":
            n += 1
    return n


def checksum(b):
    total = 0
    for i in range(len(b)):
        total = (total * 31 + b[i] + b[-1 - i]) % 1000003
    return total


text = "the quick brown fox jumps over the lazy dog, café! " * 200
print(count_vowels(text), count_vowels("ééé" * 500))
data = bytes(range(256)) * 20
print(checksum(data), checksum(b"xyz" * 700))


def walk(s, steps):
    out = []
    for k in range(steps):
        out.append(s[k * 7])
    return "".join(out)


try:
    print(walk("abcdefghij" * 300, 3000))
except IndexError as e:
    print("IndexError:", e)
