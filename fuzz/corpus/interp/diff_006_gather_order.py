# SPDX-License-Identifier: MIT
# gather returns results in the order of its arguments, whatever the order
# in which the coroutines finish.
import asyncio
import time


async def fetch(url, delay):
    await asyncio.sleep(delay)
    print(f"finished {url}")
    return len(url)


async def main():
    start = time.perf_counter()
    pages = {"python.org": 0.3, "pypi.org": 0.1, "docs.python.org": 0.2}
    sizes = await asyncio.gather(*(fetch(url, delay) for url, delay in pages.items()))
    print(sizes)
    for url, size in zip(pages, sizes):
        print(f"{url:>16}: {size}")
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
