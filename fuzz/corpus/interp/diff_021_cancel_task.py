# SPDX-License-Identifier: MIT
# cancel() throws CancelledError into the task at its current await;
# except and finally blocks run, then the task ends up cancelled.
import asyncio


async def download(name):
    try:
        print(f"{name}: downloading")
        await asyncio.sleep(1)
        print("never printed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, removing the partial file")
        raise
    finally:
        print(f"{name}: closing the connection")


async def main():
    task = asyncio.create_task(download("video.mp4"))
    await asyncio.sleep(0.1)
    print("cancel() returned", task.cancel())
    print("done right after cancel()?", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("cancel() on a finished task returns", task.cancel())


asyncio.run(main())
