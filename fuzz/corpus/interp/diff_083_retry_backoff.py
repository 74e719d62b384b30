# SPDX-License-Identifier: MIT
# Retry with exponential backoff around a flaky service.
import asyncio
import time


class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def call(self):
        self.calls += 1
        await asyncio.sleep(0.01)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} refused")
        return f"success on attempt {self.calls}"


async def with_retries(operation, attempts=4, base_delay=0.05):
    for attempt in range(attempts):
        try:
            return await operation()
        except ConnectionError as e:
            if attempt == attempts - 1:
                raise
            delay = base_delay * 2 ** attempt
            print(f"  {e}; retrying in {delay:.2f}s")
            await asyncio.sleep(delay)


async def main():
    start = time.perf_counter()
    print(await with_retries(FlakyService(failures=2).call))
    print(f"took {time.perf_counter() - start:.1f}s")
    service = FlakyService(failures=10)
    try:
        await with_retries(service.call, attempts=3)
    except ConnectionError as e:
        print(f"gave up after {service.calls} calls: {e!r}")
    print(f"total {time.perf_counter() - start:.1f}s")


asyncio.run(main())
