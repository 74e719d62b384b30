# SPDX-License-Identifier: MIT
# Tasks waiting for a Lock get it in the order they asked for it.
import asyncio
import time


async def use_printer(name, printer, pages, start):
    print(f"{name} waits for the printer")
    async with printer:
        print(f"{name} got it at {time.perf_counter() - start:.1f}s, needs {0.1 * pages:.1f}s")
        await asyncio.sleep(0.1 * pages)
    print(f"{name} is done")


async def main():
    printer = asyncio.Lock()
    start = time.perf_counter()
    jobs = [("alice", 2), ("bob", 1), ("carol", 1)]
    await asyncio.gather(*(use_printer(name, printer, pages, start) for name, pages in jobs))
    print(f"all printed after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
