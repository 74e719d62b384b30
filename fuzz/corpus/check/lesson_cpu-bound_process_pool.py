# SPDX-License-Identifier: MIT
# CPU work sent to a process pool: each process has its own interpreter and
# GIL, so the jobs run in parallel on the cores, once the processes are up.
import asyncio
from concurrent.futures import ProcessPoolExecutor

import sim

JOBS = 4
CPU = 0.1       # seconds of Python computing per job
WORKERS = 4     # processes in the pool


def crunch(n):
    sim.cpu(CPU)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        jobs = [loop.run_in_executor(pool, crunch, n)
                for n in range(1, JOBS + 1)]
        results = await asyncio.gather(*jobs)
    print(results)  # no stopwatch: real process start-up time varies


if __name__ == "__main__":
    asyncio.run(main())
