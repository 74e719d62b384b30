# SPDX-License-Identifier: MIT
# Fire-and-forget: tasks started and never awaited. When one fails, nobody
# hears about it; the error only reaches the log, if anywhere.
import asyncio

import sim

URLS = ["a.example.com", "broken.example.com", "c.example.com"]


async def process(url, seconds):
    await sim.io(url, seconds)
    if url.startswith("broken"):
        raise ConnectionError(f"{url} reset the connection")
    print(f"processed {url}")


async def process_all():
    for n, url in enumerate(URLS, start=1):
        asyncio.create_task(process(url, 0.1 * n))  # no reference kept


async def main():
    await process_all()
    print("process_all returned: everything fine?")
    await asyncio.sleep(0.5)            # and hope the tasks are done by now
    print("main ends, and never saw the error")


asyncio.run(main())
