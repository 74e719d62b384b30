# SPDX-License-Identifier: MIT
# asyncio.to_thread runs a blocking function in a worker thread, so the loop
# keeps serving other coroutines meanwhile.
import asyncio
import time


def blocking_io(name, seconds):
    time.sleep(seconds)
    return f"{name} read {int(seconds * 1000)} ms of data"


async def spinner():
    for frame in "|/-\\":
        print("spinner", frame)
        await asyncio.sleep(0.1)


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "disk", 0.3),
        asyncio.to_thread(blocking_io, "nfs", 0.2),
        spinner(),
    )
    print(results[:2])
    print(f"elapsed {time.perf_counter() - start:.1f}s, not 0.9s")


asyncio.run(main())
