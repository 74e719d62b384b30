# SPDX-License-Identifier: MIT
# With return_exceptions=True, gather puts each exception in the results list
# instead of raising it; a cancelled child shows up as CancelledError().
import asyncio


async def fetch(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ValueError(f"cannot reach {url}")
    return f"200 OK {url}"


async def main():
    urls = {"a.example": 0.1, "bad.example": 0.2, "c.example": 0.15}
    hanging = asyncio.create_task(fetch("hang.example", 5))
    asyncio.get_running_loop().call_later(0.05, hanging.cancel)
    results = await asyncio.gather(
        *(fetch(url, delay) for url, delay in urls.items()),
        hanging,
        return_exceptions=True,
    )
    print(results)
    for url, result in zip(list(urls) + ["hang.example"], results):
        if isinstance(result, Exception):
            print(f"{url:<13} failed: {result!r}")
        elif isinstance(result, BaseException):
            print(f"{url:<13} cancelled: {result!r}")
        else:
            print(f"{url:<13} {result}")


asyncio.run(main())
