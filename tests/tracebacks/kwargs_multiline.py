class S:
    def fmt(self, **kw):
        return "{a}{b}".format(**kw)
s = S()
out = (s
       .fmt(a=1))
