# A bridge that starts inside an inner loop's body (a guard there failed
# often enough) records the rest of that iteration and then the rest of the
# inner loop as a sub-loop of its own, before going back to the outer loop.


class Item:
    def __init__(self, v):
        self.v = v


def nearest(items, x):
    best = 1e300
    best_item = None
    for it in items:
        d = abs(it.v - x)
        if d < best:
            best = d
            best_item = it
    return best_item


def scan(items, n):
    total = 0
    for k in range(n):
        hit = nearest(items, (k * 37) % 101)
        total += hit.v
    return total


items = [Item(v) for v in (5, 50, 95, 20, 70, 35)]
print(scan(items, 4000))


def append_last(node, queue):
    node.link = None
    if queue is None:
        return node
    p = queue
    while p.link is not None:
        p = p.link
    p.link = node
    return queue


class Node:
    def __init__(self, i):
        self.i = i
        self.link = None


def queues(n):
    q = None
    out = 0
    for k in range(n):
        q = append_last(Node(k), q)
        if k % 7 == 6:
            out += q.i
            q = q.link
        if k % 50 == 49:
            q = None
    return out


print(queues(5000))
