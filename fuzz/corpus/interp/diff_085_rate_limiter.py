# SPDX-License-Identifier: MIT
# A simple rate limiter: at most 2 calls start in any 0.2 s window. The
# limiter is a class whose acquire() sleeps until a slot frees up.
import asyncio
import time


class RateLimiter:
    def __init__(self, calls, period):
        self.calls = calls
        self.period = period
        self.started = []
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            if len(self.started) == self.calls:
                wait = self.started[0] + self.period - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                self.started.pop(0)
            self.started.append(loop.time())


async def call_api(limiter, n, start):
    await limiter.acquire()
    print(f"call {n} starts at {time.perf_counter() - start:.1f}s")
    await asyncio.sleep(0.01)


async def main():
    start = time.perf_counter()
    limiter = RateLimiter(calls=2, period=0.2)
    await asyncio.gather(*(call_api(limiter, n, start) for n in range(1, 7)))
    print(f"6 calls took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
