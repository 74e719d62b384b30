# SPDX-License-Identifier: MIT
# Async generators: yield inside async def. Consumed with async for, stopped
# early with break, and finished cleanly with aclose().
import asyncio


async def ticker(interval, limit):
    try:
        for n in range(limit):
            await asyncio.sleep(interval)
            yield n
    finally:
        print(f"ticker({interval}) cleaned up")


async def read_lines(text):
    for line in text.split("\n"):
        await asyncio.sleep(0)
        if line.strip():
            yield line.strip()


async def main():
    async for n in ticker(0.1, 3):
        print("tick", n)

    stream = ticker(0.05, 100)
    async for n in stream:
        if n == 2:
            print("enough ticks")
            break
    await stream.aclose()

    lines = [line.upper() async for line in read_lines("alpha\n\n  beta \ngamma")]
    print(lines)

    gen = read_lines("only one")
    print(await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("generator exhausted")


asyncio.run(main())
