class S:
    __slots__ = ("a", "b")
s = S()
for i in range(3):
    s.a = i
    try:
        s.c = i
    except AttributeError as e:
        print(e)
print(s.a)
class T(S):
    pass
t = T()
t.c = 5
print(t.c, t.__dict__)
