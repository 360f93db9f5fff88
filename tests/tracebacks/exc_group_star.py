def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3), ValueError(4)])])
def g():
    try:
        f()
    except* ValueError as e:
        print("caught", repr(e))
    except* KeyError:
        raise RuntimeError("from handler")
g()
