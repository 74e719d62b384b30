# SPDX-License-Identifier: MIT
# A plain thread running blocking code feeds the event loop. An asyncio.Queue
# is not thread-safe, so the thread hands each item over with
# run_coroutine_threadsafe, which runs queue.put() on the loop's thread.
import asyncio
import threading
import time

import sim

READINGS = 4
INTERVAL = 0.1   # seconds the sensor takes per reading (a blocking call)
START = time.perf_counter()


def log(text):
    print(f"{time.perf_counter() - START:.1f} s  {text}")


def producer(loop, queue):
    for n in range(1, READINGS + 1):
        sim.blocking("sensor", INTERVAL)
        future = asyncio.run_coroutine_threadsafe(queue.put(n), loop)
        future.result()                 # wait until the loop has it
    asyncio.run_coroutine_threadsafe(queue.put(None), loop).result()


async def consumer(queue):
    while True:
        reading = await queue.get()
        if reading is None:
            break
        log(f"consumer: reading {reading}")


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    thread = threading.Thread(target=producer, args=(loop, queue),
                              name="sensor")
    thread.start()
    await consumer(queue)
    await asyncio.to_thread(thread.join)    # join blocks, so not on the loop
    log("sensor thread finished")


asyncio.run(main())
