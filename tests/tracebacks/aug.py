class O:
    pass
o = O()
o.count = None
def bump(o):
    o.count += 1
bump(o)
