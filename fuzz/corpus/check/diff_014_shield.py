# SPDX-License-Identifier: MIT
# shield lets the caller stop waiting without cancelling the work inside:
# the database write finishes even though the request timed out.
import asyncio
import time


async def save_to_database(record):
    print(f"saving {record}")
    await asyncio.sleep(0.3)
    print(f"saved {record}")
    return f"id-{len(record)}"


async def main():
    start = time.perf_counter()
    save = asyncio.create_task(save_to_database("order #7"))
    try:
        await asyncio.wait_for(asyncio.shield(save), timeout=0.1)
    except TimeoutError:
        print(f"request timed out at {time.perf_counter() - start:.1f}s; save done? {save.done()}")
    print("record", await save, f"at {time.perf_counter() - start:.1f}s")

    unprotected = asyncio.create_task(save_to_database("order #8"))
    try:
        await asyncio.wait_for(unprotected, timeout=0.1)
    except TimeoutError:
        print("without shield the save was cancelled:", unprotected.cancelled())
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
