try:
    raise ExceptionGroup("inner", [OSError("disk")])
except ExceptionGroup as g:
    raise ExceptionGroup("outer", [RuntimeError("wrapped")]) from g
