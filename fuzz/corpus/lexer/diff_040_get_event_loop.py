# SPDX-License-Identifier: MIT
# get_running_loop() only works inside the loop; outside it raises.
# Each asyncio.run() call makes a fresh loop and closes it at the end.
import asyncio


async def which_loop(seen):
    loop = asyncio.get_running_loop()
    print("get_event_loop() inside a coroutine is the running loop:",
          asyncio.get_event_loop() is loop)
    print("is running:", loop.is_running())
    seen.append(loop)


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)

seen = []
asyncio.run(which_loop(seen))
asyncio.run(which_loop(seen))
print("two runs, two loops:", seen[0] is not seen[1])
print("both closed:", [loop.is_closed() for loop in seen])

own = asyncio.new_event_loop()
print("a new loop is not running:", not own.is_running())
own.run_until_complete(which_loop(seen))
own.close()
print(len(seen), "loops seen")
