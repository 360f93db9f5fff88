def deco(fn):
    raise RuntimeError("no decorating")
@deco
def g():
    pass
