# SPDX-License-Identifier: MIT
# Nested TaskGroups nest their ExceptionGroups. except BaseExceptionGroup
# catches an ExceptionGroup too; we walk the tree by hand.
import asyncio


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    print(f"{name} ok")


async def pipeline():
    async with asyncio.TaskGroup() as inner:
        inner.create_task(step("resize", 0.1))
        inner.create_task(step("upload", 0.2, fail=True))


def show(error, depth=0):
    pad = "  " * depth
    if isinstance(error, BaseExceptionGroup):
        print(f"{pad}{type(error).__name__}: {error}")
        for sub in error.exceptions:
            show(sub, depth + 1)
    else:
        print(f"{pad}{error!r}")


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(pipeline())
            outer.create_task(step("notify", 0.05))
    except BaseExceptionGroup as eg:
        show(eg)
        print(len(eg.exceptions), isinstance(eg, ExceptionGroup))


asyncio.run(main())
