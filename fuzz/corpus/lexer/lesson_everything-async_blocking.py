# SPDX-License-Identifier: MIT
# A blocking call inside a coroutine: requests.get holds the loop's only
# thread, so every other task waits with it.
import asyncio
import time

import requests
import sim

CLIENTS = 3
LATENCY = 0.2   # seconds the API takes to answer
sim.set_latency(LATENCY)


async def fetch(n):
    response = requests.get(f"https://api.example.com/items/{n}")  # blocks!
    return response.status_code


async def main():
    start = time.perf_counter()
    codes = await asyncio.gather(*(fetch(n) for n in range(1, CLIENTS + 1)))
    print(codes, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
