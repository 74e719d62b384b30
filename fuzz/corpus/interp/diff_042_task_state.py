# SPDX-License-Identifier: MIT
# done(), result() and exception() on a task, at each stage of its life.
import asyncio


async def parse(text, delay):
    await asyncio.sleep(delay)
    return int(text)


def describe(task):
    if not task.done():
        return "pending"
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"failed: {task.exception()!r}"
    return f"result: {task.result()!r}"


async def main():
    good = asyncio.create_task(parse("42", 0.1))
    bad = asyncio.create_task(parse("forty-two", 0.2))
    print("good is", describe(good))
    try:
        good.result()
    except asyncio.InvalidStateError as e:
        print("result() too early:", type(e).__name__, e)

    await asyncio.sleep(0.3)
    print("good is", describe(good))
    print("bad is", describe(bad))
    try:
        bad.result()
    except ValueError as e:
        print("result() re-raises:", e)
    print("exception() of good:", good.exception())


asyncio.run(main())
