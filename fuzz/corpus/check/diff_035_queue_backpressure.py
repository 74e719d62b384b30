# SPDX-License-Identifier: MIT
# A bounded queue slows a fast producer down to the pace of its consumer.
import asyncio
import time


async def producer(queue, start):
    for n in range(5):
        await queue.put(n)
        print(f"{time.perf_counter() - start:.1f}s put {n} (size {queue.qsize()})")
    await queue.put(None)


async def slow_consumer(queue, start):
    while True:
        item = await queue.get()
        if item is None:
            break
        await asyncio.sleep(0.1)
        print(f"{time.perf_counter() - start:.1f}s handled {item}")


async def main():
    start = time.perf_counter()
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue, start), slow_consumer(queue, start))
    print(f"finished in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
