# SPDX-License-Identifier: MIT
# Fire-and-forget in a loop: one task per item, however many items come.
# Nothing limits how many run, or how many hit the API at once.
import asyncio

import sim

ITEMS = 1000
LATENCY = 0.2   # seconds the API takes to answer


async def process(item):
    await sim.io("api.example.com", LATENCY)


async def main():
    for item in range(ITEMS):
        asyncio.create_task(process(item))
    await asyncio.sleep(0)              # let them all start
    print(len(asyncio.all_tasks()), "tasks alive, all waiting on the API")
    await asyncio.sleep(LATENCY + 0.1)
    print(len(asyncio.all_tasks()), "task alive: main")


asyncio.run(main())
