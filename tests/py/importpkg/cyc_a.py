import importpkg.cyc_b as b

A_NAME = "a"


def from_b():
    return b.B_NAME
