# SPDX-License-Identifier: MIT
# All the way async: aiohttp awaits the network itself, so no thread is
# needed and the loop serves every request while they wait.
import asyncio
import time

import aiohttp
import sim

CLIENTS = 3
LATENCY = 0.2   # seconds the API takes to answer
sim.set_latency(LATENCY)


async def fetch(session, n):
    async with session.get(f"https://api.example.com/items/{n}") as response:
        return response.status


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        calls = [fetch(session, n) for n in range(1, CLIENTS + 1)]
        codes = await asyncio.gather(*calls)
    print(codes, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
