# bytes and bytearray basics and str encode/decode.
b = b"hello"
print(b, b[0], b[1:3], len(b), b + b" world", b * 2, b"ell" in b, list(b[:2]))
print(b.upper(), b.split(b"l"), b.replace(b"l", b"L"), b.find(b"lo"), b.hex())
print("héllo wörld".encode("utf-8"), "héllo".encode("utf-8").decode("utf-8"), len("é".encode()))
print(bytes([65, 66, 67]), bytes(3), bytes.fromhex("deadbeef"), repr(b"\x00\xff\n'\""))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"xy")
print(ba, bytes(ba), ba.decode(), len(ba))
print(b"a" < b"b", b"abc" == bytes("abc", "ascii"), int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
print("€".encode("utf-8"), list("€".encode()), b"caf\xc3\xa9".decode(), "x".encode("ascii"))
