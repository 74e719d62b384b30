# SPDX-License-Identifier: MIT
# Graceful shutdown: stop accepting, give the requests in flight a deadline
# to finish, then cancel whatever is still running.
import asyncio
import time

import sim

WORK = [0.18, 0.18, 0.38, 0.7, 0.5]  # seconds each arriving request needs
ARRIVAL = 0.1       # seconds between two arrivals
SIGTERM_AT = 0.35   # when the signal to stop (SIGTERM) comes
GRACE = 0.3         # seconds the requests in flight get to finish
START = time.perf_counter()


def log(text):
    print(f"{time.perf_counter() - START:.1f} s  {text}")


async def handler(n, seconds):
    await sim.io("backend", seconds)
    log(f"request {n} answered")


async def serve(stopping):
    in_flight = []
    for n, seconds in enumerate(WORK, start=1):
        if stopping.is_set():
            break
        task = asyncio.create_task(handler(n, seconds), name=f"request {n}")
        in_flight.append(task)
        await asyncio.sleep(ARRIVAL)
    log(f"stopped accepting after {len(in_flight)} requests")
    return in_flight


async def main():
    stopping = asyncio.Event()
    asyncio.get_running_loop().call_later(SIGTERM_AT, stopping.set)
    in_flight = await serve(stopping)
    done, pending = await asyncio.wait(in_flight, timeout=GRACE)
    log(f"{len(done)} finished, {len(pending)} still running: cancel them")
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    log("closed")


asyncio.run(main())
