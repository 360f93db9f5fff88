class N:
    def __init__(self, nxt):
        self.next = nxt
n = N(N(None))
v = n.next.next.next.value
