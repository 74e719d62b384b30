# SPDX-License-Identifier: MIT
# cancel(msg) passes a message along with the CancelledError.
import asyncio


async def stream_updates(client):
    count = 0
    try:
        while True:
            await asyncio.sleep(0.1)
            count += 1
            print(f"update {count} sent to {client}")
    except asyncio.CancelledError as e:
        print(f"stream to {client} stopped: {e.args}")
        raise


async def main():
    task = asyncio.create_task(stream_updates("bob"))
    await asyncio.sleep(0.35)
    task.cancel("server shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print("main caught", repr(e))
        print("str of it:", str(e))
    print(task.cancelled())


asyncio.run(main())
