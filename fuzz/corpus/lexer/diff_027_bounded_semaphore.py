# SPDX-License-Identifier: MIT
# A BoundedSemaphore refuses to be released more times than it was acquired,
# which catches a classic bug; a plain Semaphore silently grows instead.
import asyncio


async def use_connection(pool, name):
    await pool.acquire()
    try:
        print(f"{name} got a connection")
        await asyncio.sleep(0.1)
    finally:
        pool.release()


async def main():
    pool = asyncio.BoundedSemaphore(2)
    await asyncio.gather(use_connection(pool, "w1"), use_connection(pool, "w2"))
    try:
        pool.release()
    except ValueError as e:
        print("extra release:", repr(e))

    loose = asyncio.Semaphore(1)
    loose.release()
    await loose.acquire()
    await loose.acquire()
    print("plain Semaphore let two holders in; locked now:", loose.locked())


asyncio.run(main())
