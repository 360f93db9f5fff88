# An undefined name is an uncaught NameError: traceback on stderr, exit status 1.
print("before the error")


def use_missing():
    return completely_undefined_thing + 1


use_missing()
print("never printed")
