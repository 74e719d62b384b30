# SPDX-License-Identifier: MIT
# Three requests start together; each wakes up when its own sleep ends,
# so they finish in order of their delays, not in order of creation.
import asyncio


async def fetch(name, delay):
    print(f"{name}: request sent")
    await asyncio.sleep(delay)
    print(f"{name}: response after {delay}s")
    return name.upper()


async def main():
    slow = asyncio.create_task(fetch("slow", 0.3))
    fast = asyncio.create_task(fetch("fast", 0.1))
    medium = asyncio.create_task(fetch("medium", 0.2))
    print("tasks created, none has started yet")
    results = [await slow, await fast, await medium]
    print(results)


asyncio.run(main())
