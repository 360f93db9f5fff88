s = "abc"
r = s.upper().lower().nope()
