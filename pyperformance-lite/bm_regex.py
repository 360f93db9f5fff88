"""Regex: run a handful of regular expressions (search with groups, findall,
finditer, sub with a callback, split, case-insensitive and anchored
multi-line patterns) over a generated log-like text.  Uses `re`.

--size N: number of lines of generated text.
"""

import re
import sys
import time
from bench_harness import run_benchmark

WORDS = ["alpha", "beta", "gamma", "delta", "error", "warning", "Info", "kernel",
         "disk", "net", "user", "timeout", "retry", "OK", "failed", "cache"]
DOMAINS = ["example.com", "mail.test.org", "corp.example.net", "x.io"]


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_text(n):
    rng = Lcg(5)
    lines = []
    for i in range(n):
        y = 2000 + rng.below(25)
        mo = 1 + rng.below(12)
        d = 1 + rng.below(28)
        words = " ".join(WORDS[rng.below(len(WORDS))] for _ in range(3 + rng.below(6)))
        line = "%04d-%02d-%02d %02d:%02d:%02d [%s] %s" % (
            y, mo, d, rng.below(24), rng.below(60), rng.below(60),
            ("INFO", "WARN", "ERROR", "DEBUG")[rng.below(4)], words)
        if rng.below(3) == 0:
            line += " contact %s.%s@%s" % (WORDS[rng.below(16)].lower(), rng.below(1000),
                                           DOMAINS[rng.below(4)])
        if rng.below(4) == 0:
            line += " ip=%d.%d.%d.%d" % (rng.below(256), rng.below(256), rng.below(256),
                                         rng.below(256))
        if rng.below(5) == 0:
            line += " took %d.%03dms" % (rng.below(2000), rng.below(1000))
        lines.append(line)
    return "\n".join(lines)


def make_workload(size):
    text = make_text(size)

    def workload():
        date_line = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):\d{2}:\d{2} \[(\w+)\]",
                               re.MULTILINE)
        email = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
        ipv4 = re.compile(r"ip=((?:\d{1,3}\.){3}\d{1,3})")
        timing = re.compile(r"took (\d+)\.(\d+)ms")
        bad = re.compile(r"\b(?:error|fail(?:ed|ure)?|timeout)\b", re.IGNORECASE)

        levels = {}
        years = 0
        for m in date_line.finditer(text):
            levels[m.group(5)] = levels.get(m.group(5), 0) + 1
            years += int(m.group(1))
        emails = email.findall(text)
        ips = ipv4.findall(text)
        total_ms = 0
        for m in timing.finditer(text):
            total_ms += int(m.group(1)) * 1000 + int(m.group(2))
        n_bad = len(bad.findall(text))
        swapped = date_line.sub(lambda m: "%s/%s/%s" % (m.group(3), m.group(2), m.group(1)),
                                text)
        redacted = re.sub(r"\d", "#", swapped)
        pieces = re.split(r"[\s\[\]=@]+", text)
        hits = 0
        for line in text.split("\n"):
            if re.search(r"kernel.*(?:disk|net)", line):
                hits += 1
            if re.match(r"20[01]\d-", line):
                hits += 1000
        return (sorted(levels.items()), years, len(emails), sum(len(e) for e in emails),
                len(ips), total_ms, n_bad, len(swapped), redacted.count("#"), len(pieces),
                hits)

    return workload


def checksum(result):
    return repr(result).replace(" ", "")


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 12000)
