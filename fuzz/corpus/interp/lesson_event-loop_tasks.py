# SPDX-License-Identifier: MIT
# create_task hands a coroutine to the event loop. Tasks start in the order
# they were created, and finish when what they wait for is done.
import asyncio


async def fetch(name, seconds):
    print(f"{name}: starts, waits {seconds} s")
    await asyncio.sleep(seconds)
    print(f"{name}: done")
    return name


async def main():
    slow = asyncio.create_task(fetch("slow", 0.3), name="slow")
    fast = asyncio.create_task(fetch("fast", 0.1), name="fast")
    print("main: two tasks created, neither has started")
    await asyncio.sleep(0)      # give the loop one turn
    print("main: both started while main was paused")
    results = [await slow, await fast]
    print("main: results", results)


asyncio.run(main())
