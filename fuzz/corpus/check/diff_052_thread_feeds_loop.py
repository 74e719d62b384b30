# SPDX-License-Identifier: MIT
# A synchronous sensor thread feeds readings into an asyncio.Queue owned by
# the loop, using run_coroutine_threadsafe to cross the thread boundary.
import asyncio
import threading
import time


def sensor_thread(loop, queue):
    for reading in [21.5, 22.0, 22.75]:
        time.sleep(0.1)
        asyncio.run_coroutine_threadsafe(queue.put(reading), loop).result()
    asyncio.run_coroutine_threadsafe(queue.put(None), loop).result()


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    start = loop.time()
    thread = threading.Thread(target=sensor_thread, args=(loop, queue))
    thread.start()
    readings = []
    while True:
        reading = await queue.get()
        if reading is None:
            break
        readings.append(reading)
        print(f"{loop.time() - start:.1f}s reading {reading:.1f} C")
    await asyncio.to_thread(thread.join)
    print(f"average {sum(readings) / len(readings):.2f} C")


asyncio.run(main())
