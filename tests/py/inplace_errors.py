x = 1
try:
    x += "a"
except TypeError as e: print(e)
try:
    x **= "a"
except TypeError as e: print(e)
def f(a): pass
try:
    f(**{"a": 1}, a=2)
except TypeError as e: print(e)
try:
    f(**[1])
except TypeError as e: print(e)
try:
    1 + "a"
except TypeError as e: print(e)
