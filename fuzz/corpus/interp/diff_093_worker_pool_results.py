# SPDX-License-Identifier: MIT
# N workers pull URLs from a queue and store results in a shared dict;
# the main task waits with queue.join() and prints the results sorted.
import asyncio
import time

LATENCY = {
    "a.com": 0.1,
    "b.com": 0.25,
    "c.com": 0.15,
    "d.com": 0.2,
    "e.com": 0.05,
    "f.com": 0.08,
}


async def worker(name, queue, results):
    while True:
        url = await queue.get()
        try:
            await asyncio.sleep(LATENCY[url])
            results[url] = (name, LATENCY[url])
        finally:
            queue.task_done()


async def main():
    start = time.perf_counter()
    queue = asyncio.Queue()
    for url in LATENCY:
        queue.put_nowait(url)
    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for url in sorted(results):
        name, seconds = results[url]
        print(f"{url} by {name} ({seconds}s)")
    print(f"took {time.perf_counter() - start:.1f}s with {len(workers)} workers")


asyncio.run(main())
