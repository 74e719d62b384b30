# SPDX-License-Identifier: MIT
# Computing inside a coroutine: while Python code runs, the event loop runs
# nothing else, not even a heartbeat.
import asyncio
import time

import sim

HANDLER_CPU = 0.4   # seconds of computing (say, resizing a photo)
START = time.perf_counter()


def log(text):
    print(f"{time.perf_counter() - START:.1f} s  {text}")


async def heartbeat():
    for n in range(1, 5):
        await asyncio.sleep(0.1)
        log(f"tick {n}")


async def handler():
    await asyncio.sleep(0.17)       # a request comes in
    log("handler: computing")
    sim.cpu(HANDLER_CPU)            # no await in here: the loop is stuck
    log("handler: done")


async def main():
    await asyncio.gather(heartbeat(), handler())


asyncio.run(main())
