# SPDX-License-Identifier: MIT
# Cancelling the future returned by gather cancels every child that is still
# running, in argument order; children that already finished keep their result.
import asyncio


async def download(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name}: downloaded")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    files = [("a.txt", 0.1), ("b.txt", 0.5), ("c.txt", 0.6), ("d.txt", 0.4)]
    batch = asyncio.gather(*(download(name, delay) for name, delay in files))
    await asyncio.sleep(0.2)
    print("cancel() returned", batch.cancel())
    try:
        await batch
    except asyncio.CancelledError:
        print("awaiting the batch raised CancelledError")
    print("done:", batch.done(), "cancelled:", batch.cancelled())


asyncio.run(main())
