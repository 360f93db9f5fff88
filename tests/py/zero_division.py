# An uncaught ZeroDivisionError: output before it is flushed, then exit status 1.
values = [10, 5, 0]
for v in values:
    print("100 /", v, "=", 100 / v)
print("never printed")
