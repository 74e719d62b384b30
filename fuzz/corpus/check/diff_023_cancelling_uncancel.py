# SPDX-License-Identifier: MIT
# cancelling() counts pending cancel requests; uncancel() withdraws one.
# A worker may decide to ignore the first request but not the second.
import asyncio


async def stubborn_worker():
    me = asyncio.current_task()
    while True:
        try:
            await asyncio.sleep(0.2)
            print("worker: job finished")
            return "result"
        except asyncio.CancelledError:
            print(f"worker: cancel requested, cancelling() = {me.cancelling()}")
            if me.cancelling() > 1:
                print("worker: asked more than once, giving up")
                raise
            print(f"worker: uncancel() -> {me.uncancel()}, carrying on")


async def main():
    first = asyncio.create_task(stubborn_worker())
    await asyncio.sleep(0.1)
    first.cancel()
    print("main: cancelling() =", first.cancelling())
    print("main: first returned", await first, "cancelled:", first.cancelled())

    second = asyncio.create_task(stubborn_worker())
    await asyncio.sleep(0.1)
    print("main: cancel twice ->", second.cancel(), second.cancel())
    print("main: cancelling() =", second.cancelling())
    try:
        await second
    except asyncio.CancelledError:
        print("main: second cancelled:", second.cancelled())


asyncio.run(main())
