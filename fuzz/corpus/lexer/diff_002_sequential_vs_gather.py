# SPDX-License-Identifier: MIT
# Awaiting one call after another adds the waits up; gather overlaps them.
import asyncio
import time


async def get_repo_info(repo):
    await asyncio.sleep(0.1)
    return f"{repo}: 200 OK"


async def main():
    repos = ["cpython", "trio", "curio"]

    start = time.perf_counter()
    for repo in repos:
        print(await get_repo_info(repo))
    print(f"sequential: {time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    results = await asyncio.gather(*(get_repo_info(repo) for repo in repos))
    print(results)
    print(f"gather: {time.perf_counter() - start:.1f}s")


asyncio.run(main())
