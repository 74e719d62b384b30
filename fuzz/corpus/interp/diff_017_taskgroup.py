# SPDX-License-Identifier: MIT
# TaskGroup: the async with block waits for every task created in it.
import asyncio
import time


async def get_repo_info(repo, delay):
    await asyncio.sleep(delay)
    print(f"got {repo}")
    return {"repo": repo, "stars": len(repo) * 100}


async def main():
    start = time.perf_counter()
    repos = [("cpython", 0.3), ("trio", 0.1), ("anyio", 0.2)]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(get_repo_info(name, delay), name=name) for name, delay in repos]
        print(f"{len(tasks)} tasks started")
    print(f"block left after {time.perf_counter() - start:.1f}s")
    for task in tasks:
        print(task.get_name(), task.done(), task.result())
    total = sum(task.result()["stars"] for task in tasks)
    print("total stars:", total)


asyncio.run(main())
