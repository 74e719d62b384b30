# SPDX-License-Identifier: MIT
# One waiter who never waits: the event loop. Each table is a task; at the
# kitchen the task awaits, and the waiter goes on to the next table.
import asyncio
import time

import sim

TABLES = 4      # customers, one per table
KITCHEN = 0.2   # seconds the kitchen cooks one plate (I/O)
ORDER = 0.02    # seconds the waiter spends writing an order (CPU)


async def table(n):
    sim.client(f"table {n}")            # the waiter walks to table n
    sim.cpu(ORDER)                      # writes the order on the pad
    await sim.io("kitchen", KITCHEN)    # ticket on the rail, on to the next
    return f"table {n} served"


async def main():
    start = time.perf_counter()
    served = await asyncio.gather(*(table(n) for n in range(1, TABLES + 1)))
    for line in served:
        print(line)
    print(f"{TABLES} tables in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
