# exceptions: chaining, context, notes, groups, finally ordering, generator interplay
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    else:
        print("no else")
g()
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
e = Exception("a", 1)
print(e.args, str(e), repr(e))
e.add_note("note1")
print(e.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("caught", repr(eg.exceptions))
except* TypeError as eg:
    print("caught", repr(eg.exceptions))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except Exception as ex:
    print(type(ex).__name__, ex, ex.code, isinstance(ex, Exception))
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
it = gen(); next(it); it.close()
try:
    {}["missing"]
except LookupError as le:
    print(repr(le), le.args)
import sys
try:
    sys.exit(4)
except SystemExit as se:
    print("exit code", se.code)
try:
    assert 1 == 2, "assert msg"
except AssertionError as ae:
    print(ae)
try:
    int("x")
except ValueError as ve:
    print(ve)
x = 0
try:
    x = 1 / 0
except ZeroDivisionError:
    x = -1
else:
    x = 2
finally:
    x *= 10
print(x)
