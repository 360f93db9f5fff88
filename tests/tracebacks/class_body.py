class C:
    x = 1
    y = x.bit_length() + undefined
