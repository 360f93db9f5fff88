# open(), file objects, and io.StringIO / io.BytesIO.
import io

# --- write, read back, append -------------------------------------------------
f = open("notes.txt", "w")
print(repr(f))
print(f.name, f.mode, f.encoding, f.closed)
print(f.write("first line\n"))
print(f.write("héllo wörld\n"))
f.writelines(["a\n", "b\n", "c"])
print(f.tell())
f.close()
print(f.closed, repr(f))

with open("notes.txt") as f:
    print(repr(f.read()))

with open("notes.txt", "a") as f:
    print(f.tell())
    f.write("\nappended\n")

with open("notes.txt") as f:
    print(f.readlines())

with open("notes.txt") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(repr(f.read(4)), repr(f.read(0)), f.tell())
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))

# --- iteration -----------------------------------------------------------------
with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open("notes.txt") as f:
    print([len(x) for x in f])
    print(list(f))

with open("notes.txt", encoding="utf-8") as f:
    print(f.encoding, next(f), end="")
    print(next(iter(f)), end="")

# --- seek / tell / truncate ----------------------------------------------------
with open("data.txt", "w+") as f:
    f.write("0123456789\n" * 3)
    print(f.tell(), f.seek(0), f.read(5), f.tell())
    print(f.seek(11), repr(f.readline()))
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(len(f.read()))
    print(f.truncate(20), f.tell())
with open("data.txt") as f:
    print(repr(f.read()))

with open("rw.txt", "w") as f:
    f.write("abcdef")
with open("rw.txt", "r+") as f:
    print(f.read(2))
    f.write("XY")
    f.seek(0)
    print(f.read())

# --- universal newlines --------------------------------------------------------
with open("nl.bin", "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
with open("nl.bin") as f:
    print(f.readlines())
with open("nl.bin") as f:
    print(repr(f.read()))
with open("nl.bin", newline="") as f:
    print(f.readlines())
with open("nl.bin", newline="\r\n") as f:
    print(f.readlines())
with open("crlf.txt", "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open("crlf.txt", "rb") as f:
    print(f.read())

# --- binary round trip ---------------------------------------------------------
data = bytes(range(256)) * 4
with open("blob.bin", "wb") as f:
    print(repr(f))
    print(f.write(data), f.write(bytearray(b"\n\x00tail")))
with open("blob.bin", "rb") as f:
    print(repr(f), f.mode)
    back = f.read()
print(len(back), back[:1024] == data, back[-6:])
with open("blob.bin", "rb") as f:
    print(f.read(3), f.tell(), f.seek(-4, 2), f.read(), f.seek(10), f.read(2))
    f.seek(0)
    lines = f.readlines()
    print(len(lines), lines[0][:12])
with open("blob.bin", "ab") as f:
    f.write(b"!")
with open("blob.bin", "rb") as f:
    print(len(f.read()))
with open("blob.bin", "r+b") as f:
    print(repr(f))
    f.write(b"ZZ")
    f.seek(0)
    print(f.read(4))

# --- errors --------------------------------------------------------------------
for args in [("missing.txt",), ("no/such/dir/x.txt", "w"), (".",), (".", "w"), ("notes.txt", "x")]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e)
        print(e.errno, e.strerror, e.filename, e.args)

try:
    open("missing.txt")
except FileNotFoundError as e:
    print("caught", isinstance(e, OSError), isinstance(e, IOError))
try:
    open("missing.txt")
except IOError as e:
    print("IOError alias", IOError is OSError, EnvironmentError is OSError)

for mode in ["q", "rw", "rr", "bt", "", "+", "U"]:
    try:
        open("notes.txt", mode)
    except ValueError as e:
        print("ValueError", e)

for kw in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", newline=""), dict(newline="x"), dict(encoding="nope"), dict(mode=5), dict(bogus=1), dict(buffering=0)]:
    try:
        open("notes.txt", **kw)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)

try:
    open(3.5)
except TypeError as e:
    print(e)

f = open("notes.txt")
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x"), lambda: next(f), lambda: f.seek(0), lambda: f.tell()]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
try:
    with f:
        pass
except ValueError as e:
    print("with closed:", e)

with open("notes.txt") as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
with open("out.txt", "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(42)
    except TypeError as e:
        print(e)
with open("out.bin", "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)

# --- print(file=...), flush, with-statement exceptions --------------------------
with open("printed.txt", "w") as f:
    print("to", "file", sep="-", file=f)
    print(1, 2, 3, file=f)
    f.flush()
print(open("printed.txt").read(), end="")

try:
    with open("exc.txt", "w") as f:
        f.write("partial")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, f.closed)
print(open("exc.txt").read())

# --- StringIO ------------------------------------------------------------------
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()))
s = io.StringIO("line1\nline2\nline3")
print(list(s))
s.seek(0)
print(s.readlines(), s.tell())
print(s.seek(2), s.write("X"), s.getvalue())
print(s.seek(0, 2), s.truncate(4), repr(s.getvalue()), s.tell())
with io.StringIO("abc") as s2:
    print(s2.read(), s2.closed)
print(s2.closed)
try:
    s2.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
print(io.StringIO("a\r\nb", newline=None).getvalue().split("\n"))
buf = io.StringIO()
print("via print", 42, file=buf)
print(repr(buf.getvalue()))

# --- BytesIO -------------------------------------------------------------------
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell(), list(b), b.getvalue())
b.seek(0, 2)
b.write(b"ghi")
print(b.getvalue(), b.seek(-3, 2), b.read())
try:
    b.write("str")
except TypeError as e:
    print(e)
print(io.open is open, io.TextIOWrapper, io.StringIO, io.BytesIO, io.UnsupportedOperation)
print(type(open("notes.txt")).__name__, type(open("notes.txt", "rb")).__name__, type(open("out.bin", "wb")).__name__)
print(isinstance(open("notes.txt"), io.TextIOWrapper), isinstance(io.StringIO(), io.TextIOBase))
