# SPDX-License-Identifier: MIT
# Shutting down without a grace period: stop accepting and return from
# main. asyncio.run then cancels every request still in flight.
import asyncio
import time

import sim

WORK = [0.18, 0.18, 0.38, 0.7, 0.5]  # seconds each arriving request needs
ARRIVAL = 0.1       # seconds between two arrivals
SIGTERM_AT = 0.35   # when the signal to stop (SIGTERM) comes
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
    await serve(stopping)
    log("main returns; asyncio.run cancels the rest")


asyncio.run(main())
