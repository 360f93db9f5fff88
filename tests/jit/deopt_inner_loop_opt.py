# A local that is None before an inner loop and an object inside it (read
# by the loop body), in a sub-loop compiled into the outer loop's trace.


class Node:
    def __init__(self, v):
        self.v = v


def chains(rows):
    total = 0
    for row in rows:
        prev = None
        for node in row:
            if prev is not None:
                total += node.v - prev.v
            else:
                total += 100
            prev = node
        total += 0 if prev is None else prev.v
    return total


rows = [[Node(i), Node(i + 3), Node(i * 2)] for i in range(3000)]
print(chains(rows))
rows[1000] = []
rows[2000] = [Node(5)]
print(chains(rows))
