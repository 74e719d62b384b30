# SPDX-License-Identifier: MIT
# Infinite and huge timeouts: an infinite one never fires, NaN fires at
# once, and a blocking call refuses what its nanosecond clock cannot hold.
import asyncio
import threading
import time

INF = float("inf")
NAN = float("nan")


def attempt(name, call):
    try:
        print(name, "->", call())
    except (OverflowError, ValueError, TimeoutError) as e:
        print(name, "->", type(e).__name__, e)


async def quick():
    await asyncio.sleep(0.25)
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for timeout in (INF, 1e308, 9.3e9, NAN, -INF, 0.1):
        try:
            print("wait_for", timeout, await asyncio.wait_for(quick(), timeout=timeout))
        except TimeoutError:
            print("wait_for", timeout, "timed out")
        try:
            async with asyncio.timeout(timeout):
                await asyncio.sleep(0.25)
            print("timeout", timeout, "passed")
        except TimeoutError:
            print("timeout", timeout, "timed out")
        done, pending = await asyncio.wait([asyncio.ensure_future(quick())], timeout=timeout)
        print("wait", timeout, len(done), len(pending))
        for task in pending:
            task.cancel()
    for delay in (NAN, -1, -INF):
        await asyncio.sleep(delay)
        print("sleep", delay, "returned")
    # A NaN deadline is due at once; it is gone before the infinite ones
    # come (NaN in asyncio's heap would disorder the timers after it).
    soon = loop.call_later(NAN, print, "call_later(nan) fires at once")
    await asyncio.sleep(0)
    never = loop.call_later(INF, print, "call_later(inf) fired")
    at_never = loop.call_at(INF, print, "call_at(inf) fired")
    await asyncio.sleep(0.5)
    never.cancel()
    at_never.cancel()
    print("elapsed", round(loop.time() - start, 6), soon.cancelled())


asyncio.run(main())

for secs in (INF, -INF, 1e308, 9.3e9, NAN, -1, 10**10, -(10**10)):
    attempt(f"time.sleep({secs})", lambda: time.sleep(secs))

event = threading.Event()
for timeout in (0, -1, NAN, INF, 1e308):
    attempt(f"Event.wait({timeout}) unset", lambda: event.wait(timeout))
event.set()
for timeout in (INF, 1e308):
    attempt(f"Event.wait({timeout}) set", lambda: event.wait(timeout))

lock = threading.Lock()
for timeout in (INF, 1e308, NAN, -2):
    attempt(f"Lock.acquire(timeout={timeout})", lambda: lock.acquire(timeout=timeout))
attempt("Lock.acquire(timeout=9e9)", lambda: lock.acquire(timeout=9e9))
lock.release()

