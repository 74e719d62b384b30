# SPDX-License-Identifier: MIT
# Before asyncio.run there was the explicit loop: create it, run a coroutine
# until it completes, close it. A closed loop refuses to run anything.
import asyncio


async def get_greeting(name, delay):
    await asyncio.sleep(delay)
    return f"hello, {name}"


async def main():
    loop = asyncio.get_running_loop()
    print("inside main, get_event_loop() is the running loop:",
          asyncio.get_event_loop() is loop)
    return await asyncio.gather(get_greeting("ada", 0.1), get_greeting("bo", 0.05))


loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print(loop.run_until_complete(main()))
print(loop.run_until_complete(get_greeting("again", 0.1)))
loop.close()
print("closed:", loop.is_closed())

greeting = get_greeting("too late", 0)
try:
    loop.run_until_complete(greeting)
except RuntimeError as e:
    print("error:", e)
greeting.close()
