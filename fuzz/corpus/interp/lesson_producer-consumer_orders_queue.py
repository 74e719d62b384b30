# SPDX-License-Identifier: MIT
# A producer and a consumer joined by an asyncio.Queue. maxsize bounds the
# queue: when it is full, put() waits. That is back-pressure.
import asyncio
import time

import sim

ORDERS = 5
MAXSIZE = 2     # orders the queue holds before put() waits
WORKERS = 1     # consumers (cooks)
COOK = 0.1      # seconds a cook needs per order
START = time.perf_counter()


def log(text):
    print(f"{time.perf_counter() - START:.1f} s  {text}")


async def producer(queue):
    for n in range(1, ORDERS + 1):
        if queue.full():
            log(f"producer: queue full, order {n} waits")
        await queue.put(n)
        log(f"producer: order {n} queued, {queue.qsize()} in the queue")


async def consumer(queue):
    while True:
        order = await queue.get()
        await sim.io("kitchen", COOK)
        log(f"consumer: order {order} cooked")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=MAXSIZE)
    cooks = [asyncio.create_task(consumer(queue), name=f"cook {n}")
             for n in range(1, WORKERS + 1)]
    await producer(queue)
    await queue.join()          # until task_done() was called for every order
    log(f"all {ORDERS} orders cooked")
    for cook in cooks:
        cook.cancel()


asyncio.run(main())
