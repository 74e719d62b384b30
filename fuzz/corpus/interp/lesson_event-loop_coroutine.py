# SPDX-License-Identifier: MIT
# Calling an async function runs none of it: it makes a coroutine object,
# which does something only when it is awaited (or run by the event loop).
import asyncio


async def fetch(url):
    print(f"fetch {url}: starts")
    await asyncio.sleep(0.1)
    return f"<html> of {url}"


async def main():
    coro = fetch("python.org")
    print("main: got a", type(coro).__name__, "object; fetch has not started")
    page = await coro
    print("main: awaited it and got", page)
    fetch("example.com")        # never awaited: Python warns on stderr
    print("main: ends")


asyncio.run(main())
