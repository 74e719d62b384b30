# SPDX-License-Identifier: MIT
# Three handlers each call a 0.1 s blocking function. Called directly, they
# run one after another; through run_in_executor they overlap. Errors in the
# executor come back through the awaited future.
import asyncio
import time


def legacy_lookup(key):
    time.sleep(0.1)
    if key == "missing":
        raise KeyError(key)
    return key[::-1]


async def handler_blocking(key):
    return legacy_lookup(key)


async def handler_executor(key):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, legacy_lookup, key)


async def main():
    keys = ["abc", "xyz", "123"]
    for handler in (handler_blocking, handler_executor):
        start = time.perf_counter()
        results = await asyncio.gather(*(handler(k) for k in keys))
        print(f"{handler.__name__:<17} {results} {time.perf_counter() - start:.1f}s")
    try:
        await handler_executor("missing")
    except KeyError as e:
        print("error from the thread:", repr(e))


asyncio.run(main())
