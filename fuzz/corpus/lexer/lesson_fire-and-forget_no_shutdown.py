# SPDX-License-Identifier: MIT
# Fire-and-forget leaves no way to shut down: when main returns,
# asyncio.run cancels every task still running, half-done work included.
import asyncio

import sim

ORDERS = 5
saved = []


async def save(order):
    await sim.io("db", 0.1 * order)
    saved.append(order)


async def main():
    for order in range(1, ORDERS + 1):
        asyncio.create_task(save(order))
    await asyncio.sleep(0.25)
    print("main returns")


asyncio.run(main())
print(f"saved {saved} of {ORDERS} orders; the others were cancelled")
