# SPDX-License-Identifier: MIT
# Limiting concurrency with a Semaphore: 7 requests, 3 at a time, and a
# counter that records the peak number running at once.
import asyncio
import time


class Stats:
    def __init__(self):
        self.running = 0
        self.peak = 0


async def request(n, limit, stats):
    async with limit:
        stats.running += 1
        stats.peak = max(stats.peak, stats.running)
        await asyncio.sleep(0.1)
        stats.running -= 1
    return n * n


async def main():
    for size in (1, 3, 7):
        stats = Stats()
        limit = asyncio.Semaphore(size)
        start = time.perf_counter()
        results = await asyncio.gather(*(request(n, limit, stats) for n in range(7)))
        elapsed = time.perf_counter() - start
        print(f"limit {size}: peak {stats.peak}, {elapsed:.1f}s, {results}")


asyncio.run(main())
