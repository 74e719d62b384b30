# SPDX-License-Identifier: MIT
# When main() returns, asyncio.run cancels every task still running and waits
# for their cleanup before it returns main's result.
import asyncio


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.1)
    finally:
        print("heartbeat: stopped")


async def uploader():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0.05)
        print("uploader: flushed its buffer after cancellation")
        raise


async def quick():
    await asyncio.sleep(0.05)
    print("quick: finished on its own")


async def main():
    for coro in (heartbeat(), uploader(), quick()):
        asyncio.create_task(coro)
    await asyncio.sleep(0.25)
    print("main: returning while two tasks still run")
    return "main's result"


print("asyncio.run returned:", asyncio.run(main()))
