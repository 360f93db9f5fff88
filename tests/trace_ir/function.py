# A loop-free function that is called often gets a function trace: from its
# first instruction to its return. The argument is unboxed, the recursive
# calls go through CallPy (straight into the compiled code at run time), the
# trace ends with a ReturnExit, and the other branch grows a bridge that
# returns too.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(18))  # recorded (the recursive calls run in the interpreter)
print(fib(19))  # compiled
