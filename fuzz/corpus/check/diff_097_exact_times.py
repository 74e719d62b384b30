# SPDX-License-Identifier: MIT
# On the virtual clock, printed times need no slack: a wait of 0.25 s sits on
# a rounding boundary of .1f, and both sides print the same digits.
import asyncio
import time


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    begun = loop.time()
    await asyncio.sleep(0.25)
    print(f"after 0.25 s: {time.perf_counter() - start:.1f} {time.perf_counter() - start!r}")
    await asyncio.gather(fetch("a", 0.1), fetch("b", 0.2))
    print(f"after gather: {loop.time() - begun:.1f} {loop.time() - begun:.17f}")
    time.sleep(0.05)
    print(f"time.sleep adds: {time.monotonic() - begun:.3f}")
    try:
        await asyncio.wait_for(fetch("c", 1.0), timeout=0.35)
    except asyncio.TimeoutError:
        print(f"timed out at {time.perf_counter() - start:.1f} ({time.perf_counter() - start:.6f})")


asyncio.run(main())
