# SPDX-License-Identifier: MIT
# The event loop also runs plain functions: call_soon at its next turn,
# call_later after a delay, call_at at a time read on loop.time().
import asyncio


def ring(loop, start, what):
    print(f"{loop.time() - start:.1f} s  {what}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.3, ring, loop, start, "call_later(0.3, ...)")
    loop.call_at(start + 0.1, ring, loop, start, "call_at(start + 0.1, ...)")
    loop.call_soon(ring, loop, start, "call_soon(...)")
    ring(loop, start, "main: three callbacks scheduled, none has run")
    await asyncio.sleep(0.4)
    ring(loop, start, "main: wakes up")


asyncio.run(main())
