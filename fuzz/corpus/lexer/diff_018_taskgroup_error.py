# SPDX-License-Identifier: MIT
# When one task in a TaskGroup fails, the group cancels the other tasks and
# the body of the async with block, waits for them, then raises ExceptionGroup.
import asyncio
import time


async def fetch(name, delay, cleanup):
    try:
        await asyncio.sleep(delay)
        print(f"{name}: finished")
    except asyncio.CancelledError:
        await asyncio.sleep(cleanup)
        print(f"{name}: cancelled, cleaned up in {cleanup}s")
        raise


async def broken(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad response")


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("quick", 0.05, 0))
            tg.create_task(fetch("users", 0.5, 0.1))
            tg.create_task(fetch("orders", 0.5, 0.05))
            tg.create_task(broken(0.1))
            await asyncio.sleep(1)
            print("never printed: the body was cancelled too")
    except ExceptionGroup as eg:
        print(repr(eg))
        print("message:", eg.message)
        print("exceptions:", eg.exceptions)
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
