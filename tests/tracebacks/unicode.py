def f(d):
    s = "héllo wörld"; return d["ключ"] + s[99]
f({"ключ": "x"})
