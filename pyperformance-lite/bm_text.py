"""Text processing: generate a pseudo-random document, then split it into
words, normalise them, count them in a dict, build n-gram tables, and build
an output report with str methods, formatting and join (dict- and str-heavy).

--size N: number of words in the generated document.
"""

import sys
import time
from bench_harness import run_benchmark

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "yo", "zu", "an",
             "el", "in", "or", "us", "the", "ing", "ion", "pre", "str"]
PUNCT = [",", ".", ";", "!", "?", ":"]


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_document(n):
    rng = Lcg(7)
    vocab = []
    for i in range(600):
        k = 1 + rng.below(4)
        vocab.append("".join(SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(k)))
    parts = []
    line = []
    for i in range(n):
        # Zipf-like skew: small indices are much more frequent.
        idx = rng.below(rng.below(len(vocab)) + 1)
        word = vocab[idx]
        if rng.below(9) == 0:
            word = word.capitalize()
        if rng.below(11) == 0:
            word += PUNCT[rng.below(len(PUNCT))]
        line.append(word)
        if len(line) >= 12:
            parts.append(" ".join(line))
            line = []
    parts.append(" ".join(line))
    return "\n".join(parts)


def process(doc):
    counts = {}
    bigrams = {}
    prev = None
    lengths = [0] * 20
    for line in doc.splitlines():
        for raw in line.split():
            word = raw.strip(",.;!?:").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            lengths[min(len(word), 19)] += 1
            if prev is not None:
                key = prev + " " + word
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = word
    by_freq = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for rank, (word, c) in enumerate(by_freq[:200]):
        out.append("%4d %-20s %6d %s" % (rank + 1, word, c, word[::-1].upper()))
    top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:50]
    for pair, c in top_bigrams:
        out.append("{0}: {1}".format(pair.replace(" ", "+"), c))
    letters = {}
    for word, c in counts.items():
        for ch in word:
            letters[ch] = letters.get(ch, 0) + c
    out.append(",".join("%s=%d" % (ch, letters[ch]) for ch in sorted(letters)))
    titled = " ".join(w.title() for w, _ in by_freq[:100])
    out.append(titled.center(len(titled) + 4, "*"))
    report = "\n".join(out)
    return len(counts), len(bigrams), lengths, report


def make_workload(size):
    doc = make_document(size)

    def workload():
        return process(doc)

    return workload


def checksum(result):
    n_words, n_bigrams, lengths, report = result
    h = 0
    for ch in report:
        h = (h * 31 + ord(ch)) % 1000000007
    return "%d %d %s %d %d" % (n_words, n_bigrams, ",".join(map(str, lengths)),
                               len(report), h)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 150000)
