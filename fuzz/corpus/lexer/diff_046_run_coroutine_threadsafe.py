# SPDX-License-Identifier: MIT
# A plain thread hands a coroutine to the running loop with
# run_coroutine_threadsafe and blocks on the concurrent.futures.Future it gets.
import asyncio
import threading
import time


async def lookup_price(item):
    await asyncio.sleep(0.1)
    return {"apple": 0.5, "pear": 0.75}[item]


def legacy_thread(loop, results):
    time.sleep(0.1)
    for item in ["apple", "pear"]:
        future = asyncio.run_coroutine_threadsafe(lookup_price(item), loop)
        results.append((item, future.result(timeout=5)))


async def main():
    loop = asyncio.get_running_loop()
    results = []
    thread = threading.Thread(target=legacy_thread, args=(loop, results))
    thread.start()
    for second in range(5):
        print(f"loop is free at tick {second}")
        await asyncio.sleep(0.1)
    await asyncio.to_thread(thread.join)
    print("thread finished:", not thread.is_alive())
    for item, price in results:
        print(f"{item:<6}{price:>6.2f}")


asyncio.run(main())
