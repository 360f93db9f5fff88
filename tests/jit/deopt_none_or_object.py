# Locals that alternate between None and objects (linked lists, optional
# values): the JIT widens them to "None or object" and narrows each read
# with a guard; loops that end when such a local becomes None.
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def total(head):
    s = 0
    node = head
    while node is not None:
        s += node.v
        node = node.next
    return s


def walk(h, n):
    acc = 0
    pkt = None
    for i in range(n):
        if i % 3 == 0:
            pkt = h
        elif i % 3 == 1:
            pkt = None
        if pkt is not None:
            acc += pkt.v
        else:
            acc -= 1
    return acc


def tree_walk(n):
    stack = []
    node = build(n)
    seen = 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.next if node.v % 2 else None
        node = stack.pop()
        seen += node.v
        node = None
    return seen


for k in range(4):
    h = build(2000 + k)
    print(total(h), walk(h, 3000 + k), tree_walk(1500 + k))
