# SPDX-License-Identifier: MIT
# C10K with asyncio: every open connection is a task, about a kilobyte of
# Python objects, and one thread runs the loop that serves them all.
import asyncio

import sim

CONNECTIONS = 1000
IDLE = 0.3      # seconds each connection waits for the next event to send


async def handler(n):
    sim.client(f"client {n}")
    await sim.io("socket", IDLE)    # idle: waiting for something to push


async def main():
    tasks = [asyncio.create_task(handler(n))
             for n in range(1, CONNECTIONS + 1)]
    await asyncio.gather(*tasks)
    print(f"{CONNECTIONS} connections held by {len(tasks)} tasks on 1 thread")


asyncio.run(main())
