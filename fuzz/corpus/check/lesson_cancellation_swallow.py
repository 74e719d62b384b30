# SPDX-License-Identifier: MIT
# A bug: the worker catches CancelledError and carries on. cancel() is then
# only a request that was ignored, and whoever waits for the task waits on.
import asyncio
import time

JOBS = 3
JOB_TIME = 0.2   # seconds per job


async def worker():
    for n in range(1, JOBS + 1):
        try:
            await asyncio.sleep(JOB_TIME)
            print(f"worker: job {n} done")
        except asyncio.CancelledError:
            print(f"worker: cancelled in job {n}, ignoring it")  # the bug
    return "finished anyway"


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task
    print(f"main: got {result!r} after {time.perf_counter() - start:.1f} s;",
          "cancelled() is", task.cancelled())


asyncio.run(main())
