def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("hello from pyjit:", [fib(i) for i in range(15)])
