# SPDX-License-Identifier: MIT
# The fix: a TaskGroup owns its tasks. The block ends only when they are
# all done; if one fails, the group cancels the others and raises.
import asyncio

import sim

URLS = ["a.example", "broken.example", "c.example", "d.example"]


async def process(url, seconds):
    await sim.io(url, seconds)
    if url.startswith("broken"):
        raise ConnectionError(f"{url} reset the connection")
    return f"processed {url}"


def outcome(task):
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"failed: {task.exception()}"
    return task.result()


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n, url in enumerate(URLS, start=1):
                tasks.append(tg.create_task(process(url, 0.1 * n), name=url))
        print("all processed")
    except ExceptionGroup as group:
        print(f"{type(group).__name__}: {group.message}")
    for task in tasks:
        print(f"  {task.get_name()}: {outcome(task)}")


asyncio.run(main())
