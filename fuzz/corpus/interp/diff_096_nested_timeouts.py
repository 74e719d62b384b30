# SPDX-License-Identifier: MIT
# Nested asyncio.timeout blocks: the inner one fires first and can be handled
# inside; when the outer deadline passes, the outer block raises.
import asyncio
import time

START = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - START:.1f}s {message}")


async def step(name, seconds):
    await asyncio.sleep(seconds)
    log(f"{name} done")


async def main():
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.1):
                    await step("warm cache", 0.3)
            except TimeoutError:
                log("inner deadline hit, continuing without cache")
            await step("query", 0.2)
            await step("render", 0.3)
    except TimeoutError:
        log("outer deadline hit")

    async with asyncio.timeout(0.5):
        try:
            async with asyncio.timeout(0.3):
                await step("short job", 0.1)
        except TimeoutError:
            log("never printed")
    log("both blocks done")


asyncio.run(main())
