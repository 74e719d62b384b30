# SPDX-License-Identifier: MIT
# The same three requests with gather: all start at once, the answers come
# in any order, and the results come back in the order of the arguments.
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
    results = await asyncio.gather(*(get_repo_info(name) for name in REPOS))
    print(results, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
