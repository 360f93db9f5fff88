import importpkg.cyc_a

B_NAME = "b"


def from_a():
    return importpkg.cyc_a.A_NAME
