# SPDX-License-Identifier: MIT
# gather starts everything at once. A Semaphore lets only LIMIT requests
# in at a time; the others wait at `async with` for a free place.
import asyncio
import time

import sim

CLIENTS = 10
LIMIT = 3       # requests allowed at the same time
LATENCY = 0.1   # seconds the API takes to answer


async def fetch(n, limit, count):
    async with limit:
        count["open"] += 1
        count["peak"] = max(count["peak"], count["open"])
        await sim.io("api.example.com", LATENCY)
        count["open"] -= 1
    return n


async def main():
    limit = asyncio.Semaphore(LIMIT)
    count = {"open": 0, "peak": 0}
    start = time.perf_counter()
    calls = [fetch(n, limit, count) for n in range(1, CLIENTS + 1)]
    done = await asyncio.gather(*calls)
    print(f"{len(done)} requests, at most {count['peak']} at once,",
          f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
