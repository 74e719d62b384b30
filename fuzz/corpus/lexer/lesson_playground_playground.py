# SPDX-License-Identifier: MIT
# Your playground: change anything, press Run, and watch what every task does.
import asyncio
import time

import sim

CLIENTS = 3     # how many handlers run at once
LATENCY = 0.2   # seconds each one waits on a service (I/O)
CPU = 0.0       # seconds each one computes (Python code)


async def handler(n):
    sim.client(f"client {n}")
    sim.cpu(CPU)                        # computing holds the loop
    await sim.io("service", LATENCY)    # waiting frees the loop
    return n


async def main():
    start = time.perf_counter()
    served = await asyncio.gather(*(handler(n) for n in range(1, CLIENTS + 1)))
    print(f"served {served} in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
