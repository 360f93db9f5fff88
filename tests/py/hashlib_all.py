import hashlib, hmac
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    for data in [b'', b'abc', b'x' * 200, bytes(range(256)) * 3]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size)
    h = hashlib.new(name); h.update(b'a' * 63); h.update(b'b' * 70); c = h.copy(); c.update(b'z')
    print(name, h.hexdigest()[:20], c.hexdigest()[:20])
for name in ['shake_128', 'shake_256']:
    print(name, hashlib.new(name, b'abc').hexdigest(10), hashlib.new(name, b'q' * 500).hexdigest(300)[-16:])
print(hashlib.blake2b(b'msg', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'msg', digest_size=16, key=b'key').hexdigest())
print(hmac.new(b'key', b'The quick brown fox', 'sha256').hexdigest(), hmac.compare_digest(b'a', b'a'))
print(hashlib.md5('text'.encode()).hexdigest(), hashlib.sha256(b'x').name, sorted(hashlib.algorithms_available)[:3])
