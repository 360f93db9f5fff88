"""Go: flat Monte-Carlo move selection on a 9x9 Go board.  Random playouts
with capture, suicide and simple-ko rules, group/liberty flood fills and
area scoring.  Uses its own linear congruential generator (no `random`).

--size N: number of random playouts evaluated per move; a short game of
GAME_MOVES moves is played, each chosen from N playouts.
"""

import sys
import time
from bench_harness import run_benchmark

N = 9
W = N + 2
EMPTY, BLACK, WHITE, BORDER = 0, 1, 2, 3
KOMI = 7  # area score difference black - white must reach this to win
GAME_MOVES = 4
MAX_PLAYOUT_MOVES = 3 * N * N

POINTS = [(y + 1) * W + (x + 1) for y in range(N) for x in range(N)]
NEIGHBOURS = [()] * (W * W)
for _p in POINTS:
    NEIGHBOURS[_p] = (_p - 1, _p + 1, _p - W, _p + W)


class Rng(object):
    """31-bit LCG; yields the high bits, which have the longest periods."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board(object):
    def __init__(self):
        self.cells = [BORDER] * (W * W)
        for p in POINTS:
            self.cells[p] = EMPTY
        self.ko = -1
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.ko = self.ko
        b.moves = self.moves
        return b

    def group(self, p):
        """Return (stones, has_liberty) for the group containing p."""
        cells = self.cells
        color = cells[p]
        stones = [p]
        seen = {p}
        has_liberty = False
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for r in NEIGHBOURS[q]:
                c = cells[r]
                if c == EMPTY:
                    has_liberty = True
                elif c == color and r not in seen:
                    seen.add(r)
                    stones.append(r)
        return stones, has_liberty

    def is_eye(self, p, color):
        cells = self.cells
        for q in NEIGHBOURS[p]:
            c = cells[q]
            if c != color and c != BORDER:
                return False
        return True

    def play(self, p, color):
        """Try to play color at p; return False (board unchanged) if illegal."""
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        cells[p] = color
        opponent = 3 - color
        captured = []
        for q in NEIGHBOURS[p]:
            if cells[q] == opponent:
                stones, alive = self.group(q)
                if not alive:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        stones, alive = self.group(p)
        if not alive:
            cells[p] = EMPTY
            return False
        self.ko = -1
        if len(captured) == 1 and len(stones) == 1:
            libs = 0
            for q in NEIGHBOURS[p]:
                if cells[q] == EMPTY:
                    libs += 1
            if libs == 1:
                self.ko = captured[0]
        self.moves += 1
        return True

    def random_move(self, color, rng):
        cells = self.cells
        empties = [p for p in POINTS if cells[p] == EMPTY]
        n = len(empties)
        if n == 0:
            return -1
        start = rng.below(n)
        for k in range(n):
            p = empties[(start + k) % n]
            if not self.is_eye(p, color) and self.play(p, color):
                return p
        return -1

    def score(self):
        """Area score: black minus white."""
        cells = self.cells
        total = 0
        for p in POINTS:
            c = cells[p]
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                seen_black = seen_white = False
                for q in NEIGHBOURS[p]:
                    d = cells[q]
                    if d == BLACK:
                        seen_black = True
                    elif d == WHITE:
                        seen_white = True
                if seen_black and not seen_white:
                    total += 1
                elif seen_white and not seen_black:
                    total -= 1
        return total


def playout(board, color, rng):
    passes = 0
    steps = 0
    while passes < 2 and steps < MAX_PLAYOUT_MOVES:
        if board.random_move(color, rng) < 0:
            passes += 1
        else:
            passes = 0
        color = 3 - color
        steps += 1
    return board.score()


def choose_move(board, color, playouts, rng):
    candidates = [p for p in POINTS
                  if board.cells[p] == EMPTY and not board.is_eye(p, color)]
    wins = {}
    tries = {}
    legal = []
    for p in candidates:
        b = board.copy()
        if b.play(p, color):
            legal.append(p)
            wins[p] = 0
            tries[p] = 0
    if not legal:
        return -1, 0
    total_moves = 0
    for i in range(playouts):
        p = legal[i % len(legal)]
        b = board.copy()
        b.play(p, color)
        s = playout(b, 3 - color, rng)
        total_moves += b.moves
        won = s >= KOMI if color == BLACK else s < KOMI
        tries[p] += 1
        if won:
            wins[p] += 1
    best = legal[0]
    best_rate = -1.0
    for p in legal:
        if tries[p]:
            rate = wins[p] / tries[p]
            if rate > best_rate:
                best_rate = rate
                best = p
    return best, total_moves


def game(playouts):
    rng = Rng(12345)
    board = Board()
    color = BLACK
    history = []
    total = 0
    for _ in range(GAME_MOVES):
        move, moves = choose_move(board, color, playouts, rng)
        total += moves
        if move >= 0:
            board.play(move, color)
        history.append(move)
        color = 3 - color
    return history, total


def make_workload(size):
    def workload():
        return game(size)

    return workload


def checksum(result):
    history, total = result
    return " ".join(str(m) for m in history) + " " + str(total)


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 12)
