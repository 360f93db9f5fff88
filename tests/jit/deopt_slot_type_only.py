# A local whose value is never read by the loop, only its type (`x is None`),
# changes type between entries of the compiled loop: the entry type check
# must stay even though the loaded value is dead.
class Node:
    def __init__(self, k):
        self.k = k


def count_not(items, skip):
    n = 0
    for c in items:
        if c is not skip:
            n += 1
    return n


nodes = [Node(i) for i in range(3000)]
print(count_not(nodes, None))
print(count_not(nodes, nodes[5]))
print(count_not(nodes, None))
print(count_not(nodes, nodes[0]))


def find_chain(items, stop):
    total = 0
    for c in items:
        if stop is None or c.k < stop.k:
            total += c.k
    return total


for stop in (None, nodes[100], None, nodes[2000]):
    print(find_chain(nodes, stop))
