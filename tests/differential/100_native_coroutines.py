# SPDX-License-Identifier: MIT
# asyncio's own coroutines are coroutines everywhere one is taken:
# asyncio.run runs asyncio.sleep directly, and its result comes back.
import asyncio

print(asyncio.run(asyncio.sleep(0.1, "slept")))


async def main():
    task = asyncio.create_task(asyncio.sleep(0.2, "from a task"))
    print(await task)
    print(await asyncio.wait_for(asyncio.sleep(0.1, "in time"), timeout=1))


asyncio.run(main())
