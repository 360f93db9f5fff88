def leaf(n):
    raise ValueError(f"leaf {n}")
def collect():
    errs = []
    for i in range(3):
        try:
            leaf(i)
        except ValueError as e:
            errs.append(e)
    e = TypeError("with note")
    e.add_note("note line 1\nnote line 2")
    errs.append(ExceptionGroup("nested", [e, KeyError("k")]))
    raise ExceptionGroup("top", errs)
collect()
