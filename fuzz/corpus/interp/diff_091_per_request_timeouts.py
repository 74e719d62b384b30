# SPDX-License-Identifier: MIT
# Each request gets its own deadline; gather(return_exceptions=True) collects
# both the answers and the TimeoutErrors.
import asyncio
import time


async def query(backend, seconds):
    await asyncio.sleep(seconds)
    return f"{backend} answered in {seconds}s"


async def main():
    start = time.perf_counter()
    backends = {"primary": (0.1, 0.2), "replica": (0.3, 0.2), "archive": (0.5, 0.4)}
    results = await asyncio.gather(
        *(asyncio.wait_for(query(name, took), timeout=limit)
          for name, (took, limit) in backends.items()),
        return_exceptions=True,
    )
    for name, result in zip(backends, results):
        if isinstance(result, TimeoutError):
            print(f"{name:<8} timed out: {result!r}")
        else:
            print(f"{name:<8} {result}")
    print(f"gather finished after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
