"""Pyflate-like decompression: a pure-Python MSB-first bit reader and a
canonical-Huffman decoder (DEFLATE style: literals, length symbols followed
by raw distance bits, back-reference copies) over a stream that this program
generates and encodes once, untimed, from a fixed LCG.  The timed part parses
the code-length header, rebuilds the canonical tables and decodes the stream.

--size N: number of bytes in the decompressed output.
"""

import sys
import time
from bench_harness import run_benchmark

N_LITERALS = 256
N_LENGTHS = 32  # symbol 256 + k means a copy of k + 3 bytes
END_OF_BLOCK = N_LITERALS + N_LENGTHS
N_SYMBOLS = END_OF_BLOCK + 1
DIST_BITS = 12
LEN_FIELD_BITS = 5
TEXT = b"etaoin shrdlucmfwypvbgkqjxz,.ETAOINSHRDLU0123456789\n"


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


# ----------------------------------------------------------------- encoder
# (setup only, not timed)

def generate_tokens(size):
    rng = Lcg(99)
    out = []
    tokens = []
    while len(out) < size:
        if len(out) > 16 and rng.below(3) == 0:
            length = 3 + rng.below(rng.below(N_LENGTHS) + 1)
            length = min(length, size - len(out))
            if length >= 3:
                dist = 1 + rng.below(min(len(out), 1 << DIST_BITS))
                tokens.append((length, dist))
                for _ in range(length):
                    out.append(out[-dist])
                continue
        ch = TEXT[rng.below(rng.below(len(TEXT)) + 1)]
        tokens.append((0, ch))
        out.append(ch)
    return tokens, out


def code_lengths(freqs):
    """Huffman code lengths from frequencies (deterministic tie-breaking)."""
    nodes = []  # (freq, order, symbols)
    for sym, f in enumerate(freqs):
        if f:
            nodes.append((f, sym, [sym]))
    lengths = [0] * len(freqs)
    order = len(freqs)
    while len(nodes) > 1:
        nodes.sort()
        (f1, _, s1), (f2, _, s2) = nodes[0], nodes[1]
        for s in s1:
            lengths[s] += 1
        for s in s2:
            lengths[s] += 1
        nodes = nodes[2:] + [(f1 + f2, order, s1 + s2)]
        order += 1
    return lengths


def canonical_codes(lengths):
    codes = [0] * len(lengths)
    code = 0
    prev = 0
    for length, sym in sorted((l, s) for s, l in enumerate(lengths) if l):
        code <<= length - prev
        codes[sym] = code
        code += 1
        prev = length
    return codes


class BitWriter(object):
    def __init__(self):
        self.out = []
        self.acc = 0
        self.nbits = 0

    def write(self, value, nbits):
        self.acc = (self.acc << nbits) | value
        self.nbits += nbits
        while self.nbits >= 8:
            self.nbits -= 8
            self.out.append((self.acc >> self.nbits) & 0xFF)
        self.acc &= (1 << self.nbits) - 1

    def finish(self):
        if self.nbits:
            self.write(0, 8 - self.nbits)
        return bytes(self.out)


def encode(tokens):
    freqs = [0] * N_SYMBOLS
    for length, value in tokens:
        freqs[N_LITERALS + length - 3 if length else value] += 1
    freqs[END_OF_BLOCK] += 1
    lengths = code_lengths(freqs)
    codes = canonical_codes(lengths)
    w = BitWriter()
    for l in lengths:
        w.write(l, LEN_FIELD_BITS)
    for length, value in tokens:
        if length:
            sym = N_LITERALS + length - 3
            w.write(codes[sym], lengths[sym])
            w.write(value - 1, DIST_BITS)
        else:
            w.write(codes[value], lengths[value])
    w.write(codes[END_OF_BLOCK], lengths[END_OF_BLOCK])
    return w.finish()


# ----------------------------------------------------------------- decoder
# (the timed part)

class BitReader(object):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.buf = 0
        self.avail = 0

    def bit(self):
        if self.avail == 0:
            self.buf = self.data[self.pos]
            self.pos += 1
            self.avail = 8
        self.avail -= 1
        return (self.buf >> self.avail) & 1

    def bits(self, n):
        v = 0
        for _ in range(n):
            v = (v << 1) | self.bit()
        return v


class HuffmanTable(object):
    """Canonical decoding: per-length counts plus symbols in code order."""

    def __init__(self, lengths):
        max_len = max(lengths)
        self.counts = [0] * (max_len + 1)
        for l in lengths:
            if l:
                self.counts[l] += 1
        self.symbols = [s for l in range(1, max_len + 1)
                        for s in range(len(lengths)) if lengths[s] == l]
        self.max_len = max_len

    def decode(self, reader):
        code = 0
        first = 0
        index = 0
        counts = self.counts
        for length in range(1, self.max_len + 1):
            code |= reader.bit()
            count = counts[length]
            if code - first < count:
                return self.symbols[index + code - first]
            index += count
            first = (first + count) << 1
            code <<= 1
        raise ValueError("bad Huffman code")


def decompress(data):
    reader = BitReader(data)
    lengths = [reader.bits(LEN_FIELD_BITS) for _ in range(N_SYMBOLS)]
    table = HuffmanTable(lengths)
    out = []
    while True:
        sym = table.decode(reader)
        if sym < N_LITERALS:
            out.append(sym)
        elif sym == END_OF_BLOCK:
            break
        else:
            length = sym - N_LITERALS + 3
            dist = reader.bits(DIST_BITS) + 1
            start = len(out) - dist
            for i in range(length):
                out.append(out[start + i])
    return out


def make_workload(size):
    tokens, expected = generate_tokens(size)
    data = encode(tokens)

    def workload():
        out = decompress(data)
        if out != expected:
            raise AssertionError("decompressed data differs")
        return len(data), out

    return workload


def checksum(result):
    nbytes, out = result
    a = 1
    b = 0
    for byte in out:  # Adler-32
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return "%d %d %d" % (nbytes, len(out), (b << 16) | a)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 300000)
