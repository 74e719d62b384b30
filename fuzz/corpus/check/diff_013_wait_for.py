# SPDX-License-Identifier: MIT
# wait_for gives up after a timeout: it cancels the inner coroutine, waits for
# it to finish cancelling, then raises TimeoutError.
import asyncio
import time


async def slow_query(sql, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"rows for {sql!r}"
    except asyncio.CancelledError:
        print(f"query {sql!r} cancelled")
        raise


async def main():
    start = time.perf_counter()
    print(await asyncio.wait_for(slow_query("SELECT 1", 0.1), timeout=0.3))
    try:
        await asyncio.wait_for(slow_query("SELECT * FROM logs", 5), timeout=0.2)
    except asyncio.TimeoutError as e:
        print(f"gave up: {e!r} at {time.perf_counter() - start:.1f}s")
    print("TimeoutError is the builtin one:", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow_query("SELECT 2", 0.1), timeout=None))
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
