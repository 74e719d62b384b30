# SPDX-License-Identifier: MIT
# CPU work sent to a thread pool: the loop stays free, but the threads share
# one GIL, so the Python code runs one thread at a time and is no faster.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import sim

JOBS = 4
CPU = 0.1       # seconds of Python computing per job
WORKERS = 4     # threads in the pool


def crunch(n):
    sim.cpu(CPU)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        jobs = [loop.run_in_executor(pool, crunch, n)
                for n in range(1, JOBS + 1)]
        results = await asyncio.gather(*jobs)
    print(results, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
