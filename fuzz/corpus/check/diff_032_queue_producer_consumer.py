# SPDX-License-Identifier: MIT
# The classic producer / consumer pair, with None as the "no more work" marker.
import asyncio
import time


async def producer(queue, items):
    for item in items:
        await asyncio.sleep(0.1)
        await queue.put(item)
        print(f"produced {item}")
    await queue.put(None)


async def consumer(queue, start):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        total += item
        print(f"consumed {item} at {time.perf_counter() - start:.1f}s")
    return total


async def main():
    queue = asyncio.Queue()
    start = time.perf_counter()
    _, total = await asyncio.gather(producer(queue, [3, 1, 4]), consumer(queue, start))
    print("total:", total, "queue empty:", queue.empty())


asyncio.run(main())
