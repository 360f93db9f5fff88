def a():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
def b():
    a()
b()
