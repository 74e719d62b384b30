# SPDX-License-Identifier: MIT
# loop.time() is the loop's own monotonic clock; only differences matter.
import asyncio
import time


async def timed(label, coro):
    loop = asyncio.get_running_loop()
    began = loop.time()
    result = await coro
    print(f"{label:<10} took {loop.time() - began:.1f}s -> {result}")
    return result


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await timed("one", compute(3, 0.1))
    await timed("together", asyncio.gather(compute(4, 0.2), compute(5, 0.1)))
    clock_gap = abs((loop.time() - start) - 0.3)
    print("loop.time() agrees with the sleeps:", clock_gap < 0.05)
    wall = time.monotonic()
    await asyncio.sleep(0.1)
    print(f"monotonic says {time.monotonic() - wall:.1f}s")


asyncio.run(main())
