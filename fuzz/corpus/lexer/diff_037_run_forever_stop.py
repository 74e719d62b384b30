# SPDX-License-Identifier: MIT
# The pre-3.7 style: get the loop, schedule work, run_forever until a
# callback calls loop.stop(). Tasks left pending must be cleaned up by hand.
import asyncio


async def heartbeat(loop, start):
    count = 0
    try:
        while True:
            count += 1
            print(f"beat {count} at {loop.time() - start:.1f}s")
            await asyncio.sleep(0.1)
    finally:
        print("heartbeat stopped")


loop = asyncio.get_event_loop()
start = loop.time()
beat = asyncio.ensure_future(heartbeat(loop, start))
loop.call_soon(print, "loop started")
loop.call_later(0.25, loop.stop)
loop.run_forever()
print("run_forever returned; heartbeat done:", beat.done())

beat.cancel()
try:
    loop.run_until_complete(beat)
except asyncio.CancelledError:
    print("heartbeat cancelled:", beat.cancelled())
loop.close()
print("loop closed:", loop.is_closed())
