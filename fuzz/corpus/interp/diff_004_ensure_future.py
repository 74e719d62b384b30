# SPDX-License-Identifier: MIT
# ensure_future wraps a coroutine in a Task and hands an existing Task back.
import asyncio


async def get_status(host, delay):
    await asyncio.sleep(delay)
    return f"{host} is up"


async def main():
    db = asyncio.ensure_future(get_status("db", 0.2))
    print("coroutine became a Task:", isinstance(db, asyncio.Task))
    print("a Task is a Future too:", isinstance(db, asyncio.Future))
    print("named", db.get_name())

    cache = asyncio.create_task(get_status("cache", 0.1))
    same = asyncio.ensure_future(cache)
    print("a Task passes through unchanged:", same is cache)

    print(await cache)
    print(await db)
    print("both done:", db.done() and cache.done())


asyncio.run(main())
