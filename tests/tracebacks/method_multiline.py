class A:
    def go(self, n):
        return n.upper()
a = A()
r = (a
     .go(5))
