# SPDX-License-Identifier: MIT
# The ready queue is first in, first out: callbacks and task steps run in
# the order they were scheduled, and sleep(0) goes to the back of the line.
import asyncio


async def chatter(name, rounds):
    for i in range(rounds):
        print(f"{name} round {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback scheduled first")
    a = asyncio.create_task(chatter("A", 3))
    b = asyncio.create_task(chatter("B", 2))
    loop.call_soon(print, "callback scheduled last")
    print("main yields")
    await asyncio.sleep(0)
    print("main is back")
    await asyncio.gather(a, b)
    print("main done")


asyncio.run(main())
