# SPDX-License-Identifier: MIT
# Plain callbacks: call_soon runs on the next tick, call_later after a delay,
# call_at at an absolute loop.time(); a handle can be cancelled.
import asyncio


def remind(loop, start, what):
    print(f"{loop.time() - start:.1f}s reminder: {what}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.3, remind, loop, start, "stand-up meeting")
    loop.call_at(start + 0.1, remind, loop, start, "coffee")
    loop.call_soon(remind, loop, start, "check the inbox")
    lunch = loop.call_later(0.2, remind, loop, start, "lunch")
    print("scheduled four reminders")

    await asyncio.sleep(0.15)
    lunch.cancel()
    print("lunch cancelled:", lunch.cancelled())
    await asyncio.sleep(0.25)
    print(f"{loop.time() - start:.1f}s main done")


asyncio.run(main())
