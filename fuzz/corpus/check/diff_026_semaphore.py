# SPDX-License-Identifier: MIT
# A Semaphore limits how many downloads run at once; the others wait their turn.
import asyncio
import time

START = time.perf_counter()


def now():
    return f"{time.perf_counter() - START:.1f}s"


async def download(name, seconds, limit, in_flight):
    async with limit:
        in_flight.append(name)
        print(f"{now()} start {name:<6} in flight: {in_flight}")
        await asyncio.sleep(seconds)
        in_flight.remove(name)
        print(f"{now()} done  {name}")


async def main():
    limit = asyncio.Semaphore(2)
    in_flight = []
    files = [("a.zip", 0.1), ("b.zip", 0.3), ("c.zip", 0.1), ("d.zip", 0.2)]
    await asyncio.gather(*(download(n, s, limit, in_flight) for n, s in files))
    print("locked at the end?", limit.locked())


asyncio.run(main())
