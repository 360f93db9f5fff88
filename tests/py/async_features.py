# async for / async with / async comprehensions / async generators, driven by
# hand (no asyncio): `run` sends None until the coroutine returns, `trace`
# records what each suspension passed up to the "event loop".


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def trace(coro, replies=None):
    """Drive coro, printing every value it yields up; reply with replies[i]."""
    seen = []
    reply = None
    i = 0
    try:
        while True:
            v = coro.send(reply)
            seen.append(v)
            reply = replies[i] if replies and i < len(replies) else None
            i += 1
    except StopIteration as e:
        print("  loop saw", seen, "->", e.value)
        return e.value


class Sleep:
    """A hand-written awaitable: yields once to the driver."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("sleep", self.v)
        return (self.v, got)


class Ready:
    """An awaitable that never suspends."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


print("== await basics")


async def simple():
    a = await Sleep(1)
    b = await Ready("r")
    return a, b


trace(simple(), replies=["reply1"])


async def inner_coro(x):
    await Sleep(x)
    return x * 2


class Delegating:
    def __await__(self):
        return inner_coro(5).__await__()


async def uses_delegating():
    return await Delegating()


trace(uses_delegating())
w = inner_coro(1).__await__()
print(type(w).__name__, next(w))
try:
    w.send(None)
except StopIteration as e:
    print("wrapper stop", e.value)

print("== async iterator class")


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i


async def use_counter():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(10):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x)
    else:
        out.append("not reached")
    return out


trace(use_counter())


async def early_return():
    async for x in Counter(5):
        if x == 2:
            return "returned at 2"


print(run(early_return()))


async def nested_loops():
    res = []
    async for a in Counter(2):
        for b in range(2):
            async for c in Counter(2):
                res.append((a, b, c))
    return res


print(run(nested_loops()))

print("== async generators")


async def agen(n):
    for i in range(n):
        got = await Sleep(i)
        yield i * 10


async def use_agen():
    return [x async for x in agen(3)]


trace(use_agen())

g = agen(2)
print(type(g).__name__, g.__aiter__() is g)
aw = g.__anext__()
print(type(aw).__name__)
print("first send ->", aw.send(None))
try:
    aw.send("loop reply")
except StopIteration as e:
    print("anext result via StopIteration:", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration at end")
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration again")


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == "stop":
                return
    finally:
        print("  echo finally, received", received)


async def use_asend():
    e = echo()
    print("  anext:", await e.__anext__())
    print("  asend a:", await e.asend("a"))
    print("  asend b:", await e.asend("b"))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("  stopped")


run(use_asend())


async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            print("  caught", repr(exc))
            yield "recovered"
        except KeyError:
            return


async def use_athrow():
    c = catcher()
    print(" ", await c.__anext__())
    print("  athrow ->", await c.athrow(ValueError("x")))
    print(" ", await c.__anext__())
    print("  athrow type ->", await c.athrow(ValueError))
    print(" ", await c.__anext__())
    try:
        await c.athrow(KeyError)
    except StopAsyncIteration:
        print("  athrow ended generator")
    print("  athrow on finished generator ->", await c.athrow(ValueError))


run(use_athrow())


async def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  closable cleanup, awaiting")
        await Sleep("cleanup")
        print("  cleanup done")


async def use_aclose():
    c = closable()
    print(" ", await c.__anext__())
    r = await c.aclose()
    print("  aclose returned", r)
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("  closed generator: StopAsyncIteration")
    print("  second aclose", await c.aclose())
    u = closable()
    print("  aclose unstarted", await u.aclose())


trace(use_aclose())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def use_stubborn():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("  RuntimeError", e)


run(use_stubborn())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def use_raises_stop():
    r = raises_stop()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print("  RuntimeError", e, "| cause:", type(e.__cause__).__name__)


run(use_raises_stop())


async def agen_try():
    try:
        yield "a"
        yield "b"
    finally:
        print("  agen_try finally")


async def break_out():
    it = agen_try()
    async for v in it:
        print("  got", v)
        break
    print("  after break")
    await it.aclose()
    print("  after aclose")


run(break_out())

print("== async with")

log = []


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Sleep("enter " + self.name)
        log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, t, e, tb):
        await Sleep("exit " + self.name)
        log.append("exit %s %s %r" % (self.name, t.__name__ if t else None, e))
        return self.suppress


async def with_normal():
    async with ACM("a") as x, ACM("b") as y:
        log.append("body %s %s" % (x, y))
    return "done"


trace(with_normal())
print(log)
log.clear()


async def with_suppress():
    async with ACM("s", suppress=True):
        raise KeyError("k")
    return "suppressed"


print(run(with_suppress()), log)
log.clear()


async def with_propagate():
    try:
        async with ACM("p"):
            raise ValueError("v")
    except ValueError as e:
        return "propagated " + str(e)


print(run(with_propagate()), log)
log.clear()


async def with_return():
    async with ACM("r") as r:
        return "return " + r


print(run(with_return()), log)
log.clear()


async def with_in_loop():
    for i in range(4):
        async with ACM(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            log.append("body %d" % i)
    return "loop done"


print(run(with_in_loop()), log)
log.clear()


async def with_in_async_for():
    async for i in Counter(3):
        async with ACM("n%d" % i) as n:
            if i == 2:
                return n
    return None


print(run(with_in_async_for()), log)
log.clear()

print("== async comprehensions")


async def arange(n):
    for i in range(n):
        await Sleep(i)
        yield i


async def comps():
    print(" ", [x * x async for x in arange(5) if x % 2 == 0])
    print(" ", sorted({x % 3 async for x in arange(7)}))
    print(" ", {x: str(x) async for x in arange(3)})
    print(" ", [(x, y) async for x in arange(2) for y in "ab"])
    print(" ", [(x, y) for x in "ab" async for y in arange(2)])
    print(" ", [await Ready(x) for x in range(3)])
    print(" ", [[y async for y in arange(x)] for x in range(4)])
    gen = (x + 100 async for x in arange(3))
    print(" ", type(gen).__name__)
    print(" ", [v async for v in gen])
    gen2 = (await Ready(x) for x in "xyz")
    print(" ", type(gen2).__name__, [v async for v in gen2])
    return "comps done"


trace(comps())

print("== throw / close through await")


async def waiter():
    try:
        await Sleep("waiting")
    except ValueError as e:
        print("  waiter caught", e)
        return "handled"


c = waiter()
print(c.send(None))
try:
    c.throw(ValueError("cancel"))
except StopIteration as e:
    print("  result", e.value)


async def waiter2():
    try:
        await Sleep("w2")
    finally:
        print("  waiter2 finally")


c = waiter2()
c.send(None)
c.close()
print("  closed")


def inner_gen():
    try:
        yield 1
    except ValueError:
        print("  inner_gen caught")
        yield 2
    finally:
        print("  inner_gen finally")


def outer_gen():
    r = yield from inner_gen()
    return r


g = outer_gen()
next(g)
print(" ", g.throw(ValueError))
g.close()

print("== errors")


async def bad_for(x):
    async for i in x:
        pass


class NoANext:
    def __aiter__(self):
        return 1


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


for obj in [1, NoANext(), BadANext()]:
    try:
        run(bad_for(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))


class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncCM:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class BadExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


async def bad_with(m):
    async with m:
        pass


for obj in [1, OnlyEnter(), SyncCM(), BadEnter(), BadExit()]:
    try:
        run(bad_with(obj))
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


async def await_it(x):
    return await x


for obj in [1, BadAwait(), [1]]:
    try:
        run(await_it(obj))
    except TypeError as e:
        print("TypeError:", e)

co = inner_coro(3)
print(run(await_it(co)))
try:
    run(await_it(co))
except RuntimeError as e:
    print("RuntimeError:", e)


async def double_await():
    co = inner_coro(1)
    outer = await_it(co)
    outer.send(None)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)


run(double_await())

for src in [
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "async for x in y: pass\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "async def f():\n    return [[x async for x in y] for z in w]\n",
    "def f():\n    return [[x async for x in y] for z in w]\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    await x\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src.splitlines()[-1].strip())
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
