# A recursive function that runs compiled (a function trace) many times, then
# raises deep inside: the traceback must list every frame, as CPython does.
def walk(n, bad):
    if n == bad:
        return 1 // (n - bad)
    if n == 0:
        return 0
    return walk(n - 1, bad) + 1


total = 0
for i in range(400):
    total += walk(12, -1)
print(total)
walk(12, 4)
