def f():
    return 1 / 0   # comment
f()  
