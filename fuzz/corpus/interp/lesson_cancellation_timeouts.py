# SPDX-License-Identifier: MIT
# Giving up on a slow call: wait_for(aw, timeout) and the `async with
# asyncio.timeout(...)` block both cancel the work and raise TimeoutError.
import asyncio
import time

import sim

TIMEOUT = 0.3   # seconds we are ready to wait
START = time.perf_counter()


def log(text):
    print(f"{time.perf_counter() - START:.1f} s  {text}")


async def fetch(host, seconds):
    try:
        await sim.io(host, seconds)
        return f"{host}: 200 OK"
    except asyncio.CancelledError:
        log(f"{host}: request cancelled")
        raise


async def main():
    log(await asyncio.wait_for(fetch("fast.example.com", 0.1), TIMEOUT))
    try:
        log(await asyncio.wait_for(fetch("slow.example.com", 0.5), TIMEOUT))
    except TimeoutError:
        log(f"wait_for: no answer within {TIMEOUT} s")
    try:
        async with asyncio.timeout(TIMEOUT):
            log(await fetch("slow.example.com", 0.5))
    except TimeoutError:
        log(f"asyncio.timeout: no answer within {TIMEOUT} s")


asyncio.run(main())
