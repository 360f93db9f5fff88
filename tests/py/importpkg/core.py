from .helpers import shout


def greet(name):
    return shout("hello " + name)
