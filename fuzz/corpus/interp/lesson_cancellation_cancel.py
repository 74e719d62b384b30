# SPDX-License-Identifier: MIT
# task.cancel() raises CancelledError inside the task, at the await where it
# is paused. `finally` runs, so the task can clean up before it ends.
import asyncio

import sim


async def fetch(host):
    print(f"fetch: asking {host}")
    try:
        await sim.io(host, 1.0)
        print("fetch: answer received")
    except asyncio.CancelledError:
        print("fetch: CancelledError raised at the await")
        raise                   # let the cancellation go on
    finally:
        print("fetch: connection closed")   # clean-up runs either way


async def main():
    task = asyncio.create_task(fetch("slow.example.com"), name="fetch")
    await asyncio.sleep(0.1)
    task.cancel()
    print("main: cancel() asked; is the task done?", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task is cancelled:", task.cancelled())


asyncio.run(main())
