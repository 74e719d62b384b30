# SPDX-License-Identifier: MIT
# A pool of workers drains a queue; queue.join() waits until every item has
# been marked with task_done(), then the idle workers are cancelled.
import asyncio
import time


async def worker(name, queue, start):
    try:
        while True:
            job, seconds = await queue.get()
            await asyncio.sleep(seconds)
            print(f"{time.perf_counter() - start:.1f}s {name} finished {job}")
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{name} stops")
        raise


async def main():
    start = time.perf_counter()
    queue = asyncio.Queue()
    for job, seconds in [("thumbnails", 0.2), ("emails", 0.1), ("report", 0.3), ("backup", 0.1)]:
        queue.put_nowait((job, seconds))
    print("queued:", queue.qsize())
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, start)) for i in range(2)]
    await queue.join()
    print(f"all jobs done at {time.perf_counter() - start:.1f}s")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
