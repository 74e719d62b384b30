# SPDX-License-Identifier: MIT
# A synchronous context manager class: __exit__ runs however the block ends,
# and returning True from it swallows the exception.
import asyncio
import time


class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        self.start = time.perf_counter()
        print(f"[{self.label}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        elapsed = time.perf_counter() - self.start
        outcome = "ok" if exc_type is None else f"error {exc_type.__name__}: {exc}"
        print(f"[{self.label}] {outcome} after {elapsed:.1f}s")
        return False


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.kinds)


async def main():
    with Timer("download") as timer:
        await asyncio.sleep(0.2)
    print("label kept:", timer.label)
    try:
        with Timer("parse"):
            await asyncio.sleep(0.1)
            raise ValueError("unexpected token")
    except ValueError:
        print("the error still propagated")
    with Suppress(KeyError, IndexError):
        print("looking up a missing key...")
        {}["missing"]
    print("KeyError was suppressed")
    with Timer("outer"), Suppress(ZeroDivisionError):
        print(1 / 0)


asyncio.run(main())
