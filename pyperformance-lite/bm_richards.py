"""Richards: Martin Richards' operating-system scheduler simulation (an idle
task, a worker, two packet handlers and two devices exchanging packets).
Object-oriented dispatch, attribute access and linked lists.

--size N: the idle task's countdown (N=10000 is the classic run, which must
give 23246 queued packets and 9297 holds).
"""

import sys
import time
from bench_harness import run_benchmark

I_IDLE = 1
I_WORK = 2
I_HANDLER_A = 3
I_HANDLER_B = 4
I_DEV_A = 5
I_DEV_B = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4

# State bits of a task control block.
PKT_BIT = 1
WAIT_BIT = 2
HOLD_BIT = 4

ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * BUFSIZE


def append_packet(pkt, queue):
    """Append pkt to the end of the linked list queue; return the new head."""
    pkt.link = None
    if queue is None:
        return pkt
    p = queue
    while p.link is not None:
        p = p.link
    p.link = pkt
    return queue


class Scheduler(object):
    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def run(self):
        tcb = self.task_list
        while tcb is not None:
            state = tcb.state
            if state & HOLD_BIT or state == WAIT_BIT:
                tcb = tcb.link
                continue
            pkt = None
            if state == WAIT_BIT | PKT_BIT:
                pkt = tcb.queue
                tcb.queue = pkt.link
                tcb.state = 0 if tcb.queue is None else PKT_BIT
            self.current = tcb
            self.current_id = tcb.ident
            tcb = tcb.step(pkt)

    # Primitive operations available to the running task.
    def wait(self):
        t = self.current
        t.state |= WAIT_BIT
        return t

    def hold_self(self):
        self.hold_count += 1
        t = self.current
        t.state |= HOLD_BIT
        return t.link

    def release(self, ident):
        t = self.tasks[ident]
        t.state &= ~HOLD_BIT
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, pkt):
        t = self.tasks[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        if t.queue is None:
            t.queue = pkt
            t.state |= PKT_BIT
            if t.priority > self.current.priority:
                return t
        else:
            t.queue = append_packet(pkt, t.queue)
        return self.current


class Task(object):
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = None
        sched.add(self)


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, I_IDLE, 0, None, 0)
        self.seed = 1
        self.count = count

    def step(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return s.release(I_DEV_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, I_WORK, 1000, queue, WAIT_BIT | PKT_BIT)
        self.destination = I_HANDLER_A
        self.letter = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.destination = I_HANDLER_A + I_HANDLER_B - self.destination
        pkt.ident = self.destination
        pkt.a1 = 0
        buf = pkt.a2
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = ALPHABET[self.letter]
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, WAIT_BIT | PKT_BIT)
        self.work_queue = None
        self.device_queue = None

    def step(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_queue = append_packet(pkt, self.work_queue)
            else:
                self.device_queue = append_packet(pkt, self.device_queue)
        work = self.work_queue
        if work is not None:
            n = work.a1
            if n >= BUFSIZE:
                self.work_queue = work.link
                return s.queue_packet(work)
            dev = self.device_queue
            if dev is not None:
                self.device_queue = dev.link
                dev.a1 = work.a2[n]
                work.a1 = n + 1
                return s.queue_packet(dev)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, WAIT_BIT)
        self.pending = None

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            pending = self.pending
            if pending is None:
                return s.wait()
            self.pending = None
            return s.queue_packet(pending)
        self.pending = pkt
        return s.hold_self()


def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(s, q)
    q = Packet(None, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    HandlerTask(s, I_HANDLER_A, 2000, q)
    q = Packet(None, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    HandlerTask(s, I_HANDLER_B, 3000, q)
    DeviceTask(s, I_DEV_A, 4000)
    DeviceTask(s, I_DEV_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


def make_workload(size):
    def workload():
        return richards(size)

    return workload


def checksum(result):
    return "%d %d" % result


# ---------------------------------------------------------------------------
# Common driver (identical in every bm_*.py of pyperformance-lite).
# Usage: python3 bm_NAME.py [--size N] [--iterations K] [--warmup W]
# Prints "warmup <s>" per warm-up iteration, "iter <s>" per measured
# iteration, then "checksum <value>".


if __name__ == "__main__":
    run_benchmark(make_workload, checksum, 50000)
