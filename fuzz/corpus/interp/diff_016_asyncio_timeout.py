# SPDX-License-Identifier: MIT
# Python 3.11's asyncio.timeout: a deadline around a block of awaits.
# The block sees CancelledError; the code around it sees TimeoutError.
import asyncio
import time


async def fetch(url, delay):
    try:
        await asyncio.sleep(delay)
        return f"{url} ok"
    except asyncio.CancelledError:
        print(f"  {url}: interrupted")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()

    async with asyncio.timeout(0.3):
        print(await fetch("/fast", 0.1))

    try:
        async with asyncio.timeout(0.1) as deadline:
            print(await fetch("/slow", 5))
    except TimeoutError:
        print("/slow timed out; expired:", deadline.expired())

    async with asyncio.timeout(None) as deadline:
        print("no deadline yet:", deadline.when())
        deadline.reschedule(loop.time() + 0.3)
        print(f"deadline in {deadline.when() - loop.time():.1f}s")
        print(await fetch("/medium", 0.2))
    print("expired:", deadline.expired())
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
