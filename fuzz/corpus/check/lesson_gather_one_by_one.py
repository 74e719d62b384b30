# SPDX-License-Identifier: MIT
# Three requests awaited one after another: each starts only when the one
# before has answered.
import asyncio
import time

import sim

REPOS = {"asyncio": 0.3, "aiohttp": 0.1, "uvloop": 0.2}  # seconds to answer


async def get_repo_info(name):
    await sim.io("api.github.com", REPOS[name])
    print(f"  {name} arrived")
    return name


async def main():
    start = time.perf_counter()
    results = []
    for name in REPOS:
        results.append(await get_repo_info(name))
    print(results, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
