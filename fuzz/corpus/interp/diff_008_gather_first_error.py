# SPDX-License-Identifier: MIT
# Without return_exceptions, the first exception propagates out of gather at
# once -- but the other coroutines are not cancelled: they keep running.
import asyncio
import time


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    print(f"{name}: ok")
    return name


async def main():
    start = time.perf_counter()
    try:
        await asyncio.gather(
            fetch("users", 0.1),
            fetch("orders", 0.2, fail=True),
            fetch("invoices", 0.3),
        )
    except ConnectionError as e:
        print(f"gather raised {e!r} at {time.perf_counter() - start:.1f}s")

    print("the other fetches were not cancelled...")
    await asyncio.sleep(0.2)
    print(f"main done at {time.perf_counter() - start:.1f}s")


asyncio.run(main())
