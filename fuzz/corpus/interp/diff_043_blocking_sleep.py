# SPDX-License-Identifier: MIT
# time.sleep inside a coroutine blocks the whole event loop: the ticker
# cannot tick while the "blocking" handler holds the only thread.
import asyncio
import time

START = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - START:.1f}s"


async def ticker():
    for _ in range(3):
        print(f"{stamp()} tick")
        await asyncio.sleep(0.2)


async def blocking_handler():
    await asyncio.sleep(0.1)
    print(f"{stamp()} handler calls time.sleep(0.3)")
    time.sleep(0.3)
    print(f"{stamp()} handler is done blocking")


async def main():
    await asyncio.gather(ticker(), blocking_handler())
    print(f"{stamp()} all done, the tick due at 0.2s came at 0.4s")


asyncio.run(main())
