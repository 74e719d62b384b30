# SPDX-License-Identifier: MIT
# put_nowait and get_nowait never wait: they raise QueueFull / QueueEmpty.
import asyncio


async def main():
    inbox = asyncio.Queue(maxsize=2)
    for message in ["hello", "how are you", "bye"]:
        try:
            inbox.put_nowait(message)
            print(f"stored {message!r}, size {inbox.qsize()}/{inbox.maxsize}")
        except asyncio.QueueFull as e:
            print(f"dropped {message!r}: {e!r}, full={inbox.full()}")

    while True:
        try:
            print("read", repr(inbox.get_nowait()))
            inbox.task_done()
        except asyncio.QueueEmpty as e:
            print("nothing left:", repr(e), "empty:", inbox.empty())
            break

    try:
        inbox.task_done()
    except ValueError as e:
        print("one task_done too many:", e)


asyncio.run(main())
