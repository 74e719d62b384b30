# SPDX-License-Identifier: MIT
# The way out for code that can only block: run it in a thread pool with
# run_in_executor, and await the result. The loop stays free.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import requests
import sim

CLIENTS = 3
LATENCY = 0.2   # seconds the API takes to answer
WORKERS = 2     # threads in the pool
sim.set_latency(LATENCY)


async def fetch(pool, n):
    loop = asyncio.get_running_loop()
    url = f"https://api.example.com/items/{n}"
    response = await loop.run_in_executor(pool, requests.get, url)
    return response.status_code


async def main():
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        calls = [fetch(pool, n) for n in range(1, CLIENTS + 1)]
        codes = await asyncio.gather(*calls)
    print(codes, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
