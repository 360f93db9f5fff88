# except* and exception groups (PEP 654)
def show(label, e):
    print(label, type(e).__name__, repr(e))

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3), ValueError(4)])])
except* ValueError as e:
    show("V", e)
except* (TypeError, KeyError) as e:
    show("TK", e)
print("after 1")

try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e)
    print(repr(e.exceptions[0]), e.message == "")

try:
    try:
        raise TypeError("naked2")
    except* ValueError:
        print("not reached")
except TypeError as t:
    show("plain", t)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as x:
    show("reraised", x)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as x:
    show("mixed", x)
    print([type(s).__name__ for s in x.exceptions])
    print(repr(x.exceptions[0].__context__))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only new")
except KeyError as x:
    show("only-new", x)
    print(repr(x.__context__))

def gen_name():
    try:
        raise ExceptionGroup("eg", [OSError("o")])
    except* OSError as err:
        pass
    try:
        err
    except NameError as n:
        print(n)
gen_name()

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as t:
    print("TypeError:", t)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
except TypeError as t:
    print("TypeError:", t)

# else / finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

# split / subgroup / derive
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
m, r = eg.split(ValueError)
show("m", m); show("r", r)
print(eg.split(OSError))
print(eg.split(BaseException)[0] is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(repr(eg.subgroup((TypeError, ValueError))))
show("derive", eg.derive([KeyError()]))
b = BaseExceptionGroup("b", [KeyboardInterrupt()])
show("base", b)
show("base-derive", b.derive([ValueError()]))
eg.add_note("a note")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
try:
    eg.split(42)
except TypeError as t:
    print("TypeError:", t)
