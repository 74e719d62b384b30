# SPDX-License-Identifier: MIT
# asyncio.to_thread: the same, with the loop's default thread pool.
import asyncio
import time

import requests
import sim

CLIENTS = 3
LATENCY = 0.2   # seconds the API takes to answer
sim.set_latency(LATENCY)


async def fetch(n):
    url = f"https://api.example.com/items/{n}"
    response = await asyncio.to_thread(requests.get, url)
    return response.status_code


async def main():
    start = time.perf_counter()
    codes = await asyncio.gather(*(fetch(n) for n in range(1, CLIENTS + 1)))
    print(codes, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
